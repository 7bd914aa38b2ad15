/**
 * The seed example in both formats: examples/yanling-2024/report.docx (built from report.txt by
 * scripts/build-seed-docx.mjs) must read as the same lines as the txt.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../src/lib/node.js';
import { normalizeText } from '../../src/read/normalize.js';

const dir = fileURLToPath(new URL('../../examples/yanling-2024/', import.meta.url));
const txt = readFileSync(`${dir}report.txt`, 'utf8');
const bytes = new Uint8Array(readFileSync(`${dir}report.docx`));
const lines = txt.split('\n');
lines.pop(); // after the final newline
const doc = readDocx(bytes, 'examples/yanling-2024/report.docx');

const H1 = [19, 24, 32, 36, 38, 40, 44, 46, 47];
const H2 = [20, 22, 25, 28, 41, 42, 43];

describe('examples/yanling-2024/report.docx', () => {
  test('one paragraph per txt line, same text (the bookmark marker is a real bookmark instead)', () => {
    expect(lines).toHaveLength(49);
    expect(doc.blocks).toHaveLength(lines.length);
    doc.blocks.forEach((b, i) => {
      expect(b.kind).toBe('paragraph');
      expect(b.line).toBe(i + 1);
      expect(b.text).toBe(lines[i]!.replace('[bookmark: _GoBack]', ''));
      expect(b.norm).toBe(normalizeText(b.text));
      expect(b.numbering).toBeUndefined();
    });
    expect(doc.blocks[26]!.text.startsWith('2024年“三公”经费预算数为0.29万元')).toBe(true);
    expect(doc.blocks[0]!.text).toBe(lines[0]);
    expect(doc.blocks[0]!.text).toMatch(/^ 2024年度 {28}炎陵高新技术产业开发区管理委员会/);
  });

  test('section headings are Heading 1, sub-headings Heading 2, nothing else is a heading', () => {
    const level = (line: number) => (H1.includes(line) ? 1 : H2.includes(line) ? 2 : undefined);
    expect(doc.blocks.map((b) => b.headingLevel)).toEqual(doc.blocks.map((b) => level(b.line)));
    expect(doc.blocks.map((b) => b.style)).toEqual(
      doc.blocks.map((b) => (level(b.line) === undefined ? undefined : `Heading${level(b.line)}`)),
    );
    expect(doc.blocks[18]!.text).toBe('1、 基本情况');
    expect(doc.blocks[39]!.text).toBe('六、部门整体支出绩效情况');
    expect(doc.blocks[24]!.text).toBe('（一）基本支出情况');
  });

  test('the _GoBack marker is a Word bookmark in that paragraph', () => {
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const paragraphs = xml.split(/<w:p(?=[ >/])/).slice(1); // <w:p> and <w:p/>, not <w:pPr>
    expect(paragraphs).toHaveLength(49);
    expect(paragraphs[26]).toMatch(/^><w:bookmarkStart w:name="_GoBack" w:id="\d+"\/><w:bookmarkEnd w:id="\d+"\/><w:r>/);
    expect(xml).not.toContain('[bookmark:');
  });
});
