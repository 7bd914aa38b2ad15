/**
 * An outline as data (src/profiles/<id>.yaml): the kinds of document it is for, where it comes
 * from, its sections (numbering, titles and aliases, order, required or optional, and the role
 * of each), the outline's instruction sentences, cover fields, grade bands.
 * Compiled once per run: regex sources from the file become RegExp here (data, never code).
 */

/** What a section is for: the code asks for a role, never for a section number. */
export const ROLES = ['basics', 'goals', 'budget', 'results', 'problems', 'measures', 'evaluation', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of document (issue 9; JSON `files[].kind`). */
export const DOCUMENT_KINDS = ['department-self-evaluation', 'project-self-evaluation', 'self-evaluation-form', 'final-accounts', 'evaluation-report', 'unknown'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const KIND_WORDS: Record<string, [string, string]> = {
  'department-self-evaluation': ['部门整体支出自评', 'department self-evaluation'],
  'project-self-evaluation': ['项目支出自评', 'project self-evaluation'],
  'self-evaluation-form': ['绩效自评表', 'self-evaluation form'],
  'final-accounts': ['部门决算/预算说明', 'final accounts or budget statement'],
  'evaluation-report': ['绩效评价报告', 'evaluation report'],
  unknown: ['类型不明', 'kind unknown'],
};

/** A kind of document in words. */
export function kindWords(kind: string, lang: 'zh' | 'en'): string {
  return KIND_WORDS[kind]?.[lang === 'en' ? 1 : 0] ?? kind;
}

export interface ProfileSection {
  no: string;
  title: string;
  aliases: string[];
  required: boolean;
  nilAllowed: boolean;
  /** What the section is for (a section may serve two: 一、基本情况 holds Hunan's goals). */
  roles: Role[];
  /** Budget fund the section reports (gpb, gov, soe, ssf). */
  fund?: string;
}

export interface Profile {
  id: string;
  name: string;
  /** The kinds of document written to this outline. */
  kinds: DocumentKind[];
  /** Where the outline comes from (a notice, a template, the published reports it was read from). */
  source: string;
  /** A document whose title names this place is taken for this outline when two match alike. */
  place?: RegExp;
  /**
   * Written for the central government's departments and their units: a report its title places in
   * a province (a local unit's) is none of theirs, and the outline no requirement of it.
   */
  central?: boolean;
  minMatched: number;
  sections: ProfileSection[];
  template: RegExp[];
  nil: RegExp[];
  empty: RegExp[];
  cover: { name: string; label: RegExp }[];
  grades: { grade: string; min: number }[];
}

export interface ProfileSource {
  id: string;
  name: string;
  kinds?: DocumentKind[];
  source?: string;
  place?: string;
  central?: boolean;
  minMatched?: number;
  sections: {
    no: string;
    title: string;
    aliases?: string[];
    required?: boolean;
    nilAllowed?: boolean;
    role?: Role | Role[];
    fund?: string;
  }[];
  template?: string[];
  nil?: string[];
  empty?: string[];
  cover?: { name: string; label: string }[];
  grades?: { grade: string; min: number }[];
}

export function compileProfile(src: ProfileSource): Profile {
  return {
    id: src.id,
    name: src.name,
    kinds: src.kinds ?? ['department-self-evaluation'],
    source: src.source ?? '',
    ...(src.place ? { place: new RegExp(src.place) } : {}),
    ...(src.central ? { central: true } : {}),
    minMatched: src.minMatched ?? Math.ceil(src.sections.length / 2),
    sections: src.sections.map((s) => ({
      no: s.no,
      title: s.title,
      aliases: s.aliases ?? [],
      required: s.required ?? true,
      nilAllowed: s.nilAllowed ?? false,
      roles: s.role === undefined ? (s.fund ? ['budget'] : ['other']) : Array.isArray(s.role) ? s.role : [s.role],
      ...(s.fund ? { fund: s.fund } : {}),
    })),
    template: (src.template ?? []).map((r) => new RegExp(r)),
    nil: (src.nil ?? []).map((r) => new RegExp(r)),
    empty: (src.empty ?? []).map((r) => new RegExp(r)),
    cover: (src.cover ?? []).map((c) => ({ name: c.name, label: new RegExp(c.label) })),
    grades: [...(src.grades ?? [])].sort((a, b) => b.min - a.min),
  };
}

/** The first section of a profile that serves a role (also as a further part its heading names). */
export function sectionWithRole<T extends { no: string; also?: readonly string[] }>(profile: Profile, sections: readonly T[], role: Role): T | undefined {
  const nos = new Set(profile.sections.filter((s) => s.roles.includes(role)).map((s) => s.no));
  return sections.find((s) => nos.has(s.no) || (s.also !== undefined && s.also.some((no) => nos.has(no))));
}

/**
 * The roles a document's section serves: its part's, and those of the further parts its heading
 * names (部门整体支出绩效目标及完成情况: goals and results).
 */
export function rolesOf(profile: Profile, section: { no: string; also?: readonly string[] }): Role[] {
  const own = profile.sections.find((p) => p.no === section.no)?.roles ?? [];
  if (section.also === undefined) return own;
  const roles = [...own];
  for (const no of section.also) for (const r of profile.sections.find((p) => p.no === no)?.roles ?? []) if (!roles.includes(r)) roles.push(r);
  return roles;
}

/** The profile's number of the section that serves a role (the first), if any. */
export function roleNo(profile: Profile, role: Role): string | undefined {
  return profile.sections.find((s) => s.roles.includes(role))?.no;
}

/** The default outline, and the first offered (a tie between two outlines goes to it). */
export const DEFAULT_PROFILE = 'hunan';

/** Built-in profiles in a fixed order: the default first, then by id. */
export function orderProfiles(sources: Record<string, ProfileSource>): Profile[] {
  return Object.keys(sources)
    .sort((a, b) => (a === DEFAULT_PROFILE ? -1 : b === DEFAULT_PROFILE ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((id) => compileProfile(sources[id]!));
}
