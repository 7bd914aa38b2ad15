/**
 * Check facts: what rules run over. Typed code computes them from the ReportModel (sums,
 * intervals, differences, resolved share bases); rules stay declarative over these fields.
 * Each item is flat JSON: rule conditions address fields by dot path, message templates fill
 * `{{field}}` from them.
 */
import type { Src } from '../extract/model.js';
import type { ReportView } from './view.js';
import { fieldsOf, GIVEN_KINDS, REPORT_FIELD_DOCS, type CheckName, type GivenKind } from './vocabulary.js';

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

/** The collections a rule can name in `given`, and the fields each item has (documented in vocabulary.ts). */
export const GIVEN_FIELDS = Object.fromEntries(GIVEN_KINDS.map((g) => [g, Object.keys(fieldsOf(g))])) as unknown as Record<GivenKind, readonly string[]>;
export { GIVEN_KINDS, type GivenKind };

/** Report-level facts (fact `report` in rule conditions). */
export interface ReportFacts {
  year: number | null;
  unit: string | null;
  profileMatched: boolean;
  [field: string]: Scalar;
}
export const REPORT_FIELDS = Object.keys(REPORT_FIELD_DOCS);

/** A check that could not be made: the rule that `verifies` it is listed as skipped. */
export interface SkippedCheck {
  check: CheckName;
  reason: string;
  src?: Src;
  section?: string;
}

export interface CheckFacts {
  report: ReportFacts;
  collections: Record<GivenKind, CheckItem[]>;
  skipped: SkippedCheck[];
  /** The report as the look-up facts (section, figure, ratio …) see it. */
  view: ReportView;
}
