/**
 * Ninety-eighth field trial (thirty-seventh round): shapes of reports written in the manner of Inner Mongolia, Ningxia, Fujian,
 * Jiangxi, Sichuan, Chongqing, Shanxi, Hebei, Yunnan, Guizhou, Heilongjiang and Jilin units that raised false findings. Each shape
 * holds (no finding on the correct text) and fails (the finding on a text with one figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('lists and their wholes (Inner Mongolia, Ningxia and Chongqing shapes)', () => {
  it('classes of spending by economic classification are one list though their names end unalike (对个人和家庭的补助)', async () => {
    const t = (last: string) =>
      doc('某旗农牧局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '2023年全年实际支出5703.18万元，其中基本支出1561.27万元，项目支出4141.91万元。', `基本支出中，工资福利支出1318.64万元；商品和服务支出201.35万元；对个人和家庭的补助${last}万元。`);
    expect(await autoIds('sum-mismatch', t('41.28'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('42.28'))).toEqual(['sum-mismatch']);
  });
  it('a 其中 after the last item that names more than that item is a part of the list’s whole', async () => {
    const t = (pct: string) =>
      doc('某县林业和草原局2023年度部门整体支出绩效自评报告', '一、部门概况', `全年政府采购支出总额1411.50万元，包括货物类86.40万元、工程类1120.75万元和服务类204.35万元，其中授予中小企业合同金额1098.60万元，占政府采购支出总额的${pct}%。`);
    expect(await autoIds('sum-mismatch', t('77.83'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('77.83'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('78.83'))).toEqual(['share-mismatch']);
  });
  it('a 其中 sentence restating each figure of a 分别为 sentence details the total they add up to, stated before', async () => {
    const t = (pct: string) =>
      doc(
        '某局2023年度决算公开说明',
        '一、收入决算情况',
        '本年收入合计5,312.84万元。一般公共预算财政拨款收入、政府性基金预算财政拨款收入和其他收入分别为4,615.20万元、480.00万元和217.64万元。' +
          `其中：一般公共预算财政拨款收入4,615.20万元，占${pct}%；政府性基金预算财政拨款收入480.00万元，占9.03%；其他收入217.64万元，占4.10%。`,
      );
    expect(await autoIds('sum-mismatch', t('86.87'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('86.87'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('87.87'))).toEqual(['share-mismatch']);
  });
  it('one subject’s plan and spending after 其中 are no parts of the first figure of the sentence before', async () => {
    const t = (rate: string) =>
      doc(
        '某医院2024年度部门整体支出绩效自评报告',
        '一、部门整体支出情况',
        '2024年全年预算总额为31,850.00万元，实际支出30,917.64万元，整体预算执行率为97.07%。一至四季度支出分别为6,842.15万元、7,615.30万元、7,480.62万元和8,979.57万元。' +
          `其中财政拨款全年预算4,960.00万元，财政拨款支出4,826.35万元，执行率${rate}%。`,
      );
    expect(await autoIds('sum-mismatch', t('97.31'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('97.31'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('98.31'))).toEqual(['share-mismatch']);
  });
});

describe('years and stages (Inner Mongolia, Shanxi and Fujian shapes)', () => {
  it('a share whose clause names another year than the figures before it is no share of them', async () => {
    const t = (pct: string) =>
      doc('某旗农牧局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `2022年我局支出5120.46万元中，基本支出1571.40万元，项目支出3549.06万元，项目支出占比为${pct}%；2023年项目支出占比为72.62%，比上年提高3.31个百分点。`);
    expect(await autoIds('share-mismatch', t('69.31'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('68.31'))).toEqual(['share-mismatch']);
  });
  it('a clause opening with 上年 after 分别为 states last year’s figures, not the ones stated again', async () => {
    const t = (lead: string) =>
      doc('某镇人民政府2023年度部门整体支出绩效自评报告', '一、部门基本情况', '2023年支出合计1618.32万元，其中基本支出892.46万元，项目支出725.86万元。', `基本支出892.46万元，项目支出725.86万元，分别比上年增加30.12万元和48.02万元，${lead}基本支出和项目支出分别为862.34万元和677.84万元。`);
    expect(await autoIds('same-figure-conflict', t('上年'))).toEqual([]);
    // (both figures restated otherwise: two conflicts)
    expect(await autoIds('same-figure-conflict', t(''))).toEqual(['same-figure-conflict', 'same-figure-conflict']);
  });
  it('an execution rate of a year before the report’s is not measured against the report year’s plan', async () => {
    const t = (line: string) =>
      doc('某县水利局2023年度小型水利工程项目支出绩效自评报告', '一、项目基本情况', '2023年项目资金386.50万元，与2022年该项目资金342.00万元相比，增加44.50万元。', '二、项目资金使用情况', `2023年项目实际支出371.28万元，预算执行率为96.06%。${line}`);
    expect(await autoIds('share-mismatch', t('2022年项目实际支出318.60万元，执行率为93.16%。'))).toEqual([]);
    // (with that year's plan in its own sentence, it is checked)
    expect(await autoIds('share-mismatch', t('2022年项目资金342.00万元，实际支出318.60万元，执行率为94.16%。'))).toEqual(['share-mismatch']);
  });
});

describe('三公 changes (Inner Mongolia and Jilin shapes)', () => {
  const t = (clause: string, change: string) =>
    doc(
      '某旗农牧局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '2023年“三公”经费预算18.60万元，其中公务用车运行维护费15.60万元，公务接待费3.00万元，因公出国（境）费和公务用车购置费均为0。全年“三公”经费实际支出15.42万元，其中公务用车运行维护费13.26万元，公务接待费2.16万元，因公出国（境）费和公务用车购置费均为0。' +
        `“三公”经费支出${clause}，比上年的16.50万元减少${change}万元。`,
      '二、自评结论',
      '自评得分为99.1分，自评等级为“优”。',
    );
  it('the base of a share (占预算的82.90%) names no side: the change is the spending’s', async () => {
    expect(await autoIds('sum-mismatch', t('占预算的82.90%', '1.08'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('占预算的82.90%', '1.18'))).toEqual(['sum-mismatch']);
  });
  it('nor does the bound the spending kept to (控制在预算以内)', async () => {
    expect(await autoIds('sum-mismatch', t('控制在预算以内', '1.08'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('控制在预算以内', '1.18'))).toEqual(['sum-mismatch']);
  });
});

describe('changes in percentage points with last year’s percentage (missed by every trial until now)', () => {
  const t = (line: string) => doc('某县财政局2023年度部门整体支出绩效自评报告', '一、部门基本情况', line);
  it.each([
    ['2023年预算执行率为97.92%，比上年的96.15%提高{}个百分点。', '1.77', '2.77'],
    ['项目支出占比由上年的21.2%提高到21.6%，提高{}个百分点。', '0.4', '0.6'],
    ['满意度由2022年的95.5%下降至94.2%，下降{}个百分点。', '1.3', '1.1'],
  ])('%s', async (line, right, wrong) => {
    expect(await autoIds('sum-mismatch', t(line.replace('{}', right)))).toEqual([]);
    expect(await autoIds('sum-mismatch', t(line.replace('{}', wrong)))).toEqual(['sum-mismatch']);
  });
  it('a fall stated after a rise (提高到…，下降…) pairs nothing', async () => {
    expect(await autoIds('sum-mismatch', t('项目支出占比由上年的21.2%提高到21.6%，下降0.6个百分点。'))).toEqual([]);
  });
});

describe('三公 changes after a sentence of the budget and the spending as its share (a Hebei shape of the ninety-seventh trial)', () => {
  it('a comparison naming no side is the budget’s only where it agrees with the budget', async () => {
    const t = (first: string) =>
      doc('某县住建局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `2023年度“三公”经费预算数92.00万元${first}。较2022年度91.75万元减少5.33万元，下降5.81%。`, '二、自评结论', '自评得分为91分，自评等级为“优”。');
    expect(await autoIds('sum-mismatch', t('，“三公”经费支出为预算数的93.93%'))).toEqual([]);
    // (with the budget alone before it, the change is the budget's, and 91.75 - 5.33 is not 92.00)
    expect(await autoIds('sum-mismatch', t(''))).toEqual(['sum-mismatch']);
  });
});

describe('goals (Hebei and Fujian shapes)', () => {
  it('a count of what is kept running in order (规范运转) is the scope of a goal, no target', async () => {
    const t = (target: string) => doc('某街道办事处2023年度部门整体支出绩效自评报告', '二、部门整体支出绩效目标', target, '三、绩效目标完成情况', '各社区党群服务中心全年开放，目标完成。');
    expect(await autoIds('goal-without-result', t('保障9个社区党群服务中心规范运转。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('新建9个社区党群服务中心。'))).toEqual(['goal-without-result']);
  });
  it('a doing joined to another (新增和恢复) names the indicator, whose whole answers it, not its last part', async () => {
    const t = (result: string) => doc('某县水利局2023年度小型水利工程项目支出绩效自评报告', '一、项目基本情况', '年度绩效指标：新增和恢复灌溉面积不少于1200亩。', '二、项目绩效情况', result);
    expect(await autoIds('goal-shortfall-unexplained', t('新增和恢复灌溉面积1350亩，其中新增灌溉面积420亩、恢复灌溉面积930亩，超过1200亩的目标。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('新增和恢复灌溉面积1150亩，其中新增灌溉面积420亩、恢复灌溉面积730亩。'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('score tables (Jiangxi shape)', () => {
  it('a funds table after a summary table’s 合计 is scored with the form’s indicators below it', async () => {
    const t = (got: string) =>
      doc(
        '某县农业农村局2023年度高标准农田建设项目支出绩效自评报告',
        '七、自评结论',
        '各部分得分情况如下表：',
        '评价内容\t分值\t得分',
        '预算执行\t10\t9.28',
        '产出指标\t20\t20',
        '合计\t30\t29.28',
        '附表：项目支出绩效自评表',
        '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
        '年度资金总额\t7800.00\t7800.00\t7236.45\t10\t92.78%\t9.28',
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
        '产出指标\t数量指标\t建设高标准农田面积\t=2.6万亩\t2.6万亩\t10\t10',
        '产出指标\t质量指标\t工程质量合格率\t=100%\t100%\t10\t10',
        `合计\t\t\t\t\t30\t${got}`,
      );
    expect(await autoIds('sum-mismatch', t('29.28'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('28.28'))).toEqual(['sum-mismatch']);
  });
});

describe('staffing (Yunnan and Heilongjiang shapes)', () => {
  it('the parts of a part after its own lead (在编人员中…) are not added to the headcount’s parts', async () => {
    const t = (parts: string) => doc('澜川县乡村振兴局2023年度项目支出绩效自评报告', '一、项目基本情况', `本局核定编制23名；年末实有人员27名，其中${parts}。`);
    expect(await autoIds('staffing-exceeds-quota', t('在编人员21名、编外聘用人员6名，在编人员中行政人员7名、事业人员14名'))).toEqual([]);
    expect(await autoIds('staffing-exceeds-quota', t('在编人员25名、编外聘用人员2名，在编人员中行政人员9名、事业人员16名'))).toEqual(['staffing-exceeds-quota']);
  });
  it('all the staff, broken down into those on the posts stated before and contract staff, is another figure', async () => {
    const t = (later: string) => doc('某医院2024年度部门整体支出绩效自评报告', '一、基本情况', `医院核定事业编制420名，实有在编人员396人，空编24名。${later}`);
    expect(await autoIds('same-figure-conflict', t('全院在岗职工583人，其中在编人员396人、合同制人员187人。'))).toEqual([]);
    expect(await autoIds('same-figure-conflict', t('全院实有在编人员401人。'))).toEqual(['same-figure-conflict']);
  });
});
