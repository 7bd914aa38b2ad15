/**
 * Helpers for the hardening tests: run the built bin with a kill timeout (a hang is a failure,
 * not a stuck suite), optionally measuring the child's peak memory; temporary folders; the
 * broken-fixture generator (scripts/make-broken-fixtures.mjs); what a stack trace looks like.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect } from 'vitest';
import { BIN } from '../helpers/cli.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BROKEN = join(ROOT, 'test', 'fixtures', 'broken');
export const GOOD_TXT = join(ROOT, 'examples', 'yanling-2024', 'report.txt');
export const GOOD_DOCX = join(ROOT, 'examples', 'yanling-2024', 'report.docx');
export const SKELETON_TXT = join(ROOT, 'test', 'fixtures', 'skeleton.txt');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child in KB, when `measure` was asked for. */
  maxRssKb?: number;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Kill the child after this many ms: a hang shows up as code null / SIGKILL. */
  timeout?: number;
  /** Measure the child's peak RSS (runs the bin through a tiny wrapper). */
  measure?: boolean;
  /** Extra node flags, e.g. ['--import', file] to load a test preload. */
  nodeArgs?: string[];
}

let wrapper: string | undefined;
function rssWrapper(): string {
  if (wrapper) return wrapper;
  const dir = tmp('jixiao-rss-');
  wrapper = join(dir, 'rss.mjs');
  writeFileSync(
    wrapper,
    [
      "import { writeFileSync } from 'node:fs';",
      "process.on('exit', () => writeFileSync(process.env.JIXIAO_RSS_OUT, String(process.resourceUsage().maxRSS)));",
      `await import(${JSON.stringify(pathToFileURL(BIN).href)});`,
    ].join('\n'),
  );
  return wrapper;
}

/** Runs `jixiao-lint args…` as a user would, in a separate process. */
export function run(args: string[], opts: RunOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env };
  let rssFile: string | undefined;
  if (opts.measure) {
    rssFile = join(mkdtempSync(join(tmpdir(), 'jixiao-rss-out-')), 'rss');
    env['JIXIAO_RSS_OUT'] = rssFile;
  }
  const entry = opts.measure ? rssWrapper() : BIN;
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), entry, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env,
    input: '',
    timeout: opts.timeout ?? 10_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out: Run = { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (rssFile) {
    try {
      out.maxRssKb = Number(readFileSync(rssFile, 'utf8'));
    } catch {
      // the child died before its exit handler ran: no measurement
    }
    rmSync(join(rssFile, '..'), { recursive: true, force: true });
  }
  return out;
}

/** The same as `run`, without blocking: for tests that run concurrently (describe.concurrent). */
export function runAsync(args: string[], opts: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env };
  let rssFile: string | undefined;
  if (opts.measure) {
    rssFile = join(mkdtempSync(join(tmpdir(), 'jixiao-rss-out-')), 'rss');
    env['JIXIAO_RSS_OUT'] = rssFile;
  }
  const entry = opts.measure ? rssWrapper() : BIN;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), entry, ...args], { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 10_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const out: Run = { code, signal, stdout, stderr };
      if (rssFile) {
        try {
          out.maxRssKb = Number(readFileSync(rssFile, 'utf8'));
        } catch {
          // killed before its exit handler ran
        }
        rmSync(join(rssFile, '..'), { recursive: true, force: true });
      }
      resolvePromise(out);
    });
  });
}

/** A V8 stack frame line, e.g. "    at writeAtomic (file:///…/app.cjs:33694:59)". */
export const STACK = /^\s+at\s.+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** The run ended on its own (no kill), with no stack trace and no "internal error" in its output. */
export function expectClean(r: Run): void {
  expect(r.signal, `killed by the timeout (hang?)\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr}`).toBeNull();
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
  expect(r.stderr, 'a user error is reported as an internal error').not.toContain('内部错误');
  expect(r.stdout, 'a user error is reported as an internal error').not.toContain('内部错误');
}

const created: string[] = [];
/** A fresh temporary folder, removed after the test file (with the large fixtures in it). */
export function tmp(prefix = 'jixiao-hard-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  created.push(d);
  return d;
}
afterAll(() => {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
});

export interface JsonFile {
  path: string;
  error: { code: string; message: string } | null;
  findings: { ruleId: string; message: string; location: { line?: number; column?: number } }[];
}
export interface JsonResult {
  version: number;
  files: JsonFile[];
  summary: Record<string, number>;
}

export function parseJson(r: Run): JsonResult {
  try {
    return JSON.parse(r.stdout) as JsonResult;
  } catch {
    throw new Error(`stdout is not JSON (code ${r.code}, signal ${r.signal}):\n${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`);
  }
}

// ─── the fixture generator ─────────────────────────────────────────────────────────────────

export interface FixtureScript {
  smallFixtures(): Record<string, Uint8Array>;
  writeSmallFixtures(dir: string): Record<string, string>;
  writeLargeFixtures(dir: string): Record<string, string>;
  hostileDocx(): Record<string, Uint8Array>;
  docx(documentXml: string | Uint8Array | Record<string, unknown>, extra?: Record<string, unknown>[]): Uint8Array;
  zip(entries: Record<string, unknown>[], opts?: { cdOffsetDelta?: number }): Uint8Array;
  GOOD_DOCUMENT_XML: string;
  DOC_OPEN: string;
  DOC_CLOSE: string;
  para(text: string): string;
}

/** The generator, imported as the tests' own code would be (a .mjs without type declarations). */
export async function fixtureScript(): Promise<FixtureScript> {
  const url = pathToFileURL(join(ROOT, 'scripts', 'make-broken-fixtures.mjs')).href;
  return (await import(url)) as FixtureScript;
}

let large: Promise<Record<string, string>> | undefined;
/** The large fixtures (zip bombs, oversized texts), generated once per test file into a temp folder. */
export function largeFixtures(): Promise<Record<string, string>> {
  large ??= fixtureScript().then((s) => s.writeLargeFixtures(tmp('jixiao-large-')));
  return large;
}
