/**
 * How many conditions of a rule set compare values, and how many read a status the code decided
 * (a field marked `status` in the vocabulary): the README states the built-in pack's count, and
 * `jixiao-lint rules` prints it for the rules in use.
 */
import { fieldsOf, REPORT_FIELD_DOCS, type FieldDoc } from '../checks/vocabulary.js';
import type { Condition, RuleDef } from './types.js';

export interface Census {
  value: number;
  status: number;
  /** Each status read: "rule-id: item.field". */
  statuses: string[];
}

export function conditionCensus(rules: readonly RuleDef[]): Census {
  const out: Census = { value: 0, status: 0, statuses: [] };
  const walk = (c: Condition, r: RuleDef): void => {
    if ('all' in c) c.all.forEach((x) => walk(x, r));
    else if ('any' in c) c.any.forEach((x) => walk(x, r));
    else if ('not' in c) walk(c.not, r);
    else {
      const root = String(c.path ?? '').split('.')[0]!;
      const fields: Readonly<Record<string, FieldDoc>> = c.fact === 'item' ? fieldsOf(r.given) : c.fact === 'report' ? REPORT_FIELD_DOCS : {};
      if (Object.hasOwn(fields, root) && fields[root]!.status) {
        out.status++;
        out.statuses.push(`${r.id}: ${c.fact}.${c.path}`);
      } else out.value++;
    }
  };
  for (const r of rules) walk(r.when, r);
  return out;
}
