/**
 * Operators rules may use: json-rules-engine's own, and exact-decimal comparisons for amounts
 * printed as decimal strings ("323.15"), so no float decides a money comparison.
 */
import { Operator } from 'json-rules-engine';

export const DEFAULT_OPERATORS = [
  'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'in', 'notIn', 'contains', 'doesNotContain',
];
export const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'];

function toScaled(v: unknown): bigint | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) v = String(v);
  if (typeof v !== 'string' || !/^-?\d+(\.\d{1,12})?$/.test(v)) return undefined;
  const neg = v.startsWith('-');
  const [i = '0', f = ''] = v.replace('-', '').split('.');
  const n = BigInt(i + f.padEnd(12, '0'));
  return neg ? -n : n;
}

function decimalCompare(test: (a: bigint, b: bigint) => boolean) {
  return (a: unknown, b: unknown): boolean => {
    const x = toScaled(a);
    const y = toScaled(b);
    return x !== undefined && y !== undefined && test(x, y);
  };
}

/** The custom operators' functions, by name (also what the rule gate evaluates them with). */
export const CUSTOM_OPERATOR_FNS: ReadonlyMap<string, (fact: unknown, value: unknown) => boolean> = new Map([
  ['decimalGreaterThan', decimalCompare((a, b) => a > b)],
  ['decimalLessThan', decimalCompare((a, b) => a < b)],
  ['decimalEqual', decimalCompare((a, b) => a === b)],
  // true for '', null, undefined and empty arrays: "not stated"
  ['isBlank', (a: unknown, want: unknown) => (a === '' || a === null || a === undefined || (Array.isArray(a) && a.length === 0)) === (want !== false)],
]);

export const CUSTOM_OPERATORS: Operator[] = [...CUSTOM_OPERATOR_FNS].map(([name, fn]) => new Operator(name, fn));

export const KNOWN_OPERATORS = [...DEFAULT_OPERATORS, ...CUSTOM_OPERATORS.map((o) => o.name)];
