/**
 * The lines drawn on a PDF page → the tables they rule: each table's column and row edges and which
 * grid units form one (merged) cell. Pure geometry, tested with hand-made segments.
 *
 * A PDF keeps no cells, only text and lines; a table's drawn borders say what its text alone cannot:
 * where a cell's wrapped text ends, and which cells span columns or rows. Choices:
 * - Lines that touch or cross (within TOUCH points) belong to the same drawing; a drawing with at
 *   least two columns and two rows is a table. Horizontal lines alone (a three-line table, an
 *   underline) rule no cells: such tables are read from the text positions (pdf-blocks.ts).
 * - The table's edges are its outermost lines; where it has no outer border, the horizontal lines'
 *   ends (or the vertical lines' ends) bound it.
 * - Coordinates within TOUCH of each other are one edge (double lines, a border drawn by each of
 *   two cells).
 * - Between two units of the grid, a missing line merges them: no vertical line through the middle
 *   of a row's height joins two columns (a cell spanning columns), no horizontal line under the
 *   middle of a column joins two rows (a cell spanning rows).
 */
import type { Segment } from './pdf-paths.js';

export interface Grid {
  /** Column edges, left to right. */
  readonly xs: readonly number[];
  /** Row edges, top to bottom (PDF y: decreasing). */
  readonly ys: readonly number[];
  /** cellOf[row][column]: which merged cell covers that unit (the same number for one cell). */
  readonly cellOf: readonly (readonly number[])[];
}

/** Points within which lines touch, and coordinates are the same edge. */
const TOUCH = 2;

const isH = (s: Segment): boolean => s.y0 === s.y1;

class Sets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]!];
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function touch(a: Segment, b: Segment): boolean {
  const ha = isH(a);
  const hb = isH(b);
  if (ha && hb) return Math.abs(a.y0 - b.y0) <= TOUCH && a.x0 <= b.x1 + TOUCH && b.x0 <= a.x1 + TOUCH;
  if (!ha && !hb) return Math.abs(a.x0 - b.x0) <= TOUCH && a.y0 <= b.y1 + TOUCH && b.y0 <= a.y1 + TOUCH;
  const [h, v] = ha ? [a, b] : [b, a];
  return v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;
}

/** Values within TOUCH of their neighbour → one value each (the mean of the run). */
function edges(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  let run: number[] = [];
  for (const v of values) {
    if (run.length > 0 && v - run[run.length - 1]! > TOUCH) {
      out.push(run.reduce((s, x) => s + x, 0) / run.length);
      run = [];
    }
    run.push(v);
  }
  if (run.length > 0) out.push(run.reduce((s, x) => s + x, 0) / run.length);
  return out;
}

/** The tables ruled by a page's lines, top to bottom. */
export function gridsOf(segments: readonly Segment[]): Grid[] {
  const n = segments.length;
  if (n < 4) return [];
  // lines that touch are one drawing; sorted by left end, a line can only touch those starting
  // before its right end
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => segments[a]!.x0 - segments[b]!.x0);
  const sets = new Sets(n);
  for (let p = 0; p < n; p++) {
    const a = segments[order[p]!]!;
    for (let q = p + 1; q < n; q++) {
      const b = segments[order[q]!]!;
      if (b.x0 > a.x1 + TOUCH) break;
      if (touch(a, b)) sets.union(order[p]!, order[q]!);
    }
  }
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(s);
    else groups.set(r, [s]);
  });
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const g = gridOf(group);
    if (g) grids.push(g);
  }
  return grids.sort((a, b) => b.ys[0]! - a.ys[0]!);
}

function gridOf(group: readonly Segment[]): Grid | undefined {
  const hs = group.filter(isH);
  const vs = group.filter((s) => !isH(s));
  if (hs.length < 2 || vs.length < 1) return undefined;
  const left = Math.min(...hs.map((s) => s.x0), ...vs.map((s) => s.x0));
  const right = Math.max(...hs.map((s) => s.x1), ...vs.map((s) => s.x0));
  const bottom = Math.min(...vs.map((s) => s.y0), ...hs.map((s) => s.y0));
  const top = Math.max(...vs.map((s) => s.y1), ...hs.map((s) => s.y0));
  const xs = edges([left, right, ...vs.map((s) => s.x0)]);
  const ys = edges([bottom, top, ...hs.map((s) => s.y0)]).reverse();
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 2 || rows < 2) return undefined;
  // a vertical line at edge k through the middle of row i; a horizontal line at edge i under the
  // middle of column k (the outer edges bound the table, drawn or not)
  const nearest = (list: readonly number[], v: number): number => {
    let best = 0;
    for (let j = 1; j < list.length; j++) if (Math.abs(list[j]! - v) < Math.abs(list[best]! - v)) best = j;
    return best;
  };
  const vAt: Segment[][] = xs.map(() => []);
  for (const s of vs) vAt[nearest(xs, s.x0)]!.push(s);
  const hAt: Segment[][] = ys.map(() => []);
  for (const s of hs) hAt[nearest(ys, s.y0)]!.push(s);
  const vDrawn = (i: number, k: number): boolean => {
    if (k === 0 || k === cols) return true;
    const mid = (ys[i]! + ys[i + 1]!) / 2;
    return vAt[k]!.some((s) => s.y0 <= mid && s.y1 >= mid);
  };
  const hDrawn = (i: number, k: number): boolean => {
    if (i === 0 || i === rows) return true;
    const mid = (xs[k]! + xs[k + 1]!) / 2;
    return hAt[i]!.some((s) => s.x0 <= mid && s.x1 >= mid);
  };
  const units = new Sets(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < cols; k++) {
      if (k + 1 < cols && !vDrawn(i, k + 1)) units.union(i * cols + k, i * cols + k + 1);
      if (i + 1 < rows && !hDrawn(i + 1, k)) units.union(i * cols + k, (i + 1) * cols + k);
    }
  }
  const cellOf = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, k) => units.find(i * cols + k)));
  return { xs, ys, cellOf };
}
