/**
 * Loads pdf.js (the legacy build, which runs on Node 20 and in older browsers) with its worker on
 * the same thread: setting `globalThis.pdfjsWorker` makes pdf.js use the worker module already
 * loaded instead of importing a worker file by URL, which a one-file bundle does not have.
 *
 * `loadPdfJs` imports the two modules (Node, tests, the library); the offline page brings them in
 * its own way (src/web/pdf.ts: embedded, compressed, run when the first PDF arrives) through
 * `adoptPdfJs`, so both undo the same side effects and hand readPdf the same library.
 */
import type { PdfJs } from './pdf.js';

/** What loading pdf.js yields: its display library and its worker module. */
export interface PdfJsModules {
  readonly lib: unknown;
  readonly worker: unknown;
}

const BUILTINS: object[] = [
  Array.prototype, Array, Object, Promise, Promise.prototype, Map.prototype, Set.prototype, String.prototype,
  Uint8Array.prototype, Object.getPrototypeOf(Uint8Array.prototype) as object, ArrayBuffer.prototype, JSON, Math,
];

let loaded: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= adoptPdfJs(async () => {
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    return { lib, worker };
  });
  return loaded;
}

/**
 * Runs `load` (which evaluates pdf.js) and undoes what evaluating it does to the environment:
 * - pdf.js's display layer builds a DOMMatrix when it loads and polyfills the three classes below
 *   from a native canvas package in Node; reading text never uses them, so plain stand-ins keep it
 *   from loading (or warning about) a canvas. A browser has them: nothing is replaced there.
 * - The legacy build carries core-js polyfills that replace built-ins the engine already has
 *   (Array.prototype.push among them in V8, some 10x slower: it slowed the whole batch). Built-ins
 *   that existed before are put back; only what the engine lacks stays polyfilled.
 */
export async function adoptPdfJs(load: () => Promise<PdfJsModules>): Promise<PdfJs> {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= class {};
  const saved = BUILTINS.map((o) => [o, Object.getOwnPropertyDescriptors(o)] as const);
  let modules: PdfJsModules;
  try {
    modules = await load();
  } finally {
    for (const [o, before] of saved) {
      for (const [key, d] of Object.entries(before)) {
        const now = Object.getOwnPropertyDescriptor(o, key);
        if (now && d.configurable && (now.value !== d.value || now.get !== d.get)) Object.defineProperty(o, key, d);
      }
    }
  }
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = modules.worker;
  return modules.lib as PdfJs;
}
