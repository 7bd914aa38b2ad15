/**
 * ReportModel: what the engine understood of a report. `jixiao-lint facts` prints it; YAML/JSON
 * report data is read back into it. Plain JSON-safe data: amounts are decimal strings in 万元.
 * Every fact carries `src`, where it came from; findings resolve their locations from it.
 */
import type { DocumentKind } from '../profiles/profile.js';
import type { ProfileChoice } from './profile-pick.js';

export interface Src {
  /** 1-based line of the text projection. */
  line: number;
  /** 1-based column of the figure or phrase in that line. */
  column: number;
  /** Characters the figure spans from its column (amounts, shares), when known. */
  length?: number;
  /** The sentence as written. */
  excerpt: string;
}

export interface AmountFact {
  /** What the figure is of, as written ("工资福利支出"). */
  label: string;
  /** Value in 万元, exact decimal string ("323.15"). */
  value: string;
  /** As printed, with its unit ("323.15万元", "20万元", "12,345元"). */
  printed: string;
  /** Decimals of the printed number and the unit it was printed in. */
  unit: '元' | '万元' | '亿元';
  decimals: number;
  src: Src;
}

export interface ShareFact {
  /** The base as named in the text ("一般公共预算总支出"). */
  baseName: string;
  /** The budget node the base name resolves to, or null when it cannot be resolved. */
  baseId: string | null;
  /** Percentage as printed, without "%" ("4.84"). */
  pct: string;
  src: Src;
}

export interface BreakdownFact {
  /** '按经济科目分类' | '按功能科目分类' | '其中' */
  dimension: string;
  items: AmountFact[];
  src: Src;
  /** The items are only part of the total (a lone 其中 X): only a sum above the total is wrong. */
  partial?: boolean;
}

/** A budget node of DOMAIN §3: a fund, 基本支出/项目支出, a 专项, or the grand total. */
export interface BudgetNode {
  /** Stable id: 'total', 'gpb' (一般公共预算), 'gpb.basic', 'gpb.project', 'gpb.project.1', 'gov', … */
  id: string;
  /** Name as a reviewer says it ("基本支出", "专项资金一（园区体制结算补助资金）"). */
  name: string;
  /** Canonical section the node belongs to (二…五), if any. */
  section?: string;
  parent?: string;
  /** The stated amount; absent when the report never states it. */
  amount?: AmountFact;
  /** True when the fund is explicitly nil ("2024年无国有资本经营预算支出。"). */
  nil?: boolean;
  nilSrc?: Src;
  shares: ShareFact[];
  breakdowns: BreakdownFact[];
  /** Derived totals (never stated): value in 万元 and the ids it was summed from. */
  derived?: { value: string; from: string[] };
  /** The same quantity stated again elsewhere in the report (same-figure-conflict compares them). */
  mentions?: AmountFact[];
  /** A year-on-year statement in the node's sentence: the change, the rate, the prior year's figure. */
  yoy?: YoyFact;
  /** 预算执行率: the figure spent against the budget (调整后预算 when stated). */
  execution?: ExecutionFact;
}

export interface ExecutionFact {
  budget: AmountFact;
  spent: AmountFact;
  /** The rate as printed, without %. */
  rate: string;
  src: Src;
}

export interface YoyFact {
  /** 'up' (增加/增长/上升) or 'down' (减少/下降). */
  direction: 'up' | 'down';
  /** The change in 万元, as printed (unsigned). */
  change?: AmountFact;
  /** The rate of change in %, as printed (unsigned). */
  rate?: string;
  /** The prior year's figure when stated (上年为…). */
  prior?: AmountFact;
  src: Src;
}

export interface HeadingFact {
  text: string;
  line: number;
  /** Numbering style: 'chinese-dun' (一、), 'arabic-dun' (1、), 'arabic-dot' (1.), 'paren-chinese' （一）, 'paren-arabic' （1）, 'word-list', 'none'. */
  style: string;
  /** Numeric value of the typed number, when there is one. */
  number?: number;
}

export interface SectionFact extends HeadingFact {
  /** Canonical number from the profile ('一'…). */
  no: string;
  title: string;
  endLine: number;
  /** 'substantive' | 'empty' | 'template' | 'nil' */
  content: 'substantive' | 'empty' | 'template' | 'nil';
  /** Template instruction sentences left in the section. */
  templateLeft: Src[];
  subsections: HeadingFact[];
  /**
   * Further parts of the profile its heading names and that have no heading of their own
   * (三、部门整体支出绩效目标及完成情况: the goals part, and 五 the results): the section is those too.
   */
  also?: string[];
  /**
   * Matched by a wording every outline's part of its role answers to (偏离绩效目标的原因: the problems
   * part), not by one of this outline's names: it tells nothing of which outline the document follows,
   * so it does not count towards the outline's match (as in the picker).
   */
  byWording?: true;
  /**
   * Lines numbered in a sub-heading style that are list items, not headings ("（二）基层执法力量薄弱，9个监管所…"
   * states figures): no part of the outline, but each continues its level's numbering.
   */
  items?: HeadingFact[];
}

export interface CoverField {
  name: string;
  value: string | null;
  src: Src;
}

export interface SangongSide {
  total?: AmountFact;
  /** A year-on-year statement about the total ("决算数6.30万元，同比减少0.90万元，下降12.50%"). */
  yoy?: YoyFact;
  /** Component name → amount, or 'nil' when stated as 无/未发生. */
  items: Record<string, AmountFact | 'nil'>;
  /** The total stated again elsewhere (a sentence and a table): same-figure compares them. */
  again?: AmountFact[];
  /** Components stated again elsewhere (a sentence and a table's row), by name: same-figure compares them. */
  itemsAgain?: Record<string, AmountFact[]>;
  src?: Src;
}

export interface SangongFact {
  budget: SangongSide;
  actual: SangongSide;
  /** A sentence that explains an overrun (原因, 主要是, 由于 …) near the 三公 figures. */
  reason?: Src;
  /** The caption of a 三公 table whose figures could not be read (a heading over several rows, flattened to text). */
  unreadTable?: Src;
  /**
   * Where the actual's change from its budget is stated ("“三公”经费支出8.62万元，较年初预算减少1.38万元"), when no
   * budget figure is: the budget is stated by it (the actual less that change).
   */
  budgetByChange?: Src;
}

export interface CountFact {
  /** What is counted ("内设局室"). */
  subject: string;
  declared: number;
  unit: string;
  listed: string[];
  /** True when the list closes with 等 (the declared count is the total). */
  etc: boolean;
  /** True when the words listed may be kinds of what is counted, not its members ("水库、山塘和河道工程项目9个"). */
  kinds?: true;
  src: Src;
}

export interface YearRef {
  year: number;
  /** Whether the sentence states a comparison (上年, 同比, 较…) or a span (以来). */
  comparison: boolean;
  /** Whether the sentence states a money figure. */
  hasFigure: boolean;
  src: Src;
}

export interface PlaceholderFact {
  text: string;
  /**
   * For a form's fill-in instruction left in a field (评价结论 | 结合自评情况…（200字以内）): the field's
   * label. The text is then the instruction, not a placeholder inside written text.
   */
  field?: string;
  src: Src;
}

export interface ScoreFact {
  score?: { value: string; src: Src };
  grade?: { value: string; src: Src };
  /**
   * How many evaluations the document lists the results of, when it lists several: the rows of a
   * results table (项目名称 | … | 评分 | 等级) or the count a tally of grades breaks down. A notice of
   * others' results states no one self-score.
   */
  listed?: number;
  /**
   * The grades by score the document states for itself ("90分（含）以上为优秀，75分（含）至89分为良好，60分（含）至74分为合格，60分以下为
   * 不合格"), the highest first: the self-score is graded by them rather than by the outline's.
   */
  bands?: { grade: string; min: number }[];
}

export interface StaffingFact {
  quota?: { value: number; src: Src };
  actual?: { value: number; src: Src };
  /** Further statements of 编制数 or 实有人数 (same-figure-conflict compares them). */
  mentions?: { kind: 'quota' | 'actual'; value: number; src: Src }[];
}

export interface GoalFact {
  kind: 'target' | 'result';
  /** What is counted or measured, without verbs ("“三类”500强" → "三类500强"). */
  subject: string;
  /** 'min' (at least: 引进3家), 'max' (at most: 控制在…以内), 'growth' (增长15%), 'decline' (下降5%: at least that much). */
  comparator: 'min' | 'max' | 'growth' | 'decline';
  value: string;
  unit: string;
  /** 10余次, 3亿余元, 左右. */
  approximate: boolean;
  /** 累计, 截至, 以来: not this year's figure alone. */
  cumulative: boolean;
  /** The clause as written (normalised). */
  text: string;
  src: Src;
  /** Named by the words after its count (完成32处[地质灾害隐患点工程治理]): no words before it name it. */
  namedAfter?: true;
  /** Listed after the 其中 of another target (其中城东镇24座): a part of it, answered by a result of its own or not at all. */
  partOf?: true;
  /** A result stated as a share of a whole (占全年演出任务560场的75.18%): it answers only a target set as such a share. */
  shareOf?: true;
}

export interface GoalPair {
  /** Index into goals.targets. */
  target: number;
  /** Index into goals.results, or null when no result matches. */
  result: number | null;
  /** Readable pairing: "目标 ↔ 结果" or "目标 ↔ （无）". */
  summary?: string;
  /** Why they were paired, or why nothing was. */
  why: string;
  /** The same in English, where the code wrote it (an unpaired target). */
  whyEn?: string;
  /** Where a cause is given for a shortfall: 七 naming the indicator with a cause, or the result's own sentence. */
  cause?: Src;
  /**
   * A target no result figure answers, whose result the results part states in words: a sentence naming it and saying it was done or
   * not ("产地冷库主体工程…已于2023年12月完成，…未实现年内验收的目标"). Answered, but not in figures the checks can compare.
   */
  inWords?: Src;
}

export interface ScoreRow {
  /** The deepest indicator name on the row (三级指标 when present). */
  name: string;
  /** Its 一级指标 (continued down merged cells). */
  level1: string;
  /** 分值 and 得分 as printed numbers; no 得分 where the row leaves it blank. */
  max: string;
  got?: string;
  src: Src;
}

export interface ScoreTable {
  rows: ScoreRow[];
  /** The 合计/总分 row, when the table has one. */
  total?: { max?: string; got?: string; src: Src };
  /** The indicators' share of the marks, when their header states it (绩效指标（90分）). */
  indicatorsMax?: string;
  /**
   * What the text states of a 一级指标's 分值 and 得分 ("产出指标分值50分，得47分"), by the level's name without 指标 (a level of one row
   * too: its statement is not checked against the row, only read as the whole level).
   */
  levels?: { name: string; max?: { value: string; src: Src }; got?: { value: string; src: Src } }[];
  /**
   * A table (without a 合计 row) that shows some indicators only: its caption says so (`caption`), or the text states the scores of
   * parts of the total it has no rows for (`missing`, by name without 指标). Its sums are then no whole.
   */
  excerpt?: { caption?: string; missing?: { name: string; got?: string; max?: string; src: Src }[] };
}

/** A figure of any kind as the relation reader found it: money, a count, a percentage. */
export interface FigureFact {
  label: string;
  /** The number as printed, separators removed ("1234.56"). */
  number: string;
  /** 元 | 千元 | 万元 | 亿元 | % | 人 | 个 | 家 | … */
  unit: string;
  /** money | pct | people | units | vehicles | … (figures compare within a family) */
  family: string;
  decimals: number;
  src: Src;
  /** An approximate figure (约100万元, 300万元左右, 100-150万元): its relations are not checked exactly. */
  approximate?: boolean;
}

/** A relation the text states between figures (issue 8), checked by checks/relations.ts. */
export interface RelationFact {
  relation: 'sum' | 'share' | 'change' | 'rate';
  /** What the relation is about, as written. */
  subject: string;
  /** sum: the total, its parts, whether the parts claim to be all of it, and the shape read. */
  total?: FigureFact;
  parts?: FigureFact[];
  complete?: boolean;
  shape?: string;
  /** share: the part, the percentage, the base (named or the enclosing total). */
  part?: FigureFact;
  pct?: FigureFact;
  base?: FigureFact;
  baseName?: string;
  /** change: the current figure, the prior one, the change and its rate. */
  current?: FigureFact;
  prior?: FigureFact;
  change?: FigureFact;
  rate?: FigureFact;
  direction?: 'up' | 'down' | 'flat';
  /** change: compared with the plan at the start of the year (比年初), not with last year. */
  versusStart?: boolean;
  /** change: compared with the year's budget (决算数比预算数), not with last year. */
  versusPlan?: boolean;
  /** change: how far a result is from its target (比目标少348人次): the prior is the target. */
  versusTarget?: boolean;
  /** rate: numerator ÷ denominator (执行数 ÷ 预算数). */
  numerator?: FigureFact;
  denominator?: FigureFact;
  src: Src;
}

/** A figure stated again elsewhere (restated.ts), checked by same-figure-conflict. */
export interface RestatedFact {
  /** The figure's name, as first written. */
  name: string;
  first: FigureFact;
  second: FigureFact;
  /** Whether the context says the two are one figure even when their values differ. */
  anchored: boolean;
}

export interface ReportModel {
  version: 1;
  profile: string;
  /** The kind of document (read from its title, or given with --kind). */
  kind?: DocumentKind;
  /** Which outline was picked and why (facts shows it). */
  profileChoice?: ProfileChoice;
  year?: number;
  unit?: string;
  title?: string;
  cover: CoverField[];
  outline: {
    sections: SectionFact[];
    /** Heading-like lines that match no section of the profile (another province's outline). */
    unmatched: HeadingFact[];
  };
  budget: BudgetNode[];
  sangong: SangongFact;
  staffing: StaffingFact;
  counts: CountFact[];
  years: YearRef[];
  placeholders: PlaceholderFact[];
  score: ScoreFact;
  goals: {
    targets: GoalFact[];
    results: GoalFact[];
    pairs: GoalPair[];
    /** Whether the report has a part that reports results (goal-without-result needs one). */
    resultsPart?: boolean;
    /** A paragraph of 七 admitting a shortfall with a cause, not naming the indicator. */
    genericCause?: Src;
  };
  scoreTable?: ScoreTable;
  /** Every relation between figures the text states, in any part (issue 8). */
  relations?: RelationFact[];
  /** Figures stated again in another place (issue 8). */
  restated?: RestatedFact[];
}
