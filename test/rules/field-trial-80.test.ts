/**
 * Eightieth field trial (thirty-second round): shapes of reports written in the manner of Heilongjiang, Anhui, Hebei and Shanxi
 * units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text
 * with one figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a 三公 table whose cells print their unit (Heilongjiang shape)', () => {
  const text = (car: string) =>
    doc(
      '某县林业和草原局2023年度部门整体支出绩效自评报告',
      '四、“三公”经费使用情况',
      '2023年“三公”经费全年预算12.80万元，实际支出10.36万元，完成预算的80.94%。具体情况如下：',
      '项目 | 预算数 | 决算数',
      '因公出国（境）费 | 0万元 | 0万元',
      '公务用车购置费 | 0万元 | 0万元',
      `公务用车运行维护费 | 11.00万元 | ${car}万元`,
      '公务接待费 | 1.80万元 | 1.08万元',
      '合计 | 12.80万元 | 10.36万元',
    );
  it('holds: every item is read from its row; a wrong item still fails', async () => {
    expect(await ids('sangong-component-missing', text('9.28'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('9.28'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('9.82'))).toEqual(['sangong-total-mismatch']);
  });
});

describe('lines of budgets after a sentence that ends on the balance, a rate after a ；, and levels named 类指标 (Anhui shape)', () => {
  const text = (project: string, rate: string) =>
    doc(
      '某市生态环境局2023年度部门整体支出绩效自评报告',
      '三、绩效目标完成情况分析',
      '2023年全年预算数7,615.30万元，实际支出7,482.66万元，预算执行率为98.26%，年末结余结转132.64万元。其中：',
      '基本支出预算2,913.80万元，实际支出2,905.14万元，执行率99.70%；',
      `项目支出预算${project}万元，实际支出4,577.52万元，执行率97.36%。`,
      `1.数量指标。核发排污许可证135张，目标值为不少于120张；国控、省控和市控监测任务按计划全部完成，完成率${rate}%。`,
    );
  it('holds: the budgets make the year’s budget, the rate is of its own clause group; wrong figures still fail', async () => {
    expect(await ids('sum-mismatch', text('4,701.50', '100'))).toEqual([]);
    expect(await ids('share-mismatch', text('4,701.50', '100'))).toEqual([]);
    expect(await ids('sum-mismatch', text('4,710.50', '100'))).toEqual(['sum-mismatch']);
  });
  const scored = (decision: string) =>
    doc(
      '某市生态环境局2023年度部门整体支出绩效自评报告',
      '四、绩效目标完成情况',
      '一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分',
      '产出指标 | 数量指标 | 环境执法检查 | 15 | ≥600家次 | 712家次 | 15',
      '产出指标 | 质量指标 | 信访按期办结率 | 15 | 100% | 99.38% | 13.5',
      '效益指标 | 生态效益 | 空气质量优良天数比率 | 15 | ≥88% | 90.41% | 15',
      '效益指标 | 满意度指标 | 群众满意度 | 15 | ≥95% | 93.6% | 13',
      '五、综合评价结论',
      `经自评，我局部门整体支出绩效自评得分94分。各部分得分分别为：决策类指标得${decision}分（满分20分）；过程类指标得18.5分（满分20分）；产出类指标得28.5分（满分30分）；效益类指标得28分（满分30分）。`,
    );
  it('holds: the table shows 产出 and 效益 only; the parts the text scores apart make 94 with its rows; a wrong part still fails', async () => {
    expect(await ids('sum-mismatch', scored('19'))).toEqual([]);
    expect(await ids('sum-mismatch', scored('17'))).toContain('sum-mismatch');
  });
});

describe('last year’s figures under a lead of how spending changed (Hebei shape)', () => {
  const text = (lead: string) =>
    doc(
      '某市交通运输局2023年度部门整体支出绩效自评报告',
      '二、部门预算执行情况',
      `${lead}2022年基本支出5987.20万元、项目支出13261.15万元。`,
    );
  it('holds: 从支出变动看 sets the year compared with; the year alone still warns', async () => {
    expect(await ids('year-mismatch', text('从支出变动看，'))).toEqual([]);
    expect(await ids('year-mismatch', text(''))).toEqual(['year-mismatch']);
  });
});

describe('a rate’s shortfall under a title naming its stem and how it fell short (Shanxi shape)', () => {
  const text = (title: string) =>
    doc(
      '某县农业农村局2023年度有机旱作农业项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '项目资金执行率100%。',
      '二、项目绩效目标完成情况',
      '项目资金执行率94.47%，未达到目标。',
      '三、存在的问题',
      `（一）${title}。技术培训与宣传、土壤监测与测土配方两项执行率分别只有81.50%和79.67%，低于项目整体执行率，预算编制与实际需求存在偏差。`,
    );
  it('holds: 预算执行不够均衡 and the circumstances after it explain the shortfall; under another title they do not', async () => {
    expect(await ids('goal-shortfall-unexplained', text('预算执行不够均衡'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('宣传培训形式单一'))).toEqual(['goal-shortfall-unexplained']);
  });
});
