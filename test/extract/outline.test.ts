import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingKey, matchParts, matchSection, matchSquashed } from '../../src/extract/outline.js';
import { createNodeAuditor, resolveProfile } from '../../src/lib/node.js';
import { RULES } from '../helpers/rule-tester.js';
import type { Profile } from '../../src/profiles/profile.js';
import { modelOf } from '../helpers/model.js';

const SEED = readFileSync('examples/yanling-2024/report.txt', 'utf8');

describe('outline', () => {
  it('matches the seed sections by title, whatever numbering the author typed', () => {
    const m = modelOf(SEED);
    expect(m.outline.sections.map((s) => [s.no, s.text, s.line, s.style])).toEqual([
      ['一', '1、 基本情况', 19, 'arabic-dun'],
      ['二', '2、 一般公共预算支出情况', 24, 'arabic-dun'],
      ['三', '3、 政府性基金预算支出情况', 32, 'arabic-dun'],
      ['四', '4、 国有资本经营预算支出情况', 36, 'arabic-dun'],
      ['五', '5、 社会保险基金预算支出情况', 38, 'arabic-dun'],
      ['六', '六、部门整体支出绩效情况', 40, 'chinese-dun'],
      ['七', '七、存在的问题及原因分析', 44, 'chinese-dun'],
      ['八', '八、下一步改进措施', 46, 'chinese-dun'],
      ['九', '九、绩效自评结果及其他需要说明的情况', 47, 'chinese-dun'],
    ]);
    expect(m.outline.unmatched).toEqual([]);
  });

  it('classifies content: template text only, empty, explicit nil, substantive', () => {
    const content = Object.fromEntries(modelOf(SEED).outline.sections.map((s) => [s.no, s.content]));
    expect(content).toEqual({ 一: 'substantive', 二: 'substantive', 三: 'substantive', 四: 'nil', 五: 'nil', 六: 'substantive', 七: 'template', 八: 'empty', 九: 'empty' });
  });

  it('keeps sub-headings, including run-in ones', () => {
    const m = modelOf(SEED);
    expect(m.outline.sections.find((s) => s.no === '二')!.subsections.map((h) => h.text)).toEqual(['（一）基本支出情况', '（二）项目支出情况']);
    expect(m.outline.sections.find((s) => s.no === '六')!.subsections.map((h) => [h.text, h.style, h.number])).toEqual([
      ['（一）产业布局逐步优化', 'paren-chinese', 1],
      ['（二）招商引资稳步推进', 'paren-chinese', 2],
      ['（三）持续强化要素保障', 'paren-chinese', 3],
    ]);
  });

  it('reads headings without any numbering, and 1. style, by title', () => {
    const m = modelOf('2025年度 示例单位整体支出绩效自评报告\n基本情况\n内设股室3个。\n1. 一般公共预算支出情况\n基本支出300.00万元。\n存在的问题及原因分析\n进度偏慢。');
    expect(m.outline.sections.map((s) => [s.no, s.style])).toEqual([
      ['一', 'none'],
      ['二', 'arabic-dot'],
      ['七', 'none'],
    ]);
  });

  it('does not take a sentence that mentions a title for a heading', () => {
    const m = modelOf('一、基本情况\n2024年无国有资本经营预算支出。\n一般公共预算支出情况良好，执行率达到98%，较上年提高了两个百分点。');
    expect(m.outline.sections.map((s) => s.no)).toEqual(['一']);
  });

  it("lists another province's headings it cannot match as unmatched, not dropped", () => {
    const hebei = ['一、部门基本情况', '（一）部门职能与机构设置', '内设科室4个。', '二、部门预算管理情况', '预算编制规范。', '三、部门绩效目标完成情况', '完成目标。', '四、评价结论和建议', '自评得分91分。'].join('\n');
    const m = modelOf(hebei);
    // (三、部门绩效目标完成情况 tells how the targets were met: the results part of any outline)
    expect(m.outline.sections.map((s) => s.no)).toEqual(['一', '六']);
    expect(m.outline.unmatched.map((h) => [h.text, h.line])).toEqual([
      ['二、部门预算管理情况', 4],
      ['四、评价结论和建议', 8],
    ]);
    // an unmatched heading closes the section before it
    expect(m.outline.sections[0]!.endLine).toBe(3);
  });

  it('reads the cover: year, unit, title and whether 单位名称（盖章） is filled', () => {
    const m = modelOf(SEED);
    expect(m.year).toBe(2024);
    expect(m.unit).toBe('炎陵高新技术产业开发区管理委员会');
    expect(m.cover).toEqual([{ name: '单位名称（盖章）', value: null, src: { line: 10, column: 1, excerpt: '单位名称（盖章）：' } }]);
    const filled = modelOf('2025年度整体支出绩效自评报告\n单位名称（盖章）：示例县财政局\n一、基本情况\n内设股室3个。');
    expect(filled.cover[0]!.value).toBe('示例县财政局');
    expect(filled.unit).toBe('示例县财政局');
  });

  it("matches a heading by the name its end spells out, not by a loose match of its start", async () => {
    const yunnan = await resolveProfile('yunnan-project');
    // 项目绩效评价结论 is a conclusion (alias 评价结论), not the results part 项目绩效情况
    expect(matchSection('项目绩效评价结论', yunnan, false)?.no).toBe('六');
    // held: a heading that is the results part's own name, or starts with it and ends in nothing else
    expect(matchSection('项目绩效情况', yunnan, false)?.no).toBe('四');
    expect(matchSection('项目绩效目标完成情况', yunnan, false)?.no).toBe('四');
    // a coordination names two parts: the first one stays the match
    const hebei = await resolveProfile('hebei');
    expect(matchSection('存在问题及改进措施', hebei, false)?.no).toBe('四');
  });

  it('does not look for results in a conclusion part it had taken for the results part', async () => {
    const text = ['一、项目基本情况', '绩效目标是为全县1000户种植的5000亩小麦发放补贴，补贴标准为每亩100元。', '二、项目资金拨付情况', '已拨付资金50万元。', '三、项目效益情况', '已为1000户种植的5000亩小麦足额发放补贴。', '四、项目绩效评价结论', '总体完成了预期绩效目标。'].join('\n');
    // it was the yunnan outline's 四 项目绩效情况 (results), and both targets were said to lack results
    // as the CLI reads it: the outline picked by the headings ('auto')
    const auditor = await createNodeAuditor({ rules: RULES });
    const r = auditor.finish([await auditor.check({ name: 'p.txt', text })]);
    expect(r.files[0]!.findings.map((f) => f.ruleId)).not.toContain('goal-without-result');
    expect(r.files[0]!.findings.map((f) => f.message).join()).toContain('一、六');
  });

  describe("a heading that holds the goals part's whole title but ends in the results part's (部门整体支出绩效目标完成情况; ninth field trial)", async () => {
    // as the CLI reads it: the outline picked by the headings (a Chengde unit: the hebei outline)
    const auto = await createNodeAuditor({ rules: RULES });
    const report = (goals: string | undefined, results: string | undefined) =>
      [
        '承德市示例县农业农村局2024年度部门整体支出绩效自评报告',
        '一、部门基本情况',
        '内设股室5个，编制20人，实有人员18人。',
        ...(goals === undefined ? [] : [goals, '1.培训高素质农民不少于300人；', '2.农产品抽检合格率≥97%。']),
        ...(results === undefined ? [] : [results, '1.全年培训高素质农民326人，完成目标。', '2.农产品抽检合格率达到98.6%，完成目标。']),
        '四、存在的问题',
        '部分乡镇培训组织不够精细。',
        '五、改进措施',
        '细化培训计划。',
        '六、自评结果',
        '自评得分93分，等级为“优”。',
      ].join('\n');
    const audit = async (goals: string | undefined, results: string | undefined) => {
      const text = report(goals, results);
      const r = auto.finish([await auto.check({ name: 'p.txt', text })]);
      const m = auto.model(auto.readText('p.txt', text));
      return {
        profile: m.profile,
        parts: m.outline.sections.map((x) => [x.no, x.text]),
        missing: r.files[0]!.findings.filter((f) => f.ruleId === 'section-missing').map((f) => f.message),
        goals: (r.files[0]!.checks ?? []).filter((c) => c.relation === 'goal').map((c) => c.status),
      };
    };

    it('with the goals part before it, both parts are found and each goal is checked against its result', async () => {
      // it was taken for a second goals part: 缺少第三部分“绩效目标完成情况”, and no goal checked
      expect(await audit('二、部门整体支出绩效目标', '三、部门整体支出绩效目标完成情况')).toEqual({
        profile: 'hebei',
        parts: [['一', '一、部门基本情况'], ['二', '二、部门整体支出绩效目标'], ['三', '三、部门整体支出绩效目标完成情况'], ['四', '四、存在的问题'], ['五', '五、改进措施'], ['六', '六、自评结果']],
        missing: [],
        goals: ['pass', 'pass'],
      });
    });

    it('alone, it is the results part, and the goals part is the one missing', async () => {
      const a = await audit(undefined, '三、部门整体支出绩效目标完成情况');
      expect(a.parts.slice(0, 2)).toEqual([['一', '一、部门基本情况'], ['三', '三、部门整体支出绩效目标完成情况']]);
      expect(a.missing).toEqual(['缺少第二部分“部门整体支出绩效目标”']);
    });

    it('held: the goals part under its own title, and the results part under the outline\'s title', async () => {
      const goalsOnly = await audit('二、部门整体支出绩效目标', undefined);
      expect(goalsOnly.parts.slice(0, 2)).toEqual([['一', '一、部门基本情况'], ['二', '二、部门整体支出绩效目标']]);
      expect(goalsOnly.missing).toEqual(['缺少第三部分“绩效目标完成情况”']);
      expect((await audit('二、部门整体支出绩效目标', '三、绩效目标完成情况')).parts.map((x) => x[0])).toEqual(['一', '二', '三', '四', '五', '六']);
    });

    it('in every outline with both parts: the end is a whole name, 情况 included (or before a closing 分析)', async () => {
      const [hebei, national, city] = await Promise.all(['hebei', 'national-dept', 'city-form'].map((id) => resolveProfile(id)));
      // a Hubei report's 四、整体支出绩效目标完成情况, read with the national outline: 五 绩效目标实现情况分析
      expect(matchSection('整体支出绩效目标完成情况', national!, false)?.no).toBe('五');
      expect(matchSection('部门整体支出绩效目标实现情况', national!, false)?.no).toBe('五');
      expect(matchSection('年度绩效目标完成情况', national!, false)?.no).toBe('五');
      expect(matchSection('部门整体支出绩效目标完成情况分析', national!, false)?.no).toBe('五');
      expect(matchSection('部门整体支出绩效目标实现情况', hebei!, false)?.no).toBe('三');
      expect(matchSection('整体支出绩效目标完成情况分析', hebei!, false)?.no).toBe('三');
      expect(matchSection('部门整体支出绩效目标完成情况', city!, false)?.no).toBe('四');
      // held: the goals part's own names, and a coordination of both parts (its first one stays)
      expect(matchSection('部门整体支出绩效目标', national!, false)?.no).toBe('二');
      expect(matchSection('年度绩效目标', national!, false)?.no).toBe('二');
      expect(matchSection('部门（单位）整体支出绩效目标', city!, false)?.no).toBe('二');
      expect(matchSection('部门整体支出绩效目标及完成情况', hebei!, false)?.no).toBe('二');
      // held: a heading with no number and no heading style matches only a name as it is
      expect(matchSection('部门整体支出绩效目标完成情况', hebei!, true)).toBeUndefined();
    });
  });

  describe('a table of contents is not the sections it lists', async () => {
    // the outline picked by the headings, as the CLI reads a document
    const auto = await createNodeAuditor({ rules: [] });
    const body = ['第一部分 部门概况', '一、主要职责', '负责全县示例业务的管理工作。', '第二部分 部门决算情况说明', '一、收入支出决算总体情况说明', '2023年度收、支总计均为100.00万元。', '第三部分 名词解释', '财政拨款收入：指本级财政当年拨付的资金。'];
    const sectionsOf = (lines: string[]) => auto.model(auto.readText('t.txt', ['示例县示例局2023年度部门决算', ...lines].join('\n'))).outline.sections.map((x) => [x.no, x.line, x.content]);
    const expected = (offset: number) => [
      ['一', offset + 2, 'substantive'],
      ['二', offset + 5, 'substantive'],
      ['三', offset + 8, 'substantive'],
    ];
    it('under 目录 (or 目 录), with page numbers and dot leaders', () => {
      expect(sectionsOf(body)).toEqual(expected(0));
      expect(sectionsOf(['目 录', '第一部分 部门概况……1', '一、主要职责……1', '第二部分 部门决算情况说明……3', '第三部分 名词解释……9', ...body])).toEqual(expected(5));
    });
    it("under a 目录 line whose characters a site set apart with a mark (目 ⠂ 录; seventh field trial): the contents' 一、 is not the part", () => {
      const text = SEED.replace('1、 基本情况', '目 ⠂ 录\n1、 基本情况\n2、 一般公共预算支出情况\n1、 基本情况');
      expect(text).not.toBe(SEED);
      const one = modelOf(text).outline.sections.find((x) => x.no === '一')!;
      expect([one.line, one.content]).toEqual([22, 'substantive']);
    });
    it('whose first entry comes back with other words (第一部分：示例局概况, then 第一部分 部门概况), after a date line', () => {
      expect(sectionsOf(['目录', '公开时间：2024年9月1日', '第一部分：示例局概况', '第二部分：部门决算情况说明', '第三部分：名词解释', ...body])).toEqual(expected(5));
    });
    it("a part's heading with the unit's full name and the year is matched by its end (第二部分 …部门决算情况说明, 第一部分 示例乡党政办概况)", () => {
      const long = ['第一部分 示例省示例市示例县示例乡党政办概况', '一、主要职责', '负责全县示例业务的管理工作。', '第二部分 2023年度示例省示例市示例县示例管理服务局部门决算情况说明', '一、收入支出决算总体情况说明', '2023年度收、支总计均为100.00万元。', '第三部分 名词解释', '财政拨款收入：指本级财政当年拨付的资金。'];
      expect(sectionsOf(long)).toEqual(expected(0));
    });
    it("a budget statement's part that explains the budget is the final-accounts outline's second part", () => {
      const budget = ['第一部分 部门概况', '一、主要职责', '负责全县示例业务的管理工作。', '第二部分 2024年部门预算及“三公”经费预算说明', '一、收支预算总体情况', '2024年收、支预算总计均为100.00万元。', '第三部分 名词解释', '财政拨款收入：指本级财政当年拨付的资金。'];
      expect(sectionsOf(budget)).toEqual(expected(0));
    });
    it('without a 目录 line: bare part headings, then 第一部分 again', () => {
      expect(sectionsOf(['第一部分 部门概况', '第二部分 部门决算情况说明', '第三部分 名词解释', ...body])).toEqual(expected(3));
      // held: a 第一部分 with text under it is no table of contents
      expect(sectionsOf(['第一部分 部门概况', '本局负责示例业务。', '第二部分 部门决算情况说明', '第三部分 名词解释', ...body])[0]).toEqual(['一', 2, 'substantive']);
    });
  });

  it('a list numbered 1、2、 under a （N） heading is the third level, even where an item names a section', async () => {
    const auto = await createNodeAuditor({ rules: [] });
    const lines = ['示例厅示例项目绩效自评报告', '一、项目基本情况', '示例项目用于示例工作。', '二、项目资金使用及管理情况', '资金100万元，已全部支出。', '三、工作开展情况', '（一）评价方法。', '1、前期准备。', '2、组织实施。', '3、分析评价。', '四、项目绩效情况', '完成示例任务。'];
    const m = auto.model(auto.readText('t.txt', lines.join('\n')));
    expect(m.outline.sections.map((x) => [x.no, x.line])).toEqual([['一', 2], ['二', 4], ['四', 11]]);
    expect(m.outline.unmatched.map((h) => h.text)).toEqual(['三、工作开展情况']);
    // held: 1、2、3、 as the top level, with （N） under them (the example report's shape)
    const top = ['示例单位2024年度整体支出绩效自评报告', '1、 基本情况', '内设股室3个。', '2、 一般公共预算支出情况', '（一）基本支出情况', '基本支出300.00万元。', '3、 政府性基金预算支出情况', '本单位无政府性基金预算支出。'];
    expect(modelOf(top.join('\n')).outline.sections.map((x) => [x.no, x.line])).toEqual([['一', 2], ['二', 4], ['三', 7]]);
  });

  it("a part of the report's own about its targets (二、项目绩效目标) is where they are read, not the outline's results part", async () => {
    const auto = await createNodeAuditor({ rules: RULES });
    const report = (result: string) =>
      ['示例县2024年度高标准农田建设项目支出绩效自评报告', '一、项目基本情况', '本项目下达资金600万元，用于高标准农田建设。', '二、项目绩效目标', '计划完成高标准农田建设1.2万亩。', '三、项目绩效目标完成情况', `完成高标准农田建设${result}万亩。`, '四、存在的问题及改进措施', '项目进度偏慢。', '五、自评结论', '自评得分95分，等级为优。'].join('\n');
    const goalChecks = async (result: string) => {
      const r = auto.finish([await auto.check({ name: 'p.txt', text: report(result) })]);
      return (r.files[0]!.checks ?? []).filter((c) => c.relation === 'goal').map((c) => [c.status, c.values.target, c.values.result]);
    };
    expect(await goalChecks('1.25')).toEqual([['pass', '计划完成高标准农田建设1.2万亩', '完成高标准农田建设1.25万亩']]);
    expect(await goalChecks('1.0')).toEqual([['fail', '计划完成高标准农田建设1.2万亩', '完成高标准农田建设1.0万亩']]);
    // the start of a name with another head (目标) is not that part: 项目绩效目标 is not 项目绩效情况
    expect(matchSection('项目绩效目标', await resolveProfile('yunnan-project'), false)).toBeUndefined();
  });

  describe('the indicators part under the names reports give it (四、绩效指标完成情况分析; tenth field trial)', async () => {
    const auto = await createNodeAuditor({ rules: RULES });
    const report = (four: string) =>
      [
        '示例县2024年度农村饮水安全巩固提升项目支出绩效自评报告',
        '一、项目基本情况',
        '项目年度预算80.00万元，实际支出76.00万元，预算执行率95.00%。年度目标：新建供水管网不少于12公里。',
        '二、绩效评价工作开展情况',
        '县水利局组成自评小组，对照指标逐项打分。',
        '三、综合评价情况及评价结论',
        '项目自评得分93分，评价等级为“优”。',
        four,
        '新建供水管网12.6公里，达到目标。',
        '五、主要经验及做法、存在的问题及原因分析',
        '个别村组入户施工偏慢。',
        '六、有关建议',
        '提前做好入户协调。',
        '七、其他需要说明的问题',
        '无。',
      ].join('\n');
    const missing = async (four: string) => (await auto.check({ name: 'p.txt', text: report(four) })).findings.filter((f) => f.ruleId === 'section-missing').map((f) => f.message);

    it.each(['四、绩效指标完成情况分析', '四、绩效评价指标完成情况', '四、绩效指标分析', '四、各项指标完成情况', '四、项目绩效指标完成情况', '四、绩效目标完成情况分析', '四、绩效评价指标分析'])('%s is the outline\'s 绩效评价指标分析', async (four) => {
      // it was 缺少第四部分“绩效评价指标分析”
      expect(await missing(four)).toEqual([]);
    });

    it('a heading about something else is not that part: the part is missing', async () => {
      for (const four of ['四、绩效指标设定情况', '四、项目资金管理情况']) expect(await missing(four)).toEqual(['缺少第四部分“绩效评价指标分析”']);
      const outline = await resolveProfile('national-project-evaluation');
      // the indicators as set (the targets) and the index system are no analysis of them
      for (const t of ['绩效指标', '绩效指标设定情况', '绩效目标', '评价指标体系']) expect(matchSection(t, outline, false)?.no).not.toBe('四');
      // a line with no number and no heading style heads the part only under a name as it stands
      expect(matchSection('绩效指标完成情况', outline, true)).toBeUndefined();
    });
  });

  describe('a heading that names two parts (三、部门整体支出绩效目标及完成情况; tenth field trial) is both', async () => {
    // as the CLI reads it: the outline picked by the headings (a Chengde unit: the hebei outline)
    const auto = await createNodeAuditor({ rules: RULES });
    const report = (two: string[]) =>
      [
        '承德市示例县林业和草原局2024年度部门整体支出绩效自评报告',
        '一、部门基本情况',
        '内设股室4个，编制16人，实有人员15人。',
        ...two,
        '三、存在的问题',
        '部分造林地块补植不及时。',
        '四、改进措施',
        '加强造林后期管护。',
        '五、自评结果',
        '自评得分91分，等级为“优”。',
      ].join('\n');
    const audit = async (two: string[]) => {
      const r = auto.finish([await auto.check({ name: 'p.txt', text: report(two) })]);
      const m = auto.model(auto.readText('p.txt', report(two)));
      return {
        profile: m.profile,
        parts: m.outline.sections.map((x) => [x.no, ...(x.also ?? [])].join('')),
        missing: r.files[0]!.findings.filter((f) => f.ruleId === 'section-missing').map((f) => f.message),
        goals: (r.files[0]!.checks ?? []).filter((c) => c.relation === 'goal').map((c) => [c.status, c.values.target, c.values.result]),
      };
    };
    const combined = ['二、部门整体支出绩效目标及完成情况', '（一）年度绩效目标', '完成人工造林不少于2000亩。', '（二）完成情况', '完成人工造林2150亩，完成目标。'];

    it('the goals part and the results part: none missing, and the goal is read in （一） and its result in （二）', async () => {
      // it was the goals part only: 缺少第三部分“绩效目标完成情况”, and 2150亩 read as a second target
      expect(await audit(combined)).toEqual({
        profile: 'hebei',
        parts: ['一', '二三', '四', '五', '六'],
        missing: [],
        goals: [['pass', '完成人工造林不少于2000亩', '完成人工造林2150亩']],
      });
      expect(await audit(combined.map((l) => l.replace('部门整体支出绩效目标及完成情况', '绩效目标和完成情况')))).toMatchObject({ parts: ['一', '二三', '四', '五', '六'], missing: [] });
    });

    it('a goals part alone leaves the results part missing', async () => {
      expect(await audit(['二、部门整体支出绩效目标', '完成人工造林不少于2000亩。'])).toMatchObject({ parts: ['一', '二', '四', '五', '六'], missing: ['缺少第三部分“绩效目标完成情况”'] });
    });

    it('names each part a coordination names, and only one where the outline has both as one part', async () => {
      const [national, beijing, evaluation] = await Promise.all(['national-dept', 'beijing', 'national-project-evaluation'].map((id) => resolveProfile(id)));
      const parts = (title: string, p: typeof national) => matchParts(headingKey(title)!, p!, false).map((x) => x.no);
      expect(parts('部门整体支出绩效目标及完成情况', national)).toEqual(['二', '五']);
      expect(parts('存在的问题及改进措施', national)).toEqual(['六', '七']);
      // held: an outline's own name (Beijing's 存在问题及改进措施, the evaluation outline's 综合评价情况及评价结论)
      expect(parts('存在问题及改进措施', beijing)).toEqual(['五']);
      expect(parts('部门整体支出绩效目标及完成情况', beijing)).toEqual(['二']);
      expect(parts('综合评价情况及评价结论', evaluation)).toEqual(['三']);
      // held: what follows the 及 names no part of the outline
      expect(parts('部门整体支出绩效目标及指标', national)).toEqual(['二']);
      expect(parts('存在的问题及原因', national)).toEqual(['六']);
      // twenty-fifth field trial: a head noun only one part's names end with (建议 of 有关建议, 改进建议,
      // 评价结果应用建议) names that part too (was: 缺少第六部分“评价结果应用建议”, a false error)
      const city = await resolveProfile('city-form-evaluation');
      expect(parts('存在的问题和建议', city)).toEqual(['五', '六']);
      expect(parts('存在的问题及建议', national)).toEqual(['六', '七']);
      // held: a head noun of no part's names, or of two parts' (结论 of 综合评价结论 only: one part, but 情况 is no head noun)
      expect(parts('存在的问题和困难', city)).toEqual(['五']);
      expect(parts('存在的问题和情况', city)).toEqual(['五']);
    });
  });

  describe('the causes of falling short (偏离绩效目标的原因) name the problems part of any outline (thirteenth field trial)', async () => {
    // a county unit's report of a Hebei city read as the CLI reads it: the hebei outline by its headings
    // (with no place of Hebei's in its title the outline would be a guess, its parts no requirement)
    const auto = await createNodeAuditor({ rules: RULES });
    const first = ['承德市某县林业局2024年度部门整体支出绩效自评报告', '一、部门基本情况', '内设股室3个，编制12人，实有人员11人。', '二、部门整体支出绩效目标', '完成森林抚育不少于800亩。'];
    const then = ['三、绩效目标完成情况', '完成森林抚育760亩，未达到目标。', '四、预算执行及管理情况', '抚育资金按进度拨付。'];
    const report = (fifth: string[]) => [...first, ...then, ...fifth, '六、自评结论', '自评得分86分，等级为“良”。'].join('\n');
    const audit = async (fifth: string[]) => {
      const text = report(fifth);
      const m = auto.model(auto.readText('p.txt', text));
      const findings = auto.finish([await auto.check({ name: 'p.txt', text })]).files[0]!.findings;
      return { profile: m.profile, parts: m.outline.sections.map((x) => [x.no, ...(x.also ?? [])].join('')), missing: findings.filter((f) => f.ruleId === 'section-missing').map((f) => f.message) };
    };

    it('偏离绩效目标的原因和改进措施 is the problems part and the measures: none missing', async () => {
      // it matched no part: 缺少第四部分“存在的问题” and 缺少第五部分“改进措施”
      expect(await audit(['五、偏离绩效目标的原因和改进措施', '部分地块雨季无法进场，今后提前安排作业。'])).toEqual({ profile: 'hebei', parts: ['一', '二', '三', '四五', '六'], missing: [] });
      expect(await audit(['五、偏离原因及改进措施', '部分地块雨季无法进场，今后提前安排作业。'])).toMatchObject({ parts: ['一', '二', '三', '四五', '六'], missing: [] });
    });

    it('the causes alone leave the measures part missing', async () => {
      expect(await audit(['五、偏离绩效目标的原因', '部分地块雨季无法进场。'])).toMatchObject({ parts: ['一', '二', '三', '四', '六'], missing: ['缺少第五部分“改进措施”'] });
    });

    it('is that part in outlines that name it otherwise, and counts for no outline when one is picked', async () => {
      // (the parts each outline's names for them: national-dept 六 and 七, the Yunnan and central project outlines one part)
      const named = new Map<string, string[]>();
      for (const [id, title] of [
        ['national-dept', '偏离绩效目标的原因和改进措施'],
        ['national-dept', '偏离绩效目标原因分析'],
        ['yunnan-project', '偏离绩效目标的原因和改进措施'],
        ['national-project', '偏离绩效目标的原因和改进措施'],
        // held: what names no cause of a shortfall
        ['national-dept', '偏离度分析'],
      ] as const) {
        named.set(`${id} ${title}`, matchParts(headingKey(title)!, (await resolveProfile(id))!, false).map((x) => x.no));
      }
      expect(Object.fromEntries(named)).toEqual({
        'national-dept 偏离绩效目标的原因和改进措施': ['六', '七'],
        'national-dept 偏离绩效目标原因分析': ['六'],
        'yunnan-project 偏离绩效目标的原因和改进措施': ['五'],
        'national-project 偏离绩效目标的原因和改进措施': ['三'],
        'national-dept 偏离度分析': [],
      });
      // a wording, not the outline's name: no evidence for picking it
      expect(matchSquashed(headingKey('偏离绩效目标的原因')!, (await resolveProfile('national-dept'))!, false, false, false)).toBeUndefined();
      const m = auto.model(auto.readText('p.txt', report(['五、偏离绩效目标的原因和改进措施', '部分地块雨季无法进场。'])));
      expect(m.outline.sections.find((x) => x.no === '四')?.byWording).toBe(true);
    });
  });

  it('a name in other joining words (存在的问题和改进措施, 存在问题与改进措施) is that name (thirteenth field trial)', async () => {
    const seen: string[] = [];
    for (const [id, title] of [
      ['beijing', '存在的问题和改进措施'],
      ['yunnan-project', '存在问题与改进措施'],
      ['national-dept', '存在问题与改进措施'],
      ['yunnan-project', '存在问题及原因分析'],
      // held: other words than the joining ones name no part
      ['beijing', '存在的问题和整改情况'],
    ] as const) {
      seen.push(`${id} ${title}: ${matchParts(headingKey(title)!, (await resolveProfile(id))!, false).map((x) => x.no).join('')}`);
    }
    expect(seen).toEqual([
      'beijing 存在的问题和改进措施: 五',
      'yunnan-project 存在问题与改进措施: 五',
      'national-dept 存在问题与改进措施: 六七',
      'yunnan-project 存在问题及原因分析: 五',
      'beijing 存在的问题和整改情况: ',
    ]);
  });

  describe('a part about how the evaluation was done (绩效自评工作开展情况) is not the results part (twelfth field trial)', async () => {
    // as the CLI reads it: the outline picked by the headings (a project report: the yunnan-project outline)
    const auto = await createNodeAuditor({ rules: RULES });
    const report = (numbers: readonly string[], result: string) =>
      [
        '示例县农业农村局2024年度农机购置补贴项目支出绩效自评报告',
        `${numbers[0]}项目基本情况`,
        '年度目标为补贴农户购置农机具不少于300台。',
        `${numbers[1]}绩效自评工作开展情况`,
        '自评小组逐户核对了补贴申请表和资金拨付凭证。',
        `${numbers[2]}绩效目标完成情况`,
        result,
        `${numbers[3]}存在的问题及原因分析`,
        '个别农户申请材料不齐全。',
        `${numbers[4]}改进措施`,
        '提前公布申请条件和办理流程。',
        `${numbers[5]}自评结论`,
        '项目自评得分92分，等级为“优”。',
      ].join('\n');
    const PARTS = ['第一部分 ', '第二部分 ', '第三部分 ', '第四部分 ', '第五部分 ', '第六部分 '];
    const DUN = ['一、', '二、', '三、', '四、', '五、', '六、'];
    const audit = async (numbers: readonly string[], result: string) => {
      const text = report(numbers, result);
      const r = auto.finish([await auto.check({ name: 'p.txt', text })]);
      const m = auto.model(auto.readText('p.txt', text));
      return {
        profile: m.profile,
        parts: m.outline.sections.map((x) => [x.no, x.text.slice(numbers[0]!.length)]),
        unmatched: m.outline.unmatched.map((h) => h.text.slice(numbers[0]!.length)),
        goals: (r.files[0]!.checks ?? []).filter((c) => c.relation === 'goal').map((c) => [c.ruleId, c.status]),
        findings: r.files[0]!.findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => f.ruleId),
      };
    };

    it.each([['第N部分', PARTS], ['一、', DUN]])('held (%s): the target is checked against its result in 绩效目标完成情况', async (_, numbers) => {
      // it was the outline's results part 项目绩效情况 (by the 绩效 its name starts with), and the target
      // was said to have no result
      expect(await audit(numbers, '全年补贴农户购置农机具326台，完成目标的108.67%。')).toEqual({
        profile: 'yunnan-project',
        parts: [['一', '项目基本情况'], ['四', '绩效目标完成情况'], ['五', '存在的问题及原因分析'], ['六', '自评结论']],
        unmatched: ['绩效自评工作开展情况', '改进措施'],
        goals: [['goal-shortfall-unexplained', 'pass']],
        findings: [],
      });
    });

    it.each([['第N部分', PARTS], ['一、', DUN]])('broken (%s): a shortfall without its cause, and a target with no result, are still reported', async (_, numbers) => {
      expect((await audit(numbers, '全年补贴农户购置农机具276台。')).findings).toEqual(['goal-shortfall-unexplained']);
      expect((await audit(numbers, '补贴资金已全部拨付到户。')).findings).toEqual(['goal-without-result']);
    });

    it('a heading about the evaluation work names no results part; one about how the targets were met names it in any outline', async () => {
      const [yunnan, hunan, beijing] = (await Promise.all(['yunnan-project', 'hunan', 'beijing'].map((id) => resolveProfile(id)))) as [Profile, Profile, Profile];
      // (评价组织实施情况 ends in the project's own 组织实施, a part of the outline: not the results part either)
      for (const t of ['绩效自评工作开展情况', '绩效评价组织实施情况', '绩效自评开展情况']) expect(matchSection(t, yunnan, false, true)?.no).not.toBe('四');
      expect(matchSection('绩效自评工作开展情况', yunnan, false, true)).toBeUndefined();
      expect(matchSection('绩效自评工作开展情况', hunan, false)?.no).toBeUndefined();
      for (const t of ['绩效目标完成情况', '年度绩效目标实现情况', '绩效目标任务完成情况分析']) expect(matchSection(t, yunnan, false, true)?.no).toBe('四');
      expect(matchSection('绩效目标完成情况', hunan, false)?.no).toBe('六');
      expect(matchSection('绩效目标完成情况', beijing, false)?.no).toBe('二');
      // held: the outline's own names, and a line with no number and no heading style (strict)
      expect(matchSection('绩效自评工作开展情况', beijing, false)?.no).toBe('三');
      expect(matchSection('项目绩效情况', yunnan, false)?.no).toBe('四');
      expect(matchSection('绩效目标完成情况', yunnan, true)).toBeUndefined();
    });

    it('a heading of what will be done (下一步改进措施, 整改措施及建议, 下一步工作打算) is the measures part of any outline, whatever the outline calls it (有关建议) (forty-fifth field trial)', async () => {
      const evaluation = (await resolveProfile('national-project-evaluation'))!;
      expect(matchSection('下一步改进措施', evaluation, false)?.no).toBe('六');
      expect(matchSection('整改措施及建议', evaluation, false)?.no).toBe('六');
      expect(matchSection('下一步工作打算', evaluation, false)?.no).toBe('六');
      // (not when an outline is picked: every outline's measures part answers to these words)
      expect(matchSquashed('下一步改进措施', evaluation, false, false, false)).toBeUndefined();
    });

    it('a part\'s name after words that only qualify it (部门整体绩效目标) is that part; a heading of the self-score (自评得分情况) is the evaluation part (twenty-sixth field trial)', async () => {
      const hebei = (await resolveProfile('hebei'))!;
      expect(matchSection('部门整体绩效目标', hebei, false)?.no).toBe('二');
      expect(matchSection('自评得分情况', hebei, false)?.no).toBe('六');
      expect(matchSection('绩效自评结论', hebei, false)?.no).toBe('六');
      // held: words that say what else the part is about, and another thing's results
      expect(matchSection('部门整体支出情况', hebei, false)).toBeUndefined();
      expect(matchSection('项目支出绩效自评结果', hebei, false)?.no).not.toBe('六');
      expect(matchSection('评价结果应用', hebei, false)?.no).not.toBe('六');
      // a report whose parts stand one place later than the outline's: each read by its name
      const auditor = await createNodeAuditor({ profile: 'hebei' });
      const text = ['某局2024年度部门整体支出绩效自评报告', '一、部门基本情况', '内设科室6个。', '二、部门整体支出情况', '全年支出100.00万元。', '三、部门整体绩效目标', '1.全年完成监督抽检不少于4,800批次；', '四、绩效目标完成情况', '全年完成监督抽检5,126批次。', '五、自评得分情况', '自评得分94分，等级为“优”。', '六、存在的问题', '无。', '七、改进措施', '加快进度。'].join('\n');
      const m = auditor.model(auditor.readText('t.txt', text));
      expect(m.outline.sections.map((x) => `${x.no}=${x.text}`)).toEqual(['一=一、部门基本情况', '二=三、部门整体绩效目标', '三=四、绩效目标完成情况', '六=五、自评得分情况', '四=六、存在的问题', '五=七、改进措施']);
      expect(m.goals.pairs.map((p) => p.result !== null)).toEqual([true]);
      // the central project outline's 四 is how the result is used and published: the self-score is not it,
      // and 自评结果应用及公开情况 is (a false section-missing, then a false section-order)
      const project = (await resolveProfile('national-project'))!;
      expect(matchSection('自评得分情况', project, false)).toBeUndefined();
      expect(matchSection('自评结果应用及公开情况', project, false)?.no).toBe('四');
      // a third party's evaluation gives the indicators' scores under 评分结果 (twenty-eighth field trial)
      expect(matchSection('评分结果', (await resolveProfile('national-project-evaluation'))!, false)?.no).toBe('四');
    });
  });
  describe('a report in two parts, 第一部分 its form and 第二部分 the report (trial 58): the outline is the 一、 headings under the parts', async () => {
    const auto = await createNodeAuditor({ rules: RULES });
    const lines = (problems: string) => [
      '2023年度城区老旧小区改造项目支出绩效自评报告',
      '第一部分 项目支出绩效自评表',
      '项目名称|城区老旧小区改造项目',
      '年度资金总额|1,200.00|1,350.00|1,296.00|96.00%',
      '第二部分 项目支出绩效自评报告',
      '一、基本情况',
      '2023年计划改造老旧小区12个，涉及住户1,860户。年度目标为完成12个小区的改造任务。',
      '二、绩效评价工作开展情况',
      '本次自评由局计划财务股牵头，对照绩效目标逐项核实。',
      '三、综合评价情况及评价结论',
      '项目全年预算1,350.00万元，实际支出1,296.00万元，预算执行率96.00%。经自评，本项目得分92分，评价等级为“优”。',
      '四、绩效目标实现情况分析',
      '全年完成改造小区12个，惠及住户1,860户。',
      '五、存在的问题及原因分析',
      problems,
      '六、下一步改进措施',
      '一是提前做好入户协调工作；二是加快资金支付进度。',
    ];
    const read = (problems: string) => auto.check({ name: 't.txt', text: lines(problems).join('\n') });
    it('the kind is the title\'s (项目支出绩效自评报告), not that of the first part\'s heading (…自评表)', async () => {
      const m = auto.model(auto.readText('t.txt', lines('部分小区协调时间较长，影响了施工进度。').join('\n')));
      expect(m.kind).toBe('project-self-evaluation');
      expect(m.outline.sections.map((x) => [x.no, x.line])).toEqual([
        ['一', 6],
        ['二', 8],
        ['三', 10],
        ['四', 12],
        ['五', 14],
        ['六', 16],
      ]);
      // (the parts are a level above the sections: no heading of the outline's level, so no mixed numbering either)
      expect(m.outline.unmatched).toEqual([]);
    });
    it('so its parts are checked: a problems part left empty is an error, one written is none', async () => {
      const empty = await read('无。');
      expect(empty.findings.map((f) => [f.ruleId, f.severity, f.location?.line])).toContainEqual(['section-empty', 'error', 14]);
      const written = await read('部分小区协调时间较长，影响了施工进度。');
      expect(written.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
    });
  });
});
