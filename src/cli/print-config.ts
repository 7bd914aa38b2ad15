/**
 * `check --print-config FILE`: the configuration in effect when FILE is checked (ESLint's
 * --print-config): where it came from, the profile, every rule's level, waivers, ignore patterns
 * and whether FILE is ignored, limits, tolerance, gate. YAML on stdout; exit 0.
 */
import { resolve } from 'node:path';
import { expandArgs, type RuleDef, type Severity } from '../lib/node.js';
import type { Config } from './config-find.js';
import type { Lang } from './lang.js';
import { writeOut } from './io.js';

export interface PrintConfigInput {
  config: Config;
  rules: readonly RuleDef[];
  severities: Record<string, Severity | 'off'>;
  profile: string;
  ignores: readonly string[];
  useIgnore: boolean;
  failOn: Severity | 'never';
  maxWarnings: number | undefined;
  lang: Lang;
  cwd: string;
}

export async function printConfig(file: string, p: PrintConfigInput): Promise<number> {
  const expanded = await expandArgs([file], p.cwd, { ignorePatterns: p.ignores, useIgnore: p.useIgnore });
  const effective = {
    file,
    configFile: p.config.file ? resolve(p.config.file) : null,
    ignored: expanded.skipped.some((s) => s.explicit),
    lang: p.lang,
    profile: p.profile,
    failOn: p.failOn,
    maxWarnings: p.maxWarnings ?? -1,
    rules: Object.fromEntries(p.rules.map((r) => [r.id, p.severities[r.id] ?? r.severity])),
    rulesDirs: p.config.rulesDirs,
    ignores: p.useIgnore ? [...p.ignores] : [],
    waivers: p.config.waivers,
    limits: p.config.limits,
    tolerance: p.config.tolerance ?? {},
  };
  const { stringify } = await import('./yaml-out.js');
  writeOut(stringify(effective, { lineWidth: 0 }));
  return 0;
}
