/**
 * SourceDoc → ReportModel. Pure: the same document and profile always give the same model.
 * Each extractor handles one kind of fact; this file only wires them.
 */
import type { Block, SourceDoc } from '../read/types.js';
import { sectionWithRole, type DocumentKind, type Profile } from '../profiles/profile.js';
import { detectKind, headText } from './kind.js';
import { pickProfile, type ProfileChoice } from './profile-pick.js';
import { extractBudget } from './budget.js';
import { attachMentions } from './mentions.js';
import { extractCounts } from './counts.js';
import { extractCover } from './cover.js';
import { extractPlaceholders, extractScore, extractYears } from './misc.js';
import type { FigureFact, GoalFact, GoalPair, HeadingFact, RelationFact, ReportModel, SangongFact, SectionFact } from './model.js';
import { extractOutline } from './outline.js';
import { answeredInWords, attachCauses, setResultsYear, doneOrNotSentences, genericCause, pairGoals, pairRow, partEnd, quantifiedClauses, resultsRange, targetRange } from './goals.js';
import { extractIndicators } from './indicators.js';
import { extractSangong } from './sangong.js';
import { amountFigure } from './amounts.js';
import { extractStaffing, vacancyRelations } from './staffing.js';
import { extractRelations } from './relations.js';
import { planRates, targetGaps } from './plan-rates.js';
import { unreadRates } from './rates.js';
import { restatedByReaders, restatedFigures } from './restated.js';
import { NAMES_ITS_TARGET, SHORT_OF_TARGET } from './lexicon.js';
import { startReport } from './report-memo.js';
import { setReportYear } from './stretches.js';
import { overallGoalCells, withProseCells } from './cells.js';
import { sharesWord, type Sentence } from './text.js';
import { normalizeText } from '../read/normalize.js';

/** Words of a clause that says what was done: a result, wherever it stands (实际开展46场次, 实际成活率91.6%; 完成率104.00% of the two before). */
const DONE = /实际完成|已完成|完成了|实际发放|实际支出|^实际|^完成率/;

/**
 * "12座换热站按区分布为川东区3座、…、高新区3座" then "计划更新换热站12座，实际完成10座…。未完工原因是…": a target that is a part of
 * another target, listed as a sum of it, is explained where that target is; not by a cause that names another of the parts
 * ("送教下乡人次偏少，主要是…" explains no shortfall of 网络研修).
 */
function causesOfParts(pairs: GoalPair[], targets: readonly GoalFact[], relations: readonly RelationFact[]): void {
  for (const p of pairs) {
    if (p.result === null || p.cause) continue;
    const t = targets[p.target]!;
    const of = (x: FigureFact): boolean => x.src.line === t.src.line && Number(x.number) === Number(t.value) && x.unit === t.unit;
    const sum = relations.find((r) => r.relation === 'sum' && r.total && r.parts?.some(of));
    if (!sum) continue;
    const whole = pairs.find((q) => q !== p && q.cause && Number(targets[q.target]!.value) === Number(sum.total!.number) && targets[q.target]!.unit === sum.total!.unit);
    if (!whole) continue;
    const own = sum.parts!.find(of)!;
    const names = (x: FigureFact): boolean => {
      const w = x.label.replace(/^其中[：，]?/, '');
      return w.length >= 2 && whole.cause!.excerpt.includes(w);
    };
    if (names(own) || !sum.parts!.some((x) => x !== own && names(x))) p.cause = whole.cause;
  }
}

/** A heading of a part about what will be done: 改进措施, 下一步工作打算, 整改措施. */
const MEASURES_TITLE = /改进|整改|下一步|工作(?:打算|计划|思路)|(?:措施|建议)$/;

/**
 * The outline's headings with their text normalised (1:1, 績效實現情況 → 绩效实现情况) for the readers that
 * tell a part by its words; the outline itself keeps the text as written. Most reports change nothing: the
 * same arrays then.
 */
function plainOutline(sections: readonly SectionFact[], unmatched: readonly HeadingFact[]): { sections: readonly SectionFact[]; unmatched: readonly HeadingFact[] } {
  const differs = (h: HeadingFact): boolean => normalizeText(h.text) !== h.text;
  if (!sections.some((s) => differs(s) || s.subsections.some(differs)) && !unmatched.some(differs)) return { sections, unmatched };
  const plain = <H extends HeadingFact>(h: H): H => ({ ...h, text: normalizeText(h.text) });
  return { sections: sections.map((s) => ({ ...plain(s), subsections: s.subsections.map(plain) })), unmatched: unmatched.map(plain) };
}

/** The lines of the part about what will be done (its years are the coming ones, no data of another year). */
function measuresPart(sections: readonly SectionFact[], unmatched: readonly HeadingFact[], profile: Profile): (line: number) => boolean {
  const ranges: [number, number][] = [];
  const own = sectionWithRole(profile, sections, 'measures');
  if (own) ranges.push([own.line + 1, own.endLine]);
  for (const h of [...sections, ...unmatched]) if (MEASURES_TITLE.test(h.text) && !/问题/.test(h.text)) ranges.push([h.line + 1, partEnd(h, sections, unmatched)]);
  return (line) => ranges.some(([a, z]) => line >= a && line <= z);
}

/** A line's words on whether its target was met: 达到目标, 未达到目标, 未完全达到目标, 完成目标. */
const VERDICT = /(?:达到|实现|完成)(?:了)?(?:年度|预期)?目标/;

/**
 * A goal read in a line of the targets part that sets its target in its first sentence and says whether it was
 * met ("1.预算执行率达到100%。实际为99.64%，未达到目标。"): a figure of a later sentence is the result. Where several
 * lines of the part say so, each line of it is set out that way ("7.营养改善计划覆盖率100%。秋季学期1663名学生全部
 * 享受营养餐，覆盖率100%。" among them reports 1663 and 100% without the words).
 */
function reportedAfter(blocks: readonly Block[], range: readonly [number, number, ...unknown[]] | undefined): (g: GoalFact) => boolean {
  // (read only where there is a targets part: no pass over the report otherwise)
  if (!range) return () => false;
  const byLine = new Map<number, Block>();
  let verdicts = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    byLine.set(b.line, b);
    if (b.line >= range[0] && b.line <= range[1] && VERDICT.test(b.norm)) verdicts++;
  }
  return (g) => {
    const b = byLine.get(g.src.line);
    if (!b || !(VERDICT.test(b.norm) || (verdicts >= 2 && b.line >= range[0] && b.line <= range[1]))) return false;
    const first = b.text.search(/[。；]/);
    return first >= 0 && first < b.text.length - 1 && b.text.indexOf(g.src.excerpt) > first;
  };
}

/** The targets, those listed as parts of another marked so (partOf): one without a result of its own is not checked. */
function markParts(all: GoalFact[]): GoalFact[] {
  for (const t of all) if (partOfTarget(t, all)) t.partOf = true;
  return all;
}

/**
 * "计划改造终端120座，其中城东镇24座、溪口镇22座…": a figure listed after the 其中 of a target of its unit in its sentence
 * is a part of that target (a result may answer it, 其中新增高效节水灌溉面积0.75万亩, or only the whole's).
 */
function partOfTarget(t: GoalFact, all: readonly GoalFact[]): boolean {
  const at = t.src.excerpt.indexOf(t.text);
  if (at < 0) return false;
  return all.some((u) => {
    if (u === t || u.src.line !== t.src.line || u.src.excerpt !== t.src.excerpt || u.unit !== t.unit || u.src.column >= t.src.column) return false;
    const end = t.src.excerpt.indexOf(u.text) + u.text.length;
    return end > 0 && end <= at + (t.text.startsWith('其中') ? 2 : 0) && /其中/.test(t.src.excerpt.slice(end, at + 2)) && !/[。；]/.test(t.src.excerpt.slice(end, at));
  });
}

/** Words of a sentence that sets a target (outside a part about targets). */
const SETS_TARGET = /目标|力争|预期|确保|争取|任务|指标值|要求/;
/** A sentence of what is done to reach the targets stated: 为保障上述目标实现，… */
const MEANS_TO = /^(?:为(?:保障|确保|实现|完成|推动|落实)(?:上述|以上|各项)?(?:年度)?(?:绩效)?(?:目标|任务))/;
/** A paragraph that opens a list of the targets: 设定了以下年度目标：一是…, 年度绩效目标如下： */
const LISTS_TARGETS = /(?:以下|如下)[^。；]{0,12}(?:目标|任务)[：:]|(?:目标|任务)(?:如下|为)[：:]/;

/** The line of the paragraph in [from, to] that sets the targets as a list (一是…二是…, or numbered after a colon), if any. */
function listedTargetsLine(blocks: readonly Block[], from: number, to: number): number | undefined {
  for (const b of blocks) {
    if (b.line < from || b.line > to || b.kind !== 'paragraph') continue;
    if (LISTS_TARGETS.test(b.norm) && /一是|[（(]1[）)]|1[、.．]/.test(b.norm)) return b.line;
  }
  return undefined;
}
/**
 * Words that set a target only in the figure's own clause: "计划完成培训2000人次" does, "拟按双向四车道
 * 高速公路建设，设计速度80公里/小时，估算投资…" describes what is built (its figures are no targets). So does a
 * bound in a part about goals: "林区群众防火知识知晓率≥92%", "培训不少于1500人次".
 */
const PLANS_IN_CLAUSE = /计划|拟|[≥≤]|不低于|不少于|不高于|不超过|控制在/;
/**
 * Money a clause allocates ("该工程下达补助资金50万元", "中央下达资金共计6800万元") is the funding of
 * the work, a plain figure, not one of its targets, even in a part about targets (issue 8, point 4);
 * unless the clause itself sets it as one (目标、力争…).
 */
const ALLOCATES = /下达|安排|拨付|预拨|批复|到位|预算|总投资|配套|转移支付|分配|清算|负责[^，。；]{0,12}实施|追加|追减|调增|调减/;
/** Money named as funds (农业生产发展资金合计…, 补助资金…) is allocated unless its clause says what it achieves. */
// (or as a fee, 项目管理费2.00万元 among the uses of the funds)
const FUNDS = /资金|经费|拨款|补助|补贴|费$/;
const ACHIEVES = /完成|实现|控制|不超过|以内|节约|压减|增收|带动|撬动|吸引|拉动|投资/;
/** (任务 alone sets no target of money: 约束性任务资金 is a kind of funds) */
const SETS_MONEY_TARGET = /目标|力争|预期|确保|争取|指标值|要求/;
/**
 * A sentence comparing with a year before, its figure stated ("与2022年度的1.9万亩建设任务相比，2023年任务量增加0.9万亩，
 * 增长47.37%"), says how the task grew: it sets no target, unless it says it does (力争, 确保 …).
 */
// (or with the year before by name: "…下达我县水利发展资金1,850万元，比上年的1,620万元增加230万元，增长14.20%")
// (its figure stated right after it: "较上年增长10%以上" sets a growth to reach)
const PAST_COMPARED = /与(?:19|20)\d{2}年度?的?[^，。；]{0,16}?\d[^，。；]{0,16}?相比|比(?:19|20)\d{2}年度?的?[^，。；]{0,12}?\d|与(?:上年度?|去年|上一年度?)的?\d[^，。；]{0,16}?相比|[比较](?:上年度?|去年|上一年度?)的?\d/;
const SETS_ITSELF = /力争|确保|争取|预期|要求|不低于|不少于/;

/**
 * A figure reached, compared with a requirement right after it ("衔接资金用于产业发展的比重达到64.00%，高于60%的要求"), and that
 * requirement: what was done against a rule, no target of the report's (its result is the figure itself).
 */
const REQUIREMENT = /^[，,]?(?:高于|超过|超出|低于|优于|达到|符合)[^，。；]{0,8}?\d[\d.]*%?的?(?:要求|标准|规定)/;
const againstRequirement = (t: { text: string; src: { excerpt: string } }): boolean => {
  if (REQUIREMENT.test(t.text)) return true;
  const at = t.src.excerpt.indexOf(t.text);
  return at >= 0 && REQUIREMENT.test(t.src.excerpt.slice(at + t.text.length));
};
const pastCompared = (t: { src: { excerpt: string } }): boolean => PAST_COMPARED.test(t.src.excerpt) && !SETS_ITSELF.test(t.src.excerpt);

// (or in a sentence that hands money down, or is about funds, and sets no target: "第一批（提前下达）2,160.00万元，于2022年11月下达；
// 第二批840.00万元，…", "两批上级资金合计3,750.00万元，其中第一批…")
const isAllocation = (t: { unit: string; text: string; subject: string; src: { excerpt: string } }): boolean =>
  /元$/.test(t.unit) && !SETS_MONEY_TARGET.test(t.text) && (ALLOCATES.test(t.text) || (FUNDS.test(t.subject) && !ACHIEVES.test(t.text)) || ((ALLOCATES.test(t.src.excerpt) || FUNDS.test(t.src.excerpt)) && !SETS_MONEY_TARGET.test(t.src.excerpt) && !ACHIEVES.test(t.text)));

export interface ExtractOptions {
  /** Outlines to pick from by the document's headings (more than one: picked per document). */
  profiles?: readonly Profile[];
  /** The kind of document, when the user says it (--kind); else read from its title. */
  kind?: DocumentKind;
}

export function extract(doc: SourceDoc, given: Profile, options: ExtractOptions = {}): ReportModel {
  startReport();
  // (no figure is of another year until the report's own is known)
  setReportYear(undefined);
  let kind = options.kind ?? detectKind(doc.blocks);
  let profile = given;
  let choice: ProfileChoice;
  if (options.profiles && options.profiles.length > 1) {
    ({ profile, choice } = pickProfile(doc.blocks, options.profiles, kind, headText(doc.blocks, 6)));
    // no title to tell the kind, but an outline written for one kind only: the outline tells it
    if (kind === 'unknown' && choice.eligible && profile.kinds.length === 1) {
      kind = profile.kinds[0]!;
      choice.why += '；文档没有可辨认的标题，类型按提纲判断';
    }
  } else {
    choice = { id: given.id, matched: 0, total: given.sections.length, auto: false, eligible: true, why: '由 --profile 或配置文件指定', others: [] };
  }
  const outline = extractOutline(doc, profile);
  if (!choice.auto) {
    // (a part matched by a wording any outline's part answers to is no sign of this one: checks/outline.ts)
    choice.matched = outline.sections.filter((s) => s.byWording !== true).length;
    choice.eligible = choice.matched >= profile.minMatched;
    // the outline given (--profile) is followed, and it is written for one kind only: it tells the kind
    if (kind === 'unknown' && choice.eligible && profile.kinds.length === 1) {
      kind = profile.kinds[0]!;
      choice.why += '；文档没有可辨认的标题，类型按提纲判断';
    }
  }
  const firstLine = Math.min(outline.sections[0]?.line ?? Infinity, outline.unmatched[0]?.line ?? Infinity);
  const bodyFrom = Number.isFinite(firstLine) ? firstLine : 1;
  // (the cover is read before the goals, whose results of a year before the report's are none: its year is given to every reader
  // after them, as before)
  const cover = extractCover(doc.blocks, Number.isFinite(firstLine) ? firstLine : 8, profile);
  setResultsYear(cover.year);
  // (headings as words: a report in traditional characters names its parts 績效實現情況 too)
  const plain = plainOutline(outline.sections, outline.unmatched);
  const tr = targetRange(plain.sections, profile, plain.unmatched, doc.blocks);
  const six = resultsRange(plain.sections, profile, plain.unmatched);
  // goals only where the report states goals: a part about targets, or a sentence that sets one
  // a clause saying what was done is a result, also where targets are stated ("绩效目标14户，实际完成14户")
  const reported = reportedAfter(doc.blocks, tr);
  // (a part that sets its targets as a list, "设定了以下年度目标：一是…；二是…", sets no more after that paragraph: "为保障上述目标实现，
  // 我局全年修订内部管理制度4项…" and "局党组会全年研究…12次" say what was done for them, no targets of their own)
  const listedAt = tr ? listedTargetsLine(doc.blocks, tr[0], tr[1]) : undefined;
  const afterList = (t: GoalFact): boolean => listedAt !== undefined && t.src.line > listedAt && (MEANS_TO.test(t.src.excerpt) || !SETS_TARGET.test(t.src.excerpt));
  const targets = tr ? markParts(quantifiedClauses(doc.blocks, tr[0], tr[1], 'target')).filter((t) => !DONE.test(t.text) && !SHORT_OF_TARGET.test(t.text) && !NAMES_ITS_TARGET.test(t.text) && !reported(t) && !isAllocation(t) && !pastCompared(t) && !afterList(t) && !againstRequirement(t) && (tr[2] || SETS_TARGET.test(tr[3] === true ? t.text : t.src.excerpt) || PLANS_IN_CLAUSE.test(t.text))) : [];
  // (a part of both goals and results states each once: a clause read as a target is not its own result)
  const isTarget = new Set(targets.map((t) => `${t.src.line}:${t.src.column}`));
  const results = six ? quantifiedClauses(doc.blocks, six[0], six[1], 'result').filter((r) => !isTarget.has(`${r.src.line}:${r.src.column}`)) : [];
  if (tr && targets.length > 0) for (const r of quantifiedClauses(doc.blocks, tr[0], tr[1], 'result')) if (DONE.test(r.text) || reported(r)) results.push(r);
  // a form's overall targets and what was done, side by side in two cells (年度总体目标 | 实际完成情况)
  const overall: { targets: [number, number]; results: [number, number] }[] = [];
  for (const { target: tb, result: rb } of overallGoalCells(doc.blocks)) {
    const t0 = targets.length;
    const r0 = results.length;
    if (tb) for (const t of quantifiedClauses([tb], tb.line, tb.line, 'target')) if (!DONE.test(t.text) && !isAllocation(t)) targets.push(t);
    if (rb) for (const r of quantifiedClauses([rb], rb.line, rb.line, 'result', true)) results.push(r);
    if (targets.length > t0 && results.length > r0) overall.push({ targets: [t0, targets.length], results: [r0, results.length] });
  }
  // indicator tables pair their own rows: target and result side by side; a target the text sets is
  // answered by a table's row as well as by a sentence (the results table restating the target)
  const table = extractIndicators(doc.blocks);
  const proseResults = results.length;
  for (const r of table.results) results.push(r);
  const pairs = pairGoals(targets, results);
  // (a row of the overall targets answers its target in the cell beside it: before a result elsewhere
  // that shares a word of its name, "…河道堤防巡查不少于420公里 | 累计巡查堤防428.6公里" over "其他中小河道堤防78.3公里")
  for (const { targets: [t0, t1], results: [r0, r1] } of overall) {
    for (const rp of pairRow(targets.slice(t0, t1), results.slice(r0, r1))) {
      const p = pairs[t0 + rp.target]!;
      if (rp.result === null) continue;
      p.result = r0 + rp.result;
      p.why = rp.why;
      delete p.whyEn;
    }
  }
  // the indicator table's row that restates a target the text sets: the same figure, of a subject
  // sharing a word ("建成区粮食综合生产能力每亩提高100公斤以上" ↔ "亩均粮食产能提升 | ≥100公斤")
  const restatingRow = (t: GoalFact, ok: (row: number) => boolean = () => true): number =>
    table.targets.findIndex((x, i) => ok(i) && Number(x.value) === Number(t.value) && x.unit === t.unit && sharesWord(x.subject, t.subject));
  for (const p of pairs) {
    // a target the text sets, answered by a table's row: the row's 偏差原因 is its cause too
    if (p.result !== null && p.result >= proseResults) {
      const cause = table.causes[p.result - proseResults];
      if (cause) p.cause = cause;
      continue;
    }
    if (p.result !== null) {
      // a target the text sets and answers in prose, restated as a row of the indicator table: the row's
      // 偏差原因 explains its shortfall too ("带动农产品网络零售额增长10%以上" ↔ "农产品网络零售额增长率 | ≥10% | 8.6% | … | 脐橙…冻害")
      if (!p.cause) {
        const row = restatingRow(targets[p.target]!, (i) => table.causes[i] !== undefined);
        if (row >= 0) p.cause = table.causes[row]!;
      }
      continue;
    }
    // a target with no result in the text: the table's row restating it answers it
    const t = targets[p.target]!;
    const row = restatingRow(t);
    if (row >= 0) {
      p.result = proseResults + row;
      p.why = `指标表中目标同为${t.value}${t.unit}的一行`;
      delete p.whyEn;
      const cause = table.causes[row];
      if (cause) p.cause = cause;
    }
  }
  table.targets.forEach((t, i) => {
    const cause = table.causes[i];
    pairs.push({ target: targets.length, result: proseResults + i, why: '指标表同一行', ...(cause ? { cause } : {}) });
    targets.push(t);
  });
  // the execution rate the report states in its part on the budget ("全年实际支出…，整体预算执行率96.77%"),
  // not again among the results: it answers the target set for it
  let stated: GoalFact[] | undefined;
  for (const p of pairs) {
    const t = targets[p.target]!;
    if (p.result !== null || !EXECUTION_RATE.test(t.subject)) continue;
    stated ??= quantifiedClauses(doc.blocks, bodyFrom, Infinity, 'result').filter((r) => EXECUTION_RATE.test(r.subject) && r.unit === '%' && !isTarget.has(`${r.src.line}:${r.src.column}`) && !SETS_TARGET.test(r.text) && !(tr && r.src.line >= tr[0] && r.src.line <= tr[1]));
    const found = pairGoals([t], stated)[0];
    if (found?.result === null || found === undefined) continue;
    p.result = results.length;
    p.why = `${found.why}（写在预算执行情况中）`;
    delete p.whyEn;
    results.push(stated[found.result]!);
  }
  // a target no figure answers, whose result the results part states in words: answered, not in figures
  if (six) {
    let done: Sentence[] | undefined;
    for (const p of pairs) if (p.result === null) {
      done ??= doneOrNotSentences(doc.blocks, six);
      const words = answeredInWords(done, targets[p.target]!);
      if (words) p.inWords = words;
    }
  }
  // a row whose result cell is blank: the target has no result
  for (const t of table.unanswered) {
    pairs.push({ target: targets.length, result: null, why: '指标表中该行的完成值未填', whyEn: 'the row leaves its result blank' });
    targets.push(t);
  }
  attachCauses(pairs, targets, results, doc.blocks, plain.sections, profile, six, plain.unmatched);
  for (const p of pairs) p.summary = `${targets[p.target]!.text} ↔ ${p.result === null ? '（无）' : results[p.result]!.text}`;
  setReportYear(cover.year);
  const budget = extractBudget(doc.blocks, outline.sections, profile, cover.year);
  // the sentences a form writes in its cells are read like paragraphs
  const prose = withProseCells(doc.blocks);
  attachMentions(doc.blocks, outline.sections, budget, new Set(profile.sections.filter((s) => s.fund).map((s) => s.no)), cover.year);
  const sangong = extractSangong(doc.blocks, cover.year);
  const relations = [...extractRelations(prose, cover.year), ...vacancyRelations(prose), ...table.scoreSums];
  budgetByChange(sangong, relations);
  sangongShareBases(sangong, relations);
  const score = extractScore(doc.blocks, sectionWithRole(profile, outline.sections, 'evaluation'), table.scoreTable, cover.year);
  const staffing = extractStaffing(prose, cover.year, cover.unit);
  const planContext = { sangong, staffing, targets, results, pairs, blocks: doc.blocks };
  planRates(prose, planContext, relations);
  targetGaps(prose, planContext, relations);
  causesOfParts(pairs, targets, relations);
  // (a rate no reader could read is a relation not checked, listed so with its reason rather than dropped; read are
  // the rates of relations, the budget's 执行率, and the rates a target or a result states, 完成率100%)
  // (and a rate read once and said again, "…执行率96.32%" in the problems part: the same value of a rate of the same word)
  const read = new Set<string>();
  const mark = (line: number, value: string, word?: string): void => {
    read.add(`${line}:${Number(value)}`);
    if (word) read.add(`${Number(value)}:${word.slice(-3)}`);
  };
  for (const r of relations) for (const f of [r.rate, r.pct]) if (f) mark(f.src.line, f.number, r.relation === 'rate' ? r.subject : undefined);
  for (const n of budget) if (n.execution) mark(n.execution.src.line, n.execution.rate, '执行率');
  for (const g of [...targets, ...results]) if (g.unit === '%') mark(g.src.line, g.value);
  // (a sentence read twice, as a line of a list and as a sentence, leaves its unread rate twice: listed once)
  const listed = new Set<string>();
  for (const r of unreadRates()) {
    const at = `${r.rate!.src.line}:${r.rate!.src.column}`;
    if (listed.has(at) || read.has(`${r.rate!.src.line}:${Number(r.rate!.number)}`) || read.has(`${Number(r.rate!.number)}:${r.subject.slice(-3)}`)) continue;
    relations.push(r);
    listed.add(at);
  }
  return {
    version: 1,
    profile: profile.id,
    kind,
    profileChoice: choice,
    ...(cover.year !== undefined ? { year: cover.year } : {}),
    ...(cover.unit !== undefined ? { unit: cover.unit } : {}),
    ...(cover.title !== undefined ? { title: cover.title } : {}),
    cover: cover.fields,
    outline,
    budget,
    sangong,
    staffing,
    counts: extractCounts(prose),
    years: extractYears(doc.blocks, bodyFrom, measuresPart(plain.sections, plain.unmatched, profile), cover.year),
    placeholders: extractPlaceholders(doc.blocks, 1),
    score,
    goals: { targets, results, pairs, resultsPart: six !== undefined || table.results.length > 0, ...(() => {
      const g = genericCause(doc.blocks, plain.sections, profile);
      return g ? { genericCause: g } : {};
    })() },
    ...(table.scoreTable ? { scoreTable: table.scoreTable } : {}),
    relations,
    restated: [...restatedFigures(prose, relations, cover.year), ...restatedByReaders(sangong, score, table.scoreTable)],
  };
}

/** A target or result of the budget's execution rate (预算执行率, 部门预算执行率, 整体预算执行率). */
const EXECUTION_RATE = /预算执行率$/;

/**
 * "2024年度“三公”经费支出8.62万元，较年初预算减少1.38万元，下降13.80%": a report that gives the 三公 actual's change
 * from its budget, and no budget figure, states the budget by it (a 部门决算说明's usual wording).
 */
function budgetByChange(sangong: SangongFact, relations: readonly RelationFact[]): void {
  const t = sangong.actual.total;
  if (!t || sangong.budget.total) return;
  for (const r of relations) {
    if (r.relation !== 'change' || !(r.versusStart || r.versusPlan) || !r.change || !r.current) continue;
    if (r.current.src.line === t.src.line && r.current.src.column === t.src.column) {
      sangong.budgetByChange = r.change.src;
      return;
    }
  }
}

/**
 * "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算
 * 7.22万元，占77.05%；…": a share naming no base, of a 三公 item the 三公 reader read, is of that side's 三公 total
 * (stated in a paragraph before, where the relation reader sees no list).
 */
function sangongShareBases(sangong: SangongFact, relations: RelationFact[]): void {
  for (const side of [sangong.actual, sangong.budget]) {
    const t = side.total;
    if (!t) continue;
    const items = new Set<string>();
    for (const a of Object.values(side.items)) if (a !== 'nil') items.add(`${a.src.line}:${a.src.column}`);
    if (items.size === 0) continue;
    for (const r of relations) {
      if (r.relation !== 'share' || r.base || r.baseName || !r.part || !items.has(`${r.part.src.line}:${r.part.src.column}`)) continue;
      r.base = amountFigure(t);
    }
  }
}
