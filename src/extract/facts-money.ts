/** AmountFact (decimal string in 万元 + printed precision) → exact interval. */
import type { AmountFact } from './model.js';
import { memoised, reportMemo } from './report-memo.js';
import { SCALE, UNIT_SHIFT, type Money } from './money.js';

/** Checks ask for the same figure's interval many times (a base used by every share): parse it once. */
const cache = reportMemo<AmountFact, Money>();

/** `wanDecimals`: the prevailing precision of 万元 figures (DOMAIN §4: 2); only the default is cached. */
export function moneyOf(a: AmountFact, wanDecimals = 2): Money {
  if (wanDecimals !== 2) return readMoney(a, wanDecimals);
  return memoised(cache, a, readDefault);
}

const readDefault = (a: AmountFact): Money => readMoney(a, 2);

const ZEROS = '0'.repeat(SCALE);
/** 5 × 10^k: half a unit of the last printed decimal. */
const HALF = Array.from({ length: 16 }, (_, k) => 5n * 10n ** BigInt(k));

/** String slicing, not regex and split: every amount of every report passes here. */
export function readMoney(a: AmountFact, wanDecimals: number): Money {
  const value = a.value;
  const neg = value.charCodeAt(0) === 45; /* - */
  const unsigned = neg ? value.slice(1) : value;
  const point = unsigned.indexOf('.');
  const i = point < 0 ? unsigned : unsigned.slice(0, point);
  const f = point < 0 ? '' : unsigned.slice(point + 1);
  const frac = f.length >= SCALE ? f.slice(0, SCALE) : f + ZEROS.slice(f.length);
  const digits = BigInt((i || '0') + frac);
  const v = neg ? -digits : digits;
  const decimals = Math.max(a.decimals, a.unit === '万元' ? wanDecimals : 0);
  const exp = SCALE + UNIT_SHIFT[a.unit] - decimals - 1;
  const h = exp >= 0 ? HALF[exp] ?? 5n * 10n ** BigInt(exp) : 0n;
  return { v, h };
}
