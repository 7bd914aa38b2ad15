/**
 * The Word 97–2003 binary format ([MS-DOC]) inside an OLE compound file: the main document's
 * text from the piece table, and which paragraph marks end a table row (from the paragraph
 * properties). Only what the lint needs; formatting is not read.
 *
 * Input: the WordDocument stream and the table stream (0Table or 1Table). Output: the main
 * text (ccpText characters), the positions of the row-end marks and of paragraph marks in cells.
 */
import { ReadError } from './types.js';

/** Windows-1252 for compressed (8-bit) pieces, as [MS-DOC] 2.4.1 says. */
const CP1252 = new TextDecoder('windows-1252');
const UTF16 = new TextDecoder('utf-16le');

export interface WordText {
  /** The main document's characters, field codes already removed. */
  readonly text: string;
  /** Positions in `text` of the \x07 marks that end a table row (not a cell). */
  readonly rowEnds: ReadonlySet<number>;
  /** Positions of the \r marks that end a paragraph inside a table cell (not its last). */
  readonly inCell: ReadonlySet<number>;
  /** For a row-end mark: its cells' edges (twips) and which cells continue a vertical merge. */
  readonly rowDefs: ReadonlyMap<number, RowDef>;
}

/** A row's cell definitions (sprmTDefTable): where its cells' edges stand, which continue a merged cell above. */
export interface RowDef {
  readonly edges: readonly number[];
  readonly continues: readonly number[];
}

interface ParaInfo {
  flags: number;
  def?: RowDef;
}

interface Piece {
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly fc: number;
  readonly compressed: boolean;
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** Offsets in the FIB (FibBase, then FibRgW97, FibRgLw97, FibRgFcLcb97 as Word 97 writes them). */
const FIB = { ident: 0x00, flags: 0x0a, ccpText: 0x4c, fcPlcfBtePapx: 0x102, lcbPlcfBtePapx: 0x106, fcClx: 0x1a2, lcbClx: 0x1a6 };

export function fibFlags(word: Uint8Array): { encrypted: boolean; table: '0Table' | '1Table' } {
  if (word.length < 0x1aa || u16(word, FIB.ident) !== 0xa5ec) throw new ReadError('corrupt-doc', 'Word 文档头（FIB）不完整或已损坏，无法读取', 'the Word document header (FIB) is incomplete or damaged and cannot be read');
  const flags = u16(word, FIB.flags);
  return { encrypted: (flags & 0x0100) !== 0, table: flags & 0x0200 ? '1Table' : '0Table' };
}

export function readWordText(word: Uint8Array, table: Uint8Array, data?: Uint8Array): WordText {
  const ccpText = u32(word, FIB.ccpText);
  const pieces = pieceTable(table, u32(word, FIB.fcClx), u32(word, FIB.lcbClx));
  let raw = '';
  const fcOf: number[] = []; // file position of each character, for the paragraph properties
  for (const p of pieces) {
    if (p.cpStart >= ccpText) break;
    const n = Math.min(p.cpEnd, ccpText) - p.cpStart;
    const bytes = p.compressed ? word.subarray(p.fc, p.fc + n) : word.subarray(p.fc, p.fc + 2 * n);
    if (bytes.length < (p.compressed ? n : 2 * n)) throw new ReadError('corrupt-doc', 'Word 文档的文字片段超出文件范围，文件已损坏', 'a text piece of the Word document lies beyond the file: the file is damaged');
    raw += p.compressed ? CP1252.decode(bytes) : UTF16.decode(bytes);
    for (let i = 0; i < n; i++) fcOf.push(p.fc + (p.compressed ? i : 2 * i));
  }
  const infoAt = paragraphFlags(word, table, data);
  // field codes (\x13 code \x14 result \x15): the result is what the reader sees
  let text = '';
  const rowEnds = new Set<number>();
  const inCell = new Set<number>();
  const rowDefs = new Map<number, RowDef>();
  const stack: boolean[] = []; // per open field: inside its code part?
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\x13') stack.push(true);
    else if (ch === '\x14') stack[stack.length - 1] = false;
    else if (ch === '\x15') stack.pop();
    else if (!stack.some((code) => code)) {
      if (ch === '\x07' || ch === '\r') {
        const info = infoAt(fcOf[i]!);
        const f = info?.flags ?? 0;
        if (ch === '\x07' && f & ROW_END) {
          rowEnds.add(text.length);
          if (info?.def) rowDefs.set(text.length, info.def);
        }
        if (ch === '\r' && f & IN_TABLE) inCell.add(text.length);
      }
      text += ch;
    }
  }
  return { text, rowEnds, inCell, rowDefs };
}

function pieceTable(table: Uint8Array, fc: number, lcb: number): Piece[] {
  const end = fc + lcb;
  if (lcb === 0 || end > table.length) throw new ReadError('corrupt-doc', 'Word 文档的文字索引（Clx）缺失或超出文件范围，文件已损坏', 'the text index (Clx) of the Word document is missing or beyond the file: the file is damaged');
  let o = fc;
  while (o < end && table[o] === 0x01) o += 3 + u16(table, o + 1); // Prc: formatting, skipped
  if (table[o] !== 0x02) throw new ReadError('corrupt-doc', 'Word 文档的文字索引（Clx）已损坏', 'the text index (Clx) of the Word document is damaged');
  const size = u32(table, o + 1);
  const plc = o + 5;
  const n = (size - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || plc + size > table.length) throw new ReadError('corrupt-doc', 'Word 文档的文字索引（PlcPcd）已损坏', 'the text index (PlcPcd) of the Word document is damaged');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = u32(table, plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fcValue = raw & 0x3fffffff;
    pieces.push({ cpStart: u32(table, plc + i * 4), cpEnd: u32(table, plc + (i + 1) * 4), fc: compressed ? fcValue / 2 : fcValue, compressed });
  }
  return pieces;
}

/**
 * The paragraph whose mark is at a file position: in a table (sprmPFInTable 0x2416), ending a
 * table row (sprmPFTtp 0x2417 or sprmPFInnerTtp 0x244C).
 */
const IN_TABLE = 1;
const ROW_END = 2;

function paragraphFlags(word: Uint8Array, table: Uint8Array, data?: Uint8Array): (fc: number) => ParaInfo | undefined {
  const fc = u32(word, FIB.fcPlcfBtePapx);
  const lcb = u32(word, FIB.lcbPlcfBtePapx);
  const ranges: [number, number, ParaInfo][] = [];
  if (lcb >= 8 && fc + lcb <= table.length) {
    const n = (lcb - 4) / 8;
    for (let i = 0; i < n; i++) {
      const page = (u32(table, fc + (n + 1) * 4 + i * 4) & 0x3fffff) * 512;
      if (page + 512 > word.length) continue;
      const crun = word[page + 511]!;
      for (let r = 0; r < crun; r++) {
        const start = u32(word, page + r * 4);
        const stop = u32(word, page + (r + 1) * 4);
        const bOffset = word[page + (crun + 1) * 4 + r * 13]!;
        const info = bOffset !== 0 ? paraFlags(word, page + bOffset * 2, data) : undefined;
        if (info && info.flags !== 0) ranges.push([start, stop, info]);
      }
    }
  }
  return (at) => ranges.find(([a, b]) => at >= a && at < b)?.[2];
}

function paraFlags(b: Uint8Array, o: number, data?: Uint8Array): ParaInfo {
  const first = b[o]!;
  const cb = first !== 0 ? first * 2 - 1 : b[o + 1]! * 2;
  const p = first !== 0 ? o + 1 : o + 2;
  const info: ParaInfo = { flags: 0 };
  // (after the istd)
  sprmFlags(b, p + 2, p + cb, info, data);
  return info;
}

/**
 * The table flags a run of sprms sets, and a row's cell definitions (sprmTDefTable 0xD608);
 * sprmPHugePapx (0x6646) continues the run in the Data stream.
 */
function sprmFlags(b: Uint8Array, from: number, end: number, info: ParaInfo, data?: Uint8Array): void {
  let p = from;
  while (p + 2 <= end) {
    const sprm = u16(b, p);
    p += 2;
    if (sprm === 0x2416 && b[p] === 1) info.flags |= IN_TABLE;
    if ((sprm === 0x2417 || sprm === 0x244c) && b[p] === 1) info.flags |= ROW_END;
    // a paragraph whose properties do not fit its page (the mark ending a row of many cells, with
    // its table's cell definitions): they are in the Data stream, a 2-byte count then the sprms
    if (sprm === 0x6646 && data && p + 4 <= b.length) {
      const at = u32(b, p);
      if (at + 2 <= data.length) sprmFlags(data, at + 2, Math.min(data.length, at + 2 + u16(data, at)), info);
    }
    if (sprm === 0xd608) info.def = rowDef(b, p + 2, Math.min(end, p + 1 + u16(b, p)));
    const spra = sprm >> 13;
    const size = spra === 0 || spra === 1 ? 1 : spra === 2 || spra === 4 || spra === 5 ? 2 : spra === 3 ? 4 : spra === 7 ? 3 : sprm === 0xd606 || sprm === 0xd608 ? u16(b, p) + 1 : (b[p] ?? 0) + 1;
    p += size;
  }
}

/**
 * TDefTableOperand after its size: the cell count, the cells' edges (count + 1 signed twips), then a
 * TC80 of 20 bytes per cell (fewer may be written), whose tcgrf holds vertMerge in bits 5–6 (1: the
 * cell continues the merged cell above).
 */
function rowDef(b: Uint8Array, q: number, end: number): RowDef | undefined {
  const n = b[q];
  if (n === undefined || n === 0 || q + 1 + 2 * (n + 1) > end) return undefined;
  const edges: number[] = [];
  for (let i = 0; i <= n; i++) edges.push((u16(b, q + 1 + 2 * i) << 16) >> 16);
  const continues: number[] = [];
  const tcs = q + 1 + 2 * (n + 1);
  for (let i = 0; i < n && tcs + 20 * (i + 1) <= end; i++) if (((u16(b, tcs + 20 * i) >> 5) & 3) === 1) continues.push(i);
  return { edges, continues };
}
