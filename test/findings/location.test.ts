/**
 * Where a finding is (src/findings/location.ts): the part of the outline it stands in, its sub-heading
 * and paragraph; in a part the outline does not name, that part's heading as written; before the
 * first part, the cover.
 */
import { describe, expect, it } from 'vitest';
import { createNodeAuditor } from '../../src/lib/node.js';

const TEXT = [
  '示例部示例中心2024年度部门整体支出绩效自评报告',
  '基本支出100.00万元，其中：人员经费60.00万元，公用经费30.00万元。',
  '一、部门概况',
  '中心内设科室4个。',
  '二、部门整体支出绩效目标',
  '全年完成测绘任务12项。',
  '三、评价工作开展情况',
  '按评价指标逐项打分。',
  '四、项目支出绩效自评结果',
  '全年实施项目5个，项目支出总额200.00万元。',
  '其中：甲项目120.00万元，乙项目90.00万元。',
  '五、综合评价结论',
  '自评得分92分。',
  '六、绩效目标实现情况',
  '完成测绘任务12项。',
  '七、存在的问题和改进建议',
  '无。',
].join('\n');

describe('location of a finding', () => {
  it('in a part the outline does not name: its heading as written and the paragraph under it (twenty-fifth field trial: was "第10段", shown under 封面 / 文首)', async () => {
    const r = await (await createNodeAuditor()).check({ name: 'l.txt', text: TEXT });
    const sums = r.findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.location);
    expect(sums).toMatchObject([
      { line: 2, path: ['封面'] },
      { line: 10, heading: '四、项目支出绩效自评结果', path: ['四、项目支出绩效自评结果', '第1段'] },
    ]);
    expect(sums[0]!.heading).toBeUndefined();
    expect(sums[1]!.section).toBeUndefined();
  });

  it('in a part of the outline: its canonical section, heading and paragraph', async () => {
    const text = TEXT.replace('自评得分92分。', '自评得分92分。另有资金50.00万元，其中：甲10.00万元，乙20.00万元。');
    const r = await (await createNodeAuditor()).check({ name: 'l.txt', text });
    expect(r.findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.location).at(-1)).toMatchObject({ line: 13, section: '四', heading: '五、综合评价结论', path: ['五、综合评价结论', '第1段'] });
  });
});
