/** A rule as loaded from rules/<category>/<id>.yaml (validated). */

/**
 * A message or help text in both languages, with variants: the first case whose `when` fields all
 * have the given values is used instead of the default (a sum of a hierarchy is worded otherwise
 * than a sum of listed items).
 */
export interface RuleText {
  zh: string;
  en: string;
  cases?: { when: Record<string, string | number | boolean>; zh: string; en: string }[];
}

import type { DocumentKind } from '../profiles/profile.js';
import type { Severity } from '../findings/types.js';
import type { GivenKind } from '../checks/types.js';
import type { CheckName } from '../checks/vocabulary.js';

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; path?: string; params?: Record<string, unknown>; operator: string; value: unknown };

export interface Example {
  /** A snippet placed into section `section` of a correct skeleton report, or a whole report. */
  text: string;
  section?: string;
  whole?: boolean;
  /** How many findings of this rule the example must produce (invalid examples; default 1). */
  count?: number;
}

export interface RuleDef {
  id: string;
  /** Path of the rule file, for error messages. */
  file: string;
  title: string;
  titleEn: string;
  severity: Severity;
  category: string;
  description: string;
  descriptionEn: string;
  reference?: string;
  given: GivenKind;
  /** The check this rule reports (its checks are listed under it, and it is skipped when they cannot be made). */
  verifies?: CheckName;
  /** The wording of each reason its check may not be made (CHECK_SKIPS), by reason. */
  skipped?: Record<string, RuleText>;
  /**
   * The kinds of document the rule is for; absent: every kind. A document of unknown kind gets
   * every rule (nothing says a rule does not fit it).
   */
  appliesTo?: DocumentKind[];
  when: Condition;
  message: RuleText;
  help: RuleText;
  examples: { section?: string; valid: Example[]; invalid: Example[] };
}

/** A tool error in a rule or configuration file: names file:line:column. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly detail: string,
    /** The detail in English (`--lang en`). */
    readonly detailEn?: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}:${column ?? 1}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }

  localized(lang: 'zh' | 'en'): string {
    if (lang !== 'en' || this.detailEn === undefined) return this.message;
    return `${this.file}${this.line !== undefined ? `:${this.line}:${this.column ?? 1}` : ''}: ${this.detailEn}`;
  }
}
