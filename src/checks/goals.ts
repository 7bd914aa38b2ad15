/**
 * Goal check facts: each quantified target with its paired result (or none), whether the result
 * falls short, whether a cause is given, and how far a result overshoots.
 */
import { sameName, unitOf, unitScale } from '../extract/goals.js';
import type { GoalFact, GoalPair, ReportModel } from '../extract/model.js';
import { mapList } from './list.js';
import { exactQuantity } from './quantity.js';
import type { CheckItem, SkippedCheck } from './types.js';

const COUNT_UNITS = new Set(['家', '个', '项', '件', '次', '期', '人', '户', '名', '所', '条', '场']);

/** Exact decimal compare of two printed numbers. */
function cmp(a: string, b: string): number {
  const scale = (x: string) => {
    const [i = '0', f = ''] = x.split('.');
    return BigInt(i + f.padEnd(6, '0').slice(0, 6));
  };
  const d = scale(a) - scale(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** A printed number times an integer, as a printed number (exact). */
function times(x: string, k: number): string {
  const [i = '0', f = ''] = x.split('.');
  const v = BigInt(i + f) * BigInt(k);
  const s = v.toString().padStart(f.length + 1, '0');
  return f.length ? `${s.slice(0, -f.length)}.${s.slice(-f.length)}` : s;
}

/** A count followed in its clause by 全覆盖: the places a coverage reaches (6个乡镇集中供水全覆盖). */
const COVERAGE_SCOPE = /\d[^，。；\d]{0,16}全覆盖/;

function label(g: GoalFact): string {
  const prefix = { growth: '增长', decline: '下降', max: '不超过', min: '' }[g.comparator];
  return `${prefix}${g.value}${g.unit}`;
}

/** Two pairs of one indicator: the same target figure answered by the same result, or by one figure of a result of the same name. */
function sameIndicator(t1: GoalFact, r1: GoalFact, i1: number, t2: GoalFact, r2: GoalFact, i2: number): boolean {
  if (Number(t1.value) !== Number(t2.value) || t1.unit !== t2.unit || t1.comparator !== t2.comparator) return false;
  // (or, in a count or a measure, both figures the same, target and result, however each is named: "惠及居民11,860户" /
  // "全年实际受益居民11,236户" and the table's "受益居民户数 | 11,860户 | 11,236户"; not a rate, 100% and 100% of many)
  const distinct = t1.unit !== '%' && !Number.isInteger(Number(t1.value)) ? true : t1.unit !== '%' && Number(t1.value) >= 10 && Number(r1.value) !== Number(t1.value);
  return i1 === i2 || (Number(r1.value) === Number(r2.value) && r1.unit === r2.unit && (sameName(r1.subject, r2.subject) || distinct));
}

export function goalItems(m: ReportModel, skipped: SkippedCheck[]): CheckItem[] {
  const { targets, results } = m.goals;
  let pairs = m.goals.pairs;
  if (m.goals.resultsPart === false) {
    // no part reports results: a target without one is not a finding, only a check not made
    for (const p of pairs) if (p.result === null) skipped.push({ check: 'goal-pairing', why: 'no-results-part', fields: { target: targets[p.target]!.text }, src: targets[p.target]!.src });
    pairs = pairs.filter((p) => p.result !== null);
  }
  // one target stated twice (in the text and again in a results table's row) and answered by the same
  // result, or by the same figure of the same indicator (the text's result and the row's), is one
  // indicator: one check, not two findings for one shortfall; a cause given for either is its cause
  const kept: GoalPair[] = [];
  for (const p of pairs) {
    const twin = p.result === null ? undefined : kept.find((k) => k.result !== null && sameIndicator(targets[k.target]!, results[k.result]!, k.result, targets[p.target]!, results[p.result!]!, p.result!));
    if (!twin) kept.push({ ...p });
    else if (!twin.cause && p.cause) twin.cause = p.cause;
  }
  pairs = kept;
  // a target named only by the words after its count (完成12处村级供水子工程建设) whose result is put in other
  // words (12处子工程中按期完工11处, 两处…均已完工) pairs with nothing: that is no sign the result is missing
  for (const p of pairs) if (p.result === null && targets[p.target]!.namedAfter) skipped.push({ check: 'goal-pairing', why: 'named-after-count', fields: { target: targets[p.target]!.text }, src: targets[p.target]!.src });
  // a target answered in words only, with no figure to compare: not checked, and not missing
  for (const p of pairs) if (p.result === null && !targets[p.target]!.namedAfter && !targets[p.target]!.partOf && !COVERAGE_SCOPE.test(targets[p.target]!.text) && p.inWords) skipped.push({ check: 'goal-pairing', why: 'answered-in-words', fields: { target: targets[p.target]!.text, result: p.inWords.excerpt ?? '' }, src: targets[p.target]!.src });
  for (const p of pairs) if (p.result === null && targets[p.target]!.partOf && !targets[p.target]!.namedAfter) skipped.push({ check: 'goal-pairing', why: 'part-of-target', fields: { target: targets[p.target]!.text }, src: targets[p.target]!.src });
  // a count that is the scope of a coverage (实现项目区6个乡镇集中供水全覆盖) is no count to reach: answered by a result that counts
  // the same places, or left unchecked
  for (const p of pairs) if (p.result === null && !targets[p.target]!.namedAfter && !targets[p.target]!.partOf && COVERAGE_SCOPE.test(targets[p.target]!.text)) skipped.push({ check: 'goal-pairing', why: 'coverage-scope', fields: { target: targets[p.target]!.text }, src: targets[p.target]!.src });
  pairs = pairs.filter((p) => p.result !== null || (!targets[p.target]!.namedAfter && !targets[p.target]!.partOf && !COVERAGE_SCOPE.test(targets[p.target]!.text) && !p.inWords));
  const items = mapList(pairs, (p) => {
    const t = targets[p.target]!;
    const r = p.result === null ? undefined : results[p.result];
    let shortfall = false;
    let ratio = '';
    let overachieved = false;
    // (a target in 万户 against a result in 户, or in 亿元 against 万元: both counted in 户, in 元)
    const apart = r !== undefined && t.unit !== r.unit && unitOf(t.unit) === unitOf(r.unit);
    const scaled = (g: GoalFact): string => (apart ? times(g.value, unitScale(g.unit)[1]) : g.value);
    const tv = scaled(t);
    const rv = r ? scaled(r) : '';
    const unit = apart ? unitOf(t.unit) : t.unit;
    if (r) {
      const c = cmp(rv, tv);
      if (r.approximate && c <= 0) skipped.push({ check: 'goal-shortfall', why: 'approximate', fields: { result: r.text, target: t.text }, src: r.src });
      else shortfall = t.comparator === 'max' ? c > 0 : c < 0;
      if (Number(tv) > 0) {
        ratio = ((Number(rv) / Number(tv)) * 100).toFixed(0);
        // far above: ≥120% of the target (compared exactly: 1196 of 1000 is not), and for small counts
        // more than a unit or two
        const atLeast120 = cmp(times(rv, 100), times(tv, 120)) >= 0;
        // a rate of growth or decline reached at 122% is 1.1 points, not "far above": only levels and counts
        overachieved = t.comparator === 'min' && atLeast120 && !r.cumulative && !(COUNT_UNITS.has(t.unit) && Number(tv) < 5);
      }
    }
    return {
      key: `goal:${t.subject}:${t.unit}`,
      src: t.src,
      ...(r ? { related: [{ src: r.src, text: `实际完成：${r.text}` }] } : {}),
      check: r ? 'goal-shortfall' : 'goal-pairing',
      subject: t.subject,
      targetText: t.text,
      target: label(t),
      targetValue: exactQuantity(Number(tv), unit, tv),
      resultValue: r ? exactQuantity(Number(rv), apart ? unit : r.unit, rv) : null,
      unit: t.unit,
      approximate: r?.approximate === true,
      cumulative: r?.cumulative === true,
      paired: r !== undefined,
      result: r ? `${r.value}${r.unit}` : '',
      resultText: r?.text ?? '',
      comparator: t.comparator,
      shortfall,
      causeGiven: p.cause !== undefined,
      overachieved,
      ratio,
      why: p.why,
      ...(p.whyEn !== undefined ? { whyEn: p.whyEn } : {}),
      expectedText: label(t),
      ...(r ? { actualText: `${r.value}${r.unit}` } : {}),
      data: { target: t.text, result: r?.text ?? '', pairing: p.why, ...(ratio ? { ratio: `${ratio}%` } : {}) },
    };
  });
  // 七 admits a shortfall with its cause in other words: it explains the shortfall only when there
  // is exactly one unexplained shortfall it can be about
  const open = items.filter((i) => i.shortfall && !i.causeGiven);
  const generic = m.goals.genericCause;
  if (generic && open.length === 1) {
    open[0]!.causeGiven = true;
    open[0]!.related = [...(open[0]!.related ?? []), { src: generic, text: '存在问题部分说明的原因' }];
  }
  return items;
}
