/**
 * Staffing: 编制数 and 实有人数, in the shapes reports use. The quota is stated as one total
 * (人员编制数为27人, 编制人数3,205人) or as its kinds (行政编制15名、事业编制9名、政法专项编制247名:
 * all count toward it); staff actually employed as 实有 / 在职 / 在编 / 年末实有在编 (retired staff
 * are not); in sentences or in table rows (人员编制 | 86 | 实有人数 | 81). Figures come from
 * quantities.ts (Arabic or Chinese numerals).
 */
import type { Block } from '../read/types.js';
import type { RelationFact, Src, StaffingFact } from './model.js';
import { compact, countValue, labelStart, quantities, quantitySrc } from './quantities.js';
import { clauseWords, headingNumber, matchesOf, YEAR_MENTION } from './text.js';
import { RETIRED } from './lexicon.js';
import { clauseLabel, figure, stretches, type Located } from './stretches.js';
import type { Quantity } from './quantities.js';

/** A quota of one kind of post (行政编制, 政法专项编制 …), as opposed to the quota as a whole. */
// (机关编制 is the organ's whole quota, 镇政府机关编制56人, not a kind of post: 机关工勤编制 is one by 工勤)
// (编制核定数 as well as 核定编制: "事业编制核定数 35 名")
/** A sentence with one kind's quota and its own staff: 核定行政编制42名，年末实有39人. */
const PER_KIND = /(?:行政|事业|工勤|参公|参照公务员法管理)[^、，；。]{0,4}编制[^；。]*?(?:实有|在职|在编|在岗)[^；。]*?\d+\s*[人名]/;
const KIND = /(?:行政|事业|政法专项|政法|工勤|参公|参照公务员法管理|全额拨款|差额拨款|自收自支|专项|公益)[^、，]{0,4}编制(?:核定)?(?:人数|数)?$/;
// (a total named so too: 编制人数小计146人，其中：行政编制人数0人，…)
const QUOTA = /编制(?:核定)?(?:人数|数|总数|总额)?(?:小计|合计|共计|总计)?$/;
// (a label drops a trailing 有: 在职实有23人 is labelled 在职实)
// (实有行政人员, 实有在编教职工, and a bare 实有 whose label the reader cut to 实: "编制20名，实有22名")
const ACTUAL = /(?:实有|(?:在职|在编|年末|目前|现)实|在职|在编|在岗|^实)(?:在编|在职)?(?:行政|事业|参公|工勤|正式)?(?:人员|人数|教职工|职工|干部职工|工作人员)?(?:总数)?$/;
/** 编制20人，实际23人 / 实际正式教职工23人: 实际 is the headcount only right after a quota in its sentence. */
/** Staff of one kind named so: 实有事业人员, 在编行政人员. */
const OF_A_KIND = /行政|事业|参公|工勤/;
const ACTUAL_AFTER_QUOTA = /^实际(?:人数|在编人数|在岗人数|(?:正式|在编|在岗|在职)?(?:教职工|职工|干部职工|工作人员|人员)(?:人数)?)?$/;
/** 预算编制, 编制计划 …: 编制 as "drawing up", not posts. */
const NOT_POSTS = /预算|决算|计划|方案|规划|报告|标准|目录|清单/;
/** Auxiliary staff, counted apart from the unit's posts: 辅警, 协警, 协管员. */
const AUXILIARY = /辅警|协警|协管员/;
/** A table cell naming staff figures (the figure in the next cell has no unit of its own). */
const ROW_LABEL = /^(?:年末|期末)?(?:核定)?(?:人员编制|编制(?:人数|数|总数)?|实有(?:人数|人员|在编人员|在编人数)?|在职(?:人数|人员)|在编(?:人数|人员))(?:数)?$/;
/** A sentence naming retired staff as one of its kinds, not set apart from the headcount. */
const RETIRED_LISTED = new RegExp(`^(?!.*(?:另有|另外|此外|不含|不包括)[^，。；]{0,4}(?:${RETIRED.source}))(?=.*(?:${RETIRED.source}))`);
const COMPARISON = /上年|去年|同比|较|增加|减少|以来/;
/** A breakdown by unit: 分单位看，…; 按单位分：…; 从各单位看，… */
const BY_UNIT = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．。])?\s*(?:[^，。；：\d]{0,8}?(?:分(?:单位|部门|机构)(?:看|为|列示)?|按(?:单位|部门|机构)分(?:类|别)?(?:为)?)|从各?(?:单位|部门|机构)看)[，：]/;
/** A paragraph that closes on a by-unit lead-in ("…离退休人员35人。分单位看："): each line after it states one unit's own. */
const BY_UNIT_CLOSING = /(?:^|[。；])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．。])?\s*(?:分(?:单位|部门|机构)(?:看|列示|情况)|按(?:单位|部门|机构)分(?:类|别)?|从各?(?:单位|部门|机构)看|各(?:单位|部门|机构)(?:情况|分别)?(?:如下)?)[^，。；：:]{0,6}[：:]$/;
/** A line that opens with a unit's name: "机关本级：行政编制14名，实有13人；", "县疾病预防控制中心：…". */
const UNIT_LINE = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．。])?\s*[^，。；：:\d]{2,24}[：:]/;
/** A sentence that opens with the name of a body inside the unit before its quota: "执法队事业编制25名，实有23人". */
// (or its staff, a station's named at length: "项目实施单位州生态环境监测站核定事业编制9名，实有8人", not the unit named on the cover)
const SUB_BODY = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．。])?\s*([\u4e00-\u9fff]{1,16}?(?:大队|中队|队|科|股|室|组|站))(?=(?:核定|现有|共有|有)?(?:行政|事业|工勤|参公)?编制|实有|在岗|在编)/;
/**
 * An office or a centre named before its staff: "镇财政所仅有在编人员3名", "县疾控中心现有在编人员…". A project's report may state
 * its staff so as the implementing unit's (市公共就业和人才服务中心核定事业编制45名，…), so it is another body's only after a sentence
 * that stated the unit's own (in a later paragraph, or after a ；: "局机关核定编制14名，实有13人；农村公路养护中心核定编制40名，实有38人").
 */
const OFFICE_BODY = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．。])?\s*([\u4e00-\u9fff]{1,16}?(?:[\u4e00-\u9fff]所|中心))(?=(?:核定|现有|共有|仅有|只有|有)?(?:行政|事业|工勤|参公)?编制|(?:仅|只|现|共)?有?(?:实有|在岗|在编|在职))/;

/**
 * Whether a sentence states the staff of a body inside the unit (its team, its section; an office after the unit's own were stated
 * on another line), not the unit's own (the unit named so is its own).
 */
function ofSubBody(sentence: string, unit: string | undefined, statedBefore: boolean): boolean {
  const m = SUB_BODY.exec(sentence) ?? (statedBefore ? OFFICE_BODY.exec(sentence) : null);
  return m !== null && !/^[本我全该]/.test(m[1]!) && !(unit ?? '').includes(m[1]!);
}

/** The name of a body (a section, an office, a centre) closing a clause: 公共服务科， 办公室： */
const BODY_NAMED = /[\u4e00-\u9fff]{1,12}(?:科|股|室|中心|所|站|队|处)[，：:]/;
/** A sentence about the other units, opening with them: 所属事业单位编制及实有人员分别为：… (not 区城管委（含所属事业单位）…). */
const OTHER_UNITS_LEAD = /^[^，。；：（]{0,6}(?:下属|所属|二级单位|下设|直属)/;
/** Another unit's staff (下属单位编制数…) is not this unit's. */
const OTHER_UNIT = /下属|所属|二级单位|下设|直属/;
/** The staff of the schools or hospitals of a whole county the unit oversees, not its own: 全县中小学校核定教职工编制4,210名. */
const REGION_INSTITUTIONS = /^(?:[（(]?[\d一二三四五六七八九十]{1,2}[）).．、])?全(?:县|区|市|旗|州|乡|镇)(?:各级各类|公办|所有)?(?:中小学校?|学校|幼儿园|医院|卫生院|医疗卫生机构|医疗机构)/;

function record(fact: StaffingFact, kind: 'quota' | 'actual', value: number, at: Src, label = '', ofPart = false, ofWhole = WHOLE_UNIT.test(label)): void {
  const measure = ALL_STAFF.test(label) ? 'all' : 'posted';
  // ("实有在职人员61人，其中：…编外聘用人员8人。编制内实有人员53人": the staff on the posts, said so, is what the
  // quota is of; the headcount before it may count those off the quota too: no figure stated twice)
  if (kind === 'actual' && fact.actual && IN_POSTS.test(label) && !postsSaid.has(fact) && (value < fact.actual.value || summedPosts.has(fact))) {
    fact.actual = { value, src: at };
    measures.set(fact, 'posted');
    postsSaid.add(fact);
    return;
  }
  if (!fact[kind]) {
    fact[kind] = { value, src: at };
    measures.set(fact, measure);
    if (kind === 'actual' && IN_POSTS.test(label)) postsSaid.add(fact);
    if (ofPart) {
      const kinds = partFirst.get(fact) ?? new Set();
      kinds.add(kind);
      partFirst.set(fact, kinds);
    }
  } else if (ofPart) {
    // ("本部门核定编制86名，…实有在编人员79人。" then "局机关核定编制14名，实有13人；…": the organ's own staff after the department's, a
    // part of them, not the department's stated again)
  } else if (partFirst.get(fact)?.has(kind) && ofWhole) {
    // ("局机关核定行政编制14名，实有13人；下属事业单位…。全部门实有在职人员60人": the organ's own staff, then the
    // whole department's, two figures, not one stated twice; so are its quotas, "委机关核定行政编制35名，…。全系统核定编制2,860名")
  } else if (kind === 'actual' && measures.get(fact) !== measure) {
    // ("年末实有在编人员468人…另有编外聘用人员244人，年末在职职工合计712人": the staff on the posts and all
    // staff, 编外 included, are two figures, not one stated twice)
  } else if (fact[kind]!.value !== value || fact[kind]!.src.line !== at.line) (fact.mentions ??= []).push({ kind, value, src: at });
}
/** Where the last word opening a list of parts stands before `at` (其中, 具体为, 分别为, 包括), or -1. */
function lastIntroducer(sentence: string, at: number): number {
  let found = -1;
  for (const w of ['其中', '具体为', '分别为', '包括']) found = Math.max(found, sentence.lastIndexOf(w, at));
  return found;
}

/** A clause that opens by naming a group of the staff before its own parts: 在编人员中，行政人员7名、事业人员14名. */
const SUBPART_LEAD = /(?:^|[，；])[^，。；\d]{0,8}(?:人员|职工|员工|干部|人数)中[，：:]?[^，。；]*$/;
/** The words of staff off the quota: 编外, 聘用, 临聘, 劳务派遣, 合同制, 政府购买服务岗位, 公益性岗位. */
const OFF_QUOTA_WORDS = '编外|聘用|临聘|劳务派遣|合同制|购买服务|公益性岗位|公益岗';
const OFF_QUOTA = new RegExp(OFF_QUOTA_WORDS);
/** A headcount's bracket that says how many of it are off the quota: （含编外聘用人员12人）. */
/** Words of a total: 合计, 总数, 共计. */
const TOTAL_WORDS = /合计|总数|共计?|总共|一共/;
/** The serving staff of a bracket that breaks a headcount down with its retired: （在职人员35人、退休人员17人）. */
function servingInBracket(after: string): number | undefined {
  const m = /^[（(]([^（）()]{2,40})[）)]/.exec(after);
  if (!m || !RETIRED.test(m[1]!)) return undefined;
  const serving = /(?:^|[、，；])(?:其中)?(?:在职|在编|在岗)(?:人员|职工|干部职工)?(\d+)(?:人|名)/.exec(m[1]!);
  return serving ? Number(serving[1]) : undefined;
}
const OFF_INCLUDED = new RegExp(`^[（(](?:其中)?含(?:政府)?(?:${OFF_QUOTA_WORDS})[^）)\\d]{0,12}?(\\d+)(?:人|名)[）)]`);
/** Staff off the quota counted: 编外聘用人员56人, 劳务派遣人员8名. */
const OFF_QUOTA_COUNTED = new RegExp(`(?:${OFF_QUOTA_WORDS})[^，。；：\\d]{0,8}\\d+(?:人|名)`);
/** How many lines on a total may count staff off the quota counted before it (their list, set out on lines, between). */
const OFF_QUOTA_REACH = 8;
/** A headcount said to be of the posts: 编制内实有人员, 编制内人员. */
const IN_POSTS = /编制内/;
/** Facts whose 实有 figure is the sum of the kinds on the posts (行政16人，事业59人 beside 政府购买服务岗位13人): one said of the posts replaces it. */
const summedPosts = new WeakSet<StaffingFact>();
/** Facts whose 实有 figure is one said to be of the posts. */
const postsSaid = new WeakSet<StaffingFact>();
/** The kinds of figure (编制, 实有) whose first is of the organ alone (局机关…实有13人), before the whole department's. */
const partFirst = new WeakMap<StaffingFact, Set<'quota' | 'actual'>>();
/** The organ alone, a part of the department: 局机关, 机关本级, 本级. */
const ORGAN = /^(?:[局委办院]?机关|机关本级|本级)/;
/** A figure of the whole department: 全部门, 全局, 全系统, 部门合计. */
const WHOLE_UNIT = /^(?:全部门|全局|全系统|全单位|部门合计|合计)/;
/** Which headcount a fact's first 实有 figure is: of the posts (在编, 实有), or of all the staff (在职职工合计). */
const measures = new WeakMap<StaffingFact, 'all' | 'posted'>();
/** A headcount of all the staff, those off the quota too: 在职职工合计, 在职人员合计, 职工总数, 全部职工. */
const ALL_STAFF = /在职职工(?:合计|总数)?$|在职人员(?:合计|总数)$|职工总数$|全部职工|职工合计$/;

/** A year other than the report's (2024年末实有17人 in a 2025 report) is a different figure. */
function otherYear(s: string, year: number | undefined): boolean {
  return year !== undefined && matchesOf(YEAR_MENTION, s).some((m) => Number(m[1]) !== year);
}

export function extractStaffing(blocks: readonly Block[], year?: number, unit?: string): StaffingFact {
  const fact: StaffingFact = {};
  // the line where staff off the quota were last counted (另有…编外聘用人员56人), for a total a few lines on that counts them too
  let offQuotaLine = -Infinity;
  // after a paragraph that closes on "分单位看：", the lines of the units, each its own ("机关本级：行政编制14名，实有13人；")
  let unitLines = false;
  let partLines = false;
  for (const block of blocks) {
    if (block.kind !== 'row' && OFF_QUOTA_COUNTED.test(block.norm)) offQuotaLine = block.line;
    // (or closes on 其中： after the headcount, then a numbered line for each kind or unit: "全部门核定编制114人，实有人数105人。其中：" /
    // "1.行政编制18人，实有16人；" / "2.事业编制96人，实有89人。…": each line's figures are parts, no headcount stated again)
    const unitLine: boolean = unitLines && block.kind !== 'row' && (UNIT_LINE.test(block.norm) || (partLines && headingNumber(block.norm).style !== 'none'));
    const closesOnParts = block.kind !== 'row' && /(?:编制|实有|在职|在编)[^。]*。\s*(?:其中|具体(?:情况)?如下|分别为)[：:]$/.test(block.norm.trim());
    partLines = closesOnParts || (unitLine && partLines);
    unitLines = block.kind !== 'row' && (BY_UNIT_CLOSING.test(block.norm.trim()) || closesOnParts || (unitLine && (/；\s*$/.test(block.norm) || partLines)));
    if (unitLine) continue;
    if (!/编制|实有|在职|在编/.test(block.norm)) continue;
    if (block.kind === 'row') {
      rowStaffing(block, fact);
      continue;
    }
    const c = compact(block.norm);
    let from = 0;
    // the headcount a sentence ends on, for a next sentence that opens with 其中 and lists its parts
    let carried: { src: Src; serving: { value: number; src: Src } | undefined } | undefined;
    // the staffing figure the sentence before stated, and the one a 其中 list (over its ；-separated
    // items) gives parts of: "本部门核定编制96名，实有人员91人，离退休人员47人。其中：局本级核定行政编制14名，
    // 实有13人；工作站核定事业编制42名，实有36人；…" (each unit's own staff, not the headcount restated)
    let stated: Src | undefined;
    let listOf: Src | undefined;
    // "核定行政编制42名，年末实有39人；核定事业编制58名，年末实有53人；": each kind's quota with its own staff,
    // two or more such sentences: the unit's quota and staff are their sums (recorded after the last)
    const kindSentences = c.text.split(/[。；]/).filter((x) => PER_KIND.test(x)).length;
    const perKind = kindSentences >= 2 ? { quota: 0, actual: 0, left: kindSentences, quotaSrc: undefined as Src | undefined, actualSrc: undefined as Src | undefined } : undefined;
    // ("分单位看，局机关核定编制15名、实有13人；林业技术推广站核定编制14名、实有12人；…": each unit's own, up to the 。)
    let byUnit = false;
    for (let i = 0; i <= c.text.length; i++) {
      if (i < c.text.length && c.text[i] !== '。' && c.text[i] !== '；') continue;
      const sentence = c.text.slice(from, i + 1);
      const start = from;
      from = i + 1;
      // (or the staff of its units after they are named, "所属事业单位编制及实有人员分别为：县疾病预防控制中心编制22名、实有20人；…；
      // 县妇幼保健计划生育服务中心编制10名、实有9人。": each clause after the ； is one of theirs)
      if (BY_UNIT.test(sentence) || (OTHER_UNITS_LEAD.test(sentence) && /[：:]|分别为/.test(sentence))) byUnit = true;
      const ofUnit = byUnit;
      if (c.text[i] !== '；') byUnit = false;
      if (ofUnit) {
        carried = undefined;
        stated = undefined;
        continue;
      }
      // "实有人员65人。其中退休人员20人，在职人员45人。": the parts of the sentence before's headcount
      // retired staff listed beside the others (…，在职人员45人，退休人员20人) break the headcount down
      // by status, with or without 其中; not when set apart (另有退休人员20人, 不含退休人员)
      const retiredAt = RETIRED_LISTED.test(sentence) ? sentence.search(RETIRED) : -1;
      const opensList = /^其中/.test(sentence);
      const partsOf = opensList || retiredAt >= 0 ? (carried?.src ?? (opensList ? stated : undefined)) : listOf;
      listOf = c.text[i] === '；' && (opensList || listOf !== undefined) ? partsOf : undefined;
      stated = undefined;
      // "实有人数76人，其中在职人员48人，…；退休人员15人，…": the list goes on after the ；
      if (retiredAt >= 0 && carried?.serving && fact.actual?.src === carried.src) fact.actual = carried.serving;
      carried = undefined;
      if (!/编制|实有|在职|在编/.test(sentence) || COMPARISON.test(sentence) || OTHER_UNIT.test(sentence) || REGION_INSTITUTIONS.test(sentence) || otherYear(sentence, year) || ofSubBody(sentence, unit, [fact.quota, fact.actual].some((x) => x !== undefined))) continue;
      const excerpt = block.text.slice(c.map[start]!, c.map[Math.min(i, c.text.length - 1)]! + 1);
      // (whose staff the sentence states: the organ's alone, 局机关…, or the whole department's, 全系统…)
      const ofOrgan = ORGAN.test(sentence);
      const ofWhole = WHOLE_UNIT.test(sentence);
      const ofKind = perKind !== undefined && PER_KIND.test(sentence.replace(/[。；]$/, ''));
      let total: { value: number; src: Src } | undefined;
      let kinds = 0;
      let kindSrc: Src | undefined;
      // where the first quota of a kind stands: a quota after a 其中 that follows it is a part of it
      let kindAt = -1;
      let actualHere = 0;
      let recordedHere: Src | undefined;
      let recordedValue = 0;
      let serving: { value: number; src: Src } | undefined;
      // ("在职职工486人，其中在编人员298人，编外合同制人员188人": the staff on the posts, a part of all the staff)
      let postedPart: { value: number; src: Src } | undefined;
      // ("实有人数60人，其中在编人员46人、编外聘用人员14人": the parts off the quota and those on the posts, counted and added up)
      let offQuotaPart = false;
      let onPostParts = 0;
      let onPostSum = 0;
      let offSum = 0;
      let retiredPart = false;
      for (const q of quantities(sentence)) {
        // "实有人数76人，其中在职人员48人，退休人员15人…": the staff after 其中 are parts of the one stated
        // (or after 具体为 / 分别为 / 包括: "实有在职人员101人，具体为在编行政人员31人、在编事业人员55人…")
        const isPart = actualHere > 0 ? lastIntroducer(sentence, q.at) > actualHere || retiredAt > actualHere : partsOf !== undefined;
        if (RETIRED.test(q.label)) {
          retiredPart ||= isPart && q.family === 'people';
          continue;
        }
        // (the staff at the start of the year, 年初实有在编人员60人 after 年末实有在编人员61人, are another figure)
        if (/年初|期初/.test(q.label)) continue;
        // (nor is how far the staff is from the quota: "实有人数少于核定编制9人")
        if (SHORT_OF_QUOTA.test(q.label)) continue;
        // posts may be counted in 个 (行政编制24个): a quota's, never staff actually employed
        const posts = q.family === 'units' && q.unit === '个' && (KIND.test(q.label) || QUOTA.test(q.label));
        // (nor are people the unit employs off its posts under a cap of their own: "辅警实有人数426人，距控制数450名…")
        if ((q.family !== 'people' && !posts) || q.depth > 0 || NOT_POSTS.test(q.label) || AUXILIARY.test(q.label)) continue;
        const value = countValue(q);
        if (value === undefined) continue;
        // the place of the statement: where the words naming the figure start
        const at = quantitySrc(block.line, 0, c, { at: labelStart(sentence, q.at) + start, end: q.end + start }, excerpt);
        const src = { line: at.line, column: at.column, excerpt: at.excerpt };
        // ("核定事业编制186名，其中专业技术岗位编制172名、…、工勤岗位编制5名": quotas listed after 其中 are parts of the one before)
        const listedPart = kindAt >= 0 && sentence.lastIndexOf('其中', q.at) > kindAt;
        if (listedPart && (KIND.test(q.label) || QUOTA.test(q.label))) continue;
        // ("在职人员45人，其中行政编制30人、事业编制12人、工勤3人": the staff by the posts they hold, no quota)
        if (isPart && KIND.test(q.label)) continue;
        // ("全局核定编制1692名，…。其中：机关行政编制12名，…；中小学教职工编制1486名，…": a quota of a part listed after 其中, named by
        // what its posts are for, is a part of the quota stated, not the quota stated again)
        if (isPart && QUOTA.test(q.label) && fact.quota !== undefined && value < fact.quota.value) continue;
        if (KIND.test(q.label)) {
          kinds += value;
          kindSrc ??= src;
          if (kindAt < 0) kindAt = q.at;
        } else if (QUOTA.test(q.label)) total ??= { value, src };
        else if (ofKind && (ACTUAL.test(q.label) || ACTUAL_AFTER_QUOTA.test(q.label)) && !isPart) {
          perKind!.actual += value;
          perKind!.actualSrc ??= src;
          actualHere = q.at;
        } else if ((ACTUAL.test(q.label) || (ACTUAL_AFTER_QUOTA.test(q.label) && (total !== undefined || kindSrc !== undefined))) && !isPart && !(total === undefined && kindSrc !== undefined && OF_A_KIND.test(q.label) && fact.actual !== undefined)) {
          // (not one kind's staff after that kind's quota, once the unit's headcount is stated: "事业编制78名，实有事业人员72人，
          // 空编6名" in the problems part of a unit of 89 states no headcount of the unit; a unit of one kind's first statement does)
          // ("…；另有编外聘用人员5人，全局实有人员合计48人": a total after the staff off the quota counts them too)
          // (or counted on the lines just before: "另有政府雇员12人、编外聘用人员56人。编外聘用人员中：" … "全街道实有人员合计147人")
          // ("局机关核定行政编制18名，实有17人，项目具体承担科室为公共服务科，核定3人，实有3人": after the unit's headcount, one
          // stated after the name of a body of it is that body's, not the unit's again)
          if (recordedHere !== undefined && BODY_NAMED.test(sentence.slice(actualHere, q.at))) continue;
          // ("实有在编人员43名；另有离退休人员21名，实有人数合计64名": a total after the retired set apart counts them too; once the
          // staff serving are stated, it is no headcount of them)
          if (fact.actual !== undefined && RETIRED.test(sentence.slice(0, q.at)) && TOTAL_WORDS.test(clauseWords(sentence, q.at))) continue;
          const offQuotaBefore = (OFF_QUOTA.test(sentence.slice(0, q.at)) || (block.line > offQuotaLine && block.line - offQuotaLine <= OFF_QUOTA_REACH)) && /合计|总数|共计?|总共|一共/.test(clauseWords(sentence, q.at));
          const words = offQuotaBefore ? '职工合计' : clauseWords(sentence, q.at);
          // ("实有人员91人（含编外聘用人员12人）": the staff on the posts are the rest, 79)
          const included = OFF_INCLUDED.exec(sentence.slice(q.end));
          // ("年末实有人数52人（在职人员35人、退休人员17人）": a headcount the bracket after it breaks down into the serving and the
          // retired; the staff serving are its 在职 part)
          const servingPart = included ? undefined : servingInBracket(sentence.slice(q.end));
          const posted = included && Number(included[1]) < value ? value - Number(included[1]) : servingPart !== undefined && servingPart < value ? servingPart : value;
          record(fact, 'actual', posted, src, words, ofOrgan, ofWhole || WHOLE_UNIT.test(words));
          actualHere = q.at;
          recordedHere = src;
          recordedValue = posted;
        } else if (ACTUAL.test(q.label) && /在职|在编|在岗/.test(q.label)) serving ??= { value, src };
        if (isPart && actualHere > 0 && ACTUAL.test(q.label) && /在编/.test(q.label)) postedPart ??= { value, src };
        // (a part of a part, after that part's own lead: "…，其中在编人员21名、编外聘用人员6名，在编人员中行政人员7名、事业人员14名")
        if (isPart && actualHere > 0 && !SUBPART_LEAD.test(sentence.slice(actualHere, q.at))) {
          if (OFF_QUOTA.test(q.label)) {
            offQuotaPart = true;
            offSum += value;
          } else {
            onPostParts++;
            onPostSum += value;
          }
        }
      }
      // a headcount whose parts name the retired counts them too: the staff serving are its 在职 part
      if (retiredPart && serving && fact.actual !== undefined && fact.actual.src === (recordedHere ?? partsOf)) fact.actual = serving;
      // all the staff, 编外 included, broken down into those on the posts and the others: the quota is of the posts
      // (so is a headcount broken down so, whatever its name: "实有人数60人，其中在编人员46人、编外聘用人员14人" against 编制48人)
      // (or by the kinds on the posts, whatever they are named, where they and those off the posts make the headcount: "实有在职人员88人，
      // 其中：行政16人，事业59人，政府购买服务岗位13人" against 编制82名)
      const split = offQuotaPart && onPostParts > 0 && fact.actual !== undefined && onPostSum + offSum === fact.actual.value;
      if (recordedHere !== undefined && fact.actual?.src === recordedHere && ((postedPart && measures.get(fact) === 'all') || split)) {
        // (a sum of several kinds is stated nowhere by itself: placed at the headcount it is taken from)
        fact.actual = split ? (postedPart?.value === onPostSum ? postedPart : { value: onPostSum, src: fact.actual!.src }) : postedPart!;
        if (split && postedPart?.value !== onPostSum) summedPosts.add(fact);
        measures.set(fact, 'posted');
      }
      // ("实有在编人员396人…。全院在岗职工583人，其中在编人员396人、合同制人员187人": all the staff, broken down into those on the posts
      // stated before and those off them, is another figure than the staff on the posts, not it stated again)
      else if (recordedHere !== undefined && fact.actual !== undefined && fact.actual.src !== recordedHere && offQuotaPart && onPostParts > 0 && onPostSum + offSum === recordedValue && onPostSum === fact.actual.value && fact.mentions) {
        const here = recordedHere;
        fact.mentions = fact.mentions.filter((m) => m.src !== here);
        if (fact.mentions.length === 0) delete fact.mentions;
      }
      carried = recordedHere !== undefined && !retiredPart ? { src: recordedHere, serving } : undefined;
      // one total stated: it is the quota (its kinds after 其中 are parts of it); else the kinds add up
      if (ofKind && !total) {
        perKind!.quota += kinds;
        perKind!.quotaSrc ??= kindSrc;
        if (--perKind!.left === 0) {
          if (perKind!.quotaSrc) record(fact, 'quota', perKind!.quota, perKind!.quotaSrc);
          if (perKind!.actualSrc) record(fact, 'actual', perKind!.actual, perKind!.actualSrc, '', false);
        }
      } else if (total) record(fact, 'quota', total.value, total.src, '', ofOrgan, ofWhole);
      else if (kindSrc && !fact.quota) record(fact, 'quota', kinds, kindSrc, '', ofOrgan, ofWhole);
      stated = recordedHere ?? total?.src;
    }
  }
  // quota first, as the model is written
  return { ...(fact.quota ? { quota: fact.quota } : {}), ...(fact.actual ? { actual: fact.actual } : {}), ...(fact.mentions ? { mentions: fact.mentions } : {}) };
}

/** "人员编制 | 86 | 实有人数 | 81": a label cell and the figure in the cell after it. */
function rowStaffing(b: Block, fact: StaffingFact): void {
  const cells = b.normCells ?? [];
  for (let i = 0; i + 1 < cells.length; i++) {
    const label = cells[i]!.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
    if (!ROW_LABEL.test(label)) continue;
    const kind = QUOTA.test(label) && !KIND.test(label) ? 'quota' : ACTUAL.test(label) ? 'actual' : undefined;
    if (!kind) continue;
    const value = cellHeadcount(cells[i + 1]!);
    if (value === undefined) continue;
    const column = b.text.indexOf((b.cells?.[i + 1] ?? cells[i + 1]!).trim()) + 1;
    record(fact, kind, value, { line: b.line, column: Math.max(1, column), excerpt: (b.cells ?? []).join(' | ') });
  }
}

/**
 * The headcount a value cell states: a bare number (81, 81人), or the total of its kinds
 * ("行政33名,事业91名,合计124名": the figure named 合计 / 共计 / 总计); none when the cell states
 * several figures and no total.
 */
function cellHeadcount(cell: string): number | undefined {
  const bare = /^(\d+)(?:人|名)?$/.exec(cell.replace(/\s+/g, ''));
  if (bare) return Number(bare[1]);
  const text = compact(cell).text;
  const people = quantities(text).filter((q) => q.family === 'people' && q.depth === 0 && !RETIRED.test(q.label));
  // (the label drops a total word: read it before the figure)
  const total = people.filter((q) => /(?:合计|共计|总计|总数|共)(?:为|是)?$/.test(text.slice(Math.max(0, q.at - 4), q.at)));
  const q = total.length === 1 ? total[0] : people.length === 1 ? people[0] : undefined;
  return q ? countValue(q) : undefined;
}

/**
 * Posts left empty (空编, 缺编, 空缺编制) or filled beyond the quota (超编), said after the quota and the staff on
 * it: "核定编制186名，实有在编人员171人，空编15名" (quota = staff + empty posts); "核定编制20名，实有22人，超编2人"
 * (staff = quota + posts beyond). A kind's own (行政空编3名) is read against that kind's quota and staff (行政编制34名,
 * 在编行政人员31人).
 */
const VACANCY = /(?:(行政|事业|工勤|参公|政法专项)(?:编制)?)?(?:(空编|缺编|空缺编制|空余编制|编制(?:内)?空缺)|(超编))(?:人数|数|名额)?(?:为|是|了)?$/;
/** Staff on the posts, as a vacancy is reckoned from: 实有在编人员, 年末实有, 在职人员 (a bare 实有 is labelled 实). */
const ON_POSTS = /实有|在职|在编|在岗|实际|^实$|人员$|人数$/;
/** A quota named as the vacancy is not: 空编, 超编制 are no quota. */
const NOT_QUOTA = /[空缺超]编|空缺编制|空余编制|编制内?空缺/;
/** A gap between the staff and the quota, named by the comparison: 少于核定编制, 比编制数多. */
// (not 未超过核定编制166名: the quota itself)
const SHORT_OF_QUOTA = /(?:少于|多于|低于|高于)(?:核定)?编制|(?:比|较)(?:核定)?编制(?:数)?(?:少|多)/;
/** A figure set apart from the staff before it: 另有离退休人员95人, 此外聘用3人. */
const SET_APART = /^(?:另有|另外|此外|另|不含|不包括)/;
/** How far back a vacancy's quota may stand: its paragraph and the three before it. */
const VACANCY_REACH = 4;

const isQuotaFigure = (x: Quantity): boolean => (x.family === 'people' || (x.family === 'units' && x.unit === '个')) && (QUOTA.test(x.label) || KIND.test(x.label)) && !NOT_QUOTA.test(x.label) && !NOT_POSTS.test(x.label);
const sumOf = (xs: readonly Located[]): number => xs.reduce((n, x) => n + Number(x.q.number), 0);
const exactOf = (x: Located): boolean => x.q.family === 'people' && !x.q.approx && /^\d+$/.test(x.q.number);

/**
 * The quota and the staff a vacancy of the whole is reckoned from, when nothing else may be meant: going back, the
 * staff on the posts (with, after it, its parts adding up to it, and figures set apart: 另有离退休人员…), then the
 * quota (with, after it, its kinds adding up to it). Anything else between: none.
 */
function wholeVacancy(figures: readonly Located[], v: number): { quota: Located; staff: Located } | undefined {
  const seq: Located[] = [];
  let k = v - 1;
  for (; k >= 0; k--) {
    const x = figures[k]!;
    if (isQuotaFigure(x.q)) break;
    if (VACANCY.test(x.q.label)) continue;
    if (x.q.family !== 'people') continue;
    if (SET_APART.test(clauseLabel(x.s, x.q))) {
      // a figure set apart and its own parts in brackets after it
      while (seq.length > 0 && seq[0]!.q.depth > 0) seq.shift();
      continue;
    }
    seq.unshift(x);
  }
  if (k < 0 || seq.length === 0) return undefined;
  const staff = seq[0]!;
  if (staff.q.depth !== 0 || !exactOf(staff) || !ON_POSTS.test(staff.q.label) || RETIRED.test(staff.q.label) || OFF_QUOTA.test(staff.q.label) || isQuotaFigure(staff.q)) return undefined;
  // its parts, all of them: by depth, those at its own depth (其中…) and those in brackets each add up to it
  const rest = seq.slice(1);
  for (const depth of [0, 1]) {
    const parts = rest.filter((x) => (depth === 0 ? x.q.depth === 0 : x.q.depth > 0));
    if (parts.length > 0 && (parts.some((x) => !exactOf(x) || RETIRED.test(x.q.label) || OFF_QUOTA.test(x.q.label)) || sumOf(parts) !== Number(staff.q.number))) {
      // (bracketed figures of the parts' own kinds, 事业人员41人（全额拨款事业人员26人，差额拨款事业人员15人）, are
      // parts of parts: left to the sum above when those at its own depth add up)
      if (depth === 1 && rest.some((x) => x.q.depth === 0)) continue;
      return undefined;
    }
  }
  // the quota: one figure, or the total its kinds are listed under (核定编制96名，其中行政编制34名、…工勤编制4名)
  // (over the figures in brackets of a kind's own parts: 事业编制22名（其中执法大队16名、保障中心6名）)
  let first = k;
  while (first > 0 && (isQuotaFigure(figures[first - 1]!.q) || figures[first - 1]!.q.depth > 0)) first--;
  const run = figures.slice(first, k + 1).filter((x) => x.q.depth === 0 && isQuotaFigure(x.q));
  if (run.length === 0) return undefined;
  const quota = run[0]!;
  if (!exactOf(quota) && !(quota.q.family === 'units' && /^\d+$/.test(quota.q.number))) return undefined;
  if (run.length > 1 && (KIND.test(quota.q.label) || sumOf(run.slice(1)) !== Number(quota.q.number))) return undefined;
  // (one kind's quota alone, after another's, is no whole: "行政编制14名。事业编制22名，实有20人，空编2名"; a unit's
  // own is, named so: "…；国有林场核定事业编制40名，实有42人，超编2人")
  if (run.length === 1 && KIND.test(quota.q.label) && /^(?:其中)?[：，]?(?:核定)?(?:行政|事业|工勤|参公|政法专项|政法)编制(?:数)?$/.test(quota.q.label) && figures.slice(0, figures.indexOf(quota)).some((x) => isQuotaFigure(x.q))) return undefined;
  return { quota, staff };
}

/** A kind's own: that kind's quota (行政编制34名) and the one headcount of that kind after it (在编行政人员31人). */
function kindVacancy(figures: readonly Located[], v: number, kind: string): { quota: Located; staff: Located } | undefined {
  const bare = (label: string): string => label.replace(/^(?:其中)?[：，]?(?:核定|在编|实有|年末|编制内)?/, '').replace(/(?:为|是)$/, '');
  let qi = v - 1;
  while (qi >= 0 && !(isQuotaFigure(figures[qi]!.q) && bare(figures[qi]!.q.label) === `${kind}编制`)) qi--;
  if (qi < 0) return undefined;
  const staff = figures.slice(qi + 1, v).filter((x) => x.q.family === 'people' && !isQuotaFigure(x.q) && !VACANCY.test(x.q.label) && new RegExp(`^${kind}(?:人员|人数)$`).test(bare(x.q.label)));
  if (staff.length !== 1 || !exactOf(staff[0]!) || OFF_QUOTA.test(staff[0]!.q.label)) return undefined;
  return { quota: figures[qi]!, staff: staff[0]! };
}

/**
 * Each stated vacancy, as a sum: the quota as the staff on it plus the empty posts (or the staff as the quota plus
 * the posts beyond it). Read only where nothing else may be meant (wholeVacancy, kindVacancy), in the vacancy's
 * paragraph and the three before it, no table between.
 */
export function vacancyRelations(blocks: readonly Block[]): RelationFact[] {
  const out: RelationFact[] = [];
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (block.kind === 'row' || !NOT_QUOTA.test(block.norm)) continue;
    const figures: Located[] = [];
    let from = bi;
    while (from > 0 && bi - from < VACANCY_REACH - 1 && blocks[from - 1]!.kind !== 'row') from--;
    for (let b = from; b <= bi; b++) for (const s of stretches(blocks[b]!)) for (const q of s.qs) figures.push({ s, q });
    for (let v = 0; v < figures.length; v++) {
      const { s, q } = figures[v]!;
      if (s.line !== block.line || !exactOf(figures[v]!)) continue;
      const m = VACANCY.exec(q.label);
      // (each kind's own, "行政、事业、工勤各空编1名": no vacancy of the whole, which the 合计 after it gives)
      if (!m || q.label.charCodeAt(m.index - 1) === 0x5404 /* 各 */) continue;
      const pair = m[1] === undefined ? wholeVacancy(figures, v) : kindVacancy(figures, v, m[1]);
      if (!pair) continue;
      const { quota, staff } = pair;
      const over = m[3] !== undefined;
      const [total, parts] = over ? [staff, [quota, { s, q }]] : [quota, [staff, { s, q }]];
      const tf = figure(total.s, total.q);
      out.push({ relation: 'sum', subject: total.q.label, total: tf, parts: parts.map((p) => figure(p.s, p.q)), complete: true, shape: over ? '编制与超编' : '实有与空编', src: tf.src });
    }
  }
  return out;
}
