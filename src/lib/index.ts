/**
 * jixiao-lint, the library: the one way into the engine for the CLI, the offline page, the tests
 * and the benchmark. Platform-neutral (no node: module): bytes or text in, results out; the
 * platform passes in how zip entries are inflated. Node programs use `jixiao-lint/node`, which
 * adds the rule pack, profiles and files from disk.
 *
 *   const auditor = createAuditor({ rules, profile, config, platform: { inflate } });
 *   const result = auditor.finish([await auditor.check({ name: 'report.docx', bytes })]);
 */
export { createAuditor, type AuditConfig, type AuditInput, type Auditor, type AuditorOptions, type Platform } from './auditor.js';
export { VERSION, countsOnly, summarize, type ItemsView } from '../api.js';
export { DEFAULT_TOLERANCE, type ToleranceSettings } from '../checks/tolerance.js';
export type { ReportModel } from '../extract/model.js';
export { SEVERITY_RANK } from '../findings/types.js';
export type { AuditResult, FileResult, Finding, FormatOptions, RuleMeta, Severity, Summary } from '../findings/types.js';
export { toBaseline, type Baseline, type Waiver } from '../findings/waivers.js';
export { compileProfile, DEFAULT_PROFILE, DOCUMENT_KINDS, orderProfiles, ROLES, type DocumentKind, type Profile, type ProfileSource, type Role } from '../profiles/profile.js';
export { REPORT_EXTENSIONS, kindOf, type Input, type Reader, type Readers } from '../read/file.js';
export { DEFAULT_LIMITS, InflateOverLimit, ReadError, type InflateRaw, type ReadLimits, type SourceDoc } from '../read/types.js';
export { EMBEDDED_PROFILES, EMBEDDED_RULES } from '../ruleset/embedded.js';
export { mergeRules } from '../ruleset/merge.js';
export { ConfigError, type RuleDef } from '../ruleset/types.js';
export { didYouMean, editDistance, suggest } from './suggest.js';
export { exampleText, testRuleExamples, SKELETON, withSection, type ExampleResult } from './rule-test.js';
export { COLLECTIONS, FACTS, QUANTITY_FIELDS, REPORT_FIELD_DOCS, CHECK_NAMES, type CollectionDoc, type FieldDoc, type FactDoc } from '../checks/vocabulary.js';
export { OPERATOR_DOCS, type OperatorDoc } from '../engine/operators.js';
export { conditionCensus, type Census } from '../ruleset/census.js';
export { kindAndOutline, kindLabel, placeLabel } from '../format/util.js';
