/**
 * The light half of configuration: finding .jixiaorc.* and parsing --rule. Reading a config file
 * needs YAML and a schema validator (config.ts), loaded only when there is one.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, type Severity, type Waiver, didYouMean } from '../lib/index.js';

export interface Config {
  file?: string;
  profile?: string;
  /** The kind of document (default: read from each document's title). */
  kind?: string;
  rules: Record<string, Severity | 'off'>;
  rulesDirs: string[];
  waivers: Waiver[];
  /** Ignore patterns (gitignore syntax), relative to the working directory. */
  ignores: string[];
  limits: { maxEntryMB?: number; maxTextMB?: number };
  /** Rounding tolerance: prevailing decimals of 万元 figures, extra absolute tolerance in 万元. */
  tolerance?: { decimals?: number | 'auto'; extra?: number };
  /** Positions in the file, to report unknown rule ids where they were written (config.ts). */
  yaml?: unknown;
}

export const CONFIG_NAMES = ['.jixiaorc.yaml', '.jixiaorc.yml', '.jixiaorc.json'];
export const NO_CONFIG: Config = { rules: {}, rulesDirs: [], waivers: [], ignores: [], limits: {} };

export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const n of CONFIG_NAMES) if (existsSync(join(dir, n))) return join(dir, n);
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The configuration for a run: --config, else the nearest .jixiaorc.*, else none. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  const file = explicit ?? findConfig(cwd);
  if (!file) return NO_CONFIG;
  return (await import('./config.js')).loadConfigFile(file);
}

/** --rule id=severity, repeatable; `warn` is read as `warning` (ESLint's word). */
export function parseRuleOption(spec: string, known: ReadonlySet<string>, lang: 'zh' | 'en' = 'zh'): [string, Severity | 'off'] {
  const m = /^([a-z0-9-]+)=(off|error|warning|warn|info)$/.exec(spec.trim());
  if (!m) throw new ConfigError('--rule', undefined, undefined, `“${spec}”应写成 规则id=off|error|warning|info`, `"${spec}" should read rule-id=off|error|warning|info`);
  if (!known.has(m[1]!)) {
    throw new ConfigError(
      '--rule', undefined, undefined,
      `未知的规则“${m[1]}”${didYouMean(m[1]!, known, 'zh') || '（jixiao-lint rules 列出全部规则）'}`,
      `unknown rule "${m[1]}"${didYouMean(m[1]!, known, 'en') || ' (jixiao-lint rules lists them all)'}`,
    );
  }
  return [m[1]!, (m[2] === 'warn' ? 'warning' : m[2]) as Severity | 'off'];
}
