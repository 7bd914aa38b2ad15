/**
 * heading-numbering (warning), DOMAIN §2/§6: within one level, one numbering style (not 1、… then
 * 六、), numbered without gaps or repeats. Headings with no typed number at all (Word list
 * numbering, lost in a text export) are fine; a single unnumbered heading among numbered ones is mixed.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'heading-numbering';
const ARABIC: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const renumber = (f: (cn: string) => string) => SKELETON.replace(/^([一二三四五六七八九])、/gm, (_m, cn: string) => f(cn));
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

    it('a repeat among sub-headings: （一） twice', async () => {
      expect(await runRule(RULE, variant(SKELETON, ['（二）项目支出情况', '（一）项目支出情况']))).toMatchObject([
        { location: { section: '二', line: 14 }, data: { kind: 'repeat', number: 1 } },
      ]);
    });
  });
});
