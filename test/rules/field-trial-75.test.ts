/**
 * Seventy-fifth field trial (thirty-second round): shapes of reports written in the manner of Henan, Shandong and Zhejiang units
 * that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure
 * changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a list whose last item is joined by 和, then a limit it is kept within (Henan shape)', () => {
  const text = (general: string) =>
    doc(
      '某县财政局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `截至年末，全县政府债务余额385,600万元，分别为一般债务${general}万元和专项债务223,300万元，控制在省财政厅核定的402,000万元债务限额以内。`,
    );
  it('holds: the two debts make the balance, the limit is no part; a wrong debt still fails', async () => {
    expect(await ids('sum-mismatch', text('162,300'))).toEqual([]);
    expect(await ids('sum-mismatch', text('162,800'))).toEqual(['sum-mismatch']);
  });
});

describe('a completion rate of a result whose name another target shares in part (Shandong shape)', () => {
  const text = (rate: string) =>
    doc(
      '某市交通运输局2023年度农村公路养护项目支出绩效自评报告',
      '一、项目基本情况',
      '（三）项目绩效目标',
      '1.产出指标：完成养护工程320公里；完成安全生命防护工程150公里。',
      '二、项目实施成效',
      `1.数量指标。全年完成养护工程336.8公里，超过年度目标16.8公里，完成率105.25%；完成安全生命防护工程156.4公里，完成率${rate}%。`,
    );
  it('holds: 156.4 is over its own target, 150, not over 320 (养护工程); a wrong rate still fails', async () => {
    expect(await ids('share-mismatch', text('104.27'))).toEqual([]);
    expect(await ids('share-mismatch', text('104.72'))).toEqual(['share-mismatch']);
  });
});

describe('a result named by the target’s words in another order (Zhejiang shape)', () => {
  const text = (result: string) =>
    doc(
      '某县水利局2023年度小型水库除险加固项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '社会效益指标：保护下游人口不少于2.1万人。',
      '二、项目绩效目标完成情况',
      `${result}有效降低了水库垮坝风险。`,
    );
  it('holds: 下游保护人口 answers 保护下游人口; with no result the warning stands', async () => {
    expect(await ids('goal-without-result', text('工程完工后，8座水库下游保护人口达2.36万人，'))).toEqual([]);
    expect(await ids('goal-without-result', text('工程完工后，'))).toEqual(['goal-without-result']);
  });
});

describe('the full marks as the parts’ marks added up, before the score got (Zhejiang shape)', () => {
  const text = (grade: string) =>
    doc(
      '某县水利局2023年度小型水库除险加固项目支出绩效自评报告',
      '五、绩效自评结论',
      '按照县财政局项目支出绩效自评评分规则，预算执行率10分，产出指标50分，效益指标30分，满意度指标10分，总分100分。',
      `综上，本项目2023年度绩效自评得分78.33分，自评等级为“${grade}”。`,
    );
  it('holds: the score is 78.33, not the 100 to get; graded so, a wrong grade still fails', async () => {
    expect(await ids('grade-score-mismatch', text('中'))).toEqual([]);
    expect(await ids('grade-score-mismatch', text('优'))).toEqual(['grade-score-mismatch']);
  });
});
