/**
 * The reading corpus as Word documents (issue 8 asks for .txt and .docx texts): each corpus text is
 * written as a .docx the way a unit's Word file holds it — its lines as paragraphs, its table lines
 * (cells between " | ") as a real Word table, one table per run of such lines — and read through the
 * .docx reader. The relations checked, with their statuses and figures, and the findings must be
 * those of the .txt: a report's content gives the same result whichever of the two files it is in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../src/findings/types.js';
import { createNodeAuditor, readDocx } from '../src/lib/node.js';
import { CORPUS, corpusTexts } from './helpers/corpus.js';

const isRow = (line: string): boolean => line.includes(' | ');

/** A corpus text as a .docx: paragraphs, and runs of table lines as tables. */
async function docxOf(text: string): Promise<Uint8Array> {
  const lines = text.replace(/\n$/, '').split('\n');
  const children: (Paragraph | Table)[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isRow(lines[i]!)) {
      children.push(new Paragraph({ children: [new TextRun(lines[i]!)] }));
      i++;
      continue;
    }
    const rows: string[][] = [];
    while (i < lines.length && isRow(lines[i]!)) rows.push(lines[i++]!.split('|').map((c) => c.trim()));
    const width = Math.max(...rows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map((r) => new TableRow({ children: Array.from({ length: width }, (_, k) => new TableCell({ children: [new Paragraph(r[k] ?? '')] })) })),
      }),
    );
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

type Shown = { relation: string; status: string; values: string };
const checksOf = (r: AuditResult): Shown[] =>
  (r.files[0]!.checks ?? []).map((c) => ({ relation: c.relation, status: c.status, values: JSON.stringify(c.values) })).sort((a, b) => `${a.relation}${a.values}${a.status}`.localeCompare(`${b.relation}${b.values}${b.status}`));
const findingsOf = (r: AuditResult): string[] => r.files[0]!.findings.map((f) => `${f.ruleId} ${f.data['suspect'] ?? ''} ${f.expected ?? ''} ${f.actual ?? ''}`).sort();

describe('the reading corpus as .docx', () => {
  const texts = corpusTexts();

  it.each(texts)('%s: the same checks and findings as the .txt', async (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const auditor = await createNodeAuditor();
    const txt = auditor.finish([await auditor.check({ name: file, text })]);
    const bytes = await docxOf(text);
    // the table lines are read as the rows of Word tables
    const rows = readDocx(bytes, 'x.docx').blocks.filter((b) => b.kind === 'row').length;
    expect(rows).toBe(text.split('\n').filter(isRow).length);
    const docx = auditor.finish([await auditor.check({ name: file.replace(/\.txt$/, '.docx'), bytes })]);
    expect(docx.files[0]!.error).toBeNull();
    expect(docx.files[0]!.info.format).toBe('docx');
    expect(checksOf(docx)).toEqual(checksOf(txt));
    expect(findingsOf(docx)).toEqual(findingsOf(txt));
  });
});
