import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyOf } from '../../src/extract/facts-money.js';
import type { AmountFact } from '../../src/extract/model.js';
import { fmt, parseMoney, percentConsistent, percentOf, toWanString, UNIT_SHIFT, type MoneyUnit } from '../../src/extract/money.js';

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

  it('formats like plain bigint division: integer part, then the fraction without zeros beyond `decimals`', () => {
    // the reference: what fmt computes, written the obvious way (division and remainder)
    const reference = (v: bigint, decimals: number): string => {
      const a = v < 0n ? -v : v;
      let frac = (a % 10n ** 8n).toString().padStart(8, '0').replace(/0+$/, '');
      if (frac.length < decimals) frac = frac.padEnd(decimals, '0');
      return (v < 0n ? '-' : '') + (a / 10n ** 8n).toString() + (frac ? '.' + frac : '');
    };
    expect(fmt(0n)).toBe('0.00');
    expect(fmt(-150000000n, 0)).toBe('-1.5');
    expect(fmt(100000000n, 0)).toBe('1');
    expect(fmt(1n, 2)).toBe('0.00000001');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 10 }), (v, d) => {
        expect(fmt(v, d)).toBe(reference(v, d));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads an amount fact to the same interval as the plain split-and-pad reading', () => {
    const reference = (a: AmountFact, wan: number): { v: bigint; h: bigint } => {
      const [i = '0', f = ''] = a.value.replace(/^-/, '').split('.');
      const v = BigInt(i + f.slice(0, 8).padEnd(8, '0')) * (a.value.startsWith('-') ? -1n : 1n);
      const decimals = Math.max(a.decimals, a.unit === '万元' ? wan : 0);
      const exp = 8 + UNIT_SHIFT[a.unit] - decimals - 1;
      return { v, h: exp >= 0 ? 5n * 10n ** BigInt(exp) : 0n };
    };
    const fact = fc.record({
      value: fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 10 ** 9 }), fc.stringMatching(/^\d{0,10}$/)).map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f ? '.' + f : ''}`),
      decimals: fc.integer({ min: 0, max: 6 }),
      unit: fc.constantFrom<MoneyUnit>('元', '万元', '亿元'),
    });
    fc.assert(
      fc.property(fact, fc.integer({ min: 0, max: 4 }), (f, wan) => {
        const a = { label: 'x', printed: f.value, src: { line: 1, column: 1, excerpt: '' }, ...f } as AmountFact;
        expect(moneyOf(a, wan)).toEqual(reference(a, wan));
      }),
      { numRuns: 3000 },
    );
  });
});
