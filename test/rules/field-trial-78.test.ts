/**
 * Seventy-eighth field trial (thirty-second round): shapes of reports written in the manner of Inner Mongolia, Xinjiang, Guangxi,
 * Beijing, Hebei and Yunnan units that raised false findings. Each shape holds (no finding on the correct text) and fails (the
 * finding on a text with one figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('what was saved, then a comparison with last year after a ； (Inner Mongolia shape)', () => {
  const text = (change: string) =>
    doc(
      '某旗农牧局2023年度部门整体支出绩效自评报告',
      '四、“三公”经费支出情况',
      `2023年“三公”经费财政拨款预算18.60万元，实际支出15.42万元，为预算的82.90%，节约3.18万元；与上年的16.85万元相比，减少${change}万元，下降8.49%。`,
    );
  it('holds: the saving is no figure that changed; a wrong change still fails', async () => {
    expect(await ids('sum-mismatch', text('1.43'))).toEqual([]);
    expect(await ids('share-mismatch', text('1.43'))).toEqual([]);
    expect(await ids('share-mismatch', text('1.34'))).toEqual(['share-mismatch']);
  });
});

describe('the year’s income and spending compared, after a sentence of the grand totals (Xinjiang shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县卫生健康委员会2023年度部门决算说明',
      '二、收入支出决算总体情况说明',
      `2023年度本年收入合计8642.37万元，本年支出合计8590.15万元；收入总计8828.57万元，支出总计8828.57万元。与上年相比，本年收入增加536.45万元，增长${rate}%；本年支出增加568.67万元，增长7.09%。`,
    );
  it('holds: 本年收入 is no 收入总计 (it adds the balance carried in); a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('6.62'))).toEqual([]);
    expect(await ids('share-mismatch', text('6.26'))).toEqual(['share-mismatch']);
  });
});

describe('a summary table of both sides, 支出总计 closing the rows of spending only (Guangxi shape)', () => {
  const text = (balance: string) =>
    doc(
      '某市教育局2023年度部门决算说明',
      '第二部分：部门决算报表',
      '项目 | 2023年决算数',
      '收入总计 | 50941.74',
      '本年收入合计 | 48625.30',
      '年初结转和结余 | 2316.44',
      '本年支出合计 | 47988.92',
      `年末结转和结余 | ${balance}`,
      '支出总计 | 50941.74',
    );
  it('holds: 本年支出合计 and 年末结转和结余 make 支出总计; a wrong balance still fails', async () => {
    expect(await ids('sum-mismatch', text('2952.82'))).toEqual([]);
    expect(await ids('sum-mismatch', text('2925.82'))).toEqual(['sum-mismatch']);
  });
});

describe('a part named by its run-in heading, its share of a whole stated nowhere before (Beijing shape)', () => {
  const text = (total: string, share: string) =>
    doc(
      '某区城市管理委员会2023年度部门整体支出绩效自评报告',
      '二、部门整体支出情况',
      total,
      `1.基本支出。全年支出7,796.15万元，占总支出的${share}%，基本支出预算执行率99.41%。`,
    );
  it('holds: the share is never of the part itself (unread when no 总支出 is stated); against the stated total a wrong share fails', async () => {
    expect(await ids('share-mismatch', text('', '15.52'))).toEqual([]);
    expect(await ids('share-mismatch', text('2023年度总支出50,236.41万元。', '15.52'))).toEqual([]);
    expect(await ids('share-mismatch', text('2023年度总支出50,236.41万元。', '15.25'))).toEqual(['share-mismatch']);
  });
});

describe('the levels’ marks after 其中, and causes given by 系 and under a title of the shortfall (Hebei shape)', () => {
  const text = (orphans: string, problems: string) =>
    doc(
      '某县民政局2023年度困难群众救助补助资金项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '孤儿和事实无人抚养儿童保障人数不少于150名，预算执行率100%。',
      '二、项目绩效目标完成情况',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标 | 数量指标 | 孤儿和事实无人抚养儿童保障人数 | ≥150名 | 148名 | 50 | 49',
      '效益指标 | 社会效益指标 | 困难群众基本生活得到保障 | 有效保障 | 有效保障 | 30 | 29',
      '满意度指标 | 服务对象满意度 | 受助对象满意度 | ≥90% | 94.37% | 10 | 9.60',
      '预算执行 | 预算执行率 | 预算执行率 | 100% | 98.86% | 10 | 9.89',
      `说明：孤儿和事实无人抚养儿童保障人数实际保障148名${orphans}。`,
      '经综合评价，本项目自评得分97.49分，其中产出指标满分50分、得49分，效益指标满分30分、得29分，满意度指标满分10分、得9.60分，预算执行满分10分、得9.89分。自评等级为“优”。',
      '三、存在的问题及原因分析',
      problems,
    );
  it('holds: no part counted twice; each shortfall explained; without the causes both warn', async () => {
    const good = text('，系年内2名儿童年满18周岁按规定停发', '（一）资金执行尚未达到100%。年末结余68.68万元，主要原因是临时救助资金按实际需求据实支出。');
    expect(await ids('sum-mismatch', good)).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', good)).toEqual([]);
    const bare = text('', '（一）救助对象动态管理仍需加强。');
    expect(await ids('goal-shortfall-unexplained', bare)).toEqual(['goal-shortfall-unexplained', 'goal-shortfall-unexplained']);
  });
});

describe('each source’s execution rate, a plan of two sources together stated before (Yunnan shape)', () => {
  const text = (rate: string) =>
    doc(
      '某县农业农村局2023年度高标准农田建设项目支出绩效自评报告',
      '一、项目基本情况',
      '项目总投资3,600.00万元，资金来源分别为：中央财政资金2,466.40万元、省级财政资金773.60万元、县级财政资金360.00万元。',
      '二、项目资金使用情况',
      '2023年项目预算资金3,600.00万元全部到位。其中，中央和省级资金3,240.00万元于2023年4月前下达，县级配套资金360.00万元于2023年8月到位。',
      `截至2023年12月31日，项目累计支出3,312.00万元，执行率92.00%。分资金来源看，中央资金支出2,466.40万元，执行率${rate}%；省级资金支出773.60万元，执行率100%。`,
    );
  it('holds: 中央资金 is not measured against 中央和省级资金; the rate against its own plan still fails when wrong', async () => {
    expect(await ids('share-mismatch', text('100'))).toEqual([]);
    expect(await ids('share-mismatch', text('96'))).toEqual(['share-mismatch']);
  });
});
