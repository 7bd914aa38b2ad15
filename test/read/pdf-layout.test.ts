/**
 * The PDF layout rules on hand-made text runs (what pdf.js reports: string, baseline x/y, width,
 * font size), so each rule is shown on the smallest page that needs it. The same rules on PDFs
 * LibreOffice made are in pdf-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../src/read/pdf-blocks.js';
import { layoutPages, type PageRuns, type Run } from '../../src/read/pdf-layout.js';
import type { Block } from '../../src/read/types.js';

const W = 595;
const H = 842;
const SIZE = 10;
const LEFT = 72;
const RIGHT = 522; // 45 characters of 10 pt

/** A line of text at a baseline; each character 10 pt wide (CJK), digits and latin 5.5 pt. */
function line(text: string, y: number, x = LEFT, size = SIZE): Run[] {
  const w = [...text].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? size * 0.55 : size), 0);
  return [{ str: text, x, y, w, size }];
}

/** Full lines of a paragraph broken at the page width, last line short. */
function paragraph(text: string, top: number, indent = 0): { runs: Run[]; next: number } {
  const runs: Run[] = [];
  let y = top;
  let rest = text;
  let first = true;
  while (rest) {
    const room = (RIGHT - LEFT - (first ? indent : 0)) / SIZE;
    runs.push(...line(rest.slice(0, room), y, LEFT + (first ? indent : 0)));
    rest = rest.slice(room);
    y -= SIZE * 1.5;
    first = false;
  }
  return { runs, next: y - SIZE * 0.5 };
}

const page = (runs: Run[]): PageRuns => ({ width: W, height: H, runs });
const read = (pages: PageRuns[]): Block[] => blocksOf(layoutPages(pages));
const texts = (bs: Block[]): string[] => bs.map((b) => b.text);

const LONG = '本单位围绕年度绩效目标开展工作各项任务按计划推进资金支付进度符合预算执行要求全年共组织专项检查发现问题均已整改相关工作得到上级部门的肯定群众满意度较高。';

describe('lines into paragraphs', () => {
  it('a line broken by the page width continues its sentence; a short line ends the paragraph', () => {
    const a = paragraph(LONG, 760);
    const b = paragraph('第二段很短。', a.next);
    const blocks = read([page([...a.runs, ...b.runs])]);
    expect(texts(blocks)).toEqual([LONG, '第二段很短。']);
    const linesOfFirst = Math.ceil(LONG.length / 45);
    expect(blocks.map((x) => [x.page, x.lineOnPage])).toEqual([[1, 1], [1, 1 + linesOfFirst]]);
  });

  it('a heading stands alone: a larger size, or a short line, before a paragraph', () => {
    const h = line('一、基本情况', 780, LEFT, 16);
    const sub = line('（一）部门职能', 760);
    const p = paragraph(LONG, 745, 20);
    expect(texts(read([page([...h, ...sub, ...p.runs])]))).toEqual(['一、基本情况', '（一）部门职能', LONG]);
  });

  it('an indented first line starts a paragraph even when the line above is full', () => {
    const a = paragraph(LONG.slice(0, 90), 760); // exactly two full lines
    const b = paragraph(LONG, a.next + SIZE * 0.5, 20);
    expect(texts(read([page([...a.runs, ...b.runs])]))).toEqual([LONG.slice(0, 90), LONG]);
  });

  it('a figure that did not fit at the end of a line continues the sentence on the next', () => {
    // "…占年度整体总支出的" then "72.96%。" on the next line: the line above ends 4 characters short
    const first = line('2024年项目支出6348.17万元，占一般公共预算总支出的95.16%，占年度整体总支出的', 760);
    const second = line('72.96%。按经济科目分类。', 745);
    expect(texts(read([page([...first, ...second])]))).toEqual(['2024年项目支出6348.17万元，占一般公共预算总支出的95.16%，占年度整体总支出的72.96%。按经济科目分类。']);
  });
});

describe('CJK spacing noise', () => {
  const at = (parts: string[], gap: number): Run[] => {
    let x = LEFT;
    return parts.map((str) => {
      const w = [...str].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 5.5 : SIZE), 0);
      const r = { str, x, y: 700, w, size: SIZE };
      x += w + gap;
      return r;
    });
  };

  it('no gap between Chinese characters or between a figure and its unit; a gap between latin words is a space', () => {
    expect(texts(read([page(at(['内设局室', '5', '个，', '2024', '年', '实有', '22', '人，增长', '15', '%'], 3))]))).toEqual(['内设局室5个，2024年实有22人，增长15%']);
    expect(texts(read([page(at(['PDF', 'export', 'test'], 3))]))).toEqual(['PDF export test']);
  });

  it('a space next to a Chinese character goes even when typed (pdf.js writes gaps as spaces); a gap wider than a character is a tab', () => {
    expect(texts(read([page(at(['2025年度 某县农业农村局 第 1 项', 'PDF export'], 3))]))).toEqual(['2025年度某县农业农村局第1项PDF export']);
    expect(texts(read([page(at(['2024年度', '某县农业农村局', '整体支出绩效自评报告'], 40))]))).toEqual(['2024年度\t某县农业农村局\t整体支出绩效自评报告']);
  });

  it('runs with a visible gap get a space, then the noise is removed', () => {
    const runs: Run[] = [
      { str: '内设局室', x: LEFT, y: 700, w: 40, size: SIZE },
      { str: '5', x: LEFT + 42, y: 700, w: 5.5, size: SIZE },
      { str: '个科室', x: LEFT + 50, y: 700, w: 30, size: SIZE },
    ];
    expect(texts(read([page(runs)]))).toEqual(['内设局室5个科室']);
  });
});

describe('running headers and footers', () => {
  it('a line repeated at the top of every page and the page numbers are removed; line numbers still count the header', () => {
    const pages = [1, 2, 3].map((n) =>
      page([...line('某单位2024年度绩效自评报告', 800, 200), ...line(`第${n}页`, 40, 280), ...line(`正文第${n}页的内容。`, 700)]),
    );
    const blocks = read(pages);
    expect(texts(blocks)).toEqual(['正文第1页的内容。', '正文第2页的内容。', '正文第3页的内容。']);
    expect(blocks.map((b) => [b.page, b.lineOnPage])).toEqual([[1, 2], [2, 2], [3, 2]]);
  });

  it('a row of figures at the top of a page, a table going on, is no page number (eighteenth field trial)', () => {
    // the 分值 and 得分 of a score table's row that begins the page, set lower than its two-line name
    // (centred in their cells): a line of two pieces of text, not one
    const pages = [
      page([...line('三级指标', 700, LEFT), ...line('分值', 700, 300), ...line('得分', 700, 400)]),
      page([...line('基础信息完', 800, LEFT), ...line('5', 792, 300), ...line('4', 792, 400), ...line('善性', 784, LEFT), ...line('第2页', 40, 280)]),
    ];
    const all = texts(read(pages)).join('|');
    expect(all).toContain('5');
    expect(all).toContain('4');
  });

  it('a line at the top that does not repeat is kept (a title on the first page)', () => {
    const pages = [page([...line('2024年度部门整体支出绩效自评报告', 800, 150), ...line('正文。', 700)]), page(line('第二页正文。', 700))];
    expect(texts(read(pages))).toEqual(['2024年度部门整体支出绩效自评报告', '正文。', '第二页正文。']);
  });
});

describe('two columns', () => {
  it('reads the left column, then the right one, then the full-width text below', () => {
    // columns 20 characters wide, 50 pt apart
    const col = (text: string, x: number, y: number): Run[] => [{ str: text, x, y, w: text.length * SIZE, size: SIZE }];
    const runs: Run[] = [...line('三、部门整体支出绩效情况', 780)];
    const left = ['左栏第一段的第一行文字写满了一整行的宽度', '左栏第一段的第二行文字写满了一整行的宽度', '左栏第一段的第三行文字写满了一整行的宽度', '左栏第一段结束。'];
    const right = ['右栏第一段的第一行文字写满了一整行的宽度', '右栏第一段的第二行文字写满了一整行的宽度', '右栏第一段的第三行文字写满了一整行的宽度', '右栏第一段结束。'];
    left.forEach((t, i) => runs.push(...col(t, LEFT, 760 - i * 15)));
    right.forEach((t, i) => runs.push(...col(t, LEFT + 250, 760 - i * 15)));
    runs.push(...line('四、存在的问题及原因分析', 690));
    expect(texts(read([page(runs)]))).toEqual([
      '三、部门整体支出绩效情况',
      left.join(''),
      right.join(''),
      '四、存在的问题及原因分析',
    ]);
  });
});

describe('tables from positions', () => {
  const row = (cells: string[], y: number, xs = [LEFT, 250, 400]): Run[] => cells.flatMap((c, i) => (c ? line(c, y, xs[i]) : []));

  it('lines of cells separated by wide gaps are rows; an empty cell stays in its column', () => {
    const runs = [...row(['项目', '预算数', '决算数'], 700), ...row(['基本支出', '323.15', '323.15'], 685), ...row(['项目支出', '', '6348.17'], 670)];
    const blocks = read([page(runs)]);
    expect(blocks.map((b) => [b.kind, b.table, b.row, b.cells])).toEqual([
      ['row', 0, 0, ['项目', '预算数', '决算数']],
      ['row', 0, 1, ['基本支出', '323.15', '323.15']],
      ['row', 0, 2, ['项目支出', '', '6348.17']],
    ]);
    expect(blocks[1]!.text).toBe('基本支出\t323.15\t323.15');
  });

  it('a cell whose text wraps continues its row (nothing in the first column)', () => {
    const runs = [...row(['项目', '说明', '金额'], 700), ...row(['公务接待费', '用于接待上级检查', '0.29'], 685), ...row(['', '和考察调研', ''], 673)];
    expect(read([page(runs)]).map((b) => b.cells)).toEqual([
      ['项目', '说明', '金额'],
      ['公务接待费', '用于接待上级检查和考察调研', '0.29'],
    ]);
  });

  it('a table going on at the top of the next page is the same table, its rows numbered on', () => {
    const p1 = page([...line('表1 支出明细', 720), ...row(['项目', '预算数', '决算数'], 700), ...row(['支出项目1', '12.50', '12.25'], 685)]);
    const p2 = page([...row(['支出项目2', '25.00', '24.50'], 780), ...row(['支出项目3', '37.50', '36.75'], 765), ...line('以上支出均按规定程序审批。', 740)]);
    const blocks = read([p1, p2]);
    expect(blocks.map((b) => [b.kind, b.table, b.row, b.page])).toEqual([
      ['paragraph', undefined, undefined, 1],
      ['row', 0, 0, 1],
      ['row', 0, 1, 1],
      ['row', 0, 2, 2],
      ['row', 0, 3, 2],
      ['paragraph', undefined, undefined, 2],
    ]);
  });
});

describe('a table with no drawn borders, its heading cells close together', () => {
  it('a heading shown as one run over two columns (科目编码 科目名称) is cut where the rows below start their cells', () => {
    const r = (str: string, x: number, y: number): Run => ({ str, x, y, w: [...str].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? SIZE * 0.5 : SIZE), 0), size: SIZE });
    const runs: Run[] = [
      // 科目编码 at 72, 科目名称 at 127: pdf.js gave them as one run, the gap a space 15 pt wide
      { str: '科目编码 科目名称', x: 72, y: 700, w: 95, size: SIZE },
      r('决算数', 220, 700),
      r('301', 72, 680), r('工资福利支出', 127, 680), r('1,060.00', 220, 680),
      r('30101', 72, 660), r('基本工资', 127, 660), r('420.00', 220, 660),
      r('30102', 72, 640), r('津贴补贴', 127, 640), r('640.00', 220, 640),
    ];
    expect(read([page(runs)]).map((b) => b.cells)).toEqual([
      ['科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', '1,060.00'],
      ['30101', '基本工资', '420.00'],
      ['30102', '津贴补贴', '640.00'],
    ]);
  });
});
