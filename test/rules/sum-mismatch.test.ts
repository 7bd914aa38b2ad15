/**
 * sum-mismatch (error), DOMAIN §3–§4: a breakdown (按经济科目分类, 按功能科目分类, 其中) and the budget
 * hierarchy must add up to their total. Printed figures are intervals: n items against a total
 * tolerate (n+1) × 0.005 万元 ("20万元" counts as 20.00); only a difference beyond that is an error.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, runRule, SEED, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'sum-mismatch';
const two = (body: string) => withSection('二', body);
const HIERARCHY = (gpb: string) =>
  two(`2025年一般公共预算支出${gpb}万元。\n（一）基本支出情况\n2025年基本支出300.00万元。\n（二）项目支出情况\n2025年项目支出200.00万元。`);

describe(RULE, () => {
  describe('valid: the breakdown adds up, exactly or within the rounding tolerance', () => {
    it.each([
      ['其中 list, exact', two('2025年基本支出300.00万元，其中：工资福利支出250.00万元、商品和服务支出50.00万元。')],
      ['2 items 0.01 off (tolerance 0.015)', two('基本支出100.00万元。按经济科目分类：工资福利支出60.00万元、商品和服务支出39.99万元。')],
      ['3 items 0.02 off (tolerance 0.02)', two('基本支出100.00万元，其中：工资福利支出30.00万元、商品和服务支出30.00万元、对个人和家庭的补助39.98万元。')],
      ['"20万元" read as 20.00, 0.01 off', two('基本支出120.01万元，其中：工资福利支出100.00万元、商品和服务支出20万元。')],
      ['amounts in 元 (12,345.00元 = 1.2345万元)', two('基本支出24,690.00元，其中：工资福利支出12,345.00元、商品和服务支出12,345.00元。')],
      ['元 items against a 万元 total', two('基本支出2.469万元，其中：工资福利支出12,345.00元、商品和服务支出12,345.00元。')],
      ['a total in 亿元', two('项目支出1.20亿元，其中：商品和服务支出8000.00万元、资本性支出4000.00万元。')],
      ['half-width punctuation', two('基本支出2956.36万元,其中:工资福利支出2424.00万元,商品和服务支出532.36万元。')],
      ['stated 一般公共预算支出 = 基本 + 项目', HIERARCHY('500.00')],
      ['基本支出 = 人员经费 + 公用经费', two('2025年基本支出300.00万元。人员经费250.00万元。公用经费50.00万元。')],
      ['专项 listed below 项目支出 (the list may be incomplete)', two('2025年项目支出200.00万元。\n专项资金一为信息化建设资金。一般公共预算支出120.00万元。\n专项资金二为业务经费。一般公共预算支出50.00万元。')],
      ['year-on-year changes in a 其中 sentence are not items', two('2025年基本支出300.00万元，比上年增加20.00万元，其中：工资福利支出250.00万元、商品和服务支出50.00万元，同比增加5.00万元。')],
      ['三公 sums belong to sangong-total-mismatch', two('2025年“三公”经费预算数为3.00万元，其中因公出国（境）费0万元，公务用车购置及运行费2.50万元，公务接待费1.00万元。')],
      ['DOMAIN §3 worked example (seed line 26)', two(SEED.split('\n')[25]!)],
      ['the whole seed report (its 0.01 differences are rounding)', SEED],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('valid: correct sentence shapes the extractor must not misread', () => {
    it.each([
      ['one item after 其中 is "of which", not a breakdown', two('2025年项目支出200.00万元，占一般公共预算总支出的40.00%，其中信息化建设经费150.00万元。')],
      ['其中 items separated by ；', two('2025年基本支出300.00万元，其中：工资福利支出250.00万元；商品和服务支出50.00万元。')],
      ['按经济科目分类 items separated by ；', two('2025年基本支出300.00万元。按经济科目分类：工资福利支出250.00万元；商品和服务支出50.00万元。')],
      ['a nested （其中…） inside an item', two('2025年基本支出300.00万元。按经济科目分类：工资福利支出250.00万元（其中基本工资100.00万元）、商品和服务支出50.00万元。')],
      ['a year-on-year change inside 按经济科目分类', two('2025年基本支出300.00万元。按经济科目分类：工资福利支出250.00万元，比上年增加10.00万元，商品和服务支出50.00万元。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe("a form's funds row alone, its indicators not read (a form copied one cell per line, twenty-second field trial)", () => {
    const form = (got: string, indicators: string) => ['项目支出绩效自评表', '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分', '年度资金总额 | 600.00 | 650.00 | 617.50 | 10 | 95.00% | 9.5', indicators, `经自评，本项目自评得分${got}分。`].join('\n');
    it('valid: its 得分 is no whole to make the stated 自评得分', async () => {
      expect(await runRule(RULE, form('92', ''))).toEqual([]);
    });
    it('invalid: with its indicators read, the scores must make it', async () => {
      const indicators = ['一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分', '产出指标 | 数量指标 | 改造处数 | 12处 | 12处 | 50 | 50', '满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% | 94% | 40 | 40'].join('\n');
      expect((await runRule(RULE, form('92', indicators))).map((f) => f.message)).toEqual([expect.stringContaining('与自评得分 92 分不符')]);
      expect(await runRule(RULE, form('99.5', indicators))).toEqual([]);
    });
  });

  describe('invalid: beyond the tolerance, with operands, difference and tolerance', () => {
    const one = async (text: string, fragment: string, data: Record<string, string>, message?: string) => {
      expect(await runRule(RULE, text)).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: '二', line: lineOf(text, fragment) }, data, ...(message ? { message: expect.stringContaining(message) } : {}) },
      ]);
    };

    it('2 items 0.02 off: just outside 3 × 0.005', async () => {
      const text = two('基本支出100.00万元，其中：工资福利支出60.00万元、商品和服务支出39.98万元。');
      expect(await runRule(RULE, text)).toMatchObject([
        { location: { section: '二', line: 11 }, expected: '100.00 万元', actual: '99.98 万元', data: { total: '100.00', sum: '99.98', diff: '0.02', tolerance: '0.015' } },
      ]);
    });
    it('3 items 0.03 off: just outside 4 × 0.005', () =>
      one(two('基本支出100.00万元，其中：工资福利支出30.00万元、商品和服务支出30.00万元、对个人和家庭的补助39.97万元。'), '基本支出', { total: '100.00', sum: '99.97', diff: '0.03', tolerance: '0.02' }));
    it('"20万元" is 20.00 (±0.005), not 20 ± 0.5', () =>
      one(two('基本支出120.02万元，其中：工资福利支出100.00万元、商品和服务支出20万元。'), '基本支出', { total: '120.02', sum: '120.00', diff: '0.02', tolerance: '0.015' }));
    it('items in 元 converted to 万元', () =>
      one(two('基本支出3.00万元，其中：工资福利支出12,345.00元、商品和服务支出12,345.00元。'), '基本支出', { total: '3.00', sum: '2.469', diff: '0.531', tolerance: '0.005001' }));
    it('a total in 亿元 (1.20亿元 = 12000.00 ± 50 万元)', () =>
      one(two('项目支出1.20亿元，其中：商品和服务支出8000.00万元、资本性支出5000.00万元。'), '项目支出', { total: '12000.00', sum: '13000.00', diff: '1000.00', tolerance: '50.01' }));
    it('all in 亿元: quoted in 亿元 as printed (not 25000.00 万元)', () =>
      one(two('2025年项目支出2.50亿元，其中：商品和服务支出1.20亿元、资本性支出1.40亿元。'), '项目支出', { total: '2.50', sum: '2.60', diff: '0.10', tolerance: '0.015' }, '项目支出其中明细合计 2.60 亿元，与总额 2.50 亿元不符'));
    it('all in 元: quoted in 元', () =>
      one(two('基本支出25,000.00元，其中：工资福利支出12,345.00元、商品和服务支出12,345.00元。'), '基本支出', { total: '25000.00', sum: '24690.00', diff: '310.00' }, '明细合计 24690.00 元，与总额 25000.00 元不符'));
    it('hierarchy in 亿元: 基本支出与项目支出之和 in 亿元', () =>
      one(two('2025年一般公共预算支出5.10亿元。\n（一）基本支出情况\n2025年基本支出3.00亿元。\n（二）项目支出情况\n2025年项目支出2.00亿元。'), '5.10亿元', { total: '5.10', sum: '5.00' }, '之和 5.00 亿元'));
    it('half-width punctuation (DOMAIN §5 sentence)', () =>
      one(two('基本支出2956.36万元,其中:工资福利支出2424.00万元,商品和服务支出432.65万元。'), '基本支出', { total: '2956.36', sum: '2856.65', diff: '99.71' }, '基本支出其中明细合计 2856.65 万元'));
    it('按功能科目分类 wrong while 按经济科目分类 adds up: one finding', () =>
      one(
        two('2025年基本支出300.00万元。按经济科目分类：工资福利支出250.00万元、商品和服务支出50.00万元。按功能科目分类：一般公共服务支出280.00万元、社会保障和就业支出10.00万元。'),
        '按功能科目分类', { total: '300.00', sum: '290.00', diff: '10.00', tolerance: '0.015' }, '基本支出按功能科目分类明细合计 290.00 万元'));
    it('hierarchy: stated 一般公共预算支出 ≠ 基本支出 + 项目支出', () =>
      one(HIERARCHY('510.00'), '一般公共预算支出510.00', { total: '510.00', sum: '500.00', diff: '10.00', tolerance: '0.015' }, '基本支出与项目支出之和 500.00 万元，与一般公共预算支出 510.00 万元不符'));
    it('hierarchy: 人员经费 + 公用经费 ≠ 基本支出', () =>
      one(two('2025年基本支出300.00万元。人员经费260.00万元。公用经费50.00万元。'), '基本支出', { total: '300.00', sum: '310.00', diff: '10.00' }, '人员经费与公用经费之和 310.00 万元'));
    it('专项资金 adding up to more than 项目支出', () =>
      one(two('2025年项目支出200.00万元。\n专项资金一为信息化建设资金。一般公共预算支出120.00万元。\n专项资金二为业务经费。一般公共预算支出100.00万元。'),
        '2025年项目支出', { total: '200.00', sum: '220.00', diff: '20.00' }, '所列专项资金之和 220.00 万元'));
    it('the seed with one digit swapped (272.13 → 272.31): exactly one error, at line 26', async () => {
      expect(await runRule(RULE, variant(SEED, ['工资福利支出272.13万元', '工资福利支出272.31万元']))).toMatchObject([
        { location: { section: '二', line: 26 }, data: { total: '323.15', sum: '323.33', diff: '0.18', tolerance: '0.015', items: '工资福利支出 272.31 + 商品和服务支出 51.02' } },
      ]);
    });

    it('items listed after a total in the text: the message says 所列明细合计 (not 所列明细明细合计)', async () => {
    const found = await runRule(RULE, '项目资金总预算2455.50万元，其中部门预算项目支出87.50万元，专项预算支出2350.00万元。');
    expect(found.map((f) => f.message)).toEqual(['项目资金总预算所列明细合计 2437.50 万元，与总额 2455.50 万元不符，差额 18.00 万元（舍入容差 0.015 万元）']);
  });

    it('a sum of counts is printed as counted (9 个, not 9.00 个)', async () => {
      const found = await runRule(RULE, '所属单位共10个，其中行政单位3个、事业单位6个。');
      expect(found.map((f) => f.message)).toEqual(['所属单位所列明细合计 9 个，与总额 10 个不符，差额 1 个（舍入容差 0 个）']);
    });

    it('a total printed in 元 among parts in 万元 is shown in 万元 (not "2089.00 万元 against 2089 万元")', async () => {
      const found = await runRule(RULE, '项目资金全年预算数2089元：其中中央转移支付资金1777万元，省级资金312万元。');
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining('所列明细合计 2089.00 万元，与总额 0.2089 万元不符')]);
    });
  });
});

describe('scores of full marks and of a summary by level (thirty-sixth field trial)', () => {
  it('a total of full marks (合计分值30分) is made of the parts\' full marks, not of what they got', async () => {
    const text = (max: string) => two(`决策和过程两个一级指标合计分值30分。其中，决策指标分值${max}分，得9.00分；过程指标分值20分，得19.21分。`);
    expect(await runRule(RULE, text('10'))).toEqual([]);
    expect(await runRule(RULE, text('15'))).toMatchObject([{ ruleId: RULE }]);
  });
  it('a summary table by level after an indicator table with no 合计 row makes its own whole', async () => {
    const text = (process: string) => two([
      '一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分',
      '产出指标  数量指标  运维设施数量  225座  225座  25  25.00',
      '产出指标  质量指标  出水水质达标率  ≥85%  82.48%  20  19.70',
      '效益指标  生态效益指标  化学需氧量削减量  ≥1100吨  1046.80吨  20  19.52',
      '满意度指标  服务对象满意度指标  群众满意度  ≥90%  91.71%  5  5.00',
      '各一级指标得分汇总如下：',
      '一级指标 | 分值 | 得分',
      '决策 | 10 | 9.00',
      `过程 | ${process} | 19.21`,
      '产出 | 45 | 44.70',
      '效益 | 20 | 19.52',
      '满意度 | 5 | 5.00',
      '合计 | 100 | 97.43',
    ].join('\n'));
    expect(await runRule(RULE, text('20'))).toEqual([]);
    expect(await runRule(RULE, text('25'))).toMatchObject([{ ruleId: RULE }]);
  });
});
