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
  // corner brackets, the quotation marks of traditional-character text
  '「': '“', '」': '”', '『': '“', '』': '”',
};

/**
 * Traditional characters of report wording (mirror sites re-publish reports in 繁体) → simplified,
 * one character for one, so 萬元、個、實有、預算 read as 万元、个、实有、预算 and columns stay put.
 */
const TRADITIONAL: Record<string, string> = { '萬': '万', '億': '亿', '個': '个', '實': '实', '預': '预', '總': '总', '計': '计', '與': '与', '經': '经', '費': '费', '員': '员', '編': '编', '製': '制', '額': '额', '數': '数', '較': '较', '減': '减', '長': '长', '項': '项', '職': '职', '務': '务', '開': '开', '門': '门', '單': '单', '際': '际', '類': '类', '資': '资', '產': '产', '為': '为', '業': '业', '專': '专', '報': '报', '據': '据', '構': '构', '設': '设', '內': '内', '機': '机', '關': '关', '於': '于', '並': '并', '從': '从', '應': '应', '況': '况', '標': '标', '績': '绩', '評': '评', '價': '价', '達': '达', '農': '农', '衛': '卫', '醫': '医', '學': '学', '區': '区', '縣': '县', '鎮': '镇', '鄉': '乡', '財': '财', '撥': '拨', '結': '结', '轉': '转', '餘': '余', '購': '购', '運': '运', '維': '维', '護': '护', '車': '车', '輛': '辆', '國': '国', '雜': '杂', '歲': '岁', '責': '责', '號': '号', '書': '书', '會': '会', '議': '议', '組': '组', '織': '织', '這': '这', '種': '种', '體': '体', '節': '节', '點': '点', '發': '发', '規': '规', '劃': '划', '觀': '观', '將': '将', '對': '对', '過': '过', '還': '还', '進': '进', '優': '优', '級': '级', '歸': '归', '納': '纳', '負': '负', '債': '债', '稅': '税', '險': '险', '養': '养', '勞': '劳', '動': '动', '後': '后', '時': '时', '間': '间', '決': '决', '屬': '属', '處': '处', '廳': '厅', '辦': '办', '場': '场', '統': '统', '協': '协', '調': '调', '檢': '检', '測': '测', '監': '监', '舉': '举', '訓': '训', '練': '练', '環': '环', '範': '范', '圍': '围', '積': '积', '極': '极', '質': '质', '問': '问', '題': '题', '採': '采', '營': '营', '園': '园', '電': '电', '網': '网', '絡': '络', '圖': '图', '館': '馆', '傳': '传', '憑': '凭', '誌': '志', '聯': '联', '隊': '队', '師': '师', '紅': '红', '線': '线', '舊': '旧', '親': '亲', '導': '导', '愛': '爱', '團': '团', '圓': '圆', '戶': '户', '層': '层', '歷': '历', '災': '灾', '廣': '广', '東': '东', '雲': '云', '貴': '贵', '陝': '陕', '遼': '辽', '龍': '龙', '蘇': '苏', '贛': '赣', '閩': '闽', '魯': '鲁', '瓊': '琼', '甯': '宁', '寧': '宁', '兩': '两', '執': '执', '準': '准', '確': '确', '認': '认', '證': '证', '記': '记', '錄': '录', '現': '现', '滿': '满', '離': '离', '補': '补', '貼': '贴', '備': '备', '裝': '装', '淨': '净', '繳': '缴', '療': '疗', '顧': '顾', '檔': '档', '畫': '画', '佔': '占', '當': '当', '約': '约', '驗': '验' };
for (const [t, s] of Object.entries(TRADITIONAL)) MAP[t] = s;

const DIGIT = /[0-9０-９]/;

/** Word/text-export artefacts that carry no content; blanked with spaces of equal length. */
const ARTEFACTS = /\[bookmark: [^\]]*\]/g;

/** Every character normalisation may change, besides the full-width digits and latin letters; everything else is copied as is. */
const CHANGE_CHARS = `,.:：;()!?．％\u00a0\u3000\t\u2002\u2003\u2009\u200b\ufeff\r"〝〞＂～－＋＝＞＜≧≦／＊「」『』${Object.keys(TRADITIONAL).join('')}`;

/** Which UTF-16 units normalisation may change, by code. */
const MAY_CHANGE = new Uint8Array(0x10000);
MAY_CHANGE.fill(1, 0xff10, 0xff1a);
MAY_CHANGE.fill(1, 0xff21, 0xff3b);
MAY_CHANGE.fill(1, 0xff41, 0xff5b);
for (let i = 0; i < CHANGE_CHARS.length; i++) MAY_CHANGE[CHANGE_CHARS.charCodeAt(i)] = 1;

/** A separator with one space beside it in a figure from a PDF, seen from two characters before it. */
const SPACED_SEPARATOR = /^(?:[0-9] |.[0-9])[.,]/;
const SPACED_THOUSANDS = /^(?:[0-9] |.[0-9]), ?[0-9]{3}(?![0-9])/;
const SPACED_POINT = /^(?:[0-9] |.[0-9])\. ?[0-9]{1,4}(?![0-9年])/;

/** Full-width digits grouped by full-width commas, three digits a group: １，２００ or １２，３４５，６７８. */
const FULL_WIDTH_THOUSANDS = /[\uff10-\uff19]，[\uff10-\uff19]{3}(?![\uff10-\uff19])/;
const FULL_WIDTH_THOUSANDS_ALL = /[\uff10-\uff19](?:，[\uff10-\uff19]{3})+(?![\uff10-\uff19])/g;

/** What one character that may change becomes at position i of s. */
function changed(s: string, ch: string, i: number): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30); // full-width digit
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0); // full-width latin letter
  if (ch === ',') {
    // a thousands separator stays; a clause comma becomes the full-width one
    if (DIGIT.test(s[i - 1] ?? '') && /^[0-9０-９]{3}$/.test(s.slice(i + 1, i + 4)) && !DIGIT.test(s[i + 4] ?? '')) return ',';
    // (text from a PDF may space it: 1 , 200 . 00)
    return SPACED_SEPARATOR.test(s.slice(Math.max(0, i - 2), i + 7)) && SPACED_THOUSANDS.test(s.slice(i - 2, i + 7)) ? ',' : '，';
  }
  // a colon between digits is a scale, a ratio or a time (1:5万, 1：2000, 9:30), no clause mark
  if (ch === ':' || ch === '：') return DIGIT.test(s[i - 1] ?? '') && DIGIT.test(s[i + 1] ?? '') ? ':' : '：';
  if (ch === '.') {
    if (DIGIT.test(s[i - 1] ?? '') && DIGIT.test(s[i + 1] ?? '')) return '.';
    // a decimal point with a space beside it (1,200. 00万元, 200 . 00): digits on both sides, a few after
    return i >= 2 && SPACED_POINT.test(s.slice(i - 2, i + 7)) ? '.' : '。';
  }
  return MAP[ch] ?? ch;
}

/**
 * One scan by character code over the text, building a new string only from the characters that
 * do change (most text has few, and most that may change stay: a decimal point, a thousands
 * separator, a full-width colon): this runs on every paragraph of every report.
 */
export function normalizeText(input: string): string {
  let s = input.includes('[bookmark:') ? input.replace(ARTEFACTS, (m) => ' '.repeat(m.length)) : input;
  // a number typed in full-width forms groups its thousands with the full-width comma (１，２００万元)
  if (FULL_WIDTH_THOUSANDS.test(s)) s = s.replace(FULL_WIDTH_THOUSANDS_ALL, (m) => m.replace(/，/g, ','));
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (MAY_CHANGE[s.charCodeAt(i)] === 0) continue;
    const ch = s[i]!;
    const to = changed(s, ch, i);
    if (to === ch) continue;
    out += s.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
