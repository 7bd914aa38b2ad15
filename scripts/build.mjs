// Build the single bundled bin (dist/jixiao-lint.mjs): one file starts faster than hundreds of
// modules. The built-in rule pack is parsed and validated here, once, and embedded, so a run
// parses no YAML at start-up. Runs on `npm ci` (prepare) and before `npm run bench`.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
try {
  const { loadBuiltin } = await import(loaderOut);
  ({ rules, profiles } = loadBuiltin(root));
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

// 2. the bin, with the validated rules and profiles embedded. Code splitting keeps what only some
// runs need (YAML, the schema validator, formatters other than the default) in chunks loaded on demand.
await build({
  entryPoints: { 'jixiao-lint': join(root, 'src', 'cli', 'bin.ts') },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  define: {
    __JIXIAO_BUILTIN_RULES__: JSON.stringify(JSON.stringify(rules)),
    __JIXIAO_BUILTIN_PROFILES__: JSON.stringify(JSON.stringify(profiles)),
  },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'error',
  plugins: [noJsonPath, noChildProcess],
});
console.error(`build: dist/jixiao-lint.mjs (${rules.length} rules and ${Object.keys(profiles).length} profile(s) embedded)`);
