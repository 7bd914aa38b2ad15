/**
 * The only place that reads input files: path → SourceDoc (.docx, .doc, .wps, .pdf, .txt, .md) or ReportModel
 * (.yaml, .yml, .json report data). Never writes. Errors are ReadError with a Chinese message.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ReportModel } from '../extract/model.js';
import { readDocx } from './docx.js';
import { readTxt } from './txt.js';
import { DEFAULT_LIMITS, ReadError, type ReadLimits, type SourceDoc } from './types.js';

export type Input = { kind: 'doc'; doc: SourceDoc } | { kind: 'model'; model: ReportModel };

export const REPORT_EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf', '.txt', '.md', '.yaml', '.yml', '.json'];

type Kind = 'docx' | 'ole' | 'pdf' | 'text' | 'data';

const BY_EXTENSION: Record<string, Kind> = {
  '.docx': 'docx', '.doc': 'ole', '.wps': 'ole', '.pdf': 'pdf', '.txt': 'text', '.md': 'text', '.yaml': 'data', '.yml': 'data', '.json': 'data',
};

const KIND_NAME: Record<Kind, string> = { docx: 'Word（.docx）', ole: 'OLE 复合文档（旧版 .doc/.wps/.xls 等）', pdf: 'PDF', text: '文本', data: '数据' };

/** What the first bytes say the file is, when they say it clearly. */
function sniff(b: Uint8Array): Kind | undefined {
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1) return 'ole';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'docx';
  for (let i = 0; i + 5 <= Math.min(b.length, 1024); i++) {
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46 && b[i + 4] === 0x2d) return 'pdf'; // %PDF-
    if (i > 0 && b[i] !== 0x20 && b[i] !== 0x0a && b[i] !== 0x0d && b[i] !== 0x09) break; // only whitespace may come before %PDF-
  }
  return undefined;
}

/**
 * Async so that the heavier readers (PDF, report data with YAML and a schema validator) load only
 * when such a file is read. A file whose content disagrees with its extension (a .docx saved
 * under .doc, a PDF named .doc) is read by its content, with a note in the SourceDoc.
 */
export async function readInput(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Input> {
  const ext = (/\.[^./\\]+$/.exec(path)?.[0] ?? '').toLowerCase();
  const byExt = BY_EXTENSION[ext];
  if (byExt === undefined) {
    throw new ReadError('unsupported', `不支持的文件类型“${ext || '（无扩展名）'}”：请提供 .docx、.doc、.wps、.pdf、.txt、.md、.yaml 或 .json`);
  }
  const binary = byExt === 'docx' || byExt === 'ole' || byExt === 'pdf';
  const bytes = binary
    ? readBytes(path, Math.max(limits.maxEntryBytes * 4, limits.maxTextBytes), '--max-entry-mb')
    : readBytes(path, limits.maxTextBytes, '--max-text-mb');
  const sniffed = sniff(bytes);
  const kind = sniffed ?? byExt;
  const note = sniffed !== undefined && sniffed !== byExt ? `文件内容是 ${KIND_NAME[sniffed]}，与扩展名 ${ext} 不符，已按内容读取` : undefined;
  const doc = (d: SourceDoc): Input => ({ kind: 'doc', doc: note === undefined ? d : { ...d, note } });
  try {
    return await readKind(kind, bytes, path, limits, doc);
  } catch (e) {
    // the reader's message alone would puzzle: a file named .docx said to be a damaged PDF
    if (note !== undefined && e instanceof ReadError) throw new ReadError(e.code, `${note}：${e.message}`);
    throw e;
  }
}

async function readKind(kind: Kind, bytes: Uint8Array, path: string, limits: ReadLimits, doc: (d: SourceDoc) => Input): Promise<Input> {
  switch (kind) {
    case 'docx':
      return doc(readDocx(bytes, path, limits));
    case 'ole':
      return doc((await import('./doc.js')).readDoc(bytes, path, limits));
    case 'pdf': {
      const [{ readPdf }, { loadPdfJs }] = await Promise.all([import('./pdf.js'), import('./pdf-lib.js')]);
      return doc(await readPdf(bytes, path, await loadPdfJs(), limits));
    }
    case 'text':
      return doc(readTxt(bytes, path, limits));
    case 'data':
      return { kind: 'model', model: (await import('./data.js')).readData(bytes, path, limits) };
  }
}

function readBytes(path: string, max: number, option: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ReadError('unreadable', '这是一个目录，不是文件');
    // a FIFO, socket or device would block or never end: only regular files are read
    if (!st.isFile()) throw new ReadError('unreadable', '不是普通文件（管道、设备或套接字），无法读取');
    size = st.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new ReadError('not-found', '文件不存在')
      : code === 'ELOOP'
        ? new ReadError('unreadable', '符号链接循环（ELOOP），无法读取')
        : new ReadError('unreadable', `无法读取（${code ?? '未知错误'}）`);
  }
  if (size > max) {
    throw new ReadError('too-large', `文件 ${(size / 1048576).toFixed(1)} MB，超过上限 ${(max / 1048576).toFixed(0)} MB（可用 ${option} 调整）`);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ReadError('unreadable', `无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`);
  }
}
