/** Rule sets from several folders → one list; a duplicate id is an error naming both files. */
import { compareIds } from '../extract/text.js';
import { ConfigError, type RuleDef } from './types.js';

export function mergeRules(sets: readonly RuleDef[][]): RuleDef[] {
  const seen = new Map<string, RuleDef>();
  for (const set of sets) {
    for (const r of set) {
      const prev = seen.get(r.id);
      if (prev) throw new ConfigError(r.file, 1, 1, `规则 id“${r.id}”重复：已在 ${prev.file} 中定义`, `rule id "${r.id}" twice: already defined in ${prev.file}`);
      seen.set(r.id, r);
    }
  }
  return [...seen.values()].sort((a, b) => compareIds(a.id, b.id));
}
