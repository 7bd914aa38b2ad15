/**
 * Bytes of a named input → SourceDoc (.docx, .txt, .md) or ReportModel (.yaml, .yml, .json
 * report data). No file system here: the caller reads the bytes (Node helper, browser page).
 *
 * Readers are a registry by kind (`docx`, `txt`, `data`, and whatever a platform adds: PDF,
 * legacy .doc); the kind is detected from the name. A kind without a reader is refused with a
 * Chinese message that says what to do. Errors are ReadError.
 */
import type { ReportModel } from '../extract/model.js';
import { readDocx } from './docx.js';
import { readTxt } from './txt.js';
import { ReadError, type InflateRaw, type ReadLimits, type SourceDoc } from './types.js';

export type Input = { kind: 'doc'; doc: SourceDoc } | { kind: 'model'; model: ReportModel };

export type Reader = (bytes: Uint8Array, name: string, limits: ReadLimits) => Input | Promise<Input>;
/** Readers by kind (see kindOf). */
export type Readers = Readonly<Record<string, Reader>>;

export const REPORT_EXTENSIONS = ['.docx', '.txt', '.md', '.yaml', '.yml', '.json'];

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

/** The largest input file read whole, and the option that raises it. */
export function sizeLimitOf(name: string, limits: ReadLimits): { max: number; option: string } {
  return kindOf(name) === 'docx'
    ? { max: Math.max(limits.maxEntryBytes * 4, limits.maxTextBytes), option: '--max-entry-mb' }
    : { max: limits.maxTextBytes, option: '--max-text-mb' };
}

export async function decodeInput(name: string, bytes: Uint8Array, limits: ReadLimits, readers: Readers): Promise<Input> {
  const kind = kindOf(name);
  const reader = kind !== '' ? readers[kind] : undefined;
  if (reader) return reader(bytes, name, limits);
  switch (kind) {
    case 'doc':
      throw new ReadError('legacy-doc', '这是旧版 Word（.doc）文件：请在 Word 中“另存为” .docx 后再检查');
    case 'wps':
      throw new ReadError('unsupported', '这是 WPS 文字（.wps）文件：请另存为 .docx 后再检查');
    case 'pdf':
      throw new ReadError('unsupported', '不支持 PDF：请提供 Word（.docx）原文件，或将文字另存为 .txt');
    default: {
      const ext = extensionOf(name);
      throw new ReadError('unsupported', `不支持的文件类型“${ext || '（无扩展名）'}”：请提供 .docx、.txt、.md、.yaml 或 .json`);
    }
  }
}
