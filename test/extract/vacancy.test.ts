/**
 * Posts left empty or filled beyond the quota (staffing.ts vacancyRelations): 空编 N is the quota less the staff on
 * it, 超编 N the staff less the quota; read only where the quota and the staff it is reckoned from are unambiguous.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../helpers/audit.js';

const sums = async (text: string): Promise<string[]> =>
  ((await auditText(`某单位2025年度工作情况\n${text}\n`)).files[0]!.checks ?? [])
    .filter((c) => c.relation === 'sum' && /实有与空编|编制与超编/.test(c.id))
    .map((c) => `${c.status} ${(c.values as { total: string }).total}=${(c.values as { parts: string[] }).parts.join('+')}`);

describe('a vacancy against the quota and the staff on it', () => {
  it('空编 after the quota and the staff: quota = staff + empty posts', async () => {
    expect(await sums('本部门核定编制186名，实有在编人员171人，空编15名。')).toEqual(['pass 186=171+15']);
    expect(await sums('本部门核定编制186名，实有在编人员171人，空编14名。')).toEqual(['fail 186=171+14']);
  });
  it('超编 after them: staff = quota + posts beyond', async () => {
    expect(await sums('林场核定事业编制40名，实有42人，超编2人。')).toEqual(['pass 42=40+2']);
    expect(await sums('林场核定事业编制40名，实有42人，超编3人。')).toEqual(['fail 42=40+3']);
  });
  it('the quota listed by kinds and the staff by kinds, over sentences: the totals, and each kind’s own', async () => {
    const text = (admin: string) =>
      `全局核定编制68名，其中：行政编制12名，事业编制56名。实有在职人员61人，其中：行政人员11人，事业人员50人。空编7名，分别为行政空编${admin}名、事业空编6名。`;
    expect(await sums(text('1'))).toEqual(['pass 68=61+7', 'pass 12=11+1', 'pass 56=50+6']);
    expect(await sums(text('2'))).toEqual(['pass 68=61+7', 'fail 12=11+2', 'pass 56=50+6']);
  });
  it('over paragraphs, figures set apart between (另有离退休人员…) passed over', async () => {
    const text = '本部门核定编制61名，其中：行政编制12名，事业编制46名（全额拨款事业编制30名、差额拨款事业编制16名），机关工勤编制3名。\n实有在职人员54人，其中：行政人员10人，事业人员41人（全额拨款事业人员26人，差额拨款事业人员15人），工勤人员3人。\n另有离退休人员27人（离休1人、退休26人）。\n按核定编制计算，全部门空编7名。';
    expect(await sums(text)).toEqual(['pass 61=54+7']);
  });
  it('each kind\'s vacancy said with 各 is no vacancy of the whole: the 合计 after it is (fifty-fifth field trial)', async () => {
    const text = (all: string) => `全局核定编制42名，其中：行政编制12名，事业编制27名，工勤编制3名。年末实有在职人员39人，其中行政人员11人、事业人员26人、工勤人员2人。行政、事业、工勤各空编1名，合计空编${all}名。`;
    expect(await sums(text('3'))).toEqual(['pass 42=39+3']);
    expect(await sums(text('4'))).toEqual(['fail 42=39+4']);
  });
  it('is not read where the staff may count others: a figure in brackets that is no breakdown, staff off the quota, two headcounts', async () => {
    expect(await sums('某中心核定编制20名，实有在职人员18人（含借调2人），空编4名。')).toEqual([]);
    expect(await sums('某中心核定编制20名，实有在职人员18人，其中编外聘用人员2人，空编4名。')).toEqual([]);
    expect(await sums('某中心核定编制20名，实有在编人员16人，在职职工合计18人，空编4名。')).toEqual([]);
    // (kinds of the quota that do not add up to the total: which one the vacancy is of is not clear)
    expect(await sums('核定编制20名，其中行政编制8名、事业编制10名，实有17人，空编3名。')).toEqual([]);
    // (no quota before it in reach)
    expect(await sums('实有在编人员41人，其中行政人员11人、事业人员30人；编制内空编5名，其中行政空编1名、事业空编4名。')).toEqual([]);
  });
});

describe('a vacancy after a quota whose kinds have their own parts in brackets (fortieth field trial)', () => {
  it('is of the whole quota, not of the last kind listed', async () => {
    const text = (n: string) => `本部门核定编制38名，其中：行政编制14名，事业编制22名（其中综合行政执法大队16名、应急救援保障中心6名），工勤编制2名。实有在编人员35人，其中行政人员13人、事业人员20人、工勤人员2人；另有编外聘用人员6人，主要从事值班值守工作。编制内空编${n}名。`;
    expect(await sums(text('3'))).toEqual(['pass 38=35+3']);
    expect(await sums(text('4'))).toEqual(['fail 38=35+4']);
    // (one kind's quota after another's is no whole)
    expect(await sums('行政编制14名。事业编制22名，实有20人，空编2名。')).toEqual([]);
  });
});
