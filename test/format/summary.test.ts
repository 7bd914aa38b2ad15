import { describe, expect, it } from 'vitest';
import type { AuditResult, FileResult, Finding } from '../../src/findings/types.js';
import { formatSummary } from '../../src/format/summary.js';
import { displayWidth } from '../../src/format/util.js';
import { AUDIT_RESULT, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';
import { expectGolden } from './golden.js';

const warning = (file: string, n: number): Finding => ({
  ruleId: 'heading-numbering',
  severity: 'warning',
  message: `警告 ${n}`,
  location: { file, path: [] },
  data: {},
  fingerprint: `w${n}`,
});

function report(path: string, unit: string, findings: Finding[]): FileResult {
  return { path, error: null, findings, skipped: [], info: { unit, year: 2023 } };
}

/** The fixture plus two reports that only have warnings, to exercise every sort key. */
const BATCH: AuditResult = {
  ...AUDIT_RESULT,
  files: [
    ...AUDIT_RESULT.files,
    report('b/两个警告.txt', '炎陵县教育局', [warning('b', 1), warning('b', 2)]),
    report('a/one-warning.txt', 'Yanling County Audit Office', [warning('a', 1)]),
    report('a/two-warnings.txt', '县审计局', [warning('a', 2), warning('a', 3)]),
  ],
};

const output = formatSummary(BATCH, OPTIONS_ZH);
const lines = output.trimEnd().split('\n');

/** Column start positions (in terminal cells) of a line, found at runs of two or more spaces. */
function columnStarts(line: string): number[] {
  const starts: number[] = [0];
  const re = /( {2,})(\S)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    starts.push(displayWidth(line.slice(0, m.index + m[1]!.length)));
  }
  return starts;
}

describe('formatSummary', () => {
  it('lists unreadable reports first, then worst first: errors, warnings, then path', () => {
    const paths = lines.slice(2, 2 + BATCH.files.length).map((l) => l.split(/\s{2,}/)[0]);
    expect(paths).toEqual([
      'reports/old/2019 报告.doc',
      'reports/2024年 高新区管委会.docx',
      'a/two-warnings.txt',
      'b/两个警告.txt',
      'a/one-warning.txt',
      'reports/clean.txt',
    ]);
  });

  it('shows unit, year, counts (waived excluded) and status', () => {
    const row = lines.find((l) => l.startsWith('reports/2024年'))!;
    expect(row.split(/\s{2,}/)).toEqual(['reports/2024年 高新区管委会.docx', '炎陵高新技术产业开发区管理委员会', '2024', '4', '3', '2', '不通过']);
    expect(lines.find((l) => l.startsWith('reports/clean.txt'))!.split(/\s{2,}/)).toEqual(['reports/clean.txt', '炎陵县财政局', '2024', '0', '0', '0', '通过']);
    const unreadable = lines.find((l) => l.startsWith('reports/old'))!;
    expect(unreadable.split(/\s{2,}/)).toEqual(['reports/old/2019 报告.doc', '-', '-', '-', '-', '-', '无法读取：旧版 Word 97-2003 文档（.doc）无法读取，请用 Word 另存为 .docx 后重试 (legacy-doc)']);
  });

  it('aligns columns counting CJK characters as two cells', () => {
    expect(displayWidth('炎陵abc')).toBe(7);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    const table = lines.slice(0, 2 + BATCH.files.length);
    const header = columnStarts(table[0]!);
    expect(header).toHaveLength(7);
    for (const line of table.slice(2)) {
      // Right-aligned count columns end where the header's do; so compare ends for those, starts for the rest.
      const cellsEnd = (l: string) => {
        const ends: number[] = [];
        const re = /\S+(?: \S+)*/g;
        for (let m = re.exec(l); m !== null; m = re.exec(l)) ends.push(displayWidth(l.slice(0, m.index + m[0].length)));
        return ends;
      };
      const starts = columnStarts(line);
      expect([starts[0], starts[1], starts[6]]).toEqual([header[0], header[1], header[6]]);
      expect(cellsEnd(line).slice(2, 6)).toEqual(cellsEnd(table[0]!).slice(2, 6));
    }
    // The rule under the header spans each column exactly.
    const rule = table[1]!.split('  ');
    expect(rule.every((r) => /^-+$/.test(r))).toBe(true);
    rule.slice(0, 6).forEach((r, i) => expect(r.length).toBe(header[i + 1]! - header[i]! - 2));
    expect(rule[6]).toBe('------');
  });

  it('ends with a totals line', () => {
    expect(lines[lines.length - 1]).toBe('合计：6 份报告，错误 4，警告 8，提示 2，已豁免 1，无法读取 1 份，未能执行的检查 1 项');
  });

  it('uses English with lang en', () => {
    const en = formatSummary(AUDIT_RESULT, OPTIONS_EN);
    expect(en.split('\n')[0]!.split(/\s{2,}/)).toEqual(['File', 'Unit', 'Year', 'Errors', 'Warnings', 'Infos', 'Status']);
    expect(en).toContain('cannot read: ');
    expect(en.trimEnd().split('\n').at(-1)).toBe('Total: 3 reports, 4 errors, 3 warnings, 2 infos, 1 waived, 1 unreadable, 1 checks not run');
  });

  it('colours only when asked to', () => {
    expect(output).not.toContain('\u001b[');
    const coloured = formatSummary(BATCH, { ...OPTIONS_ZH, color: true });
    expect(coloured).toContain('\u001b[31m');
    // Same text once the colour codes are removed: alignment is computed on plain text.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(output);
  });

  it('mentions stale baseline entries', () => {
    const stale = formatSummary({ ...AUDIT_RESULT, staleBaseline: [{ fingerprint: 'x', ruleId: 'sum-mismatch', file: 'a' }] }, OPTIONS_ZH);
    expect(stale).toContain('基线中有 1 条记录已不再出现');
  });

  it('is deterministic and matches the golden files', () => {
    expect(formatSummary({ ...BATCH, files: [...BATCH.files].reverse() }, OPTIONS_ZH)).toBe(output);
    expectGolden('summary.txt', output);
    expectGolden('summary.en.txt', formatSummary(BATCH, OPTIONS_EN));
  });
});
