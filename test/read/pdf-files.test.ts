/**
 * PDF and legacy .doc files as LibreOffice writes them, made from the examples and from a layout
 * report (running header and page-number footer, a 45-row table over a page break, a two-column
 * section) by scripts/make-pdf-fixtures.mjs. The .docx each was made from is the reference: the
 * .docx reader is tested on its own.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/findings/types.js';
import { readInput } from '../../src/lib/node.js';
import type { Block, SourceDoc } from '../../src/read/types.js';
import { auditFiles } from '../helpers/audit.js';
import { modelOfDoc } from '../helpers/model.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'generated');
const at = (name: string): string => join(DIR, name);

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'make-pdf-fixtures.mjs')], { encoding: 'utf8', timeout: 280_000 });
  if (r.status !== 0) throw new Error(`scripts/make-pdf-fixtures.mjs failed (${r.status}): ${r.stderr}`);
}, 300_000);

async function doc(name: string): Promise<SourceDoc> {
  const input = await readInput(at(name));
  if (input.kind !== 'doc') throw new Error(`${name}: not a document`);
  return input.doc;
}

const paragraphs = (d: SourceDoc): string[] => d.blocks.filter((b) => b.kind === 'paragraph' && b.text.trim() !== '').map((b) => b.text);
const rows = (d: SourceDoc): (readonly string[])[] => d.blocks.filter((b) => b.kind === 'row').map((b) => b.cells ?? []);

describe('layout.pdf against the .docx it was exported from', () => {
  let pdf: SourceDoc;
  let docx: SourceDoc;
  beforeAll(async () => {
    [pdf, docx] = await Promise.all([doc('layout.pdf'), doc('layout.docx')]);
  });

  it('has the same paragraphs, in order: lines joined, the two-column section read left column first', () => {
    expect(paragraphs(pdf)).toEqual(paragraphs(docx));
  });

  it('has no running header and no page numbers', () => {
    const header = JSON.parse(readFileSync(at('layout.json'), 'utf8')).header as string;
    expect(pdf.blocks.some((b) => b.text.includes(header))).toBe(false);
    expect(pdf.blocks.some((b) => /^第\d+页$/.test(b.text))).toBe(false);
  });

  it('recovers the 45-row table as one table over the page break, cell by cell', () => {
    const tableRows = pdf.blocks.filter((b) => b.kind === 'row');
    expect(rows(pdf)).toEqual(rows(docx));
    expect(new Set(tableRows.map((b) => b.table))).toEqual(new Set([0]));
    expect(tableRows.map((b) => b.row)).toEqual(tableRows.map((_, i) => i));
    expect(new Set(tableRows.map((b) => b.page))).toEqual(new Set([1, 2]));
  });

  it('gives every block its page and line on the page, increasing within a page', () => {
    let last: Block | undefined;
    for (const b of pdf.blocks) {
      expect(b.page).toBeGreaterThanOrEqual(1);
      expect(b.lineOnPage).toBeGreaterThanOrEqual(1);
      if (last && last.page === b.page) expect(b.lineOnPage!).toBeGreaterThan(last.lineOnPage!);
      last = b;
    }
  });
});

describe('layout.doc (Word 97) against the .docx', () => {
  const shape = (d: SourceDoc): unknown[] => d.blocks.map((b) => [b.kind, b.text, b.cells, b.table, b.row]);

  it('has the same paragraphs (empty ones too) and table rows, in order', async () => {
    const [old, docx] = await Promise.all([doc('layout.doc'), doc('layout.docx')]);
    expect(old.format).toBe('doc');
    expect(shape(old)).toEqual(shape(docx));
  });

  it('a .wps (WPS 文字 writes the same Word 97 stream) is read the same way, without a note', async () => {
    const d = mkdtempSync(join(tmpdir(), 'jixiao-wps-'));
    copyFileSync(at('layout.doc'), join(d, 'report.wps'));
    const input = await readInput(join(d, 'report.wps'));
    if (input.kind !== 'doc') throw new Error('not a document');
    expect(input.doc.note).toBeUndefined();
    expect(shape(input.doc)).toEqual(shape(await doc('layout.docx')));
  });
});

/** What must agree between formats: rule, severity, section, message and data; not line numbers. */
function findingsOf(r: AuditResult): unknown[] {
  expect(r.files[0]!.error).toBeNull();
  return r.files[0]!.findings.map((f) => [f.ruleId, f.severity, f.location.section, f.message, f.data]);
}

/**
 * The extracted facts without positions: what every format of one report must yield. Texts are
 * compared without the spaces next to Chinese characters: in a PDF a typed space there cannot be
 * told from typesetting (README: supported inputs), so headings read '1、基本情况' from a PDF
 * where the .docx has '1、 基本情况'. Every figure, share, section and goal must still agree.
 */
const NEXT_TO_CJK = /\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+/g;
function factsOf(d: SourceDoc): unknown {
  return JSON.parse(
    JSON.stringify(modelOfDoc(d), (k, v: unknown) =>
      ['line', 'endLine', 'column', 'excerpt', 'length'].includes(k) ? undefined : typeof v === 'string' ? v.replace(NEXT_TO_CJK, '') : v,
    ),
  );
}

describe('the examples give the same findings and facts from .docx, .pdf and .doc', () => {
  for (const name of ['yanling-2024', 'demo-2025-agri']) {
    it(`${name}: findings`, async () => {
      const [docx, pdf, old] = await Promise.all(['docx', 'pdf', 'doc'].map((e) => auditFiles([at(`${name}.${e}`)])));
      expect(findingsOf(pdf!)).toEqual(findingsOf(docx!));
      expect(findingsOf(old!)).toEqual(findingsOf(docx!));
    });

    it(`${name}: extracted facts (amounts, shares, sections, goals …)`, async () => {
      const [docx, pdf, old] = await Promise.all(['docx', 'pdf', 'doc'].map((e) => doc(`${name}.${e}`)));
      expect(factsOf(pdf!)).toEqual(factsOf(docx!));
      expect(factsOf(old!)).toEqual(factsOf(docx!));
    });
  }

  it('the seed report has findings, so the comparison above compares something', async () => {
    expect(findingsOf(await auditFiles([at('yanling-2024.docx')])).length).toBeGreaterThan(5);
  });
});

describe('PDF locations name the page and the line on the page', () => {
  it('every finding of the seed PDF points at a line that poppler (pdftotext) also shows there, inside the finding’s paragraph', async () => {
    const pdf = await doc('yanling-2024.pdf');
    const r = await auditFiles([at('yanling-2024.pdf')]);
    const findings = r.files[0]!.findings.filter((f) => f.location.line !== undefined);
    expect(findings.length).toBeGreaterThan(5);
    const pageLines = new Map<number, string[]>();
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    for (const f of findings) {
      const { page, lineOnPage, line } = f.location;
      expect(page).toBeGreaterThanOrEqual(1);
      expect(lineOnPage).toBeGreaterThanOrEqual(1);
      if (!pageLines.has(page!)) {
        const t = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', at('yanling-2024.pdf'), '-'], { encoding: 'utf8' });
        expect(t.status).toBe(0);
        pageLines.set(page!, t.stdout.split('\n').filter((l) => l.trim() !== ''));
      }
      const shown = squeeze(pageLines.get(page!)![lineOnPage! - 1] ?? '');
      expect(shown).not.toBe('');
      expect(squeeze(pdf.blocks[line! - 1]!.text)).toContain(shown);
    }
  });
});

describe('a file whose content disagrees with its extension is read by its content, with a note', () => {
  it('a .docx saved as report.doc: read as .docx, the note says so, the same findings', async () => {
    const d = mkdtempSync(join(tmpdir(), 'jixiao-renamed-'));
    copyFileSync(at('yanling-2024.docx'), join(d, 'report.doc'));
    copyFileSync(at('yanling-2024.pdf'), join(d, 'report.docx'));
    const asDoc = await readInput(join(d, 'report.doc'));
    expect(asDoc.kind === 'doc' && asDoc.doc.format).toBe('docx');
    expect(asDoc.kind === 'doc' && asDoc.doc.note).toMatch(/内容是 Word（\.docx）.*\.doc/);
    const asDocx = await readInput(join(d, 'report.docx'));
    expect(asDocx.kind === 'doc' && asDocx.doc.format).toBe('pdf');
    const [renamed, original] = await Promise.all([auditFiles([join(d, 'report.doc')]), auditFiles([at('yanling-2024.docx')])]);
    expect(findingsOf(renamed)).toEqual(findingsOf(original));
    expect(renamed.files[0]!.info.note).toContain('.doc');
  });
});
