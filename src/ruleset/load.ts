/**
 * Rule folders on disk → RuleDef[]. The built-in pack is rules/ beside the package; extra folders
 * come from --rules and the config. Duplicate ids across folders are errors naming both files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseRule } from './parse.js';
import { ConfigError, type RuleDef } from './types.js';

export function loadRuleDir(dir: string, shownFrom = process.cwd()): RuleDef[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new ConfigError(dir, undefined, undefined, '规则目录不存在或无法读取', 'the rule folder does not exist or cannot be read');
  }
  if (!st.isDirectory()) throw new ConfigError(dir, undefined, undefined, '不是目录', 'not a folder');
  const out: RuleDef[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 8) return;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p, depth + 1);
      else if (/\.ya?ml$/.test(name)) {
        const folder = relative(dir, d).split(/[\\/]/).pop() || undefined;
        // shown relative to the working directory when inside it, else as given
        const rel = relative(shownFrom, p);
        out.push(parseRule(readFileSync(p, 'utf8'), rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p, folder));
      }
    }
  };
  walk(dir, 0);
  return out;
}

export { mergeRules } from './merge.js';
