/**
 * 1:1 character normalisation for extraction: every UTF-16 unit maps to exactly one unit, so
 * columns found in the normalised text are columns in the original.
 */

const MAP: Record<string, string> = {
  ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？',
  '．': '.', '％': '%', '\u00a0': ' ', '\u3000': ' ', '\t': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2009': ' ', '\u200b': ' ', '\ufeff': ' ', '\r': ' ',
  '“': '“', '"': '“', '〝': '“', '〞': '”', '＂': '“',
  '～': '~', '－': '-', '＋': '+', '＝': '=', '＞': '>', '＜': '<', '≧': '≥', '≦': '≤',
  '／': '/', '＊': '*', '×': '×',
};

const DIGIT = /[0-9０-９]/;

/** Word/text-export artefacts that carry no content; blanked with spaces of equal length. */
const ARTEFACTS = /\[bookmark: [^\]]*\]/g;

export function normalizeText(input: string): string {
  const s = input.includes('[bookmark:') ? input.replace(ARTEFACTS, (m) => ' '.repeat(m.length)) : input;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) {
      out += String.fromCharCode(code - 0xff10 + 0x30); // full-width digit
    } else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0); // full-width latin letter
    } else if (ch === ',') {
      // A thousands separator stays; a clause comma becomes the full-width one.
      const next3 = s.slice(i + 1, i + 4);
      out += DIGIT.test(s[i - 1] ?? '') && /^[0-9０-９]{3}$/.test(next3) && !DIGIT.test(s[i + 4] ?? '') ? ',' : '，';
    } else if (ch === '.') {
      out += DIGIT.test(s[i - 1] ?? '') && DIGIT.test(s[i + 1] ?? '') ? '.' : '。';
    } else {
      out += MAP[ch] ?? ch;
    }
  }
  return out;
}
