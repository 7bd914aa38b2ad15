/**
 * What rules can look at beyond the check items: every figure, every stated relation, the budget
 * nodes, the sentences, and the parts of the report by role. Built only when a rule asks (a
 * collection is a lazy property; a part is read on first look-up), so rules that do not use them
 * cost nothing.
 */
import type { AmountFact, BudgetNode, FigureFact, ReportModel, SectionFact, Src } from '../extract/model.js';
import { parsePct } from '../extract/money.js';
import { rolesOf, type Profile, type Role } from '../profiles/profile.js';
import type { Block } from '../read/types.js';
import { exactQuantity, quantity, sumOf, valueOf, type Quantity } from './quantity.js';
import { regexOf } from './regex.js';
import type { Tol } from './tolerance.js';
import type { CheckItem, FigureItem, ReportView, SectionView } from './types.js';

export type { FigureItem, ReportView, SectionView };

interface SectionText {
  fact: SectionFact;
  roles: readonly Role[];
  text: string | null;
}

/** A figure of the relation reader → a quantity (money in 万元). */
export function figureQuantity(f: FigureFact): Quantity {
  if (f.family === 'money') return quantity(valueOf(f, '万元', 0), '万元', f.number);
  if (f.family === 'pct') return quantity(parsePct(f.number.replace(/^-/, '')), '%', f.number);
  const n = Number(f.number);
  return f.family === 'score' ? quantity(valueOf(f, f.unit, 0), f.unit, f.number) : exactQuantity(n, f.unit, f.number);
}

export function makeView(model: ReportModel, profile: Profile, tol: Tol, blocks?: readonly Block[]): ReportView {
  let texts: SectionText[] | undefined;
  const sections = (): SectionText[] => {
    if (texts) return texts;
    // blocks stand in line order: one pass finds each part's lines
    texts = model.outline.sections.map((s) => {
      const roles = rolesOf(profile, s);
      let text: string | null = null;
      if (blocks) {
        let lo = 0;
        let hi = blocks.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (blocks[mid]!.line <= s.line) lo = mid + 1;
          else hi = mid;
        }
        const lines: string[] = [];
        for (let k = lo; k < blocks.length && blocks[k]!.line <= s.endLine; k++) {
          const b = blocks[k]!;
          lines.push(b.kind === 'row' ? (b.cells ?? []).join(' | ') : b.text);
        }
        text = lines.join('\n');
      }
      return { fact: s, roles, text };
    });
    return texts;
  };
  let byIdMap: Map<string, BudgetNode> | undefined;
  const byId = (): Map<string, BudgetNode> => {
    if (!byIdMap) {
      byIdMap = new Map();
      for (const n of model.budget) byIdMap.set(n.id, n);
    }
    return byIdMap;
  };
  let figs: FigureItem[] | undefined;
  const view: ReportView = {
    model,
    profile,
    ...(blocks ? { blocks } : {}),
    sections,
    section(role: string): SectionView {
      const s = sections().find((x) => x.roles.includes(role as Role));
      if (!s) {
        const p = profile.sections.find((x) => x.roles.includes(role as Role));
        return { present: false, no: p?.no ?? '', title: p?.title ?? '', heading: '', content: 'missing', substantive: false, text: blocks ? '' : null, length: 0 };
      }
      // (the part that serves the role: the section's own, or a further part its heading names)
      const serving = (no: string) => profile.sections.find((x) => x.no === no && x.roles.includes(role as Role));
      const p = serving(s.fact.no) ?? s.fact.also?.map(serving).find((x) => x !== undefined);
      return {
        present: true,
        no: p?.no ?? s.fact.no,
        title: p?.title ?? s.fact.title,
        heading: s.fact.text,
        content: s.fact.content,
        substantive: s.fact.content === 'substantive',
        text: s.text,
        length: s.text?.length ?? 0,
      };
    },
    amount: (a: AmountFact) => quantity(tol.money(a), '万元'),
    node(id: string): Quantity | null {
      const n = byId().get(id);
      const m = tol.node(n, byId());
      return m ? quantity(m, '万元') : null;
    },
    figures(): readonly FigureItem[] {
      figs ??= collectFigures(model, tol, sections());
      return figs;
    },
  };
  return view;
}

/** The part a line stands in, with its roles. */
function placeOf(line: number, secs: readonly SectionText[]): { no: string; role: string } {
  for (const s of secs) if (line >= s.fact.line && line <= s.fact.endLine) return { no: s.fact.no, role: s.roles[0] ?? '' };
  return { no: '', role: '' };
}

function collectFigures(model: ReportModel, tol: Tol, secs: readonly SectionText[]): FigureItem[] {
  const out: FigureItem[] = [];
  const seen = new Set<string>();
  const push = (label: string, value: Quantity, printed: string, family: string, src: Src): void => {
    const k = `${src.line}:${src.column}`;
    if (seen.has(k)) return;
    seen.add(k);
    const place = placeOf(src.line, secs);
    out.push({ key: `figure:${k}`, src, label, value, printed, family, role: place.role, section: place.no, sentence: src.excerpt });
  };
  for (const n of model.budget) {
    if (n.amount) push(n.name, quantity(tol.money(n.amount), '万元'), n.amount.printed, 'money', n.amount.src);
    for (const b of n.breakdowns) for (const i of b.items) push(i.label, quantity(tol.money(i), '万元'), i.printed, 'money', i.src);
    for (const x of n.mentions ?? []) push(n.name, quantity(tol.money(x), '万元'), x.printed, 'money', x.src);
    const e = n.execution;
    if (e) {
      push(e.budget.label, quantity(tol.money(e.budget), '万元'), e.budget.printed, 'money', e.budget.src);
      push(e.spent.label, quantity(tol.money(e.spent), '万元'), e.spent.printed, 'money', e.spent.src);
    }
  }
  for (const side of [model.sangong.budget, model.sangong.actual]) {
    if (side.total) push(side.total.label, quantity(tol.money(side.total), '万元'), side.total.printed, 'money', side.total.src);
    for (const v of Object.values(side.items)) if (v !== 'nil') push(v.label, quantity(tol.money(v), '万元'), v.printed, 'money', v.src);
  }
  const st = model.staffing;
  if (st.quota) push('编制数', exactQuantity(st.quota.value, '人'), `${st.quota.value}人`, 'people', st.quota.src);
  if (st.actual) push('实有人数', exactQuantity(st.actual.value, '人'), `${st.actual.value}人`, 'people', st.actual.src);
  for (const r of model.relations ?? []) {
    for (const f of [r.total, ...(r.parts ?? []), r.part, r.pct, r.base, r.current, r.prior, r.change, r.rate, r.numerator, r.denominator]) {
      if (f) push(f.label, figureQuantity(f), `${f.number}${f.unit}`, f.family, f.src);
    }
  }
  out.sort((a, b) => a.src!.line - b.src!.line || a.src!.column - b.src!.column);
  return out;
}

/** `relations`: every relation the text states, its figures as quantities. */
export function relationViewItems(model: ReportModel, view: ReportView): CheckItem[] {
  const secs = view.sections();
  const out: CheckItem[] = [];
  const q = (f: FigureFact | undefined): Quantity | null => (f ? figureQuantity(f) : null);
  for (const r of model.relations ?? []) {
    const parts = (r.parts ?? []).map(figureQuantity);
    const place = placeOf(r.src.line, secs);
    out.push({
      key: `relation:${r.relation}:${r.src.line}:${r.src.column}`,
      src: r.src,
      relation: r.relation,
      subject: r.subject,
      total: q(r.total),
      parts,
      partsSum: parts.length > 0 ? sumOf(parts, parts[0]!.unit) : null,
      part: q(r.part),
      pct: q(r.pct),
      base: q(r.base),
      current: q(r.current),
      prior: q(r.prior),
      change: q(r.change),
      rate: q(r.rate),
      numerator: q(r.numerator),
      denominator: q(r.denominator),
      direction: r.direction ?? '',
      role: place.role,
      sentence: r.src.excerpt,
    });
  }
  // execution rates the budget reader found (预算执行率 of a budget node)
  for (const n of model.budget) {
    const e = n.execution;
    // (one the relation reader found too is one item: the same rate on the same line)
    if (!e || out.some((o) => o.relation === 'rate' && o.src?.line === e.src.line && (o.src.column === e.src.column || (o.rate as Quantity | null)?.text === e.rate))) continue;
    const place = placeOf(e.src.line, secs);
    out.push({
      key: `relation:rate:${e.src.line}:${e.src.column}`,
      src: e.src,
      relation: 'rate',
      subject: `${n.name}预算执行率`,
      total: null, parts: [], partsSum: null, part: null, pct: null, base: null, current: null, prior: null, change: null,
      rate: quantity(parsePct(e.rate), '%', e.rate),
      numerator: view.amount(e.spent),
      denominator: view.amount(e.budget),
      direction: '',
      role: place.role,
      sentence: e.src.excerpt,
    });
  }
  return out;
}

/** `budgetNodes`: every node of the budget hierarchy. */
export function budgetNodeItems(model: ReportModel, view: ReportView): CheckItem[] {
  return model.budget.map((n) => {
    const e = n.execution;
    return {
      key: `node:${n.id}`,
      ...(n.amount ? { src: n.amount.src } : n.nilSrc ? { src: n.nilSrc } : {}),
      id: n.id,
      name: n.name,
      parent: n.parent ?? '',
      amount: view.node(n.id),
      stated: n.amount !== undefined,
      nil: n.nil === true,
      budget: e ? view.amount(e.budget) : null,
      spent: e ? view.amount(e.spent) : null,
      executionRate: e ? quantity(parsePct(e.rate), '%', e.rate) : null,
    };
  });
}

/** Sentence ends: 。；！？ and their half-width forms (a line end ends one too). */
const SENTENCE_END = /[^。；！？;!?]+[。；！？;!?]?/gu;

/** `sentences`: every sentence of the document, with the part it stands in. */
export function sentenceItems(view: ReportView): CheckItem[] {
  const blocks = view.blocks;
  if (!blocks) return [];
  const secs = view.sections();
  const out: CheckItem[] = [];
  for (const b of blocks) {
    const line = b.kind === 'row' ? (b.cells ?? []).join(' | ') : b.text;
    const place = placeOf(b.line, secs);
    for (const m of line.matchAll(SENTENCE_END)) {
      const text = m[0].trim();
      if (!text) continue;
      out.push({
        key: `sentence:${b.line}:${m.index + 1}`,
        src: { line: b.line, column: m.index + 1, length: m[0].length, excerpt: text },
        text,
        role: place.role,
        section: place.no,
        length: text.length,
      });
    }
  }
  return out;
}

/** A figure reference of a look-up fact's params → a quantity. */
export function resolveRef(ref: unknown, item: object, report: object, view: ReportView): Quantity | null {
  if (typeof ref === 'number') return exactQuantity(ref, '');
  if (typeof ref === 'string') {
    const [root, ...rest] = ref.startsWith('report.') ? ['report', ...ref.slice(7).split('.')] : ['item', ...ref.split('.')];
    let cur: unknown = root === 'report' ? report : item;
    for (const k of rest) cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, k) ? (cur as Record<string, unknown>)[k] : undefined;
    if (typeof cur === 'number') return exactQuantity(cur, '');
    if (typeof cur === 'string' && /^-?\d+(\.\d+)?$/.test(cur)) return exactQuantity(Number(cur), '', cur);
    return cur !== null && typeof cur === 'object' && typeof (cur as Quantity).low === 'number' ? (cur as Quantity) : null;
  }
  if (ref !== null && typeof ref === 'object') {
    const r = ref as { node?: unknown; label?: unknown; role?: unknown; family?: unknown };
    if (typeof r.node === 'string') return view.node(r.node);
    if (typeof r.label === 'string') return lookFigure(view, r.label, r.role, r.family)?.value ?? null;
  }
  return null;
}

/** The first figure whose label matches, within a role and family when given. */
export function lookFigure(view: ReportView, label: string, role?: unknown, family?: unknown): FigureItem | undefined {
  const re = regexOf(label);
  if (!re) return undefined;
  for (const f of view.figures()) {
    if (typeof role === 'string' && f.role !== role) continue;
    if (typeof family === 'string' && f.family !== family) continue;
    if (re.test(f.label)) return f;
  }
  return undefined;
}

