/**
 * ReportModel → CheckFacts: the collections rules run over. Pure; all arithmetic happens here
 * (exact intervals), so rules only compare fields.
 */
import type { ReportModel } from '../extract/model.js';
import type { Profile } from '../profiles/profile.js';
import { breakdownChecks, shareChecks } from './arithmetic.js';
import { coverItems, countItems, placeholderItems, scoreItems, staffingItems, yearItems } from './misc.js';
import { documentItem, numberingItems, orderItems, sectionItems, templateItems } from './outline.js';
import { sangongItems } from './sangong.js';
import { relationItems } from './relations.js';
import { goalItems } from './goals.js';
import { figureItems, yoyItems } from './figures.js';
import { scoreItems as scoreTableItems } from './scores.js';
import { DEFAULT_TOLERANCE, makeTol, type ToleranceSettings } from './tolerance.js';
import type { CheckFacts, SkippedCheck } from './types.js';

export function computeChecks(model: ReportModel, profile: Profile, tolerance: ToleranceSettings = DEFAULT_TOLERANCE): CheckFacts {
  const skipped: SkippedCheck[] = [];
  const tol = makeTol(tolerance);
  const doc = documentItem(model, profile);
  const sg = sangongItems(model.sangong, tol);
  const shares = shareChecks(model.budget, skipped, tol);
  const yoy = yoyItems(model, tol);
  const rel = relationItems(model, skipped);
  return {
    report: { year: model.year ?? null, unit: model.unit ?? null, profileMatched: doc.profileMatched === true },
    collections: {
      document: [doc],
      sections: sectionItems(model, profile),
      templateLeft: templateItems(model),
      sectionOrder: orderItems(model, profile),
      numbering: numberingItems(model),
      placeholders: placeholderItems(model),
      coverFields: coverItems(model),
      breakdowns: [...breakdownChecks(model.budget, skipped, tol), ...sg.sums, ...yoy.sums, ...scoreTableItems(model), ...rel.sums],
      shares: [...shares.filter((s) => !s.key.startsWith('shares:')), ...yoy.shares, ...rel.shares],
      shareGroups: [...shares.filter((s) => s.key.startsWith('shares:')), ...rel.groups],
      sangong: sg.sangong,
      sangongComponents: sg.components,
      staffing: staffingItems(model, skipped),
      counts: countItems(model),
      years: yearItems(model, skipped),
      score: scoreItems(model, profile),
      goals: goalItems(model, skipped),
      figures: figureItems(model, tol),
    },
    skipped,
  };
}
