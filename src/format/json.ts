/** The JSON contract (CONTRACTS.md): {version, files[{path, error, findings}], summary}. */
import type { AuditResult, Finding, FormatOptions, Location } from '../findings/types.js';
import { sortFindings } from './util.js';

function loc(l: Location): Omit<Location, 'file'> {
  const { file: _file, ...rest } = l;
  return rest;
}

function finding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.help !== undefined ? { help: f.help } : {}),
    location: loc(f.location),
    ...(f.related ? { related: f.related.map((r) => ({ location: loc(r.location), text: r.text })) } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    data: f.data,
    fingerprint: f.fingerprint,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    ...(f.consequences ? { consequences: f.consequences.map((c) => ({ ruleId: c.ruleId, message: c.message, location: loc(c.location) })) } : {}),
  };
}

export function formatJson(result: AuditResult, options: FormatOptions): string {
  const out = {
    version: 1,
    files: result.files.map((f) => ({
      path: f.path,
      error: f.error,
      ...(f.info.kind !== undefined ? { kind: f.info.kind } : {}),
      ...(f.info.profile !== undefined ? { profile: f.info.profile } : {}),
      ...(f.info.note !== undefined ? { note: f.info.note } : {}),
      // the one order of every format (util.compareFindings): position, then rule id
      findings: sortFindings(f.findings).map(finding),
      ...(f.checks ? { checks: f.checks.map((c) => ({ id: c.id, ruleId: c.ruleId, relation: c.relation, status: c.status, values: c.values, ...(c.reason !== undefined ? { reason: c.reason } : {}), location: loc(c.location) })) } : {}),
      ...(options.showSkipped ? { skipped: f.skipped.map((s) => ({ ruleId: s.ruleId, reason: s.reason, location: loc(s.location) })) } : {}),
    })),
    summary: { files: result.summary.files, errors: result.summary.errors, warnings: result.summary.warnings, infos: result.summary.infos },
    ...(result.staleBaseline ? { baseline: { stale: result.staleBaseline } } : {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
