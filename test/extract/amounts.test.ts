import { describe, expect, it } from 'vitest';
import { amountsIn, sharesIn } from '../../src/extract/amounts.js';
import { normalizeText } from '../../src/read/normalize.js';
import type { Sentence } from '../../src/extract/text.js';

function sentence(text: string): Sentence {
  return { text, norm: normalizeText(text), line: 1, start: 0 };
}
const values = (text: string) => amountsIn(sentence(text)).map((a) => [a.label, a.value, a.unit]);

describe('amounts: only a number with a money unit is an amount', () => {
  it('a point spaced out by a PDF is a decimal point (200 . 00 万元), a full stop before a year is not (得分95. 2024年度…)', () => {
    expect(values('支出200 . 00 万元，其中…')).toEqual([['支出', '200.00', '万元']]);
    expect(normalizeText('自评得分95. 2024年度工作完成较好。')).toBe('自评得分95。 2024年度工作完成较好。');
    expect(normalizeText('分别为1, 2, 3个')).toBe('分别为1， 2， 3个');
  });
  it('a year is not an amount', () => {
    expect(values('2024年完成培训12期。')).toEqual([]);
  });
  it('list numbers are not amounts', () => {
    expect(values('1、加强预算管理；2. 完善制度；（3）强化监督。')).toEqual([]);
  });
  it('document numbers are not amounts', () => {
    expect(values('依据财预〔2020〕10号和湘财绩〔2021〕8号文件。')).toEqual([]);
  });
  it('dates are not amounts', () => {
    expect(values('于2024年12月31日前完成，2025.01.15报送。')).toEqual([]);
  });
  it('column indexes and counts are not amounts', () => {
    expect(values('见表3第2列，共5项、12个指标，完成率98.5%。')).toEqual([]);
  });
  it('a number followed by 万元/元/亿元 is, converted to exact 万元 with its printed precision', () => {
    expect(values('工资福利支出272.13万元、对企业补助20万元、差旅费12,345.60元、合同引资34.8亿元。')).toEqual([
      ['工资福利支出', '272.13', '万元'],
      ['对企业补助', '20.00', '万元'],
      ['差旅费', '1.23456', '元'],
      ['合同引资', '348000.00', '亿元'],
    ]);
  });
  it('reads half-width punctuation from web and PDF copies', () => {
    expect(values('基本支出2956.36万元,其中:工资福利支出2424.00万元,商品和服务支出432.65万元')).toEqual([
      ['基本支出', '2956.36', '万元'],
      ['工资福利支出', '2424.00', '万元'],
      ['商品和服务支出', '432.65', '万元'],
    ]);
  });
  it('keeps full-width digits columns aligned with the original', () => {
    const [a] = amountsIn(sentence('基本支出３２３．１５万元'));
    expect(a!.value).toBe('323.15');
    expect(a!.printed).toBe('３２３．１５万元');
    expect(a!.src.column).toBe(5);
  });

  it('full-width digits grouped by full-width commas are one number; a comma between half-width digits stays a clause mark', () => {
    expect(values('本年支出１，２００万元，其中基本支出８００万元')).toEqual([['本年支出', '1200.00', '万元'], ['基本支出', '800.00', '万元']]);
    expect(values('共计１２，３４５，６７８．５０元').map((v) => v[1])).toEqual(['1234.56785']);
    // "举办培训班3，200人参加": three classes, two hundred people
    expect(values('下达资金3，200万元已拨付').map((v) => v[1])).toEqual(['200.00']);
  });
});

describe('shares name their base', () => {
  it('占X的p%', () => {
    expect(sharesIn(sentence('占一般公共预算总支出的4.84%，占年度整体总支出的3.71%。')).map((s) => [s.baseName, s.pct])).toEqual([
      ['一般公共预算总支出', '4.84'],
      ['年度整体总支出', '3.71'],
    ]);
  });
  it('a percentage without 占 is no share', () => {
    expect(sharesIn(sentence('完成率98.5%，同比增长7.11%。'))).toEqual([]);
  });
});

describe('分别: the names listed before it name the figures listed after it, one each (twentieth field trial)', () => {
  const labels = (text: string) => amountsIn(sentence(text)).map((a) => `${a.label} ${a.value}`);
  it('names joined by 和 or 、, figures by 、 or 和; a name that holds 和 is one name when that split counts right', () => {
    expect(labels('基本支出和项目支出分别为900.00万元、600.00万元。')).toEqual(['基本支出 900.00', '项目支出 600.00']);
    expect(labels('一般公共预算拨款、政府性基金拨款、其他资金分别为1325.68万元、118.82万元和585.62万元。')).toEqual(['一般公共预算拨款 1325.68', '政府性基金拨款 118.82', '其他资金 585.62']);
    expect(labels('其中：2025年工资福利支出、商品和服务支出分别为300.00万元、50.00万元。')).toEqual(['工资福利支出 300.00', '商品和服务支出 50.00']);
  });
  it('not where the names are no words (years), or are not as many as the figures', () => {
    // (as before: each figure named by the words right before it)
    expect(labels('2023年和2024年分别为100.00万元、120.00万元。')).toEqual(['和2024年分别 100.00', ' 120.00']);
    expect(labels('基本支出、项目支出和其他支出分别为900.00万元、600.00万元。')).toEqual(['项目支出和其他支出分别 900.00', ' 600.00']);
  });
});

describe('text laid out from a PDF: spaces between words, years and figures (twenty-fourth field trial)', () => {
  const labels = (text: string) => amountsIn(sentence(text)).map((a) => `${a.label} ${a.value}`);
  it('a figure spaced from its words is named by them, the year before them aside', () => {
    expect(labels('2024 年一般公共预算支出 1.2 亿元，其中基本支出 2,400.00 万元，项目支出 9,600.00 万元。')).toEqual(['一般公共预算支出 12000.00', '基本支出 2400.00', '项目支出 9600.00']);
  });
  it('a space after a clause mark or between two figures stops the words', () => {
    expect(labels('支出 100.00 万元， 200.00 万元用于培训。')).toEqual(['支出 100.00', ' 200.00']);
  });
});
