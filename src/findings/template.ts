/**
 * Message templates of rule files: {{field}}, {{report.field}}, {{data.field}}, {{quantity.part}},
 * and {{list|separator}} for a list joined with a separator (default 、). A text may have cases:
 * the first whose `when` fields all have their values is used.
 */
import { isQuantity } from '../checks/quantity.js';
import type { CheckItem, ReportFacts } from '../checks/types.js';
import type { RuleText } from '../ruleset/types.js';

export const TEMPLATE_VARIABLE = /\{\{\s*([\w.]+)\s*(?:\|([^}]*))?\}\}/g;

/** Only an object's own fields: a template can never reach constructor, __proto__ or the like. */
function own(o: object | undefined, key: string): unknown {
  return o !== undefined && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** The text of a rule for an item: the first case that fits, else the default. */
export function pickText(t: RuleText, item: CheckItem, lang: 'zh' | 'en'): string {
  if (t.cases) {
    for (const c of t.cases) {
      let fits = true;
      for (const [k, v] of Object.entries(c.when)) if (String(own(item, k)) !== String(v)) fits = false;
      if (fits) return c[lang];
    }
  }
  return t[lang];
}

/**
 * A message template filled from an item. Under English, a field `x` that the check code also gives
 * in English as `xEn` (a phrase quoted or computed, not wording) is filled from `xEn`.
 */
export function render(template: string, item: CheckItem, report: ReportFacts, lang: 'zh' | 'en' = 'zh'): string {
  return template.replace(TEMPLATE_VARIABLE, (_, name: string, sep: string | undefined) => {
    const en = lang !== 'en' ? undefined : name.startsWith('report.') ? own(report, `${name.slice(7)}En`) : name.includes('.') ? undefined : own(item, `${name}En`);
    let v: unknown;
    if (en !== undefined) v = en;
    else if (name.startsWith('report.')) v = own(report, name.slice(7));
    else if (name.startsWith('data.')) v = own(item.data, name.slice(5));
    else {
      const [root, part] = name.split('.');
      v = own(item, root!);
      if (part !== undefined) v = isQuantity(v) ? own(v, part) : undefined;
    }
    if (isQuantity(v)) return v.text;
    if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').join(sep ?? '、');
    return v === undefined || v === null || typeof v === 'object' || typeof v === 'function' ? '' : String(v);
  });
}
