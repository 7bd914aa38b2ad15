/** AmountFact (decimal string in 万元 + printed precision) → exact interval. */
import type { AmountFact } from './model.js';
import { SCALE, UNIT_SHIFT, type Money } from './money.js';


/** Checks ask for the same figure's interval many times (a base used by every share): parse it once. */
const cache = new WeakMap<AmountFact, Money>();

/** `wanDecimals`: the prevailing precision of 万元 figures (DOMAIN §4: 2); only the default is cached. */
export function moneyOf(a: AmountFact, wanDecimals = 2): Money {
  if (wanDecimals !== 2) return parse(a, wanDecimals);
  const hit = cache.get(a);
  if (hit) return hit;
  const m = parse(a, 2);
  cache.set(a, m);
  return m;
}

function parse(a: AmountFact, wanDecimals: number): Money {
  const [i = '0', f = ''] = a.value.replace(/^-/, '').split('.');
  const frac = f.slice(0, SCALE).padEnd(SCALE, '0');
  const v = BigInt(i + frac) * (a.value.startsWith('-') ? -1n : 1n);
  const decimals = Math.max(a.decimals, a.unit === '万元' ? wanDecimals : 0);
  const exp = SCALE + UNIT_SHIFT[a.unit] - decimals - 1;
  const h = exp >= 0 ? 5n * 10n ** BigInt(exp) : 0n;
  return { v, h };
}
