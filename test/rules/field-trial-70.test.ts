/**
 * Seventieth field trial (thirty-first round): shapes of reports written in the manner of Jilin and Inner Mongolia
 * units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a
 * text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('what a sentence says was left unspent is not what an execution rate was spent of (Jilin shape)', () => {
  const text = (clause: string, rate: string) =>
    doc(
      '某市交通运输局2023年度农村公路养护工程项目支出绩效自评报告',
      '一、项目基本情况',
      '项目预算资金3680.00万元，全年实际支出3512.46万元，预算执行率95.45%。',
      '五、存在的问题及原因',
      `（一）预算执行进度不够理想。受冬季施工期短影响，${clause}，预算执行率为${rate}%。`,
    );
  it('holds (年末仍有…未能支出); the figure spent in its place, with a wrong rate, still fails', async () => {
    expect(await ids('share-mismatch', text('年末仍有167.54万元未能支出', '95.45'))).toEqual([]);
    expect(await ids('share-mismatch', text('全年实际支出3512.46万元', '96.45'))).toContain('share-mismatch');
  });
});

describe('a score table of some parts, the others headed apart with their full marks (Inner Mongolia shape)', () => {
  const text = (funds: string, output: string) =>
    doc(
      '某旗水利局2023年度牧区供水工程项目支出绩效自评报告',
      '四、绩效目标完成情况',
      `（一）预算执行率（${funds}分）`,
      '全年预算数1486.00万元，执行数1438.07万元，执行率96.77%，按执行率乘以分值计得9.68分。',
      `（二）产出指标（${output}分，得48分）`,
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标 | 数量指标 | 新打机电井数量 | ≥48眼 | 48眼 | 20 | 20',
      '产出指标 | 质量指标 | 工程竣工验收合格率 | 100% | 100% | 20 | 20',
      '产出指标 | 时效指标 | 工程完工时间 | 10月31日前 | 11月15日 | 10 | 8',
      '（三）效益指标（30分，得28分）',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '效益指标 | 社会效益指标 | 受益人口 | ≥9800人 | 9860人 | 15 | 15',
      '效益指标 | 可持续影响指标 | 管护制度落实情况 | 全部落实 | 基本落实 | 15 | 13',
      '（四）满意度指标（10分，得9.5分）',
      '受益牧户满意度调查满意率93.50%，得9.5分。',
      '五、自评结论',
      '自评得分为：预算执行率9.68分，产出指标48分，效益指标28分，满意度指标9.5分，合计95.18分，评价等级为“优”。',
    );
  it('holds: the table is no whole; its levels and the parts apart make the full marks', async () => {
    expect(await ids('sum-mismatch', text('10', '50'))).toEqual([]);
  });
  it('a part headed apart with wrong marks, or a level whose rows do not make its marks, still fails', async () => {
    expect(await ids('sum-mismatch', text('15', '50'))).toContain('sum-mismatch');
    expect(await ids('sum-mismatch', text('10', '55'))).toContain('sum-mismatch');
  });
});

describe('results of a meals programme answer targets named by their noun, in words, or by the rate’s own name (Guizhou shape)', () => {
  const text = (days: string, accidents: string, rate: string) =>
    doc(
      '某县教育局2023年度农村义务教育学生营养改善计划项目支出绩效自评报告',
      '一、项目基本情况',
      '（三）项目绩效目标',
      '（1）数量指标：实施学校数126所；全年供餐天数不少于200天。',
      '（2）质量指标：学校食品安全责任事故0起。',
      '（3）效益指标：项目实施学校营养健康教育开展率100%。',
      '四、绩效指标完成情况',
      `1.数量指标。实施学校126所，与目标一致；全年实际供餐${days}天，达到目标。`,
      `2.质量指标。${accidents}`,
      `3.效益指标。全部实施学校均将营养健康教育纳入健康教育课程，开展率${rate}%。`,
    );
  it('holds: 实际供餐 is of 供餐天数, 未发生 is none, 开展率 is of 营养健康教育开展率', async () => {
    const t = text('200', '全年未发生学校食品安全责任事故。', '100');
    expect(await ids('goal-without-result', t)).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', t)).toEqual([]);
  });
  it('fewer days, or a rate below its target, still fall short; without the sentence of none the target has no result', async () => {
    expect(await ids('goal-shortfall-unexplained', text('190', '全年未发生学校食品安全责任事故。', '100'))).toContain('goal-shortfall-unexplained');
    expect(await ids('goal-shortfall-unexplained', text('200', '全年未发生学校食品安全责任事故。', '96'))).toContain('goal-shortfall-unexplained');
    expect(await ids('goal-without-result', text('200', '食堂管理制度全面落实。', '100'))).toContain('goal-without-result');
  });
});
