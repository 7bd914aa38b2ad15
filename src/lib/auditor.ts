/**
 * createAuditor: one rule set, one profile, one configuration → check(input) for each report.
 * Platform-neutral: bytes or text in, FileResult out; the platform passes in how zip entries are
 * inflated (and may add readers for more kinds of input). Never prints, never exits.
 */
import { Checker, finish, type ItemsView } from '../api.js';
import { extract } from '../extract/index.js';
import type { ReportModel } from '../extract/model.js';
import type { ToleranceSettings } from '../checks/tolerance.js';
import type { AuditResult, FileResult, RuleMeta, Severity } from '../findings/types.js';
import type { Baseline, Waiver } from '../findings/waivers.js';
import type { DocumentKind, Profile } from '../profiles/profile.js';
import { coreReaders, decodeInput, kindOf, sizeLimitOf, type Input, type Readers } from '../read/file.js';
import { linesToDoc } from '../read/txt.js';
import { DEFAULT_LIMITS, ReadError, type InflateRaw, type ReadLimits } from '../read/types.js';
import type { RuleDef } from '../ruleset/types.js';

/** What differs between platforms. */
export interface Platform {
  /** Raw DEFLATE with an output bound (zip entries of a .docx). */
  inflate: InflateRaw;
  /** Readers for more kinds of input (e.g. pdf, doc), by kind; they take precedence. */
  readers?: Readers;
}

export interface AuditConfig {
  /** Per-rule severity or 'off'. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  lang?: 'zh' | 'en';
  waivers?: readonly Waiver[];
  /** Keep each document's text lines in the result (for the html formatter and the page). */
  keepLines?: boolean;
  tolerance?: ToleranceSettings;
  limits?: ReadLimits;
  /** The kind of every document (--kind); absent: read from each document's title. */
  kind?: DocumentKind;
}

export interface AuditorOptions {
  rules: readonly RuleDef[];
  /** The outline; with `profiles`, the fallback when none of them fits a document. */
  profile: Profile;
  /** Outlines picked from per document by its headings (the CLI offers every built-in one). */
  profiles?: readonly Profile[];
  config?: AuditConfig;
  platform: Platform;
  /** Called with an unexpected (non-input) error before it becomes the file's error result. */
  onInternalError?: (name: string, error: unknown) => void;
}

/** A report to check: its name (the extension says its kind) and its bytes, or its text. */
export type AuditInput = { name: string; bytes: Uint8Array } | { name: string; text: string };

export interface Auditor {
  /** Reads and checks one report. Never throws for the input's faults: they are the result's `error`. */
  check(input: AuditInput): Promise<FileResult>;
  /** What the engine read from one report (the `facts` command). Throws ReadError. */
  facts(input: AuditInput): Promise<ReportModel>;
  /** The items each rule would see for one report (`facts --items`). Throws ReadError. */
  items(input: AuditInput): Promise<ItemsView>;
  /** Bytes or text → the document or report data (throws ReadError). */
  read(input: AuditInput): Promise<Input>;
  /** A plain-text report given as a string, read at once (no decoding, no reader to load). */
  readText(name: string, text: string): Input;
  /** What the engine reads from an input already read (a report-data model is returned as is). */
  model(input: Input): ReportModel;
  /** Checks an input already read. */
  checkRead(name: string, input: Input): Promise<FileResult>;
  /** The result of a run: the files' results, summary, rules and (with a baseline) stale entries. */
  finish(files: FileResult[], baseline?: Baseline): AuditResult;
  /** The result of a report that could not be read (a ReadError) or failed otherwise. */
  errorResult(name: string, error: unknown): FileResult;
  /** The active rules with their effective severities. */
  rules(): RuleMeta[];
  readonly limits: ReadLimits;
  /** The language of messages. */
  readonly lang: 'zh' | 'en';
}

export function createAuditor(options: AuditorOptions): Auditor {
  const config = options.config ?? {};
  const limits = config.limits ?? DEFAULT_LIMITS;
  const checker = new Checker({
    profile: options.profile,
    ...(options.profiles ? { profiles: options.profiles } : {}),
    ...(config.kind ? { kind: config.kind } : {}),
    rules: options.rules,
    ...(config.severities ? { severities: config.severities } : {}),
    lang: config.lang ?? 'zh',
    ...(config.waivers ? { waivers: config.waivers } : {}),
    ...(config.keepLines ? { keepLines: true } : {}),
    ...(config.tolerance ? { tolerance: config.tolerance } : {}),
  });
  const readers: Readers = { ...coreReaders(options.platform.inflate), ...options.platform.readers };

  const readText = (name: string, text: string): Input => ({ kind: 'doc', doc: linesToDoc(text, name) });
  const read = async (input: AuditInput): Promise<Input> => {
    if ('text' in input) {
      // text is report data when its name says so, else a plain-text report
      if (kindOf(input.name) === 'data') return decodeInput(input.name, new TextEncoder().encode(input.text), limits, readers);
      return readText(input.name, input.text);
    }
    const { max, option } = sizeLimitOf(input.name, limits);
    if (input.bytes.length > max) {
      throw new ReadError(
        'too-large',
        `文件 ${(input.bytes.length / 1048576).toFixed(1)} MB，超过上限 ${(max / 1048576).toFixed(0)} MB（可用 ${option} 调整）`,
        `the file is ${(input.bytes.length / 1048576).toFixed(1)} MB, more than the limit of ${(max / 1048576).toFixed(0)} MB (${option} changes it)`,
      );
    }
    return decodeInput(input.name, input.bytes, limits, readers);
  };

  const model = (input: Input): ReportModel => (input.kind === 'doc' ? checker.extract(input.doc) : input.model);
  const checkRead = (name: string, input: Input): Promise<FileResult> => checker.check(name, input);

  return {
    limits,
    read,
    readText,
    checkRead,
    async check(input) {
      let doc: Input;
      try {
        doc = await read(input);
        return await checkRead(input.name, doc);
      } catch (e) {
        if (e instanceof ReadError) return checker.errorResult(input.name, e);
        options.onInternalError?.(input.name, e);
        return checker.errorResult(
          input.name,
          new Error(
            config.lang === 'en'
              ? `internal error: ${e instanceof Error ? e.message : String(e)} (add --debug for the stack)`
              : `内部错误：${e instanceof Error ? e.message : String(e)}（加 --debug 查看堆栈）`,
          ),
        );
      }
    },
    model,
    async facts(input) {
      return model(await read(input));
    },
    async items(input) {
      return checker.items(await read(input));
    },
    finish: (files, baseline) => finish(files, checker, baseline),
    errorResult: (name, e) => checker.errorResult(name, e),
    rules: () => checker.meta(),
    lang: config.lang ?? 'zh',
  };
}
