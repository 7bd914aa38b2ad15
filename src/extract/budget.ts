/**
 * The budget hierarchy (DOMAIN §3) from the fund sections (二…五): each fund's total, 基本支出,
 * 项目支出, named 专项资金 under them, with their shares and breakdowns; then the totals the report
 * never states (一般公共预算总支出, 年度整体总支出) derived from their parts and marked `derived`.
 */
import type { Block } from '../read/types.js';
import type { Profile } from '../profiles/profile.js';
import { amountFact, amountsIn, resolveBase, sharesIn, type FoundAmount } from './amounts.js';
import type { AmountFact, BudgetNode, ExecutionFact, SectionFact, YoyFact } from './model.js';
import { addAll, fmt, type Money } from './money.js';
import { moneyOf } from './facts-money.js';
import { charClass, cnToInt, compareIds, runStart, sentences, sentenceSrc, type Sentence } from './text.js';
import { depthAt } from './quantities.js';
import { COMPARISON as EARLIER_PERIOD, PER_UNIT } from './lexicon.js';

export const FUND_NAMES: Record<string, string> = {
  gpb: '一般公共预算支出',
  gov: '政府性基金预算支出',
  soe: '国有资本经营预算支出',
  ssf: '社会保险基金预算支出',
};
/** A sentence that ends naming the kinds a figure is made of as an open list: …，主要用于办公费、印刷费…和培训费等。 */
const KINDS_NAMED = /主要(?:包括|用于|有|是)[^。]*等[^。]{0,4}。?$/;
const FUND_LABEL: Record<string, RegExp> = {
  gpb: /一般公共预算(总)?支出$/,
  gov: /政府性基金(预算)?(总)?支出$/,
  soe: /国有资本经营(预算)?(总)?支出$/,
  ssf: /社会保险基金(预算)?(总)?支出$/,
};
const DIMENSION = /^(按经济(科目|分类)?|按功能(科目|分类)?)[^：，]{0,6}?(：|为|，)/;
const SPECIAL = /^(专项资金|项目)([一二三四五六七八九十\d]{1,3})(为|是|：|，)?/;
/** Labels of budgeted (planned) figures, as opposed to spending. */
const BUDGETED = /预算(资金|数|安排|金额|额)?$|年初预算|调整后预算|下达(资金|预算)?$|批复/;
/** A list number before a sentence ("（1）按经济科目分类：…"). */
const LEAD_NUMBER = /^([（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、])\s*/;
/** A label about the project or fund named before it, never the fund itself. */
const THIS_ONE = /^(该|本|此)(项目|专项|资金)/;
const SKIP_SENTENCE = /三公/;
const COMPARISON = /上年|去年|同比|较|增加|减少|增长|下降|预算数|调整/;
/** A comparison with an earlier period (the lexicon's words: 比上年, 较去年, 与2023年相比, 同比 …), the prior figure it may name (比上年的9.80万元, 较上年度决算数（6.02万元）) and its verb. */
export const YOY = new RegExp(`((?:${EARLIER_PERIOD.source}))(?:的?（?\\d[\\d,.]*[千万亿]?元）?)?[^，。；]{0,10}?(增加|减少|增长|下降|上升|降低)`);
const RATE = /(增加|减少|增长|下降|上升|降低)了?\s*(\d+(?:\.\d+)?)\s*%/;

/** 同比增加X万元，增长Y%; 较上年减少…; 上年为…万元: the change, rate and prior figure after the subject amount. */
export function yoyIn(s: Sentence, amounts: readonly FoundAmount[], first: { at: number; end: number }): YoyFact | undefined {
  const rest = s.norm.slice(first.end);
  const m = YOY.exec(rest);
  const priorAmount = amounts.find((a) => a.at > first.at && /上年|去年/.test(a.label) && !/增|减|降|升/.test(a.label));
  if (!m && !priorAmount) return undefined;
  const at = first.end + (m?.index ?? 0);
  // (or the figure inside the comparison words: 较上年度决算数（6.02万元）减少…)
  const prior = priorAmount ?? (m ? amounts.find((a) => a.at >= at && a.end <= at + m[0].length - m[2]!.length) : undefined);
  const change = m ? amounts.find((a) => a.at >= at && /增加|减少|增长|下降|上升|降低/.test(s.norm.slice(Math.max(at, a.at - 6), a.at))) : undefined;
  const r = m ? RATE.exec(s.norm.slice(at)) : null;
  const direction = m && /减少|下降|降低/.test(m[2]!) ? 'down' : 'up';
  return {
    direction,
    ...(change ? { change: amountFact(change) } : {}),
    ...(r && !/占[^，。；]*$/.test(s.norm.slice(at, at + r.index)) ? { rate: r[2]! } : {}),
    ...(prior ? { prior: amountFact(prior) } : {}),
    src: sentenceSrc(s, at),
  };
}

/** A figure named by the source of its funds: 一般公共预算安排的项目支出, 政府性基金安排的. */
const FUNDED_BY = /(?:预算|基金|资金)(?:安排|列支)的?/;

/** The clause before a figure as written (its label with a leading year kept). */
function clauseBefore(norm: string, at: number): string {
  return norm.slice(Math.max(0, at - 40), at).split(/[，。；：,;:]/).pop()!.trim();
}

/**
 * A figure named as another period's: 上年…, 去年…, or another year than the report's in a sentence that
 * compares ("2023年一般公共预算支出450万元，2024年较之增加…" in a 2024 report). A year alone, with no
 * comparison, may be the report's own written one off from its cover: its figures are read.
 */
function otherPeriod(label: string, sentence: string, year: number | undefined): boolean {
  if (/^(?:上年|去年|上一年|上年度)/.test(label)) return true;
  // (the figure compared with: "与2023年度一般公共预算支出3,876.54万元相比", 比上年的…)
  if (/^(?:与|比|较)(?:(?:19|20)\d{2}年|上年|去年|上一年)/.test(label)) return true;
  const y = /^((?:19|20)\d{2})年/.exec(label);
  return y !== null && year !== undefined && Number(y[1]) !== year && COMPARES.test(sentence);
}
const COMPARES = /相比|较之|比较|较上年|比上年|同比|增加|减少|增长|下降/;

export function extractBudget(
  blocks: readonly Block[],
  sections: readonly SectionFact[],
  profile: Profile,
  year?: number,
): BudgetNode[] {
  const nodes = new Map<string, BudgetNode>();
  const node = (id: string, name: string, section?: string, parent?: string): BudgetNode => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, name, ...(section ? { section } : {}), ...(parent ? { parent } : {}), shares: [], breakdowns: [] };
      nodes.set(id, n);
    }
    return n;
  };

  for (const sec of sections) {
    const fund = profile.sections.find((p) => p.no === sec.no)?.fund;
    if (!fund) continue;
    const fundNode = node(fund, FUND_NAMES[fund] ?? fund, sec.no, 'total');
    let current: BudgetNode | undefined;
    let special: BudgetNode | undefined;
    for (const block of blocks) {
      if (block.line <= sec.line || block.line > sec.endLine || block.kind !== 'paragraph') continue;
      const heading = sec.subsections.find((h) => h.line === block.line);
      let skipFirst = false;
      if (heading) {
        current = undefined;
        special = undefined;
        // a numbered project inside a fund section ("（1）城市基础设施配套费项目。该项目…") names a
        // sub-amount of the fund's projects, like 专项资金一; "（一）基本支出情况" only divides the section
        const title = heading.text.replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.]?\s*/, '').replace(/[。；]$/, '');
        if (/(项目|资金|经费|工程|专项)$/.test(title) && !/基本支出|项目支出/.test(title)) {
          const parentId = `${fund}.project`;
          node(parentId, '项目支出', sec.no, fund);
          special = node(`${parentId}.h${block.line}`, title, sec.no, parentId);
        }
        if (heading.text.length >= block.text.trim().length) continue;
        skipFirst = true;
      }
      const ss = sentences(block);
      // a list may go on after ；: the following sentences that only hold more items join it
      const continuation = (k: number, items: AmountFact[]): number => {
        while (ss[k]?.norm.endsWith('；') && ss[k + 1] && isContinuation(ss[k + 1]!, fund)) {
          k++;
          items.push(...itemAmounts(ss[k]!, 0));
        }
        return k;
      };
      let previous: BudgetNode | undefined;
      for (let k = skipFirst ? 1 : 0; k < ss.length; k++) {
        const s = ss[k]!;
        const t = s.norm.replace(/\s+/g, '');
        if (SKIP_SENTENCE.test(t)) continue;
        if (profile.nil.some((re) => re.test(t))) {
          // "2025年本单位无项目支出。" makes 项目支出 nil; "…无政府性基金预算支出。" the fund
          const nilNode = /项目支出/.test(t) ? node(`${fund}.project`, '项目支出', sec.no, fund) : t.includes(FUND_NAMES[fund]!.slice(0, 4)) ? fundNode : undefined;
          if (nilNode) {
            nilNode.nil = true;
            nilNode.nilSrc = sentenceSrc(s);
            continue;
          }
        }
        const dim = DIMENSION.exec(s.norm.trim().replace(LEAD_NUMBER, ''));
        if (dim) {
          let target = special ?? current;
          const items = itemAmounts(s, 0);
          k = continuation(k, items);
          // ("…；项目支出1,174.09万元，占39.31%。" then "按功能分类，一般公共服务支出…": items that add up to the fund's figure, not to
          // the part named last, break the fund down)
          const sum = items.reduce((a, i) => a + Number(i.value), 0);
          const near = (x: AmountFact | undefined): boolean => x !== undefined && Math.abs(Number(x.value) - sum) <= 0.006 * items.length;
          if (!special && target && target !== fundNode && !near(target.amount) && near(fundNode.amount)) target = fundNode;
          // ("2.公用经费165.92万元，占基本支出的14.70%。按经济分类，包括办公费…": items that add up to the part the sentence before
          // states, not to 基本支出, break that part down)
          else if (!special && target && previous && previous !== target && !near(target.amount) && near(previous.amount)) target = previous;
          if (target && items.length > 0) {
            target.breakdowns.push({ dimension: dim[1]!.startsWith('按经济') ? '按经济科目分类' : '按功能科目分类', items, src: sentenceSrc(s) });
          }
          continue;
        }
        const sp = SPECIAL.exec(s.norm.trim());
        const amounts = amountsIn(s);
        if (sp) {
          const n = cnToInt(sp[2]!) ?? 0;
          const rest = s.norm.trim().slice(sp[0].length).replace(/[。；]$/, '');
          const parentId = `${fund}.project`;
          const title = amounts.length === 0 ? rest : '';
          special = node(`${parentId}.${n}`, `专项资金${sp[2]}${title ? `（${title}）` : ''}`, sec.no, parentId);
          node(parentId, '项目支出', sec.no, fund);
          if (amounts.length === 0) continue;
        }
        // a budgeted figure ("项目预算资金500.00万元，实际支出482.60万元") is not what was spent
        // (nor is another period's figure: "2023年一般公共预算支出450.00万元，2024年较之增加…" in a 2024 report)
        // (nor a part of a budgeted figure: "年初预算1,000.00万元，其中基本支出600.00万元、项目支出400.00万元",
        // "调整预算为1,200.00万元（基本支出700.00万元，…）" break the plan down, not what was spent)
        // (nor a figure per person: "按在职人员7人计算，人均基本支出20.91万元" states no 基本支出)
        const first = amounts.find((a) => !BUDGETED.test(a.label) && !PER_UNIT.test(a.label) && !otherPeriod(clauseBefore(s.norm, a.at), s.norm, year) && !partOfBudgeted(s.norm, amounts, a));
        // "…占…91.25%。其中：A…万元，B…万元。": a list of the subject of the sentence before
        if (first && /^其中[：:，]?/.test(t) && previous && !isSubjectLabel(first.label, fund)) {
          const items = itemAmounts(s, 0);
          k = continuation(k, items);
          // (after a sentence that named its kinds as an open list, "…，主要用于办公费、…、培训费和公务用车运行维护费等。" then "其中会议费
          // 3.26万元，培训费8.40万元": some of them are given)
          const kindsNamed = k > 0 && KINDS_NAMED.test(ss[k - 1]!.norm.trim());
          if (items.length > 0) previous.breakdowns.push({ dimension: '其中', items, src: sentenceSrc(s), ...(items.length === 1 || kindsNamed ? { partial: true } : {}) });
          continue;
        }
        if (!first) {
          // "基本支出占一般公共预算总支出的84.62%。": shares of a subject stated before
          const shares = sharesIn(s);
          const lead = /^(\d{4}年度?)?(一般公共预算支出中)?(基本支出|项目支出)/.exec(t);
          const target = lead ? nodes.get(`${fund}.${lead[3] === '基本支出' ? 'basic' : 'project'}`) : special ?? current;
          for (const sh of shares) {
            // (only a share its clause names nothing else of: "项目支出中，农业技术推广经费占50.00%" is a share of
            // that item, not of 项目支出)
            if (!ownClause(s.norm, sh.at, lead?.[0])) continue;
            target?.shares.push({ baseName: sh.baseName, baseId: resolveBase(sh.baseName, fund), pct: sh.pct, src: sh.src });
          }
          continue;
        }
        const subject: BudgetNode | undefined = special ?? subjectFor(first, fund, node, sec.no) ?? subjectOfLead(t, first, fund, node, sec.no);
        if (!subject) continue;
        // ("2023年项目支出844.24万元…。其中一般公共预算安排的项目支出570.38万元，政府性基金预算安排的项目支出273.86万元": the
        // subject of the sentence before named again after 其中, by a source of its funds, is a part of it, not it stated again)
        if (subject === previous && subject.amount !== undefined && /^其中/.test(t) && FUNDED_BY.test(first.label)) continue;
        const exec = executionIn(s, amounts, first);
        if (exec && !subject.execution) subject.execution = exec;
        previous = subject;
        if (subject.amount === undefined) {
          subject.amount = amountFact(first);
          const yoy = yoyIn(s, amounts, first);
          if (yoy) subject.yoy = yoy;
        } else if (subject !== special && !COMPARISON.test(t) && subject.amount.src !== first.src) {
          (subject.mentions ??= []).push(amountFact(first));
        }
        // 人员经费/公用经费 are parts of 基本支出: a following 按经济科目分类 still breaks down 基本支出
        if (subject !== special && !/\.(personnel|public)$/.test(subject.id)) current = subject;
        if (subject.id === fund && /均为项目支出/.test(t)) {
          const project = node(`${fund}.project`, '项目支出', sec.no, fund);
          project.amount ??= amountFact(first);
        }
        // further subjects stated side by side ("其中：人员经费…，公用经费…", "基本支出…，项目支出…")
        const side: BudgetNode[] = [subject];
        /** Where each side subject's figure stands in the sentence. */
        const sideAt: number[] = [first.at];
        if (!special) {
          for (const a of amounts.slice(1)) {
            if (COMPARISON.test(a.label) || depthAt(s.norm, a.at) > 0 || partOfBudgeted(s.norm, amounts, a)) continue;
            const other = subjectFor(a, fund, node, sec.no);
            if (other && other !== subject && other.amount === undefined && other.id !== fund) other.amount = amountFact(a);
            if (other && other !== subject && other.id !== fund) {
              side.push(other);
              sideAt.push(a.at);
            }
          }
        }
        // "人员经费、公用经费分别为720.00万元和180.00万元，分别占基本支出的80.00%和20.00%": one share each, in order
        // (of the figures right before the words: "一般公共预算支出1.2亿元，其中基本支出…，项目支出…，分别占20.00%和80.00%"
        // gives them to 基本支出 and 项目支出, not to the fund)
        const spread = respectiveShares(s, side.length);
        const firstOwner = spread ? side.length - spread.length : 0;
        for (const [k, sh] of (spread ?? sharesIn(s).map((x) => [0, x] as const)).entries()) {
          // ("基本支出1359.84万元，其中人员经费1183.46万元，占基本支出的87.03%": a share after a 其中 part is that part's)
          const after = spread ? -1 : partBefore(s.norm, side, sideAt, (sh[1] as { at?: number }).at);
          // ("其中基本支出…，项目支出…，项目支出占一般公共预算支出的53.07%": a share whose clause names one of the subjects is its)
          const named = spread ? undefined : namedOwner(s.norm, [subject, ...side], (sh[1] as { at?: number }).at);
          const owner = spread ? side[firstOwner + k]! : (named ?? (after >= 0 ? side[after]! : subject));
          owner.shares.push({ baseName: sh[1].baseName, baseId: resolveBase(sh[1].baseName, fund), pct: sh[1].pct, src: sh[1].src });
        }
        const qi = s.norm.indexOf('其中', first.end);
        if (qi >= 0 && depthAt(s.norm, qi) === 0) {
          const items = itemAmounts(s, qi);
          k = continuation(k, items);
          // a lone "其中 X" means "of which": X is part of the total, not the whole breakdown
          if (items.length > 0) subject.breakdowns.push({ dimension: '其中', items, src: sentenceSrc(s, qi), ...(items.length === 1 ? { partial: true } : {}) });
        }
      }
    }
  }
  derive(nodes);
  // plain loop: one elements kind, no deopt in a batch (a spread of no nodes is a different kind)
  const list: BudgetNode[] = [];
  for (const n of nodes.values()) list.push(n);
  return list.sort((a, b) => order(a.id) - order(b.id) || compareIds(a.id, b.id));
}

/** 分别占X的p%、q%和r% (or 分别占p%和q%, the base left to the list): shares of several figures, one each, in order. */
const RESPECTIVE_SHARES = /分别占(?:([^，。；%、\d]{1,24}?)的?)?\s?((?:\d+(?:\.\d+)?\s?%\s?(?:(?:、|和|及|与)\s?)?)+)/;

/**
 * The shares a sentence gives its figures one each (分别占基本支出的80.00%和20.00%), when there are at most as
 * many as the subjects it states side by side (the last of them): [index among the shares, share]. undefined: none such.
 */
/**
 * The side subject a share right after a 其中 part belongs to: the last one before the share, when it
 * stands after a 其中 (the sentence's first figure keeps the shares it is stated with), else -1.
 */
function partBefore(norm: string, side: readonly BudgetNode[], sideAt: readonly number[], at: number | undefined): number {
  if (at === undefined) return -1;
  let k = -1;
  for (let i = 1; i < side.length; i++) if (sideAt[i]! < at) k = i;
  if (k < 0) return -1;
  const qi = norm.lastIndexOf('其中', sideAt[k]);
  return qi > sideAt[0]! && !/[；。]/.test(norm.slice(sideAt[k]!, at)) ? k : -1;
}

/** The subject a share's clause names right before its 占 (项目支出占…), among the sentence's subjects; undefined: none. */
function namedOwner(norm: string, subjects: readonly BudgetNode[], at: number | undefined): BudgetNode | undefined {
  if (at === undefined) return undefined;
  const words = norm.slice(runStart(norm, at, CLAUSE_STOPS_ASCII), at).replace(/^(?:其中|而|另)/, '');
  if (words.length < 2) return undefined;
  const hits = subjects.filter((n) => n.name === words);
  return hits.length === 1 ? hits[0] : undefined;
}

function respectiveShares(s: Sentence, subjects: number): (readonly [number, { baseName: string; pct: string; src: AmountFact['src'] }])[] | undefined {
  if (subjects < 2) return undefined;
  const m = RESPECTIVE_SHARES.exec(s.norm);
  if (!m) return undefined;
  const out: (readonly [number, { baseName: string; pct: string; src: AmountFact['src'] }])[] = [];
  const from = m.index + m[0].length - m[2]!.length;
  // (placed as the relation reader places them: the first from its 占, the others at their figures)
  const lead = m.index + 2;
  for (const p of m[2]!.matchAll(/(\d+(?:\.\d+)?)\s?%/g)) {
    const at = out.length === 0 ? lead : from + p.index;
    out.push([out.length, { baseName: m[1] ?? '', pct: p[1]!, src: sentenceSrc(s, at, from + p.index + p[0].length - at) }] as const);
  }
  // (the shares are the last figures' when fewer: the whole the sentence opens with has none)
  return out.length >= 2 && out.length <= subjects ? out : undefined;
}

const CLAUSE_STOPS_ASCII = charClass('，。；：,;:');

/**
 * Whether the share at `at` is one of the sentence's subject: its clause (back to ， 。 ； ：) names nothing
 * before 占 but the subject's own figure (实际支出占…), or names the subject the sentence leads with.
 */
function ownClause(norm: string, at: number, lead: string | undefined): boolean {
  const words = norm.slice(runStart(norm, at, CLAUSE_STOPS_ASCII), at).replace(/^(?:\d{4}年度?|其中|全年|本年度?)+/, '').trim();
  return words === '' || GENERIC_SPENDING.test(words) || (lead !== undefined && lead.endsWith(words));
}

/** Words that name the subject's own figure, not another item: 实际支出, 其支出, 该项目资金, 执行数. */
const GENERIC_SPENDING = /^(?:其|该[^，。；]{0,6}?)?(?:实际|全年|年度|本年)?(?:支出|执行|使用|决算|拨付)?(?:数|额|金额|资金)?$/;

/**
 * A figure listed as a part of a budgeted one: after a 其中 / 包括 whose nearest figure before it is
 * budgeted, or inside the brackets right after a budgeted figure.
 */
function partOfBudgeted(norm: string, amounts: readonly FoundAmount[], a: FoundAmount): boolean {
  const before = norm.slice(0, a.at);
  const open = depthAt(norm, a.at) > 0 ? Math.max(before.lastIndexOf('（'), before.lastIndexOf('(')) : -1;
  const lead = Math.max(before.lastIndexOf('其中'), before.lastIndexOf('包括'), open);
  if (lead < 0) return false;
  let owner: FoundAmount | undefined;
  for (const b of amounts) if (b.end <= lead) owner = b;
  return owner !== undefined && BUDGETED.test(owner.label) && !/[。；]/.test(norm.slice(owner.end, lead));
}

function subjectFor(
  a: FoundAmount,
  fund: string,
  node: (id: string, name: string, section?: string, parent?: string) => BudgetNode,
  section: string,
): BudgetNode | undefined {
  const l = a.label;
  if (THIS_ONE.test(l) || REST_OF.test(l)) return undefined;
  if (/基本支出$/.test(l)) return node(`${fund}.basic`, '基本支出', section, fund);
  if (/项目支出$/.test(l)) return node(`${fund}.project`, '项目支出', section, fund);
  if (/人员经费$/.test(l)) return node(`${fund}.basic.personnel`, '人员经费', section, `${fund}.basic`);
  if (/公用经费$/.test(l)) return node(`${fund}.basic.public`, '公用经费', section, `${fund}.basic`);
  if (FUND_LABEL[fund]!.test(l)) return node(fund, FUND_NAMES[fund]!, section, 'total');
  return undefined;
}

const NOT_ITEM = /增|减|上年|同比|下降|较|去年/;

/** The amounts of a breakdown list from `from` on: top level only, no year-on-year changes. */
function itemAmounts(s: Sentence, from: number): AmountFact[] {
  // plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const out: AmountFact[] = [];
  for (const a of amountsIn(s)) {
    if (a.at > from && depthAt(s.norm, a.at) === 0 && !NOT_ITEM.test(a.label) && !NOT_ITEM.test(s.norm.slice(Math.max(from, a.at - a.label.length - 4), a.at - a.label.length))) {
      out.push(amountFact(a));
    }
  }
  return out;
}

/**
 * "2024年一般公共预算支出年初预算数为6800.00万元，…，决算数为6671.32万元": the figure spent is labelled
 * 决算数/实际支出, the subject is named at the start of the sentence.
 */
function subjectOfLead(
  t: string,
  first: FoundAmount,
  fund: string,
  node: (id: string, name: string, section?: string, parent?: string) => BudgetNode,
  section: string,
): BudgetNode | undefined {
  if (!/^(决算数|实际支出|实际支出数|支出决算数)$/.test(first.label)) return undefined;
  const lead = /^(\d{4}年度?)?(一般公共预算支出|政府性基金预算支出|国有资本经营预算支出|社会保险基金预算支出|基本支出|项目支出)/.exec(t);
  if (!lead) return undefined;
  const name = lead[2]!;
  if (name === '基本支出') return node(`${fund}.basic`, '基本支出', section, fund);
  if (name === '项目支出') return node(`${fund}.project`, '项目支出', section, fund);
  return FUND_LABEL[fund]!.test(name) ? node(fund, FUND_NAMES[fund]!, section, 'total') : undefined;
}

const EXECUTION = /执行率(?:为|达到?|是)?(\d+(?:\.\d+)?)%/;

/** "调整后预算数6900.00万元，决算数为6671.32万元，预算执行率96.69%": spent ÷ budget. */
function executionIn(s: Sentence, amounts: readonly FoundAmount[], spent: FoundAmount): ExecutionFact | undefined {
  const m = EXECUTION.exec(s.norm);
  if (!m) return undefined;
  const budgets = amounts.filter((a) => BUDGETED.test(a.label) && a.at < m.index);
  const budget = budgets.find((a) => /调整后/.test(a.label)) ?? budgets[budgets.length - 1];
  if (!budget) return undefined;
  return { budget: amountFact(budget), spent: amountFact(spent), rate: m[1]!, src: sentenceSrc(s, m.index) };
}

/** The rest of a class, not the class: "6.其他项目支出174.99万元" is one item of 项目支出's list. */
const REST_OF = /(?:其他|其它|其余|剩余)(?:基本支出|项目支出|人员经费|公用经费)$/;

function isSubjectLabel(label: string, fund: string): boolean {
  if (REST_OF.test(label)) return false;
  return /基本支出$|项目支出$|人员经费$|公用经费$/.test(label) || FUND_LABEL[fund]!.test(label);
}

function isContinuation(s: Sentence, fund: string): boolean {
  const t = s.norm.trim();
  if (DIMENSION.test(t) || SPECIAL.test(t) || /占/.test(t)) return false;
  const first = amountsIn(s)[0];
  return first !== undefined && !isSubjectLabel(first.label, fund);
}

const ORDER = ['total', 'gpb', 'gov', 'soe', 'ssf'];
function order(id: string): number {
  const dot = id.indexOf('.');
  const i = ORDER.indexOf(dot < 0 ? id : id.slice(0, dot));
  return i < 0 ? 99 : i;
}

/** Value of a node as an interval: stated, else derived, else 0 when nil; undefined when unknown. */
export function nodeMoney(n: BudgetNode | undefined, all: ReadonlyMap<string, BudgetNode>, money: (a: AmountFact) => Money = moneyOf): Money | undefined {
  if (!n) return undefined;
  if (n.amount) return money(n.amount);
  if (n.nil) return { v: 0n, h: 0n };
  if (n.derived) {
    // plain loop: one elements kind, no deopt in a batch
    const parts: Money[] = [];
    for (const id of n.derived.from) {
      const m = nodeMoney(all.get(id), all, money);
      if (m !== undefined) parts.push(m);
    }
    return addAll(parts);
  }
  return undefined;
}

/** The values of the nodes `ids`, or undefined when any of them is unknown. */
function allMoney(nodes: ReadonlyMap<string, BudgetNode>, ids: readonly string[]): Money[] | undefined {
  // plain loop: one elements kind, no deopt in a batch
  const ms: Money[] = [];
  for (const id of ids) {
    const m = nodeMoney(nodes.get(id), nodes);
    if (m === undefined) return undefined;
    ms.push(m);
  }
  return ms;
}

/**
 * Derive unstated totals: a fund = 基本支出 + 项目支出 (both known); the grand total = Σ of the
 * four funds when each is stated, derived or explicitly nil. Existing `derived` marks are redone.
 */
export function derive(nodes: Map<string, BudgetNode>): void {
  for (const n of nodes.values()) if (n.derived !== undefined) delete n.derived;
  for (const fund of ['gpb', 'gov', 'soe', 'ssf']) {
    const f = nodes.get(fund);
    if (!f || f.amount || f.nil) continue;
    const parts = [`${fund}.basic`, `${fund}.project`];
    const ms = allMoney(nodes, parts);
    if (ms) f.derived = { value: fmt(addAll(ms).v, 2), from: parts };
  }
  const funds = ['gpb', 'gov', 'soe', 'ssf'];
  const fundMoney = allMoney(nodes, funds);
  const total = nodes.get('total');
  if (total?.amount) return;
  if (fundMoney) {
    const t = total ?? { id: 'total', name: '年度整体总支出', shares: [], breakdowns: [] };
    t.derived = { value: fmt(addAll(fundMoney).v, 2), from: funds };
    nodes.set('total', t);
  }
}
