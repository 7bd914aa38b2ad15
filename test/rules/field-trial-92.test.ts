/**
 * Ninety-second field trial (thirty-fifth round): shapes of reports written in the manner of Jilin, Hebei, Guangdong, Hainan, Hunan,
 * Jiangxi, Chongqing, Sichuan, Shandong, Zhejiang, Gansu and Ningxia units that raised false findings. Each shape holds (no finding
 * on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('money (Hainan shape)', () => {
  it('全年预算中 after a sentence whose last 全年预算数 is of nothing (单位资金…0元): of the total named so', async () => {
    const t = (county: string) =>
      doc('某县农业农村局2023年度热带果蔬产业项目支出绩效自评报告', '一、绩效目标分解下达情况', '资金总额全年预算数2,360,000.00元；单位资金全年预算数0元。', `全年预算中，中央资金1,200,000.00元，省级资金860,000.00元，县级资金${county}元。`);
    expect(await autoIds('sum-mismatch', t('300,000.00'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('320,000.00'))).toEqual(['sum-mismatch']);
  });
});

describe('targets and results (Shandong, Chongqing and Ningxia shapes)', () => {
  it('a growth with its floor after the verb, 提升不低于0.2个等级, answered by 平均提升0.15个等级', async () => {
    const t = (cause: string) => doc('某县农业技术推广中心2023年度耕地质量提升项目支出绩效自评报告', '一、项目基本情况', '年度绩效目标：示范区耕地质量等级提升不低于0.2个等级。', '二、项目绩效情况', `示范区耕地质量等级平均提升0.15个等级，未达到目标，${cause}。`);
    expect(await autoIds('goal-without-result', t('原因是耕地质量提升周期较长'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('原因是耕地质量提升周期较长'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('下一步将继续推进'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a budget\'s control and carry-over rates written with no sign are ceilings', async () => {
    const t = (control: string, carried: string) =>
      doc('某区文化和旅游发展委员会2023年度部门整体支出绩效自评报告', '附件：部门整体支出绩效自评表', '指标名称\t计量单位\t指标性质\t年初指标值\t全年完成值\t得分系数\t权重\t得分', `“三公”经费控制率\t%\t定量指标\t100\t${control}\t100\t5\t5`, `结转结余率\t%\t定量指标\t5\t${carried}\t100\t5\t5`);
    expect(await autoIds('goal-shortfall-unexplained', t('87.47', '3.57'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('107.47', '3.57'))).toEqual(['goal-shortfall-unexplained']);
    expect(await autoIds('goal-shortfall-unexplained', t('87.47', '6.57'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a target counted in 块', async () => {
    const t = (got: string) => doc('某县水务局2023年度农村饮水安全巩固提升项目支出绩效自评报告', '一、绩效目标', '年度目标：更换入户智能水表2500块。', '二、绩效目标完成情况', `全年更换入户智能水表${got}块。`);
    expect(await autoIds('goal-shortfall-unexplained', t('2520'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('2200'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('the self-score (Gansu shape)', () => {
  it('the bands stated before the score with 自评得分 in them are no score', async () => {
    const t = (score: string) =>
      doc('某县交通运输局2023年度部门整体支出绩效自评报告', '五、自评结论', `按照评分办法，自评得分60分以下为“差”，60分（含）至80分为“中”，80分（含）至90分为“良”，90分（含）以上为“优”。经自评，我局2023年度部门整体支出绩效自评得分${score}分，评价等级为“优”。`);
    expect(await autoIds('grade-score-mismatch', t('96.5'))).toEqual([]);
    expect(await autoIds('grade-score-mismatch', t('85'))).toEqual(['grade-score-mismatch']);
  });
});

describe('a target answered in words (Hainan shape)', () => {
  it('a sentence of the results part naming the target and saying it was done or not: not checked, and not missing', async () => {
    const t = (result: string) => doc('某县农业农村局2023年度热带果蔬产业项目支出绩效自评报告', '一、绩效目标设定情况', '年度绩效指标：建成500吨产地冷库1座并于年内验收。', '二、绩效目标完成情况分析', result);
    expect(await autoIds('goal-without-result', t('产地冷库主体工程和制冷设备安装已于2023年12月完成，但因设备调试未完成，未实现年内验收的目标，预计2024年4月完成验收。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('全年组织果蔬种植技术培训12期。'))).toEqual(['goal-without-result']);
  });
});
