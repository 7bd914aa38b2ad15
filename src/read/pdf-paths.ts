/**
 * A PDF page's drawing operations (pdf.js's operator list) → the straight horizontal and vertical
 * lines drawn on it: the borders of table cells, from which pdf-grid.ts rebuilds the cells.
 *
 * Input: pdf.js's `fnArray`/`argsArray` and its `OPS` numbers (pdf.js 5: a path is one
 * constructPath op whose arguments are the painting op, the path as a Float32Array of DrawOPS
 * codes and coordinates, and its bounding box). Output: segments in the coordinates of the page as
 * shown (points, y up, its origin at 0,0), as the text runs are given.
 *
 * What counts as a line:
 * - a stroked straight piece of a path that is horizontal or vertical (a cell's edge drawn with a
 *   pen: LibreOffice draws each edge so, some tools stroke each cell as a rectangle);
 * - a filled shape that is thin (at most 2.5 points across) and long (Word's "save as PDF" fills a
 *   thin rectangle for each border): its middle line.
 * White lines and fills are not seen on paper and are left out, as are curves, clip paths and
 * filled areas (cell shading). The number of segments read from one page is bounded.
 */
export interface Segment {
  /** Horizontal: y0 === y1 and x0 < x1; vertical: x0 === x1 and y0 < y1. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The operator numbers this reader needs (pdf.js exports them as `OPS`). */
export interface PathOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly setStrokeRGBColor: number;
  readonly setFillRGBColor: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
}

/** Most segments read from one page: a drawing of many thousand lines is no table. */
export const MAX_SEGMENTS = 5000;
/** A filled shape at most this thin (points) is a line. */
const THIN = 2.5;
/** A line shorter than this (points) is no cell edge (a dot, a tick). */
const SHORT = 3;
/** Drawn pieces this far from horizontal or vertical (points) are neither. */
const SKEW = 0.5;

/** A PDF transformation matrix [a b c d e f]: a point p goes to p × M. */
export type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m then n: the matrix of applying m first. */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const isWhite = (hex: unknown): boolean => typeof hex === 'string' && /^#f[ef]f[ef]f[ef]$/i.test(hex);

interface State {
  ctm: Matrix;
  stroke: unknown;
  fill: unknown;
}

/**
 * The horizontal and vertical lines drawn on a page, in the space `page` maps user space to (the page
 * as shown: pdf.ts). Returns [] for an operator list in another shape than pdf.js 5's (the caller
 * then reads tables from text positions alone).
 */
export function segmentsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: PathOps, page: Matrix = IDENTITY): Segment[] {
  const out: Segment[] = [];
  const stack: State[] = [];
  let st: State = { ctm: page, stroke: undefined, fill: undefined };
  const push = (ax: number, ay: number, bx: number, by: number): void => {
    if (out.length >= MAX_SEGMENTS) return;
    const dx = Math.abs(ax - bx);
    const dy = Math.abs(ay - by);
    if (dy <= SKEW && dx >= SHORT) {
      const y = (ay + by) / 2;
      out.push({ x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y });
    } else if (dx <= SKEW && dy >= SHORT) {
      const x = (ax + bx) / 2;
      out.push({ x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) });
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ...st });
    else if (fn === ops.restore) st = stack.pop() ?? st;
    else if (fn === ops.transform && args) st.ctm = multiply(args as unknown as Matrix, st.ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push({ ...st });
      const m = args[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) st.ctm = multiply(Array.from(m as ArrayLike<number>) as unknown as Matrix, st.ctm);
    } else if (fn === ops.paintFormXObjectEnd) st = stack.pop() ?? st;
    else if (fn === ops.setStrokeRGBColor && args) st.stroke = args[0];
    else if (fn === ops.setFillRGBColor && args) st.fill = args[0];
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const path = (args[1] as unknown[] | undefined)?.[0];
      if (!(path instanceof Float32Array)) continue;
      const stroked = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      const filled = paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      if (stroked && !isWhite(st.stroke)) pathPieces(path, st.ctm, push);
      if (filled && !isWhite(st.fill)) thinFills(path, st.ctm, push);
    }
    if (out.length >= MAX_SEGMENTS) break;
  }
  return out;
}

type Push = (ax: number, ay: number, bx: number, by: number) => void;

// pdf.js 5's DrawOPS
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Each straight piece of a path, in page space. */
function pathPieces(path: Float32Array, m: Matrix, push: Push): void {
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let j = 0; j < path.length; ) {
    const op = path[j++];
    if (op === MOVE || op === LINE) {
      const x = path[j++]!;
      const y = path[j++]!;
      const px = m[0] * x + m[2] * y + m[4];
      const py = m[1] * x + m[3] * y + m[5];
      if (op === LINE) push(cx, cy, px, py);
      else [sx, sy] = [px, py];
      [cx, cy] = [px, py];
    } else if (op === CURVE || op === QUAD) {
      j += op === CURVE ? 4 : 2;
      const x = path[j++]!;
      const y = path[j++]!;
      cx = m[0] * x + m[2] * y + m[4];
      cy = m[1] * x + m[3] * y + m[5];
    } else if (op === CLOSE) {
      push(cx, cy, sx, sy);
      [cx, cy] = [sx, sy];
    } else return; // not pdf.js 5's path encoding
  }
}

/** The middle line of each thin filled subpath, in page space. */
function thinFills(path: Float32Array, m: Matrix, push: Push): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let curved = false;
  const flush = (): void => {
    if (x0 <= x1 && !curved) {
      // a fill with no area paints nothing
      const w = x1 - x0;
      const h = y1 - y0;
      if (h > 0.01 && h <= THIN && w > h) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
      else if (w > 0.01 && w <= THIN && h > w) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
    }
    x0 = y0 = Infinity;
    x1 = y1 = -Infinity;
    curved = false;
  };
  for (let j = 0; j < path.length; ) {
    const op = path[j++];
    if (op === MOVE || op === LINE) {
      if (op === MOVE) flush();
      const x = path[j++]!;
      const y = path[j++]!;
      const px = m[0] * x + m[2] * y + m[4];
      const py = m[1] * x + m[3] * y + m[5];
      x0 = Math.min(x0, px);
      x1 = Math.max(x1, px);
      y0 = Math.min(y0, py);
      y1 = Math.max(y1, py);
    } else if (op === CURVE || op === QUAD) {
      j += op === CURVE ? 6 : 4;
      curved = true;
    } else if (op === CLOSE) {
      continue;
    } else return;
  }
  flush();
}
