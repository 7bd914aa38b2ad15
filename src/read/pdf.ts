/**
 * PDF bytes → SourceDoc, through a PDF library passed in (pdf.js: `loadPdfJs` in pdf-lib.ts), so
 * the same reader runs in Node and in a browser page.
 *
 * Invariants:
 * - No file system, no node: imports: bytes in, data out.
 * - Hostile input is refused before the library parses it, within the existing limits: nesting
 *   deeper than maxXmlDepth, a stream inflating beyond maxEntryBytes, more pages than maxPdfPages.
 * - Every failure that is the input's fault is a ReadError with a one-line Chinese message: a
 *   scan (no text layer), an encrypted file, a damaged file, a bomb.
 * - Blocks carry `page` and `lineOnPage` besides the dense `line`.
 */
import { blocksOf } from './pdf-blocks.js';
import { gridsOf, type Grid } from './pdf-grid.js';
import { layoutPages, linesOf, pieces, type PageRuns, type Run } from './pdf-layout.js';
import { multiply, segmentsOf, type Matrix, type PathOps } from './pdf-paths.js';
import { scanPdfBytes } from './pdf-guard.js';
import { DEFAULT_LIMITS, ReadError, type ReadLimits, type SourceDoc } from './types.js';

/** The part of pdf.js this reader uses. */
export interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  /** pdf.js's operator numbers: without them, tables are read from text positions alone. */
  readonly OPS?: PathOps;
}
interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getViewport(opts: { scale: number }): { readonly width: number; readonly height: number; readonly transform: number[] };
  getTextContent(opts?: Record<string, unknown>): Promise<{ items: ReadonlyArray<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  getOperatorList?(opts?: Record<string, unknown>): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>;
  cleanup(): void;
}

export const SCAN_MESSAGE = '扫描件，没有可读取的文字：请提供 Word 原文件或带文字层的 PDF';
export const SCAN_MESSAGE_EN = 'a scan with no text to read: give the Word original or a PDF with a text layer';

/**
 * Where a read's time goes (bench/pdf-read.ts, the seed PDF LibreOffice exports: 2 pages, two
 * embedded Type 1 CJK subset fonts, on the 2-core bench machine): with the stock pdf.js 60–75 ms
 * warm, of which about 55 ms (CPU profile) is pdf.js turning each embedded Type 1 font into CFF and
 * OpenType for a browser to draw with (Type1Font.wrap → CFFCompiler.compile), which reading text
 * does not need and which no option of getDocument or getTextContent skips (disableFontFace only
 * stops the drawing side from using it). The pdf.js the CLI and the page ship is built without that
 * conversion (scripts/pdfjs-text-only.mjs; test/read/pdfjs-text-only.test.ts shows the same findings
 * and checks as the stock pdf.js): 35 ms warm. Two more edits there took the rest of pdf.js's idle
 * time and its slowest step: content streams and font files are inflated synchronously instead of
 * through DecompressionStream (in Node a web stream over zlib's thread pool, about 7 ms of waiting
 * per read), and TextState.clone no longer makes each cloned state a prototype (7% of a read):
 * 20–28 ms warm. The rest is pdf.js parsing the Type 1 font programs (about 15%), its parsing and
 * text-content builder, garbage collection, and about 3 ms here (scan 0.7–1.3, layout 0.4, blocks
 * 0.4). The options that do not change what is read (disableAutoFetch/Stream/Range,
 * isOffscreenCanvasSupported, isImageDecoderSupported, enableXfa) and reading the pages
 * concurrently gave nothing beyond noise.
 * The library (dist/lib) imports pdfjs-dist as installed, without the edits: the same text, slower.
 */
export async function readPdf(bytes: Uint8Array, file: string, pdfjs: PdfJs, limits: ReadLimits = DEFAULT_LIMITS): Promise<SourceDoc> {
  await scanPdfBytes(bytes, limits);
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // images are never looked at: their drawing operations (read for a table's borders) skip them
    // instead of decoding them
    maxImageSize: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw libraryError(e);
  }
  try {
    const maxPages = limits.maxPdfPages ?? DEFAULT_LIMITS.maxPdfPages ?? 2000;
    if (doc.numPages > maxPages) throw new ReadError('pdf-bomb', `PDF 有 ${doc.numPages} 页，超过上限 ${maxPages} 页`, `the PDF has ${doc.numPages} pages, more than the limit of ${maxPages}`);
    const pages: PageRuns[] = [];
    const grids: Grid[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const upright = uprightMatrix(page);
      const runs = await pageRuns(page, upright);
      pages.push(runs);
      grids.push(await pageGrids(page, runs, upright, pdfjs.OPS));
      page.cleanup();
    }
    if (!pages.some((p) => p.runs.some((r) => r.str.trim() !== ''))) throw new ReadError('pdf-no-text', SCAN_MESSAGE, SCAN_MESSAGE_EN);
    const blocks = blocksOf(layoutPages(pages), grids);
    if (blocks.length === 0) throw new ReadError('pdf-no-text', SCAN_MESSAGE, SCAN_MESSAGE_EN);
    return { file, format: 'pdf', blocks };
  } catch (e) {
    throw libraryError(e);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * The page as it is shown, y up from its bottom left corner: PDF user space mapped through the page's
 * view (its crop box, and its /Rotate: a landscape page a printer wrote as a portrait page turned,
 * whose text runs up the page, reads left to right as shown).
 */
function uprightMatrix(page: PdfPage): { width: number; height: number; m: Matrix } {
  const vp = page.getViewport({ scale: 1 });
  const [a = 1, b = 0, c = 0, d = -1, e = 0, f = 0] = vp.transform;
  // the viewport's device space has y down: flip it
  return { width: vp.width, height: vp.height, m: [a, -b, c, -d, e, vp.height - f] };
}

async function pageRuns(page: PdfPage, upright: { width: number; height: number; m: Matrix }): Promise<PageRuns> {
  const content = await page.getTextContent({ disableNormalization: false });
  const runs: Run[] = [];
  for (const it of content.items) {
    const t = it.transform;
    if (it.str === undefined || t === undefined || it.str === '') continue;
    const [, , c, d, x, y] = multiply([t[0] ?? 1, t[1] ?? 0, t[2] ?? 0, t[3] ?? 1, t[4] ?? 0, t[5] ?? 0], upright.m);
    const size = Math.hypot(c, d) || it.height || 0;
    runs.push({ str: it.str, x, y, w: it.width ?? 0, size });
  }
  return { width: upright.width, height: upright.height, runs };
}

/**
 * The tables ruled on a page (its drawn cell borders). Only read for a page with text in two places
 * on one line somewhere (a table has cells side by side): the page's drawing operations cost about
 * half as much again as its text.
 */
async function pageGrids(page: PdfPage, runs: PageRuns, upright: { m: Matrix }, ops: PathOps | undefined): Promise<Grid[]> {
  if (!ops || !page.getOperatorList || !sideBySide(runs.runs)) return [];
  const list = await page.getOperatorList({ intent: 'display' });
  return gridsOf(segmentsOf(list.fnArray, list.argsArray, ops, upright.m));
}

/** Whether two runs sit on one line with a gap of more than 1.5 characters between them (two pieces of text). */
function sideBySide(runs: readonly Run[]): boolean {
  return linesOf(runs).some((l) => pieces(l.runs) >= 2);
}

function libraryError(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new ReadError('pdf-encrypted', 'PDF 已加密（需要密码才能打开）：请提供未加密的文件', 'the PDF is encrypted (it needs a password): give an unencrypted file');
  if (e instanceof RangeError) return new ReadError('pdf-bomb', 'PDF 结构嵌套过深或过大，无法读取', 'the PDF is nested too deep or too large to read');
  const first = e instanceof Error && e.message ? e.message.split('\n')[0]!.slice(0, 120) : '';
  return new ReadError('corrupt-pdf', `PDF 文件已损坏，无法读取${first ? `（${first}）` : ''}`, `the PDF is damaged and cannot be read${first ? ` (${first})` : ''}`);
}

