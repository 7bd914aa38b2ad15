/**
 * .jixiaorc.yaml: found upward from the working directory, or given with --config. Validated
 * with positions: unknown keys, unknown rule ids, bad severities name file:line:column.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { ConfigError, didYouMean, DOCUMENT_KINDS, type Severity } from '../lib/index.js';
import { errorAt, keyErrorAt, parseYamlWithPositions, pickSchemaError, splitPointer, type PositionedYaml } from '../lib/yaml.js';
import type { Config } from './config-find.js';

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    profile: { type: 'string', minLength: 1 },
    kind: { enum: ['auto', ...DOCUMENT_KINDS] },
    rules: { type: 'object', additionalProperties: { enum: ['off', 'error', 'warning', 'warn', 'info'] } },
    ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
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
    tolerance: {
      type: 'object',
      additionalProperties: false,
      properties: { decimals: { anyOf: [{ type: 'integer', minimum: 0, maximum: 4 }, { const: 'auto' }] }, extra: { type: 'number', minimum: 0, maximum: 100 } },
    },
  },
};

/** The part of SCHEMA at a data path (for the keys a misspelt key could have meant). */
function schemaAt(path: readonly (string | number)[]): unknown {
  let node: unknown = SCHEMA;
  for (const k of path) {
    const n = node as { properties?: Record<string, unknown>; items?: unknown };
    node = typeof k === 'number' ? n.items : n.properties?.[k];
    if (node === undefined) return undefined;
  }
  return node;
}

export function parseConfig(text: string, file: string): Config {
  const y = parseYamlWithPositions(text, file);
  const value = y.value ?? {};
  const validate = new Ajv({ strict: false, allErrors: true }).compile(SCHEMA);
  if (!validate(value)) {
    const e = pickSchemaError(validate.errors!);
    const p = e.params as Record<string, unknown>;
    const path = splitPointer(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      const key = String(p.additionalProperty);
      const at = schemaAt(path);
      const known = at && typeof at === 'object' && 'properties' in at ? Object.keys((at as { properties: object }).properties) : [];
      throw keyErrorAt(y, [...path, key], `未知的配置项“${key}”${didYouMean(key, known, 'zh')}`, `unknown setting "${key}"${didYouMean(key, known, 'en')}`);
    }
    if (e.keyword === 'enum') {
      const allowed = (p.allowedValues as string[]).filter((v) => v !== 'warn');
      throw errorAt(y, path, `取值应为 ${allowed.join('、')} 之一`, `expected one of ${allowed.join(', ')}`);
    }
    if (e.keyword === 'required') throw errorAt(y, path, `缺少“${String(p.missingProperty)}”`, `"${String(p.missingProperty)}" is missing`);
    throw errorAt(y, path, `配置无效：${e.instancePath || '/'} ${e.message ?? ''}`, `invalid configuration: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }
  const v = value as Omit<Partial<Config>, 'rules'> & { rules?: Record<string, Severity | 'off' | 'warn'> };
  const base = dirname(file);
  return {
    file,
    ...(v.profile ? { profile: /[\\/]|\.ya?ml$/.test(v.profile) ? resolve(base, v.profile) : v.profile } : {}),
    ...(v.kind ? { kind: v.kind } : {}),
    rules: Object.fromEntries(Object.entries(v.rules ?? {}).map(([id, level]): [string, Severity | 'off'] => [id, level === 'warn' ? 'warning' : level])),
    rulesDirs: (v.rulesDirs ?? []).map((d) => resolve(base, d)),
    waivers: v.waivers ?? [],
    ignores: v.ignores ?? [],
    limits: v.limits ?? {},
    ...(v.tolerance ? { tolerance: v.tolerance } : {}),
    yaml: y,
  };
}

export function loadConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(file, undefined, undefined, '配置文件不存在或无法读取', 'the configuration file does not exist or cannot be read');
  }
  return parseConfig(text, file);
}

/** Unknown rule ids in the config (rules: and waivers:) are errors at their position. */
export function checkRuleIds(config: Config, known: ReadonlySet<string>): void {
  const y = config.yaml as PositionedYaml | undefined;
  for (const id of Object.keys(config.rules)) {
    const hint = didYouMean(id, known, 'zh') || '（jixiao-lint rules 列出全部规则）';
    const hintEn = didYouMean(id, known, 'en') || ' (jixiao-lint rules lists them all)';
    if (!known.has(id)) {
      throw y
        ? keyErrorAt(y, ['rules', id], `未知的规则“${id}”${hint}`, `unknown rule "${id}"${hintEn}`)
        : new ConfigError(config.file ?? '配置', undefined, undefined, `未知的规则“${id}”${hint}`, `unknown rule "${id}"${hintEn}`);
    }
  }
  config.waivers.forEach((w, i) => {
    const hint = didYouMean(w.rule, known, 'zh');
    const hintEn = didYouMean(w.rule, known, 'en');
    if (!known.has(w.rule)) {
      throw y
        ? errorAt(y, ['waivers', i, 'rule'], `未知的规则“${w.rule}”${hint}`, `unknown rule "${w.rule}"${hintEn}`)
        : new ConfigError(config.file ?? '配置', undefined, undefined, `未知的规则“${w.rule}”${hint}`, `unknown rule "${w.rule}"${hintEn}`);
    }
  });
}

