/** Outline check facts: profile match, required sections, content, order, numbering. */
import { provinceEn } from '../profiles/places.js';
import type { HeadingFact, ReportModel } from '../extract/model.js';
import { sharesWord } from '../extract/text.js';
import { rolesOf, type Profile, type Role } from '../profiles/profile.js';
import { mapList } from './list.js';
import type { ReportView } from './view.js';
import type { CheckItem } from './types.js';

const STYLE_SAMPLE: Record<string, (n: number) => string> = {
  'chinese-dun': (n) => `${cn(n)}、`,
  'chinese-part': (n) => `第${cn(n)}部分`,
  'arabic-dun': (n) => `${n}、`,
  'arabic-dot': (n) => `${n}.`,
  'paren-chinese': (n) => `（${cn(n)}）`,
  'paren-arabic': (n) => `（${n}）`,
  circled: (n) => '①②③④⑤⑥⑦⑧⑨⑩'[n - 1] ?? `${n}`,
  none: () => '（无编号）',
};

export function cn(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)]! + '十' + (n % 10 ? d[n % 10] : '');
}

export function documentItem(model: ReportModel, profile: Profile): CheckItem {
  // plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const matched: string[] = [];
  // (a part per heading: one that names two parts, 部门整体支出绩效目标及完成情况, counts once here, as in
  // the outline picker; it tells less that the document follows an outline that has them apart)
  // (nor does one matched by a wording any outline's part answers to, byWording)
  for (const s of model.outline.sections) if (s.byWording !== true) matched.push(s.no);
  return {
    key: 'document',
    title: model.title ?? '',
    year: model.year ?? null,
    unit: model.unit ?? '',
    kind: model.kind ?? 'unknown',
    profileMatched: matched.length >= profile.minMatched,
    minMatched: profile.minMatched,
    matched: matched.join('、') || '无',
    matchedEn: matched.join(', ') || 'none',
    matchedCount: matched.length,
    sectionCount: profile.sections.length,
    sharePct: Math.round((100 * matched.length) / profile.sections.length),
    profileName: profile.name,
    profileAuto: model.profileChoice?.auto === true,
    outlineForeign: model.profileChoice?.foreign !== undefined,
    documentProvince: model.profileChoice?.foreign?.document ?? '',
    outlineProvince: model.profileChoice?.foreign?.outline ?? '',
    documentProvinceEn: provinceEn(model.profileChoice?.foreign?.document ?? ''),
    outlineProvinceEn: provinceEn(model.profileChoice?.foreign?.outline ?? ''),
    required: profile.sections.filter((s) => s.required).length,
    data: { matched: matched.join('、') || '无', matchedCount: matched.length, profile: profile.id },
  };
}

/** Words every part's title may hold: no sign of which part a heading is. */
const COMMON_WORDS = new Set(['绩效', '项目', '部门', '单位', '整体', '支出', '情况', '分析', '有关', '其他', '主要', '指标', '评价', '自评', '目标', '存在', '问题']);

/**
 * A part the outline names, missing by its title, whose place holds a heading of another name: a
 * top-level heading of the document's own numbering, numbered as that part, between the parts found
 * before and after it ("二、绩效自评工作开展情况" where the outline says 绩效评价工作开展情况, "六、下一步改进措施"
 * for 有关建议). The part is there under another name (section-renamed), not missing.
 */
function standInFor(model: ReportModel, profile: Profile, index: number, own = false): HeadingFact | undefined {
  const found = model.outline.sections;
  const style = found[0]?.style;
  if (style === undefined || style === 'none') return undefined;
  const rank = new Map(profile.sections.map((x, i) => [x.no, i]));
  let from = 0;
  let to = Infinity;
  for (const x of found) {
    const r = rank.get(x.no) ?? -1;
    if (r < index) from = Math.max(from, x.line);
    else if (r > index) to = Math.min(to, x.line);
  }
  const part = profile.sections[index]!;
  const names = [part.title, ...part.aliases];
  // (a document that numbers its parts its own way, a part found under another number than the outline's
  // "六、存在的问题及原因分析" for 五: the place between the parts found is the part's, whatever its number,
  // "八、改进措施及有关建议" after 七、主要经验做法 for 六 有关建议)
  const ownNumbering = found.some((x) => x.style === style && x.number !== undefined && x.number !== (rank.get(x.no) ?? -2) + 1);
  // (the heading says what the part is about in a word of its name that not every title holds: 工作开展 of
  // 绩效自评工作开展情况, 改进 of 下一步改进措施 and 改进建议; not 四、项目资金管理情况 for 绩效评价指标分析)
  // (under another number, by four characters of a name in a row, a word of them not every title holds:
  // not 五、自评结论 for 绩效自评结果拟应用和公开情况, whose 评结 is no word)
  // (a heading of the score, 六、绩效自评结果, is no part on how the result is used and published: 八、改进措施及结果应用 is)
  const aboutUse = /应用|公开/.test(part.title);
  const named = (h: HeadingFact): boolean =>
    !own ? h.number === index + 1 && names.some((n) => sharesWord(h.text, n, COMMON_WORDS)) : ownNumbering && !(aboutUse && SCORE_HEADING.test(bareTitle(h.text))) && names.some((n) => distinctRun(bareTitle(h.text), n.replace(/\s/g, '')));
  const candidates = model.outline.unmatched.filter((h) => h.style === style && h.line > from && h.line < to && named(h));
  if (candidates.length === 1) return candidates[0];
  return candidates.length === 0 && !own ? fundsStandIn(model, profile, index, style, from, to) : undefined;
}

/** A heading that says it gives the evaluation's score or conclusion: what an evaluation part holds. */
const SCORE_HEADING = /(?:得分|评分|评价结论|自评结论|评价结果|自评结果|评价等级)(?:情况)?$/;

/**
 * The outline's evaluation part (综合评价情况及评价结论), missing by its title, where the document gives the score
 * under a heading of its own that says so ("五、绩效评价指标分析及得分"): the one such top-level heading, while no
 * part found serves for the evaluation. Not a part on how the result is used and published (绩效自评结果拟应用和
 * 公开情况): a score is not that.
 */
function scoreStandIn(model: ReportModel, profile: Profile, part: Profile['sections'][number]): HeadingFact | undefined {
  return /应用|公开/.test(part.title) ? undefined : headingStandIn(model, profile, part, 'evaluation', SCORE_HEADING);
}

/**
 * The outline's part of `role`, missing by its title, where the document reports it under a top-level heading of its
 * own that `says` it does: the one such heading of the document's numbering, while no part found serves for the role.
 */
function headingStandIn(model: ReportModel, profile: Profile, part: Profile['sections'][number], role: Role, says: RegExp): HeadingFact | undefined {
  if (!part.roles.includes(role)) return undefined;
  const style = model.outline.sections[0]?.style;
  if (style === undefined || style === 'none') return undefined;
  // (a part found that serves for the role: the outline's part is then missing indeed)
  if (model.outline.sections.some((x) => rolesOf(profile, x).includes(role))) return undefined;
  const candidates = model.outline.unmatched.filter((h) => h.style === style && says.test(h.text.replace(/\s/g, '')));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A heading that says it reports how the targets were met: what a results part holds. */
const RESULTS_HEADING = /(?:完成|实现)(?:情况)?(?:及(?:其)?分析)?$|绩效分析$|指标(?:完成情况)?分析$/;

/**
 * The outline's results part (绩效分析, 绩效目标完成情况), missing by its title, where the document reports
 * the results under a heading of its own that says so, elsewhere in its numbering ("二、绩效目标设定及实现
 * 情况" in a report of eight parts of its own): the one such top-level heading, while no part found serves
 * for the results. The part is there under another name and place, not missing.
 */
function resultsStandIn(model: ReportModel, profile: Profile, part: Profile['sections'][number]): HeadingFact | undefined {
  return headingStandIn(model, profile, part, 'results', RESULTS_HEADING);
}

/** A heading about spending: what the outline's parts by fund (一般公共预算支出情况 …) report. */
const SPENDING_HEADING = /支出|预算|经费|资金/;

/**
 * The outline's parts by fund (二 一般公共预算支出情况 … 五 社会保险基金预算支出情况), all missing, where the
 * document writes one part about its spending in their place ("二、部门整体支出管理及使用情况", as Hunan's
 * earlier outline and many units' reports have it): that part stands in for each of them. The only
 * heading of the document's numbering between the parts found before and after the run, numbered as
 * its first part.
 */
function fundsStandIn(model: ReportModel, profile: Profile, index: number, style: string, from: number, to: number): HeadingFact | undefined {
  const present = new Set(model.outline.sections.flatMap((x) => [x.no, ...(x.also ?? [])]));
  const inRun = (i: number): boolean => profile.sections[i]?.fund !== undefined && !present.has(profile.sections[i]!.no);
  if (!inRun(index)) return undefined;
  let first = index;
  while (inRun(first - 1)) first--;
  let last = index;
  while (inRun(last + 1)) last++;
  if (last === first) return undefined;
  // (the first of the document's own headings there: parts of its own may follow it before the next part found,
  // "二、部门预算及执行情况" then "三、部门整体绩效目标及完成情况", "四、绩效评价得分情况")
  const between = model.outline.unmatched.filter((h) => h.style === style && h.line > from && h.line < to).sort((a, b) => a.line - b.line);
  const h = between[0];
  return h && h.number === first + 1 && SPENDING_HEADING.test(h.text) ? h : undefined;
}

/**
 * The outline's part, missing as a part, written as a sub-heading of a part found ("六、存在的问题及改进措施"
 * then "（三）绩效自评结果应用" for 绩效自评结果拟应用和公开情况): the one sub-heading that holds four or more
 * characters of the part's name in a row, a word of them not every title holds. The part is there, a level
 * down, not missing.
 */
function subStandIn(model: ReportModel, profile: Profile, part: Profile['sections'][number]): HeadingFact | undefined {
  const names = [part.title, ...part.aliases].map((n) => n.replace(/\s/g, ''));
  const candidates: HeadingFact[] = [];
  for (const x of model.outline.sections) {
    for (const h of x.subsections) {
      const text = bareTitle(h.text);
      if (names.some((n) => distinctRun(text, n))) candidates.push(h);
    }
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Words of a heading that say which part it is, for the parts that combine several (问题 and 措施). */
const ROLE_HEADING: Partial<Record<string, RegExp>> = {
  problems: /问题|偏离|偏差/,
  measures: /改进|措施|建议|打算/,
};

/**
 * The outline's part that combines two (偏离绩效目标的原因和下一步改进措施: problems and measures), missing as one,
 * where the document writes a part of its own for each ("五、存在问题及原因分析", "六、下一步改进措施"): each of the
 * part's roles named by one top-level heading of the document's numbering, the headings distinct. The part is
 * there, in two.
 */
function splitStandIn(model: ReportModel, profile: Profile, part: Profile['sections'][number]): HeadingFact | undefined {
  if (part.roles.length < 2 || part.roles.some((r) => ROLE_HEADING[r] === undefined)) return undefined;
  const style = model.outline.sections[0]?.style;
  if (style === undefined || style === 'none') return undefined;
  // (a part found that serves for one of the roles: that is where it is written)
  if (model.outline.sections.some((x) => rolesOf(profile, x).some((r) => part.roles.includes(r)))) return undefined;
  const top = model.outline.unmatched.filter((h) => h.style === style);
  const each = part.roles.map((r) => top.filter((h) => ROLE_HEADING[r]!.test(h.text) && !part.roles.some((o) => o !== r && ROLE_HEADING[o]!.test(h.text))));
  if (each.some((hs) => hs.length !== 1)) return undefined;
  const hs = each.map((x) => x[0]!);
  return { ...hs[0]!, text: hs.map((h) => h.text).join(' / ') };
}

/** A heading's title without its spaces and number. */
function bareTitle(text: string): string {
  return text.replace(/\s/g, '').replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?/, '');
}

/** Whether a and b share a run of four or more characters with two Chinese characters left once the words every title holds are taken out. */
function distinctRun(a: string, b: string): boolean {
  for (let i = 0; i + 4 <= a.length; i++) {
    let len = 4;
    while (i + len <= a.length && b.includes(a.slice(i, i + len))) len++;
    if (len > 4 && [...COMMON_WORDS].reduce((run, w) => run.replaceAll(w, ''), a.slice(i, i + len - 1)).replace(/[^\u4e00-\u9fff]/g, '').length >= 2) return true;
  }
  return false;
}

/**
 * The heading that stands in for a part missing by its title, and what it was taken by: the first of the stand-ins, in
 * order, that finds one; last, the place in a numbering of the document's own (a part written in two is that part in two).
 */
function standInOf(model: ReportModel, profile: Profile, p: Profile['sections'][number]): { heading: HeadingFact; by: 'place' | 'subject' | 'score' | 'sub' | 'split' } | undefined {
  const index = profile.sections.indexOf(p);
  const tries: [() => HeadingFact | undefined, 'place' | 'subject' | 'score' | 'sub' | 'split'][] = [
    [() => standInFor(model, profile, index), 'place'],
    [() => resultsStandIn(model, profile, p), 'subject'],
    [() => scoreStandIn(model, profile, p), 'score'],
    [() => subStandIn(model, profile, p), 'sub'],
    [() => splitStandIn(model, profile, p), 'split'],
    [() => standInFor(model, profile, index, true), 'place'],
  ];
  for (const [find, by] of tries) {
    const heading = find();
    if (heading) return { heading, by };
  }
  return undefined;
}

export function sectionItems(model: ReportModel, profile: Profile, view?: ReportView): CheckItem[] {
  return mapList(profile.sections, (p) => {
    // (present also as a further part a heading names: 部门整体支出绩效目标及完成情况 is the results part too)
    const s = model.outline.sections.find((x) => x.no === p.no || x.also?.includes(p.no) === true);
    const found = s === undefined ? standInOf(model, profile, p) : undefined;
    const standIn = found?.heading;
    const content = s?.content ?? 'missing';
    const empty = s !== undefined && (content === 'empty' || content === 'template' || (content === 'nil' && !p.nilAllowed));
    const item: CheckItem = {
      key: `section:${p.no}`,
      section: p.no,
      ...(s ? { src: { line: s.line, column: 1, excerpt: s.text } } : {}),
      no: p.no,
      title: p.title,
      roles: p.roles,
      // the part's text, when asked for (null: not read, or no document)
      text: s && view ? (view.sections().find((x) => x.fact === s)?.text ?? null) : view?.blocks ? '' : null,
      required: p.required,
      present: s !== undefined,
      heading: s?.text ?? '',
      standIn: standIn?.text ?? '',
      standInBy: found?.by ?? '',
      content,
      nilAllowed: p.nilAllowed,
      empty,
      data: { section: p.no, content },
    };
    if (standIn) item.src = { line: standIn.line, column: 1, excerpt: standIn.text };
    return item;
  });
}

export function templateItems(model: ReportModel): CheckItem[] {
  return model.outline.sections.flatMap((s) =>
    s.templateLeft.map((t, i) => ({ key: `template:${s.no}:${i}`, src: t, section: s.no, text: t.excerpt, data: { section: s.no, text: t.excerpt } })),
  );
}

/** Sections not on the longest run in outline order are out of place. */
export function orderItems(model: ReportModel, profile: Profile): CheckItem[] {
  const rank = new Map(profile.sections.map((s, i) => [s.no, i]));
  const secs = model.outline.sections;
  // plain loops: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const r: number[] = [];
  for (const s of secs) r.push(rank.get(s.no) ?? 0);
  const keep = longestIncreasing(r);
  const out: CheckItem[] = [];
  for (let i = 0; i < secs.length; i++) {
    if (keep.has(i)) continue;
    const s = secs[i]!;
    const prev = secs[i - 1];
    out.push({
      key: `order:${s.no}`,
      src: { line: s.line, column: 1, excerpt: s.text },
      no: s.no,
      title: s.title,
      after: prev?.no ?? '',
      afterTitle: prev?.title ?? '',
      data: { section: s.no, after: prev?.no ?? '' },
    });
  }
  return out;
}

function longestIncreasing(a: readonly number[]): Set<number> {
  // plain loop: one elements kind, no deopt in a batch
  const len: number[] = [];
  const prev: number[] = [];
  for (let i = 0; i < a.length; i++) {
    len.push(1);
    prev.push(-1);
  }
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < i; j++)
      if (a[j]! < a[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
  let best = -1;
  for (let i = 0; i < a.length; i++) if (best < 0 || len[i]! > len[best]!) best = i;
  const keep = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

export function numberingItems(model: ReportModel): CheckItem[] {
  const out: CheckItem[] = [];
  const top = model.outline.sections;
  // the numbering runs over every top-level heading, also those the outline does not name
  // (五、主要经验及做法 between 四 and 六 is no gap)
  const headings: HeadingFact[] = [...top, ...model.outline.unmatched].sort((a, b) => a.line - b.line);
  out.push(...levelIssues(headings, 'top', { key: '', shown: '' }, (h) => (top.find((s) => s.line === h.line)?.no ?? '')));
  for (const s of top) {
    const first = s.subsections[0]?.style;
    const siblings = s.subsections.filter((h) => h.style === first);
    // the part named as the report numbers it (五、存在的问题 matched to the outline's part 四 is 第五部分)
    const shown = s.number !== undefined ? cn(s.number) : s.no;
    const items = (s.items ?? []).filter((h) => h.style === first);
    out.push(...levelIssues(siblings, 'sub', { key: s.no, shown }, () => s.no, items).filter((i) => i.kind !== 'mixed'));
  }
  return out;
}

/**
 * Do the numbered list items between two headings carry the numbers the headings skip? "（二）基层执法力量薄弱，
 * 9个监管所…" between （一） and （三） states figures, so it is no heading, yet it continues the numbering.
 */
function itemsFill(items: readonly HeadingFact[], after: HeadingFact, before: HeadingFact): boolean {
  let next = after.number! + 1;
  for (const it of items) if (it.line > after.line && it.line < before.line && it.number === next) next++;
  return next === before.number;
}

/** `parent`: the part a sub-level belongs to, by the outline's number (the key) and as the report numbers it (shown). */
interface Parent {
  key: string;
  shown: string;
}

function levelIssues(hs: readonly HeadingFact[], level: string, parent: Parent, sectionOf: (h: HeadingFact) => string, items: readonly HeadingFact[] = []): CheckItem[] {
  const out: CheckItem[] = [];
  if (hs.length < 2) return out;
  // plain loops: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const seen = new Set<string>();
  const styles: string[] = [];
  for (const h of hs) {
    if (seen.has(h.style)) continue;
    seen.add(h.style);
    styles.push(h.style);
  }
  if (styles.length > 1) {
    const groups: string[] = [];
    const groupsEn: string[] = [];
    for (const st of styles) {
      const members: HeadingFact[] = [];
      for (const h of hs) if (h.style === st) members.push(h);
      const sample = STYLE_SAMPLE[st]?.(members[0]?.number ?? 1) ?? st;
      const names: string[] = [];
      for (const h of members) {
        const name = sectionOf(h);
        if (name) names.push(name);
      }
      // each style named by its sample, with the sections numbered in it (the rule file words the message)
      groups.push(`“${sample}”式（${names.join('、') || members.length + '处'}）`);
      groupsEn.push(`"${sample}" (${names.join(', ') || `${members.length} place(s)`})`);
    }
    const firstOther = hs.find((h) => h.style !== hs[0]!.style)!;
    out.push({
      key: `numbering:${level}:${parent.key}:mixed`,
      src: { line: firstOther.line, column: 1, excerpt: firstOther.text },
      level,
      parent: parent.shown,
      kind: 'mixed',
      groups,
      groupsEn,
      from: '',
      to: '',
      styles: styles.join(','),
      data: { kind: 'mixed', styles: groups.join('；') },
    });
  }
  for (let i = 1; i < hs.length; i++) {
    const a = hs[i - 1]!.number;
    const b = hs[i]!.number;
    if (a === undefined || b === undefined) continue;
    if (b === a || b === a + 1) {
      if (b === a) out.push(issue(hs[i]!, level, parent, 'repeat', a, b));
    } else if (b > a + 1 && !itemsFill(items, hs[i - 1]!, hs[i]!)) {
      out.push(issue(hs[i]!, level, parent, 'gap', a, b));
    }
  }
  return out;
}

function issue(h: HeadingFact, level: string, parent: Parent, kind: string, from: number, to: number): CheckItem {
  return {
    key: `numbering:${level}:${parent.key}:${kind}:${h.number}`,
    src: { line: h.line, column: 1, excerpt: h.text },
    level,
    parent: parent.shown,
    kind,
    groups: [],
    from,
    to,
    styles: h.style,
    data: { kind, number: h.number ?? '' },
  };
}

