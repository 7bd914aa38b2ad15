/** Check facts for staffing, declared counts, years, cover fields, placeholders and the score. */
import type { ReportModel } from '../extract/model.js';
import { roleNo, sectionWithRole, type Profile } from '../profiles/profile.js';
import { mapList } from './list.js';
import type { CheckItem, SkippedCheck } from './types.js';

export function staffingItems(m: ReportModel, skipped: SkippedCheck[]): CheckItem[] {
  const { quota, actual } = m.staffing;
  if (!quota || !actual) {
    if (quota || actual) skipped.push({ check: 'staffing', why: quota ? 'quota-only' : 'actual-only', src: (quota ?? actual)!.src });
    return [];
  }
  return [{
    key: 'staffing',
    src: actual.src,
    related: [{ src: quota.src, text: `编制数 ${quota.value} 人` }],
    check: 'staffing',
    quota: quota.value,
    actual: actual.value,
    excess: actual.value - quota.value,
    exceeds: actual.value > quota.value,
    expectedText: `≤ ${quota.value} 人`,
    actualText: `${actual.value} 人`,
    data: { quota: quota.value, actual: actual.value, excess: actual.value - quota.value },
  }];
}

export function countItems(m: ReportModel): CheckItem[] {
  return mapList(m.counts, (c) => {
    const seen = new Set<string>();
    const dups = c.listed.filter((x) => (seen.has(x) ? true : (seen.add(x), false)));
    // a list that ends in 等 may name only some: it cannot be longer than its count; as long as it, it
    // names them all (A、B、…S等19家 with 19 listed: 等 closes the list)
    // (so may words that are perhaps kinds of what is counted: 水库、山塘和河道工程项目9个)
    const open = c.etc || c.kinds === true;
    const status = dups.length > 0 ? 'duplicate' : open ? (c.listed.length > c.declared ? 'mismatch' : c.listed.length === c.declared ? 'ok' : c.etc ? 'open' : 'kinds') : c.listed.length !== c.declared ? 'mismatch' : 'ok';
    return {
      key: `count:${c.subject}:${c.listed.join('、')}`,
      src: c.src,
      check: 'count',
      subject: c.subject,
      declared: c.declared,
      listedCount: c.listed.length,
      unit: c.unit,
      duplicates: dups.join('、'),
      hasDuplicates: dups.length > 0,
      etc: c.etc,
      kinds: c.kinds === true,
      status,
      listed: c.listed,
      expectedText: `${c.declared}${c.unit}`,
      actualText: `列出 ${c.listed.length}${c.unit}`,
      actualTextEn: `${c.listed.length} listed`,
      data: { declared: c.declared, listed: c.listed.length, items: c.listed.join('、') },
    };
  });
}

export function yearItems(m: ReportModel, skipped: SkippedCheck[]): CheckItem[] {
  if (m.year === undefined) {
    if (m.years.length > 0) skipped.push({ check: 'year', why: 'no-report-year' });
    return [];
  }
  const year = m.year;
  const differing: ReportModel['years'] = [];
  for (const y of m.years) if (y.year !== year) differing.push(y);
  return mapList(differing, (y) => ({
    key: `year:${y.year}:${y.src.excerpt.slice(0, 40)}`,
    src: y.src,
    check: 'year',
    year: y.year,
    reportYear: year,
    comparison: y.comparison,
    hasFigure: y.hasFigure,
    differs: true,
    expectedText: `${year}年`,
    actualText: `${y.year}年`,
    data: { year: y.year, reportYear: year },
  }));
}

export function coverItems(m: ReportModel): CheckItem[] {
  return mapList(m.cover, (f) => ({ key: `cover:${f.name}`, src: f.src, name: f.name, value: f.value, filled: f.value !== null, data: { field: f.name } }));
}

export function placeholderItems(m: ReportModel): CheckItem[] {
  return mapList(m.placeholders, (p) => ({ key: `placeholder:${p.text}:${p.src.excerpt.slice(0, 30)}`, src: p.src, text: p.text, field: p.field ?? '', instruction: p.field !== undefined, data: { text: p.text, ...(p.field !== undefined ? { field: p.field } : {}) } }));
}

export function scoreItems(m: ReportModel, profile: Profile): CheckItem[] {
  const { score, grade } = m.score;
  // (by the grades the document states for itself, where it does: "…75分（含）至89分为良好…")
  const grades = m.score.bands ?? profile.grades;
  const expectedGrade = score ? (grades.find((g) => Number(score.value) >= g.min)?.grade ?? '') : '';
  const src = grade?.src ?? score?.src ?? lastSectionSrc(m, profile);
  const evaluation = roleNo(profile, 'evaluation');
  return [{
    key: 'score',
    check: 'grade',
    ...(src ? { src } : evaluation !== undefined ? { section: evaluation } : {}),
    scoreStated: score !== undefined,
    gradeStated: grade !== undefined,
    score: score?.value ?? '',
    grade: grade?.value ?? '',
    expectedGrade,
    gradeMatches: !score || !grade || expectedGrade === grade.value,
    resultsListed: m.score.listed ?? 0,
    ...(score && grade ? { expectedText: `${expectedGrade}（${score.value}分）`, actualText: grade.value } : {}),
    ...(score && grade && score.src !== grade.src ? { related: [{ src: score.src, text: `自评得分 ${score.value} 分` }] } : {}),
    data: { score: score?.value ?? '', grade: grade?.value ?? '', expectedGrade, bands: bandsText(grades) },
  }];
}

/** "优≥90 良≥80 …" (a plain loop: one elements kind, no deopt in a batch). */
function bandsText(grades: readonly { grade: string; min: number }[]): string {
  let s = '';
  for (const g of grades) s += `${s ? ' ' : ''}${g.grade}≥${g.min}`;
  return s;
}

function lastSectionSrc(m: ReportModel, profile: Profile): { line: number; column: number; excerpt: string } | undefined {
  const s = sectionWithRole(profile, m.outline.sections, 'evaluation') ?? m.outline.sections[m.outline.sections.length - 1];
  return s ? { line: s.line, column: 1, excerpt: s.text } : undefined;
}
