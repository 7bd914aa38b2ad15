/**
 * sangong-budget-missing (error), DOMAIN §6: the report must state the 三公经费 预算数 (the total
 * or any of its items). Tables (项目 | 预算数 | 决算数) are covered by the .docx tests.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'sangong-budget-missing';
/** The skeleton with its 三公 sentence (line 13) replaced. */
const SANGONG = SKELETON.split('\n')[12]!;
const sangong = (sentence: string) => variant(SKELETON, [SANGONG, sentence]);

describe(RULE, () => {
  describe('valid: a budget figure is stated', () => {
    it.each([
      ['the skeleton (total and items, both sides)', SKELETON],
      ['the seed (预算数为0.29万元)', SEED],
      ['total only', sangong('2025年“三公”经费预算数为3.00万元，决算数为2.50万元。')],
      ['without quotation marks', sangong('2025年三公经费预算数为3.00万元，决算数为2.50万元。')],
      ['in 元', sangong('2025年“三公”经费预算数为30,000.00元，决算数为25,000.00元。')],
      ['an item\'s budget only (公务接待费预算数)', sangong('2025年公务接待费预算数1.00万元，决算数0.70万元。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('only the 决算数 is stated: pointed at the 三公 sentence', async () => {
      expect(await runRule(RULE, sangong('2025年“三公”经费决算数为2.50万元。'))).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: '二', line: 13 }, message: '未载明“三公”经费预算数' },
      ]);
    });

    it('no 三公 figure at all: one finding, with no figure to point at', async () => {
      const fs = await runRule(RULE, sangong(''));
      expect(fs).toMatchObject([{ ruleId: RULE, message: '未载明“三公”经费预算数' }]);
      // Nothing was found, so there is no line; the finding belongs to 二, where the outline asks for 三公.
      expect(fs[0]!.location.line).toBeUndefined();
      expect(fs[0]!.location.section).toBe('二');
    });

    it('a budget figure of another kind (基本支出预算) is not the 三公 budget', async () => {
      expect(await runRule(RULE, sangong('2025年基本支出预算数为300.00万元。'))).toHaveLength(1);
    });
  });
});
