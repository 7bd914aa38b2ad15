/** `jixiao-lint check`: configuration → files → API → formatters → outputs → exit code. */
import { readFileSync } from 'node:fs';
import { FORMATS, loadFormatter, type FormatName } from '../format/index.js';
import {
  ConfigError, countsOnly, createNodeAuditor, checkFile, DEFAULT_LIMITS, DEFAULT_TOLERANCE, expandArgs, loadRules, resolveProfile, SEVERITY_RANK, toBaseline,
  type AuditResult, type Baseline, type FileResult, type FormatOptions, type ReadLimits, type Severity,
} from '../lib/node.js';
import { tuneForBatch } from './v8-batch.js';
import { loadConfig, parseRuleOption, type Config } from './config-find.js';
import { reportToolError } from './main.js';
import { writeAtomic } from './output.js';
import { Progress } from './progress.js';

export interface CheckCliOptions {
  format?: string[];
  output?: string[];
  failOn: Severity;
  maxWarnings?: number;
  config?: string;
  rules?: string[];
  rule?: string[];
  profile?: string;
  lang: 'zh' | 'en';
  color: boolean;
  baseline?: string;
  writeBaseline?: string;
  showSkipped?: boolean;
  strict?: boolean;
  maxEntryMb?: number;
  maxTextMb?: number;
  debug?: boolean;
}

interface Target {
  format: FormatName;
  file?: string;
}

export function ruleDirs(config: Config, extraDirs: readonly string[] = []): string[] {
  return [...config.rulesDirs, ...extraDirs];
}

function targets(opts: CheckCliOptions): Target[] {
  const formats = opts.format ?? ['stylish'];
  const outputs = opts.output ?? [];
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new ConfigError('--format', undefined, undefined, `未知的输出格式“${f}”，可用：${FORMATS.join('、')}`);
  }
  if (outputs.length > formats.length) throw new ConfigError('--output', undefined, undefined, '-o 比 -f 多：每个 -o 需要对应一个 -f');
  if (formats.length - outputs.length > 1) throw new ConfigError('--format', undefined, undefined, '最多只有一个格式输出到终端：其余格式请各配一个 -o 文件');
  return formats.map((f, i) => ({ format: f as FormatName, ...(outputs[i] !== undefined ? { file: outputs[i] } : {}) }));
}

function limitsOf(config: Config, opts: CheckCliOptions): ReadLimits {
  const mb = (v: number | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    if (!Number.isFinite(v) || v <= 0) throw new ConfigError(name, undefined, undefined, '应为正数（MB）');
    return Math.round(v * 1024 * 1024);
  };
  return {
    ...DEFAULT_LIMITS,
    maxEntryBytes: mb(opts.maxEntryMb, '--max-entry-mb') ?? mb(config.limits.maxEntryMB, 'limits.maxEntryMB') ?? DEFAULT_LIMITS.maxEntryBytes,
    maxTextBytes: mb(opts.maxTextMb, '--max-text-mb') ?? mb(config.limits.maxTextMB, 'limits.maxTextMB') ?? DEFAULT_LIMITS.maxTextBytes,
  };
}

function loadBaseline(file: string): Baseline {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(file, undefined, undefined, `基线文件无法读取或不是 JSON：${e instanceof Error ? e.message : ''}`);
  }
  const b = v as Baseline;
  if (!b || b.version !== 1 || !Array.isArray(b.entries) || !b.entries.every((e) => typeof e?.file === 'string' && typeof e.fingerprint === 'string')) {
    throw new ConfigError(file, undefined, undefined, '不是 jixiao-lint 基线文件（应为 {"version":1,"entries":[…]}）');
  }
  return b;
}

export async function runCheck(args: string[], opts: CheckCliOptions): Promise<number> {
  try {
    const cwd = process.cwd();
    const config = await loadConfig(opts.config, cwd);
    const rules = await loadRules(ruleDirs(config, opts.rules));
    const known = new Set(rules.map((r) => r.id));
    if (config.file) (await import('./config.js')).checkRuleIds(config, known);
    const severities = { ...config.rules, ...Object.fromEntries((opts.rule ?? []).map((s) => parseRuleOption(s, known))) };
    const outs = targets(opts);
    const profile = await resolveProfile(opts.profile ?? config.profile ?? 'hunan');
    const limits = limitsOf(config, opts);
    const baseline = opts.baseline ? loadBaseline(opts.baseline) : undefined;
    const keepLines = outs.some((t) => t.format === 'html');
    const tolerance = {
      decimals: config.tolerance?.decimals ?? DEFAULT_TOLERANCE.decimals,
      extra: config.tolerance?.extra !== undefined ? config.tolerance.extra.toFixed(6) : DEFAULT_TOLERANCE.extra,
    };
    const auditor = await createNodeAuditor({
      rules,
      profile,
      config: { severities, lang: opts.lang, waivers: config.waivers, keepLines, tolerance, limits },
      onInternalError: (file, e) => {
        if (opts.debug && e instanceof Error) process.stderr.write(`${file}: ${e.stack}\n`);
      },
    });

    const expanded = await expandArgs(args, cwd);
    const results: FileResult[] = expanded.empty.map((e) => ({ path: e.arg, error: { code: 'no-files', message: e.reason }, findings: [], skipped: [], info: {} }));
    const progress = new Progress(expanded.files.length);
    tuneForBatch(expanded.files.length);
    // when every output needs only per-file counts, keep only those: memory stays flat with the batch
    const keep = outs.every((t) => t.format === 'summary') && !opts.baseline && !opts.writeBaseline ? countsOnly : compact;
    for (const file of expanded.files) {
      // a compact copy: excerpts and names are slices of the document's text and would keep every
      // document of a batch alive until the end (memory grew with the number of files)
      results.push(keep(await checkFile(auditor, file)));
      progress.tick(file);
    }
    progress.done();

    if (opts.writeBaseline) {
      const b = toBaseline(results.flatMap((r) => r.findings));
      writeAtomic(opts.writeBaseline, JSON.stringify(b, null, 2) + '\n', expanded.files);
      for (const f of results.flatMap((r) => r.findings)) f.suppressed ??= { kind: 'baseline', justification: '已写入基线' };
    }
    const result = auditor.finish(results, baseline);
    const formatOptions: FormatOptions = {
      lang: opts.lang,
      color: false,
      failOn: opts.failOn,
      cwd,
      showSkipped: opts.showSkipped === true,
    };
    for (const t of outs) {
      const render = await loadFormatter(t.format);
      if (t.file) writeAtomic(t.file, render(result, formatOptions), expanded.files);
      else process.stdout.write(render(result, { ...formatOptions, color: useColor(opts) }));
    }
    if (expanded.files.length === 0 && expanded.empty.length === 0) {
      process.stderr.write('jixiao-lint: 没有找到要检查的文件\n');
      return 2;
    }
    return exitCode(result, opts);
  } catch (e) {
    return reportToolError(e, opts.debug === true);
  }
}

function compact(r: FileResult): FileResult {
  return JSON.parse(JSON.stringify(r)) as FileResult;
}

function useColor(opts: CheckCliOptions): boolean {
  if (opts.color === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

export function exitCode(result: AuditResult, opts: Pick<CheckCliOptions, 'failOn' | 'maxWarnings' | 'strict'>): number {
  if (result.files.some((f) => f.error)) return 2;
  const s = result.summary;
  const counts = { error: s.errors, warning: s.warnings, info: s.infos };
  if ((['error', 'warning', 'info'] as const).some((sev) => counts[sev] > 0 && SEVERITY_RANK[sev] >= SEVERITY_RANK[opts.failOn])) return 1;
  if (opts.maxWarnings !== undefined && s.warnings > opts.maxWarnings) return 1;
  if (opts.strict && result.summary.skipped > 0) return 1;
  return 0;
}
