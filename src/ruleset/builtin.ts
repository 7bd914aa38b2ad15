/**
 * The built-in rule pack. The bundle embeds it, parsed and validated at build time
 * (scripts/build.mjs), so start-up parses no YAML; from sources it is read from rules/.
 */
import type { RuleDef } from './types.js';
import { loadRuleDir } from './load.js';
import { builtinRulesDir, packageRoot } from './root.js';

declare const __JIXIAO_BUILTIN_RULES__: RuleDef[] | undefined;

export function builtinRules(): RuleDef[] {
  if (typeof __JIXIAO_BUILTIN_RULES__ !== 'undefined') return __JIXIAO_BUILTIN_RULES__;
  return loadRuleDir(builtinRulesDir(), packageRoot());
}
