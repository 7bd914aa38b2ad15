/**
 * Validation of rule files: the JSON Schema (ajv), then what a schema cannot say, against the
 * vocabulary (checks/vocabulary.ts): `given` names a collection; every fact is item, report or a
 * look-up fact with its params; every path names a field of that fact; every operator is known and
 * fits the field's type; a regular expression compiles; every {{variable}} in a message exists.
 * All at load time, never mid-run; each refusal names file:line:col and the nearest known name.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { didYouMean } from '../lib/suggest.js';
import { CHECK_NAMES, CHECK_SKIPS, GIVEN_KINDS, type CheckName, type GivenKind, FACTS, fieldsOf, QUANTITY_FIELDS, REPORT_FIELD_DOCS, TEMPLATE_EXTRA, type FieldDoc } from '../checks/vocabulary.js';
import { KNOWN_OPERATORS, OPERATOR_DECORATORS, OPERATOR_DOCS, regexOf, type FieldType } from '../engine/operators.js';
import { ROLES } from '../profiles/profile.js';
import { RULE_SCHEMA } from './schema.js';
import type { ConfigError } from './types.js';
import { TEMPLATE_VARIABLE } from '../findings/template.js';
import { errorAt, keyErrorAt, pickSchemaError, splitPointer, type PositionedYaml } from './yaml-pos.js';

let compiled: ReturnType<Ajv['compile']> | undefined;
function schemaValidator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(RULE_SCHEMA);
  return compiled;
}

type At = (string | number)[];

/** " (did you mean x?)" in the error's language, or a list of what is known when nothing is close. */
function hint(word: string, known: readonly string[]): [string, string] {
  const zh = didYouMean(word, known, 'zh');
  const en = didYouMean(word, known, 'en');
  return [zh || `；可用：${known.join('、')}`, en || `; known: ${known.join(', ')}`];
}

export function validateRuleValue(y: PositionedYaml): void {
  const validate = schemaValidator();
  if (!validate(y.value)) throw schemaError(y, validate.errors ?? []);
  const v = y.value as { given: string; when: unknown; message: unknown; help: unknown; verifies?: string };
  if (!(GIVEN_KINDS as string[]).includes(v.given)) {
    const [zh, en] = hint(v.given, GIVEN_KINDS);
    throw errorAt(y, ['given'], `未知的 given“${v.given}”${zh}`, `unknown given "${v.given}"${en}`);
  }
  if (v.verifies !== undefined && !(CHECK_NAMES as readonly string[]).includes(v.verifies)) {
    const [zh, en] = hint(v.verifies, CHECK_NAMES);
    throw errorAt(y, ['verifies'], `未知的核对“${v.verifies}”${zh}`, `unknown check "${v.verifies}"${en}`);
  }
  const given = v.given as GivenKind;
  checkConditions(y, v.when, ['when'], given, 0);
  checkSkipped(y, v.verifies as CheckName | undefined, (v as { skipped?: Record<string, unknown> }).skipped);
  for (const key of ['message', 'help'] as const) {
    const text = v[key] as string | { zh: string; en?: string; cases?: { when: Record<string, unknown>; zh: string; en?: string }[] };
    if (typeof text === 'string') {
      checkVariables(y, text, [key], given);
      continue;
    }
    checkVariables(y, text.zh, [key, 'zh'], given);
    if (text.en !== undefined) checkVariables(y, text.en, [key, 'en'], given);
    (text.cases ?? []).forEach((c, i) => {
      for (const field of Object.keys(c.when)) {
        if (!Object.hasOwn(fieldsOf(given), field)) {
          const [zh, en] = hint(field, Object.keys(fieldsOf(given)));
          throw keyErrorAt(y, [key, 'cases', i, 'when', field], `未知的字段“${field}”（given: ${given}）${zh}`, `unknown field "${field}" (given: ${given})${en}`);
        }
      }
      checkVariables(y, c.zh, [key, 'cases', i, 'zh'], given);
      if (c.en !== undefined) checkVariables(y, c.en, [key, 'cases', i, 'en'], given);
    });
  }
}

/** `skipped:` words every reason the verified check may not be made, and only those. */
function checkSkipped(y: PositionedYaml, verifies: CheckName | undefined, skipped: Record<string, unknown> | undefined): void {
  const whys = verifies ? CHECK_SKIPS[verifies] : {};
  for (const [why, t] of Object.entries(skipped ?? {})) {
    const doc = whys[why];
    if (!doc) {
      const known = Object.keys(whys);
      const [zh, en] = known.length > 0 ? hint(why, known) : [verifies ? `（核对 ${verifies} 没有跳过的情形）` : '（没有 verifies）', verifies ? ` (the check ${verifies} is never skipped)` : ' (no verifies)'];
      throw keyErrorAt(y, ['skipped', why], `未知的跳过原因“${why}”${zh}`, `unknown skip reason "${why}"${en}`);
    }
    const texts = typeof t === 'string' ? [[t, ['skipped', why]]] : Object.entries(t as Record<string, string>).filter(([k]) => k === 'zh' || k === 'en').map(([k, s]) => [s, ['skipped', why, k]]);
    for (const [text, at] of texts as [string, At][]) {
      for (const m of text.matchAll(TEMPLATE_VARIABLE)) {
        if (!doc.fields.includes(m[1]!)) {
          const [zh, en] = hint(m[1]!, doc.fields);
          throw errorAt(y, at, `模板变量“{{${m[1]}}}”不存在（跳过原因 ${why} 可用：${doc.fields.join('、') || '无'}）${doc.fields.length ? zh : ''}`, `no template variable "{{${m[1]}}}" (skip reason ${why} has: ${doc.fields.join(', ') || 'none'})${doc.fields.length ? en : ''}`);
        }
      }
    }
  }
  for (const why of Object.keys(whys)) {
    if (!skipped || !Object.hasOwn(skipped, why)) {
      throw errorAt(y, skipped ? ['skipped'] : ['verifies'], `核对 ${verifies} 可能因“${why}”（${whys[why]!.zh}）无法进行：请在 skipped: 下写明这种情况的说明`, `the check ${verifies} may not be made for "${why}" (${whys[why]!.en}): word it under skipped:`);
    }
  }
}

/** Every {{variable}} (or {{list|separator}}) of a text. */
function checkVariables(y: PositionedYaml, t: string, at: At, given: GivenKind): void {
  for (const m of t.matchAll(TEMPLATE_VARIABLE)) checkVariable(y, m[1]!, at, given);
}

/** A {{variable}}: a field of the item (or a part of a quantity field), report.x, data.x. */
function checkVariable(y: PositionedYaml, name: string, at: At, given: GivenKind): void {
  const fields = fieldsOf(given);
  if (name.startsWith('report.')) {
    const f = name.slice(7);
    if (Object.hasOwn(REPORT_FIELD_DOCS, f)) return;
    const [zh, en] = hint(f, Object.keys(REPORT_FIELD_DOCS));
    throw errorAt(y, at, `模板变量“{{${name}}}”不存在${zh}`, `no template variable "{{${name}}}"${en}`);
  }
  if (/^data\.[a-zA-Z][a-zA-Z0-9]*$/.test(name) && !/^data\.(constructor|prototype|__proto__|toString|valueOf|hasOwnProperty)$/.test(name)) return;
  const [root, sub, ...more] = name.split('.');
  const doc = Object.hasOwn(fields, root!) ? fields[root!] : undefined;
  if (doc && sub === undefined) return;
  if (doc && doc.type === 'quantity' && more.length === 0 && Object.hasOwn(QUANTITY_FIELDS, sub!)) return;
  if (!doc && sub === undefined && TEMPLATE_EXTRA.includes(root!)) return;
  const known = [...Object.keys(fields), ...TEMPLATE_EXTRA];
  const [zh, en] = hint(root!, known);
  throw errorAt(y, at, `模板变量“{{${name}}}”不存在${zh}`, `no template variable "{{${name}}}"${en}`);
}

/** The type at a path of a fact (item, report, or a look-up fact's value); throws on an unknown field. */
function typeAt(y: PositionedYaml, at: At, fact: string, path: string, given: GivenKind, pathAt: At = [...at, 'path']): FieldDoc {
  const fields: Readonly<Record<string, FieldDoc>> = fact === 'item' ? fieldsOf(given) : fact === 'report' ? REPORT_FIELD_DOCS : FACTS[fact]!.fields;
  const [root = '', ...rest] = path.replace(/^\$\.?/, '').split('.');
  const doc = Object.hasOwn(fields, root) ? fields[root] : undefined;
  if (!doc) {
    const [zh, en] = hint(root, Object.keys(fields));
    throw errorAt(y, pathAt, `未知的字段“${root}”（${fact}${fact === 'item' ? `，given: ${given}` : ''}）${zh}`, `unknown field "${root}" (${fact}${fact === 'item' ? `, given: ${given}` : ''})${en}`);
  }
  if (doc.text) {
    throw errorAt(y, pathAt, `字段“${root}”是供消息使用的文字说明，不能用于条件`, `the field "${root}" is message wording, not for conditions`);
  }
  if (rest.length === 0) return doc;
  if (doc.type === 'quantity' && rest.length === 1 && Object.hasOwn(QUANTITY_FIELDS, rest[0]!)) return QUANTITY_FIELDS[rest[0]!]!;
  const sub = doc.type === 'quantity' ? Object.keys(QUANTITY_FIELDS) : [];
  const [zh, en] = sub.length > 0 ? hint(rest[0]!, sub) : ['', ''];
  throw errorAt(
    y,
    pathAt,
    `字段“${root}”（${doc.type}）没有“${rest.join('.')}”${sub.length ? zh : '：它不是对象'}`,
    `the field "${root}" (${doc.type}) has no "${rest.join('.')}"${sub.length ? en : ': it is not an object'}`,
  );
}

/** Whether an operator reads fields of this type. */
function fits(op: string, t: FieldType): boolean {
  const doc = OPERATOR_DOCS[op];
  if (!doc) return true;
  return doc.fits.includes('any') || t === 'any' || doc.fits.includes(t);
}

const TYPE_ZH: Record<FieldType, string> = { string: '文字', number: '数值', boolean: '是/否', quantity: '数（带区间）', list: '列表', object: '对象', any: '任意' };

function checkConditions(y: PositionedYaml, c: unknown, at: At, given: GivenKind, depth: number): void {
  if (depth > 16) throw errorAt(y, at, '条件嵌套过深（最多 16 层）', 'conditions nest too deep (16 levels at most)');
  const cond = c as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    const list = cond[key];
    if (Array.isArray(list)) list.forEach((x, i) => checkConditions(y, x, [...at, key, i], given, depth + 1));
  }
  if (cond.not !== undefined) checkConditions(y, cond.not, [...at, 'not'], given, depth + 1);
  if (typeof cond.fact !== 'string') return;
  const field = checkLeaf(y, cond, at, given);
  const op = String(cond.operator);
  const parts = op.split(':');
  const base = parts.pop()!;
  if (!KNOWN_OPERATORS.includes(base) || parts.some((d) => !OPERATOR_DECORATORS.includes(d))) {
    const [zh, en] = hint(base, KNOWN_OPERATORS);
    throw errorAt(y, [...at, 'operator'], `未知的运算符“${op}”${zh}`, `unknown operator "${op}"${en}`);
  }
  if (parts.length === 0 && !fits(base, field.type)) {
    const good = Object.entries(OPERATOR_DOCS).filter(([, d]) => d.fits.includes(field.type)).map(([n]) => n);
    const quantityHint = field.type === 'quantity' ? '（数带打印精度区间：比较数值请用 path 的 .value、.low、.high，或用 agreesWith、disagreesWith、exceeds、fallsShortOf）' : '';
    const quantityHintEn = field.type === 'quantity' ? ' (a quantity has a rounding interval: compare numbers at .value, .low or .high, or use agreesWith, disagreesWith, exceeds, fallsShortOf)' : '';
    throw errorAt(
      y,
      [...at, 'operator'],
      `运算符“${op}”不适用于${TYPE_ZH[field.type]}字段“${String(cond.path ?? cond.fact)}”${quantityHint}；可用：${good.join('、')}`,
      `the operator "${op}" does not fit the ${field.type} field "${String(cond.path ?? cond.fact)}"${quantityHintEn}; fitting: ${good.join(', ')}`,
    );
  }
  const value = cond.value;
  if ((base === 'matches' || base === 'notMatches') && regexOf(value) === null) {
    throw errorAt(y, [...at, 'value'], `正则表达式无效：${String(value)}`, `invalid regular expression: ${String(value)}`);
  }
  if ((base === 'in' || base === 'notIn') && !Array.isArray(value)) throw errorAt(y, [...at, 'value'], `${base} 的 value 应为列表`, `the value of ${base} must be a list`);
  if ((base === 'lengthLessThan' || base === 'lengthGreaterThan') && typeof value !== 'number') throw errorAt(y, [...at, 'value'], `${base} 的 value 应为数字`, `the value of ${base} must be a number`);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (typeof (value as Record<string, unknown>).fact !== 'string') throw errorAt(y, [...at, 'value'], 'value 为对象时必须是 {fact, path} 形式的事实引用', 'a value that is an object must be a fact reference {fact, path}');
    checkLeaf(y, value as Record<string, unknown>, [...at, 'value'], given);
  }
}

/** A leaf's fact, params and path; returns the type of what it reads. */
function checkLeaf(y: PositionedYaml, cond: Record<string, unknown>, at: At, given: GivenKind): FieldDoc {
  const fact = String(cond.fact);
  const known = ['item', 'report', ...Object.keys(FACTS)];
  if (!known.includes(fact)) {
    const [zh, en] = hint(fact, known);
    throw errorAt(y, [...at, 'fact'], `未知的 fact“${fact}”${zh}`, `unknown fact "${fact}"${en}`);
  }
  const params = cond.params as Record<string, unknown> | undefined;
  const look = FACTS[fact];
  if (!look) {
    if (params !== undefined) throw keyErrorAt(y, [...at, 'params'], `${fact} 不接受 params`, `${fact} takes no params`);
    if (typeof cond.path !== 'string' || !cond.path.replace(/^\$\.?/, '')) {
      const fields = Object.keys(fact === 'item' ? fieldsOf(given) : REPORT_FIELD_DOCS);
      throw errorAt(y, at, `条件缺少 path（${fact} 的字段：${fields.join('、')}）`, `the condition has no path (fields of ${fact}: ${fields.join(', ')})`);
    }
    return typeAt(y, at, fact, cond.path, given);
  }
  const p = params ?? {};
  for (const [name, v] of Object.entries(p)) {
    const doc = look.params[name];
    if (!doc) {
      const [zh, en] = hint(name, Object.keys(look.params));
      throw keyErrorAt(y, [...at, 'params', name], `${fact} 没有参数“${name}”${zh}`, `${fact} has no parameter "${name}"${en}`);
    }
    const pat: At = [...at, 'params', name];
    if (doc.kind === 'role' && !(ROLES as readonly string[]).includes(String(v))) {
      const [zh, en] = hint(String(v), ROLES);
      throw errorAt(y, pat, `未知的作用“${String(v)}”${zh}`, `unknown role "${String(v)}"${en}`);
    }
    if (doc.kind === 'regex' && regexOf(v) === null) throw errorAt(y, pat, `正则表达式无效：${String(v)}`, `invalid regular expression: ${String(v)}`);
    if (doc.kind === 'ref') checkRef(y, pat, v, given);
    if (doc.kind === 'refs') {
      if (!Array.isArray(v) || v.length === 0) throw errorAt(y, pat, `params.${name} 应为非空列表`, `params.${name} must be a non-empty list`);
      v.forEach((r, i) => checkRef(y, [...pat, i], r, given));
    }
  }
  for (const [name, doc] of Object.entries(look.params)) {
    if (doc.required && p[name] === undefined) throw errorAt(y, at, `${fact} 缺少参数 params.${name}（${doc.zh}）`, `${fact} needs params.${name} (${doc.en})`);
  }
  if (cond.path === undefined) return { type: 'quantity', zh: '', en: '' };
  return typeAt(y, at, fact, String(cond.path), given);
}

/** A figure reference: a number, an item field holding a number or quantity, report.x, { node }, { label, role }. */
function checkRef(y: PositionedYaml, at: At, v: unknown, given: GivenKind): void {
  if (typeof v === 'number') return;
  if (typeof v === 'string') {
    const field = v.startsWith('report.') ? typeAt(y, at, 'report', v.slice(7), given, at) : typeAt(y, at, 'item', v, given, at);
    if (field.type !== 'quantity' && field.type !== 'number' && field.type !== 'string') {
      throw errorAt(y, at, `“${v}”不是数（${TYPE_ZH[field.type]}）`, `"${v}" is not a figure (${field.type})`);
    }
    return;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const r = v as Record<string, unknown>;
    const keys = Object.keys(r);
    const allowed = ['node', 'label', 'role', 'family'];
    const bad = keys.find((k) => !allowed.includes(k));
    if (bad) {
      const [zh, en] = hint(bad, allowed);
      throw keyErrorAt(y, [...at, bad], `数的引用没有“${bad}”${zh}`, `a figure reference has no "${bad}"${en}`);
    }
    if (typeof r.node === 'string' && keys.length === 1) return;
    if (typeof r.label === 'string' && r.node === undefined) {
      if (regexOf(r.label) === null) throw errorAt(y, [...at, 'label'], `正则表达式无效：${r.label}`, `invalid regular expression: ${r.label}`);
      if (r.role !== undefined && !(ROLES as readonly string[]).includes(String(r.role))) {
        const [zh, en] = hint(String(r.role), ROLES);
        throw errorAt(y, [...at, 'role'], `未知的作用“${String(r.role)}”${zh}`, `unknown role "${String(r.role)}"${en}`);
      }
      return;
    }
  }
  throw errorAt(y, at, '数的引用应为：字段名、report.字段、{ node: 标识 }、{ label: 正则, role: 作用 } 或数字', 'a figure reference is a field name, report.field, { node: id }, { label: regex, role: role } or a number');
}

function schemaError(y: PositionedYaml, errors: ErrorObject[]): ConfigError {
  // the deepest error is the most specific one
  const e = pickSchemaError(errors);
  const path = splitPointer(e.instancePath);
  const params = e.params as Record<string, unknown>;
  let detail: string;
  if (e.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const props = schemaPropertiesAt(path);
    const [zh, en] = props.length > 0 ? hint(key, props) : ['', ''];
    return keyErrorAt(y, [...path, key], `未知的键“${key}”${zh}`, `unknown key "${key}"${en}`);
  } else if (e.keyword === 'required') detail = `缺少必填项“${String(params.missingProperty)}”`;
  else if (e.keyword === 'enum') detail = `取值应为 ${(params.allowedValues as unknown[]).join('、')} 之一`;
  else if (e.keyword === 'type') detail = `类型应为 ${String(params.type)}`;
  else detail = `${e.instancePath || '/'} ${e.message ?? '无效'}`;
  return errorAt(y, path, `规则文件无效：${detail}`, `invalid rule file: ${detail}`);
}

/** The keys the schema allows at a path (top level, examples, a condition, a message). */
function schemaPropertiesAt(path: readonly (string | number)[]): string[] {
  if (path.length === 0) return Object.keys(RULE_SCHEMA.properties);
  if (path[0] === 'skipped') return path.length >= 2 ? ['zh', 'en', 'cases'] : [];
  if (path[0] === 'examples') return path.length === 1 ? ['section', 'valid', 'invalid'] : ['text', 'section', 'whole', 'count'];
  if (path[0] === 'message' || path[0] === 'help') return path.length === 1 ? ['zh', 'en', 'cases'] : ['when', 'zh', 'en'];
  if (path[0] === 'when') return ['fact', 'path', 'params', 'operator', 'value', 'all', 'any', 'not'];
  return [];
}
