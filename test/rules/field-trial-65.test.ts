/**
 * Sixty-fifth field trial (twenty-ninth round): shapes of reports written in the manner of Jilin, Liaoning and
 * Tianjin units that raised false findings. Each shape holds (no finding on the correct text) and fails (the
 * finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';


describe('三公 items named in a run before 分别为, their figures after it in the same order (Jilin shape)', () => {
  const text = (reception: string) =>
    doc(
      '某县水利局2023年度部门决算说明',
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '2023年度“三公”经费财政拨款支出预算为18.50万元，支出决算为15.37万元，完成预算的83.08%。',
      '（二）“三公”经费财政拨款支出决算具体情况说明',
      `因公出国（境）费、公务用车购置及运行维护费、公务接待费的支出决算分别为0万元、12.25万元、${reception}万元。`,
    );
  it('holds and fails', async () => {
    expect(await ids('sangong-total-mismatch', text('3.12'))).toEqual([]);
    expect(await ids('sangong-component-missing', text('3.12'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('3.22'))).toContain('sangong-total-mismatch');
  });
});

describe('each source’s spending rate over the amount the list of sources gives it (Liaoning shape)', () => {
  const text = (rate: string) =>
    doc(
      '某市2023年度老旧小区改造项目支出绩效自评报告',
      '一、项目基本情况',
      '2023年项目资金总额18656.40万元。按资金来源分：',
      '1.中央财政补助资金12480.00万元，占资金总额的66.89%，其中：中央预算内投资7260.00万元，中央财政城镇保障性安居工程补助资金5220.00万元；',
      '2.省级补助资金2350.00万元，占12.60%；',
      '3.市级配套资金3426.40万元，占18.37%；',
      '4.供水、供热、燃气等专业经营单位出资400.00万元，占2.14%。',
      '二、项目资金使用情况',
      '截至2023年12月31日，项目实际支出16912.58万元，预算执行率90.65%。分资金来源看：',
      '中央财政补助资金支出11532.16万元，执行率92.41%；',
      `省级补助资金支出2101.30万元，执行率${rate}%；`,
      '专业经营单位出资支出300.00万元，执行率75.00%。',
    );
  it('holds and fails', async () => {
    expect(await ids('share-mismatch', text('89.42'))).toEqual([]);
    expect(await ids('share-mismatch', text('88.42'))).toContain('share-mismatch');
  });
});

describe('what a part spent, after the part is named in its clauses, is no whole of the parts (Tianjin shape)', () => {
  const text = (share: string) =>
    doc(
      '某区某街道办事处2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `2023年度支出合计9701.38万元。分类看，基本支出预算5452.30万元，实际支出5432.16万元，执行率99.63%；项目支出预算4600.10万元，实际支出4269.22万元，执行率92.81%。`,
      `1.按支出性质分。基本支出5432.16万元、项目支出4269.22万元，分别占支出合计的55.99%和${share}%。`,
    );
  it('holds; a wrong share of the whole still fails', async () => {
    expect(await ids('sum-mismatch', text('44.01'))).toEqual([]);
    expect(await ids('share-mismatch', text('44.01'))).toEqual([]);
    expect(await ids('share-mismatch', text('45.01'))).toContain('share-mismatch');
  });
});
