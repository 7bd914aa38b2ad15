/**
 * template-text-left (warning), DOMAIN §6: the outline's instruction sentences ("主要反映……",
 * "（参考提纲）", "请根据……") left inside a section that is otherwise written. A section holding
 * only the instruction is section-empty's, not this rule's.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, withSection } from '../helpers/rule-tester.js';

const RULE = 'template-text-left';
const INSTRUCTION = '主要反映各种预算支出执行偏离绩效目标的情况，并分析其原因。';
const CONTENT = '部分项目执行进度偏慢，原因是前期论证不充分。';

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton', SKELETON],
      ['the seed: 七 holds only the instruction (section-empty\'s)', SEED],
      ['only the instruction', withSection('七', INSTRUCTION)],
      ['主要反映 inside the author\'s own sentence', withSection('七', '存在的问题主要反映在预算执行进度偏慢，原因是前期论证不充分。')],
      ['a sub-heading starting 主要反映', withSection('六', '（一）主要反映在以下方面\n全年完成业务培训12期。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('the instruction sentence before the content, in one paragraph', async () => {
      expect(await runRule(RULE, withSection('七', INSTRUCTION + CONTENT))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '七', line: 25, column: 1 }, data: { section: '七', text: INSTRUCTION },
          message: `第七部分仍保留提纲说明文字：“${INSTRUCTION}”`,
        },
      ]);
    });

    it('the instruction in its own paragraph after the content', async () => {
      expect(await runRule(RULE, withSection('七', `${CONTENT}\n${INSTRUCTION}`))).toMatchObject([{ location: { section: '七', line: 26 }, data: { text: INSTRUCTION } }]);
    });

    it('（参考提纲） above the content', async () => {
      expect(await runRule(RULE, withSection('六', '（参考提纲）\n全年完成业务培训12期，服务对象满意度达到92%。'))).toMatchObject([
        { location: { section: '六', line: 23 }, data: { text: '（参考提纲）' } },
      ]);
    });

    it('请根据… before the score', async () => {
      expect(await runRule(RULE, withSection('九', '请根据自评情况填写得分和等级。经自评，本单位2025年度整体支出绩效自评得分为92分，等级为优。'))).toMatchObject([
        { location: { section: '九', line: 29 }, data: { text: '请根据自评情况填写得分和等级。' } },
      ]);
    });

    it('the seed once 七 is written: its instruction line is left', async () => {
      const text = withSection('七', `${INSTRUCTION}\n${CONTENT}`, SEED);
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '七', line: 45 }, data: { section: '七', text: INSTRUCTION } }]);
    });
  });
});
