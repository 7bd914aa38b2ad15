/**
 * cover-field-blank (warning), DOMAIN §2: a cover field of the profile (单位名称（盖章）, 报告日期,
 * 联系人) has its label but no value. Underscores and spaces are not a value. Only the cover (the
 * lines before the first section) is read.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, variant } from '../helpers/rule-tester.js';

const RULE = 'cover-field-blank';
/** The skeleton's cover line 3 (单位名称（盖章）：示例县财政局) replaced. */
const cover = (lines: string) => variant(SKELETON, ['单位名称（盖章）：示例县财政局', lines]);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['a filled 报告日期 as well', cover('单位名称（盖章）：示例县财政局\n报告日期：2026年3月1日')],
      ['no cover fields at all', cover('')],
      ['a blank label in the body is not a cover field', `${cover('')}\n单位名称（盖章）：`],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['nothing after the colon', '单位名称（盖章）：'],
      ['underscores', '单位名称（盖章）：____________'],
      ['spaces (half- and full-width)', '单位名称（盖章）：  　'],
      ['half-width punctuation', '单位名称(盖章):'],
      ['without （盖章）', '单位名称：'],
    ])('单位名称（盖章）: %s', async (_name, line) => {
      expect(await runRule(RULE, cover(line))).toMatchObject([
        { ruleId: RULE, severity: 'warning', location: { line: 3, column: 1, path: ['封面'] }, data: { field: '单位名称（盖章）' }, message: '封面“单位名称（盖章）”未填写' },
      ]);
    });

    it('two blank fields and one filled: one warning each for the blank ones', async () => {
      expect(await runRule(RULE, cover('单位名称（盖章）：\n报告日期：\n联系人：张三'))).toMatchObject([
        { location: { line: 3 }, data: { field: '单位名称（盖章）' } },
        { location: { line: 4 }, data: { field: '报告日期' }, message: '封面“报告日期”未填写' },
      ]);
    });

    it('the seed: 单位名称（盖章） blank (DOMAIN §7)', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([{ location: { line: 10, path: ['封面'] }, data: { field: '单位名称（盖章）' } }]);
    });
  });
});
