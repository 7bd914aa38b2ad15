/**
 * Plain text (.txt/.md) → SourceDoc. Bytes in, one block per line out.
 * Decoding: a BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8, else GB18030 (GBK files
 * saved by Windows are common). NUL bytes or bytes that decode in neither are refused.
 */
import { normalizeText } from './normalize.js';
import { DEFAULT_LIMITS, ReadError, type Block, type ReadLimits, type SourceDoc } from './types.js';

export function decodeText(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): string {
  if (bytes.length === 0) throw new ReadError('empty', '文件为空', 'the file is empty');
  if (bytes.length > limits.maxTextBytes) {
    throw new ReadError(
      'too-large',
      `文本文件 ${mb(bytes.length)} MB，超过上限 ${mb(limits.maxTextBytes)} MB（可用 --max-text-mb 调整）`,
      `the text file is ${mb(bytes.length)} MB, more than the limit of ${mb(limits.maxTextBytes)} MB (--max-text-mb changes it)`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) throw new ReadError('not-text', '含有 NUL 字节，不是文本文件（若为 Word 文件请使用 .docx 扩展名）', 'it holds NUL bytes, so it is no text file (a Word file needs the .docx extension)');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return gb;
  throw new ReadError('not-text', '既不是 UTF-8 也不是 GB18030（GBK）编码的文本', 'the text is neither UTF-8 nor GB18030 (GBK)');
}

export function readTxt(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDoc {
  return linesToDoc(decodeText(bytes, limits), file);
}

export function linesToDoc(text: string, file: string): SourceDoc {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const joins = brokenFigures(lines, hardWraps(lines));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (joins === undefined || !joins[i]) {
      blocks.push({ kind: 'paragraph', line: i + 1, text: lines[i]!, norm: normalizeText(lines[i]!) });
      continue;
    }
    // a paragraph hard-wrapped over lines i … j: one block, each line's start kept for locations
    const first = i;
    let t = lines[i]!;
    const textLines: [number, number][] = [];
    while (joins[i] && i + 1 < lines.length) {
      i++;
      textLines.push([t.length, i + 1]);
      t += lines[i]!;
    }
    blocks.push({ kind: 'paragraph', line: first + 1, text: t, norm: normalizeText(t), textLines });
  }
  const out = wrappedRowLabels(verticalTables(blocks));
  const blanks = flattenedTables(out);
  return { file, format: 'txt', blocks: blanks.size > 0 ? out.filter((b) => !blanks.has(b)) : out };
}

/** Words of a label a row's figures stand between, in text laid out from a PDF (pdftotext -layout). */
const LABEL_PART = /^[\u4e00-\u9fff“”"（）()：:、\s]{1,16}$/;

/**
 * Text laid out from a PDF (pdftotext -layout) sets a table cell whose name wrapped around its row's
 * figures: the name's first line above, the figures on a line of their own with the name's column
 * blank, the rest of the name below:
 *
 *     公务用车购置及运行
 *               6.20            5.74    92.58%
 *     费
 *
 * Such a line of figures becomes one line with its name in front (公务用车购置及运行费  6.20 …), at the
 * name's first line; the lines of the name go.
 */
function wrappedRowLabels(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const above = blocks[i]!;
    const figures = blocks[i + 1];
    const below = blocks[i + 2];
    const cells = figures?.kind === 'paragraph' && /^\s{2,}\S/.test(figures.text) ? spacedCellsAtLeast(figures.text, 2) : undefined;
    if (
      above.kind === 'paragraph' && LABEL_PART.test(above.text.trim()) && above.textLines === undefined &&
      cells !== undefined && cells.every((c) => NUMERIC_CELL.test(c.text))
    ) {
      const rest = below?.kind === 'paragraph' && below.text.trim() !== '' && LABEL_PART.test(below.text.trim()) && below.text.trim().length <= 6 ? below.text.trim() : '';
      const label = above.text.trim() + rest;
      const lead = figures!.text.length - figures!.text.trimStart().length;
      const text = `${label}${' '.repeat(Math.max(2, lead - widthOf(label)))}${figures!.text.trimStart()}`;
      out.push({ kind: 'paragraph', line: above.line, text, norm: normalizeText(text) });
      i += rest ? 2 : 1;
      continue;
    }
    out.push(above);
  }
  return out;
}

/** A line that ends inside a sentence, on a comma. */
const ENDS_IN_CLAUSE = /[，,、]\s*$/;
/** A line that ends inside a figure: on a digit, or on a digit and its separator (1,2 | 911000.). */
const ENDS_IN_FIGURE = /\d[,，.．]?\s*$/;
/** A line that goes on with a figure: its digits, or the unit a figure must have (万元，其中…). */
const GOES_ON_WITH_FIGURE = /^\s*(?:\d|(?:万元|亿元|千元|元|万|%|％)(?![\u4e00-\u9fff]{0,1}\d))/;

/**
 * Lines joined where a sentence or a figure is broken over them, in any file: after a comma
 * ("…基本支出800.00万元，" / "项目支出400.00万元。"), and inside a figure ("本年收入合计1,2" / "00.00万元",
 * "支出合计1,200.00" / "万元，其中…": no line opens with a unit, and no figure with a leading zero goes
 * on from a line ending in digits). Otherwise what hardWraps says.
 */
function brokenFigures(lines: readonly string[], wraps: boolean[] | undefined): boolean[] | undefined {
  let out = wraps;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (out?.[i] || lines[i + 1]!.trim() === '' || isRowLine(lines[i]!) || isRowLine(lines[i + 1]!) || OPENS_PART.test(lines[i + 1]!)) continue;
    // a sentence broken after a comma ("…基本支出800.00万元，" / "项目支出400.00万元。") goes on too
    if (ENDS_IN_CLAUSE.test(lines[i]!)) {
      out ??= lines.map(() => false);
      out[i] = true;
      continue;
    }
    if (!ENDS_IN_FIGURE.test(lines[i]!) || !GOES_ON_WITH_FIGURE.test(lines[i + 1]!)) continue;
    // digits after digits: one figure only when the second line's figure could not stand alone
    // (a leading zero: 00.00万元) or the first ends on a separator (1,2 | 911000.)
    if (/^\s*\d/.test(lines[i + 1]!) && !/^\s*0\d/.test(lines[i + 1]!) && !/[,，.．]\s*$/.test(lines[i]!)) continue;
    out ??= lines.map(() => false);
    out[i] = true;
  }
  return out;
}

/** Lines that end a sentence or a part, or open one: never joined to the next line. */
const ENDS_SENTENCE = /[。！？；：!?;:]\s*$/;
const OPENS_PART = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十\d]+[部章节条]|[①-⑳])/;
/** The narrowest a page's lines of text are (in half-width columns): A4 text laid out from a PDF is 80–100 wide. */
const PAGE_WIDTH = 60;
/** The widest a wrapped line can be (in half-width columns): wider lines are paragraphs of their own. */
const MAX_WRAP = 160;

/** Width in half-width columns: a Chinese character (or a full-width form) is two. */
function widthOf(t: string): number {
  let w = 0;
  for (let i = 0; i < t.length; i++) w += t.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Text copied out of a PDF is hard-wrapped: every line of a paragraph but its last is as wide as
 * the page's column, and a sentence (a figure, a name: "公务用车购\n置及运行费", "1.5万\n元") goes on
 * on the next line. Such a file is recognised by its widths: most of its longer lines are within
 * 15% of the widest (at most 160 columns), where a file with one paragraph per line has lines of
 * every width. Then a full-width line that ends no sentence goes on on the next line, unless that
 * one is empty, a table row or opens a numbered part. undefined: not a hard-wrapped file.
 */
function hardWraps(lines: readonly string[]): boolean[] | undefined {
  const widths = lines.map((l) => widthOf(l.trimEnd()));
  // (the widths of the text, not of the tables laid out among it: a table set out with spaces may be wider)
  const long = widths.filter((w, i) => w >= 20 && !isRowLine(lines[i]!)).sort((a, b) => a - b);
  if (long.length < 4) return undefined;
  const wrap = long[Math.floor(long.length * 0.95)] ?? long[long.length - 1]!;
  if (wrap > MAX_WRAP) return undefined;
  const full = (w: number): boolean => w >= wrap * 0.85;
  // (or, among many short lines, the full ones mostly stop mid-sentence: a file of one paragraph a line
  // has its widest lines end their sentences)
  const fullLines = lines.filter((l, i) => full(widths[i]!) && !isRowLine(l));
  const open = (l: string): boolean => !ENDS_SENTENCE.test(l) && !/[。！？]["”’）)]?\s*$/.test(l);
  const unfinished = fullLines.filter(open).length;
  // (or the widest lines stand within a few columns of one another, a page's width, and some of them
  // stop mid-sentence: text laid out from a PDF whose short paragraphs end on full lines too, or a copy
  // mostly of a form's cells with a few lines of text)
  const atWidth = lines.filter((l, i) => widths[i]! >= wrap * 0.95 && !isRowLine(l));
  const laidOut = wrap >= PAGE_WIDTH && atWidth.length >= 2 && atWidth.filter(open).length >= 1;
  if (long.filter(full).length < Math.max(4, long.length * 0.4) && !(fullLines.length >= 4 && unfinished >= Math.max(3, fullLines.length * 0.6)) && !laidOut) return undefined;
  return lines.map((l, i) => {
    const next = lines[i + 1];
    return full(widths[i]!) && !ENDS_SENTENCE.test(l) && !isRowLine(l) && next !== undefined && next.trim().length > 0 && !isRowLine(next) && !OPENS_PART.test(next);
  });
}

/** A cell that holds a figure (or the dash or slash of an empty one). */
const NUMERIC_CELL = /^(?:[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:[%％]|万元|亿元|元|分)?|[-—–－/／])$/;
/** Words of a column heading in a form (年初预算数, 全年执行数, 执行率, 分值, 得分, 权重 …). */
const COLUMN_WORD = /预算|执行|决算|分值|得分|权重|率|数$|值$|金额|合计|小计/;

/** Two or more column headings a single space apart (预算数 决算数 执行率): a PDF's heading cells stand close. */
const headingWords = (words: readonly string[]): boolean => words.length >= 2 && words.every((w) => COLUMN_WORD.test(w) && !NUMERIC_CELL.test(w));

/** A short line that can be a header or a row label of a table set one cell per line. */
function isLabelCell(t: string): boolean {
  return t.length > 0 && t.length <= 24 && !NUMERIC_CELL.test(t) && !/[。；，,;|｜\t]/.test(t) && spacedCells(t) === undefined;
}

/**
 * A table copied from a web page often arrives one cell per line (blank lines between):
 *
 *     经费控制情况（万元）  2022年决算数  2023年预算数  2023年决算数  三公经费：  6.20  5.00  4.80  公务接待  …
 *
 * Read where the structure is unambiguous: short label lines, then k ≥ 2 lines of figures, and at
 * least one more row of a label and exactly k figures. The k lines before the first row's label are
 * the header (with the line before them as the row-label column's header, when it is short too). A
 * label with no figures is an empty row only when the blank lines after it leave room for its k
 * cells (more than between two cells of a full row); anything else ends the table. Each row becomes
 * a row block like a .docx table's, its cells joined by tabs, each cell keeping its own line.
 */
function verticalTables(blocks: Block[]): Block[] {
  const lines: CellLine[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.norm.trim();
    if (t.length === 0 || blocks[i]!.textLines !== undefined) continue;
    lines.push({ at: i, cell: t, kind: NUMERIC_CELL.test(t) ? 'num' : isLabelCell(t) ? 'label' : 'other' });
  }
  if (lines.filter((l) => l.kind === 'num').length < 4) return blocks;
  copiedCells(lines, blocks);
  const tables: { from: number; to: number; rows: number[][] }[] = [];
  let table = 0;
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.kind !== 'label') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.kind === 'label') j++;
    let k = 0;
    while (j + k < lines.length && lines[j + k]!.kind === 'num') k++;
    if (k < 2 || j - i < k + 1) {
      i = j;
      continue;
    }
    // blank lines between two cells of the first row
    const gap = lines[j]!.at - lines[j - 1]!.at - 1;
    const rows: number[][] = [range(j - 1, k + 1)];
    let p = j + k;
    let end = p;
    while (p < lines.length && lines[p]!.kind === 'label') {
      let m = 0;
      while (p + 1 + m < lines.length && lines[p + 1 + m]!.kind === 'num') m++;
      if (m === k) {
        rows.push(range(p, k + 1));
        p += k + 1;
        end = p;
        continue;
      }
      const next = lines[p + 1];
      if (m === 0 && next !== undefined && next.kind === 'label' && next.at - lines[p]!.at - 1 >= gap + k) {
        rows.push([p]);
        p++;
        continue;
      }
      break;
    }
    while (rows.length > 0 && rows[rows.length - 1]!.length === 1) rows.pop();
    // one row is a table only under a heading of exactly its k columns, named as a form names them
    // (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), with nothing but its label between,
    // and no line of figures after it (a row of another length: not a table of this shape)
    const single = rows.length === 1 && j - 1 - k >= i && range(j - 1 - k, k).every((x) => COLUMN_WORD.test(lines[x]!.cell)) && lines[p]?.kind !== 'num' && (lines[p]?.kind !== 'label' || lines[p + 1]?.kind !== 'num');
    if (rows.length < 2 && !single) {
      i = j + k;
      continue;
    }
    const head = range(j - 1 - k, k);
    // (a one-row form's line above its heading is more likely its title than a corner cell)
    const corner = j - 2 - k >= i && !single ? j - 2 - k : -1;
    const allRows = [corner >= 0 ? [corner, ...head] : [-1, ...head], ...rows.map((r) => (r.length === 1 ? [r[0]!, ...head.map(() => -1)] : r))];
    tables.push({ from: corner >= 0 ? corner : head[0]!, to: end - 1, rows: allRows });
    i = end;
  }
  if (tables.length === 0) return blocks;
  const out: Block[] = [];
  let b = 0;
  for (const t of tables) {
    const first = lines[t.from]!.at;
    const last = lines[t.to]!.at;
    while (b < first) out.push(blocks[b++]!);
    t.rows.forEach((r, row) => out.push(rowOfLines(r.map((x) => (x < 0 ? undefined : lines[x]!.block ?? blocks[lines[x]!.at]!)), table, row)));
    table++;
    b = last + 1;
  }
  while (b < blocks.length) out.push(blocks[b++]!);
  return out;
}

interface CellLine {
  /** The block the cell is (or is part of). */
  at: number;
  cell: string;
  kind: 'num' | 'label' | 'other';
  /** The cell when it is not its block as it stands: one of several headings on a line, a name joined from two lines. */
  block?: Block;
}

/**
 * A table copied out of a PDF one cell per line (pdftotext, a viewer's copy) brings two shapes of its
 * own, made into cells as a web page's are:
 * - column headings on one line, a single space apart (预算数 决算数 执行率): a cell each;
 * - a name that wrapped around its row's first figure: its first line, the figure, the rest of the name
 *   (公务用车购置及运行 / 6.20 / 费): the name is joined, before the figure.
 */
function copiedCells(lines: CellLine[], blocks: readonly Block[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const words = l.cell.split(/ +/);
    if (l.kind === 'label' && headingWords(words)) {
      const b = blocks[l.at]!;
      lines.splice(i, 1, ...words.map((w) => ({ at: l.at, cell: w, kind: 'label' as const, block: { kind: 'paragraph' as const, line: b.line, text: w, norm: w } })));
      i += words.length - 1;
      continue;
    }
    const fig = lines[i + 1];
    const rest = lines[i + 2];
    // (the rest a few characters, no name of its own: a row's name is longer than 费 or 工程)
    // (nor a word of a total or a heading: 合计 after a figure starts the 合计 row)
    if (
      l.kind === 'label' && l.cell.length >= 4 && !/\s/.test(l.cell) && fig?.kind === 'num' && rest?.kind === 'label' && rest.cell.length <= 3 &&
      !/合计|总计|小计|其中|项目|科目/.test(rest.cell) && !COLUMN_WORD.test(rest.cell) && lines[i + 3]?.kind === 'num'
    ) {
      const a = blocks[l.at]!;
      const b = blocks[rest.at]!;
      const text = a.text.trim() + b.text.trim();
      const joined: Block = { kind: 'paragraph', line: a.line, text, norm: normalizeText(text), textLines: [[a.text.trim().length, b.line]] };
      lines.splice(i, 3, { at: l.at, cell: l.cell + rest.cell, kind: 'label', block: joined }, fig);
    }
  }
}

function range(from: number, n: number): number[] {
  return Array.from({ length: n }, (_, x) => from + x);
}

/**
 * One row of a table set one cell per line: its cells are the lines' texts (an absent cell is empty),
 * joined by tabs; `textLines` sends each cell's columns back to its own line of the file.
 */
function rowOfLines(cells: (Block | undefined)[], table: number, row: number): Block {
  let text = '';
  let norm = '';
  const textLines: [number, number][] = [];
  const texts: string[] = [];
  const norms: string[] = [];
  let line = 0;
  cells.forEach((c, k) => {
    if (k > 0) {
      text += '\t';
      norm += '\t';
    }
    const cell = (c?.text ?? '').trim();
    if (c !== undefined) {
      if (line === 0) line = c.line;
      // (a column is counted from the cell's first character: the line's indent is not kept)
      textLines.push([text.length, c.line]);
      // (a cell joined from two lines: its second line's part)
      for (const [off, l] of c.textLines ?? []) textLines.push([text.length + off, l]);
    }
    texts.push(cell);
    norms.push((c?.norm ?? '').trim());
    text += cell;
    norm += (c?.norm ?? '').trim();
  });
  return { kind: 'row', line, text, norm, cells: texts, normCells: norms, table, row, textLines };
}

/** A cell separator of a table flattened to text: | (also full-width, as in Markdown tables) or a tab. */
// (blanks around a separator, but not tabs: two tabs in a row hold an empty cell between them)
const CELL_SEPARATOR = /[ \u3000]*[|｜\t][ \u3000]*/;

/**
 * A table flattened to text, one row per line with cells between | (or tabs): two or more
 * consecutive lines that each have a separator become rows of one table, as a .docx table's rows
 * are. A lone line with a | stays a paragraph: one line is not a table.
 */
function flattenedTables(blocks: Block[]): Set<Block> {
  // the blank lines inside tables, which go
  const blanks = new Set<Block>();
  // after the tables read one cell per line
  let table = blocks.reduce((n, b) => (b.table !== undefined && b.table >= n ? b.table + 1 : n), 0);
  // (a sentence naming the columns in brackets: the sentence stays a paragraph, put before its table's first row)
  const prose: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    // (a blank line between two lines set out with spaces, as text laid out from a PDF has, is inside the table)
    const blankBetween = (k: number): boolean =>
      k > i && blocks[k]!.kind === 'paragraph' && blocks[k]!.text.trim() === '' && blocks[k + 1]?.kind === 'paragraph' && !/[|｜\t]/.test(blocks[k + 1]!.text) && spacedCells(blocks[k + 1]!.norm)?.some((c) => NUMERIC_CELL.test(c.text)) === true;
    while (j < blocks.length && blocks[j]!.kind === 'paragraph' && (isRowLine(blocks[j]!.text) || blankBetween(j))) {
      // a line set out with spaces is a row below the first only when it holds a figure (prose
      // with a double space after it is no row)
      const b = blocks[j]!;
      if (blankBetween(j)) {
        j++;
        continue;
      }
      if (j > i && !/[|｜\t]/.test(b.text) && !spacedCells(b.norm)!.some((c) => NUMERIC_CELL.test(c.text))) break;
      // (column names in brackets only open a table: a later line of them ends it)
      if (j > i && bracketedHeader(b.text) !== undefined) break;
      j++;
    }
    const rowsIn = range(i, j - i).filter((k) => blocks[k]!.text.trim() !== '');
    if (rowsIn.length >= 2 && rowsIn.length < j - i) {
      // the blank lines go: the rows stand together, as a table's rows do
      for (let k = i; k < j; k++) if (blocks[k]!.text.trim() === '') blanks.add(blocks[k]!);
    }
    if (rowsIn.length >= 2) {
      // outer | only when every line has them (a Markdown table); else a leading | is an empty first cell
      const lines = rowsIn.map((k) => blocks[k]!);
      const outer = lines.every((b) => /^\s*[|｜]/.test(b.text) && /[|｜]\s*$/.test(b.text));
      // cells set out with spaces only: lined up by their columns
      const spaced = lines.every((b) => !/[|｜\t]/.test(b.text)) ? alignSpaced(lines.map((b) => spacedCells(b.text)!)) : undefined;
      if (spaced !== undefined && !spaced.some((r) => r.some((c) => NUMERIC_CELL.test(c)))) {
        i = j;
        continue;
      }
      rowsIn.forEach((k, n) => {
        const b = blocks[k]!;
        const header = n === 0 && spaced === undefined ? bracketedHeader(b.text) : undefined;
        if (header !== undefined) prose.push(b);
        const cells = header !== undefined ? splitCells(header, false) : (spaced?.[n] ?? splitCells(b.text, outer));
        blocks[k] = { kind: 'row', line: b.line, text: b.text, norm: b.norm, cells, normCells: cells.map((c) => normalizeText(c)), table, row: n };
      });
      table++;
    }
    i = j > i ? j : i + 1;
  }
  for (const paragraph of prose) {
    const k = blocks.findIndex((b) => b.kind === 'row' && b.line === paragraph.line);
    if (k >= 0) blocks.splice(k, 0, paragraph);
  }
  return blanks;
}

function isRowLine(t: string): boolean {
  return (/[|｜\t]/.test(t) && t.trim().length > 0) || spacedCells(t) !== undefined;
}

/**
 * A sentence that names the columns of the table after it in brackets, "…各一级指标得分如下（一级指标|分值|得分）：": its
 * separators all stand inside one pair of brackets; the bracket's text, else undefined.
 */
function bracketedHeader(t: string): string | undefined {
  let depth = 0;
  let open = -1;
  let found: string | undefined;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '（' || ch === '(') {
      if (depth++ === 0) open = i;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      if (--depth === 0 && /[|｜]/.test(t.slice(open, i))) {
        if (found !== undefined) return undefined;
        found = t.slice(open + 1, i);
      }
    } else if ((ch === '|' || ch === '｜' || ch === '\t') && depth === 0) return undefined;
  }
  return found;
}

function splitCells(t: string, outer: boolean): string[] {
  if (!/[|｜\t]/.test(t)) return spacedCells(t)!.map((c) => c.text);
  const inner = outer ? t.trim().replace(/^[|｜]\s*/, '').replace(/\s*[|｜]$/, '') : t;
  return inner.split(CELL_SEPARATOR).map((c) => c.trim());
}

interface SpacedCell {
  text: string;
  /** Its first and last display columns (a Chinese character is two wide). */
  from: number;
  to: number;
}

/** A line of figures only, a single space apart (a PDF's row whose name wrapped around it). */
const FIGURES_ONLY = /^\s*(?:[-+]?[\d,]+(?:\.\d+)?[%％]?)(?: [-+]?[\d,]+(?:\.\d+)?[%％]?)+\s*$/;

/** Cells of a line set out with runs of spaces (two or more, or an ideographic space): three or more, else undefined. */
function spacedCells(t: string): SpacedCell[] | undefined {
  return spacedCellsAtLeast(t, 3);
}

/**
 * The same, with at least `min` cells. Column headings or figures set a single space apart (项目    预算数
 * 决算数 执行率: a PDF's cells stand close) are a cell each.
 */
function spacedCellsAtLeast(t: string, min: number): SpacedCell[] | undefined {
  if (!/\S(?: {2,}|\u3000+)\S/.test(t) && !FIGURES_ONLY.test(t)) return undefined;
  const cells: SpacedCell[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  let col = 0;
  let at = 0;
  while ((m = re.exec(t)) !== null) {
    col += widthOf(t.slice(at, m.index));
    const w = widthOf(m[0]);
    const words = m[0].split(' ');
    // (and figures a single space apart, as a PDF's narrow columns come out: 1,378.00 1,408.78 99.55%)
    if (headingWords(words) || (words.length >= 2 && words.every((x) => /\d/.test(x) && NUMERIC_CELL.test(x)))) {
      let c = col;
      for (const x of words) {
        cells.push({ text: x, from: c, to: c + widthOf(x) });
        c += widthOf(x) + 1;
      }
    } else cells.push({ text: m[0], from: col, to: col + w });
    col += w;
    at = m.index + m[0].length;
  }
  return cells.length >= min ? cells : undefined;
}

/**
 * A table set out with spaces has rows with fewer cells where a cell is empty (or a header without the
 * row-label cell). Each cell goes to the column of the fullest row it overlaps; a row that does not
 * line up one cell to one column keeps its cells as they are.
 */
function alignSpaced(rows: readonly SpacedCell[][]): string[][] {
  const widest = rows.reduce((a, r) => (r.length > a.length ? r : a), rows[0]!);
  return rows.map((r) => {
    if (r.length === widest.length) return r.map((c) => c.text);
    const out: string[] = widest.map(() => '');
    const used = new Set<number>();
    for (const c of r) {
      let best = -1;
      let overlap = 0;
      for (let k = 0; k < widest.length; k++) {
        const o = Math.min(c.to, widest[k]!.to) - Math.max(c.from, widest[k]!.from);
        if (o > overlap) {
          overlap = o;
          best = k;
        }
      }
      if (best < 0 || used.has(best)) return r.map((x) => x.text);
      used.add(best);
      out[best] = c.text;
    }
    return out;
  });
}

function tryDecode(enc: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(enc, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strict(enc: string, bytes: Uint8Array): string {
  const s = tryDecode(enc, bytes);
  if (s === undefined) throw new ReadError('not-text', `带 ${enc.toUpperCase()} 字节序标记，但内容不是有效的 ${enc.toUpperCase()}`, `it has a ${enc.toUpperCase()} byte-order mark, but its content is not valid ${enc.toUpperCase()}`);
  return s;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
