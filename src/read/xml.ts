/**
 * A small, safe, event-driven XML reader over saxes for the parts of a .docx.
 *
 * Input: the part's bytes (UTF-8, or UTF-16 with a BOM) and its name for messages.
 * Output: open/close/text events, in document order, to an `XmlHandler`.
 * Invariants:
 * - Never recursive, never expands entities: a DOCTYPE or entity declaration is refused
 *   ('xml-doctype'); nesting deeper than `maxDepth` is refused ('xml-too-deep'); anything
 *   not well-formed is 'bad-xml' naming the part. Word writes none of these.
 * - Names are qualified names as written, except that the WordprocessingML and
 *   markup-compatibility namespaces are always seen as the prefixes `w:` and `mc:`, whatever
 *   prefix the root element bound them to (other producers, Strict OOXML).
 * - `mc:AlternateContent` is resolved here: the first `mc:Choice` is read, the other choices
 *   and `mc:Fallback` are skipped (the fallback is read only when there is no choice), so a
 *   text box written twice is read once.
 * - An `open` handler returning `true` skips the element's content; no `close` follows it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ReadError } from './types.js';

export type Attrs = Readonly<Record<string, string>>;

export interface XmlHandler {
  open(name: string, attrs: Attrs, depth: number): boolean | void;
  close(name: string, depth: number): void;
  text(text: string): void;
}

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a part's bytes; invalid UTF-8 is 'bad-xml'. */
export function decodeXml(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return utf8.decode(bytes); // drops a UTF-8 BOM
  } catch {
    throw new ReadError('bad-xml', `${part} 不是有效的 UTF-8 文本，无法读取`, `${part} is not valid UTF-8 text and cannot be read`);
  }
}

export function parseXml(xml: string, part: string, maxDepth: number, h: XmlHandler): void {
  // Cheap pre-check: a DTD is refused before the parser sees it (Word never writes one).
  if (xml.includes('<!DOCTYPE') || xml.includes('<!ENTITY')) throw doctype(part);

  // Positions cost ~15% of parsing; they are found again by `locate` when there is an error.
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let skipFrom = 0; // depth of the element whose content is being skipped, 0 = none
  let rename: Map<string, string> | undefined; // prefix → canonical prefix, when not identity
  // One entry per open mc:AlternateContent: whether a branch of it has been taken.
  const alt: { depth: number; taken: boolean }[] = [];

  const canon = (name: string): string => {
    if (!rename) return name;
    const colon = name.indexOf(':');
    const to = rename.get(colon < 0 ? '' : name.slice(0, colon));
    return to === undefined ? name : `${to}:${name.slice(colon + 1)}`;
  };
  const canonAttrs = (a: Record<string, string>): Attrs => {
    if (!rename) return a;
    const out: Record<string, string> = {};
    for (const k of Object.keys(a)) {
      out[k.startsWith('xmlns') || (k.indexOf(':') < 0 && !rename.has('')) ? k : canon(k)] = a[k]!;
    }
    return out;
  };

  parser.on('doctype', () => {
    throw doctype(part);
  });
  parser.on('error', () => {
    const at = locate(xml);
    throw new ReadError('bad-xml', `${part} 不是格式正确的 XML：${at.zh}`, `${part} is not well-formed XML: ${at.en}`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    if (depth > maxDepth) {
      throw new ReadError('xml-too-deep', `${part} 的元素嵌套超过 ${maxDepth} 层，已拒绝读取（Word 不会写出这样的文件）`, `${part} nests elements more than ${maxDepth} deep and was refused (Word writes no such file)`);
    }
    if (skipFrom) return;
    if (depth === 1) rename = prefixMap(tag.attributes);
    const name = canon(tag.name);
    if (name.startsWith('mc:')) {
      if (name === 'mc:AlternateContent') alt.push({ depth, taken: false });
      else if (name === 'mc:Choice' || name === 'mc:Fallback') {
        // Whichever branch comes first is read; every later Choice or Fallback is skipped.
        const top = alt[alt.length - 1];
        if (top && top.depth === depth - 1) {
          if (top.taken) skipFrom = depth;
          else top.taken = true;
        }
      }
      if (skipFrom) return;
    }
    if (h.open(name, canonAttrs(tag.attributes), depth) === true) skipFrom = depth;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const d = depth--;
    if (alt.length > 0 && alt[alt.length - 1]!.depth === d) alt.pop();
    if (skipFrom) {
      if (d === skipFrom) skipFrom = 0;
      return;
    }
    h.close(canon(tag.name), d);
  });
  parser.on('text', (t) => {
    if (!skipFrom && depth > 0) h.text(t);
  });
  parser.on('cdata', (t) => {
    if (!skipFrom && depth > 0) h.text(t);
  });
  parser.write(xml).close();
}

/** Where and why saxes first fails on `xml`, e.g. '第 1 行第 57 列，unexpected end.' */
function locate(xml: string): { zh: string; en: string } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let where: { zh: string; en: string } | undefined;
  parser.on('error', (err) => {
    const why = err.message.replace(/^\d+:\d+: /, '');
    where ??= { zh: `第 ${parser.line} 行第 ${parser.column} 列，${why}`, en: `line ${parser.line}, column ${parser.column}: ${why}` };
    throw err;
  });
  try {
    parser.write(xml).close();
  } catch {
    // the first error is all we want
  }
  return where ?? { zh: '无法解析', en: 'cannot be parsed' };
}

function doctype(part: string): ReadError {
  return new ReadError('xml-doctype', `${part} 含有 DOCTYPE 或实体声明，已拒绝读取（Word 不会写出这样的文件，可能是恶意构造）`, `${part} holds a DOCTYPE or entity declaration and was refused (Word writes no such file; it may be crafted)`);
}

/** Prefixes the root binds to W and MC, when they are not `w` and `mc`. */
function prefixMap(attrs: Record<string, string>): Map<string, string> | undefined {
  let map: Map<string, string> | undefined;
  for (const k of Object.keys(attrs)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    const prefix = k === 'xmlns' ? '' : k.slice(6);
    const uri = attrs[k]!;
    const to = W_NS.has(uri) ? 'w' : uri === MC_NS ? 'mc' : undefined;
    if (to !== undefined && prefix !== to) (map ??= new Map()).set(prefix, to);
  }
  return map;
}
