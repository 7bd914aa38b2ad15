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
import { ReadError } from '../lib/index.js';
import type { PdfJsModules } from '../lib/web-pdf.js';
import { DamagedPack, runInline, unpack } from './pack.js';

/** pdf.js's modules from the page's inert element; `onStart` is told first (it takes a moment). */
export async function embeddedPdfJs(onStart?: () => void): Promise<PdfJsModules> {
  onStart?.();
  const el = document.getElementById('pdfjs');
  if (!el || !Number.isInteger(Number(el.dataset['bytes'])) || Number(el.dataset['bytes']) <= 0) throw unavailable('此页面没有内嵌 PDF 读取组件', 'this page carries no PDF reader');
  await new Promise((r) => setTimeout(r, 0));
  let text: string;
  try {
    text = await unpack(el);
  } catch (e) {
    if (e instanceof DamagedPack) throw unavailable('页面中内嵌的 PDF 读取组件已损坏', 'the PDF reader inside this page is damaged');
    throw e;
  }
  const g = globalThis as { __jixiaoPdfJs?: PdfJsModules };
  runInline(text);
  const modules = g.__jixiaoPdfJs;
  delete g.__jixiaoPdfJs;
  if (!modules) throw unavailable('PDF 读取组件未能启动（浏览器拒绝运行）', 'the PDF reader did not start (the browser refused to run it)');
  return modules;
}

function unavailable(zh: string, en: string): ReadError {
  return new ReadError('unsupported', `${zh}：请用 Word（.docx）原文件检查，或使用命令行版`, `${en}: check the Word (.docx) original, or use the command line`);
}
