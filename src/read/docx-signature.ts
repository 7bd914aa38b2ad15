/**
 * Telling a .docx from everything a user may hand us under that name, with a message that says
 * what the file is and what to do.
 *
 * Input: the file's bytes, then its zip directory. Output: nothing (a ReadError when the file
 * is not a .docx), or the main document part when it is not at word/document.xml.
 * Invariants: runs before any inflating except the tiny _rels/.rels of an unusual package;
 * messages are one line of Chinese without the file path (the caller prefixes it).
 */
import { inflateEntry, type ZipEntry } from './docx-zip.js';
import { ReadError, type InflateRaw, type ReadLimits } from './types.js';
import { decodeXml, parseXml } from './xml.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAVE_AS = '请在 Word 中“另存为” .docx 后再检查';
const AS_WORD = '请把报告保存为 Word 文档（.docx）后再检查';
const SAVE_AS_EN = 'save it as .docx in Word, then check it';
const AS_WORD_EN = 'save the report as a Word document (.docx), then check it';

export function checkSignature(b: Uint8Array): void {
  if (b.length === 0) throw new ReadError('empty', '文件是空的（0 字节）', 'the file is empty (0 bytes)');
  if (OLE.every((v, i) => b[i] === v)) throw oleError(b);
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return;
  const head = new TextDecoder('latin1').decode(b.subarray(0, 512)).trimStart().toLowerCase();
  const what: [string, string] | undefined = b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x05 && b[3] === 0x06 ? ['这是一个空的 zip 文件', 'this is an empty zip file']
    : head.startsWith('%pdf') ? ['这是 PDF 文件', 'this is a PDF file']
    : head.startsWith('{\\rtf') ? ['这是 RTF 文件', 'this is an RTF file']
    : head.startsWith('mime-version') || head.includes('<html') || head.includes('<?mso-application') ? ['这是网页或 XML 格式的 Word 文件', 'this is a Word file saved as a web page or XML']
    : undefined;
  throw new ReadError(
    'not-docx',
    what ? `${what[0]}，不是 .docx：${SAVE_AS}` : `不是 .docx 文件（开头没有 zip 签名）：${SAVE_AS}`,
    what ? `${what[1]}, not a .docx: ${SAVE_AS_EN}` : `not a .docx file (no zip signature at its start): ${SAVE_AS_EN}`,
  );
}

/** An OLE compound file: legacy .doc/.xls/.ppt, or a password-protected Office file. */
export function oleError(b: Uint8Array): ReadError {
  const has = (name: string): boolean => {
    const pat = new Uint8Array(name.length * 2);
    for (let i = 0; i < name.length; i++) pat[i * 2] = name.charCodeAt(i);
    outer: for (let p = 0; p + pat.length <= b.length; p++) {
      for (let i = 0; i < pat.length; i++) if (b[p + i] !== pat[i]) continue outer;
      return true;
    }
    return false;
  };
  if (has('EncryptedPackage')) {
    return new ReadError('unsupported', '这是设有打开密码的加密 Office 文件，无法读取：请在 Word 中取消密码并另存为 .docx 后再检查', 'this is a password-protected Office file and cannot be read: remove the password in Word, save as .docx, then check it');
  }
  if (!has('WordDocument')) {
    if (has('Workbook') || has('Book')) return new ReadError('other-office', `这是旧版 Excel 工作簿（.xls），不是 Word 文档：${AS_WORD}`, `this is a legacy Excel workbook (.xls), not a Word document: ${AS_WORD_EN}`);
    if (has('PowerPoint Document')) return new ReadError('other-office', `这是旧版 PowerPoint 演示文稿（.ppt），不是 Word 文档：${AS_WORD}`, `this is a legacy PowerPoint presentation (.ppt), not a Word document: ${AS_WORD_EN}`);
  }
  return new ReadError('legacy-doc', `这是旧版 Word（.doc）二进制文件，不是 .docx：${SAVE_AS}`, `this is a legacy binary Word (.doc) file, not a .docx: ${SAVE_AS_EN}`);
}

/** A zip without word/document.xml: another Office format, or not a Word package at all. */
export function refuseNonWord(dir: ReadonlyMap<string, ZipEntry>): void {
  const other: [string, string] | undefined = dir.has('xl/workbook.xml') ? ['Excel 工作簿（.xlsx）', 'an Excel workbook (.xlsx)']
    : dir.has('ppt/presentation.xml') ? ['PowerPoint 演示文稿（.pptx）', 'a PowerPoint presentation (.pptx)']
    : dir.has('content.xml') && dir.has('mimetype') ? ['OpenDocument 文件（如 .odt）', 'an OpenDocument file (such as .odt)']
    : undefined;
  if (other) throw new ReadError('other-office', `这是 ${other[0]}，不是 Word 文档：${AS_WORD}`, `this is ${other[1]}, not a Word document: ${AS_WORD_EN}`);
}

/** The main part named by _rels/.rels (a few producers do not call it word/document.xml). */
export function mainPartFromRels(b: Uint8Array, dir: ReadonlyMap<string, ZipEntry>, limits: ReadLimits, inflate: InflateRaw): ZipEntry {
  const notDocx = (): ReadError => new ReadError('not-docx', 'zip 文件中没有 word/document.xml，不是 Word 文档（.docx）', 'the zip file has no word/document.xml: it is not a Word document (.docx)');
  const rels = dir.get('_rels/.rels');
  if (!rels) throw notDocx();
  let target: string | undefined;
  parseXml(decodeXml(inflateEntry(b, rels, limits.maxEntryBytes, inflate), rels.name), rels.name, limits.maxXmlDepth, {
    open(name, a) {
      const type = a['Type'] ?? '';
      if (name.endsWith('Relationship') && target === undefined && /\/officeDocument$/.test(type)) target = a['Target'];
    },
    close() {},
    text() {},
  });
  const path = target?.replace(/^\.?\//, '').toLowerCase();
  const main = path === undefined || !path.endsWith('.xml') ? undefined : dir.get(path);
  if (!main || path?.startsWith('xl/') || path?.startsWith('ppt/')) throw notDocx();
  return main;
}
