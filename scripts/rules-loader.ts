// Build-time helper: load and validate the built-in rules with the same code the tool uses.
import { join } from 'node:path';
import { loadRuleDir } from '../src/ruleset/load.js';
import type { RuleDef } from '../src/ruleset/types.js';

export function loadBuiltin(root: string): RuleDef[] {
  return loadRuleDir(join(root, 'rules'), root);
}
