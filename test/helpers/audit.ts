/** Audit files or texts through the API exactly as the CLI does, and render them as JSON. */
import { Checker, finish } from '../../src/api.js';
import type { AuditResult, FormatOptions } from '../../src/findings/types.js';
import { formatJson } from '../../src/format/json.js';
import { readInput } from '../../src/read/file.js';
import { linesToDoc } from '../../src/read/txt.js';
import { PROFILE, RULES } from './rule-tester.js';

export const JSON_OPTIONS: FormatOptions = { lang: 'zh', color: false, failOn: 'error', cwd: process.cwd(), showSkipped: false };

export async function auditFiles(paths: string[]): Promise<AuditResult> {
  const checker = new Checker({ profile: PROFILE, rules: RULES });
  const files = [];
  for (const p of paths) {
    try {
      files.push(await checker.check(p, await readInput(p)));
    } catch (e) {
      files.push(checker.errorResult(p, e));
    }
  }
  return finish(files, checker);
}

export async function auditText(text: string, file = 'variant.txt'): Promise<AuditResult> {
  const checker = new Checker({ profile: PROFILE, rules: RULES });
  return finish([await checker.check(file, { kind: 'doc', doc: linesToDoc(text, file) })], checker);
}

export function asJson(r: AuditResult): unknown {
  return JSON.parse(formatJson(r, JSON_OPTIONS));
}

/** [ruleId, section] of every finding, sorted as the tool sorts them. */
export function ids(r: AuditResult): [string, string | undefined][] {
  return r.files.flatMap((f) => f.findings.map((x) => [x.ruleId, x.location.section] as [string, string | undefined]));
}
