/**
 * Import boundaries (STYLE.md "one door"): the core imports no Node module, so the same code runs
 * in the offline page; the CLI reaches the engine only through the library entries and the
 * formatters; the page only through the platform-neutral entry. Read from the sources' imports.
 */
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const CORE = ['read', 'extract', 'checks', 'engine', 'findings', 'format'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)) {
    out.push((m[1] ?? m[2] ?? m[3])!);
  }
  return out;
}

const tsFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const resolveTs = (from: string, spec: string): string => resolve(dirname(from), spec.replace(/\.js$/, '.ts'));
const rel = (f: string): string => relative(SRC, f).replace(/\\/g, '/');

/** The files reachable from `entry` through relative imports. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const s of specifiers(f)) if (s.startsWith('.')) todo.push(resolveTs(f, s));
  }
  return [...seen].sort();
}

describe('import boundaries', () => {
  it('the specifier reader sees the imports it must (a Node module in the Node entry, a relative one in the CLI)', () => {
    expect(specifiers(join(SRC, 'lib', 'node-inflate.ts'))).toContain('node:zlib');
    expect(specifiers(join(SRC, 'cli', 'check.ts'))).toContain('../lib/node.js');
    expect(specifiers(join(SRC, 'read', 'file.ts'))).toContain('./data.js');
  });

  it('the core (read, extract, checks, engine, findings, format) imports no Node module', () => {
    const bad = CORE.flatMap((d) => tsFiles(join(SRC, d))).flatMap((f) => specifiers(f).filter((s) => NODE_BUILTINS.has(s)).map((s) => `${rel(f)}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('nothing reachable from the platform-neutral entry or the page imports a Node module', () => {
    for (const entry of [join(SRC, 'lib', 'index.ts'), join(SRC, 'web', 'main.ts')]) {
      const files = closure(entry);
      expect(files.every((f) => existsSync(f)), files.filter((f) => !existsSync(f)).join(', ')).toBe(true);
      const bad = files.flatMap((f) => specifiers(f).filter((s) => NODE_BUILTINS.has(s)).map((s) => `${rel(f)}: ${s}`));
      expect(bad, rel(entry)).toEqual([]);
    }
  });

  it('the CLI imports only the library entries, the formatters and its own modules', () => {
    const allowed = (to: string): boolean => /^(cli\/[^/]+|lib\/(index|node|yaml)|format\/[^/]+)\.ts$/.test(to);
    const bad = tsFiles(join(SRC, 'cli')).flatMap((f) =>
      specifiers(f)
        .filter((s) => s.startsWith('.') && !allowed(rel(resolveTs(f, s))))
        .map((s) => `${rel(f)}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('the page imports only the platform-neutral entry and its own modules (and the browser platform: lib/web-*, the inflater and the PDF reader)', () => {
    const bad = tsFiles(join(SRC, 'web')).flatMap((f) =>
      specifiers(f)
        .filter((s) => s.startsWith('.') && !/^(web\/[^/]+|lib\/(index|web-[a-z-]+))\.ts$/.test(rel(resolveTs(f, s))))
        .map((s) => `${rel(f)}: ${s}`),
    );
    expect(bad).toEqual([]);
  });
});
