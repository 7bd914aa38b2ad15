/**
 * Command-line arguments → the files to check: files as given, folders searched recursively for
 * report files, globs expanded. Deterministic order; symbolic-link loops cannot recurse.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { REPORT_EXTENSIONS } from '../read/file.js';

export interface Expanded {
  files: string[];
  /** Arguments that matched nothing: a folder without reports, a glob without matches. */
  empty: { arg: string; reason: string }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Glob characters: * ? [ ] { } ! (a path with none of them is taken literally). */
const GLOB = /[*?[\]{}!]/;

export async function expandArgs(args: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const empty: Expanded['empty'] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = walk(resolve(cwd, arg), cwd, isAbsolute(arg));
      if (found.length === 0) empty.push({ arg, reason: '目录中没有可检查的报告文件（.docx、.txt、.md、.yaml、.json）' });
      found.forEach(add);
    } else if (!st && GLOB.test(arg)) {
      // the glob library loads only for a glob
      const { globSync } = await import('tinyglobby');
      const found = globSync(arg, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
        .filter((f) => REPORT_EXTENSIONS.some((e) => f.toLowerCase().endsWith(e)))
        .sort();
      if (found.length === 0) empty.push({ arg, reason: '没有匹配的报告文件' });
      found.forEach(add);
    } else {
      add(arg); // a file, or a missing path: reading it reports the problem
    }
  }
  return { files, empty };
}

function walk(root: string, cwd: string, absolute: boolean): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const stack = [root];
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
      if (SKIP_DIRS.has(name) || name.startsWith('~$')) continue;
      const p = join(dir, name);
      const isReport = REPORT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && !/^\.jixiaorc\./.test(name) && !/^package(-lock)?\.json$/.test(name);
      let st;
      try {
        st = statSync(p);
      } catch {
        // a dangling or looping link named like a report: list it, so reading it reports the problem
        if (isReport) out.push(absolute ? p : relative(cwd, p) || p);
        continue;
      }
      if (st.isDirectory()) stack.push(p);
      else if (isReport) out.push(absolute ? p : relative(cwd, p) || p);
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
