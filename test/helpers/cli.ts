/** Run the built bin as a user would: a separate process, its stdout, stderr and exit code. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'dist', 'jixiao-lint.cjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string; bin?: string } = {}): Run {
  const r = spawnSync(process.execPath, [opts.bin ?? BIN, ...args], {
    cwd: opts.cwd ?? join(import.meta.dirname, '..', '..'),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
    input: opts.input ?? '',
    timeout: 30000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
