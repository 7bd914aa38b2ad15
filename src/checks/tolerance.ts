/**
 * Tolerance settings (config `tolerance:`): the prevailing precision of 万元 figures (a figure
 * printed with fewer decimals, "20万元", stands for 20.00 at 2) and an extra absolute tolerance in
 * 万元 some bureaus allow on top of rounding. Defaults follow DOMAIN §4: 2 decimals, no extra.
 */
import { nodeMoney } from '../extract/budget.js';
import { readMoney } from '../extract/facts-money.js';
import type { AmountFact, BudgetNode } from '../extract/model.js';
import { parseMoney, type Money } from '../extract/money.js';

export interface ToleranceSettings {
  /** Decimals of 万元 figures printed with fewer (default 2). */
  decimals: number;
  /** Extra absolute tolerance on sums, in 万元 (default "0"). */
  extra: string;
}

export const DEFAULT_TOLERANCE: ToleranceSettings = { decimals: 2, extra: '0' };

export interface Tol {
  money(a: AmountFact): Money;
  /** A node's value; read once per node (one Tol serves one report, whose nodes are `all`). */
  node(n: BudgetNode | undefined, all: ReadonlyMap<string, BudgetNode>): Money | undefined;
  /** Added to every money sum's tolerance, in 10^-8 万元. */
  extra: bigint;
}

/** One report's tolerance (computeChecks makes one per report). */
export function makeTol(t: ToleranceSettings = DEFAULT_TOLERANCE): Tol {
  // the checks ask for the same figures again and again (a base for every share): read each once,
  // in a Map that lives as long as this report's checks (cheaper than the shared WeakMap)
  const seen = new Map<AmountFact, Money>();
  const money = (a: AmountFact): Money => {
    let m = seen.get(a);
    if (m === undefined) {
      m = readMoney(a, t.decimals);
      seen.set(a, m);
    }
    return m;
  };
  // a node's value (stated, derived or nil) likewise: the share, sum and figure checks all ask
  const values = new Map<BudgetNode, Money | undefined>();
  const node = (n: BudgetNode | undefined, all: ReadonlyMap<string, BudgetNode>): Money | undefined => {
    if (!n) return undefined;
    if (values.has(n)) return values.get(n);
    const v = nodeMoney(n, all, money);
    values.set(n, v);
    return v;
  };
  return { money, node, extra: parseMoney(t.extra, '万元', 0).v };
}
