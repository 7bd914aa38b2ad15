/**
 * Figures inside one sentence: money amounts with their labels, and shares (占X的p%).
 * Only a number followed by a money unit is an amount: years (2024年), list numbers, 文号
 * (〔2020〕10号), dates and percentages never are.
 */
import { SHARE } from './lexicon.js';
import { distributeNames } from './quantities.js';
import { toWanString, type MoneyUnit } from './money.js';
import type { AmountFact, FigureFact, ShareFact } from './model.js';
import { normalizeText } from '../read/normalize.js';
import { memoised, reportMemo } from './report-memo.js';
import { isWhiteSpaceCode, matchesOf, sentenceSrc, type Sentence } from './text.js';

// 万 / 亿 without 元 for 万元 / 亿元 (预算3.80万，决算3.26万), where a clause mark or these words follow (as quantities.ts reads it)
// (text from a PDF may space a figure out: 1 , 200 . 00 万元, read as the printed 1,200.00)
const AMOUNT = /(\d{1,3}(?: ?, ?\d{3})+|\d+)(?: ?\. ?(\d+))?[ \t\u00a0\u3000]*(万元|亿元|元|[万亿](?=$|[，。；、）)：]|的|用|作|于|以|左右|多|余))/g;
/** Characters that end the words naming an amount: clause marks, brackets, quotes and white space. */
const LABEL_STOP = new Set([...'，。；：、（）“”,'].map((c) => c.charCodeAt(0)));
function isLabelStop(code: number): boolean {
  return LABEL_STOP.has(code) || isWhiteSpaceCode(code);
}

/** The fact of a found amount: its fields without the offsets (spelled out: object rest is costly to optimise). */
export function amountFact(a: FoundAmount): AmountFact {
  return { label: a.label, value: a.value, printed: a.printed, unit: a.unit, decimals: a.decimals, src: a.src };
}

/**
 * An amount as a figure of the relation and restatement checks: its number as printed, in the unit
 * printed, read from the print as the reader reads text (full-width digits, separators and PDF
 * spaces normalised: "１２３.４５万元", "12,345元", "1 234.50 万元").
 */
export function amountFigure(a: AmountFact): FigureFact {
  return { label: a.label, number: normalizeText(a.printed).replace(/[^\d.]/g, ''), unit: a.unit, family: 'money', decimals: a.decimals, src: a.src };
}

export interface FoundAmount extends AmountFact {
  /** Offset of the number in the sentence. */
  at: number;
  end: number;
}

/**
 * Several extractors read the amounts of the same sentence (budget, 三公, mentions): found once per
 * sentence object. Shared, hence readonly; a sentence made up by a caller is a new key.
 */
const found = reportMemo<Sentence, readonly FoundAmount[]>();

export function amountsIn(s: Sentence): readonly FoundAmount[] {
  return memoised(found, s, findAmounts);
}

function findAmounts(s: Sentence): FoundAmount[] {
  const out: FoundAmount[] = [];
  for (const m of matchesOf(AMOUNT, s.norm)) {
    const at = m.index;
    const prev = at > 0 ? s.norm.charCodeAt(at - 1) : 0;
    if ((prev >= 48 && prev <= 57) || prev === 46 /* . */) continue;
    const unit = (m[3] === '万' ? '万元' : m[3] === '亿' ? '亿元' : m[3]) as MoneyUnit;
    const printedNumber = m[1]!.replace(/ /g, '') + (m[2] !== undefined ? '.' + m[2] : '');
    out.push({
      label: labelBefore(s.norm, at),
      value: toWanString(printedNumber, unit),
      printed: s.text.slice(at, at + m[0].length),
      unit,
      decimals: m[2]?.length ?? 0,
      src: sentenceSrc(s, at, m[0].length),
      at,
      end: at + m[0].length,
    });
  }
  // (分别: "基本支出和项目支出分别为900.00万元、600.00万元" names each figure by its name in the list)
  if (s.norm.includes('分别')) distributeNames(s.norm, out, () => 'money', cleanLabel);
  return out;
}

/** The words naming an amount: back from the number to the previous clause delimiter. */
export function labelBefore(norm: string, at: number): string {
  let i = at;
  while (i > 0 && !isLabelStop(norm.charCodeAt(i - 1))) i--;
  // (text laid out from a PDF spaces a figure from its words, "一般公共预算支出 1.2 亿元", and words from a year,
  // "2024 年…": a single space between a Chinese character or a digit and the figure's words is no stop)
  while (i > 1 && norm.charCodeAt(i - 1) === 32 && !isWhiteSpaceCode(norm.charCodeAt(i - 2)) && !LABEL_STOP.has(norm.charCodeAt(i - 2)) && /[\u4e00-\u9fff\d]/.test(norm[i - 2]!)) {
    i--;
    while (i > 0 && !isLabelStop(norm.charCodeAt(i - 1))) i--;
  }
  const raw = norm.slice(i, at);
  return cleanLabel(raw.includes(' ') ? raw.replace(/ /g, '') : raw);
}

/** First and last characters the patterns of cleanLabel can match at (checked before each regex). */
const LEAD_WORDS = new Set([...'其另此以和及'].map((c) => c.charCodeAt(0)));
const TAIL_WORDS = new Set([...'为是共计到达约'].map((c) => c.charCodeAt(0)));

export function cleanLabel(raw: string): string {
  // each regex only when the first or last character allows it: every amount's label passes here
  let s = raw;
  if (s.charCodeAt(0) === 0x6309 /* 按 */) s = s.replace(/^按(经济|功能)(科目)?(分类)?(为|：)?/, '');
  if (LEAD_WORDS.has(s.charCodeAt(0))) s = s.replace(/^(其中|另|此外|以及|和|及)/, '');
  if (isDigitCode(s.charCodeAt(0))) s = s.replace(/^\d{4}年度?/, '');
  if (TAIL_WORDS.has(s.charCodeAt(s.length - 1))) s = s.replace(/(为|是|共|合计|共计|总计|达到|达|约|计)+$/, '');
  return s.trim();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export interface FoundShare extends ShareFact {
  at: number;
}

export function sharesIn(s: Sentence): FoundShare[] {
  const out: FoundShare[] = [];
  for (const m of matchesOf(SHARE, s.norm)) {
    // "占比60%" and "所占比重为35%" name no base: left empty, so the check is skipped, never guessed
    const baseName = m[1]!.replace(/(的)?(比例|比重|份额)?(为|是|达)?$/, '').replace(/的$/, '');
    out.push({ baseName, baseId: null, pct: m[2]!, src: sentenceSrc(s, m.index, m[0].length), at: m.index });
  }
  return out;
}

/** Resolve the base a share names to a budget node id, given the fund of the section. */
export function resolveBase(name: string, fund: string | undefined): string | null {
  const n = name.replace(/\s/g, '');
  if (/一般公共预算(财政拨款)?(总)?支出/.test(n)) return 'gpb';
  if (/政府性基金(预算)?(总)?支出/.test(n)) return 'gov';
  if (/国有资本经营(预算)?(总)?支出/.test(n)) return 'soe';
  if (/社会保险基金(预算)?(总)?支出/.test(n)) return 'ssf';
  // the grand total only when named as such: a bare 总支出 could mean a fund's total, so it stays unresolved
  if (/^(年度|部门|单位)(整体)?(总)?支出(总额)?$|^整体(总)?支出(总额)?$|年度整体(总)?支出|整体总支出|部门整体支出/.test(n)) return 'total';
  if (fund && /^(本年)?项目支出$/.test(n)) return `${fund}.project`;
  if (fund && /^(本年)?基本支出$/.test(n)) return `${fund}.basic`;
  return null;
}
