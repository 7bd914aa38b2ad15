/**
 * same-figure-conflict facts: a quantity stated twice with values whose intervals do not overlap
 * (a budget node and its mentions; 编制数 and 实有人数 stated again). Year-on-year statements:
 * the change, the rate and the prior figure must agree (checked as sums and shares).
 */
import type { AmountFact, BudgetNode, ReportModel, YoyFact } from '../extract/model.js';
import { abs, fmt, type Money } from '../extract/money.js';
import { shareItem, sumCheck } from './arithmetic.js';
import { mapList } from './list.js';
import { exactQuantity, quantity } from './quantity.js';
import type { Tol } from './tolerance.js';
import type { CheckItem } from './types.js';

export function figureItems(m: ReportModel, tol: Tol): CheckItem[] {
  const byId = new Map<string, BudgetNode>();
  for (const n of m.budget) byId.set(n.id, n);
  const out: CheckItem[] = [];
  for (const n of m.budget) {
    const v = tol.node(n, byId);
    if (!v || !n.mentions) continue;
    const firstText = n.amount ? n.amount.printed : `${n.derived?.value ?? ''}万元（由各部分推算）`;
    for (const x of n.mentions) {
      const mv = tol.money(x);
      const conflict = abs(mv.v - v.v) > mv.h + v.h;
      out.push({
        key: `figure:${n.id}:${x.value}`,
        src: x.src,
        ...(n.amount ? { related: [{ src: n.amount.src, text: `${n.name} ${n.amount.printed}` }] } : {}),
        check: 'same-figure',
        name: n.name,
        first: quantity(v, '万元'),
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
    if (y.prior && signed) {
      sums.push(
        sumCheck({
          kind: 'yoy', key: n.id, subject: n.name, dimension: '同比', total: cur, totalPrinted: fmt(cur.v),
          items: [{ money: tol.money(y.prior), label: '上年数', src: y.prior.src }, { money: signed, label: y.direction === 'down' ? '减少额（负）' : '增加额', src: y.change!.src }],
          src: y.src,
          extra: tol.extra,
        }),
      );
    }
    if (y.rate && prior && prior.v - prior.h > 0n) {
      const delta: Money = signed ?? { v: cur.v - prior.v, h: cur.h + prior.h };
      const absDelta = { v: abs(delta.v), h: delta.h };
      shares.push(
        shareItem({
          key: `yoy:${n.id}`,
          src: y.src,
          subject: n.name,
          shareKind: 'change',
          direction: y.direction,
          baseName: y.prior ? '上年数' : '上年数（本年数减变动额）',
          baseNameEn: y.prior ? 'the prior-year figure' : 'the prior-year figure (this year minus the change)',
          amount: absDelta,
          base: prior,
          pct: y.rate,
          baseDerived: !y.prior,
          // without a stated change, the direction written (增长/减少) must match the figures
          alsoRequired: signed !== undefined || (delta.v < 0n) === (y.direction === 'down') || delta.v === 0n,
        }),
      );
    }
  }
  // 预算执行率 = 决算 ÷ 预算, checked like a share
  for (const n of m.budget) {
    const e = n.execution;
    if (!e) continue;
    const base = tol.money(e.budget);
    if (base.v - base.h <= 0n) continue;
    shares.push(
      shareItem({
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
      }),
    );
  }
  return { sums, shares };
}

