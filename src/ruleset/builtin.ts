/**
 * The built-in rule pack: embedded in the bundle (see embedded.ts), else read from rules/.
 */
import { rulesStamp, stampHolds, type RulesStamp } from './fresh.js';
import { loadRuleDir } from './load.js';
import { builtinRulesDir, packageRoot } from './root.js';
import type { RuleDef } from './types.js';

let read: { stamp: RulesStamp; rules: RuleDef[] } | undefined;

export function builtinRules(): RuleDef[] {
  // read from disk: from the sources, or when rules/ changed since the build (lib/node.ts decides);
  // read again only when a file changed since the last read (an auditor per file stays cheap)
  const dir = builtinRulesDir();
  if (read && stampHolds(() => dir, read.stamp)) return read.rules;
  const stamp = rulesStamp(dir);
  read = { stamp, rules: loadRuleDir(dir, packageRoot()) };
  return read.rules;
}
