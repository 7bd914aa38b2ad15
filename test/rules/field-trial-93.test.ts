/**
 * Ninety-third field trial (thirty-fifth round): shapes of reports written in the manner of Hubei, Henan, Guangxi, Yunnan, Anhui,
 * Jiangxi, Liaoning and Tianjin units that raised false findings. Each shape holds (no finding on the correct text) and fails (the
 * finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('changes (Tianjin and Yunnan shapes)', () => {
  it('a comparison that names its own subject, 与2022年度收入合计…相比, is not of the figure of the sentence before', async () => {
    const t = (change: string) =>
      doc('天津市某区文化和旅游局2023年度部门决算', '一、收入决算情况说明', `2023年度收入合计3,654.20万元。另有年初结转和结余208.27万元。与2022年度收入合计3,302.48万元相比，增加${change}万元。`);
    expect(await autoIds('sum-mismatch', t('351.72'))).toEqual([]);
  });
  it('决算数比预算数减少… after a list of items is the change of the total, not of the last item', async () => {
    const t = (rate: string) =>
      doc('某县水务局2023年度小型病险水库除险加固项目支出绩效自评报告', '一、项目基本情况', `2023年单位“三公”经费预算12.50万元，其中：因公出国（境）费0万元，公务接待费3.10万元，公务用车运行维护费9.40万元。“三公”经费决算11.26万元，其中：因公出国（境）费0万元，公务接待费2.78万元，公务用车运行维护费8.48万元，决算数比预算数减少1.24万元，下降${rate}%。`);
    expect(await autoIds('share-mismatch', t('9.92'))).toEqual([]);
  });
});

describe('parts (Jiangxi and Hubei shapes)', () => {
  it('an addition whose cause comes before its verb, 年中因…新增…追加预算85.00万元, is a part', async () => {
    const t = (added: string) => doc('某县城市管理局2023年度城区环卫保洁项目支出绩效自评报告', '一、项目概况', `2023年本项目全年预算数1377.50万元，其中：年初预算1260.00万元，年中因城区新增道路保洁面积追加预算${added}万元，上年结转资金32.50万元。`);
    expect(await autoIds('sum-mismatch', t('85.00'))).toEqual([]);
    expect(await autoIds('sum-mismatch', t('95.00'))).toEqual(['sum-mismatch']);
  });
  it('what two of the indicator groups got, each with its full marks, is some of the whole score', async () => {
    const t = (total: string) => doc('某县农业技术推广中心2023年度部门整体支出绩效自评报告', '四、绩效自评情况', `经自评，部门整体支出绩效自评得分${total}分，等级为优。其中产出指标50分，得48.75分；效益指标30分，得30分。`);
    expect(await autoIds('sum-mismatch', t('98.40'))).toEqual([]);
    // (some of the parts still cannot make more than the whole)
    expect(await autoIds('sum-mismatch', t('68.40'))).toEqual(['sum-mismatch']);
  });
});
