/**
 * Hundred-and-second field trial (thirty-seventh round): shapes of reports written in the manner of Zhejiang, Jiangxi, Sichuan,
 * Hubei, Henan, Shandong, Guizhou and Chongqing units that raised false findings. Each shape holds (no finding on the correct text)
 * and fails (the finding on a text with one figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('counts and lists (Hubei, Sichuan and Zhejiang shapes)', () => {
  it('an ordinal in a name (市第一人民医院) is no count', async () => {
    const t = (second: string) => doc('某市2023年度住院医师规范化培训补助资金项目支出绩效自评报告', '一、项目基本情况', `各基地共遴选带教师资500名，其中市中心医院200名、市第一人民医院${second}名。`);
    expect(await autoIds('sum-mismatch', t('300'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('310'))).toEqual(['sum-mismatch']);
  });
  it('schools named before 和 are items (…中心小学和…九年制学校)', async () => {
    const t = (n: number) => doc('某县2023年度学生资助项目支出绩效自评报告', '一、项目基本情况', `工作组抽查了${n}所学校，即县实验中学、白岩镇九年制学校、石门镇中心小学和双河镇九年制学校。`);
    expect(await autoIds('count-mismatch', t(4))).toEqual([]);
    expect(await autoIds('count-mismatch', t(5))).toEqual(['count-mismatch']);
  });
  it('a list closed by 等 with a clause after it is open', async () => {
    const t = (etc: string) => doc('某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标完成情况', `新认定龙头企业5家，包括甲公司、乙公司、丙公司、丁公司${etc}，均已完成授牌。`);
    expect(await autoIds('count-mismatch', t('等'))).toEqual([]);
    expect(await autoIds('count-mismatch', t(''))).toEqual(['count-mismatch']);
  });
  it('a count larger than the total alone, in a clause of its own, is no part of the 其中 list', async () => {
    const t = (parts: string) => doc('某县农业农村局2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标完成情况', `新认定龙头企业5家，其中${parts}，新培育家庭农场36家。`);
    expect(await autoIds('sum-mismatch', t('省级2家'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('省级2家、市级4家'))).toEqual(['sum-mismatch']);
  });
});

describe('goals (Guizhou, Chongqing and Jiangxi shapes)', () => {
  it('the target’s words in their order among words of scope and time name its result', async () => {
    const t = (result: string) => doc('某区水务局2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标', '1．全区河湖长巡河（湖）次数不少于4800次。', '二、绩效目标完成情况', `1．河湖长制。全区各级河湖长全年累计巡河（湖）${result}次，完成年度目标。`);
    expect(await autoIds('goal-without-result', t('5126'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('4126'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a title naming several indicators (营造林和森林抚育) leaves each figure to its own words', async () => {
    const t = (forest: string) => doc('某区林业局2023年度部门整体支出绩效自评报告', '一、基本情况', '年度绩效目标为：完成营造林2.5万亩，完成森林抚育3万亩。', '二、绩效目标实现情况', `1．营造林和森林抚育。全年完成营造林2.62万亩；完成森林抚育${forest}万亩。`);
    expect(await autoIds('goal-shortfall-unexplained', t('3.05'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('2.85'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('rates said of several results in turn (分别完成目标的a和b) are not paired with the nearest result', async () => {
    const t = (line: string) => doc('某县农业农村局2024年度部门整体支出绩效自评报告', '二、绩效目标完成情况', line);
    expect(await autoIds('share-mismatch', t('生猪出栏37.2万头、存栏21.6万头，目标分别为36万头和20万头，分别完成目标的103.33%和108.00%。'))).toEqual([]);
    // (a rate of one result and its target is checked)
    expect(await autoIds('share-mismatch', t('生猪出栏37.2万头，目标为36万头，完成目标的104.33%。'))).toEqual(['share-mismatch']);
  });
});

describe('years (Henan and Shandong shapes)', () => {
  it('the year a thing was bought or a contract signed is no data year', async () => {
    const t = (line: string) => doc('许昌市综合检验检测中心2023年度部门决算', '七、国有资产占用情况', line);
    expect(await autoIds('year-mismatch', t('其中，液相色谱—串联质谱仪于2019年购置，原值86.50万元。'))).toEqual([]);
    expect(await autoIds('year-mismatch', t('物业管理费按照2021年签订的三年期物业服务合同支付，本年支付11.42万元。'))).toEqual([]);
    expect(await autoIds('year-mismatch', t('其中，液相色谱—串联质谱仪2019年原值86.50万元。'))).toEqual(['year-mismatch']);
  });
});
