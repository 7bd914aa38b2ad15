/**
 * Headline figures stated again outside their own section ("一、基本情况：2024年基本支出325.00万元"):
 * attached to their budget node as `mentions`, for same-figure-conflict. Only unambiguous names
 * are taken (a fund total, 基本支出, 人员经费, 公用经费, the year's 整体支出), never a figure in a
 * comparison (上年, 同比, 较 …) or of a 专项/项目.
 */
import type { Block } from '../read/types.js';
import { amountFact, amountsIn } from './amounts.js';
import type { BudgetNode, SectionFact } from './model.js';
import { matchesOf, sentences, YEAR_MENTION } from './text.js';

const NAMES: [RegExp, string][] = [
  [/一般公共预算(总)?支出$/, 'gpb'],
  [/政府性基金(预算)?(总)?支出$/, 'gov'],
  [/国有资本经营(预算)?(总)?支出$/, 'soe'],
  [/社会保险基金(预算)?(总)?支出$/, 'ssf'],
  [/^(一般公共预算(支出)?[中的]?)?基本支出$/, 'gpb.basic'],
  [/^(一般公共预算|基本支出)?[中的]?人员经费$/, 'gpb.basic.personnel'],
  [/^(一般公共预算|基本支出)?[中的]?公用经费$/, 'gpb.basic.public'],
  [/^(年度|部门|单位)?整体(总)?支出(总额)?$|^年度总支出$/, 'total'],
];
const SKIP = /上年|去年|同比|较|增加|减少|增长|下降|预算数|调整|计划|预计/;
/** A paragraph about a 专项/项目 states its figures under fund names ("专项资金一…一般公共预算支出120万元"). */
const SPECIAL_CONTEXT = /专项|项目资金|项目[一二三四五六七八九十\d]/;

/** The budget node an amount's label names unambiguously, if any (the first of NAMES that matches). */
function nameOf(label: string): string | undefined {
  for (const [re, id] of NAMES) if (re.test(label)) return id;
  return undefined;
}

export function attachMentions(blocks: readonly Block[], sections: readonly SectionFact[], nodes: readonly BudgetNode[], fundSections: ReadonlySet<string>, year?: number): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const sec of sections) {
    if (fundSections.has(sec.no)) continue;
    for (const b of blocks) {
      if (b.line <= sec.line || b.line > sec.endLine || b.kind !== 'paragraph' || !/万元|亿元|元/.test(b.norm)) continue;
      if (SPECIAL_CONTEXT.test(b.norm)) continue;
      for (const s of sentences(b)) {
        if (SKIP.test(s.norm)) continue;
        if (year !== undefined && matchesOf(YEAR_MENTION, s.norm).some((m) => Number(m[1]) !== year)) continue;
        for (const a of amountsIn(s)) {
          const id = nameOf(a.label);
          const node = id ? byId.get(id) : undefined;
          if (!node || (!node.amount && !node.derived)) continue;
          (node.mentions ??= []).push(amountFact(a));
        }
      }
    }
  }
}
