/**
 * rounding-difference (info), DOMAIN §4: a breakdown that differs from its total by a non-zero
 * amount within the rounding tolerance ((n+1) × 0.005 万元 for n items) is a note, never an error.
 * Exact sums and differences beyond the tolerance (sum-mismatch) are not this rule's.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'rounding-difference';
const two = (body: string) => withSection('二', body);

describe(RULE, () => {
  describe('valid: exact, or beyond the tolerance (an error, not a rounding note)', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['exact 其中 list', two('基本支出100.00万元，其中：工资福利支出60.00万元、商品和服务支出40.00万元。')],
      ['"20万元" + 100.00 = 120.00 exactly', two('基本支出120.00万元，其中：工资福利支出100.00万元、商品和服务支出20万元。')],
      ['元 items summing exactly to a 万元 total', two('基本支出2.469万元，其中：工资福利支出12,345.00元、商品和服务支出12,345.00元。')],
      ['2 items 0.02 off: beyond 0.015, so sum-mismatch', two('基本支出100.00万元，其中：工资福利支出60.00万元、商品和服务支出39.98万元。')],
      ['DOMAIN §3 worked example: 基本支出 323.15 exact both ways', two(SEED.split('\n')[25]!)],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid: a non-zero difference within the tolerance', () => {
    it('2 items 0.01 off (tolerance 0.015): one info with operands', async () => {
      const text = two('基本支出100.00万元。按经济科目分类：工资福利支出60.00万元、商品和服务支出39.99万元。');
      expect(await runRule(RULE, text)).toMatchObject([
        {
          ruleId: RULE, severity: 'info', location: { section: '二', line: 11 },
          expected: '100.00 万元', actual: '99.99 万元',
          data: { total: '100.00', sum: '99.99', diff: '0.01', tolerance: '0.015' },
          message: expect.stringContaining('相差 0.01 万元，在舍入容差 0.015 万元以内'),
        },
      ]);
    });

    it('3 items 0.02 off: exactly on the tolerance (4 × 0.005) is still rounding', async () => {
      const text = two('基本支出100.00万元，其中：工资福利支出30.00万元、商品和服务支出30.00万元、对个人和家庭的补助39.98万元。');
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '二' }, data: { sum: '99.98', diff: '0.02', tolerance: '0.02' } }]);
    });

    it('a stated 一般公共预算支出 0.01 above 基本 + 项目', async () => {
      const text = two('2025年一般公共预算支出500.01万元。\n（一）基本支出情况\n2025年基本支出300.00万元。\n（二）项目支出情况\n2025年项目支出200.00万元。');
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '二', line: 11 }, data: { total: '500.01', sum: '500.00', diff: '0.01', tolerance: '0.015' } }]);
    });

    it('the seed: exactly the two 0.01 differences of DOMAIN §7 (项目支出 and 专项资金一, by economic class)', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([
        {
          location: { section: '二', line: 29 },
          data: { total: '6348.17', sum: '6348.16', diff: '0.01', tolerance: '0.025', items: '商品和服务支出 599.93 + 债务利息及费用支出 3879.79 + 资本性支出 1848.44 + 对企业补助 20.00' },
          message: expect.stringContaining('项目支出按经济科目分类明细合计 6348.16 万元'),
        },
        { location: { section: '二', line: 30 }, data: { total: '3273.16', sum: '3273.15', diff: '0.01', tolerance: '0.02' }, message: expect.stringContaining('专项资金一') },
      ]);
    });

    it('correcting the seed\'s 对企业补助 to 20.01 leaves only the 专项资金一 note', async () => {
      const text = variant(SEED, ['资本性支出1848.44万元、对企业补助20万元', '资本性支出1848.44万元、对企业补助20.01万元']);
      expect(await runRule(RULE, text)).toMatchObject([{ location: { line: 30 }, data: { total: '3273.16' } }]);
    });
  });
});
