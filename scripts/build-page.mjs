// Build the offline page, dist/jixiao-lint.html: one self-contained file (script, styles, rules and
// profile inside). Called by scripts/build.mjs with the rules and profiles it validated.
//
// The page's Content-Security-Policy allows nothing but its own inline script and style, by hash:
// no network (default-src 'none', no connect-src), no eval. The report-data validator (Ajv) would
// compile its schema with `new Function` at run time, which that policy forbids, so it is compiled
// here, once, as standalone code, and the page's bundle uses that instead of Ajv's compiler.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { embedDefines } from './build-lib.mjs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

export const PAGE_MAX_BYTES = 1.5 * 1024 * 1024;

function precompiledAjv(root, modelSchema) {
  // the same options as src/read/data.ts uses at run time
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
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

export async function buildPage({ root, rules, profiles, modelSchema, version, plugins = [] }) {
  const r = await build({
    entryPoints: [join(root, 'src', 'web', 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    write: false,
    charset: 'utf8',
    define: embedDefines(rules, profiles),
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [precompiledAjv(root, modelSchema), ...plugins],
  });
  // inside <script>, "</script" would end it: written as "<\/script" (the same string in JS)
  const script = r.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = readFileSync(join(root, 'src', 'web', 'page.css'), 'utf8');
  const csp = ["default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, "img-src data:", "base-uri 'none'", "form-action 'none'"].join('; ');
  const html = readFileSync(join(root, 'src', 'web', 'page.html'), 'utf8')
    .replace('__CSP__', csp)
    .replace('__VERSION__', version)
    .replace('<style>__STYLE__</style>', () => `<style>${style}</style>`)
    .replace('<script>__SCRIPT__</script>', () => `<script>${script}</script>`);
  const out = join(root, 'dist', 'jixiao-lint.html');
  writeFileSync(out, html);
  const bytes = Buffer.byteLength(html);
  if (bytes > PAGE_MAX_BYTES) throw new Error(`dist/jixiao-lint.html is ${bytes} bytes, over the ${PAGE_MAX_BYTES}-byte budget (issue 15)`);
  return { file: out, bytes };
}
