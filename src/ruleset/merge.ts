/** Rule sets from several folders → one list; a duplicate id is an error naming both files. */
import { ConfigError, type RuleDef } from './types.js';

export function mergeRules(sets: readonly RuleDef[][]): RuleDef[] {
  const seen = new Map<string, RuleDef>();
  for (const set of sets) {
    for (const r of set) {
      const prev = seen.get(r.id);
      if (prev) throw new ConfigError(r.file, 1, 1, `规则 id“${r.id}”重复：已在 ${prev.file} 中定义`);
      seen.set(r.id, r);
    }
  }
  // rule ids are [a-z][a-z0-9-]*: code-unit order is localeCompare's order for them, without
  // loading ICU's collator (~7 ms of every run's start)
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
