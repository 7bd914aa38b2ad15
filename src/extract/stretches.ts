/**
 * Sentences of a paragraph as the relation readers see them: the compact text, the sentence's bounds
 * and its figures (quantities.ts), and the place of a figure in the original line.
 */
import type { Block } from '../read/types.js';
import type { FigureFact, Src } from './model.js';
import { blockQuantities, quantitySrc, type Compact, type Quantity } from './quantities.js';
import { memoised, reportMemo } from './report-memo.js';
import { charClass, runStart } from './text.js';

/** A sentence of a paragraph in compact text, with its figures. */
export interface Stretch {
  line: number;
  c: Compact;
  /** Sentence bounds in the compact text of the paragraph. */
  from: number;
  to: number;
  qs: Quantity[];
  excerpt: string;
}

/** A figure with its sentence: made a FigureFact only when a relation takes it. */
export interface Located {
  q: Quantity;
  s: Stretch;
}

export function figure(s: Stretch, q: Quantity, lineOffset = 0): FigureFact {
  const f: FigureFact = { label: q.label, number: q.number, unit: q.unit, family: q.family, decimals: q.decimals, src: quantitySrc(s.line, lineOffset, s.c, q, s.excerpt) };
  if (q.approx) f.approximate = true;
  return f;
}

/**
 * The words of a figure's clause before it, back to the previous clause mark within its sentence,
 * quotation marks included (the text is normalised: half-width marks are full-width).
 */
export function clauseLabel(s: Stretch, q: Quantity): string {
  // (a figure named by a list before 分别: its name is what its clause says of it)
  if (q.listed) return q.label;
  return s.c.text.slice(clauseStart(s, q), q.at);
}

/** Where the clause of a figure starts (clauseLabel without the string). */
function clauseStart(s: Stretch, q: Quantity): number {
  const t = s.c.text;
  let i = q.at;
  while (i > s.from && CLAUSE_MARKS[t.charCodeAt(i - 1)] === 0) i--;
  return i;
}

/** Words before a figure that say it is still outstanding: 尚有, 仍有, 尚未, 未到位 … */
export const OUTSTANDING = /^(?:尚有|仍有|还有|尚余|尚差|仍差|尚未|未(?:到位|拨付|支付|完成))/;
export const OUTSTANDING_END = /(?:尚有|仍有|还有|尚余|尚差|仍差)$/;
/** A verb after a figure that says it was not spent: 未支出, 未能支出, 未及时拨付, 未形成支出 … */
export const UNSPENT_AFTER = /^[^，。；\d]{0,4}?未(?:能|及时)?(?:形成支出|支出|使用|拨付|支付|执行|发放)/;

/** What a sentence says is still not spent ("尚有747.15万元未形成支出", 仍有…未能支出): left, not spent. */
export function leftUnspent(s: Stretch, q: Quantity): boolean {
  const before = s.c.text.slice(clauseStart(s, q), q.at);
  return OUTSTANDING.test(before) || OUTSTANDING_END.test(before) || UNSPENT_AFTER.test(s.c.text.slice(q.end, q.end + 12));
}

/** Clause marks: a clause's words run back to one. */
export const CLAUSE_MARKS = charClass('，。；：、（）');

/** Whether the words of a figure's clause before it hold `word` (clauseLabel(s, q).includes(word), allocating nothing). */
export function clauseHas(s: Stretch, q: Quantity, word: string): boolean {
  if (q.listed) return q.label.includes(word);
  const at = s.c.text.indexOf(word, clauseStart(s, q));
  return at >= 0 && at + word.length <= q.at;
}

/** The words of a figure's item in a list, back to the ；, ： or 。 before it: "…；车辆购置税…支出（项）年初预算1,300.00万元，决算". */
export function itemWords(s: Stretch, q: Quantity): string {
  const t = s.c.text;
  let i = q.at;
  while (i > s.from && ITEM_MARKS[t.charCodeAt(i - 1)] === 0) i--;
  return t.slice(i, q.at);
}
const ITEM_MARKS = charClass('；：。');

export function stretchSrc(s: Stretch, at: number): Src {
  return { line: s.line, column: (s.c.map[at] ?? 0) + 1, excerpt: s.excerpt };
}

const sentences = reportMemo<Block, readonly Stretch[]>();

/**
 * Sentences of a paragraph at 。！？ (； does not end a list of parts). Worked out once per block and
 * report: the relation, hierarchy, plan-rate and restatement readers all ask for them.
 */
export function stretches(block: Block): readonly Stretch[] {
  return memoised(sentences, block, sentencesOf);
}

function sentencesOf(block: Block): Stretch[] {
  const { c, qs } = blockQuantities(block);
  if (qs.length === 0) return [];
  const out: Stretch[] = [];
  let from = 0;
  let k = 0;
  const text = c.text;
  // a full stop inside brackets ends no sentence (…（购置费100.00万元；运行维护费400.00万元。）；…)
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 0;
    if (ch === 0xff08 /* （ */) depth++;
    else if (ch === 0xff09 /* ） */ && depth > 0) depth--;
    if (i === text.length || ((ch === 0x3002 /* 。 */ || ch === 0xff01 /* ！ */ || ch === 0xff1f /* ？ */) && depth === 0)) {
      const to = i === c.text.length ? i : i + 1;
      if (to > from) {
        const excerpt = block.text.slice(c.map[from]!, c.map[to - 1]! + 1);
        // figures are in text order: each sentence takes the run that falls inside it
        const mine: Quantity[] = [];
        while (k < qs.length && qs[k]!.at < to) {
          if (qs[k]!.at >= from) mine.push(qs[k]!);
          k++;
        }
        out.push({ line: block.line, c, from, to, qs: mine, excerpt });
      }
      from = to;
    }
  }
  return out;
}

/** A clause that opens with what a figure is compared with: "与2023年度一般公共预算支出3,876.54万元相比", 比上年的… */
export const COMPARED_PRIOR = /^(?:与|比|较|同)(?:(?:19|20)\d{2}年度?|上年度?|去年|上一年度?)/;

/** Clause marks but 、 (which joins the items of a list): a clause's words run back over it. */
export const CLAUSE_STOPS = charClass('，。；：（）');

/** Whether a figure stands in a clause comparing with a year before, over its 、 ("与2022年度收、支总计3,720.15万元相比"). */
export function comparedWithBefore(s: Stretch, q: Quantity): boolean {
  return COMPARED_PRIOR.test(s.c.text.slice(runStart(s.c.text, q.at, CLAUSE_STOPS, s.from), q.at));
}

/** The year of the report being read (set by extract() once its cover is read), undefined when it states none. */
let reportYear: number | undefined;

export function setReportYear(year: number | undefined): void {
  reportYear = year;
}

/** A sentence that opens with a year, after a comparison's lead at most: "2022年…", "与上年相比，2022年…". */
const YEAR_OPENING = /^\s*(?:[^，。；：\d]{0,8}(?:相比|比较|对比)[，,]\s*)?((?:19|20)\d{2})年(?!\d)/;
/** A clause that opens with a year: its own. */
const CLAUSE_YEAR = /^\s*((?:19|20)\d{2})年(?!\d)/;

/**
 * Whether a figure is of another year than the report's: its clause opens with that year, or else its sentence does, with no ；
 * between (a clause group after a ； may turn to the report's year: "…；2023年资金总额较上年增加215.38万元").
 */
export function ofAnotherYear(s: Stretch, q: Quantity): boolean {
  if (reportYear === undefined) return false;
  const y = yearOfFigure(s, q);
  return y !== undefined && y !== reportYear;
}

/** The year a figure's clause opens with, or else its sentence (up to its first ；), if any. */
export function yearOfFigure(s: Stretch, q: Quantity): number | undefined {
  const text = s.c.text;
  const own = CLAUSE_YEAR.exec(text.slice(runStart(text, q.at, CLAUSE_STOPS, s.from), q.at));
  if (own) return Number(own[1]);
  const lead = YEAR_OPENING.exec(text.slice(s.from, q.at));
  return lead !== null && !text.slice(s.from + lead[0].length, q.at).includes('；') ? Number(lead[1]) : undefined;
}

export function yearOfReport(): number | undefined {
  return reportYear;
}
