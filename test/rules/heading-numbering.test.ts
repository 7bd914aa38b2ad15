/**
 * heading-numbering (warning), DOMAIN §2/§6: within one level, one numbering style (not 1、… then
 * 六、), numbered without gaps or repeats. Headings with no typed number at all (Word list
 * numbering, lost in a text export) are fine; a single unnumbered heading among numbered ones is mixed.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'heading-numbering';
const ARABIC: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const renumber = (f: (cn: string) => string) => SKELETON.replace(/^([一二三四五六七八九])、/gm, (_m, cn: string) => f(cn));
/** Section 七 (存在的问题及原因分析, line 24) with `body` as its lines. */
const problems = (body: string) => withSection('七', body);
/** 三 … 九 shifted to 四 … 十: a gap after 二. */
const SHIFTED = variant(SKELETON, ['九、绩效', '十、绩效'], ['八、下一步', '九、下一步'], ['七、存在', '八、存在'], ['六、部门', '七、部门'], ['五、社会', '六、社会'], ['四、国有', '五、国有'], ['三、政府', '四、政府']);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton (一、… and （一）…)', SKELETON],
      ['1、… 9、 throughout', renumber((cn) => `${ARABIC[cn]}、`)],
      ['1. … 9. throughout', renumber((cn) => `${ARABIC[cn]}.`)],
      ['no typed numbers at all (Word list numbering)', renumber(() => '')],
      ['（一）then（1）under it: two levels, not a mix', variant(SKELETON, ['（二）项目支出情况', '（1）项目支出情况'])],
      // eleventh field trial: a numbered item whose first sentence states a figure is no heading, yet it is （二）
      ['（一）（二）（三） problems, （二） stating a figure in its first sentence', problems('（一）培训计划未全部完成。原因是师资不足。\n（二）乡镇站点人手不足，6个站点仅有兼职人员。\n（三）绩效指标设置偏少。')],
      ['the same with （1）（2）（3） and a share in the item', problems('（1）培训计划未全部完成。\n（2）乡镇站点人手不足，在岗率仅为65%。\n（3）绩效指标设置偏少。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('the seed: 1、…5、 then 六、…九、 (DOMAIN §7), reported at the first 六、', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '六', line: 40 }, data: { kind: 'mixed' },
          message: '一级标题编号格式不统一：“1、”式（一、二、三、四、五）与“六、”式（六、七、八、九）',
        },
      ]);
    });

    it('one heading without a number among numbered ones', async () => {
      expect(await runRule(RULE, variant(SKELETON, ['七、存在的问题及原因分析', '存在的问题及原因分析']))).toMatchObject([
        { location: { section: '七', line: 24 }, data: { kind: 'mixed' }, message: expect.stringContaining('“（无编号）”式（七）') },
      ]);
    });

    it('a gap: 二、 then 四、', async () => {
      expect(await runRule(RULE, SHIFTED)).toMatchObject([{ location: { section: '三', line: 16 }, data: { kind: 'gap', number: 4 }, message: expect.stringContaining('从 2 跳到 4') }]);
    });

    it('the message says 编号 once', async () => {
      expect((await runRule(RULE, SHIFTED)).map((f) => f.message)).toEqual(['一级标题编号从 2 跳到 4']);
    });

    it('a repeat: 三、 typed twice (reported as the repeat and the gap after it)', async () => {
      expect(await runRule(RULE, variant(SKELETON, ['四、国有', '三、国有']))).toMatchObject([
        { location: { section: '四', line: 18 }, data: { kind: 'repeat', number: 3 }, message: expect.stringContaining('“3”重复') },
        { location: { section: '五', line: 20 }, data: { kind: 'gap', number: 5 } },
      ]);
    });

    it('a gap among sub-headings: （一） then （三）', async () => {
      expect(await runRule(RULE, variant(SKELETON, ['（二）年度整体支出绩效目标', '（三）年度整体支出绩效目标']))).toMatchObject([
        { location: { section: '一', line: 8 }, data: { kind: 'gap', number: 3 }, message: expect.stringContaining('第一部分下的二级标题') },
      ]);
    });

    it('a gap among sub-headings beside an item line with another number is still a gap', async () => {
      expect(await runRule(RULE, problems('（一）培训计划未全部完成。原因是师资不足。\n（四）乡镇站点人手不足，6个站点仅有兼职人员。\n（三）绩效指标设置偏少。'))).toMatchObject([
        { location: { line: 27 }, data: { kind: 'gap', number: 3 }, message: '第七部分下的二级标题编号从 1 跳到 3' },
      ]);
    });

    it('the part is named as the report numbers it, not by the outline\'s number', async () => {
      // 六、部门整体支出绩效情况 left out and the parts after it numbered on: 六、存在的问题 is the outline's part 七
      const text = variant(problems('（一）培训计划未全部完成。\n（三）绩效指标设置偏少。'), ['六、部门整体支出绩效情况\n全年完成业务培训12期，服务对象满意度达到92%。\n', ''], ['七、存在', '六、存在'], ['八、下一步', '七、下一步'], ['九、绩效', '八、绩效']);
      expect(await runRule(RULE, text)).toMatchObject([{ data: { kind: 'gap', number: 3 }, message: '第六部分下的二级标题编号从 1 跳到 3' }]);
    });

    it('a repeat among sub-headings: （一） twice', async () => {
      expect(await runRule(RULE, variant(SKELETON, ['（二）项目支出情况', '（一）项目支出情况']))).toMatchObject([
        { location: { section: '二', line: 14 }, data: { kind: 'repeat', number: 1 } },
      ]);
    });
  });
});
