/**
 * A finding in a PDF names its page and the line on the page in every format (issue 17): the
 * audit fixture with its first file's locations given a page, as the API adds them for a PDF.
 */
import { describe, expect, it } from 'vitest';
import type { AuditResult, Location } from '../../src/findings/types.js';
import { formatCsv } from '../../src/format/csv.js';
import { formatHtml } from '../../src/format/html.js';
import { formatJson } from '../../src/format/json.js';
import { formatJunit } from '../../src/format/junit.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatStylish } from '../../src/format/stylish.js';
import { AUDIT_RESULT, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';

function onPages(r: AuditResult): AuditResult {
  const copy = structuredClone(r);
  const file = copy.files[0]!;
  file.info.format = 'pdf';
  let n = 0;
  const page = (loc: Location): void => {
    if (loc.line === undefined) return;
    loc.page = 3;
    loc.lineOnPage = 12 + n++;
  };
  // suppressed findings are not shown by every format: the first shown one is on line 12
  for (const f of file.findings.filter((x) => !x.suppressed)) {
    page(f.location);
    for (const x of f.related ?? []) page(x.location);
  }
  return copy;
}

const PDF = onPages(AUDIT_RESULT);
const FORMATS = { stylish: formatStylish, csv: formatCsv, markdown: formatMarkdown, junit: formatJunit, html: formatHtml };

describe('PDF locations in every format', () => {
  for (const [name, format] of Object.entries(FORMATS)) {
    it(`${name}: 页 3 第 12 行 (page 3, line 12 in English)`, () => {
      expect(format(PDF, OPTIONS_ZH)).toContain('页 3 第 12 行');
      expect(format(PDF, OPTIONS_EN)).toContain('page 3, line 12');
      expect(format(AUDIT_RESULT, OPTIONS_ZH)).not.toContain('页 3 第 12 行');
    });
  }

  it('json: location.page and location.lineOnPage', () => {
    const j = JSON.parse(formatJson(PDF, OPTIONS_ZH));
    const located = j.files.flatMap((f: { findings: { location: Location }[] }) => f.findings.map((x) => x.location)).filter((l: Location) => l.page !== undefined);
    expect(located.length).toBeGreaterThan(0);
    expect(located[0]).toMatchObject({ page: 3, lineOnPage: 12 });
  });

  it('sarif: the region carries page and lineOnPage as properties beside startLine', () => {
    const s = JSON.parse(formatSarif(PDF, OPTIONS_ZH));
    const regions = s.runs[0].results.map((r: { locations: { physicalLocation: { region?: { properties?: unknown } } }[] }) => r.locations[0]!.physicalLocation.region);
    const withPage = regions.filter((r: { properties?: unknown } | undefined) => r?.properties !== undefined);
    expect(withPage.length).toBeGreaterThan(0);
    expect(withPage[0]).toMatchObject({ startLine: expect.any(Number), properties: { page: 3, lineOnPage: 12 } });
  });
});
