/**
 * Ninety-sixth field trial (thirty-sixth round): shapes of reports written in the manner of Guangdong, Hubei and Sichuan units that
 * raised false findings. Each shape holds (no finding on the correct text) and fails (the finding on a text with one figure changed).
 */
import { describe, expect, it } from 'vitest';
import { autoIds, doc } from '../helpers/rule-tester.js';

describe('shares of a whole one level up (Guangdong and Hubei shapes)', () => {
  it('shares of the parts of a part, 其中…占81.9%, are of the whole the part’s own share is of, where they agree with it', async () => {
    const t = (first: string) =>
      doc(
        '某区卫生健康局2022年度部门决算',
        '二、收入决算情况说明',
        `本年收入合计12,586.43万元，其中：财政拨款收入10,942.18万元，占86.9%，其中一般公共预算财政拨款收入10,312.18万元，占${first}%，政府性基金预算财政拨款收入630.00万元，占5.0%；事业收入1,644.25万元，占13.1%。`,
      );
    expect(await autoIds('share-mismatch', t('81.9'))).toEqual([]);
    expect(await autoIds('shares-total', t('81.9'))).toEqual([]);
    // (of the part itself, where they agree with it)
    expect(await autoIds('share-mismatch', t('94.2'))).toEqual([]);
    expect(await autoIds('share-mismatch', t('82.9'))).toEqual(['share-mismatch']);
  });
  it('where the whole’s own share is of a base not found, a part’s share that does not agree with the whole is not checked', async () => {
    const t = (first: string) =>
      doc(
        '某区卫生健康局2022年度部门决算',
        '二、收入决算情况说明',
        `本年收入合计12,586.43万元，具体构成如下：财政拨款收入10,942.18万元，占86.9%，其中一般公共预算财政拨款收入10,312.18万元，占${first}%，政府性基金预算财政拨款收入630.00万元，占5.0%；上级补助收入420.00万元，占3.3%；事业收入986.75万元，占7.8%；其他收入237.50万元，占1.9%。`,
      );
    expect(await autoIds('share-mismatch', t('81.9'))).toEqual([]);
    expect(await autoIds('shares-total', t('81.9'))).toEqual([]);
  });
  it('shares of all the parts of a list that make 100% are of the list’s whole, not of the first figure its name finds', async () => {
    const t = (second: string) =>
      doc(
        '某县水利局2022年度农村供水保障项目支出绩效自评报告',
        '一、项目基本情况',
        `项目年初预算305.00万元，年中追加后全年预算385.00万元，其中：中央资金210.00万元、省级资金95.00万元、县级资金80.00万元，分别占项目预算的54.55%、${second}%和20.78%。`,
      );
    expect(await autoIds('share-mismatch', t('24.68'))).toEqual([]);
    expect(await autoIds('shares-total', t('24.68'))).toEqual([]);
    // (a share changed: they no longer make 100%, and the share is reported)
    expect(await autoIds('share-mismatch', t('25.68'))).toContain('share-mismatch');
  });
});

describe('staffing (Sichuan shape)', () => {
  it('a quota of a part listed after 其中, named by what its posts are for (中小学教职工编制), is no restatement of the quota', async () => {
    const t = (after: string) =>
      doc(
        '某县教育局2023年度部门整体支出绩效自评报告',
        '一、部门基本情况',
        `2023年末，全局核定编制1692名，实有在职人员1647名，空编45名。其中：机关行政编制12名，实有11名；中小学教职工编制1486名，实有1452名；幼儿园教职工编制156名，实有149名；其他事业编制38名，实有35名。${after}`,
      );
    expect(await autoIds('same-figure-conflict', t(''))).toEqual([]);
    // (the quota stated again, differently, is still one figure twice)
    expect(await autoIds('same-figure-conflict', t('全局核定编制1690名。'))).toEqual(['same-figure-conflict']);
  });
});
