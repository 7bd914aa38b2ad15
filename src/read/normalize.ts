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

/** Every character normalisation may change; everything else is copied as is. */
const CHANGES = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a,.:;()!?．％\u00a0\u3000\t\u2002\u2003\u2009\u200b\ufeff\r"〝〞＂～－＋＝＞＜≧≦／＊]/g;

/**
 * One regex pass over the characters that change (most text has few), instead of a loop that
 * rebuilds the string one character at a time: this runs on every paragraph of every report.
 */
export function normalizeText(input: string): string {
  const s = input.includes('[bookmark:') ? input.replace(ARTEFACTS, (m) => ' '.repeat(m.length)) : input;
  return s.replace(CHANGES, (ch, i: number) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30); // full-width digit
    if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0); // full-width latin letter
    if (ch === ',') {
      // a thousands separator stays; a clause comma becomes the full-width one
      return DIGIT.test(s[i - 1] ?? '') && /^[0-9０-９]{3}$/.test(s.slice(i + 1, i + 4)) && !DIGIT.test(s[i + 4] ?? '') ? ',' : '，';
    }
    if (ch === '.') return DIGIT.test(s[i - 1] ?? '') && DIGIT.test(s[i + 1] ?? '') ? '.' : '。';
    return MAP[ch] ?? ch;
  });
}
