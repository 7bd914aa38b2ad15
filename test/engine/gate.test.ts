/**
 * The runner skips items no rule can fire on (a necessary condition read off each rule is false).
 * That must never change a result: gated and ungated runs give the same hits on every example,
 * rule example and seed variant.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeRules } from '../../src/api.js';
import { computeChecks } from '../../src/checks/index.js';
import type { CheckFacts } from '../../src/checks/types.js';
import type { Condition } from '../../src/ruleset/types.js';
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

describe('the rule gate on comparisons', () => {
  // one rule per kind of condition the gate reads beyond equal/in; items with numbers, numeric
  // strings, decimal strings, blanks and junk on both sides of the comparison
  const base = RULES.find((r) => r.id === 'staffing-exceeds-quota')!;
  const whens: Condition[] = [
    { all: [{ fact: 'item', path: 'a', operator: 'greaterThan', value: { fact: 'item', path: 'b' } }] },
    { all: [{ fact: 'item', path: 'a', operator: 'lessThanInclusive', value: 3 }] },
    { all: [{ fact: 'item', path: 'a', operator: 'greaterThanInclusive', value: { fact: 'report', path: 'year' } }] },
    { all: [{ fact: 'item', path: 'a', operator: 'decimalGreaterThan', value: { fact: 'item', path: 'b' } }, { fact: 'item', path: 'c', operator: 'equal', value: false }] },
    { all: [{ fact: 'item', path: 'a', operator: 'decimalEqual', value: '1.50' }] },
    { any: [{ fact: 'item', path: 'a', operator: 'isBlank', value: true }, { fact: 'item', path: 'b', operator: 'lessThan', value: { fact: 'item', path: 'a' } }] },
  ];
  const rules = whens.map((when, k) => ({ def: { ...base, id: `r${k}`, when }, severity: base.severity }));
  const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noDefaultInfinity: false }), fc.constantFrom('1.5', '1.50', '2', '-0.5', '', 'x', '3.0001', null, undefined), fc.constant([]));
  const item = fc.record({ key: fc.constant('k'), a: value, b: value, c: fc.boolean() });

  it('lets through every item json-rules-engine fires on (gated and ungated hits agree)', async () => {
    const gatedRunner = new RuleRunner(rules);
    const ungatedRunner = new RuleRunner(rules, false);
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 6 }), fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 4 })), async (items, year) => {
        const facts = { report: { year, unit: null, profileMatched: true }, collections: { staffing: items }, skipped: [] } as unknown as CheckFacts;
        const names = (hs: { rule: { def: { id: string } }; item: object }[]) => hs.map((h) => `${h.rule.def.id}:${items.indexOf(h.item as never)}`);
        expect(names(await gatedRunner.run(facts))).toEqual(names(await ungatedRunner.run(facts)));
      }),
      { numRuns: 400 },
    );
  });

  it('skips the runs that cannot fire (the gate is not vacuous)', async () => {
    const runner = new RuleRunner([rules[0]!]);
    const facts = { report: { year: 2024, unit: null, profileMatched: true }, collections: { staffing: [{ key: 'k', a: 1, b: 2 }, { key: 'k', a: 3, b: 2 }] }, skipped: [] } as unknown as CheckFacts;
    expect((await runner.run(facts)).length).toBe(1);
    expect(runner.engineRuns).toBe(1);
  });
});
