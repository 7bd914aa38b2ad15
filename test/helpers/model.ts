/** Helpers for extraction tests: text → model, with the default profile, through the library. */
import { createAuditor, nodeInflate, type ReportModel, type SourceDoc } from '../../src/lib/node.js';
import { PROFILE } from './rule-tester.js';

const auditor = createAuditor({ rules: [], profile: PROFILE, platform: { inflate: nodeInflate } });

export function modelOf(text: string, name = 't.txt'): ReportModel {
  return auditor.model(auditor.readText(name, text));
}

export function modelOfDoc(doc: SourceDoc): ReportModel {
  return auditor.model({ kind: 'doc', doc });
}

/** The model without columns and excerpts: what must agree between a .txt and a .docx of one report. */
export function withoutColumns(m: unknown): unknown {
  return JSON.parse(JSON.stringify(m, (k, v: unknown) => (k === 'column' || k === 'excerpt' ? undefined : v)));
}
