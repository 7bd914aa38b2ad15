/**
 * Score table sums (kind 'score' breakdowns): each 得分 ≤ its 分值; the 分值 add up to 100 (or the
 * 合计 row); the 得分 add up to the total score (合计 row, else the stated 自评得分). Scores are exact
 * numbers, not rounded amounts: no rounding tolerance.
 */
import type { ReportModel, ScoreRow, Src } from '../extract/model.js';
import { fmt, SCALE, type Money } from '../extract/money.js';
import { levelStem } from '../extract/indicators.js';
import { sumCheck } from './arithmetic.js';
import { leafId, type Leaf } from './consequences.js';
import { mapList } from './list.js';
import type { CheckItem, SkippedCheck } from './types.js';

/** The level the indicator reader gives a funds table's 执行率 row (extract/indicators.ts). */
const FUNDS_LEVEL = '预算执行';

/** A 一级指标 cell with its weight: 产出指标（50分）. */
const LEVEL_WEIGHT = /[（(](\d{1,3}(?:\.\d+)?)分[）)]$/;

function score(printed: string): Money {
  const [i = '0', f = ''] = printed.split('.');
  return { v: BigInt(i + f.padEnd(SCALE, '0').slice(0, SCALE)), h: 0n };
}

/** A printed score as one figure of a check's equation (one wrong score is one problem: checks/consequences.ts). */
function scoreLeaf(src: Src, printed: string, kind: 'max' | 'got'): Leaf {
  // (a row's 分值 and 得分 share the row's place: the 分值 gets an identity of its own)
  return { id: kind === 'got' ? leafId(src, printed) : `max:${leafId(src, printed)}`, v: score(printed).v, h: 0n, text: `${printed}分`, unit: '分' };
}

export function scoreItems(m: ReportModel, skipped: SkippedCheck[]): CheckItem[] {
  const t = m.scoreTable;
  if (!t) return [];
  const out: CheckItem[] = [];
  for (const r of t.rows) {
    if (r.got === undefined) continue;
    out.push(sumCheck({ kind: 'score', key: `row:${r.name}`, subject: `“${r.name}”`, dimension: '得分', dimensionEn: 'score', side: '分值', unit: '分', total: score(r.max), totalPrinted: r.max, items: [{ money: score(r.got), label: r.name, src: r.src }], src: r.src, partialAllowed: true }));
  }
  // a table of some indicators only (节选, or the text scores parts it has no rows for): its rows make no whole, neither the full
  // marks nor the total score; each level the text states is still checked against its rows (below), and the rows with the
  // parts the text scores apart make the total score (预算执行率得分9.5分 and the table's 产出、效益、满意度 rows: 94.5)
  if (t.excerpt) {
    const { caption, missing = [] } = t.excerpt;
    const scored = missing.every((x) => x.got !== undefined);
    const why = caption !== undefined ? `标题“${caption}”` : `文中另有${missing.map((x) => x.name).join('、')}的${scored ? '得分' : '分值'}`;
    const whyEn = caption !== undefined ? `its caption "${caption}"` : `the text ${scored ? 'scores' : 'gives the marks of'} ${missing.map((x) => x.name).join(', ')} apart`;
    skipped.push({ check: 'sum', why: 'excerpt', fields: { name: '评分表', why, whyEn }, src: t.rows[0]!.src });
    out.push(...levelItems(t));
    const stated = m.score.score;
    // (only where the table holds the whole of each level it shows: every level's rows make the score the text states of it; "主要绩效
    // 指标" may show one 效益 row of several, and the rows with the parts apart then make no total)
    const byLevel = new Map<string, bigint>();
    for (const r of t.rows) {
      const stem = levelStem(r.level1);
      byLevel.set(stem, (byLevel.get(stem) ?? 0n) + (r.got === undefined ? 0n : score(r.got).v));
    }
    const wholeLevels = [...byLevel].every(([name, sum]) => {
      const got = t.levels?.find((l) => l.name === name)?.got;
      return got !== undefined && score(got.value).v === sum;
    });
    // (the parts headed apart with their full marks, "（一）预算执行率（10分）", and the rows' 分值 make the full marks)
    if (missing.length > 0 && caption === undefined && missing.every((x) => x.max !== undefined)) {
      const parts = [...t.rows.map((r) => ({ label: r.name, max: r.max })), ...missing.map((x) => ({ label: x.name, max: x.max! }))];
      out.push(
        sumCheck({
          kind: 'score', key: 'max-with-stated', subject: '评分表', subjectEn: 'score table', dimension: '各项分值与文中另述各部分分值之和', dimensionEn: 'item maxima and the parts marked apart', side: '满分', unit: '分',
          total: score('100'), totalPrinted: '100', items: mapList(parts, (p) => ({ money: score(p.max), label: p.label })), src: t.rows[0]!.src,
        }),
      );
    }
    if (missing.length > 0 && scored && stated && wholeLevels && t.rows.every((r) => r.got !== undefined)) {
      const parts = [...t.rows.map((r) => ({ label: r.name, got: r.got!, src: r.src })), ...missing.map((x) => ({ label: x.name, got: x.got!, src: x.src }))];
      out.push(
        sumCheck({
          kind: 'score', key: 'got-with-stated', subject: '评分表', subjectEn: 'score table', dimension: '各项得分与文中另述各部分得分之和', dimensionEn: 'item scores and the parts scored apart', side: '自评得分', unit: '分',
          total: score(stated.value), totalPrinted: fmt(score(stated.value).v, 0),
          items: mapList(parts, (p) => ({ money: score(p.got), label: p.label, src: p.src })), src: stated.src,
          eq: () => ({ total: [scoreLeaf(stated.src, stated.value, 'got')], parts: mapList(parts, (p) => [scoreLeaf(p.src, p.got, 'got')]) }),
        }),
      );
    }
    return out;
  }
  // a form's 合计 row may total its indicator rows only, the funds part's 执行率 row outside it: read so
  // where its figure is the indicator rows' sum and not the sum of all rows
  const indicatorRows = t.rows.filter((r) => r.level1 !== FUNDS_LEVEL);
  const hasFunds = indicatorRows.length > 0 && indicatorRows.length < t.rows.length;
  const sumOf = (rows: readonly ScoreRow[], f: (r: ScoreRow) => string): bigint => rows.reduce((a, r) => a + score(f(r)).v, 0n);
  const indicatorsOnly = (printed: string | undefined, f: (r: ScoreRow) => string): boolean =>
    hasFunds && printed !== undefined && sumOf(t.rows, f) !== score(printed).v && sumOf(indicatorRows, f) === score(printed).v;
  const maxRows = indicatorsOnly(t.total?.max, (r) => r.max) ? indicatorRows : t.rows;
  // only indicator rows read, under a header that gives them their share (绩效指标（90分）) and adding
  // up to it: the whole's other part (the funds' 执行率 points) is elsewhere in the form, so the
  // rows are compared with their share
  const share = !hasFunds && t.indicatorsMax !== undefined && sumOf(t.rows, (r) => r.max) === score(t.indicatorsMax).v ? t.indicatorsMax : undefined;
  const maxTotal = share ?? t.total?.max ?? '100';
  const maxSrc: Src | undefined = t.total?.src ?? t.rows[0]?.src;
  // the maxima make the full marks only in a table of indicators: a funds part's 执行率 row alone
  // (a form cut after it, its indicators elsewhere) is no whole, unless the form prints its 合计
  if (indicatorRows.length > 0 || t.total?.max !== undefined) out.push(
    sumCheck({
      kind: 'score', key: 'max', subject: '评分表', subjectEn: 'score table', dimension: '各项分值之和', dimensionEn: 'item maxima', side: share ? '绩效指标分值' : t.total?.max ? '合计分值' : '满分', unit: '分',
      total: score(maxTotal), totalPrinted: fmt(score(maxTotal).v, 0),
      items: mapList(maxRows, (r) => ({ money: score(r.max), label: r.name })), ...(maxSrc ? { src: maxSrc } : {}),
    }),
  );
  // 一级指标 headed with their weight (产出指标（50分）): the rows of each add up to it, and the weights
  // (with the rows of no weighted level: the funds table's 执行率 row) make the table's whole
  const levels = new Map<string, { weight: string; rows: ScoreRow[] }>();
  for (const r of t.rows) {
    const w = LEVEL_WEIGHT.exec(r.level1);
    if (!w) continue;
    const level = levels.get(r.level1);
    if (level) level.rows.push(r);
    else levels.set(r.level1, { weight: w[1]!, rows: [r] });
  }
  for (const [name, { weight, rows }] of levels) {
    out.push(
      sumCheck({
        kind: 'score', key: `level:${name}`, subject: `“${name}”`, dimension: '各项分值之和', dimensionEn: 'item maxima', side: '一级指标分值', unit: '分',
        total: score(weight), totalPrinted: weight, items: mapList(rows, (r) => ({ money: score(r.max), label: r.name })), src: rows[0]!.src,
      }),
    );
  }
  if (levels.size >= 2) {
    const items: { money: Money; label: string }[] = [];
    const done = new Set<string>();
    for (const r of t.rows) {
      const level = levels.get(r.level1);
      if (!level) items.push({ money: score(r.max), label: r.name });
      else if (!done.has(r.level1)) {
        done.add(r.level1);
        items.push({ money: score(level.weight), label: r.level1 });
      }
    }
    out.push(
      sumCheck({
        kind: 'score', key: 'max-levels', subject: '评分表', subjectEn: 'score table', dimension: '各一级指标分值之和', dimensionEn: 'level maxima', side: t.total?.max ? '合计分值' : '满分', unit: '分',
        total: score(maxTotal), totalPrinted: fmt(score(maxTotal).v, 0), items, ...(maxSrc ? { src: maxSrc } : {}),
      }),
    );
  }
  out.push(...levelItems(t));
  // a row with its 得分 left blank: the scores cannot be added up (the blank row is its own finding)
  if (t.rows.some((r) => r.got === undefined)) return out;
  const got = (r: ScoreRow): string => r.got!;
  const gotOnly = indicatorsOnly(t.total?.got, got);
  const gotTotal = t.total?.got ?? m.score.score?.value;
  const gotSrc = t.total?.got ? t.total.src : m.score.score?.src;
  // (as for the maxima: a funds part's 执行率 row alone, its indicators not read, is no whole to make
  // the stated 自评得分)
  if (gotTotal !== undefined && (indicatorRows.length > 0 || t.total?.got !== undefined)) {
    out.push(
      sumCheck({
        kind: 'score', key: 'got', subject: '评分表', subjectEn: 'score table', dimension: '各项得分之和', dimensionEn: 'item scores', side: t.total?.got ? '合计得分' : '自评得分', unit: '分',
        total: score(gotTotal), totalPrinted: fmt(score(gotTotal).v, 0),
        items: mapList(gotOnly ? indicatorRows : t.rows, (r) => ({ money: score(got(r)), label: r.name })), ...(gotSrc ? { src: gotSrc } : {}),
        ...(gotSrc ? { eq: () => ({ total: [scoreLeaf(gotSrc, gotTotal, 'got')], parts: mapList(gotOnly ? indicatorRows : t.rows, (r) => [scoreLeaf(r.src, got(r), 'got')]) }) } : {}),
      }),
    );
  }
  // then the score stated apart (自评总分 | 90.23) is the execution score and the indicators' together
  const stated = m.score.score;
  if (gotOnly && stated && t.total && stated.src.line !== t.total.src.line) {
    out.push(
      sumCheck({
        kind: 'score', key: 'got-stated', subject: '评分表', subjectEn: 'score table', dimension: '执行率得分与各项指标得分之和', dimensionEn: 'execution and item scores', side: '自评得分', unit: '分',
        total: score(stated.value), totalPrinted: fmt(score(stated.value).v, 0),
        items: mapList(t.rows, (r) => ({ money: score(got(r)), label: r.name })), src: stated.src,
      }),
    );
  }
  return out;
}

/** What the text states of a level (产出指标分值50分，得47分): the level's rows add up to it. */
function levelItems(t: NonNullable<ReportModel['scoreTable']>): CheckItem[] {
  const out: CheckItem[] = [];
  for (const level of t.levels ?? []) {
    const rows = t.rows.filter((r) => levelStem(r.level1) === level.name);
    if (rows.length < 2) continue;
    if (level.max) {
      const stated = level.max;
      out.push(
        sumCheck({
          kind: 'score', key: `level-stated-max:${level.name}`, subject: `“${rows[0]!.level1}”`, subjectEn: `"${rows[0]!.level1}"`, dimension: '各项分值之和', dimensionEn: 'item maxima', side: '文中所述该级指标分值', unit: '分',
          total: score(stated.value), totalPrinted: stated.value, items: mapList(rows, (r) => ({ money: score(r.max), label: r.name })), src: stated.src,
          eq: () => ({ total: [scoreLeaf(stated.src, stated.value, 'max')], parts: mapList(rows, (r) => [scoreLeaf(r.src, r.max, 'max')]) }),
        }),
      );
    }
    if (level.got && rows.every((r) => r.got !== undefined)) {
      const stated = level.got;
      out.push(
        sumCheck({
          kind: 'score', key: `level-stated-got:${level.name}`, subject: `“${rows[0]!.level1}”`, subjectEn: `"${rows[0]!.level1}"`, dimension: '各项得分之和', dimensionEn: 'item scores', side: '文中所述该级指标得分', unit: '分',
          total: score(stated.value), totalPrinted: stated.value, items: mapList(rows, (r) => ({ money: score(r.got!), label: r.name, src: r.src })), src: stated.src,
          eq: () => ({ total: [scoreLeaf(stated.src, stated.value, 'got')], parts: mapList(rows, (r) => [scoreLeaf(r.src, r.got!, 'got')]) }),
        }),
      );
    }
  }
  return out;
}
