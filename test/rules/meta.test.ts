/**
 * Meta test over every rule file: schema (loading validates it), id = file name, category =
 * folder, examples present and run (valid: no finding; invalid: the stated count), messages fully
 * rendered, default severities as DOMAIN §6 states them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseText, ROOT, RULES, runRule } from '../helpers/rule-tester.js';

// DOMAIN.md §6 (and profile-mismatch from the check issue): ids and default severities are a contract.
const CONTRACT: Record<string, string> = {
  'section-missing': 'error', 'section-empty': 'error', 'section-order': 'warning', 'heading-numbering': 'warning',
  'template-text-left': 'warning', 'placeholder-left': 'error', 'cover-field-blank': 'warning', 'sum-mismatch': 'error',
  'rounding-difference': 'info', 'share-mismatch': 'error', 'shares-total': 'warning', 'sangong-budget-missing': 'error',
  'sangong-actual-missing': 'error', 'sangong-component-missing': 'warning', 'sangong-total-mismatch': 'error',
  'sangong-over-budget': 'warning', 'staffing-exceeds-quota': 'warning', 'count-mismatch': 'warning',
  'year-mismatch': 'warning', 'self-score-missing': 'warning', 'grade-score-mismatch': 'error',
  'goal-without-result': 'warning', 'goal-shortfall-unexplained': 'warning', 'same-figure-conflict': 'error',
  'profile-mismatch': 'info', 'goal-far-exceeded': 'info', // profile-mismatch: info since issue 9 (a document of an unknown outline is told, not warned)
};

describe('rule files', () => {
  it('every file under rules/ is loaded, id = file name, category = folder', () => {
    const files = readdirSync(join(ROOT, 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.map((f) => f.split(/[\\/]/).pop()!.replace('.yaml', '')).sort());
    for (const r of RULES) expect(r.file.replace(/\\/g, '/')).toBe(`rules/${r.category}/${r.id}.yaml`);
  });

  it('ids and default severities follow the catalogue', () => {
    for (const [id, sev] of Object.entries(CONTRACT)) expect(RULES.find((r) => r.id === id)?.severity, id).toBe(sev);
  });

  for (const r of RULES) {
    describe(r.id, () => {
      it('has Chinese and English texts and at least one valid and one invalid example', () => {
        expect(r.message.zh).not.toBe('');
        expect(r.message.en).not.toBe(r.message.zh);
        expect(r.examples.valid.length).toBeGreaterThan(0);
        expect(r.examples.invalid.length).toBeGreaterThan(0);
      });
      r.examples.valid.forEach((ex, i) => {
        it(`valid example ${i + 1} produces no finding`, async () => {
          expect(await runRule(r.id, caseText(ex, r.examples.section ?? '二'))).toEqual([]);
        });
      });
      r.examples.invalid.forEach((ex, i) => {
        it(`invalid example ${i + 1} produces ${ex.count ?? 1} finding(s), fully rendered`, async () => {
          const fs = await runRule(r.id, caseText(ex, r.examples.section ?? '二'));
          expect(fs.map((f) => f.ruleId)).toEqual(Array(ex.count ?? 1).fill(r.id));
          for (const f of fs) {
            expect(f.message).not.toMatch(/\{\{|\}\}/);
            expect(f.help ?? '').not.toMatch(/\{\{|\}\}/);
            expect(f.severity).toBe(r.severity);
          }
        });
      });
    });
  }
});
