/**
 * The reading corpus (test/corpus, issue 8): each text's manifest lists the relations a reviewer
 * can verify and the defects planted in it. This helper audits a text and matches the manifest
 * against what the tool says it checked (`files[].checks`) and found. Figures are compared as
 * numbers: "20" and "20.00" are one figure; money in 元 / 千元 / 亿元 is also tried in 万元, since
 * the budget checks report their figures in 万元.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CheckRecord, FileResult } from '../../src/findings/types.js';
import { auditFiles } from './audit.js';

export const CORPUS = 'test/corpus';

export interface ManifestRelation {
  relation: string;
  holds: boolean;
  unit?: string;
  total?: string; parts?: string[];
  pct?: string; part?: string; base?: string;
  current?: string; prior?: string; change?: string; rate?: string;
  numerator?: string; denominator?: string;
  declared?: number; listed?: string[];
  quota?: number; actual?: number;
  score?: string; grade?: string;
  value?: string; other?: string;
}

export interface Manifest {
  province: string;
  kind: string;
  outline: string;
  year: number | null;
  unit: string | null;
  relations: ManifestRelation[];
  defects: { ruleId: string; figure?: string; note?: string }[];
}

export function corpusTexts(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
}

export function manifestOf(txt: string): Manifest {
  return parse(readFileSync(join(CORPUS, txt.replace(/\.txt$/, '.manifest.yaml')), 'utf8')) as Manifest;
}

const SHIFT: Record<string, number> = { 元: -4, 千元: -1, 万元: 0, 亿元: 4 };

/** A figure and its readings in 万元 (for money printed in another unit). */
function readings(x: string | number | undefined, unit?: string): string[] {
  if (x === undefined) return [];
  const n = norm(String(x));
  const out = [n];
  const shift = unit ? SHIFT[unit] : undefined;
  if (shift !== undefined && shift !== 0) out.push(norm(shiftDecimal(n, shift)));
  return out;
}

function shiftDecimal(n: string, shift: number): string {
  const neg = n.startsWith('-');
  const [i = '0', f = ''] = n.replace('-', '').split('.');
  let digits = i + f;
  let point = i.length + shift;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  return (neg ? '-' : '') + digits.slice(0, point) + '.' + digits.slice(point);
}

/** "020.50" → "20.5", "2,864.30万元" → "2864.3": figures compared as numbers, without their unit. */
export function norm(s: string): string {
  let t = s.replace(/[,\s%]/g, '').replace(/^(-?[\d.]+)[^\d.]+$/, '$1');
  if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  t = t.replace(/^(-?)0+(?=\d)/, '$1');
  return t === '' || t === '-' ? '0' : t;
}

function has(values: CheckRecord['values'], x: string | number | undefined, unit?: string): boolean {
  const want = readings(x, unit);
  if (want.length === 0) return true;
  for (const v of Object.values(values)) {
    for (const y of Array.isArray(v) ? v : [v]) if (want.includes(norm(String(y)))) return true;
  }
  return false;
}

function sameParts(values: CheckRecord['values'], parts: string[] | undefined, unit?: string): boolean {
  const got = Array.isArray(values.parts) ? values.parts.map((p) => norm(String(p))) : [];
  if (!parts || got.length !== parts.length) return false;
  const left = [...got];
  for (const p of parts) {
    const i = left.findIndex((g) => readings(p, unit).includes(g));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

const RELATIONS_OF: Record<string, string[]> = {
  sum: ['sum', 'sangong', 'score', 'share'],
  share: ['share'],
  change: ['change'],
  rate: ['rate', 'share'],
  count: ['count'],
  staffing: ['staffing'],
  score: ['score', 'sum'],
  grade: ['grade'],
  'same-figure': ['same-figure'],
};

/** The check that states this manifest relation, if the tool checked it. */
export function matchCheck(r: ManifestRelation, checks: readonly CheckRecord[]): CheckRecord | undefined {
  const kinds = RELATIONS_OF[r.relation] ?? [r.relation];
  const candidates = checks.filter((c) => kinds.includes(c.relation) && c.status !== 'skipped');
  const u = r.unit;
  switch (r.relation) {
    case 'sum':
    case 'score':
      return candidates.find((c) => readings(r.total, u).includes(norm(String(c.values.total ?? ''))) && sameParts(c.values, r.parts, u))
        ?? candidates.find((c) => c.values.expected !== undefined && has(c.values, r.total, u) && Array.isArray(r.parts) && String(c.values.parts ?? '').length > 0);
    case 'share':
      return candidates.find((c) => norm(String(c.values.pct ?? '')) === norm(r.pct ?? '') && has(c.values, r.part, u));
    case 'change':
      return candidates.find((c) => (r.rate !== undefined ? has(c.values, r.rate) : true) && (r.change !== undefined ? has(c.values, r.change, u) : true) && has(c.values, r.current, u));
    case 'rate':
      return candidates.find((c) => (norm(String(c.values.rate ?? c.values.pct ?? '')) === norm(r.rate ?? '')) && has(c.values, r.denominator, u));
    case 'count':
      return candidates.find((c) => Number(c.values.declared) === r.declared);
    case 'staffing':
      return candidates.find((c) => Number(c.values.quota) === r.quota && Number(c.values.actual) === r.actual);
    case 'grade':
      return candidates.find((c) => norm(String(c.values.score)) === norm(String(r.score)));
    case 'same-figure':
      return candidates.find((c) => has(c.values, r.value) && has(c.values, r.other));
    default:
      return undefined;
  }
}

export interface CorpusOutcome {
  file: string;
  manifest: Manifest;
  result: FileResult;
  /** Manifest relations: found with the right status, found with the wrong one, not found. */
  right: ManifestRelation[];
  wrong: { r: ManifestRelation; c: CheckRecord }[];
  missing: ManifestRelation[];
}

export async function auditCorpusText(file: string): Promise<CorpusOutcome> {
  const manifest = manifestOf(file);
  const result = (await auditFiles([join(CORPUS, file)])).files[0]!;
  const checks = result.checks ?? [];
  const right: ManifestRelation[] = [];
  const wrong: { r: ManifestRelation; c: CheckRecord }[] = [];
  const missing: ManifestRelation[] = [];
  for (const r of manifest.relations ?? []) {
    const c = matchCheck(r, checks);
    if (!c) missing.push(r);
    else if ((c.status === 'fail') === !r.holds) right.push(r);
    else wrong.push({ r, c });
  }
  return { file, manifest, result, right, wrong, missing };
}
