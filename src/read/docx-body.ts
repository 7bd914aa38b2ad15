/**
 * word/document.xml → the body's paragraphs and table rows, in document order, before styles
 * and list numbering are applied.
 *
 * Input: document.xml's text. Output: `items` (a body paragraph, or a row of a top-level table
 * whose cells hold their paragraphs) and `paras` (every paragraph, in the order they start,
 * which is the order Word counts list numbers in).
 * Invariants:
 * - Paragraph text is the w:t text, w:tab/w:ptab → '\t', w:br (text wrapping) and w:cr → ' ',
 *   w:noBreakHyphen → '-'. Page and column breaks, soft hyphens, symbols, deleted or moved-away
 *   text (w:del, w:moveFrom, w:delText), field instructions (w:instrText and anything between a
 *   field's begin and separate), hidden runs (w:vanish) and ruby annotations add nothing;
 *   inserted text (w:ins) counts.
 * - A paragraph of a text box is its own item, after the paragraph it is anchored in; inside a
 *   table cell it belongs to the cell. A table nested in a cell adds its paragraphs to the cell.
 * - Event-driven only: nothing here recurses over the XML.
 */
import { parseXml, type Attrs } from './xml.js';

export interface RawPara {
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
  /** Set afterwards from styles and numbering. */
  headingLevel?: number;
  numbering?: string;
}

export type Item =
  | { readonly kind: 'p'; readonly para: RawPara }
  | { readonly kind: 'row'; readonly table: number; readonly row: number; readonly cells: RawPara[][]; spans?: number[]; continues?: number[] };

export interface Body {
  readonly items: readonly Item[];
  readonly paras: readonly RawPara[];
  /** Whether any paragraph names a style or a list: styles.xml / numbering.xml are needed. */
  readonly usesStyles: boolean;
  readonly usesNumbering: boolean;
}

/** Elements whose whole content adds no visible text. */
const SKIP = new Set([
  'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:rt', 'w:fldData',
  // Properties hold no text; skipping them only saves work.
  'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:sdtPr', 'w:sdtEndPr',
]);

/** Run content that stands for one character. */
const CHARS = new Map([['w:tab', '\t'], ['w:ptab', '\t'], ['w:cr', ' '], ['w:noBreakHyphen', '-']]);
const OFF = new Set(['0', 'false', 'off']);
const int = (a: Attrs): number | undefined => {
  const v = Number.parseInt(a['w:val'] ?? '', 10);
  return Number.isFinite(v) ? v : undefined;
};

export function readBody(xml: string, maxDepth: number): Body {
  const items: Item[] = [];
  const paras: RawPara[] = [];
  const pStack: RawPara[] = [];
  const pDepth: number[] = [];
  let cur: RawPara | undefined; // innermost open paragraph
  let inPPr = false;
  let inT = false;
  // Open runs (a text box's runs sit inside a run): their depths and whether they are hidden.
  const runDepth: number[] = [];
  const runHidden: boolean[] = [];
  let inRPr = false;
  // In a top-level cell's properties: only its grid span and vertical merge are read.
  let inTcPr = false;
  let tableDepth = 0;
  let tableCount = 0;
  let rowCount = 0;
  let row: Extract<Item, { kind: 'row' }> | undefined;
  let cell: RawPara[] | undefined;
  // Open complex fields: true once past 'separate' (showing the result), false in the instruction.
  const fields: boolean[] = [];
  let inInstr = 0;
  let usesStyles = false;
  let usesNumbering = false;

  const add = (s: string): void => {
    if (cur && inInstr === 0 && runHidden[runHidden.length - 1] !== true) cur.text += s;
  };

  parseXml(xml, 'word/document.xml', maxDepth, {
    open(name, a, depth) {
      if (inRPr) {
        if (name === 'w:vanish' || name === 'w:specVanish') runHidden[runHidden.length - 1] = !OFF.has(a['w:val'] ?? '');
        return true; // and w:rPrChange, whose old properties do not apply
      }
      if (inTcPr) {
        // A cell spanning grid columns (w:gridSpan), or continuing the cell above (w:vMerge without
        // restart): the row's cells are lined up with the table's grid by them
        if (row && name === 'w:gridSpan') {
          const n = int(a);
          if (n !== undefined && n > 1) (row.spans ??= row.cells.map(() => 1))[row.cells.length - 1] = n;
        } else if (row && name === 'w:vMerge' && a['w:val'] !== 'restart') (row.continues ??= []).push(row.cells.length - 1);
        return true;
      }
      if (inPPr) {
        // Only what decides style, heading and numbering; w:tabs here are tab stops, not tabs.
        if (!cur) return;
        switch (name) {
          case 'w:pStyle': cur.style = a['w:val']; usesStyles = true; return;
          case 'w:numPr': return;
          case 'w:numId': cur.numId = a['w:val']; if (cur.numId !== '0') usesNumbering = true; return;
          case 'w:ilvl': cur.ilvl = int(a); return;
          case 'w:outlineLvl': cur.outline = int(a); return;
          default: return true;
        }
      }
      switch (name) {
        case 'w:p': {
          const p: RawPara = { text: '' };
          paras.push(p);
          if (cell) cell.push(p);
          else items.push({ kind: 'p', para: p });
          pStack.push(p);
          pDepth.push(depth);
          cur = p;
          return;
        }
        case 'w:pPr':
          if (!cur || depth !== pDepth[pDepth.length - 1]! + 1) return true;
          inPPr = true;
          return;
        case 'w:r':
          runDepth.push(depth);
          runHidden.push(false);
          return;
        case 'w:rPr':
          if (depth !== runDepth[runDepth.length - 1]! + 1) return true;
          inRPr = true;
          return;
        case 'w:t':
        case 'm:t': // equation text
          inT = true;
          return;
        case 'w:br': {
          const type = a['w:type'];
          if (type !== 'page' && type !== 'column') add(' ');
          return;
        }
        case 'w:fldChar': {
          const type = a['w:fldCharType'];
          if (type === 'begin') fields.push(false), inInstr++;
          else if (type === 'separate' && fields[fields.length - 1] === false) (fields[fields.length - 1] = true), inInstr--;
          else if (type === 'end' && fields.length > 0) {
            if (fields.pop() === false) inInstr--;
          }
          return;
        }
        case 'w:tbl':
          if (++tableDepth === 1) (rowCount = 0), tableCount++;
          return;
        case 'w:tr':
          if (tableDepth === 1) {
            row = { kind: 'row', table: tableCount - 1, row: rowCount++, cells: [] };
            items.push(row);
          }
          return;
        case 'w:tc':
          if (tableDepth === 1 && row) {
            row.cells.push((cell = []));
            row.spans?.push(1);
          }
          return;
        case 'w:tcPr':
          if (tableDepth !== 1 || !row || !cell) return true;
          inTcPr = true;
          return;
        default: {
          const ch = CHARS.get(name);
          if (ch !== undefined) add(ch);
          return SKIP.has(name) ? true : undefined;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'w:p':
          pStack.pop();
          pDepth.pop();
          cur = pStack[pStack.length - 1];
          return;
        case 'w:pPr':
          inPPr = false;
          return;
        case 'w:r':
          runDepth.pop();
          runHidden.pop();
          return;
        case 'w:rPr':
          inRPr = false;
          return;
        case 'w:t':
        case 'm:t':
          inT = false;
          return;
        case 'w:tcPr':
          inTcPr = false;
          return;
        case 'w:tc':
          if (tableDepth === 1) cell = undefined;
          return;
        case 'w:tr':
          if (tableDepth === 1) row = undefined;
          return;
        case 'w:tbl':
          tableDepth--;
          return;
      }
    },
    text(t) {
      if (inT) add(t);
    },
  });
  return { items, paras, usesStyles, usesNumbering };
}
