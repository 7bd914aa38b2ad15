/**
 * Which province a document is from, by the places its title names: the province itself (浙江省,
 * 广西壮族自治区) or one of its prefecture-level cities, leagues and prefectures (绍兴市, 恩施州,
 * 兴安盟), or else a county-level place only one province has (counties.ts: 沂南县, 泰兴市). A provincial
 * outline picked for a document of another province is a guess (issue 9): its sections are no
 * requirement there. A county or district whose name several provinces share (朝阳区) tells none.
 */
import { COUNTIES } from './counties.js';

/** Province-level divisions and their prefecture-level ones (names without 市 / 州 / 盟 / 地区). */
const PROVINCES: Readonly<Record<string, readonly string[]>> = {
  北京: [],
  天津: [],
  上海: [],
  重庆: [],
  河北: ['石家庄', '唐山', '秦皇岛', '邯郸', '邢台', '保定', '张家口', '承德', '沧州', '廊坊', '衡水'],
  山西: ['太原', '大同', '阳泉', '长治', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁'],
  内蒙古: ['呼和浩特', '包头', '乌海', '赤峰', '通辽', '鄂尔多斯', '呼伦贝尔', '巴彦淖尔', '乌兰察布', '兴安', '锡林郭勒', '阿拉善'],
  辽宁: ['沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭', '朝阳', '葫芦岛'],
  吉林: ['长春', '吉林', '四平', '辽源', '通化', '白山', '松原', '白城', '延边'],
  黑龙江: ['哈尔滨', '齐齐哈尔', '鸡西', '鹤岗', '双鸭山', '大庆', '伊春', '佳木斯', '七台河', '牡丹江', '黑河', '绥化', '大兴安岭'],
  江苏: ['南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江', '泰州', '宿迁'],
  浙江: ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水'],
  安徽: ['合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '黄山', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城'],
  福建: ['福州', '厦门', '莆田', '三明', '泉州', '漳州', '南平', '龙岩', '宁德'],
  江西: ['南昌', '景德镇', '萍乡', '九江', '新余', '鹰潭', '赣州', '吉安', '宜春', '抚州', '上饶'],
  山东: ['济南', '青岛', '淄博', '枣庄', '东营', '烟台', '潍坊', '济宁', '泰安', '威海', '日照', '临沂', '德州', '聊城', '滨州', '菏泽'],
  河南: ['郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘', '信阳', '周口', '驻马店', '济源'],
  湖北: ['武汉', '黄石', '十堰', '宜昌', '襄阳', '鄂州', '荆门', '孝感', '荆州', '黄冈', '咸宁', '随州', '恩施', '仙桃', '潜江', '天门', '神农架'],
  湖南: ['长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底', '湘西'],
  广东: ['广州', '韶关', '深圳', '珠海', '汕头', '佛山', '江门', '湛江', '茂名', '肇庆', '惠州', '梅州', '汕尾', '河源', '阳江', '清远', '东莞', '中山', '潮州', '揭阳', '云浮'],
  广西: ['南宁', '柳州', '桂林', '梧州', '北海', '防城港', '钦州', '贵港', '玉林', '百色', '贺州', '河池', '来宾', '崇左'],
  海南: ['海口', '三亚', '三沙', '儋州'],
  四川: ['成都', '自贡', '攀枝花', '泸州', '德阳', '绵阳', '广元', '遂宁', '内江', '乐山', '南充', '眉山', '宜宾', '广安', '达州', '雅安', '巴中', '资阳', '阿坝', '甘孜', '凉山'],
  贵州: ['贵阳', '六盘水', '遵义', '安顺', '毕节', '铜仁', '黔西南', '黔东南', '黔南'],
  云南: ['昆明', '曲靖', '玉溪', '保山', '昭通', '丽江', '普洱', '临沧', '楚雄', '红河', '文山', '西双版纳', '大理', '德宏', '怒江', '迪庆'],
  西藏: ['拉萨', '日喀则', '昌都', '林芝', '山南', '那曲', '阿里'],
  陕西: ['西安', '铜川', '宝鸡', '咸阳', '渭南', '延安', '汉中', '榆林', '安康', '商洛'],
  甘肃: ['兰州', '嘉峪关', '金昌', '白银', '天水', '武威', '张掖', '平凉', '酒泉', '庆阳', '定西', '陇南', '临夏', '甘南'],
  青海: ['西宁', '海东', '海北', '黄南', '海南藏族', '果洛', '玉树', '海西'],
  宁夏: ['银川', '石嘴山', '吴忠', '固原', '中卫'],
  新疆: ['乌鲁木齐', '克拉玛依', '吐鲁番', '哈密', '昌吉', '博尔塔拉', '巴音郭楞', '阿克苏', '克孜勒苏', '喀什', '和田', '伊犁', '塔城', '阿勒泰', '石河子'],
};

/** Provinces in English (messages in --lang en). */
const PROVINCE_EN: Readonly<Record<string, string>> = {
  北京: 'Beijing', 天津: 'Tianjin', 上海: 'Shanghai', 重庆: 'Chongqing', 河北: 'Hebei', 山西: 'Shanxi', 内蒙古: 'Inner Mongolia', 辽宁: 'Liaoning',
  吉林: 'Jilin', 黑龙江: 'Heilongjiang', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui', 福建: 'Fujian', 江西: 'Jiangxi', 山东: 'Shandong',
  河南: 'Henan', 湖北: 'Hubei', 湖南: 'Hunan', 广东: 'Guangdong', 广西: 'Guangxi', 海南: 'Hainan', 四川: 'Sichuan', 贵州: 'Guizhou',
  云南: 'Yunnan', 西藏: 'Tibet', 陕西: 'Shaanxi', 甘肃: 'Gansu', 青海: 'Qinghai', 宁夏: 'Ningxia', 新疆: 'Xinjiang',
  中央: 'the central government',
};

/** Where an outline for the central government's departments is written for (profile `central`). */
export const CENTRAL = '中央';

/** A province's name in English. */
export function provinceEn(province: string): string {
  return PROVINCE_EN[province] ?? province;
}

/** A province's name as titles write it: 浙江省, 广西壮族自治区, 北京市, or the short name. */
const PROVINCE_NAME = new RegExp(`(${Object.keys(PROVINCES).join('|')})`);
/** A prefecture-level name with the word that makes it one (绍兴市, 恩施州, 兴安盟, 恩施土家族苗族自治州). */
const CITY_NAME = new RegExp(`(${Object.values(PROVINCES).flat().sort((a, b) => b.length - a.length).join('|')})(?:市|州|盟|地区|[\\u4e00-\\u9fff]{0,8}自治州)`);
const PROVINCE_OF = new Map<string, string>(Object.entries(PROVINCES).flatMap(([p, cs]) => cs.map((c) => [c, p] as const)));

/** The province a title names (itself, or by one of its prefecture-level cities), the first named. */
export function provinceOf(title: string): string | undefined {
  const text = title.replace(/\s+/g, '');
  const p = PROVINCE_NAME.exec(text);
  const c = CITY_NAME.exec(text);
  // (the first named; at one place the longer name: 海南藏族自治州 is in 青海)
  if (p && (!c || p.index < c.index || (p.index === c.index && p[0].length >= c[0].length))) return p[1];
  return c ? PROVINCE_OF.get(c[1]!) : countyProvince(text);
}

/**
 * The province of the first county-level place a title names (沂南县2024年度…, 泰兴市交通运输局…), of
 * those only one province has (counties.ts). Looked up at each 县 / 区 / 市 / 旗 in the title: the
 * first time in the provinces' lists as they are (a one-file check builds no table for it), after
 * that in a table of all the names, built once (a batch asks for every report).
 */
function countyProvince(text: string): string | undefined {
  let table: Map<string, string> | undefined;
  if (countyTable === undefined) countyTable = null;
  else table = countyTable ??= buildCountyTable();
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x53bf && c !== 0x533a && c !== 0x5e02 && c !== 0x65d7) continue; // 县 区 市 旗
    for (let len = 3; len <= Math.min(i + 1, 9); len++) {
      const name = text.slice(i + 1 - len, i + 1);
      // (a name that starts a place: at the start, after a higher place or the year, or after no word at all; not the tail of
      // another word, "上级财政和县财政" holding 福建's 政和县)
      if (!placeStart(text, i + 1 - len)) continue;
      if (table !== undefined) {
        const p = table.get(name);
        if (p !== undefined) return p;
        continue;
      }
      const spaced = ` ${name} `;
      for (const province in COUNTIES) if (COUNTIES[province]!.includes(spaced)) return province;
    }
  }
  return undefined;
}

/** Whether a place name may start at `at`: the text's start, after a higher place's suffix, the year (2024年度), a mark or a non-Chinese character. */
function placeStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c < 0x4e00 || c > 0x9fff || PLACE_BEFORE.has(text[at - 1]!);
}
const PLACE_BEFORE = new Set(['省', '市', '州', '盟', '区', '旗', '县', '年', '度']);

/** undefined: not asked yet; null: asked once (scanned the lists); then the table. */
let countyTable: Map<string, string> | null | undefined;
function buildCountyTable(): Map<string, string> {
  const t = new Map<string, string>();
  for (const province in COUNTIES) for (const name of COUNTIES[province]!.split(' ')) if (name && !t.has(name)) t.set(name, province);
  return t;
}

/**
 * A title's own words: the head of a document up to the word that ends its title (报告, 自评表,
 * 评价表, 说明), else its first 40 characters; the body below names places of all kinds.
 */
function titleOf(head: string): string {
  const end = /报告|自评表|评价表|说明/.exec(head);
  return end ? head.slice(0, end.index) : head.slice(0, 40);
}

/**
 * A place below the centre, as a unit's name holds one: a county, banner, township, town or
 * street (某县, 朝阳区, 城关镇, 某街道), a city (某市), an autonomous prefecture or region. Not the
 * words of central bodies' names that hold the same characters: 城市, 城乡, 城镇, 市场, 乡村, 县域,
 * 地区, 社区, 园区, 区域.
 */
const LOCAL_PLACE = /(?<!城)县(?!域)|旗|(?<!城)乡(?!村)|(?<!城)镇|(?<![城都])市(?!场)|(?<![地社园片景校辖专])区(?![域别])|街道|自治州/;

/**
 * Whether a title names a local government's unit, even one whose province it does not tell (a
 * county name several provinces share, a place left out: 某县…中心): an outline for the central
 * government's departments is no requirement of its report.
 */
export function localTitle(head: string): boolean {
  return LOCAL_PLACE.test(titleOf(head.replace(/\s+/g, '')));
}

/**
 * The province an outline is written for: the one its `place` words name, if any (national outlines:
 * none; outlineOf tells the central ones).
 */
export function provinceOfPlace(place: RegExp | undefined): string | undefined {
  if (!place) return undefined;
  for (const p of Object.keys(PROVINCES)) if (place.test(p)) return p;
  return undefined;
}

/**
 * Where an outline is written for, as a document's province is compared with it: its province, or
 * CENTRAL for the central government's departments (a local unit's report is none of theirs).
 */
export function outlineOf(profile: { place?: RegExp; central?: boolean }): string | undefined {
  return profile.central ? CENTRAL : provinceOfPlace(profile.place);
}
