import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv64 } from '../../src/findings/make.js';

/** The textbook 64-bit FNV-1a, in BigInt: the fast limb version must agree with it. */
function reference(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fingerprint hash', () => {
  it('is 64-bit FNV-1a', () => {
    expect(fnv64('')).toBe('cbf29ce484222325');
    expect(fnv64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv64('sum-mismatch|二|amount:gpb.basic:按经济科目分类')).toBe(reference('sum-mismatch|二|amount:gpb.basic:按经济科目分类'));
  });

  it('agrees with the BigInt reference on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        expect(fnv64(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
