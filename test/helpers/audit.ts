/** Audit files or texts through the library exactly as the CLI does, and render them as JSON. */
import { formatJson } from '../../src/format/json.js';
import { checkFile, createNodeAuditor, type AuditResult, type FormatOptions } from '../../src/lib/node.js';
import { PROFILE, RULES } from './rule-tester.js';

export const JSON_OPTIONS: FormatOptions = { lang: 'zh', color: false, failOn: 'error', cwd: process.cwd(), showSkipped: false };

const auditor = () => createNodeAuditor({ rules: RULES, profile: PROFILE });

export async function auditFiles(paths: string[]): Promise<AuditResult> {
  const a = await auditor();
  const files = [];
  for (const p of paths) files.push(await checkFile(a, p));
  return a.finish(files);
}

export async function auditText(text: string, file = 'variant.txt'): Promise<AuditResult> {
  const a = await auditor();
  return a.finish([await a.check({ name: file, text })]);
}

export function asJson(r: AuditResult): unknown {
  return JSON.parse(formatJson(r, JSON_OPTIONS));
}

/** [ruleId, section] of every finding, sorted as the tool sorts them. */
export function ids(r: AuditResult): [string, string | undefined][] {
  return r.files.flatMap((f) => f.findings.map((x) => [x.ruleId, x.location.section] as [string, string | undefined]));
}
