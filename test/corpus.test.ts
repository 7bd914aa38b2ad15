/**
 * The reading corpus (test/corpus, issue 8): report texts written in the shapes of published reports
 * of many provinces and kinds, each with a manifest of the relations a reviewer can verify and the
 * defects planted in it. Measured here: how many manifest relations the tool checked with the right
 * status (recall), that none is checked with the wrong status, that correct texts raise no
 * arithmetic, count or staffing finding, and how many planted defects are reported.
 *
 * Issue 8 asks for a recall of at least 95%, every planted defect reported, and 40 texts: reached on
 * 2026-12-04 (652 of 669 relations, 97.5%; 37 of 37 defects). The floors hold what the tool reaches
 * (above the 95%), so a change that reads less fails here; raise them as reading improves.
 */
import { describe, expect, it } from 'vitest';
import { auditCorpusText, corpusTexts, type CorpusOutcome } from './helpers/corpus.js';

const RECALL_FLOOR = 0.97;
const DEFECTS_FLOOR = 1;
/** Issue 8 asks for at least 40 texts; the corpus holds 40 (01–40). */
const TEXTS_FLOOR = 40;
/** Rules whose findings on a correct text would be false: arithmetic, counts, staffing. */
const STRICT_RULES = new Set(['sum-mismatch', 'share-mismatch', 'shares-total', 'sangong-total-mismatch', 'count-mismatch', 'staffing-exceeds-quota', 'same-figure-conflict', 'grade-score-mismatch']);

const outcomes: CorpusOutcome[] = [];

describe('the reading corpus', () => {
  const texts = corpusTexts();

  it(`holds at least ${TEXTS_FLOOR} texts, each with a manifest`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(TEXTS_FLOOR);
  });

  it.each(texts)('%s: every relation found is checked with the status its manifest gives', async (file) => {
    const o = await auditCorpusText(file);
    outcomes.push(o);
    expect(o.result.error).toBeNull();
    expect(o.wrong.map((w) => ({ relation: w.r, status: w.c.status, values: w.c.values }))).toEqual([]);
  });

  it.each(texts)('%s: no arithmetic, count or staffing finding the manifest does not plant', async (file) => {
    const o = outcomes.find((x) => x.file === file) ?? (await auditCorpusText(file));
    const planted = new Set(o.manifest.defects.map((d) => d.ruleId));
    const unplanted = o.result.findings.filter((f) => STRICT_RULES.has(f.ruleId) && !planted.has(f.ruleId));
    expect(unplanted.map((f) => `${f.ruleId} ${f.location.line}: ${f.message}`)).toEqual([]);
  });

  it(`checks at least ${RECALL_FLOOR * 100}% of the manifest relations and reports at least ${DEFECTS_FLOOR * 100}% of the planted defects`, async () => {
    let right = 0;
    let all = 0;
    let defects = 0;
    let reported = 0;
    for (const file of texts) {
      const o = outcomes.find((x) => x.file === file) ?? (await auditCorpusText(file));
      right += o.right.length;
      all += o.right.length + o.wrong.length + o.missing.length;
      for (const d of o.manifest.defects) {
        defects++;
        // reported on its own, or listed under the finding that names the figure it follows from
        if (o.result.findings.some((f) => f.ruleId === d.ruleId || f.consequences?.some((c) => c.ruleId === d.ruleId))) reported++;
      }
    }
    console.log(`corpus: ${right}/${all} relations checked right (${((100 * right) / all).toFixed(1)}%), ${reported}/${defects} planted defects reported`);
    expect(right / all).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(reported / defects).toBeGreaterThanOrEqual(DEFECTS_FLOOR);
  });
});
