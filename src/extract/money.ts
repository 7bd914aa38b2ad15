/**
 * Exact decimal money in 万元. Printed figures are intervals (DOMAIN §4): a value and a half-width,
 * both as bigint counts of 10^-8 万元 (0.0001 元), so sums are exact and no float ever decides
 * a check. BigInt is enough here (add, compare, cross-multiply); a decimal library would add weight
 * without adding anything these checks use.
 */

export const SCALE = 8;
const TEN = 10n;
const POW: bigint[] = Array.from({ length: 20 }, (_, i) => TEN ** BigInt(i));

export type MoneyUnit = '元' | '万元' | '亿元';
/** Decimal places of 万元 that one printed unit shifts: 元 = 10^-4 万元, 亿元 = 10^4 万元. */
export const UNIT_SHIFT: Record<MoneyUnit, number> = { 元: -4, 万元: 0, 亿元: 4 };

export interface Money {
  /** Value in micro-万元. */
  readonly v: bigint;
  /** Half-width of the printed interval, in micro-万元. */
  readonly h: bigint;
}

/**
 * Parse a printed number ("1,234.5") in a unit to an interval in micro-万元. `minDecimals` is the
 * document's prevailing precision for that unit (2 for 万元: "20万元" stands for 20.00).
 */
export function parseMoney(printed: string, unit: MoneyUnit, minDecimals = unit === '万元' ? 2 : 0): Money {
  const s = printed.replace(/,/g, '');
  const [intPart = '0', frac = ''] = s.split('.');
  const decimals = Math.max(frac.length, minDecimals);
  const shift = SCALE + UNIT_SHIFT[unit];
  const digits = BigInt(intPart + frac);
  const v = scaleBy(digits, shift - frac.length);
  // half a unit of the last printed (or prevailing) decimal: 0.5 × 10^-decimals units
  const h = scaleBy(5n, shift - decimals - 1);
  return { v, h };
}

/** A value known exactly (derived nil, 0): no interval. */
export function exact(v: bigint): Money {
  return { v, h: 0n };
}

export function addAll(items: readonly Money[]): Money {
  let v = 0n;
  let h = 0n;
  for (const m of items) {
    v += m.v;
    h += m.h;
  }
  return { v, h };
}

/** Do the intervals of a and b overlap? (The sum check of XBRL Calculations 1.1.) */
export function overlaps(a: Money, b: Money): boolean {
  const d = a.v - b.v;
  return (d < 0n ? -d : d) <= a.h + b.h;
}

/** Format micro-万元 with at least `decimals` places, trailing zeros beyond them dropped. */
export function fmt(v: bigint, decimals = 2): string {
  // one bigint → string conversion, then the point is placed in the digits (checks format
  // several hundred figures per report)
  const neg = v < 0n;
  let s = (neg ? -v : v).toString();
  if (s.length <= SCALE) s = '0'.repeat(SCALE + 1 - s.length) + s;
  const point = s.length - SCALE;
  const keep = point + Math.min(decimals, SCALE);
  let end = s.length;
  while (end > keep && s.charCodeAt(end - 1) === 48 /* 0 */) end--;
  let frac = s.slice(point, end);
  if (frac.length < decimals) frac = frac.padEnd(decimals, '0');
  return (neg ? '-' : '') + s.slice(0, point) + (frac ? '.' + frac : '');
}

/** Absolute value. */
export function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function scaleBy(x: bigint, exp: number): bigint {
  if (exp >= 0) return x * POW[exp]!;
  // Only reached for digits beyond 0.01 元; round half away from zero.
  const d = POW[-exp]!;
  return (x + d / 2n) / d;
}

/**
 * Percent check (DOMAIN §4): is the printed percentage p (its own interval) consistent with the
 * ratio of the amount intervals a/b? All exact: cross-multiplied in bigint.
 * p is given as a printed string ("4.84").
 */
export function percentConsistent(a: Money, b: Money, printedPct: string): boolean {
  return percentWithin(a, b, parsePct(printedPct));
}

/** Whether a ÷ b × 100 can be the percentage p (an interval, in 10^-SCALE %). */
export function percentWithin(a: Money, b: Money, p: Money): boolean {
  const lowA = a.v - a.h;
  const highA = a.v + a.h;
  const lowB = b.v - b.h;
  const highB = b.v + b.h;
  if (lowB <= 0n) return true; // base interval reaches 0: any share fits; callers skip such bases
  // low ratio ×100 ≤ p + hp  ⇔  100·lowA·10^6 ≤ (p+hp)·highB   (p in 10^-6 %)
  const lowOk = 100n * lowA * POW[SCALE]! <= (p.v + p.h) * highB;
  // p − hp ≤ high ratio ×100  ⇔  (p−hp)·lowB ≤ 100·highA·10^6
  const highOk = (p.v - p.h) * lowB <= 100n * highA * POW[SCALE]!;
  return lowOk && highOk;
}

/** a/b × 100 rounded half-up to `decimals` places, as a string. */
export function percentOf(a: bigint, b: bigint, wanted: number): string {
  if (b === 0n) return '—';
  const decimals = Math.min(wanted, SCALE - 1);
  const num = a * 100n * POW[decimals]!;
  const q = (2n * num + b) / (2n * b);
  const s = q.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : s.slice(0, -decimals) + '.' + s.slice(-decimals);
}

export function parsePct(printed: string): Money {
  const [i = '0', raw = ''] = printed.split('.');
  // beyond SCALE-1 decimals a printed percentage carries no more information: round it there
  const f = raw.length < SCALE ? raw : raw.slice(0, SCALE - 1);
  const v = BigInt(i + f) * POW[SCALE - f.length]!;
  const h = 5n * POW[SCALE - f.length - 1]!;
  return { v, h };
}

export function decimalsOf(printed: string): number {
  const i = printed.indexOf('.');
  return i < 0 ? 0 : printed.length - i - 1;
}

/**
 * A printed number in a unit → its value in 万元 as a decimal string (at least 2 decimals, as
 * fmt gives): string arithmetic, since every amount in a report passes here. Falls back to the
 * exact bigint path when the value has more decimals than SCALE.
 */
export function toWanString(printed: string, unit: MoneyUnit): string {
  const s = printed.includes(',') ? printed.replace(/,/g, '') : printed;
  const dot = s.indexOf('.');
  const dot2 = dot < 0 ? -1 : s.indexOf('.', dot + 1);
  const i = dot < 0 ? s : s.slice(0, dot);
  const f = dot < 0 ? '' : dot2 < 0 ? s.slice(dot + 1) : s.slice(dot + 1, dot2);
  let digits = i + f;
  let point = i.length + UNIT_SHIFT[unit];
  if (digits.length - point > SCALE) return fmt(parseMoney(printed, unit).v, 2);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  // leading zeros of the integer part (one digit kept), trailing zeros of the fraction
  let from = 0;
  while (from < point - 1 && digits.charCodeAt(from) === 48) from++;
  let to = digits.length;
  while (to > point && digits.charCodeAt(to - 1) === 48) to--;
  const frac = digits.slice(point, to);
  return `${digits.slice(from, point)}.${frac.length >= 2 ? frac : frac.padEnd(2, '0')}`;
}
