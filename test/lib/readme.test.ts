/**
 * The README's library program, run as a user would: copied from README.md into a folder inside
 * the package (so that `jixiao-lint/node` resolves through package.json "exports" to the built
 * dist/lib), run with node on the example .docx; its lines are the CLI's JSON findings.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCX = join(ROOT, 'examples', 'yanling-2024', 'report.docx');
const dir = mkdtempSync(join(ROOT, 'test', 'lib', '.tmp-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README: the library program', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const program = /<!-- library-example[^>]*-->\n```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  it('is at most ten lines and uses the package entry', () => {
    expect(program.trim().split('\n').length).toBeLessThanOrEqual(10);
    expect(program).toContain("from 'jixiao-lint/node'");
  });

  it("prints the CLI's findings for the example .docx", () => {
    const file = join(dir, 'check.mjs');
    writeFileSync(file, program);
    const r = spawnSync(process.execPath, [file, DOCX], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(cli(['check', DOCX, '--format', 'json']).stdout) as { files: { findings: { severity: string; ruleId: string; message: string; location: { line?: number } }[] }[] };
    const want = json.files[0]!.findings.map((f) => `${f.severity}\t${f.location.line ?? '-'}\t${f.ruleId}\t${f.message}`);
    expect(want.length).toBeGreaterThan(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual(want);
  });
});
