/**
 * same-figure-conflict (error), DOMAIN §4/§6, 财预〔2011〕285号: the same named quantity (a fund total,
 * 基本支出, 人员经费, 年度整体支出, 编制数, 实有人数 …) stated twice with different values, compared as
 * intervals of their printed precision. Comparisons (上年, 同比, 较 …, another year's figure),
 * budget figures and the amounts of a 专项资金/项目 are different quantities. The finding sits at the
 * restatement, with the first statement as related location.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'same-figure-conflict';
/** Section 一(1) of the skeleton with one more sentence appended: line 7. */
const one = (extra: string) =>
  withSection(
    '一',
    `（一）部门（单位）基本情况\n示例县财政局为全额拨款行政单位，内设股室3个，分别为：办公室、预算股、绩效股。2025年人员编制数为20人，年末实有在编人员18人。${extra}\n（二）年度整体支出绩效目标\n全年完成业务培训12期，服务对象满意度达到90%以上。`,
  );
/** Section 六 replaced: the sentence is line 23. */
const six = (body: string) => withSection('六', body);
/** The skeleton's 二 with a stated 一般公共预算支出 and two 专项资金 (DOMAIN §5 shape). */
const TWO_WITH_FUNDS = withSection(
  '二',
  '（一）基本支出情况\n2025年一般公共预算支出500.00万元。2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。按经济科目分类：工资福利支出250.00万元、商品和服务支出50.00万元。\n（二）项目支出情况\n2025年项目支出200.00万元，占一般公共预算总支出的40.00%。\n专项资金一为信息化建设资金。一般公共预算支出120.00万元，占一般公共预算总支出的24.00%。\n专项资金二为业务经费。一般公共预算支出80.00万元，占一般公共预算总支出的16.00%。',
);

describe(RULE, () => {
  describe('valid: one quantity, one value', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['the seed: no same-figure-conflict at all (DOMAIN §7)', SEED],
      ['基本支出 restated in 一 with the same value', one('2025年一般公共预算支出中基本支出300.00万元。')],
      ['300 vs 300.00: equal within the printed precision', one('2025年基本支出300万元。')],
      ['the same value in 元', one('2025年基本支出3,000,000.00元。')],
      ['the derived 一般公共预算支出 (300 + 200) restated', one('2025年一般公共预算支出500.00万元。')],
      ['the derived 年度整体支出 (300 + 200 + 100) restated', one('2025年年度整体支出600.00万元。')],
      ['基本支出 and 项目支出 restated in 六', six('基本支出300.00万元，项目支出200.00万元。')],
      ['the seed with 基本支出 restated correctly in 一', variant(SEED, ['年末实有在编人员22人。', '年末实有在编人员22人。2024年一般公共预算支出中基本支出323.15万元。'])],
      ['the seed with its derived totals restated in 一', variant(SEED, ['年末实有在编人员22人。', '年末实有在编人员22人。2024年一般公共预算支出6671.32万元，年度整体支出8701.35万元。'])],
      ['rule example (whole text)', '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n人员编制数为20人，年末实有在编人员18人。2025年一般公共预算支出中基本支出300.00万元。\n二、一般公共预算支出情况\n2025年一般公共预算支出中基本支出300.00万元。'],
      ['编制数 restated with the same value', six('本单位编制数为20人。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('valid: comparisons, budgets and 专项 amounts are other quantities', () => {
    it.each([
      ['上年基本支出280.00万元', one('上年基本支出280.00万元。')],
      // the budget part opening with last year's figure, by its year or by 上年 (eighth field trial: a false error)
      ['2024年一般公共预算支出450.00万元，2025年较之增加…, opening 二', withSection('二', '（一）基本支出情况\n2024年一般公共预算支出450.00万元，2025年较之增加50.00万元，增长11.11%。', one('2025年一般公共预算支出500.00万元。'))],
      ['上年一般公共预算支出450.00万元，本年较之增加…, opening 二', withSection('二', '（一）基本支出情况\n上年一般公共预算支出450.00万元，本年较之增加50.00万元。', one('2025年一般公共预算支出500.00万元。'))],
      ['比上年基本支出280.00万元增加', one('2025年基本支出300.00万元，比上年基本支出280.00万元增加20.00万元。')],
      ['同比', one('基本支出同比增长7.14%。')],
      ['a budget figure: 基本支出预算数320.00万元', one('2025年基本支出预算数320.00万元。')],
      ['a budget figure: 年初预算基本支出320.00万元', one('2025年年初预算基本支出320.00万元。')],
      ['专项资金 amounts named 一般公共预算支出 in 二 (fund total stated as 500.00)', TWO_WITH_FUNDS],
      [
        'a 专项资金 amount named 一般公共预算支出 in 九 beside the restated fund total',
        withSection('九', '经自评，本单位2025年度整体支出绩效自评得分为92分，等级为优。全年一般公共预算支出500.00万元。', TWO_WITH_FUNDS),
      ],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });

    it('a 专项资金 amount named 一般公共预算支出 in 六 is not the fund total', async () => {
      expect(await runRule(RULE, six('专项资金一为信息化建设资金。一般公共预算支出120.00万元，完成系统建设。'))).toEqual([]);
    });

    it('a 专项资金 amount named 一般公共预算支出 in 一(2) (专项资金绩效目标) is not the fund total', async () => {
      const text = withSection(
        '一',
        '（一）部门（单位）基本情况\n示例县财政局为全额拨款行政单位。2025年人员编制数为20人，年末实有在编人员18人。\n（二）年度整体支出绩效目标，专项资金绩效目标\n专项资金一为信息化建设资金。一般公共预算支出120.00万元，绩效目标为完成系统建设1项。',
      );
      expect(await runRule(RULE, text)).toEqual([]);
    });

    it('another year’s figure (2024年基本支出280.00万元 in a 2025 report) is not a restatement', async () => {
      expect(await runRule(RULE, one('2024年基本支出280.00万元。'))).toEqual([]);
    });

    it('last year’s 实有人数 (2024年末实有在编人员17人) is not a restatement', async () => {
      expect(await runRule(RULE, one('2024年末实有在编人员17人。'))).toEqual([]);
    });

    it('one kind of quota (其中行政编制15人) is part of the 编制数, not the 编制数', async () => {
      expect(await runRule(RULE, one('其中行政编制15人。'))).toEqual([]);
    });

    it('a subordinate unit’s quota (下属事业单位编制数为5人) is another quantity', async () => {
      expect(await runRule(RULE, one('下属事业单位编制数为5人。'))).toEqual([]);
    });
  });

  describe('the grand totals of a report (eighth field trial)', () => {
    const accounts = (second: string) => `示例单位2025年度部门决算说明\n一、部门基本情况\n2025年本单位收入总计500.00万元，支出总计500.00万元。\n二、收入决算情况说明\n${second}\n`;
    it('收入总计 stated again with another value is one figure in conflict, wherever it stands', async () => {
      expect(await runRule(RULE, accounts('2025年本单位收入总计520.00万元，比上年增加20.00万元。'))).toMatchObject([{ message: '2025年本单位收入总计前后不一致：此处为 520.00万元，另一处为 500.00万元' }]);
    });
    it('the same value, or last year\'s, is none', async () => {
      expect(await runRule(RULE, accounts('2025年本单位收入总计500.00万元，比上年增加20.00万元。'))).toEqual([]);
      expect(await runRule(RULE, accounts('上年本单位收入总计480.00万元。'))).toEqual([]);
    });
  });

  describe('joint subjects (收入、支出决算总计) of the unit and of a fund (eleventh field trial)', () => {
    const accounts = (second: string) => `示例单位2025年度部门决算说明\n一、收入支出决算总体情况说明\n示例单位2025年度收入、支出决算总计500.00万元。\n二、财政拨款收入支出决算总体情况说明\n${second}\n`;
    it('the fund\'s joint total (财政拨款收入、支出决算总计) is another figure than the unit\'s', async () => {
      expect(await runRule(RULE, accounts('2025年度财政拨款收入、支出决算总计460.00万元。'))).toEqual([]);
    });
    it('the unit\'s joint total stated again with another value is in conflict', async () => {
      expect(await runRule(RULE, accounts('示例单位2025年度收入、支出决算总计520.00万元。'))).toMatchObject([{ data: { first: '500.00', second: '520.00' } }]);
    });
    // twenty-fifth field trial: each side in a clause of its own, the fund named with the first only (a false error)
    const sides = (first: string, second: string) => `示例单位2025年度部门决算说明\n一、收入支出决算总体情况说明\n${first}\n二、财政拨款收入支出决算总体情况说明\n${second}\n`;
    it('the other side named bare after the fund\'s side (财政拨款收入总计…，支出总计…) is the fund\'s too', async () => {
      expect(await runRule(RULE, sides('2025年度收入总计500.00万元，支出总计500.00万元。', '2025年度财政拨款收入总计460.00万元，支出总计460.00万元。'))).toEqual([]);
      // held: the unit's own sides stated again with another value
      expect(await runRule(RULE, sides('2025年度收入总计500.00万元，支出总计500.00万元。', '2025年度收入总计500.00万元，支出总计520.00万元。'))).toMatchObject([{ data: { first: '500.00', second: '520.00' } }]);
    });
  });

  describe('三公 components in a sentence and in a table (nineteenth field trial)', () => {
    const accounts = (tableTotal: string, reception: string) =>
      [
        '示例单位2025年度部门决算说明',
        '一、“三公”经费支出情况',
        '2025年“三公”经费决算数5.00万元，其中公务接待费2.00万元，公务用车运行维护费3.00万元，因公出国（境）费0万元。',
        '“三公”经费（万元） | 预算数 | 决算数',
        `“三公”经费合计 | 6.00 | ${tableTotal}`,
        '因公出国（境）费 | 0 | 0',
        '公务用车运行维护费 | 3.50 | 3.00',
        `公务接待费 | 2.50 | ${reception}`,
      ].join('\n') + '\n';
    it('the same values: a restatement that holds', async () => {
      expect(await runRule(RULE, accounts('5.00', '2.00'))).toEqual([]);
    });
    it('another value where both give the same total: one figure in conflict, at the table row', async () => {
      expect(await runRule(RULE, accounts('5.00', '2.40'))).toMatchObject([{ location: { line: 8 }, message: '公务接待费决算数前后不一致：此处为 2.40万元，另一处为 2.00万元' }]);
    });
    it('another value where the totals differ too: statements of another scope (财政拨款 and all funds), none', async () => {
      expect(await runRule(RULE, accounts('5.40', '2.40'))).toEqual([]);
    });
  });

  describe('invalid: the same quantity, two values', () => {
    it('基本支出 320.00 in 一, 300.00 in 二: finding in 一, related location in 二', async () => {
      expect(await runRule(RULE, one('2025年一般公共预算支出中基本支出320.00万元。'))).toMatchObject([
        {
          ruleId: RULE, severity: 'error', location: { section: '一', line: 7 }, expected: '300.00万元', actual: '320.00万元',
          related: [{ location: { section: '二', line: 12 }, text: '基本支出 300.00万元' }],
          data: { first: '300.00', second: '320.00', diff: '20.00' },
          message: '基本支出前后不一致：此处为 320.00万元，另一处为 300.00万元',
        },
      ]);
    });

    it('rule example (whole text): 基本支出 320.00 in 一, 300.00 in 二', async () => {
      const text = '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n人员编制数为20人，年末实有在编人员18人。2025年一般公共预算支出中基本支出320.00万元。\n二、一般公共预算支出情况\n2025年一般公共预算支出中基本支出300.00万元。';
      expect(await runRule(RULE, text)).toMatchObject([
        { location: { section: '一', line: 3 }, related: [{ location: { section: '二', line: 5 } }], data: { first: '300.00', second: '320.00', diff: '20.00' } },
      ]);
    });

    it('the seed with 基本支出 323.51 restated in 一 (323.15 in 二)', async () => {
      const text = variant(SEED, ['年末实有在编人员22人。', '年末实有在编人员22人。2024年一般公共预算支出中基本支出323.51万元。']);
      expect(await runRule(RULE, text)).toMatchObject([
        { location: { section: '一', line: 21 }, related: [{ location: { section: '二', line: 26 } }], expected: '323.15万元', actual: '323.51万元', data: { first: '323.15', second: '323.51', diff: '0.36' } },
      ]);
    });

    it('a derived total restated with another value: 一般公共预算支出 520.00 vs 300 + 200', async () => {
      expect(await runRule(RULE, one('2025年一般公共预算支出520.00万元。'))).toMatchObject([
        {
          location: { section: '一', line: 7 }, expected: '500.00万元（由各部分推算）', actual: '520.00万元',
          data: { first: '500.00', second: '520.00', diff: '20.00' },
          message: '一般公共预算支出前后不一致：此处为 520.00万元，另一处为 500.00万元（由各部分推算）',
        },
      ]);
    });

    it('编制数 20 in 一, 22 in 六: finding in 六, related location in 一', async () => {
      expect(await runRule(RULE, six('本单位编制数为22人。'))).toMatchObject([
        {
          ruleId: RULE, severity: 'error', location: { section: '六', line: 23 }, expected: '20人', actual: '22人',
          related: [{ location: { section: '一', line: 7 }, text: '编制数 20 人' }],
          data: { first: 20, second: 22, diff: 2 },
          message: '编制数前后不一致：此处为 22人，另一处为 20人',
        },
      ]);
    });

    it('rule example (whole text): 编制数 20 in 一, 22 in 六', async () => {
      const text = '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n人员编制数为20人，年末实有在编人员18人。\n六、部门整体支出绩效情况\n本单位编制数为22人。';
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '六', line: lineOf(text, '本单位编制数') }, related: [{ location: { section: '一', line: 3 } }], data: { first: 20, second: 22 } }]);
    });

    it('the staff on the posts and all the staff, 编外 included, are two figures (实有在编468人 … 在职职工合计712人: twenty-eighth field trial)', async () => {
      const text = '2025年度 示例医院整体支出绩效自评报告\n一、基本情况\n医院核定编制520名，年末实有在编人员468人，空编52名；另有编外聘用人员244人，年末在职职工合计712人。\n六、部门整体支出绩效情况\n年末实有在编人员470人。';
      // (held: the 在编 figure stated again otherwise is a conflict)
      expect((await runRule(RULE, text)).map((f) => f.message)).toEqual(['实有人数前后不一致：此处为 470人，另一处为 468人']);
    });

    it('实有人数 18 in 一, 19 in 六', async () => {
      expect(await runRule(RULE, six('年末实有在编人员19人。'))).toMatchObject([
        { location: { section: '六', line: 23 }, related: [{ location: { section: '一', line: 7 } }], data: { first: 18, second: 19, diff: 1 }, message: '实有人数前后不一致：此处为 19人，另一处为 18人' },
      ]);
    });

    it('a restatement carrying its share (DOMAIN §5 shape) is still a restatement: 320.00 in 一 vs 300.00 in 二', async () => {
      expect(await runRule(RULE, one('2025年一般公共预算支出中基本支出320.00万元，占一般公共预算总支出的64.00%。'))).toMatchObject([
        { location: { section: '一', line: 7 }, related: [{ location: { section: '二', line: 12 } }], data: { first: '300.00', second: '320.00', diff: '20.00' } },
      ]);
    });
  });
});

describe('a sentence led by a clause about the year before (上年支出中，…) states that year\'s figures (thirty-seventh field trial)', () => {
  /** A report of one part (the skeleton states its own 公务接待费 figures). */
  const whole = (body: string) => `示例县农业农村局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n${body}\n`;
  const text = (lead: string) => whole(`公用经费158.13万元的明细为：办公费38.46万元，差旅费21.30万元，公务接待费4.82万元，公务用车运行维护费18.65万元，其他商品和服务支出74.90万元。\n全年“三公”经费实际支出23.47万元，其中：公务接待费4.82万元，公务用车运行维护费18.65万元。与上年实际支出26.31万元相比，减少2.84万元，下降10.79%。${lead}公务接待费5.96万元，公务用车运行维护费20.35万元。`);
  it('its figures are no restatement of this year\'s', async () => {
    expect(await runRule(RULE, text('上年支出中，'))).toEqual([]);
    expect(await runRule(RULE, text('去年同期，'))).toEqual([]);
  });
  it('held: the same sentence of this year states the figure twice', async () => {
    expect((await runRule(RULE, text('本年支出中，'))).map((f) => f.message)).toContain('公务接待费前后不一致：此处为 5.96万元，另一处为 4.82万元');
  });
  it('money carried over from the year before (上年结转资金：) is this year\'s: its rate said again is checked as such', async () => {
    const { auditText } = await import('../helpers/audit.js');
    const checks = async (x: string) => (await auditText(whole(`上年结转资金：年初预算数60.00  全年预算数60.00  全年执行数57.37  执行率95.62%\n全年执行资金897.63万元，执行率97.04%；其中当年财政拨款执行840.26万元，执行率97.14%，上年结转资金执行57.37万元，执行率${x}%。`))).files[0]!.checks!.filter((c) => c.ruleId === RULE).map((c) => [c.status, c.values]);
    expect(await checks('95.62')).toEqual([['pass', { first: '95.62%', second: '95.62%' }]]);
    // (a rate is compared with an equal print only: another value is no restatement)
    expect(await checks('96.62')).toEqual([]);
  });
});

describe('all the staff said as 在职人员合计, 编外 included, is another headcount than the staff on the posts (forty-first field trial)', () => {
  const whole = (total: string) => `示例区某街道办事处2024年度部门整体支出绩效自评报告\n一、部门基本情况\n核定编制68名，截至2024年12月31日，实有在编人员63人，其中行政人员24人，事业人员39人。\n另有公益性岗位及编外聘用人员27人，${total}90人；退休人员58人。\n`;
  it('compares no two of them', async () => {
    expect(await runRule(RULE, whole('在职人员合计'))).toEqual([]);
    expect(await runRule(RULE, whole('在职人员总数'))).toEqual([]);
  });
  it('held: the staff said again as 实有 is the same headcount', async () => {
    expect((await runRule(RULE, whole('实有人员'))).map((f) => f.message)).toEqual([expect.stringContaining('63人')]);
  });
});

describe('a class of all funds and the same class of one fund (fifty-fourth field trial)', () => {
  // 本年支出合计 by function (all funds) and the general budget's spending by function, its classes a list of shares with
  // no lead under （二）结构情况: 教育支出 differs because other funds pay for some of it, the other classes agree
  const whole = (education: string) =>
    [
      '示例区教育局2024年度部门决算说明',
      '一、支出决算情况说明',
      '本年支出合计5,420.00万元。按支出功能分类，教育支出4,600.00万元，社会保障和就业支出520.00万元，住房保障支出300.00万元。',
      '二、一般公共预算财政拨款支出决算情况说明',
      '（一）总体情况',
      '2024年度一般公共预算财政拨款支出5,180.00万元，占本年支出合计的95.57%。年初预算为5,000.00万元，调整后预算为5,200.00万元，一般公共预算财政拨款支出完成调整后预算的99.62%。',
      '（二）结构情况',
      `教育支出${education}万元，占84.17%；社会保障和就业支出520.00万元，占10.04%；住房保障支出300.00万元，占5.79%。`,
    ].join('\n') + '\n';
  it('are two figures: each list is of its own whole', async () => {
    expect(await runRule(RULE, whole('4,360.00'))).toEqual([]);
  });
  it('held: the same classes stated again with one value differing, where no other whole takes them, are one figure in conflict', async () => {
    const again = whole('4,620.00').replace('2024年度一般公共预算财政拨款支出5,180.00万元，占本年支出合计的95.57%。年初预算为5,000.00万元，调整后预算为5,200.00万元，一般公共预算财政拨款支出完成调整后预算的99.62%。', '2024年度本年支出合计5,420.00万元。').replace('占84.17%', '占85.24%').replace('占10.04%', '占9.59%').replace('占5.79%', '占5.54%');
    expect((await runRule(RULE, again)).map((f) => f.message)).toEqual([expect.stringContaining('教育支出前后不一致：此处为 4620.00万元')]);
  });
});

describe('the staff of a county\'s schools the bureau oversees (全县中小学校核定教职工编制…) are not the bureau\'s own (fifty-sixth field trial)', () => {
  const whole = (lead: string) => `示例县教育局2025年度部门整体支出绩效自评报告\n一、部门基本情况\n局本级及所属事业单位共核定编制60名，其中行政编制18名、事业编制42名。\n年末实有人员55人，其中行政人员16人、事业人员39人，空编5名。\n${lead}核定教职工编制4,210名，年末实有在编教职工3,986人，空编224名。\n`;
  it('states no headcount of the bureau again', async () => {
    expect(await runRule(RULE, whole('全县中小学校'))).toEqual([]);
    expect(await runRule(RULE, whole('全县各级各类学校'))).toEqual([]);
  });
  it('held: the bureau\'s own staff said again with another value is in conflict', async () => {
    expect((await runRule(RULE, whole('本局'))).map((f) => f.message)).toEqual([expect.stringContaining('3986人')]);
  });
});
