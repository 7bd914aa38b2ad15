import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/lib/node.js';
import { modelOf, modelOfDoc, withoutColumns } from '../helpers/model.js';

const SEED_TXT = readFileSync('examples/yanling-2024/report.txt', 'utf8');

describe('budget hierarchy of the seed report', () => {
  const m = modelOf(SEED_TXT);
  const node = (id: string) => m.budget.find((n) => n.id === id);

  it('derives the totals the report never states, marked derived', () => {
    expect(node('gpb')).toMatchObject({ name: '一般公共预算支出', derived: { value: '6671.32', from: ['gpb.basic', 'gpb.project'] } });
    expect(node('gpb')!.amount).toBeUndefined();
    expect(node('total')).toMatchObject({ name: '年度整体总支出', derived: { value: '8701.35', from: ['gpb', 'gov', 'soe', 'ssf'] } });
  });

  it('reads stated amounts, shares with resolved bases, and breakdowns', () => {
    expect(node('gpb.basic')!.amount).toMatchObject({ value: '323.15', printed: '323.15万元', src: { line: 26 } });
    expect(node('gpb.basic')!.shares.map((s) => [s.baseId, s.pct])).toEqual([['gpb', '4.84'], ['total', '3.71']]);
    expect(node('gpb.basic')!.breakdowns.map((b) => [b.dimension, b.items.length])).toEqual([['按经济科目分类', 2], ['按功能科目分类', 5]]);
    expect(node('gov')!.amount!.value).toBe('2030.03');
  });

  it('places named 专项资金 under their fund with their own figures', () => {
    expect(node('gpb.project.1')).toMatchObject({ name: '专项资金一（园区体制结算补助资金）', parent: 'gpb.project', amount: { value: '3273.16' } });
    expect(node('gov.project.2')).toMatchObject({ name: '专项资金二（其他项目资金）', amount: { value: '1430.03' } });
    expect(node('gov.project.2')!.shares.map((s) => s.baseId)).toEqual(['gov', 'total']);
  });

  it('records explicit nil funds (their sections are complete)', () => {
    expect(node('soe')).toMatchObject({ nil: true, nilSrc: { line: 37 } });
    expect(node('ssf')).toMatchObject({ nil: true });
  });

  it('reads 三公, staffing and the declared count', () => {
    expect(m.sangong.budget.total!.value).toBe('0.29');
    expect(Object.keys(m.sangong.budget.items)).toEqual(['公务接待费', '公务用车购置及运行（维护）费']);
    expect(m.sangong.actual.total!.value).toBe('0.29');
    expect(m.staffing).toMatchObject({ quota: { value: 27 }, actual: { value: 22 } });
    expect(m.counts).toMatchObject([{ subject: '内设局室', declared: 5, listed: ['办公室', '经济合作局', '产业发展局', '开发建设局', '营商环境局'] }]);
  });

  it('gives the same outline and figures from the .docx built from the same text', () => {
    const docx = modelOfDoc(readDocx(readFileSync('examples/yanling-2024/report.docx'), 'report.docx'));
    expect(withoutColumns(docx)).toEqual(withoutColumns(m));
  });
});

describe('figures in 元 and a stated fund total', () => {
  it('converts 元 to 万元 and checks against a stated total', () => {
    const m = modelOf('二、一般公共预算支出情况\n2025年一般公共预算支出5,000,000.00元。其中基本支出3,000,000.00元，项目支出2,000,000.00元。');
    expect(m.budget.find((n) => n.id === 'gpb')!.amount!.value).toBe('500.00');
  });
});

describe('the budget of another year (eighth field trial)', () => {
  const gpb = (text: string) => modelOf(text).budget.find((n) => n.id === 'gpb')?.amount?.printed;
  it('last year\'s figure opening the part is no amount of the report year; this year\'s after it is', () => {
    expect(gpb('示例单位2025年度部门整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n2024年一般公共预算支出450.00万元，2025年较之增加50.00万元。2025年一般公共预算支出500.00万元。\n')).toBe('500.00万元');
  });
  it('nor in a sentence comparing it with 本年, in a body that never names the report year (与2024年相比，2024年…，本年增加…)', () => {
    expect(gpb('示例单位2025年度部门整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n与2024年相比，2024年一般公共预算支出450.00万元，本年增加50.00万元。本年一般公共预算支出500.00万元。\n')).toBe('500.00万元');
  });
  it('a body that names only a year one off from its cover is read as it is (not every figure set aside)', () => {
    expect(gpb('示例单位2025年度部门整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n2024年一般公共预算支出500.00万元。\n')).toBe('500.00万元');
  });
});

describe('a budgeted figure broken down is the plan, not what was spent (ninth field trial)', () => {
  const report = (plan: string) =>
    `示例县统计局2025年度部门整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n${plan}\n全年一般公共预算支出1,100.00万元。\n1.基本支出650.00万元，占一般公共预算支出的59.09%。\n2.项目支出450.00万元，占一般公共预算支出的40.91%。\n`;
  const amounts = (text: string) => Object.fromEntries(modelOf(text).budget.filter((n) => n.amount).map((n) => [n.id, n.amount!.value]));
  it.each([
    ['其中 after 年初预算', '2025年一般公共预算年初预算1,000.00万元，其中基本支出600.00万元、项目支出400.00万元。'],
    ['brackets after 调整预算', '全年调整预算为1,200.00万元（基本支出700.00万元，项目支出500.00万元）。'],
    ['包括 after 预算数', '年初预算数1,000.00万元，包括基本支出600.00万元，项目支出400.00万元。'],
  ])('%s: 基本支出 and 项目支出 are the figures spent', (_name, plan) => {
    expect(amounts(report(plan))).toMatchObject({ gpb: '1100.00', 'gpb.basic': '650.00', 'gpb.project': '450.00' });
  });
  it('no finding on the report; the plan\'s own parts are still added up', async () => {
    const { auditText } = await import('../helpers/audit.js');
    const errors = async (plan: string) => (await auditText(report(plan))).files[0]!.findings.filter((f) => f.severity === 'error' && !f.ruleId.startsWith('sangong')).map((f) => f.message);
    expect(await errors('2025年一般公共预算年初预算1,000.00万元，其中基本支出600.00万元、项目支出400.00万元。')).toEqual([]);
    expect(await errors('2025年一般公共预算年初预算1,000.00万元，其中基本支出600.00万元、项目支出300.00万元。')).toEqual([expect.stringContaining('明细合计 900.00 万元，与总额 1000.00 万元不符')]);
  });
  it('a 其中 after what was spent, in a sentence that states the plan first, is still a breakdown of the spending', () => {
    const m = modelOf('示例县统计局2025年度部门整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n年初预算1,000.00万元，全年一般公共预算支出1,100.00万元，其中基本支出650.00万元、项目支出450.00万元。\n');
    expect(m.budget.find((n) => n.id === 'gpb')!.breakdowns.map((b) => b.items.map((i) => i.value))).toEqual([['650.00', '450.00']]);
  });
});

describe('a share after a 其中 part in the budget part is that part\'s (twenty-ninth field trial)', () => {
  const report = (pct: string) =>
    `示例县文体旅游局2024年度部门整体支出绩效自评报告\n一、基本情况\n内设股室6个。\n二、一般公共预算支出情况\n2024年，本部门一般公共预算支出2061.81万元，其中基本支出1359.84万元，占65.95%；项目支出701.97万元，占34.05%。\n（一）基本支出\n基本支出1359.84万元，其中人员经费1183.46万元，占基本支出的${pct}，主要用于工资福利；公用经费176.38万元，占基本支出的12.97%，主要用于办公。\n`;
  it('is checked as 人员经费 ÷ 基本支出, not 基本支出 ÷ 基本支出', async () => {
    const { auditText } = await import('../helpers/audit.js');
    const errors = async (pct: string) => (await auditText(report(pct))).files[0]!.findings.filter((f) => f.ruleId === 'share-mismatch').map((f) => f.message);
    expect(await errors('87.03%')).toEqual([]);
    expect(await errors('88.03%')).toEqual([expect.stringContaining('1183.46 ÷ 1359.84')]);
  });
});

describe('a breakdown by economic class after a sentence stating one part of 基本支出 (trial 60)', () => {
  // the seed's outline: the budget part 二 with 基本支出 and its parts
  const text = (x: string) =>
    SEED_TXT.replace(
      /（一）基本支出情况\n[^\n]*\n/,
      `（一）基本支出情况\n2024年基本支出323.15万元。\n公用经费51.02万元，占基本支出的15.79%。按经济分类，包括办公费${x}万元、差旅费21.02万元。\n`,
    );
  it('breaks down that part (公用经费) where its items add up to it, not 基本支出', () => {
    expect(text('30.00')).not.toBe(SEED_TXT);
    const m = modelOf(text('30.00'));
    const node = (id: string) => m.budget.find((n) => n.id === id);
    expect(node('gpb.basic')!.breakdowns.map((b) => b.dimension)).not.toContain('按经济科目分类');
    expect(node('gpb.basic.public')!.breakdowns.map((b) => [b.dimension, b.items.map((i) => i.value)])).toEqual([['按经济科目分类', ['30.00', '21.02']]]);
    // (held: items that add up to neither stay with 基本支出, as before)
    expect(modelOf(text('90.00')).budget.find((n) => n.id === 'gpb.basic')!.breakdowns.map((b) => b.dimension)).toContain('按经济科目分类');
  });
});
