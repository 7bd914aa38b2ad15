/**
 * The checks every realistic correct report must pass (test/realistic*.test.ts): a complete report,
 * no error, exactly the expected warnings, nothing skipped, and every section where it belongs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// the check collections are the engine's inner facts: not in the library's result (yet: see
// CONTRACTS.md files[].checks), so these specs read them from the checks module itself
import { computeChecks } from '../../src/checks/index.js';
import type { CheckFacts, CheckItem } from '../../src/checks/types.js';
import type { ReportModel } from '../../src/lib/node.js';
import { auditFiles } from './audit.js';
import { modelOf } from './model.js';
import { PROFILE } from './rule-tester.js';

export interface CommonSpec {
  file: string;
  sections: string[];
  nil: string[];
  warnings?: [string, string][];
}

export function loadReport(dir: string, file: string): { text: string; model: ReportModel; facts: CheckFacts } {
  const text = readFileSync(join(dir, file), 'utf8');
  const model = modelOf(text, file);
  return { text, model, facts: computeChecks(model, PROFILE) };
}

export const str = (x: unknown): string => String(x ?? '');
export const bdName = (b: CheckItem): string => `${str(b.subject)} ${str(b.dimension)} ${str(b.side)} → ${str(b.status)}`;
/** A share item's stated percentage as printed (a quantity since issue 14). */
export const pctOf = (s: CheckItem): string => (s.pct as { text: string }).text;
export const shName = (s: CheckItem): string => `${str(s.subject)} 占${str(s.baseName)} ${pctOf(s)}% → ${str(s.status)}`;

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

/** What every set's spec states of the figures read as written. */
export interface ReadAsWrittenSpec {
  file: string;
  breakdowns: Bd[];
  staffing: { quota: number; actual: number };
  counts: [number, number][];
  score: [string, string];
}

/** No breakdown mismatches, and each expected one was checked (and not found wrong). */
export function expectBreakdownsChecked(facts: CheckFacts, expected: readonly Bd[]): CheckItem[] {
  const all = facts.collections.breakdowns;
  expect(all.filter((b) => b.status === 'mismatch').map(bdName)).toEqual([]);
  const missing = expected.filter(
    ([subj, dim, side]) =>
      !all.some((b) => str(b.subject).includes(subj) && str(b.dimension).includes(dim) && (side === undefined || str(b.side) === side) && b.status !== 'mismatch'),
  );
  expect(missing.map((x) => x.join(' ')), `checked: ${all.map(bdName).join('; ')}`).toEqual([]);
  return all;
}

/** Staffing, counts, score and same-figure checks: the same in every set (call inside its describe). */
export function readAsWrittenChecks(dir: string, spec: ReadAsWrittenSpec): void {
  it('staffing, declared counts and the self-evaluation score were read as written', () => {
    const c = loadReport(dir, spec.file).facts.collections;
    expect(c.staffing.map((s) => [s.quota, s.actual])).toEqual([[spec.staffing.quota, spec.staffing.actual]]);
    // lists that end in 等 are open (not counted): only closed lists are compared with their count
    expect(c.counts.filter((x) => x.status !== 'open').map((x) => [x.declared, x.listedCount])).toEqual(spec.counts);
    expect(c.score.map((s) => [s.score, s.grade, s.gradeMatches])).toEqual([[...spec.score, true]]);
  });

  it('no figure is read as two conflicting values of one quantity', () => {
    const c = loadReport(dir, spec.file).facts.collections;
    expect(c.figures.filter((x) => x.conflict).map((x) => `${str(x.name)}: ${str(x.first)} vs ${str(x.second)}`)).toEqual([]);
  });
}

/** The first two sets' specs: shares with year-on-year rates and groups, goals with shortfalls. */
export interface SharesGoalsSpec {
  file: string;
  shares: Sh[];
  /** Year-on-year rates: [subject part, printed pct]. */
  yoy?: [string, string][];
  /** Share groups that must be checked (parent part, base part). */
  shareGroups?: [string, string][];
  /** Target texts (part) that must each be paired with a result; `shortfall` ones fall short with a cause. */
  goals: string[];
  shortfall?: string[];
  /** Comparator expected for some targets (text part → comparator). */
  comparators?: [string, string][];
  sangong: { budget: string; actual: string };
}

/** Shares, goals and 三公 as the first two sets check them (call inside the report's describe). */
export function sharesGoalsChecks(dir: string, spec: SharesGoalsSpec): void {
  it(`shares: the ${spec.shares.length} stated shares${spec.yoy ? ` and ${spec.yoy.length} year-on-year rates` : ''} were checked and are consistent`, () => {
    const { facts } = loadReport(dir, spec.file);
    const all = facts.collections.shares;
    expect(all.filter((s) => s.status !== 'ok').map(shName)).toEqual([]);
    const missing = spec.shares.filter(
      ([subj, base, pct]) => !all.some((s) => str(s.subject).includes(subj) && str(s.baseName).includes(base) && pctOf(s) === pct && s.status === 'ok'),
    );
    expect(missing.map((x) => x.join(' ')), `checked: ${all.map(shName).join('; ')}`).toEqual([]);
    const yoyMissing = (spec.yoy ?? []).filter(
      ([subj, pct]) => !all.some((s) => str(s.subject).includes(subj) && str(s.baseName).startsWith('上年数') && pctOf(s) === pct && s.status === 'ok'),
    );
    expect(yoyMissing.map((x) => x.join(' '))).toEqual([]);
    expect(facts.collections.shareGroups.filter((g) => g.status !== 'ok').map((g) => `${str(g.parent)} ${str(g.parts)}`)).toEqual([]);
    const groupsMissing = (spec.shareGroups ?? []).filter(
      ([parent, base]) => !facts.collections.shareGroups.some((g) => str(g.parent).includes(parent) && str(g.baseName).includes(base)),
    );
    expect(groupsMissing.map((x) => x.join(' '))).toEqual([]);
  });

  it(`goals: each of the ${spec.goals.length} targets is paired with its result; shortfalls only where stated, with a cause`, () => {
    const { facts } = loadReport(dir, spec.file);
    const goals = facts.collections.goals;
    const row = (part: string) => goals.find((g) => str(g.targetText).includes(part));
    expect(spec.goals.filter((part) => !row(part)).map((p) => `no target read: ${p}`)).toEqual([]);
    expect(goals.filter((g) => !g.paired).map((g) => `${str(g.targetText)} ↔ （无）: ${str(g.why)}`)).toEqual([]);
    expect(goals.filter((g) => g.shortfall).map((g) => str(g.targetText))).toEqual(
      (spec.shortfall ?? []).map((part) => str(row(part)?.targetText ?? part)),
    );
    expect(goals.filter((g) => g.shortfall && !g.causeGiven).map((g) => str(g.targetText))).toEqual([]);
    for (const [part, comparator] of spec.comparators ?? []) expect([part, row(part)?.comparator]).toEqual([part, comparator]);
  });

  it('三公: both totals read, all three components reported, items add up', () => {
    const c = loadReport(dir, spec.file).facts.collections;
    expect(c.sangongComponents.filter((x) => !x.reported).map((x) => str(x.name))).toEqual([]);
    expect(c.sangong[0]).toMatchObject({ budgetTotal: { text: spec.sangong.budget }, actualTotal: { text: spec.sangong.actual }, overBudget: false });
  });
}
export const ALL9 = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
export const BASIC: Bd[] = [['基本支出', '按经济科目分类'], ['基本支出', '按功能科目分类'], ['基本支出', '=人员经费+公用经费']];
export const SANGONG: Bd[] = [['三公', '各项', '预算数'], ['三公', '各项', '决算数']];
export const both = (subj: string, a: string, b: string): Sh[] => [[subj, '一般公共预算', a], [subj, '年度整体', b]];
