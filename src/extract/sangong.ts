/**
 * 三公经费: budget (预算数) and actual (决算数), total and items, from sentences and from tables
 * (项目 | 预算数 | 决算数). A component stated as 0, 无 or 未发生 counts as reported.
 */
import type { Block } from '../read/types.js';
import { amountsIn, type FoundAmount } from './amounts.js';
import { YOY, yoyIn } from './budget.js';
import type { AmountFact, SangongFact, SangongSide, Src, YoyFact } from './model.js';
import { LAST_YEAR_OPENING, PER_UNIT, SHARE_BASE_AFTER, withoutFundNames } from './lexicon.js';
import { parseMoney, fmt, toWanString, type MoneyUnit } from './money.js';
import { charClass, headingNumber, matchesOf, runStart, sentences, sentenceSrc, src, type Sentence } from './text.js';
import { cellOffset, gridHeading, labelValuePairs, onGrid, rowAsSentence } from './cells.js';

export const SANGONG_TOTAL = '三公经费';
export const SANGONG_ITEMS: readonly [string, RegExp][] = [
  // (Hunan's 基础数据表 names it 出国经费)
  ['因公出国（境）费', /因公出国|出国（境）|出国境|^(?:\d+[、.])?出国(?:经?费)/],
  // 公车 for 公务用车 ("公车购置及运行费", "公车运行及维护"); 购置 and 运行 without 费 ("公务用车购置安排692万元");
  // the 基础数据表's "公务用车购置和维护经费"
  // (Guangdong's statements say 车辆购置及运行费, 车辆运行费)
  ['公务用车购置及运行（维护）费', /(?:公务用车|公车|车辆)购置(及|和|与)(?:运行|维护|运维)|公务用车(费|购置及运维)/],
  ['公务用车购置费', /(?:公务用车|公车|车辆)购置(?![及和与税])/],
  ['公务用车运行维护费', /(?:公务用车|公车|车辆)运行/],
  ['公务接待费', /公务接待/],
];
/** Words of the 三公 topic: the total or one of its items (公车 for 公务用车). */
export const SANGONG_TOPIC = /三公|因公出国|公务用车|公车|公务接待/;
/** The three components DOMAIN §3 requires; 公务用车 may be reported as its two parts. */
export const SANGONG_COMPONENTS = ['因公出国（境）费', '公务用车购置及运行（维护）费', '公务接待费'] as const;

/** The budget side: 预算, or what a budget 安排s (财政拨款安排“三公”经费502.4万元); the actual side's words are tested first. */
const BUDGET = /预算|(?<!未|没有|无|不再)安排/;
const ACTUAL = /决算|实际支出|实际发生|支出数|执行数/;
/** 安排的…支出: the spending of an allocation (财政拨款安排的“三公”经费支出), the actual side. */
const SPENT_OF_ALLOCATED = /安排的[^，。；\d]{0,14}支出/;
/** A clause that opens with the budget of the figure before it (…支出0万元，年初预算为1.00万元). */
const BUDGET_NEXT = /^\s*(?:其)?(?:年初|全年|调整后)?预算(?:数|额)?(?:为|是)?\s*\d/;
/** A heading that only says the details follow: （二）具体情况, 2.分项情况, 明细如下. */
const DETAILS_HEADING = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).．、。]\s*)?(?:具体情况|分项情况|明细情况|具体如下|明细如下)[：:。]?$/;
const NIL = /未发生(?!超|违|浪费|问题)|无此项|无(该项)?支出|为0[。；，]?$|均为0|为零|没有发生|未安排|无(公务用车|因公出国|公务接待)|(?:费用?|支出)?没有[。；，]?$/;
/** A clause that opens with the 三公 spending and its figure: 2023年“三公”经费（财政拨款）支出3.18万元, …经费合计支出20.12万元, 2022年州本级部门“三公”经费支出总额为8237.23万元. */
const SPENT_TOTAL = /^(?:[^，。；\d]{0,8}?(?:19|20)\d{2}年度?)?[^，。；\d]{0,12}?[“"「‘']?三公[”"」’']?经费(?:(?:一般)?公共预算)?(?:财政拨款)?(?:合计|共计|总计)?支出(?:总额|合计|总计)?(?:为|是|共计|合计)?\d/;
// (比年初预算增加…, 较上年度预算数减少…: the words between 比 and the period may name its stage)
const CHANGED = /(?:增加|减少|增长|下降|节约|节省|压减|上升|降低|减支|增支)了?$/;
// (no figure between: "比年初预算9.60万元减少2.42万元" states the budget compared with, read below)
const COMPARED = /[比较与][^，。；\d]{0,6}?预算[^，。；\d]{0,6}(?:减少|增加|节约|节省|超出|超支|下降|上升|增长|多|少)|[比较与][^，。；\d]{0,6}?(?:上年|去年)[^，。；]{0,6}(?:减少|增加|节约|节省|超出|超支|下降|上升|增长|多|少)|同比|较上年/;
/** The stage a change is measured against ("较预算节约", "比年初预算减少"): not the clause's own side. */
const COMPARED_WITH = /[比较与](?:全年|年度|年初|调整后)?(?:预算|决算)(?:数)?/g;
/** The words of a budget compared with right before its figure: 较年初预算数15.00万元, 比预算的. */
const COMPARED_BUDGET_FIGURE = /^[比较与](?:全年|年度|年初|调整后)?预算(?:数)?的?$/;
/** "占预算的62.30%", "为年初预算的72.83%", "完成预算的…": the actual measured by the budget, no figure of the budget side. */
const OF_BUDGET = /^(?:占|为|是|完成|达到?)(?:全年|年度|年初|调整后)?预算(?:数)?的/;
/**
 * A clause that opens with what was spent and its figure, with no stage word: "预算12.00万元，支出8.74万元"
 * (not "较2022年支出10万元减少…": a comparison opens with 比/较/与).
 */
const SPENT_FIGURE = /^[^，。；：\d比较与]{0,4}支出(?:数|额|金额)?(?:为|是|共计|合计)?\s*\d/;
/** A clause that opens or closes with 其中: what follows details the figure stated before it. */
const DETAIL = /^其中|其中[：:]?$/;
/** What the figure before is made of, listed: 主要包括…, 具体包括… */
const MADE_OF = /^(?:主要|具体)?包括/;
/** A paragraph that details a total: 其中：…, 2023年度“三公”经费中，因公出国（境）费0.00元；…, “三公”经费财政拨款支出中，… */
const DETAILS_OPENS = /^\s*(?:其中|[^，。；]{0,24}?三公[”"」’']?经费(?:[^，。；：:\d]{0,12}?(?:支出|决算|预算)(?:数|额)?)?中[，：:])/;
/**
 * A run-in title that only says the details follow, before a paragraph's first sentence: "2.具体情况。",
 * "（二）分项情况：", "2.“三公”经费财政拨款支出决算具体情况。".
 */
const DETAILS_RUN_IN = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).．、。]\s*)?[^，。；：:\d]{0,24}?(?:具体|分项|明细)情况[：:。]\s*/;
/** The budget as the bound spending kept to: 控制在预算以内, 未超出预算, 在预算范围内 (of the spending, not a side of its own). */
const WITHIN_BUDGET = /(?:控制在|未超出?|没有超出?|不超过|均在|在)[^，。；\d]{0,6}?预算(?:数|额)?(?:以内|之内|范围内|内)?/g;
/** The spending stated as a share of the budget: 支出为预算数的93.93%, 决算数占预算的86.1%. */
const ACTUAL_AS_SHARE = /(?:支出|决算|实际|执行)[^，。；\d]{0,8}(?:为|占|是|达到?)[^，。；\d]{0,8}预算[^，。；\d]{0,4}的\s*\d+(?:\.\d+)?\s*%/;

/** Whether a change states its figure's prior level and amount, and they make that figure (prior ± change), within their printing. */
function changeAgrees(y: YoyFact, total: AmountFact): boolean {
  if (!y.prior || !y.change) return false;
  const tol = (a: AmountFact): number => 0.5 * 10 ** -a.decimals * (a.unit === '元' ? 1e-4 : a.unit === '亿元' ? 1e4 : 1);
  const made = Number(y.prior.value) + (y.direction === 'up' ? 1 : -1) * Number(y.change.value);
  return Math.abs(made - Number(total.value)) <= tol(y.prior) + tol(y.change) + tol(total) + 1e-9;
}

/** A sentence that opens with the items of the year before: "上年“三公”经费支出中，…". */
const LAST_YEARS_ITEMS = /^(?:上年度?|去年|上一年度?)(?!结转|结余)[^，。；\d]{0,16}中[，：:]/;
/** A title that names what the paragraph states: "2.“三公”经费财政拨款支出决算具体情况。", "（二）“三公”经费预算情况说明". */
const SIDE_TITLE = /^[^，；、]{0,40}(?:情况|说明)(?:如下)?[：:。]?$/;
/** The 三公 spending whose items follow, with no figure of its own: "2023年度“三公”经费财政拨款支出中，". */
const SPENT_IN = /三公[”"」’']?经费(?:(?:一般)?公共预算)?(?:财政拨款)?支出(?:总额|合计)?中[，：:]?$/;
/** A sentence that opens with a comparison (较上年9.15万元减少0.41万元，下降4.48%): no figure of its own. */
const COMPARISON_OPENS = /^\s*(?:比|较|与|同比)/;
/** A comparison that opens with the budget compared with and its figure: 比预算18.50万元减少…, 较年初预算数15.00万元… */
const BUDGET_COMPARED_OPENS = /^\s*[比较与](?:全年|年度|年初|调整后)?预算(?:数)?(?:为)?\d/;
// (or 系 after a comma: "超出预算的2.75万元，系年中经县政府批准…追加的购置经费"; not 系统, 系列)
const REASON = /原因|主要是|主要由于|由于|因为|系因|[，；]系(?!统|列|数|指)[^，。；]{4,}/;
/**
 * Before a figure, in its clause: last year's level it is compared with ("比上年的9.80万元减少…",
 * "较上年度决算数（10.90万元）", "上年“三公”经费决算10.90万元"), never a figure of the year
 * (not 与上年相比, 上年结转).
 */
const PRIOR_LEVEL = /(?:^|[比较与])\s*(?:上年|去年|上一年)(?:度)?(?!相比|同期相比|比较|结转|结余|末)/;

/** The state a 三公 paragraph leaves for the paragraph after it. */
interface Passage {
  inSangong: boolean;
  side: 'budget' | 'actual' | undefined;
  otherYear: boolean;
}

/** A sentence that is only a list number, after a lead-in or none ("2。", "具体情况：1。"). */
const LIST_NUMBER = /^\s*(?:[^，。；\d]{0,12}[：:])?\s*\d{1,2}。$/;

/**
 * A paragraph whose first clause, after its list number and a lead-in (分项：, 其中：, 具体情况：1.),
 * names a 三公 item and not the total: "（一）因公出国（境）费：0元。", "2。分项：因公出国（境）费0万元；…".
 */
function opensWithItem(norm: string): boolean {
  const rest = norm.slice(headingNumber(norm).length).replace(/^\s*([^，。；\d]{0,10}[：:])\s*(?:\d{1,2}。|（[一二三四五六七八九十\d]{1,2}）)/, '$1');
  const first = /^[^，。；]*/.exec(rest)![0];
  return !/三公/.test(first) && SANGONG_ITEMS.some(([, re]) => re.test(first));
}

/** The 三公 item the words name (因公出国（境）费, 公务接待费 …), undefined when they name none or the whole. */
export function sangongItem(words: string): string | undefined {
  const item = itemOf(words);
  return item === SANGONG_TOTAL ? undefined : item;
}

/**
 * A clause saying that a thing of its own naming did not happen, no 三公 item nor the spending in general: 未发生外事接待,
 * 没有发生出国考察以外的…. Its nil is of that thing.
 */
function otherThingNotHad(clause: string): boolean {
  const m = /(?:未发生|没有发生)([\u4e00-\u9fff]{2,10})/.exec(clause);
  if (!m) return false;
  const thing = m[1]!;
  return itemOf(thing) === undefined && !/^(?:此项|该项|此类|相关|上述|任何|过|该类)|支出|费用|经费|开支/.test(thing);
}

function itemOf(clause: string): string | undefined {
  if (/三公/.test(clause) && !SANGONG_ITEMS.some(([, re]) => re.test(clause))) return SANGONG_TOTAL;
  // the most specific item named in the clause
  for (const [name, re] of SANGONG_ITEMS.slice(2)) if (re.test(clause)) return name;
  for (const [name, re] of SANGONG_ITEMS.slice(0, 2)) if (re.test(clause)) return name;
  return undefined;
}

function emptySide(): SangongSide {
  return { items: {} };
}

/**
 * The year a sentence's figures are of: the last year it names before its first amount (not a date,
 * 2023年12月31日). "公布2024年决算和2025年预算情况：2025年…预算100万元" states next year's budget.
 */
function yearOfFigures(s: Sentence): number | undefined {
  const first = amountsIn(s)[0];
  const head = s.norm.slice(0, first ? first.at : s.norm.length);
  let year: number | undefined;
  for (const m of head.matchAll(/((?:19|20)\d{2})年(?!\d{1,2}月)/g)) year = Number(m[1]);
  return year;
}

export function extractSangong(blocks: readonly Block[], reportYear?: number): SangongFact {
  const fact: SangongFact = { budget: emptySide(), actual: emptySide() };
  // sentences of another year are set aside only where some 三公 sentence states the report's year's
  // figures (a cover year one off from the year all the 三公 sentences name must not empty both sides)
  const year = reportYear !== undefined && blocks.some((b) => b.kind !== 'row' && SANGONG_TOPIC.test(b.norm) && sentences(b).some((s) => yearOfFigures(s) === reportYear)) ? reportYear : undefined;
  // where the 三公 sentences of the paragraph before left off: a paragraph that opens with 其中 (or
  // …“三公”经费中，) or with an item details the total of the paragraph right before it ("…支出决算
  // 8,600.00元，完成预算的71.67%。具体情况：" / next lines "（一）因公出国（境）费：0元。", "2. 分项：公务
  // 接待费1.20万元；…"), on that total's side; so does each such paragraph after it, until a heading or
  // a paragraph that names no item
  let before: Passage | undefined;
  for (const raw of blocks) {
    // (a row whose cells name their own figures reads as a sentence: "公务用车运行维护费 | 预算6.00万元 | 支出5.12万元")
    const block = rowAsSentence(raw) ?? raw;
    // (an empty paragraph between, a blank line of the text or of the Word file, changes nothing; nor does a heading
    // that only says the details follow, "（二）具体情况", between the total and its items)
    if (block.kind !== 'row' && (block.norm.trim() === '' || DETAILS_HEADING.test(block.norm.trim()))) continue;
    // (after a run-in title that says the details follow: "2.具体情况。其中，因公出国（境）费0万元，…")
    const opening = block.kind !== 'row' ? block.norm.replace(DETAILS_RUN_IN, '') : '';
    const detailsBefore = before !== undefined && block.kind !== 'row' && (DETAILS_OPENS.test(opening) || opensWithItem(opening)) ? before : undefined;
    // "超预算原因：…" in the paragraph after the 三公 figures (naming none of them)
    if (before?.inSangong && block.kind !== 'row' && !SANGONG_TOPIC.test(block.norm) && REASON.test(block.norm) && headingNumber(block.norm).style === 'none') {
      fact.reason ??= sentenceSrc(sentences(block)[0]!);
    }
    before = undefined;
    if (block.kind === 'row') continue;
    if (!SANGONG_TOPIC.test(block.norm)) continue;
    // the state after the paragraph's last 三公 sentence (not after a "具体情况：" that closes it)
    let last: Passage | undefined;
    let inSangong = detailsBefore?.inSangong ?? false;
    // the side the sentences of the paragraph speak of, until one names another ("…决算支出数为
    // 1165.08万元。其中：因公出国（境）费支出0万元；公务用车购置费支出204.78万元；…": ； ends a sentence)
    let side = detailsBefore?.side;
    // a sentence of another year's 三公 figures (last year's, for comparison; next year's budget), and
    // the 其中 sentences after it, state no figure of the report's year
    let otherYear = detailsBefore?.otherYear ?? false;
    // the side whose total the sentence before stated
    let lastTotal: 'budget' | 'actual' | undefined;
    // the same, kept over the comparison sentences after that sentence
    let comparedTotal: 'budget' | 'actual' | undefined;
    // whether that sentence states the spending only as a share of the budget ("…预算数92.00万元，…支出为预算数的93.93%")
    let actualAsShare = false;
    // the item a sentence of its own named ("1.因公出国（境）费。"), for the next sentence
    let titled: string | undefined;
    for (const s of sentences(block)) {
      // a list number the text's "1." became ("具体情况：1。因公出国（境）费：0元；2。…"): no sentence
      // (nor is a run-in title that only says the details follow, "2.具体情况。")
      if (LIST_NUMBER.test(s.norm) || DETAILS_HEADING.test(s.norm.trim())) continue;
      // "…支出8.74万元，为全年预算12.00万元的72.83%；较上年9.15万元减少0.41万元，下降4.48%。其中：…": a
      // comparison between a total and its 其中 states no figure of the year (nor is 较2022年 a sentence
      // of 2022's figures); the topic and the side go on over it
      // (the items its reason names, "…下降9.30%，主要原因是…从严控制公务接待和公务用车使用", are no topic of its own)
      if (inSangong && !otherYear && COMPARISON_OPENS.test(s.norm) && !SANGONG_TOPIC.test(s.norm.slice(0, REASON.exec(s.norm)?.index ?? s.norm.length))) {
        // it is the change of the total stated last ("…支出决算15.86万元，为预算的66.08%。比上年减少1.49万元，
        // 下降8.59%。"), when it opens with the comparison and its verb
        // (only right after the sentence that states the total: after an item, "…12.46万元…；较上年（13.72万元）
        // 减少1.26万元", it is the item's)
        // (of the side the comparison names, 比2022年度决算5.37万元减少…; else of the total stated last)
        const c = YOY.exec(s.norm);
        const of = c?.index === 0 && lastTotal ? (ACTUAL.test(c[0]) ? 'actual' : BUDGET.test(c[0]) ? 'budget' : lastTotal) : undefined;
        // (a comparison naming no side after a sentence of the budget's total and the spending as its share, "…预算数92.00万元，…支出为
        // 预算数的93.93%。较2022年度91.75万元减少5.33万元": of the budget only where it agrees with it; else of the spending, whose figure
        // is not stated: not read)
        const y = of && fact[of].total && !fact[of].yoy ? yoyIn(s, amountsIn(s), { at: 0, end: 0 }) : undefined;
        if (y && !(of === 'budget' && actualAsShare && !ACTUAL.test(c![0]) && !BUDGET.test(c![0]) && !changeAgrees(y, fact.budget.total!))) fact[of!].yoy = y;
        // (a comparison with the budget that states it, in a run of comparisons after the total: "“三公”经费支出16.27万元，较上年
        // 减少1.63万元；比预算18.50万元减少2.23万元" states the total's budget)
        comparedTotal = lastTotal ?? comparedTotal;
        if (comparedTotal === 'actual' && !fact.budget.total && BUDGET_COMPARED_OPENS.test(s.norm)) readSentence(s, fact, SANGONG_TOTAL, 'actual');
        lastTotal = undefined;
        continue;
      }
      // ("…62批次、538人次，批均接待费2,301.29元，人均接待费265.20元。": measures of the item stated before, in
      // words of their own; the topic and the side go on over them)
      const found = amountsIn(s);
      if (inSangong && !SANGONG_TOPIC.test(s.norm) && found.length > 0 && found.every((a) => PER_UNIT.test(a.label))) continue;
      const y = year !== undefined ? yearOfFigures(s) : undefined;
      if (y !== undefined) otherYear = y !== year;
      else if (!/^其中/.test(s.norm.trim())) otherYear = false;
      if (otherYear) {
        inSangong = false;
        side = undefined;
        last = { inSangong, side, otherYear };
        continue;
      }
      // "因公出国（境）费、公务用车购置及运行维护费、公务接待费的支出决算分别为0万元、12.25万元、3.12万元": the items named, then
      // their figures in the same order
      // (with no words of a side, on the side of the 三公 sentence it goes on with: "…决算9.84万元。其中：…；公务用车运行维护费和公务接待费
      // 分别为7.26万元和2.58万元")
      const pairedSide = respectively(s, fact, inSangong ? side : undefined);
      if (pairedSide) {
        inSangong = true;
        side = pairedSide;
        last = { inSangong, side, otherYear };
        continue;
      }
      // a reason for an overrun may follow in the next sentence of the same paragraph
      if (REASON.test(s.norm)) fact.reason ??= sentenceSrc(s);
      const names = SANGONG_TOPIC.test(s.norm);
      // "…；决算数9.12万元，其中…": a sentence after a 三公 sentence that only names its side
      const continues: boolean = inSangong && (BUDGET.test(s.norm) || ACTUAL.test(s.norm));
      const wasInSangong = inSangong;
      inSangong = names || continues;
      if (!inSangong) {
        side = undefined;
        continue;
      }
      // after a 三公 sentence, an amount whose clause names no item is the 三公 total of its side
      // ("1.因公出国（境）费。年初预算0万元，支出决算0万元。": an item named by a sentence of its own is what the next
      // sentence's figures are of)
      side = readSentence(s, fact, titled ?? (wasInSangong || !names ? SANGONG_TOTAL : undefined), wasInSangong ? side : undefined);
      const title = found.length === 0 ? s.norm.replace(/^\s*\d{1,2}[。.．、]\s*/, '') : '';
      const named = title && title.length <= 16 ? itemsOf(title.replace(/[。；]$/, '')) : [];
      titled = named.length === 1 && named[0] !== SANGONG_TOTAL ? named[0] : undefined;
      last = { inSangong, side, otherYear };
      readWhole(s, fact);
      // 同比 after a total: "决算数6.30万元，同比减少0.90万元，下降12.50%"; not after a total that
      // is the base of a rate ("决算为62.07万元，完成全年预算84.82万元的73.2%，比上年增加…": the actual's)
      // the total each side states in this sentence, and the 同比 after it
      const stated: { side: 'budget' | 'actual'; at: number; y: NonNullable<ReturnType<typeof yoyIn>> }[] = [];
      for (const side of ['budget', 'actual'] as const) {
        const t = fact[side].total;
        const at = t && t.src.line === s.line ? found.find((a) => a.src.column === t.src.column) : undefined;
        const y = at && !fact[side].yoy && !SHARE_BASE_AFTER.test(s.norm.slice(at.end, at.end + 12)) ? yoyIn(s, found, at) : undefined;
        // (not past an item's figure between: "实际支出23.87万元，其中公务用车运行维护费19.94万元，比上年的21.00万元减少1.06万元" is the item's)
        if (y && found.some((a) => a !== at && a.src.column > at!.src.column && a.src.column < y.src.column && SANGONG_ITEMS.some(([, re]) => re.test(a.label)))) continue;
        if (y) stated.push({ side, at: at!.at, y });
      }
      // "预算为8万元，决算为3万元，完成预算的37.5%，较上年减少1万元": one 同比, of the total stated last before it
      if (stated.length === 2 && stated[0]!.y.src.column === stated[1]!.y.src.column) stated.splice(stated[0]!.at < stated[1]!.at ? 0 : 1, 1);
      for (const x of stated) fact[x.side].yoy = x.y;
      // (of an actual and a budget beside it, the actual, the budget being its measure, as a 其中 after them)
      const statesTotal = (side: 'budget' | 'actual'): boolean => {
        const t = fact[side].total;
        return t !== undefined && t.src.line === s.line && found.some((a) => a.src.column === t.src.column);
      };
      lastTotal = statesTotal('actual') ? 'actual' : statesTotal('budget') ? 'budget' : undefined;
      actualAsShare = lastTotal === 'budget' && ACTUAL_AS_SHARE.test(s.norm);
      comparedTotal = undefined;
      // "“三公”经费支出决算比上年的21.17万元减少1.33万元，下降6.28%" after the figures: the change of the
      // total stated before, when the sentence names the 三公 total (no item, no figure of the year)
      // before the comparison; of the side its words name (of the actual when they name none)
      const m = stated.length === 0 ? YOY.exec(s.norm) : null;
      const head = m ? s.norm.slice(0, m.index) : '';
      if (m && /三公/.test(head) && !SANGONG_ITEMS.some(([, re]) => re.test(head)) && !found.some((a) => a.at < m.index)) {
        // (a rate of the budget before it, "“三公”经费预算执行率86.33%，比上年的9.12万元减少…", measures what was spent: no side of its own)
        // (nor does the base of a share, "“三公”经费支出占预算的82.90%，比上年的16.50万元减少…", or the bound it kept to, "“三公”经费支出
        // 控制在预算以内，比上年的3.47万元减少…": the spending's)
        const sided = head.replace(/(?:预算)?(?:执行|完成)率[^，。；]*/g, '').replace(/(?:占|为|是|达到?)[^，。；\d]{0,10}?的\s*\d+(?:\.\d+)?\s*%/g, '').replace(WITHIN_BUDGET, '');
        const named = ACTUAL.test(sided) ? 'actual' : BUDGET.test(sided) ? 'budget' : 'actual';
        if (fact[named].total && !fact[named].yoy) fact[named].yoy = yoyIn(s, found, { at: m.index, end: m.index });
      }
    }
    before = last ?? { inSangong, side, otherYear };
  }
  readTables(blocks, fact, reportYear);
  readItemColumns(blocks, fact, reportYear);
  const unread = unreadTable(blocks, fact);
  if (unread) fact.unreadTable = unread;
  return fact;
}

/** A 三公 table's caption: 财政拨款“三公”经费支出决算表, 表2 2024年度“三公”经费预算执行情况表. */
const SANGONG_CAPTION = /[“"]?三公[”"]?经费.{0,16}表$/;
/** A line of figures: four or more, set apart by spaces. */
const FIGURE_LINE = /^(?:\s*-?[\d,]+(?:\.\d+)?%?){4,}\s*$/;

/**
 * A 三公 table that could not be read as a table: its caption, then (before a sentence ends, and before
 * any line a 三公 figure was read on) a line of four or more bare figures, as a table with a heading over
 * several rows becomes when copied out of a PDF. Its figures cannot be told apart (budget or actual, which item): the
 * checks that nothing is stated are not made (findings/skipped), not failed.
 */
function unreadTable(blocks: readonly Block[], fact: SangongFact): Src | undefined {
  // the lines a 三公 figure was read on
  const read = new Set<number>();
  for (const side of [fact.budget, fact.actual]) {
    if (side.total) read.add(side.total.src.line);
    for (const v of Object.values(side.items)) if (v !== 'nil') read.add(v.src.line);
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // (a cheap test first: this looks at every paragraph of every report)
    if (b.kind !== 'paragraph' || !b.norm.includes('三公') || !SANGONG_CAPTION.test(b.norm.replace(/\s+/g, ''))) continue;
    for (let j = i + 1; j < Math.min(blocks.length, i + 16); j++) {
      const x = blocks[j]!;
      if (/[。；]\s*$/.test(x.norm) || read.has(x.line)) break;
      if (FIGURE_LINE.test(x.norm)) return src(b.line, 0, b.text);
    }
  }
  return undefined;
}

/** Clause by clause: each clause names (or inherits) its side and its item(s). */
function readSentence(s: Sentence, fact: SangongFact, defaultItem: string | undefined, carried: 'budget' | 'actual' | undefined): 'budget' | 'actual' | undefined {
  let side = carried;
  // the figures stated last, of one item, and their sides: what a 其中 after them details, and what a
  // sentence after it goes on about. Of an actual and a budget beside it, the actual: "支出8.74万元，
  // 预算12.00万元。其中：…", "支出8.74万元，为全年预算12.00万元的72.83%。其中：…" and "预算12.00万元，支出
  // 8.74万元。其中：…" detail the 8.74 spent, the budget being its measure; only a budget stated alone
  // takes the list ("预算数3.00万元，其中…；决算数2.50万元，其中…"). (Was: the side the last figure went to.)
  let last: { item: string; budget: boolean; actual: boolean } | undefined;
  const subject = (): 'budget' | 'actual' | undefined => (last?.actual ? 'actual' : last?.budget ? 'budget' : undefined);
  let both = false;
  let items: string[] = defaultItem ? [defaultItem] : [];
  let nil = false;
  let offset = 0;
  // the sentence's amounts, found once: no amount spans a clause mark, so a clause's amounts are
  // those that start inside it (was: found again in every prefix of the sentence, one new memo
  // entry per clause)
  const all = amountsIn(s);
  // (a 其中： with no mark before it, "较年初预算减少28%其中：…", ends the clause as well; so does any
  // colon: "公布2024年“三公”经费决算和2025年预算情况：2025年…预算100万元" states a budget after it)
  const clauses = s.norm.split(/(?<=[，；、（）：:])/);
  // (a sentence that opens with a figure of the year before states that year's figures throughout: "上年“三公”经费支出
  // 45.90万元，其中公务接待费11.20万元，公务用车运行维护费34.70万元")
  // (so does one whose items are of the year before: "上年“三公”经费支出中，公务用车运行维护费25.12万元、…")
  const lastYears = LAST_YEAR_OPENING.test(s.norm.trimStart()) || LAST_YEARS_ITEMS.test(s.norm.trimStart());
  // a bracket of figures after a figure details it ("预算10.00万元（因公出国（境）费0万元、…公务接待费
  // 2.00万元），支出决算9.00万元"): after it closes, a clause that names no item is of the item before it
  // (not so a bracket of a name, 因公出国（境）费)
  let depth = 0;
  let outer: { items: string[]; figures: boolean } | undefined;
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    const c = clause.replace(/\s+/g, '');
    // "预算和决算均为0万元" speaks of both sides
    // ("预算数和支出决算数均为0元": the side's words between)
    both = /预算(数)?(和|及|与|、)(?:支出|实际支出)?决算|决算(数)?(和|及|与|、)(?:年初)?预算/.test(c);
    // "财政拨款安排的“三公”经费支出3.10万元": spending out of what was allocated, not a budget
    const spentOfAllocated = SPENT_OF_ALLOCATED.test(c);
    const named = itemsOf(c);
    // "决算17.36万元，较预算节约0.64万元，…": the stage compared with is no side of the clause
    const own = c.replace(COMPARED_WITH, '');
    // "…支出8.74万元，预算12.00万元，其中：…": the list details the figures before it, on their subject's side
    if (DETAIL.test(c)) side = subject() ?? side;
    // "公用经费146.20万元，全年预算149.67万元（…），主要包括办公费…、公务接待费0.86万元": what the sentence's
    // first figure is made of, that figure stated with no stage word and its budget beside it: the actual
    else if (MADE_OF.test(c) && ci > 1 && firstIn(all, 0, clauses[0]!.length) && !BUDGET.test(withoutFundNames(clauses[0]!)) && !ACTUAL.test(clauses[0]!) && BUDGET_NEXT.test(clauses[1]!)) side = 'actual';
    // "…决算支出785万元，较年初预算减少28%，其中：…": a comparison with the budget names no side of its own
    if ((COMPARED.test(c) || OF_BUDGET.test(c)) && !firstIn(all, offset, offset + clause.length)) {
      // (the side stays the figure's before it)
    } else if (ACTUAL.test(own)) side = 'actual';
    else if (BUDGET.test(spentOfAllocated ? withoutFundNames(own).replace(SPENT_OF_ALLOCATED, '') : withoutFundNames(own))) side = 'budget';
    else if (spentOfAllocated) side = 'actual';
    // "财政拨款预算12.00万元，支出8.74万元": what was spent of the same item as the budget figure just
    // before it is the actual (not so a 其中 list's "公务接待费支出3万元" under a budget: it names its item)
    else if (side === 'budget' && named.length === 0 && last?.budget && last.item === items[0] && SPENT_FIGURE.test(c)) side = 'actual';
    // "公务接待费支出3.10万元，年初预算为3.00万元": an item's spending, then its budget beside it
    else if (/支出/.test(c) && BUDGET_NEXT.test(clauses[ci + 1] ?? '')) side = 'actual';
    // "2．公务用车运行维护费6.67万元（预算7.50万元）": an item's figure with its budget in the bracket right after it is what was spent
    else if (c.endsWith('（') && firstIn(all, offset, offset + clause.length) && BUDGET_NEXT.test(clauses[ci + 1] ?? '')) side = 'actual';
    // "全年支出26.74万元，完成预算的84.62%": what was spent, measured by the budget in the clause after it
    else if (SPENT_FIGURE.test(c) && OF_BUDGET.test((clauses[ci + 1] ?? '').replace(/\s+/g, ''))) side = 'actual';
    // "也未发生“三公”经费支出": what happened is the actual side
    else if (/未发生|没有发生/.test(c)) side = 'actual';
    // "2023年“三公”经费财政拨款支出3.18万元": the 三公 spending itself, named with no stage word (also after a sentence of the budget:
    // "…预算15.00万元，其中：…。全年“三公”经费支出12.46万元，完成预算的83.07%")
    // (or a sentence of its own after the budget's: "2023年“三公”经费预算18.60万元。2023年“三公”经费支出15.87万元。")
    else if ((!side || ci === 0 || clauses.length > ci + 1 && OF_BUDGET.test((clauses[ci + 1] ?? '').replace(/\s+/g, ''))) && SPENT_TOTAL.test(c)) side = 'actual';
    // "2023年度“三公”经费财政拨款支出中，因公出国（境）费0万元；…": the items of the 三公 spending
    else if (!side && SPENT_IN.test(c)) side = 'actual';
    if (named.length > 0) items = named;
    // "决算数比预算数减少3.13万元": a difference, not a figure of either side
    let a = COMPARED.test(c) ? undefined : firstIn(all, offset, offset + clause.length);
    // "较上年增加3万元，其中公务用车运行维护费增加2万元": an amount right after 增加/减少 is a change
    if (a && CHANGED.test(s.norm.slice(offset, a.at))) a = undefined;
    // "平均每辆车运行维护费1.71万元", "人均接待费用83.05元": a measure of the item, not its amount
    if (a && PER_UNIT.test(a.label)) a = undefined;
    // last year's level: neither a figure nor a nil of the year ("上年无此项支出；": the clause itself
    // when it has no figure; was the text after its closing mark, nothing)
    const prior = lastYears || PRIOR_LEVEL.test(a ? priorClause(s.norm, a.at) : c);
    if (prior) a = undefined;
    // "未发生因公出国（境）费和公务用车购置及运行维护费": the nil goes on over the following clauses
    // (not one that names another thing not had: "全年国内公务接待46批次、412人次，未发生外事接待" says nothing of 公务接待费)
    if (NIL.test(c) && !prior && !otherThingNotHad(c)) nil = true;
    if (a) nil = false;
    const item = items[0];
    // ("…支出12.36万元，较年初预算数15.00万元减少2.64万元": the budget compared with, stated with its figure, is the budget; the side goes on)
    const comparedBudget = a !== undefined && COMPARED_BUDGET_FIGURE.test(s.norm.slice(offset, a.at).replace(/\s+/g, ''));
    const sides = comparedBudget ? (['budget'] as const) : both ? (['budget', 'actual'] as const) : side ? [side] : [];
    if (a && item) {
      if (sides.length > 0) {
        if (last?.item !== item) last = { item, budget: false, actual: false };
        for (const sd of sides) last[sd] = true;
      }
      for (const sd of sides) {
        fact[sd].src ??= sentenceSrc(s);
        setItem(fact[sd], item, { label: a.label, value: a.value, printed: a.printed, unit: a.unit, decimals: a.decimals, src: a.src });
      }
    } else if (!a && !prior && !COMPARED.test(c) && (nil || /(^|[^\d.])0(万元|元)/.test(c)) && items.length > 0) {
      // not spent: on the side(s) named, else on the actual side (未发生 speaks of what happened)
      for (const sd of sides.length > 0 ? sides : (['actual'] as const)) {
        fact[sd].src ??= sentenceSrc(s);
        for (const it of items) setItem(fact[sd], it, 'nil');
      }
    }
    if (depth > 0 && a && outer) outer.figures = true;
    if (clause.endsWith('（') && depth++ === 0) outer = { items, figures: false };
    else if (clause.endsWith('）') && depth > 0 && --depth === 0) {
      if (outer?.figures) items = outer.items;
      outer = undefined;
    }
    offset += clause.length;
  }
  // (a title of no figure that names its side, "2.“三公”经费财政拨款支出决算具体情况。", gives it to the sentence after it;
  // not so a sentence of what happened, "全年安排因公出国（境）团组0个")
  return subject() ?? (all.length === 0 && SIDE_TITLE.test(s.norm.trim()) ? (side ?? carried) : carried);
}

/** The clause before `at`, over the brackets in it ("较上年度决算数（10.90万元" for the 10.90). */
function priorClause(norm: string, at: number): string {
  return norm.slice(runStart(norm, at, PRIOR_CLAUSE_STOPS), at);
}

const PRIOR_CLAUSE_STOPS = charClass('，；：:。');

/** The first amount that starts in [from, to). */
function firstIn(amounts: readonly FoundAmount[], from: number, to: number): FoundAmount | undefined {
  for (const a of amounts) if (a.at >= from && a.at < to) return a;
  return undefined;
}

/** The last amount that ends by `at` (no amount spans the 均 of 均为0 at `at`). */
function lastBefore(amounts: readonly FoundAmount[], at: number): FoundAmount | undefined {
  let last: FoundAmount | undefined;
  for (const a of amounts) if (a.end <= at) last = a;
  return last;
}

const OF_BUDGET_PCT = /(?:占|为|是|完成|达到?)(?:全年|年度|年初|调整后)?预算(?:数)?的[\d.]+%/g;
/** A clause that states something of its own about an item (全部为公务接待费): not one of the items 均为0 speaks of. */
const OWN_STATEMENT = /^(?:全部|均|都|主要|其中)/;
/** (均未安排预算 says nothing was budgeted for the items: the budget side; 均未列支 nothing spent) */
const ALL_NIL = /均为0|均为零|均未发生(?!超|违|浪费|问题)|均无(?!超)|均未(?:安排|列支|编制)(?:预算)?/g;
const ALL_ONE = /(?:均为|全部为|全部是|全为|都是|均是)(公务接待费|因公出国（境）费|公务用车购置及运行（维护）费|公务用车购置及运行维护费|公务用车运行维护费)/;

/**
 * Statements about several items at once: "因公出国（境）费、公务用车购置及运行维护费均为0" (each of
 * the items named before 均为0 is nil), and "三公经费…1.32万元，均为公务接待费" (one item is the total).
 */
function readWhole(s: Sentence, fact: SangongFact): void {
  for (const m of matchesOf(ALL_NIL, s.norm)) {
    const before = s.norm.slice(0, m.index);
    const lastAmount = lastBefore(amountsIn(s), m.index);
    const segment = before.slice(lastAmount ? lastAmount.end : 0);
    // (占预算的62.30% measures the actual: no budget side)
    const sided = segment.replace(OF_BUDGET_PCT, '');
    const side = /安排|编制|预算/.test(m[0]) ? 'budget' : ACTUAL.test(sided) ? 'actual' : BUDGET.test(sided) ? 'budget' : 'actual';
    // the items named in the clauses right before 均为0, back to one that names none or states
    // something of its own ("全部为公务接待费，因公出国（境）费、…均为0元": not the reception)
    const pieces = segment.split('，');
    let k = pieces.length;
    // (a list opened by 其中： is the items' own: "其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费的支出均为0元")
    while (k > 0 && !OWN_STATEMENT.test(pieces[k - 1]!.replace(/^其中[：:]/, '')) && itemsOf(pieces[k - 1]!.replace(/\s+/g, '')).length > 0) k--;
    // plain loop: one elements kind, no deopt in a batch
    const items = new Set<string>();
    for (const x of pieces.slice(k).join('，').split(/和|及(?!运行)|与|、|，/)) {
      const it = itemOf(x.replace(/\s+/g, ''));
      if (it !== undefined && it !== SANGONG_TOTAL) items.add(it);
    }
    for (const it of items) {
      fact[side].src ??= sentenceSrc(s);
      setItem(fact[side], it, 'nil');
    }
  }
  const one = ALL_ONE.exec(s.norm);
  // ("公务用车购置及运行维护费支出15.37万元，占“三公”经费的76.13%，全部为公务用车运行维护费": all of the car
  // item named before it, not of the 三公 total)
  if (one && !otherItemBefore(s.norm.slice(0, one.index), itemOf(one[1]!))) {
    const item = itemOf(one[1]!);
    for (const side of ['budget', 'actual'] as const) {
      const total = fact[side].total;
      if (item && total) setItem(fact[side], item, total);
    }
  }
}

/** Every item a clause names ("因公出国（境）费和公务用车购置及运行维护费均为0": both). */
/** Whether a clause of `text` names a 三公 item other than the total and `item`. */
function otherItemBefore(text: string, item: string | undefined): boolean {
  for (const clause of text.replace(/\s+/g, '').split(/[，；：。]/)) for (const x of itemsOf(clause)) if (x !== SANGONG_TOTAL && x !== item) return true;
  return false;
}

function itemsOf(clause: string): string[] {
  // plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const found: string[] = [];
  for (const p of clause.split(/和|及(?!运行)|与|、/)) {
    const x = p.length > 0 ? itemOf(p) : undefined;
    if (x !== undefined) found.push(x);
  }
  const one = itemOf(clause);
  return found.length > 1 ? [...new Set(found)] : one ? [one] : [];
}

/** Items named in a run joined by 、 (和, 及) before 分别为 / 分别是, and the words of their side between: …公务接待费的支出决算分别为 */
const RESPECTIVELY = /([^，。；：]*?)分别(?:为|是)[：:]?\s*(?=\d)/;

/** The 三公 items named before 分别为 and their figures after it, in order; the side they were set on, or undefined. */
function respectively(s: Sentence, fact: SangongFact, going?: 'budget' | 'actual'): 'budget' | 'actual' | undefined {
  const m = RESPECTIVELY.exec(s.norm);
  if (!m) return undefined;
  // (at 、 only: 公务用车购置及运行维护费 holds its own 及)
  // (and at a 和 / 及 / 与 between two items' names: "公务接待费和公务用车运行维护费", not inside one, 公务用车购置及运行维护费)
  const names = m[1]!.replace(/^.*[，。；：]/, '').split('、').flatMap((x) => joinedItems(x.trim())).filter((x) => x.length > 0);
  if (names.length < 2) return undefined;
  // (the last name goes on with the words of the side: 公务接待费的支出决算)
  const lastName = names[names.length - 1]!;
  const cut = lastName.search(/的|支出|决算|预算|实际|执行/);
  const words = cut > 0 ? lastName.slice(cut) : '';
  if (cut > 0) names[names.length - 1] = lastName.slice(0, cut);
  const items = names.map((x) => sangongItem(x));
  if (items.some((x) => x === undefined) || new Set(items).size !== items.length) return undefined;
  const from = m.index + m[0].length;
  // (no words of a side, the budgets named after: "…分别为0万元、4.26万元和17.20万元，对应的预算数分别为0万元、6.00万元和22.00万元")
  // (from the first clause mark after the values, a comma)
  const comma = from + s.norm.slice(from).search(/[，,。；]/);
  const budgets = comma >= from ? BUDGETS_AFTER.exec(s.norm.slice(comma)) : null;
  const side = ACTUAL.test(words) || /支出/.test(words) ? 'actual' : BUDGET.test(words) ? 'budget' : budgets ? 'actual' : going;
  if (!side) return undefined;
  const found = amountsIn(s);
  const values = found.filter((a) => a.at >= from);
  if (values.length < items.length) return undefined;
  const put = (on: 'budget' | 'actual', run: readonly FoundAmount[]): void => {
    fact[on].src ??= sentenceSrc(s);
    items.forEach((item, k) => {
      const a = run[k]!;
      setItem(fact[on], item!, { label: a.label, value: a.value, printed: a.printed, unit: a.unit, decimals: a.decimals, src: a.src });
    });
  };
  put(side, values);
  if (budgets && side === 'actual' && !words) {
    const at = comma + budgets[0].length;
    const run = found.filter((a) => a.at >= at);
    if (run.length >= items.length) put('budget', run);
  }
  return side;
}

/** The budgets of the items named before, after the comma that ends their values: "，对应的预算数分别为0万元、…". */
const BUDGETS_AFTER = /^[^。；]*?[，,]\s*(?:对应的?|相应的?|其)?(?:年初)?预算(?:数|额)?(?:分别)?(?:为|是)[：:]?\s*(?=\d)/;

/** Two items' names joined by 和 / 及 / 与 ("公务接待费和公务用车运行维护费"), each an item; else the name as it is. */
function joinedItems(name: string): string[] {
  if (sangongItem(name) !== undefined && !/费[和及与]/.test(name)) return [name];
  const m = /^(.+?费)[和及与](.+)$/.exec(name);
  return m && sangongItem(m[1]!) !== undefined && sangongItem(m[2]!) !== undefined ? [m[1]!, m[2]!] : [name];
}

function setItem(side: SangongSide, item: string, v: AmountFact | 'nil'): void {
  if (item === SANGONG_TOTAL) {
    if (v === 'nil') side.items[item] ??= v;
    else if (!side.total) side.total = v;
    // the total stated again in another place (a sentence and the table below it)
    else if (v.src.line !== side.total.src.line) (side.again ??= []).push(v);
    return;
  }
  const first = side.items[item];
  if (first === undefined) side.items[item] = v;
  // a component stated again in another place (a sentence and a table's row)
  else if (first !== 'nil' && v !== 'nil' && v.src.line !== first.src.line) ((side.itemsAgain ??= {})[item] ??= []).push(v);
}

/** Tables: a header row with 预算/决算 columns; rows naming 三公 items. Unit from 单位：万元/元. */
function sangongTable(blocks: readonly Block[], table: number | undefined): boolean {
  return blocks.some((r) => r.kind === 'row' && r.table === table && (r.normCells ?? []).slice(0, 2).some((c) => SANGONG_TOPIC.test(c)));
}

/**
 * The column of the report's year among a header's cells that pass `test`: a form that sets the year
 * beside the one before ("2022年决算数 | 2023年预算数 | 2023年决算数") means the latest; a column of
 * 上年 is the year before. -1: none.
 */
function yearColumn(cells: readonly string[], test: (c: string) => boolean): number {
  let best = -1;
  let bestYear = -1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!test(c)) continue;
    const y = /((?:19|20)\d{2})年/.exec(c);
    const year = y ? Number(y[1]) : PRIOR_COLUMN.test(c) ? 0 : 1;
    if (best < 0 || year > bestYear) {
      best = i;
      bestYear = year;
    }
  }
  return best;
}
const PRIOR_COLUMN = /上年|去年|上一年/;

function readTables(blocks: readonly Block[], fact: SangongFact, reportYear: number | undefined): void {
  let header: { budget: number; actual: number; table: number } | undefined;
  let unit: MoneyUnit = '万元';
  let lastUnit: MoneyUnit = '万元';
  for (const b of blocks) {
    const u = /单位[：:]\s*(万元|元|亿元)/.exec(b.norm);
    if (u) lastUnit = u[1] as MoneyUnit;
    if (b.kind !== 'row' || !b.normCells) continue;
    // a form's label | value row, not a header of columns ("“三公”经费全年预算数 | 4.20（…）")
    if (readPairs(b, fact, lastUnit, reportYear)) continue;
    const cells = b.normCells.map((c) => c.replace(/\s+/g, ''));
    if (header?.table !== b.table) header = undefined;
    const bi = yearColumn(cells, (c) => BUDGET.test(c));
    // (a column of what was spent: 决算数, 执行数, or 2020年度支出（万元）, a spending that names no plan)
    const ai = yearColumn(cells, (c) => ACTUAL.test(c) || c === '决算' || (/支出/.test(c) && !BUDGET.test(c) && !SANGONG_TOPIC.test(c)));
    // a header row (also one part of a form further down the same table: "“三公”经费（万元） | 预算数 | 决算数")
    // (no cell is a figure: a heading may open with a year, 2020年度支出（万元）)
    if ((!header || bi > 0 || ai > 0) && (bi >= 0 || ai >= 0) && !cells.some((c) => /^\d[\d,.]*$/.test(c))) {
      header = { budget: bi, actual: ai, table: b.table ?? -1 };
      const hu = cells.join('').match(/(万元|亿元|元)/);
      unit = (hu?.[1] as MoneyUnit | undefined) ?? lastUnit;
      continue;
    }
    if (!header) continue;
    // a 合计/总计 row is the 三公 total, but only in a table whose rows name 三公 items
    const isTotalRow = cells.slice(0, 2).some((c) => /^(合计|总计|小计|合 计)$/.test(c));
    const item = isTotalRow
      ? sangongTable(blocks, b.table) ? SANGONG_TOTAL : undefined
      : itemOf(cells[0] ?? '') ?? itemOf(cells.slice(0, 2).join(''));
    if (!item) continue;
    for (const [side, idx] of [['budget', header.budget], ['actual', header.actual]] as const) {
      if (idx < 0) continue;
      const cell = cells[idx] ?? '';
      const target = fact[side];
      const col = (b.normCells.slice(0, idx).join('\t').length || -1) + 1;
      const at = src(b.line, col, b.text);
      target.src ??= at;
      setCell(target, item, cell, cells[0] ?? item, unit, at);
    }
  }
}

/** A figure's unit printed at the end of its cell. */
const CELL_UNIT = /\d(万元|亿元|元)$/;
/** A cell of a figure alone. */
const FIGURE_CELL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * A 三公 table's cell of one side: its figure (in the table's unit) is the item's amount, a dash or 无
 * says the item is nil. Whether it held a figure.
 */
function setCell(side: SangongSide, item: string, cell: string, label: string, tableUnit: MoneyUnit, at: Src): boolean {
  // (a cell may print its own unit: "公务用车运行维护费 | 11.00万元 | 9.28万元")
  const own = CELL_UNIT.exec(cell);
  const unit = own ? (own[1] as MoneyUnit) : tableUnit;
  const bare = own ? cell.slice(0, -own[1]!.length) : cell;
  const m = FIGURE_CELL.exec(bare);
  if (m) {
    const printed = m[1]! + (m[2] !== undefined ? '.' + m[2] : '');
    setItem(side, item, { label, value: fmt(parseMoney(printed, unit).v, 2), printed: `${bare}${unit}`, unit, decimals: m[2]?.length ?? 0, src: at });
    return true;
  }
  if (/^(-|—|无|未发生|\/)$/.test(cell)) setItem(side, item, 'nil');
  return false;
}

/**
 * A 三公 table that sets its items out as columns, the layout of the 财政拨款“三公”经费支出决算表: 预算数
 * and 决算数, each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (over 小计 | 公务用车购置费 | 公务用车
 * 运行费) | 公务接待费, above one row of figures (or several, one of them 合计). The heading over each
 * column, read down the table's grid (a .docx table with merged cells), names the side and the item;
 * 合计 (or 小计 alone) is the 三公 total. Columns of another year than the report's are left alone.
 */
function readItemColumns(blocks: readonly Block[], fact: SangongFact, reportYear: number | undefined): void {
  let lastUnit: MoneyUnit = '万元';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const u = /单位[：:]\s*(万元|元|亿元)/.exec(b.norm);
    if (u) lastUnit = u[1] as MoneyUnit;
    if (b.kind !== 'row' || b.row !== 0) continue;
    const rows: Block[] = [];
    for (let k = i; k < blocks.length && blocks[k]!.kind === 'row' && blocks[k]!.table === b.table; k++) rows.push(blocks[k]!);
    const figures = (r: Block): boolean => (r.normCells ?? []).some((c) => FIGURE_CELL.test(c.replace(/\s+/g, '')));
    const top = rows.findIndex(figures);
    if (top <= 0) continue;
    const heading = gridHeading(rows.slice(0, top));
    const data = rows.slice(top).map(onGrid);
    const first = (r: Block): string => (r.normCells?.[0] ?? '').replace(/\s+/g, '');
    const row = data.length === 1 ? data[0]! : data.find((r) => /^(?:合计|总计)$/.test(first(r)));
    if (!row) continue;
    const cols = heading.map((h): { side: 'budget' | 'actual'; item: string } | undefined => {
      const side = BUDGET.test(h) && !ACTUAL.test(h) ? 'budget' : ACTUAL.test(h) && !BUDGET.test(h) ? 'actual' : undefined;
      const y = /((?:19|20)\d{2})年/.exec(h);
      if (!side || PRIOR_COLUMN.test(h) || (y && reportYear !== undefined && Number(y[1]) !== reportYear)) return undefined;
      const item = itemOf(h) ?? (/合计|总计/.test(h) || /小计$/.test(h) ? SANGONG_TOTAL : undefined);
      return item ? { side, item } : undefined;
    });
    // a table of the 三公 items: two of them at least named on one side
    const named = (side: string): number => new Set(cols.flatMap((c) => (c && c.side === side && c.item !== SANGONG_TOTAL ? [c.item] : []))).size;
    if (named('budget') < 2 && named('actual') < 2) continue;
    const unit = (/(万元|亿元|元)/.exec(heading.join('')) ?? /(万元|亿元|元)/.exec(blocks[i - 1]?.norm ?? ''))?.[1] as MoneyUnit | undefined ?? lastUnit;
    cols.forEach((c, col) => {
      if (!c) return;
      const cell = (row.normCells?.[col] ?? '').replace(/\s+/g, '');
      const target = fact[c.side];
      const at = src(row.line, cellOffset(row, col), row.text);
      if (setCell(target, c.item, cell, heading[col]!, unit, at)) target.src ??= at;
    });
    i += rows.length - 1;
  }
}

/** A figure in a form's value cell, with its unit when printed (not a percentage: 执行率 | 85.33%). */
const CELL_FIGURE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|元)?(?![\d.%])/g;

/** A label of a change, a rate or another year's figure: not a figure of the year (执行率, 较上年减少, 上年决算数). */
const NOT_A_FIGURE = /率|比|增|减|节约|节省|上年|去年|上一年|同比/;

/**
 * A form's label | value pairs (自评表: "“三公”经费全年预算数 | 4.20（因公出国（境）费0.00、公务用车运行维护费
 * 3.20、公务接待费1.00）"): the label names the side (预算 / 决算, 支出, 执行) and the topic (the 三公 total or
 * an item); the value cell's first figure is the topic's, and a bracket right after it gives the items.
 * A figure's unit: its own, else the first printed in the cell, else the label's (（万元）), else the one the
 * nearest 单位：万元 before names. Whether the row was such a row (then it is no header of a table).
 */
function readPairs(b: Block, fact: SangongFact, headingUnit: MoneyUnit, reportYear: number | undefined): boolean {
  const pairs = labelValuePairs(b);
  if (!pairs || pairs.length === 0) return false;
  const cells = (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
  let read = false;
  for (const p of pairs) {
    // (a group name before the pairs: "“三公”经费（万元） | 全年预算数 | 4.20")
    const words = ((p.col - 1) % 2 === 1 ? cells[0]! : '') + p.label;
    const topic = itemOf(words);
    if (!topic || NOT_A_FIGURE.test(words)) continue;
    const year = /((?:19|20)\d{2})年/.exec(words);
    if (year && reportYear !== undefined && Number(year[1]) !== reportYear) continue;
    const side = ACTUAL.test(words) ? 'actual' : BUDGET.test(words) ? 'budget' : /支出|执行/.test(words) ? 'actual' : undefined;
    if (!side) continue;
    const raw = b.normCells![p.col]!;
    const from = cellOffset(b, p.col);
    const figures = [...raw.matchAll(CELL_FIGURE)];
    const first = figures[0];
    // the topic's figure opens the cell's words, before any bracket
    if (!first || raw.slice(0, first.index).includes('（')) continue;
    const unit = (figures.find((m) => m[3])?.[3] ?? /（(万元|亿元|元)）/.exec(words)?.[1] ?? headingUnit) as MoneyUnit;
    // (`at`: where the figure starts in the cell)
    const amount = (m: RegExpMatchArray, at: number, label: string): AmountFact => {
      const number = m[1]! + (m[2] !== undefined ? '.' + m[2] : '');
      const u = (m[3] as MoneyUnit | undefined) ?? unit;
      const printed = b.text.slice(from + at, from + at + m[0].length);
      return { label, value: toWanString(number, u), printed: m[3] ? printed : printed + u, unit: u, decimals: m[2]?.length ?? 0, src: { ...src(b.line, from + at, b.text), length: m[0].length } };
    };
    const target = fact[side];
    target.src ??= src(b.line, cellOffset(b, p.col - 1), b.text);
    setItem(target, topic, amount(first, first.index!, p.label));
    read = true;
    // the bracket right after the figure: its items, each with its figure ("因公出国（境）费0.00、…")
    const rest = raw.slice(first.index! + first[0].length);
    if (!/^\s*（/.test(rest)) continue;
    const open = first.index! + first[0].length + rest.indexOf('（');
    let depth = 0;
    let partFrom = open + 1;
    for (let i = open; i < raw.length; i++) {
      const ch = raw[i]!;
      if (ch === '（') depth++;
      else if (ch === '）') depth--;
      const ends = depth === 0 || (depth === 1 && '、，；'.includes(ch));
      if (!ends || i === open) continue;
      const part = raw.slice(partFrom, i);
      const item = itemOf(part.replace(/\s+/g, ''));
      const m = [...part.matchAll(CELL_FIGURE)][0];
      if (item && item !== topic && item !== SANGONG_TOTAL) {
        if (m) setItem(target, item, amount(m, partFrom + m.index!, part.slice(0, m.index).trim()));
        else if (NIL.test(part)) setItem(target, item, 'nil');
      }
      partFrom = i + 1;
      if (depth === 0) break;
    }
  }
  return read;
}
