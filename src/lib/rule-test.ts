/**
 * RuleTester, in the manner of ESLint's: run each rule alone over its own examples (rule files'
 * `examples:`): every valid example must give no finding of the rule, every invalid one exactly
 * `count` (default 1). `jixiao-lint rules --test` and the test suite use it; a rule writer runs it
 * on a folder of YAML rules with no code.
 */
import { SKELETON, SKELETON_DEFAULT_SECTION, withSection } from '../ruleset/skeleton.js';
import type { Example, RuleDef } from '../ruleset/types.js';
import type { Auditor } from './auditor.js';
import type { Finding } from '../findings/types.js';

export { SKELETON, withSection };

export interface ExampleResult {
  ruleId: string;
  file: string;
  kind: 'valid' | 'invalid';
  /** 1-based number of the example in its list. */
  index: number;
  example: Example;
  expected: number;
  findings: Finding[];
  ok: boolean;
  /** Why the example could not be checked (a read error), if so. */
  error?: string;
}

/** The report text an example stands for: a whole report, or a snippet in a section of the skeleton. */
export function exampleText(rule: RuleDef, e: Example): string {
  return e.whole ? e.text : withSection(e.section ?? rule.examples.section ?? SKELETON_DEFAULT_SECTION, e.text);
}

/**
 * Run every example of every rule; `auditorFor` gives an auditor that runs only that rule (on the
 * outline the examples are written for).
 */
export async function testRuleExamples(rules: readonly RuleDef[], auditorFor: (rule: RuleDef) => Promise<Auditor>): Promise<ExampleResult[]> {
  const out: ExampleResult[] = [];
  for (const rule of rules) {
    const auditor = await auditorFor(rule);
    for (const kind of ['valid', 'invalid'] as const) {
      const list = rule.examples[kind];
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        const expected = kind === 'valid' ? 0 : (e.count ?? 1);
        const r = await auditor.check({ name: `${rule.id}-${kind}-${i + 1}.txt`, text: exampleText(rule, e) });
        const findings = r.findings.filter((f) => f.ruleId === rule.id);
        const res: ExampleResult = { ruleId: rule.id, file: rule.file, kind, index: i + 1, example: e, expected, findings, ok: !r.error && findings.length === expected };
        if (r.error) res.error = r.error.message;
        out.push(res);
      }
    }
  }
  return out;
}
