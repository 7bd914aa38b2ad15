/**
 * ReportModel → CheckFacts: the collections rules run over. Pure; all arithmetic happens here
 * (exact intervals), so rules only compare fields.
 */
import type { ReportModel } from '../extract/model.js';
import { roleNo, type Profile, type Role } from '../profiles/profile.js';
import { breakdownChecks, shareChecks } from './arithmetic.js';
import { coverItems, countItems, placeholderItems, scoreItems, staffingItems, yearItems } from './misc.js';
import { documentItem, numberingItems, orderItems, sectionItems, templateItems } from './outline.js';
import { sangongItems } from './sangong.js';
import { relationItems, sharesOfStatedBase } from './relations.js';
import { goalItems } from './goals.js';
import { figureItems, yoyItems } from './figures.js';
import { scoreItems as scoreTableItems } from './scores.js';
import { DEFAULT_TOLERANCE, makeTol, prevailingDecimals, type ToleranceSettings } from './tolerance.js';
import type { CheckFacts, CheckItem, GivenKind, SkippedCheck } from './types.js';
import { budgetNodeItems, makeView, relationViewItems, sentenceItems } from './view.js';
import type { Block } from '../read/types.js';

/**
 * `sectionText`: put each part's text on the sections items (only when a rule reads it, or
 * `facts --items` prints it: joining every part's lines costs as much as some checks).
 */
export function computeChecks(model: ReportModel, profile: Profile, tolerance: ToleranceSettings = DEFAULT_TOLERANCE, blocks?: readonly Block[], sectionText = true): CheckFacts {
  const skipped: SkippedCheck[] = [];
  const tol = makeTol({ decimals: tolerance.decimals === 'auto' ? prevailingDecimals(model) : tolerance.decimals, extra: tolerance.extra });
  const view = makeView(model, profile, tol, blocks);
  const doc = documentItem(model, profile);
  const sg = sangongItems(model.sangong, tol, profile);
  // a 三公 table whose figures could not be read: whether its figures are stated is not checked
  const unread = model.sangong.unreadTable;
  if (unread && [...sg.sangong, ...sg.components].some((i) => i['budgetReported'] === false || i['actualReported'] === false)) {
    skipped.push({ check: 'sangong-reported', why: 'table-unread', fields: { caption: unread.excerpt }, src: unread });
  }
  const deferred = new Set<string>();
  const shares = shareChecks(model.budget, skipped, tol, sharesOfStatedBase(model), deferred);
  const yoy = yoyItems(model, tol);
  const rel = relationItems(model, skipped, deferred);
  const lazy: { figures?: CheckItem[]; relations?: CheckItem[]; budgetNodes?: CheckItem[]; sentences?: CheckItem[] } = {};
  const collections = {
    document: [doc],
    sections: sectionItems(model, profile, sectionText ? view : undefined),
    templateLeft: templateItems(model),
    sectionOrder: orderItems(model, profile),
    numbering: numberingItems(model),
    placeholders: placeholderItems(model),
    coverFields: coverItems(model),
    breakdowns: [...breakdownChecks(model.budget, skipped, tol), ...sg.sums, ...yoy.sums, ...scoreTableItems(model, skipped), ...rel.sums],
    shares: [...shares.filter((s) => !s.key.startsWith('shares:')), ...yoy.shares, ...rel.shares],
    shareGroups: [...shares.filter((s) => s.key.startsWith('shares:')), ...rel.groups],
    sangong: sg.sangong,
    sangongComponents: sg.components,
    staffing: staffingItems(model, skipped),
    counts: countItems(model),
    years: yearItems(model, skipped),
    score: scoreItems(model, profile),
    goals: goalItems(model, skipped),
    restatements: figureItems(model, tol),
    // built only when a rule is given them (or `facts --items` prints them); getters in the literal
    // keep the object's fast shape (defineProperty afterwards made every look-up slow)
    get figures(): CheckItem[] {
      return (lazy.figures ??= [...view.figures()]);
    },
    get relations(): CheckItem[] {
      return (lazy.relations ??= relationViewItems(model, view));
    },
    get budgetNodes(): CheckItem[] {
      return (lazy.budgetNodes ??= budgetNodeItems(model, view));
    },
    get sentences(): CheckItem[] {
      return (lazy.sentences ??= sentenceItems(view));
    },
  } satisfies Record<GivenKind, CheckItem[]>;
  // (a rate the relation readers did not read but another check covers, where the check stands: not listed as not checked)
  if (skipped.some((x) => x.why === 'rate-unread')) {
    const at = (src: { line: number; column: number } | undefined): string => (src ? `${src.line}:${src.column}` : '');
    const made = new Set([...collections.breakdowns, ...collections.shares, ...collections.shareGroups, ...collections.sangong].map((i) => at(i.src)));
    for (let k = skipped.length - 1; k >= 0; k--) if (skipped[k]!.why === 'rate-unread' && made.has(at(skipped[k]!.src))) skipped.splice(k, 1);
  }
  return {
    report: { title: model.title ?? '', year: model.year ?? null, unit: model.unit ?? null, profileMatched: doc.profileMatched === true, matchedCount: Number(doc.matchedCount), minMatched: profile.minMatched, outlineForeign: doc.outlineForeign === true, kind: model.kind ?? 'unknown', profile: profile.id, ...partNames(profile, doc.profileMatched === true && doc.outlineForeign !== true) },
    collections,
    skipped,
    view,
  };
}

const ROLE_WORDS: Record<string, [string, string]> = {
  goals: ['绩效目标部分', 'the goals part'],
  budget: ['预算支出部分', 'the budget part'],
  results: ['绩效完成情况部分', 'the results part'],
  problems: ['存在问题部分', 'the problems part'],
  measures: ['改进措施部分', 'the measures part'],
  evaluation: ['自评结果部分', 'the evaluation part'],
};

/**
 * Each role's part as the outline numbers it: 第六部分 / section 六, or a description when it has none
 * or the document does not follow the outline (its 第三部分 may be about something else).
 */
function partNames(profile: Profile, followed: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, [zh, en]] of Object.entries(ROLE_WORDS)) {
    const no = followed ? roleNo(profile, role as Role) : undefined;
    out[`${role}Part`] = no !== undefined ? `第${no}部分` : zh;
    out[`${role}PartEn`] = no !== undefined ? `section ${no}` : en;
  }
  return out;
}
