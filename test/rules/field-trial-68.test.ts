/**
 * Sixty-eighth field trial (thirtieth round): shapes of reports written in the manner of Jilin, Shanxi, Ningxia,
 * Guangxi, Xinjiang and Hunan units that raised false findings. Each shape holds (no finding on the correct text)
 * and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a breakdown by category details the figure spent, not a count in the clause that says what a balance is (Jilin shape)', () => {
  const text = (third: string) =>
    doc(
      '某市住房和城乡建设局2023年度老旧小区改造项目支出绩效自评报告',
      '一、项目基本情况',
      '全年实际支出9,985.36万元，占到位资金的91.95%，结转874.64万元，主要为1个未完工小区的工程进度款和已完工小区的质量保证金。按改造类别分：',
      '1.基础类改造支出7,260.48万元，占实际支出的72.71%。其中外墙保温工程4,182.30万元，屋面防水工程1,106.18万元，老旧管网更新1,972.00万元。',
      '2.完善类改造支出2,134.88万元，占支出总额的21.38%。',
      `3.提升类改造支出${third}万元，占支出总额的5.91%。`,
    );
  it('holds; a wrong item still fails', async () => {
    expect(await ids('share-mismatch', text('590.00'))).toEqual([]);
    expect(await ids('sum-mismatch', text('590.00'))).toEqual([]);
    expect(await ids('share-mismatch', text('690.00'))).toContain('share-mismatch');
  });
});

describe('a list of one body and a count of others (本级和所属5个事业单位) is no list of two names (Shanxi shape)', () => {
  const text = (n: string) =>
    doc(
      '某县卫生健康和体育局2023年度部门决算说明',
      '一、部门基本情况',
      '纳入本部门2023年度部门决算编制范围的单位共6个，包括局机关本级和所属5个事业单位，所属单位分别是：',
      '1.县疾病预防控制中心；',
      '2.县卫生健康综合行政执法队；',
      '3.县妇幼保健计划生育服务中心；',
      '4.县全民健身服务中心；',
      '5.县中医药发展服务中心。',
      `局机关设办公室、财务股、医政股${n}个股室。`,
    );
  it('holds; a list of names still fails', async () => {
    expect(await ids('count-mismatch', text('3'))).toEqual([]);
    expect(await ids('count-mismatch', text('4'))).toContain('count-mismatch');
  });
});

describe('三公 items named with 和 before 分别为, their budgets named after (Ningxia shape)', () => {
  const text = (car: string) =>
    doc(
      '某县教育体育局2023年度部门整体支出绩效自评报告',
      '（三）“三公”经费',
      `2023年“三公”经费预算28.00万元，实际支出21.46万元。分项来看，因公出国（境）费、公务接待费和公务用车运行维护费分别为0万元、4.26万元和${car}万元，对应的预算数分别为0万元、6.00万元和22.00万元。本年度未购置公务用车。`,
    );
  it('holds and fails', async () => {
    expect(await ids('sangong-component-missing', text('17.20'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('17.20'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('17.30'))).toContain('sangong-total-mismatch');
  });
});

describe('第一批中央资金 names no part of 第一批: 中 of 中央 is no “among” (Guangxi shape)', () => {
  const text = (joint: string) =>
    doc(
      '某县乡村振兴局2023年度衔接推进乡村振兴补助资金项目支出绩效自评报告',
      '一、项目基本情况',
      '1.中央财政衔接资金6842.00万元，分两批下达，其中第一批4105.00万元、第二批2737.00万元；',
      '2.自治区财政衔接资金2316.50万元，同样分两批下达，第一批和第二批分别为1480.00万元、836.50万元。',
      `第一批中央资金和第一批自治区资金于2023年1月提前下达，合计${joint}万元。`,
    );
  it('holds', async () => {
    expect(await ids('sum-mismatch', text('5585.00'))).toEqual([]);
  });
});

describe('an indicator’s full marks named after a rate (预算执行指标10分) are a part of the full marks (Guangxi shape)', () => {
  const text = (last: string) =>
    doc(
      '某县2023年度项目支出绩效自评报告',
      '六、自评得分情况',
      `本次自评满分100分，其中产出指标50分，得48分；效益指标30分，得28.5分；满意度指标10分，得10分；预算执行指标${last}分，得9.5分。`,
    );
  it('holds and fails', async () => {
    expect(await ids('sum-mismatch', text('10'))).toEqual([]);
    expect(await ids('sum-mismatch', text('15'))).toContain('sum-mismatch');
  });
});

describe('a rate of figures in 万米, and a result stated against its target’s figure (Xinjiang shape)', () => {
  const text = (rate: string, herders: string) =>
    doc(
      '某县2023年度草原生态保护补助奖励项目支出绩效自评报告',
      '一、项目基本情况',
      '总体目标：补奖资金足额兑付到户，受益牧户不少于3,100户；完成草原围栏建设8.5万米，聘用草原管护员86名。',
      '四、绩效指标完成情况分析',
      `补奖资金共发放3,126户，超过3,100户的目标值，其中禁牧户1,048户、草畜平衡户${herders}户；聘用草原管护员86名，完成目标。草原围栏建设完成8万米，目标为8.5万米，完成率${rate}%，扣0.35分。`,
      '五、存在的问题',
      '草原围栏建设未全部完成，原因是部分地块冻土期提前，施工中断。',
    );
  it('holds; a wrong rate and a wrong part each fail', async () => {
    expect(await ids('share-mismatch', text('94.12', '2,078'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('94.12', '2,078'))).toEqual([]);
    expect(await ids('sum-mismatch', text('94.12', '2,078'))).toEqual([]);
    expect(await ids('share-mismatch', text('95.12', '2,078'))).toContain('share-mismatch');
    expect(await ids('sum-mismatch', text('94.12', '2,178'))).toContain('sum-mismatch');
  });
});

describe('staff counted by two measures whose shares each agree and exceed 100% together are no sum (Hunan shape)', () => {
  const text = (senior: string, pct: string) =>
    doc(
      '某县人民医院2023年度单位整体支出绩效自评报告',
      '一、单位基本情况',
      `我院核定事业编制420名，年末实有在编人员398名，空编22名；另有编外聘用人员236名，全院在职职工合计634名。在职职工中，卫生专业技术人员546名，占在职职工总数的86.12%；具有副高级及以上职称的${senior}名，占${pct}%。`,
    );
  it('holds; a share that disagrees still fails', async () => {
    expect(await ids('sum-mismatch', text('98', '15.46'))).toEqual([]);
    expect(await ids('share-mismatch', text('98', '15.46'))).toEqual([]);
    expect(await ids('share-mismatch', text('98', '16.46'))).toContain('share-mismatch');
  });
});
