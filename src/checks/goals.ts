/**
 * Goal check facts: each quantified target with its paired result (or none), whether the result
 * falls short, whether a cause is given, and how far a result overshoots.
 */
import type { GoalFact, ReportModel } from '../extract/model.js';
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

function label(g: GoalFact): string {
  return `${g.comparator === 'growth' ? '增长' : g.comparator === 'max' ? '不超过' : ''}${g.value}${g.unit}`;
}

export function goalItems(m: ReportModel, skipped: SkippedCheck[]): CheckItem[] {
  const { targets, results, pairs } = m.goals;
  return pairs.map((p) => {
    const t = targets[p.target]!;
    const r = p.result === null ? undefined : results[p.result];
    let shortfall = false;
    let ratio = '';
    let overachieved = false;
    if (r) {
      const c = cmp(r.value, t.value);
      if (r.approximate && c <= 0) skipped.push({ ruleId: 'goal-shortfall-unexplained', reason: `“${r.text}”是约数，无法判断是否达到目标“${t.text}”`, src: r.src });
      else shortfall = t.comparator === 'max' ? c > 0 : c < 0;
      const tv = Number(t.value);
      if (tv > 0) {
        ratio = ((Number(r.value) / tv) * 100).toFixed(0);
        // far above: ≥120% of the target, and for small counts more than a unit or two
        overachieved = t.comparator !== 'max' && Number(ratio) >= 120 && !r.cumulative && !(COUNT_UNITS.has(t.unit) && tv < 5);
      }
    }
    return {
      key: `goal:${t.subject}:${t.unit}`,
      src: t.src,
      ...(r ? { related: [{ src: r.src, text: `实际完成：${r.text}` }] } : {}),
      subject: t.subject,
      targetText: t.text,
      target: label(t),
      paired: r !== undefined,
      result: r ? `${r.value}${r.unit}` : '',
      resultText: r?.text ?? '',
      comparator: t.comparator,
      shortfall,
      causeGiven: p.cause !== undefined,
      overachieved,
      ratio,
      why: p.why,
      expectedText: label(t),
      ...(r ? { actualText: `${r.value}${r.unit}` } : {}),
      data: { target: t.text, result: r?.text ?? '', pairing: p.why, ...(ratio ? { ratio: `${ratio}%` } : {}) },
    };
  });
}
