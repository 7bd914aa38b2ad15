/**
 * One wrong figure is one problem (issue 8, point 7): the failing checks that one figure explains
 * (checks/consequences.ts) become one finding, which names the figure and its likely value, and
 * lists the others under `consequences`. Only the findings of the checks' own rules (the rule that
 * `verifies` the check) are grouped; any other rule that fired on those items stays on its own.
 */
import { equationOf, explain } from '../checks/consequences.js';
import type { CheckItem } from '../checks/types.js';
import type { Hit } from '../engine/run.js';

export interface Grouped {
  /** The hit whose finding names the figure → the figure, its likely value and the others' hits. */
  primary: Map<Hit, { figure: string; corrected: string; others: Hit[] }>;
  /** Hits reported under another finding (not on their own). */
  under: Set<Hit>;
}

const NONE: Grouped = { primary: new Map(), under: new Set() };

/** Group hits by the figure that explains them; `collections`: the check items with equations. */
export function groupConsequences(hits: readonly Hit[], collections: readonly (readonly CheckItem[])[]): Grouped {
  // a check's own failing hit (its verifying rule, at warning or error)
  const own = new Map<CheckItem, Hit>();
  for (const h of hits) {
    if (h.rule.severity === 'info' || h.rule.def.verifies === undefined || h.rule.def.verifies !== h.item.check) continue;
    if (equationOf(h.item) !== undefined && !own.has(h.item)) own.set(h.item, h);
  }
  if (own.size < 2) return NONE;
  const checks: { ref: CheckItem; eq: NonNullable<ReturnType<typeof equationOf>>; fails: boolean; src?: CheckItem['src'] }[] = [];
  for (const items of collections) for (const item of items) {
    const eq = equationOf(item);
    if (eq !== undefined) checks.push({ ref: item, eq, fails: own.has(item), ...(item.src ? { src: item.src } : {}) });
  }
  const groups = explain(checks);
  if (groups.length === 0) return NONE;
  const out: Grouped = { primary: new Map(), under: new Set() };
  for (const g of groups) {
    const others = g.consequences.map((i) => own.get(i)!);
    out.primary.set(own.get(g.primary)!, { figure: g.figure, corrected: g.corrected, others });
    for (const h of others) out.under.add(h);
  }
  return out;
}

/** The message of the finding that names the figure: its own, then the figure and what it explains. */
export function withSuspect(message: string, figure: string, corrected: string, others: number, lang: 'zh' | 'en'): string {
  return lang === 'en'
    ? `${message.replace(/\.$/, '')}; the figure most likely wrong is ${figure} (at ${corrected}, this check and the ${others} other${others === 1 ? '' : 's'} that fail because of it agree)`
    : `${message.replace(/。$/, '')}；最可能有误的是“${figure}”（按 ${corrected} 计算，本项及因它而不符的另外 ${others} 项核对均一致）`;
}
