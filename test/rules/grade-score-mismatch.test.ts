/**
 * grade-score-mismatch (error), DOMAIN §1/§6, 财预〔2020〕10号: the stated 等级 must fit the score bands
 * of the profile (优 ≥90, 良 80–<90, 中 60–<80, 差 <60). Grade words 优秀/良好/中等/合格/较差/不合格
 * are read as 优/良/中/中/差/差. With only a score or only a grade there is nothing to compare
 * (self-score-missing reports that).
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, withSection } from '../helpers/rule-tester.js';

const RULE = 'grade-score-mismatch';
/** Section 九 replaced: its heading is line 28, the sentence line 29. */
const nine = (body: string) => withSection('九', body);
const stated = (score: string, grade: string) => nine(`经自评，本单位整体支出绩效自评得分为${score}分，等级为${grade}。`);

describe(RULE, () => {
  describe('valid: the grade fits the band', () => {
    it.each([
      ['the skeleton (92分, 优)', SKELETON],
      ['the seed (九 empty)', SEED],
      ['90 优 (lower edge of 优)', stated('90', '优')],
      ['100 优', stated('100', '优')],
      ['89.5 良 (not rounded up to 90)', stated('89.5', '良')],
      ['80 良 (lower edge of 良)', stated('80', '良')],
      ['79.9 中', stated('79.9', '中')],
      ['60 中 (lower edge of 中)', stated('60', '中')],
      ['59 差', stated('59', '差')],
      ['92 优秀', stated('92', '优秀')],
      ['85 良好', stated('85', '良好')],
      ['70 合格 (= 中)', stated('70', '合格')],
      ['70 中等', stated('70', '中等')],
      ['50 较差', stated('50', '较差')],
      ['55 不合格', stated('55', '不合格')],
      ['grade in quotes, a year-on-year remark after it', nine('经自评，本单位自评得分为85分，评价等级为“良”，较上年提高5分。')],
      ['grade first, then score', nine('本单位自评结果为良好，得分为85分。')],
      // twenty-seventh field trial: the total named as such after the parts' scores (89.37 was taken, 良 expected)
      ['parts\' scores, then the total named 总分', nine('绩效指标得分89.37分，加资金执行得分9.36分，项目自评总分98.73分，自评等级为“优”。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('valid: only one of score and grade is self-score-missing’s job', () => {
    it.each([
      ['only the score', nine('经自评，本单位整体支出绩效自评得分为85分。')],
      ['only the grade', nine('经自评，本单位整体支出绩效等级为优。')],
      ['neither', nine('经自评，本单位整体支出绩效良好。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('valid: other scores and grades in the report are not the self-evaluation result', () => {
    it('a 绩效考核 score in 六, the 自评 result 95分/优 in 九', async () => {
      const text = withSection('六', '在全县2025年度绩效考核中，本单位考核得分为85分，排名第三。');
      expect(await runRule(RULE, text)).toEqual([]);
    });

    it('last year’s grade mentioned before this year’s 95分/优', async () => {
      expect(await runRule(RULE, nine('上年度本单位绩效自评等级为良。经自评，本单位2025年度整体支出绩效自评得分为95分，等级为优。'))).toEqual([]);
    });
  });

  describe('invalid: the grade does not fit the band', () => {
    it('the total named 总分 after the parts\' scores is the one graded (88.73 with 优)', async () => {
      expect(await runRule(RULE, nine('绩效指标得分79.37分，加资金执行得分9.36分，项目自评总分88.73分，自评等级为“优”。'))).toMatchObject([{ ruleId: RULE, data: { score: '88.73' } }]);
    });

    it('85 with 优: expected 良 (rule example)', async () => {
      expect(await runRule(RULE, stated('85', '优'))).toMatchObject([
        {
          ruleId: RULE, severity: 'error', location: { section: '九', line: 29 }, expected: '良（85分）', actual: '优',
          data: { score: '85', grade: '优', expectedGrade: '良', bands: '优≥90 良≥80 中≥60 差≥0' },
          message: '自评得分 85 分应评为“良”，报告写为“优”',
        },
      ]);
    });

    it.each([
      ['90', '良', '优'],
      ['89.5', '优', '良'],
      ['80', '中', '良'],
      ['79.9', '良', '中'],
      ['60', '差', '中'],
      ['59', '中', '差'],
    ])('band edge: %s分 written %s, expected %s', async (score, grade, expectedGrade) => {
      expect(await runRule(RULE, stated(score, grade))).toMatchObject([
        { severity: 'error', location: { section: '九', line: 29 }, expected: `${expectedGrade}（${score}分）`, actual: grade, data: { score, grade, expectedGrade } },
      ]);
    });

    it.each([
      ['85', '优秀', '优', '良'],
      ['95', '良好', '良', '优'],
      ['85', '合格', '中', '良'],
      ['65', '较差', '差', '中'],
    ])('grade word: %s分 written %s (= %s), expected %s', async (score, word, grade, expectedGrade) => {
      expect(await runRule(RULE, stated(score, word))).toMatchObject([
        { location: { section: '九', line: 29 }, data: { score, grade, expectedGrade }, message: `自评得分 ${score} 分应评为“${expectedGrade}”，报告写为“${grade}”` },
      ]);
    });

    it('score and grade on two lines: the finding at the grade, the score as related', async () => {
      expect(await runRule(RULE, nine('经自评，本单位整体支出绩效自评得分为85分。\n评价等级为优。'))).toMatchObject([
        { location: { section: '九', line: 30 }, related: [{ location: { section: '九', line: 29 }, text: '自评得分 85 分' }], data: { score: '85', grade: '优', expectedGrade: '良' } },
      ]);
    });
  });
});

describe('the marks a scheme gives (指标体系…构成，总分100分) are no score got (thirty-third field trial)', () => {
  it('the score stated after them is compared with the grade', async () => {
    const text = (total: string) =>
      nine(`自评指标体系由预算执行、预算管理、产出、效益四个一级指标构成，总分100分。各一级指标得分分别为：预算执行15.73分、预算管理17.5分、产出26.5分、效益25.72分，合计${total}分。街道2024年度部门整体支出绩效自评得分${total}分，等级为“良”。`);
    expect(await runRule(RULE, text('85.45'))).toEqual([]);
    expect(await runRule(RULE, text('95.45'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('结果中，… says "among the results" (thirty-third field trial)', () => {
  it('is no grade 中 of the report', async () => {
    const text = nine('纳入自评范围的项目5个，自评结果中，优3个、良1个、中1个。经综合评定，本部门2024年度部门整体支出绩效自评得分97.97分，等级为“优”。');
    expect(await runRule(RULE, text)).toEqual([]);
  });
});

describe('a project’s grade named in a department’s report (…经费项目自评为“中”) (thirty-third field trial)', () => {
  it('is not the report’s grade; 本项目自评为… is', async () => {
    const text = nine('其中，“一卡通”管理经费项目自评为“中”，主要是部分指标未设置可量化的目标值。经综合评定，本部门2024年度部门整体支出绩效自评得分97.97分，等级为“优”。');
    expect(await runRule(RULE, text)).toEqual([]);
    expect(await runRule(RULE, nine('经自评，本项目自评为“中”，自评得分97.97分。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('a grade in a sentence about a year before the report\'s (2022年度本项目…，自评等级为“良”) (thirty-sixth field trial)', () => {
  it('is not the report\'s grade; the same sentence of the report\'s year is', async () => {
    // (the skeleton reports on 2025)
    expect(await runRule(RULE, nine('2024年度本项目实际支出1,598.26万元，自评等级为“良”。经综合评定，本部门2025年度部门整体支出绩效自评得分97.97分，等级为“优”。'))).toEqual([]);
    expect(await runRule(RULE, nine('2025年度本项目实际支出1,598.26万元，自评等级为“良”，自评得分97.97分。'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('a rate’s score before the self-score in its sentence (预算执行率得分9.81分，该项目自评得分93.81分) (forty-sixth field trial)', () => {
  it('is no self-score', async () => {
    const text = (total: string) => nine(`按上表，产出指标分值50分，得48分；效益指标分值30分，得27分；满意度指标得9分；加上预算执行率得分9.81分，该项目自评得分${total}分，自评等级为“优”。`);
    expect(await runRule(RULE, text('93.81'))).toEqual([]);
    expect(await runRule(RULE, text('83.81'))).toMatchObject([{ ruleId: RULE }]);
  });
});
