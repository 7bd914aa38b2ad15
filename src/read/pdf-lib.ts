/**
 * Loads pdf.js (the legacy build, which runs on Node 20) with its worker on the same thread:
 * setting `globalThis.pdfjsWorker` makes pdf.js use the worker module already loaded instead of
 * importing a worker file by URL, which a one-file bundle does not have. Works in a browser page
 * too; a page that wants a real Web Worker passes its own pdf.js to readPdf instead.
 */
import type { PdfJs } from './pdf.js';

const BUILTINS: object[] = [
  Array.prototype, Array, Object, Promise, Promise.prototype, Map.prototype, Set.prototype, String.prototype,
  Uint8Array.prototype, Object.getPrototypeOf(Uint8Array.prototype) as object, ArrayBuffer.prototype, JSON, Math,
];

let loaded: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // pdf.js's display layer builds a DOMMatrix when it loads and polyfills the three classes
    // below from a native canvas package in Node; reading text never uses them, so plain
    // stand-ins keep it from loading (or warning about) a canvas.
    const g = globalThis as Record<string, unknown>;
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= class {};
    // The legacy build carries core-js polyfills that replace built-ins Node 20 already has
    // (Array.prototype.push among them, some 10x slower: it slowed the whole batch). Built-ins
    // that existed before are put back; only what Node lacks stays polyfilled.
    const saved = BUILTINS.map((o) => [o, Object.getOwnPropertyDescriptors(o)] as const);
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    for (const [o, before] of saved) {
      for (const [key, d] of Object.entries(before)) {
        const now = Object.getOwnPropertyDescriptor(o, key);
        if (now && d.configurable && (now.value !== d.value || now.get !== d.get)) Object.defineProperty(o, key, d);
      }
    }
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib as unknown as PdfJs;
  })();
  return loaded;
}
