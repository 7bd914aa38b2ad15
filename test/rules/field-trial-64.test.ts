/**
 * Sixty-fourth field trial (twenty-ninth round): shapes of reports written in the manner of Fujian, Jiangxi,
 * Shandong, Anhui, Yunnan, Guizhou, Guangxi and Chongqing units that raised false findings. Each shape holds
 * (no finding on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids, withSection } from '../helpers/rule-tester.js';

const TITLE = '某县2023年度茶产业发展项目支出绩效自评报告';

describe('a kind of problem named with a verb (验收不及时2个) is an item of the list (Yunnan shape)', () => {
  const text = (n: string) => doc(TITLE, '一、项目基本情况', `实施过程中开展督查4次，发现问题${n}个，其中资料不全5个、公示不到位4个、验收不及时2个，均已整改到位。`);
  it('holds and fails', async () => {
    expect(await ids('sum-mismatch', text('11'))).toEqual([]);
    expect(await ids('sum-mismatch', text('12'))).toContain('sum-mismatch');
  });
});

describe('a share of 全年预算 is never of another year’s budget; 全年预算调整为 is the year’s (Yunnan shape)', () => {
  const text = (pct: string) =>
    doc(
      TITLE,
      '一、项目基本情况',
      '项目年初预算850.00万元，年中追加70.00万元，全年预算调整为920.00万元。',
      '2023年项目资金较上年780.00万元增加140.00万元，增长17.95%。2022年项目全年预算780.00万元、实际支出741.30万元，执行率95.04%。',
      `年末结余资金46.38万元（占全年预算的${pct}%），全部为合同尾款。`,
    );
  it('holds and fails', async () => {
    expect(await ids('share-mismatch', text('5.04'))).toEqual([]);
    expect(await ids('share-mismatch', text('5.95'))).toContain('share-mismatch');
  });

  it('the year before’s figures right after a comparison with 上年 are that comparison’s; alone they are another year’s', async () => {
    expect(await ids('year-mismatch', text('5.04'))).toEqual([]);
    const alone = doc(TITLE, '一、项目基本情况', '项目全年预算920.00万元。', '2022年项目全年预算780.00万元、实际支出741.30万元，执行率95.04%。');
    expect(await ids('year-mismatch', alone)).toContain('year-mismatch');
  });
});

describe('a rate of what was left is never over the balance carried in (Guizhou shape)', () => {
  it('is not measured against 年初结转和结余; over the year’s budget it is', async () => {
    const carried = doc('某县应急管理局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '年初结转和结余16.24万元，年末结转和结余74.00万元，结转结余率3.95%。');
    expect(await ids('share-mismatch', carried)).toEqual([]);
    const budget = (pct: string) => doc('某县应急管理局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `全年预算1,872.66万元，年末结转和结余74.00万元，结转结余率${pct}%。`);
    expect(await ids('share-mismatch', budget('3.95'))).toEqual([]);
    expect(await ids('share-mismatch', budget('4.95'))).toContain('share-mismatch');
  });
});

describe('the grade stated with the self-score, not a project’s grade stated alone (Guangxi shape)', () => {
  const text = (grade: string) =>
    withSection(
      '九',
      `5个项目中4个项目为“优”，1个项目为“良”。警用装备购置经费自评等级为“良”，扣分主要在采购进度。\n经自评，本单位2025年度整体支出绩效自评得分为92.50分，评价等级为“${grade}”。`,
    );
  it('holds and fails', async () => {
    expect(await ids('grade-score-mismatch', text('优'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('良'))).toContain('grade-score-mismatch');
  });
});

describe('a table row of both sides’ totals (收、支总计) is no sum of the rows of each side (Shandong shape)', () => {
  const text = (change: string) =>
    doc(
      '某县农业农村局2023年度部门决算说明',
      '一、部门基本情况',
      '收支总体变动情况如下（单位：万元）：',
      '项目 | 2023年度 | 2022年度 | 增减额 | 增减率',
      `本年收入合计 | 4862.37 | 4420.16 | ${change} | 10.00%`,
      '本年支出合计 | 4930.62 | 4498.30 | 432.32 | 9.61%',
      '收、支总计 | 5077.85 | 4611.20 | 466.65 | 10.12%',
    );
  it('holds; a row’s wrong change is still found', async () => {
    expect(await ids('sum-mismatch', text('442.21'))).toEqual([]);
    expect(await ids('sum-mismatch', text('452.21'))).toContain('sum-mismatch');
  });
});

describe('"项目支出中，" naming the largest items with their shares lists the main ones only (Anhui shape)', () => {
  const text = (second: string, pct: string) =>
    doc(
      '某县退役军人事务局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `项目支出3332.31万元，比上年增加213.86万元，增长6.86%。项目支出中，优抚对象抚恤和生活补助1,924.62万元，占项目支出的57.76%，是占比最大的项目；退役士兵自主就业一次性经济补助${second}万元，占${pct}%。`,
    );
  it('holds; a wrong share is still found', async () => {
    expect(await ids('sum-mismatch', text('486.60', '14.60'))).toEqual([]);
    expect(await ids('share-mismatch', text('486.60', '15.60'))).toContain('share-mismatch');
  });
});

describe('a change whose prior is stated after 比上年 is of the figure the change leads to (Fujian shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县生态环境局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `2023年度本年收入合计1,486.52万元，加上年初结转和结余63.18万元，收入总计1,549.70万元。本年收入比上年1,365.80万元增加120.72万元，增长${rate}%。`,
    );
  it('holds and fails', async () => {
    expect(await ids('share-mismatch', text('8.84'))).toEqual([]);
    expect(await ids('share-mismatch', text('8.45'))).toContain('share-mismatch');
  });
});

describe('a floor of visits (不少于300家次) is no count of a list (Fujian shape)', () => {
  it('holds; a count with its list still fails', async () => {
    expect(await ids('count-mismatch', doc('某县生态环境局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '4.开展"双随机、一公开"执法检查不少于300家次；'))).toEqual([]);
    expect(await ids('count-mismatch', doc('某县生态环境局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '内设股室3个，分别为办公室、执法股。'))).toContain('count-mismatch');
  });
});

describe('a table whose caption names its columns of figures between slashes (Jiangxi shape)', () => {
  const text = (km: string) =>
    withSection(
      '六',
      ['产出指标各项完成情况（年度指标值／实际完成值／分值／得分）：', '实施农村供水工程数量  14处  14处  10  10', `新建改造管网长度  ≥180公里  ${km}公里  10  10`, '工程验收合格率  100%  100%  10  10'].join('\n'),
      withSection('一', '（一）部门（单位）基本情况\n示例县水利局为全额拨款行政单位。\n（二）年度整体支出绩效目标\n新建改造管网不少于180公里；工程验收合格率100%。'),
    );
  it('answers the targets in prose, and its points are no score table', async () => {
    expect(await ids('goal-without-result', text('186.5'))).toEqual([]);
    expect(await ids('sum-mismatch', text('186.5'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('176.5'))).toContain('goal-shortfall-unexplained');
  });
});

describe('units kept running (保障…56个单位正常运转和…) set no target (Chongqing shape)', () => {
  const text = (goals: string) =>
    withSection('一', `（一）部门（单位）基本情况\n示例县教委为全额拨款行政单位。\n（二）年度整体支出绩效目标\n${goals}`);
  it('holds; a count of work to do is still a target', async () => {
    expect(await ids('goal-without-result', text('保障全系统56个单位正常运转和教职工工资待遇按时足额发放。'))).toEqual([]);
    expect(await ids('goal-without-result', text('新建改扩建校舍面积38650平方米。'))).toContain('goal-without-result');
  });
});
