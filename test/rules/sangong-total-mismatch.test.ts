/**
 * sangong-total-mismatch (error), DOMAIN §3: 三公 total = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费, budget and actual separately; 公务用车购置及运行费 = 购置费 + 运行维护费. With items
 * missing, only a sum above the total is wrong. Same interval tolerance as sum-mismatch.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'sangong-total-mismatch';
const SANGONG = SKELETON.split('\n')[12]!;
const sangong = (sentence: string) => variant(SKELETON, [SANGONG, sentence]);
const budget = (items: string) => sangong(`2025年“三公”经费预算数为3.00万元，其中${items}。“三公”经费决算数为2.50万元。`);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton: 0 + 2.00 + 1.00 = 3.00 and 0 + 1.80 + 0.70 = 2.50', SKELETON],
      ['the seed: 公务接待费 0.29 + 公务用车 0 of 0.29', SEED],
      ['0.01 off within 4 × 0.005 (rounding, not an error)', budget('因公出国（境）费0万元，公务用车购置及运行费2.00万元，公务接待费1.01万元')],
      ['an incomplete list below its total', sangong('2025年“三公”经费决算数为1.00万元，其中公务接待费0.80万元。')],
      ['公务用车 as 购置费 + 运行维护费', budget('因公出国（境）费0万元，公务用车购置费0.50万元，公务用车运行维护费1.50万元，公务接待费1.00万元')],
      ['公务用车 total with its parts after a second 其中', budget('因公出国（境）费0万元，公务用车购置及运行费2.00万元，其中公务用车购置费0.50万元，公务用车运行维护费1.50万元，公务接待费1.00万元')],
      ['公务用车 total with its parts in parentheses', budget('公务用车购置及运行费2.00万元（其中公务用车购置费0万元，公务用车运行维护费2.00万元），因公出国（境）费0万元，公务接待费1.00万元')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('budget items 0 + 2.50 + 1.00 = 3.50 against 3.00', async () => {
      expect(await runRule(RULE, budget('因公出国（境）费0万元，公务用车购置及运行费2.50万元，公务接待费1.00万元'))).toMatchObject([
        {
          ruleId: RULE, severity: 'error', location: { section: '二', line: 13 }, expected: '3.00 万元', actual: '3.50 万元',
          data: { total: '3.00', sum: '3.50', diff: '0.50', tolerance: '0.02' },
          message: '“三公”经费预算数各项之和 3.50 万元，与“三公”经费预算数 3.00 万元不符，差额 0.50 万元',
        },
      ]);
    });

    it('actual side: an incomplete list already above its total', async () => {
      expect(await runRule(RULE, sangong('2025年“三公”经费决算数为1.00万元，其中公务接待费1.20万元。'))).toMatchObject([
        { location: { section: '二', line: 13 }, data: { total: '1.00', sum: '1.20', diff: '0.20', tolerance: '0.01' }, message: expect.stringContaining('决算数各项之和 1.20 万元') },
      ]);
    });

    it('公务用车 parts 0.50 + 1.00 against its 2.00', async () => {
      expect(await runRule(RULE, budget('因公出国（境）费0万元，公务用车购置及运行费2.00万元，其中公务用车购置费0.50万元，公务用车运行维护费1.00万元，公务接待费1.00万元'))).toMatchObject([
        { location: { section: '二', line: 13 }, data: { total: '2.00', sum: '1.50', diff: '0.50' }, message: expect.stringContaining('购置费与运行维护费之和 1.50 万元') },
      ]);
    });

    it('the seed with 公务接待费预算数 0.39 against a 0.29 total', async () => {
      expect(await runRule(RULE, variant(SEED, ['公务接待费预算数0.29万元', '公务接待费预算数0.39万元']))).toMatchObject([
        { location: { section: '二', line: 27 }, data: { total: '0.29', sum: '0.39', diff: '0.10' } },
      ]);
    });
  });

  describe('a document printed in whole 万元 is precise to the 万元 (its prevailing precision, DOMAIN §4)', () => {
    const whole = (total: string) => `2023年“三公”经费财政拨款支出决算${total}万元，其中：因公出国（境）经费12万元，公务接待费1356万元，公务用车购置及运行费995万元。`;
    it('12 + 1356 + 995 = 2363 against 2364: a rounding difference, not an error', async () => {
      expect(await runRule(RULE, whole('2364'))).toEqual([]);
      expect(await runRule('rounding-difference', whole('2364'))).toMatchObject([{ data: { total: '2364.00', sum: '2363.00' } }]);
    });
    it('against 2370: beyond four half-万元, an error', async () => {
      expect(await runRule(RULE, whole('2370'))).toMatchObject([{ severity: 'error', data: { total: '2370.00', sum: '2363.00', tolerance: '2.00' } }]);
    });
  });

  describe('figures printed in 亿元 or 元 are quoted as printed, not converted to 万元', () => {
    it('a ministry 三公 budget in 亿元: 19.90 + 59.19 + 16.19 = 95.28 against 94.28', async () => {
      const text = sangong('2025年“三公”经费预算数为94.28亿元，其中因公出国（境）费19.90亿元，公务用车购置及运行费59.19亿元，公务接待费16.19亿元。');
      expect(await runRule(RULE, text)).toMatchObject([
        { expected: '94.28 亿元', actual: '95.28 亿元', data: { total: '94.28', sum: '95.28', diff: '1.00' }, message: '“三公”经费预算数各项之和 95.28 亿元，与“三公”经费预算数 94.28 亿元不符，差额 1.00 亿元' },
      ]);
    });
    it('in 元: 0 + 20,000 + 16,000 against 35,000', async () => {
      const text = sangong('2025年“三公”经费决算数为35,000元，其中因公出国（境）费0元，公务用车购置及运行费20,000元，公务接待费16,000元。');
      expect(await runRule(RULE, text)).toMatchObject([{ message: '“三公”经费决算数各项之和 36000.00 元，与“三公”经费决算数 35000.00 元不符，差额 1000.00 元' }]);
    });
    it('items in two units: the check stays in 万元', async () => {
      const text = sangong('2025年“三公”经费决算数为3.50万元，其中因公出国（境）费0元，公务用车购置及运行费20,000元，公务接待费1.60万元。');
      expect(await runRule(RULE, text)).toMatchObject([{ data: { total: '3.50', sum: '3.60' }, message: expect.stringContaining('3.60 万元') }]);
    });
  });

  describe('the car item given only by its 购置费 is not all of it; 费用没有 is a nil', () => {
    it('0 + 56 (购置 only) + 124 against 431: the list is partial, no error', async () => {
      expect(await runRule(RULE, '2020年“三公”经费支出决算431万元。其中，因公出国（境）费0万元；公务用车及运行维护费支出251万元；公务用车购置支出56万元；公务接待支出124万元。')).toEqual([]);
    });
    it('因公出国（境）费用没有 + 251 + 124 against 431: complete, and 56 short', async () => {
      expect(await runRule(RULE, '2020年“三公”经费支出决算431万元。其中，因公出国（境）费用没有；公务用车购置及运行维护费支出251万元；公务接待支出124万元。')).toMatchObject([{ severity: 'error', data: { total: '431.00', sum: '375.00' } }]);
    });
  });
});


describe('one wrong 三公 item that fails its total and its rate of the budget is one problem (forty-first field trial)', () => {
  it('one finding names the item, the rate listed under it', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = (car: string) => `示例区枫香湾街道办事处2024年度部门整体支出绩效自评报告\n一、部门基本情况\n（五）“三公”经费情况\n2024年“三公”经费预算12.60万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费9.80万元（其中公务用车购置费0万元、公务用车运行维护费9.80万元），公务接待费2.80万元。\n全年“三公”经费实际支出10.37万元，其中因公出国（境）费0万元，公务用车运行维护费${car}万元，公务接待费1.91万元。\n分项看，公务用车运行维护费完成预算的86.33%，公务接待费完成预算的68.21%。\n`;
    const errors = async (car: string) => (await (await createNodeAuditor({})).check({ name: 's.txt', text: text(car) })).findings.filter((f) => f.severity === 'error' && !f.ruleId.endsWith('-missing'));
    expect(await errors('8.46')).toEqual([]);
    const found = await errors('8.64');
    expect(found.map((f) => f.ruleId)).toEqual(['sangong-total-mismatch']);
    expect(found[0]!.message).toContain('最可能有误的是“8.64万元”');
  });
});
