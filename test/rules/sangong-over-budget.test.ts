/**
 * sangong-over-budget (warning), DOMAIN §6: a 三公 决算数 above its 预算数 needs a stated reason
 * (原因, 主要是, 由于 …). Compared on the printed totals.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'sangong-over-budget';
const SANGONG = SKELETON.split('\n')[12]!;
const sangong = (sentence: string) => variant(SKELETON, [SANGONG, sentence]);
const totals = (b: string, a: string, rest = '') => sangong(`2025年“三公”经费预算数为${b}，决算数为${a}${rest}。`);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton: 2.50 under 3.00', SKELETON],
      ['the seed: 0.29 = 0.29', SEED],
      ['equal', totals('3.00万元', '3.00万元')],
      ['in 元, under budget', totals('30,000.00元', '25,000.00元')],
      ['over, with the reason in the same sentence', totals('3.00万元', '3.50万元', '，超支的原因是接待任务增加')],
      ['over, with the reason in the next sentence naming the item', totals('3.00万元', '3.50万元', '。主要是公务用车维修费用增加')],
      ['over, with the reason in the next sentence (超支的原因是…)', totals('3.00万元', '3.50万元', '。超支的原因是上级检查接待任务增加')],
      ['only a budget', sangong('2025年“三公”经费预算数为3.00万元。')],
      // tenth field trial: the reason in a paragraph of its own right after the 三公 figures
      ['over, with the reason in the next paragraph (超支原因：…)', totals('3.00万元', '3.50万元', '。\n超支原因：汛期抢险任务加重，应急车辆燃料费用增加，已报财政部门备案')],
      // eighth field trial: the side is the figure's own clause's (after a colon), and another year's figures are no side's
      ['next year\'s budget after "公布…决算和…预算情况：" is no budget of the report year (was: 决算 10.00 over 预算 9.00)', sangong('本局公布2025年“三公”经费决算和2026年预算情况：2026年“三公”经费财政拨款预算10.00万元。2025年“三公”经费预算数为9.00万元，决算数为8.00万元。')],
      ['last year\'s actual (2024年…合计支出) is no actual of 2025', sangong('2024年度“三公”经费合计支出4.00万元，其中公务接待费4.00万元。2025年“三公”经费预算数为3.00万元，决算数为2.50万元。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a reason under the next heading is no reason for the overrun', async () => {
      const text = totals('3.00万元', '3.50万元', '。\n（三）机关运行经费\n机关运行经费比上年增加，主要是办公用房维修');
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '二', line: 13 }, data: { budget: '3.00', actual: '3.50' } }]);
    });

    it('3.50 over 3.00 with no reason', async () => {
      expect(await runRule(RULE, totals('3.00万元', '3.50万元'))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '二', line: 13 }, expected: '≤ 3.00 万元', actual: '3.50 万元',
          data: { budget: '3.00', actual: '3.50', diff: '0.50' },
          message: '“三公”经费决算数 3.50 万元超过预算数 3.00 万元（超出 0.50 万元），且未说明原因',
        },
      ]);
    });

    it('in 元: 35,000.00元 over 30,000.00元, quoted in 元 as printed', async () => {
      expect(await runRule(RULE, totals('30,000.00元', '35,000.00元'))).toMatchObject([
        {
          data: { budget: '30000.00', actual: '35000.00', diff: '5000.00' }, expected: '≤ 30000.00 元', actual: '35000.00 元',
          message: '“三公”经费决算数 35000.00 元超过预算数 30000.00 元（超出 5000.00 元），且未说明原因',
        },
      ]);
    });

    it('in 亿元 (a ministry statement): quoted in 亿元', async () => {
      expect(await runRule(RULE, totals('1.20亿元', '1.35亿元'))).toMatchObject([{ message: '“三公”经费决算数 1.35 亿元超过预算数 1.20 亿元（超出 0.15 亿元），且未说明原因' }]);
    });

    it('totals printed in two units are compared and quoted in 万元', async () => {
      expect(await runRule(RULE, totals('30,000.00元', '3.50万元'))).toMatchObject([{ data: { budget: '3.00', actual: '3.50', diff: '0.50' }, message: expect.stringContaining('3.50 万元超过预算数 3.00 万元') }]);
    });

    it('one 分 over (3.01 > 3.00) is compared as printed and reported', async () => {
      expect(await runRule(RULE, totals('3.00万元', '3.01万元'))).toMatchObject([{ data: { budget: '3.00', actual: '3.01', diff: '0.01' } }]);
    });

    it('the seed with 决算数 0.39 over 0.29', async () => {
      expect(await runRule(RULE, variant(SEED, ['“三公”经费决算数为0.29万元', '“三公”经费决算数为0.39万元']))).toMatchObject([
        { location: { section: '二', line: 27 }, data: { budget: '0.29', actual: '0.39', diff: '0.10' } },
      ]);
    });
  });
});
