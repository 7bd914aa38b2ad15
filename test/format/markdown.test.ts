import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../src/format/markdown.js';
import { AUDIT_RESULT, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';
import { expectGolden } from './golden.js';

/** Splits a GFM table row into cells the way GitHub does: a pipe is a delimiter unless backslash-escaped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i += 1) {
    const c = row[i]!;
    if (c === '\\') {
      cell += c + (row[i + 1] ?? '');
      i += 1;
    } else if (c === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out.slice(1, -1);
}

/** What a Markdown renderer shows for escaped text: backslash escapes and the three entities resolved. */
function rendered(escaped: string): string {
  return escaped
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const output = formatMarkdown(AUDIT_RESULT, OPTIONS_ZH);
const lines = output.split('\n');
const tableRows = lines.filter((l) => l.startsWith('|'));

describe('formatMarkdown', () => {
  it('opens with a marker comment, then one heading line holding the counts', () => {
    expect(lines[0]).toBe('<!-- jixiao-lint -->');
    expect(lines[1]).toBe('### jixiao-lint 审核结果：3 份报告，🔴 4 个错误，🟠 3 个警告，🔵 2 个提示，1 个已豁免，❌ 1 份无法读取');
  });

  it('has a five-column table per file with findings, every row intact despite hostile text', () => {
    expect(tableRows[0]).toBe('| 级别 | 位置 | 规则 | 说明 | 建议 |');
    expect(tableRows[1]).toBe('|---|---|---|---|---|');
    const body = tableRows.slice(2);
    expect(body).toHaveLength(AUDIT_RESULT.files[0]!.findings.length);
    for (const row of tableRows) expect(cells(row)).toHaveLength(5);
    // The table is contiguous: no line inside it breaks out.
    const first = lines.indexOf(tableRows[0]!);
    expect(lines.slice(first, first + tableRows.length)).toEqual(tableRows);
  });

  it('shows severity, section › line with the excerpt, rule id, message and suggestion', () => {
    const sum = tableRows.find((r) => r.includes('sum-mismatch'))!;
    expect(cells(sum)).toEqual([
      '🔴 错误',
      '二 › 第16行 「按经济科目分类：工资福利支出272.31万元、商品和服务支出51.02万元。」',
      '`sum-mismatch`',
      '基本支出按经济科目分类明细合计 323.33 万元，与总额 323.15 万元不符，差额 0.18 万元',
      '核对明细是否漏列、重列，或更正总额',
    ]);
    const noLine = tableRows.find((r) => r.includes('没有内容'))!;
    expect(cells(noLine)[1]).toMatch(/^八( |$)/);
    const waived = tableRows.find((r) => r.includes('heading-numbering'))!;
    expect(cells(waived)[3]).toMatch(/^~~.*~~ \(已豁免：沿用上级主管部门下发的模板编号，经绩效科同意\)$/);
  });

  it('cannot be made to render HTML, links, code or emphasis from report text', () => {
    const template = tableRows.find((r) => r.includes('template-text-left'))!;
    const message = cells(template)[3]!;
    expect(message).not.toMatch(/<|>/);
    expect(message).not.toMatch(/(^|[^\\])[[\]`*|]/);
    expect(message).not.toMatch(/[^\\]\]\(/);
    const original = AUDIT_RESULT.files[0]!.findings.find((f) => f.ruleId === 'template-text-left')!.message;
    expect(rendered(message)).toBe(original.replace('\n', ' '));
    expect(output).not.toMatch(/<img|<script/i);
  });

  it('escapes what GitHub would autolink or mention, and drops control characters', () => {
    expect(escapeMarkdown('见 https://evil.example 或 www.evil.example，@finance-team')).toBe(
      '见 https\\://evil.example 或 www\\.evil.example，\\@finance-team',
    );
    expect(escapeMarkdown('a\u0007b\r\nc\td')).toBe('ab c d');
    expect(escapeMarkdown('#1 \\| x')).toBe('\\#1 \\\\\\| x');
    expect(rendered(escapeMarkdown('&lt; is not <'))).toBe('&lt; is not <');
  });

  it('reports the unreadable file and lists clean files on one line', () => {
    expect(output).toContain('#### reports/old/2019 报告.doc\n\n❌ 无法读取：旧版 Word 97-2003 文档（.doc）无法读取，请用 Word 另存为 .docx 后重试 (legacy-doc)');
    expect(output).toContain('✅ 未发现问题：reports/clean.txt');
  });

  it('uses English headers with lang en', () => {
    const en = formatMarkdown(AUDIT_RESULT, OPTIONS_EN);
    expect(en).toContain('| Severity | Location | Rule | Message | Help |');
    expect(en.split('\n')[1]).toBe('### jixiao-lint results: 3 reports, 🔴 4 errors, 🟠 3 warnings, 🔵 2 info, 1 waived, ❌ 1 unreadable');
    expect(en).toContain('| 🔴 error | 二 › line 16 「');
  });

  it('is deterministic and matches the golden files', () => {
    expect(formatMarkdown({ ...AUDIT_RESULT, files: [...AUDIT_RESULT.files].reverse() }, OPTIONS_ZH)).toBe(output);
    expectGolden('report.md', output);
    expectGolden('report.en.md', formatMarkdown(AUDIT_RESULT, OPTIONS_EN));
  });
});
