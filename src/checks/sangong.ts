/** 三公经费 check facts: presence per side, components, totals against items, overrun. */
import { roleNo, type Profile } from '../profiles/profile.js';
import type { AmountFact, SangongFact, SangongSide } from '../extract/model.js';
import { abs, fmt, type Money } from '../extract/money.js';
import { SANGONG_COMPONENTS, SANGONG_TOTAL } from '../extract/sangong.js';
import { amountLeaf, moneyIn, printedUnit, sumCheck, type SumInput } from './arithmetic.js';
import type { Operand } from './consequences.js';
import { mapList } from './list.js';
import { exactQuantity, quantity, sumOf, type Quantity } from './quantity.js';
import type { Tol } from './tolerance.js';
import type { CheckItem } from './types.js';

const CAR = '公务用车购置及运行（维护）费';
const CAR_PARTS = ['公务用车购置费', '公务用车运行维护费'];
const SIDE_NAME = { budget: '预算数', actual: '决算数' } as const;

function reported(side: SangongSide): boolean {
  return side.total !== undefined || Object.keys(side.items).length > 0;
}

function hasComponent(side: SangongSide, name: string): boolean {
  if (side.items[name] !== undefined) return true;
  // a 三公 total stated as nil ("未安排“三公”经费预算") reports every item as nil
  if (side.items[SANGONG_TOTAL] === 'nil') return true;
  return name === CAR && CAR_PARTS.some((p) => side.items[p] !== undefined);
}

/** A side's total: as stated, 0 when stated as nil (未安排“三公”经费), else null. */
function totalOf(side: SangongSide, m: Money | undefined): Quantity | null {
  if (m) return quantity(m, '万元');
  return side.items[SANGONG_TOTAL] === 'nil' ? exactQuantity(0, '万元', '0') : null;
}

/** A component's stated value (0 when stated as nil), or null when not stated. */
function componentValue(side: SangongSide, name: string, tol: Tol): Quantity | null {
  const v = side.items[name];
  if (v !== undefined) return quantity(money(v, tol), '万元', v === 'nil' ? '0' : undefined);
  if (!hasComponent(side, name)) return null;
  // the car item stated by its two parts, or every item nil with the total
  const parts = name === CAR ? CAR_PARTS.filter((p) => side.items[p] !== undefined) : [];
  if (parts.length === 0) return exactQuantity(0, '万元', '0');
  return sumOf(parts.map((p) => quantity(money(side.items[p]!, tol), '万元')), '万元');
}

/** An item's stated figure (undefined when stated as nil or not at all). */
function stated(side: SangongSide, name: string): AmountFact | undefined {
  const v = side.items[name];
  return v === undefined || v === 'nil' ? undefined : v;
}

function money(v: AmountFact | 'nil', tol: Tol): Money {
  return v === 'nil' ? { v: 0n, h: 0n } : tol.money(v);
}

/** The car parts as sum items. */
function partItems(s: SangongSide, parts: readonly string[], tol: Tol): SumInput['items'] {
  return mapList(parts, (p) => ({ money: money(s.items[p]!, tol), label: p }));
}

/** The overrun's texts, in the unit both totals were printed in (94.28 亿元), else in 万元. */
function overrunTexts(a: Money | undefined, b: Money | undefined, unit: string | undefined): Record<string, unknown> {
  if (!a || !b) return { diff: '' };
  const [sa, sb, u] = unit !== undefined && moneyIn(a, unit) && moneyIn(b, unit) ? [moneyIn(a, unit)!, moneyIn(b, unit)!, unit] : [a, b, '万元'];
  return {
    diff: fmt(abs(sa.v - sb.v)),
    expectedText: `≤ ${fmt(sb.v)} ${u}`,
    actualText: `${fmt(sa.v)} ${u}`,
    unitText: u,
    data: { budget: fmt(sb.v), actual: fmt(sa.v), diff: fmt(sa.v - sb.v) },
  };
}

export function sangongItems(f: SangongFact, tol: Tol, profile: Profile): { sangong: CheckItem[]; components: CheckItem[]; sums: CheckItem[] } {
  // nothing reported at all: the finding belongs to the outline's budget part, where 三公 is asked for
  const budgetPart = roleNo(profile, 'budget');
  const noSrc = budgetPart !== undefined ? { section: budgetPart } : {};
  const anyReported = reported(f.budget) || reported(f.actual);
  const b = f.budget.total ? tol.money(f.budget.total) : undefined;
  const a = f.actual.total ? tol.money(f.actual.total) : undefined;
  const over = a !== undefined && b !== undefined && a.v - b.v > a.h + b.h;
  const src = f.actual.total?.src ?? f.budget.src ?? f.actual.src;
  const sangong: CheckItem = {
    key: 'sangong',
    ...(src ? { src } : noSrc),
    anyReported,
    budgetReported: reported(f.budget),
    actualReported: reported(f.actual),
    check: 'sangong-overrun',
    budgetTotal: totalOf(f.budget, b),
    actualTotal: totalOf(f.actual, a),
    budgetItemCount: Object.keys(f.budget.items).length,
    actualItemCount: Object.keys(f.actual.items).length,
    overBudget: over,
    reasonGiven: f.reason !== undefined,
    tableUnread: f.unreadTable !== undefined,
    budgetByChange: f.budgetByChange !== undefined,
    ...overrunTexts(a, b, printedUnit([f.budget.total, f.actual.total])),
  };
  const components = mapList(SANGONG_COMPONENTS, (name) => ({
    key: `sangong-component:${name}`,
    ...(f.budget.src ?? f.actual.src ? { src: (f.budget.src ?? f.actual.src)! } : noSrc),
    name,
    budget: componentValue(f.budget, name, tol),
    actual: componentValue(f.actual, name, tol),
    budgetReported: hasComponent(f.budget, name),
    actualReported: hasComponent(f.actual, name),
    reported: hasComponent(f.budget, name) || hasComponent(f.actual, name),
    anyReported,
    tableUnread: f.unreadTable !== undefined,
    data: { component: name },
  }));
  const sums: CheckItem[] = [];
  for (const side of ['budget', 'actual'] as const) {
    const s = f[side];
    const parts = CAR_PARTS.filter((p) => s.items[p] !== undefined);
    const carValue = s.items[CAR];
    if (carValue !== undefined && carValue !== 'nil' && parts.length === 2) {
      sums.push(
        sumCheck({
          kind: 'sangong', key: 'car', subject: CAR, dimension: '中购置费与运行维护费', side: SIDE_NAME[side],
          total: tol.money(carValue), totalPrinted: fmt(tol.money(carValue).v),
          items: partItems(s, parts, tol), src: carValue.src, extra: tol.extra, printedIn: printedUnit([carValue, ...parts.map((p) => stated(s, p))]),
        }),
      );
    }
    if (!s.total) continue;
    // plain loop: one elements kind, no deopt in a batch (sumCheck reads every list of items)
    const items: SumInput['items'] = [];
    for (const name of SANGONG_COMPONENTS) {
      const v = s.items[name];
      if (v !== undefined) items.push({ money: money(v, tol), label: name, ...(v !== 'nil' ? { src: v.src } : {}) });
      else if (name === CAR && parts.length > 0) items.push(...partItems(s, parts, tol));
    }
    if (items.length === 0) continue;
    // the car item is all there when stated, or by its 运行维护费 (a unit that bought no car states only
    // that); its 购置费 alone leaves out what running the cars cost
    const complete = SANGONG_COMPONENTS.every((n) => hasComponent(s, n)) && (s.items[CAR] !== undefined || s.items[CAR_PARTS[1]!] !== undefined);
    // (the printed figures it uses, for telling which one is wrong when several checks fail: one wrong item fails its
    // total and its rate of the budget and its restatement, one problem)
    const total = s.total;
    const itemLeaves = (): Operand[] => {
      const out: Operand[] = [];
      for (const name of SANGONG_COMPONENTS) {
        const v = s.items[name];
        if (v !== undefined) out.push(v === 'nil' ? [] : [amountLeaf(v, tol)]);
        else if (name === CAR) for (const p of parts) out.push(s.items[p] === 'nil' ? [] : [amountLeaf(s.items[p] as AmountFact, tol)]);
      }
      return out;
    };
    sums.push(
      sumCheck({
        kind: 'sangong', key: SANGONG_TOTAL, subject: '“三公”经费', dimension: '各项', side: SIDE_NAME[side],
        total: tol.money(s.total), totalPrinted: fmt(tol.money(s.total).v), items, src: s.total.src, partialAllowed: !complete, extra: tol.extra,
        eq: () => ({ total: [amountLeaf(total, tol)], parts: itemLeaves() }),
        // a 三公 statement in 亿元 (a ministry's, a province's) is quoted in 亿元
        printedIn: printedUnit([s.total, ...Object.keys(s.items).map((n) => stated(s, n))]),
      }),
    );
  }
  return { sangong: [sangong], components, sums };
}
