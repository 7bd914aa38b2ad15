/**
 * Sixty-sixth and sixty-seventh field trials (thirtieth round): shapes of reports written in the manner of Hubei,
 * Liaoning, Zhejiang, Henan, Hunan, Heilongjiang, Guangdong and Jiangxi units that raised false findings. Each
 * shape holds (no finding on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeAuditor } from '../../src/lib/node.js';
import { doc, ids, ROOT, variant } from '../helpers/rule-tester.js';

describe('a bare share in a 其中 list after a sibling whose share names its base is of that base (Hubei shape)', () => {
  const text = (pct: string) =>
    doc(
      '某市民政局2023年度部门决算说明',
      '（二）“三公”经费财政拨款支出决算具体情况说明',
      '2023年度“三公”经费财政拨款支出决算为39.26万元。',
      '1.公务接待费支出5.42万元。',
      `2.公务用车购置及运行维护费支出33.84万元。其中：公务用车购置费21.60万元，占“三公”经费支出的55.02%，较上年增加9.10万元，增长72.80%；公务用车运行维护费12.24万元，占${pct}%，较上年减少0.66万元，下降5.12%。`,
    );
  it('holds and fails', async () => {
    expect(await ids('share-mismatch', text('31.18'))).toEqual([]);
    expect(await ids('share-mismatch', text('36.17'))).toContain('share-mismatch');
  });
});

describe('posts left empty (编制内空缺) are no part of the staff serving, and with them make up the quota (Liaoning shape)', () => {
  const text = (civil: string, empty: string) =>
    doc(
      '某市应急管理局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `全局核定编制60名，其中行政编制38名、事业编制22名；年末实有人员55人，其中行政人员${civil}人、事业人员20人，编制内空缺${empty}名。离退休人员27人。`,
    );
  it('holds; a wrong part and a wrong vacancy each fail', async () => {
    expect(await ids('sum-mismatch', text('35', '5'))).toEqual([]);
    expect(await ids('sum-mismatch', text('36', '5'))).toContain('sum-mismatch');
    expect(await ids('sum-mismatch', text('35', '4'))).toContain('sum-mismatch');
  });
});

describe('the headcount of a section named after the unit’s own is the section’s, not the unit’s again (Zhejiang shape)', () => {
  const text = (later: string) =>
    doc(
      '某区文化和广电旅游体育局2023年度公共文化服务项目支出绩效自评报告',
      '一、项目基本情况',
      '局机关核定行政编制18名，实有17人，项目具体承担科室为公共服务科，核定3人，实有3人。',
      `年末实有在职人员${later}人。`,
    );
  it('holds; the unit’s headcount stated otherwise still conflicts', async () => {
    expect(await ids('same-figure-conflict', text('17'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('16'))).toContain('same-figure-conflict');
  });
});

describe('names joined by 、 before a verb and a count are its subject or its place, not its list (Henan and Zhejiang shapes)', () => {
  const text = (offices: string) =>
    doc(
      '某县2023年度高标准农田建设项目支出绩效自评报告',
      '一、项目基本情况',
      '2023年12月，县农业农村局会同县财政局、县自然资源局组织对8个标段进行了县级初验，全部合格。',
      '全年在新塘街道、枫林镇、临湖镇新建和提升6个文化服务点位。',
      `县农业农村局设综合股、财务股、法制股${offices}个股室。`,
    );
  it('holds; a list right before its count still fails', async () => {
    expect(await ids('count-mismatch', text('3'))).toEqual([]);
    expect(await ids('count-mismatch', text('4'))).toContain('count-mismatch');
  });
});

describe('a list right before its count is its own, the clauses after the colon say something of each (Hunan shape)', () => {
  const text = (n: string) =>
    doc(
      '某县水利局2023年度部门整体支出绩效自评报告',
      '五、部门整体支出绩效自评结论',
      `我局从投入、过程、产出、效果${n}个方面进行逐项打分：投入类指标满分20分，得18.5分；过程类指标满分20分，得18分；产出类指标满分30分，得28分；效果类指标满分30分，得28分。`,
    );
  it('holds and fails', async () => {
    expect(await ids('count-mismatch', text('四'))).toEqual([]);
    expect(await ids('count-mismatch', text('五'))).toContain('count-mismatch');
  });
});

describe('a numeral inside a name after a clause that lists is no count of that list (Heilongjiang shape)', () => {
  const text = (n: string) =>
    doc(
      '某县第一中学2023年度单位决算说明',
      '（三）“三公”经费',
      '决算数小于预算数、低于上年的主要原因是严格执行中央八项规定精神，压减公务接待并控制公务用车使用频次。',
      `学校设办公室、教务处、总务处${n}个内设机构。`,
    );
  it('holds; a list right before a numeral count still fails', async () => {
    expect(await ids('count-mismatch', text('三'))).toEqual([]);
    expect(await ids('count-mismatch', text('四'))).toContain('count-mismatch');
  });
});

describe('a target naming two things (讲座和展览) is answered by the total of both, not by one (Zhejiang shape)', () => {
  const text = (exhibitions: string, total: string) =>
    doc(
      '某区2023年度公共文化服务项目支出绩效自评报告',
      '一、项目基本情况',
      '（三）项目绩效目标',
      '举办公益文化讲座和展览不少于120场；',
      '四、项目绩效情况',
      `全年举办公益文化讲座78场、各类展览${exhibitions}场，共计${total}场。`,
    );
  it('holds; a total below the target still fails', async () => {
    expect(await ids('goal-shortfall-unexplained', text('56', '134'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('36', '114'))).toContain('goal-shortfall-unexplained');
  });
});

describe('a sentence naming its table’s columns in brackets stays a sentence, and heads the table (Guangdong shape)', () => {
  const text = (grade: string, got: string) =>
    doc(
      '某市生态环境局2023年度部门整体支出绩效自评报告',
      '七、自评结果',
      `我局2023年度部门整体支出绩效自评得分为92.20分，等级为“${grade}”。各一级指标得分如下（一级指标|分值|得分）：`,
      '预算编制|20|18.00',
      '预算执行|35|32.50',
      `预算管理|15|${got}`,
      '履职效能|20|18.50',
      '社会效应|10|9.20',
      '合计|100|92.20',
    );
  it('holds; a wrong grade and a wrong row each fail', async () => {
    expect(await ids('self-score-missing', text('优', '14.00'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('优', '14.00'))).toEqual([]);
    expect(await ids('sum-mismatch', text('优', '14.00'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('良', '14.00'))).toContain('grade-score-mismatch');
    expect(await ids('sum-mismatch', text('优', '15.00'))).toContain('sum-mismatch');
  });
});

describe('三公 rows whose cells name their own figures read as sentences (Jiangxi shape)', () => {
  const text = (car: string) =>
    doc(
      '某县某镇人民政府2023年度部门整体支出绩效自评报告',
      '3.“三公”经费支出情况',
      '2023年“三公”经费预算9.50万元，实际支出7.86万元，占预算的82.74%。具体为：',
      '因公出国（境）费|预算0万元|支出0万元',
      `公务用车运行维护费|预算6.00万元|支出${car}万元`,
      '公务接待费|预算3.50万元|支出2.74万元',
      '本年未购置公务用车。',
    );
  it('holds and fails', async () => {
    expect(await ids('sangong-component-missing', text('5.12'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('5.12'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('5.22'))).toContain('sangong-total-mismatch');
  });
});

describe('a Chongqing report naming its results part as Hunan’s outline does (部门整体支出绩效情况) has that part (twenty-ninth round, left then)', () => {
  const report = readFileSync(join(ROOT, 'test', 'fixtures', 'complete', 'c03-chongqing-zhengti.txt'), 'utf8');
  // (the outline picked by the report's headings, as the command line does: Chongqing's)
  const found = async (text: string) => {
    const r = await (await createNodeAuditor({})).check({ name: 'test.txt', text });
    expect(r.info.profile).toBe('chongqing');
    return r.findings.map((f) => f.ruleId).filter((id) => id === 'section-missing');
  };
  it('holds; a report without the part still fails', async () => {
    const renamed = variant(report, ['四、绩效目标实现情况', '四、部门整体支出绩效情况']);
    expect(await found(renamed)).toEqual([]);
    const lines = report.split('\n');
    const from = lines.indexOf('四、绩效目标实现情况');
    const to = lines.findIndex((l) => l.startsWith('五、'));
    const without = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    expect(await found(without)).toContain('section-missing');
  });
});
