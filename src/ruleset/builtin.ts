/**
 * The built-in rule pack: embedded in the bundle (see embedded.ts), else read from rules/.
 */
import { loadRuleDir } from './load.js';
import { builtinRulesDir, packageRoot } from './root.js';
import type { RuleDef } from './types.js';

export function builtinRules(): RuleDef[] {
  // read from disk: from the sources, or when rules/ changed since the build (lib/node.ts decides)
  return loadRuleDir(builtinRulesDir(), packageRoot());
}
