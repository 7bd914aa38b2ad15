/**
 * placeholder-left (error), DOMAIN §6: template placeholders left in the report: XX, ××, 20XX,
 * X万元, 某某, 【】, runs of underscores. Ordinary Latin words (XBRL, PPP, Excel) are not placeholders.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'placeholder-left';
/** Section 六 replaced by one line: line 23. */
const six = (sentence: string) => withSection('六', sentence);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['the seed ("4×4" is a product, not ××)', SEED],
      ['XBRL', six('开展XBRL财务报告标准培训。')],
      ['PPP项目', six('推进PPP项目建设。')],
      ['Excel, WPS', six('开展Excel培训，使用WPS办公。')],
      ['5G+X', six('开展“5G+X”应用。')],
      ['a code with X', six('项目编号XM-2025-001。')],
      // a web page's controls around a published report (field trials 3 and 4)
      ['the font-size box of a web page', six('发布时间：2025-03-12 文字大小：[    ] 背景色：')],
      ['the click count of a web page', six('点击：[] 打印 关闭')],
      // (fifty-fifth field trial: × before 人次 read as the blank of a count)
      ['a formula\'s factors named with × (期数×人次×标准)', six('各工种按“期数×人次×标准”核算补贴。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid: one error per placeholder, at its column', () => {
    it.each([
      ['全年完成业务培训XX期。', 'XX', 9],
      ['全年完成业务培训××期。', '××', 9],
      // (a blank for a count after the name of a quantity, no formula after it)
      ['全年培训人数×人。', '×', 7],
      ['全年完成业务培训ＸＸ期。', 'ＸＸ', 9],
      ['全年完成业务培训xx期。', 'xx', 9],
      ['完成XXXX年度报告。', 'XXXX', 3],
      ['20XX年完成业务培训12期。', '20XX年', 1],
      ['20××年完成培训。', '20××年', 1],
      ['全年支出X万元。', 'X', 5],
      ['服务满意度达到X%。', 'X', 8],
      ['完成X项任务。', 'X', 3],
      ['由某某负责。', '某某', 2],
      ['详见【】。', '【】', 3],
      ['详见【 】。', '【 】', 3],
      ['联系人：________。', '________', 5],
      ['联系人：＿＿＿。', '＿＿＿', 5],
      ['填报日期：[    ]。', '[    ]', 6],
    ])('%j → “%s”', async (sentence, placeholder, column) => {
      expect(await runRule(RULE, six(sentence))).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: '六', line: 23, column }, data: { text: placeholder }, message: `报告中留有占位符“${placeholder}”` },
      ]);
    });

    it('two in one sentence (20XX and X万元)', async () => {
      expect((await runRule(RULE, six('20XX年完成培训12期，支出X万元。'))).map((f) => [f.location.column, f.data['text']])).toEqual([[1, '20XX年'], [16, 'X']]);
    });

    it('on the cover too (no section)', async () => {
      const fs = await runRule(RULE, variant(SKELETON, ['单位名称（盖章）：示例县财政局', '单位名称（盖章）：XX县财政局']));
      expect(fs).toMatchObject([{ location: { line: 3, column: 10 }, data: { text: 'XX' } }]);
      expect(fs[0]!.location.section).toBeUndefined();
    });
  });
});
