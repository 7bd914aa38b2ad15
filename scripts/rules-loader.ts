// Build-time helper: load and validate the built-in rules and profiles with the same code the tool uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseProfile } from '../src/profiles/load.js';
import type { ProfileSource } from '../src/profiles/profile.js';
import { loadRuleDir } from '../src/ruleset/load.js';
import { rulesStamp, type RulesStamp } from '../src/ruleset/fresh.js';
import type { RuleDef } from '../src/ruleset/types.js';

// the report-data schema, for the page's precompiled validator (scripts/build-page.mjs)
export { MODEL_SCHEMA } from '../src/read/model-schema.js';

export function loadBuiltin(root: string): { rules: RuleDef[]; profiles: Record<string, ProfileSource>; stamp: RulesStamp } {
  const rules = loadRuleDir(join(root, 'rules'), root);
  const stamp = rulesStamp(join(root, 'rules'));
  const profiles: Record<string, ProfileSource> = {};
  const dir = join(root, 'src', 'profiles');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    parseProfile(text, `src/profiles/${f}`); // validates, with file:line:col on error
    profiles[f.replace(/\.yaml$/, '')] = parse(text) as ProfileSource;
  }
  return { rules, profiles, stamp };
}
