#!/usr/bin/env node
/**
 * Builds examples/yanling-2024/report.docx from report.txt, so the seed report exists in both
 * formats with the same text projection.
 *
 * - One Word paragraph per text line; blank lines become empty paragraphs, so a paragraph's
 *   number equals the txt line number.
 * - Top-level section headings (`1、 基本情况`, `六、部门整体支出绩效情况` …) get style Heading 1,
 *   sub-headings (`（1）…`, `（一）…`) Heading 2, with the text exactly as written: no Word list
 *   numbering, so the outline reads the same as the txt.
 * - A `[bookmark: NAME]` marker (a text-export artefact) becomes a real Word bookmark NAME at
 *   that place, so the paragraph's text no longer contains the marker.
 * - Deterministic: the zip is rewritten with a fixed timestamp and fixed core properties dates.
 *
 * Usage: node scripts/build-seed-docx.mjs [report.txt] [report.docx]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bookmark, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, process.argv[2] ?? 'examples/yanling-2024/report.txt');
const output = resolve(root, process.argv[3] ?? input.replace(/\.txt$/, '.docx'));

const H1 = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})、/;
const H2 = /^（(?:\d{1,2}|[一二三四五六七八九十]{1,3})）/;
const MARKER = /\[bookmark: ([^\]]+)\]/g;
const FIXED_DATE = '2025-01-01T00:00:00Z';

function linesOf(text) {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final newline
  return lines;
}

function paragraphOf(line) {
  const children = [];
  let last = 0;
  for (const m of line.matchAll(MARKER)) {
    if (m.index > last) children.push(new TextRun(line.slice(last, m.index)));
    children.push(new Bookmark({ id: m[1], children: [] }));
    last = m.index + m[0].length;
  }
  if (last < line.length) children.push(new TextRun(line.slice(last)));
  const heading = H1.test(line) ? HeadingLevel.HEADING_1 : H2.test(line) ? HeadingLevel.HEADING_2 : undefined;
  return new Paragraph(heading ? { children, heading } : { children });
}

async function build() {
  const lines = linesOf(readFileSync(input, 'utf8'));
  const doc = new Document({
    creator: 'jixiao-lint',
    lastModifiedBy: 'jixiao-lint',
    title: '2024年度部门整体支出绩效自评报告',
    sections: [{ children: lines.map(paragraphOf) }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE}`),
    );
  }
  // A local-time Date, so the zip's DOS timestamps are the same in every time zone.
  const zipped = zipSync(files, { level: 6, mtime: new Date(2025, 0, 1) });
  writeFileSync(output, zipped);
  console.log(`${output}: ${lines.length} paragraphs, ${zipped.length} bytes`);
}

await build();
