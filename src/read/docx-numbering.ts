/**
 * Word list numbering: word/numbering.xml → definitions, and a counter that renders, paragraph
 * by paragraph in document order, the number a reader of the document sees.
 *
 * Input: numbering.xml's text; then (numId, ilvl, style) per numbered paragraph.
 * Output: the prefix Word draws before the paragraph, e.g. '七、 ' (number, then one space for
 * a tab or space suffix, nothing for w:suff="nothing"), or undefined when nothing is drawn.
 * Invariants:
 * - Counters belong to the abstract definition, so numIds sharing an abstractNum continue one
 *   sequence, as in Word; a num with a lvlOverride (startOverride or its own w:lvl) keeps its
 *   own counters, starting from the override: that is how Word writes "restart numbering".
 * - Using a level restarts the deeper levels (w:lvlRestart narrows that; 0 = never restart).
 * - Bullets and numFmt 'none' advance counters but draw no prefix (a bullet glyph is usually a
 *   Symbol-font private-use character, meaningless as text).
 */
import { formatNumber } from './docx-numfmt.js';
import { parseXml, type Attrs } from './xml.js';

export interface Level {
  start: number;
  fmt: string;
  format?: string;
  text: string;
  restart?: number;
  suff: string;
  pStyle?: string;
  isLgl: boolean;
}
interface Abstract {
  levels: (Level | undefined)[];
  numStyleLink?: string;
}
interface Override {
  start?: number;
  level?: Level;
}
interface Num {
  abstractId: string;
  overrides: Map<number, Override>;
}
export interface Numbering {
  readonly abstracts: ReadonlyMap<string, Abstract>;
  readonly nums: ReadonlyMap<string, Num>;
}

const PART = 'word/numbering.xml';
/** Word caps list values at 32767; hostile files write billions (and 'AAAA…' would then be huge). */
const MAX_LIST_VALUE = 32767;
/** A level text longer than this is not a list number anyone writes (%1 repeated 50 000 times is an attack). */
const MAX_LEVEL_TEXT = 64;
const int = (a: Attrs, name = 'w:val'): number | undefined => {
  const v = Number.parseInt(a[name] ?? '', 10);
  return Number.isFinite(v) ? Math.max(-MAX_LIST_VALUE, Math.min(MAX_LIST_VALUE, v)) : undefined;
};
const on = (a: Attrs): boolean => !['0', 'false', 'off'].includes(a['w:val'] ?? 'true');

export function parseNumbering(xml: string, maxDepth: number): Numbering {
  const abstracts = new Map<string, Abstract>();
  const nums = new Map<string, Num>();
  let abs: Abstract | undefined;
  let num: Num | undefined;
  let ov: Override | undefined;
  let lvl: Level | undefined;
  parseXml(xml, PART, maxDepth, {
    open(name, a) {
      if (lvl) {
        switch (name) {
          case 'w:start': lvl.start = int(a) ?? 0; break;
          case 'w:numFmt': lvl.fmt = a['w:val'] ?? 'decimal'; if (a['w:format']) lvl.format = a['w:format']; break;
          case 'w:lvlText': lvl.text = (a['w:val'] ?? '').slice(0, MAX_LEVEL_TEXT); break;
          case 'w:lvlRestart': lvl.restart = int(a); break;
          case 'w:suff': lvl.suff = a['w:val'] ?? 'tab'; break;
          case 'w:pStyle': lvl.pStyle = a['w:val']; break;
          case 'w:isLgl': lvl.isLgl = on(a); break;
          case 'w:pPr': case 'w:rPr': return true;
        }
        return;
      }
      switch (name) {
        case 'w:abstractNum':
          abs = { levels: [] };
          abstracts.set(a['w:abstractNumId'] ?? '', abs);
          break;
        case 'w:num':
          num = { abstractId: '', overrides: new Map() };
          nums.set(a['w:numId'] ?? '', num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = a['w:val'] ?? '';
          break;
        case 'w:numStyleLink':
          if (abs) abs.numStyleLink = a['w:val'];
          break;
        case 'w:lvlOverride':
          if (num) num.overrides.set(int(a, 'w:ilvl') ?? 0, (ov = {}));
          break;
        case 'w:startOverride':
          if (ov) ov.start = int(a) ?? 0;
          break;
        case 'w:lvl': {
          const i = int(a, 'w:ilvl') ?? 0;
          lvl = { start: 0, fmt: 'decimal', text: '', suff: 'tab', isLgl: false };
          if (ov) ov.level = lvl;
          else if (abs && i >= 0 && i < 9) abs.levels[i] = lvl;
          break;
        }
      }
    },
    close(name) {
      if (name === 'w:lvl') lvl = undefined;
      else if (name === 'w:lvlOverride') ov = undefined;
      else if (name === 'w:abstractNum') abs = undefined;
      else if (name === 'w:num') num = undefined;
    },
    text() {},
  });
  return { abstracts, nums };
}

/**
 * Per-document numbering state. `styleNumId` maps a numbering style to its numId, for an
 * abstractNum that only points at a list style (w:numStyleLink).
 */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styleNumId: (styleId: string) => string | undefined = () => undefined,
  ) {}

  /**
   * The prefix of the next paragraph in list `numId`. Without `ilvl`, the level is the one
   * linked (w:pStyle) to the first of `styleIds` that has one, else level 0.
   */
  next(numId: string, ilvl: number | undefined, styleIds: readonly (string | undefined)[]): string | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    let absId = num.abstractId;
    let abs = this.numbering.abstracts.get(absId);
    if (abs?.numStyleLink !== undefined) {
      const linked = this.numbering.nums.get(this.styleNumId(abs.numStyleLink) ?? '');
      const target = linked && this.numbering.abstracts.get(linked.abstractId);
      if (target) (abs = target), (absId = linked.abstractId);
    }
    if (!abs) return undefined;
    const level = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abs.levels[i];
    let L = ilvl ?? 0;
    if (ilvl === undefined) {
      for (const id of styleIds) {
        const i = id === undefined ? -1 : abs.levels.findIndex((l) => l?.pStyle === id);
        if (i >= 0) {
          L = i;
          break;
        }
      }
    }
    L = Math.min(8, Math.max(0, L));
    const lv = level(L);
    if (!lv) return undefined;

    const own = num.overrides.size > 0;
    const key = own ? `n:${numId}` : `a:${absId}`;
    let values = this.counters.get(key);
    if (!values) this.counters.set(key, (values = []));
    const start = (i: number): number => num.overrides.get(i)?.start ?? level(i)?.start ?? 0;

    const cur = values[L];
    values[L] = cur === undefined ? start(L) : Math.min(cur + 1, MAX_LIST_VALUE);
    for (let M = L + 1; M < 9; M++) {
      const r = level(M)?.restart;
      if (r === undefined || r - 1 >= M || (r !== 0 && L < r)) values[M] = undefined;
    }
    if (lv.fmt === 'bullet' || lv.fmt === 'none') return undefined;

    const text = lv.text.replace(/%([1-9])/g, (_, k: string) => {
      const j = Number(k) - 1;
      if (j > L) return '';
      const lj = level(j);
      // A level above that was never used shows one less than its start (Word's "0.1").
      const v = values[j] ?? start(j) - 1;
      return lv.isLgl ? String(v) : formatNumber(v, lj?.fmt ?? 'decimal', lj?.format);
    });
    if (text === '') return undefined;
    return lv.suff === 'nothing' ? text : `${text} `;
  }
}
