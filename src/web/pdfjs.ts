/**
 * pdf.js in the offline page, paid for only by a page that reads a PDF.
 *
 * pdf.js (its display library and its worker, the legacy build that the CLI uses too) would double
 * the page and its start-up if it were part of the page's script. scripts/build-page.mjs bundles it
 * apart, as one classic script, and embeds it raw-DEFLATE-compressed and base-85-encoded in an
 * inert element (`<script type="application/x-jixiao-pdfjs">`, which the browser neither parses
 * nor runs). When the first PDF arrives it is decoded, inflated and run as an inline script; the
 * page's Content-Security-Policy lets exactly that text run (its sha-256 is in script-src), so
 * there is no eval, no blob: or data: URL and no request. The script leaves its two modules on
 * `globalThis.__jixiaoPdfJs`, for the library's pdfReader (src/lib/web-pdf.ts), which adopts them
 * as the CLI does, with pdf.js's worker on the page's thread.
 *
 * That costs the first PDF about a second (in headless Chromium on the 2-core bench machine:
 * decoding and inflating 0.1 s, compiling and running pdf.js's 1.7 MB 0.4–0.9 s); later PDFs
 * only their reading.
 */
import { inflateSync } from 'fflate';
import { ReadError } from '../lib/index.js';
import type { PdfJsModules } from '../lib/web-pdf.js';

/** The base-85 digits, in order; no '<', so the text cannot end its element. Also in build-page.mjs. */
export const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%()*+-./:;=>?@[]^_|~';

/** pdf.js's modules from the page's inert element; `onStart` is told first (it takes a moment). */
export async function embeddedPdfJs(onStart?: () => void): Promise<PdfJsModules> {
  onStart?.();
  const el = document.getElementById('pdfjs');
  const size = Number(el?.dataset['bytes']);
  if (!el || !Number.isInteger(size) || size <= 0) throw unavailable('此页面没有内嵌 PDF 读取组件', 'this page carries no PDF reader');
  // let the status line paint before the page is busy for a second
  await new Promise((r) => setTimeout(r, 0));
  const text = new TextDecoder().decode(await inflate(decode85(el.textContent ?? '', size)));
  const script = document.createElement('script');
  script.textContent = text;
  const g = globalThis as { __jixiaoPdfJs?: PdfJsModules };
  document.head.append(script); // an inline script runs as it is inserted
  script.remove();
  const modules = g.__jixiaoPdfJs;
  delete g.__jixiaoPdfJs;
  if (!modules) throw unavailable('PDF 读取组件未能启动（浏览器拒绝运行）', 'the PDF reader did not start (the browser refused to run it)');
  return modules;
}

/** The browser's own inflater where there is one (several times faster than fflate here), else fflate's. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'function') {
    try {
      const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch {
      // 'deflate-raw' came after 'deflate' in some browsers: fflate below
    }
  }
  return inflateSync(data);
}

function unavailable(zh: string, en: string): ReadError {
  return new ReadError('unsupported', `${zh}：请用 Word（.docx）原文件检查，或使用命令行版`, `${en}: check the Word (.docx) original, or use the command line`);
}

/** Base-85 text (groups of 5 digits, each 4 bytes big-endian) → its first `size` bytes. */
export function decode85(text: string, size: number): Uint8Array {
  const digit = new Uint8Array(128).fill(255);
  for (let i = 0; i < BASE85.length; i++) digit[BASE85.charCodeAt(i)] = i;
  const groups = Math.ceil(size / 4);
  const out = new Uint8Array(groups * 4);
  let p = 0;
  for (let g = 0; g < groups; g++) {
    let v = 0;
    for (let k = 0; k < 5; k++) {
      // white space (a line break an editor or mail program put in) is skipped
      let c = text.charCodeAt(p++);
      while (c === 10 || c === 13 || c === 32 || c === 9) c = text.charCodeAt(p++);
      const d = c < 128 ? digit[c]! : 255;
      if (d === 255) throw unavailable('页面中内嵌的 PDF 读取组件已损坏', 'the PDF reader inside this page is damaged');
      v = v * 85 + d;
    }
    out[g * 4] = v >>> 24;
    out[g * 4 + 1] = (v >>> 16) & 255;
    out[g * 4 + 2] = (v >>> 8) & 255;
    out[g * 4 + 3] = v & 255;
  }
  return out.subarray(0, size);
}
