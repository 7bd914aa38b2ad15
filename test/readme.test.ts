/**
 * The README cannot drift from the tool: every `sh` block's jixiao-lint command runs as written
 * (`npx jixiao-lint` is the built bin) in a temporary folder holding the files the README names,
 * in order, block by block; none may end in a tool error, an internal error or an unexplained
 * line on stderr.
 *
 * Not run here: the development commands (`npm ci`, `npm test`, `npm run bench`, `npm run examples`,
 * `UPDATE_GOLDEN=1 npx vitest run`, `node scripts/…`): `npm test` is what CI runs, the benchmark has
 * its own smoke test (test/bench), and the rest rewrite this checkout. Each is listed in DEV_COMMANDS,
 * so a new kind of command in the README fails this test until it is run or listed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

const DEV_COMMANDS = [/^npm ci$/, /^npm test$/, /^(BENCH_SMALL=1 )?npm run bench$/, /^UPDATE_GOLDEN=1 npx vitest run$/, /^npm run examples$/, /^node scripts\/[\w-]+\.mjs$/];

interface Block {
  line: number;
  commands: string[];
}

/** The README's sh blocks, each as its command lines without trailing comments. */
function shBlocks(): Block[] {
  const blocks: Block[] = [];
  const lines = README.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```sh') continue;
    const block: Block = { line: i + 1, commands: [] };
    for (i++; i < lines.length && lines[i] !== '```'; i++) {
      // a comment starts at " #" outside quotes (no README command quotes a #)
      const cmd = lines[i]!.replace(/\s+#\s.*$/, '').trim();
      if (cmd) block.commands.push(cmd);
    }
    blocks.push(block);
  }
  return blocks;
}

/** The folder the README's examples assume: reports under the names it uses. */
function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'jixiao-readme-'));
  cpSync(join(ROOT, 'examples'), join(d, 'examples'), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'yanling-2024', 'report.docx'), join(d, '报告.docx'));
  for (const dir of ['reports', '各单位报告']) {
    mkdirSync(join(d, dir));
    copyFileSync(join(ROOT, 'examples', 'yanling-2024', 'report.docx'), join(d, dir, '炎陵高新区.docx'));
    copyFileSync(join(ROOT, 'examples', 'demo-2025-agri', 'report.txt'), join(d, dir, '某县农业农村局.txt'));
  }
  mkdirSync(join(d, '2024', '单位A'), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'yanling-2024', 'report.docx'), join(d, '2024', '单位A', '自评报告.docx'));
  return d;
}

/** stderr lines a successful command may print: notices, never errors. */
const NOTICE = /^jixiao-lint: (已写入 |跳过 \d+ 个文件|不通过：|已将 \d+ 条问题写入基线 |基线 .*：删除 \d+ 条)/;

describe('README', () => {
  const blocks = shBlocks();
  const runnable = blocks.filter((b) => b.commands.some((c) => c.includes('npx jixiao-lint')));

  it('has sh blocks, and every command in them is either a jixiao-lint command or a listed development command', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(6);
    const unknown = blocks
      .flatMap((b) => b.commands)
      .flatMap((c) => c.split(' && '))
      .filter((c) => !c.startsWith('npx jixiao-lint ') && !DEV_COMMANDS.some((re) => re.test(c)));
    expect(unknown).toEqual([]);
  });

  it('the first lines give the two commands of a newcomer: install and check the example, run the tests', () => {
    expect(blocks[0]!.line).toBeLessThan(6);
    expect(blocks[0]!.commands[0]).toMatch(/^npm ci && npx jixiao-lint examples\//);
    expect(blocks[0]!.commands[1]).toBe('npm test');
  });

  it('every jixiao-lint command of every sh block runs as written', () => {
    const dir = workspace();
    const failures: string[] = [];
    for (const block of runnable) {
      for (const command of block.commands) {
        const lint = command.split(' && ').filter((c) => c.startsWith('npx jixiao-lint '));
        for (const c of lint) {
          const shell = c.replace(/^npx jixiao-lint /, `"${process.execPath}" "${BIN}" `);
          const r = spawnSync('bash', ['-c', shell], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
          const bad = r.stderr.split('\n').filter((l) => l !== '' && !NOTICE.test(l));
          if (r.status !== 0 && r.status !== 1) failures.push(`README:${block.line} \`${c}\` exit ${r.status}: ${r.stderr.trim()}`);
          else if (bad.length > 0) failures.push(`README:${block.line} \`${c}\` stderr: ${bad.join(' | ')}`);
          else if (r.stdout === '' && !/ -o /.test(c) && !/--write-baseline|--prune-baseline|>/.test(c)) failures.push(`README:${block.line} \`${c}\` printed nothing`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
