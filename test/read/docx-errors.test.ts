import { describe, expect, test } from 'vitest';
import { Document, Paragraph } from 'docx';
import { readDocx } from '../../src/lib/node.js';
import { DEFAULT_LIMITS, ReadError } from '../../src/read/types.js';
import { CONTENT_TYPES, documentXml, handDocx, packDocx, para, readError, stylesXml, texts, W_NS, zip } from './docx-helpers.js';

const SAVE_AS = '请在 Word 中“另存为” .docx 后再检查';
const AS_WORD = '请把报告保存为 Word 文档（.docx）后再检查';
const BOMB = '疑似“压缩炸弹”，已拒绝读取';
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function expectError(e: ReadError, code: ReadError['code'], message: string | RegExp): void {
  expect(e).toBeInstanceOf(ReadError);
  expect(e.code).toBe(code);
  if (typeof message === 'string') expect(e.message).toBe(message);
  else expect(e.message).toMatch(message);
  expect(e.message).not.toContain('\n');
  expect(e.message).not.toContain('bad.docx');
}

/** An OLE compound file header followed by the given UTF-16LE stream names. */
function ole(...streams: string[]): Uint8Array {
  const out = new Uint8Array(2048);
  out.set(OLE);
  let at = 1024;
  for (const s of streams) for (let i = 0; i < s.length; i++, at += 2) out[at] = s.charCodeAt(i);
  return out;
}

/** Rewrites the uncompressed size a zip declares for `name`, in its central directory and local header. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const b = bytes.slice();
  const view = new DataView(b.buffer);
  const target = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < b.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (len !== target.length || !target.every((c, i) => b[p + 46 + i] === c)) continue;
    view.setUint32(p + 24, size, true);
    view.setUint32(view.getUint32(p + 42, true) + 22, size, true);
    return b;
  }
  throw new Error(`no ${name} in zip`);
}

/** Where the compressed data of `name` starts. */
function dataStart(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const target = new TextEncoder().encode(name);
  for (let p = 0; p + 30 < bytes.length; p++) {
    if (view.getUint32(p, true) !== 0x04034b50) continue;
    const len = view.getUint16(p + 26, true);
    if (len === target.length && target.every((c, i) => bytes[p + 30 + i] === c)) return p + 30 + len + view.getUint16(p + 28, true);
  }
  throw new Error(`no ${name} in zip`);
}

describe('readDocx: what the file is', () => {
  test('empty file', () => {
    expectError(readError(new Uint8Array(0)), 'empty', '文件是空的（0 字节）');
  });

  test('random bytes', () => {
    let seed = 12345;
    const bytes = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    bytes[0] = 0x13;
    expectError(readError(bytes), 'not-docx', `不是 .docx 文件（开头没有 zip 签名）：${SAVE_AS}`);
  });

  test('a PDF, an RTF, an empty zip', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expectError(readError(enc('%PDF-1.7\n…')), 'not-docx', `这是 PDF 文件，不是 .docx：${SAVE_AS}`);
    expectError(readError(enc('{\\rtf1\\ansi 报告}')), 'not-docx', `这是 RTF 文件，不是 .docx：${SAVE_AS}`);
    expectError(readError(zip({})), 'not-docx', `这是一个空的 zip 文件，不是 .docx：${SAVE_AS}`);
  });

  test('OLE compound files: legacy .doc, encrypted Office, legacy .xls', () => {
    expectError(readError(ole('Root Entry', 'WordDocument', '1Table')), 'legacy-doc', `这是旧版 Word（.doc）二进制文件，不是 .docx：${SAVE_AS}`);
    expectError(readError(ole()), 'legacy-doc', `这是旧版 Word（.doc）二进制文件，不是 .docx：${SAVE_AS}`);
    expectError(readError(ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage')), 'unsupported',
      '这是设有打开密码的加密 Office 文件，无法读取：请在 Word 中取消密码并另存为 .docx 后再检查');
    expectError(readError(ole('Root Entry', 'Workbook')), 'other-office', `这是旧版 Excel 工作簿（.xls），不是 Word 文档：${AS_WORD}`);
  });

  test('a zip without word/document.xml', () => {
    expectError(readError(zip({ 'readme.txt': '报告' })), 'not-docx', 'zip 文件中没有 word/document.xml，不是 Word 文档（.docx）');
  });

  test('an .xlsx and a .pptx', () => {
    const xlsx = zip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' });
    expectError(readError(xlsx), 'other-office', `这是 Excel 工作簿（.xlsx），不是 Word 文档：${AS_WORD}`);
    const pptx = zip({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': '<p:presentation/>' });
    expectError(readError(pptx), 'other-office', `这是 PowerPoint 演示文稿（.pptx），不是 Word 文档：${AS_WORD}`);
  });

  test('a truncated or damaged .docx', async () => {
    const good = await packDocx(new Document({ sections: [{ children: [new Paragraph('完整的报告')] }] }));
    expect(texts(good)).toEqual(['完整的报告']);
    expectError(readError(good.subarray(0, good.length >> 1)), 'corrupt-zip', /^文件已损坏或不完整（找不到 zip 目录，文件可能被截断）/);
    expectError(readError(good.subarray(0, good.length - 10)), 'corrupt-zip', /^文件已损坏或不完整（/);
    const damaged = good.slice();
    damaged[dataStart(damaged, 'word/document.xml')] = 0xff; // BTYPE 11: not a deflate block
    expectError(readError(damaged), 'corrupt-zip',
      '文件已损坏或不完整（word/document.xml 的压缩数据损坏），无法作为 .docx 打开：请重新导出或重新下载该文件');
  });
});

describe('readDocx: XML that is refused', () => {
  const withDocument = (xml: string | Uint8Array) => zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': xml });

  test('malformed document.xml names the part and the place', () => {
    const e = readError(withDocument(`<w:document xmlns:w="${W_NS}"><w:body><w:p></w:body></w:document>`));
    expectError(e, 'bad-xml', /^word\/document\.xml 不是格式正确的 XML：第 1 行第 \d+ 列，unexpected close tag/);
    expectError(readError(withDocument('')), 'bad-xml', /^word\/document\.xml 不是格式正确的 XML：/);
    expectError(readError(withDocument(`<w:document xmlns:w="${W_NS}"><w:body>&nbsp;</w:body></w:document>`)), 'bad-xml', /undefined entity/);
    const latin1 = new Uint8Array([...new TextEncoder().encode(`<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`), 0xb9, 0xfa, ...new TextEncoder().encode('</w:t></w:r></w:p></w:body></w:document>')]);
    expectError(readError(withDocument(latin1)), 'bad-xml', 'word/document.xml 不是有效的 UTF-8 文本，无法读取');
  });

  test('a DOCTYPE or entity declaration is refused, never expanded', () => {
    const message = '含有 DOCTYPE 或实体声明，已拒绝读取（Word 不会写出这样的文件，可能是恶意构造）';
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    expectError(readError(withDocument(`<?xml version="1.0"?>${laughs}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`)),
      'xml-doctype', `word/document.xml ${message}`);
    const styled = zip({
      '[Content_Types].xml': CONTENT_TYPES,
      'word/document.xml': documentXml(para('标题', '<w:pStyle w:val="Heading1"/>')),
      'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.com/x.dtd">${stylesXml('')}`,
    });
    expectError(readError(styled), 'xml-doctype', `word/styles.xml ${message}`);
  });

  test('nesting 10,000 deep is refused at the limit, without recursion', () => {
    const deep = (n: number) => `<w:document xmlns:w="${W_NS}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(n / 2)}${para('深处')}${'</w:sdtContent></w:sdt>'.repeat(n / 2)}</w:body></w:document>`;
    expectError(readError(withDocument(deep(10_000))), 'xml-too-deep',
      'word/document.xml 的元素嵌套超过 256 层，已拒绝读取（Word 不会写出这样的文件）');
    expectError(readError(withDocument(deep(100)), { ...DEFAULT_LIMITS, maxXmlDepth: 64 }), 'xml-too-deep', /超过 64 层/);
    // With the limit lifted, the same depth is read: nothing recurses, so the stack never overflows.
    const lifted = readDocx(withDocument(deep(10_000)), 'deep.docx', { ...DEFAULT_LIMITS, maxXmlDepth: 20_000 });
    expect(lifted.blocks.map((b) => b.text)).toEqual(['深处']);
  });
});

describe('readDocx: zip bombs', () => {
  const limits = { ...DEFAULT_LIMITS, maxEntryBytes: 1000 };
  const big = () => handDocx(para('预算'.repeat(2000)));

  test('an entry declaring more than the limit is refused before inflating', () => {
    const bytes = big();
    expect(texts(bytes)[0]).toHaveLength(4000);
    expectError(readError(bytes, limits), 'zip-bomb', new RegExp(`^word/document\\.xml 声明解压后有 \\d+ 字节，超过上限 1000 字节：${BOMB}$`));
  });

  test('an entry whose header claims a small size is stopped by the real inflated size', () => {
    const lying = declareSize(big(), 'word/document.xml', 100);
    expectError(readError(lying, limits), 'zip-bomb', `word/document.xml 实际解压后的大小（文件头声明 100 字节）超过上限 1000 字节：${BOMB}`);
    // Under the limit, a wrong size in the header does no harm.
    expect(texts(declareSize(handDocx(para('小')), 'word/document.xml', 10))).toEqual(['小']);
  });

  test('a limit above the largest Buffer (--max-entry-mb 5000) reads as no limit, not as a corrupt file', () => {
    const huge = { ...DEFAULT_LIMITS, maxEntryBytes: 5000 * 1024 * 1024 };
    expect(readDocx(handDocx(para('预算')), 'x.docx', huge).blocks.map((b) => b.text)).toEqual(['预算']);
  });

  test('4 MB of zeros behind a 100-byte header, in a part read only because a style is used', () => {
    const withStyles = (document: string) => declareSize(zip({
      '[Content_Types].xml': CONTENT_TYPES,
      'word/document.xml': documentXml(document),
      'word/styles.xml': new Uint8Array(4 * 1024 * 1024),
    }), 'word/styles.xml', 100);
    const oneMB = { ...DEFAULT_LIMITS, maxEntryBytes: 1024 * 1024 };
    expectError(readError(withStyles(para('标题', '<w:pStyle w:val="Heading1"/>')), oneMB), 'zip-bomb',
      `word/styles.xml 实际解压后的大小（文件头声明 100 字节）超过上限 1048576 字节：${BOMB}`);
    // Without a style, styles.xml is never inflated.
    expect(readDocx(withStyles(para('正文')), 'x.docx', oneMB).blocks.map((b) => b.text)).toEqual(['正文']);
  });
});
