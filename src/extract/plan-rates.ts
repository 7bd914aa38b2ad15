/**
 * Rates of a plan (issue 8): a figure "完成预算的 p%", "为预算数的 p%", "完成（年度）目标的 p%",
 * "完成计划的 p%" is the figure before it ÷ the planned figure of the same thing, which the text states
 * elsewhere: in the same sentence ("“三公”经费预算数7.20万元…；决算数5.94万元，决算数为预算数的82.50%"),
 * in an earlier sentence, in the 三公 table, or, for a target, in the part that sets the goals (the
 * target the result is paired with). A rate whose planned figure is not found is not read (the
 * relation is not stated in a form that can be checked); one whose figures are in different units
 * of one family is not read either (万亩 against 亩 would need a conversion the text does not give).
 */
import type { Block } from '../read/types.js';
import { commonLength, longestCommon, pairGoals, quantifiedClauses } from './goals.js';
import type { AmountFact, FigureFact, GoalFact, GoalPair, RelationFact, SangongFact, StaffingFact } from './model.js';
import { isPlanLabel, NAMES_ITS_TARGET, ofAnotherItem, SHORT_OF_TARGET, SPENT_LABEL, STAFF_RATE_WORD } from './lexicon.js';
import type { Quantity } from './quantities.js';
import { sharesWord } from './text.js';
import { clauseLabel, figure, itemWords, stretches, stretchSrc, type Stretch } from './stretches.js';
import { amountFigure } from './amounts.js';
import { itemLines, partOfPlan, planFigure, stageFilter } from './rates.js';
import { sangongItem } from './sangong.js';

/** The words before a rate of a plan: 完成预算的, 决算数为预算数的, 完成年度目标的, 达到计划的 … */
const PLAN_RATE = /(?:完成|达到|实现|为|是|占)了?(?:年初|年度|全年|当年|年度计划|既定|预期)?的?(预算数?|预算资金|目标[值数]?|目标任务|计划数?|任务)的$/;
/** 完成率 alone (not 预算完成率, a rate of money read by rates.ts). */
const COMPLETION_RATE = /^(?:任务|目标|计划)?完成率(?:为|是|达到?|约)?$/;
/** A figure that is a change or a comparison, never the numerator of a rate of a plan. */
// (nor how far a figure went past or fell short of a plan: 超出预算0.46万元, 比预算节约…)
const NOT_OPERAND = /增|减|上年|去年|同比|占|较|追加|超出|超过|超支|节约|节余/;
/** A clause stating how far a result falls short of or beyond its target: 比目标少0.39万吨, 较计划多2个. */
const SPENT_ONLY = /执行|决算|实际|支出|完成|使用|拨付/;
/** The words of a label that say which figure it is (planned, spent), not what it is of. */
const FIGURE_WORDS = /(?:19|20)\d{2}年度?|截至[^，]*|全年|本年度?|年度|当年|实际|执行数?|支出数?|决算数?|完成|使用|拨付|预算数?|年初|调整后|批复|下达|安排|计划|总额|总计|合计|共计|财政拨款|数|的|和|及|为|是|[“”"]/g;
/** How many sentences back a planned figure is looked for. */
const EARLIER = 12;

export interface PlanContext {
  sangong: SangongFact;
  /** 编制数 and 实有人数: a 控制率 of people is the one over the other. */
  staffing: StaffingFact;
  targets: readonly GoalFact[];
  results: readonly GoalFact[];
  pairs: readonly GoalPair[];
  /** The document's blocks: targets are also read from any part headed as goals. */
  blocks: readonly Block[];
}

/** A numbered heading line (一、 / （一）), the unit of parts here; 1． items run inside a part. */
const HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*([^。：:；]{0,16})/;
function levelOf(text: string): number {
  return /^\s*[（(]/.test(text) ? 2 : 1;
}

/** A heading of a part that sets goals (（三）项目绩效目标, 年度绩效目标), not one that reports on them. */
const GOAL_HEADING = /目标/;
const NOT_GOAL_HEADING = /完成|实现|情况|偏离|分析|评价|自评|问题|措施/;

/**
 * Targets stated under any numbered heading about goals: an outline no profile knows still has
 * them ("（三）项目绩效目标" under "一、项目概况"). The part runs to the next numbered heading.
 */
function headedTargets(ctx: PlanContext): GoalFact[] {
  const out: GoalFact[] = [];
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    const h = HEADING.exec(b.norm);
    if (!h || !GOAL_HEADING.test(h[1]!) || NOT_GOAL_HEADING.test(h[1]!)) continue;
    // the part runs to the next heading of its level or above (its targets may be （一）… lines)
    const level = levelOf(b.norm);
    let end = b.line;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j]!;
      if (n.kind === 'paragraph' && HEADING.test(n.norm) && levelOf(n.norm) <= level) break;
      end = n.line;
    }
    // the heading's own line too: "（三）绩效目标。1．完成…不少于2.8万平方米；…"
    out.push(...quantifiedClauses(blocks, b.line, end, 'target'));
  }
  return out;
}

/** A share's base named as the 三公 spending as a whole: 占“三公”经费的, 占三公经费支出总额的. */
const SANGONG_BASE = /^[“"]?三公[”"]?经费(?:财政拨款)?(?:支出|决算数?)?(?:总额|合计|总数)?$/;

/**
 * A 控制率 of people (财政供养人员控制率, 编制控制率, 在编率, 满编率; not a 三公 or 公用经费 one): those serving
 * over the quota.
 */
const STAFF_RATE = new RegExp(`^(?:[^，。；、\\d]{0,8}?(?:人员|编制|人数))?${STAFF_RATE_WORD}(?:为|是|达到?)?$`);
const NOT_STAFF = /三公|经费|费用|支出|资金|预算/;

/**
 * "核定编制46名…；2023年末实际在职人员44人，控制率95.65%": the rate, stated in the paragraph of the 实有人数
 * the staffing reader took, after it, is that figure over the 编制数.
 */
function staffRate(r: Quantity, rf: FigureFact, st: StaffingFact): RelationFact | undefined {
  const { quota, actual } = st;
  if (!quota || !actual || NOT_STAFF.test(r.label) || quota.value <= 0) return undefined;
  if (actual.src.line !== rf.src.line || actual.src.column > rf.src.column) return undefined;
  const people = (label: string, value: number, src: FigureFact['src']): FigureFact => ({ label, number: String(value), unit: '人', family: 'people', decimals: 0, src });
  return { relation: 'rate', subject: r.label.replace(/(?:为|是|达到?)$/, ''), rate: rf, numerator: people('实有人数', actual.value, actual.src), denominator: people('编制数', quota.value, quota.src), src: rf.src };
}

export function planRates(blocks: readonly Block[], ctx: PlanContext, out: RelationFact[]): void {
  // "公务用车运行维护费14.10万元，占“三公”经费的77.05%": a base the relation reader found no amount of,
  // named as the 三公 spending, is the 三公 actual the report states (a sentence or its table)
  const spent = ctx.sangong.actual.total;
  if (spent) for (const r of out) if (r.relation === 'share' && !r.base && r.baseName && SANGONG_BASE.test(r.baseName) && r.part?.family === 'money') r.base = amountFigure(spent);
  const stated = new Set<string>();
  for (const r of out) if (r.rate) stated.add(at(r.rate));
  for (const r of out) if (r.pct) stated.add(at(r.pct));
  const history: Stretch[] = [];
  let headed: GoalFact[] | undefined;
  const targets = (): GoalFact[] => (headed ??= headedTargets(ctx));
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of stretches(block)) {
      for (const r of s.qs) {
        if (r.family !== 'pct') continue;
        const m = PLAN_RATE.exec(r.label);
        // 完成率 of a result no figure in its sentence is the base of: over its target
        const done = !m && COMPLETION_RATE.test(r.label);
        const staff = !m && !done && STAFF_RATE.test(r.label);
        if (!m && !done && !staff) continue;
        const rf = figure(s, r);
        if (stated.has(at(rf))) continue;
        const rel = staff ? staffRate(r, rf, ctx.staffing) : m && /预算/.test(m[1]!) ? budgetRate(s, r, rf, history, ctx.sangong) : targetRate(s, r, rf, ctx, targets);
        if (rel) {
          out.push(rel);
          stated.add(at(rf));
        }
      }
      history.push(s);
      if (history.length > EARLIER) history.shift();
    }
  }
}

function at(f: FigureFact): string {
  return `${f.src.line}:${f.src.column}`;
}

/** The figure a rate is of: the one its label names (决算数为预算数的), else the nearest before it. */
function numeratorOf(s: Stretch, r: Quantity, family?: string): Quantity | undefined {
  const named = /^(.*?)(?:为|是)/.exec(r.label.replace(PLAN_RATE, (x) => x.replace(/^(?:完成|达到|实现)/, '')))?.[1];
  let nearest: Quantity | undefined;
  for (const q of s.qs) {
    if (q.at >= r.at) break;
    // (nor a figure in a bracket the rate follows: "…费15.36万元（购置费0万元，运行维护费15.36万元），为预算的96.00%")
    if (q.family === 'pct' || q.depth > r.depth || NOT_OPERAND.test(q.label) || (family !== undefined && q.family !== family)) continue;
    if (named && named.length >= 2 && !q.label.includes(named)) continue;
    nearest = q;
  }
  return nearest;
}

/** The subject a label names once the words saying which figure it is are gone ("“三公”经费决算数" → "三公经费"). */
function subjectOf(label: string): string {
  return label.replace(/^(?:其中|另|此外)/, '').replace(FIGURE_WORDS, '');
}

/** Money spent ÷ money planned: the planned figure of the same subject, nearest before. */
function budgetRate(s: Stretch, r: Quantity, rf: FigureFact, history: readonly Stretch[], sangong: SangongFact): RelationFact | undefined {
  const spent = numeratorOf(s, r, 'money');
  // (the plan itself is not what completes it: "…，年初预算200.00万元，完成年初预算的102.80%" is of the
  // figure spent in the sentence before)
  if (spent && isPlanLabel(spent.label)) return spentBefore(s, spent, r, rf, history);
  if (!spent) return sangongWholeRate(s, r, rf, sangong);
  const subject = subjectOf(clauseLabel(s, spent));
  // a 三公 item spent is measured against that item's plan only (not a plan of no subject, nor the 三公 whole)
  const item = sangongItem(wordsBefore(s, spent));
  const sameItem = (e: Stretch, q: Quantity): boolean => sangongItem(wordsBefore(e, q)) === item;
  // (完成年初预算的: not the adjusted plan)
  const staged = stageFilter(r.label);
  const fits = (e: Stretch, q: Quantity): boolean => {
    if (q.family !== 'money' || q === spent || !isPlanLabel(q.label) || SPENT_ONLY.test(q.label.replace(/预算执行/, '')) || NOT_OPERAND.test(q.label) || !staged(q.label)) return false;
    return item !== undefined ? sameItem(e, q) : sameSubject(subjectOf(clauseLabel(e, q)), subject);
  };
  // (a plan that names no subject, 全年预算, in another paragraph is not the plan of a named item:
  // "公务接待费1.40万元，为预算的70.00%" after a paragraph on another fund)
  const ownParagraph = (e: Stretch, q: Quantity): boolean => subject === '' || e.c === s.c || subjectOf(clauseLabel(e, q)) !== '';
  let planned: { s: Stretch; q: Quantity } | undefined;
  for (const q of s.qs) {
    if (q.at >= spent.at) break;
    if (fits(s, q)) planned = { s, q };
  }
  // (a figure named by its stage alone on a line that names its item first is measured against that item's plan only)
  const own = itemLines(s, spent);
  for (let k = history.length - 1; k >= 0 && !planned; k--) {
    const e = history[k]!;
    if (own && !own(e)) continue;
    for (const q of e.qs) if (q.depth === 0 && fits(e, q) && ownParagraph(e, q)) planned = { s: e, q };
    // "预算10.00万元（…公务接待费2.00万元）…。其中：…公务接待费1.40万元，为预算的70.00%": the part of a
    // plan broken down in brackets that names the item
    if (!planned && subject !== '') {
      for (const q of e.qs) if (q.depth > 0 && q.family === 'money' && partOfPlan(e, q) && (item !== undefined ? sameItem(e, q) : sameSubject(subjectOf(clauseLabel(e, q)), subject) && subjectOf(clauseLabel(e, q)) !== '')) planned = { s: e, q };
    }
  }
  const numerator = figure(s, spent);
  if (planned && ofAnotherItem(itemWords(s, spent), planned.s.c.text.slice(0, planned.q.end))) return undefined;
  if (planned) return { relation: 'rate', subject: r.label, rate: rf, numerator, denominator: planFigure(planned.s, planned.q), src: rf.src };
  // the 三公 budget, wherever the report states it (a sentence or its table): of a 三公 item, that item's
  // ("因公出国（境）费4.62万元，为预算的77.00%" after the 三公 total, the item's budget in the table), never the whole
  const budget = item !== undefined ? sangong.budget.items[item] : /三公/.test(subject) ? sangong.budget.total : undefined;
  if (budget && budget !== 'nil') return { relation: 'rate', subject: r.label, rate: rf, numerator, denominator: sangongPlan(budget, item), src: rf.src };
  return undefined;
}

/**
 * A rate of a plan its own sentence states right before it ("支出全部为…，年初预算200.00万元，完成年初预算的
 * 102.80%"): of the one figure spent the sentence before, in the paragraph ("本年收入217.80万元，本年支出
 * 205.60万元，…"), over that plan; none when that sentence states no such figure or several.
 */
function spentBefore(s: Stretch, plan: Quantity, r: Quantity, rf: FigureFact, history: readonly Stretch[]): RelationFact | undefined {
  const prev = history[history.length - 1];
  if (!prev || prev.c !== s.c || !stageFilter(r.label)(plan.label)) return undefined;
  const spent = prev.qs.filter((q) => q.family === 'money' && q.depth === 0 && SPENT_LABEL.test(q.label) && !isPlanLabel(q.label) && !NOT_OPERAND.test(q.label));
  if (spent.length !== 1) return undefined;
  return { relation: 'rate', subject: r.label, rate: rf, numerator: figure(prev, spent[0]!), denominator: planFigure(s, plan), src: rf.src };
}

/**
 * "“三公”经费决算数占预算数的81.00%" with no amount in its sentence, the figures in the 三公 table or
 * sentences before: the 三公 actual ÷ budget the report states (of the item the sentence names, if it
 * names one). Only a sentence about 三公 (its words before the rate), and only with both figures stated.
 */
function sangongWholeRate(s: Stretch, r: Quantity, rf: FigureFact, sangong: SangongFact): RelationFact | undefined {
  const before = s.c.text.slice(s.from, r.at);
  if (!/三公|因公出国|公务用车|公务接待/.test(before) || s.qs.some((q) => q.family === 'money' && q.at < r.at)) return undefined;
  // (the item the rate's own clause names: "分项看，公务用车运行维护费完成预算的86.33%，公务接待费完成预算的68.21%")
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1);
  const item = /三公|因公出国|公务用车|公务接待/.test(clause) ? sangongItem(clause) : sangongItem(before);
  const actual = item !== undefined ? sangong.actual.items[item] : sangong.actual.total;
  const budget = item !== undefined ? sangong.budget.items[item] : sangong.budget.total;
  if (!actual || actual === 'nil' || !budget || budget === 'nil') return undefined;
  return { relation: 'rate', subject: r.label, rate: rf, numerator: amountFigure(actual), denominator: sangongPlan(budget, item), src: rf.src };
}

/** A 三公 budget as a rate's plan: an item's named as that item's plan (公务接待费预算, not the item's name alone). */
function sangongPlan(budget: AmountFact, item: string | undefined): FigureFact {
  return item !== undefined ? { ...amountFigure(budget), label: `${item}预算` } : amountFigure(budget);
}

/**
 * The words before a figure back to its clause mark, over the brackets of a name ("因公出国（境）费" of
 * 因公出国（境）费4.62万元; "公务接待费" of （因公出国（境）费0万元、公务接待费2.00万元）: not past the bracket that holds it).
 */
function wordsBefore(e: Stretch, q: Quantity): string {
  const t = e.c.text;
  let i = q.at;
  for (let d = 0; i > e.from; i--) {
    const ch = t[i - 1]!;
    if (ch === '）') d++;
    else if (ch === '（' && d-- === 0) break;
    else if ('，。；：、'.includes(ch)) break;
  }
  return t.slice(i, q.at);
}

/** Whether two subjects are one (or one names none in particular). */
function sameSubject(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b || a === '' ;
  return a.includes(b) || b.includes(a);
}


/** A result ÷ its target: the result stated just before the rate, and the target it is paired with. */
/** How many characters of a result's name a target must share to be chosen for it over the first target it answers. */
const NAMED_AT_LENGTH = 4;

function targetRate(s: Stretch, r: Quantity, rf: FigureFact, ctx: PlanContext, targets: () => GoalFact[]): RelationFact | undefined {
  // (rates said of several results in turn, "…目标分别为36万头和20万头，分别完成目标的103.33%和108.00%", pair by their order, which is not
  // read here: none is taken for the nearest result)
  if (/分别/.test(r.label) || /分别[^，。；]{0,12}\d+(?:\.\d+)?%[和及与、]$/.test(s.c.text.slice(Math.max(s.from, r.at - 24), r.at))) return undefined;
  const nearest = (gs: readonly GoalFact[]): number => {
    let k = -1;
    for (let i = 0; i < gs.length; i++) {
      const g = gs[i]!;
      // (a clause that states the plan, "…3,268人次，计划3,000人次，完成率108.93%", is no result)
      // (nor one of how far the result is from its target: "粮食总产量比目标少0.39万吨，完成目标的97.33%")
      // (nor an average per unit of it: "累计培训1,632人次，平均每期68人次，完成率108.80%")
      if (g.src.line !== rf.src.line || g.src.column >= rf.src.column || g.unit === '%' || PLAN_CLAUSE.test(g.text) || SHORT_OF_TARGET.test(g.text) || /^(?:平均|人均|户均)?每[期次人户个名]|^(?:平均|人均|户均)/.test(g.text)) continue;
      // (nor one of a clause group before a ；: "…排污许可证135张，目标值为不少于120张；国控、省控…监测任务…，完成率100%")
      const at = s.c.text.lastIndexOf(g.text, r.at);
      if (at >= s.from && s.c.text.slice(at + g.text.length, r.at).includes('；')) continue;
      if (k < 0 || g.src.column > gs[k]!.src.column) k = i;
    }
    return k;
  };
  let got: GoalFact | undefined;
  let target: GoalFact | undefined;
  // ("实际完成治理12.6公里，其中龙泓河城东段5.2公里、…、渌水上游段3.3公里，完成率105.00%": after a 其中 list of several
  // results, the rate is of the result they break down, before the 其中; the list stands between them)
  const opened = s.c.text.lastIndexOf('其中', r.at);
  let listFrom = Infinity;
  const wholeOfList = (gs: readonly GoalFact[], k: number): number => {
    if (k < 0 || opened <= s.from) return k;
    const at = stretchSrc(s, opened).column;
    const g = gs[k]!;
    const listed = gs.filter((x) => x.src.line === rf.src.line && x.src.column > at && x.src.column < rf.src.column && x.unit === g.unit);
    let whole = -1;
    gs.forEach((x, i) => {
      if (x.src.line === rf.src.line && x.src.excerpt === g.src.excerpt && x.src.column < at && x.unit === g.unit && (whole < 0 || x.src.column > gs[whole]!.src.column)) whole = i;
    });
    if (listed.length < 2 || whole < 0) return k;
    listFrom = opened;
    return whole;
  };
  const k = wholeOfList(ctx.results, nearest(ctx.results));
  if (k >= 0) {
    got = ctx.results[k]!;
    const pair = ctx.pairs.find((p) => p.result === k);
    if (pair) target = ctx.targets[pair.target];
  } else {
    // a results part no outline names: the result is read from the rate's own sentence
    const local = quantifiedClauses(ctx.blocks, rf.src.line, rf.src.line, 'result');
    const j = wholeOfList(local, nearest(local));
    if (j >= 0) got = local[j];
  }
  if (!got) return undefined;
  // ("开展幼儿教师培训436人次，超过400人次的目标，完成率109.00%": the clause right before the rate names the target; the
  // result is the one before it, over that target, in its unit)
  if (NAMES_ITS_TARGET.test(got.text)) {
    const named = got;
    const local = quantifiedClauses(ctx.blocks, rf.src.line, rf.src.line, 'result');
    const before = local.filter((x) => x.src.excerpt === named.src.excerpt && x.src.column < named.src.column && !NAMES_ITS_TARGET.test(x.text) && !PLAN_CLAUSE.test(x.text));
    const done = before[before.length - 1];
    if (!done || done.unit !== named.unit || done.approximate || named.approximate) return undefined;
    return { relation: 'rate', subject: r.label, rate: rf, numerator: goalFigure(done), denominator: goalFigure(named), src: rf.src };
  }
  // nothing between the result and its rate but the words of the rate (完成校舍…2.96万平方米，完成目标的105.71%)
  // (the result itself, read as a figure too now that its unit is one: 32.5万亩; and the plan stated
  // right after the result: "…村庄142个，年度目标为150个，完成率96.67%")
  // (the plan is read as targets are: among the results a plan said again is none, "计划治理河长12公里")
  const plans = quantifiedClauses(ctx.blocks, rf.src.line, rf.src.line, 'target');
  const planAfter = plannedBefore(plans, got, true);
  for (const q of s.qs) {
    if (q === r || q.at >= r.at || q.at > listFrom || (q.number === got.value && q.unit === got.unit) || (planAfter && q.number === planAfter.value && q.unit === planAfter.unit)) continue;
    if (figure(s, q).src.column > got.src.column) return undefined;
  }
  if (!target) {
    // (a part headed 产出目标 among the results, "（一）产出目标" over "…安装波形梁护栏41,260米（折合41.26公里），完成目标的
    // 108.58%", holds results: a clause read there is never the target of itself)
    const ts = targets().filter((t) => t.src.line !== got!.src.line || t.src.column !== got!.src.column);
    // (of the targets it would answer, one that names it at length over the first: "完成安全生命防护工程156.4公里" answers 安全生命防护工程
    // 里程, not 养护工程里程, which shares 护工程 with it)
    const answered = pairGoals(ts, [got]).filter((p) => p.result === 0).map((p) => p.target);
    const named = (k: number): number => commonLength(ts[k]!.subject, got!.subject);
    let best = answered[0];
    for (const k of answered) if (named(k) >= NAMED_AT_LENGTH && named(k) > named(best!)) best = k;
    if (best !== undefined) target = ts[best];
  }
  // the plan the rate's own sentence states before the result (计划新建道路10公里，实际完成8公里，完成率80%):
  // both are named by their clauses' words (计划新建道路, 实际完成)
  if (!target) {
    const planned = plannedBefore(plans, got) ?? planAfter;
    if (planned && planned.unit === got.unit && !planned.approximate && !got.approximate && !planned.cumulative && !got.cumulative) {
      return { relation: 'rate', subject: r.label, rate: rf, numerator: goalFigure(got, true), denominator: goalFigure(planned, true), src: rf.src };
    }
  }
  if (!target || target.unit !== got.unit || target.cumulative || got.cumulative || target.approximate || got.approximate) return undefined;
  return { relation: 'rate', subject: r.label, rate: rf, numerator: goalFigure(got), denominator: goalFigure(target), src: rf.src };
}

/** A clause that states what was planned, not what was done: 计划…, 年度目标…, 预期… */
const PLAN_CLAUSE = /^(?:全年|年度|本年度?|当年)?(?:计划|目标|预期|任务)/;

/**
 * The nearest clause before a result (or, `after`, right after it: "新增完成治理村庄142个，年度目标为
 * 150个，完成率96.67%"), in its sentence and its unit, that states the plan.
 */
function plannedBefore(clauses: readonly GoalFact[], got: GoalFact, after = false): GoalFact | undefined {
  let planned: GoalFact | undefined;
  for (const g of clauses) {
    if (g === got || g.src.line !== got.src.line || g.src.excerpt !== got.src.excerpt || g.unit !== got.unit || !PLAN_CLAUSE.test(g.text)) continue;
    if (!after && g.src.column < got.src.column && (!planned || g.src.column > planned.src.column)) planned = g;
    if (after && g.src.column > got.src.column && (!planned || g.src.column < planned.src.column)) planned = g;
  }
  return planned;
}

/** A goal's figure, labelled by its subject, or (`clauseWords`) by the words of its clause before it. */
function goalFigure(g: GoalFact, clauseWords = false): FigureFact {
  const dot = g.value.indexOf('.');
  const before = clauseWords ? g.text.slice(0, g.text.indexOf(g.value)).replace(/(?:为|是|达到?)$/, '') : '';
  return { label: before || g.subject, number: g.value, unit: g.unit, family: g.unit, decimals: dot < 0 ? 0 : g.value.length - dot - 1, src: g.src };
}

/** Words right after a result that compare it with its target, the target's figure next: ，较目标 / ，比计划的 / ，比目标值（ / ，较 */
const VS_TARGET = /^[，,]?(?:比|较)((?:年度|全年)?(?:目标|计划|任务)(?:值|数)?(?:的|为)?)?[（(]?/;
/** After the target's figure: its name when not before it (较320座的目标少24座), then how far: 多 / 少 / 高 / 低 / 超出 … */
const GAP_AFTER_TARGET = /^[）)]?(的(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?)?(?:相比)?[，,]?(多|少|高|低|超出|超过|超|差)(?:出|了|完成)*/;
/**
 * The same with no figure of the target: "，比年度目标少348人次", "，超额完成12场". (Not "超出年度目标300个", which reports
 * write for the target exceeded as often as for how far.)
 */
const GAP_AFTER_RESULT = /^[，,]?(?:(?:比|较)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?(?:相比)?[，,]?(多|少|高|低|超出|超过|超|差)(?:出|了|完成)*|(超额完成)了?)/;
/** A figure named as the target after it ("超过400人次的目标"): the target, not how far from it. */
const NAMES_TARGET = /^的?(?:年度|全年)?(?:目标|计划|任务)/;
/** A difference in points of a percentage: 低1.34个百分点. */
const POINTS_AT = /^(\d+(?:\.\d+)?)个百分点/;
const LOWER = /少|低|差/;
/** Words of a goal's subject that name no thing: two subjects sharing only these are not of one thing. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['实际', '完成', '全年', '年度', '目标', '计划', '任务', '累计', '新增', '达到']);

/**
 * How far a result is from its target, stated after it (issue 12): "累计培训648人次，较目标600人次多48人次" (the target in
 * the clause), "出院人次13,652人次，比年度目标少348人次" (the target the result is paired with, or the plan its sentence
 * states before it), "预算执行率为93.66%，比目标值（95%）低1.34个百分点". Read as a change against the target:
 * result = target ± difference. The result is the figure right before the words.
 */
export function targetGaps(blocks: readonly Block[], ctx: PlanContext, out: RelationFact[]): void {
  const listed = new Set<string>();
  for (const r of out) if (r.relation === 'sum') for (const p of r.parts ?? []) listed.add(at(p));
  let headed: GoalFact[] | undefined;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of stretches(block)) {
      const text = s.c.text;
      for (const x of s.qs) {
        if (x.depth !== 0 || x.approx) continue;
        const c = text.charCodeAt(x.end);
        if (c !== 0xff0c /* ， */ && c !== 0x6bd4 /* 比 */ && c !== 0x8f83 /* 较 */ && c !== 0x8d85 /* 超 */) continue;
        let word: string | undefined;
        let target: Quantity | undefined;
        let from = -1;
        const m = GAP_AFTER_RESULT.exec(text.slice(x.end, s.to));
        if (m) {
          word = m[1] ?? m[2]!;
          from = x.end + m[0].length;
        } else {
          const v = VS_TARGET.exec(text.slice(x.end, s.to));
          const y = v ? s.qs.find((q) => q.at === x.end + v[0].length) : undefined;
          const g = y ? GAP_AFTER_TARGET.exec(text.slice(y.end, s.to)) : null;
          // (the target named before its figure or after it, once)
          if (y && g && (v![1] === undefined) !== (g[1] === undefined) && y.family === x.family && !y.approx) {
            word = g[2]!;
            target = y;
            from = y.end + g[0].length;
          }
        }
        if (word === undefined) continue;
        const d = differenceAt(s, from, x);
        if (!d || NAMES_TARGET.test(text.slice(d.end, d.end + 6))) continue;
        // (a figure listed as a part of a whole before it may be what the words compare, or the whole: "…287家次，其中州本级
        // 64家次，…柏山县52家次，比年度目标260家次多出27家次" against "其中…石岭县完成46个，比计划少2个": not read)
        const xf = figure(s, x);
        if (listed.has(at(xf))) continue;
        let tf: FigureFact | undefined;
        if (target) tf = figure(s, target);
        else {
          headed ??= headedTargets(ctx);
          tf = targetOfResult(xf, ctx, headed, countedFirst(s, x));
        }
        if (!tf || tf.unit !== xf.unit || tf.approximate) continue;
        out.push({ relation: 'change', subject: xf.label, current: xf, prior: tf, change: figure(s, d), direction: LOWER.test(word) ? 'down' : 'up', versusTarget: true, src: xf.src });
      }
    }
  }
}

/** The difference stated at `at`, after result x: a figure of x's unit starting there, or for a percentage its points. */
function differenceAt(s: Stretch, at: number, x: Quantity): Quantity | undefined {
  if (x.family === 'pct') {
    const m = POINTS_AT.exec(s.c.text.slice(at, at + 16));
    if (!m) return undefined;
    const number = m[1]!;
    return { at, end: at + m[0].length, number, unit: '%', family: 'pct', decimals: number.split('.')[1]?.length ?? 0, label: '', depth: x.depth, approx: false };
  }
  const q = s.qs.find((y) => y.at === at);
  return q && q.family === x.family && q.unit === x.unit && !q.approx ? q : undefined;
}

/**
 * The target of the result stated at xf: the one it is paired with, or (no pair) the target it would pair with among the
 * parts headed as goals, or the plan its own sentence states before it (计划新建18公里，实际建成16.4公里，比计划少1.6公里).
 */
function targetOfResult(xf: FigureFact, ctx: PlanContext, headed: GoalFact[], counted: string | undefined): FigureFact | undefined {
  let k = -1;
  ctx.results.forEach((g, j) => {
    if (g.src.line === xf.src.line && g.src.column <= xf.src.column && Number(g.value) === Number(xf.number) && g.unit === xf.unit && (k < 0 || g.src.column > ctx.results[k]!.src.column)) k = j;
  });
  let got = k >= 0 ? ctx.results[k] : undefined;
  let target: GoalFact | undefined;
  if (got) {
    const pair = ctx.pairs.find((p) => p.result === k);
    if (pair) target = ctx.targets[pair.target];
    // (a pairing by the unit alone is no ground for a difference: "实际69.66%，比目标低0.34个百分点" under a heading naming it)
    if (target && !sharesWord(target.subject, got.subject, GENERIC_WORDS)) target = undefined;
  } else {
    got = quantifiedClauses(ctx.blocks, xf.src.line, xf.src.line, 'result').find((g) => Number(g.value) === Number(xf.number) && g.unit === xf.unit && g.src.column <= xf.src.column);
  }
  if (!got || got.cumulative || got.approximate) return undefined;
  if (!target) {
    const ts = headed.filter((t) => t.src.line !== got!.src.line || t.src.column !== got!.src.column);
    const pair = pairGoals(ts, [got]).find((p) => p.result === 0);
    if (pair && sharesWord(ts[pair.target]!.subject, got.subject, GENERIC_WORDS)) target = ts[pair.target];
  }
  if (!target) target = plannedBefore(quantifiedClauses(ctx.blocks, xf.src.line, xf.src.line, 'target'), got);
  if (!target || target.cumulative || target.approximate || target.unit !== got.unit || (counted !== undefined && ofAnotherSubject(target.subject, got.subject, counted))) return undefined;
  // (a result of one class, "建筑技能类培训实际培训452人次，较计划少28人次", is measured against that class's plan, never the target
  // of all classes, "全年完成培训…2,280人次以上")
  const kind = ONE_CLASS.exec(got.subject)?.[1];
  if (kind !== undefined && !target.subject.includes(kind)) return undefined;
  return { ...goalFigure(target), family: xf.family };
}

/**
 * A rate's item that counts its own subject first ("登记在册高血压患者96745人，规范管理58763人，规范管理服务率60.74%，…"): its words
 * before the rate (登记在册高血压患者96745人，规范管理58763人，), for a percentage result; else undefined.
 */
function countedFirst(s: Stretch, x: Quantity): string | undefined {
  if (x.family !== 'pct') return undefined;
  const words = itemWords(s, x);
  const item = x.at - words.length;
  const first = s.qs.find((q) => q.at >= item && q.at < x.at && q.depth === 0);
  return first && first.family !== 'money' && first.family !== 'pct' && first.family !== 'score' ? words : undefined;
}

/**
 * Whether a target names whose figure it is by words before the words it shares with the result (严重精神障碍患者 of 严重精神障碍患者
 * 规范管理率, for 规范管理服务率) that the words of the result's item do not hold (登记在册高血压患者…): another subject's target.
 */
function ofAnotherSubject(target: string, result: string, counted: string): boolean {
  const common = longestCommon(target, result);
  if (common.length < 2) return false;
  const qualifier = target.slice(0, target.indexOf(common));
  return qualifier.length >= 2 && commonLength(qualifier, counted) < Math.min(3, qualifier.length);
}

/** A subject of one class of several: 建筑技能类培训, 种植类项目 (the class's name captured). */
const ONE_CLASS = /([\u4e00-\u9fff]{2,8})类(?![别型])/;
