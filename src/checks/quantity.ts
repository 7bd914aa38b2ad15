/**
 * Quantity: a printed figure as rules see it — its value and the interval its printing stands
 * for (DOMAIN §4: "323.15" is [323.145, 323.155]). Items carry figures as quantities so a rule
 * compares values with the rounding interval (`agreesWith`, `exceeds` …) instead of reading a
 * status the code decided. Bounds are computed exactly (bigint, 10^-8 of the unit) and only then
 * turned into numbers: two bounds made from different decimals never compare wrongly.
 */
import type { FigureFact } from '../extract/model.js';
import { MONEY_SHIFT, PHYSICAL_UNITS } from '../extract/lexicon.js';
import { decimalsOf, fmt, SCALE, type Money } from '../extract/money.js';

export interface Quantity {
  /** The value (in `unit`). */
  value: number;
  /** Lower and upper end of the interval the printed figure stands for. */
  low: number;
  high: number;
  /** The figure as printed or computed, without its unit ("323.15"). */
  text: string;
  /** 万元 | % | 人 | 个 | 分 … */
  unit: string;
}

const POW = 10n ** BigInt(SCALE);

const POW_N = 10 ** SCALE;

/**
 * A number of 10^-8 units → a JS number: the nearest double to the exact decimal (both operands
 * of the division are exact up to 2^53, and IEEE division rounds once), as Number("323.15") gives.
 */
function num(v: bigint): number {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) / POW_N : Number(fmt(v, 0));
}

/** An interval in 10^-8 units (the Money of extract/money.ts) → a quantity. */
export function quantity(m: Money, unit: string, text = fmt(m.v, 2)): Quantity {
  return { value: num(m.v), low: num(m.v - m.h), high: num(m.v + m.h), text, unit };
}

/** A count or another exact number: no interval. */
export function exactQuantity(n: number, unit: string, text = String(n)): Quantity {
  return { value: n, low: n, high: n, text, unit };
}

export function isQuantity(v: unknown): v is Quantity {
  return typeof v === 'object' && v !== null && typeof (v as Quantity).low === 'number' && typeof (v as Quantity).high === 'number' && typeof (v as Quantity).value === 'number';
}

/** A number → exact 10^-8 units (numbers here come from decimals of at most 8 places). */
function scaled(n: number): bigint {
  // an integer (every float from 2^53 up is one) converts exactly; toFixed would print 1e+23
  if (Number.isInteger(n)) return BigInt(n) * POW;
  const s = Number.isInteger(n) ? n.toFixed(0) : n.toFixed(SCALE);
  const neg = s.startsWith('-');
  const [i = '0', f = ''] = (neg ? s.slice(1) : s).split('.');
  const v = BigInt(i) * POW + BigInt(f.padEnd(SCALE, '0').slice(0, SCALE) || '0');
  return neg ? -v : v;
}

/** The interval of an operand: a quantity, a number (exact), or a numeric string (its printed precision). */
export function intervalOf(v: unknown): { low: number; high: number; value: number } | undefined {
  if (isQuantity(v)) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v, low: v, high: v };
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) {
    const d = decimalsOf(v);
    const h = 0.5 * 10 ** -d;
    const x = Number(v);
    return { value: x, low: Number((x - h).toFixed(d + 1)), high: Number((x + h).toFixed(d + 1)) };
  }
  return undefined;
}

/** a + b + …, intervals added exactly. */
export function sumOf(parts: readonly { low: number; high: number; value: number }[], unit: string): Quantity {
  let v = 0n;
  let lo = 0n;
  let hi = 0n;
  for (const p of parts) {
    v += scaled(p.value);
    lo += scaled(p.low);
    hi += scaled(p.high);
  }
  return { value: num(v), low: num(lo), high: num(hi), text: fmt(v, 2), unit };
}

/** Quotient bounds, rounded outwards at 10^-8 (never narrower than the true interval). */
function div(a: bigint, b: bigint, up: boolean): bigint {
  const q = (a * POW) / b;
  const exactDiv = q * b === a * POW;
  if (exactDiv) return q;
  // BigInt division truncates towards zero
  const neg = a < 0n !== b < 0n;
  return up ? (neg ? q : q + 1n) : neg ? q - 1n : q;
}

/**
 * a ÷ b × scale as an interval (scale 100: a percentage). Undefined when b's interval reaches 0
 * (any ratio would fit) or b is negative.
 */
export function ratioOf(a: { low: number; high: number; value: number }, b: { low: number; high: number; value: number }, scale = 100, unit = '%'): Quantity | undefined {
  const bl = scaled(b.low);
  const bh = scaled(b.high);
  if (bl <= 0n) return undefined;
  const k = BigInt(scale);
  const al = scaled(a.low) * k;
  const ah = scaled(a.high) * k;
  const av = scaled(a.value) * k;
  const bv = scaled(b.value);
  // a ≥ 0 here in practice; for a negative numerator the extreme quotients swap their divisors
  const low = al >= 0n ? div(al, bh, false) : div(al, bl, false);
  const high = ah >= 0n ? div(ah, bl, true) : div(ah, bh, true);
  const value = div(av, bv, false);
  return { value: num(value), low: num(low), high: num(high), text: fmt(value, 2), unit };
}

/** a ÷ b × 100 as an interval, straight from exact intervals (no conversion through numbers). */
export function ratioOfMoney(a: Money, b: Money, text?: string): Quantity | undefined {
  const bl = b.v - b.h;
  const bh = b.v + b.h;
  if (bl <= 0n || b.v <= 0n) return undefined;
  const al = (a.v - a.h) * 100n;
  const ah = (a.v + a.h) * 100n;
  const low = al >= 0n ? div(al, bh, false) : div(al, bl, false);
  const high = ah >= 0n ? div(ah, bl, true) : div(ah, bh, true);
  const value = div(a.v * 100n, b.v, false);
  return { value: num(value), low: num(low), high: num(high), text: text ?? fmt(value, 2), unit: '%' };
}

/** (to − from) ÷ from × 100: the change in percent, as an interval. */
export function percentChangeOf(from: { low: number; high: number; value: number }, to: { low: number; high: number; value: number }): Quantity | undefined {
  const diff = { value: to.value - from.value, low: 0, high: 0 };
  const lo = scaled(to.low) - scaled(from.high);
  const hi = scaled(to.high) - scaled(from.low);
  diff.value = num(scaled(to.value) - scaled(from.value));
  diff.low = num(lo);
  diff.high = num(hi);
  return ratioOf(diff, from);
}

/**
 * A figure as an interval in a common scale. Money is counted in 10^-8 of `unit` (the relation's
 * own unit when all its figures share it, else 万元); the prevailing precision of the relation
 * (its most decimals) stands for figures printed with fewer (DOMAIN §4). Counts are exact.
 */
export function valueOf(f: FigureFact, unit: string, decimals: number): Money {
  const [i = '0', frac = ''] = f.number.replace(/^-/, '').split('.');
  const neg = f.number.startsWith('-');
  const shift = f.family === 'money' ? (MONEY_SHIFT[f.unit] ?? 0) - (MONEY_SHIFT[unit] ?? 0) : 0;
  const exp = SCALE + shift - frac.length;
  const digits = BigInt(i + frac);
  const v = exp >= 0 ? digits * 10n ** BigInt(exp) : digits / 10n ** BigInt(-exp);
  // (counts are exact; a measure printed with decimals, 1.32万亩, is rounded at its own last decimal:
  // a whole one, 30万亩, is as exact as a count, a target set at 30)
  const physical = PHYSICAL_UNITS.includes(f.family);
  if ((f.family !== 'money' && f.family !== 'pct' && f.family !== 'score' && !physical) || (physical && frac.length === 0)) return { v: neg ? -v : v, h: 0n };
  const d = physical ? frac.length : Math.max(frac.length, decimals);
  const hExp = SCALE + shift - d - 1;
  const h = hExp >= 0 ? 5n * 10n ** BigInt(hExp) : 0n;
  return { v: neg ? -v : v, h };
}

