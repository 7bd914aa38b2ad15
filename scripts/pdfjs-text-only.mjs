// An esbuild plugin for the pdf.js jixiao-lint ships (dist/pdfjs.cjs for the CLI, the page's
// embedded copy, the benchmark's reader): pdf.js is only ever asked for text here, with
// disableFontFace, yet its worker turns every embedded Type 1 and CFF font into an OpenType file for
// a browser to draw with. That conversion (Type1Font.wrap → CFFCompiler.compile) was more than half
// of reading a two-page LibreOffice export (about 55 of 85–100 ms, src/read/pdf.ts). Five edits:
//
// 1. Font.convert stops before building the OpenType file when the font face is disabled: the
//    glyph mapping, toFontChar and seac map it computes first (what text extraction uses) are kept;
//    the font's data stays undefined, as for a font whose file is missing (compileFontInfo writes
//    no bytes, handleText builds no paths, the display side makes no FontFace).
// 2. and 3. Type1Font and CFFFont compile their CFF program when `data` is first read instead of in
//    their constructors (the same value if it is read; after 1 it is not).
// 4. FlateStream decodes synchronously (pdf.js's own inflate, as it did before 4.x) instead of
//    through DecompressionStream: in Node that is a web stream over zlib's thread pool, a dozen
//    promise hops per content stream and font file, during which the main thread sits idle (about
//    7 ms of a 35 ms read). The bytes are the same; the guard (pdf-guard.ts) has already refused
//    streams that inflate beyond the limit.
// 5. TextState.clone copies the state onto a fresh TextState instead of onto an object whose
//    prototype is the state cloned: every field of a TextState is its own (class fields), so the
//    clone reads the same values, but V8 no longer turns each cloned state into a prototype object
//    with a map of its own (clone was 7% of a read, and the text builder's reads of the state
//    megamorphic).
//
// Each edit must match exactly once: a pdf.js whose code moved fails the build here instead of
// shipping a reader that is silently slow or wrong.
import { readFile } from 'node:fs/promises';

const EDITS = [
  {
    what: 'Font.convert: no OpenType file when the font face is disabled',
    from: '    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;\n    const builder = new OpenTypeFileBuilder("\\x4F\\x54\\x54\\x4F");',
    to: '    if (this.disableFontFace) return undefined;\n    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;\n    const builder = new OpenTypeFileBuilder("\\x4F\\x54\\x54\\x4F");',
  },
  {
    what: 'Type1Font: the CFF program compiled when first read',
    from: '    this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);',
    to: '    let wrapped;\n    Object.defineProperty(this, "data", { configurable: true, enumerable: true, get: () => (wrapped ??= this.wrap(name, type2Charstrings, this.charstrings, subrs, properties)), set: (v) => { wrapped = v; } });',
  },
  {
    what: 'CFFFont: the CFF program compiled when first read',
    from: '    try {\n      this.data = compiler.compile();\n    } catch {\n      warn("Failed to compile font " + properties.loadedName);\n      this.data = file;\n    }',
    to: '    let compiled;\n    Object.defineProperty(this, "data", { configurable: true, enumerable: true, get: () => { if (compiled === undefined) { try { compiled = compiler.compile(); } catch { warn("Failed to compile font " + properties.loadedName); compiled = file; } } return compiled; }, set: (v) => { compiled = v; } });',
  },
  {
    what: 'FlateStream: decoded synchronously, not through DecompressionStream',
    from: 'class FlateStream extends DecodeStream {\n  #isAsync = true;',
    to: 'class FlateStream extends DecodeStream {\n  #isAsync = false;',
  },
  {
    what: 'TextState.clone: a fresh TextState, not an object inheriting from the state',
    from: '    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();',
    to: '    const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();',
  },
];

/** The worker's source with the edits made; throws when one does not match exactly once. */
export function textOnlyWorker(source) {
  let out = source;
  for (const e of EDITS) {
    const n = out.split(e.from).length - 1;
    if (n !== 1) throw new Error(`pdfjs-text-only: "${e.what}" matched ${n} times in pdf.worker.mjs (expected once): check the pdf.js version`);
    out = out.replace(e.from, () => e.to);
  }
  return out;
}

export const pdfjsTextOnly = {
  name: 'pdfjs-text-only',
  setup(b) {
    b.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/ }, async (args) => ({
      contents: textOnlyWorker(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
