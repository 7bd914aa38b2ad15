/**
 * The only importer of json-rules-engine. Engines are built once per rule set and reused for
 * every report (see RuleRunner). Runs are sequential (concurrent run() calls on one engine skip
 * rules). Facts are resolved with a plain dot-path resolver, not JSONPath.
 */
import { Engine, Fact, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { CheckFacts, CheckItem, GivenKind } from '../checks/types.js';
import type { Severity } from '../findings/types.js';
import type { Condition, RuleDef } from '../ruleset/types.js';
import { LOOKUP_FACTS } from './facts.js';
import { CUSTOM_OPERATOR_FNS, CUSTOM_OPERATORS } from './operators.js';

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

/** json-rules-engine's numeric comparisons, on two numbers (it also accepts numeric strings). */
const NUMERIC: ReadonlyMap<string, (a: number, b: number) => boolean> = new Map([
  ['greaterThan', (a: number, b: number) => a > b],
  ['greaterThanInclusive', (a: number, b: number) => a >= b],
  ['lessThan', (a: number, b: number) => a < b],
  ['lessThanInclusive', (a: number, b: number) => a <= b],
]);

type Operand = (item: object, report: object) => unknown;

/** The field at `path` of the item or the report fact. */
function fieldOf(fact: 'item' | 'report', path: string): Operand {
  return fact === 'item' ? (i) => dotPath(i, path) : (_, r) => dotPath(r, path);
}

/** A condition's value: a literal, or a reference to a field of the item or report fact. */
function operandOf(value: unknown): Operand | undefined {
  if (isLiteral(value)) return () => value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const ref = value as Record<string, unknown>;
  if (Object.keys(ref).some((k) => k !== 'fact' && k !== 'path') || (ref.fact !== 'item' && ref.fact !== 'report') || typeof ref.path !== 'string') return undefined;
  return fieldOf(ref.fact, ref.path);
}

/**
 * A necessary condition of a rule, read off its `when`: the tests that must all hold (top-level
 * `all`), or one of which must hold (an `any` made only of them). An item for which every rule's
 * gate is false cannot fire any rule, so json-rules-engine need not run on it; for every other
 * item json-rules-engine decides. The tests read: literal `equal`/`in`; the numeric comparisons
 * when both sides are numbers (otherwise they impose nothing); the project's own operators
 * (decimalGreaterThan, isBlank, …), evaluated by the very functions json-rules-engine is given.
 * Conditions the gate cannot read impose nothing.
 */
function gateOf(when: Condition): Gate {
  const leaf = (c: Condition): Gate | undefined => {
    if (!('fact' in c) || (c.fact !== 'item' && c.fact !== 'report') || c.path === undefined || c.params !== undefined) return undefined;
    const { fact, path, operator, value } = c;
    const get = fieldOf(fact, path);
    if (operator === 'equal' && isLiteral(value)) return (i, r) => get(i, r) === value;
    if (operator === 'in' && Array.isArray(value) && value.every(isLiteral)) return (i, r) => (value as unknown[]).includes(get(i, r));
    if (operator === 'notIn' && Array.isArray(value) && value.every(isLiteral)) return (i, r) => !(value as unknown[]).includes(get(i, r));
    const rhs = operandOf(value);
    if (!rhs) return undefined;
    // json-rules-engine's equal/notEqual are strict (===) comparisons of the two values
    if (operator === 'equal') return (i, r) => get(i, r) === rhs(i, r);
    if (operator === 'notEqual') return (i, r) => get(i, r) !== rhs(i, r);
    const numeric = NUMERIC.get(operator);
    if (numeric) {
      return (i, r) => {
        const a = get(i, r);
        const b = rhs(i, r);
        return typeof a === 'number' && typeof b === 'number' ? numeric(a, b) : true;
      };
    }
    const own = CUSTOM_OPERATOR_FNS.get(operator);
    if (own) return (i, r) => own(get(i, r), rhs(i, r));
    return undefined;
  };
  // index loops: a gate runs for every item and rule of a batch, and every()/some() with a
  // closure allocated one per call. A nested all/any is read the same way; what cannot be read
  // imposes nothing (an `any` imposes something only when every branch can be read).
  const node = (c: Condition): Gate | undefined => {
    if ('all' in c) {
      const gates = c.all.map(node).filter((g): g is Gate => g !== undefined);
      if (gates.length === 0) return undefined;
      return (i, r) => {
        for (let k = 0; k < gates.length; k++) if (!gates[k]!(i, r)) return false;
        return true;
      };
    }
    if ('any' in c) {
      const gates = c.any.map(node);
      if (!gates.every((g): g is Gate => g !== undefined)) return undefined;
      return (i, r) => {
        for (let k = 0; k < gates.length; k++) if (gates[k]!(i, r)) return true;
        return false;
      };
    }
    if ('not' in c) return undefined;
    return leaf(c);
  };
  return node(when) ?? (() => true);
}

interface Entry {
  rule: ActiveRule;
  engine: Engine;
  gate: Gate;
}

/**
 * One json-rules-engine Engine per rule, built once per rule set and reused for every item of every
 * report, always run sequentially. Per rule (rather than per collection) so that an item is handed
 * only to the rules whose gate it passes: json-rules-engine copies and evaluates every rule of an
 * engine on each run, which was the larger part of its cost.
 */
export class RuleRunner {
  private readonly entries = new Map<GivenKind, Entry[]>();
  /** json-rules-engine runs so far (items × rules whose gate let them through), for the benchmark. */
  engineRuns = 0;

  /** `gated: false` runs json-rules-engine for every rule on every item (the tests compare both ways). */
  constructor(rules: readonly ActiveRule[], private readonly gated = true) {
    for (const r of rules) {
      const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: dotPath });
      for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
      for (const f of LOOKUP_FACTS) engine.addFact(f);
      const props: RuleProperties = { name: r.def.id, conditions: r.def.when as TopLevelCondition, event: { type: r.def.id } };
      engine.addRule(props);
      this.entries.set(r.def.given, [...(this.entries.get(r.def.given) ?? []), { rule: r, engine, gate: gateOf(r.def.when) }]);
    }
  }

  get rules(): ActiveRule[] {
    return [...this.entries.values()].flat().map((e) => e.rule);
  }

  /** Run every rule over every item of its collection; hits in collection order. */
  async run(facts: CheckFacts, only?: ReadonlySet<string>): Promise<Hit[]> {
    const hits: Hit[] = [];
    // Facts are given as uncached Fact objects: json-rules-engine would otherwise hash the fact
    // id and parameters (hash-it) for a cache key at every condition, for values already at hand
    const report = new Fact('report', facts.report, { cache: false });
    const view = new Fact('view', facts.view, { cache: false });
    for (const [given, entries] of this.entries) {
      for (const item of facts.collections[given]) {
        for (const e of entries) {
          if (only !== undefined && !only.has(e.rule.def.id)) continue;
          if (this.gated && !e.gate(item, facts.report)) continue;
          this.engineRuns++;
          const { events } = await e.engine.run({ item: new Fact('item', item, { cache: false }), report, view });
          if (events.length > 0) hits.push({ rule: e.rule, item });
        }
      }
    }
    return hits;
  }
}
