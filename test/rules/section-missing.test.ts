/**
 * section-missing (error), DOMAIN §2/§6: a required top-level section of the profile is absent.
 * Sections are matched by title (aliases, fuzzy), never by the typed number. When the document
 * matches few sections (another outline, a fragment) profile-mismatch is raised instead.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant, withoutSection } from '../helpers/rule-tester.js';

const RULE = 'section-missing';
const sections = async (text: string) => (await runRule(RULE, text)).map((f) => f.location.section).sort();

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['the seed (1、…5、 then 六、…九、; empty sections are section-empty\'s)', SEED],
      ['九 under its other title 自评结果拟应用和公开情况', variant(SKELETON, ['九、绩效自评结果及其他需要说明的情况', '九、自评结果拟应用和公开情况'])],
      ['七 under an alias, numbered 7.', variant(SKELETON, ['七、存在的问题及原因分析', '7.存在的主要问题及原因'])],
      ['七 with no number (Word list numbering lost in the text)', variant(SKELETON, ['七、存在的问题及原因分析', '存在的问题及原因分析'])],
      ['some years\' outline: 九、…拟应用和公开情况 + 十、其他需要说明的情况', variant(SKELETON, ['九、绩效自评结果及其他需要说明的情况', '九、绩效自评结果拟应用和公开情况']) + '\n十、其他需要说明的情况\n无。'],
      ['3 of 9 sections (a fragment): profile-mismatch instead', '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n基本支出300.00万元。\n三、政府性基金预算支出情况\n2025年无政府性基金预算支出。'],
      ['another province\'s outline (Hebei): profile-mismatch instead', '2025年度 示例单位部门整体支出绩效自评报告\n一、部门基本情况\n（一）部门职能与机构设置\n内设股室3个。\n二、部门整体支出管理及使用情况\n基本支出300.00万元。\n三、部门整体支出绩效情况\n完成培训12期。\n四、存在的问题及整改措施\n问题。'],
      ['八 under a title of its own, in 八\'s place (section-renamed says so)', variant(SKELETON, ['八、下一步改进措施', '八、今后工作打算'])],
      // (forty-seventh field trial: a Gansu-shaped report of six parts of its own, its score part no part of the results, its
      // part on the budget followed by parts of its own: profile-mismatch, no part of Hunan's outline missing)
      ['an outline of its own: 二、部门预算及执行情况 then parts of its own, 四、绩效评价得分情况 before its problems', '2023年度部门整体支出绩效自评报告\n一、部门基本情况\n内设股室5个。\n二、部门预算及执行情况\n基本支出300.00万元。\n三、部门整体绩效目标及完成情况\n完成培训12期。\n四、绩效评价得分情况\n自评得分89.59分。\n五、存在的问题\n问题。\n六、改进措施\n措施。'],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe("the parts by fund (二…五) in one part about spending, as Hunan's earlier outline has them (nineteenth field trial)", () => {
    /** The skeleton with 三, 四, 五 removed and 二 headed `heading`. */
    const earlier = (heading: string) => variant(withoutSection('五', withoutSection('四', withoutSection('三'))), ['二、一般公共预算支出情况', heading]);
    it('valid: 二、部门整体支出管理及使用情况 in their place stands in for each (section-renamed, a note, says so)', async () => {
      const text = earlier('二、部门整体支出管理及使用情况');
      expect(await runRule(RULE, text)).toEqual([]);
      expect((await runRule('section-renamed', text)).map((f) => f.location.section).sort()).toEqual(['三', '二', '五', '四']);
    });
    it('invalid: a part about something else in their place stands in for none', async () => {
      expect(await sections(earlier('二、主要工作完成情况'))).toEqual(['三', '二', '五', '四']);
    });
    it('invalid: the others found by their titles, one missing: a part about spending in its place stands in for no run of one', async () => {
      expect(await sections(variant(SKELETON, ['五、社会保险基金预算支出情况', '五、部门整体支出管理及使用情况']))).toEqual(['五']);
    });
  });

  describe('invalid', () => {
    it('七 removed: one error with the canonical number and title, no line to point at', async () => {
      const fs = await runRule(RULE, withoutSection('七'));
      expect(fs).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: '七' }, data: { section: '七', content: 'missing' }, message: '缺少第七部分“存在的问题及原因分析”' },
      ]);
      expect(fs[0]!.location.line).toBeUndefined();
    });

    it('四 and 五 removed: two errors', async () => {
      expect(await sections(withoutSection('四', withoutSection('五')))).toEqual(['五', '四'].sort());
    });

    it('the last section removed', async () => {
      expect(await runRule(RULE, withoutSection('九'))).toMatchObject([{ location: { section: '九' }, message: '缺少第九部分“绩效自评结果及其他需要说明的情况”' }]);
    });

    it('4 of 9 sections matched (the profile\'s minimum): the other five are missing', async () => {
      let text = SKELETON;
      for (const no of ['五', '六', '七', '八', '九']) text = withoutSection(no, text);
      expect(await sections(text)).toEqual(['五', '六', '七', '八', '九'].sort());
    });

    it('a heading of another name stands in for a part only in that part\'s place: numbered as it, between its neighbours', async () => {
      // numbered 八 but after 九: not in 八's place
      const moved = withoutSection('八', SKELETON) + '\n八、今后工作打算\n加强论证。';
      expect(await sections(moved)).toEqual(['八']);
      // in 八's place but numbered 十: no stand-in either
      expect(await sections(variant(SKELETON, ['八、下一步改进措施', '十、今后工作打算']))).toEqual(['八']);
    });

    it('a heading typed with a wrong number is still matched by title: 七 is present, 六 is missing', async () => {
      const text = variant(withoutSection('六'), ['七、存在的问题及原因分析', '六、存在的问题及原因分析']);
      expect(await sections(text)).toEqual(['六']);
    });
  });
});

/** The outline findings of a report, the outline picked for it being `profile`. */
async function outlineFindingsUnder(profile: string, text: string): Promise<string[]> {
  const { createNodeAuditor } = await import('../../src/lib/node.js');
  const r = await (await createNodeAuditor({})).check({ name: 'e.txt', text });
  expect(r.info.profile).toBe(profile);
  return r.findings.filter((f) => f.ruleId.startsWith('section-')).map((f) => `${f.ruleId} ${f.message}`);
}

describe('the results part under a heading of the report’s own numbering that says it reports the results (thirtieth field trial)', () => {
  /** A department's evaluation in eight parts of its own (as Gansu units write them); `two` heads its part 二. */
  const report = (two: string) =>
    [
      '示例县人民医院2024年度部门整体支出绩效评价报告',
      '一、基本情况', '医院核定床位300张。',
      two, '（一）年度绩效目标', '门诊服务人次达到20万人次。', '（二）目标实现情况', '全年门诊服务21.6万人次。',
      '三、绩效评价工作开展情况', '成立评价工作组，采用比较法。',
      '四、评价结论', '综合评价得分93.0分，评价等级为“优”。',
      '五、主要经验做法', '强化全面预算管理。',
      '六、存在的问题', '预算编制的前瞻性不足。',
      '七、改进措施和建议', '提高预算编制质量。',
      '八、评价结果应用', '评价结果作为下年度预算安排的参考。',
    ].join('\n');
  const outlineFindings = (text: string) => outlineFindingsUnder('city-form-evaluation', text);
  it('valid: 二、绩效目标设定及实现情况 is taken for the outline’s 绩效分析 (a note says so), not reported missing', async () => {
    expect(await outlineFindings(report('二、绩效目标设定及实现情况'))).toEqual(['section-renamed 提纲第四部分“绩效分析”按标题找不到；报告的“二、绩效目标设定及实现情况”写的是目标的完成情况，视为这一部分']);
  });
  it('invalid: a part that sets the targets only does not stand in: the results part is missing', async () => {
    expect(await outlineFindings(report('二、绩效目标设定情况'))).toEqual(['section-missing 缺少第四部分“绩效分析”']);
  });
});

describe('a part written as a sub-heading of another part (六、存在的问题及改进措施 then （三）绩效自评结果应用) (thirty-fourth field trial)', () => {
  /** A project self-evaluation in the national project outline; `sub` heads the last sub-part of its problems part. */
  const report = (sub: string) =>
    [
      '示例旗农牧局2024年度草原补奖资金项目支出绩效自评报告',
      '一、项目基本情况', '项目资金2539.36万元。',
      '二、绩效目标实现情况', '全年发放补奖资金2417.20万元。',
      '三、偏离绩效目标的原因和下一步改进措施', '（一）存在的问题', '资金发放时效不够高。', '（二）改进措施', '提前开展核查。',
      sub, '已向各苏木镇印发整改通知，自评结果作为下年资金分配的依据。',
      '五、其他需要说明的问题', '无。',
    ].join('\n');
  const outlineFindings = (text: string) => outlineFindingsUnder('national-project', text);
  it('valid: the sub-heading is taken for the part (a note says so), not reported missing', async () => {
    expect(await outlineFindings(report('（三）绩效自评结果应用'))).toEqual(['section-renamed 提纲第四部分“绩效自评结果拟应用和公开情况”没有单独成章；报告在另一部分之下写有“（三）绩效自评结果应用”，视为这一部分']);
  });
  it('invalid: a sub-heading of other words does not stand in', async () => {
    expect(await outlineFindings(report('（三）其他工作安排'))).toEqual(['section-missing 缺少第四部分“绩效自评结果拟应用和公开情况”']);
  });
});

describe('a part of two roles written as two parts of the report\'s own (五、存在问题及原因分析 and 六、下一步改进措施 for 偏离绩效目标的原因和下一步改进措施) (thirty-sixth field trial)', () => {
  const report = (problems: string, measures: string) =>
    [
      '示例区水务局2023年度农村污水设施运维项目支出绩效自评报告',
      '一、项目基本情况', '项目资金1700.00万元。',
      '二、绩效自评工作开展情况', '成立自评小组。',
      '三、综合评价结论', '自评得分97.43分，等级为“优”。',
      '四、绩效目标实现情况分析', '全年运维设施225座。',
      problems, '出水水质达标率未达到目标，原因是汛期雨污混流。',
      measures, '开展老旧设施提标改造。',
      '七、绩效自评结果拟应用和公开情况', '自评结果在区政府网站公开。',
    ].join('\n');
  // (the outline named, as by --profile: a report of these headings alone is nearer Yunnan's)
  const outlineFindings = async (text: string) => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const r = await (await createNodeAuditor({ profile: 'national-project' })).check({ name: 'e.txt', text });
    return r.findings.filter((f) => f.ruleId.startsWith('section-')).map((f) => `${f.ruleId} ${f.message}`);
  };
  it('valid: the two parts are taken for the one (a note says so), not reported missing', async () => {
    expect(await outlineFindings(report('五、存在问题及原因分析', '六、下一步改进措施'))).toEqual(['section-renamed 提纲第三部分“偏离绩效目标的原因和下一步改进措施”在报告中分成几部分写（“五、存在问题及原因分析 / 六、下一步改进措施”），视为这一部分']);
  });
  it('invalid: a report with the problems and no part of measures misses the part', async () => {
    expect(await outlineFindings(report('五、存在问题及原因分析', '六、其他工作安排'))).toEqual(['section-missing 缺少第三部分“偏离绩效目标的原因和下一步改进措施”']);
  });
});

describe('a report of nine parts of its own held to the national evaluation outline (八、改进措施及有关建议; the score under 五、…及得分) (fiftieth field trial)', () => {
  /** A county project's self-evaluation in nine parts (as Xinjiang units write them); `five` and `eight` head its parts 五 and 八. */
  const report = (five: string, eight: string) =>
    [
      '示例县2024年度农村安居工程项目支出绩效自评报告',
      '一、项目基本情况', '全年计划新建安居房420户。',
      '二、项目资金投入及使用情况', '到位资金1,890.00万元。',
      '三、绩效评价工作开展情况', '成立自评工作组，逐户核查。',
      '四、项目绩效目标完成情况', '全年新建安居房412户。',
      five, '自评得分92.50分，等级为“优”。',
      '六、存在的问题及原因分析', '8户因宅基地争议未开工。',
      '七、主要经验做法', '坚持精准识别补助对象。',
      eight, '逐户制定开工方案，按程序申请结转资金。',
      '九、其他需要说明的情况', '无。',
    ].join('\n');
  const outlineFindings = (text: string) => outlineFindingsUnder('national-project-evaluation', text);
  it('valid: 八 stands in for 有关建议 by its place between the parts found, and the part giving the score for the conclusion (notes say so)', async () => {
    expect(await outlineFindings(report('五、绩效评价指标分析及得分', '八、改进措施及有关建议'))).toEqual([
      'section-renamed 提纲第三部分“综合评价情况及评价结论”按标题找不到；报告的“五、绩效评价指标分析及得分”写的是评价得分或结论，视为这一部分',
      'section-renamed 第六部分的标题“八、改进措施及有关建议”与提纲的“有关建议”不同，按位置视为这一部分',
    ]);
  });
  it('invalid: a part of other words in that place stands in for neither: both are missing', async () => {
    expect(await outlineFindings(report('五、绩效评价指标分析', '八、后续管护安排'))).toEqual(['section-missing 缺少第六部分“有关建议”', 'section-missing 缺少第三部分“综合评价情况及评价结论”']);
  });
  it('invalid: a part found by its place needs four characters of the name in a row (五、自评结论 is no part on publishing the result)', async () => {
    const text = ['示例县2024年度基本公共卫生服务项目支出绩效自评报告', '一、基本情况', '项目资金300.00万元。', '二、绩效自评工作开展情况', '成立自评小组。', '三、项目资金投入和使用情况', '支出300.00万元。', '四、项目绩效目标实现情况', '建档率96%。', '五、自评结论', '自评得分91分。', '六、主要经验做法', '做法。', '七、存在的问题及原因分析', '问题。', '八、改进措施和建议', '措施。', '九、其他需要说明的问题', '无。'].join('\n');
    expect(await outlineFindingsUnder('national-project', text)).toContain('section-missing 缺少第四部分“绩效自评结果拟应用和公开情况”');
  });
});

describe('a heading of the problems and the measures together (五、存在的问题及整改措施) is the outline\'s part that holds both (fifty-second field trial)', () => {
  const report = (five: string) =>
    [
      '郑州市示例区2024年衔接推进乡村振兴补助资金项目绩效自评报告',
      '一、绩效目标分解下达情况', '下达资金1,000.00万元。',
      '二、绩效自评工作开展情况', '成立自评工作小组。',
      '三、绩效目标自评完成情况分析', '已拨付970.00万元，执行率97.00%。',
      '四、自评结论', '自评得分96分，等级为优。',
      five, '个别项目进度滞后，已督促整改。',
      '六、绩效自评结果拟应用和公开情况', '自评结果已在政府网站公开。',
    ].join('\n');
  const outlineFindings = (text: string) => outlineFindingsUnder('henan-project', text);
  it('valid: 存在的问题及整改措施 is 偏离绩效目标的原因和下一步改进措施', async () => {
    expect(await outlineFindings(report('五、存在的问题及整改措施'))).toEqual([]);
  });
  it('invalid: a part on the problems alone leaves the measures missing', async () => {
    expect(await outlineFindings(report('五、其他工作情况'))).toEqual(['section-missing 缺少第四部分“偏离绩效目标的原因和下一步改进措施”']);
  });
});
