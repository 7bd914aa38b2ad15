import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt, parseMoney, percentConsistent, percentOf, toWanString, type MoneyUnit } from '../../src/extract/money.js';

describe('exact money', () => {
  it('reads printed figures as intervals in 万元 (DOMAIN §4)', () => {
    expect(parseMoney('323.15', '万元')).toEqual({ v: 32315000000n, h: 500000n });
    expect(parseMoney('20', '万元')).toEqual({ v: 2000000000n, h: 500000n }); // 20万元 is 20.00
    expect(fmt(parseMoney('12,345.60', '元').v)).toBe('1.23456');
    expect(fmt(parseMoney('34.8', '亿元').v)).toBe('348000.00');
  });

  it('checks a share by interval: 323.15 / 6671.32 is 4.84%, not 4.85%', () => {
    const a = parseMoney('323.15', '万元');
    const b = { v: parseMoney('6671.32', '万元').v, h: 2n * 500000n };
    expect(percentConsistent(a, b, '4.84')).toBe(true);
    expect(percentConsistent(a, b, '4.85')).toBe(false);
    expect(percentOf(a.v, b.v, 2)).toBe('4.84');
  });

  it('the string conversion to 万元 gives exactly what the bigint path gives', () => {
    const printed = fc
      .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.option(fc.stringMatching(/^\d{1,6}$/)))
      .map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));
    fc.assert(
      fc.property(printed, fc.constantFrom<MoneyUnit>('元', '万元', '亿元'), (p, unit) => {
        expect(toWanString(p, unit)).toBe(fmt(parseMoney(p, unit).v, 2));
      }),
      { numRuns: 2000 },
    );
  });
});
