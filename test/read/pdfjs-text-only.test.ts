/**
 * The pdf.js jixiao-lint ships (dist/pdfjs.cjs, the page's copy) is built without the font
 * conversion reading text does not need (scripts/pdfjs-text-only.mjs). The edits must apply to the
 * pdf.js installed, and the shipped reader must read what the stock pdf.js reads: the CLI (edited
 * pdf.js) and the library in this process (stock pdf.js from node_modules) give the same findings
 * and checks, at the same pages and lines, for every generated PDF.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { textOnlyWorker } from '../../scripts/pdfjs-text-only.mjs';
import { asJson, auditFiles } from '../helpers/audit.js';
import { cli } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'test', 'fixtures', 'generated');
const PDFS = ['yanling-2024.pdf', 'demo-2025-agri.pdf', 'layout.pdf'].map((n) => join(DIR, n));
const worker = (): string => readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

describe('the text-only edits of pdf.js', () => {
  it('each applies exactly once to the installed pdf.js', () => {
    const src = worker();
    const out = (textOnlyWorker as (s: string) => string)(src);
    expect(out).not.toBe(src);
    expect(out).toContain('if (this.disableFontFace) return undefined;');
    expect(out).not.toContain('this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);');
    expect(out).not.toContain('this.data = compiler.compile();');
    expect(out).toContain('class FlateStream extends DecodeStream {\n  #isAsync = false;');
    expect(out).not.toContain('Object.assign(Object.create(this), this)');
  });

  it('a pdf.js whose code moved fails the build, naming the edit', () => {
    const src = worker().replace('this.data = compiler.compile();', 'this.data = compiler.compile(/* moved */);');
    expect(() => (textOnlyWorker as (s: string) => string)(src)).toThrow(/CFFFont: the CFF program compiled when first read.*matched 0 times/);
  });
});

describe('the shipped pdf.js reads what the stock pdf.js reads', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-pdf-fixtures.mjs')], { encoding: 'utf8', timeout: 280_000 });
    if (r.status !== 0) throw new Error(`scripts/make-pdf-fixtures.mjs failed (${r.status}): ${r.stderr}`);
  }, 300_000);

  it.each(PDFS)('%s: the same findings and checks, at the same places', async (pdf) => {
    // (the outline the library's auditor is given, so that only the two pdf.js differ: layout.pdf names no province and
    // finds 4 of Hunan's 10 parts, which the command line alone would not require)
    const run = cli(['check', pdf, '--format', 'json', '--profile', 'hunan']);
    expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
    type Json = { files: { error: unknown; findings: unknown[]; checks?: unknown[] }[] };
    const shipped = (JSON.parse(run.stdout) as Json).files[0]!;
    const stock = (asJson(await auditFiles([pdf])) as Json).files[0]!;
    expect(shipped.error).toBeNull();
    expect(shipped.findings.length + (shipped.checks?.length ?? 0)).toBeGreaterThan(0);
    expect(shipped.findings).toEqual(stock.findings);
    expect(shipped.checks).toEqual(stock.checks);
  });
});
