/**
 * Command-line arguments → the files to check: files as given, folders searched recursively for
 * report files, globs expanded. Deterministic order; symbolic-link loops cannot recurse.
 *
 * A folder or a glob is a scan, and a scan takes only what is a report: .docx / .doc / .wps /
 * .pdf / .txt / .md files, and .yaml / .yml / .json files only when they hold report data (the
 * shape `facts` prints). It never takes the tool's own outputs (check results, baselines, SARIF,
 * Markdown results, facts listings) nor the usual non-report files of a folder (README, CHANGELOG,
 * LICENSE, package.json, the configuration). Ignore patterns (gitignore syntax: `ignores:` in the
 * configuration, `--ignore-pattern`, a `.jixiaoignore` file in the working directory) exclude
 * paths from scans and from explicit arguments alike. Every file a scan leaves out is listed in
 * `skipped` with the reason, so a summary can say how many and why.
 */
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { REPORT_EXTENSIONS } from '../read/file.js';

export type SkipReason = 'ignored' | 'not-report-data' | 'tool-output' | 'rule-file' | 'not-report';

export interface Skipped {
  path: string;
  reason: SkipReason;
  /** The file was named on the command line (not found by a scan): worth a word to the user. */
  explicit?: boolean;
}

export interface Expanded {
  files: string[];
  /** Arguments that matched nothing: a folder without reports, a glob without matches. */
  empty: { arg: string; reason: string; reasonEn: string }[];
  /** Files a scan (or an ignore pattern) left out, with the reason. */
  skipped: Skipped[];
}

export interface ExpandOptions {
  /** Ignore patterns in gitignore syntax, relative to the working directory. */
  ignorePatterns?: readonly string[];
  /** false: no ignore patterns at all, not even the built-in ones (`--no-ignore`). */
  useIgnore?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Files of a folder that are not reports, whatever their extension (folder scans and globs only). */
export const BUILTIN_IGNORES = ['README*', 'CHANGELOG*', 'CONTRIBUTING*', 'LICENSE*', 'package.json', 'package-lock.json', '.jixiaorc.*', '~$*'];

/** The ignore file read from the working directory. */
export const IGNORE_FILE = '.jixiaoignore';

/** Glob characters: * ? [ ] { } ! (a path with none of them is taken literally). */
const GLOB = /[*?[\]{}!]/;

const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Top-level keys of the report-data shape (`facts`), besides `version`. */
const MODEL_KEYS = ['profile', 'outline', 'budget', 'cover', 'sangong', 'staffing', 'counts', 'goals', 'score', 'relations', 'years', 'placeholders'];
const YAML_MODEL_KEY = new RegExp(`^(?:${MODEL_KEYS.join('|')})\\s*:`, 'm');
const JSON_MODEL_KEY = new RegExp(`"(?:${MODEL_KEYS.join('|')})"\\s*:`);

/**
 * What a data file or a Markdown file found by a scan is: report data, one of our outputs, or
 * other. Report data is recognised by its shape (`version` and a key of the facts shape), also
 * when it is broken, so that its error is shown; a file too large to look into is read, so that
 * the limit is reported.
 */
export function sniffScanned(path: string, maxBytes: number): 'report' | SkipReason {
  const lower = path.toLowerCase();
  const isData = DATA_EXTENSIONS.some((e) => lower.endsWith(e));
  if (!isData && !lower.endsWith('.md')) return 'report';
  let text: string;
  try {
    if (isData && statSync(path).size > maxBytes) return 'report';
    // the head is enough for Markdown; a data file is looked at whole (bounded by the text limit)
    text = readHead(path, isData ? maxBytes : 256).replace(/^\ufeff/, '');
  } catch {
    return 'report'; // unreadable: reading it reports the problem
  }
  if (!isData) return text.startsWith('<!-- jixiao-lint') ? 'tool-output' : 'report';
  if (lower.endsWith('.json')) {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      // broken JSON in the report shape is read, so that its error is shown
      return /"version"\s*:/.test(text) && JSON_MODEL_KEY.test(text) ? 'report' : 'not-report-data';
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'not-report-data';
    const o = v as Record<string, unknown>;
    if (('files' in o && 'summary' in o) || ('entries' in o && 'version' in o) || 'runs' in o) return 'tool-output';
    return 'version' in o && MODEL_KEYS.some((k) => k in o) ? 'report' : 'not-report-data';
  }
  if (/^# jixiao-lint facts/.test(text)) return 'tool-output';
  // a rule file (examples/custom-rules, a --rules folder): read as rules, never as a report
  if (/^given\s*:/m.test(text) && /^when\s*:/m.test(text) && /^message\s*:/m.test(text)) return 'rule-file';
  return /^version\s*:/m.test(text) && YAML_MODEL_KEY.test(text) ? 'report' : 'not-report-data';
}

function readHead(path: string, max: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.max(0, Math.min(max, statSync(path).size)));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The path relative to cwd in forward slashes, or undefined when outside cwd (patterns do not apply). */
function relForIgnore(path: string, cwd: string): string | undefined {
  const rel = relative(cwd, resolve(cwd, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export async function expandArgs(args: readonly string[], cwd: string, options: ExpandOptions = {}, maxDataBytes = 20 * 1024 * 1024): Promise<Expanded> {
  const files: string[] = [];
  const empty: Expanded['empty'] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const useIgnore = options.useIgnore !== false;
  const user: Ignore | undefined = useIgnore && options.ignorePatterns && options.ignorePatterns.length > 0 ? ignore().add([...options.ignorePatterns]) : undefined;
  const builtin: Ignore | undefined = useIgnore ? ignore().add(BUILTIN_IGNORES) : undefined;
  const ignoredBy = (path: string, withBuiltin: boolean, isDir = false): boolean => {
    const r = relForIgnore(path, cwd);
    // a folder is matched with its trailing slash, so that a pattern `归档/` applies to it
    const rel = r !== undefined && isDir ? `${r}/` : r;
    if (rel === undefined) {
      // outside the working directory: only the built-in names (matched on the file name) apply
      return withBuiltin && builtin !== undefined && builtin.ignores(path.split(/[\\/]/).pop() ?? path);
    }
    return (user?.ignores(rel) ?? false) || (withBuiltin && (builtin?.ignores(rel) ?? false));
  };
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  /** A file found by a scan: skipped with its reason, or added. */
  const scanned = (f: string): boolean => {
    if (ignoredBy(f, true)) {
      skipped.push({ path: f, reason: 'ignored' });
      return false;
    }
    const role = sniffScanned(resolve(cwd, f), maxDataBytes);
    if (role !== 'report') {
      skipped.push({ path: f, reason: role });
      return false;
    }
    add(f);
    return true;
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = walk(resolve(cwd, arg), cwd, isAbsolute(arg), (dir) => ignoredBy(dir, false, true));
      let taken = 0;
      for (const f of found) if (scanned(f)) taken++;
      if (taken === 0) {
        empty.push(
          found.length === 0
            ? { arg, reason: '目录中没有可检查的报告文件（.docx、.doc、.wps、.pdf、.txt、.md，或报告数据 .yaml、.json）', reasonEn: 'the folder holds no report files (.docx, .doc, .wps, .pdf, .txt, .md, or report data .yaml, .json)' }
            : {
                arg,
                reason: `目录中没有可检查的报告文件：其中的 ${found.length} 个文件已忽略或不是报告数据（加 --debug 逐个列出）`,
                reasonEn: `the folder holds no report to check: its ${found.length} file(s) are ignored or not report data (add --debug to list them)`,
              },
        );
      }
    } else if (!st && GLOB.test(arg)) {
      // the glob library loads only for a glob
      const { globSync } = await import('tinyglobby');
      const found = globSync(arg, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
        .filter((f) => REPORT_EXTENSIONS.some((e) => f.toLowerCase().endsWith(e)))
        .sort();
      let taken = 0;
      for (const f of found) if (scanned(f)) taken++;
      if (taken === 0) {
        empty.push(
          found.length === 0
            ? { arg, reason: '没有匹配的报告文件', reasonEn: 'no report file matches' }
            : {
                arg,
                reason: `没有匹配的报告文件：匹配的 ${found.length} 个文件已忽略或不是报告数据（加 --debug 逐个列出）`,
                reasonEn: `no report file matches: the ${found.length} matching file(s) are ignored or not report data (add --debug to list them)`,
              },
        );
      }
    } else if (ignoredBy(arg, false)) {
      // named explicitly but matched by the user's ignore patterns: said, not read (ESLint's way)
      skipped.push({ path: arg, reason: 'ignored', explicit: true });
    } else {
      add(arg); // a file, or a missing path: reading it reports the problem
    }
  }
  return { files, empty, skipped };
}

function walk(root: string, cwd: string, absolute: boolean, ignoredDir: (dir: string) => boolean): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const stack = [root];
  const shown = (p: string) => (absolute ? p : relative(cwd, p) || p);
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      continue;
    }
    if (visited.has(real)) continue; // a symbolic-link loop
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (SKIP_DIRS.has(name)) continue;
      const p = join(dir, name);
      const isReport = REPORT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
      let st;
      try {
        st = statSync(p);
      } catch {
        // a dangling or looping link named like a report: list it, so reading it reports the problem
        if (isReport) out.push(shown(p));
        continue;
      }
      if (st.isDirectory()) {
        if (!ignoredDir(shown(p))) stack.push(p);
      } else if (isReport) out.push(shown(p));
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
