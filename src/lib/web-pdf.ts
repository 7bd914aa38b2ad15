/**
 * The PDF reader for a platform that brings its own pdf.js (the offline page: src/web/pdfjs.ts):
 * the same reader as the CLI's (src/read/pdf.ts, NODE_READERS in node.ts), with the library
 * loaded by `load` when the first PDF is read, and only then.
 */
import type { Reader } from '../read/file.js';
import { readPdf, type PdfJs } from '../read/pdf.js';

export function pdfReader(load: () => Promise<PdfJs>): Reader {
  return async (bytes, name, limits) => ({ kind: 'doc', doc: await readPdf(bytes, name, await load(), limits) });
}
