/**
 * count-mismatch (warning), DOMAIN §5/§6: a declared count ("内设局室5个，分别为：…",
 * "A、B、C等3个项目") must equal the number of items listed, and the list must not repeat an item.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'count-mismatch';
/** Section 一 with one sentence under its first sub-heading: the sentence is line 7. */
const one = (sentence: string) => withSection('一', `（一）部门（单位）基本情况\n${sentence}`);

describe('a count joined after the listed items (A、B和4个县市业务骨干) is one more member, not their count (twenty-eighth field trial)', () => {
  it('is not compared with the items before it', async () => {
    expect(await runRule(RULE, one('由分管副局长任组长，农田建设管理科、计划财务科和4个县市业务骨干共11人参加。'))).toEqual([]);
    // (nor the subject of a verb before the count: the platforms cover the 14 clinics)
    expect(await runRule(RULE, one('医共体远程心电、影像诊断平台覆盖全部14个乡镇卫生院。'))).toEqual([]);
    // (nor what was done around the items: twenty-ninth field trial)
    expect(await runRule(RULE, one('本部门围绕文化惠民、全民健身和全域旅游设定了6项年度绩效目标。'))).toEqual([]);
    // held: the items before a count with no joining word are its list
    expect(await runRule(RULE, one('局机关设综合股、财务股、法制股4个股室。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton (内设股室3个：3 listed)', SKELETON],
      ['the seed (内设局室5个：5 listed)', SEED],
      ['a count in Chinese numerals', one('内设股室三个，分别为：办公室、预算股、绩效股。')],
      ['items separated by ，', one('内设股室3个，分别为：办公室，预算股，绩效股。')],
      ['an item with a parenthesis', one('内设股室3个，分别为：办公室（财务股）、预算股、绩效股。')],
      ['titles one after the other, no mark between (《A》《B》…, forty-third field trial)', one('全年修订完善内部管理制度5项，分别为《预算管理办法》《财务报销管理规定》《政府采购内部控制规程》《国有资产管理办法》《项目资金管理办法》，内控制度执行情况良好。')],
      ['so many for each item (石坝镇、双河镇、桃川镇各2个; forty-third field trial)', one('已建成的16个服务点中，城关镇4个，龙口镇3个，石坝镇、双河镇、桃川镇各2个，柳沟镇、白云镇、青峰镇各1个。')],
      ['two counts before 即, the list of the first (4个乡镇17个行政村，即A乡、B镇、C乡、D乡; forty-fifth field trial)', one('项目涉及4个乡镇17个行政村，即阿克塔什乡、英巴格镇、托格拉克乡、喀拉苏乡，分别涉及行政村5个、4个、4个、4个。')],
      ['ten items', one('内设机构10个，分别为：办公室、预算股、绩效股、国库股、综合股、经建股、农业股、社保股、行政政法股、教科文股。')],
      ['"A、B、C等3个项目"', one('全年重点实施了道路改造、管网建设、绿化提升等3个项目。')],
      ['"A、B、C等4个项目": a list ending in 等 is open, not counted', one('全年实施项目包括：道路改造、管网建设、绿化提升等4个项目。')],
      ['"A、B和C" is three items', one('内设股室3个，分别为办公室、预算股和绩效股。')],
      ['a clause after the list is not an item', one('内设股室3个，分别为：办公室、预算股、绩效股，共有干部职工20人。')],
      ['"A及所属B、C共3个": 及 joins the first item to the rest', one('本单位决算由站本级及所属东湖水文监测点、西山水文监测点共3个单位的决算汇总组成。')],
      ['"A与B、C" after the count: 与 joins the first two', one('下设事务中心3个，分别为：档案中心与信息中心、后勤服务中心。')],
      // a colon after a shortfall's count opens its cause, not a list (thirteenth field trial)
      ['"少建5处：原因是A，B": the clauses after the colon say why', one('乡村文化广场少建5处：原因是部分村集体调整了建设用地，新选址需重新报批。')],
      ['"少建5处：主要是A，B"', one('乡村文化广场少建5处：主要是部分村集体调整了建设用地，新选址需重新报批。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('titles one after the other, one fewer than the count (forty-third field trial)', async () => {
      expect(await runRule(RULE, one('全年修订完善内部管理制度5项，分别为《预算管理办法》《财务报销管理规定》《政府采购内部控制规程》《国有资产管理办法》，内控制度执行情况良好。'))).toMatchObject([{ ruleId: RULE, data: { declared: 5, listed: 4 } }]);
    });
    it('内设股室4个 with three listed', async () => {
      expect(await runRule(RULE, one('内设股室4个，分别为：办公室、预算股、绩效股。'))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '一', line: 7 }, expected: '4个', actual: '列出 3个',
          data: { declared: 4, listed: 3, items: '办公室、预算股、绩效股' },
          message: '“内设股室”写明 4个，实际列出 3个（办公室、预算股、绩效股）',
        },
      ]);
    });

    it('words with a year between the count and 包括 (所属单位4家参加了2025年度部门决算，包括…): named by the words before the count', async () => {
      const text = (n: number) => one(`本局所属单位${n}家参加了2025年度部门决算，包括本局本级（含本级行政及本级事业）、图书资料中心、石刻博物馆、纪念馆。`);
      expect(await runRule(RULE, text(4))).toEqual([]);
      expect((await runRule(RULE, text(5))).map((f) => f.message)).toEqual(['“本局所属单位”写明 5家，实际列出 4家（本局本级（含本级行政及本级事业）、图书资料中心、石刻博物馆、纪念馆）']);
    });

    it('a count whose list follows on numbered lines after 分别是： (fourteenth field trial)', async () => {
      const text = (n: number) => one(`本部门内设机构${n}个，分别是：\n1.办公室\n2.政策法规科\n3.市容环卫科`);
      expect(await runRule(RULE, text(3))).toEqual([]);
      expect(await runRule(RULE, text(4))).toMatchObject([{ data: { declared: 4, listed: 3 } }]);
    });

    it('四个 (Chinese numeral) with three listed', async () => {
      expect(await runRule(RULE, one('内设股室四个，分别是：办公室、预算股、绩效股。'))).toMatchObject([{ data: { declared: 4, listed: 3 } }]);
    });

    it('a repeated item, count right', async () => {
      expect(await runRule(RULE, one('内设股室3个，分别为：办公室、预算股、办公室。'))).toMatchObject([
        { location: { section: '一', line: 7 }, data: { declared: 3, listed: 3 }, message: '“内设股室”所列名单中“办公室”重复出现' },
      ]);
    });

    it('"等2个项目" after three items: a list ending in 等 may name fewer, never more', async () => {
      expect(await runRule(RULE, one('全年实施项目包括：道路改造、管网建设、绿化提升等2个项目。'))).toMatchObject([
        { location: { section: '一', line: 7 }, data: { declared: 2, listed: 3, items: '道路改造、管网建设、绿化提升' } },
      ]);
    });

    it('"等3个项目" repeating an item', async () => {
      expect(await runRule(RULE, one('全年实施项目包括：道路改造、管网建设、道路改造等3个项目。'))).toMatchObject([
        { data: { declared: 3, listed: 3 }, message: expect.stringContaining('“道路改造”重复出现') },
      ]);
    });

    it('"A及所属B、C共4个单位": a count that no joining fits (及 joins items only to fit the count)', async () => {
      expect(await runRule(RULE, one('本单位决算由站本级及所属东湖水文监测点、西山水文监测点共4个单位的决算汇总组成。'))).toMatchObject([
        { location: { section: '一', line: 7 }, data: { declared: 4 } },
      ]);
    });

    it('a 和 inside a name joins no items (人力资源和社会保障股 is one)', async () => {
      expect(await runRule(RULE, one('内设股室3个，分别为：办公室、人力资源和社会保障股。'))).toMatchObject([
        { location: { section: '一', line: 7 }, data: { declared: 3, listed: 2, items: '办公室、人力资源和社会保障股' } },
      ]);
    });

    it('a list after the colon of a shortfall\'s count is still counted (少建5处：A、B)', async () => {
      expect(await runRule(RULE, one('乡村文化广场少建5处：东岭村、西岭村。'))).toMatchObject([{ location: { section: '一', line: 7 }, data: { declared: 5, listed: 2 } }]);
    });

    it('the seed with 内设局室6个', async () => {
      const text = variant(SEED, ['内设局室5个', '内设局室6个']);
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '一', line: 21 }, data: { declared: 6, listed: 5 } }]);
    });
  });
});

describe('lists that are no list of what a count counts (thirty-third field trial)', () => {
  it('items with their figures in order after 分别为, a noun’s other names in brackets, items with their own count', async () => {
    expect(await runRule(RULE, one('年度目标96座以上，实际完成101座，清湾区、东岸区、石岭县、南塘县、龙溪市分别为14座、11座、29座、25座、22座。'))).toEqual([]);
    expect(await runRule(RULE, one('年度目标为5个县（市、区）全部将设施运维经费纳入本级财政预算，实际为3个（清湾区、东岸区、南塘县）。'))).toEqual([]);
    expect(await runRule(RULE, one('培训项目原计划在果洛、玉树两州举办的3期培训班中，有1期因天气原因取消。'))).toEqual([]);
    // held: a bracket of names after the count is its list, one name too few is reported
    expect(await runRule(RULE, one('实际为3个（清湾区、东岸区）。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('grades named by their numbers (三、四级手术) are no list (thirty-fourth field trial)', () => {
  it('the count after them is not compared with two items', async () => {
    expect(await runRule(RULE, one('全年完成手术4,326台，其中三、四级手术1,512台，占34.95%。'))).toEqual([]);
  });
});

describe('a list after a series of counts (辖5个行政村、1个社区，分别为：…) names the members of all of them (thirty-fourth field trial)', () => {
  it('is compared with their sum; with the last count alone when it names only its members', async () => {
    expect(await runRule(RULE, one('本镇辖5个行政村、1个社区，分别为：东村、西村、南村、北村、中村和镇南社区。'))).toEqual([]);
    // (the list names the last count's members alone: read as before)
    expect(await runRule(RULE, one('局机关设办公室1个、业务股室3个，分别为：预算股、绩效股、监督股。'))).toEqual([]);
    // broken: one name too few is neither the sum nor the last count
    expect(await runRule(RULE, one('本镇辖5个行政村、2个社区，分别为：东村、西村、南村、北村、中村和镇南社区。'))).toMatchObject([{ ruleId: RULE }]);
  });
  it('a single count’s list after 分别为： holds no colon in its first item', async () => {
    const found = await runRule(RULE, one('本局下属事业单位1个，分别为：县公路事业发展中心、县运输服务中心。'));
    expect(found).toMatchObject([{ ruleId: RULE }]);
    expect(found[0]!.message).toContain('（县公路事业发展中心、县运输服务中心）');
  });
});

describe('items set out by their ordinals between ；, and words before a count that are no list (thirty-sixth field trial)', () => {
  const text = (n: string, third = '；三标段覆盖E镇、F镇，运维设施66座') => one(`本项目按片区划分为${n}个标段实施：一标段覆盖A街道、B镇，运维设施78座；二标段覆盖C镇、D镇，运维设施81座${third}。`);
  it('held: each ordinal\'s clause is one item, the 、 inside it splits none', async () => {
    expect(await runRule(RULE, text('3'))).toEqual([]);
  });
  it('broken: a count the ordinal items do not make', async () => {
    expect(await runRule(RULE, text('4'))).toMatchObject([{ ruleId: RULE }]);
    expect(await runRule(RULE, text('3', ''))).toMatchObject([{ ruleId: RULE }]);
  });
  it('the places the counted are in (A镇、B镇有14座设施) and what they are like (…较长、…差的14座设施) are no list of them', async () => {
    expect(await runRule(RULE, one('二是沙陂镇、横岭镇有14座设施建成于2017年前后。对运行年限较长、出水稳定性差的14座设施进行工艺评估。'))).toEqual([]);
    // (held: names joined to the count are still its list)
    expect(await runRule(RULE, one('局机关设办公室、财务股、法制股3个股室。'))).toEqual([]);
    expect(await runRule(RULE, one('局机关设办公室、财务股、法制股4个股室。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('words joined by 、…和 before a count with no noun after it may be kinds of what is counted (水库、山塘和河道工程项目9个) (thirty-sixth field trial)', () => {
  it('are not checked as its list, and the check is listed as skipped with its reason', async () => {
    expect(await runRule(RULE, one('自评小组现场核查水库、山塘和河道工程项目9个，对发现的问题当场予以核实。'))).toEqual([]);
    const { auditText } = await import('../helpers/audit.js');
    const checks = (await auditText(`某单位2025年度工作情况\n自评小组现场核查水库、山塘和河道工程项目9个，对发现的问题当场予以核实。\n`)).files[0]!.checks!.filter((c) => c.relation === 'count');
    expect(checks.map((c) => [c.status, c.reason])).toEqual([['skipped', expect.stringContaining('种类')]]);
    // (as many kinds as the count: they are its members, and agree)
    expect(await runRule(RULE, one('全年修订财务报销、公务接待和政府采购内控制度3项。'))).toEqual([]);
    // held: more words than the count is wrong however they are read
    expect(await runRule(RULE, one('全年修订财务报销、公务接待、差旅管理和政府采购内控制度2项。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('words joined by 、 before a count with no noun after it, far fewer than the count, are kinds (撤销、变更或确认违法22件) (trial 59)', () => {
  it('are not checked as its list', async () => {
    expect(await runRule(RULE, one('已审结的171件中，维持118件，撤销、变更或确认违法22件，驳回、终止等其他方式结案31件。'))).toEqual([]);
    // held: a count near the words listed, with no noun after it, counts them
    expect(await runRule(RULE, one('全年修订财务报销、公务接待、差旅管理和政府采购内控制度2项。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('classes named by numerals after words that rate them (评定为四、五类的危桥共4座) are no list (trial 60)', () => {
  it('are not counted against the count', async () => {
    expect(await runRule(RULE, one('全市农村公路现有桥梁286座，经定期检查评定为四、五类的危桥共4座。'))).toEqual([]);
    // held: names before the count are still its list
    expect(await runRule(RULE, one('经定期检查评定为危桥的有东河桥、西河桥共4座。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('clauses after a list that speak of its items (分别为A和B，前者因…，后者因…) are no items (thirty-seventh field trial)', () => {
  it('the list is the names before them, split at 和 to fit the count', async () => {
    expect(await runRule(RULE, one('未竣工的2个项目分别为肉牛养殖圈舍扩建项目和冷链仓储设施项目，前者因用地手续办理滞后延迟开工，后者因设备供货延期未能按期完工。'))).toEqual([]);
    expect(await runRule(RULE, one('未竣工的2个项目分别为甲项目、乙项目，均因设备供货延期未能按期完工。'))).toEqual([]);
    // held: a count the names do not fit
    expect(await runRule(RULE, one('未竣工的3个项目分别为肉牛养殖圈舍扩建项目、冷链仓储设施项目，前者因用地手续办理滞后延迟开工，后者因设备供货延期未能按期完工。'))).toMatchObject([{ ruleId: RULE, data: { declared: 3, listed: 2 } }]);
  });
});

describe('a count inside one item of a list that goes on after it (…、残疾人两项补贴、养老服务体系建设五个重点项目) (thirty-eighth field trial)', () => {
  it('names that item\'s own kinds, not the items before it', async () => {
    expect(await runRule(RULE, one('选取城乡最低生活保障、特困人员救助供养、临时救助、残疾人两项补贴、养老服务体系建设五个重点项目开展单位自评。'))).toEqual([]);
    // held: a count at the end of its list counts the items before it
    expect(await runRule(RULE, one('重点保障城乡最低生活保障、特困人员救助供养、临时救助三项资金。'))).toEqual([]);
    expect(await runRule(RULE, one('重点保障城乡最低生活保障、特困人员救助供养、临时救助两项资金。'))).toMatchObject([{ ruleId: RULE, data: { declared: 2, listed: 3 } }]);
  });
});

describe('items each a name and its money with clauses of their own, one between each ； (分别为：A经费…，占…；B经费…，占…), are counted one a clause (forty-first field trial)', () => {
  const text = (last: string) => one(`全年共安排专项项目5个，分别为：食品安全抽检监测经费1,386.20万元，占项目支出的32.86%；特种设备安全监察经费612.75万元，占14.53%；知识产权保护与运用专项958.40万元，占22.72%；执法办案及信息化运维经费824.16万元，占19.54%${last}。`);
  it('agrees with the count', async () => {
    expect(await runRule(RULE, text('；标准化及计量检定经费437.00万元，占10.36%'))).toEqual([]);
  });
  it('held: one item short is reported', async () => {
    expect((await runRule(RULE, text(''))).map((f) => f.message)).toEqual([expect.stringContaining('实际列出 4个')]);
  });
  it('a list of counts after 包括 and another statement after the ； is no such list', async () => {
    expect(await runRule(RULE, one('医院联系成员单位共16家，包括乡镇卫生院14家和社区卫生服务中心2家；通过远程医疗平台为成员单位提供会诊1,286例。'))).toEqual([]);
  });
});

describe('a count whose list gives each item its own count in measure words of its kind (机井5眼、提灌泵站3座、蓄水池6座) is a sum of counts, no list of names (forty-second field trial)', () => {
  it('is not counted as three items', async () => {
    expect(await runRule(RULE, one('项目配套建设了机井、泵站、蓄水池等水源工程共14座，分别为机井5眼、提灌泵站3座、蓄水池6座。'))).toEqual([]);
  });
});
