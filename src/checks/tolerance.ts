/**
 * Tolerance settings (config `tolerance:`): the prevailing precision of 万元 figures (a figure
 * printed with fewer decimals, "20万元", stands for 20.00 at 2) and an extra absolute tolerance in
 * 万元 some bureaus allow on top of rounding. Defaults follow DOMAIN §4: 2 decimals, no extra.
 */
import { nodeMoney } from '../extract/budget.js';
import { readMoney } from '../extract/facts-money.js';
import type { AmountFact, BudgetNode, ReportModel } from '../extract/model.js';
import { parseMoney, type Money } from '../extract/money.js';

export interface ToleranceSettings {
  /**
   * Decimals of 万元 figures printed with fewer; 'auto' (default): the document's prevailing
   * precision, the decimals most of its 万元 figures are printed with (2 when it prints none).
   */
  decimals: number | 'auto';
  /** Extra absolute tolerance on sums, in 万元 (default "0"). */
  extra: string;
}

export const DEFAULT_TOLERANCE: ToleranceSettings = { decimals: 'auto', extra: '0' };

/** The precision of a document that prints no 万元 figure, and of most reports (DOMAIN §4). */
const USUAL_DECIMALS = 2;

/**
 * The document's prevailing precision of 万元 figures (DOMAIN §4): the decimals most of its budget,
 * 三公 and relation figures in 万元 are printed with (the larger on a tie). A county's 三公 summary
 * printed in whole 万元 ("公车购置及运行费995万元（其中购置费38万元，运行费958万元）") is precise to
 * the 万元, and 38 + 958 against 995 is a rounding difference there, not a wrong figure.
 */
export function prevailingDecimals(model: ReportModel): number {
  const counts: number[] = [];
  const count = (f: { unit: string; decimals: number } | undefined): void => {
    if (f !== undefined && f.unit === '万元') counts[f.decimals] = (counts[f.decimals] ?? 0) + 1;
  };
  for (const n of model.budget) count(n.amount);
  for (const side of [model.sangong.budget, model.sangong.actual]) {
    count(side.total);
    for (const v of Object.values(side.items)) if (v !== 'nil') count(v);
  }
  for (const r of model.relations ?? []) {
    count(r.total);
    for (const p of r.parts ?? []) count(p);
    count(r.part);
    count(r.current);
  }
  let best = -1;
  for (let d = 0; d < counts.length; d++) if ((counts[d] ?? 0) > 0 && (best < 0 || counts[d]! >= counts[best]!)) best = d;
  return best < 0 ? USUAL_DECIMALS : best;
}

export interface Tol {
  money(a: AmountFact): Money;
  /** A node's value; read once per node (one Tol serves one report, whose nodes are `all`). */
  node(n: BudgetNode | undefined, all: ReadonlyMap<string, BudgetNode>): Money | undefined;
  /** Added to every money sum's tolerance, in 10^-8 万元. */
  extra: bigint;
}

/** One report's tolerance (computeChecks makes one per report, with the document's decimals). */
export function makeTol(t: { decimals: number; extra: string } = { decimals: USUAL_DECIMALS, extra: '0' }): Tol {
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
