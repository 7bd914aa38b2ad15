import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/findings/types.js';
import { formatJunit } from '../../src/format/junit.js';
import { AUDIT_RESULT, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';
import { expectGolden } from './golden.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** Parses with saxes (a conforming XML 1.0 parser: it throws on anything not well-formed). */
function parse(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children[0]!;
}

const all = (el: El, name: string): El[] => [
  ...el.children.filter((c) => c.name === name),
  ...el.children.flatMap((c) => all(c, name)),
];

const output = formatJunit(AUDIT_RESULT, OPTIONS_ZH);
const doc = parse(output);
const suites = all(doc, 'testsuite');
const suite = (name: string) => suites.find((s) => s.attrs['name'] === name)!;
const FILE_A = 'reports/2024年 高新区管委会.docx';

describe('formatJunit', () => {
  it('has one suite per file, named by its path relative to cwd', () => {
    expect(doc.name).toBe('testsuites');
    expect(suites.map((s) => s.attrs['name'])).toEqual([FILE_A, 'reports/clean.txt', 'reports/old/2019 报告.doc']);
  });

  it('has one test case per rule that ran (one per place for a rule failing at several), classname = file', () => {
    const cases = all(suite(FILE_A), 'testcase');
    expect([...new Set(cases.map((c) => c.attrs['name']!.replace(/ @ .*$/, '')))]).toEqual(AUDIT_RESULT.rules.map((r) => r.id).sort());
    // no test case holds more than one <failure> (most JUnit readers show only the first)
    expect(cases.every((c) => all(c, 'failure').length <= 1)).toBe(true);
    expect(new Set(cases.map((c) => c.attrs['name'])).size).toBe(cases.length);
    const failingTwice = AUDIT_RESULT.files[0]!.findings.filter((f) => f.ruleId === 'section-empty' && !f.suppressed).length;
    expect(failingTwice).toBeGreaterThan(1);
    expect(cases.filter((c) => c.attrs['name']!.startsWith('section-empty @ '))).toHaveLength(failingTwice);
    expect(new Set(cases.map((c) => c.attrs['classname']))).toEqual(new Set([FILE_A]));
    // No rulesRun on the clean file: every known rule is a (passing) test case.
    const clean = all(suite('reports/clean.txt'), 'testcase');
    expect(clean).toHaveLength(AUDIT_RESULT.rules.length);
    expect(clean.every((c) => c.children.length === 0)).toBe(true);
  });

  it('fails a test case once per unsuppressed finding at or above failOn, with type = severity', () => {
    const failures = all(suite(FILE_A), 'failure');
    // failOn warning: 4 errors + 3 warnings; the 2 infos and the waived warning do not fail.
    expect(failures).toHaveLength(7);
    expect(failures.filter((f) => f.attrs['type'] === 'error')).toHaveLength(4);
    expect(failures.filter((f) => f.attrs['type'] === 'warning')).toHaveLength(3);
    const sum = failures.find((f) => f.attrs['message']?.includes('差额 0.18 万元'))!;
    expect(sum.text).toContain('二 › 第16行');
    expect(sum.text).toContain('应为：323.15 万元');
    expect(sum.text).toContain('实为：323.33 万元');
    const heading = all(suite(FILE_A), 'testcase').find((c) => c.attrs['name'] === 'heading-numbering')!;
    expect(all(heading, 'failure')).toHaveLength(0);
    expect(all(heading, 'system-out')[0]!.text).toContain('[已豁免：沿用上级主管部门下发的模板编号，经绩效科同意]');
    const rounding = all(suite(FILE_A), 'testcase').find((c) => c.attrs['name'] === 'rounding-difference')!;
    expect(all(rounding, 'system-out')[0]!.text).toContain('[提示]');
  });

  it('failOn error moves warnings to system-out', () => {
    const strictDoc = parse(formatJunit(AUDIT_RESULT, { ...OPTIONS_ZH, failOn: 'error' }));
    expect(all(strictDoc, 'failure').map((f) => f.attrs['type'])).toEqual(['error', 'error', 'error', 'error']);
  });

  it('counts tests, failing test cases and errors consistently at every level', () => {
    for (const s of suites) {
      const cases = all(s, 'testcase');
      expect(Number(s.attrs['tests'])).toBe(cases.length);
      expect(Number(s.attrs['failures'])).toBe(cases.filter((c) => all(c, 'failure').length > 0).length);
      expect(Number(s.attrs['errors'])).toBe(cases.filter((c) => all(c, 'error').length > 0).length);
    }
    const sum = (k: string) => suites.reduce((n, s) => n + Number(s.attrs[k]), 0);
    expect(doc.attrs).toMatchObject({ tests: String(sum('tests')), failures: String(sum('failures')), errors: String(sum('errors')) });
    // one failing test case per failing finding: 4 errors + 3 warnings at failOn warning
    expect(suite(FILE_A).attrs['failures']).toBe('7');
    expect(doc.attrs['errors']).toBe('1');
  });

  it('reports an unreadable file as one test case "read" with an <error>', () => {
    const s = suite('reports/old/2019 报告.doc');
    expect(s.attrs).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    const [testcase] = all(s, 'testcase');
    expect(testcase!.attrs['name']).toBe('read');
    const error = all(testcase!, 'error')[0]!;
    expect(error.attrs['type']).toBe('legacy-doc');
    expect(error.attrs['message']).toContain('另存为 .docx');
  });

  it('round-trips hostile text exactly, and drops only characters XML 1.0 forbids', () => {
    const failures = all(doc, 'failure');
    const template = failures.find((f) => f.attrs['message']?.startsWith('残留提纲文字'))!;
    // The newline inside an attribute survives as &#10;.
    expect(template.attrs['message']).toBe(AUDIT_RESULT.files[0]!.findings.find((f) => f.ruleId === 'template-text-left')!.message);
    const sangong = failures.find((f) => f.attrs['message']?.startsWith('“三公”'))!;
    expect(sangong.attrs['message']).toBe('“三公”经费未说明因公出国（境）费 & 未写明 "0 万元" 或 \'未发生\'');
    const year = failures.find((f) => f.attrs['message']?.startsWith('-2023'))!;
    expect(year.attrs['message']).toBe('-2023年的数字出现在 2024 年度报告中，且未说明是上年对比\uFFFD');
    expect(output).not.toContain('\u0007');

    const hostile: AuditResult = {
      ...AUDIT_RESULT,
      files: [
        {
          ...AUDIT_RESULT.files[2]!,
          path: 'reports/a&b <c> "d".txt',
          rulesRun: ['x]]>y'],
          findings: [
            {
              ruleId: 'x]]>y',
              severity: 'error',
              message: '<![CDATA[ ]]> </failure> &amp; \r\n\ttab',
              location: { file: 'reports/a&b <c> "d".txt', path: ['<script>alert(1)</script>'], line: 3 },
              data: {},
              fingerprint: 'x',
            },
          ],
        },
      ],
    };
    const parsed = parse(formatJunit(hostile, OPTIONS_EN));
    const testcase = all(parsed, 'testcase')[0]!;
    expect(testcase.attrs).toEqual({ classname: 'reports/a&b <c> "d".txt', name: 'x]]>y' });
    const failure = all(testcase, 'failure')[0]!;
    expect(failure.attrs['message']).toBe('<![CDATA[ ]]> </failure> &amp; \r\n\ttab');
    expect(failure.text).toContain('<![CDATA[ ]]> </failure> &amp; \r\n\ttab');
    expect(failure.text).toContain('line 3（<script>alert(1)</script>）');
  });

  it('writes English labels with lang en', () => {
    const en = formatJunit(AUDIT_RESULT, OPTIONS_EN);
    expect(en).toContain('expected: 323.15 万元');
    expect(en).toContain('二 › line 16');
  });

  it('is deterministic and matches the golden file', () => {
    const shuffled = { ...AUDIT_RESULT, files: [...AUDIT_RESULT.files].reverse() };
    expect(formatJunit(shuffled, OPTIONS_ZH)).toBe(output);
    expectGolden('report.junit.xml', output);
  });
});
