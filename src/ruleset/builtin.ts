/**
 * The built-in rule pack: embedded in the bundle (see embedded.ts), else read from rules/.
 */
import { EMBEDDED_RULES } from './embedded.js';
import { loadRuleDir } from './load.js';
import { builtinRulesDir, packageRoot } from './root.js';
import type { RuleDef } from './types.js';

export function builtinRules(): RuleDef[] {
  return EMBEDDED_RULES ?? loadRuleDir(builtinRulesDir(), packageRoot());
}
