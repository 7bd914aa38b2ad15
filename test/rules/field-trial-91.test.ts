/**
 * Ninety-first field trial (thirty-fifth round): shapes of reports written in the manner of Hunan, Hubei, Henan, Shandong, Anhui,
 * Jiangxi, Yunnan, Guizhou, Shaanxi, Inner Mongolia, Beijing and Tianjin units that raised false findings. Each shape holds (no
 * finding on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

const UNIT = '某县市场监督管理局2023年度部门整体支出绩效自评报告';

describe('三公 (Yunnan and Inner Mongolia shapes)', () => {
  it('the spending stated in a sentence of its own after the budget\'s', async () => {
    const t = (spent: string) => doc(UNIT, '一、部门基本情况', `2023年“三公”经费预算18.60万元，其中：公务用车运行维护费12.40万元，公务接待费6.20万元，因公出国（境）费0万元。全年“三公”经费支出${spent}万元，其中：公务用车运行维护费13.41万元，公务接待费2.46万元，因公出国（境）费0万元。`);
    expect(await autoIds('sangong-actual-missing', t('15.87'))).toEqual([]);
    expect(await autoIds('sangong-total-mismatch', t('15.87'))).toEqual([]);
    expect(await autoIds('sangong-total-mismatch', t('15.97'))).toEqual(['sangong-total-mismatch']);
  });
});

describe('indicator tables (Inner Mongolia shape)', () => {
  it('a lower-is-better indicator by its 指标性质 反向 and its 指标方向 小于等于, in two columns', async () => {
    const t = (got: string) =>
      doc('某旗草原工作站2023年度草原生态保护项目支出绩效自评报告', '项目支出绩效自评表', '三级指标\t指标性质\t指标方向\t年度指标值\t实际完成值\t计量单位\t分值\t得分', `草原鼠害危害率\t反向\t小于等于\t15\t${got}\t%\t10\t10`, '草原植被盖度\t正向\t大于等于\t45\t46.2\t%\t10\t10');
    expect(await autoIds('goal-shortfall-unexplained', t('11.3'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('17.3'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('shares and parts (Hunan and Beijing shapes)', () => {
  it('a share of the whole year\'s spending stated with other funds outside the four budgets, not their sum', async () => {
    const t = (pct: string) =>
      doc(
        '某县市场监督管理局2023年度部门整体支出绩效自评报告',
        '一、部门基本情况',
        '2023年度支出合计2318.46万元，其中一般公共预算支出2248.16万元，其他资金支出70.30万元。',
        '二、一般公共预算支出情况',
        `2023年一般公共预算支出中基本支出1426.72万元，占一般公共预算总支出的63.46%，占年度整体总支出的${pct}%。`,
        '2023年一般公共预算项目支出821.44万元，占一般公共预算总支出的36.54%，占年度整体总支出的35.43%。',
        '三、政府性基金预算支出情况',
        '2023年我局无政府性基金预算支出。',
      );
    expect(await autoIds('share-mismatch', t('61.54'))).toEqual([]);
    // (wrong only where it agrees with neither the stated whole nor the four budgets' sum, 63.46%)
    expect(await autoIds('share-mismatch', t('62.54'))).toEqual(['share-mismatch']);
  });
  it('a 其中 after a numbered line of its own, the line before naming the same parts of its plan', async () => {
    const t = (pct: string) =>
      doc(
        '北京市某区河湖管理中心2023年度部门整体支出绩效自评报告',
        '2.预算安排情况。全年预算数3,104.85万元，其中基本支出1,688.75万元，项目支出1,416.10万元。',
        `3.支出决算情况。2023年度支出决算2,979.62万元。其中：基本支出1,671.28万元，占支出总额的56.09%，包括人员经费1,452.36万元、公用经费218.92万元；项目支出1,308.34万元，占支出总额的${pct}%。`,
      );
    expect(await autoIds('share-mismatch', t('43.91'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('45.91'))).toEqual(['share-mismatch']);
  });
});

describe('scores and counts (Henan and Shandong shapes)', () => {
  it('a 总分 whose 其中 names each part\'s full marks and what it got: the full marks make it', async () => {
    const t = (max: string, score: string) => doc('某县卫生健康委员会2023年度基本公共卫生服务项目绩效自评报告', '五、自评结论', `本项目自评总分为100分，其中预算执行率分值10分，按执行率94.93%计得9.49分；绩效指标分值${max}分，得89.5分。项目自评得分为${score}分，自评等级为“优”。`);
    expect(await autoIds('sum-mismatch', t('90', '98.99'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('80', '98.99'))).toEqual(['sum-mismatch']);
    // (the score is the 98.99 stated, not the 100 of full marks)
    expect(await autoIds('grade-score-mismatch', t('90', '88.99'))).toEqual(['grade-score-mismatch']);
  });
  it('a count after a verb of checking, at the end of a list of ways of working, is of what was checked', async () => {
    const t = (n: string) => doc('某县卫生健康委员会2023年度基本公共卫生服务项目绩效自评报告', '二、绩效自评工作开展情况', `工作组通过查阅资金拨付凭证、调取信息系统数据、抽查12处基层医疗卫生机构和36个村卫生室、电话回访居民420人等方式开展自评。${n}`);
    expect(await autoIds('count-mismatch', t(''))).toEqual([]);
    expect(await autoIds('count-mismatch', t('共抽查卫生院、社区卫生服务中心2处。'))).toEqual([]);
    expect(await autoIds('count-mismatch', t('共抽查城关镇卫生院、西关社区卫生服务中心、东关社区卫生服务中心3处。'))).toEqual([]);
    expect(await autoIds('count-mismatch', t('重点抽查了城关镇卫生院、西关社区卫生服务中心、东关社区卫生服务中心等2处。'))).toEqual(['count-mismatch']);
  });
});

describe('changes from a year named by its number (Jiangxi, Yunnan and Tianjin shapes, left unchecked before)', () => {
  it('与2022年度…X万元相比，增加…，增长…%, in the sentence of the figure or the next', async () => {
    const same = (change: string) => doc(UNIT, '一、部门收支情况', `2023年度收入合计2386.45万元，与2022年度收入合计2150.30万元相比，增加${change}万元，增长10.98%。`);
    const next = (change: string) => doc(UNIT, '一、部门收支情况', `2023年度本年收入合计2386.45万元。与2022年度本年收入合计2150.30万元相比，增加${change}万元，增长10.98%。`);
    for (const t of [same, next]) {
      expect(await autoIds('sum-mismatch', t('236.15'))).toEqual([]);
      expect(await autoIds('share-mismatch', t('236.15'))).toEqual([]);
      expect([...(await autoIds('sum-mismatch', t('246.15'))), ...(await autoIds('share-mismatch', t('246.15')))]).not.toEqual([]);
    }
  });
  it('a year as late as the figure\'s own is no earlier year compared with', async () => {
    const t = doc(UNIT, '一、部门收支情况', '2023年度收入合计2386.45万元，与2023年度预算2400.00万元相比，减少13.55万元。');
    expect(await autoIds('sum-mismatch', t)).toEqual([]);
  });
});

describe('the province a document names (Henan shape)', () => {
  it('a county name is read where a place starts, not inside other words: 上级财政和县财政 holds 福建 政和县', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const province = async (body: string) =>
      ((await auditor.facts({ name: 't.txt', text: doc('某县农业农村局2023年度高标准农田建设项目绩效自评报告', '一、绩效目标分解下达情况', body, '二、绩效自评工作开展情况', '工作组开展了自评。') })) as { profileChoice?: { foreign?: { document?: string } } }).profileChoice?.foreign?.document;
    expect(await province('2023年，上级财政和县财政共下达项目资金3260.00万元。')).not.toBe('福建');
    expect(await province('2023年，政和县财政共下达项目资金3260.00万元。')).toBe('福建');
  });
});
