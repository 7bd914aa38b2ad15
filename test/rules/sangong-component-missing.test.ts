/**
 * sangong-component-missing (warning), DOMAIN §3/§6: each of 因公出国（境）费, 公务用车购置及运行
 * （维护）费 and 公务接待费 must be reported on either side; 0 or 未发生 counts as reported, and
 * 公务用车 may be reported as 购置费 + 运行维护费. No 三公 figure at all is the *-missing rules' case.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'sangong-component-missing';
const SANGONG = SKELETON.split('\n')[12]!;
const sangong = (sentence: string) => variant(SKELETON, [SANGONG, sentence]);
const ABROAD = '因公出国（境）费';
const CAR = '公务用车购置及运行（维护）费';
const RECEPTION = '公务接待费';

describe(RULE, () => {
  describe('valid: all three reported', () => {
    it.each([
      ['the skeleton (因公出国（境）费0万元)', SKELETON],
      ['未发生 counts as reported', sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元，其中因公出国（境）费未发生，公务用车购置及运行费1.80万元，公务接待费0.70万元。')],
      ['公务用车 as its two parts', sangong('2025年“三公”经费预算数为3.00万元，其中公务用车购置费0.50万元，公务用车运行维护费1.50万元，因公出国（境）费0万元，公务接待费1.00万元。')],
      ['items on the budget side only (the actual is a total)', sangong('2025年“三公”经费预算数为3.00万元，其中因公出国（境）费0.00万元、公务用车购置及运行费2.00万元、公务接待费1.00万元。“三公”经费决算数为2.50万元。')],
      ['items separated by ；', sangong('2025年“三公”经费预算数为3.00万元，其中：因公出国（境）费预算数0万元；公务用车购置及运行费预算数2.00万元；公务接待费预算数1.00万元。“三公”经费决算数为2.50万元。')],
      ['no 三公 figure at all (sangong-budget/actual-missing report it)', sangong('')],
      // tenth field trial: the items on the lines after the total
      ['items on the lines after the total (具体情况： then one line each)', sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元。具体情况：\n（一）因公出国（境）费：未发生。\n（二）公务用车购置及运行费：1.80万元。\n（三）公务接待费：0.70万元。')],
      // eleventh field trial (上海 决算说明): 具体情况如下： then numbered lines, or the items numbered in the sentence
      ['具体情况如下： then 1. lines, each with its budget', sangong('2025年度本部门“三公”经费财政拨款支出决算2.50万元，年初预算3.00万元。具体情况如下：\n1.因公出国（境）费0万元，年初预算0万元。\n2.公务接待费0.70万元，比年初预算1.00万元减少0.30万元。\n3.公务用车购置及运行费1.80万元，比年初预算2.00万元减少0.20万元。')],
      // (trial 59: a comparison with last year between the total and its lines, its reason naming items: the lines are this year's)
      ['the lines after 与2022年的…相比，…，主要原因是…公务接待和公务用车…。其中：', sangong('2025年“三公”经费财政拨款预算3.00万元，实际支出2.50万元，完成预算的83.33%。与2024年的2.80万元相比，减少0.30万元，下降10.71%，主要原因是从严控制公务接待和公务用车使用。其中：\n1.因公出国（境）费用0万元。\n2.公务用车购置及运行维护费1.80万元。\n3.公务接待费0.70万元。')],
      ['其中：1.…；2.…；3.… in the sentence', sangong('2025年度本部门“三公”经费财政拨款支出决算2.50万元，年初预算3.00万元。其中：1.因公出国（境）费0万元；2.公务接待费0.70万元；3.公务用车购置及运行费1.80万元。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('the seed omits 因公出国（境）费 (DOMAIN §7): exactly that one', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([
        { ruleId: RULE, severity: 'warning', location: { section: '二', line: 27 }, data: { component: ABROAD }, message: '“三公”经费未载明因公出国（境）费（为 0 或未发生的也应写明）' },
      ]);
    });

    it('公务用车 missing on both sides', async () => {
      const text = sangong('2025年“三公”经费预算数为3.00万元，其中因公出国（境）费0万元，公务接待费1.00万元。“三公”经费决算数为2.50万元，其中公务接待费0.70万元。');
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '二', line: 13 }, data: { component: CAR } }]);
    });

    it('totals only: all three are missing, one finding each', async () => {
      const fs = await runRule(RULE, sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元。'));
      expect(fs.map((f) => [f.location.section, f.location.line, f.data['component']]).sort()).toEqual([
        ['二', 13, CAR], ['二', 13, ABROAD], ['二', 13, RECEPTION],
      ].sort());
    });

    it('item lines after the total that leave one out: that one', async () => {
      const text = sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元。具体情况：\n（一）因公出国（境）费：未发生。\n（二）公务用车购置及运行费：1.80万元。\n（三）其他说明：本局严格落实过紧日子要求。');
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '二', line: 13 }, data: { component: RECEPTION } }]);
    });

    it('其中：1.…；2.… in the sentence that leaves one out: that one', async () => {
      const text = sangong('2025年度本部门“三公”经费财政拨款支出决算2.50万元，年初预算3.00万元。其中：1.因公出国（境）费0万元；2.公务接待费0.70万元。');
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '二', line: 13 }, data: { component: CAR } }]);
    });

    it('naming the items without a figure does not report them', async () => {
      const text = sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元。因公出国（境）费、公务用车购置及运行费、公务接待费均未发生超支。');
      expect(await runRule(RULE, text)).toHaveLength(3);
    });
  });
});

describe('items said to be budgeted nothing together (A和B均未安排预算) (thirty-seventh field trial)', () => {
  it('each of them is stated, as nil on the budget side', async () => {
    const text = (nil: string) => sangong(`2025年“三公”经费预算28.60万元，其中：公务接待费6.50万元，公务用车运行维护费22.10万元${nil}。全年“三公”经费实际支出23.47万元，其中：公务接待费4.82万元，公务用车运行维护费18.65万元。`);
    expect(await runRule(RULE, text('，因公出国（境）费和公务用车购置费均未安排预算'))).toEqual([]);
    // held: without the sentence, 因公出国（境）费 is stated nowhere
    expect(await runRule(RULE, text(''))).toMatchObject([{ data: { component: ABROAD } }]);
  });
});
