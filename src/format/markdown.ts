/**
 * Markdown for a pull-request comment (GitHub / GitLab flavoured).
 *
 * Input: an AuditResult. Output: a marker comment (<!-- jixiao-lint -->), a heading with the
 * counts, then one table per report with findings (| 级别 | 位置 (with the excerpt) | 规则 | 说明 |
 * 建议 |), then one line listing the clean reports.
 * Invariant: text from reports and findings can neither break a table nor become markup:
 * every Markdown metacharacter is backslash-escaped, `<`, `>` and `&` become entities (no raw
 * HTML), `:`/`@`/`www.` are escaped so GFM does not autolink or mention, and newlines become spaces.
 */
import type { AuditResult, FileResult, Finding, FormatOptions, Severity } from '../findings/types.js';
import { countFindings, displayPath, locationLabel, severityLabel, sortFiles, sortFindings } from './util.js';

const EMOJI: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };

const TEXT = {
  zh: {
    title: 'jixiao-lint 审核结果',
    files: (n: number) => `${n} 份报告`,
    errors: (n: number) => `${n} 个错误`,
    warnings: (n: number) => `${n} 个警告`,
    infos: (n: number) => `${n} 个提示`,
    suppressed: (n: number) => `${n} 个已豁免`,
    unreadable: (n: number) => `${n} 份无法读取`,
    header: '| 级别 | 位置 | 规则 | 说明 | 建议 |',
    waived: '已豁免',
    readError: '无法读取',
    clean: '未发现问题',
    skipped: '未能执行的检查',
    sep: '，',
    colon: '：',
  },
  en: {
    title: 'jixiao-lint results',
    files: (n: number) => `${n} report${n === 1 ? '' : 's'}`,
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    infos: (n: number) => `${n} info`,
    suppressed: (n: number) => `${n} waived`,
    unreadable: (n: number) => `${n} unreadable`,
    header: '| Severity | Location | Rule | Message | Help |',
    waived: 'waived',
    readError: 'Cannot read',
    clean: 'No problems found',
    skipped: 'Checks not run',
    sep: ', ',
    colon: ': ',
  },
} as const;

/**
 * Inline Markdown text that renders exactly as given, on one line, inside a table cell or heading.
 * Block syntax (lists, quotes) cannot start inside a cell, so only inline metacharacters need care.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/[\\`*_[\]|~#:@]/g, (c) => `\\${c}`)
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function row(f: Finding, lang: FormatOptions['lang']): string {
  const t = TEXT[lang];
  const level = `${EMOJI[f.severity]} ${severityLabel(f.severity, lang)}`;
  const message = f.suppressed
    ? `~~${escapeMarkdown(f.message)}~~ (${t.waived}${t.colon}${escapeMarkdown(f.suppressed.justification)})`
    : escapeMarkdown(f.message);
  const rule = /^[a-z0-9-]+$/.test(f.ruleId) ? `\`${f.ruleId}\`` : escapeMarkdown(f.ruleId);
  // the excerpt beside the place, cut to what a table cell holds: the reader finds the sentence
  const ex = f.location.excerpt;
  const excerpt = ex !== undefined && ex !== '' ? ` 「${escapeMarkdown([...ex].length > 40 ? [...ex].slice(0, 39).join('') + '…' : ex)}」` : '';
  return `| ${level} | ${escapeMarkdown(locationLabel(f.location, lang))}${excerpt} | ${rule} | ${message} | ${f.help !== undefined ? escapeMarkdown(f.help) : ''} |`;
}

function fileBlock(file: FileResult, options: FormatOptions): string[] {
  const t = TEXT[options.lang];
  const heading = `#### ${escapeMarkdown(displayPath(file.path, options.cwd))}${
    file.info.unit !== undefined ? ` — ${escapeMarkdown(file.info.unit)}` : ''
  }`;
  if (file.error !== null) {
    return [heading, '', `❌ ${t.readError}${t.colon}${escapeMarkdown(file.error.message)} (${escapeMarkdown(file.error.code)})`, ''];
  }
  const out = [heading, '', t.header, '|---|---|---|---|---|', ...sortFindings(file.findings).map((f) => row(f, options.lang)), ''];
  if (options.showSkipped && file.skipped.length > 0) {
    out.push(`${t.skipped}${t.colon}`, '');
    for (const s of file.skipped) {
      out.push(`- \`${s.ruleId}\` ${escapeMarkdown(locationLabel(s.location, options.lang))}${t.colon}${escapeMarkdown(s.reason)}`);
    }
    out.push('');
  }
  return out;
}

export function formatMarkdown(result: AuditResult, options: FormatOptions): string {
  const t = TEXT[options.lang];
  const files = sortFiles(result.files, options.cwd);
  const counts = countFindings(files.flatMap((f) => f.findings));
  const unreadable = files.filter((f) => f.error !== null).length;
  const parts = [
    t.files(files.length),
    `${EMOJI.error} ${t.errors(counts.error)}`,
    `${EMOJI.warning} ${t.warnings(counts.warning)}`,
    `${EMOJI.info} ${t.infos(counts.info)}`,
    ...(counts.suppressed > 0 ? [t.suppressed(counts.suppressed)] : []),
    ...(unreadable > 0 ? [`❌ ${t.unreadable(unreadable)}`] : []),
  ];
  // the marker comment (invisible when rendered) lets a folder scan know this file is our output
  const lines = ['<!-- jixiao-lint -->', `### ${t.title}${t.colon}${parts.join(t.sep)}`, ''];
  const clean: string[] = [];
  for (const file of files) {
    if (file.error === null && file.findings.length === 0 && !(options.showSkipped && file.skipped.length > 0)) {
      clean.push(escapeMarkdown(displayPath(file.path, options.cwd)));
    } else {
      lines.push(...fileBlock(file, options));
    }
  }
  if (clean.length > 0) lines.push(`✅ ${t.clean}${t.colon}${clean.join(t.sep)}`, '');
  return lines.join('\n');
}
