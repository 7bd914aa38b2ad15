import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, memoised, reportMemo, startReport } from '../../src/extract/report-memo.js';

describe('report memo tables', () => {
  it('work a value out once per key, until the next report starts', () => {
    const table = reportMemo<{ n: number }, number>();
    let calls = 0;
    const square = (k: { n: number }): number => (calls++, k.n * k.n);
    const a = { n: 3 };
    expect(memoised(table, a, square)).toBe(9);
    expect(memoised(table, a, square)).toBe(9);
    expect(memoised(table, { n: 3 }, square)).toBe(9); // another object is another key
    expect(calls).toBe(2);
    startReport();
    expect(table.map.size).toBe(0);
    expect(memoised(table, a, square)).toBe(9);
    expect(calls).toBe(3);
  });

  it('stay bounded when nobody starts a report', () => {
    const table = reportMemo<object, number>();
    for (let i = 0; i < MAX_ENTRIES + 10; i++) memoised(table, {}, () => i);
    expect(table.map.size).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(table.map.size).toBe(10);
  });
});
