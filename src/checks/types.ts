/**
 * Check facts: what rules run over. Typed code computes them from the ReportModel (sums,
 * intervals, differences, resolved share bases); rules stay declarative over these fields.
 * Each item is flat JSON: rule conditions address fields by dot path, message templates fill
 * `{{field}}` from them.
 */
import type { AmountFact, ReportModel, SectionFact, Src } from '../extract/model.js';
import type { Profile, Role } from '../profiles/profile.js';
import type { Block } from '../read/types.js';
import type { Quantity } from './quantity.js';
import type { CheckName, GivenKind } from './vocabulary.js';

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

/** The collections a rule can name in `given` (documented with their fields in vocabulary.ts). */
export type { GivenKind };

/** Report-level facts (fact `report` in rule conditions). */
export interface ReportFacts {
  year: number | null;
  unit: string | null;
  profileMatched: boolean;
  [field: string]: Scalar;
}

/** A check that could not be made: the rule that `verifies` it is listed as skipped. */
export interface SkippedCheck {
  check: CheckName;
  /** Why it could not be made (CHECK_SKIPS); the verifying rule's `skipped:` words it. */
  why: string;
  /** What the wording may name ({{name}} …). */
  fields?: Record<string, string>;
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

/** One report as the look-up facts see it. */
export interface ReportView {
  readonly model: ReportModel;
  readonly profile: Profile;
  /** The document's blocks (absent for report data). */
  readonly blocks?: readonly Block[];
  section(role: string): SectionView;
  /** A budget node's amount (stated or derived). */
  node(id: string): Quantity | null;
  /** A stated amount with its printed interval. */
  amount(a: AmountFact): Quantity;
  figures(): readonly FigureItem[];
  /** The parts of the report with their roles and text (null without a document). */
  sections(): readonly { fact: SectionFact; roles: readonly Role[]; text: string | null }[];
}

export interface SectionView {
  present: boolean;
  no: string;
  title: string;
  heading: string;
  content: string;
  substantive: boolean;
  text: string | null;
  length: number;
}

export interface FigureItem extends CheckItem {
  label: string;
  value: Quantity;
  printed: string;
  family: string;
  role: string;
  section: string;
  sentence: string;
}

