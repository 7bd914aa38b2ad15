import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../format/golden.js';
import { cli } from '../helpers/cli.js';

const DOCX = 'examples/yanling-2024/report.docx';
const TXT = 'examples/yanling-2024/report.txt';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'jixiao-out-'));
}

describe('every format on the seed report (golden files)', () => {
  for (const [format, ext] of [['sarif', 'sarif'], ['junit', 'xml'], ['markdown', 'md'], ['csv', 'csv'], ['summary', 'txt'], ['html', 'html'], ['json', 'json']] as const) {
    it(format, () => {
      const r = cli(['check', DOCX, TXT, '--format', format]);
      expect(r.code).toBe(1);
      // SARIF names the working directory as a file URI: the checkout's location is not part of the output
      const root = pathToFileURL(join(import.meta.dirname, '..', '..')).href;
      expectGolden(`seed.${format}.${ext}`, r.stdout.split(root).join('file:///CHECKOUT'));
    });
  }
});

describe('several outputs in one run', () => {
  it('-f json -o a.json -f sarif -o a.sarif -f stylish: files written whole, stylish to the terminal', () => {
    const d = tmp();
    const r = cli(['check', DOCX, '-f', 'json', '-o', join(d, 'a.json'), '-f', 'sarif', '-o', join(d, 'a.sarif'), '-f', 'stylish']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 12 个问题');
    expect(JSON.parse(readFileSync(join(d, 'a.json'), 'utf8')).summary.errors).toBe(3);
    expect(JSON.parse(readFileSync(join(d, 'a.sarif'), 'utf8')).runs[0].results).toHaveLength(12);
    expect(readdirSync(d).sort()).toEqual(['a.json', 'a.sarif']); // no temporary files left
  });

  it('refuses unpaired outputs and writing onto an input', () => {
    const d = tmp();
    copyFileSync(TXT, join(d, 'r.txt'));
    const before = readFileSync(join(d, 'r.txt'));
    const r = cli(['check', join(d, 'r.txt'), '-f', 'json', '-o', join(d, 'r.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是被检查的输入文件');
    expect(readFileSync(join(d, 'r.txt'))).toEqual(before);
    expect(cli(['check', TXT, '-o', join(d, 'x'), '-o', join(d, 'y')]).code).toBe(2);
  });
});

describe('batch', () => {
  it('checks 50+ mixed files in sub-folders, reports broken ones in their entries, worst exit code wins', () => {
    const d = tmp();
    const seed = readFileSync(TXT, 'utf8');
    const expectedErrors: string[] = [];
    for (let i = 0; i < 54; i++) {
      const sub = join(d, `county-${i % 4}`, i % 3 === 0 ? 'nested' : '');
      mkdirSync(sub, { recursive: true });
      const kind = i % 9;
      if (kind === 0) writeFileSync(join(sub, `r${i}.docx`), Buffer.from('not a zip at all'));
      else if (kind === 1) copyFileSync(DOCX, join(sub, `r${i}.docx`));
      else if (kind === 2) writeFileSync(join(sub, `r${i}.txt`), '');
      else writeFileSync(join(sub, `r${i}.txt`), seed.replace('工资福利支出272.13万元', `工资福利支出${(272.13 + (i % 2) * 0.5).toFixed(2)}万元`));
      if (kind === 0 || kind === 2) expectedErrors.push(`r${i}`);
    }
    writeFileSync(join(d, 'notes.pptx'), 'ignored: not a report type');
    const r = cli(['check', d, '--format', 'json']);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j.files).toHaveLength(54);
    const paths = j.files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([...paths].sort());
    const broken = j.files.filter((f: { error: unknown }) => f.error).map((f: { path: string }) => f.path.replace(/^.*\/(r\d+)\..*$/, '$1'));
    expect(broken.sort()).toEqual(expectedErrors.sort());
    const withSum = j.files.filter((f: { findings: { ruleId: string }[] }) => f.findings.some((x) => x.ruleId === 'sum-mismatch'));
    expect(withSum.length).toBeGreaterThan(10);
    // the summary format: one row per report, worst first
    const s = cli(['check', d, '--format', 'summary']);
    expect(s.code).toBe(2);
    expect(s.stdout.split('\n').filter((l) => l.includes('炎陵高新技术产业开发区管理委员会')).length).toBe(54 - expectedErrors.length);
  });

  it('expands globs in a deterministic order', () => {
    const d = tmp();
    for (const n of ['b', 'a', 'c']) copyFileSync(TXT, join(d, `${n}.txt`));
    const r = cli(['check', '*.txt', '--format', 'json'], { cwd: d });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(cli(['check', '*.docx'], { cwd: d }).code).toBe(2);
  });
});

describe('baseline', () => {
  it('write, re-run clean, change one figure: only that finding appears; stale entries are reported', () => {
    const d = tmp();
    const report = join(d, 'r.txt');
    copyFileSync(TXT, report);
    const base = join(d, 'baseline.json');
    expect(cli(['check', 'r.txt', '--write-baseline', base], { cwd: d }).code).toBe(0);
    expect(existsSync(base)).toBe(true);
    expect(JSON.parse(readFileSync(base, 'utf8')).entries).toHaveLength(12);

    const clean = cli(['check', 'r.txt', '--baseline', base, '--format', 'json'], { cwd: d });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });

    // an unrelated edit elsewhere does not disturb fingerprints; a changed figure adds one finding
    const text = readFileSync(TXT, 'utf8')
      .replace('工资福利支出272.13万元', '工资福利支出272.31万元')
      .replace('产业布局逐步优化。', '产业布局持续优化。');
    writeFileSync(report, text);
    const changed = JSON.parse(cli(['check', 'r.txt', '--baseline', base, '--format', 'json'], { cwd: d }).stdout);
    const active = changed.files[0].findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
    expect(active.map((f: { ruleId: string }) => f.ruleId)).toEqual(['sum-mismatch']);

    // fix section 八: its baseline entry is now stale
    writeFileSync(report, readFileSync(TXT, 'utf8').replace('八、下一步改进措施\n', '八、下一步改进措施\n围绕主导产业精准招商，完善产业链配套。\n'));
    const stale = cli(['check', 'r.txt', '--baseline', base, '--format', 'json'], { cwd: d });
    expect(JSON.parse(stale.stdout).baseline.stale.map((e: { ruleId: string }) => e.ruleId)).toEqual(['section-empty']);
    expect(cli(['check', 'r.txt', '--baseline', base], { cwd: d }).stdout).toContain('基线中有 1 条已不再出现');
  });
});

describe('progress bar', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  function batch(): string {
    const d = tmp();
    for (let i = 0; i < 8; i++) copyFileSync(TXT, join(d, `r${i}.txt`));
    return d;
  }

  it('is not drawn in a pipe or in CI', () => {
    const r = cli(['check', batch(), '--format', 'summary'], { env: { CI: '' } });
    expect(r.stderr).toBe('');
  });

  it.runIf(hasScript)('is drawn on stderr when stderr is a terminal and there are more than a handful of files', () => {
    const d = batch();
    // `script` gives the process a terminal; stdout goes to a file so only stderr reaches it
    const out = join(d, 'out.txt');
    const cmd = `${process.execPath} ${join(import.meta.dirname, '..', '..', 'dist', 'jixiao-lint.cjs')} check ${d} -f summary -o ${out}`;
    const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, CI: '' } });
    expect(tty.stdout).toContain('8/8');
    expect(tty.stdout).toContain('█');
    const ci = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(ci.stdout).not.toContain('█');
  });
});
