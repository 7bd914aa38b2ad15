/**
 * profile-mismatch (warning): the document matches fewer sections of the profile than its minimum
 * (4 for hunan): another province's outline or a fragment. One warning instead of a flood of
 * section-missing errors; figure checks still run.
 */
import { describe, expect, it } from 'vitest';
import { createNodeAuditor } from '../../src/lib/node.js';
import { runAll, runRule, SEED, SKELETON, withoutSection } from '../helpers/rule-tester.js';

const RULE = 'profile-mismatch';
const FRAGMENT = '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n内设股室3个。\n二、一般公共预算支出情况\n基本支出100.00万元，其中：工资福利支出60.00万元、商品和服务支出35.00万元。\n三、政府性基金预算支出情况\n2025年无政府性基金预算支出。';
const HEBEI = '2025年度 示例单位部门整体支出绩效自评报告\n一、部门基本情况\n（一）部门职能与机构设置\n内设股室3个。\n二、部门整体支出管理及使用情况\n基本支出300.00万元。\n三、部门整体支出绩效情况\n完成培训12期。\n四、存在的问题及整改措施\n问题。';

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton (9 sections)', SKELETON],
      ['the seed', SEED],
      ['4 sections: exactly the minimum', [ '五', '六', '七', '八', '九'].reduce((t, no) => withoutSection(no, t), SKELETON)],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a fragment of 3 sections', async () => {
      expect(await runRule(RULE, FRAGMENT)).toMatchObject([
        {
          ruleId: RULE, severity: 'info', data: { matched: '一、二、三', matchedCount: 3, profile: 'hunan' },
          message: '文档与提纲“湖南省部门整体支出绩效自评报告提纲”不符：只找到其 10 个部分中的 3 个（30%：一、二、三），已跳过章节完整性检查',
        },
      ]);
    });

    it('another province\'s outline (Hebei): titles matched fuzzily, still too few', async () => {
      expect(await runRule(RULE, HEBEI)).toMatchObject([{ data: { matched: '一、六、七', matchedCount: 3 } }]);
    });

    it('a part matched by the causes of a shortfall (偏离绩效目标的原因) is no sign of the outline (thirteenth field trial)', async () => {
      // held: it is the problems part (七), but counts for no outline: still 3 of the 4 needed
      expect(await runRule(RULE, `${FRAGMENT}\n四、偏离绩效目标的原因\n部分项目开工推迟。`)).toMatchObject([{ data: { matched: '一、二、三', matchedCount: 3 } }]);
      // a fourth part named by the outline's own name makes it followed
      expect(await runRule(RULE, `${FRAGMENT}\n四、存在的问题及原因分析\n部分项目开工推迟。`)).toEqual([]);
    });

    it('no sections at all', async () => {
      expect(await runRule(RULE, '2025年度 示例单位整体支出绩效自评报告\n基本支出300.00万元。')).toMatchObject([{ data: { matchedCount: 0 }, message: expect.stringContaining('10 个部分中的 0 个（0%：无）') }]);
    });

    it('replaces section-missing and section-empty, while figure checks still run', async () => {
      const ids = (await runAll(FRAGMENT)).findings.map((f) => f.ruleId);
      expect(ids).toContain(RULE);
      expect(ids).toContain('sum-mismatch');
      expect(ids.filter((id) => id === 'section-missing' || id === 'section-empty' || id === 'section-order')).toEqual([]);
    });
  });
});

describe('profile-mismatch when the outline was picked automatically', () => {
  const messageOf = async (text: string) => (await (await createNodeAuditor()).check({ name: 'n.txt', text })).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);

  it('no heading of any outline found: says so, names no "closest" outline at 0% (seventh field trial)', async () => {
    expect(await messageOf('某县财政局关于2024年度重点项目绩效评价结果的公告\n县财政局对12个项目开展了绩效评价。\n')).toEqual(['文档不符合任何已知提纲：文中没有一个标题对得上内置提纲的部分，已跳过章节完整性检查']);
  });

  it('some found: names the closest outline and what was found', async () => {
    expect(await messageOf(FRAGMENT)).toEqual([expect.stringMatching(/^文档不符合任何已知提纲，最接近的是“.+”：只找到其 \d+ 个部分中的 [1-9]\d* 个/)]);
  });
});
