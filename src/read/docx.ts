/**
 * .docx bytes → SourceDoc: body paragraphs and table rows as a reader of the document sees
 * them, with Word's list numbers written in and heading levels from styles.
 *
 * Input: the file's bytes and its name (the name is only copied into the result). Output: one
 * Block per body paragraph (empty ones too) and per row of a top-level table, `line` 1-based
 * and dense in document order. Invariants:
 * - Synchronous, no file system: bytes in, data out.
 * - The signature is checked first (empty, OLE/.doc, other formats, other Office zips), then
 *   only the parts needed are inflated: document.xml always, styles.xml when a paragraph names
 *   a style, numbering.xml when a paragraph or its style is in a list. Every failure that is
 *   the input's fault is a ReadError with a one-line Chinese message without the file path.
 * - Row cells are their paragraphs' texts joined with ' ' (empty paragraphs left out); a cell
 *   spanning columns appears once; a nested table's text stays inside its cell.
 */
import { readBody, type Item, type RawPara } from './docx-body.js';
import { ListCounter, parseNumbering } from './docx-numbering.js';
import { Styles, type StyleInfo } from './docx-styles.js';
import { inflateEntry, readZipDirectory, type ZipEntry } from './docx-zip.js';
import { normalizeText } from './normalize.js';
import { checkSignature, mainPartFromRels, refuseNonWord } from './docx-signature.js';
import { DEFAULT_LIMITS, type Block, type ReadLimits, type SourceDoc } from './types.js';
import { decodeXml } from './xml.js';

export function readDocx(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDoc {
  checkSignature(bytes);
  const dir = readZipDirectory(bytes);
  let main = dir.get('word/document.xml');
  let partDir = 'word/';
  if (!main) {
    refuseNonWord(dir);
    main = mainPartFromRels(bytes, dir, limits);
    partDir = main.name.slice(0, main.name.lastIndexOf('/') + 1);
  }
  const part = (e: ZipEntry): string => decodeXml(inflateEntry(bytes, e, limits.maxEntryBytes), e.name);
  const body = readBody(part(main), limits.maxXmlDepth);

  const stylesEntry = body.usesStyles || body.usesNumbering ? dir.get(`${partDir}styles.xml`) : undefined;
  const styles = stylesEntry ? Styles.parse(part(stylesEntry), limits.maxXmlDepth) : undefined;
  let counter: ListCounter | null | undefined; // undefined = not loaded yet, null = no numbering.xml
  const listCounter = (): ListCounter | null => {
    if (counter === undefined) {
      const e = dir.get(`${partDir}numbering.xml`);
      counter = e
        ? new ListCounter(parseNumbering(part(e), limits.maxXmlDepth), (id) => styles?.numIdOf(id))
        : null;
    }
    return counter;
  };

  // List numbers are counted in the order paragraphs start, which is document order.
  const heading = new Map<RawPara, number>();
  const numbering = new Map<RawPara, string>();
  for (const p of body.paras) {
    const styleId = p.style ?? styles?.defaultParagraph;
    const info: StyleInfo | undefined = styleId !== undefined ? styles?.resolve(styleId) : undefined;
    const level = p.outline !== undefined ? (p.outline >= 0 && p.outline < 9 ? p.outline + 1 : undefined) : info?.headingLevel;
    if (level !== undefined) heading.set(p, level);
    const numId = p.numId ?? info?.numId;
    if (numId === undefined || numId === '0') continue;
    const lists = listCounter();
    if (!lists) continue;
    const ilvl = p.ilvl ?? info?.ilvl;
    const prefix = lists.next(numId, ilvl, [styleId, info?.numStyle]);
    if (prefix !== undefined) numbering.set(p, prefix);
  }
  const textOf = (p: RawPara): string => {
    const n = numbering.get(p);
    return n === undefined ? p.text : n + p.text;
  };

  const blocks: Block[] = [];
  for (const item of body.items) blocks.push(toBlock(item, blocks.length + 1, textOf, heading, numbering));
  return { file, format: 'docx', blocks };
}

function toBlock(
  item: Item,
  line: number,
  textOf: (p: RawPara) => string,
  heading: ReadonlyMap<RawPara, number>,
  numbering: ReadonlyMap<RawPara, string>,
): Block {
  if (item.kind === 'p') {
    const p = item.para;
    const text = textOf(p);
    const block: { -readonly [K in keyof Block]: Block[K] } = { kind: 'paragraph', line, text, norm: normalizeText(text) };
    if (p.style !== undefined) block.style = p.style;
    const level = heading.get(p);
    if (level !== undefined) block.headingLevel = level;
    const n = numbering.get(p);
    if (n !== undefined) block.numbering = n;
    return block;
  }
  const cells = item.cells.map((ps) => {
    const texts: string[] = [];
    for (const p of ps) {
      const t = textOf(p);
      if (t !== '') texts.push(t);
    }
    return texts.join(' ');
  });
  const text = cells.join('\t');
  return {
    kind: 'row',
    line,
    text,
    norm: normalizeText(text),
    cells,
    normCells: cells.map(normalizeText),
    table: item.table,
    row: item.row,
  };
}
