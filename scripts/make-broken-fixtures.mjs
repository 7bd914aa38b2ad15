#!/usr/bin/env node
// Broken and hostile input files for test/hardening. Everything is built from code, byte for
// byte deterministic, so each fixture shows its intent:
//
//   small  every file that must fail at the default limits, a few KB each; committed under
//          test/fixtures/broken/ (regenerate: node scripts/make-broken-fixtures.mjs small)
//   large  zip bombs and oversized texts, generated into a temporary folder at test time
//          (node scripts/make-broken-fixtures.mjs large <dir>); a 1 GB bomb costs ~1 MB and
//          ~0.3 s because its deflate stream repeats one fully flushed block
//   hostile  small, well-formed .docx that a careless reader turns into a crash or gigabytes
//          (list numbering, style cycles); reading them is fine, so they are not in broken/
//
// The zip writer is hand-made on purpose: the fixtures need headers that lie (sizes, flags,
// methods, offsets), which no zip library will write.
//
// Import from a test: writeSmallFixtures(dir), writeLargeFixtures(dir) → { name: path },
// smallFixtures(), hostileDocx() → { name: bytes }; also zip(), docx(), bombEntry().
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const enc = new TextEncoder();
const bytes = (s) => (typeof s === 'string' ? enc.encode(s) : s);
const MB = 1024 * 1024;

// ─── zip writer ──────────────────────────────────────────────────────────────────────────────

/**
 * entries: { name, data?: string|Uint8Array (uncompressed), method = 8 (deflate) | 0 (stored) | n,
 *            payload?: Uint8Array (the stored bytes as is: compressed data, or garbage),
 *            size?, csize?, crc?: declared values (default: the truth), flags = 0,
 *            localSizes?: false → write 0 sizes in the local header (data-descriptor style),
 *            offset?: override the local header offset in the central directory }
 */
export function zip(entries, { cdOffsetDelta = 0 } = {}) {
  const parts = [];
  const central = [];
  let at = 0;
  for (const e of entries) {
    const name = bytes(e.name);
    const data = e.data === undefined ? new Uint8Array(0) : bytes(e.data);
    const method = e.method ?? 8;
    const payload = e.payload ?? (method === 8 ? zlib.deflateRawSync(data, { level: 9 }) : data);
    const crc = e.crc ?? zlib.crc32(data);
    const size = e.size ?? data.length;
    const csize = e.csize ?? payload.length;
    const flags = e.flags ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time 00:00:00
    local.writeUInt16LE((44 << 9) | (1 << 5) | 1, 12); // 2024-01-01: deterministic
    local.writeUInt32LE(e.localSizes === false ? 0 : crc, 14);
    local.writeUInt32LE(e.localSizes === false ? 0 : csize, 18);
    local.writeUInt32LE(e.localSizes === false ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const offset = at;
    parts.push(local, name, payload);
    at += local.length + name.length + payload.length;
    if (flags & 8) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(csize, 8);
      dd.writeUInt32LE(size, 12);
      parts.push(dd);
      at += dd.length;
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE((44 << 9) | (1 << 5) | 1, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(csize, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(e.offset ?? offset, 42);
    central.push(c, name);
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(at + cdOffsetDelta, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, eocd]));
}

// ─── OOXML parts ─────────────────────────────────────────────────────────────────────────────

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const DOC_OPEN = `${XML_DECL}<w:document xmlns:w="${W}"><w:body>`;
export const DOC_CLOSE = '<w:sectPr/></w:body></w:document>';

export const para = (text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const CONTENT_TYPES = (main, type) =>
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${main}" ContentType="${type}"/></Types>`;
const RELS = (main) =>
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;
const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** A .docx whose word/document.xml is `documentXml` (a string, or an entry override object). */
export function docx(documentXml, extra = []) {
  const main =
    typeof documentXml === 'string' || documentXml instanceof Uint8Array
      ? { name: 'word/document.xml', data: documentXml }
      : { name: 'word/document.xml', ...documentXml };
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES('word/document.xml', WORD_TYPE) },
    { name: '_rels/.rels', data: RELS('word/document.xml') },
    main,
    ...extra,
  ]);
}

const REPORT_PARAS = [
  '2025年度 示例县财政局整体支出绩效自评报告',
  '一、基本情况',
  '示例县财政局为全额拨款行政单位，2025年人员编制数为20人，年末实有在编人员18人。',
  '二、一般公共预算支出情况',
  '2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。',
];
export const GOOD_DOCUMENT_XML = DOC_OPEN + REPORT_PARAS.map(para).join('') + DOC_CLOSE;

function xlsx() {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') },
    { name: '_rels/.rels', data: RELS('xl/workbook.xml') },
    { name: 'xl/workbook.xml', data: `${XML_DECL}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="支出" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>` },
    { name: 'xl/worksheets/sheet1.xml', data: `${XML_DECL}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>` },
  ]);
}

function pptx() {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml') },
    { name: '_rels/.rels', data: RELS('ppt/presentation.xml') },
    { name: 'ppt/presentation.xml', data: `${XML_DECL}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>` },
  ]);
}

function odt() {
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 },
    { name: 'content.xml', data: `${XML_DECL}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>` },
  ]);
}

/** An OLE compound file (legacy Office): the signature, a header, and directory entry names. */
function ole(streamNames) {
  const b = new Uint8Array(512 * 3);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  b.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24); // minor/major version, byte order, sector shift
  streamNames.forEach((name, i) => {
    const at = 1024 + i * 128; // directory entries are 128 bytes: UTF-16LE name first
    for (let k = 0; k < name.length; k++) b[at + k * 2] = name.charCodeAt(k);
    b[at + 64] = (name.length + 1) * 2;
  });
  return b;
}

/** Deterministic pseudo-random bytes (mulberry32). */
function randomBytes(n, seed) {
  const out = new Uint8Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  // never a signature the reader recognises: not PK, not OLE, not %PDF
  out[0] = 0x13;
  return out;
}

const BILLION_LAUGHS =
  `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n` +
  Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">\n`).join('') +
  `]>\n<w:document xmlns:w="${W}"><w:body>${para('&lol9;')}</w:body></w:document>`;

const XXE =
  `<?xml version="1.0"?>\n<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n` +
  `<w:document xmlns:w="${W}"><w:body>${para('&xxe;')}</w:body></w:document>`;

const DEPTH = 100_000;
const DEEP_XML = `${DOC_OPEN}${'<w:sdt>'.repeat(DEPTH)}${'</w:sdt>'.repeat(DEPTH)}${DOC_CLOSE}`;

/** Every small broken file, by name. Each fails at the default limits; see test/hardening. */
export function smallFixtures() {
  const good = docx(GOOD_DOCUMENT_XML);
  const garbage = randomBytes(2000, 20250101);
  return {
    // empty and not-a-docx-at-all
    'empty.docx': new Uint8Array(0),
    'empty.txt': new Uint8Array(0),
    'empty.yaml': new Uint8Array(0),
    'random-bytes.docx': garbage,
    'pdf-renamed.docx': bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    'rtf-renamed.docx': bytes('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}}\\f0 一、基本情况\\par}'),
    'html-renamed.docx': bytes('<html><head><meta charset="utf-8"></head><body><p>一、基本情况</p></body></html>'),
    'empty-zip.docx': zip([]),
    // texts that are not text
    'nul-bytes.txt': bytes('一、基本情况\n示例县财政局\u0000\u0000\u0000为全额拨款行政单位。\n'),
    'not-utf8-not-gb18030.txt': new Uint8Array([...bytes('一、基本情况\n'), 0xff, 0xff, 0xfe, 0x81, 0x30, 0x0a]),
    'bad-utf16-bom.txt': new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), // BOM, then a lone surrogate and an odd byte
    'bad-utf8-bom.md': new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('# 报告\n'), 0xc3, 0x28]),
    // legacy and other Office formats under a .docx name
    'legacy-word.docx': ole(['Root Entry', 'WordDocument', '1Table', '\u0005SummaryInformation']),
    'legacy-excel.docx': ole(['Root Entry', 'Workbook', '\u0005SummaryInformation']),
    'encrypted-office.docx': ole(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
    'spreadsheet.docx': xlsx(),
    'presentation.docx': pptx(),
    'opendocument.docx': odt(),
    // zips that are not (whole) Word documents
    'truncated.docx': good.subarray(0, Math.floor(good.length / 2)),
    'no-document-xml.docx': zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES('word/document.xml', WORD_TYPE) }, { name: 'docProps/app.xml', data: `${XML_DECL}<Properties/>` }]),
    'entry-outside-file.docx': docx({ data: GOOD_DOCUMENT_XML, offset: 0x7fff0000 }),
    'cd-outside-file.docx': zip([{ name: 'word/document.xml', data: GOOD_DOCUMENT_XML }], { cdOffsetDelta: 1_000_000 }),
    'corrupt-deflate.docx': docx({ data: GOOD_DOCUMENT_XML, payload: randomBytes(300, 7).map((x, i) => (i === 0 ? 0xff : x)) }),
    'encrypted-entry.docx': docx({ data: GOOD_DOCUMENT_XML, flags: 1 }),
    'unknown-method.docx': docx({ data: GOOD_DOCUMENT_XML, method: 12 }), // bzip2
    // XML that must not be parsed
    'malformed-xml.docx': docx(`${DOC_OPEN}<w:p><w:r><w:t>一、基本情况</w:r></w:p>${DOC_CLOSE}`),
    'invalid-utf8-xml.docx': docx(new Uint8Array([...bytes(DOC_OPEN + '<w:p><w:r><w:t>'), 0xb5, 0xa5, 0xce, 0xbb, ...bytes('</w:t></w:r></w:p>' + DOC_CLOSE)])),
    'billion-laughs.docx': docx(BILLION_LAUGHS),
    'external-entity.docx': docx(XXE),
    'deep-nesting.docx': docx(DEEP_XML),
    // the same refusals in the other parts that are read, and in UTF-16
    'doctype-in-styles.docx': docx(DOC_OPEN + '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、基本情况</w:t></w:r></w:p>' + DOC_CLOSE, [
      { name: 'word/styles.xml', data: BILLION_LAUGHS.replace(/<w:document[\s\S]*$/, `<w:styles xmlns:w="${W}"><w:style w:styleId="Heading1"><w:name w:val="&lol9;"/></w:style></w:styles>`) },
    ]),
    'doctype-in-rels.docx': zip([
      { name: '_rels/.rels', data: XXE.replace(/<w:document[\s\S]*$/, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="&xxe;"/></Relationships>').replace('<!DOCTYPE w:document', '<!DOCTYPE Relationships') },
      { name: 'word/main.xml', data: GOOD_DOCUMENT_XML },
    ]),
    'doctype-utf16.docx': docx(new Uint8Array([0xff, 0xfe, ...Buffer.from(XXE.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le')])),
    // report data (.yaml/.json) that is not valid report data
    'data-syntax-error.yaml': bytes('version: 1\nprofile: hunan\nbudget:\n  - id: gpb\n    amount: [1, 2\nunit: 示例\n'),
    'data-wrong-shape.json': bytes('{\n  "version": 1,\n  "profile": "hunan",\n  "budget": "三百万元"\n}\n'),
    'data-alias-bomb.yaml': bytes(
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
        Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]\n`).join(''),
    ),
    'data-deep-nesting.json': bytes(`{"version": 1, "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`),
  };
}

export function writeSmallFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, b] of Object.entries(smallFixtures())) {
    writeFileSync(join(dir, name), b);
    out[name] = join(dir, name);
  }
  return out;
}

// ─── well-formed but hostile .docx ─────────────────────────────────────────────────────────────

const numberingXml = (lvl) =>
  `${XML_DECL}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${lvl}</w:lvl></w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
const listPara = (text) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const withNumbering = (lvl, paras) =>
  docx(DOC_OPEN + para('2025年度 示例县财政局整体支出绩效自评报告') + paras + DOC_CLOSE, [{ name: 'word/numbering.xml', data: numberingXml(lvl) }]);

/**
 * Small, valid WordprocessingML that a careless reader turns into a crash, a hang or gigabytes:
 * each must be read (or refused with a ReadError) promptly and in bounded memory. Not in the
 * broken folder: reading them successfully is a correct outcome.
 */
export function hostileDocx() {
  return {
    // a list starting at 2 000 000 000 in upperLetter: 'A' repeated 77 million times per number
    'numbering-huge-start.docx': withNumbering('<w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1、"/>', listPara('基本情况').repeat(20)),
    // a start value beyond any integer
    'numbering-overflow-start.docx': withNumbering('<w:start w:val="99999999999999999999"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1、"/>', listPara('基本情况')),
    // a level text of 50 000 × %1 on 2 000 paragraphs: 100 KB of number per paragraph
    'numbering-amplification.docx': withNumbering(`<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1'.repeat(50_000)}"/>`, listPara('基本情况').repeat(2000)),
    // styles based on each other in a cycle, with list numbering through the cycle
    'styles-cycle.docx': docx(
      DOC_OPEN + ['A', 'B', 'C'].map((id) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t>一、基本情况</w:t></w:r></w:p>`).join('') + DOC_CLOSE,
      [
        {
          name: 'word/styles.xml',
          data:
            `${XML_DECL}<w:styles xmlns:w="${W}">` +
            '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>' +
            '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="C"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
            '<w:style w:type="paragraph" w:styleId="C"><w:basedOn w:val="A"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
            '</w:styles>',
        },
        { name: 'word/numbering.xml', data: numberingXml('<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>') },
      ],
    ),
    // mc:AlternateContent nested 200 deep (under the depth limit), each with a choice and a fallback
    'alternate-content-nested.docx': docx(
      DOC_OPEN.replace('<w:document ', '<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ') +
        '<mc:AlternateContent><mc:Choice Requires="w14">'.repeat(100) +
        para('一、基本情况') +
        '</mc:Choice><mc:Fallback>x</mc:Fallback></mc:AlternateContent>'.repeat(100) +
        DOC_CLOSE,
    ),
  };
}

// ─── large fixtures ──────────────────────────────────────────────────────────────────────────

/**
 * A zip entry of `prefix` + `fill` repeated to `totalMB` MB + `suffix`, deflated without ever
 * holding it: one 1 MB block compressed with a full flush (no back-references) is repeated.
 * `declared` overrides the sizes the headers state (a lie); undefined = the truth.
 */
export function bombEntry({ name = 'word/document.xml', prefix = '', suffix = '', fill = 0x20, totalMB, declared, flags, localSizes } = {}) {
  const block = Buffer.alloc(MB, fill);
  const flush = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = zlib.deflateRawSync(Buffer.from(prefix), flush);
  const body = zlib.deflateRawSync(block, flush);
  const tail = zlib.deflateRawSync(Buffer.from(suffix), { level: 9 }); // ends with the final block
  const payload = Buffer.concat([head, ...Array(totalMB).fill(body), tail]);
  let crc = zlib.crc32(Buffer.from(prefix));
  for (let i = 0; i < totalMB; i++) crc = zlib.crc32(block, crc);
  crc = zlib.crc32(Buffer.from(suffix), crc);
  const size = Buffer.byteLength(prefix) + totalMB * MB + Buffer.byteLength(suffix);
  return {
    name,
    method: 8,
    payload,
    crc,
    size: declared ?? (size > 0xfffffffe ? 0xfffffffe : size),
    ...(flags !== undefined ? { flags } : {}),
    ...(localSizes !== undefined ? { localSizes } : {}),
    realSize: size,
  };
}

const TEXT_OPEN = `${DOC_OPEN}<w:p><w:r><w:t>`;
const TEXT_CLOSE = `</w:t></w:r></w:p>${DOC_CLOSE}`;

/** Valid WordprocessingML whose one paragraph is `mb` MB of spaces: legal, just big. */
export function bigValidDocx(mb, declared) {
  return docx(bombEntry({ prefix: TEXT_OPEN, suffix: TEXT_CLOSE, totalMB: mb, declared }));
}

/** A .txt of `bytesWanted` bytes made of a real report's lines. */
function bigText(bytesWanted) {
  const line = '经自评，本单位2025年度整体支出绩效自评得分为92分，等级为优。\n';
  const n = Math.ceil(bytesWanted / Buffer.byteLength(line));
  return Buffer.from(line.repeat(n));
}

/** The large fixtures, written into `dir`; returns { name: path }. */
export function writeLargeFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const files = {
    // 1 GB of document.xml, headers honest: refused on the declared size, before inflating
    'bomb-declared.docx': () => docx(bombEntry({ totalMB: 1024 })),
    // the same, headers claim 1000 bytes: refused while inflating
    'bomb-lying.docx': () => docx(bombEntry({ totalMB: 1024, declared: 1000 })),
    // the same, sizes 0 everywhere with a data descriptor (flag 8) that also lies
    'bomb-descriptor.docx': () => docx(bombEntry({ totalMB: 1024, declared: 0, flags: 8, localSizes: false })),
    // 12 MB of valid XML in under 16 KB, headers claim 100 bytes (the one-shot inflate path)
    'bomb-small-lying.docx': () => bigValidDocx(12, 100),
    // 2 MB of valid XML, honest headers: refused under --max-entry-mb 1, read under 3
    'entry-2mb.docx': () => bigValidDocx(2),
    // a text over the default limit of 20 MB
    'big-21mb.txt': () => bigText(21 * MB),
    // a text of 2 MB: fine by default, refused under --max-text-mb 1
    'text-2mb.txt': () => bigText(2 * MB),
    // report data over the limit
    'big-21mb.json': () => Buffer.concat([Buffer.from('{"version":1,"pad":"'), Buffer.alloc(21 * MB, 0x61), Buffer.from('"}')]),
  };
  const out = {};
  for (const [name, make] of Object.entries(files)) {
    writeFileSync(join(dir, name), make());
    out[name] = join(dir, name);
  }
  return out;
}

// ─── command line ────────────────────────────────────────────────────────────────────────────

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const [what = 'small', dirArg] = process.argv.slice(2);
  if (what === 'small') {
    const dir = dirArg ?? join(root, 'test', 'fixtures', 'broken');
    const written = writeSmallFixtures(dir);
    console.error(`make-broken-fixtures: ${Object.keys(written).length} small files in ${dir}`);
  } else if (what === 'large') {
    const dir = dirArg ?? mkdtempSync(join(tmpdir(), 'jixiao-broken-'));
    const written = writeLargeFixtures(dir);
    console.error(`make-broken-fixtures: ${Object.keys(written).length} large files in ${dir}`);
    console.log(dir);
  } else {
    console.error('usage: node scripts/make-broken-fixtures.mjs small [dir] | large [dir]');
    process.exit(2);
  }
}
