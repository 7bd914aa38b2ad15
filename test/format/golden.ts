/**
 * Golden files for formatter output: test/format/__golden__/<name>.
 * UPDATE_GOLDEN=1 rewrites them (review the diff); a missing golden file is written on a local
 * run but fails under CI, so a forgotten file cannot pass silently.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env['UPDATE_GOLDEN'] === '1' || (!existsSync(file) && !process.env['CI'])) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual, 'utf8');
    return;
  }
  expect(existsSync(file), `golden file ${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  // Byte-exact: BOM and CRLF are part of the CSV contract.
  expect(actual, `output differs from ${name}; if intended, rerun with UPDATE_GOLDEN=1 and review the diff`).toBe(
    readFileSync(file, 'utf8'),
  );
}
