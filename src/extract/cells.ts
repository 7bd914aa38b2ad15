/**
 * Prose in table cells (issue 8, point 3): a form puts sentences in its cells ("编制及人员 | 核定编制32名，
 * 其中行政编制8名、事业编制24名 | …", "机构设置 | 局机关设综合股、财务股…4个股室"). Such a cell is read
 * as a paragraph of its own by the readers of counts, staffing and relations. The paragraph keeps the
 * row's line and its columns: the characters before the cell are blanked (white space, which the
 * figure readers drop), so a figure's column is its column in the row.
 */
import type { Block } from '../read/types.js';

/** The style given to a paragraph read from a cell: readers that join sentences across paragraphs stop there. */
export const CELL_STYLE = 'table-cell';

/** A heading cell that names a year (2024年, 2023年度决算数): no figure, in a heading over several rows. */
const YEAR_HEADING = /^(?:19|20)\d{2}年度?[^\d]*$/;

/** Cells of words only, a heading's: no figure in any (a year that names a column is none). */
export function wordsOnly(cells: readonly string[]): boolean {
  for (const c of cells) if (/\d/.test(c) && !YEAR_HEADING.test(c)) return false;
  return true;
}

/** A cell that reads as a sentence: words with clause marks or a list, not a bare value or a label. */
const PROSE = /[\u4e00-\u9fff].*[，、；：。]|[，、；：。].*[\u4e00-\u9fff]/;

function isProse(cell: string): boolean {
  const t = cell.replace(/\s+/g, '');
  return t.length >= 8 && PROSE.test(t) && /\d|[一二三四五六七八九十]个/.test(t);
}

/** The blocks with, after each table, a paragraph for every prose cell of its rows. */
export function withProseCells(blocks: readonly Block[]): readonly Block[] {
  if (!blocks.some((b) => b.kind === 'row')) return blocks;
  const out: Block[] = [];
  let pending: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    out.push(b);
    if (b.kind === 'row') pending.push(...cellParagraphs(b));
    const next = blocks[i + 1];
    if (pending.length > 0 && (next === undefined || next.kind !== 'row' || next.table !== b.table)) {
      out.push(...pending);
      pending = [];
    }
  }
  return out;
}

function cellParagraphs(row: Block): Block[] {
  const cells = row.cells ?? [];
  const norms = row.normCells ?? [];
  if (cells.length < 2) return [];
  const out: Block[] = [];
  let at = 0;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    const found = row.text.indexOf(cell, at);
    if (found < 0) break;
    at = found + cell.length;
    const norm = norms[k] ?? cell;
    if (k === 0 || norm.length !== cell.length || !isProse(norm)) continue;
    const pad = ' '.repeat(found);
    out.push({ kind: 'paragraph', line: row.line, text: pad + cell, norm: pad + norm, style: CELL_STYLE });
  }
  return out;
}

/**
 * A header row's cells lined up with the data row after it. Tables copied from web pages lose or gain
 * a cell at the left: a header without the row-label cell ("年初预算数 | 全年预算数 | … | 得分" over
 * "年度资金总额 | 100 | 100 | …"), or with two label cells over rows with one. The figures stand at
 * the right, so the header is lined up by its right edge: empty cells added after the first, or label
 * cells after the first dropped. The same header when the next row is no data row, or differs by more
 * than two cells.
 */
export function alignedHeader(allHead: readonly string[], next0: readonly string[] | undefined): string[] {
  if (next0 === undefined) return [...allHead];
  // Web tables end their rows with empty cells, as many as they like. Those count as columns, unless
  // the row ends in a note under the header's last column (原因, 说明 …): then the filled cells are lined up
  // ("… | 权重 | 得分 | 原因 | | |" over "总额 | … | 10 | 10 | 1.预算执行率=…未达到90%的需说明原因 | | | |")
  const hn = filledLength(allHead);
  const nn = filledLength(next0);
  const note = hn !== nn && NOTE_HEAD.test(allHead[hn - 1] ?? '') && isNote(next0[nn - 1] ?? '');
  const head = note ? allHead.slice(0, hn) : allHead;
  const next = note ? next0.slice(0, nn) : next0;
  if (next.length === head.length || Math.abs(next.length - head.length) > 2) return [...allHead];
  // (a row without the empty note cell at its end, as text copied from Word leaves it: "… | 分值 | 得分 | 偏差原因分析及改进措施" over
  // "… | 1440人 | 60 | 60", its last cell a figure: the header stands as it is)
  if (head.length === next.length + 1 && NOTE_HEAD.test(head[head.length - 1] ?? '') && /^[\d,.]+%?$/.test((next[next.length - 1] ?? '').replace(/\s+/g, ''))) return [...allHead];
  if (!next.slice(1).some((c) => /^[\d,.]+%?$/.test(c.replace(/\s+/g, '')))) return [...allHead];
  if (next.length > head.length) return [...Array<string>(next.length - head.length).fill(''), ...head];
  return [head[0]!, ...head.slice(1 + head.length - next.length)];
}

/** The head of a column of notes: why a figure fell short, what is done about it, remarks. */
const NOTE_HEAD = /原因|说明|备注|措施/;

/** A cell of words, not a figure: a note. */
function isNote(cell: string): boolean {
  const t = cell.replace(/\s+/g, '');
  return t.length >= 6 && /[\u4e00-\u9fff]/.test(t) && !/^[\d,.%／/—-]+$/.test(t);
}

/** How many cells a row has up to its last filled one. */
export function filledLength(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return n;
}

/**
 * A Word row (.docx, .doc) lined up with its table's grid: a cell that spans n columns keeps its text in the first
 * and leaves the n - 1 after it empty, so a figure stands under its column's heading. The text is the
 * row's own (a cell's offset, `cellOffset`, is where it is written). The row itself when each of its
 * cells takes one column (every .txt and PDF row).
 */
export function onGrid(b: Block): Block {
  if (!b.spans || !b.cells || !b.normCells) return b;
  const cells: string[] = [];
  const norms: string[] = [];
  for (let i = 0; i < b.cells.length; i++) {
    cells.push(b.cells[i]!);
    norms.push(b.normCells[i] ?? '');
    for (let k = 1; k < (b.spans[i] ?? 1); k++) cells.push(''), norms.push('');
  }
  const { spans: _spans, continues: _continues, ...rest } = b;
  return { ...rest, cells, normCells: norms };
}

/** The heading of a column that numbers the rows (行次; a 栏次 cell heads the row that numbers the columns). */
const NUMBERING = /^(?:行次|行号)$/;

/**
 * The columns of a table (its rows lined up with one another, as `onGrid` gives them) that number its
 * rows: 行次 beside each side's figures in a 收入支出决算总表 (一、一般公共预算财政拨款收入 | 1 | 11,122,315.04).
 * Their small whole numbers are no figures of the table. (A 序号 column stays: a 合计 row writes its
 * label there.)
 */
export function numberingColumns(rows: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (const b of rows) (b.normCells ?? []).forEach((c, i) => NUMBERING.test(c.replace(/\s+/g, '')) && out.add(i));
  return out;
}

/** A row that numbers the table's columns (栏次 | | 1 | 栏次 | | 2): no data. */
export function numbersColumns(b: Block): boolean {
  const first = (b.normCells ?? []).find((c) => c.trim() !== '');
  return first !== undefined && /^栏次$/.test(first.replace(/\s+/g, ''));
}

/** The row without the given columns (a row lined up with its table's grid, or a row of one cell a column). */
export function withoutColumns(b: Block, drop: ReadonlySet<number>): Block {
  if (drop.size === 0 || !b.cells || !b.normCells) return b;
  return { ...b, cells: b.cells.filter((_, i) => !drop.has(i)), normCells: b.normCells.filter((_, i) => !drop.has(i)) };
}

/**
 * The column headings of a heading set out over several rows of a Word table (预算数 over 合计 |
 * 因公出国（境）费 | 公务用车购置及运行费, that over 小计 | 公务用车购置费 | 公务用车运行费): on the grid, each
 * column's texts from the top row down, a cell spanning columns heading each of them ("预算数公务用车购置及
 * 运行费小计"), a cell merged down from above adding nothing.
 */
export function gridHeading(rows: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of rows) {
    const norms = b.normCells ?? [];
    let col = 0;
    for (let i = 0; i < norms.length; i++) {
      const t = norms[i]!.replace(/\s+/g, '');
      for (let k = 0; k < (b.spans?.[i] ?? 1); k++, col++) {
        const was = out[col] ?? '';
        out[col] = t && !was.endsWith(t) ? was + t : was;
      }
    }
  }
  return out;
}

/** Offset of cell `i` in its row's text (cells are written in order, separated by | or a tab). */
export function cellOffset(b: Block, i: number): number {
  const cells = b.cells ?? [];
  let at = 0;
  for (let k = 0; k <= i && k < cells.length; k++) {
    const found = b.text.indexOf(cells[k]!, at);
    if (found < 0) return at;
    if (k === i) return found;
    at = found + cells[k]!.length;
  }
  return at;
}

/** A label cell of a form set out as label | value pairs: words, not a figure. */
const PAIR_LABEL = /^[^\d]*[\u4e00-\u9fff]{2}[^\d]*$/;

/**
 * A row of a form set out as label | value pairs, one or several a row ("全年执行数（万元） | 468.00",
 * "全年执行数 | 468.00 | 执行率 | 90%", a group name before the pairs: "项目资金（万元） | 年初预算数 |
 * 500.00"): each pair whose value holds a figure, with the label's and the value's cell indexes.
 * Undefined when the row is not all pairs (a row label before columns of figures).
 */
export function labelValuePairs(b: Block): { label: string; col: number }[] | undefined {
  const cells = (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  // (an odd count: a group name first)
  const from = n % 2;
  if (n - from < 2) return undefined;
  const out: { label: string; col: number }[] = [];
  for (let k = from; k < n; k += 2) {
    if (!PAIR_LABEL.test(cells[k]!)) return undefined;
    if (/\d/.test(cells[k + 1]!)) out.push({ label: cells[k]!, col: k + 1 });
  }
  return out;
}

/** A cell of words saying what a row's figures were for: 本年未购置车辆, 共接待国内来访21批次186人次. */
const NOTE_CELL = /^[\u4e00-\u9fff（）()“”]{4}/;
/** A cell that names its own figure: 预算6.00万元, 支出：5.12万元, 决算数0元. */
const SELF_LABELLED = /^[\u4e00-\u9fff（）()“”]{1,10}[：:]?-?\d[\d,.]*\s*(?:万元|亿元|千元|元|%)$/;

/**
 * A row whose cells after its name each name their own figure ("公务用车运行维护费 | 预算6.00万元 | 支出5.12万元"), a last
 * cell of notes after two or more of them aside: it
 * reads as a sentence, its cells as clauses ("公务用车运行维护费，预算6.00万元，支出5.12万元"); the separators become
 * "，" one for one, so every column stays where it was. Undefined for any other block.
 */
export function rowAsSentence(b: Block): Block | undefined {
  if (b.kind !== 'row') return undefined;
  const cells = (b.normCells ?? []).map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 2 || /\d/.test(cells[0]!)) return undefined;
  // (a last column of notes after them, "… | 决算2.74万元 | 共接待国内来访21批次186人次", says what the figures were for)
  let k = 1;
  while (k < cells.length && SELF_LABELLED.test(cells[k]!.replace(/\s+/g, ''))) k++;
  if (k === 1 || (k < cells.length && (k < 3 || k < cells.length - 1 || !NOTE_CELL.test(cells[k]!)))) return undefined;
  const clauses = (t: string): string => t.replace(/[|｜\t]/g, '，');
  if (clauses(b.norm).length !== b.norm.length) return undefined;
  return { kind: 'paragraph', line: b.line, text: clauses(b.text), norm: clauses(b.norm), ...(b.textLines ? { textLines: b.textLines } : {}) };
}

/** The label of the marks a part can get (分值 | 10), as a form's pairs state them. */
export const MAX_CELL = /^(?:执行率|指标)?(?:分值|权重|满分|标准分)(?:（分）)?$/;
/** The label of the marks it got (得分 | 9.5): bare, not a form's 自评得分 or 总分. */
export const GOT_CELL = /^(?:执行率|指标)?得分(?:（分）)?$/;

/** A form's header cells over its overall targets and what was done: 年度总体目标 | 实际完成情况. */
const OVERALL_TARGET = /^(?:年度)?(?:总体|绩效)?目标(?:内容)?$|^年度总体目标$|^预期目标$/;
const INDICATOR_HEAD = /^(?:一级|二级|三级)?(?:绩效)?指标(?:名称|内容)?$|^(?:年度)?指标值$/;
const OVERALL_RESULT = /^(?:全年)?(?:实际)?完成情况$|^实际完成情况$|^年度总体目标完成情况$/;

/** One row of a form's overall targets: the target cell and the cell of what was done, each as a paragraph. */
export interface OverallGoalRow {
  target?: Block;
  result?: Block;
}

/**
 * The rows of a form that state its overall targets and what was done ("年度总体目标 | 实际完成情况"
 * over "完成食品安全监督抽检2,400批次，… | 全年完成…2,512批次，…", one row or one per target), each cell as
 * a paragraph of its own (the prose cells of tables leave out a row's first cell: a label elsewhere, the
 * targets here). A row's second cell states what was done about its first.
 */
export function overallGoalCells(blocks: readonly Block[]): OverallGoalRow[] {
  const out: OverallGoalRow[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const head = blocks[i]!;
    if (head.kind !== 'row' || blocks[i + 1]!.kind !== 'row' || blocks[i + 1]!.table !== head.table) continue;
    const hs = (head.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
    const t = hs.findIndex((c) => OVERALL_TARGET.test(c));
    const r = hs.findIndex((c) => OVERALL_RESULT.test(c));
    if (t < 0 || r < 0) continue;
    // (every row under the header with as many cells, "1.保障…36座闸站… | 36座闸站…全部…" one target a row)
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const row = blocks[j]!;
      if (row.kind !== 'row' || row.table !== head.table || hs.length !== (row.normCells ?? []).length) break;
      // (the header of the indicators that follow in the same table ends the overall targets)
      if ((row.normCells ?? []).some((c) => INDICATOR_HEAD.test(c.replace(/\s+/g, '')))) break;
      const cells: OverallGoalRow = {};
      for (const [k, side] of [[t, 'target'], [r, 'result']] as const) {
        const cell = (row.cells ?? [])[k] ?? '';
        const found = row.text.indexOf(cell);
        if (cell.trim().length < 4 || found < 0) continue;
        const pad = ' '.repeat(found);
        cells[side] = { kind: 'paragraph', line: row.line, text: pad + cell, norm: pad + ((row.normCells ?? [])[k] ?? cell), style: CELL_STYLE };
      }
      if (cells.target || cells.result) out.push(cells);
    }
    i = j - 1;
  }
  return out;
}

/** A table's columns named in brackets at the end of its caption: （指标名称｜年度目标值｜实际完成值）： */
// (or between slashes, naming the columns of figures only: （年度指标值／实际完成值／分值／得分）)
const CAPTION_HEADING = /[（(]([^（）()]*[|｜／/][^（）()]*)[）)][：:]?\s*$/;

/** The heading a table's caption gives, `width` cells, from the paragraph right before the table (over a blank line). */
export function captionHeading(blocks: readonly Block[], first: number, width: number): string[] | undefined {
  let k = first - 1;
  while (k >= 0 && blocks[k]!.kind !== 'row' && blocks[k]!.norm.trim() === '' && first - k < 3) k--;
  const caption = k >= 0 && blocks[k]!.kind !== 'row' ? CAPTION_HEADING.exec(blocks[k]!.norm.trim()) : null;
  const cells = caption ? caption[1]!.split(/[|｜／/]/).map((c) => c.replace(/\s+/g, '')) : [];
  if (cells.length === 0 || !cells.every((c) => c.length > 0)) return undefined;
  // (the columns of figures named, the first column the indicators')
  if (cells.length === width - 1 && !cells.some((c) => /名称|指标$|项目$/.test(c))) return ['指标名称', ...cells];
  return cells.length === width ? cells : undefined;
}
