/**
 * The relation reader (issue 8): every stated relation between figures, in any part of the
 * document, for sentences and table rows alike — a total and its parts (其中 / 包括 / 分别为 / 按…
 * 分类 / a colon, nested 其中 in brackets or up to the next ；, a 其中 sentence after its total,
 * numbered lines after "…如下："), a change and its rate (比上年增加 X，增长 p%), a percentage and
 * its base (the enclosing total, or a figure the base names), a rate (执行率 = 执行数 ÷ 预算数), and
 * a table's 合计 row against its rows and its rate column against its budget and spent columns.
 * One grammar over the words of lexicon.ts; the figures come from quantities.ts.
 */
import type { Block } from '../read/types.js';
import type { FigureFact, RelationFact, Src } from './model.js';
import { ATTRIBUTE_LABEL, BRACKETED, BUDGET_HEAD, BUDGET_LABEL, BUDGET_PART, BY_DIMENSION, canonicalLabel, CHANGE_LABEL, CHANGE_RATE_LABEL, CHANGE_VERB, CLASS_ITEM, COMPARISON, DIMENSION_VIEW, DOWN, ECONOMIC_CLASS, FUND_BUDGET, FUND_LEVEL, isPlanLabel, isPriorLabel, labelMemo, MEASURE_FAMILY, partIntroducer, PER_UNIT, PHYSICAL_UNITS, unitAlternation, PLAN_SHARE, PRIOR_STATED, RATE_HEAD, SHARE_BASE_AFTER, RATE_WORD, RETIRED, SCORE_HEAD, SHARE, SPENT_HEAD, SPENT_LABEL, STAFF_RATE_WORD, STAGE_BASE, TOTAL_ROW, TOTAL_WORD } from './lexicon.js';
import { compact, depthAt, MARKS_BEFORE_GOT, quantities, VERSUS_AFTER, type Quantity } from './quantities.js';
import { CLAUSE_MARKS, CLAUSE_STOPS, clauseLabel, COMPARED_PRIOR, comparedWithBefore, figure, ofAnotherYear, yearOfFigure, yearOfReport, itemWords, leftUnspent, OUTSTANDING, OUTSTANDING_END, stretches, stretchSrc, type Located, type Stretch } from './stretches.js';
import { BALANCE_LABEL, balanceRelations, LEFT_LABEL, markItemRunLine, markListedLine, statedBalances, surveyRates, plannedFor, rateRelations, unreadRates } from './rates.js';
import { accountsRelations, fundRelations, hierarchyRelations, structureShares } from './hierarchy.js';
import { jointMember, stageOf, strictKey } from './restated.js';
import { SANGONG_TOPIC } from './sangong.js';
import { alignedHeader, CELL_STYLE, cellOffset, gridHeading, labelValuePairs, numberingColumns, numbersColumns, onGrid, withoutColumns, wordsOnly } from './cells.js';
import { clauseWords, cnToInt, headingNumber, isSubsequence, runStart, sharesWord } from './text.js';
import { memoised, reportMemo } from './report-memo.js';
import { overlaps, parseMoney, parsePct, percentConsistent, percentWithin, UNIT_SHIFT, type Money, type MoneyUnit } from './money.js';

/** A figure that describes the one before it (its change, share, rate, or a figure per unit): never a part. */
/** (a score named by its indicator, 预算执行率得分9.39分 or 预算执行率得9.32分, is that indicator's score: a part of the total score) */
const INDICATOR_SCORE = /(?:得分|分值|得)(?:为|是)?$/;
// (indicators named after a rate, 预算执行率指标1个, and a class of them, 预算执行类1个, are things
// counted: the name ends with 指标 or 类; and their marks, "预算执行指标10分，得9.5分", are a part of the full marks)
// (the cause said before a budget's verb is none of its words: "年中因城区新增道路保洁面积追加预算85.00万元" is an addition, no change)
const isAttribute = (q: Quantity): boolean => (q.unit === '分' ? isAttributeOfScore(q.label) : isAttributeLabel(q.label));
const attributeLabel = (label: string, score: boolean): boolean => {
  if (label.includes('因')) label = label.replace(CAUSE_BEFORE_VERB, '');
  return (ATTRIBUTE_LABEL.test(label) && !(score && INDICATOR_SCORE.test(label)) && !/(?:指标|类)各?$/.test(label)) || PER_UNIT.test(label);
};
const isAttributeLabel = labelMemo((label) => attributeLabel(label, false));
const isAttributeOfScore = labelMemo((label) => attributeLabel(label, true));
const CAUSE_BEFORE_VERB = /因[^，。；\d]*?(?=(?:追加|调增|调减|安排|下达|拨付)[^，。；\d]{0,4}$)/;

/**
 * A figure the item before it is described by, in another stage or as a difference (…支出0万元，
 * 年初预算为1.00万元，差值为1.00万元): its words name no item of their own, so it is not a part.
 */
const ITEM_FIGURE = /^(?:其)?(?:年初|全年|调整后)?(?:预算|决算|批复|执行)(?:数|额)?(?:为|是)?$|^(?:其|原)?计划(?:面积|数量?|任务|规模|长度)?(?:为|是)?$|^(?:应发|应拨付?|应付|应补助?|应兑付)(?:数|额|金额)?(?:为|是)?$|^(?:其)?(?:已|实际|累计)?(?:支出|使用|拨付|支付|到位)了?(?:数|额|金额|资金)?(?:为|是)?$|^(?:差值|差额|差异|相差|节约(?:资金)?|节余(?:资金)?)(?:为|是)?$/;
/**
 * A unit's staff right after its quota, and how far they are over or under it ("局本级核定行政编制14名，实有13人；
 * 国有林场核定事业编制40名，实有42人，超编2人"; a bare 实有 is labelled 实, its 有 read as a verb): that unit's
 * figures, not parts of the quota. (在职人员45人 beside 退休人员20人 is a part of a headcount as ever.)
 */
const STAFF_OF_QUOTA = /^(?:实有?|实际|在编|在职|在岗)(?:人员|人数)?(?:为|是)?$|^(?:超编|空编|缺编)(?:人数)?(?:为|是)?$/;
/** A stage said at the end of words that name no item: "受年度财力制约实际到位1,350.00万元". */
const STAGE_TAIL = /(?:实际|已)(?:到位|支出|拨付|使用)(?:数|额|金额)?(?:为|是)?$/;
const itemFigureLabel = labelMemo((label) => ITEM_FIGURE.test(label) || (STAGE_TAIL.test(label) && !/支出|资金|经费|补助|补贴|奖励|费|收入|项目/.test(label.replace(STAGE_TAIL, ''))));
const itemFigure = (q: Quantity): boolean => itemFigureLabel(q.label);
/**
 * How far an item has got, in words of no item of its own ("产业发展类项目9个、竣工7个"; "抽测小学生720人、合格672人"): that item's
 * figure, not one more part; unless the parts are such stages themselves ("其中已竣工7个、在建5个").
 */
const ITEM_PROGRESS = /^(?:已|已经|实际|累计|年底|年内|全部)?(?:竣工|完工|建成|开工|完成|验收|投产|投用|交付使用|交付|合格|达标|及格|通过)(?:验收)?(?:数)?(?:为|是|了)?$/;
/** What an item left: 未支出, 尚未支出, 结余, 剩余 (资金) — named by no item of its own. */
const ITEM_BALANCE = /^(?:尚)?(?:未(?:支出|执行|使用|拨付|发放)|结余|剩余)(?:资金|金额)?(?:为|是)?$/;

/**
 * The figure a line of a list gives its total: its first of the total's kind, or, when the line states
 * a plan and what was spent (年初预算为520.00万元，支出决算为515.60万元), the one of the total's stage.
 */
/** Two names of one figure: the same, or one ending with the other (本单位收入, 收入), two characters at least. */
function sameName(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a));
}

function lineFigure(s: Stretch, total: Quantity, of?: Stretch): Quantity | undefined {
  const q = s.qs.find((x) => x.family === total.family && !isAttribute(x));
  // (a total named over a level's mark right before it, "行政事业单位养老支出（款）168.32万元", has no label: its clause's words name its stage)
  const stage = labelStage(total.label) ?? (of && total.label === '' ? labelStage(clauseWords(of.c.text, total.at, of.from)) : undefined);
  if (!q || stage === undefined || labelStage(q.label) === stage || labelStage(q.label) === undefined) return q;
  return s.qs.find((x) => x.family === total.family && !isAttribute(x) && labelStage(x.label) === stage) ?? q;
}

/** The stage of a figure of a fund's account: carried (结转, 结余), income (收入), spent, a plan; undefined when none. */
function stageOfFigure(q: Quantity): string | undefined {
  return stageOfLabel(q.label);
}
const stageOfLabel = labelMemo((label) => (/结转|结余/.test(label) ? 'balance' : /收入/.test(label) ? 'income' : labelStage(label)));

/** The stage a label names: a plan (预算, 批复, 下达 …; a fund's 预算 aside), money spent (支出, 执行 …), or none. */
const labelStage = labelMemo((label: string): 'plan' | 'spent' | undefined => (isPlanLabel(label) ? 'plan' : SPENT_LABEL.test(label) ? 'spent' : undefined));

export function extractRelations(blocks: readonly Block[], year?: number): RelationFact[] {
  unreadRates();
  const out: RelationFact[] = [];
  const all: Located[] = [];
  let previous: Stretch | undefined;
  /** The sentence before a run-in heading that opened the current paragraph (runInHeading). */
  let headed: Stretch | undefined;
  /** Sentences of the paragraphs read so far, for figures a later sentence refers to. */
  const history: Stretch[] = [];
  // a list of parts on the lines (or in the sentence) after its total: "…支出5933.31万元。按支出功能分类：" /
  // "1.农林水支出…；2.…"; `inline`: opened by a sentence of its own, so the next sentence may hold the list
  // (opener: a paragraph of its own opened the list; next: its parts are the next sentence's, one paragraph)
  // (byDimension: opened by the dimension it is broken down by, 按项目划分：, which names the kind of its parts)
  let pendingList: { s: Stretch; total: Quantity; parts: Quantity[]; stretches: Stretch[]; inline?: Stretch; style?: string; partial?: boolean; opener?: true; next?: true; paused?: number; byDimension?: true } | undefined;
  // a 其中 list whose last part a sentence described at length (describedList)
  let described: { rel: RelationFact; first: Quantity; family: string; s: Stretch } | undefined;
  let listGoesOn: { rel: RelationFact; family: string } | undefined;
  let itemRun: { style?: string; next?: number } | undefined;
  // the numbered items of one part of a numbered list ("（二）…60万元。其中：" then "1、…20万元" "2、…40万元")
  let innerList: { s: Stretch; total: Quantity; parts: Quantity[]; stretches: Stretch[]; style?: string } | undefined;
  // a list set out on lines, as the sum of its total (each part found in its own line's sentence)
  const linesSum = (l: { s: Stretch; total: Quantity; parts: Quantity[]; stretches: Stretch[] }, complete: boolean): RelationFact => {
    // (parts all of one stage on the lines after "…全年预算数7,615.30万元，实际支出…，年末结余结转132.64万元。其中：" detail the figure of
    // that stage in the total's sentence, not its last figure)
    const stage = l.parts.length >= 2 ? stageOfFigure(l.parts[0]!) : undefined;
    if (stage !== undefined && l.parts.every((p) => stageOfFigure(p) === stage) && stageOfFigure(l.total) !== stage) {
      const same = l.s.qs.filter((q) => q.depth === 0 && q.family === l.total.family && !isAttribute(q) && stageOfFigure(q) === stage && addsUp(l.parts, q));
      if (same.length === 1) l = { ...l, total: same[0]! };
    }
    const tf = figure(l.s, l.total);
    return { relation: 'sum', subject: l.total.label, total: tf, parts: l.parts.map((p, i) => figure(l.stretches[i]!, p)), complete, shape: '分行列举', src: tf.src };
  };
  // lists of one part on the lines after their total (no sum; their total still names the part's whole)
  const openLists: RelationFact[] = [];
  const flushInner = (): void => {
    if (innerList && innerList.parts.length >= 2) out.push(linesSum(innerList, true));
    else if (innerList?.parts.length === 1) openLists.push(linesSum(innerList, false));
    innerList = undefined;
  };
  const flushList = (): void => {
    flushInner();
    // ("…本年支出合计9,064.83万元…。…支出总计9,279.58万元…。" then "按支出性质划分：" and the numbered parts: the
    // figure before the opener the parts add up to, when the last does not)
    // (or an opener run into a numbered heading, "3.支出进度情况。分季度看：", after a paragraph about what was left unpaid: the
    // quarters add up to the year's spending stated before it)
    if ((pendingList?.opener || pendingList?.byDimension) && pendingList.parts.length >= 2 && !addsUp(pendingList.parts, pendingList.total)) {
      const k = history.lastIndexOf(pendingList.s);
      const agreeing = k >= 0 ? agreeingWhole(pendingList.parts, { q: pendingList.total, s: pendingList.s }, history.slice(0, k), []) : undefined;
      if (agreeing) {
        pendingList.total = agreeing.q;
        pendingList.s = agreeing.s;
      }
      // (a whole found by its place alone that is smaller than one of its parts is not theirs: what they are of is not known)
      else if (pendingList.parts.some((p) => p.unit === pendingList!.total.unit && Number(p.number) > Number(pendingList!.total.number))) pendingList = undefined;
    }
    // ("…收入总计3933.02万元，支出总计3933.02万元。" / "其中：" / "（一）收入总计3933.02万元。包括：…" / "（二）支出总计…": lines that state the
    // total again, by its name and figure, detail the figures one by one; they are no parts of it)
    if (pendingList && pendingList.parts.some((p) => p.number === pendingList!.total.number && p.unit === pendingList!.total.unit && sameName(canonicalLabel(p.label), canonicalLabel(pendingList!.total.label)))) pendingList = undefined;
    // (a list whose last line breaks off, "(3)教育支出236677万元，占调" and no more, is open: what it left out is unknown)
    if (pendingList && pendingList.parts.length >= 2) out.push(linesSum(pendingList, pendingList.partial !== true && !brokenOff(pendingList.stretches[pendingList.stretches.length - 1]!)));
    else if (pendingList?.parts.length === 1) openLists.push(linesSum(pendingList, false));
    pendingList = undefined;
    described = undefined;
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (block.kind === 'row') {
      flushList();
      if (block.row === 0) out.push(...tableRelations(blocks, bi));
      previous = undefined;
      continue;
    }
    if (block.style === CELL_STYLE) {
      // a cell's sentence stands alone: no list or 其中 runs into it or out of it
      flushList();
      previous = undefined;
    }
    const ss = stretches(block);
    if (ss.length === 0) {
      // a paragraph without figures ends a numbered list and is the "sentence before" of nothing
      // ("（二）结构情况" after a paragraph of one figure: the numbered lines after it are that figure's parts)
      // (unless it remarks on the items before it, between two numbered items: "7.…" then "上述两项略低于预算，主要是…" then "8.…";
      // the list goes on, for two such lines at most)
      if (pendingList && pendingList.style !== undefined && pendingList.style !== 'none' && pendingList.parts.length > 0 && (pendingList.paused ?? 0) < 2 && REMARK_LINE.test(block.norm.trim())) {
        pendingList.paused = (pendingList.paused ?? 0) + 1;
        previous = undefined;
        continue;
      }
      if (block.norm.trim() !== '') {
        flushList();
        // (one that ends with a colon opens numbered lines that are each an item, "上级资金共分五批下达：" then "（1）…下达
        // 中央衔接资金800.00万元；": no line of them states a whole plan)
        itemRun = /[：:]\s*$/.test(block.norm) ? {} : undefined;
        // (its last sentence opens the list: "3.按区域分。全年支出按救助对象户籍所在区统计如下：")
        const norm = block.norm.trim();
        const trimmed = norm.endsWith('。') ? norm.slice(0, -1) : norm;
        const opens = LIST_OPENER.test(norm) || LIST_OPENER.test(trimmed.slice(trimmed.lastIndexOf('。') + 1));
        const total = previous && opens ? openerTotal(previous, norm, out, history, true) : undefined;
        if (total) pendingList = { s: total.s, total: total.q, parts: [], stretches: [], opener: true };
        else {
          // "一般公共预算财政拨款支出决算具体情况如下：": a paragraph of its own that names the figure whose parts follow
          const named = namedOpener(block.norm.trim(), history);
          if (named) pendingList = { s: named.s, total: named.q, parts: [], stretches: [] };
        }
        previous = undefined;
      }
      continue;
    }
    if (itemRun) {
      const n = headingNumber(ss[0]!.c.text);
      if (n.style !== 'none' && n.number !== undefined && (itemRun.style === undefined ? n.number === 1 : n.style === itemRun.style && n.number === itemRun.next)) {
        markListedLine(ss[0]!);
        for (const x of ss) markItemRunLine(x);
        itemRun = { style: n.style, next: n.number + 1 };
      } else itemRun = undefined;
    }
    // the next line of a list of parts whose line ended with ；: its one part of the list's kind goes on with it
    if (listGoesOn) {
      const go = listGoesOn;
      listGoesOn = undefined;
      const first = ss[0]!;
      const q = first.qs.find((x) => x.family === go.family && !isAttribute(x));
      // (or its parts, one a clause: "…工资福利支出912.64万元，占18.92%；商品和服务支出486.27万元，占10.08%；" then
      // "对个人和家庭的补助145.65万元，占3.02%；资本性支出3,278.59万元，占67.98%。")
      const several = q && first.qs.length > 0 && headingNumber(first.c.text).style === 'none' && !linePart(first, q, go.family, undefined) ? partsByClause(first, go.family) : undefined;
      const adding = (several ?? (q ? [q] : [])).filter((x) => !go.rel.parts!.some((p) => p.src.line === first.line && p.src.column === figure(first, x).src.column));
      if (q && adding.length > 0 && first.qs.length > 0 && headingNumber(first.c.text).style === 'none' && (several || linePart(first, q, go.family, undefined))) {
        for (const x of adding) go.rel.parts!.push(figure(first, x));
        markListedLine(first);
        if (/；\s*$/.test(block.norm)) listGoesOn = go;
      }
    }
    // numbered lines after "…如下：": each line's first figure of the total's family is a part
    if (pendingList) {
      // "1.农林水支出…": the number may stand as a sentence of its own ("1。" once normalised)
      // the lines go on in one style, 1, 2, 3 …: "（二）政府性基金…" after "5.城乡社区支出…" is not a part
      const n = headingNumber(ss[0]!.c.text);
      // ("（3）按支出单位分：局机关支出…" after "（1）基本支出…" and "（2）项目支出…": a breakdown by another dimension is no next part)
      const numbered = n.style !== 'none' && (pendingList.style === undefined ? n.number === 1 : n.style === pendingList.style && n.number === pendingList.parts.length + 1) && !(pendingList.parts.length > 0 && BY_DIMENSION_LINE.test(ss[0]!.c.text.slice(n.length)));
      const first = ss.find((x) => x.qs.length > 0)!;
      const q = lineFigure(first, pendingList.total, pendingList.s);
      let innerQ: Quantity | undefined;
      // "（二）按功能分类情况" then one paragraph "城乡社区支出…，占…；一般公共服务支出…，占…；…": the parts in
      // one sentence, read as a sentence after its opener is (below)
      if (pendingList.opener && pendingList.parts.length === 0 && n.style === 'none' && inlineParts(first, pendingList.total)) pendingList.next = true;
      else if (numbered && q) {
        flushInner();
        pendingList.paused = undefined;
        pendingList.style = n.style;
        pendingList.parts.push(q);
        pendingList.stretches.push(first);
        // (each numbered line is one item of the list: its rate is of its own plan, "…。其中：" then "1.禁牧补助支出937.50万元，
        // …，执行率100%；", not of the whole plan)
        markListedLine(first);
        // a part that ends in 其中：: its own items follow on the lines below, a level down
        if (/其中[：:]\s*$/.test(block.norm)) innerList = { s: first, total: q, parts: [], stretches: [] };
      } else if (pendingList.style === 'none' && innerList && n.style !== 'none') {
        // ("…基本支出986.35万元，其中：" / "人员经费862.47万元，…，包括：" / "（1）工资福利支出…" / "（2）…" / "公用经费123.88万元…":
        // numbered lines under an unnumbered part that ends with its introducer are that part's items; the list goes on)
        const item = first.qs.find((x) => x.family === innerList!.total.family && !isAttribute(x));
        if (item && n.number === innerList.parts.length + 1 && (innerList.style === undefined || innerList.style === n.style)) {
          innerList.style = n.style;
          innerList.parts.push(item);
          innerList.stretches.push(first);
        } else flushList();
      } else if (pendingList.style !== undefined && pendingList.style !== 'none' && deeper(n.style, pendingList.style)) {
        // "（二）公务用车购置及运行费…。其中：" then "1、公务用车购置费…" "2、…": the items of a part, a level
        // below the list's; the list goes on after them ("（三）公务接待费…"), and they are that part's list
        const item = innerList && first.qs.find((x) => x.family === innerList!.total.family && !isAttribute(x));
        if (innerList && item && n.number === innerList.parts.length + 1 && (innerList.style === undefined || innerList.style === n.style)) {
          innerList.style = n.style;
          innerList.parts.push(item);
          innerList.stretches.push(first);
        } else flushInner();
      } else if (n.style === 'none' && innerList && pendingList.style !== undefined && pendingList.style !== 'none' && (innerList.style ?? 'none') === 'none' && (innerQ = first.qs.find((x) => x.family === innerList!.total.family && !isAttribute(x))) && linePart(first, innerQ, innerList.total.family, innerList.parts[0])) {
        // ("（2）农村人居环境整治资金312.46万元，…，其中：" then "生活垃圾清运费186.20万元；" "村屯绿化补植费58.46万元；" … before
        // "（3）…": unnumbered lines, each opening with one item, are the numbered part's own list; the numbered list goes on)
        innerList.style = 'none';
        innerList.parts.push(innerQ);
        innerList.stretches.push(first);
      } else if (n.style === 'none' && (pendingList.style ?? 'none') === 'none' && q && !RUNNING_TOTAL.test(clauseLabel(first, q)) && linePart(first, q, pendingList.total.family, kindGiven(pendingList) ? undefined : pendingList.parts[0])) {
        // "…基本支出911000.39元，其中：" then "人员经费809961.19元，主要包括：…。" and "公用经费71339.20元，…":
        // unnumbered lines, each opening with one part of the same kind
        flushInner();
        pendingList.style = 'none';
        pendingList.parts.push(q);
        pendingList.stretches.push(first);
        if (/(?:其中|包括|具体包括|主要包括)[：:]\s*$/.test(block.norm)) innerList = { s: first, total: q, parts: [], stretches: [] };
        // (under a line of its own that opens the list, 分资金来源看：, each line is one item: its rate is of its own plan)
        if (pendingList.opener) markListedLine(first);
      } else if (n.style === 'none' && pendingList.style === 'none' && pendingList.parts.length > 0 && siblingsOnLine(first, pendingList.total.family, pendingList.parts[0]!)) {
        // ("经营收入0万元，附属单位上缴收入0万元；" between lines of one part each: a line of two parts of the same kind)
        for (const x of siblingsOnLine(first, pendingList.total.family, pendingList.parts[0]!)!) {
          pendingList.parts.push(x);
          pendingList.stretches.push(first);
        }
      } else {
        // (a line that still opens with a figure of the list's kind but is not read as its next part, "幼儿园5所：…"
        // after "高级中学3所：…" and "初级中学12所：…", leaves the list's end unknown: its parts need not make the
        // whole; not the items of a part whose line opened them, "公用经费…，主要包括：" then "办公费…；")
        const last = pendingList.stretches[pendingList.stretches.length - 1];
        // (a line numbered in another style, not deeper, is a heading of the level above the list's: the list ended,
        // "（6）…58.00万元，主要用于…。" then "3.按功能分类。灾害防治及应急管理支出…")
        const above = n.style !== 'none' && pendingList.style !== undefined && pendingList.style !== 'none' && n.style !== pendingList.style;
        // ("（1）基本支出…。其中：人员经费…；公用经费…。" then "人员经费中，工资福利支出…" and "公用经费中，办公费…" before
        // "（2）项目支出…": unnumbered lines that detail the numbered part before them leave the numbered list open, for
        // two lines at most, until its next number)
        const detailing = n.style === 'none' && pendingList.style !== undefined && pendingList.style !== 'none' && last !== undefined && (pendingList.paused ?? 0) < 2 && DETAIL_LINE.test(first.c.text.slice(first.from, first.to));
        if (detailing) pendingList.paused = (pendingList.paused ?? 0) + 1;
        else {
          if (last && q && q.depth === 0 && !above && lineWords(first, q) !== undefined && !/[：:]\s*$/.test(last.c.text.slice(last.from, last.to))) pendingList.partial = true;
          if (!pendingList.inline || pendingList.parts.length > 0) flushList();
        }
      }
    }
    for (let si = 0; si < ss.length; si++) {
      const s = ss[si]!;
      for (const q of s.qs) all.push({ q, s });
      if (((pendingList?.inline && pendingList.inline !== s) || pendingList?.next) && pendingList.parts.length === 0 && s.qs.length > 0) {
        // "（二）按功能科目分类。文化旅游体育与传媒支出…，占…；社会保障和就业支出…": the sentence after the opener
        // ("（二）结构情况。一般公共预算财政拨款支出按功能分类的构成为：…": the list names its whole itself)
        const named = leadNamed(s, [...history, ...ss.slice(0, si)]);
        let { total, s: of } = named ? { total: named.q, s: named.s } : pendingList;
        const parts = s.qs[0]!.depth === 0 && !TOTAL_WORD.test(s.qs[0]!.label) ? collectParts(s, s.from, total.family, 0, new Set(), out, total, true) : [];
        // ("…年末未执行资金共55.07万元。" then "（三）支出结构" and "按支出性质划分，基本支出…；项目支出…": the figure a few
        // sentences back the parts add up to, when the last does not, is the one they detail)
        if (!named && parts.length >= 2 && !addsUp(parts, total)) ({ q: total, s: of } = agreeingWhole(parts, { q: total, s: of }, history, ss.slice(0, si)) ?? { q: total, s: of });
        if (parts.length >= 2) {
          out.push(sumRelation(of, total, s, parts, true, '分类说明后列举'));
          // (a line of parts that ends with ；, "…其中：" / "中央资金和省级资金…到位150.00万元和88.00万元；" / "县级配套资金…到位
          // 30.00万元，…。": the list goes on on the next line)
          if (s === ss[ss.length - 1] && /；\s*$/.test(block.norm)) listGoesOn = { rel: out[out.length - 1]!, family: total.family };
        }
        pendingList = undefined;
      }
      // "其中：人员经费809961.19元，主要包括：工资、津贴。公用经费71339.20元，主要包括：…。": a part
      // described at length ends its sentence; the next one opening with a part of the same kind
      // goes on with the list
      // (a line already read as the next part of a list on lines goes on with that list, not with the list of
      // the part before it: "…其中：" / "财政拨款收入X。具体包括：一般公共预算收入A，占…；…" / "其他收入Y，占…")
      const lineOfList = pendingList?.stretches.includes(s) === true;
      if (described && described.s !== s && lineOfList) described = undefined;
      if (described && described.s !== s) {
        const next = describedPart(s, described.first, described.family);
        if (next) {
          described.rel.parts!.push(figure(s, next));
          described.rel.complete = true;
        }
        described = next ? { ...described, s } : undefined;
        if (described && !DESCRIBES.test(s.c.text.slice(next!.end, s.to))) described = undefined;
      }
      const before = out.length;
      // (a sentence that only states the change of the figure before is no whole of a 其中 after it)
      // ("执行数比上年的12,604.27万元增加514.37万元，增长4.08%。": figures that are all the prior year's, a
      // change or a rate say something of the one figure of the sentence before, which stays the whole)
      const changeOnly = openingChange(s, previous, out) || (previous !== undefined && attributesOnly(s) && soleFigure(previous) !== undefined);
      if (previous && !lineOfList) moreAfterList(previous, s, out);
      sentenceRelations(s, previous, out, ss, si, history, headed);
      if (!described) described = describedList(s, out, before);
      // (a 其中 list that ends its paragraph with ；, its parts short of its total: the list goes on on the next line; a list
      // of the line before's figure, not of a figure that opens its own line as an item of another list: "社会保障和就业支出
      // 15,980.12万元，占84.40%，其中…；" then "卫生健康支出486.35万元，…；" goes on with the list by function)
      if (s === ss[ss.length - 1] && /；\s*$/.test(block.norm) && !listGoesOn) {
        const rel = out.slice(before).find((r) => r.relation === 'sum' && (r.shape === '其中' || r.shape === '其中（另句）') && r.parts!.length > 0 && r.parts!.at(-1)!.src.line === s.line && r.total!.src.line < s.line && r.parts!.every((p) => p.unit === r.total!.unit) && hundredths(r.parts!.map((p) => p.number)) < hundredths([r.total!.number]));
        // (unless its last part is described at length: describedList goes on with it)
        if (rel && described?.rel !== rel) listGoesOn = { rel, family: rel.total!.family };
      }
      const last = lastOf(s);
      const tail = s.c.text.slice(last ? last.end : s.from, s.to);
      if (!pendingList) {
        // (…主要用于： may list the main uses only: the parts need not make the whole)
        // ("…10000万元，占调整预算100.0%，具体完成情况：": the figure's share or change stands between)
        // ("…资金2,436.82万元（按常住人口…测算），其中：": a note in brackets between)
        // ("…总投资1086.50万元，全部为财政资金，按来源和层级分：": a clause of words before a breakdown by a dimension)
        const lead = tail.replace(BRACKETED, '').replace(FIGURE_CLAUSES, '');
        // (not a difference between two figures, "决算数大于年初预算数4,784.27万元，…。其中：" then the classes' own budgets and
        // spending: the lines detail the figures, not the difference)
        if (last && !DIFFERENCE_LABEL.test(last.label) && (LIST_TAIL.test(lead) || LIST_TAIL.test(lead.replace(/^(?:，[^，。；：\d]{2,20})+(?=，按[^，。；：\d]{1,10}?分)/, '')))) pendingList = { s, total: last, parts: [], stretches: [], ...(/主要/.test(tail) ? { partial: true } : {}), ...(DIMENSION_TAIL.test(lead) ? { byDimension: true as const } : {}) };
        else if (!s.qs.some((q) => q.family !== 'pct') && previous && LIST_OPENER.test(tail)) {
          const total = openerTotal(previous, tail, out, [...history, ...ss.slice(0, si)]);
          // (an opener naming its whole before 中：, "基本支出中：", only of a figure so named: "增加部分中：" names none)
          const among = OPENER_AMONG.exec(tail.replace(/\s/g, ''))?.[1];
          const namedSo = among === undefined || (total !== undefined && canonicalLabel(clauseLabel(total.s, total.q)).endsWith(among));
          // (a sentence of its own naming the dimension, "…5,212.26万元，占…。按项目分：", names the kind of the parts as 按项目分： after
          // the figure does)
          if (total && namedSo && !DIFFERENCE_LABEL.test(total.q.label)) pendingList = { s: total.s, total: total.q, parts: [], stretches: [], inline: s, ...(DIMENSION_TAIL.test(tail.trim()) ? { byDimension: true as const } : {}) };
        } else if (s.qs.length === 0 && /(?:如下|包括|分别为|具体为|构成为)[：:]\s*$/.test(tail)) {
          // "…，下达县（区）2,800.00万元，…。下达各县（区）的资金如下：" then its lines: the figure the opener names
          // (or "…项目实际支出1209.00万元，预算执行率93.98%。实际支出包括：": the one so named at more length; 主要包括： lists the main ones only)
          const named = namedOpener(tail.trim(), [...history, ...ss.slice(0, si)]);
          if (named) pendingList = { s: named.s, total: named.q, parts: [], stretches: [], inline: s, ...(/主要/.test(tail) ? { partial: true } : {}) };
        }
      }
      if (!changeOnly) {
        // "（三）资金使用。按支出经济分类：…": a run-in heading opens its paragraph; a breakdown after it
        // details the figure spent in the paragraph before
        headed = si === 0 && s.qs.length === 0 && ss.length > 1 && runInHeading(s) ? previous : undefined;
        previous = s;
      }
    }
    if (block.style === CELL_STYLE) {
      flushList();
      previous = undefined;
    }
    history.push(...ss);
    if (history.length > HISTORY) history.splice(0, history.length - HISTORY);
  }
  flushList();
  // the hierarchy first: a share of a part names its whole (占支出合计的)
  hierarchyRelations(out, all);
  fundRelations(out, all);
  accountsRelations(out, all);
  structureShares(out, all);
  resolveNamedBases(out, all, openLists, year);
  lineListBases(out);
  outerBases(out);
  balanceRelations(out, all);
  statedBalances(out, all);
  surveyRates(blocks, out);
  formChanges(blocks, all, out);
  // (a change read with this year's figure too states its rate once: the rate of the change and the figure compared
  // with alone, read first, is dropped)
  const rated = new Set<string>();
  for (const r of out) if (r.relation === 'change' && r.rate) rated.add(`${r.rate.src.line}:${r.rate.src.column}`);
  return rated.size === 0 ? out : out.filter((r) => r.shape !== PRIOR_STATED || !rated.has(`${r.rate!.src.line}:${r.rate!.src.column}`));
}

/** "全年预算数比年初预算数增加65.60万元": a change between two columns of a form, named by their heads, the change alone in figures. */
const FORM_CHANGE = /(?:^|[，。；：、])(全年预算数?|调整后预算数?|全年执行数?)(?:比|较)(年初预算数?|全年预算数?)(?:增加|追加|调增|减少|调减)了?$/;
/** A form's row of all its funds. */
const FUNDS_ROW = /^(?:年度)?资金总额(?:（[^）]*）)?$/;

/**
 * A sentence that states how two columns of the form's funds row differ (全年预算数比年初预算数增加65.60万元)
 * is a change of that row's figures: the form's one 年度资金总额 row, under heads that name both columns
 * (年初预算数 | 全年预算数 | 全年执行数), in the unit its heading names; a row of zeros states nothing.
 */
function formChanges(blocks: readonly Block[], all: readonly Located[], out: RelationFact[]): void {
  let funds: { b: Block; head: string[] } | undefined;
  let head: { cells: string[]; table: number | undefined } | undefined;
  let n = 0;
  for (const b of blocks) {
    if (b.kind !== 'row') continue;
    const cells = (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
    if (cells.some((c) => /^年初预算数?$/.test(c)) && cells.some((c) => /^全年预算数?$/.test(c))) head = { cells, table: b.table };
    else if (head && head.table === b.table && FUNDS_ROW.test(cells[0] ?? '')) {
      funds = { b, head: head.cells };
      n++;
    }
  }
  if (!funds || n !== 1) return;
  const unit = tableUnit(funds.head[0] ?? '') || tableUnit(funds.head.join(''));
  if (!unit) return;
  const { b } = funds;
  const columnOf = (name: string): number => funds!.head.findIndex((h) => h.replace(/（[^）]*）$/, '').replace(/数$/, '') === name.replace(/数$/, ''));
  for (const { q, s } of all) {
    if (q.family !== 'money' || q.depth !== 0) continue;
    const m = FORM_CHANGE.exec(s.c.text.slice(Math.max(s.from, q.at - 24), q.at));
    if (!m) continue;
    const [a, z] = [columnOf(m[1]!), columnOf(m[2]!)];
    if (a < 1 || z < 1 || a === z) continue;
    const current = cellFigure(b, a, `${(b.normCells ?? [])[0]!.trim()}·${funds.head[a]}`, unit, false);
    const prior = cellFigure(b, z, `${(b.normCells ?? [])[0]!.trim()}·${funds.head[z]}`, unit, false);
    if (!current || !prior || current.family !== 'money' || prior.family !== 'money' || (Number(current.number) === 0 && Number(prior.number) === 0)) continue;
    const change = figure(s, q);
    const down = /减少|调减/.test(m[0]);
    out.push({ relation: 'change', subject: current.label, current, prior, change, direction: down ? 'down' : 'up', ...(/年初/.test(m[2]!) ? { versusStart: true } : { versusPlan: true }), src: change.src });
  }
}

/**
 * "…支出5318.94万元。按支出功能分类：" then "（一）文化旅游体育与传媒支出4412.36万元，占82.96%" …: a share
 * that names no base, on a line of a list set out on lines, is of that list's total (read after its
 * lines, so after the share).
 */
function lineListBases(out: RelationFact[]): void {
  const totals = new Map<string, FigureFact>();
  for (const r of out) {
    if (r.relation !== 'sum' || r.shape !== '分行列举') continue;
    for (const p of r.parts!) totals.set(`${p.src.line}:${p.src.column}`, r.total!);
  }
  if (totals.size === 0) return;
  for (const r of out) {
    if (r.relation !== 'share' || r.base || r.baseName || !r.part) continue;
    const total = totals.get(`${r.part.src.line}:${r.part.src.column}`);
    if (total) r.base = total;
  }
}

/** The words naming a figure, across the colon of a form's cell (其中：一般公共预算：1500万元 → 一般公共预算). */
function nameBefore(st: Stretch, q: Quantity): string {
  return st.c.text.slice(Math.max(st.from, q.at - 16), q.at).replace(/[：:]+$/, '').split(/[，。；：:]/).pop()!;
}

/**
 * "省级资金124.23万元，为甲村道路建设25万元，乙村…0.71万元…": 为 opens the parts of the figure when the
 * next figure, of its kind and named, follows in the clause after it (not 为上年的120%, 为年初预算数…的…);
 * the parts may be only some: only a sum above the total is wrong.
 */
function consistsOf(s: Stretch, i: number, after: string): { length: number; complete: boolean } | null {
  if (!after.startsWith('，为')) return null;
  const q = s.qs[i]!;
  const next = s.qs[i + 1];
  if (!next || next.family !== q.family || next.depth !== q.depth || isAttribute(next) || itemFigure(next)) return null;
  // (the words after 为 as `after` holds them: it may start past a measure-word bracket skipped after the figure)
  const words = s.c.text.slice(s.to - after.length + 2, next.at);
  // "等级为“优”的4个，为“良”的8个": 为…的 names a class beside the figure's own (a tally), no part of it
  if (words.endsWith('的') || /为[^，。；：:]*$/.test(s.c.text.slice(Math.max(s.from, q.at - 16), q.at))) return null;
  // ("完成农村户厕整改1,086户，为年度目标1,200户的90.5%": a target it is measured by, the base of a rate)
  if (/^的\s*\d+(?:\.\d+)?\s*%/.test(s.c.text.slice(next.end, next.end + 10))) return null;
  return words.length >= 2 && /^[\u4e00-\u9fff“”]+$/.test(words) && !TOTAL_WORD.test(words) && !/预算|上年|去年|同期|目标|计划|任务/.test(words) ? { length: 2, complete: false } : null;
}

/**
 * "…支出135.04亿元，其中，教育支出29.23亿元，同比增长6%；社会保障…支出27.07亿元，同比增长5%；…": a list
 * opened without a colon whose every part states its own change names the main items (a budget
 * execution report's), not all of them: only a sum above the total is wrong.
 */
function majorItems(s: Stretch, from: number, parts: readonly Quantity[]): boolean {
  if (parts.length < 2 || s.c.text.slice(from - 2, from).includes('：')) return false;
  return parts.every((p, k) => /同比|比上年|较上年|增长|下降/.test(s.c.text.slice(p.end, parts[k + 1]?.at ?? s.to)));
}

/**
 * Whether the parts' own shares of the whole, stated after them one for each, add up to well under 100% (under 90%)
 * ("其中药品费6,834.12万元、卫生材料费4,526.80万元，两项分别占商品和服务支出的45.68%和30.25%"): the list names some parts only.
 */
function sharesShort(s: Stretch, from: number, parts: readonly Quantity[]): boolean {
  if (parts.length < 2) return false;
  const pcts = s.qs.filter((q) => q.family === 'pct' && q.at > parts[0]!.at && q.depth === 0);
  if (pcts.length !== parts.length || !s.c.text.slice(from, s.to).includes('占')) return false;
  // (well under: a list whose one wrong part its share follows, 300万元 60% and 190万元 38% of 500万元, falls only a little short)
  return pcts.reduce((a, q) => a + Number(q.number), 0) < 90;
}

/**
 * "在职职工中，卫生专业技术人员546名，占在职职工总数的86.12%；具有副高级及以上职称的98名，占15.46%": parts whose own shares each
 * agree with the whole and come to over 100% together overlap, counted by two measures (a profession, a title); they are no
 * parts of one sum. (A wrong part or a wrong share leaves its own share disagreeing: the sum is read and fails.)
 */
function sharesOver(s: Stretch, parts: readonly Quantity[], total: Quantity): boolean {
  if (parts.length < 2 || Number(total.number) <= 0) return false;
  const last = parts[parts.length - 1]!;
  const pcts = s.qs.filter((q) => q.family === 'pct' && q.at > parts[0]!.at && q.depth === 0 && q.at < last.end + 24);
  if (pcts.length !== parts.length || !s.c.text.slice(parts[0]!.end, s.to).includes('占')) return false;
  if (pcts.reduce((a, q) => a + Number(q.number), 0) <= 100.5) return false;
  return parts.every((p, k) => p.unit === total.unit && Math.abs((Number(p.number) / Number(total.number)) * 100 - Number(pcts[k]!.number)) <= 0.5 * 10 ** -pcts[k]!.decimals + 1e-9);
}

/**
 * "对个人和家庭的补助35,317.62万元，占14.00%。其中退休费21,406.30万元，助学金1,286.45万元。": a bare 其中 whose
 * items come to well under the whole (under four fifths of it) names some of its parts, not all: only a sum
 * above the whole is wrong. (A wrong figure in a list of all the parts, 333.15 for 323.15, leaves the sum near the
 * whole; a list that says it is whole, 其中：, 分别为, 由…组成, 按…分, is read as whole, as majorItems reads it.)
 */
function farShort(s: Stretch, lead: string, parts: readonly Quantity[], total: Quantity): boolean {
  // (or a bracket of 其中, "中央及省级转移支付资金2356.20万元（其中：高标准农田建设补助1480.00万元，动物防疫补助326.40万元）", a note of the main ones)
  // (or 其中： with its colon, where the items come to under three fifths of the whole and what is missing is no misprint of one
  // digit: "年中追加1,392.35万元，其中：中央…资金620.00万元，省级…资金85.00万元" names the main sources, not all)
  const colon = /^[，。,]?其中[：:]$/.test(lead);
  if (parts.length < 2 || !(colon || /^(?:[，。,]?其中，?|（其中[：:，]?)$/.test(lead)) || total.family === 'pct' || parts.some((p) => p.unit !== total.unit)) return false;
  if (colon) {
    const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
    const scale = 10 ** decimals;
    const sum = parts.reduce((a, p) => a + Math.round(Number(p.number) * scale), 0);
    const whole = Math.round(Number(total.number) * scale);
    if (!(sum < 0.6 * whole) || oneDigitApart(whole - sum)) return false;
  }
  // (not when the list goes on with a figure of its kind not taken as a part: "…、合同制人员254人、退休人员186人" named all)
  const last = parts[parts.length - 1]!;
  const stop = s.c.text.slice(last.end, s.to).search(/[；。]/);
  const end = stop < 0 ? s.to : last.end + stop;
  if (s.qs.some((q) => q.at > last.end && q.at < end && q.unit === total.unit && q.depth === last.depth)) return false;
  return parts.reduce((a, p) => a + Number(p.number), 0) < 0.8 * Number(total.number);
}

/** Whether a difference (in the figures' last decimal place) is what a misprint of one digit makes: k × 10^n, k from 1 to 9. */
function oneDigitApart(diff: number): boolean {
  if (diff <= 0) return false;
  while (diff % 10 === 0) diff /= 10;
  return diff <= 9;
}

/** A line that breaks off: no closing mark, and its last clause a word with no figure ("…，占调"). */
function brokenOff(s: Stretch): boolean {
  const text = s.c.text;
  const lastClause = text.split(/[，。；：、]/).pop()!;
  return !CLOSED_END.test(text) && /[\u4e00-\u9fff]/.test(lastClause) && !/\d/.test(lastClause);
}

/** The figure's own share and change clauses after it (，占调整预算100.0%，同比增长5%). */
// (and a change from last year: "本年收入合计3754.21万元，比上年增加191.81万元，增长5.38%，其中：")
const FIGURE_CLAUSES = /^(?:，(?:[^，。；：\d]{0,16}\d+(?:\.\d+)?%|(?:比|较|同比)[^，。；：\d]{0,12}(?:增加|减少|增长|下降|上升|降低)了?\d+(?:\.\d+)?(?:亿元|万元|千元|元)))+/;

/** A grade of an evaluation, as a tally names it: 为“优”的 / 良的 / 优秀等次 / 评为良好的 / A级. */
const GRADE_CLASS = /(?:为|是|评为|评定为|等级为|等次为)?[“"]?(?:优秀?|良好?|中等?|合格|不合格|较好|一般|较差|差|[A-D]级?)[”"]?(?:等级|等次|档次|档)?(?:的)?(?:项目|单位)?(?:计|共|有)?$/;

/**
 * "对12个重点项目开展了绩效评价，评价等级为“优”的4个，为“良”的8个": the figure's items tallied by grade
 * in the clauses after it, each count right after its grade, nothing else counted between them. The
 * grades listed may be only some (a grade of none is not written): only a tally above the figure is wrong.
 */
function gradeTally(s: Stretch, i: number): Quantity[] | null {
  const q = s.qs[i]!;
  if (q.family === 'money' || q.family === 'pct' || q.approx) return null;
  // a count that is itself one grade's ("优的20个，良的5个"): the grades after it are its siblings
  if (GRADE_CLASS.test(clauseBefore(s.c.text, q.at))) return null;
  const parts: Quantity[] = [];
  let from = q.end;
  for (let j = i + 1; j < s.qs.length; j++) {
    const p = s.qs[j]!;
    const words = s.c.text.slice(from, p.at);
    if (p.unit !== q.unit || p.depth !== q.depth || !GRADE_CLASS.test(words)) break;
    // the first grade is in a later clause than the figure; the next ones follow clause by clause
    if (parts.length === 0 ? !/[，,]/.test(words) : !/^[，、；]/.test(words)) break;
    parts.push(p);
    from = p.end;
  }
  return parts.length >= 2 ? parts : null;
}

/** A grade a count of items is given: 一等 … 四等, 优秀 / 良好 / 中 / 差, 合格, A–D 级. */
const GRADE_WORD = '(?:[一二三四五]等|[一二三四五]档|优秀?|良好?|中等?|合格|不合格|较好|一般|较差|差|[A-D]级?)';
/** After a count, its items given a grade: "18个|项目评为一等", "3家|单位被评定为“良”". */
const COUNT_GRADED = new RegExp(`^([\\u4e00-\\u9fff]{1,4}?)(?:被)?(?:评为|评定为|评价为|等级为|等次为|为)[“"]?(${GRADE_WORD})[”"]?`);
/** The lowest grade of each scale: a tally that names it has gone down the whole scale. */
const LOWEST_GRADE = /^(?:四等|五等|四档|五档|差|较差|不合格|D级?)$/;

/**
 * "实施项目21个，项目支出总额656.93万元。所有项目均开展了绩效自评：18个项目评为一等，涉及资金601.45万元，
 * …；3个项目评为二等，涉及资金55.48万元，…；0个项目评为三等，…": counts of one noun, each given a
 * grade at the head of its clause, tally the count of that noun stated before them (in the sentence before
 * the clauses, or the sentence before); the money each grade's clause states tallies that sentence's one
 * sum of money. Complete only when the tally goes down to its scale's lowest grade (四等, 差, 不合格);
 * else only a tally above its total is wrong.
 */
function gradeClauses(s: Stretch, previous: Stretch | undefined, used: Set<Quantity>, out: RelationFact[]): void {
  const text = s.c.text;
  const counts: Quantity[] = [];
  const grades: string[] = [];
  let noun: string | undefined;
  for (const q of s.qs) {
    if (q.at < s.from || q.depth !== 0 || q.family === 'money' || q.family === 'pct' || q.approx) continue;
    const m = COUNT_GRADED.exec(text.slice(q.end, s.to));
    if (!m) continue;
    // (one noun, one measure word; each grade's clause opens a clause of its own)
    if ((noun !== undefined && m[1] !== noun) || (counts.length > 0 && q.unit !== counts[0]!.unit)) return;
    if (q.at > s.from && !'：；，。'.includes(text.charAt(q.at - 1))) return;
    noun = m[1];
    counts.push(q);
    grades.push(m[2]!);
  }
  if (counts.length < 2 || noun === undefined || new Set(grades).size !== grades.length) return;
  const complete = LOWEST_GRADE.test(grades[grades.length - 1]!);
  // the stated whole: figures before the first grade in this sentence, else the sentence before
  const first = counts[0]!;
  const before = s.qs.filter((q) => q.at >= s.from && q.at < first.at && q.depth === 0 && q.family !== 'pct' && !isAttribute(q));
  const holder = before.length > 0 ? s : previous;
  if (!holder) return;
  const figures = holder === s ? before : holder.qs.filter((q) => q.depth === 0 && q.family !== 'pct' && !isAttribute(q));
  // the count: one of the noun and measure word, named by the noun (项目21个, 实施项目共21个, 共21个项目)
  const named = figures.filter((q) => q.unit === first.unit && (q.label.endsWith(noun!) || holder.c.text.slice(q.end, q.end + noun!.length) === noun));
  if (named.length !== 1) return;
  for (const q of counts) used.add(q);
  out.push(sumRelation(holder, named[0]!, s, counts, complete, '等级分布', noun));
  // the money each grade's clause states (涉及资金601.45万元), one a grade, against the one sum of money stated
  const money = figures.filter((q) => q.family === 'money');
  if (money.length !== 1) return;
  const amounts: Quantity[] = [];
  counts.forEach((c, k) => {
    const end = counts[k + 1]?.at ?? s.to;
    const a = s.qs.find((q) => q.at > c.end && q.at < end && q.depth === 0 && q.family === 'money' && !isAttribute(q));
    if (a) amounts.push(a);
  });
  if (amounts.length !== counts.length) return;
  for (const q of amounts) used.add(q);
  out.push(sumRelation(holder, money[0]!, s, amounts, complete, '等级分布', money[0]!.label));
}

/** A lead naming the results by grade: 自评结果：, 评价结果为：, 其中自评等级： */
const GRADE_LEAD = /^(?:其中[，：]?)?[^，。；：\d]{0,12}(?:结果|等级|等次)(?:为|如下)?[：，]/;
/** A grade right before its count, after the mark that ends the one before: 、“良”6个. */
const GRADE_BEFORE = new RegExp(`^[：、，；]?(?:为|评为|等级为)?[“"]?(${GRADE_WORD})[”"]?(?:的)?(?:项目|单位)?(?:有)?$`);

/**
 * "本部门对2022年度46个项目开展了绩效自评，…。自评结果：“优”39个、“良”6个、“中”1个。": a sentence that opens
 * with the results by grade and lists a count after each grade tallies the count of the sentence before
 * (its one figure in that measure word). Complete only down to the scale's lowest grade.
 */
function gradeList(s: Stretch, previous: Stretch | undefined, used: Set<Quantity>, out: RelationFact[]): void {
  if (!previous) return;
  const text = s.c.text;
  const lead = GRADE_LEAD.exec(text.slice(s.from, s.to));
  if (!lead) return;
  const counts: Quantity[] = [];
  const grades: string[] = [];
  let from = s.from + lead[0].length - 1;
  for (const q of s.qs) {
    if (q.at < s.from || q.family === 'pct') continue;
    const m = GRADE_BEFORE.exec(text.slice(from, q.at));
    if (!m || q.depth !== 0 || q.family === 'money' || used.has(q) || (counts.length > 0 && q.unit !== counts[0]!.unit)) return;
    counts.push(q);
    grades.push(m[1]!);
    from = q.end;
  }
  if (counts.length < 2 || new Set(grades).size !== grades.length) return;
  const same = previous.qs.filter((q) => q.depth === 0 && q.unit === counts[0]!.unit && !isAttribute(q));
  if (same.length !== 1) return;
  for (const q of counts) used.add(q);
  out.push(sumRelation(previous, same[0]!, s, counts, LOWEST_GRADE.test(grades[grades.length - 1]!), '等级分布'));
}

/** A source of funds named alone (一般公共预算, 政府性基金拨款, 其他资金), not its spending. */
const SOURCE_ONLY = /(?:一般公共预算|政府性基金|国有资本经营|社会保险基金|财政拨款|其他资金|上级补助|自筹)(?:预算|拨款|资金|收入)?$/;
/** Spending by economic class: 基本支出, 项目支出, 人员经费, 公用经费. */
const SPENDING_CLASS = /^(?:其中)?(?:基本支出|项目支出|人员经费|公用经费)/;

/**
 * A sentence that opens with a view by a dimension (lexicon DIMENSION_VIEW: "分资金来源看", "从支出结构来看"):
 * the list of the parts of the figure before it, one by one ("从执行情况看" is no breakdown).
 */
const VIEW_LEAD = new RegExp(`^(?:，|。)?${DIMENSION_VIEW}[：，]`);

/** After the last figure of a sentence: the list of its parts follows ("…24,081.47万元，按支出功能分类："). */
const LIST_TAIL = new RegExp(`^(?:，)?(?:(?:具体|明细|构成|情况|分布|分配)?(?:如下)?|(?:具体|明细)情况如下|(?:具体|明细)?(?:完成|执行|支出|使用|收入)情况(?:如下)?|按[^，。；：\\d]{1,10}?分类?(?:为)?(?:，?主要用于(?:以下|如下)?(?:几个)?(?:方面)?)?|(?:主要)?用于(?:以下|如下)(?:几个)?方面|${DIMENSION_VIEW}|(?:主要)?包括|其中|分别为|具体为|由(?:以下|下列)(?:[\\d一二两三四五六七八九十]{1,3}(?:类|项|个部分|个方面|部分))?(?:构成|组成)(?:如下)?)：$`);
/** A part named by an item and what it holds: 长者食堂含2024年新建的, 老年助餐点中有. */
const PART_OF_ITEM = /^(?:其中)?([^，。；\d]{2,12}?)(?:含|中有?)/;

/** Two items named and their sum: 工资福利支出与对个人和家庭的补助合计, A和B共计. */
const JOINT_SUM = /[^，。；]{2,}[与和及、][^，。；]{2,}(?:合计|共计|总计|之和|两项共)[为是]?$/;

/** A difference between two figures named as one: 决算数大于年初预算数, 支出低于预算 (no whole of a list). */
const DIFFERENCE_LABEL = /大于|小于|多于|少于|超出|低于|高于/;

/** A list's opener that names the dimension it is broken down by: 按项目划分：, 按支出内容分：, 分资金来源看： */
const DIMENSION_TAIL = new RegExp(`^(?:，)?(?:按[^，。；：\\d]{1,10}?分(?:类|别)?(?:为)?|${DIMENSION_VIEW})：$`);

/**
 * Whether the next unnumbered line of a list opened by its dimension (按项目划分：) is one more part by its place alone,
 * its name of any kind (农村供水保障工程 … 中小河流治理项目 … 河湖长制工作经费): the first, or after a line that ended
 * with ； (the list's last line ends with 。, and a line after that is another paragraph's).
 */
function kindGiven(list: { byDimension?: true; stretches: readonly Stretch[] }): boolean {
  if (!list.byDimension) return false;
  const last = list.stretches[list.stretches.length - 1];
  return last === undefined || /；\s*$/.test(last.c.text);
}

/**
 * A numbered heading run into its paragraph, a short sentence of words ("（三）资金使用。", "2.支出情况。"):
 * what follows it in the paragraph may detail a figure of the paragraph before.
 */
function runInHeading(s: Stretch): boolean {
  const text = s.c.text.slice(s.from, s.to);
  return text.length <= 16 && headingNumber(text).style !== 'none';
}

/**
 * Whether the first figure after a lead is the whole its clauses break down: followed by 中，("…的2,800.00万元中，")
 * or by words saying its parts follow ("本年支出合计3318.05万元由以下9类构成：").
 */
function wholeAfterLead(s: Stretch, from: number): boolean {
  const q = s.qs.find((x) => x.at >= from && x.depth === 0 && x.family !== 'pct');
  return q !== undefined && WHOLE_THEN_PARTS.test(s.c.text.slice(q.end, q.end + 16));
}
// (a count and its noun, "78个助餐场所中长者食堂17家、…": the noun between the figure and 中)
// (or its noun and the list after it, "从单位构成看，汇总决算包括4家单位，即本级及所属事业单位3家": the sentence's own whole)
const WHOLE_THEN_PARTS = /^(?:中[，：]|[\u4e00-\u9fff]{1,8}中(?!央)[，：]?|[\u4e00-\u9fff]{1,6}[，,](?:即|其中|包括|分别为|分别是)|，?(?:由|分为)(?:以下|下列)?(?:[\d一二三四五六七八九十]{1,3}(?:类|项|个部分|个方面|部分))?(?:构成|组成)?(?:如下)?[：:]|(?:资金)?用于(?:以下|如下)[\d一二三四五六七八九十]{1,2}个方面[：:])/;

/**
 * "其中中央财政资金到位12,400万元、自治区…3,720万元、地区本级…1,116万元，三级资金到位率均为100.00%。县（市）配套
 * 资金到位1,028万元…": a list whose sentence ends and a sentence that opens with one more figure of the parts'
 * kind, named as none of them: the list may go on there, so it is not known to be all of the whole (only a sum
 * above the whole is wrong).
 */
function moreAfterList(previous: Stretch, s: Stretch, out: RelationFact[]): void {
  const q = s.qs.find((x) => x.depth === 0 && x.family !== 'pct');
  if (!q || q.at - s.from > 14 || isAttribute(q)) return;
  // (a sentence opening a breakdown of its own, "按支出功能分类，农林水支出…", goes on with no list before it)
  if (/按|分类|看|其中|包括|中[，：]/.test(s.c.text.slice(s.from, q.at))) return;
  for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) {
    const r = out[k]!;
    if (r.relation !== 'sum' || r.complete !== true || !r.parts || r.parts.length < 2) continue;
    const inPrevious = r.parts.every((p) => p.src.line === previous.line && p.src.excerpt === previous.excerpt.trim());
    if (!inPrevious) continue;
    const first = previous.qs.find((x) => x.depth === 0 && x.family === q.family && figure(previous, x).src.column === r.parts![0]!.src.column);
    // (named as the parts are, to their last four characters or as funds of one more level of government:
    // not a figure of the whole year, 全年一般公共预算支出, whose name ends as 基本支出 does)
    const a = first?.label.replace(/^其中[：，]?/, '') ?? '';
    const b = q.label;
    const alike = (FUND_LEVEL.test(a) && FUND_LEVEL.test(b)) || (a.length >= 4 && b.length >= 4 && a.slice(-4) === b.slice(-4));
    if (!first || !sameKind(first, q) || /^(?:全年|本年|年度|全部|总)/.test(b) || r.parts.some((p) => p.label === b) || r.parts[0]!.unit !== q.unit) return;
    // ("其中：财政拨款收入…，占72.22%；上级补助收入…，占10.77%，主要是…。" then "事业收入1873.62万元，占16.18%，…；其他收入
    // 96.31万元，占0.83%。": stated as the parts are, each with its share, the list goes on in this sentence)
    // (not past a total its parts already make, nor into the next numbered line after the one that holds the list:
    // "（1）城乡低保资金3,862.40万元，其中城市…，占26.53%；农村…，占73.47%；" then "（2）特困人员救助供养资金986.30万元，占…")
    const numberedNext = headingNumber(s.c.text.slice(s.from)).style !== 'none' && headingNumber(previous.c.text.slice(previous.from)).style !== 'none';
    if (sharedInClause(previous, first) && sharedInClause(s, q) && !numberedNext && !(r.total !== undefined && addsUp(r.parts, r.total))) {
      const more = collectParts(s, s.from, q.family, 0, new Set(), [], undefined, true);
      if (more.length > 0 && more.every((x) => sharedInClause(s, x))) {
        r.parts.push(...more.map((x) => figure(s, x)));
        return;
      }
    }
    if (alike) r.complete = false;
    return;
  }
}

/** Whether a run-in heading names the kind of the figure spent in the sentence before it. */
function headingNames(heading: Stretch, before: Stretch): boolean {
  const q = lastSpent(before);
  if (!q) return false;
  const label = clauseLabel(before, q);
  const words = heading.c.text.slice(heading.from, heading.to);
  return /收入|来源/.test(words) ? /收入|来源/.test(label) : /支出|使用|执行/.test(words) && SPENT_LABEL.test(label) && !/收入/.test(label);
}

/** A sentence of its own that opens a list of the parts of the figure before it. */
const LIST_OPENER = new RegExp(`^(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）)、.．。])?(?:按[^，。；：\\d]{1,10}?分类?(?:情况)?|${DIMENSION_VIEW}|(?:具体|构成|明细)(?:情况)?如下|[^，。；：\\d]{0,8}?(?:结构|构成)(?:情况)?(?:如下)?|[^，。；：\\d]{0,20}?(?:统计|汇总|列示)如下|其中|[^，。；：\\d]{2,16}中)[：。]?$`);

/** A line (its number aside) that opens a breakdown by a dimension: 按支出单位分：, 分资金来源看， */
const BY_DIMENSION_LINE = new RegExp(`^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）)、.．。])?\\s*${BY_DIMENSION}[：，]`);

/**
 * Whether the whole is the figure of a numbered line and a part's label opens with the name of the figure of
 * another numbered line of that list, a few lines before (its sibling, not it).
 */
function namesEarlierItem(part: Quantity, whole: { q: Quantity; s: Stretch }, history: readonly Stretch[]): boolean {
  const names = (x: Quantity): boolean => x.depth === 0 && x.family === part.family && x.label.length >= 2 && !isAttribute(x) && part.label.replace(/^其中[：，]?/, '').startsWith(x.label) && !whole.q.label.startsWith(x.label) && !x.label.startsWith(whole.q.label);
  // ("…按桥梁列示：青石桥68.40万元，…，沙河口桥43.00万元。" then "其中沙河口桥合同价135.00万元，…": another item of the
  // whole's own sentence)
  if (whole.s.qs.some((x) => x !== whole.q && names(x))) return true;
  const style = headingNumber(whole.s.c.text).style;
  if (style === 'none') return false;
  // (back over the list's lines, however many: "1.义务教育“三包”经费…" is named again after "7.其他项目…")
  for (let k = history.length - 1; k >= 0 && k >= history.length - 8 * EARLIER; k--) {
    const h = history[k]!;
    if (h.c === whole.s.c || headingNumber(h.c.text).style !== style) continue;
    // (the line's own figure, its first: not a part of it, "2.预算安排情况。全年预算数3,104.85万元，其中基本支出1,688.75万元…" names no item
    // "其中：基本支出1,671.28万元" after "3.支出决算情况。…支出决算2,979.62万元。" details)
    const x = h.qs.find((y) => y.depth === 0 && y.family === part.family && !isAttribute(y));
    if (!x || x.label.length < 4) continue;
    if (part.label.startsWith(x.label) && !whole.q.label.startsWith(x.label) && !x.label.startsWith(whole.q.label)) return true;
  }
  return false;
}

/** A line that remarks on the items before it: 上述两项…, 以上三项…, 前述… */
const REMARK_LINE = /^(?:上述|以上|前述)(?:[两二三四五六七八九十]|\d{1,2})?(?:项|个|类|笔)/;

/** A line that details what was named before it, by that name and 中: 人员经费中，…; 其中，…; 上述…中，… */
const DETAIL_LINE = /^(?:[^，。；：\d]{2,12}中[，：]|其中[，：])/;

/** A paragraph that names a figure and says its parts follow: …支出决算具体情况如下：, …的构成如下： */
// (or a line of its own naming the figure before 中：, "工资福利支出中：" and its numbered items below)
const NAMED_OPENER = /^([^，。；：\d]{4,30}?)(?:(?:的)?(?:具体|明细)?(?:情况|构成|资金|金额|数额)如下|中|(?:主要|具体)?(?:包括|分别为|具体为|构成为))[：:]$/;

/**
 * The figure a paragraph of its own names before "具体情况如下：", in the paragraphs just before it: the
 * nearest whose name (its year aside) the opener's words hold at their start ("一般公共预算财政拨款支出决算"
 * names "2024年度一般公共预算财政拨款支出786.30万元"). None when no figure is named so.
 */
function namedOpener(text: string, history: readonly Stretch[]): { q: Quantity; s: Stretch } | undefined {
  const m = NAMED_OPENER.exec(text);
  if (m) return figureNamed(m[1]!.replace(/\s/g, ''), history);
  // ("按支出经济分类，2024年度支出分别为：" over its numbered lines: the year's total of that name stated before, 支出合计)
  const split = SPLIT_OPENER.exec(text.replace(/\s/g, ''));
  return split ? totalNamed(split[1]!, history) : undefined;
}

/** A paragraph of its own that says the items of a whole follow, its year and its kind alone: （按…分类，）2024年度支出分别为： */
const SPLIT_OPENER = /^(?:按[^，。；：\d]{1,10}?分类?[，：])?(?:(?:19|20)\d{2}年度?|本年度?|全年)?(?:本?部门|本?单位)?([^，。；：\d]{2,4}?)(?:决算数?)?(?:分别为|分别是|具体为|构成为)[：:]$/;

/**
 * The nearest figure stated as a total under a short name (支出, 收入): 本部门支出合计252,318.64万元, 2024年总支出…, within
 * the paragraphs of the part before (the opener names no more than the kind, so only a figure worded as a total is it).
 */
function totalNamed(name: string, history: readonly Stretch[]): { q: Quantity; s: Stretch } | undefined {
  for (let k = history.length - 1; k >= 0 && k >= history.length - 2 * EARLIER; k--) {
    const s = history[k]!;
    for (const q of s.qs) {
      if (q.family !== 'money' || q.depth !== 0 || isAttribute(q)) continue;
      const label = clauseLabel(s, q);
      if (label.includes(name) && TOTAL_WORD.test(label) && !COMPARED_PRIOR.test(label)) return { q, s };
    }
  }
  return undefined;
}

/** A list's own lead naming what it breaks down: 一般公共预算财政拨款支出按功能分类的构成为：, …支出的构成为： */
const NAMED_LEAD = /^([^，。；：\d]{4,30}?)(?:按[^，。；：\d]{1,10}?分类?的?(?:构成|结构|情况)?|的?(?:构成|结构))(?:为|是|如下)?[：:]/;

/**
 * The whole a list names in its own lead, found by that name among the figures stated before
 * (a run-in heading, "（二）结构情况。", opens it, and the figure before the heading may be another one).
 */
function leadNamed(s: Stretch, history: readonly Stretch[]): { q: Quantity; s: Stretch } | undefined {
  const m = NAMED_LEAD.exec(s.c.text.slice(s.from, s.to));
  return m ? figureNamed(m[1]!.replace(/\s/g, ''), history) : undefined;
}

/** The nearest figure in money stated before (a few sentences back) under `name`, or with words between. */
function figureNamed(name: string, history: readonly Stretch[]): { q: Quantity; s: Stretch } | undefined {
  for (let k = history.length - 1; k >= 0 && k >= history.length - EARLIER; k--) {
    const s = history[k]!;
    for (const q of s.qs) {
      if (q.family !== 'money' || q.depth !== 0 || isAttribute(q)) continue;
      // (the clause's words where a bracket cut the label short: 下达县（区）)
      const named = clauseLabel(s, q);
      const words = named.length >= 4 ? named : clauseWords(s.c.text, q.at, s.from);
      const label = words.replace(/\s/g, '').replace(/^(?:(?:19|20)\d{2}年度?|全年|本年度?)+/, '').replace(/(?:为|是|合计|共计)$/, '');
      // (in the opener's words, with words between: 下达各县（区）的资金 names 下达县（区）)
      // (or the figure named at more length: 项目实际支出 for 实际支出包括：)
      if (label.length >= 4 && (name.startsWith(label) || (label[0] === name[0] && isSubsequence(label, name)) || (name.length >= 4 && label.endsWith(name)))) return { q, s };
    }
  }
  return undefined;
}

/** Whether every figure of a sentence, one at least, is a percentage or an attribute (上年…, 增加…). */
function attributesOnly(s: Stretch): boolean {
  return s.qs.length > 0 && s.qs.every((q) => q.family === 'pct' || isAttribute(q));
}

/**
 * The figure a list opener of its own details: the one figure of the sentence before ("（一）总体情况。…
 * 支出2,933.05万元，占…"); after a list, the opener starts a breakdown of something else.
 */
function soleFigure(previous: Stretch): Quantity | undefined {
  const total = lastOf(previous);
  return total && previous.qs.filter((q) => q.family !== 'pct' && q.depth === 0 && !isAttribute(q)).length === 1 ? total : undefined;
}

/** Whether a sentence lists two or more figures of a total's kind, clause by clause after ；, from its start. */
function inlineParts(s: Stretch, total: Quantity): boolean {
  const own = s.qs.filter((q) => q.depth === 0 && q.family === total.family && !isAttribute(q));
  // (not a whole of its own with its list: "一般公共预算财政拨款支出1,988.46万元，分别为：…")
  return own.length >= 2 && s.c.text.slice(s.from, s.to).includes('；') && own[0]!.at - s.from < 16 && !/其中|分别|包括|具体|：/.test(s.c.text.slice(own[0]!.end, own[1]!.at));
}

/** The noun an opener names before 构成 / 结构 (支出 of 支出构成如下：). */
const OPENER_AMONG = /^([\u4e00-\u9fff]{2,16}?)中[：:]$/;
/** A part's words that open by naming its whole before 中: 下属单位中全额拨款事业单位 (not 中央, 中心, 中学 …). */
const AMONG_LEAD = /^(?:其中[：，]?)?([\u4e00-\u9fff]{2,10}?)中(?![央心学国级期小型等])/;
const OPENER_NOUN = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?(?:其中)?([\u4e00-\u9fff]{2,8}?)(?:的)?(?:结构|构成)/;

/**
 * The figure an opener of its own details: the one figure of the sentence before, or the one whose
 * name ends with the noun the opener names ("项目实际支出6,156.00万元，预算执行率95.00%，结余324.00万元…。
 * 支出构成如下：" details the 支出, not the 结余).
 */
/**
 * The figure a list opener of its own details, and its sentence: for a breakdown by a dimension, the
 * whole of a list that figure is a part of ("…基本支出1,684.52万元…。基本支出中，人员经费…，公用经费268.41万元。"
 * then "（一）按支出功能分类" and its lines: the 支出合计, not 公用经费).
 */
/** Whether part ÷ base of one unit (money by shareAgrees), at the printed decimals, is the printed percentage. */
function ratioAgrees(part: Quantity, base: Quantity, pct: string): boolean {
  if (part.family === 'money') return shareAgrees(part, base, pct);
  if (part.unit !== base.unit || Number(base.number) === 0) return false;
  const decimals = pct.split('.')[1]?.length ?? 0;
  return Math.abs((Number(part.number) / Number(base.number)) * 100 - Number(pct)) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** Whether `label` says `name` in fewer words, each of its characters one of the name's, ending as it does (实际采购金额, 政府采购实际金额). */
function sameWordsShorter(label: string, name: string): boolean {
  return label.length >= 4 && label.length < name.length && label.slice(-2) === name.slice(-2) && [...label].every((c) => name.includes(c));
}

/** Whether a figure is an item listed after a 其中 (分别为, 包括 …) of its sentence, not the figure the sentence is about. */
function listedAfterIntro(s: Stretch, q: Quantity): boolean {
  const head = s.c.text.slice(s.from, q.at);
  return /其中|分别为|包括|具体为/.test(head) && s.qs.some((x) => x !== q && x.at < q.at && x.family === q.family && x.depth === q.depth && !isAttribute(x));
}

/**
 * A sentence of a figure's change alone that names no subject: "较2023年的6,105.48万元增加376.88万元，同比增长6.17%。" (the figure
 * compared with, 与2022年的17.95万元相比, is the other year's: no figure of this one).
 */
function unnamedChange(s: Stretch): boolean {
  return s.qs.length > 0 && s.qs.every((q) => q.family === 'pct' || isAttribute(q) || comparedWithBefore(s, q)) && /^\s*(?:较|比|与|同比|相比)/.test(s.c.text.slice(s.from, s.to));
}

function openerTotal(previous: Stretch, opener: string, out: readonly RelationFact[], within: readonly Stretch[], ownParagraph = false): { q: Quantity; s: Stretch } | undefined {
  // ("…实际支出6,482.36万元…。较2023年的6,105.48万元增加376.88万元，同比增长6.17%。" then "1.按资金来源分。": sentences
  // of the figure's change alone say something of the figure before them, which the breakdown details)
  // (past a list number standing as a sentence of its own: "1。" of "1.按资金来源分。")
  // (or past a view of its own naming the dimension: "3.按区域分。全年支出按…统计如下：")
  let dimension = DIMENSION_OPENER.test(opener);
  // (only to reach such a sentence: after "…合计5,252,400.00元。" the next view, "2.按功能分类。", details no 公用经费)
  // (and only one that names no subject of its own: "本年收入合计比上年…增加…" is about 本年收入合计, not the figure before)
  // (and a bare 其中： after such a sentence: "…实际支出16.28万元，…。与2022年的17.95万元相比，减少1.67万元，…。其中：" then the items of the 16.28)
  const among = /^其中[：:。]?$/.test(opener.trim());
  if ((DIMENSION_OPENER.test(opener) && previous.qs.length === 0) || ((DIMENSION_OPENER.test(opener) || among) && unnamedChange(previous))) {
    let changes = unnamedChange(previous);
    let view = previous.qs.length === 0 && DIMENSION_OPENER.test(previous.c.text.slice(previous.from, previous.to));
    for (let k = within.lastIndexOf(previous) - 1; k >= 0; k--) {
      const e = within[k]!;
      if (e.qs.length === 0) {
        if (DIMENSION_OPENER.test(e.c.text.slice(e.from, e.to))) view = true;
        continue;
      }
      if (unnamedChange(e)) {
        changes = true;
        continue;
      }
      if (changes || view) {
        previous = e;
        if (view) dimension = true;
      }
      break;
    }
  }
  const q = openerWhole(previous, opener);
  if (!q) {
    // ("1.按资金来源分。中央…支出A；省级…支出B；市级…支出C。" then "2.按救助类别分。" as a paragraph of its own, its items
    // on the lines below: after a breakdown, one by another dimension details the same whole, the one the list before adds
    // up to; not an opener run into its paragraph, "（三）按经济科目分类。基本支出…，其中：…", which may detail a part)
    if (!dimension || !ownParagraph) return undefined;
    const last = lastSpent(previous);
    const whole = wholeOf(last, previous, out, within);
    return whole && whole.q !== last ? whole : undefined;
  }
  return dimension ? wholeOf(q, previous, out, within) : { q, s: previous };
}
const DIMENSION_OPENER = new RegExp(`按[^，。；：\\d]{1,10}分类?|分类情况|${DIMENSION_VIEW}`);

function openerWhole(previous: Stretch, opener: string): Quantity | undefined {
  // "收入合计2,856.40万元，比上年的2,611.20万元增加245.20万元，增长9.39%。其中：" then lines: as a 其中
  // sentence, the figure the sentence before is about (its first, or its stated total, or the last stage)
  if (/^其中[：:。]?$/.test(opener.trim())) {
    const first = previous.qs.find((q) => q.depth === 0 && q.family !== 'pct' && !isAttribute(q));
    return first && statedTotal(previous, stagedWhole(previous, first));
  }
  const sole = soleFigure(previous);
  if (sole) return sole;
  // ("…支出12,182.36万元，全年预算12,500.00万元，完成预算的97.46%。（二）按功能分类情况": a breakdown by a
  // dimension details what was spent, not the plan)
  // (not after a list: "（二）按功能科目分类。…；住房保障支出125.60万元，占4.28%。（三）按经济科目分类。" details no 住房保障支出)
  if (DIMENSION_OPENER.test(opener) && !previous.c.text.slice(previous.from, previous.to).includes('；')) return lastSpent(previous);
  // (or names it before 中：, "基本支出中：": one figure of the sentence before so named)
  const noun = OPENER_NOUN.exec(opener.replace(/\s/g, ''))?.[1] ?? OPENER_AMONG.exec(opener.replace(/\s/g, ''))?.[1];
  if (!noun) return undefined;
  let found: Quantity | undefined;
  for (const q of previous.qs) {
    if (q.family === 'pct' || q.depth !== 0 || isAttribute(q) || !canonicalLabel(clauseLabel(previous, q)).endsWith(noun)) continue;
    if (found) return undefined;
    found = q;
  }
  return found;
}

/** The last figure of a sentence that may be a total: not a percentage, a change or in brackets. */
function lastOf(s: Stretch): Quantity | undefined {
  for (let i = s.qs.length - 1; i >= 0; i--) {
    const q = s.qs[i]!;
    if (q.family !== 'pct' && q.depth === 0 && !isAttribute(q)) return q;
  }
  return undefined;
}

/** A plan's name with a note in brackets before its figure: 全年预算（含年中调整）12,500.00万元. */
const PLAN_BRACKETED = /(?:预算|计划)(?:数|额)?（[^（）]{1,20}）$/;

/**
 * The figure a breakdown by a dimension (按支出功能分类：…) details: the last of the sentence before
 * that is not a plan ("支出500.00万元，年初预算为450.00万元，年中调整后预算为520.00万元" → 500.00)
 * nor what is left of it ("…累计支出456.24万元，结余23.76万元。分资金来源看，…" → 456.24); the last
 * figure when the sentence states only plans.
 */
function lastSpent(s: Stretch): Quantity | undefined {
  for (let i = s.qs.length - 1; i >= 0; i--) {
    const q = s.qs[i]!;
    // (nor a standard per head, "低保标准由每人每月1,320元提高至1,395元": no sum of anything)
    if (q.family !== 'pct' && q.depth === 0 && !isAttribute(q) && !perHead(s, q) && !isPlanLabel(clauseLabel(s, q)) && !PLAN_BRACKETED.test(s.c.text.slice(Math.max(s.from, q.at - 40), q.at)) && !BALANCE_LABEL.test(q.label) && !CARRIED_OVER.test(q.label) && !COMPARED_PRIOR.test(clauseBefore(s.c.text, q.at)) && !leftUnspent(s, q) && !EXPLAINING.test(clauseBefore(s.c.text, q.at))) return q;
  }
  // (a figure compared with is never what a breakdown details)
  const last = lastOf(s);
  return last && !COMPARED_PRIOR.test(clauseBefore(s.c.text, last.at)) && !perHead(s, last) ? last : undefined;
}

/** Whether a figure's clause makes it one per head or per unit of time: 每人每月, 人均, 亩均. */
function perHead(s: Stretch, q: Quantity): boolean {
  return PER_UNIT.test(clauseBefore(s.c.text, q.at));
}

/** A clause that says what the figure before is made of or why ("结转874.64万元，主要为1个未完工小区的工程进度款"): its figures are no whole. */
const EXPLAINING = /^(?:主要(?:为|是|系|用于|包括)|原因(?:是|为)|系|因为|由于)/;


/** Words of the stage of a figure spent, which a base's name may leave out: 实际支出, 决算支出, 执行数. */
const STAGE_WORD = /实际|决算/g;
/** Words of a figure's name that say its stage, not what it is of: 项目支出执行, 基本支出实际, 全年决算. */
const STAGE_NAME_WORD = /执行数?|实际|决算数?/g;

/** What is carried over to the next year (年末结转1,238.52万元, 结转结余): left, not spent. */
const CARRIED_OVER = /结转|结余/;


/**
 * A figure that is itself a part of a list stands for that list's total, in its sentence or in an
 * earlier one (基本支出323.15万元。按经济科目分类：…、商品和服务支出51.02万元。按功能科目分类：… breaks
 * down 基本支出, not 51.02; so does a breakdown after a list set out on the lines before).
 */
function wholeOf(q: Quantity | undefined, s: Stretch, out: readonly RelationFact[], within: readonly Stretch[]): { q: Quantity; s: Stretch } | undefined {
  if (!q) return undefined;
  const at = figure(s, q).src;
  const r = out.find((x) => x.relation === 'sum' && x.total && x.parts!.some((p) => p.src.line === at.line && p.src.column === at.column));
  if (!r) return { q, s };
  const total = r.total!.src;
  for (const ts of [s, ...within]) {
    if (ts.line !== total.line) continue;
    const t = ts.qs.find((x) => figure(ts, x).src.column === total.column);
    if (t) return t === q ? { q, s } : wholeOf(t, ts, out, within);
  }
  return { q, s };
}

/** A name and the words of its stage after it: 财政拨款全年预算 → 财政拨款, 财政拨款支出 → 财政拨款. */
const STAGE_WORDS = /^(.*?)(?:全年|年初|调整后|本年)?(?:预算|决算|实际支出|实际|执行|支出)?(?:数|额|金额)?(?:为|是|达)?$/;

/** A column of figures per unit (its 合计 row is an average): 单位造价（万元/公里）, 平均单价, 户均补助, 亩均投入. */
const PER_UNIT_HEAD = /[/／]|单价|均价|造价|平均|人均|户均|亩均|每(?:人|户|亩|公里|平方米)/;

/** Words that say a figure is what was spent (not a class of spending, 工资福利支出): 实际支出, 执行数, 决算. */
const SPENT_STAGE_WORDS = /实际|执行|决算|已(?:支付|拨付|使用)/;
/** A figure stated as the target, and one stated as what was done: 目标值 … 完成值 / 实际完成. */
// (with the target's sign: 年度目标不少于160场; and the period of what was done: 全年实际完成172场)
const TARGET_STATED = /(?:年度)?(?:目标值?|指标值|计划(?:数|值)?)(?:为|是)?(?:不少于|不低于|不超过|不高于|达到|[≥≤])?$/;
const DONE_STATED = /^(?:全年|年度|本年度?|当年)?(?:(?:实际)?完成(?:值|数)?(?:为|是)?|实际(?:值|完成|达到)?(?:为|是)?)$/;

/**
 * The figure a 其中 sentence details: the first of the sentence before ("支出合计900.00万元，比上年…。
 * 其中：…"), but after figures of two stages ("预算为44.52万元，…决算为22.62万元。其中：…") the last one
 * stated, the one the 其中 follows.
 */
function stagedWhole(previous: Stretch, first: Quantity): Quantity {
  // ("目标值45公里，完成值47.6公里，完成率105.78%。其中硬化道路…": a target, then what was done; the list details what was done)
  if (TARGET_STATED.test(clauseLabel(previous, first))) {
    const done = previous.qs.find((q) => q.at > first.at && q.depth === 0 && q.family === first.family && !isAttribute(q) && DONE_STATED.test(clauseLabel(previous, q)));
    if (done) return done;
  }
  let last = first;
  let stages = 0;
  let seen: string | undefined;
  for (const q of previous.qs) {
    if (q.depth !== 0 || q.family !== first.family || isAttribute(q)) continue;
    last = q;
    const st = stageOf(clauseLabel(previous, q));
    if (st !== undefined && st !== seen) {
      stages++;
      seen = st;
    }
  }
  return stages > 1 ? last : first;
}

/**
 * The whole a 其中 sentence details, by the noun its parts share: after "核定编制50名，实有人员65人。"
 * the parts "其中退休人员20人，在职人员45人" are kinds of 人员, the 实有人员 (not the 编制 stated
 * first). Only when the figure taken by position does not name that noun and exactly one other
 * figure of the sentence before does; else the figure by position stays.
 */
function namedWhole(previous: Stretch, s: Stretch, from: number, byPosition: Quantity): Quantity {
  let shared: string | undefined;
  let n = 0;
  for (const q of s.qs) {
    if (q.at < from || q.depth !== 0 || q.family !== byPosition.family) continue;
    const label = q.label;
    if (shared === undefined) shared = label;
    else {
      let k = 0;
      while (k < shared.length && k < label.length && shared[shared.length - 1 - k] === label[label.length - 1 - k]) k++;
      shared = shared.slice(shared.length - k);
    }
    n++;
  }
  if (n < 2 || shared === undefined || shared.length < 2 || byPosition.label.includes(shared)) return byPosition;
  let named: Quantity | undefined;
  for (const q of previous.qs) {
    if (q === byPosition || q.depth !== 0 || q.family !== byPosition.family || isAttribute(q) || !q.label.includes(shared)) continue;
    if (named) return byPosition;
    named = q;
  }
  return named ?? byPosition;
}

/**
 * "第一批1200万元；第二批800万元；全年合计2500万元。其中，…": after figures and their 合计, the 其中 sentence
 * details the 合计 (the one figure of the sentence before named a total), not the first figure.
 */
function statedTotal(previous: Stretch, byPosition: Quantity): Quantity {
  // (the clause's words: a figure's label leaves out the 合计 it ends with)
  if (TOTAL_WORD.test(clauseLabel(previous, byPosition))) return byPosition;
  let total: Quantity | undefined;
  for (const q of previous.qs) {
    if (q.depth !== 0 || q.family !== byPosition.family || isAttribute(q) || !TOTAL_WORD.test(clauseLabel(previous, q))) continue;
    if (total) return byPosition;
    total = q;
  }
  return total ?? byPosition;
}

/** Whether a 合计 of `q`'s kind closes the list right after it ("…1个，合计16个"). */
function closedAfter(s: Stretch, q: Quantity): boolean {
  const next = s.qs[s.qs.indexOf(q) + 1];
  return next !== undefined && next.family === q.family && next.depth === q.depth && closingWords(s.c.text.slice(q.end, next.at)) !== null;
}

/** Whether `q` is a factor of a product written out: × (or 乘以) right before or after it. */
function factorOfProduct(text: string, q: Quantity): boolean {
  let i = q.at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (text[i] === '×' || text[i] === '*' || text.endsWith('乘以', i + 1)) return true;
  let j = q.end;
  while (j < text.length && text[j] === ' ') j++;
  return text[j] === '×' || text[j] === '*' || text.startsWith('乘以', j);
}

/** Items of a list named by their position in it: 前两项, 后两项, 第三项. */
const BY_POSITION = /^(?:其中)?(?:前|后|第)[一二两三四五六七八九十\d]+项/;

/** How many sentences back a breakdown by a dimension looks for the figure its parts add up to. */
const AGREEING_BACK = 12;

/**
 * The figure a breakdown by a dimension adds up to, when the one it was given does not: in that
 * figure's sentence, else the nearest in the sentences before the breakdown (AGREEING_BACK at most).
 */
function agreeingWhole(parts: readonly Quantity[], whole: { q: Quantity; s: Stretch }, history: readonly Stretch[], earlier: readonly Stretch[]): { q: Quantity; s: Stretch } | undefined {
  // (money in another unit than the whole taken first: "…支付5,528,000元。" then "按资金来源划分，…1,582.36万元…；…73.02万元。")
  // (a figure of what was newly done, the first of its sentence, "全年城镇新增就业1,926人，超出目标126人。其中…", is no change of one before it)
  // (counts add up exactly, 5件、2件、1件 are not 9件, before a figure they come near is taken: one of them may be misprinted)
  for (const exact of [true, false]) {
    const fits = (q: Quantity): boolean => q.depth === 0 && q.family === whole.q.family && (q.unit === whole.q.unit || q.family === 'money') && (!isAttribute(q) || newlyDone(whole.s, q)) && (exact ? addsUpExactly(parts, q) : addsUp(parts, q));
    for (const q of whole.s.qs) if (q !== whole.q && fits(q)) return { q, s: whole.s };
    // (sentences with figures: a numbered line's ordinal, "1.", stands as a sentence of none)
    for (let back = 1, seen = 0; seen < AGREEING_BACK; back++) {
      const k = earlier.length - back;
      const e = k >= 0 ? earlier[k] : history[history.length + k];
      if (!e) break;
      if (e.qs.length > 0) seen++;
      for (let i = e.qs.length - 1; i >= 0; i--) if (e.qs[i] !== whole.q && fits(e.qs[i]!)) return { q: e.qs[i]!, s: e };
    }
  }
  return undefined;
}

/** Whether a figure is said to be new (新增就业1,926人) and is the first of its sentence: an attribute by that word alone. */
function newlyDone(s: Stretch, q: Quantity): boolean {
  return s.qs.find((x) => x.depth === 0) === q && q.label.includes('新增') && !ATTRIBUTE_LABEL.test(q.label.replace(/新增/g, '')) && !PER_UNIT.test(q.label);
}

/** How many sentences back a restated subject or a planned figure is looked for. */
const EARLIER = 6;
/** How many sentences of earlier paragraphs a rate looks back for its planned figure. */
const HISTORY = 40;

/** The relations one sentence states. `previous` is the sentence before, for a 其中 sentence. */
function sentenceRelations(s: Stretch, previous: Stretch | undefined, out: RelationFact[], paragraph: readonly Stretch[], index: number, history: readonly Stretch[], headed: Stretch | undefined): void {
  const earlier = paragraph.slice(Math.max(0, index - EARLIER), index);
  const { qs } = s;
  const text = s.c.text;
  const used = new Set<Quantity>();
  // a sentence that opens with 其中 lists the parts of the previous sentence's subject
  const view = VIEW_LEAD.exec(text.slice(s.from));
  // (a view of the main items only, 从重点项目看 / 分主要项目看, lists some of them)
  const lead = partIntroducer(text.slice(s.from)) ?? (view ? { length: view[0].length, complete: !/重点|主要|部分/.test(view[0]) } : null);
  let lead2: ReturnType<typeof allocationLead>;
  // ("按用途划分，下达县（区）的2,800.00万元中，…": a breakdown that names its own whole after the lead)
  const ownWhole = lead !== null && (view !== null || /^(?:，|。)?按/.test(text.slice(s.from))) && wholeAfterLead(s, s.from + lead.length);
  if (lead && previous && lead.length >= 2 && !ownWhole) {
    // "…实际支出405.46万元，执行率95.00%。按支出内容分：…" (or "分资金来源看，…") breaks down the
    // sentence's last figure (what was spent); "支出合计900.00万元，…。其中：…" its first
    const byDimension = view !== null || /^(?:，|。)?按/.test(text.slice(s.from));
    // (not a figure of a year before compared with: "与2022年度收、支总计3,720.15万元相比，…")
    const first = previous.qs.find((q) => q.depth === 0 && q.family !== 'pct' && (!isAttribute(q) || newlyDone(previous, q)) && !comparedWithBefore(previous, q));
    // (after a run-in heading, a breakdown by a dimension details the figure spent before the heading,
    // when the heading names its kind: "（三）资金使用。" a sum spent, "（二）收入情况。" an income)
    let spentIn = byDimension && previous.qs.length === 0 && headed && headingNames(previous, headed) ? headed : previous;
    let spent = byDimension ? lastSpent(spentIn) : undefined;
    // ("全年…实际支出4,205.17万元，…。与2023年度…支出3,876.54万元相比，增加328.63万元，…。" then "按支出性质分，…":
    // a sentence that only compares with another year states no figure of the year; the one before it does)
    // (so does one that states only what was left unspent: "年末未执行资金323.16万元，占全年预算的4.00%。" then "按季度看，一季度
    // 支出…" details the figure spent stated before it)
    const leftOnly = spent !== undefined && (BALANCE_LABEL.test(spent.label) || CARRIED_OVER.test(spent.label));
    if (byDimension && (spent === undefined || leftOnly)) {
      const all = [...history, ...paragraph.slice(0, index)];
      const k = all.lastIndexOf(spentIn);
      const earlier = k > 0 ? all[k - 1] : undefined;
      const earlierSpent = earlier && earlier.line === spentIn.line ? lastSpent(earlier) : undefined;
      if (earlier && earlier.line === spentIn.line && (!leftOnly || (earlierSpent !== undefined && !BALANCE_LABEL.test(earlierSpent.label)))) {
        spentIn = earlier;
        spent = earlierSpent;
      }
    }
    let whole = byDimension ? wholeOf(spent, spentIn, out, [...paragraph, ...history]) : first ? { q: namedWhole(previous, s, s.from + lead.length, statedTotal(previous, stagedWhole(previous, first))), s: previous } : undefined;
    // ("本年收入合计5,312.84万元。A、B和C分别为4,615.20万元、480.00万元和217.64万元。其中：A4,615.20万元，占86.87%；B…；C…": a
    // figure the 其中 sentence restates as one of its parts is no whole of them; the whole is the figure of a sentence before that
    // they add up to, if any)
    if (whole && !byDimension) {
      const w = whole;
      const listed = qs.filter((q) => q.at >= s.from + lead.length && q.depth === 0 && q.family === w.q.family && !isAttribute(q));
      if (listed.length >= 2 && listed.some((q) => q.number === w.q.number && q.unit === w.q.unit) && !addsUp(listed, w.q)) {
        const all = [...history, ...paragraph.slice(0, index)];
        for (let k = all.length - 1; k >= 0 && k >= all.length - 4; k--) {
          const e = all[k]!;
          const q = e.qs.find((x) => x.depth === 0 && x.family === w.q.family && !isAttribute(x) && addsUp(listed, x));
          if (q) {
            whole = { q, s: e };
            break;
          }
        }
      }
    }
    // ("…全年预算数1,842.60万元，全年执行数1,798.36万元，…。年末结转结余44.24万元，主要为…。" then "其中，基本支出全年预算数672.40万元，…":
    // items named by a stage that a sentence stating only what was left is not of detail the figure of that stage in the sentence before it)
    if (!byDimension && whole && (BALANCE_LABEL.test(whole.q.label) || CARRIED_OVER.test(whole.q.label))) {
      const w = whole;
      const p0 = qs.find((q) => q.at >= s.from + lead.length && q.depth === 0 && q.family === w.q.family && !isAttribute(q));
      const stage = p0 && !BALANCE_LABEL.test(p0.label) && !CARRIED_OVER.test(p0.label) ? stageOf(clauseLabel(s, p0)) : undefined;
      if (stage !== undefined) {
        const all = [...history, ...paragraph.slice(0, index)];
        const k = all.lastIndexOf(previous);
        const earlier = k > 0 && all[k - 1]!.line === previous.line ? all[k - 1]! : undefined;
        const q = earlier?.qs.find((x) => x.depth === 0 && x.family === w.q.family && !isAttribute(x) && stageOf(clauseLabel(earlier, x)) === stage);
        if (earlier && q) whole = { q, s: earlier };
      }
    }
    // ("建设任务按乡镇分解，其中：托万乡245户，…，博斯坦乡160户。" then "按补助对象划分，重点对象318户…": the last item of a
    // list whose whole is stated nowhere there is no whole of a breakdown by another dimension)
    // (unless the parts add up to another figure nearby, found below)
    const itemWhole = byDimension && whole !== undefined && whole.q === spent && listedAfterIntro(whole.s, whole.q) ? whole.q : undefined;
    // "实施项目5个，项目支出总额200.00万元。其中：甲项目120.00万元，…": parts in money detail the one
    // sum of money of the sentence before, not its count stated first
    if (whole && !byDimension) {
      const p0 = qs.find((q) => q.at >= s.from + lead.length && q.depth === 0 && q.family !== 'pct' && !isAttribute(q));
      if (p0 && p0.family !== whole.q.family) {
        const same = previous.qs.filter((q) => q.depth === 0 && q.family === p0.family && !isAttribute(q));
        if (same.length === 1) whole = { q: same[0]!, s: previous };
      }
    }
    // (a 其中 sentence right after a list set out on lines, "…按来源和层级分：" / "1.…620.00万元；" … "4.县级…126.50万元。" /
    // "其中中央资金占计划总投资的57.06%，…": of the list's whole, not of its last item)
    if (whole && !byDimension) {
      const w = whole;
      let list: RelationFact | undefined;
      for (let k = out.length - 1; k >= 0 && !list; k--) if (out[k]!.relation === 'sum' && out[k]!.shape === '分行列举' && out[k]!.parts?.at(-1)?.src.line === w.s.line) list = out[k];
      // (the sentence of its line that holds the total: a line may open with a run-in heading, "2.资金执行情况。截至…")
      const at = (x: Stretch): Quantity | undefined => (x.line === list!.total!.src.line ? x.qs.find((q) => figure(x, q).src.column === list!.total!.src.column) : undefined);
      const s0 = list && [...history, ...paragraph.slice(0, index)].find((x) => at(x) !== undefined);
      const q0 = s0 && at(s0);
      if (s0 && q0) whole = { q: q0, s: s0 };
    }
    if (whole) {
      // (a breakdown by a dimension runs over its ；: "按支出内容划分，A…，占…；B…；勘察设计、监理及检测费…；其他费用…")
      const parts = collectParts(s, s.from + lead.length, whole.q.family, 0, used, out, whole.q, byDimension);
      // ("…实际采购金额1,795.36万元，节约资金67.04万元，节约率3.60%。其中授予中小企业合同金额1,528.63万元，占实际采购金额的
      // 85.14%": a part whose share names the figure of the sentence before it is of, is of that figure)
      if (parts.length > 0 && whole.s === previous) {
        const m = /^[，,]?占([^，。；\d]{2,12}?)的/.exec(text.slice(parts[0]!.end, parts[0]!.end + 16));
        const name = m ? canonicalLabel(m[1]!) : '';
        if (name.length >= 2 && !canonicalLabel(whole.q.label).endsWith(name)) {
          let named = previous.qs.filter((x) => x.depth === 0 && x.family === whole!.q.family && !isAttribute(x) && canonicalLabel(x.label).endsWith(name));
          // (or named by the same words in another order: 实际采购金额 for 占政府采购实际金额的)
          if (named.length === 0) named = previous.qs.filter((x) => x.depth === 0 && x.family === whole!.q.family && !isAttribute(x) && sameWordsShorter(canonicalLabel(x.label), name));
          if (named.length === 1) whole = { q: named[0]!, s: previous };
        }
      }
      // ("…全年预算数7,615.30万元，实际支出7,482.66万元，…，年末结余结转132.64万元。其中：" / "基本支出预算2,913.80万元，实际支出…；"
      // "项目支出预算4,701.50万元，…": parts all of one stage detail the figure of that stage before that they add up to, not the last one)
      if (!byDimension && parts.length >= 2 && whole.s === previous) {
        const stage = stageOfFigure(parts[0]!);
        if (stage !== undefined && parts.every((p) => stageOfFigure(p) === stage) && stageOfFigure(whole.q) !== stage) {
          const w = whole;
          const same = previous.qs.filter((q) => q.depth === 0 && q.family === w.q.family && !isAttribute(q) && stageOfFigure(q) === stage && addsUp(parts, q));
          if (same.length === 1) whole = { q: same[0]!, s: previous };
        }
      }
      // a form's two columns read line by line ("其中：一般公共预算：1500万元" / "其中：基本支出：1768.16万元"):
      // spending by class is no breakdown of a source of funds
      const crossed = parts.length > 0 && SOURCE_ONLY.test(nameBefore(whole.s, whole.q)) && SPENDING_CLASS.test(nameBefore(s, parts[0]!));
      // ("受理矛盾纠纷1,532件，调解成功1,497件，…。按类型分：…": a breakdown by a dimension names no figure of the
      // sentence before; the one its parts add up to, when the last does not, is the one it details)
      // (or of a sentence a little further back: "…在册特困人员1,205人，…。全年新纳入…96人，…退出63人（…）。" then
      // "按城乡分，城市…286人、农村…919人")
      // (items that each state several stages, "分资金性质看：一般公共预算财政拨款年初结转结余A，本年收入B，本年支出C，
      // 年末结转结余D；政府性基金…": the parts are the figures of the whole's own stage, 本年支出 of 本年财政拨款支出)
      if (byDimension && parts.length > 1) {
        const stages = new Set(parts.map(stageOfFigure));
        // (or a plan and what was spent of it: "分类型看，基本支出预算1,301.20万元，实际执行1,286.47万元，…；项目支出预算…，实际执行…")
        if ((stages.has('balance') && stages.has('income') && stages.has('spent')) || (stages.has('plan') && stages.has('spent') && !stages.has(undefined) && stageOfFigure(whole.q) !== undefined)) {
          const want = stageOfFigure(whole.q);
          const same = parts.filter((p) => stageOfFigure(p) === want);
          parts.splice(0, parts.length, ...(want !== undefined && same.length >= 2 ? same : []));
        }
      }
      // ("…一至四季度支出分别为…。其中财政拨款全年预算4,960.00万元，财政拨款支出4,826.35万元，执行率97.31%": one subject's plan and
      // what it spent, named alike but for their stage, are no parts of one whole; the 其中 narrows both figures of the sentence before)
      if (!byDimension && parts.length >= 2) {
        const stages = new Set(parts.map(stageOfFigure));
        if (stages.has('plan') && stages.has('spent') && new Set(parts.map((p) => STAGE_WORDS.exec(canonicalLabel(p.label).replace(/^其中[：，]?/, ''))![1])).size === 1) parts.length = 0;
      }
      // ("分资金来源看，援藏资金380.00万元全年支出362.75万元，执行率95.46%": one source's plan and what it spent, in one clause:
      // a breakdown that names one item only)
      if (byDimension && parts.length > 1 && parts.every((p, k) => k === 0 || !/[，；、。]/.test(text.slice(parts[k - 1]!.end, p.at)))) parts.length = 0;
      if (byDimension && parts.length > 1 && lead.complete && !addsUp(parts, whole.q)) whole = agreeingWhole(parts, whole, history, paragraph.slice(0, index)) ?? whole;
      if (itemWhole !== undefined && whole.q === itemWhole) parts.length = 0;
      // ("申报作业面积64.48万亩，…不合格面积0.87万亩，核查合格面积63.61万亩…。其中，免耕播种面积41.26万亩…": the parts
      // of the figure of the sentence before that they add up to, when its first is not it)
      else if (!byDimension && parts.length > 1 && lead.complete && whole.s === previous && !addsUp(parts, whole.q)) whole = agreeingWhole(parts, whole, [], []) ?? whole;
      // ("…5.网格化管理及平安建设项目512.95万元；" "6.养老助残服务项目328.60万元。" then "其中，老旧小区综合整治项目全年预算
      // 2,286.00万元，…": a 其中 that names an item of the list before, not the last one, details that item)
      if (!byDimension && parts.length > 0 && whole.s === previous && namesEarlierItem(parts[0]!, whole, history)) parts.length = 0;
      // ("…基本支出执行1,684.53万元，…；项目支出执行3,565.34万元…。" then, a paragraph on, "其中高标准农田建设项目预算1,850.00万元，
      // 由…构成": a part named as a plan is no part of a figure spent)
      if (!byDimension && parts.length > 0 && whole.s === previous && whole.s.line !== s.line && parts[0]!.family === 'money' && labelStage(parts[0]!.label) === 'plan' && labelStage(whole.q.label) === 'spent') parts.length = 0;
      // (nor is spending broken down by a dimension a part of a plan: "项目支出全年预算6133.13万元。" then "分单位看，甲、乙、丙、丁的实际支出
      // 分别为…")
      if (byDimension && parts.length > 0 && whole.s !== s && parts[0]!.family === 'money' && SPENT_STAGE_WORDS.test(text.slice(s.from + lead.length, parts[0]!.at)) && labelStage(whole.q.label) === 'plan') parts.length = 0;
      // ("其中，援疆资金占项目总投资的14.81%，由…追加下达，年初预算中援疆资金为0万元，因此…4,600.00万元。": a 其中 whose first
      // clause states a share, not a part, says things of one item; the figures clauses later are no list)
      // (unless a part states its own share too: "其中中央资金占…57.06%，…，市县两级配套资金合计186.50万元，占17.17%")
      if (!byDimension && parts.length > 0 && /[，；]/.test(text.slice(s.from + lead.length, parts[0]!.at)) && qs.some((x) => x.family === 'pct' && x.at > s.from + lead.length && x.at < parts[0]!.at) && !parts.some((p) => /^，占/.test(text.slice(p.end, p.end + 2)))) parts.length = 0;
      // ("…未执行的预算资金315.17万元…，与年末结转结余315.17万元一致。其中基本支出预算1,040.00万元，…；项目支出预算
      // 7,039.35万元…": parts all of one stage, the plan, detail a figure of that stage the sentence before does not state,
      // not one of another stage)
      if (!byDimension && parts.length > 1 && whole.s === previous && !addsUp(parts, whole.q)) {
        const st = stageOfFigure(parts[0]!);
        const ws = stageOfFigure(whole.q);
        // (a plan's parts named so, 基本支出预算, against a balance or a figure said spent; 基本支出补助 names a kind, no stage)
        if (st === 'plan' && (ws === 'balance' || (ws === 'spent' && /实际|执行|决算/.test(whole.q.label))) && parts.every((p) => stageOfFigure(p) === st)) parts.length = 0;
      }
      // ("目标值3,000户，完成值3,412户，…。其中脱贫户2,876户，占84.29%；…": the figure of the sentence before that the first
      // part's own share agrees with, where it does not agree with the first figure)
      if (!byDimension && parts.length > 0 && whole.s === previous && !addsUp(parts, whole.q)) {
        const pct = /^，占(\d+(?:\.\d+)?)%/.exec(text.slice(parts[0]!.end, parts[0]!.end + 16))?.[1];
        const w = whole.q;
        if (pct !== undefined && !ratioAgrees(parts[0]!, w, pct)) {
          const agreeing = previous.qs.filter((x) => x !== w && x.depth === 0 && x.family === w.family && !isAttribute(x) && ratioAgrees(parts[0]!, x, pct));
          if (agreeing.length === 1) whole = { q: agreeing[0]!, s: previous };
        }
      }
      // ("…包括机关本级1个和下属单位8个。…按经费形式划分，下属单位中全额拨款事业单位5个，差额拨款事业单位3个": the first part's
      // words name its whole before 中, a figure so named in its own sentence or the few before it)
      if (parts.length > 1 && !addsUpExactly(parts, whole.q)) {
        const among = AMONG_LEAD.exec(clauseLabel(s, parts[0]!))?.[1];
        const named = among === undefined ? undefined : canonicalLabel(among);
        const w = whole.q;
        const so = named === undefined ? undefined : [previous, ...paragraph.slice(Math.max(0, index - 3), index), s].flatMap((e) => (e ? e.qs.filter((x) => x !== w && x.at < (e === s ? parts[0]!.at : Infinity) && x.depth === 0 && x.family === w.family && !isAttribute(x) && canonicalLabel(x.label) === named).map((x) => ({ q: x, s: e })) : [])).pop();
        if (so) whole = so;
      }
      // ("本项目未列支项目管理费，项目管理费支出0万元。" then "其中，工程建设其他费用402.88万元具体为：…": nothing has no parts)
      if (Number(whole.q.number) === 0) parts.length = 0;
      // ("本项目共设置12项三级绩效指标，加上预算执行率共13项评分内容。其中10项…，未完全达到的3项…": a total stated after the
      // first figure, with what it adds (共, 合计), is the whole its parts make)
      if (!byDimension && parts.length > 1 && whole.s === previous && !addsUpExactly(parts, whole.q)) {
        const w = whole.q;
        const made = previous.qs.filter((x) => x.depth === 0 && x.family === w.family && x.unit === w.unit && !/增|减|占|比/.test(x.label) && x.at > w.at && /(?:共计?|合计|总计|一共)$/.test(clauseLabel(previous, x)) && addsUpExactly(parts, x));
        if (made.length === 1) whole = { q: made[0]!, s: previous };
      }
      // ("按资金来源划分，一般公共预算资金3,528.80万元，…400.00万元。" then "分资金来源看，一般公共预算资金支出3,358.14万元，…；
      // 体育彩票公益金支出344.32万元…": figures spent by a dimension, when what was spent in all is not stated before them,
      // are no parts of the plan)
      if (byDimension && parts.length > 1 && !addsUp(parts, whole.q) && isPlanLabel(clauseLabel(whole.s, whole.q)) && parts.every((p) => SPENT_LABEL.test(p.label) && !isPlanLabel(p.label))) parts.length = 0;
      // ("…、监管平台升级310.00万元。其中前两项共8390.00万元…，后两项共570.00万元…": groups of the list before by
      // position are of that list's whole, the figure they add up to; if none, not read)
      if (!byDimension && parts.length > 1 && parts.every((p) => BY_POSITION.test(p.label)) && !addsUp(parts, whole.q)) {
        const agreeing = agreeingWhole(parts, whole, history, paragraph.slice(0, index));
        if (!agreeing) parts.length = 0;
        else whole = agreeing;
      }
      // ("节能环保支出5603.95万元中，包括…环境监测与监察（款）1069.62万元和污染防治（款）913.72万元。其中：环境监测与监察
      // （款）1069.62万元用于…598.37万元、…471.25万元；污染防治（款）913.72万元用于…": a 其中 sentence that restates the
      // items of the whole's own list details each of them, not the whole)
      const items = !byDimension && parts.length > 1 ? ownList(out, figure(whole.s, whole.q)) : undefined;
      if (items && restatesItem(items, parts[0]!)) itemDetails(s, parts, items, out);
      // ("当年使用福利彩票公益金1,356.27万元…。" then "按项目分：项目支出14,618.24万元，由以下7类项目构成：": one figure after a
      // dimension that opens a list of its own is the whole of that list, no part of the figure before)
      // (a whole found by its place before a breakdown by a dimension, smaller than one of its parts, is not the whole the
      // breakdown details: "4.县本级安排衔接资金2,310.00万元，…。" then "按资金用途划分，全年衔接资金安排产业发展类项目资金
      // 10,126.45万元，占61.44%；…")
      // (in another measure word of the same family too: "另有离退休人员18人。分单位看，…事业编制30名…")
      // (nor the retired, whose breakdown by units would state no quota and no staff on the posts: "另有退休人员41人。" then "分单位看，局机关核定
      // 编制14名，实有13人；…")
      else if (byDimension && parts.some((p) => (p.unit === whole!.q.unit || (p.family === whole!.q.family && p.family === 'people')) && Number(p.number.replace(/,/g, '')) > Number(whole!.q.number.replace(/,/g, '')))) {
        // not read
      } else if (byDimension && whole.q.family === 'people' && /退休|离休/.test(whole.q.label) && parts.some((p) => /编制|实有|在职|在编/.test(p.label))) {
        // not read
      } else if (whole.q.unit === '分' && !/项目/.test(whole.q.label) && parts.some((p) => /项目/.test(p.label))) {
        // (a project's own score after the department's, "本部门自评得分94.5分…。其中农村公路养护项目自评得分96分": no part of it)
        // not read
      } else if (parts.length > 0 && !crossed && !(byDimension && parts.length === 1 && partIntroducer(text.slice(parts[0]!.end, s.to).replace(/^，?(?=由)/, '，')) !== null && !addsUp(parts, whole.q))) {
        // (a breakdown by a dimension that names one item only, "从项目看，A项目未支出155.50万元，占…比重最大", says
        // one part of it, not all)
        // (nor one after a sentence that named its kinds as an open list, "…，主要包括基本工资、津贴补贴、绩效工资和社会保险缴费等。
        // 其中基本工资…，绩效工资…": some of them are given)
        const kindsNamed = whole.s === previous && /主要(?:包括|用于|有|是)[^。]*等[^。]{0,4}。?$/.test(previous.c.text.slice(whole.q.end, previous.to));
        const complete = lead.complete && !majorItems(s, s.from + lead.length, parts) && !(byDimension && parts.length === 1) && !kindsNamed && !farShort(s, text.slice(s.from, s.from + lead.length), parts, whole.q) && !someScoredParts(s, s.from + lead.length, whole.q);
        // ("其中，工资福利支出与对个人和家庭的补助合计2,118.27万元": two items named and their sum, no part of the one before)
        if (parts.length === 1 && JOINT_SUM.test(clauseBefore(text, parts[0]!.at))) parts.length = 0;
        // ("（4）质量安全巡查及档案信息化费用21.40万元。" then "其中，农户补助资金合计1149.00万元": a 其中 after the last line of a
        // numbered list whose part exceeds that line's figure is of the list, not of its last item; which whole it details is not known here)
        // (nor of one figure of a list the sentence before states: "…省级、市级、区级资金实际支出分别为470.12万元、…" then "其中居家上门服务补贴
        // 全年预算安排1,348.78万元，…")
        else if (whole.s === previous && whole.s.line !== s.line && (headingNumber(previous.c.text).style !== 'none' || whole.q.listed) && parts.some((p) => p.unit === whole!.q.unit && Number(p.number) > Number(whole!.q.number))) parts.length = 0;
        // ("…长者食堂17家、老年助餐点61个。其中长者食堂含2024年新建的3家，老年助餐点含2024年新建的9个": each part is of an item the
        // sentence before names, what it holds, not of the whole)
        else if (parts.length >= 2 && whole.s === previous && parts.every((p) => { const m = PART_OF_ITEM.exec(p.label); return m !== null && previous.qs.some((x) => x !== whole!.q && canonicalLabel(x.label).endsWith(m[1]!)); })) parts.length = 0;
        // ("其他项目资金650.00万元的构成为：…。" then "其中中央衔接资金用于产业发展的为5220.00万元": one part larger than the figure
        // before, which has a list of its own, is of another whole, one named further back)
        else if (parts.length === 1 && parts[0]!.unit === whole.q.unit && Number(parts[0]!.number.replace(/,/g, '')) > Number(whole.q.number.replace(/,/g, '')) && hasOwnList(out, figure(whole.s, whole.q))) parts.length = 0;
        else out.push(sumRelation(whole.s, whole.q, s, parts, complete, '其中（另句）'));
        otherSide(whole, s, parts, used, out, '其中（另句）');
      }
      // "项目共计113个，财政资金3267.28万元。其中“优”的项目79个财政资金3038.38万元；…": the sentence's
      // figure of another kind is broken down by the same list, each part stating both
      if (!byDimension && parts.length > 1) {
        for (const other of previous.qs) {
          if (other.depth !== 0 || other.family === 'pct' || other.family === whole.q.family || isAttribute(other) || other.approx) continue;
          if (previous.qs.filter((x) => x.depth === 0 && x.family === other.family && !isAttribute(x)).length !== 1) continue;
          // (the list's extent is the first kind's: its ； do not end the second's)
          const more = collectParts(s, s.from + lead.length, other.family, 0, used, out, other, true);
          if (more.length === parts.length) out.push(sumRelation(previous, other, s, more, lead.complete && !majorItems(s, s.from + lead.length, more), '其中（另句）'));
        }
      }
    }
  }
  else if (previous && (lead2 = allocationLead(s, previous))) {
    const parts = collectParts(s, lead2.from, lead2.total.family, 0, used, out, lead2.total);
    if (parts.length > 1) out.push(sumRelation(previous, lead2.total, s, parts, lead2.complete, '资金分配（另句）'));
  }
  else {
    const candidates: { s: Stretch; q: Quantity }[] = [];
    const named = namedLead(s, history, paragraph, index, candidates);
    if (named) {
      const parts = collectParts(s, named.from, named.total.q.family, 0, used, out, named.total.q);
      // (of the figures the lead names, the one its parts make: "支出合计…，其中基本支出836.45万元。一般公共预算财政拨款支出…，其中基本支出790.32万元。
      // 基本支出中，人员经费742.18万元、公用经费94.27万元" is of 836.45)
      if (parts.length > 1 && named.complete && !addsUp(parts, named.total.q)) {
        const agreeing = candidates.find((c) => c.q !== named.total.q && c.q.family === named.total.q.family && addsUp(parts, c.q));
        if (agreeing) named.total = agreeing;
      }
      // (parts whose own shares fall well short of the whole, "…1,924.62万元，占项目支出的57.76%，是占比最大的项目；…486.60万元，占14.60%",
      // are the main ones, not all)
      if (parts.length > 0 && !sharesOver(s, parts, named.total.q)) out.push(sumRelation(named.total.s, named.total.q, s, parts, named.complete && !majorItems(s, named.from, parts) && !sharesShort(s, named.from, parts), '某项中（另句）'));
    }
  }
  gradeClauses(s, previous, used, out);
  gradeList(s, previous, used, out);
  let tally: Quantity[] | null;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (q.family === 'pct') {
      pointChange(s, q, i, out);
      continue;
    }
    priorStatedChange(s, q, i, out);
    // a part already read (with its own nested list) may still state its own change
    let after = used.has(q) ? '' : text.slice(q.end, s.to);
    // "16954套（台、块、项），其中：…": the other measure words the figure counts in, not a bracket of parts
    const units = after ? UNIT_BRACKET.exec(after) : null;
    const unitSkip = units ? units[0].length : 0;
    if (units) after = after.slice(unitSkip);
    // "由5名成员组成，其中…": the figure's noun and 组成/构成 before the introducer
    // ("共设12个三级指标，包括5个数量指标、2个…": a count's noun after it, then the introducer)
    // (not levels of one hierarchy: "12个绩效指标，其中一级指标3个，二级指标9个，三级指标12个" do not add up)
    const made = after ? (MADE_OF.exec(after) ?? (q.family !== 'money' && q.family !== 'pct' && !LEVELS_LISTED.test(after.slice(0, 60)) ? COUNT_NOUN.exec(after) : null)) : null;
    // ("尚有226.34万元未形成支出，其中…": what is still outstanding is named after its figure, before the introducer)
    const named = after && !made && OUTSTANDING_END.test(clauseBefore(text, q.at)) ? OUTSTANDING_NAME.exec(after) : null;
    const skip = (made ? made[0].length : 0) + (named ? named[0].length : 0) + unitSkip;
    if (made) after = after.slice(made[0].length);
    if (named) after = after.slice(named[0].length);
    // ("…年末结转1,158,196.97元，即财政拨款收入A加上年结转B，等于财政拨款支出C加年末结转D": what 即 opens there
    // is an equation written out, not the figure's parts)
    const written = after !== undefined && /^[，,]?即/.test(after) && /等于|[=＝]/.test(after);
    const intro = after && !written ? (partIntroducer(after.replace(/^（/, '')) ?? consistsOf(s, i, after)) : null;
    // "项目支出500万元，比上年增长10%，其中：…": the 其中 after the figure's change is the figure's
    const past = !intro && !made && after && !isAttribute(q) ? pastAttributes(s, i) : null;
    if (intro && !isAttribute(q) && !(q.versus && i > 0 && pastAttributes(s, i - 1)) && (!made || /^，(?:其中|包括)|^按/.test(after))) {
      const open = after.startsWith('（') ? 1 : 0;
      const also = units ? new Set([...units[0]].map((c) => MEASURE_FAMILY[c]).filter((f): f is string => f !== undefined)) : undefined;
      const from = q.end + skip + open + intro.length;
      const parts = collectParts(s, from, q.family, q.depth + open, used, out, q, false, also);
      // ("年度执行中追加预算1666.25万元，主要为上级下达的…资金，调整后全年预算数为4512.60万元": what it mainly is, named in words; a
      // figure in a clause after them is another's)
      if (parts.length > 0 && !intro.complete && /^[（，,]?主要(?:为|是)/.test(after!) && /[，；]/.test(text.slice(from, parts[0]!.at))) parts.length = 0;
      if (sharesOver(s, parts, q)) parts.length = 0;
      if (parts.length > 0) {
        // ("完成12所乡镇卫生院…，分布在5个县，其中桑钦县3所、…查玛县2所": parts all in another measure word of the
        // family than the figure before 其中 are of the figure in that word before it that they add up to)
        const u = parts[0]!.unit;
        let own = parts.length > 1 && u !== q.unit && COUNTED.has(q.family) && parts.every((p) => p.unit === u) && !addsUp(parts, q) ? addedUpBefore(qs, i, parts, u) : undefined;
        // ("…子项目支出574.30万元，执行率94.15%，结余35.70万元，其中管网修复支出412.46万元，户接入补助支出161.84万元": parts
        // spent after a balance detail the figure spent before it in the sentence)
        if (!own && parts.length > 1 && stageOfFigure(q) === 'balance' && parts.every((p) => stageOfFigure(p) === 'spent')) {
          for (let k = i - 1; k >= 0 && !own; k--) {
            const x = qs[k]!;
            if (x.depth === q.depth && x.family === q.family && !isAttribute(x) && stageOfFigure(x) === 'spent' && !/未|结余|剩余/.test(x.label)) own = x;
          }
        }
        // ("特困供养人员1,562人，超过目标值1,500人，其中集中供养412人、分散供养1,150人": a target compared with is no whole; the figure
        // before it in the sentence is)
        // (not "超出年度目标2家": how far it went past the target, named by 目标 alone)
        if (!own && TARGET_VALUE.test(clauseLabel(s, q))) {
          const result = qs.slice(0, i).reverse().find((x) => x.at >= s.from && x.depth === q.depth && x.family === q.family && !isAttribute(x) && !TARGET_NAMED.test(clauseLabel(s, x)));
          if (result) own = result;
          else parts.length = 0;
        }
        if (parts.length > 0) {
          const complete = intro.complete && !majorItems(s, from, parts) && !sharesShort(s, from, parts) && !farShort(s, text.slice(from - intro.length - open, from), parts, own ?? q);
          out.push(sumRelation(s, own ?? q, s, parts, complete, open ? '括号内其中' : '其中', !own && named ? named[0] : (own ?? q).label));
          if (!open) otherSide({ q, s }, s, parts, used, out, '其中');
          if (!open && !own) marksSide(s, i, parts, complete, out);
        }
      }
    } else if (past) {
      const parts = collectParts(s, past.from, q.family, past.depth ?? q.depth, used, out, q);
      // ("…实际采购金额1196.45万元，节约资金83.55万元，节约率6.53%；其中授予中小企业合同金额842.30万元，占实际采购金额的
      // 70.40%": the part's share names the figure it is of, not the one before the 其中)
      let whole = parts.length > 0 ? sharedWhole(s, q, parts[0]!) : q;
      // ("…实际采购金额179.85万元，节约资金6.55万元，节约率3.51%，其中授予中小企业合同金额179.85万元": what was left is no
      // whole of parts that are not left over themselves; the figure spent before it is)
      if (whole === q && parts.length > 0 && LEFT_LABEL.test(q.label) && !LEFT_LABEL.test(parts[0]!.label)) {
        const before = qs.slice(0, i).filter((x) => x.family === q.family && x.depth === q.depth);
        const spent = before[before.length - 1];
        if (spent && (SPENT_LABEL.test(clauseLabel(s, spent)) || /采购金额|合同金额/.test(spent.label)) && !LEFT_LABEL.test(spent.label) && !isPlanLabel(clauseLabel(s, spent))) whole = spent;
      }
      // ("完成营造林面积11,460亩，为年度目标12,000亩的95.50%，其中人工造林3,260亩、…": the figure the list adds up to,
      // before the one it is compared with)
      if (parts.length > 1 && past.complete && !addsUp(parts, whole)) whole = addedUpBefore(qs, i, parts, q.unit, used) ?? whole;
      // (or the figure passed over between them that they add up to, in their unit: "新建、改扩建学校3所，新增学位4860个，其中小学学位2700个、…")
      if (parts.length > 1 && !addsUp(parts, whole)) whole = qs.find((x) => x.at > q.at && x.at < parts[0]!.at && x.depth === q.depth && x.unit === parts[0]!.unit && addsUp(parts, x)) ?? whole;
      // (a 其中 naming well under the whole after the whole's share: "社会保障和就业支出15,980.12万元，占84.40%，其中：最低生活保障
      // 支出…，特困人员救助供养支出…；" names some of its parts: farShort)
      const pastLead = text.slice(Math.max(s.from, text.lastIndexOf('，', past.from - 1)), past.from);
      if (parts.length > 0) out.push(sumRelation(s, whole, s, parts, past.complete && !sharesShort(s, past.from, parts) && !farShort(s, pastLead, parts, whole), '其中'));
    } else if (!intro && !made && !isAttribute(q) && !used.has(q) && (tally = gradeTally(s, i))) {
      for (const p of tally) used.add(p);
      // named by the counted noun after the figure (12个重点项目开展…), not the words before it (县财政局对)
      const noun = /^[\u4e00-\u9fff]{1,8}?(?=开展|进行|实施|纳入|参与|参加|中|，|。|；)/.exec(text.slice(q.end, s.to))?.[0];
      out.push(sumRelation(s, q, s, tally, false, '等级分布', noun ?? q.label));
    } else if (!intro && !made && after.startsWith('（') && !isAttribute(q)) {
      // "车辆3辆（越野车1辆、商务车2辆）": a bracket that only names the figure's parts, each with its figure
      const parts = bracketParts(s, q);
      if (parts) {
        for (const p of parts) used.add(p);
        out.push(sumRelation(s, q, s, parts, true, '括号内各项'));
      }
    }
    changeRelation(s, q, i, out);
    fromToChange(s, i, out);
  }
  closingTotals(s, used, out);
  distributedChanges(s, out);
  adjustedPlan(s, out);
  restatedChange(s, earlier, out);
  const shares = out.length;
  shareRelations(s, out, earlier, history);
  sharedListWhole(s, out, shares, paragraph.slice(0, index), history);
  rateRelations(s, out, paragraph.slice(0, index), history);
}

/**
 * "（一）总体情况 …一般公共预算财政拨款支出52,530.12万元…" then "（二）结构情况 教育支出46,012.40万元，占87.59%；社会保障和
 * 就业支出3,748.21万元，占7.14%；…": a sentence that is only a list of amounts, each with a share that names no base and
 * found none, breaks down the figure a few sentences back that its amounts add up to. That figure is the shares' base and
 * the list's total (not 本年支出合计 of all funds, which the same classes may break down at other values).
 */
function sharedListWhole(s: Stretch, out: RelationFact[], from: number, earlier: readonly Stretch[], history: readonly Stretch[]): void {
  const open: RelationFact[] = [];
  for (let k = from; k < out.length; k++) {
    const r = out[k]!;
    // (bare shares, 占87.35%: with no base found, or the base of the line before's share taken on, which the whole found must be)
    if (r.relation === 'share' && r.part && r.pct && (!r.baseName || !r.base || bareShare(s, r.pct))) open.push(r);
  }
  if (open.length < 2 || open.some((r) => r.baseName && !r.base && !bareShare(s, r.pct!))) return;
  const amounts = s.qs.filter((q) => q.family !== 'pct');
  if (amounts.length !== open.length) return;
  for (let k = 0; k < amounts.length; k++) {
    const q = amounts[k]!;
    const part = open[k]!.part!;
    const f = figure(s, q);
    if (q.family !== 'money' || q.depth !== 0 || q.unit !== amounts[0]!.unit || f.src.line !== part.src.line || f.src.column !== part.src.column) return;
  }
  const found = agreeingWhole(amounts, { q: amounts[0]!, s }, history, earlier);
  if (!found) return;
  const base = figure(found.s, found.q);
  if (open.some((r) => r.base && (r.base.number !== base.number || r.base.unit !== base.unit))) return;
  for (const r of open) r.base ??= base;
  out.push(sumRelation(found.s, found.q, s, amounts, true, '占比列举'));
}

/** Whether a share names no base of its own: 占87.35%. */
function bareShare(s: Stretch, pct: FigureFact): boolean {
  const q = s.qs.find((x) => x.family === 'pct' && figure(s, x).src.column === pct.src.column && figure(s, x).src.line === pct.src.line);
  return q !== undefined && s.c.text.charCodeAt(q.at - 1) === 0x5360 /* 占 */;
}

/**
 * "财政拨款收入、支出决算总计1851.10万元。其中：本年…收入A，年初…结转和结余B；本年…支出C，年末…结转和结余D": a joint
 * total (收入、支出…总计: one figure of two sides) lists each side's parts, one side after the other's ；. The
 * list read up to that ； is the first side; the parts after it, the other side's.
 */
function otherSide(whole: { q: Quantity; s: Stretch }, s: Stretch, parts: readonly Quantity[], used: Set<Quantity>, out: RelationFact[], shape: string): void {
  if (parts.length < 2 || !jointMember(whole.s, whole.q)) return;
  const text = s.c.text;
  const last = parts[parts.length - 1]!;
  const semi = text.indexOf('；', last.end);
  if (semi < 0 || semi >= s.to || s.qs.some((q) => q.at > last.end && q.at < semi && q.family === last.family && !isAttribute(q))) return;
  // ("…收、支总计各15,899.00万元，由…组成；政府性基金…收、支总计各2,063.80万元，由…组成": after the ； another joint total with
  // its own parts, no other side of this one)
  const next = s.qs.find((q) => q.at > semi && q.family === whole.q.family && q.depth === last.depth);
  if (next && (jointMember(s, next) || TOTAL_WORD.test(clauseBefore(text, next.at)))) return;
  const more = collectParts(s, semi + 1, whole.q.family, last.depth, used, out, whole.q, true);
  if (more.length >= 2) out.push(sumRelation(whole.s, whole.q, s, more, true, shape));
}

/**
 * "投入指标分值20分，得19分，其中目标设定8分、得8分，预算配置12分、得11分": the parts' full marks, each right before
 * what the part got, add up to the full marks stated right before what the whole got (the list of what was got is
 * read as the 其中 of 19分).
 */
function marksSide(s: Stretch, i: number, parts: readonly Quantity[], complete: boolean, out: RelationFact[]): void {
  const got = s.qs[i]!;
  const max = s.qs[i - 1];
  if (parts.length < 2 || got.family !== 'score' || FULL_MARKS.test(got.label) || !max || max.family !== 'score' || !FULL_MARKS.test(max.label) || max.depth !== got.depth) return;
  const marks: Quantity[] = [];
  for (const p of parts) {
    const k = s.qs.indexOf(p);
    const m = s.qs[k - 1];
    // (each part's own: after the part before it, of its depth, in the clause of its name, what it got written with 得)
    if (!m || m === got || m.family !== 'score' || m.depth !== p.depth || (marks.length > 0 && m.at < parts[marks.length - 1]!.end) || !fullMarks(s.c.text, m)) return;
    marks.push(m);
  }
  out.push(sumRelation(s, max, s, marks, complete, '其中（分值）'));
}

/**
 * Where the list of the figure qs[i] starts when its change or share comes first: "…500万元，比上年增长
 * 10%，其中：…" and "…785万元，较年初预算减少28%其中：…". Only figures of a change or a share (in the
 * figure's own sentence, at its depth) may stand between the figure and the introducer.
 */
function pastAttributes(s: Stretch, i: number): { from: number; complete: boolean; depth?: number; colon?: true } | null {
  const q = s.qs[i]!;
  const text = s.c.text;
  let j = i + 1;
  // (or the target it is measured against: "…3,126户，超过3,100户的目标值，其中…")
  // (or its own plan, beside a figure spent: "基本支出2,386.55万元，占74.14%，预算数2,412.30万元，执行率98.93%，主要用于…")
  const spent = labelStage(q.label) !== 'plan';
  while (j < s.qs.length && s.qs[j]!.depth === q.depth && (s.qs[j]!.family === 'pct' || isAttribute(s.qs[j]!) || s.qs[j]!.versus || (spent && s.qs[j]!.family === q.family && OWN_PLAN.test(s.qs[j]!.label)))) j++;
  if (j === i + 1) return null;
  const last = s.qs[j - 1]!;
  const between = text.slice(q.end, last.at);
  if (/[。；：]/.test(between)) return null;
  // ("…增长9.09%；其中财政拨款收入…": a ； before 其中 after the figure's change is as a ，)
  // ("补奖资金共发放3,126户，超过3,100户的目标值，其中禁牧户1,048户、…": past the target it is measured against)
  const versus = last.versus ? (VERSUS_AFTER.exec(text.slice(last.end))?.[0].length ?? 0) : 0;
  // (up to the next figure; an introducer may look past it, "，占74.14%，主要用于人员经费2,118.73万元…", but not take it in)
  const upTo = (s.qs[j]?.at ?? s.to) - (last.end + versus);
  const raw = text.slice(last.end + versus, s.to);
  // ("基本公共卫生服务项目4,652.40万元，占项目支出的34.60%（其中中央补助资金3,101.60万元、…）": a bracket of its parts
  // after the figure's share, the list ending where the bracket closes)
  // (not after a change, "较年初预算增加3133.70万元（其中年中净追加…）": that bracket is of the change)
  if (last.family === 'pct' && /^（其中[：，]?/.test(raw)) return { from: last.end + /^（其中[：，]?/.exec(raw)![0].length, complete: true, depth: q.depth + 1 };
  const rest = raw.startsWith('；其中') ? raw.slice(1) : raw;
  const shift = raw.length - rest.length;
  const intro = partIntroducer(rest.startsWith('其中') ? `，${rest}` : rest);
  // (or a colon right after the figure's rate: "其中财政拨款支出3,098.72万元，财政拨款执行率96.37%：一般公共预算…；…")
  if (!intro || shift + intro.length - (rest.startsWith('其中') ? 1 : 0) > upTo || (intro.length < 2 && !(rest.startsWith('：') && last.family === 'pct' && q.family === 'money' && /执行率|支出率|进度/.test(last.label)))) return null;
  return { from: last.end + versus + shift + intro.length - (rest.startsWith('其中') ? 1 : 0), complete: intro.complete, ...(rest.startsWith('：') ? { colon: true } : {}) };
}

/** A figure's own plan named by the stage alone, in a clause after it: 预算数2,412.30万元, 年初预算为…, 调整后预算… */
const OWN_PLAN = /^[，,]?(?:其)?(?:年初|全年|调整后)?预算(?:数|额)?(?:为|是)?$/;

/** Families of counts (not money, shares or scores): a list of one of them is counted in one measure word. */
const COUNTED: ReadonlySet<string> = new Set(Object.values(MEASURE_FAMILY).filter((f) => f !== 'score'));

/** Measure words in a bracket after a figure's own (套（台、块、项）, 台（套）). */
const UNIT_BRACKET = /^（[个台块项套件辆处座间条]{1,2}(?:、[个台块项套件辆处座间条]{1,2})*）/;

/** Levels of a hierarchy named in a list (一级指标…、二级指标…): no parts of one whole. */
const LEVELS_LISTED = /[一二三四五]级[^，。；、]{0,8}[，、；][^。；]*?[一二三四五]级/;
/** A count of one level of the indicators: 一级指标, 二级指标 (each level counts all of them). */
const LEVEL_COUNT = /^(?:其中[：，]?)?[一二三四五]级(?:绩效)?指标$/;

/** The noun after a count, before a list of its kinds (12个三级指标，包括5个数量指标…; 12座换热站按区分布为…). */
const COUNT_NOUN = /^[\u4e00-\u9fff]{1,8}?(?=，(?:其中|包括)|按[^，。；：\d]{1,8}?分(?:布|类|别)?(?:为|是|如下)[：:]?)/;

/** The noun of a count and a verb of composition after it (5名成员组成，其中…): not a clause of its own. */
const MADE_OF = /^[\u4e00-\u9fff]{1,4}?(?:组成|构成)(?=，其中)/;

/** A heading number and a year before the words of a sentence. */
const SENTENCE_LEAD = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?(?:(?:19|20)\d{2}年度?)?/;

/** Words of handing funds down or out: a sentence so worded may break down the funds of the sentence before. */
const ALLOCATING = /下达|分配|拨付|下拨|切块|分解|安排到|安排给|补助到|转拨/;
/** A verb of allocation and where to: 下达各市, 分配到各乡镇, 拨付至项目单位. */
const ALLOCATED_TO = /(?:下达|分配|拨付|下拨|切块|分解|安排|转拨)(?:下达)?(?:到|至|给|各)/;
/** "省财政厅将（该）资金切块下达各市，其中：" — the funds referred to, a verb of allocation, then the introducer. */
const ALLOCATION_LEAD = /^[^，。；：\d]{0,24}?(?:资金|经费|款项|补助)[^，。；：\d]{0,16}?[，,]?(?=其中|具体为|分别为|分配如下|具体如下)/;

/**
 * "本年中央下达服务业发展资金14680万元。省财政厅将资金切块下达各市，其中：甲市610万元、…": a sentence
 * with no figure before its introducer, that hands down the funds the sentence before allocated (its one
 * figure of money), lists their parts.
 */
function allocationLead(s: Stretch, previous: Stretch): { total: Quantity; from: number; complete: boolean } | undefined {
  const first = s.qs[0];
  if (!first || first.family !== 'money') return undefined;
  const text = s.c.text;
  const m = ALLOCATION_LEAD.exec(text.slice(s.from, first.at));
  // (handed down to somewhere: 切块下达各市, 分配到各乡镇; "资金下达后，其中30万元用于…" tells uses, not shares)
  if (!m || !ALLOCATED_TO.test(m[0])) return undefined;
  const intro = partIntroducer(text.slice(s.from + m[0].length, first.at));
  if (!intro) return undefined;
  const figures = previous.qs.filter((q) => q.family === 'money' && q.depth === 0 && !isAttribute(q));
  if (figures.length !== 1 || figures[0]!.approx || !ALLOCATING.test(previous.c.text.slice(previous.from, previous.to)) && !/安排|到位|落实|争取/.test(figures[0]!.label)) return undefined;
  return { total: figures[0]!, from: s.from + m[0].length + intro.length, complete: intro.complete };
}

/**
 * A lead naming only a stage of spending (执行数中，, 决算数中，, 支出中：); not "年度执行中，" / "预算执行中，",
 * the course of the year's execution ("年度执行中，因追加…经费，调整后全年预算为…").
 */
const BARE_STAGE_LEAD = /^(?:全年|本年度?|年度)?(?:执行数|决算数?|实际支出数?|支出数?)(?:中|的构成中)[，：]|^(?:全年|本年度?)执行(?:中|的构成中)[，：]/;

/**
 * "基本支出中，人员经费…，公用经费…" / "项目支出包括：…" / "基本支出按经济科目分类：…": a sentence that
 * opens with the name of an earlier figure (and no figure of its own for it) lists that figure's parts.
 */
const TOTAL_NAMED = /总计|合计/;
function namedLead(s: Stretch, history: readonly Stretch[], paragraph: readonly Stretch[], index: number, named: { s: Stretch; q: Quantity }[] = []): { total: { s: Stretch; q: Quantity }; from: number; complete: boolean } | undefined {
  const text = s.c.text;
  const first = s.qs[0];
  if (!first) return undefined;
  const p = s.from + SENTENCE_LEAD.exec(text.slice(s.from))![0].length;
  const head = text.slice(p, first.at);
  if (head.length < 3) return undefined;
  // ("已完工的59个小区中，56个在合同工期内完工": a lead that holds its own figure names its own whole, of this sentence)
  if (/^[^，。；：\d]{0,8}中[，：]/.test(text.slice(first.end))) return undefined;
  // the sentences before it: the earlier paragraphs' (history), then this paragraph's
  const n = history.length + index;
  const earlier = (k: number): Stretch => (k < history.length ? history[k]! : paragraph[k - history.length]!);
  // "…，执行8905.18万元，执行率99.69%。执行数中，人员经费…": a name of the stage alone is of the figure
  // of that stage in the nearest sentence with figures, not of the first figure so named in the report
  const bare = BARE_STAGE_LEAD.exec(head);
  if (bare) {
    for (let k = n - 1; k >= 0; k--) {
      const e = earlier(k);
      if (e.qs.length === 0) continue;
      for (let i = e.qs.length - 1; i >= 0; i--) {
        const q = e.qs[i]!;
        // (not what was left unspent: "…执行数为1,987.46万元，…，未支出资金122.54万元。执行数中，…")
        if (q.family !== 'pct' && q.depth === 0 && !isAttribute(q) && labelStage(clauseLabel(e, q)) === 'spent' && !/未|结余|剩余|结转/.test(clauseLabel(e, q))) return { total: { s: e, q }, from: p + bare[0].length, complete: true };
      }
      break;
    }
  }
  let best: { total: { s: Stretch; q: Quantity }; from: number; complete: boolean; len: number; k: number } | undefined;
  for (let k = 0; k < n; k++) {
    const e = earlier(k);
    for (const { q, name: full } of leadNames(e)) {
      // (the name with or without the 数 it was stated with: "调整后全年预算数为X。调整后全年预算中，…")
      const name = head.startsWith(full) ? full : full.endsWith('数') && head.startsWith(full.slice(0, -1)) ? full.slice(0, -1) : undefined;
      if (name === undefined || name.length < 2 || (best && best.len > name.length)) continue;
      // (a lead without 总计 names the figure so named, not the grand total after it: "财政拨款支出47176.20万元，…，财政拨款支出总计
      // 49127.70万元。财政拨款支出中，…")
      if (best && TOTAL_NAMED.test(clauseLabel(e, q)) && !TOTAL_NAMED.test(head)) continue;
      const after = text.slice(p + name.length, first.at);
      // (the name and the stage it is of: "一般公共预算财政拨款支出决算中，…" lists the figure spent, never a plan's)
      // (not the 中 of 中央 or 中心: "第一批中央资金和第一批自治区资金…合计5585.00万元" names no part of 第一批)
      const of = /^(?:(?:决算|执行)数?)?(?:中(?![央心])|的)(?:，|：)?/.exec(after);
      if (of && /^(?:决算|执行)/.test(of[0]) && /预算|计划/.test(q.label.slice(name.length))) continue;
      // ("计划新建的12个居家养老服务站点只建成10个": the name's own figure stated again right after 的, no list of its parts)
      if (of && of[0] === '的' && after === '的') continue;
      const intro = of ? { length: of[0].length, complete: true } : partIntroducer(after);
      if (!intro || (!of && intro.length < 2)) continue;
      best = { total: { s: e, q }, from: p + name.length + intro.length, complete: intro.complete, len: name.length, k };
      named.push({ s: e, q });
    }
  }
  // (a figure named at more length nearer the lead, "…一般公共预算财政拨款基本支出18962.44万元…。基本支出中，人员经费…", is the one the
  // lead names, not one named exactly so far before, "本年支出合计…，其中：基本支出21487.35万元")
  if (best) return endingLead(best.k + 1) ?? best;
  return endingLead(0);

  function endingLead(down: number): { total: { s: Stretch; q: Quantity }; from: number; complete: boolean } | undefined {
  // "支出分别为：…", "支出明细为：…": a shorter name of the nearest figure whose name ends with it
  // (after the dimension and the year it is of: "按支出功能分类，2023年度一般公共预算财政拨款支出分别为：…")
  const m = /^(?:按[^，。；：\d]{1,10}?分类?[，：])?(?:(?:19|20)\d{2}年度?)?([^，。；：\d]{2,16}?)(分别为|明细为|明细如下|包括|中)[：，]/.exec(head);
  if (!m || (down > 0 && m[2] !== '中')) return undefined;
  const name = canonicalLabel(m[1]!);
  if (name.length < 2) return undefined;
  const totalWord = /总计|合计/.exec(m[1]!)?.[0];
  // (a figure of one fund, 国有资本经营预算财政拨款收入0万元, is no whole of a list of funds' figures: "财政拨款收入包括：
  // 一般公共预算财政拨款收入…，政府性基金预算财政拨款收入…" names a whole no figure states)
  const ofFunds = FUND_BUDGET.test(canonicalLabel(first!.label));
  for (let k = n - 1; k >= down; k--) {
    const e = earlier(k);
    const names = leadNames(e);
    for (let i = names.length - 1; i >= 0; i--) {
      if (ofFunds && names[i]!.name !== name && FUND_BUDGET.test(names[i]!.name)) continue;
      // (people "among" a headcount are named by what they are, and may be several at once: "在职人员中，专业技术人员
      // 7人，具有注册安全工程师资格的3人" names some of them, not all; money "中" is all of it)
      // (a lead named with its total word, 财政拨款收入总计包括：, names a figure stated with it, not a part's 政府性基金预算财政拨款收入)
      if (totalWord !== undefined && !clauseLabel(e, names[i]!.q).includes(totalWord)) continue;
      // (named with the 数 it was stated with, 全年预算数 for 全年预算中; not a figure of another stage of the budget, nor what was added to it:
      // "年初预算…，年中追加预算2,525.85万元，全年预算数为6,912.37万元。全年预算中，…")
      // (nor a figure of nothing: "…资金总额全年预算数2,360,000.00元；单位资金全年预算数0元。全年预算中，中央…" is of the first)
      if (/^0+(?:\.0+)?$/.test(names[i]!.q.number)) continue;
      if (names[i]!.name.replace(/数$/, '').endsWith(name.replace(/数$/, '')) && !otherBudgetStage(m[1]!, clauseLabel(e, names[i]!.q))) return { total: { s: e, q: names[i]!.q }, from: p + m[0].length, complete: m[2] !== '中' || names[i]!.q.family === 'money' };
    }
  }
  return undefined;
  }
}

/**
 * The figures of a sentence a later sentence may open with the name of, with their names (the
 * canonical label, two characters or more): worked out once per sentence, not once per later one.
 */
const leadNameTable = reportMemo<Stretch, readonly { q: Quantity; name: string }[]>();
function leadNames(e: Stretch): readonly { q: Quantity; name: string }[] {
  return memoised(leadNameTable, e, (x) => {
    const out: { q: Quantity; name: string }[] = [];
    for (const q of x.qs) {
      // (not the figure of a year compared with: "与2023年实际支出的1,206.55万元相比" names no whole of this year's list)
      if (q.family === 'pct' || q.depth > 0 || isAttribute(q) || comparedWithBefore(x, q)) continue;
      const name = canonicalLabel(q.label);
      if (name.length >= 2) out.push({ q, name });
    }
    return out;
  });
}

/** The nearest figure before qs[i] in its sentence, at its depth and in `unit`, that the parts add up to (none a part already read). */
function addedUpBefore(qs: readonly Quantity[], i: number, parts: readonly Quantity[], unit: string, used?: ReadonlySet<Quantity>): Quantity | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const x = qs[k]!;
    if (x.depth === qs[i]!.depth && x.unit === unit && !isAttribute(x) && !used?.has(x) && addsUp(parts, x)) return x;
  }
  return undefined;
}

/** The parts of the list a figure already has (a sum read with it as the total), if any. */
/** Whether a figure has a list of its own read before, of two items or more (right or wrong: it is checked there). */
function hasOwnList(out: readonly RelationFact[], total: FigureFact): boolean {
  return (ownList(out, total)?.length ?? 0) > 1;
}

function ownList(out: readonly RelationFact[], total: FigureFact): readonly FigureFact[] | undefined {
  for (let k = out.length - 1; k >= 0; k--) {
    const r = out[k]!;
    if (r.relation === 'sum' && r.total && r.total.src.line === total.src.line && r.total.src.column === total.src.column && r.total.number === total.number) return r.parts;
  }
  return undefined;
}

/** Whether a figure restates an item of a list: the same amount in the same unit. */
function restatesItem(items: readonly FigureFact[] | undefined, q: Quantity): boolean {
  return items !== undefined && items.some((p) => p.unit === q.unit && Number(p.number) === Number(q.number));
}

/**
 * A sentence that restates items of a list, each followed by its own parts ("其中：乙（款）1069.62万元用于甲598.37万元、
 * 乙471.25万元；丙913.72万元用于…"): each item with the figures after it up to the next item, as that item's sum.
 * What the money was used for (用于) may be only some of it; 包括 / 其中 / 分别为 name all its parts.
 */
function itemDetails(s: Stretch, parts: readonly Quantity[], items: readonly FigureFact[], out: RelationFact[]): void {
  const text = s.c.text;
  for (let i = 0; i < parts.length; ) {
    const item = parts[i]!;
    let j = i + 1;
    while (j < parts.length && !restatesItem(items, parts[j]!)) j++;
    const own = parts.slice(i + 1, j);
    const joint = own.length > 0 ? text.slice(item.end, own[0]!.at) : '';
    const named = ITEM_DETAIL.exec(joint);
    if (named && own.length > 0) out.push(sumRelation(s, item, s, own, named[1] === undefined && own.length > 1, '列举项的明细（另句）'));
    i = j;
  }
}

/** Words after an item that open its own parts: 用于 / 含 (some of them, maybe not all), 包括, 其中, 分别为 (all). */
const ITEM_DETAIL = /^[，,]?(?:((?:主要)?用于|含)|包括|其中[：，]?|分别为)/;

function sumRelation(ts: Stretch, total: Quantity, ps: Stretch, given: Quantity[], complete: boolean, shape: string, subject = total.label): RelationFact {
  const tf = figure(ts, total);
  const parts = staffKindParts(ts, total, ps, given);
  // (a list closed by its own total, 其中：A，B，合计X, is that total's: of the whole before it, a part)
  return { relation: 'sum', subject, total: tf, parts: parts.map((p) => figure(ps, p)), complete: complete && parts.length > 1 && !CLOSED.has(parts) && !satisfiedOnly(ps, parts) && !itemsByVariance(ps, parts), shape, src: tf.src };
}

/** The words before a figure back to its clause's start or the figure before it ("…编制45人、实有41人": 、实有). */
function wordsSince(s: Stretch, q: Quantity): string {
  let from = runStart(s.c.text, q.at, CLAUSE_MARKS, s.from);
  for (const x of s.qs) if (x.end <= q.at && x.end > from) from = x.end;
  return s.c.text.slice(from, q.at);
}

/** Which of the two counts of staff a figure's label names: the quota (核定编制) or the staff there are (实有, 在职, 在编人员). */
function staffKind(label: string): 'quota' | 'actual' | undefined {
  return STAFF_ACTUAL.test(label) ? 'actual' : /编制/.test(label) ? 'quota' : undefined;
}
const STAFF_ACTUAL = /实有|在职|在编人|在岗|现有/;

/**
 * The parts of a sum of staff that are of the total's count: items that each state a quota and the staff there are ("…核定编制合计
 * 1,172名" after "局机关核定行政编制46名，年末实有在职人员43名；所属…核定事业编制1,126名，…1,098名") add up by kind; a total of the
 * staff there are whose items were read by their quotas ("实有在编人员109人，其中市图书馆编制45人、实有41人，…") is the sum of
 * the staff each states after its quota. None when parts of both counts cannot be told apart by the total's.
 */
function staffKindParts(ts: Stretch, total: Quantity, s: Stretch, parts: Quantity[]): Quantity[] {
  if (total.family !== 'people' || parts.length === 0) return parts;
  const kinds = parts.map((p) => staffKind(wordsSince(s, p)));
  const mixed = kinds.includes('quota') && kinds.includes('actual');
  const want = staffKind(wordsSince(ts, total));
  if (want === undefined) return mixed ? [] : parts;
  if (!kinds.some((k) => k !== undefined && k !== want)) return parts;
  if (mixed) {
    const same = parts.filter((_, k) => kinds[k] === want);
    return same.length >= 2 ? same : [];
  }
  // (every part named by the other count: the figure of the total's count each item states after it, before the next item; if
  // the items state none, the parts are the staff of each kind of post, "在职人员45人，其中行政编制30人、事业编制12人、…")
  const swapped: Quantity[] = [];
  for (let k = 0; k < parts.length; k++) {
    const next = parts[k + 1]?.at ?? s.to;
    const own = s.qs.find((q) => q.at > parts[k]!.at && q.at < next && q.family === 'people' && q.depth === parts[k]!.depth && staffKind(wordsSince(s, q)) === want);
    if (!own) return parts;
    swapped.push(own);
  }
  return swapped;
}

/**
 * "其中：公路养护（项）支出3,486.25万元，…超过年初预算286.25万元…；其他公路水路运输支出（项）1,863.45万元，为年初预算的116.47%…": class
 * items each compared with their own budget single out the items that differ from it, some of the class's, not all of them.
 */
function itemsByVariance(s: Stretch, parts: readonly Quantity[]): boolean {
  // (each item named in its clause of the list, up to its figure: "…；车辆购置税…支出（项）年初预算1,300.00万元，决算1,087.90万元")
  if (!parts.every((p) => CLASS_ITEM.test(itemWords(s, p)))) return false;
  const text = s.c.text;
  return parts.some((p) => {
    const semi = text.indexOf('；', p.end);
    return VERSUS_OWN_BUDGET.test(text.slice(p.end, semi < 0 ? s.to : semi));
  });
}
/** A class item's figure compared with its own budget: 为年初预算的, 超过年初预算, 略低于年初预算, 比预算多. */
const VERSUS_OWN_BUDGET = /(?:为|完成|超过|超出|高于|低于|少于|多于|比|较)(?:了)?(?:年初|调整后?)?预算/;

/** A level of satisfaction a survey counts its answers by; one of those not satisfied. */
const SATISFACTION_LEVEL = /^(?:其中)?[：，]?(?:表示|选择|认为|评价为?|回答)?[“"]?(?:非常|很|比较|较为?|基本|一般|不太?|很不|非常不)?满意[”"]?(?:的|票|份|人|人次|户)?(?:为|是|有|占)?$/;
const NOT_SATISFIED = /不太?满意|^(?:其中)?[：，]?[“"]?一般/;
/**
 * "收回有效问卷292份，…；其中“满意”238份、“比较满意”33份，满意度为92.81%": answers counted by the levels of satisfaction,
 * none of them a level not satisfied, are those satisfied only: some of the whole, not all of it.
 */
function satisfiedOnly(s: Stretch, parts: readonly Quantity[]): boolean {
  const words = parts.map((p) => clauseLabel(s, p));
  return words.every((w) => SATISFACTION_LEVEL.test(w)) && !words.some((w) => NOT_SATISFIED.test(w));
}

/** What the money was used for, opening a clause: ，用于…, ，主要用于…, the first item after 其中 (，其中用于…) */
const USED_FOR = /^[，,](?:其中[：，]?)?(?:主要)?用于/;

/** The label of a figure of full marks: 满分, 分值, 权重, 标准分. */
const FULL_MARKS = /满分|分值|权重|标准分/;
/** A score that is full marks: named so, or right before what was got ("目标设定8分、得8分"). */
const fullMarks = (text: string, q: Quantity): boolean => FULL_MARKS.test(q.label) || MARKS_BEFORE_GOT.test(text.slice(q.end, q.end + 20));

/**
 * Whether a list of what parts of the whole score got names their full marks, and those fall short of the whole's 100: some of the parts
 * only ("自评得分98.40分。其中产出指标50分，得48.75分；效益指标30分，得30分").
 */
function someScoredParts(s: Stretch, from: number, whole: Quantity): boolean {
  if (whole.family !== 'score' || !/自评得分|总分|综合得分|最终得分|自评分|得分$/.test(whole.label)) return false;
  const marks = marksAfter(s, from, 0);
  return marks.length > 0 && marks.reduce((a, q) => a + Number(q.number), 0) < 100 - 1e-9;
}

/** The figures of full marks in a sentence after `from`, at a depth. */
function marksAfter(s: Stretch, from: number, depth: number): Quantity[] {
  return s.qs.filter((q) => q.at >= from && q.family === 'score' && q.depth === depth && fullMarks(s.c.text, q));
}

/** Whether the full marks in the sentence after `from`, at the total's depth, two or more, add up exactly to the total. */
function marksMake(s: Stretch, from: number, total: Quantity): boolean {
  const marks = marksAfter(s, from, total.depth);
  return marks.length >= 2 && addsUpExactly(marks, total);
}

/** Lists collectParts found closed by their own total (其中：培训费…，会议费…，合计2.70万元). */
const CLOSED = new WeakSet<Quantity[]>();

/**
 * Whether the text between two places holds, at the given bracket depth, a number no figure was read
 * from (its measure word unknown: 660张, 35头): a year (2024年) is none.
 */
function strayFigure(s: Stretch, from: number, to: number, depth: number): boolean {
  const t = s.c.text;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    let j = i;
    while (j < to && ((t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) || t[j] === '.' || t[j] === ',')) j++;
    const inFigure = s.qs.some((q) => q.at <= i && i < q.end);
    if (!inFigure && t[j] !== '年' && depthAt(t, i) === depth) return true;
    i = j;
  }
  return false;
}

/** Heading number styles from the top level down: a style later in the list is a level below. */
const LEVELS = ['chinese-part', 'chinese-dun', 'paren-chinese', 'arabic-dun', 'arabic-dot', 'paren-arabic'];
function deeper(style: string, than: string): boolean {
  const a = LEVELS.indexOf(style);
  const b = LEVELS.indexOf(than);
  return a >= 0 && b >= 0 && a > b && !(a === 4 && b === 3) && !(a === 3 && b === 4);
}

/**
 * An unnumbered line of a list under "…其中：": it opens with its one figure of the total's family
 * (the words before it are its name), and after the first line that figure is named as the first
 * part is (人员经费 … 公用经费).
 */
function linePart(s: Stretch, q: Quantity, family: string, first: Quantity | undefined): boolean {
  // (the figures of what describes the part, "人员经费…，占…，主要包括：基本工资A万元、津贴补贴B万元", are its own
  // items, not more parts of the line)
  const describes = s.c.text.slice(q.end, s.to).search(DESCRIBES_ITEMS);
  const until = describes < 0 ? s.to : q.end + describes;
  // (nor the figures that describe the part in another stage or as a difference: "禁牧补助支出1391.55万元，
  // 应发1398.30万元，差额6.75万元；")
  // (nor what the part left: "——地质灾害治理工程支出6,812.35万元，执行率91.81%，未支出607.65万元；", "…尚有18.00万元未到位")
  if (q.depth !== 0 || s.qs.filter((x) => x.at < until && x.family === family && x.depth === 0 && !isAttribute(x) && (x === q || (!itemFigure(x) && !ITEM_BALANCE.test(x.label) && !ITEM_CARRIED.test(x.label) && !LEFT_AFTER_FIGURE.test(s.c.text.slice(x.end, x.end + 4))))).length !== 1) return false;
  // (its words from the line's start, over a 、 of several names: "拨付县疾病预防控制中心、县妇幼保健院2家…机构109.22万元")
  if (lineWords(s, q) === undefined || q.label.length < 2 || TOTAL_WORD.test(q.label)) return false;
  // (a line that sums up the lines before it, "以上两项财政拨款收入合计2,605.40万元", is none of them)
  if (/^(?:以上|上述|前述|上列)/.test(s.c.text.slice(s.from, q.at).replace(/^\s+/, ''))) return false;
  return first === undefined || describedPart(s, first, family) === q;
}

/**
 * The figures of a line that are each one more part of the kind of `first`, clause by clause from the line's start
 * ("经营收入0万元，附属单位上缴收入0万元"): two or more, and no other figure of the family; undefined otherwise.
 */
function siblingsOnLine(s: Stretch, family: string, first: Quantity): Quantity[] | undefined {
  if (s.from !== 0) return undefined;
  const own = s.qs.filter((x) => x.family === family && x.depth === 0 && !isAttribute(x));
  if (own.length < 2) return undefined;
  let from = s.from;
  for (const x of own) {
    // (each named by its own clause, nothing but its name before it)
    if (/[，。；：]/.test(s.c.text.slice(from, x.at).replace(/^[，；]/, '')) || !sameKind(first, x)) return undefined;
    from = x.end;
  }
  return own;
}

/** The sum of printed figures in hundredths (exact for the two decimals money is printed with; more are rounded). */
function hundredths(numbers: readonly string[]): number {
  let sum = 0;
  for (const n of numbers) sum += Math.round(Number(n.replace(/,/g, '')) * 100);
  return sum;
}

/**
 * The parts of a line that goes on with a list, one a clause (at ；): each clause's one figure of the family, named by
 * words of its own; undefined unless every clause has one.
 */
function partsByClause(s: Stretch, family: string): Quantity[] | undefined {
  const text = s.c.text;
  const found: Quantity[] = [];
  let from = s.from;
  for (let i = s.from; i <= s.to; i++) {
    if (i < s.to && text.charCodeAt(i) !== 0xff1b /* ； */) continue;
    const own = s.qs.filter((x) => x.at >= from && x.at < i && x.family === family && x.depth === 0 && !isAttribute(x));
    if (own.length > 1 || (own.length === 0 && /[\u4e00-\u9fff\d]/.test(text.slice(from, i)))) return undefined;
    const q = own[0];
    if (q) {
      if (q.label.length < 2 || TOTAL_WORD.test(q.label) || itemFigure(q)) return undefined;
      found.push(q);
    }
    from = i + 1;
  }
  return found.length >= 2 ? found : undefined;
}

/** Words that open a list of what a part is made of (主要包括：, 具体包括：, 包括：, ，其中). */
// (，即 too: "就业帮扶类项目6个，即公益岗位项目1个、…" names the part's own items)
const DESCRIBES_ITEMS = /(?:主要|具体)?包括[：:]|，(?:主要|具体)?包括|，其中|，即(?=[^，。；：\d]{2})|，具体(?:为|是|如下)[：:]|，(?:明细|构成)(?:为|如下)[：:]/;

/** After a part: the words that describe it at length (主要包括：…, 主要用于…), ending its sentence. */
const DESCRIBES = /^[^，。；]{0,4}，?(?:主要)?(?:包括|用于|是|有)[：:]?/;

/**
 * A 其中 list of this sentence whose last part is described at length (人员经费…，主要包括：…。) and
 * whose parts do not yet make the total: the next sentence may go on with it.
 */
function describedList(s: Stretch, out: readonly RelationFact[], from: number): { rel: RelationFact; first: Quantity; family: string; s: Stretch } | undefined {
  for (let k = out.length - 1; k >= from; k--) {
    const r = out[k]!;
    if (r.relation !== 'sum' || (r.shape !== '其中' && r.shape !== '其中（另句）') || !r.parts || r.parts.length === 0) continue;
    const lastPart = r.parts[r.parts.length - 1]!;
    const q = s.qs.find((x) => figure(s, x).src.column === lastPart.src.column && figure(s, x).src.line === lastPart.src.line);
    const first = s.qs.find((x) => figure(s, x).src.column === r.parts![0]!.src.column && figure(s, x).src.line === r.parts![0]!.src.line);
    if (!q || !first || !DESCRIBES.test(s.c.text.slice(q.end, s.to))) return undefined;
    const sum = r.parts.reduce((a, p) => a + Number(p.number), 0);
    // (parts that make the total within their printing make it: 1052.05 + 632.15 is 1684.20, whatever the float says)
    if (r.parts.some((p) => p.unit !== r.total!.unit) || sum >= Number(r.total!.number) || addsUp(r.parts, r.total!)) return undefined;
    return { rel: r, first, family: q.family, s };
  }
  return undefined;
}

/** The figure a sentence opens with, when it is one more part of the kind of `first` (describedList). */
function describedPart(s: Stretch, first: Quantity, family: string): Quantity | undefined {
  // (a count of what the part is for may come first: "拨付…县妇幼保健院2家县级专业公共卫生机构109.22万元")
  const q = s.qs.find((x) => x.family !== 'pct' && (x.family === family || !COUNTED.has(x.family) || x.depth > 0 || s.qs.every((y) => y.family !== family)));
  const words = lineWords(s, q);
  if (!q || q.family !== family || q.depth !== 0 || words === undefined) return undefined;
  const a = first.label.replace(/^其中[：，]?/, '');
  // (or both items of expense, 办公费 … 水电费 … 维修（护）费; not after a class of them, 人员经费 … 公用经费, whose own items follow it)
  const expense = a.length >= 2 && a.endsWith('费') && !a.endsWith('经费') && words.replace(/（[^（）]*）/g, '').endsWith('费');
  return sameKind(first, q) || ((MONEY_VERB.test(a) && words.startsWith(a.slice(0, 2))) || expense) && !TOTAL_WORD.test(q.label) && !isAttribute(q) ? q : undefined;
}

/**
 * The words a line opens with before its figure, when nothing but them stands there: no clause mark but a 、 between names
 * or one inside a bracket (拨付县疾病预防控制中心、县妇幼保健院2家…机构; 维修（护）费); undefined otherwise.
 */
function lineWords(s: Stretch, q: Quantity | undefined): string | undefined {
  if (!q) return undefined;
  const words = s.c.text.slice(s.from, q.at);
  return /[，。；：]/.test(words.replace(/（[^（）]*）/g, '')) ? undefined : words;
}

/**
 * Whether `q` is one more part of the kind of `first`: its name ends as the first part's does
 * (基本支出 … 项目支出, 人员经费 … 公用经费), and it is no total, no attribute and not last year's, nor
 * another year's ("…；上年基本支出280万元" states another figure).
 */
const MONEY_VERB = /^(?:拨付|用于|安排|下达|支付|补助|补贴|奖励|发放)/;
/** The name of a place alone: 楚城区, 白沙县, 太平川镇. */
const PLACE = /^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|镇|乡|街道|村|旗|州)$/;

function sameKind(first: Quantity, q: Quantity): boolean {
  const a = first.label.replace(/^其中[：，]?/, '');
  const b = q.label;
  // (or both name the level of government their funds come from: 中央补助 … 市本级配套)
  // (or both are classes of spending by economic classification: 商品和服务支出 … 对个人和家庭的补助)
  // (or both open with the verb of what was done with the money: 拨付乡镇卫生院… … 拨付村卫生室…)
  // (or both are places of one level: 楚城区 … 江岸区 … 楚原高新区)
  return a.length >= 3 && b.length >= 3 && a !== b && (a.slice(-2) === b.slice(-2) || (FUND_LEVEL.test(a) && FUND_LEVEL.test(b)) || (ECONOMIC_CLASS.test(a) && ECONOMIC_CLASS.test(b)) || (MONEY_VERB.test(a) && a.slice(0, 2) === b.slice(0, 2)) || (PLACE.test(a) && PLACE.test(b) && a.slice(-1) === b.slice(-1))) && !TOTAL_WORD.test(b) && !isAttribute(q) && !isPriorLabel(b) && !/(?:19|20)\d{2}年/.test(b);
}

/**
 * Whether the clause right after a ； at `semi` opens with a figure of the same kind as `first`: its
 * name ends as the first part's does (基本支出 … 项目支出, 人员经费 … 公用经费), and it is no total.
 */
function siblingAfter(s: Stretch, semi: number, first: Quantity, family: string, depth: number): boolean {
  const text = s.c.text;
  const next = s.qs.find((q) => q.at > semi && q.family === family && q.depth === depth);
  // (its name may hold a 、: "；社会保障、就业和医疗卫生支出25亿元")
  if (next === undefined || /[，。；：]/.test(text.slice(semi + 1, next.at))) return false;
  // (or it is stated as the first is, with its share of the whole in its clause: "A…，占本年收入的83.67%；
  // …；其他收入56.77万元，主要是…，占1.63%")
  // (or, in a list of scores, each stated as its full marks and what it got, "…满意度指标10分，得10分；预算执行率10分，得9.27分")
  return sameKind(first, next) || (sharedInClause(s, first) && sharedInClause(s, next)) || (family === 'score' && GOT_AFTER.test(text.slice(first.end, first.end + 24)) && GOT_AFTER.test(text.slice(next.end, next.end + 24)));
}

/** What a full mark's part got, right after it: "，得9.27分", "，实际得分48分". */
// (past a clause of how far it was done: "…管网长度10分，完成97.33%，得8分")
const GOT_AFTER = /^[，,](?:[^，。；]{0,12}[，,])?\s*(?:实际)?得(?:分)?(?:为)?\s*\d/;

/** Whether a figure's clause, to the next ；, states its share (，占p%). */
function sharedInClause(s: Stretch, q: Quantity): boolean {
  const text = s.c.text;
  const semi = text.indexOf('；', q.end);
  const clause = text.slice(q.end, semi < 0 || semi > s.to ? s.to : semi);
  // (its share before any other sum of money in the clause: a description may stand between, a change may follow)
  const m = /，占[^，。；]{0,24}?\d+(?:\.\d+)?%/.exec(clause);
  return m !== null && !/\d(?:万元|元|亿元)/.test(clause.slice(0, m.index));
}

/** A headcount of the staff serving (在职、在编、在岗 …): the retired are no part of it. */
const SERVING = /在职|在编|在岗|职工|干部|工作人员/;
/** What is carried over to next year: 年末结转, 结转资金. */
const ITEM_CARRIED = /^(?:年末)?结转(?:结余)?(?:资金)?(?:为|是)?$/;
/** What a figure is said to be after it: still not received or spent (尚有18.00万元未到位). */
const LEFT_AFTER_FIGURE = /^未(?:到位|支出|执行|使用|拨付|发放)/;
/** Posts of a quota left empty, or filled beyond it: a part of the quota, never of the staff serving. */
const VACANT = /空编|缺编|超编|空岗|缺员|空缺|编制缺额/;

/** A clause that states what is still lacking: 尚有30万元未到位, 仍差2公里. */
/** A running total said beside the parts of a period: 上半年累计, 前三季度累计, 截至6月底累计. */
/** How many of what was counted were done, in a clause of its own: 按期完成, 已完工, 实际建成. */
// (the verb and its figure: "验收不及时2个" names a kind of problem, no count done)
const DONE_CLAUSE = /^(?:按期|按时|如期|已经?|实际|累计|全部)?(?:完成|完工|竣工|建成|验收|开工|办结)(?:了|的)?(?:[^\d，。；、]{0,2}(?:数|量))?$/;
const RUNNING_TOTAL = /^(?:上半年|下半年|全年|前[一二三两四]季度|前\d{1,2}个?月|[一二三四1-4]至[一二三四1-4]季度|截至[^，。；]{1,10})?累计(?:支出|执行|完成|拨付)?(?:为|是|达)?$/;
/** A clause comparing with a plan or target: "比计划少2个", "较目标多3个". */
// (and how far beyond or short of it: 超出目标0.6公里, 超过计划2个, 低于目标3处)
// (its subject may be named first, and a quota is the plan of the staff: "实有人数少于核定编制9人")
const COMPARED_TO_PLAN = /^(?:[^，。；\d]{0,8}?)(?:(?:比|较|与)(?:年度|原|年初|核定)?(?:计划|目标|任务|预期|预算|编制)|(?:超出|超过|高于|低于|少于|多于|差)(?:年度|年初|调整后?|核定)?(?:计划|目标|任务|预期|预算|编制)(?:数|值)?|超额完成|超额|多完成|少完成)/;
/** A clause giving a cause: "原因是…", "主要原因为…", "由于…". */
const CAUSE_CLAUSE = /^(?:主要)?原因(?:是|为|在于)|^由于/;
/** A clause saying how far what is listed reaches: 涉及4个镇, 覆盖3个乡镇, 惠及1,200户, 分布在5个村, 实现6个乡镇全覆盖. */
const REACH_CLAUSE = /^(?:共|共计|合计)?(?:涉及|覆盖|惠及|辐射|遍及|分布(?:于|在)?)/;
/** The words that name an outstanding figure after it: (尚有X万元)未形成支出, 未到位, 未拨付. */
const OUTSTANDING_NAME = /^未[^，。；：\d]{1,6}(?=，)/;
/** The words after a figure a computation is based on: 按X的应配套数计算, 按X测算. */
const BASIS_OF = /^[^，。；]{0,16}?(?:计算|测算|核算|核定)/;
/** Words of how far money has gone (paid, used, received so far): a stage, not a kind of spending. */
const PROGRESS = /已(?:拨付|支付|使用|到位|执行|下达|兑付|发放)|目前|截至|截止/;

/**
 * The parts of a list from `from`: figures of the family at the list's depth, until the sentence
 * or the bracket that holds the list ends. A part followed by its own introducer has a nested list
 * (to the next ； or its closing bracket), read as its own relation. A figure naming a change or a
 * share belongs to the part before it.
 */
/** Words right before an amount that make it one per unit: 按每县（区）, 每人每月. */
const PER_HEAD_BEFORE = /每[\u4e00-\u9fff]{1,3}(?:[（(][\u4e00-\u9fff]{1,3}[）)])?(?:每[\u4e00-\u9fff]{1,2})?$/;
/** A part's own clause closing on a colon before any other figure: "通过市财政局分两批下达：". */
const OWN_COLON = /^[^，。；：\d]{2,24}：/;
/** Words that say how a whole was split into the items after them: 分两批, 分别, 具体为. */
const SPLIT_SAID = /分(?:[两二三四五六七八九十\d]+)(?:批|次|期|个|项|部分|笔)|分别|具体|明细/;

function collectParts(s: Stretch, from: number, family: string, depth: number, used: Set<Quantity>, out: RelationFact[], total?: Quantity, opened = false, alsoFamilies?: ReadonlySet<string>): Quantity[] {
  const text = s.c.text;
  // (a score total is full marks when named so, or when it is a 总分 the parts' full marks after it make exactly: "本项目自评总分为100分，
  // 其中预算执行率分值10分，…得9.49分；绩效指标分值90分，得89.5分")
  const totalMarks = family === 'score' && total !== undefined && (fullMarks(text, total) || (/总分/.test(total.label) && marksMake(s, from, total)));
  let end = s.to;
  if (depth > 0) {
    // the list ends at the bracket that closes it
    let d = depth;
    for (let i = from; i < s.to; i++) {
      if (text[i] === '（') d++;
      else if (text[i] === '）' && --d < depth) {
        end = i;
        break;
      }
    }
  }
  // a list ends at a ； that closes no part of it ("分别为：A、B、C；另下设…"), and, when its
  // introducer had no colon ("…，其中A、B；项目支出…"), at the first ；
  // A ； after which the parts already add up to the total ends the list too: what follows is
  // another statement ("其中：货物21.50万元，服务64.80万元；授予中小企业合同金额86.30万元…")
  const colon = opened || text[from - 1] === '：';
  let goesOn = false;
  for (let i = from; i < end; i++) {
    if (text[i] !== '；') continue;
    const figures = s.qs.filter((q) => q.at >= from && q.at < i && q.family === family && q.depth === depth && !isAttribute(q) && !itemFigure(q));
    // (a part's full marks beside what it got are none of the parts of a score got, nor the other way round)
    const before = family === 'score' && total !== undefined ? figures.filter((q) => fullMarks(text, q) === totalMarks) : figures;
    // "…，其中基本支出300万元，占60%；项目支出200万元，占40%": after the ； the next part of the same
    // kind as the first (…支出, …经费) goes on with the list
    if (!colon && before.length > 0 && (total === undefined || !addsUp(before, total) || completedAfter(s, i, before, total)) && siblingAfter(s, i, figures[0]!, family, depth)) continue;
    // (counts add up exactly, their printing has no rounding: 2所、3所、5所 are within the tolerance of 12所, but the list
    // goes on where the figure after the ； makes them add up, "…小学5所；幼儿园两所")
    if (!colon || before.length === 0 || (total !== undefined && before.length >= 2 && addsUp(before, total) && !completedAfter(s, i, before, total))) {
      end = i;
      // ("其中：中央资金1,260.00万元、自治区资金1,206.00万元均已全额到位；援疆资金分两次到位，第一次…，累计到位648.00万元": the
      // clause after the ； names one more of them, its figure said in other words: the list is not all read)
      if (before.length > 0 && (total === undefined || !addsUp(before, total)) && moreOfKindAfter(text, i, before[0]!)) goesOn = true;
      break;
    }
  }
  const parts: Quantity[] = [];
  let skipUntil = -1;
  let reduced = false;
  let mixed = false;
  for (const q of s.qs) {
    if (q.at < from || q.at >= end || used.has(q)) continue;
    if (q.at < skipUntil) continue;
    const clause = clauseBefore(text, q.at);
    // "另下设13个分局", "此外…", "同步发展…0.30万亩": a figure beside the list, not in it
    // (unless the list's own 合计 right after it counts it: "…，另设预算执行率指标1个，合计16个")
    // (unless the list falls short of its total by that figure exactly: "共设置13项三级指标，其中产出指标8项、…1项，另设预算执行率指标1项")
    if (/^(?:另|此外|另外|同时|同步|以及)/.test(clause) && !closedAfter(s, q) && !(total !== undefined && q.family === family && q.depth === depth && parts.length >= 2 && !addsUpExactly(parts, total) && addsUpExactly([...parts, q], total))) break;
    if (q.depth !== depth) continue;
    // ("新认定龙头企业5家，其中省级2家，新培育家庭农场36家": a count larger than the total alone is no part of it; the list ended before it)
    // (the total stated in the sentence, and the figure in a clause of its own: a whole taken from a sentence before may be the wrong one)
    if (total !== undefined && q.family === family && COUNTED.has(family) && s.qs.includes(total) && text.slice(parts.length > 0 ? parts[parts.length - 1]!.end : from, q.at).includes('，') && exceeds(q, total)) break;
    // ("中央补助资金1,860.00万元分两批下达，两批金额分别为1,240.00万元和620.00万元，省级…" / "…均已全额到位，其中中央补助资金分两批下达，第一批
    // 2,100.00万元，第二批1,050.00万元；县级…": the batches a part was handed down in are that part's, never parts of the list)
    if (parts.length > 0 && q.family === family) {
      const run = batchesOf(s, q, parts, end);
      if (run) {
        for (const x of run.items) used.add(x);
        if (run.items.length >= 2) out.push(sumRelation(s, run.of, s, run.items, true, '分批'));
        skipUntil = run.items[run.items.length - 1]!.end;
        continue;
      }
    }
    // ("9,870人次×110元=1,085,700元，…": a factor of a product written out is no part, the product is)
    if (factorOfProduct(text, q)) continue;
    // ("…按每县（区）60万元补助，共420.00万元": an amount per unit is no part, the amount it makes is; unless the whole is per unit too)
    if (PER_HEAD_BEFORE.test(text.slice(Math.max(from, q.at - 10), q.at)) && !(total !== undefined && PER_UNIT.test(total.label))) continue;
    // (a list of counts that already makes its total exactly ends there: "小型水库27座，其中小（一）型6座、小（二）型21座，本年鉴定的9座均为…")
    if (total !== undefined && COUNTED.has(family) && q.family === family && parts.length >= 2 && addsUpExactly(parts, total) && /，/.test(text.slice(parts[parts.length - 1]!.end, q.at)) && !TOTAL_WORD.test(clause) && !TOTAL_WORD.test(q.label)) break;
    // ("石岭县完成46个，比计划少2个": how far a part is from its plan is no further part)
    if (parts.length > 0 && COMPARED_TO_PLAN.test(clause)) continue;
    // ("…，原因是2个村因…": a cause given after the list ends it)
    if (parts.length > 0 && CAUSE_CLAUSE.test(clause)) break;
    // ("其中柳庄镇3个、石桥镇2个…，涉及4个镇": how far the list reaches, said after it, ends it)
    if (parts.length > 0 && (REACH_CLAUSE.test(clause) || (/^实现$/.test(clause) && /^[^，。；]*全覆盖/.test(text.slice(q.end))))) break;
    // ("其中：预算投入指标满分20分，得19.00分；…": a part's full marks beside what it got are no part of the score;
    // of full marks, "…合计分值30分。其中，决策指标分值10分，得9.00分；…", what a part got is none)
    if (q.family === 'score' && fullMarks(text, q) !== totalMarks) continue;
    if (q.family !== family && !alsoFamilies?.has(q.family)) {
      // "1000套，其中：A 200套；B 300套；C 500台": a part counted in another measure word leaves the
      // sum of the others meaning nothing (a figure of another kind beside a part, 80万元 of 2辆, is
      // that part's own and is passed over)
      // (one more part only when named as the parts are: 前端补点安装设备 beside 指挥平台安装设备; 实有车辆6辆
      // after 离休0人、退休16人 is another statement)
      // (or one more item of the same 、 list: "36处点位…，包括道路12处、公共厕所10座、垃圾楼8座、居住小区6个")
      // (also the list's first item: "水源工程共14座，分别为机井5眼、提灌泵站3座、蓄水池6座")
      // (or one more item of a list set out clause by clause after ；, as the parts before it are: "其中：县级医院2家，即…；专业
      // 公共卫生机构2个，即…；乡镇卫生院6处，分别为…")
      if (COUNTED.has(family) && COUNTED.has(q.family) && !isAttribute(q) && parts.length > 0 && ((q.label.length >= 2 && parts[0]!.label.slice(-2) === q.label.slice(-2)) || /^、[^，。；：\d]*$/.test(text.slice(parts[parts.length - 1]!.end, q.at)) || (itemAfterSemicolon(text, q, from) && itemAfterSemicolon(text, parts[parts.length - 1]!, from)))) mixed = true;
      // (when later items of the list are in the total's measure word; all in another, they are of a figure in theirs)
      if (COUNTED.has(family) && COUNTED.has(q.family) && !isAttribute(q) && parts.length === 0 && /^、[^，。；：\d]{1,12}\d/.test(text.slice(q.end)) && s.qs.some((x) => x.at > q.at && x.at < end && x.family === family && x.depth === depth && /^、/.test(text.slice(x.at - 16, x.at).replace(/^.*(?=、)/, '')))) mixed = true;
      // (or the list's first item, clause by clause: "受益主体6,008个，其中：种植散户5,807户，种植大户186户，农民专业合作社12家，…")
      if (COUNTED.has(family) && COUNTED.has(q.family) && !isAttribute(q) && parts.length === 0 && /^[^，。；：\d]{2,12}$/.test(text.slice(from, q.at).replace(/^[：，]/, '')) && /^[，；][^，。；：\d]{1,12}\d/.test(text.slice(q.end))) mixed = true;
      continue;
    }
    // "在职职工62人，其中…中级工1人，退休职工28人": the retired are not among the staff serving
    // (a total that may count the retired too, 年末实有人数42人，其中在职30人、退休12人, lists them as a part)
    // (unless with them the parts add up to it: "职工总数808人，其中在编人员358人、合同制人员254人、退休人员196人")
    if (total !== undefined && RETIRED.test(q.label) && !RETIRED.test(total.label) && SERVING.test(total.label) && !addsUp([...parts, q], total)) break;
    // "实有在职人员251人，其中行政人员58人…，空编17名": the posts left empty are of the quota, not of those serving
    if (total !== undefined && VACANT.test(q.label) && (SERVING.test(total.label) || /实有/.test(total.label))) break;
    // "…，县财政配套资金30.9万元，2021年度中央下达资金61.8万元": a clause opening with a year states
    // another figure, not one more part
    // (unless the parts are grouped by year: "其中2022年省级资金…、中央资金…，2023年省级资金…")
    if (parts.length > 0 && /^(?:19|20)\d{2}年/.test(clause) && !/^(?:其中)?(?:19|20)\d{2}年/.test(clauseBefore(text, parts[0]!.at))) break;
    // "…200万元，其中项目管理费2万元，目前项目资金已拨付150万元": how far the money has gone is
    // another measure, not a part; unless the parts are such stages ("其中已拨付150万元、未拨付50万元")
    if (parts.length > 0 && q.family === 'money' && PROGRESS.test(clause) && !PROGRESS.test(clauseBefore(text, parts[0]!.at))) break;
    // ("县级配套资金按1,825,600元的应配套数计算尚有32.56万元未到位": a figure a computation is based on is no part)
    if (parts.length > 0 && BASIS_OF.test(text.slice(q.end, q.end + 24)) && /按[^，。；]{0,12}$/.test(clause)) continue;
    // "其中县级配套资金到位120.00万元，尚有30.00万元未到位": what a part still lacks is no further part
    // (unless the parts are the done and the outstanding: "其中已拨付150万元、尚未拨付50万元")
    // (also said after words of its own clause: "县级配套资金…计算尚有32.56万元未到位")
    if (parts.length > 0 && (OUTSTANDING.test(clause) || OUTSTANDING_END.test(clause)) && !OUTSTANDING.test(clauseBefore(text, parts[0]!.at)) && !PROGRESS.test(clauseBefore(text, parts[0]!.at))) break;
    // ("计划实施工程项目8个，其中危桥改造4个、安全生命防护工程3个、路面病害处治1个，按期完成7个": counts of kinds, then how many were
    // done, in a clause of its own: no further part)
    if (parts.length >= 2 && total !== undefined && COUNTED.has(family) && DONE_CLAUSE.test(clause) && !DONE_CLAUSE.test(clauseBefore(text, parts[0]!.at))) break;
    // ("第二季度支出802.58万元，上半年累计1,314.94万元，…；第三季度支出…，前三季度累计2,031.88万元": a running total is no part)
    if (parts.length > 0 && RUNNING_TOTAL.test(clause)) continue;
    // ("分别为一般债务162,300万元和专项债务223,300万元，控制在…402,000万元债务限额以内": a list whose last item is joined by 和
    // ends with it; a figure after its ， is another statement; after a ； the list may go on, "…A和B均已全额到位；C到位72.00万元"; and
    // after the ， where with it the parts make their total exactly, "其中，中央资金2,520万元和省级资金720万元已全部到位，市级配套资金到位180万元")
    if (parts.length >= 2 && q.family === family && /^[^，。；：\d]{0,2}(?:和|及|以及|与)/.test(text.slice(parts[parts.length - 2]!.end, parts[parts.length - 1]!.at).replace(/^[\s、]+/, '')) && /，/.test(text.slice(parts[parts.length - 1]!.end, q.at)) && !/；/.test(text.slice(parts[parts.length - 1]!.end, q.at)) && !(total !== undefined && addsUpExactly([...parts, q], total))) break;
    // ("…，其中报告书9项、报告表43项，超出不少于45项的目标": a figure of the target the list is compared with is no part)
    if (parts.length > 0 && /^的?(?:年度)?(?:目标|计划|任务)/.test(text.slice(q.end, q.end + 6))) continue;
    // ("其中新建2,418户、问题厕所整改708户，完成年度目标3,000户的104.20%": the base of a rate after the list ends it)
    if (parts.length > 0 && /^的\s*\d+(?:\.\d+)?\s*%/.test(text.slice(q.end, q.end + 12))) break;
    // ("…，其中行政人员17人、事业人员3,030人，事业人员中专任教师2,716人": a part of a part, named by it and 中)
    // (and the items joined to it by 、: "事业人员中文化馆12人、图书馆11人、博物馆9人")
    if (parts.some((p) => p.label.length >= 2 && clause.startsWith(`${p.label.replace(/^其中[：，]?/, '')}中`))) {
      const stop = text.slice(q.end, end).search(/[，；。：]/);
      skipUntil = stop < 0 ? end : q.end + stop;
      continue;
    }
    // "补偿资金调减2.66万元，造林补助2.42万元…": a part taken off, the list is no plain sum
    if (REDUCED.test(q.label)) reduced = true;
    // (labels drop a total word at their end: "两项合计300万元" is labelled 两项, its clause keeps it)
    // (only the words after the part before: "本年收入合计2380.15万元和年初结转和结余76.63万元" is two parts)
    // (but "其他5个项目合计552.12万元": the rest taken together, one more part)
    const rest = /^(?:其他|其余|剩余|余下)/.test(clause);
    const totalHere = !rest && (TOTAL_WORD.test(q.label) || (parts.length > 0 && TOTAL_WORD.test(text.slice(Math.max(q.at - clause.length, parts[parts.length - 1]!.end), q.at))));
    // ("北岭县支出1802.35万元，执行率92.62%，未支出143.65万元；东溪县…": what an item left unspent is that
    // item's, not one more part; unless the parts are such balances)
    // (not of parts that are themselves stages: "其中已拨付150万元，未拨付50万元")
    const sameItem = parts.length > 0 && !text.slice(parts[parts.length - 1]!.end, q.at).includes('；');
    // (so is what an item carried over after its own execution figure: "项目支出补助1636.45万元，全年执行1604.28万元，
    // 执行率98.03%，年末结转32.17万元")
    const carriedAfterOwn = sameItem && ITEM_CARRIED.test(q.label) && s.qs.some((x) => x.at > parts[parts.length - 1]!.end && x.at < q.at && itemFigure(x));
    const itemBalance = sameItem && (ITEM_BALANCE.test(q.label) || carriedAfterOwn) && !ITEM_BALANCE.test(parts[0]!.label) && !PROGRESS.test(clauseBefore(text, parts[0]!.at));
    const staffOfQuota = sameItem && STAFF_OF_QUOTA.test(q.label) && /编制/.test(parts[parts.length - 1]!.label);
    const itemProgress = sameItem && ITEM_PROGRESS.test(q.label) && !ITEM_PROGRESS.test(parts[0]!.label) && !PROGRESS.test(clauseBefore(text, parts[0]!.at));
    // (a year's plan made of what was carried in, the plan at the start and what was added: "全年预算数为X，其中：年初结转A，
    // 年初预算B，年中追加预算C": B is a part, not the start plan of the item before)
    const planMadeOf = total !== undefined && labelStage(total.label) === 'plan' && /^(?:其中[：，]?)?年初(?:批复)?预算(?:数|安排)?(?:为|是)?$/.test(q.label) && parts.length > 0 && parts.every((p) => /结转|结余|追加|调增|调入/.test(p.label));
    if (isAttribute(q) || totalHere || (parts.length > 0 && itemFigure(q) && !planMadeOf) || itemBalance || staffOfQuota || itemProgress) {
      // "项目累计支出90万元。其中：中央资金60万元，支出57万元，执行率95%；…": an item stated in two stages (its
      // allocation, then what it spent) counts with the one of the total's stage
      const last = parts[parts.length - 1];
      if (!totalHere && !isAttribute(q) && last && total && !text.slice(last.end, q.at).includes('；')) {
        const stage = labelStage(total.label);
        if (stage !== undefined && labelStage(q.label) === stage && labelStage(last.label) !== stage) {
          parts[parts.length - 1] = q;
          used.add(q);
        }
      }
      if (totalHere && parts.length > 0) {
        // "其中：A 100万元，B 200万元，合计300万元": the list's own total closes it, and is checked against it
        // (right after its last part: a total further on, in a clause of its own words, is another figure)
        const closing = parts.length >= 2 && q.family === family ? closingWords(text.slice(parts[parts.length - 1]!.end, q.at)) : null;
        const named = closing ? closingParts(closing, parts) : null;
        if (closing && named) {
          out.push(sumRelation(s, q, s, named, true, '列后合计', closing.name ?? namesOf(named)));
          if (named === parts) CLOSED.add(parts);
        }
        break;
      }
      continue;
    }
    // ("年中追加160.00万元，其中基本支出追加40.00万元、项目支出追加120.00万元，全年预算调整为3,862.45万元": once the parts make
    // their total, a figure in a clause after them is another statement, not one more part)
    // ("年初结转和结余1385.16万元，其中财政拨款结转和结余812.40万元；年末结转和结余1057.32万元，其中…": the whole's counterpart of
    // the other end of the year, named by the same words, starts another statement)
    if (total !== undefined && parts.length > 0 && counterpart(total.label, q.label)) break;
    // (nor, added up or not, the whole year's plan the addition made: "…，全年预算调整为3,862.45万元")
    if (total !== undefined && parts.length >= 2 && text.slice(parts[parts.length - 1]!.end, q.at).includes('，') && ((!/^0+(?:\.0+)?$/.test(q.number) && addsUpExactly(parts, total)) || (YEAR_PLAN_NOW.test(clause) && !YEAR_PLAN_NOW.test(total.label)))) break;
    // ("其中高中和职中各1所", "预算执行和满意度指标各1项": one figure of several parts, each as much)
    // (a figure of several names, "乙、丙和丁项目各50万元", says 各 right before it: else it stands for one part)
    const each = EACH_BEFORE.test(text.slice(Math.max(s.from, q.at - 2), q.at)) ? eachOf(namesBefore(text, q, s.from)) : 1;
    if (each === undefined) return [];
    for (let k = 0; k < each; k++) parts.push(q);
    used.add(q);
    // a nested list of this part: "基本支出60万元，其中人员经费50万元、公用经费10万元；项目支出…", also
    // after the part's own share or change ("基本支出60万元，占60%，其中人员经费…；项目支出…"): up to the ；
    // (past the other measure words the part counts in: "年内新购物资730件（套），包括帐篷80顶、…")
    const unitSkip = UNIT_BRACKET.exec(text.slice(q.end, end))?.[0].length ?? 0;
    const after = text.slice(q.end + unitSkip, end);
    const open = after.startsWith('（');
    // (a list whose items each say what the money was used for, "其中，用于田间道路1500万元，用于灌排设施1000万元": the
    // next 用于 is the next item, no list of this one)
    const siblingUse = !open && USED_FOR.test(after) && USED_FOR.test(`，${clause}`);
    // (or a clause of the part's own that closes on a colon: "中央资金和市级资金共3780.00万元通过市财政局分两批下达：第一批…2268.00万元，
    // 第二批…1512.00万元；区级配套资金…": its items up to the ；, a whole list where the clause says how it was split)
    const colonOpens = siblingUse || open ? null : OWN_COLON.exec(after);
    const direct = siblingUse ? null : partIntroducer(open ? after.slice(1) : after) ?? (colonOpens ? { length: colonOpens[0].length, complete: SPLIT_SAID.test(colonOpens[0]) } : null);
    const past = direct && (open || direct.length >= 2) ? null : unitSkip > 0 ? null : pastAttributes({ ...s, to: end }, s.qs.indexOf(q));
    // (a bracket after the part's share: "…4,652.40万元，占项目支出的34.60%（其中中央补助资金…）")
    const pastBracket = past?.depth !== undefined;
    const bracket = (open && !past) || pastBracket;
    const intro = past ? { length: past.from - q.end, complete: past.complete } : direct;
    if (intro && (bracket || intro.length >= 2)) {
      const subFrom = pastBracket ? past!.from : q.end + unitSkip + (bracket ? 1 : 0) + intro.length;
      const semi = text.indexOf('；', subFrom);
      // (a list opened by a colon goes on over its ；)
      let subEnd = bracket || past?.colon ? end : semi >= 0 && semi < end ? semi : end;
      // (so does one opened by a breakdown's colon whose items over the ； add up to the part, where those up to it do not:
      // "…，一般公共预算财政拨款支出21,274.13万元，按功能分类：交通运输支出19,382.51万元，占91.11%；社会保障和就业支出1,186.40万元；…")
      if (subEnd < end && /[：:]$/.test(text.slice(q.end, subFrom))) {
        const upToSemi = collectParts({ ...s, to: subEnd }, subFrom, family, depth, new Set(used), [], q);
        const longer = upToSemi.length > 0 && !addsUp(upToSemi, q) ? collectParts({ ...s, to: end }, subFrom, family, depth, new Set(used), [], q) : [];
        if (longer.length > upToSemi.length && addsUpExactly(longer, q)) subEnd = end;
      }
      const sub = collectParts({ ...s, to: subEnd }, subFrom, family, depth + (bracket ? 1 : 0), used, out, q);
      // (a 其中 after the last item that names more than that item is of the list's whole: "…总额1411.50万元，包括货物类86.40万元、
      // 工程类1120.75万元和服务类204.35万元，其中授予中小企业合同金额1098.60万元，占…总额的77.83%" lists some of the 1411.50)
      if (!bracket && total !== undefined && sub.length === 1 && exceeds(sub[0]!, q) && !exceeds(sub[0]!, total)) {
        out.push(sumRelation(s, total, s, sub, false, '其中'));
        skipUntil = subEnd;
        continue;
      }
      // (a bare 其中 naming well under the whole, "工资福利支出1,872.40万元（其中基本工资…、津贴补贴…、养老保险缴费…）", names
      // some of its parts, as after a total: farShort)
      const subSubset = farShort({ ...s, to: subEnd }, text.slice(subFrom - intro.length, subFrom), sub, q);
      if (sub.length > 0) out.push(sumRelation(s, q, s, sub, intro.complete && !subSubset, bracket ? '括号内其中' : '其中内其中'));
      skipUntil = bracket ? closingBracket(text, pastBracket ? text.lastIndexOf('（', past!.from) : q.end) : subEnd;
    }
  }
  const tail = text.slice(parts.length > 0 ? parts[parts.length - 1]!.end : from, Math.min(end, (parts[parts.length - 1]?.end ?? from) + 4));
  // a part taken off: the others may add up to more than the total, no sum of them says anything
  if (reduced || mixed) return [];
  // (items counted by 一是…二是…: the count is of the items, the figures inside them are each item's, "目标8项：一是完成3所学校…，
  // 新增学位不少于4,000个；二是…")
  if (/^\s*一是/.test(text.slice(from, from + 4))) return [];
  // ("绩效指标14个，其中一级指标4个，二级指标10个，三级指标14个": counts by level of one hierarchy, each of all of it, no parts)
  if (parts.length >= 2 && parts.every((p) => LEVEL_COUNT.test(p.label))) return [];
  // (nor is a count of another level after a total of one: "共设置一级指标4个，即预算执行、…和满意度指标，三级指标15项")
  const level = total !== undefined ? /([一二三四五])级(?:绩效)?指标/.exec(total.label)?.[1] : undefined;
  if (level !== undefined && parts.some((p) => LEVEL_COUNT.test(p.label) && !p.label.includes(`${level}级`))) return [];
  // (or its paragraph ends with a ； and the next goes on with it: "…均已全额到位；" then "援疆资金分两次到位，…")
  // (a paragraph of the 其中 list alone: a numbered line of a list of lines ends with its ； as well)
  if (!goesOn && /^；?\s*$/.test(text.slice(end)) && /；\s*$/.test(text) && /^\s*其中/.test(text) && total !== undefined && parts.length > 0 && !addsUp(parts, total)) goesOn = true;
  if (goesOn) return parts.length > 1 ? parts.slice(0, 1) : parts;
  if (/^(?:）)?等/.test(tail)) return parts.length > 1 ? parts.slice(0, 1) : parts; // an open list is only a partial one
  // a list the text breaks off in ("…专项经费5万元，调研协商" and no more: an item without its
  // amount, then the end of the paragraph, unpunctuated) is open too: what it left out is unknown
  // (not a paragraph that only lacks its full stop after a last clause with a figure of its own: "…县级资金76万元,建设13个项目";
  // a list number is no figure: "…；（4）债务" breaks off)
  const lastClause = text.slice(parts[parts.length - 1]?.end ?? from).split(/[，。；：、]/).pop()!.replace(/^[（(]?\d{1,2}[）).．、]/, '');
  if (parts.length > 1 && end === text.length && !CLOSED_END.test(text) && /[\u4e00-\u9fff]/.test(lastClause) && !/\d/.test(lastClause)) return parts.slice(0, 1);
  return parts;
}

/** Whether the first figure of the clause after the ； at `semi` makes counts that do not quite add up to their total add up exactly. */
function completedAfter(s: Stretch, semi: number, before: readonly Quantity[], total: Quantity): boolean {
  if (addsUpExactly(before, total)) return false;
  const next = s.qs.find((q) => q.at > semi && q.depth === before[0]!.depth);
  return next !== undefined && next.family === total.family && !s.c.text.slice(semi + 1, next.at).includes('；') && addsUpExactly([...before, next], total);
}

/** Whether a figure's clause is a bare name that opens a clause of a list after ；, or after the list's opening colon. */
function itemAfterSemicolon(text: string, q: Quantity, from: number): boolean {
  const words = clauseBefore(text, q.at);
  const at = q.at - words.length;
  const mark = at > from ? text[at - 1] : text[from - 1];
  return words.length >= 2 && !/\d/.test(words) && (mark === '；' || (at <= from && mark === '：'));
}

/** The words right before a figure that say it is each of several (各, 各为, 各是). */
const EACH_BEFORE = /各(?:为|是)?$/;

/** The names before a figure back over 、 to its clause's start, not over an item with a figure ("乙、丙和丁项目各" of 50万元). */
function namesBefore(text: string, q: Quantity, from: number): string {
  const items = text.slice(runStart(text, q.at, CLAUSE_STOPS, from), q.at).split('、');
  let k = items.length - 1;
  while (k > 0 && !/\d/.test(items[k - 1]!)) k--;
  return items.slice(k).join('、');
}

/** Whether the clause after the ； at `semi` opens by naming one more of the kind of `first` (援疆资金 after 中央资金) with no figure of its own. */
function moreOfKindAfter(text: string, semi: number, first: Quantity): boolean {
  const kind = first.label.replace(/[、和及与]$/, '').slice(-2);
  const clause = /^[^，。；：]*/.exec(text.slice(semi + 1))![0];
  return kind.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(kind) && !/\d/.test(clause) && clause.slice(0, 12).includes(kind);
}

/**
 * How many parts a figure stands for: 1, or for "A和B各N" / "A、B和C各N" as many as it names (split at 、, and the
 * last name at one 和 / 与 / 及); undefined when that cannot be told ("社会保障和就业支出和卫生健康支出各…").
 */
function eachOf(label: string): number | undefined {
  const m = /^(.*?)各(?:为|是)?$/.exec(label);
  if (!m) return 1;
  const names = m[1]!.replace(/^其中[：，]?/, '').split('、');
  const joined = names[names.length - 1]!.split(/和|与|以及|及/).length - 1;
  if (joined > 1 || names.some((n) => n === '')) return undefined;
  const n = names.length + joined;
  return n >= 2 ? n : undefined;
}

/**
 * A total right after its parts, in the words between them: 合计, 共计, 总计, 两项合计, 以上合计, 共 (a
 * count: 优3个、良5个，共8个); or its subject's name and one of them (收入合计), when every part is named
 * as that subject is (财政拨款收入…，其他收入…，收入合计…; not 收入…，支出…，结余共计…).
 */
const CLOSING = /^[，、；]?(?:(?:以上|上述|([两二三四五六七八九十])(?:项|年|批|笔|类|个部分|者)|各项)?(?:合计|共计|总计)(?:为|是|达)?|共|(?:(?:19|20)\d{2}年度?)?([\u4e00-\u9fff]{0,8}?([\u4e00-\u9fff]{2}))(?:合计|共计|总计)(?:为|是|达)?)$/;

/** Words that add to (or take from) a figure stated before the parts: 加上, 再加, 减去, 扣除. */
const ADDED_TO = /加上|再加|另加|[，、]加|减去|扣除|扣减/;

/** How high a total word stands: a 合计 is a part of a 总计 (本年收入合计…，年初结转和结余…，收入总计…). */
function totalRank(words: string): number {
  return /总计/.test(words) ? 3 : /合计|共计|总额|总数|总金额|总支出|总收入|总量/.test(words) ? 2 : /小计/.test(words) ? 1 : 0;
}

interface Closing {
  /** How many parts the words count (两项合计: 2). */
  count?: number;
  /** The subject the words name (收入合计: 收入), and its last two characters. */
  name?: string;
  stem?: string;
}

function closingWords(between: string): Closing | null {
  const m = CLOSING.exec(between);
  if (!m) return null;
  return { ...(m[1] !== undefined ? { count: cnToInt(m[1]) ?? -1 } : {}), ...(m[2] !== undefined ? { name: m[2], stem: m[3]! } : {}) };
}

function fitsClosing(c: Closing, parts: readonly Quantity[]): boolean {
  // (named: the parts are of what it names, the first by name: 本年收入…，年初结转和结余…，收入总计)
  return (c.count === undefined || c.count === parts.length) && (c.stem === undefined || parts[0]!.label.includes(c.stem));
}

/**
 * The parts a closing total adds up: all of them, or those its name lists ("“满意”的221份、“基本满意”的45份、“不满意”的
 * 22份，满意和基本满意合计266份": the first two), each name one part's own (its quoted words, or its label); null when
 * the words do not fit the parts.
 */
function closingParts(c: Closing, parts: Quantity[]): Quantity[] | null {
  const names = c.name?.replace(/^(?:其中|以上|上述)/, '').split(/和|与|及|、/) ?? [];
  if (names.length < 2 || names.some((n) => n.length === 0)) return fitsClosing(c, parts) ? parts : null;
  const core = (q: Quantity): string => /“([^”]+)”/.exec(q.label)?.[1] ?? q.label.replace(/^(?:其中[：，]?)/, '').replace(/的$/, '');
  const picked = names.map((n) => parts.filter((p) => core(p) === n));
  if (picked.some((x) => x.length !== 1)) {
    // (names each in some part's words, fewer than the parts: some of them, which cannot be told apart; else the words
    // are one name with 和 in it, 商品和服务支出合计)
    const fewer = names.length < parts.length && names.every((n) => parts.some((p) => p.label.includes(n)));
    return !fewer && fitsClosing(c, parts) ? parts : null;
  }
  const sub = picked.map((x) => x[0]!);
  return new Set(sub).size === sub.length ? parts.filter((p) => sub.includes(p)) : null;
}

/**
 * "基本支出300万元、项目支出200万元，合计500万元": a sentence's total stated right after its parts, which
 * are the figures of its kind before it (back to a figure that is itself a total, or a list's colon);
 * a figure leading them that equals the total restates it ("部门预算500万元，基本支出…，合计500万元").
 * Parts another relation of the sentence already took (a 其中 list and its 合计) are left to it.
 */
/** The words after a count that make it the group something is counted among: "18个乡镇卫生院…中，". */
const AMONG = /^[^，。；：\d]{1,24}中[，：]/;

function closingTotals(s: Stretch, used: Set<Quantity>, out: RelationFact[]): void {
  const text = s.c.text;
  for (let i = 1; i < s.qs.length; i++) {
    const q = s.qs[i]!;
    const last = s.qs[i - 1]!;
    if (q.family === 'pct' || q.depth !== 0 || used.has(q) || last.family !== q.family || last.depth !== 0) continue;
    const closing = closingWords(text.slice(last.end, q.at));
    if (!closing) continue;
    const rank = Math.max(2, totalRank(text.slice(last.end, q.at)));
    let parts: Quantity[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const p = s.qs[k]!;
      if (p.depth !== 0 || p.family === 'pct') continue;
      // a figure that is itself a total of this rank or above ends the parts; a 合计 is one part of a 总计
      if (used.has(p) || Math.max(totalRank(clauseBefore(text, p.at)), totalRank(p.label)) >= rank) break;
      // (so does the group the parts are counted among: "18个乡镇卫生院和社区卫生服务中心中，…基本标准的有12个，…推荐标准的有3个，合计15个")
      if (AMONG.test(text.slice(p.end, s.to))) break;
      if (p.family !== q.family || isAttribute(p) || itemFigure(p) || factorOfProduct(text, p)) continue;
      parts.unshift(p);
      // a list's colon or introducer before it: the parts start there ("…，两个项目分别未执行137.60万元和78.14万元，合计…")
      const lead = clauseBefore(text, p.at);
      if (/^(?:其中|包括|分别为)|分别[^\d]*$/.test(lead) || text[p.at - lead.length - 1] === '：') break;
    }
    if (parts.some((p) => used.has(p))) continue;
    while (parts.length > 0 && parts[0]!.unit === q.unit && Number(parts[0]!.number) === Number(q.number)) parts = parts.slice(1);
    const named = parts.length >= 2 ? closingParts(closing, parts) : null;
    if (!named) continue;
    parts = named;
    // "全区一般公共预算收入，加上转移支付收入A、债务转贷收入B…，收入总计T": a chain that adds to a figure
    // stated before (in another sentence) is a sum of more than the parts here
    if (ADDED_TO.test(text.slice(s.from, parts[0]!.at))) continue;
    for (const p of parts) used.add(p);
    out.push(sumRelation(s, q, s, parts, true, '列后合计', closing.name ?? namesOf(parts)));
  }
}

/** The parts' names, for the subject of a total that names none of its own (人员经费、公用经费). */
function namesOf(parts: readonly Quantity[]): string {
  return parts.every((p) => p.label.length >= 2) ? parts.map((p) => p.label).join('、') : '';
}

/** A part taken off a total (调减, 核减, 扣减): a list holding one is no plain sum of its parts. */
const REDUCED = /调减|核减|扣减/;
/** A paragraph that ends as a sentence does (not broken off). */
const CLOSED_END = /[。！？；：）”」.!?;)]\s*$/;

/** Whether figures in one unit add up to a total within the rounding of what is printed. */
type Printed = Pick<Quantity, 'number' | 'unit' | 'decimals'>;
function addsUp(parts: readonly Printed[], total: Printed): boolean {
  if (parts.some((p) => p.unit !== total.unit)) return false;
  const sum = parts.reduce((a, p) => a + Number(p.number), 0);
  const half = (q: Printed) => 0.5 * 10 ** -q.decimals;
  const tol = parts.reduce((a, p) => a + half(p), half(total)) + 1e-9;
  return Math.abs(sum - Number(total.number)) <= tol;
}

/** A lead of batches right after a part: "分两批下达，两批金额分别为", "分三次拨付，第一次". */
// (with when it was done: "于2023年4月和9月分两批下达")
const BATCHES_AFTER_PART = /^(?:[^，。；\d]{0,6}?|[^，。；]{0,4}于[^，。；]{2,16}?)分[两二三四五六七八九十\d]{1,2}(?:批|次|期)[^，。；\d]{0,8}?[，：:]?(?:[^，。；\d]{0,8}?(?:分别为|分别是)[：:]?|第[一1](?:批|次|期)[^，。；\d]{0,6}?(?:为|是)?)$/;
/** …or after the list, naming its part: "，其中中央补助资金分两批下达，第一批". */
const BATCHES_OF_NAMED = /[，；]其中([^，。；\d]{2,12}?)分[两二三四五六七八九十\d]{1,2}(?:批|次|期)[^，。；\d]{0,8}?[，：:]?(?:[^，。；\d]{0,8}?(?:分别为|分别是)[：:]?|第[一1](?:批|次|期)[^，。；\d]{0,6}?(?:为|是)?)$/;
/** Between one batch and the next: "和", "，第二批". */
const NEXT_BATCH = /^(?:[、和及与]|[，,]?第[一二三四五六七八九十\d]{1,2}(?:批|次|期)[^，。；\d]{0,6}?(?:为|是)?)$/;

/** The batches of a part of a list that `q` opens (the part and the batch figures), if the words before `q` say so. */
function batchesOf(s: Stretch, q: Quantity, parts: readonly Quantity[], end: number): { of: Quantity; items: Quantity[] } | undefined {
  const text = s.c.text;
  const last = parts[parts.length - 1]!;
  const gap = text.slice(last.end, q.at);
  let of: Quantity | undefined;
  if (BATCHES_AFTER_PART.test(gap)) of = last;
  else {
    const name = BATCHES_OF_NAMED.exec(gap)?.[1];
    if (name === undefined) return undefined;
    of = parts.find((p) => p.label.replace(/^其中[：，]?/, '') === name);
  }
  if (!of) return undefined;
  const items = [q];
  for (let k = s.qs.indexOf(q) + 1; k < s.qs.length; k++) {
    const x = s.qs[k]!;
    if (x.at >= end || x.depth !== q.depth || x.family !== q.family || !NEXT_BATCH.test(text.slice(items[items.length - 1]!.end, x.at))) break;
    items.push(x);
  }
  return { of, items };
}

/** Whether a figure is larger than another of its unit, beyond their printing: it can be no part of it. */
function exceeds(a: Printed, b: Printed): boolean {
  return a.unit === b.unit && Number(a.number) - Number(b.number) > 0.5 * 10 ** -a.decimals + 0.5 * 10 ** -b.decimals;
}

/** Whether the parts add up to the total, a count exactly (8项 + 3项 + 1项 is not 13项), an amount within its printing. */
function addsUpExactly(parts: readonly Quantity[], total: Quantity): boolean {
  if (!(total.decimals === 0 && COUNTED.has(total.family))) return addsUp(parts, total);
  return parts.every((p) => p.unit === total.unit) && parts.reduce((a, p) => a + Number(p.number), 0) === Number(total.number);
}


/** A name of a figure at one end of the year: 年初结转和结余 → 年初, 结转和结余. */
const YEAR_END_NAME = /(年初|年末|期初|期末)(.{2,12})$/;

/** Whether two labels name one thing at the two ends of the year: 年初结转和结余 / 年末结转和结余, 期初… / 期末…. */
function counterpart(a: string, b: string): boolean {
  const x = YEAR_END_NAME.exec(a);
  const y = YEAR_END_NAME.exec(b);
  return x !== null && y !== null && x[1] !== y[1] && x[2] === y[2];
}

/** The whole year's plan as it stands after a change: 全年预算调整为, 调整后预算为, 年度预算数调整至. */
const YEAR_PLAN_NOW = /^(?:全年|调整后|年度)(?:部门)?预算(?:数)?(?:调整)?(?:为|至|到)?$/;

/** The words of the clause before a position, back to the previous clause mark. */
function clauseBefore(text: string, at: number): string {
  return text.slice(runStart(text, at, CLAUSE_MARKS), at);
}

/**
 * The parts a bracket right after `q` lists, when it holds nothing else: two or more items, each a
 * short name and one figure in q's unit, between 、 or ，. Anything more (含, a note, a figure of
 * another unit: "事业编制41个（参公3人…）") and it is no breakdown: undefined.
 */
function bracketParts(s: Stretch, q: Quantity): Quantity[] | undefined {
  const text = s.c.text;
  const close = closingBracket(text, q.end) - 1;
  if (text[close] !== '）') return undefined;
  const inside = text.slice(q.end + 1, close);
  // (主要用于…, 含…, 其中…, 约…: some of its parts, or a note; 等: an open list)
  if (/主要|用于|包括|包含|含|其中|约|近|以上|等/.test(inside)) return undefined;
  const items = inside.split(/[、，]/);
  const inner = s.qs.filter((x) => x.at > q.end && x.at < close);
  if (items.length < 2 || inner.length !== items.length) return undefined;
  for (let k = 0; k < items.length; k++) {
    const x = inner[k]!;
    if (x.unit !== q.unit || x.depth !== q.depth + 1 || isAttribute(x)) return undefined;
    if (!BRACKET_ITEM.test(items[k]!)) return undefined;
  }
  return inner;
}
/** One item of a bracket of parts: a short name, then its figure and unit, and nothing else. */
const BRACKET_ITEM = /^[\u4e00-\u9fff“”]{1,12}\d[\d.,]*[^\d\s，、。；）]{0,3}$/;

function closingBracket(text: string, at: number): number {
  let d = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '（') d++;
    else if (text[i] === '）' && --d <= 0) return i + 1;
  }
  return text.length;
}

/**
 * A figure named by a year alone (2014年为107.89万元) when its sentence compares with that year (较2014年…), or
 * with last year where the sentence opens with the year after it ("2024年本部门公用经费1,332,864.32元，2023年为
 * 1,418,526.40元，较上年减少85,662.08元").
 */
function comparedYear(s: Stretch, q: Quantity): boolean {
  const m = YEAR_ONLY.exec(q.label);
  if (m === null) return false;
  const text = s.c.text.slice(s.from, s.to);
  if (new RegExp(`(?:比|较|与)${m[1]}年`).test(text)) return true;
  const opening = /^[^，。；\d]{0,12}?((?:19|20)\d{2})年/.exec(text);
  return opening !== null && Number(opening[1]) === Number(m[1]) + 1 && LAST_YEAR_COMPARED.test(text);
}
const LAST_YEAR_COMPARED = /(?:比|较|与)(?:上年|去年|上一年度?)|同比/;

const YEAR_ONLY = /^((?:19|20)\d{2})年度?(?:同期)?(?:为|是)?$/;

/** Whether a figure named by its year (2023年…支出) is followed, in the next clause, by a later year's change. */
function laterYearAfter(s: Stretch, q: Quantity): boolean {
  // (the year may follow the subject: "本部门2023年实际支出13,974,208.66元，2024年同比增加888,706.74元")
  // (or open the sentence: "与上年相比，2022年…，资金总额4111.80万元；2023年资金总额较上年增加…")
  const m = /(?<!\d)((?:19|20)\d{2})年/.exec(clauseLabel(s, q));
  const year = m ? Number(m[1]) : yearOfFigure(s, q);
  if (year === undefined) return false;
  // (or the year of the report, named so: "2023年度政府性基金预算支出为412.80万元，本年较上年增加118.46万元")
  // (past a bracket that describes the figure: "2022年…3475.92万元（常住人口413800人、人均84元），2023年较上年增加…")
  const next = /^[，；](?:((?:19|20)\d{2})年|本年度?|今年)[^，。；\d]{0,12}?(?:(?:比|较)(?:上年|去年|上一年度?)|同比)/.exec(s.c.text.slice(q.end, s.to).replace(BRACKET_AFTER, ''));
  return next !== null && (next[1] === undefined ? m !== null || year !== yearOfReport() : Number(next[1]) > year);
}


/** "从2022年的17000元" / "增至2023年的19000元": the figures a change goes from and to. */
// (or 由上年的: "由上年的每人每月1,040元提高至1,120元", a rate per head between)
const FROM = /(?:从|由)(?:(?:(?:19|20)\d{2}年(?:度)?|上年度?|去年)(?:的)?)?(?:每[\u4e00-\u9fff]{1,2}){0,2}$/;
const TO = /(增加|增长|提高|上升|下降|降低|减少|增|降|减)(?:至|到)(?:(?:19|20)\d{2}年(?:度)?(?:的)?)?$/;

/** "人均纯收入从17000元增至19000元，同比增长11.8%": the rate of a change stated as where it went from and to. */
function fromToChange(s: Stretch, i: number, out: RelationFact[]): void {
  const a = s.qs[i]!;
  const b = s.qs[i + 1];
  if (!b || a.family === 'pct' || b.family !== a.family || a.depth !== b.depth) return;
  const text = s.c.text;
  if (!FROM.test(text.slice(Math.max(s.from, a.at - 10), a.at)) || !TO.test(clauseBefore(text, b.at))) return;
  // (a clause comparing with the target between, and the change said in figures before its rate: "城乡低保标准由上年的每人每月
  // 1,040元提高至1,120元，高于年度目标值1,100元，较上年提高80元，增长7.69%")
  let k = i + 2;
  let last = b;
  const target = s.qs[k];
  if (target && target.family === a.family && target.depth === a.depth && TARGET_NAMED.test(clauseLabel(s, target)) && /^，[^，。；\d]{0,10}$/.test(text.slice(b.end, target.at - clauseLabel(s, target).length))) last = s.qs[k++]!;
  const d = s.qs[k];
  const change = last !== b && d && d.family === a.family && d.depth === a.depth && CHANGED_FROM_LAST.test(text.slice(last.end, d.at)) ? d : undefined;
  if (change) last = s.qs[k++]!;
  const r = s.qs[k];
  if (!r || r.family !== 'pct' || (last !== b && !change)) return;
  // the rate in the clause right after: "，（同比）增长p%"
  if (text.slice(last.end, r.at).replace(/^，/, '').length > 8 || !CHANGE_RATE_LABEL.test(r.label)) return;
  const verb = TO.exec(clauseBefore(text, b.at))![1]!;
  const cf = figure(s, b);
  out.push({ relation: 'change', subject: a.label.replace(FROM, '') || b.label, current: cf, prior: figure(s, a), ...(change ? { change: figure(s, change) } : {}), rate: figure(s, r), direction: DOWN.test(verb) ? 'down' : 'up', src: cf.src });
}
/** A change from last year said after the figure it is of: "，较上年提高", "，比上年增加了". */
const CHANGED_FROM_LAST = /^，(?:比|较|同比)(?:上年度?|去年|上一年度?)?(?:同期)?(?:增加|减少|增长|下降|上升|降低|提高|提升)了?$/;

/** A share of a whole, as its label reads (占, 占本年支出合计的, 占比): no comparison of its own. */
const SHARE_WORD = /^(?:占|所占)[^，。；比较]{0,16}$|^占比(?:为|是)?$/;
/** The words of a comparison with last year right before a bracket (较上年（…）). */
const COMPARED_BEFORE = /(?:比|较|与)(?:上年|上年度|去年|上一年度?|上年同期)(?:决算数?)?$/;
/** A bracket's words before the earlier year's figure: none, or that year (较上年（2022年度X万元）). */
const PRIOR_IN_BRACKET = /^(?:(?:19|20)\d{2}年度?)?(?:决算数?|同期)?(?:为|是)?$/;

/**
 * "较上年（2022年度2862.91万元）增加…" / "较上年（2231.55万元）减少…": the figure alone in a bracket right
 * after the comparison with last year, between `from` and `to`, is last year's figure.
 */
function bracketPrior(s: Stretch, from: number, to: number, family?: string): Quantity | undefined {
  const text = s.c.text;
  return s.qs.find((x) => {
    if (x.at < from || x.at >= to || x.family === 'pct' || (family !== undefined && x.family !== family) || text[x.end] !== '）') return false;
    const open = text.lastIndexOf('（', x.at);
    return open >= from && COMPARED_BEFORE.test(text.slice(Math.max(from, open - 12), open)) && PRIOR_IN_BRACKET.test(text.slice(open + 1, x.at));
  });
}

/**
 * A rise or fall in percentage points from last year's, right after a percentage (the points are no
 * quantity of their own: quantities.ts reads no 个百分点).
 */
/** The verbs of a change in points (captured): 提高, 下降 … */
const POINT_VERB = '(提高|提升|增加|上升|增长|下降|降低|减少|回落)';
const POINTS = new RegExp(`^[，,]?\\s*(?:比|较|与|同比)(?:上年|上年度|去年|上一年度?)?(?:同期)?${POINT_VERB}了?(\\d+(?:\\.\\d+)?)个百分点`);
const PRIOR_PCT_IN_BRACKET = /^（(?:上年|去年|上一年度?|(?:19|20)\d{2}年度?)(?:为|是)?$/;

/**
 * "预算执行率为94.50%，比上年提高2.30个百分点（上年92.20%）" / "…，上年为92.20%": a percentage's change
 * in points from last year's, checked where last year's is stated (this year's less last year's is
 * the points). Without last year's percentage there is nothing to check it against.
 */
function pointChange(s: Stretch, q: Quantity, i: number, out: RelationFact[]): void {
  const text = s.c.text;
  const m = POINTS.exec(text.slice(q.end, s.to));
  if (!m) {
    pointChangeWithPrior(s, q, i, out);
    return;
  }
  const end = q.end + m[0].length;
  const number = m[2]!;
  const points: Quantity = { at: end - '个百分点'.length - number.length, end, number, unit: '%', family: 'pct', decimals: number.split('.')[1]?.length ?? 0, label: m[1]!, depth: q.depth, approx: false };
  // last year's: in a bracket right after the points, or the next percentage named as last year's
  const after = s.qs[i + 1];
  let prior: Quantity | undefined;
  if (after && after.family === 'pct' && after.at > end) {
    const open = text.lastIndexOf('（', after.at);
    if (after.depth === q.depth + 1 && open === end && text[after.end] === '）' && PRIOR_PCT_IN_BRACKET.test(text.slice(open, after.at))) prior = after;
    else if (after.depth === q.depth && isPriorLabel(after.label) && /^[，,]?[^，。；\d]{0,6}$/.test(text.slice(end, after.at))) prior = after;
  }
  if (!prior) return;
  const cf = figure(s, q);
  out.push({ relation: 'change', subject: q.label, current: cf, prior: figure(s, prior), change: figure(s, points), direction: /下降|降低|减少|回落/.test(m[1]!) ? 'down' : 'up', src: cf.src });
}

/** Between this year's percentage and last year's named in the comparison: "，比上年的" / "，较2022年度的". */
const PRIOR_PCT_COMPARED = /^[，,]?\s*(?:比|较)(?:上年|上年度|去年|上一年度?|(?:19|20)\d{2}年度?)(?:同期)?的?$/;
/** The rise or fall in points right after last year's percentage: "提高1.77个百分点". */
const POINTS_AFTER = new RegExp(`^${POINT_VERB}了?(\\d+(?:\\.\\d+)?)个百分点`);
/** Before last year's percentage in a "from … to …" change: "由上年的", "从2022年的". */
const FROM_PRIOR = /(?:由|从)(?:上年|上年度|去年|上一年度?|(?:19|20)\d{2}年度?)(?:的)?$/;
/** Between it and this year's: "提高到", "下降至". */
const RISE_TO = new RegExp(`^${POINT_VERB}(?:到|至)$`);
/** After this year's, the points: "，提高0.4个百分点", "，同比下降1.3个百分点". */
const POINTS_CLAUSE = new RegExp(`^[，,]\\s*(?:同比|比上年|较上年)?${POINT_VERB}了?(\\d+(?:\\.\\d+)?)个百分点`);

/**
 * The two other shapes of a change in points with last year's percentage stated: "预算执行率为97.92%，比上年的96.15%提高1.77个百分点"
 * and "由上年的21.2%提高到21.6%，提高0.4个百分点". This year's less last year's is the points.
 */
function pointChangeWithPrior(s: Stretch, q: Quantity, i: number, out: RelationFact[]): void {
  const text = s.c.text;
  const next = s.qs[i + 1];
  if (!next || next.family !== 'pct' || next.depth !== q.depth || q.approx || next.approx) return;
  const between = text.slice(q.end, next.at);
  let current: Quantity;
  let prior: Quantity;
  let m: RegExpExecArray | null;
  let end: number;
  if (PRIOR_PCT_COMPARED.test(between) && (m = POINTS_AFTER.exec(text.slice(next.end, s.to)))) {
    [current, prior, end] = [q, next, next.end + m[0].length];
  } else if (RISE_TO.test(between) && FROM_PRIOR.test(text.slice(s.from, q.at)) && (m = POINTS_CLAUSE.exec(text.slice(next.end, s.to)))) {
    // (the verb of the points says the same way as the one before: "提高到…，提高…")
    if (DOWN.test(RISE_TO.exec(between)![1]!) !== DOWN.test(m[1]!)) return;
    [current, prior, end] = [next, q, next.end + m[0].length];
  } else return;
  const number = m[2]!;
  const points: Quantity = { at: end - '个百分点'.length - number.length, end, number, unit: '%', family: 'pct', decimals: number.split('.')[1]?.length ?? 0, label: m[1]!, depth: q.depth, approx: false };
  const cf = figure(s, current);
  out.push({ relation: 'change', subject: current.label, current: cf, prior: figure(s, prior), change: figure(s, points), direction: DOWN.test(m[1]!) ? 'down' : 'up', src: cf.src });
}

/** A comparison with the year before ahead (比上年, 较上年, 同比), before any with the plan: the item's change, not its plan's. */
const YEAR_BEFORE_NEXT = /^[^。]*?(?:比上年|较上年|比去年|较去年|同比)/;
/** A figure that is an addition to or cut of a plan during the year: 年中追加, 追加预算, 调增, 调减, 核减. */
// (naming what was added: 年中追加专项资金)
// (not the plan after it: 年中追加后全年预算)
const ADDED_TO_PLAN = /(?:追加|追减|调增|调减|核增|核减)(?!后)[^，。；\d后]{0,6}?(?:预算|资金|经费)?(?:了|为)?$/;

/** How this year's figure changed, right after a figure of the year before: "，同比减少" / "，较上年增加". */
const YEAR_BEFORE_CHANGED = /^[，,](?:同比|较上年|比上年)(增加|减少|增长|下降|上升|降低)了?$/;

/** Whether a figure of a year before the report's is followed by how this year's changed from it ("2022年同项支出8.05万元，同比减少…"). */
function priorOfYearBefore(s: Stretch, q: Quantity): boolean {
  const year = yearOfFigure(s, q);
  const report = yearOfReport();
  if (year === undefined || report === undefined || year >= report) return false;
  // (the first figure of its kind in the sentence, not named as this year's: "2022年度…实际支出385.60万元，本年支出411.82万元，同比
  // 增加26.22万元" changes 411.82)
  if (s.qs.find((x) => x.family === q.family && x.depth === 0) !== q || /本年|今年|当年/.test(clauseLabel(s, q))) return false;
  const next = s.qs.find((x) => x.at >= q.end);
  return YEAR_BEFORE_CHANGED.test(s.c.text.slice(q.end, next ? next.at : s.to));
}

/** A bracket right after a figure, that describes it: （常住人口413800人、人均84元）. */
const BRACKET_AFTER = /^（[^（）]*）/;
/** Words before a figure that make it the one of the year compared with: 比上年的 / 较2023年度的 / 与2022年度的 (…相比). */
const PRIOR_BEFORE = /(?:比|较|与)(?:上年|去年|上年度|上一年度?|(?:19|20)\d{2}年度?)(?:同期)?(?:决算数?|支出数?|收入数?)?的$/;
/** After it: how it changed, the change next ("…5,186.75万元增加245.43万元" / "…3,421.36万元相比，增加387.34万元"). */
const CHANGED_AFTER = /^(?:相比|相较)?[，,]?(增加|减少|增长|下降|上升|降低)了?$/;
/** A figure of what was saved or left against a plan: 节约3.18万元, 节省, 少支出. */
const SAVED = /(?:节约|节省|节支|少支出|少花)(?:资金|经费)?(?:为|了)?$/;
/** A figure named as the value of a target or a plan: 超过目标值, 低于计划数. */
const TARGET_VALUE = /(?:目标|计划)(?:值|数)(?:为|是)?$/;
/** A figure named as a target or a plan of the year compared with: 高于年度目标值, 低于计划数. */
const TARGET_NAMED = /(?:目标|计划)(?:值|数)?(?:为|是)?$/;
/** A clause of the next year that says how the figure before changed: "；2023年资金总额较上年增加", "，本年同比减少". */
const LATER_YEAR_CHANGED = /^[，；](?:((?:19|20)\d{2})年度?|本年度?|今年)([^，。；\d]{0,12}?)(?:(?:比|较)(?:上年|去年|上一年度?)(?:相比)?|同比)(增加|减少|增长|下降|上升|降低)了?$/;
/** Between the change and its rate: "，增长4.73%" / "，同比下降9.09%" / "，下降幅度为…". */
const RATE_AFTER = /^[，,](?:同比)?(增长|下降|增加|减少|上升|降低)(?:了|幅度为?)?$/;

/**
 * "本年收入比2023年的5,186.75万元增加245.43万元，增长4.73%" / "与2022年度的3,421.36万元相比，增加387.34万元，增长11.32%":
 * a change stated with the figure of the year compared with and no figure of this year beside it. Its rate is the change
 * ÷ that figure. (Where the sentence states this year's figure before it, the change reader reads it whole.)
 */
function priorStatedChange(s: Stretch, q: Quantity, i: number, out: RelationFact[]): void {
  const text = s.c.text;
  if (q.depth !== 0 || q.approx || q.family === 'pct') return;
  const named = PRIOR_BEFORE.test(text.slice(Math.max(s.from, q.at - 14), q.at));
  // (past the figures of a bracket that describes it: "…3475.92万元（常住人口413800人、人均84元），2023年较上年增加196.22万元")
  let j = i + 1;
  while (j < s.qs.length && s.qs[j]!.depth > q.depth) j++;
  const d = s.qs[j];
  const p = s.qs[j + 1];
  if (!d || !p || d.family !== q.family || d.depth !== 0 || d.approx || p.family !== 'pct' || p.depth !== 0) return;
  // (or a figure of a year before, then a clause of a later year that says how the same figure changed from it: "与上年相比，2022年…
  // 资金总额4111.80万元；2023年资金总额较上年增加215.38万元，增长5.24%")
  const earlier = !named && priorOfYearBefore(s, q);
  const later = named || earlier ? null : LATER_YEAR_CHANGED.exec(text.slice(q.end, d.at).replace(BRACKET_AFTER, ''));
  if (!named && !earlier) {
    const from = yearOfFigure(s, q);
    const to = later && (later[1] !== undefined ? Number(later[1]) : yearOfReport());
    if (!later || from === undefined || to === undefined || to !== from + 1 || !(later[2] === '' || sharesWord(later[2]!, clauseLabel(s, q)))) return;
  }
  const verb = later ? ([later[0], later[3]] as const) : earlier ? YEAR_BEFORE_CHANGED.exec(text.slice(q.end, d.at)) : CHANGED_AFTER.exec(text.slice(q.end, d.at));
  const rateVerb = RATE_AFTER.exec(text.slice(d.end, p.at));
  if (!verb || !rateVerb || DOWN.test(verb[1]!) !== DOWN.test(rateVerb[1]!) || p.number.startsWith('-')) return;
  const rf = figure(s, p);
  if (out.some((r) => r.rate !== undefined && r.rate.src.line === rf.src.line && r.rate.src.column === rf.src.column)) return;
  const subject = /^([^，。；：\d]{2,20}?)(?:比|较)/.exec(clauseLabel(s, q))?.[1] ?? '';
  out.push({
    relation: 'rate',
    shape: PRIOR_STATED,
    subject: `${subject}变动率`,
    rate: rf,
    numerator: { ...figure(s, d), label: '变动额' },
    denominator: { ...figure(s, q), label: '上年数' },
    src: rf.src,
  });
}

/** 比上年增加 X，增长 p%; 上年为 P: the change of figure q, when the words follow it directly. */
/** A comparison with the plan at the start of the year (比年初, 较年初预算数), and that plan's label. */
const VS_START = /^[，,]?\s*(?:比|较|与)年初(?:预算数?)?(?:相比)?/;
const START_PLAN = /年初(?:预算|批复)?(?:数|安排)?(?:为|是)?$/;
/**
 * A change against the year's budget (决算数比预算数减少1.88万元，下降15.04%; 实际支出较预算减少…): read as
 * one against the start plan is, with the budget figure stated before in the sentence.
 */
const VS_PLAN = /^[，,]?\s*(?:决算数?|支出数?|执行数?|实际支出(?:数)?)?(?:比|较|与)(?:全年|调整后)?预算(?:数|安排)?(?:相比)?/;
const PLAN_FIGURE = /(?<!年初)(?:全年|调整后)?预算(?:数|安排)?(?:为|是)?$/;
/** Any plan figure's label, the start plan's too: when no other plan is stated, it is the 预算 compared with. */
const ANY_PLAN = /预算(?:数|安排)?(?:为|是)?$/;

function changeRelation(s: Stretch, q: Quantity, i: number, out: RelationFact[]): void {
  if (isAttribute(q) || q.family === 'pct') return;
  const text = s.c.text;
  // "合计141.55万元，2014年为107.89万元，较2014年增加33.66万元": the figure of the year compared with
  // is the earlier one, never a current figure with a change of its own
  if (comparedYear(s, q)) return;
  // "2023年该专项支出2,487.93万元，2024年支出比上年增加375.49万元": a figure of a year whose change the next
  // clause states of a later year is that change's prior, not its current figure
  if (laterYearAfter(s, q)) return;
  // ("2022年同项支出8.05万元，同比减少0.93万元，下降11.55%" in a report of 2023: the figure of the year before is what the change is from)
  if (priorOfYearBefore(s, q)) return;
  // "上年财政拨款收、支总计为3106.49万元（…），与上年相比，…各减少185.01万元": last year's own figure is what
  // the change is from (not so 上年结转: money carried into this year)
  if (LAST_YEARS.test(wordsBefore(s, q))) return;
  // "…提高至1,120元，高于年度目标值1,100元，较上年提高80元，增长7.69%": a target compared with is no figure that changed
  // (or named so after it: "…1680元，高于年初设定的1500元目标，比上年的1460元增加220元")
  if (TARGET_NAMED.test(clauseLabel(s, q)) || VERSUS_AFTER.test(text.slice(q.end, q.end + 10))) return;
  // ("实际支出15.42万元，为预算的82.90%，节约3.18万元；与上年的16.85万元相比，减少1.43万元": what was saved is a difference, no figure
  // that changed from last year)
  if (SAVED.test(clauseLabel(s, q))) return;
  // ("年初预算4312.60万元，年中追加582.80万元，比年初预算增长13.51%，调整后全年预算4895.40万元": an addition to a plan is itself the change;
  // the rate after it is of the addition, not of a level it rose to)
  if (ADDED_TO_PLAN.test(clauseLabel(s, q))) return;
  // ("公务接待费决算3.12万元，年初预算5.60万元，完成预算的55.71%；比上年减少0.74万元，下降19.17%": an item's plan named by its stage alone, after
  // the item's own figure, is no subject of the comparison after it; the item is)
  if (itemFigure(q) && isPlanLabel(q.label) && YEAR_BEFORE_NEXT.test(s.c.text.slice(q.end, s.to)) && s.qs.some((x) => x.at < q.at && x.family === q.family && x.depth === q.depth && !isAttribute(x) && !isPlanLabel(x.label) && !/[；。]/.test(s.c.text.slice(x.end, q.at)))) return;
  // "公务用车购置及运行维护费14.20万元（其中…），比上年减少2.60万元": the words after the bracket
  let n = i + 1;
  const deeper = (): void => {
    while (n < s.qs.length && s.qs[n]!.depth > q.depth) n++;
  };
  deeper();
  // "收入完成40亿元，完成年初预算50%，同比增收4亿元，增长11.11%": the share of the plan between is passed over,
  // and so is a rate ("支出34,208,915.62元，预算执行率为97.22%，比上年支出31,574,206.35元增加…") and a share of
  // a whole ("支出2466.08万元，占79.31%，较上年（2231.55万元）增加…"), with a bracket after them
  let from = q.end;
  while (s.qs[n]?.family === 'pct' && (PLAN_SHARE.test(s.qs[n]!.label) || RATE_WORD.test(s.qs[n]!.label) || SHARE_WORD.test(s.qs[n]!.label))) {
    from = s.qs[n++]!.end;
    deeper();
  }
  const next = s.qs[n];
  const raw = text.slice(from, next ? next.at : s.to);
  // "（其中…运行维护费10.20万元），比上年减少…" is the change of the figure before the bracket (also past a share after it:
  // "人员经费2,512.40万元（其中…对个人和家庭的补助343.50万元），占基本支出的85.26%，较上年的2,388.15万元增长5.20%")
  if (q.depth > 0 && text.slice(q.end, next ? next.at : s.to).includes('）')) return;
  const between = raw.replace(BRACKETED, '');
  // ("…公务接待费2.78万元，公务用车运行维护费8.48万元，决算数比预算数减少1.24万元，下降9.92%": a comparison that names its own subject
  // before 比 is that subject's change, not the figure's before it when that names another)
  const ownSubject = /^[，,]([^，。；\d]{2,8}?)(?:比|较)(?:年初|全年|调整后)?预算/.exec(between)?.[1];
  if (ownSubject !== undefined && !q.label.includes(ownSubject.replace(/数$/, ''))) return;
  // "年初预算2,156.00万元，…，全年预算为2,486.40万元，比年初增长17.32%": a change against the plan at the
  // start of the year, stated before in the sentence
  // (or against the year's budget: the same reading with the budget figure for the start plan)
  const vsPlan = VS_START.test(between) ? null : VS_PLAN.exec(between);
  const vsStart = VS_START.exec(between) ?? vsPlan;
  const planLabel = vsPlan ? PLAN_FIGURE : START_PLAN;
  const cmp = COMPARISON.exec(between) ?? vsStart;
  let prior: Quantity | undefined;
  let k = n;
  // "本年 C，上年 P，增长 p%": the prior figure stated beside the current one
  if (next && next.family === q.family && (isPriorLabel(next.label) || comparedYear(s, next) || yearComparedBefore(raw, q.label))) {
    prior = next;
    k = n + 1;
  } else if (!cmp || cmp.index > 12) return;
  // "较上年（2022年度2862.91万元）增加…": the earlier year's figure in a bracket after the comparison
  prior ??= bracketPrior(s, from, next ? next.at : s.to, q.family);
  if (!prior && vsStart && cmp === vsStart) {
    // (the start plan itself before the words: "年初预算为450.00万元，比年初预算增加50.00万元" is a change of
    // the figure the sentence is about, found below)
    if (planLabel.test(q.label)) prior = q;
    for (let j = i - 1; j >= 0 && !prior; j--) if (s.qs[j]!.family === q.family && s.qs[j]!.depth === 0 && planLabel.test(s.qs[j]!.label)) prior = s.qs[j];
    // ("“三公”经费年初预算12.80万元，实际支出10.46万元，较预算减少2.34万元": the one plan stated, of the start
    // of the year, is the 预算 compared with)
    if (vsPlan) for (let j = i - 1; j >= 0 && !prior; j--) if (s.qs[j]!.family === q.family && s.qs[j]!.depth === 0 && ANY_PLAN.test(s.qs[j]!.label)) prior = s.qs[j];
    // (no start plan stated: "支出决算为120.50万元，比年初预算增加5.50万元，增长4.78%" is read like a change
    // from last year, the plan being the figure less its change, only with both the change and its rate, below)
  }
  const rest = text.slice(prior ? prior.end : q.end, s.to).replace(BRACKETED, '');
  const verb = CHANGE_VERB.exec(rest);
  if (!verb || verb.index > (prior ? 12 : 24)) {
    if (!prior) return;
  }
  let change: Quantity | undefined;
  let rate: Quantity | undefined;
  for (let j = k; j < s.qs.length && j < k + 3; j++) {
    const x = s.qs[j]!;
    if (x.family === q.family && !change && CHANGE_LABEL.test(x.label)) change = x;
    // (a comparison with the plan takes no figure of last year: "较预算减少2.34万元，下降18.28%；与上年支出11.73万元相比…")
    else if (x.family === q.family && !prior && isPriorLabel(x.label) && !(vsStart && cmp === vsStart)) prior = x;
    else if (x.family === 'pct' && !rate && CHANGE_RATE_LABEL.test(x.label)) rate = x;
    else break;
  }
  if (!change && !rate) return;
  if (!prior && (!change || !rate)) return;
  const direction = verb ? (verb[1] === '持平' ? 'flat' : DOWN.test(verb[1]!) ? 'down' : 'up') : 'up';
  // "支出500.00万元，年初预算为450.00万元，年中调整后预算为520.00万元，比年初预算增加50.00万元": after
  // the start plan, either the sentence's figure or the adjusted plan can be what grew; the figures say which
  if (vsStart && cmp === vsStart && prior) {
    const subject = startSubject(s, i, prior, change, rate, direction, planLabel);
    if (!subject) return;
    q = subject;
  }
  // "收支预算4,906.53万元，包括一般公共预算拨款4,286.53万元和政府性基金预算拨款620.00万元，较2024年预算增加
  // 98.32万元": after parts joined in one clause (A和B), the change is of the whole they are included in
  const whole = coordinatedWhole(s, i) ?? (prior ? listWholeNearer(s, i, prior) : undefined);
  if (whole) q = whole;
  const cf = figure(s, q);
  out.push({
    relation: 'change', subject: q.label, current: cf, ...(vsStart && cmp === vsStart ? (vsPlan ? { versusPlan: true } : { versusStart: true }) : {}),
    ...(prior ? { prior: figure(s, prior) } : {}),
    ...(change ? { change: figure(s, change) } : {}),
    ...(rate ? { rate: figure(s, rate) } : {}),
    direction,
    src: cf.src,
  });
}

/**
 * Whether the words before a figure, right after another, name it as an earlier year's compared with: "2023年度收入合计2386.45万元，
 * 与2022年度收入合计2150.30万元相比，增加…" (not a later year's, nor one as late as the figure's own).
 */
function yearComparedBefore(between: string, currentLabel: string): boolean {
  const m = /^[，,。；]?\s*(?:与|比|较)((?:19|20)\d{2})年度?([^，。；\d]{0,10})$/.exec(between);
  // (its name only: "比2022年减少8.60万元" states the change, not the year's figure)
  if (!m || /增|减|升|降|提高|持平|节约|超/.test(m[2]!)) return false;
  // (and of the figure's own subject, when it names one: "另有年初结转和结余208.27万元。与2022年度收入合计3,302.48万元相比，增加…" compares
  // the year's 收入合计 stated before, not the 年初结转和结余)
  // (a stage alone names no subject: "与2022年度决算17.05万元相比")
  const named = canonicalLabel(m[2]!.replace(/的$/, ''));
  const subject = canonicalLabel(currentLabel);
  if (named.length >= 2 && !/^(?:决算|预算|执行|实际|同期)(?:数|支出|收入)?$/.test(named) && !subject.endsWith(named) && !named.endsWith(subject)) return false;
  const own = /((?:19|20)\d{2})年/.exec(currentLabel)?.[1];
  return own === undefined || Number(m[1]) < Number(own);
}

/**
 * The whole a figure is the last part of, where the parts are joined in one clause after 包括 / 其中 /
 * 含 right after the whole ("A，包括B X和C Y"): the figure before the first part, of its kind.
 */
function coordinatedWhole(s: Stretch, i: number): Quantity | undefined {
  const q = s.qs[i]!;
  const t = s.c.text;
  const same = (x: Quantity | undefined): x is Quantity => x !== undefined && x.family === q.family && x.depth === q.depth && !isAttribute(x);
  let k = i;
  // (back over the parts joined by 和 / 及 / 与 / 、 with no clause mark between)
  while (k > 0 && same(s.qs[k - 1]) && /^[^，。；：\d]{1,30}$/.test(t.slice(s.qs[k - 1]!.end, s.qs[k]!.at)) && /和|及|与|、/.test(t.slice(s.qs[k - 1]!.end, s.qs[k]!.at))) k--;
  if (k === i || k === 0) return undefined;
  const whole = s.qs[k - 1];
  // (a clause may stand between: "620.00万元，全部列…支出（款），包括A 450.00万元、B 170.00万元")
  const between = t.slice(whole?.end ?? 0, s.qs[k]!.at);
  return same(whole) && between.length <= 60 && !/[。；]/.test(between) && /(?:^|，)(?:包括|其中|含)[：:]?[^，。；：\d]{0,30}$/.test(between) ? whole : undefined;
}

/**
 * "实有在编人员121人，其中：行政人员48人，事业人员69人，工勤人员4人，比上年末的124人减少3人": after the last item of a 其中 list set out
 * clause by clause, a comparison whose earlier figure is far nearer the list's whole than the item is the whole's change, not the item's.
 */
function listWholeNearer(s: Stretch, i: number, prior: Quantity): Quantity | undefined {
  const q = s.qs[i]!;
  const t = s.c.text;
  const same = (x: Quantity | undefined): x is Quantity => x !== undefined && x.family === q.family && x.depth === q.depth && !isAttribute(x);
  let k = i;
  while (k > 0 && same(s.qs[k - 1]) && /^[，、][^，。；：\d]{1,20}$/.test(t.slice(s.qs[k - 1]!.end, s.qs[k]!.at))) k--;
  if (k === i || k === 0) return undefined;
  const whole = s.qs[k - 1];
  if (!same(whole) || !/^[，,]?其中[：:，]?[^，。；：\d]{1,20}$/.test(t.slice(whole.end, s.qs[k]!.at))) return undefined;
  const p = Number(prior.number);
  return Math.abs(p - Number(whole.number)) * 4 < Math.abs(p - Number(q.number)) ? whole : undefined;
}

/** 分别比上年增加 / 分别较上年下降 …: changes said of the figures before, one each. */
const DISTRIBUTED_CHANGE = new RegExp(`分别(?:${COMPARISON.source})(${CHANGE_VERB.source})`, 'g');

/**
 * "基本支出和项目支出分别为300万元和200万元，分别比上年增加30万元和10万元，分别增长11.11%和5.26%": changes
 * (and their rates) said of the figures before them, one each in order: the last figures of their kind
 * before the words, as many as the changes. Only with as many changes as figures, and rates as many or
 * none; a figure's change is read only once (its own comparison after it is read by changeRelation).
 */
function distributedChanges(s: Stretch, out: RelationFact[]): void {
  const text = s.c.text.slice(0, s.to);
  DISTRIBUTED_CHANGE.lastIndex = s.from;
  for (let m = DISTRIBUTED_CHANGE.exec(text); m !== null; m = DISTRIBUTED_CHANGE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const direction = DOWN.test(m[1]!) ? 'down' : m[1] === '持平' ? 'flat' : 'up';
    // the changes right after the words, joined by 和 / 、 / 及, then their rates (，分别增长p%和q%)
    const after = s.qs.filter((q) => q.at >= end && q.depth === 0);
    const changes: Quantity[] = [];
    let k = 0;
    for (; k < after.length && after[k]!.family !== 'pct'; k++) {
      const q = after[k]!;
      const gap = text.slice(changes.length ? changes[changes.length - 1]!.end : end, q.at);
      if (changes.length ? !/^[、和及与]$/.test(gap) : gap !== '') break;
      changes.push(q);
    }
    if (changes.length < 2 || !changes.every((c) => c.family === changes[0]!.family)) continue;
    const rates: Quantity[] = [];
    const tail = text.slice(changes[changes.length - 1]!.end, after[k]?.at ?? s.to);
    if (after[k]?.family === 'pct' && /^，(?:分别)?(?:增长|增加|下降|减少|上升|降低)(?:了)?(?:幅度)?(?:为|分别为)?$/.test(tail)) {
      for (let j = k; j < after.length && after[j]!.family === 'pct' && rates.length < changes.length; j++) {
        if (rates.length && !/^[、和及与]$/.test(text.slice(rates[rates.length - 1]!.end, after[j]!.at))) break;
        rates.push(after[j]!);
      }
    }
    if (rates.length !== 0 && rates.length !== changes.length) continue;
    // (not a total after them: "基本支出300万元，项目支出200万元，合计500万元，分别比上年增加…" is of the two)
    const figures = s.qs.filter((q) => q.at < at && q.at >= s.from && q.depth === 0 && q.family === changes[0]!.family && !isAttribute(q) && !CHANGE_LABEL.test(q.label) && !TOTAL_WORD.test(clauseLabel(s, q)));
    const subjects = figures.slice(-changes.length);
    if (subjects.length !== changes.length) continue;
    subjects.forEach((q, i) => {
      const cf = figure(s, q);
      out.push({ relation: 'change', subject: q.label, current: cf, change: figure(s, changes[i]!), ...(rates[i] ? { rate: figure(s, rates[i]!) } : {}), direction, src: cf.src });
    });
  }
}

/** The plan at the start of the year: 年初预算, 年初批复预算, 年初安排 (数, 资金). */
const INITIAL_PLAN = /年初(?:部门)?(?:批复)?(?:预算|安排)(?:数|资金|金额)?(?:为|是)?$/;
/** What was added to the plan, or taken off it, in the year: 追加, 调增, 追加预算 …; 追减, 调减, 核减 … */
const PLAN_ADDED = /(?:追加|调增|调剂增加)(?:了)?(?:预算|资金|经费)?(?:为|是|了)?$/;
const PLAN_CUT = /(?:追减|调减|核减)(?:了)?(?:预算|资金|经费)?(?:为|是|了)?$/;
/** The plan after it: 调整后(全年)预算, 全年预算数调整为, 追加后全年预算, 全年预算(数). */
const PLAN_ADJUSTED = /(?:调整后|追加后|调整为|调整至|变更后)|(?:全年|年度)预算(?:数|总额)?(?:为|是|达到?)?$/;

/**
 * "年初预算18,426.35万元，年中…追加预算2,318.47万元，全年预算数调整为20,744.82万元": the plan after the year's one
 * addition (or cut) is the plan at the start with it, a change against the start of the year (比年初). Only three
 * figures of money one after the other in the sentence, each named so; not a plan of the same figures read already.
 */
function adjustedPlan(s: Stretch, out: RelationFact[]): void {
  const qs = s.qs.filter((q) => q.family === 'money' && q.depth === 0 && q.at >= s.from);
  for (let i = 0; i + 2 < qs.length; i++) {
    const [a, b, c] = [qs[i]!, qs[i + 1]!, qs[i + 2]!];
    if (!INITIAL_PLAN.test(a.label)) continue;
    const up = PLAN_ADDED.test(b.label);
    if (up === PLAN_CUT.test(b.label) || !PLAN_ADJUSTED.test(clauseLabel(s, c)) || COMPARISON.test(b.label)) continue;
    const current = figure(s, c);
    if (out.some((r) => r.relation === 'change' && r.current?.src.line === current.src.line && r.current.src.column === current.src.column)) continue;
    const change = figure(s, b);
    out.push({ relation: 'change', subject: c.label, current, prior: figure(s, a), change, direction: up ? 'up' : 'down', versusStart: true, shape: '年初预算与调整', src: change.src });
  }
}

/**
 * A sentence that opens with a comparison and its verb: 同比上年度增加… (同比 before the period compared
 * with), 比上年减少…, 较上年增长… (not "与2022年相比，本年支出合计增加…": it names its own subject).
 */
// (or with the figure compared with inside: "与上年执行数3,418.25万元相比，增加284.21万元，增长8.31%")
const OPENS_COMPARED = new RegExp(`^(?:，)?(?:(?:同比|环比)?(?:${COMPARISON.source}|上年度?|上年同期)|与(?:上年度?|去年|上一年度?|(?:19|20)\\d{2}年度?)[^，。；\\d]{0,10}?\\d[\\d,]*(?:\\.\\d+)?(?:万元|亿元|元)相比)，?(?:${CHANGE_VERB.source})`);

/**
 * "1、收入：826.40万元。同比上年度增加134.18万元，增加19.38%。": a sentence of the same paragraph that
 * opens with a comparison and its verb states the change of the one figure of the sentence before. Read as one
 * sentence of the two; true when the sentence is such a change (it names no figure of its own).
 */
function openingChange(s: Stretch, previous: Stretch | undefined, out: RelationFact[]): boolean {
  if (!previous || previous.c !== s.c || !OPENS_COMPARED.test(s.c.text.slice(s.from, s.to))) return false;
  const q = soleFigure(previous);
  if (!q) return false;
  const joined: Stretch = { line: s.line, c: s.c, from: previous.from, to: s.to, qs: [...previous.qs, ...s.qs], excerpt: previous.excerpt + s.excerpt };
  const n = out.length;
  changeRelation(joined, q, joined.qs.indexOf(q), out);
  return out.length > n;
}

/**
 * What a change against the start plan is of (比年初预算增加 X): the figures of the sentence before
 * the words, nearest first, other than the start plan; the first whose change from the plan is the
 * one stated, else the nearest (whose check then fails). None when the sentence states no other.
 */
function startSubject(s: Stretch, i: number, prior: Quantity, change: Quantity | undefined, rate: Quantity | undefined, direction: 'up' | 'down' | 'flat', planLabel: RegExp): Quantity | undefined {
  const candidates: Quantity[] = [];
  for (let j = i; j >= 0; j--) {
    const x = s.qs[j]!;
    if (x !== prior && x.family === prior.family && x.depth === 0 && !isAttribute(x) && !x.approx && !planLabel.test(x.label)) candidates.push(x);
  }
  if (candidates.length <= 1) return candidates[0];
  const p = amountOf(prior);
  if (!p) return candidates[0];
  const fits = (x: Quantity): boolean => {
    const c = amountOf(x);
    if (!c) return false;
    const diff = { v: c.v - p.v, h: c.h + p.h };
    if (change) {
      const d = amountOf(change);
      if (!d) return false;
      return overlaps(diff, { v: direction === 'down' ? -d.v : d.v, h: d.h });
    }
    const sign = direction === 'down' ? -1n : 1n;
    return rate !== undefined && percentWithin({ v: sign * diff.v, h: diff.h }, p, parsePct(rate.number));
  };
  return candidates.find(fits) ?? candidates[0];
}

/** A figure as an interval (money in 万元; other measures as printed), for choosing between readings. */
function amountOf(q: Quantity): Money | undefined {
  if (q.family !== 'money') return parseMoney(q.number, '万元', 0);
  return isMoneyUnit(q.unit) ? parseMoney(q.number, q.unit, 0) : undefined;
}

/**
 * "项目资金较上年增加450万元，增长14.06%": a change whose subject is named again without its figure;
 * the current figure is the latest one of the paragraph under that name.
 */
function restatedChange(s: Stretch, earlier: readonly Stretch[], out: RelationFact[]): void {
  // clause by clause: "与上年相比，本年收入增加…，增长…%；本年支出增加…，增长…%"
  // a comparison said once holds for the clauses after it: "与上年相比，收入增加…；支出增加…"
  let compared = false;
  let from = s.from;
  for (let i = s.from; i <= s.to; i++) {
    if (i < s.to && s.c.text[i] !== '；') continue;
    compared = restatedChangeIn(s, from, i, earlier, out, compared) || compared;
    from = i + 1;
  }
}

/** The subject before the comparison (项目资金较上年增加…) or after it (与上年相比，本年收入增加…). */
const SUBJECT_THEN_COMPARISON = /^(?:[^，。；：]*?，)?([^，。；：\d]{2,16}?)(?:较|比|与)(?:上年|上年度|去年|上一年度?)/;
// (the year's figure may be stated in the comparison: "与2022年度决算总计1764.35万元相比，收、支总计各增加…")
const COMPARISON_THEN_SUBJECT = /(?:与(?:上年|上年度|去年|(?:19|20)\d{2}年度?)(?:[^，。；：\d]{0,12}?\d[\d,]*(?:\.\d+)?[万亿]?元)?(?:相比|比较)|比上年|较上年|同比)(?:，)?([^，。；：\d]{2,12}?)(?:增加|减少|增长|下降|上升|降低)/;
const SUBJECT_THEN_VERB = /^([^，。；：\d]{2,12}?)(?:增加|减少|增长|下降|上升|降低)/;

/** Reads the change of one clause; true when the clause states a comparison (for the clauses after it). */
function restatedChangeIn(s: Stretch, from: number, to: number, earlier: readonly Stretch[], out: RelationFact[], compared: boolean): boolean {
  const text = s.c.text.slice(from, to);
  const own = SUBJECT_THEN_COMPARISON.exec(text) ?? COMPARISON_THEN_SUBJECT.exec(text);
  const m = own ?? (compared ? SUBJECT_THEN_VERB.exec(text) : null);
  if (!m) return false;
  restatedChangeOf(s, from, to, m, earlier, out);
  return own !== null;
}

function restatedChangeOf(s: Stretch, from: number, to: number, m: RegExpExecArray, earlier: readonly Stretch[], out: RelationFact[]): void {
  const text = s.c.text.slice(from, to);
  // (the last time its words stand in the match: the comparison may name the earlier figure so too)
  const subjectAt = from + m.index + m[0].lastIndexOf(m[1]!);
  const qs = s.qs.filter((q) => q.at >= from && q.at < to);
  // the subject carries no figure of its own (else changeRelation reads it)
  if (qs.some((q) => q.at < subjectAt + m[1]!.length + 2 && q.at >= subjectAt && q.family !== 'pct' && !isAttribute(q))) return;
  const rate = qs.find((q) => q.family === 'pct' && CHANGE_RATE_LABEL.test(q.label));
  if (!rate) return;
  const verb = CHANGE_VERB.exec(text);
  const direction = verb && DOWN.test(verb[1]!) ? 'down' : 'up';
  // the earlier year's figure stated in the comparison before the subject (与2022年度决算总计P相比，…)
  // (or in a bracket after it: "收支总计较上年（2022年度2987.40万元）增加…")
  // (or right after the comparison, before its verb: "本年收入比上年1,365.80万元增加120.72万元")
  const stated = qs.find((q) => q.at >= from + m.index && q.at < subjectAt && q.family !== 'pct' && !isAttribute(q) && /^(?:相比|比较)/.test(s.c.text.slice(q.end, q.end + 2))) ?? bracketPrior(s, subjectAt, to) ?? qs.find((q) => q.family !== 'pct' && q.at > subjectAt && /(?:比|较)(?:上年|去年|上年度|上一年度?)的?$/.test(s.c.text.slice(Math.max(from, q.at - 6), q.at)) && /^(?:增加|减少|增长|下降|上升|降低)/.test(s.c.text.slice(q.end, q.end + 2)));
  const priorOf = (family: string): { prior: FigureFact } | Record<string, never> => (stated && stated.family === family ? { prior: figure(s, stated) } : {});
  // "收、支总计各增加100万元，增长9.09%": one change said of two figures, 收入总计 and 支出总计
  // (收支总计: 收入总计 and 支出总计 too)
  // (of one fund's accounts: "财政拨款收、支总计各减少…" of 财政拨款收入总计 and 财政拨款支出总计)
  const jointText = bareSides(m[1]!, earlier, s, subjectAt) ?? m[1]!.replace(/^收支/, '收、支');
  const fund = /^(?:一般公共预算)?财政拨款(?=收)/.exec(jointText)?.[0] ?? '';
  const both = JOINT_SUBJECT.exec(jointText.slice(fund.length));
  if (both) {
    const first = both[1]!;
    const tailRaw = both[2]!.slice(first.length);
    // 总计 names the figure's kind of total; the figures' names are read without it (收入, 支出)
    const tail = canonicalLabel(tailRaw);
    if (tailRaw.length < 2) return;
    // (the total word it names, 总计, is the figure's too: 本年支出合计 is no 支出总计)
    const word = /总计|合计/.exec(tailRaw)?.[0];
    for (const side of [first, both[2]!.slice(0, first.length)]) {
      const head = fund + side;
      const ok = (q: Quantity, e: Stretch): boolean => {
        if (q === stated) return false;
        if (word !== undefined && !clauseLabel(e, q).includes(word)) return false;
        // (last year's, "上年财政拨款收、支总计为3106.49万元", is what it changed from)
        if (LAST_YEARS.test(wordsBefore(e, q))) return false;
        // (收、支总计均为X万元: one figure of both, 均 no part of its name)
        // (收入、支出决算总计X万元: one figure of both too, named 收入决算总计 as well; 决算 its stage in a 决算说明)
        const joint = jointMember(e, q);
        const names = joint ? [q.label, joint.member + q.label.slice(joint.head.length)] : [q.label];
        return names.some((n) => {
          const label = canonicalLabel(n.replace(/[均都]+$/, '')).replace(/决算数?/, '');
          // 收 names 收入, 支 支出: a word of one more character at most
          return label.startsWith(head) && label.endsWith(tail) && label.length <= head.length + tail.length + 1;
        });
      };
      const current = latestFigure([...earlier, s], s, subjectAt, ok);
      const change = current && qs.find((q) => q.family === current.q.family && CHANGE_LABEL.test(q.label));
      // located at the figure changed: both changes are stated by the one clause
      // named as the figure is (收入总计, not 收总计)
      // (one figure of both, 收、支总计均为…: named as the clause names both)
      const subject = current && (/[均都]$/.test(current.q.label) ? m[1]!.replace(/各$/, '') : `${canonicalLabel(current.q.label)}${tailRaw.slice(tail.length)}`);
      if (current && change) out.push({ relation: 'change', subject: subject!, current: figure(current.st, current.q), ...priorOf(current.q.family), change: figure(s, change), rate: figure(s, rate), direction, src: figure(current.st, current.q).src });
    }
    return;
  }
  const name = canonicalLabel(m[1]!);
  if (name.length < 2) return;
  let current: { st: Stretch; q: Quantity } | undefined;
  let suffix: { st: Stretch; q: Quantity } | undefined;
  // (a subject named as the whole year's, 本年支出, is no part of a list: "全年实际支出1,972.38万元…。其中：…；上年结转资金支出110.23万元…。
  // 与2022年执行数…相比，本年支出增加127.18万元" is of 1,972.38)
  let parts: Set<string> | undefined;
  const isPart = (e: Stretch, q: Quantity): boolean => {
    if (!parts) {
      parts = new Set();
      for (const r of out) if (r.relation === 'sum' && r.complete) for (const p of r.parts ?? []) parts.add(`${p.src.line}:${p.src.column}`);
    }
    const f = figure(e, q).src;
    return parts.has(`${f.line}:${f.column}`);
  };
  const wholeYear = WHOLE_YEAR_BASE.test(m[1]!);
  const thisYear = /^(?:本年度?|今年|当年)/.test(m[1]!);
  const yearsFlow = /^本年(?:度)?(?:收入|支出)(?!总计)/.test(m[1]!);
  const candidates: { st: Stretch; q: Quantity }[] = [];
  for (const e of [...earlier, s]) {
    for (const q of e.qs) {
      if ((e === s && q.at >= subjectAt) || q === stated || q.family === 'pct' || isAttribute(q) || ofLastYear(e, q) || ofEarlierYear(e, q, thisYear && e === s)) continue;
      // (the year's own flow, 本年收入, is no 收入总计: that adds the balance carried in)
      if (yearsFlow && /总计/.test(clauseLabel(e, q))) continue;
      const label = canonicalLabel(q.label);
      if (label === name) current = { st: e, q };
      // "资金总额比上年增加…" of 项目资金总额, "支出比上年增加…" of 实际支出: the nearest whose name ends so
      else if ((q.label.endsWith(m[1]!) || (label.endsWith(name) && !TOTAL_WORD.test(m[1]!))) && !(wholeYear && isPart(e, q))) suffix = { st: e, q };
      else continue;
      candidates.push({ st: e, q });
    }
  }
  current ??= suffix;
  if (!current) return;
  const change = qs.find((q) => q.family === current!.q.family && CHANGE_LABEL.test(q.label) && q !== stated);
  if (!change) return;
  // (with the prior stated, of the figures so named the one the change leads to: "本年收入比上年1,365.80万元增加120.72万元" is of
  // 本年收入合计1,486.52, not of 收入总计1,549.70 stated after it)
  // (and where none is, no part of a list whose name ends so: "其中，本年财政拨款支出包括…政府性基金预算财政拨款支出304.00万元。本年财政拨款支出比上年的
  // 10,684.52万元增加418.35万元" is of the total stated in a table, not of that part)
  if (stated && stated.family === current.q.family) {
    const want = Number(stated.number) + (direction === 'down' ? -1 : 1) * Number(change.number);
    const fit = candidates.filter((c) => c.q.unit === stated.unit && Math.abs(Number(c.q.number) - want) < 0.006);
    if (fit.length > 0) current = fit[fit.length - 1]!;
    else if (canonicalLabel(current.q.label) !== name && (isPart(current.st, current.q) || PART_QUALIFIER.test(canonicalLabel(current.q.label).slice(0, -name.length)))) return;
  }
  const cf = figure(current.st, current.q);
  out.push({ relation: 'change', subject: m[1]!, current: cf, ...priorOf(current.q.family), change: figure(s, change), rate: figure(s, rate), direction, src: figure(s, change).src });
}

/** The figure of the sentence before `q` that `part`'s own share names (…，占实际采购金额的p%), else `q`. */
function sharedWhole(s: Stretch, q: Quantity, part: Quantity): Quantity {
  const m = /^[，,]?占([^，。；\d]{2,12}?)的(?:比(?:重|例)为?)?(\d+(?:\.\d+)?)?/.exec(s.c.text.slice(part.end, part.end + 24));
  if (!m) return q;
  const name = canonicalLabel(m[1]!);
  if (name.length < 2 || canonicalLabel(q.label).endsWith(name)) return q;
  let named: Quantity | undefined;
  for (const x of s.qs) if (x.at < q.at && x.depth === q.depth && x.family === q.family && !isAttribute(x) && canonicalLabel(x.label).endsWith(name)) named = x;
  if (named) return named;
  // (a base named otherwise than any figure, 占政府采购合同金额的86.34% after 实际采购金额1,218.75万元 and 节约资金67.65万元:
  // the one figure before it of which the share is the part's, when the figure before the 其中 is not)
  const pct = m[2];
  if (pct === undefined || part.family !== 'money' || q.family !== 'money') return q;
  const gives = (x: Quantity): boolean => percentConsistent(parseMoney(part.number, part.unit as MoneyUnit), parseMoney(x.number, x.unit as MoneyUnit), pct);
  if (gives(q)) return q;
  const fits = s.qs.filter((x) => x !== q && x.at < q.at && x.depth === q.depth && x.family === 'money' && !isAttribute(x) && gives(x));
  return fits.length === 1 ? fits[0]! : q;
}

/** A share's base named as the whole of the year: 本年支出, 全年支出, 全部支出. */
const WHOLE_YEAR_BASE = /^(?:占)?(?:本年度?|全年|全部|当年)/;
/** Words of a change to a figure or of what is left of it: no whole of the year's. */
const CHANGED_OR_LEFT = /追加|追减|调增|调减|增加|减少|结转|结余|未/;
/** A figure stated as the year's whole: 本年支出合计, 全年实际支出, 支出总额. */
// (or the unit's of the year, "2024年度部门支出6,712.38万元")
const WHOLE_YEAR_LABEL = /本年|全年|全部|当年|合计|总计|总额|^(?:19|20)\d{2}年度?(?:本?部门|本?单位)/;

/** A figure named as last year's (上年…收、支总计为X), not money carried over from it (上年结转). */
const LAST_YEARS = /^(?:上年|去年|上一年)度?(?!结转|结余)/;


/**
 * Whether a figure is last year's by the words before it: 上年…, or a part after 其中 of a figure that is
 * ("上年“三公”经费支出27.85万元，其中公务接待费5.12万元、公务用车运行维护费22.73万元": 5.12 is what 公务接待费 changed from).
 */
function ofLastYear(e: Stretch, q: Quantity): boolean {
  const words = wordsBefore(e, q);
  if (LAST_YEARS.test(words)) return true;
  if (!/^其中/.test(words)) return false;
  const opened = q.at - words.length;
  let whole: Quantity | undefined;
  for (const x of e.qs) if (x.at < opened && x.depth === q.depth && x.family === q.family) whole = x;
  return whole !== undefined && LAST_YEARS.test(wordsBefore(e, whole));
}

/**
 * A figure named as of a year before the report's: "2022年支出1,065.00万元，本年支出比上年增加136.75万元" changes no 1,065.00 (it is
 * what the change is from). With no year of the report, a year named in the sentence of a subject named as this year's (本年支出) is
 * taken so.
 */
function ofEarlierYear(e: Stretch, q: Quantity, subjectThisYear: boolean): boolean {
  const year = yearOfFigure(e, q);
  const report = yearOfReport();
  return year !== undefined && (report !== undefined ? year < report : subjectThisYear);
}

/** The words before a figure back to the clause's start, over 、 (clauseLabel stops at it). */
function wordsBefore(e: Stretch, q: Quantity): string {
  const t = e.c.text;
  return t.slice(runStart(t, q.at, CLAUSE_STOPS, e.from), q.at);
}

/** Both sides named with no word of their total (收支, 收入和支出). */
const BARE_SIDES = /^(?:收支|收、支|收入和支出|收入、支出|收入与支出)各?$/;

/**
 * "收入总计3,286.45万元，支出总计3,286.45万元。收支较上年增加212.36万元…": both sides named bare after the
 * sides stated with their total word: the joint subject with that word (收、支总计), from the nearest 收入 figure so named.
 */
function bareSides(subject: string, earlier: readonly Stretch[], s: Stretch, before: number): string | undefined {
  if (!BARE_SIDES.test(subject)) return undefined;
  // (the clause's words: a figure's label leaves out the total word it ends with)
  const named = latestFigure([...earlier, s], s, before, (q, e) => /收入(?:决算)?(?:总计|合计)[均都]?(?:为|是)?$/.test(clauseLabel(e, q)));
  const tail = named && /(总计|合计)[均都]?(?:为|是)?$/.exec(clauseLabel(named.st, named.q))?.[1];
  return tail ? `收、支${tail}` : undefined;
}

/** A figure's name without the words of its fund's source (财政拨款, 当年) and, as restatements compare names, its stage and total words. */
function plainName(name: string): string {
  return strictKey(name.replace(/财政拨款|当年|本年度?/g, '')).replace(/总计$/, '');
}

/** A base named by its stage and its subject (预算收入, 决算支出, 年初预算数): one figure's name, not a bare category. */
const STAGED_NAME = /^(?:年初|调整后?|全年)?(?:预算|决算)(?:收入|支出)(?:数|额)?$|^(?:年初|调整后?)预算数?$/;

/** A share's base that counts items (项目总数, 单位个数, 项目数量): the noun before the word. */
const COUNT_BASE = /(?:总数|总个数|个数|数量)$/;

/** Two subjects sharing their last words: 收、支总计 (收入总计 and 支出总计), 收入和支出总计, with 各. */
const JOINT_SUBJECT = /^([\u4e00-\u9fff]{1,2})(?:、|和|与|及)([\u4e00-\u9fff]{3,10}?)各?$/;

/** The latest figure (not a percentage) before `from` in `s`, or in the sentences before, that `ok` accepts. */
function latestFigure(stretches: readonly Stretch[], s: Stretch, from: number, ok: (q: Quantity, e: Stretch) => boolean): { st: Stretch; q: Quantity } | undefined {
  let found: { st: Stretch; q: Quantity } | undefined;
  for (const e of stretches) {
    for (const q of e.qs) {
      if ((e === s && q.at >= from) || q.family === 'pct' || isAttribute(q) || !ok(q, e)) continue;
      found = { st: e, q };
    }
  }
  return found;
}


/** The words of a figure restating the one before it in another unit: 即, 折合, 合. */
const RESTATED_AS = /^(?:即|即为|折合|合)$/;

/** 占…的 p%: its part is the figure before it; its base is named, or the total of the list it stands in. */
function shareRelations(s: Stretch, out: RelationFact[], earlier: readonly Stretch[], history: readonly Stretch[]): void {
  const text = s.c.text.slice(0, s.to);
  SHARE.lastIndex = s.from;
  for (let m = SHARE.exec(text); m !== null; m = SHARE.exec(text)) {
    const at = m.index;
    const pct = s.qs.find((q) => q.family === 'pct' && q.at >= at && q.at < at + m![0].length);
    if (!pct) continue;
    // "人员经费800万元，公用经费200万元，分别占基本支出的80%、20%": the figures before, in order, each its share
    // (or "…分别为A、B和C，占X的比重分别为a、b和c": 分别 after the base's name)
    if (s.c.text.slice(Math.max(s.from, at - 3), at).endsWith('分别') || /分别(?:为|是)?$/.test(m[1]!)) {
      const pcts = [pct];
      for (let q = s.qs[s.qs.indexOf(pct) + 1]; q && q.family === 'pct' && /^[、和及，]$/.test(s.c.text.slice(pcts[pcts.length - 1]!.end, q.at)); q = s.qs[s.qs.indexOf(q) + 1]) pcts.push(q);
      const figures = s.qs.filter((q) => q.at < at && q.family !== 'pct' && q.depth === depthAt(s.c.text, at) && !isAttribute(q));
      const parts = figures.slice(-pcts.length);
      const baseName = m[1]!.replace(/(?:的)?(?:比例|比重|份额)?(?:分别)?(?:为|是|达)?$/, '').replace(/的$/, '');
      const inner = s.qs.find((q) => q.at > at && q.at < pct.at && q.family !== 'pct');
      // the list the figures are the parts of ("基本支出1000万元，其中A、B，分别占70%、30%"): its total is the
      // base when none is named
      const cols = new Set(parts.map((p) => figure(s, p).src.column));
      let list: RelationFact | undefined;
      for (let k = out.length - 1; k >= 0 && !list; k--) {
        const r = out[k]!;
        if (r.relation === 'sum' && r.parts?.length === parts.length && r.parts.every((x) => x.src.line === s.line && cols.has(x.src.column))) list = r;
      }
      // only when the shares are as many as the figures before them, of one kind, or as the parts of
      // the list those figures end: three figures and two shares pair nothing
      if (pcts.length >= 2 && parts.length === pcts.length && (figures.length === parts.length || list) && parts.every((p) => p.family === parts[0]!.family && p.unit === parts[0]!.unit) && (baseName || inner || list)) {
        // (shares of all the parts of a whole list that make 100% are of the list's whole, whatever figure its name finds first:
        // "年初预算305.00万元，…全年预算385.00万元，其中：A、B、C，分别占项目预算的54.55%、24.68%和20.78%" is of 385.00)
        const whole = list?.complete === true && parts.length === list.parts!.length && makesHundred(pcts) ? list.total : undefined;
        pcts.forEach((pq, k) => {
          const rel: RelationFact = { relation: 'share', subject: parts[k]!.label, part: figure(s, parts[k]!), pct: figure(s, pq), baseName, src: { ...stretchSrc(s, k === 0 ? at : pq.at), length: k === 0 ? m![0].length : pq.end - pq.at } };
          if (inner && inner.family === parts[0]!.family) rel.base = figure(s, inner);
          else if ((list && !baseName) || whole) rel.base = list!.total!;
          out.push(rel);
        });
        SHARE.lastIndex = pcts[pcts.length - 1]!.end;
      }
      continue;
    }
    // the part is the figure the share follows at its own depth: "A（其中：B，C），占…" is A's share
    const depth = depthAt(s.c.text, at);
    let part: Quantity | undefined;
    // (not the base a share before it names, "全年执行数1386.52万元，相当于年初预算1200.00万元的115.54%，占调整后预算的95.62%": the figure that
    // share is of is the part)
    for (const q of s.qs) if (q.at < at && q.family !== 'pct' && q.depth === depth && !isAttribute(q) && !SHARE_BASE_AFTER.test(s.c.text.slice(q.end, q.end + 12))) part = q;
    // ("…调整后全年预算为268,912.50万元，调增25,312.50万元，相当于年初预算的10.39%": 相当于 right after a change says what the
    // change amounts to)
    if (/^相当于/.test(s.c.text.slice(at))) {
      const prev = s.qs.filter((q) => q.at < at && q.family !== 'pct' && q.depth === depth).at(-1);
      if (prev && prev !== part && CHANGE_LABEL.test(prev.label) && /^，?$/.test(s.c.text.slice(prev.end, at))) part = prev;
    }
    // ("其中固定资产4215.63万元（占资产总额的61.61%）、…": a bracket opened by the share, right after a figure, is that figure's)
    if (!part && depth > 0) {
      const open = s.c.text.lastIndexOf('（', at);
      if (open >= s.from && s.c.text.slice(open + 1, at).trim() === '') {
        for (const q of s.qs) if (q.end <= open && q.family !== 'pct' && q.depth === depth - 1 && !isAttribute(q) && s.c.text.slice(q.end, open).trim() === '') part = q;
      }
    }
    // ("未支出的113.58万元中，县级配套资金88.58万元、自筹资金25.00万元，占批复预算的3.99%": a share after the last item of a list
    // joined by 、 is said of the list, the whole its items make, not of the last item alone; a share that names no base, "其中公办
    // 8家、民办7家，占46.67%", is the last item's of the list's whole)
    if (part && m[1]!.replace(/的$/, '').length >= 2 && s.c.text.charCodeAt(runStart(s.c.text, part.at, CLAUSE_MARKS, s.from) - 1) === 0x3001 /* 、 */ && /^，$/.test(s.c.text.slice(part.end, at).replace(/[^，。；：]/g, ''))) {
      const p = part;
      const col = figure(s, p).src.column;
      let list: RelationFact | undefined;
      for (let k = out.length - 1; k >= 0 && !list; k--) {
        const r = out[k]!;
        if (r.relation === 'sum' && r.parts !== undefined && r.parts.length >= 2 && r.parts.at(-1)!.src.line === s.line && r.parts.at(-1)!.src.column === col) list = r;
      }
      const whole = list && list.total!.src.line === s.line ? s.qs.find((q) => q.at < p.at && figure(s, q).src.column === list.total!.src.column) : undefined;
      if (whole) part = whole;
    }
    // (nor when a clause of words between names what the share is of, a figure the sentence does not state: "项目覆盖全县8个乡镇，
    // 其中青岩镇受益学生最多，占全县的17.39%" is no share of the 8 乡镇)
    if (part && /，其中[^，。；：\d]{2,}，$/.test(s.c.text.slice(part.end, at))) part = undefined;
    // (not over a figure in between that was not read: "民办7家；床位1,200张，其中护理型床位660张，占55%" is
    // 660张's share, whatever 张 counts, never 7家's)
    if (part && strayFigure(s, part.end, at, depth)) part = undefined;
    // "…省级财政资金2,656,300.00元。中央财政资金占项目资金的73.05%": the share names its part
    const named = partName(s.c.text, part ? Math.max(part.end, s.from) : s.from, at);
    // (决算数占预算数的: a stage word names the figure before it, not another)
    // (unless the figure before is named otherwise: "本年财政拨款支出4,474.20万元，本年财政拨款收入4,702.15万元，支出占收入的95.15%" is of 支出)
    if (named && !(part && /^(?:决算|执行|实际支出|支出)数?$/.test(named) && !(/支出$/.test(named) && /收入$/.test(part.label)))) part = namedFigure(named, [...earlier, s], at) ?? (/^(?:决算|执行|实际支出|支出)数?$/.test(named) ? part : undefined);
    if (!part) continue;
    // (nor of a figure of another year than the one the share's clause names: "2022年…项目支出3549.06万元，项目支出占比为69.31%；
    // 2023年项目支出占比为72.62%" states 2023's share, of figures the sentence does not give)
    if (s.qs.includes(part)) {
      const shareYear = yearOfFigure(s, pct);
      const partYear = yearOfFigure(s, part);
      if (shareYear !== undefined && partYear !== undefined && shareYear !== partYear) continue;
    }
    const baseName = m[1]!.replace(/(?:的)?(?:比例|比重|份额)?(?:为|是|达)?$/, '').replace(/的$/, '');
    // ("1.行政运行598.74万元，年初预算612.30万元，完成年初预算的97.79%，占农林水支出的9.38%": the item's plan beside it, a
    // figure that names no item, is no part of a whole that is no plan: the item's own figure before it is)
    if (itemFigure(part) && isPlanLabel(part.label) && !isPlanLabel(baseName) && !STAGE_BASE.test(baseName)) {
      const from = Math.max(s.from, text.lastIndexOf('；', at) + 1);
      const p = part;
      const own = s.qs.filter((q) => q.at >= from && q.at < p.at && q.depth === depth && q.family === p.family && !isAttribute(q) && !itemFigure(q)).at(-1);
      if (own) part = own;
    }
    // "18个项目评为一等，涉及资金601.45万元，占项目总数比例85.71%": a base that counts items is a share of
    // the count its clause states, not of the money stated after it
    if (part.family === 'money' && COUNT_BASE.test(baseName)) {
      const from = Math.max(s.from, text.lastIndexOf('；', at) + 1);
      let counted: Quantity | undefined;
      for (const q of s.qs) if (q.at >= from && q.at < at && q.depth === depth && q.family !== 'money' && q.family !== 'pct' && !isAttribute(q)) counted = q;
      if (!counted) continue;
      part = counted;
    }
    const pf = figure(s, pct);
    const rel: RelationFact = { relation: 'share', subject: part.label, part: figure(s, part), pct: pf, baseName, src: { ...stretchSrc(s, at), length: m[0].length } };
    // "占总支出500万元的60%": the base's amount stated in the phrase itself
    const fam = part.family;
    const inner = s.qs.find((q) => q.at > at && q.at < pct.at && q.family === fam);
    // "决算支出12.5万元，占年初预算的83.33%": a base named by its stage alone is the plan of the part's subject
    let planned = !inner && STAGE_BASE.test(baseName) ? plannedFor(s, part, earlier, [], false, undefined, baseName) : undefined;
    // ("年中追加预算2,318.47万元，相当于年初预算的12.58%" after "“三公”经费年初预算14.60万元": a plan of one class of
    // spending is the base of that class's figures only)
    if (planned && SANGONG_TOPIC.test(clauseLabel(planned.s, planned.q)) && !SANGONG_TOPIC.test(s.c.text.slice(s.from, at))) planned = undefined;
    if (inner) rel.base = figure(s, inner);
    else if (planned) rel.base = figure(planned.s, planned.q);
    else if (!baseName) {
      // implied base: the total of the list the part stands in
      let line = s.line;
      let column = figure(s, part).src.column;
      // (the list's total may stand lines above, under a heading: "…支出4,862.35万元。（二）结构情况 …支出决算中，…")
      for (let k = out.length - 1; k >= 0 && k >= out.length - 40; k--) {
        const r = out[k]!;
        if (r.relation === 'sum' && r.total && r.parts?.some((p) => p.src.line === line && p.src.column === column)) {
          // ("基层培训支出1,897,500元，即189.75万元，占6.17%": a figure restated in another unit is its whole's part no more than
          // the figure it restates: the share is of the list that holds that one)
          if (r.parts.length === 1 && RESTATED_AS.test(r.parts[0]!.label)) {
            line = r.total.src.line;
            column = r.total.src.column;
            continue;
          }
          rel.base = r.total;
          // "其中：公务用车购置费21.60万元，占“三公”经费支出的55.02%…；公务用车运行维护费12.24万元，占31.18%": a part whose
          // sibling in the list named its share's base shares that base, not the list's total
          const sibling = siblingShare(s, out, part, at, history);
          // (a base named as the list's total is, 占基本支出的 after 基本支出…其中, is that total)
          if (sibling?.part && r.parts.some((p) => p.src.line === sibling.part!.src.line && p.src.column === sibling.part!.src.column) && (sibling.base || !namesBase(r.total, sibling.baseName!))) {
            rel.baseName = sibling.baseName!;
            if (sibling.base) rel.base = sibling.base;
            else delete rel.base;
          }
          break;
        }
      }
      // "全年预算6,300.00万元，实际支出6,022.95万元，占比为95.60%": the share of a figure spent, with a plan
      // stated before it in its sentence and no other figure between, is of that plan
      if (!rel.base && !rel.baseName && labelStage(clauseLabel(s, part)) === 'spent') {
        const k = s.qs.indexOf(part);
        const plan = k > 0 ? s.qs[k - 1] : undefined;
        // (not after a rate of the two already stated between: "预算560.00万元，实际支出538.40万元，执行率96.14%，占16.38%")
        if (plan && plan.family === part.family && plan.depth === part.depth && labelStage(clauseLabel(s, plan)) === 'plan' && !isAttribute(plan) && !/其中/.test(text.slice(plan.end, part.at)) && !s.qs.some((q) => q.at > part.end && q.at < at && q.family === 'pct')) {
          rel.base = figure(s, plan);
          rel.baseName = plan.label;
        }
      }
      // "公务用车运行维护费14.10万元，占“三公”经费的77.05%；公务接待费4.20万元，占22.95%": a share of no named
      // base, in the clause after a sibling's that names one, is of that base (not after 其中: a part's part)
      if (!rel.base) {
        const sibling = siblingShare(s, out, part, at, history);
        if (sibling) {
          rel.baseName = sibling.baseName!;
          if (sibling.base) rel.base = sibling.base;
        }
      }
    }
    out.push(rel);
  }
}

/** Whether a figure is named as a base is, by its label or the words of its sentence ("基本支出预算…，实际支出1,452.66万元" is 基本支出). */
function namesBase(f: FigureFact, baseName: string): boolean {
  const want = canonicalLabel(baseName);
  return canonicalLabel(f.label).endsWith(want) || f.src.excerpt.replace(/[“”"\s]/g, '').includes(want);
}

/**
 * The share of a named base stated for the item before `part` in its sentence, where `part` is that
 * item's sibling: the clause between starts after a ； and holds no 其中, and the two are named alike
 * (the same last two characters, or both 三公 items).
 */
function siblingShare(s: Stretch, out: readonly RelationFact[], part: Quantity, at: number, history: readonly Stretch[]): RelationFact | undefined {
  const fig = figure(s, part);
  for (let k = out.length - 1; k >= 0 && k >= out.length - 12; k--) {
    const r = out[k]!;
    if (r.relation !== 'share' || !r.part) continue;
    // "1.卫生健康管理事务（款）612.48万元，占一般公共预算财政拨款支出的7.12%…" then "2.公立医院（款）2,105.30万元，占24.48%":
    // the next item of a numbered list on the line after takes the base its line before named
    if (r.src.line === fig.src.line - 1) {
      // (the line's first sentence, which holds its number: "（1）财政拨款收入…，占本年收入的97.43%。其中：…"; its first with
      // figures, past the number standing as a sentence of its own once normalised, "1。")
      let before: Stretch | undefined;
      for (let j = history.length - 1; j >= 0; j--) {
        if (history[j]!.line === r.src.line) {
          if (history[j]!.qs.length > 0 || !before) before = history[j];
        } else if (before) break;
      }
      // (the share of that item's own figure, its line's first: not of a part listed after it, "…（其中区级财力安排7,915.57万元，
      // 占一般公共预算财政拨款的90.60%…）")
      const own = before?.qs.find((q) => q.family !== 'pct');
      if (before && own && figure(before, own).src.column !== r.part.src.column) continue;
      return r.baseName && before && r.part.family === fig.family && nextItem(before, s) && s.qs.indexOf(part) === s.qs.findIndex((q) => q.family !== 'pct') ? r : undefined;
    }
    if (!r.baseName || r.src.line !== fig.src.line || r.src.column >= fig.src.column) continue;
    const pq = s.qs.find((q) => q.family === 'pct' && stretchSrc(s, q.at).column === r.pct?.src.column);
    if (!pq || pq.at >= at) return undefined;
    const between = s.c.text.slice(pq.end, at);
    if (!between.includes('；') || between.includes('其中')) return undefined;
    const a = r.part.label;
    const b = part.label;
    const alike = (a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2)) || (SANGONG_TOPIC.test(a) && SANGONG_TOPIC.test(b));
    return alike && r.part.family === fig.family ? r : undefined;
  }
  return undefined;
}

/** Whether a sentence opens the item numbered next after the one a line before opens (1. then 2.; （一） then （二）). */
function nextItem(before: Stretch, s: Stretch): boolean {
  const a = headingNumber(before.c.text);
  const b = headingNumber(s.c.text);
  // (the sentence is its line's first with figures: after the number only, "2。" once normalised)
  if (s.from > b.length + 1) return false;
  return a.style !== 'none' && a.style === b.style && a.number !== undefined && b.number === a.number + 1;
}

/** The words naming a share's part between `from` and 占, when the clause names one ("其中区级资金占…"). */
function partName(text: string, from: number, at: number): string | undefined {
  let words = text.slice(runStart(text, at, CLAUSE_MARKS, from), at);
  // (the words tested by their first and last characters first: this runs for every share of every sentence)
  const c = words.charCodeAt(0);
  if (c === 0x5176 /* 其 */ || c === 0x800c /* 而 */ || c === 0x53e6 /* 另 */ || c === 0x6b64 /* 此 */) words = words.replace(/^(?:其中|而|另|此外)/, '');
  if (words.endsWith('的')) words = words.slice(0, -1);
  return words.length >= 2 ? words : undefined;
}

/**
 * The figure a share's part names: the nearest before it whose name is that name, or spells it with
 * words left out (区级资金 for 区级财政资金); none when no figure has that name (then no share is read).
 */
function namedFigure(name: string, within: readonly Stretch[], before: number): Quantity | undefined {
  const want = canonicalLabel(name);
  const last = within[within.length - 1];
  let loose: Quantity | undefined;
  // (in the share's own sentence, a name it ends: "本年财政拨款支出4,474.20万元，…，支出占收入的95.15%")
  let ending: Quantity | undefined;
  for (let k = within.length - 1; k >= 0; k--) {
    for (const q of [...within[k]!.qs].reverse()) {
      if ((within[k] === last && q.at >= before) || q.family === 'pct' || isAttribute(q)) continue;
      const have = canonicalLabel(q.label);
      if (have === want) return q;
      if (!loose && have.slice(0, 2) === want.slice(0, 2) && isSubsequence(want, have)) loose = q;
      if (!ending && within[k] === last && want.length >= 2 && have.endsWith(want)) ending = q;
    }
  }
  return loose ?? ending;
}


/**
 * Of several figures stated before a share under its base's name with different values, the one the
 * share agrees with when the nearest does not (money only: amounts of the same unit family).
 */
function agreeingBase(r: RelationFact, nearest: Located, named: readonly Located[]): Located {
  const part = r.part!;
  const pct = r.pct!;
  if (part.family !== 'money' || !isMoneyUnit(part.unit) || !isMoneyUnit(nearest.q.unit)) return nearest;
  // (a base of nothing agrees with any share: 0.00万元 is no base)
  const agrees = (x: Located): boolean => Number(x.q.number) > 0 && shareAgrees(part, x.q, pct.number);
  if (agrees(nearest)) return nearest;
  // (each value once, the nearest of it, and only the few nearest values: a long document states figures of one
  // name many times, and one far back is no base a share means)
  const tried = new Set<string>([`${nearest.q.number}|${nearest.q.unit}`]);
  for (let k = named.length - 1; k >= 0 && tried.size <= AGREEING_VALUES; k--) {
    const x = named[k]!;
    const key = `${x.q.number}|${x.q.unit}`;
    if (tried.has(key)) continue;
    tried.add(key);
    if (agrees(x)) return x;
  }
  return nearest;
}

/**
 * A share that names no base, of a part of a list whose whole is itself stated as a share of a named base
 * ("财政拨款收入3712.36万元，占本年收入合计的98.89%。具体包括：一般公共预算收入3652.36万元，占97.29%"): of the
 * list's whole, or of that named base where the share agrees with it and not with the whole (the writer's
 * base, one level up); the share is wrong only if it agrees with neither, and not checked where that base is not found.
 */
function outerBases(out: RelationFact[]): void {
  const at = (f: FigureFact): string => `${f.src.line}:${f.src.column}`;
  // ("目标值3,000户，完成值3,412户，…。其中脱贫户2,876户，占84.29%；监测户536户": a share that names no base, of a part
  // of a list whose whole is another figure than the one it was first taken to be of, is of that whole where it agrees with it)
  const listWhole = new Map<string, FigureFact>();
  for (const r of out) if (r.relation === 'sum' && r.total && r.complete) for (const p of r.parts ?? []) listWhole.set(at(p), r.total);
  for (const r of out) {
    if (r.relation !== 'share' || r.baseName || !r.base || !r.part || !r.pct) continue;
    const whole = listWhole.get(at(r.part));
    if (whole && at(whole) !== at(r.base) && !shareAgrees(r.part, r.base, r.pct.number) && shareAgrees(r.part, whole, r.pct.number)) r.base = whole;
  }
  const named = new Map<string, FigureFact>();
  // (the whole's own share names a base no figure was found for: "授予中小企业合同金额352.18万元，占政府采购合同金额的88.36%；其中
  // 授予小微企业合同金额241.90万元，占比60.69%" may be of that base; where it does not agree with the whole, it cannot be checked)
  const unfound = new Set<string>();
  // (or a base implied, the whole's own share of the list it stands in: "本年收入合计12,586.43万元，其中：财政拨款收入10,942.18万元，占86.9%，
  // 其中一般公共预算财政拨款收入10,312.18万元，占81.9%…" goes on with 本年收入合计)
  // (and where the whole's own share names no base that is found, "…具体构成如下：财政拨款收入10,942.18万元，占86.9%，其中…占81.9%" with
  // no list read for it, the parts' shares may be of that unknown base: where they do not agree with the whole, they cannot be checked)
  for (const r of out) if (r.relation === 'share' && r.part) (r.base ? named.set(at(r.part), r.base) : unfound.add(at(r.part)));
  if (named.size === 0 && unfound.size === 0) return;
  // (or the base the share before it in its sentence names: "一般公共预算财政拨款收入占本年收入的85.19%，政府性基金预算
  // 财政拨款收入占11.23%" goes on with 本年收入, where the list's whole, 财政拨款收入, does not agree)
  let before: RelationFact | undefined;
  for (const r of out) {
    if (r.relation !== 'share' || !r.base || !r.part || !r.pct) continue;
    const sibling = before && before.src.line === r.src.line && before.src.excerpt === r.src.excerpt ? before.base : undefined;
    if (r.baseName) {
      before = r;
      continue;
    }
    const outer = named.get(at(r.base)) ?? sibling;
    if (outer && !shareAgrees(r.part, r.base, r.pct.number) && shareAgrees(r.part, outer, r.pct.number)) r.base = outer;
    else if (!outer && unfound.has(at(r.base)) && !shareAgrees(r.part, r.base, r.pct.number)) delete r.base;
  }
}

/** Whether printed percentages add up to 100 within their rounding (each off by half its last place at most). */
function makesHundred(pcts: readonly Quantity[]): boolean {
  let sum = 0;
  let slack = 0;
  for (const p of pcts) {
    sum += Number(p.number);
    slack += 0.5 * 10 ** -p.decimals;
  }
  return Math.abs(sum - 100) <= slack + 1e-9;
}

/** Whether a money part over a money base can be the printed percentage (false when either is no money). */
function shareAgrees(part: { number: string; unit: string }, base: { number: string; unit: string }, pct: string): boolean {
  return isMoneyUnit(part.unit) && isMoneyUnit(base.unit) && percentConsistent(parseMoney(part.number, part.unit), parseMoney(base.number, base.unit), pct);
}

/** A base named as one side's grand total, 支出总计 / 收入总计 (本年支出合计 is another figure). */
const SIDE_GRAND_TOTAL = /^(?:部门|单位|本单位)?(?:收入|支出)(?:决算)?总计(?:的)?$/;
/** The joint grand total of both sides: 收入、支出决算总计, 收支总计. */
const JOINT_GRAND_TOTAL = /(?:收入[、和及与]支出(?:决算)?总计|收支(?:决算)?总计)(?:为|是|达)?$/;

/** How many other values of a base's name a share is tried against. */
const AGREEING_VALUES = 4;

/** Whether a unit is one of money's (元, 万元, 亿元): the units UNIT_SHIFT scales. */
function isMoneyUnit(unit: string): unit is MoneyUnit {
  return unit in UNIT_SHIFT;
}

/** A base named only by a category word (总支出 → 支出): many figures bear that name. */
const BARE_CATEGORY = /^(?:支出|收入|资金|经费|预算|金额)$/;

/**
 * The bases a share names (占部门支出总额的 p%). `openLists`: lists of one part read on the lines after
 * their total's 其中： (no sum: the others are not stated), whose total still encloses that part.
 */
/** The budget at the start of the year, and the whole year's after adjustment: a base named by one is no figure named by the other. */
const INITIAL_STAGE = /年初/;
const FINAL_STAGE = /全年|调整后|追加后|变动后|调整预算/;

/** What was added to the budget or taken from it in the year: a change, no stage of it. */
const BUDGET_CHANGE = /追加(?!后)|调增|调减/;
function otherBudgetStage(baseName: string, words: string): boolean {
  if (INITIAL_STAGE.test(baseName)) return (FINAL_STAGE.test(words) || BUDGET_CHANGE.test(words)) && !INITIAL_STAGE.test(words);
  return FINAL_STAGE.test(baseName) && !FINAL_STAGE.test(words) && (INITIAL_STAGE.test(words) || BUDGET_CHANGE.test(words));
}

/** A share's base named as the department's whole spending: 年度整体总支出, 部门整体支出. */
const WHOLE_SPENDING_BASE = /^(?:年度|全年|本年)?(?:部门)?整体总?支出$/;
/** A figure named as the whole spending, nothing before its words but a year: 2023年度支出合计, 本年总支出, 部门整体支出. */
const WHOLE_SPENDING_LABEL = /^(?:(?:19|20)\d{2}年度?)?(?:本年|全年|年度)?(?:部门)?(?:支出合计|支出总计|整体总?支出|总支出)(?:为|是|达)?$/;

function resolveNamedBases(out: RelationFact[], all: readonly Located[], openLists: readonly RelationFact[], year?: number): void {
  // (a figure named as another year's, "2022年项目全年预算780.00万元", is no base of a share of the report's year)
  const ofOtherYear = (x: Located, r: RelationFact): boolean => {
    if (year === undefined) return false;
    const m = /^(?:19|20)\d{2}(?=年)/.exec(clauseLabel(x.s, x.q).replace(/\s/g, ''));
    // (or its sentence opens with another year, one the share is not in: "与上年相比，2022年全县常住人口48.95万人、…，资金总额
    // 4111.80万元；")
    return m !== null ? Number(m[0]) !== year : ofAnotherYear(x.s, x.q) && !(x.s.line === r.src.line && x.s.excerpt === r.src.excerpt);
  };
  const totals = new Set<string>();
  for (const r of out) if (r.relation === 'sum') totals.add(`${r.total!.src.line}:${r.total!.src.column}`);
  // figures by name, once: each share looks up its base's name
  let byName: Map<string, Located[]> | undefined;
  // (and by line, once: a share looks among its own sentence's figures first)
  let onLine: Map<number, Located[]> | undefined;
  let byStage: Map<string, Located[]> | undefined;
  // (each figure's name and the sums by the place of each part, made once: a long report has
  // hundreds of shares and thousands of figures)
  let labels: string[] | undefined;
  let places: number[] | null | undefined;
  let wholes: Map<string, RelationFact[]> | undefined;
  // (per report, worked out once: the figures whose names end with a base's name; whether a figure is of 三公)
  const endingWith = new Map<string, number[]>();
  // (the figures whose names end as a base's does, or do so without a last 数 / 调整: found once for each name, over
  // names trimmed once; a long report has thousands of figures before its last shares)
  let trimmed: string[] | undefined;
  const endingIn = (want: string): number[] => {
    let ending = endingWith.get(want);
    if (!ending) {
      labels ??= all.map((x) => canonicalLabel(x.q.label));
      trimmed ??= labels.map((l) => l.replace(/(?:数|调整|调整到)$/, ''));
      ending = [];
      for (let k = 0; k < labels.length; k++) if (labels[k]!.endsWith(want) || trimmed[k]!.endsWith(want)) ending.push(k);
      endingWith.set(want, ending);
    }
    return ending;
  };
  const framedBy = new Map<string, number[]>();
  const sangongFigure = new Map<Located, boolean>();
  // the base each name was last resolved to, and where: a share on the next line naming the same base is of the same
  // figure ("其中人员经费4,986.20万元，占基本支出的87.29%" then "公用经费726.15万元，占基本支出的12.71%")
  const lastBase = new Map<string, { base: FigureFact; line: number }>();
  let previousShare: RelationFact | undefined;
  let wholeSpending: Located[] | undefined;
  for (const r of out) {
    // (the share before, its base now resolved here or before)
    if (previousShare?.base && previousShare.baseName) lastBase.set(canonicalLabel(previousShare.baseName), { base: previousShare.base, line: previousShare.src.line });
    if (r.relation === 'share') previousShare = r;
    if (r.relation !== 'share' || r.base || !r.baseName) continue;
    const want = canonicalLabel(r.baseName);
    if (want.length < 2) continue;
    // (a side's grand total, 支出总计, is what the joint total states, "收入、支出决算总计4,717.35万元", never 本年支出合计, which
    // leaves out what is carried over; where no joint total is stated before, it is not looked for by name)
    if (SIDE_GRAND_TOTAL.test(r.baseName)) {
      const at = r.part!.src;
      let joint: Located | undefined;
      for (const x of all) {
        if (x.s.line > at.line) break;
        // (or that side's own grand total: "2023年度收入总计20,071.46万元")
        if (x.q.family === r.part!.family && !isAttribute(x.q) && (JOINT_GRAND_TOTAL.test(x.s.c.text.slice(x.s.from, x.q.at)) || canonicalLabel(x.q.label) === want && /总计(?:为|是|达)?$/.test(clauseLabel(x.s, x.q)))) joint = x;
      }
      if (joint) r.base = figure(joint.s, joint.q);
      continue;
    }
    // (a figure of the share's own sentence named as its base is, that the share agrees with, before any other: "…政府性基金预算财政拨款
    // 收入1020.00万元，支出980.00万元，支出占收入的96.08%" is of its 1020.00, not of 本年收入合计 stated before)
    // (named so as written, not only once its words are made canonical: 财政拨款收入 is no 本年收入合计)
    const written = r.baseName.replace(/\s/g, '');
    // (the department's whole spending, 年度整体总支出: the whole stated as such before the share, "2023年度支出合计2318.46万元"; other funds
    // outside the four budgets may make it more than their sum. Those figures found once, few in a report)
    if (WHOLE_SPENDING_BASE.test(written)) {
      wholeSpending ??= all.filter((x) => x.q.depth === 0 && !isAttribute(x.q) && WHOLE_SPENDING_LABEL.test(clauseLabel(x.s, x.q).replace(/\s/g, '')));
      let found: FigureFact | undefined;
      for (let k = wholeSpending.length - 1; k >= 0 && !found; k--) {
        const x = wholeSpending[k]!;
        const f = figure(x.s, x.q);
        if (x.q.family === r.part!.family && (f.src.line < r.src.line || (f.src.line === r.src.line && f.src.column < r.src.column))) found = f;
      }
      if (found) {
        r.base = found;
        continue;
      }
    }
    if (!onLine) {
      onLine = new Map();
      for (const x of all) {
        const list = onLine.get(x.s.line);
        if (list) list.push(x);
        else onLine.set(x.s.line, [x]);
      }
    }
    let local: Located | undefined;
    for (const x of onLine.get(r.src.line) ?? []) {
      if (x.s.excerpt === r.src.excerpt && x.q.family === r.part!.family && x.q.depth === 0 && !isAttribute(x.q) && x.q.number !== r.part!.number && clauseLabel(x.s, x.q).replace(/\s/g, '').replace(/(?:为|是|达)$/, '').endsWith(written) && x.s.c.map[x.q.at]! + 1 < r.src.column) local = x;
    }
    if (local && shareAgrees(r.part!, figure(local.s, local.q), r.pct!.number)) {
      r.base = figure(local.s, local.q);
      continue;
    }
    const sibling = lastBase.get(want);
    // (not a share of a breakdown by another dimension on the next line: "（3）按支出单位分：局机关支出…，占总支出的89.62%")
    if (sibling && r.src.line - sibling.line <= 1 && r.src.line >= sibling.line && !BY_DIMENSION_LINE.test(r.src.excerpt)) {
      r.base = sibling.base;
      continue;
    }
    if (!byName) {
      byName = new Map();
      for (const x of all) {
        if (isAttribute(x.q)) continue;
        const key = `${canonicalLabel(x.q.label)}|${x.q.family}`;
        const list = byName.get(key);
        if (list) list.push(x);
        else byName.set(key, [x]);
      }
    }
    const part = `${r.part!.src.line}:${r.part!.src.column}`;
    // the total of a list the part stands in, when its name ends with the base's name: "一般公共预算财政拨款
    // 基本支出X万元，其中：" / "人员经费B万元，占基本支出的p%" is of that 基本支出, not of an earlier one named
    // so exactly (支出合计 = 基本支出 + 项目支出, stated sentence by sentence: 项目支出…占支出合计的, too)
    if (!wholes) {
      wholes = new Map();
      for (const t of [...out, ...openLists]) {
        if (t.relation !== 'sum') continue;
        for (const p of t.parts ?? []) {
          const k = `${p.src.line}:${p.src.column}`;
          const list = wholes.get(k);
          if (list) list.push(t);
          else wholes.set(k, [t]);
        }
      }
    }
    // (a count's base, 项目总数, is the total of the tally by its noun, 项目)
    const noun = COUNT_BASE.test(want) ? want.replace(COUNT_BASE, '') : undefined;
    // (a base named as a total, 本年支出合计, is a whole named as one: 财政拨款支出 ends with its 支出, but is not it)
    const asTotal = /合计|总计/.test(r.baseName);
    // (the whole named with a word of its stage the base leaves out: 全年一般公共预算实际支出 for 占一般公共预算支出的)
    // (or holding its words in order, the list's whole named at more length: 全年项目资金实际支出 for 占项目支出的)
    const named = (t: RelationFact): boolean => (canonicalLabel(t.total!.label).replace(STAGE_WORD, '').endsWith(want) || (want.length >= 4 && isSubsequence(want, canonicalLabel(t.total!.label)))) && (!asTotal || /合计|总计|总额/.test(t.total!.label));
    let whole = wholes.get(part)?.find((t) => named(t) || (noun !== undefined && noun.length > 0 && t.subject === noun));
    // (a base named by a bare category, 占本年收入的, of a part of a part: of the wholes of that name that hold it, the
    // innermost it agrees with, 本年收入合计 when 财政拨款收入, which holds the part and ends with 收入 too, does not)
    if (whole && BARE_CATEGORY.test(want) && !shareAgrees(r.part!, whole.total!, r.pct!.number)) {
      let outer: RelationFact | undefined = whole;
      for (let up = 0; outer && up < 4; up++) {
        outer = wholes.get(`${outer.total!.src.line}:${outer.total!.src.column}`)?.find(named);
        if (outer && shareAgrees(r.part!, outer.total!, r.pct!.number)) {
          whole = outer;
          break;
        }
      }
    }
    // (a whole not named as the base is, 本年财政拨款支出 for 占本年支出的, is the base meant only when the share
    // agrees with it, or with no figure named as the base is: "本年支出8,103.62万元" is stated apart)
    if (whole && noun === undefined && !whole.total!.label.replace(/\s/g, '').endsWith(r.baseName.replace(/\s/g, '')) && !shareAgrees(r.part!, whole.total!, r.pct!.number)) {
      const raw = r.baseName.replace(/\s/g, '');
      if ((byName.get(`${want}|${r.part!.family}`) ?? []).some((x) => clauseLabel(x.s, x.q).replace(/\s/g, '').endsWith(raw) && shareAgrees(r.part!, figure(x.s, x.q), r.pct!.number))) whole = undefined;
    }
    if (whole) {
      r.base = whole.total!;
      continue;
    }
    let best: Located | undefined;
    const isBefore = (x: Located): boolean => {
      const line = x.s.line;
      const column = x.s.c.map[x.q.at]! + 1; // as figure() computes it for a paragraph
      return line < r.src.line || (line === r.src.line && column < r.src.column);
    };
    // else the nearest before the share; one after it only when the name says more than a bare category
    // ("占总支出的22.5%" does not name "因公出国（境）支出0.6亿元" stated later)
    const generic = BARE_CATEGORY.test(want);
    // (a part of what is left, "年末结转结余430.55万元，其中…项目支出422.39万元", is no 全年项目支出)
    const leftOver = (x: Located): boolean => {
      const f = figure(x.s, x.q).src;
      return (wholes!.get(`${f.line}:${f.column}`) ?? []).some((t) => /结转|结余/.test(t.total!.label)) && !/结转|结余/.test(want);
    };
    // (a figure named as the base is, 本年支出合计, before one whose name only shortens to the same word, 支出)
    const raw = r.baseName.replace(/\s/g, '');
    let exact: Located | undefined;
    const before: Located[] = [];
    // (a figure of one class of spending, “三公”经费年初预算, is the base of that class's shares only)
    const ownClass = SANGONG_TOPIC.test(r.src.excerpt);
    const otherClass = (x: Located): boolean => {
      if (ownClass) return false;
      let v = sangongFigure.get(x);
      // (or of its sentence's subject: "“三公”经费年初预算为12.50万元，全年实际支出10.86万元" is no whole year's spending)
      if (v === undefined) sangongFigure.set(x, (v = SANGONG_TOPIC.test(clauseLabel(x.s, x.q)) || SANGONG_TOPIC.test(x.s.c.text.slice(x.s.from, x.q.at))));
      return v;
    };
    // (the base of a part's share is not smaller than the part: "占支出合计的88.16%" of 4,628.36万元 is of no "支出38,600元")
    // (nor the part itself: "1.基本支出。全年支出7,796.15万元，占总支出的15.52%" is no share of its own 全年支出)
    const smaller = (x: Located): boolean => (Number(r.pct!.number) <= 100 && x.q.unit === r.part!.unit && Number(x.q.number) < Number(r.part!.number)) || itself(x);
    const itself = (x: Located): boolean => x.s.line === r.part!.src.line && x.q.number === r.part!.number && x.q.unit === r.part!.unit && Number(r.pct!.number) < 100;
    for (const x of byName.get(`${want}|${r.part!.family}`) ?? []) {
      // (nor is the figure compared with: "与2023年度一般公共预算支出3,876.54万元相比" is no base of this year's shares)
      // (nor a figure of the other stage of the budget: 年初预算 is no base 占全年预算的 names)
      if (leftOver(x) || otherClass(x) || smaller(x) || COMPARED_PRIOR.test(clauseBefore(x.s.c.text, x.q.at)) || otherBudgetStage(raw, clauseLabel(x.s, x.q)) || ofOtherYear(x, r)) continue;
      if (isBefore(x) || (!best && !generic)) best = x;
      if (isBefore(x) && clauseLabel(x.s, x.q).replace(/\s/g, '').endsWith(raw)) exact = x;
      if (isBefore(x)) before.push(x);
    }
    // (a base named as a total, 占支出合计的, is a figure so named, "2024年度部门支出合计5,249.87万元", however its name shortens,
    // before a nearer one named by the bare word: "其中会议费…，支出38,600元")
    if (!exact && asTotal) {
      for (const x of all) {
        if (!isBefore(x)) break;
        if (x.q.family === r.part!.family && x.q.depth === 0 && !isAttribute(x.q) && clauseLabel(x.s, x.q).replace(/\s/g, '').replace(/(?:为|是|达)$/, '').endsWith(raw) && canonicalLabel(x.q.label).endsWith(want) && !leftOver(x) && !otherClass(x) && !itself(x)) exact = x;
      }
    }
    if (exact) best = exact;
    // (a base named as the whole year's, 占全年支出的: of the figures so named, those stated as a whole, "本年支出合计
    // 8,903.62万元", not an item's "支出312.27万元" nearer the share)
    if (!exact && WHOLE_YEAR_BASE.test(r.baseName)) {
      let wholeYear = before.filter((x) => WHOLE_YEAR_LABEL.test(clauseLabel(x.s, x.q)));
      // (or named at more length, "项目全年实际支出1,655.38万元" for 占全年支出的, when no figure of the bare name is the year's)
      // (the figures whose names end so, found once for each name: a long report has thousands of figures)
      if (wholeYear.length === 0) {
        const ending = endingIn(want);
        // (not a class of spending's own, "公用经费全年支出367.22万元": the year's spending of one class is no whole year's)
        wholeYear = ending.map((k) => all[k]!).filter((x) => x.q.family === r.part!.family && x.q.depth === 0 && !isAttribute(x.q) && isBefore(x) && WHOLE_YEAR_LABEL.test(clauseLabel(x.s, x.q)) && !CHANGED_OR_LEFT.test(clauseLabel(x.s, x.q)) && !BUDGET_PART.test(clauseLabel(x.s, x.q)) && !leftOver(x) && !otherClass(x) && !COMPARED_PRIOR.test(clauseBefore(x.s.c.text, x.q.at)) && !otherBudgetStage(raw, clauseLabel(x.s, x.q)) && !ofOtherYear(x, r) && !itself(x));
      }
      if (wholeYear.length > 0) {
        best = wholeYear[wholeYear.length - 1];
        before.splice(0, before.length, ...wholeYear);
      }
    }
    // ("项目支出5,904.30万元" of the year's spending and, later, "项目支出4,662.58万元" of its general budget
    // funds: "占本年项目支出的99.29%" may be of either; the one the share agrees with is the one meant, and
    // the share is wrong only if it agrees with none)
    // (and the figures named so but for a word of their stage, "项目支出执行4,912.08万元" for 占项目支出的: the share may mean
    // one of them, when it agrees with it and not with the one named exactly)
    if (best && !shareAgrees(r.part!, best.q, r.pct!.number)) {
      if (!byStage) {
        byStage = new Map();
        for (const x of all) {
          if (isAttribute(x.q)) continue;
          const name = canonicalLabel(x.q.label);
          const bare = name.replace(STAGE_NAME_WORD, '');
          if (bare === name || bare.length < 2) continue;
          const key = `${bare}|${x.q.family}`;
          const list = byStage.get(key);
          if (list) list.push(x);
          else byStage.set(key, [x]);
        }
      }
      const more = (byStage.get(`${want}|${r.part!.family}`) ?? []).filter((x) => isBefore(x) && !leftOver(x) && !otherClass(x) && !COMPARED_PRIOR.test(clauseBefore(x.s.c.text, x.q.at)) && !ofOtherYear(x, r));
      // (a part stated before, its plan beside it: "预算合计4,414.28万元，实际支出4,205.44万元" then "重点项目实际支出4,205.44万元，
      // 占预算的95.27%": that plan, named so, when the share agrees with it)
      const p = r.part!;
      let beside: Located | undefined;
      for (const x of all) {
        if (!isBefore(x) || x.q.number !== p.number || x.q.unit !== p.unit || x.s.line === p.src.line) continue;
        for (const y of x.s.qs) if (y !== x.q && y.family === p.family && y.depth === 0 && !isAttribute(y) && canonicalLabel(y.label).startsWith(want) && Number(y.number) > 0 && shareAgrees(p, y, r.pct!.number)) beside = { q: y, s: x.s };
      }
      if (beside) best = exact = beside;
      if (more.length > 0) {
        const key = (x: Located): number => x.s.line * COLUMNS + (x.s.c.map[x.q.at] ?? 0);
        before.push(...more);
        before.sort((a, b) => key(a) - key(b));
      }
    }
    if (best && before.length > 1) best = agreeingBase(r, best, before);
    let climbed: FigureFact | undefined;
    // ("占全年预算数的96.83%" after "调整后全年预算数为20,215.43万元": the nearest figure before it whose own words end
    // with the base's name as written, a word of its own before them)
    // (one such figure only: two, 部门预算收入 and 单位预算收入 for 预算收入, name neither)
    if (!best && raw.length >= 4) {
      if (places === undefined) places = orderedPlaces(all);
      const found: Located[] = [];
      const ending = endingIn(want);
      const last = places ? lastBefore(places, r.src.line * COLUMNS + r.src.column) : all.length - 1;
      for (let e = ending.length - 1; e >= 0; e--) {
        const k = ending[e]!;
        if (k > last) continue;
        const x = all[k]!;
        if (x.q.family !== r.part!.family || !isBefore(x) || isAttribute(x.q) || leftOver(x) || otherClass(x)) continue;
        // (not a name that says the opposite: 未到位资金 is no 到位资金)
        // (named with the 数 it was stated with: 全年预算数为 for 占全年预算的)
        // (or adjusted to: 全年预算调整为920.00万元 for 占全年预算的)
        const words = clauseLabel(x.s, x.q).replace(/\s/g, '').replace(/(?:为|是|达到?|约)$/, '').replace(/(?<=.{2})(?:数|调整|调整到)$/, '');
        const bare = raw.replace(/(?<=.{2})数$/, '');
        if (ofOtherYear(x, r)) continue;
        if (words.endsWith(bare) && !/[未不非无]$/.test(words.slice(0, -bare.length)) && `${figure(x.s, x.q).src.line}:${figure(x.s, x.q).src.column}` !== part) found.push(x);
      }
      if (found.length > 0 && found.every((x) => Number(x.q.number) === Number(found[0]!.q.number))) best = found[0];
    }
    if (!best) {
      // 占资金总额的 / 占执行数的: a shorter name of a total before it (项目资金总额, 全年执行数); a
      // name with a total word (支出合计) is a figure written with one, not any 支出 that has parts
      const totalWord = TOTAL_WORD.test(r.baseName);
      labels ??= all.map((x) => canonicalLabel(x.q.label));
      if (places === undefined) places = orderedPlaces(all);
      // (the whole so named that a figure is a part of, other than `not`: 基本支出 of 实际支出 for 占全部支出的)
      const namedWhole = (at: string, not?: string): RelationFact | undefined => wholes!.get(at)?.find((t) => canonicalLabel(t.total!.label).endsWith(want) && `${t.total!.src.line}:${t.total!.src.column}` !== not);
      // the nearest such figure before the share (from the last figure before it, when the figures
      // are in the order of the text, as they are read)
      for (let k = places ? lastBefore(places, r.src.line * COLUMNS + r.src.column) : all.length - 1; k >= 0; k--) {
        const x = all[k]!;
        if (x.q.family !== r.part!.family || !labels[k]!.endsWith(want) || !isBefore(x) || isAttribute(x.q)) continue;
        if (totalWord && !TOTAL_WORD.test(clauseLabel(x.s, x.q))) continue;
        if (otherClass(x)) continue;
        const f = figure(x.s, x.q);
        const here = `${f.src.line}:${f.src.column}`;
        // (a base named as the whole year's, 占本年支出的, is no figure of a kind of it, 基本支出 ending with 支出 too,
        // but may be the whole such a figure is a part of: see below)
        if (WHOLE_YEAR_BASE.test(r.baseName) && labels[k] !== want && namedWhole(here) === undefined) continue;
        if (here !== part && (totals.has(here) || TOTAL_WORD.test(x.q.label))) {
          best = x;
          // (itself a part of a whole so named, 基本支出 of 实际支出: "占全部支出的" is of that whole)
          const up = namedWhole(here, part);
          if (up) climbed = up.total!;
          break;
        }
      }
    }
    if (climbed) {
      r.base = climbed;
      continue;
    }
    // ("政府采购支出3,126.48万元，其中货物类…、工程类…、服务类…；…占采购总额的75.49%": a base named as the total of what
    // its first words name, the nearest figure before that holds them and is the whole of a list)
    const ofTotal = /^(?:占)?([\u4e00-\u9fff]{2,6}?)(?:总额|总金额|总数|总量)$/.exec(raw);
    if (!best && !climbed && ofTotal) {
      if (places === undefined) places = orderedPlaces(all);
      for (let k = places ? lastBefore(places, r.src.line * COLUMNS + r.src.column) : all.length - 1; k >= 0 && !best; k--) {
        const x = all[k]!;
        if (x.q.family !== r.part!.family || !isBefore(x) || isAttribute(x.q) || otherClass(x)) continue;
        const f = figure(x.s, x.q).src;
        if (x.q.label.includes(ofTotal[1]!) && totals.has(`${f.line}:${f.column}`) && `${f.line}:${f.column}` !== part) best = x;
      }
    }
    // ("全年医疗救助资金实际支出6,482.36万元" … "占全年支出的18.97%": a base named as the whole year's by its first and
    // last words, the nearest figure before whose words hold them in order, opening as it does)
    if (!best && WHOLE_YEAR_BASE.test(raw) && raw.length >= 4) {
      if (places === undefined) places = orderedPlaces(all);
      const head = raw.replace(/^占/, '');
      // (one named so but for words of its stage, "2024年全年实际支出2,498.73万元", before a nearer one that adds a subject,
      // "全年项目支出1,295.08万元": 全年支出 is all that was spent)
      let nearest: Located | undefined;
      for (let k = places ? lastBefore(places, r.src.line * COLUMNS + r.src.column) : all.length - 1; k >= 0 && !best; k--) {
        const x = all[k]!;
        if (x.q.family !== r.part!.family || !isBefore(x) || isAttribute(x.q) || leftOver(x) || otherClass(x)) continue;
        const words = clauseLabel(x.s, x.q).replace(/\s/g, '').replace(/(?:为|是|达到?|约)$/, '').replace(/^(?:19|20)\d{2}年度?/, '');
        // (not a change to the year's figure, 全年共追加调整预算1,026.30万元, nor what is left of it)
        if (words.startsWith(head.slice(0, 2)) && words.length > head.length && isSubsequence(head, words) && words.endsWith(head.slice(-2)) && !CHANGED_OR_LEFT.test(words) && `${figure(x.s, x.q).src.line}:${figure(x.s, x.q).src.column}` !== part) {
          if (words.replace(STAGE_WORD, '') === head) best = x;
          else nearest ??= x;
        }
      }
      best ??= nearest;
    }
    const plain = plainName(want);
    if (!best && (STAGED_NAME.test(want) || plain.length >= 6)) {
      // "部门预算收入1000万元，决算收入980万元，决算收入占预算收入的98%": a name of a stage and a subject
      // ending the name of one figure only before the share (部门预算收入) is that figure's; so is a long
      // name (一般公共预算项目支出总额) ending one figure's name only, the words of the funds and the year's
      // stage set aside on both (2024年度一般公共预算财政拨款项目支出决算)
      const staged = STAGED_NAME.test(want);
      let only: Located | undefined;
      let n = 0;
      for (let k = 0; k < all.length && n < 2; k++) {
        const x = all[k]!;
        if (x.q.family !== r.part!.family || isAttribute(x.q) || !isBefore(x) || otherClass(x)) continue;
        if (!(staged ? labels![k]!.endsWith(want) : plainName(labels![k]!).endsWith(plain))) continue;
        const f = figure(x.s, x.q);
        if (`${f.src.line}:${f.src.column}` === part) continue;
        only = x;
        n++;
      }
      if (n === 1) best = only;
    }
    // ("中央财政农村危房改造补助资金620.00万元" … "提前下达的第一批434.00万元，占中央资金的70.00%": a short name of a fund whose
    // words the one figure's name holds in order, opening and ending as it does: 中央…资金; one value only)
    if (!best && want.length >= 4 && !BARE_CATEGORY.test(want)) {
      const found: Located[] = [];
      labels ??= all.map((x) => canonicalLabel(x.q.label));
      // (the figures whose names open and end as the base's, found once for each pair of words)
      const ends = `${want.slice(0, 2)}|${want.slice(-2)}`;
      let framed = framedBy.get(ends);
      if (!framed) {
        framed = [];
        for (let k = 0; k < labels.length; k++) if (labels[k]!.startsWith(want.slice(0, 2)) && labels[k]!.endsWith(want.slice(-2))) framed.push(k);
        framedBy.set(ends, framed);
      }
      for (const k of framed) {
        const x = all[k]!;
        const label = labels[k]!;
        if (label.length <= want.length || x.q.family !== r.part!.family || x.q.depth !== 0 || !isSubsequence(want, label) || isAttribute(x.q) || !isBefore(x) || otherClass(x)) continue;
        const f = figure(x.s, x.q);
        if (`${f.src.line}:${f.src.column}` !== part) found.push(x);
      }
      if (found.length > 0 && found.every((x) => Number(x.q.number) === Number(found[0]!.q.number))) best = found[found.length - 1];
    }
    if (best && !ofOtherYear(best, r)) r.base = figure(best.s, best.q);
  }
}

const COLUMNS = 1_000_000;

/** Each figure's place (line, column) as one number, or null when the figures are not in text order. */
function orderedPlaces(all: readonly Located[]): number[] | null {
  const out: number[] = [];
  for (const x of all) {
    const at = x.s.line * COLUMNS + x.s.c.map[x.q.at]! + 1;
    if (out.length > 0 && at < out[out.length - 1]!) return null;
    out.push(at);
  }
  return out;
}

/** The index of the last place before `at` (-1 when none). */
function lastBefore(places: readonly number[], at: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A table row's cells without white space, as the table readers compare them. */
const cellsOf = (b: Block): string[] => (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));

/**
 * A table's relations: a 合计 / 小计 row against the rows it sums (a column at a time), its 其中 rows
 * against the row above them, and a rate column against the budget and spent columns of its row.
 * Score tables (分值 / 得分) are read by indicators.ts.
 */
function tableRelations(blocks: readonly Block[], start: number): RelationFact[] {
  const words: Block[] = [];
  const table = blocks[start]!.table;
  for (let i = start; i < blocks.length && blocks[i]!.kind === 'row' && blocks[i]!.table === table; i++) words.push(blocks[i]!);
  // a .docx table with merged cells is read on its grid: a heading over several rows is one heading
  // (预算数 over 年初 | 全年), and a figure stands under its column's heading
  const grid = words.some((b) => b.spans !== undefined || b.continues !== undefined);
  // (columns that number the rows, 行次, are left out: their numbers are no figures)
  const lined = grid ? words.map(onGrid) : words;
  const numbering = numberingColumns(lined);
  const rows = lined.map((b) => withoutColumns(b, numbering));
  const headingOf = (rs: Block[]): string[] => gridHeading(rs).filter((_, i) => !numbering.has(i));
  // a table may hold several parts, each under its own heading row (a row with no figure after its
  // first cell): a 自评表's funds part, its targets, its indicators
  const out: RelationFact[] = [];
  let head: string[] | undefined;
  let headRows: Block[] = [];
  let body: Block[] = [];
  // (the caption before it, over a blank line)
  let before = start - 1;
  while (before > 0 && blocks[before]!.kind !== 'row' && blocks[before]!.norm.trim() === '' && start - before < 3) before--;
  let context = blocks[before]?.norm ?? '';
  // (a note under the table may say what its rate column measures: "注：表中执行率为实际支出占到位资金的比例。")
  const after = blocks[start + words.length];
  const note = after?.kind === 'paragraph' && /^\s*注[：:]/.test(after.norm) ? after.norm : '';
  const width = grid ? Math.max(...rows.map((b) => (b.normCells ?? []).length)) : 0;
  // rows of a budget set out by dimension (按收入性质分 | … | 按支出性质分 | …, then label | value pairs):
  // no rows of the columns above them (dimensionPairs reads them)
  const dims = dimensionBlocks(rows);
  const inDims = new Set(dims.flatMap((d) => d.rows));
  for (let k = 0; k < rows.length; k++) {
    const cells = cellsOf(rows[k]!);
    if (numbersColumns(rows[k]!)) continue;
    // (a row naming a dimension under a heading, its other cells blank or dashes, "年度资金总额 | …" then "按收入性质分 | — | —"
    // and its 其中 rows: one more row of the body, where the breakdown by that dimension starts)
    if (head && body.length > 0 && DIMENSION_ROW.test(cells[0] ?? '') && cells.slice(1).every((c) => c === '' || /^[—–\-－/]+$/.test(c))) {
      body.push(rows[k]!);
      continue;
    }
    if (inDims.has(k)) {
      if (head) out.push(...segmentRelations(head, body, context, note));
      head = undefined;
      body = [];
      continue;
    }
    // a caption across the whole table above its heading (支出决算表, 单位：万元): said of the table
    if (grid && !head && words[k]!.spans?.[0] === width && (words[k]!.normCells ?? []).length === 1) {
      context += words[k]!.norm;
      continue;
    }
    // (a row of the body whose figures are all blank, a 决算表's zeros, is no heading: it names a row)
    const blankRow = head !== undefined && body.length > 0 && cells.slice(1).every((c) => c === '');
    if (!blankRow && wordsOnly(cells.slice(1)) && cells.some((c) => c.length > 0)) {
      if (grid && head && body.length === 0 && !formLabels(headRows[headRows.length - 1]!)) {
        headRows.push(words[k]!);
        head = headingOf(headRows);
        continue;
      }
      if (head) out.push(...segmentRelations(head, body, context, note));
      headRows = [words[k]!];
      head = grid ? headingOf(headRows) : alignedHeader(cells, rows[k + 1] ? cellsOf(rows[k + 1]!) : undefined);
      body = [];
    } else if (head) body.push(rows[k]!);
  }
  if (head) out.push(...segmentRelations(head, body, context, note));
  // (label | value pairs are Word's cells, side by side whatever columns they span)
  out.push(...pairRelations(words, context));
  out.push(...makeupPairs(words));
  out.push(...dimensionPairs(rows, dims, context));
  return out;
}

/** A heading over a form's label | value pairs by one dimension: 按收入性质分, 按支出性质分, 按资金来源分类. */
const DIMENSION_HEAD = /^按[^\d，。；：、]{1,8}分类?$/;
/** A dimension's heading with the whole in the same cell: 按收入性质分：2030.12. */
const DIMENSION_WITH_WHOLE = /^(按[^\d，。；：、]{1,8}分类?)[：:](?=-?\d)/;

interface DimensionBlock {
  /** The heading's row and column, and the rows of the block (the heading's and its pairs'), by index. */
  k: number;
  c: number;
  rows: number[];
  /** The whole, when the heading states it (in its cell or the next one). */
  whole?: FigureFact;
  pairs: { label: string; fig: FigureFact }[];
}

/**
 * A 部门整体 form's budget set out by dimension, side by side (年度预算资金 | 按收入性质分 | | 按支出性质分 |,
 * then 总额 | 3,286.40 | 总额 | 3,286.40, 其中：一般公共预算 | 3,106.40 | 其中：基本支出 | 1,248.90, …): under each
 * dimension's heading, a column of labels and one of values, each label with its value in the next cell
 * or in its own (其中：一般公共预算：1,500.00). The heading may state the whole itself (按收入性质分 | 3,450.00;
 * 按收入性质分：2030.12), else the first pair is the whole (总额). Read on the table's grid, where a heading
 * spanning the pair's two columns stands over its label column.
 */
function dimensionBlocks(rows: readonly Block[]): DimensionBlock[] {
  const out: DimensionBlock[] = [];
  for (let k = 0; k < rows.length; k++) {
    const head = cellsOf(rows[k]!);
    head.forEach((h, c) => {
      const inCell = DIMENSION_WITH_WHOLE.exec(h);
      if (!inCell && !DIMENSION_HEAD.test(h)) return;
      // (not a row of a table of several columns of figures, "按收入性质分 | — | — | —" over "其中：… | 2,186.50 | 2,968.40 |
      // 2,790.87 | …": a row of that table's body, where its breakdown by the dimension starts)
      const figures = (j: number): number => cellsOf(rows[j]!).filter((x) => /^-?[\d,.]+%?$/.test(x.replace(/\s+/g, ''))).length;
      if (!inCell && head.slice(c + 1).every((x) => x === '' || /^[—–\-－/]+$/.test(x)) && k + 1 < rows.length && figures(k + 1) >= 3) return;
      const block: DimensionBlock = { k, c, rows: [k], pairs: [] };
      const unit = tableUnit(head[0] ?? '');
      // (the value in the next cell that holds anything: on a grid, a label spans several columns)
      const valueAt = (cells: readonly string[]): number => {
        let v = c + 1;
        while (v < cells.length && cells[v] === '') v++;
        return v;
      };
      const stated = inCell ? cellFigure(rows[k]!, c, inCell[1]!, unit, false, inCell[0].length) : cellFigure(rows[k]!, valueAt(head), h, unit, false);
      if (stated && stated.family === 'money') block.whole = stated;
      for (let j = k + 1; j < rows.length; j++) {
        const cells = cellsOf(rows[j]!);
        // a label with its value in the next cell, or both in one cell (其中：一般公共预算：1,500.00)
        const one = /^([^\d]{2,16}?)[：:](?=-?\d)/.exec(cells[c] ?? '');
        const label = one ? one[1]! : cells[c] ?? '';
        if (label === '' || label.length > 16 || /\d/.test(label) || DIMENSION_HEAD.test(label)) break;
        // (a heading of the table's next part ends the pairs: 年度主要任务 | 任务名称 | 主要内容 | 预算数)
        const filled = cells.filter((x) => x !== '');
        if (filled.length >= 3 && wordsOnly(filled)) break;
        block.rows.push(j);
        const name = label.replace(/^其中[：:]?/, '').replace(/[（(][^）)]*[）)]$/, '');
        const fig = one ? cellFigure(rows[j]!, c, name, tableUnit(label) || unit, false, one[0].length) : cellFigure(rows[j]!, valueAt(cells), name, tableUnit(label) || unit, false);
        if (fig && fig.family === 'money') block.pairs.push({ label, fig });
      }
      out.push(block);
    });
  }
  return out;
}

/** The first pair under a dimension's heading that states no whole: the whole. */
const WHOLE_PAIR = /^(?:年度)?(?:资金|预算|收入|支出)?(?:总额|合计|总计)(?:[（(][^）)]*[）)])?$/;

/** Each dimension's parts against its whole (dimensionBlocks). */
function dimensionPairs(rows: readonly Block[], dims: readonly DimensionBlock[], context: string): RelationFact[] {
  const out: RelationFact[] = [];
  for (const d of dims) {
    const h = cellsOf(rows[d.k]!)[d.c]!.replace(DIMENSION_WITH_WHOLE, '$1');
    // (in the unit the rows above name: 年度预算申请（万元）, else the line above the table)
    let unit = '';
    for (let k = d.k; k >= 0 && !unit; k--) unit = tableUnit(cellsOf(rows[k]!)[0] ?? '');
    unit ||= tableUnit(context);
    const withUnit = (f: FigureFact): FigureFact => (f.unit === '' && unit ? { ...f, unit } : f);
    let whole = d.whole ? withUnit(d.whole) : undefined;
    let parts = d.pairs.map((p) => withUnit(p.fig));
    if (!whole) {
      if (!d.pairs[0] || !WHOLE_PAIR.test(d.pairs[0].label)) continue;
      whole = parts[0]!;
      parts = parts.slice(1);
    }
    if (parts.length < 2) continue;
    out.push({ relation: 'sum', subject: `${h}·${whole.label}`, total: whole, parts, complete: true, shape: '表格分类', src: whole.src });
  }
  return out;
}

/**
 * A form's row of labels and what they name (主管部门 | 某局 | 实施单位 | 某中心) above a heading: no
 * heading over the columns below it.
 */
function formLabels(b: Block): boolean {
  const cells = cellsOf(b).filter((c) => c !== '');
  return cells.length >= 2 && /(?:名称|部门|单位|负责人|联系人|电话|日期)(?:[（(][^）)]*[）)])?$/.test(cells[0]!);
}

/** A column of the row's total. */
/** A column heading that names a measure other than money: 面积, 数量, 人数, 户数 … */
const MEASURE_HEAD = /面积|数量|人数|户数|个数|次数|长度|里程|规模|[（(](?:亩|人|户|个|公里|平方米|吨|人次)[）)]/;
const TOTAL_COLUMN = /^(?:本年|本期)?(?:支出|收入)?(?:合计|总计|小计)(?:[（(][^）)]*[）)])?$/;
/** Columns that are no part of a row's total: another year's, a change, a plan beside what was spent. */
const OTHER_COLUMN = /上年|去年|同比|增减|增长|变动|比较|预算|决算|执行|年初|调整|结转|结余/;

/** A cell that is a measure word alone: 辆, 台（套）, 万元. */
const UNIT_WORD = /^(?:万元|元|千元|亿元|人|名|个|辆|台|套|台（套）|件|项|户|次|座|处|条|份|张|本|间|栋|平方米|亩|公里|米|吨)$/;
/** A figure of what a total is made up of, no kind of it: 授予中小企业合同金额 (of 政府采购), 其中授予小微企业合同金额. */
const OF_WHICH_ROW = /^(?:其中[：:]?)?(?:授予|(?:中小|小微)企业)/;
/** A 小计 row: the total of the group of rows above it, one part of the 合计 below the groups. */
const SUBTOTAL_ROW = /^小计|小计$/;
/** A row of a total: 合计, 总计, a 小计 (also one named for its group: 基本支出小计, 本年收入合计). */
const totalRow = (name: string): boolean => TOTAL_ROW.test(name) || SUBTOTAL_ROW.test(name) || /(?:合计|总计)$/.test(name);
/**
 * How far a total row reaches up: a 小计 its group (1), a 合计 the rows and 小计 above it (2), a 总计 also
 * a 合计 above it (3: 总计 = 本年收入合计 + 年初结转和结余). 0: no total.
 */
const totalReach = (name: string): number => (SUBTOTAL_ROW.test(name) ? 1 : /^总计|总计$/.test(name) ? 3 : totalRow(name) ? 2 : 0);

/** A column of percentages, by its heading: 完成年初预算（%）, 占比(%). */
const PCT_HEAD = /[（(]\s*[%％]\s*[）)]$|[%％]$/;

/** A row or column of running totals (累计, 截至 a date): each figure includes those before it. */
const CUMULATIVE = /累计|截至|截止/;

/** A table cell that holds nothing: blank, or a dash (a 决算表 leaves its zeros blank). */
const BLANK_CELL = /^(?:|[—–－\-/／]+)$/;
const blankAt = (b: Block, col: number): boolean => BLANK_CELL.test(cellsOf(b)[col] ?? '');

/** A table row that opens a breakdown by a dimension: 按支出性质分：…, 按经济分类： … */
// (or a row of its own naming the dimension, its other cells blank: 按收入性质分 | — | — | —)
const DIMENSION_ROW = /^按[^：:|]{1,10}(?:分|分类)(?:[：:]|$)/;

/**
 * The rows after a 其中 row that go on with its list: while the list falls short of the row above the
 * 其中 row, in the first money column where both state a figure; only when it reaches that figure exactly
 * (else they are no part of it, and only the 其中 row is a detail).
 */
/** A money figure in cents (sums of rows compared exactly); undefined for any other. */
function centsOf(f: FigureFact | undefined): number | undefined {
  return f && f.family === 'money' ? Math.round(Number(f.number) * 100) : undefined;
}

function detailRows(group: readonly Block[], cols: readonly number[], numberAt: (b: Block, col: number) => FigureFact | undefined, first: (b: Block) => string): Set<Block> {
  const out = new Set<Block>();
  for (let i = 1; i < group.length; i++) {
    if (!/^其中/.test(first(group[i]!)) || /^其中/.test(first(group[i - 1]!))) continue;
    const col = cols.find((c) => centsOf(numberAt(group[i - 1]!, c)) !== undefined && centsOf(numberAt(group[i]!, c)) !== undefined);
    if (col === undefined) continue;
    const whole = centsOf(numberAt(group[i - 1]!, col))!;
    let sum = centsOf(numberAt(group[i]!, col))!;
    const more: Block[] = [];
    for (let j = i + 1; j < group.length && sum < whole; j++) {
      const v = centsOf(numberAt(group[j]!, col));
      if (v === undefined || totalReach(first(group[j]!)) > 0) break;
      sum += v;
      more.push(group[j]!);
    }
    if (sum === whole) for (const b of more) out.add(b);
  }
  return out;
}

/**
 * Rows set out at the level of the row above them that add up to it exactly (two or more, in the column `col`, to the cent), taken as
 * its details only where the rows without them make the total and the rows with them do not; undefined otherwise.
 */
function unmarkedDetails(total: Block, rows: readonly Block[], col: number, numberAt: (b: Block, col: number) => FigureFact | undefined): Set<Block> | undefined {
  const cents = (b: Block): number | undefined => centsOf(numberAt(b, col));
  const whole = cents(total);
  const vals = rows.map(cents);
  if (whole === undefined || rows.length < 4 || vals.some((v) => v === undefined)) return undefined;
  const v = vals as number[];
  const all = v.reduce((a, x) => a + x, 0);
  if (all === whole) return undefined;
  const out = new Set<Block>();
  let left = all;
  for (let i = 0; i < v.length - 2; i++) {
    let sum = 0;
    for (let k = 1; i + k < v.length && sum < v[i]!; k++) {
      sum += v[i + k]!;
      if (sum === v[i]! && k >= 2) {
        for (let j = 1; j <= k; j++) out.add(rows[i + j]!);
        left -= sum;
        i += k;
        break;
      }
    }
  }
  return out.size > 0 && left === whole ? out : undefined;
}

/**
 * A table row's cells from `from` up to `to`: one side of a table set out as two. Its text keeps its columns, the cells before the
 * side blanked out, so that a cell is found where it stands on its line (the second side's 总计 is not the first side's).
 */
function cutCells(b: Block, from: number, to: number): Block {
  const at = from > 0 ? cellOffset(b, from) : 0;
  return { ...b, text: ' '.repeat(at) + b.text.slice(at), ...(b.cells ? { cells: b.cells.slice(from, to) } : {}), ...(b.normCells ? { normCells: b.normCells.slice(from, to) } : {}), ...(b.spans ? { spans: b.spans.slice(from, to) } : {}) };
}

function segmentRelations(head: string[], rows: readonly Block[], context: string, note = ''): RelationFact[] {
  const body = linedUp(rows, head);
  if (body.length === 0) return [];
  // (two sides headed alike, "科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数" of a 基本支出 table: each side its own rows, its
  // own codes and totals; a row where one side has ended holds nothing of it)
  const half = mirroredSides(head, body);
  if (half > 0) {
    const sideRows = (from: number, to: number): Block[] => body.filter((b) => cellsOf(b).slice(from, to).some((c) => !BLANK_CELL.test(c))).map((b) => cutCells(b, from, to));
    return [...segmentRelations(head.slice(0, half), sideRows(0, half), context, note), ...segmentRelations(head.slice(half), sideRows(half, head.length), context, note)];
  }
  // (a table of two sides, each with its names and its columns of figures, "收入 | 决算数 | 支出 | 一般公共预算财政拨款 |
  // 政府性基金预算财政拨款": each side a table of its own, its totals over its own rows)
  const side = secondSide(head, body);
  // (a row where one side has ended holds nothing of it)
  const filled = (from: number, to: number): Block[] => body.filter((b) => cellsOf(b).slice(from, to).some((c) => !BLANK_CELL.test(c))).map((b) => cutCells(b, from, to));
  if (side > 0) return [...segmentRelations(head.slice(0, side), filled(0, side), context, note), ...segmentRelations(head.slice(side), filled(side, head.length), context, note)];
  // a 得分率 column: 得分 ÷ 分值 on every row (the rest of a score table is read by indicators.ts)
  const scoreRates = scoreRateRelations(head, body);
  // an indicator table (年度指标值 | 实际完成值 | 分值 | 得分) is read by indicators.ts, but for its 完成率
  if (head.some((h) => /指标/.test(h))) return [...scoreRates, ...completionRates(head, body)];
  // a 控制率 of people: 实有 ÷ 编制 on every row (a 基础数据表's 财政供养人员情况)
  const staff = staffingRates(head, body);
  if (staff.length > 0) return staff;
  // a 三公 table is read and checked by the 三公 extractor (sangong.ts), with its own rule; so is a 三公
  // group among other groups (三公经费： over its items, then 项目支出： over its own), and the rest is read here
  const unit = tableUnit(head.join('') + context);
  const out: RelationFact[] = [];
  // (a column headed with a measure word of its own, 年末在职人数（人）, counts in it, whatever the table's unit of money)
  const counts = head.map((h) => HEAD_COUNT_UNIT.exec(h.replace(/\s+/g, ''))?.[1]);
  // (or a physical measure, with its decimals: 改造里程（公里）, 面积（万亩）)
  const measures = head.map((h) => HEAD_PHYSICAL_UNIT.exec(h.replace(/\s+/g, ''))?.[1]);
  const numberAt = (b: Block, col: number): FigureFact | undefined => {
    const f = cellFigure(b, col, cellLabel(cellsOf(b), head[col], col), unit, RATE_HEAD.test(head[col] ?? ''));
    const u = counts[col];
    const m = measures[col];
    if (f && m && f.family === 'money' && f.unit === unit) return { ...f, unit: m, family: m };
    return f && u && f.family === 'money' && f.decimals === 0 && f.unit === unit ? { ...f, unit: u, family: MEASURE_FAMILY[u]! } : f;
  };
  const groups = colonGroups(body);
  if (body.some((b) => SANGONG_TOPIC.test(cellsOf(b)[0] ?? ''))) {
    const sangong = groups.filter((g) => SANGONG_TOPIC.test(rowName(cellsOf(g.header))));
    const theirs = new Set(sangong.flatMap((g) => [g.header, ...g.rows]));
    const rest = body.filter((b) => !theirs.has(b));
    // (a table of the year against the year before whose last row is the 三公 total, "本年收入 | 本年支出 | 其中：基本支出 | … |
    // “三公”经费": its other rows' changes are read here, the 三公 row by the 三公 extractor)
    const others = body.filter((b) => !SANGONG_TOPIC.test(cellsOf(b)[0] ?? ''));
    if (sangong.length === 0 && others.length >= 2 && !others.some((b) => TOTAL_ROW.test(rowName(cellsOf(b))))) return changeColumns(head, others, numberAt);
    if (sangong.length === 0 || rest.length === body.length || rest.some((b) => SANGONG_TOPIC.test(cellsOf(b)[0] ?? ''))) return [];
    return segmentRelations(head, rest, context, note);
  }
  // (nor a column of percentages however it is headed: 完成年初预算（%）)
  // (nor a column of counts in a table of two units, "（单位：万元、艘）": 计划更新渔船 | 12)
  const counted = countColumns(head, body, unit, head.join('') + context);
  // (nor a column of figures per unit, whose 合计 is their average: 单位造价（万元/公里）, 平均单价, 户均补助)
  const cols = head.map((h, i) => i).filter((i) => i > 0 && !RATE_HEAD.test(head[i]!) && !SCORE_HEAD.test(head[i]!) && !PCT_HEAD.test(head[i]!) && !PER_UNIT_HEAD.test(head[i]!) && !counted.has(i) && body.some((b) => numberAt(b, i)?.family === 'money' || ((counts[i] !== undefined || measures[i] !== undefined) && numberAt(b, i) !== undefined)));
  // (a group's 小计 may stand in its second cell: 云岭县 | 小计 | 1,060.00)
  const first = (b: Block): string => {
    const cells = cellsOf(b);
    return cells[0] !== '小计' && cells[1] === '小计' ? '小计' : rowName(cells);
  };
  // rows set out in levels (by their codes or their numbers): each the sum of those one level down
  const leveled = leveledRelations(head, body, cols, unit);
  if (leveled) out.push(...leveled);
  // 合计 rows: at the top, over the rows below that are not 其中 rows; at the bottom, over the rows above
  // (not under a heading by dimension, 按收入性质分: its pairs are read by dimensionPairs)
  const byDimension = head.some((h) => DIMENSION_HEAD.test(h));
  const firstMoney = cols.find((c) => !CHANGE_HEAD.test(head[c] ?? ''));
  // totals standing over their rows (a 收支总表's "本年收入合计" over 财政拨款收入, 事业收入, …, then 年初结转和结余 and
  // 收入总计 at the bottom): the rows under each that make it, which a total further down takes as that one row
  const groupBelow = new Map<number, number>();
  // a column of measure words (单位 | 辆, 台（套）): rows of another measure than their total's are no part of it
  // (headed so, or a column of such words alone under a heading that names none: "二、国有资产占用情况 | —— | ——")
  const unitCol = head.findIndex((h, i) => i > 0 && (/^(?:计量)?单位$/.test(h.replace(/\s+/g, '')) || (body.filter((b) => UNIT_WORD.test(cellsOf(b)[i] ?? '')).length >= 2 && body.every((b) => !figureCell(cellsOf(b)[i])))));
  const covered = new Set<Block>();
  for (let t = 0; t < body.length && !leveled && !byDimension && firstMoney !== undefined; t++) {
    if (!totalRow(first(body[t]!))) continue;
    const top = t === 0 || (t + 1 < body.length && /^其中/.test(first(body[t + 1]!)));
    // (or one whose rows under it make it, only balances after them, with no total after them: "收入合计 | 财政拨款收入 |
    // 其他收入 | 年初结转和结余 | 支出合计 | 基本支出 | 项目支出 | 年末结转和结余", a 收支总表 with its 总计 rows left out)
    const lowerTotal = !top && totalReach(first(body[t - 1]!)) < totalReach(first(body[t]!));
    // (nor past a row numbered as the total is, its sibling: "一、本年财政拨款支出合计" … "二、年末财政拨款结转和结余")
    const style = headingNumber(cellsOf(body[t]!)[0] ?? '').style;
    const sibling = (b: Block): boolean => style !== 'none' && headingNumber(cellsOf(b)[0] ?? '').style === style;
    let n = 0;
    while (t + 1 + n < body.length && !totalRow(first(body[t + 1 + n]!)) && !sibling(body[t + 1 + n]!)) n++;
    if (n === 0) continue;
    // (the rows under it up to where they make it, in the first column of amounts, the last such: rows after them
    // are another part of the total below them, 年初结转和结余 of 收入总计, only when such a total follows them)
    const total = numberAt(body[t]!, firstMoney);
    let k = 0;
    let sum = 0;
    for (let i = 1; i <= n && total; i++) {
      const f = numberAt(body[t + i]!, firstMoney);
      if (!f || f.unit !== total.unit) break;
      sum += Number(f.number);
      if (Math.abs(sum - Number(total.number)) < 0.006 * (i + 1)) k = i;
    }
    const after = body[t + 1 + n];
    // (the rows after those that make it only balances: 年初结转和结余 of a 收入总计 the table leaves out)
    const restBalances = k > 0 && k < n && body.slice(t + 1 + k, t + 1 + n).every((b) => /结转|结余/.test(first(b)) && numberAt(b, firstMoney) !== undefined);
    // (a sibling after the rows: they are the total's, whatever they add up to)
    if (!lowerTotal && after && sibling(after)) k = n;
    // (none making it: a total at the top takes all the rows under it, as before, and stands for none of them; a total
    // after other rows stands over its own only with balances after them)
    const keep = lowerTotal ? restBalances : k > 0 && (k === n || (after !== undefined && totalReach(first(after)) > totalReach(first(body[t]!))) || restBalances);
    if (!keep) continue;
    groupBelow.set(t, k);
    for (let i = 1; i <= k; i++) covered.add(body[t + i]!);
  }
  for (let t = 0; t < body.length && !leveled && !byDimension; t++) {
    if (!totalRow(first(body[t]!))) continue;
    // (a total row with its own 其中 rows under it, "总支出 | …" / "其中：工资福利支出 | …" after "总收入" and its 其中 rows,
    // is the total of those, not of the rows above it)
    const below = t === 0 || (t + 1 < body.length && /^其中/.test(first(body[t + 1]!))) || groupBelow.has(t);
    const members: Block[] = [];
    if (below) {
      const k = groupBelow.get(t);
      for (let i = t + 1; i < body.length && !totalRow(first(body[i]!)) && (k === undefined || i <= t + k); i++) members.push(body[i]!);
    } else {
      // the rows above up to a total that reaches as far; a total of less reach above is one part
      // that stands for its group (a 合计 under groups that each end in a 小计: the 小计 rows; a 总计
      // under 本年收入合计: that 合计 and the rows after it)
      // (the rows a total over them makes are that total's, not more parts: 收入总计 = 本年收入合计 + 年初结转和结余)
      const reach = totalReach(first(body[t]!));
      // (a total of one side of the accounts, 支出总计, reaches no row of the other: "本年收入合计 | …" above "本年支出合计 | …" /
      // "年末结转和结余 | …" / "支出总计 | …" is the income side's)
      const name = first(body[t]!);
      const sides = /支出/.test(name) && !/收入/.test(name) ? { own: /支出/, other: /收入/ } : /收入/.test(name) && !/支出/.test(name) ? { own: /收入/, other: /支出/ } : undefined;
      for (let i = t - 1; i >= 0; i--) {
        const r = totalReach(first(body[i]!));
        if (r >= reach) break;
        if (sides && r > 0 && sides.other.test(first(body[i]!)) && !sides.own.test(first(body[i]!))) break;
        if (covered.has(body[i]!)) continue;
        members.unshift(body[i]!);
        if (r === 0) continue;
        if (groupBelow.has(i)) continue;
        while (i > 0 && totalReach(first(body[i - 1]!)) < r) i--;
      }
    }
    // (a row of another measure than the total's, "单价100万元以上设备 | 台（套） | 12" under "车辆数合计 | 辆 | 6", or a figure of which
    // the total is made, "授予中小企业合同金额" under 政府采购支出合计: no part of it)
    const ownUnit = unitCol >= 0 ? (cellsOf(body[t]!)[unitCol] ?? '') : '';
    const kept = members.filter((b) => !OF_WHICH_ROW.test(first(b)) && !(ownUnit !== '' && (cellsOf(b)[unitCol] ?? '') !== '' && cellsOf(b)[unitCol] !== ownUnit));
    // a row that names a dimension (按支出性质分：基本支出 …) starts another breakdown of the same total:
    // the total by source, then by nature, are two sums, not one
    const groups: Block[][] = [[]];
    for (const b of kept) {
      if (DIMENSION_ROW.test(first(b)) && groups[groups.length - 1]!.length > 0) groups.push([]);
      groups[groups.length - 1]!.push(b);
    }
    for (const group of groups) {
      // rows that only detail the row above them (其中 rows after a part) are not parts themselves
      // (nor the rows after a 其中 row that go on with its list, up to where they add up to the row above:
      // "医疗收入 | 21571.38" / "其中：门急诊收入 | 6412.17" / "住院收入 | 15159.21")
      const detail = detailRows(group, cols, numberAt, first);
      // (after a row naming the dimension, its first row, "其中：一般公共预算财政拨款", opens the group as the first would)
      const lead = group.findIndex((b) => !DIMENSION_ROW.test(first(b)));
      const marked = group.filter((b, i) => (i <= lead || !/^其中/.test(first(b)) || (lead >= 0 && /^其中/.test(first(group[lead]!)))) && !detail.has(b));
      // (nor rows at one level with the row above them that make it exactly, where without them the rows make the total and with
      // them they do not: "基本支出 | 68405.27" / "人员经费 | 61238.90" / "公用经费 | 7166.37" / "项目支出 | 17567.79" / "合计 | 85973.06")
      const unmarked = firstMoney === undefined ? undefined : unmarkedDetails(body[t]!, marked, firstMoney, numberAt);
      const all = unmarked ? marked.filter((b) => !unmarked.has(b)) : marked;
      // (rows that are two breakdowns of the total one after the other, naming no dimension: "其中：一般公共预算" /
      // "其中：政府性基金预算" / "其中：基本支出" / "其中：项目支出", by source and then by nature, each adding up to it)
      const cut = twoBreakdowns(body[t]!, all, cols, numberAt);
      for (const parts of cut ? [all.slice(0, cut), all.slice(cut)] : [all]) {
        if (parts.length < 1) continue;
        // (rows each marked 其中, "其中：医疗收入" / "其中：财政拨款收入", may be items picked out, not all of them: so
        // they are unless they add up, in the first column of amounts, to the total)
        const firstCol = cols.find((c) => !CHANGE_HEAD.test(head[c] ?? ''));
        const addsUpFirst = (): boolean => {
          const total = firstCol === undefined ? undefined : numberAt(body[t]!, firstCol);
          const ps = firstCol === undefined ? [] : parts.map((b) => numberAt(b, firstCol));
          return total !== undefined && ps.every((p) => p !== undefined) && Math.abs(ps.reduce((a, p) => a + Number(p!.number), 0) - Number(total.number)) < 0.006 * ps.length;
        };
        const picked = !cut && parts.length > 1 && parts.every((b) => /^其中/.test(first(b))) && !addsUpFirst();
        // (a row of both sides' grand totals, 收、支总计, under a row of each side's total, 本年收入合计 and 本年支出合计: two sides of
        // the accounts, no parts of one whole)
        if (JOINT_TOTAL_ROW.test(first(body[t]!).replace(/\s/g, '')) && parts.some((b) => /收入/.test(first(b))) && parts.some((b) => /支出/.test(first(b)))) continue;
        for (const col of cols) {
          // (a column of running totals, 累计支出 by month: its 合计 row is the last, not the sum)
          if (CUMULATIVE.test(head[col] ?? '')) continue;
          const total = numberAt(body[t]!, col);
          // (a blank or a dash is nothing in that column: a 决算表 leaves its zeros blank, and the rows of
          // one side of a 收支总表 stop before the other's)
          const ps = parts.filter((b) => !blankAt(b, col)).map((b) => numberAt(b, col));
          if (!total || ps.length === 0 || ps.some((p) => p === undefined)) continue;
          // (of some items only, a column of changes says nothing: the others may have gone down)
          if ((picked || parts.length === 1) && CHANGE_HEAD.test(head[col] ?? '')) continue;
          // (a column whose 合计 cell is what every row holds, 供餐天数 200 in each row and in the 合计 row, states a figure the rows
          // share, no sum)
          if (ps.length > 1 && Number(total.number) > 0 && ps.every((p) => Number(p!.number) === Number(total.number))) continue;
          out.push({ relation: 'sum', subject: cellLabel(cellsOf(body[t]!), head[col], col), total, parts: ps as FigureFact[], complete: parts.length > 1 && !picked, shape: '表格合计行', src: total.src });
        }
      }
    }
  }
  // a 合计 column: on every row, the sum of the money columns on its other side ("项目 | 基本支出 |
  // 项目支出 | 合计", or "项目 | 合计 | 基本支出 | 项目支出"); not where a column of another year or a
  // change stands among them
  const totalCol = cols.find((i) => TOTAL_COLUMN.test(head[i]!));
  if (totalCol !== undefined) {
    // (not a column of another measure under the table's note of money, "常年蔬菜基地面积 | 基地建设补贴 | … | 小计" with
    // 面积单位：亩；金额单位：万元: the 小计 is of the money columns)
    const partCols = (cols.indexOf(totalCol) === cols.length - 1 ? cols.filter((i) => i < totalCol) : cols.indexOf(totalCol) === 0 ? cols.filter((i) => i > totalCol) : []).filter((i) => !MEASURE_HEAD.test(head[i]!));
    if (partCols.length >= 2 && !partCols.some((i) => OTHER_COLUMN.test(head[i]!) || TOTAL_COLUMN.test(head[i]!))) {
      for (const b of body) {
        // (a row of running totals, 累计支出 by quarter: its 合计 is the last, not the sum)
        if (CUMULATIVE.test(first(b))) continue;
        const total = numberAt(b, totalCol);
        const ps = partCols.filter((i) => !blankAt(b, i)).map((i) => numberAt(b, i));
        if (!total || total.family !== 'money' || ps.length === 0 || ps.some((p) => p === undefined || p.family !== 'money')) continue;
        out.push({ relation: 'sum', subject: cellLabel(cellsOf(b), head[totalCol]), total, parts: ps as FigureFact[], complete: true, shape: '表格合计列', src: total.src });
      }
    }
  }
  if (!leveled) out.push(...shareColumn(head, body, cols, numberAt, first));
  // a row named with a colon over its numbered rows (项目支出： | … then 1、业务工作经费, 2、…): their sum
  for (const g of leveled ? [] : groups) {
    for (const col of cols) {
      const stated = numberAt(g.header, col);
      const ps = g.parts.filter((b) => !blankAt(b, col)).map((b) => numberAt(b, col));
      if (!stated || stated.family !== 'money' || ps.length === 0 || ps.some((p) => p === undefined || p.family !== 'money')) continue;
      // (named without its colon: 项目支出·2023年决算数)
      const total = { ...stated, label: stated.label.replace(/[：:](?=·|$)/, '') };
      out.push({ relation: 'sum', subject: total.label, total, parts: ps as FigureFact[], complete: true, shape: '表格分项', src: total.src });
    }
  }
  // rate columns: rate = spent ÷ budget on every row
  // (columns of money only: a group heading over the label column, 预算执行情况（10分）, is no spent column)
  const rateCol = head.findIndex((h) => RATE_HEAD.test(h));
  // (the column of what arrived is the spent one only for a 到位率: "资金计划 | 到位资金 | 实际支出 | 执行率" measures 实际支出)
  const arrivalRate = rateCol >= 0 && /到位率/.test(head[rateCol]!);
  const spentOf = (pass: 'own' | 'any') => head.findIndex((h, i) => cols.includes(i) && SPENT_HEAD.test(h) && !RATE_HEAD.test(h) && (pass === 'any' || /到位/.test(h) === arrivalRate));
  const spentCol = spentOf('own') >= 0 ? spentOf('own') : spentOf('any');
  let budgetCol = -1;
  head.forEach((h, i) => {
    if (cols.includes(i) && BUDGET_HEAD.test(h) && !SPENT_HEAD.test(h) && !RATE_HEAD.test(h) && (budgetCol < 0 || /全年|调整/.test(h))) budgetCol = i;
  });
  // (the column a note names as the rate's base: "注：表中执行率为实际支出占到位资金的比例")
  // (or a formula, in the note or in the caption before the table: "（单位：万元，执行率=支出数÷到位数）")
  const base = RATE_NOTE.exec(note) ?? RATE_FORMULA.exec(note) ?? RATE_FORMULA.exec(context);
  if (base) {
    const named = head.findIndex((h, i) => cols.includes(i) && h.replace(/[（(][^）)]*[）)]$/, '') === base[1]);
    if (named > 0) budgetCol = named;
  }
  // (no note: where the rate holds on every row over one column of money alone, "分配合计 | 到位资金 | 实际支出 | 执行率"
  // with 到位资金 short of 分配合计 on a row, that column is its base)
  if (!base && rateCol > 0 && spentCol > 0 && budgetCol > 0) {
    const holds = (c: number): boolean => body.every((b) => {
      const rate = numberAt(b, rateCol);
      const spent = numberAt(b, spentCol);
      const over = numberAt(b, c);
      return !rate || !spent || !over || shareAgrees(spent, over, rate.number);
    });
    if (!holds(budgetCol)) {
      const others = cols.filter((i) => i !== budgetCol && i !== spentCol && i !== rateCol && holds(i) && body.some((b) => numberAt(b, i)?.family === 'money'));
      if (others.length === 1) budgetCol = others[0]!;
    }
  }
  out.push(...scoreRates);
  out.push(...changeColumns(head, body, numberAt));
  // a column of what each row's plan left ("预算数 | 实际支出 | 执行率 | 结余"): plan = spent + what was left, on every row
  // (not a balance carried in from the year before, 上年结转 / 年初结转结余, nor a 差额 that may be taken either way)
  const leftCol = budgetCol > 0 && spentCol > 0 ? head.findIndex((h, i) => cols.includes(i) && i !== budgetCol && i !== spentCol && LEFT_HEAD.test(h) && !NOT_LEFT_HEAD.test(h)) : -1;
  if (leftCol > 0) {
    for (const b of body) {
      const budget = numberAt(b, budgetCol);
      const spent = numberAt(b, spentCol);
      const left = numberAt(b, leftCol);
      if (!budget || !spent || !left || budget.family !== 'money' || spent.family !== 'money' || left.family !== 'money') continue;
      out.push({ relation: 'sum', subject: budget.label, total: budget, parts: [spent, left], complete: true, shape: '表格结余列', src: left.src });
    }
  }
  if (rateCol > 0 && spentCol > 0 && budgetCol > 0) {
    for (const b of body) {
      const rate = numberAt(b, rateCol);
      const spent = numberAt(b, spentCol);
      const budget = numberAt(b, budgetCol);
      if (!rate || !spent || !budget) continue;
      out.push({ relation: 'rate', subject: cellLabel(cellsOf(b), head[rateCol]), rate: { ...rate, unit: '%', family: 'pct' }, numerator: spent, denominator: budget, src: rate.src });
    }
  }
  return out;
}

/**
 * Where rows that add up to twice a total split into two runs that each add up to it, in the columns of money
 * filled on all of them (most of them, none adding up unsplit): the index of the second run's first row, or undefined.
 */
function twoBreakdowns(total: Block, rows: readonly Block[], cols: readonly number[], numberAt: (b: Block, col: number) => FigureFact | undefined): number | undefined {
  if (rows.length < 4) return undefined;
  const filled = cols.filter((c) => numberAt(total, c)?.family === 'money' && rows.every((b) => numberAt(b, c)?.family === 'money'));
  if (filled.length === 0) return undefined;
  const near = (sum: number, whole: number, n: number): boolean => Math.abs(sum - whole) <= 0.005 * (n + 1) + 1e-9;
  const value = (b: Block, c: number): number => Number(numberAt(b, c)!.number);
  if (filled.some((c) => near(rows.reduce((a, b) => a + value(b, c), 0), value(total, c), rows.length))) return undefined;
  // (the split that holds in most columns, at least half of them: one wrong figure breaks its own column only)
  let best: { k: number; n: number } | undefined;
  for (let k = 2; k <= rows.length - 2; k++) {
    const n = filled.filter((c) => {
      const whole = value(total, c);
      return near(rows.slice(0, k).reduce((a, b) => a + value(b, c), 0), whole, k) && near(rows.slice(k).reduce((a, b) => a + value(b, c), 0), whole, rows.length - k);
    }).length;
    if (n > 0 && n * 2 >= filled.length && (!best || n > best.n)) best = { k, n };
  }
  return best?.k;
}

/** A table column of what a row's plan left unspent: 结余, 未执行, 未支出(资金), 剩余资金. */
const LEFT_HEAD = /结余|节余|未执行|未支出|未使用|未拨付|剩余/;
/** …but not a balance brought in or carried out of the year (上年结转, 年初结转结余, 年末结转结余), nor a rate of it. */
const NOT_LEFT_HEAD = /上年|年初|年末|以前年度|率|比例|比重|原因/;

/** A note saying over which column a table's rate is measured: 执行率为实际支出占到位资金的比例. */
const RATE_NOTE = /(?:执行率|支付率|完成率)(?:为|是|指)?[^，。；]{0,12}?占([^，。；的]{2,10})的(?:比例|比重|百分比)/;

/** Words before a name that make it one kind of the whole so named: 政府性基金预算财政拨款支出 of 财政拨款支出, 基本支出 of 支出. */
const PART_QUALIFIER = /一般公共预算|政府性基金|国有资本经营|社会保险基金|上级补助|事业|经营|基本|项目|人员|公用|其他/;

/** A row of both sides' totals: 收、支总计, 收支总计, 收入支出总计. */
const JOINT_TOTAL_ROW = /^(?:收[、和及与]?支|收入[、和及与]?支出)(?:决算)?(?:总计|合计)/;

/** A rate's formula naming its base: 执行率=支出数÷到位数, 执行率=实际支出/到位资金×100%. */
const RATE_FORMULA = /(?:执行率|支付率|完成率)\s*[=＝]\s*[^，。；÷/=＝]{2,12}?\s*[÷/]\s*([^，。；×*（）()\s]{2,10})/;

/** A table's unit line naming money and a count: 单位：万元、艘 / 单位：万元，人. */
const TWO_UNITS = /单位[：:]\s*(?:亿元|万元|千元|元)\s*[、，,/／;；]\s*(?:人次|个|人|名|艘|辆|台|套|户|项|座|家|所|处|条|次|亩|公里|吨|张)/;

/**
 * The columns of counts in a table whose unit line names money and a count ("（单位：万元、艘）"): those whose
 * figures are all whole numbers while another column's are not, under a heading that names no money
 * (计划更新渔船, 完成更新渔船; not 分配资金).
 */
function countColumns(head: readonly string[], body: readonly Block[], unit: string, context: string): Set<number> {
  const out = new Set<number>();
  if (!unit || !TWO_UNITS.test(context)) return out;
  const values = (i: number): string[] => body.map((b) => (cellsOf(b)[i] ?? '').replace(/[\s,]/g, '')).filter((v) => v !== '' && !/^[—–\-－/]+$/.test(v));
  const whole = (i: number): boolean => {
    const v = values(i);
    return v.length > 0 && v.every((x) => /^\d+$/.test(x));
  };
  const decimal = head.some((_, i) => i > 0 && values(i).some((x) => /^\d+\.\d+$/.test(x)));
  if (!decimal) return out;
  head.forEach((h, i) => {
    if (i > 0 && whole(i) && !/资金|金额|经费|支出|预算|收入|费|元/.test(h)) out.add(i);
  });
  return out;
}

/** A column of people serving against the quota: 控制率 (财政供养人员控制率), 在编率, 满编率. */
const STAFF_RATE_HEAD = new RegExp(STAFF_RATE_WORD);
/** Columns of the quota (编制数) and of the people serving (实有, 在职, 在编, 实际在职人数). */
const QUOTA_HEAD = /编制/;
const SERVING_HEAD = /实有|在职|在编|实际/;

/**
 * A table of staffing with its 控制率 (财政供养人员情况（人） | 编制数 | 实际在职人数 | 控制率): on every row,
 * the people serving ÷ the quota. Retired people are no column of either.
 */
function staffingRates(head: readonly string[], body: readonly Block[]): RelationFact[] {
  const rateCol = head.findIndex((h, i) => i > 0 && STAFF_RATE_HEAD.test(h));
  if (rateCol < 0) return [];
  const quotaCol = head.findIndex((h, i) => i > 0 && i !== rateCol && QUOTA_HEAD.test(h) && !SERVING_HEAD.test(h) && !RETIRED.test(h));
  const servingCol = head.findIndex((h, i) => i > 0 && i !== rateCol && SERVING_HEAD.test(h) && !RETIRED.test(h));
  if (quotaCol < 0 || servingCol < 0) return [];
  const people = (b: Block, col: number): FigureFact | undefined => {
    const f = cellFigure(b, col, cellLabel(cellsOf(b), head[col], col), '人', false);
    return f && f.unit === '人' && f.decimals === 0 ? { ...f, family: 'people' } : undefined;
  };
  const out: RelationFact[] = [];
  for (const b of body) {
    const quota = people(b, quotaCol);
    const serving = people(b, servingCol);
    const rate = cellFigure(b, rateCol, cellLabel(cellsOf(b), head[rateCol], rateCol), '', true);
    if (!quota || !serving || !rate) continue;
    out.push({ relation: 'rate', subject: head[rateCol]!, rate, numerator: serving, denominator: quota, src: rate.src });
  }
  return out;
}

/**
 * The rows of a segment that can be read column by column: all of them, unless some have fewer or more
 * cells than most (text set out with spaces leaves no trace of a blank cell: "合计  2,300.00  2,230.00"
 * under 任务名称 | 主要内容 | 预算数 | 执行数 cannot be lined up with its columns, and read as it stands puts
 * 2,230.00 under 预算数). Those rows are read in no column.
 */
function linedUp(rows: readonly Block[], head: readonly string[] = []): readonly Block[] {
  if (rows.length < 3) return rows;
  const counts = new Map<number, number>();
  for (const b of rows) counts.set((b.normCells ?? []).length, (counts.get((b.normCells ?? []).length) ?? 0) + 1);
  if (counts.size === 1) return rows;
  let mode = 0;
  let most = 0;
  for (const [n, k] of counts) if (k > most || (k === most && n > mode)) [mode, most] = [n, k];
  // (a shorter row that ends with a blank cell, written with its separator, "五、事业收入 | 0.00 | ": the cells it leaves
  // out are the blank ones on its right; it lines up from the left)
  // (only in a table of two sides, 收入 | 决算数 | 支出 | 决算数, where one side runs out before the other: elsewhere a short row
  // may be one whose blank cells ran together, "合计\t\t468.00")
  const twoSided = head.length >= 4 && head.slice(2).some((h) => SIDE_HEAD.test(h.replace(/\s+/g, '')));
  const out: Block[] = [];
  for (const b of rows) {
    const cells = b.normCells ?? [];
    if (cells.length === mode) out.push(b);
    else if (twoSided && cells.length < mode && cells.length >= 2 && cells[cells.length - 1] === '') {
      const pad = (xs: readonly string[]): string[] => [...xs, ...Array<string>(mode - xs.length).fill('')];
      out.push({ ...b, normCells: pad(cells), ...(b.cells ? { cells: pad(b.cells) } : {}) });
    }
  }
  return out;
}

/** A row's name that ends in a colon: what the numbered rows below it set out (项目支出：, 三公经费：). */
const COLON_HEADER = /[：:]$/;
/** A template's row left for more of the same (……, …, 等): nothing in it. */
const ELLIPSIS_ROW = /^(?:…+|\.{3,}|……等|等)$/;

interface ColonGroup {
  header: Block;
  /** The numbered rows (1、2、3、… in one style, in order): its parts. */
  parts: Block[];
  /** Every row of the group after the header: the parts and the 其中 rows that detail them. */
  rows: Block[];
}

/**
 * Groups of a table's rows under a row named with a colon (a 基础数据表's "项目支出： | 874.20 | 308.17 |
 * 1025.20" over "1、业务工作经费", "2、运行维护经费", "3、省级专项资金"): its parts are the rows that follow it
 * numbered in one style from 1, in order; a 其中 row under a part, and the rows that go on with its list
 * before the next number, detail that part. The group ends at a row of its own level: another row
 * named with a colon, a row with no number that goes on with no 其中 list, a number out of order, a
 * total row. Rows a template leaves for more (……) are nothing. At least two parts.
 */
function colonGroups(body: readonly Block[]): ColonGroup[] {
  const out: ColonGroup[] = [];
  for (let i = 0; i < body.length; i++) {
    const name = rowName(cellsOf(body[i]!));
    if (!COLON_HEADER.test(name) || /^其中/.test(name) || totalRow(name.replace(COLON_HEADER, '')) || headingNumber(name).style !== 'none') continue;
    const parts: Block[] = [];
    const rows: Block[] = [];
    let style = '';
    let inList = false;
    let j = i + 1;
    for (; j < body.length; j++) {
      const n = rowName(cellsOf(body[j]!));
      if (ELLIPSIS_ROW.test(n)) {
        rows.push(body[j]!);
        continue;
      }
      if (COLON_HEADER.test(n) && !/^其中/.test(n)) break;
      if (totalRow(n)) break;
      const num = headingNumber(n);
      if (num.style !== 'none' && (style === '' || num.style === style)) {
        if (num.number !== parts.length + 1) break;
        style = num.style;
        parts.push(body[j]!);
        rows.push(body[j]!);
        inList = false;
        continue;
      }
      if (parts.length === 0) break;
      // a 其中 row details the part above; the rows after it go on with its list; a deeper number too
      if (/^其中/.test(n)) inList = true;
      else if (num.style === 'none' && !inList) break;
      rows.push(body[j]!);
    }
    if (parts.length >= 2) {
      // (rows after the last part that go on with its 其中 list may be the table's next rows: the
      // group is sure up to its last part and the 其中 rows its list opened; the rest is left)
      out.push({ header: body[i]!, parts, rows });
      i = j - 1;
    }
  }
  return out;
}

/** A budget subject's code in a table's first column: 类, 款, 项 of 3, 5, 7 digits (205, 20502, 2050201; 301, 30101). */
const SUBJECT_CODE = /^\d{3}(?:\d{2}){0,2}$/;

/**
 * A table whose rows are set out in levels: budget subjects by their codes (科目编码 | 科目名称 | 决算数:
 * 301 over 30101, 30102 …), or rows numbered as an outline (一、基本支出 over （一）人员经费, （二）公用经费;
 * 二、项目支出 over its projects). A row is the sum of the rows one level down that follow it, and a
 * 合计 row the sum of the top level. Such a table states its subtotals among its rows, so they are
 * never summed all together. undefined: not such a table (a row of no level, or one level only).
 */
function leveledRelations(head: readonly string[], body: readonly Block[], cols: readonly number[], unit: string): RelationFact[] | undefined {
  // (a total row numbered as a level, "一、本年财政拨款收入合计" over "（一）…" rows and beside "二、年初…结转和结余", is a row of
  // its level)
  const rows = body.filter((b) => !totalRow(rowName(cellsOf(b))) || headingNumber(cellsOf(b)[0] ?? '').style !== 'none');
  if (rows.length < 3) return undefined;
  // the level of a row: by its code's length, else by its number's style in the order styles first appear, else (no row
  // numbered) by how far its name is indented ("教育支出 | …" over "  普通教育 | …")
  const coded = rows.every((b) => SUBJECT_CODE.test(cellsOf(b)[0] ?? ''));
  const indents = rows.map((b) => /^[ \t\u3000]*/.exec(b.text)![0].replace(/\t/g, '    ').replace(/\u3000/g, '  ').length);
  const indented = !coded && rows.every((b) => headingNumber(cellsOf(b)[0] ?? '').style === 'none') && indents[0] === 0 && indents.some((n) => n > 0);
  const widths = [...new Set(indents)].sort((a, b) => a - b);
  const styles: string[] = [];
  const levels: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const first = cellsOf(rows[r]!)[0] ?? '';
    if (coded) {
      // (one level below the nearest row before it whose code its own extends: a row of a deeper code whose own class is not
      // listed, "201 | 一般公共服务支出" then "2080505 | 机关事业单位基本养老保险缴费支出", is of the top level, counted in the 合计)
      let parentAt = -1;
      for (let k = r - 1; k >= 0 && parentAt < 0; k--) {
        const code = cellsOf(rows[k]!)[0] ?? '';
        if (code.length < first.length && first.startsWith(code)) parentAt = k;
      }
      levels.push(parentAt < 0 ? 0 : levels[parentAt]! + 1);
      continue;
    }
    if (indented) {
      levels.push(widths.indexOf(indents[r]!));
      continue;
    }
    const style = headingNumber(first).style;
    if (style === 'none') return undefined;
    if (!styles.includes(style)) styles.push(style);
    levels.push(styles.indexOf(style));
  }
  if (Math.max(...levels) === 0) return undefined;
  const name = (b: Block): string => {
    const cells = cellsOf(b);
    const words = coded ? cells.slice(1) : cells;
    const n = words.find((c) => c !== '' && !/^[\d.,%-]+$/.test(c)) ?? cells[0] ?? '';
    return coded ? n : n.slice(headingNumber(n).length);
  };
  const out: RelationFact[] = [];
  const sum = (total: Block, parts: readonly Block[], subject: string): void => {
    for (const col of cols) {
      const t = cellFigure(total, col, `${subject}·${head[col]}`, unit, false);
      // (a blank or dashed cell is nothing in that column; under an indented row, the rows below it give some of its
      // figures only: "教育支出 | 46,012.40 | 43,870.15" over "  普通教育 | 40,926.58 | —")
      if (indented && parts.some((b) => blankAt(b, col))) continue;
      const ps = parts.filter((b) => !blankAt(b, col)).map((b) => cellFigure(b, col, `${name(b)}·${head[col]}`, unit, false));
      if (!t || t.family !== 'money' || ps.length === 0 || ps.some((p) => p === undefined || p.family !== 'money')) continue;
      out.push({ relation: 'sum', subject: t.label, total: t, parts: ps as FigureFact[], complete: true, shape: coded ? '科目编码' : '编号层级', src: t.src });
    }
  };
  for (let i = 0; i < rows.length; i++) {
    const kids: Block[] = [];
    for (let j = i + 1; j < rows.length && levels[j]! > levels[i]!; j++) if (levels[j] === levels[i]! + 1) kids.push(rows[j]!);
    if (kids.length > 0) sum(rows[i]!, kids, name(rows[i]!));
  }
  const top = rows.filter((_, i) => levels[i] === 0);
  for (const b of body) if (!rows.includes(b)) sum(b, top, rowName(cellsOf(b)));
  return out;
}

/** Columns of a change from last year: the amount, and its rate. */
const CHANGE_HEAD = /增减(?:额|数)?$|变动(?:额|数)$|增加(?:额|数)$|比上年增减$/;
const CHANGE_RATE_HEAD = /增减(?:率|幅度?)|增长率|变动率|增幅/;

/**
 * Columns of this year, last year and the change between them ("2024年 | 2023年 | 增减额 | 增减率", or
 * 本年 | 上年): on every row, 增减额 = this year − last year and 增减率 = 增减额 ÷ last year (a minus sign
 * is a fall). The years are told by the headings: two years one apart, or 本年/本期 and 上年/上期.
 */
function changeColumns(head: readonly string[], body: readonly Block[], numberAt: (b: Block, col: number) => FigureFact | undefined): RelationFact[] {
  const change = head.findIndex((h, i) => i > 0 && CHANGE_HEAD.test(h) && !CHANGE_RATE_HEAD.test(h));
  if (change < 0) return [];
  const rate = head.findIndex((h, i) => i > 0 && CHANGE_RATE_HEAD.test(h));
  const years = head.map((h) => Number(/((?:19|20)\d{2})年/.exec(h)?.[1] ?? 0));
  const latest = Math.max(...years);
  let current = latest > 0 ? years.indexOf(latest) : head.findIndex((h, i) => i > 0 && /本年|本期/.test(h) && !CHANGE_HEAD.test(h) && !CHANGE_RATE_HEAD.test(h));
  let prior = latest > 0 ? years.indexOf(latest - 1) : head.findIndex((h, i) => i > 0 && /上年|上期/.test(h) && !CHANGE_HEAD.test(h) && !CHANGE_RATE_HEAD.test(h));
  // (a year's column only once: the same year over two columns, 预算数 and 决算数, tells nothing)
  if (latest > 0 && (years.filter((y) => y === latest).length > 1 || years.filter((y) => y === latest - 1).length > 1)) current = prior = -1;
  if (current <= 0 || prior <= 0) return [];
  const out: RelationFact[] = [];
  const unsigned = (f: FigureFact): FigureFact => ({ ...f, number: f.number.replace(/^-/, '') });
  for (const b of body) {
    const cur = numberAt(b, current);
    const pri = numberAt(b, prior);
    const ch = numberAt(b, change);
    if (!cur || !pri || !ch || cur.family !== 'money' || pri.family !== 'money' || ch.family !== 'money') continue;
    const r = rate > 0 ? numberAt(b, rate) : undefined;
    const down = ch.number.startsWith('-');
    out.push({
      relation: 'change', subject: cur.label, current: cur, prior: pri, change: unsigned(ch),
      ...(r ? { rate: unsigned({ ...r, unit: '%', family: 'pct' }) } : {}),
      direction: down ? 'down' : 'up', src: cur.src,
    });
  }
  return out;
}

/** A column's own measure word in its heading: 年末在职人数（人）, 车辆数（辆）, 项目个数（个）. */
const HEAD_COUNT_UNIT = /[（(](人|名|个|户|辆|台|套|项|家|所|座|处)[）)]$/;
/** A column headed with a physical measure: 改造里程（公里）, 治理面积（万亩）. */
const HEAD_PHYSICAL_UNIT = new RegExp(`[（(](${unitAlternation(PHYSICAL_UNITS)})[）)]$`);

/** A column of each row's share of the table's total: 占比, 比重, 占支出比例（%）… */
// (and one naming the column it is of before 占: 支出占部门比重)
const SHARE_HEAD = /^(?:[\u4e00-\u9fff]{0,4}?(?:所?占比[重例]?|占[^|]{0,8}(?:比[重例]|%))|比重|构成比?|结构)(?:[（(]%[）)]|%)?$/;

/**
 * A share column: each row's figure (in the money column to its left) as a percentage of the table's
 * 合计 / 总计 row in that column. Only where the table has one total row and no 小计 groups or
 * dimension rows (a share of a group's subtotal would be read against the whole); 其中 rows, whose
 * share may be of the row above, are left out.
 */
function shareColumn(head: readonly string[], body: readonly Block[], cols: readonly number[], numberAt: (b: Block, col: number) => FigureFact | undefined, first: (b: Block) => string): RelationFact[] {
  // (a total row named by whose total it is: 部门合计, 全县合计)
  const totals = body.filter((b) => (TOTAL_ROW.test(first(b)) || /(?:合计|总计)$/.test(first(b))) && !SUBTOTAL_ROW.test(first(b)));
  if (totals.length !== 1 || body.some((b) => DIMENSION_ROW.test(first(b)))) return [];
  const total = totals[0]!;
  const subtotals = body.filter((b) => SUBTOTAL_ROW.test(first(b)));
  const out: RelationFact[] = [];
  head.forEach((h, col) => {
    if (col === 0 || !SHARE_HEAD.test(h)) return;
    // (a share of another column, 支出占到位资金比例 beside 实际到位, is each row's ratio of two of its figures, not its share of the total)
    const of = /占([^|]*?)(?:的)?(?:比[重例]|%|（)/.exec(h)?.[1] ?? '';
    if (of.length >= 2 && head.some((x, i) => i !== col && i > 0 && sharesWord(of, x))) return;
    // (the column the shares are of: the nearest money column before them, or, where the rows' shares agree with another one's
    // and not with it, that one: "本年数 | 上年数 | 增减额 | 占比" holds shares of 本年数)
    const before = cols.filter((c) => c < col);
    // (the rows whose share agrees with the column; -1 where its total is no money)
    const agreeing = (c: number): number => {
      const whole = numberAt(total, c);
      if (!whole || whole.family !== 'money' || Number(whole.number) === 0) return -1;
      let n = 0;
      for (const b of body) {
        if (b === total || /^其中/.test(first(b))) continue;
        const part = numberAt(b, c);
        const pct = numberAt(b, col);
        if (part && pct && part.family === 'money' && percentConsistent(parseMoney(part.number, '元'), parseMoney(whole.number, '元'), pct.number)) n++;
      }
      return n;
    };
    // (the column most rows agree with, the nearest of equals: a wrong share leaves its column the one the others agree with)
    let moneyCol: number | undefined;
    let best = -1;
    for (let k = before.length - 1; k >= 0; k--) {
      const n = agreeing(before[k]!);
      if (n > best) [moneyCol, best] = [before[k]!, n];
    }
    if (moneyCol === undefined) return;
    const base = numberAt(total, moneyCol);
    if (!base || base.family !== 'money') return;
    // (with 小计 rows, a share may be of its group's subtotal: the column is of the whole only where
    // every 小计 row's own share is its amount's share of the whole, "基本支出小计 | 20,757,941.05 | 82.73%")
    for (const b of subtotals) {
      const part = numberAt(b, moneyCol);
      const pct = numberAt(b, col);
      if (!part || !pct || !percentConsistent(parseMoney(part.number, '元'), parseMoney(base.number, '元'), pct.number)) return;
    }
    for (const b of body) {
      if (b === total || /^其中/.test(first(b))) continue;
      const part = numberAt(b, moneyCol);
      const raw = numberAt(b, col);
      if (!part || part.family !== 'money' || !raw) continue;
      const pct: FigureFact = { ...raw, unit: '%', family: 'pct' };
      out.push({ relation: 'share', subject: part.label, part, pct, base, baseName: first(total), src: pct.src });
    }
  });
  return out;
}

/** The money unit a table's heading (and the line above it) names: 万元, 千元, 元, or none. */
function tableUnit(text: string): string {
  return /万元/.test(text) ? '万元' : /千元/.test(text) ? '千元' : /元/.test(text) ? '元' : '';
}

/**
 * The figure in cell `col` of a table row: money in `unit` (or the unit the cell itself prints), or a
 * percentage when the cell prints % or its column is a rate.
 */
function cellFigure(b: Block, col: number, label: string, unit: string, rate: boolean, from = 0): FigureFact | undefined {
  const raw = (b.normCells ?? [])[col];
  if (raw === undefined) return undefined;
  const c = compact(raw);
  // (the cell's own figure, and what follows it in brackets or after a comma: "1.42亿元（年中追加…）",
  // "1.36亿元，比上年的1.21亿元增加…"; `from`: where in the cell, without its spaces, the figure starts)
  const m = /^(-?\d{1,3}(?:,\d{3})+|-?\d+)(?:\.(\d+))?(%|亿元|千元|万元|元)?(?:$|[（，；])/.exec(c.text.slice(from));
  if (!m) return undefined;
  const isPct = m[3] === '%' || rate;
  return {
    label, number: m[1]!.replace(/,/g, '') + (m[2] !== undefined ? '.' + m[2] : ''), unit: isPct ? '%' : m[3] ?? unit, family: isPct ? 'pct' : 'money', decimals: m[2]?.length ?? 0,
    src: { line: b.line, column: cellOffset(b, col) + (c.map[from] ?? 0) + 1, length: from > 0 ? m[0].length : raw.trim().length, excerpt: (b.cells ?? []).join(' | ') },
  };
}

/**
 * A form set out as label | value pairs (cells.ts): its 执行率 against its 执行数 and 预算数 (the 全年
 * or 调整 one when several are stated). Only where the form states one rate, or the rate's row states
 * its own figures; a rate with two candidate figures of one kind is not read.
 */
/** A pair's label that names what was spent by its stage alone: 全年支出, 实际支出数（万元）. */
const SPENT_PAIR = /^(?:全年|本年度?|年度|实际)?支出(?:数|额|金额)?(?:（[^）]*）)?$/;

function pairRelations(rows: readonly Block[], context: string): RelationFact[] {
  const pairs: { label: string; b: Block; col: number }[] = [];
  for (const b of rows) for (const p of labelValuePairs(b) ?? []) pairs.push({ label: p.label, b, col: p.col });
  const rates = pairs.filter((p) => RATE_HEAD.test(p.label) && !SCORE_HEAD.test(p.label));
  if (rates.length === 0) return [];
  const out: RelationFact[] = [];
  for (const r of rates) {
    // several rates: each only with the figures of its own row
    const pool = rates.length === 1 ? pairs : pairs.filter((p) => p.b === r.b);
    const stem = /执行|完成|支付|到位/.exec(r.label)?.[0];
    const spentAll = pool.filter((p) => (SPENT_HEAD.test(p.label) || SPENT_PAIR.test(p.label)) && !RATE_HEAD.test(p.label) && !SCORE_HEAD.test(p.label));
    const spent = spentAll.length > 1 && stem ? spentAll.filter((p) => p.label.includes(stem)) : spentAll;
    const budgetAll = pool.filter((p) => BUDGET_HEAD.test(p.label) && !SPENT_HEAD.test(p.label) && !RATE_HEAD.test(p.label) && !SCORE_HEAD.test(p.label));
    const budget = budgetAll.length > 1 ? budgetAll.filter((p) => /全年|调整/.test(p.label)) : budgetAll;
    if (spent.length !== 1 || budget.length !== 1) continue;
    // (named without the unit in brackets: 全年执行数, not 全年执行数（万元）)
    // (in the unit its label names, else its row's group, 项目资金（万元）, else the line above the form)
    const unitOf = (p: { label: string; b: Block; col: number }) => tableUnit(p.label) || (p.col % 2 === 0 ? tableUnit(p.b.normCells?.[0] ?? '') : '') || tableUnit(context);
    const figure = (p: { label: string; b: Block; col: number }, rate: boolean) => cellFigure(p.b, p.col, p.label.replace(/[（(][^）)]*[）)]$/, ''), unitOf(p), rate);
    const rate = figure(r, true);
    const num = figure(spent[0]!, false);
    const den = figure(budget[0]!, false);
    if (!rate || !num || !den || num.family !== 'money' || den.family !== 'money') continue;
    out.push({ relation: 'rate', subject: r.label, rate, numerator: num, denominator: den, src: rate.src });
  }
  return out;
}

/** A pair's label naming the make-up of another pair's figure: 编制构成, 人员构成, 收入组成. */
const MAKEUP_PAIR = /^([\u4e00-\u9fff]{2,6}?)(?:的)?(?:构成|组成|结构)(?:情况)?$/;
/** The words that may stand between the parts in a make-up cell, once the parts' labels are left out. */
const MAKEUP_JOINERS = /^[、，；,;和及与。\s]*$/;

/**
 * A form's make-up pair: "编制构成 | 行政编制12名、事业编制74名" below "人员编制 | 86": the parts in its
 * cell make the figure of the one pair before it whose label ends with the word it names (编制); each
 * part of one kind, the cell nothing but the parts.
 */
function makeupPairs(rows: readonly Block[]): RelationFact[] {
  const pairs: { label: string; b: Block; col: number }[] = [];
  for (const b of rows) {
    const cells = (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
    // (a make-up cell holds words besides its figures: labelValuePairs reads it only when its label is a pair's)
    for (let k = 0; k + 1 < cells.length; k++) if (MAKEUP_PAIR.test(cells[k]!) || /^\d/.test(cells[k + 1]!)) pairs.push({ label: cells[k]!, b, col: k + 1 });
  }
  const out: RelationFact[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const stem = MAKEUP_PAIR.exec(pairs[i]!.label)?.[1];
    if (!stem) continue;
    const { b, col } = pairs[i]!;
    const raw = b.normCells![col]!;
    const c = compact(raw);
    const qs = quantities(c.text);
    if (qs.length < 2 || qs.some((q) => q.depth > 0 || q.approx || q.family === 'pct' || q.family !== qs[0]!.family)) continue;
    let rest = c.text;
    for (let k = qs.length - 1; k >= 0; k--) rest = rest.slice(0, qs[k]!.at - qs[k]!.label.length) + rest.slice(qs[k]!.end);
    if (!MAKEUP_JOINERS.test(rest)) continue;
    const wholes = pairs.slice(0, i).filter((p) => p.label.replace(/[（(][^）)]*[）)]$/, '').endsWith(stem));
    if (wholes.length !== 1) continue;
    const w = wholes[0]!;
    const wc = compact(w.b.normCells![w.col]!);
    const m = /^(\d+)(?:\.(\d+))?([\u4e00-\u9fff]{0,2})$/.exec(wc.text);
    if (!m || (m[3] !== '' && m[3] !== qs[0]!.unit)) continue;
    const total: FigureFact = {
      label: w.label, number: m[1]! + (m[2] !== undefined ? '.' + m[2] : ''), unit: qs[0]!.unit, family: qs[0]!.family, decimals: m[2]?.length ?? 0,
      src: { line: w.b.line, column: cellOffset(w.b, w.col) + (wc.map[0] ?? 0) + 1, length: w.b.normCells![w.col]!.trim().length, excerpt: (w.b.cells ?? []).join(' | ') },
    };
    const parts = qs.map((q): FigureFact => ({
      label: q.label, number: q.number, unit: q.unit, family: q.family, decimals: q.decimals,
      src: { line: b.line, column: cellOffset(b, col) + (c.map[q.at] ?? 0) + 1, length: q.end - q.at, excerpt: (b.cells ?? []).join(' | ') },
    }));
    out.push({ relation: 'sum', subject: w.label, total, parts, complete: true, shape: '表中构成', src: total.src });
  }
  return out;
}

/** An indicator table's columns: the completion rate, the target, the result. */
const COMPLETION_HEAD = /^(?:指标)?完成(?:率|比例|程度)(?:（%）)?$/;
const TARGET_HEAD = /年度指标值|指标值|目标值|年度目标|计划值/;
const RESULT_HEAD = /实际完成值|实际完成|完成值|实际值/;
/** A target that caps (成本≤14万元, 投诉率不高于1%): its completion is not result ÷ target. */
const CAP = /^(?:≤|<=|<|＜|不高于|不超过|低于|少于|控制在|以内)/;

/**
 * 完成率 = 实际完成值 ÷ 年度指标值 on every row of an indicator table whose target is one to reach (≥X,
 * 不低于X, X), in the same unit as its result; not a cap, nor a cell of words (达标, 全面完成).
 */
function completionRates(head: string[], body: readonly Block[]): RelationFact[] {
  const rateCol = head.findIndex((h) => COMPLETION_HEAD.test(h));
  const targetCol = head.findIndex((h, i) => i !== rateCol && TARGET_HEAD.test(h));
  const resultCol = head.findIndex((h, i) => i !== rateCol && i !== targetCol && RESULT_HEAD.test(h));
  if (rateCol < 0 || targetCol < 0 || resultCol < 0) return [];
  const figureAt = (b: Block, col: number): FigureFact | undefined => {
    const raw = (b.normCells ?? [])[col];
    if (raw === undefined) return undefined;
    const c = compact(raw);
    if (CAP.test(c.text)) return undefined;
    const qs = quantities(c.text);
    const q = qs[0];
    if (qs.length !== 1 || !q || q.approx || q.depth > 0 || !/^(?:≥|>=|不低于|不少于|达到|大于等于)?$/.test(c.text.slice(0, q.at))) return undefined;
    const label = cellLabel((b.normCells ?? []).map((x) => x.replace(/\s+/g, '')), head[col]);
    return { label, number: q.number, unit: q.unit, family: q.family, decimals: q.decimals, src: { line: b.line, column: cellOffset(b, col) + (c.map[q.at] ?? 0) + 1, length: raw.trim().length, excerpt: (b.cells ?? []).join(' | ') } };
  };
  const out: RelationFact[] = [];
  for (const b of body) {
    const rate = figureAt(b, rateCol);
    const target = figureAt(b, targetCol);
    const result = figureAt(b, resultCol);
    if (!rate || rate.unit !== '%' || !target || !result || target.unit !== result.unit || target.family === 'money' || Number(target.number) === 0) continue;
    out.push({ relation: 'rate', subject: rate.label, rate, numerator: result, denominator: target, src: rate.src });
  }
  return out;
}

/** 得分率 = 得分 ÷ 分值 (or 满分 / 权重), a row at a time: "决策 | 15 | 14 | 93.33". */
function scoreRateRelations(head: string[], body: readonly Block[]): RelationFact[] {
  const rateCol = head.findIndex((h) => /得分率/.test(h));
  const gotCol = head.findIndex((h, i) => i > 0 && /得分/.test(h) && !/率/.test(h));
  const maxCol = head.findIndex((h, i) => i > 0 && /分值|满分|权重/.test(h) && !/率/.test(h));
  if (rateCol < 0 || gotCol < 0 || maxCol < 0) return [];
  const out: RelationFact[] = [];
  const numberAt = (b: Block, col: number, unit: string, family: string): FigureFact | undefined => {
    const raw = (b.normCells ?? [])[col];
    if (raw === undefined) return undefined;
    const c = compact(raw);
    const m = /^(\d+)(?:\.(\d+))?(%|分)?$/.exec(c.text);
    if (!m) return undefined;
    return {
      label: cellLabel((b.normCells ?? []).map((x) => x.replace(/\s+/g, '')), head[col]), number: m[1]! + (m[2] !== undefined ? '.' + m[2] : ''), unit, family, decimals: m[2]?.length ?? 0,
      src: { line: b.line, column: cellOffset(b, col) + (c.map[0] ?? 0) + 1, length: raw.trim().length, excerpt: (b.cells ?? []).join(' | ') },
    };
  };
  for (const b of body) {
    const rate = numberAt(b, rateCol, '%', 'pct');
    const got = numberAt(b, gotCol, '分', 'score');
    const max = numberAt(b, maxCol, '分', 'score');
    if (!rate || !got || !max || Number(max.number) <= 0) continue;
    out.push({ relation: 'rate', subject: `${rate.label}`, rate, numerator: got, denominator: max, src: rate.src });
  }
  return out;
}

/** A row's name: its first cell, or the first filled one when the first is merged from the row above ("| 总额 | 4753.66 |"). */
/** The name cell of a second side the cell `col` is on, or -1 (a table of one side). */
/** A cell of words (a name), not a figure. */
const nameCell = (c: string | undefined): boolean => c !== undefined && /[\u4e00-\u9fff]/.test(c) && !/^[-\d.,%]+$/.test(c);
/** A cell holding one figure alone: 1,234.56, -72.15, 8.44%. */
const figureCell = (c: string | undefined): boolean => c !== undefined && /^-?[\d,]+(?:\.\d+)?%?$/.test(c);

function sideName(cells: readonly string[], col: number): number {
  for (let k = col - 1; k > 0; k--) {
    if (!nameCell(cells[k])) continue;
    // (the cells between the two names are the first side's figures, filled or blank)
    const between = cells.slice(1, k);
    return between.length > 0 && nameCell(cells[0]) && between.every((c) => c === '' || figureCell(c)) ? k : -1;
  }
  return -1;
}

/**
 * The column where a table's second side starts (收入 | 决算数 | 支出 | …): a column after one of figures whose head
 * and cells are names on most rows, with figures after it; 0 when the table has one side. Only where the two
 * sides' figure columns differ in number (with as many, 收入 | 金额 | 支出 | 金额, the sides are read by their rows
 * as before).
 */
/**
 * Where the second of two sides headed alike starts (科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数, of a 基本支出 table:
 * 人员经费 on the left, 公用经费 on the right): half the columns, where the heads repeat and both sides hold figures; 0 otherwise.
 * (收入 | 决算数 | 支出 | 决算数 heads its sides by their names: read by their rows, as sides of different heads are.)
 */
function mirroredSides(head: readonly string[], body: readonly Block[]): number {
  const n = head.length;
  if (n < 4 || n % 2 !== 0) return 0;
  const s = n / 2;
  if (!head.slice(0, s).every((h, i) => h.replace(/\s+/g, '') === head[s + i]!.replace(/\s+/g, ''))) return 0;
  // (each side's first column names its rows, by a code or by words, wherever it is filled)
  const named = (from: number): boolean => body.filter((b) => !BLANK_CELL.test(cellsOf(b)[from] ?? '')).every((b) => SUBJECT_CODE.test(cellsOf(b)[from] ?? '') || nameCell(cellsOf(b)[from]));
  return named(0) && named(s) && body.some((b) => cellsOf(b).slice(s).some(figureCell)) ? s : 0;
}

/** The name column of a table's second side: 支出, 支出项目, 收入（万元）. */
const SIDE_HEAD = /^(?:支出|收入|项目|支出项目|收入项目)(?:（[^）]*）)?$/;

function secondSide(head: readonly string[], body: readonly Block[]): number {
  for (let s = 2; s < head.length - 1; s++) {
    // (sides of one width are one table read across, "收入 | 决算数 | 支出 | 决算数", unless a row has one side blank: "| | 其他支出 | 51.75"
    // under "其他收入 | 15.30 | 住房保障支出 | 50.00" is the spending side's row, no part of the row above it)
    if (!nameCell(head[s]) || (s - 1 === head.length - 1 - s && !(SIDE_HEAD.test(head[s]!.replace(/\s+/g, '')) && body.some((b) => cellsOf(b).slice(0, s).every((c) => BLANK_CELL.test(c)) && cellsOf(b).slice(s).some(figureCell))))) continue;
    let names = 0;
    let before = 0;
    let after = 0;
    for (const b of body) {
      const cells = cellsOf(b);
      if (nameCell(cells[s])) names++;
      if (cells.slice(1, s).some(figureCell)) before++;
      if (cells.slice(s + 1).some(figureCell)) after++;
    }
    if (names * 5 >= body.length * 3 && before > 0 && after > 0 && body.every((b) => !figureCell(cellsOf(b)[s]))) return s;
  }
  return 0;
}

function rowName(cells: readonly string[]): string {
  // (a budget subject's row is named by its name, not its code: 2080505 | 机关事业单位基本养老保险缴费支出)
  if (SUBJECT_CODE.test(cells[0] ?? '') && /[\u4e00-\u9fff]/.test(cells[1] ?? '')) return cells[1]!;
  return cells[0] || (cells.find((c) => c !== '' && !/^[\d.,%-]+$/.test(c)) ?? '');
}

/**
 * A cell named by its row and its column (总额·预算执行率); the column alone when the row has no name.
 * With `col`: a cell on the second side of a table set out as two side by side (收入 | 金额 | 支出 | 金额:
 * a figure between the row's first name and the cell) is named by its own side's name.
 */
function cellLabel(cells: readonly string[], column: string | undefined, col?: number): string {
  const side = col === undefined ? -1 : sideName(cells, col);
  const row = side > 0 ? cells[side]! : rowName(cells);
  return row && column ? `${row}·${column}` : row || column || '';
}

