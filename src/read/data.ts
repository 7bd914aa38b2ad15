/**
 * Structured report data (.yaml/.yml/.json): the ReportModel that `facts` prints, validated
 * against its schema with errors naming file:line:column. Derived totals are recomputed from the
 * stated figures, never trusted from the file.
 */
import { Ajv } from 'ajv';
import { derive } from '../extract/budget.js';
import type { BudgetNode, ReportModel } from '../extract/model.js';
import { errorAt, keyErrorAt, parseYamlWithPositions, pickSchemaError, splitPointer } from '../ruleset/yaml-pos.js';
import { ConfigError } from '../ruleset/types.js';
import { decodeText } from './txt.js';
import { MODEL_SCHEMA } from './model-schema.js';
import { DEFAULT_LIMITS, ReadError, type ReadLimits } from './types.js';

let validator: ReturnType<Ajv['compile']> | undefined;

export function readData(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): ReportModel {
  const text = decodeText(bytes, limits);
  try {
    const y = parseYamlWithPositions(text, file);
    validator ??= new Ajv({ allErrors: true, strict: false, inlineRefs: false }).compile(MODEL_SCHEMA);
    if (!validator(y.value)) {
      const e = pickSchemaError(validator.errors ?? []);
      const p = e.params as Record<string, unknown>;
      const extra = e.keyword === 'additionalProperties' ? `未知的键“${String(p.additionalProperty)}”` : e.keyword === 'required' ? `缺少“${String(p.missingProperty)}”` : `${e.instancePath || '/'} ${e.message ?? ''}`;
      const extraEn = e.keyword === 'additionalProperties' ? `unknown key "${String(p.additionalProperty)}"` : e.keyword === 'required' ? `"${String(p.missingProperty)}" is missing` : `${e.instancePath || '/'} ${e.message ?? ''}`;
      const at = splitPointer(e.instancePath);
      throw e.keyword === 'additionalProperties'
        ? keyErrorAt(y, [...at, String(p.additionalProperty)], `不是有效的报告数据：${extra}`, `not valid report data: ${extraEn}`)
        : errorAt(y, at, `不是有效的报告数据：${extra}`, `not valid report data: ${extraEn}`);
    }
    const model = y.value as ReportModel;
    const nodes = new Map<string, BudgetNode>(model.budget.map((n) => [n.id, n]));
    derive(nodes);
    return { ...model, budget: [...nodes.values()] };
  } catch (e) {
    if (e instanceof ConfigError) {
      throw new ReadError(
        'bad-data',
        e.line !== undefined ? `第 ${e.line} 行第 ${e.column ?? 1} 列：${e.detail}` : e.detail,
        e.line !== undefined ? `line ${e.line}, column ${e.column ?? 1}: ${e.detailEn ?? e.detail}` : (e.detailEn ?? e.detail),
      );
    }
    throw e;
  }
}
