/**
 * A sum whose parts may name only some of the total (an open list, a row's score under its full marks): falling
 * short of the total is by design, within the printing's tolerance too; no rounding difference is noted of it.
 */
import { describe, expect, it } from 'vitest';
import { sumCheck } from '../../src/checks/arithmetic.js';
import { parseMoney } from '../../src/extract/money.js';

const marks = (printed: string) => parseMoney(printed, '元', 0);
const check = (total: string, part: string, partialAllowed: boolean) =>
  sumCheck({ kind: 'score', key: 'k', subject: '绩效指标明确性', dimension: '得分', unit: '分', total: marks(total), totalPrinted: total, items: [{ money: marks(part), label: '得分' }], ...(partialAllowed ? { partialAllowed } : {}) });

describe('a sum that may name only some of its total', () => {
  it('is short of it, within the tolerance of printed integers too, as it may be: no rounding', () => {
    // (3 分 and 2 分 printed as integers touch as intervals, [2.5, 3.5) and [1.5, 2.5))
    expect(check('3', '2', true).status).toBe('partial');
    expect(check('3', '2', false).status).toBe('rounding');
  });
  it('above it is wrong still, and equal agrees', () => {
    expect(check('3', '5', true).status).toBe('mismatch');
    expect(check('3', '3', true).status).toBe('ok');
  });
});
