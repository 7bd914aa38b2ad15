/**
 * Seventy-second field trial (thirty-first round): shapes of reports written in the manner of Chongqing, Sichuan, Henan,
 * Hubei, Xinjiang, Shanghai, Ningxia, Qinghai and Hunan units that raised false findings. Each shape holds (no finding on
 * the correct text) and fails (the finding on a text with one figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids, runAll } from '../helpers/rule-tester.js';

describe('三公 rows each naming their budget and actual, with a last column of notes (Chongqing shape)', () => {
  const text = (car: string) =>
    doc(
      '某县民政局2023年度部门决算说明',
      '（六）“三公”经费财政拨款支出决算情况说明',
      '2023年度“三公”经费财政拨款年初预算为12.50万元，其中因公出国（境）费0万元，公务用车购置及运行维护费8.00万元，公务接待费4.50万元。',
      '“三公”经费全年实际支出9.86万元，具体为：',
      '因公出国（境）费 | 预算0万元 | 决算0万元 | 本年未安排出国（境）团组',
      '公务用车购置费 | 预算0万元 | 决算0万元 | 本年未购置车辆',
      `公务用车运行维护费 | 预算8.00万元 | 决算${car}万元 | 主要用于救灾物资运送车的燃油、保险和维修`,
      '公务接待费 | 预算4.50万元 | 决算2.74万元 | 共接待国内来访21批次186人次',
    );
  it('holds: the rows’ actuals are read and make the total; a wrong one still fails', async () => {
    expect(await ids('sangong-actual-missing', text('7.12'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('7.12'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('8.12'))).toContain('sangong-total-mismatch');
  });
});

describe('how far the staff is from the quota is no part of the staff nor the quota stated again (Henan shape)', () => {
  const text = (admin: string) =>
    doc(
      '某市住房和城乡建设局2023年度老旧小区改造项目支出绩效自评报告',
      '一、项目基本情况',
      `人员编制方面，我局核定编制128名，其中行政编制45名、事业编制83名；年末实有在职人员119人，其中行政人员${admin}人、事业人员77人，实有人数少于核定编制9人。`,
    );
  it('holds; a wrong part still fails', async () => {
    expect(await ids('sum-mismatch', text('42'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('42'))).toEqual([]);
    expect(await ids('sum-mismatch', text('43'))).toContain('sum-mismatch');
  });
});

describe('a self-score as the parts’ scores after 得分为：, then 合计 (Hubei shape)', () => {
  const text = (sum: string) =>
    doc(
      '某市医疗保障局2023年度部门整体支出绩效自评报告',
      '五、自评结论',
      `我局自评得分为：投入指标18.50分、过程指标19.00分、产出指标34.00分、效益指标23.50分${sum}，评价等级为“优”。`,
    );
  it('holds; without the total the score is missing', async () => {
    expect(await ids('self-score-missing', text('，合计95.00分'))).toEqual([]);
    expect(await ids('self-score-missing', text(''))).toContain('self-score-missing');
  });
});

describe('a breakdown by unit after the retired staff is not of them (Hubei shape)', () => {
  const text = (admin: string) =>
    doc(
      '某市医疗保障局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `截至2023年12月31日，全局核定编制74名，其中行政编制28名、事业编制46名；实有在职人员69人，其中行政人员${admin}人、事业人员43人。另有离退休人员18人。分单位看，局机关本级行政编制28名、实有26人；市医疗保障服务中心事业编制30名、实有28人；市医疗保障基金监管中心事业编制16名、实有15人。`,
    );
  it('holds; a wrong part of the headcount still fails', async () => {
    expect(await ids('sum-mismatch', text('26'))).toEqual([]);
    expect(await ids('sum-mismatch', text('27'))).toContain('sum-mismatch');
  });
});

describe('a figure of a sentence about 三公 is no whole year’s spending a share names (Xinjiang shape)', () => {
  const text = (q4: string) =>
    doc(
      '某县水利局2023年度渠道防渗改造项目支出绩效自评报告',
      '一、项目基本情况',
      '2023年我局“三公”经费年初预算为12.50万元，全年实际支出10.86万元，其中公务接待费1.24万元、公务用车运行维护费9.62万元。',
      '二、项目资金使用情况',
      `从支付进度看，第二季度支付385.20万元、第三季度支付968.74万元、第四季度支付${q4}万元，分别占全年支出的18.72%、47.09%和34.19%。`,
    );
  it('holds: the shares are not taken of 10.86; listed as not checked', async () => {
    expect(await ids('share-mismatch', text('703.40'))).toEqual([]);
    const r = await runAll(text('703.40'));
    expect(r.checks?.filter((c) => c.relation === 'share' && c.values && JSON.stringify(c.values).includes('10.86'))).toEqual([]);
  });
});

describe('an item’s execution rate is of its own budget, not of the whole project’s (Shanghai shape)', () => {
  const text = (rate: string) =>
    doc(
      '某区绿化和市容管理局2023年度绿地养护项目支出绩效自评报告',
      '一、项目基本情况',
      '2023年本项目年初预算5,600.00万元，年中经区政府批准追加260.00万元，调整后全年预算为5,860.00万元。',
      '（三）项目资金使用情况',
      `截至2023年12月31日，项目实际支出5,712.48万元，预算执行率${rate}%。`,
      '各子项支出情况为：公共绿地养护支出3,376.52万元，执行率98.73%；行道树养护支出1,248.30万元，执行率99.07%。',
    );
  it('holds: no item rate against the whole; the whole’s wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('97.48'))).toEqual([]);
    expect(await ids('share-mismatch', text('96.48'))).toContain('share-mismatch');
  });
});

describe('a station under the bureau, named at length, has its own staff (Qinghai shape)', () => {
  const text = (station: string, whole: string) =>
    doc(
      '某州生态环境局2023年度环境监测项目支出绩效自评报告',
      '一、项目基本情况',
      `全局核定编制32名，其中行政编制18名、事业编制14名；年末实有在编人员29人。项目实施单位州生态环境监测站核定事业编制9名，实有${station}人。`,
      '五、存在的问题',
      `全局实有在编人员${whole}人，专业技术力量不足。`,
    );
  it('holds; the bureau’s own headcount stated otherwise still conflicts', async () => {
    expect(await ids('same-figure-conflict', text('8', '29'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('8', '28'))).toContain('same-figure-conflict');
  });
});

describe('what one project left is no balance of the whole budget (Ningxia shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县教育局2023年度部门整体支出绩效自评报告',
      '二、部门预算执行情况',
      `全年预算数41236.48万元，实际支出40618.35万元，预算执行率为${rate}%。`,
      '执行率最低的是义务教育薄弱环节改善与能力提升项目，结余148.38万元，原因是部分学校运动场改造工程于11月竣工。',
    );
  it('holds; the whole’s wrong rate still fails', async () => {
    expect(await ids('sum-mismatch', text('98.50'))).toEqual([]);
    expect(await ids('share-mismatch', text('98.60'))).toContain('share-mismatch');
  });
});

describe('a list after 的构成为：, and a 其中 after it larger than its figure (Sichuan shape)', () => {
  const text = (fee: string) =>
    doc(
      '某县乡村振兴局2023年度衔接推进乡村振兴补助资金项目支出绩效自评报告',
      '一、项目基本情况',
      `其他项目资金650.00万元的构成为：脱贫人口小额信贷贴息379.90万元，“雨露计划”职业教育补助218.10万元，项目管理费${fee}万元。`,
      '其中中央衔接资金用于产业发展的为5220.00万元，占中央衔接资金的62.51%。',
    );
  it('holds; a wrong item still fails', async () => {
    expect(await ids('sum-mismatch', text('52.00'))).toEqual([]);
    expect(await ids('sum-mismatch', text('62.00'))).toContain('sum-mismatch');
  });
});

describe('a form’s funds row with no name, under a header naming its figures (Hunan shape)', () => {
  const text = (got: string) =>
    doc(
      '某市农业农村局2023年度农业生产发展项目支出绩效自评报告',
      '附件：项目支出绩效自评表',
      '年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 分值 | 执行率 | 得分',
      `1200.00 | 1350.00 | 1286.40 | 10 | 95.29% | ${got}`,
      '一级指标 | 二级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分',
      '产出指标 | 数量指标 | 病虫害统防统治面积 | ≥30万亩 | 32.6万亩 | 50 | 50',
      '效益指标 | 社会效益指标 | 带动农户增收户数 | ≥1500户 | 1620户 | 30 | 30',
      '满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 93.33% | 10 | 8.47',
      '总分 | | | | | 100 | 98.00',
    );
  it('holds: the funds row’s points are in the total; a wrong one still fails', async () => {
    expect(await ids('sum-mismatch', text('9.53'))).toEqual([]);
    expect(await ids('sum-mismatch', text('9.63'))).toContain('sum-mismatch');
  });
});
