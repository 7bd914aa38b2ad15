/** Profile files on disk: a built-in id (src/profiles/<id>.yaml) or a path from the config. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { rulesStamp, stampHolds, type RulesStamp } from '../ruleset/fresh.js';
import { ConfigError } from '../ruleset/types.js';
import { errorAt, parseYamlWithPositions, pickSchemaError, splitPointer } from '../ruleset/yaml-pos.js';
import { packageRoot } from '../ruleset/root.js';
import { compileProfile, DOCUMENT_KINDS, ROLES, type Profile, type ProfileSource } from './profile.js';

const PROFILE_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'sections'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    kinds: { type: 'array', minItems: 1, items: { enum: DOCUMENT_KINDS.filter((k) => k !== 'unknown') } },
    source: { type: 'string' },
    place: { type: 'string' },
    central: { type: 'boolean' },
    minMatched: { type: 'integer', minimum: 1 },
    sections: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['no', 'title'],
        additionalProperties: false,
        properties: {
          no: { type: 'string' }, title: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } },
          required: { type: 'boolean' }, nilAllowed: { type: 'boolean' }, fund: { enum: ['gpb', 'gov', 'soe', 'ssf'] },
          role: { anyOf: [{ enum: [...ROLES] }, { type: 'array', minItems: 1, items: { enum: [...ROLES] } }] },
        },
      },
    },
    template: { type: 'array', items: { type: 'string' } },
    nil: { type: 'array', items: { type: 'string' } },
    empty: { type: 'array', items: { type: 'string' } },
    cover: { type: 'array', items: { type: 'object', required: ['name', 'label'], additionalProperties: false, properties: { name: { type: 'string' }, label: { type: 'string' } } } },
    grades: { type: 'array', items: { type: 'object', required: ['grade', 'min'], additionalProperties: false, properties: { grade: { type: 'string' }, min: { type: 'number' } } } },
  },
};

let readSources: { stamp: RulesStamp; sources: Record<string, ProfileSource> } | undefined;

/** Every src/profiles/*.yaml as written (validated); read again only when a file changed since the last read. */
export function builtinProfileSources(): Record<string, ProfileSource> {
  const dir = join(packageRoot(), 'src', 'profiles');
  if (readSources && stampHolds(() => dir, readSources.stamp)) return readSources.sources;
  const stamp = rulesStamp(dir);
  const out: Record<string, ProfileSource> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const file = join(dir, f);
    const text = readFileSync(file, 'utf8');
    parseProfile(text, file);
    out[f.slice(0, -5)] = parseYamlWithPositions(text, file).value as unknown as ProfileSource;
  }
  readSources = { stamp, sources: out };
  return out;
}

export function builtinProfilePath(id: string): string | undefined {
  const p = join(packageRoot(), 'src', 'profiles', `${id}.yaml`);
  return /^[a-z][a-z0-9-]*$/.test(id) && existsSync(p) ? p : undefined;
}

let profileValidator: ValidateFunction | undefined;

export function parseProfile(text: string, file: string): Profile {
  const y = parseYamlWithPositions(text, file);
  // compiled once: Ajv's compilation is most of a profile's loading time
  const validate = (profileValidator ??= new Ajv({ strict: false, allErrors: true }).compile(PROFILE_SCHEMA));
  if (!validate(y.value)) {
    const e = pickSchemaError(validate.errors!);
    const allowed = e.keyword === 'enum' ? (e.params as { allowedValues: string[] }).allowedValues : undefined;
    const key = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : undefined;
    const zh = allowed ? `取值应为 ${allowed.join('、')} 之一` : key ? `未知的键“${key}”` : `${e.instancePath || '/'} ${e.message ?? ''}`;
    const en = allowed ? `expected one of ${allowed.join(', ')}` : key ? `unknown key "${key}"` : `${e.instancePath || '/'} ${e.message ?? ''}`;
    throw errorAt(y, key ? [...splitPointer(e.instancePath), key] : splitPointer(e.instancePath), `提纲文件无效：${zh}`, `invalid profile file: ${en}`);
  }
  const source = y.value as unknown as ProfileSource;
  const checkRegex = (re: string, at: (string | number)[]) => {
    try {
      new RegExp(re);
    } catch {
      throw errorAt(y, at, `不是有效的正则表达式：${re}`, `not a valid regular expression: ${re}`);
    }
  };
  for (const key of ['template', 'nil', 'empty'] as const) (source[key] ?? []).forEach((re, i) => checkRegex(re, [key, i]));
  (source.cover ?? []).forEach((c, i) => checkRegex(c.label, ['cover', i, 'label']));
  if (source.place !== undefined) checkRegex(source.place, ['place']);
  return compileProfile(source);
}

export function loadProfile(idOrPath: string): Profile {
  const file = builtinProfilePath(idOrPath) ?? idOrPath;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(idOrPath, undefined, undefined, `找不到提纲“${idOrPath}”（内置的见 jixiao-lint profiles；或给出 .yaml 文件路径）`, `no profile "${idOrPath}" (jixiao-lint profiles lists the built-in ones; or give the path of a .yaml file)`);
  }
  return parseProfile(text, file);
}
