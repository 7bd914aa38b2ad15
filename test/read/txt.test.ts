import { describe, expect, it } from 'vitest';
import { readTxt } from '../../src/read/txt.js';
import { ReadError } from '../../src/read/types.js';

const gb18030 = (s: string): Uint8Array => {
  // Node has no GB18030 encoder; these bytes are "一、基本情况" and "基本支出" in GBK, checked with TextDecoder("gb18030").
  const table: Record<string, number[]> = {
    '一、基本情况': [0xd2, 0xbb, 0xa1, 0xa2, 0xbb, 0xf9, 0xb1, 0xbe, 0xc7, 0xe9, 0xbf, 0xf6],
    '基本支出': [0xbb, 0xf9, 0xb1, 0xbe, 0xd6, 0xa7, 0xb3, 0xf6],
  };
  return Uint8Array.from(table[s]!);
};

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof ReadError ? e.code : 'other';
  }
  return 'none';
}

describe('text reader', () => {
  it('decodes GB18030 (GBK) text that is not UTF-8', () => {
    const bytes = new Uint8Array([...gb18030('一、基本情况'), 0x0d, 0x0a, ...gb18030('基本支出'), 0x33, 0x30, 0x30, 0xcd, 0xf2, 0xd4, 0xaa]);
    const doc = readTxt(bytes, 'gbk.txt');
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、基本情况', '基本支出300万元']);
  });

  it('honours a UTF-8 BOM and a UTF-16LE BOM', () => {
    expect(readTxt(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、基本情况')]), 'a.txt').blocks[0]!.text).toBe('一、基本情况');
    const u16 = new Uint8Array([0xff, 0xfe, ...[...'基本'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(readTxt(u16, 'b.txt').blocks[0]!.text).toBe('基本');
  });

  it('numbers lines from 1 and keeps blank lines', () => {
    const doc = readTxt(new TextEncoder().encode('封面\n\n一、基本情况\n'), 'c.txt');
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([[1, '封面'], [2, ''], [3, '一、基本情况']]);
  });

  it('normalises for extraction with columns preserved, and shows the original in text', () => {
    const doc = readTxt(new TextEncoder().encode('其中:工资福利支出２４２４.00万元,商品'), 'd.txt');
    expect(doc.blocks[0]!.norm).toBe('其中：工资福利支出2424.00万元，商品');
    expect(doc.blocks[0]!.norm.length).toBe(doc.blocks[0]!.text.length);
    expect(doc.blocks[0]!.text).toContain('２４２４');
  });

  it('refuses empty files, NUL bytes, undecodable bytes and oversized files with typed errors', () => {
    expect(code(() => readTxt(new Uint8Array(), 'e.txt'))).toBe('empty');
    expect(code(() => readTxt(new Uint8Array([0x61, 0x00, 0x62]), 'f.txt'))).toBe('not-text');
    expect(code(() => readTxt(new Uint8Array([0xff, 0xff, 0xff, 0x80]), 'g.txt'))).toBe('not-text');
    expect(code(() => readTxt(new Uint8Array(100), 'h.txt', { maxEntryBytes: 1, maxTextBytes: 10, maxXmlDepth: 10 }))).toBe('too-large');
  });
});
