/**
 * Legacy Word (.doc) and WPS 文字 (.wps) bytes → SourceDoc. Both are OLE compound files holding
 * a Word 97 binary document (WPS writes the same WordDocument stream); the container is read
 * with `cfb` (SheetJS), the text with doc-binary.ts.
 *
 * Invariants, as for .docx: synchronous, no file system; one Block per body paragraph and per
 * table row, `line` dense in document order; row cells are their paragraphs joined with ' ',
 * the row's text its cells joined with '\t'. Headers, footers, footnotes and comments are not
 * read (they follow the main text in the stream and are cut at ccpText).
 * Not carried over from the binary format: list numbers Word generates (auto-numbered headings)
 * and heading styles; see README "Supported inputs".
 */
import CFB from 'cfb';
import { fibFlags, readWordText, type RowDef } from './doc-binary.js';
import { oleError } from './docx-signature.js';
import { normalizeText } from './normalize.js';
import { ReadError, type Block, type ReadLimits, type SourceDoc } from './types.js';

type Container = ReturnType<typeof CFB.read>;

export function readDoc(bytes: Uint8Array, file: string, limits: ReadLimits): SourceDoc {
  let cfb: Container;
  try {
    cfb = CFB.read(bytes, { type: 'array' });
  } catch (e) {
    // a container too broken to open may still name its streams: an encrypted or Excel file says so
    const named = oleError(bytes);
    if (named.code !== 'legacy-doc') throw named;
    throw new ReadError('corrupt-doc', `旧版 Word 文档（.doc）的 OLE 容器已损坏，无法读取（${e instanceof Error ? e.message.slice(0, 80) : String(e)}）`, `the OLE container of the legacy Word document (.doc) is damaged and cannot be read (${e instanceof Error ? e.message.slice(0, 80) : String(e)})`);
  }
  const stream = (name: string): Uint8Array | undefined => {
    const entry = CFB.find(cfb, name);
    if (!entry?.content) return undefined;
    const size = entry.content.length;
    if (size > limits.maxEntryBytes) throw new ReadError('too-large', `文档中的 ${name} 数据流 ${(size / 1048576).toFixed(1)} MB，超过上限`, `the document's ${name} stream is ${(size / 1048576).toFixed(1)} MB, over the limit`);
    return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content as ArrayLike<number>);
  };
  if (CFB.find(cfb, 'EncryptedPackage')) {
    throw new ReadError('unsupported', '这是设有打开密码的加密 Office 文件，无法读取：请在 Word 中取消密码并另存为 .docx 后再检查', 'this is a password-protected Office file and cannot be read: remove the password in Word, save as .docx, then check it');
  }
  const word = stream('WordDocument');
  if (!word) {
    if (CFB.find(cfb, 'Workbook') || CFB.find(cfb, 'Book')) throw new ReadError('other-office', '这是旧版 Excel 工作簿（.xls），不是 Word 文档：请把报告保存为 Word 文档（.docx）后再检查', 'this is a legacy Excel workbook (.xls), not a Word document: save the report as a Word document (.docx), then check it');
    if (CFB.find(cfb, 'PowerPoint Document')) throw new ReadError('other-office', '这是旧版 PowerPoint 演示文稿（.ppt），不是 Word 文档：请把报告保存为 Word 文档（.docx）后再检查', 'this is a legacy PowerPoint presentation (.ppt), not a Word document: save the report as a Word document (.docx), then check it');
    throw new ReadError('corrupt-doc', '没有 Word 正文（WordDocument 数据流）：可能是早期 WPS 格式，请另存为 .docx 后再检查', 'there is no Word text (WordDocument stream): perhaps an early WPS format; save it as .docx, then check it');
  }
  const fib = fibFlags(word);
  if (fib.encrypted) throw new ReadError('doc-encrypted', '这是设有打开密码的加密 Word 文档，无法读取：请取消密码后再检查', 'this Word document is password-protected and cannot be read: remove the password, then check it');
  const table = stream(fib.table);
  if (!table) throw new ReadError('corrupt-doc', `缺少 ${fib.table} 数据流，Word 文档已损坏`, `the ${fib.table} stream is missing: the Word document is damaged`);
  const { text, rowEnds, inCell, rowDefs } = readWordText(word, table, stream('Data'));
  return { file, format: 'doc', blocks: toBlocks(text, rowEnds, inCell, rowDefs) };
}

/** Characters the binary format uses for marks and objects → what a reader sees. */
const clean = (s: string): string =>
  s.replace(/[\x0b]/g, ' ').replace(/\x1e/g, '-').replace(/[\x00-\x08\x0c\x0e-\x1f]/g, '').replace(/\s+$/u, '');

/**
 * A table's rows lined up with its grid: the grid's columns are bounded by every cell edge of any
 * row; a cell spans the columns between its two edges (as w:gridSpan in a .docx), and a cell whose
 * definition continues a vertical merge is one of `continues`.
 */
function onTableGrid(rows: { block: Block; def: RowDef | undefined }[]): void {
  const edges = [...new Set(rows.flatMap((r) => r.def?.edges ?? []))].sort((a, b) => a - b);
  for (const { block, def } of rows) {
    if (!def || def.edges.length !== (block.cells?.length ?? 0) + 1) continue;
    const spans = def.edges.slice(1).map((e, i) => edges.filter((x) => x > def.edges[i]! && x <= e).length);
    const b = block as { -readonly [K in keyof Block]: Block[K] };
    if (spans.some((n) => n !== 1) && spans.every((n) => n >= 1)) b.spans = spans;
    if (def.continues.length > 0) b.continues = def.continues;
  }
}

/** A table row: its cells joined by tabs. */
function rowBlock(cells: string[], line: number, table: number, row: number): Block {
  const text = cells.join('\t');
  return { kind: 'row', line, text, norm: normalizeText(text), cells, normCells: cells.map((c) => normalizeText(c)), table, row };
}

function toBlocks(text: string, rowEnds: ReadonlySet<number>, inCell: ReadonlySet<number>, rowDefs: ReadonlyMap<number, RowDef>): Block[] {
  const blocks: Block[] = [];
  let tableRows: { block: Block; def: RowDef | undefined }[] = [];
  let para = '';
  let cell: string[] = []; // paragraphs of the cell being read
  let cells: string[] = [];
  let table = -1;
  let row = 0;
  let inTable = false;
  for (let i = 0; i < text.length; i++) {
    // a section mark (\f) also ends its paragraph; a page break (\f just before \r) does not
    const ch = text[i] === '\f' && text[i + 1] !== '\r' && text[i + 1] !== undefined ? '\r' : text[i]!;
    if (ch === '\r' && !inCell.has(i)) {
      // cells whose row end was not marked: a row of their own, never dropped
      if (cells.length > 0) {
        blocks.push(rowBlock(cells, blocks.length + 1, inTable ? table : ++table, row++));
        cells = [];
      }
      if (inTable) {
        inTable = false;
        row = 0;
        onTableGrid(tableRows);
        tableRows = [];
      }
      const t = clean(para);
      blocks.push({ kind: 'paragraph', line: blocks.length + 1, text: t, norm: normalizeText(t) });
    } else if (ch === '\r') {
      cell.push(clean(para));
    } else if (ch === '\x07' && rowEnds.has(i)) {
      if (!inTable) {
        inTable = true;
        table++;
      }
      const block = rowBlock(cells, blocks.length + 1, table, row++);
      blocks.push(block);
      tableRows.push({ block, def: rowDefs.get(i) });
      cells = [];
    } else if (ch === '\x07') {
      cell.push(clean(para));
      cells.push(cell.filter((p) => p !== '').join(' '));
      cell = [];
    } else {
      para += ch;
      continue;
    }
    para = '';
  }
  onTableGrid(tableRows);
  if (para.trim() !== '') {
    const t = clean(para);
    blocks.push({ kind: 'paragraph', line: blocks.length + 1, text: t, norm: normalizeText(t) });
  }
  return blocks;
}
