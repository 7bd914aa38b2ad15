/**
 * The bundled examples: the tool must still produce examples/<name>/expected.json exactly, and the
 * seed must yield what DOMAIN.md §7 lists (for the rules implemented) and nothing else.
 * Seed variants show each family of rule firing on a realistic report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCode } from '../src/cli/check.js';
import { computeChecks } from '../src/checks/index.js';
import { extract } from '../src/extract/index.js';
import { linesToDoc } from '../src/read/txt.js';
import { PROFILE } from './helpers/rule-tester.js';
import { asJson, auditFiles, auditText, ids } from './helpers/audit.js';

const SEED = readFileSync('examples/yanling-2024/report.txt', 'utf8');

describe('examples/*/expected.json', () => {
  // examples/custom-rules holds rule files (test/rules/custom-rules.test.ts), not a report
  for (const name of readdirSync('examples').filter((n) => readdirSync(join('examples', n)).some((f) => /^report\./.test(f)))) {
    it(`${name}: the tool reproduces expected.json`, async () => {
      const dir = join('examples', name);
      const reports = readdirSync(dir).filter((f) => /^report\./.test(f)).sort().map((f) => join(dir, f));
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      expect(asJson(await auditFiles(reports))).toEqual(expected);
    });
  }
});

describe('the seed report (DOMAIN §7)', () => {
  for (const file of ['examples/yanling-2024/report.txt', 'examples/yanling-2024/report.docx']) {
    it(`${file}: section-empty ×3, the listed warnings, two rounding infos, nothing else`, async () => {
      const r = await auditFiles([file]);
      const f = r.files[0]!;
      expect(f.error).toBeNull();
      const by = (sev: string) => f.findings.filter((x) => x.severity === sev).map((x) => [x.ruleId, x.location.section ?? '']);
      expect(by('error')).toEqual([['section-empty', '七'], ['section-empty', '八'], ['section-empty', '九']]);
      expect(by('warning').sort()).toEqual(
        [
          ['cover-field-blank', ''], ['heading-numbering', '六'], ['sangong-component-missing', '二'], ['self-score-missing', '九'],
          ['goal-without-result', '一'], ['goal-without-result', '一'], ['goal-shortfall-unexplained', '一'],
        ].sort(),
      );
      const goals = f.findings.filter((x) => x.ruleId.startsWith('goal-')).map((x) => [x.ruleId, x.data.target]);
      expect(goals).toEqual([
        ['goal-without-result', '实现税收收入增长15%'],
        ['goal-shortfall-unexplained', '力争引进“三类”500强3家'],
        ['goal-without-result', '10亿元以上项目5家'],
      ]);
      // 10亿元以上项目5家 is not paired with 亿元以上项目15个; 盘活僵尸企业 (1 set, 2 reached) raises nothing
      expect(f.findings.find((x) => x.data.target === '10亿元以上项目5家')!.message).toContain('不是同一指标');
      expect(f.findings.filter((x) => String(x.data.target ?? '').includes('僵尸企业'))).toEqual([]);
      expect(f.findings.find((x) => x.ruleId === 'sangong-component-missing')!.message).toContain('因公出国（境）费');
      const infos = f.findings.filter((x) => x.severity === 'info');
      expect(infos.map((x) => [x.ruleId, x.data.total, x.data.sum, x.data.diff])).toEqual([
        ['rounding-difference', '6348.17', '6348.16', '0.01'],
        ['rounding-difference', '3273.16', '3273.15', '0.01'],
      ]);
      // the one check the tool could not make: the base of "占工业企业的48%" is a count the report never states
      expect(f.skipped.map((s) => [s.ruleId, s.location.line])).toEqual([['share-mismatch', 41]]);
    });
  }
});

describe('a correct report in other sentence shapes (examples/demo-2025-agri)', () => {
  it('raises nothing: half-width punctuation, 人员经费/公用经费, year-on-year, 专项, 万亩 targets, 本单位2025年度无…', async () => {
    const r = await auditFiles(['examples/demo-2025-agri/report.txt']);
    expect(r.files[0]!.findings).toEqual([]);
    expect(r.files[0]!.skipped).toEqual([]);
    expect(r.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
  });

  it('…because everything reconciles, not because nothing was read', () => {
    const text = readFileSync('examples/demo-2025-agri/report.txt', 'utf8');
    const c = computeChecks(extract(linesToDoc(text, 'r.txt'), PROFILE), PROFILE).collections;
    expect(c.breakdowns.map((b) => `${b.kind} ${b.subject} ${b.dimension} ${b.status}`)).toEqual([
      'amount 基本支出 按经济科目分类 ok',
      'amount 基本支出 按功能科目分类 ok',
      'hierarchy 基本支出 =人员经费+公用经费 ok',
      'amount 项目支出 按经济科目分类 ok',
      'special 项目支出 所列专项资金 ok',
      'amount 专项资金一（高标准农田建设补助资金） 按经济科目分类 ok',
      'amount 专项资金二（农业技术推广资金） 按经济科目分类 ok',
      'amount 政府性基金预算支出 按功能科目分类 ok',
      'sangong “三公”经费 各项 ok',
      'sangong “三公”经费 各项 ok',
    ]);
    expect(c.shares.map((x) => `${x.subject}:${x.status}`)).toEqual([
      '基本支出:ok', '基本支出:ok', '项目支出:ok', '项目支出:ok',
      '专项资金一（高标准农田建设补助资金）:ok', '专项资金一（高标准农田建设补助资金）:ok',
      '专项资金二（农业技术推广资金）:ok', '专项资金二（农业技术推广资金）:ok',
      '政府性基金预算支出:ok', '基本支出:ok',
    ]);
    expect(c.goals.map((g) => [g.paired, g.shortfall])).toEqual(Array(4).fill([true, false]));
    expect(c.sangong[0]).toMatchObject({ budgetTotal: { text: '6.50', value: 6.5 }, actualTotal: { text: '5.82', value: 5.82 }, overBudget: false });
    expect(c.staffing[0]).toMatchObject({ quota: 30, actual: 28 });
  });
});

const FILLED = SEED.replace(
  '七、存在的问题及原因分析\n主要反映各种预算支出执行偏离绩效目标的情况，并分析其原因。\n八、下一步改进措施\n九、绩效自评结果及其他需要说明的情况\n',
  '七、存在的问题及原因分析\n招引“三类”500强企业仅完成1家，未达到3家的目标，主要原因是产业链配套不足。\n八、下一步改进措施\n围绕主导产业开展精准招商，完善产业链配套。\n九、绩效自评结果及其他需要说明的情况\n经自评，本单位2024年度整体支出绩效自评得分为88分，等级为良。\n',
);

describe('seed variants', () => {
  it('with 七–九 written properly: no error, exit 0', async () => {
    expect(FILLED).not.toBe(SEED);
    const r = await auditText(FILLED);
    expect(ids(r).filter(([id]) => ['section-empty', 'self-score-missing', 'goal-shortfall-unexplained', 'grade-score-mismatch'].includes(id))).toEqual([]);
    expect(r.files[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(exitCode(r, { failOn: 'error' })).toBe(0);
    expect(exitCode(r, { failOn: 'warning' })).toBe(1);
  });

  const variants: [string, string, string, string][] = [
    ['a changed breakdown item', '工资福利支出272.13万元', '工资福利支出272.31万元', 'sum-mismatch'],
    ['a wrong percentage', '占一般公共预算总支出的4.84%', '占一般公共预算总支出的4.94%', 'share-mismatch'],
    ['a deleted 三公 sentence', '[bookmark: _GoBack]2024年“三公”经费预算数为0.29万元，其中公务接待费预算数0.29万元，公务用车购置及运行费0万元。“三公”经费决算数为0.29万元。', '', 'sangong-budget-missing'],
    ['a stale year', '2024年项目支出6348.17万元', '2023年项目支出6348.17万元', 'year-mismatch'],
    ['more staff than the quota', '年末实有在编人员22人', '年末实有在编人员29人', 'staffing-exceeds-quota'],
    ['a count that disagrees with its list', '内设局室5个', '内设局室6个', 'count-mismatch'],
    ['a 三公 overrun without a reason', '“三公”经费决算数为0.29万元', '“三公”经费决算数为0.39万元', 'sangong-over-budget'],
    ['a placeholder left in', '成功引进亿元以上项目15个', '成功引进亿元以上项目XX个', 'placeholder-left'],
    // (the changed percentage is wrong against its amounts too: one finding names it, shares-total under it)
    ['a share that no longer adds up', '占一般公共预算总支出的95.16%', '占一般公共预算总支出的96.16%', 'share-mismatch'],
    ['a grade that does not fit the score', '等级为良', '等级为优', 'grade-score-mismatch'],
    ['a shortfall whose cause is deleted', '主要原因是产业链配套不足', '下一步将加大力度', 'goal-shortfall-unexplained'],
  ];
  for (const [what, from, to, rule] of variants) {
    it(`${what} → ${rule}`, async () => {
      expect(FILLED.includes(from)).toBe(true);
      const before = ids(await auditText(FILLED)).filter(([id]) => id === rule);
      const after = ids(await auditText(FILLED.replace(from, to))).filter(([id]) => id === rule);
      expect(before).toEqual([]);
      expect(after.length).toBeGreaterThan(0);
    });
  }

  it('one wrong percentage is one finding: the shares that no longer make 100% are its consequence', async () => {
    const r = await auditText(FILLED.replace('占一般公共预算总支出的95.16%', '占一般公共预算总支出的96.16%'));
    const shares = r.files[0]!.findings.filter((f) => f.ruleId === 'share-mismatch' || f.ruleId === 'shares-total');
    // (two groups use it: 基本支出 + 项目支出 make 100%, and the 专项 shares make 项目支出's)
    expect(shares.map((f) => [f.ruleId, (f.consequences ?? []).map((c) => c.ruleId)])).toEqual([['share-mismatch', ['shares-total', 'shares-total']]]);
    expect(shares[0]!.message).toContain('最可能有误的是“96.16%”（按 95.16% 计算');
  });

  it('a changed breakdown item gives one sum-mismatch with operands, expected and actual', async () => {
    const r = await auditText(FILLED.replace('工资福利支出272.13万元', '工资福利支出272.31万元'));
    const f = r.files[0]!.findings.filter((x) => x.ruleId === 'sum-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error',
      message: '基本支出按经济科目分类明细合计 323.33 万元，与总额 323.15 万元不符，差额 0.18 万元（舍入容差 0.015 万元）',
      location: { section: '二', line: 26, path: ['2、 一般公共预算支出情况', '（一）基本支出情况', '第1段'] },
      expected: '323.15 万元',
      actual: '323.33 万元',
      data: { total: '323.15', sum: '323.33', diff: '0.18', tolerance: '0.015' },
    });
  });
});
