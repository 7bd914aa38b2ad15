/**
 * Seventy-sixth field trial (thirty-second round): shapes of reports written in the manner of Sichuan, Hebei, Fujian and Chongqing
 * units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one
 * figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a paragraph of results under the goals heading, opened by 完成情况： (Sichuan shape)', () => {
  const text = (label: string) =>
    doc(
      '某县农业农村局2023年度高标准农田建设项目支出绩效自评报告',
      '一、项目基本情况',
      '（三）项目绩效目标',
      '年初设定目标：在5个乡镇建成高标准农田2.20万亩，受益农户6,000户以上。',
      `${label}全年建成高标准农田2.20万亩，新建蓄水池24口，受益农户6,420户。`,
      '二、项目绩效目标完成情况',
      '全年建成高标准农田2.20万亩，受益农户6,420户，完成年度目标。',
    );
  it('holds: the paragraph states results, no target; read as targets, 蓄水池24口 has no result', async () => {
    expect(await ids('goal-without-result', text('完成情况：'))).toEqual([]);
    expect(await ids('goal-without-result', text('年度任务：'))).toEqual(['goal-without-result']);
  });
});

describe('a reception of another kind not had, after the reception fee (Hebei shape)', () => {
  const text = (reception: string) =>
    doc(
      '某市教育局2023年度部门决算说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '2023年度财政拨款“三公”经费全年预算数42.50万元，实际支出31.87万元，完成预算的74.99%。',
      '项目 | 全年预算数 | 决算数',
      '因公出国（境）费 | 0.00 | 0.00',
      '公务用车购置及运行维护费 | 22.00 | 18.64',
      `公务接待费 | 20.50 | ${reception}`,
      '合计 | 42.50 | 31.87',
      '1.因公出国（境）费0.00万元，全年未安排出国（境）团组，与上年持平。',
      '2.公务用车购置及运行维护费18.64万元，主要用于督导检查和考务保障。',
      `3.公务接待费${reception}万元，比上年减少2.09万元，下降13.64%，主要用于接待上级部门检查指导。全年国内公务接待46批次、412人次，未发生外事接待。`,
    );
  it('holds: 未发生外事接待 says nothing of 公务接待费; a wrong item still fails', async () => {
    expect(await ids('sangong-total-mismatch', text('13.23'))).toEqual([]);
    expect(await ids('sangong-total-mismatch', text('13.32'))).toEqual(['sangong-total-mismatch']);
  });
});

describe('a list after a part of a whole, naming as many as the whole counts (Hebei shape)', () => {
  const text = (last: string) =>
    doc(
      '某市教育局2023年度部门决算说明',
      '一、部门基本情况',
      `纳入本部门2023年度决算编制范围的单位共4个，包括局机关本级和3个所属事业单位，分别是：某市教育局（本级）、某市教育科学研究所、某市电化教育馆${last}。`,
    );
  it('holds: the four names are of 共4个; a fifth, too many for either count, still fails', async () => {
    expect(await ids('count-mismatch', text('、某市招生考试中心'))).toEqual([]);
    expect(await ids('count-mismatch', text('、某市招生考试中心、某市学生资助管理中心'))).toEqual(['count-mismatch']);
  });
});

describe('a list item whose name opens with 均 (Fujian shape)', () => {
  const text = (last: string) =>
    doc(
      '某县林业局2023年度林业有害生物防治项目支出绩效自评报告',
      '一、项目基本情况',
      `项目实施范围覆盖全县5个乡镇，即溪口镇、均口镇、伊家乡、黄坊乡${last}。`,
    );
  it('holds: 均口镇 is a town, no "all"; a town left out still fails', async () => {
    expect(await ids('count-mismatch', text('、客坊乡'))).toEqual([]);
    expect(await ids('count-mismatch', text(''))).toEqual(['count-mismatch']);
  });
});

describe('a table of some levels’ indicators, the others scored in a table of labelled cells (Fujian shape)', () => {
  const text = (process: string) =>
    doc(
      '某县林业局2023年度林业有害生物防治项目支出绩效自评报告',
      '三、绩效目标实现情况',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标 | 数量指标 | 疫木除治数量 | ≥3.20万株 | 3.456万株 | 30 | 30',
      '产出指标 | 质量指标 | 疫木除治质量合格率 | ≥95% | 98.6% | 10 | 9',
      '效益指标 | 生态效益指标 | 全县森林覆盖率 | ≥80% | 80.6% | 14 | 14',
      '满意度指标 | 服务对象满意度 | 林农满意度 | ≥90% | 94.27% | 6 | 5.5',
      '四、综合评分',
      '项目决策 | 分值20 | 得分19.5',
      `项目过程 | 分值${process} | 得分19`,
      '项目产出 | 分值40 | 得分39',
      '项目效益 | 分值20 | 得分19.5',
      '合计 | 分值100 | 得分97',
      '五、综合评价结论',
      '项目自评得分97分，自评等级为“优”。',
    );
  it('holds: the rows’ marks and the parts scored apart make the full marks; a wrong part still fails', async () => {
    expect(await ids('sum-mismatch', text('20'))).toEqual([]);
    expect(await ids('sum-mismatch', text('25'))).toContain('sum-mismatch');
  });
});

describe('a part whose own clause closes on a colon before its own items (Chongqing shape)', () => {
  const text = (second: string) =>
    doc(
      '某区农业农村委员会2023年度高标准农田建设项目支出绩效自评报告',
      '四、项目资金使用情况',
      `截至2023年12月31日，项目资金4200.00万元全部到位。其中中央资金和市级资金共3780.00万元通过市财政局分两批下达：第一批于2023年2月下达2268.00万元，第二批于2023年7月下达${second}万元；区级配套资金420.00万元由区财政局于2023年6月一次性拨付。`,
    );
  it('holds: the batches make 3780, and 3780 and 420 make 4200; a wrong batch still fails', async () => {
    expect(await ids('sum-mismatch', text('1512.00'))).toEqual([]);
    expect(await ids('sum-mismatch', text('1522.00'))).toEqual(['sum-mismatch']);
  });
});
