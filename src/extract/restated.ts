/**
 * The same figure stated again (issue 8, same-figure-conflict): a headline figure named in one part
 * and named again in another (支出合计1573.88万元 … 实际支出1573.88万元), and a change stated twice for
 * one subject (一般公共预算支出比上年增加418.97万元 … 一般公共预算支出较上年增加418.98万元).
 *
 * Two figures are taken for one when their names agree once the words that only say which year, or
 * "total", are set aside, and they belong to one stage (a budget figure is never the restatement of
 * a spent one). Agreeing values are then a restatement that holds. Differing values are a conflict
 * only when the context also says they are one figure: a change of one named subject, or two figures
 * of one name that are parts of one total. Otherwise (基本支出 of the budget's
 * breakdown and 基本支出 of the spending's) they are two figures, and nothing is said.
 */
import type { Block } from '../read/types.js';
import type { FigureFact, RelationFact, RestatedFact, SangongFact, ScoreFact, ScoreTable } from './model.js';
import type { Quantity } from './quantities.js';
import { CLAUSE_MARKS, CLAUSE_STOPS, clauseLabel, figure, stretches, type Stretch } from './stretches.js';
import { clauseWords, runStart } from './text.js';
import { amountFigure } from './amounts.js';
import { decimalsOf } from './money.js';
import { FUND_BUDGET, LAST_YEAR_OPENING, labelMemo, RUN_IN_ITEM } from './lexicon.js';
import { wordsOnly } from './cells.js';


const COMPARISON = /(?:比上年|较上年|比去年|较去年|同比|与上年相比|较上一年度|比上年度|较上年度)/;
const CHANGE_LABEL = /^(.*?)(?:比上年度?|较上年度?|比去年|较去年|同比|与上年相比，?|较上一年度)?(增加|减少|增长|下降|上升|降低)(?:了)?$/;
/**
 * A sentence's first clause naming the year before and no figure, no comparison: 上年支出中，/ 去年同期，/ 上一年度决算中：
 * (not money carried from it into this year: 上年结转资金：)
 */
const LAST_YEAR_LEAD = /^(?:[^，。；：\d比较与同]{0,6})?(?:上年度?|去年|上一年度?|前一年)(?:同期)?(?![^，。；：\d]*(?:结转|结余))[^，。；：\d比较与相]{0,10}[，：]/;
/** A clause that opens with the year before (上年基本支出…, 去年同期…), not money carried from it (上年结转). */
const LAST_YEAR_CLAUSE = /^(?:上年度?|去年|上一年度?)(?!结转|结余|同期相比|相比)/;
const COMPARED = /上年|去年|同比|较|增加|减少|增长|下降|上升|降低|以来|累计|截至/;
const FUND_BUDGET_ALL = new RegExp(FUND_BUDGET.source, 'g');
const PLAN = /预算|年初|批复|下达|安排|计划|调整后|预计/;
const ACTUAL = /决算|实际|执行|完成|使用|拨付/;
const RECEIVED = /到位/;
/** The grand totals of a report's own accounts (本单位收入总计, 支出总计): one figure wherever stated. */
const GRAND_TOTAL = /^(?:本单位|本部门|本局|部门|单位)?(?:收入|支出|收支)总计?$/;
/** The batch or the part of the year a sentence's figures are of: 第一批, 第二次, 上半年, 一季度. */
const BATCH_SCOPE = /第[一二三四五六七八九十\d]{1,2}(?:批|次|期)|[上下]半年|[一二三四1-4]季度/;
/** Names that say too little to be one figure wherever they stand. */
const GENERIC = /^(?:支出|收入|资金|经费|金额|合计|总计|其中|项目|数|费用|补助|补贴|余额|结余|结转|数额|额)?$/;
/** A name that is a stage alone: 年初预算, 决算数, 支出决算. */
const STAGE_ONLY = /^(?:(?:19|20)\d{2}年度?)?(?:全年|年初|年度|调整后?|本年)?(?:预算|决算|执行|支出|实际支出|支出决算)(?:数|金额|额)?$/;
const YEAR = /(?:19|20)(\d{2})年/g;
const SPECIAL_CONTEXT = /专项|项目[一二三四五六七八九十\d](?![一二三四五六七八九十\d]*[个项家])|子项目/;
/** A paragraph about one 专项 or 项目 of several (专项资金二为…, 项目1…), not one naming a fund (省级专项资金). */
const ONE_SPECIAL = /专项(?:资金)?[一二三四五六七八九十\d]|项目[一二三四五六七八九十\d](?![一二三四五六七八九十\d]*[个项家])|子项目/;

/**
 * A name with the words of year, stage and "total" set aside (“三公”经费决算数 → 三公经费数 …); once per label: a batch's reports name
 * their figures in the same words again and again.
 */
export const strictKey = labelMemo(makeKey);

function makeKey(label: string): string {
  return label
    .replace(/[\s“”"'「」]/g, '')
    .replace(/^(?:其中|另|此外|以及|和|及|全部|共)[：:，]?/, '')
    .replace(/^(?:(?:19|20)\d{2}年度?|全年|本年度?|年度|当年)+/, '')
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/(?:为|是|达到?|约|了)+$/, '')
    .replace(/(?:合计|共计|总额|总金额|金额|数|共|计)$/, '')
    .replace(/实际|执行(?!率)数?|决算数?|完成数?|的/g, '')
    .replace(/(?:合计|共计|总额|总金额|金额|数)$/, '');
}

// 'received': money that has arrived (到位), which may still be spent; neither a plan nor a spending
type Stage = 'plan' | 'actual' | 'received' | 'none';

/** A figure by its print, for the restatements read by print and name (strong: see alike). */
interface Printed {
  print: string;
  key: string;
  stage: Stage;
  f: FigureFact;
  strong: boolean;
  /** For a figure named only by its stage (执行数…): the subject of its sentence (subjectBefore). */
  subject?: string;
}

const PLAN_ALL = new RegExp(PLAN.source, 'g');
const ACTUAL_ALL = new RegExp(ACTUAL.source, 'g');
const RECEIVED_ALL = new RegExp(RECEIVED.source, 'g');

/** The start of the last match of `re` (global) inside text[from, to), or -1. */
function lastMatch(re: RegExp, text: string, from: number, to: number): number {
  let at = -1;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index + m[0].length <= to; m = re.exec(text)) at = m.index;
  return at;
}

/**
 * The stage of text[from, to): the last stage word decides ("全年预算数2950.00万元，执行2864.30万元").
 * 一般公共预算支出 names a fund, not a budget: its 预算 says no stage. Scanned in place (no slice)
 * unless a fund's budget is named: the stage words are two or three characters and none begins
 * inside another, so the matches inside the range are those of the range cut out.
 */
export function stageOf(text: string, from = 0, to = text.length): Stage | undefined {
  if (hasBudgetWord(text, from, to)) {
    const cut = from === 0 && to === text.length ? text : text.slice(from, to);
    if (FUND_BUDGET.test(cut)) {
      const masked = cut.replace(FUND_BUDGET_ALL, (m) => '＿'.repeat(m.length));
      return stageIn(masked, 0, masked.length);
    }
  }
  return stageIn(text, from, to);
}

/** Whether 预算 stands inside text[from, to) (looked for there only, not to the paragraph's end). */
function hasBudgetWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) if (text.charCodeAt(i) === 0x9884 /* 预 */ && text.charCodeAt(i + 1) === 0x7b97 /* 算 */) return true;
  return false;
}

function stageIn(text: string, from: number, to: number): Stage | undefined {
  const plan = lastMatch(PLAN_ALL, text, from, to);
  const actual = lastMatch(ACTUAL_ALL, text, from, to);
  const received = lastMatch(RECEIVED_ALL, text, from, to);
  if (plan < 0 && actual < 0 && received < 0) return undefined;
  return received > plan && received > actual ? 'received' : plan > actual ? 'plan' : 'actual';
}

const PHASE_ALL = /年初|调整后?|全年|追加后|变动后/g;

/**
 * The words naming an item before a figure named by its stage alone, from its sentence's start, its number and the
 * brackets of its class (（类）, （款）) left out: "2.社会保障和就业支出（类）年初预算" → 社会保障和就业支出年初预算; undefined when a clause
 * mark stands between.
 */
function itemBefore(s: Stretch, q: Quantity, label: string): string | undefined {
  const words = s.c.text.slice(s.from, q.at).replace(/（[^（）]*）/g, '');
  if (/[，。；：、]/.test(words)) return undefined;
  const name = words.replace(/^\s*[（(]?[一二三四五六七八九十\d]{1,3}[）).．、]?/, '');
  return name.length >= label.length + 2 && name.endsWith(label) ? name : undefined;
}

/** The phase of a plan in text[from, to): its last phase word (年初: the initial budget; 调整后, 全年: the adjusted). */
function phaseOf(text: string, from = 0, to = text.length): 'initial' | 'adjusted' | undefined {
  const at = lastMatch(PHASE_ALL, text, from, to);
  if (at < 0) return undefined;
  return text.startsWith('年初', at) ? 'initial' : 'adjusted';
}

interface Seen {
  key: string;
  name: string;
  f: FigureFact;
  stage: Stage;
  /** A plan's phase, where its words say it: the initial budget (年初) or the adjusted one (调整后, 全年). */
  phase?: 'initial' | 'adjusted';
  /** The total a part belongs to ('' for a figure standing alone); a change: its subject. */
  parent: string;
  change: boolean;
}

/** The years a text names, with where (dates, 2023年12月31日, aside). */
function yearsIn(text: string): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  for (const m of text.matchAll(YEAR)) if (!/^(?:19|20)\d{2}年\d{1,2}月/.test(text.slice(m.index))) out.push({ year: Number(m[0].slice(0, 4)), at: m.index });
  return out;
}

function mostNamedYear(blocks: readonly Block[]): number | undefined {
  const counts = new Map<number, number>();
  for (const b of blocks) for (const { year } of yearsIn(b.norm)) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

export function restatedFigures(blocks: readonly Block[], relations: readonly RelationFact[], year: number | undefined): RestatedFact[] {
  // parts of stated totals, by place: a part is one figure only with a part of the same total
  const parentAt = new Map<string, string>();
  for (const r of relations) {
    if (r.relation !== 'sum' || !r.total) continue;
    // the total by its name and value: two totals of one name are one only at one value
    const parent = `${strictKey(r.total.label)}=${r.total.number}${r.total.unit}`;
    for (const p of r.parts ?? []) parentAt.set(`${p.src.line}:${p.src.column}`, parent);
  }
  // the report's year, or (none found on its cover) the year its sentences name most
  const current = year ?? mostNamedYear(blocks);
  const seen: Seen[] = [];
  // every money figure printed with enough digits to be told apart, by its print
  // (strong: a print others may share, one figure only where one name ends the other)
  const byPrint: Printed[] = [];
  const labels: { raw: string; key: string }[] = [];
  let heading = '';
  let head: readonly string[] = [];
  // the figure a sentence ending in 其中： details (基本支出预算…。其中：), for the sentences after it
  let under = '';
  for (const b of blocks) {
    if (b.kind === 'row') {
      // a header: the table's first row, or a row of words only further down a form (项目资金（万元） | 年初预算数 | …;
      // 经费控制情况（万元） | 2022年决算数 | 2023年预算数: years name columns)
      if (b.row === 0 || !b.normCells || wordsOnly(b.normCells)) head = b.normCells ?? [];
      else tableFigures(b, head, byPrint);
      continue;
    }
    if (b.kind !== 'paragraph') continue;
    if (/^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/.test(b.norm)) heading = b.norm.slice(0, 30);
    // a paragraph about a 专项/项目 states its own figures under fund names (一般公共预算支出…): they
    // are read by their print only (equal prints under names alike), never as a named figure
    const special = SPECIAL_CONTEXT.test(b.norm);
    const oneSpecial = special && ONE_SPECIAL.test(b.norm);
    // a numbered paragraph (1. 基本支出…。其中：) starts a part of its own: the 其中 before it is done
    if (/^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])/.test(b.norm)) under = '';
    for (const s of stretches(b)) {
      // the stage the paragraph names before this sentence, for its figures that name none (once)
      let stageBefore: Stage | undefined | null = null;
      const sentence = s.c.text.slice(s.from, s.to);
      // a sentence about another year states another year's figures; a year named only after a
      // figure (…20.00万元为2022年第四季度下达的) does not make that figure another year's
      const otherYear = yearsIn(sentence).find((y) => y.year !== current);
      // (so is one led by a clause naming the year before, "上年支出中，公务接待费5.96万元，…")
      // (or one that opens with a figure of the year before and its parts: "上年“三公”经费支出45.90万元，其中公务接待费11.20万元，…")
      const other = otherYear ? s.from + otherYear.at : LAST_YEAR_LEAD.test(sentence) || LAST_YEAR_OPENING.test(sentence) ? s.from : -1;
      // named figures (and changes) only in a sentence of this year outside a 专项 paragraph; the
      // figures before another year's are still read by their print (and those of a 专项 below)
      const byPrintOnly = special || other >= 0;
      for (let i = 0; i < s.qs.length; i++) {
        const q = s.qs[i]!;
        if (other >= 0 && q.at > other) break;
        // in a paragraph about one 专项 (专项资金二为…), a figure under a generic name (商品和服务支出…)
        // is the 专项's own: only one whose clause names the fund itself is read
        if (oneSpecial && !SPECIAL_CONTEXT.test(clauseLabel(s, q))) continue;
        if (q.family === 'pct' || q.family === 'score') {
          // a rate or a score printed again (预算执行率97.48% … 执行率97.48%; 总得分97.72分)
          if (RATE_PRINT.test(q.number)) {
            const label = clauseLabel(s, q);
            if (!COMPARED.test(label)) byPrint.push({ print: `${q.number}${q.unit}`, key: strictKey(label), stage: 'none', f: figure(s, q), strong: true });
          }
          continue;
        }
        if (q.family !== 'money') continue;
        // (a clause of its own that opens with the year before states that year's figures: "…，分别比上年增加30.12万元和48.02万元，
        // 上年基本支出和项目支出分别为862.34万元和677.84万元")
        if (LAST_YEAR_CLAUSE.test(s.c.text.slice(runStart(s.c.text, q.at, CLAUSE_STOPS, s.from), q.at))) continue;
        const label = jointLabel(s, q);
        const f = figure(s, q);
        const change = CHANGE_LABEL.exec(label);
        if (change && byPrintOnly) continue;
        if (change && (COMPARISON.test(label) || COMPARISON.test(s.c.text.slice(s.from, q.at).slice(-14)))) {
          // ("比上年预算增加…": the stage compared with, 预算, is no subject of the change)
          const raw = change[1]!.replace(COMPARISON, '').replace(/^的?(?:预算|决算)数?/, '').replace(/[“”"「」]/g, '').replace(/^(?:(?:19|20)\d{2}年度?|全年|本年度?|年度|当年)+/, '');
          let subject = strictKey(raw);
          // "资金总额比上年增加…" after "项目资金总额…": the longer name said before
          for (let k = labels.length - 1; raw.length >= 2 && k >= 0 && k >= labels.length - 40; k--) {
            if (labels[k]!.raw.length > raw.length && labels[k]!.raw.endsWith(raw)) {
              subject = labels[k]!.key;
              break;
            }
          }
          // the total the changed figure is a part of: 商品和服务支出 under 基本支出 and under 项目支出 are two
          let whole = '';
          if (GENERIC.test(subject)) {
            // "支出合计1573.88万元，比上年增加93.63万元": the change of the figure before it
            // (not an item's plan named by its stage alone after the item's figure: "公务接待费决算3.12万元，年初预算5.60万元，…；比上年减少0.74万元")
            const before = s.qs.slice(0, i).reverse().find((x, k, xs) => x.family === 'money' && x.depth <= q.depth && !COMPARED.test(x.label) && !(PLAN.test(x.label) && STAGE_ONLY.test(strictKey(x.label)) && xs.slice(k + 1).some((y) => y.family === 'money' && y.depth === x.depth && !PLAN.test(y.label))));
            // (over names joined by 、 before it, whose qualifier is theirs: "财政拨款收入、支出总计均为…" is not "收入、支出总计均为…")
            const words = before ? clauseLabel(s, before) : '';
            subject = before ? strictKey(s.c.text[before.at - words.length - 1] === '、' ? clauseWords(s.c.text, before.at, s.from) : words) : '';
            if (before) {
              const bf = figure(s, before);
              whole = parentAt.get(`${bf.src.line}:${bf.src.column}`) ?? under;
            }
          }
          if (GENERIC.test(subject) || subject.length < 2) continue;
          const dir = /增|上升/.test(change[2]!) ? 'up' : 'down';
          seen.push({ key: `chg|${whole}|${subject}|${dir}`, name: `${subject}${dir === 'up' ? '比上年增加额' : '比上年减少额'}`, f, stage: 'none', parent: subject, change: true });
          continue;
        }
        if (COMPARED.test(label)) continue;
        const significant = SIGNIFICANT.test(q.number);
        if (significant || SMALL_PRINT.test(q.number)) {
          const stage = stageOf(label) ?? stageOf(s.c.text, s.from, q.at) ?? 'none';
          const key = strictKey(label);
          const subject = key === '' ? subjectBefore(s, i) : '';
          byPrint.push({ print: `${q.number}${q.unit}`, key, ...(subject ? { subject } : {}), stage, f, strong: !significant });
        }
        if (q.depth > 0 || byPrintOnly) continue;
        // (a figure named by its stage alone on a line that names its item first, "8.…一般行政管理事务（项）：年初预算135.00万元",
        // is that item's: its name is the item's with the stage)
        const lead = STAGE_ONLY.test(strictKey(label)) ? RUN_IN_ITEM.exec(s.c.text) : null;
        // (or with no colon, the item's name run into its stage: "2.社会保障和就业支出（类）年初预算6,820.00万元")
        const runIn = !lead && STAGE_ONLY.test(strictKey(label)) ? itemBefore(s, q, label) : undefined;
        const key = lead && q.at >= lead[0].length && !/[。；]/.test(s.c.text.slice(lead[0].length, q.at)) ? strictKey(`${lead[1]}${label}`) : runIn !== undefined ? strictKey(runIn) : strictKey(label);
        // a name holding a figure is a computation (年人均2400元计643200元), not what names one figure
        if (key.length < 3 || GENERIC.test(key) || /\d/.test(key)) continue;
        labels.push({ raw: label.replace(/[“”"「」]/g, '').replace(/^(?:其中|另)[：:，]?/, ''), key });
        const stage = stageOf(label) ?? stageOf(s.c.text, s.from, q.at) ?? (stageBefore === null ? (stageBefore = stageOf(s.c.text, 0, s.from)) : stageBefore) ?? stageOf(heading) ?? 'none';
        const phase = stage === 'plan' ? (phaseOf(label) ?? phaseOf(s.c.text, s.from, q.at)) : undefined;
        seen.push({ key, name: label.replace(/^(?:其中|另)[：:，]?/, ''), f, stage, ...(phase ? { phase } : {}), parent: parentAt.get(`${f.src.line}:${f.src.column}`) ?? '', change: false });
      }
    }
    if (/其中[：:]?$/.test(b.norm.trim())) {
      // the first figure of the last sentence that states one (其中： may stand as a sentence of its own)
      const ss = stretches(b);
      for (let k = ss.length - 1; k >= 0; k--) {
        const whole = ss[k]!.qs.find((x) => x.family === 'money' && x.depth === 0 && !COMPARED.test(x.label));
        if (!whole) continue;
        under = strictKey(clauseLabel(ss[k]!, whole));
        break;
      }
    }
  }
  const out: RestatedFact[] = [];
  const byKey = new Map<string, Seen[]>();
  for (const x of seen) {
    const list = byKey.get(x.key);
    if (list) list.push(x);
    else byKey.set(x.key, [x]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const first = list[0]!;
    for (const x of list.slice(1)) {
      if (x.f.src.line === first.f.src.line) continue;
      // a budget figure is never the restatement of a spent one; a figure of no stated stage is
      // taken as spent (支出合计 … 实际支出) only where the values agree (below: not anchored)
      const sameStage = x.stage === first.stage;
      // (a figure of no stated stage may be one of any stage but the plan; 到位 and 使用 are two figures)
      if (!sameStage && !((x.stage === 'none' || first.stage === 'none') && x.stage !== 'plan' && first.stage !== 'plan')) continue;
      // the initial budget's 财政拨款 and the adjusted budget's are two figures
      if (x.phase && first.phase && x.phase !== first.phase) continue;
      // two values are one figure's only when the context says so: a change of one named subject,
      // or parts of one total (two standalone 基本支出 may be the budget's and the spending's)
      // (the report's grand totals, 收入总计 / 支出总计, are one figure wherever they are stated)
      out.push({ name: first.name, first: first.f, second: x.f, anchored: (sameStage && x.parent === first.parent && x.parent !== '') || GRAND_TOTAL.test(first.key) });
    }
  }
  // a list stated again (基本支出…，项目支出… ; 基本支出执行…，项目支出执行…): where the other figures of the
  // two sentences agree, one that differs is the same figure written differently
  for (const r of out) {
    if (r.anchored || (r.first.number === r.second.number && r.first.unit === r.second.unit)) continue;
    // (not two lists of two wholes: 本年支出合计's 基本支出、项目支出 and 一般公共预算财政拨款支出's, where all the
    // 基本支出 is of the one fund and the 项目支出 differ)
    const pa = parentAt.get(`${r.first.src.line}:${r.first.src.column}`);
    const pb = parentAt.get(`${r.second.src.line}:${r.second.src.column}`);
    if (pa !== undefined && pb !== undefined && pa !== pb) continue;
    // (nor two lists of two batches or periods: "第一批资金包括…森林草原防火补助15.00万元" and "全年资金分为三项：…森林草原防火补助45.00万元")
    if ((BATCH_SCOPE.exec(r.first.src.excerpt)?.[0] ?? '') !== (BATCH_SCOPE.exec(r.second.src.excerpt)?.[0] ?? '')) continue;
    r.anchored = out.some(
      (o) => o !== r && o.name !== r.name && o.first.src.line === r.first.src.line && o.second.src.line === r.second.src.line && o.first.number === o.second.number && o.first.unit === o.second.unit && SIGNIFICANT.test(o.first.number),
    );
  }
  // the same print in two places, named alike (学校支出合计 … 实际支出; a table's 合计 row …): one
  // figure stated again, which holds. Equal values only: a difference is a conflict only where the
  // names above say the figures are one.
  const paired = new Set(out.map((r) => `${r.second.src.line}:${r.second.src.column}`));
  const firstOf = new Map<string, Printed>();
  for (const x of byPrint) {
    // a table cell prints no unit: its print is matched by number, with 万元 (a money table's unit)
    const first = firstOf.get(x.print) ?? (x.f.unit === '' ? firstOf.get(`${x.f.number}万元`) : firstOf.get(x.f.number));
    if (first && first.f.unit !== x.f.unit && first.f.unit !== '' && x.f.unit !== '') continue;
    if (!first) {
      firstOf.set(x.print, x);
      if (x.f.unit === '万元') firstOf.set(x.f.number, x);
      continue;
    }
    const at = `${x.f.src.line}:${x.f.src.column}`;
    if (x.f.src.line === first.f.src.line || paired.has(at)) continue;
    if ((x.stage === 'plan') !== (first.stage === 'plan') && x.stage !== 'none' && first.stage !== 'none') continue;
    // a budget column's cell is restated only by a figure the text calls a budget too
    if ((first.f.unit === '' && first.stage === 'plan') !== (x.f.unit === '' && x.stage === 'plan') && (first.stage === 'plan') !== (x.stage === 'plan')) continue;
    const strong = first.strong || x.strong;
    if (!alike(first.key, x.key, strong) && !((first.subject || x.subject) && alike(first.subject ?? first.key, x.subject ?? x.key, strong))) continue;
    paired.add(at);
    out.push({ name: first.key || x.key || x.print, first: first.f, second: x.f, anchored: false });
  }
  return out;
}

/** The first words of two subjects joined by 、 that share their last words (收入、支出决算总计, 收、支总计). */
const JOINT_HEAD = /^(?:收入|支出|预算|决算|收|支)/;
const JOINT_MEMBER = /^(?:收入|支出|预算|决算|收|支)$/;
/** A source of funds that qualifies a subject (财政拨款收入、支出… is of 财政拨款 both). */
const FUND_QUALIFIER = /(?:财政拨款|一般公共预算|政府性基金|国有资本经营|社会保险基金)(?:预算)?(?:财政拨款)?$/;

/**
 * The first member of a joint subject whose second member names figure q ("2023年度财政拨款收入、支出决算
 * 总计900.00万元": 收入, the qualifier before it 财政拨款), or undefined. The qualifier is the words after
 * the year before the first member, kept only when they name a source of funds.
 */
export function jointMember(s: Stretch, q: Quantity, label = clauseLabel(s, q)): { member: string; head: string; qualifier: string } | undefined {
  const text = s.c.text;
  const start = q.at - label.length;
  const head = JOINT_HEAD.exec(label);
  if (!head || start <= s.from || text[start - 1] !== '、') return undefined;
  const before = text.slice(runStart(text, start - 1, CLAUSE_MARKS, s.from), start - 1);
  const member = before.slice(-head[0].length);
  if (!JOINT_MEMBER.test(member) || member === head[0]) return undefined;
  const fund = FUND_QUALIFIER.exec(before.slice(0, before.length - member.length).replace(/^.*(?:19|20)\d{2}年度?/, ''));
  return { member, head: head[0], qualifier: fund ? fund[0] : '' };
}

/**
 * A figure's name, the qualifier of a joint subject carried to its second member: "2023年度财政拨款收入、
 * 支出决算总计900.00万元" names 财政拨款支出决算总计 (the clause after the 、 alone, 支出决算总计, is the name of
 * the unit's grand total "X局2023年度收入、支出决算总计").
 */
function jointLabel(s: Stretch, q: Quantity): string {
  const label = clauseLabel(s, q);
  const joint = jointMember(s, q, label);
  return (joint ? joint.qualifier : pairedSide(s, q, label)) + label;
}

/** One side of the accounts named bare (支出总计), and the other side with what qualifies it (财政拨款收入总计). */
const BARE_SIDE = /^(收入|支出)((?:决算)?(?:总计|合计))$/;
const QUALIFIED_SIDE = /^(.*?)(收入|支出)((?:决算)?(?:总计|合计))$/;

/**
 * "2024年度财政拨款收入总计3,092.03万元，支出总计3,092.03万元": a side of the accounts named bare right after
 * the other side named with its fund's qualifier is of that fund too (not the unit's own 支出总计).
 */
function pairedSide(s: Stretch, q: Quantity, label: string): string {
  const bare = BARE_SIDE.exec(label);
  if (!bare) return '';
  let before: Quantity | undefined;
  for (const x of s.qs) if (x.at < q.at && x.family === 'money' && x.depth === q.depth) before = x;
  if (!before) return '';
  const other = QUALIFIED_SIDE.exec(clauseLabel(s, before).replace(/[“”"「」]/g, ''));
  if (!other || other[2] === bare[1] || other[3] !== bare[2]) return '';
  const fund = FUND_QUALIFIER.exec(other[1]!.replace(/^.*(?:19|20)\d{2}年度?/, ''));
  return fund ? fund[0] : '';
}

/**
 * The name of a figure whose clause only says its stage (古树名木保护项目全年预算数860.00万元，执行数
 * 842.35万元; “三公”经费预算数…，其中…；决算数…): the sentence's subject, named at its first money
 * figure, the words of the plan set aside.
 */
function subjectBefore(s: Stretch, i: number): string {
  for (let k = 0; k < i; k++) {
    const p = s.qs[k]!;
    if (p.family !== 'money') continue;
    const label = clauseLabel(s, p);
    if (COMPARED.test(label)) return '';
    return strictKey(label).replace(/(?:全年|年初|调整后)?预算(?:数|额)?$/, '');
  }
  return '';
}

/** A table's money cells (年度资金总额 | 1,680.00 | 1,745.60 | 1,731.28): named by their row, staged by their column. */
function tableFigures(b: Block, head: readonly string[], out: Printed[]): void {
  const cells = b.normCells!;
  // the row's name: its last label before its first figure (项目类别 | 项目名称 | 决算数: the 项目名称)
  let name = '';
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!.replace(/\s+/g, '');
    if (/^[\d.,%]+$/.test(c)) break;
    if (/[\u4e00-\u9fff]/.test(c)) name = c;
  }
  if (name === '') return;
  const key = strictKey(name);
  // a total row's rate (合计 | … | 96.66%): the rate of the whole, named by its column (执行率)
  const whole = /合计|总计|资金总额|总额$/.test(name);
  let offset = 0;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!.trim();
    const number = cell.replace(/,/g, '');
    if (whole && k > 0 && /^\d{1,3}\.\d+%$/.test(cell) && /率/.test(head[k] ?? '')) {
      const column = (head[k] ?? '').replace(/[\s（(][^）)]*[）)]|%/g, '');
      const f: FigureFact = { label: column, number: number.slice(0, -1), unit: '%', family: 'pct', decimals: number.length - number.indexOf('.') - 2, src: { line: b.line, column: offset + 1, excerpt: b.text.trim() } };
      out.push({ print: cell, key: strictKey(column), stage: 'none', f, strong: true });
    }
    if (k > 0 && SIGNIFICANT.test(number) && /^\d[\d,]*\.\d+$|^\d{4,}$/.test(cell)) {
      const column = head[k] ?? '';
      // rates, scores, counts and another year's or a change's columns are not money of this year
      if (/%|率|分|人|个|上年|去年|上一年|同比|增减|变动/.test(column)) continue;
      const stage = stageOf(column) ?? 'none';
      const decimals = decimalsOf(number);
      const f: FigureFact = { label: name, number, unit: '', family: 'money', decimals, src: { line: b.line, column: offset + 1, excerpt: b.text.trim() } };
      out.push({ print: number, key, stage, f, strong: false });
    }
    offset += cells[k]!.length + 1;
  }
}

const RUNNING_COSTS = /机关运行经费(?:支出)?$/;

/** 1573.88, 2456.78, 13087642.50, 3650: a print two different figures rarely share. */
const SIGNIFICANT = /^(?:\d{2,}\.\d{2,}|\d{4,}(?:\.\d+)?)$/;

/** 9.86 (万元): two decimals, one figure only under names that end one another. */
const SMALL_PRINT = /^\d\.\d{2,}$/;
/** 97.48(%), 97.72(分): a rate or a score with decimals. */
const RATE_PRINT = /^\d{1,3}\.\d{1,}$/;

/**
 * Two names of one figure: one ends the other (学校支出 … 支出), or (unless `strong`) they end in one
 * word (…支出合计, …支出).
 */
function alike(a: string, b: string, strong = false): boolean {
  if (a === '' || b === '') return !strong && (a === b || (a + b).length <= 4);
  // 机关运行经费 is, by its definition in 部门决算, the 公用经费 of the basic spending
  a = a.replace(RUNNING_COSTS, '公用经费');
  b = b.replace(RUNNING_COSTS, '公用经费');
  if (a.endsWith(b) || b.endsWith(a)) return true;
  if (strong) return false;
  // 省级专项资金 (a row) … 省级专项资金支出
  if ((a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b))) return true;
  // one last word, not a word of totals only (收入总计 and 支出总计 are two figures)
  return a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2) && !/^(?:总计|合计|小计)$/.test(a.slice(-2));
}

/**
 * Figures the other readers found stated twice: the 三公 total of a side and its components in a sentence and in its
 * table (or in two sentences), and a form's total score in its score table's 合计 row and in the
 * text or a 自评得分 cell. One figure each; equal values are a restatement that holds, and a
 * difference is left to the checks that read the figure (not anchored).
 */
export function restatedByReaders(sangong: SangongFact, score: ScoreFact, table: ScoreTable | undefined): RestatedFact[] {
  const out: RestatedFact[] = [];
  for (const [side, name] of [['budget', '“三公”经费预算数'], ['actual', '“三公”经费决算数']] as const) {
    const first = sangong[side].total;
    if (!first) continue;
    for (const x of sangong[side].again ?? []) out.push({ name, first: amountFigure(first), second: amountFigure(x), anchored: false });
  }
  // its components too (公务接待费 in the sentence and in the table's row): one figure, and a difference a
  // conflict, where the two statements give the side's total alike (of one scope: not 财政拨款 in the
  // text and all funds in the table)
  for (const [side, stage] of [['budget', '预算数'], ['actual', '决算数']] as const) {
    const total = sangong[side].total;
    const oneScope = total !== undefined && (sangong[side].again ?? []).some((x) => x.value === total.value);
    for (const [item, again] of Object.entries(sangong[side].itemsAgain ?? {})) {
      const first = sangong[side].items[item];
      if (first === undefined || first === 'nil') continue;
      for (const x of again) out.push({ name: `${item}${stage}`, first: amountFigure(first), second: amountFigure(x), anchored: oneScope });
    }
  }
  const total = table?.total;
  const stated = score.score;
  if (total?.got !== undefined && stated && stated.src.line !== total.src.line) {
    const fig = (number: string, src: FigureFact['src']): FigureFact => ({ label: '得分', number, unit: '分', family: 'score', decimals: decimalsOf(number), src });
    out.push({ name: '自评得分', first: fig(total.got, total.src), second: fig(stated.value, stated.src), anchored: false });
  }
  return out;
}

