// Build the library entries (package.json "exports"): dist/lib/{index,node,yaml}.js as ES modules
// with the built-in rules and profiles embedded (as in the CLI), dependencies left as imports, and
// their type declarations in dist/types (tsc). Called by scripts/build.mjs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** esbuild `define`s that embed the validated rule pack and profiles (src/ruleset/embedded.ts). */
export function embedDefines(rules, profiles, stamp) {
  return {
    ...(stamp ? { __JIXIAO_BUILTIN_RULES_STAMP__: JSON.stringify(JSON.stringify(stamp)) } : {}),
    __JIXIAO_BUILTIN_RULES__: JSON.stringify(JSON.stringify(rules)),
    __JIXIAO_BUILTIN_PROFILES__: JSON.stringify(JSON.stringify(profiles)),
  };
}

export async function buildLib({ root, rules, profiles, stamp }) {
  await build({
    entryPoints: ['index', 'node', 'yaml'].map((n) => join(root, 'src', 'lib', `${n}.ts`)),
    outdir: join(root, 'dist', 'lib'),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: embedDefines(rules, profiles, stamp),
    legalComments: 'none',
    logLevel: 'warning',
  });
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.types.json')], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`type declarations: ${tsc.stdout}${tsc.stderr}`);
}
