/**
 * A pass over a PDF's raw bytes before the PDF library sees them, so that a hostile file is
 * refused with a clear message instead of exhausting the stack or the memory:
 * - object nesting ([ … ] and << … >>) deeper than limits.maxXmlDepth;
 * - a Flate stream that inflates beyond limits.maxEntryBytes (the zip-bomb limit of .docx).
 * Web-standard APIs only (DecompressionStream), so it runs in a browser too.
 */
import { ReadError, type ReadLimits } from './types.js';

const STREAM = 0x73; // 's'

export async function scanPdfBytes(bytes: Uint8Array, limits: ReadLimits): Promise<void> {
  if (!startsWithPdf(bytes)) throw new ReadError('corrupt-pdf', 'PDF 文件已损坏：没有 %PDF 文件头', 'the PDF file is damaged: it has no %PDF header');
  let depth = 0;
  let i = 0;
  const n = bytes.length;
  let dictStart = 0;
  // all streams together may inflate to 4 limits: bounded by length until that could be passed
  let budget = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c === 0x28 /* ( */) {
      i = skipString(bytes, i);
      continue;
    }
    if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x5b /* [ */ || (c === 0x3c && bytes[i + 1] === 0x3c)) {
      if (depth === 0) dictStart = i;
      if (++depth > limits.maxXmlDepth) throw new ReadError('pdf-bomb', `PDF 对象嵌套超过 ${limits.maxXmlDepth} 层，疑为恶意构造，未读取`, `the PDF nests objects more than ${limits.maxXmlDepth} deep, likely crafted; not read`);
      i += c === 0x5b ? 1 : 2;
      continue;
    }
    if (c === 0x5d /* ] */ || (c === 0x3e && bytes[i + 1] === 0x3e)) {
      depth = Math.max(0, depth - 1);
      i += c === 0x5d ? 1 : 2;
      continue;
    }
    if (c === STREAM && isKeyword(bytes, i, 'stream')) {
      let start = i + 6;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const end = indexOf(bytes, 'endstream', start);
      const stop = end < 0 ? n : end;
      const dict = (): string => latin1(bytes.subarray(dictStart, i));
      // Deflate expands at most 1032:1, so only a stream that long can pass the limit
      const bound = (stop - start) * 1032;
      if ((bound > limits.maxEntryBytes || budget + bound > limits.maxEntryBytes * 4) && /\/FlateDecode|\/Fl\b/.test(dict())) {
        budget += await checkInflated(bytes.subarray(start, stop), limits.maxEntryBytes);
        if (budget > limits.maxEntryBytes * 4) throw new ReadError('pdf-bomb', `PDF 的数据流解压后共超过 ${((limits.maxEntryBytes * 4) / 1048576).toFixed(0)} MB，疑为压缩炸弹，未读取`, `the PDF's streams unpack to more than ${((limits.maxEntryBytes * 4) / 1048576).toFixed(0)} MB in all, a suspected bomb; not read`);
      } else {
        budget += bound;
      }
      i = stop + 9;
      depth = 0;
      continue;
    }
    i++;
  }
}

function startsWithPdf(b: Uint8Array): boolean {
  // the header may follow up to 1 KB of junk
  return indexOf(b.subarray(0, 1024), '%PDF-', 0) >= 0;
}

function skipString(b: Uint8Array, i: number): number {
  let level = 0;
  for (; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0x5c) i++;
    else if (c === 0x28) level++;
    else if (c === 0x29 && --level === 0) return i + 1;
  }
  return i;
}

function isKeyword(b: Uint8Array, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return false;
  const before = b[i - 1];
  return (before === undefined || before <= 0x20 || before === 0x3e) && b[i + word.length] !== undefined && b[i + word.length]! <= 0x20;
}

function indexOf(b: Uint8Array, word: string, from: number): number {
  const first = word.charCodeAt(0);
  outer: for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    for (let k = 1; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b.subarray(Math.max(0, b.length - 4096)));

/** Compressed bytes fed to the inflater at a time (each can unpack to at most about 1032 times as much). */
const PIECE = 16 * 1024;
/** The last bytes of a stream go in alone: the end-of-line before `endstream` may be among them. */
const TAIL = 8;

/**
 * Inflates a stream only to count its size; stops at the limit. A broken stream is pdf.js's
 * business. The data goes in pieces and the output is counted as it comes (the stream's back-
 * pressure holds the next piece until the output of the last one is read): a browser's
 * DecompressionStream fails on any byte after the compressed data, such as the end-of-line before
 * `endstream`, and drops the output it has not handed out yet, so with the data in one piece a bomb
 * read as a few kilobytes there (Node's ignores such bytes).
 */
async function checkInflated(data: Uint8Array, max: number): Promise<number> {
  const inflater = new DecompressionStream('deflate');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const body = Math.max(0, data.length - TAIL);
  const feeding = (async () => {
    for (let p = 0; p < body; p += PIECE) await writer.write(data.slice(p, Math.min(p + PIECE, body)));
    if (body < data.length) await writer.write(data.slice(body));
    await writer.close();
  })();
  // its failures show on the reading side, or do not matter once reading has stopped
  feeding.catch(() => undefined);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.length;
      if (total > max) {
        throw new ReadError('pdf-bomb', `PDF 中一个数据流解压后超过 ${(max / 1048576).toFixed(0)} MB，疑为压缩炸弹，未读取`, `a stream of the PDF unpacks to more than ${(max / 1048576).toFixed(0)} MB, a suspected bomb; not read`);
      }
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    return total;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
