/**
 * Waivers (config: rule id + section or path + a required reason) and baselines (fingerprints of
 * accepted findings). Both mark findings as suppressed; neither drops them.
 */
import type { Finding } from './types.js';

export interface Waiver {
  rule: string;
  section?: string;
  /** Matches when every element appears in the finding's location path, in order (substring match). */
  path?: string[];
  file?: string;
  reason: string;
}

export interface BaselineEntry {
  file: string;
  fingerprint: string;
  ruleId: string;
  message?: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

function waiverMatches(w: Waiver, f: Finding): boolean {
  if (w.rule !== f.ruleId) return false;
  if (w.section !== undefined && w.section !== f.location.section) return false;
  if (w.file !== undefined && !f.location.file.replace(/\\/g, '/').endsWith(w.file.replace(/\\/g, '/'))) return false;
  if (w.path !== undefined) {
    let i = 0;
    for (const part of f.location.path) if (i < w.path.length && part.includes(w.path[i]!)) i++;
    if (i < w.path.length) return false;
  }
  return true;
}

export function applyWaivers(findings: Finding[], waivers: readonly Waiver[]): void {
  if (waivers.length === 0) return;
  for (const f of findings) {
    const w = waivers.find((x) => waiverMatches(x, f));
    if (w && !f.suppressed) f.suppressed = { kind: 'waiver', justification: w.reason };
  }
}

/** Key a baseline entry by file (as given on the command line, forward slashes) and fingerprint. */
export function baselineKey(file: string, fingerprint: string): string {
  return `${file.replace(/\\/g, '/')}#${fingerprint}`;
}

/**
 * Mark findings present in the baseline as suppressed; return the entries for the given files
 * that matched nothing (stale). Each entry absorbs one finding, so a second identical finding is new.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline, checkedFiles: ReadonlySet<string>): BaselineEntry[] {
  const pool = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const k = baselineKey(e.file, e.fingerprint);
    pool.set(k, [...(pool.get(k) ?? []), e]);
  }
  for (const f of findings) {
    if (f.suppressed) continue;
    const list = pool.get(baselineKey(f.location.file, f.fingerprint));
    if (list && list.length > 0) {
      list.pop();
      f.suppressed = { kind: 'baseline', justification: '基线中已接受的问题' };
    }
  }
  return [...pool.values()].flat().filter((e) => checkedFiles.has(e.file.replace(/\\/g, '/')));
}

export function toBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    entries: findings
      .filter((f) => f.suppressed?.kind !== 'waiver')
      .map((f) => ({ file: f.location.file.replace(/\\/g, '/'), fingerprint: f.fingerprint, ruleId: f.ruleId, message: f.message }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.fingerprint.localeCompare(b.fingerprint)),
  };
}
