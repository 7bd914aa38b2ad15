/**
 * One wrong figure is one problem (issue 8, point 7). A figure that fails its own check also makes
 * every total derived from it, and every share computed on those totals, disagree: reported one by
 * one, those checks would tell the user to change correct numbers. Here the arithmetic checks are
 * kept as equations over the printed figures they use (a derived total stands for its stated parts),
 * and for the failing ones each figure is tried at the value that would make its check agree. The
 * figure whose correction makes the most failing checks agree, and no agreeing check fail, is the
 * figure most likely wrong: one finding names it and the other checks that fail only because of it
 * are listed under it as consequences.
 *
 * Equations are kept beside the check items (a WeakMap), not on them: rules and `facts --items`
 * see the same items as before.
 */
import { abs, percentWithin, SCALE, type Money } from '../extract/money.js';
import type { Src } from '../extract/model.js';
import type { CheckItem } from './types.js';

/** A printed figure as one check uses it: its value and half-width in the check's unit. */
export interface Leaf {
  /** The figure's identity: where it is printed (one printed figure, whichever check uses it). */
  id: string;
  v: bigint;
  h: bigint;
  /** The figure as printed, with its unit ("333.15万元", "4.84%"). */
  text: string;
  /** The check's unit, in which v and h are (万元, 元, %, 人 …). */
  unit: string;
  /** A value no report prints and none can correct (the 100% shares must make up). */
  fixed?: true;
}

/** An operand: the sum of its leaves (a stated figure is one leaf; a derived total, its parts). */
export type Operand = readonly Leaf[];

export type Equation =
  | { kind: 'sum'; total: Operand; parts: readonly Operand[]; partial: boolean; extra: bigint }
  | { kind: 'ratio'; num: Operand; den: Operand; pct: Leaf };

/**
 * Equations by check item, each made when first asked for (only failing checks are grouped, and
 * only when two or more fail): a function until then, null where it turned out to have none.
 */
const equations = new WeakMap<CheckItem, Equation | null | (() => Equation | undefined)>();

export function setEquation(item: CheckItem, eq: () => Equation | undefined): void {
  equations.set(item, eq);
}

export function equationOf(item: CheckItem): Equation | undefined {
  const e = equations.get(item);
  if (typeof e !== 'function') return e ?? undefined;
  const made = e() ?? null;
  equations.set(item, made);
  return made ?? undefined;
}

/** The whole that shares of all the parts make up: 100%, exact, never the figure to correct. */
export function hundredLeaf(key: string): Leaf {
  return { id: `100%:${key}`, v: 100n * 10n ** BigInt(SCALE), h: 0n, text: '100%', unit: '%', fixed: true };
}

/** A figure's identity from its place in the text and its digits. */
export function leafId(src: Src, number: string): string {
  return `${src.line}:${src.column}:${number}`;
}

/** A figure printed at `src` as `number` + `printedUnit`, used by a check as `m` in `unit`. */
export function leaf(src: Src, m: Money, number: string, printedUnit: string, unit: string): Leaf {
  return { id: leafId(src, number), v: m.v, h: m.h, text: `${number}${printedUnit}`, unit };
}

/** Corrected figures by id: each new value as a ratio to the printed one (checks may use other units). */
export interface Corrections {
  get(id: string): { num: bigint; den: bigint } | undefined;
}

const NONE: Corrections = new Map();

function corrected(l: Leaf, c: Corrections): bigint {
  const r = c.get(l.id);
  return r === undefined ? l.v : (l.v * r.num) / r.den;
}

function valueOf(op: Operand, c: Corrections): { v: bigint; h: bigint } {
  let v = 0n;
  let h = 0n;
  for (const l of op) {
    v += corrected(l, c);
    h += l.h;
  }
  return { v, h };
}

const POW = 10n ** BigInt(SCALE);

/** Whether an equation holds, with some figures corrected (or none). */
export function holds(eq: Equation, c: Corrections = NONE): boolean {
  if (eq.kind === 'sum') {
    const t = valueOf(eq.total, c);
    let v = 0n;
    let h = 0n;
    for (const p of eq.parts) {
      const x = valueOf(p, c);
      v += x.v;
      h += x.h;
    }
    const diff = v - t.v;
    return abs(diff) <= h + t.h + eq.extra || (eq.partial && diff < 0n);
  }
  // amount ÷ base × 100 against the printed percentage, all as intervals
  return percentWithin(valueOf(eq.num, c), valueOf(eq.den, c), { v: corrected(eq.pct, c), h: eq.pct.h });
}

function leavesOf(eq: Equation): Leaf[] {
  return eq.kind === 'sum' ? [...eq.total, ...eq.parts.flat()] : [...eq.num, ...eq.den, eq.pct];
}

function has(op: Operand, id: string): boolean {
  for (const l of op) if (l.id === id) return true;
  return false;
}

/** The printed step of a figure (two half-widths; a count: one). */
function stepOf(l: Leaf): bigint {
  return l.h > 0n ? 2n * l.h : POW;
}

function roundTo(v: bigint, step: bigint): bigint {
  const q = (2n * (v < 0n ? -v : v) + step) / (2n * step);
  return (v < 0n ? -q : q) * step;
}

/** The value of one figure that makes a failing equation hold (the figure on one side only). */
function solve(eq: Equation, l: Leaf, c: Corrections): bigint | undefined {
  if (eq.kind === 'sum') {
    const inTotal = has(eq.total, l.id);
    const inParts = eq.parts.some((p) => has(p, l.id));
    if (inTotal === inParts) return undefined;
    const t = valueOf(eq.total, c).v;
    let s = 0n;
    for (const p of eq.parts) s += valueOf(p, c).v;
    return inTotal ? l.v + (s - t) : l.v + (t - s);
  }
  const a = valueOf(eq.num, c).v;
  const b = valueOf(eq.den, c).v;
  if (l.id === eq.pct.id) return b === 0n ? undefined : (a * 100n * POW) / b;
  const inNum = has(eq.num, l.id);
  const inDen = has(eq.den, l.id);
  if (inNum === inDen) return undefined;
  if (inNum) return l.v + (eq.pct.v * b) / (100n * POW) - a;
  return eq.pct.v === 0n ? undefined : l.v + (a * 100n * POW) / eq.pct.v - b;
}

export interface Explained<T> {
  /** The check whose finding names the figure. */
  primary: T;
  /** The other checks that agree once the figure is corrected. */
  consequences: T[];
  /** The figure as printed, and its corrected value to the same precision (each with its unit). */
  figure: string;
  corrected: string;
}

/** A value printed to the precision of a figure's step (10^-d of its unit). */
function print(v: bigint, step: bigint): string {
  const d = Math.max(0, SCALE - (step.toString().length - 1));
  const neg = v < 0n;
  const s = (neg ? -v : v).toString().padStart(SCALE + 1, '0');
  const int = s.slice(0, -SCALE);
  const frac = s.slice(-SCALE, d - SCALE || undefined);
  return `${neg ? '-' : ''}${int}${d > 0 ? `.${frac}` : ''}`;
}

/**
 * A corrected value as the figure was printed: in its own unit (16564.00元 where the check counts in
 * 万元), to its printed decimals; in the check's unit where the figure's is the same.
 */
function correctedText(l: Leaf, newV: bigint): string {
  const number = l.id.slice(l.id.indexOf(':', l.id.indexOf(':') + 1) + 1);
  const unit = l.text.slice(number.length);
  const [int = '0', frac = ''] = number.split('.');
  // (a figure printed to more decimals than the checks keep, 6348.100000000元: in the check's unit)
  if (unit === l.unit || l.v === 0n || !/^\d+(?:\.\d+)?$/.test(number) || frac.length > SCALE) return `${print(newV, stepOf(l))}${l.unit}`;
  const printed = BigInt(int + frac) * 10n ** BigInt(SCALE - frac.length);
  const step = 10n ** BigInt(SCALE - frac.length);
  return `${print(roundTo((printed * newV) / l.v, step), step)}${unit}`;
}

/**
 * Group failing checks by the one figure that explains them. `checks` are every check with an
 * equation (failing and agreeing, each with the equation's own verdict); only a figure whose
 * correction makes at least two failing checks agree and no agreeing one fail makes a group.
 */
export function explain<T>(checks: readonly { ref: T; eq: Equation; fails: boolean; src?: Src }[]): Explained<T>[] {
  const out: Explained<T>[] = [];
  const open = new Set(checks.filter((c) => c.fails && !holds(c.eq)));
  // each agreeing check is kept as agreeing only if its equation agrees too (both verdicts the same)
  const agreeing = checks.filter((c) => !c.fails && holds(c.eq));
  // the figures each check uses, once (every candidate asks of every check)
  // and, for each figure, the failing and the agreeing checks that use it, in the order given: a
  // candidate is tried against those alone (asking every check made a long document quadratic:
  // 200 reports' worth of text in one file spent 2.4 of its 3.3 s here)
  const openUsing = new Map<string, (typeof checks)[number][]>();
  const agreeingUsing = new Map<string, (typeof checks)[number][]>();
  for (const [list, index] of [[open, openUsing], [agreeing, agreeingUsing]] as const) {
    for (const c of list) {
      for (const id of new Set(leavesOf(c.eq).map((l) => l.id))) {
        const users = index.get(id);
        if (users) users.push(c);
        else index.set(id, [c]);
      }
    }
  }
  // the corrections chosen so far: a later figure is tried with the earlier ones corrected
  const applied = new Map<string, { num: bigint; den: bigint }>();
  for (;;) {
    let best: { l: Leaf; fixed: (typeof checks)[number][]; newV: bigint } | undefined;
    const tried = new Set<string>();
    for (const f of open) {
      for (const l of leavesOf(f.eq)) {
        if (applied.has(l.id) || l.fixed) continue;
        const raw = solve(f.eq, l, applied);
        if (raw === undefined || l.v === 0n) continue;
        const newV = roundTo(raw, stepOf(l));
        if (newV === l.v || (l.v > 0n && newV < 0n)) continue;
        const key = `${l.id}=${newV}/${l.v}`;
        if (tried.has(key)) continue;
        tried.add(key);
        // (the corrections so far and this one, without copying them for every candidate)
        const fix = { num: newV, den: l.v };
        const c: Corrections = { get: (id) => (id === l.id ? fix : applied.get(id)) };
        const fixed: (typeof checks)[number][] = [];
        for (const g of openUsing.get(l.id) ?? []) if (open.has(g) && holds(g.eq, c)) fixed.push(g);
        if (fixed.length < 2 || (best && fixed.length <= best.fixed.length)) continue;
        if ((agreeingUsing.get(l.id) ?? []).some((g) => !holds(g.eq, c))) continue;
        best = { l, fixed, newV };
      }
    }
    if (!best) return out;
    const { l, fixed } = best;
    // the finding that names the figure: a check comparing the figure itself (not a total made
    // from it), the one nearest to where the figure is printed
    const [line, column] = l.id.split(':').map(Number) as [number, number];
    // 2: the figure is one side of the comparison and nowhere else in it; 1: one side and also
    // inside a total; 0: only inside totals made from it
    const direct = (g: (typeof fixed)[number]): number => {
      const ops = g.eq.kind === 'sum' ? [g.eq.total, ...g.eq.parts] : [g.eq.num, g.eq.den, [g.eq.pct]];
      if (!ops.some((op) => op.length === 1 && op[0]!.id === l.id)) return 0;
      return leavesOf(g.eq).filter((x) => x.id === l.id).length === 1 ? 2 : 1;
    };
    const distance = (g: (typeof fixed)[number]): number => (g.src ? Math.abs(g.src.line - line) * 10000 + Math.abs(g.src.column - column) : Number.MAX_SAFE_INTEGER);
    const ranked = [...fixed].sort((a, b) => direct(b) - direct(a) || distance(a) - distance(b));
    const primary = ranked[0]!;
    out.push({
      primary: primary.ref,
      consequences: fixed.filter((g) => g !== primary).map((g) => g.ref),
      figure: l.text,
      corrected: correctedText(l, best.newV),
    });
    for (const g of fixed) open.delete(g);
    applied.set(l.id, { num: best.newV, den: l.v });
  }
}
