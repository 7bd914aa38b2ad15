/**
 * goal-without-result (warning), DOMAIN §2/§6/§7: every quantified target of 一(2) 年度整体支出绩效目标
 * needs a matching result in 六. Pairing is by the indicator's subject and unit, never by position:
 * the unit must be the same, the numbers written inside the target's subject (500强, 10亿元以上)
 * must be named by the result, and a growth target (增长15%) is answered only by a growth result.
 * Quantities outside 一(2) are not targets.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'goal-without-result';
/** Targets under 一(2) (line 9 for a one-line body) and results as the body of 六 (line 23). */
const goals = (targets: string, results: string) =>
  withSection('六', results, withSection('一', `（一）部门（单位）基本情况\n示例县财政局为全额拨款行政单位。\n（二）年度整体支出绩效目标\n${targets}`));

/** The goal findings of a whole department report (targets in 二, results in 三, problems in 四), as the CLI reads it. */
async function deptGoals(unit: string, targets: string, results: string): Promise<string[]> {
  const { createNodeAuditor } = await import('../../src/lib/node.js');
  const text = `示例县${unit}2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制12人，实有人员11人。\n二、部门整体支出绩效目标\n${targets}\n三、绩效目标完成情况\n${results}\n四、存在的问题\n个别工作进度偏慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分94分，等级为“优”。\n`;
  const findings = (await (await createNodeAuditor({})).check({ name: 'g.txt', text })).findings;
  return findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message);
}

describe('a service hotline named by its number (12315投诉举报) is a name, not a number the result must name (twenty-sixth field trial)', () => {
  it('pairs the target with the result named without the number', async () => {
    expect(await deptGoals('市场监督管理局', '确保12315投诉举报按时办结率达到100%。', '全年受理投诉举报9,486件，按时办结9,486件，按时办结率为100%。')).toEqual([]);
    expect(await deptGoals('市场监督管理局', '确保12345热线工单办结率达到98%。', '热线工单办结率为99.1%。')).toEqual([]);
    // held: a number with a unit inside the subject is still to be named (10亿元以上项目)
    expect(await deptGoals('发展和改革局', '引进10亿元以上项目5个。', '引进项目6个。')).toEqual([expect.stringContaining('10亿元')]);
  });
});

describe('a year’s cohort (2024届, 2023级) names the period, not a number the result must name (thirtieth field trial)', () => {
  it('pairs 2024届高三毕业生本科上线率不低于62% with 本科上线率65.44% stated after the cohort', async () => {
    expect(await deptGoals('第三中学', '2024届高三毕业生本科上线率不低于62%。', '2024届高三毕业生327人，本科上线214人，本科上线率65.44%。')).toEqual([]);
    expect(await deptGoals('第三中学', '2023级新生入学率达到100%。', '新生入学率100%。')).toEqual([]);
    // (a result of another measure still answers nothing)
    expect(await deptGoals('第三中学', '2024届高三毕业生本科上线率不低于62%。', '2024届高三毕业生327人，本科上线214人。')).toEqual([expect.stringContaining('本科上线率')]);
  });
});

describe('a count of what is kept running (保障机关和9个村（社区）正常运转) is the scope of a goal in words, no target (thirtieth and thirty-first field trials)', () => {
  it('asks for no figure in the results', async () => {
    expect(await deptGoals('街道办事处', '保障机关和9个村（社区）正常运转；城镇新增就业420人以上。', '机关日常运转和各项重点工作经费得到保障。全年城镇新增就业468人。')).toEqual([]);
    // (a count to be reached is a target as ever)
    expect(await deptGoals('街道办事处', '新建高位水池6座；城镇新增就业420人以上。', '全年城镇新增就业468人。')).toEqual([expect.stringContaining('高位水池')]);
  });
});

describe('the places a coverage reaches (实现项目区6个乡镇集中供水全覆盖) are its scope, no count to reach (fifty-sixth field trial)', () => {
  it('asks for no count of them, and says the check was not made', async () => {
    expect(await deptGoals('水利局', '实现项目区6个乡镇集中供水全覆盖；项目区农村自来水普及率达到96%以上。', '项目区农村自来水普及率达到97.2%。')).toEqual([]);
    // (a count to be reached is a target as ever)
    expect(await deptGoals('水利局', '新建水厂3座；项目区农村自来水普及率达到96%以上。', '项目区农村自来水普及率达到97.2%。')).toEqual([expect.stringContaining('水厂')]);
  });
  it('is paired with a result that counts the same places', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = '示例县民政局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制12人，实有人员11人。\n二、部门整体支出绩效目标\n社区居家养老服务站实现辖区8个社区全覆盖。\n三、绩效目标完成情况\n辖区8个社区均已建成社区居家养老服务站。\n四、存在的问题\n个别工作进度偏慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分94分，等级为“优”。\n';
    const r = await (await createNodeAuditor({})).check({ name: 'g.txt', text });
    expect(r.checks!.filter((c) => c.ruleId === 'goal-shortfall-unexplained').map((c) => [c.status, c.values.target, c.values.result])).toEqual([['pass', '社区居家养老服务站实现辖区8个社区全覆盖', '辖区8个社区均已建成社区居家养老服务站']]);
  });
});

describe('a result named by the head of the target’s name with a word of the whole (综合满意度 for 学生家长满意度; thirty-first field trial)', () => {
  it('pairs them', async () => {
    expect(await deptGoals('教育局', '学生家长满意度达到90%以上。', '委托第三方开展满意度调查，综合满意度为92.72%。')).toEqual([]);
    // (another head still answers nothing)
    expect(await deptGoals('教育局', '学生家长满意度达到90%以上。', '综合合格率为92.72%。')).toEqual([expect.stringContaining('满意度')]);
  });
});

describe('a part of targets and results under two sub-headings, and the execution rate stated with the budget (twenty-seventh field trial)', () => {
  it('reads the targets under （一）绩效目标设定 and the results under （二）绩效目标完成情况, its numbered items and all', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = (result: string) => ['青石镇人民政府2024年度部门整体支出绩效自评报告', '一、部门基本情况', '内设机构6个。', '二、部门整体收支情况', '全年调整后预算3,670.81万元，全年实际支出3,552.36万元，整体预算执行率96.77%。',
      '三、绩效目标设定及完成情况', '（一）绩效目标设定', '年初设定的整体绩效目标：预算执行率不低于95%；改造农村户厕140户。', '（二）绩效目标完成情况', '1.产出指标', `(1)数量指标。全年改造农村户厕${result}户。`, '(2)质量指标。户厕改造合格率100%。',
      '四、自评得分情况', '自评得分93分，等级为“优”。', '五、存在的问题', '无。', '六、改进措施', '加强管理。'].join('\n');
    const goals = async (r: string) => (await (await createNodeAuditor({})).check({ name: 'g.txt', text: text(r) })).findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => f.ruleId);
    // (all the targets were read as targets, the results too: seven goal-without-result)
    expect(await goals('146')).toEqual([]);
    expect(await goals('136')).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('an indicator table written as lines of prose (指标名称：…；年度指标值：…；实际完成值：…；偏差原因：…): twenty-eighth field trial', () => {
  it('pairs each line\'s target and result, a target the text sets with the line restating it, and takes the line\'s cause', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = (area: string, cause: string) => ['塔拉地区2024年度高标准农田建设项目支出绩效自评报告', '一、基本情况', '（一）年度绩效目标', '年度总体目标为：新建高标准农田12.4万亩，新增粮食产能1,240万公斤以上。',
      '二、绩效目标完成情况分析', `（1）指标名称：新建高标准农田面积；年度指标值：≥12.4万亩；实际完成值：${area}万亩（塔拉县3.85万亩）；偏差原因：${cause}。`,
      '（2）指标名称：新增粮食产能；年度指标值：≥1,240万公斤；实际完成值：1,262万公斤（按亩均增产100公斤测算）；偏差原因：无偏差。', '三、偏离绩效目标的原因和下一步改进措施', '无。', '四、自评结果应用', '自评得分96分，等级为“优”。'].join('\n');
    const goals = async (a: string, c: string) => (await (await createNodeAuditor({})).check({ name: 'g.txt', text: text(a, c) })).findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => f.ruleId);
    // (the text's targets had no result: two goal-without-result)
    expect(await goals('12.62', '无偏差')).toEqual([]);
    // (无偏差 gives no cause; one shortfall, the target in the text and the line's its two statements)
    expect(await goals('11.80', '无偏差')).toEqual(['goal-shortfall-unexplained']);
    expect(await goals('11.80', '两个片区滴灌设备到货滞后，工期顺延')).toEqual([]);
  });
});

describe('为目标数的 p%: a result over its target (twelfth field trial)', () => {
  it('is checked against the target the result is paired with', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const rates = async (pct: string) => {
      const text = `示例县民政局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制12人，实有人员11人。\n二、部门整体支出绩效目标\n发放居家养老服务补贴不少于1500人。\n三、绩效目标完成情况\n居家养老服务补贴实际发放1472人，为目标数的${pct}，差28人，原因是部分申请人年内入住养老机构。\n四、存在的问题\n个别补贴发放偏慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分94分，等级为“优”。\n`;
      const r = await (await createNodeAuditor({})).check({ name: 'g.txt', text });
      return (r.checks ?? []).filter((c) => c.relation === 'rate').map((c) => [c.status, (c.values as { denominator: string }).denominator]);
    };
    expect(await rates('98.13%')).toEqual([['pass', '1500']]);
    expect(await rates('97.13%')).toEqual([['fail', '1500']]);
  });
});

describe(RULE, () => {
  describe('valid: every target of 一(2) is answered in 六', () => {
    it.each([
      ['the skeleton (培训12期 ↔ 12期, 满意度90%以上 ↔ 92%)', SKELETON],
      [
        'the seed with 税收收入 and 10亿元以上项目 answered',
        variant(SEED, ['其中，世界500强项目1家。', '其中，世界500强项目1家，10亿元以上项目6家。全年税收收入同比增长18%。']),
      ],
      [
        'results listed in another order than the targets (pairing by subject, not position)',
        goals('全年完成业务培训12期，新建村级服务站5个，服务对象满意度达到90%以上。', '服务对象满意度达到92%，建成村级服务站6个，完成业务培训12期。'),
      ],
      ['a growth target answered by a growth result', goals('实现税收收入增长15%。', '全年税收收入同比增长18%。')],
      ['a number inside the subject named by the result (500强)', goals('力争引进500强企业3家。', '成功引进500强企业3家。')],
      [
        'quantities in 一(1) are not targets',
        withSection('一', '（一）部门（单位）基本情况\n示例县财政局内设股室3个，全年办理财政业务1500件。\n（二）年度整体支出绩效目标\n全年完成业务培训12期，服务对象满意度达到90%以上。'),
      ],
      ['quantities in 二 are not targets', withSection('二', '2025年基本支出300.00万元，完成项目评审20个。')],
      ['plans for next year in 八 are not targets', withSection('八', '下一步力争完成业务培训15期，新建村级服务站8个。')],
      // the money a part about targets says was allocated funds the work; it is no target (field trial 4)
      // issue 8, point 1: measure words of one family compare as one unit (家 / 个 / 项, 人 / 名)
      // how many indicators were set describes the targets; it is none (a self-probe of the ninth round)
      ['counts of indicators and goals (设置一级指标3个、二级指标8个、三级指标20个；绩效目标共5项)', goals('本局设置一级指标3个、二级指标8个、三级指标20个，绩效目标共5项。全年完成业务培训12期。', '完成业务培训12期。')],
      ['a growth written with 约 (提高约55公斤) answers a growth target (预期提高50公斤以上)', goals('项目区粮食亩均产能预期提高50公斤以上。', '项目区粮食亩均产能提高约55公斤。')],
      ['a target in 家 answered in 个, one in 个 answered in 项', goals('全年计划引进企业5家，完成项目10个。', '全年引进企业6个，完成项目10项。')],
      ['money allocated (下达、安排) in the goals part is not a target', goals('该工程下达补助资金50万元，全年完成业务培训12期。', '完成业务培训12期。')],
      ['a transfer payment in the goals part is money allocated, not a target (省级资金转移支付…万元)', goals('本镇转移支付绩效目标按项目设置：中央级资金转移支付124.23万元，省级资金转移支付370.83万元；全年完成业务培训12期。', '完成业务培训12期。')],
      // (field-style shapes of our own: a standard, a figure restated in other words, the head of a name)
      ['a standard of payment is no target (补贴标准为每亩100元)', goals('对全县农户种植的3000亩水稻进行补贴，补贴标准为每亩100元。', '补贴水稻种植面积3000亩，按每亩100元发放。')],
      ['the same figure and unit of subjects sharing a word (…3000亩水稻… ↔ 水稻种植面积3000亩)', goals('对全县1200户农户种植的3000亩水稻进行补贴。', '共补贴农户1200户、水稻种植面积3000亩。')],
      ['a result named by the head of the target\'s name (受益学生满意度 ↔ 满意率93.6%; 预算执行率力争… ↔ 执行率)', goals('受益学生满意度不低于90%，预算执行率力争达到95%以上。', '收回问卷582份，满意率93.6%；全年执行率97.78%。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid: a target without a matching result', () => {
    it('the seed: 税收收入增长15% and 10亿元以上项目5家 are unanswered (DOMAIN §7), nothing else', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '一', line: 23 }, expected: '增长15%',
          data: { target: '实现税收收入增长15%', result: '', pairing: '完成情况中没有同一指标的实际完成数' },
          message: '绩效目标“实现税收收入增长15%”在第六部分没有对应的完成情况（完成情况中没有同一指标的实际完成数）',
        },
        {
          ruleId: RULE, severity: 'warning', location: { section: '一', line: 23 }, expected: '5家',
          data: { target: '10亿元以上项目5家', result: '' },
          // 亿元以上项目15个 is another indicator: 个 and 家 count the same things, but it names no “10亿”
          message: expect.stringContaining('“成功引进亿元以上项目15个”未含目标中的“10亿”'),
        },
      ]);
      expect(await runRule(RULE, SEED)).toHaveLength(2);
    });

    it('money the goals part sets as a target (目标) is one, allocated or not', async () => {
      const findings = await runRule(RULE, goals('年度目标为下达补助资金50万元，全年完成业务培训12期。', '完成业务培训12期。'));
      expect(findings.map((f) => f.expected)).toEqual(['50万元']);
    });

    it('the seed with 亿元以上项目15家: same unit, but the result does not name “10亿”', async () => {
      const findings = await runRule(RULE, variant(SEED, ['亿元以上项目15个', '亿元以上项目15家']));
      expect(findings).toHaveLength(2);
      expect(findings[1]).toMatchObject({
        location: { section: '一', line: 23 },
        data: { target: '10亿元以上项目5家', result: '', pairing: '“成功引进亿元以上项目15家”未含目标中的“10亿”，不是同一指标' },
      });
    });

    it('a clause that names the target (达到不低于90%的目标) is no result; a restated figure must name the target\'s qualifier (10亿)', async () => {
      expect((await runRule(RULE, goals('受益学生满意度不低于90%。', '问卷显示结果良好，达到不低于90%的目标。'))).map((f) => f.expected)).toEqual(['90%']);
      expect((await runRule(RULE, goals('引进10亿元以上项目6家。', '成功引进亿元以上项目6个。'))).map((f) => f.expected)).toEqual(['6家']);
    });

    it('a unit of another family is another indicator (户 is no 个)', async () => {
      expect(await runRule(RULE, goals('全年帮扶困难家庭30户。', '全年帮扶困难家庭30个。'))).toMatchObject([
        { data: { pairing: '“全年帮扶困难家庭30个”单位为“个”，与目标的“户”不同，不是同一指标' } },
      ]);
    });

    it('results in another order, one target unanswered: the finding names that target', async () => {
      const text = goals('全年完成业务培训12期，新建村级服务站5个，服务对象满意度达到90%以上。', '服务对象满意度达到92%，完成业务培训12期。');
      expect(await runRule(RULE, text)).toMatchObject([
        { location: { section: '一', line: 9 }, expected: '5个', data: { target: '新建村级服务站5个', result: '' } },
      ]);
    });

    it('unit must match: 12期 is not answered by 12次', async () => {
      const text = withSection('六', '全年完成业务培训12次，服务对象满意度达到92%。');
      expect(await runRule(RULE, text)).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '一', line: 9 }, expected: '12期',
          data: { target: '全年完成业务培训12期', result: '', pairing: '“全年完成业务培训12次”单位为“次”，与目标的“期”不同，不是同一指标' },
          message: '绩效目标“全年完成业务培训12期”在第六部分没有对应的完成情况（“全年完成业务培训12次”单位为“次”，与目标的“期”不同，不是同一指标）',
        },
      ]);
    });

    it('the result missing altogether (rule example)', async () => {
      const text = withSection('六', '服务对象满意度达到92%。');
      expect(await runRule(RULE, text)).toMatchObject([
        { location: { section: '一', line: lineOf(text, '全年完成业务培训12期') }, data: { target: '全年完成业务培训12期', pairing: '完成情况中没有同一指标的实际完成数' } },
      ]);
    });

    it('numbers inside the subject must match: 500强 is not answered by 100强', async () => {
      expect(await runRule(RULE, goals('力争引进500强企业3家。', '成功引进100强企业3家。'))).toMatchObject([
        {
          location: { section: '一', line: 9 }, expected: '3家',
          data: { target: '力争引进500强企业3家', result: '', pairing: '“成功引进100强企业3家”未含目标中的“500强”，不是同一指标' },
        },
      ]);
    });

    it('a growth target is not answered by a level (税收收入增长15% vs 比重35%)', async () => {
      const findings = await runRule(RULE, goals('实现税收收入增长15%。', '税收收入占全县税收比重达到35%。'));
      expect(findings).toMatchObject([{ location: { section: '一', line: 9 }, expected: '增长15%', data: { target: '实现税收收入增长15%', result: '' } }]);
      // the explanation must say why (growth vs level), not quote an empty number list
      expect(String(findings[0]!.data.pairing)).not.toContain('“”');
      expect(String(findings[0]!.data.pairing)).toContain('增长');
    });
  });

  describe('valid: a level reached “提高到/提升至” is a result, not a growth rate', () => {
    it('满意度达到90%以上 answered by 满意度提高到92%', async () => {
      expect(await runRule(RULE, goals('服务对象满意度达到90%以上。', '服务对象满意度提高到92%。'))).toEqual([]);
    });
  });

  it('a project described as it is to be built (拟按…建设，设计速度…，估算投资…) sets no targets outside a goals part', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const text = (plan: string) =>
      `一、项目基本情况\n大保高速改线工程路线全长16.031公里，${plan}，路基宽度25.50米，估算投资400,600.00万元。\n二、项目绩效自评工作开展情况\n根据通知要求，搜集整理绩效评价相关资料。\n三、项目绩效实现情况\n（一）项目资金情况\n市财政局下达我局项目前期工作经费200.00万元。实际支出项目资金200.00万元，资金执行率100.00%。\n（二）项目绩效指标完成情况\n1.产出指标完成情况\n工可报告已于2020年7月编制完成。\n`;
    const goals = async (t: string) => (await auditor.check({ name: 'p.txt', text: t })).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(await goals(text('拟按双向四车道高速公路建设，设计速度80公里/小时'))).toEqual([]);
    // a plan in the figure's own clause still sets a target
    expect((await goals(text('计划完成勘察设计里程16公里'))).length).toBe(1);
  });

  it('goals under a sub-heading of another part (一、部门基本情况 … （三）部门整体支出绩效目标), as some provinces place them', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const report = (result: string) =>
      `示例县水利局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）部门职能\n本局负责全县水利工作，内设机构5个。\n（二）部门整体支出绩效目标\n年度目标为完成水毁工程修复12处，农村饮水安全巩固提升惠及群众2万人。\n（三）预算资金情况\n2024年一般公共预算支出500.00万元。\n二、绩效目标完成情况\n${result}\n三、自评结果\n自评得分95分，等级为优。\n`;
    const goals = async (t: string) => (await auditor.check({ name: 'g.txt', text: t })).findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message);
    expect(await goals(report('完成水毁工程修复12处，农村饮水安全巩固提升惠及群众2.1万人。'))).toEqual([]);
    expect(await goals(report('完成水毁工程修复10处，农村饮水安全巩固提升惠及群众2.1万人。'))).toEqual([expect.stringContaining('完成水毁工程修复12处')]);
    expect(await goals(report('农村饮水安全巩固提升惠及群众2.1万人。'))).toEqual([expect.stringContaining('水毁工程修复12处')]);
  });

  it('a results part the outline does not name is found by its heading (三、部门整体支出绩效情况, （一）产出情况), ninth round', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const report = (results: string) =>
      `江苏省水利厅2024年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）部门职能\n负责全省水利工作。\n（二）年度整体支出绩效目标\n新增和恢复有效灌溉面积20万亩，治理水土流失面积120平方公里。\n二、部门整体支出情况\n2024年度支出总计12.35亿元。\n三、部门整体支出绩效情况\n（一）产出情况\n${results}\n四、自评结果\n自评得分93.5分，等级为优。\n`;
    const goals = async (t: string) => (await auditor.check({ name: 'g.txt', text: t })).findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message);
    expect(await goals(report('新增和恢复有效灌溉面积21.5万亩，治理水土流失面积126平方公里。'))).toEqual([]);
    expect(await goals(report('新增和恢复有效灌溉面积18.5万亩，治理水土流失面积126平方公里。'))).toEqual([expect.stringContaining('实际完成“新增和恢复有效灌溉面积18.5万亩”')]);
    expect(await goals(report('新增和恢复有效灌溉面积21.5万亩。'))).toEqual([expect.stringContaining('治理水土流失面积120平方公里')]);
    // "部门整体支出情况" is the budget part, not results: the checks are skipped, not failed
    const noResults = (await auditor.check({ name: 'g.txt', text: report('').replace(/三、部门整体支出绩效情况\n（一）产出情况\n/, '') })).checks!.filter((c) => c.ruleId === RULE);
    expect(noResults.map((c) => c.status)).toEqual(['skipped', 'skipped']);
  });

  it('in a part that hands funds and goals down, allocations and counts of indicators are no targets (ninth round, transfer-payment shapes)', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const report = (goals: string) =>
      `2024年度农业生产发展资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n（一）中央下达预算和绩效目标情况\n${goals}\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n全年完成耕地地力保护补贴发放，惠及农户52万户。\n`;
    const targets = async (t: string) => (await auditor.check({ name: 't.txt', text: report(t) })).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(await targets('2024年农业生产发展资金合计67100万元，其中约束性任务资金合计57500万元，安排指导性任务资金合计9600万元；农业信贷担保业务奖补资金980万元由省财政厅负责管理实施，其余由省农业农村厅负责分配实施。年度目标下设33个三级绩效指标，包括23个数量指标、2个质量指标、8个效益指标。')).toEqual([]);
    expect(await targets('预拨资金3608万元（中央资金2855万元、省级资金753万元）分配到各项目实施机构。')).toEqual([]);
    expect(await targets('按照每人每亩财政给予100元的小麦种植补贴标准发放。')).toEqual([]);
    // a target set in its own clause is still read there
    expect(await targets('年度目标为惠及农户50万户，新建高标准农田12万亩。')).toEqual([expect.stringContaining('新建高标准农田12万亩')]);
  });

  it('results written “指标：年度目标X，实际完成Y”, a target restated among the results, a results table, a plan added in the goals part (ninth field trial)', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const report = (goals: string, results: string) =>
      `示例区统计局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制10人，实有人员9人。\n二、部门整体支出绩效目标\n${goals}\n三、绩效目标完成情况\n${results}\n四、存在的问题\n基层数据质量仍需提高。\n五、改进措施\n加强培训。\n六、自评结果\n自评得分95分，等级为“优”。\n`;
    const goals = async (t: string) => (await auditor.check({ name: 'g.txt', text: t })).findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message);
    const targets = '1.开展入户调查不少于200户；\n2.数据上报及时率≥98%。';
    expect(await goals(report(targets, '1.入户调查：年度目标200户，实际完成236户，完成目标。\n2.数据上报及时率：年度目标98%，实际完成99.5%，完成目标。'))).toEqual([]);
    expect(await goals(report(targets, '1.入户调查：年度目标200户，实际完成180户。\n2.数据上报及时率：年度目标98%，实际完成99.5%，完成目标。'))).toEqual([expect.stringContaining('实际完成“实际完成180户”')]);
    // the target restated is no result: the figure after it is
    expect(await goals(report(targets, '1.全年开展入户调查236户。\n2.数据上报及时率目标值不低于98%，统计结果为95%。'))).toEqual([expect.stringContaining('统计结果为95%')]);
    // a cause on a line of its own in the results part explains the shortfall
    expect(await goals(report(targets, '1.全年开展入户调查236户。\n2.数据上报及时率达到96%。\n数据上报及时率未达目标的原因：两个乡镇统计站人员调整，月报延迟报送。'))).toEqual([]);
    // money added to the plan in the goals part is no target
    expect(await goals(report(`（一）预算资金情况：2025年全年预算数500.00万元，年中追加50.00万元。\n（二）绩效目标：\n${targets}`, '1.全年开展入户调查236户。\n2.数据上报及时率达到99.5%。'))).toEqual([]);
    // a results table answers the targets set in the text; its units include 万亩 and 个工作日
    expect(await goals(report('1.建成高标准农田面积4.2万亩以上；\n2.登记办结时限不超过3个工作日。', '三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析\n建成高标准农田面积 | ≥4.2万亩 | 4.26万亩 | 无偏差\n登记办结时限 | ≤3个工作日 | 2.5个工作日 | 无偏差'))).toEqual([]);
    expect(await goals(report('1.建成高标准农田面积4.2万亩以上；\n2.登记办结时限不超过3个工作日。', '三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析\n建成高标准农田面积 | ≥4.2万亩 | 4.26万亩 | 无偏差\n登记办结时限 | ≤3个工作日 | 4.5个工作日 | —'))).toEqual(expect.arrayContaining([expect.stringContaining('4.5个工作日')]));
  });

  it('more result shapes of the ninth field trial: 目标值X，完成值Y; 实际开展/实际接待; a name with digits before the colon; the cause in the next sentence; a target restated in the table with other words; a share in the goals part', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const report = (goals: string, results: string) =>
      `示例区卫生健康局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制10人，实有人员9人。\n二、部门整体支出绩效目标\n${goals}\n三、绩效目标完成情况\n${results}\n四、存在的问题\n个别项目推进较慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分95分，等级为“优”。\n`;
    const goals = async (t: string) => (await auditor.check({ name: 'g.txt', text: t })).findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message);
    expect(await goals(report('1.完成农村公路提档升级改造30公里；\n2.开展文化惠民演出不少于200场。', '1.农村公路提档升级：目标值30公里，完成值32.6公里，超额完成。\n2.文化惠民演出：目标不少于200场，实际开展236场。'))).toEqual([]);
    expect(await goals(report('1.完成农村公路提档升级改造30公里；\n2.开展文化惠民演出不少于200场。', '1.农村公路提档升级：目标值30公里，完成值28.6公里。\n2.文化惠民演出：目标不少于200场，实际开展236场。'))).toEqual([expect.stringContaining('完成值28.6公里')]);
    expect(await goals(report('1.开展入户调查不少于200户;\n2.65岁以上老年人健康管理率≥70%;', '1.入户调查:年度目标200户,实际完成236户。\n2.65岁以上老年人健康管理率:年度目标70%,实际完成72.1%,完成目标。'))).toEqual([]);
    expect(await goals(report('新创建国家A级旅游景区2个。', '新创国家A级旅游景区：目标2个，实际完成1个。未完成原因：景区评定会议推迟至次年一季度。'))).toEqual([]);
    expect(await goals(report('新创建国家A级旅游景区2个。', '新创国家A级旅游景区：目标2个，实际完成1个。景区建设仍在推进。'))).toEqual([expect.stringContaining('实际完成1个')]);
    expect(await goals(report('建成区粮食综合生产能力每亩提高100公斤以上。', '三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析\n亩均粮食产能提升 | ≥100公斤 | 112公斤 | 无偏差'))).toEqual([]);
    expect(await goals(report('其中新增高效节水灌溉面积0.8万亩。', '三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析\n新增高效节水灌溉面积 | ≥0.8万亩 | 0.75万亩 | 部分地块土壤黏重，经批准调整为管道输水灌溉'))).toEqual([]);
    expect(await goals(report('年中追加预算后，追加额相当于年初预算的13.06%；完成业务培训12期。', '完成业务培训12期。'))).toEqual([]);
  });

  it('a results table\'s rows counted in measure words of things (套, 座, 处 …) answer the targets, eleventh field trial', async () => {
    const targets = '1.推广节水灌溉设备不少于30套；\n2.维修病险水闸不少于6座；\n3.新建农村应急供水点不少于8处。';
    const table = (sluices: string, cause: string) => `三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析\n推广节水灌溉设备 | ≥30套 | 33套 | 无偏差\n维修病险水闸 | ≥6座 | ${sluices} | ${cause}\n新建农村应急供水点 | ≥8处 | 9处 | 无偏差`;
    expect(await deptGoals('水利局', targets, table('6座', '无偏差'))).toEqual([]);
    expect(await deptGoals('水利局', targets, table('5座', '—'))).toEqual([expect.stringContaining('实际完成“维修病险水闸5座”')]);
  });

  it('a results part headed 绩效目标自评完成情况分析 is read, with its indicator table; one shortfall stated in both is one finding, explained by either (eleventh field trial)', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const report = (results: string, problems = '部分大棚管护不到位。') =>
      `示例市农业农村局2025年度设施农业项目支出绩效自评报告\n一、绩效目标分解下达情况\n项目年度绩效目标为：推广温室大棚不少于40套，受益农户满意度不低于90%。\n二、绩效目标自评完成情况分析\n${results}\n三、存在的问题及偏离绩效目标的原因\n${problems}\n四、绩效自评结果拟应用和公开情况\n经综合评定，本项目自评得分95分，自评等级为“优”。\n`;
    const goals = async (t: string) => (await auditor.check({ name: 'g.txt', text: t })).findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message);
    const table = (got: string, cause: string) => `三级指标 | 年度指标值 | 实际完成值 | 偏差原因\n推广温室大棚 | ≥40套 | ${got} | ${cause}\n受益农户满意度 | ≥90% | 93.5% | 无`;
    expect(await goals(report('推广温室大棚43套，受益农户满意度93.5%。'))).toEqual([]);
    expect(await goals(report('推广温室大棚36套，受益农户满意度93.5%。'))).toEqual([expect.stringContaining('实际完成“推广温室大棚36套”')]);
    // the text's result and the table's row of one indicator: one finding, a cause in the row explains it
    expect(await goals(report(`推广温室大棚36套，受益农户满意度93.5%。\n${table('36套', '—')}`))).toEqual([expect.stringContaining('实际完成“推广温室大棚36套”')]);
    expect(await goals(report(`推广温室大棚36套，受益农户满意度93.5%。\n${table('36套', '4套大棚因供货商延迟交货无法按期安装')}`))).toEqual([]);
  });

  it('results written “指标名：实际值” (the name, a colon, the figure; one a line or several in a sentence), tenth field trial', async () => {
    const goals = (targets: string, results: string) => deptGoals('水利局', targets, results);
    const targets = '1.新建农村饮水管网不少于45公里；\n2.工程验收合格率≥95%。';
    expect(await goals(targets, '1.新建农村饮水管网：48.5公里，达到目标。\n2.工程验收合格率：97.2%，达到目标。')).toEqual([]);
    // (several in one sentence; the figure's own words only those of the name: 全年新建管网)
    expect(await goals(targets, '新建农村饮水管网：全年新建管网48.5公里；工程验收合格率：97.2%。')).toEqual([]);
    // the figure under the name is compared with the target: a shortfall is reported, not lost
    expect(await goals(targets, '1.新建农村饮水管网：41公里。\n2.工程验收合格率：97.2%。')).toEqual([expect.stringContaining('实际完成“41公里”')]);
    // a figure followed by words of its own (产出目标：完成8个村级服务站建设) is not of the name before the colon
    expect(await goals('产出目标：完成8个村级服务站建设，工程验收合格率≥95%。', '工程验收合格率97.2%。')).toEqual([]);
    // the same rate measured in a way the clause names (受益群众满意度：抽样回访满意度为93.6%) is the named one's
    const rate = '受益群众满意度不低于90%。';
    expect(await goals(rate, '受益群众满意度：抽样回访满意度为93.6%，达到目标。')).toEqual([]);
    expect(await goals(rate, '受益群众满意度：抽样回访满意度为86.2%。')).toEqual([expect.stringContaining('86.2%')]);
  });

  it('results written “指标名：完成N单位” with words of doing and of the year before the name\'s own words (实际完成抽检, 年内完成), eleventh field trial', async () => {
    const goals = (results: string) => deptGoals('农业农村局', '1.完成农产品质量抽检500批次；\n2.完成病险水闸维修6座。', results);
    expect(await goals('1.农产品质量抽检：实际完成抽检512批次，达到目标。\n2.病险水闸维修：年内完成7座，超额完成。')).toEqual([]);
    // the figure is compared with the target: a shortfall is reported, not taken for a result of nothing
    expect(await goals('1.农产品质量抽检：实际完成抽检512批次。\n2.病险水闸维修：年内完成5座。')).toEqual([expect.stringContaining('实际完成“年内完成5座”')]);
    // words of its own after the figure still name another thing (产出目标：完成8座村级服务站建设)
    expect(await goals('1.农产品质量抽检：实际完成抽检512批次。\n2.产出目标：年内完成7座村级服务站建设。')).toEqual([expect.stringContaining('病险水闸维修6座')]);
  });

  it('a name with a qualifier more or less (对…的, a list of examples X、Y等Z) names the same indicator, eleventh field trial', async () => {
    const goals = (results: string) => deptGoals('水务局', '全年清理疏浚沟渠不少于80公里，新建村级服务站5个，企业对供水服务的满意度不低于92%。', results);
    expect(await goals('全年清理疏浚东干渠、西干渠、南支渠等沟渠86.2公里，新建村级服务站6个。企业对供水服务的满意度为94.3%。')).toEqual([]);
    expect(await goals('全年清理疏浚沟渠86.2公里，新建村级服务站6个。企业满意度为94.3%。')).toEqual([]);
    // the figures are compared: a shortfall of either is reported
    expect(await goals('全年清理疏浚东干渠、南支渠等沟渠72.4公里，新建村级服务站6个。企业满意度为89.5%。')).toEqual([
      expect.stringContaining('实际完成“全年清理疏浚东干渠、南支渠等沟渠72.4公里”'),
      expect.stringContaining('实际完成“企业满意度为89.5%”'),
    ]);
    // another head or another beginning is another indicator (群众满意度 is not the enterprises')
    expect(await goals('全年清理疏浚沟渠86.2公里，新建村级服务站6个。群众满意度为94.3%。')).toEqual([expect.stringContaining('企业对供水服务的满意度不低于92%')]);
    // figures in a list of their own stay apart (服务站6个、业务培训12期)
    expect(await goals('新建村级服务站4个、全年清理疏浚沟渠86.2公里等。企业满意度为94.3%。')).toEqual([expect.stringContaining('实际完成“新建村级服务站4个”')]);
  });

  it('a list number fused with an indicator that begins with a digit (1.60岁…, 2.3岁以下…) is the item\'s number; a decimal that begins a line alone is not (tenth field trial)', async () => {
    const goals = (targets: string, results: string) => deptGoals('卫生健康局', targets, results);
    const targets = '1.60岁以上老年人体检率≥70%；\n2.3岁以下婴幼儿健康管理率≥85%；\n3.孕产妇产后访视率≥90%。';
    expect(await goals(targets, '全县60岁以上老年人体检率73.5%，3岁以下婴幼儿健康管理率88.2%，孕产妇产后访视率93.1%。')).toEqual([]);
    // (the results numbered the same way)
    expect(await goals(targets, '1.60岁以上老年人体检率73.5%；\n2.3岁以下婴幼儿健康管理率88.2%；\n3.孕产妇产后访视率93.1%。')).toEqual([]);
    expect(await goals(targets, '全县60岁以上老年人体检率66.5%，3岁以下婴幼儿健康管理率88.2%，孕产妇产后访视率93.1%。')).toEqual([
      // (示例县 tells no province: Hebei's outline is a guess, its parts named by what they are, not by its numbers)
      '绩效目标“60岁以上老年人体检率≥70%”实际完成“全县60岁以上老年人体检率66.5%”，未达到目标，存在问题部分也未说明原因',
    ]);
    // a decimal beginning a line with no numbered items around it is a figure of the name (2.5级)
    expect(await goals('确保2.5级以上地震自动速报率不低于95%。', '全年地震监测运行平稳。\n2.5级以上地震自动速报率达到98.6%。')).toEqual([]);
  });

  it('a result stated in the target\'s own sentence, and a year in the target that names the period (third field trial)', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const auditor = await createNodeAuditor({});
    const goals = async (t: string) => (await auditor.check({ name: 'g.txt', text: t })).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    const project = (first: string, second: string) =>
      `鸡飞镇2022年农村危房改造项目自评报告\n一、项目基本情况\n${first}\n二、项目绩效自评工作开展情况\n一是领导高度重视绩效自评工作。\n三、项目绩效实现情况\n${second}\n`;
    // "实际完成14户" answers the target before it, and is no target itself
    expect(await goals(project('鸡飞镇2022年度农村危房改造项目绩效目标14户，实际完成14户，实际完成数占年度目标任务的100%。', '项目已按期完成。'))).toEqual([]);
    expect(await goals(project('鸡飞镇2022年度农村危房改造项目绩效目标14户，补助资金按期拨付。', '项目已按期完成。'))).toHaveLength(1);
    // 2022年 in the target names the year; the result need not repeat it
    expect(await goals(project('我市2022年农村危房改造任务数为115户，全年实际完成农村危房改造120户。', '项目已按期完成。'))).toEqual([]);
  });

  describe('targets set out in a table (指标名称 | 年度目标值) are answered by results stated in prose, twelfth field trial', () => {
    const targets = (unitInName = false) =>
      [
        '年初批复的部门整体绩效目标见下表。',
        '指标类型 | 指标名称 | 年度目标值',
        unitInName ? '产出指标 | 文物安全巡查次数（次） | ≥48' : '产出指标 | 文物安全巡查次数 | ≥48次',
        '产出指标 | 修缮文物保护单位数量 | 6处',
        '产出指标 | 非遗项目申报完成率 | ≥90%',
        '效益指标 | 文物安全管理机制 | 健全并有效运行',
        '满意度指标 | 游客满意度 | ≥85%',
      ].join('\n');
    const results = (patrols: string, visitors = '抽样调查游客满意度91.20%。') =>
      `全年开展文物安全巡查${patrols}。全市6处文物保护单位全部完成修缮。应申报非遗项目20个，已申报19个，完成率95.00%。${visitors}`;
    const audit = async (goals: string, done: string) => {
      const { createNodeAuditor } = await import('../../src/lib/node.js');
      const auditor = await createNodeAuditor({});
      const text = `示例县文化和旅游局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制15人，实有人员14人。\n二、部门整体支出绩效目标\n${goals}\n三、绩效目标完成情况\n${done}\n四、存在的问题\n基层文物保护力量不足。\n五、改进措施\n加强业务培训。\n六、自评结果\n自评得分93分，等级为“优”。\n`;
      const r = auditor.finish([await auditor.check({ name: 'g.txt', text })]).files[0]!;
      return {
        findings: r.findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => `${f.ruleId} ${f.location.line}`),
        checked: (r.checks ?? []).filter((c) => c.relation === 'goal').map((c) => `${c.status} ${c.location.line}`),
      };
    };

    it('held: each row with a figure is paired with its result in prose (a count before the thing counted, a bare 完成率 after a count), the unit also from the name', async () => {
      // the rows were not read: no target, no check
      for (const unitInName of [false, true]) {
        expect(await audit(targets(unitInName), results('52次'))).toEqual({ findings: [], checked: ['pass 7', 'pass 8', 'pass 9', 'pass 11'] });
      }
    });

    it('broken: a shortfall in prose without its cause, and a row with no result, are reported', async () => {
      expect((await audit(targets(), results('40次'))).findings).toEqual(['goal-shortfall-unexplained 7']);
      expect((await audit(targets(), results('52次', '游客反映景区停车位紧张。'))).findings).toEqual(['goal-without-result 11']);
    });

    it('held: rows a results table restates are paired in that table, once', async () => {
      const table = '三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析\n文物安全巡查次数 | ≥48次 | 52次 | 无偏差\n修缮文物保护单位数量 | 6处 | 6处 | 无偏差\n非遗项目申报完成率 | ≥90% | 95% | 无偏差\n游客满意度 | ≥85% | 1,091.2% | 无偏差';
      // (the last row's result is written so that the table does not read it: the target row is still not said to lack it)
      expect((await audit(targets(), table)).findings).toEqual([]);
    });
  });
});

describe('sub-headings naming goals inside a part about results group results (thirteenth field trial)', () => {
  const audit = async (lines: string, tail = '四、存在问题及改进措施\n（一）存在问题\n个别场馆开放时间偏短。\n五、自评结论\n自评得分91分，等级为“优”。') => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = `示例区体育局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制20人，实有人员19人。\n二、部门整体收支情况\n全年支出1,200.00万元。\n三、部门整体绩效目标实现情况\n${lines}\n${tail}\n`;
    const r = await (await createNodeAuditor({})).check({ name: 'g.txt', text });
    return r.findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => `${f.ruleId} ${f.location.line}`);
  };

  it('held: under （一）履职目标 a line with its target and its result is paired, the result no target of its own', async () => {
    expect(await audit('（一）履职目标\n1.举办全民健身赛事：目标不少于60场，实际举办64场。\n2.新建社区健身路径：目标24处，实际建成24处。\n（二）效益目标\n1.居民健身参与率保持稳定。')).toEqual([]);
    // (the part read under another outline, its sub-heading the only one about goals)
    expect(await audit('（一）履职目标\n1.举办全民健身赛事：目标不少于60场，实际举办64场。', '四、其他说明\n无。')).toEqual([]);
  });

  it('broken: a target without its result, and a shortfall without its cause, are still reported', async () => {
    expect(await audit('（一）履职目标\n1.举办全民健身赛事：目标不少于60场。\n2.新建社区健身路径：目标24处，实际建成20处。')).toEqual(['goal-without-result 8', 'goal-shortfall-unexplained 9']);
  });
});

describe('a result named by how it was measured, and a per-unit result of a per-unit target (thirteenth field trial)', () => {
  it('held: 抽样问卷调查结果 answers a satisfaction target; 单户平均 answers a 单户…成本 target before the total spent does', async () => {
    const goals = (targets: string, results: string) => deptGoals('农业农村局', targets, results);
    expect(await goals('1.农户满意度≥90%。', '农户满意度：目标值≥90%，抽样问卷调查结果为93.5%。')).toEqual([]);
    expect(await goals('1.单户改厕成本≤0.6万元。', '单户改厕成本：目标值≤0.6万元，全年改厕支出126.00万元，单户平均0.55万元。')).toEqual([]);
    expect(await goals('1.单户改厕成本≤0.6万元。', '全年改厕支出126.00万元，单户平均改厕成本0.55万元。')).toEqual([]);
  });

  it('broken: a shortfall of either without its cause is reported', async () => {
    const goals = (targets: string, results: string) => deptGoals('农业农村局', targets, results);
    expect(await goals('1.农户满意度≥90%。', '农户满意度：目标值≥90%，抽样问卷调查结果为86.5%。')).toEqual([expect.stringContaining('实际完成“抽样问卷调查结果为86.5%”')]);
    expect(await goals('1.单户改厕成本≤0.6万元。', '单户改厕成本：目标值≤0.6万元，全年改厕支出126.00万元，单户平均0.65万元。')).toEqual([expect.stringContaining('实际完成“单户平均0.65万元”')]);
    expect(await goals('1.单户改厕成本≤0.6万元。', '全年改厕支出126.00万元，单户平均改厕成本0.65万元。')).toEqual([expect.stringContaining('实际完成“单户平均改厕成本0.65万元”')]);
  });
});

describe('targets under a sub-heading of a part the outline does not name (fourteenth field trial)', () => {
  const text = (results: string) =>
    `示例市某区住房和城乡建设局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n核定编制68名，年末实有人员64名。\n二、部门财政资金收支情况\n实际支出6,022.95万元。\n三、部门整体支出绩效情况\n（一）绩效目标\n年度计划完成老旧小区改造32个，新开工保障性租赁住房1,500套，群众满意度不低于90%。\n（二）完成情况\n${results}\n四、存在的问题及原因分析\n前期协调时间长。\n五、下一步改进措施\n压实协调责任。\n六、自评结论\n自评得分94.20分，等级为“优”。\n`;
  const goals = async (results: string) => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const r = await (await createNodeAuditor({})).check({ name: 'g.txt', text: text(results) });
    return { checked: (r.checks ?? []).filter((c) => c.relation === 'goal').length, findings: r.findings.filter((f) => f.ruleId === RULE).map((f) => f.message) };
  };

  it('held: each target has its result, all three checked', async () => {
    expect(await goals('全年完成老旧小区改造32个，新开工保障性租赁住房1,620套，群众满意度93.4%。')).toEqual({ checked: 3, findings: [] });
  });

  it('broken: a target with no result is reported', async () => {
    const r = await goals('全年完成老旧小区改造32个，群众满意度93.4%。');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toContain('新开工保障性租赁住房1,500套');
  });
});

describe('cases counted in 起 (fourteenth field trial)', () => {
  it('a cap in 起 is paired with its result: held within it, a shortfall beyond it without a cause', async () => {
    expect(await deptGoals('住房和城乡建设局', '建筑施工安全事故起数控制在2起以内。', '全年发生建筑施工安全事故1起。')).toEqual([]);
    expect(await deptGoals('住房和城乡建设局', '建筑施工安全事故起数控制在2起以内。', '全年发生建筑施工安全事故3起。')).toHaveLength(1);
    // a target in 起 with no result at all
    expect(await deptGoals('城市管理局', '全年查处违法建设不少于120起。', '全年拆除违法建筑面积1.2万平方米。')).toHaveLength(1);
  });
});

describe('a form\'s overall targets and what was done, side by side (年度总体目标 | 实际完成情况; fourteenth field trial)', () => {
  const form = (done: string, cause = '—') =>
    `某区市场监督管理局2023年度部门整体支出绩效自评表\n年度总体目标 | 实际完成情况\n完成食品安全监督抽检2,400批次，市场主体登记办结率100%，带动农产品网络零售额增长10%以上 | ${done}\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施\n效益指标 | 经济效益指标 | 农产品网络零售额增长率 | ≥10% | 8.6% | 15 | 12 | ${cause}\n总分 | | | | | 15 | 12 | \n`;
  const run = async (text: string) => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const r = await (await createNodeAuditor({})).check({ name: 'f.txt', text });
    return { goals: (r.checks ?? []).filter((c) => c.relation === 'goal').map((c) => (c.values as { target: string }).target), findings: r.findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.ruleId) };
  };

  it('held: the cell\'s targets are paired with the cell\'s results; a shortfall explained in the table\'s row is explained', async () => {
    const r = await run(form('全年完成食品安全监督抽检2,512批次，市场主体登记办结率100%，农产品网络零售额增长8.6%', '脐橙主产区遭受低温冻害，上市量减少'));
    expect(r.goals).toEqual(expect.arrayContaining(['完成食品安全监督抽检2,400批次', '市场主体登记办结率100%']));
    expect(r.findings).toEqual([]);
  });

  it('broken: a target of the cell with no result in the other cell is reported; a shortfall with no cause anywhere too', async () => {
    expect((await run(form('市场主体登记办结率100%，农产品网络零售额增长8.6%', '脐橙主产区遭受低温冻害，上市量减少'))).findings).toEqual([RULE]);
    expect((await run(form('全年完成食品安全监督抽检2,512批次，市场主体登记办结率100%，农产品网络零售额增长8.6%'))).findings).toContain('goal-shortfall-unexplained');
  });
});

describe('a count of a class of indicators (其中预算执行类1个) sets no target (thirty-fourth field trial)', () => {
  it('wants no result for it; the targets beside it still do', async () => {
    expect(await deptGoals('卫健局', '2024年度共设置绩效指标14个，其中预算执行类1个、产出指标9个、效益指标3个、满意度指标1个。全年完成农村改厕500户。', '全年完成农村改厕512户，预算执行率96.90%。')).toEqual([]);
    expect(await deptGoals('卫健局', '2024年度共设置绩效指标14个，其中预算执行类1个、产出指标9个、效益指标3个、满意度指标1个。全年完成农村改厕500户。', '全年开展健康讲座20场，预算执行率96.90%。')).toHaveLength(1);
  });
});

describe('a list of indicators closed by its total (…满意度指标1个，合计16个) sets no target of 16 (thirty-third field trial)', () => {
  it('wants no result for the total; the indicators themselves still do', async () => {
    expect(await deptGoals('卫健局', '年度绩效指标包括：产出指标11个，效益指标3个，满意度指标1个，另设预算执行率指标1个，合计16个。全年完成农村改厕500户。', '全年完成农村改厕512户。')).toEqual([]);
    expect(await deptGoals('卫健局', '年度绩效指标包括：产出指标11个，效益指标3个，满意度指标1个，另设预算执行率指标1个，合计16个。全年完成农村改厕500户。', '全年开展健康讲座20场。')).toHaveLength(1);
  });
});

describe('a part of targets whose lines each say whether the target was met (1.…达到100%。实际为99.64%，未达到目标。) (thirty-fourth field trial)', () => {
  const lines = (nutrition: string) => [
    '1.预算执行率达到100%。实际为99.64%，未达到目标，主要原因是公用经费结余3.47万元。',
    '2.在校生规模不低于1650人。秋季学期在校生1663人，达到目标。',
    `3.营养改善计划覆盖率100%。秋季学期1663名学生全部享受营养餐，覆盖率${nutrition}%。`,
    '4.家长满意度不低于90%。实际94.67%，达到目标。',
  ].join('\n');
  it('reads the sentences after each line’s first as its result, not as more targets', async () => {
    expect(await deptGoals('第二中学', lines('100'), '全年开展家长开放日2次。')).toEqual([]);
  });
  it('a shortfall stated so is still reported without its cause', async () => {
    expect(await deptGoals('第二中学', lines('98.5'), '全年开展家长开放日2次。')).toEqual([expect.stringContaining('营养改善计划覆盖率')]);
  });
});

describe('figures that set no target of their own (thirty-fourth field trial)', () => {
  it('a threshold in the name of what is counted (收入10万元以上的村实现全覆盖), the label of the goal statement (年度总体目标为完成…)', async () => {
    expect(await deptGoals('柳湾镇人民政府', '村级集体经济收入10万元以上的村实现全覆盖。', '全镇14个行政村全部实现集体经济收入10万元以上。')).toEqual([]);
    expect(await deptGoals('交通运输局', '年度总体目标为完成1126.4公里农村公路日常养护。', '全年完成列养里程1126.4公里的日常养护。')).toEqual([]);
    // held: a level a target sets before 的 is still a target (…保持在80%以上的水平)
    expect(await deptGoals('交通运输局', '优良中等路率保持在80%以上的水平。', '全年开展路政巡查120次。')).toEqual([expect.stringContaining('80%')]);
  });
  it('a result in a table of indicators given as an average (平均36小时) answers its target', async () => {
    const rows = (got: string) => `指标名称 | 年度目标值 | 实际完成值\n水毁路段抢通时限 | ≤48小时 | ${got}`;
    expect(await deptGoals('交通运输局', '汛期水毁48小时内抢通。', rows('平均36小时'))).toEqual([]);
    expect(await deptGoals('交通运输局', '汛期水毁48小时内抢通。', rows('平均56小时'))).toEqual([expect.stringContaining('48小时')]);
  });
});

describe('a shortfall from the target before its rate (粮食总产量比目标少0.39万吨，完成目标的97.33%) (thirty-fifth field trial)', () => {
  it('is no result the rate is of', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = `示例县农业农村局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n编制12人，实有人员11人。\n二、部门整体支出绩效目标\n全县粮食总产量达到14.60万吨。\n三、绩效目标完成情况\n全县粮食总产量14.21万吨。粮食总产量比目标少0.39万吨，完成目标的97.33%，主要原因是夏季干旱。\n四、存在的问题\n个别工作进度偏慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分94分，等级为“优”。\n`;
    const checks = (await (await createNodeAuditor({})).check({ name: 'g.txt', text })).checks ?? [];
    expect(checks.filter((c) => c.relation === 'rate' && c.status === 'fail')).toEqual([]);
  });
});

describe('a form of overall targets one target a row (年度总体目标 | 实际完成情况 over numbered rows; thirty-fifth field trial)', () => {
  const form = (rows: string[], problems = '清淤疏浚量未达到目标，主要原因是汛期高水位，清淤船只停工。') =>
    `某市河道管理中心2024年度部门整体支出绩效自评报告\n一、部门基本情况\n中心承担河道管理工作。\n二、绩效目标及完成情况\n年度总体目标 | 实际完成情况\n${rows.join('\n')}\n三、存在的问题\n${problems}\n四、改进措施\n提前开工。\n五、自评结果\n自评得分92分，等级为“优”。\n`;
  const run = async (text: string) => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const r = await (await createNodeAuditor({})).check({ name: 'f.txt', text });
    const goals = (r.checks ?? []).filter((c) => c.relation === 'goal').map((c) => c.values as { target: string; result: string });
    return { goals, findings: r.findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message) };
  };
  const rows = [
    '1.保障全市36座闸站、泵站安全运行，全年不发生责任性安全事故。 | 36座闸站、泵站全部按规程运行维护，全年未发生责任性安全事故。',
    '2.完成辽河、绕阳河等河道堤防巡查不少于420公里。 | 累计巡查堤防428.6公里，发现并处置隐患47处。',
    '3.完成河道清淤疏浚12.5万立方米，恢复河道行洪断面。 | 完成清淤疏浚11.3万立方米，剩余工程量已列入下年计划。',
  ];

  it('held: every row\'s target is answered by the cell beside it, a figure written first (36座闸站…) too', async () => {
    const r = await run(form(rows));
    expect(r.goals.map((g) => [g.target, g.result])).toEqual([
      ['保障全市36座闸站', '36座闸站'],
      ['完成辽河、绕阳河等河道堤防巡查不少于420公里', '累计巡查堤防428.6公里'],
      ['完成河道清淤疏浚12.5万立方米', '完成清淤疏浚11.3万立方米'],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('broken: a row whose cell states nothing of the target\'s measure is reported; a shortfall in a row with no cause too', async () => {
    const r = await run(form([rows[0]!.replace(/\| .*/, '| 闸站、泵站全部按规程运行维护，全年未发生责任性安全事故。'), rows[1]!]));
    expect(r.findings).toEqual([expect.stringContaining('保障全市36座闸站')]);
    // (a 累计 figure may hold earlier years: the shortfall is read of the year's own figure)
    const short = await run(form([rows[0]!, rows[1]!.replace('累计巡查堤防428.6', '全年巡查堤防398.6')], '个别工作进度偏慢。'));
    expect(short.findings).toEqual([expect.stringContaining('实际完成“全年巡查堤防398.6公里”')]);
  });
});

describe('an indicator named before a colon with a figure inside its name (森林火灾24小时扑灭率：; thirty-fifth field trial)', () => {
  it('held: the rate after the colon is of that indicator', async () => {
    expect(await deptGoals('林业局', '森林火灾24小时扑灭率不低于95%。', '1.森林火灾受害率：全年发生森林火灾9起，受害率0.018‰。\n2.森林火灾24小时扑灭率：9起火灾均在24小时内扑灭，扑灭率100%，高于95%的目标值。')).toEqual([]);
  });
  it('broken: a rate below the target is a shortfall of that indicator', async () => {
    expect(await deptGoals('林业局', '森林火灾24小时扑灭率不低于95%。', '1.森林火灾受害率：全年发生森林火灾9起，受害率0.018‰。\n2.森林火灾24小时扑灭率：8起火灾在24小时内扑灭，扑灭率88.89%。')).toEqual([expect.stringContaining('扑灭率88.89%')]);
  });
});

describe('targets and results found by the words of the parts (thirty-sixth round)', () => {
  const run = async (text: string) => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const r = await (await createNodeAuditor({})).check({ name: 'p.txt', text });
    return { goals: (r.checks ?? []).filter((c) => c.relation === 'goal').map((c) => `${(c.values as { target: string }).target} → ${(c.values as { result: string }).result}`), findings: r.findings.filter((f) => f.ruleId === RULE || f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message) };
  };

  it('a bound (≥92%, 不少于40座) in a project\'s own part about goals sets a target; a plain figure there does not', async () => {
    const text = (done: string) => `示例州森林防火中心2024年度森林防火项目支出绩效自评报告\n一、项目基本情况\n项目预算200.00万元，覆盖8个县。\n二、项目绩效目标\n林区群众防火知识知晓率≥92%；新建蓄水池不少于40座；项目覆盖8个县。\n三、绩效目标完成情况\n${done}\n四、存在的问题\n个别工作进度偏慢。\n五、改进措施\n加强宣传。\n六、自评结果\n自评得分94分，等级为“优”。\n`;
    const held = await run(text('林区群众防火知识知晓率93.10%。新建蓄水池40座。'));
    expect(held.goals).toEqual(['林区群众防火知识知晓率≥92% → 林区群众防火知识知晓率93.10%', '新建蓄水池不少于40座 → 新建蓄水池40座']);
    expect(held.findings).toEqual([]);
    expect((await run(text('林区群众防火知识知晓率93.10%。'))).findings).toEqual([expect.stringContaining('新建蓄水池不少于40座')]);
  });

  it('in traditional characters, a part of the report\'s own about results (四、部門整體支出績效實現情況) holds the results', async () => {
    const text = (done: string) => `示例區住房和城鄉建設局2023年度部門整體支出績效自評報告\n一、部門（單位）基本情況\n編制44名，實有41人。\n二、部門整體支出績效目標\n1.完成老舊小區改造12個，惠及居民不少於2600戶；\n2.維修城市道路不少於3.5萬平方米。\n三、績效自評工作開展情況\n成立自評小組。\n四、部門整體支出績效實現情況\n${done}\n五、存在問題及改進措施\n個別項目進度偏慢。\n六、自評結果\n自評得分92分，等級為優。\n`;
    const held = await run(text('1.完成老舊小區改造12個，惠及居民2814戶；\n2.維修城市道路3.62萬平方米。'));
    expect(held.goals).toEqual(expect.arrayContaining(['惠及居民不少于2600户 → 惠及居民2814户', '维修城市道路不少于3.5万平方米 → 维修城市道路3.62万平方米']));
    expect(held.findings).toEqual([]);
    expect((await run(text('1.完成老舊小區改造12個，惠及居民2814戶。'))).findings).toEqual([expect.stringContaining('维修城市道路不少于3.5万平方米')]);
  });
});

describe('a target in 万 of a unit answered in the unit (1.1万户以上 ↔ 11,436户) (thirty-sixth field trial)', () => {
  it('held: paired and compared in the unit', async () => {
    expect(await deptGoals('农业农村局', '全市改（新）建农村户用卫生厕所1.1万户以上。', '全年完成农村户用卫生厕所改（新）建11,436户。')).toEqual([]);
  });
  it('broken: a result short of the target in the unit is a shortfall', async () => {
    expect(await deptGoals('农业农村局', '全市改（新）建农村户用卫生厕所1.1万户以上。', '全年完成农村户用卫生厕所改（新）建10,436户。')).toEqual([expect.stringContaining('10,436户')]);
  });
});

describe('a count written before its noun (完成32处地质灾害隐患点工程治理) is a target named by the words after it (fortieth field trial)', () => {
  /** The goal checks of a department report, as the CLI lists them. */
  async function goalChecks(targets: string, results: string): Promise<{ status: string; target: string; result: string; reason: string }[]> {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = `示例县自然资源局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制12人，实有人员11人。\n二、部门整体支出绩效目标\n${targets}\n三、绩效目标完成情况\n${results}\n四、存在的问题\n个别工作进度偏慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分94分，等级为“优”。\n`;
    const r = await (await createNodeAuditor({})).check({ name: 'g.txt', text });
    return (r.checks ?? []).filter((c) => c.relation === 'goal').map((c) => ({ status: c.status, target: String(c.values?.target ?? ''), result: String(c.values?.result ?? ''), reason: c.reason ?? '' }));
  }

  it('pairs it with the result that names what is done to them, not with another figure of the same things', async () => {
    const checks = await goalChecks('完成32处地质灾害隐患点工程治理，新建专业监测点不少于260处。', '新发现地质灾害隐患点73处，全部纳入台账。截至年底完成隐患点工程治理30处，2处因汛期结转。实际建成专业监测点268处。');
    // (30 of 32, no cause in the problems part: the shortfall is the finding)
    expect(checks).toContainEqual(expect.objectContaining({ status: 'fail', target: '完成32处地质灾害隐患点工程治理', result: '截至年底完成隐患点工程治理30处' }));
    expect(checks.some((c) => c.result.includes('新发现'))).toBe(false);
  });

  it('cuts the name at the next item of a list (45座小型水库维修养护、120处…)', async () => {
    const checks = await goalChecks('计划完成45座小型水库维修养护、120处山洪灾害监测站点运行维护。', '小型水库维修养护目标值45座，实际完成45座；山洪灾害监测站点运行维护目标值120处，实际完成120处。');
    expect(checks.filter((c) => c.status === 'pass').map((c) => c.target)).toEqual(expect.arrayContaining([expect.stringContaining('45座'), expect.stringContaining('120处')]));
    expect(await deptGoals('水利局', '计划完成45座小型水库维修养护、120处山洪灾害监测站点运行维护。', '小型水库维修养护目标值45座，实际完成45座；山洪灾害监测站点运行维护目标值120处，实际完成120处。')).toEqual([]);
  });

  it('lists it as not checked, with the reason, when the result is put in other words (两处…均已完工)', async () => {
    expect(await deptGoals('文化旅游局', '完成2处省级文物保护单位修缮。', '双河古民居群、柏山书院两处省级文物保护单位修缮工程均已完工。')).toEqual([]);
    const checks = await goalChecks('完成2处省级文物保护单位修缮。', '双河古民居群、柏山书院两处省级文物保护单位修缮工程均已完工。');
    expect(checks).toEqual([expect.objectContaining({ status: 'skipped', reason: expect.stringContaining('完成2处省级文物保护单位修缮”只由数量后面的文字命名') })]);
    // (a target named before its figure is asked for as ever)
    expect(await deptGoals('文化旅游局', '文物保护单位修缮2处。', '各项工作顺利推进。')).toEqual([expect.stringContaining('文物保护单位修缮')]);
  });

  it('a place before the count names nothing either (为全县86个村（社区）…配置音响): not answered by another count in the place (覆盖全县8个镇) (forty-third field trial)', async () => {
    const checks = await goalChecks('为全县86个村（社区）综合性文化服务中心配置音响、图书及健身器材。', '设备配送覆盖全县8个镇，各镇按计划配送到位。');
    expect(checks.some((c) => c.result.includes('8个镇'))).toBe(false);
    expect(checks).toEqual([expect.objectContaining({ status: 'skipped', reason: expect.stringContaining('为全县86个村（社区）综合性文化服务中心配置音响”只由数量后面的文字命名') })]);
  });

  it('a target listed after the 其中 of another (其中城东镇24座、溪口镇22座) with no result of its own is not checked, with the reason; one per unit (5.00万元/公里) pairs only with a result per the same unit (forty-fifth field trial)', async () => {
    const checks = await goalChecks('计划改造终端120座，其中城东镇24座、溪口镇96座；管网修复成本不超过5.00万元/公里。', '全年完成终端提升改造116座。管网修复支出412.46万元，修复管网86.2公里，每公里修复成本4.78万元/公里。');
    expect(checks.filter((c) => c.status === 'skipped').map((c) => c.reason)).toEqual([expect.stringContaining('城东镇24座”是另一目标“其中”所列的一部分'), expect.stringContaining('溪口镇96座”是另一目标“其中”所列的一部分')]);
    expect(checks.some((c) => c.result.includes('412.46'))).toBe(false);
    expect(checks).toContainEqual(expect.objectContaining({ target: expect.stringContaining('5.00万元/公里'), result: expect.stringContaining('4.78万元/公里') }));
  });

  it('a result of the same doing to another thing (新建及改造机耕道 for 新建及改造渠道) answers no target (forty-fifth field trial)', async () => {
    const checks = await goalChecks('新建及改造渠道不少于45公里。', '新建及改造机耕道62.5公里，完成率104.17%。');
    expect(checks.some((c) => c.result.includes('机耕道'))).toBe(false);
  });

  it('how far a result is from its target (比年度目标少348人次) sets no target (forty-sixth field trial)', async () => {
    const checks = await goalChecks('全年出院人次不少于14,000人次。', '出院人次13,652人次，比年度目标少348人次，主要原因是支付方式改革。');
    expect(checks.map((c) => c.target)).toEqual(['全年出院人次不少于14,000人次']);
  });

  it('reads a map scale (1:5万) inside the name as no clause mark', async () => {
    const checks = await goalChecks('完成12个县（区）1:5万地质灾害风险调查。', '计划完成12个县（区）1:5万地质灾害风险调查，实际完成12个。');
    expect(checks).toEqual([expect.objectContaining({ status: 'pass', target: '完成12个县（区）1:5万地质灾害风险调查', result: '实际完成12个' })]);
  });
});

describe('in a results part the plan said again (计划新建…260处) is no result: the figure after it is (fortieth field trial)', () => {
  it('pairs the target with 实际建成268处, not with the plan restated', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = '示例县自然资源局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n编制12人，实有人员11人。\n二、部门整体支出绩效目标\n新建专业监测点不少于260处。\n三、绩效目标完成情况\n计划新建专业监测点260处，实际建成238处，完成率91.54%。\n四、存在的问题\n个别工作进度偏慢。\n五、改进措施\n加强调度。\n六、自评结果\n自评得分94分，等级为“优”。\n';
    const r = await (await createNodeAuditor({})).check({ name: 'g.txt', text });
    expect(r.findings.filter((f) => f.ruleId === 'goal-shortfall-unexplained').map((f) => f.message)).toEqual([expect.stringContaining('238')]);
    // (the rate is still checked against the plan its sentence states)
    expect(r.checks).toContainEqual(expect.objectContaining({ ruleId: 'share-mismatch', status: 'pass', values: expect.objectContaining({ numerator: '238', denominator: '260' }) }));
  });
});

describe('a count of indicators said of several kinds with 各 (预算执行和满意度指标各1项) describes the targets: it is none (fortieth field trial)', () => {
  it('asks for no result of it', async () => {
    expect(await deptGoals('乡人民政府', '上述目标细化为13项三级指标，其中产出指标7项、效益指标4项，预算执行和满意度指标各1项。新修村道12.5公里。', '全年新修村道12.5公里。')).toEqual([]);
  });
});

describe('a count written before its noun after a year (2023年完成1,200户农村安居房建设) is named by the words after it too (forty-first field trial)', () => {
  it('is listed as not checked when no result is named so, not warned about', async () => {
    expect(await deptGoals('住房和城乡建设局', '2023年完成1,200户农村安居房建设。', '全年开工1,200户，开工率100%；全年竣工1,164户，竣工率97.00%。')).toEqual([]);
  });
});

describe('results said as 指标：X，目标值A，完成值B under 四、绩效指标分析, and a cause said of 该指标 (forty-first field trial)', () => {
  it('pairs them and takes the cause', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = (cause: string) => `平岗县2024年省级乡村振兴驻镇帮镇扶村资金项目支出绩效自评报告\n一、基本情况\n（二）年度绩效目标\n年初设定的主要指标包括：\n（1）新增农村供水受益人口不少于1.2万人；\n（2）扶持联农带农产业项目30个。\n二、绩效自评工作开展情况\n成立自评工作组。\n三、综合评价结论\n总体完成年度目标。\n四、绩效指标分析\n（一）产出情况\n1.农村供水。指标：新增农村供水受益人口，目标值1.2万人，完成值11,860人，完成率98.83%，较目标少140人。${cause}\n2.产业项目。指标：扶持联农带农产业项目，目标值30个，完成值30个，完成率100%。\n五、存在问题及改进措施\n个别项目进度偏慢。\n`;
    const goals = async (cause: string) => (await (await createNodeAuditor({})).check({ name: 'g.txt', text: text(cause) })).findings.filter((f) => f.ruleId.startsWith('goal-')).map((f) => f.message);
    expect(await goals('水口镇2个供水项目因征地协调滞后尚未通水，是该指标未达标的主要原因。')).toEqual([]);
    // (no cause: the shortfall is the finding, and no target is left unanswered)
    expect(await goals('全年新建集中供水工程9处。')).toEqual([expect.stringContaining('11,860人')]);
  });
});

describe('in a part that hands funds and goals down, batches of money and a comparison with the year before set no targets; a result of some of what a target counts answers none (forty-second field trial)', () => {
  it('asks for no result of them, and pairs the target with the figure of all', async () => {
    const targets = '2023年共落实资金4,200.00万元。第一批（提前下达）2,160.00万元，于2022年11月下达；第二批840.00万元，于2023年6月下达。按批次看，两批上级资金合计3,750.00万元，其中第一批2,700.00万元，第二批1,050.00万元。下达的年度绩效目标为：新建高标准农田2.8万亩，受益农户不少于8,000户。与2022年度的1.9万亩建设任务相比，2023年任务量增加0.9万亩，增长47.37%。';
    const results = '实际建成高标准农田2.86万亩。受益农户8,100户，其中脱贫户和监测户2,364户。全年第一季度支出0万元，第二季度支出486.20万元。';
    expect(await deptGoals('农业农村局', targets, results)).toEqual([]);
  });
});

describe('a figure with no words of its own after a figure and 、 (开展技术培训30期、1,500人次) is of what the figure before it measures (trial 58)', () => {
  it('is answered by a result of that thing in its unit', async () => {
    expect(await deptGoals('农业农村局', '（1）产出目标：新建示范园800亩，开展技术培训30期、1,500人次。', '新建示范园800亩。举办技术培训32期，培训果农1,620人次。')).toEqual([]);
    // held: a result short of it is a shortfall of the training
    expect(await deptGoals('农业农村局', '（1）产出目标：新建示范园800亩，开展技术培训30期、1,500人次。', '新建示范园800亩。举办技术培训32期，培训果农1,420人次。')).toEqual([expect.stringContaining('1,500人次')]);
  });
});

describe('a sentence under the targets comparing with last year\'s stated figure (比上年的1,620万元增加230万元，增长14.20%) sets no target (trial 59)', () => {
  it('its change is no target; a growth to reach against last year (较上年增长10%以上) is one', async () => {
    expect(await deptGoals('水利局', '中央财政共下达我县水利发展资金1,850万元，比上年的1,620万元增加230万元，增长14.20%。新建农村供水工程12处。', '新建农村供水工程12处。')).toEqual([]);
    expect(await deptGoals('医疗保障局', '异地就医住院费用直接结算人次较上年增长10%以上。', '各项工作顺利推进。')).toEqual([expect.stringContaining('10%')]);
  });
});

describe('a target whose count comes after 通过对全县 (通过对全县不少于35处农村供水工程实施维修养护) is named by the words after its count (trial 61)', () => {
  it('is answered by a result of that name', async () => {
    expect(await deptGoals('水利局', '通过对全县不少于35处农村供水工程实施维修养护，解决工程老化问题。', '维修养护农村供水工程37处。')).toEqual([]);
  });
});
