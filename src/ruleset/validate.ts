/**
 * Validation of rule files: the JSON Schema (ajv), then what a schema cannot say: `given` names a
 * collection, every fact is `item` or `report`, every path names a field of that collection,
 * every operator is known, every {{variable}} in a message exists. All at load time, never mid-run.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { GIVEN_FIELDS, GIVEN_KINDS, REPORT_FIELDS, type GivenKind } from '../checks/types.js';
import { KNOWN_OPERATORS, OPERATOR_DECORATORS } from '../engine/operators.js';
import { RULE_SCHEMA } from './schema.js';
import type { ConfigError } from './types.js';
import { errorAt, keyErrorAt, pickSchemaError, splitPointer, type PositionedYaml } from './yaml-pos.js';

let compiled: ReturnType<Ajv['compile']> | undefined;
function schemaValidator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(RULE_SCHEMA);
  return compiled;
}

/** Template-only fields every item may carry besides its collection's fields. */
const TEMPLATE_EXTRA = ['expectedText', 'actualText', 'contentText'];

export function validateRuleValue(y: PositionedYaml): void {
  const validate = schemaValidator();
  if (!validate(y.value)) throw schemaError(y, validate.errors ?? []);
  const v = y.value as { given: string; when: unknown; message: unknown; help: unknown };
  if (!(GIVEN_KINDS as string[]).includes(v.given)) {
    throw errorAt(y, ['given'], `未知的 given“${v.given}”，可用：${GIVEN_KINDS.join('、')}`, `unknown given "${v.given}"; known: ${GIVEN_KINDS.join(', ')}`);
  }
  const fields = GIVEN_FIELDS[v.given as GivenKind] as readonly string[];
  checkConditions(y, v.when, ['when'], fields, 0);
  for (const key of ['message', 'help'] as const) {
    const text = v[key];
    const texts = typeof text === 'string' ? { zh: text } : (text as Record<string, string>);
    for (const [lang, t] of Object.entries(texts)) {
      for (const m of t.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
        const name = m[1]!;
        const ok = name.startsWith('report.')
          ? (REPORT_FIELDS as readonly string[]).includes(name.slice(7))
          : fields.includes(name) || TEMPLATE_EXTRA.includes(name) || /^data\.[a-zA-Z][a-zA-Z0-9]*$/.test(name) && !/^data\.(constructor|prototype|__proto__|toString|valueOf|hasOwnProperty)$/.test(name);
        if (!ok) throw errorAt(y, typeof text === 'string' ? [key] : [key, lang], `模板变量“{{${name}}}”不存在；${v.given} 可用：${[...fields, ...TEMPLATE_EXTRA].join('、')}`, `no template variable "{{${name}}}"; ${v.given} has: ${[...fields, ...TEMPLATE_EXTRA].join(', ')}`);
      }
    }
  }
}

function checkConditions(y: PositionedYaml, c: unknown, at: (string | number)[], fields: readonly string[], depth: number): void {
  if (depth > 16) throw errorAt(y, at, '条件嵌套过深（最多 16 层）', 'conditions nest too deep (16 levels at most)');
  const cond = c as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    const list = cond[key];
    if (Array.isArray(list)) list.forEach((x, i) => checkConditions(y, x, [...at, key, i], fields, depth + 1));
  }
  if (cond.not !== undefined) checkConditions(y, cond.not, [...at, 'not'], fields, depth + 1);
  if (typeof cond.fact === 'string') {
    const fact = cond.fact;
    const allowed = fact === 'item' ? fields : fact === 'report' ? REPORT_FIELDS : undefined;
    if (!allowed) throw errorAt(y, [...at, 'fact'], `未知的 fact“${fact}”，只能是 item 或 report`, `unknown fact "${fact}": only item or report`);
    const root = String(cond.path ?? '').replace(/^\$\.?/, '').split('.')[0]!;
    if (!root) throw errorAt(y, [...at], `条件缺少 path（${fact} 的字段：${allowed.join('、')}）`, `the condition has no path (fields of ${fact}: ${allowed.join(', ')})`);
    if (!allowed.includes(root)) throw errorAt(y, [...at, 'path'], `未知的字段“${root}”，${fact} 可用：${allowed.join('、')}`, `unknown field "${root}"; ${fact} has: ${allowed.join(', ')}`);
    const op = String(cond.operator);
    const parts = op.split(':');
    const base = parts.pop()!;
    if (!KNOWN_OPERATORS.includes(base) || parts.some((d) => !OPERATOR_DECORATORS.includes(d))) {
      throw errorAt(y, [...at, 'operator'], `未知的运算符“${op}”，可用：${KNOWN_OPERATORS.join('、')}`, `unknown operator "${op}"; known: ${KNOWN_OPERATORS.join(', ')}`);
    }
    const value = cond.value as Record<string, unknown> | null;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.fact !== 'string') throw errorAt(y, [...at, 'value'], 'value 为对象时必须是 {fact, path} 形式的事实引用', 'a value that is an object must be a fact reference {fact, path}');
      checkConditions(y, { ...value, operator: 'equal' }, [...at, 'value'], fields, depth + 1);
    }
  }
}

function schemaError(y: PositionedYaml, errors: ErrorObject[]): ConfigError {
  // the deepest error is the most specific one
  const e = pickSchemaError(errors);
  const path = splitPointer(e.instancePath);
  const params = e.params as Record<string, unknown>;
  let detail: string;
  if (e.keyword === 'additionalProperties') {
    return keyErrorAt(y, [...path, String(params.additionalProperty)], `未知的键“${String(params.additionalProperty)}”`, `unknown key "${String(params.additionalProperty)}"`);
  } else if (e.keyword === 'required') detail = `缺少必填项“${String(params.missingProperty)}”`;
  else if (e.keyword === 'enum') detail = `取值应为 ${(params.allowedValues as unknown[]).join('、')} 之一`;
  else if (e.keyword === 'type') detail = `类型应为 ${String(params.type)}`;
  else detail = `${e.instancePath || '/'} ${e.message ?? '无效'}`;
  return errorAt(y, path, `规则文件无效：${detail}`, `invalid rule file: ${detail}`);
}
