/**
 * The built bin loads the app with the V8 code cache made at build time (scripts/bin-loader.cjs).
 * The cache must be accepted by the Node that built it, and a bin without it (another Node, a
 * deleted file) must give the same results, only more slowly.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli } from '../helpers/cli.js';

const SEED = 'examples/yanling-2024/report.docx';

describe('bin and code cache', () => {
  const copy = mkdtempSync(join(tmpdir(), 'jixiao-bin-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('the cache made by the build is used by this Node', () => {
    const r = cli(['--version'], { env: { JIXIAO_CODE_CACHE_REPORT: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('code cache: used');
  });

  it('the bundle is pure ASCII, so the bin reads it as latin1 without changing a character', () => {
    const bytes = readFileSync(join(BIN, '..', 'app.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    // the lexicon's Chinese regular expressions survive as \u escapes: the seed's findings are read
    const r = cli(['check', SEED, '--format', 'json']);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { message: string }) => f.message).join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('without the cache the same report gives the same output', () => {
    cpSync(join(BIN, '..'), join(copy, 'dist'), { recursive: true });
    rmSync(join(copy, 'dist', 'app.cache'));
    const withCache = cli(['check', SEED, '--format', 'json']);
    const without = cli(['check', SEED, '--format', 'json'], { env: { JIXIAO_CODE_CACHE_REPORT: '1' }, bin: join(copy, 'dist', 'jixiao-lint.cjs') });
    expect(without.stderr).toContain('code cache: missing');
    expect(withCache.code).toBe(1);
    expect(without.code).toBe(withCache.code);
    expect(without.stdout).toBe(withCache.stdout);
    expect(JSON.parse(without.stdout).summary.errors).toBe(3);
  });

  it('a cache from another build is rejected, not trusted', () => {
    cpSync(join(BIN, '..'), join(copy, 'other'), { recursive: true });
    const other = join(copy, 'other');
    rmSync(join(other, 'app.cache'));
    cpSync(join(BIN, '..', 'app.cache'), join(other, 'app.cache'));
    // append a comment: the source changes, so V8 must not accept the old cache
    appendFileSync(join(other, 'app.cjs'), '\n// changed\n');
    const r = cli(['check', SEED, '--format', 'json'], { env: { JIXIAO_CODE_CACHE_REPORT: '1' }, bin: join(other, 'jixiao-lint.cjs') });
    expect(r.stderr).toContain('code cache: rejected');
    expect(JSON.parse(r.stdout).summary.errors).toBe(3);
  });
});
