/**
 * `jixiao-lint check`: configuration → files → API → formatters → outputs → exit code.
 *
 * Nothing fails silently: every unreadable file and every tool error gets one line on stderr,
 * whatever -f / -o say; files a folder scan leaves out are counted on stderr with the reason; a
 * written output file is named; every exit 1 that the terminal output does not explain (an output
 * file only, --max-warnings, --strict) is explained on stderr.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLOURED, FORMATS, loadFormatter, type FormatName } from '../format/index.js';
import { displayPath } from '../format/util.js';
import {
  ConfigError, countsOnly, createNodeAuditor, checkFile, DEFAULT_LIMITS, DEFAULT_TOLERANCE, didYouMean, DOCUMENT_KINDS, expandArgs, IGNORE_FILE, loadRules, SEVERITY_RANK, toBaseline,
  type DocumentKind,
  type AuditResult, type Baseline, type FileResult, type FormatOptions, type ReadLimits, type Severity, type Skipped,
} from '../lib/node.js';
import { BATCH_THRESHOLD, tuneForBatch, tuneForOneFile, youngGenerationCap } from './v8-batch.js';
import { loadConfig, parseRuleOption, type Config } from './config-find.js';
import type { Lang } from './lang.js';
import { reportToolError } from './main.js';
import { writeAtomic } from './output.js';
import { Progress } from './progress.js';
import { isTerminal, writeErr, writeOut } from './io.js';

export interface CheckCliOptions {
  format?: string[];
  output?: string[];
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  printConfig?: string;
  rules?: string[];
  rule?: string[];
  profile?: string;
  kind?: string;
  ignorePattern?: string[];
  ignore?: boolean;
  stdinFilename?: string;
  lang: Lang;
  color: boolean;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  csvPer?: string;
  showSkipped?: boolean;
  strict?: boolean;
  maxEntryMb?: number;
  maxTextMb?: number;
  debug?: boolean;
}

export type FailOn = Severity | 'never';

interface Target {
  format: FormatName;
  file?: string;
}

/** Bilingual text of one message. */
const say = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);
const fail = (lang: Lang, what: string, zh: string, en: string): ConfigError => new ConfigError(what, undefined, undefined, zh, en);

export function ruleDirs(config: Config, extraDirs: readonly string[] = []): string[] {
  return [...config.rulesDirs, ...extraDirs];
}

/** The output format an -o file name implies, when -f does not say. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, FormatName>> = {
  '.json': 'json', '.sarif': 'sarif', '.xml': 'junit', '.html': 'html', '.htm': 'html', '.md': 'markdown', '.csv': 'csv', '.txt': 'stylish',
};

export function formatOfFile(file: string): FormatName | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.sarif.json')) return 'sarif';
  const ext = /\.[^./\\]+$/.exec(lower)?.[0] ?? '';
  return FORMAT_BY_EXTENSION[ext];
}

export function targets(opts: Pick<CheckCliOptions, 'format' | 'output' | 'lang'>): Target[] {
  const lang = opts.lang;
  const formats = opts.format ?? [];
  const outputs = opts.output ?? [];
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw fail(lang, '--format', `未知的输出格式“${f}”${didYouMean(f, FORMATS, 'zh') || `，可用：${FORMATS.join('、')}`}`, `unknown output format "${f}"${didYouMean(f, FORMATS, 'en') || `; known: ${FORMATS.join(', ')}`}`);
    }
  }
  const out: Target[] = [];
  // -f and -o pair in order; an -o beyond the -f list takes its format from its extension
  outputs.forEach((file, i) => {
    const format = (formats[i] as FormatName | undefined) ?? formatOfFile(file);
    if (!format) {
      throw fail(lang, '--output', `无法从“${file}”的扩展名判断输出格式：请用 -f 指定（${FORMATS.join('、')}）`, `cannot tell the output format from the extension of "${file}": give it with -f (${FORMATS.join(', ')})`);
    }
    out.push({ format, file });
  });
  const terminal = formats.slice(outputs.length);
  if (terminal.length > 1) throw fail(lang, '--format', '最多只有一个格式输出到终端：其余格式请各配一个 -o 文件', 'at most one format goes to the terminal: give each other format its own -o file');
  if (terminal.length === 1) out.push({ format: terminal[0] as FormatName });
  else if (outputs.length === 0) out.push({ format: 'stylish' });
  return out;
}

/** --kind / `kind:`: one of the document kinds, or absent (read from each document's title). */
export function parseKind(value: string | undefined, lang: Lang): DocumentKind | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if ((DOCUMENT_KINDS as readonly string[]).includes(value)) return value as DocumentKind;
  throw fail(
    lang, '--kind',
    `未知的文档类型“${value}”${didYouMean(value, DOCUMENT_KINDS, 'zh') || `，可用：${DOCUMENT_KINDS.join('、')}`}`,
    `unknown kind of document "${value}"${didYouMean(value, DOCUMENT_KINDS, 'en') || `; known: ${DOCUMENT_KINDS.join(', ')}`}`,
  );
}

export function parseFailOn(value: string | undefined, lang: Lang): FailOn {
  if (value === undefined) return 'error';
  const v = value === 'warn' ? 'warning' : value;
  if (v === 'error' || v === 'warning' || v === 'info' || v === 'never') return v;
  throw fail(lang, '--fail-on', `取值“${value}”无效，可选：error、warning、info、never`, `"${value}" is not a level: error, warning, info or never`);
}

export function parseMaxWarnings(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined || value === '-1') return undefined;
  if (!/^\d+$/.test(value)) throw fail(lang, '--max-warnings', `应为非负整数或 -1（不限），而不是“${value}”`, `expected a non-negative integer or -1 (no limit), not "${value}"`);
  return Number(value);
}

function limitsOf(config: Config, opts: CheckCliOptions): ReadLimits {
  const mb = (v: number | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    if (!Number.isFinite(v) || v <= 0) throw fail(opts.lang, name, '应为正数（MB）', 'expected a positive number (MB)');
    return Math.round(v * 1024 * 1024);
  };
  return {
    ...DEFAULT_LIMITS,
    maxEntryBytes: mb(opts.maxEntryMb, '--max-entry-mb') ?? mb(config.limits.maxEntryMB, 'limits.maxEntryMB') ?? DEFAULT_LIMITS.maxEntryBytes,
    maxTextBytes: mb(opts.maxTextMb, '--max-text-mb') ?? mb(config.limits.maxTextMB, 'limits.maxTextMB') ?? DEFAULT_LIMITS.maxTextBytes,
  };
}

function loadBaseline(file: string, lang: Lang): Baseline {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = e instanceof Error ? e.message : '';
    throw fail(lang, file, `基线文件无法读取或不是 JSON：${why}`, `the baseline file cannot be read or is not JSON: ${why}`);
  }
  const b = v as Baseline;
  if (!b || b.version !== 1 || !Array.isArray(b.entries) || !b.entries.every((e) => typeof e?.file === 'string' && typeof e.fingerprint === 'string')) {
    throw fail(lang, file, '不是 jixiao-lint 基线文件（应为 {"version":1,"entries":[…]}）', 'not a jixiao-lint baseline file (expected {"version":1,"entries":[…]})');
  }
  return b;
}

/** Ignore patterns of a run: the configuration's, the options', and the working directory's .jixiaoignore. */
function ignorePatterns(config: Config, opts: CheckCliOptions, cwd: string): string[] {
  const file = resolve(cwd, IGNORE_FILE);
  const fromFile = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
  return [...config.ignores, ...(opts.ignorePattern ?? []), ...fromFile];
}

const SKIP_WORDS: Record<Skipped['reason'], { zh: string; en: string }> = {
  ignored: { zh: '被忽略规则排除', en: 'matched an ignore pattern' },
  'not-report-data': { zh: '是数据文件但不是报告数据', en: 'data files that are not report data' },
  'rule-file': { zh: '是规则文件', en: 'rule files' },
  'tool-output': { zh: '是 jixiao-lint 的输出或基线', en: 'outputs or baselines of jixiao-lint' },
  'not-report': { zh: '不是报告', en: 'not reports' },
};

/** One stderr line on what a scan left out (and with --debug, each file). */
function reportSkipped(skipped: readonly Skipped[], lang: Lang, debug: boolean, cwd: string): void {
  for (const s of skipped.filter((x) => x.explicit)) {
    writeErr(`jixiao-lint: ${say(lang, `${s.path}：已忽略（匹配忽略规则；用 --no-ignore 检查它）`, `${s.path}: ignored (matches an ignore pattern; use --no-ignore to check it)`)}\n`);
  }
  const scan = skipped.filter((x) => !x.explicit);
  if (scan.length === 0) return;
  // reasons in one fixed order, so the line reads the same from run to run
  const parts = (Object.keys(SKIP_WORDS) as Skipped['reason'][]).flatMap((r) => {
    const n = scan.filter((x) => x.reason === r).length;
    return n === 0 ? [] : [lang === 'en' ? `${n} ${SKIP_WORDS[r].en}` : `${n} 个${SKIP_WORDS[r].zh}`];
  });
  writeErr(
    `jixiao-lint: ${say(lang, `跳过 ${scan.length} 个文件：${parts.join('，')}${debug ? '' : '（加 --debug 逐个列出）'}`, `skipped ${scan.length} file(s): ${parts.join(', ')}${debug ? '' : ' (add --debug to list them)'}`)}\n`,
  );
  if (debug) for (const s of scan) writeErr(`  ${displayPath(s.path, cwd)}  ${SKIP_WORDS[s.reason][lang]}\n`);
}

/** Standard input as one report: its name from --stdin-filename, else its kind from its first bytes. */
function readStdin(opts: CheckCliOptions): { name: string; shown: string; bytes: Uint8Array } {
  const bytes = readFileSync(0);
  if (opts.stdinFilename) return { name: opts.stdinFilename, shown: opts.stdinFilename, bytes };
  const b = bytes;
  const ext = b[0] === 0x50 && b[1] === 0x4b ? '.docx' : b[0] === 0xd0 && b[1] === 0xcf ? '.doc' : /^\s*%PDF-/.test(Buffer.from(b.subarray(0, 64)).toString('latin1')) ? '.pdf' : '.txt';
  return { name: `<stdin>${ext}`, shown: '<stdin>', bytes };
}

export async function runCheck(args: string[], opts: CheckCliOptions): Promise<number> {
  const lang = opts.lang;
  try {
    const cwd = process.cwd();
    const config = await loadConfig(opts.config, cwd);
    const failOn = parseFailOn(opts.failOn, lang);
    const maxWarnings = parseMaxWarnings(opts.maxWarnings, lang);
    const csvPer = opts.csvPer ?? 'finding';
    if (csvPer !== 'finding' && csvPer !== 'report') throw fail(lang, '--csv-per', `取值“${csvPer}”无效，可选：finding、report`, `"${csvPer}" is not one of: finding, report`);
    if (opts.pruneBaseline && !opts.baseline) throw fail(lang, '--prune-baseline', '需要 --baseline FILE：要修剪哪个基线文件', 'needs --baseline FILE: the baseline to prune');
    const rules = await loadRules(ruleDirs(config, opts.rules));
    const known = new Set(rules.map((r) => r.id));
    if (config.file) (await import('./config.js')).checkRuleIds(config, known);
    const severities = { ...config.rules, ...Object.fromEntries((opts.rule ?? []).map((s) => parseRuleOption(s, known, lang))) };
    const profileRef = opts.profile ?? config.profile ?? 'auto';
    const kind = parseKind(opts.kind ?? config.kind, lang);
    const ignores = ignorePatterns(config, opts, cwd);

    if (opts.printConfig !== undefined) {
      const { printConfig } = await import('./print-config.js');
      return printConfig(opts.printConfig, { config, rules, severities, profile: profileRef, ignores, useIgnore: opts.ignore !== false, failOn, maxWarnings, lang, cwd });
    }

    if (args.length === 0) throw fail(lang, 'check', '缺少要检查的文件：请给出文件、目录或通配符（- 表示标准输入）', 'nothing to check: give files, folders or globs (- for standard input)');
    const outs = targets(opts);
    const limits = limitsOf(config, opts);
    const baseline = opts.baseline ? loadBaseline(opts.baseline, lang) : undefined;
    const keepLines = outs.some((t) => t.format === 'html');
    const tolerance = {
      decimals: config.tolerance?.decimals ?? DEFAULT_TOLERANCE.decimals,
      extra: config.tolerance?.extra !== undefined ? config.tolerance.extra.toFixed(6) : DEFAULT_TOLERANCE.extra,
    };
    const auditor = await createNodeAuditor({
      rules,
      profile: profileRef,
      config: { severities, lang, waivers: config.waivers, keepLines, tolerance, limits, ...(kind ? { kind } : {}) },
      onInternalError: (file, e) => {
        if (opts.debug && e instanceof Error) writeErr(`${file}: ${e.stack}\n`);
      },
    });

    const stdin = args.includes('-');
    const expanded = await expandArgs(
      args.filter((a) => a !== '-'),
      cwd,
      { ignorePatterns: ignores, useIgnore: opts.ignore !== false },
      limits.maxTextBytes,
    );
    const results: FileResult[] = expanded.empty.map((e) => ({ path: e.arg, error: { code: 'no-files', message: say(lang, e.reason, e.reasonEn) }, findings: [], skipped: [], info: {} }));
    const progress = new Progress(expanded.files.length);
    const inputs = expanded.files.length + (stdin ? 1 : 0);
    if (inputs === 1 && !stdin) tuneForOneFile(fileSize(expanded.files[0]!));
    else tuneForBatch(inputs);
    // when every output needs only per-file counts, keep only those: memory stays flat with the batch
    const countsEnough = outs.every((t) => t.format === 'summary' || (t.format === 'csv' && csvPer === 'report')) && !opts.baseline && !opts.writeBaseline;
    const keep = (r: FileResult): FileResult => {
      // --quiet: errors only, as if warnings and infos were not reported at all
      const q = opts.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r;
      return countsEnough ? countsOnly(q) : compact(q);
    };
    if (stdin) {
      const s = readStdin(opts);
      const r = await auditor.check({ name: s.name, bytes: s.bytes });
      results.push(keep(r.path === s.shown ? r : { ...r, path: s.shown }));
    }
    const afterFile = inputs >= BATCH_THRESHOLD ? youngGenerationCap() : () => {};
    for (const file of expanded.files) {
      // a compact copy: excerpts and names are slices of the document's text and would keep every
      // document of a batch alive until the end (memory grew with the number of files)
      results.push(keep(await checkFile(auditor, file)));
      progress.tick(file);
      afterFile();
    }
    progress.done();

    for (const r of results) if (r.error) writeErr(`jixiao-lint: ${displayPath(r.path, cwd)}: ${r.error.message}\n`);
    reportSkipped(expanded.skipped, lang, opts.debug === true, cwd);

    if (opts.writeBaseline) {
      const b = toBaseline(results.flatMap((r) => r.findings));
      writeAtomic(opts.writeBaseline, JSON.stringify(b, null, 2) + '\n', expanded.files);
      writeErr(`jixiao-lint: ${say(lang, `已将 ${b.entries.length} 条问题写入基线 ${opts.writeBaseline}`, `wrote ${b.entries.length} finding(s) to the baseline ${opts.writeBaseline}`)}\n`);
      for (const f of results.flatMap((r) => r.findings)) f.suppressed ??= { kind: 'baseline', justification: say(lang, '已写入基线', 'written to the baseline') };
    }
    const result = auditor.finish(results, baseline);
    if (opts.pruneBaseline && baseline && opts.baseline) pruneBaseline(opts.baseline, baseline, result, expanded.files, lang);
    const formatOptions: FormatOptions = { lang, color: false, failOn, cwd, showSkipped: opts.showSkipped === true, csvPer };
    let explained = false;
    for (const t of outs) {
      const render = await loadFormatter(t.format);
      if (t.file) {
        writeAtomic(t.file, render(result, formatOptions), expanded.files);
        const hint = t.format === 'html' ? say(lang, '（请用浏览器打开）', ' (open it in a browser)') : '';
        writeErr(`jixiao-lint: ${say(lang, `已写入 ${t.file}`, `wrote ${t.file}`)}${hint}\n`);
      } else {
        writeOut(render(result, { ...formatOptions, color: COLOURED.has(t.format) && useColor(opts) }));
        explained ||= t.format === 'stylish' || t.format === 'summary';
      }
    }
    if (expanded.files.length === 0 && expanded.empty.length === 0 && !stdin) {
      writeErr(`jixiao-lint: ${say(lang, '没有找到要检查的文件', 'no files to check')}\n`);
      return 2;
    }
    const { code, reason } = exitReason(result, { failOn, maxWarnings, strict: opts.strict === true }, lang);
    // the terminal's own summary line says why findings fail; anything else is said here
    if (code === 1 && reason && (!explained || reason.always)) writeErr(`jixiao-lint: ${reason.text}\n`);
    return code;
  } catch (e) {
    return reportToolError(e, opts.debug === true, lang);
  }
}

function pruneBaseline(file: string, baseline: Baseline, result: AuditResult, inputs: readonly string[], lang: Lang): void {
  const unreadable = new Set(result.files.filter((f) => f.error).map((f) => f.path.replace(/\\/g, '/')));
  // a file that could not be read this time keeps its entries: nothing is known about them
  const stale = (result.staleBaseline ?? []).filter((s) => !unreadable.has(s.file));
  const drop = new Map<string, number>();
  for (const s of stale) drop.set(`${s.file}#${s.fingerprint}`, (drop.get(`${s.file}#${s.fingerprint}`) ?? 0) + 1);
  const entries = baseline.entries.filter((e) => {
    const k = `${e.file.replace(/\\/g, '/')}#${e.fingerprint}`;
    const n = drop.get(k) ?? 0;
    if (n === 0) return true;
    drop.set(k, n - 1);
    return false;
  });
  const removed = baseline.entries.length - entries.length;
  if (removed > 0) writeAtomic(file, JSON.stringify({ ...baseline, entries }, null, 2) + '\n', inputs);
  writeErr(
    `jixiao-lint: ${say(lang, `基线 ${file}：删除 ${removed} 条已不再出现的条目，保留 ${entries.length} 条`, `baseline ${file}: removed ${removed} entr${removed === 1 ? 'y' : 'ies'} no longer found, kept ${entries.length}`)}\n`,
  );
}

/** A file's size on disk; one that cannot be read counts as large (it is reported when read). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function compact(r: FileResult): FileResult {
  return JSON.parse(JSON.stringify(r)) as FileResult;
}

function useColor(opts: CheckCliOptions): boolean {
  if (opts.color === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return isTerminal(1);
}

export interface GateOptions {
  failOn: FailOn;
  maxWarnings?: number | undefined;
  strict?: boolean;
}

/** The exit code and, for 1, why: the first reason that applies, in the order a reader would ask. */
export function exitReason(result: AuditResult, opts: GateOptions, lang: Lang = 'zh'): { code: number; reason?: { text: string; always: boolean } } {
  if (result.files.some((f) => f.error)) return { code: 2 };
  const s = result.summary;
  const counts = { error: s.errors, warning: s.warnings, info: s.infos };
  const failing = (['error', 'warning', 'info'] as const).filter((sev) => counts[sev] > 0 && opts.failOn !== 'never' && SEVERITY_RANK[sev] >= SEVERITY_RANK[opts.failOn]);
  if (failing.length > 0) {
    const zh = { error: '错误', warning: '警告', info: '提示' };
    const en = { error: 'error(s)', warning: 'warning(s)', info: 'info(s)' };
    return {
      code: 1,
      reason: {
        text: say(lang, `不通过：${failing.map((x) => `${counts[x]} 个${zh[x]}`).join('，')}（--fail-on ${opts.failOn}）`, `failed: ${failing.map((x) => `${counts[x]} ${en[x]}`).join(', ')} (--fail-on ${opts.failOn})`),
        always: false,
      },
    };
  }
  if (opts.maxWarnings !== undefined && s.warnings > opts.maxWarnings) {
    return { code: 1, reason: { text: say(lang, `不通过：${s.warnings} 个警告，超过 --max-warnings ${opts.maxWarnings}`, `failed: ${s.warnings} warnings, more than --max-warnings ${opts.maxWarnings}`), always: true } };
  }
  if (opts.strict && s.skipped > 0) {
    return { code: 1, reason: { text: say(lang, `不通过：${s.skipped} 项检查未能执行（--strict；加 --show-skipped 查看）`, `failed: ${s.skipped} check(s) could not run (--strict; add --show-skipped to see them)`), always: true } };
  }
  return { code: 0 };
}

export function exitCode(result: AuditResult, opts: GateOptions): number {
  return exitReason(result, opts).code;
}
