/**
 * Seventy-ninth field trial (thirty-second round): shapes of reports written in the manner of Jiangxi, Gansu and Guizhou units
 * that raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure
 * changed, or without the words that made the reading right).
 */
import { describe, expect, it } from 'vitest';
import { doc, ids } from '../helpers/rule-tester.js';

describe('a target named after its figure, between the result and its change from last year (Jiangxi shape)', () => {
  const text = (change: string) =>
    doc(
      '某县农业农村局2023年度农业产业发展资金项目支出绩效自评报告',
      '三、项目绩效目标完成情况',
      `项目区农户户均增收1680元，高于年初设定的1500元目标，比上年的1460元增加${change}元，同比增长15.07%。`,
    );
  it('holds: the target is no figure that changed; a wrong change stated against its own prior still fails', async () => {
    expect(await ids('sum-mismatch', text('220'))).toEqual([]);
    expect(await ids('share-mismatch', text('220'))).toEqual([]);
    expect(await ids('share-mismatch', doc('某县农业农村局2023年度农业产业发展资金项目支出绩效自评报告', '三、项目绩效目标完成情况', '项目区农户户均增收1680元，比上年的1460元增加220元，同比增长15.70%。'))).toEqual(['share-mismatch']);
  });
});

describe('an amount per unit inside a list, before the amount it makes (Gansu shape)', () => {
  const text = (rest: string) =>
    doc(
      '某市卫生健康委员会2023年度医疗服务与保障能力提升项目支出绩效自评报告',
      '二、项目资金使用情况',
      `5.紧密型县域医共体建设方向支出577.84万元，其中7个县（区）医共体信息化建设按每县（区）60万元补助，共420.00万元，医共体运行绩效奖补${rest}万元。`,
    );
  it('holds: 60 per county is no part, 420 is; a wrong part still fails', async () => {
    expect(await ids('sum-mismatch', text('157.84'))).toEqual([]);
    expect(await ids('sum-mismatch', text('175.84'))).toEqual(['sum-mismatch']);
  });
});

describe('what the results will serve as in a coming year (Gansu shape)', () => {
  const text = (words: string) =>
    doc(
      '某市卫生健康委员会2023年度医疗服务与保障能力提升项目支出绩效自评报告',
      '五、绩效自评结果应用',
      `我委将自评结果${words}2024年度资金分配的重要参考因素，对执行率低于90%的单位相应核减下年资金。`,
    );
  it('holds: 作为2024年度… names a use to come; the year alone in a statement of the past still warns', async () => {
    expect(await ids('year-mismatch', text('作为'))).toEqual([]);
    expect(await ids('year-mismatch', doc('某市卫生健康委员会2023年度部门整体支出绩效自评报告', '二、部门预算执行情况', '2024年全年支出3,120.00万元。'))).toEqual(['year-mismatch']);
  });
});

describe('a list of counts that makes its total, then a clause of some of them (Guizhou shape)', () => {
  const text = (big: string) =>
    doc(
      '某县水务局2023年度部门整体支出绩效自评报告',
      '三、部门整体绩效目标完成情况',
      `（2）小型水库安全鉴定：目标9座，实际完成9座。全县共有小型水库27座，其中小（一）型${big}座、小（二）型21座，本年鉴定的9座均为到期应鉴定水库。`,
    );
  it('holds: 6 and 21 make 27, the 9 are no third part; a wrong kind still fails', async () => {
    expect(await ids('sum-mismatch', text('6'))).toEqual([]);
    expect(await ids('sum-mismatch', text('5'))).toEqual(['sum-mismatch']);
  });
});
