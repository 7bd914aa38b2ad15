/**
 * Paragraph styles from word/styles.xml: what a paragraph inherits from its style chain.
 *
 * Input: styles.xml's text; then a style id. Output: the outline (heading) level and the list
 * numbering (numId, ilvl) the style gives, following w:basedOn.
 * Invariants:
 * - A heading level comes from the nearest style in the chain with a w:outlineLvl (9 = body
 *   text, no level), or else named "heading N" (Word's built-in names, also in Chinese Word,
 *   whose ids are "1", "2" …); numId and ilvl are inherited separately, nearest first.
 * - basedOn chains are followed at most 32 steps and never around a cycle; results are cached.
 */
import { parseXml, type Attrs } from './xml.js';

interface RawStyle {
  readonly type: string;
  name?: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

export interface StyleInfo {
  /** 1 = top level; undefined for body text. */
  readonly headingLevel?: number;
  readonly numId?: string;
  readonly ilvl?: number;
  /** The style the numId came from (a list level may be linked to it by w:pStyle). */
  readonly numStyle?: string;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const int = (a: Attrs): number | undefined => {
  const v = Number.parseInt(a['w:val'] ?? '', 10);
  return Number.isFinite(v) ? v : undefined;
};

/**
 * w:latentStyles (some 370 w:lsdException elements in every file Word writes, about three
 * quarters of styles.xml) tells nothing this reader uses; cutting the one complete element
 * before parsing makes styles.xml about 4× cheaper. The rest is still parsed strictly.
 */
function withoutLatentStyles(xml: string): string {
  const start = xml.indexOf('<w:latentStyles');
  const END = '</w:latentStyles>';
  const end = start < 0 ? -1 : xml.indexOf(END, start);
  return end < 0 ? xml : xml.slice(0, start) + xml.slice(end + END.length);
}

export class Styles {
  private readonly cache = new Map<string, StyleInfo>();

  private constructor(
    private readonly byId: ReadonlyMap<string, RawStyle>,
    /** The default paragraph style, which applies to a paragraph without w:pStyle. */
    readonly defaultParagraph: string | undefined,
  ) {}

  static parse(xml: string, maxDepth: number): Styles {
    const byId = new Map<string, RawStyle>();
    let defaultParagraph: string | undefined;
    let cur: RawStyle | undefined;
    let styleDepth = 0;
    let inPPr = false;
    parseXml(withoutLatentStyles(xml), 'word/styles.xml', maxDepth, {
      open(name, a, depth) {
        if (name === 'w:docDefaults' || name === 'w:latentStyles') return true;
        if (name === 'w:style') {
          cur = { type: a['w:type'] ?? 'paragraph' };
          styleDepth = depth;
          const id = a['w:styleId'] ?? '';
          if (!byId.has(id)) byId.set(id, cur);
          if (cur.type === 'paragraph' && (a['w:default'] === '1' || a['w:default'] === 'true')) defaultParagraph ??= id;
          return;
        }
        if (!cur) return;
        if (depth === styleDepth + 1) {
          switch (name) {
            case 'w:name': cur.name = a['w:val']; return;
            case 'w:basedOn': cur.basedOn = a['w:val']; return;
            case 'w:pPr': inPPr = true; return;
            default: return true; // rPr, tblPr, tblStylePr (has its own pPr) …
          }
        }
        if (!inPPr) return;
        switch (name) {
          case 'w:outlineLvl': cur.outline = int(a); return;
          case 'w:numId': cur.numId = a['w:val']; return;
          case 'w:ilvl': cur.ilvl = int(a); return;
          case 'w:numPr': return;
          default: return true; // pPrChange holds the old properties
        }
      },
      close(name, depth) {
        if (name === 'w:style') (cur = undefined), (inPPr = false);
        else if (name === 'w:pPr' && depth === styleDepth + 1) inPPr = false;
      },
      text() {},
    });
    return new Styles(byId, defaultParagraph);
  }

  /** The numId a numbering style (w:type="numbering") points at. */
  numIdOf(styleId: string): string | undefined {
    return this.byId.get(styleId)?.numId;
  }

  resolve(styleId: string): StyleInfo {
    const hit = this.cache.get(styleId);
    if (hit) return hit;
    let headingLevel: number | undefined;
    let headingDone = false;
    let numId: string | undefined;
    let ilvl: number | undefined;
    let numStyle: string | undefined;
    const seen = new Set<string>();
    let id: string | undefined = styleId;
    for (let hops = 0; id !== undefined && hops < 32 && !seen.has(id); hops++) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      if (!headingDone) {
        if (s.outline !== undefined) {
          headingLevel = s.outline >= 0 && s.outline < 9 ? s.outline + 1 : undefined;
          headingDone = true;
        } else {
          const m = s.name === undefined ? null : HEADING_NAME.exec(s.name.trim());
          if (m) (headingLevel = Number(m[1])), (headingDone = true);
        }
      }
      if (numId === undefined && s.numId !== undefined) (numId = s.numId), (numStyle = id);
      if (ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
      id = s.basedOn;
    }
    const info: StyleInfo = { headingLevel, numId, ilvl, numStyle };
    this.cache.set(styleId, info);
    return info;
  }
}
