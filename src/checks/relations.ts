/**
 * Check facts of the relations the relation reader found anywhere in the text (extract/relations.ts):
 * sums, shares, changes and rates, in the same interval arithmetic as the budget checks. A relation
 * the budget hierarchy already checks (its figures are budget facts) is left to it: one relation,
 * one check.
 */
import type { AmountFact, FigureFact, RelationFact, ReportModel, Src } from '../extract/model.js';
import { MONEY_SHIFT, PHYSICAL_UNITS } from '../extract/lexicon.js';
import { abs, fmt, percentConsistent, SCALE, type Money } from '../extract/money.js';
import { pctLeaf, shareItem, sumCheck, type SumInput } from './arithmetic.js';
import { hundredLeaf, leaf, setEquation, type Leaf } from './consequences.js';
import { SHARE_STRUCTURE } from '../extract/hierarchy.js';
import { exactQuantity, quantity, valueOf } from './quantity.js';
import type { CheckItem, SkippedCheck } from './types.js';

const at = (s: Src): string => `${s.line}:${s.column}`;

/** Whether part ÷ base, each rounded as printed, can be the printed percentage (as the share checks take them). */
function shareFits(part: FigureFact, base: FigureFact, pct: string): boolean {
  const unit = commonUnit([part, base]);
  const d = maxDecimals([part, base]);
  const b = valueOf(base, unit, d);
  return b.v - b.h > 0n && percentConsistent(valueOf(part, unit, d), b, pct);
}

/**
 * The places of the budget shares whose base no figure states (the budget reading derives it from its parts, as the four budgets
 * make the whole) but the relation reader found stated by name: "支出合计2318.46万元" … "占年度整体总支出的61.54%" where other funds
 * outside the four budgets make the whole more than their sum. Where the share agrees with that figure, it is the base meant (as
 * with any two figures a share may be of: wrong only if it agrees with neither); the relation checks check them.
 */
export function sharesOfStatedBase(m: ReportModel): Set<string> {
  const out = new Set<string>();
  let stated: Set<string> | undefined;
  for (const n of m.budget) {
    for (const s of n.shares) {
      const base = s.baseId ? m.budget.find((x) => x.id === s.baseId) : undefined;
      if (!base || base.amount) continue;
      stated ??= new Set((m.relations ?? []).filter((r) => r.relation === 'share' && r.base && r.part && r.pct && shareFits(r.part, r.base, r.pct.number)).map((r) => at(r.src)));
      if (stated.has(at(s.src))) out.add(at(s.src));
    }
  }
  return out;
}

/**
 * Places of every figure the budget, 三公 and share facts already stand for; a budget figure's also
 * as `budget:line:column` (the budget checks check its shares; nothing checks a 三公 item's).
 */
function budgetPlaces(m: ReportModel, ofStated: ReadonlySet<string>): Set<string> {
  const places = new Set<string>();
  const add = (a: AmountFact | undefined): void => {
    if (a) {
      places.add(at(a.src));
      places.add(`budget:${at(a.src)}`);
    }
  };
  for (const n of m.budget) {
    add(n.amount);
    for (const b of n.breakdowns) for (const i of b.items) add(i);
    add(n.yoy?.change);
    add(n.yoy?.prior);
    add(n.execution?.budget);
    add(n.execution?.spent);
    // a rate of this pair is the execution check's (the pair's figures alone do not make it so:
    // "决算数为预算数的82.50%" of the 三公 figures is checked nowhere else)
    if (n.execution) places.add(`rate:${at(n.execution.spent.src)}:${at(n.execution.budget.src)}`);
    // (a share whose base the budget reading could not name is left to the relation reader, which
    // may find it by name: 占支出合计的… after 支出合计 stated sentences before)
    for (const s of n.shares) places.add(ofStated.has(at(s.src)) ? `stated:${at(s.src)}` : s.baseId ? `share:${at(s.src)}` : `unresolved:${at(s.src)}`);
  }
  for (const side of [m.sangong.budget, m.sangong.actual]) {
    if (side.total) places.add(at(side.total.src));
    // (items of a side whose total the 三公 reader did not read, "全年实际支出10.37万元，…，其中：因公出国（境）费0万元；…",
    // are summed by no 三公 check: a sum of them read here is checked here)
    for (const v of Object.values(side.items)) if (v !== 'nil') places.add(side.total ? at(v.src) : `sangong-item:${at(v.src)}`);
    // the 三公 total's own 同比 is checked with it (yoy:sangong.*): the same change is one check
    if (side.yoy?.change) places.add(at(side.yoy.change.src));
    if (side.yoy?.prior) places.add(at(side.yoy.prior.src));
  }
  return places;
}

function commonUnit(fs: readonly FigureFact[]): string {
  const u = fs[0]!.unit;
  return fs.every((f) => f.unit === u) ? u : fs[0]!.family === 'money' ? '万元' : u;
}

/** Counts (个, 人, 公里) are printed as counted, 5 个, not 5.00 个; money keeps the checks' 2 decimals. */
function countDecimals(fs: readonly FigureFact[]): { decimals?: number } {
  return fs.every((f) => f.family !== 'money') ? { decimals: Math.max(...fs.map((f) => f.decimals)) } : {};
}

function maxDecimals(fs: readonly FigureFact[]): number {
  let d = 0;
  // (scores too: "决策得18.5分，过程得17分" are one decimal's points, 17 being 17.0, not anything from 16.5 to 17.5)
  for (const f of fs) if ((f.family === 'money' || f.family === 'score') && f.decimals > d) d = f.decimals;
  return d;
}

/** A figure as a check in `unit` uses it (checks/consequences.ts). */
function figLeaf(f: FigureFact, unit: string, d: number): Leaf {
  return leaf(f.src, valueOf(f, unit, d), f.number, f.unit, unit);
}

/**
 * A figure as printed, in the check's unit: a money figure printed in another unit (1.2亿元 among
 * 万元 parts) is shown converted (12000), so a value and its `unit` always go together.
 */
function shownIn(f: FigureFact, unit: string): string {
  const shift = f.family === 'money' ? (MONEY_SHIFT[f.unit] ?? 0) - (MONEY_SHIFT[unit] ?? 0) : 0;
  return shift === 0 ? f.number : fmt(valueOf(f, unit, 0).v, SCALE).replace(/\.?0+$/, '');
}

function unitText(unit: string): string {
  return unit === '' ? '' : unit;
}

/** The first approximate figure a relation compares, if any. */
function approximateIn(r: RelationFact): FigureFact | undefined {
  for (const f of [r.total, ...(r.parts ?? []), r.part, r.pct, r.base, r.current, r.prior, r.change, r.rate, r.numerator, r.denominator]) if (f?.approximate) return f;
  return undefined;
}

/** `deferred`: the budget shares left to the relation checks (see shareChecks). */
export function relationItems(m: ReportModel, skipped: SkippedCheck[], deferred: ReadonlySet<string> = new Set()): { sums: CheckItem[]; shares: CheckItem[]; groups: CheckItem[] } {
  const sums: CheckItem[] = [];
  const shares: CheckItem[] = [];
  const rels = m.relations ?? [];
  if (rels.length === 0) return { sums, shares, groups: [] };
  const places = budgetPlaces(m, deferred);
  const seen = new Set<string>();
  for (const r of rels) {
    // 约100万元, 300万元左右, 100-150万元: no exact relation holds of an approximate figure
    const rough = approximateIn(r);
    if (rough) {
      if (r.shape !== SHARE_STRUCTURE) skipped.push({ check: r.relation === 'sum' ? 'sum' : 'share', why: 'approximate', fields: { name: r.subject, figure: `${rough.number}${rough.unit}` }, src: rough.src });
      continue;
    }
    if (r.relation === 'sum') sumOf(r, places, seen, sums, skipped);
    else if (r.relation === 'share') shareOf(r, places, seen, shares, skipped);
    else if (r.relation === 'change') changeOf(r, places, seen, sums, shares);
    // (a rate whose figures no reader found: not checked, and said so, unless another check covers it: checks/index.ts)
    else if (r.numerator === undefined || r.denominator === undefined) skipped.push({ check: 'share', why: 'rate-unread', fields: { name: r.subject, pct: r.rate!.number }, src: r.rate!.src });
    else rateOf(r, places, seen, shares);
  }
  // a share the budget checks could not make (its base unnamed there) and made here is not skipped
  const made = new Set(shares.map((i) => (i.src ? `${i.src.line}:${i.src.column}` : '')));
  for (let k = skipped.length - 1; k >= 0; k--) {
    const x = skipped[k]!;
    if (x.check === 'share' && x.src && made.has(`${x.src.line}:${x.src.column}`)) skipped.splice(k, 1);
  }
  return { sums, shares, groups: shareGroups(rels, places) };
}

/**
 * Shares of one base whose parts make up that base (基本支出 + 项目支出 = 支出合计) must add up to
 * 100%: checked on the printed percentages, each an interval of its last digit.
 */
function shareGroups(rels: readonly RelationFact[], places: Set<string>): CheckItem[] {
  const byBase = new Map<string, RelationFact[]>();
  for (const r of rels) {
    if (r.relation !== 'share' || !r.base || places.has(`share:${at(r.src)}`) || approximateIn(r)) continue;
    const k = at(r.base.src);
    const list = byBase.get(k);
    if (list) list.push(r);
    else byBase.set(k, [r]);
  }
  const out: CheckItem[] = [];
  for (const all of byBase.values()) {
    if (all.length < 2) continue;
    const base = all[0]!.base!;
    const unit = commonUnit([base, ...all.map((g) => g.part!)]);
    const d = maxDecimals([base, ...all.map((g) => g.part!)]);
    const b = valueOf(base, unit, d);
    const makesBase = (group: readonly RelationFact[]): boolean => {
      let pv = 0n;
      let ph = 0n;
      for (const g of group) {
        const v = valueOf(g.part!, unit, d);
        pv += v.v;
        ph += v.h;
      }
      return abs(pv - b.v) <= ph + b.h;
    };
    // the parts are not the whole base: their shares need not make 100%; but a run of them, one after another in the
    // text, may ("前三季度累计支出…，占全年支出的71.10%" before "1.基本支出…，占全年支出的10.48%" and "2.项目支出…，占…89.52%")
    let group: readonly RelationFact[] | undefined = makesBase(all) ? all : undefined;
    for (let len = all.length - 1; len >= 2 && !group; len--) {
      for (let from = 0; from + len <= all.length && !group; from++) if (makesBase(all.slice(from, from + len))) group = all.slice(from, from + len);
    }
    if (!group) continue;
    out.push(hundredItem(`shares:rel:${at(base.src)}`, group.map((g) => ({ subject: g.subject, pct: g.pct!, src: g.src })), base.label, group[0]!.baseName || base.label));
  }
  // the shares of the parts of one whole, stated without amounts (基本支出占…，项目支出占…)
  for (const r of rels) {
    if (r.relation !== 'sum' || r.shape !== SHARE_STRUCTURE || places.has(`share:${at(r.src)}`) || approximateIn(r)) continue;
    out.push(hundredItem(`shares:structure:${at(r.src)}`, (r.parts ?? []).map((p) => ({ subject: p.label, pct: p, src: p.src })), r.subject, r.subject));
  }
  return out;
}

/** Percentages that together make their whole must add up to 100%, each an interval of its last digit. */
function hundredItem(key: string, parts: readonly { subject: string; pct: FigureFact; src: Src }[], parent: string, baseName: string): CheckItem {
  let sv = 0n;
  let sh = 0n;
  for (const g of parts) {
    const p = valueOf(g.pct, '%', 0);
    sv += p.v;
    sh += p.h;
  }
  const hundred = 100n * 10n ** BigInt(SCALE);
  const diff = sv - hundred;
  const status = abs(diff) <= sh ? 'ok' : 'mismatch';
  const partsText = parts.map((g) => `${g.subject} ${g.pct.number}%`).join(' + ');
  const sumText = fmtPct(sv);
  const diffText = fmtPct(abs(diff));
  const tolText = fmtPct(sh);
  const item: CheckItem = {
    key,
    src: parts[0]!.src,
    related: parts.slice(1).map((g) => ({ src: g.src, text: `${g.subject} ${g.pct.number}%` })),
    parent,
    baseName,
    check: 'share-group',
    parts: partsText,
    sum: quantity({ v: sv, h: sh }, '%', sumText),
    diff: diffText,
    tolerance: tolText,
    status,
    expectedSum: exactQuantity(100, '%', '100'),
    expectedText: '100%',
    actualText: `${sumText}%`,
    data: { parts: partsText, sum: sumText, expected: '100', diff: diffText, tolerance: tolText },
    values: { total: '100', parts: parts.map((g) => g.pct.number), unit: '%' },
  };
  // one wrong percentage also makes its share check fail: both are one problem (consequences.ts)
  setEquation(item, () => ({ kind: 'sum', total: [hundredLeaf(key)], parts: parts.map((g) => [pctLeaf(g.pct.src, g.pct.number)]), partial: false, extra: 0n }));
  return item;
}

function fmtPct(v: bigint): string {
  const s = v.toString().padStart(SCALE + 1, '0');
  const int = s.slice(0, -SCALE);
  const frac = s.slice(-SCALE).replace(/0+$/, '');
  return frac.length >= 2 ? `${int}.${frac}` : `${int}.${frac.padEnd(2, '0')}`;
}

/** What a sum's parts are, by the shape read (a list after its total unless named here). */
const DIMENSION: Readonly<Record<string, string>> = { 表格合计行: '各行', 实有与空编: '实有与空编', 编制与超编: '编制与超编' };
const DIMENSION_EN: Readonly<Record<string, string>> = { 表格合计行: 'rows', 实有与空编: 'staff and empty posts', 编制与超编: 'quota and posts beyond it' };

/** What staff are, by kind of attribute: a division by one of them (高级, 中级, 初级 职称) adds up, by several it overlaps. */
const PEOPLE_KINDS: readonly (readonly [string, RegExp])[] = [
  ['party', /党员|团员/],
  ['ethnic', /少数民族/],
  ['schooling', /学历|本科|大专|研究生|硕士|博士/],
  ['title', /职称/],
  ['sex', /女职工|女干部|女性|男性/],
  ['age', /岁/],
];

/** The first of a list of people's parts when they are named by two kinds of attribute or more (党员, 少数民族, 学历). */
function overlappingKinds(parts: readonly FigureFact[]): FigureFact | undefined {
  const kinds = new Set<string>();
  for (const p of parts) for (const [k, re] of PEOPLE_KINDS) if (re.test(p.label)) kinds.add(k);
  return kinds.size >= 2 ? parts[0] : undefined;
}

function sumOf(r: RelationFact, places: Set<string>, seen: Set<string>, out: CheckItem[], skipped: SkippedCheck[]): void {
  if (r.shape === SHARE_STRUCTURE) return; // a group of shares (shareGroups)
  const total = r.total!;
  const parts = r.parts ?? [];
  // 三公 figures are read and checked by the 三公 extractor (sangong.ts), with its own rule: a sum of
  // them is left to it where it read them (their places, below); one it could not place (no stage
  // word: "“三公”经费支出21.37万元，其中：…") is checked here
  const sangong = /三公/.test(total.src.excerpt);
  // a relation of budget facts is the budget checks' own; the hierarchy stated across sentences is
  // theirs only when its total is a budget fact too (a 支出合计 the budget model has no node for)
  // (a budget total broken down into parts the budget model did not read, "项目支出…。包括：…", is
  // checked here: the budget checks have no breakdown of it)
  const hierarchy = r.shape === '层级（分句）';
  const ownParts = !hierarchy && parts.some((p) => places.has(at(p.src)));
  if (parts.length === 0 || ((hierarchy || sangong) && places.has(at(total.src))) || ownParts) return;
  const key = `rel:${at(total.src)}:${at(parts[0]!.src)}`;
  // the same relation stated twice (a table repeating the text) is one check
  const same = `sum:${total.number}${total.unit}=${parts.map((p) => p.number).sort().join('+')}`;
  if (seen.has(key) || seen.has(same)) return;
  seen.add(key);
  seen.add(same);
  const all = [total, ...parts];
  const unit = commonUnit(all);
  const d = maxDecimals(all);
  const items: SumInput['items'] = parts.map((p) => ({ money: valueOf(p, unit, d), label: p.label || '明细', src: p.src }));
  const t = valueOf(total, unit, d);
  // a physical measure of which one of several items is as large as the whole, the others not nothing: works done on it, not a division
  // of it ("改造路段62.8公里，其中沥青路面加铺62.8公里、路基拓宽38.6公里": the widened road is part of the resurfaced). Not money or
  // counts: "支出100万元，其中基本支出100万元、项目支出20万元" is a wrong total.
  const whole = parts.length > 1 && t.v > 0n && PHYSICAL_UNITS.includes(total.unit) ? items.findIndex((i) => i.money.v === t.v) : -1;
  // staff counted by what they are, not by where they stand ("在编干部43人中，中共党员32人，少数民族干部15人，大学本科及以上学历38人"), and an
  // asset's 原值, 累计折旧 and 净值: figures of the whole that overlap, no division of it
  const overlapping = total.family === 'people' ? overlappingKinds(parts) : total.family === 'money' && parts.some((p) => /折旧/.test(p.label)) && parts.some((p) => /原值|净值/.test(p.label)) ? parts.find((p) => /折旧/.test(p.label)) : undefined;
  if (overlapping) {
    skipped.push({ check: 'sum', why: 'not-parts', fields: { name: r.subject, part: overlapping.label || `${overlapping.number}${overlapping.unit}` }, src: total.src });
    return;
  }
  if (whole >= 0 && items.some((i, k) => k !== whole && i.money.v > 0n)) {
    skipped.push({ check: 'sum', why: 'part-is-whole', fields: { name: r.subject, part: parts[whole]!.label || `${parts[whole]!.number}${parts[whole]!.unit}` }, src: total.src });
    return;
  }
  const item = sumCheck({
    kind: 'amount',
    unit: unitText(unit),
    // counts (个, 人) are printed as counted: 5 个, not 5.00 个
    ...countDecimals(all),
    key,
    subject: r.subject,
    dimension: DIMENSION[r.shape ?? ''] ?? '所列明细',
    dimensionEn: DIMENSION_EN[r.shape ?? ''] ?? 'listed items',
    total: t,
    // a total printed in another unit than the check's (2089元 among 万元 parts) is shown in the check's
    totalPrinted: shownIn(total, unit),
    items,
    src: total.src,
    ...(r.complete ? {} : { partialAllowed: true }),
    eq: () => ({ total: [figLeaf(total, unit, d)], parts: parts.map((p) => [figLeaf(p, unit, d)]) }),
  });
  item.values = { total: shownIn(total, unit), parts: parts.map((p) => shownIn(p, unit)), unit };
  out.push(item);
}

function shareOf(r: RelationFact, places: Set<string>, seen: Set<string>, out: CheckItem[], skipped: SkippedCheck[]): void {
  if (places.has(`share:${at(r.src)}`) || (places.has(`budget:${at(r.part!.src)}`) && !places.has(`unresolved:${at(r.src)}`) && !places.has(`stated:${at(r.src)}`))) return;
  const key = `share:rel:${at(r.src)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const pct = r.pct!.number;
  if (!r.base) {
    // (a share the budget checks already listed as not made is not listed twice)
    if (places.has(`unresolved:${at(r.src)}`)) return;
    skipped.push({ check: 'share', why: r.baseName ? 'base-not-found' : 'base-unnamed', fields: { baseName: r.baseName ?? '', pct }, src: r.src });
    return;
  }
  const baseFigure = r.base;
  const unit = commonUnit([r.part!, baseFigure]);
  const d = maxDecimals([r.part!, baseFigure]);
  const base = valueOf(baseFigure, unit, d);
  if (base.v - base.h <= 0n) return;
  const item = shareItem({
    unit,
    ...countDecimals([r.part!, baseFigure]),
    key,
    src: r.src,
    related: [{ src: r.base.src, text: `${r.base.label} ${shownIn(r.base, unit)}${unit}` }],
    subject: r.subject,
    shareKind: 'share',
    baseName: r.baseName || r.base.label,
    amount: valueOf(r.part!, unit, d),
    base,
    pct,
    baseDerived: false,
    eq: () => ({ num: [figLeaf(r.part!, unit, d)], den: [figLeaf(baseFigure, unit, d)], pct: pctLeaf(r.pct!.src, pct) }),
  });
  out.push(item);
}

function changeOf(r: RelationFact, places: Set<string>, seen: Set<string>, sums: CheckItem[], shares: CheckItem[]): void {
  const cur = r.current!;
  if (places.has(at(cur.src)) && (r.change === undefined || places.has(at(r.change.src)))) return;
  if (r.change && places.has(at(r.change.src))) return;
  const key = `change:rel:${at(cur.src)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const figures = [cur, ...(r.prior ? [r.prior] : []), ...(r.change ? [r.change] : [])];
  const unit = commonUnit(figures);
  const d = maxDecimals(figures);
  const c = valueOf(cur, unit, d);
  const sign = r.direction === 'down' ? -1n : 1n;
  const change = r.change ? valueOf(r.change, unit, d) : undefined;
  const signed = change ? { v: sign * change.v, h: change.h } : undefined;
  const prior = r.prior ? valueOf(r.prior, unit, d) : signed ? { v: c.v - signed.v, h: c.h + signed.h } : undefined;
  // (a target is set, not rounded: 比年度目标62%低1.85个百分点 is 62 exactly, the result's 60.35 is what may be rounded)
  const ofTarget = (m: Money): Money => (r.versusTarget ? { v: m.v, h: 0n } : m);
  if (r.prior && signed) {
    const item = sumCheck({
      kind: 'yoy', key: `rel:${at(cur.src)}`, subject: r.subject, dimension: r.versusTarget ? '比目标' : r.versusPlan ? '比预算' : r.versusStart ? '比年初' : '同比', unit, total: c, totalPrinted: shownIn(cur, unit),
      items: [{ money: ofTarget(valueOf(r.prior, unit, d)), label: r.versusTarget ? '目标值' : r.versusPlan ? '预算数' : r.versusStart ? '年初数' : '上年数', src: r.prior.src }, { money: signed, label: r.direction === 'down' ? '减少额（负）' : '增加额', src: r.change!.src }],
      src: cur.src,
      // (three printed figures, each on one side, down or up: a wrong change is one problem with its rate's)
      eq: () => {
        const [c, p, ch] = [figLeaf(cur, unit, d), { ...figLeaf(r.prior!, unit, d), ...ofTarget(valueOf(r.prior!, unit, d)) }, figLeaf(r.change!, unit, d)];
        return r.direction === 'down' ? { total: [p], parts: [[c], [ch]] } : { total: [c], parts: [[p], [ch]] };
      },
    });
    item.values = { current: shownIn(cur, unit), prior: shownIn(r.prior, unit), change: shownIn(r.change!, unit), unit };
    sums.push(item);
  }
  if (r.rate && prior && prior.v - prior.h > 0n) {
    const delta: Money = signed ?? { v: c.v - prior.v, h: c.h + prior.h };
    const item = shareItem({
      unit,
      ...countDecimals(figures),
      key: `change:${at(cur.src)}`,
      src: r.rate.src,
      subject: r.subject,
      shareKind: 'change',
      direction: r.direction === 'down' ? 'down' : 'up',
      baseName: r.versusPlan ? '预算数' : r.versusStart ? '年初数' : r.prior ? '上年数' : '上年数（本年数减变动额）',
      baseNameEn: r.versusPlan ? 'the budget' : r.versusStart ? 'the figure at the start of the year' : r.prior ? 'the prior-year figure' : 'the prior-year figure (this year minus the change)',
      amount: { v: abs(delta.v), h: delta.h },
      base: prior,
      pct: r.rate.number,
      baseDerived: !r.prior,
      alsoRequired: signed !== undefined || delta.v === 0n || (delta.v < 0n) === (r.direction === 'down'),
    });
    item.values = { current: shownIn(cur, unit), ...(r.prior ? { prior: shownIn(r.prior, unit) } : {}), ...(r.change ? { change: shownIn(r.change, unit) } : {}), rate: r.rate.number, unit };
    if (r.prior && r.change) {
      const { prior: p, change: ch, rate } = r;
      setEquation(item, () => ({ kind: 'ratio', num: [figLeaf(ch, unit, d)], den: [figLeaf(p, unit, d)], pct: pctLeaf(rate.src, rate.number) }));
    } else if (r.change) {
      // (no prior stated: the base is this year's figure less the change, the change on both sides, so
      // never the figure named; "收入总计…，支出总计…。收支较上年增加…，增长p%": a wrong p is one problem)
      const { change: ch, rate } = r;
      setEquation(item, () => {
        const chl = figLeaf(ch, unit, d);
        return { kind: 'ratio', num: [chl], den: [figLeaf(cur, unit, d), r.direction === 'down' ? chl : { ...chl, v: -chl.v }], pct: pctLeaf(rate.src, rate.number) };
      });
    }
    shares.push(item);
  }
}

function rateOf(r: RelationFact, places: Set<string>, seen: Set<string>, out: CheckItem[]): void {
  if (places.has(`rate:${at(r.numerator!.src)}:${at(r.denominator!.src)}`)) return;
  const key = `rate:${at(r.rate!.src)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const unit = commonUnit([r.numerator!, r.denominator!]);
  const d = maxDecimals([r.numerator!, r.denominator!]);
  const base = valueOf(r.denominator!, unit, d);
  if (base.v - base.h <= 0n) return;
  const item = shareItem({
    unit,
    ...countDecimals([r.numerator!, r.denominator!]),
    key,
    src: r.rate!.src,
    related: [{ src: r.denominator!.src, text: `${r.denominator!.label} ${shownIn(r.denominator!, unit)}${unit}` }],
    subject: r.subject,
    shareKind: 'rate',
    numeratorName: r.numerator!.label,
    denominatorName: r.denominator!.label,
    baseName: r.denominator!.label,
    amount: valueOf(r.numerator!, unit, d),
    base,
    pct: r.rate!.number,
    baseDerived: false,
    eq: () => ({ num: [figLeaf(r.numerator!, unit, d)], den: [figLeaf(r.denominator!, unit, d)], pct: pctLeaf(r.rate!.src, r.rate!.number) }),
  });
  item.values = { rate: r.rate!.number, numerator: shownIn(r.numerator!, unit), denominator: shownIn(r.denominator!, unit), unit };
  out.push(item);
}

