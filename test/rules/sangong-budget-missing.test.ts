/**
 * sangong-budget-missing (error), DOMAIN §6: the report must state the 三公经费 预算数 (the total
 * or any of its items). Tables (项目 | 预算数 | 决算数) are covered by the .docx tests.
 */
import { describe, expect, it } from 'vitest';
import { runAll, runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

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
      // twenty-fifth field trial: a 部门决算说明's wording, the budget stated by the actual's change from it (a false error)
      ['the actual\'s change from the budget (较年初预算减少1.38万元)', sangong('2025年度“三公”经费支出8.62万元，较年初预算减少1.38万元，下降13.80%；较上年减少0.94万元，下降9.83%。')],
      // trial 60: the budget compared with, stated with its figure
      ['the budget compared with, with its figure (较年初预算数15.00万元减少2.64万元)', sangong('2025年度“三公”经费财政拨款支出12.36万元，较年初预算数15.00万元减少2.64万元，下降17.60%，完成年初预算的82.40%。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('not checked: a 三公 table whose figures could not be read', () => {
    // a 决算表 with its items as columns under 预算数 / 决算数 over several heading rows, copied out of a
    // PDF: its figures come out as one line, with nothing to tell budget from actual
    const table = ['三、财政拨款“三公”经费支出决算表', '单位：万元', '预算数                         决算数', '       因公出国   公务用车   公务接待  因公出国   公务用车   公务接待', '合计                          合计', '', '3.00 0.00   2.00   1.00   2.50 0.00   1.70   0.80'].join('\n');

    it('no finding, and the check is listed as not made, naming the table', async () => {
      const text = sangong(`2025年“三公”经费决算数为2.50万元。\n${table}`);
      expect(await runRule(RULE, text)).toEqual([]);
      const r = await runAll(text);
      expect(r.findings.filter((f) => f.ruleId.startsWith('sangong-') && f.ruleId.endsWith('-missing'))).toEqual([]);
      expect(r.skipped.filter((s) => s.ruleId === RULE).map((s) => s.reason)).toEqual([expect.stringContaining('“三公”经费表（三、财政拨款“三公”经费支出决算表）的数字未能读出')]);
    });

    it('a table read (its figures on rows with their names) is no excuse: the missing budget is still reported', async () => {
      const read = ['2025年度“三公”经费支出决算表', '项目 | 决算数', '因公出国（境）费 | 0.00', '公务用车购置及运行费 | 1.70', '公务接待费 | 0.80'].join('\n');
      expect(await runRule(RULE, sangong(`2025年“三公”经费决算数为2.50万元。\n${read}`))).toMatchObject([{ ruleId: RULE }]);
    });
  });

  describe('invalid', () => {
    it('only the 决算数 is stated: pointed at the 三公 sentence', async () => {
      expect(await runRule(RULE, sangong('2025年“三公”经费决算数为2.50万元。'))).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: '二', line: 13 }, message: '未载明“三公”经费预算数' },
      ]);
    });

    it('a change from last year states no budget (较上年减少0.94万元)', async () => {
      expect(await runRule(RULE, sangong('2025年度“三公”经费支出8.62万元，较上年减少0.94万元，下降9.83%。'))).toMatchObject([{ ruleId: RULE }]);
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
