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
      // thirty-second field trial: the parts' scores and their 合计
      ['自评结果为：…得14.00分，…，合计94.50分', nine('自评结果为：投入指标得14.00分，过程指标得23.50分，产出指标得33.80分，效益指标得23.20分，合计94.50分。根据“90分以上为优”的标准，评价等级为“优”。')],
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

describe('self-score-missing: a notice of several evaluations\' results', () => {
  const notice = (body: string) => `某县财政局关于2024年度重点项目绩效评价结果的公告\n${body}\n`;

  it('a tally of grades (等级为“优”的4个，为“良”的8个) is no grade of the notice, and the notice owes no one score', async () => {
    expect(await runRule(RULE, notice('县财政局委托第三方机构对12个重点项目开展了绩效评价，评价等级为“优”的项目计4个，为“良”的项目计8个。'))).toEqual([]);
  });

  it('a results table (项目名称 | … | 评分 | 等级) with several rows', async () => {
    const table = ['序号 | 项目名称 | 实施单位 | 预算资金（万元） | 评分 | 等级', '1 | 农村道路养护项目 | 县交通运输局 | 120.00 | 91.30 | 优', '2 | 养老服务补助项目 | 县民政局 | 85.00 | 86.50 | 良'].join('\n');
    expect(await runRule(RULE, notice(`县财政局委托第三方机构对2个项目开展了绩效评价，结果如下。\n${table}`))).toEqual([]);
  });

  it('one evaluation\'s report still owes its score; a unit\'s self-evaluation owes its own despite its projects\' tally', async () => {
    // (a document that does not follow the outline is told of its evaluation part, not of 第九部分)
    expect(await runRule(RULE, '某县农村道路养护项目绩效评价报告\n受县财政局委托，我所对该项目开展了绩效评价，评价等级为良。\n')).toMatchObject([
      { message: '未写明自评得分', help: '在自评结果部分写明自评得分和等级，例如“自评得分92分，等级为优”' },
    ]);
    // the tally's 优 is a class of the projects, not the unit's grade
    expect(await runRule(RULE, nine('经自评，本单位整体支出绩效良好。本单位对所属12个项目开展了绩效自评，自评等级为“优”的4个，为“良”的8个。'))).toMatchObject([
      { message: '未写明自评得分和评价等级' },
    ]);
  });
});
