/**
 * PDFs an auditor's folder may hold that have no text to read, or are made to hurt: each gets its
 * own one-line message, exit 2 through the CLI, and never a stack trace or a hang. The files are
 * written here, small, by a minimal PDF writer (pdf-writer.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/node.js';
import { SCAN_MESSAGE } from '../../src/read/pdf.js';
import { DEFAULT_LIMITS, ReadError } from '../../src/read/types.js';
import { cli } from '../helpers/cli.js';
import { HOSTILE_PDFS, withText } from './pdf-writer.js';

/** What each file of HOSTILE_PDFS must get: its error code and words of its message. */
const EXPECTED: Record<string, { code: string; says: string[] }> = {
  'scan.pdf': { code: 'pdf-no-text', says: [SCAN_MESSAGE] },
  'encrypted.pdf': { code: 'pdf-encrypted', says: ['加密', '密码'] },
  'damaged.pdf': { code: 'corrupt-pdf', says: ['损坏'] },
  'page-bomb.pdf': { code: 'pdf-bomb', says: ['10000000 页', '上限'] },
  'nesting-bomb.pdf': { code: 'pdf-bomb', says: ['嵌套', '256'] },
  'stream-bomb.pdf': { code: 'pdf-bomb', says: ['解压后超过 50 MB'] },
};
const HOSTILE = Object.fromEntries(Object.entries(EXPECTED).map(([name, e]) => [name, { ...e, bytes: HOSTILE_PDFS[name]! }]));

const dir = mkdtempSync(join(tmpdir(), 'jixiao-hostile-pdf-'));
const files = Object.fromEntries(Object.entries(HOSTILE).map(([name, h]) => [name, join(dir, name)]));
for (const [name, h] of Object.entries(HOSTILE)) writeFileSync(files[name]!, h.bytes());

describe('hostile and text-less PDFs through the reader', () => {
  for (const [name, h] of Object.entries(HOSTILE)) {
    it(`${name}: ${h.code}`, async () => {
      const e = await readInput(files[name]!).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(ReadError);
      expect((e as ReadError).code).toBe(h.code);
      for (const s of h.says) expect((e as ReadError).message).toContain(s);
      expect((e as ReadError).message).not.toContain('\n');
    });
  }

  it('covers every hostile PDF the writer makes', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(HOSTILE_PDFS).sort());
  });

  it('the minimal writer makes readable PDFs: the same file with a text layer is read', async () => {
    const f = join(dir, 'text.pdf');
    writeFileSync(f, withText());
    const input = await readInput(f);
    expect(input.kind === 'doc' && input.doc.blocks.map((b) => b.text)).toEqual(['Report text layer']);
  });

  it('a stream bomb within a raised limit is not refused for its size (the limit is the existing --max-entry-mb)', async () => {
    const e = await readInput(files['stream-bomb.pdf']!, { ...DEFAULT_LIMITS, maxEntryBytes: 100 * 1024 * 1024 }).catch((err: unknown) => err);
    // no text on its page: then it is the scan message, not the bomb one
    expect((e as ReadError).code).toBe('pdf-no-text');
  });
});

describe('hostile PDFs through the CLI, in one batch with a good report', () => {
  it('one line each, naming the file, exit 2, the good report still checked, no stack trace', () => {
    const names = Object.keys(HOSTILE);
    const r = cli(['check', ...names.map((n) => files[n]!), 'examples/yanling-2024/report.docx', '--no-color']);
    expect(r.code).toBe(2);
    for (const n of names) {
      const lines = r.stdout.split('\n').filter((l) => l.includes(files[n]!));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(HOSTILE[n]!.code);
    }
    expect(r.stdout).toContain(SCAN_MESSAGE);
    expect(r.stdout).toContain('炎陵高新技术产业开发区管理委员会');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
