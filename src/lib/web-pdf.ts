/**
 * The PDF reader for a platform that brings its own pdf.js (the offline page: src/web/pdfjs.ts):
 * the same reader as the CLI's (src/read/pdf.ts, NODE_READERS in node.ts), with pdf.js's two
 * modules (the legacy build's display library and worker) given by `load`, which runs when the
 * first PDF is read and only then, and adopted as the CLI adopts them (src/read/pdf-lib.ts).
 */
import type { Reader } from '../read/file.js';
import { readPdf, type PdfJs } from '../read/pdf.js';
import { adoptPdfJs, type PdfJsModules } from '../read/pdf-lib.js';

export type { PdfJsModules } from '../read/pdf-lib.js';

export function pdfReader(load: () => Promise<PdfJsModules>): Reader {
  let pdfjs: Promise<PdfJs> | undefined;
  return async (bytes, name, limits) => {
    if (!pdfjs) {
      pdfjs = adoptPdfJs(load);
      // a failure is this file's error; the next PDF tries again
      pdfjs.catch(() => (pdfjs = undefined));
    }
    return { kind: 'doc', doc: await readPdf(bytes, name, await pdfjs, limits) };
  };
}
