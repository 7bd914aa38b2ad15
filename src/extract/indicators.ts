/**
 * Indicator tables (一级/二级/三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分) from .docx tables:
 * targets paired with results on the same row, and the score table (分值, 得分, 合计/总分 row).
 * Vertically merged cells arrive empty: a blank 一级指标 cell continues the one above.
 */
import type { Block } from '../read/types.js';
import type { FigureFact, GoalFact, RelationFact, ScoreRow, ScoreTable, Src } from './model.js';
import { INDICATOR_UNITS, NO_CAUSE, unitAlternation } from './lexicon.js';
import { sharesWord, src } from './text.js';
import { alignedHeader, captionHeading, cellOffset, filledLength as filled, GOT_CELL, labelValuePairs, MAX_CELL, onGrid } from './cells.js';

export const NAME = /一级指标|二级指标|三级指标|指标名称|绩效指标|指标内容|评价指标|评价内容|考核指标|考核内容|^指标$/;
export const TARGET = /年度指标值|目标值|指标值|预期值|年度目标|预期目标/;
export const RESULT = /实际完成值|完成值|实际值|实际完成|完成情况/;
// 分值 / 权重 / 标准分, also a form's 指标权重（分） and its funds part's 执行率权重
const MAX = /^(?:指标|执行率)?(?:分值|权重|标准分)/;
// 得分 / 自评得分 / 评分, also 指标得分（分） and 执行率得分（分）; never 得分系数 or 得分率
const GOT = /^(?:指标|执行率)?得分(?!系数|率)|^自评得分|^评分/;
// (with a note in brackets: 总分（含预算执行率10分）, 合计（含预算执行率）)
const TOTAL = /^(合计|总分|总计|小计)(?:[（(][^（）()]*[）)])?$/;
/** A score row numbered as a part (一、投入) and as a part of one ((一)预算编制). */
const NUMBERED_TOP = /^[一二三四五六七八九十]{1,3}[、.．]/;
const NUMBERED_SUB = /^[（(][一二三四五六七八九十]{1,3}[)）]/;

/**
 * Rows of a score table that stand for the rows under them, where those make them up (their 分值 add up to its 分值): a row numbered
 * as a part over rows numbered under it or not numbered at all ("一、投入 | 15" over "（一）预算编制 | 8" or "预算编制 | 8"), and a row of
 * a class of indicators over the classes under it its next row opens with 其中 ("产出指标 | 90" over "其中：数量指标 | 50", "质量指标 | 40";
 * not an indicator over one named 其中…, "建设高标准农田面积 | 10" over "其中高效节水灌溉面积 | 5", scored apart).
 */
const CLASS_PARENT = /^(?:产出|效益|满意度|决策|过程|投入|管理)指标$/;
const CLASS_UNDER = /^其中[：:]?(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标$/;
function rowsOverTheirs(rows: readonly ScoreRow[]): ScoreRow[] {
  const out: ScoreRow[] = [];
  const addsUp = (parent: ScoreRow, kids: readonly ScoreRow[]): boolean => kids.length > 0 && Math.abs(kids.reduce((a, k) => a + Number(k.max), 0) - Number(parent.max)) < 1e-6;
  const numbered = rows.some((r) => NUMBERED_TOP.test(r.name));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (numbered && NUMBERED_TOP.test(r.name)) {
      const kids: ScoreRow[] = [];
      for (let j = i + 1; j < rows.length && !NUMBERED_TOP.test(rows[j]!.name); j++) kids.push(rows[j]!);
      if (addsUp(r, kids)) out.push(r);
    } else if (CLASS_PARENT.test(r.name) && CLASS_UNDER.test(rows[i + 1]?.name ?? '')) {
      const kids: ScoreRow[] = [];
      let sum = 0;
      for (let j = i + 1; j < rows.length && sum < Number(r.max) - 1e-6; j++) {
        kids.push(rows[j]!);
        sum += Number(rows[j]!.max);
      }
      if (addsUp(r, kids)) out.push(r);
    } else if (r.name === r.level1 && rows[i + 1]?.level1 === r.level1 && rows[i + 1]!.name !== r.name) {
      // (or a row named in its first column alone over rows named in the next, its own blank: "投入 | | 20 | 18.5" over " | 预算编制 |
      // 10 | 9.5" and " | 预算执行 | 10 | 9.0")
      const kids: ScoreRow[] = [];
      for (let j = i + 1; j < rows.length && rows[j]!.level1 === r.level1 && rows[j]!.name !== r.name; j++) kids.push(rows[j]!);
      if (addsUp(r, kids)) out.push(r);
    }
  }
  return out;
}
/** A group's subtotal row named by its group: 投入小计, 产出指标小计. */
const SUBTOTAL = /^[\u4e00-\u9fff（）()]{1,12}小计$/;
/** A form's row that says why its indicators fell short, for all of them (偏差原因分析及改进措施 | …). */
const CAUSE_ROW = /^(?:偏差原因|原因分析|未完成原因|主要问题|存在问题)/;
/** Words every indicator and every cause may hold: no sign that a cause is about an indicator. */
const GENERIC = new Set(['指标', '完成', '情况', '目标', '工作', '项目', '资金', '年度', '实际', '计划']);
/** A header naming the indicators with their share of the marks: 绩效指标（90分）. */
const INDICATORS_WEIGHT = /^(?:绩效指标|评价指标|指标)[（(](\d{1,3})分[)）]$/;
/** The units an indicator's value may carry (in ten thousands too: 万亩, 万人), and the marks of a score (分). */
const UNITS = `万?(?:${unitAlternation([...INDICATOR_UNITS, '分'])})`;
// (a unit may name its alternative in brackets: 436台（套）)
// (its thousands grouped: ≥1,000个, 11,860户)
// (visits to what is counted, 1,356家次, 户次: counted in the measure word, as the text reads them)
// (a standard per head and year, 6,480元/人·年: in its unit, as a target in prose states it, 每人每年6,360元)
const QTY_SHAPE = new RegExp(`^(≥|≤|>|<|=|不低于|不少于|不高于|不超过|达到)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(${UNITS})?(?:(?<=[家户件车台架艘场])次)?(?:[/／][\\u4e00-\\u9fff]{1,2}(?:[·・][\\u4e00-\\u9fff])?)?(?:[（(][\\u4e00-\\u9fff]{1,2}[）)])?\\s*(以上|以内|以下)?$`);

/** A cell holding one quantity: its sign, its number (without the thousands separators), its unit, its 以上/以内. */
const QTY = {
  exec(cell: string): RegExpExecArray | null {
    const m = QTY_SHAPE.exec(cell);
    if (m && m[2]!.includes(',')) m[2] = m[2]!.replace(/,/g, '');
    return m;
  },
  test(cell: string): boolean {
    return QTY_SHAPE.test(cell);
  },
};

/** A cell that only holds its place: —, -, /, 无. */
const PLACEHOLDER = /^(?:[—–\-－/／、…]+|无)$/;
/** A unit in brackets at the end of an indicator's name: 面积（万亩）, 资金（万元）, 时限（个工作日）. */
const NAMED_UNIT = new RegExp(`[（(](${UNITS})[）)]$`);

/**
 * A column that holds the target's comparison sign apart from its value (Sichuan's form: 指标性质 |
 * 指标值 | 度量单位, "≤ | 24 | 小时"), and one that holds the unit of the target and the result. A
 * 指标性质 column may instead say 定量指标 / 定性指标: only a sign in it counts (or 正向 / 反向: higher or lower is better).
 */
const SIGN_HEAD = /^(?:指标性质|指标方向|比较符号?|符号|运算符)$/;
const UNIT_HEAD = /^(?:度量单位|计量单位|单位)$/;
const SIGNS: Record<string, string> = { '≥': '≥', '≧': '≥', '>=': '≥', '＞＝': '≥', '大于等于': '≥', '≤': '≤', '≦': '≤', '<=': '≤', '＜＝': '≤', '小于等于': '≤', '>': '>', '＞': '>', '大于': '>', '<': '<', '＜': '<', '小于': '<', '=': '=', '＝': '=', '等于': '=', 正向: '≥', 正向指标: '≥', 反向: '≤', 反向指标: '≤' };
const UNIT_CELL = new RegExp(`^(?:${UNITS}|[\u4e00-\u9fff]{1,3})$`);

/** A target's comparison (QTY's match): a floor (≥, 不低于, 以上, or none) or a cap (≤, 不超过, 以内). */
function comparatorOf(t: RegExpExecArray, name = ''): 'min' | 'max' {
  return /≥|>|不低于|不少于|达到/.test(t[1] ?? '') || t[4] === '以上' ? 'min' : /≤|<|不高于|不超过/.test(t[1] ?? '') || /以内|以下/.test(t[4] ?? '') ? 'max' : LOWER_IS_BETTER.test(name) ? 'max' : 'min';
}

/**
 * A rate of what should not happen, or a cost, whose target a table writes without ≤ ("运输投诉率 | 5% | 3.2%"): at most, not at least. Only
 * for a target given with no sign.
 */
// (and a cost per item, named so at its end: "单场演出成本 | 6000 | 5351.56", 每公里造价, 亩均单价; not 成本节约率; and a budget's control,
// carry-over and adjustment rates: "“三公”经费控制率 | 100 | 87.47", "结转结余率 | 5 | 3.57")
const LOWER_IS_BETTER = /投诉率|事故(?:发生)?率|发生率|差错率|失误率|超标率|超概算率|返工率|违规率|不合格率|损失率|死亡率|发病率|误报率|流失率|辍学率|空置率|复发率|控制率|结转结余率|结余率|调整率|(?:成本|单价|均价|造价)(?:[（(][^（）()]*[）)])?$/;

interface Columns {
  names: number[];
  target: number;
  result: number;
  signs: number[];
  unit: number;
  max: number;
  got: number;
  cause: number;
}

export interface Indicators {
  targets: GoalFact[];
  results: GoalFact[];
  /** Targets of rows whose result cell is blank (a form not filled in): no result, not a result in words. */
  unanswered: GoalFact[];
  /** The cause the row's 偏差原因 cell states, by result (a dash or 无 states none). */
  causes: (Src | undefined)[];
  scoreTable?: ScoreTable;
  /**
   * The sums of a table of scores with its own 合计 row besides the score table (an evaluation's table of
   * one 一级指标's items, 指标 | 目标值 | 完成值 | 分值 | 得分 … 合计 | 40 | 35.89): its 分值 and 得分 columns.
   */
  scoreSums: RelationFact[];
}

function header(cells: string[]): Columns | undefined {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c));
  const names = cells.map((c, i) => (NAME.test(c) ? i : -1)).filter((i) => i >= 0);
  // (a row's own 分值 follows the last name column: "一级指标 | 分值 | 二级指标 | 分值 | 得分" gives each level its weight, the
  // first repeated on every row of its level when the merged cell is spread)
  const lastName = names.length > 0 ? names[names.length - 1]! : -1;
  const ownMax = cells.findIndex((c, i) => i > lastName && MAX.test(c));
  const cols = {
    names,
    target: find(TARGET),
    result: find(RESULT),
    // (two of them, "指标性质 | 指标方向", with 反向 | 小于等于: either may hold the sign)
    signs: cells.map((c, i) => (SIGN_HEAD.test(c) ? i : -1)).filter((i) => i >= 0),
    unit: find(UNIT_HEAD),
    max: ownMax >= 0 ? ownMax : find(MAX),
    // (and its own 得分 after it: "一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分" scores the row by its second pair)
    got: ownMax >= 0 && cells.some((c, i) => i > ownMax && GOT.test(c)) ? cells.findIndex((c, i) => i > ownMax && GOT.test(c)) : find(GOT),
    // 偏差原因分析及改进措施: where a form says why an indicator fell short (偏差说明 too)
    cause: find(/原因|偏差说明|偏离说明|差异说明/),
  };
  return cols.names.length > 0 && ((cols.target >= 0 && cols.result >= 0) || (cols.max >= 0 && cols.got >= 0)) ? cols : undefined;
}

/** The header of a funds table that scores budget execution (年初预算数 … 分值 | 执行率 | 得分). */
function fundsHeader(cells: string[]): { max: number; got: number } | undefined {
  const max = cells.findIndex((c) => MAX.test(c));
  const got = cells.findIndex((c) => GOT.test(c));
  return max > 0 && got > 0 && cells.some((c) => /预算数|执行数/.test(c)) ? { max, got } : undefined;
}

export function extractIndicators(blocks: readonly Block[]): Indicators {
  const out: Indicators = { targets: [], results: [], unanswered: [], causes: [], scoreSums: [] };
  let cols: Columns | undefined;
  let funds: { max: number; got: number } | undefined;
  let table = -1;
  /** The header's cells up to its last column of figures, and its last name column. */
  let width = 0;
  let lastName = 0;
  let level1 = '';
  const rows: ScoreRow[] = [];
  /** The rows of a funds table (年度资金总额 | … | 分值 | 得分), scored as 预算执行. */
  const fundsTableRows = new Set<ScoreRow>();
  const formCauses: { table: number; text: string; src: Src }[] = [];
  /** The table of each target read. */
  const tableOf: number[] = [];
  let total: ScoreTable['total'];
  /** The table of the 合计 row read, and the rows with their 合计 closed before it (a new table of scores after a 合计). */
  let totalTable: number | undefined;
  // whether the rows since the last group are of a table of their own, under its own header
  let ownTable = false;
  /** Where the 合计 row's 得分 stands (its src is the row's start). */
  let totalGot: Src | undefined;
  const groups: { rows: ScoreRow[]; total?: NonNullable<ScoreTable['total']>; got?: Src }[] = [];
  /** The table and the shape (whether it states targets and results) of the last header of scores. */
  let headed: { table: number | undefined; targets: boolean } | undefined;
  /** Where each row's 分值 stands (a row's src is its 得分's). */
  const maxAt = new Map<ScoreRow, Src>();
  // rows that stand for a group of the rows under them, left out where those rows are there: "一、投入 | 20 | 18.5" over "（一）预算编制 |
  // 10 | 9", and "投入 | 小计 | 20 | 18.5" over " | 预算编制 | 10 | 9" (kept where the group lists no rows of its own)
  const groupRows = new Set<ScoreRow>();
  const parents = new Set<ScoreRow>();
  let indicatorsMax: string | undefined;
  for (let bi = 0; bi < blocks.length; bi++) {
    // (a .docx row with merged cells on its table's grid: 总分 spanning the name columns stands over them)
    const b = onGrid(blocks[bi]!);
    if (b.kind !== 'row' || !b.normCells) continue;
    const raw = b.normCells.map((c) => c.replace(/\s+/g, ''));
    /** Where cell k starts in the row's text. */
    const offset = (k: number): number => (b === blocks[bi] ? b.normCells!.slice(0, k).join('\t').length + (k > 0 ? 1 : 0) : cellOffset(b, k));
    // a header row starts (or restarts) the indicator columns; a funds table's header (年度资金总额
    // with 分值 and 得分: the form's 预算执行率 points) gives its score row to the same score table.
    // A header row is lined up with the data row after it (a cell lost or gained at the left).
    let h = header(raw);
    let f = h ? undefined : fundsHeader(raw);
    let cells = raw;
    const next = bi + 1 < blocks.length ? onGrid(blocks[bi + 1]!) : undefined;
    if ((h || f) && next?.kind === 'row' && next.table === b.table && next.normCells) {
      cells = alignedHeader(raw, next.normCells);
      if (cells.length !== raw.length) {
        h = header(cells);
        f = h ? undefined : fundsHeader(cells);
      }
    }
    if (b.table !== table) {
      table = b.table ?? -1;
      cols = undefined;
      funds = undefined;
      level1 = '';
      // (a table with no heading row whose caption gives its columns: "…完成情况如下（指标名称｜年度目标值｜实际完成值）："; its first row is data)
      // (its targets and results only: such a table often shows one level of the indicators, "产出指标各项完成情况（年度指标值／实际完成值／
      // 分值／得分）：", and its points are no whole score table's)
      const captioned = !h && !f ? captionHeading(blocks, bi, raw.length) : undefined;
      const found = captioned ? header(captioned) : undefined;
      const ch = found && found.target >= 0 && found.result >= 0 ? { ...found, max: -1, got: -1 } : undefined;
      if (ch) {
        cols = ch;
        width = Math.max(ch.target, ch.result) + 1;
        lastName = Math.max(...ch.names);
      }
    }
    // (the form's cause row: the indicators of its table that it names are explained by it)
    const label = raw.findIndex((c) => c !== '');
    if (label >= 0 && CAUSE_ROW.test(raw[label]!)) {
      const k = raw.findIndex((c, i) => i > label && c.length >= 8 && /[，；。]/.test(c));
      if (k > 0) {
        formCauses.push({ table: b.table ?? -1, text: raw[k]!, src: src(b.line, Math.max(0, offset(k)), b.text) });
        continue;
      }
    }
    if (h) {
      // (a table of scores after another's 合计 row: its rows make their own 合计, not the one before)
      if (total && b.table !== totalTable && h.max >= 0 && h.got >= 0) {
        groups.push({ rows: rows.splice(0), total, ...(totalGot ? { got: totalGot } : {}) });
        ownTable = true;
        total = undefined;
      }
      // (a table of scores of another shape after one with no 合计 row, "一级指标 | 分值 | 得分 | 得分率" after the
      // indicators' "…| 年度指标值 | 实际完成值 | 分值 | 得分": a summary by level, its rows a whole of their own)
      // (not the funds table's row read after a summary's 合计: it is scored with the indicators' table it stands over)
      else if (!total && rows.some((r) => !fundsTableRows.has(r)) && headed && headed.table !== b.table && headed.targets !== (h.target >= 0) && h.max >= 0 && h.got >= 0) {
        groups.push({ rows: rows.splice(0) });
        ownTable = true;
      }
      if (h.max >= 0 && h.got >= 0) headed = { table: b.table, targets: h.target >= 0 };
      const w = raw.map((c) => INDICATORS_WEIGHT.exec(c)).find((m) => m !== null);
      if (w) indicatorsMax = w[1]!;
      cols = h;
      // (to the last column of figures: a cause column after it is often left empty)
      width = Math.max(h.target, h.result, h.max, h.got) + 1;
      lastName = Math.max(...h.names);
      funds = undefined;
      continue;
    }
    if (f) {
      // (a funds table after another table's 合计 row, "评价内容 | 分值 | 得分 … 合计 | 30 | 29.28" then the form's "项目资金 | 年初预算数 | … |
      // 分值 | 执行率 | 得分": its row is scored with the form's indicators below it, not in the 合计 before it)
      if (total && b.table !== totalTable) {
        groups.push({ rows: rows.splice(0), total, ...(totalGot ? { got: totalGot } : {}) });
        ownTable = true;
        total = undefined;
      }
      funds = f;
      cols = undefined;
      continue;
    }
    if (funds) {
      // (the row's name: its first cell, or the first filled one when the form's group name is merged
      // down the first column: 项目资金（万元） | 年度资金总额 | …)
      // (or no name at all, the header naming its figures: "年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 分值 | 执行率 | 得分"
      // over "1200.00 | 1350.00 | 1286.40 | 10 | 95.29% | 9.53")
      const label = cells.find((c) => c !== '') ?? '';
      const unnamed = /^[\d,.]+$/.test(label);
      // (or named by what it scores: "年度预算执行情况 | 10 | 9,935.20 | 9,702.58 | 97.66% | 9.77")
      if (/资金总额|预算执行|资金执行|^合计$/.test(label) || unnamed) {
        const mx = QTY.exec(cells[funds.max] ?? '');
        const gt = QTY.exec(cells[funds.got] ?? '');
        const at = src(b.line, Math.max(0, offset(funds.got)), b.text);
        if (mx && gt) {
          const row: ScoreRow = { name: unnamed ? '预算执行率' : label, level1: '预算执行', max: mx[2]!, got: gt[2]!, src: at };
          rows.push(row);
          fundsTableRows.add(row);
        }
      }
      continue;
    }
    if (!cols) continue;
    // a row shorter than the header: its first cells are merged with the rows above (一级、二级指标
    // written once for several rows), so its cells are the header's last ones ("补助农户数 | 20 | 30户 |
    // 30户 | 20" under "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分")
    // Only the name columns can be merged away, and the row lined up so must read as one: a name in
    // the last name column and figures under 分值 and 得分 (a web page's broken table is left alone)
    const n = filled(cells);
    // (or, its cause column filled, to that column: "数量指标 | 标准化茶叶初制所改造数量 | =8个 | 8个 | 6 | 6 | 无")
    const full = cols.cause === width ? width + 1 : width;
    let shift = n > 0 && n < width && width - n <= lastName && QTY.test(cells[n - 1] ?? '') ? width - n : n > 1 && n < full && full > width && full - n <= lastName && QTY.test(cells[n - 2] ?? '') && !QTY.test(cells[n - 1] ?? '') ? full - n : 0;
    if (shift > 0) {
      const moved = [...Array<string>(shift).fill(''), ...cells.slice(0, n)];
      const figureAt = (i: number) => i < 0 || QTY.test(moved[i] ?? '');
      if (moved[lastName] && !QTY.test(moved[lastName]!) && figureAt(cols.max) && figureAt(cols.got)) cells = moved;
      else shift = 0;
    }
    const at = (k: number) => {
      const i = Math.max(0, k - shift);
      return src(b.line, Math.max(0, offset(i)), b.text);
    };
    const first = cells[cols.names[0]!] ?? '';
    if (first) level1 = first;
    // (a dash or a slash in a name cell holds its place only: "预算执行率 | — | — | 100% | 96.35%" is named by its first cell)
    const name = [...cols.names].reverse().map((i) => cells[i] ?? '').find((c) => c.length > 0 && !PLACEHOLDER.test(c)) ?? '';
    // (a part's own subtotal, 产出小计 | | 35 | 34.12: no row of its own; the 合计 row is the table's total)
    if (SUBTOTAL.test(name) || SUBTOTAL.test(first)) continue;
    // (a group's 小计 in a name column after the group's: "投入 | 小计 | 20 | 18.5", of the group, not the table's total)
    const groupTotal = name === '小计' && level1 !== '' && level1 !== name && cols.names.length > 1 && cells[cols.names[0]!] !== name && !cells.some((c) => c !== '小计' && TOTAL.test(c));
    if (!groupTotal && (TOTAL.test(name) || cells.some((c) => TOTAL.test(c)))) {
      total = {
        ...(cols.max >= 0 && QTY.test(cells[cols.max] ?? '') ? { max: QTY.exec(cells[cols.max]!)![2]! } : {}),
        ...(cols.got >= 0 && QTY.test(cells[cols.got] ?? '') ? { got: QTY.exec(cells[cols.got]!)![2]! } : {}),
        src: at(0),
      };
      totalTable = b.table;
      totalGot = cols.got >= 0 ? at(cols.got) : undefined;
      continue;
    }
    if (!name) continue;
    if (cols.target >= 0 && cols.result >= 0) {
      // (a sign and a unit in columns of their own go with the value: ≤ | 24 | 小时 is ≤24小时)
      const sign = cols.signs.map((k) => SIGNS[(cells[k] ?? '').replace(/\s+/g, '')]).find((x) => x !== undefined) ?? '';
      const unitCell = cols.unit >= 0 && UNIT_CELL.test(cells[cols.unit] ?? '') ? cells[cols.unit]! : '';
      const targetCell = cells[cols.target] ?? '';
      const t = QTY.exec(sign && !/^[≥≤><=]/.test(targetCell) ? sign + targetCell : targetCell);
      // (a result stated as an average or as what was done: 平均36小时, 实际完成12个)
      const r = QTY.exec((cells[cols.result] ?? '').replace(/^(?:平均|实际(?:完成)?)/, ''));
      const shown = (cell: string, m: RegExpExecArray) => `${name}${m === t && sign && !/^[≥≤><=]/.test(cell) ? sign : ''}${cell}${m[3] === undefined && unitCell ? unitCell : ''}`;
      if (t && r) {
        // (a unit named with the indicator, 建成高标准农田面积（万亩） | ≥4.2 | 4.26)
        const unit = t[3] ?? r[3] ?? (unitCell || undefined) ?? NAMED_UNIT.exec(name)?.[1] ?? '';
        const comparator = comparatorOf(t, name);
        out.targets.push({ kind: 'target', subject: name, comparator, value: t[2]!, unit, approximate: false, cumulative: false, text: shown(targetCell, t), src: at(cols.target) });
        out.results.push({ kind: 'result', subject: name, comparator, value: r[2]!, unit: r[3] ?? unit, approximate: false, cumulative: false, text: shown(cells[cols.result] ?? '', r), src: at(cols.result) });
        const because = cols.cause >= 0 ? (cells[cols.cause] ?? '') : '';
        out.causes.push(because.length >= 4 && !NO_CAUSE.test(because) ? at(cols.cause) : undefined);
        tableOf.push(b.table ?? -1);
      } else if (t && (cells[cols.result] ?? '') === '') {
        const unit = t[3] ?? (unitCell || undefined) ?? NAMED_UNIT.exec(name)?.[1] ?? '';
        out.unanswered.push({ kind: 'target', subject: name, comparator: comparatorOf(t, name), value: t[2]!, unit, approximate: false, cumulative: false, text: shown(targetCell, t), src: at(cols.target) });
      }
    }
    if (cols.max >= 0 && cols.got >= 0) {
      const mx = QTY.exec(cells[cols.max] ?? '');
      const gt = QTY.exec(cells[cols.got] ?? '');
      if (mx && gt) {
        const row: ScoreRow = { name: groupTotal ? level1 : name, level1, max: mx[2]!, got: gt[2]!, src: at(cols.got) };
        rows.push(row);
        maxAt.set(row, at(cols.max));
        if (groupTotal) groupRows.add(row);
      }
      // an indicator's row with its 得分 left blank (a form not filled in): its 分值 still counts
      else if (mx && (cells[cols.got] ?? '') === '' && cols.target >= 0 && QTY.test(cells[cols.target] ?? '')) rows.push({ name, level1, max: mx[2]!, src: at(cols.max) });
    }
  }
  proseRows(blocks, out);
  out.causes.forEach((c, i) => {
    if (c) return;
    const named = formCauses.find((f) => f.table === tableOf[i] && sharesWord(out.targets[i]!.subject, f.text, GENERIC));
    if (named) out.causes[i] = named.src;
  });
  // a funds part set out as label | value pairs (全年执行数 | 468.00 … 分值 | 10 | 得分 | 9.5): its score
  // row belongs to the form's score table as a funds table's does
  // several tables of scores, each with its 合计: the score table is the one of the full marks (100),
  // else the last; rows after the last 合计 go with the table before them
  // (a group row is left out where rows of its group are there: a 小计 where its level1 has other rows, a numbered row where rows numbered
  // under it follow)
  for (const r of groupRows) if (rows.some((x) => x !== r && x.level1 === r.level1 && !groupRows.has(x))) parents.add(r);
  for (const list of [rows, ...groups.map((g) => g.rows)]) for (const r of rowsOverTheirs(list)) parents.add(r);
  if (parents.size > 0) {
    const keep = (list: ScoreRow[]): ScoreRow[] => list.filter((r) => !parents.has(r));
    rows.splice(0, rows.length, ...keep(rows));
    for (const g of groups) g.rows = keep(g.rows);
  }
  let main: { rows: ScoreRow[]; total?: ScoreTable['total'] } = { rows, total };
  if (groups.length > 0) {
    if (total) groups.push({ rows, total, ...(totalGot ? { got: totalGot } : {}) });
    // (a table of its own without a 合计, "二级指标得分情况如下：" after the 一级指标 table: no part of the one before)
    else if (!ownTable) groups[groups.length - 1]!.rows.push(...rows);
    main = groups.find((g) => g.total?.max === '100') ?? groups[groups.length - 1]!;
    for (const g of groups) if (g !== main) out.scoreSums.push(...groupSums(g.rows, g.total, g.got, maxAt));
  }
  // (a funds row whose score an indicator row of the budget's execution gives again, 分值10 得分9.07 both: one
  // indicator shown twice, counted once; the rows without it make the 总分)
  const execution = main.rows.filter((r) => !fundsTableRows.has(r) && /预算执行|资金执行|执行率/.test(`${r.level1}${r.name}`));
  const twice = (f: ScoreRow): boolean => execution.some((r) => r.max === f.max && r.got === f.got);
  main.rows = main.rows.filter((r) => !(fundsTableRows.has(r) && twice(r)));
  const fundsRows = pairFundsScores(blocks).filter((f) => !twice(f));
  // (a form flattened into lines, "年度资金总额：年初预算数…全年执行数…分值10 执行率97.04% 得分9.70": its funds
  // score, where no row of the table scores the budget's execution)
  if (fundsRows.length === 0 && main.rows.length > 0 && !main.rows.some((r) => /预算执行|资金执行|执行率/.test(`${r.level1}${r.name}`))) fundsRows.push(...fundsLineScore(blocks));
  main.rows.unshift(...fundsRows);
  const levels = main.rows.length > 0 ? levelStatements(blocks, main.rows) : [];
  const excerpt = main.rows.length > 0 && !main.total ? excerptOf(blocks, main.rows, levels) : undefined;
  if (main.rows.length > 0) out.scoreTable = { rows: main.rows, ...(main.total ? { total: main.total } : {}), ...(indicatorsMax !== undefined ? { indicatorsMax } : {}), ...(levels.length > 0 ? { levels } : {}), ...(excerpt ? { excerpt } : {}) };
  return out;
}

/** A caption that says a table shows some indicators only: 自评表（节选）, 主要指标, 部分指标. */
const EXCERPT_CAPTION = /节选|摘录|摘要|(?:主要|部分|重点)(?:绩效)?指标/;
/** A part of the total score the text states with its own 得分: 预算执行率得分9.5分, 决策指标得分19分 (after a clause mark or 其中). */
// (or with its full marks before: 项目决策指标分值20分，得19分)
// (or with them and no word for them, and how the score was reckoned: 预算执行率10分，按“执行率×10”计算得9.54分)
// (after the year and the project it is of, "经自评，2023年度森林防火项目预算执行率得分9.64分（执行率96.40%，分值10分）", its full marks
// in the bracket after the score)
const STATED_PART_SCORE = /(?:^|[，、：；。,]|其中)(?:(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,12}?项目)?([\u4e00-\u9fff]{2,10}?)(?:指标)?(?:(?:分值|满分)?(?:为|是)?(\d+(?:\.\d+)?)分[，,]?(?:实际|评价|自评|最终|[^，。；]{0,16}?))?(?:得分|得)(?:为|是)?(\d+(?:\.\d+)?)分(?:[（(][^（）()]{0,20}?(?:分值|满分)(\d+(?:\.\d+)?)分[）)])?/g;
/** A part's full marks in brackets after its name, and its score if given: （50分，得48分）, (10分). */
const MARKS_IN_BRACKETS = '[（(](\\d+(?:\\.\\d+)?)分(?:[，,；;]\\s*(?:实际|评价|自评|最终)?(?:得分|得)(?:为|是)?(\\d+(?:\\.\\d+)?)分)?[）)]';
/** A heading naming a part of the score with its full marks, and its score if given: （一）预算执行率（10分）, 2.满意度指标（10分，得9.5分）. */
const HEADED_PART = new RegExp(`^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、．])?\\s*([\\u4e00-\\u9fff]{2,12}?)${MARKS_IN_BRACKETS}$`);
/** Names of the whole score, not of a part of it: 项目自评得分, 综合得分, 总得分. */
const WHOLE_SCORE_NAME = /自评|综合|合计|总|最终|整体|项目|本/;

/**
 * Whether a score table without a 合计 row shows some of the form's indicators only (its sums are then no whole: neither the full
 * marks nor the total score): its caption, the paragraph right before it, says so (自评表（节选）, 主要指标); or the sentence stating
 * the levels' scores (其中：决策指标得分19分，过程指标得分18.5分，产出指标得分38分…) names parts of the total that have no row
 * in it (决策, 过程 for a table of 产出 and 效益 only; 预算执行率 and 满意度 for one of 产出 and 效益), with their scores.
 */
function excerptOf(blocks: readonly Block[], rows: readonly ScoreRow[], levels: NonNullable<ScoreTable['levels']>): ScoreTable['excerpt'] {
  const firstLine = rows[0]!.src.line;
  let k = blocks.findIndex((b) => b.line === firstLine);
  while (k > 0 && (blocks[k - 1]!.kind === 'row' || blocks[k - 1]!.norm.trim() === '')) k--;
  const before = k > 0 ? blocks[k - 1] : undefined;
  const caption = before && before.kind === 'paragraph' && before.norm.length <= 60 && EXCERPT_CAPTION.test(before.norm) ? before.text.trim() : undefined;
  const inTable = new Set(rows.map((r) => levelStem(r.level1)));
  for (const r of rows) inTable.add(levelStem(r.name));
  // (a funds row scores the budget's execution, whatever the text calls it: 预算执行率满分10分 beside "年度资金总额 | … | 10 | 96.15% | 9.61")
  if (inTable.has('预算执行')) for (const name of ['预算执行率', '资金执行率', '执行率', '预算执行情况', '资金执行']) inTable.add(name);
  // the sentences stating a level's score, by line: the parts of the total they name besides
  const stated = new Map<number, number[]>();
  for (const l of levels) for (const x of [l.max?.src, l.got?.src]) if (x) stated.set(x.line, [...(stated.get(x.line) ?? []), x.column - 1]);
  const missing: NonNullable<NonNullable<ScoreTable['excerpt']>['missing']> = [];
  // (a part's name as a level's, without 其中 or the project's own words before it; a name already known, or the whole's, is none)
  const partStem = (name: string): string => levelStem(name).replace(/^(?:其中|本项目|项目|部门)(?=[\u4e00-\u9fff]{2})/, '');
  const known = (stem: string): boolean => stem.length < 2 || WHOLE_SCORE_NAME.test(stem) || inTable.has(stem) || missing.some((x) => x.name === stem);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !/得/.test(b.norm)) continue;
    const sentence = (i: number): [number, number] => sentenceAround(b.norm, i);
    // (the sentences stating a level's score, and any other that scores a level of the table with others beside it: "各部分得分分别为：
    // 决策类指标得19分（满分20分），…；产出类指标得28.5分（满分30分）；…")
    const at = [...(stated.get(b.line) ?? [])];
    STATED_PART_SCORE.lastIndex = 0;
    for (let m = STATED_PART_SCORE.exec(b.norm); m !== null; m = STATED_PART_SCORE.exec(b.norm)) if (inTable.has(levelStem(m[1]!))) at.push(m.index + 1);
    if (at.length === 0) continue;
    const spans = at.map(sentence);
    for (const m of b.norm.matchAll(STATED_PART_SCORE)) {
      if (!spans.some(([from, to]) => m.index >= from - 1 && m.index < to)) continue;
      const stem = partStem(m[1]!);
      if (known(stem)) continue;
      const i = m.index + m[0].lastIndexOf(m[3]!);
      const [from, to] = sentence(i);
      const max = m[2] ?? m[4];
      missing.push({ name: stem, got: m[3]!, ...(max !== undefined ? { max } : {}), src: { ...src(b.line, i, b.text.slice(from, to)), length: m[3]!.length } });
    }
  }
  // parts of the score headed apart with their full marks, where the table's own levels are headed so too ("（一）预算执行率（10分）"
  // … "（二）产出指标（50分，得48分）" over the table's 产出 rows … "（四）满意度指标（10分，得9.5分）")
  const headed = blocks.flatMap((b) => {
    const m = b.kind === 'paragraph' && b.norm.length <= 40 ? HEADED_PART.exec(b.norm.trim()) : null;
    return m ? [{ b, m, stem: levelStem(m[1]!) }] : [];
  });
  if (headed.some((h) => inTable.has(h.stem))) {
    for (const { b, m, stem } of headed) {
      if (known(stem)) continue;
      const i = b.text.indexOf(m[2]!, b.text.indexOf(m[1]!));
      missing.push({ name: stem, max: m[2]!, ...(m[3] !== undefined ? { got: m[3] } : {}), src: { ...src(b.line, i, b.text.trim()), length: m[2]!.length } });
    }
  }
  // (or rows of another table that score parts by name, each cell with its label: "项目决策 | 分值20 | 得分19.5" … "合计 | 分值100 |
  // 得分97" beside a table of 产出、效益、满意度 rows)
  const own = blocks.find((b) => b.line === firstLine)?.table;
  for (const b of blocks) {
    if (b.kind !== 'row' || b.table === undefined || b.table === own) continue;
    const cells = (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
    const stem = partStem(cells[0] ?? '');
    let max: string | undefined;
    let got: string | undefined;
    for (const c of cells.slice(1)) {
      max ??= LABELLED_MAX.exec(c)?.[1];
      got ??= LABELLED_GOT.exec(c)?.[1];
    }
    if (max === undefined || !/^[\u4e00-\u9fff]+$/.test(stem) || known(stem)) continue;
    const i = Math.max(0, b.text.indexOf(max));
    missing.push({ name: stem, max, ...(got !== undefined ? { got } : {}), src: { ...src(b.line, i, b.text.trim()), length: max.length } });
  }
  if (caption === undefined && missing.length === 0) return undefined;
  return { ...(caption !== undefined ? { caption } : {}), ...(missing.length > 0 ? { missing } : {}) };
}
/** A cell that holds its label and its figure: 分值20, 满分：20; 得分19.5. */
const LABELLED_MAX = /^(?:分值|满分|标准分)[：:]?(\d{1,3}(?:\.\d+)?)分?$/;
const LABELLED_GOT = /^(?:得分|自评得分|实际得分)[：:]?(\d{1,3}(?:\.\d+)?)分?$/;

/** Before a level's name: no word it would end (社会效益 is no 效益), but a list's or a clause's opening words. */
const LEVEL_BEFORE = '(?<=^|[^\\u4e00-\\u9fff]|其中|中|的|和|及|与|项目)';

/** Where the sentence holding position `i` starts and ends (after the 。 before it, through the 。 after it). */
function sentenceAround(text: string, i: number): [number, number] {
  return [text.lastIndexOf('。', i) + 1, text.includes('。', i) ? text.indexOf('。', i) + 1 : text.length];
}

/** A level's name as the text may write it: 产出指标 / 产出, 效益指标 / 效益 (the table may write either). */
export function levelStem(level1: string): string {
  // (产出类指标 as 产出指标)
  return level1.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '').replace(/指标$/, '').replace(/(?<=[\u4e00-\u9fff]{2})类$/, '');
}

/**
 * What the text states of each 一级指标 of the score table, "产出指标分值50分，得47分" / "效益指标分值25分，评价得分21.5分" /
 * "产出指标合计得47.8分" (checked against the rows of that level in checks/scores.ts). A level stated twice with different
 * figures (a summary of another table) is not read.
 */
function levelStatements(blocks: readonly Block[], rows: readonly ScoreRow[]): NonNullable<ScoreTable['levels']> {
  const out: NonNullable<ScoreTable['levels']> = [];
  const stems = new Set<string>();
  for (const r of rows) {
    const stem = levelStem(r.level1);
    if (stem.length >= 2 && /^[\u4e00-\u9fff]+$/.test(stem)) stems.add(stem);
  }
  if (stems.size < 2) return out;
  for (const stem of stems) {
    // (a level of one row is stated too: its statement checks nothing its row does not (levelItems passes it over), but says the row is
    // the whole level)
    const max = new RegExp(`${LEVEL_BEFORE}${stem}(?:类)?(?:指标)?(?:的)?(?:分值|满分)(?:为|是)?(\\d+(?:\\.\\d+)?)(?![\\d.%])分?(?:[，、,]?(?:实际|评价|自评|最终)?(?:得分|得)(?:为|是)?(\\d+(?:\\.\\d+)?)(?![\\d%]))?`, 'g');
    const got = new RegExp(`${LEVEL_BEFORE}${stem}(?:类)?(?:指标)?(?:合计|共|实际|评价|自评)?(?:得分|得)(?:为|是)?(\\d+(?:\\.\\d+)?)(?![\\d.%])`, 'g');
    // (or both with no word for the marks: "产出指标50分，得47分")
    const plain = new RegExp(`${LEVEL_BEFORE}${stem}(?:类)?(?:指标)?(?:为|是)?(\\d+(?:\\.\\d+)?)分[，,]\\s*(?:实际|评价|自评|最终)?(?:得分|得)(?:为|是)?(\\d+(?:\\.\\d+)?)分`, 'g');
    // (a heading or sentence giving both in brackets: "（二）产出指标（50分，得48分）")
    const bracketed = new RegExp(`${LEVEL_BEFORE}${stem}(?:类)?(?:指标)?${MARKS_IN_BRACKETS}`, 'g');
    const maxes: { value: string; src: Src }[] = [];
    const gots: { value: string; src: Src }[] = [];
    for (const b of blocks) {
      if (b.kind !== 'paragraph' || !b.norm.includes(stem)) continue;
      const excerpt = (i: number): string => b.text.slice(...sentenceAround(b.text, i));
      const at = (i: number, value: string): Src => ({ ...src(b.line, i, excerpt(i)), length: value.length });
      for (const m of [...b.norm.matchAll(max), ...b.norm.matchAll(bracketed), ...b.norm.matchAll(plain)]) {
        const i = m.index + m[0].indexOf(m[1]!, stem.length);
        maxes.push({ value: m[1]!, src: at(i, m[1]!) });
        if (m[2] !== undefined) {
          const g = m.index + m[0].lastIndexOf(m[2]);
          gots.push({ value: m[2], src: at(g, m[2]) });
        }
      }
      for (const m of b.norm.matchAll(got)) {
        const g = m.index + m[0].lastIndexOf(m[1]!);
        if (!gots.some((x) => x.src.line === b.line && x.src.column === g + 1)) gots.push({ value: m[1]!, src: at(g, m[1]!) });
      }
    }
    const one = (xs: { value: string; src: Src }[]): { value: string; src: Src } | undefined => (xs.length > 0 && xs.every((x) => Number(x.value) === Number(xs[0]!.value)) ? xs[0] : undefined);
    const m = one(maxes);
    const g = one(gots);
    if (m || g) out.push({ name: stem, ...(m ? { max: m } : {}), ...(g ? { got: g } : {}) });
  }
  return out;
}

/** A table of scores' 分值 and 得分 columns against its 合计 row, and each row's 得分 within its 分值. */
function groupSums(rows: readonly ScoreRow[], total: ScoreTable['total'], got: Src | undefined, maxAt: ReadonlyMap<ScoreRow, Src>): RelationFact[] {
  const out: RelationFact[] = [];
  const fig = (label: string, number: string, at: Src): FigureFact => ({ label, number, unit: '分', family: 'score', decimals: number.split('.')[1]?.length ?? 0, src: at });
  for (const r of rows) {
    if (r.got === undefined) continue;
    // (a row's 得分 is at most its 分值: an open sum of one part)
    const mx = fig(`${r.name}·分值`, r.max, maxAt.get(r) ?? r.src);
    out.push({ relation: 'sum', subject: r.name, total: mx, parts: [fig(`${r.name}·得分`, r.got, r.src)], complete: false, shape: '评分表得分', src: mx.src });
  }
  if (total?.max !== undefined && rows.length >= 2) {
    const t = fig('合计·分值', total.max, total.src);
    out.push({ relation: 'sum', subject: '评分表·分值', total: t, parts: rows.map((r) => fig(`${r.name}·分值`, r.max, maxAt.get(r) ?? r.src)), complete: true, shape: '评分表合计行', src: t.src });
  }
  if (total?.got !== undefined && rows.length >= 2 && rows.every((r) => r.got !== undefined)) {
    const t = fig('合计·得分', total.got, got ?? { ...total.src, column: total.src.column + 1 });
    out.push({ relation: 'sum', subject: '评分表·得分', total: t, parts: rows.map((r) => fig(`${r.name}·得分`, r.got!, r.src)), complete: true, shape: '评分表合计行', src: t.src });
  }
  return out;
}

/**
 * An indicator table written as lines of prose: "（1）指标名称：新建高标准农田面积；年度指标值：≥12.4万亩；实际完成值：
 * 12.62万亩（…）；偏差原因：…". Each line is a row: its target and result side by side, its cause when it
 * gives one; a line whose value is not one figure (完成二十三个片区建设任务, 达标) is no row.
 */
const PROSE_ROW = /指标名称[：:]([^；;]{2,40})[；;]\s*(?:年度)?(?:指标值|目标值|计划值)[：:]([^；;]{1,30})[；;]\s*(?:实际)?(?:完成值|完成情况|实际值)[：:]([^；;]{1,80})(?:[；;]\s*(?:偏差原因|偏差说明|未完成原因)[：:]([^；;。]*))?/;

function proseRows(blocks: readonly Block[], out: Indicators): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.norm.includes('指标名称')) continue;
    const m = PROSE_ROW.exec(b.norm);
    if (!m) continue;
    // (the value before a note in brackets or after a comma: "12.62万亩（塔拉县…）", "5.18万亩，完成率92.50%")
    const value = (cell: string): string => cell.replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1').split(/[（(，,]/)[0]!;
    const t = QTY.exec(value(m[2]!));
    const r = QTY.exec(value(m[3]!));
    if (!t || !r || r[1] !== undefined) continue;
    const name = m[1]!.trim();
    const unit = t[3] ?? r[3] ?? NAMED_UNIT.exec(name)?.[1] ?? '';
    if ((t[3] ?? unit) !== (r[3] ?? unit)) continue;
    const comparator = comparatorOf(t, name);
    // (each field its own excerpt: the line's 偏差原因 label is no cause of a result, its value may be)
    const at = (k: number): Src => src(b.line, Math.max(0, b.text.indexOf(m[k]!.trim())), m[k]!);
    out.targets.push({ kind: 'target', subject: name, comparator, value: t[2]!, unit, approximate: false, cumulative: false, text: `${name}${m[2]!.trim()}`, src: at(2) });
    out.results.push({ kind: 'result', subject: name, comparator, value: r[2]!, unit: r[3] ?? unit, approximate: false, cumulative: false, text: `${name}${value(m[3]!)}`, src: at(3) });
    const cause = m[4]?.trim() ?? '';
    out.causes.push(cause.length >= 4 && !NO_CAUSE.test(cause) ? at(4) : undefined);
  }
}

/** A form's funds line flattened into text, or its row of label-and-value cells: 年度资金总额：…预算数…执行数… 分值10 … 得分9.70. */
const FUNDS_LINE = /^\s*(?:年度)?资金总额(?:[：:]|\s)[^。]*?(?:预算数|执行数)[^。]*?分值\s*[：:]?\s*(\d{1,2}(?:\.\d+)?)[^。]*?得分\s*[：:]?\s*(\d{1,2}(?:\.\d+)?)/;

/** The funds score of a form flattened into lines (FUNDS_LINE), as a score row. */
function fundsLineScore(blocks: readonly Block[]): ScoreRow[] {
  for (const b of blocks) {
    // (its runs of spaces may make it a row of cells)
    const m = FUNDS_LINE.exec(b.kind === 'row' ? (b.normCells ?? []).join(' ') : b.norm);
    if (m) return [{ name: '预算执行', level1: '预算执行', max: m[1]!, got: m[2]!, src: src(b.line, Math.max(0, b.text.lastIndexOf(m[2]!)), b.text) }];
  }
  return [];
}

/** The 分值 and 得分 of each table of label | value pairs that states budget figures (预算数, 执行数). */
function pairFundsScores(blocks: readonly Block[]): ScoreRow[] {
  const out: ScoreRow[] = [];
  let table: number | undefined;
  let funds = false;
  let max: string | undefined;
  let got: { value: string; src: Src } | undefined;
  const flush = () => {
    if (funds && max !== undefined && got !== undefined) out.push({ name: '预算执行', level1: '预算执行', max, got: got.value, src: got.src });
    funds = false;
    max = undefined;
    got = undefined;
  };
  for (const b of blocks) {
    if (b.kind !== 'row') continue;
    if (b.table !== table) {
      flush();
      table = b.table;
    }
    for (const p of labelValuePairs(b) ?? []) {
      const value = QTY.exec((b.normCells ?? [])[p.col]?.replace(/\s+/g, '') ?? '');
      if (/预算数|执行数/.test(p.label)) funds = true;
      else if (MAX_CELL.test(p.label) && value) max = value[2]!;
      else if (GOT_CELL.test(p.label) && value) {
        const at = Math.max(0, (b.normCells ?? []).slice(0, p.col).join('\t').length + 1);
        got = { value: value[2]!, src: src(b.line, at, b.text) };
      }
    }
  }
  flush();
  return out;
}
