/**
 * Deeply nested YAML / JSON is refused before it is parsed. The parser recurses per level; near the
 * end of the stack V8 may compile a regular expression (a pattern that tiers up on its second run,
 * the library's default) and that failure aborts the whole process ("RegExpCompiler Allocation
 * failed"), which no try/catch sees. The library checked the deep fixture once with a clean error
 * and aborted on the second check in the same process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_YAML_NESTING, tooDeepAt } from '../../src/ruleset/yaml-pos.js';
import { BROKEN, GOOD_DOCX, ROOT } from './helpers.js';

describe('tooDeepAt: how deep a YAML or JSON text nests', () => {
  const json = (depth: number, indent: number): string => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = { k: [v] };
    return JSON.stringify({ version: 1, v }, null, indent);
  };

  it('pretty-printed JSON counts its brackets, not its indentation', () => {
    // 60 levels of {k: [...]} are 120 brackets inside the outer object, at 4 spaces an indent each
    expect(tooDeepAt(json(60, 4))).toBeNull();
    expect(tooDeepAt(json(63, 2))).toBeNull();
    expect(tooDeepAt(json(64, 0))).not.toBeNull();
  });

  it('flow brackets past the limit: the position of the first one too many', () => {
    const text = `version: 1\nx: ${'['.repeat(MAX_YAML_NESTING + 5)}${']'.repeat(MAX_YAML_NESTING + 5)}\n`;
    expect(tooDeepAt(text)).toEqual({ line: 2, column: 4 + MAX_YAML_NESTING });
    expect(tooDeepAt(`x: ${'['.repeat(MAX_YAML_NESTING)}${']'.repeat(MAX_YAML_NESTING)}`)).toBeNull();
  });

  it('block nesting counts the columns of indentation and "- " indicators', () => {
    const lines = ['version: 1', 'x:'];
    for (let i = 1; i <= MAX_YAML_NESTING + 2; i++) lines.push(`${' '.repeat(i)}- `);
    // the line of 127 blanks and "- " reaches column 129
    expect(tooDeepAt(lines.join('\n'))).toEqual({ line: 2 + MAX_YAML_NESTING - 1, column: MAX_YAML_NESTING + 1 });
    expect(tooDeepAt(`x:\n${'- '.repeat(70)}1`)).not.toBeNull();
    expect(tooDeepAt(`x:\n${'- '.repeat(60)}1`)).toBeNull();
  });

  it('brackets in quoted strings and comments are text', () => {
    expect(tooDeepAt(`{"s": "${'['.repeat(300)}"}`)).toBeNull();
    expect(tooDeepAt(`s: "${'{'.repeat(300)}"\n# ${'['.repeat(300)}\n`)).toBeNull();
    // a quote inside a plain scalar opens nothing: the brackets after it still count
    expect(tooDeepAt(`a: x"y\nb: ${'['.repeat(300)}`)).not.toBeNull();
  });
});

describe('the library checks a deeply nested data file more than once in one process', () => {
  it('each time a clean bad-data error, and the process goes on to check a report', () => {
    const lib = pathToFileURL(join(ROOT, 'dist', 'lib', 'node.js')).href;
    const deep = join(BROKEN, 'data-deep-nesting.json');
    const script = `
      import { readFileSync } from 'node:fs';
      const { createNodeAuditor } = await import(${JSON.stringify(lib)});
      const auditor = await createNodeAuditor({ config: { lang: 'zh' } });
      const bytes = readFileSync(${JSON.stringify(deep)});
      for (let k = 0; k < 3; k++) {
        const r = await auditor.check({ name: 'deep.json', bytes });
        console.log(r.error.code + ' ' + r.error.message);
      }
      const good = await auditor.check({ name: 'report.docx', bytes: readFileSync(${JSON.stringify(GOOD_DOCX)}) });
      console.log('report ' + good.findings.length);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/FATAL|out of memory/);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out.slice(0, 3)).toEqual(Array(3).fill(`bad-data 第 1 行第 ${'{"version": 1, "x": '.length + MAX_YAML_NESTING} 列：YAML 嵌套过深（超过 ${MAX_YAML_NESTING} 层）`));
    expect(out[3]).toMatch(/^report [1-9]\d*$/);
  });
});
