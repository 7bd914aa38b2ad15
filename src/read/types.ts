/**
 * The reader's output: a document as an ordered list of blocks (paragraphs and table rows).
 *
 * Invariants:
 * - `line` is 1-based and dense in the text projection: a .txt line, or a .docx paragraph;
 *   a table contributes one line per row. Findings point at these lines.
 * - `text` is the block as a reader of the document sees it, including a Word list number
 *   that exists only in numbering.xml (then `numbering` holds that prefix too).
 * - `norm` is `text` normalised for extraction with a 1:1 character mapping, so a column in
 *   `norm` is the same column in `text` (full-width digits → ASCII, half-width punctuation →
 *   full-width, odd spaces → ' ', artefacts such as `[bookmark: _GoBack]` blanked out).
 */
export type SourceFormat = 'txt' | 'docx' | 'data' | 'pdf' | 'doc';

export interface Block {
  readonly kind: 'paragraph' | 'row';
  readonly line: number;
  readonly text: string;
  readonly norm: string;
  /** Word paragraph style id, e.g. 'Heading1', when the source has styles. */
  readonly style?: string;
  /** Outline level from the style or paragraph (1 = top), when the source has one. */
  readonly headingLevel?: number;
  /** The list number Word renders before the text (e.g. '七、'), already part of `text`. */
  readonly numbering?: string;
  /** For rows: the cells' texts (original), and their normalised forms. */
  readonly cells?: readonly string[];
  readonly normCells?: readonly string[];
  /**
   * For a Word row (.docx, .doc) whose cells do not each take one column of the table's grid: the
   * grid columns each cell spans (w:gridSpan; in a .doc, from the cells' edges; 1 for most). Absent
   * when every cell spans one. `cells` stay Word's cells, one per cell; `onGrid` (extract/cells.ts)
   * lines them up with the grid.
   */
  readonly spans?: readonly number[];
  /** For a Word row: the cells that continue a vertically merged cell above (w:vMerge), empty in Word. */
  readonly continues?: readonly number[];
  /** For rows: which table (0-based, in document order) and which row in it (0-based). */
  readonly table?: number;
  readonly row?: number;
  /** For a PDF: the page (1-based) and the line on that page where the block starts. */
  readonly page?: number;
  readonly lineOnPage?: number;
  /** For a PDF paragraph joined from several lines: where each line starts in `text` (0-based), its page and line on the page. */
  readonly pageLines?: readonly (readonly [offset: number, page: number, lineOnPage: number])[];
  /**
   * For a .txt paragraph joined from hard-wrapped lines (text copied out of a PDF): where each line
   * after the first starts in `text` (0-based) and its line in the file. `line` is the first one's.
   */
  readonly textLines?: readonly (readonly [offset: number, line: number])[];
}

export interface SourceDoc {
  readonly file: string;
  readonly format: SourceFormat;
  readonly blocks: readonly Block[];
  /** Said once about the whole file, e.g. that its content disagrees with its extension. */
  readonly note?: string;
}

/** A read failure that is the input's fault; the CLI reports it with exit code 2. */
export class ReadError extends Error {
  /**
   * @param message the message in Chinese (the default language)
   * @param en the same message in English (`--lang en`); every reader gives both
   */
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    readonly en?: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }

  localized(lang: 'zh' | 'en'): string {
    return lang === 'en' && this.en !== undefined ? this.en : this.message;
  }
}

export type ReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'not-docx'
  | 'legacy-doc'
  | 'other-office'
  | 'corrupt-zip'
  | 'zip-bomb'
  | 'bad-xml'
  | 'xml-doctype'
  | 'xml-too-deep'
  | 'bad-data'
  | 'unsupported'
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'corrupt-pdf'
  | 'pdf-bomb'
  | 'corrupt-doc'
  | 'doc-encrypted';

export interface ReadLimits {
  /** Largest inflated size of one zip entry, in bytes (default 50 MB). */
  readonly maxEntryBytes: number;
  /** Largest text or data file, in bytes (default 20 MB). */
  readonly maxTextBytes: number;
  /** Deepest XML element nesting accepted (default 256). */
  readonly maxXmlDepth: number;
  /** Most pages read from a PDF (default 2000). */
  readonly maxPdfPages?: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntryBytes: 50 * 1024 * 1024,
  maxTextBytes: 20 * 1024 * 1024,
  maxXmlDepth: 256,
  maxPdfPages: 2000,
};

/**
 * Raw DEFLATE → bytes, bounded: what the platform provides (Node's zlib, fflate in a browser).
 * Returns at most `limit` bytes; when the real output would exceed it, throws InflateOverLimit
 * (and holds no more than about the limit meanwhile). Any other throw means the data is corrupt.
 */
export type InflateRaw = (data: Uint8Array, limit: number) => Uint8Array;

/** Thrown by an InflateRaw whose output would exceed its limit. */
export class InflateOverLimit extends Error {}
