/**
 * Hits → Findings: message and help filled from the item's computed fields (never from
 * json-rules-engine's factResult), location resolved, fingerprint computed, then sorted.
 */
import type { CheckItem, ReportFacts } from '../checks/types.js';
import type { ReportModel } from '../extract/model.js';
import { compareIds } from '../extract/text.js';
import type { Hit } from '../engine/run.js';
import { resolveLocation } from './location.js';
import { pickText, render } from './template.js';
import { withSuspect, type Grouped } from './consequences.js';

export { render };
import { SEVERITY_RANK, type Finding, type Location } from './types.js';

/**
 * FNV-1a, 64-bit, hex: stable across runs and platforms, no node:crypto in the core. Computed in
 * four 16-bit limbs (the prime is 2^40 + 0x1b3) rather than BigInt, which cost more than the rest
 * of making a finding; the output is the same 64-bit FNV-1a.
 */
export function fnv64(s: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < s.length; i++) {
    h0 ^= s.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16)) & 0xffff;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

export function makeFindings(
  hits: readonly Hit[],
  file: string,
  model: ReportModel,
  report: ReportFacts,
  lang: 'zh' | 'en',
  grouped?: Grouped,
): Finding[] {
  // plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const findings: Finding[] = [];
  for (const hit of hits) {
    if (grouped !== undefined && grouped.under.has(hit)) continue;
    const { rule, item } = hit;
    const location = resolveLocation(file, model, item.src, item.section);
    const message = render(pickText(rule.def.message, item, lang), item, report, lang);
    const group = grouped?.primary.get(hit);
    const f: Finding = {
      ruleId: rule.def.id,
      severity: rule.severity,
      message: group ? withSuspect(message, group.figure, group.corrected, group.others.length, lang) : message,
      help: render(pickText(rule.def.help, item, lang), item, report, lang),
      location,
      ...(item.related && item.related.length > 0 ? { related: relatedOf(item.related, file, model) } : {}),
      ...(item.expectedText ? { expected: lang === 'en' && typeof item['expectedTextEn'] === 'string' ? item['expectedTextEn'] : item.expectedText } : {}),
      ...(item.actualText ? { actual: lang === 'en' && typeof item['actualTextEn'] === 'string' ? item['actualTextEn'] : item.actualText } : {}),
      data: { ...(item.data ?? {}) },
      fingerprint: fnv64(`${rule.def.id}|${location.section ?? ''}|${item.key}`),
    };
    if (group) {
      f.data.suspect = group.figure;
      f.data.corrected = group.corrected;
      f.consequences = group.others.map((o) => ({
        ruleId: o.rule.def.id,
        message: render(pickText(o.rule.def.message, o.item, lang), o.item, report, lang),
        location: resolveLocation(file, model, o.item.src, o.item.section),
      }));
      f.consequences.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
    }
    findings.push(f);
  }
  return sortFindings(findings);
}

function relatedOf(related: NonNullable<CheckItem['related']>, file: string, model: ReportModel): NonNullable<Finding['related']> {
  const out: NonNullable<Finding['related']> = [];
  for (const r of related) out.push({ location: resolveLocation(file, model, r.src), text: r.text });
  return out;
}

/**
 * The one order of findings, in the engine and in every output format: file, then position (a
 * finding without a line last), then severity (errors first), rule id, fingerprint.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    collate(a.location.file, b.location.file) ||
    (a.location.line ?? Number.MAX_SAFE_INTEGER) - (b.location.line ?? Number.MAX_SAFE_INTEGER) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareIds(a.ruleId, b.ruleId) ||
    collate(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort(compareFindings);
}

/** localeCompare, without asking ICU about equal strings (the same file, ~0.13 µs a Chinese path). */
function collate(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

export function locationOf(l: Location): string {
  return l.line !== undefined ? `${l.line}:${l.column ?? 1}` : '';
}
