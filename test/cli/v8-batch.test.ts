/**
 * The batch settings lower the priority of every thread but the main one (Linux): read back from
 * /proc, in this test file's own process (vitest runs each file in its own). The one-file setting
 * turns the optimising compiler off: read back from V8 in a child process, which asks V8 to
 * optimise a function and then whether it did. The young generation's cap: read back from V8 in a
 * child process that allocates like a batch (each "report" keeps its objects until the next).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_THRESHOLD, SEMI_SPACE_CAP_BYTES, SMALL_FILE_BYTES, tuneForBatch } from '../../src/cli/v8-batch.js';

/** nice value of each thread of this process, by thread id (field 19 of /proc/self/task/T/stat). */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
    // the command name (field 2) may hold spaces: count fields after its closing parenthesis
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(t), Number(fields[16]));
  }
  return out;
}

describe.runIf(process.platform === 'linux')('batch settings: helper threads', () => {
  it('a one-file run, or a batch on a machine with more CPUs than V8 has helpers, changes no priority', () => {
    const before = niceByThread();
    tuneForBatch(1, 2);
    tuneForBatch(BATCH_THRESHOLD, 8);
    expect(niceByThread()).toEqual(before);
  });

  it('a batch on two CPUs gives every thread but the main one the lowest priority', () => {
    const before = niceByThread();
    expect(before.size).toBeGreaterThan(1);
    expect(before.get(process.pid)).toBe(0);
    tuneForBatch(BATCH_THRESHOLD, 2);
    const after = niceByThread();
    expect(after.get(process.pid)).toBe(0);
    for (const [tid, nice] of after) if (tid !== process.pid) expect(nice, `thread ${tid}`).toBe(19);
  });
});

/**
 * Runs `code` (an ES module that may import './v8-batch.mjs', the bundled settings) in a fresh node
 * process and returns what it printed; a failing child fails the test.
 */
async function runProbe(dir: string, code: string, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<string> {
  await build({ entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'cli', 'v8-batch.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'v8-batch.mjs'), logLevel: 'error' });
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, code);
  const r = spawnSync(process.execPath, [...nodeArgs, probe], { encoding: 'utf8', env: { ...process.env, JIXIAO_CODE_CACHE_TRAINING: '', ...env } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('one-file setting: no optimising compiler for a small file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-v8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** V8's optimisation status bit for "optimised" after a forced optimisation, in a fresh process. */
  async function optimisedAfter(bytes: number, env: Record<string, string> = {}): Promise<boolean> {
    const out = await runProbe(
      dir,
      `import { tuneForOneFile } from './v8-batch.mjs';
tuneForOneFile(${bytes});
function f(a) { return a * 2 + 1; }
%PrepareFunctionForOptimization(f); f(1); f(2); %OptimizeFunctionOnNextCall(f); f(3);
process.stdout.write(String(%GetOptimizationStatus(f)));
`,
      ['--allow-natives-syntax'],
      env,
    );
    // (bit 4 of V8's status: the function runs optimised code)
    return (Number(out) & 16) !== 0;
  }

  it('a file of at most SMALL_FILE_BYTES runs unoptimised; a larger one, and the code-cache build, as V8 decides', async () => {
    expect(await optimisedAfter(SMALL_FILE_BYTES)).toBe(false);
    expect(await optimisedAfter(SMALL_FILE_BYTES + 1)).toBe(true);
    expect(await optimisedAfter(100, { JIXIAO_CODE_CACHE_TRAINING: '[]' })).toBe(true);
  });
});

describe('batch setting: the young generation stops growing at its cap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-v8-young-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Bytes of V8's new space (both semi-spaces) after 300 "reports" of ~3 MB each, in a fresh process. */
  async function newSpaceAfterBatch(capped: boolean): Promise<number> {
    return Number(
      await runProbe(
        dir,
        `import { getHeapSpaceStatistics } from 'node:v8';
import { youngGenerationCap } from './v8-batch.mjs';
const afterFile = ${capped} ? youngGenerationCap() : () => {};
let kept = [];
for (let report = 0; report < 300; report++) {
  const objects = [];
  for (let i = 0; i < 30000; i++) objects.push({ i, s: 'x' + i, a: [i, i + 1] });
  kept = objects;
  afterFile();
}
if (kept.length !== 30000) process.exit(3);
process.stdout.write(String(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size));
`,
      ),
    );
  }

  it('without the cap V8 doubles it past the cap; with it, each semi-space stays at SEMI_SPACE_CAP_BYTES', async () => {
    expect(await newSpaceAfterBatch(false)).toBeGreaterThan(2 * SEMI_SPACE_CAP_BYTES);
    expect(await newSpaceAfterBatch(true)).toBe(2 * SEMI_SPACE_CAP_BYTES);
  });
});
