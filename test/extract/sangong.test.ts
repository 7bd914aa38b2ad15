/**
 * 三公 figures as forms and PDF text give them: a 三公 part further down a form's table (its own
 * header row: “三公”经费（万元） | 预算数 | 决算数), and amounts with a space before their unit.
 */
import { describe, expect, it } from 'vitest';
import { extractSangong } from '../../src/extract/sangong.js';
import { linesToDoc } from '../../src/read/txt.js';

const printed = (side: { total?: { printed: string }; items: Record<string, { printed: string } | 'nil'> }) => ({
  total: side.total?.printed,
  items: Object.fromEntries(Object.entries(side.items).map(([k, v]) => [k, v === 'nil' ? 'nil' : v.printed])),
});

describe('三公 figures', () => {
  it('a 三公 part of a form under its own header row, after a funds part with other columns', () => {
    const form = [
      '部门预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率（%）',
      '年度资金总额 | 1,628.40 | 1,702.15 | 1,668.62 | 98.03',
      '“三公”经费（万元） | 预算数 | 决算数',
      '“三公”经费合计 | 6.80 | 5.62',
      '因公出国（境）费 | 0 | 0',
      '公务用车运行维护费 | 4.80 | 3.86',
      '公务接待费 | 2.00 | 1.56',
    ].join('\n');
    const f = extractSangong(linesToDoc(`某单位\n${form}\n`, 'x.txt').blocks);
    expect(printed(f.budget)).toEqual({ total: '6.80万元', items: { '因公出国（境）费': '0万元', 公务用车运行维护费: '4.80万元', 公务接待费: '2.00万元' } });
    expect(printed(f.actual)).toEqual({ total: '5.62万元', items: { '因公出国（境）费': '0万元', 公务用车运行维护费: '3.86万元', 公务接待费: '1.56万元' } });
  });

  it('amounts with a space before 万元 (text from a PDF)', () => {
    const text = '2023年"三公"经费预算数15.60 万元,其中因公出国(境)费0 万元、公务用车运行维护费11.20 万元、公务接待费4.40 万元;决算数13.08 万元,其中因公出国(境)费0 万元、公务用车运行维护费9.65 万元、公务接待费3.43 万元。';
    const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks);
    expect(printed(f.budget).total).toBe('15.60 万元');
    expect(Object.keys(f.actual.items).sort()).toEqual(['公务接待费', '公务用车运行维护费', '因公出国（境）费'].sort());
    expect(printed(f.actual).total).toBe('13.08 万元');
  });

  it('a comparison after a rate of the budget (完成全年预算X的p%，比上年增加…) is the actual\'s, not the budget\'s', () => {
    const f = extractSangong(linesToDoc('某单位\n2023年度“三公”经费财政拨款支出决算为62.07万元，完成全年预算84.82万元的73.2%，比上年增加38.97万元，增长168.7%。\n', 'x.txt').blocks);
    expect(f.budget.total?.printed).toBe('84.82万元');
    expect(f.budget.yoy).toBeUndefined();
    expect(f.actual.yoy?.change?.printed).toBe('38.97万元');
    // the same sentence without the rate: the comparison follows the actual, as before
    const g = extractSangong(linesToDoc('某单位\n2023年度“三公”经费财政拨款支出决算为62.07万元，比上年增加38.97万元，增长168.7%。\n', 'x.txt').blocks);
    expect(g.actual.yoy?.change?.printed).toBe('38.97万元');
  });
});
