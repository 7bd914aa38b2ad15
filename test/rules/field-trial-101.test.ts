/**
 * Hundred-and-first field trial (thirty-seventh round): shapes of reports written in the manner of Shanghai, Jiangsu, Tianjin,
 * Hebei, Hunan, Guangdong, Qinghai, Gansu, Inner Mongolia, Yunnan and Hainan units that raised false findings, and two left by the
 * hundredth (Hubei). Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure or phrase
 * changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('lists and counts (Guangdong, Yunnan and Tianjin shapes)', () => {
  it('a list whose parts make its total is not carried into the next paragraph by a clause after its last part (，主要用于…)', async () => {
    const t = (second: string) => doc('某县住房和城乡建设局2023年度部门决算', '三、一般公共预算财政拨款支出', `1．城乡社区支出1,684.20万元，包括城乡社区管理事务支出1,052.05万元和城乡社区公共设施支出${second}万元，主要用于机关运行。`, '2．住房保障支出631.48万元。');
    expect(await autoIds('sum-mismatch', t('632.15'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('642.15'))).toEqual(['sum-mismatch']);
  });
  it('the 合计 after a list of items with their figures is no item of the list counted', async () => {
    const t = (n: number) => doc('某乡人民政府2023年度部门整体支出绩效自评报告', '一、部门基本情况', `2023年我乡共实施项目${n}个，分别为：村级组织运转经费186.40万元，乡村公益性岗位补贴64.80万元，民族团结进步示范创建经费34.00万元，合计285.20万元。`);
    expect(await autoIds('count-mismatch', t(3))).toEqual([]);
    expect(await autoIds('count-mismatch', t(4))).toEqual(['count-mismatch']);
  });
  it('works done to one noun joined by 、 (新建、改扩建学校4所) are no list of what is counted', async () => {
    const t = (items: string) => doc('某区教育局2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标', `学位供给：完成${items}4所，全年新增公办学位5400个。`);
    expect(await autoIds('count-mismatch', t('新建、改扩建学校'))).toEqual([]);
    expect(await autoIds('count-mismatch', t('东城小学、西城小学'))).toEqual(['count-mismatch']);
  });
  it('a name ending in 集团 is an item before 和', async () => {
    const t = (n: number) => doc('某区城市管理委员会2023年度道路清扫保洁项目支出绩效自评报告', '一、项目基本情况', `三个标段的中标单位共${n}家，分别是滨河环境服务有限公司、津洁环卫集团和海河城市美容有限公司。`);
    expect(await autoIds('count-mismatch', t(3))).toEqual([]);
    expect(await autoIds('count-mismatch', t(4))).toEqual(['count-mismatch']);
  });
});

describe('rates and their plans (Hainan and Inner Mongolia shapes)', () => {
  it('a total spent (全年合计执行) is measured against no one part’s plan', async () => {
    const t = (rate: string) =>
      doc('某镇人民政府2023年度部门整体支出绩效自评报告', '一、部门基本情况', `本单位2023年全年预算数为2,532.20万元。其中基本支出全年预算数1,380.20万元，执行1,366.94万元，执行率99.04%；项目支出全年预算数1,152.00万元，执行1,134.51万元，执行率98.48%。全年合计执行2,501.45万元，预算执行率为${rate}%。`);
    expect(await autoIds('share-mismatch', t('98.79'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('97.79'))).toEqual(['share-mismatch']);
  });
  it('how far spending went past the plan (超出预算0.46万元) is no plan', async () => {
    const t = (line: string) => doc('某旗退役军人事务局2023年度部门整体支出绩效自评报告', '一、部门基本情况', line);
    expect(await autoIds('share-mismatch', t('2023年“三公”经费年初预算8.50万元。全年“三公”经费实际支出8.96万元。“三公”经费实际支出超出预算0.46万元，为预算数的105.41%，超支原因是公务用车大修。'))).toEqual([]);
    // (with the plan in its sentence, the rate is checked against it: 8.96 of 8.50 is not 106.41%)
    expect(await autoIds('share-mismatch', t('2023年“三公”经费年初预算8.50万元，实际支出8.96万元，超出预算0.46万元，为预算数的106.41%。'))).toEqual(['share-mismatch']);
  });
});

describe('staffing (Inner Mongolia shape)', () => {
  it('public-welfare posts (公益性岗位) are off the quota', async () => {
    const t = (off: string) => doc('某旗退役军人事务局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `核定编制15名，年末实有工作人员17人，其中在编人员14人、${off}3人。`);
    expect(await autoIds('staffing-exceeds-quota', t('公益性岗位人员'))).toEqual([]);
    expect(await autoIds('staffing-exceeds-quota', t('工勤人员'))).toEqual(['staffing-exceeds-quota']);
  });
});

describe('goals (Shanghai and Hubei shapes)', () => {
  it('a cause over two clauses (因…，需…，工期顺延至…) explains a shortfall', async () => {
    const t = (cause: string) =>
      doc('某区卫生健康委员会2023年度部门整体支出绩效自评报告', '一、部门整体支出绩效目标', '重点项目按期完成率达到100%。', '二、绩效目标完成情况', `年度确定的10个重点项目中，已按期完成9个，按期完成率为90%，未达到100%的目标。${cause}`, '三、存在的问题', '部分项目预算编制精准度不够。');
    expect(await autoIds('goal-shortfall-unexplained', t('未按期完成的为病房改造项目，因施工中发现结构加固需求，需补充设计变更，工期顺延至2024年6月。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('未按期完成的为病房改造项目，工期至2024年6月。'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('a length in 米 answers a target in 公里', async () => {
    const t = (result: string) => doc('鄂南县水利和湖泊局2023年度中小河流治理项目支出绩效自评报告', '一、项目基本情况', '年度目标：新建堤防不少于4公里。', '二、绩效目标实现情况', `新建堤防${result}米。`);
    expect(await autoIds('goal-without-result', t('4200'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('3800'))).toEqual(['goal-shortfall-unexplained']);
  });
});
