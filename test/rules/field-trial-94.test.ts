/**
 * Ninety-fourth field trial (thirty-sixth round): shapes of reports written in the manner of Qinghai, Xinjiang, Fujian and Sichuan
 * units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one
 * figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('staffing (Qinghai and Xinjiang shapes)', () => {
  it('a total after the retired set apart, 另有离退休人员21名，实有人数合计64名, is no headcount of the staff in post stated again', async () => {
    const t = (between: string) => doc('某县林业和草原局2023年度部门整体支出绩效自评报告', '一、基本情况', `本部门核定编制46名，实有在编人员43名；${between}实有人数合计64名。`);
    expect(await autoIds('same-figure-conflict', t('另有离退休人员21名，'))).toEqual([]);
    // (without the retired before it, the same words state the headcount again, and differently)
    expect(await autoIds('same-figure-conflict', t(''))).toEqual(['same-figure-conflict']);
  });
  it('a headcount broken down in brackets into the serving and the retired is measured against the quota by its serving part', async () => {
    const t = (serving: number, retired: number) =>
      doc('某市水利局2023年度部门决算公开说明', '一、机构设置及人员情况', `本部门核定编制38名。年末实有人数${serving + retired}人（在职人员${serving}人、退休人员${retired}人）。`);
    expect(await autoIds('staffing-exceeds-quota', t(35, 17))).toEqual([]);
    expect(await autoIds('staffing-exceeds-quota', t(40, 12))).toEqual(['staffing-exceeds-quota']);
  });
});

describe('rates and 三公 (Sichuan and Fujian shapes)', () => {
  it('a level’s own spending is measured against what it kept of the funds it passed on, not against its funding source', async () => {
    const t = (rate: string) =>
      doc(
        '某县2023年度农村厕所革命专项资金绩效自评报告',
        '一、绩效目标分解下达情况',
        '2023年中央补助资金720.00万元、县本级安排配套资金150.00万元，合计870.00万元。其中833.60万元下达到乡镇，县本级保留36.40万元。',
        '二、绩效目标自评完成情况分析',
        `全年实际支出800.00万元，执行率为91.95%。其中乡镇支出773.83万元；县本级支出26.17万元，执行率为${rate}%。`,
      );
    expect(await autoIds('share-mismatch', t('71.90'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('81.90'))).toEqual(['share-mismatch']);
  });
  it('两项 named before 分别为 in a sentence that goes on with the 三公 total’s side are that side’s items', async () => {
    const t = (items: string, reception: string) =>
      doc('某县中医院2022年度部门整体支出绩效自评报告', '一、部门整体支出情况', `2022年度医院“三公”经费预算12.00万元，决算9.84万元。其中：因公出国（境）费0万元；公务用车购置费0万元；${items}分别为7.26万元和${reception}万元。`);
    expect(await autoIds('sangong-component-missing', t('公务用车运行维护费和公务接待费', '2.58'))).toEqual([]);
    expect(await autoIds('sangong-total-mismatch', t('公务用车运行维护费和公务接待费', '2.58'))).toEqual([]);
    // (the items read: a figure changed makes them exceed their total)
    expect(await autoIds('sangong-total-mismatch', t('公务用车运行维护费和公务接待费', '3.58'))).toEqual(['sangong-total-mismatch']);
    // (one of the items left unnamed is still missing)
    expect(await autoIds('sangong-component-missing', t('公务用车运行维护费和其他费用', '2.58'))).toEqual(['sangong-component-missing']);
  });
});

describe('targets and partial lists (Sichuan and Qinghai shapes)', () => {
  it('shares and a change of the funds stated in a part about funds and targets are no targets', async () => {
    const t = (results: string) =>
      doc(
        '某县2023年度农村厕所革命专项资金绩效自评报告',
        '一、绩效目标分解下达情况',
        '（一）上级下达资金和绩效目标情况',
        '2023年下达中央补助资金720.00万元、省级补助资金416.40万元、县级配套资金150.00万元，合计1286.40万元。其中中央补助资金占55.97%，省级补助资金占32.37%，县级配套资金占11.66%。2022年该专项资金为1050.00万元，2023年增加236.40万元，增长22.51%。',
        '年度绩效目标为完成改厕3200户，群众满意度达到90%以上。',
        '二、绩效目标自评完成情况分析',
        results,
      );
    expect(await autoIds('goal-without-result', t('全年完成改厕3271户，群众满意度为95.2%。'))).toEqual([]);
    // (a target of the same part still needs its result)
    expect(await autoIds('goal-without-result', t('全年完成改厕3271户。'))).toEqual(['goal-without-result']);
  });
  it('其中： with items far short of the whole, by no misprint of one digit, names some of the parts', async () => {
    const t = (central: string) =>
      doc('某县林业和草原局2023年度部门整体支出绩效自评报告', '一、基本情况', `年初预算3,126.40万元，年中追加1,392.35万元，其中：中央林业草原生态保护恢复资金${central}万元，省级草原有害生物防治资金85.00万元。`);
    expect(await autoIds('sum-mismatch', t('620.00'))).toEqual([]);
    // (a shortfall of one digit is a misprint: 1307.35 + 85.00 = 1392.35, misprinted 1302.35)
    expect(await autoIds('sum-mismatch', t('1307.35'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('1302.35'))).toEqual(['sum-mismatch']);
    expect(await autoIds('sum-mismatch', t('307.35'))).toEqual(['sum-mismatch']);
    // (and the items never exceed it)
    expect(await autoIds('sum-mismatch', t('1320.00'))).toEqual(['sum-mismatch']);
  });
});
