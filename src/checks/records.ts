/**
 * What was checked (JSON `files[].checks`, the terminal's 核对 line, the page's marks): every
 * relation the check facts compared, with its status and the figures as compared, plus every check
 * that could not run. A reviewer reads this to see that a clean result means something.
 *
 * Statuses: pass (agrees), rounding (agrees within the rounding interval), fail (does not agree),
 * skipped (a figure or base was missing: `reason` says which).
 */
import type { Src } from '../extract/model.js';
import type { CheckFacts, CheckItem } from './types.js';

export type Relation = 'sum' | 'share' | 'change' | 'rate' | 'count' | 'staffing' | 'score' | 'sangong' | 'grade' | 'goal' | 'same-figure';
export type CheckStatus = 'pass' | 'rounding' | 'fail' | 'skipped';

export interface CheckRecordFact {
  id: string;
  /** The rule that reports this relation when it does not hold. */
  ruleId: string;
  relation: Relation;
  status: CheckStatus;
  values: Record<string, string | number | string[]>;
  reason?: string;
  src?: Src;
  section?: string;
}

/** Which relation a sum-like item states, by the kind its producer gave it. */
const SUM_RELATION: Record<string, Relation> = { amount: 'sum', hierarchy: 'sum', special: 'sum', sangong: 'sangong', yoy: 'change', score: 'score' };

function shareRelation(key: string): Relation {
  if (key.startsWith('yoy:') || key.startsWith('change:')) return 'change';
  if (key.startsWith('execution:') || key.startsWith('rate:')) return 'rate';
  return 'share';
}

/** The relation a skipped check would have stated, from the rule that could not run. */
const SKIPPED_RELATION: Record<string, Relation> = {
  'sum-mismatch': 'sum',
  'share-mismatch': 'share',
  'shares-total': 'share',
  'staffing-exceeds-quota': 'staffing',
  'count-mismatch': 'count',
  'grade-score-mismatch': 'grade',
  'goal-without-result': 'goal',
  'goal-shortfall-unexplained': 'goal',
  'sangong-total-mismatch': 'sangong',
  'same-figure-conflict': 'same-figure',
};

function record(item: CheckItem, ruleId: string, relation: Relation, status: CheckStatus, values: CheckRecordFact['values']): CheckRecordFact {
  const r: CheckRecordFact = { id: item.key, ruleId, relation, status, values };
  if (item.src) r.src = item.src;
  else if (item.section) r.section = item.section;
  return r;
}

function sumStatus(s: unknown): CheckStatus {
  return s === 'ok' || s === 'partial' ? 'pass' : s === 'rounding' ? 'rounding' : 'fail';
}

/** Every relation of one report's check facts, in collection order, then the skipped ones. */
export function checkRecords(facts: CheckFacts): CheckRecordFact[] {
  const c = facts.collections;
  const out: CheckRecordFact[] = [];
  for (const i of c.breakdowns) {
    const relation = SUM_RELATION[String(i.kind)] ?? 'sum';
    const status = sumStatus(i.status);
    const ruleId = status === 'rounding' ? 'rounding-difference' : relation === 'sangong' ? 'sangong-total-mismatch' : 'sum-mismatch';
    out.push(record(i, ruleId, relation, status, i.values ?? {}));
  }
  for (const i of c.shares) out.push(record(i, 'share-mismatch', shareRelation(i.key), i.status === 'ok' ? 'pass' : 'fail', i.values ?? {}));
  for (const i of c.shareGroups) out.push(record(i, 'shares-total', 'share', i.status === 'ok' ? 'pass' : 'fail', i.values ?? { parts: String(i.parts), sum: String(i.sum), expected: String(i.expectedSum) }));
  for (const i of c.staffing) {
    out.push(record(i, 'staffing-exceeds-quota', 'staffing', i.exceeds === true ? 'fail' : 'pass', { quota: Number(i.quota), actual: Number(i.actual) }));
  }
  for (const i of c.counts) {
    const values = { declared: Number(i.declared), listed: Number(i.listedCount), unit: String(i.unit) };
    if (i.status === 'open') {
      const r = record(i, 'count-mismatch', 'count', 'skipped', values);
      r.reason = '列举以“等”结尾，是不完整的列举，不核对个数';
      out.push(r);
    } else out.push(record(i, 'count-mismatch', 'count', i.status === 'ok' ? 'pass' : 'fail', values));
  }
  for (const i of c.score) {
    if (i.scoreStated === true && i.gradeStated === true) {
      out.push(record(i, 'grade-score-mismatch', 'grade', i.gradeMatches === true ? 'pass' : 'fail', { score: String(i.score), grade: String(i.grade), expected: String(i.expectedGrade) }));
    }
  }
  for (const i of c.goals) {
    const values = { target: String(i.targetText), result: String(i.resultText ?? '') };
    if (i.paired !== true) out.push(record(i, 'goal-without-result', 'goal', 'fail', values));
    else out.push(record(i, 'goal-shortfall-unexplained', 'goal', i.shortfall === true && i.causeGiven !== true ? 'fail' : 'pass', values));
  }
  for (const i of c.figures) {
    out.push(record(i, 'same-figure-conflict', 'same-figure', i.conflict === true ? 'fail' : 'pass', { first: String(i.first), second: String(i.second) }));
  }
  for (const i of c.sangong) {
    if (i.budgetReported === true && i.actualReported === true && i.budgetTotal !== '' && i.actualTotal !== '') {
      const fails = i.overBudget === true && i.reasonGiven !== true;
      out.push(record(i, 'sangong-over-budget', 'sangong', fails ? 'fail' : 'pass', { budget: String(i.budgetTotal), actual: String(i.actualTotal) }));
    }
  }
  for (const s of facts.skipped) {
    const relation = SKIPPED_RELATION[s.ruleId];
    if (!relation) continue;
    const r: CheckRecordFact = { id: `skipped:${s.ruleId}:${s.src ? `${s.src.line}:${s.src.column}` : s.section ?? ''}`, ruleId: s.ruleId, relation, status: 'skipped', values: {}, reason: s.reason };
    if (s.src) r.src = s.src;
    else if (s.section) r.section = s.section;
    out.push(r);
  }
  return out;
}
