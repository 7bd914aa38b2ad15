// Build the bin (dist/jixiao-lint.cjs), the bundled app it loads (dist/app.cjs), pdf.js apart
// (dist/pdfjs.cjs, loaded only for a PDF) and the app's V8
// code cache (dist/app.cache): one file starts faster than hundreds of modules. The built-in rule
// pack is parsed and validated here, once, and embedded, so a run parses no YAML at start-up.
// Runs on `npm ci` (prepare) and before `npm run bench`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLib, embedDefines } from './build-lib.mjs';
import { buildPage } from './build-page.mjs';
import { pdfjsTextOnly } from './pdfjs-text-only.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });

// 1. a throw-away bundle that loads and validates rules/ with the project's own loader
const loaderOut = join(root, 'dist', '.rules-loader.mjs');
await build({
  entryPoints: [join(root, 'scripts', 'rules-loader.ts')],
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: loaderOut, logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
let rules;
let profiles;
let stamp;
let modelSchema;
try {
  const { loadBuiltin, MODEL_SCHEMA } = await import(loaderOut);
  ({ rules, profiles, stamp } = loadBuiltin(root));
  modelSchema = MODEL_SCHEMA;
} catch (e) {
  console.error(`build: ${e.message}`);
  process.exit(2);
} finally {
  rmSync(loaderOut, { force: true });
}

// json-rules-engine requires jsonpath-plus for its default path resolver; jixiao-lint always passes
// its own dot-path resolver (src/engine/run.ts), so the 60 KB JSONPath implementation is never
// called. A stub keeps it out of start-up; if it were ever reached it says so.
const noJsonPath = {
  name: 'no-jsonpath',
  setup(b) {
    b.onResolve({ filter: /^jsonpath-plus$/ }, () => ({ path: 'jsonpath-plus', namespace: 'stub' }));
    b.onLoad({ filter: /^jsonpath-plus$/, namespace: 'stub' }, () => ({
      contents: "module.exports = { JSONPath() { throw new Error('jixiao-lint: JSONPath is not used (rules use dot paths)'); } };",
      loader: 'js',
    }));
  },
};

// The page's json-rules-engine gets the part of eventemitter2 it uses (scripts/events-shim.cjs): 19 KB of
// the page's 1.5 MB budget for events nothing listens to. The command line and the library keep eventemitter2.
const pageEvents = {
  name: 'page-events',
  setup(b) {
    b.onResolve({ filter: /^eventemitter2$/ }, () => ({ path: join(root, 'scripts', 'events-shim.cjs') }));
  },
};

// commander loads node:child_process for git-style executable subcommands, which jixiao-lint does
// not have; loading that builtin is a measurable part of start-up. Commander's copy is stubbed.
const noChildProcess = {
  name: 'no-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /^child_process$/, namespace: 'stub' }, () => ({
      contents: "module.exports = { spawn() { throw new Error('jixiao-lint: no executable subcommands'); } };",
      loader: 'js',
    }));
  },
};

// pdf.js (4 MB) is read only for a PDF: it is bundled apart, as dist/pdfjs.cjs, and the app
// requires it when src/read/pdf-lib.ts imports it. In the app bundle it made every start-up about
// 90 ms slower (0.20 → 0.29 s for one .docx), PDF or not.
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(b) {
    b.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({
      path: args.path.includes('worker') ? 'worker' : 'lib',
      namespace: 'pdfjs-apart',
    }));
    b.onResolve({ filter: /^\.\/pdfjs\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'pdfjs-apart' }, (args) => ({
      contents: `module.exports = require('./pdfjs.cjs').${args.path};`,
      loader: 'js',
    }));
  },
};
await build({
  stdin: {
    contents: "export * as lib from 'pdfjs-dist/legacy/build/pdf.mjs'; export * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';",
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(root, 'dist', 'pdfjs.cjs'),
  // pdf.js loads a native canvas package in Node to polyfill drawing classes; reading text draws
  // nothing (src/read/pdf-lib.ts sets stand-ins), and loading it cost start-up time or, when the
  // optional package is absent, printed a warning on stdout
  plugins: [
    {
      name: 'pdfjs-no-canvas',
      setup(b) {
        b.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => ({
          contents: (await readFile(args.path, 'utf8')).replace('canvas = require("@napi-rs/canvas");', 'canvas = undefined;'),
          loader: 'js',
        }));
      },
    },
    // the worker without the font conversion reading text does not need (scripts/pdfjs-text-only.mjs)
    pdfjsTextOnly,
  ],
  define: { 'import.meta.url': '__jixiaoModuleUrl' },
  banner: { js: "var __jixiaoModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'error',
});

// 2. the app: one CommonJS bundle (Node 20 keeps V8 code caches only for classic scripts, see
// scripts/bin-loader.cjs), with the validated rules and profiles embedded. Formatters, YAML and the
// schema validator are in it but compiled only when a run calls them.
const appFile = join(root, 'dist', 'app.cjs');
await build({
  entryPoints: [join(root, 'src', 'cli', 'bin.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: appFile,
  define: { ...embedDefines(rules, profiles, stamp), 'import.meta.url': '__jixiaoModuleUrl' },
  banner: { js: "var __jixiaoModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [noJsonPath, noChildProcess, pdfjsApart],
});
// esbuild escapes non-ASCII in strings but leaves it in regular expression literals (the lexicon's
// Chinese words): a few hundred characters that made the whole 1.8 MB source a two-byte string,
// decoded from UTF-8 at every start (14 ms). Escaped, the bundle is pure ASCII and the bin reads it
// as latin1, a plain copy. \uXXXX means the same character in a string, a template, a regular
// expression (with or without the u flag: a surrogate pair stays one code point) and a comment.
{
  const source = readFileSync(appFile, 'utf8');
  if (source.includes('String.raw')) throw new Error('build: dist/app.cjs uses String.raw, where a \\u escape is not the same text');
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // written inside the function the bin calls it as (CommonJS's own wrapper, on the first line: the
  // same lines and columns in stack traces): the bin hands the file to V8 as it is, without joining
  // a 1.8 MB string to the wrapper at every start (about 4% of a one-file check)
  writeFileSync(appFile, `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`);
}

// 3. the bin: a small loader that runs the app with its code cache
const bin = join(root, 'dist', 'jixiao-lint.cjs');
copyFileSync(join(root, 'scripts', 'bin-loader.cjs'), bin);
chmodSync(bin, 0o755);

// 4. the code cache, made by this machine's Node from typical runs: a .docx through the default
// format, a .txt through json, a folder of two reports through summary (as a batch is given).
// Only what these runs compile is cached (a bigger cache takes longer to load than the rest
// compiles). A cache another Node rejects is ignored (slower start, same results).
const work = mkdtempSync(join(tmpdir(), 'jixiao-build-'));
try {
  const out = (name) => join(work, name);
  const ex = join(root, 'examples');
  const folder = join(work, 'reports');
  mkdirSync(folder);
  copyFileSync(join(ex, 'demo-2025-agri', 'report.txt'), join(folder, 'a.txt'));
  copyFileSync(join(ex, 'yanling-2024', 'report.docx'), join(folder, 'b.docx'));
  const runs = [
    ['check', join(ex, 'yanling-2024', 'report.docx'), '-o', out('stylish.txt')],
    ['check', join(ex, 'yanling-2024', 'report.txt'), '--format', 'json', '-o', out('a.json')],
    ['check', folder, '--format', 'summary', '-o', out('summary.txt')],
  ];
  const r = spawnSync(process.execPath, [bin], {
    env: { ...process.env, JIXIAO_CODE_CACHE_TRAINING: JSON.stringify(runs), NO_COLOR: '1' },
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(join(root, 'dist', 'app.cache'))) {
    console.error(`build: making the code cache failed (${r.status}): ${r.stderr}`);
    process.exit(2);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
// 5. the library (package.json "exports") with its type declarations
try {
  await buildLib({ root, rules, profiles, stamp });
} catch (e) {
  console.error(`build: the library: ${e.message}`);
  process.exit(2);
}

// 6. the offline page (issue 15): the same library in a browser, one self-contained file
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let page;
try {
  page = await buildPage({ root, rules, profiles, modelSchema, version, plugins: [noJsonPath, pageEvents] });
} catch (e) {
  console.error(`build: the page: ${e.message}`);
  process.exit(2);
}
console.error(`build: dist/lib + dist/types, dist/jixiao-lint.html (${(page.bytes / 1024).toFixed(0)} KB)`);
console.error(`build: dist/jixiao-lint.cjs + dist/app.cjs + dist/app.cache (${rules.length} rules and ${Object.keys(profiles).length} profile(s) embedded)`);
