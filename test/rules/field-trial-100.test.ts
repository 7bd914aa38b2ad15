/**
 * Hundredth field trial (thirty-seventh round): shapes of reports written in the manner of Shandong, Henan, Liaoning, Jilin,
 * Heilongjiang, Zhejiang, Fujian, Sichuan, Yunnan, Hubei, Jiangxi, Hainan, Guangxi and Chongqing units that raised false findings.
 * Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure or phrase changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('lists, batches and tables (Jilin, Jiangxi, Shandong and Chongqing shapes)', () => {
  it('the lists of two batches are no list stated twice (第一批…15.00万元 / 全年…45.00万元)', async () => {
    const t = (scope: string) =>
      doc('白桦县林业和草原局2023年度林业改革发展资金项目支出绩效自评报告', '一、绩效目标分解下达情况', '第一批资金包括森林抚育补助420.00万元、林业有害生物防治补助63.40万元、森林草原防火补助15.00万元。第二批资金包括森林草原防火补助30.00万元。', `${scope}资金分为三项：森林抚育补助420.00万元；林业有害生物防治补助63.40万元；森林草原防火补助45.00万元。`);
    expect(await autoIds('same-figure-conflict', t('全年'))).toEqual([]);
    expect(await autoIds('same-figure-conflict', t('第一批'))).toEqual(['same-figure-conflict']);
  });
  it('a batch’s parts after 分别支持 are its own list', async () => {
    const t = (total: string) =>
      doc('赣西县交通运输局2023年度农村公路提质改造项目支出绩效自评报告', '一、绩效目标分解下达情况', `下达我县补助资金${total}万元，其中第一批资金1800.00万元，分别支持县乡道提质改造1300.00万元、危桥改造500.00万元；第二批资金1150.00万元。`);
    expect(await autoIds('sum-mismatch', t('2950.00'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('2960.00'))).toEqual(['sum-mismatch']);
  });
  it('a column per unit is no sum (单位造价（万元/公里）); a column headed with a physical measure sums in it', async () => {
    const t = (km: string) =>
      doc('赣西县交通运输局2023年度农村公路提质改造项目支出绩效自评报告', '二、绩效目标完成情况', '路线\t改造里程（公里）\t实际支出（万元）\t单位造价（万元/公里）', 'X201线\t12.4\t712.00\t57.42', 'X205线\t9.8\t556.00\t56.73', `合计\t${km}\t1268.00\t57.12`);
    expect(await autoIds('sum-mismatch', t('22.2'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('23.2'))).toEqual(['sum-mismatch']);
  });
  it('rows at one level with the row above them that make it exactly are its details, where without them the rows make the total', async () => {
    const t = (project: string) => doc('青禾县教育和体育局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '支出项目\t2023年决算数', '基本支出\t68405.27', '人员经费\t61238.90', '公用经费\t7166.37', `项目支出\t${project}`, '合计\t85973.06');
    expect(await autoIds('sum-mismatch', t('17567.79'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('17667.79'))).toEqual(['sum-mismatch']);
  });
  it('a score table’s first-level rows over second-level rows named in the next column are groups, not parts', async () => {
    const t = (got: string) =>
      doc('青禾县教育和体育局2023年度部门整体支出绩效自评报告', '六、自评结果', '我局自评得分为37.5分。', '一级指标\t二级指标\t分值\t得分', '投入\t\t20\t18.5', '\t预算编制\t10\t9.5', '\t预算执行\t10\t9.0', '过程\t\t20\t19.0', '\t资金管理\t10\t9.5', '\t项目管理\t10\t9.5', `合计\t\t40\t${got}`);
    expect(await autoIds('sum-mismatch', t('37.5'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('38.5'))).toEqual(['sum-mismatch']);
  });
  it('counts add up exactly when a 其中 sentence’s parts seek a figure of the sentence before (5件、2件、1件 are not 9件)', async () => {
    const t = (first: string) =>
      doc('某区生态环境局2023年度部门整体支出绩效自评报告', '一、绩效目标完成情况', `全年立案查处环境违法案件42件，按案由分为：超标排放15件、未批先建9件、未验先投6件、危险废物管理违法8件、其他违法行为4件。其中适用查封扣押措施${first}件、限产停产2件、按日连续处罚1件。`);
    expect(await autoIds('sum-mismatch', t('5'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('45'))).toEqual(['sum-mismatch']);
  });
});

describe('counts and lists (Liaoning and Henan shapes)', () => {
  it('a numeral and 家 that open a place’s name (三家子镇) are no count', async () => {
    const t = (line: string) => doc('松岭县农业农村局2023年度农业生产发展资金项目支出绩效自评报告', '二、绩效自评工作开展情况', line);
    expect(await autoIds('count-mismatch', t('实地抽查选取东岗镇、南河镇、三家子镇3个乡镇，抽查农户120户。'))).toEqual([]);
    // (the place is one item of a list counted)
    expect(await autoIds('count-mismatch', t('实地抽查选取2个乡镇，即东岗镇、三家子镇，抽查农户120户。'))).toEqual([]);
    expect(await autoIds('count-mismatch', t('实地抽查选取3个乡镇，即东岗镇、三家子镇，抽查农户120户。'))).toEqual(['count-mismatch']);
  });
  it('a name with a bracket after it is an item before 和 (…仲裁院（加挂…牌子）和县劳动保障监察大队)', async () => {
    const t = (n: number) => doc('泌河县人力资源和社会保障局2023年度部门整体支出绩效自评报告', '一、部门概况', `局属二级机构${n}个，分别是县就业创业服务中心、县劳动人事争议仲裁院（加挂县劳动人事争议调解中心牌子）和县劳动保障监察大队。`);
    expect(await autoIds('count-mismatch', t(3))).toEqual([]);
    expect(await autoIds('count-mismatch', t(4))).toEqual(['count-mismatch']);
  });
});

describe('changes and rates (Zhejiang, Hainan and Guangxi shapes)', () => {
  it('an item’s plan after its figure is no subject of the year-on-year change after it', async () => {
    const t = (change: string) =>
      doc('台州市统计局2023年度部门决算', '三、“三公”经费情况', `公务接待费决算3.12万元，年初预算5.60万元，完成预算的55.71%；比上年减少${change}万元，下降19.17%。`, '公务用车购置及运行维护费决算18.35万元，年初预算23.00万元，完成预算的79.78%；比上年减少1.74万元，下降8.66%。');
    expect(await autoIds('share-mismatch', t('0.74'))).toEqual([]);
    expect(await autoIds('same-figure-conflict', t('0.74'))).toEqual([]);
    // (without the plan between, the change is read as the item's: 0.84 of 3.12 + 0.84 is not 19.17%)
    expect(await autoIds('share-mismatch', doc('台州市统计局2023年度部门决算', '三、“三公”经费情况', '公务接待费决算3.12万元；比上年减少0.84万元，下降19.17%。'))).toEqual(['share-mismatch']);
  });
  it('a 三公 item’s change after the total and the item is the item’s, not the total’s', async () => {
    const t = (change: string) =>
      doc('文澜市市场监督管理局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `2023年“三公”经费预算26.50万元。实际支出23.87万元，其中公务用车运行维护费19.94万元，比上年的21.00万元减少${change}万元；公务接待费3.93万元。`);
    expect(await autoIds('sum-mismatch', t('1.06'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('1.16'))).toEqual(['sum-mismatch']);
  });
  it('an addition named by what was added (年中追加专项资金) is the change', async () => {
    const t = (added: string, after: string) => doc('某区生态环境局2023年度部门整体支出绩效自评报告', '一、基本情况', `2023年年初预算2860.45万元，年中${added}552.35万元，比年初预算增长19.31%，调整后全年预算${after}万元。`);
    expect(await autoIds('share-mismatch', t('追加专项资金', '3412.80'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('追加', '3412.80'))).toEqual([]);
    // (the year's plan against the start's and the addition is checked)
    expect(await autoIds('sum-mismatch', t('追加', '3422.80'))).toEqual(['sum-mismatch']);
  });
});

describe('goals and years (Liaoning, Sichuan, Hubei and Henan shapes)', () => {
  it('shares of the funds under a heading naming 绩效目标 set no targets, joined by 、 or after 分别占', async () => {
    const t = (line: string) =>
      doc('松岭县农业农村局2023年度农业生产发展资金项目支出绩效自评报告', '一、绩效目标分解下达情况', '（一）中央和省级下达预算及绩效目标情况', line, '二、绩效目标自评完成情况分析', '项目资金实际支出4,318.62万元。');
    expect(await autoIds('goal-without-result', t('上级财政共下达资金4,455.50万元，其中中央财政资金4,070.50万元、省级财政资金385.00万元，分别占91.36%和8.64%。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('中央资金包括耕地地力保护补贴2,946.80万元、农机购置补贴612.00万元。上述两项分别占中央资金的72.39%、15.04%。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('上级财政共下达资金4,455.50万元，力争项目区农民收入增长8%。'))).toEqual(['goal-without-result']);
  });
  it('a target answered in words: 达到…目标, 建成投入运营', async () => {
    const t = (target: string, result: string) => doc('川南县医疗保障局2023年度部门整体支出绩效自评报告', '二、部门整体支出绩效目标', target, '三、部门整体支出绩效目标完成情况', result);
    expect(await autoIds('goal-without-result', t('1.异地就医备案办理时限不超过1个工作日。', '异地就医备案窗口申请的全部当场办结，达到备案时限目标。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('建成县级零工市场1个。', '县零工市场于6月建成投入运营。'))).toEqual([]);
    expect(await autoIds('goal-without-result', t('建成县级零工市场1个。', '县零工市场选址工作有序推进。'))).toEqual(['goal-without-result']);
  });
  it('a count of whom a verb of helping served names them (帮助281名就业困难人员实现就业)', async () => {
    const t = (result: string) => doc('泌河县人力资源和社会保障局2023年度部门整体支出绩效自评报告', '二、部门整体支出绩效目标', '高校毕业生等青年就业不少于600人。', '三、绩效目标完成情况', result);
    expect(await autoIds('goal-without-result', t('全年举办高校毕业生专场招聘会6场，帮助612名高校毕业生等青年实现就业。'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('全年举办高校毕业生专场招聘会6场，帮助512名高校毕业生等青年实现就业。'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('千米 is 公里', async () => {
    const t = (result: string) => doc('鄂南县水利和湖泊局2023年度中小河流治理项目支出绩效自评报告', '一、项目基本情况', '年度目标：治理河道长度不少于12公里。', '二、绩效目标实现情况', `治理河道长度${result}千米。`);
    expect(await autoIds('goal-without-result', t('12.6'))).toEqual([]);
    expect(await autoIds('goal-shortfall-unexplained', t('11.6'))).toEqual(['goal-shortfall-unexplained']);
  });
  it('the year a project was approved (于2021年立项) is no data year', async () => {
    const t = (verb: string) => doc('鄂南县水利和湖泊局2023年度中小河流治理项目支出绩效自评报告', '一、项目基本情况', `白沙河治理工程于2021年${verb}，批复总投资5310.00万元，分两期实施。`);
    expect(await autoIds('year-mismatch', t('立项'))).toEqual([]);
    expect(await autoIds('year-mismatch', t('投资'))).toEqual(['year-mismatch']);
  });
});
