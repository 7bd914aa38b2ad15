/**
 * One wrong figure is one problem (issue 8, point 7): the checks that fail only because of one
 * figure are listed under the finding that names it, not reported one by one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, holds, type Equation, type Leaf } from '../../src/checks/consequences.js';
import { formatHtml } from '../../src/format/html.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatStylish } from '../../src/format/stylish.js';
import { asJson, auditText, JSON_OPTIONS } from '../helpers/audit.js';

const EXAMPLE = readFileSync('examples/yanling-2024/report.txt', 'utf8');
const STATED = '基本支出323.15万元，占一般公共预算总支出的4.84%';

type JsonFinding = { ruleId: string; severity: string; message: string; data: Record<string, string>; location: { line: number; column: number }; consequences?: { ruleId: string; message: string; location: { line: number } }[] };
const findingsOf = async (text: string): Promise<JsonFinding[]> => (asJson(await auditText(text)) as { files: { findings: JsonFinding[] }[] }).files[0]!.findings;
const arithmetic = (fs: JsonFinding[]) => fs.filter((f) => ['sum-mismatch', 'share-mismatch', 'shares-total'].includes(f.ruleId));

describe('one wrong figure is one problem', () => {
  it('the example with 323.15 changed to 333.15: one error names 333.15, the checks it upsets are its consequences', async () => {
    expect(EXAMPLE).toContain(STATED);
    const clean = await findingsOf(EXAMPLE);
    const wrong = await findingsOf(EXAMPLE.replace(STATED, STATED.replace('323.15', '333.15')));
    const errors = arithmetic(wrong).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    const [f] = errors;
    expect(f!.data.suspect).toBe('333.15万元');
    expect(f!.data.corrected).toBe('323.15万元');
    expect(f!.message).toContain('最可能有误的是“333.15万元”');
    // every share on a total made from 基本支出, and its two breakdowns
    expect(f!.consequences!.length).toBeGreaterThanOrEqual(10);
    expect(new Set(f!.consequences!.map((c) => c.ruleId))).toEqual(new Set(['share-mismatch', 'sum-mismatch']));
    for (const c of f!.consequences!) expect(c.message.length).toBeGreaterThan(0);
    // nothing else changed: the other findings are the clean report's
    const others = (fs: JsonFinding[]) => fs.filter((x) => !['sum-mismatch', 'share-mismatch', 'shares-total'].includes(x.ruleId)).map((x) => `${x.ruleId} ${x.location.line}`);
    expect(others(wrong)).toEqual(others(clean));
  });

  it('a wrong change from last year is one problem with the rate it upsets, named as printed (in 元 too)', async () => {
    const change = async (text: string) => arithmetic(await findingsOf(`某单位2025年度部门决算说明\n${text}\n`));
    /** The text holds; with `from` changed to `to` one finding names `to`, corrects it to `from` and lists the `others` it upsets. */
    const onlyOne = async (text: string, from: string, to: string, unit: string, others = 1) => {
      expect(await change(text)).toEqual([]);
      const wrong = await change(text.replace(from, to));
      expect(wrong.map((f) => [f.data.suspect, f.data.corrected, f.consequences?.length])).toEqual([[`${to.replace(/,/g, '')}${unit}`, `${from.replace(/,/g, '')}${unit}`, others]]);
    };
    // the relation reader's change: 1,250.00 − 1,100.00 is 150.00, and 150.00 ÷ 1,100.00 is 13.64%
    await onlyOne('2025年度收入合计1,250.00万元，比上年增加150.00万元，增长13.64%；上年为1,100.00万元。', '150.00', '160.00', '万元');
    // the 三公 total's change stated after its figures, in 元: corrected in 元, not as its 万元 value (it upsets the change's
    // sum and, read since the twenty-fifth round, its rate over the figure compared with: 16,654 ÷ 158,920 is 10.48%)
    await onlyOne('2025年度“三公”经费财政拨款预算186,000.00元，支出决算142,356.00元，完成预算的76.54%。\n“三公”经费支出决算比上年的158,920.00元减少16,564.00元，下降10.42%。', '16,564.00', '16,654.00', '元', 2);
  });

  it('one rate said of both sides (收支较上年增加C，增长p%, no prior stated) is one problem, not one a side (twenty-fifth field trial)', async () => {
    const text = '某单位2025年度部门决算说明\n2025年度收入总计3,286.45万元，支出总计3,286.45万元。收支较上年增加212.36万元，增长6.91%。\n';
    expect(arithmetic(await findingsOf(text))).toEqual([]);
    const wrong = arithmetic(await findingsOf(text.replace('6.91%', '7.91%')));
    expect(wrong.map((f) => [f.ruleId, f.data.suspect, f.data.corrected, f.consequences?.length])).toEqual([['share-mismatch', '7.91%', '6.91%', 1]]);
  });

  it('a figure that fails its own check alone is reported as it was, without consequences', async () => {
    // a breakdown item changed: only its own sum disagrees
    const text = EXAMPLE.replace('工资福利支出272.13万元', '工资福利支出262.13万元');
    const fs = arithmetic(await findingsOf(text)).filter((f) => f.severity === 'error');
    expect(fs.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    expect(fs[0]!.consequences).toBeUndefined();
    expect(fs[0]!.data.suspect).toBeUndefined();
  });

  it('two wrong figures are two problems, each with its own consequences', async () => {
    const text = EXAMPLE.replace(STATED, STATED.replace('323.15', '333.15')).replace('专项资金二为其他项目资金。一般公共预算支出3075.01万元', '专项资金二为其他项目资金。一般公共预算支出3085.01万元');
    const errors = arithmetic(await findingsOf(text)).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.data.suspect)).toEqual(['333.15万元', '3085.01万元']);
    expect(errors.map((f) => f.data.corrected)).toEqual(['323.15万元', '3075.01万元']);
    // the second is found with the first corrected: shares on a total made from both
    expect(errors[1]!.consequences!.length).toBeGreaterThanOrEqual(3);
  });

  it('the terminal lists the consequences under the finding; SARIF carries them as related locations', async () => {
    const r = await auditText(EXAMPLE.replace(STATED, STATED.replace('323.15', '333.15')));
    const text = formatStylish(r, JSON_OPTIONS);
    expect(text).toMatch(/因此不符的另外 \d+ 项（改正该数字后一致）：\d+:\d+ (share|sum)-mismatch/);
    const sarif = JSON.parse(formatSarif(r, JSON_OPTIONS)) as { runs: { results: { message: { text: string }; relatedLocations?: { message: { text: string } }[] }[] }[] };
    const named = sarif.runs[0]!.results.find((x) => x.message.text.includes('最可能有误'))!;
    expect(named.relatedLocations!.some((l) => /^share-mismatch: /.test(l.message.text))).toBe(true);
    const html = formatHtml(r, JSON_OPTIONS);
    expect(html).toMatch(/<div class="consequences"><b>因此不符的另外 \d+ 项（改正该数字后一致）<\/b><ul><li>/);
  });

  it('the correct example has no finding with consequences', async () => {
    expect((await findingsOf(EXAMPLE)).filter((f) => f.consequences)).toEqual([]);
  });
});

const W = 10n ** 8n;
const fig = (id: string, v: string, unit = '万元'): Leaf => {
  const [i, f = ''] = v.split('.');
  const d = f.length;
  return { id, v: BigInt(i + f) * 10n ** BigInt(8 - d), h: 5n * 10n ** BigInt(8 - d - 1), text: `${v}${unit}`, unit };
};

describe('explain: the figure whose correction makes the most checks agree', () => {
  const a = fig('a', '10.00');
  const b = fig('b', '20.00');
  const t = fig('t', '40.00'); // should be 30.00
  const pa = fig('pa', '33.33', '%');
  const pb = fig('pb', '66.67', '%');
  const sum: Equation = { kind: 'sum', total: [t], parts: [[a], [b]], partial: false, extra: 0n };
  // the shares are on the derived whole a + b: they hold
  const shareA: Equation = { kind: 'ratio', num: [a], den: [a, b], pct: pa };
  // a share of a on the stated total t: fails with t, agrees with 30.00
  const onT: Equation = { kind: 'ratio', num: [a], den: [t], pct: pa };
  const onT2: Equation = { kind: 'ratio', num: [b], den: [t], pct: pb };

  it('holds: sums and ratios as intervals, with one figure corrected', () => {
    expect(holds(sum)).toBe(false);
    expect(holds(sum, new Map([['t', { num: 30n * W, den: 40n * W }]]))).toBe(true);
    expect(holds(shareA)).toBe(true);
    expect(holds(onT)).toBe(false);
    expect(holds(onT, new Map([['t', { num: 30n * W, den: 40n * W }]]))).toBe(true);
  });

  it('groups the failing checks one figure explains, the one naming it first', () => {
    const groups = explain([
      { ref: 'onT', eq: onT, fails: true, src: { line: 3, column: 1, excerpt: '' } },
      { ref: 'sum', eq: sum, fails: true, src: { line: 1, column: 1, excerpt: '' } },
      { ref: 'onT2', eq: onT2, fails: true, src: { line: 4, column: 1, excerpt: '' } },
      { ref: 'shareA', eq: shareA, fails: false },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.figure).toBe('40.00万元');
    expect(groups[0]!.corrected).toBe('30.00万元');
    expect(new Set([groups[0]!.primary, ...groups[0]!.consequences])).toEqual(new Set(['sum', 'onT', 'onT2']));
  });

  it('makes no group when a correction would make an agreeing check fail', () => {
    // an agreeing check that needs t at 40.00
    const other: Equation = { kind: 'sum', total: [t], parts: [[fig('c', '25.00')], [fig('d', '15.00')]], partial: false, extra: 0n };
    const groups = explain([
      { ref: 'onT', eq: onT, fails: true },
      { ref: 'sum', eq: sum, fails: true },
      { ref: 'other', eq: other, fails: false },
    ]);
    expect(groups).toEqual([]);
  });

  it('makes no group of a single failing check (nothing follows from it)', () => {
    expect(explain([{ ref: 'sum', eq: sum, fails: true }])).toEqual([]);
  });

  it('ignores a check whose equation and rule disagree', () => {
    // the rule says it fails but the equation holds: not a check this can explain
    expect(explain([{ ref: 'shareA', eq: shareA, fails: true }, { ref: 'sum', eq: sum, fails: true }])).toEqual([]);
  });
});
