/**
 * --debug shows a stack trace for an internal error; without it there is none. Internal errors
 * are triggered without touching src/: the bin runs with a test preload (node --import) that makes
 * a built-in throw an unexpected TypeError — String.prototype.split on a report containing a
 * marker (inside the per-file check), or fs.writeFileSync for an output path containing a marker
 * (after checking, outside any per-file handler).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClean, GOOD_TXT, parseJson, run, STACK, tmp } from './helpers.js';

const MARK = '\u{1F4A5}BOOM';

const PRELOAD = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const MARK = ${JSON.stringify(MARK)};
const split = String.prototype.split;
String.prototype.split = function (...args) {
  if (typeof this === 'string' && this.includes(MARK)) throw new TypeError('simulated internal failure in split');
  return split.apply(this, args);
};
const write = fs.writeFileSync;
fs.writeFileSync = function (path, ...rest) {
  if (String(path).includes('BOOM')) throw new TypeError('simulated internal failure in writeFileSync');
  return write.call(this, path, ...rest);
};
syncBuiltinESMExports();
`;

describe('--debug', () => {
  let dir: string;
  let preload: string[];
  beforeAll(() => {
    dir = tmp('jixiao-debug-');
    writeFileSync(join(dir, 'preload.mjs'), PRELOAD);
    writeFileSync(join(dir, 'boom.txt'), `一、基本情况\n${MARK}\n`);
    preload = ['--import', join(dir, 'preload.mjs')];
  });

  it('the preload alone changes nothing for a normal report (so failures below are the trigger’s)', () => {
    const plain = run(['check', GOOD_TXT, '--format', 'json'], { timeout: 10_000 });
    const patched = run(['check', GOOD_TXT, '--format', 'json'], { timeout: 10_000, nodeArgs: preload });
    expect(patched.code).toBe(plain.code);
    expect(patched.stdout).toBe(plain.stdout);
  });

  it('an internal error while checking one file: its own entry (code internal), exit 2, no stack without --debug', () => {
    const r = run(['check', join(dir, 'boom.txt'), GOOD_TXT, '--format', 'json'], { timeout: 10_000, nodeArgs: preload });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).not.toMatch(STACK);
    const j = parseJson(r);
    expect(j.files[0]!.error?.code).toBe('internal');
    expect(j.files[0]!.error?.message).toContain('simulated internal failure in split');
    expect(j.files[0]!.error?.message).toContain('--debug');
    expect(j.files[1]!.error).toBeNull(); // the rest is still checked
    expect(j.files[1]!.findings.length).toBeGreaterThan(0);
  });

  it('the same with --debug: the stack trace is shown on stderr', () => {
    const r = run(['check', join(dir, 'boom.txt'), '--format', 'json', '--debug'], { timeout: 10_000, nodeArgs: preload });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TypeError: simulated internal failure in split');
    expect(r.stderr).toMatch(STACK);
    expect(parseJson(r).files[0]!.error?.code).toBe('internal');
  });

  it('an internal error outside the per-file check: one line, exit 2, no stack without --debug; the stack with it', () => {
    const plain = run(['check', GOOD_TXT, '-f', 'json', '-o', join(dir, 'BOOM.json')], { timeout: 10_000, nodeArgs: preload });
    expect(plain.code).toBe(2);
    expect(plain.signal).toBeNull();
    expect(plain.stderr).not.toMatch(STACK);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain('内部错误');
    expect(plain.stderr).toContain('--debug');

    const debug = run(['check', GOOD_TXT, '-f', 'json', '-o', join(dir, 'BOOM.json'), '--debug'], { timeout: 10_000, nodeArgs: preload });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toContain('simulated internal failure in writeFileSync');
    expect(debug.stderr).toMatch(STACK);
  });

  it('a normal tool error has no stack trace without --debug, and --debug is accepted by check and facts', () => {
    const d = tmp();
    writeFileSync(join(d, '.jixiaorc.yaml'), 'rulez: {}\n');
    const r = run(['check', GOOD_TXT], { cwd: d, timeout: 15_000 });
    expect(r.code).toBe(2);
    expectClean(r);
    expect(r.stderr.trim()).toBe(`jixiao-lint: ${join(d, '.jixiaorc.yaml')}:1:1: 未知的配置项“rulez”（是否想用 rules？）`);
    const bad = run(['check', join(d, 'missing.txt'), '--debug'], { timeout: 15_000 });
    expect(bad.code).toBe(2);
    expectClean(bad); // a read error is the input's fault: no stack even with --debug
    const facts = run(['facts', join(d, 'missing.txt'), '--debug'], { timeout: 15_000 });
    expect(facts.code).toBe(2);
    expect(facts.stderr).toContain('missing.txt');
    expect(facts.stderr).not.toMatch(STACK);
  });
});
