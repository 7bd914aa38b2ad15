/**
 * Findings and per-file results: the data every formatter takes. See shared CONTRACTS.md for
 * the JSON shape these serialise to; field names here are that contract.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Location {
  file: string;
  /** Canonical top-level section of the profile ('一' … '九'). */
  section?: string;
  /** The section heading as written, e.g. '2、 一般公共预算支出情况'. */
  heading?: string;
  /** What a Word user can find: heading › sub-heading › 第N段. */
  path: string[];
  /** 1-based line of the text projection (.docx: paragraph, table rows counted row by row). */
  line?: number;
  /** 1-based column (UTF-16 units) in that line. */
  column?: number;
  /** The sentence (or cell) the fact came from, as written. */
  excerpt?: string;
  /** For a PDF: the page (1-based) and the line on that page, as a reader counts them in a viewer. */
  page?: number;
  lineOnPage?: number;
}

export interface Suppression {
  kind: 'waiver' | 'baseline';
  justification: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  help?: string;
  location: Location;
  related?: { location: Location; text: string }[];
  expected?: string;
  actual?: string;
  data: Record<string, string | number>;
  fingerprint: string;
  /** Present when a waiver or baseline accepts this finding; suppressed findings do not fail a gate. */
  suppressed?: Suppression;
  /**
   * Checks that fail only because of the figure this finding names (issue 8, point 7): reported
   * here, not as findings of their own. `data.suspect` is the figure, `data.corrected` its likely value.
   */
  consequences?: { ruleId: string; message: string; location: Location }[];
}

/** A check that could not run (its figure or base was not found): never a silent pass. */
export interface Skipped {
  ruleId: string;
  reason: string;
  location: Location;
}

/** A relation checked in the report (JSON `files[].checks`): what was compared and how it came out. */
export interface CheckRecord {
  id: string;
  ruleId: string;
  relation: 'sum' | 'share' | 'change' | 'rate' | 'count' | 'staffing' | 'score' | 'sangong' | 'grade' | 'goal' | 'same-figure';
  status: 'pass' | 'rounding' | 'fail' | 'skipped';
  values: Record<string, string | number | string[]>;
  reason?: string;
  location: Location;
}

export interface FileError {
  code: string;
  message: string;
}

export interface ReportInfo {
  unit?: string;
  year?: number;
  profile?: string;
  /** 'docx' | 'doc' | 'pdf' | 'txt' | 'data' */
  format?: string;
  /** The kind of document (department-self-evaluation, project-self-evaluation, …). */
  kind?: string;
  /** Whether the document follows its profile well enough for section checks. */
  outlineMatched?: boolean;
  /** Said once about the file, e.g. that it was read by its content, not its extension. */
  note?: string;
}

export interface FileResult {
  path: string;
  error: FileError | null;
  findings: Finding[];
  skipped: Skipped[];
  info: ReportInfo;
  /** The document's text projection, for formatters that show the report beside its findings (html). */
  lines?: string[];
  /** Every relation checked, with its status (issue 8: what was checked is visible). */
  checks?: CheckRecord[];
  /** Rule ids that ran on this file (for JUnit test cases, SARIF rules). */
  rulesRun?: string[];
  /**
   * Counts by severity (suppressed apart), when `findings` were dropped to keep a large batch in
   * bounded memory (only outputs that need no more than counts, such as summary).
   */
  counts?: { error: number; warning: number; info: number; suppressed: number; skipped: number };
  /** Checked relations by status, kept when `checks` were dropped with the findings. */
  checkCounts?: { pass: number; rounding: number; fail: number; skipped: number };
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read. */
  fileErrors: number;
  suppressed: number;
  skipped: number;
}

/** The rule metadata formatters may show (SARIF tool.driver.rules, explain, JUnit). */
export interface RuleMeta {
  id: string;
  title: string;
  titleEn: string;
  severity: Severity;
  category: string;
  description: string;
  descriptionEn: string;
  help: string;
  helpEn: string;
  reference?: string;
  /** The kinds of document the rule is for (absent: every kind). */
  appliesTo?: string[];
}

export interface AuditResult {
  files: FileResult[];
  summary: Summary;
  rules: RuleMeta[];
  /** Baseline entries no longer found (stale), when a baseline was given. */
  staleBaseline?: { fingerprint: string; ruleId: string; file: string }[];
  toolVersion: string;
}

export interface FormatOptions {
  lang: 'zh' | 'en';
  color: boolean;
  /** Severity at or above which a finding fails the gate (JUnit failures, summary). */
  failOn: Severity | 'never';
  /** Working directory: SARIF artifact URIs are made relative to it. */
  cwd: string;
  showSkipped: boolean;
  /** CSV: one row per finding (default) or one per report. */
  csvPer?: 'finding' | 'report';
}
