/**
 * Ninetieth field trial (thirty-fifth round): shapes of reports that raised false findings, and shapes left from the trials
 * before. Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure changed, or
 * without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

const UNIT = '某县民政局2023年度部门整体支出绩效自评报告';

describe('the self-score', () => {
  it('stated as 自评总分 with its grade as 自评等次, no 得分 in the sentence', async () => {
    const t = (score: string) => doc(UNIT, '一、部门基本情况', '本部门核定编制20名，实有在编人员18人。', '二、自评结论', `经自评，本部门2023年度部门整体支出绩效自评总分为${score}分，自评等次为“优”。`);
    expect(await autoIds('self-score-missing', t('92'))).toEqual([]);
    expect(await autoIds('grade-score-mismatch', t('92'))).toEqual([]);
    expect(await autoIds('grade-score-mismatch', t('72'))).toEqual(['grade-score-mismatch']);
  });
});

describe('targets and results', () => {
  it('a target in 亿元 answered in 万元 is compared in 元', async () => {
    const t = (got: string) =>
      doc('某县交通运输局2023年度部门整体支出绩效自评报告', '二、绩效目标完成情况', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值', `产出指标\t数量指标\t完成公路建设投资\t≥1.2亿元\t${got}万元`, '产出指标\t数量指标\t新改建农村公路\t≥50公里\t52公里');
    for (const id of ['goal-far-exceeded', 'goal-shortfall-unexplained']) expect(await autoIds(id, t('12500'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('11500'))).toEqual(['goal-shortfall-unexplained']);
    expect(await autoIds('goal-far-exceeded', t('25000'))).toEqual(['goal-far-exceeded']);
  });
  it('a shortfall\'s cause after 主要为, or stated with no connective', async () => {
    const t = (cause: string) =>
      doc('某县交通运输局2023年度部门整体支出绩效自评报告', '一、绩效目标完成情况', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值', '产出指标\t数量指标\t新改建农村公路\t≥50公里\t45公里', '二、存在的问题及原因分析', cause);
    expect(await autoIds('goal-shortfall-unexplained', t('新改建农村公路未达到目标，主要为征地拆迁进度滞后。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('新改建农村公路少完成5公里，征地拆迁进度滞后。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('新改建农村公路未达到目标，下一步将加快进度。'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a cost per item whose target is written with no sign is a ceiling (Chongqing form)', async () => {
    const t = (got: string) =>
      doc('某区文化和旅游发展委员会2023年度公共文化服务体系建设项目资金绩效自评报告', '二、绩效目标实现情况', '三级指标\t指标权重\t计量单位\t指标值\t全年实际完成值', '送文化下乡演出场次\t10\t场\t120\t128', `单场演出成本\t5\t元\t6000\t${got}`);
    expect(await autoIds('goal-shortfall-unexplained', t('5351.56'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('6351.56'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a target counted in 万页', async () => {
    const t = (got: string) => doc('某单位2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标', '完成馆藏档案数字化扫描不少于80万页。', '二、绩效目标完成情况', `完成馆藏档案数字化扫描${got}万页。`);
    expect(await autoIds('goal-without-result', t('82.6'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('82.6'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('72.6'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a result short of its target by points: the target is exact, and named as the target', async () => {
    const t = (gap: string) => doc('某县卫生健康局2023年度基本公共卫生服务补助资金项目支出绩效自评报告', '一、偏离绩效目标的原因', `高血压患者基层规范管理服务率为60.35%，比年度目标62%低${gap}个百分点。`);
    expect(await autoIds('sum-mismatch', t('1.65'))).toEqual([]);
    expect(await autoIds('rounding-difference', t('1.65'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('1.85'))).toEqual(['sum-mismatch']);
  });
});

describe('parts and rates (Xinjiang shapes)', () => {
  it('a part\'s own uses after its share, 占74.14%，主要用于…, are its parts, not the total\'s', async () => {
    const t = (staff: string) => doc(UNIT, '一、基本情况', `本年支出合计3,218.92万元，其中：基本支出2,386.55万元，占74.14%，主要用于人员经费${staff}万元和公用经费267.82万元；项目支出832.37万元，占25.86%。`);
    expect(await autoIds('sum-mismatch', t('2,118.73'))).toEqual([]);
    // (the uses are "main" ones: more than the part is wrong, less is not)
    expect(await autoIds('sum-mismatch', t('2,218.73'))).toEqual(['sum-mismatch']);
    // (also past the part's own plan and rate)
    const planned = (staff: string) => doc(UNIT, '一、基本情况', `本年支出合计3,218.92万元。其中：基本支出2,386.55万元，占74.14%，预算数2,412.30万元，执行率98.93%，主要用于人员经费${staff}万元和公用经费267.82万元；项目支出832.37万元，占25.86%，预算数873.30万元，执行率95.31%。`);
    expect(await autoIds('sum-mismatch', planned('2,118.73'))).toEqual([]);
    expect(await autoIds('sum-mismatch', planned('2,218.73'))).toEqual(['sum-mismatch']);
  });
  it('each part with its plan and rate in its own clause group', async () => {
    const t = (rate: string) => doc(UNIT, '一、基本情况', `基本支出2,386.55万元，预算数2,412.30万元，执行率98.93%；项目支出832.37万元，预算数873.30万元，执行率${rate}%。`);
    expect(await autoIds('share-mismatch', t('95.31'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('96.31'))).toEqual(['share-mismatch']);
  });
});

describe('三公 (Shanghai shape)', () => {
  it('the budget stated in a comparison after a ；that follows the change from last year', async () => {
    const t = (budget: string, change: string) =>
      doc('某单位2023年度部门整体支出绩效自评报告', '一、三公经费', `“三公”经费支出16.27万元，较上年减少1.63万元；比预算${budget}万元${change}。其中：因公出国（境）费0万元，公务接待费2.86万元，公务用车运行维护费13.41万元。`);
    expect(await autoIds('sangong-budget-missing', t('18.50', '减少2.23万元'))).toEqual([]);
    expect(await autoIds('sangong-over-budget', t('18.50', '减少2.23万元'))).toEqual([]);
    expect(await autoIds('sangong-over-budget', t('15.50', '增加0.77万元'))).toEqual(['sangong-over-budget']);
  });
});
