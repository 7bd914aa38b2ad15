/**
 * SARIF 2.1.0 (OASIS) log for code-scanning dashboards (GitHub, GitLab, Azure DevOps).
 *
 * Input: an AuditResult. Output: a JSON string valid against the official 2.1.0 schema.
 * Invariants:
 * - Artifact URIs are relative to options.cwd under uriBaseId '%SRCROOT%' (files outside cwd get an
 *   absolute file: URI instead), percent-encoded, forward slashes.
 * - A region is written only when the finding knows its line: no fake 1:1. Columns are UTF-16 units.
 * - A waived or baselined finding stays in the log with suppressions[{kind: 'external'}]: the waiver
 *   lives outside the report, and viewers then hide it instead of losing it.
 * - Unreadable files become tool execution notifications and make executionSuccessful false.
 * The types below are the subset of the SARIF object model this tool writes (the @types/sarif
 * package would give them in full; not a dependency yet).
 */
import type { AuditResult, FileResult, Finding, FormatOptions, Location, RuleMeta, Severity } from '../findings/types.js';
import { compareStrings, encodeUriPath, fileUri, resolvePath, sortFiles, sortFindings } from './util.js';

type SarifLevel = 'error' | 'warning' | 'note';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}
interface Region {
  startLine: number;
  startColumn?: number;
  snippet?: { text: string };
  properties?: { page: number; lineOnPage?: number };
}
interface LogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
}
interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: ArtifactLocation; region?: Region };
  logicalLocations?: LogicalLocation[];
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string; properties: { source: string } }[];
  properties: Record<string, unknown>;
}
interface Notification {
  level: SarifLevel;
  message: { text: string };
  descriptor?: { id: string };
  associatedRule?: { id: string; index?: number };
  locations: SarifLocation[];
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/** 'sum-mismatch' → 'SumMismatch': the readable name SARIF viewers show beside the id. */
function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return name === '' ? id : name;
}

function ruleDescriptor(rule: RuleMeta, lang: FormatOptions['lang']): Record<string, unknown> {
  const en = lang === 'en';
  const descriptor: Record<string, unknown> = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: en ? rule.titleEn : rule.title },
    fullDescription: { text: en ? rule.descriptionEn : rule.description },
    help: { text: en ? rule.helpEn : rule.help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      category: rule.category,
      tags: [rule.category],
      ...(rule.reference !== undefined ? { reference: rule.reference } : {}),
    },
  };
  // A reference may be a 文号 such as 财预〔2020〕10号; only a web address can be helpUri.
  if (rule.reference !== undefined && /^https?:\/\/\S+$/.test(rule.reference)) descriptor['helpUri'] = rule.reference;
  return descriptor;
}

interface Context {
  cwd: string;
  artifactIndex: Map<string, number>;
}

function artifactLocation(file: string, ctx: Context): ArtifactLocation {
  const r = resolvePath(file, ctx.cwd);
  const loc: ArtifactLocation =
    r.relative !== undefined ? { uri: encodeUriPath(r.relative), uriBaseId: SRCROOT } : { uri: fileUri(r.absolute) };
  const index = ctx.artifactIndex.get(file);
  if (index !== undefined) loc.index = index;
  return loc;
}

function logicalLocations(path: readonly string[]): LogicalLocation[] {
  return path.map((name, i) => ({ name, fullyQualifiedName: path.slice(0, i + 1).join(' › '), kind: 'module' }));
}

function sarifLocation(loc: Location, ctx: Context): SarifLocation {
  const physicalLocation: SarifLocation['physicalLocation'] = { artifactLocation: artifactLocation(loc.file, ctx) };
  if (loc.line !== undefined) {
    const region: Region = { startLine: loc.line };
    if (loc.column !== undefined) region.startColumn = loc.column;
    if (loc.excerpt !== undefined) region.snippet = { text: loc.excerpt };
    // a PDF: the page and the line on it, which a PDF viewer shows (startLine is the text projection's)
    if (loc.page !== undefined) region.properties = { page: loc.page, lineOnPage: loc.lineOnPage };
    physicalLocation.region = region;
  }
  const out: SarifLocation = { physicalLocation };
  if (loc.path.length > 0) out.logicalLocations = logicalLocations(loc.path);
  return out;
}

function sarifResult(f: Finding, ruleIndex: Map<string, number>, ctx: Context): SarifResult {
  const properties: Record<string, unknown> = { data: f.data };
  if (f.expected !== undefined) properties['expected'] = f.expected;
  if (f.actual !== undefined) properties['actual'] = f.actual;
  if (f.help !== undefined) properties['help'] = f.help;
  if (f.location.section !== undefined) properties['section'] = f.location.section;
  if (f.location.heading !== undefined) properties['heading'] = f.location.heading;
  // Without a line there is no region to carry the snippet.
  if (f.location.line === undefined && f.location.excerpt !== undefined) properties['excerpt'] = f.location.excerpt;

  const result: SarifResult = {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [sarifLocation(f.location, ctx)],
    partialFingerprints: { 'jixiaoLint/v1': f.fingerprint },
    properties,
  };
  const index = ruleIndex.get(f.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  // the checks that fail only because of the figure this result names are related locations too
  const related = [...(f.related ?? []).map((r) => ({ location: r.location, text: r.text })), ...(f.consequences ?? []).map((q) => ({ location: q.location, text: `${q.ruleId}: ${q.message}` }))];
  if (related.length > 0) {
    result.relatedLocations = related.map((r, i) => ({ id: i + 1, ...sarifLocation(r.location, ctx), message: { text: r.text } }));
  }
  if (f.suppressed !== undefined) {
    result.suppressions = [
      { kind: 'external', status: 'accepted', justification: f.suppressed.justification, properties: { source: f.suppressed.kind } },
    ];
  }
  return result;
}

function readNotification(file: FileResult, ctx: Context, lang: FormatOptions['lang']): Notification | undefined {
  if (file.error === null) return undefined;
  const path = resolvePath(file.path, ctx.cwd);
  const shown = path.relative ?? path.absolute;
  const text = lang === 'en' ? `Cannot read ${shown}: ${file.error.message}` : `无法读取 ${shown}：${file.error.message}`;
  return {
    level: 'error',
    message: { text },
    descriptor: { id: file.error.code },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path, ctx) } }],
  };
}

function skippedNotifications(file: FileResult, ruleIndex: Map<string, number>, ctx: Context, lang: FormatOptions['lang']): Notification[] {
  return file.skipped.map((s) => {
    const index = ruleIndex.get(s.ruleId);
    return {
      level: 'note',
      message: { text: lang === 'en' ? `Check not run: ${s.reason}` : `未能执行的检查：${s.reason}` },
      associatedRule: index === undefined ? { id: s.ruleId } : { id: s.ruleId, index },
      locations: [sarifLocation(s.location, ctx)],
    };
  });
}

export function formatSarif(result: AuditResult, options: FormatOptions): string {
  const rules = [...result.rules].sort((a, b) => compareStrings(a.id, b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const files = sortFiles(result.files, options.cwd);
  const ctx: Context = { cwd: options.cwd, artifactIndex: new Map() };

  const artifacts = files.map((file, i) => {
    const artifact: Record<string, unknown> = { location: artifactLocation(file.path, ctx) };
    ctx.artifactIndex.set(file.path, i);
    const mime = file.info.format !== undefined ? MIME[file.info.format] : undefined;
    if (mime !== undefined) artifact['mimeType'] = mime;
    return artifact;
  });

  const results = files.flatMap((file) => sortFindings(file.findings).map((f) => sarifResult(f, ruleIndex, ctx)));
  const errors = files.map((f) => readNotification(f, ctx, options.lang)).filter((n): n is Notification => n !== undefined);
  const notes = options.showSkipped ? files.flatMap((f) => skippedNotifications(f, ruleIndex, ctx, options.lang)) : [];

  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jixiao-lint',
            version: result.toolVersion,
            language: options.lang === 'en' ? 'en-US' : 'zh-CN',
            rules: rules.map((r) => ruleDescriptor(r, options.lang)),
          },
        },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: [...errors, ...notes],
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(resolvePath('.', options.cwd).absolute, true) } },
        artifacts,
        language: options.lang === 'en' ? 'en-US' : 'zh-CN',
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
