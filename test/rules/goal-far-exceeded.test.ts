/**
 * goal-far-exceeded (info): a result at 120% or more of its target hints that the target was set too
 * low. Small counts (under 5 家/个/项…) and cumulative results (累计) are not flagged; a maximum
 * (控制在…以内) is never "exceeded" in this sense. The ratio is shown in data.
 */
import { describe, expect, it } from 'vitest';
import { runRule, SEED, SKELETON, withSection } from '../helpers/rule-tester.js';

const RULE = 'goal-far-exceeded';
/** Targets under 一(2) (line 9 for a one-line body) and results as the body of 六 (line 23). */
const goals = (targets: string, results: string) =>
  withSection('六', results, withSection('一', `（一）部门（单位）基本情况\n示例县财政局为全额拨款行政单位。\n（二）年度整体支出绩效目标\n${targets}`));

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton (12期 → 12期, 90% → 92%)', SKELETON],
      ['the seed (盘活僵尸企业 1 → 2 is a small count)', SEED],
      ['13期 of 12 (108%)', withSection('六', '全年完成业务培训13期，服务对象满意度达到92%。')],
      ['a small count: 1家 → 2家', goals('力争盘活“僵尸企业”1家。', '成功盘活僵尸企业2家。')],
      ['a small count: 4家 → 8家', goals('力争引进企业4家。', '成功引进企业8家。')],
      ['a cumulative result: 累计完成业务培训30期 against 12期', goals('全年完成业务培训12期。', '累计完成业务培训30期。')],
      ['exactly 119%: 100期 → 119期', goals('全年完成业务培训100期。', '全年完成业务培训119期。')],
      ['119.6% is still below 120%: 1000人 → 1196人', goals('全年培训学员1000人。', '全年培训学员1196人。')],
      ['a maximum kept far below is not "exceeded": 控制在5件以内, 3件', goals('投诉件数控制在5件以内。', '全年受理投诉3件。')],
      ['a maximum overshot is a shortfall, not far exceeded: 控制在5件以内, 8件', goals('投诉件数控制在5件以内。', '全年受理投诉8件。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('20期 against 12期: 167% (rule example)', async () => {
      expect(await runRule(RULE, withSection('六', '全年完成业务培训20期，服务对象满意度达到92%。'))).toMatchObject([
        {
          ruleId: RULE, severity: 'info', location: { section: '一', line: 9 }, expected: '12期', actual: '20期',
          related: [{ location: { section: '六', line: 23 }, text: '实际完成：全年完成业务培训20期' }],
          data: { target: '全年完成业务培训12期', result: '全年完成业务培训20期', ratio: '167%' },
          message: '绩效目标“全年完成业务培训12期”实际完成“全年完成业务培训20期”，为目标的 167%，目标可能定得偏低',
        },
      ]);
    });

    it('exactly 120%: 100期 → 120期', async () => {
      expect(await runRule(RULE, goals('全年完成业务培训100期。', '全年完成业务培训120期。'))).toMatchObject([
        { severity: 'info', location: { section: '一', line: 9 }, expected: '100期', actual: '120期', data: { ratio: '120%' } },
      ]);
    });

    it('5家 is not a small count: 5家 → 6家 is 120%', async () => {
      expect(await runRule(RULE, goals('力争引进企业5家。', '成功引进企业6家。'))).toMatchObject([
        { expected: '5家', actual: '6家', data: { target: '力争引进企业5家', result: '成功引进企业6家', ratio: '120%' } },
      ]);
    });

    it('the year’s result, not the 累计 one, is compared: 12期 → 20期 (累计60期)', async () => {
      expect(await runRule(RULE, goals('全年完成业务培训12期。', '全年完成业务培训20期，累计完成业务培训60期。'))).toMatchObject([
        { actual: '20期', data: { result: '全年完成业务培训20期', ratio: '167%' } },
      ]);
    });
  });
});

describe('goal-far-exceeded: rates are not quantities', () => {
  it('a growth target of 5% reached at 6.1% is 1.1 points, not "122% of the target"', async () => {
    const text = withSection('六', '全年完成业务培训12期，服务对象满意度达到92%，接待游客人数增长6.1%。').replace('服务对象满意度达到90%以上。', '服务对象满意度达到90%以上，接待游客人数增长5%以上。');
    expect(text).toContain('接待游客人数增长5%以上');
    expect(await runRule('goal-far-exceeded', text)).toEqual([]);
  });
});
