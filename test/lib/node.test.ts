/**
 * jixiao-lint/node's folder helper: checking the examples folder through the library and
 * rendering it with the JSON formatter gives the CLI's output byte for byte.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { checkPaths, createNodeAuditor } from '../../src/lib/node.js';
import { cli } from '../helpers/cli.js';
import { JSON_OPTIONS } from '../helpers/audit.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('checkPaths', () => {
  it('a folder: the same JSON as `jixiao-lint check examples --format json`', async () => {
    const r = cli(['check', 'examples', '--format', 'json'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    const auditor = await createNodeAuditor({ profile: 'hunan' });
    const result = await checkPaths(auditor, ['examples'], ROOT);
    expect(result.files.length).toBeGreaterThanOrEqual(3);
    expect(formatJson(result, { ...JSON_OPTIONS, cwd: ROOT })).toBe(r.stdout);
  });

  it('a missing file and an empty match are results with an error, not exceptions', async () => {
    const auditor = await createNodeAuditor();
    const result = await checkPaths(auditor, ['no/such/report.docx', 'examples/*.nothing'], ROOT);
    expect(result.files.map((f) => [f.path, f.error?.code])).toEqual([
      ['examples/*.nothing', 'no-files'],
      ['no/such/report.docx', 'not-found'],
    ]);
    expect(result.files.every((f) => f.findings.length === 0)).toBe(true);
  });
});
