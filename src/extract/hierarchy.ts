/**
 * The budget hierarchy stated across sentences (DOMAIN §3): a whole year's spending is its 基本支出
 * and its 项目支出, and 基本支出 is its 人员经费 and its 公用经费. Reports often state them one
 * sentence at a time ("支出合计1573.88万元，比上年增加…。基本支出1021.56万元，占…。项目支出552.32万元，
 * 占…。"), with no 其中 to join them. Read here as a sum when all three are named plainly, in one part,
 * in that order, with nothing between them that names another whole or another scope:
 *
 * - the whole's name is a spending total with no fund or scope in it (支出合计, 本年支出合计, 全年支出,
 *   实际支出, …支出总额), and the parts' names are exactly 基本支出 / 项目支出 (人员经费 / 公用经费),
 *   perhaps after a year or 其中;
 * - no sentence from the whole to the parts names a fund or a narrower scope (一般公共预算, 政府性基金,
 *   财政拨款, 专项, 项目资金 …), and the stage agrees (a budget's parts are not a spending's);
 * - the parts are not already parts of a relation (其中 after the whole reads them there).
 */
import type { RelationFact } from './model.js';
import type { Quantity } from './quantities.js';
import { clauseHas, clauseLabel, comparedWithBefore, figure, type Located, type Stretch } from './stretches.js';
import { jointMember } from './restated.js';

const LEAD = /^(?:其中|另|此外|全年|本年度?|当年|年度|(?:19|20)\d{2}年度?|[，：:、])+/;
/** A year's whole spending: a total word, or 支出 alone (the unit's name may lead: 学校支出合计). */
const WHOLE_SPENT = /^(?:[^\d，。；：、]{0,8}?)(?:本年|全年|实际|年度)?(?:支出合计|支出总额|总支出|支出总计)$|^(?:全年|实际|本年|年度)?支出$/;
const SCOPE = /一般公共预算|政府性基金|国有资本|社会保险基金|财政拨款|专项|项目资金|上级|补助|转移支付|三公|结转|结余|上年|去年/;
/** A total of some other scope or stage (一般公共预算支出, 全年预算数 …) ends the parts' search. */
const OTHER_WHOLE = /(?:支出|支出合计|收入|收入合计|预算数?|总额)$/;
const PLAN = /预算|年初|批复|计划/;

/** The pairs of the hierarchy: a whole's name → its two parts' names. */
const LEVELS: { whole: (name: string) => boolean; parts: readonly [string, string] }[] = [
  { whole: (n) => WHOLE_SPENT.test(n) && !SCOPE.test(n) && !PLAN.test(n), parts: ['基本支出', '项目支出'] },
  { whole: (n) => n === '基本支出', parts: ['人员经费', '公用经费'] },
];


/** A figure's name (the label as written: 学校支出合计), lead words aside. */
function nameOfFigure(l: Located): string {
  return clauseLabel(l.s, l.q).replace(/[\s“”"「」]/g, '').replace(LEAD, '').replace(/(?:为|是|达到?|约)$/, '').replace(/(?<![合总小])计$/, '');
}

/** The words of a sentence before a figure. */
function before(l: Located): string {
  return l.s.c.text.slice(l.s.from, l.q.at);
}

/** How far (in figures) the parts may follow their whole. */
const WINDOW = 16;

/** Where a figure stands (line:column): the key of the figures read as parts. */
function placeOf(l: Located): string {
  const f = figure(l.s, l.q);
  return `${f.src.line}:${f.src.column}`;
}

/** The places of the figures the readers before have read as parts of a relation. */
function partsRead(out: readonly RelationFact[]): Set<string> {
  const used = new Set<string>();
  for (const r of out) for (const p of r.parts ?? []) used.add(`${p.src.line}:${p.src.column}`);
  return used;
}

export function hierarchyRelations(out: RelationFact[], located: readonly Located[]): void {
  const used = partsRead(out);
  // a figure's name is asked for by every whole before it within the window: worked out once
  const names = new Map<Located, string>();
  const nameOf = (l: Located): string => {
    let n = names.get(l);
    if (n === undefined) names.set(l, (n = nameOfFigure(l)));
    return n;
  };
  for (let i = 0; i < located.length; i++) {
    const w = located[i]!;
    if (w.q.family !== 'money' || w.q.depth > 0) continue;
    // every whole's name has 支出 in it (the characters may stand apart only around removed marks)
    if (!clauseHas(w.s, w.q, '支') || !clauseHas(w.s, w.q, '出')) continue;
    const name = nameOf(w);
    const level = LEVELS.find((l) => l.whole(name));
    if (!level) continue;
    // the whole's own sentence names no scope or plan before it
    // (its clause, for the plan: "全年预算数…，全年支出合计…" is a spent whole)
    if (level.parts[0] === '基本支出' && (SCOPE.test(before(w)) || PLAN.test(clauseLabel(w.s, w.q)))) continue;
    // (nor a part named before it in its clauses: "…；项目支出预算4,310.10万元，实际支出4269.22万元，执行率…" is 项目支出's own)
    const text = w.s.c.text;
    const from = Math.max(text.lastIndexOf('。', w.q.at - 1), text.lastIndexOf('；', w.q.at - 1), w.s.from - 1) + 1;
    if (level.parts.some((part) => text.slice(from, w.q.at).includes(part))) continue;
    const found: (Located | undefined)[] = [undefined, undefined];
    let broken = false;
    for (let k = i + 1; k < located.length && k <= i + WINDOW; k++) {
      const x = located[k]!;
      if (x.q.family !== 'money') continue;
      const n = nameOf(x);
      if (level.whole(n) && n === name) break; // another whole of the same level
      const p = level.parts.indexOf(n);
      if (p < 0) {
        // a total of another scope or stage: what follows belongs to it
        // (三公 figures are a topic of their own, never a whole of these parts)
        if (x.s !== w.s && !/三公/.test(n) && OTHER_WHOLE.test(n) && (SCOPE.test(n) || PLAN.test(n) || SCOPE.test(before(x)))) {
          broken = true;
          break;
        }
        continue;
      }
      if (SCOPE.test(before(x)) || PLAN.test(clauseLabel(x.s, x.q))) {
        // 一般公共预算支出中基本支出…, 基本支出预算…: a part of another scope or of the plan
        broken = true;
        break;
      }
      if (found[p] !== undefined) break; // a second 基本支出: not one list
      found[p] = x;
      if (found[0] && found[1]) break;
    }
    const [a, b] = found;
    if (broken || !a || !b) continue;
    // parts in another order, or one already read as a part of a relation (其中 after the whole)
    if (located.indexOf(a) > located.indexOf(b)) continue;
    if (used.has(placeOf(a)) || used.has(placeOf(b))) continue;
    // (parts in a bracket after another figure are that figure's: "支出总计3,392.08万元，其中：本年支出3,200.52万元（基本支出2,106.34万元、
    // 项目支出1,094.18万元），年末结转和结余191.56万元")
    if (a.q.depth > w.q.depth && located.slice(i + 1, located.indexOf(a)).some((x) => x.s === a.s && x.q.family === 'money' && x.q.depth === w.q.depth)) continue;
    const tf = figure(w.s, w.q);
    out.push({ relation: 'sum', subject: tf.label, total: tf, parts: [figure(a.s, a.q), figure(b.s, b.q)], complete: true, shape: '层级（分句）', src: tf.src });
    used.add(placeOf(a));
    used.add(placeOf(b));
  }
}

/** 财政拨款收入 / 财政拨款支出 as a whole, with nothing before it but a year or lead word. */
const FUND_WHOLE = /^财政拨款(收入|支出)$/;
/** The funds a 财政拨款 whole is made of (部门决算's 财政拨款收入支出 parts), in the order reports state them. */
const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] as const;
/** How far (in figures) the funds may follow their whole: each may bring its own breakdown first. */
const FUND_WINDOW = 80;

/**
 * 财政拨款 and its funds stated one paragraph or numbered part each, with no 其中 to join them
 * ("财政拨款支出26,891.47万元…。（一）一般公共预算财政拨款支出24,081.47万元，按支出功能分类：…（二）政府性基金
 * 预算财政拨款支出2,810.00万元…"). Read as a sum when the whole is named plainly (财政拨款支出, after a year
 * at most) and at least two of its funds follow by their exact names, of the same side (收入 / 支出),
 * before the same whole is stated again. With all three funds named the list is complete; with two it
 * may leave out a fund the report does not state (国有资本经营预算 is rare and often left unsaid), so
 * only a sum above the whole fails.
 */
export function fundRelations(out: RelationFact[], located: readonly Located[]): void {
  const used = partsRead(out);
  for (let i = 0; i < located.length; i++) {
    const w = located[i]!;
    if (w.q.family !== 'money' || w.q.depth > 0) continue;
    if (!clauseHas(w.s, w.q, '财政拨款')) continue;
    const name = nameOfFigure(w);
    const side = FUND_WHOLE.exec(name)?.[1];
    if (side === undefined) continue;
    const names = FUNDS.map((f) => f + side);
    const found: (Located | undefined)[] = names.map(() => undefined);
    for (let k = i + 1; k < located.length && k <= i + FUND_WINDOW; k++) {
      const x = located[k]!;
      if (x.q.family !== 'money' || x.q.depth > 0) continue;
      const n = nameOfFigure(x);
      if (n === name) break; // the whole again: what follows is read from there
      const p = names.indexOf(n);
      if (p >= 0 && found[p] === undefined) found[p] = x;
    }
    const parts = found.filter((x): x is Located => x !== undefined);
    if (parts.length < 2 || parts.some((x) => used.has(placeOf(x)))) continue;
    const tf = figure(w.s, w.q);
    out.push({ relation: 'sum', subject: tf.label, total: tf, parts: parts.map((x) => figure(x.s, x.q)), complete: parts.length === FUNDS.length, shape: '层级（资金）', src: tf.src });
    for (const x of parts) used.add(placeOf(x));
  }
}

/** The grand total of a unit's accounts (收入总计, 支出总计, 收、支总计均为): the side its name says (收 or 支). */
const ACCOUNTS_TOTAL = /^[^\d，。；：、]{0,12}?(?:(?:19|20)\d{2}年度?)?(收支|收入|支出|收|支)(?:决算)?总计[均都]?$/;
/** A side's figure of the year itself (本年收入合计, 本年支出), named without a fund. */
const YEAR_SIDE = /^(收入|支出)(?:决算)?(?:合计)?$/;
/** A side's carried balance (年初结转和结余 of the income, 年末结转和结余 of the spending). */
const CARRIED = /^(?:另有|还有|有)?(年初|年末)结转和?结余$/;
/** How far (in figures) the sides may follow their total: each may bring its own breakdown first. */
const ACCOUNTS_WINDOW = 40;

/**
 * A unit's accounts stated sentence by sentence ("2023年度收、支总计均为2512.64万元。…本年收入合计2436.20万元，
 * 其中：…。另有年初结转和结余76.44万元。本年支出合计2418.35万元，…。年末结转和结余94.29万元。"): 收入总计 is the year's
 * income and the balance carried in (年初结转和结余), 支出总计 the year's spending and the balance carried out
 * (年末结转和结余). Read as a sum for each side the total's name holds (收、支总计 and 收入、支出总计: both), when
 * both its figures follow, named with no fund, before another grand total; not where a list already read them.
 */
/** The sides (收入, 支出) a grand total's name holds: both for 收支总计 and a joint 收、支总计; none for another name. */
function accountSides(l: Located, name: string): string[] | undefined {
  const m = ACCOUNTS_TOTAL.exec(name);
  if (!m) return undefined;
  return jointMember(l.s, l.q) || m[1] === '收支' ? ['收入', '支出'] : [m[1]!.startsWith('收') ? '收入' : '支出'];
}

export function accountsRelations(out: RelationFact[], located: readonly Located[]): void {
  const used = partsRead(out);
  for (let i = 0; i < located.length; i++) {
    const w = located[i]!;
    if (w.q.family !== 'money' || w.q.depth > 0 || !clauseHas(w.s, w.q, '总计')) continue;
    // (the 财政拨款 accounts, "财政拨款收支总计均为2,497.07万元", of the sides named with the same fund)
    const name = nameOfFigure(w);
    const fund = FUND_ACCOUNTS.exec(name)?.[1] ?? '';
    const sides = accountSides(w, fund ? name.replace(fund, '') : name);
    // (nor the year before's, "与2022年度收、支总计3,720.15万元相比": a figure compared with)
    if (!sides || (!fund && SCOPE.test(clauseLabel(w.s, w.q))) || jointMember(w.s, w.q)?.qualifier || comparedWithBefore(w.s, w.q)) continue;
    const found = new Map<string, Located>();
    const consider = (x: Located): void => {
      // (a side named after the other in one clause, "…本年收入合计2,080.19万元和年初结转和结余63.58万元": its own words)
      const own = nameOfFigure(x).replace(/^.*\d(?:万元|亿元|千元|元)(?:和|及|与|、)?/, '');
      if (fund && !own.includes(fund)) return;
      // ("收入总计包括本年收入合计2,080.19万元和年初结转和结余63.58万元": the total named before its sides)
      const n = (fund ? own.replace(fund, '') : own).replace(/^(?:19|20)\d{2}年度?/, '').replace(/^(?:收支|收入|支出)?总计(?:包括|包含|由|为|是)(?:本年度?|当年)?/, '');
      const year = YEAR_SIDE.exec(n);
      const carried = CARRIED.exec(n);
      const key = year && (fund !== '' || clauseHas(x.s, x.q, '本年') || clauseHas(x.s, x.q, '当年')) ? `${year[1]}|year` : carried ? `${carried[1] === '年初' ? '收入' : '支出'}|carried` : undefined;
      if (key && !found.has(key)) found.set(key, x);
    };
    // (the sides stated before the total in its paragraph: "财政拨款收入A，年初财政拨款结转和结余B；财政拨款支出C，年末…D。
    // 财政拨款收支总计均为E")
    for (let k = i - 1; k >= 0 && located[k]!.s.line === w.s.line; k--) {
      const x = located[k]!;
      if (x.q.family === 'money' && x.q.depth === 0) consider(x);
    }
    for (let k = i + 1; k < located.length && k <= i + ACCOUNTS_WINDOW; k++) {
      const x = located[k]!;
      if (x.q.family !== 'money' || x.q.depth > 0) continue;
      const n = nameOfFigure(x);
      // another grand total of a side of this one (not 支出总计 beside 收入总计): what follows is its
      // (not one of the year before, "与上年收支总计2,397.86万元相比": a comparison)
      if (/总计[均都]?$/.test(n) && !PRIOR_TOTAL.test(clauseLabel(x.s, x.q)) && (accountSides(x, n) ?? ['收入', '支出']).some((side) => sides.includes(side))) break;
      consider(x);
    }
    for (const side of sides) {
      const a = found.get(`${side}|year`);
      const b = found.get(`${side}|carried`);
      if (!a || !b || used.has(placeOf(a)) || used.has(placeOf(b))) continue;
      const tf = figure(w.s, w.q);
      out.push({ relation: 'sum', subject: `${fund}${side}总计`, total: tf, parts: [figure(a.s, a.q), figure(b.s, b.q)], complete: true, shape: '层级（总计）', src: tf.src });
      used.add(placeOf(a));
      used.add(placeOf(b));
    }
  }
}

/** The fund whose accounts a grand total is of, at the start of its name: 财政拨款收支总计, 一般公共预算财政拨款收入总计. */
const FUND_ACCOUNTS = /^((?:一般公共预算)?财政拨款)(?=收|支)/;
/** A grand total of another year, compared with: 与上年收支总计…相比, 上年收入总计. */
const PRIOR_TOTAL = /上年|去年|上一年|相比|比较/;


/** A share of a named part with no amount: 基本支出占38.52% / 项目支出所占比重为62.48%. */
const PART_SHARE = /^(?:其中|从支出结构看|支出结构上?)?(基本支出|项目支出|人员经费|公用经费)(?:占(?:[^，。；：\d]{0,12}?的)?(?:比重|比例)?|所占比[重例])(?:为|是|达)?$/;

/**
 * The shares of the two parts of one level of the hierarchy, stated without their amounts in one
 * sentence ("从支出结构看，基本支出占38.52%，项目支出占62.48%"): they make up their whole, so they add
 * up to 100%. Read as a relation of shape 构成占比 (checked as a group of shares, shares-total) whose
 * total is the 100% the parts must make, printed at the first share's place.
 */
export function structureShares(out: RelationFact[], located: readonly Located[]): void {
  const bySentence = new Map<Stretch, Located[]>();
  for (const l of located) {
    if (l.q.family !== 'pct') continue;
    const list = bySentence.get(l.s);
    if (list) list.push(l);
    else bySentence.set(l.s, [l]);
  }
  for (const [, list] of bySentence) {
    const named = new Map<string, Located>();
    for (const l of list) {
      const m = PART_SHARE.exec(clauseLabel(l.s, l.q).replace(/[\s“”"「」]/g, ''));
      if (m) named.set(m[1]!, l);
    }
    for (const level of LEVELS) {
      const a = named.get(level.parts[0]);
      const b = named.get(level.parts[1]);
      if (!a || !b) continue;
      // each share named by its part (the label would be 基本支出占)
      const pa = { ...figure(a.s, a.q), label: level.parts[0] };
      const pb = { ...figure(b.s, b.q), label: level.parts[1] };
      const total = { label: `${level.parts[0]}与${level.parts[1]}占比之和`, number: '100', unit: '%', family: 'pct', decimals: 0, src: pa.src };
      out.push({ relation: 'sum', subject: level.parts[0] === '基本支出' ? '支出' : '基本支出', total, parts: [pa, pb], complete: true, shape: SHARE_STRUCTURE, src: pa.src });
    }
  }
}

/** The shape of a relation of structureShares: its parts are percentages that make up 100%. */
export const SHARE_STRUCTURE = '构成占比';
