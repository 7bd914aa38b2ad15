/**
 * Smoke test of `npm run bench` in small mode: the bench runs end to end, exits 0 and writes a
 * results file with every headline figure. Timings are never asserted (they are the bench's
 * business, not the test's); results go to a temporary file, never bench/results.json.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function runBench(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bench/run.mjs', '--small'], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('bench (small mode)', () => {
  it('exits 0 and writes every headline figure to $BENCH_RESULTS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-test-'));
    const results = join(dir, 'results.json');
    try {
      const r = await runBench({ ...process.env, BENCH_SMALL: '1', BENCH_RESULTS: results });
      expect(r.stderr).not.toMatch(/^bench: /m);
      expect(r.code).toBe(0);
      const json = JSON.parse(readFileSync(results, 'utf8')) as Record<string, unknown> & { raw: Record<string, unknown>; small: boolean };
      expect(json.small).toBe(true);
      for (const key of ['coldStartRatio', 'batchReportsPerSecond', 'floorRatio', 'peakRssMB1k', 'peakRssMB10k', 'scaling50x']) {
        expect(typeof json[key], key).toBe('number');
        expect(json[key] as number, key).toBeGreaterThan(0);
      }
      for (const key of ['coldStart', 'batch1k', 'batch10k', 'stages', 'scaling', 'corpus']) expect(json.raw, key).toHaveProperty(key);
      const stages = (json.raw.stages as { perReportMs: Record<string, number> }).perReportMs;
      for (const key of ['io', 'parse', 'extract', 'check', 'formatSummary']) expect(stages[key], key).toBeGreaterThan(0);
      expect(r.stdout).toMatch(/cold start ratio/);
      expect(r.stdout).toMatch(/PASS|FAIL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
