import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf, squash, squashedFits } from '../../src/extract/text.js';

describe('matchesOf', () => {
  it('finds exactly what matchAll finds, and leaves lastIndex at 0', () => {
    const patterns = [/(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|亿元|元)/g, /(20\d{2})年/g, /x*/g, /[，。]/g];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.stringMatching(/^[0-9,.万元亿年x，。 ]{0,40}$/), (re, s) => {
        const expected = [...s.matchAll(re)].map((m) => [m.index, ...m]);
        expect(matchesOf(re, s).map((m) => [m.index, ...m])).toEqual(expected);
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a regex without the g flag (an exec loop on it would never end)', () => {
    expect(() => matchesOf(/\d/, '12')).toThrow(/global/);
  });
});

describe('squashedFits', () => {
  it('says whether squash(s) is at most n characters, as squash(s).length <= n does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[一二三基本情况 \t“”"'‘’《》〈〉：:，,。.、；;（）()\u3000\u2003a1]{0,60}$/), fc.integer({ min: 0, max: 50 }), (s, n) => {
        expect(squashedFits(s, n)).toBe(squash(s).length <= n);
      }),
      { numRuns: 3000 },
    );
  });
});
