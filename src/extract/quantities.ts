/**
 * Figures in a stretch of text, as the relation reader sees them: money in 元 / 千元 / 万元 / 亿元
 * (also 万 for 万元), counts with their measure words (人, 个, 家, 项, 辆 …, Chinese numerals too),
 * percentages and scores. Read on a compact copy of the text: the spaces PDF extraction puts between
 * characters, between a figure and its unit and inside labels are dropped there, and every position
 * maps back to the column of the original line.
 */
import type { Block } from '../read/types.js';
import type { Src } from './model.js';
import { memoised, reportMemo } from './report-memo.js';
import { labelMemo, MEASURE_FAMILY, MONEY_SHIFT, PHYSICAL_UNITS as PHYSICAL } from './lexicon.js';
import { charClass, cnToInt, isWhiteSpaceCode, runStart } from './text.js';

export interface Compact {
  /** The text without layout spaces. */
  text: string;
  /** Offset in the original (normalised) text of each character of `text`, plus its end. */
  map: ArrayLike<number>;
}

/** 0, 1, 2, …: the map of a text without white space (most paragraphs), shared, grown on demand. */
let IDENTITY = Int32Array.from({ length: 4096 }, (_, i) => i);
function identityMap(n: number): Int32Array {
  if (IDENTITY.length < n) IDENTITY = Int32Array.from({ length: Math.max(n, IDENTITY.length * 2) }, (_, i) => i);
  return IDENTITY.subarray(0, n);
}

const WHITE_SPACE = /\s/;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Drop white space except between two Latin letters ("PPP 项目" keeps none, "ISO 9001" keeps it). */
export function compact(norm: string): Compact {
  // most paragraphs of a Word report have no white space at all: the text is its own compact copy
  if (!WHITE_SPACE.test(norm)) return { text: norm, map: identityMap(norm.length + 1) };
  const parts: string[] = [];
  const map = new Int32Array(norm.length + 1);
  let n = 0;
  let last = 0; // code of the last character kept
  let from = 0; // start of the current run of kept characters
  for (let i = 0; i < norm.length; i++) {
    if (!isWhiteSpaceCode(norm.charCodeAt(i))) {
      map[n++] = i;
      continue;
    }
    if (i > from) {
      parts.push(norm.slice(from, i));
      last = norm.charCodeAt(i - 1);
    }
    let j = i + 1;
    while (j < norm.length && isWhiteSpaceCode(norm.charCodeAt(j))) j++;
    const after = j < norm.length ? norm.charCodeAt(j) : 0;
    if (isAsciiLetter(last) && isAsciiLetter(after)) {
      parts.push(' ');
      map[n++] = i;
      last = 32;
    }
    from = j;
    i = j - 1;
  }
  if (from < norm.length) parts.push(norm.slice(from));
  map[n] = norm.length;
  return { text: parts.join(''), map: map.subarray(0, n + 1) };
}

export interface Quantity {
  /** Offsets in the compact text. */
  at: number;
  end: number;
  /** The number as printed, separators removed ("1234.56"; Chinese numerals as digits). */
  number: string;
  unit: string;
  /** money | pct | people | units | vehicles | … (MEASURE_FAMILY) */
  family: string;
  decimals: number;
  /** The words naming the figure, back to the previous clause mark. */
  label: string;
  /** Parenthesis depth at the figure. */
  depth: number;
  /** An approximate figure (约100万元, 300万元左右, the end of a range 100-150万元): no exact relation holds of it. */
  approx: boolean;
  /** Named by a list of names before 分别 (基本支出和项目支出分别为…): its label is its name, not its clause's words. */
  listed?: true;
  /** The target a result is measured against ("…3,126户，超过3,100户的目标值"): no figure of what was done. */
  versus?: true;
  /** A plan a comparison names ("全年预算比年初预算1,684.20万元增加…"): what another figure is compared with. */
  compared?: true;
}

/** Words that compare a result with the target it passed or fell short of (超过, 低于, 未达到; 达到 besides, where it is met). */
export const PASSED_WORDS = '超过|超出|高于|低于|多于|少于|未达到';
/** A figure stated as the target a result passed or fell short of: 超过3,100户的目标值, 低于95%的预期目标. */
const VERSUS_BEFORE = new RegExp(`(?:${PASSED_WORDS}|达到)$`);
export const VERSUS_AFTER = /^的?(?:年度|全年|预期|计划)?(?:绩效)?(?:目标|计划)(?:值|数|任务)?/;

/** Words before a figure that make it approximate, and after it. */
// (节约, 制约, 签约, 合约, 预约 … end in 约 and are no "about": 比预算节约6.18万元 is exact)
const APPROX_BEFORE = /(?:(?<![节制签合预违履])约|约为|大约|近|将近|接近|逾|超过|不足|不到|\d[-－~～—至])$/;
const APPROX_AFTER = /^(?:左右|上下|以上|以下)/;
function approxAt(text: string, at: number, end: number): boolean {
  return APPROX_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || APPROX_AFTER.test(text.slice(end, end + 2));
}

/**
 * Physical measures (万亩, 公里, 吨 …): each its own family, so a figure in 亩 is added only to figures
 * in 亩 (万亩 and 亩 are not mixed: a list in one of them is compared as printed).
 */

/** A character right after a numeral and 家 that goes on with a place's name: 三家子, 八家屯, 五家堡 (not 三个子项目). */
const PLACE_NAME_GOES_ON = /^[子屯堡窝铺]/;

/** Units a figure may carry: money, %, 人次 and the lexicon's measure words (longest first). */
// (人份: doses or samples, counted as such, never people: 检测12万人份)
const UNITS = [...Object.keys(MONEY_SHIFT), '%', '人次', '人份', ...Object.keys(MEASURE_FAMILY), ...PHYSICAL].sort((a, b) => b.length - a.length);
const NUMBER = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(${UNITS.join('|')})?`, 'g');
/** Measure words a device named by its letters is counted in (CT1台, 电子内镜4套). */
const MODEL_COUNTED = new Set(['台', '套', '部', '件', '个', '辆']);
const CN_NUMBER = /([一二两三四五六七八九十百]+)(人|名|个|家|项|所|辆|台)/g;
/** Words before a Chinese numeral that make it a count (共五个, 设九个, 编制二十七人), not a word (一项工作). */
const CN_COUNT_LEAD = /(?:共|有|计|设|为|编制|实有|在职|在编|合计|内设|下设|下属|辖|是)$/;
/** After 万 / 亿 without 元: a money figure only before a clause mark, a bracket (854万（…）) or these words. */
const BARE_WAN_NEXT = /^(?:$|[，。；、）)：（]|的|用|作|于|以|左右|多|余)/;
const LABEL_STOP = new Set([...'，。；：、（）“”,!?！？'].map((c) => c.charCodeAt(0)));
const SCORE_LABEL = /得分|分值|评分|总分|满分|自评|计分|打分|权重/;
/** "决策（20分）得18.5分": the score a part got, named by 得 (its name before the bracket of its weight). */
const SCORED = /得$/;
/** "决策（20分）": a part's weight in brackets right after its name, a score follows. */
function weightAt(text: string, at: number, end: number): boolean {
  return (text[at - 1] === '（' || text[at - 1] === '(') && (text[end] === '）' || text[end] === ')') && /^[）)]得/.test(text.slice(end, end + 2));
}

/** "目标设定8分、得8分": a part's full marks, right before what it got. */
// (past a clause of how far it was done: "雨污分流管网长度10分，完成97.33%，得8分")
export const MARKS_BEFORE_GOT = /^[、，](?:[^，。；\d]{0,6}\d+(?:\.\d+)?%[，,])?得\d/;
/** (not marks taken off: "扣0.60分，得2.40分") */
const DEDUCTED = /扣(?:除|减)?$|减$/;

/** A unit a figure is per, right after it: 万元/公里, 元/亩, 万元/座, 元/户. */
export const PER_UNIT_AFTER = /^[/／](?:公里|千米|米|万亩|亩|公顷|平方米|立方米|万吨|吨|座|户|人次|人|个|处|台|套|辆|年|月|天|日|次|件|份|所|家|项|床|株|头|只)/;

/** Ordinals listed after one 第, up to a 、 ("第1、2、4、"). */
const ORDINAL_RUN = /第\d+(?:、\d+)*、$/;

/** The list right after a count in numerals: 分别是：…, 包括…, 即…, ：…, 为A和B / 为A、B. */
const CN_LIST_AFTER = /^(?:，)?(?:分别|包括|即|：|[为是][^，。；：\d]{1,40}?[、和及])/;

/** Every figure in a compact text, in order. */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // depth is 0 everywhere in a text without an opening bracket (most): no array for it
  const depths = text.includes('（') ? depthsOf(text) : zeroDepths(text.length + 1);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const at = m.index;
    const prev = at > 0 ? text.charCodeAt(at - 1) : 0;
    if ((prev >= 48 && prev <= 57) || prev === 46 || prev === 0x7b2c /* 第 */) continue;
    const unit = m[3];
    if (!unit) continue;
    // (letters before digits make a code, GB50016, G312; but a device named by its letters is counted, "CT1台、DR2台")
    if (isAsciiLetter(prev) && !(m[2] === undefined && MODEL_COUNTED.has(unit) && /(?:^|[^A-Za-z0-9])[A-Z]{2,4}$/.test(text.slice(Math.max(0, at - 5), at)))) continue;
    // (the last of ordinals listed after one 第: "第1、2、4、6、7项")
    if (prev === 0x3001 /* 、 */ && ORDINAL_RUN.test(text.slice(Math.max(0, at - 24), at))) continue;
    const end = at + m[0].length;
    const next = text.slice(end, end + 3);
    if ((unit === '万' || unit === '亿') && !BARE_WAN_NEXT.test(next)) continue;
    if (unit === '个' && /^(?:百分点|月|工作日|季度|小时)/.test(next)) continue;
    if (unit === '元' && /^\/|^每/.test(next)) continue;
    // (a figure per unit, 5.00万元/公里, 10.80万元/座: no amount; "11,520.00万元/调整后预算…" divides)
    if (PER_UNIT_AFTER.test(text.slice(end, end + 4)) && unit !== '%') continue;
    const label = labelAt(text, at);
    if (unit === '分' && (!(SCORE_LABEL.test(label) || SCORED.test(label) || weightAt(text, at, end) || (MARKS_BEFORE_GOT.test(text.slice(end, end + 20)) && !DEDUCTED.test(label))) || /^(?:别|钟|之|配|管|局|解|析|项)/.test(next))) continue;
    const family = unit in MONEY_SHIFT ? 'money' : unit === '%' ? 'pct' : unit === '人次' ? 'person-times' : (MEASURE_FAMILY[unit] ?? unit);
    const number = (m[1]!.includes(',') ? m[1]!.replace(/,/g, '') : m[1]!) + (m[2] !== undefined ? '.' + m[2] : '');
    const q: Quantity = { at, end, number, unit: unit === '万' ? '万元' : unit === '亿' ? '亿元' : unit, family, decimals: m[2]?.length ?? 0, label, depth: depths[at]!, approx: approxAt(text, at, end) };
    if (VERSUS_BEFORE.test(label) && VERSUS_AFTER.test(text.slice(end, end + 8))) q.versus = true;
    if (COMPARED_PLAN.test(text.slice(labelStart(text, at), at))) q.compared = true;
    out.push(q);
  }
  CN_NUMBER.lastIndex = 0;
  for (let m = CN_NUMBER.exec(text); m !== null; m = CN_NUMBER.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    // one numeral character is a count only after a counting word or before its list (四个，分别是：…; 两所，为甲园和乙园)
    // (or after its list: "设办公室、财务股、防火股四个股室")
    if (m[1]!.length < 2 && !CN_COUNT_LEAD.test(before) && !CN_LIST_AFTER.test(text.slice(m.index + m[0].length)) && !listBefore(text, m.index)) continue;
    if (/[一二两三四五六七八九十百]$/.test(before)) continue;
    // (nor an ordinal or a word: 第一人民医院, 人民: "市第一人民医院300名" counts no 一人)
    if (before.endsWith('第') || (m[2] === '人' && text[m.index + m[0].length] === '民')) continue;
    // (nor one that opens a place's name: 三家子镇, 五家子村, 八家屯)
    if (m[2] === '家' && PLACE_NAME_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    // a numeral inside quotation marks names something (增强“四个意识”、坚定“四个自信”): it counts a list
    // only right after one of plain items (开班申请、过程巡查、结业考核和就业回访“四个环节”)
    if (before.endsWith('“') && (!listBefore(text, m.index - 1) || quotedBefore(text, m.index - 1))) continue;
    const n = cnToInt(m[1]!);
    if (n === undefined) continue;
    const unit = m[2]!;
    out.push({ at: m.index, end: m.index + m[0].length, number: String(n), unit, family: MEASURE_FAMILY[unit] ?? unit, decimals: 0, label: labelAt(text, m.index), depth: depths[m.index]!, approx: approxAt(text, m.index, m.index + m[0].length) });
  }
  out.sort((a, b) => a.at - b.at);
  // a label ends at the figure before it: "包括本年收入合计2380.15万元和年初结转76.63万元" names
  // 76.63 年初结转, not "本年收入合计…和年初结转"
  for (let i = 1; i < out.length; i++) {
    const q = out[i]!;
    const prev = out[i - 1]!.end;
    if (labelStart(text, q.at) < prev) q.label = labelAt(text, q.at, prev);
  }
  if (text.includes('分别')) distributeNames(text, out, (q) => q.family, cleanLabel);
  return out;
}

/** 分别 right before a figure (分别为, 分别是, 分别达到): the figures after it go one to each name before it. */
const RESPECTIVELY = /分别(?:为|是|达到?|有)?[：:]?$/;
/** What joins the figures of such a list: 、 和 及 与 ，. */
const FIGURE_JOINER = /^(?:、|和|及|与|以及|，)$/;
/** The words before the names that are none of them: the year, 其中. */
const NAMES_LEAD = /^(?:其中[：:，]?|(?:19|20)\d{2}年度?(?:的)?|全年|本年度?)+/;

/**
 * "基本支出和项目支出分别为900.00万元、600.00万元", "A、B、C分别为x、y和z": the names listed before 分别, in
 * order, name the figures listed after it (each figure was named by the words right before it: the
 * last name for the first figure, none for the others). Only where the names, split at 、 (or also at
 * 和 / 及 / 与: "商品和服务支出" is one name when that split counts right), are as many as the figures
 * joined by 、 和 ，, all of one kind, and each name is words (no year: "2023年和2024年分别为…" names no figure).
 * For the figures of any reader (quantities here, amounts.ts's money): `kind` tells them apart, `clean`
 * makes a name a label.
 */
export function distributeNames<T extends { at: number; end: number; label: string; listed?: true }>(text: string, qs: T[], kind: (q: T) => string, clean: (name: string) => string): void {
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    const before = text.slice(Math.max(0, q.at - 8), q.at);
    const lead = RESPECTIVELY.exec(before);
    if (!lead) continue;
    const at = q.at - lead[0].length;
    // the figures of the list: joined by 、 和 ，, of one kind
    let n = 1;
    while (i + n < qs.length && kind(qs[i + n]!) === kind(q) && FIGURE_JOINER.test(text.slice(qs[i + n - 1]!.end, qs[i + n]!.at))) n++;
    if (n < 2) continue;
    // the names: from the clause's start to 分别
    let from = at;
    while (from > 0 && !NAME_LIST_STOP.has(text.charCodeAt(from - 1))) from--;
    let list = text.slice(from, at).replace(NAMES_LEAD, '');
    // ("中央财政衔接资金和省级财政衔接资金全部到位，分别为1,120.00万元和436.00万元": 分别 opening its clause, the
    // names are the clause before it, what was done with them said after them)
    if (list === '' && text[from - 1] === '，') {
      let start = from - 1;
      while (start > 0 && !NAME_LIST_STOP.has(text.charCodeAt(start - 1))) start--;
      list = text.slice(start, from - 1).replace(NAMES_LEAD, '').replace(DONE_WITH_NAMES, '');
    }
    // (split at 、 only where no name is two of one kind joined: 项目支出和其他支出 is two names, 商品和服务支出 one)
    const byComma = list.split('、');
    const split = byComma.length === n && !byComma.some(twoNames) ? byComma : list.split(/、|和|及|与/);
    if (split.length !== n || !split.every((name) => WORDS_NAME.test(name))) continue;
    for (let k = 0; k < n; k++) {
      qs[i + k]!.label = clean(split[k]!);
      qs[i + k]!.listed = true;
    }
    i += n - 1;
  }
}

/** What the clause of the names says was done with them, after them: 全部到位, 均已下达, 已足额拨付. */
const DONE_WITH_NAMES = /(?:均|全部|都|已经?|全额|足额)+(?:已经?)?[\u4e00-\u9fff]{1,4}$/;

/** Two names of one kind joined (项目支出和其他支出, 人员经费及公用经费): each ends in the same word. */
function twoNames(name: string): boolean {
  const parts = name.split(/和|及|与/);
  const tail = parts[parts.length - 1]!.slice(-2);
  return parts.length > 1 && parts.every((p) => p.length >= 3 && p.endsWith(tail));
}

/** A name of words: two Chinese characters at least, no digit. */
const WORDS_NAME = /^[^\d]*[\u4e00-\u9fff][^\d]*[\u4e00-\u9fff][^\d]*$/;

/** Where a list of names before 分别 starts: a clause's start (not 、, which joins the names). */
const NAME_LIST_STOP = new Set([...'，。；：（）“”,!?！？'].map((c) => c.charCodeAt(0)));

const CLAUSE_STOPS = charClass('，。；：（）');

/** The words of the clause before a position (back to the previous ，。；：（）). */
function clauseTo(text: string, at: number): string {
  return text.slice(runStart(text, at, CLAUSE_STOPS), at);
}

/**
 * Whether a list (A、B、C) stands right before a position, in its clause: its last item is the few words before it
 * ("设办公室、财务股、防火股四个股室"), not a clause after a list ("决算数小于预算数、低于上年的主要原因是严格执行中央八项规定精神").
 */
function listBefore(text: string, at: number): boolean {
  const clause = clauseTo(text, at);
  const last = clause.length - clause.lastIndexOf('、') - 1;
  return last < clause.length && last <= 24 && !/[的是]/.test(clause.slice(-last));
}

/** Whether the clause before `at` quotes something already (a list of quoted names, 增强“四个意识”、坚定…). */
function quotedBefore(text: string, at: number): boolean {
  return clauseTo(text, at).includes('”');
}

/** Where the words naming a figure start: back to the previous clause mark. */
export function labelStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i > 0 && !LABEL_STOP.has(text.charCodeAt(i - 1))) i--;
    // a short bracket or quote inside a name is part of it: 因公出国（境）费, “三公”经费
    // (also a quoted name right before the figure: “满意”231份)
    const inner = i < at || text.charCodeAt(at - 1) === 0x201d /* ” */ ? innerMark(text, i) : -1;
    if (inner < 0) return i;
    i = inner;
  }
}

/**
 * Where a bracket or quote that closes right before `i` opens, when it holds a few characters of a
 * name (境, 三公, 枫坪乡、下湾乡: no digit, no clause mark) and a name character stands before it too; else -1.
 */
function innerMark(text: string, i: number): number {
  const close = text.charCodeAt(i - 1);
  const open = close === 0xff09 /* ） */ ? 0xff08 /* （ */ : close === 0x201d /* ” */ ? 0x201c /* “ */ : 0;
  if (open === 0) return -1;
  // (a bracket may hold a few names: 第三标段（枫坪乡、下湾乡）支付)
  for (let k = i - 2; k >= 0 && k >= (close === 0xff09 ? i - 10 : i - 6); k--) {
    const c = text.charCodeAt(k);
    if (c === open) return k > 0 && isNameChar(text.charCodeAt(k - 1)) && k < i - 2 ? k : close === 0x201d && k < i - 2 && (k === 0 || LABEL_STOP.has(text.charCodeAt(k - 1))) ? k : -1;
    if (!isNameChar(c) && !(close === 0xff09 && c === 0x3001 /* 、 */)) return -1;
  }
  return -1;
}

/** A CJK character (of a name), as opposed to a digit or a mark. */
function isNameChar(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The words before a figure, back to the previous clause mark, without list words and verbs. */
export function labelAt(text: string, at: number, floor = 0): string {
  const raw = text.slice(Math.max(floor, labelStart(text, at)), at);
  return cleanedLabel(raw);
}

/** The same words name figures in paragraph after paragraph, report after report: cleaned once. */
const cleanedLabel = labelMemo(cleanLabel);

function cleanLabel(raw: string): string {
  const v = raw
    .replace(/^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.]|[①②③④⑤⑥⑦⑧⑨⑩])/, '')
    .replace(/^(?:其中|另|此外|以及|和|及|与|或|包括|含|由(?!于|此)(?=[\u4e00-\u9fff]{2}))/, '')
    .replace(/(?:为|是|共|合计|共计|总计|达到|达|(?<![节制签合预违履])约|计|有|了)+$/, '');
  // the figure a comparison names right before it is of that name: "全年预算比年初预算1,684.20万元增加352.65万元" states 年初预算
  return COMPARED_PLAN.exec(v)?.[1] ?? v;
}

/** "X比年初预算" / "X较调整后预算数": the plan or budget compared with, ending a label. */
const COMPARED_PLAN = /^[^，。；\d]+?(?:比|较)((?:年初|全年|调整后?|年度)?(?:预算|计划)(?:数|额)?)$/;

/** Zeros, shared (never written): the depths of a text without brackets, grown on demand. */
let ZEROS = new Uint16Array(4096);
function zeroDepths(n: number): Uint16Array {
  if (ZEROS.length < n) ZEROS = new Uint16Array(Math.max(n, ZEROS.length * 2));
  return ZEROS;
}

/** Parenthesis depth at every position of a text, in one pass. */
function depthsOf(s: string): Uint16Array {
  const out = new Uint16Array(s.length + 1);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = d;
    const c = s.charCodeAt(i);
    if (c === 0xff08 /* （ */) d++;
    else if (c === 0xff09 /* ） */ && d > 0) d--;
  }
  out[s.length] = d;
  return out;
}

/** Parenthesis depth at a position: figures inside （…） detail the figure before the bracket. */
export function depthAt(s: string, at: number): number {
  let d = 0;
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff08 /* （ */) d++;
    else if (c === 0xff09 /* ） */ && d > 0) d--;
  }
  return d;
}

/** A figure's place in the original line: column and span from the compact offsets. */
export function quantitySrc(line: number, lineOffset: number, c: Compact, q: { at: number; end: number }, excerpt: string): Src {
  const from = c.map[q.at]!;
  const to = c.map[q.end - 1]! + 1;
  return { line, column: lineOffset + from + 1, length: to - from, excerpt: excerpt.trim() };
}

/** Value of a count as an integer (Chinese numerals already made digits). */
export function countValue(q: Quantity): number | undefined {
  return /^\d+$/.test(q.number) ? Number(q.number) : cnToInt(q.number);
}

/** A paragraph's compact text and figures: the relation, count and staffing readers share them. */
const figuresOfBlock = reportMemo<Block, { c: Compact; qs: Quantity[] }>();

export function blockQuantities(block: Block): { c: Compact; qs: Quantity[] } {
  return memoised(figuresOfBlock, block, (b) => {
    const c = compact(b.norm);
    return { c, qs: quantities(c.text) };
  });
}
