/**
 * JUnit XML for CI test-report views (Jenkins, GitLab, Azure Pipelines).
 *
 * Input: an AuditResult. Output: an XML 1.0 document.
 * Shape: one <testsuite> per report, one <testcase classname=file name=ruleId> per rule that ran
 * on it (FileResult.rulesRun, else every rule in result.rules, plus any rule that reported), with
 * a <failure type=severity> when an unsuppressed finding is at or above options.failOn. A rule
 * failing at several places gets one test case per place (name "ruleId @ place"): a test case
 * holds at most one <failure>, which is all most JUnit readers show. Findings below
 * the fail level and waived ones go to the test case's <system-out>: visible, not failing.
 * An unreadable report is a suite with a single test case 'read' holding an <error>.
 * Counts follow JUnit's meaning: `tests` = test cases, `failures` = test cases with a
 * <failure>, `errors` = test cases with an <error> (so tests ≥ failures + errors always holds).
 * No timestamps or durations: the output is deterministic.
 */
import type { AuditResult, FileError, FileResult, Finding, FormatOptions } from '../findings/types.js';
import {
  atOrAbove,
  displayPath,
  escapeXmlAttr,
  escapeXmlText,
  locationLabel,
  pathText,
  rulesRunOn,
  severityLabel,
  sortFiles,
  sortFindings,
} from './util.js';

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

const TEXT = {
  zh: { expected: '应为', actual: '实为', help: '建议', waived: '已豁免', skipped: '未能执行', readError: '无法读取', colon: '：' },
  en: { expected: 'expected', actual: 'actual', help: 'help', waived: 'waived', skipped: 'not run', readError: 'cannot read', colon: ': ' },
} as const;

function findingBody(f: Finding, options: FormatOptions): string {
  const t = TEXT[options.lang];
  const where = locationLabel(f.location, options.lang);
  const path = pathText(f.location.path, options.lang);
  const lines = [path === '' || path === where ? where : `${where}（${path}）`, f.message];
  if (f.location.excerpt !== undefined) lines.push(`「${f.location.excerpt}」`);
  if (f.expected !== undefined) lines.push(`${t.expected}${t.colon}${f.expected}`);
  if (f.actual !== undefined) lines.push(`${t.actual}${t.colon}${f.actual}`);
  if (f.help !== undefined) lines.push(`${t.help}${t.colon}${f.help}`);
  return lines.join('\n');
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`)
    .join('');
}

function readErrorSuite(error: FileError, name: string, options: FormatOptions): Suite {
  const t = TEXT[options.lang];
  const message = `${t.readError} ${name}${t.colon}${error.message}`;
  const xml = [
    `  <testsuite${attrs({ name, tests: 1, failures: 0, errors: 1, skipped: 0 })}>`,
    `    <testcase${attrs({ classname: name, name: 'read' })}>`,
    `      <error${attrs({ message, type: error.code })}>${escapeXmlText(message)}</error>`,
    '    </testcase>',
    '  </testsuite>',
  ].join('\n');
  return { xml, tests: 1, failures: 0, errors: 1 };
}

function suite(file: FileResult, allRuleIds: readonly string[], options: FormatOptions): Suite {
  const name = displayPath(file.path, options.cwd);
  if (file.error !== null) return readErrorSuite(file.error, name, options);
  const t = TEXT[options.lang];
  const ruleIds = rulesRunOn(file, allRuleIds);
  const findings = sortFindings(file.findings);
  let failures = 0;
  let tests = 0;
  const cases = ruleIds.map((ruleId) => {
    const own = findings.filter((f) => f.ruleId === ruleId);
    const failing = own.filter((f) => !f.suppressed && atOrAbove(f.severity, options.failOn));
    const passing = own.filter((f) => !failing.includes(f));
    failures += failing.length;
    tests += Math.max(1, failing.length);
    const out = passing.map((f) => {
      const tag = f.suppressed ? `${t.waived}${t.colon}${f.suppressed.justification}` : severityLabel(f.severity, options.lang);
      return `[${tag}] ${findingBody(f, options)}`;
    });
    if (options.showSkipped) {
      for (const s of file.skipped.filter((x) => x.ruleId === ruleId)) {
        out.push(`[${t.skipped}] ${locationLabel(s.location, options.lang)}${t.colon}${s.reason}`);
      }
    }
    const systemOut = out.length > 0 ? [`      <system-out>${escapeXmlText(out.join('\n\n'))}</system-out>`] : [];
    const testcase = (caseName: string, children: string[]): string => {
      const open = `    <testcase${attrs({ classname: name, name: caseName })}`;
      return children.length === 0 ? `${open}/>` : [`${open}>`, ...children, '    </testcase>'].join('\n');
    };
    const failure = (f: Finding) => `      <failure${attrs({ message: f.message, type: f.severity })}>${escapeXmlText(findingBody(f, options))}</failure>`;
    if (failing.length <= 1) return testcase(ruleId, [...failing.map(failure), ...systemOut]);
    const names = failing.map((f) => `${ruleId} @ ${locationLabel(f.location, options.lang)}`);
    // two findings at one place: numbered, so every test case name is unique in its suite
    const unique = names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? `${n} #${names.slice(0, i + 1).filter((x) => x === n).length}` : n));
    return failing.map((f, i) => testcase(unique[i]!, [failure(f), ...(i === 0 ? systemOut : [])])).join('\n');
  });
  const head = `  <testsuite${attrs({ name, tests, failures, errors: 0, skipped: 0 })}>`;
  return { xml: [head, ...cases, '  </testsuite>'].join('\n'), tests, failures, errors: 0 };
}

export function formatJunit(result: AuditResult, options: FormatOptions): string {
  const allRuleIds = result.rules.map((r) => r.id);
  const suites = sortFiles(result.files, options.cwd).map((f) => suite(f, allRuleIds, options));
  const total = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'jixiao-lint', tests: total('tests'), failures: total('failures'), errors: total('errors') })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
