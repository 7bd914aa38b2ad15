/**
 * Check facts: what rules run over. Typed code computes them from the ReportModel (sums,
 * intervals, differences, resolved share bases); rules stay declarative over these fields.
 * Each item is flat JSON: rule conditions address fields by dot path, message templates fill
 * `{{field}}` from them.
 */
import type { Src } from '../extract/model.js';

export type Scalar = string | number | boolean | null;

export interface CheckItem {
  /** Logical identity inside the report (for fingerprints): stable when unrelated text changes. */
  key: string;
  /** Where the finding points. */
  src?: Src;
  /** Canonical section when there is no src (a missing section). */
  section?: string;
  related?: { src: Src; text: string }[];
  /** Operands, difference, tolerance: copied into Finding.data. */
  data?: Record<string, string | number>;
  /** Finding.expected / Finding.actual, as printed with units. */
  expectedText?: string;
  actualText?: string;
  /** The figures compared, as printed (JSON `files[].checks[].values`). */
  values?: Record<string, string | number | string[]>;
  [field: string]: unknown;
}

/** The collections a rule can name in `given`, and the fields each item has. */
export const GIVEN_FIELDS = {
  document: ['profileMatched', 'matched', 'matchedCount', 'sectionCount', 'sharePct', 'profileName', 'profileAuto', 'closestText', 'required'],
  sections: ['no', 'title', 'required', 'present', 'heading', 'content', 'contentText', 'nilAllowed', 'empty'],
  templateLeft: ['section', 'text'],
  sectionOrder: ['no', 'title', 'after', 'afterTitle'],
  numbering: ['level', 'levelText', 'parent', 'kind', 'detail', 'styles'],
  placeholders: ['text'],
  coverFields: ['name', 'filled'],
  breakdowns: ['kind', 'what', 'totalName', 'unitText', 'subject', 'dimension', 'side', 'total', 'sum', 'diff', 'tolerance', 'status', 'itemCount'],
  shares: ['subject', 'statement', 'baseName', 'base', 'pct', 'expectedPct', 'status', 'amount'],
  shareGroups: ['parent', 'baseName', 'parts', 'sum', 'expectedSum', 'diff', 'tolerance', 'status'],
  sangong: ['anyReported', 'budgetReported', 'actualReported', 'budgetTotal', 'actualTotal', 'overBudget', 'reasonGiven', 'diff'],
  sangongComponents: ['name', 'reported', 'budgetReported', 'actualReported', 'anyReported'],
  staffing: ['quota', 'actual', 'excess', 'exceeds'],
  counts: ['subject', 'declared', 'listedCount', 'unit', 'duplicates', 'hasDuplicates', 'etc', 'status', 'detail'],
  years: ['year', 'reportYear', 'comparison', 'hasFigure', 'differs'],
  score: ['scoreStated', 'gradeStated', 'score', 'grade', 'missingText', 'expectedGrade', 'gradeMatches'],
  figures: ['name', 'first', 'second', 'conflict', 'unitText'],
  goals: ['subject', 'targetText', 'target', 'paired', 'result', 'resultText', 'comparator', 'shortfall', 'causeGiven', 'overachieved', 'ratio', 'why'],
} as const;

export type GivenKind = keyof typeof GIVEN_FIELDS;
export const GIVEN_KINDS = Object.keys(GIVEN_FIELDS) as GivenKind[];

/** Report-level facts (fact `report` in rule conditions). */
export interface ReportFacts {
  year: number | null;
  unit: string | null;
  profileMatched: boolean;
  [field: string]: Scalar;
}
export const REPORT_FIELDS = [
  'year', 'unit', 'profileMatched', 'kind', 'profile',
  // the parts of the report by role, named as its outline numbers them (第六部分 / section 六)
  'goalsPart', 'budgetPart', 'resultsPart', 'problemsPart', 'measuresPart', 'evaluationPart',
] as const;

export interface SkippedCheck {
  ruleId: string;
  reason: string;
  src?: Src;
  section?: string;
}

export interface CheckFacts {
  report: ReportFacts;
  collections: Record<GivenKind, CheckItem[]>;
  skipped: SkippedCheck[];
}
