/**
 * Plain text (.txt/.md) → SourceDoc. Bytes in, one block per line out.
 * Decoding: a BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8, else GB18030 (GBK files
 * saved by Windows are common). NUL bytes or bytes that decode in neither are refused.
 */
import { normalizeText } from './normalize.js';
import { DEFAULT_LIMITS, ReadError, type Block, type ReadLimits, type SourceDoc } from './types.js';

export function decodeText(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): string {
  if (bytes.length === 0) throw new ReadError('empty', '文件为空', 'the file is empty');
  if (bytes.length > limits.maxTextBytes) {
    throw new ReadError(
      'too-large',
      `文本文件 ${mb(bytes.length)} MB，超过上限 ${mb(limits.maxTextBytes)} MB（可用 --max-text-mb 调整）`,
      `the text file is ${mb(bytes.length)} MB, more than the limit of ${mb(limits.maxTextBytes)} MB (--max-text-mb changes it)`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) throw new ReadError('not-text', '含有 NUL 字节，不是文本文件（若为 Word 文件请使用 .docx 扩展名）', 'it holds NUL bytes, so it is no text file (a Word file needs the .docx extension)');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return gb;
  throw new ReadError('not-text', '既不是 UTF-8 也不是 GB18030（GBK）编码的文本', 'the text is neither UTF-8 nor GB18030 (GBK)');
}

export function readTxt(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDoc {
  return linesToDoc(decodeText(bytes, limits), file);
}

export function linesToDoc(text: string, file: string): SourceDoc {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const joins = hardWraps(lines);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (joins === undefined || !joins[i]) {
      blocks.push({ kind: 'paragraph', line: i + 1, text: lines[i]!, norm: normalizeText(lines[i]!) });
      continue;
    }
    // a paragraph hard-wrapped over lines i … j: one block, each line's start kept for locations
    const first = i;
    let t = lines[i]!;
    const textLines: [number, number][] = [];
    while (joins[i] && i + 1 < lines.length) {
      i++;
      textLines.push([t.length, i + 1]);
      t += lines[i]!;
    }
    blocks.push({ kind: 'paragraph', line: first + 1, text: t, norm: normalizeText(t), textLines });
  }
  flattenedTables(blocks);
  return { file, format: 'txt', blocks };
}

/** Lines that end a sentence or a part, or open one: never joined to the next line. */
const ENDS_SENTENCE = /[。！？；：!?;:]\s*$/;
const OPENS_PART = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十\d]+[部章节条]|[①-⑳])/;
/** The widest a wrapped line can be (in half-width columns): wider lines are paragraphs of their own. */
const MAX_WRAP = 160;

/** Width in half-width columns: a Chinese character (or a full-width form) is two. */
function widthOf(t: string): number {
  let w = 0;
  for (let i = 0; i < t.length; i++) w += t.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Text copied out of a PDF is hard-wrapped: every line of a paragraph but its last is as wide as
 * the page's column, and a sentence (a figure, a name: "公务用车购\n置及运行费", "1.5万\n元") goes on
 * on the next line. Such a file is recognised by its widths: most of its longer lines are within
 * 15% of the widest (at most 160 columns), where a file with one paragraph per line has lines of
 * every width. Then a full-width line that ends no sentence goes on on the next line, unless that
 * one is empty, a table row or opens a numbered part. undefined: not a hard-wrapped file.
 */
function hardWraps(lines: readonly string[]): boolean[] | undefined {
  const widths = lines.map((l) => widthOf(l.trimEnd()));
  const long = widths.filter((w) => w >= 20).sort((a, b) => a - b);
  if (long.length < 4) return undefined;
  const wrap = long[Math.floor(long.length * 0.95)] ?? long[long.length - 1]!;
  if (wrap > MAX_WRAP) return undefined;
  const full = (w: number): boolean => w >= wrap * 0.85;
  if (long.filter(full).length < Math.max(4, long.length * 0.4)) return undefined;
  return lines.map((l, i) => {
    const next = lines[i + 1];
    return full(widths[i]!) && !ENDS_SENTENCE.test(l) && !isRowLine(l) && next !== undefined && next.trim().length > 0 && !isRowLine(next) && !OPENS_PART.test(next);
  });
}

/** A cell separator of a table flattened to text: | (also full-width, as in Markdown tables) or a tab. */
const CELL_SEPARATOR = /\s*[|｜\t]\s*/;

/**
 * A table flattened to text, one row per line with cells between | (or tabs): two or more
 * consecutive lines that each have a separator become rows of one table, as a .docx table's rows
 * are. A lone line with a | stays a paragraph: one line is not a table.
 */
function flattenedTables(blocks: Block[]): void {
  let table = 0;
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isRowLine(blocks[j]!.text)) j++;
    if (j - i >= 2) {
      // outer | only when every line has them (a Markdown table); else a leading | is an empty first cell
      const outer = blocks.slice(i, j).every((b) => /^\s*[|｜]/.test(b.text) && /[|｜]\s*$/.test(b.text));
      for (let k = i; k < j; k++) {
        const b = blocks[k]!;
        const cells = splitCells(b.text, outer);
        blocks[k] = { kind: 'row', line: b.line, text: b.text, norm: b.norm, cells, normCells: cells.map((c) => normalizeText(c)), table, row: k - i };
      }
      table++;
    }
    i = j > i ? j : i + 1;
  }
}

function isRowLine(t: string): boolean {
  return /[|｜\t]/.test(t) && t.trim().length > 0;
}

function splitCells(t: string, outer: boolean): string[] {
  const inner = outer ? t.trim().replace(/^[|｜]\s*/, '').replace(/\s*[|｜]$/, '') : t;
  return inner.split(CELL_SEPARATOR).map((c) => c.trim());
}

function tryDecode(enc: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(enc, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strict(enc: string, bytes: Uint8Array): string {
  const s = tryDecode(enc, bytes);
  if (s === undefined) throw new ReadError('not-text', `带 ${enc.toUpperCase()} 字节序标记，但内容不是有效的 ${enc.toUpperCase()}`, `it has a ${enc.toUpperCase()} byte-order mark, but its content is not valid ${enc.toUpperCase()}`);
  return s;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
