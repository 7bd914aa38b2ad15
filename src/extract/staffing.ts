/** Staffing: 编制数 and 实有人数 ("人员编制数为27人，年末实有在编人员22人"). */
import type { Block } from '../read/types.js';
import type { StaffingFact } from './model.js';
import { sentences, sentenceSrc } from './text.js';

const QUOTA = /(?:人员)?编制(?:人数|数)?(?:为|是|共|核定为?)?(\d+)(?:名|人)/;
const ACTUAL = /实有(?:在编|在职)?(?:人员|人数)?(?:为|是|共)?(\d+)(?:名|人)/;

export function extractStaffing(blocks: readonly Block[]): StaffingFact {
  const fact: StaffingFact = {};
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !/编制|实有/.test(block.norm)) continue;
    for (const s of sentences(block)) {
      const q = QUOTA.exec(s.norm);
      if (q && !fact.quota && !/实有/.test(s.norm.slice(0, q.index + q[0].length).slice(-q[0].length - 2, q.index))) {
        fact.quota = { value: Number(q[1]), src: sentenceSrc(s, q.index) };
      }
      const a = ACTUAL.exec(s.norm);
      if (a && !fact.actual) fact.actual = { value: Number(a[1]), src: sentenceSrc(s, a.index) };
    }
  }
  return fact;
}
