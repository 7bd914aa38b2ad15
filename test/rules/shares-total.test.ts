/**
 * shares-total (warning), DOMAIN §3: the shares of parallel parts (基本支出 and 项目支出, the
 * 专项资金 of one 项目支出) in one base add up to their parent's share, or 100% when the parent is
 * the base. Checked only when the parts are complete (their amounts make up the parent); a sum
 * within the rounding of the printed percentages is fine.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'shares-total';
const parts = (basic: string, project: string) =>
  withSection('二', `2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的${basic}%。\n2025年项目支出200.00万元，占一般公共预算总支出的${project}%。`);
const specials = (a: [string, string], b: [string, string], c?: [string, string]) =>
  withSection('二', [
    '2025年一般公共预算支出中基本支出300.00万元。',
    '2025年项目支出300.00万元。',
    `专项资金一为甲资金。一般公共预算支出${a[0]}万元，占项目支出的${a[1]}%。`,
    `专项资金二为乙资金。一般公共预算支出${b[0]}万元，占项目支出的${b[1]}%。`,
    ...(c ? [`专项资金三为丙资金。一般公共预算支出${c[0]}万元，占项目支出的${c[1]}%。`] : []),
  ].join('\n'));

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton: 60.00% + 40.00% = 100%', SKELETON],
      ['the seed: 4.84 + 95.16 = 100; 专项 49.06 + 46.09 = 95.15 ≈ 95.16 (tolerance 0.015)', SEED],
      ['60.00% + 40.01%: on the edge of the tolerance (0.01)', parts('60.00', '40.01')],
      ['60.0% + 40.1%: one-decimal shares tolerate 0.1', parts('60.0', '40.1')],
      ['three 专项 at 33.33%: 99.99 ≈ 100', specials(['100.00', '33.33'], ['100.00', '33.33'], ['100.00', '33.33'])],
      ['专项 100 + 100 of a 项目支出 300 (an incomplete list): 66.66% is not checked', specials(['100.00', '33.33'], ['100.00', '33.33'])],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('基本 62.00% + 项目 40.00% of 一般公共预算总支出 = 102.00%, expected 100%', async () => {
      expect(await runRule(RULE, parts('62.00', '40.00'))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '二', line: 11 }, expected: '100%', actual: '102.00%',
          data: { parts: '基本支出 62.00% + 项目支出 40.00%', sum: '102.00', expected: '100', diff: '2.00', tolerance: '0.01' },
          message: expect.stringContaining('比例之和为 102.00%'),
        },
      ]);
    });

    it('60.00% + 40.02%: just outside the tolerance', async () => {
      expect(await runRule(RULE, parts('60.00', '40.02'))).toMatchObject([{ location: { section: '二' }, data: { sum: '100.02', diff: '0.02', tolerance: '0.01' } }]);
    });

    it('complete 专项 (100 + 200 = 项目支出 300) at 33.33% + 33.33%', async () => {
      expect(await runRule(RULE, specials(['100.00', '33.33'], ['200.00', '33.33']))).toMatchObject([
        { location: { section: '二', line: 13 }, data: { sum: '66.66', expected: '100', diff: '33.34' }, message: expect.stringContaining('项目支出各组成部分占项目支出的比例之和为 66.66%') },
      ]);
    });

    it('seed 专项 shares of 一般公共预算总支出 must add up to 项目支出\'s own 95.16%', async () => {
      expect(await runRule(RULE, variant(SEED, ['占一般公共预算总支出的46.09%', '占一般公共预算总支出的47.09%']))).toMatchObject([
        { location: { section: '二', line: 30 }, expected: '95.16%', actual: '96.15%', data: { sum: '96.15', expected: '95.16', diff: '0.99', tolerance: '0.015' } },
      ]);
    });

    it('seed 基金 专项 (均为项目支出) must add up to 100% of 政府性基金预算总支出', async () => {
      expect(await runRule(RULE, variant(SEED, ['占政府性基金预算总支出的29.56%', '占政府性基金预算总支出的30.56%']))).toMatchObject([
        { location: { section: '三', line: 34 }, data: { sum: '101.00', expected: '100', diff: '1.00' } },
      ]);
    });
  });
});
