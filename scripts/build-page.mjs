// Build the offline page, dist/jixiao-lint.html: one self-contained file (script, styles, rules and
// profile inside). Called by scripts/build.mjs with the rules and profiles it validated.
//
// The page's Content-Security-Policy allows nothing but its own inline script and style, by hash:
// no network (default-src 'none', no connect-src), no eval. The report-data validator (Ajv) would
// compile its schema with `new Function` at run time, which that policy forbids, so it is compiled
// here, once, as standalone code, and the page's bundle uses that instead of Ajv's compiler.
//
// The page's own code (0.9 MB minified, most of it the reading's Chinese patterns) is packed the same
// way, into <script type="application/x-jixiao-app">: a tiny boot script (src/web/boot.ts) unpacks it
// as the page loads and runs it as an inline script whose sha-256 is in script-src (0.35 MB instead of
// 0.9 MB; decoding and inflating take a few milliseconds).
//
// pdf.js (display library and worker, 1.7 MB minified) is not part of the page's script: it is
// bundled apart as one classic script, raw-DEFLATE-compressed (0.53 MB) and base-85-encoded into an
// inert element that src/web/pdfjs.ts decodes and runs when the first PDF arrives. Its sha-256 is
// in script-src, so that text, and only it, may run. A page that never sees a PDF does not parse
// it (bench/page.mjs); base 85 is a fifth larger than the bytes, base 64 a third (44 KB more here).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { embedDefines } from './build-lib.mjs';
import { pdfjsTextOnly } from './pdfjs-text-only.mjs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

export const PAGE_MAX_BYTES = 1.5 * 1024 * 1024;

function precompiledAjv(root, modelSchema) {
  // the same options as src/read/data.ts uses at run time
  const ajv = new Ajv({ allErrors: true, strict: false, inlineRefs: false, code: { source: true, esm: true } });
  const validate = standaloneCode(ajv, ajv.compile(modelSchema));
  return {
    name: 'precompiled-model-validator',
    setup(b) {
      b.onResolve({ filter: /^ajv$/ }, (args) =>
        /src[\\/]read[\\/]data\.ts$/.test(args.importer) ? { path: 'ajv', namespace: 'precompiled' } : undefined,
      );
      b.onLoad({ filter: /^ajv$/, namespace: 'precompiled' }, () => ({
        contents: "import validate from 'model-validate'; export class Ajv { compile() { return validate; } }",
        loader: 'js',
        resolveDir: root,
      }));
      b.onResolve({ filter: /^model-validate$/ }, () => ({ path: 'model-validate', namespace: 'precompiled' }));
      b.onLoad({ filter: /^model-validate$/, namespace: 'precompiled' }, () => ({ contents: validate, loader: 'js', resolveDir: root }));
    },
  };
}

const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const TARGET = ['chrome100', 'firefox100', 'safari15'];

/** The digits of the page's base 85, in order (the same string as BASE85 in src/web/pack.ts). */
export const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%()*+-./:;=>?@[]^_|~';

/** Bytes → base 85: each 4 bytes (big-endian, the last group padded with zeros) as 5 digits. */
export function encode85(bytes) {
  const groups = Math.ceil(bytes.length / 4);
  const padded = new Uint8Array(groups * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  const out = Buffer.alloc(groups * 5);
  for (let g = 0; g < groups; g++) {
    let v = view.getUint32(g * 4);
    for (let k = 4; k >= 0; k--) {
      out[g * 5 + k] = BASE85.charCodeAt(v % 85);
      v = Math.floor(v / 85);
    }
  }
  return out.toString('latin1');
}

/** pdf.js as one classic script that leaves its two modules on globalThis.__jixiaoPdfJs (src/web/pdfjs.ts). */
async function pdfjsScript(root) {
  const r = await build({
    stdin: {
      contents: [
        // (OPS: the operator numbers the reader needs to find a table's drawn borders, src/read/pdf-paths.ts)
        "import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';",
        "import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';",
        'globalThis.__jixiaoPdfJs = { lib: { getDocument, OPS }, worker: { WorkerMessageHandler } };',
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: TARGET,
    minify: true,
    write: false,
    // ASCII (other characters escaped): the browser decodes, hashes and parses a one-byte string
    charset: 'ascii',
    // only pdf.js's Node branches (never taken in a page) and its WebAssembly image decoders
    // (never asked for text) read import.meta.url
    define: { 'import.meta.url': 'undefined' },
    // the worker without the font conversion reading text does not need (scripts/pdfjs-text-only.mjs)
    plugins: [pdfjsTextOnly],
    legalComments: 'none',
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

/** One of the page's scripts, bundled for the browsers the page supports, minified, as text. */
async function pageScript(root, entry, more = {}) {
  const r = await build({
    entryPoints: [join(root, 'src', 'web', entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: TARGET,
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...more,
  });
  return r.outputFiles[0].text;
}

export async function buildPage({ root, rules, profiles, modelSchema, version, plugins = [] }) {
  const script = await pageScript(root, 'main.ts', {
    // the page runs the rules and shows their messages; their examples and long descriptions
    // (tests, `explain`, `rules`) stay out of it
    define: embedDefines(rules.map((r) => ({ ...r, description: r.title, descriptionEn: r.titleEn, examples: { valid: [], invalid: [] } })), profiles),
    plugins: [precompiledAjv(root, modelSchema), ...plugins],
  });
  // the page's own code is packed as pdf.js is (a third of its bytes); the boot script unpacks and runs it
  const app = deflateRawSync(Buffer.from(script, 'utf8'), { level: 9 });
  // (the boot script, src/web/boot.ts, the one the page runs as it loads; inside <script>, "</script" would end it: written as
  // "<\/script", the same string in JS)
  const boot = (await pageScript(root, 'boot.ts')).replace(/<\/(script)/gi, '<\\/$1');
  const style = readFileSync(join(root, 'src', 'web', 'page.css'), 'utf8');
  const pdfjs = await pdfjsScript(root);
  const packed = deflateRawSync(Buffer.from(pdfjs, 'utf8'), { level: 9 });
  const encoded = encode85(packed);
  const csp = ["default-src 'none'", `script-src ${sha256(boot)} ${sha256(script)} ${sha256(pdfjs)}`, `style-src ${sha256(style)}`, "img-src data:", "base-uri 'none'", "form-action 'none'"].join('; ');
  const html = readFileSync(join(root, 'src', 'web', 'page.html'), 'utf8')
    .replace('__CSP__', csp)
    .replace('__VERSION__', version)
    .replace('<style>__STYLE__</style>', () => `<style>${style}</style>`)
    .replace('__APP_BYTES__', String(app.length))
    .replace('>__APP__</script>', () => `>${encode85(app)}</script>`)
    .replace('<script>__BOOT__</script>', () => `<script>${boot}</script>`)
    .replace('__PDFJS_BYTES__', String(packed.length))
    .replace('>__PDFJS__</script>', () => `>${encoded}</script>`);
  const out = join(root, 'dist', 'jixiao-lint.html');
  writeFileSync(out, html);
  const bytes = Buffer.byteLength(html);
  if (bytes > PAGE_MAX_BYTES) {
    throw new Error(`dist/jixiao-lint.html is ${bytes} bytes (${encoded.length} of them the embedded pdf.js), over the ${PAGE_MAX_BYTES}-byte budget (issue 15)`);
  }
  return { file: out, bytes, pdfjsBytes: encoded.length };
}
