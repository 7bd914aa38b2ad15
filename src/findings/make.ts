/**
 * Hits → Findings: message and help filled from the item's computed fields (never from
 * json-rules-engine's factResult), location resolved, fingerprint computed, then sorted.
 */
import type { CheckItem, ReportFacts } from '../checks/types.js';
import type { ReportModel } from '../extract/model.js';
import type { Hit } from '../engine/run.js';
import { resolveLocation } from './location.js';
import { SEVERITY_RANK, type Finding, type Location } from './types.js';

/** Only an object's own fields: a template can never reach constructor, __proto__ or the like. */
function own(o: object | undefined, key: string): unknown {
  return o !== undefined && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

export function render(template: string, item: CheckItem, report: ReportFacts): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const v = name.startsWith('report.') ? own(report, name.slice(7)) : name.startsWith('data.') ? own(item.data, name.slice(5)) : own(item, name);
    return v === undefined || v === null || typeof v === 'object' || typeof v === 'function' ? '' : String(v);
  });
}

/** FNV-1a, 64-bit, hex: stable across runs and platforms, no node:crypto in the core. */
export function fnv64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

export function makeFindings(
  hits: readonly Hit[],
  file: string,
  model: ReportModel,
  report: ReportFacts,
  lang: 'zh' | 'en',
): Finding[] {
  const findings = hits.map(({ rule, item }) => {
    const location = resolveLocation(file, model, item.src, item.section);
    const f: Finding = {
      ruleId: rule.def.id,
      severity: rule.severity,
      message: render(rule.def.message[lang], item, report),
      help: render(rule.def.help[lang], item, report),
      location,
      ...(item.related && item.related.length > 0
        ? { related: item.related.map((r) => ({ location: resolveLocation(file, model, r.src), text: r.text })) }
        : {}),
      ...(item.expectedText ? { expected: item.expectedText } : {}),
      ...(item.actualText ? { actual: item.actualText } : {}),
      data: { ...(item.data ?? {}) },
      fingerprint: fnv64(`${rule.def.id}|${location.section ?? ''}|${item.key}`),
    };
    return f;
  });
  return sortFindings(findings);
}

export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.fingerprint.localeCompare(b.fingerprint),
  );
}

export function locationOf(l: Location): string {
  return l.line !== undefined ? `${l.line}:${l.column ?? 1}` : '';
}
