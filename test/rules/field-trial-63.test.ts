/**
 * Sixty-third field trial (twenty-ninth round): shapes of reports written in the manner of Jiangsu, Zhejiang,
 * Henan, Heilongjiang, Guangdong, Sichuan, Beijing and Hunan units that raised false findings. Each shape
 * holds (no finding on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids, withSection } from '../helpers/rule-tester.js';


describe('a 其中 after a sentence listing figures by 分别为 is no breakdown of the first of them (Jiangsu shape)', () => {
  const text = (spent: string) =>
    doc(
      '某区2023年度养老服务补贴项目支出绩效自评报告',
      '一、项目基本情况',
      '按资金来源分，省级、市级、区级资金实际支出分别为470.12万元、593.04万元、1,955.20万元，执行率分别为96.73%、96.82%、96.51%。',
      `其中居家上门服务补贴全年预算安排1,348.78万元，实际发放${spent}万元，结余62.38万元。`,
    );
  it('holds; the item’s own plan, spending and balance are still checked', async () => {
    expect(await ids('sum-mismatch', text('1,286.40'))).toEqual([]);
    expect(await ids('sum-mismatch', text('1,296.40'))).toContain('sum-mismatch');
  });
});

describe('what an addition mainly is, named in words, is no list of the figure after it (Henan shape)', () => {
  const text = (whole: string) =>
    doc(
      '某县农业农村局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '1.年初预算。2023年年初部门预算2846.35万元。',
      `2.全年预算。年度执行中追加预算1666.25万元，主要为上级下达的高标准农田建设资金和动物防疫补助资金，调整后全年预算数为${whole}万元。`,
    );
  it('holds; the adjusted budget is still the start budget and the addition', async () => {
    expect(await ids('sum-mismatch', text('4512.60'))).toEqual([]);
  });

  it('a bracket of 其中 naming the main items of a figure, well short of it, is no complete list', async () => {
    const t = (a: string) =>
      doc(
        '某县农业农村局2023年度部门整体支出绩效自评报告',
        '一、部门基本情况',
        `项目支出中，中央及省级转移支付资金2356.20万元（其中：高标准农田建设补助${a}万元，动物防疫补助326.40万元），县级资金713.28万元。`,
      );
    expect(await ids('sum-mismatch', t('1480.00'))).toEqual([]);
    // (more than the whole is still wrong)
    expect(await ids('sum-mismatch', t('2080.00'))).toContain('sum-mismatch');
  });
});

describe('items of a 其中 with their own subject are not measured against the whole plan; the year’s change is of the whole (Guangdong shape)', () => {
  const text = (rate: string, change: string) =>
    doc(
      '某市2023年度道路养护项目支出绩效自评报告',
      '一、项目基本情况',
      `（二）资金安排情况。2023年年初预算安排1,860.00万元，年中市财政追加当年财政拨款70.00万元，同时调入上年结转资金115.60万元，全年预算调整为2,045.60万元。全年实际支出1,972.38万元，预算执行率为96.42%。其中：当年财政拨款支出1,862.15万元，执行率${rate}%；上年结转资金支出110.23万元，执行率95.35%。与2022年执行数1,845.20万元相比，本年支出增加${change}万元，增长6.89%。`,
    );
  it('holds', async () => {
    expect(await ids('share-mismatch', text('96.48', '127.18'))).toEqual([]);
    expect(await ids('sum-mismatch', text('96.48', '127.18'))).toEqual([]);
  });
  it('the whole’s change still fails when wrong', async () => {
    expect(await ids('sum-mismatch', text('96.48', '137.18'))).toContain('sum-mismatch');
  });
});

describe('a table row’s shortfall explained where the prose states its result again (Sichuan shape)', () => {
  // (in a part of its own about the targets, not the outline's results part: the prose is found anywhere)
  const text = (cause: string) =>
    withSection(
      '五',
      [
        '| 绩效指标 | 年度目标值 | 实际完成值 | 完成情况 |',
        '| 农村危房改造户数 | 146户 | 146户 | 已完成 |',
        '| 公租房租赁补贴发放户数 | 520户 | 497户 | 未完成 |',
        '上表2项指标中，已完成1项，未完成1项。具体说明如下：',
        `（1）公租房租赁补贴实际发放497户，完成目标的95.58%。${cause}`,
      ].join('\n'),
    );
  it('holds with the cause, fails without it', async () => {
    expect(await ids('goal-shortfall-unexplained', text('未完成原因：年度资格复核中有23户家庭收入超过保障标准，按规定退出保障。'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('下一步将继续做好发放工作。'))).toContain('goal-shortfall-unexplained');
  });
});

describe('the year’s self-score stated before a clause comparing it with last year’s (Zhejiang shape)', () => {
  const text = (nine: string) => withSection('九', nine);
  it('is read; a score of last year alone is not', async () => {
    expect(await ids('self-score-missing', text('经自评，本单位2025年度整体支出绩效自评得分93.80分，比上年自评得分91.50分提高2.30分，评价等级为“优秀”。'))).toEqual([]);
    expect(await ids('self-score-missing', text('本单位上年度整体支出绩效自评得分91.50分，评价等级为“优秀”。'))).toContain('self-score-missing');
  });
});

describe('a 其中 after a sentence naming a figure’s kinds as an open list (…等。) gives some of them (Hunan shape)', () => {
  const text = (uses: string) =>
    withSection(
      '二',
      [
        '（一）基本支出情况',
        '2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%，占年度整体总支出的50.00%。其中：人员经费250.00万元，公用经费50.00万元。',
        `2.公用经费50.00万元，占基本支出的16.67%${uses}。其中会议费3.26万元，培训费8.40万元。`,
        '（二）项目支出情况',
        '2025年项目支出200.00万元，占一般公共预算总支出的40.00%，占年度整体总支出的33.33%。',
      ].join('\n'),
    );
  it('holds after the open list; a 其中 with no such sentence before it lists the whole', async () => {
    expect(await ids('sum-mismatch', text('，主要用于办公费、印刷费、水电费、会议费、培训费和公务用车运行维护费等'))).toEqual([]);
    expect(await ids('sum-mismatch', text(''))).toContain('sum-mismatch');
  });
});
