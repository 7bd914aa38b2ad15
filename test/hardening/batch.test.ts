/**
 * The whole broken folder, the generated bombs and oversized files, and the example report, in one
 * run: exit 2, every broken file has its own error entry with its code and message, the good
 * reports still get their findings, and the run ends (vitest timeout; the child is killed at 20 s).
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSays, LARGE_AT_DEFAULTS, SMALL, type Expectation } from './expected.js';
import { BROKEN, expectClean, GOOD_DOCX, GOOD_TXT, largeFixtures, parseJson, run, tmp, type JsonResult } from './helpers.js';

const ALL: Record<string, Expectation> = { ...SMALL, ...LARGE_AT_DEFAULTS };
/**
 * Data files a folder scan does not take: they are not in the report-data shape (no `version` with
 * a key of the facts shape), so they are not reports. Named alone they are read (inputs.test.ts).
 */
const NOT_REPORT_DATA = ['data-alias-bomb.yaml', 'data-deep-nesting.json', 'empty.yaml'];
const EXPECTED: Record<string, Expectation> = Object.fromEntries(Object.entries(ALL).filter(([name]) => !NOT_REPORT_DATA.includes(name)));

describe('a batch of every broken file plus the example report', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tmp('jixiao-batch-');
    for (const name of readdirSync(BROKEN)) copyFileSync(join(BROKEN, name), join(dir, name));
    const large = await largeFixtures();
    for (const name of Object.keys(LARGE_AT_DEFAULTS)) copyFileSync(large[name]!, join(dir, name));
    copyFileSync(GOOD_TXT, join(dir, 'good-report.txt'));
    copyFileSync(GOOD_DOCX, join(dir, 'good-report.docx'));
  }, 60_000);

  it('--format json: exit 2, one entry per file, each broken one with its code and message, the good ones with their findings', () => {
    const r = run(['check', dir, '--format', 'json'], { timeout: 20_000, measure: true });
    expect(r.code, r.stderr).toBe(2);
    expectClean(r);
    expect(r.stderr).toContain(`jixiao-lint: 跳过 ${NOT_REPORT_DATA.length} 个文件：${NOT_REPORT_DATA.length} 个是数据文件但不是报告数据`);
    const j: JsonResult = parseJson(r);
    const byName = new Map(j.files.map((f) => [basename(f.path), f]));
    expect([...byName.keys()].sort()).toEqual([...Object.keys(EXPECTED), 'good-report.docx', 'good-report.txt'].sort());
    expect(j.files).toHaveLength(byName.size); // no file listed twice

    const wrong: string[] = [];
    for (const [name, e] of Object.entries(EXPECTED)) {
      const f = byName.get(name)!;
      if (f.error?.code !== e.code) wrong.push(`${name}: code ${f.error?.code} instead of ${e.code}`);
      else {
        const missing = expectSays(f.error.message, e);
        if (missing.length > 0) wrong.push(`${name}: message “${f.error.message}” lacks ${missing.join(', ')}`);
        if (f.error.message.includes('\n')) wrong.push(`${name}: message spans lines`);
      }
      if (f.findings.length > 0) wrong.push(`${name}: has findings although unreadable`);
    }
    expect(wrong).toEqual([]);

    // the good reports are checked exactly as when alone
    for (const good of [GOOD_TXT, GOOD_DOCX]) {
      const alone = parseJson(run(['check', good, '--format', 'json'], { timeout: 10_000 })).files[0]!;
      const inBatch = byName.get(basename(good).replace('report', 'good-report'))!;
      expect(inBatch.error).toBeNull();
      expect(inBatch.findings.length).toBeGreaterThan(0);
      expect(inBatch.findings.map((f) => [f.ruleId, f.message])).toEqual(alone.findings.map((f) => [f.ruleId, f.message]));
    }
    expect(j.summary['files']).toBe(byName.size);
    // 1 GB bombs and 21 MB files in the same process: memory stays bounded
    expect(r.maxRssKb).toBeLessThan(600 * 1024);
  }, 30_000);

  it('stylish: each broken file has one line naming it and saying what is wrong', () => {
    const r = run(['check', dir], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expectClean(r);
    const lines = r.stdout.split('\n');
    const wrong: string[] = [];
    for (const [name, e] of Object.entries(EXPECTED)) {
      const at = lines.findIndex((l) => l.startsWith(`${join(dir, name)}: `) || l.startsWith(`${name}: `));
      const next = lines[at] ?? '';
      if (at < 0) wrong.push(`${name}: not named`);
      else if (!next.includes(e.code) || expectSays(next, e).length > 0) wrong.push(`${name}: “${next}”`);
    }
    expect(wrong).toEqual([]);
    expect(r.stdout).toMatch(new RegExp(`${Object.keys(EXPECTED).length} 个文件无法读取`));
  }, 30_000);
});
