/**
 * Sixty-second field trial (twenty-ninth round): shapes of reports written in the manner of Inner Mongolia,
 * Ningxia, Qinghai, Gansu, Xinjiang, Hainan, Shanxi and Shaanxi units that raised false findings. Each shape
 * holds (no finding on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids, runRule, withSection } from '../helpers/rule-tester.js';


describe('staffing lines of each unit or kind after the headcount are no second headcount', () => {
  const staff = (organ: string, total = '79') =>
    doc(
      '某县卫生健康委员会2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `2.人员情况。部门核定编制86名，其中：行政编制14名，参照公务员法管理事业编制22名，全额拨款事业编制50名。实有在编人员${total}人，另有编外聘用人员12人。分单位看：`,
      `机关本级：行政编制14名，实有${organ}人；`,
      '县卫生健康监督所：参公编制22名，实有20人；',
      '县疾病预防控制中心：事业编制50名，实有46人。',
      '二、部门整体支出情况',
      '全年支出8934.12万元。',
      '三、问题',
      '全委实有在编人员79人。',
    );

  it('a line per unit after 分单位看： states that unit’s own staff', async () => {
    expect(await ids('same-figure-conflict', staff('13'))).toEqual([]);
  });

  it('the headcount stated again with another figure is still a conflict', async () => {
    expect(await ids('same-figure-conflict', staff('13', '78'))).toContain('same-figure-conflict');
  });

  it('numbered lines after "…实有人数105人。其中：" and a breakdown "事业编制分单位为：…" are parts', async () => {
    const text = (again: string) =>
      doc(
        '某区体育局2023年度部门决算说明',
        '一、部门基本情况',
        '全部门核定编制114人，实有人数105人。其中：',
        '1.行政编制18人，实有16人；',
        '2.事业编制96人，实有89人。事业编制分单位为：区业余体育学校编制52人、实有48人；区体育中心管理处编制30人、实有28人；区社会体育指导中心编制14人、实有13人。',
        '二、部门决算情况说明',
        `截至年末，全局实有人数${again}人。`,
      );
    expect(await ids('same-figure-conflict', text('105'))).toEqual([]);
    expect(await ids('same-figure-conflict', text('103'))).toContain('same-figure-conflict');
  });
});

describe('a share of 全年预算 is of the whole year’s budget, never of 年初预算 (Hainan shape)', () => {
  const text = (pct: string) =>
    doc(
      '某县卫生健康委员会2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '2023年度部门年初预算8652.30万元，年中追加后全年预算9215.46万元。',
      '二、存在的问题',
      `（一）预算编制的精准度有待提高。年中追加预算563.16万元，占全年预算的${pct}%，部分项目年初论证不充分。`,
    );
  it('holds and fails', async () => {
    expect(await ids('share-mismatch', text('6.11'))).toEqual([]);
    expect(await ids('share-mismatch', text('6.51'))).toContain('share-mismatch');
  });

  it('"全年预算中，…" lists the parts of 全年预算数, not of what was added (Inner Mongolia shape)', async () => {
    const t = (basic: string) =>
      doc(
        '某旗农牧局2023年度部门整体支出绩效自评报告',
        '一、部门基本情况',
        `1.预算安排情况。2023年年初预算4,386.52万元，年中追加预算2,525.85万元，全年预算数为6,912.37万元。全年预算中，基本支出预算${basic}万元，项目支出预算4,757.57万元。`,
      );
    expect(await ids('sum-mismatch', t('2,154.80'))).toEqual([]);
    expect(await ids('sum-mismatch', t('2,164.80'))).toContain('sum-mismatch');
  });
});

describe('a list on numbered lines after "实际支出包括：", and a 其中 after its last line (Xinjiang shape)', () => {
  const text = (first: string) =>
    doc(
      '某县2023年度农村安居工程项目支出绩效自评报告',
      '一、项目基本情况',
      '2.资金执行情况。截至2023年12月31日，项目实际支出1209.00万元，预算执行率93.98%。实际支出包括：',
      `（1）危房改造农户补助资金${first}万元（268户）；`,
      '（2）抗震改造农户补助资金345.00万元（138户）；',
      '（3）房屋安全鉴定及技术服务费38.60万元；',
      '（4）质量安全巡查及档案信息化费用21.40万元。',
      '其中，农户补助资金合计1149.00万元，全部通过“一卡通”直接发放至农户账户。',
    );
  it('the lines add up to the figure the opener names; the 其中 is no breakdown of the last line', async () => {
    expect(await ids('sum-mismatch', text('804.00'))).toEqual([]);
    const wrong = await runRule('sum-mismatch', text('814.00'));
    expect(wrong.map((f) => f.ruleId)).toContain('sum-mismatch');
    expect(wrong.every((f) => !f.message.includes('21.40'))).toBe(true);
  });
});

describe('a table’s rate measured over the column its caption’s formula names (Ningxia shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县2023年度高效节水灌溉项目支出绩效自评报告',
      '一、项目基本情况',
      '2.项目资金执行情况分析。分资金来源执行情况如下（单位：万元，执行率=支出数÷到位数）：',
      '',
      '资金来源　　下达数　　到位数　　支出数　　执行率',
      '中央财政水利发展资金　　1,800.00　　1,800.00　　1,800.00　　100.00%',
      `受益主体自筹资金　　200.00　　152.00　　102.00　　${rate}%`,
      '合计　　2,000.00　　1,952.00　　1,902.00　　97.44%',
    );
  it('holds over 到位数 and fails', async () => {
    expect(await ids('share-mismatch', text('67.11'))).toEqual([]);
    expect(await ids('share-mismatch', text('51.00'))).toContain('share-mismatch');
  });
});

describe('the places a target is done in are no part of its name (Ningxia shape)', () => {
  const text = (result: string) =>
    withSection(
      '六',
      `2025年项目共完成新增高效节水灌溉面积${result}万亩，全部验收合格。`,
      withSection('一', '（一）部门（单位）基本情况\n示例县水利局为全额拨款行政单位。\n（二）年度整体支出绩效目标\n项目年度总体目标为：在全县7个乡镇新增高效节水灌溉面积2.0万亩。'),
    );
  it('the result answers the target; a shortfall is still found', async () => {
    expect(await ids('goal-without-result', text('2.0'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('2.0'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('1.86'))).toContain('goal-shortfall-unexplained');
  });
});

describe('counts whose list is not a list of the things counted (Qinghai and Beijing shapes)', () => {
  it('items that each state their own count, with a bracket of names after one, add up', async () => {
    const text = (n: string) =>
      doc(
        '某县教育局2023年度部门决算说明',
        '一、部门基本情况',
        `纳入本部门决算编制范围的单位共21个，其中行政单位1个；事业单位${n}个，分别为：县第一高级中学1所，初级中学3所（城关中学、第二中学、大华中学），乡镇中心学校9所，公办幼儿园3所，九年一贯制学校2所（日月学校、和平学校），县教育研究室1个，县职业技术学校1所。`,
      );
    expect(await ids('count-mismatch', text('20'))).toEqual([]);
    // (the sum of the counts, 21 units of 1 + 20, is checked as a sum of counts)
    expect((await runRule('sum-mismatch', text('19'))).length).toBeGreaterThan(0);
  });

  it('a bracket saying what the counted are mainly used for is no list of them; a bracket of names still is', async () => {
    const text = (bracket: string) => doc('某区体育局2023年度部门决算说明', '一、部门基本情况', `截至年末，本部门共有车辆5辆，其中其他用车3辆（${bracket}）。`);
    expect(await ids('count-mismatch', text('主要为运动队训练、参赛保障用车'))).toEqual([]);
    expect(await ids('count-mismatch', text('大客车、越野车'))).toContain('count-mismatch');
  });
});

describe('an item’s plan after a bracket of 其中 that closed before it (Gansu shape)', () => {
  const text = (rate: string) =>
    doc(
      '某市市场监督管理局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `5.“三公”经费。2023年“三公”经费预算26.00万元，实际支出22.47万元，执行率86.42%。其中：因公出国（境）费预算0万元，未发生支出；公务用车购置及运行维护费预算20.00万元，支出17.85万元（其中：购置费0万元，运行维护费17.85万元），执行率89.25%；公务接待费预算6.00万元，支出4.62万元，执行率${rate}%。`,
    );
  it('is the item’s own plan: holds and fails', async () => {
    expect(await ids('share-mismatch', text('77.00'))).toEqual([]);
    expect(await ids('share-mismatch', text('78.00'))).toContain('share-mismatch');
  });
});

describe('the 三公 change after "“三公”经费预算执行率p%" is of what was spent (Shanxi shape)', () => {
  const text = (change: string) =>
    doc(
      '某县民政局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `6.“三公”经费。2023年“三公”经费年初预算9.80万元。全年实际支出8.46万元。“三公”经费预算执行率86.33%，比上年的9.12万元减少${change}万元，下降7.24%。`,
    );
  it('holds against 8.46 and fails', async () => {
    expect(await ids('sum-mismatch', text('0.66'))).toEqual([]);
    expect(await ids('sum-mismatch', text('0.76'))).toContain('sum-mismatch');
  });
});

describe('a table of targets and results whose caption names its columns (Shanxi shape)', () => {
  const text = (standard: string, centres: string) =>
    doc(
      '某县民政局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（一）绩效目标。二是提高城乡低保标准，农村低保标准不低于每人每年6,360元；三是全年新建8个农村老年人日间照料中心。',
      '二、绩效目标完成情况',
      '主要绩效指标完成情况如下（指标名称｜年度目标值｜实际完成值）：',
      '',
      '临时救助人次｜≥600人次｜648人次',
      `农村低保标准｜≥6,360元/人·年｜${standard}元/人·年`,
      `新建农村老年人日间照料中心｜8个｜${centres}个`,
      '城乡低保月均保障人数｜≥9,800人｜10,126人',
    );
  it('the rows answer the targets stated in prose', async () => {
    expect(await ids('goal-without-result', text('6,480', '8'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('6,480', '8'))).toEqual([]);
  });

  it('a row short of its target with no cause is found', async () => {
    expect(await ids('goal-shortfall-unexplained', text('6,480', '6'))).toContain('goal-shortfall-unexplained');
    expect(await ids('goal-shortfall-unexplained', text('6,200', '8'))).toContain('goal-shortfall-unexplained');
  });
});
