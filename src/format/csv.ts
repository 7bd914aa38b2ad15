/**
 * CSV for spreadsheets (Excel / WPS), the finance office's own tool.
 *
 * Input: an AuditResult. Output: RFC 4180 text with a UTF-8 BOM (so Excel reads the Chinese
 * correctly) and CRLF line ends, including after the last row.
 * Columns (order fixed; headers in options.lang): 文件, 单位, 年度, 章节, 行, 列, 级别, 规则, 说明,
 * 应为, 实为, 建议, 原文 (the excerpt), then 豁免 (the waiver or baseline justification of a
 * suppressed finding, else empty).
 * Rows: one per finding (suppressed ones included, marked in 豁免), sorted by file then position;
 * one per unreadable file with severity error, rule 'read-error' and the reader's message followed
 * by its code in parentheses, so a batch export lists every report that was not checked.
 * With csvPer 'report': one row per report, clean ones included (an auditor tells "checked and
 * clean" from "never checked"): 文件, 单位, 年度, 类型, 格式, 错误, 警告, 提示, 已豁免, 未能执行,
 * 结论 (通过 / 不通过 at options.failOn / 无法读取), 说明 (the read error, if any).
 * Invariant: a cell a spreadsheet would run as a formula (starting with = + - @ TAB CR) gets a
 * leading apostrophe (OWASP CSV injection), so '-0.01' reads as text, not a number: that is intended.
 */
import type { AuditResult, FileResult, Finding, FormatOptions } from '../findings/types.js';
import { countFindings, displayPath, failsGate, placeLabel, replaceIllegalXmlChars, severityLabel, sortFiles, sortFindings } from './util.js';

const HEADERS = {
  zh: ['文件', '单位', '年度', '章节', '行', '列', '级别', '规则', '说明', '应为', '实为', '建议', '原文', '豁免'],
  en: ['file', 'unit', 'year', 'section', 'line', 'column', 'severity', 'rule', 'message', 'expected', 'actual', 'help', 'excerpt', 'suppressed'],
} as const;

const REPORT_HEADERS = {
  zh: ['文件', '单位', '年度', '类型', '格式', '错误', '警告', '提示', '已豁免', '未能执行', '结论', '说明'],
  en: ['file', 'unit', 'year', 'kind', 'format', 'errors', 'warnings', 'infos', 'suppressed', 'skipped', 'verdict', 'message'],
} as const;

const VERDICT = { zh: { pass: '通过', fail: '不通过', unreadable: '无法读取' }, en: { pass: 'pass', fail: 'fail', unreadable: 'unreadable' } } as const;

export const READ_ERROR_RULE = 'read-error';

/** One RFC 4180 field, with formula-trigger neutralisation. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : replaceIllegalXmlChars(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function findingRow(file: FileResult, f: Finding, options: FormatOptions): (string | number | undefined)[] {
  return [
    displayPath(file.path, options.cwd),
    file.info.unit,
    file.info.year,
    f.location.section ?? f.location.heading,
    f.location.page !== undefined ? placeLabel(f.location, options.lang) : f.location.line,
    f.location.column,
    severityLabel(f.severity, options.lang),
    f.ruleId,
    f.message,
    f.expected,
    f.actual,
    f.help,
    f.location.excerpt,
    f.suppressed?.justification,
  ];
}

function readErrorRow(file: FileResult, options: FormatOptions): (string | number | undefined)[] {
  const message = file.error === null ? undefined : `${file.error.message} (${file.error.code})`;
  const path = displayPath(file.path, options.cwd);
  return [path, file.info.unit, file.info.year, undefined, undefined, undefined, severityLabel('error', options.lang), READ_ERROR_RULE, message, undefined, undefined, undefined, undefined, undefined];
}

function reportRow(file: FileResult, options: FormatOptions): (string | number | undefined)[] {
  const c = file.counts ?? {
    ...countFindings(file.findings),
    skipped: file.skipped.length,
  };
  const verdict = file.error !== null ? VERDICT[options.lang].unreadable : failsGate(file, options.failOn) ? VERDICT[options.lang].fail : VERDICT[options.lang].pass;
  return [
    displayPath(file.path, options.cwd),
    file.info.unit,
    file.info.year,
    file.info.kind,
    file.info.format,
    file.error === null ? c.error : undefined,
    file.error === null ? c.warning : undefined,
    file.error === null ? c.info : undefined,
    file.error === null ? c.suppressed : undefined,
    file.error === null ? c.skipped : undefined,
    verdict,
    file.error === null ? undefined : `${file.error.message} (${file.error.code})`,
  ];
}

export function formatCsv(result: AuditResult, options: FormatOptions): string {
  if (options.csvPer === 'report') {
    const rows: (readonly (string | number | undefined)[])[] = [REPORT_HEADERS[options.lang], ...sortFiles(result.files, options.cwd).map((f) => reportRow(f, options))];
    return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
  const rows: (readonly (string | number | undefined)[])[] = [HEADERS[options.lang]];
  for (const file of sortFiles(result.files, options.cwd)) {
    if (file.error !== null) rows.push(readErrorRow(file, options));
    for (const f of sortFindings(file.findings)) rows.push(findingRow(file, f, options));
  }
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
