/**
 * Positioned text runs of PDF pages → the lines a reader sees, in reading order.
 *
 * Input: per page its size and text runs (string, baseline x/y in points, width, font size), as
 * a PDF library reports them. Output: lines with their page, their line number on the page and
 * their column's margins, running headers/footers removed. Pure geometry, no PDF library, so it
 * is tested with hand-made runs.
 *
 * Invariants and choices:
 * - Runs are grouped into lines by baseline (within half a font size).
 * - A page region whose lines all leave the same vertical strip near the middle empty, with text
 *   on both sides and the left side filled up to the strip, is two columns: left column first.
 * - A line near the top or bottom of the page whose text (digits masked) repeats on at least half
 *   of the pages, or that is only a page number (one piece of text), is a running header/footer and is dropped.
 * - `lineOnPage` counts the page's lines in reading order, running headers included (what a
 *   reader counts in a viewer), footers at the end.
 */

export interface Run {
  readonly str: string;
  readonly x: number;
  /** Baseline, from the bottom of the page (PDF user space). */
  readonly y: number;
  readonly w: number;
  readonly size: number;
}

export interface PageRuns {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
}

export interface Line {
  readonly page: number;
  readonly lineOnPage: number;
  /** Runs left to right. */
  readonly runs: readonly Run[];
  readonly y: number;
  readonly size: number;
  readonly x0: number;
  readonly x1: number;
  /** The left and right margins of the column this line is in. */
  readonly colLeft: number;
  readonly colRight: number;
}

export interface RawLine {
  runs: Run[];
  y: number;
  size: number;
  x0: number;
  x1: number;
}

/** Points a right margin may be narrower than the left one and still be taken as the same. */
const SIZE_SLACK = 10;

const PAGE_NUMBER = /^[-—–\s第页Page]*\d+\s*(?:页|\/\s*\d+|共\s*\d+\s*页|of\s*\d+)?[-—–\s]*$/i;

/** Groups one page's runs into lines, top to bottom. */
export function linesOf(runs: readonly Run[]): RawLine[] {
  const sorted = runs.filter((r) => r.str.trim() !== '' && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) < Math.min(last.size, r.size) * 0.5) {
      last.runs.push(r);
      last.size = Math.max(last.size, r.size);
      last.x0 = Math.min(last.x0, r.x);
      last.x1 = Math.max(last.x1, r.x + r.w);
    } else {
      lines.push({ runs: [r], y: r.y, size: r.size, x0: r.x, x1: r.x + r.w });
    }
  }
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return lines;
}

const lineText = (l: RawLine): string => l.runs.map((r) => r.str).join('').replace(/\s+/g, '');

/**
 * Indexes (page, line) of running headers and footers: near the top or bottom edge, and either
 * only a page number or repeated on at least half of the pages (at least two), counted once a
 * page. Digits are masked (第3页, 2024) in one-piece lines only: a table row of several cells
 * must repeat exactly (rows of a long table at the top of each page are not a header).
 */
function runningLines(pages: readonly RawLine[][], heights: readonly number[]): Set<string> {
  const out = new Set<string>();
  const pagesOf = new Map<string, Set<number>>();
  const candidates: { key: string; at: string; pageNo: boolean }[] = [];
  pages.forEach((lines, p) => {
    const h = heights[p]!;
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)]);
    for (const l of edge) {
      if (l.y < h * 0.88 && l.y > h * 0.12) continue;
      const text = lineText(l);
      const key = `${l.y > h / 2 ? 'top' : 'bottom'}:${pieces(l.runs) === 1 ? text.replace(/\d+/g, '#') : text}`;
      // (a page number is one piece of text: a table row of figures at the top of a page is none)
      candidates.push({ key, at: `${p}:${lines.indexOf(l)}`, pageNo: pieces(l.runs) === 1 && PAGE_NUMBER.test(text) });
      pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(p));
    }
  });
  for (const c of candidates) {
    const n = pagesOf.get(c.key)?.size ?? 0;
    if (c.pageNo || (pages.length >= 2 && n >= Math.max(2, pages.length / 2))) out.add(c.at);
  }
  return out;
}

/** The x of the emptiest vertical strip in the middle of the page, and how many lines cross it. */
function middleGap(lines: readonly RawLine[], width: number): number | undefined {
  let best: number | undefined;
  let bestCross = Infinity;
  for (let x = Math.round(width * 0.35); x <= width * 0.65; x += 2) {
    let cross = 0;
    for (const l of lines) for (const r of l.runs) if (r.x < x && r.x + r.w > x) cross++;
    if (cross < bestCross) {
      bestCross = cross;
      best = x;
    }
  }
  return best;
}

const crosses = (l: RawLine, x: number): boolean => l.runs.some((r) => r.x < x && r.x + r.w > x);

interface Region {
  lines: RawLine[];
  split?: number;
}

/** How many runs of text a line's runs make, a gap wider than 1.5 font sizes between two. */
export function pieces(runs: readonly Run[]): number {
  let n = 0;
  let end = -Infinity;
  for (const r of runs) {
    if (r.x - end > r.size * 1.5) n++;
    end = r.x + r.w;
  }
  return n;
}

/** A line of two-column text: one piece of text each side of the gap, the left one wide, up to the gap. */
function isColumnText(l: RawLine, gap: number, width: number): boolean {
  if (!(l.x0 < gap && l.x1 > gap)) return false;
  const left = l.runs.filter((r) => r.x < gap);
  const right = l.runs.filter((r) => r.x >= gap);
  const leftEnd = Math.max(...left.map((r) => r.x + r.w));
  return pieces(left) === 1 && pieces(right) === 1 && leftEnd - left[0]!.x > width * 0.25 && leftEnd > gap - width * 0.12;
}

/** Splits a page's body lines into full-width and two-column regions, top to bottom. */
function regions(lines: readonly RawLine[], width: number): Region[] {
  const gap = middleGap(lines, width);
  if (gap === undefined) return [{ lines: [...lines] }];
  const out: Region[] = [];
  let cur: RawLine[] = [];
  // Lines that leave the gap empty: the stretch from the first line of column text is two columns
  // when at least three lines, and most lines with text on both sides, are column text (a table
  // row is several pieces); what comes before or after it is full width.
  const flush = (): void => {
    if (cur.length === 0) return;
    const text = cur.map((l) => isColumnText(l, gap, width));
    // the stretch: from the first line of column text to the last line with text right of the gap
    const first = text.indexOf(true);
    const last = cur.map((l) => l.x1 > gap).lastIndexOf(true);
    const block = first < 0 ? [] : cur.slice(first, last + 1);
    const both = block.filter((l) => l.x0 < gap && l.x1 > gap).length;
    const count = text.filter(Boolean).length;
    if (count >= 3 && count >= both * 0.7) {
      if (first > 0) out.push({ lines: cur.slice(0, first) });
      out.push({ lines: block, split: gap });
      if (last + 1 < cur.length) out.push({ lines: cur.slice(last + 1) });
    } else {
      out.push({ lines: cur });
    }
    cur = [];
  };
  for (const l of lines) {
    if (crosses(l, gap)) {
      flush();
      out.push({ lines: [l] });
    } else {
      cur.push(l);
    }
  }
  flush();
  // neighbouring full-width regions are one
  const merged: Region[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && last.split === undefined && r.split === undefined) last.lines.push(...r.lines);
    else merged.push({ lines: [...r.lines], ...(r.split !== undefined ? { split: r.split } : {}) });
  }
  return merged;
}

function part(l: RawLine, keep: (r: Run) => boolean): RawLine | undefined {
  const runs = l.runs.filter(keep);
  if (runs.length === 0) return undefined;
  return {
    runs,
    y: l.y,
    size: Math.max(...runs.map((r) => r.size)),
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x + r.w)),
  };
}

/** All pages → body lines in reading order, with page, line on page and column margins. */
export function layoutPages(pages: readonly PageRuns[]): Line[] {
  const raw = pages.map((p) => linesOf(p.runs));
  const running = runningLines(raw, pages.map((p) => p.height));
  const out: Line[] = [];
  // the text area's margins, over the whole document: a page of short lines has the same margins
  let docLeft = Infinity;
  let docRight = -Infinity;
  raw.forEach((lines, p) =>
    lines.forEach((l, i) => {
      if (running.has(`${p}:${i}`)) return;
      docLeft = Math.min(docLeft, l.x0);
      docRight = Math.max(docRight, l.x1);
    }),
  );
  raw.forEach((lines, p) => {
    const width = pages[p]!.width;
    const header: RawLine[] = [];
    const footer: RawLine[] = [];
    const body: RawLine[] = [];
    lines.forEach((l, i) => {
      if (!running.has(`${p}:${i}`)) body.push(l);
      else if (l.y > pages[p]!.height / 2) header.push(l);
      else footer.push(l);
    });
    let n = header.length;
    for (const region of regions(body, width)) {
      const cols: RawLine[][] =
        region.split === undefined
          ? [region.lines]
          : [
              region.lines.map((l) => part(l, (r) => r.x < region.split!)).filter((l): l is RawLine => l !== undefined),
              region.lines.map((l) => part(l, (r) => r.x >= region.split!)).filter((l): l is RawLine => l !== undefined),
            ];
      cols.forEach((col, c) => {
        const colLeft = c === 0 ? docLeft : Math.min(...col.map((l) => l.x0));
        // the right margin mirrors the left one unless lines reach further: a page of short
        // lines does not make them full
        const colRight = c === 0 && cols.length > 1 ? Math.max(...col.map((l) => l.x1)) : Math.max(docRight, width - docLeft - SIZE_SLACK);
        for (const l of col) out.push({ page: p + 1, lineOnPage: ++n, runs: l.runs, y: l.y, size: l.size, x0: l.x0, x1: l.x1, colLeft, colRight });
      });
    }
  });
  return out;
}
