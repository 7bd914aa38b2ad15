/**
 * Complete reports of the ninth to fourteenth field trials (test/fixtures/complete/README.md): the correct
 * ones raise no error or warning (they raised 26, 22, 20, 11 and 14 false ones before the fixes), and each report with one
 * figure changed is reported by the rule its defect breaks, about the changed figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeAuditor } from '../src/lib/node.js';

const DIR = 'test/fixtures/complete';
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const correct = files.filter((f) => !/-d\d+\.txt$/.test(f));

/** The defect planted in each changed report: the rule that must report it and a figure its message names. */
const PLANTED: Record<string, { ruleId: string; figure: string }> = {
  d01: { ruleId: 'share-mismatch', figure: '1402.15' },
  d02: { ruleId: 'share-mismatch', figure: '93.77' },
  d03: { ruleId: 'staffing-exceeds-quota', figure: '48' },
  d04: { ruleId: 'sangong-over-budget', figure: '42.18' },
  d05: { ruleId: 'goal-shortfall-unexplained', figure: '36' },
  d06: { ruleId: 'self-score-missing', figure: '' },
  d07: { ruleId: 'count-mismatch', figure: '5' },
  d08: { ruleId: 'sangong-total-mismatch', figure: '10.16' },
  d09: { ruleId: 'grade-score-mismatch', figure: '88.6' },
  d10: { ruleId: 'share-mismatch', figure: '98.73' },
  // tenth field trial
  d11: { ruleId: 'sangong-total-mismatch', figure: '9.84' },
  d12: { ruleId: 'goal-shortfall-unexplained', figure: '70.15' },
  d13: { ruleId: 'sum-mismatch', figure: '16654.00' },
  d14: { ruleId: 'share-mismatch', figure: '76.67' },
  d15: { ruleId: 'share-mismatch', figure: '95.62' },
  d16: { ruleId: 'staffing-exceeds-quota', figure: '134' },
  // eleventh field trial
  d17: { ruleId: 'share-mismatch', figure: '2643709.27' },
  d18: { ruleId: 'sum-mismatch', figure: '2316.52' },
  d19: { ruleId: 'share-mismatch', figure: '87.59' },
  d20: { ruleId: 'share-mismatch', figure: '88.17' },
  d21: { ruleId: 'goal-shortfall-unexplained', figure: '412' },
  d22: { ruleId: 'share-mismatch', figure: '172.55' },
  // twelfth field trial
  d23: { ruleId: 'share-mismatch', figure: '12.47' },
  d24: { ruleId: 'goal-shortfall-unexplained', figure: '86.00' },
  d25: { ruleId: 'share-mismatch', figure: '82.25' },
  d26: { ruleId: 'sangong-total-mismatch', figure: '3.68' },
  d27: { ruleId: 'share-mismatch', figure: '92.32' },
  d28: { ruleId: 'sum-mismatch', figure: '482.00' },
  // thirteenth field trial
  d29: { ruleId: 'share-mismatch', figure: '97.41' },
  d30: { ruleId: 'share-mismatch', figure: '46.66' },
  d31: { ruleId: 'goal-shortfall-unexplained', figure: '84.2' },
  d32: { ruleId: 'share-mismatch', figure: '421.68' },
  d33: { ruleId: 'share-mismatch', figure: '96.25' },
  d34: { ruleId: 'share-mismatch', figure: '83.60' },
  d35: { ruleId: 'share-mismatch', figure: '8.40' },
  d36: { ruleId: 'share-mismatch', figure: '93.47' },
  d37: { ruleId: 'share-mismatch', figure: '651200.00' },
  d38: { ruleId: 'share-mismatch', figure: '88.72' },
  d39: { ruleId: 'share-mismatch', figure: '1.64' },
  d40: { ruleId: 'share-mismatch', figure: '92.50' },
  d41: { ruleId: 'goal-without-result', figure: '1,500' },
  d42: { ruleId: 'sangong-total-mismatch', figure: '6.68' },
};

/** As the CLI reads a file: the outline chosen from the document. */
async function findingsOf(file: string) {
  const auditor = await createNodeAuditor({});
  return (await auditor.check({ name: file, text: readFileSync(join(DIR, file), 'utf8') })).findings.filter((f) => f.severity !== 'info');
}

describe('complete reports of the ninth to fourteenth field trials', () => {
  it('forty-four correct reports and forty-two with a planted defect are here', () => {
    expect(correct).toHaveLength(44);
    expect(files.length - correct.length).toBe(Object.keys(PLANTED).length);
  });

  it.each(correct)('%s: no error or warning', async (file) => {
    expect((await findingsOf(file)).map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it.each(Object.entries(PLANTED))('%s is reported by its rule, about the changed figure', async (d, want) => {
    const file = files.find((f) => f.endsWith(`-${d}.txt`))!;
    const found = await findingsOf(file);
    expect(found.map((f) => f.ruleId)).toEqual([want.ruleId]);
    expect(found[0]!.message).toContain(want.figure);
  });
});
