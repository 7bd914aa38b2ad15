/** The package root (where rules/ and src/profiles/ live), from the bundle or the sources. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"jixiao-lint"/.test(readFileSync(pkg, 'utf8'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('jixiao-lint: package root not found');
}

export function builtinRulesDir(): string {
  return join(packageRoot(), 'rules');
}
