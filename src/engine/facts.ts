/**
 * The look-up facts rules may name besides `item` and `report` (json-rules-engine facts with
 * params): a part of the report by role, a figure by label, and interval arithmetic over figure
 * references (ratio, percentChange, sum). Each reads the report's view, given to every run as the
 * fact `view`. Documented in checks/vocabulary.ts (FACTS).
 */
import { Fact, type Almanac } from 'json-rules-engine';
import { percentChangeOf, ratioOf, sumOf, type Quantity } from '../checks/quantity.js';
import { lookFigure, resolveRef, type ReportView } from '../checks/view.js';

interface Ctx {
  view: ReportView;
  item: object;
  report: object;
}

async function ctxOf(almanac: Almanac): Promise<Ctx> {
  const [view, item, report] = await Promise.all([almanac.factValue<ReportView>('view'), almanac.factValue<object>('item'), almanac.factValue<object>('report')]);
  return { view, item, report };
}

type Params = Record<string, unknown>;

const ref = (c: Ctx, r: unknown): Quantity | null => resolveRef(r, c.item, c.report, c.view);

/** A fact computed from two figure references (null when either is missing or the result undefined). */
function binary(name: string, a: string, b: string, fn: (x: Quantity, y: Quantity) => Quantity | undefined): Fact {
  return new Fact(
    name,
    async (p: Params, al: Almanac) => {
      const c = await ctxOf(al);
      const x = ref(c, p[a]);
      const y = ref(c, p[b]);
      return x && y ? (fn(x, y) ?? null) : null;
    },
    { cache: false },
  );
}

export const LOOKUP_FACTS: Fact[] = [
  new Fact('section', async (p: Params, a: Almanac) => (await ctxOf(a)).view.section(String(p.role)), { cache: false }),
  new Fact(
    'figure',
    async (p: Params, a: Almanac) => {
      const f = lookFigure((await ctxOf(a)).view, String(p.label), p.role, p.family);
      return f ? { ...f.value, label: f.label, printed: f.printed } : null;
    },
    { cache: false },
  ),
  binary('ratio', 'of', 'to', (of, to) => ratioOf(of, to)),
  binary('percentChange', 'from', 'to', (from, to) => percentChangeOf(from, to)),
  new Fact(
    'sum',
    async (p: Params, a: Almanac) => {
      const c = await ctxOf(a);
      const refs = Array.isArray(p.of) ? p.of.map((r) => ref(c, r)) : [];
      if (refs.length === 0 || refs.some((q) => q === null)) return null;
      return sumOf(refs as Quantity[], (refs[0] as Quantity).unit);
    },
    { cache: false },
  ),
];
