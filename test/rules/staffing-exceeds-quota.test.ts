/**
 * staffing-exceeds-quota (warning), DOMAIN §5/§6: 实有人数 above 编制数 (在职人员控制率 > 100%).
 * Equal is fine; with only one of the two figures the check is skipped.
 */
import { describe, expect, it } from 'vitest';
import { runAll, runRule, SEED, SKELETON, variant, withSection } from '../helpers/rule-tester.js';

const RULE = 'staffing-exceeds-quota';
const one = (sentence: string) => withSection('一', `（一）部门（单位）基本情况\n${sentence}`);

describe(RULE, () => {
  describe('valid', () => {
    it.each([
      ['the skeleton (20 / 18)', SKELETON],
      ['the seed (27 / 22)', SEED],
      ['equal to the quota', one('人员编制数为20人，年末实有在编人员20人。')],
      ['编制人数 … 实有在职人员, under', one('编制人数20人，实有在职人员19人。')],
      ['a total quota with its parts', one('人员编制数为20人，其中行政编制15人，事业编制5人；年末实有在编人员18人。')],
      ['编外 staff are not 实有在编', one('人员编制数为20人，实有在编人员18人，编外聘用人员25人。')],
      ['a quota split into 行政编制 + 事业编制 (20), 18 in post', one('核定行政编制15名、事业编制5名，实有在编人员18名。')],
      ['a quota of one kind with its posts listed after 其中 (fourteenth field trial)', one('学校核定事业编制186名，其中专业技术岗位编制172名、管理岗位编制9名、工勤岗位编制5名。年末实有在编人员179名。')],
      ['the staff serving by the posts they hold, after 其中 (twentieth field trial): no quota stated', one('在职人员45人，其中行政编制30人、事业编制12人、工勤3人；退休人员20人。')],
      ['the same in the sentence after the headcount', one('年末在职人员45人。其中行政编制30人、事业编制12人、工勤3人。')],
      // thirtieth field trial: a hospital's staff, most of them 编外
      ['all the staff (在职职工) broken down into 在编 and 编外: the 在编 part against the quota', one('医院核定事业编制312名。截至2024年12月31日，在职职工486人，其中在编人员298人，编外合同制人员188人。')],
      ['units listed with their quota and staff after the unit’s own (其中：…实有13人；…)', one('本部门核定编制96名，实有人员91人，离退休人员47人。其中：局本级核定行政编制14名，实有13人；国有林场核定事业编制82名，实有78人。')],
    ])('%s', async (_name, text) => {
      expect(await runRule(RULE, text)).toEqual([]);
    });

    it('only the quota: skipped, not passed silently', async () => {
      const text = one('人员编制数为20人。');
      expect(await runRule(RULE, text)).toEqual([]);
      expect((await runAll(text)).skipped.filter((s) => s.ruleId === RULE)).toMatchObject([
        { location: { section: '一', line: 7 }, reason: '只载明编制数，未载明实有人数' },
      ]);
    });
  });

  describe('invalid', () => {
    it('a quota of one kind with its posts after 其中: the headcount is measured against the whole quota', async () => {
      expect((await runRule(RULE, one('学校核定事业编制186名，其中专业技术岗位编制172名、管理岗位编制9名、工勤岗位编制5名。年末实有在编人员190名。'))).map((f) => f.message)).toEqual(['实有人数 190 人超过编制数 186 人（超编 4 人）']);
    });

    it('the headcount written 实际 right after the quota, or 在职实有 in the next sentence (seventh field trial)', async () => {
      expect((await runRule(RULE, one('本园事业编制20人，实际23人；聘用人员5人。'))).map((f) => f.message)).toEqual(['实有人数 23 人超过编制数 20 人（超编 3 人）']);
      // (kinds of quota stated before the headcount are the quota)
      expect((await runRule(RULE, one('核定行政编制30名、事业编制12名；在职人员45人。'))).map((f) => f.message)).toEqual(['实有人数 45 人超过编制数 42 人（超编 3 人）']);
      // (eighth field trial: 实际正式教职工)
      expect((await runRule(RULE, one('本园核定人员编制20人，实际正式教职工23人，其中高级职称5人。'))).map((f) => f.message)).toEqual(['实有人数 23 人超过编制数 20 人（超编 3 人）']);
      expect((await runRule(RULE, one('在职人员编制20人，其中：事业编制20人。在职实有23人，其中：财政全额保障23人。'))).map((f) => f.message)).toEqual(['实有人数 23 人超过编制数 20 人（超编 3 人）']);
      // 实际 with no quota before it in its sentence is no headcount
      expect(await runRule(RULE, one('人员编制数为20人。全年计划招聘5人，实际23人参加考试。'))).toEqual([]);
    });

    it('the 在编 part of all the staff over the quota', async () => {
      expect((await runRule(RULE, one('医院核定事业编制312名。在职职工486人，其中在编人员318人，编外合同制人员168人。'))).map((f) => f.message)).toEqual(['实有人数 318 人超过编制数 312 人（超编 6 人）']);
    });

    it('22 in post against a quota of 20', async () => {
      expect(await runRule(RULE, one('人员编制数为20人，年末实有在编人员22人。'))).toMatchObject([
        {
          ruleId: RULE, severity: 'warning', location: { section: '一', line: 7 }, expected: '≤ 20 人', actual: '22 人',
          data: { quota: 20, actual: 22, excess: 2 },
          message: '实有人数 22 人超过编制数 20 人（超编 2 人）',
        },
      ]);
    });

    it('one over: 21 against 20', async () => {
      expect(await runRule(RULE, one('人员编制数为20人，年末实有在编人员21人。'))).toMatchObject([{ data: { quota: 20, actual: 21, excess: 1 } }]);
    });

    it('核定编制 … 实有人数, counted in 名', async () => {
      expect(await runRule(RULE, one('核定编制20名，实有人数25名。'))).toMatchObject([{ data: { quota: 20, actual: 25, excess: 5 } }]);
    });

    it('a stated reason does not silence the warning (the author keeps it with a waiver)', async () => {
      expect(await runRule(RULE, one('编制数20人，实有人数22人，超编原因是接收军转干部。'))).toHaveLength(1);
    });

    it('a form\'s label | value rows whose value cell lists the kinds and their 合计 (tenth field trial)', async () => {
      const form = (actual: string) => `编制人数｜行政编制12名，事业编制30名，合计42名\n实有人数｜${actual}`;
      expect(await runRule(RULE, one(form('行政11名，事业28名，合计39名')))).toEqual([]);
      expect(await runRule(RULE, one(form('行政14名，事业30名，合计44名')))).toMatchObject([{ data: { quota: 42, actual: 44, excess: 2 } }]);
      // (several figures and no total: no headcount read, the check is skipped)
      expect((await runAll(one(form('行政14名，事业30名')))).skipped.filter((x) => x.ruleId === RULE)).toHaveLength(1);
    });

    it('the seed with 实有在编人员 28 against 27', async () => {
      const text = variant(SEED, ['年末实有在编人员22人', '年末实有在编人员28人']);
      expect(await runRule(RULE, text)).toMatchObject([{ location: { section: '一', line: 21 }, data: { quota: 27, actual: 28, excess: 1 } }]);
    });
  });
});

describe('a headcount said to be of the posts (编制内实有人员53人) after one that counts those off the quota too (thirty-seventh field trial)', () => {
  it('is the one the quota is of; the two are no figure stated twice', async () => {
    const text = (inPosts: string) => one(`全局核定编制58名，其中：行政编制22名，事业编制33名，工勤编制3名。实有在职人员61人，其中：行政人员20人，事业人员31人，工勤人员2人，编外聘用人员8人。编制内实有人员${inPosts}人，空编5名。`);
    expect(await runRule(RULE, text('53'))).toEqual([]);
    expect(await runRule('same-figure-conflict', text('53'))).toEqual([]);
    // held: an in-quota headcount above the quota is reported
    expect(await runRule(RULE, text('60'))).toMatchObject([{ ruleId: RULE }]);
  });
});

describe('each unit’s quota and staff after 分单位看 (forty-fourth field trial)', () => {
  it('are the units’ own, neither the department’s restated nor its quota', async () => {
    const text = (unit: string) => one(`全局核定编制61名，实有在职人员54人。分单位看，局机关核定编制15名、实有13人；林业技术推广站核定编制14名、实有12人；森林资源保护中心核定编制16名、实有${unit}人；国有平岭林场核定编制16名、实有15人。`);
    expect(await runRule('same-figure-conflict', text('14'))).toEqual([]);
    expect(await runRule(RULE, text('14'))).toEqual([]);
    // (a unit over its own quota is not the department over its)
    expect(await runRule(RULE, text('18'))).toEqual([]);
  });
});

describe('a total after the staff off the quota (另有编外聘用人员5人，全局实有人员合计48人) counts them too (forty-fifth field trial)', () => {
  it('is no headcount of the posts stated again', async () => {
    const text = (all: string) => one(`全局核定编制46名，其中：行政编制18名，事业编制26名，工勤编制2名。实有在编人员43人，其中行政人员17人、事业人员24人、工勤人员2人；另有编外聘用人员5人，全局实有人员合计${all}人。`);
    expect(await runRule('same-figure-conflict', text('48'))).toEqual([]);
    expect(await runRule(RULE, text('48'))).toEqual([]);
  });
});

describe('a total on a line after the staff off the quota were counted, their list between, counts them too (fifty-fifth field trial)', () => {
  const text = (offQuota: string, all: string) =>
    one(`全街道核定编制86名，其中行政编制38名、事业编制44名、机关工勤编制4名。截至2025年末，实有在编人员79人，其中行政35人、事业41人、工勤3人。\n${offQuota}\n——网格员32人；\n——专职消防队员14人；\n——其他辅助人员10人。\n全街道实有人员合计${all}人。`);
  it('is no headcount of the posts stated again', async () => {
    expect(await runRule('same-figure-conflict', text('另有政府雇员12人、编外聘用人员56人。编外聘用人员中：', '147'))).toEqual([]);
    expect(await runRule(RULE, text('另有政府雇员12人、编外聘用人员56人。编外聘用人员中：', '147'))).toEqual([]);
  });
  it('held: with no staff off the quota counted before it, it is the headcount stated again', async () => {
    expect((await runRule('same-figure-conflict', text('街道聘用人员分布如下：', '80'))).map((f) => f.message)).toEqual([expect.stringContaining('此处为 80人，另一处为 79人')]);
  });
});

describe('staff listed after 具体为 (实有在职人员101人，具体为在编行政人员31人、在编事业人员55人…) are parts (forty-fifth field trial)', () => {
  it('no headcount stated again', async () => {
    const { createNodeAuditor } = await import('../../src/lib/node.js');
    const text = '某镇2023年度部门整体支出绩效自评报告\n一、部门基本情况\n（三）人员情况\n全镇核定编制96名，其中：行政编制34名，事业编制58名，工勤编制4名。\n截至2023年12月31日，全镇实有在职人员101人，具体为在编行政人员31人、在编事业人员55人、工勤人员3人，另有政府购买服务岗位人员12人。编制内实有人员89人，编制使用率为92.71%。\n';
    const r = await (await createNodeAuditor({})).check({ name: 's.txt', text });
    expect(r.findings.filter((f) => f.ruleId === 'same-figure-conflict' || f.ruleId === RULE)).toEqual([]);
  });
});
