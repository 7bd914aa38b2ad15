#!/usr/bin/env node
/**
 * Makes the PDF and legacy .doc fixtures of issue 17 from Word files, with LibreOffice in headless
 * mode (Debian: libreoffice-writer-nogui and fonts-noto-cjk, installed by .ci/run):
 *
 * - yanling-2024: examples/yanling-2024/report.docx as it is;
 * - demo-2025-agri: examples/demo-2025-agri/report.txt made a .docx by scripts/build-seed-docx.mjs;
 * - layout: a made-up report built here with the `docx` package, with what a PDF reader finds hard:
 *   a running header and a page-number footer, long paragraphs the page width breaks, a table of
 *   45 rows that goes on over a page break, and a two-column section.
 *
 * Each .docx is converted to .pdf and to .doc (Word 97). Outputs go to test/fixtures/generated/
 * (not committed: made again when this script or an input is newer than an output). Several test
 * files call this script and vitest runs them side by side: a lock folder inside the output folder
 * makes a second call wait until the first has written everything, so none reads a half-made file.
 *
 * Usage: node scripts/make-pdf-fixtures.mjs [outDir]
 * Exit 3 when LibreOffice (soffice) is not installed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, SectionType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'test/fixtures/generated');
const self = fileURLToPath(import.meta.url);
const NAMES = ['yanling-2024', 'demo-2025-agri', 'layout'];

/** The layout fixture's content: also what its test expects, so it is exported through a JSON file. */
export function layoutContent() {
  const para = (topic, n) =>
    `${topic}方面，本单位围绕年度绩效目标开展工作，第${n}项任务按计划推进，资金支付进度符合预算执行要求，` +
    `全年共组织专项检查${n + 2}次，发现问题${n}个并已全部整改，相关工作得到上级部门的肯定，群众满意度达到${90 + n}%。`;
  const rows = [];
  for (let i = 1; i <= 45; i++) rows.push([`支出项目${i}`, `${(i * 12.5).toFixed(2)}`, `${(i * 12.25).toFixed(2)}`]);
  return {
    header: '炎陵高新技术产业开发区管理委员会2024年度整体支出绩效自评报告',
    before: [
      { heading: 1, text: '一、基本情况' },
      { text: para('机构职能', 1) },
      { text: para('人员编制', 2) },
      { heading: 1, text: '二、一般公共预算支出情况' },
      { text: '2024年项目支出明细如下表。' },
    ],
    table: [['项目', '预算数（万元）', '决算数（万元）'], ...rows],
    after: [{ text: '以上支出均按规定程序审批。' }, { heading: 1, text: '三、部门整体支出绩效情况' }],
    columns: [1, 2, 3, 4, 5, 6].map((n) => ({ text: para(`重点工作${n}`, n) })),
    end: [{ heading: 1, text: '四、存在的问题及原因分析' }, { text: '部分项目前期准备不足，资金支付进度偏慢。' }],
  };
}

function paragraphs(items) {
  return items.map((p) =>
    p.heading
      ? new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_1 })
      : new Paragraph({ children: [new TextRun(p.text)], indent: { firstLine: 480 } }),
  );
}

async function layoutDocx(file) {
  const c = layoutContent();
  const font = { ascii: 'Noto Serif CJK SC', eastAsia: 'Noto Serif CJK SC', hAnsi: 'Noto Serif CJK SC' };
  const headers = { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(c.header)] })] }) };
  const footers = {
    default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })] })] }),
  };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: c.table.map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
  });
  const doc = new Document({
    styles: { default: { document: { run: { font, size: 24 } } } },
    sections: [
      { headers, footers, children: [...paragraphs(c.before), table, ...paragraphs(c.after)] },
      { headers, footers, properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: 720 } }, children: paragraphs(c.columns) },
      { headers, footers, properties: { type: SectionType.CONTINUOUS }, children: paragraphs(c.end) },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}

function stale(outputs, inputs) {
  if (outputs.some((f) => !existsSync(f))) return true;
  const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
  return outputs.some((f) => statSync(f).mtimeMs < newest);
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Whether the process that wrote `dir/pid` is gone (a run killed by a test's timeout leaves its lock). */
function holderGone(dir) {
  let pid;
  try {
    pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
  } catch {
    return false; // just taken, its pid not written yet
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
}

/** Runs `fn` holding the lock folder `dir`; waits while another live run holds it. */
async function withLock(dir, fn) {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (holderGone(dir)) rmSync(dir, { recursive: true, force: true });
      else if (waited > 400_000) throw new Error(`make-pdf-fixtures: ${dir} is held by another run for over 6 minutes`);
      else sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  await withLock(join(out, '.lock'), make);
}

async function make() {
  const inputs = [self, join(root, 'examples/yanling-2024/report.docx'), join(root, 'examples/demo-2025-agri/report.txt'), join(root, 'scripts/build-seed-docx.mjs')];
  const outputs = NAMES.flatMap((n) => ['docx', 'pdf', 'doc'].map((e) => join(out, `${n}.${e}`)));
  if (!stale(outputs, inputs)) return;
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) {
    console.error('make-pdf-fixtures: LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui fonts-noto-cjk');
    process.exitCode = 3;
    return;
  }
  copyFileSync(join(root, 'examples/yanling-2024/report.docx'), join(out, 'yanling-2024.docx'));
  const seed = spawnSync(process.execPath, [join(root, 'scripts/build-seed-docx.mjs'), join(root, 'examples/demo-2025-agri/report.txt'), join(out, 'demo-2025-agri.docx')], { encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`build-seed-docx failed: ${seed.stderr}`);
  await layoutDocx(join(out, 'layout.docx'));
  // a private LibreOffice profile: a second soffice (another checkout, a desktop session) must not share it
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-lo-'));
  try {
    for (const to of ['pdf', 'doc:MS Word 97']) {
      const r = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', out, ...NAMES.map((n) => join(out, `${n}.docx`))],
        { encoding: 'utf8', timeout: 180_000 },
      );
      if (r.status !== 0) throw new Error(`soffice --convert-to ${to} failed (${r.status}): ${r.stderr}`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  writeFileSync(join(out, 'layout.json'), JSON.stringify(layoutContent(), null, 1));
  const missing = outputs.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`make-pdf-fixtures: not made: ${missing.join(', ')}`);
  console.error(`make-pdf-fixtures: ${outputs.length} files in ${out}`);
}

if (process.argv[1] === self) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
