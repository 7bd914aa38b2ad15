/**
 * Issue 14: built-in rules are never stale. The bundle embeds the rule pack, and uses it only
 * while rules/ beside it still holds what was embedded: a rule file edited, added or removed after
 * the build is read from disk on the next run, with no `npm run build`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
let copy: string;

beforeAll(() => {
  // a package as installed: package.json, dist and rules side by side
  copy = mkdtempSync(join(tmpdir(), 'jixiao-fresh-'));
  cpSync(join(BIN, '..'), join(copy, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'rules'), join(copy, 'rules'), { recursive: true });
  cpSync(join(ROOT, 'src', 'profiles'), join(copy, 'src', 'profiles'), { recursive: true });
  writeFileSync(join(copy, 'package.json'), readFileSync(join(ROOT, 'package.json')));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const bin = () => join(copy, 'dist', 'jixiao-lint.cjs');
const SEED = join(ROOT, 'examples', 'yanling-2024', 'report.txt');

describe('the built-in rules as rules/ holds them', () => {
  it('unchanged files (even with new mtimes, as after npm install): the embedded pack, same output', () => {
    const now = new Date();
    utimesSync(join(copy, 'rules', 'outline', 'section-empty.yaml'), now, now);
    const a = cli(['check', SEED, '--format', 'json'], { bin: bin() });
    const b = cli(['check', SEED, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('an edited message shows on the next run', () => {
    const file = join(copy, 'rules', 'outline', 'section-empty.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('zh: 第{{no}}部分“{{title}}”只有提纲的说明文字', 'zh: 【已改】第{{no}}部分“{{title}}”只有提纲的说明文字');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const r = cli(['check', SEED], { bin: bin() });
    expect(r.stdout).toContain('【已改】第七部分');
    writeFileSync(file, text);
    expect(cli(['check', SEED], { bin: bin() }).stdout).not.toContain('【已改】');
  });

  it('an added rule file is listed and run; a broken one is refused with its position', () => {
    const file = join(copy, 'rules', 'outline', 'unit-placeholder.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'examples', 'custom-rules', 'unit-placeholder.yaml')));
    expect(cli(['rules'], { bin: bin() }).stdout).toContain('unit-placeholder');
    writeFileSync(file, readFileSync(file, 'utf8').replace('given: sentences', 'given: sentence'));
    const r = cli(['rules'], { bin: bin() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\/outline\/unit-placeholder\.yaml:\d+:\d+: 未知的 given“sentence”（是否想用 sentences？）/);
    rmSync(file);
    expect(cli(['rules'], { bin: bin() }).stdout).not.toContain('unit-placeholder');
  });
});
