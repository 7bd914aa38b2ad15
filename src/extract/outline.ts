/**
 * Outline: SourceDoc → top-level sections matched against the profile by title (never by the
 * number typed), their sub-headings, line ranges and whether they hold substantive content.
 * Invariants: sections are in document order; each profile section is matched at most once;
 * a section runs from its heading to the line before the next top-level heading.
 */
import type { Block, SourceDoc } from '../read/types.js';
import type { Profile, ProfileSection } from '../profiles/profile.js';
import type { HeadingFact, SectionFact, Src } from './model.js';
import { headingNumber, sentences, sentenceSrc, squash, squashedFits, type HeadingNumber } from './text.js';

export const TOP_STYLES: ReadonlySet<string> = new Set(['chinese-dun', 'chinese-part', 'arabic-dun', 'arabic-dot', 'none']);
const SUB_STYLES = new Set(['paren-chinese', 'paren-arabic']);
/** Under "第一部分 …", "一、" is the second level. */
const PART_SUB_STYLES = new Set(['chinese-dun', 'paren-chinese', 'paren-arabic']);

export interface Outline {
  sections: SectionFact[];
  unmatched: HeadingFact[];
}

interface Boundary {
  block: Block;
  heading: HeadingFact;
  section?: ProfileSection;
  /** Further parts its heading names (…及完成情况): see matchParts. */
  also?: ProfileSection[];
  /** Matched by a wording, not by the outline's names (matchSquashed, byWording). */
  byWording?: true;
}

export function extractOutline(doc: SourceDoc, profile: Profile): Outline {
  if (!partsOnTopOf(doc.blocks)) return readOutline(doc, profile, 'plain');
  // ("第一部分 项目支出绩效自评表" / "第二部分 项目支出绩效自评报告" and the report's 一、二、 under the second: the parts
  // are the form and the report, not the outline's; its sections are the 一、 headings, where they name more of them)
  const byParts = readOutline(doc, profile, 'parts');
  const byNumbers = readOutline(doc, profile, 'under-parts');
  return byNumbers.sections.length > byParts.sections.length ? byNumbers : byParts;
}

/**
 * How headings are read: `plain` with 一、 (or a Heading 1) on top; `parts` with only 第一部分 … on top; `under-parts` with 一、 on
 * top under 第一部分 … headings, which are then a level above the outline's sections and divide none of them.
 */
export type HeadingReading = 'plain' | 'parts' | 'under-parts';

function readOutline(doc: SourceDoc, profile: Profile, reading: HeadingReading): Outline {
  const partsOnTop = reading === 'parts';
  const boundaries: Boundary[] = [];
  const seen = new Set<string>();
  const toc = contentsOf(doc.blocks);
  // "（三）评价实施过程。1、前期准备。2、组织实施。": a list numbered 1、2、 that starts under a （N）
  // heading is the third level, whatever titles its items have, until the next top-level heading
  let parenSince = false;
  let arabicUnder = false;
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    // a table of contents names the sections; they start where the text repeats its entries
    if (toc !== undefined && i >= toc[0] && i < toc[1]) continue;
    if (block.kind !== 'paragraph') continue;
    // (most paragraphs open with no number: one look before trimming and reading one)
    if (OPENS_NUMBERED.test(block.norm)) {
      const num = headingNumber(block.norm.trim());
      if (num.style === 'paren-chinese') parenSince = true;
      const arabic = num.style === 'arabic-dun' || num.style === 'arabic-dot';
      if (arabic && num.number === 1 && parenSince) arabicUnder = true;
      if (arabic && arabicUnder && block.headingLevel !== 1) continue;
    }
    const boundary = boundaryAt(block, profile, reading, seen);
    if (boundary) {
      boundaries.push(boundary);
      parenSince = false;
      arabicUnder = false;
    }
  }

  const sections: SectionFact[] = [];
  const unmatched: HeadingFact[] = [];
  // (a part a heading names besides its own is that part only where the report gives it no heading
  // of its own)
  for (const b of boundaries) if (b.also) b.also = b.also.filter((s) => !seen.has(s.no));
  const lastLine = doc.blocks.length > 0 ? doc.blocks[doc.blocks.length - 1]!.line : 0;
  const sorted = inLineOrder(doc.blocks);
  for (let i = 0; i < boundaries.length; i++) {
    const b = boundaries[i]!;
    if (!b.section) {
      unmatched.push(b.heading);
      continue;
    }
    const endLine = (boundaries[i + 1]?.block.line ?? lastLine + 1) - 1;
    const body = blocksIn(doc.blocks, sorted, b.block.line, endLine);
    const c = classifyBody(body, profile, partsOnTop ? PART_SUB_STYLES : SUB_STYLES);
    // spelled out, in the order the spreads gave (facts output): object spread was the costliest
    // line of the outline in a batch
    const h = b.heading;
    const { no, title } = b.section;
    const fact: SectionFact =
      h.number !== undefined
        ? { text: h.text, line: h.line, style: h.style, number: h.number, no, title, endLine, content: c.content, templateLeft: c.templateLeft, subsections: c.subsections }
        : { text: h.text, line: h.line, style: h.style, no, title, endLine, content: c.content, templateLeft: c.templateLeft, subsections: c.subsections };
    if (b.also && b.also.length > 0) fact.also = b.also.map((s) => s.no);
    if (b.byWording) fact.byWording = true;
    if (c.items.length > 0) fact.items = c.items;
    sections.push(fact);
  }
  return { sections, unmatched };
}

/** A paragraph that may open with a （N） or 1、 number. */
const OPENS_NUMBERED = /^\s*[（(\d]/;

/** A line that heads a table of contents (目录, 目 录, 目次). */
const CONTENTS = /^目[录錄次]$/;
/** A contents entry's page number and dot leader (部门概况……3): not part of the heading it names. */
const PAGE_REF = /[…·\-—_]*\d{1,3}$/;

/**
 * The blocks of a table of contents, [from, to) as block indices: from the 目录 line (or, without one,
 * from a 第一部分 that a run of bare headings leads back to) to the line that states its first entry
 * again (the same words, or the same number: 第一部分：部门概况 after the entry 第一部分：示例镇概况), or
 * else to the first line of prose. Undefined when the document has none.
 */
export function contentsOf(blocks: readonly Block[]): [number, number] | undefined {
  let at = -1;
  for (let i = 0; i < blocks.length && i < 200; i++) {
    const b = blocks[i]!;
    // (its characters only: a site may set 目 and 录 apart with any mark, "目 ⠂ 录")
    if (b.kind === 'paragraph' && b.norm.length <= 12 && b.norm.includes('目') && CONTENTS.test(b.norm.replace(/[^\u4e00-\u9fff]/g, ''))) {
      at = i;
      break;
    }
  }
  if (at < 0) return unheadedContents(blocks);
  let first: { key: string; num: HeadingNumber } | undefined;
  let prose = -1;
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const key = squash(b.norm).replace(PAGE_REF, '');
    if (key === '') continue;
    const num = headingNumber(b.norm.trim());
    if (first && (key === first.key || sameNumber(num, first.num))) return [at, i];
    // the first entry is the first numbered line (not a date or a note above the entries)
    if (!first && num.style !== 'none') first = { key, num };
    if (prose < 0 && isProse(b, key)) prose = i;
    // the first entry is looked for a little past the first prose line (a note under the contents)
    if (prose >= 0 && i - prose > 3) break;
  }
  return prose > at + 1 ? [at, prose] : undefined;
}

/** Contents without a 目录 line: 第一部分 … 第N部分 as bare headings, then 第一部分 again. */
function unheadedContents(blocks: readonly Block[]): [number, number] | undefined {
  let from = -1;
  for (let i = 0; i < blocks.length && i < 200; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !b.norm.includes('第一部分') || !/^\s*第一部分/.test(b.norm)) continue;
    if (from < 0) {
      from = i;
      continue;
    }
    if (i - from < 3) return undefined;
    for (let k = from + 1; k < i; k++) {
      const key = squash(blocks[k]!.norm);
      if (key !== '' && isProse(blocks[k]!, key)) return undefined;
    }
    return [from, i];
  }
  return undefined;
}

function sameNumber(a: HeadingNumber, b: HeadingNumber): boolean {
  return a.style !== 'none' && a.style === b.style && a.number === b.number;
}

function isProse(b: Block, key: string): boolean {
  return b.kind !== 'paragraph' || /[。；]/.test(b.norm) || key.length > 60;
}

/** Whether a heading numbered in `style` (or a Word Heading 1) can be a section's heading in a reading. */
export function topLevel(reading: HeadingReading, style: string, headingLevel: number | undefined): boolean {
  if (reading === 'parts') return style === 'chinese-part';
  if (reading === 'under-parts' && style === 'chinese-part') return false;
  return headingLevel === 1 || TOP_STYLES.has(style);
}

/**
 * "第一部分 …" at the top makes "一、" the second level: then only 部分 headings divide the report (unless the 一、
 * headings name more of the outline's sections: extractOutline, headingTitles in profile-pick.ts).
 */
export function partsOnTopOf(blocks: readonly Block[]): boolean {
  let n = 0;
  for (const b of blocks) if (b.kind === 'paragraph' && /^\s*第[一二三四五六七八九十]+部分/.test(b.norm) && ++n >= 2) return true;
  return false;
}

/**
 * The section heading a paragraph is, if any. Asked of every paragraph of every report: the
 * heading fact is built only for a heading (most paragraphs are none).
 */
function boundaryAt(block: Block, profile: Profile, reading: HeadingReading, seen: Set<string>): Boundary | undefined {
  const t = block.norm.trim();
  if (!t) return undefined;
  const num = headingNumber(t);
  if (!topLevel(reading, num.style, block.headingLevel)) return undefined;
  if (SUB_STYLES.has(num.style)) return undefined;
  const rest = t.slice(num.length).trim();
  const part = num.style === 'chinese-part';
  const key = headingKey(rest, part ? 60 : 40);
  const strict = num.style === 'none' && block.headingLevel === undefined;
  const parts = key === undefined ? NONE : matchParts(key, profile, strict, part);
  const section = parts[0];
  if (section && !seen.has(section.no)) {
    seen.add(section.no);
    const found: Boundary = parts.length > 1 ? { block, heading: headingFact(block, num), section, also: parts.slice(1) } : { block, heading: headingFact(block, num), section };
    if (key !== undefined && matchSquashed(key, profile, strict, part, false) === undefined) found.byWording = true;
    return found;
  }
  return looksLikeUnmatchedHeading(rest, num.style, block) ? { block, heading: headingFact(block, num) } : undefined;
}

function headingFact(block: Block, num: HeadingNumber): HeadingFact {
  const text = block.text.trim();
  return num.number !== undefined ? { text, line: block.line, style: num.style, number: num.number } : { text, line: block.line, style: num.style };
}

function inLineOrder(blocks: readonly Block[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (blocks[i]!.line < blocks[i - 1]!.line) return false;
  return true;
}

/** The blocks after line `after` up to line `upTo`: a binary search when they are in line order. */
function blocksIn(blocks: readonly Block[], sorted: boolean, after: number, upTo: number): Block[] {
  const out: Block[] = [];
  if (!sorted) {
    for (const x of blocks) if (x.line > after && x.line <= upTo) out.push(x);
    return out;
  }
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.line <= after) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < blocks.length && blocks[i]!.line <= upTo; i++) out.push(blocks[i]!);
  return out;
}

interface Candidate {
  section: ProfileSection;
  cand: string;
  core: string;
  /** The indicators part's name, in the words every name of it shares (indicatorGist), if it is one. */
  gist: string | undefined;
  /** The name and its core as the joining words do not tell them apart (looseName). */
  loose: string;
  looseCore: string;
}

/**
 * A name as the words that join its parts do not tell it apart: 存在的问题和改进措施 is 存在问题及改进措施
 * (及, 和 and 与 join alike, and 的 after a verb or a modifier adds nothing to a part's name, nor 主要). Only for
 * a whole name: a heading that is another outline's wording of the same name.
 */
// (nor does 主要, "the main": 存在的主要问题 is 存在的问题)
function looseName(sq: string): string {
  return sq.replace(/的|主要/g, '').replace(/[和与]/g, '及');
}
/** The profile's titles and aliases, squashed once per profile (this runs for every heading-like line). */
const candidates = new WeakMap<Profile, Candidate[]>();
function candidatesOf(profile: Profile): Candidate[] {
  let list = candidates.get(profile);
  if (!list) {
    list = profile.sections.flatMap((section) =>
      [section.title, ...section.aliases].map((name) => {
        const cand = squash(name);
        const core = cand.replace(/情况$/, '');
        return { section, cand, core, gist: indicatorGist(cand), loose: looseName(cand), looseCore: looseName(core) };
      }),
    );
    candidates.set(profile, list);
  }
  return list;
}

/**
 * The part about the performance indicators goes by many names: 绩效评价指标分析 (the outline's),
 * 绩效指标完成情况分析, 绩效评价指标完成情况, 绩效指标分析, 各项指标完成情况, 项目绩效指标完成情况. What
 * they add to 指标 names no other part: 评价 (the indicators are the evaluation's), 各项 / 主要 / 绩效
 * before it, and what is said of them (完成情况, 实现情况, 情况, 分析) after it. Such a name is '指标'
 * here; a name that says anything else (绩效指标设定情况, 绩效目标和指标, 评价指标体系) or nothing of
 * them (绩效指标: the targets as set) is none.
 */
const INDICATORS = /^(?:项目|年度)?(?:各项|主要)?(?:绩效)?(?:评价)?指标(?:(?:完成|实现)?情况(?:分析)?|分析)$/;
function indicatorGist(sq: string): string | undefined {
  return sq.includes('指标') && INDICATORS.test(sq) ? '指标' : undefined;
}

/** The profile section a heading's title names, if any (fuzzy: aliases, "情况" optional). */
export function matchSection(rest: string, profile: Profile, strict: boolean, part = false): ProfileSection | undefined {
  // (a part's heading holds the year and the unit's full name before its title: it may be longer)
  const sq = headingKey(rest, part ? 60 : 40);
  return sq === undefined ? undefined : matchSquashed(sq, profile, strict, part);
}

/** A heading's title as matched: squashed, without a leading year; undefined when too long to be a title. */
export function headingKey(rest: string, max = 40): string | undefined {
  if (!squashedFits(rest, max)) return undefined;
  // "2023年度部门决算情况说明": a year before the title is not part of it
  const sq = squash(rest).replace(/^(?:19|20)\d{2}年度?/, '');
  return sq.length === 0 ? undefined : sq;
}

/** A coordination of two parts' names (存在问题及改进措施): its first part is what it matches. */
const COORDINATION = /[及和与、并]/;

const NONE: readonly ProfileSection[] = [];

/** Words that go on with the subject named before a coordination: 完成情况 of 绩效目标及完成情况. */
const CONTINUES = /^(?:完成|实现|执行|落实)/;

/**
 * The parts a heading names (a squashed title, headingKey): the one matchSquashed gives, then each
 * other part a coordination in it names, where the outline has them apart. 部门整体支出绩效目标及完成情况
 * is the goals part and their 完成情况, the results part (what follows the 及 goes on with the subject
 * before it); 存在问题及改进措施 is the problems part and the measures. A heading that is one of the
 * outline's own names (综合评价情况及评价结论, 存在问题及改进措施 where one part holds both) names that
 * part only; so does a heading that matches only as it is (strict).
 */
export function matchParts(sq: string, profile: Profile, strict: boolean, part = false): readonly ProfileSection[] {
  const first = matchSquashed(sq, profile, strict, part);
  if (first === undefined) return NONE;
  if (strict || !COORDINATION.test(sq) || isName(sq, profile)) return [first];
  const out = [first];
  for (let i = 1; i < sq.length - 1; i++) {
    if (!COORDINATION.test(sq.charAt(i))) continue;
    const right = sq.slice(i + 1);
    const s = matchSquashed(CONTINUES.test(right) ? sq.slice(0, i) + right : right, profile, false) ?? headWordPart(right, profile);
    if (s !== undefined && !out.includes(s)) out.push(s);
  }
  return out;
}

/** The head nouns of parts' names: what a part is, said in one word after a coordination. */
const HEAD_WORD = /^(?:建议|措施|对策|原因|结论)$/;

/**
 * "存在的问题和建议": a coordinated word that is a head noun the names of one part end with (建议 of
 * 有关建议, 改进建议, 评价结果应用建议) and no other part's names: that part.
 */
function headWordPart(word: string, profile: Profile): ProfileSection | undefined {
  if (!HEAD_WORD.test(word)) return undefined;
  let found: ProfileSection | undefined;
  for (const c of candidatesOf(profile)) {
    if (!c.cand.endsWith(word)) continue;
    if (found !== undefined && found !== c.section) return undefined;
    found = c.section;
  }
  return found;
}

/** Whether a squashed title is one of the profile's names as it stands. */
function isName(sq: string, profile: Profile): boolean {
  const loose = looseName(sq);
  for (const c of candidatesOf(profile)) if (c.cand === sq || c.loose === loose) return true;
  return false;
}

/** The rest of a section's name that says what the part is about (完成情况 of 绩效目标完成情况). */
const HEAD_REST = /完成|实现|执行|分析|结论|原因|措施|应用|评价/;
/** (the first of two parts a name coordinates is that part: 存在的问题 of 存在的问题及改进措施) */
const headRest = (rest: string): boolean => !COORDINATION.test(rest.charAt(0)) && HEAD_REST.test(rest);

/** Whether a heading starts with the core of one of the profile's names. */
function startsLikeOne(sq: string, profile: Profile): boolean {
  for (const { core } of candidatesOf(profile)) if (core.length >= 2 && sq.startsWith(core)) return true;
  return false;
}

/**
 * Words that say what a part is about, when a heading adds one its matched name lacks: 目标, 结论,
 * and the work of evaluating (绩效自评工作开展情况, 评价组织实施情况: how the evaluation was done is
 * not 绩效情况, the results).
 */
// (得分, 评分: a part that gives the score, 绩效评价得分情况, is no part of the results 绩效情况 names)
const HEAD_NOUN = /目标|结论|工作|开展|组织|实施|得分|评分/g;
function otherHead(rest: string, cand: string): boolean {
  // (a coordination goes on with another part: 存在问题及改进措施 is still 存在问题)
  if (COORDINATION.test(rest)) return false;
  for (const m of rest.matchAll(HEAD_NOUN)) if (!cand.includes(m[0])) return true;
  return false;
}

/**
 * A heading that tells how the targets were met (绩效目标完成情况, 年度目标任务实现情况分析) is the
 * results part of any outline, whatever the outline calls that part (项目绩效情况, 绩效分析): the one
 * a heading names when none of the outline's names matched it. Not a coordination (绩效目标及完成情况
 * names two parts: matchParts).
 */
const RESULTS = /^[^及和与、并]{0,12}目标(?:任务)?(?:完成|实现)情况(?:分析)?$/;

/**
 * A heading that names the performance of the unit's or the project's spending as a whole (部门整体支出绩效情况, 单位整体支出
 * 绩效情况, 项目支出绩效情况) is the results part of any outline, whatever the outline calls that part (绩效目标实现情况). Only
 * when reading by wording, as DEVIATION: it is one outline's own name (Hunan's), and tells nothing of which outline a
 * document follows; and only in an outline that states the targets with the unit's basics (a part named so may hold both).
 */
const PERFORMANCE = /^(?:部门|单位|部门（单位）|项目)?(?:整体)?支出绩效(?:完成)?情况(?:分析)?$/;

/**
 * A heading that names the causes of falling short of the targets (偏离绩效目标的原因, 偏离原因分析,
 * 项目偏离绩效目标原因) is the problems part of any outline, whatever the outline calls it (存在的问题,
 * 存在的问题及原因分析): the causes of a shortfall are what that part states. Read in its first
 * conjunct: 偏离绩效目标的原因和改进措施 names the measures part too (matchParts). Not when an outline
 * is picked (byWording false): a wording every outline's problems part answers to tells nothing of
 * which outline a document follows (偏离绩效目标的原因和下一步改进措施 is the central project outline's).
 */
const DEVIATION = /^[^及和与并]{0,8}偏离[^及和与并]{0,10}原因(?:分析)?(?:[及和与并]|$)/;

/**
 * A heading that gives the self-score or the evaluation's conclusion (自评得分情况, 绩效自评结论, 评价
 * 结果, 综合评价等级) is the evaluation part of any outline, whatever the outline calls it; not how the
 * result is used (评价结果应用), nor the results of something else (项目支出绩效自评结果: the projects').
 * Only when reading by wording, as DEVIATION.
 */
const EVALUATION = /^(?:部门|单位|整体|绩效|综合|年度)*(?:自评|评价)(?:得分|结论|结果|等级)(?:及等级)?(?:情况)?$/;

/**
 * A heading that says what will be done about the problems (下一步改进措施, 改进措施, 整改措施及建议, 下一步工作打算) is the
 * measures part of any outline, whatever the outline calls it (有关建议, 改进措施). Only when reading by wording, as
 * DEVIATION (a wording every outline's measures part answers to tells nothing of which outline a document follows).
 */
const MEASURES = /^(?:下一步)?(?:改进|整改|完善)(?:措施|建议|意见|方向)(?:及建议)?$|^下一步(?:工作)?(?:打算|计划|思路|措施)$/;

/** A heading of the problems and what will be done about them: 存在的问题及整改措施, 存在问题和改进建议. */
const PROBLEMS_AND_MEASURES = /^(?:存在的?|主要)?问题(?:及原因(?:分析)?)?[及和与并](?:下一步)?(?:改进|整改|完善)(?:措施|建议|意见)(?:及建议)?$/;

/** Words that qualify a part's name without changing which part it is: 部门整体绩效目标 is 绩效目标. */
const QUALIFIERS = /^(?:部门|单位|整体|项目|年度|本年度?|全年|(?:19|20)\d{2}年度?|的)+$/;

/**
 * Answers of matchSquashed per profile, by flags and title. The same headings open report after
 * report of a batch (a province's outline, one template), and every heading-like line is matched
 * against every outline to pick one: each pair is worked out once. Bounded (cleared when full).
 */
const MATCHED = new WeakMap<Profile, Map<string, ProfileSection | null>[]>();
const MATCHED_MAX = 20_000;

/** The profile section a squashed heading title names (headingKey), if any. */
export function matchSquashed(sq: string, profile: Profile, strict: boolean, part = false, byWording = true): ProfileSection | undefined {
  let tables = MATCHED.get(profile);
  if (tables === undefined) MATCHED.set(profile, (tables = Array.from({ length: 8 }, () => new Map<string, ProfileSection | null>())));
  // (one table per combination of flags: the title itself is the key)
  const table = tables[(strict ? 4 : 0) + (part ? 2 : 0) + (byWording ? 1 : 0)]!;
  let v = table.get(sq);
  if (v === undefined) {
    if (table.size >= MATCHED_MAX) table.clear();
    table.set(sq, (v = matchSquashedUncached(sq, profile, strict, part, byWording) ?? null));
  }
  return v ?? undefined;
}

function matchSquashedUncached(sq: string, profile: Profile, strict: boolean, part: boolean, byWording: boolean): ProfileSection | undefined {
  let best: ProfileSection | undefined;
  let bestLen = 0;
  let exact = false;
  // a Chinese title's head noun is its end: 项目绩效评价结论 is a 结论 (it ends in the alias 评价结论)
  // before it is a 项目绩效 part (it starts with the core of 项目绩效情况); a loose match of its start
  // gives way to a name its end spells out. Not in a coordination (存在问题及改进措施 names two parts,
  // and the first one stays its match). The end may be a whole name, 情况 and all: 部门整体支出绩效目标
  // 完成情况 holds the goals part's title, but ends in the results part's 绩效目标完成情况 (and so does
  // its …完成情况分析: an analysis of a part is that part)
  let byEnd: ProfileSection | undefined;
  let byEndLen = 0;
  /** Whether the words before the end byEnd matched only qualify it (部门整体 of 部门整体绩效目标). */
  let byEndQualified = false;
  const analysed = sq.endsWith('分析') ? sq.slice(0, -2) : '';
  // (not for a line with no number and no heading style: only a name as it stands heads a part there)
  const gist = strict ? undefined : indicatorGist(sq);
  const loose = looseName(sq);
  for (const { section: s, cand, core, gist: named, loose: looseCand, looseCore } of candidatesOf(profile)) {
    // (one of the indicators part's names is that part's name: 绩效指标完成情况分析 is 绩效评价指标分析;
    // so is a name joined with other words: 存在的问题和改进措施 is 存在问题及改进措施)
    const whole = sq === cand || sq === core || (gist !== undefined && gist === named) || loose === looseCand || loose === looseCore;
    // a heading that starts with a name's core (in either joining words: looseName) matches it, unless it goes on with another head
    // (项目绩效目标 is not 项目绩效情况); a heading that is the start of a name matches it, unless the
    // rest of the name says what the part is about (项目绩效目标 is not 项目绩效目标完成情况)
    const hit = whole || (!strict && ((loose.startsWith(looseCore) && sq.length <= cand.length + 12 && !otherHead(loose.slice(looseCore.length), cand)) || (cand.startsWith(sq) && sq.length >= Math.min(4, cand.length) && !headRest(cand.slice(sq.length)))));
    if (hit && core.length > bestLen) {
      best = s;
      bestLen = core.length;
      exact = whole;
    }
    const end = strict || whole || core.length < 4 ? 0 : sq.endsWith(cand) || analysed.endsWith(cand) ? cand.length : sq.endsWith(core) ? core.length : 0;
    if (end > byEndLen) {
      byEnd = s;
      byEndLen = end;
      byEndQualified = QUALIFIERS.test(sq.slice(0, sq.length - end));
    }
  }
  // (a heading whose start matched a name but whose end is another part's: 项目绩效评价结论; or whose
  // start only qualifies the name it ends with: 部门整体绩效目标)
  if (best === undefined && byEnd !== undefined && !strict && (startsLikeOne(sq, profile) || byEndQualified) && !COORDINATION.test(sq)) return byEnd;
  if (best === undefined && !strict && RESULTS.test(sq)) {
    const results = profile.sections.find((s) => s.roles.includes('results'));
    if (results !== undefined) return results;
  }
  // (not where the outline sets the targets in a part of their own: the heading's part may hold them, 部门整体支出绩效情况 over
  // （一）绩效目标 and （二）完成情况)
  if (best === undefined && !strict && byWording && PERFORMANCE.test(sq) && !profile.sections.some((s) => s.roles.includes('goals') && !s.roles.includes('basics'))) {
    const results = profile.sections.find((s) => s.roles.includes('results'));
    if (results !== undefined) return results;
  }
  if (best === undefined && !strict && byWording && DEVIATION.test(sq)) {
    const problems = profile.sections.find((s) => s.roles.includes('problems'));
    if (problems !== undefined) return problems;
  }
  // (a heading of both, 存在的问题及整改措施, is the outline's part that holds both: 偏离绩效目标的原因和下一步改进措施)
  if (best === undefined && !strict && byWording && PROBLEMS_AND_MEASURES.test(sq)) {
    const both = profile.sections.find((s) => s.roles.includes('problems') && s.roles.includes('measures'));
    if (both !== undefined) return both;
  }
  if (best === undefined && !strict && byWording && MEASURES.test(sq)) {
    // (a part of its own: where the outline's part also holds the problems, 偏离绩效目标的原因和下一步改进措施, the report's
    // two parts are read as that one, split: matchParts)
    const measures = profile.sections.find((s) => s.roles.includes('measures'));
    if (measures !== undefined && !measures.roles.includes('problems')) return measures;
  }
  if (best === undefined && !strict && byWording && EVALUATION.test(sq)) {
    // (not a part about how the result is used and published: 绩效自评结果拟应用和公开情况)
    const evaluation = profile.sections.find((s) => s.roles.includes('evaluation') && !/应用|公开/.test(s.title));
    if (evaluation !== undefined) return evaluation;
  }
  if (best === undefined && part) return partByEnd(sq, profile);
  return best !== undefined && !exact && byEnd !== undefined && !COORDINATION.test(sq) ? byEnd : best;
}

/**
 * "第二部分 2023年度示例县示例局部门决算情况说明", "第一部分 示例镇概况": a part's heading names the
 * unit and the year before the title, so it is matched by its end: a section's name, or that name
 * without the 部门 / 单位 the unit's own name stands for (概况 of 部门概况).
 */
function partByEnd(sq: string, profile: Profile): ProfileSection | undefined {
  let best: ProfileSection | undefined;
  let bestLen = 0;
  for (const { section, core } of candidatesOf(profile)) {
    const own = core.replace(/^(?:部门|单位)/, '');
    const end = sq.endsWith(core) ? core : own.length >= 2 && sq.endsWith(own) ? own : '';
    if (end.length > bestLen) {
      best = section;
      bestLen = end.length;
    }
  }
  return best;
}

function looksLikeUnmatchedHeading(rest: string, style: string, block: Block): boolean {
  if (block.headingLevel !== 1 && style !== 'chinese-dun' && style !== 'chinese-part') return false;
  // a part's heading holds the unit's full name and the year: longer than other headings
  if (!squashedFits(rest, style === 'chinese-part' ? 60 : 24)) return false;
  return squash(rest).length > 0 && !/[，。；]/.test(rest.replace(/[。]$/, ''));
}

interface Classified {
  content: SectionFact['content'];
  templateLeft: Src[];
  subsections: HeadingFact[];
  items: HeadingFact[];
}

function classifyBody(body: readonly Block[], profile: Profile, subStyles: ReadonlySet<string>): Classified {
  let substantive = false;
  let nil = false;
  const template: Src[] = [];
  const subsections: HeadingFact[] = [];
  const items: HeadingFact[] = [];
  for (const block of body) {
    if (block.kind === 'row') {
      if (/[\u4e00-\u9fff\d]/.test(block.norm)) substantive = true;
      continue;
    }
    const numbered = subHeading(block, subStyles);
    if (numbered?.item) items.push(numbered.heading);
    const sub = numbered?.item ? undefined : numbered;
    if (sub) {
      subsections.push(sub.heading);
      // "（一）预算编制不够科学。" states something: a sub-heading that ends a sentence is content
      if (/[。；！]$/.test(block.norm.trim()) && sub.length >= block.norm.trim().length - 1 && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(sub.heading.text)) substantive = true;
    }
    for (const s of sentences(block)) {
      const offset = sub && s.start < sub.length ? sub.length - s.start : 0;
      const t = s.norm.slice(Math.max(0, offset)).replace(/\s+/g, '');
      if (!t) continue;
      if (anyMatches(profile.template, t)) template.push(sentenceSrc(s));
      // once the section is substantive only template text left in it still matters
      else if (substantive) continue;
      else if (anyMatches(profile.nil, t) || anyMatches(profile.empty, t)) nil = true;
      else if (/[\u4e00-\u9fff\d].*[\u4e00-\u9fff\d]/.test(t)) substantive = true;
    }
  }
  const content = substantive ? 'substantive' : nil ? 'nil' : template.length > 0 ? 'template' : 'empty';
  return { content, templateLeft: substantive ? template : [], subsections, items };
}

/** Does any of the patterns match? (A loop: this runs for every sentence of every section.) */
function anyMatches(patterns: readonly RegExp[], t: string): boolean {
  for (let k = 0; k < patterns.length; k++) if (patterns[k]!.test(t)) return true;
  return false;
}

/** A sub-heading（一）/（1）/ Heading 2, possibly run in with its first sentence. */
/**
 * A line that opens with a number of a sub-heading style: a heading, or (item) a numbered list item
 * that states figures or more than a topic, which still counts in its level's numbering.
 */
function subHeading(block: Block, subStyles: ReadonlySet<string>): { heading: HeadingFact; length: number; item?: true } | undefined {
  const t = block.norm;
  const lead = t.length - t.trimStart().length;
  const num = headingNumber(t.trimStart());
  const isSub = subStyles.has(num.style) || (block.headingLevel !== undefined && block.headingLevel >= 2);
  if (!isSub) return undefined;
  const body = t.slice(lead + num.length);
  const stop = body.search(/[。；]/);
  const titleLen = stop < 0 ? body.length : stop;
  const heading = (len: number): HeadingFact => ({
    text: block.text.slice(lead, lead + num.length + len).trim(),
    line: block.line,
    style: num.style,
    ...(num.number !== undefined ? { number: num.number } : {}),
  });
  // "（1）按经济科目分类：工资福利支出610.75万元；…" and "（1）新建改造农村集中供水工程≥15处；" are numbered
  // list items, not headings: a heading names a topic, it does not state figures
  const title = body.slice(0, titleLen);
  if (titleLen > (stop < 0 ? 60 : 30) || /[：:]|\d(万元|元|亿元|%)/.test(title) || (stop >= 0 && /\d/.test(title))) {
    return num.number !== undefined && subStyles.has(num.style) ? { heading: heading(Math.min(titleLen, 30)), length: 0, item: true } : undefined;
  }
  return { heading: heading(titleLen), length: lead + num.length + titleLen + (stop < 0 ? 0 : 1) };
}
