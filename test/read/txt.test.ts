import { describe, expect, it } from 'vitest';
import { readTxt } from '../../src/read/txt.js';
import { ReadError } from '../../src/read/types.js';

const gb18030 = (s: string): Uint8Array => {
  // Node has no GB18030 encoder; these bytes are "一、基本情况" and "基本支出" in GBK, checked with TextDecoder("gb18030").
  const table: Record<string, number[]> = {
    '一、基本情况': [0xd2, 0xbb, 0xa1, 0xa2, 0xbb, 0xf9, 0xb1, 0xbe, 0xc7, 0xe9, 0xbf, 0xf6],
    '基本支出': [0xbb, 0xf9, 0xb1, 0xbe, 0xd6, 0xa7, 0xb3, 0xf6],
  };
  return Uint8Array.from(table[s]!);
};

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof ReadError ? e.code : 'other';
  }
  return 'none';
}

describe('text reader', () => {
  it('decodes GB18030 (GBK) text that is not UTF-8', () => {
    const bytes = new Uint8Array([...gb18030('一、基本情况'), 0x0d, 0x0a, ...gb18030('基本支出'), 0x33, 0x30, 0x30, 0xcd, 0xf2, 0xd4, 0xaa]);
    const doc = readTxt(bytes, 'gbk.txt');
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、基本情况', '基本支出300万元']);
  });

  it('honours a UTF-8 BOM and a UTF-16LE BOM', () => {
    expect(readTxt(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、基本情况')]), 'a.txt').blocks[0]!.text).toBe('一、基本情况');
    const u16 = new Uint8Array([0xff, 0xfe, ...[...'基本'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(readTxt(u16, 'b.txt').blocks[0]!.text).toBe('基本');
  });

  it('numbers lines from 1 and keeps blank lines', () => {
    const doc = readTxt(new TextEncoder().encode('封面\n\n一、基本情况\n'), 'c.txt');
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([[1, '封面'], [2, ''], [3, '一、基本情况']]);
  });

  it('normalises for extraction with columns preserved, and shows the original in text', () => {
    const doc = readTxt(new TextEncoder().encode('其中:工资福利支出２４２４.00万元,商品'), 'd.txt');
    expect(doc.blocks[0]!.norm).toBe('其中：工资福利支出2424.00万元，商品');
    expect(doc.blocks[0]!.norm.length).toBe(doc.blocks[0]!.text.length);
    expect(doc.blocks[0]!.text).toContain('２４２４');
  });

  it('refuses empty files, NUL bytes, undecodable bytes and oversized files with typed errors', () => {
    expect(code(() => readTxt(new Uint8Array(), 'e.txt'))).toBe('empty');
    expect(code(() => readTxt(new Uint8Array([0x61, 0x00, 0x62]), 'f.txt'))).toBe('not-text');
    expect(code(() => readTxt(new Uint8Array([0xff, 0xff, 0xff, 0x80]), 'g.txt'))).toBe('not-text');
    expect(code(() => readTxt(new Uint8Array(100), 'h.txt', { maxEntryBytes: 1, maxTextBytes: 10, maxXmlDepth: 10 }))).toBe('too-large');
  });
});

/** A report's paragraphs as text copied out of a PDF: cut where a line is `width` columns wide (a Chinese character is two). */
function wrap(paragraphs: readonly string[], width: number): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    let w = 0;
    for (const ch of p) {
      const cw = ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
      if (w + cw > width) {
        out.push(line);
        line = '';
        w = 0;
      }
      line += ch;
      w += cw;
    }
    out.push(line);
  }
  return out.join('\n') + '\n';
}

const WRAPPED = [
  '七、“三公”经费支出情况',
  '2024年度“三公”经费财政拨款支出决算总额为5.48万元，比上年增加1.55万元，增长39.44%，主要是公务用车运行维护支出增加。',
  '其中：因公出国（境）费支出决算0万元；公务用车购置及运行费支出决算3.98万元；公务接待费支出决算1.50万元。',
  '八、机关运行经费支出情况',
  '2024年度机关运行经费支出26.30万元，比上年减少2.10万元，下降7.39%，主要是办公费和差旅费压减。',
];

describe('text copied out of a PDF (hard-wrapped lines)', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('joins the lines of a paragraph, keeps where each starts, and leaves headings alone', () => {
    const doc = readTxt(enc(wrap(WRAPPED, 48)), 'w.txt');
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [1, WRAPPED[0]],
      [2, WRAPPED[1]],
      [5, WRAPPED[2]],
      [8, WRAPPED[3]],
      [9, WRAPPED[4]],
    ]);
    // "公务用车购" ends line 5 and "置及运行费…" opens line 6, "…决算1." ends line 6 and "50万元。" is
    // line 7 in the file: one figure name and one figure again
    expect(doc.blocks[2]!.textLines).toEqual([[24, 6], [51, 7]]);
    expect(doc.blocks[1]!.textLines).toEqual([[29, 3], [58, 4]]);
  });

  it('a file with one paragraph per line is read line by line, as before', () => {
    const doc = readTxt(enc(WRAPPED.join('\n') + '\n'), 'p.txt');
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.blocks.every((b) => b.textLines === undefined)).toBe(true);
    // short lines of similar width that end their sentences (a list, one item a line) stay apart
    const list = ['1．完成农村公路养护里程不少于八十公里。', '2．完成危桥改造工程不少于六座并验收。', '3．县乡道优良路率达到百分之八十以上。', '4．全年不发生较大及以上道路运输事故。', '5．部门预算执行率不低于百分之九十五。'];
    expect(readTxt(enc(list.join('\n')), 'l.txt').blocks.map((b) => b.text)).toEqual(list);
  });

  it('in any file, a sentence broken after a comma and a figure broken over two lines are one paragraph', () => {
    const lines = ['一、部门基本情况', '本年支出合计1,200.00', '万元，其中：基本支出800.00万元，', '项目支出400.00万元。', '本年收入合计1,2', '00.00万元，其中：财政拨款收入1,100.00万元，其他收入100.00万元。', '内设股室3个。', '在职人员25人。'];
    const doc = readTxt(enc(lines.join('\n')), 'b.txt');
    expect(doc.blocks.map((b) => [b.line, b.norm])).toEqual([
      [1, '一、部门基本情况'],
      [2, '本年支出合计1,200.00万元，其中：基本支出800.00万元，项目支出400.00万元。'],
      [5, '本年收入合计1,200.00万元，其中：财政拨款收入1,100.00万元，其他收入100.00万元。'],
      [7, '内设股室3个。'],
      [8, '在职人员25人。'],
    ]);
    // held: a line ending in a figure, then one opening with a figure that stands alone, stay apart
    expect(readTxt(enc('支出合计\n2025年度\n'), 'c.txt').blocks.length).toBe(2);
    expect(readTxt(enc('一、基本情况 12\n二、支出情况 34\n'), 'd.txt').blocks.length).toBe(2);
  });

  it('laid out at a page\'s width, most of its full lines ending a short paragraph: the few that stop mid-sentence are joined (twentieth field trial)', () => {
    // (pdftotext -layout of a report whose paragraphs are mostly one line: full lines of 93–97 columns)
    const lines = [
      "示例县林业局 2024 年度部门整体支出绩效自评报告",
      "一、基本情况",
      "在职人员 45 人，其中行政编制 30 人、事业编制 12 人、工勤 3 人；退休人员 20 人。",
      "二、一般公共预算支出情况",
      "2024 年度本单位收入总计 1,500.00 万元（含上年结转 100.00 万元），支出总计 1,504.00 万元。其中：",
      "基本支出 1,020.50 万元，占总支出的 67.85%；项目支出 483.50 万元，占总支出的 32.15%。",
      "本年度实际支出 3,026.51 万元，为调整后预算 3,200.00 万元的 94.58%。",
      "项目总投资 1.2 亿元，其中中央资金 8,000 万元、省级资金 2,500 万元、县级配套 1,500 万元。",
      "下拨各乡镇资金合计 360 万元，其中：A 镇 120 万元、B 镇 100 万元、C 镇 80 万元、D 镇 60 万元。",
      "2024 年“三公”经费预算 8.00 万元，决算 7.20 万元，其中公务用车运行维护费 5.00 万元，公务接待费",
      "2.20 万元，因公出国（境）费 0 万元。",
      "三、政府性基金预算支出情况",
      "2024 年无政府性基金预算支出。",
      "四、国有资本经营预算支出情况",
      "2024 年无国有资本经营预算支出。",
      "五、社会保险基金预算支出情况",
      "2024 年无社会保险基金预算支出。",
      "六、部门整体支出绩效情况",
      "全年培训 1,200 人次，较上年增长 20%（上年 1,000 人次）。共完成植树造林 2.3 万亩，成活率 92%，其中",
      "人工造林 1.5 万亩、封山育林 0.8 万亩。全年接待群众来访 326 批次 1,024 人次。全年办理行政许可事项",
      "1,256 件，办结率 100%，群众满意率 99.2%。",
      "七、存在的问题及原因分析",
      "森林防火设施老化。",
      "八、下一步改进措施",
      "更新防火设施。",
      "九、绩效自评结果及其他需要说明的情况",
      "自评得分 91 分，等级为优。",
    ];
    const texts = readTxt(enc(lines.join('\n') + '\n'), 'l.txt').blocks.map((b) => b.norm);
    expect(texts.filter((t) => t.includes('公务接待费'))).toEqual([expect.stringMatching(/公务接待费\s*2\.20 万元，因公出国（境）费 0 万元。$/)]);
    expect(texts.filter((t) => t.includes('全年培训'))).toEqual([expect.stringContaining('群众满意率 99.2%。')]);
    // (the lines that end their paragraphs stay apart)
    expect(texts.filter((t) => t.includes('94.58%'))).toEqual([expect.stringMatching(/^本年度实际支出.*94\.58%。$/)]);
  });

  it('a copy mostly of a form\'s cells, its few lines of text at one width, one of them stopping mid-sentence: joined (twenty-fourth field trial)', () => {
    const lines = [
      '示例县交通运输局 2024 年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '本局内设股室 6 个，下属事业单位 2 个。核定编制 58 名，年末实有在编人员 55 人。',
      '二、一般公共预算支出情况',
      '2024 年一般公共预算支出 3,100.00 万元，其中基本支出 1,150.00 万元，项目支出 1,950.00 万元。',
      '2024 年“三公”经费预算 12.00 万元，决算 10.80 万元，其中因公出国（境）费 0 万元，公务用车',
      '运行维护费 8.00 万元，公务接待费 2.80 万元。',
      '附表',
      ...['部门名称', '示例县交通运输局', '年度资金总额', '3,200.00', '3,450.00', '3,312.00', '10', '96.00%', '9.6', '按收入性质分', '3,450.00', '按支出性质分', '3,450.00'],
    ];
    const texts = readTxt(enc(lines.join('\n') + '\n'), 'f.txt').blocks.map((b) => b.norm);
    expect(texts).toContain('2024 年“三公”经费预算 12.00 万元，决算 10.80 万元，其中因公出国（境）费 0 万元，公务用车运行维护费 8.00 万元，公务接待费 2.80 万元。');
    // (the lines that end their sentences stay apart)
    expect(texts).toContain('2024 年一般公共预算支出 3,100.00 万元，其中基本支出 1,150.00 万元，项目支出 1,950.00 万元。');
  });

  it('is checked as the paragraphs it holds, and a finding points at the line and column of the file', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const lines = wrap(WRAPPED, 48);
    const ok = await auditor.check({ name: 'w.txt', text: lines });
    const sum = ok.checks?.find((c) => c.relation === 'sangong' && String(c.values.total) === '5.48');
    expect(sum && [sum.status, sum.values.parts]).toEqual(['pass', ['0.00', '3.98', '1.50']]);
    // the comparison "比上年增加1.55万元，增长39.44%" stands on line 3 of the file: a wrong rate is reported there
    const bad = await auditor.check({ name: 'w.txt', text: lines.replace('增长39.44%', '增长38.44%') });
    const rate = bad.findings.find((f) => f.ruleId === 'share-mismatch');
    const line3 = lines.split('\n')[2]!;
    expect(line3.startsWith('，比上年增加1.55万元')).toBe(true);
    expect(rate && [rate.location.line, rate.location.column]).toEqual([3, line3.indexOf('比上年') + 1]);
    // the offline page shows the file's lines, with the findings on them
    const shown = await (await createNodeAuditor({ config: { keepLines: true } })).check({ name: 'w.txt', text: lines });
    expect((shown as { lines?: string[] }).lines).toEqual(lines.trimEnd().split('\n'));
  });
});


describe('tables flattened to text: one cell per line, or cells set out with spaces', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const rows = (text: string) =>
    readTxt(enc(text), 't.txt')
      .blocks.filter((b) => b.kind === 'row')
      .map((b) => [b.line, b.table, ...(b.cells ?? [])]);
  // a web form copied as text: every cell on a line of its own, a blank line between cells
  const vertical = (cells: string[]) => cells.join('\n\n') + '\n';
  const HEAD = ['经费控制情况（万元）', '2022年决算数', '2023年预算数', '2023年决算数'];

  it('reads short label lines, then k figures, then more rows of a label and k figures, as a table', () => {
    const text = vertical(['附件1', '基础数据表', ...HEAD, '三公经费：', '6.20', '5.00', '4.80', '3、公务接待', '3.20', '2.00', '1.90', '说明：本表数据来自部门决算。']);
    expect(rows(text)).toEqual([
      [5, 0, ...HEAD],
      [13, 0, '三公经费：', '6.20', '5.00', '4.80'],
      [21, 0, '3、公务接待', '3.20', '2.00', '1.90'],
    ]);
    const doc = readTxt(enc(text), 't.txt');
    // each cell keeps its own line: "5.00" (third cell of the row from line 13) stands on line 17
    const row = doc.blocks.find((b) => b.line === 13)!;
    expect(row.textLines).toEqual([[0, 13], [6, 15], [11, 17], [16, 19]]);
    // the lines around the table stay paragraphs
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.text !== '').map((b) => b.text)).toEqual(['附件1', '基础数据表', '说明：本表数据来自部门决算。']);
  });

  it('a label whose blank lines leave room for its cells is an empty row; other shapes end the table or are no table', () => {
    const empty = ['三公经费：', '6.20', '5.00', '4.80', '1、业务工作经费'].join('\n\n') + '\n\n\n\n\n\n' + ['公用经费', '118.31', '85.76', '193.42'].join('\n\n') + '\n';
    expect(rows(vertical(HEAD) + '\n' + empty).map((r) => r.slice(2))).toEqual([HEAD, ['三公经费：', '6.20', '5.00', '4.80'], ['1、业务工作经费', '', '', ''], ['公用经费', '118.31', '85.76', '193.42']]);
    // one blank line after the label: no room for three empty cells, so the table ends before it
    const tight = vertical([...HEAD, '三公经费：', '6.20', '5.00', '4.80', '公务接待', '3.20', '2.00', '1.90', '1、业务工作经费', '公用经费', '118.31', '85.76', '193.42']);
    expect(rows(tight).map((r) => r[2])).toEqual([HEAD[0], '三公经费：', '公务接待']);
    // a row of two figures under a header of three: the table ends there
    expect(rows(vertical([...HEAD, '三公经费：', '6.20', '5.00', '4.80', '公务接待', '3.20', '1.90', '公用经费', '1', '2', '3'])).map((r) => r[2])).toEqual([]);
    // a single row of figures after short lines: which line is its label is not certain, so no table
    expect(rows(vertical(['财政供养人员情况（人）', '编制数', '实际在职人数', '控制率', '30', '28', '93.33%']))).toEqual([]);
  });

  it('a form of one row (seventh field trial): under a heading of exactly its columns, named as a form names them, figures with their units', () => {
    const form = ['某区某局2021年度部门整体支出绩效自评表', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', '10', '100%', '10', '说明：执行率按全年预算数计算。'];
    expect(rows(vertical(form)).map((r) => r.slice(2))).toEqual([
      ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', '10', '100%', '10'],
    ]);
    // a heading that names no column of a form, or a line of figures after the row: no table
    expect(rows(vertical(['工作开展情况', '培训', '宣传', '检查', '道路养护', '12', '30', '5', '说明。']))).toEqual([]);
    expect(rows(vertical(['年初预算数', '全年预算数', '全年执行数', '年度资金总额', '100', '100', '90', '5']))).toEqual([]);
  });

  it('cells set out with runs of spaces: rows lined up by their columns; prose with a double space is no row', () => {
    const text = [
      '一、部门基本情况',
      '                  年初预算数    全年预算数    全年执行数',
      '基本支出            300.00        310.00        305.00',
      '项目支出            200.00                      210.00',
      '合计                500.00        310.00        515.00',
      '本单位  严格执行  预算管理制度。',
    ].join('\n');
    expect(rows(text)).toEqual([
      [2, 0, '', '年初预算数', '全年预算数', '全年执行数'],
      [3, 0, '基本支出', '300.00', '310.00', '305.00'],
      [4, 0, '项目支出', '200.00', '', '210.00'],
      [5, 0, '合计', '500.00', '310.00', '515.00'],
    ]);
    // lines set out with spaces but holding no figure are prose
    expect(rows('甲单位  乙单位  丙单位\n丁单位  戊单位  己单位\n')).toEqual([]);
  });

  it('the sums of a table set out with spaces are checked, and a wrong 合计 is reported on its line and column', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const table = ['项目            年初预算数    全年预算数    全年执行数', '基本支出        300.00        310.00        305.00', '项目支出        200.00        220.00        210.00', '合计            500.00        530.00        515.00'];
    const ok = await auditor.check({ name: 's.txt', text: ['某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门基本情况', ...table].join('\n') });
    expect(ok.checks?.filter((c) => c.relation === 'sum').map((c) => [c.status, c.values.total])).toEqual([['pass', '500.00'], ['pass', '530.00'], ['pass', '515.00']]);
    const bad = await auditor.check({ name: 's.txt', text: ['某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门基本情况', ...table].join('\n').replace('515.00', '535.00') });
    const f = bad.findings.filter((x) => x.ruleId === 'sum-mismatch');
    expect(f.map((x) => [x.location.line, x.location.column, x.data?.sum])).toEqual([[6, table[3]!.indexOf('515.00') + 1, '515.00']]);
  });

  it('a form copied one cell per line: its 三公 columns of the report year are the budget and the actual, each at its own line', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const form = ['某乡人民政府2023年度部门整体支出绩效自评报告', ...HEAD, '三公经费：', '6.20', '5.00', '4.80', '1、公务用车购置和维护经费', '3.00', '3.00', '2.90', '2、出国经费', '0', '0', '0', '3、公务接待', '3.20', '2.00', '1.90'];
    const ok = await auditor.check({ name: 'v.txt', text: vertical(form) });
    expect(ok.findings.map((x) => x.ruleId).filter((id) => id.startsWith('sangong'))).toEqual([]);
    expect(ok.checks?.filter((c) => c.ruleId === 'sangong-total-mismatch').map((c) => [c.status, c.values.total, c.location.line])).toEqual([
      ['pass', '5.00', 15],
      ['pass', '4.80', 17],
    ]);
    // the 2023 actual over the 2023 budget is reported (the 2022 column is not the actual)
    const over = await auditor.check({ name: 'v.txt', text: vertical(form.map((c) => (c === '4.80' ? '5.80' : c === '1.90' ? '2.90' : c))) });
    expect(over.findings.filter((x) => x.ruleId === 'sangong-over-budget').map((x) => [x.data?.budget, x.data?.actual, x.location.line])).toEqual([['5.00', '5.80', 17]]);
  });
});

describe('text laid out from a PDF (pdftotext -layout)', () => {
  const read = (text: string) => readTxt(new TextEncoder().encode(text), 'layout.txt').blocks;
  const rows = (text: string) => read(text).filter((b) => b.kind === 'row').map((b) => b.cells);

  it('a table with blank lines between its rows, its headings a single space apart, a name wrapped around its row\'s figures', () => {
    const text = [
      '表 2 2024 年度“三公”经费预算执行情况表',
      '',
      '项目                预算数 决算数 执行率',
      '',
      '“三公”经费合计          9.60    7.85    81.77%',
      '',
      '公务用车购置及运行',
      '          6.20            5.74    92.58%',
      '费',
      '',
      // (a narrow table's figures come out a single space apart)
      '其中：公务用车购置',
      '          0.00 0.00 0.00%',
      '费',
      '公务接待费             3.40    2.11    62.06%',
      '',
      '2024 年“三公”经费决算 7.85 万元。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['项目', '预算数', '决算数', '执行率'],
      ['“三公”经费合计', '9.60', '7.85', '81.77%'],
      ['公务用车购置及运行费', '6.20', '5.74', '92.58%'],
      ['其中：公务用车购置费', '0.00', '0.00', '0.00%'],
      ['公务接待费', '3.40', '2.11', '62.06%'],
    ]);
    // the rows stand together, one table; the wrapped name's row is located at its first line
    const table = read(text).filter((b) => b.kind === 'row');
    expect(table.map((b) => [b.table, b.row, b.line])).toEqual([[0, 0, 3], [0, 1, 5], [0, 2, 7], [0, 3, 11], [0, 4, 14]]);
  });

  it('hard-wrapped paragraphs among tables wider than the text are joined (the widths of the text decide, not the tables\')', () => {
    const para = '2024 年“三公”经费预算数为 18.00 万元，其中公务用车购置及运行费 12.00 万元，公务接待费';
    const text = [
      '本局 2024 年度部门整体支出情况如下，各项支出均按预算执行，资金使用规范，未发现违规使用资金的情况',
      '全年预算执行率较上年有所提高，基本支出保障了机构正常运转，项目支出围绕年度重点工作安排，资金',
      '拨付及时。',
      para,
      '6.00 万元，因公出国（境）费 0 万元。',
      '一级指标      二级指标          三级指标            分值     评价标准                              得分   扣分原因',
      '投入          预算编制          预算编制科学性      5        预算编制科学得满分，否则酌情扣分。    5',
      '投入          预算编制          基础信息完善性      5        信息完整得满分，每发现1处不符扣1分。  4      1处信息未更新',
      '过程          预算执行          预算执行率          8        执行率≥95%得满分。                    7.5    执行率94.02%',
      '本局将进一步加强预算管理，提高资金使用效益，确保各项工作任务按期完成，群众满意度持续提升，全面',
      '完成年度绩效目标。',
    ].join('\n');
    expect(read(text).map((b) => b.text)).toContain(`${para}6.00 万元，因公出国（境）费 0 万元。`);
  });
});

describe('a table copied out of a PDF one cell per line (pdftotext, a viewer\'s copy)', () => {
  const read = (text: string) => readTxt(new TextEncoder().encode(text), 'copied.txt').blocks;
  const lines = ['表 2 2024 年度“三公”经费预算执行情况表', '单位：万元', '项目', '', '预算数 决算数 执行率', '', '“三公”经费合计', '', '9.60', '', '7.85', '', '81.77%', '', '公务用车购置及运行', '6.20', '费', '', '5.74', '', '92.58%', '', '公务接待费', '', '3.40', '', '2.11', '', '62.06%', '', '2024 年“三公”经费决算 7.85 万元，比预算减少 1.75 万元。'];

  it('headings a single space apart are a cell each; a name wrapped around its first figure is joined before it', () => {
    expect(read(lines.join('\n')).filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['项目', '预算数', '决算数', '执行率'],
      ['“三公”经费合计', '9.60', '7.85', '81.77%'],
      ['公务用车购置及运行费', '6.20', '5.74', '92.58%'],
      ['公务接待费', '3.40', '2.11', '62.06%'],
    ]);
  });

  it('a 合计 after a figure is a row of its own, not the rest of a name', () => {
    const rows = read(['科目', '决算数', '工资福利支出', '5,392.26', '合计', '5,793.10', '商品和服务支出', '400.84'].join('\n')).filter((b) => b.kind === 'row').map((b) => b.cells![0]);
    expect(rows).not.toContain('工资福利支出合计');
  });
});
