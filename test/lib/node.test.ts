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
    // the examples' expected.json and expected-facts.yaml are the tool's own outputs, and
    // examples/custom-rules holds rule files: never read as reports (and a JSON output says nothing
    // a person reads about why the exit code is 1: stderr does)
    expect(r.stderr).toBe('jixiao-lint: 跳过 10 个文件：6 个是规则文件，4 个是 jixiao-lint 的输出或基线（加 --debug 逐个列出）\njixiao-lint: 不通过：6 个错误（--fail-on error）\n');
    const auditor = await createNodeAuditor({ profile: 'hunan' });
    const result = await checkPaths(auditor, ['examples'], ROOT);
    expect(result.files.map((f) => f.path)).toEqual(['examples/demo-2025-agri/report.txt', 'examples/yanling-2024/report.docx', 'examples/yanling-2024/report.txt']);
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
