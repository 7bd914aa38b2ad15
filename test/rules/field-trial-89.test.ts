/**
 * Eighty-ninth field trial (thirty-fourth round): shapes of reports written in the manner of Hebei, Henan, Hubei, Hunan, Guangdong,
 * Fujian, Sichuan, Chongqing, Yunnan, Guizhou, Shaanxi and Qinghai units that raised false findings. Each shape holds (no finding on
 * the correct text) and fails (the finding on a text with one figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc, ids } from '../helpers/rule-tester.js';

const UNIT = '某县民政局2023年度部门整体支出绩效自评报告';

describe('score tables (Yunnan, Hubei, Hebei and Sichuan shapes)', () => {
  it('a total row with a note in brackets, 合计（含预算执行率）', async () => {
    const t = (got: string) => doc(UNIT, '一级指标\t三级指标\t分值\t得分', '产出指标\t修复面积\t60\t58', `效益指标\t群众满意度\t40\t${got}`, '合计（含预算执行率）\t\t100\t98');
    expect(await ids('sum-mismatch', t('40'))).toEqual([]);
    expect(await ids('sum-mismatch', t('39'))).toEqual(['sum-mismatch']);
  });
  it('classes under a class opened by 其中：, and numbered parts over rows not numbered', async () => {
    const classes = (total: string) => doc(UNIT, '指标\t分值\t得分', '产出指标\t90\t89.50', '其中：数量指标\t50\t49.50', '质量指标\t40\t40.00', '满意度指标\t10\t10.00', `合计\t100\t${total}`);
    expect(await ids('sum-mismatch', classes('99.50'))).toEqual([]);
    expect(await ids('sum-mismatch', classes('98.50'))).toEqual(['sum-mismatch']);
    const numbered = (total: string) => doc(UNIT, '指标名称\t分值\t得分', '一、投入\t15\t14', '预算编制\t8\t7.5', '资金到位\t7\t6.5', '二、产出\t85\t79.6', `总分\t100\t${total}`);
    expect(await ids('sum-mismatch', numbered('93.6'))).toEqual([]);
    expect(await ids('sum-mismatch', numbered('94.6'))).toEqual(['sum-mismatch']);
  });
  it('an indicator named 其中… is scored apart, not a part of the row above (c531)', async () => {
    const t = doc(UNIT, '三级指标\t分值\t得分', '建设高标准农田面积\t10\t10', '其中高效节水灌溉面积\t5\t5', '新建灌排渠道\t5\t5', '合计\t20\t20');
    expect(await ids('sum-mismatch', t)).toEqual([]);
  });
  it('rows that leave out the empty note cell at their end keep their columns', async () => {
    const t = (max: string) =>
      doc(
        UNIT,
        '一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
        `产出指标\t数量指标\t资助学生人数\t≥1400人\t1440人\t${max}\t60`,
        '效益指标\t社会效益指标\t因贫失学辍学人数\t0人\t0人\t30\t30',
        '满意度指标\t满意度指标\t受助学生满意度\t≥90%\t95%\t10\t10',
      );
    expect(await ids('sum-mismatch', t('60'))).toEqual([]);
    // (a row's 得分 over its 分值, and the 分值 short of 100: both said)
    expect(await ids('sum-mismatch', t('50'))).toContain('sum-mismatch');
  });
  it('two levels side by side, each with its 分值 and 得分: rows score by the second pair', async () => {
    const t = (got: string) =>
      doc(UNIT, '一级指标\t分值\t得分\t二级指标\t分值\t得分', '预算编制\t40\t38\t目标设置\t20\t19', `预算编制准确\t20\t${got}`, '预算执行\t60\t57\t支出进度\t30\t28', '预算调整\t30\t29', '合计\t100\t95');
    expect(await ids('sum-mismatch', t('19'))).toEqual([]);
    expect(await ids('sum-mismatch', t('21'))).toContain('sum-mismatch');
  });
});

describe('staff (Hebei, Sichuan, Chongqing, Guangdong, Fujian and Qinghai shapes)', () => {
  it('the organ and a centre after a ；are each their own, after or before the department’s figures', async () => {
    const t = doc(UNIT, '一、部门基本情况', '本部门核定编制86名，实有在编人员79人。', '局机关核定编制14名，实有13人；农村公路养护中心核定编制40名，实有38人。');
    expect(await ids('same-figure-conflict', t)).toEqual([]);
    expect(await ids('same-figure-conflict', doc(UNIT, '一、部门基本情况', '本部门核定编制86名，实有在编人员79人。', '本部门实有在编人员81人。'))).toEqual(['same-figure-conflict']);
  });
  it('a headcount with those off the quota in a bracket, （含编外聘用人员12人）', async () => {
    const t = (n: string) => doc(UNIT, '一、部门基本情况', `核定编制86名，实有人员${n}人（含编外聘用人员12人）。`);
    expect(await ids('staffing-exceeds-quota', t('91'))).toEqual([]);
    expect(await ids('staffing-exceeds-quota', t('101'))).toEqual(['staffing-exceeds-quota']);
  });
  it('kinds on the posts beside those off them make the headcount: the quota is of the kinds', async () => {
    const t = (n: string) => doc(UNIT, '一、部门基本情况', `全局核定编制82名；年末实有在职人员88人，其中：行政16人，事业${n}人，政府购买服务岗位13人。`);
    expect(await ids('staffing-exceeds-quota', t('59'))).toEqual([]);
    // (16 + 69 + 13 is no 88: the parts do not make the headcount, which is then compared as it is)
    expect(await ids('staffing-exceeds-quota', t('69'))).toEqual(['staffing-exceeds-quota']);
  });
  it('the retired are no whole of the units’ quotas after 分单位看', async () => {
    const t = doc(UNIT, '一、部门基本情况', '核定编制32名，离退休人员21人。', '分单位看，局机关核定编制14名，县社会福利中心核定编制8名，县殡葬管理所核定编制6名，县婚姻登记处核定编制4名。');
    expect(await ids('sum-mismatch', t)).toEqual([]);
  });
  it('staff by several kinds of attribute overlap; by one kind they divide', async () => {
    const overlap = doc(UNIT, '一、部门基本情况', '在编干部43人中，中共党员32人，少数民族干部15人，大学本科及以上学历38人。');
    expect(await ids('sum-mismatch', overlap)).toEqual([]);
    const titles = (n: string) => doc(UNIT, '一、部门基本情况', `专任教师98人，其中具有高级职称的21人、中级职称46人、初级职称${n}人。`);
    expect(await ids('sum-mismatch', titles('31'))).toEqual([]);
    expect(await ids('sum-mismatch', titles('33'))).toEqual(['sum-mismatch']);
  });
});

describe('money (Hunan, Guangdong, Fujian, Hebei and Henan shapes)', () => {
  it('an execution rate of 上述 the sum of the plans before it', async () => {
    const t = (rate: string) => doc('某县基本公共卫生服务补助资金绩效自评报告', '预拨资金2561.85万元，年终下达清算资金284.65万元，上述2846.50万元已全部到位。', `项目资金实际支出2791.34万元，执行率${rate}，结余55.16万元。`);
    expect(await ids('share-mismatch', t('98.06%'))).toEqual([]);
    expect(await ids('sum-mismatch', t('98.06%'))).toEqual([]);
    expect(await ids('share-mismatch', t('97.06%'))).toEqual(['share-mismatch']);
  });
  it('parts in a bracket after a figure are that figure’s, not the grand total’s', async () => {
    const t = (basic: string) => doc('某区城管局2023年度部门决算', `2023年度支出总计3,392.08万元，其中：本年支出3,200.52万元（基本支出${basic}万元、项目支出1,094.18万元），年末结转和结余191.56万元。`);
    expect(await ids('sum-mismatch', t('2,106.34'))).toEqual([]);
    expect(await ids('sum-mismatch', t('2,116.34'))).toEqual(['sum-mismatch']);
  });
  it('an asset’s 原值, 累计折旧 and 净值 are no parts of 资产总额; 固定资产净值 beside 流动资产 is', async () => {
    expect(await ids('sum-mismatch', doc('某区城管局2023年度部门决算', '本部门资产总额1,865.42万元，其中：固定资产原值1,420.36万元，累计折旧512.80万元，固定资产净值907.56万元。'))).toEqual([]);
    const net = (cash: string) => doc('某区城管局2023年度部门决算', `年末资产总额4,218.66万元，其中流动资产${cash}万元，固定资产净值1,353.26万元。`);
    expect(await ids('sum-mismatch', net('2,865.40'))).toEqual([]);
    expect(await ids('sum-mismatch', net('2,875.40'))).toEqual(['sum-mismatch']);
  });
  it('支出占收入的: the share names its part', async () => {
    const t = (pct: string) => doc('某县林业局2023年度部门决算', '本年收入4,967.35万元，其中财政拨款收入4,702.15万元，其他收入265.20万元。', `本年财政拨款支出4,474.20万元，本年财政拨款收入4,702.15万元，支出占收入的${pct}。`);
    expect(await ids('share-mismatch', t('95.15%'))).toEqual([]);
    expect(await ids('share-mismatch', t('94.15%'))).toEqual(['share-mismatch']);
  });
  it('X中 names the figure its parts make, of those so named', async () => {
    const t = (pct: string) =>
      doc(UNIT, '支出合计6,790.12万元，其中基本支出836.45万元。', '一般公共预算财政拨款支出6,163.59万元，其中基本支出790.32万元。', `基本支出中，人员经费742.18万元、公用经费94.27万元，分别占基本支出的${pct}和11.27%。`);
    expect(await ids('sum-mismatch', t('88.73%'))).toEqual([]);
    expect(await ids('share-mismatch', t('88.73%'))).toEqual([]);
    expect(await ids('share-mismatch', t('87.73%'))).toEqual(['share-mismatch']);
  });
  it('a 三公 budget stated as what the spending is compared with, 比年初预算9.60万元减少', async () => {
    const t = (budget: string) => doc(UNIT, `2023年“三公”经费支出7.18万元，${budget}其中因公出国（境）费0万元，公务用车购置及运行维护费5.46万元，公务接待费1.72万元。`);
    expect(await ids('sangong-budget-missing', t('比年初预算9.60万元减少2.42万元。'))).toEqual([]);
    expect(await ids('sangong-budget-missing', t('比上年减少2.42万元。'))).toEqual(['sangong-budget-missing']);
  });
  it('a project’s own score after the department’s is no part of it', async () => {
    expect(await ids('sum-mismatch', doc(UNIT, '本部门自评得分94.5分，等级为“优”。其中农村公路养护项目自评得分96分。'))).toEqual([]);
  });
});

describe('goals, grades and years (Guizhou, Sichuan, Henan, Guangdong and Fujian shapes)', () => {
  it('uses of the funds and a share against a requirement set no target', async () => {
    const t = doc(
      '某县乡村振兴局2023年度衔接资金项目支出绩效自评报告',
      '一、绩效目标分解下达情况',
      '（二）资金分配及绩效目标设定情况',
      '全年衔接资金100.00万元，其中：产业发展资金64.00万元，占64.00%；项目管理费2.00万元，占2.00%；基础设施资金34.00万元，占34.00%。衔接资金用于产业发展的比重达到64.00%，高于60%的要求。',
      '二、绩效目标自评完成情况分析',
      '新建茶园3200亩。',
    );
    expect(await autoIds('goal-without-result', t)).toEqual([]);
  });
  it('a rate of what should not happen, its target written without ≤', async () => {
    const t = (result: string) => doc(UNIT, '三、绩效目标完成情况', '指标名称\t年度目标\t实际完成', `运输投诉率\t5%\t${result}`);
    expect(await ids('goal-shortfall-unexplained', t('3.2%'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', t('6.2%'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a grade stated as 等次 or as a conclusion', async () => {
    const t = (line: string) => doc(UNIT, '四、综合评价结论', line);
    expect(await ids('self-score-missing', t('经自评，2023年度部门整体支出绩效自评得分93.6分，自评等次为“优”。'))).toEqual([]);
    expect(await ids('self-score-missing', t('综合评价结论为“优”，自评得分95分。'))).toEqual([]);
    expect(await ids('self-score-missing', t('经自评，2023年度部门整体支出绩效自评得分93.6分。'))).toEqual(['self-score-missing']);
  });
  it('the year a rule was issued or a standard set, and another year’s figure set beside this year’s', async () => {
    const t = (line: string) => doc('某区城管局2023年度部门决算', line);
    expect(await ids('year-mismatch', t('公务接待严格执行《公务接待管理实施细则》（2019年修订）的规定，工作餐人均标准不超过120元。'))).toEqual([]);
    expect(await ids('year-mismatch', t('公务用车运行维护费按照2021年县财政局核定的定额标准执行，每辆车年运行费用不超过2.50万元。'))).toEqual([]);
    expect(await ids('year-mismatch', t('2023年度“三公”经费决算数14.27万元，2022年度“三公”经费决算数16.40万元。'))).toEqual([]);
    expect(await ids('year-mismatch', t('2021年公务用车运行费用2.50万元。'))).toEqual(['year-mismatch']);
  });
});

describe('a grade by the bands the report states for itself (Qinghai shape)', () => {
  const t = (score: string) =>
    doc('某县自然资源局2024年度部门整体支出绩效自评报告', '一、自评结果', `按照评分办法，90分（含）以上为优秀，75分（含）至89分为良好，60分（含）至74分为合格，60分以下为不合格。我局自评得分${score}分，等级为良好。`);
  it('holds: 78 is 良好 by the stated bands (not 中 by the outline’s); 70 is still no 良好', async () => {
    expect(await ids('grade-score-mismatch', t('78'))).toEqual([]);
    expect(await ids('grade-score-mismatch', t('70'))).toEqual(['grade-score-mismatch']);
  });
});
