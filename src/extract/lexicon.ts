/**
 * The words that make relation shapes (issue 8): one place for the introducers of parts (其中,
 * 包括, 分别为 …), the comparison words (比上年, 同比 …), budget and spending words, totals, and the
 * measure words of figures with their families. The relation reader (relations.ts) is written over
 * these; a new way of writing a shape is a new word here, not a new regex in an extractor.
 */

/** Money units and the decimal places of 万元 they shift (1 千元 = 0.1 万元). */
export const MONEY_SHIFT: Record<string, number> = { 元: -4, 千元: -1, 万元: 0, 万: 0, 亿元: 4, 亿: 4 };

/**
 * Measure words and the family they compare in: 家 / 个 / 项 count projects and enterprises alike
 * (a target of 5家 is met by 5个); people are 人 or 名.
 */
/**
 * Physical measures (万亩, 公里, 吨 …): each its own family, so a figure in 亩 is added only to figures
 * in 亩 (万亩 and 亩 are not mixed), rounded as printed like money.
 */
export const PHYSICAL_UNITS: readonly string[] = ['万亩次', '亩次', '万亩', '亩', '公顷', '平方公里', '万平方米', '平方米', '万立方米', '立方米', '公里', '千米', '万米', '米', '万吨', '吨', '公斤'];

export const MEASURE_FAMILY: Record<string, string> = {
  人: 'people', 名: 'people',
  个: 'units', 家: 'units', 项: 'units', 所: 'units',
  辆: 'vehicles', 台: 'vehicles',
  户: 'households', 次: 'times', 起: 'cases', 件: 'pieces', 篇: 'pieces', 卷: 'pieces', 册: 'pieces', 场: 'events', 期: 'events', 批: 'batches', 批次: 'batches',
  座: 'places', 处: 'places', 套: 'sets', 条: 'items', 份: 'copies', 分: 'score',
  张: 'sheets', 本: 'volumes', 间: 'rooms', 栋: 'buildings', 头: 'head', 只: 'head', 株: 'plants', 棵: 'plants', 眼: 'wells', 口: 'wells',
};

/**
 * The units an indicator's target or result may carry: the measure words, the physical measures, times,
 * rates and money. One list for the goals read in prose and in indicator tables. Not 份 (the
 * questionnaires counted beside a rate: 满意度93.10%（108份满意/116份有效问卷）), 批 (an indicator counts
 * 批次) or 分 (marks: a table reads them in its score columns).
 */
export const INDICATOR_UNITS: readonly string[] = [
  ...Object.keys(MEASURE_FAMILY).filter((u) => u !== '份' && u !== '批' && u !== '分'),
  '部', '页', '块', '画幅', '人次', '人份', '批次', '个百分点', ...PHYSICAL_UNITS, '个工作日', '工作日', '天', '小时', '%', '万元', '亿元', '元',
];

/** A regular-expression alternation of units, the longest first (个工作日 before 个, 人次 before 人). */
export function unitAlternation(units: readonly string[]): string {
  return [...new Set(units)].sort((a, b) => b.length - a.length).join('|');
}

/** Words after a total that open the list of its parts; `complete` false when the list names only some. */
export const PART_INTRODUCERS: readonly { re: RegExp; complete: boolean }[] = [
  { re: /^(?:，|,)?(?:主要)(?:包括|包含|有|为|是)(?:：)?/, complete: false },
  { re: /^(?:，|,)?主要用于(?:以下|如下)(?:几个)?方面(?:：|，)/, complete: false },
  // "6,480.00万元资金用于以下五个方面：…": all of it, in as many parts as it says
  { re: /^(?:，|,)?(?:资金)?用于(?:以下|如下)[\d一二三四五六七八九十]{1,2}个方面[：:]/, complete: true },
  // "其中第一批资金1800.00万元，分别支持县乡道提质改造1300.00万元、危桥改造500.00万元；…": all of it, each to one use
  { re: /^(?:，|,)分别(?:支持|用于|安排(?:用于)?|投入|下达(?:到|至|给)?)(?=[^，。；\d]{1,20}\d)/, complete: true },
  // "省级财政资金380.00万元，用于作业监测终端购置297.60万元、技术培训45.00万元…": what some of it was used for
  { re: /^(?:，|,)(?:主要)?用于(?=[^，。；\d]{1,20}\d)/, complete: false },
  // 资金来源包括：, 资金构成为：
  // (also after 的: "其他项目资金650.00万元的构成为：")
  { re: /^(?:，|,)?的?(?:资金)?(?:来源|构成|组成)(?:包括|为|如下|是)?：/, complete: true },
  // 含 notes what a figure includes ("收支总预算4471.22万元，含甲经费250万元，乙经费537.31万元"), not all it is made of
  // (下含: the items under a class, "公路水路运输（款）7,986.52万元，下含行政运行…、公路养护…")
  { re: /^(?:，|,)?下?含(?![义量])(?:有)?(?:：)?/, complete: false },
  // (not what a figure is contained in: "…333.00万元，包含在该项目支出1,452.18万元之中")
  { re: /^(?:组成|构成)?(?:，|,)?(?:其中|包括(?![在于][^，。；]{0,24}?(?:之中|之内))|包含(?![在于][^，。；]{0,24}?(?:之中|之内))|具体包括|具体为|分别为|分别是|具体是|明细为|即)(?:为|是|有|包括)?(?:：|，)?/, complete: true },
  // "全年预算数4,394.16万元，由年初预算3,268.40万元和年中追加1,125.76万元两部分组成": the parts it is made of
  { re: /^(?:，|,)?由(?=[^。；]{0,80}?(?:[两二三四五六七八九]|\d)?(?:个)?(?:部分|项)?(?:组成|构成))/, complete: true },
  { re: /^(?:，|。|,)?(?:按经济(?:科目)?分类|按功能(?:科目)?分类|按支出经济分类|按支出功能分类)(?:[^：，。；\d]{0,6}?)(?:：|，|为)/, complete: true },
  // 按支出内容分：, 按用途分为：, 按资金来源分：, 按资金来源分别为： — a breakdown by any dimension
  { re: /^(?:，|。|,)?按[^：，。；\d]{1,8}?分(?:类|别)?(?:为|是)?(?:：|，)/, complete: true },
  // ("12座换热站按区分布为川东区3座、…": how a count is spread over a dimension, with no colon)
  { re: /^按[^：，。；\d]{1,8}?分布(?:为|是|如下)[：:]?/, complete: true },
  // (分布如下, 分配如下: "本年支出6,102.88万元分布如下：" then its parts by function, line by line)
  { re: /^(?:，|,)?(?:(?:构成|具体|明细|情况|分布|分配)如下)?：/, complete: true },
  // ("D级危房拆除重建任务分解为：雾川镇28户、…": a task broken down, over the places it is given to)
  { re: /^(?:，|,)?(?:任务|指标|资金)?(?:分解|细化)(?:为|如下|到[^，。；：\d]{1,8})[：:]/, complete: true },
  // "资金500万元，已经全部分配下达到项目建设单位：甲…150万元、乙…" (all of it handed down: the whole;
  // without 全部, maybe some of it)
  { re: /^(?:，|,)?(?:已经?|均)?全部(?:分配|下达|拨付|安排)(?:下达|拨付)?(?:到|至|给)[^，。；：\d]{0,12}：/, complete: true },
  { re: /^(?:，|,)?(?:已经?|均)?(?:分配|下达|拨付|安排)(?:下达|拨付)?(?:到|至|给)[^，。；：\d]{0,12}：/, complete: false },
  // "年末财政拨款结转和结余49.86万元，全部为一般公共预算项目结转资金，其中：…": what all of it is, then its parts
  { re: /^(?:，|,)(?:全部|均)(?:为|是|属于|系)[^，。；：\d]{2,20}[，,]其中(?:：|，)?/, complete: true },
  // "项目支出658.57万元，主要用于执法和抽检，其中：…": what it was used for, then some of the parts
  { re: /^(?:，|,)主要用于[^，。；：\d]{2,30}[，,]其中(?:：|，)?/, complete: false },
  // "社会保障和就业支出1985.30万元中，就业补助…": of the figure; it may name only some of its parts
  { re: /^中[，：]/, complete: false },
];

/** Any of PART_INTRODUCERS (none has flags): a text none of them matches opens no list. */
const ANY_INTRODUCER = new RegExp(PART_INTRODUCERS.map((p) => `(?:${p.re.source})`).join('|'));

/** Right after a figure, the share it is the base of ("…全年预算84.82万元的73.2%", "相当于年初预算1200.00万元的115.54%"): "的73.2%". */
export const SHARE_BASE_AFTER = /^的\s*\d+(?:\.\d+)?\s*%/;

/** A class item of the budget named with its level in brackets: 公路养护（项）, 公立医院（款）; the name captured. */
export const CLASS_ITEM = /([\u4e00-\u9fff]{2,})（[类款项]）/;

/**
 * Whether a figure of a class item named by its level ("车辆购置税用于农村公路建设支出（项）决算1,087.90万元，仅完成年初预算的83.68%")
 * would be measured against a plan whose words (`planText`: its label, or its line up to it) do not name that item: the item is
 * of its own plan, never the department's 年初预算 nor its class's.
 */
export function ofAnotherItem(spentLabel: string, planText: string): boolean {
  const item = CLASS_ITEM.exec(spentLabel)?.[1];
  return item !== undefined && !planText.includes(item);
}

/** The parts of a budget by their nature: 基本支出 and 项目支出 name a subject (支出 aside they look generic). */
// (not a sub-project's, 处理终端提升改造子项目支出)
export const BUDGET_PART = /基本支出|(?<!子)项目支出|人员经费|公用经费/;

/** A sentence that opens with a figure of the year before: 上年“三公”经费支出45.90万元，… (not a balance carried from it). */
export const LAST_YEAR_OPENING = /^(?:上年度?|去年|上一年度?)(?!结转|结余|同期相比)[^，。；：\d比较与]{2,16}\d/;

/** An introducer of parts standing after a figure, or null. */
export function partIntroducer(after: string): { length: number; complete: boolean } | null {
  // (most text after a figure opens no list: one test of all the introducers at once says so)
  if (!ANY_INTRODUCER.test(after)) return null;
  for (const p of PART_INTRODUCERS) {
    const m = p.re.exec(after);
    if (m && m[0].length > 0) return { length: m[0].length, complete: p.complete };
  }
  return null;
}

/** 占X的p%, 占比p%, 所占比重为p%: a percentage and the base it names (group 1, maybe empty) (global). */
export const SHARE = /(?:所占比重|所占比例|占比|相当于|占)([^，。；%、]{0,24}?)(\d+(?:\.\d+)?)%/g;

/** A figure labelled with one of these is an attribute of the figure before it, never a part. */
// (上年结转结余 is a fund, a part of a total, and 加上年初… adds one; 增值税 and 减免 are no change: 土地增值税 is a tax; nor are the 增 and 减 of
// names, 提质增效, 增殖放流, 电网增容, 植树增绿, 防灾减灾, 节能减排, 减贫, 减负;
// 新增… is: "新引进项目20个，其中…6个，…新增规模以上工业企业5家" states another figure, not a part)
// (折合7,688,600元: the figure before in another unit;
// 比核定编制少9名, 比计划多2个: how far one figure is from another, no figure of its own; 较2023年度的1.52亿元
// and 与2023年度一般公共预算支出3,876.54万元相比: the year compared with)
export const ATTRIBUTE_LABEL = /比上年|较上年|比去年|较去年|同比|(?<!加)上年(?!结转|结余)|去年(?!结转|结余)|增加|减少|增长|下降|上升|降低|增(?!值|效|殖|容|绿)|减(?!免|灾|排|贫|负)|占|比重|比例|执行率|完成率|预算执行|折合|[比较][\u4e00-\u9fff]{1,10}(?:少|多|节约|节省|超支)$|[比较](?:19|20)\d{2}年度?的?$|^[与比较](?:19|20)\d{2}年度?/;

/**
 * A figure per person, household, mu … or a standard or limit (人均支出3万元, 户均补助0.5万元, 每亩补助标准
 * 为200元, 单价每平方米3000元, 最高补助10万元): a measure of the figures before it, never one of their parts
 * (最低生活保障 is a kind of spending: 最高/最低 only before a word of an amount granted or allowed).
 */
export const PER_UNIT = /人均|户均|亩均|生均|[批次车件床校]均|平均|每(?:人|户|亩|平方米|立方米|公里|吨|年|月|天|次|个|名|所|生|辆|台|套|件|项|家|村|镇|乡|县|区|校|床|班|期)|单价|均价|(?:标准|限额|上限|下限)(?:为|是)?$|^(?:最高|最低)(?:补助|补贴|奖励|奖补|资助|限额|可|不|为|达)|^(?:不超过|不低于)/;

/** Words of a comparison with an earlier period. */
export const COMPARISON = /(?:比|较|与|同)(?:上年|上年度|去年|上一年度?|上年同期|同期|(?:19|20)\d{2}年度?)(?:决算数?|预算数?|同期)?(?:相比|对比)?|同比|环比/;
/** The verb of a change and its direction (增收 / 增支: a revenue's or a spending's increase). */
export const CHANGE_VERB = /(增加|增长|上升|提高|减少|下降|降低|持平|增收|增支|减收|减支|增|减)(了)?/;
export const DOWN = /减|下降|降低/;
/** The label of a change's amount: it ends in the verb (比上年增加, 与上年相比减少, 增支). */
// (and 比上年决算数多 / 少: "比上年决算数多474.82万元" is the change)
export const CHANGE_LABEL = /(?:增加|增长|减少|下降|降低|上升|提高|增收|增支|减收|减支|增|减)(?:了)?(?:支出|收入)?$|^(?:比|较)[^，。；\d]{1,12}?(?:多|少)(?:了)?$/;
/** The label of a change's rate: the verb or 幅度 (增长, 下降幅度为). */
// ("同比减收40亿元，增长-10%": a growth written with a minus is the decrease's rate)
export const CHANGE_RATE_LABEL = /(?:增加|增长|减少|下降|降低|上升|提高|增收|增支|减收|减支|增|减|幅度)(?:了|为)?[-－]?$/;

/**
 * A figure of the earlier period: 上年为…, 上年决算数…, and the figure a comparison names (比上年的…,
 * 较2023年支出决算…, 比2023年的…: a year after 比 / 较 / 与 is the one compared with).
 */
const PRIOR_WORDS = /^(?:比|较|与)?(?:上年|上年度|去年|上一年度?|上年同期)(?:决算数?|预算数?|同期|实际)?(?:为|是|的)?$|^(?:比|较|与)?上年[^，。；]{0,8}$|^(?:比|较|与)(?:19|20)\d{2}年度?(?:同期)?[^，。；\d]{0,8}$/;

/** The earlier period's figure, never the change (与上年相比减少 X: X is the change, not 上年's figure). */
export function isPriorLabel(label: string): boolean {
  // (比上年减少支出 X: X is the change, whatever word follows the verb)
  return PRIOR_WORDS.test(label) && !CHANGE_LABEL.test(label) && !CHANGE_WORD.test(label);
}
const CHANGE_WORD = /增加|减少|增长|下降|降低|上升|提高|增收|增支|减收|减支/;

/** Labels of planned figures (预算数) and of figures spent (执行数), for 执行率 = 执行数 ÷ 预算数. */
// (应到位, 应拨付, 应发放: what was due, the plan of what arrived or was paid)
export const BUDGET_LABEL = /预算|批复|下达|安排|计划|年初|调整后|全年预算|应(?:到位|拨付?|发放|支付|兑付)/;
/** 一般公共预算, 政府性基金预算 …: a fund's name, whose 预算 says no stage (一般公共预算收入 is revenue, not a plan). */
export const FUND_BUDGET = /(?:一般公共|公共|政府性基金|国有资本经营|社会保险基金)预算(?![数额])/;
const FUND_BUDGET_ALL = new RegExp(FUND_BUDGET.source, 'g');

/** A text without its funds' names: their 预算 names no stage ("“三公”经费公共预算财政拨款支出20万元" is spent). */
export function withoutFundNames(text: string): string {
  return FUND_BUDGET.test(text) ? text.replace(FUND_BUDGET_ALL, '') : text;
}

/**
 * A function of a label, worked out once per label: labels repeat across the sentences and reports of a batch (a
 * report asks whether its few dozen labels are attributes some 700 times), so each answer is kept, in a table
 * started afresh past CACHE_MAX entries so memory stays bounded. Only for functions of the string alone.
 */
export function labelMemo<T>(fn: (label: string) => T): (label: string) => T {
  let table = new Map<string, T>();
  return (label) => {
    let v = table.get(label);
    if (v === undefined && !table.has(label)) {
      if (table.size >= CACHE_MAX) table = new Map<string, T>();
      table.set(label, (v = fn(label)));
    }
    return v as T;
  };
}

/** Whether a label names a planned figure, the 预算 of a fund's name aside (一般公共预算支出 is spending). */
export const isPlanLabel = labelMemo((label: string): boolean => BUDGET_LABEL.test(withoutFundNames(label)));
export const SPENT_LABEL = /执行|决算|实际|支出|使用|拨付|完成|到位|支付|兑付|发放/;
/** A plan named by its stage (年初预算, 调整预算, 计划数 …), the words a share of the plan is written with. */
const PLAN_STAGE = '(?:当年|全年|年初|调整后?)?(?:预算|计划)';
/** The words of a share of the plan a figure completes: 完成年初预算 / 为预算 / 达到调整预算 (before 的 or its figure). */
const PLAN_COMPLETED = `(?:完成|为|达到?|相当于)了?${PLAN_STAGE}数?`;
/** A figure's label that ends so: 完成调整预算 1000亿元的95% (the plan inside the phrase of the rate after it). */
export const PLAN_PHRASE = new RegExp(`${PLAN_COMPLETED}$`);
/** A percentage's label that is a share of the plan: 完成年初预算50% / 为预算的80%. */
export const PLAN_SHARE = new RegExp(`${PLAN_COMPLETED}的?$`);
export const RATE_WORD = new RegExp(`(预算执行率|执行率|完成率|支付率|使用率|到位率|支出率|(?:执行|支出|支付|拨付)进度)(?:为|是|达到?|达|约)?$|${PLAN_COMPLETED}的$`);
/** A base named by its stage alone (占年初预算的, 占预算数的): the planned figure of the part's own subject. */
export const STAGE_BASE = new RegExp(`^${PLAN_STAGE}(?:数|金额)?$`);

/** Labels that name a total: a list introduced after them is their breakdown. */
export const TOTAL_WORD = /合计|总计|总额|共计|总数|总金额|总支出|总收入|总量/;

/** Rows of a table that hold a total. */
export const TOTAL_ROW = /^(?:合计|总计|小计|总额|共计|资金总额|年度资金总额|支出合计|收入合计|总金额|总支出|总收入)/;

/** Table headings of planned, spent and rate columns. */
// (a contract's sum is what its payments are measured against: 合同金额 | 已支付金额 | 支付比例; what was done, 完成改造（座）,
// against what was planned, 计划改造（座）)
export const BUDGET_HEAD = /预算|批复|下达|计划|分配|合同(?:金额|价款?|总额)/;
export const SPENT_HEAD = /执行|决算|实际|支出数|完成(?!率|比例|进度)|到位|已(?:支付|拨付|兑付)|支付(?:金额|数)|拨付(?:金额|数)/;
export const RATE_HEAD = /执行率|完成率|支付率|到位率|拨付率|兑付率|(?:支付|执行|完成|拨付)(?:比例|进度)/;
/** Table columns that are scores: the score-table reader (indicators.ts) reads those. */
export const SCORE_HEAD = /分值|得分|权重/;

/**
 * A label made comparable: year and period words, 的, and the words that only say "total" are
 * dropped, so 一般公共预算总支出 / 一般公共预算支出合计 / 2023年一般公共预算支出 are one name.
 */
// (labels repeat across the paragraphs and reports of a batch: ten replacements once per label)
export const canonicalLabel = labelMemo(canonicalLabelUncached);

const CACHE_MAX = 20_000;

function canonicalLabelUncached(label: string): string {
  return label
    .replace(/\s/g, '')
    .replace(/^(?:其中|另|此外|以及|和|及|全年|全部|本年度?|年度|当年)/, '')
    .replace(/^(?:19|20)\d{2}年度?/, '')
    .replace(/^(?:全年|全部|本年度?|年度|当年)/, '')
    .replace(/的/g, '')
    // (收入完成80000万元: the verb of what was achieved names no other figure)
    .replace(/(?:为|是|达到?|约|完成|实现)+$/, '')
    .replace(/(?:合计|总计|总额|共计|总数|总金额|总量)$/, '')
    .replace(/(?:共|计)$/, '')
    .replace(/总(支出|收入|金额|资金|经费)/, '$1')
    .replace(/^总/, '');
}

/** People who have retired: never among the staff serving (在职, 实有, 正式职工 …) nor counted toward a quota. */
export const RETIRED = /退休|离休|离退/;

/** The words of a rate of people serving against the quota: 控制率 (财政供养人员控制率), 在编率, 满编率. */
export const STAFF_RATE_WORD = '(?:控制率|在编率|满编率)';

/** A view of a figure by a dimension it divides by (分资金来源看, 从支出结构来看, 分乡镇看, 分季度看): its parts follow. */
export const DIMENSION_VIEW = '(?:分|从|按)[^，。；：\\d]{0,8}?(?:来源|用途|构成|结构|类别|类型|科目|性质|渠道|内容|地区|区域|级次|层级|乡镇|县区|区县|单位|季度|子项目|项目)来?看';

/** Words opening a breakdown by a dimension: 按支出性质分, 按资金来源划分, 分资金来源看 (a regular-expression source). */
export const BY_DIMENSION = `(?:按[^，。；：\\d]{1,10}?(?:划分|分类|分)|${DIMENSION_VIEW})`;

/** A clause of a result that names the target it went past or fell short of: "高于97%的年度目标", "恰好达到90%的目标值" (no target set). */
// (or compared with it: "较区财政局要求的95%高出0.75个百分点")
export const NAMES_ITS_TARGET = /^(?:已经?|均|仍)?(?:超过|超出|高于|低于|达到|未达到|未达|接近|恰好达到|略高于|略低于)[^，。；]{0,12}的(?:年度|全年)?(?:目标|计划|任务|预期)|^(?:较|比)[^，。；\d]{0,12}?(?:要求|目标值?|标准|计划|任务)的?\d+(?:\.\d+)?%?(?:高出|高|低|超出|超|多|少)/;
/** How far a result is from its target, "比年度目标少348人次", "较目标值多2个": no target, and no result. */
export const SHORT_OF_TARGET = /[比较](?:年度)?(?:目标|计划|预期)(?:值|数)?[^，。；\d]{0,2}(?:少|多|低|高|差)/;

/**
 * The level of government a fund comes from, at the start of its name (中央补助, 自治区补助, 市本级配套,
 * 县级资金): the parts of a list by source are of one kind whatever each is called after it.
 */
/**
 * The classes of spending by economic classification (支出经济分类): parts of one list though their names end unalike
 * (工资福利支出 … 商品和服务支出 … 对个人和家庭的补助).
 */
export const ECONOMIC_CLASS = /^(?:工资福利支出|商品和服务支出|对个人和家庭的?补助(?:支出)?|对企业补助(?:支出)?|对事业单位(?:经常性|资本性)?补助(?:支出)?|资本性支出(?:（基本建设）)?|债务利息(?:及费用)?支出|其他支出)$/;
export const FUND_LEVEL = /^(?:中央|省级?|省本级|自治区(?:级|本级)?|市级?|市本级|州级?|州本级|县级?|县本级|区级?|区本级|旗级?|乡镇|镇级|乡级)(?!政府|委|局|财政局)/;

/** A cause cell or clause that gives none: 无偏差, 无, —, 不适用. */
export const NO_CAUSE = /^(?:无偏差|无|—+|-+|不适用|／|\/)?[。；]?$/;

/** A line that names its item before a colon: "8.交通运输支出（类）…一般行政管理事务（项）：…" (the number may stand as a sentence once normalised, "8。"). */
export const RUN_IN_ITEM = /^\s*(?:\d{1,2}[.、．。]|[（(][一二三四五六七八九十\d]{1,2}[)）])?([^：。；，]{2,60})：/;

/** The shape of a change's rate read from the figure compared with alone (relations.ts priorStatedChange): no execution pair. */
export const PRIOR_STATED = '上年数与变动额';

/** A closed bracket, one level of brackets inside it allowed: （…（境）…）. */
export const BRACKETED = /（[^（）]*(?:（[^（）]*）[^（）]*)*）/g;
