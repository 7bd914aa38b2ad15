/**
 * Issue 14: the README states how many built-in conditions compare values and how many read a
 * status decided in code, and why each status remains. Counted here from the rule files, so the
 * README cannot drift from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionCensus, loadRules } from '../../src/lib/node.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('conditions of the built-in rules', () => {
  it('the README gives the count of value comparisons and code-decided statuses', async () => {
    const c = conditionCensus(await loadRules());
    expect(c.value).toBeGreaterThan(c.status * 4);
    expect(README).toContain(`内置规则共 ${c.value + c.status} 个条件：**${c.value} 个比较数值**`);
    expect(README).toContain(`**${c.status} 个读取代码判断的状态**`);
  });

  it('the README explains every status a built-in rule still reads', async () => {
    const c = conditionCensus(await loadRules());
    for (const s of c.statuses) {
      const [rule, read] = s.split(': ');
      const field = read!.split('.').slice(1).join('.');
      expect(README, s).toContain(`| ${rule}: \`${field}\` |`);
    }
  });

  it('a condition on a field marked status counts as a status, any other as a value', () => {
    const rule = (when: object) => ({ id: 'x', given: 'sections', when }) as never;
    expect(conditionCensus([rule({ all: [{ fact: 'item', path: 'present', operator: 'equal', value: false }] })])).toMatchObject({ value: 0, status: 1 });
    expect(conditionCensus([rule({ any: [{ fact: 'item', path: 'required', operator: 'equal', value: true }, { fact: 'section', params: { role: 'goals' }, path: 'text', operator: 'matches', value: 'x' }] })])).toMatchObject({ value: 2, status: 0 });
  });

  it('the check code never names a rule id: it names checks, and rules claim them with verifies', async () => {
    const ids = (await loadRules()).map((r) => r.id);
    const dir = join(import.meta.dirname, '..', '..', 'src');
    const bad: string[] = [];
    for (const sub of ['checks', 'extract', 'engine', 'findings']) {
      for (const f of readdirSync(join(dir, sub)).filter((x) => x.endsWith('.ts'))) {
        const code = readFileSync(join(dir, sub, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const id of ids) if (code.includes(`'${id}'`) || code.includes(`"${id}"`)) bad.push(`${sub}/${f}: ${id}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
