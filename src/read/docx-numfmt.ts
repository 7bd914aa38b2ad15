/**
 * Word list number formats (ECMA-376 §17.18.59 ST_NumberFormat): a counter value → the text
 * Word shows for it.
 *
 * Input: a value, a `w:numFmt` value and its optional `w:format` (for 'custom').
 * Output: the rendered number. Invariants: pure; a format or value out of a set's range falls
 * back to decimal, as the standard says for bounded sets (① … ⑳, then 21); an unknown format
 * is decimal. 'bullet' and 'none' render '' (the caller shows no number for them).
 */

const CN_DIGITS = '〇一二三四五六七八九';
const CN_ZERO = '零';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';
const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function formatNumber(n: number, fmt: string, custom?: string): string {
  switch (fmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chineseThousand(n);
    case 'ideographDigital':
      return n >= 0 ? digits(n, (d) => CN_DIGITS[d]!) : String(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? TIANGAN[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? DIZHI[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return n >= 0 ? digits(n, (d) => String.fromCharCode(0xff10 + d)) : String(n);
    case 'upperLetter':
      return letters(n, 65);
    case 'lowerLetter':
      return letters(n, 97);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'custom':
      return customFormat(n, custom);
    default:
      return String(n);
  }
}

function digits(n: number, glyph: (d: number) => string): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) out += glyph(s.charCodeAt(i) - 48);
  return out;
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; from 100 digit by digit (一〇〇), as Word. */
function chineseCounting(n: number): string {
  if (n < 0 || !Number.isInteger(n)) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return (tens === 1 ? '' : CN_DIGITS[tens]!) + '十' + (ones === 0 ? '' : CN_DIGITS[ones]!);
  }
  return digits(n, (d) => CN_DIGITS[d]!);
}

/** Place values up to 9999: 100 → 一百, 101 → 一百零一, 110 → 一百一十, 1000 → 一千. */
function chineseThousand(n: number): string {
  if (n < 0 || n > 9999 || !Number.isInteger(n)) return String(n);
  if (n < 100) return chineseCounting(n);
  const units = ['千', '百', '十', ''];
  const s = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += CN_ZERO;
    zero = false;
    out += CN_DIGITS[d]! + units[i]!;
  }
  return out;
}

/** A … Z, then AA … ZZ, AAA …: the letter repeats, as Word does. */
function letters(n: number, base: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  for (const [v, r] of ROMAN) {
    while (n >= v) (out += r), (n -= v);
  }
  return out;
}

/** Word 2010's custom formats ("01, 02, 03, ..."): zero-padded decimals of the first one's width. */
function customFormat(n: number, format: string | undefined): string {
  const first = format?.split(',')[0]?.trim() ?? '';
  return /^0+1$/.test(first) ? String(n).padStart(first.length, '0') : String(n);
}
