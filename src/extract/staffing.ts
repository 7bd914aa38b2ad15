/** Staffing: 编制数 and 实有人数 ("人员编制数为27人，年末实有在编人员22人"). */
import type { Block } from '../read/types.js';
import type { Src, StaffingFact } from './model.js';
import { matchesOf, sentences, sentenceSrc, YEAR_MENTION } from './text.js';

const QUOTA = /(?:人员)?编制(?:人数|数)?(?:为|是|共|核定为?)?(\d+)(?:名|人)/;
const ACTUAL = /实有(?:在编|在职)?(?:人员|人数)?(?:为|是|共)?(\d+)(?:名|人)/;

const KIND_QUOTA = /(?:行政|事业|工勤|参公|机关|全额拨款|差额拨款|自收自支)编制(?:数)?(?:为|是)?(\d+)(?:名|人)/g;
const COMPARISON = /上年|去年|同比|较|增加|减少|以来/;
/** Another unit's staff (下属单位编制数…) is not this unit's. */
const OTHER_UNIT = /下属|所属|二级单位|下设|直属/;

function record(fact: StaffingFact, kind: 'quota' | 'actual', value: number, at: Src): void {
  if (!fact[kind]) fact[kind] = { value, src: at };
  else (fact.mentions ??= []).push({ kind, value, src: at });
}

/** A year other than the report's (2024年末实有17人 in a 2025 report) is a different figure. */
function otherYear(s: string, year: number | undefined): boolean {
  return year !== undefined && matchesOf(YEAR_MENTION, s).some((m) => Number(m[1]) !== year);
}

export function extractStaffing(blocks: readonly Block[], year?: number): StaffingFact {
  const fact: StaffingFact = {};
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !/编制|实有/.test(block.norm)) continue;
    for (const s of sentences(block)) {
      if (COMPARISON.test(s.norm) || OTHER_UNIT.test(s.norm) || otherYear(s.norm, year)) continue;
      const q = QUOTA.exec(s.norm);
      if (q) {
        // 行政编制15名、事业编制5名: the quota is the sum of its kinds; one kind alone after the
        // quota is known (其中行政编制15人) is a part of it, not a second statement of it
        const parts = matchesOf(KIND_QUOTA, s.norm);
        const kindOnly = parts.length === 1 && parts[0]!.index + parts[0]![0].length === q.index + q[0].length;
        if (parts.length > 1) record(fact, 'quota', parts.reduce((n, p) => n + Number(p[1]), 0), sentenceSrc(s, parts[0]!.index));
        else if (!(kindOnly && fact.quota)) record(fact, 'quota', Number(q[1]), sentenceSrc(s, q.index));
      }
      const a = ACTUAL.exec(s.norm);
      if (a) record(fact, 'actual', Number(a[1]), sentenceSrc(s, a.index));
    }
  }
  return fact;
}
