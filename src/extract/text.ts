/**
 * Small text helpers shared by the extractors: sentence splitting with column offsets, heading
 * number parsing, Chinese numerals, and Src construction.
 */
import type { Block } from '../read/types.js';
import type { Src } from './model.js';
import { memoised, reportMemo } from './report-memo.js';

export interface Sentence {
  /** Normalised sentence text. */
  norm: string;
  /** Original sentence text (same length, same columns). */
  text: string;
  line: number;
  /** 0-based offset of the sentence in its line. */
  start: number;
}

/** Each extractor walks the same paragraphs: split each once. Sentences are never modified. */
const split = reportMemo<Block, readonly Sentence[]>();

/** Split a block into sentences at 。；！？ (kept with the sentence); columns are preserved. */
export function sentences(block: Block): readonly Sentence[] {
  return memoised(split, block, splitSentences);
}

/** The closing quotes or brackets kept with a sentence end (。；！？), as char codes. */
const CLOSERS = new Set([...'”’」』）)'].map((c) => c.charCodeAt(0)));
const SPACE = 32;

function splitSentences(block: Block): Sentence[] {
  // char codes, not norm[i]: indexing a string of Chinese text allocates a string per character
  const out: Sentence[] = [];
  const { norm, text, line } = block;
  let start = 0;
  // a full stop inside brackets ends no sentence: "…运行费500.00万元（购置费100.00万元；运行维护费400.00万元。）；公务接待费…"
  let depth = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0xff08 /* （ */) depth++;
    else if (c === 0xff09 /* ） */ && depth > 0) depth--;
    if (((c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */) && depth === 0) || i === norm.length - 1) {
      let end = i + 1;
      // keep closing quotes/brackets with the sentence they close
      while (end < norm.length && CLOSERS.has(norm.charCodeAt(end))) end++;
      pushTrimmed(out, norm, text, line, start, end);
      start = end;
      i = end - 1;
    }
  }
  return out;
}

function pushTrimmed(out: Sentence[], norm: string, text: string, line: number, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && norm.charCodeAt(s) === SPACE) s++;
  while (e > s && norm.charCodeAt(e - 1) === SPACE) e--;
  if (e > s) out.push({ norm: norm.slice(s, e), text: text.slice(s, e), line, start: s });
}

export function src(line: number, column0: number, excerpt: string): Src {
  return { line, column: column0 + 1, excerpt: excerpt.trim() };
}

/** `length`: how many characters the figure or phrase spans from its column, when it is one. */
export function sentenceSrc(s: Sentence, offsetInSentence = 0, length?: number): Src {
  const at = src(s.line, s.start + offsetInSentence, s.text);
  return length !== undefined ? { line: at.line, column: at.column, length, excerpt: at.excerpt } : at;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十一 → 21; undefined when not a Chinese numeral. */
export function cnToInt(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else {
      cur = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + cur;
}

export interface HeadingNumber {
  style: string;
  number?: number;
  /** Length of the numbering prefix (including following spaces). */
  length: number;
}

const NUMBER_PATTERNS: [RegExp, string][] = [
  [/^第([一二三四五六七八九十]+)(部分|章|节)[ 、：]*/, 'chinese-part'],
  [/^([一二三四五六七八九十]+) *[、。] */, 'chinese-dun'],
  [/^（([一二三四五六七八九十]+)） */, 'paren-chinese'],
  [/^（(\d{1,2})） */, 'paren-arabic'],
  [/^(\d{1,2}) *、 */, 'arabic-dun'],
  [/^(\d{1,2}) *[.。](?!\d) */, 'arabic-dot'],
  [/^([①②③④⑤⑥⑦⑧⑨⑩]) */, 'circled'],
];

/** The characters a heading number can start with (第, 一…十, （, 0–9, ①…⑩). */
const NUMBER_STARTS = new Set([...'第一二三四五六七八九十（0123456789①②③④⑤⑥⑦⑧⑨⑩'].map((c) => c.charCodeAt(0)));
const NONE: HeadingNumber = Object.freeze({ style: 'none', length: 0 });

/** Parse the number a heading starts with (as typed or as rendered from Word numbering). */
export function headingNumber(norm: string): HeadingNumber {
  // most paragraphs start with no number: one look at the first character, not seven regexes
  if (!NUMBER_STARTS.has(norm.charCodeAt(0))) return NONE;
  for (const [re, style] of NUMBER_PATTERNS) {
    const m = re.exec(norm);
    if (m) {
      const raw = m[1]!;
      const n = style === 'circled' ? '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(raw) + 1 : cnToInt(raw);
      return { style, ...(n !== undefined ? { number: n } : {}), length: m[0].length };
    }
  }
  return NONE;
}

/**
 * A set of characters as a table of their codes, for scanners that walk a string code by code:
 * `'，。；'.includes(text[i])` makes a new one-character string for each CJK character it looks at
 * and is about seven times slower than a look-up here. BMP characters only (all punctuation is).
 */
export type CharClass = Uint8Array;

export function charClass(chars: string): CharClass {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Where the run of characters outside `stops` that ends at `at` starts (not before `floor`). */
export function runStart(text: string, at: number, stops: CharClass, floor = 0): number {
  let i = at;
  while (i > floor && stops[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

/** What squash removes besides white space (/[ \s“”"'‘’《》〈〉：:，,。.、；;（）()]/), as char codes. */
const SQUASHED = new Set([...'“”"\'‘’《》〈〉：:，,。.、；;（）()'].map((c) => c.charCodeAt(0)));

const WHITE = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
/** Is this char code one /\s/ matches? (Scanners that walk a string code by code.) */
export function isWhiteSpaceCode(code: number): boolean {
  // the common case first: a CJK character or an ASCII letter or digit is no white space
  if (code > 32 && code < 0xa0) return false;
  if (code > 0x3000 && code !== 0xfeff) return false;
  return WHITE.has(code) || (code >= 0x2000 && code <= 0x200a);
}

/**
 * Is squash(s) at most `max` characters long? Counted without building it, stopping at max + 1:
 * every paragraph is asked whether it could be a section title (at most 40 characters).
 */
export function squashedFits(s: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (SQUASHED.has(c) || isWhiteSpaceCode(c)) continue;
    if (++n > max) return false;
  }
  return true;
}

/** Strip spaces and decorative punctuation for fuzzy title comparison. */
export function squash(s: string): string {
  return s.replace(/[ \s“”"'‘’《》〈〉：:，,。.、；;（）()]/g, '');
}

/**
 * Order of ids made of [a-z0-9.-] (rule ids, budget node ids): by code units, which on those
 * alphabets is localeCompare's order (test/extract/id-order.test.ts checks it against this Node's
 * ICU), without loading ICU's collator as the first localeCompare of a run does (~7 ms).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A year named in a sentence ("2024年"). */
export const YEAR_MENTION = /(20\d{2})年/g;

/** A text from `from` up to the 。 after it (not included), or to its end: the rest of a sentence that ；splits into several. */
export function upToFullStop(text: string, from: number): string {
  const end = text.indexOf('。', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/**
 * Every match of a global regex, by an exec loop. Same matches as `s.matchAll(re)`, without its
 * iterator: in a batch the optimising compiler spent 3x as long on functions that spread or
 * iterate matchAll (and they ran slower until it was done). The regex's lastIndex ends at 0.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Whether every character of `short` is in `long`, in the same order (区级资金 in 区级财政资金). */
export function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/**
 * Whether `a` holds a word of two Chinese characters that `b` holds too (粮食, 节水), other than the
 * words in `ignore` (words every heading may hold, 情况, 绩效 …).
 */
export function sharesWord(a: string, b: string, ignore?: ReadonlySet<string>): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(w) && !ignore?.has(w) && b.includes(w)) return true;
  }
  return false;
}

/** The words of a clause before `at` (back to the last ，；： and not before `from`), brackets and all: 下达县（区）. */
export function clauseWords(text: string, at: number, from = 0): string {
  return text.slice(Math.max(from, text.lastIndexOf('，', at - 1) + 1, text.lastIndexOf('；', at - 1) + 1, text.lastIndexOf('：', at - 1) + 1), at);
}
