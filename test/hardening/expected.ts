/**
 * What each broken fixture must be reported as: the ReadError code and fragments of the one-line
 * message (what is wrong, and for a wrong format what to do). Every file in test/fixtures/broken
 * must be listed here (a test checks it), so a new fixture cannot go unchecked.
 */
export interface Expectation {
  code: string;
  /** Each must occur in the message. */
  says: (string | RegExp)[];
}

export const SMALL: Record<string, Expectation> = {
  // empty, or not a .docx at all
  'empty.docx': { code: 'empty', says: ['空'] },
  'empty.txt': { code: 'empty', says: ['为空'] },
  'empty.yaml': { code: 'empty', says: ['为空'] },
  'random-bytes.docx': { code: 'not-docx', says: ['不是 .docx', '另存为'] },
  // read by content (issue 17): the message says what the content is, then what is wrong with it
  'pdf-renamed.docx': { code: 'corrupt-pdf', says: ['内容是 PDF', '.docx', '损坏'] },
  'rtf-renamed.docx': { code: 'not-docx', says: ['RTF', '.docx'] },
  'html-renamed.docx': { code: 'not-docx', says: ['网页', '.docx'] },
  'empty-zip.docx': { code: 'not-docx', says: ['空的 zip'] },
  // text files that are not text
  'nul-bytes.txt': { code: 'not-text', says: ['NUL'] },
  'not-utf8-not-gb18030.txt': { code: 'not-text', says: ['UTF-8', 'GB18030'] },
  'bad-utf16-bom.txt': { code: 'not-text', says: ['UTF-16LE'] },
  'bad-utf8-bom.md': { code: 'not-text', says: ['UTF-8'] },
  // OLE files under a .docx name are read as .doc (issue 17); these are only stream names in a
  // fake container: a .doc one is damaged, the others say what they are and to save as .docx
  'legacy-word.docx': { code: 'corrupt-doc', says: ['.doc', '损坏', '.docx'] },
  'legacy-excel.docx': { code: 'other-office', says: ['Excel', '.xls', '.docx'] },
  'encrypted-office.docx': { code: 'unsupported', says: ['密码', '.docx'] },
  'spreadsheet.docx': { code: 'other-office', says: ['Excel', '.xlsx', '.docx'] },
  'presentation.docx': { code: 'other-office', says: ['PowerPoint', '.pptx', '.docx'] },
  'opendocument.docx': { code: 'other-office', says: ['OpenDocument', '.docx'] },
  // broken zips
  'truncated.docx': { code: 'corrupt-zip', says: ['截断'] },
  'no-document-xml.docx': { code: 'not-docx', says: ['word/document.xml'] },
  'entry-outside-file.docx': { code: 'corrupt-zip', says: ['word/document.xml', '损坏'] },
  'cd-outside-file.docx': { code: 'corrupt-zip', says: ['zip 目录'] },
  'corrupt-deflate.docx': { code: 'corrupt-zip', says: ['word/document.xml', '压缩数据损坏'] },
  'encrypted-entry.docx': { code: 'unsupported', says: ['加密'] },
  'unknown-method.docx': { code: 'unsupported', says: ['压缩方式'] },
  // XML that must not be parsed, or cannot be
  'malformed-xml.docx': { code: 'bad-xml', says: ['word/document.xml', '不是格式正确的 XML', /第 \d+ 行第 \d+ 列/] },
  'invalid-utf8-xml.docx': { code: 'bad-xml', says: ['word/document.xml', 'UTF-8'] },
  'billion-laughs.docx': { code: 'xml-doctype', says: ['DOCTYPE', '拒绝'] },
  'external-entity.docx': { code: 'xml-doctype', says: ['DOCTYPE', '拒绝'] },
  'deep-nesting.docx': { code: 'xml-too-deep', says: ['嵌套超过 256 层'] },
  'doctype-in-styles.docx': { code: 'xml-doctype', says: ['word/styles.xml', 'DOCTYPE'] },
  'doctype-in-rels.docx': { code: 'xml-doctype', says: ['_rels/.rels', 'DOCTYPE'] },
  'doctype-utf16.docx': { code: 'xml-doctype', says: ['word/document.xml', 'DOCTYPE'] },
  // report data that is not report data
  'data-syntax-error.yaml': { code: 'bad-data', says: [/第 \d+ 行第 \d+ 列/, 'YAML'] },
  'data-wrong-shape.json': { code: 'bad-data', says: ['第 4 行', 'budget'] },
  'data-alias-bomb.yaml': { code: 'bad-data', says: ['别名'] },
  'data-deep-nesting.json': { code: 'bad-data', says: [/第 \d+ 行/] },
};

/** Large fixtures that fail at the default limits (see scripts/make-broken-fixtures.mjs). */
export const LARGE_AT_DEFAULTS: Record<string, Expectation> = {
  'bomb-declared.docx': { code: 'zip-bomb', says: ['word/document.xml', '压缩炸弹'] },
  'bomb-lying.docx': { code: 'zip-bomb', says: ['实际解压后', '压缩炸弹'] },
  'bomb-descriptor.docx': { code: 'zip-bomb', says: ['实际解压后', '压缩炸弹'] },
  'big-21mb.txt': { code: 'too-large', says: ['超过上限 20 MB'] },
  'big-21mb.json': { code: 'too-large', says: ['超过上限 20 MB'] },
};

export function expectSays(message: string, e: Expectation): string[] {
  const missing: string[] = [];
  for (const s of e.says) {
    if (typeof s === 'string' ? !message.includes(s) : !s.test(message)) missing.push(String(s));
  }
  return missing;
}
