/**
 * year-mismatch (warning), DOMAIN §6: a sentence stating a figure for a year other than the report
 * year (from the cover or title), outside an explicit comparison (上年, 同比, 较, 以来 …): often a
 * stale copy of last year's report. Years in 文号 (〔2020〕10号) and sentences without a figure do not count.
 */
import { describe, expect, it } from 'vitest';
import { runAll, runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'year-mismatch';
/** The skeleton is a 2025 report; section 二 replaced by one line (line 11). */
const two = (body: string) => withSection('二', body);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton (2025)', SKELETON],
      ['the seed (2024; "2021年以来" is a span)', SEED],
      ['the report year', two('2025年基本支出300.00万元。')],
      ['上年 / 较', two('2024年基本支出280.00万元，2025年较上年增加20.00万元。')],
      ['同比', two('与2024年同比增加20.00万元。')],
      ['以来', two('2021年以来累计投入500.00万元。')],
      ['比', two('比2024年多支出20.00万元。')],
      ['截至 a date in the report year', two('截至2025年12月31日，基本支出300.00万元。')],
      ['由2024年的…提高到… (trial 59)', two('全县森林覆盖率由2024年的20.35%提高到20.62%，提高0.27个百分点；草原植被盖度为46.80%。')],
      ['another year, no figure', two('2024年完成业务培训12期。')],
      // eighth field trial: last year's figures set beside this year's, sentence by sentence, are a comparison
      ['the same subject opened by two years side by side', two('2025年度“三公”经费合计支出30.00万元，其中公务接待14.00万元。2024年度“三公”经费合计支出28.00万元，其中公务接待15.00万元。')],
      ['a paragraph under a run-in heading of the comparison with the year before (3.与上年比较。2024年…; forty-fourth field trial)', two('3.与上年比较。2024年全县完成农房改造395户，兑付农户补助资金786.50万元。')],
      ['a year naming the budget or final accounts published (公开了2025年度部门预算和2024年度部门决算; forty-third field trial)', two('按规定在县政府门户网站公开了2025年度部门预算和2024年度部门决算，预决算公开率100%。')],
      ['a 文号 year is not a year reference', two('根据财预〔2020〕10号文件，2025年基本支出300.00万元。')],
      // eleventh field trial: a later year named as when something will be done dates a plan, not the figures
      ['将于 a year …后 (the time of a planned payment)', two('项目资金支出180.00万元，尚未支付的6.40万元为设备质保金，将于2026年质保期满后支付。')],
      ['next year’s budget being drawn up (编制2026年预算时…；thirty-third field trial)', two('编制2026年预算时，将可预见事项纳入年初预算，力争年中调整幅度控制在5%以内。')],
      ['a delay to a later year (推迟至2026年…; fourteenth field trial)', two('应接入的乡镇125个，已接入118个，覆盖率94.40%，剩余7个因系统改造推迟至2026年一季度接入。')],
      ['延至 a later year (fifteenth field trial)', two('县级配套资金到位240.00万元，尚有60.00万元未到位，部分配套资金延至2026年拨付。')],
      ['拟于 / 计划 / 待 a year', two('剩余的12.00万元拟于2026年一季度拨付。余款3.20万元待2026年验收合格后结清。')],
      ['a year followed by 将', two('未拨付的8.00万元2026年将随工程进度支付。')],
      // eighteenth field trial: when the money was paid or the work finished, a clause with no figure of its own
      ['于 a later year with what was done then', two('预算执行率94.02%，原因是部分工程款按进度于2026年初支付，1处泵站于2026年3月完工。')],
      // thirtieth field trial: another year's figure in brackets right after this year's
      ['（2024年度为X） after a figure', two('本年收入合计8,465.28万元（2024年度为7,628.90万元）。本年支出合计8,513.07万元（2024年为7,904.31万元）。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });

    it('no report year on the cover or in the title: skipped, not guessed', async () => {
      const text = variant(SKELETON, ['2025年度 示例县', '示例县'], ['本单位2025年度整体支出绩效', '本单位整体支出绩效'], ['2025年政府性基金预算支出', '2024年政府性基金预算支出']);
      expect(await runRule(RULE, text)).toEqual([]);
      expect((await runAll(text)).skipped.filter((s) => s.ruleId === RULE)).toMatchObject([{ reason: '未能从封面或标题确定报告年度' }]);
    });
  });

  it('a year of the final accounts’ figures is still one (2024年度部门决算支出…; forty-third field trial)', async () => {
    expect(await runRule(RULE, two('2024年度部门决算支出300.00万元。'))).toMatchObject([{ ruleId: RULE }]);
  });
  describe('invalid', () => {
    it('于 a later year with a figure of its own is that year\'s figure', async () => {
      expect(await runRule(RULE, two('该项目于2026年完成投资300.00万元。'))).toMatchObject([{ data: { year: 2026 } }]);
    });

    it('a 2024 rate with no change beside it (全县森林覆盖率2024年为20.35%；…) is still that year\'s figure (held for trial 59)', async () => {
      expect(await runRule(RULE, two('全县森林覆盖率2024年为20.35%；草原植被盖度为46.80%。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('a year in brackets that opens a figure of its own, not one beside another', async () => {
      expect(await runRule(RULE, two('基本支出（2024年度）300.00万元。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('a 2024 amount in a 2025 report', async () => {
      expect(await runRule(RULE, two('2024年基本支出300.00万元。'))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '二', line: 11, column: 1 }, expected: '2025年', actual: '2024年',
          data: { year: 2024, reportYear: 2025 },
          message: '数据年份 2024 年与报告年度 2025 年不一致（如为对比数据，请写明“上年”“同比”等）',
        },
      ]);
    });

    it('another year beside a sentence of another subject is still no comparison', async () => {
      expect(await runRule(RULE, two('2025年度基本支出300.00万元。2024年度项目支出200.00万元。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('a share counts as a figure', async () => {
      expect(await runRule(RULE, two('2024年基本支出300.00万元，占一般公共预算总支出的60.00%。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('a later year too (2026 in a 2025 report)', async () => {
      expect(await runRule(RULE, two('2026年基本支出320.00万元。'))).toMatchObject([{ data: { year: 2026, reportYear: 2025 } }]);
    });

    it('but not a plan or a carry-over (预算安排, 结转)', async () => {
      expect(await runRule(RULE, two('2026年预算安排基本支出320.00万元。2024年结转资金20.00万元。'))).toEqual([]);
    });

    it('a stale year beside a delay is still reported, the delayed one is not', async () => {
      expect(await runRule(RULE, two('2024年项目资金支出180.00万元，其余6.40万元推迟至2026年支付。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('a stale year beside a planned one is still reported, the planned one is not', async () => {
      expect(await runRule(RULE, two('2024年项目资金支出180.00万元，其余6.40万元将于2026年支付。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('a year that only follows 于 with no …后 is still the figures\' year', async () => {
      expect(await runRule(RULE, two('项目于2024年支出180.00万元。'))).toMatchObject([{ data: { year: 2024 } }]);
    });

    it('one finding per stale sentence, each at its column', async () => {
      expect(await runRule(RULE, two('2024年基本支出300.00万元，占一般公共预算总支出的60.00%。2024年项目支出200.00万元。'))).toMatchObject([
        { location: { line: 11, column: 1 } },
        { location: { line: 11, column: 37 } },
      ]);
    });

    it('the seed with one stale year (2023年项目支出)', async () => {
      expect(await runRule(RULE, variant(SEED, ['2024年项目支出6348.17万元', '2023年项目支出6348.17万元']))).toMatchObject([
        { location: { section: '二', line: 29 }, data: { year: 2023, reportYear: 2024 } },
      ]);
    });
  });
});

describe('the coming year in the part about what will be done, and a plan a sum is put into (thirty-fourth field trial)', () => {
  it('is no data of another year', async () => {
    // (the skeleton reports on 2025)
    expect(await runRule(RULE, withSection('八', '督促中标企业在2026年上半年再配置小型机扫车10台，力争2026年机械化清扫率达到86%。'))).toEqual([]);
    expect(await runRule(RULE, two('该县应配套294.00万元，实际到位222.50万元，剩余配套资金已列入该县2026年预算。'))).toEqual([]);
    // held: the same sentence in a part about the year's spending is data of another year
    expect(await runRule(RULE, two('督促中标企业在2026年上半年再配置小型机扫车10台，机械化清扫率达到86%。'))).toMatchObject([{ data: { year: 2026 } }]);
  });
});

describe('a paragraph that tells the years in turn (自2019年起…，连续两年…) (thirty-sixth field trial)', () => {
  it('gives the figures of the years before as their history', async () => {
    expect(await runRule(RULE, two('本区自2019年起全面推行第三方运维，2022年、2023年连续两年将运维经费列入预算。2024年度本项目实际支出1,598.26万元。'))).toEqual([]);
    // held: the same figure with no such telling is data of another year
    expect(await runRule(RULE, two('本区全面推行第三方运维。2024年度本项目实际支出1,598.26万元。'))).toMatchObject([{ data: { year: 2024 } }]);
  });
});

describe('a year naming a review whose findings are dealt with (2024年度部门整体支出自评中发现的问题…已全部整改) (thirty-sixth field trial)', () => {
  it('is no data of another year', async () => {
    expect(await runRule(RULE, two('2024年度部门整体支出自评中发现的问题共3个，已全部完成整改，整改完成率100%。'))).toEqual([]);
    // held: a year's figure with no such review is data of that year
    expect(await runRule(RULE, two('2024年度部门整体支出共3,000.00万元，整改完成率100%。'))).toMatchObject([{ data: { year: 2024 } }]);
  });
});

describe('a year-led sentence a few sentences after one of the report\'s year on the same subject (2025年“三公”经费… / 2024年“三公”经费支出中，…) (thirty-eighth field trial)', () => {
  const text = (lead: string) => two(`2025年“三公”经费财政拨款预算32.50万元，全年实际支出27.93万元。\n因公出国（境）费0万元，全年未安排因公出国（境）团组。\n公务用车运行维护费243,900元，为预算的93.81%。\n截至2025年末，本部门公务用车保有量7辆。\n公务接待费35,400元，为预算的54.46%，比2024年减少0.62万元。\n${lead}公务用车运行维护费26.12万元，公务接待费4.94万元。`);
  it('gives that subject\'s figures of the other year to compare with', async () => {
    expect(await runRule(RULE, text('2024年“三公”经费支出中，'))).toEqual([]);
  });
  it('held: a year-led sentence on another subject is data of another year', async () => {
    expect(await runRule(RULE, text('2024年机关运行经费支出中，'))).toMatchObject([{ data: { year: 2024 } }]);
  });
});

describe('a season or period a report\'s year is in (2024/2025年榨季, 2021—2025年) (fifty-sixth field trial)', () => {
  it('names no other year\'s data', async () => {
    expect(await runRule(RULE, two('按2024/2025年榨季普通糖料蔗收购价520元/吨计算，亩均增收228.80元。'))).toEqual([]);
    expect(await runRule(RULE, two('按2025/2026年榨季收购价520元/吨计算，亩均增收228.80元。'))).toEqual([]);
  });
  it('held: a later year stated on its own is still another year', async () => {
    expect((await runRule(RULE, two('按2026年收购价520元/吨计算，亩均增收228.80元。'))).map((f) => f.ruleId)).toEqual([RULE]);
  });
});
