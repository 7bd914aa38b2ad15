/**
 * PDFs an auditor's folder may hold that have no text to read, or are made to hurt: each gets its
 * own one-line message, exit 2 through the CLI, and never a stack trace or a hang. The files are
 * written here, small, by a minimal PDF writer (pdf-writer.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/node.js';
import { SCAN_MESSAGE } from '../../src/read/pdf.js';
import { DEFAULT_LIMITS, ReadError } from '../../src/read/types.js';
import { cli } from '../helpers/cli.js';
import { pdf, scanned, stream, withText } from './pdf-writer.js';

const HOSTILE: Record<string, { bytes: () => Buffer; code: string; says: string[] }> = {
  'scan.pdf': { bytes: scanned, code: 'pdf-no-text', says: [SCAN_MESSAGE] },
  'encrypted.pdf': {
    // a user password is set: the empty password does not open it (/U does not match)
    bytes: () =>
      pdf(
        ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`],
        `/Encrypt 3 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] `,
      ),
    code: 'pdf-encrypted',
    says: ['加密', '密码'],
  },
  'damaged.pdf': { bytes: () => Buffer.from(`%PDF-1.7\n${'\x00\xff garbage '.repeat(50)}`, 'latin1'), code: 'corrupt-pdf', says: ['损坏'] },
  'page-bomb.pdf': {
    // a page tree of 7 levels, each node naming the next 10 times: ten million pages in 9 objects
    bytes: () => {
      const levels = Array.from({ length: 7 }, (_, i) => `<< /Type /Pages /Kids [${`${i + 3} 0 R `.repeat(10)}] /Count ${10 ** (7 - i)} >>`);
      return pdf(['<< /Type /Catalog /Pages 2 0 R >>', ...levels, '<< /Type /Page /MediaBox [0 0 595 842] >>']);
    },
    code: 'pdf-bomb',
    says: ['10000000 页', '上限'],
  },
  'nesting-bomb.pdf': {
    bytes: () => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `${'['.repeat(100_000)}${']'.repeat(100_000)}`]),
    code: 'pdf-bomb',
    says: ['嵌套', '256'],
  },
  'stream-bomb.pdf': {
    // 60 MB of zeros in a 60 KB Flate stream: over the 50 MB limit of one inflated entry
    bytes: () => {
      const bomb = stream('/Filter /FlateDecode', deflateSync(Buffer.alloc(60 * 1024 * 1024), { level: 9 }));
      return pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', bomb]);
    },
    code: 'pdf-bomb',
    says: ['解压后超过 50 MB'],
  },
};

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
