/**
 * The vocabulary of rules: every collection a rule can be `given`, every field of its items with
 * its type and a description in Chinese and English, the report fields, and the facts a condition
 * can compute (section look-ups, figure look-ups, ratios, sums). The rule loader checks rules
 * against it; `jixiao-lint rules --fields` prints it; the README's rule guide points here.
 *
 * `status: true` marks a field whose value is a decision made in code (outline matching, a
 * content classification, a reading of the sentence) rather than a value read from the report
 * or computed from its figures. Rules should compare values; the README counts how many built-in
 * conditions still read a status, and why.
 */
import type { FieldType } from '../engine/operators.js';

export interface FieldDoc {
  type: FieldType;
  zh: string;
  en: string;
  /** The values of an enumeration. */
  values?: readonly string[];
  /** A decision made in code, not a value. */
  status?: true;
  /** Only in message templates (a phrase for the message), not for conditions. */
  text?: true;
}

export interface CollectionDoc {
  zh: string;
  en: string;
  fields: Readonly<Record<string, FieldDoc>>;
}

const Q = /* #__NO_SIDE_EFFECTS__ */ (zh: string, en: string): FieldDoc => ({ type: 'quantity', zh, en });
const S = /* #__NO_SIDE_EFFECTS__ */ (zh: string, en: string): FieldDoc => ({ type: 'string', zh, en });
const N = /* #__NO_SIDE_EFFECTS__ */ (zh: string, en: string): FieldDoc => ({ type: 'number', zh, en });
const B = /* #__NO_SIDE_EFFECTS__ */ (zh: string, en: string): FieldDoc => ({ type: 'boolean', zh, en });
const ST = /* #__NO_SIDE_EFFECTS__ */ (type: FieldType, zh: string, en: string, values?: readonly string[]): FieldDoc => ({ type, zh, en, status: true, ...(values ? { values } : {}) });
const T = /* #__NO_SIDE_EFFECTS__ */ (zh: string, en: string): FieldDoc => ({ type: 'string', zh, en, text: true });

/** The checks a relational item belongs to (`check` field); a rule names the one it reports with `verifies`. */
export const CHECK_NAMES = ['sum', 'sangong-sum', 'share', 'share-group', 'staffing', 'count', 'year', 'grade', 'goal-pairing', 'goal-shortfall', 'same-figure', 'sangong-overrun', 'sangong-reported'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/**
 * Why a check may not be made, per check, with the fields its wording may name. A rule that
 * `verifies` a check words each of them under `skipped:` (shown with --show-skipped and in JSON
 * files[].checks).
 */
export const CHECK_SKIPS: Readonly<Record<CheckName, Readonly<Record<string, { fields: readonly string[]; zh: string; en: string }>>>> = {
  sum: {
    'no-total': { fields: ['name', 'dimension'], zh: '明细找到了，总额没有找到', en: 'parts found, but not their total' },
    approximate: { fields: ['name', 'figure'], zh: '有约数（约、左右、区间）', en: 'a figure is approximate (约, 左右, a range)' },
    excerpt: { fields: ['name', 'why', 'whyEn'], zh: '评分表只列出部分指标（节选），各项之和不是满分或总得分', en: 'the score table shows some indicators only (an excerpt): its sums are not the full marks or the total score' },
    'parts-of-another': { fields: ['name', 'parts', 'base'], zh: '各部分写明是另一总额的组成部分', en: 'the parts are stated as parts of another total' },
    'not-parts': { fields: ['name', 'part'], zh: '所列各项是总额的不同方面（人员的属性，或资产的原值、折旧与净值），可以重叠，不是它的分项', en: 'the items are aspects of the total (what the staff are, or an asset’s cost, depreciation and net value): they overlap and are not its parts' },
    'part-is-whole': { fields: ['name', 'part'], zh: '所列一项已等于总额，其余各项不为零：各项是总额的不同方面，不是它的分项', en: 'one listed item equals the total and the others are not zero: the items are aspects of the total, not its parts' },
  },
  'sangong-sum': {},
  share: {
    'base-unnamed': { fields: ['pct'], zh: '百分比没有写明是占哪个总额的', en: 'the percentage names no base' },
    'base-unknown': { fields: ['baseName', 'pct'], zh: '写明的基数无法对应到预算中的总额', en: 'the named base matches no budget total' },
    'base-missing': { fields: ['baseName', 'pct', 'base'], zh: '基数的金额未载明，也无法由各部分推算', en: "the base's amount is neither stated nor derivable" },
    'base-not-found': { fields: ['baseName', 'pct'], zh: '报告中找不到写明的基数的金额', en: 'the named base has no amount in the report' },
    'rate-unread': { fields: ['name', 'pct'], zh: '找不到比率的分子或分母', en: "the rate's numerator or denominator is not found" },
    approximate: { fields: ['name', 'figure'], zh: '有约数（约、左右、区间）', en: 'a figure is approximate (约, 左右, a range)' },
  },
  'share-group': {},
  staffing: {
    'quota-only': { fields: [], zh: '只载明编制数', en: 'only the quota is stated' },
    'actual-only': { fields: [], zh: '只载明实有人数', en: 'only the headcount is stated' },
  },
  count: {
    'open-list': { fields: [], zh: '名单以“等”结尾', en: 'the list ends in 等' },
    kinds: { fields: [], zh: '所列可能是种类而非逐项名单', en: 'the words listed may be kinds, not members' },
  },
  year: { 'no-report-year': { fields: [], zh: '报告年度不明', en: 'the report year is unknown' } },
  grade: {},
  'goal-pairing': {
    'no-results-part': { fields: ['target'], zh: '报告没有载明完成情况的部分', en: 'the report has no results part' },
    'named-after-count': {
      fields: ['target'],
      zh: '目标只由数量后面的文字命名（完成12处…建设），完成情况中没有同样命名的实际完成数，可能换了说法，未能核对',
      en: 'the target is named only by the words after its count, and no result is named the same way (it may be put in other words)',
    },
    'part-of-target': {
      fields: ['target'],
      zh: '目标是另一目标“其中”所列的一部分（如分乡镇的数量），完成情况中没有这一部分自己的实际完成数，未能核对',
      en: 'the target is listed as a part of another (after its 其中), and no result states that part on its own',
    },
    'answered-in-words': {
      fields: ['target', 'result'],
      zh: '完成情况部分有一句话点名该目标并说明完成与否（如“冷库主体工程已完成，未实现年内验收的目标”），但没有可比较的实际完成数，未能核对',
      en: 'a sentence of the results part names the target and says whether it was done, with no figure to compare',
    },
    'coverage-scope': {
      fields: ['target'],
      zh: '目标的数量是“全覆盖”所及的范围（如6个乡镇），不是要完成的数量，完成情况中没有同样计数的实际完成数，未能核对',
      en: 'the target\'s count is the scope of a coverage (全覆盖), not a count to reach, and no result counts the same',
    },
  },
  'goal-shortfall': { approximate: { fields: ['result', 'target'], zh: '完成数是约数', en: 'the result is approximate' } },
  'same-figure': {},
  'sangong-overrun': {},
  'sangong-reported': { 'table-unread': { fields: ['caption'], zh: '“三公”经费表的数字未能读出', en: 'the figures of the 三公 table could not be read' } },
};

const CHECK: FieldDoc = { type: 'string', zh: '所属的核对（规则以 verifies 认领）', en: 'the check it belongs to (a rule claims it with verifies)', values: CHECK_NAMES };

/** Fields of a quantity (a printed figure with its rounding interval). */
export const QUANTITY_FIELDS: Readonly<Record<string, FieldDoc>> = {
  value: N('数值', 'the value'),
  low: N('打印精度区间的下限（323.15 → 323.145）', 'lower end of the printed interval (323.15 → 323.145)'),
  high: N('打印精度区间的上限（323.15 → 323.155）', 'upper end of the printed interval (323.15 → 323.155)'),
  text: S('打印的数字（不含单位）', 'the number as printed (without its unit)'),
  unit: S('单位：万元、%、人、个、分……', 'unit: 万元, %, 人, 个, 分 …'),
};

/** Fields of the `section` fact (a part of the report found by its role). */
export const SECTION_FIELDS: Readonly<Record<string, FieldDoc>> = {
  present: B('报告中有这一部分', 'the report has this part'),
  no: S('提纲中的编号（一、二……）', "its number in the outline (一, 二 …)"),
  title: S('提纲中的标题', "its title in the outline"),
  heading: S('报告中写的标题', 'its heading as written'),
  content: ST('string', '内容分类', 'content class', ['substantive', 'empty', 'template', 'nil', 'missing']),
  substantive: B('有实质内容（不只是标题、提纲说明或“无”）', 'has substantive content (not only a heading, instruction text or 无)'),
  text: S('这一部分的全文（标题以下）；报告数据（YAML/JSON）输入时为空值', 'the text of the part (below its heading); null for report data (YAML/JSON) input'),
  length: N('全文字数', 'characters of the text'),
};

export const COLLECTIONS = {
  document: {
    zh: '文档本身（每份报告一项）',
    en: 'the document itself (one item per report)',
    fields: {
      title: S('报告标题', 'the title'),
      year: N('报告年度', 'the report year'),
      unit: S('单位名称', 'the unit'),
      kind: S('文档类型', 'the document kind'),
      profileMatched: ST('boolean', '标题与提纲相符（找到的章节达到提纲的最低数量）', 'the headings follow the outline (enough of its sections found)'),
      matched: S('找到的章节编号', 'the sections found'),
      matchedCount: N('找到的章节数', 'how many sections were found'),
      sectionCount: N('提纲的章节数', 'sections in the outline'),
      minMatched: N('认定相符至少要找到的章节数（提纲文件 minMatched）', 'sections needed to count as following the outline (the profile\'s minMatched)'),
      sharePct: N('找到的章节占提纲章节的百分比', 'percent of the outline sections found'),
      profileName: S('提纲名称', 'the outline name'),
      profileAuto: B('提纲是自动选用的', 'the outline was picked automatically'),
      outlineForeign: ST('boolean', '自动选用的提纲不是为本文档写的（标题中的地名属于别的省份，或地方单位选到中央部门的提纲），其章节不作要求', "the outline picked is not written for the document (the title's place is in another province, or a local unit got the central departments' outline): its sections are no requirement"),
      documentProvince: S('标题中的地名所属省份（看不出为空，如“某县”）', "the province the title's place belongs to (empty when it tells none, as 某县)"),
      outlineProvince: S('提纲所属省份（全国通用的提纲为空）', "the outline's province (empty for a national one)"),
      required: N('提纲的必备章节数', 'required sections of the outline'),
    },
  },
  sections: {
    zh: '提纲的每个一级章节（报告中有或没有）',
    en: 'every top-level section of the outline (present or not)',
    fields: {
      no: S('提纲编号', 'outline number'),
      title: S('提纲标题', 'outline title'),
      roles: { type: 'list', zh: '这一部分的作用（goals、budget、results、problems、measures、evaluation……）', en: 'the roles of the part (goals, budget, results, problems, measures, evaluation …)' },
      required: B('提纲要求必备', 'required by the outline'),
      present: ST('boolean', '报告中找到了这一部分（按标题匹配）', 'found in the report (by its heading)'),
      heading: S('报告中写的标题', 'the heading as written'),
      standIn: S('按标题找不到时，报告在这一部分的位置（编号相同、前后部分之间）写的另一个标题，或（结果部分）标题写明是目标完成情况的另一部分；没有为空', "when not found by its title, the heading of another name the report writes in the part's place (its number, between the parts before and after), or (a results part) another part whose heading says it reports how the targets were met; empty when none"),
      standInBy: ST('string', '替代标题的依据：place（位置）、subject（标题写明是目标完成情况）、score（标题写明是得分或评价结论）、sub（写在另一部分之下的小标题）、split（分成几部分写，各写其一）；没有为空', 'what the stand-in heading was taken by: place (its place), subject (its heading says it reports how the targets were met), score (its heading says it gives the score or conclusion), sub (a sub-heading under another part), split (written as several parts, one for each of its roles); empty when none', ['place', 'subject', 'score', 'sub', 'split', '']),
      content: ST('string', '内容分类', 'content class', ['substantive', 'empty', 'template', 'nil', 'missing']),
      text: S('这一部分的全文（标题以下）；报告数据输入时为空值', 'the text of the part; null for report data input'),
      nilAllowed: B('提纲允许写“无”', 'the outline allows a nil statement'),
      empty: ST('boolean', '没有实质内容（只有标题、提纲说明，或不允许时只写“无”）', 'no substantive content (heading only, instruction text, or 无 where not allowed)'),
    },
  },
  templateLeft: {
    zh: '已写内容的章节中残留的提纲说明文字',
    en: "the outline's instruction sentences left in written sections",
    fields: { section: S('章节编号', 'section number'), text: S('残留的文字', 'the sentence left in') },
  },
  sectionOrder: {
    zh: '位置不符合提纲顺序的章节',
    en: "sections out of the outline's order",
    fields: {
      no: S('章节编号', 'section number'),
      title: S('章节标题', 'section title'),
      after: S('现排在其后的章节编号', 'the section it now follows'),
      afterTitle: S('现排在其后的章节标题', 'the title of the section it now follows'),
    },
  },
  numbering: {
    zh: '标题编号的问题（混用、跳号、重号）',
    en: 'heading numbering problems (mixed styles, gaps, repeats)',
    fields: {
      level: S('层级：top 或 sub', 'level: top or sub'),
      parent: S('二级标题所在的一级章节', 'the top-level section of a sub-heading'),
      kind: ST('string', '问题类型', 'kind of problem', ['mixed', 'gap', 'repeat']),
      from: N('跳号、重号前一个编号', 'the number before the gap or repeat'),
      to: N('跳到或重复的编号', 'the number jumped to or repeated'),
      groups: { type: 'list', zh: '混用的各种编号格式及用它的章节', en: 'each numbering style mixed, with the sections using it' },
      styles: S('用到的编号格式', 'the numbering styles used'),
    },
  },
  placeholders: {
    zh: '模板占位符（XX、××、20XX、【】……），以及表中留着填表说明（“……（200字以内）”）的栏',
    en: 'template placeholders (XX, ××, 20XX, 【】 …), and form fields still holding their fill-in instruction',
    fields: {
      text: S('占位符（或留在表中一栏的填表说明）', 'the placeholder (or the fill-in instruction left in a form field)'),
      field: S('填表说明所在的一栏（如“评价结论”）；报告正文中的占位符为空', 'the form field holding a fill-in instruction (评价结论); empty for a placeholder in the text'),
      instruction: B('是留在表中一栏的填表说明', 'a fill-in instruction left in a form field'),
    },
  },
  coverFields: {
    zh: '封面栏目',
    en: 'cover fields',
    fields: {
      name: S('栏目名称', 'field name'),
      value: S('填写的内容（未填为空）', 'the value written (empty when blank)'),
      filled: B('已填写', 'filled in'),
    },
  },
  breakdowns: {
    zh: '总额与其明细之和（按经济/功能科目、其中、预算层级、同比、评分表、三公）',
    en: 'a total and the sum of its parts (economic/functional class, 其中, hierarchy, year on year, score table, 三公)',
    fields: {
      check: CHECK,
      kind: S('来源：amount（明细）、hierarchy（预算层级）、special（专项）、yoy（同比）、score（评分表）、sangong', 'source: amount, hierarchy, special, yoy, score, sangong', ),
      subject: S('总额是什么', 'what the total is of'),
      dimension: S('分类方式', 'how it is broken down'),
      side: S('预算数或决算数（三公）、分值或得分（评分表）', 'budget or actual (三公), maximum or score (score table)'),
      unitText: S('单位', 'unit'),
      total: Q('总额', 'the total'),
      sum: Q('明细之和（区间为各项区间之和，另加配置的额外容差）', 'the sum of the parts (interval: the parts\' intervals added, plus the configured extra tolerance)'),
      complete: B('明细应是总额的全部（否则只有明细之和超过总额才不符）', 'the parts claim to be all of the total (otherwise only a sum above it is wrong)'),
      diff: S('差额（绝对值）', 'the difference (absolute)'),
      tolerance: S('舍入容差', 'rounding tolerance'),
      status: ST('string', '代码的判断：ok、rounding、partial、mismatch', "the code's verdict: ok, rounding, partial, mismatch", ['ok', 'rounding', 'partial', 'mismatch']),
      itemCount: N('明细项数', 'number of parts'),
      partNames: { type: 'list', zh: '各项明细的名称', en: 'the names of the parts' },
    },
  },
  shares: {
    zh: '写明的百分比与其金额、基数（占比、同比幅度、预算执行率）',
    en: 'a stated percentage against its amount and base (shares, rates of change, execution rates)',
    fields: {
      check: CHECK,
      subject: S('什么的百分比', 'what the percentage is of'),
      shareKind: S('百分比的种类：share（占比）、change（同比增减幅度）、execution（预算执行率）、rate（执行数 ÷ 预算数）', 'kind: share, change (rate of change), execution (execution rate), rate (spent ÷ budget)'),
      direction: S('增减方向：up 或 down（change）', 'direction: up or down (change)'),
      numeratorName: S('被除数的名称（rate）', 'the numerator as labelled (rate)'),
      denominatorName: S('除数的名称（rate）', 'the denominator as labelled (rate)'),
      baseName: S('基数名称', 'the base as named'),
      amount: S('金额（单位见 unitText）', 'the amount (in unitText)'),
      base: S('基数（单位见 unitText）', 'the base (in unitText)'),
      unitText: S('金额与基数的单位（万元、元、人次……）', 'the unit of amount and base (万元, 元, 人次 …)'),
      pct: Q('写明的百分比', 'the stated percentage'),
      expected: Q('由金额和基数算出的百分比区间', 'the percentage computed from amount and base, as an interval'),
      expectedPct: S('算出的百分比（按写明的小数位）', 'the computed percentage, to the stated decimals'),
      directionAgrees: B('写明的增减方向与数据一致', 'the stated direction (增/减) fits the figures'),
      status: ST('string', '代码的判断：ok 或 mismatch', "the code's verdict: ok or mismatch", ['ok', 'mismatch']),
    },
  },
  shareGroups: {
    zh: '并列部分占同一基数的百分比之和',
    en: 'shares of parallel parts in one base, added up',
    fields: {
      check: CHECK,
      parent: S('上一级', 'the parent'),
      baseName: S('基数名称', 'the base'),
      parts: S('各部分及其百分比', 'the parts and their shares'),
      sum: Q('百分比之和', 'the shares added'),
      expectedSum: Q('应有的和（上一级的占比或 100）', "what they should add to (the parent's share or 100)"),
      diff: S('差额', 'difference'),
      tolerance: S('舍入容差', 'rounding tolerance'),
      status: ST('string', '代码的判断：ok 或 mismatch', "the code's verdict: ok or mismatch", ['ok', 'mismatch']),
    },
  },
  sangong: {
    zh: '“三公”经费（每份报告一项）',
    en: '三公 spending (one item per report)',
    fields: {
      check: CHECK,
      anyReported: B('报告写了“三公”经费（预算或决算的合计或分项）', 'the report states some 三公 figure'),
      budgetReported: B('写了预算数（合计或分项）', 'a budget figure (total or item) is stated'),
      actualReported: B('写了决算数（合计或分项）', 'an actual figure (total or item) is stated'),
      budgetTotal: Q('预算数合计（万元）', 'the budget total (万元)'),
      actualTotal: Q('决算数合计（万元）', 'the actual total (万元)'),
      budgetItemCount: N('写明的预算分项数', 'budget items stated'),
      actualItemCount: N('写明的决算分项数', 'actual items stated'),
      overBudget: ST('boolean', '决算数确实超过预算数（区间比较）', 'actual certainly above budget (intervals)'),
      reasonGiven: ST('boolean', '附近有说明超支原因的句子（原因、主要是、由于……）', 'a nearby sentence gives a reason (原因, 主要是, 由于 …)'),
      tableUnread: B('有“三公”经费表，但其数字未能读出（多行表头的表拍平成文字）', 'a 三公 table whose figures could not be read (a heading over several rows, flattened to text)'),
      budgetByChange: B('没有写预算数，但写了决算数较年初预算（预算数）的增减额（如“较年初预算减少1.38万元”），预算数由此可知', "no budget figure, but the actual's change from the budget is stated (较年初预算减少1.38万元): the budget follows from it"),
      diff: S('决算数与预算数之差（绝对值，单位见 unitText）', 'actual minus budget (absolute, in unitText)'),
      unitText: S('消息中金额的单位：两个合计都以同一单位写出时为该单位（亿元……），否则万元；data.budget、data.actual 以此单位写出', 'the unit of the amounts in messages: the one both totals were printed in (亿元 …), else 万元; data.budget and data.actual are in it'),
    },
  },
  sangongComponents: {
    zh: '“三公”经费的三个分项',
    en: 'the three 三公 items',
    fields: {
      name: S('分项名称', 'item name'),
      budget: Q('预算数（写“无/未发生”的为 0）', 'budget (0 when stated as nil)'),
      actual: Q('决算数（写“无/未发生”的为 0）', 'actual (0 when stated as nil)'),
      budgetReported: B('写了预算数', 'budget stated'),
      actualReported: B('写了决算数', 'actual stated'),
      reported: B('预算数或决算数至少写了一个', 'budget or actual stated'),
      anyReported: B('报告写了“三公”经费', 'the report states some 三公 figure'),
      tableUnread: B('有“三公”经费表，但其数字未能读出', 'a 三公 table whose figures could not be read'),
    },
  },
  staffing: {
    zh: '编制数与实有人数',
    en: 'staffing quota and headcount',
    fields: {
      check: CHECK,
      quota: N('编制数（各类编制之和）', 'the quota (all kinds added)'),
      actual: N('实有人数（在职/在编，不含退休）', 'the headcount (in post, retired excluded)'),
      excess: N('实有人数减编制数', 'headcount minus quota'),
      exceeds: ST('boolean', '实有人数多于编制数', 'headcount above quota'),
    },
  },
  counts: {
    zh: '写明的数量与其名单（设6个股室：……）',
    en: 'a stated count and its list (设6个股室：…)',
    fields: {
      check: CHECK,
      subject: S('数的是什么', 'what is counted'),
      declared: N('写明的数量', 'the stated count'),
      listedCount: N('列出的项数', 'items listed'),
      unit: S('量词', 'measure word'),
      duplicates: S('重复出现的项（没有为空）', 'items listed twice (empty when none)'),
      hasDuplicates: B('有重复项', 'some item is listed twice'),
      etc: B('名单以“等”结尾（不完整）', 'the list ends in 等 (open)'),
      kinds: B('所列可能是所计事物的种类而非逐项名单（水库、山塘和河道工程项目9个）', 'the words listed may be kinds of what is counted, not its members'),
      status: ST('string', '代码的判断', "the code's verdict", ['ok', 'mismatch', 'duplicate', 'open', 'kinds']),
      listed: { type: 'list', zh: '列出的各项', en: 'the items listed' },
    },
  },
  years: {
    zh: '写着与报告年度不同年份的句子',
    en: 'sentences stating a year other than the report year',
    fields: {
      check: CHECK,
      year: N('句中的年份', 'the year in the sentence'),
      reportYear: N('报告年度', 'the report year'),
      comparison: ST('boolean', '句中有对比说明（上年、同比、较、以来……）', 'the sentence states a comparison (上年, 同比, 较, 以来 …)'),
      hasFigure: B('句中有金额或比例', 'the sentence states a figure'),
      differs: B('年份与报告年度不同', 'the year differs from the report year'),
    },
  },
  score: {
    zh: '自评得分与等级（每份报告一项）',
    en: 'self-score and grade (one item per report)',
    fields: {
      check: CHECK,
      score: S('自评得分（未写明为空）', 'the self-score (empty when not stated)'),
      grade: S('评价等级（未写明为空）', 'the grade (empty when not stated)'),
      scoreStated: B('写明了得分', 'a score is stated'),
      gradeStated: B('写明了等级', 'a grade is stated'),
      expectedGrade: S('按提纲的分数段，得分应得的等级', "the grade the score earns under the outline's bands"),
      gradeMatches: ST('boolean', '等级与得分相符', 'the grade fits the score'),
      resultsListed: N('文档列出结果的评价个数：结果表（项目名称 | … | 评分 | 等级）的行数，或等级分布（“优”的4个，“良”的8个）的总数；未列出为 0', 'how many evaluations the document lists results of: the rows of a results table (项目名称 | … | 评分 | 等级) or the count a tally of grades breaks down; 0 when none'),
    },
  },
  goals: {
    zh: '每个量化绩效目标及与其配对的完成情况',
    en: 'each quantified target and the result paired with it',
    fields: {
      check: CHECK,
      subject: S('指标', 'the indicator'),
      targetText: S('目标原文', 'the target as written'),
      target: S('目标值（含比较方式和单位）', 'the target (comparator and unit)'),
      targetValue: Q('目标值', 'the target value'),
      resultValue: Q('完成值（没有配对的为空）', 'the result value (null when unpaired)'),
      unit: S('计量单位', 'unit'),
      comparator: S('min（至少）、max（至多）、growth（增长）、decline（下降）', 'min, max, growth, decline', ),
      approximate: B('完成值是约数（10余次、左右）', 'the result is approximate (10余次, 左右)'),
      cumulative: B('完成值是累计数（累计、截至、以来）', 'the result is cumulative (累计, 截至, 以来)'),
      paired: ST('boolean', '找到了同一指标的完成情况', 'a result of the same indicator was found'),
      result: S('完成值（含单位）', 'the result (with unit)'),
      resultText: S('完成情况原文', 'the result as written'),
      shortfall: ST('boolean', '未达到目标', 'the result falls short'),
      causeGiven: ST('boolean', '说明了未完成的原因（存在问题部分或完成情况句中）', 'a cause of the shortfall is given'),
      overachieved: ST('boolean', '远超目标（≥120%，小计数和累计数除外）', 'far above target (≥120%, small counts and cumulative figures excepted)'),
      ratio: S('完成值占目标的百分比', 'result as a percent of target'),
      why: T('配对或未配对的理由', 'why paired, or why not'),
    },
  },
  restatements: {
    zh: '同一个量在报告中再次写明（预算节点、同一合计下的同名分项、同一事项的比上年增减额、编制数、实有人数）',
    en: 'the same quantity stated again (a budget node, a part of one total, the change of one subject, the quota, the headcount)',
    fields: {
      check: CHECK,
      name: S('量的名称', 'the quantity'),
      first: Q('首次写明（或推算）的值', 'the value first stated (or derived)'),
      second: Q('再次写明的值', 'the value stated again'),
      firstText: S('首次写明的原样', 'first statement as printed'),
      secondText: S('再次写明的原样', 'second statement as printed'),
      conflict: ST('boolean', '两处的区间不重合', 'the two intervals do not overlap'),
      unitText: S('单位', 'unit'),
    },
  },
  figures: {
    zh: '报告中读到的每个数字（金额、百分比、人数、个数……）',
    en: 'every figure the report states (money, percentages, headcounts, counts …)',
    fields: {
      label: S('数字前写明它是什么（“工资福利支出”）', 'what the figure is of, as written ("工资福利支出")'),
      value: Q('数值（金额换算为万元）', 'the value (money in 万元)'),
      printed: S('原样（含单位）', 'as printed, with its unit'),
      family: S('类别：money、pct、people、units……', 'family: money, pct, people, units …'),
      role: S('所在部分的作用（goals、budget、results……；不在任何部分为空）', 'the role of the part it stands in (goals, budget, results …; empty outside the parts)'),
      section: S('所在部分的编号', 'the number of its part'),
      sentence: S('所在句子', 'its sentence'),
    },
  },
  relations: {
    zh: '文字写明的数字关系（总额与明细、占比、同比、执行率）',
    en: 'relations the text states between figures (a total and its parts, a share, a change, a rate)',
    fields: {
      relation: S('关系：sum、share、change、rate', 'relation: sum, share, change, rate'),
      subject: S('关于什么', 'what it is about'),
      total: Q('总额（sum）', 'the total (sum)'),
      parts: { type: 'list', zh: '明细的数值（sum）', en: 'the parts (sum)' },
      partsSum: Q('明细之和（sum）', 'the parts added (sum)'),
      part: Q('部分（share）', 'the part (share)'),
      pct: Q('百分比（share）', 'the percentage (share)'),
      base: Q('基数（share）', 'the base (share)'),
      current: Q('本年数（change）', 'this year (change)'),
      prior: Q('上年数（change）', 'prior year (change)'),
      change: Q('变动额（change）', 'the change (change)'),
      rate: Q('百分比：变动幅度（change）或执行率（rate）', 'percentage: rate of change (change) or execution rate (rate)'),
      numerator: Q('执行数（rate）', 'the amount spent (rate)'),
      denominator: Q('预算数（rate）', 'the budget (rate)'),
      direction: S('up、down 或 flat（change）', 'up, down or flat (change)'),
      role: S('所在部分的作用', 'the role of its part'),
      sentence: S('所在句子', 'its sentence'),
    },
  },
  budgetNodes: {
    zh: '预算层级中的每个节点（一般公共预算、基本支出、项目支出、专项……）',
    en: 'every node of the budget hierarchy (a fund, 基本支出, 项目支出, a 专项 …)',
    fields: {
      id: S('节点标识：total、gpb、gpb.basic、gpb.project、gpb.project.1、gov……', 'node id: total, gpb, gpb.basic, gpb.project, gpb.project.1, gov …'),
      name: S('名称', 'name'),
      parent: S('上一级节点标识', "the parent's id"),
      amount: Q('金额（写明的，或由各部分推算的）', 'the amount (stated, or derived from its parts)'),
      stated: B('金额是报告写明的（不是推算的）', 'the amount is stated (not derived)'),
      nil: B('写明“无……支出”', 'stated as nil'),
      budget: Q('预算数（写明执行率时）', 'the budget (when an execution rate is stated)'),
      spent: Q('执行数（写明执行率时）', 'the amount spent (when an execution rate is stated)'),
      executionRate: Q('写明的预算执行率', 'the stated execution rate'),
    },
  },
  sentences: {
    zh: '报告的每个句子（按句号、分号、换行切分）',
    en: 'every sentence of the report (split at 。；! ? and line ends)',
    fields: {
      text: S('句子', 'the sentence'),
      role: S('所在部分的作用', 'the role of its part'),
      section: S('所在部分的编号', 'the number of its part'),
      length: N('字数', 'characters'),
    },
  },
} as const satisfies Record<string, CollectionDoc>;

export type GivenKind = keyof typeof COLLECTIONS;
export const GIVEN_KINDS = /* @__PURE__ */ Object.keys(COLLECTIONS) as GivenKind[];

/** Report-level fields (fact `report`, and {{report.x}} in messages). */
export const REPORT_FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  title: S('报告标题（找不到为空）', 'the title (empty when none is found)'),
  year: N('报告年度（未知为空值）', 'the report year (null when unknown)'),
  unit: S('单位名称', 'the unit'),
  profileMatched: ST('boolean', '文档与提纲相符', 'the document follows the outline'),
  matchedCount: N('找到的提纲章节数', 'sections of the outline found'),
  minMatched: N('认定与提纲相符至少要找到的章节数', 'sections needed to count as following the outline'),
  outlineForeign: ST('boolean', '自动选用的是另一省份的提纲，其章节不作要求', "the outline picked is another province's: its sections are no requirement"),
  kind: S('文档类型', 'the document kind'),
  profile: S('所用提纲的标识', "the outline's id"),
  goalsPart: T('绩效目标部分在提纲中的名称（第一部分……）', 'the goals part as the outline numbers it'),
  budgetPart: T('预算支出部分的名称', 'the budget part, named'),
  resultsPart: T('绩效完成情况部分的名称', 'the results part, named'),
  problemsPart: T('存在问题部分的名称', 'the problems part, named'),
  measuresPart: T('改进措施部分的名称', 'the measures part, named'),
  evaluationPart: T('自评结果部分的名称', 'the evaluation part, named'),
};

/** Template-only fields every item may carry besides its collection's fields. */
export const TEMPLATE_EXTRA = ['expectedText', 'actualText'];

export interface ParamDoc {
  zh: string;
  en: string;
  required?: true;
  /** 'role' | 'ref' (a figure reference) | 'refs' | 'string' | 'regex' | 'number' */
  kind: 'role' | 'ref' | 'refs' | 'string' | 'regex' | 'number';
}

export interface FactDoc {
  zh: string;
  en: string;
  params: Readonly<Record<string, ParamDoc>>;
  /** The fields of the fact's value (a path picks one). */
  fields: Readonly<Record<string, FieldDoc>>;
  example: string;
}

const REF_DOC_ZH = '数的引用：条目的字段名（actualTotal、amount）、report.字段、{ node: 预算节点标识 }、{ label: 正则, role: 作用 }（按标签找数字），或数字';
const REF_DOC_EN = 'a figure reference: a field of the item (actualTotal, amount), report.field, { node: budget node id }, { label: regex, role: role } (a figure looked up by label), or a number';

/** Facts a condition can name besides `item` and `report` (json-rules-engine facts with params). */
export const FACTS: Readonly<Record<string, FactDoc>> = {
  section: {
    zh: '按作用找报告的一个部分（提纲不同，编号不同，作用相同）',
    en: 'a part of the report found by its role (outlines number parts differently; roles are the same)',
    params: { role: { kind: 'role', required: true, zh: '作用：goals、budget、results、problems、measures、evaluation、basics、other', en: 'role: goals, budget, results, problems, measures, evaluation, basics, other' } },
    fields: SECTION_FIELDS,
    example: "{ fact: section, params: { role: evaluation }, path: text, operator: notMatches, value: '得分\\s*\\d' }",
  },
  figure: {
    zh: '按标签（正则）找报告中的第一个数字，可限定所在部分的作用和类别；找不到为空值',
    en: 'the first figure whose label matches a regular expression, optionally within a role and family; null when none',
    params: {
      label: { kind: 'regex', required: true, zh: '标签的正则表达式', en: 'regular expression for the label' },
      role: { kind: 'role', zh: '只在这一作用的部分中找', en: 'look only in the part with this role' },
      family: { kind: 'string', zh: '类别：money、pct、people……', en: 'family: money, pct, people …' },
    },
    fields: { ...QUANTITY_FIELDS, label: S('标签', 'label'), printed: S('原样', 'as printed') },
    example: "{ fact: figure, params: { label: '^项目支出$', role: budget }, path: value, operator: greaterThan, value: 0 }",
  },
  ratio: {
    zh: 'of ÷ to × 100（百分比），按打印精度区间计算：low、high 是可能的最小、最大值',
    en: 'of ÷ to × 100 (a percentage) in interval arithmetic: low and high are the least and greatest possible',
    params: { of: { kind: 'ref', required: true, zh: REF_DOC_ZH, en: REF_DOC_EN }, to: { kind: 'ref', required: true, zh: REF_DOC_ZH, en: REF_DOC_EN } },
    fields: QUANTITY_FIELDS,
    example: '{ fact: ratio, params: { of: amount, to: { node: gpb } }, path: high, operator: lessThan, value: 50 }',
  },
  percentChange: {
    zh: '(to − from) ÷ from × 100：从 from 到 to 变化的百分比（区间）',
    en: '(to − from) ÷ from × 100: the change from `from` to `to` in percent (an interval)',
    params: { from: { kind: 'ref', required: true, zh: REF_DOC_ZH, en: REF_DOC_EN }, to: { kind: 'ref', required: true, zh: REF_DOC_ZH, en: REF_DOC_EN } },
    fields: QUANTITY_FIELDS,
    example: '{ fact: percentChange, params: { from: budgetTotal, to: actualTotal }, path: low, operator: greaterThan, value: 10 }',
  },
  sum: {
    zh: '几个数之和（区间相加）',
    en: 'several figures added (intervals added)',
    params: { of: { kind: 'refs', required: true, zh: '数的引用的列表', en: 'a list of figure references' } },
    fields: QUANTITY_FIELDS,
    example: '{ fact: sum, params: { of: [{ node: gpb.basic }, { node: gpb.project }] }, path: value, operator: greaterThan, value: 0 }',
  },
};

/** The fields of a collection, by name (also what GIVEN_FIELDS lists). */
export function fieldsOf(given: GivenKind): Readonly<Record<string, FieldDoc>> {
  return COLLECTIONS[given].fields as Readonly<Record<string, FieldDoc>>;
}
