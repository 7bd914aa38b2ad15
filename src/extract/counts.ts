/**
 * Declared counts with the items listed beside them, in the shapes reports use: the count before
 * the list (内设局室5个，分别为：A、B…; 设9个内设机构，即…; 共5个单位：…; 内设机构9个（A、B…）) or
 * after it (A、B、C、D4个股室; A、B、C等3个项目 — a list ending in 等 is open). Counts are read by
 * quantities.ts (Arabic or Chinese numerals, measure words of one family); items are split at 、
 * and ，, never inside brackets.
 */
import type { Block } from '../read/types.js';
import type { CountFact } from './model.js';
import { blockQuantities, countValue, quantitySrc, type Quantity } from './quantities.js';
import { cnToInt, headingNumber } from './text.js';
import { MEASURE_FAMILY, unitAlternation } from './lexicon.js';

/** A count in Chinese numerals with its measure word (二十所, 七个): an item that carries a figure. */
const CN_COUNT = /(?<!第)[零一二两三四五六七八九十百千]+[个人名项家所辆台户次件条处座套份期批](?![民员工口])/;
/** After a count: the words that open its list. */
// (the words between may say what the counted do: "支持6个村开展美丽乡村精品村建设，即…")
// (a year among them: "所属单位4家参加了2025年度部门决算，包括…")
const OPENS_LIST = /^((?:[^，。；：、\d（]|(?:19|20)\d{2}年度?){0,16}?)(?:，)?(?:(?:分别为|分别是|包括|包含|即)(?:：|，)?|(?:为|有)：|：|(?=（))/;
/** What a colon after a count may open instead of a list: why ("少建12座：原因是…", "：主要是…", "：由于…"). */
const EXPLAINS = /^(?:主要)?(?:原因|由于|因为|系因|是因为|主要是|究其原因)/;
/** A count of something a list can name: units, bodies, projects (not people, money, times). */
const LISTABLE = new Set(['units', 'places', 'vehicles', 'events', 'pieces', 'items']);

export function extractCounts(blocks: readonly Block[]): CountFact[] {
  const out: CountFact[] = [];
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (block.kind !== 'paragraph' || !/、|，|：/.test(block.norm)) continue;
    const { c, qs } = blockQuantities(block);
    const text = c.text;
    for (let qi = 0; qi < qs.length; qi++) {
      const q = qs[qi]!;
      if (!LISTABLE.has(q.family) || q.depth > 0) continue;
      let declared = countValue(q);
      if (declared === undefined || declared < 1) continue;
      // (a floor or a frequency, "执法检查不少于300家次", counts no list: 300家次 are visits, and 不少于 sets a target)
      if (text[q.end] === '次' || /(?:不少于|不低于|以上|超过|达到)$/.test(text.slice(Math.max(0, q.at - 3), q.at))) continue;
      // one item is a list only when named after the count ("下属事业单位1个，即…"), and alone
      // (a list in quotes right before the count is its own: "围绕“稳粮保供、农田建设、产业增效、乡村宜居”四个方面
      // 确定年度重点任务：一是…" lists the four areas before, and the tasks set after the colon)
      const quoted = text[q.at - 1] === '”' ? listBefore(text, q, declared) : undefined;
      const after = declared === 1 ? single(text, q) : quoted ? undefined : listAfter(text, q, declared);
      let fact = declared === 1 ? after : quoted ?? after ?? listBefore(text, q, declared) ?? linesAfter(blocks, bi, text, q);
      if (!fact) continue;
      // a list after a series of counts (辖14个行政村、1个社区，分别为：…) may name the members of all of
      // them: it is read so when it names as many as they add up to, not the last count's alone
      if (fact === after && !fact.etc && fact.listed.length !== declared) {
        const series = countSeries(text, qs, qi);
        const whole = series && declared + series.total;
        const all = whole !== undefined ? listAfter(text, q, whole) : undefined;
        if (series && all && all.listed.length === whole) {
          fact = { ...all, subject: [...series.nouns, all.subject].join('、'), at: series.at };
          declared = whole!;
        }
      }
      // ("共包含5个支出方向、48个子项目：一是…；…五是…": a list naming as many as one count of the series before it is that count's;
      // not one whose last item may join two, "…中村和镇南社区", which the series' sum reads above)
      if (fact === after && !fact.etc && fact.listed.length !== declared && (/^[^，。；]{0,12}[：:]\s*一是/.test(text.slice(q.end)) || !/[和及与]/.test(fact.listed.at(-1)!))) {
        for (let k = qi - 1; k >= 0; k--) {
          const p = qs[k]!;
          if (p.family !== q.family || p.depth > 0 || !/^[\u4e00-\u9fff]{1,8}[、和及]$/.test(text.slice(p.end, qs[k + 1]!.at))) break;
          if (countValue(p) === fact.listed.length) {
            declared = countValue(p)!;
            fact = { ...fact, subject: text.slice(p.end, qs[k + 1]!.at).slice(0, -1), at: p.at - p.label.length };
            break;
          }
        }
      }
      // ("单位共9个，包括局机关本级和8个所属事业单位，分别是：…(nine names)": a list after a part of a whole, naming as many as the
      // whole counts, in its sentence, is the whole's)
      if (fact === after && !fact.etc && fact.listed.length !== declared) {
        const sentenceStart = Math.max(text.lastIndexOf('。', q.at - 1), text.lastIndexOf('；', q.at - 1)) + 1;
        const whole = qs.slice(0, qi).reverse().find((p) => p.at >= sentenceStart && p.depth === 0 && p.family === q.family && countValue(p) === fact!.listed.length && /包括|其中|含/.test(text.slice(p.end, q.at)));
        if (whole) {
          declared = countValue(whole)!;
          fact = { ...fact, subject: whole.label || fact.subject, at: whole.at - whole.label.length };
        }
      }
      // ("项目涉及4个乡镇17个行政村，即阿克塔什乡、英巴格镇、…": the list names what the count before names, its items
      // ending in a word of that count's noun, 乡 and 镇 of 乡镇; or of the other name it gives in brackets, 街道 of 乡镇（街道）)
      if (fact === after && !fact.etc && fact.listed.length !== declared && qi > 0) {
        const prev = qs[qi - 1]!;
        const noun = text.slice(prev.end, q.at);
        const d = countValue(prev);
        if (LISTABLE.has(prev.family) && prev.depth === 0 && d !== undefined && /^[\u4e00-\u9fff]{1,6}(?:（[\u4e00-\u9fff]{1,4}）)?$/.test(noun) && fact.listed.every((x) => noun.includes(x.slice(-1)))) {
          declared = d;
          fact = { ...fact, subject: noun, at: prev.at - prev.label.length };
        }
      }
      // ("从投入、过程、产出、效果四个方面进行逐项打分：投入类指标满分20分，得18.5分；…": the list right before the count names
      // as many as it says; the clauses after the colon say something of each)
      if (fact === after && !fact.etc && fact.listed.length !== declared && !quoted) {
        const prior = listBefore(text, q, declared);
        if (prior && !prior.etc && !prior.kinds && prior.listed.length === declared) fact = prior;
      }
      const sentenceStart = Math.max(text.lastIndexOf('。', q.at - 1), text.lastIndexOf('；', q.at - 1)) + 1;
      const sentenceEnd = nextEnd(text, q.end);
      const excerpt = block.text.slice(c.map[sentenceStart]!, c.map[Math.max(sentenceStart, sentenceEnd - 1)]! + 1);
      const at = quantitySrc(block.line, 0, c, { at: fact.at, end: q.end }, excerpt);
      out.push({ subject: fact.subject, declared, unit: q.unit, listed: fact.listed, etc: fact.etc, ...(fact.kinds ? { kinds: true as const } : {}), src: { line: at.line, column: at.column, excerpt: at.excerpt } });
    }
  }
  return out;
}

type Found = Omit<CountFact, 'declared' | 'unit' | 'src'> & { at: number };

/** The counts right before qs[i] joined to it by 、 / 和 / 及, each with its noun (14个行政村、1个社区): their sum, nouns and start. */
function countSeries(text: string, qs: readonly Quantity[], i: number): { total: number; nouns: string[]; at: number } | undefined {
  let total = 0;
  let at = -1;
  const nouns: string[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const p = qs[k]!;
    const v = countValue(p);
    // (a noun may hold another name in brackets: 12处乡镇（街道）卫生院和2处…)
    const between = text.slice(p.end, qs[k + 1]!.at);
    const m = /^([\u4e00-\u9fff]{1,8}(?:（[\u4e00-\u9fff]{1,4}）[\u4e00-\u9fff]{0,6})?)[、和及]$/.exec(between);
    // (or each noun before its count: "新建图书馆分馆3个、文化馆分馆3个，分别为：…", the next count's noun after the joiner)
    const nounFirst = !m && p.label !== '' && /^[、和及][\u4e00-\u9fff]{1,8}$/.test(between) && qs[k + 1]!.label === between.slice(1);
    if (p.family !== qs[i]!.family || p.depth > 0 || v === undefined || !(m || nounFirst)) break;
    total += v;
    at = p.at - p.label.length;
    nouns.unshift(m ? m[1]! : p.label);
  }
  return at < 0 ? undefined : { total, nouns, at };
}

function nextEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '。' || text[i] === '；') return i + 1;
  return text.length;
}

/** A list item ending in its own count: 道路12处, 公共厕所10座 (not 青州市2,600万元: an amount of a named place). */
const COUNT_ITEM = /\d+\s*(?:处|座|个|项|家|所|名|人|辆|台|套|条|户|村|间|张|艘|架|眼|口|栋|部|件|只|头|株)$/;

const ORDINALS = '一二三四五六七八九十';

/** The items of "一是A，…；二是B；三是C": one per ordinal, in order, each to the next. */
function ordinalItems(text: string): string[] {
  const items: string[] = [];
  let at = 0;
  for (let n = 1; n <= ORDINALS.length; n++) {
    const next = n < ORDINALS.length ? text.indexOf(`${ORDINALS[n]}是`, at + 2) : -1;
    items.push(text.slice(at + 2, next < 0 ? text.length : next).replace(/[；，。]$/, ''));
    if (next < 0) break;
    at = next;
  }
  return items;
}

/** A clause that names an item and its money first: "食品安全抽检监测经费1,386.20万元，…". */
const NAMED_FIGURE = /^([^，。；：、\d]{2,24}?)\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)/;

/** "内设局室5个，分别为：A、B、C。" / "设9个内设机构：…" / "共5个单位（A、B…）". */
function listAfter(text: string, q: Quantity, declared: number): Found | undefined {
  const rest = text.slice(q.end, nextEnd(text, q.end));
  const m = OPENS_LIST.exec(rest);
  if (!m) return undefined;
  let body = rest.slice(m[0].length).replace(/[。；]$/, '');
  // (a shortfall and its cause, "小型集雨水池少建12座：原因是A，B": the clauses say why, they name nothing counted)
  if (EXPLAINS.test(body.trim())) return undefined;
  // "2个项目未能按计划完工：一是…，…；二是…。": items set out as 一是, 二是 …, each a clause or more, to the
  // sentence's end (not split at its commas)
  if (/^一是/.test(body.trim())) {
    const stop = text.indexOf('。', q.end);
    const whole = text.slice(q.end + m[0].length, stop < 0 ? text.length : stop);
    const listed = ordinalItems(whole);
    const subject = m[1]!.trim() || q.label;
    return listed.length >= 2 ? { subject, listed, etc: false, at: q.at - q.label.length } : undefined;
  }
  if (body.startsWith('（')) {
    // the bracket after the count, to the bracket that closes it
    let depth = 0;
    let close = -1;
    for (let i = 0; i < body.length && close < 0; i++) {
      if (body[i] === '（') depth++;
      else if (body[i] === '）' && --depth === 0) close = i;
    }
    body = body.slice(1, close > 0 ? close : undefined);
    // a bracket of figures details the count ("共15个（含…项目5个）", "事业编制41个（参公3人…）"): names
    // of what is counted carry no figures
    if (/\d|[一二两三四五六七八九十]+[个人名项家所]/.test(body)) return undefined;
    // "18个区县（含高新区、经开区）": 含 names some of them, worth pointing out; not the list
    // (nor does 主要为: "其他用车3辆（主要为运动队训练、参赛保障用车）" says what they are used for, the main ones only)
    if (/^(?:含|包含|包括|其中|主要)/.test(body)) return undefined;
    // "5个县（市、区）": other names of the noun counted, one character each, not the list
    if (body.split('、').every((x) => x.trim().length === 1)) return undefined;
  }
  // "共设12个三级指标，包括5个数量指标、2个质量指标…": items that each state their own count add up
  // to it (a sum of counts, read as such); they are no list of names
  if (/^[\d一二两三四五六七八九十]+[个人名项家所条]/.test(body.trim())) return undefined;
  // "按片区划分为3个标段实施：一标段覆盖A镇、B镇，运维设施78座；二标段…；三标段…": items set out as clauses by
  // their ordinals, one between each ；, to the sentence's end (the 、 inside an item does not split it)
  if (/[，\d]/.test(body)) {
    const stop = text.indexOf('。', q.end);
    const segments = text.slice(q.end + m[0].length, stop < 0 ? text.length : stop).split('；').map((x) => x.trim()).filter((x) => x.length > 0);
    if (segments.length >= 2 && segments.every((x, k) => cnToInt(ORDINAL.exec(x)?.[1] ?? '') === k + 1)) return { subject: m[1]!.trim() || q.label, listed: segments.map((x) => x.split('，')[0]!), etc: false, at: q.at - q.label.length };
    // ("全年共安排专项项目5个，分别为：A经费1,386.20万元，占…；B经费612.75万元，占…；…": items each a name and its
    // figure, with clauses of their own, one between each ；)
    if (segments.length >= 2 && /[：:]$/.test(m[0]) && segments.every((x) => NAMED_FIGURE.test(x))) return { subject: m[1]!.trim() || q.label, listed: segments.map((x) => NAMED_FIGURE.exec(x)![1]!), etc: /等$/.test(segments[segments.length - 1]!), at: q.at - q.label.length };
  }
  // the list ends where a clause no longer names an item ("…，共有干部职工20人")
  // (nor is the sum of the items one: "…，民族团结进步示范创建经费34.00万元，合计285.20万元")
  const listed = splitList(body, declared).filter((x, k, xs) => !(k === xs.length - 1 && k > 0 && /^(?:合计|共计|总计|小计|以上合计|上述合计)/.test(x)));
  if (listed.length < 2) return undefined;
  // (items that each state their own count, named first: "包括道路12处、公共厕所10座、…", a sum of counts too)
  // (or named first with a bracket after: "初级中学3所（城关中学、第二中学、大华中学）")
  if (listed.every((x) => COUNT_ITEM.test(x.replace(/（[^（）]*）$/, '')))) return undefined;
  // (or some of them: "单位共6个，包括局机关本级和所属5个事业单位" is one and five, no list of two names; the count said
  // again with the last name, "…新田八个基层市场监督管理所", is the list's own)
  if (listed.some((x) => { const m = OWN_COUNT.exec(x); return m !== null && MEASURE_FAMILY[m[2]!] === q.family && (cnToInt(m[1]!) ?? Number(m[1])) !== declared; })) return undefined;
  // (words that say what the counted did, 参加了2025年度部门决算, name them less well than the words before the count)
  const subject = m[1]!.trim() && !(/(?:19|20)\d{2}年/.test(m[1]!) && q.label.length >= 2) ? m[1]!.trim() : q.label;
  return { subject, listed, etc: /等(?:$|[，,；])/.test(body.trim()), at: q.at - q.label.length };
}

/**
 * "本项目分为4个片区：" ending its paragraph, then one numbered line per item ("1.大桥片区", "2.…"):
 * the items are the lines numbered 1, 2, 3 … in one style, each a short name without figures.
 */
function linesAfter(blocks: readonly Block[], bi: number, text: string, q: Quantity): Found | undefined {
  // (with the words that open a list: "内设机构6个，分别是：")
  const m = /^([^，。；：、\d（]{0,8}?)(?:，?(?:分别为|分别是|包括|包含|具体为|即|为|有))?：$/.exec(text.slice(q.end).trimEnd());
  if (!m) return undefined;
  const listed: string[] = [];
  let style: string | undefined;
  for (let k = bi + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph') break;
    const line = b.norm.trim();
    const n = headingNumber(line);
    if (n.style === 'none' || n.number !== listed.length + 1 || (style !== undefined && n.style !== style)) break;
    style = n.style;
    const item = line.slice(n.length).replace(/[。；]$/, '').trim();
    // a line that says more than a name (a sentence, a figure) is no item of a list of names
    if (item.length === 0 || item.length > 20 || /[\d，。；：]/.test(item)) return undefined;
    listed.push(item);
  }
  if (listed.length < 2) return undefined;
  return { subject: m[1]!.trim() || q.label, listed, etc: false, at: q.at - q.label.length };
}

/** "下属事业单位1个，即区市政设施管理中心。" / "1个下属事业单位，即…": a count of one and the one it names. */
function single(text: string, q: Quantity): Found | undefined {
  const rest = text.slice(q.end, nextEnd(text, q.end));
  const m = /^([^，。；：、\d（]{0,10}?)(?:，)?(?:(?:即|分别为|分别是)：?|为：|：)/.exec(rest);
  if (!m) return undefined;
  const body = rest.slice(m[0].length).replace(/[。；]$/, '');
  if (body.length < 2 || /，/.test(body) || EXPLAINS.test(body.trim())) return undefined;
  // "即A、B" names two: a list written with 、 is split as any list is
  return { subject: m[1]!.trim() || q.label, listed: splitList(body, 1), etc: /等$/.test(body), at: q.at - q.label.length };
}

/** "局机关设综合股、财务股、法制股、市容管理股4个股室" / "A、B、C等3个项目". */
/** A kind of work done to what is counted, alone: 新建, 改扩建, 维修 ("新建、改扩建学校3所"). */
const WORK_DONE = /^(?:新建|改建|扩建|改扩建|新改建|续建|维修|改造|修缮|加固|提升|新增|购置|更新)$/;

function listBefore(text: string, q: Quantity, declared: number): Found | undefined {
  // back to the clause's start, over the notes in brackets of its items ("规划处（行政审批处）、审计处")
  let i = q.at;
  let depth = 0;
  for (; i > 0; i--) {
    const ch = text[i - 1]!;
    if (ch === '）') depth++;
    else if (ch === '（') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && '，。；：'.includes(ch)) break;
  }
  const before = text.slice(i, q.at);
  // items that carry figures ("优”39个、“良”6个", "小学二十所、初中七所") make a sum of counts, not a list of names
  if (!before.includes('、') || /\d/.test(before) || CN_COUNT.test(before)) return undefined;
  // ("全年通过“双随机、一公开”方式抽查企业312家": a name in quotes is one name, its 、 lists nothing; unless the quotes close
  // right before the count, the list being theirs)
  if (text[q.at - 1] !== '”' && !before.replace(/“[^”]*”/g, '“”').includes('、')) return undefined;
  // "农田建设管理科、计划财务科和4个县市业务骨干": the count joined after the items is one more member, of its own noun
  if (/(?:和|及|与|以及|同)$/.test(before)) return undefined;
  // "清湾区、东岸区…龙溪市分别为14座、11座…": each item's own figure, in order, not a count of them
  if (/(?:分别为|分别是|依次为|分别)$/.test(before)) return undefined;
  // ("全年新建、改扩建学校3所": kinds of work done to them, no names of what is counted)
  const works = before.replace(/^(?:全年|年内|本年)/, '').split('、');
  if (works.slice(0, -1).every((x) => WORK_DONE.test(x)) && new RegExp(`^${WORK_DONE.source.slice(1, -1)}`).test(works.at(-1)!)) return undefined;
  // ("石坝镇、双河镇、桃川镇各2个": so many for each of the items, not their count)
  if (/各(?:有|为|是|建成|完成)?$/.test(before)) return undefined;
  // "在果洛、玉树两州举办的3期培训班": the items have their own count (两州), the count after is of another noun
  if (/^[^一二两三四五六七八九十、]{1,8}[一二两三四五六七八九十][\u4e00-\u9fff]/.test(before.slice(before.lastIndexOf('、') + 1))) return undefined;
  // "远程心电、影像诊断平台覆盖全部14个乡镇卫生院": a verb between the items and the count, the items are its subject
  if (/(?:覆盖|惠及|辐射|带动|服务|联系|对接|连通|接入|延伸至|通达)(?:了)?(?:全部|所有|全)?$/.test(before)) return undefined;
  // ("沙陂镇、横岭镇有14座设施": where the counted are; "对运行年限较长、出水稳定性差的14座设施": what they are like)
  if (/(?:有|拥有|建有|现有|的)$/.test(before)) return undefined;
  // ("围绕文化惠民、全民健身和全域旅游设定了6项年度绩效目标": what was done around the items, counted after a verb)
  if (/(?:设定|设立|确定|制定|提出|完成|开展|组织|实施|举办|建成|打造|安排|部署)了?$/.test(before)) return undefined;
  // (nor after a last item that is a verb of checking alone, whose count is of what was checked: "通过查阅…、调取…、抽查12处基层医疗卫生机构";
  // not "租赁补贴、燃气检查和工地检查三项", tasks named by what is checked)
  if (/^(?:重点|随机|现场|实地)?(?:抽查|抽检|检查|核查|督查|走访|回访|巡查)了?$/.test(before.slice(before.lastIndexOf('、') + 1))) return undefined;
  // ("…临时救助、残疾人两项补贴、养老服务体系建设五个重点项目": a count inside one item of a list that goes on after
  // it names that item's own kinds, not the items before; or joined by 和 / 及 / 与 to the next, "…儿童福利、残疾人两项补贴和社区治理等方面")
  if (/^[^，。；、\d（]{0,8}、|^[^，。；、\d（和及与]{0,4}(?:和|及|以及|与)[^，。；、\d]{1,12}等/.test(text.slice(q.end))) return undefined;
  // "CT、彩超等医疗设备26台": the items before 等, an open list
  const etcAt = before.lastIndexOf('等');
  const etc = etcAt >= 0;
  const listed = splitList(etc ? before.slice(0, etcAt) : before, declared);
  // the words before the first item ("局机关设综合股") are not part of it
  if (listed[0]) listed[0] = listed[0].replace(/^.*?(?:设有|下设|内设|设立|设置|包括|主要有|分别为|涉及)|^[^、]*?(?:机关|本局|本委|中心|单位|部门)设/, '');
  if (listed.length < 2) return undefined;
  // ("县农业农村局会同县财政局、县自然资源局组织对8个标段", "在新塘街道、枫林镇、临湖镇新建和提升6个文化服务点位": names of bodies
  // or places and, after the last, what they did; they are the subject or the place of the count, not its list)
  const lastItem = listed.at(-1)!.replace(/(?:共计?|合计|总计|这|此)$/, '');
  if (listed.slice(0, -1).every((x) => NAMED_HEAD.test(x)) && !NAMED_HEAD.test(lastItem) && [...lastItem].some((_, j) => j >= 2 && j < lastItem.length - 1 && NAMED_HEAD.test(lastItem.slice(0, j + 1)))) return undefined;
  // ("完成新建、改扩建学校4所": the works done to one noun joined by 、, not names of what is counted)
  if (listed.slice(0, -1).every((x) => /^(?:完成|实施|开展)?(?:新建|改建|扩建|改扩建|续建|重建|维修|改造|加固|提升|新增|建设)$/.test(x))) return undefined;
  // ("行业性、专业性人民调解委员会16个": qualities of one noun joined by 、, not names of what is counted)
  if (listed.slice(0, -1).every((x) => /^[\u4e00-\u9fff]{1,3}性$/.test(x))) return undefined;
  // ("三、四级手术1512台": grades named by their numbers, 三级 and 四级, not names of what is counted)
  if (listed.slice(0, -1).every((x) => /^(?:其中)?[一二三四五六七八九十]$/.test(x))) return undefined;
  // (nor after words that rate them: "经定期检查评定为四、五类的危桥共4座" names classes 四类 and 五类)
  if (listed.length >= 2 && listed.slice(0, -1).every((x) => /(?:^|[^一二三四五六七八九十\d])[一二三四五六七八九十]$/.test(x)) && /^[一二三四五六七八九十](?:类|级|等|档|星)/.test(listed.at(-1)!)) return undefined;
  // ("牵头做好城乡低保、特困供养、临时救助和残疾人两项补贴发放工作": a count two or more short of the items before it, the last
  // joined by 和, is inside that last item, 残疾人两项补贴, not the count of them)
  const most = listed.length + (/[和及与]/.test(listed.at(-1)!.slice(1)) ? 1 : 0);
  if (/[和及与][\u4e00-\u9fff]{1,6}$/.test(before) && declared < most - 1) return undefined;
  const after = /^([^，。；、\d（]{0,8})/.exec(text.slice(q.end))?.[1] ?? '';
  // ("现场核查水库、山塘和河道工程项目9个": a count with no noun after it counts the noun before it, the words
  // joined by 、 may be its kinds, not its members; "A、B等3个股室" names the noun after)
  // (nor are they where the count is far more than the words listed: "维持118件，撤销、变更或确认违法22件" counts cases ended so)
  const kinds = after === '' && !etc && ((/(?:和|及|与)[\u4e00-\u9fff]{2,}$/.test(before) && listed.at(-1)!.length >= 4) || declared > 2 * listed.length);
  // "寿光市、昌乐县共8个村庄": the places the counted things are in, not a list of them (places whose
  // head word, 市 / 县, is no part of the noun counted; "城关镇、龙场镇共2个乡镇" is a list)
  if (/(?:共|共计|合计|总计)$/.test(before)) {
    const heads = listed.map((x) => x.replace(/(?:共计?|合计|总计)$/, '')).map((x) => PLACE.exec(x)?.[0]);
    if (heads.every((h) => h !== undefined && !after.slice(0, 4).includes(h))) return undefined;
  }
  return { subject: after || q.unit, listed, etc, at: q.at - before.length, ...(kinds ? { kinds: true as const } : {}) };
}

/** An item's ordinal at its start: 一标段, 第二片区, 3号泵站. */
const ORDINAL = /^第?([一二三四五六七八九十]{1,3}|\d{1,2})(?=[\u4e00-\u9fff])(?!是)/;

/** An item that states a count of its own: 所属5个事业单位, 防汛抢险演练4场 (of the count's family: 两期培训 of 3个班 is none). */
const OWN_COUNT = new RegExp(`(\\d+|[一二两三四五六七八九十]+)(${unitAlternation(Object.keys(MEASURE_FAMILY))})`);

/** The head word of a place name. */
const PLACE = /(?:街道|社区|省|市|县|区|镇|乡|村|州|旗)$/;
/** The head word of a body's or a place's name (县财政局, 枫林镇, 财务股). */
const NAMED_HEAD = /(?:本级|机关|中心|局|所|站|院|校|室|处|科|股|队|馆|委|办|厅|社|司|园|场|厂|库|街道|社区|省|市|县|区|镇|乡|村|州|旗)$/;

/** A figure in a clause: digits with a unit or measure word after them (20人, 3.5万元, 2024年). */
const FIGURE = /\d(?:[\d.,]*)\s*(?:[个人名项家所辆台户次件条处座套份期批元万亿年月日%％余多]|平方|公里|千米|吨|亩)/;

/** The head word of an organisation's name (区财政局, 中心本级, 局机关, 管理所). */
// (a 平台 is no 台: "分类设施和监管平台" is two items)
const ORG_HEAD = /(?:本级|机关|中心|局|所|站|院|校|小学|中学|大学|室|处|科|股|队|馆|委|办|部|厅|会|社|司|集团|组|园|场|厂|(?<!平)台|库)$/;

/**
 * One item at the 和 / 及 / 与 that joins two items ("预算股和绩效股", "中心本级及所属管理所"), outside
 * brackets: the first such word (`last` false) or the last (`last` true). Not inside a name: where the
 * whole item is an organisation's name, the part before the word must be one as well ("人力资源和社会
 * 保障局" is one name, "局机关及所属环境卫生服务中心" two).
 */
function splitJoined(item: string, last: boolean, sharedHead = false): [string, string] | undefined {
  let found: [string, string] | undefined;
  let depth = 0;
  for (let i = 1; i < item.length; i++) {
    const ch = item[i]!;
    if (ch === '（') depth++;
    else if (ch === '）' && depth > 0) depth--;
    if (depth > 0) continue;
    const word = /^(?:以及|和|及|与)/.exec(item.slice(i))?.[0];
    if (!word) continue;
    const before = item.slice(0, i);
    const after = item.slice(i + word.length).replace(/^(?:所属|下属)/, '');
    // (one body's name may hold 和, 县水利和湖泊局; not where the other items are bare names the last one's head word is said once
    // for: "分别为四亩地、江口、广货街和筒车湾管护站")
    // (a name with a bracket after it is a name still: "县劳动人事争议仲裁院（加挂…牌子）和县劳动保障监察大队")
    if (after.length === 0 || (ORG_HEAD.test(item) && !ORG_HEAD.test(before.replace(/（[^（）]*）$/, '')) && !sharedHead)) continue;
    found = [before, after];
    if (!last) break;
  }
  return found;
}

/**
 * Items at 、 and ，, outside brackets; a 和 / 及 / 与 in the last item ("A、B和C") or the first ("A及所属
 * B、C") joins two items only when that fits the count.
 */
export function splitList(given: string, declared: number | undefined): string[] {
  // (titles written one after the other, no mark between, are items too: 《预算管理办法》《财务报销管理规定》)
  const s = given.includes('》《') ? given.replace(/》(?=《)/g, '》、') : given;
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  // a list written with 、 ends at its first ， ("分别为：A、B、C，新建…"); one written with ， alone splits there
  const dun = topLevel(s, '、');
  // (items in groups, each group opened by what they are of: "分别为：龙泉街道的A、B、C，爱山街道的D、E、F，…")
  const grouped = dun && GROUP_HEAD.test(s.trim());
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '（') depth++;
    else if (ch === '）' && depth > 0) depth--;
    // (unless the list goes on after the ，with 以及: "分别为：A、B、…L，以及M、N"; or with the next group)
    if (dun && depth === 0 && ch === '，' && !s.startsWith('以及', i + 1) && !(grouped && GROUP_HEAD.test(s.slice(i + 1)))) break;
    if (depth === 0 && (ch === '、' || ch === '，')) {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  items.push(cur);
  const out: string[] = [];
  for (const part of items) {
    const x = (grouped ? part.trim().replace(GROUP_HEAD, '') : part.trim()).replace(/^(和|及|以及)/, '').replace(/等$/, '');
    if (x.length > 0) out.push(x);
  }
  // a clause that is no longer an item ends the list: one with a figure ("共有干部职工20人")
  // (digits in a name, 区120急救指挥中心, are no figure)
  // or one that speaks of the items named ("分别为A和B，前者因…，后者因…"; "…，均已完工")
  // (not in a list written with 、, which ends at its first ，: an item may count something, "…、1户门窗安装不规范、…")
  const cut = out.findIndex((x, i) => i > 0 && ((!dun && FIGURE.test(x) && !/\d/.test(out[0]!)) || OF_THE_ITEMS.test(x)));
  const list = cut > 0 ? out.slice(0, cut) : out;
  if (declared !== undefined && list.length > 0 && list.length === declared - 1) {
    const last = splitJoined(list[list.length - 1]!, false, list.length >= 2 && list.slice(0, -1).every((x) => !ORG_HEAD.test(x)));
    if (last) return [...list.slice(0, -1), ...last];
    const first = list.length > 1 ? splitJoined(list[0]!, true) : undefined;
    if (first) return [...first, ...list.slice(1)];
  }
  return list;
}

/** What a group of items is of, before them: 龙泉街道的(A、B、C). */
const GROUP_HEAD = /^[\u4e00-\u9fff]{2,10}?的(?=[\u4e00-\u9fff])/;

/** A clause that speaks of the items before it, or says why: no item itself. */
// (均 and 都 as "all" before what they did or are, not the first character of a name: 均口镇)
const OF_THE_ITEMS = /^(?:前者|后者|两者|二者|三者|上述|以上|它们|(?:均|都)(?:为|已|在|按|是|未|有|达|通过|完成|由|属|系|能|可|于|获|实现|纳入|得到|不)|其(?![他它余])|因为?|由于|目前|正在)/;

/** Does `ch` occur outside brackets? */
function topLevel(s: string, ch: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '（') depth++;
    else if (c === '）' && depth > 0) depth--;
    else if (depth === 0 && c === ch) return true;
  }
  return false;
}
