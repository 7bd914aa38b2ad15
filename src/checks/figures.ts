/**
 * same-figure-conflict facts: a quantity stated twice with values whose intervals do not overlap
 * (a budget node and its mentions; 编制数 and 实有人数 stated again). Year-on-year statements:
 * the change, the rate and the prior figure must agree (checked as sums and shares).
 */
import type { AmountFact, BudgetNode, ReportModel, YoyFact } from '../extract/model.js';
import { abs, fmt, type Money } from '../extract/money.js';
import { amountLeaf, moneyIn, pctLeaf, printedUnit, shareItem, sumCheck } from './arithmetic.js';
import { setEquation, type Operand } from './consequences.js';
import { mapList } from './list.js';
import { exactQuantity, quantity, valueOf } from './quantity.js';
import type { Tol } from './tolerance.js';
import type { CheckItem } from './types.js';

function exact(m: Money, yes: boolean): Money {
  return yes ? { v: m.v, h: 0n } : m;
}

export function figureItems(m: ReportModel, tol: Tol): CheckItem[] {
  const byId = new Map<string, BudgetNode>();
  for (const n of m.budget) byId.set(n.id, n);
  const out: CheckItem[] = [];
  for (const n of m.budget) {
    const v = tol.node(n, byId);
    if (!v || !n.mentions) continue;
    const firstText = n.amount ? n.amount.printed : `${n.derived?.value ?? ''}万元（由各部分推算）`;
    for (const x of n.mentions) {
      // one figure printed twice to the same precision prints the same digits: 418.97 and 418.98
      // are two values, though their rounding intervals touch
      const samePrint = n.amount !== undefined && n.amount.unit === x.unit && n.amount.decimals === x.decimals;
      const mv = samePrint ? { v: tol.money(x).v, h: 0n } : tol.money(x);
      const fv = samePrint ? { v: v.v, h: 0n } : v;
      const conflict = abs(mv.v - fv.v) > mv.h + fv.h;
      out.push({
        key: `figure:${n.id}:${x.value}`,
        src: x.src,
        ...(n.amount ? { related: [{ src: n.amount.src, text: `${n.name} ${n.amount.printed}` }] } : {}),
        check: 'same-figure',
        name: n.name,
        first: quantity(fv, '万元'),
        second: quantity(mv, '万元'),
        firstText,
        secondText: x.printed,
        conflict,
        unitText: '万元',
        expectedText: firstText,
        actualText: x.printed,
        data: { first: fmt(v.v), second: fmt(mv.v), diff: fmt(abs(mv.v - v.v)) },
      });
    }
  }
  // figures stated again in another place (extract/restated.ts): a pair not yet compared above
  const compared = new Set<string>();
  for (const i of out) if (i.src) compared.add(`${i.src.line}:${i.src.column}`);
  for (const r of m.restated ?? []) {
    const at = `${r.second.src.line}:${r.second.src.column}`;
    if (compared.has(at)) continue;
    // printed to the same precision, one figure prints the same digits (see the mentions above)
    const samePrint = r.first.unit === r.second.unit && r.first.decimals === r.second.decimals;
    const a = exact(valueOf(r.first, '万元', 0), samePrint);
    const b = exact(valueOf(r.second, '万元', 0), samePrint);
    const conflict = abs(a.v - b.v) > a.h + b.h;
    // differing values are one figure stated twice only where the context says so (anchored)
    if (conflict && !r.anchored) continue;
    compared.add(at);
    const firstText = `${r.first.number}${r.first.unit}`;
    const secondText = `${r.second.number}${r.second.unit}`;
    out.push({
      key: `figure:${r.name}:${r.second.number}`,
      src: r.second.src,
      related: [{ src: r.first.src, text: `${r.name} ${firstText}` }],
      check: 'same-figure',
      name: r.name,
      first: quantity(a, '万元'),
      second: quantity(b, '万元'),
      firstText,
      secondText,
      conflict,
      unitText: '万元',
      expectedText: firstText,
      actualText: secondText,
      data: { first: fmt(a.v), second: fmt(b.v), diff: fmt(abs(a.v - b.v)) },
    });
  }
  const st = m.staffing;
  for (const x of st.mentions ?? []) {
    const first = st[x.kind];
    if (!first) continue;
    const name = x.kind === 'quota' ? '编制数' : '实有人数';
    out.push({
      key: `figure:staffing:${x.kind}:${x.value}`,
      src: x.src,
      related: [{ src: first.src, text: `${name} ${first.value} 人` }],
      check: 'same-figure',
      name,
      first: exactQuantity(first.value, '人'),
      second: exactQuantity(x.value, '人'),
      firstText: `${first.value}人`,
      secondText: `${x.value}人`,
      conflict: first.value !== x.value,
      unitText: '人',
      expectedText: `${first.value}人`,
      actualText: `${x.value}人`,
      data: { first: first.value, second: x.value, diff: Math.abs(first.value - x.value) },
    });
  }
  return out;
}

/** A change as a sum of printed figures: current = prior + change, or, down, prior = current + change. */
function changeSum(y: YoyFact, current: AmountFact, tol: Tol): { total: Operand; parts: readonly Operand[] } {
  const [c, p, d] = [amountLeaf(current, tol), amountLeaf(y.prior!, tol), amountLeaf(y.change!, tol)];
  return y.direction === 'down' ? { total: [p], parts: [[c], [d]] } : { total: [c], parts: [[p], [d]] };
}

/** Year-on-year: prior + change = current (a sum), and rate = change ÷ prior (a share). */
export function yoyItems(m: ReportModel, tol: Tol): { sums: CheckItem[]; shares: CheckItem[] } {
  const sums: CheckItem[] = [];
  const shares: CheckItem[] = [];
  const subjects: { id: string; name: string; amount: AmountFact | undefined; yoy: YoyFact | undefined }[] = mapList(m.budget, (n) => ({
    id: n.id,
    name: n.name,
    amount: n.amount,
    yoy: n.yoy,
  }));
  subjects.push(
    { id: 'sangong.budget', name: '“三公”经费预算数', amount: m.sangong.budget.total, yoy: m.sangong.budget.yoy },
    { id: 'sangong.actual', name: '“三公”经费决算数', amount: m.sangong.actual.total, yoy: m.sangong.actual.yoy },
  );
  for (const n of subjects) {
    const y = n.yoy;
    const cur = n.amount ? tol.money(n.amount) : undefined;
    if (!y || !cur) continue;
    const sign = y.direction === 'down' ? -1n : 1n;
    const change = y.change ? tol.money(y.change) : undefined;
    const signed = change ? { v: sign * change.v, h: change.h } : undefined;
    const prior = y.prior ? tol.money(y.prior) : signed ? { v: cur.v - signed.v, h: cur.h + signed.h } : undefined;
    // the figures as printed, as the relation reader's changes give them (JSON checks[].values)
    // (value is in 万元; a figure printed in 元 is given as printed, with its unit)
    const values = { current: printedNumber(n.amount!), ...(y.prior ? { prior: printedNumber(y.prior) } : {}), ...(y.change ? { change: printedNumber(y.change) } : {}), ...(y.rate ? { rate: y.rate } : {}), unit: n.amount!.unit };
    // (in the unit the figures were printed in: 16,564.00元, not 1.6564 万元)
    const printedIn = printedUnit([n.amount, y.prior, y.change]);
    if (y.prior && signed) {
      const item = sumCheck({
          kind: 'yoy', key: n.id, subject: n.name, dimension: '同比', total: cur, totalPrinted: fmt(cur.v),
          items: [{ money: tol.money(y.prior), label: '上年数', src: y.prior.src }, { money: signed, label: y.direction === 'down' ? '减少额（负）' : '增加额', src: y.change!.src }],
          src: y.src,
          extra: tol.extra,
          printedIn,
          // (as three printed figures, each on one side: a wrong change makes this and its rate fail, one problem)
          eq: () => changeSum(y, n.amount!, tol),
        });
      item.values = values;
      sums.push(item);
    }
    if (y.rate && prior && prior.v - prior.h > 0n) {
      const delta: Money = signed ?? { v: cur.v - prior.v, h: cur.h + prior.h };
      const absDelta = { v: abs(delta.v), h: delta.h };
      const shown = printedIn !== undefined ? [moneyIn(absDelta, printedIn), moneyIn(prior, printedIn)] : [];
      const inUnit = shown[0] && shown[1] ? { unit: printedIn, amount: shown[0], base: shown[1] } : undefined;
      const item = shareItem({
          key: `yoy:${n.id}`,
          src: y.src,
          subject: n.name,
          shareKind: 'change',
          direction: y.direction,
          baseName: y.prior ? '上年数' : '上年数（本年数减变动额）',
          baseNameEn: y.prior ? 'the prior-year figure' : 'the prior-year figure (this year minus the change)',
          amount: inUnit?.amount ?? absDelta,
          base: inUnit?.base ?? prior,
          ...(inUnit ? { unit: inUnit.unit } : {}),
          pct: y.rate,
          baseDerived: !y.prior,
          // without a stated change, the direction written (增长/减少) must match the figures
          alsoRequired: signed !== undefined || (delta.v < 0n) === (y.direction === 'down') || delta.v === 0n,
        });
      item.values = values;
      if (y.prior && y.change) {
        const { prior: p, change: c } = y;
        setEquation(item, () => ({ kind: 'ratio', num: [amountLeaf(c, tol)], den: [amountLeaf(p, tol)], pct: pctLeaf(y.src, y.rate!) }));
      }
      shares.push(item);
    }
  }
  // 预算执行率 = 决算 ÷ 预算, checked like a share
  for (const n of m.budget) {
    const e = n.execution;
    if (!e) continue;
    const base = tol.money(e.budget);
    if (base.v - base.h <= 0n) continue;
    const item = shareItem({
        key: `execution:${n.id}`,
        src: e.src,
        related: [{ src: e.budget.src, text: `预算 ${e.budget.printed}` }],
        subject: n.name,
        shareKind: 'execution',
        baseName: e.budget.label,
        amount: tol.money(e.spent),
        base,
        pct: e.rate,
        baseDerived: false,
      });
    // as the relation reader's rates give them: 执行数 ÷ 预算数
    item.values = { rate: e.rate, numerator: e.spent.value, denominator: e.budget.value, unit: e.budget.unit };
    shares.push(item);
  }
  return { sums, shares };
}

/** The number of an amount as printed ("386,215.40元" → "386215.40"), without its unit and separators. */
function printedNumber(a: AmountFact): string {
  return a.printed.replace(/[^\d.-]/g, '');
}
