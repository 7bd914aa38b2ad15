/**
 * Ninety-fifth field trial (thirty-sixth round): shapes of reports written in the manner of Jiangsu, Guangdong, Hubei, Gansu and
 * Liaoning units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on
 * a text with one figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('rates, changes and restated figures (Guangdong, Jiangsu and Hubei shapes)', () => {
  it('the figure of another year a subject is compared with, 项目预算资金比2022年的2,310.00万元, is no plan of this year’s rate', async () => {
    const t = (rate: string) =>
      doc(
        '某县2023年度高标准农田建设项目支出绩效自评报告',
        '一、基本情况',
        '2023年项目预算资金共2,856.40万元。项目预算资金比2022年的2,310.00万元增加546.40万元，增长23.65%。',
        '二、绩效目标实现情况',
        `项目实际到位资金2,796.40万元，资金到位率${rate}%。`,
      );
    expect(await autoIds('share-mismatch', t('97.90'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('98.90'))).toEqual(['share-mismatch']);
  });
  it('a comparison after the last item of a 其中 list whose earlier figure is the whole’s scale is the whole’s change', async () => {
    const t = (prior: number) => doc('青禾镇人民政府2022年度部门整体支出绩效自评报告', '一、部门概况', `全镇实有在编人员121人，其中：行政人员48人，事业人员69人，工勤人员4人，比上年末的${prior}人减少3人。`);
    expect(await autoIds('sum-mismatch', t(124))).toEqual([]);
    expect(await autoIds('sum-mismatch', t(125))).toEqual(['sum-mismatch']);
  });
  it('财政拨款收入、支出总计 is not 收入、支出总计: their changes are two figures', async () => {
    const t = (second: string) =>
      doc(
        '某局2022年部门决算说明',
        '一、收入支出决算总体情况说明',
        '2022年度收入、支出总计均为2041.87万元，较上年减少173.53万元，下降7.83%。',
        '二、财政拨款收入支出决算总体情况说明',
        `2022年度${second}收入、支出总计均为1892.74万元，较上年减少195.18万元，下降9.35%。`,
      );
    expect(await autoIds('same-figure-conflict', t('财政拨款'))).toEqual([]);
    // (the same names twice with two changes: one figure stated twice, differently)
    expect(await autoIds('same-figure-conflict', t(''))).toEqual(['same-figure-conflict']);
  });
});

describe('targets (Gansu and Liaoning shapes)', () => {
  it('a result whose breakdown opens in a bracket right after it is the figure before the bracket', async () => {
    const t = (total: string, second: string) =>
      doc(
        '某县水务局2022年度项目支出绩效自评报告',
        '一、项目基本情况',
        '年度绩效目标：改造农村供水管网不少于22公里。',
        '二、绩效目标完成情况',
        `改造农村供水管网${total}公里（沙河镇12.6公里、红柳乡${second}公里），完成年度任务。`,
        '三、存在问题及改进措施',
        '部分管网仍有局部漏损。',
      );
    expect(await autoIds('goal-shortfall-unexplained', t('22.4', '9.8'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('21.4', '8.8'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('in a part of targets and results, what was actually done (实际开展, 实际成活率, 完成率) is no target', async () => {
    const t = (second: string) =>
      doc(
        '某县林业事务服务中心2023年度部门整体支出绩效自评报告',
        '一、部门整体支出绩效目标及完成情况',
        '年度目标完成人工造林3000亩，实际完成3120亩，完成率104.00%。',
        `年度目标开展森林防火宣传不少于40场次，实际开展46场次；年度目标新造林成活率不低于85%，经秋季核查，实际成活率91.6%；${second}`,
      );
    expect(await autoIds('goal-without-result', t('年度目标林业有害生物监测覆盖率不低于95%，实际达到98.2%。'))).toEqual([]);
    // (a target of the part with no result still has none)
    expect(await autoIds('goal-without-result', t('年度目标林业有害生物监测覆盖率不低于95%。'))).toEqual(['goal-without-result']);
  });
});
