/**
 * The only importer of json-rules-engine. One Engine per `given` collection holds that
 * collection's rules; engines are built once per rule set and reused for every report. Runs are
 * sequential (concurrent run() calls on one engine skip rules). Facts are resolved with a plain
 * dot-path resolver, not JSONPath.
 */
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { CheckFacts, CheckItem, GivenKind } from '../checks/types.js';
import type { Severity } from '../findings/types.js';
import type { RuleDef } from '../ruleset/types.js';
import { CUSTOM_OPERATORS } from './operators.js';

export interface ActiveRule {
  def: RuleDef;
  severity: Severity;
}

export interface Hit {
  rule: ActiveRule;
  item: CheckItem;
}

export function dotPath(value: object, path: string): unknown {
  let cur: unknown = value;
  for (const key of path.replace(/^\$\.?/, '').split('.')) {
    if (!key) continue;
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export class RuleRunner {
  private readonly engines = new Map<GivenKind, Engine>();
  private readonly byId = new Map<string, ActiveRule>();

  constructor(rules: readonly ActiveRule[]) {
    for (const r of rules) {
      this.byId.set(r.def.id, r);
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
      for (const item of facts.collections[given]) {
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
