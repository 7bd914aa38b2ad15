/**
 * Src (line, column, excerpt) → Location: canonical section, heading as written, and a path a
 * Word user can follow (heading › sub-heading › 第N段). Resolved once, when a finding is made.
 */
import type { ReportModel, Src } from '../extract/model.js';
import type { Location } from './types.js';

export function resolveLocation(file: string, model: ReportModel, src: Src | undefined, section?: string): Location {
  const sections = model.outline.sections;
  const sec = src
    ? sections.find((s) => src.line >= s.line && src.line <= s.endLine)
    : sections.find((s) => s.no === section);
  const path: string[] = [];
  if (sec) {
    path.push(sec.text);
    if (src) {
      const sub = [...sec.subsections].reverse().find((h) => h.line <= src.line);
      if (sub) path.push(sub.text);
      const n = src.line - (sub?.line ?? sec.line);
      if (n > 0) path.push(`第${n}段`);
    }
  } else if (src) {
    path.push(src.line < (sections[0]?.line ?? Infinity) ? '封面' : `第${src.line}段`);
  }
  return {
    file,
    ...(sec ? { section: sec.no } : section ? { section } : {}),
    ...(sec ? { heading: sec.text } : {}),
    path,
    ...(src ? { line: src.line, column: src.column } : {}),
    ...(src?.excerpt ? { excerpt: src.excerpt } : {}),
  };
}
