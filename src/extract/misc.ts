/**
 * Placeholders left from the template (XX, ××, 20XX, X万元, 某某, 【】), the self-evaluation score
 * and grade, and the years figures are stated for.
 */
import type { Block } from '../read/types.js';
import type { PlaceholderFact, ScoreFact, ScoreTable, SectionFact, YearRef } from './model.js';
import { cellOffset, GOT_CELL, labelValuePairs, MAX_CELL } from './cells.js';
import { matchesOf, sentences, sentenceSrc, sharesWord, src, upToFullStop, type Sentence } from './text.js';

const PLACEHOLDER = /20[XxＸ×]{2}年?|(?<![A-Za-z])[XxＸ×]{2,}(?![A-Za-z])|(?<![A-Za-z\d])[XxＸ×](?=(万元|元|人|个|家|项|%))|某某|【\s*】|\[\s*\]|_{4,}|＿{2,}/g;

/** The label of a web page's control, just before its empty box. */
const PAGE_CONTROL = /(?:字号|字体|文字大小|点击(?:数|量|次数)?|浏览(?:次数|量)?|背景色|阅读)\s*[：:]\s*$/;

/** Every placeholder pattern contains one of these characters: a cheap test before the full one. */
const MAY_HOLD_PLACEHOLDER = /[XxＸ×某【[_＿]/;
/** The name of a quantity, a factor of a formula before a multiplication sign (期数×人次×标准, 面积×单价=…). */
const FACTOR_BEFORE = /(?:[数量额价积率值]|标准)$/;

/**
 * A form's fill-in instruction, which says how long the text to write may be: （200字以内）, (不超过300字),
 * （限100字）. Left in a field, the field was not filled in (结合自评情况，说明项目自评总分…（200字以内）).
 */
const FILL_IN = /[（(](?:限|不超过|不多于)?\d{2,4}字(?:以内|以下|左右)?[）)]/;

export function extractPlaceholders(blocks: readonly Block[], fromLine: number): PlaceholderFact[] {
  const out: PlaceholderFact[] = [];
  for (const b of blocks) {
    if (b.line < fromLine) continue;
    if (b.norm.includes('字')) out.push(...fillInstructions(b));
    if (!MAY_HOLD_PLACEHOLDER.test(b.norm)) continue;
    for (const m of matchesOf(PLACEHOLDER, b.norm)) {
      // a web page's controls around a published report ("文字大小：[    ]", "点击：[]") hold no template blank
      if (m[0].startsWith('[') && PAGE_CONTROL.test(b.norm.slice(Math.max(0, m.index - 12), m.index))) continue;
      // a multiplication sign between the names of a formula's factors ("按“期数×人次×标准”核算") is no blank for a figure
      if (m[0] === '×' && FACTOR_BEFORE.test(b.norm.slice(Math.max(0, m.index - 2), m.index)) && /^×[^，。；\d]{1,6}[×=＝]/.test(b.norm.slice(m.index))) continue;
      out.push({ text: b.text.slice(m.index, m.index + m[0].length), src: src(b.line, m.index, excerptAround(b.text, m.index)) });
    }
  }
  return out;
}

/**
 * The fill-in instructions a block holds, each with the field it stands in: a table row's cell after
 * the field's label cell (评价结论 | 结合自评情况…（200字以内）), or a paragraph's text after its label
 * (评价结论：结合自评情况…（200字以内）). An instruction in a label cell (a form's heading that says
 * how long its answers may be) is no field left blank.
 */
function fillInstructions(b: Block): PlaceholderFact[] {
  const out: PlaceholderFact[] = [];
  if (b.kind === 'row') {
    let label = '';
    (b.normCells ?? []).forEach((cell, k) => {
      const t = cell.trim();
      if (t === '') return;
      if (label !== '' && FILL_IN.test(t)) out.push({ text: ((b.cells ?? [])[k] ?? t).trim(), field: label, src: src(b.line, cellOffset(b, k), b.text) });
      else if (label === '' && !FILL_IN.test(t)) label = t.replace(/\s+/g, '');
    });
    return out;
  }
  const m = FILL_IN.exec(b.norm);
  const colon = /^\s*([^：:，。；\d]{2,12})[：:]/.exec(b.norm);
  if (m && colon && m.index > colon[0].length) {
    const start = colon[0].length;
    out.push({ text: b.text.slice(start, m.index + m[0].length).trim(), field: colon[1]!.trim(), src: src(b.line, start, b.text) });
  }
  return out;
}

function excerptAround(text: string, at: number): string {
  const start = Math.max(0, text.lastIndexOf('。', at) + 1);
  const endDot = text.indexOf('。', at);
  return text.slice(start, endDot < 0 ? text.length : endDot + 1);
}

// (等次 and 档次 too, and a conclusion stated so: "自评等次为“优”", "综合评价结论为“优”", "属于“优”档次")
const GRADE = /(?:(?:自评|评价|绩效|综合)?(?:等级|等次|档次|结果|级别|评级|评价结论|结论)(?:为|是|：|评定为|评为)?|评为|评定为|确定为|属于)[“"]?(优秀|良好|优|良|中等|中|合格|差|较差|不合格)(?![\u4e00-\u9fff]{2}(?<!等次|等级|档次))/;
const GRADE_CELL = /^(?:自评|评价|绩效|综合)?(?:等级|等次|结果)$/;
const GRADE_OF: Record<string, string> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 合格: '中', 差: '差', 较差: '差', 不合格: '差' };

/** Not the self-evaluation: last year's result, another assessment (考核得分), a ranking. */
const OTHER_SCORE = /上年|去年|以前年度|考核|排名|评比|测评/;

/** Every score a sentence states (global), the total named as such among them too (自评总分98.73分). */
const SCORES = /(?:自评|综合|评价|最终|总)?(?:得分|评分|自评分|总分)(?:为|是|：)?\s*(\d{1,3}(?:\.\d+)?)\s*分/g;
/** A self-evaluation's result stated as the parts' scores (…得14.00分，…) and their 合计. */
// (or after 得分为：, the parts' scores named by their parts alone: "自评得分为：投入指标18.50分、…，合计95.00分")
const SCORE_SUMMED = /(?:(?:自评|评价)结果[^。]*?得|(?:自评|评价)?得分(?:为|是)?[：:][^。\d]*?|(?:自评|评价)?得分分别(?:为|是)[：:]?)\s*\d{1,3}(?:\.\d+)?\s*分[^。]*?(?:合计|共计|总计)(?:为|得)?\s*(\d{1,3}(?:\.\d+)?)\s*分/;
/** After a score: it bounds a grade band (以下, 以上, （含）, 至 …), no score got. */
const BAND_BOUND = /^\s*(?:[（(]含[)）]|[（(]不含[)）])?\s*(?:以下|以上|及以上|以内|至|到|[—~～-]\d)/;
/** Words before a 总分 that say it is what the scheme gives (指标体系…构成，总分100分), no score got. */
const FULL_MARKS_BEFORE = /(?:指标体系|评价体系|指标框架|评分标准|计分办法)[^。；]*$|(?:构成|组成|设置|设定)[，,]?$/;
/** Words before a score that name a part of the whole (绩效指标得分, 资金执行得分, 产出得分). */
// (and a rate's score: "预算执行率得分9.81分")
const PART_SCORE = /(?:指标|执行|资金|决策|过程|产出|效益|满意度|管理|率)$/;

/**
 * The self-score of a sentence: the one named as the total (总分, 总得分, 综合得分) before one of a part
 * ("绩效指标得分89.37分，加资金执行得分9.36分，项目自评总分98.73分" states 98.73), else the first.
 */
function bestScore(norm: string, tail = ''): { m: RegExpExecArray; rank: number } | null {
  let best: RegExpExecArray | null = null;
  let bestRank = -1;
  SCORES.lastIndex = 0;
  for (let m = SCORES.exec(norm); m !== null; m = SCORES.exec(norm)) {
    const named = m[0];
    // ("自评指标体系由…四个一级指标构成，总分100分": the marks there are to get, not the score)
    if (named.startsWith('总分') && FULL_MARKS_BEFORE.test(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
    // (nor after the parts' marks that add up to it: "预算执行率10分，产出指标50分，效益指标30分，满意度指标10分，总分100分")
    if (named.startsWith('总分') && marksAddUpTo(norm.slice(0, m.index), Number(m[1]))) continue;
    // (nor a bound of a grade band: "自评得分60分以下为“差”，60分（含）至80分为“中”…")
    if (BAND_BOUND.test(norm.slice(m.index + m[0].length))) continue;
    // (nor before the parts' full marks that make it: "本项目自评总分为100分，其中预算执行率分值10分，…；绩效指标分值90分，得89.5分")
    // (its parts may go on past the sentence's ；: `tail`, the rest of its paragraph up to the 。)
    if (/总分/.test(named) && fullMarksAfter(norm.slice(m.index + m[0].length) + tail, Number(m[1]))) continue;
    // (the self-score named so, 自评得分93.81分, over a part's score before it in the sentence)
    // (a score after a part's marks in its sentence is that part's: "产出指标分值50分，自评得分48分", "…分值10分，按执行率计算得分9.74分")
    const rank = /总分|总得分|综合得分|最终得分/.test(named) ? 2 : partMarksBefore(norm, m.index) ? 0 : /^自评得分/.test(named) ? 2 : PART_SCORE.test(norm.slice(Math.max(0, m.index - 6), m.index)) ? 0 : 1;
    if (rank > bestRank) {
      best = m;
      bestRank = rank;
    }
  }
  return best ? { m: best, rank: bestRank } : null;
}

/** Whether the figures named as full marks (分值, 满分) after a total in its sentence add up to it; two at least. */
function fullMarksAfter(after: string, total: number): boolean {
  return marksMake(after, total, true);
}

/** Whether the figures in 分 of a sentence's words, none of them a score got (得…), add up to `total`; two at least. */
function marksAddUpTo(before: string, total: number): boolean {
  return !/得/.test(before) && marksMake(before, total, false);
}

/** Whether the figures in 分 of a text (only those named as full marks, when `named`), two at least, add up to `total`. */
function marksMake(text: string, total: number, named: boolean): boolean {
  let sum = 0;
  let n = 0;
  for (const m of matchesOf(MARKS_FIGURE, text)) {
    if (named && m[1] === undefined) continue;
    sum += Number(m[2]);
    n++;
  }
  return n >= 2 && Math.abs(sum - total) < 1e-9;
}

/**
 * Whether the figure in 分 nearest before a score in its sentence is a part's marks, outside brackets and less than the whole's
 * 100: "产出指标分值50分，自评得分48分" (not "…得分18.99分（满分20分），…自评总分98.59分").
 */
function partMarksBefore(norm: string, at: number): boolean {
  const before = norm.slice(0, at);
  let last: RegExpExecArray | null = null;
  MARKS_FIGURE.lastIndex = 0;
  for (let m = MARKS_FIGURE.exec(before); m !== null; m = MARKS_FIGURE.exec(before)) last = m;
  return last !== null && last[1] !== undefined && Number(last[2]) < 100 && !/[（(][^）)]*$/.test(before.slice(0, last.index));
}
const MARKS_FIGURE = /((?:分值|满分)(?:为|是)?\s*)?(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分(?!值)/g;

/**
 * The self-evaluation score and grade. Candidates are ranked: a sentence in 九 naming 自评 first,
 * then any sentence naming 自评, then other sentences in 九; sentences about last year or another
 * assessment never count.
 */
/**
 * A sentence that states the year's score before a clause about another (上年, 考核 …): the same sentence with those clauses blanked
 * (same length, so places hold); undefined when the other score comes first, or there is no score of the year before it.
 */
function withoutOtherScores(s: Sentence): Sentence | undefined {
  const other = OTHER_SCORE.exec(s.norm)!;
  SCORES.lastIndex = 0;
  const first = SCORES.exec(s.norm);
  if (!first || first.index >= other.index || OTHER_SCORE.test(s.norm.slice(0, first.index))) return undefined;
  const norm = s.norm.replace(/[^，；。]+/g, (clause) => (OTHER_SCORE.test(clause) ? '　'.repeat(clause.length) : clause));
  return { ...s, norm };
}

/** A results table's column of scores or grades, and of what was evaluated. */
const RESULT_COLUMN = /^(?:自评|综合|评价|绩效)?(?:得分|评分|分数|等级|等次|结果)(?:情况)?(?:[（(]分[)）])?$/;
// (the column naming what was evaluated: 项目名称, 实施单位, 部门; not a form's 项目资金（万元） or 绩效指标)
const EVALUATED_COLUMN = /^(?:被评价|评价|实施|主管|责任)?(?:项目|单位|部门)(?:名称)?$|名称$/;
/** A column of the points a part can get: a form scoring its own parts, no list of others' results. */
const POINTS_COLUMN = /^(?:指标|执行率)?(?:分值|权重|满分|标准分)/;
/** A grade that names a class of a tally (为“优”的4个, 良好等次的10个), not the document's grade. */
const TALLIED = /^[”"]?(?:等级|等次|档次)?的?(?:项目|单位)?(?:计|共|有)?[\d一二三四五六七八九十]+[个项家]/;
/** "…12个重点项目…，评价等级为“优”的4个，为“良”的8个": the count before a tally of grades. */
const TALLY = /(\d+)个[^，。；\d]{0,12}(?:绩效)?(?:评价|自评)[^。；\d]{0,16}?(?:为|评为)?[“"]?(?:优秀?|良好?)[”"]?(?:等级|等次)?的(?:项目|单位)?(?:计|共|有)?\d+个/;

/**
 * How a score's source ranks: a sentence's rank (in 九, naming 自评) times 3 plus how its score is named (0 a part's, 1 plain,
 * 2 the whole's); a form's total row beats only sentences in 九 or naming 自评, a form's labelled cell every sentence.
 */
const FORM_TOTAL_RANK = 5;
const FORM_CELL_RANK = 18;

export function extractScore(blocks: readonly Block[], nine?: SectionFact, table?: ScoreTable, year?: number): ScoreFact {
  let best: { score?: [number, ScoreFact['score']]; grade?: [number, ScoreFact['grade']] } = {};
  let listed = 0;
  const results = new Map<number, { column: number; rows: number }>();
  // a form's score table: its total row's 得分 when nothing better states the score
  if (table?.total?.got !== undefined && /^\d{1,3}(?:\.\d+)?$/.test(table.total.got)) best.score = [FORM_TOTAL_RANK, { value: table.total.got, src: table.total.src }];
  const partScores = tablesScoringParts(blocks);
  for (const b of blocks) {
    if (b.kind === 'row') {
      formCells(b, best, partScores.has(b.table ?? -1));
      listed = Math.max(listed, resultRows(b, results));
      continue;
    }
    if (!/得分|评分|总分|等级|等次|评为|评定|结果|评级/.test(b.norm)) continue;
    const tally = TALLY.exec(b.norm);
    if (tally) listed = Math.max(listed, Number(tally[1]));
    const inNine = nine !== undefined && b.line > nine.line && b.line <= nine.endLine;
    for (const sentence of sentences(b)) {
      // ("自评得分93.80分，比上年自评得分91.50分提高2.30分，评价等级为“优秀”": this year's score stated first, a clause comparing it
      // with last year's after it; that clause is set aside, the rest read)
      const s = OTHER_SCORE.test(sentence.norm) ? withoutOtherScores(sentence) : sentence;
      if (!s) continue;
      // (nor a sentence about a year before the report's: "2022年度本项目实际支出…，自评等级为“良”。")
      const of = YEAR_LEAD.exec(s.norm);
      if (of && year !== undefined && Number(of[1]) < year) continue;
      const rank = (inNine ? 2 : 0) + (/自评/.test(s.norm) ? 3 : 0);
      if (rank === 0 && !/绩效|综合|总/.test(s.norm)) continue;
      // ("自评结果为：投入指标得14.00分，…，效益指标得23.20分，合计94.50分": the parts' scores and their total)
      // (of sentences ranked alike, one naming the whole score, "项目综合自评得分95.74分", over one stating a part's before it,
      // "…预算执行率指标分值10分，按执行率计算得分9.74分；")
      const found = bestScore(s.norm, s.norm.endsWith('；') ? upToFullStop(b.norm, s.start + s.norm.length) : '');
      const sc = found?.m ?? SCORE_SUMMED.exec(s.norm);
      const scoreRank = rank * 3 + (found ? found.rank : 2);
      if (sc && (!best.score || scoreRank > best.score[0])) best.score = [scoreRank, { value: sc[1]!, src: sentenceSrc(s, sc.index) }];
      const gr = GRADE.exec(s.norm);
      if (gr && TALLIED.test(s.norm.slice(gr.index + gr[0].length))) continue;
      // ("“一卡通”管理经费项目自评为“中”": the grade of one project the report names, not its own; 本项目 is its own)
      if (gr && /(?<![本该此])项目(?:绩效)?(?:自|自评|评价)?$/.test(s.norm.slice(Math.max(0, gr.index - 12), gr.index))) continue;
      // ("自评结果中，优3个、良1个": the 中 of 结果中 says "among", no grade)
      if (gr && /(?:等级|结果|级别)中$/.test(gr[0]) && /^[，,：:]/.test(s.norm.slice(gr.index + gr[0].length))) continue;
      // (a grade stated with a score, "自评得分为92.50分，评价等级为“优”", before one stated alone of a project the report names:
      // "警用装备购置经费自评等级为“良”")
      const gradeRank = rank + (sc ? 0.5 : 0);
      if (gr && (!best.grade || gradeRank > best.grade[0])) best.grade = [gradeRank, { value: GRADE_OF[gr[1]!]!, src: sentenceSrc(s, gr.index) }];
    }
  }
  const bands = statedBands(blocks);
  return { ...(best.score ? { score: best.score[1] } : {}), ...(best.grade ? { grade: best.grade[1] } : {}), ...(listed > 1 ? { listed } : {}), ...(bands ? { bands } : {}) };
}

/** One grade by score: "90分（含）以上为优秀", "75分（含）至89分为良好", "60分以下为不合格". */
const BAND = /(\d{2,3})分?(?:（含）|\(含\))?(以上|及以上|以下|以内)?(?:[至到—~～-]\d{2,3}(?:\.\d+)?分?(?:（不含）|\(不含\)|（含）)?(?:之间)?)?(?:的|者)?(?:为|评为|是|属于)[“"]?(优秀|良好|优|良|中等|中|合格|较差|差|不合格)/g;

/**
 * The grades by score a sentence states (three or more, the top one from a score and up): the document's own, which its self-score is
 * graded by; undefined when none is stated so.
 */
function statedBands(blocks: readonly Block[]): ScoreFact['bands'] {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !/分/.test(b.norm) || !/优|良/.test(b.norm)) continue;
    const bands: { grade: string; min: number }[] = [];
    for (const m of matchesOf(BAND, b.norm)) {
      const grade = GRADE_OF[m[3]!]!;
      if (bands.some((x) => x.grade === grade)) continue;
      bands.push({ grade, min: /以下|以内/.test(m[2] ?? '') ? 0 : Number(m[1]) });
    }
    if (bands.length >= 3 && bands.some((x) => x.grade === '优' && x.min > 0)) return bands.sort((a, b) => b.min - a.min);
  }
  return undefined;
}

/**
 * The rows with a result so far in a results table: a header row naming what was evaluated and a
 * score or grade column, then rows with a value in that column.
 */
function resultRows(b: Block, results: Map<number, { column: number; rows: number }>): number {
  const cells = b.normCells ?? [];
  const t = b.table ?? -1;
  const seen = results.get(t);
  if (!seen) {
    const column = cells.findIndex((c) => RESULT_COLUMN.test(c.replace(/\s+/g, '')));
    const words = cells.map((c) => c.replace(/\s+/g, ''));
    if (column >= 0 && words.some((c, i) => i !== column && EVALUATED_COLUMN.test(c)) && !words.some((c) => POINTS_COLUMN.test(c))) results.set(t, { column, rows: 0 });
    return 0;
  }
  const value = (cells[seen.column] ?? '').replace(/\s+/g, '');
  if (SCORE_VALUE.test(value) || GRADE_VALUE.test(value)) seen.rows++;
  return seen.rows;
}

/** A form's cells that name the score and the grade: 自评得分 | 78.69 | 自评等级 | 良. */
const SCORE_CELL = /^(?:自评|综合|最终)?(?:总分|总得分|得分|自评分)(?:（分）)?$/;
const SCORE_VALUE = /^(\d{1,3}(?:\.\d+)?)分?$/;
const GRADE_VALUE = /^[“"]?(优秀|良好|优|良|中等|中|合格|差|较差|不合格)[”"]?$/;


/**
 * The tables whose label | value pairs score a part (分值 | 10 … 得分 | 9.5, a project form's funds
 * part): their bare 得分 is that part's, not the form's self-score.
 */
function tablesScoringParts(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (const b of blocks) {
    if (b.kind !== 'row' || b.table === undefined) continue;
    if (labelValuePairs(b)?.some((p) => MAX_CELL.test(p.label))) out.add(b.table);
  }
  return out;
}

/** The score and grade a form states in labelled cells: they outrank any sentence. */
function formCells(b: Block, best: { score?: [number, ScoreFact['score']]; grade?: [number, ScoreFact['grade']] }, scoresParts = false): void {
  const cells = (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
  for (let i = 0; i + 1 < cells.length; i++) {
    const at = Math.max(0, b.text.indexOf((b.cells ?? [])[i + 1] ?? ''));
    const excerpt = (b.cells ?? []).join(' | ');
    // a label and its value, not a row label before columns ("总分 | 100 | 87.5" is 分值 and 得分)
    const paired = i + 2 >= cells.length || !/^[\d.—-]*$/.test(cells[i + 2]!);
    // (a bare 得分 beside a part's 分值 is that part's score)
    const sc = paired && SCORE_CELL.test(cells[i]!) && !(scoresParts && GOT_CELL.test(cells[i]!)) ? SCORE_VALUE.exec(cells[i + 1]!) : null;
    if (sc && (!best.score || best.score[0] < FORM_CELL_RANK)) best.score = [FORM_CELL_RANK, { value: sc[1]!, src: src(b.line, at, excerpt) }];
    const gr = GRADE_CELL.test(cells[i]!) ? GRADE_VALUE.exec(cells[i + 1]!) : null;
    if (gr && (!best.grade || best.grade[0] < 6)) best.grade = [6, { value: GRADE_OF[gr[1]!]!, src: src(b.line, at, excerpt) }];
  }
}

// (not the last year of a span, 2024/2025年榨季, 2021—2025年: a season or period the report's year is in)
const YEAR = /(?<!\d)(?<!\d[/／—–~～-])(20\d{2})年(?!\d)/g;
// (提高, 降低 … as 增长, 下降: "森林覆盖率由2022年的20.35%提高到20.62%")
const COMPARISON = /上年|去年|同比|较|比|以来|变动|变化|截至|至今|累计|同期|增长|下降|增加|减少|提高|提升|上升|降低|连续|以前|之前|规划|计划|预计|目标|结转|结余|预算安排|安排|下一年|明年|持平|相同/;

/**
 * The clauses after a sentence up to the 。 that ends them (a sentence ends at ；too): "2022年度…优良路率为68.50%；本年度比上年提高4.70个
 * 百分点" compares the year with the one before in its second clause group.
 */
function restOfSentence(norm: string, s: Sentence): string {
  const from = s.start + s.norm.length;
  return s.norm.endsWith('。') ? '' : upToFullStop(norm, from);
}

/**
 * "本年收入合计8,465.28万元（2023年度为7,628.90万元）": another year's figure in brackets right after a
 * figure, given beside it to compare with.
 */
function besideFigure(text: string, at: number, length: number): boolean {
  return /[\d元%人个项]\s*[（(]$/.test(text.slice(Math.max(0, at - 4), at)) && /^度?(?:为|是|：|:)?\s*[\d,.]+\s*(?:万元|亿元|元|%|人|个|项)/.test(text.slice(at + length));
}

/**
 * The figure of another year set beside the one a sentence opens with: "2023年度本年收入合计18,652.37万元，2022年度为17,208.45万元。"
 * (after that year, 为 / 是 / a colon and a figure).
 */
// (or named by its figure's words alone: "2023年度“三公”经费决算数14.27万元，2022年度“三公”经费决算数16.40万元")
const SIDE_BY_SIDE = /^度?(?:的?[^\d，。；]{0,10}?)?(?:为|是|：|:|数|额)\s*[\d,.]+\s*(?:万元|亿元|元|%|人|个|项)/;

/** A sentence that opens with a year, and the words after it ("2023年度“三公”经费合计支出…" → 年, “三公”经). */
const YEAR_LEAD = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?\s*(20\d{2})年度?([^\d，。；]{4})/;

/**
 * A year that names when something is to be done: after a word of plan or intent (将于2024年…支付, 拟于,
 * 计划/预计/力争2024年…, 待2024年…), 于/在 a year with …后 in its clause (于2024年质保期满后支付), or a year
 * followed by such a word (2024年将…). It dates a plan, not the figures of the sentence.
 */
// (and a delay: 推迟至2025年, 顺延到2025年, 延期至, 延至, 结转至, 调度至, 列入2025年…计划)
// (and a budget being drawn up: 编制2025年预算时, 在编制下一年度…)
// (and a deadline set: 确保2024年上半年全部支付完毕)
// (and what the results will serve as: 作为2024年度资金分配的重要参考, 用于2024年…)
const PLAN_BEFORE = /(?:将|即将)(?:于|在|到|至|从)$|(?:作为|用作|列为)$|(?:拟|待|定|计划|预计|预期|力争|争取|有望|准备|确保)(?:于|在|到|至|从)?$|(?:推迟|延迟|延期|顺延|延后|延长|延|结转|调整|调度|调剂|安排|移)(?:至|到)$|(?:列入|纳入)(?:该|本|我)?[\u4e00-\u9fff]{0,4}?$|编制$/;
const TIME_BEFORE = /[于在]$/;
/** After a year, its budget: "2024年该项目预算为…", "2024年度部门预算安排…". */
const LATER_BUDGET = /^度?[^，。；\d]{0,16}?预算/;
const PLAN_AFTER = /^度?[，,]?(?:将|拟|计划|预计|力争|争取)/;

function namesPlan(sentence: string, at: number, length: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + length);
  if (PLAN_BEFORE.test(before) || PLAN_AFTER.test(after)) return true;
  // 于2024年质保期满后: the time after which something is done; 于2025年初支付, 在2025年3月完工: when
  // it was done, a clause with no figure of its own
  const end = after.search(/[，。；,]/);
  const clause = end < 0 ? after : after.slice(0, end);
  return TIME_BEFORE.test(before) && (/后/.test(clause) || (EVENT.test(clause) && !/\d/.test(clause.replace(/^度?(?:\d{1,2}月(?:\d{1,2}日)?)?/, ''))));
}

/** A year naming a review whose findings are dealt with: 2022年度部门整体支出自评中发现的问题, 2023年审计指出的… */
/** Funds of the report's year handed down the year before: "2023年提前下达3,840.00万元" (the year of the advance, no data year). */
const ADVANCE = /^度?[^，。；\d]{0,6}?提前(?:下达|批复|预拨|拨付|预下达)/;
/** The year a rule was issued or revised: "《…实施细则》（2019年修订）", "2021年印发的…办法"; no year of the report's data. */
// (or set a standard: "按照2021年县财政局核定的定额标准执行")
// (or a contract signed then: "按照2021年签订的三年期物业服务合同支付")
const ISSUED = /^度?(?:修订|修正|印发|发布|颁布|施行|制定|出台)|^度?[^，。；\d]{0,10}?(?:核定|制定|印发|出台|发布)的[^，。；\d]{0,8}?(?:标准|办法|规定|细则|制度|意见)|^度?(?:\d{1,2}月)?(?:签订|签署)的[^，。；\d]{0,12}?(?:合同|协议)/;
const FOUND_IN = /^度?[^，。；\d]{0,14}?(?:自评|评价|审计|检查|巡视|巡察|督查|考核)(?:中|时|工作中)?(?:发现|指出|反馈|提出)/;

/** A paragraph under a run-in heading of a comparison with the year before: "3.与上年比较。2023年全县完成农房改造395户…". */
const COMPARISON_HEAD = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．。])?\s*[^，。；\d]{0,8}(?:与上年|同比|与以前年度|与往年|上年同期)[^，。；\d]{0,6}(?:比较|对比|相比|情况|分析)?[。：:]/;

/** A year compared with: 与2023年…相比, 比2023年, 较2023年度. */
const COMPARED_YEAR = /(?:与|比|较)((?:19|20)\d{2})年/g;

/** A year naming a budget or final accounts as a document: 公开了2024年度部门预算和2023年度部门决算 (the 决算 of the year before is published in the report's year). */
const DOCUMENT_OF = /^度?(?:本?部门|本?单位|本级)?(?:预算|决算|预决算)(?:报告|信息|草案|批复)?(?=$|[和及与、，。；])/;

/** How many year references before and after a year-led sentence one of the same subject is looked for. */
const BESIDE = 4;

/** Words that tell the years in turn: 自2019年起, 2020年以来, 连续两年, 逐年, 近三年, 历年. */
// (a season or a month between: "自2012年春季学期起", "从2019年9月起")
const HISTORY = /[自从](?:19|20)\d{2}年[^，。；\d]{0,6}?(?:\d{1,2}月)?(?:起|以来|开始)|(?:19|20)\d{2}年以来|连续[两二三四五六七八九十\d]+年|逐年|近[两二三四五十\d]+年|历年/;

/** What was done at a time: paid, finished, accepted. */
const EVENT = /^度?(?:初|底|末|年初|年底|上半年|下半年|\d{1,2}月(?:\d{1,2}日)?)?(?:[前内]|之前)?(?:才|陆续|全部|分批)?(?:支付|拨付|结算|兑付|到位|完工|竣工|完成|办结|验收|开工|实施|交付|投入使用|立项|批复|启动|开建|购置|购买|购入|建成|成立|设立)/;

/** A heading of a comparison with the year before: 与上年对比, 与上年度比较情况, 同比分析. */
const COMPARING_HEADING = /(?:与|和|同)上一?年度?(?:对比|比较|相比)|上年对比|同比(?:分析|情况)/;
/** A sentence of a year that compares it with 上年. */
// (or 同比: "2022年度…支出2316.40万元。2023年度项目支出3412.75万元，同比增长47.33%")
// (or a change over a ；: "2023年度改造小区数量增加3个，…；项目支出…，同比增长47.33%")
const YEAR_THEN_CHANGE = /(?:^|[。；])\s*(?:19|20)\d{2}年[^。]{0,60}?(?:(?:比|较)(?:上年|去年|上一年)|同比)/;

export function extractYears(blocks: readonly Block[], fromLine: number, future: (line: number) => boolean = () => false, reportYear?: number): YearRef[] {
  const out: YearRef[] = [];
  // the sentences in order, with the year and subject they open with: "2024年度“三公”经费合计支出30万元。"
  // then "2023年度“三公”经费合计支出28万元。" set the same subject side by side, an explicit comparison
  const leads: { year: string; subject: string }[] = [];
  let comparedBefore: { year: number; text: string } | undefined;
  const comparedAll: { year: number; text: string }[] = [];
  // (a part headed as a comparison with the year before, "（四）与上年对比", gives the figures of that year as such)
  let comparingPart = false;
  for (const b of blocks) {
    if (b.kind === 'paragraph' && b.norm.trim().length > 0 && b.norm.trim().length <= 24 && !/[。；]/.test(b.norm) && !/\d[万元%]/.test(b.norm)) comparingPart = COMPARING_HEADING.test(b.norm);
    // (a part about what will be done speaks of the coming years: "力争2025年机械化清扫率达到86%")
    if (b.line < fromLine || b.kind !== 'paragraph' || !/20\d{2}年/.test(b.norm) || future(b.line)) {
      if (b.kind === 'paragraph' && b.norm.trim() !== '') comparedBefore = undefined;
      continue;
    }
    // (a paragraph that tells the years in turn, "自2019年起全面推行…，2021年、2022年连续两年…。2022年度本项目实际支出…",
    // gives the figures of the years before as their history)
    // (or one whose sentence of the report's year compares it with 上年: "2022年我县完成改造104户，…。2023年改造户数比上年增加24户")
    const history = HISTORY.test(b.norm) || COMPARISON_HEAD.test(b.norm) || comparingPart || YEAR_THEN_CHANGE.test(b.norm);
    for (const s of sentences(b)) {
      const lead = YEAR_LEAD.exec(s.norm);
      // (a sentence right after one that compares with a year, of that year: "与2023年实际支出15.92万元相比，减少1.16万元。"
      // then "2023年支出中，公务接待费0.74万元，…" details the year compared with)
      // (of the same subject: its words are in the sentence that compares, or it names none, "2023年支出中")
      const named = lead ? lead[2]!.replace(/支出|收入|中$/g, '') : '';
      // (or any sentence of the document before that compared the same subject with that year: "与2022年度相比，…本年支出合计增加523.12万元"
      // … "2022年度本年支出合计8,012.55万元。")
      const leadYear = lead ? Number(lead[1]) : undefined;
      const compared = comparedBefore && (named.length < 2 || sharesWord(named, comparedBefore.text)) ? comparedBefore.year : named.length >= 2 && comparedAll.some((c) => c.year === leadYear && sharesWord(named, c.text)) ? leadYear : undefined;
      comparedBefore = undefined;
      for (const c of matchesOf(COMPARED_YEAR, s.norm)) {
        comparedBefore = { year: Number(c[1]), text: s.norm };
        comparedAll.push(comparedBefore);
      }
      // (or with 上年, in a sentence of a year: "2023年项目资金较上年780.00万元增加…。" then "2022年项目全年预算780.00万元、…" gives 2022's)
      if (!comparedBefore && lead && /(?:比|较|与)(?:上年|去年|上一年)/.test(s.norm)) comparedBefore = { year: Number(lead[1]) - 1, text: s.norm };
      for (const m of matchesOf(YEAR, s.norm)) {
        // (nor the budget of a year after the report's, "2024年该项目预算为980.00万元": a plan for the coming year)
        if ((reportYear !== undefined && Number(m[1]) > reportYear && LATER_BUDGET.test(s.norm.slice(m.index + m[0].length))) || namesPlan(s.norm, m.index, m[0].length) || FOUND_IN.test(s.norm.slice(m.index + m[0].length)) || DOCUMENT_OF.test(s.norm.slice(m.index + m[0].length)) || ADVANCE.test(s.norm.slice(m.index + m[0].length)) || ISSUED.test(s.norm.slice(m.index + m[0].length))) continue;
        leads.push(lead ? { year: lead[1]!, subject: lead[2]! } : { year: '', subject: '' });
        out.push({
          year: Number(m[1]),
          comparison: history || COMPARISON.test(s.norm) || COMPARISON.test(restOfSentence(b.norm, s)) || besideFigure(s.norm, m.index, m[0].length) || compared === Number(m[1]) || (lead !== null && lead[1] !== m[1] && m.index > 0 && SIDE_BY_SIDE.test(s.norm.slice(m.index + m[0].length))),
          hasFigure: /\d(万元|亿元|元|%)/.test(s.norm),
          src: sentenceSrc(s, m.index),
        });
      }
    }
  }
  for (let i = 0; i < out.length; i++) {
    const l = leads[i]!;
    if (!l.year || out[i]!.comparison) continue;
    // a sentence near it (within a few year references) opening with another year and the same subject
    // ("2023年“三公”经费财政拨款预算…" … "2022年“三公”经费支出中，公务用车运行维护费26.12万元…")
    let beside = false;
    for (let k = Math.max(0, i - BESIDE); k <= Math.min(out.length - 1, i + BESIDE) && !beside; k++) {
      const x = leads[k]!;
      beside = k !== i && x.year !== '' && x.year !== l.year && x.subject === l.subject;
    }
    if (beside) out[i]!.comparison = true;
  }
  return out;
}
