/**
 * self-score-missing (warning), DOMAIN §2/§6: the report states its 自评得分 and its 等级
 * (优/良/中/差, also written 优秀/良好/中等/合格). One finding names what is missing.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, withSection } from '../helpers/rule-tester.js';

const RULE = 'self-score-missing';
/** Section 九 replaced: its heading is line 28, the sentence line 29. */
const nine = (body: string) => withSection('九', body);

describe(RULE, () => {
  describe('valid: score and grade stated', () => {
    it.each([
      ['the skeleton (得分为92分，等级为优)', SKELETON],
      ['decimal score, grade in quotes as 优秀', nine('经自评，本单位整体支出绩效自评得分为92.5分，评价等级为“优秀”。')],
      ['colons', nine('自评得分：88分，等级：良。')],
      ['综合得分 … 自评结果为良', nine('综合得分85分，自评结果为良。')],
      ['grade first, then score', nine('本单位自评结果为良好，得分为85分。')],
      ['评价结果为优，得分95分', nine('经综合评价，本单位2025年度整体支出绩效评价结果为优，得分95分。')],
      ['自评分 (without 得)', nine('本单位自评分为92分，自评等级为优。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('neither: one finding at the heading of 九', async () => {
      expect(await runRule(RULE, nine('经自评，本单位整体支出绩效良好。'))).toMatchObject([
        { ruleId: RULE, severity: 'warning', location: { section: '九', line: 28 }, data: { score: '', grade: '' }, message: '未写明自评得分和评价等级' },
      ]);
    });

    it('only the score: the grade is missing', async () => {
      expect(await runRule(RULE, nine('经自评，本单位整体支出绩效自评得分为92分。'))).toMatchObject([
        { location: { section: '九', line: 29 }, data: { score: '92', grade: '' }, message: '未写明评价等级' },
      ]);
    });

    it('only the grade: the score is missing', async () => {
      expect(await runRule(RULE, nine('经自评，本单位整体支出绩效等级为优。'))).toMatchObject([
        { location: { section: '九', line: 29 }, data: { score: '', grade: '优' }, message: '未写明自评得分' },
      ]);
    });

    it('the seed: 九 is empty (DOMAIN §7)', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([{ location: { section: '九', line: 47 }, message: '未写明自评得分和评价等级' }]);
    });
  });
});

describe('self-score-missing: grade phrasings', () => {
  it('"评为“优”等次" states the grade', async () => {
    expect(await runRule('self-score-missing', withSection('九', '经自评，本单位2025年度整体支出绩效自评得分91.5分，评为“优”等次。'))).toEqual([]);
  });
});
