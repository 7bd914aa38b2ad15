/** The rule set of a run: the built-in pack (embedded in the bundle) plus rule folders, read only when given. */
import { EMBEDDED_RULES } from '../ruleset/embedded.js';
import { mergeRules } from '../ruleset/merge.js';
import type { RuleDef } from '../ruleset/types.js';

export async function loadAllRules(dirs: readonly string[] = []): Promise<RuleDef[]> {
  const builtin = EMBEDDED_RULES ?? (await import('../ruleset/builtin.js')).builtinRules();
  if (dirs.length === 0) return mergeRules([builtin]);
  const { loadRuleDir } = await import('../ruleset/load.js');
  return mergeRules([builtin, ...dirs.map((d) => loadRuleDir(d))]);
}
