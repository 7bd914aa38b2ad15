/**
 * The only place that reads input files: path → SourceDoc (.docx, .txt, .md) or ReportModel
 * (.yaml, .yml, .json report data). Never writes. Errors are ReadError with a Chinese message.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ReportModel } from '../extract/model.js';
import { readDocx } from './docx.js';
import { readTxt } from './txt.js';
import { DEFAULT_LIMITS, ReadError, type ReadLimits, type SourceDoc } from './types.js';

export type Input = { kind: 'doc'; doc: SourceDoc } | { kind: 'model'; model: ReportModel };

export const REPORT_EXTENSIONS = ['.docx', '.txt', '.md', '.yaml', '.yml', '.json'];

/** Async only so that the report-data reader (YAML and a schema validator) loads when a data file is read. */
export async function readInput(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Input> {
  const ext = (/\.[^./\\]+$/.exec(path)?.[0] ?? '').toLowerCase();
  const docx = ext === '.docx';
  const bytes = docx
    ? readBytes(path, Math.max(limits.maxEntryBytes * 4, limits.maxTextBytes), '--max-entry-mb')
    : readBytes(path, limits.maxTextBytes, '--max-text-mb');
  switch (ext) {
    case '.docx':
      return { kind: 'doc', doc: readDocx(bytes, path, limits) };
    case '.txt':
    case '.md':
      return { kind: 'doc', doc: readTxt(bytes, path, limits) };
    case '.yaml':
    case '.yml':
    case '.json':
      return { kind: 'model', model: (await import('./data.js')).readData(bytes, path, limits) };
    case '.doc':
      throw new ReadError('legacy-doc', '这是旧版 Word（.doc）文件：请在 Word 中“另存为” .docx 后再检查');
    case '.wps':
      throw new ReadError('unsupported', '这是 WPS 文字（.wps）文件：请另存为 .docx 后再检查');
    case '.pdf':
      throw new ReadError('unsupported', '不支持 PDF：请提供 Word（.docx）原文件，或将文字另存为 .txt');
    default:
      throw new ReadError('unsupported', `不支持的文件类型“${ext || '（无扩展名）'}”：请提供 .docx、.txt、.md、.yaml 或 .json`);
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
