/**
 * PDF lines in reading order → Blocks: paragraphs joined across the page width's line breaks,
 * and table rows recovered from the gaps between runs.
 *
 * Choices (a PDF keeps no paragraphs or tables, only positioned text):
 * - A line continues the paragraph above when that line reached the right margin (the next
 *   line's first word would not have fitted), the font size is the same, the line is not
 *   indented and does not start a numbered heading after a finished sentence. A heading (another
 *   size, or a short line) stands alone.
 * - Runs separated by more than 1.5 font sizes are cells. Two or more such lines next to each
 *   other are a table; the table's columns are the union of its cells' x ranges. A line with
 *   nothing in the first column continues the row above (a cell's text wrapped). A table whose
 *   rows go on at the top of the next page with as many columns is the same table.
 * - Spacing noise is removed: no space between two Chinese characters, or between a figure and
 *   a Chinese unit or '%'.
 */
import type { Grid } from './pdf-grid.js';
import { linesOf, type Line, type Run } from './pdf-layout.js';
import { normalizeText } from './normalize.js';
import type { Block } from './types.js';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Stands for a gap between two runs while a line's text is put together. */
const GAP = '\u0001';
const CJK = `${HAN}\\u3000-\\u303f\\uff00-\\uffef`;
const GAP_NOISE = new RegExp(`(?<=[${CJK}])${GAP}+|${GAP}+(?=[${CJK}])|(?<=[0-9])${GAP}+(?=%)`, 'g');
const HEADING_START = /^(?:第[一二三四五六七八九十百]+[部章节]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d))/;
const SENTENCE_END = /[。；：！？;:!?]$/;

/**
 * Spaces and gaps between runs → text: none next to a Chinese character or full-width
 * punctuation, nor between a figure and '%' (typesetting noise: LibreOffice and Word space CJK
 * from latin and digits, so a figure and its unit 万元 come apart), else one space. pdf.js writes
 * gaps as spaces inside a run's text too, so a space the author typed next to a Chinese character
 * cannot be told from noise and goes as well (a limit of the format: README, supported inputs).
 */
function resolveGaps(s: string): string {
  return s.replace(/[ \u00a0]/g, GAP).replace(GAP_NOISE, '').replace(new RegExp(`${GAP}+`, 'g'), ' ').trim();
}

/**
 * The runs' text: a space where a visible gap separates two runs, a tab where the gap is wider
 * than a character (spaced-out parts of a title: kept apart, as the author spaced them).
 */
function textOfRuns(runs: readonly Run[]): string {
  let s = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    if (s !== '' && gap > r.size && !/\t$/.test(s)) s = `${s.trimEnd()}\t`;
    else if (s !== '' && gap > r.size * 0.25 && !/\s$/.test(s) && !/^\s/.test(r.str)) s += GAP;
    s += /\t$/.test(s) ? r.str.trimStart() : r.str;
    end = r.x + r.w;
  }
  return resolveGaps(s);
}

/** Runs grouped into cells where the gap between them is wide. */
function segments(l: Line): Run[][] {
  const out: Run[][] = [];
  let end = -Infinity;
  for (const r of l.runs) {
    if (r.str.trim() === '') continue;
    if (out.length === 0 || r.x - end > r.size * 1.5) out.push([r]);
    else out[out.length - 1]!.push(r);
    end = r.x + r.w;
  }
  return out;
}

const joinLines = (a: string, b: string): string => (/[A-Za-z0-9,.]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b);

/** Width of the next line's first word: what would have had to fit at the end of the line above. */
function firstWordWidth(l: Line, text: string): number {
  // a figure keeps the punctuation after it on its line (line-breaking rules)
  const m = /^([A-Za-z0-9.,%\-]+)([。，、；：）”]*)/.exec(text);
  return m ? (m[1]!.length * 0.6 + m[2]!.length) * l.size : l.size;
}

interface Pending {
  lines: Line[];
  text: string;
  /** Where each line starts in `text`. */
  offsets: number[];
}

interface TableRow {
  line: Line;
  cells: Run[][][];
}

/**
 * Lines in reading order → blocks. `grids[page - 1]` are the tables ruled on that page (pdf-grid.ts):
 * text inside one is read cell by cell, as a Word table (merged cells as `spans` and `continues`);
 * other tables are recovered from the gaps between runs.
 */
export function blocksOf(allLines: readonly Line[], grids: readonly (readonly Grid[] | undefined)[] = []): Block[] {
  const blocks: Block[] = [];
  const { lines, tablesAt } = takeGridRuns(allLines, grids);
  const segs = lines.map(segments);
  let para: Pending | undefined;
  let tableNo = -1;
  // (xs: the column edges of a table read from its borders)
  let lastTable: { no: number; cols: number; rows: number; page: number; xs?: readonly number[] } | undefined;

  const emitPara = (): void => {
    if (!para) return;
    const first = para.lines[0]!;
    const p = para;
    blocks.push({
      kind: 'paragraph',
      line: blocks.length + 1,
      text: p.text,
      norm: normalizeText(p.text),
      page: first.page,
      lineOnPage: first.lineOnPage,
      ...(p.lines.length > 1 ? { pageLines: p.lines.map((l, i) => [p.offsets[i]!, l.page, l.lineOnPage] as const) } : {}),
    });
    para = undefined;
  };

  // a table going on from the page before: the last block is its row, on that page, with as many columns
  const goesOn = (cols: number, page: number): boolean => lastTable !== undefined && lastTable.cols === cols && lastTable.page === page - 1 && blocks[blocks.length - 1]?.kind === 'row';
  const pushRow = (cells: string[], table: number, row: number, line: Line, grid?: { spans: number[]; continues: number[] }): void => {
    const text = cells.join('\t');
    blocks.push({
      kind: 'row',
      line: blocks.length + 1,
      text,
      norm: normalizeText(text),
      cells,
      normCells: cells.map((c) => normalizeText(c)),
      ...(grid && grid.spans.some((n) => n !== 1) ? { spans: grid.spans } : {}),
      ...(grid && grid.continues.length > 0 ? { continues: grid.continues } : {}),
      table,
      row,
      page: line.page,
      lineOnPage: line.lineOnPage,
    });
  };

  const emitTable = (rows: TableRow[]): void => {
    splitAtColumns(rows);
    // columns: the union of the cells' x ranges, merged where they overlap
    const spans = rows.flatMap((r) => r.cells.flat().map((c) => [c[0]!.x, c[c.length - 1]!.x + c[c.length - 1]!.w] as [number, number]));
    spans.sort((a, b) => a[0] - b[0]);
    const cols: [number, number][] = [];
    for (const s of spans) {
      const last = cols[cols.length - 1];
      if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
      else cols.push([s[0], s[1]]);
    }
    const continues = goesOn(cols.length, rows[0]!.line.page);
    const no = continues ? lastTable!.no : ++tableNo;
    let rowNo = continues ? lastTable!.rows : 0;
    let prev: { texts: string[]; line: Line } | undefined;
    const flush = (): void => {
      if (!prev) return;
      pushRow(prev.texts, no, rowNo++, prev.line);
      prev = undefined;
    };
    for (const r of rows) {
      const texts: string[] = cols.map(() => '');
      for (const cell of r.cells.flat()) {
        const mid = (cell[0]!.x + cell[cell.length - 1]!.x + cell[cell.length - 1]!.w) / 2;
        const c = Math.max(0, cols.findIndex((s) => mid >= s[0] - 1 && mid <= s[1] + 1));
        texts[c] = texts[c] === '' ? textOfRuns(cell) : joinLines(texts[c]!, textOfRuns(cell));
      }
      if (prev && texts[0] === '' && r.line.page === prev.line.page && prev.line.y - r.line.y < r.line.size * 1.8) {
        prev.texts = prev.texts.map((t, i) => (texts[i] === '' ? t : t === '' ? texts[i]! : joinLines(t, texts[i]!)));
        continue;
      }
      flush();
      prev = { texts, line: r.line };
    }
    flush();
    lastTable = { no, cols: cols.length, rows: rowNo, page: rows[rows.length - 1]!.line.page };
  };

  const emitGrid = (t: GridText): void => {
    const rows = gridRows(t);
    if (rows.length === 0) return;
    let cols = t.grid.xs.length - 1;
    // a table going on from the page before on fewer columns, each one or more of the table's (the
    // rows on this page merge none of the columns others merge there): its cells span the table's
    const onto = lastTable?.xs !== undefined && lastTable.cols !== cols ? coarserColumns(lastTable.xs, t.grid.xs) : undefined;
    if (onto && goesOn(lastTable!.cols, rows[0]!.line.page)) {
      for (const r of rows) r.spans = spansOnto(r.spans, onto);
      cols = lastTable!.cols;
    }
    const continues = goesOn(cols, rows[0]!.line.page);
    const no = continues ? lastTable!.no : ++tableNo;
    let rowNo = continues ? lastTable!.rows : 0;
    const lastPage = rows[rows.length - 1]!.line.page;
    if (continues) {
      // a row broken across the page: its first part ended the page before
      const prev = blocks[blocks.length - 1]!;
      const joined = rowGoesOn(prev, rows[0]!);
      if (joined) {
        const text = joined.join('\t');
        blocks[blocks.length - 1] = { ...prev, text, norm: normalizeText(text), cells: joined, normCells: joined.map((c) => normalizeText(c)) };
        rows.shift();
      }
    }
    for (const r of rows) pushRow(r.cells, no, rowNo++, r.line, r);
    // (the page of its last row, read before the rest of a broken row left none)
    lastTable = { no, cols, rows: rowNo, page: lastPage, xs: continues ? lastTable!.xs : t.grid.xs };
  };

  for (let i = 0; i <= lines.length; i++) {
    const ruled = tablesAt.get(i);
    if (ruled) {
      emitPara();
      for (const t of ruled) emitGrid(t);
    }
    if (i === lines.length) break;
    const l = lines[i]!;
    const multi = (j: number): boolean => (segs[j]?.length ?? 0) >= 2;
    const near = (a: number, b: number): boolean => lines[a]!.page !== lines[b]!.page || Math.abs(lines[a]!.y - lines[b]!.y) < lines[a]!.size * 3;
    if (multi(i) && ((i + 1 < lines.length && multi(i + 1) && near(i, i + 1)) || (i > 0 && multi(i - 1) && near(i - 1, i)) || tableContinues(i))) {
      emitPara();
      const rows: TableRow[] = [];
      let j = i;
      let firstColEnd = Infinity; // where the first column's text ends, the narrowest row's
      // a line of one piece between rows (a row with one cell filled), or right of the first
      // column just under a row (a cell's wrapped text), is still in the table
      const inTable = (k: number): boolean => {
        if (k >= lines.length) return false;
        if (k > i && !near(k - 1, k) && lines[k]!.page === lines[k - 1]!.page) return false;
        if (multi(k)) return true;
        if (k === i) return false;
        return (multi(k + 1) && near(k, k + 1) && near(k - 1, k)) || (lines[k]!.x0 > firstColEnd && near(k - 1, k) && lines[k]!.page === lines[k - 1]!.page);
      };
      while (inTable(j)) {
        const s0 = segs[j]![0]!;
        if (multi(j)) firstColEnd = Math.min(firstColEnd, s0[s0.length - 1]!.x + s0[s0.length - 1]!.w);
        rows.push({ line: lines[j]!, cells: segs[j]!.map((s) => [s]) });
        j++;
      }
      emitTable(rows);
      i = j - 1;
      continue;
    }
    const text = textOfRuns(l.runs);
    if (text === '') continue;
    if (para) {
      const prev = para.lines[para.lines.length - 1]!;
      const room = prev.colRight - prev.x1;
      // full: the next line's first word would not have fitted; or a sentence left unfinished on
      // a line that is mostly full (a heading is short)
      const full =
        room <= firstWordWidth(l, text) + l.size * 2 ||
        (!SENTENCE_END.test(para.text) && room < (prev.colRight - prev.colLeft) * 0.25 && !HEADING_START.test(text));
      const sameSize = Math.abs(prev.size - l.size) < l.size * 0.1;
      const indented = l.x0 > l.colLeft + l.size * 0.8;
      const gap = prev.page === l.page && prev.colLeft === l.colLeft ? prev.y - l.y : l.size * 1.2;
      const newHeading = SENTENCE_END.test(para.text) && HEADING_START.test(text);
      if (full && sameSize && !indented && gap < l.size * 2.2 && !newHeading) {
        para.lines.push(l);
        const joined = joinLines(para.text, text);
        para.offsets.push(joined.length - text.length);
        para.text = joined;
        continue;
      }
    }
    emitPara();
    para = { lines: [l], text, offsets: [0] };
  }
  emitPara();
  return blocks;

  function tableContinues(i: number): boolean {
    // the first row of a page, under a table that ended the page before
    return lastTable !== undefined && blocks[blocks.length - 1]?.kind === 'row' && (i === 0 || lines[i - 1]!.page !== lines[i]!.page);
  }
}

/**
 * Cells that run over where other rows start a cell, in a table with no drawn borders: a heading whose
 * cells stand close (科目编码 科目名称, shown as one run with a space) is cut at the word that starts
 * where the rows below start their second cell, so that the columns are not merged into one.
 */
function splitAtColumns(rows: TableRow[]): void {
  // where the cells of the rows start (to within 2 points), and how many rows start one there
  const starts = new Map<number, number>();
  for (const r of rows) for (const c of r.cells.flat()) starts.set(Math.round(c[0]!.x / 2), (starts.get(Math.round(c[0]!.x / 2)) ?? 0) + 1);
  const columnStarts = [...starts].filter(([, n]) => n >= 2).map(([k]) => k * 2);
  if (columnStarts.length < 2) return;
  for (const r of rows) {
    const cells: Run[][] = [];
    for (const cell of r.cells.flat()) {
      const size = cell[0]!.size;
      const end = cell[cell.length - 1]!.x + cell[cell.length - 1]!.w;
      const inside = columnStarts.filter((x) => x > cell[0]!.x + size && x < end - size);
      if (inside.length === 0) {
        cells.push(cell);
        continue;
      }
      // the cell's words with where each starts; a word starting within a character of a column start
      // begins a new cell
      let cur: Run[] = [];
      for (const w of cell.flatMap(words)) {
        if (cur.length > 0 && inside.some((x) => Math.abs(w.x - x) <= size)) {
          cells.push(cur);
          cur = [];
        }
        cur.push(w);
      }
      if (cur.length > 0) cells.push(cur);
    }
    r.cells = cells.map((c) => [c]);
  }
}

/** A word of a run: its characters (start, end) and where it stands (x, w), and its first character's width. */
interface Word {
  start: number;
  end: number;
  x: number;
  w: number;
  lead: number;
}

/** A run's words (split at spaces), each placed where the characters' widths say, and where the run ends. */
function wordsOf(r: Run, chars: readonly string[]): { words: Word[]; end: number } {
  const widths = charWidths(r, chars);
  const out: Word[] = [];
  let at = r.x;
  let cur: Word | undefined;
  chars.forEach((c, j) => {
    const space = /\s/.test(c);
    if (!space && !cur) cur = { start: j, end: j, x: at, w: 0, lead: widths[j]! };
    if (space && cur) {
      out.push({ ...cur, end: j, w: at - cur.x });
      cur = undefined;
    }
    at += widths[j]!;
  });
  if (cur) out.push({ ...cur, end: chars.length, w: at - cur.x });
  return { words: out, end: at };
}

/** A run as its words, each a run of its own. */
function words(r: Run): Run[] {
  if (!/\S\s+\S/.test(r.str)) return [r];
  const chars = [...r.str];
  return wordsOf(r, chars).words.map((w) => ({ ...r, str: chars.slice(w.start, w.end).join(''), x: w.x, w: w.w }));
}

/** A ruled table's grid and the text runs inside it, each with the line it was read in. */
interface GridText {
  readonly grid: Grid;
  readonly runs: { run: Run; line: Line }[];
}

/** A run's middle: a little above its baseline, at its first character. */
const runMidY = (r: Run): number => r.y + r.size * 0.35;

function gridHolds(g: Grid, r: Run): boolean {
  const y = runMidY(r);
  const x = r.x + Math.min(r.w, r.size) / 2;
  return y < g.ys[0]! && y > g.ys[g.ys.length - 1]! && x > g.xs[0]! - 1 && x < g.xs[g.xs.length - 1]! + 1;
}

/**
 * Takes the runs inside ruled tables out of the lines. Returns the lines left (a line keeps the
 * runs outside every table) and, by the index of the line it comes before, each table with its
 * runs: a table stands where its first run was read.
 */
function takeGridRuns(all: readonly Line[], grids: readonly (readonly Grid[] | undefined)[]): { lines: Line[]; tablesAt: Map<number, GridText[]> } {
  const lines: Line[] = [];
  const tablesAt = new Map<number, GridText[]>();
  const seen = new Map<Grid, GridText>();
  for (const l of all) {
    const gs = grids[l.page - 1];
    if (!gs || gs.length === 0) {
      lines.push(l);
      continue;
    }
    const keep: Run[] = [];
    for (const r of l.runs) {
      const g = r.str.trim() === '' ? undefined : gs.find((x) => gridHolds(x, r));
      if (!g) {
        keep.push(r);
        continue;
      }
      let t = seen.get(g);
      if (!t) {
        seen.set(g, (t = { grid: g, runs: [] }));
        const at = tablesAt.get(lines.length);
        if (at) at.push(t);
        else tablesAt.set(lines.length, [t]);
      }
      t.runs.push({ run: r, line: l });
    }
    if (keep.length === l.runs.length) lines.push(l);
    else if (keep.some((r) => r.str.trim() !== '')) {
      lines.push({ ...l, runs: keep, x0: Math.min(...keep.map((r) => r.x)), x1: Math.max(...keep.map((r) => r.x + r.w)) });
    }
  }
  return { lines, tablesAt };
}

/**
 * Each character's width in a run, estimated: a Chinese or full-width character one font size, any
 * other half of one; spaces (where pdf.js joined text shown apart) take what the run's width leaves,
 * and without spaces all are scaled to the run's width.
 */
function charWidths(r: Run, chars: readonly string[]): number[] {
  const nominal = chars.map((c) => (/\s/.test(c) ? 0 : c.charCodeAt(0) >= 0x2e80 ? r.size : r.size / 2));
  const sum = nominal.reduce((a, b) => a + b, 0);
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  if (spaces > 0 && sum < r.w) return nominal.map((w, j) => (/\s/.test(chars[j]!) ? (r.w - sum) / spaces : w));
  const scale = sum > 0 ? r.w / sum : 0;
  return nominal.map((w) => w * scale);
}

/** Which column of the grid x is in (the nearest at the sides). */
function columnAt(xs: readonly number[], x: number): number {
  let k = 0;
  while (k < xs.length - 2 && x >= xs[k + 1]!) k++;
  return k;
}

/**
 * A run crossing a drawn cell edge → one piece per cell. pdf.js joins text shown close together
 * into one run, with a space for each gap, so text of two cells is two words: each word goes to the
 * cell its first character is in (a figure wider than its cell overflows into the next one on paper
 * and still belongs to its own), where the characters' widths say it starts.
 */
function splitAtEdges(r: Run, g: Grid, band: number): { run: Run; col: number }[] {
  const row = g.cellOf[band]!;
  const first = columnAt(g.xs, r.x + Math.min(r.w, r.size) / 2);
  if (!/\S\s+\S/.test(r.str)) return [{ run: r, col: first }];
  const chars = [...r.str];
  const { words: ws, end } = wordsOf(r, chars);
  const out: { run: Run; col: number }[] = [];
  let start = 0;
  let startX = r.x;
  let col = first;
  const cut = (to: number, toX: number): void => {
    const str = chars.slice(start, to).join('');
    if (str.trim() !== '') out.push({ run: { ...r, str, x: startX, w: toX - startX }, col });
  };
  // each word after the first goes to the cell of its first character
  for (const w of ws) {
    if (w.start === 0) continue;
    const k = columnAt(g.xs, w.x + w.lead / 2);
    if (k !== col && row[k] !== row[col]) {
      cut(w.start, w.x);
      start = w.start;
      startX = w.x;
      col = k;
    }
  }
  cut(chars.length, end);
  return out;
}

/**
 * The cells of `prev` with `next`'s text added when `next` is the rest of `prev`, a row the page
 * broke: the same cells, text only in cells `prev` has text in, and in at most half of them (the
 * cells whose text wrapped past the page's end; a new row fills most of its cells).
 */
function rowGoesOn(prev: Block, next: GridRow): string[] | undefined {
  const before = prev.cells;
  if (!before || before.length !== next.cells.length || next.continues.length > 0) return undefined;
  if (prev.spans ? prev.spans.join() !== next.spans.join() : next.spans.some((n) => n !== 1)) return undefined;
  const filled = next.cells.filter((c) => c !== '').length;
  const filledBefore = before.filter((c) => c !== '').length;
  if (filled === 0 || filled * 2 > filledBefore || next.cells.some((c, i) => c !== '' && before[i] === '')) return undefined;
  return before.map((c, i) => (next.cells[i] === '' ? c : joinLines(c, next.cells[i]!)));
}

/**
 * Where each column edge of a grid falls among another grid's edges (their indexes), when every one
 * of them is one of those and the outer edges are the same: the grid's columns are the other's,
 * some merged. undefined: another grid.
 */
function coarserColumns(table: readonly number[], page: readonly number[]): number[] | undefined {
  if (page.length >= table.length) return undefined;
  const at: number[] = [];
  let k = 0;
  for (const x of page) {
    while (k < table.length && table[k]! < x - EDGE_SLACK) k++;
    if (k === table.length || Math.abs(table[k]! - x) > EDGE_SLACK) return undefined;
    at.push(k);
  }
  return at[0] === 0 && at[at.length - 1] === table.length - 1 ? at : undefined;
}

/** How far apart two pages' drawings of one column edge may be (points). */
const EDGE_SLACK = 1.5;

/** A row's spans on the coarser grid → on the table's (coarserColumns). */
function spansOnto(spans: readonly number[], at: readonly number[]): number[] {
  const out: number[] = [];
  let c = 0;
  for (const n of spans) {
    out.push(at[c + n]! - at[c]!);
    c += n;
  }
  return out;
}

interface GridRow {
  cells: string[];
  spans: number[];
  continues: number[];
  line: Line;
}

/**
 * A ruled table's text → its rows as Word has them: one row per band of the grid, one cell per
 * merged cell in it with the grid columns it spans; a cell spanning rows holds its text in its top
 * row and continues (empty) in the rows under it. Rows with no text at all are left out.
 */
function gridRows(t: GridText): GridRow[] {
  const { grid: g, runs } = t;
  const rows = g.ys.length - 1;
  const byCell = new Map<number, Run[]>();
  const firstLine = new Map<number, Line>(); // by band, the first line read in it
  for (const { run, line } of runs) {
    const y = runMidY(run);
    let band = 0;
    while (band < rows - 1 && y < g.ys[band + 1]!) band++;
    const before = firstLine.get(band);
    if (!before || before.page > line.page || (before.page === line.page && before.lineOnPage > line.lineOnPage)) firstLine.set(band, line);
    for (const piece of splitAtEdges(run, g, band)) {
      const id = g.cellOf[band]![piece.col]!;
      const list = byCell.get(id);
      if (list) list.push(piece.run);
      else byCell.set(id, [piece.run]);
    }
  }
  const top = new Map<number, number>(); // a cell's top band
  g.cellOf.forEach((cols, i) => cols.forEach((id) => (top.has(id) ? undefined : top.set(id, i))));
  const textOf = (id: number): string =>
    linesOf(byCell.get(id) ?? [])
      .map((l) => textOfRuns(l.runs))
      .filter((s) => s !== '')
      .reduce((a, b) => (a === '' ? b : joinLines(a, b)), '');
  const out: GridRow[] = [];
  let lastLine = runs[0]?.line;
  for (let i = 0; i < rows; i++) {
    const cells: string[] = [];
    const spans: number[] = [];
    const continues: number[] = [];
    const ids = g.cellOf[i]!;
    const placed = new Set<number>();
    let lineOfRow = firstLine.get(i);
    for (let k = 0; k < ids.length; ) {
      const id = ids[k]!;
      let span = 1;
      while (k + span < ids.length && ids[k + span] === id) span++;
      if (top.get(id)! < i) {
        continues.push(cells.length);
        cells.push('');
      } else {
        cells.push(placed.has(id) ? '' : textOf(id));
        placed.add(id);
        // the text of a cell spanning rows may have been read lower down
        if (!lineOfRow) for (let b = i + 1; b < rows && !lineOfRow; b++) if (g.cellOf[b]!.includes(id)) lineOfRow = firstLine.get(b);
      }
      spans.push(span);
      k += span;
    }
    if (cells.every((c) => c === '')) continue;
    const line = lineOfRow ?? lastLine;
    if (!line) continue;
    lastLine = line;
    out.push({ cells, spans, continues, line });
  }
  return out;
}
