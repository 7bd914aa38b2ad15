/**
 * Issue 16: the command line as users of ESLint and Vale expect it. Each point with its exit code
 * and the exact line on stderr.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fitTail, progressLine } from '../../src/cli/progress.js';
import { placeCommand } from '../../src/cli/main.js';
import { normaliseLang, resolveLang } from '../../src/cli/lang.js';
import { displayWidth } from '../../src/format/util.js';
import { BIN as BIN_PATH, cli } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DEMO = join(ROOT, 'examples', 'demo-2025-agri');
const SEED_TXT = join(ROOT, 'examples', 'yanling-2024', 'report.txt');

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'jixiao-conv-'));
}

/** A folder as an auditor has it: reports, earlier outputs, a baseline, a README, other data. */
function auditFolder(): string {
  const d = tmp();
  copyFileSync(join(DEMO, 'report.txt'), join(d, 'a-report.txt'));
  copyFileSync(SEED_TXT, join(d, 'b-report.txt'));
  copyFileSync(join(DEMO, 'expected.json'), join(d, 'out.json')); // an earlier run's JSON
  copyFileSync(join(DEMO, 'expected-facts.yaml'), join(d, 'facts.yaml')); // an earlier facts listing
  writeFileSync(join(d, 'baseline.json'), JSON.stringify({ version: 1, entries: [] }));
  writeFileSync(join(d, 'README.md'), '# 2024 年抽查\n说明文字\n');
  writeFileSync(join(d, 'settings.yaml'), 'owner: 审计科\nbatch: 3\n');
  // report data written by hand (the facts shape without the listing's header) is a report
  writeFileSync(join(d, 'c-data.yaml'), readFileSync(join(DEMO, 'expected-facts.yaml'), 'utf8').replace(/^#.*\n/gm, ''));
  return d;
}

const paths = (stdout: string): string[] => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);

describe('1. folder scans take reports only; ignore patterns', () => {
  it('a folder with outputs, a baseline, a README and other data: only the reports are read, the rest counted on stderr', () => {
    const d = auditFolder();
    const r = cli(['check', '.', '-f', 'json', '--fail-on', 'never'], { cwd: d });
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['a-report.txt', 'b-report.txt', 'c-data.yaml']);
    expect(r.stderr).toBe('jixiao-lint: 跳过 5 个文件：1 个被忽略规则排除，1 个是数据文件但不是报告数据，3 个是 jixiao-lint 的输出或基线（加 --debug 逐个列出）\n');
    const debug = cli(['check', '.', '-f', 'json', '--fail-on', 'never', '--debug'], { cwd: d });
    expect(debug.stderr.split('\n').slice(1, -1).sort()).toEqual(
      ['  README.md  被忽略规则排除', '  baseline.json  是 jixiao-lint 的输出或基线', '  facts.yaml  是 jixiao-lint 的输出或基线', '  out.json  是 jixiao-lint 的输出或基线', '  settings.yaml  是数据文件但不是报告数据'].sort(),
    );
  });

  it('`check examples/demo-2025-agri` checks the report, not its expected outputs', () => {
    const r = cli(['check', 'examples/demo-2025-agri']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已检查 1 个文件');
  });

  it('.jixiaoignore, ignores: in the configuration and --ignore-pattern exclude paths; --no-ignore reads everything named like a report', () => {
    const d = auditFolder();
    mkdirSync(join(d, '归档'));
    copyFileSync(SEED_TXT, join(d, '归档', 'old.txt'));
    copyFileSync(SEED_TXT, join(d, 'draft-1.txt'));
    writeFileSync(join(d, '.jixiaoignore'), '# 归档不查\n归档/\n');
    writeFileSync(join(d, '.jixiaorc.yaml'), 'ignores:\n  - "draft-*"\n');
    const r = cli(['check', '.', '-f', 'json', '--fail-on', 'never', '--ignore-pattern', 'b-*.txt'], { cwd: d });
    expect(paths(r.stdout)).toEqual(['a-report.txt', 'c-data.yaml']);
    // b-report.txt (--ignore-pattern), draft-1.txt (ignores:), README.md and .jixiaorc.yaml (built-in);
    // the folder 归档/ (.jixiaoignore) is not entered at all
    expect(r.stderr).toBe('jixiao-lint: 跳过 8 个文件：4 个被忽略规则排除，1 个是数据文件但不是报告数据，3 个是 jixiao-lint 的输出或基线（加 --debug 逐个列出）\n');
    const all = cli(['check', '.', '-f', 'json', '--fail-on', 'never', '--no-ignore'], { cwd: d });
    expect(paths(all.stdout)).toContain('归档/old.txt');
    expect(paths(all.stdout)).toContain('README.md');
  });

  it('a file named explicitly but ignored is said on stderr and not read (ESLint\'s way)', () => {
    const d = auditFolder();
    const r = cli(['check', 'a-report.txt', 'b-report.txt', '--ignore-pattern', 'b-*', '-f', 'json', '--fail-on', 'never'], { cwd: d });
    expect(paths(r.stdout)).toEqual(['a-report.txt']);
    expect(r.stderr).toBe('jixiao-lint: b-report.txt：已忽略（匹配忽略规则；用 --no-ignore 检查它）\n');
  });

  it('a README named explicitly is read: the built-in names apply to scans only', () => {
    const d = auditFolder();
    const r = cli(['check', 'README.md', '-f', 'json', '--fail-on', 'never'], { cwd: d });
    expect(paths(r.stdout)).toEqual(['README.md']);
  });
});

describe('2. every tool error and unreadable file: one line on stderr, whatever -f / -o say', () => {
  it('a missing folder with -f sarif -o: the line on stderr, exit 2', () => {
    const d = tmp();
    const r = cli(['check', 'reports/', '-f', 'sarif', '-o', 'results.sarif'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao-lint: reports: 文件不存在\njixiao-lint: 已写入 results.sarif\n');
  });

  it('-f html -o 结果.html on a missing file: the line on stderr, and where the page is', () => {
    const d = tmp();
    const r = cli(['check', 'missing.docx', '-f', 'html', '-o', '结果.html'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao-lint: missing.docx: 文件不存在\njixiao-lint: 已写入 结果.html（请用浏览器打开）\n');
    expect(readFileSync(join(d, '结果.html'), 'utf8')).toContain('文件不存在');
  });

  it('a bad configuration: one line with file:line:col and a suggestion', () => {
    const d = tmp();
    writeFileSync(join(d, '.jixiaorc.yaml'), 'profile: hunan\nignore:\n  - x\n');
    const r = cli(['check', SEED_TXT], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jixiao-lint: ${join(d, '.jixiaorc.yaml')}:2:1: 未知的配置项“ignore”（是否想用 ignores？）\n`);
  });
});

describe('3. unreadable files in a folder, and one CSV row per report', () => {
  it('a scanned PDF and a broken .docx in a folder each get their line; the good report is still checked', () => {
    const d = tmp();
    copyFileSync(join(DEMO, 'report.txt'), join(d, 'good.txt'));
    writeFileSync(join(d, 'scan.pdf'), '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    writeFileSync(join(d, 'broken.docx'), 'PK\u0003\u0004 not a zip');
    const r = cli(['check', '.', '-f', 'json'], { cwd: d });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^jixiao-lint: broken\.docx: /);
    expect(lines[1]).toMatch(/^jixiao-lint: scan\.pdf: /);
    const j = JSON.parse(r.stdout) as { files: { path: string; error: unknown }[] };
    expect(j.files.find((f) => f.path === 'good.txt')!.error).toBeNull();
  });

  it('--csv-per report: one row per report, the clean ones too, with year, counts and verdict', () => {
    const d = auditFolder();
    const r = cli(['check', 'a-report.txt', 'b-report.txt', 'missing.txt', '-f', 'csv', '--csv-per', 'report'], { cwd: d });
    expect(r.code).toBe(2);
    const rows = r.stdout.replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['文件', '单位', '年度', '类型', '格式', '错误', '警告', '提示', '已豁免', '未能执行', '结论', '说明']);
    expect(rows.slice(1).map((x) => [x[0], x[2], x[10]])).toEqual([
      ['a-report.txt', '2025', '通过'],
      ['b-report.txt', '2024', '不通过'],
      ['missing.txt', '', '无法读取'],
    ]);
    const bad = cli(['check', 'a-report.txt', '-f', 'csv', '--csv-per', 'file'], { cwd: d });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('jixiao-lint: --csv-per: 取值“file”无效，可选：finding、report\n');
  });
});

describe('4. every exit 1 says why; baselines say what they did', () => {
  it('--max-warnings: the limit', () => {
    const r = cli(['check', SEED_TXT, '--rule', 'section-empty=off', '--rule', 'placeholder-left=off', '--rule', 'sum-mismatch=off', '--max-warnings', '2', '-f', 'json']);
    const j = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number } };
    expect(j.summary.errors).toBe(0);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jixiao-lint: 不通过：${j.summary.warnings} 个警告，超过 --max-warnings 2\n`);
    // also under stylish, whose own last lines do not say it
    expect(cli(['check', SEED_TXT, '--rule', 'section-empty=off', '--rule', 'placeholder-left=off', '--rule', 'sum-mismatch=off', '--max-warnings', '2']).stderr).toBe(r.stderr);
    expect(cli(['check', SEED_TXT, '--fail-on', 'never', '--max-warnings', '-1']).code).toBe(0);
  });

  it('--strict: the skipped checks', () => {
    // a report with checks that cannot run for want of data: only the quota stated, a share without its base
    const file = join(mkdtempSync(join(tmpdir(), 'jixiao-strict-')), '报告.txt');
    writeFileSync(file, '2025年度 示例单位整体支出绩效自评报告\n一、基本情况\n人员编制数为20人。\n二、一般公共预算支出情况\n2025年基本支出300.00万元，占比60.00%。\n');
    const j = JSON.parse(cli(['check', file, '-f', 'json', '--show-skipped']).stdout) as { files: { skipped: unknown[] }[] };
    const n = j.files[0]!.skipped.length;
    expect(n).toBeGreaterThan(0);
    expect(cli(['check', file, '--fail-on', 'never']).code).toBe(0);
    const r = cli(['check', file, '--strict', '--fail-on', 'never']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jixiao-lint: 不通过：${n} 项检查未能执行（--strict；加 --show-skipped 查看）\n`);
  });

  it('findings at the fail level with only a file output: said on stderr', () => {
    const d = tmp();
    const r = cli(['check', SEED_TXT, '-o', join(d, 'r.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jixiao-lint: 已写入 ${join(d, 'r.json')}\njixiao-lint: 不通过：3 个错误（--fail-on error）\n`);
  });

  it('--write-baseline says where and how many; --prune-baseline removes stale entries only', () => {
    const d = tmp();
    copyFileSync(SEED_TXT, join(d, 'r.txt'));
    const w = cli(['check', 'r.txt', '--write-baseline', 'b.json'], { cwd: d });
    expect(w.code).toBe(0);
    const written = JSON.parse(readFileSync(join(d, 'b.json'), 'utf8')) as { entries: { fingerprint: string }[] };
    expect(w.stderr).toBe(`jixiao-lint: 已将 ${written.entries.length} 条问题写入基线 b.json\n`);
    expect(written.entries.length).toBe(12);
    // the report is corrected: its cover names the unit, so that entry is stale
    const fixedText = readFileSync(SEED_TXT, 'utf8').replace('单位名称（盖章）：\n', '单位名称（盖章）：炎陵高新技术产业开发区管理委员会\n');
    expect(fixedText).not.toBe(readFileSync(SEED_TXT, 'utf8'));
    writeFileSync(join(d, 'r.txt'), fixedText);
    const p = cli(['check', 'r.txt', '--baseline', 'b.json', '--prune-baseline'], { cwd: d });
    const after = JSON.parse(readFileSync(join(d, 'b.json'), 'utf8')) as { entries: unknown[] };
    expect(after.entries.length).toBe(11);
    expect(p.stderr).toBe(`jixiao-lint: 基线 b.json：删除 ${12 - after.entries.length} 条已不再出现的条目，保留 ${after.entries.length} 条\n`);
    expect(p.code).toBe(0);
    expect(p.stderr).toContain('删除 1 条');
    const again = cli(['check', 'r.txt', '--baseline', 'b.json', '--prune-baseline'], { cwd: d });
    expect(again.stderr).toBe(`jixiao-lint: 基线 b.json：删除 0 条已不再出现的条目，保留 ${after.entries.length} 条\n`);
    expect(cli(['check', 'r.txt', '--prune-baseline'], { cwd: d }).stderr).toBe('jixiao-lint: --prune-baseline: 需要 --baseline FILE：要修剪哪个基线文件\n');
  });
});

describe('5. global options anywhere; the language of every message', () => {
  it('--lang en before the sub-command: explain, not files named "explain" and "foo"', () => {
    const r = cli(['--lang', 'en', 'explain', 'foo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao-lint: no rule "foo" (jixiao-lint rules lists them all)\n');
    expect(cli(['--lang', 'en', 'explain', 'sum-mismach']).stderr).toBe('jixiao-lint: no rule "sum-mismach" (did you mean sum-mismatch?)\n');
    expect(cli(['--no-color', 'rules']).stdout).toContain('sum-mismatch');
  });

  it('locale names are accepted, and LANG / LC_ALL decide when --lang is absent', () => {
    for (const lang of ['en', 'en-US', 'en_GB.UTF-8']) expect(cli(['check', SEED_TXT, '--lang', lang]).stdout).toContain('12 problems');
    for (const lang of ['zh', 'zh-CN', 'zh_CN.UTF-8']) expect(cli(['check', SEED_TXT, '--lang', lang]).stdout).toContain('12 个问题');
    expect(cli(['check', SEED_TXT], { env: { LANG: 'en_US.UTF-8' } }).stdout).toContain('12 problems');
    expect(cli(['check', SEED_TXT], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } }).stdout).toContain('12 个问题');
    expect(cli(['check', SEED_TXT, '--lang', 'zh'], { env: { LC_ALL: 'en_US.UTF-8' } }).stdout).toContain('12 个问题');
    const bad = cli(['check', SEED_TXT, '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('jixiao-lint: 选项“--lang <lang>”的取值“fr”无效：zh | en');
  });

  it('help, read errors and --rule errors in English under --lang en', () => {
    const help = cli(['check', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('fail at this level');
    expect(help.stdout).not.toMatch(/[\u4e00-\u9fff]/);
    const zhHelp = cli(['check', '--help']);
    expect(zhHelp.stdout).toMatch(/^用法： jixiao-lint check/);
    expect(cli(['check']).stderr).toBe('jixiao-lint: check: 缺少要检查的文件：请给出文件、目录或通配符（- 表示标准输入）\n');
    expect(zhHelp.stdout).toContain('选项：');
    const read = cli(['check', 'no-such.txt', '--lang', 'en']);
    expect(read.stderr).toBe('jixiao-lint: no-such.txt: file not found\n');
    const rule = cli(['check', SEED_TXT, '--lang', 'en', '--rule', 'sum-mismach=off']);
    expect(rule.stderr).toBe('jixiao-lint: --rule: unknown rule "sum-mismach" (did you mean sum-mismatch?)\n');
    const facts = cli(['facts', join(DEMO, 'report.txt'), '--lang', 'en']);
    expect(facts.stdout.split('\n')[1]).toMatch(/^# Every figure carries where it was found/);
  });

  it('a mistyped sub-command is suggested, not read as a file', () => {
    const r = cli(['chek', 'report.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao-lint: 未知命令“chek”（是否想用 check？）\n');
    expect(cli(['--lang', 'en', 'explian', 'x']).stderr).toBe('jixiao-lint: unknown command "explian" (did you mean explain?)\n');
  });

  it('the language resolution itself', () => {
    expect(['zh', 'zh-CN', 'zh_TW.UTF-8', 'en', 'en-US', 'EN_gb', 'fr', 'C.UTF-8', 'POSIX'].map(normaliseLang)).toEqual(['zh', 'zh', 'zh', 'en', 'en', 'en', undefined, undefined, undefined]);
    expect(resolveLang(['check', '--lang=en-US'], {})).toBe('en');
    expect(resolveLang(['check'], { LANG: 'C.UTF-8', LC_ALL: '' })).toBe('zh');
    expect(resolveLang(['check'], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(placeCommand(['--lang', 'en', 'explain', 'foo'], 'en')).toEqual({ argv: ['explain', '--lang', 'en', 'foo'] });
    expect(placeCommand(['-f', 'json', 'report.txt'], 'zh')).toEqual({ argv: ['-f', 'json', 'report.txt'] });
  });
});

describe('6. outputs by extension; written files named; the progress bar fits', () => {
  it('-o 结果.html without -f writes HTML, and says where', () => {
    const d = tmp();
    const r = cli(['check', SEED_TXT, '-o', '结果.html', '--fail-on', 'never'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('jixiao-lint: 已写入 结果.html（请用浏览器打开）\n');
    expect(readFileSync(join(d, '结果.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    for (const [file, start] of [['r.json', '{'], ['r.sarif', '{'], ['r.xml', '<?xml'], ['r.md', '<!-- jixiao-lint -->'], ['r.csv', '\ufeff文件']] as const) {
      cli(['check', SEED_TXT, '-o', file, '--fail-on', 'never'], { cwd: d });
      expect(readFileSync(join(d, file), 'utf8').startsWith(start), file).toBe(true);
    }
    const unknown = cli(['check', SEED_TXT, '-o', 'r.out'], { cwd: d });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('jixiao-lint: --output: 无法从“r.out”的扩展名判断输出格式：请用 -f 指定（stylish、json、sarif、junit、html、markdown、csv、summary）\n');
  });

  it('the progress line never exceeds the terminal width, CJK counted as two columns', () => {
    const name = '报告/湖南省/某某县农业农村局2024年度部门整体支出绩效自评报告（终稿）.docx';
    for (const columns of [20, 40, 60, 80, 120]) {
      const line = progressLine(37, 500, name, columns);
      expect(displayWidth(line), `${columns}: ${line}`).toBeLessThan(columns);
      expect(line).toContain('37/500');
    }
    expect(progressLine(1, 2, 'a.txt', 120)).toMatch(/ a\.txt$/);
    expect(fitTail('一二三四五', 7)).toBe('…三四五');
    expect(fitTail('一二三四五', 10)).toBe('一二三四五');
  });
});

describe('8. conventions', () => {
  it('standard input: - with --stdin-filename, else read by content', () => {
    const text = readFileSync(SEED_TXT, 'utf8');
    const r = cli(['check', '-', '--stdin-filename', 'reports/炎陵.txt', '-f', 'json'], { input: text });
    expect(r.code).toBe(1);
    expect(paths(r.stdout)).toEqual(['reports/炎陵.txt']);
    const anon = cli(['check', '-', '-f', 'json'], { input: text });
    expect(paths(anon.stdout)).toEqual(['<stdin>']);
    const j = JSON.parse(anon.stdout) as { summary: { errors: number } };
    expect(j.summary.errors).toBe(3);
  });

  it('--quiet: errors only, warnings neither shown nor counted', () => {
    const r = cli(['check', SEED_TXT, '--quiet', '-f', 'json', '--fail-on', 'warning']);
    const j = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number; infos: number } };
    expect(j.summary).toEqual({ files: 1, errors: 3, warnings: 0, infos: 0 });
    expect(r.code).toBe(1);
    const noErrors = cli(['check', SEED_TXT, '--quiet', '--rule', 'section-empty=off', '--rule', 'placeholder-left=off', '--rule', 'sum-mismatch=off', '--fail-on', 'warning']);
    expect(noErrors.code).toBe(0);
  });

  it('--print-config FILE: the configuration in effect, then exit 0', () => {
    const d = tmp();
    writeFileSync(join(d, '.jixiaorc.yaml'), 'rules:\n  goal-far-exceeded: off\n  year-mismatch: warn\nignores:\n  - "草稿*"\n');
    const r = cli(['check', '--print-config', '草稿1.txt', '--rule', 'sum-mismatch=warning'], { cwd: d });
    expect(r.code).toBe(0);
    const c = parseYaml(r.stdout) as Record<string, unknown> & { rules: Record<string, string> };
    expect(c['configFile']).toBe(join(d, '.jixiaorc.yaml'));
    expect(c['ignored']).toBe(true);
    expect(c.rules['goal-far-exceeded']).toBe('off');
    expect(c.rules['year-mismatch']).toBe('warning');
    expect(c.rules['sum-mismatch']).toBe('warning');
    expect(c.rules['section-empty']).toBe('error');
    expect(c['failOn']).toBe('error');
  });

  it('init writes a commented .jixiaorc.yaml that loads as it is, and never overwrites one without --force', () => {
    const d = tmp();
    const r = cli(['init'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('jixiao-lint: 已写入 .jixiaorc.yaml（其中注释说明了每一项）\n');
    const text = readFileSync(join(d, '.jixiaorc.yaml'), 'utf8');
    expect(text).toMatch(/^# jixiao-lint 配置文件/);
    expect(cli(['check', SEED_TXT, '-f', 'json'], { cwd: d }).code).toBe(1); // it loads
    const again = cli(['init'], { cwd: d });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('jixiao-lint: .jixiaorc.yaml: 已存在；要覆盖请加 --force\n');
    expect(cli(['init', '--force', '--lang', 'en'], { cwd: d }).code).toBe(0);
    expect(readFileSync(join(d, '.jixiaorc.yaml'), 'utf8')).toMatch(/^# jixiao-lint configuration/);
    expect(existsSync(join(d, '.jixiaorc.yaml'))).toBe(true);
  });

  it('--fail-on never and warn; did you mean for rule ids', () => {
    expect(cli(['check', SEED_TXT, '--fail-on', 'never']).code).toBe(0);
    expect(cli(['check', SEED_TXT, '--fail-on', 'warn', '--rule', 'section-empty=off', '--rule', 'placeholder-left=off', '--rule', 'sum-mismatch=off']).code).toBe(1);
    expect(cli(['check', SEED_TXT, '--rule', 'section-empty=warn', '--rule', 'placeholder-left=off', '--rule', 'sum-mismatch=off']).code).toBe(0);
    const r = cli(['check', SEED_TXT, '--rule', 'secton-empty=off']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao-lint: --rule: 未知的规则“secton-empty”（是否想用 section-empty？）\n');
    const d = tmp();
    writeFileSync(join(d, '.jixiaorc.yaml'), 'rules:\n  sum-mismach: off\n');
    expect(cli(['check', SEED_TXT], { cwd: d }).stderr).toBe(`jixiao-lint: ${join(d, '.jixiaorc.yaml')}:2:3: 未知的规则“sum-mismach”（是否想用 sum-mismatch？）\n`);
  });
});

describe('9. one order of findings in every format', () => {
  it('json, csv, junit, sarif and markdown list the seed report\'s findings in the same order', () => {
    const d = tmp();
    const out = (f: string) => join(d, f);
    cli(['check', SEED_TXT, '-f', 'json', '-o', out('r.json'), '-f', 'csv', '-o', out('r.csv'), '-f', 'sarif', '-o', out('r.sarif'), '-f', 'markdown', '-o', out('r.md'), '-f', 'junit', '-o', out('r.xml')]);
    const json = (JSON.parse(readFileSync(out('r.json'), 'utf8')) as { files: { findings: { ruleId: string; location: { line?: number } }[] }[] }).files[0]!.findings.map((f) => f.ruleId);
    const csv = readFileSync(out('r.csv'), 'utf8').split('\r\n').slice(1, -1).map((l) => /,(错误|警告|提示),([a-z-]+),/.exec(l)![2]);
    const sarif = (JSON.parse(readFileSync(out('r.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results.map((r) => r.ruleId);
    const md = [...readFileSync(out('r.md'), 'utf8').matchAll(/\| `([a-z-]+)` \|/g)].map((m) => m[1]);
    const junitFailures = [...readFileSync(out('r.xml'), 'utf8').matchAll(/name="([a-z-]+)(?: @ ([^"]*))?">\s*<failure/g)].map((m) => `${m[1]} ${m[2] ?? ''}`);
    expect(json.length).toBe(12);
    expect(csv).toEqual(json);
    expect(sarif).toEqual(json);
    expect(md).toEqual(json);
    // JUnit groups test cases by rule (its suites are per rule); within a rule, the same order
    const errors = (JSON.parse(readFileSync(out('r.json'), 'utf8')) as { files: { findings: { ruleId: string; severity: string }[] }[] }).files[0]!.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(junitFailures.map((x) => x.split(' ')[0])).toEqual([...errors].sort());
    const sectionEmpty = junitFailures.filter((x) => x.startsWith('section-empty '));
    expect(sectionEmpty.map((x) => /第(\d+)行/.exec(x)![1]).map(Number)).toEqual([...sectionEmpty.map((x) => Number(/第(\d+)行/.exec(x)![1]))].sort((a, b) => a - b));
  });
});

describe('output into a pipe that closes early', () => {
  it('stops quietly (no EPIPE stack) when the reader goes away, as `| head` does', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    for (const args of [['facts', 'examples/yanling-2024/report.txt'], ['rules', '--fields'], ['check', 'examples/yanling-2024/report.txt', '--format', 'json']]) {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, NO_COLOR: '1' } });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      // read one chunk, then close the pipe
      await new Promise<void>((resolve) => child.stdout.once('data', () => (child.stdout.destroy(), resolve())));
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(err, args.join(' ')).not.toMatch(/EPIPE|\n\s+at /);
      expect(code, args.join(' ')).not.toBe(2);
    }
  });
});

describe('output written straight to the descriptors (src/cli/io.ts)', () => {
  it('a one-file check into a pipe loads none of the socket modules a stream would need', () => {
    const d = tmp();
    const hook = join(d, 'modules.cjs');
    const list = join(d, 'modules.txt');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const r = spawnSync(process.execPath, ['-r', hook, BIN_PATH, 'check', SEED_TXT, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(3);
    expect(r.stderr).toContain('不通过');
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs');
    for (const m of ['NativeModule net', 'NativeModule tty', 'Internal Binding pipe_wrap']) expect(loaded).not.toContain(m);
  });

  it('a pipe set non-blocking still gets the whole output, in order', () => {
    const d = tmp();
    for (let i = 0; i < 12; i++) copyFileSync(SEED_TXT, join(d, `r${String(i).padStart(2, '0')}.txt`));
    // opening stdout as a stream (here, before the bin runs) makes the pipe non-blocking, as a
    // parent that shares its own stdout may have: far more than a pipe holds must still arrive
    const hook = join(d, 'nonblocking.cjs');
    writeFileSync(hook, 'process.stdout;\n');
    const r = spawnSync(process.execPath, ['-r', hook, BIN_PATH, 'check', d, '--format', 'json', '--no-ignore'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).not.toMatch(/EAGAIN|\n\s+at /);
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(256 * 1024);
    const direct = cli(['check', d, '--format', 'json', '--no-ignore']);
    expect(r.stdout).toBe(direct.stdout);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(12);
  });
});
