/**
 * RuleTester (ESLint style): run one rule alone over report texts. Snippets replace the body of a
 * section of a correct skeleton report (test/fixtures/skeleton.txt); whole texts are used as is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeAuditor, loadRules, resolveProfile, type FileResult, type Finding, type RuleDef } from '../../src/lib/node.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SKELETON = readFileSync(join(ROOT, 'test', 'fixtures', 'skeleton.txt'), 'utf8');
export const PROFILE = await resolveProfile('hunan');
export const RULES: RuleDef[] = await loadRules();

const TOP_HEADING = /^([一二三四五六七八九十]+)、/;

/** Replace the body of section `no` in a report text (default: the skeleton). */
export function withSection(no: string, body: string, text = SKELETON): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => TOP_HEADING.exec(l)?.[1] === no);
  if (start < 0) throw new Error(`section ${no} not in skeleton`);
  let end = start + 1;
  while (end < lines.length && !TOP_HEADING.test(lines[end]!)) end++;
  return [...lines.slice(0, start + 1), ...(body ? body.split('\n') : []), ...lines.slice(end)].join('\n');
}

export function rule(id: string): RuleDef {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Run only rule `id` over a report text; return its findings. */
export async function runRule(id: string, text: string, file = 'test.txt'): Promise<Finding[]> {
  const auditor = await createNodeAuditor({ profile: PROFILE, rules: [rule(id)] });
  return (await checkOrThrow(auditor, file, text)).findings;
}

/** Run all rules over a report text. */
export async function runAll(text: string, file = 'test.txt'): Promise<FileResult> {
  return checkOrThrow(await createNodeAuditor({ profile: PROFILE, rules: RULES }), file, text);
}

/** A rule test fails loudly when the engine fails, rather than passing on a result without findings. */
async function checkOrThrow(auditor: Awaited<ReturnType<typeof createNodeAuditor>>, file: string, text: string): Promise<FileResult> {
  const r = await auditor.check({ name: file, text });
  if (r.error) throw new Error(`${file}: ${r.error.code}: ${r.error.message}`);
  return r;
}

export interface InvalidCase {
  /** Snippet for `section`, or a whole report when `whole`. */
  text: string;
  section?: string;
  whole?: boolean;
  /** Exactly these findings (matched on section and the listed data fields), in order. */
  findings: { section?: string; data?: Record<string, string | number>; message?: string | RegExp; line?: number }[];
}

export interface ValidCase {
  text: string;
  section?: string;
  whole?: boolean;
}

export function caseText(c: ValidCase, defaultSection: string): string {
  return c.whole ? c.text : withSection(c.section ?? defaultSection, c.text);
}

/** The seed report (DOMAIN §7; examples/yanling-2024/report.txt): real sentences whose sums and shares reconcile. */
export const SEED = readFileSync(join(ROOT, 'examples', 'yanling-2024', 'report.txt'), 'utf8').replace(/\r\n/g, '\n');

/** A whole report text: its title, a blank line, then its lines. */
export function doc(title: string, ...lines: string[]): string {
  return [title, '', ...lines, ''].join('\n');
}

/** The rule ids that rule `id` finds in a report text with all rules and the outline picked from the document, as the CLI does. */
export async function autoIds(id: string, text: string): Promise<string[]> {
  const r = await (await createNodeAuditor({})).check({ name: 'test.txt', text });
  return r.findings.filter((f) => f.ruleId === id).map((f) => f.ruleId);
}

/** The rule ids of what rule `id` alone finds in a report text (runRule's findings, by id). */
export async function ids(id: string, text: string): Promise<string[]> {
  return (await runRule(id, text)).map((f) => f.ruleId);
}

/** Apply exact text edits; throws when a `from` is absent, so a variant can never silently equal its base. */
export function variant(text: string, ...edits: [from: string, to: string][]): string {
  return edits.reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`variant: “${from}” not in text`);
    return t.replace(from, to);
  }, text);
}

/** Remove section `no` (heading and body) from a report text (default: the skeleton). */
export function withoutSection(no: string, text = SKELETON): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => TOP_HEADING.exec(l)?.[1] === no);
  if (start < 0) throw new Error(`section ${no} not in text`);
  let end = start + 1;
  while (end < lines.length && !TOP_HEADING.test(lines[end]!)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** 1-based line of the first line containing `fragment` (what findings report as location.line). */
export function lineOf(text: string, fragment: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(fragment));
  if (i < 0) throw new Error(`lineOf: “${fragment}” not in text`);
  return i + 1;
}
