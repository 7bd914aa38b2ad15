/**
 * Realistic, CORRECT reports, third set (test/fixtures/realistic3/t*.txt), stressing shapes the first
 * two sets do not cover: a 一般公共预算 年初预算数/调整后预算数/决算数/预算执行率 sentence, an income
 * paragraph (收入合计, 财政拨款收入, 其他收入, 上年结转结余) inside 二, a unit with no 三公 at all
 * (“未安排“三公”经费预算，也未发生“三公”经费支出”) and 编制内实有人数 + 编外聘用人员, and a 专项
 * described over two paragraphs whose amount is “项目预算资金500.00万元，实际支出482.60万元，预算执行率96.52%”.
 *
 * Every relation is re-derived below with test/fixtures/realistic/calc.mjs, independently of the tool.
 * Assertions state the CORRECT behaviour; the cases marked `regression` failed until src/ was fixed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL9, BASIC, both, commonReportChecks, loadReport, SANGONG, shName, str, type Sh, expectBreakdownsChecked, readAsWrittenChecks, type ReadAsWrittenSpec, type CommonSpec } from './helpers/realistic.js';
// @ts-expect-error plain .mjs helper without types
import { eq, pc, RELATIONS } from './fixtures/realistic/calc.mjs';

const DIR = join('test', 'fixtures', 'realistic3');


interface Spec extends CommonSpec, ReadAsWrittenSpec {
  what: string;
  shares: Sh[];
  /** [node id, stated amount]: the amount the tool must read for that node (actual spending, never a budget or an income). */
  amounts: [string, string][];
  /** Stated 预算执行率 (决算 ÷ 调整后预算) that must be checked and consistent: [pct]. */
  execRates?: string[];
  goals: string[];
  sangong: { budget: string; actual: string };
}

// ---- the fixtures' arithmetic, independent of the tool ----
const RELS_BEFORE = (RELATIONS as unknown[]).length;
{
  const r = 't01';
  eq(r, '调整后预算', '6900.00', '6800.00', '100.00');
  pc(r, '预算执行率 决算/调整后预算', '6671.32', '6900.00', '96.69');
  eq(r, 'gpb', '6671.32', '1023.15', '5648.17');
  eq(r, '基本 人员+公用', '1023.15', '880.40', '142.75');
  eq(r, '基本 经济', '1023.15', '830.40', '142.75', '50.00');
  eq(r, '基本 功能', '1023.15', '860.15', '90.00', '33.00', '40.00');
  eq(r, '项目 经济', '5648.17', '4000.00', '1648.17');
  eq(r, '项目 功能', '5648.17', '648.17', '5000.00');
  eq(r, '项目 = 专项', '5648.17', '4000.00', '1648.17');
  eq(r, '专项一 经济', '4000.00', '3600.00', '400.00');
  eq(r, '专项二 经济', '1648.17', '1248.17', '400.00');
  eq(r, '专项二 功能', '1648.17', '648.17', '1000.00');
  eq(r, '三公 预算', '6.00', '0', '4.00', '2.00');
  eq(r, '三公 决算', '5.20', '0', '3.60', '1.60');
  for (const [w, a, p] of [['基本', '1023.15', '15.34'], ['项目', '5648.17', '84.66'], ['专项一', '4000.00', '59.96'], ['专项二', '1648.17', '24.71']]) pc(r, w, a, '6671.32', p);
}
{
  const r = 't02';
  eq(r, '收入合计', '8800.00', '8600.00', '200.00');
  eq(r, '收入+结转 = 支出+结余', '8920.00', '8800.00', '120.00');
  eq(r, '收入+结转 = 支出+结余 (2)', '8920.00', '8540.60', '379.40');
  eq(r, 'gpb', '8540.60', '1240.60', '7300.00');
  eq(r, '基本 人员+公用', '1240.60', '1080.20', '160.40');
  eq(r, '基本 经济', '1240.60', '1020.20', '160.40', '60.00');
  eq(r, '基本 功能', '1240.60', '1050.60', '110.00', '40.00', '40.00');
  eq(r, '项目 经济', '7300.00', '6100.00', '1200.00');
  eq(r, '项目 功能', '7300.00', '5200.00', '2100.00');
  eq(r, '项目 = 专项', '7300.00', '5200.00', '2100.00');
  eq(r, '专项一 经济', '5200.00', '4600.00', '600.00');
  eq(r, '专项二 经济', '2100.00', '1500.00', '600.00');
  eq(r, '三公 预算', '9.00', '0', '6.00', '3.00');
  eq(r, '三公 决算', '8.46', '0', '5.82', '2.64');
  for (const [w, a, p] of [['基本', '1240.60', '14.53'], ['项目', '7300.00', '85.47'], ['专项一', '5200.00', '60.89'], ['专项二', '2100.00', '24.59']]) pc(r, w, a, '8540.60', p);
}
{
  const r = 't03';
  eq(r, 'gpb', '356.40', '286.40', '70.00');
  eq(r, '基本 人员+公用', '286.40', '250.10', '36.30');
  eq(r, '基本 经济', '286.40', '240.10', '36.30', '10.00');
  eq(r, '基本 功能', '286.40', '230.40', '32.00', '10.00', '14.00');
  for (const [w, a, p] of [['基本', '286.40', '80.36'], ['项目', '70.00', '19.64'], ['专项一', '70.00', '19.64']]) pc(r, w, a, '356.40', p);
}
{
  const r = 't04';
  pc(r, '专项一 预算执行率 实际/预算', '482.60', '500.00', '96.52');
  eq(r, 'gpb', '2400.00', '600.00', '1800.00');
  eq(r, '基本 人员+公用', '600.00', '520.00', '80.00');
  eq(r, '基本 经济', '600.00', '490.00', '80.00', '30.00');
  eq(r, '基本 功能', '600.00', '500.00', '60.00', '18.00', '22.00');
  eq(r, '项目 经济', '1800.00', '1300.00', '500.00');
  eq(r, '项目 = 专项（实际支出）', '1800.00', '482.60', '1317.40');
  eq(r, '专项一 经济', '482.60', '400.00', '82.60');
  eq(r, '专项二 经济', '1317.40', '900.00', '417.40');
  eq(r, '三公 预算', '5.00', '0', '3.00', '2.00');
  eq(r, '三公 决算', '4.36', '0', '2.80', '1.56');
  for (const [w, a, p] of [['基本', '600.00', '25.00'], ['项目', '1800.00', '75.00'], ['专项一', '482.60', '20.11'], ['专项二', '1317.40', '54.89']]) pc(r, w, a, '2400.00', p);
}


const SPECS: Spec[] = [
  {
    file: 't01-budget-vs-actual.txt',
    what: '发改局: “一般公共预算支出年初预算数为6800.00万元，调整后预算数6900.00万元，决算数为6671.32万元，预算执行率96.69%”',
    sections: ALL9,
    nil: ['三', '四', '五'],
    breakdowns: [
      // regression (was wrong before the fix): line 20 “决算数为6671.32万元” is not read as 一般公共预算支出 (only derived), so the stated total is never reconciled with 基本+项目
      ['一般公共预算支出', '=基本支出+项目支出'],
      ...BASIC, ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金一', '按功能科目分类'], ['专项资金二', '按经济科目分类'], ['专项资金二', '按功能科目分类'],
      ...SANGONG,
    ],
    shares: [...both('基本支出', '15.34', '15.34'), ...both('项目支出', '84.66', '84.66'), ...both('专项资金一', '59.96', '59.96'), ...both('专项资金二', '24.71', '24.71')],
    // the actual (决算数), never 年初预算数 6800.00 or 调整后预算数 6900.00
    amounts: [['gpb', '6671.32']],
    // regression (was not checked before the fix): 预算执行率 96.69% (6671.32 ÷ 6900.00) is not checked at all
    execRates: ['96.69'],
    goals: ['重大项目80个', '中央预算内投资', '投资完成率', '库存完好率', '满意度'],
    sangong: { budget: '6.00', actual: '5.20' },
    staffing: { quota: 52, actual: 49 },
    counts: [[6, 6]],
    score: ['91', '优'],
  },
  {
    file: 't02-income-section.txt',
    what: '住建局: “收入合计8800.00万元，其中财政拨款收入8600.00万元、其他收入200.00万元。上年结转结余120.00万元。” then 支出合计8540.60万元',
    sections: ALL9,
    nil: ['三', '四', '五'],
    breakdowns: [
      ['一般公共预算支出', '=基本支出+项目支出'],
      ...BASIC, ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'], ['项目支出', '所列专项资金'],
      ['专项资金一', '按经济科目分类'], ['专项资金一', '按功能科目分类'], ['专项资金二', '按经济科目分类'], ['专项资金二', '按功能科目分类'],
      ...SANGONG,
    ],
    shares: [...both('基本支出', '14.53', '14.53'), ...both('项目支出', '85.47', '85.47'), ...both('专项资金一', '60.89', '60.89'), ...both('专项资金二', '24.59', '24.59')],
    // the expenditure, never 收入合计 8800.00 / 财政拨款收入 8600.00
    amounts: [['gpb', '8540.60']],
    goals: ['老旧小区改造12个', '保障性租赁住房300套', '危房改造完成率', '质量监督覆盖率', '满意度'],
    sangong: { budget: '9.00', actual: '8.46' },
    staffing: { quota: 48, actual: 46 },
    counts: [[5, 5]],
    score: ['88', '良'],
  },
  {
    file: 't03-zero-sangong-staff.txt',
    what: '档案馆: “2024年未安排“三公”经费预算，也未发生“三公”经费支出。”; “核定编制20名，编制内实有人数18人，另有编外聘用人员5人”',
    sections: ALL9,
    nil: ['三', '四', '五'],
    // regression (was wrong before the fix): line 24 — “也未发生“三公”经费支出” is not read as a nil 决算数: sangong-actual-missing (error) and
    // sangong-component-missing ×3 (warnings) although the whole 三公 is 0 on both sides
    breakdowns: [...BASIC, ['项目支出', '所列专项资金']],
    shares: [...both('基本支出', '80.36', '80.36'), ...both('项目支出', '19.64', '19.64'), ...both('专项资金一', '19.64', '19.64')],
    amounts: [],
    goals: ['接收进馆档案8000卷', '数字化100万画幅', '1500人次', '满意度'],
    sangong: { budget: '0', actual: '0' },
    // 编制内实有人数 18, not 18 + 5 编外聘用
    staffing: { quota: 20, actual: 18 },
    counts: [[4, 4]],
    score: ['94', '优'],
  },
  {
    file: 't04-project-two-paragraphs.txt',
    what: '乡村振兴局: 专项资金一 over two paragraphs: “项目预算资金500.00万元，实际支出482.60万元，预算执行率96.52%。实际支出占…20.11%”',
    sections: ALL9,
    nil: ['三', '四', '五'],
    breakdowns: [
      ...BASIC, ['项目支出', '按经济科目分类'], ['项目支出', '按功能科目分类'],
      // regression (was wrong before the fix): line 28 — 专项资金一 is read as 500.00 (项目预算资金) instead of 482.60 (实际支出):
      // sum-mismatch 所列专项资金 1817.40 ≠ 1800.00, 专项资金一 经济/功能 482.60 ≠ 500.00
      ['项目支出', '所列专项资金'], ['专项资金一', '按经济科目分类'], ['专项资金一', '按功能科目分类'],
      ['专项资金二', '按经济科目分类'], ['专项资金二', '按功能科目分类'], ...SANGONG,
    ],
    // regression (was wrong before the fix): line 28 — share-mismatch ×2 “应为 20.83%（500.00 ÷ 2400.00）” although the share is of the actual 482.60
    shares: [...both('基本支出', '25.00', '25.00'), ...both('项目支出', '75.00', '75.00'), ...both('专项资金一', '20.11', '20.11'), ...both('专项资金二', '54.89', '54.89')],
    amounts: [['gpb.project.1', '482.60']],
    // regression (was not checked before the fix): 预算执行率 96.52% (482.60 ÷ 500.00) is not checked
    execRates: ['96.52'],
    goals: ['产业帮扶项目40个', '户厕改造2000户', '1.5万人', '风险消除率', '满意度'],
    sangong: { budget: '5.00', actual: '4.36' },
    staffing: { quota: 30, actual: 28 },
    counts: [[4, 4]],
    score: ['92', '优'],
  },
];

const load = (file: string) => loadReport(DIR, file);

describe('realistic correct reports, third set (test/fixtures/realistic3)', () => {
  it('the fixtures’ own arithmetic holds (calc.mjs, independent of the tool)', () => {
    const rel = (RELATIONS as [string, string, boolean][]).slice(RELS_BEFORE);
    expect(rel.filter(([, , ok]) => !ok).map(([r, d]) => `${r}: ${d}`)).toEqual([]);
    expect(rel.length).toBeGreaterThan(40);
  });

  for (const spec of SPECS) {
    describe(`${spec.file} — ${spec.what}`, () => {
      commonReportChecks(DIR, spec);

      it(`breakdowns: the ${spec.breakdowns.length} expected sums were checked and reconcile`, () => {
        expectBreakdownsChecked(load(spec.file).facts, spec.breakdowns);
      });

      it(`shares: the ${spec.shares.length} stated shares were checked and are consistent`, () => {
        const { facts } = load(spec.file);
        const all = facts.collections.shares;
        expect(all.filter((s) => s.status !== 'ok').map(shName)).toEqual([]);
        const missing = spec.shares.filter(
          ([subj, base, pct]) => !all.some((s) => str(s.subject).includes(subj) && str(s.baseName).includes(base) && (s.pct as { text: string }).text === pct && s.status === 'ok'),
        );
        expect(missing.map((x) => x.join(' ')), `checked: ${all.map(shName).join('; ')}`).toEqual([]);
        expect(facts.collections.shareGroups.filter((g) => g.status !== 'ok').map((g) => `${str(g.parent)} ${str(g.parts)}`)).toEqual([]);
      });

      it('amounts: each node carries its actual spending, never a budget figure or an income', () => {
        const { model } = load(spec.file);
        const got = spec.amounts.map(([id]) => [id, model.budget.find((n) => n.id === id)?.amount?.value ?? '(not stated)']);
        expect(got).toEqual(spec.amounts);
        // no income or budget figure is the stated amount of any node
        const budgetish = ['6800.00', '6900.00', '8800.00', '8600.00', '200.00', '120.00', '379.40', '500.00'];
        expect(model.budget.filter((n) => n.amount && budgetish.includes(n.amount.value)).map((n) => `${n.id}=${n.amount!.value}`)).toEqual([]);
      });

      if (spec.execRates) {
        it(`预算执行率: ${spec.execRates.join(', ')}% checked as 决算 ÷ 预算 and consistent`, () => {
          const { facts } = load(spec.file);
          const all = facts.collections.shares;
          const missing = spec.execRates!.filter((pct) => !all.some((s) => (s.pct as { text: string }).text === pct && s.status === 'ok'));
          expect(missing, `checked: ${all.map(shName).join('; ')}`).toEqual([]);
        });
      }

      it('goals: each target is read and paired with its result, no shortfall', () => {
        const { facts } = load(spec.file);
        const goals = facts.collections.goals;
        expect(spec.goals.filter((part) => !goals.some((g) => str(g.targetText).includes(part))).map((p) => `no target read: ${p}`)).toEqual([]);
        expect(goals.filter((g) => !g.paired).map((g) => `${str(g.targetText)} ↔ （无）: ${str(g.why)}`)).toEqual([]);
        expect(goals.filter((g) => g.shortfall).map((g) => str(g.targetText))).toEqual([]);
      });

      it('三公: both totals read, all three components reported, items add up', () => {
        const c = load(spec.file).facts.collections;
        expect(c.sangongComponents.filter((x) => !x.reported).map((x) => str(x.name))).toEqual([]);
        const s = c.sangong[0] as { budgetTotal?: unknown; actualTotal?: unknown; overBudget?: unknown } | undefined;
        const num = (x: unknown) => (x === undefined || x === null ? 'missing' : (x as { value: number }).value);
        expect([num(s?.budgetTotal), num(s?.actualTotal), s?.overBudget]).toEqual([Number(spec.sangong.budget), Number(spec.sangong.actual), false]);
      });

      readAsWrittenChecks(DIR, spec);
    });
  }
});
