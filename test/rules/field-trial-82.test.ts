/**
 * Eighty-second and eighty-third field trials (thirty-third round): shapes of reports written in the manner of Henan, Guangdong,
 * Inner Mongolia, Fujian, Chongqing, Hebei, Jiangsu, Hubei, Tianjin and Zhejiang units that raised false findings. Each shape
 * holds (no finding on the correct text) and fails (the finding on a text with one figure changed, or without the words that
 * made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { createNodeAuditor, resolveProfile } from '../../src/lib/node.js';
import { doc, ids, RULES, runRule } from '../helpers/rule-tester.js';

describe('a part’s execution rate against the part’s plan, broken down after the whole plan (Henan shape)', () => {
  const text = (rate: string) =>
    doc(
      '某市民政局2023年度部门整体支出绩效自评报告',
      '二、部门预算及执行情况',
      '（一）预算安排情况',
      '2023年年初部门预算5,200.00万元，年度中追加600.00万元，调整后预算为5,800.00万元。',
      '按支出性质分：基本支出1,300.00万元，项目支出4,500.00万元。',
      '（二）预算执行情况',
      '2023年度部门决算支出5,620.00万元，预算执行率96.90%。',
      `1.基本支出1,274.00万元，执行率${rate}。`,
      '2.项目支出4,346.00万元，执行率96.58%。',
    );
  it('holds: 98.00% and 96.58% are of 1,300.00 and 4,500.00, not of 5,800.00; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('98.00%'))).toEqual([]);
    expect(await ids('share-mismatch', text('97.00%'))).toEqual(['share-mismatch']);
  });
});

describe('a list after two counts each written after its noun (Guangdong shape)', () => {
  const text = (list: string) =>
    doc(
      '某区文化广电旅游体育局2023年度公共文化服务体系建设项目支出绩效自评报告',
      '三、项目绩效目标完成情况',
      `全年新建图书馆分馆3个、文化馆分馆2个，分别为：${list}。`,
    );
  it('holds: five names for 3 + 2; four names still fail', async () => {
    expect(await ids('count-mismatch', text('东湖街道图书分馆、沙岗镇图书分馆、石桥镇图书分馆，以及东湖街道文化分馆、云峰街道文化分馆'))).toEqual([]);
    expect(await ids('count-mismatch', text('东湖街道图书分馆、沙岗镇图书分馆、石桥镇图书分馆，以及东湖街道文化分馆'))).toEqual(['count-mismatch']);
  });
});

describe('a rate’s shortfall that a cause is said to have brought about, 造成 (Inner Mongolia shape)', () => {
  const text = (named: string) =>
    doc(
      '某旗农牧局2023年度草原生态保护补助奖励项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '预算执行率100%。',
      '二、项目绩效目标完成情况',
      '预算执行率99.42%。',
      '三、存在的问题',
      `（一）个别草场权属纠纷影响资金兑付。部分草场因相邻牧户边界不清，未能在年内完成兑付，造成${named}未达到年度目标。`,
    );
  it('holds: the sentence naming 预算执行率 explains it; one naming another indicator does not', async () => {
    expect(await ids('goal-shortfall-unexplained', text('预算执行率'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('草畜平衡面积'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('how far a target was met, 为目标值的p%, where a heading about targets stands in the results part (Fujian shape)', () => {
  const text = (clause: string) =>
    doc(
      '某市自然资源和规划局2023年度国土变更调查项目支出绩效自评报告',
      '一、基本情况',
      '（一）项目概况',
      '项目由市本级组织实施，覆盖全市11个县（区）。',
      '（二）项目绩效目标',
      '完成变更调查图斑核查不少于12,000个。',
      '二、项目资金使用及管理情况',
      '全年预算186.00万元，实际支出179.60万元，预算执行率96.56%。',
      '三、项目绩效指标完成情况',
      '（一）产出指标完成情况',
      `1.数量指标。全年完成变更调查图斑核查12,486个，${clause}。`,
      '（二）绩效目标设定的合理性',
      '数量指标以上年实际完成量为参照设定，目标值与实际完成值较为接近。',
      '四、存在问题及改进措施',
      '部分资金支付滞后。',
    );
  const warnings = async (t: string): Promise<string[]> => {
    const auditor = await createNodeAuditor({ profile: await resolveProfile('yunnan-project'), rules: RULES });
    const r = await auditor.check({ name: 'test.txt', text: t });
    return r.findings.filter((f) => f.ruleId === 'goal-without-result').map((f) => f.ruleId);
  };
  it('holds: 为目标值的104.05% sets no target; a target set in the goals part with no result is still reported', async () => {
    expect(await warnings(text('为目标值的104.05%'))).toEqual([]);
    expect(await warnings(text('为目标值的104.05%').replace('完成变更调查图斑核查不少于12,000个。', '完成变更调查图斑核查不少于12,000个，开展外业举证业务培训3期。'))).toEqual(['goal-without-result']);
  });
});

describe('the organ’s staffing, then the whole system’s (Chongqing shape)', () => {
  const text = (scope: string) =>
    doc(
      '某区卫生健康委员会2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `委机关核定行政编制35名，年末实有33人，空编2名。${scope}核定编制2,860名，实有在编人员2,714人。`,
    );
  it('holds: 35 / 33 and 2,860 / 2,714 are two scopes; the same scope stated twice still conflicts', async () => {
    expect(await ids('same-figure-conflict', text('全系统'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('本委'))).toEqual(['same-figure-conflict', 'same-figure-conflict']);
  });
});

describe('the staffing of the units after 所属事业单位…分别为： (Hebei shape)', () => {
  const text = (again: string) =>
    doc(
      '某县卫生健康局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '截至2023年12月31日，本部门核定编制60名，其中行政编制18名、事业编制42名；年末实有在职人员56人，其中行政人员17人、事业人员39人。所属事业单位编制及实有人员分别为：县疾病预防控制中心编制22名、实有20人；县卫生健康综合监督执法大队编制10名、实有10人；县妇幼保健计划生育服务中心编制10名、实有9人。',
      again,
    );
  it('holds: each unit’s 实有 is its own; the department’s headcount stated otherwise still conflicts', async () => {
    expect(await ids('same-figure-conflict', text(''))).toEqual([]);
    expect(await ids('same-figure-conflict', text('本部门年末实有在职人员55人。'))).toEqual(['same-figure-conflict']);
  });
});

describe('a part broken down by function after its colon, over the ； (Jiangsu shape)', () => {
  const text = (last: string) =>
    doc(
      '某县交通运输局2023年度部门整体支出绩效自评报告',
      '二、部门整体收支情况',
      '2023年度全年调整后预算为27,350.00万元，实际支出26,215.08万元，预算执行率95.85%。',
      '按支出性质分，基本支出4,982.66万元，占总支出的19.01%；项目支出21,232.42万元，占80.99%。',
      `从资金性质看，一般公共预算财政拨款支出21,274.13万元，按功能分类：交通运输支出19,382.51万元，占91.11%；社会保障和就业支出1,186.40万元；卫生健康支出268.32万元；住房保障支出${last}万元。`,
    );
  it('holds: the four functions make 21,274.13, no part of 26,215.08; a wrong item still fails', async () => {
    expect(await ids('sum-mismatch', text('436.90'))).toEqual([]);
    expect(await ids('sum-mismatch', text('463.90'))).toEqual(['sum-mismatch']);
  });
});

describe('another year’s figure set beside the report year’s in one sentence (Hubei shape)', () => {
  const text = (sentence: string) => doc('某市卫生健康委员会2023年度部门决算说明', '一、收入支出决算总体情况说明', sentence);
  it('holds: 2022年度为… beside 2023年度…; a sentence of 2022 alone is still reported', async () => {
    expect(await ids('year-mismatch', text('2023年度本年收入合计18,652.37万元，2022年度为17,208.45万元。'))).toEqual([]);
    expect(await ids('year-mismatch', text('2022年度本年收入合计17,208.45万元。'))).toEqual(['year-mismatch']);
  });
});

describe('a count inside one item of a list that goes on after it with 和 (Tianjin shape)', () => {
  const text = (uses: string) =>
    doc(
      '某区民政局2023年度部门决算说明',
      '一、收入支出决算总体情况说明',
      `2023年度本年支出合计28,903.57万元，其中项目支出25,687.91万元，主要用于${uses}。`,
    );
  it('holds: 残疾人两项补贴 is one item; four items said to be three still fail', async () => {
    expect(await ids('count-mismatch', text('社会救助、养老服务、儿童福利、残疾人两项补贴和社区治理等方面'))).toEqual([]);
    expect(await ids('count-mismatch', text('社会救助、养老服务、儿童福利、残疾人补贴三个方面'))).toEqual(['count-mismatch']);
  });
});

describe('a list in groups, each opened by the place its items are in (Zhejiang shape)', () => {
  const text = (last: string) =>
    doc(
      '某区住房和城乡建设局2023年度老旧小区改造项目支出绩效自评报告',
      '一、项目基本情况',
      `2023年度改造老旧小区共6个，分别为：龙泉街道的青塘小区、红丰小区，爱山街道的新华里小区、南街小区，飞英街道的${last}。`,
    );
  it('holds: six names over three groups; five still fail', async () => {
    expect(await ids('count-mismatch', text('劳动路小区、府庙小区'))).toEqual([]);
    expect(await ids('count-mismatch', text('劳动路小区'))).toEqual(['count-mismatch']);
  });
});

describe('a clause of the year before in the results part (Zhejiang shape)', () => {
  const text = (done: string) =>
    doc(
      '某区住房和城乡建设局2023年度老旧小区改造项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '完成12个老旧小区综合改造。',
      '二、项目绩效目标完成情况',
      `（1）改造小区数量：目标值12个，实际完成${done}个。`,
      `（2）与上年对比。上年度（2022年）我区完成老旧小区改造9个，惠及居民4,120户；本年完成老旧小区改造${done}个，惠及5,432户。`,
    );
  it('holds: 9个 is the year before’s; a shortfall this year is still reported', async () => {
    expect(await ids('goal-shortfall-unexplained', text('12'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('11'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('the parts of an addition to the plan, then the year’s plan it made (Henan shape)', () => {
  const text = (project: string) =>
    doc(
      '某县自然资源局2023年度部门整体支出绩效自评报告',
      '二、部门预算及执行情况',
      `年初预算3,702.45万元，年中追加160.00万元，其中基本支出追加40.00万元、项目支出追加${project}万元，全年预算调整为3,862.45万元。`,
    );
  it('holds: 40.00 + 120.00 make 160.00, and 3,862.45 is no part of it; a wrong part still fails, about 160.00 alone', async () => {
    expect(await ids('sum-mismatch', text('120.00'))).toEqual([]);
    const wrong = await runRule('sum-mismatch', text('130.00'));
    expect(wrong.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    expect(wrong[0]!.message).not.toContain('3862.45');
  });
});

describe('a change after a bracket of parts and a share, of the figure before the bracket (Shanxi shape)', () => {
  const text = (change: string) =>
    doc(
      '某市文化和旅游局2023年度部门整体支出绩效自评报告',
      '二、部门预算及执行情况',
      `其中，人员经费2,512.40万元（其中工资福利支出2,168.90万元、对个人和家庭的补助343.50万元），占基本支出的85.26%，较上年的2,388.15万元增长5.20%，增加${change}万元。`,
    );
  it('holds: 2,388.15 + 124.25 make 2,512.40, not 343.50; a wrong change still fails', async () => {
    expect(await ids('sum-mismatch', text('124.25'))).toEqual([]);
    expect(await ids('sum-mismatch', text('134.25'))).toEqual(['sum-mismatch']);
  });
});

describe('a result after the target restated by another name, in its unit (Qinghai shape)', () => {
  const text = (done: string) =>
    doc(
      '某县农牧水利局2023年度高标准农田建设项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '建设高标准农田2.00万亩，带动不少于3000户农户增收。',
      '二、项目绩效目标完成情况',
      '1.产出指标。建成高标准农田2.00万亩。',
      `2.社会效益。受益农户目标值≥3000户，实际受益农户${done}户。`,
    );
  it('holds: 3146户 answers the target of 3000户; 2900户 is a shortfall of it', async () => {
    expect(await ids('goal-without-result', text('3146'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('2900'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('the spending against a plan it is compared with, past it by a figure of its own (Chongqing shape)', () => {
  const text = (rate: string) =>
    doc(
      '某区教育委员会2023年度部门决算说明',
      '二、收入支出决算总体情况说明',
      `1.总体情况。2023年度一般公共预算财政拨款支出7698.33万元，较年初预算数7250.00万元多支出448.33万元，完成年初预算的${rate}。`,
    );
  it('holds: 106.18% is 7698.33 ÷ 7250.00, not 448.33 ÷ 7250.00; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('106.18%'))).toEqual([]);
    expect(await ids('share-mismatch', text('105.18%'))).toEqual(['share-mismatch']);
  });
});

describe('the year of a title that calls the document 决算公开说明 (Chongqing shape)', () => {
  const text = (sentence: string) => doc('某区教育委员会（本级）2023年度决算公开说明', '一、收入支出决算总体情况说明', sentence);
  it('holds: the year is read from the title; a figure of 2022 alone is reported', async () => {
    expect(await ids('year-mismatch', text('2023年度收入合计8,120.50万元。'))).toEqual([]);
    expect(await ids('year-mismatch', text('2022年度收入合计7,830.10万元。'))).toEqual(['year-mismatch']);
  });
});

describe('bare names before the last, which names its head word once for all (Shaanxi shape)', () => {
  const text = (count: string) =>
    doc('某县林业局2023年度天然林保护项目支出绩效自评报告', '一、项目基本情况', `工作小组抽取${count}个管护站实地核查，分别为四亩地、江口、广货街和筒车湾管护站。`);
  it('holds: four stations; said to be five still fails', async () => {
    expect(await ids('count-mismatch', text('4'))).toEqual([]);
    expect(await ids('count-mismatch', text('5'))).toEqual(['count-mismatch']);
  });
});

describe('a count inside the last item of a list joined by 和 (Shandong shape)', () => {
  const text = (work: string) => doc('某区民政局2023年度部门整体支出绩效自评报告', '一、部门基本情况', `主要职责：${work}。`);
  it('holds: 残疾人两项补贴 is the last of four items; three items said to be two still fail', async () => {
    expect(await ids('count-mismatch', text('牵头做好城乡低保、特困供养、临时救助和残疾人两项补贴发放工作'))).toEqual([]);
    expect(await ids('count-mismatch', text('牵头做好城乡低保、特困供养、临时救助两项工作'))).toEqual(['count-mismatch']);
  });
});

describe('a target set as a share of a whole, answered by the share of that whole (Yunnan shape)', () => {
  const text = (share: string) =>
    doc(
      '某市文化和旅游局2023年度公共文化服务项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '第三季度完成全年演出任务的70%以上。',
      '二、项目绩效目标完成情况',
      `截至9月30日，各类惠民演出累计完成${share === '75.18' ? '421' : '365'}场，占全年演出任务560场的${share}%。`,
    );
  it('holds: 75.18% of the year’s task answers the target of 70%; 65.18% falls short of it', async () => {
    expect(await ids('goal-without-result', text('75.18'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('65.18'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('a cause said as what the result was affected by, at length (Jiangsu shape)', () => {
  const text = (after: string) =>
    doc(
      '某市生态环境局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（二）部门整体支出绩效目标',
      '空气质量优良天数比率≥83%。',
      '三、部门整体支出绩效情况',
      `全年空气质量优良天数301天，优良天数比率82.47%，较年度目标83%低0.53个百分点${after}。`,
    );
  it('holds: 主要受春季沙尘天气和夏季臭氧污染影响 gives the cause; without it the shortfall is reported', async () => {
    expect(await ids('goal-shortfall-unexplained', text('，主要受春季沙尘天气和夏季臭氧污染影响'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text(''))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('two sources joined by 和, then the third after the ， making the total (Jilin shape)', () => {
  const text = (city: string) =>
    doc(
      '某市水利局2023年度中小河流治理项目支出绩效自评报告',
      '二、项目资金情况',
      `截至2023年12月31日，项目资金实际到位3,420万元，资金到位率为95.00%。其中，中央资金2,520万元和省级资金720万元已全部到位，市级配套资金到位${city}万元，尚有180万元未能及时拨付。`,
    );
  it('holds: 2,520 + 720 + 180 make 3,420; a wrong third source still fails', async () => {
    expect(await ids('sum-mismatch', text('180'))).toEqual([]);
    expect(await ids('sum-mismatch', text('170'))).toEqual(['sum-mismatch']);
  });
});

describe('a figure joined to another figure by 和, named by the words after it (Jilin shape)', () => {
  const text = (area: string) =>
    doc(
      '某市水利局2023年度中小河流治理项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '效益指标：保护耕地1.15万亩。',
      '二、项目绩效目标完成情况',
      `工程完工后，沿岸3.2万人和${area}万亩耕地得到有效保护。`,
    );
  it('holds: 1.15万亩耕地 answers 保护耕地1.15万亩; 1.05万亩 falls short of it', async () => {
    expect(await ids('goal-without-result', text('1.15'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('1.05'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('the figure of the year before, a bracket describing it, then this year’s change (Guangxi shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县卫生健康局2023年度基本公共卫生服务项目支出绩效自评报告',
      '一、项目基本情况',
      `与上年相比，2022年我县项目资金为3475.92万元（常住人口413800人、人均84元），2023年较上年增加196.22万元，增长${rate}。`,
    );
  it('holds: 5.65% is 196.22 ÷ 3475.92; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('5.65%'))).toEqual([]);
    expect(await ids('share-mismatch', text('5.95%'))).toEqual(['share-mismatch']);
  });
});

describe('the balance at the start of the year, then the one at its end, after a ； (Hainan shape)', () => {
  const text = (fiscal: string) =>
    doc(
      '某市教育局2023年度部门决算说明',
      '（四）年初结转和结余及年末结转和结余情况',
      `年初结转和结余1385.16万元，其中财政拨款结转和结余812.40万元；年末结转和结余1057.32万元，其中财政拨款结转和结余${fiscal}万元、非财政拨款结转和结余332.30万元。`,
    );
  it('holds: 1057.32 is no part of 1385.16; a wrong part of 1057.32 still fails', async () => {
    expect(await ids('sum-mismatch', text('725.02'))).toEqual([]);
    expect(await ids('sum-mismatch', text('735.02'))).toEqual(['sum-mismatch']);
  });
});

describe('a figure of the year before, then how this year’s changed from it (Sichuan shape)', () => {
  const text = (sentence: string) => doc('某县卫生健康局2023年度部门决算说明', '二、“三公”经费支出情况', `公务用车运行维护费7.12万元。${sentence}`);
  it('holds: 11.55% is 0.93 ÷ 8.05; this year’s figure named 本年 is still what changed; a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('2022年同项支出8.05万元，同比减少0.93万元，下降11.55%。'))).toEqual([]);
    expect(await ids('share-mismatch', text('2022年度同类支出385.60万元，本年支出411.82万元，同比增加26.22万元，增长6.80%。'))).toEqual([]);
    expect(await ids('share-mismatch', text('2022年同项支出8.05万元，同比减少0.93万元，下降12.55%。'))).toEqual(['share-mismatch']);
  });
});

describe('a part of the score stated in the text, its full marks in the bracket after (Heilongjiang shape)', () => {
  const text = (total: string) =>
    doc(
      '某县林业和草原局2023年度森林防火项目支出绩效自评报告',
      '三、项目绩效目标实现情况',
      '一级指标|二级指标|三级指标|年度目标值|实际完成值|分值|得分',
      '产出指标|数量指标|防火宣传材料发放数量|≥20000份|23600份|30|30',
      '产出指标|质量指标|森林火灾受害率|≤0.9‰|0.0124‰|20|20',
      '效益指标|社会效益|重特大森林火灾|0起|0起|20|20',
      '效益指标|可持续影响|防火设施持续发挥作用|长期|基本达到|10|9',
      '满意度指标|服务对象满意度|林区群众满意度|≥90%|95.60%|10|10',
      '四、绩效自评结论',
      `经自评，2023年度森林防火项目预算执行率得分9.64分（执行率96.40%，分值10分），产出指标得分50分，效益指标得分29分，满意度指标得分10分，综合得分为${total}分，自评等级为“优”。`,
    );
  it('holds: the table’s 90 and 89 with 10 and 9.64 make 100 and 98.64; a wrong total still fails', async () => {
    expect(await ids('sum-mismatch', text('98.64'))).toEqual([]);
    expect(await ids('sum-mismatch', text('97.64'))).toEqual(['sum-mismatch']);
  });
});

describe('the total of two doings said to pass the target of both (Heilongjiang shape)', () => {
  const text = (result: string) =>
    doc(
      '某县林业和草原局2023年度森林防火项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '新建和维护防火隔离带不少于120公里。',
      '二、项目绩效目标完成情况',
      `${result}。`,
    );
  it('holds: 合计126公里，超过120公里的年度目标 answers it; 106公里 in all falls short', async () => {
    expect(await ids('goal-shortfall-unexplained', text('新建防火隔离带46公里、维护80公里，合计126公里，超过120公里的年度目标'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('新建防火隔离带46公里、维护60公里，合计106公里'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('a rate named 达标率 (Tianjin shape)', () => {
  const text = (done: string, rate: string) =>
    doc(
      '某区水务局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（二）部门整体支出绩效目标',
      '区内地表水考核断面达标率不低于80%。',
      '三、部门整体支出绩效情况',
      `全区6个地表水考核断面中，${done}个达到年度水质目标，达标率${rate}。`,
    );
  it('holds: 达标率83.33% answers the target; 66.67% falls short of it', async () => {
    expect(await ids('goal-without-result', text('5', '83.33%'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('4', '66.67%'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('a figure of the year compared with, in a sentence of its own further on (Guizhou shape)', () => {
  const text = (comparison: string) =>
    doc(
      '某市卫生健康局2023年度部门决算说明',
      '一、收入支出决算总体情况说明',
      `${comparison}本年收入合计8,460.12万元，本年支出合计8,535.67万元。`,
      '三、支出决算情况说明',
      '本年支出合计8,535.67万元，其中基本支出2,187.45万元、项目支出6,348.22万元。2022年度本年支出合计8,012.55万元。',
    );
  it('holds: after “与2022年度相比，…本年支出合计增加…” the figure of 2022 is its comparison; with no comparison it is reported', async () => {
    expect(await ids('year-mismatch', text('与2022年度相比，本年支出合计增加523.12万元，增长6.53%。'))).toEqual([]);
    expect(await ids('year-mismatch', text(''))).toEqual(['year-mismatch']);
  });
});

describe('a cause said as what kept the money from being paid, 因…，未能… (Hubei shape)', () => {
  const text = (cause: string) =>
    doc(
      '某县卫生健康局2023年度家庭医生签约服务项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '预算执行率100%。',
      '二、项目绩效目标完成情况',
      '预算执行率96.99%。',
      '三、存在的问题',
      `（一）偏离原因。本项目年度预算执行率为96.99%，未全部执行的14.65万元为部分乡镇年终考核清算资金${cause}。`,
    );
  it('holds: 因考核结果复核时间较长，未能在年内拨付 explains it; without it the shortfall is reported', async () => {
    expect(await ids('goal-shortfall-unexplained', text('，因考核结果复核时间较长，未能在年内拨付'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text(''))).toEqual(['goal-shortfall-unexplained']);
  });
});
