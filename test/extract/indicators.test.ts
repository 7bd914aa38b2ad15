/**
 * Indicator and score tables read from generated .docx files: targets paired with results on the
 * same row, score sums checked (sum-mismatch with the score as subject).
 */
import { Document, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/api.js';
import { readDocx } from '../../src/lib/node.js';
import { modelOfDoc } from '../helpers/model.js';
import { PROFILE, RULES, SKELETON } from '../helpers/rule-tester.js';
import { packDocx } from '../read/docx-helpers.js';

function table(rows: string[][]): Table {
  return new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) });
}

/** The skeleton report as paragraphs, with a table appended to section 九. */
async function withTable(rows: string[][], replace: [string, string] = ['', '']): Promise<Uint8Array> {
  const text = replace[0] ? SKELETON.replace(replace[0], replace[1]) : SKELETON;
  const children: (Paragraph | Table)[] = text.split('\n').map((l) => new Paragraph(l));
  children.push(table(rows));
  return packDocx(new Document({ sections: [{ children }] }));
}

const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

async function check(bytes: Uint8Array) {
  const checker = new Checker({ profile: PROFILE, rules: RULES });
  return checker.check('t.docx', { kind: 'doc', doc: readDocx(bytes, 't.docx') });
}

describe('indicator tables', () => {
  it('pairs each row’s target with its result and explains the pairing', async () => {
    const bytes = await withTable([
      HEAD,
      ['产出指标', '数量指标', '培训期数', '≥12期', '12期', '20', '20'],
      ['', '质量指标', '培训合格率', '≥95%', '90%', '20', '15'],
      ['效益指标', '满意度指标', '服务对象满意度', '≥90%', '92%', '60', '57'],
      ['合计', '', '', '', '', '100', '92'],
    ]);
    const m = modelOfDoc(readDocx(bytes, 't.docx'));
    const tablePairs = m.goals.pairs.filter((p) => p.why === '指标表同一行');
    expect(tablePairs.map((p) => [m.goals.targets[p.target]!.subject, m.goals.results[p.result!]!.value])).toEqual([
      ['培训期数', '12'],
      ['培训合格率', '90'],
      ['服务对象满意度', '92'],
    ]);
    expect(m.scoreTable!.rows.map((r) => [r.level1, r.name, r.max, r.got])).toEqual([
      ['产出指标', '培训期数', '20', '20'],
      ['产出指标', '培训合格率', '20', '15'],
      ['效益指标', '服务对象满意度', '60', '57'],
    ]);
    const r = await check(bytes);
    // 培训合格率 90% < 95% with no cause: the one goal finding from the table
    expect(r.findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => [f.ruleId, f.data.target])).toEqual([['goal-shortfall-unexplained', '培训合格率≥95%']]);
    expect(r.findings.filter((f) => f.ruleId === 'sum-mismatch')).toEqual([]);
  });

  it('a unit naming its alternative in brackets (台（套）, fifteenth field trial): the row is read, its shortfall found', async () => {
    const r = await check(
      await withTable([
        HEAD,
        ['产出指标', '数量指标', '农机购置补贴机具数量', '≥450台（套）', '436台（套）', '50', '45'],
        ['效益指标', '满意度指标', '受益农户满意度', '≥90%', '94.1%', '50', '50'],
        ['合计', '', '', '', '', '100', '95'],
      ]),
    );
    expect(r.findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => [f.ruleId, f.data.target])).toEqual([['goal-shortfall-unexplained', '农机购置补贴机具数量≥450台（套）']]);
  });


  it('figures with thousands separators (≥1,000个, 11,860户, ≤10,650.00万元) are read as their numbers (forty-third field trial)', async () => {
    const bytes = await withTable([
      HEAD,
      ['产出指标', '数量指标', '新增停车位数量', '≥1,000个', '1,120个', '30', '30'],
      ['效益指标', '社会效益指标', '受益居民户数', '11,860户', '11,236户', '40', '36'],
      ['成本指标', '经济成本指标', '项目总成本', '≤10,650.00万元', '9,586.37万元', '30', '30'],
      ['合计', '', '', '', '', '100', '96'],
    ]);
    const m = modelOfDoc(readDocx(bytes, 't.docx'));
    const tablePairs = m.goals.pairs.filter((p) => p.why === '指标表同一行');
    expect(tablePairs.map((p) => [m.goals.targets[p.target]!.subject, m.goals.targets[p.target]!.value, m.goals.results[p.result!]!.value])).toEqual([
      ['新增停车位数量', '1000', '1120'],
      ['受益居民户数', '11860', '11236'],
      ['项目总成本', '10650.00', '9586.37'],
    ]);
    const r = await check(bytes);
    // 11,236 < 11,860 with no cause: the one goal finding; the others are met
    expect(r.findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => [f.ruleId, f.data.target])).toEqual([['goal-shortfall-unexplained', '受益居民户数11,860户']]);
  });
  it('a score table whose items do not add up: sum-mismatch with the score as subject', async () => {
    const r = await check(
      await withTable([
        HEAD,
        ['产出指标', '数量指标', '培训期数', '≥12期', '12期', '30', '30'],
        ['效益指标', '满意度指标', '服务对象满意度', '≥90%', '92%', '60', '65'],
        ['合计', '', '', '', '', '90', '92'],
      ]),
    );
    const sums = r.findings.filter((f) => f.ruleId === 'sum-mismatch');
    expect(sums.map((f) => f.message)).toEqual([
      '“服务对象满意度”得分 65 分，与分值 60 分不符，差额 5 分（舍入容差 0 分）',
      '评分表各项得分之和 95 分，与合计得分 92 分不符，差额 3 分（舍入容差 0 分）',
    ]);
    expect(sums.every((f) => f.severity === 'error')).toBe(true);
  });

  it('without a 合计 row, the 分值 must add up to 100 and the 得分 to the stated 自评得分', async () => {
    const r = await check(
      await withTable([
        HEAD,
        ['产出指标', '数量指标', '培训期数', '≥12期', '12期', '30', '30'],
        ['效益指标', '满意度指标', '服务对象满意度', '≥90%', '92%', '60', '60'],
      ]),
    );
    expect(r.findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.message)).toEqual([
      // sorted by position: the stated 自评得分 in 九 comes before the table
      '评分表各项得分之和 90 分，与自评得分 92 分不符，差额 2 分（舍入容差 0 分）',
      '评分表各项分值之和 90 分，与满分 100 分不符，差额 10 分（舍入容差 0 分）',
    ]);
  });
});

describe('rows shorter than the header (field trial 4)', () => {
  // a form copied from a web page: the 一级 and 二级 cells are merged over several rows and sent once
  const rows = (last: string) => [
    ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '偏差原因'],
    ['产出指标', '数量指标', '培训人数', '30', '50人', '50人', '30', ''],
    ['补助农户数', '30', '30户', '30户', '30'],
    ['效益指标', '满意度指标', '服务对象满意度', '40', '90%', last, '40', ''],
  ];
  const text = (r: string[][]) => `某县2025年培训补助资金绩效自评报告\n一、绩效目标完成情况\n${r.map((x) => x.join(' | ')).join('\n')}\n`;

  it('its cells are the header\'s last ones: its 分值 counts and its target meets its result', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor();
    const ok = await auditor.check({ name: 'f.txt', text: text(rows('95%')) });
    const score = ok.checks?.filter((c) => c.ruleId === 'sum-mismatch' && c.values.unit === '分').map((c) => [c.status, c.values.total, (c.values.parts as string[]).length]);
    expect(score).toContainEqual(['pass', '100', 3]);
    expect(ok.checks?.filter((c) => c.ruleId === 'goal-shortfall-unexplained').map((c) => [c.status, c.values.target, c.values.result])).toEqual([
      ['pass', '培训人数50人', '培训人数50人'],
      ['pass', '补助农户数30户', '补助农户数30户'],
      ['pass', '服务对象满意度90%', '服务对象满意度95%'],
    ]);
    // a result below its target in a short row is a shortfall of that indicator
    const short = await auditor.check({ name: 'f.txt', text: text(rows('95%')).replace('30户 | 30户', '30户 | 25户') });
    expect(short.findings.filter((f) => f.ruleId === 'goal-shortfall-unexplained').map((f) => f.data?.target)).toEqual(['补助农户数30户']);
  });
});

describe('a header that gives the indicators their share of the marks (绩效指标（90分）)', () => {
  const form = (a: string, b: string) =>
    `某县2025年补助资金项目支出绩效自评表\n绩效指标（90分） | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n | 产出指标 | 数量指标 | 培训人数 | 50人 | 50人 | ${a} | ${a}\n | 效益指标 | 满意度指标 | 服务对象满意度 | 90% | 95% | ${b} | ${b}\n合计 | 100 | | | | | |\n`;

  it('rows that add up to their share are whole, the funds part of the 100 being elsewhere in the form; rows that do not are told', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor();
    const scoreSum = async (text: string) =>
      (await auditor.check({ name: 'f.txt', text })).checks?.filter((c) => c.ruleId === 'sum-mismatch' && c.values.unit === '分' && (c.values.parts as string[]).length === 2).map((c) => [c.status, c.values.total]);
    expect(await scoreSum(form('50', '40'))).toEqual([['pass', '90']]);
    expect(await scoreSum(form('50', '30'))).toEqual([['fail', '100']]);
  });
});

describe('grades and figures stated twice', () => {
  it('a grade 优 with a score of 85 is an error naming the band', async () => {
    const r = await check(await withTable([['说明'], ['无']], ['自评得分为92分，等级为优', '自评得分为85分，等级为优']));
    const g = r.findings.filter((f) => f.ruleId === 'grade-score-mismatch');
    expect(g.map((f) => [f.severity, f.message, f.expected, f.actual])).toEqual([['error', '自评得分 85 分应评为“良”，报告写为“优”', '良（85分）', '优']]);
  });

  it('a figure stated twice with different values in two sections: both locations', async () => {
    const r = await check(
      await withTable([['说明'], ['无']], ['全年完成业务培训12期，服务对象满意度达到90%以上。', '全年完成业务培训12期，服务对象满意度达到90%以上。2025年一般公共预算支出中基本支出310.00万元。']),
    );
    const c = r.findings.filter((f) => f.ruleId === 'same-figure-conflict');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      severity: 'error',
      message: '基本支出前后不一致：此处为 310.00万元，另一处为 300.00万元',
      location: { section: '一' },
      data: { first: '300.00', second: '310.00', diff: '10.00' },
    });
    expect(c[0]!.related![0]!.location.section).toBe('二');
  });
});

/** The score table's sum findings of a text checked as the CLI checks it (its outline chosen from it). */
async function scoreTableSums(text: string): Promise<string[]> {
  const { createNodeAuditor } = await import('../../src/lib/node.js');
  const findings = (await (await createNodeAuditor({})).check({ name: 's.txt', text })).findings;
  return findings.filter((f) => f.ruleId === 'sum-mismatch' && f.message.startsWith('评分表')).map((f) => f.message);
}

describe('a score table with each part’s subtotal row (产出小计 | | 35 | 34.12; 产出指标小计|—|…) (thirty-fourth field trial)', () => {
  it('sums the indicator rows only; a subtotal row is neither a row nor the table’s total', async () => {
    const table = (total: string) =>
      [
        '某旗2024年度草原补奖资金项目支出绩效自评报告',
        '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分',
        '产出指标|数量指标|禁牧补助面积|≥186.44万亩|185.54万亩|30|29.85',
        '产出指标|质量指标|发放准确率|100%|100%|30|30',
        '产出指标小计|—|—|—|—|60|59.85',
        '效益指标|生态效益指标|植被盖度|≥46.0%|45.3%|30|29.54',
        '效益小计| | | | |30|29.54',
        '满意度指标|服务对象满意度指标|农牧户满意度|≥90%|93.52%|10|10',
        `总分|—|—|—|—|100|${total}`,
      ].join('\n');
    expect(await scoreTableSums(table('99.39'))).toEqual([]);
    expect(await scoreTableSums(table('98.39'))).toHaveLength(1);
  });
});

describe('a form flattened into lines scores the budget’s execution on its funds line (年度资金总额：…分值10 执行率97.04% 得分9.70) (thirty-fourth field trial)', () => {
  it('that score is one of the table’s parts', async () => {
    const form = (total: string) =>
      [
        '某县交通运输局2024年度项目支出绩效自评表',
        '项目名称：农村公路日常养护经费',
        '年度资金总额：年初预算数860.00  全年预算数925.00  全年执行数897.63  分值10  执行率97.04%  得分9.70',
        '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
        '产出指标 | 数量指标 | 列养农村公路里程 | =1126.4公里 | 1126.4公里 | 50 | 50',
        '效益指标 | 可持续影响指标 | 路面技术状况指数 | ≥75 | 73.8 | 30 | 29.52',
        '满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 93.40% | 10 | 10',
        `总分 |  |  |  |  | 100 | ${total}`,
      ].join('\n');
    expect(await scoreTableSums(form('99.22'))).toEqual([]);
    expect(await scoreTableSums(form('98.22'))).toHaveLength(1);
  });
});

describe('a funds table scoring the budget’s execution that an indicator row scores again (分值10 得分9.07 both) counts once (fortieth field trial)', () => {
  const form = (execRow: boolean, total: string) =>
    [
      '某县水务局2023年度部门整体支出绩效自评表',
      '资金项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分',
      '年度资金总额 | 3,524.60 | 9,386.42 | 8,512.36 | 10 | 90.69% | 9.07',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      ...(execRow ? ['预算执行 | 预算执行率 | 部门预算执行率 | 100% | 90.69% | 10 | 9.07'] : []),
      '产出指标 | 数量指标 | 新建改造农村供水工程 | 18处 | 18处 | 60 | 60',
      '效益指标 | 社会效益指标 | 农村自来水普及率 | ≥93% | 93.6% | 30 | 30',
      `总分 | — | — | — | — | 100 | ${total}`,
    ].join('\n');
  it('the indicator rows alone make the 总分', async () => {
    expect(await scoreTableSums(form(true, '99.07'))).toEqual([]);
    expect(await scoreTableSums(form(true, '98.07'))).toHaveLength(1);
  });
  it('a funds row no indicator row scores again is one of the parts, as before', async () => {
    expect(await scoreTableSums(form(false, '99.07'))).toEqual([]);
    expect(await scoreTableSums(form(false, '98.07'))).toHaveLength(1);
  });
});

describe('a funds row of label-and-value cells (年度资金总额 | 全年预算数… | 分值10 | 执行率… | 得分9.20) scores the budget\'s execution (forty-second field trial)', () => {
  const form = (total: string) =>
    [
      '某县2023年度高标准农田建设项目支出绩效自评表',
      '年度资金总额 | 全年预算数4,200.00万元 | 全年执行数3,862.47万元 | 分值10 | 执行率91.96% | 得分9.20',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因及改进措施',
      '产出指标 | 数量指标 | 建设高标准农田面积 | 2.8万亩 | 2.86万亩 | 50 | 50 | 无',
      '效益指标 | 社会效益指标 | 受益农户数 | ≥8000户 | 8100户 | 30 | 30 | 无',
      '满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 94.44% | 10 | 10 | 无',
      `总分 | — | — | — | — | 100 | ${total} | —`,
    ].join('\n');
  it('that score is one of the table\'s parts', async () => {
    expect(await scoreTableSums(form('99.20'))).toEqual([]);
    expect(await scoreTableSums(form('98.20'))).toHaveLength(1);
  });
});

describe('what the text states of each level of the score table (产出指标分值50分，得47分) (trials 43–48)', () => {
  const report = (stated: string) =>
    [
      '某县2024年度农村供水项目支出绩效自评报告',
      '一、绩效自评结论',
      `项目自评得分93分。${stated}`,
      '二、绩效指标完成情况',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标 | 数量指标 | 新建供水管网 | 20公里 | 20公里 | 25 | 25',
      '产出指标 | 质量指标 | 水质达标率 | ≥95% | 93% | 25 | 22',
      '效益指标 | 社会效益指标 | 受益人口 | 1.2万人 | 1.2万人 | 20 | 20',
      '效益指标 | 可持续影响指标 | 管护机制 | 健全 | 健全 | 20 | 18',
      '满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 96% | 10 | 8',
      '',
    ].join('\n');
  const levels = async (stated: string) => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const r = await (await createNodeAuditor({})).check({ name: 's.txt', text: report(stated) });
    return r.checks!.filter((c) => c.relation === 'score' && (c.location?.line ?? 0) === 3 && (c.values as { parts: string[] }).parts.length === 2).map((c) => `${c.status} ${(c.values as { total: string }).total}`);
  };
  it('the level’s rows add up to its stated 分值 and 得分', async () => {
    expect(await levels('产出指标分值50分，得47分；效益指标分值40分，评价得分38分。')).toEqual(['pass 50', 'pass 47', 'pass 40', 'pass 38']);
    expect(await levels('产出指标分值50分，得46分；效益指标分值40分，评价得分38分。')).toEqual(['pass 50', 'fail 46', 'pass 40', 'pass 38']);
  });
  it('not a level stated twice with different figures, nor a longer name ending in the level’s (社会效益)', async () => {
    expect(await levels('产出指标得47分；产出指标得45分。')).toEqual([]);
    expect(await levels('上年产出指标得45分。')).toEqual([]);
    expect(await levels('社会效益指标得20分。')).toEqual([]);
  });
});

describe('a score table showing some indicators only (trial 58): its sums are no whole', async () => {
  const { createNodeAuditor } = await import('../../src/lib/node.js');
  const auditor = await createNodeAuditor();
  const head = '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |';
  const rows = (got: string) => [
    `| 产出指标 | 数量指标 | 改造面积 | 5500亩 | 5500亩 | 30 | 30 |`,
    `| 产出指标 | 质量指标 | 苗木成活率 | ≥90% | 93.6% | 20 | ${got} |`,
    `| 效益指标 | 社会效益指标 | 带动农户数 | ≥3000户 | 3260户 | 20 | 20 |`,
    `| 效益指标 | 可持续影响指标 | 优果率提高 | ≥5个百分点 | 4.2个百分点 | 10 | 8 |`,
  ];
  const report = (statement: string, caption: string, got = '18') =>
    ['某县2023年苹果产业项目支出绩效自评报告', '一、综合评价情况及评价结论', statement, caption, head, ...rows(got), '二、存在的问题', '部分地块土地流转未落实。'].join('\n');
  const scoreChecks = async (text: string) => {
    const r = await auditor.check({ name: 'f.txt', text });
    return {
      // (the table's sums: not the text's own 其中 list of the levels' scores)
      sums: r.checks!.filter((c) => c.ruleId === 'sum-mismatch' && c.id.startsWith('score:') && (c.values.parts as string[]).length > 1).map((c) => [c.status, c.values.total, (c.values.parts as string[]).length]),
      errors: r.findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.message),
      skipped: r.checks!.filter((c) => c.status === 'skipped' && c.ruleId === 'sum-mismatch').map((c) => c.reason),
    };
  };
  const stated = (execution: string) => `项目自评得分${Number(execution) + 76}分，评价等级为“良”。其中：预算执行率得分${execution}分，产出指标得分48分，效益指标得分28分。`;

  it('the text scores a part apart that has no row (预算执行率得分9.5分): the rows and that part make the total score, not the rows alone', async () => {
    const ok = await scoreChecks(report(stated('9.5'), '项目支出绩效自评表如下：'));
    expect(ok.errors).toEqual([]);
    expect(ok.sums).toEqual([
      ['pass', '48', 2],
      ['pass', '28', 2],
      ['pass', '85.5', 5],
    ]);
    expect(ok.skipped.join()).toContain('文中另有预算执行率的得分');
    // a row's score wrong: its level's sum disagrees with what the text states of the level (the total with the part apart is then
    // not made: the rows no longer make their levels whole)
    const wrong = await scoreChecks(report(stated('9.5'), '项目支出绩效自评表如下：', '15'));
    expect(wrong.sums).toContainEqual(['fail', '48', 2]);
    expect(wrong.errors).toHaveLength(1);
  });

  it('its caption says it is an excerpt (自评表（节选）): neither the full marks nor the total score is checked, each level still is', async () => {
    const ok = await scoreChecks(report('项目自评得分94.5分，评价等级为“优”。产出指标得分48分，效益指标得分28分。', '附：项目支出绩效自评表（节选）'));
    expect(ok.errors).toEqual([]);
    expect(ok.sums).toEqual([
      ['pass', '48', 2],
      ['pass', '28', 2],
    ]);
    expect(ok.skipped.join()).toContain('节选');
    // (and where the text scores the parts it leaves out, they make the total with the rows: 76 + 18.5)
    const apart = await scoreChecks(report('项目自评得分94.5分。其中：产出指标得分48分，效益指标得分28分，决策和过程指标得分18.5分。', '附：项目支出绩效自评表（节选）'));
    expect(apart.sums).toContainEqual(['pass', '94.5', 5]);
    // without the caption and without the parts scored apart, the rows are the whole table: 76 is no 94.5
    const whole = await scoreChecks(report('项目自评得分94.5分，评价等级为“优”。产出指标得分48分，效益指标得分28分。', '项目支出绩效自评表如下：'));
    expect(whole.errors.join()).toContain('与自评得分 94.5 分不符');
  });
});

describe('score tables of some indicators only, in more wordings (trial 61)', async () => {
  const { createNodeAuditor } = await import('../../src/lib/node.js');
  const auditor = await createNodeAuditor();
  const head = '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |';
  const rows = ['| 产出指标 | 数量指标 | 改造面积 | 5500亩 | 5500亩 | 15 | 15 |', '| 产出指标 | 质量指标 | 苗木成活率 | ≥90% | 93.6% | 15 | 13 |', '| 效益指标 | 社会效益指标 | 带动农户数 | ≥3000户 | 3260户 | 15 | 15 |', '| 效益指标 | 可持续影响指标 | 优果率提高 | ≥5个百分点 | 4.2个百分点 | 15 | 12 |'];
  const report = (statement: string, caption: string) => ['某县2023年苹果产业项目支出绩效自评报告', '一、综合评价情况及评价结论', statement, caption, '', head, ...rows, '二、存在的问题', '部分地块土地流转未落实。'].join('\n');
  const errors = async (text: string) => (await auditor.check({ name: 'f.txt', text })).findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.message);
  it('a caption of the main indicators (主要绩效指标完成情况见下表：), a blank line before the table', async () => {
    expect(await errors(report('项目自评得分93分，评价等级为“优”。', '主要绩效指标完成情况见下表：'))).toEqual([]);
    expect((await errors(report('项目自评得分93分，评价等级为“优”。', '绩效指标完成情况见下表：'))).join()).toContain('与满分 100 分不符');
  });
  it('levels scored in the text with their full marks (项目决策指标分值20分，得19分；…) name the parts the table leaves out', async () => {
    const stated = '本项目自评得分为93分。其中：项目决策指标分值20分，得19分；项目过程指标分值20分，得19分；项目产出指标分值30分，得28分；项目效益指标分值30分，得27分。';
    expect(await errors(report(stated, '绩效指标完成情况表'))).toEqual([]);
  });
});
