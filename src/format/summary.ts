/**
 * Batch summary: one line per report, for a terminal or a plain-text e-mail.
 *
 * Input: an AuditResult. Output: a text table aligned in a monospace font where CJK characters
 * take two cells (util.displayWidth), then a totals line.
 * Order: unreadable reports first (they were not checked at all: exit code 2 beats 1), then worst
 * first: errors desc, warnings desc, then path. Counts exclude suppressed findings.
 * Status: 不通过/fail when an unsuppressed finding is at or above options.failOn, else 通过/pass;
 * an unreadable report shows its error instead.
 * Colour only when options.color, through a private chalk instance (no global detection).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditResult, FileResult, FormatOptions } from '../findings/types.js';
import { compareStrings, displayPath, displayWidth, failsGate, fileCounts, type Counts } from './util.js';

const TEXT = {
  zh: {
    headers: ['文件', '单位', '年度', '错误', '警告', '提示', '状态'],
    pass: '通过',
    fail: '不通过',
    unreadable: (m: string) => `无法读取：${m}`,
    total: (files: number, c: Counts, unreadable: number, skipped: number) =>
      `合计：${files} 份报告，错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}` +
      `${c.suppressed > 0 ? `，已豁免 ${c.suppressed}` : ''}` +
      `${unreadable > 0 ? `，无法读取 ${unreadable} 份` : ''}` +
      `${skipped > 0 ? `，未能执行的检查 ${skipped} 项` : ''}`,
    stale: (n: number) => `基线中有 ${n} 条记录已不再出现，可用 --write-baseline 更新`,
  },
  en: {
    headers: ['File', 'Unit', 'Year', 'Errors', 'Warnings', 'Infos', 'Status'],
    pass: 'pass',
    fail: 'fail',
    unreadable: (m: string) => `cannot read: ${m}`,
    total: (files: number, c: Counts, unreadable: number, skipped: number) =>
      `Total: ${files} report${files === 1 ? '' : 's'}, ${c.error} errors, ${c.warning} warnings, ${c.info} infos` +
      `${c.suppressed > 0 ? `, ${c.suppressed} waived` : ''}` +
      `${unreadable > 0 ? `, ${unreadable} unreadable` : ''}` +
      `${skipped > 0 ? `, ${skipped} checks not run` : ''}`,
    stale: (n: number) => `${n} baseline entries no longer occur; update with --write-baseline`,
  },
} as const;

/** Re-exported for formatters that imported it from here (stylish). */
export { displayWidth };

interface Row {
  cells: string[];
  counts: Counts;
  unreadable: boolean;
  failing: boolean;
  path: string;
}

function toRow(file: FileResult, options: FormatOptions): Row {
  const t = TEXT[options.lang];
  const counts = fileCounts(file);
  const path = displayPath(file.path, options.cwd);
  const unreadable = file.error !== null;
  const failing = !unreadable && failsGate(file, options.failOn);
  const status = file.error !== null ? t.unreadable(`${file.error.message} (${file.error.code})`) : failing ? t.fail : t.pass;
  const n = (k: 'error' | 'warning' | 'info'): string => (unreadable ? '-' : String(counts[k]));
  return {
    // Control characters would move the cursor and break the alignment.
    cells: [path, file.info.unit ?? '-', file.info.year?.toString() ?? '-', n('error'), n('warning'), n('info'), status].map((c) =>
      c.replace(/\p{Cc}/gu, ' '),
    ),
    counts,
    unreadable,
    failing,
    path,
  };
}

function compareRows(a: Row, b: Row): number {
  if (a.unreadable !== b.unreadable) return a.unreadable ? -1 : 1;
  return b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || compareStrings(a.path, b.path);
}

/** Count columns (年度…提示) are right-aligned. */
const NUMERIC = new Set([2, 3, 4, 5]);

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export function formatSummary(result: AuditResult, options: FormatOptions): string {
  const t = TEXT[options.lang];
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const rows = result.files.map((f) => toRow(f, options)).sort(compareRows);
  const header = [...t.headers];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.cells[i] ?? ''))));
  const last = header.length - 1;
  const line = (cells: readonly string[], paint: (cell: string, i: number) => string): string =>
    cells
      // The last column is not padded: no trailing blanks.
      .map((c, i) => paint(i === last ? c : pad(c, widths[i] ?? 0, NUMERIC.has(i)), i))
      .join('  ');

  // ASCII rule: box-drawing characters are ambiguous-width and double up in CJK terminals. The last
  // column's rule stops at its widest status, not at a long read-error message.
  const statusWidth = Math.max(displayWidth(header[last] ?? ''), ...rows.filter((r) => !r.unreadable).map((r) => displayWidth(r.cells[last] ?? '')));
  const rule = widths.map((w, i) => '-'.repeat(i === last ? statusWidth : w)).join('  ');
  const out = [line(header, (c) => chalk.bold(c)), rule];
  for (const row of rows) {
    out.push(
      line(row.cells, (c, i) => {
        if (i === 3 && row.counts.error > 0) return chalk.red(c);
        if (i === 4 && row.counts.warning > 0) return chalk.yellow(c);
        if (i === last) return row.unreadable ? chalk.red.bold(c) : row.failing ? chalk.red(c) : chalk.green(c);
        return c;
      }),
    );
  }
  const total = rows.reduce<Counts>(
    (t, r) => ({ error: t.error + r.counts.error, warning: t.warning + r.counts.warning, info: t.info + r.counts.info, suppressed: t.suppressed + r.counts.suppressed }),
    { error: 0, warning: 0, info: 0, suppressed: 0 },
  );
  const unreadable = rows.filter((r) => r.unreadable).length;
  const skipped = options.showSkipped ? result.files.reduce((n, f) => n + (f.counts?.skipped ?? f.skipped.length), 0) : 0;
  out.push('', chalk.bold(t.total(rows.length, total, unreadable, skipped)));
  const stale = result.staleBaseline?.length ?? 0;
  if (stale > 0) out.push(chalk.dim(t.stale(stale)));
  return `${out.join('\n')}\n`;
}
