/** Checked relations counted by status: the terminal's 核对 line and a batch's bounded results. */
import type { CheckRecord } from './types.js';

export type CheckTally = Record<CheckRecord['status'], number>;

export function tallyChecks(records: readonly { status: CheckRecord['status'] }[]): CheckTally {
  const t: CheckTally = { pass: 0, rounding: 0, fail: 0, skipped: 0 };
  for (const r of records) t[r.status]++;
  return t;
}
