/**
 * Seventy-third and seventy-fourth field trials (thirty-second round): shapes of reports written in the manner of Shaanxi,
 * Xinjiang, Shandong, Liaoning, Heilongjiang, Xizang, Guangxi, Zhejiang, Sichuan, Chongqing, Hubei and Ningxia units that
 * raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure
 * changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { createNodeAuditor, resolveProfile } from '../../src/lib/node.js';
import { doc, ids, RULES } from '../helpers/rule-tester.js';

describe('a goal named by the words after its count, the words before only a doing and a place (Shaanxi, Xinjiang shapes)', () => {
  const text = (result: string) =>
    doc(
      '某市水利局2023年度山洪灾害防治项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '总体目标：保障全市156处山洪灾害自动监测站点正常运行，改善项目区1.2万亩农田灌溉条件，受益群众满意度达到90%以上。',
      '二、项目绩效目标完成情况',
      `${result}发展高效节水灌溉面积1.2万亩，完成率100%。受益群众满意度为93.50%。`,
      '三、存在的问题及改进措施',
      '个别站点通信信号不稳定，下一步将加强巡检。',
      '四、自评结论',
      '自评得分96分，等级为“优”。',
    );
  it('holds: each target is answered by the result of the same figure; without the result the warning stands', async () => {
    expect(await ids('goal-without-result', text('山洪灾害监测站点运维：目标值156处，实际运维156处。'))).toEqual([]);
    expect(await ids('goal-without-result', text(''))).toEqual(['goal-without-result']);
  });
});

describe('a list after two counts, going on after ，以及 (Shandong shape)', () => {
  const text = (last: string) =>
    doc(
      '某县卫生健康局2023年度基本公共卫生服务项目支出绩效自评报告',
      '一、项目基本情况',
      `项目实施主体为全县6处基层医疗卫生机构，包括4处乡镇（街道）卫生院和2处社区卫生服务中心，分别为：城关街道卫生院、东关街道卫生院、柳林镇卫生院、马集镇卫生院，以及城东社区卫生服务中心${last}。`,
    );
  it('holds: the list names the 6 of both counts; one name left out still fails', async () => {
    expect(await ids('count-mismatch', text('、城西社区卫生服务中心'))).toEqual([]);
    expect(await ids('count-mismatch', text(''))).toEqual(['count-mismatch']);
  });
});

describe('a sentence of the year before, then the change of the report’s year from it (Shandong shape)', () => {
  const text = (rate: string, executed: string) =>
    doc(
      '某县卫生健康局2023年度基本公共卫生服务项目支出绩效自评报告',
      '一、项目基本情况',
      '2023年我县常住人口48.62万人，人均补助标准为89元，项目资金总额为4327.18万元。',
      `与上年相比，2022年全县常住人口48.95万人、人均补助标准84元，资金总额4111.80万元；2023年资金总额较上年增加215.38万元，增长${rate}%。`,
      '二、项目资金使用情况',
      `全年实际支出4298.65万元，资金执行率为${executed}%，年末结余28.53万元。`,
    );
  it('holds: the change is over the year before’s figure, the rate over the year’s own total; wrong figures still fail', async () => {
    expect(await ids('share-mismatch', text('5.24', '99.34'))).toEqual([]);
    expect(await ids('share-mismatch', text('5.42', '99.34'))).toEqual(['share-mismatch']);
    expect(await ids('share-mismatch', text('5.24', '99.43'))).toEqual(['share-mismatch']);
  });
});

describe('the parts’ scores after 得分分别为, then 合计 (Liaoning shape)', () => {
  const text = (sum: string, grade: string) =>
    doc(
      '某市生态环境局2023年度部门整体支出绩效自评报告',
      '四、自评结果',
      `本次自评从预算编制（15分）、预算执行（25分）、资产管理（10分）、履职产出（30分）、履职效果（20分）五个方面打分，得分分别为14分、24分、10分、27分和19分${sum}，自评等级为“${grade}”。`,
    );
  it('holds: 合计 is the self-score, and it is graded; without it the score is missing', async () => {
    expect(await ids('self-score-missing', text('，合计94分', '优'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('，合计94分', '优'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('，合计94分', '良'))).toEqual(['grade-score-mismatch']);
    expect(await ids('self-score-missing', text('', '优'))).toEqual(['self-score-missing']);
  });
});

describe('each part’s marks then its score, then the whole score in a sentence of its own (Xizang shape)', () => {
  const text = (grade: string) =>
    doc(
      '某市农业农村局2023年度青稞良种推广项目支出绩效自评报告',
      '五、绩效自评结果',
      '依据项目支出绩效自评规定，预算执行率指标分值10分，按执行率计算得分9.74分；产出指标分值50分，自评得分48分；效益指标分值30分，自评得分28分；满意度指标分值10分，自评得分10分。',
      `项目综合自评得分95.74分，等级为“${grade}”。`,
    );
  it('holds: 95.74 is the score, not a part’s; a wrong grade for it still fails', async () => {
    expect(await ids('grade-score-mismatch', text('优'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('良'))).toEqual(['grade-score-mismatch']);
  });
});

describe('each unit’s quota and its staff, in pairs after the staff’s total (Heilongjiang shape)', () => {
  const text = (library: string) =>
    doc(
      '某市文化广电和旅游局2023年度公共文化服务体系建设项目支出绩效自评报告',
      '一、项目基本情况',
      `三家直属实施单位核定事业编制合计118人，实有在编人员109人，其中市图书馆编制45人、实有${library}人，市群众艺术馆编制48人、实有45人，市美术馆编制25人、实有23人。`,
    );
  it('holds: the staff add up to 109; a wrong one still fails', async () => {
    expect(await ids('sum-mismatch', text('41'))).toEqual([]);
    expect(await ids('sum-mismatch', text('42'))).toEqual(['sum-mismatch']);
  });
});

describe('the quotas and the staff of two bodies, then the quotas’ 合计 (Sichuan shape)', () => {
  const text = (units: string) =>
    doc(
      '某市教育局2023年度部门决算说明',
      '（三）人员情况',
      `局机关核定行政编制46名，年末实有在职人员43名；所属8个事业单位核定事业编制${units}名，年末实有在职人员1,098名；全部门核定编制合计1,172名，实有在职人员合计1,141名，另有离退休人员612名。`,
    );
  it('holds: the 合计 of the quotas adds the quotas only; a wrong quota still fails', async () => {
    expect(await ids('sum-mismatch', text('1,126'))).toEqual([]);
    expect(await ids('sum-mismatch', text('1,136'))).toEqual(['sum-mismatch']);
  });
});

describe('the staff of an office in the problems part is not the unit’s stated again (Guangxi shape)', () => {
  const text = (who: string) =>
    doc(
      '某镇人民政府2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '截至2023年12月31日，我镇核定编制50名，其中行政编制28名、事业编制22名；实有在编人员47名，其中行政人员26名、事业人员21名。',
      '四、存在的问题',
      `（一）财务人员力量薄弱。${who}仅有在编人员3名，同时承担村级财务代理等工作。`,
    );
  it('holds: 镇财政所’s 3 are its own; the town’s own staff said otherwise still conflicts', async () => {
    expect(await ids('same-figure-conflict', text('镇财政所'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('我镇'))).toEqual(['same-figure-conflict']);
  });
});

describe('a change from the year before stated from and to, a target compared with between (Zhejiang shape)', () => {
  const text = (rate: string) =>
    doc(
      '某市民政局2023年度部门整体支出绩效自评报告',
      '三、部门整体绩效目标完成情况',
      `城乡低保标准由上年的每人每月1,040元提高至1,120元，高于年度目标值1,100元，较上年提高80元，增长${rate}%。`,
    );
  it('holds: the change is of 1,120 from 1,040, not of the target; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('7.69'))).toEqual([]);
    expect(await ids('share-mismatch', text('7.96'))).toEqual(['share-mismatch']);
  });
});

describe('counts of a group that parts are counted among, then their 合计 (Chongqing shape)', () => {
  const text = (sum: string) =>
    doc(
      '某区卫生健康委员会2023年度部门决算说明',
      '二、部门工作情况',
      `持续推进基层医疗卫生机构标准化建设，18个乡镇卫生院和社区卫生服务中心中，达到国家“优质服务基层行”基本标准的有12个，达到推荐标准的有3个，合计${sum}个。`,
    );
  it('holds: 12 and 3 make 15, the 18 they are among no part; a wrong 合计 still fails', async () => {
    expect(await ids('sum-mismatch', text('15'))).toEqual([]);
    expect(await ids('sum-mismatch', text('16'))).toEqual(['sum-mismatch']);
  });
});

describe('the year a programme began, with a season between (Guizhou shape)', () => {
  const text = (since: string) =>
    doc(
      '某县教育局2023年度农村义务教育学生营养改善计划项目支出绩效自评报告',
      '一、项目基本情况',
      `营养改善计划是中央和省、县共同实施的一项民生工程。我县${since}全面实施，2023年继续按照每生每天5元的国家基础标准供餐。`,
    );
  it('holds: 自2012年春季学期起 tells when it began; a bare 2012年 in a sentence of figures still warns', async () => {
    expect(await ids('year-mismatch', text('自2012年春季学期起'))).toEqual([]);
    expect(await ids('year-mismatch', doc('某县教育局2023年度部门整体支出绩效自评报告', '二、部门预算执行情况', '2012年全年支出3,120.00万元。'))).toEqual(['year-mismatch']);
  });
});

describe('how many indicators were set is no target (Hubei shape)', () => {
  const text = (line: string) =>
    doc(
      '某市农业农村局2023年度动物防疫补助项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      line,
      '二、项目绩效目标完成情况',
      '2023年度强制免疫密度达到95.60%，免疫抗体合格率达84.50%。',
    );
  it('holds: 共设置7项 counts the indicators; a target of 7 with no result still warns', async () => {
    expect(await ids('goal-without-result', text('年度绩效指标共设置7项，其中产出指标4项、效益指标2项、满意度指标1项。'))).toEqual([]);
    expect(await ids('goal-without-result', text('年度目标：新建标准化动物防疫站7个。'))).toEqual(['goal-without-result']);
  });
});

describe('results in a part headed 绩效评价分析, under an outline of another province (Ningxia shape)', () => {
  const text = (heading: string) =>
    doc(
      '吴忠市人力资源和社会保障局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（一）部门整体绩效目标',
      '1.城镇调查失业率控制在5.5%以内；',
      '2.服务对象满意度达到90%以上。',
      '二、绩效自评工作开展情况',
      '我局成立自评工作小组，对照目标逐项核实。',
      heading,
      '（一）产出情况分析',
      '全年组织招聘会86场。',
      '（二）效果情况分析',
      '全年城镇调查失业率为5.1%，控制在5.5%以内。服务对象满意度95.60%，高于90%的目标。',
      '四、综合评价结论',
      '自评得分96.5分，等级为“优”。',
      '五、存在的问题及原因分析',
      '预算执行进度前慢后快。',
      '六、改进措施及建议',
      '加快预算执行。',
    );
  const goals = async (t: string): Promise<{ warnings: string[]; statuses: string[] }> => {
    const auditor = await createNodeAuditor({ profile: await resolveProfile('chongqing'), rules: RULES });
    const r = await auditor.check({ name: 'test.txt', text: t });
    return { warnings: r.findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => f.ruleId), statuses: (r.checks ?? []).filter((c) => c.relation === 'goal').map((c) => c.status) };
  };
  it('holds: the targets are answered there; under a heading of no results they are not checked (listed as skipped)', async () => {
    expect(await goals(text('三、绩效评价分析'))).toEqual({ warnings: [], statuses: ['pass', 'pass'] });
    expect(await goals(text('三、其他情况说明'))).toEqual({ warnings: [], statuses: ['skipped', 'skipped'] });
  });
});

describe('a shortfall said with where its problems lay, in the result’s own sentence (Jiangsu shape)', () => {
  const text = (after: string) =>
    doc(
      '某区城市管理局2023年度道路保洁项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '环境效益指标：保洁质量达标路段比例不低于95%。',
      '二、项目绩效目标完成情况',
      `第三方年终综合检查中，132条道路中有124条达到一级保洁标准，达标路段比例为93.94%，未完成目标${after}。`,
      '三、存在的问题及改进措施',
      '作业企业人员配置偏少，下一步将增配机动保洁组。',
    );
  it('holds: 主要问题集中在… gives the cause; without it the shortfall is unexplained', async () => {
    expect(await ids('goal-shortfall-unexplained', text('，主要问题集中在城郊结合部的8条支路，存在积尘、乱堆放反弹'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text(''))).toEqual(['goal-shortfall-unexplained']);
  });
});
