/**
 * Whether the rule pack embedded at build time is still what rules/ holds: a built-in rule file
 * edited (or added, or removed) after the build is read from disk instead, so the CLI in the
 * repository is never stale. Sizes and mtimes first (a few stats); only a file whose mtime moved
 * (as after `npm install`, which resets them) is read and hashed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fnv64 } from '../findings/make.js';

import type { RulesStamp } from './embedded.js';

export type { RulesStamp };

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 8) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  walk(dir, 0);
  return out.sort();
}

/** The stamp of a rule folder (at build time). */
export function rulesStamp(dir: string): RulesStamp {
  const stamp: RulesStamp = {};
  for (const p of yamlFiles(dir)) {
    const st = statSync(p);
    stamp[relative(dir, p).replace(/\\/g, '/')] = { size: st.size, mtimeMs: st.mtimeMs, hash: fnv64(readFileSync(p, 'utf8')) };
  }
  return stamp;
}

/** Whether the folder still holds what the stamp recorded; false when it cannot be read. */
export function stampHolds(folder: () => string, stamp: RulesStamp): boolean {
  try {
    const dir = folder();
    const files = yamlFiles(dir);
    if (files.length !== Object.keys(stamp).length) return false;
    for (const p of files) {
      const s = stamp[relative(dir, p).replace(/\\/g, '/')];
      if (!s) return false;
      const st = statSync(p);
      if (st.size !== s.size) return false;
      if (st.mtimeMs !== s.mtimeMs && fnv64(readFileSync(p, 'utf8')) !== s.hash) return false;
    }
    return true;
  } catch {
    // no package or no rules/ beside the bundle (a copied single file): the embedded pack is all there is
    return true;
  }
}
