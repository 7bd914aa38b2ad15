/**
 * .docx bytes → SourceDoc: body paragraphs and table rows as a reader of the document sees
 * them, with Word's list numbers written in and heading levels from styles.
 *
 * Input: the file's bytes and its name (the name is only copied into the result). Output: one
 * Block per body paragraph (empty ones too) and per row of a top-level table, `line` 1-based
 * and dense in document order. Invariants:
 * - Synchronous, no file system: bytes in, data out. Inflating is the platform's (`inflate`).
 * - The signature is checked first (empty, OLE/.doc, other formats, other Office zips), then
 *   only the parts needed are inflated: document.xml always, styles.xml when a paragraph names
 *   a style or a list, numbering.xml when a paragraph or its style is in a list. Every failure
 *   that is the input's fault is a ReadError with a one-line Chinese message without the path.
 * - Only the body is read: headers, footers, footnotes, comments and altChunk parts are not.
 * - Row cells are their paragraphs' texts joined with ' ' (empty paragraphs left out); a cell
 *   spanning columns appears once; a nested table's text stays inside its cell.
 */
import { readBody, type Item, type RawPara } from './docx-body.js';
import { ListCounter, parseNumbering } from './docx-numbering.js';
import { Styles, type StyleInfo } from './docx-styles.js';
import { inflateEntry, readZipDirectory, type ZipEntry } from './docx-zip.js';
import { normalizeText } from './normalize.js';
import { checkSignature, mainPartFromRels, refuseNonWord } from './docx-signature.js';
import type { Block, InflateRaw, ReadLimits, SourceDoc } from './types.js';
import { decodeXml } from './xml.js';

export function readDocx(bytes: Uint8Array, file: string, limits: ReadLimits, inflate: InflateRaw): SourceDoc {
  checkSignature(bytes);
  const dir = readZipDirectory(bytes);
  let main = dir.get('word/document.xml');
  let partDir = 'word/';
  if (!main) {
    refuseNonWord(dir);
    main = mainPartFromRels(bytes, dir, limits, inflate);
    partDir = main.name.slice(0, main.name.lastIndexOf('/') + 1);
  }
  const part = (e: ZipEntry): string => decodeXml(inflateEntry(bytes, e, limits.maxEntryBytes, inflate), e.name);
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
  for (const p of body.paras) {
    const styleId = p.style ?? styles?.defaultParagraph;
    const info: StyleInfo | undefined = styleId !== undefined ? styles?.resolve(styleId) : undefined;
    p.headingLevel = p.outline !== undefined ? (p.outline >= 0 && p.outline < 9 ? p.outline + 1 : undefined) : info?.headingLevel;
    const numId = p.numId ?? info?.numId;
    if (numId === undefined || numId === '0') continue;
    p.numbering = listCounter()?.next(numId, p.ilvl ?? info?.ilvl, [styleId, info?.numStyle]);
  }

  const blocks: Block[] = [];
  for (const item of body.items) blocks.push(toBlock(item, blocks.length + 1));
  return { file, format: 'docx', blocks };
}

const textOf = (p: RawPara): string => (p.numbering === undefined ? p.text : p.numbering + p.text);

function toBlock(item: Item, line: number): Block {
  if (item.kind === 'p') {
    const p = item.para;
    const text = textOf(p);
    const block: { -readonly [K in keyof Block]: Block[K] } = { kind: 'paragraph', line, text, norm: normalizeText(text) };
    if (p.style !== undefined) block.style = p.style;
    if (p.headingLevel !== undefined) block.headingLevel = p.headingLevel;
    if (p.numbering !== undefined) block.numbering = p.numbering;
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
    normCells: cells.map((c) => normalizeText(c)),
    table: item.table,
    row: item.row,
    ...(item.spans ? { spans: item.spans } : {}),
    ...(item.continues ? { continues: item.continues } : {}),
  };
}
