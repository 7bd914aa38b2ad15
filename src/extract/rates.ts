/**
 * Rates and what the spent figure leaves (issue 8): 执行率 / 支付率 / 到位率 p% = the figure spent (or
 * received) ÷ the figure planned; a rate of counts (受理8734件，调解成功8577件，调解成功率98.2%) = the
 * figure the rate names ÷ the figure before it; and a balance (结余资金 / 未支出 / 未执行 X) with the
 * execution pair it is left from: planned = spent + balance.
 *
 * The planned figure may stand in an earlier sentence or paragraph ("项目资金总额…" in the part about
 * funds, "实际支出…，预算执行率…" in the part about spending): the nearest one whose subject fits the
 * spent figure's ("中央资金支出…，执行率…" is not a rate of 项目资金总额).
 */
import type { FigureFact, RelationFact } from './model.js';
import { BRACKETED, BUDGET_PART, BY_DIMENSION, SHARE_BASE_AFTER, DIMENSION_VIEW, isPlanLabel, isPriorLabel, ofAnotherItem, PLAN_PHRASE, PRIOR_STATED, RATE_WORD, RUN_IN_ITEM, SPENT_LABEL, TOTAL_ROW } from './lexicon.js';
import type { Quantity } from './quantities.js';
import { clauseLabel, comparedWithBefore, figure, itemWords, leftUnspent, ofAnotherYear, stretches, UNSPENT_AFTER, yearOfFigure, type Located, type Stretch } from './stretches.js';
import type { Block } from '../read/types.js';
import { headingNumber, isSubsequence, sharesWord } from './text.js';
import { addAll, overlaps, parseMoney, percentConsistent, UNIT_SHIFT, type MoneyUnit } from './money.js';
import { stageOf } from './restated.js';

/** A planned figure's label (the 预算 of a fund's name aside: 一般公共预算支出 is spending). */
const PLANNED_WORDS = /到位|资金总额|总额|总投资|项目资金$/;
/** A label that ends comparing its subject with another year: 项目预算资金比2022年的, 支出较上年同期. */
const PRIOR_AFTER_SUBJECT = /(?:比|较|与)(?:上年|去年|上年度|上一年度?|(?:19|20)\d{2}年度?)(?:同期)?(?:决算数?|预算数?|支出数?|收入数?)?的?$/;
/** What a level kept for its own use of the funds it passed on: 县本级保留36.40万元, 市级留用. */
const KEPT = /(?:保留|留存|留用|预留)(?:资金|经费)?(?:为|是)?$/;
const PLANNED = { test: (label: string): boolean => isPlanLabel(label) || PLANNED_WORDS.test(label) };
/** A planned figure that stands for the whole of what was planned, found outside the rate's paragraph. */
// (安排义务教育专项经费合计7,072.98万元: what was allotted to a fund named at length)
const WHOLE_PLANNED = /预算数|预算总?金?额|预算资金|全年预算|调整后预算|资金总额|总投资|项目资金$|预算$|(?:安排|下达)[\u4e00-\u9fff]{0,6}资金$|(?:安排|下达)[\u4e00-\u9fff]{0,10}(?:资金|经费)(?:合计|总额)?$/;
const BUDGET_ONLY = /预算数|批复|下达|安排|年初|调整后|到位/;
const SPENT_ONLY = /执行|决算|实际|支出/;
/** A label that ends in a plan whatever it names before (支出调整预算为, 支出预算数): a plan. */
const PLAN_LAST = /(?:预算|预算数|计划)(?:为|是)?$/;
/** The words of a planned or spent label that say which figure it is, not what it is of. */
// (上述 points back to the figure stated, 全县 gives the scope every figure of the report has)
const FIGURE_WORDS = /(?:19|20)\d{2}年度?|截至[^，]*|上述|以上|折合|全(?:县|市|区|镇|乡|旗|系统)|已|总(?=投资|预算|资金)|全年|本年度?|年度|当年|年中|年末|(?:我|本)(?:局|委|办|厅|院|校|部|所|站|中心|单位|部门)|追加后|实际|执行数?|支出数?|决算数?|完成|使用|拨付|支付|兑付|到位|发放|预算数?|年初|调整后?|批复|下达|安排|计划|总额|总计|合计|共计|数|的|和|及|为|是|[“”"]/g;
const GENERIC_SUBJECT = /^(?:项目|资金|项目资金|部门|单位|整体|财政|部门整体)?(?:金额)?$/;

function isRateOperand(q: Quantity): boolean {
  // (上年结转 is a fund carried into the year, not last year's figure)
  // (nor how far one figure is past another: 决算数多632.46万元, 超过年初预算286.25万元)
  return (q.family === 'money' || q.family === 'people' || q.family === 'units') && !/增|减|上年(?!结转|结余)|同比|占|[多少]$|^(?:比|较)?(?:超过|超出|高于|低于|多于|少于)/.test(q.label);
}

/** The comparison word before a plan's name: 较年初预算数, 比预算, 与调整后预算. */
const VERSUS_PLAN = /^(?:比|较|与)(?=(?:年初|全年|调整后)?预算)/;

/** Whether a planned and a spent label are of one subject (or either names none in particular). */
function sameSubject(planned: string, spent: string): boolean {
  // (非财政拨款 is the rest of the money, never the 财政拨款 its words hold)
  if (planned.includes('非财政拨款') !== spent.includes('非财政拨款')) return false;
  // (a plan named as what the spending is compared with, "较年初预算数7250.00万元多支出…", names no other subject)
  const a = planned.replace(VERSUS_PLAN, '').replace(FIGURE_WORDS, '');
  const b = spent.replace(FIGURE_WORDS, '');
  if (GENERIC_SUBJECT.test(a) || GENERIC_SUBJECT.test(b)) return !/^其中/.test(spent) || GENERIC_SUBJECT.test(b);
  return a.includes(b) || b.includes(a);
}

/**
 * The rates one sentence states. `earlier`: the sentences of its paragraph before it; `before`: the
 * sentences of the paragraphs before, nearest last.
 */
/** Words after a figure that say all of it arrived: 全部到位, 已全额到位, 足额拨付到位. */
const ALL_ARRIVED = /^(?:已|均已|均)?(?:全部|全额|足额)(?:拨付)?到位/;

/** Words of a clause that sets a rate as a target: 目标, 计划, 力争, 不低于, ≥ … */
const SETS_RATE = /目标|计划|预期|力争|确保|要求|不低于|不少于|不高于|不超过|[≥≤]|达到$/;

/** A rate's name: its label without the verb before the figure (执行率为, 到位率达到). */
function rateName(r: Quantity): string {
  return r.label.replace(/(?:为|是|达到?|达|约)$/, '');
}

/** The rates of the report being read whose figures were not found (rateRelations), for unreadRates. */
let unread: RelationFact[] = [];

/**
 * The rates rateRelations could not read since the last call, forgotten once returned: extractRelations calls it
 * first to start a report afresh, extract() at the end to list those no other reader read either.
 */
export function unreadRates(): RelationFact[] {
  const got = unread;
  unread = [];
  return got;
}

export function rateRelations(s: Stretch, out: RelationFact[], earlier: readonly Stretch[], before: readonly Stretch[]): void {
  for (let i = 0; i < s.qs.length; i++) {
    const r = s.qs[i]!;
    if (r.family !== 'pct') continue;
    if (planInPhrase(s, i, out)) continue;
    // "资金到位率100%（到位资金500.00万元/预算500.00万元）": the rate's own formula in brackets
    if (bracketFormula(s, i, out)) continue;
    // "预算执行率=实际支出1,560.00万元/调整后预算1,600.00万元×100%=97.50%": the formula written out before it
    if (writtenFormula(s, i, out)) continue;
    if (RATE_WORD.test(r.label) || CONTROL_RATE.test(r.label)) {
      const n = out.length;
      moneyRate(s, r, out, earlier, before);
      // no money spent against a plan: a 完成率 of counts ("应报送125家，已报送122家，报送完成率97.60%")
      if (out.length === n && DONE_RATE.test(r.label)) countRate(s, r, out, true);
      // (neither: a rate whose figures are not found is listed as not checked, never dropped, unless another reader
      // reads it: see unreadRates)
      // (not a rate a target sets, 年度目标：…完成率100%, 执行率不低于95%, in a sentence of targets: no ratio of stated figures)
      if (out.length === n && !SETS_RATE.test(s.c.text.slice(s.from, r.at)) && !/^(?:以上|以内)/.test(s.c.text.slice(r.end, r.end + 2))) {
        const rf = figure(s, r);
        unread.push({ relation: 'rate', subject: rateName(r), rate: rf, src: rf.src });
      }
    }
    else if (BALANCE_RATE.test(r.label)) balanceRate(s, r, out, earlier, before);
    else if (BARE_DONE.test(r.label)) bareCompletion(s, r, out);
    else {
      const n = out.length;
      countRate(s, r, out, false, earlier[earlier.length - 1] ?? before[before.length - 1]);
      // "应纳入监测的乡镇125个，已纳入118个，监测覆盖率94.40%": a rate of what was done over what was to be done
      if (out.length === n && DONE_RATE.test(r.label)) countRate(s, r, out, true);
    }
  }
}

/** A rate named by its verb alone: 完成105.16% (after 年初预算A，支出决算B). */
const BARE_DONE = /^(?:完成|执行)了?$/;

/**
 * "年初预算286.40万元，支出决算301.18万元，完成105.16%": a rate named by its verb alone is the figure spent right before
 * it over the plan right before that, in its clause group; read only where the two stand so, nothing between.
 */
function bareCompletion(s: Stretch, r: Quantity, out: RelationFact[]): void {
  const group = Math.max(s.from, s.c.text.lastIndexOf('；', r.at) + 1);
  const before = s.qs.filter((q) => q.at >= group && q.at < r.at && q.depth === r.depth && q.family !== 'pct');
  if (before.length !== 2) return;
  const [plan, spent] = before as [Quantity, Quantity];
  if (plan.family !== 'money' || spent.family !== 'money' || !isPlanLabel(clauseLabel(s, plan)) || !SPENT_LABEL.test(clauseLabel(s, spent)) || isPlanLabel(clauseLabel(s, spent))) return;
  const rf = figure(s, r);
  out.push({ relation: 'rate', subject: rateName(r), rate: rf, numerator: figure(s, spent), denominator: figure(s, plan), src: rf.src });
}

/** What divides in a rate's formula: / ÷ 除以. */
const DIVIDED = /^(?:\/|÷|除以)/;

/**
 * A rate followed by its formula in brackets, two figures of one kind divided ("到位率100%（到位资金500.00万元/
 * 预算500.00万元）", "完成率96.00%（完成48个÷计划50个）"): the first over the second. Nothing else in the
 * brackets; a rate of its own name only (率, not 占…的 or 增长).
 */
function bracketFormula(s: Stretch, i: number, out: RelationFact[]): boolean {
  const r = s.qs[i]!;
  const a = s.qs[i + 1];
  const b = s.qs[i + 2];
  if (!a || !b || !/率(?:为|是|达到?)?$/.test(r.label) || a.family !== b.family || a.family === 'pct' || a.depth !== r.depth + 1 || b.depth !== a.depth) return false;
  const t = s.c.text;
  if (!/^[（(]$/.test(t.slice(r.end, r.end + 1)) || !DIVIDED.test(t.slice(a.end, b.at)) || !/^[）)]/.test(t.slice(b.end))) return false;
  // (the words before each figure name it; the first's start right after the bracket)
  if (/[，。；、]/.test(t.slice(r.end + 1, a.at)) || /[，。；、]/.test(t.slice(a.end, b.at))) return false;
  const rf = figure(s, r);
  out.push({ relation: 'rate', subject: r.label.replace(/(?:为|是|达到?)$/, ''), rate: rf, numerator: figure(s, a), denominator: figure(s, b), src: rf.src });
  return true;
}

/** What stands between a formula's divisor and its result: =, or ×100%= (the hundred read as a figure of its own). */
const TO_RESULT = /^\s*(?:[×xX*]\s*100\s*[%％]\s*)?[=＝]\s*$/;

/**
 * A rate with its formula written out before it, figures and all ("预算执行率=实际支出1,560.00万元/调整后
 * 预算1,600.00万元×100%=97.50%", "资金到位率=实际到位资金480.00万元÷计划投入资金500.00万元×100%=96.00%"): the first
 * figure over the second. The clause holds an = before them; nothing but their names between.
 */
function writtenFormula(s: Stretch, i: number, out: RelationFact[]): boolean {
  const r = s.qs[i]!;
  const t = s.c.text;
  // (×100%: the hundred is a figure of its own, between the divisor and the result)
  const hundred = s.qs[i - 1];
  const j = hundred && hundred.family === 'pct' && Number(hundred.number) === 100 ? i - 2 : i - 1;
  const b = s.qs[j];
  const a = s.qs[j - 1];
  if (!a || !b || a.family === 'pct' || a.family !== b.family || a.depth !== r.depth || b.depth !== r.depth) return false;
  if (!TO_RESULT.test(t.slice(b.end, r.at)) || !DIVIDED.test(t.slice(a.end, b.at)) || /[，。；]/.test(t.slice(a.end, b.at))) return false;
  // (a formula: an = between the rate's name and its first figure, in one clause)
  const lead = t.slice(Math.max(s.from, a.at - 40), a.at);
  const eq = Math.max(lead.lastIndexOf('='), lead.lastIndexOf('＝'));
  if (eq < 0 || /[，。；]/.test(lead.slice(eq)) || !/率\s*$/.test(lead.slice(0, eq))) return false;
  const rf = figure(s, r);
  out.push({ relation: 'rate', subject: lead.slice(0, eq).replace(/^.*[，。；：]/, '').trim(), rate: rf, numerator: figure(s, a), denominator: figure(s, b), src: rf.src });
  return true;
}

/** Words any figure of money may be named with: no sign that two name the same thing. */
const COMMON_WORDS: ReadonlySet<string> = new Set(['资金', '支出', '项目', '全年', '实际', '累计', '年度', '经费']);

/** 控制率 of a spending against its budget ("三公"经费控制率: 实际支出 ÷ 预算). */
const CONTROL_RATE = /三公[^，。；]{0,6}控制率(?:为|是|达到?)?$/;
/** 结转结余率 / 结余率: the balance ÷ the plan ("年末结转结余211.51万元，结转结余率3.76%"). */
const BALANCE_RATE = /(?:结转结余|结余)率(?:为|是)?$/;

function balanceRate(s: Stretch, r: Quantity, out: RelationFact[], earlier: readonly Stretch[], before: readonly Stretch[]): void {
  let balance: Quantity | undefined;
  for (const q of s.qs) if (q.at < r.at && q.family === 'money' && q.depth === 0 && /结转结余|结余/.test(q.label) && !/增|减|上年|同比/.test(q.label)) balance = q;
  if (!balance) return;
  // ("全年预算执行率96.44%，年末结转结余364.14万元，结转结余率为3.56%" after the department's 全年预算 and a project group's 全年预算合计:
  // the plan the rate agrees with)
  const left = balance;
  const agrees = (q: Quantity): boolean => q.unit in UNIT_SHIFT && left.unit in UNIT_SHIFT && percentConsistent(parseMoney(left.number, left.unit as MoneyUnit), parseMoney(q.number, q.unit as MoneyUnit), r.number);
  const budget = plannedFor(s, balance, earlier, before, false, r.at, undefined, agrees);
  // (a balance carried in, 年初结转和结余16.24万元, is no plan the balance left is a rate of)
  if (!budget || /结转|结余/.test(budget.q.label)) return;
  const rf = figure(s, r);
  out.push({ relation: 'rate', subject: r.label.replace(/(?:为|是)$/, ''), rate: rf, numerator: figure(s, balance), denominator: planFigure(budget.s, budget.q), src: rf.src });
}

/** A difference from a plan, named by how the spending went past it or fell short: 多支出, 少支出, 超支, 节约. */
const BEYOND_PLAN = /(?:多|少|超)(?:支出|支付|使用|拨付|执行)|超支|节约|节省|节支/;

function moneyRate(s: Stretch, r: Quantity, out: RelationFact[], earlier: readonly Stretch[], before: readonly Stretch[]): void {
  // 到位率: the figure received ÷ the figure planned; 执行率, 支付率 …: the figure spent ÷ the figure planned
  const arrival = /到位率/.test(r.label);
  let spent: Quantity | undefined;
  // (a clause group after a ； with figures of its own: the rate is of them, "…项目17个，年初计划16个，完成率106.25%；
  // 开展教师各类培训3,268人次，计划3,000人次，完成率108.93%")
  const group = s.c.text.lastIndexOf('；', r.at);
  const ownGroup = group >= 0 && s.qs.some((q) => q.at > group && q.at < r.at && q.family !== 'pct');
  // ("县级资金支出1,087.46万元（其中追加资金部分支出198.30万元，执行率76.27%）": a rate in a bracket is of a figure in it)
  const inBracket = r.depth > 0;
  for (const q of s.qs) {
    if (q.at >= r.at) break;
    if (ownGroup && q.at < group) continue;
    if (inBracket && (q.depth !== r.depth || /[（）]/.test(s.c.text.slice(q.end, r.at)))) continue;
    // (未支付703万元, 结余…: what was not spent is no numerator)
    // (nor a plan named after what it plans: 基本支出调整预算700万元)
    // (nor how far the spending went past or fell short of a plan: "较年初预算数7250.00万元多支出448.33万元，完成年初预算的106.18%")
    if (!isRateOperand(q) || /未|结余|剩余/.test(q.label) || BEYOND_PLAN.test(q.label) || !(arrival ? /到位/.test(q.label) : SPENT_LABEL.test(q.label) && !BUDGET_ONLY.test(q.label) && !PLAN_LAST.test(q.label))) continue;
    // "实际支出6948.17万元，其中基本支出执行4812.30万元、项目支出执行…，预算执行率…": the rate is of the total
    // (unless the rate follows the part right after it, each part with its own: "其中当年财政拨款执行942.16万元，执行率97.31%；
    // 上年结转资金执行56.20万元，执行率96.40%")
    if (spent && s.c.text.slice(spent.end, q.at).includes('其中') && !inBracket && !(s.qs.every((x) => x.at <= q.at || x.at >= r.at) && /^，[^，。；\d]{0,8}$/.test(s.c.text.slice(q.end, r.at - r.label.length)) && s.c.text[r.end] === '；' && s.qs.some((x) => x.at > r.end && x.family === 'pct'))) continue;
    spent = q;
  }
  // ("公务用车购置及运行费13.12万元，全部为公务用车运行维护费，执行率77.18%": an item named by its noun alone, the one
  // figure of its clause group, is what an execution rate was spent of)
  if (!spent && !arrival && /执行率|执行进度/.test(r.label)) {
    const from = Math.max(s.from, group + 1);
    // (nor what is said to be left: "年末仍有167.54万元未能支出，预算执行率为95.45%")
    const alone = s.qs.filter((q) => q.at >= from && q.at < r.at && q.family === 'money' && q.depth === 0 && isRateOperand(q) && !/未|结余|剩余/.test(q.label) && !BUDGET_ONLY.test(q.label) && !isPlanLabel(q.label) && !leftUnspent(s, q));
    if (alone.length === 1 && s.qs.filter((q) => q.at >= from && q.at < r.at && q.family === 'money').length === 1) spent = alone[0];
  }
  if (!spent) {
    if (!arrival) wholeSpentRate(s, r, out, earlier, before);
    // ("项目资金1,560.00万元全部到位，到位率100%": a figure said to have arrived in full is both what arrived and the plan)
    else {
      const full = s.qs.filter((q) => q.at < r.at && q.family === 'money' && q.depth === 0 && isRateOperand(q) && ALL_ARRIVED.test(s.c.text.slice(q.end, q.end + 8)));
      if (full.length === 1) {
        const rf = figure(s, r);
        const f = figure(s, full[0]!);
        out.push({ relation: 'rate', subject: rateName(r), rate: rf, numerator: f, denominator: f, src: rf.src });
      }
    }
    return;
  }
  // ("全年实际支出3,552.36万元，整体预算执行率96.77%；分类看，基本支出执行率96.13%": a rate named by a
  // subject of its own is not of a figure spent that names none or another)
  const ownRaw = r.label.replace(/(?:预算)?[\u4e00-\u9fff]{2}率.*$/, '').replace(/^.*[，；：]/, '').replace(/[“”"]/g, '').replace(/^(?:分类看|其中|整体|总体|综合|部门)/, '');
  const own = BUDGET_PART.exec(ownRaw)?.[0] ?? ownRaw.replace(FIGURE_WORDS, '');
  const said = s.c.text.slice(s.from, r.at - r.label.length).replace(/[“”"]/g, '');
  if (/率/.test(r.label) && own.length >= 2 && !GENERIC_SUBJECT.test(own) && !said.includes(own)) return;
  // ("公务接待费支出53,200元，为预算数的68.21%，…；公务用车运行维护费为预算的86.64%": a share of the plan named by a subject of
  // its own is not of the figure spent of another before it)
  const namedOwn = /^([^，。；：\d]{2,16}?)(?:为|是|完成|达到|占)(?:全年|年度|年初|调整后)?预算(?:数)?的$/.exec(r.label.replace(/^[，；]/, ''))?.[1];
  if (namedOwn !== undefined && !GENERIC_SUBJECT.test(namedOwn.replace(FIGURE_WORDS, '')) && !clauseLabel(s, spent).includes(namedOwn) && !namedOwn.includes(clauseLabel(s, spent).replace(FIGURE_WORDS, ''))) return;
  // (a total spent, "全年合计执行2,501.45万元，预算执行率为98.79%", is measured against a plan of no one part, 项目支出全年预算数 before it)
  const totalSpent = /合计|总计|共计|总额/.test(clauseLabel(s, spent)) && !BUDGET_PART.test(clauseLabel(s, spent));
  // 支出率: what was spent of what arrived ("到位资金450万元，…；已支出405万元，支出率90%"), read only where
  // what arrived is stated (of a budget or a total investment, the same words would say another rate)
  let budget = /支出率/.test(r.label) ? arrivedBefore(s, spent, earlier) : (basisNamed(s, spent, r, earlier, before) ?? plannedFor(s, spent, earlier, before, arrival, r.at, r.label, totalSpent ? (q) => !BUDGET_PART.test(q.label) : undefined) ?? planAfter(s, spent, r));
  if (!budget) return;
  // (a 支出进度 may be measured against the funds that arrived: "全年实际到位资金10,620.00万元" … "累计支出3,126.45万元，
  // 支出进度为29.44%"; of the plan and what arrived, the one the rate agrees with, and it is wrong only if it agrees with neither)
  // (so may an 执行率 of one source whose arrived funds are stated apart from its plan: "县级配套资金应到位1,175.00万元，实际到位
  // 905.00万元" … "县级资金支出783.40万元，执行率86.56%")
  if (/进度|执行率/.test(r.label) && !rateAgrees(spent, budget.q, r)) {
    const sp = spent;
    // (what arrived may be said by its rate after it: "县级配套资金…全年实际拨付6,500,000元，即650.00万元，到位比例为81.25%")
    const got = nearestBefore(s, spent, [earlier, before], (e, q) => q.family === sp.family && q.depth === 0 && (/到位/.test(q.label) || ARRIVAL_RATE_AFTER.test(e.c.text.slice(q.end, q.end + 24))) && !/未|尚|率|每/.test(q.label) && rateAgrees(sp, q, r));
    // (or, of what was spent by a date in the year, against what was spent in the whole year: "全年实际支出7,764.18万元"
    // … "上半年累计支出3,371.06万元，支出进度43.42%")
    const ofYear = got ?? (PART_YEAR.test(sp.label) ? nearestBefore(s, spent, [earlier, before], (_, q) => q.family === sp.family && q.depth === 0 && WHOLE_SPENT.test(q.label) && rateAgrees(sp, q, r)) : undefined);
    if (ofYear) budget = ofYear;
  }
  // (a plan whose sentence sets part of it apart for the subject spent, "共下达我县衔接资金6,530.00万元，其中安排用于产业发展的资金4,286.50万元" …
  // "项目资金已支出4,102.36万元，预算执行率为95.70%": of the whole and that part, the one the rate agrees with)
  if (!rateAgrees(spent, budget.q, r)) {
    const { s: bs, q: bq } = budget;
    const sp = spent;
    const opened = bs.c.text.indexOf('其中', bq.end);
    const part = opened >= 0 && opened < bs.to ? bs.qs.find((q) => q.at > opened && q.family === sp.family && q.depth === bq.depth && !/[。；]/.test(bs.c.text.slice(bq.end, q.at)) && rateAgrees(sp, q, r)) : undefined;
    // (or the sum of it and the figures before it, said after them: "预拨资金2561.85万元，年终下达清算资金284.65万元，上述2846.50万元已全部到位")
    const summed = part ?? bs.qs.find((q) => q.at > bq.end && q.at < bs.to && q.family === sp.family && q.depth === bq.depth && SUMMED_BEFORE.test(bs.c.text.slice(Math.max(bs.from, q.at - 4), q.at)) && rateAgrees(sp, q, r));
    if (summed) budget = { s: bs, q: summed };
  }
  // (or a fund said to be used wholly for what was spent, before it: "对口援疆资金1860.00万元全部用于庭院经济提升项目。项目当年支出1812.25万元，
  // 执行率97.43%": of that fund and the year's plan, the one the rate agrees with)
  if (!rateAgrees(spent, budget.q, r)) {
    const sp = spent;
    const fund = nearestBefore(s, spent, [earlier, before], (e, q) => q.family === sp.family && q.depth === 0 && ALL_USED_FOR.test(e.c.text.slice(q.end, q.end + 12)) && rateAgrees(sp, q, r));
    if (fund) budget = fund;
  }
  // a sentence that states another figure of its own before the one spent ("…预算收入为移民后期扶持基金
  // 450.00万元，全年支出432.60万元，执行率96.13%") measures the rate against it, read or not: no plan
  // from elsewhere
  // (in its clause: "其中：中央资金支出57.00万元，执行率95.00%；区级资金支出33.00万元，执行率82.50%" states
  // one item a clause)
  const sp = spent;
  const clause = s.c.text.lastIndexOf('；', sp.at);
  if (budget.s !== s && s.qs.some((q) => q.at > clause && q.at < sp.at && q.family === sp.family && q.depth === 0 && isRateOperand(q))) return;
  const rf = figure(s, r);
  // ("各子项支出情况为：公共绿地养护支出3,376.52万元，执行率98.73%，…": the rate of an item the spent figure names is of that item's
  // own budget; a plan found that shares no word with the item's name, which the rate does not agree with, is not it: listed as not checked)
  const named = clauseLabel(s, sp).replace(/^.*[：:]/, '');
  // (a period is no item: 上半年累计支出 is the whole's, by a date)
  const item = named.replace(FIGURE_WORDS, '').replace(PERIOD_WORDS, '');
  if (budget.s !== s && item.length >= 2 && !GENERIC_SUBJECT.test(item) && !sharesWord(named, clauseLabel(budget.s, budget.q), COMMON_WORDS) && !rateAgrees(sp, budget.q, r)) {
    unread.push({ relation: 'rate', subject: rateName(r), rate: rf, src: rf.src });
    return;
  }
  // (完成年初预算的 names no rate: the share of the plan it states)
  const subject = r.label.endsWith('的') ? `${r.label}比例` : r.label;
  out.push({ relation: 'rate', subject, rate: rf, numerator: figure(s, spent), denominator: planFigure(budget.s, budget.q), src: rf.src });
}

/**
 * "支出决算为480万元，完成年初预算的96.00%，年初预算为500万元": the plan stated right after the rate, in the
 * clause after it, of the stage the rate names (年初 of 完成年初预算的) when it names one.
 */
function planAfter(s: Stretch, spent: Quantity, r: Quantity): { s: Stretch; q: Quantity } | undefined {
  const next = s.qs[s.qs.indexOf(r) + 1];
  // (a plan, not a change from it: "…决算数比预算数减少1.88万元")
  if (!next || next.family !== spent.family || next.depth !== 0 || !isPlanLabel(next.label) || /比|较|增|减|上年|同比|差/.test(next.label)) return undefined;
  // (the clause right after the rate's: nothing but "，" between)
  const between = s.c.text.slice(r.end, next.at);
  if (!/^，[^，。；：\d]{1,12}$/.test(between)) return undefined;
  const stage = /年初|调整后?|全年/.exec(r.label)?.[0];
  return stage === undefined || next.label.includes(stage) ? { s, q: next } : undefined;
}

/** A rate of arrival right after a figure, in its clause or the next: the figure is what arrived (…650.00万元，到位比例为81.25%). */
const ARRIVAL_RATE_AFTER = /^[^，。；]{0,6}，?[^，。；\d]{0,6}到位(?:比例|率)/;

/** The latest figure of money that arrived (到位资金, 实际到位) before a spent one, in its sentence or the sentences before. */
function arrivedBefore(s: Stretch, spent: Quantity, earlier: readonly Stretch[]): { s: Stretch; q: Quantity } | undefined {
  return nearestBefore(s, spent, [earlier], (_, q) => q.family === spent.family && q.depth === 0 && /到位/.test(q.label) && !/未|尚|率/.test(q.label));
}

/** Words after a fund that give all of it to one use: 全部用于, 全额安排, 均用于. */
const ALL_USED_FOR = /^[，,]?(?:已经?)?(?:全部|全额|均)(?:用于|安排(?:用于|到|给)?|投入)/;

/** Words naming a figure as the sum of those before it: 上述, 以上, 合计, 共计. */
const SUMMED_BEFORE = /(?:上述|以上|合计|共计|总计)(?:资金)?$/;

/** Whether spent ÷ base, rounded to the rate's printed decimals, is the printed rate. */
function rateAgrees(spent: Quantity, base: Quantity, r: Quantity): boolean {
  const a = moneyValue(spent);
  const b = moneyValue(base);
  if (a === undefined || b === undefined || b === 0n) return false;
  const ratio = (Number(a) / Number(b)) * 100;
  return Math.abs(ratio - Number(r.number)) <= 0.5 * 10 ** -r.decimals + 1e-9;
}

const moneyValue = (q: Quantity): bigint | undefined => (q.unit in UNIT_SHIFT ? parseMoney(q.number, q.unit as MoneyUnit, 0).v : undefined);

/** What was spent by a date within the year: 上半年累计支出, 前三季度累计支出, 截至6月底累计支出. */
const PART_YEAR = /累计|上半年|前三季度|[一二三四1-4]季度|月底|月末/;
/** The words of a period, a part of the year or its end, anywhere in a name (an item's name leaves them out). */
const PERIOD_WORDS = new RegExp(`${PART_YEAR.source}|[上下]半年|前?[一二三四1-4]季度|第[一二三四]季度|年底|\\d{1,2}月(?:底|末)?`, 'g');

/** A figure of all the unit spent in the year: 2023年度支出, 本年支出合计, 全年总支出, 实际支出数. */
const WHOLE_SPENT = /^(?:(?:19|20)\d{2}年度?|本年度?|全年|年度|当年)?(?:本?部门|本?单位|部门整体)?(?:总支出|(?:实际|决算)?支出(?:合计|总计|总额)?(?:决算)?数?)(?:共计|合计)?(?:为|是|达)?$/;

/**
 * "以调整后预算20,071.46万元计，全年预算执行率为96.08%": a whole plan stated with the rate, the spending
 * stated before (2023年度支出19,284.37万元): the rate of all spending against that plan. Only where every
 * figure of all spending stated before is one amount (a figure of a part, a fund, another year is none).
 */
function wholeSpentRate(s: Stretch, r: Quantity, out: RelationFact[], earlier: readonly Stretch[], before: readonly Stretch[]): void {
  if (!/预算执行率|^执行率/.test(r.label)) return;
  const plans = s.qs.filter((q) => q.at < r.at && q.family === 'money' && q.depth === 0 && WHOLE_PLANNED.test(q.label) && !SPENT_ONLY.test(q.label));
  const plan = plans[plans.length - 1];
  if (!plan || s.qs.some((q) => q.at < r.at && q !== plan && q.family === 'money' && q.depth === 0)) return;
  let spent: { s: Stretch; q: Quantity } | undefined;
  for (const e of [...before, ...earlier]) {
    for (const q of e.qs) {
      if (q.family !== 'money' || q.depth > 0 || !WHOLE_SPENT.test(q.label)) continue;
      if (spent && moneyValue(spent.q) !== moneyValue(q)) return;
      spent = { s: e, q };
    }
  }
  if (!spent) return;
  const rf = figure(s, r);
  out.push({ relation: 'rate', subject: r.label, rate: rf, numerator: figure(spent.s, spent.q), denominator: planFigure(s, plan), src: rf.src });
}

/** "以到位资金计", "按调整后预算计算": the figure a rate says it is measured against. */
const BASIS = /(?:以|按)([^，。；：\d]{2,12}?)(?:计算?|为基数|为口径)[，,]?/;

/**
 * The planned figure a rate names as its basis between the figure spent and the rate ("项目实际支出
 * 1,168.42万元，以到位资金计，预算执行率95.77%"): the latest money figure before the spent one, in the
 * sentence or the paragraph, whose label holds the basis named (到位 of 到位资金). None when the basis
 * names nothing stated: the plan is then found as for any rate.
 */
function basisNamed(s: Stretch, spent: Quantity, r: Quantity, earlier: readonly Stretch[], before: readonly Stretch[]): { s: Stretch; q: Quantity } | undefined {
  const m = BASIS.exec(s.c.text.slice(spent.end, r.at));
  if (!m) return undefined;
  const key = m[1]!.replace(/(?:资金|金额|数|额)$/, '').replace(/后$/, '');
  if (key.length < 2) return undefined;
  // (the whole, not a part listed after 其中: "实际到位1,220.00万元，…，其中县级配套资金到位120.00万元")
  // (nor how far it went past the plan: "超出预算0.46万元，为预算数的105.41%")
  const named = (e: Stretch, q: Quantity): boolean => q.family === 'money' && q !== spent && q.depth === 0 && q.label.includes(key) && !/未|尚|结余/.test(q.label) && !PAST_PLAN.test(q.label) && !listedPart(e.c.text, q.at);
  return nearestBefore(s, spent, [earlier, before], named);
}

/** The nearest figure before `from` that `ok` accepts: in its sentence, then in the lists of sentences before, latest first. */
function nearestBefore(s: Stretch, from: Quantity, lists: readonly (readonly Stretch[])[], ok: (e: Stretch, q: Quantity) => boolean): { s: Stretch; q: Quantity } | undefined {
  for (let i = s.qs.indexOf(from) - 1; i >= 0; i--) if (ok(s, s.qs[i]!)) return { s, q: s.qs[i]! };
  for (const list of lists) {
    for (let k = list.length - 1; k >= 0; k--) {
      const e = list[k]!;
      for (let i = e.qs.length - 1; i >= 0; i--) if (ok(e, e.qs[i]!)) return { s: e, q: e.qs[i]! };
    }
  }
  return undefined;
}

/**
 * On a line that names its item before a colon, a figure named by its stage alone ("13.…购房补贴（项）：决算21.92万元，完成预算的
 * 100%") is measured against that item's plan only: the lines it may look back over, leaving out other items' lines of the
 * same list (items of a classification, 交通运输支出（类）…（项）, or named alike, whose figures are named by their stage
 * alone), not lines that name aspects of one budget ("1）预算安排：…" then "3）支出执行：全年实际支出…"). undefined: any line.
 */
export function itemLines(s: Stretch, spent: Quantity): ((e: Stretch) => boolean) | undefined {
  const lead = RUN_IN_ITEM.exec(s.c.text);
  if (!lead || spent.at < lead[0].length || !GENERIC_SUBJECT.test(clauseLabel(s, spent).replace(FIGURE_WORDS, ''))) return undefined;
  const item = lead[1]!;
  const sibling = (other: string): boolean => (CLASSIFIED.test(item) && CLASSIFIED.test(other)) || (item.length >= 4 && other.slice(0, 4) === item.slice(0, 4));
  return (e: Stretch): boolean => {
    if (e.c === s.c) return true;
    const m = RUN_IN_ITEM.exec(e.c.text);
    return m === null || m[1] === item || !sibling(m[1]!) || !GENERIC_LINE.test(e.c.text.slice(m[0].length));
  };
}

/**
 * The planned figure a spent (or received) one is measured against: of its subject, before it in its
 * sentence, else in the sentences of its paragraph before, else a whole plan in the paragraphs before.
 */
/** Two levels of funds named together: 中央和省级资金, 省、市级资金. */
const JOINT_SOURCES = /(?:中央|省级?|市级?|县级?|区级?|自治区|州)(?:和|及|与|、)(?:中央|省级?|市级?|县级?|区级?|自治区|州)/;

export function plannedFor(s: Stretch, spent: Quantity, earlier: readonly Stretch[], before: readonly Stretch[], arrival = false, rateAt?: number, stage?: string, agrees?: (q: Quantity) => boolean): { s: Stretch; q: Quantity } | undefined {
  const first = plannedForOnce(s, spent, earlier, before, arrival, rateAt, stage);
  if (!first || !agrees || agrees(first.q)) return first;
  // (of the plans the words fit, the one the rate agrees with; the nearest, against which it is then wrong, where none does)
  const tried = new Set<Quantity>([first.q]);
  for (let round = 0; round < 4; round++) {
    const next = plannedForOnce(s, spent, earlier, before, arrival, rateAt, stage, tried);
    if (!next) break;
    if (agrees(next.q)) return next;
    tried.add(next.q);
  }
  return first;
}

function plannedForOnce(s: Stretch, spent: Quantity, earlier: readonly Stretch[], before: readonly Stretch[], arrival: boolean, rateAt: number | undefined, stage: string | undefined, tried?: ReadonlySet<Quantity>): { s: Stretch; q: Quantity } | undefined {
  const own = itemLines(s, spent);
  if (own) {
    earlier = earlier.filter(own);
    before = before.filter(own);
  }
  // (a plan at the start of the year, "市级资金年初预算5000.00万元" or a part of one, "年初预算…860.00万元，其中当年
  // 财政拨款800.00万元", is no plan of the year's spending once the plan was changed after it, "…调增360.00万元":
  // another plan of the subject is, "市级财政资金5360.00万元", else none is read; unless the rate names the start:
  // 完成年初预算的)
  const skip = new Set<Quantity>(tried);
  for (let round = 0; round < 3; round++) {
    const found = plannedForAny(s, spent, earlier, before, arrival, rateAt, stage, skip);
    if (!found || START_STAGE.test(stage ?? '') || !changedAfter(found, s, spent, [...before, ...earlier])) return found;
    skip.add(found.q);
  }
  return undefined;
}

/** A figure named as how far something went past or fell short of a plan: 超出预算, 超过预算, 低于预算, 比预算节约. */
const PAST_PLAN = /(?:超出|超过|超支|高于|低于|少于|多于|节约|节余)(?:年初|全年|调整后)?预算/;
/** Words that change a plan: 追加, 调增, 调减, 调整为 … */
const PLAN_CHANGE = /追加|追减|调增|调减|调整(?:后|为)/;

/** Whether `found` is a part of a plan at the start of the year that a change of plan stated after it, before `spent`, altered. */
function changedAfter(found: { s: Stretch; q: Quantity }, s: Stretch, spent: Quantity, stretches: readonly Stretch[]): boolean {
  const text = found.s.c.text;
  const head = text.slice(Math.max(found.s.from, text.lastIndexOf('。', found.q.at) + 1), found.q.at);
  if (!START_STAGE.test(found.q.label) && !(START_STAGE.test(head) && listedPart(text, found.q.at))) return false;
  let between = '';
  if (found.s === s) between = text.slice(found.q.end, spent.at);
  else {
    const k = stretches.indexOf(found.s);
    if (k < 0) return false;
    between = text.slice(found.q.end, found.s.to);
    for (let j = k + 1; j < stretches.length; j++) between += stretches[j]!.c.text.slice(stretches[j]!.from, stretches[j]!.to);
    between += s.c.text.slice(s.from, spent.at);
  }
  return PLAN_CHANGE.test(between);
}

function plannedForAny(s: Stretch, spent: Quantity, earlierAll: readonly Stretch[], beforeAll: readonly Stretch[], arrival: boolean, rateAt: number | undefined, stage: string | undefined, skip: ReadonlySet<Quantity>): { s: Stretch; q: Quantity } | undefined {
  // (no line of items under a line that opens them with a colon states a whole plan: "上级资金分两批下达：" then "2.第二批…539.00万元，
  // 其中中央资金386.40万元…" holds a batch's part, no plan of 中央资金)
  const earlier = earlierAll.some((e) => ITEM_RUN.has(e)) ? earlierAll.filter((e) => !ITEM_RUN.has(e)) : earlierAll;
  const before = beforeAll.some((e) => ITEM_RUN.has(e)) ? beforeAll.filter((e) => !ITEM_RUN.has(e)) : beforeAll;
  // the clause's words, with a leading 其中 kept (labels drop it)
  // (a figure that names no subject of its own after a run-in name, "2.公务接待费：支出39,624.00元，…", is of it)
  const clause = clauseLabel(s, spent);
  // (or by a title that is a sentence of its own before it: "2.公务用车购置及运行费。决算为18.62万元，完成预算的84.64%")
  const runIn = RUN_IN_NAME.exec(s.c.text.slice(s.from, spent.at)) ?? TITLE_SENTENCE.exec(s.c.text.slice(0, s.from));
  const spentLabel = runIn && GENERIC_SUBJECT.test(clause.replace(FIGURE_WORDS, '')) ? runIn[1]! + clause : clause;
  // (为年初预算的 p%: a plan of another stage, 年中调整后预算, is not the one named)
  const staged = stageFilter(stage);
  // (nor of a figure compared with, "与2022年度项目资金520.00万元相比，增加66.00万元": another year's)
  // (each figure's sentence, mapped only when a figure is first asked about: most calls end before any is)
  let stretchOf: Map<Quantity, Stretch> | undefined;
  const spentEarlier = ofAnotherYear(s, spent);
  const sentenceOf = (q: Quantity): Stretch => {
    if (!stretchOf) {
      stretchOf = new Map();
      for (const list of [before, earlier, [s]]) for (const e of list) for (const x of e.qs) stretchOf.set(x, e);
    }
    return stretchOf.get(q) ?? s;
  };
  const comparedWith = (q: Quantity): boolean => {
    const e = sentenceOf(q);
    // (nor one of a sentence of another year than the figure spent: "与上年相比，2022年…，资金总额4111.80万元；…" is no plan of
    // "全年实际支出4298.65万元"; "2022年项目全年预算780.00万元、实际支出741.30万元，执行率95.04%" is the plan of its own year)
    // (nor the figure of another year its subject is compared with: "项目预算资金比2022年的2,310.00万元增加546.40万元")
    // (nor, for a figure spent in another year, "2022年项目实际支出318.60万元，执行率为93.16%", a plan of the report's year)
    return comparedWithBefore(e, q) || PRIOR_AFTER_SUBJECT.test(q.label) || ((ofAnotherYear(e, q) || spentEarlier) && yearOfFigure(e, q) !== yearOfFigure(s, spent));
  };
  // (never a plan of nothing, "年初预算数为0元": no rate is of it)
  // (nor a plan of two sources together, "中央和省级资金3,240.00万元", of one of them: "中央资金支出2,466.40万元")
  const joint = JOINT_SOURCES.test(spentLabel);
  // (nor a plan named as what another is compared with, unless the rate names its stage: "全年预算比年初预算1,684.20万元增加352.65万元。
  // 全年支出1,998.47万元，预算执行率98.12%" is of the 全年预算)
  const asCompared = (q: Quantity): boolean => q.compared === true && !/年初|调整/.test(stage ?? '');
  // (nor the base another share names before the rate, "全年执行数1386.52万元，相当于年初预算1200.00万元的115.54%，预算执行率为95.62%": that
  // share's, measured there)
  const baseOfOther = (q: Quantity): boolean => {
    const e = sentenceOf(q);
    const m = SHARE_BASE_AFTER.exec(e.c.text.slice(q.end, q.end + 14));
    return m !== null && !(e === s && rateAt !== undefined && rateAt <= q.end + m[0].length);
  };
  // (nor how far the spending went past or fell short of a plan: "“三公”经费实际支出超出预算0.46万元，为预算数的105.41%")
  const operand = (q: Quantity): boolean => !baseOfOther(q) && !PAST_PLAN.test(q.label) && isRateOperand(q) && q.family === spent.family && q !== spent && !skip.has(q) && !(arrival && /到位/.test(q.label)) && staged(q.label) && !/^0+(?:\.0+)?$/.test(q.number) && !asCompared(q) && !comparedWith(q) && (joint || !JOINT_SOURCES.test(q.label));
  const fits = (q: Quantity): boolean => operand(q) && sameSubject(q.label, spentLabel);
  // (a part of a plan may name its subject at more length: 中央财政水利发展资金 for 中央资金支出)
  const fitsPart = (q: Quantity): boolean => operand(q) && (sameSubject(q.label, spentLabel) || namesAtLength(q.label, spentLabel));
  // (an item's spending, 公务接待费1.40万元，为预算的70.00%, is measured against that item's plan only)
  const item = ITEM_PLAN.test(spentLabel);
  // (and one item of a list, "其中：…" / "分资金来源看，自治区资金支出404.04万元，执行率96.20%", against its own
  // plan, never a whole plan that names no subject: 项目资金总额 is the whole's)
  // (or a line of such a list set out on lines: "分资金来源看：" / "中央财政资金支出1368.42万元，执行率96.37%；" / …)
  const listed = s.c.text.slice(s.from, spent.at).includes('其中') || LIST_LEAD.test(s.c.text.slice(s.from, spent.at)) || LISTED_LINES.has(s);
  let budget: { s: Stretch; q: Quantity } | undefined;
  // (a figure spent in the part after 其中, with that part's own plan before it: "全年预算2035.33万元，…；其中财政
  // 拨款预算1996.69万元，支出1990.04万元，执行率99.67%" is of the part's plan, not the whole's)
  // (in the clauses of that 其中 alone: "全年预算X，其中年初预算A，年中追加B；全年实际支出Y，…" spends the whole)
  const opened = s.c.text.lastIndexOf('其中', spent.at);
  const part = opened >= 0 && !/[；。]/.test(s.c.text.slice(opened, spent.at)) ? opened : -1;
  let ownPart: { s: Stretch; q: Quantity } | undefined;
  for (const q of s.qs) {
    if (q.at >= spent.at) break;
    if (fits(q) && PLANNED.test(q.label)) {
      budget = planOver(budget, { s, q });
      if (part >= s.from && q.at > part) ownPart = { s, q };
    }
  }
  if (ownPart) budget = ownPart;
  // "基本支出660.00万元，基本支出调整预算700.00万元，预算执行率94.29%": the plan of the same subject
  // stated after the figure spent, before the rate
  // (and over a plan of a clause group before the figure's ；: "基本支出2,386.55万元，预算数2,412.30万元，执行率98.93%；项目支出832.37万元，
  // 预算数873.30万元，执行率95.31%" states each part's plan in its own group)
  const ownGroup = s.c.text.lastIndexOf('；', spent.at);
  if ((!budget || (budget.s === s && budget.q.at < ownGroup)) && rateAt !== undefined) {
    let own: { s: Stretch; q: Quantity } | undefined;
    for (const q of s.qs) if (q.at > spent.at && q.at < rateAt && fits(q) && PLANNED.test(q.label) && PLAN_LAST.test(q.label)) own = planOver(own, { s, q });
    if (own) budget = own;
  }
  // (an item of a breakdown, a batch of funds "分两批下达：…；…下达剩余485.84万元", is no whole plan of a figure
  // that names no subject of its own: 到位资金2539.36万元, 资金到位率100%)
  const generic = GENERIC_SUBJECT.test(spentLabel.replace(FIGURE_WORDS, ''));
  // (a part of the budget's spending, "其中：基本支出实际支出4,326.81万元，执行率99.24%", against that part's plan only,
  // never the whole's "部门调整后预算11,390.00万元" of the sentence before)
  const ofPart = BUDGET_PART.exec(spentLabel)?.[0];
  // ("当年财政拨款全年预算调整为1,642.60万元。" … "项目全年预算数合计1,742.60万元。" … "当年财政拨款实际到位1,582.60万元，到位率
  // 96.35%": the plan that names the figure's own subject, before a nearer one that does not)
  const subject = generic ? '' : spentLabel.replace(FIGURE_WORDS, '').replace(/^(?:其中[：，]?)/, '');
  if (!budget && subject.length >= 4) {
    const near = [...before, ...earlier];
    for (let k = near.length - 1; k >= 0 && !budget; k--) {
      const e = near[k]!;
      for (const q of e.qs) if (fits(q) && PLANNED.test(q.label) && q.label.replace(FIGURE_WORDS, '').startsWith(subject) && (!SPENT_ONLY.test(q.label) || PLAN_LAST.test(q.label))) budget = planOver(budget, { s: e, q });
    }
  }
  // ("按资金来源分：" / "1.中央财政补助资金12480.00万元，…" / … then "中央财政补助资金支出11532.16万元，执行率92.41%": the amount a list of
  // the funds names as the spending's subject is its plan, no word of planning needed)
  if (!budget && subject.length >= 4 && !BUDGET_PART.test(spentLabel)) {
    const near = [...before, ...earlier];
    for (let k = near.length - 1; k >= 0 && !budget; k--) {
      const e = near[k]!;
      // (an item of a numbered list, on a line of its own other than the spending's)
      if (e.line === s.line || headingNumber(e.c.text).style === 'none') continue;
      for (const q of e.qs) if (operand(q) && q.depth === 0 && !SPENT_ONLY.test(q.label) && !PLANNED.test(q.label) && q.label.replace(ITEM_NUMBER, '').replace(FIGURE_WORDS, '').endsWith(subject) && Number(q.number) >= Number(spent.number)) budget = { s: e, q };
    }
  }
  for (let k = earlier.length - 1; k >= 0 && !budget; k--) {
    const e = earlier[k]!;
    for (const q of e.qs) if (fits(q) && PLANNED.test(q.label) && (!SPENT_ONLY.test(q.label) || PLAN_LAST.test(q.label)) && !(generic && listedPart(e.c.text, q.at)) && (ofPart === undefined || BUDGET_PART.exec(q.label)?.[0] === ofPart)) budget = planOver(budget, { s: e, q });
    // "预算10.00万元（…公务接待费2.00万元）。其中：…公务接待费1.40万元，为预算的70.00%": the part of a
    // plan broken down in brackets that names the spent figure's own subject
    if (!budget && !GENERIC_SUBJECT.test(spentLabel.replace(FIGURE_WORDS, ''))) {
      for (const q of e.qs) if (fitsPart(q) && !GENERIC_SUBJECT.test(q.label.replace(FIGURE_WORDS, '')) && planPart(earlier, k, q)) budget = { s: e, q };
    }
  }
  // (another paragraph's plan of a subject of its own, “三公”经费预算, is no plan of a figure that names
  // none: "全年支出432.60万元，执行率96.13%" in the part about another fund)
  const general = GENERIC_SUBJECT.test(spentLabel.replace(FIGURE_WORDS, '')) && !BUDGET_PART.test(spentLabel);
  const own = (q: Quantity): boolean => {
    const part = BUDGET_PART.exec(spentLabel)?.[0];
    return part !== undefined ? BUDGET_PART.exec(q.label)?.[0] === part : !GENERIC_SUBJECT.test(q.label.replace(FIGURE_WORDS, ''));
  };
  // a figure of a subject of its own (基本支出1,854.30万元，…预算执行率97.08%) against that subject's plan
  // where a paragraph before breaks the plan down ("调整预算为3,580.00万元（基本支出1,910.00万元，…）"),
  // not against the whole plan
  if (!budget && !general) {
    for (let k = before.length - 1; k >= 0 && !budget; k--) {
      const e = before[k]!;
      // (or listed after 其中: "全年调整预算X元，其中基本支出预算A元，项目支出预算B元" / "项目资金共计X万元。其中：中央…")
      for (const q of e.qs) {
        if (fitsPart(q) && own(q) && planPart(before, k, q)) budget = { s: e, q };
        // (or a part of the budget, 基本支出, with its plan stated on its own, the later stated first: "年初预算X，其中
        // 基本支出A…。调整后，基本支出全年预算B，…": B)
        else if (BUDGET_PART.test(spentLabel) && fits(q) && own(q) && PLANNED.test(q.label) && (!SPENT_ONLY.test(q.label) || PLAN_LAST.test(q.label)) && q.depth === 0 && !listedPart(e.c.text, q.at)) budget = planOver(budget, { s: e, q });
      }
      // (a part's figure, where the plan is broken down by parts none of which is its own: no plan of it;
      // the whole, 全年一般公共预算支出, is measured against the whole plan, found below)
      if (!budget && BUDGET_PART.test(spentLabel) && e.qs.some((q) => q.depth > 0 && partOfPlan(e, q) && (BUDGET_PART.test(q.label) || !GENERIC_SUBJECT.test(q.label.replace(FIGURE_WORDS, ''))))) return undefined;
    }
  }
  // ("2024年“三公”经费年初预算12.50万元，…。" then on the next line "全年实际支出10.87万元，为预算数的86.96%"):
  // a figure spent that names no subject, right after a paragraph stating a plan, goes on with its subject
  if (!budget && general && rateAt !== undefined) {
    const e = before[before.length - 1];
    if (e && e.line === s.line - 1 && earlier.length === 0 && !LISTED_LINES.has(e)) {
      for (const q of e.qs) if (fits(q) && q.depth === 0 && WHOLE_PLANNED.test(q.label) && !SPENT_ONLY.test(q.label) && !BATCH_LABEL.test(q.label) && !LEVEL_FUNDS.test(q.label) && !pairedInSentence(e, q, spent) && !budget && !listedLine(before, before.length - 1, q) && !additionPart(e, q) && !madeOf(e, q) && !dimensionPart(e.c.text, q.at)) budget = { s: e, q };
    }
  }
  // (a place's spending, 白沙县支出472.10万元 in a list by county, is never measured against a whole plan
  // of another paragraph that names no subject: its own allocation is the plan, or none is read)
  const place = spentLabel.replace(FIGURE_WORDS, '').replace(ITEM_NUMBER, '');
  const specific = PLACE_SUBJECT.test(place);
  // ("下达各县（区）的资金如下：1.白沙县486.25万元；…" then "白沙县支出472.10万元，执行率97.09%": the amount
  // the place was given, named by the place alone, the nearest before)
  if (!budget && specific) {
    for (let k = before.length - 1; k >= 0 && !budget; k--) {
      const e = before[k]!;
      for (const q of e.qs) if (operand(q) && q.depth === 0 && q.label.replace(ITEM_NUMBER, '') === place) budget = { s: e, q };
    }
  }
  // (a part of the budget, "1.基本支出2,812.64万元，…，执行率98.33%", whose plan a paragraph broke down by the same parts in a
  // sentence of their own after the whole plan, "调整后预算为13,920.75万元。" / "按支出性质分：基本支出2,860.45万元，项目支出
  // 11,060.30万元。": the part's figure in that breakdown of plans is its plan, never the whole)
  if (!budget && ofPart !== undefined) {
    for (let k = before.length - 1; k >= 0 && !budget; k--) {
      const e = before[k]!;
      for (const q of e.qs) if (operand(q) && q.depth === 0 && BUDGET_PART.exec(q.label)?.[0] === ofPart && dimensionPart(e.c.text, q.at) && breakdownOfPlans(before, k)) budget = { s: e, q };
    }
  }
  // ("其中833.60万元下达到乡镇，县本级保留36.40万元。" then "…；县本级支出26.17万元，执行率为71.90%": what a level kept of the
  // funds it passed on is the plan of its own spending, not another amount that names it, 县本级安排配套资金150.00万元, a source)
  if (!budget && subject !== '') {
    for (let k = before.length - 1; k >= 0 && !budget; k--) {
      const e = before[k]!;
      for (const q of e.qs) if (operand(q) && q.depth === 0 && KEPT.test(q.label) && sameSubject(q.label, spentLabel) && !GENERIC_SUBJECT.test(q.label.replace(KEPT, '').replace(FIGURE_WORDS, ''))) budget = { s: e, q };
    }
  }
  // ("按支出内容划分，…，冷链仓储设施建设3,104,400.00元。" then "上述冷链仓储设施支出折合310.44万元，预算执行率为84.70%": an
  // item of a breakdown named again is measured against its own plan, never the whole plan that names no subject)
  const itemOfBreakdown = subject.length >= 4 && !BUDGET_PART.test(spentLabel) && [...before, ...earlier].some((e) => e.qs.some((q) => q !== spent && q.label.replace(FIGURE_WORDS, '').startsWith(subject) && (listedPart(e.c.text, q.at) || dimensionPart(e.c.text, q.at))));
  for (let k = before.length - 1; k >= 0 && !budget; k--) {
    const e = before[k]!;
    // (a plan listed as a part, "…全年预算数X，其中年初预算Y", is not the whole plan)
    // (nor one on a line that goes on with the list of the line before, ended by its ；: "…其中重点对象…、一般户…；" then
    // "庭院配套及小型附属设施预算338.40万元；质量检测、图审及项目管理费预算66.00万元。")
    const part = /^\s*其中/.test(e.c.text) || (e.from === 0 && k > 0 && before[k - 1]!.line === e.line - 1 && /；\s*$/.test(before[k - 1]!.c.text));
    for (const q of e.qs) {
      // (nor what an addition to the plan was made of: "追加预算主要是省、市下达的困难群众救助补助资金1,687.50万元和…")
      // (nor what a plan is made of: "年初当年财政拨款1,380.00万元由中央提前下达水利发展资金700.00万元、…")
      if (additionPart(e, q) || madeOf(e, q)) continue;
      if (fits(q) && WHOLE_PLANNED.test(q.label) && !SPENT_ONLY.test(q.label) && !BATCH_LABEL.test(q.label) && q.depth === 0 && !part && !listedPart(e.c.text, q.at) && !(general && (pairedInSentence(e, q, spent) || ITEM_PLAN.test(q.label) || LEVEL_FUNDS.test(q.label) || SOURCE_FUNDS.test(q.label) || namedItem(e, q) || dimensionPart(e.c.text, q.at))) && !(item && !ITEM_PLAN.test(q.label)) && !((listed || specific || itemOfBreakdown) && GENERIC_SUBJECT.test(q.label.replace(FIGURE_WORDS, ''))) && !listedLine(before, k, q) && !LISTED_LINES.has(e)) budget = planOver(budget, { s: e, q });
    }
  }
  // ("本项目财政补助资金合计3,186.00万元，由…三部分组成" then "按上述标准，直补到户资金预算为2,781.60万元，其中…": of a
  // figure that names no subject, the whole plan is the funds' stated total before a nearer plan of one use of them)
  const k = budget && general && !TOTAL_WORD_PLAN.test(budget.q.label) ? before.lastIndexOf(budget.s) : -1;
  if (budget && k >= 0) {
    const nearer = budget;
    for (let j = k - 1; j >= Math.max(0, k - 12) && budget === nearer; j--) {
      for (const q of before[j]!.qs) if (q.depth === 0 && q.family === spent.family && isRateOperand(q) && FUNDS_TOTAL_WORD.test(clauseLabel(before[j]!, q)) && !SPENT_ONLY.test(q.label) && !isPriorLabel(q.label) && Number(q.number) > Number(nearer.q.number)) budget = { s: before[j]!, q };
    }
  }
  // (a class item of the budget named by its level, "车辆购置税用于农村公路建设支出（项）决算1,087.90万元，仅完成年初预算的83.68%", is
  // measured against a plan of its own name only: not the department's 年初预算, nor its class's)
  if (budget && ofAnotherItem(`${itemWords(s, spent)}|${spentLabel}`, budget.s.c.text.slice(0, budget.q.end))) return undefined;
  // (an item of a 其中 list that names its own subject is never measured against the whole plan that names none: "全年预算调整为
  // 2,045.60万元。…其中：当年财政拨款支出1,862.15万元，执行率96.48%" is of the allotment's own plan, not stated as one figure)
  if (budget && listed && !generic && !BUDGET_PART.test(spentLabel) && budget.s !== s && GENERIC_SUBJECT.test(budget.q.label.replace(FIGURE_WORDS, ''))) return undefined;
  return budget;
}

/**
 * Whether a plan's own sentence measures another figure spent against it: "项目支出8,492.42万元，项目预算8,899.91万元，项目预算
 * 执行率95.42%" is the plan of 8,492.42, never of "全年实际支出9,104.87万元" stated later with a rate of its own.
 */
function pairedInSentence(e: Stretch, plan: Quantity, spent: Quantity): boolean {
  let other = false;
  let rate = false;
  for (const x of e.qs) {
    if (x.family === 'pct' && x.at > plan.at && RATE_WORD.test(x.label)) rate = true;
    else if (x !== plan && x.depth === 0 && x.family === spent.family && x.number !== spent.number && SPENT_LABEL.test(x.label) && !isPlanLabel(x.label)) other = true;
  }
  return rate && other;
}

/** A plan stated as a total: 预算合计, 资金总额. */
const TOTAL_WORD_PLAN = /合计|总计|总额|共计/;
/** The funds' stated total: 财政补助资金合计, 项目资金总额, 资金共计. */
const FUNDS_TOTAL_WORD = /(?:资金|经费|预算)(?:合计|总计|总额|共计)(?:为|是)?$/;

/**
 * Whether a plan is an item's, named by the run-in name of its sentence ("3.公务用车购置及运行维护费：预算46.50万元"):
 * no whole plan of a figure that names no subject.
 */
function namedItem(e: Stretch, q: Quantity): boolean {
  const name = RUN_IN_NAME.exec(e.c.text.slice(e.from, q.at))?.[1];
  return name !== undefined && !GENERIC_SUBJECT.test(name);
}

/**
 * A figure of a numbered line beside numbered lines with a figure of the same name ("（6）…维修养护，安排资金
 * 196.00万元" / "（7）…能力提升，安排资金346.40万元"): one item's, never the whole plan of a figure after the list.
 */
function listedLine(stretches: readonly Stretch[], k: number, q: Quantity): boolean {
  const e = stretches[k]!;
  if (e.from !== 0 || !ITEM_NUMBER.test(e.c.text)) return false;
  // the first sentences of the lines next to it
  const lineStart = (from: number, step: -1 | 1): Stretch | undefined => {
    for (let j = from; j >= 0 && j < stretches.length; j += step) {
      const x = stretches[j]!;
      if (x.line !== e.line && x.from === 0) return x;
    }
    return undefined;
  };
  return [lineStart(k - 1, -1), lineStart(k + 1, 1)].some((x) => x !== undefined && ITEM_NUMBER.test(x.c.text) && x.qs.some((y) => y.family === q.family && y.label === q.label));
}

/** The stage words of a plan: the plan at the start of the year, and the whole plan after adjustment. */
const START_STAGE = /年初/;
// (and what was added or cut in the year, 年中追加下达…资金: no plan at the start)
const LATER_STAGE = /调整|全年|追加|追减|调增|调减|年中/;

/**
 * Which plans a named stage admits: 年初 not a plan named as adjusted or for the whole year, and
 * 调整 / 全年 (one figure in most reports) not a plan named as the start of the year; a plan that
 * names no stage fits any.
 */
export function stageFilter(stage: string | undefined): (label: string) => boolean {
  if (!stage) return () => true;
  if (START_STAGE.test(stage)) return (label) => !LATER_STAGE.test(label) || START_STAGE.test(label);
  if (LATER_STAGE.test(stage)) return (label) => !START_STAGE.test(label) || LATER_STAGE.test(label);
  return () => true;
}

/**
 * The sentences that open a line of a list set out on lines under a line of its own that opens it ("分资金来源看：" then
 * "中央财政资金支出1368.42万元，执行率96.37%；" …): marked by the relation reader as it reads the list, before their rates.
 */
/** Lines of items under a line that opens them with a colon and names no figure (上级资金分两批下达：): none states a whole plan. */
const ITEM_RUN = new WeakSet<Stretch>();
export function markItemRunLine(s: Stretch): void {
  ITEM_RUN.add(s);
}

const LISTED_LINES = new WeakSet<Stretch>();
export function markListedLine(s: Stretch): void {
  LISTED_LINES.add(s);
}

/** A sentence that opens a list of parts by a dimension: 分资金来源看， / 从支出结构来看， / 按用途分： */
const LIST_LEAD = new RegExp(`^(?:，|。)?(?:${DIMENSION_VIEW}|按[^，。；：\\d]{1,10}?分(?:类)?)[：，]`);

/** A subject that is a place (白沙县, 临江区, 城关镇), not a level of government's fund (县级, 市本级). */
const PLACE_SUBJECT = /^[\u4e00-\u9fff]{1,8}(?:县|区|市|镇|乡|街道|村|旗)$/;
/** The number of a list's item before its name: (1), 1. */
const ITEM_NUMBER = /^(?:[（(]\d+[）)]|\d+[.、．])/;

/** A figure in the brackets right after a plan figure: a part of the plan ("调整预算为3,580.00万元（基本支出1,910.00万元，…）"). */
export function partOfPlan(e: Stretch, q: Quantity): boolean {
  // the bracket that holds the figure ("（因公出国（境）费0万元、公务接待费2.00万元）": not the inner （境）)
  const text = e.c.text;
  let open = -1;
  for (let i = q.at - 1, d = 0; i >= 0; i--) {
    if (text[i] === '）') d++;
    else if (text[i] === '（' && d-- === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let owner: Quantity | undefined;
  for (const x of e.qs) if (x.end <= open) owner = x;
  // (a balance carried in, 年初结转和结余X（财政拨款结转…）, is no plan: its 年初 says when)
  return owner !== undefined && PLANNED.test(owner.label) && !/结转|结余/.test(owner.label) && /^\s*$/.test(e.c.text.slice(owner.end, open).replace(/[万亿]?元/, ''));
}

/** A planned figure as a rate's base: a part of a plan in brackets named as that part's plan (公务接待费预算). */
export function planFigure(e: Stretch, q: Quantity): FigureFact {
  const f = figure(e, q);
  return q.depth > 0 && !isPlanLabel(f.label) && partOfPlan(e, q) ? { ...f, label: `${f.label}预算` } : f;
}

/** A sentence opening with the name of a plan and 中 (调整后全年预算中，): the plan's parts follow. */
const PLAN_LEAD = /^[^，。；：\d]{0,12}?(?:预算|计划)数?中[，：]/;
const PLAN_FIGURE_LEAD = /(?:预算|计划)(?:数|资金)?(?:为)?\d[\d,.]*(?:亿元|万元|元)中[，：]/;

/** What a part of a plan's total is labelled when it is none of the plan words: 项目资金共计, 资金合计. */
const FUNDS_TOTAL = /资金(?:共计|合计|总计)?(?:为|是)?$/;

/** Words that open the list of a total's parts: 其中, 具体为, 分别为, 明细为, 包括. */
const PARTS_LEAD = /其中|具体(?:为|是|包括)|分别(?:为|是)|明细(?:为|如下)|包括/;

/**
 * A part of a plan: in brackets after it, or listed after a 其中 (具体为, 分别为 …) that follows it, in the part's own
 * sentence or opening it after the plan's sentence of the same paragraph ("项目资金共计100.00万元。其中：…").
 */
function planPart(list: readonly Stretch[], k: number, q: Quantity): boolean {
  if (q.depth > 0) return partOfPlan(list[k]!, q);
  let e = list[k]!;
  // ("调整后全年预算中，财政拨款7,793.54万元，…": parts after a lead naming a plan)
  // (or a plan's figure and 中: "按子项目划分，全年预算数2,110.00万元中，处理终端提升改造1,260.00万元…")
  if (PLAN_LEAD.test(e.c.text.slice(e.from, q.at)) || PLAN_FIGURE_LEAD.test(e.c.text.slice(e.from, q.at))) return true;
  let at = e.c.text.slice(e.from, q.at).search(PARTS_LEAD);
  // (an item after a ； of the list: "其中：中央…60.00万元，占60.00%；区级配套资金40.00万元")
  while (at < 0 && k > 0 && e.c.text[e.from - 1] === '；' && list[k - 1]!.c === e.c) {
    e = list[--k]!;
    at = e.c.text.slice(e.from, e.to).search(PARTS_LEAD);
  }
  if (at < 0) return false;
  let owner: Quantity | undefined;
  for (const x of e.qs) if (x.at < e.from + at && x.depth === 0 && x.family !== 'pct') owner = x;
  const prior = list[k - 1];
  if (!owner && at <= 1 && prior && prior.c === e.c) {
    // (not how far it is from another figure: "…实际支出14.60万元，为预算的78.49%，比预算节约4.00万元。具体为：…" lists what was spent)
    for (const x of prior.qs) if (x.depth === 0 && x.family !== 'pct' && isRateOperand(x) && !/[比较][^，。；]{0,8}(?:节约|节省|超支|多|少)/.test(x.label)) owner = x;
  }
  // (not the parts of one batch of funds handed down: "6月下达第二批资金1,880.00万元，其中中央资金1,410.00万元、…" plans no 中央资金)
  return owner !== undefined && (PLANNED.test(owner.label) || FUNDS_TOTAL.test(owner.label)) && !BATCH_LABEL.test(owner.label);
}

/** A batch of funds handed down: 第一批, 第2批, 首批, 两批 (not 批复). */
const BATCH_LABEL = /第[一二三四五六七八九十\d]{1,2}批|首批|[一二两三四五六七八九十]批(?!复)/;

/** Whether one name spells the other out at more length: 中央财政水利发展资金 for 中央资金 (same first two characters, the rest in order). */
function namesAtLength(a: string, b: string): boolean {
  const x = a.replace(FIGURE_WORDS, '');
  const y = b.replace(FIGURE_WORDS, '');
  if (x.length < 2 || y.length < 2 || x.slice(0, 2) !== y.slice(0, 2)) return false;
  return x.length >= y.length ? isSubsequence(y, x) : isSubsequence(x, y);
}

/** A figure after a 其中 of its own sentence: a part listed. */
function listedPart(text: string, at: number): boolean {
  const head = text.slice(0, at);
  // (or an item of its sentence's breakdown after a colon: "中央财政资金分两批下达：…提前下达1943.36万元…；
  // …下达剩余485.84万元")
  return /其中/.test(head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；')) + 1)) || BREAKDOWN_LEAD.test(head.slice(head.lastIndexOf('。') + 1));
}

/** A figure of a breakdown by a dimension ("按资金来源划分，一般公共预算资金3,528.80万元，…"): one part's, no whole plan. */
function dimensionPart(text: string, at: number): boolean {
  const head = text.slice(0, at);
  return DIMENSION_LEAD.test(head.slice(head.lastIndexOf('。') + 1));
}
/**
 * Whether the breakdown sentence before[k] breaks down plans: its own words are of the plan stage, or it names no stage and the
 * sentence before it, which states the whole, is of the plan stage ("调整后预算为X万元。" then "按支出性质分：基本支出A万元，…").
 */
function breakdownOfPlans(before: readonly Stretch[], k: number): boolean {
  const e = before[k]!;
  const own = stageOf(e.c.text, e.from, e.to);
  if (own !== undefined) return own === 'plan';
  const prior = before[k - 1];
  return prior !== undefined && prior.qs.some((q) => q.depth === 0 && q.family === 'money') && stageOf(prior.c.text, prior.from, prior.to) === 'plan';
}
/** A sentence opening a breakdown by a dimension: 按资金来源划分，/ 按支出性质分：/ 分资金来源看， */
const DIMENSION_LEAD = new RegExp(`^\\s*${BY_DIMENSION}[，：]`);
/** Words before a colon that open a breakdown into items: 分两批下达：, 分为：, 包括：. */
const BREAKDOWN_LEAD = /(?:分[\u4e00-\u9fff]{0,3}批[\u4e00-\u9fff]{0,4}|分为|包括|由以下[\u4e00-\u9fff]{0,4}组成)[：:]/;

/** Words saying what an addition to (or a cut of) the plan was made of: 追加预算主要是…, 调增资金包括… */
const ADDITION_PARTS = /(?:追加|调增|追减|调减|新增)[^，。；]{0,12}?(?:主要(?:是|为|包括|用于)|包括|其中|分别为)/;
/**
 * Whether a figure is one of what an addition to the plan was made of (追加预算主要是…资金1,687.50万元), or such an
 * addition or cut itself (年中省级财政追加下达中央补助资金165.50万元): no whole plan.
 */
/** Whether a figure is one of what the figure before it in its clause is made of: "X万元由A资金Y万元、B资金Z万元…". */
function madeOf(e: Stretch, q: Quantity): boolean {
  const head = e.c.text.slice(e.from, q.at);
  const k = head.lastIndexOf('由');
  return k > 0 && !/[，。；]/.test(head.slice(k)) && /\d(?:万元|亿元|元)$/.test(head.slice(0, k));
}

function additionPart(e: Stretch, q: Quantity): boolean {
  return ADDITION_PARTS.test(e.c.text.slice(e.from, q.at)) || (ADDED_OR_CUT.test(q.label) && !/调整后|追加后|全年/.test(q.label));
}
const ADDED_OR_CUT = /追加|追减|调增|调减/;
/** Funds of one level of government (市级资金年初预算): a part by source, never the whole plan of a figure that names none. */
const LEVEL_FUNDS = /^(?:(?:19|20)\d{2}年度?)?(?:中央|省级?|市级?|县级?|区级?|自治区|州级?)(?:财政)?(?:资金|配套|补助)/;
/** Funds of one source (援藏资金, 转移支付, 专项资金 …): never the whole plan of a figure that names none. */
const SOURCE_FUNDS = /援藏|援疆|对口支援|转移支付|专项资金|债券资金/;
/** A plan of one class of spending (三公, 会议费 …), never the whole plan of a figure that names none. */
const ITEM_PLAN = /三公|因公出国|公务(?:用车|接待)|会议费|培训费|差旅费/;

/**
 * Of two plans in one stretch, the later one (年初预算X，调整后预算Y: Y), unless it is a part of the
 * earlier ("全年预算数5,630.28万元，其中年初预算4,980.00万元" / "…，由年初预算…和年中追加…组成": the whole stays).
 */
function planOver(was: { s: Stretch; q: Quantity } | undefined, now: { s: Stretch; q: Quantity }): { s: Stretch; q: Quantity } {
  if (!was || was.s !== now.s || now.q.at < was.q.at) return now;
  // (a 其中 inside a bracket that closed between them details the earlier plan's figure, not the later plan: "…预算20.00万元，
  // 支出17.85万元（其中：购置费0万元，…），执行率89.25%；公务接待费预算6.00万元")
  return now.q.depth > was.q.depth || /其中|包括|含|由/.test(now.s.c.text.slice(was.q.end, now.q.at).replace(BRACKETED, '')) ? was : now;
}


/**
 * "全省一般公共预算支出900亿元，完成调整预算1000亿元的95%": the figure before the phrase over the
 * plan it states; the figure before is the nearest of the plan's kind that is no change or share.
 */
function planInPhrase(s: Stretch, i: number, out: RelationFact[]): boolean {
  const r = s.qs[i]!;
  const plan = s.qs[i - 1];
  if (!plan || plan.family === 'pct' || s.c.text.slice(plan.end, r.at) !== '的' || !PLAN_PHRASE.test(plan.label)) return false;
  let spent: Quantity | undefined;
  for (let k = i - 2; k >= 0 && !spent; k--) {
    const q = s.qs[k]!;
    if (q.family === plan.family && q.unit !== '%' && isRateOperand(q)) spent = q;
  }
  if (!spent) return false;
  const rf = figure(s, r);
  // named as the plan it is (调整预算), not by the verb before it (完成调整预算)
  const planName = plan.label.replace(/^(?:完成|为|达到?|相当于)了?/, '');
  out.push({ relation: 'rate', subject: `占${planName}的比例`, rate: rf, numerator: figure(s, spent), denominator: { ...figure(s, plan), label: planName }, src: rf.src });
  return true;
}

/**
 * Rates of what was done over what was to be done (完成率, 覆盖率, 办结率 …), read over counts named 已…
 * and 应… (not 满意率 or 合格率: of those asked or tested, not of those to be done).
 */
const DONE_RATE = /(?:完成|覆盖|办结|落实|开工|建成|接入|纳入)率(?:为|是|达到?|达|约)?$/;
const DONE_RATE_END = /(?:完成|覆盖|办结|落实|开工|建成|接入|纳入)率$/;

/** Words of a count that was done, and of the count to be done (a 完成率 of counts). */
const COUNT_DONE = /已|实际|完成|累计/;
// (按计划 says it was done as planned: "按计划工期完工13个" is done)
const COUNT_PLANNED = /应|(?<!按)计划|任务|目标|需|拟/;

/** How far a count went past (or fell short of) its target: 多完成, 超额完成, 超出, 少完成, 差. */
const BEYOND_TARGET = /(?:多|超额?|少)(?:完成|出)?$|^(?:超额|超出|多完成|少完成)/;

/** Stems of rates that are not a count over a count. */
const NOT_A_RATIO = /增长|下降|增|减|占|比|满意|覆盖|普及|达标排放/;

/**
 * 受理矛盾纠纷8734件，调解成功8577件，调解成功率98.2%: the figure the rate names (its label holds
 * the rate's stem) ÷ the figure of the same measure word before it, in one sentence; when the sentence
 * states no other, the first of the sentence before (`prev`: "1．全年开展培训2,160人次，其中…；" then
 * "2．考核合格1,998人次，培训合格率92.5%；"), not a part of it, nor less than the figure the rate names.
 */
function countRate(s: Stretch, r: Quantity, out: RelationFact[], completion = false, prev?: Stretch): void {
  const name = r.label.replace(RATE_VERBS, '');
  if (!name.endsWith('率')) return;
  // (a 完成率 names what was done by the words before 完成: 报送完成率 is of what was 报送)
  const stem = (completion ? name.replace(DONE_RATE_END, '') : name.slice(0, -1)).replace(/^(?:全年|本年度?|总体|综合|平均|任务|计划|工作)/, '');
  if (!completion && (stem.length < 2 || NOT_A_RATIO.test(stem))) return;
  // (in the rate's own clauses, after the last ；: "…按类型分：…，其他6件；已办结73件，办结率100%" is no rate over the
  // last item of the list before the ；)
  const group = s.c.text.lastIndexOf('；', r.at);
  const prior = s.qs.filter((q) => q.at < r.at && q.at > group && q.family !== 'pct' && q.family !== 'money');
  let numerator = prior[prior.length - 1];
  // ("…2,586批次，较年度目标2,400批次多完成186批次，完成率107.75%": how far the count done went past its target is
  // no count done; the count before the comparison is)
  let compared: Quantity | undefined;
  if (numerator && prior.length > 2 && BEYOND_TARGET.test(numerator.label) && /(?:较|比|与)[^，。；]*?(?:目标|计划|任务)/.test(prior[prior.length - 2]!.label)) {
    compared = prior[prior.length - 2]!;
    numerator = prior[prior.length - 3];
  }
  // (what is not so is no count of it: "考核合格290人，不合格8人，合格率为97.32%" is 290 of 298, a base not stated)
  if (!numerator || /增|减|上年|同比|占/.test(numerator.label) || /^(?:不|未|非)/.test(numerator.label)) return;
  // the figure done: named by the rate's stem, or (a 完成率) by a word of what was done
  // (the clause's words, over a bracket a label stops at: "应纳入监测的乡镇（街道）125个")
  const words = (q: Quantity): string => s.c.text.slice(Math.max(s.c.text.lastIndexOf('，', q.at), s.c.text.lastIndexOf('；', q.at), s.c.text.lastIndexOf('。', q.at), s.from - 1) + 1, q.at);
  if (!(stem.length >= 2 && numerator.label.includes(stem.slice(-2))) && !(completion && COUNT_DONE.test(words(numerator)))) return;
  // (the figure the rate names in full, when another one does: "集中供养348人、分散供养857人，集中供养率为28.88%" is
  // of 集中供养, over a whole not stated here)
  if (stem.length >= 2 && !numerator.label.includes(stem)) {
    for (const q of prior) if (q.label.includes(stem) && q.unit === numerator.unit) numerator = q;
  }
  // (the count done that the rate names by a word of its stem, when the last one names another thing: "计划修复堤防12.5公里、涵闸9座，
  // 实际修复堤防11.8公里、涵闸9座，堤防修复完成率94.40%" is of 堤防, 11.8 of 12.5, not of the 涵闸)
  if (completion && stem.length >= 2 && !sharesWord(stem, numerator.label)) {
    for (const q of prior) if (q !== numerator && sharesWord(stem, q.label) && COUNT_DONE.test(words(q)) && !COUNT_PLANNED.test(words(q))) numerator = q;
  }
  let denominator: Quantity | undefined = compared;
  for (let i = prior.indexOf(numerator) - 1; i >= 0 && !denominator; i--) {
    const q = prior[i]!;
    if (q.unit === numerator.unit && !/增|减|上年|同比|占/.test(q.label)) denominator = q;
  }
  // (the count the rate names by the words before its stem, where one does: "项目共分为12个单项工程，即5条改造路段、6座危桥和
  // 1个安全生命防护工程，按期完工11个，单项工程按期完工率为91.67%" is 11 of the 12 单项工程, not of the last item of its list)
  const of = ownWords(stem, numerator.label);
  if (denominator && of.length >= 2 && !named(s, denominator, of)) {
    for (let i = prior.indexOf(numerator) - 1; i >= 0; i--) {
      const q = prior[i]!;
      if (q.unit === numerator.unit && !/增|减|上年|同比|占/.test(q.label) && named(s, q, of)) {
        denominator = q;
        break;
      }
    }
  }
  // (the count to be done stated after the count done: "参保412,386人，应参保人数425,120人，参保率97.00%" is 412,386 of
  // 425,120, not the other way round)
  if (!completion && denominator && COUNT_PLANNED.test(words(numerator)) && !COUNT_PLANNED.test(words(denominator))) [numerator, denominator] = [denominator, numerator];
  // (a total named as one after its items, "升入普通高中372人、中等职业学校131人，…，合计升学503人，总升学率94.19%":
  // the items are its parts, no base of it; the base is a count stated before them in the sentence: the one the
  // rate agrees with, else the nearest, against which it is then wrong)
  if (denominator && TOTAL_NAMED.test(numerator.label)) {
    const items = itemsSummingTo(prior, prior.indexOf(numerator));
    if (items) {
      const num = numerator;
      const bases = s.qs.filter((q) => q.at < items.at && q.depth === 0 && q.unit === num.unit && q.family !== 'pct' && Number(q.number) > 0 && !/增|减|上年|同比|占/.test(q.label)).reverse();
      // (counts read as decimals with no unit shift: parseMoney's interval of a printed figure serves any count)
      denominator = bases.find((q) => percentConsistent(parseMoney(num.number, '元'), parseMoney(q.number, '元'), r.number)) ?? bases[0];
      if (!denominator) return;
    }
  }
  // (a 完成率's base is the count to be done: 应…, 计划…, 任务…, 目标…)
  if (completion && denominator && !COUNT_PLANNED.test(words(denominator))) return;
  // (得分率 is a score over its full marks, never over another score: "决策指标得分13.50分，得分率90.00%；过程…")
  if (numerator.family === 'score' && !(denominator && /分值|满分|权重|标准分/.test(words(denominator)))) return;
  let base = denominator ? figure(s, denominator) : undefined;
  if (!base) {
    if (completion || prior.length !== 1 || !prev) return;
    const q = prev.qs.find((x) => x.depth === 0 && x.family !== 'pct' && x.family !== 'money' && !x.approx && !/增|减|上年|同比|占|其中/.test(x.label));
    if (!q || q.unit !== numerator.unit || Number(q.number) < Number(numerator.number) || prev.c.text.slice(prev.from, q.at).includes('其中')) return;
    // (of what the rate names: "开展培训2,160人次" for 培训合格率; not "具备生活自理能力的826人" for 全失能人员集中供养率)
    if (!sharesWord(stem, q.label)) return;
    base = figure(prev, q);
  }
  // (a rate of counts read before and said again, "…导致单项工程按期完工率仅为91.67%" after the sentence that stated it: the
  // figures near it here are of something else, 危桥改造计划6座，完工5座, when they do not give it and the earlier ones did)
  if (!countsGive(numerator.number, base.number, r.number) && restatesRead(out, r)) return;
  // (nor is a count smaller than the one done the base of a rate not over 100%: "检出不合格样品87批次，合格5,039批次，抽检合格率为
  // 98.30%" is 5,039 of 5,126, a base not stated)
  if (Number(r.number) <= 100 && base.unit === numerator.unit && Number(base.number) < Number(numerator.number)) return;
  const rf = figure(s, r);
  out.push({ relation: 'rate', subject: r.label, rate: rf, numerator: figure(s, numerator), denominator: base, src: rf.src });
}

/** The words of a rate's stem that its numerator's label does not hold (单项工程 of 单项工程按期完工 over 按期完工). */
function ownWords(stem: string, label: string): string {
  let best = '';
  for (let i = 0; i < stem.length; i++) for (let j = i + best.length + 1; j <= stem.length; j++) if (label.includes(stem.slice(i, j))) best = stem.slice(i, j);
  return best.length >= 2 ? stem.replace(best, '') : '';
}

/** Whether a count is named `words`: in its label, or by the noun right after it (12个单项工程). */
function named(s: Stretch, q: Quantity, words: string): boolean {
  return q.label.includes(words) || s.c.text.startsWith(words, q.end);
}

/** Whether a count over a count, both exact, gives the rate as printed (to half its last decimal). */
function countsGive(numerator: string, denominator: string, rate: string): boolean {
  const d = Number(denominator.replace(/,/g, ''));
  const decimals = rate.split('.')[1]?.length ?? 0;
  return d > 0 && Math.abs((Number(numerator.replace(/,/g, '')) / d) * 100 - Number(rate)) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * Whether a rate of counts of the same name was read before, with figures that give this one's print (its own print
 * the same, or another the earlier figures do not give: the earlier print is then the wrong one, checked there).
 */
function restatesRead(out: readonly RelationFact[], r: Quantity): boolean {
  const name = r.label.replace(RATE_VERBS, '').slice(-4);
  return out.some((x) => x.relation === 'rate' && x.rate && x.numerator && x.denominator && x.numerator.family !== 'money' && x.subject.replace(RATE_VERBS, '').endsWith(name) && countsGive(x.numerator.number, x.denominator.number, r.number));
}

/** The verbs and words between a rate's name and its figure: 为, 达到, 约, 仅 (…按期完工率仅为91.67%). */
const RATE_VERBS = /(?:为|是|达到?|达|约|仅)+$/;

/** A count named as the total of what is listed before it: 合计升学503人, 共计… */
const TOTAL_NAMED = /合计|共计|总计/;

/** The figures right before qs[k], of its unit, that add up to it (the items a named total sums): where they start. */
function itemsSummingTo(qs: readonly Quantity[], k: number): { at: number } | undefined {
  const total = Number(qs[k]!.number);
  let sum = 0;
  for (let j = k - 1; j >= 0 && qs[j]!.unit === qs[k]!.unit; j--) {
    sum += Number(qs[j]!.number);
    if (sum === total && j < k - 1) return { at: qs[j]!.at };
    if (sum > total) return undefined;
  }
  return undefined;
}

/**
 * A paragraph's title standing as a sentence before the rest, naming an item: 2.公务用车购置及运行费。
 * (a topic, 4.预算执行情况。 / 1.资金到位情况。, names no item)
 */
const TITLE_SENTENCE = /^\s*(?:[（(]?[\d一二三四五六七八九十]{1,2}[)）.、．。]\s*)?(?!其中|包括|具体|分别|主要)([\u4e00-\u9fff（）()]{2,16})(?<!情况|分析|方面|管理|使用|执行)。$/;
/** A sentence's run-in name before a colon: "2.公务接待费：", "（三）项目支出：". */
const RUN_IN_NAME = /^\s*(?:[（(]?[\d一二三四五六七八九十]{1,2}[)）.、．]\s*)?(?!其中|包括|具体|分别|主要)([\u4e00-\u9fff（）()]{2,16})[：:]/;

/** A line after its item's name that opens with a stage word alone (预算100.00万元, 决算96.50万元): its figures are that item's. */
const GENERIC_LINE = /^(?:年初|全年|调整后?)?(?:预算|决算|支出|执行)/;
/** An item of a classification of spending: …（类）, （款）, （项）. */
const CLASSIFIED = /[（(][类款项][）)]/;

/** Words before a balance that name no subject: an ordinal of a list of causes, 尚, 仍有, 年底 … */
const NAME_NOISE = /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])|尚|仍有|仍|还有|年底|共计|共|累计/g;

/** A figure left unspent: 结余资金, 未支出资金, 未执行, 未发放 … (never the 年末结转和结余 of a final account). */
export const BALANCE_LABEL = /(?:结余|未支出|未执行|未发放|未使用|未拨付|剩余)(?:资金|金额)?$/;

/** Whether a balance is what a pair's plan leaves after its spent figure (plan = spent + balance, as printed). */
function leftOver(r: RelationFact, balance: FigureFact): boolean {
  const money = (f: FigureFact) => (f.unit in UNIT_SHIFT ? parseMoney(f.number, f.unit as MoneyUnit) : undefined);
  const [plan, spent, left] = [money(r.denominator!), money(r.numerator!), money(balance)];
  return plan !== undefined && spent !== undefined && left !== undefined && overlaps(plan, addAll([spent, left]));
}

/**
 * planned = spent + balance: a balance figure sums with the execution pair it is left from — the
 * rate whose spent figure its own sentence states, else the nearest execution rate before it.
 */
/** A project named at length in the clause right before a figure: …能力提升项目，结余 (not 本项目, 该项目). */
const PROJECT_BEFORE = /[\u4e00-\u9fff]{4,}项目[，,][^，。；\d]{0,6}$/;

export function balanceRelations(out: RelationFact[], located: readonly Located[]): void {
  // a table's rows each have a rate: only its total row's (年度资金总额) is the whole execution pair
  // (any row's pair, where the balance's sentence states both its planned and its spent figure:
  // "上年结转资金20.00万元…，执行17.60万元，结余2.40万元")
  // (a 结余率 is no execution pair: its numerator is a balance itself)
  // (nor a change's rate over the figure compared with: "较2022年的520.00万元增加160.00万元，增长30.77%" is no execution pair)
  const pairs = out.filter((r) => r.relation === 'rate' && r.shape !== PRIOR_STATED && r.numerator!.family === 'money' && r.denominator!.family === 'money' && !/到位率/.test(r.subject) && !BALANCE_LABEL.test(r.numerator!.label));
  const rates = pairs.filter((r) => !r.src.excerpt.includes(' | ') || TOTAL_ROW.test(r.subject));
  if (pairs.length === 0) return;
  const parts = new Set<string>();
  for (const r of out) for (const p of r.parts ?? []) parts.add(`${p.src.line}:${p.src.column}`);
  for (const { q, s } of located) {
    // (nor one of earlier years that was used: "使用了以前年度非财政拨款结余156.82万元" is money spent, none left)
    if (q.family !== 'money' || !BALANCE_LABEL.test(q.label) || /年末|年初|上年|结转|增|减|以前年度|历年|使用|动用/.test(q.label)) continue;
    const bf = figure(s, q);
    if (parts.has(`${bf.src.line}:${bf.src.column}`)) continue;
    // (in its own clause group: "中央资金支出600.00万元，执行率100%；市级资金支出462.30万元，执行率96.31%，结余17.70万元" is 市级's)
    const group = s.c.text.lastIndexOf('；', q.at);
    const spentBefore = s.qs.filter((x) => x.at < q.at && x.family === 'money' && SPENT_LABEL.test(x.label));
    const spentHere = spentBefore.filter((x) => x.at > group).map((x) => x.number);
    const before = (r: RelationFact): boolean => r.src.line < bf.src.line || (r.src.line === bf.src.line && r.src.column < bf.src.column);
    let rate: RelationFact | undefined;
    // ("双河镇结余63.79万元中，…": the balance of a subject it names, a row of a table or an item before:
    // that subject's pair, and no other)
    const named = q.label.replace(BALANCE_LABEL, '').replace(/^(?:其中|另外|此外)/, '');
    const own = named.length >= 2 ? pairs.filter((r) => before(r) && r.subject.startsWith(named)).pop() : undefined;
    if (own) rate = own;
    // (a place's balance whose pair is not stated pairs with no other, nor one of any subject of its own:
    // "工作经费结余2.58万元" is left of the 工作经费, not of the whole budget; "二是项目结余…", "尚未支出…" name none)
    // (nor a part of the budget's: "项目支出未执行资金合计707,191.40元" is no balance of the whole)
    else if (PLACE_SUBJECT.test(named) || BUDGET_PART.test(named) || !GENERIC_SUBJECT.test(named.replace(NAME_NOISE, '').replace(FIGURE_WORDS, ''))) continue;
    // (nor one said of a project named in the clause before: "执行率最低的是义务教育薄弱环节改善与能力提升项目，结余148.38万元")
    else if (PROJECT_BEFORE.test(s.c.text.slice(s.from, q.at))) continue;
    else if (spentBefore.length > 0) {
      const moneyHere = s.qs.filter((x) => x.at > group && x.at < q.at && x.family === 'money').map((x) => x.number);
      const stated = pairs.filter((r) => before(r) && spentHere.includes(r.numerator!.number) && moneyHere.includes(r.denominator!.number));
      // (of the figure spent nearest before it: "一般公共预算资金支出3,358.14万元，执行率95.16%；体育彩票公益金支出344.32万元，
      // 执行率86.08%，剩余55.68万元…" is left of the 彩票公益金)
      const candidates = rates.filter((r) => before(r) && spentHere.includes(r.numerator!.number));
      // (and of no other, that figure's pair not read: what is left of it is not another's, unless the difference says so)
      rate = stated.length > 0 ? stated.pop() : (candidates.filter((r) => r.numerator!.number === spentHere[spentHere.length - 1]).pop() ?? candidates.filter((r) => leftOver(r, bf)).pop());
    } else {
      // (a rate its own sentence states again names its pair, however far back: "目标不低于98%，实际为
      // 97.12%，未执行531.54万元" in the part on problems is of the pair whose rate is 97.12%, not of
      // a table's 合计 row between)
      const pctHere = s.qs.filter((x) => x.at < q.at && x.family === 'pct').map((x) => Number(x.number));
      const restating = pairs.filter((r) => before(r) && r.rate !== undefined && pctHere.includes(Number(r.rate.number))).pop();
      // (the nearest whole pair: a rate of one item of a list, "…；区级资金支出107.00万元，执行率89.17%。
      // 结余28.16万元…", leaves no balance of its own when the total's rate is stated)
      const whole = (r: RelationFact): boolean => !parts.has(`${r.numerator!.src.line}:${r.numerator!.src.column}`);
      // (the nearest pair it is the difference of, before a nearer one it is not: "项目资金结余合计96.40万元" after the
      // lines by source, "省级财政资金支出350.80万元，执行率92.32%", is left of the whole pair 3,401.00 − 3,304.60)
      // (and never a level's pair it is not the difference of, "省级财政资金支出350.80万元…" for a balance of no level)
      const near = rates.filter(before);
      const leftOf = near.filter((r) => leftOver(r, bf)).pop();
      const unleveled = near.filter((r) => !LEVEL_FUNDS.test(r.numerator!.label));
      // (a sentence that names the item it is of, a row of a table before, "从上表看，养老服务体系建设资金执行率明显偏低，
      // 未执行223.90万元", leaves it to no whole pair it is not the difference of)
      const sentence = s.c.text.slice(s.from, q.at);
      const namesItem = pairs.some((r) => { const item = r.subject.split('·')[0]!; return item.length >= 3 && !GENERIC_SUBJECT.test(item) && sentence.includes(item); });
      // (nor to a pair of another rate when its own sentence states a rate no pair read has: "其年初预算为2,400.00万元，完成年初
      // 预算的92.34%，结余183.85万元" is left of that plan, not of the pair at 105.34% before it)
      const ownRate = restating === undefined && pctHere.length > 0 && leftOf === undefined;
      rate = restating ?? leftOf ?? (namesItem || ownRate ? undefined : (unleveled.filter(whole).pop() ?? unleveled.pop()));
    }
    // ("已到位未支出资金93.52万元": what is left of the funds arrived, not of the plan, 预算1,856.00万元 of 执行率91.73%)
    if (!rate || (/到位/.test(q.label) && !/到位/.test(rate.denominator!.label))) continue;
    // ("当年结余350.71万元" where 总收入24,863.57 less 总支出24,512.86 is it: what is left of the income, not of the plan)
    const spentV = Number(rate.numerator!.number);
    if (rate.numerator!.unit === bf.unit && located.some(({ q: x }) => x.family === 'money' && x.unit === bf.unit && /收入/.test(x.label) && !/比|较|上年/.test(x.label) && Math.abs(Number(x.number) - spentV - Number(bf.number)) < 0.006)) continue;
    // (a pair whose own line states what was left, "…预算执行率为95.46%，未执行预算305.20万元", leaves nothing else: a balance stated
    // later, "结余资金33.28万元", is a part of that)
    const rl = rate.rate?.src.line ?? rate.src.line;
    if (bf.src.line !== rl && located.some(({ q: x, s: st }) => st.line === rl && x.family === 'money' && /未执行|未支出|未使用|剩余|结余/.test(x.label) && x.number !== bf.number)) continue;
    out.push({ relation: 'sum', subject: rate.denominator!.label, total: rate.denominator!, parts: [rate.numerator!, bf], complete: true, shape: '执行数+结余', src: bf.src });
  }
}

/**
 * What a plan leaves, with its plan and its spent figure stated right before it in its sentence: "政府采购预算186.50万元，
 * 实际采购金额179.32万元，节约资金7.18万元"; "全年预算数5,216.80万元，实际支出5,041.38万元，未执行的175.42万元…"; "采购合同金额
 * 合计201.73万元，比采购预算214.60万元节约12.87万元" — planned = spent + what is left, whether or not a rate of the
 * two is stated (balanceRelations pairs a balance with a rate read).
 */
// (节约 is what a purchase left of its budget; 未执行的预算资金, 未执行的 are balances as 未执行资金 is)
export const LEFT_LABEL = /(?:结余|未支出|未执行|未发放|未使用|未拨付|剩余|节约)(?:的)?(?:预算)?(?:资金|金额)?(?:为|是)?$/;
/** Labels of no plan's leftover: a year's carry-over, a change, what an earlier year left and was used. */
const NOT_LEFT = /年末|年初|上年|结转|增|减|以前年度|历年|(?<!未)使用了?|动用|收入/;
/** A plan that is no plan of what was spent here: income, totals of a final account, carry-overs, a comparison. */
const NOT_PLAN = /收入|收支|总计|结转|结余|上年|去年|同比|增|减/;

export function statedBalances(out: RelationFact[], located: readonly Located[]): void {
  const read = new Set<string>();
  for (const r of out) if (r.shape === '执行数+结余') for (const p of r.parts ?? []) read.add(`${p.src.line}:${p.src.column}`);
  for (const { q, s } of located) {
    if (q.family !== 'money' || q.depth !== 0 || q.approx) continue;
    const text = s.c.text;
    // (the label drops a trailing 有: 尚有 is labelled 尚)
    const named = LEFT_LABEL.test(q.label) || (/(?:尚有?|仍有?|尚余|还有?)$/.test(q.label) && UNSPENT_AFTER.test(text.slice(q.end, q.end + 12)));
    if (!named || NOT_LEFT.test(q.label)) continue;
    // the money before it in its sentence, figures of rates between passed over (执行率96.63%)
    const before = s.qs.filter((x) => x.at < q.at && x.depth === 0);
    const money = before.filter((x) => x.family === 'money');
    if (money.length < 2 || before.slice(before.indexOf(money[money.length - 2]!)).some((x) => x.family !== 'money' && x.family !== 'pct')) continue;
    let plan = money[money.length - 2]!;
    let spent = money[money.length - 1]!;
    // (the plan after the spent figure, as what it is compared with: 合同金额合计201.73万元，比采购预算214.60万元节约…)
    if (/^(?:比|较)/.test(clauseLabel(s, spent))) [plan, spent] = [spent, plan];
    const planLabel = clauseLabel(s, plan).replace(/^(?:比|较)/, '');
    const spentLabel = clauseLabel(s, spent);
    if (!(isPlanLabel(planLabel) || PLANNED_WORDS.test(planLabel)) || NOT_PLAN.test(planLabel) || approxOrPart(plan)) continue;
    if (!(SPENT_LABEL.test(spentLabel) || /采购金额|合同金额/.test(spentLabel)) || isPlanLabel(spentLabel) || /比|较|增|减|结余|结转|未/.test(spentLabel) || approxOrPart(spent)) continue;
    const bf = figure(s, q);
    if (read.has(`${bf.src.line}:${bf.src.column}`)) continue;
    read.add(`${bf.src.line}:${bf.src.column}`);
    const pf = figure(s, plan);
    out.push({ relation: 'sum', subject: pf.label, total: pf, parts: [figure(s, spent), bf], complete: true, shape: '执行数+结余', src: bf.src });
  }
}

/** An approximate figure, or one per unit: no exact difference holds of it. */
function approxOrPart(q: Quantity): boolean {
  return q.approx || /每|人均|户均/.test(q.label);
}

/**
 * A survey's rates, over the questionnaires counted before them in the paragraph: 回收率 = returned ÷ issued, 有效回收率 =
 * valid ÷ issued, 有效率 = valid ÷ returned (or ÷ issued, when only one of the two is stated), 满意度 = the satisfied
 * of all grades taken together (满意和基本满意合计, 满意及以上合计) ÷ the valid ones. "共发放问卷300份，收回有效问卷288份，
 * 有效回收率96.00%；满意和基本满意合计266份，群众满意度为92.36%". A 满意度 over one grade's count (表示“满意”的421份)
 * may be of several grades or weighted: not read.
 */
const ISSUED = /发放|发出|共发|印发|派发/;
const RETURNED = /回收|收回|收到/;
const VALID = /有效/;
const SATISFIED_ALL = /满意[^，。；]{0,4}(?:基本满意|比较满意|较满意|以上)[^，。；]{0,6}(?:合计|共计|共|总数|总计)|(?:合计|共计|共有?)[^，。；]{0,4}满意/;
const SURVEY_RATE = /(有效回收率|回收率|有效率|满意度|满意率)(?:为|是|达到?|达)?$/;

export function surveyRates(blocks: readonly Block[], out: RelationFact[]): void {
  const done = new Set<string>();
  for (const r of out) if (r.relation === 'rate' && r.rate) done.add(`${r.rate.src.line}:${r.rate.src.column}`);
  for (const block of blocks) {
    if (block.kind === 'row' || !/问卷|调查表/.test(block.norm)) continue;
    const roles: { issued?: Located; returned?: Located; valid?: Located; satisfied?: Located } = {};
    for (const s of stretches(block)) {
      for (const q of s.qs) {
        const words = clauseLabel(s, q);
        if (q.unit === '份' && q.depth === 0 && !q.approx) {
          const at = { q, s };
          // (not the questionnaires of a 满意度 survey: 共发放满意度调查问卷1,200份)
          if (SATISFIED_ALL.test(words) && !ISSUED.test(words) && !RETURNED.test(words) && !/满意度调查|调查问卷/.test(words)) roles.satisfied = at;
          else if (/满意/.test(words)) continue;
          else if (VALID.test(words)) {
            roles.valid = at;
            // (收回有效问卷288份: returned and valid at once)
            if (RETURNED.test(words) && !roles.returned) roles.returned = at;
          } else if (RETURNED.test(words)) roles.returned = at;
          else if (ISSUED.test(words)) roles.issued = at;
          continue;
        }
        const m = q.family === 'pct' ? SURVEY_RATE.exec(q.label) : null;
        if (!m) continue;
        const rf = figure(s, q);
        if (done.has(`${rf.src.line}:${rf.src.column}`)) continue;
        const { issued, returned, valid, satisfied } = roles;
        let pair: [Located, Located] | undefined;
        if (m[1] === '有效回收率') pair = valid && issued ? [valid, issued] : undefined;
        else if (m[1] === '回收率') pair = returned && issued ? [returned, issued] : undefined;
        else if (m[1] === '有效率') {
          const base = returned && returned !== valid ? (issued ? undefined : returned) : issued;
          pair = valid && base ? [valid, base] : undefined;
        } else pair = satisfied && (valid ?? returned) ? [satisfied, (valid ?? returned)!] : undefined;
        if (!pair || pair[0] === pair[1]) continue;
        done.add(`${rf.src.line}:${rf.src.column}`);
        out.push({ relation: 'rate', subject: rateName(q), rate: rf, numerator: figure(pair[0].s, pair[0].q), denominator: figure(pair[1].s, pair[1].q), src: rf.src });
      }
    }
  }
}
