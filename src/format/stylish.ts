/**
 * The default terminal output (ESLint's stylish, in Chinese): findings grouped by file and
 * section, each with line:column, severity, message and rule id; expected/actual and the help
 * underneath; a closing count. Colour only when options.color.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditResult, FileResult, Finding, FormatOptions, Location } from '../findings/types.js';
import { tallyChecks, type CheckTally } from '../findings/tally.js';
import { displayWidth, kindAndOutline, pathStep, placeLabel, SEVERITY_LABELS, sortFindings } from './util.js';

const T = {
  zh: {
    sev: SEVERITY_LABELS.zh,
    cover: '封面 / 文首',
    whole: '全文',
    expected: '应为',
    actual: '实为',
    fix: '建议',
    colon: '：',
    comma: '，',
    skip: '跳过',
    suppressed: '已豁免',
    skipped: '未能执行的检查',
    problems: (n: number, e: number, w: number, i: number) => `${n} 个问题（${e} 个错误，${w} 个警告，${i} 个提示）`,
    clean: (n: number) => `✔ 已检查 ${n} 个文件，未发现问题`,
    checked: (t: CheckTally) => `核对 ${t.pass + t.rounding + t.fail + t.skipped} 项：一致 ${t.pass}，舍入差 ${t.rounding}，不符 ${t.fail}，未能核对 ${t.skipped}`,
    unreadable: (n: number) => `${n} 个文件无法读取`,
    consequences: (n: number, places: string) => `因此不符的另外 ${n} 项（改正该数字后一致）：${places}`,
    skippedCount: (n: number) => `${n} 项检查因缺少数据未能执行（--show-skipped 查看）`,
    suppressedCount: (n: number) => `${n} 个问题已豁免或在基线中`,
    stale: (n: number) => `基线中有 ${n} 条已不再出现，可删除`,
  },
  en: {
    sev: SEVERITY_LABELS.en,
    cover: 'cover / preamble',
    whole: 'whole report',
    expected: 'expected',
    actual: 'actual',
    fix: 'fix',
    colon: ': ',
    comma: ', ',
    skip: 'skipped',
    suppressed: 'suppressed',
    skipped: 'checks that could not run',
    problems: (n: number, e: number, w: number, i: number) => `${n} problems (${e} errors, ${w} warnings, ${i} infos)`,
    clean: (n: number) => `✔ ${n} files checked, no problems`,
    checked: (t: CheckTally) => `${t.pass + t.rounding + t.fail + t.skipped} relations checked: ${t.pass} agree, ${t.rounding} within rounding, ${t.fail} disagree, ${t.skipped} could not be checked`,
    unreadable: (n: number) => `${n} files could not be read`,
    consequences: (n: number, places: string) => `${n} other check${n === 1 ? '' : 's'} fail because of it (and agree once it is corrected): ${places}`,
    skippedCount: (n: number) => `${n} checks could not run for missing data (see --show-skipped)`,
    suppressedCount: (n: number) => `${n} findings waived or in the baseline`,
    stale: (n: number) => `${n} baseline entries no longer occur and can be pruned`,
  },
};

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function formatStylish(result: AuditResult, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = T[options.lang];
  const out: string[] = [];
  for (const file of result.files) {
    const block = fileBlock(file, c, t, options);
    if (block.length > 0) out.push(...block, '');
  }
  const s = result.summary;
  const total = s.errors + s.warnings + s.infos;
  if (total > 0) {
    const colour = s.errors > 0 ? c.red.bold : s.warnings > 0 ? c.yellow.bold : c.blue.bold;
    out.push(colour(`✖ ${t.problems(total, s.errors, s.warnings, s.infos)}`));
  } else if (s.fileErrors === 0) {
    out.push(c.green(t.clean(s.files)));
  }
  if (s.fileErrors > 0) out.push(c.red.bold(`✖ ${t.unreadable(s.fileErrors)}`));
  if (s.suppressed > 0) out.push(c.dim(t.suppressedCount(s.suppressed)));
  if (s.skipped > 0 && !options.showSkipped) out.push(c.dim(t.skippedCount(s.skipped)));
  if (result.staleBaseline && result.staleBaseline.length > 0) out.push(c.dim(t.stale(result.staleBaseline.length)));
  const tally = checkTally(result.files);
  if (tally) out.push(c.dim(t.checked(tally)));
  return out.join('\n') + '\n';
}

/** The relations checked over all files, by status (undefined when no file carried checks). */
function checkTally(files: readonly FileResult[]): CheckTally | undefined {
  let any = false;
  const t: CheckTally = { pass: 0, rounding: 0, fail: 0, skipped: 0 };
  for (const f of files) {
    const counts = f.checks ? tallyChecks(f.checks) : f.checkCounts;
    if (!counts) continue;
    any = true;
    t.pass += counts.pass;
    t.rounding += counts.rounding;
    t.fail += counts.fail;
    t.skipped += counts.skipped;
  }
  return any ? t : undefined;
}

function fileBlock(file: FileResult, c: ChalkInstance, t: (typeof T)['zh'], options: FormatOptions): string[] {
  // the one order of every format (util.compareFindings); groups follow their first finding
  const shown = sortFindings(file.findings.filter((f) => !f.suppressed));
  // one line per unreadable file, so it can be found with grep
  if (file.error) return [`${c.underline(file.path)}: ${c.red(t.sev.error)}  ${file.error.message}  ${c.dim(file.error.code)}`];
  if (shown.length === 0 && !(options.showSkipped && file.skipped.length > 0)) return [];
  const kind = kindAndOutline(file.info, options.lang);
  const info = [file.info.unit, file.info.year !== undefined ? `${file.info.year}年度` : undefined, kind].filter(Boolean).join(' · ');
  const out = [c.underline(file.path) + (info ? c.dim(`  ${info}`) : '')];
  if (file.info.note !== undefined) out.push(`  ${c.dim(file.info.note)}`);
  const groups = new Map<string, Finding[]>();
  for (const f of shown) {
    const key = f.location.heading ?? (f.location.section ? `第${f.location.section}部分` : f.location.line !== undefined ? t.cover : t.whole);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const posWidth = Math.max(5, ...shown.map((f) => displayWidth(pos(f, options.lang))));
  const sevWidth = Math.max(...Object.values(t.sev).map(displayWidth));
  for (const [heading, fs] of groups) {
    out.push(`  ${c.bold(heading)}`);
    for (const f of fs) {
      const sev = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
      out.push(`    ${c.dim(pad(pos(f, options.lang), posWidth))}  ${sev(pad(t.sev[f.severity], sevWidth))}  ${f.message}  ${c.dim(f.ruleId)}`);
      const indent = ' '.repeat(4 + posWidth + 2 + sevWidth + 2);
      const sub = f.location.path.slice(1).map((p) => short(pathStep(p, options.lang))).join(' › ');
      if (sub) out.push(indent + c.dim(sub));
      if (f.expected !== undefined || f.actual !== undefined) {
        out.push(indent + c.dim([f.expected !== undefined ? `${t.expected} ${f.expected}` : '', f.actual !== undefined ? `${t.actual} ${f.actual}` : ''].filter(Boolean).join(t.comma)));
      }
      if (f.help) out.push(indent + c.dim(`${t.fix}${t.colon}${f.help}`));
      if (f.consequences && f.consequences.length > 0) {
        const places = f.consequences.map((q) => `${posOf(q.location, options.lang)} ${q.ruleId}`).join(options.lang === 'en' ? ', ' : '、');
        out.push(indent + c.dim(t.consequences(f.consequences.length, places)));
      }
    }
  }
  if (options.showSkipped && file.skipped.length > 0) {
    out.push(`  ${c.bold(t.skipped)}`);
    for (const s of file.skipped) {
      const p = posOf(s.location, options.lang);
      out.push(`    ${c.dim(pad(p, posWidth))}  ${c.magenta(pad(t.skip, sevWidth))}  ${s.reason}  ${c.dim(s.ruleId)}`);
    }
  }
  return out;
}

/** Long sub-headings are cut for the terminal; JSON and HTML keep them whole. */
function short(s: string): string {
  return s.length > 24 ? s.slice(0, 23) + '…' : s;
}

function pos(f: Finding, lang: FormatOptions['lang']): string {
  return posOf(f.location, lang);
}

/** line:column, or for a PDF the page and the line on it (what a reader finds in a viewer). */
function posOf(loc: Location, lang: FormatOptions['lang']): string {
  if (loc.page !== undefined) return placeLabel(loc, lang) ?? '';
  return loc.line !== undefined ? `${loc.line}:${loc.column ?? 1}` : '';
}
