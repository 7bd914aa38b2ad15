/**
 * Ninety-seventh field trial (thirty-sixth round): shapes of reports written in the manner of Zhejiang, Fujian, Jiangxi, Hebei,
 * Chongqing, Hunan and Jilin units that raised false findings. Each shape holds (no finding on the correct text) and fails (the
 * finding on a text with one figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('staffing and years (Hebei and Hunan shapes)', () => {
  it('auxiliary police under a cap of their own (辅警实有人数426人) are no headcount of the unit', async () => {
    const t = (later: string) =>
      doc('示例县公安局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '我局核定编制312名。在职实有人员301人。经县政府核定辅警控制数450名，年末实有辅警426人。', '二、存在的问题', later);
    expect(await autoIds('same-figure-conflict', t('辅警实有人数426人，距控制数450名尚有24名缺口。'))).toEqual([]);
    expect(await autoIds('same-figure-conflict', t('在职实有人数305人，警力仍然紧张。'))).toEqual(['same-figure-conflict']);
  });
  it('a clause of a year before the report’s is no result of its target', async () => {
    const t = (year: number) =>
      doc('某县住建局2023年度农村危房改造项目支出绩效自评报告', '一、项目基本情况', '年度绩效目标为：完成农村危房改造120户。', '二、项目绩效情况', '年度任务120户，实际完成改造128户。', `${year}年我县完成农村危房改造104户，发放补助资金251.2万元。`);
    expect(await autoIds('goal-shortfall-unexplained', t(2022))).toEqual([]);
    // (of the report's own year, it is the result, short of the target)
    expect(await autoIds('goal-shortfall-unexplained', t(2023))).toEqual(['goal-shortfall-unexplained']);
  });
  it('figures of the year before in a part headed as the comparison with it (与上年对比) are comparison data', async () => {
    const t = (heading: string, after: string) =>
      doc('某县住建局2023年度农村危房改造项目支出绩效自评报告', '一、项目基本情况', '年度任务120户，实际完成改造128户。', '二、绩效目标实现情况', heading, `2022年我县完成改造104户，发放补助资金251.2万元。${after}`);
    expect(await autoIds('year-mismatch', t('（一）与上年对比', ''))).toEqual([]);
    // (or a paragraph whose sentence of the report's year compares it with 上年)
    expect(await autoIds('year-mismatch', t('（一）实施情况', '2023年改造户数比上年增加24户。'))).toEqual([]);
    expect(await autoIds('year-mismatch', t('（一）实施情况', ''))).toEqual(['year-mismatch']);
  });
});

describe('tables and 三公 (Fujian, Jiangxi and Jilin shapes)', () => {
  it('a share column is of the money column its rows agree with, not only the nearest one (增减额)', async () => {
    const t = (first: string) => doc('某局2023年度部门决算', '二、支出决算情况', '表1 支出决算　单位：万元', '科目\t本年数\t上年数\t增减额\t占比', `甲支出\t80.00\t70.00\t10.00\t${first}%`, '乙支出\t20.00\t10.00\t10.00\t20.00%', '合计\t100.00\t80.00\t20.00\t100.00%');
    expect(await autoIds('share-mismatch', t('80.00'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('70.00'))).toEqual(['share-mismatch']);
  });
  it('a row of a deeper subject code whose own class is not listed counts at the top level of the 合计', async () => {
    const t = (total: string) =>
      doc('某区统计局2023年度部门决算', '二、支出决算情况', '表1 支出决算表（单位：万元）', '科目编码\t科目名称\t年初预算\t支出决算', '201\t一般公共服务支出\t373.40\t398.34', '2080505\t机关事业单位基本养老保险缴费支出\t31.20\t31.35', '2210201\t住房公积金\t22.80\t27.80', `合计\t\t${total}\t457.49`);
    expect(await autoIds('sum-mismatch', t('427.40'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('437.40'))).toEqual(['sum-mismatch']);
  });
  it('an item’s figure with its budget in the bracket right after it (6.67万元（预算7.50万元）) is what was spent', async () => {
    const t = (budget: string) =>
      doc(
        '某县农业农村局2022年度部门决算',
        '三、“三公”经费情况',
        '“三公”经费预算26.50万元，决算24.38万元。其中：因公出国（境）费预算0万元，决算0万元；公务用车购置及运行维护费预算19.50万元，决算18.65万元；公务接待费预算7.00万元，决算5.73万元。',
        '“三公”经费决算比上年14.96万元增加9.42万元。',
        '1．公务用车购置费11.98万元（预算12.00万元）；',
        `2．公务用车运行维护费6.67万元（预算${budget}万元）。`,
      );
    expect(await autoIds('sangong-total-mismatch', t('7.50'))).toEqual([]);
    expect(await autoIds('sangong-total-mismatch', t('8.50'))).toEqual(['sangong-total-mismatch']);
  });
});

describe('causes (Zhejiang and Chongqing shapes)', () => {
  it('a cause after a title naming how far a count fell short (少建1个), and one given with 因…延至 in the result', async () => {
    const zj = (cause: string) =>
      doc(
        '某县2023年度农村生活污水处理设施运维专项资金绩效自评报告',
        '一、绩效目标分解下达情况',
        '年度目标为：新建标准化运维站点9个。',
        '二、绩效目标自评完成情况分析',
        '新建标准化运维站点8个，比目标少1个。',
        '三、偏离绩效目标的原因和下一步改进措施',
        '（一）偏离绩效目标的原因',
        `一是标准化运维站点少建1个。${cause}`,
      );
    expect(await autoIds('goal-shortfall-unexplained', zj('原因是大坪乡站点原选址位于地质灾害隐患点附近，经论证不宜建设。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', zj('大坪乡站点原选址位于地质灾害隐患点附近，重新选址耗时较长，至年底尚未开工。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', zj(''))).toEqual(['goal-shortfall-unexplained']);
    const cq = (result: string) =>
      doc('某区档案馆2023年度部门整体支出绩效自评报告', '一、基本情况', '年度绩效目标：一是出版档案编研成果3部。', '二、绩效目标实现情况', result, '三、存在的问题及原因分析', '馆藏档案数字化进度有待加快。');
    expect(await autoIds('goal-shortfall-unexplained', cq('出版档案编研成果2部，《图志》因图片授权核实延至2024年一季度付印。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', cq('出版档案编研成果2部，《图志》在2024年一季度付印。'))).toEqual(['goal-shortfall-unexplained']);
  });
});
