/**
 * Ninety-ninth field trial (thirty-seventh round): shapes of reports written in the manner of Guangdong, Guangxi, Hubei, Hunan,
 * Shaanxi, Gansu, Anhui, Jiangsu, Xinjiang, Tibet, Beijing and Shanghai units that raised false findings. Each shape holds (no
 * finding on the correct text) and fails (the finding on a text with one figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('wholes of lists and breakdowns (Beijing, Shanghai, Hubei, Hunan and Guangdong shapes)', () => {
  it('a standard per head (每人每月) is no whole of the breakdown after it', async () => {
    const t = (before: string, project: string) =>
      doc('某区民政局2023年度部门整体支出绩效自评报告', '一、部门整体支出情况', `${before}主要原因是城乡低保标准由每人每月1,320元提高至1,395元。`, `按支出性质划分，基本支出14,885.27万元，项目支出${project}万元。`);
    expect(await autoIds('sum-mismatch', t('', '19,325.28'))).toEqual([]);
    // (after a total the breakdown details, it is checked: 14,885.27 + 19,335.28 is not 34,210.55)
    expect(await autoIds('sum-mismatch', t('本年支出合计34,210.55万元。', '19,335.28'))).toEqual(['sum-mismatch']);
  });
  it('a breakdown that states its own count and its list (包括4家单位，即…) is no breakdown of the count before', async () => {
    const t = (list: string) => doc('某区体育局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `本局内设机构5个。从单位构成看，汇总决算包括4家单位，${list}。`);
    expect(await autoIds('sum-mismatch', t('即本级及所属事业单位3家'))).toEqual([]);
    // (its own list is checked against its own count: 2 + 3 is more than 4)
    expect(await autoIds('sum-mismatch', t('其中行政单位2家、事业单位3家'))).toEqual(['sum-mismatch']);
  });
  it.each([
    ['中央补助资金1,860.00万元于2023年4月和9月分两批下达，两批金额分别为1,240.00万元和{}万元，省级补助资金620.00万元，县级配套资金320.00万元'],
    ['中央补助资金1,860.00万元、省级补助资金620.00万元均已到位，其中中央补助资金分两批下达，第一批1,240.00万元，第二批{}万元；县级配套资金320.00万元'],
  ])('the batches a part was handed down in are that part’s, not parts of the list: %s', async (shape) => {
    const t = (batch: string) => doc('江岭县教育局2023年度义务教育薄弱环节改善项目支出绩效自评报告', '一、项目基本情况', `项目资金全年实际到位2,800.00万元，其中${shape.replace('{}', batch)}。`);
    expect(await autoIds('sum-mismatch', t('620.00'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('630.00'))).toEqual(['sum-mismatch']);
  });
  it('spending broken down by a dimension is no part of a plan stated before it', async () => {
    const t = (before: string, last: string) =>
      doc('梅川县卫生健康局2023年度部门整体支出绩效自评报告', '二、部门整体支出情况', `项目支出全年预算6133.13万元。${before}`, `分单位看，甲单位、乙单位、丙单位、丁单位的实际支出分别为6108.42万元、1096.35万元、1325.60万元、${last}万元。`);
    expect(await autoIds('sum-mismatch', t('', '1344.24'))).toEqual([]);
    // (after the spending it details, it is checked)
    expect(await autoIds('sum-mismatch', t('全年实际支出9874.61万元。', '1354.24'))).toEqual(['sum-mismatch']);
  });
  it('the side of a two-sided table with a blank half on a row is read as its own table (| | 其他支出 | 51.75)', async () => {
    const t = (other: string) =>
      doc(
        '宁陕县林业局2023年度部门决算',
        '表1 收入支出决算总表（单位：万元）',
        '收入项目\t决算数\t支出项目\t决算数',
        '一般公共预算财政拨款收入\t1286.45\t农林水支出\t1200.00',
        '其他收入\t15.30\t住房保障支出\t50.00',
        `\t\t其他支出\t${other}`,
        '本年收入合计\t1301.75\t本年支出合计\t1301.75',
        '上年结转结余\t63.20\t年末结转结余\t63.20',
        '收入总计\t1364.95\t支出总计\t1364.95',
      );
    expect(await autoIds('sum-mismatch', t('51.75'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('52.75'))).toEqual(['sum-mismatch']);
  });
});

describe('rates and their bases (Guangdong, Guangxi, Xinjiang and Anhui shapes)', () => {
  it('a balance rate is of the plan it agrees with, of the department’s plan and a project group’s', async () => {
    const t = (rate: string) =>
      doc(
        '梅川县卫生健康局2023年度部门整体支出绩效自评报告',
        '二、部门整体支出情况',
        '2023年年初预算8456.32万元，全年预算调整为10238.75万元。',
        '2023年全年实际支出9874.61万元，预算执行率为96.44%。',
        '本部门实施的重点项目共5个，全年预算合计4792.19万元，实际支出合计4599.44万元，执行率95.98%。',
        '三、绩效自评情况',
        `全年预算执行率96.44%，年末结转结余364.14万元，结转结余率为${rate}%。`,
      );
    expect(await autoIds('share-mismatch', t('3.56'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('3.66'))).toEqual(['share-mismatch']);
  });
  it('an addition to a plan (年中追加) is itself the change; its rate is not of a level it rose to', async () => {
    const t = (after: string) => doc('桂澜市疾病预防控制中心2023年度部门整体支出绩效自评报告', '二、部门整体支出管理及使用情况', `2023年财政拨款年初预算4312.60万元，年中追加582.80万元，比年初预算增长13.51%，调整后全年预算${after}万元。`);
    expect(await autoIds('share-mismatch', t('4895.40'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('4895.40'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('4905.40'))).toEqual(['sum-mismatch']);
  });
  it('a fund said to be used wholly for a project is the base of that project’s execution rate', async () => {
    const t = (rate: string) => doc('某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '调整后全年预算9786.50万元。', `2023年对口援疆资金1860.00万元全部用于庭院经济提升项目。项目当年支出1812.25万元，执行率${rate}%。`);
    expect(await autoIds('share-mismatch', t('97.43'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('98.43'))).toEqual(['share-mismatch']);
  });
  it.each([['占调整后预算的'], ['预算执行率为']])('the base another share names before it (相当于年初预算1200.00万元的115.54%) is not this one’s: %s', async (words) => {
    const t = (rate: string) => doc('潜溪县城市管理局2023年度污水管网改造项目支出绩效自评报告', '一、项目基本情况', `项目调整后全年预算1450.00万元。全年执行数1386.52万元，相当于年初预算1200.00万元的115.54%，${words}${rate}%。`);
    expect(await autoIds('share-mismatch', t('95.62'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('96.62'))).toEqual(['share-mismatch']);
  });
});

describe('scores (Jiangsu and Hubei shapes)', () => {
  it.each([
    ['本项目自评得分97.27分。其中产出指标50分，得48分；效益指标30分，得30分；满意度指标10分，得10分；预算执行率10分，得{}分。', '9.27', '9.37'],
    ['产出指标满分50分，得48分。其中改造小区数量10分，得10分；改造户数10分，得10分；雨污分流管网长度{}分，完成97.33%，得8分；竣工验收合格率10分，得10分；年底完工率10分，得10分。', '10', '14'],
  ])('every part stated as its full marks and what it got is a part of the list: %s', async (line, right, wrong) => {
    const t = (got: string) => doc('海川区住房和城乡建设局2023年度城镇老旧小区改造项目支出绩效自评报告', '三、自评结论', line.replace('{}', got));
    expect(await autoIds('sum-mismatch', t(right))).toEqual([]);
    expect(await autoIds('sum-mismatch', t(wrong))).toEqual(['sum-mismatch']);
  });
});

describe('goals (Guangxi, Xinjiang, Anhui, Jiangsu and Jiangxi shapes)', () => {
  it('a count in 人份 (doses, samples) is its own unit, not 人', async () => {
    const t = (result: string) =>
      doc('桂澜市疾病预防控制中心2023年度部门整体支出绩效自评报告', '一、基本情况', '（一）年度绩效目标', '1.完成HIV抗体检测12万人份以上；', '二、绩效目标完成情况', `1.HIV抗体检测：目标值12万人份以上，全年完成${result}人份。`);
    expect(await autoIds('goal-without-result', t('132600'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('112600'))).toEqual(['goal-shortfall-unexplained']);
  });
  it.each([
    ['完成核桃提质增效5万亩。', '1.核桃提质增效。目标为完成5万亩，实际完成4.6万亩，完成率92.00%。未完成的主要原因是部分地块灌溉条件尚未配套。'],
    ['开展农牧民实用技术培训6000人次。', '1.技术培训。目标为培训农牧民6000人次，实际培训6420人次，完成率107.00%。'],
    ['完成农村人居环境整治村30个。', '1.农村人居环境整治。目标为完成30个村，实际完成30个村的整治任务。'],
  ])('a numbered line’s title (1.核桃提质增效。) names the figures after it: %s', async (target, result) => {
    const t = (res: string) => doc('某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标', `1.${target}`, '二、绩效目标完成情况', res);
    expect(await autoIds('goal-without-result', t(result))).toEqual([]);
    expect(await autoIds('goal-without-result', t('1.其他工作。全年工作有序推进。'))).toEqual(['goal-without-result']);
  });
  it('none said in words, its clause holding the target’s words in order, answers a target of none (施工安全事故0起)', async () => {
    const t = (line: string) => doc('海川区住房和城乡建设局2023年度城镇老旧小区改造项目支出绩效自评报告', '一、项目概况', '项目年度绩效目标为：竣工验收合格率100%，施工安全事故0起。', '二、项目绩效目标完成情况', `已完工的7个小区均一次性通过竣工验收，竣工验收合格率100%。${line}`);
    expect(await autoIds('goal-without-result', t('全年施工期间未发生安全生产事故。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t(''))).toEqual(['goal-without-result']);
  });
  it('a cause given as where complaints lay, or as what affected the rate (影响了居民满意度)', async () => {
    const t = (result: string, problems: string) =>
      doc('潜溪县城市管理局2023年度雨污分流改造项目支出绩效自评报告', '一、项目基本情况', '项目年度总体目标为：受益居民满意度达到90%以上。', '二、绩效评价指标分析', `受益居民满意度为88.59%，略低于90%的目标值。${result}`, '三、存在的问题及原因分析', problems);
    expect(await autoIds('goal-shortfall-unexplained', t('不满意的意见主要集中在施工期间道路开挖影响出行。', '工程资料归档不够及时。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('', '文明施工措施和信息告知不够到位，影响了居民满意度。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('', '工程资料归档不够及时。'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a figure said not reached (户厕改造完成率未达到100%) sets no target, unless named the target', async () => {
    const t = (goal: string) => doc('某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标', goal, '二、绩效目标完成情况', '农村人居环境持续改善。');
    expect(await autoIds('goal-without-result', t('个别任务未按期完成，户厕改造完成率未达到100%。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('户厕改造完成率力争达到100%。'))).toEqual(['goal-without-result']);
  });
});

describe('years (Jiangsu and Anhui shapes)', () => {
  it('figures of the year before in a paragraph whose sentence of the year says 同比 are comparison data', async () => {
    const t = (words: string) => doc('海川区2023年度城镇老旧小区改造项目支出绩效自评报告', '一、项目概况', `2022年度全区改造老旧小区5个，支出2316.40万元。2023年度项目支出3412.75万元${words}。`);
    expect(await autoIds('year-mismatch', t('，同比增长47.33%'))).toEqual([]);
    expect(await autoIds('year-mismatch', t(''))).toEqual(['year-mismatch']);
  });
  it('the budget of a year after the report’s is a plan for the coming year', async () => {
    const t = (year: number) => doc('潜溪县城市管理局2023年度污水管网改造项目支出绩效自评报告', '五、绩效自评结果应用', `${year}年该项目预算为980.00万元。`);
    expect(await autoIds('year-mismatch', t(2024))).toEqual([]);
    expect(await autoIds('year-mismatch', t(2022))).toEqual(['year-mismatch']);
  });
});
