/**
 * Building .docx packages in tests: with the `docx` package when the fixture is a document a
 * user could write, or by hand (fflate's zipSync) when the test is about the XML itself.
 */
import { Packer, type Document } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { readDocx } from '../../src/lib/node.js';
import { ReadError, type Block, type ReadLimits, DEFAULT_LIMITS } from '../../src/read/types.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const NS = `xmlns:w="${W_NS}" xmlns:mc="${MC_NS}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" mc:Ignorable="w14"`;

export async function packDocx(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A zip of the given parts; `level` 0 stores them. */
export function zip(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files, { level });
}

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}
export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${styles}</w:styles>`;
}
export function numberingXml(defs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${defs}</w:numbering>`;
}

/** A minimal package around a hand-written body (and styles / numbering parts). */
export function handDocx(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': documentXml(body),
  };
  if (parts.styles !== undefined) files['word/styles.xml'] = stylesXml(parts.styles);
  if (parts.numbering !== undefined) files['word/numbering.xml'] = numberingXml(parts.numbering);
  return zip(files);
}

/** A paragraph of one run; `pPr` is the inside of w:pPr. */
export function para(text: string, pPr = ''): string {
  const props = pPr ? `<w:pPr>${pPr}</w:pPr>` : '';
  return text === '' ? `<w:p>${props}</w:p>` : `<w:p>${props}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function texts(bytes: Uint8Array): string[] {
  return readDocx(bytes, 'test.docx').blocks.map((b) => b.text);
}

export function blocks(bytes: Uint8Array): readonly Block[] {
  return readDocx(bytes, 'test.docx').blocks;
}

/** The ReadError readDocx throws (fails the test when it throws anything else, or nothing). */
export function readError(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): ReadError {
  try {
    readDocx(bytes, 'bad.docx', limits);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('readDocx did not throw');
}
