#!/usr/bin/env node
/**
 * `npm run bench`: performance figures of the built CLI (dist/jixiao-lint.cjs), measured side
 * by side in one run, printed as a table and written to bench/results.json.
 *
 *   1. cold start      one-file `check --format json` process vs `node -e ""`, alternating, medians
 *   2. batch           1,000 .docx through ONE `check DIR --format summary -o FILE` process, vs the
 *                      floor: one process that only reads + unzips + XML-parses them (readDocx)
 *   3. stages          read / extract / checks+rules / format per report, in one process
 *   4. peak RSS        of the batch process at 1,000 and 10,000 reports
 *   5. scaling         time per report at 1×…50× the seed's length (.docx and .txt)
 *   6. offline page    time from dropping the example .docx on dist/jixiao-lint.html to its
 *                      findings, in headless Chromium (bench/page.mjs; skipped without Chromium)
 *   7. PDF             a batch of PDFs (LibreOffice exports of the corpus) through one process, in
 *                      reports/s beside the .docx figure, and reading the seed PDF in one process
 *                      (first read with pdf.js loading, then warm); skipped without LibreOffice
 *   8. reading corpus  test/corpus's texts (mixed shapes, provinces, kinds) in one batch
 *
 * The corpus is generated from the seed's shape by bench/corpus.mjs (figures reconcile except in
 * about 1 report in 10). A few hundred distinct .docx are generated and hard-linked under distinct
 * names up to 1,000 / 10,000 files. Targets are fixed; a miss prints FAIL and still exits 0 (this
 * is a measurement); only a broken bench exits non-zero.
 *
 * Small mode (BENCH_SMALL=1 or --small): a tiny corpus, few runs, no 10k, in a private folder,
 * results to $BENCH_RESULTS or a temp file: for the smoke test; its figures mean nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { docxOf, makeReport, makeScaled } from './corpus.mjs';
import { measurePage } from './page.mjs';
import { pdfjsTextOnly } from '../scripts/pdfjs-text-only.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const SMALL = process.env.BENCH_SMALL === '1' || process.argv.includes('--small');
const node = process.execPath;
const started = performance.now();
const loadAtStart = loadavg();

const TARGETS = {
  coldStartRatio: { max: 2.0 },
  batchReportsPerSecond: { min: 500 },
  floorRatio: { max: 4.0 },
  peakRssMB10k: { max: 150 },
  scaling50x: { max: 60 },
  pageDropMs: { max: 300 },
};

const P = SMALL
  ? { distinct: 6, batch1: 10, batch2: 20, coldRuns: 3, batchReps: 1, reps: 2, scale: { 1: 2, 10: 1, 50: 1 } }
  : { distinct: 300, batch1: 1000, batch2: 10000, coldRuns: 15, batchReps: 3, reps: 7, scale: { 1: 10, 2: 6, 5: 6, 10: 4, 20: 3, 50: 3 } };

// The work folder must sit inside the package: the bundles find rules/ and src/profiles/ by
// walking up to package.json.
const work = SMALL ? join(benchDir, '.corpus', `small-${process.pid}`) : join(benchDir, '.corpus', 'full');
const resultsPath = process.env.BENCH_RESULTS || (SMALL ? join(tmpdir(), `jixiao-bench-small-${process.pid}.json`) : join(benchDir, 'results.json'));

const log = (msg) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pad = (n, w) => String(n).padStart(w, '0');

class BenchError extends Error {}

// ------------------------------------------------------------------ set-up

function snapshotCli() {
  // Others may rebuild dist/ while the bench runs (the build removes dist/ first): measure a
  // byte-identical copy taken now. Wait a little if dist/ is being rebuilt at this moment.
  const dist = join(root, 'dist', 'app.cache');
  for (let i = 0; i < 40 && !existsSync(dist); i++) spawnSync(node, ['-e', 'setTimeout(()=>{},250)']);
  if (!existsSync(dist)) throw new BenchError('dist/ is incomplete: run `npm run build` (npm run bench does)');
  // the bin, the app it loads and the app's code cache go together
  const bin = join(work, 'cli', 'jixiao-lint.cjs');
  rmSync(join(work, 'cli'), { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(work, 'cli'), { recursive: true });
  // whether V8 accepts the code cache here (it is checked against the Node version and V8 flags)
  const probe = spawnSync(node, [bin, '--version'], { env: { ...process.env, JIXIAO_CODE_CACHE_REPORT: '1' }, encoding: 'utf8' });
  const codeCache = /code cache: (\w+)/.exec(probe.stderr)?.[1] ?? 'unknown';
  return { bin, bytes: statSync(join(work, 'cli', 'app.cjs')).size, cacheBytes: statSync(join(work, 'cli', 'app.cache')).size, codeCache };
}

async function buildHelpers() {
  const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
  await build({
    entryPoints: { stages: join(benchDir, 'stages.ts'), floor: join(benchDir, 'floor.ts'), pdfRead: join(benchDir, 'pdf-read.ts') },
    outdir: work,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner,
    legalComments: 'none',
    logLevel: 'error',
    // the pdf.js the CLI and the page ship (scripts/pdfjs-text-only.mjs)
    plugins: [pdfjsTextOnly],
  });
  return { stages: join(work, 'stages.mjs'), floor: join(work, 'floor.mjs'), pdfRead: join(work, 'pdfRead.mjs') };
}

/**
 * PDFs: LibreOffice exports a few distinct corpus reports and the seed (one soffice run), hard-
 * linked up to a batch; the batch goes through one `check` process as the .docx batch does.
 */
function pdfFigures(bin, pdfRead) {
  if (spawnSync('soffice', ['--version']).status !== 0) return { skipped: 'LibreOffice (soffice) is not installed' };
  const src = join(work, 'pdf-src');
  const pdfDir = join(work, 'pdf-distinct');
  mkdirSync(src, { recursive: true });
  mkdirSync(pdfDir, { recursive: true });
  const k = SMALL ? 2 : 20;
  const n = SMALL ? 4 : 100;
  for (let i = 0; i < k; i++) copyFileSync(join(work, 'distinct', `d${pad(i, 4)}.docx`), join(src, `p${pad(i, 4)}.docx`));
  copyFileSync(join(root, 'examples', 'yanling-2024', 'report.docx'), join(src, 'seed.docx'));
  const profile = join(work, 'lo-profile');
  const t0 = performance.now();
  const files = Array.from({ length: k }, (_, i) => join(src, `p${pad(i, 4)}.docx`)).concat(join(src, 'seed.docx'));
  const conv = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (conv.status !== 0 || !existsSync(join(pdfDir, 'seed.pdf'))) throw new BenchError(`soffice failed (${conv.status}): ${conv.stderr}`);
  const convertMs = performance.now() - t0;
  const dir = join(work, 'pdf-batch');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) linkOrCopy(join(pdfDir, `p${pad(i % k, 4)}.pdf`), join(dir, `r${pad(i + 1, 5)}.pdf`));
  const out = join(work, 'out-summary-pdf.txt');
  const ms = [];
  for (let i = 0; i < P.batchReps; i++) {
    rmSync(out, { force: true });
    ms.push(timed([bin, 'check', dir, '--format', 'summary', '-o', out], { what: 'pdf batch', okStatus: [0, 1] }).ms);
    checkSummary(out, n, 'pdf batch');
  }
  const read = JSON.parse(timed([node, pdfRead, join(pdfDir, 'seed.pdf'), String(SMALL ? 3 : 20)], { what: 'pdf read' }).stdout);
  return { reports: n, distinct: k, convertMs, batchMedianMs: median(ms), batchMs: ms, reportsPerSecond: n / (median(ms) / 1000), seedRead: read, seedBytes: statSync(join(pdfDir, 'seed.pdf')).size };
}

function linkOrCopy(from, to) {
  try {
    linkSync(from, to);
    return 'hard link';
  } catch {
    copyFileSync(from, to);
    return 'copy';
  }
}

async function makeCorpus() {
  const t0 = performance.now();
  const dDir = join(work, 'distinct');
  mkdirSync(dDir, { recursive: true });
  const distinct = [];
  let wrong = 0;
  for (let i = 0; i < P.distinct; i++) {
    const rep = makeReport({ seed: i + 1 });
    if (rep.wrong) wrong++;
    const f = join(dDir, `d${pad(i, 4)}.docx`);
    writeFileSync(f, await docxOf(rep.text));
    distinct.push(f);
  }
  const tDistinct = performance.now() - t0;

  let method = 'hard link';
  const batch = (name, n) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n; i++) if (linkOrCopy(distinct[i % distinct.length], join(dir, `r${pad(i + 1, 5)}.docx`)) === 'copy') method = 'copy';
    return dir;
  };
  const batch1 = batch('batch1', P.batch1);
  const batch2 = P.batch2 ? batch('batch2', P.batch2) : undefined;

  const sDir = join(work, 'scale');
  mkdirSync(sDir, { recursive: true });
  const scale = [];
  const lengthRatio = {};
  for (const [kStr, count] of Object.entries(P.scale)) {
    const k = Number(kStr);
    const ratios = [];
    for (let j = 0; j < count; j++) {
      const rep = makeScaled({ seed: 100_000 + k * 100 + j, k, wrong: false });
      ratios.push(rep.lengthRatio);
      const base = join(sDir, `s${pad(k, 2)}x-${j}`);
      writeFileSync(`${base}.txt`, rep.text);
      writeFileSync(`${base}.docx`, await docxOf(rep.text));
      scale.push({ file: `${base}.docx`, k, format: 'docx' }, { file: `${base}.txt`, k, format: 'txt' });
    }
    lengthRatio[k] = mean(ratios);
  }
  const seedLen = readFileSync(join(root, 'examples', 'yanling-2024', 'report.txt'), 'utf8').length;
  const oneLen = mean([1, 2, 3].map((s) => makeReport({ seed: s }).text.length));
  return {
    batch1,
    batch2,
    scale,
    info: {
      distinctDocx: P.distinct,
      distinctWithDeliberateErrors: wrong,
      batch1Files: P.batch1,
      batch2Files: P.batch2,
      duplication: method,
      scaleFilesPerSize: P.scale,
      scaleLengthRatio: lengthRatio,
      oneXLengthVsSeed: oneLen / seedLen,
      generateDistinctMs: tDistinct,
      generateTotalMs: performance.now() - t0,
    },
  };
}

// ------------------------------------------------------------------ process runners

function timed(args, { what, okStatus = [0], env } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(args[0], args.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: env ?? process.env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw new BenchError(`${what}: ${r.error.message}`);
  if (!okStatus.includes(r.status)) throw new BenchError(`${what}: exit ${r.status ?? r.signal}\n${String(r.stderr).slice(0, 2000)}`);
  return { ms, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** How to measure a child's peak RSS on this machine: GNU time, else an --import exit hook. */
function rssMethod() {
  if (existsSync('/usr/bin/time')) {
    const out = join(work, 'time-probe.txt');
    const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', out, node, '-e', ''], { stdio: 'ignore' });
    if (r.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(out, 'utf8').trim().split('\n').pop() ?? '')) return 'gnu-time';
  }
  const hook = join(work, 'rss-hook.mjs');
  writeFileSync(
    hook,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { try { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_OUT, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); } catch {} });\n",
  );
  return 'resourceUsage-hook';
}

let RSS_METHOD;
/** Run a node command line (args after `node`); returns wall ms, peak RSS in MB and user+sys CPU ms. */
function withRss(nodeArgs, what, okStatus) {
  const out = join(work, 'rss.txt');
  rmSync(out, { force: true });
  let r;
  if (RSS_METHOD === 'gnu-time') {
    r = timed(['/usr/bin/time', '-f', '%M %U %S', '-o', out, node, ...nodeArgs], { what, okStatus });
  } else {
    r = timed([node, `--import=${pathToFileURL(join(work, 'rss-hook.mjs')).href}`, ...nodeArgs], { what, okStatus, env: { ...process.env, BENCH_RSS_OUT: out } });
  }
  const [kb, user, sys] = (readFileSync(out, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (!(kb > 0)) throw new BenchError(`${what}: no peak RSS measured`);
  return { ...r, rssMB: kb / 1024, cpuMs: (user + sys) * 1000 };
}

function checkSummary(file, n, what) {
  const text = readFileSync(file, 'utf8');
  const m = /合计：(\d+) 份报告/.exec(text);
  if (!m || Number(m[1]) !== n) throw new BenchError(`${what}: expected ${n} reports in the summary, got ${m ? m[1] : 'no totals line'}`);
  if (/无法读取/.test(text)) throw new BenchError(`${what}: some reports could not be read`);
}

// ------------------------------------------------------------------ measurements

function coldStart(bin) {
  const one = join(root, 'examples', 'yanling-2024', 'report.docx');
  const cli = [node, bin, 'check', one, '--format', 'json'];
  const bare = [node, '-e', ''];
  for (let i = 0; i < 2; i++) {
    timed(cli, { what: 'cold start (warm-up)', okStatus: [0, 1] });
    timed(bare, { what: 'node -e (warm-up)' });
  }
  const cliMs = [];
  const nodeMs = [];
  for (let i = 0; i < P.coldRuns; i++) {
    // alternate, and alternate which of the two goes first
    const order = i % 2 ? ['node', 'cli'] : ['cli', 'node'];
    for (const w of order) {
      if (w === 'cli') cliMs.push(timed(cli, { what: 'cold start', okStatus: [0, 1] }).ms);
      else nodeMs.push(timed(bare, { what: 'node -e ""' }).ms);
    }
  }
  return { file: relative(root, one), runs: P.coldRuns, cliMedianMs: median(cliMs), nodeMedianMs: median(nodeMs), cliMs, nodeMs };
}

function batchRuns(bin, floorBundle, dir, n) {
  const outSummary = join(work, 'out-summary.txt');
  const fullMs = [];
  const floorMs = [];
  const rss = [];
  const cpuMs = [];
  for (let i = 0; i < P.batchReps; i++) {
    rmSync(outSummary, { force: true });
    const r = withRss([bin, 'check', dir, '--format', 'summary', '-o', outSummary], `batch of ${n}`, [0, 1]);
    checkSummary(outSummary, n, `batch of ${n}`);
    fullMs.push(r.ms);
    rss.push(r.rssMB);
    cpuMs.push(r.cpuMs);
    const f = timed([node, floorBundle, dir], { what: 'floor' });
    if (Number(f.stdout.split(' ')[0]) !== n) throw new BenchError(`floor: read ${f.stdout.trim()} instead of ${n} files`);
    floorMs.push(f.ms);
  }
  // the same batch with the json formatter writing a file, once (raw figure)
  const outJson = join(work, 'out.json');
  const j = withRss([bin, 'check', dir, '--format', 'json', '-o', outJson], `batch of ${n} (json)`, [0, 1]);
  const jsonFiles = JSON.parse(readFileSync(outJson, 'utf8')).files.length;
  if (jsonFiles !== n) throw new BenchError(`batch json: ${jsonFiles} files instead of ${n}`);
  return {
    reports: n,
    fullMedianMs: median(fullMs),
    floorMedianMs: median(floorMs),
    fullMs,
    floorMs,
    fullCpuMs: cpuMs,
    peakRssMB: Math.max(...rss),
    rssMB: rss,
    json: { ms: j.ms, cpuMs: j.cpuMs, reportsPerSecond: n / (j.ms / 1000), peakRssMB: j.rssMB, outputMB: statSync(outJson).size / 1048576 },
  };
}

function bigBatch(bin, dir, n) {
  const out = join(work, 'out-summary-big.txt');
  rmSync(out, { force: true });
  const r = withRss([bin, 'check', dir, '--format', 'summary', '-o', out], `batch of ${n}`, [0, 1]);
  checkSummary(out, n, `batch of ${n}`);
  return { reports: n, ms: r.ms, cpuMs: r.cpuMs, reportsPerSecond: n / (r.ms / 1000), peakRssMB: r.rssMB };
}

function stageRun(stagesBundle, batchDir, n, scale) {
  const batch = Array.from({ length: n }, (_, i) => join(batchDir, `r${pad(i + 1, 5)}.docx`));
  const jobFile = join(work, 'stages-job.json');
  writeFileSync(jobFile, JSON.stringify({ batch, scale, reps: P.reps }));
  const r = timed([node, '--expose-gc', stagesBundle, jobFile], { what: 'stages' });
  return JSON.parse(r.stdout);
}

// ------------------------------------------------------------------ report

const fmtN = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '—' : Number(x).toFixed(d));

function verdict(key, value) {
  const t = TARGETS[key];
  if (!t) return { target: '—', pass: null };
  if (t.max !== undefined) return { target: `≤ ${t.max}`, pass: value <= t.max };
  return { target: `≥ ${t.min}`, pass: value >= t.min };
}

function table(headers, rows, align) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (align?.[i] === 'l' ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  return [line(headers), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The reading corpus of test/corpus (report texts in the shapes of many provinces and kinds of
 * document), each text linked COPIES times into one folder: reports/s on mixed shapes, beside the
 * .docx batch made from the example report.
 */
function corpusBatch(bin) {
  const COPIES = SMALL ? 2 : 10;
  const from = join(root, 'test', 'corpus');
  const dir = join(work, 'reading-corpus');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = readdirSync(from).filter((f) => f.endsWith('.txt'));
  for (let k = 0; k < COPIES; k++) for (const t of texts) linkOrCopy(join(from, t), join(dir, `${k}-${t}`));
  const n = texts.length * COPIES;
  const out = join(work, 'out-summary-corpus.txt');
  rmSync(out, { force: true });
  const r = withRss([bin, 'check', dir, '--format', 'summary', '-o', out], `corpus batch of ${n}`, [0, 1]);
  checkSummary(out, n, `corpus batch of ${n}`);
  return { reports: n, texts: texts.length, ms: r.ms, cpuMs: r.cpuMs, reportsPerSecond: n / (r.ms / 1000), peakRssMB: r.rssMB };
}

async function main() {
  if (!SMALL) rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log(`${SMALL ? 'SMALL mode' : 'full run'}; work folder ${relative(root, work)}`);
  const cli = snapshotCli();
  log(`V8 code cache of the app: ${cli.codeCache} (${(cli.cacheBytes / 1024).toFixed(0)} KB)`);
  const helpers = await buildHelpers();
  RSS_METHOD = rssMethod();
  log(`peak RSS via ${RSS_METHOD}`);

  log('generating corpus …');
  const corpus = await makeCorpus();
  log(`corpus: ${P.distinct} distinct .docx (${corpus.info.distinctWithDeliberateErrors} with a deliberate error) → ${P.batch1} / ${P.batch2} files by ${corpus.info.duplication}; ${corpus.scale.length} scaling files; ${(corpus.info.generateTotalMs / 1000).toFixed(1)} s`);

  log('cold start …');
  const cold = coldStart(cli.bin);
  const coldStartRatio = cold.cliMedianMs / cold.nodeMedianMs;

  log(`batch of ${P.batch1} vs floor …`);
  const b1 = batchRuns(cli.bin, helpers.floor, corpus.batch1, P.batch1);
  const batchReportsPerSecond = P.batch1 / (b1.fullMedianMs / 1000);
  const floorRatio = b1.fullMedianMs / b1.floorMedianMs;

  log(`batch of ${P.batch2} …`);
  const b2 = bigBatch(cli.bin, corpus.batch2, P.batch2);

  log('reading corpus (mixed shapes, provinces and kinds) …');
  const mixed = corpusBatch(cli.bin);

  log('stages and scaling (in one process) …');
  const st = stageRun(helpers.stages, corpus.batch1, P.batch1, corpus.scale);
  const sizes = Object.keys(P.scale).map(Number);
  const tOf = (k, format) => mean(st.scaling.filter((s) => s.k === k && (!format || s.format === format)).map((s) => s.ms));
  const kMax = Math.max(...sizes);
  const scaling50x = tOf(kMax) / tOf(1);

  log('offline page: drop the example .docx …');
  const pg = await measurePage({ page: join(work, 'cli', 'jixiao-lint.html'), docx: join(root, 'examples', 'yanling-2024', 'report.docx'), runs: SMALL ? 2 : 9 });
  const pageDropMs = pg ? median(pg.ms) : null;

  log('PDF batch and seed PDF read …');
  const pdf = pdfFigures(cli.bin, helpers.pdfRead);

  const results = {
    coldStartRatio,
    pageDropMs,
    batchReportsPerSecond,
    corpusReportsPerSecond: mixed.reportsPerSecond,
    floorRatio,
    peakRssMB1k: b1.peakRssMB,
    peakRssMB10k: b2.peakRssMB,
    scaling50x,
    targets: TARGETS,
    pass: {
      coldStartRatio: verdict('coldStartRatio', coldStartRatio).pass,
      batchReportsPerSecond: verdict('batchReportsPerSecond', batchReportsPerSecond).pass,
      floorRatio: verdict('floorRatio', floorRatio).pass,
      peakRssMB10k: verdict('peakRssMB10k', b2.peakRssMB).pass,
      scaling50x: verdict('scaling50x', scaling50x).pass,
      pageDropMs: pageDropMs === null ? null : verdict('pageDropMs', pageDropMs).pass,
    },
    small: SMALL,
    raw: {
      coldStart: cold,
      batch1k: b1,
      batch10k: b2,
      stages: st.stages,
      pdf,
      scaling: {
        perSizeMs: Object.fromEntries(sizes.map((k) => [k, { mixed: tOf(k), docx: tOf(k, 'docx'), txt: tOf(k, 'txt'), lengthRatio: corpus.info.scaleLengthRatio[k] }])),
        docx50x: tOf(kMax, 'docx') / tOf(1, 'docx'),
        txt50x: tOf(kMax, 'txt') / tOf(1, 'txt'),
        largestK: kMax,
        files: st.scaling.map((s) => ({ ...s, file: relative(root, s.file) })),
      },
      page: pg ?? 'not measured: no Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
      corpus: corpus.info,
      cli: { bin: 'dist/jixiao-lint.cjs → dist/app.cjs with dist/app.cache (copied to the work folder at start)', appBytes: cli.bytes, codeCacheBytes: cli.cacheBytes, codeCache: cli.codeCache },
      rssMethod: RSS_METHOD === 'gnu-time' ? '/usr/bin/time -f %M (GNU time: ru_maxrss of the child)' : 'node --import hook writing process.resourceUsage().maxRSS at exit',
      batchCommand: 'jixiao-lint check DIR --format summary -o FILE (not /dev/null: -o writes FILE.tmp then renames)',
      machine: { loadAvgStart: loadAtStart, loadAvgEnd: loadavg(), node: process.version, platform: `${platform()} ${release()}`, cpus: cpus().length, cpuModel: cpus()[0]?.model, memGB: totalmem() / 2 ** 30 },
      benchSeconds: 0,
    },
  };
  results.raw.benchSeconds = (performance.now() - started) / 1000;
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');

  // ---- the tables
  const n1 = P.batch1;
  const n2 = P.batch2;
  const row = (label, key, value, d, unit = '') => {
    // a figure not measured here (the page without Chromium) is shown, not judged
    const v = value === undefined || value === null ? { target: verdict(key, 0).target, pass: null } : verdict(key, value);
    return [label, `${fmtN(value, d)}${unit}`, v.target, v.pass === null ? 'info' : v.pass ? 'PASS' : 'FAIL'];
  };
  const out = [];
  out.push(`jixiao-lint bench${SMALL ? ' (SMALL mode: figures are not meaningful)' : ''} — node ${process.version}, ${cpus().length} CPU, ${results.raw.benchSeconds.toFixed(0)} s, load average ${loadAtStart[0].toFixed(1)} at start / ${loadavg()[0].toFixed(1)} at end`);
  out.push('');
  out.push(
    table(
      ['figure', 'measured', 'target', 'result'],
      [
        row(`cold start ratio (check 1 .docx --format json ${fmtN(cold.cliMedianMs, 0)} ms / node -e "" ${fmtN(cold.nodeMedianMs, 0)} ms)`, 'coldStartRatio', coldStartRatio, 2),
        row(`batch throughput, ${n1} .docx in one process (reports/s; CPU ${fmtN(median(b1.fullCpuMs) / 1000)} s)`, 'batchReportsPerSecond', batchReportsPerSecond, 0),
        row(`floor ratio (full ${fmtN(b1.fullMedianMs / 1000)} s / readDocx-only ${fmtN(b1.floorMedianMs / 1000)} s)`, 'floorRatio', floorRatio, 2),
        row(`peak RSS, batch of ${n1} (MB)`, 'peakRssMB1k', b1.peakRssMB, 0),
        row(`peak RSS, batch of ${n2} (MB)`, 'peakRssMB10k', b2.peakRssMB, 0),
        row(`scaling: t(${kMax}×) / t(1×) per report (.docx+.txt)`, 'scaling50x', scaling50x, 1),
        row(`offline page: drop the example .docx → findings (ms, median of ${pg?.ms.length ?? 0} first drops; page ${pg ? (pg.pageBytes / 1024).toFixed(0) : '—'} KB)`, 'pageDropMs', pageDropMs ?? undefined, 0),
        row(`  batch of ${n2}: throughput (reports/s)`, '', b2.reportsPerSecond, 0),
        row(`  reading corpus, mixed shapes: ${mixed.texts} texts × ${mixed.reports / mixed.texts} = ${mixed.reports} .txt (reports/s)`, '', mixed.reportsPerSecond, 0),
        row(`  batch of ${n1} --format json -o file (reports/s; ${fmtN(b1.json.outputMB, 1)} MB output)`, '', b1.json.reportsPerSecond, 0),
        row(`  peak RSS, batch of ${n1} --format json (MB)`, '', b1.json.peakRssMB, 0),
      ],
      ['l', 'r', 'r', 'l'],
    ),
  );
  out.push('');
  if (pdf.skipped) out.push(`PDF: skipped (${pdf.skipped})`);
  else {
    out.push(`PDF (LibreOffice exports of ${pdf.distinct} corpus reports, linked to ${pdf.reports} files; the seed PDF ${fmtN(pdf.seedBytes / 1024, 0)} KB):`);
    out.push(
      table(
        ['figure', 'measured'],
        [
          [`batch throughput, ${pdf.reports} .pdf in one process (reports/s)`, fmtN(pdf.reportsPerSecond, 0)],
          [`  beside: ${n1} .docx in one process (reports/s)`, fmtN(batchReportsPerSecond, 0)],
          ['read the seed PDF, first in the process (ms, loads pdf.js)', fmtN(pdf.seedRead.firstMs, 0)],
          [`read the seed PDF, warm (ms, median of ${pdf.seedRead.reps}; min ${fmtN(pdf.seedRead.warmMinMs, 0)})`, fmtN(pdf.seedRead.warmMedianMs, 0)],
        ],
        ['l', 'r'],
      ),
    );
  }
  const s = st.stages.perReportMs;
  const total = s.io + s.parse + s.extract + s.check + s.finish + s.formatSummary;
  const pctOf = (x) => `${((100 * x) / total).toFixed(0)}%`;
  out.push('');
  out.push(`Time per report by stage (${st.stages.reports} .docx, one process, no warm-up; set-up ${fmtN(st.stages.setupMs, 0)} ms once):`);
  out.push(
    table(
      ['stage', 'ms/report', 'share'],
      [
        ['read: file I/O', fmtN(s.io, 3), pctOf(s.io)],
        ['read: unzip + XML (readDocx)', fmtN(s.parse, 3), pctOf(s.parse)],
        ['extract', fmtN(s.extract, 3), pctOf(s.extract)],
        ['checks + rules + findings (Checker.check)', fmtN(s.check, 3), pctOf(s.check)],
        ['  of which checks (computeChecks)', fmtN(s.checks, 3), ''],
        ['  of which rules (json-rules-engine)', fmtN(s.rules, 3), ''],
        ['  of which findings (rest)', fmtN(s.findings, 3), ''],
        ['format: finish + summary', fmtN(s.finish + s.formatSummary, 3), pctOf(s.finish + s.formatSummary)],
        ['total (summary output)', fmtN(total, 3), '100%'],
        ['(format: json instead)', fmtN(s.formatJson, 3), ''],
      ],
      ['l', 'r', 'r'],
    ),
  );
  const pr = st.stages.perReport;
  out.push(`  per report: ${fmtN(pr.blocks, 0)} blocks, ${fmtN(pr.checkItems, 1)} check items, ${fmtN(pr.engineRuns, 1)} engine.run() calls (${fmtN(s.rules / pr.engineRuns, 3)} ms each), ${fmtN(pr.findings, 1)} findings, ${fmtN(pr.jsonBytes / 1024, 1)} KB of json`);
  const bp = st.stages.byPosition;
  out.push(`  by position in the batch (read+extract+check, JIT warm-up): reports 1–10 ${fmtN(bp['1-10'])} ms, 11–100 ${fmtN(bp['11-100'])} ms, 101–500 ${fmtN(bp['101-500'])} ms, 501–end ${fmtN(bp['501-end'])} ms`);
  out.push(`  memory: results of ${st.stages.reports} reports retain ${fmtN(st.stages.memory.retainedPerReportKB, 1)} KB of heap each; the json string is ${fmtN(st.stages.memory.jsonStringMB, 1)} MB`);
  out.push('');
  out.push(`Scaling (warm, median of ${P.reps} runs per file, whole pipeline incl. json of a one-file result):`);
  out.push(
    table(
      ['size', 'length', '.docx ms', '.txt ms', 'mixed ms', '× of 1×'],
      sizes.map((k) => {
        const m = results.raw.scaling.perSizeMs[k];
        return [`${k}×`, `${fmtN(m.lengthRatio, 1)}×`, fmtN(m.docx, 2), fmtN(m.txt, 2), fmtN(m.mixed, 2), fmtN(m.mixed / tOf(1), 1)];
      }),
    ),
  );
  out.push('');
  out.push(
    `Corpus: ${P.distinct} distinct generated .docx (seed-sized, ${corpus.info.distinctWithDeliberateErrors} with a deliberate error), ${corpus.info.duplication === 'hard link' ? 'hard-linked' : 'copied'} under distinct names to ${n1} and ${n2} files; ` +
      `scaling set: .docx + .txt at ${sizes.map((k) => `${k}×`).join(', ')}. Peak RSS: ${results.raw.rssMethod}. V8 code cache: ${cli.codeCache}. Results: ${relative(process.cwd(), resultsPath) || resultsPath}`,
  );
  process.stdout.write(out.join('\n') + '\n');
}

try {
  await main();
  if (SMALL) rmSync(work, { recursive: true, force: true });
} catch (e) {
  process.stderr.write(`bench: ${e instanceof BenchError ? e.message : e?.stack ?? e}\n`);
  if (SMALL) rmSync(work, { recursive: true, force: true });
  process.exitCode = 1;
}
