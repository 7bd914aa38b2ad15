/**
 * The checking core behind the library (src/lib: createAuditor is the way in): a Checker bound to
 * one rule set turns a document or report data into a FileResult; finish() makes the AuditResult.
 * Never prints, never exits. Data flows one way: read → extract → checks → rules → findings.
 */
import { computeChecks } from './checks/index.js';
import { checkRecords } from './checks/records.js';
import { groupConsequences } from './findings/consequences.js';
import { mapList } from './checks/list.js';
import type { ToleranceSettings } from './checks/tolerance.js';
import { extract } from './extract/index.js';
import type { ReportModel } from './extract/model.js';
import { compareIds } from './extract/text.js';
import type { ActiveRule } from './engine/run.js';
import { RuleRunner } from './engine/run.js';
import { makeFindings } from './findings/make.js';
import { pickText, render } from './findings/template.js';
import type { CheckFacts, CheckItem } from './checks/types.js';
import { tallyChecks } from './findings/tally.js';
import { addPage, resolveLocation, toTextLine } from './findings/location.js';
import type { AuditResult, CheckRecord, FileResult, Finding, Location, RuleMeta, Severity, Skipped, Summary } from './findings/types.js';
import { applyBaseline, applyWaivers, type Baseline, type BaselineEntry, type Waiver } from './findings/waivers.js';
import { kindWords, type DocumentKind, type Profile } from './profiles/profile.js';
import type { Input } from './read/file.js';
import { ReadError, type Block, type SourceDoc } from './read/types.js';
import type { Condition, RuleDef } from './ruleset/types.js';

export const VERSION = '0.1.0';

/** Whether a condition reads a field of the item (at its root), in a test or as a value. */
function readsItemField(c: Condition, field: string): boolean {
  if ('all' in c) return c.all.some((x) => readsItemField(x, field));
  if ('any' in c) return c.any.some((x) => readsItemField(x, field));
  if ('not' in c) return readsItemField(c.not, field);
  const ref = c.value as { fact?: unknown; path?: unknown } | null;
  const at = (fact: unknown, path: unknown) => fact === 'item' && typeof path === 'string' && path.replace(/^\$\.?/, '').split('.')[0] === field;
  return at(c.fact, c.path) || (ref !== null && typeof ref === 'object' && at(ref.fact, ref.path));
}

/** Fields of an item for the engine and the formats, not for rules. */
const TECHNICAL_FIELDS = new Set(['key', 'src', 'related', 'data', 'values', 'expectedText', 'actualText']);

/** What `facts --items` prints: the items each rule would see. */
export interface ItemsView {
  profile: string;
  kind: string;
  report: Record<string, unknown>;
  collections: { given: string; rules: string[]; items: Record<string, unknown>[] }[];
  /** The parts of the report by role (the `section` fact). */
  sections: Record<string, unknown>;
}

export interface AuditOptions {
  /** The outline (the fallback when `profiles` offers several and none fits). */
  profile: Profile;
  /** Outlines to pick from per document by its headings (auto); absent or one: `profile` always. */
  profiles?: readonly Profile[];
  /** The kind of every document (--kind); absent: read from each document's title. */
  kind?: DocumentKind;
  rules: readonly RuleDef[];
  /** Per-rule severity or 'off' (config and --rule). */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  lang?: 'zh' | 'en';
  waivers?: readonly Waiver[];
  /** Keep each document's text lines in the result (for the html formatter). */
  keepLines?: boolean;
  /** Rounding tolerance settings (config `tolerance:`); DOMAIN §4 defaults. */
  tolerance?: ToleranceSettings;
}

export function activeRules(rules: readonly RuleDef[], severities: Readonly<Record<string, Severity | 'off'>> = {}): ActiveRule[] {
  return rules
    .filter((r) => severities[r.id] !== 'off')
    .map((r) => ({ def: r, severity: (severities[r.id] as Severity | undefined) ?? r.severity }));
}

export function ruleMeta(r: RuleDef, severity: Severity = r.severity): RuleMeta {
  return {
    id: r.id,
    title: r.title,
    titleEn: r.titleEn,
    severity,
    category: r.category,
    description: r.description,
    descriptionEn: r.descriptionEn,
    help: r.help.zh,
    helpEn: r.help.en,
    ...(r.reference ? { reference: r.reference } : {}),
    ...(r.appliesTo ? { appliesTo: [...r.appliesTo] } : {}),
  };
}

/**
 * Whether a rule is for a document of this kind. A document whose kind is unknown gets the rules for
 * every kind and those whose `appliesTo` names `unknown`: a requirement of some kinds only (三公 in a
 * department's report, a self-score) is not made of a text that may be a project's report or a
 * funding notice; such a rule is listed as skipped, with the reason (kindSkips).
 */
export function appliesTo(r: RuleDef, kind: string | undefined): boolean {
  return r.appliesTo === undefined || kind === undefined || (r.appliesTo as readonly string[]).includes(kind);
}

const KIND_SKIP = {
  zh: (kinds: string) => `看不出文档的类型（标题中没有“整体支出”“项目支出”“自评表”“决算”“评价报告”等字样），本规则只用于${kinds}，未运行；可用 --kind 或 .jixiaorc.yaml 的 kind 指定类型`,
  en: (kinds: string) => `the kind of document is not clear from its title (no 整体支出, 项目支出, 自评表, 决算 or 评价报告), and this rule is only for ${kinds}: not run; --kind or kind: in .jixiaorc.yaml names the kind`,
};

/** A checker bound to one rule set: build once, check many documents, sequentially. */
export class Checker {
  private readonly runner: RuleRunner;
  readonly active: ActiveRule[];
  /** The active rules' ids, sorted: the same for every report (each result gets a copy). */
  private readonly rulesRun: readonly string[];
  private readonly activeIds: ReadonlySet<string>;
  /** Whether a rule reads the sections' text (else it is not joined for every report). */
  private readonly readsSectionText: boolean;
  /** Each check's rule: the one whose `verifies` names it (from all rules, on or off). */
  private readonly verifier = new Map<string, string>();

  /** The document → its model, with the outline picked among the candidates. */
  extract(doc: SourceDoc): ReportModel {
    const { profile, profiles, kind } = this.options;
    return extract(doc, profile, { ...(profiles ? { profiles } : {}), ...(kind ? { kind } : {}) });
  }

  /** The profile a model was read with (report data names its own; unknown ids: the default). */
  profileOf(model: ReportModel): Profile {
    return this.options.profiles?.find((p) => p.id === model.profile) ?? this.options.profile;
  }

  constructor(private readonly options: AuditOptions) {
    this.active = activeRules(options.rules, options.severities);
    this.readsSectionText = this.active.some((r) => r.def.given === 'sections' && readsItemField(r.def.when, 'text'));
    for (const r of options.rules) if (r.verifies !== undefined && !this.verifier.has(r.verifies)) this.verifier.set(r.verifies, r.id);
    this.runner = new RuleRunner(this.active);
    this.rulesRun = mapList(this.active, (r) => r.def.id).sort();
    this.activeIds = new Set(this.rulesRun);
  }

  private readonly byKind = new Map<string, ReadonlySet<string>>();

  /** The active rules for a kind of document (one of unknown kind: all of them). */
  applyingTo(kind: string | undefined): ReadonlySet<string> {
    const key = kind ?? 'unknown';
    let set = this.byKind.get(key);
    if (!set) {
      set = new Set(this.active.filter((r) => appliesTo(r.def, key)).map((r) => r.def.id));
      this.byKind.set(key, set);
    }
    return set;
  }

  /** Check one document or report-data model. */
  async check(file: string, input: Input): Promise<FileResult> {
    const model: ReportModel = input.kind === 'doc' ? this.extract(input.doc) : input.model;
    const profile = this.profileOf(model);
    const facts = computeChecks(model, profile, this.options.tolerance, input.kind === 'doc' ? input.doc.blocks : undefined, this.readsSectionText);
    // a rule not for this kind of document is not run, and its checks are neither listed nor skipped
    const applying = this.applyingTo(model.kind);
    const hits = await this.runner.run(facts, applying);
    const grouped = groupConsequences(hits, [facts.collections.breakdowns, facts.collections.shares, facts.collections.shareGroups]);
    const findings = makeFindings(hits, file, model, facts.report, this.options.lang ?? 'zh', grouped);
    dedupeFingerprints(findings);
    applyWaivers(findings, this.options.waivers ?? []);
    // a plain loop, like mapList (one elements kind: no deoptimisation in a batch)
    const skipped: Skipped[] = [];
    for (const s of facts.skipped) {
      const ruleId = this.verifier.get(s.check);
      if (ruleId !== undefined && applying.has(ruleId)) skipped.push({ ruleId, reason: this.skipReason(ruleId, s.why, s.fields, facts.report), location: resolveLocation(file, model, s.src, s.section) });
    }
    if (model.kind === 'unknown') this.kindSkips(file, model, applying, skipped);
    // a check's rule: the one that fired on its item (a rounding difference: rounding-difference),
    // else the one that verifies its check
    const firedOn = new Map<object, string>();
    for (const h of hits) if (!firedOn.has(h.item) || h.rule.def.verifies === h.item.check) firedOn.set(h.item, h.rule.def.id);
    const checks: CheckRecord[] = [];
    for (const r of checkRecords(facts)) {
      const ruleId = (r.item && firedOn.get(r.item)) ?? this.verifier.get(r.check);
      if (ruleId === undefined || !applying.has(ruleId)) continue;
      const id = r.item ? r.id : `skipped:${ruleId}:${r.id}`;
      const c: CheckRecord = { id, ruleId, relation: r.relation, status: r.status, values: r.values, location: resolveLocation(file, model, r.src, r.section) };
      if (r.why !== undefined) c.reason = this.skipReason(ruleId, r.why, r.fields, facts.report);
      checks.push(c);
    }
    if (input.kind === 'doc' && input.doc.format === 'pdf') {
      // a PDF: the page and the line on the page of every place
      const blocks = input.doc.blocks;
      eachLocation(findings, skipped, checks, (l) => addPage(l, (line) => blocks[line - 1]));
    } else if (input.kind === 'doc' && input.doc.blocks.some((b) => b.textLines !== undefined)) {
      // a hard-wrapped text: locations on the lines of the file, not in the paragraphs joined from them
      const byLine = new Map(input.doc.blocks.map((b) => [b.line, b]));
      eachLocation(findings, skipped, checks, (l) => toTextLine(l, (line) => byLine.get(line)));
    }
    return {
      path: file,
      error: null,
      findings,
      skipped,
      checks,
      info: {
        ...(model.unit !== undefined ? { unit: model.unit } : {}),
        ...(model.year !== undefined ? { year: model.year } : {}),
        profile: model.profile,
        kind: model.kind ?? 'unknown',
        ...(model.profileChoice ? { outlineMatched: model.profileChoice.eligible } : {}),
        format: input.kind === 'doc' ? input.doc.format : 'data',
        ...(input.kind === 'doc' && input.doc.note !== undefined ? { note: input.doc.note } : {}),
      },
      ...(this.options.keepLines && input.kind === 'doc' ? { lines: docLines(input.doc) } : {}),
      rulesRun: applying.size === this.activeIds.size ? this.rulesRun.slice() : this.rulesRun.filter((id) => applying.has(id)),
    };
  }

  /**
   * The items every rule would see for one report (`facts --items`): for each collection, the
   * rules given it and its items with the vocabulary's fields; and the report's parts by role, as
   * the `section` fact gives them.
   */
  items(input: Input): ItemsView {
    const model: ReportModel = input.kind === 'doc' ? this.extract(input.doc) : input.model;
    const profile = this.profileOf(model);
    const facts = computeChecks(model, profile, this.options.tolerance, input.kind === 'doc' ? input.doc.blocks : undefined);
    const applying = this.applyingTo(model.kind);
    const collections: ItemsView['collections'] = [];
    // every collection, in order; every field of its items but the technical ones (what the
    // vocabulary documents: a test holds the two together)
    for (const given of Object.keys(facts.collections)) {
      const rules = this.active.filter((r) => r.def.given === given && applying.has(r.def.id)).map((r) => r.def.id);
      const items = facts.collections[given as keyof CheckFacts['collections']].map((i) => {
        const o: Record<string, unknown> = {};
        if (i.src) o.line = i.src.line;
        for (const [f, v] of Object.entries(i)) if (v !== undefined && !TECHNICAL_FIELDS.has(f) && !f.endsWith('En')) o[f] = v;
        return o;
      });
      collections.push({ given, rules, items });
    }
    const sections: Record<string, unknown> = {};
    for (const role of new Set(profile.sections.flatMap((s) => s.roles))) sections[role] = facts.view.section(role);
    return { profile: profile.id, kind: model.kind ?? 'unknown', report: facts.report, collections, sections };
  }

  /** The rules of some kinds only, for a document of unknown kind: skipped, saying why and how to name the kind. */
  private kindSkips(file: string, model: ReportModel, applying: ReadonlySet<string>, skipped: Skipped[]): void {
    const lang = this.options.lang === 'en' ? 'en' : 'zh';
    for (const r of this.active) {
      if (applying.has(r.def.id) || r.def.appliesTo === undefined) continue;
      const kinds = r.def.appliesTo.map((k) => kindWords(k, lang)).join(lang === 'en' ? ', ' : '、');
      skipped.push({ ruleId: r.def.id, reason: KIND_SKIP[lang](kinds), location: resolveLocation(file, model, undefined, undefined) });
    }
  }

  /** A check not made, in the words of the rule that verifies it (its `skipped:`). */
  private skipReason(ruleId: string, why: string, fields: Record<string, string> | undefined, report: CheckFacts['report']): string {
    const lang = this.options.lang ?? 'zh';
    const t = this.options.rules.find((r) => r.id === ruleId)?.skipped?.[why];
    if (!t) return why;
    const item: CheckItem = { key: why, ...(fields ?? {}) };
    return render(pickText(t, item, lang), item, report, lang);
  }

  errorResult(file: string, e: unknown): FileResult {
    const err = e instanceof ReadError ? { code: e.code, message: e.localized(this.options.lang ?? 'zh') } : { code: 'internal', message: e instanceof Error ? e.message : String(e) };
    return { path: file, error: err, findings: [], skipped: [], info: {} };
  }

  meta(): RuleMeta[] {
    return this.active.map((r) => ruleMeta(r.def, r.severity)).sort((a, b) => compareIds(a.id, b.id));
  }
}

/** The same result with its findings replaced by their counts: bounded memory for a large batch. */
export function countsOnly(r: FileResult): FileResult {
  const counts = { error: 0, warning: 0, info: 0, suppressed: r.findings.filter((f) => f.suppressed).length, skipped: r.skipped.length };
  for (const f of r.findings) if (!f.suppressed) counts[f.severity]++;
  // a fresh copy of the info: the unit name is a slice of the document's text and would keep it alive
  return {
    path: r.path, error: r.error, findings: [], skipped: [], info: JSON.parse(JSON.stringify(r.info)) as FileResult['info'], counts,
    ...(r.checks ? { checkCounts: tallyChecks(r.checks) } : {}),
  };
}

/** Every place a file's result names: its findings', their related places and consequences, skipped checks and checks. */
function eachLocation(findings: readonly Finding[], skipped: readonly Skipped[], checks: readonly CheckRecord[], f: (l: Location) => void): void {
  for (const x of findings) {
    f(x.location);
    for (const r of x.related ?? []) f(r.location);
    for (const c of x.consequences ?? []) f(c.location);
  }
  for (const s of skipped) f(s.location);
  for (const c of checks) f(c.location);
}

function docLines(doc: SourceDoc): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.textLines === undefined) out[b.line - 1] = b.kind === 'row' ? (b.cells ?? []).join(' | ') : b.text;
    else if (b.kind === 'row') {
      // a row read from one cell per line: each cell on its own line
      const cells = b.textLines;
      cells.forEach(([offset, l], x) => {
        const end = x + 1 < cells.length ? cells[x + 1]![0] : b.text.length;
        out[l - 1] = b.text.slice(Math.max(0, offset), Math.max(0, end)).replace(/^\t+|\t+$/g, '');
      });
    } else {
      // a paragraph joined from hard-wrapped lines: its lines as the file has them
      let from = 0;
      let line = b.line;
      for (const [offset, l] of b.textLines) {
        out[line - 1] = b.text.slice(from, offset);
        from = offset;
        line = l;
      }
      out[line - 1] = b.text.slice(from);
    }
  }
  return Array.from(out, (x) => x ?? '');
}

/** Two findings of one rule on the same logical key get #2, #3 … so fingerprints stay unique. */
function dedupeFingerprints(findings: { fingerprint: string }[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    if (n > 1) f.fingerprint = `${f.fingerprint}-${n}`;
  }
}

export function summarize(files: readonly FileResult[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, fileErrors: 0, suppressed: 0, skipped: 0 };
  for (const f of files) {
    if (f.error) s.fileErrors++;
    if (f.counts) {
      s.errors += f.counts.error;
      s.warnings += f.counts.warning;
      s.infos += f.counts.info;
      s.suppressed += f.counts.suppressed;
      s.skipped += f.counts.skipped;
      continue;
    }
    s.skipped += f.skipped.length;
    for (const x of f.findings) {
      if (x.suppressed) s.suppressed++;
      else if (x.severity === 'error') s.errors++;
      else if (x.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

export function finish(files: FileResult[], checker: Checker, baseline?: Baseline): AuditResult {
  let stale: BaselineEntry[] | undefined;
  if (baseline) {
    const all = files.flatMap((f) => f.findings);
    stale = applyBaseline(all, baseline, new Set(files.map((f) => f.path.replace(/\\/g, '/'))));
  }
  return {
    files,
    summary: summarize(files),
    rules: checker.meta(),
    ...(stale ? { staleBaseline: stale.map((e) => ({ fingerprint: e.fingerprint, ruleId: e.ruleId, file: e.file })) } : {}),
    toolVersion: VERSION,
  };
}
