import { describe, expect, test } from 'vitest';
import {
  Document, HeadingLevel, LevelFormat, LevelSuffix, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';
import { readDocx } from '../../src/lib/node.js';
import { normalizeText as n } from '../../src/read/normalize.js';
import { blocks, handDocx, packDocx, para, texts, W_NS, zip, CONTENT_TYPES } from './docx-helpers.js';

const OUTLINE = {
  reference: 'outline',
  levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
  ],
};

function numbered(text: string, level: number, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, ...(heading ? { heading } : {}), numbering: { reference: 'outline', level } });
}

describe('readDocx: Word list numbering written into the text', () => {
  test('auto-numbered headings: chineseCounting 一、 / （一）, decimal 1. restarting under each new level-1 item', async () => {
    const bytes = await packDocx(new Document({
      numbering: { config: [OUTLINE] },
      sections: [{ children: [
        numbered('基本情况', 0, HeadingLevel.HEADING_1),
        numbered('部门基本情况', 1, HeadingLevel.HEADING_2),
        numbered('职能', 2),
        numbered('机构', 2),
        numbered('绩效目标', 1, HeadingLevel.HEADING_2),
        numbered('目标一', 2),
        new Paragraph('正文不编号。'),
        numbered('一般公共预算支出情况', 0, HeadingLevel.HEADING_1),
        numbered('基本支出情况', 1, HeadingLevel.HEADING_2),
        numbered('人员经费', 2),
      ] }],
    }));
    const doc = readDocx(bytes, 'outline.docx');
    expect(doc.file).toBe('outline.docx');
    expect(doc.format).toBe('docx');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '一、 基本情况',
      '（一） 部门基本情况',
      '1. 职能',
      '2. 机构',
      '（二） 绩效目标',
      '1. 目标一',
      '正文不编号。',
      '二、 一般公共预算支出情况',
      '（一） 基本支出情况',
      '1. 人员经费',
    ]);
    expect(doc.blocks.map((b) => b.numbering)).toEqual([
      '一、 ', '（一） ', '1. ', '2. ', '（二） ', '1. ', undefined, '二、 ', '（一） ', '1. ',
    ]);
    expect(doc.blocks.map((b) => b.headingLevel)).toEqual([1, 2, undefined, undefined, 2, undefined, undefined, 1, 2, undefined]);
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph', line: 1, text: '一、 基本情况', norm: '一、 基本情况',
      style: 'Heading1', headingLevel: 1, numbering: '一、 ',
    });
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('chineseCounting past ten: 七、 十、 十一、 二十、 二十一、', async () => {
    const titles = Array.from({ length: 21 }, (_, i) => `第${i + 1}项`);
    titles[6] = '存在的问题及原因分析';
    const bytes = await packDocx(new Document({
      numbering: { config: [OUTLINE] },
      sections: [{ children: titles.map((t) => numbered(t, 0, HeadingLevel.HEADING_1)) }],
    }));
    const got = blocks(bytes);
    expect(got[6]).toMatchObject({ text: '七、 存在的问题及原因分析', numbering: '七、 ', headingLevel: 1 });
    expect(got[9]!.text).toBe('十、 第10项');
    expect(got[10]!.text).toBe('十一、 第11项');
    expect(got[19]!.text).toBe('二十、 第20项');
    expect(got[20]!.text).toBe('二十一、 第21项');
  });

  test("w:suff: 'nothing' adds no space, 'space' and the default tab add one", async () => {
    const level = (suffix: (typeof LevelSuffix)[keyof typeof LevelSuffix] | undefined) => ({
      level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, ...(suffix ? { suffix } : {}),
    });
    const bytes = await packDocx(new Document({
      numbering: { config: [
        { reference: 'nothing', levels: [level(LevelSuffix.NOTHING)] },
        { reference: 'space', levels: [level(LevelSuffix.SPACE)] },
        { reference: 'tab', levels: [level(undefined)] },
      ] },
      sections: [{ children: ['nothing', 'space', 'tab'].map((reference) =>
        new Paragraph({ text: '项目', numbering: { reference, level: 0 } })) }],
    }));
    expect(texts(bytes)).toEqual(['1.项目', '1. 项目', '1. 项目']);
  });

  test('a restarted list counts from its start again; the other list goes on', async () => {
    const bytes = await packDocx(new Document({
      numbering: { config: [OUTLINE] },
      sections: [{ children: [
        numbered('甲', 2), numbered('乙', 2),
        new Paragraph({ text: '丙', numbering: { reference: 'outline', level: 2, restart: true } }),
        numbered('丁', 2),
      ] }],
    }));
    expect(texts(bytes)).toEqual(['1. 甲', '2. 乙', '1. 丙', '2. 丁']);
  });

  test('numbering from the paragraph style (Chinese Word style ids "1", "2" named "heading N")', async () => {
    const bytes = await packDocx(new Document({
      numbering: { config: [{ reference: 'h', levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1, suffix: LevelSuffix.NOTHING },
        { level: 1, format: LevelFormat.DECIMAL, text: '（%2）', start: 1, suffix: LevelSuffix.NOTHING },
      ] }] },
      styles: { paragraphStyles: [
        { id: '1', name: 'heading 1', basedOn: 'Normal', paragraph: { numbering: { reference: 'h', level: 0 } } },
        { id: '2', name: 'heading 2', basedOn: 'Normal', paragraph: { numbering: { reference: 'h', level: 1 } } },
        { id: 'Sub2', name: 'My sub heading', basedOn: '2' },
      ] },
      sections: [{ children: [
        new Paragraph({ text: '基本情况', style: '1' }),
        new Paragraph({ text: '部门（单位）基本情况', style: '2' }),
        new Paragraph({ text: '年度绩效目标', style: 'Sub2' }),
        new Paragraph('正文'),
        new Paragraph({ text: '一般公共预算支出情况', style: '1' }),
        new Paragraph({ text: '基本支出', style: '2' }),
      ] }],
    }));
    expect(blocks(bytes).map(({ text, style, headingLevel, numbering }) => ({ text, style, headingLevel, numbering }))).toEqual([
      { text: '一、基本情况', style: '1', headingLevel: 1, numbering: '一、' },
      { text: '（1）部门（单位）基本情况', style: '2', headingLevel: 2, numbering: '（1）' },
      { text: '（2）年度绩效目标', style: 'Sub2', headingLevel: 2, numbering: '（2）' },
      { text: '正文', style: undefined, headingLevel: undefined, numbering: undefined },
      { text: '二、一般公共预算支出情况', style: '1', headingLevel: 1, numbering: '二、' },
      { text: '（1）基本支出', style: '2', headingLevel: 2, numbering: '（1）' },
    ]);
  });
});

describe('readDocx: headings without numbering', () => {
  test('heading styles give headingLevel; the text is exactly as written', async () => {
    const bytes = await packDocx(new Document({
      sections: [{ children: [
        new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '（一）部门职能', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: '1. 主要职能', heading: HeadingLevel.HEADING_3 }),
        new Paragraph('正文。'),
        new Paragraph({ text: '大纲级别直接写在段落上', outlineLevel: 1 }),
      ] }],
    }));
    expect(blocks(bytes)).toEqual([
      { kind: 'paragraph', line: 1, text: '一、基本情况', norm: '一、基本情况', style: 'Heading1', headingLevel: 1 },
      { kind: 'paragraph', line: 2, text: '（一）部门职能', norm: '（一）部门职能', style: 'Heading2', headingLevel: 2 },
      { kind: 'paragraph', line: 3, text: '1. 主要职能', norm: n('1. 主要职能'), style: 'Heading3', headingLevel: 3 },
      { kind: 'paragraph', line: 4, text: '正文。', norm: '正文。' },
      { kind: 'paragraph', line: 5, text: '大纲级别直接写在段落上', norm: '大纲级别直接写在段落上', headingLevel: 2 },
    ]);
  });

  test('outline levels: style w:outlineLvl, basedOn chains, level 9 = body text, cycles end', () => {
    const styles = [
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="T1"><w:name w:val="Title One"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="T1b"><w:name w:val="derived"/><w:basedOn w:val="T1"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="CycA"><w:name w:val="a"/><w:basedOn w:val="CycB"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="CycB"><w:name w:val="b"/><w:basedOn w:val="CycA"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="ZhHeading"><w:name w:val="标题 3"/></w:style>',
    ].join('');
    const bytes = handDocx([
      para('a', '<w:pStyle w:val="T1"/>'),
      para('b', '<w:pStyle w:val="T1b"/>'),
      para('c', '<w:pStyle w:val="Body"/>'),
      para('d', '<w:pStyle w:val="CycA"/>'),
      para('e', '<w:pStyle w:val="T1"/><w:outlineLvl w:val="9"/>'),
      para('f', '<w:pStyle w:val="Missing"/>'),
      para('g', '<w:pStyle w:val="ZhHeading"/>'),
      para('h'),
    ].join(''), { styles });
    expect(blocks(bytes).map((b) => [b.style, b.headingLevel])).toEqual([
      ['T1', 1], ['T1b', 1], ['Body', undefined], ['CycA', undefined], ['T1', undefined],
      ['Missing', undefined], ['ZhHeading', 3], [undefined, undefined],
    ]);
  });
});

describe('readDocx: tables', () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });

  test('a 三公 table (项目 | 预算数 | 决算数) is read row by row, between the paragraphs around it', async () => {
    const bytes = await packDocx(new Document({
      sections: [{ children: [
        new Paragraph('“三公”经费情况（单位：万元）'),
        new Table({ rows: [
          row('项目', '预算数', '决算数'),
          row('公务接待费', '0.29', '0.29'),
          row('公务用车购置及运行费', '0', '0'),
          row('因公出国(境)费', '0', '0'),
          row('合计', '0.29', '0.29'),
        ] }),
        new Paragraph('表后说明。'),
      ] }],
    }));
    const got = blocks(bytes);
    expect(got).toHaveLength(7);
    expect(got[0]).toMatchObject({ kind: 'paragraph', line: 1, text: '“三公”经费情况（单位：万元）' });
    expect(got[1]).toEqual({
      kind: 'row', line: 2, text: '项目\t预算数\t决算数', norm: '项目 预算数 决算数',
      cells: ['项目', '预算数', '决算数'], normCells: ['项目', '预算数', '决算数'], table: 0, row: 0,
    });
    expect(got[2]).toEqual({
      kind: 'row', line: 3, text: '公务接待费\t0.29\t0.29', norm: n('公务接待费\t0.29\t0.29'),
      cells: ['公务接待费', '0.29', '0.29'], normCells: ['公务接待费', '0.29', '0.29'].map(n), table: 0, row: 1,
    });
    expect(got[4]).toMatchObject({
      line: 5, cells: ['因公出国(境)费', '0', '0'], normCells: ['因公出国(境)费', '0', '0'].map(n), row: 3,
    });
    expect(got[5]).toMatchObject({ cells: ['合计', '0.29', '0.29'], table: 0, row: 4, line: 6 });
    expect(got[6]).toMatchObject({ kind: 'paragraph', line: 7, text: '表后说明。' });
  });

  test('merged cells appear once, a cell\'s paragraphs join with a space, a nested table stays in its cell', async () => {
    const nested = new Table({ rows: [row('内1', '内2'), row('内3', '内4')] });
    const bytes = await packDocx(new Document({
      sections: [{ children: [
        new Table({ rows: [row('a', 'b', 'c')] }),
        new Paragraph(''),
        new Table({ rows: [
          new TableRow({ children: [
            new TableCell({ children: [new Paragraph('合并')], columnSpan: 2 }),
            new TableCell({ children: [new Paragraph('第一段'), new Paragraph(''), new Paragraph('第二段')] }),
          ] }),
          new TableRow({ children: [
            new TableCell({ children: [new Paragraph('外'), nested, new Paragraph('')] }),
            cell('x'), cell(''),
          ] }),
        ] }),
      ] }],
    }));
    const got = blocks(bytes);
    expect(got.map((b) => [b.kind, b.line, b.table, b.row, b.cells])).toEqual([
      ['row', 1, 0, 0, ['a', 'b', 'c']],
      ['paragraph', 2, undefined, undefined, undefined],
      ['row', 3, 1, 0, ['合并', '第一段 第二段']],
      ['row', 4, 1, 1, ['外 内1 内2 内3 内4', 'x', '']],
    ]);
    expect(got[3]!.text).toBe('外 内1 内2 内3 内4\tx\t');
  });
});

describe('readDocx: paragraphs and their text', () => {
  test('empty paragraphs are blocks, so lines stay the paragraph numbers', async () => {
    const bytes = await packDocx(new Document({
      sections: [{ children: [
        new Paragraph('封面'), new Paragraph(''), new Paragraph({}), new Paragraph('1、 基本情况'), new Paragraph(''),
      ] }],
    }));
    expect(blocks(bytes).map((b) => [b.line, b.text, b.norm])).toEqual([
      [1, '封面', '封面'], [2, '', ''], [3, '', ''], [4, '1、 基本情况', '1、 基本情况'], [5, '', ''],
    ]);
  });

  test('runs, tabs, breaks and hyphens; spaces kept; entities decoded', async () => {
    const bytes = await packDocx(new Document({
      sections: [{ children: [
        new Paragraph({ children: [new TextRun('  前导空格'), new TextRun({ text: '加粗', bold: true }), new TextRun('A&B<C>')] }),
      ] }],
    }));
    expect(texts(bytes)).toEqual(['  前导空格加粗A&B<C>']);
    const hand = handDocx(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t>' +
      '<w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t><w:br w:type="page"/><w:softHyphen/>' +
      '<w:t>f</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>',
    );
    expect(blocks(hand)[0]).toEqual({ kind: 'paragraph', line: 1, text: 'a\tb c d-ef', norm: 'a b c d-ef' });
  });

  test('tracked changes: deleted and moved-away text is dropped, inserted text kept', () => {
    const bytes = handDocx(
      '<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="x"><w:r><w:t>插入</w:t></w:r></w:ins>' +
      '<w:moveFrom w:id="3" w:author="x"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="x"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>' +
      para('新样式', '<w:pStyle w:val="Heading1"/><w:pPrChange w:id="5" w:author="x"><w:pPr><w:pStyle w:val="Heading2"/></w:pPr></w:pPrChange>'),
    );
    expect(blocks(bytes).map((b) => [b.text, b.style])).toEqual([['保留插入移来', undefined], ['新样式', 'Heading1']]);
  });

  test('hidden runs (w:vanish) are not what a reader sees', () => {
    const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${text}</w:t></w:r>`;
    const bytes = handDocx(`<w:p>${run('可见')}${run('隐藏', '<w:b/><w:vanish/>')}${run('显示', '<w:vanish w:val="0"/>')}` +
      `${run('改过', '<w:rPrChange w:id="1" w:author="x"><w:rPr><w:vanish/></w:rPr></w:rPrChange>')}</w:p>`);
    expect(texts(bytes)).toEqual(['可见显示改过']);
  });

  test('fields show their result, never their code', () => {
    const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const bytes = handDocx(
      `<w:p><w:r><w:t>见第</w:t></w:r>${fld('begin')}<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>` +
      `${fld('separate')}<w:r><w:t>3</w:t></w:r>${fld('end')}<w:r><w:t>页</w:t></w:r></w:p>` +
      // A field spanning paragraphs (a table of contents) and a field without a result.
      `<w:p>${fld('begin')}<w:r><w:t>TOC \\o "1-3"</w:t></w:r>${fld('separate')}<w:r><w:t>一、基本情况</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>二、支出</w:t></w:r>${fld('end')}${fld('begin')}<w:r><w:instrText>SEQ</w:instrText></w:r>${fld('end')}<w:r><w:t>完</w:t></w:r></w:p>` +
      '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>',
    );
    expect(texts(bytes)).toEqual(['见第3页', '一、基本情况', '二、支出完', '7']);
  });

  test('a text box is read once (mc:Choice, not also mc:Fallback), as paragraphs after its anchor', () => {
    const box = (t1: string, t2: string) => `<w:txbxContent>${para(t1)}${para(t2)}</w:txbxContent>`;
    const bytes = handDocx(
      '<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>${box('框内一', '框内二')}</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box('框内一', '框内二')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r><w:r><w:t>继续</w:t></w:r></w:p>' +
      `<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox>${box('仅备用', '')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      para('后文'),
    );
    expect(blocks(bytes).map((b) => [b.line, b.text])).toEqual([
      [1, '正文继续'], [2, '框内一'], [3, '框内二'], [4, ''], [5, '仅备用'], [6, ''], [7, '后文'],
    ]);
  });

  test('content controls, hyperlinks and smart tags are transparent', () => {
    const bytes = handDocx(
      '<w:sdt><w:sdtPr><w:alias w:val="单位名称"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>' +
      `<w:sdtContent>${para('炎陵高新区')}</w:sdtContent></w:sdt>` +
      '<w:p><w:hyperlink w:anchor="_Toc1"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:element="x"><w:r><w:t>标记</w:t></w:r></w:smartTag></w:p>',
    );
    expect(texts(bytes)).toEqual(['炎陵高新区', '链接标记']);
  });

  test('another prefix for the WordprocessingML namespace reads the same', () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="${W_NS}"><x:body>` +
      '<x:p><x:pPr><x:pStyle x:val="Heading1"/><x:outlineLvl x:val="0"/></x:pPr><x:r><x:t>标题</x:t><x:tab/><x:t>一</x:t></x:r></x:p>' +
      '<x:tbl><x:tr><x:tc><x:p><x:r><x:t>格</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>';
    const bytes = zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': xml });
    expect(blocks(bytes)).toEqual([
      { kind: 'paragraph', line: 1, text: '标题\t一', norm: '标题 一', style: 'Heading1', headingLevel: 1 },
      { kind: 'row', line: 2, text: '格', norm: '格', cells: ['格'], normCells: ['格'], table: 0, row: 0 },
    ]);
  });

  test('norm is normalizeText(text), cell by cell for rows', () => {
    const raw = '基本支出323.15万元,其中:工资福利支出２７２.１３万元';
    const bytes = handDocx(para(raw) + para('[bookmark: _GoBack]正文') +
      `<w:tbl><w:tr><w:tc>${para('合计(万元)')}</w:tc><w:tc>${para('１,234.5')}</w:tc></w:tr></w:tbl>`);
    const got = blocks(bytes);
    expect(got[0]).toEqual({ kind: 'paragraph', line: 1, text: raw, norm: n(raw) });
    expect(got[0]!.norm).not.toBe(raw); // the fixture does exercise normalisation
    expect(got[1]).toMatchObject({ text: '[bookmark: _GoBack]正文', norm: n('[bookmark: _GoBack]正文') });
    expect(got[2]).toMatchObject({
      text: '合计(万元)\t１,234.5', norm: n('合计(万元)\t１,234.5'), normCells: [n('合计(万元)'), n('１,234.5')],
    });
  });

  test('stored (uncompressed) entries and a main part found through _rels/.rels', () => {
    const stored = zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': `<w:document xmlns:w="${W_NS}"><w:body>${para('存储')}</w:body></w:document>` }, 0);
    expect(texts(stored)).toEqual(['存储']);
    const renamed = zip({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      'word/document2.xml': `<w:document xmlns:w="${W_NS}"><w:body>${para('主文档二')}</w:body></w:document>`,
    });
    expect(texts(renamed)).toEqual(['主文档二']);
  });
});
