/**
 * Arithmetic check facts (DOMAIN §3–§4): breakdown sums, the budget hierarchy, 专项 lists, shares
 * against their named base, and shares of parallel parts. Interval arithmetic in exact bigint:
 * a check fails only when the intervals of total and sum do not overlap.
 */
import type { AmountFact, BudgetNode, ShareFact, Src } from '../extract/model.js';
import { abs, addAll, fmt, parsePct, percentConsistent, percentOf, type Money } from '../extract/money.js';
import type { Tol } from './tolerance.js';
import type { CheckItem, SkippedCheck } from './types.js';

export interface SumInput {
  kind: 'amount' | 'hierarchy' | 'special' | 'sangong' | 'yoy' | 'score';
  /** Unit shown in messages (default 万元). */
  unit?: string;
  key: string;
  subject: string;
  dimension: string;
  side?: string;
  total: Money;
  totalPrinted: string;
  items: { money: Money; label: string; src?: Src }[];
  src?: Src;
  /** Only a sum above the total is wrong (the list may be incomplete). */
  partialAllowed?: boolean;
  /** Extra absolute tolerance (config), in 10^-8 of the unit. */
  extra?: bigint;
}

/** Compare a total with the sum of its items as intervals. */
export function sumCheck(input: SumInput): CheckItem {
  const sum = addAll(input.items.map((i) => i.money));
  const diff = sum.v - input.total.v;
  const tolerance = sum.h + input.total.h + (input.extra ?? 0n);
  const within = abs(diff) <= tolerance;
  const status = within ? (diff === 0n ? 'ok' : 'rounding') : input.partialAllowed && diff < 0n ? 'partial' : 'mismatch';
  const d = input.kind === 'score' ? 0 : 2;
  const items = input.items.map((i) => `${i.label} ${fmt(i.money.v, d)}`).join(' + ');
  const what = {
    amount: `${input.subject}${input.dimension}明细合计`,
    hierarchy: `${input.items.map((i) => i.label).join('与')}之和`,
    special: `所列专项资金之和`,
    sangong: `“三公”经费${input.side ?? ''}${input.dimension}之和`,
    yoy: `${input.subject}上年数与同比变动额之和`,
    score: `${input.subject}${input.dimension}`,
  }[input.kind];
  const totalName = input.kind === 'amount' ? '总额' : input.kind === 'sangong' ? `${input.subject}${input.side ?? ''}` : input.kind === 'yoy' ? '本年数' : input.kind === 'score' ? input.side ?? '' : input.subject;
  const unit = input.unit ?? '万元';
  return {
    key: `${input.kind}:${input.key}:${input.dimension}${input.side ? ':' + input.side : ''}`,
    ...(input.src ? { src: input.src } : {}),
    related: input.items.filter((i) => i.src && i.src !== input.src).map((i) => ({ src: i.src!, text: `${i.label} ${fmt(i.money.v, d)} ${input.unit ?? '万元'}` })),
    kind: input.kind,
    what,
    totalName,
    subject: input.subject,
    dimension: input.dimension,
    side: input.side ?? '',
    total: input.totalPrinted,
    sum: fmt(sum.v, d),
    diff: fmt(abs(diff), d),
    tolerance: fmt(tolerance, d),
    status,
    itemCount: input.items.length,
    unitText: unit,
    expectedText: `${input.totalPrinted} ${unit}`,
    actualText: `${fmt(sum.v, d)} ${unit}`,
    data: { total: input.totalPrinted, sum: fmt(sum.v, d), diff: fmt(abs(diff), d), tolerance: fmt(tolerance, d), items },
  };
}

/** The same printed figure (one place in the text), also after a YAML round trip. */
function sameFact(a: AmountFact | undefined, b: AmountFact | undefined): boolean {
  return a !== undefined && b !== undefined && a.value === b.value && a.src.line === b.src.line && a.src.column === b.src.column;
}

function amountItem(a: AmountFact, tol: Tol): { money: Money; label: string; src: Src } {
  return { money: tol.money(a), label: a.label, src: a.src };
}

export function breakdownChecks(nodes: readonly BudgetNode[], skipped: SkippedCheck[], tol: Tol): CheckItem[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: CheckItem[] = [];
  for (const n of nodes) {
    for (const b of n.breakdowns) {
      if (!n.amount) {
        skipped.push({ ruleId: 'sum-mismatch', reason: `${n.name}${b.dimension}：未找到总额，无法核对明细合计`, src: b.src });
        continue;
      }
      out.push(
        sumCheck({
          kind: 'amount',
          key: n.id,
          subject: n.name,
          dimension: b.dimension,
          total: tol.money(n.amount),
          totalPrinted: fmt(tol.money(n.amount).v),
          items: b.items.map((i) => amountItem(i, tol)),
          extra: tol.extra,
          src: b.src,
          ...(b.partial ? { partialAllowed: true } : {}),
        }),
      );
    }
    // hierarchy: a stated total against its stated (or derived) parts
    const parts = hierarchyParts(n, byId);
    if (n.amount && parts) {
      const ms = parts.map((p) => ({ p, m: tol.node(p, byId) }));
      if (ms.every((x) => x.m !== undefined)) {
        out.push(
          sumCheck({
            kind: 'hierarchy',
            extra: tol.extra,
            key: n.id,
            subject: n.name,
            dimension: `=${parts.map((p) => p.name).join('+')}`,
            total: tol.money(n.amount),
            totalPrinted: fmt(tol.money(n.amount).v),
            items: ms.map((x) => ({ money: x.m!, label: x.p.name, ...(x.p.amount ? { src: x.p.amount.src } : {}) })),
            src: n.amount.src,
          }),
        );
      }
    }
    // 专项 listed under a 项目支出: their sum may not exceed it
    const specials = nodes.filter((c) => c.parent === n.id && /\.h?\d+$/.test(c.id) && c.amount);
    const total = tol.node(n, byId);
    if (specials.length > 0 && total) {
      out.push(
        sumCheck({
          kind: 'special',
          extra: tol.extra,
          key: n.id,
          subject: n.name,
          dimension: '所列专项资金',
          total,
          totalPrinted: fmt(total.v),
          items: specials.map((s) => ({ money: tol.money(s.amount!), label: s.name, src: s.amount!.src })),
          ...(n.amount ? { src: n.amount.src } : specials[0]?.amount ? { src: specials[0].amount.src } : {}),
          partialAllowed: true,
        }),
      );
    }
  }
  return out;
}

function hierarchyParts(n: BudgetNode, byId: ReadonlyMap<string, BudgetNode>): BudgetNode[] | undefined {
  const pick = (ids: string[]): BudgetNode[] | undefined => {
    const ps = ids.map((id) => byId.get(id));
    return ps.every((p) => p !== undefined) ? (ps as BudgetNode[]) : undefined;
  };
  if (n.id === 'total') return pick(['gpb', 'gov', 'soe', 'ssf']);
  if (/^(gpb|gov|soe|ssf)$/.test(n.id)) {
    const ps = pick([`${n.id}.basic`, `${n.id}.project`]);
    return ps && !ps.some((p) => sameFact(p.amount, n.amount)) ? ps : undefined;
  }
  if (/\.basic$/.test(n.id)) return pick([`${n.id}.personnel`, `${n.id}.public`]);
  return undefined;
}

export interface ShareInput {
  key: string;
  src: Src;
  related?: { src: Src; text: string }[];
  subject: string;
  /** What the percentage states, for the message ("基本支出占一般公共预算总支出的比例"). */
  statement: string;
  baseName: string;
  amount: Money;
  base: Money;
  /** The percentage as printed, without %. */
  pct: string;
  baseDerived: boolean;
  /** A further condition the share must meet (a year-on-year direction), besides the interval check. */
  alsoRequired?: boolean;
}

/** A stated percentage against amount ÷ base, as intervals (DOMAIN §4). */
export function shareItem(i: ShareInput): CheckItem {
  const decimals = i.pct.includes('.') ? i.pct.length - i.pct.indexOf('.') - 1 : 0;
  const ok = percentConsistent(i.amount, i.base, i.pct) && i.alsoRequired !== false;
  const expectedPct = percentOf(i.amount.v, i.base.v, decimals);
  return {
    key: i.key,
    src: i.src,
    ...(i.related ? { related: i.related } : {}),
    subject: i.subject,
    statement: i.statement,
    baseName: i.baseName,
    base: fmt(i.base.v),
    amount: fmt(i.amount.v),
    pct: i.pct,
    expectedPct,
    status: ok ? 'ok' : 'mismatch',
    expectedText: `${expectedPct}%`,
    actualText: `${i.pct}%`,
    data: { amount: fmt(i.amount.v), base: fmt(i.base.v), baseDerived: i.baseDerived ? 'yes' : 'no', stated: i.pct, computed: expectedPct, tolerance: '按打印精度区间计算' },
  };
}

/** Effective share of a node on a base: its own, or its parent's when it merely restates it (均为项目支出). */
function shareOf(n: BudgetNode | undefined, baseId: string, byId: ReadonlyMap<string, BudgetNode>): ShareFact | undefined {
  if (!n) return undefined;
  const own = n.shares.find((s) => s.baseId === baseId);
  if (own) return own;
  const parent = n.parent ? byId.get(n.parent) : undefined;
  if (parent && n.amount && sameFact(parent.amount, n.amount)) return shareOf(parent, baseId, byId);
  return undefined;
}

export function shareChecks(nodes: readonly BudgetNode[], skipped: SkippedCheck[], tol: Tol): CheckItem[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: CheckItem[] = [];
  for (const n of nodes) {
    for (const sh of n.shares) {
      const a = tol.node(n, byId);
      if (!sh.baseId) {
        skipped.push({
          ruleId: 'share-mismatch',
          reason: sh.baseName ? `“占${sh.baseName}的${sh.pct}%”：无法确定基数“${sh.baseName}”` : `“占比${sh.pct}%”：未写明是占哪个总额的比例`,
          src: sh.src,
        });
        continue;
      }
      const baseNode = byId.get(sh.baseId);
      const b = tol.node(baseNode, byId);
      if (!a || !b || b.v - b.h <= 0n) {
        skipped.push({ ruleId: 'share-mismatch', reason: `“占${sh.baseName}的${sh.pct}%”：${baseNode?.name ?? sh.baseName}的金额未载明，也无法由各组成部分推算`, src: sh.src });
        continue;
      }
      const baseText = `${baseNode!.name}${baseNode!.derived ? '（由各部分推算）' : ''} ${fmt(b.v)} 万元`;
      out.push(
        shareItem({
          key: `share:${n.id}:${sh.baseId}`,
          src: sh.src,
          ...(baseNode?.amount ? { related: [{ src: baseNode.amount.src, text: baseText }] } : {}),
          subject: n.name,
          statement: `${n.name}占${sh.baseName}的比例`,
          baseName: sh.baseName,
          amount: a,
          base: b,
          pct: sh.pct,
          baseDerived: baseNode?.derived !== undefined,
        }),
      );
    }
  }
  return out.concat(shareGroupChecks(nodes, byId, tol));
}

/** Shares of parallel parts add up to their parent's share (or 100% of the parent itself). */
function shareGroupChecks(nodes: readonly BudgetNode[], byId: ReadonlyMap<string, BudgetNode>, tol: Tol): CheckItem[] {
  const out: CheckItem[] = [];
  for (const parent of nodes) {
    const children = nodes.filter((c) => c.parent === parent.id && c.amount && !c.id.endsWith('.personnel') && !c.id.endsWith('.public'));
    if (children.length < 2) continue;
    const pm = tol.node(parent, byId);
    const sumKids = addAll(children.map((c) => tol.money(c.amount!)));
    // only a complete set of parts (their amounts make up the parent) must add up
    if (!pm || abs(sumKids.v - pm.v) > sumKids.h + pm.h) continue;
    const bases = new Set(children.flatMap((c) => c.shares.map((s) => s.baseId).filter((b): b is string => b !== null)));
    for (const baseId of bases) {
      const parts = children.map((c) => c.shares.find((s) => s.baseId === baseId));
      if (parts.some((p) => p === undefined)) continue;
      const restates = parent.id === baseId || (parent.amount !== undefined && sameFact(parent.amount, byId.get(baseId)?.amount));
      const parentShare = restates ? undefined : shareOf(parent, baseId, byId);
      if (!restates && !parentShare) continue;
      const expected = restates ? { v: 100n * 10n ** 8n, h: 0n } : parsePct(parentShare!.pct);
      const sum = addAll(parts.map((p) => parsePct(p!.pct)));
      const diff = sum.v - expected.v;
      const tolerance = sum.h + expected.h;
      const status = abs(diff) <= tolerance ? 'ok' : 'mismatch';
      const baseName = byId.get(baseId)?.name ?? baseId;
      out.push({
        key: `shares:${parent.id}:${baseId}`,
        src: parts[0]!.src,
        related: parts.slice(1).map((p, i) => ({ src: p!.src, text: `${children[i + 1]!.name} ${p!.pct}%` })),
        parent: parent.name,
        baseName,
        parts: children.map((c, i) => `${c.name} ${parts[i]!.pct}%`).join(' + '),
        sum: fmt(sum.v),
        diff: fmt(abs(diff)),
        tolerance: fmt(tolerance),
        status,
        expectedSum: restates ? '100' : parentShare!.pct,
        expectedText: `${restates ? '100' : parentShare!.pct}%`,
        actualText: `${fmt(sum.v)}%`,
        data: { parts: children.map((c, i) => `${c.name} ${parts[i]!.pct}%`).join(' + '), sum: fmt(sum.v), expected: restates ? '100' : parentShare!.pct, diff: fmt(abs(diff)), tolerance: fmt(tolerance) },
      });
    }
  }
  return out;
}
