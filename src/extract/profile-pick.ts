/**
 * Which outline a document follows, when several are offered: the one whose sections its
 * top-level headings name best. A profile is eligible when at least its `minMatched` sections are
 * found; among the eligible, one made for the document's kind comes first, then the larger share
 * of the profile's sections found, then a title naming the profile's place, then the order given.
 * No eligible profile: the closest (largest share) is named, so the report can say so.
 */
import type { Block } from '../read/types.js';
import { DEFAULT_PROFILE, type DocumentKind, type Profile } from '../profiles/profile.js';
import { headingKey, matchSquashed, partsOnTopOf, topLevel, type HeadingReading } from './outline.js';
import { headingNumber } from './text.js';
import { CENTRAL, localTitle, outlineOf, provinceOf } from '../profiles/places.js';

export interface ProfileChoice {
  /** The profile picked (or, when none is eligible, the closest). */
  id: string;
  /** Sections of it that the document's headings name, and how many it has. */
  matched: number;
  total: number;
  /** Whether it was picked by the document (false: given by --profile or the configuration). */
  auto: boolean;
  /** Whether enough of its sections were found for section checks. */
  eligible: boolean;
  /** Why, in a sentence. */
  why: string;
  /** The runners-up, best first: id and sections found. */
  others: { id: string; matched: number; total: number }[];
  /**
   * A provincial outline picked for a document its title places in another province (places.ts),
   * or a central one (中央部门) for a document its title places in a province: the two places. Its
   * sections are then no requirement of the document (a guess of ours). `document` is '' for a
   * central outline picked for a local unit's report whose title tells no province (某县…), and for
   * a provincial outline other than the default picked for a title that tells no province.
   */
  foreign?: { document: string; outline: string };
}


interface HeadingTitle {
  key: string;
  strict: boolean;
  part: boolean;
}

/**
 * The titles of a document's top-level heading candidates, squashed once, with whether only a strict match counts; under
 * 第一部分 … headings, also as read with 一、 on top (extractOutline takes the reading that names more of an outline's parts).
 */
function headingReadings(blocks: readonly Block[]): HeadingTitle[][] {
  return partsOnTopOf(blocks) ? [headingTitles(blocks, 'parts'), headingTitles(blocks, 'under-parts')] : [headingTitles(blocks, 'plain')];
}

function headingTitles(blocks: readonly Block[], reading: HeadingReading): HeadingTitle[] {
  const out: HeadingTitle[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const t = b.norm.trim();
    if (!t || t.length > 60) continue;
    const num = headingNumber(t);
    // the same test as the outline's (outline.ts boundaryAt)
    if (!topLevel(reading, num.style, b.headingLevel)) continue;
    const part = num.style === 'chinese-part';
    const key = headingKey(t.slice(num.length).trim(), part ? 60 : 40);
    if (key !== undefined) out.push({ key, strict: num.style === 'none' && b.headingLevel === undefined, part });
  }
  return out;
}

interface Scored {
  profile: Profile;
  matched: number;
  eligible: boolean;
  kindFit: boolean;
  placeFit: boolean;
  order: number;
}

export function pickProfile(blocks: readonly Block[], profiles: readonly Profile[], kind: DocumentKind, head: string): { profile: Profile; choice: ProfileChoice } {
  const readings = headingReadings(blocks);
  const scored: Scored[] = profiles.map((profile, order) => {
    let matched = 0;
    for (const titles of readings) {
      const found = new Set<string>();
      for (const h of titles) {
        // (the part a heading names first: one that names two, 部门整体支出绩效目标及完成情况, would favour
        // an outline that has them apart over one that has them as one part)
        // (and by the outline's names: not by a wording any outline's part answers to, DEVIATION)
        const s = matchSquashed(h.key, profile, h.strict, h.part, false);
        if (s) found.add(s.no);
      }
      matched = Math.max(matched, found.size);
    }
    return {
      profile,
      matched,
      eligible: matched >= profile.minMatched,
      kindFit: profile.kinds.includes(kind),
      placeFit: profile.place !== undefined && profile.place.test(head),
      order,
    };
  });
  const share = (s: Scored): number => s.matched / s.profile.sections.length;
  scored.sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      (a.eligible ? Number(b.kindFit) - Number(a.kindFit) : 0) ||
      share(b) - share(a) ||
      Number(b.placeFit) - Number(a.placeFit) ||
      b.matched - a.matched ||
      a.order - b.order,
  );
  const best = scored[0]!;
  const others = scored.slice(1, 4).filter((s) => s.matched > 0).map((s) => ({ id: s.profile.id, matched: s.matched, total: s.profile.sections.length }));
  const found = `${best.matched}/${best.profile.sections.length}`;
  const why = best.eligible
    ? `标题与“${best.profile.name}”的 ${found} 个部分相符${best.kindFit ? '，且为同类文档' : ''}${best.placeFit ? '，标题中有其地名' : ''}`
    : `没有提纲达到匹配要求；最接近的是“${best.profile.name}”（${found} 个部分）`;
  const province = provinceOf(head);
  // (an outline for the central government's departments, picked for a local unit's report, is a guess
  // too, also when the title tells no province: 某县医疗保障事务中心, 朝阳区…; document '' then)
  const outline = outlineOf(best.profile);
  // (and so is another province's outline than the default one, picked for a title that tells no
  // province: its headings matched some of ours, no more; the default outline is the one for such a title)
  // (the default outline too, when under half of its parts are found: "一、部门基本情况…七、其他需说明的情况" in another province's seven
  // parts matches 4 of Hunan's 10 by their words, and the six it lacks are not the report's to have)
  const guessed = (outline === CENTRAL && localTitle(head)) || (outline !== undefined && outline !== CENTRAL && (best.profile.id !== DEFAULT_PROFILE || share(best) < 0.5) && !best.placeFit);
  const document = province ?? (guessed ? '' : undefined);
  const foreign = document !== undefined && outline !== undefined && document !== outline ? { document, outline } : undefined;
  return {
    profile: best.profile,
    choice: { id: best.profile.id, matched: best.matched, total: best.profile.sections.length, auto: true, eligible: best.eligible, why, others, ...(foreign ? { foreign } : {}) },
  };
}
