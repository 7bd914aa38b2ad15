/**
 * Realistic, CORRECT reports (test/fixtures/realistic/r*.txt) as finance staff of different units
 * write them: every figure reconciles (test/fixtures/realistic/relations.mjs re-derives each sum,
 * share and year-on-year rate independently of the tool). The tool must raise no error and no
 * warning on them, and must pass them because it checked and reconciled their figures, not because
 * it read nothing: each report lists the breakdowns, shares, goals, 三公, staffing, counts and score
 * the tool has to have understood.
 *
 * Assertions state the CORRECT behaviour; where the tool currently differs the test fails on purpose
 * (each such case names the sentence in a comment: `KNOWN`).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bdName, commonReportChecks, loadReport, shName, str, type Bd, type Sh } from './helpers/realistic.js';

const DIR = join('test', 'fixtures', 'realistic');

/** [subject part, dimension part, side part?]: a breakdown check that must exist and reconcile. */
/** [subject part, base part, printed pct]: a share check that must exist and be consistent. */

interface Spec {
  file: string;
  what: string;
  /** Warnings the report deserves ([ruleId, section]); correct reports: none. */
  warnings?: [string, string][];
  /** Canonical sections expected, in order, and those that are an explicit nil. */
  sections: string[];
  nil: string[];
  breakdowns: Bd[];
  shares: Sh[];
  /** Year-on-year rates: [subject part, printed pct]. */
  yoy?: [string, string][];
  /** Share groups that must be checked (parent part, base part). */
  shareGroups?: [string, string][];
  /** Target texts (part) that must each be paired with a result; `shortfall` ones fall short with a cause. */
  goals: string[];
  shortfall?: string[];
  /** Comparator expected for some targets (text part → comparator). */
  comparators?: [string, string][];
  sangong: { budget: string; actual: string };
  staffing: { quota: number; actual: number };
  counts: [number, number][];
  score: [string, string];
}

const SPECS: Spec[] = [
  {
    file: 'r01-county-finance.txt',
    what: '县财政局: 部门基本情况 alias, 1.–5. target list, 人员经费/公用经费, three 专项, 0万元 三公 items, all other funds nil',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['三', '四', '五'],
    breakdowns: [
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费'],
      ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金一', '按功能科目分类'],
      ['专项资金二', '按经济科目分类'], ['专项资金二', '按功能科目分类'],
      ['专项资金三', '按经济科目分类'], ['专项资金三', '按功能科目分类'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '26.86'], ['基本支出', '年度整体', '26.86'],
      ['项目支出', '一般公共预算', '73.14'], ['项目支出', '年度整体', '73.14'],
      ['专项资金一', '一般公共预算', '13.25'], ['专项资金一', '年度整体', '13.25'],
      ['专项资金二', '一般公共预算', '44.89'], ['专项资金二', '年度整体', '44.89'],
      ['专项资金三', '一般公共预算', '14.99'], ['专项资金三', '年度整体', '14.99'],
    ],
    shareGroups: [['一般公共预算支出', '一般公共预算'], ['项目支出', '一般公共预算'], ['项目支出', '年度整体']],
    // KNOWN: line 15 target “全县一般公共预算收入增长6%”; line 38 result “全县一般公共预算收入完成8.63亿元，同比增长6.2%”
    goals: ['一般公共预算收入增长6%', '预算执行率', '财政监督检查12项', '政府采购项目审核280个', '服务对象满意度'],
    sangong: { budget: '18.50', actual: '15.37' },
    staffing: { quota: 42, actual: 40 },
    counts: [[9, 9]],
    score: ['94', '优'],
  },
  {
    file: 'r02-school-yuan.txt',
    what: '学校: all amounts in 元 with thousands separators, headings without 情况, 本校…无… nils, shares in their own sentence',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    // KNOWN: lines 27/29/31 “本校2025年无…预算支出。” are explicit nils
    nil: ['三', '四', '五'],
    breakdowns: [
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费'],
      ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '按经济科目分类'], ['专项资金三', '按经济科目分类'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      // KNOWN: line 16 “基本支出占一般公共预算总支出的84.62%，占年度整体总支出的84.62%。” (no amount in that sentence)
      ['基本支出', '一般公共预算', '84.62'], ['基本支出', '年度整体', '84.62'],
      ['项目支出', '一般公共预算', '15.38'], ['项目支出', '年度整体', '15.38'],
      ['专项资金一', '一般公共预算', '4.26'], ['专项资金一', '年度整体', '4.26'],
      ['专项资金二', '一般公共预算', '6.05'], ['专项资金二', '年度整体', '6.05'],
      ['专项资金三', '一般公共预算', '5.06'], ['专项资金三', '年度整体', '5.06'],
    ],
    yoy: [['基本支出', '6.13']],
    goals: ['教师业务培训8期', '体质健康测试达标率', '资助覆盖率', '家长满意度'],
    shortfall: ['教师业务培训8期'],
    sangong: { budget: '3.50', actual: '2.846' },
    staffing: { quota: 156, actual: 149 },
    counts: [[6, 6]],
    score: ['86.5', '良'],
  },
  {
    file: 'r03-hospital-halfwidth.txt',
    what: '医院: half-width , : ; () copied from the web, 1、/(1) numbering, ；-separated 功能 list, lone 其中, 政府性基金 均为项目支出, aliases for 七/八/九',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['四', '五'],
    breakdowns: [
      ['基本支出', '其中'], ['基本支出', '按功能科目分类'],
      ['项目支出', '按经济科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '其中'], ['专项资金二', '按经济科目分类'],
      ['政府性基金预算支出', '按经济科目分类'], ['政府性基金预算支出', '按功能科目分类'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '61.59'], ['基本支出', '年度整体', '46.93'],
      ['项目支出', '一般公共预算', '38.41'], ['项目支出', '年度整体', '29.26'],
      ['专项资金一', '一般公共预算', '25.00'], ['专项资金一', '年度整体', '19.05'],
      ['专项资金二', '一般公共预算', '13.41'], ['专项资金二', '年度整体', '10.22'],
      ['政府性基金预算支出', '年度整体', '23.81'],
    ],
    shareGroups: [['一般公共预算支出', '一般公共预算'], ['项目支出', '一般公共预算'], ['项目支出', '年度整体']],
    goals: ['门急诊服务量', '出院患者', '药占比', '三四级手术占比', '患者满意度'],
    comparators: [['药占比', 'max']],
    sangong: { budget: '8.00', actual: '7.46' },
    staffing: { quota: 420, actual: 398 },
    counts: [[8, 8]],
    score: ['88.5', '良'],
  },
  {
    file: 'r04-township.txt',
    what: '乡镇: headings without 情况, year-on-year up and down (8.475% → 8.48%), 三公 budget/actual pairs, 政府性基金 专项, 1.–4. results',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['四', '五'],
    breakdowns: [
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费'],
      ['项目支出', '按经济科目分类'],
      ['政府性基金预算支出', '按经济科目分类'], ['政府性基金预算支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '按经济科目分类'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '32.88'], ['基本支出', '年度整体', '28.18'],
      ['项目支出', '一般公共预算', '67.12'], ['项目支出', '年度整体', '57.53'],
      ['政府性基金预算支出', '年度整体', '14.29'],
      ['专项资金一', '政府性基金', '64.00'], ['专项资金一', '年度整体', '9.14'],
      ['专项资金二', '政府性基金', '36.00'], ['专项资金二', '年度整体', '5.14'],
    ],
    yoy: [['基本支出', '6.07'], ['项目支出', '8.48']],
    goals: ['人居环境整治村15个', '农村公路12公里', '粮食播种面积', '群众满意度'],
    sangong: { budget: '4.20', actual: '3.96' },
    staffing: { quota: 50, actual: 47 },
    counts: [[3, 3]],
    score: ['91', '优'],
  },
  {
    file: 'r05-devzone-yiyuan.txt',
    what: '开发区: 亿元 headline figures (1.00亿元, 1.3862亿元) with 万元 breakdowns, shares at one decimal, 内设机构6个：list, 三公 “均为0”',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['四', '五'],
    breakdowns: [
      ['一般公共预算支出', '其中'], ['一般公共预算支出', '=基本支出+项目支出'],
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'],
      ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'],
      ['政府性基金预算支出', '按经济科目分类'], ['政府性基金预算支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '按经济科目分类'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '4.9'], ['基本支出', '年度整体', '2.0'],
      ['项目支出', '一般公共预算', '95.1'], ['项目支出', '年度整体', '39.9'],
      ['政府性基金预算支出', '年度整体', '58.1'],
      ['专项资金一', '政府性基金', '62.0'], ['专项资金一', '年度整体', '36.0'],
      ['专项资金二', '政府性基金', '38.0'], ['专项资金二', '年度整体', '22.1'],
    ],
    goals: ['规模工业增加值增长8%', '新引进项目20个', '亿元以上项目6个', '固定资产投资30亿元', '规模以上工业企业5家'],
    sangong: { budget: '3.60', actual: '2.85' },
    staffing: { quota: 27, actual: 25 },
    // KNOWN: line 11 “内设机构6个：综合办公室、…、安全生产环保局。”
    counts: [[6, 6]],
    score: ['90.5', '优'],
  },
  {
    file: 'r06-archives-basic-only.txt',
    what: '档案馆: only 基本支出 (占…100%), “无项目支出”, 三公 “均为公务接待费…未发生…”, 8,426件, 九 自评结果拟应用和公开情况 + 十',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'],
    nil: ['三', '四', '五', '十'],
    breakdowns: [['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费']],
    // KNOWN: line 26 “2025年本单位无项目支出。” makes 一般公共预算支出 = 基本支出 derivable
    shares: [['基本支出', '一般公共预算', '100'], ['基本支出', '年度整体', '100']],
    yoy: [['基本支出', '4.14']],
    goals: ['接收进馆档案8000件', '档案业务培训4期', '查阅利用服务3000人次', '满意度'],
    sangong: { budget: '1.50', actual: '1.32' },
    staffing: { quota: 16, actual: 15 },
    counts: [[4, 4]],
    score: ['95', '优'],
  },
  {
    file: 'r07-housing-govfund.txt',
    what: '住建局: 一般公共预算支出 stated with 较上年, 政府性基金 同比上年度减少…减少…%, 政府性基金 projects under （1）（2） run-in headings, 公务用车购置费/运行维护费',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['四', '五'],
    breakdowns: [
      ['一般公共预算支出', '=基本支出+项目支出'],
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费'],
      ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金一', '按功能科目分类'],
      ['专项资金二', '按经济科目分类'], ['专项资金二', '按功能科目分类'],
      ['政府性基金预算支出', '按经济科目分类'], ['政府性基金预算支出', '按功能科目分类'],
      // KNOWN: lines 22–23 “（1）城市基础设施配套费项目。该项目政府性基金预算支出2820.36万元…”
      ['城市基础设施配套费', '按经济科目分类'], ['污水处理费', '按经济科目分类'],
      ['公务用车', '购置费与运行维护费', '预算数'], ['公务用车', '购置费与运行维护费', '决算数'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '20.42'], ['基本支出', '年度整体', '8.60'],
      ['项目支出', '一般公共预算', '79.58'], ['项目支出', '年度整体', '33.53'],
      ['专项资金一', '一般公共预算', '50.00'], ['专项资金一', '年度整体', '21.07'],
      ['专项资金二', '一般公共预算', '29.58'], ['专项资金二', '年度整体', '12.46'],
      ['政府性基金预算支出', '年度整体', '57.87'],
      ['城市基础设施配套费', '政府性基金', '68.45'], ['城市基础设施配套费', '年度整体', '39.61'],
      ['污水处理费', '政府性基金', '31.55'], ['污水处理费', '年度整体', '18.26'],
    ],
    yoy: [['一般公共预算支出', '5.26'], ['政府性基金预算支出', '1.49']],
    goals: ['老旧小区改造12个', '污水管网15公里', '污水集中处理率', '群众满意度'],
    sangong: { budget: '12.80', actual: '11.26' },
    staffing: { quota: 48, actual: 46 },
    counts: [[8, 8]],
    score: ['87', '良'],
  },
  {
    file: 'r08-hrss-socialfund.txt',
    what: '人社局: 社会保险基金预算支出 with amount and a 其中： list, 内设机构 names containing 和, 行政+工勤+事业编制, 失业率 控制在…以内',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['三', '四'],
    breakdowns: [
      ['基本支出', '其中'], ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费'],
      ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '按经济科目分类'],
      // KNOWN: line 28 “…占年度整体总支出的91.25%。其中：机关事业单位基本养老保险基金支出18,600.00万元，…”
      ['社会保险基金预算支出', '其中'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '40.25'], ['基本支出', '年度整体', '3.52'],
      ['项目支出', '一般公共预算', '59.75'], ['项目支出', '年度整体', '5.23'],
      ['专项资金一', '一般公共预算', '46.67'], ['专项资金一', '年度整体', '4.08'],
      ['专项资金二', '一般公共预算', '13.08'], ['专项资金二', '年度整体', '1.14'],
      ['社会保险基金预算支出', '年度整体', '91.25'],
    ],
    goals: ['城镇新增就业2000人', '城镇调查失业率', '职业技能培训3000人次', '按时足额发放率', '服务对象满意度'],
    comparators: [['城镇调查失业率', 'max']],
    sangong: { budget: '5.00', actual: '4.38' },
    staffing: { quota: 38, actual: 36 },
    counts: [[10, 10]],
    score: ['92', '优'],
  },
  {
    file: 'r09-cdc-part-headings.txt',
    what: '疾控中心: 第一部分…第九部分 top level with 一、/二、 second level, ；-separated 经济 list, 较上年/同比, “2024年度，本单位无…”, 三公 “；因公出国（境）费未发生。”',
    // KNOWN: “一、部门（单位）基本情况” (line 7) and “一、基本支出情况” (line 14) are second-level headings under 第一/第二部分
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    nil: ['三', '四', '五'],
    breakdowns: [
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'],
      ['项目支出', '按经济科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '按经济科目分类'],
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '56.23'], ['基本支出', '年度整体', '56.23'],
      ['项目支出', '一般公共预算', '43.77'], ['项目支出', '年度整体', '43.77'],
      ['专项资金一', '一般公共预算', '25.64'], ['专项资金一', '年度整体', '25.64'],
      ['专项资金二', '一般公共预算', '18.13'], ['专项资金二', '年度整体', '18.13'],
    ],
    yoy: [['基本支出', '4.23'], ['项目支出', '12.46']],
    goals: ['疫苗接种率', '法定传染病报告率', '健康体检2.5万人次', '健康教育活动50场', '规范处置率'],
    sangong: { budget: '2.50', actual: '2.18' },
    staffing: { quota: 52, actual: 49 },
    counts: [[7, 7]],
    score: ['91.5', '优'],
  },
  {
    file: 'r10-water-nested-numbering.txt',
    what: '水利局: 1./（1） numbering below （一）, lone 其中, shares at one decimal, 三公 budget and actual in one sentence joined by ；, “2025年度，本单位无…”',
    sections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'],
    // KNOWN: line 29 “2025年度，本单位无国有资本经营预算支出。”
    nil: ['四', '五'],
    breakdowns: [
      // KNOWN: lines 18–19 “（1）按经济科目分类：…” / “（2）按功能科目分类：…”
      ['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费'],
      ['项目支出', '其中'], ['项目支出', '按经济科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金二', '按经济科目分类'],
      ['政府性基金预算支出', '按经济科目分类'],
      ['公务用车', '购置费与运行维护费', '预算数'], ['公务用车', '购置费与运行维护费', '决算数'],
      // KNOWN: line 21 “…；决算数9.12万元，其中：…”
      ['三公', '各项', '预算数'], ['三公', '各项', '决算数'],
    ],
    shares: [
      ['基本支出', '一般公共预算', '12.3'], ['基本支出', '年度整体', '11.5'],
      ['项目支出', '一般公共预算', '87.7'], ['项目支出', '年度整体', '82.2'],
      ['专项资金一', '一般公共预算', '63.3'], ['专项资金一', '年度整体', '59.4'],
      ['专项资金二', '一般公共预算', '24.4'], ['专项资金二', '年度整体', '22.9'],
      ['政府性基金预算支出', '年度整体', '6.25'],
    ],
    goals: ['中小河流治理12公里', '农村供水工程28个', '农村自来水普及率', '安全检查4次', '安全度汛率'],
    shortfall: ['农村供水工程28个'],
    // KNOWN: “巩固提升农村供水工程28个” is a count to reach, not a growth rate
    comparators: [['农村供水工程28个', 'min']],
    sangong: { budget: '10.00', actual: '9.12' },
    staffing: { quota: 45, actual: 43 },
    counts: [[7, 7]],
    score: ['85.6', '良'],
  },
];

const load = (file: string) => loadReport(DIR, file);


describe('realistic correct reports (test/fixtures/realistic)', () => {
  it('the fixtures’ own arithmetic holds (relations.mjs, independent of the tool)', () => {
    const out = execFileSync(process.execPath, [join(DIR, 'relations.mjs')], { encoding: 'utf8' });
    expect(out.split('\n').filter((l) => l.startsWith('BAD'))).toEqual([]);
    expect(out).toMatch(/all \d{3} relations hold/);
  });

  for (const spec of SPECS) {
    describe(`${spec.file} — ${spec.what}`, () => {
      commonReportChecks(DIR, spec);

      it(`breakdowns: the ${spec.breakdowns.length} expected sums were checked and reconcile`, () => {
        const { facts } = load(spec.file);
        const all = facts.collections.breakdowns;
        expect(all.filter((b) => b.status === 'mismatch').map(bdName)).toEqual([]);
        const missing = spec.breakdowns.filter(
          ([subj, dim, side]) =>
            !all.some((b) => str(b.subject).includes(subj) && str(b.dimension).includes(dim) && (side === undefined || str(b.side) === side) && b.status !== 'mismatch'),
        );
        expect(missing.map((x) => x.join(' ')), `checked: ${all.map(bdName).join('; ')}`).toEqual([]);
      });

      it(`shares: the ${spec.shares.length} stated shares${spec.yoy ? ` and ${spec.yoy.length} year-on-year rates` : ''} were checked and are consistent`, () => {
        const { facts } = load(spec.file);
        const all = facts.collections.shares;
        expect(all.filter((s) => s.status !== 'ok').map(shName)).toEqual([]);
        const missing = spec.shares.filter(
          ([subj, base, pct]) => !all.some((s) => str(s.subject).includes(subj) && str(s.baseName).includes(base) && s.pct === pct && s.status === 'ok'),
        );
        expect(missing.map((x) => x.join(' ')), `checked: ${all.map(shName).join('; ')}`).toEqual([]);
        const yoyMissing = (spec.yoy ?? []).filter(
          ([subj, pct]) => !all.some((s) => str(s.subject).includes(subj) && str(s.baseName).startsWith('上年数') && s.pct === pct && s.status === 'ok'),
        );
        expect(yoyMissing.map((x) => x.join(' '))).toEqual([]);
        expect(facts.collections.shareGroups.filter((g) => g.status !== 'ok').map((g) => `${str(g.parent)} ${str(g.parts)}`)).toEqual([]);
        const groupsMissing = (spec.shareGroups ?? []).filter(
          ([parent, base]) => !facts.collections.shareGroups.some((g) => str(g.parent).includes(parent) && str(g.baseName).includes(base)),
        );
        expect(groupsMissing.map((x) => x.join(' '))).toEqual([]);
      });

      it(`goals: each of the ${spec.goals.length} targets is paired with its result; shortfalls only where stated, with a cause`, () => {
        const { facts } = load(spec.file);
        const goals = facts.collections.goals;
        const row = (part: string) => goals.find((g) => str(g.targetText).includes(part));
        expect(spec.goals.filter((part) => !row(part)).map((p) => `no target read: ${p}`)).toEqual([]);
        expect(goals.filter((g) => !g.paired).map((g) => `${str(g.targetText)} ↔ （无）: ${str(g.why)}`)).toEqual([]);
        expect(goals.filter((g) => g.shortfall).map((g) => str(g.targetText))).toEqual(
          (spec.shortfall ?? []).map((part) => str(row(part)?.targetText ?? part)),
        );
        expect(goals.filter((g) => g.shortfall && !g.causeGiven).map((g) => str(g.targetText))).toEqual([]);
        for (const [part, comparator] of spec.comparators ?? []) expect([part, row(part)?.comparator]).toEqual([part, comparator]);
      });

      it('三公: both totals read, all three components reported, items add up', () => {
        const c = load(spec.file).facts.collections;
        expect(c.sangongComponents.filter((x) => !x.reported).map((x) => str(x.name))).toEqual([]);
        expect(c.sangong[0]).toMatchObject({ budgetTotal: spec.sangong.budget, actualTotal: spec.sangong.actual, overBudget: false });
      });

      it('staffing, declared counts and the self-evaluation score were read as written', () => {
        const c = load(spec.file).facts.collections;
        expect(c.staffing.map((s) => [s.quota, s.actual])).toEqual([[spec.staffing.quota, spec.staffing.actual]]);
        expect(c.counts.map((x) => [x.declared, x.listedCount])).toEqual(spec.counts);
        expect(c.score.map((s) => [s.score, s.grade, s.gradeMatches])).toEqual([[...spec.score, true]]);
      });

      it('no figure is read as two conflicting values of one quantity', () => {
        const c = load(spec.file).facts.collections;
        expect(c.figures.filter((x) => x.conflict).map((x) => `${str(x.name)}: ${str(x.first)} vs ${str(x.second)}`)).toEqual([]);
      });
    });
  }
});
