/**
 * 三公 figures as forms and PDF text give them: a 三公 part further down a form's table (its own
 * header row: “三公”经费（万元） | 预算数 | 决算数), and amounts with a space before their unit.
 */
import { describe, expect, it } from 'vitest';
import { extractSangong } from '../../src/extract/sangong.js';
import { linesToDoc } from '../../src/read/txt.js';
import { runRule, SKELETON, variant } from '../helpers/rule-tester.js';

const printed = (side: { total?: { printed: string }; items: Record<string, { printed: string } | 'nil'> }) => ({
  total: side.total?.printed,
  items: Object.fromEntries(Object.entries(side.items).map(([k, v]) => [k, v === 'nil' ? 'nil' : v.printed])),
});

/** Both sides of the 三公 figures a text states, as printed. */
const sidesOf = (text: string) => {
  const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks);
  return { budget: printed(f.budget), actual: printed(f.actual) };
};
/** A side with its total and the three items (因公出国（境）费, 公务用车运行维护费, 公务接待费). */
const three = (total: string, abroad: string, car: string, reception: string) => ({ total, items: { '因公出国（境）费': abroad, 公务用车运行维护费: car, 公务接待费: reception } });

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
    expect(sidesOf(form)).toEqual({ budget: three('6.80万元', '0万元', '4.80万元', '2.00万元'), actual: three('5.62万元', '0万元', '3.86万元', '1.56万元') });
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

  it('items in sentences ended by ； after the total go on the side of the total (其中：…费支出0万元；…)', () => {
    const text = '2019年，一般公共预算拨款安排的“三公”经费决算支出数为1165.08万元，同比减少63.96万元，下降5.2%。其中：因公出国（境）费支出0万元；公务用车购置费支出204.78万元，同比减少54.2万元；公务用车运行维护费支出664.60万元；公务接待费支出295.70万元。';
    const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks);
    expect(printed(f.actual)).toEqual({ total: '1165.08万元', items: { '因公出国（境）费': '0万元', 公务用车购置费: '204.78万元', 公务用车运行维护费: '664.60万元', 公务接待费: '295.70万元' } });
    expect(printed(f.budget)).toEqual({ total: undefined, items: {} });
    // the side of the figures, not the last stage word: "完成预算的82.17%" names the budget
    const g = extractSangong(linesToDoc('某单位\n“三公”经费财政拨款支出决算9.86万元，完成预算的82.17%。其中：因公出国（境）费0万元；公务用车运行维护费7.26万元；公务接待费2.60万元。\n', 'x.txt').blocks);
    expect(printed(g.actual).items).toEqual({ '因公出国（境）费': '0万元', 公务用车运行维护费: '7.26万元', 公务接待费: '2.60万元' });
    expect(printed(g.budget).items).toEqual({});
  });

  it('公车 for 公务用车, 购置 without 费, and …经费合计支出 as the spending', () => {
    const f = extractSangong(linesToDoc('某单位\n2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公车运行及维护7.73万元。\n', 'x.txt').blocks);
    expect(printed(f.actual)).toEqual({ total: '20.12万元', items: { '因公出国（境）费': '0万元', 公务接待费: '12.39万元', 公务用车运行维护费: '7.73万元' } });
    const g = extractSangong(linesToDoc('某单位\n2017年“三公”经费预算5834万元，其中：公务用车购置安排692万元；公车运行及维护4612万元；公务接待费430万元；因公出国100万元。\n', 'x.txt').blocks);
    expect(printed(g.budget).items).toEqual({ 公务用车购置费: '692万元', 公务用车运行维护费: '4612万元', 公务接待费: '430万元', '因公出国（境）费': '100万元' });
  });

  it('"比预算增加0万元" compares the actual with the budget: it is no budget of 0', () => {
    const f = extractSangong(linesToDoc('某单位\n2020年度“三公”经费支出决算总额为5.48万元，比预算增加0万元，比去年增加1.55万元。\n', 'x.txt').blocks);
    expect(printed(f.actual).total).toBe('5.48万元');
    expect(printed(f.budget)).toEqual({ total: undefined, items: {} });
    // and the comparison with the year before after it is the total's change, its rate after a space (PDF text)
    const g = extractSangong(linesToDoc('某单位\n2020 年度“三公”经费支出决算总额为 5.48 万元,比预算增加 0 万元,比去年增加 1.55 万元,增长 39.4%,增加原因主要是公务用车运行支出增加。\n', 'x.txt').blocks);
    expect([g.actual.yoy?.change?.value, g.actual.yoy?.rate, g.actual.yoy?.direction]).toEqual(['1.55', '39.4', 'up']);
  });

  it('a change against the budget is no budget; 安排 is the budget; a 。 inside brackets ends no sentence (second field trial)', () => {
    const items = '其中：因公出国（境）经费0万元；公务用车购置及运行维护费7634.75万元；公务接待费602.47万元。';
    const f = extractSangong(linesToDoc(`某单位\n2022年州本级部门“三公”经费支出总额为8237.23万元，比年初预算增加1317.14万元。${items}\n`, 'x.txt').blocks);
    expect(printed(f.actual).total).toBe('8237.23万元');
    expect(printed(f.budget)).toEqual({ total: undefined, items: {} });
    const g = extractSangong(linesToDoc('某单位\n2022年本部门财政拨款安排“三公”经费502.4万元。其中：因公出国（境）费0万元；公务用车购置及运行费500.00万元（公务用车购置费100.00万元；公务用车运行维护费400.00万元。）；公务接待费2.4万元。\n', 'x.txt').blocks);
    expect(printed(g.budget)).toEqual({ total: '502.4万元', items: { '因公出国（境）费': '0万元', '公务用车购置及运行（维护）费': '500.00万元', 公务用车购置费: '100.00万元', 公务用车运行维护费: '400.00万元', 公务接待费: '2.4万元' } });
  });

  it('万 for 万元 (预算3.80万，决算3.26万)', () => {
    const f = extractSangong(linesToDoc('某单位\n“三公”经费预算3.80万，决算3.26万，其中公务接待费0.42万、公务用车运行维护费2.84万，未安排因公出国（境）费。\n', 'x.txt').blocks);
    expect(printed(f.budget).total).toBe('3.80万');
    // (未安排因公出国（境）费: nothing spent on it; 未安排 is no word of the budget side, forty-third field trial)
    expect(printed(f.actual)).toEqual({ total: '3.26万', items: { 公务接待费: '0.42万', 公务用车运行维护费: '2.84万', '因公出国（境）费': 'nil' } });
    expect(f.actual.total?.unit).toBe('万元');
  });

  it('a table whose column is the year\'s spending (经费项目 | 2020年度支出（万元）) is the actual side', () => {
    const table = ['2020年度全区“三公”经费决算情况', '经费项目 | 2020年度支出（万元） |', '因公出国（境）费 | 0 |', '公务接待费 | 71.53 |', '公务用车购置及运行维护费 | 1857.23 |', '总“三公”经费支出 | 1928.76 |'].join('\n');
    const f = extractSangong(linesToDoc(`某单位\n${table}\n`, 'x.txt').blocks);
    expect(printed(f.actual)).toEqual({ total: '1928.76万元', items: { '因公出国（境）费': '0万元', 公务接待费: '71.53万元', '公务用车购置及运行（维护）费': '1857.23万元' } });
    expect(printed(f.budget)).toEqual({ total: undefined, items: {} });
  });

  it('a form that sets last year beside this year: the latest year\'s (or 本年) columns; 出国经费 and 公务用车购置和维护经费 are items', () => {
    const table = ['经费控制情况（万元） | 2022年决算数 | 2023年预算数 | 2023年决算数', '三公经费 | 6.20 | 5.00 | 4.80', '1、公务用车购置和维护经费 | 3.00 | 3.00 | 2.90', '2、出国经费 | 0 | 0 | 0', '3、公务接待 | 3.20 | 2.00 | 1.90'];
    const f = extractSangong(linesToDoc(`某单位\n${table.join('\n')}\n`, 'x.txt').blocks);
    expect(printed(f.budget)).toEqual({ total: '5.00万元', items: { '公务用车购置及运行（维护）费': '3.00万元', '因公出国（境）费': '0万元', 公务接待费: '2.00万元' } });
    expect(printed(f.actual)).toEqual({ total: '4.80万元', items: { '公务用车购置及运行（维护）费': '2.90万元', '因公出国（境）费': '0万元', 公务接待费: '1.90万元' } });
    // 上年 before 本年, in either order
    const g = extractSangong(linesToDoc('某单位\n项目 | 本年决算数 | 上年决算数\n“三公”经费 | 4.80 | 6.20\n', 'x.txt').blocks);
    expect(printed(g.actual).total).toBe('4.80万元');
    // 出国 in a sentence that is no 出国 spending names no item
    const h = extractSangong(linesToDoc('某单位\n“三公”经费决算数4.80万元，其中公务接待费1.90万元，公务用车运行维护费2.90万元，组织出国考察0批次。\n', 'x.txt').blocks);
    expect(Object.keys(h.actual.items).sort()).toEqual(['公务接待费', '公务用车运行维护费'].sort());
  });

  it('field trial 4: a fund named before 支出 is no budget; one 同比 after a budget and an actual is the actual\'s; 车辆运行费; a change is no item', () => {
    const spent = extractSangong(linesToDoc('某单位\n本局2023年“三公”经费公共预算财政拨款支出20万元，其中公务用车运行维护费12万元，公务接待费8万元，无因公出国（境）支出。\n', 'x.txt').blocks);
    expect(printed(spent.actual).total).toBe('20万元');
    expect(printed(spent.budget).total).toBeUndefined();
    const quoted = extractSangong(linesToDoc('某单位\n本局2015年‘三公’经费公共预算财政拨款支出50万元，其中公务用车购置及运行维护费40万元，公务接待费10万元。\n', 'x.txt').blocks);
    expect(printed(quoted.actual)).toEqual({ total: '50万元', items: { '公务用车购置及运行（维护）费': '40万元', 公务接待费: '10万元' } });
    const both = extractSangong(linesToDoc('某单位\n本单位2023年度“三公”经费支出预算为8万元，支出决算为3万元，完成预算的37.5%，较上年减少1万元，下降25%。\n', 'x.txt').blocks);
    expect([both.budget.yoy, both.actual.yoy?.rate]).toEqual([undefined, '25']);
    const car = extractSangong(linesToDoc('某单位\n2023年部门决算“三公”经费合计20万元，其中：公务接待费5万元，车辆运行费15万元，因公出国（境）费0万元。较上年增加3万元，其中公务用车运行维护费增加2万元。\n', 'x.txt').blocks);
    expect(printed(car.actual)).toEqual({ total: '20万元', items: { 公务接待费: '5万元', 公务用车运行维护费: '15万元', '因公出国（境）费': '0万元' } });
  });

  it('the spending of an allocation (财政拨款安排的“三公”经费支出) is the actual; an item spent, then its budget beside it (fifth field trial)', () => {
    const text = [
      '2024年度本单位一般公共预算财政拨款安排的“三公”经费支出3.10万元，年初预算为4.00万元，差值为0.90万元。',
      '其中：因公出国(境)支出0万元，年初预算为0万元，差值为0万元；公务用车运行维护费支出0万元，年初预算为1.00万元，差值为1.00万元；公务接待费支出3.10万元，年初预算为3.00万元，差值为0.10万元。',
    ].join('');
    expect(sidesOf(text)).toEqual({ budget: three('4.00万元', '0万元', '1.00万元', '3.00万元'), actual: three('3.10万元', '0万元', '0万元', '3.10万元') });
    // held: a budget statement's 安排 is its budget
    const plan = extractSangong(linesToDoc('某单位\n2024年财政拨款安排“三公”经费5.00万元，其中公务接待费安排5.00万元。\n', 'x.txt').blocks);
    expect(plan.budget.total?.printed).toBe('5.00万元');
    expect(plan.actual.total).toBeUndefined();
  });

  it('a comparison with the budget between an actual and its 其中 names no side (决算支出785万元，较年初预算减少28%其中：…)', () => {
    for (const mark of ['', '，']) {
      const f = extractSangong(linesToDoc(`某单位\n公务用车购置及运行费决算支出785万元，较年初预算减少28%${mark}其中：公务用车购置费274万元，公务用车运行维护费511万元。\n`, 'x.txt').blocks);
      expect(printed(f.actual).items).toEqual({ '公务用车购置及运行（维护）费': '785万元', 公务用车购置费: '274万元', 公务用车运行维护费: '511万元' });
      expect(f.budget.items).toEqual({});
    }
  });

  it('a share of the budget (占预算的p%) after the actual names no side: the items after it are the actual\'s (fourteenth field trial)', () => {
    const text = '2024年“三公”经费预算20,000.00元，实际支出12,460.00元，占预算的62.30%，全部为公务接待费，因公出国（境）费、公务用车购置及运行维护费均为0元。';
    const { actual, budget } = sidesOf(text);
    expect(actual.items).toEqual({ 公务接待费: '12,460.00元', '因公出国（境）费': 'nil', '公务用车购置及运行（维护）费': '0元' });
    // (the nil items are not the budget's, nor is the reception "全部为" names)
    expect(Object.values(budget.items)).not.toContain('nil');
  });

  it('held and broken: 三公 items after 占预算的p% against the actual', async () => {
    const sentence = (reception: string) => `某单位2025年度工作情况\n2025年“三公”经费预算数为2.00万元，实际支出1.25万元，占预算的62.50%，其中公务接待费${reception}万元，因公出国（境）费、公务用车购置及运行维护费均为0万元。`;
    expect(await runRule('sangong-total-mismatch', sentence('1.25'))).toEqual([]);
    expect((await runRule('sangong-total-mismatch', sentence('1.05'))).length).toBeGreaterThan(0);
  });
});

/**
 * Field trial 9: a 其中 list after a sentence that states the 三公 spending with its budget beside it
 * details the spending (决算数), not the budget; and a 其中 paragraph under a total paragraph details it.
 */
describe('which total a 三公 其中 list details (field trial 9)', () => {
  const SANGONG = SKELETON.split('\n')[12]!;
  const sangong = (text: string) => variant(SKELETON, [SANGONG, text]);
  /** Items that add up to the 5.36 spent (0 + 3.90 + 1.46), and items that do not (0 + 3.90 + 1.66 = 5.56). */
  const HOLDS = '其中：因公出国（境）费0万元，公务用车运行维护费3.90万元，公务接待费1.46万元。';
  const FAILS = HOLDS.replace('1.46', '1.66');
  /** A statement of the 5.36 spent beside its budget of 7.50, then the list given. */
  const shapes: [string, (list: string) => string][] = [
    ['支出, then its budget (支出X，预算Y。其中)', (l) => `2025年度本局“三公”经费财政拨款支出5.36万元，预算7.50万元。${l}`],
    ['支出 as a rate of the budget (为全年预算Y的p%。其中)', (l) => `2025年度本局“三公”经费财政拨款支出5.36万元，为全年预算7.50万元的71.47%。${l}`],
    ['the same with the 其中 in one sentence (…的p%，其中)', (l) => `2025年度本局“三公”经费财政拨款支出5.36万元，为全年预算7.50万元的71.47%，${l}`],
    ['the budget, then plain 支出 (预算Y，支出X。其中)', (l) => `2025年度本局“三公”经费财政拨款预算7.50万元，支出5.36万元。${l}`],
    ['a rate and a 较上年 sentence between the total and its 其中', (l) => `2025年度本局“三公”经费财政拨款支出5.36万元，为全年预算7.50万元的71.47%；较上年6.02万元减少0.66万元，下降10.96%。${l}`],
    ['the 其中 list in the next paragraph', (l) => `2025年度本局“三公”经费财政拨款预算7.50万元，支出决算5.36万元，完成预算的71.47%。\n${l}`],
    ['the list in the next paragraph as …“三公”经费中，', (l) => `2025年度本局“三公”经费财政拨款预算7.50万元，支出决算5.36万元，完成预算的71.47%。\n2025年度“三公”经费中，${l.replace('其中：', '')}`],
  ];

  it.each(shapes)('%s: the items are the actual\'s', (_name, total) => {
    const f = extractSangong(linesToDoc(`某单位\n${total(HOLDS)}\n`, 'x.txt').blocks);
    expect(printed(f.actual)).toEqual(three('5.36万元', '0万元', '3.90万元', '1.46万元'));
    expect(printed(f.budget)).toEqual({ total: '7.50万元', items: {} });
  });

  it.each(shapes)('%s: items adding up to the actual hold, no 三公 finding', async (_name, total) => {
    const text = sangong(total(HOLDS));
    for (const rule of ['sangong-total-mismatch', 'sangong-actual-missing', 'sangong-component-missing']) expect(await runRule(rule, text)).toEqual([]);
  });

  it.each(shapes)('%s: items not adding up to the actual are an error on the 决算数', async (_name, total) => {
    expect(await runRule('sangong-total-mismatch', sangong(total(FAILS)))).toMatchObject([
      { data: { total: '5.36', sum: '5.56', diff: '0.20' }, message: '“三公”经费决算数各项之和 5.56 万元，与“三公”经费决算数 5.36 万元不符，差额 0.20 万元' },
    ]);
  });

  it('held: 其中 right after the spending, the budget later; a budget stated alone takes its list', () => {
    const after = extractSangong(linesToDoc(`某单位\n2025年度本局“三公”经费财政拨款支出5.36万元，${HOLDS}全年预算7.50万元，完成预算的71.47%。\n`, 'x.txt').blocks);
    expect(printed(after.actual)).toEqual(three('5.36万元', '0万元', '3.90万元', '1.46万元'));
    expect(printed(after.budget)).toEqual({ total: '7.50万元', items: {} });
    const plan = extractSangong(linesToDoc(`某单位\n2025年度本局“三公”经费财政拨款预算7.50万元。${HOLDS}\n`, 'x.txt').blocks);
    expect(printed(plan.budget)).toEqual(three('7.50万元', '0万元', '3.90万元', '1.46万元'));
    expect(printed(plan.actual)).toEqual({ total: undefined, items: {} });
    // a budget's list that says 支出 of each item stays the budget's
    const spentItems = extractSangong(linesToDoc('某单位\n2025年“三公”经费预算7.50万元，其中：公务接待费支出1.46万元，公务用车运行维护费支出6.04万元。\n', 'x.txt').blocks);
    expect(printed(spentItems.budget).items).toEqual({ 公务接待费: '1.46万元', 公务用车运行维护费: '6.04万元' });
    expect(printed(spentItems.actual)).toEqual({ total: undefined, items: {} });
  });

  it('held: a 其中 paragraph after another year\'s total, or after a paragraph of no 三公 figure, is not attached', () => {
    const last = extractSangong(linesToDoc(`某单位\n2024年度本局“三公”经费财政拨款支出6.02万元。\n${HOLDS}\n2025年度“三公”经费财政拨款支出5.36万元。\n`, 'x.txt').blocks, 2025);
    expect(printed(last.actual)).toEqual({ total: '5.36万元', items: {} });
    const apart = extractSangong(linesToDoc(`某单位\n2025年度本局“三公”经费财政拨款支出5.36万元。\n本局严格执行中央八项规定精神。\n${HOLDS}\n`, 'x.txt').blocks);
    expect(printed(apart.actual).items).toEqual({});
  });
});

/**
 * Field trial 10: last year's level a 三公 total is compared with ("比上年的X减少…", "较上年度决算数（X）",
 * "上年“三公”经费决算X") is no figure of the year; item budgets in brackets after the budget
 * ("预算Y（因公出国（境）费…、公务接待费…），支出决算X") leave the figure after the bracket to the total.
 */
describe('last year\'s level and bracketed items (field trial 10)', () => {
  const SANGONG = SKELETON.split('\n')[12]!;
  const sangong = (text: string) => variant(SKELETON, [SANGONG, text]);
  /** This year's figures: budget 7.50 (0 + 5.50 + 2.00), spent 5.36 (0 + 3.90 + 1.46); last year's 6.02. */
  const YEAR = '2025年度本局“三公”经费财政拨款预算7.50万元，支出决算5.36万元，完成预算的71.47%。其中：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。';
  const shapes: [string, string][] = [
    ['比上年的X减少Y in the next paragraph', `${YEAR}\n“三公”经费支出决算比上年的6.02万元减少0.66万元，下降10.96%。`],
    ['较上年的X减少Y in the same paragraph', `${YEAR}“三公”经费支出较上年的6.02万元减少0.66万元。`],
    ['较上年度决算数（X）减少Y', `${YEAR}\n“三公”经费支出决算较上年度决算数（6.02万元）减少0.66万元。`],
    ['上年“三公”经费决算X, then the change', `${YEAR}\n与上年相比：上年“三公”经费决算6.02万元，本年减少0.66万元。`],
    ['the budget\'s items in brackets, then the spending', '2025年度本局“三公”经费财政拨款预算7.50万元（因公出国（境）费0万元、公务用车运行维护费5.50万元、公务接待费2.00万元），支出决算5.36万元，为预算的71.47%。其中：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。'],
  ];

  it.each(shapes)('%s: the total spent is this year\'s, the items as listed', (_name, text) => {
    const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks, 2025);
    expect(printed(f.actual)).toEqual(three('5.36万元', '0万元', '3.90万元', '1.46万元'));
    expect(printed(f.budget).total).toBe('7.50万元');
    // (last year's 6.02 is no restatement of this year's total either)
    expect(f.actual.again).toBeUndefined();
  });

  it('items with no total of the year, then last year\'s level: no total, no sum to check', async () => {
    const text = '2025年度本局“三公”经费支出情况：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。\n“三公”经费支出决算比上年的6.02万元减少0.66万元，下降10.96%。';
    const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks, 2025);
    expect(f.actual.total).toBeUndefined();
    expect(await runRule('sangong-total-mismatch', sangong(text))).toEqual([]);
  });

  it.each(shapes)('%s: no 三公 finding', async (_name, text) => {
    for (const rule of ['sangong-total-mismatch', 'sangong-actual-missing', 'sangong-component-missing']) expect(await runRule(rule, sangong(text))).toEqual([]);
  });

  it.each(shapes.slice(0, 3))('%s: the change from last year is checked against this year\'s total', async (_name, text) => {
    const { auditText } = await import('../helpers/audit.js');
    const yoy = async (t: string) => ((await auditText(sangong(t))).files[0]!.checks ?? []).filter((c) => c.id.startsWith('yoy:sangong.actual')).map((c) => c.status);
    expect(await yoy(text)).toContain('pass');
    expect(await yoy(text)).not.toContain('fail');
    // 5.36 − 6.02 is −0.66: a change of 0.76 is wrong
    expect(await yoy(text.replace('减少0.66万元', '减少0.76万元'))).toContain('fail');
    expect(await runRule('sum-mismatch', sangong(text.replace('减少0.66万元', '减少0.76万元')))).toHaveLength(1);
  });

  it('a sentence of its own that opens with the comparison is the change of the total stated last (…。比上年减少0.66万元，下降10.96%。)', async () => {
    const { auditText } = await import('../helpers/audit.js');
    const yoy = async (t: string) => ((await auditText(sangong(t))).files[0]!.checks ?? []).filter((c) => c.id.startsWith('yoy:sangong.actual')).map((c) => c.status);
    const text = '2025年度本局“三公”经费财政拨款预算7.50万元，支出决算5.36万元，完成预算的71.47%。比上年减少0.66万元，下降10.96%。其中：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。';
    expect(await yoy(text)).toEqual(['pass']);
    expect(await yoy(text.replace('下降10.96%', '下降11.96%'))).toEqual(['fail']);
    // of the actual when the budget is stated after it as its measure, or when the comparison names 决算
    expect(await yoy('2025年度本局“三公”经费财政拨款支出5.36万元，为全年预算7.50万元的71.47%；较上年6.02万元减少0.66万元，下降10.96%。其中：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。')).toEqual(['pass', 'pass']);
    expect(await yoy('2025年度本局“三公”经费财政拨款支出决算5.36万元，年初预算7.50万元，比年初预算减少2.14万元；比2024年度决算6.02万元减少0.66万元，下降10.96%。其中：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。')).toContain('pass');
    // after an item's sentence the comparison is the item's, not the total's
    expect(await yoy('2025年度本局“三公”经费财政拨款预算7.50万元，支出决算5.36万元。其中：因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元；较上年（1.66万元）减少0.20万元，下降12.05%。')).toEqual([]);
  });

  it.each(shapes)('%s: items not adding up to this year\'s total are an error on it', async (_name, text) => {
    expect(await runRule('sangong-total-mismatch', sangong(text.replaceAll('公务接待费1.46', '公务接待费1.66')))).toMatchObject([
      { data: { total: '5.36', sum: '5.56', diff: '0.20' }, message: '“三公”经费决算数各项之和 5.56 万元，与“三公”经费决算数 5.36 万元不符，差额 0.20 万元' },
    ]);
  });
});

/**
 * Field trial 10: the items on the lines after the 三公 total ("…完成预算的71.47%。具体情况：" then one line
 * per item, a numbered "2. 分项：…" line, "1.…：…；2.…：…" numbering in the line) detail that total, on its
 * side, until a heading or a paragraph that names no item.
 */
describe('三公 items on the lines after the total (field trial 10)', () => {
  const SANGONG = SKELETON.split('\n')[12]!;
  const sangong = (text: string) => variant(SKELETON, [SANGONG, text]);
  const TOTAL = '2025年度本局“三公”经费财政拨款预算7.50万元，支出决算5.36万元，完成预算的71.47%。';
  /** The three items, each as written in one shape; `reception` is the 公务接待费 (1.46 adds up, 1.66 does not). */
  const shapes: [string, (reception: string) => string][] = [
    ['具体情况： then one numbered line per item', (r) => `${TOTAL}具体情况：\n（一）因公出国（境）费：0万元。\n（二）公务用车运行维护费：3.90万元。\n（三）公务接待费：${r}万元。`],
    ['具体情况： then 1. 2. 3. lines', (r) => `${TOTAL}具体情况：\n1.因公出国（境）费：0万元。\n2.公务用车运行维护费：3.90万元。\n3.公务接待费：${r}万元。`],
    ['具体情况： then the items in one line', (r) => `${TOTAL}具体情况：\n因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费${r}万元。`],
    ['numbered lines: 1. the total, 2. 分项：the items', (r) => `1. ${TOTAL}\n2. 分项：因公出国（境）费0万元；公务接待费${r}万元；公务用车运行维护费3.90万元。`],
    ['numbered lines: 1. the total, 2. 其中：the items', (r) => `1. ${TOTAL}\n2. 其中：因公出国（境）费0万元；公务接待费${r}万元；公务用车运行维护费3.90万元。`],
    ['1.…：…；2.…：… numbering inside the line', (r) => `${TOTAL}具体情况：1.因公出国（境）费：0万元；2.公务用车运行维护费：3.90万元；3.公务接待费：${r}万元。`],
  ];

  it.each(shapes)('%s: the items are the actual\'s', (_name, text) => {
    const f = extractSangong(linesToDoc(`某单位\n${text('1.46')}\n`, 'x.txt').blocks);
    expect(printed(f.actual)).toEqual(three('5.36万元', '0万元', '3.90万元', '1.46万元'));
    expect(printed(f.budget)).toEqual({ total: '7.50万元', items: {} });
  });

  it.each(shapes)('%s: items adding up to the actual hold, no 三公 finding', async (_name, text) => {
    for (const rule of ['sangong-total-mismatch', 'sangong-actual-missing', 'sangong-component-missing']) expect(await runRule(rule, sangong(text('1.46')))).toEqual([]);
  });

  it.each(shapes)('%s: items not adding up to the actual are an error on the 决算数', async (_name, text) => {
    expect(await runRule('sangong-total-mismatch', sangong(text('1.66')))).toMatchObject([
      { data: { total: '5.36', sum: '5.56', diff: '0.20' }, message: '“三公”经费决算数各项之和 5.56 万元，与“三公”经费决算数 5.36 万元不符，差额 0.20 万元' },
    ]);
  });

  it('failing: a heading between the total and the item lines ends the 三公 passage', async () => {
    const text = `${TOTAL}\n（三）机关运行经费\n因公出国（境）费0万元；公务用车运行维护费3.90万元；公务接待费1.46万元。`;
    const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks);
    expect(printed(f.actual).items).not.toHaveProperty('公务用车运行维护费');
    expect(await runRule('sangong-component-missing', sangong(text))).toHaveLength(3);
  });
});

/**
 * Field trial 11 (上海 决算说明): the total's line ends with 具体情况如下： and each item follows on a numbered line
 * with its budget or its change from the budget after it, or the items are numbered inside the sentence
 * (其中：1.…；2.…；3.…), in any list-number style. Read since the field trial 10 fix; kept here in this shape.
 */
describe('三公 items numbered after 具体情况如下： or inside the sentence (field trial 11)', () => {
  const SANGONG = SKELETON.split('\n')[12]!;
  const sangong = (text: string) => variant(SKELETON, [SANGONG, text]);
  const TOTAL = '2025年度本部门“三公”经费财政拨款支出决算5.36万元，年初预算7.50万元，比年初预算减少2.14万元。';
  const ITEMS = ['因公出国（境）费0万元，年初预算0万元', '公务接待费1.46万元，比年初预算2.00万元减少0.54万元', '公务用车购置及运行费3.90万元，比年初预算5.50万元减少1.60万元'];
  const STYLES: [string, (n: number) => string][] = [
    ['1.', (n) => `${n}.`], ['1、', (n) => `${n}、`], ['（1）', (n) => `（${n}）`], ['(1)', (n) => `(${n})`],
    ['①', (n) => '①②③'[n - 1]!], ['一是', (n) => `${'一二三'[n - 1]}是`], ['（一）', (n) => `（${'一二三'[n - 1]}）`],
  ];
  /** Each shape, as a text of the items given (numbered in order). */
  const shapes: [string, (items: string[]) => string][] = STYLES.flatMap(([name, no]): [string, (items: string[]) => string][] => [
    [`具体情况如下： then ${name} lines`, (items) => `${TOTAL}具体情况如下：\n${items.map((t, i) => `${no(i + 1)}${t}。`).join('\n')}`],
    [`其中：${name}…；… inside the sentence`, (items) => `${TOTAL}其中：${items.map((t, i) => `${no(i + 1)}${t.replace(/，.*/, '')}`).join('；')}。`],
  ]);

  it.each(shapes)('%s: the items are the actual\'s', (_name, text) => {
    const f = extractSangong(linesToDoc(`某单位\n${text(ITEMS)}\n`, 'x.txt').blocks);
    expect(printed(f.actual)).toEqual({ total: '5.36万元', items: { '因公出国（境）费': '0万元', 公务接待费: '1.46万元', '公务用车购置及运行（维护）费': '3.90万元' } });
    expect(printed(f.budget).total).toBe('7.50万元');
  });

  it.each(shapes)('%s: no 三公 finding', async (_name, text) => {
    for (const rule of ['sangong-total-mismatch', 'sangong-actual-missing', 'sangong-component-missing']) expect(await runRule(rule, sangong(text(ITEMS)))).toEqual([]);
  });

  it.each(shapes)('%s: an item left out is reported', async (_name, text) => {
    expect(await runRule('sangong-component-missing', sangong(text([ITEMS[0]!, ITEMS[2]!])))).toMatchObject([{ data: { component: '公务接待费' } }]);
  });
});

/**
 * Field trial 12 (青海 自评表): the 三公 figures as a form's label | value rows, "“三公”经费全年预算数 | 5.60（因公
 * 出国（境）费0.00、…）", the unit on the figures, in the label or in the heading above (（单位：万元）). The label names
 * the side and the topic; the value's first figure is the total, the bracket after it the items.
 */
describe('三公 figures as a form\'s label | value rows (field trial 12)', () => {
  const SANGONG = SKELETON.split('\n')[12]!;
  const sangong = (text: string) => variant(SKELETON, [SANGONG, text]);
  const BUDGET_ROW = '“三公”经费全年预算数|5.60（因公出国（境）费0.00、公务用车运行维护费3.80、公务接待费1.80）';
  const ACTUAL_ROW = '“三公”经费全年执行数|4.92（因公出国（境）费0.00、公务用车运行维护费3.35、公务接待费1.57），本年未购置车辆';
  const shapes: [string, string, string][] = [
    ['the unit in the heading above', `预算执行情况（单位：万元）\n${BUDGET_ROW}\n${ACTUAL_ROW}`, '万元'],
    ['the unit on each figure', `${BUDGET_ROW}\n${ACTUAL_ROW}`.replace(/(\d\.\d\d)(?=[（、）])/g, '$1万元'), ''],
    ['the unit in the label, a rate row beside them', `${BUDGET_ROW.replace('|', '（万元）|')}\n${ACTUAL_ROW.replace('|', '（万元）|')}\n“三公”经费预算执行率|87.86%`, '万元'],
    ['a group name before the pairs', `“三公”经费（万元）|全年预算数|${BUDGET_ROW.split('|')[1]}\n“三公”经费（万元）|全年执行数|${ACTUAL_ROW.split('|')[1]}`, '万元'],
  ];
  const side = (total: string, car: string, reception: string) => ({ total: total + '万元', items: { '因公出国（境）费': '0.00万元', 公务用车运行维护费: car + '万元', 公务接待费: reception + '万元' } });

  it.each(shapes)('%s: both sides, total and items', (_name, text) => {
    const f = extractSangong(linesToDoc(`某单位\n${text}\n`, 'x.txt').blocks);
    expect(printed(f.budget)).toEqual(side('5.60', '3.80', '1.80'));
    expect(printed(f.actual)).toEqual(side('4.92', '3.35', '1.57'));
    expect(f.budget.total!.src).toMatchObject({ line: text.split('\n').findIndex((l) => l.includes('预算数')) + 2 });
  });

  it('the unit of the heading above: 元', () => {
    const f = extractSangong(linesToDoc('某单位\n（单位：元）\n“三公”经费全年预算数|56,000.00（因公出国（境）费0.00、公务用车运行维护费38,000.00、公务接待费18,000.00）\n“三公”经费全年执行数|49,200.00\n', 'x.txt').blocks);
    expect(f.budget.total).toMatchObject({ value: '5.60', unit: '元', printed: '56,000.00元' });
    expect(f.budget.items['公务接待费']).toMatchObject({ value: '1.80', unit: '元' });
    expect(f.actual.total).toMatchObject({ value: '4.92', unit: '元' });
  });

  it.each(shapes)('%s: no 三公 finding', async (_name, text) => {
    for (const rule of ['sangong-budget-missing', 'sangong-actual-missing', 'sangong-total-mismatch', 'sangong-component-missing']) expect(await runRule(rule, sangong(text))).toEqual([]);
  });

  it('failing: items that do not add up to the total of their row are reported', async () => {
    expect(await runRule('sangong-total-mismatch', sangong(`（单位：万元）\n${BUDGET_ROW}\n${ACTUAL_ROW.replace('1.57', '1.75')}`))).toHaveLength(1);
  });

  it('failing: a row of last year\'s spending states no actual of the year', async () => {
    expect(await runRule('sangong-actual-missing', sangong(`（单位：万元）\n${BUDGET_ROW}\n${ACTUAL_ROW.replace('全年执行数', '上年执行数')}`))).toHaveLength(1);
  });
});

describe('items on the paragraphs after the total (thirty-first field trial)', () => {
  const text = (gap: string) =>
    [
      '2024年本部门“三公”经费预算420,000.00元，实际支出386,420.00元，预算执行率92.00%。按费用类别分：',
      '（一）因公出国（境）费0.00元，与上年持平。',
      '（二）公务接待费142,680.00元，较上年减少8,520.00元。全年共接待62批次、538人次，批均接待费2,301.29元，人均接待费265.20元。接待均严格执行公务接待标准。',
      '（三）公务用车购置及运行维护费243,740.00元。',
    ].join(gap);
  const items = (t: string) => Object.keys(sidesOf(t).actual.items).sort();
  it('are read with blank lines between the paragraphs, and over sentences of measures (批均, 人均) in words of their own', () => {
    const all = ['公务接待费', '公务用车购置及运行（维护）费', '因公出国（境）费'];
    expect(items(text('\n'))).toEqual(all);
    expect(items(text('\n\n'))).toEqual(all);
  });
});

describe('items each under a numbered line of their own, after a heading that says the details follow (thirty-second field trial)', () => {
  it('reads each item’s budget and spending', () => {
    const text = ['2025年度财政拨款“三公”经费年初预算15.00万元，支出决算12.48万元，决算数为年初预算的83.20%。', '（二）具体情况', '1.因公出国（境）费。年初预算0万元，支出决算0万元，本年度未组织因公出国（境）团组。', '2.公务用车购置及运行维护费。年初预算12.00万元，支出决算10.16万元。', '3.公务接待费。年初预算3.00万元，支出决算2.32万元。'].join('\n');
    const f = sidesOf(text);
    expect(f.actual.items).toEqual({ '因公出国（境）费': '0万元', '公务用车购置及运行（维护）费': '10.16万元', 公务接待费: '2.32万元' });
    expect(f.budget.items).toEqual({ '因公出国（境）费': '0万元', '公务用车购置及运行（维护）费': '12.00万元', 公务接待费: '3.00万元' });
  });
});


describe('clauses of a car item’s two parts (thirty-third field trial)', () => {
  it('last year’s “无此项支出” is no nil of the year, and a saving against the budget states no budget', () => {
    const text = [
      '2024年度“三公”经费预算35.70万元，决算32.97万元。',
      '公务用车购置及运行维护费预算31.50万元，决算29.82万元。其中：公务用车购置费决算17.36万元，较预算节约0.64万元，上年无此项支出；公务用车运行维护费预算13.50万元，决算12.46万元。',
    ].join('\n');
    const { budget, actual } = sidesOf(text);
    expect(budget.items).not.toHaveProperty('公务用车购置费');
    expect(actual.items).toMatchObject({ 公务用车购置费: '17.36万元', 公务用车运行维护费: '12.46万元' });
  });

  it('a nil of the year in its own clause is still read', () => {
    const { actual } = sidesOf('2024年度“三公”经费预算5.00万元，决算4.00万元。其中：公务用车购置费本年无此项支出；公务接待费决算4.00万元。');
    expect(actual.items).toMatchObject({ 公务用车购置费: 'nil' });
  });
});

describe('“全部为” an item after another item’s figure (thirty-third field trial)', () => {
  it('is all of that item, not of the 三公 total', () => {
    const text = '2024年“三公”经费支出20.19万元。公务用车购置及运行维护费支出15.37万元，占“三公”经费的76.13%，全部为公务用车运行维护费；公务接待费支出4.82万元。';
    const { actual } = sidesOf(text);
    expect(actual.items['公务用车运行维护费']).not.toBe('20.19万元');
    // (after the total itself, it is the total's: "…1.32万元，均为公务接待费")
    expect(sidesOf('2024年“三公”经费支出1.32万元，均为公务接待费。').actual.items).toMatchObject({ 公务接待费: '1.32万元' });
  });
});

describe('an item listed in what a figure stated beside its budget is made of (thirty-fourth field trial)', () => {
  it('is on the actual side: "公用经费A万元，全年预算B万元，主要包括…公务接待费C万元"', () => {
    const text = '公用经费146.20万元，全年预算149.67万元（按在校生1663人、生均900元核定），主要包括办公费12.36万元、培训费9.46万元、公务接待费0.86万元、邮电费2.10万元。\n2024年度“三公”经费预算1.20万元，实际支出0.86万元，占预算的71.67%，全部为公务接待费。';
    const { budget, actual } = sidesOf(text);
    expect(budget.items['公务接待费']).not.toBe('0.86万元');
    expect(actual.items['公务接待费']).toBe('0.86万元');
    // (with no budget beside the figure, a list of what it is made of names no side)
    expect(sidesOf('公用经费269.07万元，包括：办公费38.60万元、公务接待费3.86万元。').actual.items).not.toHaveProperty('公务接待费');
  });

  it('未安排 is no word of the budget: the details after "2023年度未安排因公出国（境）团组" are not the budget (forty-third field trial); a measure per car or per guest is no item', () => {
    const text = ['某单位', '2023年度“三公”经费财政拨款预算为24.50万元，支出决算为17.32万元。其中：因公出国（境）费预算0万元，支出决算0万元；公务用车购置及运行维护费预算20.00万元，支出决算15.36万元；公务接待费预算4.50万元，支出决算1.96万元。', '1.因公出国（境）费。2023年度未安排因公出国（境）团组，因公出国（境）费0万元。', '2.公务用车购置及运行维护费。2023年度公务用车购置及运行维护费15.36万元，其中：公务用车购置费0万元；公务用车运行维护费15.36万元。公务用车保有量9辆，平均每辆车运行维护费1.71万元。', '3.公务接待费。2023年度公务接待费1.96万元，共接待236人次，人均接待费用83.05元。'].join('\n');
    const f = extractSangong(linesToDoc(`${text}\n`, 'x.txt').blocks);
    expect(printed(f.budget)).toEqual({ total: '24.50万元', items: { '因公出国（境）费': '0万元', '公务用车购置及运行（维护）费': '20.00万元', 公务接待费: '4.50万元' } });
    expect(f.budget.total?.value).toBe('24.50');
    expect(f.actual.total?.value).toBe('17.32');
    expect(Object.values(f.budget.itemsAgain ?? {}).flat().map((x) => x.printed)).not.toContain('83.05元');
  });
});


describe('the items of the 三公 spending in a paragraph of their own (twenty-ninth round)', () => {
  const total = '1.总体情况。2023年度“三公”经费财政拨款支出12.36万元，较年初预算数15.00万元减少2.64万元，下降17.60%，完成年初预算的82.40%。';
  const items = (car: string) => `因公出国（境）费0万元；公务用车购置及运行维护费${car}万元；公务接待费2.88万元。`;
  const actualOf = (second: string) => sidesOf(`${total}\n${second}`).actual.items;
  const read = { '因公出国（境）费': '0万元', '公务用车购置及运行（维护）费': '9.48万元', 公务接待费: '2.88万元' };

  it('"…“三公”经费财政拨款支出中，" opens the items of what was spent', () => {
    expect(actualOf(`2023年度“三公”经费财政拨款支出中，${items('9.48')}`)).toEqual(read);
    // (under a run-in title that names the side: 2.“三公”经费财政拨款支出决算具体情况。)
    expect(actualOf(`2.“三公”经费财政拨款支出决算具体情况。2023年度“三公”经费财政拨款支出中，${items('9.48')}`)).toEqual(read);
  });

  it('a run-in title that says the details follow ("2.具体情况。") is no sentence of its own', () => {
    expect(actualOf(`2.具体情况。其中，${items('9.48')}`)).toEqual(read);
    expect(actualOf(`2.具体情况。${items('9.48')}`)).toEqual(read);
    expect(actualOf(`（二）分项情况：${items('9.48')}`)).toEqual(read);
  });

  it('the items of the year before stay out: "上年“三公”经费支出中，公务用车运行维护费25.12万元、…"', () => {
    const f = sidesOf(`${total}\n2023年度“三公”经费财政拨款支出中，${items('9.48')}\n上年“三公”经费支出中，公务用车运行维护费25.12万元、公务接待费4.72万元，无其他项目。`);
    expect(f.actual.items).toEqual(read);
  });

  it('a sentence of what happened with 安排 and no figure ("全年安排因公出国（境）团组0个") gives no side to the next item', () => {
    const text = `${total}\n1.因公出国（境）费支出0万元，完成预算的0%。全年安排因公出国（境）团组0个，累计0人次。\n2.公务用车购置及运行维护费支出9.48万元，完成预算的90.29%。`;
    expect(sidesOf(text).budget.items).not.toHaveProperty('公务用车购置及运行（维护）费');
  });

  it('the sum of the items is checked against the total: sangong-total-mismatch holds and fails', async () => {
    const doc = (car: string) => `某单位2023年度部门决算说明\n${total}\n2.具体情况。2023年度“三公”经费财政拨款支出中，${items(car)}`;
    expect(await runRule('sangong-total-mismatch', doc('9.48'))).toEqual([]);
    expect((await runRule('sangong-total-mismatch', doc('9.58'))).length).toBeGreaterThan(0);
  });
});
