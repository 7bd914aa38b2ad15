import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const DOCX = 'examples/yanling-2024/report.docx';
const TXT = 'examples/yanling-2024/report.txt';

function findings(stdout: string): [string, string, number][] {
  return JSON.parse(stdout).files[0].findings.map((f: { ruleId: string; location: { section?: string; line?: number } }) => [f.ruleId, f.location.section ?? '', f.location.line ?? 0]);
}

describe('jixiao-lint facts', () => {
  it('prints YAML by default: outline and figures with their sources, derived totals marked', () => {
    const r = cli(['facts', DOCX]);
    expect(r.code).toBe(0);
    const m = parse(r.stdout);
    expect(m.outline.sections.map((s: { no: string }) => s.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九']);
    const node = (id: string) => m.budget.find((n: { id: string }) => n.id === id);
    expect(node('gpb').derived).toEqual({ value: '6671.32', from: ['gpb.basic', 'gpb.project'] });
    expect(node('total').derived).toEqual({ value: '8701.35', from: ['gpb', 'gov', 'soe', 'ssf'] });
    expect(node('gpb.basic').amount.src).toEqual({ line: 26, column: 19, length: 8, excerpt: '2024年一般公共预算支出中基本支出323.15万元，占一般公共预算总支出的4.84%，占年度整体总支出的3.71%。' });
  });

  it('--format json gives the same model, from the .txt as from the .docx', () => {
    const fromTxt = JSON.parse(cli(['facts', TXT, '--format', 'json']).stdout);
    const fromDocx = parse(cli(['facts', DOCX]).stdout);
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'column' || k === 'excerpt' ? undefined : v)));
    expect(strip(fromTxt)).toEqual(strip(fromDocx));
  });

  it('round trip of a report whose 三公 total is stated twice (the model keeps the second statement)', () => {
    const d = mkdtempSync(join(tmpdir(), 'jixiao-facts-'));
    const txt = join(d, 'r.txt');
    writeFileSync(txt, '某单位2025年度部门决算\n2025年“三公”经费财政拨款支出决算12.34万元。\n“三公”经费预算与决算对比表（单位：万元）\n项目 | 预算数 | 决算数\n合计 | 15.00 | 12.34\n因公出国（境）费 | 0 | 0\n公务用车购置及运行维护费 | 9.00 | 8.10\n公务接待费 | 6.00 | 4.24\n');
    const yamlFile = join(d, 'r.yaml');
    writeFileSync(yamlFile, cli(['facts', txt]).stdout);
    expect(parse(readFileSync(yamlFile, 'utf8')).sangong.actual.again.map((a: { printed: string }) => a.printed)).toEqual(['12.34万元']);
    const fromData = cli(['check', yamlFile, '--format', 'json']);
    expect(JSON.parse(fromData.stdout).files[0].error ?? null).toBeNull();
    expect(findings(fromData.stdout)).toEqual(findings(cli(['check', txt, '--format', 'json']).stdout));
  });

  it('round trip: facts > a.yaml, edit a figure, check a.yaml', () => {
    const d = mkdtempSync(join(tmpdir(), 'jixiao-facts-'));
    const yamlFile = join(d, 'a.yaml');
    writeFileSync(yamlFile, cli(['facts', DOCX]).stdout);
    const original = findings(cli(['check', DOCX, '--format', 'json']).stdout);
    const fromData = cli(['check', yamlFile, '--format', 'json']);
    expect(findings(fromData.stdout)).toEqual(original);
    // edit one breakdown item: 272.13 → 272.31 makes 基本支出 not add up
    const text = readFileSync(yamlFile, 'utf8');
    expect(text).toContain("value: \"272.13\"");
    writeFileSync(yamlFile, text.replace("value: \"272.13\"", "value: \"272.31\""));
    const edited = JSON.parse(cli(['check', yamlFile, '--format', 'json']).stdout).files[0].findings;
    expect(edited.filter((f: { ruleId: string }) => f.ruleId === 'sum-mismatch').map((f: { message: string }) => f.message)).toEqual([
      '基本支出按经济科目分类明细合计 323.33 万元，与总额 323.15 万元不符，差额 0.18 万元（舍入容差 0.015 万元）',
    ]);
  });

  // (targets named by the words after their count, parts of another target, results stated as a share, a score table's levels and
  // the parts the text scores apart: each kept by the report data's schema, so the data gives the text's findings)
  it.each(['c02-hunan-zhengti.txt', 'c127-ningxia-xiangmu-nongtian.txt', 'c473-xizang-xiangmu-nongye.txt'])('round trip of %s (goal and score-table marks)', (name) => {
    const txt = join(import.meta.dirname, '..', 'fixtures', 'complete', name);
    const d = mkdtempSync(join(tmpdir(), 'jixiao-facts-'));
    const yamlFile = join(d, 'r.yaml');
    const yaml = cli(['facts', txt]).stdout;
    expect(yaml).toMatch(/namedAfter: true|shareOf: true/);
    writeFileSync(yamlFile, yaml);
    const fromData = cli(['check', yamlFile, '--format', 'json']);
    expect(JSON.parse(fromData.stdout).files[0].error ?? null).toBeNull();
    expect(findings(fromData.stdout)).toEqual(findings(cli(['check', txt, '--format', 'json']).stdout));
  });

  it('invalid report data is a clear error with its position, exit 2', () => {
    const d = mkdtempSync(join(tmpdir(), 'jixiao-facts-'));
    const f = join(d, 'b.yaml');
    writeFileSync(f, 'version: 1\nprofile: hunan\ncover: []\nbudgets: []\n');
    const r = cli(['check', f, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].error).toEqual({ code: 'bad-data', message: '第 4 行第 1 列：不是有效的报告数据：未知的键“budgets”' });
  });
});
