/**
 * Helpers shared by the output formatters: escaping, paths, labels, counting, ordering.
 *
 * Input: strings and findings taken from reports (untrusted text). Output: strings safe to embed.
 * Invariants: pure, no node:fs / node:process / node:path (formatters must run in a browser page),
 * deterministic (no clock, no locale-dependent collation).
 */
import { kindWords } from '../profiles/profile.js';
import { compareFindings } from '../findings/make.js';
import {
  SEVERITY_RANK,
  type FileResult,
  type Finding,
  type FormatOptions,
  type Location,
  type Severity,
} from '../findings/types.js';

// ─── Text safety ────────────────────────────────────────────────────────────────────────────────

/**
 * Characters XML 1.0 forbids even as character references (C0 controls other than TAB/LF/CR,
 * lone surrogates, U+FFFE/U+FFFF); HTML treats the same ones as parse errors. They are replaced
 * with U+FFFD so the reader sees that something was there.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function replaceIllegalXmlChars(text: string): string {
  return text.replace(XML_ILLEGAL, '\uFFFD');
}

const MARKUP_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Kept as references so an XML parser does not normalise them away (CR in text, all three in attributes).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for an XML attribute value (quoted with "), keeping TAB/LF/CR through attribute normalisation. */
export function escapeXmlAttr(text: string): string {
  return replaceIllegalXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => MARKUP_ENTITIES[c] ?? c);
}

/** Escapes XML character data; LF and TAB stay literal, CR becomes a reference so it survives parsing. */
export function escapeXmlText(text: string): string {
  return replaceIllegalXmlChars(text).replace(/[&<>\r]/g, (c) => MARKUP_ENTITIES[c] ?? c);
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return replaceIllegalXmlChars(text).replace(/[&<>"']/g, (c) => MARKUP_ENTITIES[c] ?? c);
}

// ─── Terminal width ────────────────────────────────────────────────────────────────────────────

/** East Asian Wide and Fullwidth ranges (UAX #11) plus emoji: two terminal cells each. */
const WIDE =
  /[\u1100-\u115F\u231A\u231B\u2329\u232A\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{18CFF}\u{1B000}-\u{1B2FF}\u{1F004}\u{1F0CF}\u{1F18E}\u{1F191}-\u{1F19A}\u{1F200}-\u{1F2FF}\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F7E0}-\u{1F7EB}\u{1F90C}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
/** Combining marks, zero-width characters and controls: no cell of their own. */
const ZERO = /[\p{Mn}\p{Me}\p{Cc}\u200B-\u200F\u2060\uFEFF]/u;

/** Terminal cells a string takes (a small UAX #11 subset; get-east-asian-width would be the library). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

// ─── Paths ──────────────────────────────────────────────────────────────────────────────────────

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** Forward slashes, no '.' segments, '..' folded where possible, no trailing slash. */
function normalizeSlashes(p: string): string {
  const forward = p.replace(/\\/g, '/');
  const absolute = isAbsolutePath(forward);
  const out: string[] = [];
  for (const seg of forward.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') out.push(seg);
    else if (out.length > 0 && out[out.length - 1] !== '..' && !/^[A-Za-z]:$/.test(out[out.length - 1] ?? '')) out.pop();
    else if (!absolute) out.push(seg); // an absolute path cannot climb above its root
  }
  const joined = out.join('/');
  return forward.startsWith('/') ? `/${joined}` : joined;
}

export interface ResolvedPath {
  /** Path relative to cwd with forward slashes, when the file lies inside cwd. */
  relative?: string;
  /** Absolute path with forward slashes. */
  absolute: string;
}

/** Where `file` is with respect to `cwd` (both may use either slash; a relative `file` is taken from `cwd`). */
export function resolvePath(file: string, cwd: string): ResolvedPath {
  const base = normalizeSlashes(cwd);
  const f = file.replace(/\\/g, '/');
  const absolute = isAbsolutePath(f) ? normalizeSlashes(f) : normalizeSlashes(`${base}/${f}`);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Windows drive letters compare case-insensitively; POSIX paths exactly.
  const inside = /^[A-Za-z]:/.test(base)
    ? absolute.toLowerCase().startsWith(prefix.toLowerCase())
    : absolute.startsWith(prefix);
  return inside ? { relative: absolute.slice(prefix.length), absolute } : { absolute };
}

/** The path people should see: relative to cwd when inside it, else absolute; always forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const r = resolvePath(file, cwd);
  return r.relative ?? r.absolute;
}

/** Percent-encodes each segment of a slash-separated path (spaces, CJK, '#', '?', '%'). */
export function encodeUriPath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

/** file:// URI of an absolute path; `directory` adds the trailing slash a base URI needs. */
export function fileUri(absolute: string, directory = false): string {
  const p = absolute.startsWith('/') ? absolute : `/${absolute}`;
  // Keep the drive colon ('C:') readable, as file URIs conventionally do.
  const encoded = encodeUriPath(p).replace(/^\/([A-Za-z])%3A/, '/$1:');
  return `file://${encoded}${directory && !encoded.endsWith('/') ? '/' : ''}`;
}

// ─── Labels ─────────────────────────────────────────────────────────────────────────────────────

export const SEVERITY_LABELS: Record<FormatOptions['lang'], Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function severityLabel(severity: Severity, lang: FormatOptions['lang']): string {
  return SEVERITY_LABELS[lang][severity];
}

/** '第12行' / 'line 12', or undefined when the line is unknown. */
/**
 * A line of the text projection. `paragraphs`: the file is a Word document, whose "lines" are
 * paragraphs (and table rows): named 段 / paragraph where the reader is a person (the HTML page).
 */
export function lineLabel(line: number | undefined, lang: FormatOptions['lang'], paragraphs = false): string | undefined {
  if (line === undefined) return undefined;
  if (paragraphs) return lang === 'en' ? `paragraph ${line}` : `第${line}段`;
  return lang === 'en' ? `line ${line}` : `第${line}行`;
}

/** A PDF's '页 3 第 12 行' / 'page 3, line 12'; else the line of the text projection. */
export function placeLabel(loc: Location, lang: FormatOptions['lang'], paragraphs = false): string | undefined {
  if (loc.page !== undefined && loc.lineOnPage !== undefined) return lang === 'en' ? `page ${loc.page}, line ${loc.lineOnPage}` : `页 ${loc.page} 第 ${loc.lineOnPage} 行`;
  return lineLabel(loc.line, lang, paragraphs);
}

/** 'section › line' as people read it; falls back to the logical path when neither is known. */
export function locationLabel(loc: Location, lang: FormatOptions['lang'], paragraphs = false): string {
  const parts = [loc.section, placeLabel(loc, lang, paragraphs)].filter((p): p is string => p !== undefined && p !== '');
  if (parts.length > 0) return parts.join(' › ');
  return pathText(loc.path, lang);
}

// ─── Counting and ordering ──────────────────────────────────────────────────────────────────────

export function atOrAbove(severity: Severity, threshold: Severity | 'never'): boolean {
  return threshold !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  /** Findings accepted by a waiver or baseline; not part of the three counts above. */
  suppressed: number;
}

/** Counts active findings by severity; suppressed ones are counted apart, as Summary does. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}

/** Active (unsuppressed) findings at or above the fail level: what fails the gate for this file. */
export function failsGate(file: FileResult, failOn: Severity | 'never'): boolean {
  if (file.counts) return (['error', 'warning', 'info'] as const).some((s) => file.counts![s] > 0 && atOrAbove(s, failOn));
  return file.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn));
}

/** A file's counts: kept ones when its findings were dropped (bounded-memory batches), else counted. */
export function fileCounts(file: FileResult): Counts {
  return file.counts ? { error: file.counts.error, warning: file.counts.warning, info: file.counts.info, suppressed: file.counts.suppressed } : countFindings(file.findings);
}

/** Code-point order, independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files by the path people see, so every format lists them in the same order. */
export function sortFiles(files: readonly FileResult[], cwd: string): FileResult[] {
  return [...files].sort((a, b) => compareStrings(displayPath(a.path, cwd), displayPath(b.path, cwd)));
}

/** The one order of findings (findings/make.ts): every format lists them as the engine does. */
export { compareFindings };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Rule ids that ran on a file: its own list when given, else every known rule, plus any rule that reported. */
export function rulesRunOn(file: FileResult, allRuleIds: readonly string[]): string[] {
  const ids = new Set(file.rulesRun ?? allRuleIds);
  for (const f of file.findings) ids.add(f.ruleId);
  return [...ids].sort(compareStrings);
}

// ─── Kinds of document ──────────────────────────────────────────────────────────────────────────


/** A report's kind in words, with its outline's id when the report follows it: 部门整体支出自评（hunan）. */
export function kindAndOutline(info: { kind?: string; profile?: string; outlineMatched?: boolean }, lang: FormatOptions['lang']): string | undefined {
  if (info.kind === undefined) return undefined;
  return `${kindLabel(info.kind, lang)}${info.profile && info.outlineMatched !== false ? `（${info.profile}）` : ''}`;
}

/** A kind of document in words. */
export function kindLabel(kind: string, lang: FormatOptions['lang']): string {
  return kindWords(kind, lang === 'en' ? 'en' : 'zh');
}

/**
 * A step of a location's path in the reader's language: the path names headings as written, and
 * the tool's own words for a paragraph within them (第N段) and the cover (封面), which English reads.
 */
export function pathStep(step: string, lang: FormatOptions['lang']): string {
  if (lang !== 'en') return step;
  const m = /^第(\d+)段$/.exec(step);
  if (m) return `paragraph ${m[1]}`;
  return step === '封面' ? 'cover' : step;
}

/** A location's path as people read it (' › ' between steps). */
export function pathText(path: readonly string[], lang: FormatOptions['lang']): string {
  return path.map((p) => pathStep(p, lang)).join(' › ');
}
