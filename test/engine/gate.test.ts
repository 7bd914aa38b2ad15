/**
 * The runner skips items no rule can fire on (a necessary condition read off each rule is false).
 * That must never change a result: gated and ungated runs give the same hits on every example,
 * rule example and seed variant.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeRules } from '../../src/api.js';
import { computeChecks } from '../../src/checks/index.js';
import { RuleRunner } from '../../src/engine/run.js';
import { extract } from '../../src/extract/index.js';
import { linesToDoc } from '../../src/read/txt.js';
import { caseText, PROFILE, RULES, SEED, SKELETON } from '../helpers/rule-tester.js';

const gated = new RuleRunner(activeRules(RULES));
const ungated = new RuleRunner(activeRules(RULES), false);

async function hits(runner: RuleRunner, text: string): Promise<string[]> {
  const facts = computeChecks(extract(linesToDoc(text, 't.txt'), PROFILE), PROFILE);
  return (await runner.run(facts)).map((h) => `${h.rule.def.id}:${h.item.key}`);
}

const texts: [string, string][] = [
  ['seed', SEED],
  ['skeleton', SKELETON],
  ['seed with figures changed', SEED.replace('272.13', '272.31').replace('4.84%', '4.94%').replace('实有在编人员22人', '实有在编人员29人').replace('内设局室5个', '内设局室6个')],
  ['a fragment', readFileSync('test/fixtures/skeleton.txt', 'utf8').split('\n').slice(0, 12).join('\n')],
];
for (const r of RULES) {
  [...r.examples.valid, ...r.examples.invalid].forEach((ex, i) => texts.push([`${r.id} example ${i + 1}`, caseText(ex, r.examples.section ?? '二')]));
}

describe('the rule gate', () => {
  it('skips work on the seed', async () => {
    const facts = computeChecks(extract(linesToDoc(SEED, 't.txt'), PROFILE), PROFILE);
    const items = Object.values(facts.collections).reduce((n, c) => n + c.length, 0);
    expect(items).toBeGreaterThan(40);
  });

  for (const [name, text] of texts) {
    it(`gives the same hits gated and ungated: ${name}`, async () => {
      const want = await hits(ungated, text);
      expect(await hits(gated, text)).toEqual(want);
    });
  }

  it('produces hits at all (the comparison is not vacuous)', async () => {
    expect((await hits(gated, SEED)).length).toBe(12);
  });
});
