/**
 * Issue 14: rules written in YAML alone. The six user rules of examples/custom-rules each pass
 * their own examples (valid: no finding; invalid: the stated count), fire on cases of ours in other
 * shapes and at their thresholds, and stay silent on the clean example (examples/demo-2025-agri).
 * The loader refuses an invented key, an unknown field and an operator that does not fit, with the
 * position and a suggestion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, createNodeAuditor, loadRules, resolveProfile, testRules, withSection, type RuleDef } from '../../src/lib/node.js';
import { parseRule } from '../../src/ruleset/parse.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'examples', 'custom-rules');
const SIX = ['execution-rate-low', 'project-share-min', 'sangong-overrun-10', 'score-stated', 'staffing-gap', 'unit-placeholder'];
const all = await loadRules([DIR]);
const builtinIds = new Set((await loadRules()).map((r) => r.id));
const custom = all.filter((r) => !builtinIds.has(r.id));
const HUNAN = await resolveProfile('hunan');

async function findings(rule: RuleDef, text: string, name = 'case.txt', profile: 'auto' | typeof HUNAN = HUNAN) {
  const auditor = await createNodeAuditor({ profile, rules: [rule] });
  const r = await auditor.check({ name, text });
  expect(r.error).toBeNull();
  return r.findings.filter((f) => f.ruleId === rule.id);
}

const rule = (id: string): RuleDef => custom.find((r) => r.id === id)!;

describe('examples/custom-rules: six rules in YAML alone', () => {
  it('loads exactly the six, beside the built-in pack', () => {
    expect(custom.map((r) => r.id).sort()).toEqual(SIX);
  });

  it('every example of every rule holds (the rules --test helper)', async () => {
    const results = await testRules(custom);
    expect(results.filter((r) => !r.ok).map((r) => `${r.ruleId} ${r.kind} #${r.index}: ${r.findings.length}`)).toEqual([]);
    // valid and invalid examples for each of the six
    for (const id of SIX) {
      expect(results.some((r) => r.ruleId === id && r.kind === 'valid')).toBe(true);
      expect(results.some((r) => r.ruleId === id && r.kind === 'invalid')).toBe(true);
    }
  });

  it.each(SIX)('%s is silent on the clean example report', async (id) => {
    const text = readFileSync(join(ROOT, 'examples', 'demo-2025-agri', 'report.txt'), 'utf8');
    expect(await findings(rule(id), text, 'report.txt')).toEqual([]);
  });

  it('project-share-min computes the share from the amounts when none is stated, and fires below 50% only', async () => {
    const r = rule('project-share-min');
    const at = (basic: string, project: string) => withSection('二', `2025年一般公共预算支出中基本支出${basic}万元。2025年项目支出${project}万元。`);
    expect(await findings(r, at('300.00', '200.00'))).toHaveLength(1);
    expect(await findings(r, at('260.00', '240.00'))).toHaveLength(1);
    // 249.99 of 499.99–500.01: the share may be 50.00% (intervals), so it is not reported
    expect(await findings(r, at('250.01', '249.99'))).toEqual([]);
    expect(await findings(r, at('250.00', '250.00'))).toEqual([]);
    expect(await findings(r, at('100.00', '400.00'))).toEqual([]);
  });

  it('sangong-overrun-10 fires above 10% over budget, not at 5% or at exactly 10%', async () => {
    const r = rule('sangong-overrun-10');
    const at = (actual: string) => withSection('二', `2025年“三公”经费预算数为10.00万元，决算数为${actual}万元。`);
    expect(await findings(r, at('10.50'))).toEqual([]);
    expect(await findings(r, at('11.00'))).toEqual([]);
    expect(await findings(r, at('11.20'))).toHaveLength(1);
  });

  it('execution-rate-low fires on a stated or a computed rate under 90%', async () => {
    const r = rule('execution-rate-low');
    const at = (budget: string, rate: string) => withSection('二', `2025年项目支出180.00万元，年初预算数为${budget}万元，预算执行率${rate}%。`);
    expect(await findings(r, at('200.00', '90.00'))).toEqual([]);
    expect(await findings(r, at('240.00', '75.00'))).toHaveLength(1);
    // stated 95% (wrongly): the amounts give 75%
    expect(await findings(r, at('240.00', '95.00'))).toHaveLength(1);
  });

  it('score-stated finds the evaluation part by its role in another outline', async () => {
    const r = rule('score-stated');
    const text = (ending: string) =>
      [
        '2025年度示例部示例中心部门整体支出绩效自评报告',
        '一、部门概况',
        '示例中心内设处室3个。',
        '二、部门整体支出绩效目标',
        '全年完成培训12期。',
        '三、评价工作开展情况',
        '成立自评工作小组，对照指标逐项打分。',
        '四、综合评价结论',
        ending,
        '五、绩效目标实现情况分析',
        '完成培训12期。',
        '六、存在的问题和原因',
        '部分项目执行偏慢，原因是前期论证不足。',
        '七、改进建议',
        '加强论证。',
      ].join('\n');
    // the central departments' outline puts the conclusion in 四, not in 九 as Hunan's does (a central
    // unit's report: a local unit's would hold it to no outline of the centre's)
    expect(await findings(r, text('经自评，本部门综合得分95分，等级为优。'), 'case.txt', 'auto')).toEqual([]);
    const fs = await findings(r, text('经自评，本部门整体支出绩效良好。'), 'case.txt', 'auto');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toMatch(/第四部分没有写明数字形式的自评得分/);
  });

  it('staffing-gap: info below 80% of the quota, several kinds of 编制 added', async () => {
    const r = rule('staffing-gap');
    const at = (text: string) => withSection('一', `示例县财政局内设股室3个，分别为：办公室、预算股、绩效股。${text}`);
    expect(await findings(r, at('核定行政编制12名、事业编制8名，年末实有在编人员15人。'))).toHaveLength(1);
    expect(await findings(r, at('核定行政编制12名、事业编制8名，年末实有在编人员17人。'))).toEqual([]);
    expect((await findings(r, at('2025年人员编制数为20人，年末实有在编人员15人。')))[0]!.severity).toBe('info');
  });
});

describe('a rule over the sections reads their text', () => {
  it('a part that says 暂无 is found by a rule written inline', async () => {
    const r = parseRule(
      [
        'title: 章节只写暂无',
        'severity: warning',
        'category: outline',
        'description: 章节正文写“暂无”。',
        'given: sections',
        'when:',
        '  all:',
        "    - { fact: item, path: text, operator: matches, value: '^暂无' }",
        "message: { zh: '第{{no}}部分写“暂无”', en: 'Section {{no}} says 暂无' }",
        'help: 写明实际情况',
        'examples: { section: 八, valid: [加强论证。], invalid: [暂无。] }',
      ].join('\n'),
      'sections-nil.yaml',
    );
    expect((await testRules([r])).every((x) => x.ok)).toBe(true);
    expect(await findings(r, withSection('八', '暂无。'))).toHaveLength(1);
  });
});

describe('look-up facts: a figure by label within a role, a sum of figures', () => {
  const inline = (when: string, given = 'document') =>
    parseRule(
      [
        'title: 试验规则',
        'severity: info',
        'category: budget',
        'description: 试验。',
        `given: ${given}`,
        'when:',
        '  all:',
        `    - ${when}`,
        "message: { zh: '命中', en: 'hit' }",
        'help: 无',
        'examples: { valid: [无。], invalid: [无。] }',
      ].join('\n'),
      'inline.yaml',
    );
  const demo = readFileSync(join(ROOT, 'examples', 'demo-2025-agri', 'report.txt'), 'utf8');

  it('figure: the first figure labelled 项目支出 in the budget part', async () => {
    const r = inline("{ fact: figure, params: { label: '^项目支出$', role: budget }, path: value, operator: greaterThan, value: 1000 }");
    expect(await findings(r, demo)).toHaveLength(1); // 1913.60
    expect(await findings(r, withSection('二', '2025年一般公共预算支出中基本支出300.00万元。2025年项目支出200.00万元。'))).toEqual([]);
    // not in the budget part: the same sentence in the results part is not looked at
    const elsewhere = inline("{ fact: figure, params: { label: '^项目支出$', role: results }, path: value, operator: greaterThan, value: 0 }");
    expect(await findings(elsewhere, demo)).toEqual([]);
  });

  it('sum: 基本支出 + 项目支出 as intervals, compared with the general budget', async () => {
    const r = inline("{ fact: sum, params: { of: [{ node: gpb.basic }, { node: gpb.project }] }, path: value, operator: equal, value: 2500 }");
    expect(await findings(r, demo)).toHaveLength(1); // 586.40 + 1913.60
    const q = inline("{ fact: sum, params: { of: [{ node: gpb.basic }, { node: gpb.project }] }, operator: agreesWith, value: 2500.004 }");
    expect(await findings(q, demo)).toHaveLength(1); // [2499.99, 2500.01] holds 2500.004
  });
});

describe('a rule file that does not fit the vocabulary is refused at load, with its position', () => {
  const base = readFileSync(join(DIR, 'sangong-overrun-10.yaml'), 'utf8');
  const refuse = (text: string): ConfigError => {
    try {
      parseRule(text, 'my-rule.yaml');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return e as ConfigError;
    }
    throw new Error('accepted');
  };
  const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;

  it('an invented key, with a suggestion', () => {
    const text = base.replace('severity: warning', 'severity: warning\nthreshhold: 10');
    const e = refuse(text);
    expect(e.line).toBe(lineOf(text, 'threshhold'));
    expect(e.column).toBe(1);
    expect(e.message).toMatch(/未知的键“threshhold”/);
  });

  it('an unknown field, with the nearest one', () => {
    const text = base.replace('from: budgetTotal', 'from: budgetTotl');
    const e = refuse(text);
    expect(e.line).toBe(lineOf(text, 'budgetTotl'));
    expect(e.message).toMatch(/未知的字段“budgetTotl”.*budgetTotal/);
    const t2 = base.replace("path: low, operator", "path: lowest, operator");
    expect(refuse(t2).message).toMatch(/未知的字段“lowest”.*low/);
  });

  it('an operator that does not fit the field type: contains on text, lessThan on a quantity', () => {
    const text = readFileSync(join(DIR, 'unit-placeholder.yaml'), 'utf8').replace('operator: matches', 'operator: contains');
    const e = refuse(text);
    expect(e.line).toBe(lineOf(text, 'operator: contains'));
    expect(e.column).toBeGreaterThan(1);
    expect(e.message).toMatch(/运算符“contains”不适用于文字字段“text”.*includesText/);
    const q = base.replace('{ fact: percentChange, params: { from: budgetTotal, to: actualTotal }, path: low, operator: greaterThan, value: 10 }', '{ fact: item, path: actualTotal, operator: greaterThan, value: 10 }');
    expect(refuse(q).message).toMatch(/不适用于数（带区间）字段“actualTotal”.*\.value/);
    expect(refuse(q).localized('en')).toMatch(/does not fit the quantity field "actualTotal"/);
  });

  it('an unknown operator, fact, parameter, role or message variable, each with a suggestion', () => {
    expect(refuse(base.replace('operator: greaterThan', 'operator: greaterThen')).message).toMatch(/未知的运算符“greaterThen”.*greaterThan/);
    expect(refuse(base.replace('fact: percentChange', 'fact: percentChnage')).message).toMatch(/未知的 fact“percentChnage”.*percentChange/);
    expect(refuse(base.replace('params: { from:', 'params: { form:')).message).toMatch(/percentChange 没有参数“form”/);
    const score = readFileSync(join(DIR, 'score-stated.yaml'), 'utf8');
    expect(refuse(score.replace('role: evaluation', 'role: evalution')).message).toMatch(/未知的作用“evalution”.*evaluation/);
    expect(refuse(base.replace('{{actualTotal}} 万元超过', '{{actualTota}} 万元超过')).message).toMatch(/模板变量“\{\{actualTota\}\}”不存在.*actualTotal/);
    expect(refuse(score.replace("value: '得分", "value: '得分(")).message).toMatch(/正则表达式无效/);
  });

  it('message cases and skip wording are checked too', () => {
    const withCase = base.replace("  en: 三公 actual {{actualTotal}} is more than 10% over the budget {{budgetTotal}} (万元)", "  en: 三公 actual {{actualTotal}} is more than 10% over the budget {{budgetTotal}} (万元)\n  cases:\n    - when: { reasonGivn: true }\n      zh: 已说明原因")
    expect(refuse(withCase).message).toMatch(/未知的字段“reasonGivn”.*reasonGiven/);
    // a rule that verifies a check must word every reason it may not be made
    const verifying = base.replace('given: sangong', 'given: staffing\nverifies: staffing').replace(/params: \{ from: budgetTotal, to: actualTotal \}/, 'params: { from: quota, to: actual }').replace(/\{\{actualTotal\}\}|\{\{budgetTotal\}\}/g, '{{actual}}');
    expect(refuse(verifying).message).toMatch(/核对 staffing 可能因“quota-only”/);
  });
});
