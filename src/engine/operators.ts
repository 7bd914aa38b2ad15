/**
 * Operators rules may use: json-rules-engine's own, and the project's: comparisons of printed
 * figures as intervals (DOMAIN §4), exact-decimal comparisons, and text predicates. Each is
 * described (for `jixiao-lint rules --fields` and the README) with the field types it fits, which
 * the rule loader checks.
 */
import { Operator } from 'json-rules-engine';
import { intervalOf } from '../checks/quantity.js';
import { regexOf } from '../checks/regex.js';

/** What a field or a fact's value is, as far as operators care. */
export type FieldType = 'string' | 'number' | 'boolean' | 'quantity' | 'list' | 'object' | 'any';

export interface OperatorDoc {
  /** The field types the operator reads (the left side). */
  fits: readonly FieldType[];
  zh: string;
  en: string;
  /** A condition using it, as YAML flow. */
  example: string;
}

export const OPERATOR_DOCS: Readonly<Record<string, OperatorDoc>> = {
  equal: { fits: ['string', 'number', 'boolean', 'any'], zh: '等于', en: 'equals', example: '{ fact: item, path: kind, operator: equal, value: amount }' },
  notEqual: { fits: ['string', 'number', 'boolean', 'any'], zh: '不等于', en: 'differs from', example: '{ fact: item, path: listedCount, operator: notEqual, value: { fact: item, path: declared } }' },
  lessThan: { fits: ['number'], zh: '小于（数值）', en: 'less than (numbers)', example: '{ fact: item, path: actual, operator: lessThan, value: 10 }' },
  lessThanInclusive: { fits: ['number'], zh: '小于或等于（数值）', en: 'at most (numbers)', example: '{ fact: item, path: ratio, operator: lessThanInclusive, value: 120 }' },
  greaterThan: { fits: ['number'], zh: '大于（数值）', en: 'greater than (numbers)', example: '{ fact: item, path: actual, operator: greaterThan, value: { fact: item, path: quota } }' },
  greaterThanInclusive: { fits: ['number'], zh: '大于或等于（数值）', en: 'at least (numbers)', example: '{ fact: item, path: ratio, operator: greaterThanInclusive, value: 120 }' },
  in: { fits: ['string', 'number', 'boolean'], zh: '属于所列取值之一', en: 'is one of the listed values', example: '{ fact: item, path: kind, operator: in, value: [mixed, gap] }' },
  notIn: { fits: ['string', 'number', 'boolean'], zh: '不属于所列取值', en: 'is none of the listed values', example: '{ fact: item, path: kind, operator: notIn, value: [mixed, gap] }' },
  contains: { fits: ['list'], zh: '列表包含某一项（只用于列表；文字请用 includesText）', en: 'a list holds an element (lists only; for text use includesText)', example: '{ fact: item, path: duplicates, operator: contains, value: 办公室 }' },
  doesNotContain: { fits: ['list'], zh: '列表不包含某一项（只用于列表；文字请用 excludesText）', en: 'a list lacks an element (lists only; for text use excludesText)', example: '{ fact: item, path: listed, operator: doesNotContain, value: 办公室 }' },
  agreesWith: { fits: ['quantity', 'number', 'string'], zh: '两个数按打印精度区间重合（舍入误差以内相等）', en: 'the two figures agree within their printed rounding intervals', example: '{ fact: item, path: sum, operator: agreesWith, value: { fact: item, path: total } }' },
  disagreesWith: { fits: ['quantity', 'number', 'string'], zh: '两个数的区间不重合（超出舍入误差，确实不等）', en: 'the two figures differ beyond rounding (their intervals do not overlap)', example: '{ fact: item, path: pct, operator: disagreesWith, value: { fact: item, path: expected } }' },
  exceeds: { fits: ['quantity', 'number', 'string'], zh: '确实大于（整个区间在对方区间之上）', en: 'certainly greater (the whole interval lies above the other)', example: '{ fact: item, path: actualTotal, operator: exceeds, value: { fact: item, path: budgetTotal } }' },
  fallsShortOf: { fits: ['quantity', 'number', 'string'], zh: '确实小于（整个区间在对方区间之下）', en: 'certainly smaller (the whole interval lies below the other)', example: '{ fact: item, path: result, operator: fallsShortOf, value: { fact: item, path: target } }' },
  decimalGreaterThan: { fits: ['number', 'string'], zh: '按精确小数比较：大于', en: 'exact decimal comparison: greater', example: '{ fact: item, path: actualTotal.value, operator: decimalGreaterThan, value: { fact: item, path: budgetTotal.value } }' },
  decimalLessThan: { fits: ['number', 'string'], zh: '按精确小数比较：小于', en: 'exact decimal comparison: less', example: '{ fact: item, path: sum.value, operator: decimalLessThan, value: 100 }' },
  decimalEqual: { fits: ['number', 'string'], zh: '按精确小数比较：相等', en: 'exact decimal comparison: equal', example: '{ fact: item, path: sum.value, operator: decimalEqual, value: { fact: item, path: total.value } }' },
  isBlank: { fits: ['any'], zh: '未载明（空文字、空列表或没有值）；value: false 表示已载明', en: 'not stated (empty text, empty list or no value); value: false means stated', example: '{ fact: item, path: score, operator: isBlank, value: true }' },
  matches: { fits: ['string'], zh: '文字符合正则表达式（JavaScript 语法，u 标志）', en: 'the text matches a regular expression (JavaScript syntax, u flag)', example: "{ fact: item, path: text, operator: matches, value: 'XX单位|×××' }" },
  notMatches: { fits: ['string'], zh: '文字不符合正则表达式（文字未知时不成立）', en: 'the text does not match the regular expression (false when the text is unknown)', example: "{ fact: section, params: { role: evaluation }, path: text, operator: notMatches, value: '得分\\s*\\d' }" },
  includesText: { fits: ['string'], zh: '文字包含某段文字', en: 'the text contains a string', example: '{ fact: item, path: text, operator: includesText, value: 未发生 }' },
  excludesText: { fits: ['string'], zh: '文字不包含某段文字（文字未知时不成立）', en: 'the text does not contain a string (false when the text is unknown)', example: '{ fact: item, path: text, operator: excludesText, value: 原因 }' },
  lengthLessThan: { fits: ['string', 'list'], zh: '文字字数（或列表项数）少于', en: 'the text (or list) is shorter than', example: '{ fact: section, params: { role: problems }, path: text, operator: lengthLessThan, value: 50 }' },
  lengthGreaterThan: { fits: ['string', 'list'], zh: '文字字数（或列表项数）多于', en: 'the text (or list) is longer than', example: '{ fact: item, path: listed, operator: lengthGreaterThan, value: 20 }' },
};

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

function intervalCompare(test: (a: { low: number; high: number }, b: { low: number; high: number }) => boolean) {
  return (a: unknown, b: unknown): boolean => {
    const x = intervalOf(a);
    const y = intervalOf(b);
    return x !== undefined && y !== undefined && test(x, y);
  };
}

export { regexOf };

function lengthOf(v: unknown): number | undefined {
  return typeof v === 'string' || Array.isArray(v) ? v.length : undefined;
}

/** The custom operators' functions, by name (also what the rule gate evaluates them with). */
export const CUSTOM_OPERATOR_FNS: ReadonlyMap<string, (fact: unknown, value: unknown) => boolean> = new Map([
  ['agreesWith', intervalCompare((a, b) => a.low <= b.high && b.low <= a.high)],
  ['disagreesWith', intervalCompare((a, b) => a.high < b.low || b.high < a.low)],
  ['exceeds', intervalCompare((a, b) => a.low > b.high)],
  ['fallsShortOf', intervalCompare((a, b) => a.high < b.low)],
  ['decimalGreaterThan', decimalCompare((a, b) => a > b)],
  ['decimalLessThan', decimalCompare((a, b) => a < b)],
  ['decimalEqual', decimalCompare((a, b) => a === b)],
  // true for '', null, undefined and empty arrays: "not stated"
  ['isBlank', (a: unknown, want: unknown) => (a === '' || a === null || a === undefined || (Array.isArray(a) && a.length === 0)) === (want !== false)],
  ['matches', (a: unknown, re: unknown) => typeof a === 'string' && regexOf(re)?.test(a) === true],
  ['notMatches', (a: unknown, re: unknown) => typeof a === 'string' && regexOf(re)?.test(a) === false],
  ['includesText', (a: unknown, s: unknown) => typeof a === 'string' && typeof s === 'string' && a.includes(s)],
  ['excludesText', (a: unknown, s: unknown) => typeof a === 'string' && typeof s === 'string' && !a.includes(s)],
  ['lengthLessThan', (a: unknown, n: unknown) => lengthOf(a) !== undefined && typeof n === 'number' && lengthOf(a)! < n],
  ['lengthGreaterThan', (a: unknown, n: unknown) => lengthOf(a) !== undefined && typeof n === 'number' && lengthOf(a)! > n],
]);

export const CUSTOM_OPERATORS: Operator[] = [...CUSTOM_OPERATOR_FNS].map(([name, fn]) => new Operator(name, fn));

export const KNOWN_OPERATORS = [...DEFAULT_OPERATORS, ...CUSTOM_OPERATORS.map((o) => o.name)];
