/**
 * Sixty-ninth field trial (thirtieth round): shapes of reports written in the manner of Hebei, Guangdong and Yunnan
 * units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a
 * text with one figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { createNodeAuditor } from '../../src/lib/node.js';
import { doc, ids } from '../helpers/rule-tester.js';

describe('the staff of a team inside the unit, and drills listed each with its count (Hebei shape)', () => {
  const text = (team: string, drills: string) =>
    doc(
      '某县应急管理局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '2023年末，我局核定编制37名，其中行政编制12名，事业编制25名。实有在编人员34人：行政人员11人，事业人员23人。',
      '（三）应急演练。年度目标不少于10场，实际组织12场，包括防汛抢险演练4场、森林防火演练3场、危险化学品泄漏处置演练2场、地震应急疏散演练3场。',
      '五、存在的问题',
      `（三）基层执法力量仍然薄弱。执法队事业编制25名，实有${team}人，执法检查覆盖面受到限制。`,
      `全年实有在编人员${drills}人。`,
    );
  it('holds; the unit’s own headcount stated otherwise still conflicts', async () => {
    expect(await ids('same-figure-conflict', text('23', '34'))).toEqual([]);
    expect(await ids('count-mismatch', text('23', '34'))).toEqual([]);
    expect(await ids('sum-mismatch', text('23', '34'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('23', '33'))).toContain('same-figure-conflict');
  });
});

describe('an indicator named by a run-in title answers its target (Hebei shape)', () => {
  const text = (done: string) =>
    doc(
      '某县应急管理局2023年度部门整体支出绩效自评报告',
      '一、基本情况',
      '（二）部门整体支出绩效目标',
      '1.产出指标：组织各类应急演练不少于10场。',
      '六、部门整体支出绩效情况',
      `（3）应急演练。年度目标不少于10场，实际组织${done}场。`,
    );
  it('holds; a result below the target still fails', async () => {
    expect(await ids('goal-without-result', text('12'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('8'))).toContain('goal-shortfall-unexplained');
  });
});

describe('a lead names the figure nearest it named at more length, and not a grand total, by its name (Guangdong shape)', () => {
  const text = (staff: string, general: string) =>
    doc(
      '某区卫生健康局2023年度部门决算说明',
      '三、支出决算情况说明',
      '本年支出合计51932.06万元，其中：基本支出21487.35万元，占本年支出合计的41.38%；项目支出30444.71万元，占58.62%。',
      '四、财政拨款收入支出决算总体情况说明',
      '2023年度财政拨款收入48215.30万元，年初财政拨款结转和结余912.40万元，财政拨款收入总计49127.70万元；财政拨款支出47176.20万元，年末财政拨款结转和结余1951.50万元，财政拨款支出总计49127.70万元。',
      `财政拨款支出中，一般公共预算财政拨款支出${general}万元，政府性基金预算财政拨款支出1300.00万元。`,
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '2023年度一般公共预算财政拨款基本支出18962.44万元，占一般公共预算财政拨款支出的41.33%。',
      `基本支出中，人员经费${staff}万元，占基本支出的87.06%；公用经费2453.53万元，占12.94%。`,
    );
  it('holds; a wrong part of either still fails', async () => {
    expect(await ids('sum-mismatch', text('16508.91', '45876.20'))).toEqual([]);
    expect(await ids('share-mismatch', text('16508.91', '45876.20'))).toEqual([]);
    expect(await ids('sum-mismatch', text('16608.91', '45876.20'))).toContain('sum-mismatch');
    expect(await ids('sum-mismatch', text('16508.91', '45976.20'))).toContain('sum-mismatch');
  });
});

describe('the default outline, found in under half of its parts in a title naming no province, is not required (Yunnan shape)', () => {
  const report = (title: string) =>
    doc(
      title,
      '一、部门基本情况',
      '（一）部门职能。负责全县就业、社会保障和人事人才工作。',
      '二、绩效自评工作情况',
      '成立自评工作小组，对照指标体系逐项打分。',
      '三、评价情况分析及综合评价结论',
      '全年各项指标完成良好，自评得分94.5分，等级为“优”。',
      '四、存在的问题和整改情况',
      '部分项目支出进度偏慢。',
      '五、绩效自评结果应用',
      '自评结果作为下一年度预算安排的重要依据。',
      '六、主要经验及做法',
      '加强预算执行动态监控。',
      '七、其他需说明的情况',
      '无。',
    );
  const found = async (text: string) => {
    const r = await (await createNodeAuditor({})).check({ name: 'test.txt', text });
    return r.findings.map((f) => `${f.ruleId} ${f.severity}`);
  };
  it('is not required when the title names no province; is when it names Hunan', async () => {
    const plain = await found(report('某县人力资源和社会保障局2023年度部门整体支出绩效自评报告'));
    expect(plain.filter((f) => f.startsWith('section-missing'))).toEqual([]);
    expect(plain).toContain('profile-mismatch info');
    const hunan = await found(report('湖南省某县人力资源和社会保障局2023年度部门整体支出绩效自评报告'));
    expect(hunan).toContain('section-missing error');
  });
});
