/**
 * Issue 14: the vocabulary rules are written in is documented and true. `rules --fields` prints
 * every collection, field, look-up fact and operator; `facts FILE --items` prints the items each
 * rule would see; every field the check code puts on an item is in the vocabulary, and every
 * field of the vocabulary is on the items of some report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeChecks } from '../../src/checks/index.js';
import { COLLECTIONS, fieldsOf, GIVEN_KINDS } from '../../src/checks/vocabulary.js';
import { KNOWN_OPERATORS, OPERATOR_DOCS } from '../../src/engine/operators.js';
import { extract } from '../../src/extract/index.js';
import { resolveProfile } from '../../src/profiles/resolve.js';
import { linesToDoc } from '../../src/read/txt.js';
import { cli } from '../helpers/cli.js';
import { exampleText, loadRules } from '../../src/lib/node.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('rules --fields', () => {
  it('lists every collection and field with its type, the look-up facts and every operator', () => {
    const r = cli(['rules', '--fields']);
    expect(r.code).toBe(0);
    for (const g of GIVEN_KINDS) {
      expect(r.stdout).toContain(`  ${g}  `);
      for (const [f, d] of Object.entries(fieldsOf(g))) expect(r.stdout).toMatch(new RegExp(`\\n    ${f} +${d.type} +${d.zh.slice(0, 4).replace(/[()（）.*+?[\]]/g, '.')}`));
    }
    for (const f of ['section', 'figure', 'ratio', 'percentChange', 'sum']) expect(r.stdout).toContain(`\n  ${f}  `);
    for (const op of KNOWN_OPERATORS) expect(r.stdout).toContain(`\n  ${op} `);
  });

  it('in English and as JSON', () => {
    const en = cli(['rules', '--fields', '--lang', 'en']);
    expect(en.stdout).toContain('the document itself (one item per report)');
    expect(en.stdout).not.toMatch(/文档本身/);
    const j = JSON.parse(cli(['rules', '--fields', '--format', 'json']).stdout);
    expect(Object.keys(j.collections)).toEqual(GIVEN_KINDS);
    expect(Object.keys(j.operators).sort()).toEqual([...KNOWN_OPERATORS].sort());
  });

  it('every operator is documented with the field types it fits and an example', () => {
    for (const op of KNOWN_OPERATORS) {
      expect(OPERATOR_DOCS[op], op).toBeDefined();
      expect(OPERATOR_DOCS[op]!.example).toContain(`operator: ${op}`);
    }
  });
});

describe('facts FILE --items', () => {
  it('prints each collection with the rules given it and its items; the parts by role', () => {
    const r = cli(['facts', 'examples/demo-2025-agri/report.txt', '--items', '--rules', 'examples/custom-rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# jixiao-lint facts --items: /);
    const y = parse(r.stdout) as Record<string, { rules: string[]; items: Record<string, unknown>[] }> & { sections: Record<string, { text: string }> };
    expect(y.sangong!.rules).toEqual(['sangong-actual-missing', 'sangong-budget-missing', 'sangong-over-budget', 'sangong-overrun-10']);
    expect(y.sangong!.items[0]).toMatchObject({ budgetTotal: { text: '6.50', low: 6.495, high: 6.505 }, actualTotal: { text: '5.82' } });
    expect(y.sentences!.rules).toEqual(['unit-placeholder']);
    expect(y.sentences!.items.length).toBeGreaterThan(20);
    expect(y.budgetNodes!.items.find((n) => n.id === 'gpb.project')).toMatchObject({ amount: { text: '1913.60' }, stated: true });
    expect(y.sections.evaluation!.text).toContain('自评得分为93.5分');
  });

  it('as JSON, in the same shape as the library gives it', () => {
    const j = JSON.parse(cli(['facts', 'examples/yanling-2024/report.txt', '--items', '--format', 'json']).stdout);
    expect(j.collections.map((c: { given: string }) => c.given)).toEqual(GIVEN_KINDS);
    expect(j.report).toMatchObject({ year: 2024, kind: 'department-self-evaluation' });
  });
});

describe('the vocabulary is true of the items', () => {
  const TECHNICAL = new Set(['key', 'src', 'section', 'related', 'data', 'expectedText', 'actualText', 'values']);
  const texts = [
    join(ROOT, 'examples', 'yanling-2024', 'report.txt'),
    join(ROOT, 'examples', 'demo-2025-agri', 'report.txt'),
    ...readdirSync(join(ROOT, 'test', 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'test', 'corpus', f)),
  ];

  it('every field on an item is documented, and every documented field is on some item', async () => {
    const profiles = await Promise.all(['hunan', 'national-dept', 'city-form', 'yunnan'].map((p) => resolveProfile(p)));
    const seen = new Map<string, Set<string>>(GIVEN_KINDS.map((g) => [g, new Set<string>()]));
    const undocumented: string[] = [];
    // the reports, the corpus, and every rule example (where placeholders, template text and restatements are)
    const rules = await loadRules();
    const samples = [...texts.map((f) => readFileSync(f, 'utf8')), ...rules.flatMap((r) => [...r.examples.valid, ...r.examples.invalid].map((e) => exampleText(r, e)))];
    for (const text of samples) {
      for (const profile of profiles) {
        const doc = linesToDoc(text, 'r.txt');
        const facts = computeChecks(extract(doc, profile), profile, undefined, doc.blocks);
        for (const g of GIVEN_KINDS) {
          const fields = fieldsOf(g);
          for (const item of facts.collections[g]) {
            for (const k of Object.keys(item)) {
              if ((TECHNICAL.has(k) && !Object.hasOwn(fields, k)) || k.endsWith('En')) continue;
              if (!Object.hasOwn(fields, k)) undocumented.push(`${g}.${k}`);
              seen.get(g)!.add(k);
            }
          }
        }
      }
    }
    expect([...new Set(undocumented)]).toEqual([]);
    const never = GIVEN_KINDS.flatMap((g) => Object.keys(COLLECTIONS[g].fields).filter((f) => !seen.get(g)!.has(f)).map((f) => `${g}.${f}`));
    expect(never).toEqual([]);
  });
});
