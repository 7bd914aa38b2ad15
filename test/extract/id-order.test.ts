/**
 * Rule ids ([a-z][a-z0-9-]*) and budget node ids ([a-z0-9.]) are sorted with compareIds (code
 * units) instead of localeCompare (which loads ICU's collator, ~7 ms of a run's start). That is only
 * right while the two orders agree on those alphabets: checked here against this Node's ICU.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/extract/text.js';

describe('code-unit order of ids', () => {
  for (const [what, pattern] of [
    ['rule ids', /^[a-z][a-z0-9-]{0,12}$/],
    ['budget node ids', /^[a-z0-9.]{1,14}$/],
  ] as const) {
    it(`is localeCompare's order for ${what}`, () => {
      fc.assert(
        fc.property(fc.stringMatching(pattern), fc.stringMatching(pattern), (a, b) => {
          expect(compareIds(a, b)).toBe(Math.sign(a.localeCompare(b)));
        }),
        { numRuns: 5000 },
      );
    });
  }

  it('would notice where the orders differ (ids with an underscore)', () => {
    expect(compareIds('_a', '9z')).not.toBe(Math.sign('_a'.localeCompare('9z')));
  });
});
