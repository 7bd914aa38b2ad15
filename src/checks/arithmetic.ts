/**
 * Arithmetic check facts (DOMAIN §3–§4): breakdown sums, the budget hierarchy, 专项 lists, shares
 * against their named base, and shares of parallel parts. Interval arithmetic in exact bigint:
 * a check fails only when the intervals of total and sum do not overlap.
 */
import type { AmountFact, BudgetNode, ShareFact, Src } from '../extract/model.js';
import { abs, decimalsOf, fmt, parsePct, percentConsistent, percentOf, type Money } from '../extract/money.js';
import { MONEY_SHIFT } from '../extract/lexicon.js';
import { quantity, ratioOfMoney } from './quantity.js';
import { hundredLeaf, leaf, setEquation, type Leaf, type Operand } from './consequences.js';
import type { Tol } from './tolerance.js';
import type { CheckItem, SkippedCheck } from './types.js';

export interface SumInput {
  kind: 'amount' | 'hierarchy' | 'special' | 'sangong' | 'yoy' | 'score';
  /** Unit shown in messages (default 万元). */
  unit?: string;
  /**
   * The unit every money figure of the check was printed in (亿元, 元): the 万元 amounts are shown
   * in it, so the message quotes the report's own figures (94.28 亿元, not 942800.00 万元).
   */
  printedIn?: string;
  /** Decimals the sum, difference and tolerance are printed with (default 2, scores 0; counts: theirs). */
  decimals?: number;
  key: string;
  subject: string;
  dimension: string;
  /** The dimension in English when the code named it (not a heading quoted from the report). */
  dimensionEn?: string;
  /** The subject in English when the code named it. */
  subjectEn?: string;
  side?: string;
  total: Money;
  totalPrinted: string;
  items: { money: Money; label: string; src?: Src }[];
  src?: Src;
  /** Only a sum above the total is wrong (the list may be incomplete). */
  partialAllowed?: boolean;
  /** Extra absolute tolerance (config), in 10^-8 of the unit. */
  extra?: bigint;
  /**
   * The printed figures the total and each item stand for (checks/consequences.ts), worked out
   * only when failing checks are grouped: most checks agree and never need them.
   */
  eq?: () => { total: Operand; parts: readonly Operand[] };
}

/** Compare a total with the sum of its items as intervals. */
export function sumCheck(given: SumInput): CheckItem {
  const input = inPrintedUnit(given);
  const d = input.decimals ?? (input.kind === 'score' ? 0 : 2);
  const unit = input.unit ?? '万元';
  // one plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey
  // arrays); each figure is formatted once: a report has some sixty of these checks
  let sumV = 0n;
  let sumH = 0n;
  const parts: string[] = [];
  const partValues: string[] = [];
  const partNames: string[] = [];
  const related: { src: Src; text: string }[] = [];
  for (let k = 0; k < input.items.length; k++) {
    const i = input.items[k]!;
    sumV += i.money.v;
    sumH += i.money.h;
    const printed = fmt(i.money.v, d);
    parts.push(`${i.label} ${printed}`);
    partNames.push(i.label);
    partValues.push(printed);
    if (i.src && i.src !== input.src) related.push({ src: i.src, text: `${i.label} ${printed} ${unit}` });
  }
  // joined, not built up with +=: a flat string, not a rope of every piece (findings keep it)
  const items = parts.join(' + ');
  const sum: Money = { v: sumV, h: sumH };
  const diff = sum.v - input.total.v;
  const tolerance = sum.h + input.total.h + (input.extra ?? 0n);
  // the rules compare these two as intervals; the configured extra tolerance widens the sum's
  const sumQ = quantity({ v: sumV, h: sumH + (input.extra ?? 0n) }, unit, fmt(sumV, d));
  const totalQ = quantity(input.total, unit, input.totalPrinted);
  const within = abs(diff) <= tolerance;
  // (parts that may name some of the total fall short of it by design: under it is no rounding difference)
  const status = input.partialAllowed && diff < 0n ? 'partial' : within ? (diff === 0n ? 'ok' : 'rounding') : 'mismatch';
  const sumText = fmt(sum.v, d);
  const diffText = fmt(abs(diff), d);
  const tolText = fmt(tolerance, d);
  const item: CheckItem = {
    key: `${input.kind}:${input.key}:${input.dimension}${input.side ? ':' + input.side : ''}`,
    ...(input.src ? { src: input.src } : {}),
    related,
    kind: input.kind,
    subject: input.subject,
    // the parts' names (a hierarchy's message names them: 基本支出与项目支出之和)
    partNames,
    dimension: input.dimension,
    ...(input.dimensionEn !== undefined ? { dimensionEn: input.dimensionEn } : {}),
    ...(input.subjectEn !== undefined ? { subjectEn: input.subjectEn } : {}),
    side: input.side ?? '',
    check: input.kind === 'sangong' ? 'sangong-sum' : 'sum',
    complete: input.partialAllowed !== true,
    total: totalQ,
    sum: sumQ,
    diff: diffText,
    tolerance: tolText,
    status,
    itemCount: input.items.length,
    unitText: unit,
    expectedText: `${input.totalPrinted} ${unit}`,
    actualText: `${sumText} ${unit}`,
    data: { total: input.totalPrinted, sum: sumText, diff: diffText, tolerance: tolText, items },
    values: { total: input.totalPrinted, parts: partValues, unit },
  };
  const eq = input.eq;
  if (eq) setEquation(item, () => ({ kind: 'sum', ...eq(), partial: input.partialAllowed === true, extra: input.extra ?? 0n }));
  return item;
}

/**
 * A 万元 amount in another money unit, exactly, or undefined when it is not a whole number of
 * 10^-8 of that unit (a 亿元 figure printed with more than four decimals).
 */
export function moneyIn(m: Money, unit: string): Money | undefined {
  const shift = MONEY_SHIFT[unit];
  if (shift === undefined || shift === 0) return shift === 0 ? m : undefined;
  if (shift < 0) {
    const k = 10n ** BigInt(-shift);
    return { v: m.v * k, h: m.h * k };
  }
  const k = 10n ** BigInt(shift);
  return m.v % k === 0n && m.h % k === 0n ? { v: m.v / k, h: m.h / k } : undefined;
}

/** The unit stated amounts were all printed in, when one and not 万元 (else undefined). */
export function printedUnit(facts: readonly (AmountFact | undefined)[]): string | undefined {
  let unit: string | undefined;
  for (const f of facts) {
    if (f === undefined) continue;
    if (unit === undefined) unit = f.unit;
    else if (f.unit !== unit) return undefined;
  }
  return unit === '万元' ? undefined : unit;
}

/** A money check given in 万元, shown in the unit its figures were printed in (when exact). */
function inPrintedUnit(input: SumInput): SumInput {
  const unit = input.printedIn;
  if (unit === undefined || (input.unit ?? '万元') !== '万元') return input;
  const total = moneyIn(input.total, unit);
  const extra = moneyIn({ v: input.extra ?? 0n, h: 0n }, unit);
  const items: SumInput['items'] = [];
  for (const i of input.items) {
    const m = moneyIn(i.money, unit);
    if (m === undefined) return input;
    items.push({ ...i, money: m });
  }
  if (total === undefined || extra === undefined) return input;
  return { ...input, unit, total, totalPrinted: fmt(total.v), items, extra: extra.v };
}

/** The same printed figure (one place in the text), also after a YAML round trip. */
function sameFact(a: AmountFact | undefined, b: AmountFact | undefined): boolean {
  return a !== undefined && b !== undefined && a.value === b.value && a.src.line === b.src.line && a.src.column === b.src.column;
}

function amountItem(a: AmountFact, tol: Tol): { money: Money; label: string; src: Src } {
  return { money: tol.money(a), label: a.label, src: a.src };
}

/** A stated amount as the figure a check uses (in 万元), named as printed (98760.00元, not its 万元 value). */
export function amountLeaf(a: AmountFact, tol: Tol): Leaf {
  return leaf(a.src, tol.money(a), a.printed.replace(/[^\d.-]/g, ''), a.unit, '万元');
}

/** The printed figures a node's value stands for: its own, or (derived) its parts'; nil: none. */
function nodeOperand(n: BudgetNode | undefined, budget: Budget, tol: Tol): Leaf[] | undefined {
  if (!n) return undefined;
  if (n.amount) return [amountLeaf(n.amount, tol)];
  if (n.nil) return [];
  if (!n.derived) return undefined;
  const out: Leaf[] = [];
  for (const id of n.derived.from) {
    const o = nodeOperand(budget.byId.get(id), budget, tol);
    if (o) for (const l of o) out.push(l);
  }
  return out;
}

/**
 * What the checks of one report's budget nodes look up again and again: nodes by id, children by
 * parent id (in node order), and each node's value (memoised by the report's Tol).
 * Plain loops: these checks run on every report, and closures over arrays were the larger part of
 * their cost (and of the optimising compiler's work in a batch).
 */
interface Budget {
  byId: ReadonlyMap<string, BudgetNode>;
  kids(id: string): readonly BudgetNode[];
  value(n: BudgetNode | undefined): Money | undefined;
}

const NO_KIDS: readonly BudgetNode[] = [];

function budgetOf(nodes: readonly BudgetNode[], tol: Tol): Budget {
  const byId = new Map<string, BudgetNode>();
  const kids = new Map<string, BudgetNode[]>();
  for (const n of nodes) {
    byId.set(n.id, n);
    if (n.parent === undefined) continue;
    const list = kids.get(n.parent);
    if (list) list.push(n);
    else kids.set(n.parent, [n]);
  }
  return { byId, kids: (id) => kids.get(id) ?? NO_KIDS, value: (n) => tol.node(n, byId) };
}

/** A 专项 under a 项目支出: gpb.project.1, gov.project.h2 … */
function isSpecialId(id: string): boolean {
  return /\.h?\d+$/.test(id);
}

export function breakdownChecks(nodes: readonly BudgetNode[], skipped: SkippedCheck[], tol: Tol): CheckItem[] {
  const budget = budgetOf(nodes, tol);
  const out: CheckItem[] = [];
  for (const n of nodes) {
    const stated = n.amount ? tol.money(n.amount) : undefined;
    const statedText = stated ? fmt(stated.v) : '';
    for (const b of n.breakdowns) {
      if (!stated) {
        skipped.push({ check: 'sum', why: 'no-total', fields: { name: n.name, dimension: b.dimension }, src: b.src });
        continue;
      }
      const items: SumInput['items'] = [];
      for (const i of b.items) items.push(amountItem(i, tol));
      out.push(
        sumCheck({
          kind: 'amount',
          key: n.id,
          subject: n.name,
          dimension: b.dimension,
          total: stated,
          totalPrinted: statedText,
          items,
          extra: tol.extra,
          src: b.src,
          printedIn: printedUnit([n.amount, ...b.items]),
          ...(b.partial ? { partialAllowed: true } : {}),
          eq: () => ({ total: [amountLeaf(n.amount!, tol)], parts: b.items.map((i) => [amountLeaf(i, tol)]) }),
        }),
      );
    }
    // hierarchy: a stated total against its stated (or derived) parts
    const parts = stated ? hierarchyParts(n, budget.byId) : undefined;
    if (stated && parts) {
      const items: SumInput['items'] = [];
      const names: string[] = [];
      for (const p of parts) {
        const m = budget.value(p);
        if (m === undefined) break;
        items.push(p.amount ? { money: m, label: p.name, src: p.amount.src } : { money: m, label: p.name });
        names.push(p.name);
      }
      if (items.length === parts.length) {
        const check = sumCheck({
          kind: 'hierarchy',
          extra: tol.extra,
          key: n.id,
          subject: n.name,
          dimension: `=${names.join('+')}`,
          total: stated,
          totalPrinted: statedText,
          items,
          src: n.amount!.src,
          // parts derived from their own parts (not printed) keep the check in 万元
          printedIn: parts.every((p) => p.amount !== undefined) ? printedUnit([n.amount, ...parts.map((p) => p.amount)]) : undefined,
          eq: () => ({ total: [amountLeaf(n.amount!, tol)], parts: parts.map((p) => nodeOperand(p, budget, tol) ?? []) }),
        });
        // ("按资金来源分，一般公共预算支出1312.56万元…；政府性基金预算支出273.86万元…。按支出性质分，基本支出742.18万元，占总支出的
        // 46.78%；项目支出844.24万元，占总支出的53.22%": parts stated as shares of another whole, none of this node, break down
        // that whole: not checked against this node, listed as skipped)
        const ownShares = parts.flatMap((p) => p.shares);
        const other = check.status === 'mismatch' && ownShares.length > 0 && ownShares.every((x) => x.baseId !== n.id && x.baseName !== n.name && !n.name.endsWith(x.baseName)) ? ownShares[0]!.baseName : undefined;
        if (other !== undefined) skipped.push({ check: 'sum', why: 'parts-of-another', fields: { name: n.name, parts: names.join('、'), base: other }, src: n.amount!.src });
        else out.push(check);
      }
    }
    // 专项 listed under a 项目支出: their sum may not exceed it
    const items: SumInput['items'] = [];
    const specials: AmountFact[] = [];
    let firstSrc: Src | undefined;
    for (const c of budget.kids(n.id)) {
      if (!c.amount || !isSpecialId(c.id)) continue;
      items.push({ money: tol.money(c.amount), label: c.name, src: c.amount.src });
      specials.push(c.amount);
      firstSrc ??= c.amount.src;
    }
    const total = items.length > 0 ? budget.value(n) : undefined;
    if (total) {
      const src = n.amount ? n.amount.src : firstSrc;
      out.push(
        sumCheck({
          kind: 'special',
          extra: tol.extra,
          key: n.id,
          subject: n.name,
          dimension: '所列专项资金',
          dimensionEn: 'the special funds listed',
          total,
          totalPrinted: fmt(total.v),
          items,
          ...(src ? { src } : {}),
          partialAllowed: true,
          eq: () => ({ total: nodeOperand(n, budget, tol) ?? [], parts: specials.map((a) => [amountLeaf(a, tol)]) }),
        }),
      );
    }
  }
  return out;
}

const FUNDS = new Set(['gpb', 'gov', 'soe', 'ssf']);

function hierarchyParts(n: BudgetNode, byId: ReadonlyMap<string, BudgetNode>): BudgetNode[] | undefined {
  const pick = (ids: string[]): BudgetNode[] | undefined => {
    const ps: BudgetNode[] = [];
    for (const id of ids) {
      const p = byId.get(id);
      if (p === undefined) return undefined;
      ps.push(p);
    }
    return ps;
  };
  if (n.id === 'total') return pick(['gpb', 'gov', 'soe', 'ssf']);
  if (FUNDS.has(n.id)) {
    const ps = pick([`${n.id}.basic`, `${n.id}.project`]);
    return ps && !sameFact(ps[0]!.amount, n.amount) && !sameFact(ps[1]!.amount, n.amount) ? ps : undefined;
  }
  if (n.id.endsWith('.basic')) return pick([`${n.id}.personnel`, `${n.id}.public`]);
  return undefined;
}

export interface ShareInput {
  key: string;
  src: Src;
  related?: { src: Src; text: string }[];
  subject: string;
  /** What the percentage states (the message words each kind its own way). */
  shareKind: 'share' | 'change' | 'execution' | 'rate';
  /** A change's direction (change). */
  direction?: 'up' | 'down';
  /** The figures a rate divides (rate): 执行数 ÷ 预算数, as labelled in the report. */
  numeratorName?: string;
  denominatorName?: string;
  baseName: string;
  /** The base's name in English when the code named it. */
  baseNameEn?: string;
  amount: Money;
  base: Money;
  /** The unit amount and base are in (default 万元). */
  unit?: string;
  /** Decimals amount and base are printed with (default 2; counts: theirs, 8 ÷ 10 公里). */
  decimals?: number;
  /** The percentage as printed, without %. */
  pct: string;
  baseDerived: boolean;
  /** A further condition the share must meet (a year-on-year direction), besides the interval check. */
  alsoRequired?: boolean;
  /**
   * The printed figures amount and base stand for, and the percentage (checks/consequences.ts),
   * worked out only when failing checks are grouped; undefined: no equation (a base not printed).
   */
  eq?: () => { num: Operand; den: Operand; pct: Leaf } | undefined;
}

/** A stated percentage against amount ÷ base, as intervals (DOMAIN §4). */
export function shareItem(i: ShareInput): CheckItem {
  const decimals = decimalsOf(i.pct);
  const ok = percentConsistent(i.amount, i.base, i.pct) && i.alsoRequired !== false;
  const expectedPct = percentOf(i.amount.v, i.base.v, decimals);
  const amount = fmt(i.amount.v, i.decimals ?? 2);
  const base = fmt(i.base.v, i.decimals ?? 2);
  const item: CheckItem = {
    key: i.key,
    src: i.src,
    ...(i.related ? { related: i.related } : {}),
    subject: i.subject,
    shareKind: i.shareKind,
    direction: i.direction ?? '',
    numeratorName: i.numeratorName ?? '',
    denominatorName: i.denominatorName ?? '',
    baseName: i.baseName,
    ...(i.baseNameEn !== undefined ? { baseNameEn: i.baseNameEn } : {}),
    base,
    amount,
    unitText: i.unit ?? '万元',
    check: 'share',
    pct: quantity(parsePct(i.pct), '%', i.pct),
    expected: ratioOfMoney(i.amount, i.base, expectedPct) ?? null,
    directionAgrees: i.alsoRequired !== false,
    expectedPct,
    status: ok ? 'ok' : 'mismatch',
    expectedText: `${expectedPct}%`,
    actualText: `${i.pct}%`,
    data: { amount, base, baseDerived: i.baseDerived ? 'yes' : 'no', stated: i.pct, computed: expectedPct, tolerance: '按打印精度区间计算' },
    values: { pct: i.pct, part: amount, base, expected: expectedPct },
  };
  const eq = i.eq;
  if (eq && i.alsoRequired === undefined) {
    setEquation(item, () => {
      const e = eq();
      return e && { kind: 'ratio', ...e };
    });
  }
  return item;
}

/** A printed percentage as the figure a check uses. */
export function pctLeaf(src: Src, pct: string): Leaf {
  return leaf(src, parsePct(pct), pct, '%', '%');
}

/** A node's own stated share of a base. */
function shareOn(n: BudgetNode, baseId: string): ShareFact | undefined {
  for (const s of n.shares) if (s.baseId === baseId) return s;
  return undefined;
}

/** Effective share of a node on a base: its own, or its parent's when it merely restates it (均为项目支出). */
function shareOf(n: BudgetNode | undefined, baseId: string, byId: ReadonlyMap<string, BudgetNode>): ShareFact | undefined {
  if (!n) return undefined;
  const own = shareOn(n, baseId);
  if (own) return own;
  const parent = n.parent ? byId.get(n.parent) : undefined;
  if (parent && n.amount && sameFact(parent.amount, n.amount)) return shareOf(parent, baseId, byId);
  return undefined;
}

/**
 * `statedElsewhere`: the places of shares whose base the budget reading derived where the relation reader found a figure stated by that
 * name which the share agrees with. Where the share does not agree with the derived base, it is of the stated one: left to the relation
 * checks and added to `deferred`.
 */
export function shareChecks(nodes: readonly BudgetNode[], skipped: SkippedCheck[], tol: Tol, statedElsewhere: ReadonlySet<string> = new Set(), deferred: Set<string> = new Set()): CheckItem[] {
  const budget = budgetOf(nodes, tol);
  const out: CheckItem[] = [];
  for (const n of nodes) {
    for (const sh of n.shares) {
      const place = `${sh.src.line}:${sh.src.column}`;
      if (statedElsewhere.has(place)) {
        const a = budget.value(n);
        const b = budget.value(sh.baseId ? budget.byId.get(sh.baseId) : undefined);
        if (!a || !b || b.v - b.h <= 0n || !percentConsistent(a, b, sh.pct)) {
          deferred.add(place);
          continue;
        }
      }
      if (!sh.baseId) {
        skipped.push({ check: 'share', why: sh.baseName ? 'base-unknown' : 'base-unnamed', fields: { baseName: sh.baseName, pct: sh.pct }, src: sh.src });
        continue;
      }
      const a = budget.value(n);
      const baseNode = budget.byId.get(sh.baseId);
      const b = budget.value(baseNode);
      if (!a || !b || b.v - b.h <= 0n) {
        skipped.push({ check: 'share', why: 'base-missing', fields: { baseName: sh.baseName, pct: sh.pct, base: baseNode?.name ?? sh.baseName }, src: sh.src });
        continue;
      }
      const baseText = `${baseNode!.name}${baseNode!.derived ? '（由各部分推算）' : ''} ${fmt(b.v)} 万元`;
      out.push(
        shareItem({
          key: `share:${n.id}:${sh.baseId}`,
          src: sh.src,
          ...(baseNode?.amount ? { related: [{ src: baseNode.amount.src, text: baseText }] } : {}),
          subject: n.name,
          shareKind: 'share',
          baseName: sh.baseName,
          amount: a,
          base: b,
          pct: sh.pct,
          baseDerived: baseNode?.derived !== undefined,
          eq: () => eqOf(nodeOperand(n, budget, tol), nodeOperand(baseNode, budget, tol), pctLeaf(sh.src, sh.pct)),
        }),
      );
    }
  }
  shareGroupChecks(nodes, budget, tol, out);
  return out;
}

function eqOf(num: Operand | undefined, den: Operand | undefined, pct: Leaf): { num: Operand; den: Operand; pct: Leaf } | undefined {
  return num && den ? { num, den, pct } : undefined;
}

/** Shares of parallel parts add up to their parent's share (or 100% of the parent itself). */
function shareGroupChecks(nodes: readonly BudgetNode[], budget: Budget, tol: Tol, out: CheckItem[]): void {
  const { byId } = budget;
  for (const parent of nodes) {
    const children: BudgetNode[] = [];
    for (const c of budget.kids(parent.id)) {
      if (c.amount && !c.id.endsWith('.personnel') && !c.id.endsWith('.public')) children.push(c);
    }
    if (children.length < 2) continue;
    const pm = budget.value(parent);
    if (!pm) continue;
    let kidsV = 0n;
    let kidsH = 0n;
    for (const c of children) {
      const m = tol.money(c.amount!);
      kidsV += m.v;
      kidsH += m.h;
    }
    // only a complete set of parts (their amounts make up the parent) must add up
    if (abs(kidsV - pm.v) > kidsH + pm.h) continue;
    // arrays and index loops, not a Set and find(): this function was the optimising compiler's
    // costliest job in a batch
    const bases: string[] = [];
    for (const c of children) for (const s of c.shares) if (s.baseId !== null && !bases.includes(s.baseId)) bases.push(s.baseId);
    for (let b = 0; b < bases.length; b++) {
      const baseId = bases[b]!;
      const parts: ShareFact[] = [];
      for (const c of children) {
        const p = shareOn(c, baseId);
        if (p === undefined) break;
        parts.push(p);
      }
      if (parts.length < children.length) continue;
      const restates = parent.id === baseId || (parent.amount !== undefined && sameFact(parent.amount, byId.get(baseId)?.amount));
      const parentShare = restates ? undefined : shareOf(parent, baseId, byId);
      if (!restates && !parentShare) continue;
      const expected = restates ? { v: 100n * 10n ** 8n, h: 0n } : parsePct(parentShare!.pct);
      let sumV = 0n;
      let sumH = 0n;
      for (const p of parts) {
        const m = parsePct(p.pct);
        sumV += m.v;
        sumH += m.h;
      }
      const diff = sumV - expected.v;
      const tolerance = sumH + expected.h;
      const status = abs(diff) <= tolerance ? 'ok' : 'mismatch';
      const baseName = byId.get(baseId)?.name ?? baseId;
      const texts: string[] = [];
      const related: { src: Src; text: string }[] = [];
      for (let i = 0; i < parts.length; i++) {
        const text = `${children[i]!.name} ${parts[i]!.pct}%`;
        texts.push(text);
        if (i > 0) related.push({ src: parts[i]!.src, text });
      }
      const partsText = texts.join(' + ');
      const sumText = fmt(sumV);
      const diffText = fmt(abs(diff));
      const tolText = fmt(tolerance);
      const expectedSum = restates ? '100' : parentShare!.pct;
      const item: CheckItem = {
        key: `shares:${parent.id}:${baseId}`,
        src: parts[0]!.src,
        related,
        parent: parent.name,
        baseName,
        check: 'share-group',
        parts: partsText,
        sum: quantity({ v: sumV, h: sumH }, '%', sumText),
        diff: diffText,
        tolerance: tolText,
        status,
        expectedSum: quantity(expected, '%', expectedSum),
        expectedText: `${expectedSum}%`,
        actualText: `${sumText}%`,
        data: { parts: partsText, sum: sumText, expected: expectedSum, diff: diffText, tolerance: tolText },
      };
      // one wrong percentage also makes its share check fail: both are one problem (consequences.ts)
      const key = item.key as string;
      setEquation(item, () => ({
        kind: 'sum',
        total: [restates ? hundredLeaf(key) : pctLeaf(parentShare!.src, parentShare!.pct)],
        parts: parts.map((p) => [pctLeaf(p.src, p.pct)]),
        partial: false,
        extra: 0n,
      }));
      out.push(item);
    }
  }
}
