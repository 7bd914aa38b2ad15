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
try {
  const { loadBuiltin } = await import(loaderOut);
  rules = loadBuiltin(root);
} catch (e) {
  console.error(`build: ${e.message}`);
  process.exit(2);
} finally {
  rmSync(loaderOut, { force: true });
}

// 2. the bin, with the validated rules embedded
await build({
  entryPoints: [join(root, 'src', 'cli', 'bin.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(root, 'dist', 'jixiao-lint.mjs'),
  define: { __JIXIAO_BUILTIN_RULES__: JSON.stringify(rules) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'error',
});
console.error(`build: dist/jixiao-lint.mjs (${rules.length} rules embedded)`);
