/**
 * The relation reader (issue 8): every stated relation between figures, in any part of the
 * document, for sentences and table rows alike — a total and its parts (其中 / 包括 / 分别为 / 按…
 * 分类 / a colon, nested 其中 in brackets or up to the next ；, a 其中 sentence after its total,
 * numbered lines after "…如下："), a change and its rate (比上年增加 X，增长 p%), a percentage and
 * its base (the enclosing total, or a figure the base names), a rate (执行率 = 执行数 ÷ 预算数), and
 * a table's 合计 row against its rows and its rate column against its budget and spent columns.
 * One grammar over the words of lexicon.ts; the figures come from quantities.ts.
 */
import type { Block } from '../read/types.js';
import type { FigureFact, RelationFact, Src } from './model.js';
import {
  ATTRIBUTE_LABEL, BUDGET_HEAD, BUDGET_LABEL, canonicalLabel, CHANGE_VERB, COMPARISON, DOWN, partIntroducer, PRIOR_LABEL,
  RATE_HEAD, RATE_WORD, SCORE_HEAD, SHARE, SPENT_HEAD, SPENT_LABEL, TOTAL_ROW, TOTAL_WORD,
} from './lexicon.js';
import { compact, depthAt, type Quantity } from './quantities.js';
import { figure, stretches, stretchSrc, type Stretch } from './stretches.js';
import { balanceRelations, rateRelations } from './rates.js';
import { headingNumber } from './text.js';

const isAttribute = (q: Quantity): boolean => ATTRIBUTE_LABEL.test(q.label);

export function extractRelations(blocks: readonly Block[]): RelationFact[] {
  const out: RelationFact[] = [];
  const all: Located[] = [];
  let previous: Stretch | undefined;
  /** Sentences of the paragraphs read so far, for figures a later sentence refers to. */
  const history: Stretch[] = [];
  let pendingList: { s: Stretch; total: Quantity; parts: Quantity[]; stretches: Stretch[] } | undefined;
  const flushList = (): void => {
    if (pendingList && pendingList.parts.length >= 2) {
      const { s, total } = pendingList;
      out.push({ relation: 'sum', subject: total.label, total: figure(s, total), parts: pendingList.parts.map((p, i) => figure(pendingList!.stretches[i]!, p)), complete: true, shape: '分行列举', src: figure(s, total).src });
    }
    pendingList = undefined;
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (block.kind === 'row') {
      flushList();
      if (block.row === 0) out.push(...tableRelations(blocks, bi));
      previous = undefined;
      continue;
    }
    const ss = stretches(block);
    if (ss.length === 0) {
      // a paragraph without figures ends a numbered list and is the "sentence before" of nothing
      if (block.norm.trim() !== '') {
        flushList();
        previous = undefined;
      }
      continue;
    }
    // numbered lines after "…如下：": each line's first figure of the total's family is a part
    if (pendingList) {
      const first = ss[0]!;
      const numbered = headingNumber(first.c.text).style !== 'none';
      const q = first.qs.find((x) => x.family === pendingList!.total.family && !isAttribute(x));
      if (numbered && q) {
        pendingList.parts.push(q);
        pendingList.stretches.push(first);
      } else flushList();
    }
    for (let si = 0; si < ss.length; si++) {
      const s = ss[si]!;
      for (const q of s.qs) all.push({ q, s });
      sentenceRelations(s, previous, out, ss, si, history);
      const last = s.qs[s.qs.length - 1];
      const tail = s.c.text.slice(last ? last.end : s.from, s.to);
      if (last && last.family !== 'pct' && /^(?:，)?(?:具体|明细|构成|情况)?(?:如下)?：$/.test(tail) && !pendingList) {
        pendingList = { s, total: last, parts: [], stretches: [] };
      }
      previous = s;
    }
    history.push(...ss);
    if (history.length > HISTORY) history.splice(0, history.length - HISTORY);
  }
  flushList();
  resolveNamedBases(out, all);
  balanceRelations(out, all);
  return out;
}

/** How many sentences back a restated subject or a planned figure is looked for. */
const EARLIER = 6;
/** How many sentences of earlier paragraphs a rate looks back for its planned figure. */
const HISTORY = 40;

/** The relations one sentence states. `previous` is the sentence before, for a 其中 sentence. */
function sentenceRelations(s: Stretch, previous: Stretch | undefined, out: RelationFact[], paragraph: readonly Stretch[], index: number, history: readonly Stretch[]): void {
  const earlier = paragraph.slice(Math.max(0, index - EARLIER), index);
  const { qs } = s;
  const text = s.c.text;
  const used = new Set<Quantity>();
  // a sentence that opens with 其中 lists the parts of the previous sentence's subject
  const lead = partIntroducer(text.slice(s.from));
  if (lead && previous && lead.length >= 2) {
    const total = previous.qs.find((q) => q.depth === 0 && q.family !== 'pct' && !isAttribute(q));
    if (total) {
      const parts = collectParts(s, s.from + lead.length, total.family, 0, used, out, total);
      if (parts.length > 0) out.push(sumRelation(previous, total, s, parts, lead.complete, '其中（另句）'));
    }
  }
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (q.family === 'pct' || used.has(q)) continue;
    const after = text.slice(q.end, s.to);
    const intro = partIntroducer(after.replace(/^（/, ''));
    if (intro && !isAttribute(q)) {
      const open = after.startsWith('（') ? 1 : 0;
      const parts = collectParts(s, q.end + open + intro.length, q.family, q.depth + open, used, out, q);
      if (parts.length > 0) out.push(sumRelation(s, q, s, parts, intro.complete, open ? '括号内其中' : '其中'));
    }
    changeRelation(s, q, i, out);
  }
  restatedChange(s, earlier, out);
  shareRelations(s, out);
  rateRelations(s, out, paragraph.slice(0, index), history);
}

function sumRelation(ts: Stretch, total: Quantity, ps: Stretch, parts: Quantity[], complete: boolean, shape: string): RelationFact {
  const tf = figure(ts, total);
  return { relation: 'sum', subject: total.label, total: tf, parts: parts.map((p) => figure(ps, p)), complete: complete && parts.length > 1, shape, src: tf.src };
}

/**
 * The parts of a list from `from`: figures of the family at the list's depth, until the sentence
 * or the bracket that holds the list ends. A part followed by its own introducer has a nested list
 * (to the next ； or its closing bracket), read as its own relation. A figure naming a change or a
 * share belongs to the part before it.
 */
function collectParts(s: Stretch, from: number, family: string, depth: number, used: Set<Quantity>, out: RelationFact[], total?: Quantity): Quantity[] {
  const text = s.c.text;
  let end = s.to;
  if (depth > 0) {
    // the list ends at the bracket that closes it
    let d = depth;
    for (let i = from; i < s.to; i++) {
      if (text[i] === '（') d++;
      else if (text[i] === '）' && --d < depth) {
        end = i;
        break;
      }
    }
  }
  // a list ends at a ； that closes no part of it ("分别为：A、B、C；另下设…"), and, when its
  // introducer had no colon ("…，其中A、B；项目支出…"), at the first ；
  // A ； after which the parts already add up to the total ends the list too: what follows is
  // another statement ("其中：货物21.50万元，服务64.80万元；授予中小企业合同金额86.30万元…")
  const colon = text[from - 1] === '：';
  for (let i = from; i < end; i++) {
    if (text[i] !== '；') continue;
    const before = s.qs.filter((q) => q.at >= from && q.at < i && q.family === family && q.depth === depth && !isAttribute(q));
    if (!colon || before.length === 0 || (total !== undefined && before.length >= 2 && addsUp(before, total))) {
      end = i;
      break;
    }
  }
  const parts: Quantity[] = [];
  let skipUntil = -1;
  for (const q of s.qs) {
    if (q.at < from || q.at >= end || used.has(q)) continue;
    if (q.at < skipUntil) continue;
    // "另下设13个分局", "此外…": a figure beside the list, not in it
    if (/^(?:另|此外|另外|同时|以及)/.test(clauseBefore(text, q.at))) break;
    if (q.depth !== depth || q.family !== family) continue;
    if (isAttribute(q) || TOTAL_WORD.test(q.label)) {
      if (TOTAL_WORD.test(q.label) && parts.length > 0) break;
      continue;
    }
    parts.push(q);
    used.add(q);
    // a nested list of this part: "基本支出60万元，其中人员经费50万元、公用经费10万元；项目支出…"
    const after = text.slice(q.end, end);
    const bracket = after.startsWith('（');
    const intro = partIntroducer(bracket ? after.slice(1) : after);
    if (intro && (bracket || intro.length >= 2)) {
      const subFrom = q.end + (bracket ? 1 : 0) + intro.length;
      const semi = text.indexOf('；', subFrom);
      const subEnd = bracket ? end : semi >= 0 && semi < end ? semi : end;
      const sub = collectParts({ ...s, to: subEnd }, subFrom, family, depth + (bracket ? 1 : 0), used, out, q);
      if (sub.length > 0) out.push(sumRelation(s, q, s, sub, intro.complete, bracket ? '括号内其中' : '其中内其中'));
      skipUntil = bracket ? closingBracket(text, q.end) : subEnd;
    }
  }
  const tail = text.slice(parts.length > 0 ? parts[parts.length - 1]!.end : from, Math.min(end, (parts[parts.length - 1]?.end ?? from) + 4));
  if (/^(?:）)?等/.test(tail)) return parts.length > 1 ? parts.slice(0, 1) : parts; // an open list is only a partial one
  return parts;
}

/** Whether figures in one unit add up to a total within the rounding of what is printed. */
function addsUp(parts: readonly Quantity[], total: Quantity): boolean {
  if (parts.some((p) => p.unit !== total.unit)) return false;
  const sum = parts.reduce((a, p) => a + Number(p.number), 0);
  const half = (q: Quantity) => 0.5 * 10 ** -q.decimals;
  const tol = parts.reduce((a, p) => a + half(p), half(total)) + 1e-9;
  return Math.abs(sum - Number(total.number)) <= tol;
}

/** The words of the clause before a position, back to the previous clause mark. */
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !'，。；：、（）'.includes(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function closingBracket(text: string, at: number): number {
  let d = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '（') d++;
    else if (text[i] === '）' && --d <= 0) return i + 1;
  }
  return text.length;
}

/** 比上年增加 X，增长 p%; 上年为 P: the change of figure q, when the words follow it directly. */
function changeRelation(s: Stretch, q: Quantity, i: number, out: RelationFact[]): void {
  if (isAttribute(q) || q.family === 'pct') return;
  const text = s.c.text;
  const next = s.qs[i + 1];
  const between = text.slice(q.end, next ? next.at : s.to);
  const cmp = COMPARISON.exec(between);
  let prior: Quantity | undefined;
  let k = i + 1;
  // "本年 C，上年 P，增长 p%": the prior figure stated beside the current one
  if (next && next.family === q.family && PRIOR_LABEL.test(next.label)) {
    prior = next;
    k = i + 2;
  } else if (!cmp || cmp.index > 12) return;
  const rest = text.slice(prior ? prior.end : q.end, s.to);
  const verb = CHANGE_VERB.exec(rest);
  if (!verb || verb.index > (prior ? 12 : 24)) {
    if (!prior) return;
  }
  let change: Quantity | undefined;
  let rate: Quantity | undefined;
  for (let j = k; j < s.qs.length && j < k + 3; j++) {
    const x = s.qs[j]!;
    if (x.family === q.family && !change && /(?:增加|增长|减少|下降|降低|上升|增|减|提高)(?:了)?$/.test(x.label)) change = x;
    else if (x.family === q.family && !prior && PRIOR_LABEL.test(x.label)) prior = x;
    else if (x.family === 'pct' && !rate && /(?:增加|增长|减少|下降|降低|上升|增|减|提高|幅度)(?:了|为)?$/.test(x.label)) rate = x;
    else break;
  }
  if (!change && !rate) return;
  if (!prior && (!change || !rate)) return;
  const direction = verb ? (verb[1] === '持平' ? 'flat' : DOWN.test(verb[1]!) ? 'down' : 'up') : 'up';
  const cf = figure(s, q);
  out.push({
    relation: 'change', subject: q.label, current: cf,
    ...(prior ? { prior: figure(s, prior) } : {}),
    ...(change ? { change: figure(s, change) } : {}),
    ...(rate ? { rate: figure(s, rate) } : {}),
    direction,
    src: cf.src,
  });
}

/**
 * "项目资金较上年增加450万元，增长14.06%": a change whose subject is named again without its figure;
 * the current figure is the latest one of the paragraph under that name.
 */
function restatedChange(s: Stretch, earlier: readonly Stretch[], out: RelationFact[]): void {
  // clause by clause: "与上年相比，本年收入增加…，增长…%；本年支出增加…，增长…%"
  let from = s.from;
  for (let i = s.from; i <= s.to; i++) {
    if (i < s.to && s.c.text[i] !== '；') continue;
    restatedChangeIn(s, from, i, earlier, out);
    from = i + 1;
  }
}

/** The subject before the comparison (项目资金较上年增加…) or after it (与上年相比，本年收入增加…). */
const SUBJECT_THEN_COMPARISON = /^(?:[^，。；：]*?，)?([^，。；：\d]{2,16}?)(?:较|比|与)(?:上年|上年度|去年|上一年度?)/;
const COMPARISON_THEN_SUBJECT = /(?:与上年相比|与上年度相比|比上年|较上年|同比)(?:，)?([^，。；：\d]{2,12}?)(?:增加|减少|增长|下降|上升|降低)/;

function restatedChangeIn(s: Stretch, from: number, to: number, earlier: readonly Stretch[], out: RelationFact[]): void {
  const text = s.c.text.slice(from, to);
  const m = SUBJECT_THEN_COMPARISON.exec(text) ?? COMPARISON_THEN_SUBJECT.exec(text);
  if (!m) return;
  const subjectAt = from + m.index + m[0].indexOf(m[1]!);
  const qs = s.qs.filter((q) => q.at >= from && q.at < to);
  // the subject carries no figure of its own (else changeRelation reads it)
  if (qs.some((q) => q.at < subjectAt + m[1]!.length + 2 && q.at >= subjectAt && q.family !== 'pct' && !isAttribute(q))) return;
  const name = canonicalLabel(m[1]!);
  if (name.length < 2) return;
  let current: { st: Stretch; q: Quantity } | undefined;
  for (const e of [...earlier, s]) for (const q of e.qs) if ((e !== s || q.at < from) && q.family !== 'pct' && !isAttribute(q) && canonicalLabel(q.label) === name) current = { st: e, q };
  if (!current) return;
  const change = qs.find((q) => q.family === current!.q.family && /(?:增加|增长|减少|下降|降低|上升|增|减|提高)(?:了)?$/.test(q.label));
  const rate = qs.find((q) => q.family === 'pct' && /(?:增加|增长|减少|下降|降低|上升|增|减|提高|幅度)(?:了|为)?$/.test(q.label));
  if (!change || !rate) return;
  const verb = CHANGE_VERB.exec(text);
  const cf = figure(current.st, current.q);
  out.push({ relation: 'change', subject: m[1]!, current: cf, change: figure(s, change), rate: figure(s, rate), direction: verb && DOWN.test(verb[1]!) ? 'down' : 'up', src: figure(s, change).src });
}


/** 占…的 p%: its part is the figure before it; its base is named, or the total of the list it stands in. */
function shareRelations(s: Stretch, out: RelationFact[]): void {
  const text = s.c.text.slice(0, s.to);
  SHARE.lastIndex = s.from;
  for (let m = SHARE.exec(text); m !== null; m = SHARE.exec(text)) {
    const at = m.index;
    const pct = s.qs.find((q) => q.family === 'pct' && q.at >= at && q.at < at + m![0].length);
    if (!pct) continue;
    // the part is the figure the share follows at its own depth: "A（其中：B，C），占…" is A's share
    const depth = depthAt(s.c.text, at);
    let part: Quantity | undefined;
    for (const q of s.qs) if (q.at < at && q.family !== 'pct' && q.depth === depth && !isAttribute(q)) part = q;
    if (!part) continue;
    const baseName = m[1]!.replace(/(?:的)?(?:比例|比重|份额)?(?:为|是|达)?$/, '').replace(/的$/, '');
    const pf = figure(s, pct);
    const rel: RelationFact = { relation: 'share', subject: part.label, part: figure(s, part), pct: pf, baseName, src: { ...stretchSrc(s, at), length: m[0].length } };
    if (!baseName) {
      // implied base: the total of the list the part stands in
      const column = figure(s, part).src.column;
      for (let k = out.length - 1; k >= 0 && out[k]!.src.line >= s.line - 1; k--) {
        const r = out[k]!;
        if (r.relation === 'sum' && r.total && r.parts?.some((p) => p.src.line === s.line && p.src.column === column)) {
          rel.base = r.total;
          break;
        }
      }
    }
    out.push(rel);
  }
}

/** Named bases (占部门支出总额的 p%): the nearest figure before the share whose label is that name. */
/** A figure with its sentence: made a FigureFact only when a relation takes it. */
interface Located {
  q: Quantity;
  s: Stretch;
}

function resolveNamedBases(out: RelationFact[], all: readonly Located[]): void {
  // figures by name, once: each share looks up its base's name
  let byName: Map<string, Located[]> | undefined;
  for (const r of out) {
    if (r.relation !== 'share' || r.base || !r.baseName) continue;
    const want = canonicalLabel(r.baseName);
    if (want.length < 2) continue;
    if (!byName) {
      byName = new Map();
      for (const x of all) {
        if (isAttribute(x.q)) continue;
        const key = `${canonicalLabel(x.q.label)}|${x.q.family}`;
        const list = byName.get(key);
        if (list) list.push(x);
        else byName.set(key, [x]);
      }
    }
    let best: Located | undefined;
    for (const x of byName.get(`${want}|${r.part!.family}`) ?? []) {
      const line = x.s.line;
      const column = x.s.c.map[x.q.at]! + 1; // as figure() computes it for a paragraph
      const before = line < r.src.line || (line === r.src.line && column < r.src.column);
      if (before || !best) best = x;
    }
    if (best) r.base = figure(best.s, best.q);
  }
}

/**
 * A table's relations: a 合计 / 小计 row against the rows it sums (a column at a time), its 其中 rows
 * against the row above them, and a rate column against the budget and spent columns of its row.
 * Score tables (分值 / 得分) are read by indicators.ts.
 */
function tableRelations(blocks: readonly Block[], start: number): RelationFact[] {
  const rows: Block[] = [];
  const table = blocks[start]!.table;
  for (let i = start; i < blocks.length && blocks[i]!.kind === 'row' && blocks[i]!.table === table; i++) rows.push(blocks[i]!);
  const cellsOf = (b: Block): string[] => (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
  // a table may hold several parts, each under its own heading row (a row with no figure after its
  // first cell): a 自评表's funds part, its targets, its indicators
  const out: RelationFact[] = [];
  let head: string[] | undefined;
  let body: Block[] = [];
  const context = blocks[start - 1]?.norm ?? '';
  for (const r of rows) {
    const cells = cellsOf(r);
    if (cells.slice(1).every((c) => !/\d/.test(c)) && cells.some((c) => c.length > 0)) {
      if (head) out.push(...segmentRelations(head, body, context));
      head = cells;
      body = [];
    } else if (head) body.push(r);
  }
  if (head) out.push(...segmentRelations(head, body, context));
  return out;
}

/** A table row that opens a breakdown by a dimension: 按支出性质分：…, 按经济分类： … */
const DIMENSION_ROW = /^按[^：:|]{1,10}(?:分|分类)[：:]/;

function segmentRelations(head: string[], body: readonly Block[], context: string): RelationFact[] {
  const cellsOf = (b: Block): string[] => (b.normCells ?? []).map((c) => c.replace(/\s+/g, ''));
  // an indicator table (年度指标值 | 实际完成值 | 分值 | 得分) is read by indicators.ts
  if (head.some((h) => /指标/.test(h)) || body.length === 0) return [];
  // a 三公 table is read and checked by the 三公 extractor (sangong.ts), with its own rule
  if (body.some((b) => /三公|因公出国|公务用车|公务接待/.test(cellsOf(b)[0] ?? ''))) return [];
  const unit = /万元/.test(head.join('') + context) ? '万元' : /千元/.test(head.join('')) ? '千元' : /元/.test(head.join('') + context) ? '元' : '';
  const out: RelationFact[] = [];
  const numberAt = (b: Block, col: number): FigureFact | undefined => {
    const raw = (b.normCells ?? [])[col];
    if (raw === undefined) return undefined;
    const c = compact(raw);
    const m = /^(-?\d{1,3}(?:,\d{3})+|-?\d+)(?:\.(\d+))?(%|万元|元)?$/.exec(c.text);
    if (!m) return undefined;
    const offset = cellOffset(b, col);
    const label = `${cellsOf(b)[0] ?? ''}·${head[col] ?? ''}`;
    const isPct = m[3] === '%' || RATE_HEAD.test(head[col] ?? '');
    return {
      label, number: m[1]!.replace(/,/g, '') + (m[2] !== undefined ? '.' + m[2] : ''), unit: isPct ? '%' : m[3] ?? unit, family: isPct ? 'pct' : 'money', decimals: m[2]?.length ?? 0,
      src: { line: b.line, column: offset + (c.map[0] ?? 0) + 1, length: raw.trim().length, excerpt: (b.cells ?? []).join(' | ') },
    };
  };
  const cols = head.map((h, i) => i).filter((i) => i > 0 && !RATE_HEAD.test(head[i]!) && !SCORE_HEAD.test(head[i]!) && body.some((b) => numberAt(b, i)?.family === 'money'));
  const first = (b: Block): string => cellsOf(b)[0] ?? '';
  // 合计 rows: at the top, over the rows below that are not 其中 rows; at the bottom, over the rows above
  for (let t = 0; t < body.length; t++) {
    if (!TOTAL_ROW.test(first(body[t]!))) continue;
    const below = t === 0;
    const members: Block[] = [];
    if (below) {
      for (let i = t + 1; i < body.length && !TOTAL_ROW.test(first(body[i]!)); i++) members.push(body[i]!);
    } else {
      for (let i = t - 1; i >= 0 && !TOTAL_ROW.test(first(body[i]!)); i--) members.unshift(body[i]!);
    }
    // a row that names a dimension (按支出性质分：基本支出 …) starts another breakdown of the same total:
    // the total by source, then by nature, are two sums, not one
    const groups: Block[][] = [[]];
    for (const b of members) {
      if (DIMENSION_ROW.test(first(b)) && groups[groups.length - 1]!.length > 0) groups.push([]);
      groups[groups.length - 1]!.push(b);
    }
    for (const group of groups) {
      // rows that only detail the row above them (其中 rows after a part) are not parts themselves
      const parts = group.filter((b, i) => i === 0 || !/^其中/.test(first(b)) || /^其中/.test(first(group[0]!)));
      if (parts.length < 1) continue;
      for (const col of cols) {
        const total = numberAt(body[t]!, col);
        const ps = parts.map((b) => numberAt(b, col));
        if (!total || ps.some((p) => p === undefined)) continue;
        out.push({ relation: 'sum', subject: `${first(body[t]!)}·${head[col]}`, total, parts: ps as FigureFact[], complete: parts.length > 1, shape: '表格合计行', src: total.src });
      }
    }
  }
  // rate columns: rate = spent ÷ budget on every row
  const rateCol = head.findIndex((h) => RATE_HEAD.test(h));
  const spentCol = head.findIndex((h, i) => i > 0 && SPENT_HEAD.test(h) && !RATE_HEAD.test(h));
  let budgetCol = -1;
  head.forEach((h, i) => {
    if (i > 0 && BUDGET_HEAD.test(h) && !SPENT_HEAD.test(h) && !RATE_HEAD.test(h) && (budgetCol < 0 || /全年|调整/.test(h))) budgetCol = i;
  });
  if (rateCol > 0 && spentCol > 0 && budgetCol > 0) {
    for (const b of body) {
      const rate = numberAt(b, rateCol);
      const spent = numberAt(b, spentCol);
      const budget = numberAt(b, budgetCol);
      if (!rate || !spent || !budget) continue;
      out.push({ relation: 'rate', subject: `${first(b)}·${head[rateCol]}`, rate: { ...rate, unit: '%', family: 'pct' }, numerator: spent, denominator: budget, src: rate.src });
    }
  }
  return out;
}

/** Offset of cell `i` in its row's text (cells are written in order, separated by | or a tab). */
function cellOffset(b: Block, i: number): number {
  const cells = b.cells ?? [];
  let at = 0;
  for (let k = 0; k <= i && k < cells.length; k++) {
    const found = b.text.indexOf(cells[k]!, at);
    if (found < 0) return at;
    if (k === i) return found;
    at = found + cells[k]!.length;
  }
  return at;
}
