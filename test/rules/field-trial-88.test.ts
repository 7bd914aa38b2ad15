/**
 * Eighty-eighth field trial (thirty-fourth round): shapes of reports written in the manner of Heilongjiang, Jilin, Guangxi, Hainan,
 * Inner Mongolia, Shanxi, Jiangxi, Zhejiang, Gansu, Ningxia, Shanghai and Tianjin units that raised false findings. Each shape holds
 * (no finding on the correct text) and fails (the finding on a text with one figure changed, or without the words that made the
 * reading right).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc, ids } from '../helpers/rule-tester.js';

describe('works done on one stretch of road, one of them on all of it (Ningxia shape)', () => {
  const text = (list: string) => doc('某县2023年农村公路提质改造项目绩效自评报告', '二、绩效目标完成情况分析', `改造路段62.8公里，其中${list}。`);
  it('holds: 加铺 62.8 of 62.8 and 拓宽 38.6 are no division of it; items that do divide it and miss still fail', async () => {
    expect(await ids('sum-mismatch', text('沥青路面加铺62.8公里、路基拓宽38.6公里'))).toEqual([]);
    expect(await ids('sum-mismatch', text('新建路段20.0公里、改建路段40.0公里'))).toEqual(['sum-mismatch']);
  });
  it('money is divided: a total equal to one part, with another part, is still wrong', async () => {
    const money = doc('某局2023年度部门整体支出绩效自评报告', '二、部门整体支出情况', '本年支出100.00万元，其中基本支出100.00万元、项目支出20.00万元。');
    expect(await ids('sum-mismatch', money)).toEqual(['sum-mismatch']);
  });
});

describe('a change said of this year after the figure of the year before (Gansu shape)', () => {
  const text = (rate: string) => doc('某县水利局2023年度农村供水项目支出绩效自评报告', '二、绩效目标完成情况分析', `2022年支出1,065.00万元，本年支出比上年增加136.75万元，增长${rate}。`);
  it('holds: 12.84% is 136.75 of 1,065.00, the year before’s; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('12.84%'))).toEqual([]);
    expect(await ids('share-mismatch', text('13.84%'))).toEqual(['share-mismatch']);
  });
});

describe('a plan compared with another, 全年预算比年初预算X增加Y (Jilin shape)', () => {
  const text = (rate: string) =>
    doc('某市医疗保障局2023年度部门整体支出绩效自评报告', '二、部门整体支出情况', '2023年全年预算2,036.85万元。全年预算比年初预算1,684.20万元增加352.65万元。', `全年支出1,998.47万元，预算执行率${rate}，结余38.38万元。`);
  it('holds: the rate and the balance are of the 全年预算 2,036.85, not of the 年初预算 compared with; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('98.12%'))).toEqual([]);
    expect(await ids('sum-mismatch', text('98.12%'))).toEqual([]);
    expect(await ids('share-mismatch', text('97.12%'))).toEqual(['share-mismatch']);
  });
});

describe('an execution rate of the part of the funds its sentence sets apart (Guangxi shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县2023年度产业发展项目支出绩效自评报告',
      '一、绩效目标分解下达情况',
      '2023年共下达我县衔接资金6,530.00万元，其中安排用于产业发展的资金4,286.50万元。',
      '二、绩效目标自评完成情况分析',
      `项目资金已支出4,102.36万元，预算执行率为${rate}。`,
    );
  it('holds: 95.70% is 4,102.36 of the part 4,286.50; a rate of neither still fails', async () => {
    expect(await ids('share-mismatch', text('95.70%'))).toEqual([]);
    expect(await ids('share-mismatch', text('96.70%'))).toEqual(['share-mismatch']);
  });
});

describe('a headcount of the staff on the posts and those off them (Shanghai and Jilin shapes)', () => {
  const text = (posted: string, later: string) =>
    doc('某区城市运行管理中心2023年度部门整体支出绩效自评报告', '一、部门基本情况', `本单位核定编制数48人。2023年末实有人数60人，其中在编人员${posted}人、编外聘用人员14人。`, later);
  it('holds: the quota is of the 46 on the posts; more on the posts than the quota still warns', async () => {
    expect(await ids('staffing-exceeds-quota', text('46', ''))).toEqual([]);
    expect(await ids('staffing-exceeds-quota', doc('某区城市运行管理中心2023年度部门整体支出绩效自评报告', '一、部门基本情况', '本单位核定编制数48人。2023年末实有人数66人，其中在编人员52人、编外聘用人员14人。'))).toEqual([
      'staffing-exceeds-quota',
    ]);
  });
  it('the 在编 46 stated again is no other headcount; another headcount than 60 is', async () => {
    expect(await ids('same-figure-conflict', text('46', '按在职人员46人计算，人均公用经费3.64万元。'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('46', '年末实有人数62人。'))).toEqual(['same-figure-conflict']);
  });
  it('政府购买服务岗位 are off the quota too', async () => {
    const bought = (n: string) => doc('某市医疗保障局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `核定编制15名，实有人员20名，其中在编人员${n}名、政府购买服务岗位人员6名。`);
    expect(await ids('staffing-exceeds-quota', bought('14'))).toEqual([]);
  });
  it('with several kinds on the posts, their headcount is not the first kind (c144)', async () => {
    const kinds = doc(
      '某镇2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '全镇核定编制96名。截至2023年12月31日，全镇实有在职人员101人，具体为在编行政人员31人、在编事业人员55人、工勤人员3人，另有政府购买服务岗位人员12人。编制内实有人员89人。',
    );
    expect(await ids('same-figure-conflict', kinds)).toEqual([]);
    expect(await ids('staffing-exceeds-quota', kinds)).toEqual([]);
  });
});

describe('a quota stated as a 小计 before its kinds (Jiangxi shape)', () => {
  const text = (staff: string) => doc('某中学2023年度部门整体支出绩效自评报告', '一、部门基本情况', '编制人数小计146人，其中：行政编制人数0人，全额补助事业编制人数146人。', `年末在职人员${staff}人。`);
  it('holds: the quota is 146, not the 行政编制 0; staff beyond it still warns', async () => {
    expect(await ids('staffing-exceeds-quota', text('139'))).toEqual([]);
    expect(await ids('staffing-exceeds-quota', text('150'))).toEqual(['staffing-exceeds-quota']);
  });
});

describe('one value said of both sides or of all items, 均为0元 (Zhejiang shape)', () => {
  it('holds: 预算数和支出决算数均为0元 states the budget; without it the budget is missing', async () => {
    const both = doc('某小学2023年度部门整体支出绩效自评报告', '一、部门基本情况', '2023年度“三公”经费预算数和支出决算数均为0元。');
    expect(await ids('sangong-budget-missing', both)).toEqual([]);
    expect(await ids('sangong-budget-missing', doc('某小学2023年度部门整体支出绩效自评报告', '一、部门基本情况', '2023年度“三公”经费支出决算数为0元。'))).toEqual(['sangong-budget-missing']);
  });
  it('holds: a list after 其中： whose items are all nil states each; an item left out is still missing', async () => {
    const items = (list: string) =>
      doc('某小学2023年度部门整体支出绩效自评报告', '一、部门基本情况', `2023年度“三公”经费预算数为0元，支出决算数为0元。其中：${list}的支出均为0元。`);
    expect(await ids('sangong-component-missing', items('因公出国（境）费、公务用车购置及运行维护费、公务接待费'))).toEqual([]);
    expect(await ids('sangong-component-missing', items('因公出国（境）费、公务用车购置及运行维护费'))).toEqual(['sangong-component-missing']);
  });
});

describe('a score table in levels, by its numbers or by 小计 rows (Heilongjiang and Jilin shapes)', () => {
  const numbered = (total: string) =>
    doc('某市卫生健康局2023年度部门整体支出绩效自评报告', '六、自评结果', '评价指标\t分值\t得分', '一、投入\t20\t18.5', '（一）预算编制\t10\t9', '（二）预算执行\t10\t9.5', '二、产出\t80\t76', `合计\t100\t${total}`);
  const subtotals = (total: string) =>
    doc('某市医疗保障局2023年度部门整体支出绩效自评报告', '六、自评结果', '一级指标\t二级指标\t分值\t得分', '投入\t小计\t20\t18.5', '\t预算编制\t10\t9', '\t预算执行\t10\t9.5', '产出\t小计\t80\t76', `合计\t\t100\t${total}`);
  it('holds: the rows of one level make the total; a wrong total still fails', async () => {
    expect(await ids('sum-mismatch', numbered('94.5'))).toEqual([]);
    expect(await ids('sum-mismatch', numbered('95.5'))).toEqual(['sum-mismatch']);
    expect(await ids('sum-mismatch', subtotals('94.5'))).toEqual([]);
    expect(await ids('sum-mismatch', subtotals('95.5'))).toEqual(['sum-mismatch']);
  });
});

describe('tables of a 决算 (Inner Mongolia and Shanxi shapes)', () => {
  it('a 政府采购 table: 授予中小企业合同金额 is of the total, no kind of it', async () => {
    const t = (service: string) => doc('某旗林业和草原局2023年度部门决算', '项目\t金额', '政府采购支出合计\t186.40', '货物\t52.30', `服务\t${service}`, '授予中小企业合同金额\t172.65');
    expect(await ids('sum-mismatch', t('134.10'))).toEqual([]);
    expect(await ids('sum-mismatch', t('135.10'))).toEqual(['sum-mismatch']);
  });
  it('a table with a column of measures: 台（套） of equipment are no vehicles', async () => {
    const t = (other: string) => doc('某旗林业和草原局2023年度部门决算', '项目\t单位\t数量', '车辆数合计\t辆\t6', '执法执勤用车\t辆\t4', `其他用车\t辆\t${other}`, '单价100万元以上设备\t台（套）\t12');
    expect(await ids('sum-mismatch', t('2'))).toEqual([]);
    // (counts read as figures of no unit are within half a unit each: 4 + 5 against 6 is beyond that)
    expect(await ids('sum-mismatch', t('5'))).toEqual(['sum-mismatch']);
  });
  it('two sides headed alike by their codes: each side its own codes, no code read as money', async () => {
    const t = (fee: string) =>
      doc(
        '某旗林业和草原局2023年度部门决算',
        '科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数',
        '301\t工资福利支出\t517.70\t302\t商品和服务支出\t23.70',
        `30101\t基本工资\t312.40\t30201\t办公费\t${fee}`,
        '30102\t津贴补贴\t205.30\t30205\t水费\t3.20',
      );
    expect(await ids('sum-mismatch', t('20.50'))).toEqual([]);
    expect(await ids('sum-mismatch', t('21.50'))).toEqual(['sum-mismatch']);
  });
  it('two sides, one ended before the other: a row with its first cells blank is the other side’s', async () => {
    const t = (health: string) =>
      doc(
        '某县水利局2023年度部门决算',
        '项目\t决算数\t项目\t决算数',
        '一、一般公共预算财政拨款收入\t2015.30\t一、农林水支出\t1957.48',
        '二、政府性基金预算财政拨款收入\t195.00\t二、社会保障和就业支出\t148.36',
        `\t\t三、卫生健康支出\t${health}`,
        '本年收入合计\t2210.30\t本年支出合计\t2245.12',
      );
    expect(await ids('sum-mismatch', t('139.28'))).toEqual([]);
    expect(await ids('sum-mismatch', t('138.28'))).toEqual(['sum-mismatch']);
  });
});

describe('a year compared with, said so after ；or with 持平 (Tianjin and Ningxia shapes)', () => {
  const text = (line: string) => doc('某街道办事处2023年度部门整体支出绩效自评报告', '二、部门整体支出情况', line);
  it('holds: 与2022年持平 and 2022年…；本年度比上年… compare; a 2022 figure said alone still warns', async () => {
    expect(await ids('year-mismatch', text('2023年度机关运行经费支出312.55万元，与2022年持平。'))).toEqual([]);
    expect(await ids('year-mismatch', text('2022年度农村公路优良路率为68.50%；本年度比上年提高4.70个百分点，达到73.20%。'))).toEqual([]);
    expect(await ids('year-mismatch', text('2022年度农村公路优良路率为68.50%。'))).toEqual(['year-mismatch']);
  });
});

describe('causes said without 原因 (Shanxi, Ningxia and Heilongjiang shapes)', () => {
  it('a 三公 overrun explained after a comma by 系…', async () => {
    const text = (why: string) =>
      doc(
        '某县水利局2023年度部门决算',
        '2023年度“三公”经费支出决算24.75万元，完成预算22.00万元的112.50%。其中：因公出国（境）费0万元，公务用车购置及运行维护费21.15万元，公务接待费3.60万元。',
        why,
      );
    expect(await ids('sangong-over-budget', text('超出预算的2.75万元，系年中经县政府批准更新1辆应急保障用车追加的购置经费。'))).toEqual([]);
    expect(await ids('sangong-over-budget', text('超出预算的2.75万元。'))).toEqual(['sangong-over-budget']);
  });
  it('circumstances before an indicator said to be a little short of its target, 略低于目标', async () => {
    const text = (problem: string) =>
      doc(
        '六盘县2023年农村公路提质改造项目绩效自评报告',
        '一、绩效目标分解下达情况',
        '主要目标为：交工验收优良率达到80%以上。',
        '二、绩效目标完成情况分析',
        '14个标段中评定为优良的11个，交工验收优良率78.57%。',
        '三、偏离绩效目标的原因和下一步改进措施',
        problem,
        '四、绩效自评结果拟应用和公开情况',
        '自评结果在县政府网站公开。',
      );
    expect(await autoIds('goal-shortfall-unexplained', text('部分标段施工期间降雨集中，交工验收优良率略低于目标。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', text('下一步将加强施工质量管理。'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a cause right after the indicator table, under a heading 履职效能', async () => {
    const text = (cause: string) =>
      doc(
        '东宁市卫生健康局2023年度部门整体支出绩效自评报告',
        '三、履职效能',
        '指标名称\t年度指标值\t实际完成值',
        '家庭医生签约服务覆盖率\t≥35%\t34.2%',
        cause,
        '四、存在的问题及原因分析',
        '家庭医生签约服务在偏远村屯推进较慢。',
      );
    expect(await autoIds('goal-shortfall-unexplained', text('家庭医生签约服务覆盖率比目标值低0.8个百分点，原因是部分常住人口冬季外出务工，入户签约难以开展。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', text('家庭医生签约服务覆盖率比目标值低0.8个百分点。'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('the year before’s figure of an indicator, then this year’s, in one sentence (Ningxia shape)', () => {
  const text = (result: string) =>
    doc(
      '某县2023年农村公路项目绩效自评报告',
      '一、绩效目标分解下达情况',
      '主要目标为：县域农村公路优良路率达到72%以上。',
      '二、绩效目标完成情况分析',
      `2022年度县域农村公路优良路率为68.50%；本年度县域农村公路优良路率为${result}，比上年提高4.70个百分点。`,
    );
  it('holds: 68.50% is 2022’s, no result of the 2023 target; a result short of it still warns', async () => {
    expect(await autoIds('goal-shortfall-unexplained', text('73.20%'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', text('70.20%'))).toEqual(['goal-shortfall-unexplained']);
  });
});
