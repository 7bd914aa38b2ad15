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
import type { CheckName } from './vocabulary.js';
import { isQuantity } from './quantity.js';

export type Relation = 'sum' | 'share' | 'change' | 'rate' | 'count' | 'staffing' | 'score' | 'sangong' | 'grade' | 'goal' | 'same-figure';
export type CheckStatus = 'pass' | 'rounding' | 'fail' | 'skipped';

export interface CheckRecordFact {
  id: string;
  /** The check it belongs to; the rule that `verifies` it (or fired on its item) is its ruleId. */
  check: CheckName;
  /** The item the check was made on (absent for a check not made). */
  item?: CheckItem;
  relation: Relation;
  status: CheckStatus;
  values: Record<string, string | number | string[]>;
  /** Why a check was not made (worded by its rule's `skipped:`), and what the wording names. */
  why?: string;
  fields?: Record<string, string>;
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

/** The relation a check that could not be made would have stated. */
const SKIPPED_RELATION: Partial<Record<CheckName, Relation>> = {
  sum: 'sum',
  'sangong-sum': 'sangong',
  share: 'share',
  'share-group': 'share',
  staffing: 'staffing',
  count: 'count',
  grade: 'grade',
  'goal-pairing': 'goal',
  'goal-shortfall': 'goal',
  'same-figure': 'same-figure',
  'sangong-overrun': 'sangong',
  'sangong-reported': 'sangong',
};

function record(item: CheckItem, relation: Relation, status: CheckStatus, values: CheckRecordFact['values']): CheckRecordFact {
  const r: CheckRecordFact = { id: item.key, check: item.check as CheckName, item, relation, status, values };
  if (item.src) r.src = item.src;
  else if (item.section) r.section = item.section;
  return r;
}

/** A quantity as printed. */
function textOf(q: unknown): string {
  return isQuantity(q) ? q.text : String(q);
}

function sumStatus(s: unknown): CheckStatus {
  return s === 'ok' || s === 'partial' ? 'pass' : s === 'rounding' ? 'rounding' : 'fail';
}

/** Every relation of one report's check facts, in collection order, then the ones not made. */
export function checkRecords(facts: CheckFacts): CheckRecordFact[] {
  const c = facts.collections;
  const out: CheckRecordFact[] = [];
  for (const i of c.breakdowns) out.push(record(i, SUM_RELATION[String(i.kind)] ?? 'sum', sumStatus(i.status), i.values ?? {}));
  for (const i of c.shares) out.push(record(i, shareRelation(i.key), i.status === 'ok' ? 'pass' : 'fail', i.values ?? {}));
  for (const i of c.shareGroups) out.push(record(i, 'share', i.status === 'ok' ? 'pass' : 'fail', i.values ?? { parts: String(i.parts), sum: textOf(i.sum), expected: textOf(i.expectedSum) }));
  for (const i of c.staffing) out.push(record(i, 'staffing', i.exceeds === true ? 'fail' : 'pass', { quota: Number(i.quota), actual: Number(i.actual) }));
  for (const i of c.counts) {
    const values = { declared: Number(i.declared), listed: Number(i.listedCount), unit: String(i.unit) };
    if (i.status === 'open' || i.status === 'kinds') {
      const r = record(i, 'count', 'skipped', values);
      r.why = i.status === 'kinds' ? 'kinds' : 'open-list';
      out.push(r);
    } else out.push(record(i, 'count', i.status === 'ok' ? 'pass' : 'fail', values));
  }
  for (const i of c.score) {
    if (i.scoreStated === true && i.gradeStated === true) {
      out.push(record(i, 'grade', i.gradeMatches === true ? 'pass' : 'fail', { score: String(i.score), grade: String(i.grade), expected: String(i.expectedGrade) }));
    }
  }
  for (const i of c.goals) {
    const values = { target: String(i.targetText), result: String(i.resultText ?? '') };
    if (i.paired !== true) out.push(record(i, 'goal', 'fail', values));
    else out.push(record(i, 'goal', i.shortfall === true && i.causeGiven !== true ? 'fail' : 'pass', values));
  }
  for (const i of c.restatements) {
    out.push(record(i, 'same-figure', i.conflict === true ? 'fail' : 'pass', { first: String(i.firstText), second: String(i.secondText) }));
  }
  for (const i of c.sangong) {
    if (i.budgetReported === true && i.actualReported === true && i.budgetTotal !== null && i.actualTotal !== null) {
      const fails = i.overBudget === true && i.reasonGiven !== true;
      out.push(record(i, 'sangong', fails ? 'fail' : 'pass', { budget: textOf(i.budgetTotal), actual: textOf(i.actualTotal) }));
    }
  }
  for (const s of facts.skipped) {
    const relation = SKIPPED_RELATION[s.check];
    if (!relation) continue;
    // the id names the rule (filled in by the caller, which knows the rules)
    const r: CheckRecordFact = { id: `${s.src ? `${s.src.line}:${s.src.column}` : s.section ?? ''}`, check: s.check, relation, status: 'skipped', values: {}, why: s.why, ...(s.fields ? { fields: s.fields } : {}) };
    if (s.src) r.src = s.src;
    else if (s.section) r.section = s.section;
    out.push(r);
  }
  return out;
}
