/**
 * Seventy-seventh field trial (thirty-second round): shapes of reports written in the manner of Shandong, Jilin and Hubei units
 * that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure
 * changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a 其中 list after the target compared with, of the figure before it (Shandong shape)', () => {
  const text = (scattered: string) =>
    doc(
      '某县民政局2023年度部门整体支出绩效自评报告',
      '三、部门整体绩效目标完成情况',
      `（1）数量指标。全年特困供养人员1,562人，超过目标值1,500人，其中集中供养412人、分散供养${scattered}人。`,
    );
  it('holds: the parts make 1,562, not the target; a wrong part still fails', async () => {
    expect(await ids('sum-mismatch', text('1,150'))).toEqual([]);
    expect(await ids('sum-mismatch', text('1,160'))).toEqual(['sum-mismatch']);
  });
});

describe('a funds row scoring the execution rate, and the text naming it 预算执行率 (Jilin shape)', () => {
  const text = (funds: string) =>
    doc(
      '某县水利局2023年度农村饮水安全巩固提升项目支出绩效自评报告',
      '六、绩效目标及完成情况',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标 | 数量指标 | 维修改造供水工程 | 35处 | 35处 | 30 | 30',
      '产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 20',
      '效益指标 | 社会效益指标 | 受益人口 | ≥2.1万人 | 2.18万人 | 30 | 29',
      '满意度指标 | 服务对象满意度 | 受益群众满意度 | ≥90% | 95.20% | 10 | 10',
      '资金情况 | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分',
      `年度资金总额 | 1,650.00 | 1,650.00 | 1,586.42 | ${funds} | 96.15% | 9.61`,
      '七、自评结论',
      `经综合评定，本项目产出指标满分50分，得50分；效益指标满分30分，得29分；满意度指标满分10分，得10分；预算执行率满分10分，得9.61分。项目绩效自评得分98.61分，等级为“优”。`,
    );
  it('holds: the funds row is the 预算执行率 the text scores, counted once; with marks of 15 the whole is 105 and fails', async () => {
    expect(await ids('sum-mismatch', text('10'))).toEqual([]);
    expect(await ids('sum-mismatch', text('15'))).toContain('sum-mismatch');
  });
});

describe('a cost ceiling answered by the spending said to stay within it (Hubei shape)', () => {
  const text = (within: string) =>
    doc(
      '某县住房和城乡建设局2023年度老旧小区改造项目支出绩效自评报告',
      '一、项目基本情况',
      '（三）项目绩效目标',
      '4.成本指标：项目总成本控制在4,860.00万元以内。',
      '二、项目绩效目标完成情况',
      `4.成本指标。项目实际支出4,528.36万元${within}。`,
    );
  it('holds: 未超出全年预算4,860.00万元 answers the ceiling; without it the target has no result', async () => {
    expect(await ids('goal-without-result', text('，未超出全年预算4,860.00万元'))).toEqual([]);
    expect(await ids('goal-without-result', text(''))).toEqual(['goal-without-result']);
  });
});
