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
import type { Line, Run } from './pdf-layout.js';
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

export function blocksOf(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  const segs = lines.map(segments);
  let para: Pending | undefined;
  let tableNo = -1;
  let lastTable: { no: number; cols: number; rows: number; page: number } | undefined;

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

  const emitTable = (rows: TableRow[]): void => {
    // columns: the union of the cells' x ranges, merged where they overlap
    const spans = rows.flatMap((r) => r.cells.flat().map((c) => [c[0]!.x, c[c.length - 1]!.x + c[c.length - 1]!.w] as [number, number]));
    spans.sort((a, b) => a[0] - b[0]);
    const cols: [number, number][] = [];
    for (const s of spans) {
      const last = cols[cols.length - 1];
      if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
      else cols.push([s[0], s[1]]);
    }
    const first = rows[0]!.line;
    const continues = lastTable && lastTable.cols === cols.length && lastTable.page === first.page - 1 && blocks[blocks.length - 1]?.kind === 'row';
    const no = continues ? lastTable!.no : ++tableNo;
    let rowNo = continues ? lastTable!.rows : 0;
    let prev: { texts: string[]; line: Line } | undefined;
    const flush = (): void => {
      if (!prev) return;
      const cells = prev.texts.map((t) => t);
      const text = cells.join('\t');
      blocks.push({
        kind: 'row',
        line: blocks.length + 1,
        text,
        norm: normalizeText(text),
        cells,
        normCells: cells.map((c) => normalizeText(c)),
        table: no,
        row: rowNo++,
        page: prev.line.page,
        lineOnPage: prev.line.lineOnPage,
      });
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

  for (let i = 0; i < lines.length; i++) {
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
