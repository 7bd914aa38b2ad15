import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { expectGolden } from '../format/golden.js';

const SEED_DOCX = 'examples/yanling-2024/report.docx';
const SEED_TXT = 'examples/yanling-2024/report.txt';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
}

describe('jixiao-lint check', () => {
  it('prints stylish output grouped by file and section, with a closing count, exit 1 on errors', () => {
    const r = cli(['check', SEED_DOCX]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✖ 12 个问题（3 个错误，7 个警告，2 个提示）');
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expectGolden('cli-stylish-seed.txt', r.stdout);
  });

  it('is also the default command', () => {
    expect(cli([SEED_TXT]).stdout).toContain('✖ 12 个问题');
  });

  it('--format json prints the contract shape', () => {
    const r = cli(['check', SEED_DOCX, SEED_TXT, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['version', 'files', 'summary']);
    expect(j.version).toBe(1);
    expect(j.summary).toEqual({ files: 2, errors: 6, warnings: 14, infos: 4 });
    const f = j.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'section-empty');
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'help', 'location', 'data', 'fingerprint']);
    expect(f.location).toEqual({ section: '七', heading: '七、存在的问题及原因分析', path: ['七、存在的问题及原因分析'], line: 44, column: 1, excerpt: '七、存在的问题及原因分析' });
    expect(j.files.map((x: { path: string; error: unknown }) => [x.path, x.error])).toEqual([[SEED_DOCX, null], [SEED_TXT, null]]);
  });

  it('--fail-on and --max-warnings set the exit code', () => {
    const d = tmp();
    const ok = readFileSync(SEED_TXT, 'utf8').replace('2024年“三公”经费预算数为0.29万元', '2024年“三公”经费预算数为0.29万元');
    writeFileSync(join(d, 'r.txt'), ok);
    expect(cli(['check', join(d, 'r.txt'), '--rule', 'section-empty=warning']).code).toBe(0);
    expect(cli(['check', join(d, 'r.txt'), '--rule', 'section-empty=warning', '--fail-on', 'warning']).code).toBe(1);
    expect(cli(['check', join(d, 'r.txt'), '--rule', 'section-empty=off', '--max-warnings', '7']).code).toBe(0);
    expect(cli(['check', join(d, 'r.txt'), '--rule', 'section-empty=off', '--max-warnings', '6']).code).toBe(1);
  });

  it('reports an unreadable file in its own entry, checks the rest, exit 2', () => {
    const d = tmp();
    writeFileSync(join(d, 'bad.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = cli(['check', join(d, 'bad.docx'), SEED_TXT, join(d, 'missing.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual(['corrupt-doc', null, 'not-found']);
    expect(j.files[1].findings.length).toBe(12);
    expect(j.files[0].error.message).toContain('损坏');
  });

  it('says so when nothing matches, exit 2', () => {
    const d = tmp();
    mkdirSync(join(d, 'empty'));
    const r = cli(['check', join(d, 'empty')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('目录中没有可检查的报告文件');
  });

  it('--lang en gives English messages', () => {
    const r = cli(['check', SEED_TXT, '--lang', 'en']);
    expect(r.stdout).toContain('Section 七 "存在的问题及原因分析" has no substantive content');
    expect(r.stdout).toContain('12 problems (3 errors, 7 warnings, 2 infos)');
    // a check not made is worded by its rule file in English too
    const s = cli(['check', SEED_TXT, '--lang', 'en', '--show-skipped']);
    expect(s.stdout).toContain('"占工业企业的48%": the report states no amount of "工业企业"  share-mismatch');
  });

  it('colours only when asked: --no-color and NO_COLOR win', () => {
    expect(cli(['check', SEED_TXT], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(cli(['check', SEED_TXT, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('--show-skipped lists checks that could not run; --strict fails on them', () => {
    const d = tmp();
    const text = readFileSync(SEED_TXT, 'utf8').replace('，占年度整体总支出的3.71%', '，占全口径支出的3.71%');
    writeFileSync(join(d, 'r.txt'), text);
    const r = cli(['check', join(d, 'r.txt'), '--show-skipped', '--rule', 'section-empty=off']);
    expect(r.stdout).toContain('无法确定基数“全口径支出”');
    expect(r.code).toBe(0);
    expect(cli(['check', join(d, 'r.txt'), '--strict', '--rule', 'section-empty=off']).code).toBe(1);
  });
});

describe('configuration', () => {
  it('reads .jixiaorc.yaml upward from the working directory', () => {
    const d = tmp();
    mkdirSync(join(d, 'sub'));
    copyFileSync(SEED_TXT, join(d, 'sub', 'r.txt'));
    writeFileSync(join(d, '.jixiaorc.yaml'), 'rules:\n  section-empty: warning\n  heading-numbering: off\n');
    const r = cli(['check', 'r.txt', '--format', 'json'], { cwd: join(d, 'sub') });
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout).files[0].findings;
    expect(f.filter((x: { ruleId: string }) => x.ruleId === 'heading-numbering')).toEqual([]);
    expect(f.filter((x: { ruleId: string; severity: string }) => x.ruleId === 'section-empty').map((x: { severity: string }) => x.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('names file:line:column for unknown rule ids, bad values and malformed YAML, exit 2, no stack', () => {
    const d = tmp();
    const cases: [string, RegExp][] = [
      ['rules:\n  no-such-rule: error\n', /\.jixiaorc\.yaml:2:3: 未知的规则“no-such-rule”/],
      ['rules:\n  sum-mismatch: fatal\n', /\.jixiaorc\.yaml:2:17: 取值应为 off、error、warning、info 之一/],
      ['rules: [a\n', /\.jixiaorc\.yaml:\d+:\d+: YAML 语法错误/],
      ['colour: red\n', /\.jixiaorc\.yaml:1:1: 未知的配置项“colour”/],
      ['waivers:\n  - rule: section-empty\n', /\.jixiaorc\.yaml:2:5: 缺少“reason”/],
    ];
    for (const [text, re] of cases) {
      writeFileSync(join(d, '.jixiaorc.yaml'), text);
      const r = cli(['check', join(process.cwd(), SEED_TXT)], { cwd: d });
      expect(r.code, text).toBe(2);
      expect(r.stderr, text).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('tolerance settings: extra absolute tolerance and the prevailing precision of 万元 figures', () => {
    const d = tmp();
    writeFileSync(join(d, 'r.txt'), readFileSync(SEED_TXT, 'utf8').replace('工资福利支出272.13万元', '工资福利支出272.16万元'));
    const sum = (cfg: string | null) => {
      if (cfg === null) writeFileSync(join(d, '.jixiaorc.yaml'), 'rules: {}\n');
      else writeFileSync(join(d, '.jixiaorc.yaml'), cfg);
      const f = JSON.parse(cli(['check', 'r.txt', '--format', 'json'], { cwd: d }).stdout).files[0].findings;
      return f.filter((x: { ruleId: string; data: { sum?: string } }) => /sum-mismatch|rounding-difference/.test(x.ruleId) && x.data.sum === '323.18').map((x: { ruleId: string; data: { tolerance: string } }) => [x.ruleId, x.data.tolerance]);
    };
    // 0.03 off with 2 items: outside (2+1) × 0.005 = 0.015 by default
    expect(sum(null)).toEqual([['sum-mismatch', '0.015']]);
    // a bureau that accepts 0.02 on top of rounding
    expect(sum('tolerance:\n  extra: 0.02\n')).toEqual([['rounding-difference', '0.035']]);
    // items printed in whole 万元 (272万元): at the default precision they stand for 272.00 ± 0.005; a
    // bureau whose reports round to whole 万元 sets decimals: 0 and they stand for 272 ± 0.5
    writeFileSync(join(d, 'r.txt'), readFileSync(SEED_TXT, 'utf8').replace('工资福利支出272.13万元、商品和服务支出51.02万元', '工资福利支出272万元、商品和服务支出51万元'));
    const whole = (cfg: string) => {
      writeFileSync(join(d, '.jixiaorc.yaml'), cfg);
      const f = JSON.parse(cli(['check', 'r.txt', '--format', 'json'], { cwd: d }).stdout).files[0].findings;
      return f.filter((x: { ruleId: string; data: { sum?: string } }) => x.data.sum === '323.00').map((x: { ruleId: string; data: { tolerance: string } }) => [x.ruleId, x.data.tolerance]);
    };
    expect(whole('rules: {}\n')).toEqual([['sum-mismatch', '0.015']]);
    expect(whole('tolerance:\n  decimals: 0\n')).toEqual([['rounding-difference', '1.005']]);
    // auto (the default): the seed prints its 万元 figures with two decimals, so these are 272.00 and 51.00
    expect(whole('tolerance:\n  decimals: auto\n')).toEqual([['sum-mismatch', '0.015']]);
    writeFileSync(join(d, '.jixiaorc.yaml'), 'tolerance:\n  extra: -1\n');
    expect(cli(['check', 'r.txt'], { cwd: d }).code).toBe(2);
  });

  it('--rule with an unknown id or level is a tool error', () => {
    expect(cli(['check', SEED_TXT, '--rule', 'nope=error']).stderr).toContain('未知的规则“nope”');
    expect(cli(['check', SEED_TXT, '--rule', 'sum-mismatch=loud']).code).toBe(2);
  });

  it('waivers keep the finding as suppressed and stop it failing the gate', () => {
    const d = tmp();
    copyFileSync(SEED_TXT, join(d, 'r.txt'));
    writeFileSync(join(d, '.jixiaorc.yaml'), 'waivers:\n  - rule: section-empty\n    reason: 本年度按主管部门要求另行报送\n');
    const r = cli(['check', 'r.txt', '--format', 'json'], { cwd: d });
    expect(r.code).toBe(0);
    const waived = JSON.parse(r.stdout).files[0].findings.filter((x: { suppressed?: unknown }) => x.suppressed);
    expect(waived.map((x: { ruleId: string; suppressed: unknown }) => [x.ruleId, x.suppressed])).toEqual(
      Array(3).fill(['section-empty', { kind: 'waiver', justification: '本年度按主管部门要求另行报送' }]),
    );
  });
});

describe('rules and explain', () => {
  it('rules lists every rule with id, level, category and title', () => {
    const r = cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sum-mismatch\s+错误\s+arithmetic\s+明细合计与总额不符/);
    expect(r.stdout).toContain('共 27 条规则');
  });

  it('explain shows description, reference and examples', () => {
    const r = cli(['explain', 'sum-mismatch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('依据：');
    expect(r.stdout).toContain('错误示例（报告）：');
    expect(r.stdout).toContain('rules/arithmetic/sum-mismatch.yaml');
    const bad = cli(['explain', 'sum-mismatchh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('没有规则“sum-mismatchh”');
  });

  it('a bad rule file in --rules names file:line:col, exit 2', () => {
    const d = tmp();
    mkdirSync(join(d, 'custom'));
    writeFileSync(
      join(d, 'custom', 'my-rule.yaml'),
      'title: 测试\nseverity: error\ncategory: custom\ndescription: 测试\ngiven: breakdowns\nwhen:\n  all:\n    - { fact: item, path: status, operator: approximately, value: x }\nmessage: 测试\nhelp: 测试\nexamples:\n  valid: [a]\n  invalid: [b]\n',
    );
    const r = cli(['check', SEED_TXT, '--rules', d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/custom\/my-rule\.yaml:8:\d+: 未知的运算符“approximately”/);
  });
});
