/**
 * SourceDoc → ReportModel. Pure: the same document and profile always give the same model.
 * Each extractor handles one kind of fact; this file only wires them.
 */
import type { SourceDoc } from '../read/types.js';
import type { Profile } from '../profiles/profile.js';
import { extractBudget } from './budget.js';
import { extractCounts } from './counts.js';
import { extractCover } from './cover.js';
import { extractPlaceholders, extractScore, extractYears } from './misc.js';
import type { ReportModel } from './model.js';
import { extractOutline } from './outline.js';
import { extractSangong } from './sangong.js';
import { extractStaffing } from './staffing.js';

export function extract(doc: SourceDoc, profile: Profile): ReportModel {
  const outline = extractOutline(doc, profile);
  const firstLine = Math.min(outline.sections[0]?.line ?? Infinity, outline.unmatched[0]?.line ?? Infinity);
  const bodyFrom = Number.isFinite(firstLine) ? firstLine : 1;
  const cover = extractCover(doc.blocks, Number.isFinite(firstLine) ? firstLine : 8, profile);
  return {
    version: 1,
    profile: profile.id,
    ...(cover.year !== undefined ? { year: cover.year } : {}),
    ...(cover.unit !== undefined ? { unit: cover.unit } : {}),
    ...(cover.title !== undefined ? { title: cover.title } : {}),
    cover: cover.fields,
    outline,
    budget: extractBudget(doc.blocks, outline.sections, profile),
    sangong: extractSangong(doc.blocks),
    staffing: extractStaffing(doc.blocks),
    counts: extractCounts(doc.blocks),
    years: extractYears(doc.blocks, bodyFrom),
    placeholders: extractPlaceholders(doc.blocks, 1),
    score: extractScore(doc.blocks),
  };
}
