/**
 * Outputs with hostile report text: markup, CDATA ends, spreadsheet formulas, pipes and backticks
 * reach html, junit, sarif, markdown and csv through the unit name, the excerpt and the file name,
 * and must come out as text. Output files are written whole and never onto an input.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClean, GOOD_TXT, parseJson, run, SKELETON_TXT, tmp } from './helpers.js';

/** Everything an output format must not let through as markup, formula or structure. */
const H = `=cmd|' /C calc'!A0 <script>alert(1)</script> ]]> "onmouseover="alert(2) \`rm -rf /\` | pipe | <![CDATA[x]]> &amp; @SUM(1)`;

function hostileReport(unit = H): string {
  return readFileSync(SKELETON_TXT, 'utf8')
    .replace('单位名称（盖章）：示例县财政局', `单位名称（盖章）：${unit}`)
    .replace('全年完成业务培训12期，服务对象满意度达到92%。', `${H}全年完成业务培训XX期，服务对象满意度达到92%。`);
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

/** Parses XML strictly; returns element names and all text and attribute values. */
function parseXml(xml: string): { elements: string[]; texts: string[] } {
  const parser = new SaxesParser({ xmlns: false });
  const elements: string[] = [];
  const texts: string[] = [];
  let text = '';
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    elements.push(t.name);
    for (const v of Object.values(t.attributes)) texts.push(String(v));
    if (text) texts.push(text), (text = '');
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', () => {
    if (text) texts.push(text), (text = '');
  });
  parser.write(xml).close();
  return { elements, texts };
}

describe('hostile report text in every output format', () => {
  let dir: string;
  const out: Record<string, string> = {};
  beforeAll(() => {
    dir = tmp('jixiao-out-');
    writeFileSync(join(dir, 'report.txt'), hostileReport());
    const r = run(
      ['check', 'report.txt', '-f', 'html', '-o', 'out.html', '-f', 'junit', '-o', 'out.xml', '-f', 'sarif', '-o', 'out.sarif', '-f', 'markdown', '-o', 'out.md', '-f', 'csv', '-o', 'out.csv', '-f', 'json'],
      { cwd: dir, timeout: 10_000 },
    );
    expect(r.code, r.stderr).toBe(1);
    expectClean(r);
    // the hostile text really is in the findings (unit and excerpt), else these tests prove nothing
    const j = parseJson(r);
    expect(JSON.stringify(j.files[0]!.findings)).toContain(JSON.stringify(H).slice(1, -1));
    for (const f of ['out.html', 'out.xml', 'out.sarif', 'out.md', 'out.csv']) out[f] = readFileSync(join(dir, f), 'utf8');
  }, 20_000);

  it('html: no markup from the report, the text shown escaped', () => {
    const html = out['out.html']!;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<!\[CDATA\[x/);
    expect(html).not.toMatch(/"onmouseover="/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // as many <script> elements as the page has for a harmless report
    const benign = tmp();
    copyFileSync(GOOD_TXT, join(benign, 'report.txt'));
    run(['check', 'report.txt', '-f', 'html', '-o', 'out.html'], { cwd: benign, timeout: 10_000 });
    const count = (s: string): number => (s.match(/<script\b/gi) ?? []).length;
    expect(count(html)).toBe(count(readFileSync(join(benign, 'out.html'), 'utf8')));
  });

  it('junit: well-formed XML, the report text comes back exactly as text, no injected elements', () => {
    const { elements, texts } = parseXml(out['out.xml']!);
    expect(elements).not.toContain('script');
    expect(texts.some((t) => t.includes(H))).toBe(true);
  });

  it('sarif: valid JSON, the report text comes back exactly, no markdown message left unescaped', () => {
    const sarif = JSON.parse(out['out.sarif']!) as { runs: { results: { message: { text: string; markdown?: string } }[] }[] };
    expect(out['out.sarif']).toContain(JSON.stringify(H).slice(1, -1));
    for (const r of sarif.runs.flatMap((x) => x.results)) {
      if (r.message.markdown !== undefined) expect(r.message.markdown).not.toContain('<script>');
    }
  });

  it('markdown: no raw HTML, pipes and backticks cannot break the table or open code', () => {
    const md = out['out.md']!;
    expect(md).not.toMatch(/<script/i);
    expect(md).toContain('&lt;script&gt;');
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) expect(line.split(/(?<!\\)\|/).length - 1, line).toBe(6);
      const ticks = line.match(/(?<!\\)`/g) ?? [];
      expect(ticks.length % 2, line).toBe(0);
    }
    expect(md).toContain('\\`rm -rf /\\`');
    expect(md).toContain('\\| pipe \\|');
  });

  it('csv: the unit cell starting with = is neutralised, the text otherwise intact', () => {
    const rows = parseCsv(out['out.csv']!.replace(/^\ufeff/, ''));
    const unitCells = rows.slice(1).map((r) => r[1]);
    expect(unitCells.length).toBeGreaterThan(0);
    for (const c of unitCells) expect(c).toBe(`'${H}`);
  });
});

describe('csv: every cell a spreadsheet would run as a formula is neutralised', () => {
  it('cells starting with = + - @ (file names, units, read errors) get a leading apostrophe', () => {
    const dir = tmp('jixiao-csv-');
    const files = {
      '=1+1.txt': '=1+1 示例局',
      '+SUM(1).txt': '+SUM(1) 示例局',
      '-2+3.txt': '-2+3 示例局',
      '@SUM(A1).txt': '@SUM(A1) 示例局',
    };
    for (const [name, unit] of Object.entries(files)) writeFileSync(join(dir, name), hostileReport(unit));
    writeFileSync(join(dir, '=HYPERLINK("http x").txt'), ''); // an unreadable one: its read-error row
    const r = run(['check', '=1+1.txt', '+SUM(1).txt', './-2+3.txt', '@SUM(A1).txt', '=HYPERLINK("http x").txt', '-f', 'csv', '-o', 'out.csv'], { cwd: dir, timeout: 10_000 });
    expect(r.code, r.stderr).toBe(2);
    const rows = parseCsv(readFileSync(join(dir, 'out.csv'), 'utf8').replace(/^\ufeff/, '')).slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const bad = rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(bad).toEqual([]);
    const fileCells = new Set(rows.map((row) => row[0]));
    expect(fileCells).toEqual(new Set(["'=1+1.txt", "'+SUM(1).txt", "'-2+3.txt", "'@SUM(A1).txt", `'=HYPERLINK("http x").txt`]));
    const units = new Set(rows.map((row) => row[1]).filter((u) => u !== ''));
    expect(units).toEqual(new Set(Object.values(files).map((u) => `'${u}`)));
    const readError = rows.find((row) => row[0] === `'=HYPERLINK("http x").txt`)!;
    expect(readError[7]).toBe('read-error');
    expect(readError[8]).toContain('(empty)');
  });
});

describe('output files', () => {
  function setup(): { dir: string; input: string; before: Buffer; mtime: number } {
    const dir = tmp('jixiao-o-');
    const input = join(dir, 'report.txt');
    copyFileSync(GOOD_TXT, input);
    return { dir, input, before: readFileSync(input), mtime: statSync(input).mtimeMs };
  }
  const unchanged = (s: ReturnType<typeof setup>): void => {
    expect(Buffer.compare(readFileSync(s.input), s.before), 'the input file was changed').toBe(0);
    expect(statSync(s.input).mtimeMs).toBe(s.mtime);
  };
  const noTemp = (dir: string): void => expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

  it('-o pointing at the input is refused: exit 2, one plain line (not an internal error), input unchanged', () => {
    const s = setup();
    for (const spelling of ['report.txt', './report.txt', s.input, `../${s.dir.split('/').pop()}/report.txt`]) {
      const r = run(['check', 'report.txt', '-f', 'json', '-o', spelling], { cwd: s.dir, timeout: 15_000 });
      expect(r.code, spelling).toBe(2);
      expect(r.stderr).toContain('拒绝写入');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expectClean(r);
      unchanged(s);
      noTemp(s.dir);
    }
  });

  it('-o pointing at an input found by walking a folder is refused, input unchanged', () => {
    const s = setup();
    const r = run(['check', '.', '-f', 'csv', '-o', 'report.txt'], { cwd: s.dir, timeout: 15_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('拒绝写入');
    unchanged(s);
  });

  it('-o pointing at the input through a symbolic link to its folder is refused, input unchanged', () => {
    const s = setup();
    symlinkSync(s.dir, join(s.dir, 'alias'));
    const r = run(['check', 'report.txt', '-f', 'json', '-o', 'alias/report.txt'], { cwd: s.dir, timeout: 15_000 });
    expect(r.code, 'the input was overwritten through alias/').toBe(2);
    unchanged(s);
  });

  it('-o naming the input by another name (a symbolic link to it, a hard link of it) is refused, input unchanged', () => {
    const s = setup();
    symlinkSync(s.input, join(s.dir, 'soft.txt'));
    linkSync(s.input, join(s.dir, 'hard.txt'));
    for (const [input, out] of [['report.txt', 'soft.txt'], ['soft.txt', 'report.txt'], ['report.txt', 'hard.txt'], ['hard.txt', 'report.txt']]) {
      const r = run(['check', input!, '-f', 'json', '-o', out!], { cwd: s.dir, timeout: 15_000 });
      expect(r.code, `${input} -o ${out}`).toBe(2);
      expect(r.stderr).toContain('拒绝写入');
      unchanged(s);
    }
  });

  it('--write-baseline pointing at the input is refused, input unchanged', () => {
    const s = setup();
    const r = run(['check', 'report.txt', '--write-baseline', 'report.txt'], { cwd: s.dir, timeout: 15_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('拒绝写入');
    unchanged(s);
  });

  it('an output file is written whole: same bytes as stdout, an older longer file fully replaced, no temp files left', () => {
    const s = setup();
    writeFileSync(join(s.dir, 'out.json'), 'x'.repeat(2 * 1024 * 1024));
    const toFile = run(['check', 'report.txt', '-f', 'json', '-o', 'out.json'], { cwd: s.dir, timeout: 15_000 });
    const toStdout = run(['check', 'report.txt', '-f', 'json'], { cwd: s.dir, timeout: 15_000 });
    expect(toFile.code).toBe(toStdout.code);
    expect(readFileSync(join(s.dir, 'out.json'), 'utf8')).toBe(toStdout.stdout);
    noTemp(s.dir);
  });

  it('an output in a folder that does not exist: exit 2, one line naming it, nothing written, no stack', () => {
    const s = setup();
    const r = run(['check', 'report.txt', '-f', 'json', '-o', 'missing/out.json'], { cwd: s.dir, timeout: 15_000 });
    expect(r.code).toBe(2);
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing/out.json');
    noTemp(s.dir);
    unchanged(s);
  });

  it('the input folder gains no files other than the outputs asked for', () => {
    const s = setup();
    mkdirSync(join(s.dir, 'out'));
    run(['check', 'report.txt', '-f', 'sarif', '-o', 'out/r.sarif', '-f', 'html', '-o', 'out/r.html'], { cwd: s.dir, timeout: 10_000 });
    expect(readdirSync(s.dir).sort()).toEqual(['out', 'report.txt']);
    expect(readdirSync(join(s.dir, 'out')).sort()).toEqual(['r.html', 'r.sarif']);
    unchanged(s);
  });
});
