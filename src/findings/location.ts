/**
 * Src (line, column, excerpt) → Location: canonical section, heading as written, and a path a
 * Word user can follow (heading › sub-heading › 第N段). Resolved once, when a finding is made.
 */
import type { HeadingFact, ReportModel, SectionFact, Src } from '../extract/model.js';
import type { Block } from '../read/types.js';
import type { Location } from './types.js';

export function resolveLocation(file: string, model: ReportModel, src: Src | undefined, section?: string): Location {
  // loops and fields set one by one (in the order the JSON output shows them): this runs for
  // every finding, related place and skipped check of a batch
  const sections = model.outline.sections;
  let sec: SectionFact | undefined;
  for (const s of sections) {
    if (src ? src.line >= s.line && src.line <= s.endLine : s.no === section) {
      sec = s;
      break;
    }
  }
  const path: string[] = [];
  if (sec) {
    path.push(sec.text);
    if (src) {
      let sub: HeadingFact | undefined;
      for (let i = sec.subsections.length - 1; i >= 0 && !sub; i--) if (sec.subsections[i]!.line <= src.line) sub = sec.subsections[i];
      if (sub) path.push(sub.text);
      const n = src.line - (sub?.line ?? sec.line);
      if (n > 0) path.push(`第${n}段`);
    }
  }
  // a part the outline does not name ("四、项目支出绩效自评结果" under an outline without it): its heading
  // as written, the last top-level heading before the line when no section starts after it
  let part: HeadingFact | undefined;
  if (!sec && src) {
    for (const h of model.outline.unmatched) if (h.line <= src.line && (part === undefined || h.line > part.line)) part = h;
    const after = part?.line ?? Infinity;
    for (const s of sections) if (s.line > after && s.line <= src.line) part = undefined;
    if (part) {
      path.push(part.text);
      const n = src.line - part.line;
      if (n > 0) path.push(`第${n}段`);
    } else path.push(src.line < (sections[0]?.line ?? Infinity) ? '封面' : `第${src.line}段`);
  }
  const at: Location = { file } as Location;
  if (sec) at.section = sec.no;
  else if (section) at.section = section;
  if (sec) at.heading = sec.text;
  else if (part) at.heading = part.text;
  at.path = path;
  if (src) {
    at.line = src.line;
    at.column = src.column;
  }
  if (src?.excerpt) at.excerpt = src.excerpt;
  return at;
}

/**
 * Adds the page and the line on the page (a PDF's) to a location resolved from the text
 * projection: the PDF line the finding's column falls in, else the block's first line.
 */
export function addPage(loc: Location, blockAt: (line: number) => Block | undefined): void {
  if (loc.line === undefined) return;
  const b = blockAt(loc.line);
  if (b?.page === undefined || b.lineOnPage === undefined) return;
  let page = b.page;
  let lineOnPage = b.lineOnPage;
  const at = (loc.column ?? 1) - 1;
  for (const [offset, p, l] of b.pageLines ?? []) {
    if (offset > at) break;
    page = p;
    lineOnPage = l;
  }
  loc.page = page;
  loc.lineOnPage = lineOnPage;
}

/**
 * A location in a .txt paragraph joined from hard-wrapped lines, resolved in the joined text, moved
 * to the line of the file its column falls in (and the column on that line).
 */
export function toTextLine(loc: Location, blockAt: (line: number) => Block | undefined): void {
  if (loc.line === undefined || loc.column === undefined) return;
  const lines = blockAt(loc.line)?.textLines;
  if (lines === undefined) return;
  const at = loc.column - 1;
  let start = 0;
  let line = loc.line;
  for (const [offset, l] of lines) {
    if (offset > at) break;
    start = offset;
    line = l;
  }
  loc.line = line;
  loc.column = at - start + 1;
}

