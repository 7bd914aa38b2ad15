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

export function readWordText(word: Uint8Array, table: Uint8Array): WordText {
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
  const flagsAt = paragraphFlags(word, table);
  // field codes (\x13 code \x14 result \x15): the result is what the reader sees
  let text = '';
  const rowEnds = new Set<number>();
  const inCell = new Set<number>();
  const stack: boolean[] = []; // per open field: inside its code part?
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\x13') stack.push(true);
    else if (ch === '\x14') stack[stack.length - 1] = false;
    else if (ch === '\x15') stack.pop();
    else if (!stack.some((code) => code)) {
      if (ch === '\x07' || ch === '\r') {
        const f = flagsAt(fcOf[i]!);
        if (ch === '\x07' && f & ROW_END) rowEnds.add(text.length);
        if (ch === '\r' && f & IN_TABLE) inCell.add(text.length);
      }
      text += ch;
    }
  }
  return { text, rowEnds, inCell };
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

function paragraphFlags(word: Uint8Array, table: Uint8Array): (fc: number) => number {
  const fc = u32(word, FIB.fcPlcfBtePapx);
  const lcb = u32(word, FIB.lcbPlcfBtePapx);
  const ranges: [number, number, number][] = [];
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
        const flags = bOffset !== 0 ? paraFlags(word, page + bOffset * 2) : 0;
        if (flags !== 0) ranges.push([start, stop, flags]);
      }
    }
  }
  return (at) => ranges.find(([a, b]) => at >= a && at < b)?.[2] ?? 0;
}

function paraFlags(b: Uint8Array, o: number): number {
  const first = b[o]!;
  const cb = first !== 0 ? first * 2 - 1 : b[o + 1]! * 2;
  let p = first !== 0 ? o + 1 : o + 2;
  const end = p + cb;
  p += 2; // istd
  let flags = 0;
  while (p + 2 <= end) {
    const sprm = u16(b, p);
    p += 2;
    if (sprm === 0x2416 && b[p] === 1) flags |= IN_TABLE;
    if ((sprm === 0x2417 || sprm === 0x244c) && b[p] === 1) flags |= ROW_END;
    const spra = sprm >> 13;
    const size = spra === 0 || spra === 1 ? 1 : spra === 2 || spra === 4 || spra === 5 ? 2 : spra === 3 ? 4 : spra === 7 ? 3 : sprm === 0xd606 ? u16(b, p) + 1 : (b[p] ?? 0) + 1;
    p += size;
  }
  return flags;
}
