/**
 * A province's outline as data (src/profiles/<id>.yaml): section titles and aliases, which are
 * required, which may state a nil, the outline's instruction sentences, cover fields, grade bands.
 * Compiled once per run: regex sources from the file become RegExp here (data, never code).
 */

export interface ProfileSection {
  no: string;
  title: string;
  aliases: string[];
  required: boolean;
  nilAllowed: boolean;
  /** Budget fund the section reports (gpb, gov, soe, ssf). */
  fund?: string;
}

export interface Profile {
  id: string;
  name: string;
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
  minMatched?: number;
  sections: {
    no: string;
    title: string;
    aliases?: string[];
    required?: boolean;
    nilAllowed?: boolean;
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
    minMatched: src.minMatched ?? Math.ceil(src.sections.length / 2),
    sections: src.sections.map((s) => ({
      no: s.no,
      title: s.title,
      aliases: s.aliases ?? [],
      required: s.required ?? true,
      nilAllowed: s.nilAllowed ?? false,
      ...(s.fund ? { fund: s.fund } : {}),
    })),
    template: (src.template ?? []).map((r) => new RegExp(r)),
    nil: (src.nil ?? []).map((r) => new RegExp(r)),
    empty: (src.empty ?? []).map((r) => new RegExp(r)),
    cover: (src.cover ?? []).map((c) => ({ name: c.name, label: new RegExp(c.label) })),
    grades: [...(src.grades ?? [])].sort((a, b) => b.min - a.min),
  };
}
