/**
 * Eighty-first field trial (thirty-second round): shapes of reports written in the manner of Hubei, Chongqing, Shandong, Zhejiang
 * and Guangxi units that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text
 * with one figure changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a funds table named by what it scores, above the indicator table (Hubei shape)', () => {
  const text = (got: string) =>
    doc(
      '某县民政局2023年度部门整体支出绩效自评报告',
      '四、部门整体支出绩效自评表',
      '项目 | 分值 | 全年预算数 | 全年执行数 | 执行率 | 得分',
      `年度预算执行情况 | 10 | 9,935.20 | 9,702.58 | 97.66% | ${got}`,
      '',
      '一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分',
      '产出指标 | 数量指标 | 城乡低保保障人数 | 50 | ≥9,800人 | 10,236人 | 50',
      '效益指标 | 社会效益指标 | 困难群众基本生活得到保障 | 30 | 有效保障 | 有效保障 | 29',
      '满意度指标 | 服务对象满意度 | 救助对象满意度 | 10 | ≥90% | 95.12% | 9.8',
      '合计 | 100 | | | | | 98.57',
    );
  it('holds: the funds row counts toward 100 and 98.57; a wrong score still fails', async () => {
    expect(await ids('sum-mismatch', text('9.77'))).toEqual([]);
    expect(await ids('sum-mismatch', text('9.87'))).toEqual(['sum-mismatch']);
  });
});

describe('a rate’s shortfall under a title saying it can still be raised (Chongqing shape)', () => {
  const text = (title: string) =>
    doc(
      '某区民政局2023年度城乡低保项目支出绩效自评报告',
      '一、项目基本情况',
      '（一）项目绩效目标',
      '预算执行率100%。',
      '二、项目绩效目标完成情况',
      '预算执行率97.76%。',
      '三、存在的问题',
      `（二）${title}。年中低保标准上调后，部分新增对象审批时间集中在四季度，当年未能全部形成支出，导致年末出现结余。`,
    );
  it('holds: 预算执行率仍有提升空间 then its cause explains it; under a title of something else it does not', async () => {
    expect(await ids('goal-shortfall-unexplained', text('预算执行率仍有提升空间'))).toEqual([]);
    expect(await ids('goal-shortfall-unexplained', text('信息化水平不高'))).toEqual(['goal-shortfall-unexplained']);
  });
});

describe('kinds of work before a count, and a 其中 of the figure passed over (Shandong shape)', () => {
  const text = (junior: string) =>
    doc(
      '某县教育和体育局2023年度部门整体支出绩效自评报告',
      '三、部门整体绩效目标完成情况',
      `1.办学条件持续改善。全年新建、改扩建学校3所，新增学位4860个，其中小学学位2700个、初中学位${junior}个、幼儿园学位810个。`,
    );
  it('holds: 新建、改扩建 lists no schools; the places make 4860; a wrong part still fails', async () => {
    expect(await ids('count-mismatch', text('1350'))).toEqual([]);
    expect(await ids('sum-mismatch', text('1350'))).toEqual([]);
    expect(await ids('sum-mismatch', text('1530'))).toEqual(['sum-mismatch']);
  });
});

describe('shares of the spending after each item’s own rate, and a list of as many as the first count (Zhejiang shape)', () => {
  const text = (list: string) =>
    doc(
      '某市农业农村局2023年度农业发展资金项目支出绩效自评报告',
      '一、项目基本情况',
      `3．主要内容。2023年度项目共包含5个支出方向、48个子项目：${list}`,
      '二、项目资金使用情况',
      '1．高标准农田建设补助：预算1680.00万元，实际支出1624.80万元，执行率96.71%，占项目实际支出的49.44%；',
      '2．农业社会化服务补助：预算560.00万元，实际支出538.40万元，执行率96.14%，占16.38%；',
    );
  const five = '一是高标准农田建设补助；二是农业社会化服务补助；三是数字农业工厂建设奖补；四是农产品质量安全监管；五是化肥农药减量增效。';
  it('holds: no share of an item’s own budget, the five directions are the 5; a list of four still fails', async () => {
    expect(await ids('share-mismatch', text(five))).toEqual([]);
    expect(await ids('count-mismatch', text(five))).toEqual([]);
    expect(await ids('count-mismatch', text('一是高标准农田建设补助；二是农业社会化服务补助；三是数字农业工厂建设奖补；四是农产品质量安全监管。'))).toEqual(['count-mismatch']);
  });
});

describe('a share whose base its own sentence states (Guangxi shape)', () => {
  const text = (share: string) =>
    doc(
      '某市水利局2023年度部门决算说明',
      '一、收入支出决算总体情况说明',
      '2023年度本年收入合计8125.60万元，本年支出合计8090.35万元。',
      '三、政府性基金预算财政拨款收入支出决算情况说明',
      `2023年度政府性基金预算财政拨款收入1020.00万元，支出980.00万元，支出占收入的${share}%。`,
    );
  it('holds: the share is of its own sentence’s 1020.00; a wrong share still fails', async () => {
    expect(await ids('share-mismatch', text('96.08'))).toEqual([]);
    expect(await ids('share-mismatch', text('96.80'))).toEqual(['share-mismatch']);
  });
});
