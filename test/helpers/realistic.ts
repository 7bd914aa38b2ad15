/**
 * The checks every realistic correct report must pass (test/realistic*.test.ts): a complete report,
 * no error, exactly the expected warnings, nothing skipped, and every section where it belongs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { computeChecks } from '../../src/checks/index.js';
import type { CheckFacts, CheckItem } from '../../src/checks/types.js';
import { extract } from '../../src/extract/index.js';
import type { ReportModel } from '../../src/extract/model.js';
import { linesToDoc } from '../../src/read/txt.js';
import { auditFiles } from './audit.js';
import { PROFILE } from './rule-tester.js';

export interface CommonSpec {
  file: string;
  sections: string[];
  nil: string[];
  warnings?: [string, string][];
}

export function loadReport(dir: string, file: string): { text: string; model: ReportModel; facts: CheckFacts } {
  const text = readFileSync(join(dir, file), 'utf8');
  const model = extract(linesToDoc(text, file), PROFILE);
  return { text, model, facts: computeChecks(model, PROFILE) };
}

export const str = (x: unknown): string => String(x ?? '');
export const bdName = (b: CheckItem): string => `${str(b.subject)} ${str(b.dimension)} ${str(b.side)} → ${str(b.status)}`;
export const shName = (s: CheckItem): string => `${str(s.subject)} 占${str(s.baseName)} ${str(s.pct)}% → ${str(s.status)}`;

/** The five checks shared by every realistic report (call inside its describe). */
export function commonReportChecks(dir: string, spec: CommonSpec): void {
  const path = join(dir, spec.file);

  it('is a realistic complete report: 40–120 lines, cover filled', () => {
    const { text, model } = loadReport(dir, spec.file);
    const lines = text.split('\n').length;
    expect(lines).toBeGreaterThanOrEqual(40);
    expect(lines).toBeLessThanOrEqual(120);
    expect(model.cover.find((c) => c.name.startsWith('单位名称'))?.value).toBeTruthy();
  });

  it('no error', async () => {
    const r = await auditFiles([path]);
    expect(r.files[0]!.error).toBeNull();
    const errors = r.files[0]!.findings.filter((f) => f.severity === 'error').map((f) => `${f.location.line}: ${f.ruleId}: ${f.message}`);
    expect(errors).toEqual([]);
  });

  it(`exactly the expected warnings (${(spec.warnings ?? []).length})`, async () => {
    const r = await auditFiles([path]);
    const warnings = r.files[0]!.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.ruleId, f.location.section ?? ''])).toEqual(spec.warnings ?? []);
  });

  it('no info and no skipped check: every figure was checkable', async () => {
    const r = await auditFiles([path]);
    const f = r.files[0]!;
    expect(f.findings.filter((x) => x.severity === 'info').map((x) => `${x.location.line}: ${x.ruleId}: ${x.message}`)).toEqual([]);
    expect(f.skipped.map((s) => `${s.location.line}: ${s.ruleId}: ${s.reason}`)).toEqual([]);
  });

  it('outline: every section found under its canonical number, explicit nils read as nil', () => {
    const { model } = loadReport(dir, spec.file);
    expect(model.outline.sections.map((s) => s.no)).toEqual(spec.sections);
    expect(model.outline.unmatched.map((h) => h.text)).toEqual([]);
    expect(model.outline.sections.filter((s) => s.content === 'nil').map((s) => s.no)).toEqual(spec.nil);
    expect(model.outline.sections.filter((s) => s.content !== 'nil' && s.content !== 'substantive').map((s) => `${s.no}:${s.content}`)).toEqual([]);
  });
}

/** Expected checks, as the specs write them: [subject, dimension, side?] and [subject, base, pct]. */
export type Bd = [string, string, string?];
export type Sh = [string, string, string];
export const ALL9 = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
export const BASIC: Bd[] = [['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费']];
export const SANGONG: Bd[] = [['三公', '各项', '预算数'], ['三公', '各项', '决算数']];
export const both = (subj: string, a: string, b: string): Sh[] => [[subj, '一般公共预算', a], [subj, '年度整体', b]];
