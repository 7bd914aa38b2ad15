/**
 * Whatever bytes arrive, readDocx returns a SourceDoc or throws a ReadError: never a TypeError,
 * a RangeError or a hang.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../src/lib/node.js';
import { ReadError } from '../../src/read/types.js';
import { handDocx, para, zip, CONTENT_TYPES, documentXml, numberingXml, stylesXml } from './docx-helpers.js';

const numbering = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
const styles = '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
const body = para('基本情况', '<w:pStyle w:val="1"/>') + para('2024年基本支出323.15万元。') +
  `<w:tbl><w:tr><w:tc>${para('项目')}</w:tc><w:tc>${para('0.29')}</w:tc></w:tr></w:tbl>`;

function outcome(bytes: Uint8Array): string {
  try {
    return `ok:${readDocx(bytes, 'fuzz.docx').blocks.length}`;
  } catch (e) {
    if (e instanceof ReadError) return `error:${e.code}`;
    throw e;
  }
}

describe('readDocx on damaged input', () => {
  test('a compressed .docx with bytes overwritten', () => {
    const good = handDocx(body, { styles, numbering });
    expect(outcome(good)).toBe('ok:3');
    const seen = new Set<string>();
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
      const bad = good.slice();
      for (const [at, v] of edits) bad[at] = v;
      const got = outcome(bad);
      expect(got).toMatch(/^(ok|error):/);
      seen.add(got.replace(/:\d+$/, ''));
    }), { numRuns: 400, seed: 20240601 });
    expect(seen.has('ok')).toBe(true);
    expect(seen.has('error:corrupt-zip')).toBe(true);
  });

  test('stored parts with their XML overwritten or cut', () => {
    const parts = (doc: string) => zip({
      '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': doc,
      'word/styles.xml': stylesXml(styles), 'word/numbering.xml': numberingXml(numbering),
    }, 0);
    const doc = documentXml(body);
    const seen = new Set<string>();
    fc.assert(fc.property(fc.nat(doc.length), fc.string({ maxLength: 6 }), fc.boolean(), (at, insert, cut) => {
      const changed = cut ? doc.slice(0, at) : doc.slice(0, at) + insert + doc.slice(at + insert.length);
      const got = outcome(parts(changed));
      expect(got).toMatch(/^(ok|error):/);
      seen.add(got.replace(/:\d+$/, ''));
    }), { numRuns: 400, seed: 20240602 });
    expect(seen.has('ok')).toBe(true);
    expect(seen.has('error:bad-xml')).toBe(true);
  });
});
