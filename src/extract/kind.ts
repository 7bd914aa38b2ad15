/**
 * The kind of document, from the words of its title (the lines before its first section, joined:
 * a title is often split over lines or letter-spaced) and, failing that, its first paragraphs.
 * The most specific shape wins: a 自评表 is a form even when it is about 整体支出; a 决算 说明 is
 * final accounts even when it has a 绩效 part; a 评价报告 without 自评 is written by someone else.
 */
import type { Block } from '../read/types.js';
import type { DocumentKind } from '../profiles/profile.js';

const KINDS: readonly [RegExp, DocumentKind][] = [
  // a notice of the score someone else gave (部门整体支出绩效评价结果公示) is that evaluation's result
  [/绩效评价(?:报告)?结果(?:的)?(?:公示|公告|通报|公开)|评价结果(?:公示|公告|通报)/, 'evaluation-report'],
  [/绩效自评表|自评表（|绩效自评情况表/, 'self-evaluation-form'],
  [/部门决算|决算(情况)?说明|决算公开|预算公开说明|(部门|单位)预算(情况)?说明/, 'final-accounts'],
  [/整体支出绩效.{0,8}(自评|自我评价)|整体支出(绩效)?自评/, 'department-self-evaluation'],
  [/绩效评价表|绩效目标自评表/, 'self-evaluation-form'],
  [/(项目支出|专项资金|专项|项目).{0,12}绩效.{0,4}自评(价)?(情况)?报告|项目支出绩效自评|(专项资金|资金)项目(绩效)?自评(情况)?报告|项目(绩效)?自评(工作|情况)?的?(报告|结果)/, 'project-self-evaluation'],
  [/绩效评价报告/, 'evaluation-report'],
  [/整体支出绩效评价/, 'department-self-evaluation'],
  // a unit's self-evaluation of its whole spending names 部门 or 单位 (部门绩效自评报告); any other
  // 自评报告 is of one fund or work: 某工程绩效自评报告, 中央转移支付2023年度绩效自评报告, 补助资金绩效自评价报告
  // (部门预算绩效自评报告; a unit's 财政预算支出绩效自评情况报告 is of all its budgeted spending)
  [/(部门|单位)(整体)?(预算)?(支出)?绩效(自评|自我评价)|^[^，。；]{2,30}?(财政)?预算支出绩效自评(情况)?报告/, 'department-self-evaluation'],
  [/(资金|转移支付|工程|项目|补助|补贴).{0,24}绩效.{0,6}自(评|我评价)(价)?(情况)?报告/, 'project-self-evaluation'],
];

/** A line of a site's navigation path: short names between > (首页 > 信息公开 > 预决算公开). */
const BREADCRUMB = /^[^，。；>＞»]{1,20}(?:\s*[>＞»]\s*[^，。；>＞»]{1,20}){2,}\s*$/;

/** The first `n` non-empty lines of a document as one squashed string (a title split over lines is one). */
export function headText(blocks: readonly Block[], n = 12): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (parts.length >= n) break;
    const t = lineWords(b);
    if (t) parts.push(t);
  }
  return parts.join('');
}

/**
 * A non-empty line's words as the title is read, squashed; '' for an empty line and for a line of a
 * web page's path (首页 > 信息公开 > 预决算公开 > …: it names where the page was filed, not what it is).
 */
function lineWords(b: Block): string {
  if (b.kind !== 'row' && BREADCRUMB.test(b.norm)) return '';
  return (b.kind === 'row' ? (b.normCells ?? []).join('') : b.norm).replace(/\s+/g, '');
}

/**
 * The kind, read from the title lines first (the first 3 non-empty lines, then 6, then 12): a
 * sentence of the body that mentions 部门决算 must not make a self-evaluation final accounts.
 */
export function detectKind(blocks: readonly Block[]): DocumentKind {
  // the title itself first: the lines before the first sentence of the body (an opening paragraph
  // "…以2024年度部门决算数据为基础…" of a self-evaluation is no title of final accounts)
  const title = titleLineCount(blocks);
  for (const n of title > 0 && title < 3 ? [title, 3, 6, 12] : [3, 6, 12]) {
    const head = headText(blocks, n);
    for (const [re, kind] of KINDS) if (re.test(head)) return kind;
  }
  return 'unknown';
}

/** A paragraph of body text: a sentence with its full stop, or longer than any title line. */
const BODY_TEXT = /。|^.{60}/;
/** A part's heading (第一部分 项目支出绩效自评表): the body has begun, the part's name is no title. */
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;

/** How many non-empty lines come before the first paragraph of body text or part heading (counted as headText counts). */
function titleLineCount(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    const t = lineWords(b);
    if (!t) continue;
    if (b.kind !== 'row' && (BODY_TEXT.test(t) || PART_HEADING.test(t))) break;
    n++;
  }
  return n;
}
