/**
 * jixiao-lint/node: the library for Node programs. Adds to the platform-neutral entry what only
 * Node has: zlib for .docx, the built-in rule pack and profiles (embedded in the bundle, else read
 * from rules/ and src/profiles/), rule folders and profile files, and files and folders.
 *
 *   const auditor = await createNodeAuditor({ profile: 'hunan' });
 *   const result = await checkPaths(auditor, ['reports/']);
 */
import { readFileSync, statSync } from 'node:fs';
import { EMBEDDED_RULES, EMBEDDED_RULES_STAMP } from '../ruleset/embedded.js';
import { stampHolds } from '../ruleset/fresh.js';
import { testRuleExamples, type ExampleResult } from './rule-test.js';
import { builtinRulesDir } from '../ruleset/root.js';
import { mergeRules } from '../ruleset/merge.js';
import type { RuleDef } from '../ruleset/types.js';
import type { Profile } from '../profiles/profile.js';
import { builtinProfiles, DEFAULT_PROFILE, resolveProfile } from '../profiles/resolve.js';
import type { AuditResult, FileResult } from '../findings/types.js';
import { coreReaders, decodeInput, sizeLimitOf, type Input, type Readers } from '../read/file.js';
import { readDocx as readDocxWith } from '../read/docx.js';
import { DEFAULT_LIMITS, ReadError, type ReadLimits, type SourceDoc } from '../read/types.js';
import { createAuditor, type AuditConfig, type Auditor, type AuditorOptions } from './auditor.js';
import { expandArgs, type ExpandOptions } from './files.js';
import { nodeInflate } from './node-inflate.js';

export * from './index.js';
export { BUILTIN_IGNORES, IGNORE_FILE, expandArgs, type ExpandOptions, type Expanded, type Skipped, type SkipReason } from './files.js';
export { nodeInflate } from './node-inflate.js';

/**
 * The readers Node adds to the core's: PDF (pdf.js, loaded when a PDF is read) and legacy Word
 * (.doc, and .wps, the same OLE container), each loaded on first use.
 */
export const NODE_READERS: Readers = {
  pdf: async (bytes, name, limits) => {
    const [{ readPdf }, { loadPdfJs }] = await Promise.all([import('../read/pdf.js'), import('../read/pdf-lib.js')]);
    return { kind: 'doc', doc: await readPdf(bytes, name, await loadPdfJs(), limits) };
  },
  doc: async (bytes, name, limits) => ({ kind: 'doc', doc: (await import('../read/doc.js')).readDoc(bytes, name, limits) }),
  wps: async (bytes, name, limits) => ({ kind: 'doc', doc: (await import('../read/doc.js')).readDoc(bytes, name, limits) }),
};
export { builtinProfiles, resolveProfile } from '../profiles/resolve.js';

/** The rule set: the built-in pack plus rule folders (read only when given). */
export async function loadRules(dirs: readonly string[] = []): Promise<RuleDef[]> {
  // the embedded pack while rules/ still holds it; a rule file edited since the build is read fresh
  const fresh = EMBEDDED_RULES && (!EMBEDDED_RULES_STAMP || stampHolds(builtinRulesDir, EMBEDDED_RULES_STAMP));
  const builtin = fresh && EMBEDDED_RULES ? EMBEDDED_RULES : (await import('../ruleset/builtin.js')).builtinRules();
  if (dirs.length === 0) return mergeRules([builtin]);
  const { loadRuleDir } = await import('../ruleset/load.js');
  return mergeRules([builtin, ...dirs.map((d) => loadRuleDir(d))]);
}

export interface NodeAuditorOptions {
  /** Rules, or rule folders added to the built-in pack (default: the built-in pack). */
  rules?: readonly RuleDef[] | { dirs: readonly string[] };
  /**
   * A profile, a built-in profile id, a profile file, or 'auto' (default): every built-in outline,
   * picked per document by its headings.
   */
  profile?: Profile | string;
  config?: AuditConfig;
  onInternalError?: AuditorOptions['onInternalError'];
}

export async function createNodeAuditor(options: NodeAuditorOptions = {}): Promise<Auditor> {
  const rules = Array.isArray(options.rules) ? (options.rules as readonly RuleDef[]) : await loadRules((options.rules as { dirs?: readonly string[] } | undefined)?.dirs ?? []);
  const ref = options.profile ?? 'auto';
  const profiles = ref === 'auto' ? await builtinProfiles() : undefined;
  const profile = typeof ref === 'object' ? ref : profiles ? profiles.find((p) => p.id === DEFAULT_PROFILE)! : await resolveProfile(ref);
  return createAuditor({
    rules,
    profile,
    ...(profiles ? { profiles } : {}),
    ...(options.config ? { config: options.config } : {}),
    platform: { inflate: nodeInflate, readers: NODE_READERS },
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
}

/** A file's bytes, refused when it is not a regular file or larger than the limit for its kind. */
export function readFileBytes(path: string, limits: ReadLimits = DEFAULT_LIMITS): Uint8Array {
  const { max, option } = sizeLimitOf(path, limits);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ReadError('unreadable', '这是一个目录，不是文件', 'this is a folder, not a file');
    // a FIFO, socket or device would block or never end: only regular files are read
    if (!st.isFile()) throw new ReadError('unreadable', '不是普通文件（管道、设备或套接字），无法读取', 'not a regular file (a pipe, device or socket); cannot be read');
    size = st.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new ReadError('not-found', '文件不存在', 'file not found')
      : code === 'ELOOP'
        ? new ReadError('unreadable', '符号链接循环（ELOOP），无法读取', 'a symbolic-link loop (ELOOP); cannot be read')
        : new ReadError('unreadable', `无法读取（${code ?? '未知错误'}）`, `cannot be read (${code ?? 'unknown error'})`);
  }
  if (size > max) {
    throw new ReadError('too-large', `文件 ${(size / 1048576).toFixed(1)} MB，超过上限 ${(max / 1048576).toFixed(0)} MB（可用 ${option} 调整）`, `the file is ${(size / 1048576).toFixed(1)} MB, more than the limit of ${(max / 1048576).toFixed(0)} MB (${option} changes it)`);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ReadError('unreadable', `无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** Reads and checks one file; never throws for the file's faults (they are the result's error). */
export async function checkFile(auditor: Auditor, path: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(path, auditor.limits);
  } catch (e) {
    return auditor.errorResult(path, e);
  }
  return auditor.check({ name: path, bytes });
}

/** What a file holds, as read (throws ReadError). */
export async function factsOfFile(auditor: Auditor, path: string): Promise<ReturnType<Auditor['facts']>> {
  return auditor.facts({ name: path, bytes: readFileBytes(path, auditor.limits) });
}

/** Files, folders (searched for reports) and globs → one result, files in a deterministic order. */
export async function checkPaths(auditor: Auditor, paths: readonly string[], cwd = process.cwd(), options: ExpandOptions = {}): Promise<AuditResult> {
  const expanded = await expandArgs(paths, cwd, options, auditor.limits.maxTextBytes);
  const files: FileResult[] = expanded.empty.map((e) => ({ path: e.arg, error: { code: 'no-files', message: auditor.lang === 'en' ? e.reasonEn : e.reason }, findings: [], skipped: [], info: {} }));
  for (const f of expanded.files) files.push(await checkFile(auditor, f));
  return auditor.finish(files);
}

/** A .docx file's document as read with Node's inflater (for tests of the reader). */
export function readDocx(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDoc {
  return readDocxWith(bytes, file, limits, nodeInflate);
}

/** A file → its document or report data, with the core readers (throws ReadError). */
export async function readInput(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Input> {
  return decodeInput(path, readFileBytes(path, limits), limits, { ...coreReaders(nodeInflate), ...NODE_READERS });
}

/** Run each rule's own examples with that rule alone (the RuleTester of `jixiao-lint rules --test`). */
export async function testRules(rules: readonly RuleDef[], profile = 'hunan'): Promise<ExampleResult[]> {
  const p = await resolveProfile(profile);
  return testRuleExamples(rules, (rule) => createNodeAuditor({ profile: p, rules: [rule] }));
}
