/**
 * .jixiaorc.yaml: found upward from the working directory, or given with --config. Validated
 * with positions: unknown keys, unknown rule ids, bad severities name file:line:column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { Severity } from '../findings/types.js';
import type { Waiver } from '../findings/waivers.js';
import { ConfigError } from '../ruleset/types.js';
import { errorAt, keyErrorAt, parseYamlWithPositions, pickSchemaError, splitPointer, type PositionedYaml } from '../ruleset/yaml-pos.js';

export interface Config {
  file?: string;
  profile?: string;
  rules: Record<string, Severity | 'off'>;
  rulesDirs: string[];
  waivers: Waiver[];
  limits: { maxEntryMB?: number; maxTextMB?: number };
  /** Kept for the position of each rule id, to report unknown ids where they were written. */
  yaml?: PositionedYaml;
}

export const CONFIG_NAMES = ['.jixiaorc.yaml', '.jixiaorc.yml', '.jixiaorc.json'];

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    profile: { type: 'string', minLength: 1 },
    rules: { type: 'object', additionalProperties: { enum: ['off', 'error', 'warning', 'info'] } },
    rulesDirs: { type: 'array', items: { type: 'string', minLength: 1 } },
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: { type: 'string' },
          section: { type: 'string' },
          path: { type: 'array', items: { type: 'string' } },
          file: { type: 'string' },
          reason: { type: 'string', minLength: 2 },
        },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: { maxEntryMB: { type: 'number', exclusiveMinimum: 0 }, maxTextMB: { type: 'number', exclusiveMinimum: 0 } },
    },
  },
};

export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const n of CONFIG_NAMES) if (existsSync(join(dir, n))) return join(dir, n);
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function parseConfig(text: string, file: string): Config {
  const y = parseYamlWithPositions(text, file);
  const value = y.value ?? {};
  const validate = new Ajv({ strict: false, allErrors: true }).compile(SCHEMA);
  if (!validate(value)) {
    const e = pickSchemaError(validate.errors!);
    const p = e.params as Record<string, unknown>;
    const path = splitPointer(e.instancePath);
    if (e.keyword === 'additionalProperties') throw keyErrorAt(y, [...path, String(p.additionalProperty)], `未知的配置项“${String(p.additionalProperty)}”`);
    if (e.keyword === 'enum') throw errorAt(y, path, `取值应为 ${(p.allowedValues as string[]).join('、')} 之一`);
    if (e.keyword === 'required') throw errorAt(y, path, `缺少“${String(p.missingProperty)}”`);
    throw errorAt(y, path, `配置无效：${e.instancePath || '/'} ${e.message ?? ''}`);
  }
  const v = value as Partial<Config> & { rules?: Record<string, Severity | 'off'> };
  const base = dirname(file);
  return {
    file,
    ...(v.profile ? { profile: /[\\/]|\.ya?ml$/.test(v.profile) ? resolve(base, v.profile) : v.profile } : {}),
    rules: v.rules ?? {},
    rulesDirs: (v.rulesDirs ?? []).map((d) => resolve(base, d)),
    waivers: v.waivers ?? [],
    limits: v.limits ?? {},
    yaml: y,
  };
}

export function loadConfig(explicit: string | undefined, cwd: string): Config {
  const file = explicit ?? findConfig(cwd);
  if (!file) return { rules: {}, rulesDirs: [], waivers: [], limits: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(file, undefined, undefined, '配置文件不存在或无法读取');
  }
  return parseConfig(text, file);
}

/** Unknown rule ids in the config (rules: and waivers:) are errors at their position. */
export function checkRuleIds(config: Config, known: ReadonlySet<string>): void {
  const y = config.yaml;
  for (const id of Object.keys(config.rules)) {
    if (!known.has(id)) throw y ? keyErrorAt(y, ['rules', id], `未知的规则“${id}”（jixiao-lint rules 列出全部规则）`) : new ConfigError(config.file ?? '配置', undefined, undefined, `未知的规则“${id}”`);
  }
  config.waivers.forEach((w, i) => {
    if (!known.has(w.rule)) throw y ? errorAt(y, ['waivers', i, 'rule'], `未知的规则“${w.rule}”`) : new ConfigError(config.file ?? '配置', undefined, undefined, `未知的规则“${w.rule}”`);
  });
}

/** --rule id=severity, repeatable. */
export function parseRuleOption(spec: string, known: ReadonlySet<string>): [string, Severity | 'off'] {
  const m = /^([a-z0-9-]+)=(off|error|warning|info)$/.exec(spec.trim());
  if (!m) throw new ConfigError('--rule', undefined, undefined, `“${spec}”应写成 规则id=off|error|warning|info`);
  if (!known.has(m[1]!)) throw new ConfigError('--rule', undefined, undefined, `未知的规则“${m[1]}”`);
  return [m[1]!, m[2] as Severity | 'off'];
}
