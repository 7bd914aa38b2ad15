/**
 * The only importer of json-rules-engine. One Engine per `given` collection holds that
 * collection's rules; engines are built once per rule set and reused for every report. Runs are
 * sequential (concurrent run() calls on one engine skip rules). Facts are resolved with a plain
 * dot-path resolver, not JSONPath.
 */
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { CheckFacts, CheckItem, GivenKind } from '../checks/types.js';
import type { Severity } from '../findings/types.js';
import type { Condition, RuleDef } from '../ruleset/types.js';
import { CUSTOM_OPERATORS } from './operators.js';

export interface ActiveRule {
  def: RuleDef;
  severity: Severity;
}

export interface Hit {
  rule: ActiveRule;
  item: CheckItem;
}

const splitPaths = new Map<string, string[]>();

export function dotPath(value: object, path: string): unknown {
  let keys = splitPaths.get(path);
  if (!keys) splitPaths.set(path, (keys = path.replace(/^\$\.?/, '').split('.')));
  let cur: unknown = value;
  for (const key of keys) {
    if (!key) continue;
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

type Gate = (item: object, report: object) => boolean;
type Literal = string | number | boolean;

function isLiteral(v: unknown): v is Literal {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * A necessary condition of a rule, read off its `when`: the literal `equal`/`in` tests that must
 * all hold (top-level `all`), or one of which must hold (an `any` made only of them). An item for
 * which every rule's gate is false cannot fire any rule, so json-rules-engine need not run on it;
 * for every other item json-rules-engine decides. Conditions the gate cannot read impose nothing.
 */
function gateOf(when: Condition): Gate {
  const leaf = (c: Condition): Gate | undefined => {
    if (!('fact' in c) || (c.fact !== 'item' && c.fact !== 'report') || c.path === undefined) return undefined;
    const { fact, path, operator, value } = c;
    const get = (item: object, report: object) => dotPath(fact === 'item' ? item : report, path);
    if (operator === 'equal' && isLiteral(value)) return (i, r) => get(i, r) === value;
    if (operator === 'in' && Array.isArray(value) && value.every(isLiteral)) return (i, r) => (value as unknown[]).includes(get(i, r));
    return undefined;
  };
  if ('all' in when) {
    const gates = when.all.map(leaf).filter((g): g is Gate => g !== undefined);
    return (i, r) => gates.every((g) => g(i, r));
  }
  if ('any' in when) {
    const gates = when.any.map(leaf);
    if (gates.every((g): g is Gate => g !== undefined)) return (i, r) => gates.some((g) => g!(i, r));
  }
  return () => true;
}

export class RuleRunner {
  private readonly engines = new Map<GivenKind, Engine>();
  private readonly gates = new Map<GivenKind, Gate[]>();
  private readonly byId = new Map<string, ActiveRule>();

  /** `gated: false` runs json-rules-engine on every item (the tests compare both ways). */
  constructor(rules: readonly ActiveRule[], private readonly gated = true) {
    for (const r of rules) {
      this.byId.set(r.def.id, r);
      this.gates.set(r.def.given, [...(this.gates.get(r.def.given) ?? []), gateOf(r.def.when)]);
      let engine = this.engines.get(r.def.given);
      if (!engine) {
        engine = new Engine([], { allowUndefinedFacts: false, pathResolver: dotPath });
        for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
        this.engines.set(r.def.given, engine);
      }
      const props: RuleProperties = {
        name: r.def.id,
        conditions: r.def.when as TopLevelCondition,
        event: { type: r.def.id },
      };
      engine.addRule(props);
    }
  }

  get rules(): ActiveRule[] {
    return [...this.byId.values()];
  }

  /** Run every rule over every item of its collection; hits in collection order. */
  async run(facts: CheckFacts): Promise<Hit[]> {
    const hits: Hit[] = [];
    for (const [given, engine] of this.engines) {
      const gates = this.gates.get(given) ?? [];
      for (const item of facts.collections[given]) {
        if (this.gated && !gates.some((g) => g(item, facts.report))) continue;
        const { events } = await engine.run({ item, report: facts.report });
        for (const ev of events) {
          const rule = this.byId.get(ev.type);
          if (rule) hits.push({ rule, item });
        }
      }
    }
    return hits;
  }
}
