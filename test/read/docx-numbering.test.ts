import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/read/docx-numfmt.js';
import { blocks, handDocx, para, texts } from './docx-helpers.js';

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/>` +
  '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="720"/></w:pPr>' +
  '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>';
const abstract = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;
const num = (id: number, abs: number, overrides = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abs}"/>${overrides}</w:num>`;
const np = (text: string, numId: number | string, ilvl?: number, more = '') =>
  para(text, `${more}<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`);

const TWO_LEVELS = abstract(0, lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%1.%2)'));

describe('numbering.xml: counters', () => {
  test('numIds of one abstractNum continue one sequence; a startOverride restarts it', () => {
    const numbering = TWO_LEVELS + num(1, 0) + num(2, 0) +
      num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>');
    const bytes = handDocx(
      np('甲', 1, 0) + np('乙', 1, 1) + np('丙', 2, 1) + np('丁', 2, 0) + np('戊', 3, 0) + np('己', 3, 0) + np('庚', 1, 0),
      { numbering },
    );
    expect(texts(bytes)).toEqual(['1. 甲', '1.a) 乙', '1.b) 丙', '2. 丁', '5. 戊', '6. 己', '3. 庚']);
  });

  test('w:lvlRestart="1" restarts a level only after level 1; w:lvlRestart="0" never', () => {
    const numbering = abstract(0,
      lvl(0, 'decimal', '%1.') +
      lvl(1, 'decimal', '%1.%2') +
      lvl(2, 'decimal', '（%3）', '<w:lvlRestart w:val="1"/>') +
      lvl(3, 'decimal', '[%4]', '<w:lvlRestart w:val="0"/>')) + num(1, 0);
    const bytes = handDocx(
      np('a', 1, 0) + np('b', 1, 2) + np('c', 1, 1) + np('d', 1, 2) + np('e', 1, 3) + np('f', 1, 0) + np('g', 1, 2) + np('h', 1, 3),
      { numbering },
    );
    expect(texts(bytes)).toEqual(['1. a', '（1） b', '1.1 c', '（2） d', '[1] e', '2. f', '（1） g', '[2] h']);
  });

  test('a level above that was never used shows start − 1, as Word does (0.1)', () => {
    const bytes = handDocx(np('二级', 1, 1), { numbering: abstract(0, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2')) + num(1, 0) });
    expect(texts(bytes)).toEqual(['0.1 二级']);
  });

  test('isLgl writes every level in decimals; bullets and none draw nothing; numId 0 removes numbering', () => {
    const numbering =
      abstract(0, lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')) +
      abstract(1, lvl(0, 'bullet', '\uf0b7') + lvl(1, 'none', '')) + num(1, 0) + num(2, 1);
    const styles = '<w:style w:type="paragraph" w:styleId="L"><w:name w:val="list"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const bytes = handDocx(
      np('一级', 1, 0) + np('法定', 1, 1) + np('圆点', 2, 0) + np('无', 2, 1) + np('取消', 0, 0, '<w:pStyle w:val="L"/>'),
      { numbering, styles },
    );
    expect(blocks(bytes).map((b) => [b.text, b.numbering])).toEqual([
      ['一、 一级', '一、 '], ['1.1 法定', '1.1 '], ['圆点', undefined], ['无', undefined], ['取消', undefined],
    ]);
  });

  test('formats through mc:AlternateContent (custom "001") and a w:lvl inside lvlOverride', () => {
    const custom = '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>';
    const numbering =
      abstract(0, `<w:lvl w:ilvl="0"><w:start w:val="9"/>${custom}<w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl>`) +
      num(1, 0) + num(2, 0, `<w:lvlOverride w:ilvl="0">${lvl(0, 'ideographTraditional', '%1．')}</w:lvlOverride>`);
    const bytes = handDocx(np('a', 1, 0) + np('b', 1, 0) + np('c', 2, 0) + np('d', 2, 0), { numbering });
    expect(texts(bytes)).toEqual(['009 a', '010 b', '甲． c', '乙． d']);
  });

  test('numbering from a style: level from the style, or from the level linked to the style (w:pStyle)', () => {
    const numbering = abstract(0,
      lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/>') +
      lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/>')) + num(4, 0);
    const styles =
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2x"><w:name w:val="heading 2 extra"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>';
    const bytes = handDocx(
      para('基本情况', '<w:pStyle w:val="H1"/>') + para('部门职能', '<w:pStyle w:val="H2"/>') +
      para('绩效目标', '<w:pStyle w:val="H2x"/>') + para('支出情况', '<w:pStyle w:val="H1"/>') +
      para('基本支出', '<w:pStyle w:val="H2"/>'),
      { numbering, styles },
    );
    expect(blocks(bytes).map((b) => [b.text, b.headingLevel])).toEqual([
      ['一、 基本情况', 1], ['（一） 部门职能', 2], ['（二） 绩效目标', undefined], ['二、 支出情况', 1], ['（一） 基本支出', 2],
    ]);
  });

  test('an abstractNum that only links to a list style (w:numStyleLink) uses that list', () => {
    const numbering =
      abstract(1, '<w:numStyleLink w:val="MyList"/>') +
      abstract(2, '<w:styleLink w:val="MyList"/>' + lvl(0, 'upperRoman', '%1.')) +
      num(10, 1) + num(11, 2);
    const styles = '<w:style w:type="numbering" w:styleId="MyList"><w:name w:val="my list"/><w:pPr><w:numPr><w:numId w:val="11"/></w:numPr></w:pPr></w:style>';
    const bytes = handDocx(np('a', 10, 0) + np('b', 10, 0) + np('c', 11, 0), { numbering, styles });
    expect(texts(bytes)).toEqual(['I. a', 'II. b', 'III. c']);
  });

  test('list numbers in table cells, and a missing numbering.xml or numId draws nothing', () => {
    const numbering = abstract(0, lvl(0, 'decimalEnclosedCircle', '%1')) + num(1, 0);
    const bytes = handDocx(`<w:tbl><w:tr><w:tc>${np('甲', 1, 0)}${np('乙', 1, 0)}</w:tc></w:tr></w:tbl>${np('丙', 99, 0)}`, { numbering });
    expect(texts(bytes)).toEqual(['① 甲 ② 乙', '丙']);
    expect(texts(handDocx(np('丁', 1, 0)))).toEqual(['丁']);
  });
});

describe('formatNumber', () => {
  test.each([
    ['chineseCounting', [1, 7, 10, 11, 20, 21, 99, 100, 105], ['一', '七', '十', '十一', '二十', '二十一', '九十九', '一〇〇', '一〇五']],
    ['chineseCountingThousand', [10, 11, 100, 101, 110, 1001, 1010], ['十', '十一', '一百', '一百零一', '一百一十', '一千零一', '一千零一十']],
    ['ideographTraditional', [1, 3, 10, 11], ['甲', '丙', '癸', '11']],
    ['decimalEnclosedCircle', [1, 10, 20, 21], ['①', '⑩', '⑳', '21']],
    ['decimalFullWidth', [3, 12], ['３', '１２']],
    ['lowerLetter', [1, 26, 27, 53], ['a', 'z', 'aa', 'aaa']],
    ['upperLetter', [2, 28], ['B', 'BB']],
    ['lowerRoman', [4, 9, 14, 2024], ['iv', 'ix', 'xiv', 'mmxxiv']],
    ['upperRoman', [3, 40, 0], ['III', 'XL', '0']],
    ['decimal', [0, 12], ['0', '12']],
    ['decimalZero', [7, 12], ['07', '12']],
    ['bullet', [1], ['']],
    ['none', [1], ['']],
    ['ordinalText', [3], ['3']],
  ] as const)('%s', (fmt, values, expected) => {
    expect(values.map((v) => formatNumber(v, fmt))).toEqual(expected);
  });
});
