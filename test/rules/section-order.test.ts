/**
 * section-order (warning), DOMAIN §2: top-level sections appear in the outline's order. Sections
 * are recognised by title, not by number; the sections off the longest in-order run are reported.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'section-order';
/** Swap two top-level sections (heading and body) of a report text. */
function swap(a: string, b: string, text = SKELETON): string {
  const parts = text.split(/\n(?=[一二三四五六七八九十]+、)/);
  const ia = parts.findIndex((p) => p.startsWith(`${a}、`));
  const ib = parts.findIndex((p) => p.startsWith(`${b}、`));
  if (ia < 0 || ib < 0) throw new Error(`swap: ${a} or ${b} not found`);
  [parts[ia], parts[ib]] = [parts[ib]!, parts[ia]!];
  return parts.join('\n');
}

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['the seed (mixed numbering, right order)', SEED],
      ['an optional 十 after 九', `${SKELETON}\n十、其他需要说明的情况\n无。`],
      ['a fragment not matching the profile, out of order', '2025年度 示例单位整体支出绩效自评报告\n三、政府性基金预算支出情况\n无。\n一、基本情况\n内设股室3个。'],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('六 and 七 swapped: 六 is reported, after 七', async () => {
      expect(await runRule(RULE, swap('六', '七'))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '六', line: 24 }, data: { section: '六', after: '七' },
          message: '第六部分“部门整体支出绩效情况”的位置不符合提纲顺序（现排在“存在的问题及原因分析”之后）',
        },
      ]);
    });

    it('swapped and renumbered to look in order: found by title, not by number', async () => {
      const text = variant(swap('六', '七'), ['七、存在', '六、存在'], ['六、部门整体', '七、部门整体']);
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '六', line: 24 }, data: { after: '七' } }]);
    });

    it('二 and 八 swapped: both are out of place', async () => {
      expect(await runRule(RULE, swap('二', '八'))).toMatchObject([
        { location: { section: '八', line: 10 }, data: { after: '一' } },
        { location: { section: '二', line: 22 }, data: { after: '七' } },
      ]);
    });

    it('the seed with 七 and 八 swapped', async () => {
      const text = variant(SEED, ['七、存在的问题及原因分析\n主要反映各种预算支出执行偏离绩效目标的情况，并分析其原因。\n八、下一步改进措施', '八、下一步改进措施\n七、存在的问题及原因分析\n主要反映各种预算支出执行偏离绩效目标的情况，并分析其原因。']);
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '七', line: 45 }, data: { after: '八' } }]);
    });
  });
});
