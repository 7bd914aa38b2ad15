/**
 * section-empty (error), DOMAIN §2/§6: a required section holds nothing, only the outline's
 * instruction sentence, or only "无/暂无" where content is required (七, 八, 九 …). An explicit nil
 * ("2025年无政府性基金预算支出。") completes 三, 四 and 五. Not checked when the profile does not match.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, withSection } from '../helpers/rule-tester.js';

const RULE = 'section-empty';
const INSTRUCTION = '主要反映各种预算支出执行偏离绩效目标的情况，并分析其原因。';
/** Headings of the skeleton: 一 5, 三 16, 四 18, 五 20, 六 22, 七 24, 八 26, 九 28. */
const HEADING_LINE: Record<string, number> = { 一: 5, 三: 16, 四: 18, 五: 20, 六: 22, 七: 24, 八: 26, 九: 28 };

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton', '一', null],
      ['三: 2025年无政府性基金预算支出。', '三', '2025年无政府性基金预算支出。'],
      ['四: 无。', '四', '无。'],
      ['五: 本单位无社会保险基金预算支出。', '五', '本单位无社会保险基金预算支出。'],
      ['三: 不涉及。', '三', '不涉及。'],
      ['七: a problem with its cause', '七', '部分项目执行进度偏慢，原因是前期论证不充分。'],
      ['七: instruction text left beside content (template-text-left\'s)', '七', `${INSTRUCTION}部分项目执行进度偏慢，原因是前期论证不充分。`],
      ['九: score and grade, then 无其他需要说明的情况', '九', '经自评，本单位2025年度整体支出绩效自评得分为92分，等级为优。\n无其他需要说明的情况。'],
    ])('%s', async (_name, no, body) => {
      expect(await runRule(RULE, body === null ? SKELETON : withSection(no, body))).toEqual([]);
    });

    it('a fragment that does not match the profile is not checked', async () => {
      expect(await runRule(RULE, '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n\n二、一般公共预算支出情况\n无。\n七、存在的问题及原因分析\n无。')).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['七', '无', 'nil', '只写了“无”，没有实质内容'],
      ['七', '无。', 'nil', '只写了“无”'],
      ['八', '暂无。', 'nil', '只写了“无”'],
      ['八', '略', 'nil', '只写了“无”'],
      ['九', '无', 'nil', '只写了“无”'],
      ['九', '无其他需要说明的情况。', 'nil', '只写了“无”'],
      ['七', '无明显问题。', 'nil', '只写了“无”'],
      ['一', '无', 'nil', '只写了“无”'],
      ['六', '暂无', 'nil', '只写了“无”'],
      ['七', INSTRUCTION, 'template', '只有提纲的说明文字，没有实质内容'],
      ['七', '（参考提纲）', 'template', '只有提纲的说明文字'],
      ['四', '主要反映国有资本经营预算支出情况。', 'template', '只有提纲的说明文字'],
      ['七', '', 'empty', '只有标题，没有内容'],
      ['三', '', 'empty', '只有标题，没有内容'],
    ])('%s: %j → %s', async (no, body, content, fragment) => {
      expect(await runRule(RULE, withSection(no, body))).toMatchObject([
        { ruleId: RULE, severity: 'error', location: { section: no, line: HEADING_LINE[no] }, data: { section: no, content }, message: expect.stringContaining(fragment) },
      ]);
    });

    it('the seed: 七 only the instruction, 八 and 九 empty (DOMAIN §7)', async () => {
      expect(await runRule(RULE, SEED)).toMatchObject([
        { location: { section: '七', line: 44 }, data: { content: 'template' }, message: '第七部分“存在的问题及原因分析”只有提纲的说明文字，没有实质内容' },
        { location: { section: '八', line: 46 }, data: { content: 'empty' }, message: '第八部分“下一步改进措施”只有标题，没有内容' },
        { location: { section: '九', line: 47 }, data: { content: 'empty' } },
      ]);
    });
  });
});

describe(`${RULE}: sub-headings that state something`, () => {
  it('"（一）预算编制不够科学。" lines are content, not bare titles', async () => {
    expect(await runRule(RULE, withSection('七', '（一）预算编制不够科学。\n（二）绩效目标不够细化。'))).toEqual([]);
  });

  it('bare sub-titles without a sentence are still empty', async () => {
    expect(await runRule(RULE, withSection('七', '（一）存在的问题\n（二）原因分析'))).toMatchObject([{ location: { section: '七' }, data: { content: 'empty' } }]);
  });
});
