/** Helpers for extraction tests: text → model, with the default profile. */
import { extract } from '../../src/extract/index.js';
import type { ReportModel } from '../../src/extract/model.js';
import { linesToDoc } from '../../src/read/txt.js';
import type { SourceDoc } from '../../src/read/types.js';
import { PROFILE } from './rule-tester.js';

export function modelOf(text: string): ReportModel {
  return extract(linesToDoc(text, 't.txt'), PROFILE);
}

export function modelOfDoc(doc: SourceDoc): ReportModel {
  return extract(doc, PROFILE);
}

/** The model without columns and excerpts: what must agree between a .txt and a .docx of one report. */
export function withoutColumns(m: unknown): unknown {
  return JSON.parse(JSON.stringify(m, (k, v: unknown) => (k === 'column' || k === 'excerpt' ? undefined : v)));
}
