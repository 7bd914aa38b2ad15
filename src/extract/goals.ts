/**
 * Quantified targets (一(2) 年度整体支出绩效目标) and results (六), and the pairing between them.
 * A target or result is a clause with a number and a unit (家, 个, 项, %, 万元, 亩 …); its subject
 * is the clause's words without the verbs. Pairing is by subject and unit, never by position:
 * the unit must be the same, every number written inside the target's subject (500强, 10亿元以上)
 * must appear in the result's subject, and the subjects must share most of their words.
 */
import { rolesOf, sectionWithRole, type Profile } from '../profiles/profile.js';
import type { Block } from '../read/types.js';
import type { GoalPair, GoalFact, HeadingFact, SectionFact, Src } from './model.js';
import { INDICATOR_UNITS, MEASURE_FAMILY, NO_CAUSE, unitAlternation } from './lexicon.js';
import { memoised, reportMemo } from './report-memo.js';
import { headingNumber, isSubsequence, matchesOf, sentences, sentenceSrc, src, upToFullStop, type Sentence } from './text.js';
import { NAME as INDICATOR_NAME, RESULT as INDICATOR_RESULT, TARGET as INDICATOR_TARGET } from './indicators.js';
import { depthAt, PASSED_WORDS, PER_UNIT_AFTER, VERSUS_AFTER } from './quantities.js';
import { captionHeading } from './cells.js';

const UNITS = unitAlternation(INDICATOR_UNITS);
// (a space may stand between the figure and its unit in text from a PDF: 24 处, 6.8 万人)
const QUANTITY = new RegExp(`(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?) ?(余|多)?(万)?(${UNITS})(以上|以内|左右)?`, 'g');
const VERBS = /^(一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|其中|同时|全年|年度|全年度|计划|确保|力争|争取|实现|完成|达到|达(?!标率|成率)|引进|新引进|招引|盘活|新增|建成|开展|组织|推进|成功|共计|共|累计|截至目前|目前|已|完成率)+/;
/** Words before a percentage that make it a share of a whole or a bare rate of change: 其中中央补助资金占, 增长 (no subject of its own). */
// (and each share after the first of a 分别 list: "分别占91.36%和8.64%")
const FUNDS_DESCRIBED = /占(?:比|[^，。；\d]{1,12}的(?:比例|比重)?)?(?:为|是)?(?:\d+(?:\.\d+)?%[、和及与])*$|^(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|上升|降低)了?$/;
/** A sum of money stated before, in the sentence. */
const MONEY_BEFORE = /\d(?:万元|亿元|千元|元)/;
/** Words of a sentence that sets a target. */
const SETS_GOAL = /目标|力争|确保|预期|计划|争取|达到/;
/** 增长15% is a rate of growth (the verb right before the number); 提高到92% reaches a level. */
// (with its floor after the verb too: "耕地质量等级提升不低于0.2个等级" is a growth of at least 0.2)
const GROWTH = /(增长|提高|提升|增加|上升)了?(?:约|近|超过?|达到?|不低于|不少于|至少)?$/;
/** 下降5% is a reduction: reaching it means falling at least that much. */
const DECLINE = /(下降|降低|减少|压减|压缩)了?(?:约|近|超过?|达到?)?$/;
/** A clause whose subject is only a comparison ("同比增长6.2%") speaks of the clause before it. */
/** A sentence that opens with a comparison with the year before. */
/**
 * A clause that opens with a year its sentence goes on to compare a later one with: "2022年度县域农村公路优良路率为68.50%；本年度比上年
 * 提高4.70个百分点，达到73.20%" (up to the 。, over a ；): the year before's figure, no result.
 */
function yearBeforeLater(clause: string, norm: string, from: number): boolean {
  const y = CLAUSE_OPENING_YEAR.exec(clause);
  if (!y) return false;
  const later = LATER_COMPARED.exec(upToFullStop(norm, from));
  return later !== null && (later[1] === undefined || Number(later[1]) > Number(y[1]));
}
const CLAUSE_OPENING_YEAR = /^\s*((?:19|20)\d{2})年度?(?!\d{1,2}月)/;
/** A later year compared with the one before, in its clause or one after it: 本年度比上年, 2023年…，较上年, 同比. */
const LATER_COMPARED = /(?:((?:19|20)\d{2})年度?|本年度?|今年|当年)[^。]*?(?:(?:比|较)(?:上年|去年|上一年度?)|同比)/;
/** A clause that opens with the year before: 上年度（2022年）…, 上年建成21台, 去年…. */
const LAST_YEAR_CLAUSE = /^\s*(?:上年度?|上一年度?|去年)(?:[（(](?:19|20)\d{2}年度?[）)])?(?![末初结])/;
const COMPARED_WITH_LAST = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?\s*(?:与上年度?(?:相比|比较)|同上年度?相比|与去年(?:相比|比较)|比上年度?|较上年度?|比去年|较去年)/;
const BARE_COMPARISON = /^(同比|较上年度?|比上年度?|与上年相比|较去年|比去年)?$/;
/** What is left of 完成率 / 实现率 once the verbs are taken off (VERBS): a rate that names no indicator. */
const RATE_ONLY = /^率$/;
// 不低于 is a floor, not a cap; 压缩至 / 缩短到 / 降至 a level and "5个工作日内" are caps
const MAX = /以内|不超过|控制在|(?<!不)低于|≤|不高于|(?:压缩|缩短|降低|降|减少|减)(?:至|到)|(?:日|天|小时|分钟|周)内/;
/** A floor written right before the figure: 处置率≥95%, 不低于90% (over a time limit elsewhere in the clause, "报修后48小时内响应处置率≥95%"). */
const FLOOR_BEFORE = /(?:≥|＞|>|不低于|不少于)$/;
const NUMBER_TOKEN = /\d+(?:\.\d+)?[^\d\s]?/g;
const CUMULATIVE = /累计|截至|以来|历年/;
/** A clause that names a target (达到…的目标, 完成年度计划): a reference to it, not a result. */
const NAMES_TARGET = /目标|计划|任务|预期/;
/** A number token that is a count of its own (1200户, 5个), not a qualifier of the subject (500强, 10亿). */
const COUNT_TOKEN = new RegExp(`^\\d+(?:\\.\\d+)?(?:${Object.keys(MEASURE_FAMILY).join('|')}|亩|公里|吨)$`);
/** The report's year, for its results (set by extract() before the goals are read). */
let resultsYear: number | undefined;
export function setResultsYear(year: number | undefined): void {
  resultsYear = year;
}

/** Whether a clause opens with a year before the report's year (when the report states one). */
function earlierYearClause(c: string): boolean {
  const m = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).．、])?\s*((?:19|20)\d{2})年(?!\d{1,2}月)/.exec(c);
  const year = resultsYear;
  return m !== null && year !== undefined && Number(m[1]) < year;
}

/** Words of a standard or a price (补贴标准, 补助标准为每人, 单价, 限额): a figure of how money is paid. */
const STANDARD = /标准(?:为|是)?$|(?:补助|补贴|奖补|奖励|收费|发放|资助|救助|保障|付费)标准|单价|限额|每(?:亩|人|户|平方米|公里|吨|头|只)(?:补助|补贴|奖补|奖励)?(?:为|是)?$/;

/** A clause that names only which figure it states: the target, the result (年度目标200户, 实际完成236户). */
/** (a result may say how it was measured: 抽样问卷调查结果, 第三方测评结果, 电话回访调查结果) */
const FIGURE_ONLY = /^(?:年度|全年|本年)?(?:值|数|目标值?|指标值|计划值?|预期值?|实际(?:完成值?|值|数|[\u4e00-\u9fff]{2})?|完成值?|完成数|(?:(?:抽样|随机|委托|第三方|入户|电话|回访|网络|线上|现场|实地|年终|专项)*(?:问卷调查|调查|统计|测评|考核|监测|评价))?结果(?:为|是)?)$/;
const TARGET_ONLY = /目标|指标值|计划|预期/;
/** What did not happen, in words: 未发生学校食品安全责任事故, 没有出现重大质量事故 (its count, 0, in no unit). */
const NONE_HAPPENED = /(?:未|没有)(?:发生|出现)(?:过)?(?:一起|一例|任何)?([\u4e00-\u9fff“”]{2,24})[，；。]?$/;
/** 实际 and a doing of its own (实际供餐, 实际接待): not a word of completion (实际完成, 实际达到). */
const OWN_DOING = /^实际(?!完成|达到|实现|值|数|为)([\u4e00-\u9fff]{2})$/;
/** A plan said again among the results, before its figure: 计划搬迁540户, 年度计划新建…, 原计划完成… (not 计划内, 计划外). */
// (按计划 alone says it was done as planned, "按计划工期完工13个", a result; 按计划应… states the plan)
const PLAN_RESTATED = /^\s*(?:全年|年度|本年度?|当年|年初)?(?:原计划|按计划应|计划)(?![内外])/;
/** An indicator's target restated among the results: 服务对象满意度目标值（不低于）90%. */
const RESTATED_TARGET = /(?:年度)?(?:目标值?|指标值|计划值|预期值)$/;

/** A count of indicators or goals (一级指标3个, 绩效目标共5项, 指标数12个, 其中预算执行类1个, 满意度指标各1项), not of what they measure. */
// (and the setting of them: 年度绩效指标共设置7项)
const INDICATOR_COUNT = /(?:指标|目标|类)(?:数|数量|总数)?(?:共计|共|合计|各)?(?:设置|设定|设立|确定|设)?了?$/;
const COUNT_UNIT = /^(?:个|项|条)$/;
/** The indicators or goals named after their count: 33个三级绩效指标, 2个服务对象满意度指标. */
const COUNTED_AFTER = /^[^，。；、]{0,10}(?:指标|目标)/;

/** A figure the standard is named after ("每人每亩给予100元的小麦种植补贴标准"). */
const STANDARD_AFTER = /^的[^，。；\d]{0,8}(?:补助|补贴|奖补|奖励|收费|发放|资助|救助)标准/;

/** A paragraph opened by a label of results: 完成情况：, 实际完成情况：, 目标实现情况：, 执行结果：. */
const RESULTS_LEAD = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:实际|目标|年度目标|绩效目标)?(?:完成|实现|执行)(?:情况|结果)[：:]/;

export function quantifiedClauses(blocks: readonly Block[], fromLine: number, toLine: number, kind: 'target' | 'result', figureFirst = false): GoalFact[] {
  const out: GoalFact[] = [];
  // (a table of targets, 指标名称 | 年度目标值, states them row by row: read where targets are read)
  if (kind === 'target') tableTargets(blocks, fromLine, toLine, out);
  for (const b of blocks) {
    if (b.line < fromLine || b.line > toLine || b.kind !== 'paragraph') continue;
    // (a paragraph of results in a goals part, "年初设定目标：…" then "完成情况：全年建成…", sets no target)
    if (kind === 'target' && RESULTS_LEAD.test(b.norm)) continue;
    // (the subject named last goes on over the paragraph's sentences: "1.预算执行率达到100%。实际为99.64%，未达到目标。")
    let lastSubject = '';
    // (the unit of the figure lastSubject was last given to, when it named one)
    let lastUnit: string | undefined;
    // (an indicator named by a run-in title, "（3）应急演练。年度目标不少于10场，实际组织12场，…": the sentences after it are of it)
    let titled = '';
    // (the text's "1." before a word is normalised to 1。, a sentence of its own: the title is the sentence after it)
    let afterNumber = false;
    for (const s of sentences(b)) {
      if (LIST_NUMBER_ONLY.test(s.norm)) {
        afterNumber = true;
        continue;
      }
      const title = RUN_IN_TITLE.exec(s.norm.trim()) ?? (afterNumber ? BARE_TITLE.exec(s.norm.trim()) : null);
      afterNumber = false;
      // (not a class of indicators, "（2）社会效益。", "1.数量指标。": its sentences name their own)
      if (title && !INDICATOR_CLASS.test(title[1]!)) {
        titled = cleanSubject(title[1]!);
        continue;
      }
      // ("与上年相比，2023年度我县建成高标准农田2.6万亩，本年度建设任务增加0.6万亩，增长23.08%。": a comparison with the year
      // before, in a goals part too, sets no target)
      if (kind === 'target' && COMPARED_WITH_LAST.test(s.norm)) continue;
      let offset = 0;
      // "入户调查：年度目标200户，实际完成236户": the indicator named before a colon
      let named = titled;
      // "1.65岁及以上老年人健康管理率≥72%" as item 1 of a numbered list: its number is no part of the name
      const fused = fusedListNumber(blocks, s);
      // (the clause before, when it ends with 、 after a figure: "开展技术培训30期、1,500人次" measures one thing twice)
      let previousClause = '';
      // (whether the clause before was a share of the funds, for the shares joined to it)
      let fundsShares = false;
      for (const whole of clausesOf(s.norm)) {
        const joined = previousClause.endsWith('、') && /\d/.test(previousClause);
        previousClause = whole;
        const clause = offset === 0 && fused > 0 ? whole.slice(fused) : whole;
        if (clause !== whole) offset += fused;
        // an indicator's name before a colon (digits in it too: "2.65岁以上老年人健康管理率：")
        // (or a figure inside the name, the indicator's words going on after it: "2.森林火灾24小时扑灭率：")
        if (clause.endsWith('：') && (!/\d/.test(clause) || matchesOf(QUANTITY, clause).length === 0 || NAME_GOES_ON.test(clause.slice(matchesOf(QUANTITY, clause).at(-1)!.index! + matchesOf(QUANTITY, clause).at(-1)![0].length)))) {
          named = cleanSubject(clause.slice(0, -1).replace(LIST_NUMBER, ''));
          offset += clause.length;
          continue;
        }
        // no digit, no quantity: most clauses of a goals section (the regex below is the costly part)
        if (!/\d/.test(clause)) {
          // ("全年未发生学校食品安全责任事故": none, said in words, answers a target of none, 责任事故0起)
          const none = kind === 'result' ? NONE_HAPPENED.exec(clause) : null;
          if (none) out.push({ kind, subject: cleanSubject(none[1]!), comparator: 'min', value: '0', unit: '', approximate: false, cumulative: false, text: clause.trim(), src: sentenceSrc(s, offset + none.index) });
          // ("指标：新增农村供水受益人口，目标值1.2万人，完成值11,860人": the clause after a bare 指标： names it)
          if (/^(?:指标|指标名称|名称)$/.test(named) && clause.length <= 30) named = cleanSubject(clause.replace(/[，；。、]$/, ''));
          offset += clause.length;
          continue;
        }
        // a list number ("（1）新建…≥15处；") is not part of the indicator
        const c = clause.replace(/[，；。、：]$/, '').replace(LIST_NUMBER, '');
        // (a clause of the year before, in a results part, is no result: "上年度（2022年）我区完成老旧小区改造9个，…；2023年改造12个")
        // (nor one that opens with a year before the report's: "2022年我县完成农村危房改造104户" in a 2023 report)
        if (kind === 'result' && (LAST_YEAR_CLAUSE.test(c) || yearBeforeLater(c, b.norm, s.start + offset + clause.length) || earlierYearClause(c))) {
          offset += clause.length;
          continue;
        }
        // (the last figure outside brackets: "水质检测504次（126座×每季度1次×4个季度）" sets 504次, its bracket says how it was reckoned)
        const found = matchesOf(QUANTITY, c);
        // (only a bracket closed in the clause: "…10所义务教育学校（完全中学1所、" is split at its 、, its last figure is the item's)
        let m = found.at(-1);
        // (a figure whose breakdown opens in a bracket right after it, split at the bracket's 、: "改造农村供水管网22.4公里（沙河镇12.6公里、"
        // states 22.4公里, its first place's share follows)
        if (m && depthAt(c, m.index) > 0 && depthAt(c, c.length) > 0) {
          const open = c.lastIndexOf('（', m.index);
          const whole = found.find((x) => x.index + x[0].length === open && depthAt(c, x.index) === 0);
          if (whole && whole[4] === m[4]) m = whole;
        }
        if (m && depthAt(c, m.index) > 0 && depthAt(c, c.length) === 0) {
          for (let k = found.length - 1; k >= 0; k--) {
            if (depthAt(c, found[k]!.index) !== 0) continue;
            m = found[k];
            break;
          }
        }
        // (a standard or a unit price, 补贴标准为每亩100元, is how the money is paid: no target, no result)
        // (nor a threshold in the name of what is counted: "收入10万元以上的村实现全覆盖" sets no target of 10万元)
        // (a share of a whole, in a results part, answers a target set as a share of it: "占全年演出任务560场的75.18%" for
        // "第三季度完成全年演出任务的70%以上"; paired with no other target)
        const share = kind === 'result' ? SHARE_RESULT.exec(c) : null;
        if (share) {
          const whole = cleanSubject(share[1]!.replace(/[\d,.]+[\u4e00-\u9fff]{0,2}$/, ''));
          if (whole.length >= 2) out.push({ kind, subject: whole, comparator: 'min', value: share[2]!, unit: '%', approximate: false, cumulative: false, text: c.trim(), src: sentenceSrc(s, offset + share.index), shareOf: true });
          offset += clause.length;
          continue;
        }
        // (nor, where targets are read, a share or a rate of change of the money stated before it in its paragraph: it describes the
        // funds, "…合计1286.40万元，其中中央补助资金占55.97%", "2022年该专项资金为1050.00万元，2023年增加236.40万元，增长22.51%";
        // unless the sentence sets a target, "力争…增长8%")
        // (and each share after it in a list joined by 、: "上述四项分别占中央资金的72.39%、15.04%、7.82%和4.75%")
        if (kind === 'target' && m && m[4] === '%' && ((joined && fundsShares) || FUNDS_DESCRIBED.test(c.slice(0, m.index))) && MONEY_BEFORE.test(b.norm.slice(0, s.start + offset)) && !SETS_GOAL.test(s.norm.slice(0, offset + m.index))) {
          fundsShares = true;
          offset += clause.length;
          continue;
        }
        fundsShares = false;
        // (nor, where targets are read, how far one was met: "全年完成…核查12,486个，为目标值的104.05%" sets no target)
        // (nor a figure said not reached, "户厕改造完成率未达到100%", which states a shortfall, unless named the target: "…未达到650件的年度目标")
        if (m && !/(?:占|相当于)[^，。；]*的\d/.test(c) && !(kind === 'target' && (OF_TARGET.test(c) || (NOT_REACHED_BEFORE.test(c.slice(0, m.index)) && !NAMED_TARGET_AFTER.test(c.slice(m.index + m[0].length))))) && !/^\d{4}年/.test(c.slice(m.index)) && !STANDARD.test(c.slice(0, m.index)) && !STANDARD_AFTER.test(c.slice(m.index + m[0].length)) && !(m[5] !== undefined && THRESHOLD_OF.test(c.slice(m.index + m[0].length)))) {
          const before = c.slice(0, m.index);
          // (and the verb before a floor: "耕地质量等级提升不低于0.2个等级")
          const own = cleanSubject(before.replace(/(增长|提高|提升|增加|上升|下降|降低|减少|压减|压缩)?了?(到|至)?$/, '').replace(/[≥≤><=＞＜]+$/, '').replace(/(达到|达|为|超过|超|不低于|不少于|控制在|稳定在|保持在|维持在)$/, '').replace(/(增长|提高|提升|增加|上升)了?$/, ''));
          // (a figure named only as the target or the result, 年度目标200户 / 实际完成236户, is of the
          // indicator named before the colon; in a results part the target restated is no result)
          const figureOnly = FIGURE_ONLY.test(own);
          if (kind === 'result' && (figureOnly ? TARGET_ONLY.test(own) : RESTATED_TARGET.test(own))) {
            // ("服务对象满意度目标值不低于90%，问卷调查结果为85%": the result after it is of that indicator)
            if (!figureOnly) [lastSubject, lastUnit] = [own.replace(RESTATED_TARGET, ''), undefined];
            offset += clause.length;
            continue;
          }
          // ("农村公路养护里程：312公里", "…：全年完成养护312公里", "新建农村饮水管网：新建管网48.5公里": a figure
          // that ends its clause and names nothing but words of the indicator named before the colon, in
          // their order, is of that indicator; not one
          // whose own words follow it, "产出目标：完成18个老旧小区综合改造")
          // (nor "服务对象满意度：问卷调查满意度为95.4%": a clause of the same rate, measured in a way it names)
          // (the words of doing and of the year before the name's words are none of the indicator's:
          // "食品安全监督抽检：实际完成抽检2286批次", "…：年内完成3座"; nor is 平均, "单座…成本：…单座平均3.32万元")
          // (not a title that names several, "1．营造林和森林抚育。全年完成营造林2.62万亩；完成森林抚育3.05万亩": each figure's own words name it)
          const ofNamed = named.length >= 2 && !(named === titled && /[和及与、]/.test(titled) && own.length >= 2) && (figureOnly || ((isSubsequence(own, named) || isSubsequence(own.replace(DOING, ''), named) || isSubsequence(own.replace(DOING, '').replace(AVERAGE, ''), named) || sameRate(own, named)) && !/[\u4e00-\u9fff]/.test(c.slice(m.index + m[0].length))));
          // ("应报年报125家，已报122家，完成率97.60%": a completion rate alone is the rate of the count before it)
          const rateOf = RATE_ONLY.test(own) && lastSubject ? `${lastSubject}完成率` : undefined;
          // ("完成32处地质灾害隐患点工程治理", "对540户受灾群众实施搬迁": a count before its noun names nothing before
          // it but doing; the words after it name what is counted)
          // (a year or a period before the doing names nothing either: "2023年完成1,200户农村安居房建设")
          // (nor the place it is done in: "为全县86个村（社区）综合性文化服务中心配置音响")
          // (nor another figure and its noun joined to it before it: "沿岸3.2万人和1.15万亩耕地得到有效保护" names 1.15万亩 by 耕地…)
          const joinedAfterFigure = /\d[\u4e00-\u9fff%]{0,4}(?:和|及|与)$/.test(before);
          // (nor a verb of helping or serving alone: "帮助281名就业困难人员实现就业", "保障9个社区…")
          const countedAfter = (own.replace(/^(?:(?:19|20)\d{2}年度?|全年|年内|本年度?)/, '').replace(SCOPE_LEAD, '').length < 2 || joinedAfterFigure || HELPING.test(own)) && !ofNamed ? wordsAfterCount(c.slice(m.index + m[0].length), m[4]!) : undefined;
          // (a figure with no words of its own, before it or after it, after a figure and 、, "开展技术培训30期、1,500人次", is of what the
          // figure before it measures; not "…45座小型水库维修养护、120处山洪灾害监测站点运行维护", named by the words after it)
          // ("实施学校126所，…；全年实际供餐200天": a figure named by 实际 and a doing of its own, in another unit than the figure
          // before it, is of that doing, not of what the figure before counts)
          const ownDoing = figureOnly && lastUnit !== undefined && !sameMeasure(lastUnit, m[4]!) ? OWN_DOING.exec(own)?.[1] : undefined;
          // ("3.农村人居环境整治。年度计划完成农村户厕改造1500户，实际完成1468户": a figure of no words of its own after a plan the sentence
          // restates is that plan's indicator, not the title's)
          let subject = own === '' && joined && lastSubject && !/[\u4e00-\u9fff]/.test(c.slice(m.index + m[0].length)) ? lastSubject : ofNamed ? named : rateOf ?? countedAfter ?? ownDoing ?? ((figureOnly || BARE_COMPARISON.test(own)) && lastSubject ? lastSubject : own);
          // (in a cell that answers one target, a clause may open with its figure: "36座闸站、泵站全部按规程运行维护",
          // named by the words after it)
          if (figureFirst && subject.length < 2 && before.trim() === '') subject = FIRST_WORDS.exec(c.slice(m.index + m[0].length))?.[0] ?? subject;
          // (how many indicators or goals were set, 设置三级指标20个 or 下设33个三级绩效指标, describes the
          // targets: it is none)
          // (nor does a count of what is kept running, 保障机关和9个村（社区）正常运转: the scope of a goal in words)
          const counted = COUNT_UNIT.test(m[4]!) && (INDICATOR_COUNT.test(subject) || COUNTED_AFTER.test(c.slice(m.index + m[0].length)) || KEPT_RUNNING.test(c.slice(m.index + m[0].length)));
          // (nor a list's total named by its total word alone, "…满意度指标1个，另设…1个，合计16个": what the list counts)
          // ("计划新建专业监测点260处，实际建成268处": in a results part the plan said again is no result; it names
          // the result after it)
          if (kind === 'result' && PLAN_RESTATED.test(before) && !/率$/.test(subject)) {
            if (subject.length >= 2) [lastSubject, lastUnit] = [subject, undefined];
            offset += clause.length;
            continue;
          }
          // (unless it says it passed a target, "新建防火隔离带46公里、维护80公里，合计126公里，超过120公里的年度目标": a result of it)
          if (subject.length >= 2 && !counted && (!BARE_TOTAL.test(subject) || (kind === 'result' && AGAINST_TARGET.test(s.norm.slice(offset + clause.length))))) {
            lastSubject = subject;
            lastUnit = m[4]!;
            out.push({
              kind,
              subject,
              comparator: GROWTH.test(before) ? 'growth' : DECLINE.test(before) ? 'decline' : !FLOOR_BEFORE.test(before) && MAX.test(c) ? 'max' : 'min',
              value: m[1]!.replace(/,/g, ''),
              // (a figure per unit, 5.00万元/公里, 640元/亩: its unit says so, and pairs only with one per the same unit)
              unit: (m[3] ?? '') + m[4]! + (PER_UNIT_AFTER.exec(c.slice(m.index + m[0].length))?.[0].replace('／', '/') ?? ''),
              approximate: m[2] !== undefined || m[5] === '左右',
              cumulative: CUMULATIVE.test(c),
              text: c.trim(),
              src: sentenceSrc(s, offset + m.index),
              ...(subject === countedAfter ? { namedAfter: true as const } : {}),
            });
          }
        }
        offset += clause.length;
      }
    }
  }
  return out;
}

/** A share of a whole stated as a result: 占全年演出任务560场的75.18% (the whole's words, the share). */
const SHARE_RESULT = /^[^，。；]{0,4}?占([^，。；%]{2,20}?)的(\d+(?:\.\d+)?)%$/;
/** A target set as a share of a whole: 完成全年演出任务的70%以上. */
const SHARE_TARGET = /[\u4e00-\u9fff]{2}的\s*(?:[≥>＞]|不低于|不少于)?\s*\d+(?:\.\d+)?\s*%/;

/** A share of the target, how far it was met: 为目标值的104.05%, 完成年度计划的98%, 达到目标任务的110%. */
const OF_TARGET = /(?:为|是|达到?|完成|占)(?:年度|全年|年初)?(?:绩效)?(?:目标|计划)(?:值|数|任务|任务数)?的\d/;

/** The place a thing is done in, before a count: 为全县, 对全市, 在全区. */
// (also after 通过: "通过对全县不少于35处农村供水工程实施维修养护")
const SCOPE_LEAD = /^(?:通过)?(?:为|对|向|给|在)?(?:全(?:县|市|区|省|州|旗|镇|乡)|本(?:县|市|区|镇|乡))$/;

/**
 * What a count names when written before its noun, "32处[地质灾害隐患点工程治理]": the words after it in
 * its clause, brackets dropped, when they open with a noun (not 以上, 左右, 的 …). Counts and measures
 * only (32处, 12.5公里): a sum of money or a rate before words ("100万元用于…", "95%以上") names nothing after it.
 */
function wordsAfterCount(after: string, unit: string): string | undefined {
  if (unit === '%' || unit.endsWith('元') || unit === '') return undefined;
  // (a bracket of figures is a note, "32处（其中省级5处）"; one of words is of the name, 县（区）)
  // (up to the next item of a list: "45座小型水库维修养护、120处…" / "…运行维护和60处…")
  const words = cleanSubject(after.replace(/[（(][^）)]*\d[^）)]*[）)]/g, '').replace(/[、，；。\d].*$/, '').replace(/(?:和|及|以及|与)$/, ''));
  return /^[\u4e00-\u9fff]{2}/.test(words) && !NOT_A_NOUN.test(words) ? words.slice(0, 24) : undefined;
}

const NOT_A_NOUN = /^(?:以上|以下|以内|左右|多|余|的|之|次|以|及|和|或|等|共|合计|累计)/;

/** An indicator's name going on after a figure in it, to the colon: (24小时)扑灭率：, (3日内)办结率： */
const NAME_GOES_ON = /^[内以]?[\u4e00-\u9fff]{1,8}(?:率|度|比例|占比|时长|天数|次数|人数|户数)：$/;

/** The words that name a figure written before them, up to the first mark: 36座[闸站]、泵站… */
const FIRST_WORDS = /^[\u4e00-\u9fff]{2,8}/;

/** Words after a count that say the counted are kept running: …预算单位正常运转, …村（社区）正常运转. */
const KEPT_RUNNING = /^[^，。；\d]{0,12}?(?:正常|平稳|有序|高效|规范)(?:运转|运行)(?:$|[和及与、])/;

/** A unit in brackets at the end of an indicator's name: 救助人数（人）. */
const NAMED_UNIT = new RegExp(`[（(](万?(?:${UNITS}))[）)]$`);
/** A cell's figure without a unit (its unit named with the indicator): 2200, ≥95. */
const BARE_NUMBER = /^(?:≥|≤|>|<|=|不低于|不少于|不高于|不超过|达到)?(\d+(?:\.\d+)?)(?:以上|以内|以下)?$/;

/**
 * The rows of a table of targets alone (指标类型 | 指标名称 | 年度目标值, its header its first row): each
 * row's name and the figure of its target cell, as a target stated in prose is (城乡低保救助人数 | ≥2200人).
 * A table with a result column too (实际完成值) pairs its own rows (indicators.ts); a qualitative
 * target (健全并有效运行) states no figure.
 */
function tableTargets(blocks: readonly Block[], fromLine: number, toLine: number, out: GoalFact[]): void {
  const tables = memoised(tablesMemo, blocks, indicatorTables);
  if (!tables.some((t) => !t.results)) return;
  // (a row a table of results restates, 三级指标 | 年度指标值 | 实际完成值, is paired in that table)
  const restated = new Set<string>();
  for (const t of tables) if (t.results) for (const r of t.rows) restated.add(r.name.replace(NAMED_UNIT, ''));
  for (const t of tables) {
    if (t.results) continue;
    for (const { block: b, cells, name: named } of t.rows) {
      // (a unit in brackets after the name is the unit of its figure, no part of the name)
      const inName = NAMED_UNIT.exec(named);
      const name = cleanSubject(inName ? named.slice(0, inName.index) : named);
      if (b.line < fromLine || b.line > toLine || restated.has(named.replace(NAMED_UNIT, '')) || name.length < 2 || /^(?:合计|总计|小计)$/.test(name)) continue;
      const cell = cells[t.target] ?? '';
      // (the figure with its unit, or a bare one under a name that gives its unit in brackets)
      const m = matchesOf(QUANTITY, cell)[0];
      const bare = m ? undefined : BARE_NUMBER.exec(cell);
      const value = m?.[1] ?? bare?.[1];
      const unit = m ? (m[3] ?? '') + m[4]! : inName?.[1];
      if (value === undefined || unit === undefined) continue;
      const column = b.normCells!.slice(0, t.target).join('\t').length + (t.target > 0 ? 1 : 0);
      out.push({
        kind: 'target',
        subject: name,
        comparator: MAX.test(cell) ? 'max' : 'min',
        value: value.replace(/,/g, ''),
        unit,
        approximate: m !== undefined && (m[2] !== undefined || m[5] === '左右'),
        cumulative: false,
        text: `${name}${cell}${m ? '' : unit}`,
        src: src(b.line, column, b.text),
      });
    }
  }
}

interface IndicatorTable {
  /** The column of the targets, and whether a column of results stands beside it. */
  target: number;
  results: boolean;
  rows: { block: Block; cells: string[]; name: string }[];
}

const tablesMemo = reportMemo<readonly Block[], IndicatorTable[]>();

/** The tables whose first row heads indicators (指标名称 | 年度目标值 …): each data row with its indicator's name. */
function indicatorTables(blocks: readonly Block[]): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  let table: number | undefined;
  let names: number[] = [];
  let current: IndicatorTable | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'row' || !b.normCells) continue;
    const cells = b.normCells.map((c) => c.replace(/\s+/g, ''));
    if (b.table !== table) {
      table = b.table;
      // (a table with no heading row whose caption gives its columns: "主要绩效指标完成情况如下（指标名称｜年度目标值｜实际完成值）：")
      const captioned = cells.some((c) => INDICATOR_NAME.test(c)) ? undefined : captionHeading(blocks, k, cells.length);
      const head = captioned ?? cells;
      names = head.flatMap((c, i) => (INDICATOR_NAME.test(c) ? [i] : []));
      const target = head.findIndex((c) => INDICATOR_TARGET.test(c));
      current = names.length > 0 && target >= 0 ? { target, results: head.some((c) => INDICATOR_RESULT.test(c)), rows: [] } : undefined;
      if (current) out.push(current);
      if (!captioned || !current) continue;
    }
    if (current) current.rows.push({ block: b, cells, name: names.map((i) => cells[i] ?? '').filter((c) => c.length > 0).at(-1) ?? '' });
  }
  return out;
}

/**
 * A sentence's clauses, at ，；。、：; names given as examples of what is counted (饮马河、雾开河等河道136.5公里,
 * X、Y等Z) stay in the clause of the figure: the 、 between them parts no figures.
 */
function clausesOf(text: string): string[] {
  const parts = text.split(/(?<=[，；。、：])/);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    let clause = parts[i]!;
    at += clause.length;
    if (clause.endsWith('、') && !/\d/.test(clause) && EXAMPLES_END.test(text.slice(at))) {
      // (up to the item with 等: the names before it and that item are one clause with the figure)
      while (i + 1 < parts.length && clause.endsWith('、')) {
        clause += parts[++i]!;
        at += parts[i]!.length;
      }
    }
    out.push(clause);
  }
  return out;
}
/** The rest of a list of examples: more items (…、), then the last with 等 (雾开河等, not 等级, 等于, 平等). */
const EXAMPLES_END = /^(?:[^，；。：、\d]+、)*[^，；。：、\d]*[^，；。：、\d平同相均对]等(?![级于待同])/;

/** The word of an average, "单座平均3.32万元" of "单座…建设成本：": the per-unit figure the name measures. */
const AVERAGE = /平均/g;

/** Words of the year and of doing before a result's figure (实际完成, 年内共完成, 累计开展): not the indicator's name. */
const DOING = /^(?:实际|全年|年内|本年度?|当年|年度|累计|共计|共|已经?|均)*(?:完成|开展|实施|实现|落实|组织)?/;

/** A list number at the start of a clause: （1）, or 1. / 1、 before a word (before a digit it may be a decimal, 1.5万亩). */
const LIST_NUMBER = /^\s*([（(]\d{1,2}[）)]|\d{1,2}[.、](?!\d))\s*/;
/** An item number fused with a figure that begins the item's text: 1.65岁…, 2.2型…, 5.0-6岁…, 3、5G…. */
const FUSED_NUMBER = /^(\d{1,2})[.、](?=\d)/;
/** An item number at the start of a sentence, fused or not (1. before a word is normalised to 1。). */
const ITEM_NUMBER = /^(\d{1,2})[.、。]/;

/** The numbered items of a document in order (line:start of the sentence → its number), worked out once. */
const itemsMemo = reportMemo<readonly Block[], { at: Map<string, number>; numbers: number[] }>();

function numberedItems(blocks: readonly Block[]): { at: Map<string, number>; numbers: number[] } {
  const at = new Map<string, number>();
  const numbers: number[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || (!ITEM_NUMBER.test(b.norm.trimStart()) && !/[；。]\s*\d{1,2}[.、。]/.test(b.norm))) continue;
    for (const s of sentences(b)) {
      const m = ITEM_NUMBER.exec(s.norm);
      if (!m) continue;
      at.set(`${s.line}:${s.start}`, numbers.length);
      numbers.push(Number(m[1]));
    }
  }
  return { at, numbers };
}

/**
 * The length of a list number fused with the figure its item begins with ("1.65岁及以上…"), or 0. It is
 * one only where the items around it are numbered in sequence (the item before is n-1 or the one after
 * n+1): a sentence that begins with a decimal (1.5万亩…) stands alone or out of sequence.
 */
function fusedListNumber(blocks: readonly Block[], s: Sentence): number {
  const m = FUSED_NUMBER.exec(s.norm);
  if (!m) return 0;
  const { at, numbers } = memoised(itemsMemo, blocks, numberedItems);
  const i = at.get(`${s.line}:${s.start}`);
  if (i === undefined) return 0;
  const n = numbers[i]!;
  return numbers[i - 1] === n - 1 || numbers[i + 1] === n + 1 ? m[0].length : 0;
}

/** Whether two names end in one rate or degree of two characters or more (…满意度 and …满意度, …达标率). */
function sameRate(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k >= 2 && /[率度]$/.test(a);
}

/** After a figure and its 以上 / 以下: a noun it qualifies ("10万元以上的村"), not the level a target sets ("80%以上的水平"). */
const THRESHOLD_OF = /^的(?!目标|水平|标准|要求|任务|比例|比重|幅度)[\u4e00-\u9fff]/;

/** The words that introduce a goal statement: 年度总体目标为, 绩效目标是：. */
const GOAL_LABEL = /^(?:(?:19|20)\d{2}年度?)?(?:年度)?(?:总体|整体)?(?:绩效)?目标(?:为|是)[：:]?/;

function cleanSubject(s: string): string {
  // (满意率 and 满意度 name one indicator; the words of setting a target are no part of its name: 预算执行率力争)
  // (nor is the label of the goal statement: 年度总体目标为完成…)
  const named = s.replace(/[“”"‘’《》（）()\s]/g, '').replace(GOAL_LABEL, '');
  // (a doing right before 率 is the rate's name, 开展率, 实施率; 完成率 alone is left as 率, the completion of the count before it)
  // (not a doing joined to another, which names the indicator with it: 新增和恢复灌溉面积)
  const stripped = named.replace(VERBS, '');
  const undone = /^[和及与、]/.test(stripped) ? named : stripped;
  return (undone === '率' && !/完成率$/.test(named) ? named.slice(-3) : undone).replace(/(累计完成|完成|实现)$/, '').replace(/(?:力争|确保|争取|计划|预计|预期)+$/, '').replace(/的$/, '').replace(/满意率/g, '满意度');
}

/** Numbers written inside a subject ("500强", "10亿元以上"): a result must name them too. */
function numberTokens(subject: string): string[] {
  // plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const tokens: string[] = [];
  // (a year names the period, not the indicator: 2022年农村危房改造任务数 is answered by 农村危房改造264户;
  // so does a year's cohort, 2024届高三毕业生本科上线率 answered by 本科上线率65.44%, 2023级新生)
  // (nor a service hotline's number: 12315投诉举报按时办结率 is answered by 按时办结率)
  // (nor the places it is done in: 在全县7个乡镇新增高效节水灌溉面积 is answered by 新增高效节水灌溉面积1.86万亩)
  for (const m of matchesOf(NUMBER_TOKEN, subject)) if (!/^(?:19|20)\d{2}[年届级]$/.test(m[0]) && !HOTLINE.test(m[0]) && !placeScope(subject, m.index)) tokens.push(m[0]);
  return tokens;
}

/** A count of places a thing is done in, at the start of its name: (在)(全县)7个乡镇…, 覆盖12个行政村…. */
const PLACES_COUNTED = /^\d+个(?:乡镇|乡|镇|行政村|村|社区|街道|县区|县|区|旗|苏木|嘎查)/;
const PLACES_LEAD = /^(?:通过)?(?:在|对|为|向|覆盖|涉及)?(?:全(?:县|市|区|旗|州|省))?$/;
function placeScope(subject: string, at: number): boolean {
  return PLACES_COUNTED.test(subject.slice(at)) && PLACES_LEAD.test(subject.slice(0, at));
}

/** A service hotline named by its number (12315投诉举报, 12345热线, 110报警): a name, not a figure. */
const HOTLINE = /^(?:123\d\d|11\d|12\d)(?:[^\d千万亿元米吨伏瓦度%个件人次户家项]|$)/;

export function commonLength(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/** Pair every target with its best result (same unit, subject shared, numbers named); explain why. */
export function pairGoals(targets: readonly GoalFact[], results: readonly GoalFact[]): GoalPair[] {
  // plain loop: one elements kind, no deopt in a batch (extract() goes on to push to the pairs)
  const pairs: GoalPair[] = [];
  // (whether each result is a part of a list, worked out once: asked for every target)
  const partOf = new Map<GoalFact, GoalFact | undefined>();
  const wholeOf = (r: GoalFact): GoalFact | undefined => {
    if (!partOf.has(r)) partOf.set(r, wholeOfPart(r, results));
    return partOf.get(r);
  };
  for (let ti = 0; ti < targets.length; ti++) {
    const t = targets[ti]!;
    const key = t.subject.replace(/\d+(?:\.\d+)?/g, (d) => d);
    const tokens = numberTokens(t.subject);
    const perUnit = PER_UNIT.test(key);
    let best: { r: GoalFact; score: number; why: string } | undefined;
    // (a target named by the words after its count, 完成32处地质灾害隐患点工程治理, is answered by a result that names
    // what is done to them too, the name's last word: not "新发现地质灾害隐患点73处")
    const doneTo = t.namedAfter ? t.subject.slice(-2) : '';
    const shareTarget = SHARE_TARGET.test(t.text);
    for (const r of results) {
      if (r.shareOf && !shareTarget) continue;
      // (none said in words, in no unit, answers a target of none in any count: 事故0起, 投诉0件)
      if (!(sameMeasure(r.unit, t.unit) || (r.unit === '' && Number(t.value) === 0 && t.unit !== '%')) || kindOf(t) !== kindOf(r)) continue;
      if (!r.subject.includes(doneTo)) continue;
      // (a result of some of what the target counts, "受益农户中脱贫户和监测户2,364户", answers no target of all of them)
      if (key.length >= 2 && r.subject.includes(`${key}中`)) continue;
      if (!includesAll(r.subject, tokens)) continue;
      const common = commonLength(key, r.subject);
      // ("新建及改造渠道" and "新建及改造机耕道": what is done in the same words, to two different things)
      if (otherObjects(key, r.subject)) continue;
      const need = Math.min(4, Math.max(2, Math.ceil(key.length / 2)));
      // (one name the other with a qualifier more: 群众满意度 of 群众对水利服务的满意度, 清理整治河道 of
      // 清理整治饮马河、雾开河等河道)
      const qualifier = common < key.length ? qualifierBetween(key, r.subject) : undefined;
      // (a result named by the head of the target's name alone: 满意度 for 受益学生满意度, 合格率; or by it with a word
      // of the whole, 综合满意度 for 学生家长满意度)
      const head = r.subject.replace(/^(?:综合|总体|整体|平均)/, '');
      // (or by the target's words in another order: 下游保护人口 for 保护下游人口)
      const reordered = common < need && sameWordsReordered(key, r.subject);
      // (or none said in words, its clause holding the target's words in their order and ending as its name does: "施工安全事故0起" ↔
      // "全年施工期间未发生安全生产事故")
      const noneInWords = r.unit === '' && key.length >= 4 && r.subject.endsWith(key.slice(-2)) && isSubsequence(key, r.text);
      // (or the target's words in their order among more, of scope and time: "全区河湖长巡河（湖）次数" ↔ "全区各级河湖长全年累计巡河（湖）")
      const stem = key.replace(/(?:次数|数量|人数|户数|个数|总数)$/, '');
      const inOrder = stem.length >= 5 && isSubsequence(stem, r.subject);
      if (common < need && qualifier === undefined && !(head.length >= 3 && key.endsWith(head)) && !reordered && !noneInWords && !inOrder) continue;
      // current-year results beat cumulative ones ("成功盘活2家" over "累计盘活16家")
      // and a per-unit figure answers a per-unit target before a total does ("单座平均建设成本3.32万元" over
      // "全年水池建设支出358.56万元" for 单座…建设成本)
      // and a whole before one of its parts named more narrowly than the target ("全年接待国内外游客568.4万人次" over "其中天柱峡景区
      // 接待游客126.3万人次" for 全年接待游客)
      const score = Math.max(common, reordered ? key.length - 1 : 0, qualifier === undefined ? 0 : Math.min(key.length, r.subject.length) - 1) * 10 - (r.cumulative ? 5 : 0) - (perUnit && !PER_UNIT.test(r.subject) ? 5 : 0) - (common < r.subject.length && wholeOf(r) !== undefined ? 25 : 0);
      if (!best || score > best.score) {
        const named = reordered ? `主语用词相同、次序不同（“${key}”与“${r.subject}”）` : qualifier === undefined ? `主语共有“${longestCommon(key, r.subject)}”` : `主语只差限定语“${qualifier}”`;
        best = { r, score, why: `${r.unit === t.unit ? `单位均为“${t.unit}”` : `单位“${t.unit}”与“${r.unit}”同类`}，${named}${tokens.length ? `，均含“${tokens.join('、')}”` : ''}${r.cumulative ? '（累计数）' : ''}` };
      }
    }
    // ("受益牧户不少于3,100户" ↔ "补奖资金共发放3,126户，超过3,100户的目标值，其中禁牧户1,048户…": a result that says it passed the
    // target, by the target's own figure, answers it, whatever its words)
    // (a count only, and one target and one result of that figure: 90% and 100% are the targets of many rates)
    if (t.unit !== '%' && !targets.some((u) => u !== t && u.unit === t.unit && Number(u.value) === Number(t.value))) {
      // (or that states that figure as the target right before it: "受益农户目标值≥3000户，实际受益农户3146户" for "带动不少于3000户农户增收")
      const against = results.filter((r) => r.unit === t.unit && kindOf(r) === kindOf(t) && (passedTarget(r) ?? targetBefore(r)) === Number(t.value));
      if (against.length === 1) best = { r: against[0]!, score: 1000, why: `完成数之后写明与目标值${t.value}${t.unit}相比，单位均为“${t.unit}”` };
    }
    // ("项目总成本控制在4,860.00万元以内" ↔ "项目实际支出4,528.36万元，未超出全年预算4,860.00万元": a result said to stay within a figure
    // that is the ceiling's own, in its unit, answers it)
    if (!best && t.comparator === 'max') {
      const within = results.filter((r) => r.unit === t.unit && kindOf(r) === kindOf(t) && withinCeiling(r) === Number(t.value));
      if (within.length === 1) best = { r: within[0]!, score: 1000, why: `完成数之后写明未超出${t.value}${t.unit}，即目标值，单位均为“${t.unit}”` };
    }
    // ("开展农业技术培训3,000人次以上" ↔ "累计培训3,260人次。其中种植技术培训1,420人次，…": a part of a list named more
    // narrowly than the target, by words the target lacks, does not answer it; the whole the list breaks down does)
    if (best) {
      const whole = wholeOf(best.r);
      const common = commonLength(key, best.r.subject);
      // (nor one the target names less fully than it names the whole: "新增和恢复灌溉面积不少于1200亩" ↔ "新增和恢复灌溉面积1350亩，其中…、
      // 恢复灌溉面积930亩，超过1200亩的目标")
      if (whole && whole !== PART_ONLY && (common < best.r.subject.length || namesMore(key, best.r.subject) || commonLength(key, whole.subject) > common) && commonLength(key, whole.subject) >= 2 && sameMeasure(whole.unit, t.unit) && kindOf(whole) === kindOf(t)) {
        best = { r: whole, score: 0, why: `“${best.r.subject}”是所列其中一项，取各项的总数，单位均为“${whole.unit}”，主语共有“${longestCommon(key, whole.subject)}”` };
      }
    }
    // "绩效目标14户，实际完成14户": the sentence that sets the target states its result after it
    if (!best) {
      const here = results.find((r) => !r.shareOf && r.src.line === t.src.line && r.src.excerpt === t.src.excerpt && r.src.column > t.src.column && sameMeasure(r.unit, t.unit) && kindOf(r) === kindOf(t));
      if (here) best = { r: here, score: 0, why: `同一句中紧接着写明实际完成数，单位均为“${t.unit}”` };
    }
    // "对全县…的3000亩水稻进行补贴" answered by "水稻种植面积3000亩": the same figure in the same unit,
    // of subjects sharing a word, is the target's result restated (its words are put another way)
    if (!best) {
      // (a number qualifying the subject, 10亿元以上, must still be named; a count beside it, 1200户, need not)
      const qualifiers = tokens.filter((tok) => !COUNT_TOKEN.test(tok));
      // (not a clause that names the target itself, "达到不低于90%的目标": that is no result)
      // (the words may follow the figure: "全区22个社区综合服务设施全部完成年度维护" for 社区综合服务设施维护数量22个)
      // (or the words after the target's count name it, the words before only a doing and a place: "改善项目区1.2万亩农田灌溉条件"
      // answered by "发展高效节水灌溉面积1.2万亩")
      const after = t.namedAfter ? undefined : wordsAfterFigure(t);
      const shares = (r: GoalFact): string | undefined => (commonLength(key, r.subject) >= 2 ? r.subject : commonLength(key, r.text) >= Math.min(4, key.length) ? r.text : undefined);
      const same = results.find((r) => !r.shareOf && sameMeasure(r.unit, t.unit) && kindOf(r) === kindOf(t) && (r.subject.includes(doneTo) || r.text.includes(doneTo)) && Number(r.value) === Number(t.value) && !r.cumulative && !NAMES_TARGET.test(r.text) && includesAll(r.subject, qualifiers) && (shares(r) !== undefined || (after !== undefined && commonLength(after, r.subject) >= 2)));
      if (same) {
        const ownWords = shares(same) !== undefined;
        best = { r: same, score: 0, why: `数值与单位相同（${same.value}${same.unit}），主语共有“${ownWords ? longestCommon(key, shares(same)!) : longestCommon(after!, same.subject)}”` };
      }
    }
    if (best) pairs.push({ target: ti, result: results.indexOf(best.r), why: best.why });
    else {
      const why = unpairedWhy(t, results);
      pairs.push({ target: ti, result: null, why: why.zh, whyEn: why.en });
    }
  }
  return pairs;
}

/**
 * Whether a subject holds all the words of a target's name in another order: 保护下游人口 in 水库下游保护人口. The name is cut into
 * words of two characters (the last of three when its length is odd), four to twelve characters in all.
 */
function sameWordsReordered(key: string, subject: string): boolean {
  if (key.length < 4 || key.length > 12 || !/^[\u4e00-\u9fff]+$/.test(key)) return false;
  const words: string[] = [];
  for (let i = 0; i < key.length; i += 2) {
    const three = key.length - i === 3;
    words.push(key.slice(i, i + (three ? 3 : 2)));
    if (three) break;
  }
  return words.every((w) => subject.includes(w));
}

/**
 * The words that follow a target's own figure in its clause, when they name what is counted ("改善项目区1.2万亩[农田灌溉条件]"):
 * the figure found by its value (printed with or without thousands separators) and its unit.
 */
function wordsAfterFigure(t: GoalFact): string | undefined {
  const figure = /\d[\d,]*(?:\.\d+)?/g;
  for (let m = figure.exec(t.text); m !== null; m = figure.exec(t.text)) {
    const end = m.index + m[0].length;
    if (Number(m[0].replace(/,/g, '')) === Number(t.value) && t.text.startsWith(t.unit, end)) return wordsAfterCount(t.text.slice(end + t.unit.length), t.unit);
  }
  return undefined;
}

/**
 * Whether a target's name joins the result's to another item ("举办公益文化讲座和展览" of "举办公益文化讲座"): a part
 * of a list answers no target of the whole list.
 */
function namesMore(key: string, subject: string): boolean {
  const common = longestCommon(key, subject);
  if (common.length < 2) return false;
  const at = key.indexOf(common);
  return /^(?:和|及|与|、)[\u4e00-\u9fff]{2,}/.test(key.slice(at + common.length)) || /[\u4e00-\u9fff]{2,}(?:和|及|与|、)$/.test(key.slice(0, at));
}

/** A target's figure stated right after a result, with the words that compare them: "，超过3,100户的目标值". */
const AGAINST_TARGET = new RegExp(`^[，,]?(?:${PASSED_WORDS})((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)[^\\d，。；]{0,4}?${VERSUS_AFTER.source.slice(1)}`);

/** The target's figure a result is stated against right after it ("…3,126户，超过3,100户的目标值" → 3100), if any. */
function passedTarget(r: GoalFact): number | undefined {
  return figureOf(AGAINST_TARGET.exec(besideResult(r, 'after')));
}

/** The target a result's clause group states right before it, in the result's unit: "受益农户目标值≥3000户，实际受益农户3146户" → 3000. */
function targetBefore(r: GoalFact): number | undefined {
  const m = TARGET_BEFORE.exec(besideResult(r, 'before'));
  return m && m[2] === r.unit ? figureOf(m) : undefined;
}
const TARGET_BEFORE = /(?:目标|计划)(?:值|数)?(?:为|是)?\s*(?:[≥>＞]|不少于|不低于|达到)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([\u4e00-\u9fff%]{1,3})[，,]\s*$/;

/** The figure a result says it stayed within, right after it: "…4,528.36万元，未超出全年预算4,860.00万元" → 4860. */
function withinCeiling(r: GoalFact): number | undefined {
  return figureOf(WITHIN.exec(besideResult(r, 'after')));
}

/** The words of a result's sentence after its clause, or before it back to the clause group's start (empty when its clause is not found). */
function besideResult(r: GoalFact, side: 'before' | 'after'): string {
  const text = r.src.excerpt;
  const at = text.indexOf(r.text);
  if (at < 0) return '';
  return side === 'after' ? text.slice(at + r.text.length) : text.slice(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1, at);
}

/** The figure a match captured first, separators dropped. */
function figureOf(m: RegExpExecArray | null): number | undefined {
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}
const WITHIN = /^[，,]?(?:未超出|未超过|没有超出|没有超过|不超过|控制在)[^，。；\d]{0,10}?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/;

/** A class of indicators, not one: 社会效益, 数量指标, 满意度. */
const INDICATOR_CLASS = /(?:效益|效果|产出|指标|情况|分析|目标|成本|质量|时效|数量|满意度)$/;
/** A run-in title of its own sentence after a list number: "（3）应急演练。", "2.培训人次。" (no figure, a few words). */
const RUN_IN_TITLE = /^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.、．])\s*([\u4e00-\u9fff“”]{2,12})[。]$/;
/** Words before a figure that say it was not reached: 未达到, 未能实现, 没有完成. */
const NOT_REACHED_BEFORE = /(?:未能?|没有|尚未)(?:达到|达|实现|完成)$/;
/** …unless the figure is named the target: "未达到650件的年度目标". */
const NAMED_TARGET_AFTER = /^的?(?:年度|全年|预期)?(?:目标|计划|任务)/;
/** A verb of helping or serving alone before a count of whom it served: 帮助, 带动, 吸纳, 扶持, 资助, 救助, 安置, 惠及. */
const HELPING = /^(?:帮助|带动|吸纳|扶持|资助|救助|安置|惠及|帮扶|慰问|走访|服务|保障|支持)$/;
/** A title alone, after its list number: "核桃提质增效。" of "1.核桃提质增效。目标为…". */
const BARE_TITLE = /^([\u4e00-\u9fff“”]{2,12})[。]$/;
/** A sentence that is a list number only ("1。"). */
const LIST_NUMBER_ONLY = /^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.、．。])\s*$/;

/**
 * The result a result is one item of: the list's total after it in its sentence (…，“三馆”合计接待48.62万人次); for a
 * figure of a 其中 sentence, the last result of its measure on its line in the sentence before ("累计培训3,260人次。
 * 其中种植技术培训1,420人次，…"); for one after a 其中 inside its sentence, the result before the 其中, else PART_ONLY (an
 * item of a whole stated nowhere among the results); undefined for a figure of no list.
 */
function wholeOfPart(r: GoalFact, results: readonly GoalFact[]): GoalFact | undefined {
  let whole: GoalFact | undefined;
  const sameSentence = (x: GoalFact): boolean => x.src.line === r.src.line && x.src.excerpt === r.src.excerpt && sameMeasure(x.unit, r.unit);
  // (a list closed by its total after it: "县图书馆接待读者183,600人次、县文化馆接待群众164,800人次、…，“三馆”合计接待48.62万人次")
  for (const x of results) if (sameSentence(x) && x.src.column > r.src.column && CLOSING_TOTAL.test(x.text) && !CLOSING_TOTAL.test(r.text)) return x;
  const at = r.src.excerpt.indexOf(r.text);
  const lead = at > 0 ? r.src.excerpt.slice(0, at) : '';
  if (/^其中/.test(r.src.excerpt.trim())) {
    // (a 其中 sentence: the last result of its measure before it on its line, in the sentence before)
    for (const x of results) {
      if (x.src.line !== r.src.line || x.src.column >= r.src.column || x.src.excerpt === r.src.excerpt || !sameMeasure(x.unit, r.unit)) continue;
      if (!whole || x.src.column > whole.src.column) whole = x;
    }
    // (or on the line before, a 其中 paragraph of its own: "…覆盖农牧户3,860户，…。" then "其中：禁牧补助发放2,140户…；草畜平衡奖励发放1,720户…")
    if (!whole) {
      for (const x of results) {
        if (x.src.line !== r.src.line - 1 || !sameMeasure(x.unit, r.unit)) continue;
        if (!whole || x.src.column > whole.src.column) whole = x;
      }
    }
    return whole;
  }
  // (a 其中 inside its sentence: the result before it, "累计培训3,260人次，其中种植技术培训1,420人次")
  // (the clause may open with it: "实际落实田长1188名，其中县级田长11名、…")
  const k = at > 0 && r.text.startsWith('其中') ? at : lead.lastIndexOf('其中');
  if (k < 0) {
    // (a later item, after a ；, of a 其中 list that opened its line: "其中：禁牧补助发放2,140户…；草畜平衡奖励发放1,720户…" is of
    // that list's whole as its first item is)
    const opener = results.find((x) => x !== r && x.src.line === r.src.line && x.src.column < r.src.column && /^其中/.test(x.src.excerpt.trim()) && sameMeasure(x.unit, r.unit));
    return opener ? wholeOfPart(opener, results) : undefined;
  }
  for (const x of results) {
    if (!sameSentence(x) || x.src.column >= r.src.column) continue;
    const xAt = r.src.excerpt.indexOf(x.text);
    if (xAt >= 0 && xAt < k && (!whole || x.src.column > whole.src.column)) whole = x;
  }
  return whole ?? PART_ONLY;
}

/**
 * Whether two names open with the same words and end in different things: after their common opening (4 characters
 * at least), each goes on for two characters or more, and the two endings share no two characters in a row
 * (新建及改造|渠道 and 新建及改造|机耕道).
 */
function otherObjects(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  // (words, not a year: "2024年底前完成…" and "2024年完成改造")
  if (n < 4 || /\d|年/.test(a.slice(0, n))) return false;
  const x = a.slice(n);
  const y = b.slice(n);
  if (x.length < 2 || y.length < 2) return false;
  for (let i = 0; i + 1 < x.length; i++) if (y.includes(x.slice(i, i + 2))) return false;
  return true;
}

/** The words of a result that closes a list with its total: 合计, 共计, 总计. */
const CLOSING_TOTAL = /合计|共计|总计/;
/** A part of a whole stated nowhere among the results (…其中A景区接待游客126.3万人次): a part all the same. */
const PART_ONLY: GoalFact = { kind: 'result', subject: '', comparator: 'min', value: '0', unit: '', approximate: false, cumulative: false, text: '', src: { line: 0, column: 0, excerpt: '' } };

/**
 * Targets and results of one row of a form's overall targets (年度总体目标 | 实际完成情况): paired by name as
 * anywhere; a target left over is answered by the row's one result of its measure, the cell beside it
 * stating what was done about it ("保障全市36座闸站…安全运行 | 36座闸站、泵站全部按规程运行维护").
 */
export function pairRow(targets: readonly GoalFact[], results: readonly GoalFact[]): GoalPair[] {
  const pairs = pairGoals(targets, results);
  for (const p of pairs) {
    if (p.result !== null) continue;
    const t = targets[p.target]!;
    const same = results.filter((r) => sameMeasure(r.unit, t.unit) && kindOf(r) === kindOf(t));
    if (same.length !== 1) continue;
    p.result = results.indexOf(same[0]!);
    p.why = `总体目标表同一行，单位均为“${t.unit}”`;
    delete p.whyEn;
  }
  return pairs;
}

/** Words of a figure per unit: 单座, 单批次, 平均, 人均, 亩均, 每户. */
/** A clause named by a total word alone (合计, 共计): a list's total, no indicator of its own. */
const BARE_TOTAL = /^(?:合计|共计|总计|总共|总数)(?:为|是|达到?)?$/;
const PER_UNIT = /平均|[人户亩次件座]均|单(?:座|个|批次|件|台|套|亩|户|人|次)|每[人户亩座个件台套次]/;

/** Whether two names name one indicator: most of the shorter's words in one run, or one with a qualifier more. */
export function sameName(a: string, b: string): boolean {
  return commonLength(a, b) >= Math.min(4, a.length, b.length) || qualifierBetween(a, b) !== undefined;
}

/**
 * The qualifier one name has more than the other, when that is all they differ by: the shorter is the
 * longer's beginning and its head, two characters each or more (群众 … 满意度 of 群众对水利服务的满意度:
 * 对水利服务的). A name is a head with qualifiers; one written without a qualifier names the same indicator.
 */
function qualifierBetween(a: string, b: string): string | undefined {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length < 2) return undefined;
  for (let k = 2; k <= short.length - 2; k++) {
    if (long.startsWith(short.slice(0, k)) && long.endsWith(short.slice(k))) return long.slice(k, long.length - (short.length - k));
  }
  return undefined;
}

/**
 * Units that count the same things: equal, or measure words of one family (家 / 个 / 项 for
 * enterprises and projects, 人 / 名 for people), so 引进企业5家 is answered by 引进企业6个.
 */
function sameMeasure(a: string, b: string): boolean {
  if (a === b) return true;
  // (a unit in 万 measures as that unit: 1.1万户 is 11,000户)
  const [ua, ub] = [unitOf(a), unitOf(b)];
  if (ua === ub) return true;
  const fa = MEASURE_FAMILY[ua];
  return fa !== undefined && fa === MEASURE_FAMILY[ub];
}

/**
 * The unit a figure is counted in and how many of it one of `unit` is: 万户 → 户 × 10,000, 万人次 → 人次, 亿元 → 元 × 100,000,000
 * (a target of 1.2亿元 answered by 12500万元 is 120,000,000元 against 125,000,000元); 公里, 千米 and 万米 → 米.
 */
export function unitScale(unit: string): [base: string, factor: number] {
  // (千米 is 公里 by another name)
  // (lengths in 公里, 千米 and 万米 measure in 米: 清淤疏浚河道2600米 answers 不少于2.5公里)
  if (unit === '公里' || unit === '千米') return ['米', 1000];
  if (unit === '万米') return ['米', 10_000];
  const k = unit.length > 1 ? (unit[0] === '万' ? 10_000 : unit[0] === '亿' ? 100_000_000 : 0) : 0;
  return k > 0 && INDICATOR_UNITS.includes(unit.slice(1)) ? [unit.slice(1), k] : [unit, 1];
}

/** A unit without its 万 or 亿 (万户 → 户, 万亩 → 亩, 亿元 → 元). */
export function unitOf(unit: string): string {
  return unitScale(unit)[0];
}

function includesAll(s: string, tokens: readonly string[]): boolean {
  for (const tok of tokens) if (!s.includes(tok)) return false;
  return true;
}

/** A growth rate, a reduction and a level are different indicators even with one subject. */
function kindOf(g: GoalFact): string {
  return g.comparator === 'growth' || g.comparator === 'decline' ? g.comparator : 'level';
}

const KIND_NAME: Record<string, string> = { growth: '增长率', decline: '降幅', level: '数值' };

export function longestCommon(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) for (let j = i + best.length + 1; j <= a.length; j++) if (b.includes(a.slice(i, j))) best = a.slice(i, j);
  return best;
}

const KIND_NAME_EN: Record<string, string> = { growth: 'a growth rate', decline: 'a decline', level: 'a level' };

/** Why a target has no result, in Chinese and English (the message's parenthesis). */
function unpairedWhy(t: GoalFact, results: readonly GoalFact[]): { zh: string; en: string } {
  const sameSubject = results.filter((r) => commonLength(t.subject, r.subject) >= Math.min(4, t.subject.length));
  if (sameSubject.length === 0) return { zh: '完成情况中没有同一指标的实际完成数', en: 'the results part states no actual figure of the same indicator' };
  const r = sameSubject[0]!;
  if (!sameMeasure(r.unit, t.unit)) {
    return { zh: `“${r.text}”单位为“${r.unit}”，与目标的“${t.unit}”不同，不是同一指标`, en: `"${r.text}" is counted in ${r.unit}, the target in ${t.unit}: not the same indicator` };
  }
  if (kindOf(r) !== kindOf(t)) {
    return { zh: `“${r.text}”是${KIND_NAME[kindOf(r)]}，目标是${KIND_NAME[kindOf(t)]}，不是同一指标`, en: `"${r.text}" is ${KIND_NAME_EN[kindOf(r)]}, the target ${KIND_NAME_EN[kindOf(t)]}: not the same indicator` };
  }
  const tokens = numberTokens(t.subject);
  return { zh: `“${r.text}”未含目标中的“${tokens.join('、')}”，不是同一指标`, en: `"${r.text}" does not name the target's "${tokens.join(', ')}": not the same indicator` };
}

/** Lines of the targets: 一(2) (the sub-section about 绩效目标), else all of 一. */
/**
 * Where targets are stated: [from, to, whether the part is about targets]. A sub-heading of 一 about
 * goals (（二）年度整体支出绩效目标) is such a part; without one, 一 is read, and only sentences that
 * set a target count (the caller filters them).
 */
export function targetRange(sections: readonly SectionFact[], profile: Profile, unmatched: readonly HeadingFact[] = [], blocks: readonly Block[] = []): [number, number, boolean, boolean?] | undefined {
  const one = sectionWithRole(profile, sections, 'goals');
  // "二、项目绩效目标" under an outline that has no such part: a top-level part of the report's own
  // about goals is where its targets are
  const own = unmatched.find((h) => GOALS_TITLE.test(h.text));
  // (its figures are targets where their own clause sets one: such a part may also say how the
  // money was allocated, 绩效目标分解下达情况)
  const ownRange = (h: HeadingFact): [number, number, boolean, boolean] => [h.line + 1, partEnd(h, sections, unmatched), false, true];
  if (!one) {
    if (own) return ownRange(own);
    const sub = subsectionAbout(sections, aboutGoals);
    const parent = sub && sections.find((s) => s.line < sub[0] && s.endLine >= sub[0]);
    const inResults = parent !== undefined && groupsResults(parent) && !splitsGoals(parent);
    // (a sub-heading about the targets under a part of the report's own, "一、基本情况 （二）项目绩效目标", states them; one
    // inside the results part, "三、…指标完成情况 （二）绩效目标设定的合理性", judges them)
    const under = inResults ? subheadingUnder(unmatched, sections, blocks, aboutGoals) : undefined;
    if (under && under[0] < sub![0]) return under;
    return inResults ? [parent.line + 1, parent.endLine, false, true] : sub ?? subheadingUnder(unmatched, sections, blocks, aboutGoals);
  }
  // a part that is only about goals (二、部门整体支出绩效目标) is read whole, every figure a target
  // (not one whose heading names the results too: 部门整体支出绩效目标及完成情况)
  const roles = rolesOf(profile, one);
  // (nor one the outline names for its goals whose own heading adds the results: 绩效目标设定及完成情况)
  const onlyGoals = roles.length > 0 && roles.every((r) => r === 'goals') && !ALSO_RESULTS.test(one.text);
  // (not a part that says how money and goals were handed down, 绩效目标分解下达情况: its figures are
  // the funds allocated, a target only in a sentence that sets one)
  if (onlyGoals) return [one.line + 1, one.endLine, !HANDED_DOWN.test(one.text)];
  const idx = one.subsections.findIndex((h) => GOALS_TITLE.test(h.text));
  if (idx < 0) {
    if (own) return ownRange(own);
    // "三、部门整体支出绩效情况 （一）绩效目标 …": the targets under a sub-heading of another part, where
    // the part of the outline that may state them has none
    const sub = subsectionAbout(sections, aboutGoals) ?? subheadingUnder(unmatched, sections, blocks, aboutGoals);
    return sub ?? [one.line + 1, one.endLine, false];
  }
  // (a part whose heading is about what was achieved, 三、部门整体绩效目标实现情况, groups its results
  // under sub-headings that name the goals, （一）履职目标 / （二）效益目标: a figure there is a target
  // only where its own clause sets one, "目标不少于800场", not "实际举办862场")
  if (groupsResults(one) && !splitsGoals(one)) return [one.line + 1, one.endLine, false, true];
  const next = one.subsections[idx + 1];
  return [one.subsections[idx]!.line, next ? next.line - 1 : one.endLine, true];
}

/** A heading about the targets that names how they were met too: 绩效目标设定及完成情况, 绩效目标和实现情况. */
// (what was done may be named by its own subject: 绩效目标及预算执行情况, 目标和资金使用情况)
const ALSO_RESULTS = /目标[^，。；]{0,6}(?:及|和|与)(?:其)?[^，。；]{0,6}?(?:完成|实现|执行|使用)(?:情况)?/;

/** A part whose heading is about what was achieved (目标实现情况), not about the targets (绩效目标及完成情况 is both). */
const groupsResults = (part: SectionFact): boolean => aboutResults(part.text) && !GOALS_TITLE.test(part.text);

/**
 * A part about what was achieved that states the targets first and then the results, each under a
 * sub-heading ("三、部门整体绩效目标完成情况 （一）部门整体绩效目标 （二）目标完成情况"): its first sub-heading
 * states the targets, not a group of results (as "（一）履职目标 （二）效益目标" would be).
 */
const splitsGoals = (part: SectionFact): boolean => {
  const [first, second] = part.subsections;
  return first !== undefined && second !== undefined && aboutGoals(first.text) && aboutResults(second.text);
};

/** The last line of a top-level part the outline does not name: the line before the next heading. */
export function partEnd(h: HeadingFact, sections: readonly SectionFact[], unmatched: readonly HeadingFact[]): number {
  let end = Infinity;
  for (const x of sections) if (x.line > h.line && x.line - 1 < end) end = x.line - 1;
  for (const x of unmatched) if (x.line > h.line && x.line - 1 < end) end = x.line - 1;
  return end;
}

/**
 * The outline's part about goals (or results) is not in the report, nor is a top-level part of its
 * own: a sub-heading about them under another part ("一、部门基本情况 … (四)部门整体支出绩效目标", as
 * some provinces' templates place them) is where they are, read up to the next sub-heading.
 */
function subsectionAbout(sections: readonly SectionFact[], about: (title: string) => boolean): [number, number, boolean] | undefined {
  for (const sec of sections) {
    const idx = sec.subsections.findIndex((h) => about(h.text));
    if (idx < 0) continue;
    // (up to the next sub-heading of its level: "(1)数量指标" under "（二）绩效目标完成情况" is still in it)
    const found = sec.subsections[idx]!;
    const next = sec.subsections.slice(idx + 1).find((h) => h.style === found.style);
    return [found.line, next ? next.line - 1 : sec.endLine, true];
  }
  return undefined;
}

/**
 * A sub-heading about `about` under a top-level part the outline does not name ("三、部门整体支出绩效情况
 * （一）绩效目标 （二）完成情况"): from it to the next sub-heading of its style or the part's end. Sub-headings
 * are short numbered lines (（一）, 1.) that state no sentence.
 */
function subheadingUnder(unmatched: readonly HeadingFact[], sections: readonly SectionFact[], blocks: readonly Block[], about: (title: string) => boolean): [number, number, boolean] | undefined {
  for (const h of unmatched) {
    const end = partEnd(h, sections, unmatched);
    const subs: { line: number; text: string; style: string }[] = [];
    for (const b of blocks) {
      if (b.line <= h.line || b.line > end || b.kind !== 'paragraph') continue;
      const t = b.norm.trim();
      const n = headingNumber(t);
      if (n.style === 'none' || n.style === h.style || t.length > 30 || /[，。；]/.test(t.slice(0, -1))) continue;
      subs.push({ line: b.line, text: t, style: n.style });
    }
    const k = subs.findIndex((x) => about(x.text));
    if (k < 0) continue;
    const next = subs.slice(k + 1).find((x) => x.style === subs[k]!.style);
    return [subs[k]!.line, next ? next.line - 1 : end, true];
  }
  return undefined;
}

/** A part about how funds and goals were handed down (绩效目标分解下达情况, 资金安排、分解下达). */
const HANDED_DOWN = /下达|分解|分配/;

/** A heading about what was achieved: 绩效情况, 目标完成情况 (目标自评完成情况), 产出情况, 效益情况, 实施效果. */
// (履职效能 / 履职成效: how the unit did its duties, the results part of the national 部门整体 outline's dimensions)
const RESULTS_TITLE = /绩效(?:目标)?(?:完成|实现|执行)?情况|(?:目标|任务|指标)(?:自评)?(?:完成|实现)情况|产出情况|效益情况|实施效果|绩效分析|绩效评价(?:情况)?分析|绩效指标分析|指标(?:完成)?情况分析|^(?:[一二三四五六七八九十]{1,2}[、.．])?\s*履职(?:效能|成效)/;

/**
 * Where results are stated: the outline's results part; else a top-level part of the report's own
 * about them ("三、部门整体支出绩效情况" under an outline it does not follow); else a sub-heading about
 * them under another part. [from, to] inclusive.
 */
export function resultsRange(sections: readonly SectionFact[], profile: Profile, unmatched: readonly HeadingFact[] = []): [number, number] | undefined {
  const six = sectionWithRole(profile, sections, 'results');
  const own = unmatched.find((h) => aboutResults(h.text));
  // (a part the outline names for goals and results whose own heading names the targets alone, 二、部门整体支出
  // 绩效目标, beside a part of the report's own about the results, 四、部门整体支出绩效实现情况: the results are there)
  if (six && !(own && GOALS_TITLE.test(six.text) && !aboutResults(six.text))) return [six.line + 1, six.endLine];
  if (own) return [own.line + 1, partEnd(own, sections, unmatched)];
  const sub = subsectionAbout(sections, aboutResults);
  return sub ? [sub[0], sub[1]] : undefined;
}

/** 绩效目标 alone names the targets, not the results (绩效目标情况 is the goals part). */
const GOALS_ONLY = /目标(?:设定|设置|申报)?情况$/;
const aboutResults = (title: string): boolean => RESULTS_TITLE.test(title) && !GOALS_ONLY.test(title);

/** A heading about the targets themselves (绩效目标, 年度目标), not about how far they were met. */
const GOALS_TITLE = /^(?!.*(?:完成|实现|情况分析|偏离|结论)).*目标/;
const aboutGoals = (title: string): boolean => GOALS_TITLE.test(title);

/**
 * Words that give a cause: 原因, 由于, 因为, where the problems or complaints lay (问题集中在…, 意见主要集中在…), 受…影响, …导致 (造成, 致使), 因…滞后, 因…无法…, 因…，…推迟; a shortfall followed by its cause
 * in its own clause (未完成的2座因…); a matter said to have hindered the work or the rate (…，影响年度目标完成; …，影响了居民满意度); a shortfall, then what went
 * wrong (…未达到目标，主要为征地拆迁进度滞后; …少完成5公里，征地拆迁进度滞后).
 */
const CAUSE = /原因|由于|因为|(?:问题|意见)(?:主要)?(?:集中|出现)(?:在|于)|主要问题(?:是|在于)|[，；]系(?!统|列|数|指)[^，。；]{4,}|[因受][^，。；]{1,20}影响|导致|造成|致使|主要是|系因|因(?!此|而|地制宜|材施教|势利导)[^，。；]{2,16}(?:滞后|延迟|推迟|延期|延至|推至|顺延|不足|未能?|无法|不能|困难|缓慢|较晚|较慢|变化|调整|受阻)|因(?!此|而|地制宜|材施教|势利导)[^，。；]{2,20}，(?:[^，。；]{0,16}，)?[^，。；]{0,16}(?:推迟|延期|延迟|延后|顺延|取消|暂停|停工|停课|未能|无法)|(?:未完成|未达到?|未能|尚未|未按期|剩余|其余|余下)[^，。；]{0,12}因(?!此|而|素|地制宜|材施教|势利导)|影响了?[^，。；]{0,10}(?:完成|实现|达成|进度|满意度|满意率)|(?:未完成|未达到?|未能完成|少完成|低于|不及)[^。；]{0,16}[，,](?:主要|均|皆)(?:为|系)[^，。；]{2,}|(?:未完成|未达到?|未能完成|少完成|低于|不及)[^。；]{0,16}[，,][^，。；]{2,16}(?:滞后|延迟|推迟|延期|不足|困难|缓慢|受阻|较晚|较慢)/;
/** A sentence that opens by speaking of the part not done (未完成的2座…, 剩余3个…): of the result just before it. */
const SHORTFALL_OPENS = /^\s*(?:[^，。；：\d]{0,6})(?:未完成|未达到?|未能完成|尚未完成|剩余|其余|余下)/;

/**
 * Whether a sentence of the problems part names the indicator: a long enough run of the target's
 * subject, both halves of it in another order (改造管网 → 管网改造), or the result's own figure (28公里).
 */
function namesIndicator(t: GoalFact, r: GoalFact, text: string): boolean {
  const need = Math.min(4, t.subject.length);
  if (commonLength(t.subject, text) >= need) return true;
  const half = Math.floor(t.subject.length / 2);
  if (half >= 2 && text.includes(t.subject.slice(0, half)) && text.includes(t.subject.slice(half))) return true;
  return resultFigure(r).test(text) || namesGap(t, r, text);
}

/** The result's figure as printed, its unit after it (a space may stand between in text from a PDF). */
function resultFigure(r: GoalFact): RegExp {
  return new RegExp(`(?<![\\d.,])${printedNumber(r.value)} ?${r.unit}`);
}

/** A number as it may be printed, with or without thousands separators: 1086 matches 1086 and 1,086. */
function printedNumber(value: string): string {
  const [int = '', frac] = value.split('.');
  let p = '';
  for (let i = 0; i < int.length; i++) p += (i > 0 && (int.length - i) % 3 === 0 ? ',?' : '') + int[i];
  return frac !== undefined ? `${p}\\.${frac}` : p;
}

/** The shortfall itself, target less result ("未完成的2座" of 12 set and 10 done; 低1.85个百分点 of a rate). */
function gapOf(t: GoalFact, r: GoalFact): string | undefined {
  const decimals = Math.max(t.value.split('.')[1]?.length ?? 0, r.value.split('.')[1]?.length ?? 0);
  const gap = Math.abs(Number(t.value) - Number(r.value));
  return gap > 0 && Number.isFinite(gap) ? String(Number(gap.toFixed(decimals))) : undefined;
}

/** Whether the text names the shortfall's own figure in the target's unit (a rate's also in 个百分点). */
function namesGap(t: GoalFact, r: GoalFact, text: string): boolean {
  const gap = gapOf(t, r);
  if (gap === undefined) return false;
  const units = t.unit === '%' ? '(?:%|个百分点)' : t.unit;
  return new RegExp(`(?<![\\d.])${gap.replace('.', '\\.')} ?${units}`).test(text);
}

/** Units of money and time: what a cause may name besides the shortfall (资金缺口50万元, 停工45天). */
const MONEY_OR_TIME = /^(?:万元|亿元|元|天|小时|个工作日|工作日)$/;

/**
 * Whether every count the text names is one of this shortfall's (the target, the result or the part not
 * done, in the target's unit family): a sentence that counts other things (未完成的3期培训) is about them.
 */
function onlyFiguresOf(t: GoalFact, r: GoalFact, text: string): boolean {
  const own = new Set([Number(t.value), Number(r.value), Number(gapOf(t, r) ?? NaN)]);
  for (const m of matchesOf(QUANTITY, text)) {
    // (a rate's gap in 个百分点 is of the rate's measure: "比目标低0.34个百分点")
    const unit = t.unit === '%' && m[4] === '个百分点' ? '%' : (m[3] ?? '') + m[4]!;
    if (sameMeasure(unit, t.unit) ? !own.has(Number(m[1]!.replace(/,/g, ''))) : !MONEY_OR_TIME.test(unit)) return false;
  }
  return true;
}

/**
 * Attach where a cause is stated for each paired target: the result's sentence itself, or a
 * sentence of 七 that names the indicator and gives a cause.
 */
export function attachCauses(pairs: GoalPair[], targets: readonly GoalFact[], results: readonly GoalFact[], blocks: readonly Block[], sections: readonly SectionFact[], profile: Profile, resultsAt?: readonly [number, number], unmatched: readonly HeadingFact[] = []): void {
  const seven = sectionWithRole(profile, sections, 'problems');
  // plain loop: one elements kind, no deopt in a batch
  const sevenSentences: Sentence[] = [];
  // (a document without a problems part, a form, explains a shortfall where it likes: 偏差说明：…;
  // one with a problems part may explain it in the results part too, a line of its own after the
  // result: "数据上报及时率未达目标的原因：…")
  const from = seven ? seven.line + 1 : 1;
  const to = seven ? seven.endLine : Infinity;
  // (and a part of the report's own about the deviations, 四、偏差情况分析, that the outline does not name, or about how far the
  // targets were met, 三、部门整体绩效目标及完成情况, where the outline's results part is another, 四、…自评情况)
  const deviation = unmatched.filter((h) => /偏差|偏离/.test(h.text) || aboutResults(h.text) || GOALS_AND_RESULTS.test(h.text)).map((h) => [h.line, partEnd(h, sections, unmatched)] as const);
  const inResults = (line: number): boolean => (resultsAt !== undefined && line >= resultsAt[0] && line <= resultsAt[1]) || deviation.some(([a, z]) => line > a && line <= z);
  if (seven || pairs.some((p) => p.result !== null && !p.cause)) {
    for (const b of blocks) if (((b.line >= from && b.line <= to) || inResults(b.line)) && b.kind === 'paragraph') for (const x of sentences(b)) sevenSentences.push(x);
  }
  const headings = headingsOver(blocks);
  // (the same result stated again, in prose and in the indicator table, is explained once: "全年完成高标准农田建设面积22,860亩"
  // and the table's row "高标准农田建设面积 | 23500亩 | 22860亩 | … | 龙潭乡受降雨…影响，少建640亩")
  const explained = new Map<string, Src>();
  // (every sentence of the text, for a result stated again in prose: made when first needed)
  let allSentences: Sentence[] | undefined;
  const resultKey = (i: number): string => `${Number(results[i]!.value)}|${results[i]!.unit}`;
  for (const p of pairs) if (p.result !== null && p.cause) explained.set(resultKey(p.result), p.cause);
  for (const p of pairs) {
    if (p.result === null || p.cause) continue; // a form's 偏差原因 cell has said it
    const same = explained.get(resultKey(p.result));
    if (same) {
      p.cause = same;
      continue;
    }
    const t = targets[p.target]!;
    const r = results[p.result]!;
    if (CAUSE.test(r.src.excerpt)) {
      p.cause = r.src;
      continue;
    }
    // "…目标2个，实际完成1个。未完成原因：…": the sentence right after the result's gives its cause
    const next = causeAfter(blocks, t, r);
    if (next) {
      p.cause = next;
      continue;
    }
    // (or the result stated again in prose, with its cause or with one in the sentence after it: the table's row "公租房租赁补贴发放户数 |
    // 520户 | 497户" then "（2）公租房租赁补贴实际发放497户，完成目标的95.58%。未完成原因：…")
    allSentences ??= blocks.flatMap((b) => (b.kind === 'paragraph' ? sentences(b) : []));
    const again = restatedCause(allSentences, t, r);
    if (again) {
      p.cause = again;
      continue;
    }
    // (or one right after a sentence of its paragraph that names the shortfall: "教师培训人次未达目标。两期承训园所
    // 因园舍改造无法接收跟岗教师…", counting nothing else)
    // (or one under a sub-heading that binds it: "（一）偏离原因" over an item naming the indicator, "（一）…增产未达目标"
    // over a line giving a cause)
    // (or, in the problems part, a sentence that gives the circumstances before the indicator's shortfall: "患者中流动人口和外出务工
    // 人员较多，随访难度大，规范管理率未达到年度目标")
    const hit = sevenSentences.find((s, i) => shortfallBefore(sevenSentences, i, t, r) || (s.line >= from && s.line <= to && shortNameOf(t, s.norm) && CIRCUMSTANCES_FIRST.test(s.norm)) || (CAUSE.test(s.norm) && (namesIndicator(t, r, s.norm.replace(/[“”"]/g, '')) || (shortNameOf(t, s.norm) && onlyFiguresOf(t, r, s.norm)) || rateStemShortfall(t, s.norm))) || (deficiencyAfter(r, s.norm) && namesIndicator(t, r, s.norm.replace(/[“”"]/g, ''))) || boundByHeading(headings.get(s.line), s, t, r));
    if (hit) p.cause = sentenceSrc(hit);
  }
  // (and the other way round: a table's row stated before the prose that explains the result, "4 | 农村富余劳动力转移就业 |
  // 12,000人次 | 11,540人次 | … | 否" then "全年转移就业11,540人次，未达到…的目标…。主要原因是…")
  for (const p of pairs) if (p.result !== null && p.cause) explained.set(resultKey(p.result), p.cause);
  for (const p of pairs) {
    if (p.result === null || p.cause) continue;
    const same = explained.get(resultKey(p.result));
    if (same) p.cause = same;
  }
}

/** A part's heading about the targets and how far they were met: 绩效目标及完成情况, 目标和实现情况. */
const GOALS_AND_RESULTS = /目标(?:及|和|与)(?:其)?(?:完成|实现)情况/;

/** What is lacking, stated as the reason in a clause of its own: 空间不足, 意见不统一, 资金不到位, 情况复杂. */
const DEFICIENCY = /[^，。；]{2,16}(?:不足|不统一|不一致|不到位|不够|困难|复杂|有限|滞后|延误)/;

/**
 * "新增停车位完成512个，部分小区可利用空间不足": a clause after the result's figure that states what was
 * lacking gives the cause, with no word of causing (由于, 主要是) before it.
 */
function deficiencyAfter(r: GoalFact, text: string): boolean {
  const m = resultFigure(r).exec(text);
  return m !== null && DEFICIENCY.test(text.slice(m.index + m[0].length).replace(/^[^，；]*[，；]/, ''));
}

/**
 * A rate's shortfall explained by the count it is of: "…完工20个，其余3个小区因…原因顺延至2025年完工" explains
 * 年度计划完工率 86.96% (what was not done, of the rate's own stem, with its cause).
 */
function rateStemShortfall(t: GoalFact, text: string): boolean {
  const stem = rateStem(t);
  return stem !== undefined && text.includes(stem) && /其余|剩余|余下|尚未|未能?|顺延|延期|推迟/.test(text);
}

/** The two characters before 率 of a rate target's name (执行 of 预算执行率), undefined for a target of another kind. */
function rateStem(t: GoalFact): string | undefined {
  return t.unit === '%' ? /([\u4e00-\u9fff]{2})率$/.exec(t.subject)?.[1] : undefined;
}

/** A sub-heading line: （一）… / （1）… alone on its line, no clause of a sentence after it. */
const SUB_HEADING = /^\s*[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)][^，；：:。]{2,30}。?\s*$/;
/** A part's heading (三、…): where the sub-heading above no longer reaches. */
const PART_HEADING = /^\s*[一二三四五六七八九十]{1,3}、/;

/** Each paragraph line under a sub-heading, with that sub-heading's text (up to the next one or the next part). */
function headingsOver(blocks: readonly Block[]): Map<number, string> {
  const out = new Map<number, string>();
  let over: string | undefined;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    if (SUB_HEADING.test(b.norm)) over = b.norm.trim();
    else if (PART_HEADING.test(b.norm)) over = undefined;
    else if (over !== undefined) out.set(b.line, over);
  }
  return out;
}

/** A sub-heading about causes (（一）偏离原因, 未完成原因分析), not about what will be done. */
const CAUSE_HEADING = /原因/;
const MEASURES_HEADING = /措施|建议|计划|打算|整改/;

/**
 * Whether a sub-heading binds a sentence under it to this shortfall: a heading of causes over a sentence
 * that names the indicator ("（一）偏离原因" / "1.…完成率未达100%：部分批次…"), or a heading that names the
 * shortfall by the indicator's name over a sentence giving a cause that counts nothing else
 * ("（一）…亩均棉花增产未达目标" / "偏离原因：…").
 */
function boundByHeading(heading: string | undefined, s: Sentence, t: GoalFact, r: GoalFact): boolean {
  if (heading === undefined) return false;
  const title = heading.replace(/[“”"]/g, '');
  if (CAUSE_HEADING.test(title) && !MEASURES_HEADING.test(title)) return namesIndicator(t, r, s.norm.replace(/[“”"]/g, '')) && explainsShortfall(s.norm);
  return /偏离|未达|未完成|未能完成|不及预期|低于/.test(title) && (namesIndicator(t, r, title) || shortNameOf(t, title)) && CAUSE.test(s.norm) && onlyFiguresOf(t, r, s.norm);
}

/** The clause that states a shortfall (…未达100%：), up to its end. */
const SHORTFALL_CLAUSE = /(?:未达到?|未完成|未能完成|低于|偏离|不及)[^，；：。]*[，；：]/;
/** Words that open what will be done, not why it fell short (下一步将加强…). */
const MEASURE_OPENS = /^(?:下一步|下步|今后|将|拟|计划|需要?|加强|加快|推进|做好|进一步|持续|继续|力争|确保|抓紧)/;

/**
 * Whether a sentence under a heading of causes says why: after the clause stating the shortfall
 * ("…完成率未达100%：") it goes on, and not with what will be done ("…，下一步将加强入户随访" gives no cause).
 */
function explainsShortfall(text: string): boolean {
  const m = SHORTFALL_CLAUSE.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length).trim();
  return /[\u4e00-\u9fff]{4}/.test(rest) && !MEASURE_OPENS.test(rest);
}

/**
 * Whether the name a shortfall is stated of ("亩均增产未达目标") is the indicator's name shortened: four
 * characters or more of its words in their order, beginning with two of its characters together and ending
 * in its head (项目区亩均棉花增产 → 亩均增产).
 */
/** A clause before the shortfall it explains: "随访难度大，规范管理率未达到年度目标". */
// (or fell a little short of it: "部分标段施工期间降雨集中，交工验收优良率略低于目标")
const CIRCUMSTANCES_FIRST = /[\u4e00-\u9fff]{4,}[，；][^。]*?[\u4e00-\u9fff]{4,}(?:未达|未完成|未能完成|不及预期|(?:略|稍)?低于(?:年度|预期)?(?:目标|预期|计划))/;
function shortNameOf(t: GoalFact, text: string): boolean {
  // (略低于, 稍低于: the name stops before 略)
  const m = /([\u4e00-\u9fff]{4,}?)(?:略|稍)?(?:未达|未完成|未能完成|偏离|不及预期|低于)/.exec(text);
  const name = m?.[1];
  return name !== undefined && isSubsequence(name, t.subject) && t.subject.includes(name.slice(0, 2)) && t.subject.endsWith(name.slice(-2));
}

/**
 * A sentence of the cause's own paragraph before it that names the shortfall, with sentences of the result's
 * figures between ("（三）普通高中升学率未达到目标。实际69.66%，比目标低0.34个百分点。主要原因是…"); or a
 * paragraph titled by the indicator's name ("2.出院人次。全年出院16942人次，…差558人次。偏差原因：…"): a cause
 * given as such in it, after its figures, is this indicator's.
 */
function shortfallBefore(ss: readonly Sentence[], i: number, t: GoalFact, r: GoalFact): boolean {
  const cause = ss[i]!.norm;
  const causing = CAUSE.test(cause);
  const opens = CAUSE_OPENS.test(cause) && !NO_CAUSE.test(cause.replace(CAUSE_LABEL, '').trim());
  // (under a title that names the shortfall, "1.出院人次未达目标。", reasons set out as 一是…二是… give the cause too)
  const reasons = /^\s*一是/.test(cause);
  // (or states what was lacking, with no word of causing: "2.三、四级手术占比偏低。…高年资医师不足，…")
  // (or, right under such a title, what happened in words of its own, not only figures: "1.水土流失治理面积未完成。2023年7月至9月我县
  // 降雨量明显偏多，坡面工程和经果林栽植施工窗口期缩短，…")
  const lacking = !causing && !opens && !reasons && (DEFICIENCY.test(cause) || tellsInWords(cause));
  if (!causing && !opens && !reasons && !lacking) return false;
  let clean = true;
  for (let k = i - 1; k >= 0 && ss[k]!.line === ss[i]!.line; k--) {
    if (clean && causing && namesShortfall(ss[k], ss[i]!, t, r)) return true;
    if (CAUSE.test(ss[k]!.norm)) return false;
    // (the list number before the title may stand as a sentence of its own once normalised: "2。出院人次。")
    const first = ss[k - 1]?.line !== ss[k]!.line || (/^\s*[（(]?[\d一二三四五六七八九十]{1,2}[)）]?[。.．、]?\s*$/.test(ss[k - 1]!.norm) && ss[k - 2]?.line !== ss[k]!.line);
    // (or a title stating the shortfall, then a sentence giving its cause: "（一）资金执行尚未达到100%。年末结余68.68万元，主要原因是…")
    if (first && (opens || (reasons && SHORTFALL_WORDS.test(ss[k]!.norm)) || (lacking && k === i - 1 && TITLE_SHORTFALL.test(ss[k]!.norm)) || (causing && k === i - 1 && TITLE_SHORTFALL.test(ss[k]!.norm))) && titleNames(ss[k]!.norm, t, r)) return true;
    clean &&= onlyFiguresOf(t, r, ss[k]!.norm);
  }
  return false;
}

/**
 * Whether a sentence tells what happened: a clause of words alone (six characters or more, no figure), and no words of what will be
 * done ("下一步将加强培训组织" is a measure, no cause).
 */
function tellsInWords(text: string): boolean {
  return !MEASURE_TALK.test(text) && text.split(/[，；。、：]/).some((c) => !/\d/.test(c) && (c.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 6);
}
const MEASURE_TALK = /下一步|今后|将(?:进一步|继续|加强|加大|严格|强化|完善|做好)|加强|加大|强化|完善|进一步|力争|确保/;

/** A paragraph's first sentence that is only a title naming the indicator: "2.出院人次。", "（三）普通高中升学率。" */
function titleNames(text: string, t: GoalFact, r: GoalFact): boolean {
  const title = text.trim().replace(LIST_NUMBER, '').replace(/[。：:]$/, '').replace(/[“”"]/g, '');
  // (or a rate's shortfall by its stem and the target's own figure: "（一）资金执行尚未达到100%" for 预算执行率100%)
  const stem = rateStem(t);
  // (or by its stem and a word of falling short: "（一）预算执行不够均衡。" for 项目资金执行率)
  if (stem !== undefined && title.length <= 20 && title.includes(stem) && (new RegExp(`(?:未|尚未|没有)(?:能)?(?:达到|达)${t.value.replace('.', '\\.')}%`).test(title) || TITLE_SHORTFALL.test(title))) return true;
  // (or by how far it fell short, the target less the result: "一是标准化运维站点少建1个" for 9个 against 8个)
  const short = SHORT_BY.exec(title);
  const words = short && Math.abs(Number(short[1]) - (Number(t.value) - Number(r.value))) < 1e-9 ? title.slice(0, short.index) : title;
  return words.length >= 2 && words.length <= 16 && !/\d/.test(words) && namesIndicator(t, r, words);
}
/** How far a count fell short, ending a title: 少建1个, 少完成2处, 差3户. */
const SHORT_BY = /(?:少|差|尚差)[\u4e00-\u9fff]{0,2}?(\d+(?:\.\d+)?)[\u4e00-\u9fff]{0,2}$/;

/** Whether the sentence before a cause, in its paragraph, states this shortfall by the indicator's name (…未达目标), and the cause counts nothing else. */
function namesShortfall(before: Sentence | undefined, cause: Sentence, t: GoalFact, r: GoalFact): boolean {
  return before !== undefined && before.line === cause.line && (SHORTFALL_WORDS.test(before.norm) || SHORTFALL_OF_FIGURE.test(before.norm)) && namesIndicator(t, r, before.norm.replace(/[“”"]/g, '')) && onlyFiguresOf(t, r, cause.norm);
}

/**
 * The sentence right after the result's in its paragraph, when it opens by giving a cause (未完成原因：…,
 * 主要是…), or opens with the part not done and gives its cause (未完成的2座因…) naming no other figures.
 */
function causeAfter(blocks: readonly Block[], t: GoalFact, r: GoalFact): Src | undefined {
  const at = r.src;
  const b = blocks.find((x) => x.line === at.line && x.kind === 'paragraph');
  if (!b) return undefined;
  const ss = sentences(b);
  const i = ss.findIndex((x) => x.norm.includes(at.excerpt.trim()) || at.excerpt.includes(x.norm.trim()));
  let next = i >= 0 ? ss[i + 1] : undefined;
  // (the result's sentence ending its paragraph: the line after it, when it opens by giving a cause,
  // "…知晓率90.60%，未达到目标。" then "未达到原因：一是…")
  if (!next && i === ss.length - 1) {
    const k = blocks.indexOf(b) + 1;
    const after = blocks[k];
    if (after?.kind === 'paragraph' && CAUSE_OPENS.test(after.norm)) next = sentences(after)[0];
  }
  if (!next) return undefined;
  // (or one that says it is this indicator's cause: "…因征地协调滞后尚未通水，是该指标未达标的主要原因")
  const gives = (CAUSE_OPENS.test(next.norm) && !NO_CAUSE.test(next.norm.replace(CAUSE_LABEL, '').trim())) || (SHORTFALL_OPENS.test(next.norm) && CAUSE.test(next.norm) && onlyFiguresOf(t, r, next.norm)) || (THIS_ONES_CAUSE.test(next.norm) && CAUSE.test(next.norm));
  return gives ? sentenceSrc(next) : undefined;
}
/** A sentence other than the result's own that states its figure again under the indicator's words, and its cause or the next sentence's. */
function restatedCause(ss: readonly Sentence[], t: GoalFact, r: GoalFact): Src | undefined {
  const figure = resultFigure(r);
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i]!;
    if (s.line === r.src.line || !figure.test(s.norm) || commonLength(t.subject, s.norm) < 4) continue;
    if (CAUSE.test(s.norm) && !NO_CAUSE.test(s.norm)) return sentenceSrc(s);
    const next = ss[i + 1];
    if (next && next.line === s.line && CAUSE_OPENS.test(next.norm) && !NO_CAUSE.test(next.norm.replace(CAUSE_LABEL, '').trim())) return sentenceSrc(next);
  }
  return undefined;
}

/** A sentence naming itself the cause of this indicator's shortfall: 是该指标未达标的主要原因, 是此项未完成的原因. */
const THIS_ONES_CAUSE = /(?:该|此|这一?)(?:指标|项|目标|任务)[^，。；]{0,6}(?:未达标|未达到|未完成|偏差|差距|未能完成)[^，。；]{0,6}原因/;
/** A cause's label before what it gives (偏差原因：, 未完成原因为): 偏差原因：无偏差 gives none. */
// (an adverb between: 未达目标的原因同样是…, 原因主要是…)
const CAUSE_LABEL = /^.*?原因(?:同样|也|主要|仍然|仍)?(?:是|为|：|:)\s*/;
const CAUSE_OPENS = /^\s*(?:[^，。；：]{0,10}原因(?:同样|也|主要|仍然|仍)?(?:是|为|：|:)|主要是|主要由于|主要受|由于|因为|系因)/;

/** A shortfall stated with its figure (…未达到100%, 完成36台，未完成…): about one indicator, not in general. */
function namedShortfall(text: string): boolean {
  const m = SHORTFALL_WORDS.exec(text);
  if (!m) return false;
  const from = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
  const ends = text.slice(m.index).search(/[。；]/);
  // (not by a date or a time it took: "…停工40天，推迟至12月20日完工")
  return /\d/.test(text.slice(from, ends < 0 ? text.length : m.index + ends).replace(/(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?|\d+(?:个)?(?:天|日|工作日|小时)/g, ''));
}

// (or by the gap: 户厕改造较目标少24座, 比计划少2个, 比目标值低1.26个百分点)
const SHORTFALL_WORDS = /未达(到)?(预期|目标|\d)|未完成|未能完成|差距|不及预期|低于(预期|目标)|(?:较|比)(?:年度)?(?:绩效)?(?:目标|计划|预期)值?(?:少|低|差)/;
/** A problem's title that names a shortfall in few words: 三、四级手术占比偏低, 出院人次未达目标, 知晓率不高. */
const TITLE_SHORTFALL = /未达|未完成|未能完成|差距|不及预期|低于|偏低|较低|偏少|不高|不够|不均衡|偏慢|滞后|提升空间|有待提[高升]|仍需提[高升]|下降$|(?:少|差)[\u4e00-\u9fff]{0,2}\d/;
/** The same with the target's figure between: 未达到100%的目标, 低于95%的目标. */
const SHORTFALL_OF_FIGURE = /(?:未达到?|低于)\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4})?的?(?:年度)?(?:目标|预期)/;

/**
 * A paragraph of 七 that admits a shortfall and gives its cause without naming the indicator in
 * the target's words ("旅游人数未达预期。主要原因是…"). It can explain a shortfall only when there is
 * a single unexplained one to attribute it to (decided in the checks).
 */
export function genericCause(blocks: readonly Block[], sections: readonly SectionFact[], profile: Profile): Src | undefined {
  const seven = sectionWithRole(profile, sections, 'problems');
  if (!seven) return undefined;
  // (not one about a shortfall it names by its figure: "资金执行率未达到100%，原因是…" explains that one)
  const b = blocks.find((x) => x.line > seven.line && x.line <= seven.endLine && x.kind === 'paragraph' && SHORTFALL_WORDS.test(x.norm) && CAUSE.test(x.norm) && !namedShortfall(x.norm));
  const first = b ? sentences(b)[0] : undefined;
  return first ? sentenceSrc(first) : undefined;
}

/** Words saying a thing was done, or was not: 已完成, 已建成, 已竣工, 未实现, 尚未完成 … */
// (or that it reached its target, in words: "…全部当场办结，达到备案时限目标"; or was built and runs: "…于6月建成投入运营")
const DONE_OR_NOT = /已(?:全部|全面|基本|按期)?(?:完成|建成|竣工|投入使用|投用|通过验收|交付)|(?:达到|实现)[^，。；\d]{0,10}目标|(?:建成|完工|竣工)并?投入(?:使用|运营|运行)|(?:未能?|尚未|没有)(?:按期)?(?:完成|实现|建成|竣工|通过验收|投入使用)/;

/** The sentences of the results part (lines `range`) that say a thing was done or not: found once, for answeredInWords. */
export function doneOrNotSentences(blocks: readonly Block[], range: readonly [number, number]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.line < range[0] || b.line > range[1]) continue;
    for (const s of sentences(b)) if (DONE_OR_NOT.test(s.norm)) out.push(s);
  }
  return out;
}

/**
 * The sentence of those (doneOrNotSentences) that answers a target in words: it names the target's subject (a run of four of its
 * characters, or all of a shorter one, without the figures of its name), stating no figure in the target's unit ("建成500吨产地冷库1座…"
 * ↔ "产地冷库主体工程…已于2023年12月完成，…未实现年内验收的目标"); undefined when none does.
 */
export function answeredInWords(done: readonly Sentence[], t: GoalFact): Src | undefined {
  const name = t.subject.replace(/[\d.,]+(?:[吨个座处台套辆米亩]|[^\u4e00-\u9fff]*)/g, '');
  if (name.length < 2) return undefined;
  const need = Math.min(4, name.length);
  const unitFigure = new RegExp(`\\d[\\d.,]*\\s*${t.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const s = done.find((x) => commonLength(name, x.norm) >= need && !unitFigure.test(x.norm));
  return s ? sentenceSrc(s) : undefined;
}
