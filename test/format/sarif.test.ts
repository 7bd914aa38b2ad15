import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type AjvModule from 'ajv-draft-04';
import { formatSarif } from '../../src/format/sarif.js';
import { AUDIT_RESULT, CWD, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';
import { expectGolden } from './golden.js';

// ajv-draft-04 is CommonJS (module.exports = Ajv); require() avoids default-import interop guesses.
const Ajv = createRequire(import.meta.url)('ajv-draft-04') as typeof AjvModule.default;

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

/** RFC 3986 URI reference: ASCII only, no spaces, '%' only as a complete escape. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function validator(): (data: unknown) => { valid: boolean; errors: string } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URI_REFERENCE.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('uri-reference', (s: string) => URI_REFERENCE.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);
  return (data) => ({ valid: validate(data), errors: ajv.errorsText(validate.errors, { separator: '\n' }) });
}

interface Log {
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; descriptor?: { id: string } }[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number; snippet?: { text: string } } };
        logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
      }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation: { region?: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; status: string; justification: string }[];
      properties: { expected?: string; actual?: string; data: Record<string, unknown>; excerpt?: string };
    }[];
  }[];
}

const output = formatSarif(AUDIT_RESULT, OPTIONS_ZH);
const log = JSON.parse(output) as Log;
const run = log.runs[0]!;
const byFingerprint = (fp: string) => run.results.find((r) => r.partialFingerprints['jixiaoLint/v1'] === fp)!;

describe('formatSarif', () => {
  it('is valid against the official SARIF 2.1.0 schema, in both languages', () => {
    const validate = validator();
    for (const options of [OPTIONS_ZH, OPTIONS_EN]) {
      const { valid, errors } = validate(JSON.parse(formatSarif(AUDIT_RESULT, options)));
      expect(errors).toBe('No errors');
      expect(valid).toBe(true);
    }
  });

  it('the schema check can fail: a broken log is rejected', () => {
    const broken = JSON.parse(output) as Log;
    (broken.runs[0]!.results[0]! as { level: string }).level = 'fatal';
    expect(validator()(broken).valid).toBe(false);
  });

  it('describes every rule once, with PascalCase name, mapped default level and category', () => {
    const rules = run.tool.driver.rules;
    expect(run.tool.driver).toMatchObject({ name: 'jixiao-lint', version: '0.1.0' });
    expect(rules.map((r) => r['id'])).toEqual([...AUDIT_RESULT.rules.map((r) => r.id)].sort());
    const sum = rules.find((r) => r['id'] === 'sum-mismatch')!;
    expect(sum).toMatchObject({
      name: 'SumMismatch',
      shortDescription: { text: '明细合计与总额不符' },
      help: { text: '核对明细是否漏列、重列，或更正总额' },
      defaultConfiguration: { level: 'error' },
      properties: { category: 'arithmetic' },
    });
    expect(rules.find((r) => r['id'] === 'rounding-difference')).toMatchObject({ defaultConfiguration: { level: 'note' } });
    expect(rules.find((r) => r['id'] === 'heading-numbering')).toMatchObject({ defaultConfiguration: { level: 'warning' } });
    // Only a web address becomes helpUri; a 文号 stays a property.
    expect(rules.find((r) => r['id'] === 'placeholder-left')).toHaveProperty('helpUri', 'https://example.gov.cn/jixiao/placeholder');
    expect(rules.find((r) => r['id'] === 'section-empty')).not.toHaveProperty('helpUri');
    const en = JSON.parse(formatSarif(AUDIT_RESULT, OPTIONS_EN)) as Log;
    expect(en.runs[0]!.tool.driver.rules.find((r) => r['id'] === 'sum-mismatch')).toMatchObject({
      shortDescription: { text: 'Breakdown does not add up to its total' },
    });
  });

  it('gives each result its rule index, level, message and fingerprint', () => {
    const rules = run.tool.driver.rules;
    expect(run.results).toHaveLength(AUDIT_RESULT.files.flatMap((f) => f.findings).length);
    for (const r of run.results) {
      expect(rules[r.ruleIndex!]!['id']).toBe(r.ruleId);
      expect(r.partialFingerprints['jixiaoLint/v1']).toMatch(/^[a-z-]+:/);
    }
    const sum = byFingerprint('sum-mismatch:二:基本支出:经济:9c3e1a');
    expect(sum.level).toBe('error');
    expect(sum.message.text).toContain('差额 0.18 万元');
    expect(sum.properties).toMatchObject({ expected: '323.15 万元', actual: '323.33 万元', data: { diff: '0.18' } });
    expect(byFingerprint('rounding-difference:二:项目支出:经济:41d2b7').level).toBe('note');
  });

  it('writes a region only where the line is known, with snippet and column', () => {
    const sum = byFingerprint('sum-mismatch:二:基本支出:经济:9c3e1a').locations[0]!;
    expect(sum.physicalLocation.region).toEqual({
      startLine: 16,
      startColumn: 9,
      snippet: { text: '按经济科目分类：工资福利支出272.31万元、商品和服务支出51.02万元。' },
    });
    expect(sum.logicalLocations).toEqual([
      { name: '2、 一般公共预算支出情况', fullyQualifiedName: '2、 一般公共预算支出情况', kind: 'module' },
      { name: '（一）基本支出情况', fullyQualifiedName: '2、 一般公共预算支出情况 › （一）基本支出情况', kind: 'module' },
      { name: '第2段', fullyQualifiedName: '2、 一般公共预算支出情况 › （一）基本支出情况 › 第2段', kind: 'module' },
    ]);
    const noLine = byFingerprint('section-empty:八:5c77d1').locations[0]!;
    expect(noLine.physicalLocation).not.toHaveProperty('region');
    expect(noLine.logicalLocations?.[0]?.name).toBe('八、下一步改进措施');
    // No column known: no startColumn invented.
    expect(byFingerprint('section-empty:七:e81c03').locations[0]!.physicalLocation.region).toEqual({
      startLine: 31,
      snippet: { text: '七、存在的问题及原因分析' },
    });
  });

  it('uses percent-encoded URIs relative to %SRCROOT%, which points at cwd', () => {
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: `file://${CWD}/` });
    const uris = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris[0]).toEqual({ uri: 'reports/2024%E5%B9%B4%20%E9%AB%98%E6%96%B0%E5%8C%BA%E7%AE%A1%E5%A7%94%E4%BC%9A.docx', uriBaseId: '%SRCROOT%', index: 0 });
    expect(decodeURIComponent(uris[0]!.uri)).toBe('reports/2024年 高新区管委会.docx');
  });

  it('gives files outside cwd an absolute file URI without a base', () => {
    const outside = { ...AUDIT_RESULT, files: [{ ...AUDIT_RESULT.files[0]!, path: '/home/kuaiji/桌面/报告 #1.docx' }] };
    const artifact = (JSON.parse(formatSarif(outside, OPTIONS_ZH)) as { runs: { artifacts: { location: unknown }[] }[] }).runs[0]!.artifacts[0]!;
    expect(artifact.location).toEqual({ uri: 'file:///home/kuaiji/%E6%A1%8C%E9%9D%A2/%E6%8A%A5%E5%91%8A%20%231.docx' });
  });

  it('carries related locations with their text', () => {
    const related = byFingerprint('sum-mismatch:二:基本支出:经济:9c3e1a').relatedLocations!;
    expect(related.map((r) => [r.id, r.message.text, r.physicalLocation.region?.startLine])).toEqual([
      [1, '总额 323.15 万元', 15],
      [2, '工资福利支出 272.31 万元', 16],
    ]);
  });

  it('keeps a waived finding as an accepted external suppression', () => {
    const waived = byFingerprint('heading-numbering:一:6a1f0c');
    expect(waived.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: '沿用上级主管部门下发的模板编号，经绩效科同意', properties: { source: 'waiver' } },
    ]);
    expect(run.results.filter((r) => r.suppressions !== undefined)).toHaveLength(1);
  });

  it('reports an unreadable file as an error notification and an unsuccessful execution', () => {
    const invocation = run.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    const errors = invocation.toolExecutionNotifications.filter((n) => n.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.descriptor).toEqual({ id: 'legacy-doc' });
    expect(errors[0]!.message.text).toContain('reports/old/2019 报告.doc');
    expect(errors[0]!.message.text).toContain('另存为 .docx');
    // Skipped checks are notes when asked for.
    expect(invocation.toolExecutionNotifications.filter((n) => n.level === 'note')).toHaveLength(1);
    const clean = { ...AUDIT_RESULT, files: AUDIT_RESULT.files.filter((f) => f.error === null) };
    const ok = JSON.parse(formatSarif(clean, { ...OPTIONS_ZH, showSkipped: false })) as Log;
    expect(ok.runs[0]!.invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('is deterministic whatever order files and findings arrive in', () => {
    const shuffled = {
      ...AUDIT_RESULT,
      rules: [...AUDIT_RESULT.rules].reverse(),
      files: [...AUDIT_RESULT.files].reverse().map((f) => ({ ...f, findings: [...f.findings].reverse() })),
    };
    expect(formatSarif(shuffled, OPTIONS_ZH)).toBe(output);
  });

  it('matches the golden file', () => {
    expectGolden('report.sarif', output);
  });
});
