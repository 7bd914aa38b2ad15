/**
 * Declared counts with the items listed beside them: "内设局室5个，分别为：A、B、C、D、E。" and
 * "A、B、C等3个项目". Items are split at 、 and ，.
 */
import type { Block } from '../read/types.js';
import type { CountFact } from './model.js';
import { cnToInt, sentences, sentenceSrc } from './text.js';

const NUM = '(\\d+|[一二两三四五六七八九十]+)';
const DECLARED_THEN_LIST = new RegExp(
  `((?:内设|下设|设有|下属|所属)[^，。；：\\d]{0,10}?)${NUM}(个|家|项|所|名)[，]?(?:(?:分别(?:为|是)|包括|即|为)[：]?|：)([^，。；]+)`,
);
const LIST_THEN_DECLARED = new RegExp(`([^，。；：]{2,}(?:、[^，。；：、]+)+)等${NUM}(个|家|项|所)([^，。；\\d]{0,8})`);

const ETC_COUNT = new RegExp(`等${NUM}(个|家|项|所)`);

export function extractCounts(blocks: readonly Block[]): CountFact[] {
  const out: CountFact[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !/、/.test(block.norm)) continue;
    for (const s of sentences(block)) {
      const m = DECLARED_THEN_LIST.exec(s.norm);
      if (m) {
        const declared = cnToInt(m[2]!);
        const listed = splitList(m[4]!, declared);
        if (declared !== undefined && listed.length > 1) {
          out.push({ subject: m[1]!.trim(), declared, unit: m[3]!, listed, etc: false, src: sentenceSrc(s, m.index) });
        }
        continue;
      }
      // the list pattern backtracks on long sentences: run it only where 等N个 occurs at all
      const e = ETC_COUNT.test(s.norm) ? LIST_THEN_DECLARED.exec(s.norm) : null;
      if (e) {
        const declared = cnToInt(e[2]!);
        const listed = splitList(e[1]!.replace(/^.*?(包括|有|如|为|：)/, ''), declared);
        if (declared !== undefined && listed.length > 1) {
          out.push({ subject: e[4]!.trim() || e[3]!, declared, unit: e[3]!, listed, etc: true, src: sentenceSrc(s, e.index) });
        }
      }
    }
  }
  return out;
}

function splitList(s: string, declared: number | undefined): string[] {
  // plain loop: one elements kind, no deopt in a batch (an optimised .map() gives holey arrays)
  const items: string[] = [];
  for (const part of s.replace(/[。；]$/, '').split(/[、，]/)) {
    const x = part.trim().replace(/^(和|及|以及)/, '');
    if (x.length > 0) items.push(x);
  }
  // "A、B和C": the last item may join two names with 和/及. Names contain 和 too
  // (人力资源和社会保障局), so split it only when that makes the count agree.
  const last = items[items.length - 1];
  if (declared !== undefined && last && items.length === declared - 1) {
    const m = /^(.+?)(?:和|及|以及)(.+)$/.exec(last);
    if (m) return [...items.slice(0, -1), m[1]!, m[2]!];
  }
  return items;
}
