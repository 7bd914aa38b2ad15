/**
 * Tables rebuilt from the lines a PDF draws (pdf-paths.ts, pdf-grid.ts, and their use in
 * pdf-blocks.ts), on hand-made drawing operations and text runs, so each rule is shown on the
 * smallest page that needs it. The same on PDFs LibreOffice made from Word files with merged cells:
 * test/complete-reports.test.ts (each report's PDF gives the checks its .docx gives).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/node.js';
import { loadPdfJs } from '../../src/read/pdf-lib.js';
import { blocksOf } from '../../src/read/pdf-blocks.js';
import { gridsOf, type Grid } from '../../src/read/pdf-grid.js';
import { layoutPages, type PageRuns, type Run } from '../../src/read/pdf-layout.js';
import { MAX_SEGMENTS, segmentsOf, type Matrix, type PathOps, type Segment } from '../../src/read/pdf-paths.js';
import type { Block } from '../../src/read/types.js';
import { landscape } from './pdf-writer.js';

// operator numbers as pdf.js 5 has them (pdf-files.test.ts reads real PDFs through pdf.js itself)
const OPS: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
};
// pdf.js 5's path codes
const M = 0;
const L = 1;
const C = 2;
const Z = 4;

type Op = [number, unknown[] | null];
const path = (paint: number, ...codes: number[]): Op => [OPS.constructPath, [paint, [new Float32Array(codes)], null]];
const segs = (ops: Op[], page?: Matrix): Segment[] =>
  segmentsOf(
    ops.map((o) => o[0]),
    ops.map((o) => o[1]),
    OPS,
    page,
  );

describe('the lines a page draws', () => {
  it('a stroked horizontal or vertical piece is a line; a slanted one and a curve are not', () => {
    expect(segs([path(OPS.stroke, M, 10, 700, L, 300, 700, L, 300, 600, L, 250, 550, C, 1, 1, 2, 2, 3, 3)])).toEqual([
      { x0: 10, y0: 700, x1: 300, y1: 700 },
      { x0: 300, y0: 600, x1: 300, y1: 700 },
    ]);
  });

  it('a stroked rectangle gives its four edges (closing the path draws the last one)', () => {
    const out = segs([path(OPS.closeStroke, M, 10, 10, L, 110, 10, L, 110, 40, L, 10, 40, Z)]);
    expect(out).toHaveLength(4);
    expect(out).toContainEqual({ x0: 10, y0: 10, x1: 10, y1: 40 });
  });

  it('a thin filled rectangle (how Word draws a border) is its middle line; a wide fill (shading) is none', () => {
    expect(segs([path(OPS.fill, M, 10, 700, L, 300, 700, L, 300, 700.5, L, 10, 700.5, Z)])).toEqual([{ x0: 10, y0: 700.25, x1: 300, y1: 700.25 }]);
    expect(segs([path(OPS.fill, M, 50, 100, L, 50.5, 100, L, 50.5, 400, L, 50, 400, Z)])).toEqual([{ x0: 50.25, y0: 100, x1: 50.25, y1: 400 }]);
    expect(segs([path(OPS.fill, M, 10, 600, L, 300, 600, L, 300, 620, L, 10, 620, Z)])).toEqual([]);
  });

  it('white lines are not seen on paper; the colour is restored with the graphics state', () => {
    const line = path(OPS.stroke, M, 10, 700, L, 300, 700);
    expect(segs([[OPS.setStrokeRGBColor, ['#ffffff']], line])).toEqual([]);
    expect(segs([[OPS.save, null], [OPS.setStrokeRGBColor, ['#ffffff']], [OPS.restore, null], line])).toHaveLength(1);
  });

  it("the current transformation is applied, and restored; then the page's own (its origin taken off)", () => {
    const line = path(OPS.stroke, M, 0, 0, L, 100, 0);
    expect(segs([[OPS.save, null], [OPS.transform, [2, 0, 0, 2, 50, 60]], line, [OPS.restore, null], line], [1, 0, 0, 1, -10, -20])).toEqual([
      { x0: 40, y0: 40, x1: 240, y1: 40 },
      { x0: -10, y0: -20, x1: 90, y1: -20 },
    ]);
    // a form XObject's matrix holds until the form ends
    expect(segs([[OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, 500], null]], line, [OPS.paintFormXObjectEnd, null], line])).toEqual([
      { x0: 0, y0: 500, x1: 100, y1: 500 },
      { x0: 0, y0: 0, x1: 100, y1: 0 },
    ]);
  });

  it('a page of very many lines is read up to a bound', () => {
    const many: Op[] = Array.from({ length: MAX_SEGMENTS + 10 }, (_, i) => path(OPS.stroke, M, 0, i, L, 100, i));
    expect(segs(many)).toHaveLength(MAX_SEGMENTS);
  });

  it('an operator list in another shape (another pdf.js) gives no lines, not a wrong table', () => {
    expect(segs([[OPS.constructPath, [[M, L], [10, 700, 300, 700], null]]])).toEqual([]);
  });
});

/** The lines of a ruled table: horizontal lines at ys (top first) and vertical ones at xs, each edge drawn piece by piece. */
function ruled(xs: number[], ys: number[], omit: (s: Segment) => boolean = () => false): Segment[] {
  const out: Segment[] = [];
  for (const y of ys) for (let k = 0; k + 1 < xs.length; k++) out.push({ x0: xs[k]!, y0: y, x1: xs[k + 1]!, y1: y });
  for (const x of xs) for (let i = 0; i + 1 < ys.length; i++) out.push({ x0: x, y0: ys[i + 1]!, x1: x, y1: ys[i]! });
  return out.filter((s) => !omit(s));
}

describe('tables from the lines', () => {
  it('a full grid: its column and row edges, each unit its own cell', () => {
    const [g, ...rest] = gridsOf(ruled([50, 150, 250, 350], [700, 680, 660]));
    expect(rest).toEqual([]);
    expect(g!.xs).toEqual([50, 150, 250, 350]);
    expect(g!.ys).toEqual([700, 680, 660]);
    expect(new Set(g!.cellOf.flat()).size).toBe(6);
  });

  it('a missing vertical line joins two columns in that row; a missing horizontal line joins two rows in that column', () => {
    const g = gridsOf(
      ruled([50, 150, 250, 350], [700, 680, 660, 640], (s) => (s.x0 === 250 && s.y0 === 680 && s.y1 === 700) || (s.y0 === 660 && s.x0 === 50 && s.x1 === 150)),
    )[0]!;
    const c = g.cellOf;
    expect(c[0]![1]).toBe(c[0]![2]); // row 1: columns 2 and 3 one cell
    expect(c[1]![1]).not.toBe(c[1]![2]);
    expect(c[1]![0]).toBe(c[2]![0]); // column 1: rows 2 and 3 one cell
    expect(c[1]![1]).not.toBe(c[2]![1]);
  });

  it('double lines and lines drawn by each of two cells are one edge', () => {
    const g = gridsOf([...ruled([50, 150, 250], [700, 680, 660]), ...ruled([50.5, 150.5, 250.5], [700.5, 680.5, 660.5])])[0]!;
    expect(g.xs).toHaveLength(3);
    expect(g.ys).toHaveLength(3);
  });

  it('a table with no outer side borders is bounded by its horizontal lines', () => {
    const g = gridsOf(ruled([50, 150, 250, 350], [700, 680, 660], (s) => s.x0 === s.x1 && (s.x0 === 50 || s.x0 === 350)))[0]!;
    expect(g.xs).toEqual([50, 150, 250, 350]);
    expect(new Set(g.cellOf.flat()).size).toBe(6);
  });

  it('horizontal lines alone (a three-line table, underlines) and a frame of one cell rule no table', () => {
    expect(gridsOf([700, 680, 600].map((y) => ({ x0: 50, y0: y, x1: 350, y1: y })))).toEqual([]);
    expect(gridsOf(ruled([50, 350], [700, 600]))).toEqual([]);
  });

  it('two tables apart on a page are two grids, top first', () => {
    const gs = gridsOf([...ruled([50, 150, 250], [400, 380, 360]), ...ruled([50, 200, 300, 400], [700, 680, 660, 640])]);
    expect(gs.map((g) => g.ys[0])).toEqual([700, 400]);
  });
});

// ---- text in ruled tables ----

const W = 595;
const H = 842;
const S = 10;

/** A run of text at a baseline: Chinese characters 10 pt wide, the rest 5.5 pt. */
function run(str: string, x: number, y: number): Run {
  return { str, x, y, w: [...str].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? S * 0.55 : S), 0), size: S };
}

const page = (runs: Run[]): PageRuns => ({ width: W, height: H, runs });
const rows = (bs: Block[]): unknown[] => bs.filter((b) => b.kind === 'row').map((b) => [b.cells, b.spans ?? null, b.continues ?? null]);

describe('reading the text of a ruled table', () => {
  // 项目资金 spans three rows; 年初预算数 | 全年预算数 | 执行数 are three columns; the unit's name spans two
  const xs = [60, 140, 240, 340, 440];
  const ys = [760, 740, 720, 700, 680];
  const lines = ruled(xs, ys, (s) =>
    // 项目资金 merged down rows 2–4 in column 1; 单位名称 over columns 3–4 in row 1
    (s.x0 === 60 && s.x1 === 140 && (s.y0 === 720 || s.y0 === 700)) || (s.x0 === 340 && s.y1 === 760),
  );
  const grids: Grid[] = gridsOf(lines);
  const body = [
    run('单位名称', 65, 746),
    run('某县交通运输局', 250, 746),
    run('资金', 145, 726),
    run('年初预算数', 245, 726),
    run('全年执行数', 345, 726),
    // the merged cell's text sits in the middle of its three rows, over two lines
    run('项目', 65, 711),
    run('资金', 65, 699),
    run('年度资金总额', 145, 706),
    run('1,200.00', 245, 706),
    run('1,150.00', 345, 706),
    run('其中：财政拨款', 145, 686),
    run('1,000.00', 245, 686),
    run('980.00', 345, 686),
  ];

  it('cells are read on the grid: a merged cell once, in its top row, continued below; spans from missing edges', () => {
    const blocks = blocksOf(layoutPages([page(body)]), [grids]);
    expect(rows(blocks)).toEqual([
      [['单位名称', '', '某县交通运输局'], [1, 1, 2], null],
      [['项目资金', '资金', '年初预算数', '全年执行数'], null, null],
      [['', '年度资金总额', '1,200.00', '1,150.00'], null, [0]],
      [['', '其中：财政拨款', '1,000.00', '980.00'], null, [0]],
    ]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.table)).toEqual([0, 0, 0, 0]);
  });

  it('without the lines the same text is read from its positions alone (the merged cell is lost)', () => {
    const blocks = blocksOf(layoutPages([page(body)]));
    expect(rows(blocks)).not.toContainEqual([['项目资金', '资金', '年初预算数', '全年执行数'], null, null]);
  });

  it('a cell whose text wraps is one cell; text above and below the table stays paragraphs', () => {
    const g = gridsOf(ruled([60, 200, 500], [700, 680, 640]));
    const runs = [
      run('表1 项目情况', 60, 720),
      run('项目名称', 65, 686),
      run('产出目标', 205, 686),
      run('农村公路养护', 65, 666),
      run('完成农村公路日常养护860公里以上，改造危桥', 205, 666),
      run('6座。', 205, 652),
      run('以上为项目情况。', 60, 600),
    ];
    const blocks = blocksOf(layoutPages([page(runs)]), [g]);
    expect(blocks.map((b) => (b.kind === 'row' ? b.cells : b.text))).toEqual([
      '表1项目情况',
      ['项目名称', '产出目标'],
      ['农村公路养护', '完成农村公路日常养护860公里以上，改造危桥6座。'],
      '以上为项目情况。',
    ]);
  });

  it('figures wider than their cells (overflowing on paper) given as one run: each to the cell it starts in', () => {
    // columns 48 pt wide; each figure 8 characters of 6 pt: the last digit of 3,518.76 is drawn past the edge
    const g = gridsOf(ruled([40, 88, 136, 184, 232], [700, 680, 660]));
    const one: Run = { str: '3,862.40 3,518.76 343.64', x: 89, y: 666, w: 48 + 48 + 36 + 2, size: 12 };
    const blocks = blocksOf(layoutPages([page([run('项目', 45, 686), run('本年', 93, 686), run('上年', 141, 686), run('增减', 189, 686), one])]), [g]);
    expect(rows(blocks)).toContainEqual([['', '3,862.40', '3,518.76', '343.64'], null, null]);
  });

  it('a run drawn across a cell edge (text shown close together) is cut at the edge', () => {
    const g = gridsOf(ruled([60, 120, 200], [700, 680, 660]));
    // "合计" ends at x 80, the figure starts at 125: pdf.js gave them as one run
    const joined: Run = { str: '合计 4,311.20', x: 65, y: 666, w: 110, size: S };
    const blocks = blocksOf(layoutPages([page([run('项目', 65, 686), run('金额', 125, 686), joined])]), [g]);
    expect(rows(blocks)).toEqual([
      [['项目', '金额'], null, null],
      [['合计', '4,311.20'], null, null],
    ]);
  });

  it('a row the page broke is one row; the table goes on with its numbering on the next page', () => {
    const top = gridsOf(ruled([60, 200, 300, 400], [200, 180, 160, 120]));
    const next = gridsOf(ruled([60, 200, 300, 400], [800, 780, 760]));
    const p1 = page([run('三级指标', 65, 186), run('指标值', 205, 186), run('实际值', 305, 186), run('危桥改造座数', 65, 166), run('6座', 205, 166), run('5座', 305, 166), run('每公里日常养护', 65, 146), run('≤1.5万元', 205, 146), run('1.42万元', 305, 146)]);
    const p2 = page([run('成本', 65, 786), run('群众满意度', 65, 766), run('≥90%', 205, 766), run('93.2%', 305, 766)]);
    const blocks = blocksOf(layoutPages([p1, p2]), [top, next]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => [b.cells![0], b.table, b.row, b.page])).toEqual([
      ['三级指标', 0, 0, 1],
      ['危桥改造座数', 0, 1, 1],
      ['每公里日常养护成本', 0, 2, 1],
      ['群众满意度', 0, 3, 2],
    ]);
  });

  it('the table going on with fewer columns, each one or more of its own (the rows left merge the same two): its cells span those; the broken row is joined', () => {
    // page 1: four columns; its last row merges the first two (no edge at 130 in that row)
    const top = gridsOf(ruled([60, 130, 200, 300, 400], [200, 180, 160], (s) => s.x0 === 130 && s.x1 === 130 && s.y0 === 160));
    // page 2: the rows there merge them too: LibreOffice draws three columns
    const next = gridsOf(ruled([60, 200, 300, 400], [800, 780, 760]));
    const p1 = page([run('一级', 65, 186), run('二级', 135, 186), run('指标值', 205, 186), run('实际值', 305, 186), run('每公里日常养护', 65, 166), run('≤1.5万元', 205, 166), run('1.42万元', 305, 166)]);
    const p2 = page([run('成本', 65, 786), run('群众满意度', 65, 766), run('≥90%', 205, 766), run('93.2%', 305, 766)]);
    const blocks = blocksOf(layoutPages([p1, p2]), [top, next]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => [b.cells, b.spans ?? null, b.table, b.row, b.page])).toEqual([
      [['一级', '二级', '指标值', '实际值'], null, 0, 0, 1],
      [['每公里日常养护成本', '≤1.5万元', '1.42万元'], [2, 1, 1], 0, 1, 1],
      [['群众满意度', '≥90%', '93.2%'], [2, 1, 1], 0, 2, 2],
    ]);
    // columns that are not the table's (an edge at 250) are another table
    const other = gridsOf(ruled([60, 250, 300, 400], [800, 780, 760]));
    const p3 = page([run('项目', 65, 786), run('金额', 255, 786), run('备注', 305, 786), run('合计', 65, 766), run('12.00', 255, 766), run('无', 305, 766)]);
    expect(blocksOf(layoutPages([p1, p3]), [top, other]).filter((b) => b.kind === 'row').map((b) => b.table)).toEqual([0, 0, 1, 1]);
  });

  it('a new row at the top of the next page with most cells filled is not joined to the row above', () => {
    const top = gridsOf(ruled([60, 200, 300, 400], [200, 180, 160]));
    const next = gridsOf(ruled([60, 200, 300, 400], [800, 780, 760]));
    const p1 = page([run('指标', 65, 186), run('指标值', 205, 186), run('实际值', 305, 186), run('危桥改造座数', 65, 166), run('6座', 205, 166), run('5座', 305, 166)]);
    const p2 = page([run('养护里程', 65, 786), run('860公里', 205, 786), run('872公里', 305, 786)]);
    const blocks = blocksOf(layoutPages([p1, p2]), [top, next]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells![0])).toEqual(['指标', '危桥改造座数', '养护里程']);
  });
});

describe('a page shown turned', () => {
  it('a landscape page a printer wrote as a portrait page turned (/Rotate 90, text running up) reads as the page written upright', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-rotate-'));
    const read = async (rotate: 0 | 90) => {
      const file = join(dir, `landscape-${rotate}.pdf`);
      writeFileSync(file, landscape(rotate));
      const input = await readInput(file);
      return input.kind === 'doc' ? input.doc.blocks.map((b) => (b.kind === 'row' ? b.cells : b.text)) : [];
    };
    const upright = await read(0);
    expect(upright).toEqual([
      'Table 1 Spending by item',
      ['Item', '2024', '2023'],
      ['Salaries', '1,200.00', '1,100.00'],
      ['Total', '1,500.00', '1,380.00'],
      'Figures in thousands of yuan.',
    ]);
    expect(await read(90)).toEqual(upright);
  });

  it("borders filled as thin rectangles (Word's way) rule the same table as stroked lines, through pdf.js", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-fill-'));
    const file = join(dir, 'filled.pdf');
    writeFileSync(file, landscape(0, 'fill'));
    const input = await readInput(file);
    const rows = input.kind === 'doc' ? input.doc.blocks.filter((b) => b.kind === 'row').map((b) => b.cells) : [];
    expect(rows).toEqual([
      ['Item', '2024', '2023'],
      ['Salaries', '1,200.00', '1,100.00'],
      ['Total', '1,500.00', '1,380.00'],
    ]);
    // (read from the borders: the page's operator list gives the grid)
    const pdfjs = (await loadPdfJs()) as unknown as { getDocument(o: object): { promise: Promise<{ getPage(n: number): Promise<{ getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> }> }> }; OPS: PathOps };
    const doc = await pdfjs.getDocument({ data: new Uint8Array(landscape(0, 'fill')), verbosity: 0 }).promise;
    const list = await (await doc.getPage(1)).getOperatorList();
    const [g] = gridsOf(segmentsOf(list.fnArray, list.argsArray, pdfjs.OPS));
    expect(g?.xs).toEqual([72, 272, 422, 572]);
    expect(g?.ys).toEqual([480, 455, 430, 405]);
  });
});

describe('a ruled table on a page that holds only the rest of a row the page broke', () => {
  it('is joined to that row, and the reading goes on', () => {
    const top = gridsOf(ruled([60, 200, 300, 400], [200, 180, 160]));
    // (the rest of the row, then an empty row: the page's only row with text is the rest)
    const rest = gridsOf(ruled([60, 200, 300, 400], [800, 780, 760]));
    const p1 = page([run('指标', 65, 186), run('指标值', 205, 186), run('实际值', 305, 186), run('每公里日常养护', 65, 166), run('≤1.5万元', 205, 166), run('1.42万元', 305, 166)]);
    const p2 = page([run('成本', 65, 786), run('以上为指标表。', 60, 700)]);
    const blocks = blocksOf(layoutPages([p1, p2]), [top, rest]);
    expect(blocks.map((b) => (b.kind === 'row' ? b.cells![0] : b.text))).toEqual(['指标', '每公里日常养护成本', '以上为指标表。']);
  });
});
