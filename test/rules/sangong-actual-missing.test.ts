/**
 * sangong-actual-missing (error), DOMAIN §6: the report must state the 三公经费 决算数 (the total
 * or any of its items; 实际支出 and 执行数 say the same). Tables are covered by the .docx tests.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'sangong-actual-missing';
const SANGONG = SKELETON.split('\n')[12]!;
const sangong = (sentence: string) => variant(SKELETON, [SANGONG, sentence]);

describe(RULE, () => {
  describe('valid: an actual figure is stated', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['the seed (“三公”经费决算数为0.29万元, in its own sentence)', SEED],
      ['total only', sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元。')],
      ['实际支出', sangong('2025年“三公”经费预算数为3.00万元，实际支出2.50万元。')],
      // trial 61: the budget and its items in one sentence, the spending in the next, measured by the budget
      ['…支出X万元，完成预算的p% after a sentence of the budget', sangong('2025年度“三公”经费预算15.00万元，其中：因公出国（境）费预算0万元，公务用车购置及运行维护费预算12.50万元，公务接待费预算2.50万元。全年“三公”经费支出12.46万元，完成预算的83.07%。')],
      ['items of the actual only (公务接待费决算0.70万元 …), no total', sangong('2025年“三公”经费预算数3.00万元，其中：公务接待费决算0.70万元，公务用车运行维护费决算1.80万元，未发生因公出国（境）费。')],
      ['in 元', sangong('2025年“三公”经费预算数为30,000.00元，决算数为25,000.00元。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('only the 预算数 is stated: pointed at the 三公 sentence', async () => {
      expect(await runRule(RULE, sangong('2025年“三公”经费预算数为3.00万元，其中因公出国（境）费0万元，公务用车购置及运行费2.00万元，公务接待费1.00万元。'))).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: '二', line: 13 }, message: '未载明“三公”经费决算数' },
      ]);
    });

    it('no 三公 figure at all: one finding, with no line', async () => {
      const fs = await runRule(RULE, sangong(''));
      expect(fs).toMatchObject([{ ruleId: RULE, message: '未载明“三公”经费决算数' }]);
      expect(fs[0]!.location.line).toBeUndefined();
      expect(fs[0]!.location.section).toBe('二');
    });

    it('the seed without its 决算数 sentence', async () => {
      expect(await runRule(RULE, variant(SEED, ['“三公”经费决算数为0.29万元。', '']))).toMatchObject([{ location: { section: '二', line: 27 } }]);
    });
  });
});

describe('sangong-actual-missing: the year of the 三公 sentences', () => {
  it('sentences that all name another year than the cover are still read (a cover year one off must not empty both sides)', async () => {
    expect(await runRule(RULE, sangong('2024年“三公”经费预算数为3.00万元，决算数为2.50万元。'))).toEqual([]);
  });

  it('beside a sentence of the report year, last year\'s actual is none of this year\'s', async () => {
    expect(await runRule(RULE, sangong('2025年“三公”经费预算数为3.00万元。2024年“三公”经费决算数为2.50万元。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('sangong-actual-missing: what was spent measured by the budget in the next clause (全年支出X，完成预算的p%) (thirty-sixth field trial)', () => {
  it('is the actual, in the sentence after the budget\'s', async () => {
    expect(await runRule(RULE, sangong('2025年“三公”经费财政拨款全年预算数31.60万元，其中：因公出国（境）费0.00万元，公务用车运行维护费24.80万元，公务接待费6.80万元。全年支出26.74万元，完成预算的84.62%，比上年减少2.19万元。'))).toEqual([]);
    // held: with no spending stated, none is read
    expect(await runRule(RULE, sangong('2025年“三公”经费财政拨款全年预算数31.60万元，其中：因公出国（境）费0.00万元，公务用车运行维护费24.80万元，公务接待费6.80万元。全年严控支出。'))).toMatchObject([{ ruleId: RULE }]);
  });
});
