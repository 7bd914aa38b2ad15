/** Staffing: 编制数 and 实有人数 ("人员编制数为27人，年末实有在编人员22人"). */
import type { Block } from '../read/types.js';
import type { Src, StaffingFact } from './model.js';
import { sentences, sentenceSrc } from './text.js';

const QUOTA = /(?:人员)?编制(?:人数|数)?(?:为|是|共|核定为?)?(\d+)(?:名|人)/;
const ACTUAL = /实有(?:在编|在职)?(?:人员|人数)?(?:为|是|共)?(\d+)(?:名|人)/;

const KIND_QUOTA = /(?:行政|事业|工勤|参公|机关|全额拨款|差额拨款|自收自支)编制(?:数)?(?:为|是)?(\d+)(?:名|人)/g;
const COMPARISON = /上年|去年|同比|较|增加|减少|以来/;

function record(fact: StaffingFact, kind: 'quota' | 'actual', value: number, at: Src): void {
  if (!fact[kind]) fact[kind] = { value, src: at };
  else (fact.mentions ??= []).push({ kind, value, src: at });
}

export function extractStaffing(blocks: readonly Block[]): StaffingFact {
  const fact: StaffingFact = {};
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !/编制|实有/.test(block.norm)) continue;
    for (const s of sentences(block)) {
      if (COMPARISON.test(s.norm)) continue;
      const q = QUOTA.exec(s.norm);
      if (q) {
        // 行政编制15名、事业编制5名: the quota is the sum of its kinds
        const parts = [...s.norm.matchAll(KIND_QUOTA)];
        const value = parts.length > 1 ? parts.reduce((n, p) => n + Number(p[1]), 0) : Number(q[1]);
        record(fact, 'quota', value, sentenceSrc(s, parts.length > 1 ? parts[0]!.index : q.index));
      }
      const a = ACTUAL.exec(s.norm);
      if (a) record(fact, 'actual', Number(a[1]), sentenceSrc(s, a.index));
    }
  }
  return fact;
}
