/**
 * Bytes of a named input → SourceDoc (.docx, .doc, .wps, .pdf, .txt, .md) or ReportModel (.yaml,
 * .yml, .json report data). No file system here: the caller reads the bytes (Node helper, page).
 *
 * Readers are a registry by kind (`docx`, `txt`, `data`, and what a platform adds: `pdf`, `doc`,
 * `wps`); the kind is the file's content when its first bytes say it clearly (a .docx saved under
 * .doc, a PDF named .doc: read by content, with a note), else its name. A kind without a reader is
 * refused with a Chinese message that says what to do. Errors are ReadError.
 */
import type { ReportModel } from '../extract/model.js';
import { readDocx } from './docx.js';
import { readTxt } from './txt.js';
import { ReadError, type InflateRaw, type ReadLimits, type SourceDoc } from './types.js';

export type Input = { kind: 'doc'; doc: SourceDoc } | { kind: 'model'; model: ReportModel };

export type Reader = (bytes: Uint8Array, name: string, limits: ReadLimits) => Input | Promise<Input>;
/** Readers by kind (see kindOf). */
export type Readers = Readonly<Record<string, Reader>>;

export const REPORT_EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf', '.txt', '.md', '.yaml', '.yml', '.json'];

const KIND_BY_EXT: Readonly<Record<string, string>> = {
  '.docx': 'docx', '.txt': 'txt', '.md': 'txt', '.yaml': 'data', '.yml': 'data', '.json': 'data',
  '.doc': 'doc', '.wps': 'wps', '.pdf': 'pdf',
};

export function extensionOf(name: string): string {
  return (/\.[^./\\]+$/.exec(name)?.[0] ?? '').toLowerCase();
}

/** The kind of input a file name says it is ('' when it says nothing known). */
export function kindOf(name: string): string {
  return KIND_BY_EXT[extensionOf(name)] ?? '';
}

/** The readers every platform has; `inflate` is the platform's (zip entries of a .docx). */
export function coreReaders(inflate: InflateRaw): Readers {
  return {
    docx: (bytes, name, limits) => ({ kind: 'doc', doc: readDocx(bytes, name, limits, inflate) }),
    txt: (bytes, name, limits) => ({ kind: 'doc', doc: readTxt(bytes, name, limits) }),
    // async: the report-data reader (YAML and a schema validator) loads when a data file is read
    data: async (bytes, name, limits) => ({ kind: 'model', model: (await import('./data.js')).readData(bytes, name, limits) }),
  };
}

const KIND_NAME: Readonly<Record<string, string>> = { docx: 'Word（.docx）', doc: 'OLE 复合文档（旧版 .doc/.wps 等）', pdf: 'PDF' };
const KIND_NAME_EN: Readonly<Record<string, string>> = { docx: 'Word (.docx)', doc: 'an OLE compound document (legacy .doc/.wps and the like)', pdf: 'PDF' };

/** What the first bytes say the file is, when they say it clearly. */
function sniff(b: Uint8Array): string | undefined {
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1) return 'doc';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'docx';
  for (let i = 0; i + 5 <= Math.min(b.length, 1024); i++) {
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46 && b[i + 4] === 0x2d) return 'pdf'; // %PDF-
    if (i > 0 && b[i] !== 0x20 && b[i] !== 0x0a && b[i] !== 0x0d && b[i] !== 0x09) break; // only white space may come before %PDF-
  }
  return undefined;
}

/** The largest input file read whole, and the option that raises it. */
export function sizeLimitOf(name: string, limits: ReadLimits): { max: number; option: string } {
  const kind = kindOf(name);
  return kind === 'docx' || kind === 'doc' || kind === 'wps' || kind === 'pdf'
    ? { max: Math.max(limits.maxEntryBytes * 4, limits.maxTextBytes), option: '--max-entry-mb' }
    : { max: limits.maxTextBytes, option: '--max-text-mb' };
}

export async function decodeInput(name: string, bytes: Uint8Array, limits: ReadLimits, readers: Readers): Promise<Input> {
  const named = kindOf(name);
  const sniffed = named === '' ? undefined : sniff(bytes);
  // a .wps is the same OLE container as a .doc: no note for it
  const disagrees = sniffed !== undefined && sniffed !== named && !(sniffed === 'doc' && named === 'wps');
  const kind = disagrees ? sniffed : named;
  const note = disagrees ? `文件内容是 ${KIND_NAME[sniffed] ?? sniffed}，与扩展名 ${extensionOf(name)} 不符，已按内容读取` : undefined;
  const noteEn = disagrees ? `the file holds ${KIND_NAME_EN[sniffed] ?? sniffed}, not what its extension ${extensionOf(name)} says; read by its content` : '';
  const reader = kind !== '' ? readers[kind] : undefined;
  if (reader) {
    try {
      const input = await reader(bytes, name, limits);
      return note === undefined || input.kind !== 'doc' ? input : { kind: 'doc', doc: { ...input.doc, note } };
    } catch (e) {
      // the reader's message alone would puzzle: a file named .docx said to be a damaged PDF
      if (note !== undefined && e instanceof ReadError) throw new ReadError(e.code, `${note}：${e.message}`, `${noteEn}: ${e.localized('en')}`);
      throw e;
    }
  }
  switch (kind) {
    case 'doc':
      throw new ReadError('legacy-doc', '这是旧版 Word（.doc）文件：请在 Word 中“另存为” .docx 后再检查', 'this is a legacy Word (.doc) file: save it as .docx in Word, then check it');
    case 'wps':
      throw new ReadError('unsupported', '这是 WPS 文字（.wps）文件：请另存为 .docx 后再检查', 'this is a WPS Writer (.wps) file: save it as .docx, then check it');
    case 'pdf':
      throw new ReadError('unsupported', '不支持 PDF：请提供 Word（.docx）原文件，或将文字另存为 .txt', 'PDF is not read here: give the Word (.docx) original, or save the text as .txt');
    default: {
      const ext = extensionOf(name);
      throw new ReadError('unsupported', `不支持的文件类型“${ext || '（无扩展名）'}”：请提供 .docx、.txt、.md、.yaml 或 .json`, `unsupported file type "${ext || '(no extension)'}": give a .docx, .txt, .md, .yaml or .json`);
    }
  }
}
