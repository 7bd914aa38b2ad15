/**
 * share-mismatch (error), DOMAIN §3–§4: "占X的p%" must follow from the amount and its named base,
 * derived from its parts when the report never states it. Interval arithmetic: amounts and p are
 * intervals of their printed precision. A base that cannot be resolved is skipped, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { runAll, runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'share-mismatch';
/** Skeleton: 基本 300 + 项目 200 = 一般公共 500 (derived); + 基金 100 + two nil funds = 整体 600 (derived). */
const projectShareOfTotal = (pct: string) => variant(SKELETON, ['占年度整体总支出的33.33%', `占年度整体总支出的${pct}%`]);

describe(RULE, () => {
  describe('valid: consistent with the amounts', () => {
    it.each([
      ['the skeleton (both totals derived, never stated)', SKELETON],
      ['the seed: every share reconciles against derived 6671.32 and 8701.35', SEED],
      ['seed 4.84% printed with one decimal as 4.8%', variant(SEED, ['占一般公共预算总支出的4.84%', '占一般公共预算总支出的4.8%'])],
      ['200 / 600 printed as 33.3%', projectShareOfTotal('33.3')],
      ['200 / 600 printed as 33%', projectShareOfTotal('33')],
      ['200 / 600 as 33.34%: inside the derived base\'s widened interval (600.00 ± 0.015)', projectShareOfTotal('33.34')],
      ['half-width punctuation', withSection('二', '2025年基本支出300.00万元，占一般公共预算总支出的60.00%,占年度整体总支出的50.00%.\n2025年项目支出200.00万元,占一般公共预算总支出的40.00%,占年度整体总支出的33.33%.')],
      ['full-width percent sign', withSection('二', '2025年基本支出300.00万元，占一般公共预算总支出的60.00％。\n2025年项目支出200.00万元，占一般公共预算总支出的40.00％。')],
      ['a stated base', withSection('二', '2025年一般公共预算支出500.00万元。2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('skipped, not guessed: a base that cannot be resolved gives no finding', () => {
    it('a base name the profile does not know (占本单位总预算的)', async () => {
      const text = withSection('二', '2025年一般公共预算支出中基本支出300.00万元，占本单位总预算的60.00%。\n2025年项目支出200.00万元，占一般公共预算总支出的40.00%。');
      expect(await runRule(RULE, text)).toEqual([]);
      expect((await runAll(text)).skipped.filter((s) => s.ruleId === RULE)).toMatchObject([
        { location: { section: '二', line: 11 }, reason: expect.stringContaining('无法确定基数“本单位总预算”') },
      ]);
    });

    it('a base neither stated nor derivable (项目支出 missing, so no 一般公共预算总支出 and no 年度整体总支出)', async () => {
      const text = withSection('二', '2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。');
      expect(await runRule(RULE, text)).toEqual([]);
      expect((await runAll(text)).skipped.filter((s) => s.ruleId === RULE)).toMatchObject([
        { location: { section: '二' }, reason: expect.stringContaining('一般公共预算支出的金额未载明，也无法由各组成部分推算') },
        { location: { section: '三' }, reason: expect.stringContaining('年度整体总支出的金额未载明') },
      ]);
    });
  });

  describe('names listed before 分别 in the budget part (twentieth field trial)', () => {
    const two = (body: string) => withSection('二', body);
    const shares = async (text: string) => ((await runAll(text)).checks ?? []).filter((c) => c.relation === 'share').map((c) => `${c.status} ${c.reason ?? JSON.stringify(c.values)}`);
    it('holding: 人员经费、公用经费分别为…，分别占基本支出的p%和q%: one share each, of its own figure', async () => {
      const text = two('2025年基本支出和项目支出分别为300.00万元、200.00万元。人员经费、公用经费分别为250.00万元和50.00万元，分别占基本支出的83.33%和16.67%。');
      expect(await runRule(RULE, text)).toEqual([]);
      expect(await shares(text)).toEqual(expect.arrayContaining(['pass {"pct":"83.33","part":"250.00","base":"300.00","expected":"83.33"}', 'pass {"pct":"16.67","part":"50.00","base":"300.00","expected":"16.67"}']));
    });
    it('failing: the second share does not follow', async () => {
      const text = two('2025年基本支出和项目支出分别为300.00万元、200.00万元。人员经费、公用经费分别为250.00万元和50.00万元，分别占基本支出的83.33%和18.67%。');
      expect(await runRule(RULE, text)).toMatchObject([{ expected: '16.67%' }]);
    });
    it('分别占p%和q% after a whole and its parts (其中A…，B…): the parts\' shares, of the whole (twenty-third field trial)', async () => {
      const text = (q: string) => two(`2025年一般公共预算支出500.00万元，其中基本支出300.00万元，项目支出200.00万元，分别占60.00%和${q}%。`);
      expect(await shares(text('40.00'))).toEqual(expect.arrayContaining(['pass {"pct":"60.00","part":"300.00","base":"500.00","expected":"60.00"}', 'pass {"pct":"40.00","part":"200.00","base":"500.00","expected":"40.00"}']));
      expect((await shares(text('40.00'))).filter((c) => c.startsWith('skipped'))).toEqual([]);
      expect(await runRule(RULE, text('45.00'))).toMatchObject([{ expected: '40.00%' }]);
    });
    it('shares of the items of 项目支出 (项目支出中，A占p%) are none of 项目支出 itself', async () => {
      const text = two('2025年基本支出和项目支出分别为300.00万元、200.00万元。项目支出中，设备购置占60.00%，培训占40.00%。');
      expect((await shares(text)).filter((c) => c.startsWith('skipped'))).toEqual([]);
    });
  });

  describe('a 控制率 of people: those serving over the quota (nineteenth field trial)', () => {
    /** The skeleton's staffing sentence (编制20人, 实有在编18人) with a 控制率 after the people serving. */
    const control = (tail: string) => variant(SKELETON, ['年末实有在编人员18人。', `年末实有在编人员18人，${tail}。`]);
    const checked = async (text: string) => ((await runAll(text)).checks ?? []).filter((c) => c.relation === 'rate').map((c) => `${c.status} ${JSON.stringify(c.values)}`);
    it('holding: 18 ÷ 20 = 90.00%', async () => {
      expect(await runRule(RULE, control('人员控制率90.00%'))).toEqual([]);
      expect(await checked(control('人员控制率90.00%'))).toEqual(['pass {"rate":"90.00","numerator":"18","denominator":"20","unit":"人"}']);
    });
    it('failing: 95.00% stated', async () => {
      expect(await runRule(RULE, control('控制率95.00%'))).toMatchObject([{ ruleId: RULE, expected: '90.00%', message: '控制率（实有人数 ÷ 编制数）应为 90.00%（18 ÷ 20 人），报告写为 95.00%' }]);
    });
    it('a 三公 or 公用经费 控制率 in that sentence is none of theirs', async () => {
      expect(await checked(control('公用经费控制率90.00%'))).toEqual([]);
    });
  });

  describe('invalid: the stated share does not follow', () => {
    it('基本支出 51.00% of a derived 年度整体总支出 600.00 (should be 50.00%)', async () => {
      expect(await runRule(RULE, variant(SKELETON, ['占年度整体总支出的50.00%', '占年度整体总支出的51.00%']))).toMatchObject([
        {
          ruleId: RULE, severity: 'error', location: { section: '二', line: 12 }, expected: '50.00%', actual: '51.00%',
          data: { amount: '300.00', base: '600.00', baseDerived: 'yes', stated: '51.00', computed: '50.00' },
          message: '基本支出占年度整体总支出的比例应为 50.00%（300.00 ÷ 600.00 万元），报告写为 51.00%',
        },
      ]);
    });

    it.each([['33.35'], ['33.32']])('200 / 600 printed as %s%%: just outside the interval', async (pct) => {
      expect(await runRule(RULE, projectShareOfTotal(pct))).toMatchObject([
        { location: { section: '二', line: 15 }, data: { amount: '200.00', base: '600.00', stated: pct, computed: '33.33' } },
      ]);
    });

    it('seed 4.84% → 4.85%: 323.15 / 6671.32 = 4.844%, one unit off is an error', async () => {
      expect(await runRule(RULE, variant(SEED, ['占一般公共预算总支出的4.84%', '占一般公共预算总支出的4.85%']))).toMatchObject([
        { location: { section: '二', line: 26 }, data: { amount: '323.15', base: '6671.32', baseDerived: 'yes', stated: '4.85', computed: '4.84' } },
      ]);
    });

    it('seed 专项资金一 of 政府性基金预算总支出 (a stated base): 600 / 2030.03 = 29.56%, not 30.56%', async () => {
      expect(await runRule(RULE, variant(SEED, ['占政府性基金预算总支出的29.56%', '占政府性基金预算总支出的30.56%']))).toMatchObject([
        { location: { section: '三', line: 34 }, data: { amount: '600.00', base: '2030.03', baseDerived: 'no', stated: '30.56', computed: '29.56' } },
      ]);
    });

    it('a wrong stated base: one finding names it, and the other share resting on it is its consequence (issue 8, point 7)', async () => {
      const text = withSection('二', '2025年一般公共预算支出520.00万元。2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。');
      const found = await runRule(RULE, text);
      expect(found).toMatchObject([
        { location: { section: '二', line: 11 }, data: { base: '520.00', baseDerived: 'no', computed: '57.69', suspect: '520.00万元', corrected: '500.00万元' } },
      ]);
      expect(found[0]!.consequences).toMatchObject([{ ruleId: RULE, location: { section: '三', line: 13 } }]);
      expect(found[0]!.consequences![0]!.message).toContain('16.13%');
    });
  });
});

describe(`${RULE}: base names`, () => {
  it('"占总支出的比例为50%" names no definite base: skipped with a clean base name, never guessed', async () => {
    const text = withSection('二', '2025年一般公共预算支出中基本支出300.00万元，占总支出的比例为50.00%。2025年项目支出200.00万元。');
    expect(await runRule(RULE, text)).toEqual([]);
    expect((await runAll(text)).skipped.map((s) => s.reason)).toContain('“占总支出的50.00%”：无法确定基数“总支出”');
  });
});
