/**
 * In-process stage timings, bundled by bench/run.mjs with esbuild and run as its own process
 * (node --expose-gc stages.mjs <job.json>); prints one JSON object on stdout.
 *
 * 1. Stages over the batch corpus, in file order, no warm-up pass (as the CLI meets them), each
 *    through the library as the CLI calls it: io (readFileSync), parse (auditor.read: unzip +
 *    XML), extract (auditor.model), check (auditor.checkRead on the extracted model = checks +
 *    rules + findings); and as sub-measurements of check, run separately on the same model with
 *    the engine's own parts (the one place outside the library that reaches inside, to time
 *    them): checks (computeChecks) and rules (RuleRunner.run). Then
 *    format: finish() + the json and summary formatters over all results, per report.
 * 2. Memory: heap retained by the results of the whole batch (after gc, with and without them).
 * 3. Scaling: after (1) has warmed the JIT, each scaling file through the whole pipeline
 *    (read → … → json of a one-file result) `reps` times; the median per file.
 */
import { readFileSync } from 'node:fs';
import { activeRules } from '../src/api.js';
import { computeChecks } from '../src/checks/index.js';
import { RuleRunner } from '../src/engine/run.js';
import { formatJson } from '../src/format/json.js';
import { formatSummary } from '../src/format/summary.js';
import { createNodeAuditor, loadRules, resolveProfile, type FileResult, type FormatOptions, type SourceDoc } from '../src/lib/node.js';
import { tuneForBatch, youngGenerationCap } from '../src/cli/v8-batch.js';

interface Job {
  batch: string[];
  scale: { file: string; k: number; format: string }[];
  reps: number;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const now = () => performance.now();

// the same V8 settings as the CLI gives a batch
tuneForBatch(job.batch.length);
const afterFile = youngGenerationCap();
const tSetup = now();
const profile = await resolveProfile('hunan');
const rules = await loadRules();
const auditor = await createNodeAuditor({ profile, rules, config: { lang: 'zh' } });
const runner = new RuleRunner(activeRules(rules));
const setupMs = now() - tSetup;
const fmtOpts: FormatOptions = { lang: 'zh', color: false, failOn: 'error', cwd: process.cwd(), showSkipped: false };

const parse = async (bytes: Uint8Array, file: string): Promise<SourceDoc> => {
  const input = await auditor.read({ name: file, bytes });
  if (input.kind !== 'doc') throw new Error(`${file}: not a document`);
  return input.doc;
};

// ------------------------------------------------------------------ 1. stages over the batch
const sum = { io: 0, parse: 0, extract: 0, check: 0, checks: 0, rules: 0 };
let items = 0;
let engineRuns = 0;
let findings = 0;
let blocks = 0;
gc();
const heapBefore = process.memoryUsage().heapUsed;
const results: FileResult[] = [];
const perFile: number[] = []; // io + parse + extract + check of each report, in batch order
const tBatch = now();
for (const file of job.batch) {
  const t0 = now();
  const bytes = readFileSync(file);
  const t1 = now();
  const doc = await parse(bytes, file);
  const t2 = now();
  const model = auditor.model({ kind: 'doc', doc });
  const t3 = now();
  const res = await auditor.checkRead(file, { kind: 'model', model });
  const t4 = now();
  const facts = computeChecks(model, profile);
  const t5 = now();
  await runner.run(facts);
  const t6 = now();
  perFile.push(t4 - t0);
  sum.io += t1 - t0;
  sum.parse += t2 - t1;
  sum.extract += t3 - t2;
  sum.check += t4 - t3;
  sum.checks += t5 - t4;
  sum.rules += t6 - t5;
  res.info.format = doc.format; // check() on a model records 'data'; the CLI would say docx/txt
  results.push(res);
  blocks += doc.blocks.length;
  findings += res.findings.length;
  for (const list of Object.values(facts.collections)) items += list.length;
  afterFile();
}
const batchLoopMs = now() - tBatch;
engineRuns = runner.engineRuns;
const n = job.batch.length;

const tf0 = now();
const audit = auditor.finish(results);
const tf1 = now();
const json = formatJson(audit, fmtOpts);
const tf2 = now();
const summary = formatSummary(audit, fmtOpts);
const tf3 = now();

gc();
const heapWith = process.memoryUsage().heapUsed;
const rssWith = process.memoryUsage().rss;
results.length = 0;
gc();
const heapWithout = process.memoryUsage().heapUsed;

const per = (x: number) => x / n;
const avg = (from: number, to: number) => {
  const xs = perFile.slice(from, to);
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
};
const stages = {
  reports: n,
  setupMs,
  batchLoopMs,
  perReportMs: {
    io: per(sum.io),
    parse: per(sum.parse),
    extract: per(sum.extract),
    check: per(sum.check),
    checks: per(sum.checks),
    rules: per(sum.rules),
    findings: Math.max(0, per(sum.check - sum.checks - sum.rules)),
    finish: per(tf1 - tf0),
    formatJson: per(tf2 - tf1),
    formatSummary: per(tf3 - tf2),
  },
  /** JIT warm-up: read + extract + check per report by position in the batch. */
  byPosition: { '1-10': avg(0, 10), '11-100': avg(10, 100), '101-500': avg(100, 500), '501-end': avg(500, n) },
  perReport: { blocks: blocks / n, checkItems: items / n, engineRuns: engineRuns / n, findings: findings / n, jsonBytes: Buffer.byteLength(json) / n, summaryBytes: Buffer.byteLength(summary) / n },
  memory: {
    heapBeforeMB: heapBefore / 1048576,
    heapWithResultsMB: heapWith / 1048576,
    rssWithResultsMB: rssWith / 1048576,
    retainedPerReportKB: (heapWith - heapWithout) / n / 1024,
    jsonStringMB: Buffer.byteLength(json) / 1048576,
  },
};

// ------------------------------------------------------------------ 3. scaling
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function pipeline(file: string) {
  const t0 = now();
  const bytes = readFileSync(file);
  const doc = await parse(bytes, file);
  const t1 = now();
  const model = auditor.model({ kind: 'doc', doc });
  const t2 = now();
  const res = await auditor.checkRead(file, { kind: 'model', model });
  const t3 = now();
  formatJson(auditor.finish([res]), fmtOpts);
  const t4 = now();
  return { total: t4 - t0, read: t1 - t0, extract: t2 - t1, check: t3 - t2, format: t4 - t3, blocks: doc.blocks.length, bytes: bytes.length };
}

const scaling: { file: string; k: number; format: string; bytes: number; blocks: number; ms: number; readMs: number; extractMs: number; checkMs: number; formatMs: number }[] = [];
for (const s of job.scale) {
  await pipeline(s.file); // warm-up for this file's code paths
  const runs = [];
  for (let i = 0; i < job.reps; i++) runs.push(await pipeline(s.file));
  scaling.push({
    file: s.file,
    k: s.k,
    format: s.format,
    bytes: runs[0]!.bytes,
    blocks: runs[0]!.blocks,
    ms: median(runs.map((r) => r.total)),
    readMs: median(runs.map((r) => r.read)),
    extractMs: median(runs.map((r) => r.extract)),
    checkMs: median(runs.map((r) => r.check)),
    formatMs: median(runs.map((r) => r.format)),
  });
}

process.stdout.write(JSON.stringify({ stages, scaling }) + '\n');
