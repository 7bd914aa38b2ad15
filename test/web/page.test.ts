/**
 * The offline page (dist/jixiao-lint.html, built by `npm run build`) in headless Chromium, opened
 * from file:// with every request outside the page refused and recorded: drop a .docx and see
 * the findings; the same findings as the CLI's JSON for every example and fixture report; PDFs
 * (LibreOffice exports of the examples, scripts/make-pdf-fixtures.mjs) read by the same reader as
 * the CLI's, with pdf.js run only when the first PDF arrives; the one-line messages of a scan and
 * of PDFs made to hurt; a second file replaces the first, several give a table; the filter; a
 * phone-width screenshot (test/web/__screenshots__/phone.png, not committed) without horizontal
 * overflow.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCAN_MESSAGE } from '../../src/read/pdf.js';
import { decode85 } from '../../src/web/pack.js';
import { cli } from '../helpers/cli.js';
import { HOSTILE_PDFS } from '../read/pdf-writer.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = join(ROOT, 'dist', 'jixiao-lint.html');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
if (!hasChromium && !inCi) console.warn(`[page.test] skipping the browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SCREENSHOT = join(ROOT, 'test', 'web', '__screenshots__', 'phone.png');
const DOCX = join(ROOT, 'examples', 'yanling-2024', 'report.docx');
/** PDFs exported by LibreOffice from the examples and the layout report (made in beforeAll). */
const GENERATED = join(ROOT, 'test', 'fixtures', 'generated');
const PDF = join(GENERATED, 'yanling-2024.pdf');
// (and two PDFs whose merged and wrapped table cells are read from the drawn borders, through pdf.js's
// operator list in the page as in the CLI: without them c47 gets 1 false error and 4 false warnings,
// and c45-d43's planted error is not found)
const PDFS = [
  ...['yanling-2024.pdf', 'demo-2025-agri.pdf', 'layout.pdf'].map((f) => join(GENERATED, f)),
  ...['c47-guangdong-zhengti.pdf', 'c45-d43.pdf'].map((f) => join(ROOT, 'test', 'fixtures', 'complete', f)),
];

const filesIn = (dir: string, re: RegExp): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f) && statSync(join(dir, f)).isFile()).sort().map((f) => join(dir, f)) : [];
/** Every example report (and its report data) and every fixture report; test/corpus when present. */
const REPORTS = [
  ...readdirSync(join(ROOT, 'examples')).sort().flatMap((d) => filesIn(join(ROOT, 'examples', d), /^(report\.(docx|txt|md|yaml)|expected-facts\.yaml)$/)),
  ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((d) => d.startsWith('realistic')).sort().flatMap((d) => filesIn(join(ROOT, 'test', 'fixtures', d), /\.(docx|txt|md)$/)),
  ...filesIn(join(ROOT, 'test', 'corpus'), /\.txt$/),
];

interface Shown {
  ruleId: string;
  severity: string;
  line: string;
  /** A PDF's page and line on the page ('' for other files). */
  page: string;
  lineOnPage: string;
  message: string;
  fingerprint: string;
}
const key = (f: Shown): string => `${f.severity} ${f.line.padStart(5, '0')} ${f.page}:${f.lineOnPage} ${f.ruleId} ${f.fingerprint} ${f.message}`;

interface CliJson {
  files: {
    path: string;
    error: { code: string; message: string } | null;
    findings: { ruleId: string; severity: string; message: string; fingerprint: string; location: { line?: number; page?: number; lineOnPage?: number } }[];
  }[];
}
const opt = (n: number | undefined): string => (n === undefined ? '' : String(n));
/** A finding of the CLI's JSON as the page shows it. */
const asShown = (f: CliJson['files'][number]['findings'][number]): Shown => ({
  ruleId: f.ruleId,
  severity: f.severity,
  line: opt(f.location.line),
  page: opt(f.location.page),
  lineOnPage: opt(f.location.lineOnPage),
  message: f.message,
  fingerprint: f.fingerprint,
});

/** The page's inert pdf.js element: its base-85 text and the byte count it decodes to. */
function embeddedPdfJs(html: string): { text: string; bytes: number } | undefined {
  const m = /<script type="application\/x-jixiao-pdfjs" id="pdfjs" data-bytes="(\d+)">([^<]*)<\/script>/.exec(html);
  return m ? { bytes: Number(m[1]), text: m[2]! } : undefined;
}

function embeddedApp(html: string): { text: string; bytes: number } | undefined {
  const m = /<script type="application\/x-jixiao-app" id="app" data-bytes="(\d+)">([^<]*)<\/script>/.exec(html);
  return m ? { bytes: Number(m[1]), text: m[2]! } : undefined;
}

describe('the page: static properties', () => {
  it('is one file of at most 1.5 MB with nothing to fetch, and a CSP that forbids network access', () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp.split('; ')).toContain("default-src 'none'");
    expect(csp).not.toMatch(/connect-src|unsafe-eval|https?:|\*/);
    // no element that loads anything: no <link>, no src= attribute, no url() or @import in styles
    expect(html).not.toMatch(/<link\b|<(?:img|script|iframe|embed|object|audio|video|source)\b[^>]*\ssrc=/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toMatch(/url\(|@import|@font-face/);
  });

  it("carries its own code and pdf.js inert and compressed, and its CSP lets exactly those scripts run, besides the boot script", () => {
    const html = readFileSync(PAGE, 'utf8');
    const embedded = embeddedPdfJs(html);
    expect(embedded).toBeDefined();
    const script = inflateRawSync(decode85(embedded!.text, embedded!.bytes));
    // the display library and the worker, in one script that hands them over and fetches nothing
    expect(script.length).toBeGreaterThan(1_000_000);
    expect(script.toString('latin1')).toContain('__jixiaoPdfJs');
    // the page's own code, packed the same way, with the built-in rules inside
    const packed = embeddedApp(html);
    expect(packed).toBeDefined();
    const app = inflateRawSync(decode85(packed!.text, packed!.bytes));
    expect(app.length).toBeGreaterThan(2 * packed!.bytes);
    expect(app.toString('utf8')).toContain('sum-mismatch');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').slice(1);
    const boot = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    // (the boot script only unpacks and runs: small)
    expect(Buffer.byteLength(boot)).toBeLessThan(30_000);
    const hash = (b: Buffer | string): string => `'sha256-${createHash('sha256').update(b).digest('base64')}'`;
    expect(scriptSrc.sort()).toEqual([hash(boot), hash(app), hash(script)].sort());
    // the only other <script> elements are the inert ones, which a browser neither parses nor runs
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="application/x-jixiao-app" id="app" data-bytes="' + packed!.bytes + '">',
      '<script>',
      '<script type="application/x-jixiao-pdfjs" id="pdfjs" data-bytes="' + embedded!.bytes + '">',
    ]);
  });

  it('base 85: what the build encodes, the page decodes, for every length of the last group', async () => {
    const { encode85 } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build-page.mjs')).href)) as { encode85: (b: Uint8Array) => string };
    for (let n = 0; n <= 9; n++) {
      const bytes = Uint8Array.from({ length: n * 37 + (n % 4) }, (_, i) => (i * 151 + n * 7) & 255);
      bytes[0] = 255;
      const text = encode85(bytes);
      expect(text).not.toMatch(/[<\s]/);
      expect(Buffer.from(decode85(text, bytes.length))).toEqual(Buffer.from(bytes));
    }
    expect(Buffer.from(decode85(encode85(new Uint8Array([255, 255, 255, 255])), 4))).toEqual(Buffer.from([255, 255, 255, 255]));
  });
});

describe('the page in headless Chromium', () => {
  it.runIf(!hasChromium && inCi)('has Chromium available in CI', () => {
    expect.fail(`${CHROMIUM} is missing: the CI image must run apt-get install -y chromium`);
  });

  describe.skipIf(!hasChromium)('page', () => {
    let browser: Browser;
    let page: Page;
    const url = pathToFileURL(PAGE).href;
    const requests: string[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-pdf-fixtures.mjs')], { encoding: 'utf8', timeout: 280_000 });
      if (made.status !== 0) throw new Error(`scripts/make-pdf-fixtures.mjs failed (${made.status}): ${made.stderr}`);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.route('**', (route) => (route.request().url() === url ? route.continue() : route.abort()));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('#out[data-state=ready]', { state: 'attached' });
    }, 340_000);

    afterAll(async () => {
      await browser?.close();
    });

    // the first PDF also starts pdf.js (about a second on a quiet machine)
    const done = async (timeout = 15_000): Promise<void> => {
      await page.waitForSelector('#out[data-state=done]', { state: 'attached', timeout });
    };
    const choose = async (files: string[], timeout?: number): Promise<void> => {
      await page.evaluate(() => (document.querySelector('#out') as HTMLElement).setAttribute('data-state', 'waiting'));
      await page.setInputFiles('#file', files);
      await done(timeout);
    };
    const dropFile = async (file: string, type: string, timeout?: number): Promise<void> => {
      await page.evaluate(() => (document.querySelector('#out') as HTMLElement).setAttribute('data-state', 'waiting'));
      await page.evaluate(
        ({ b64, name, type }) => {
          const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(new File([bin], name, { type }));
          document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        { b64: readFileSync(file).toString('base64'), name: basename(file), type },
      );
      await done(timeout);
    };
    const shown = (): Promise<Shown[]> =>
      page.$$eval('#out [data-finding]', (els) =>
        els.map((e) => {
          const d = (e as HTMLElement).dataset;
          return {
            ruleId: d.ruleId ?? '',
            severity: d.severity ?? '',
            line: d.line ?? '',
            page: d.page ?? '',
            lineOnPage: d.lineOnPage ?? '',
            message: e.querySelector('.message')?.textContent ?? '',
            fingerprint: d.finding ?? '',
          };
        }),
      );
    const pdfJsRan = (): Promise<boolean> => page.evaluate(() => (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker !== undefined);

    it('drop the example .docx: its findings, errors first, each with its suggestion and its mark in the text', async () => {
      await dropFile(DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const cliJson = JSON.parse(cli(['check', DOCX, '--format', 'json']).stdout) as { files: { findings: { severity: string }[] }[] };
      const expected = cliJson.files[0]!.findings;
      expect(expected.length).toBeGreaterThan(0); // the example has findings to show
      const got = await shown();
      expect(got.length).toBe(expected.length);
      const order = got.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(await page.$$eval('#out [data-finding]', (els) => els.every((e) => (e.querySelector('.help')?.textContent ?? '').startsWith('建议：')))).toBe(true);
      // each finding with a line is marked on that line of the text
      for (const f of got.filter((x) => x.line !== '')) {
        expect(await page.locator(`#L${f.line} .mark[data-severity=${f.severity}]`).count()).toBeGreaterThan(0);
      }
      // the whole text is shown: at least up to the last line a finding points at
      expect(await page.locator('.report .text .line').count()).toBeGreaterThanOrEqual(Math.max(...got.map((f) => Number(f.line) || 0)));
    });

    it('has not run pdf.js while no PDF was given', async () => {
      expect(await pdfJsRan()).toBe(false);
    });

    it('drop the example PDF: the findings the CLI gives for it, each at 页 N 第 M 行', async () => {
      await dropFile(PDF, 'application/pdf', 120_000);
      expect(await pdfJsRan()).toBe(true);
      const r = cli(['check', PDF, '--format', 'json']);
      const want = (JSON.parse(r.stdout) as CliJson).files[0]!;
      expect(want.error, r.stderr).toBeNull();
      expect(want.findings.length).toBeGreaterThan(5); // the seed report has findings to compare
      const got = await shown();
      expect(got.map(key).sort()).toEqual(want.findings.map(asShown).map(key).sort());
      expect(got.every((f) => f.page !== '' && f.lineOnPage !== '')).toBe(true);
      const places = await page.$$eval('#out [data-finding]', (els) => els.map((e) => [(e as HTMLElement).dataset.page, (e as HTMLElement).dataset.lineOnPage, e.querySelector('.goto')?.textContent]));
      for (const [p, l, label] of places) expect(label).toBe(`页 ${p} 第 ${l} 行`);
      // the link leads to the line in the text view, which is marked
      for (const f of got) expect(await page.locator(`#L${f.line} .mark[data-severity=${f.severity}]`).count()).toBeGreaterThan(0);
    }, 150_000);

    it(`shows the same findings as the CLI's JSON for the ${PDFS.length} PDF exports, and the built-ins pdf.js replaced are the engine's again`, async () => {
      const r = cli(['check', ...PDFS, '--format', 'json']);
      const json = JSON.parse(r.stdout) as CliJson;
      for (const [i, file] of PDFS.entries()) {
        const want = json.files[i]!;
        expect(want.error, file).toBeNull();
        await choose([file], 60_000);
        expect((await shown()).map(key).sort(), basename(file)).toEqual(want.findings.map(asShown).map(key).sort());
      }
      // core-js in pdf.js's legacy build replaces Array.prototype.push in V8; the page puts it back
      expect(await page.evaluate(() => Function.prototype.toString.call(Array.prototype.push))).toContain('[native code]');
    }, 120_000);

    it('a scanned PDF (no text layer) and PDFs made to hurt get the one-line message the CLI gives', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-page-pdf-'));
      const files = Object.entries(HOSTILE_PDFS).map(([name, bytes]) => {
        writeFileSync(join(dir, name), bytes());
        return join(dir, name);
      });
      const json = JSON.parse(cli(['check', ...files, '--format', 'json']).stdout) as CliJson;
      expect(json.files.find((f) => f.path.endsWith('scan.pdf'))!.error).toEqual({ code: 'pdf-no-text', message: SCAN_MESSAGE });
      for (const [i, file] of files.entries()) {
        const want = json.files[i]!.error;
        expect(want, file).not.toBeNull();
        await choose([file], 60_000);
        const shownError = await page.$$eval('#out .file-error[role=alert]', (els) => els.map((e) => e.textContent));
        expect(shownError, basename(file)).toEqual([`无法检查：${want!.message}`]);
        expect(await page.locator('#out [data-finding]').count()).toBe(0);
      }
    }, 120_000);

    it(`shows the same findings as the CLI's JSON for all ${REPORTS.length} example and fixture reports`, async () => {
      const r = cli(['check', ...REPORTS, '--format', 'json']);
      expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
      const json = JSON.parse(r.stdout) as CliJson;
      expect(json.files.length).toBe(REPORTS.length);
      for (const [i, file] of REPORTS.entries()) {
        const want = json.files[i]!;
        expect(want.error, file).toBeNull();
        await choose([file]);
        expect((await shown()).map(key).sort(), basename(file)).toEqual(want.findings.map(asShown).map(key).sort());
      }
    }, 120_000);

    it('one wrong figure: the finding that names it lists the checks that fail because of it, as the CLI does', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-page-'));
      const file = join(dir, 'one-wrong-figure.txt');
      const text = readFileSync(join(ROOT, 'examples', 'yanling-2024', 'report.txt'), 'utf8');
      writeFileSync(file, text.replace('基本支出323.15万元，', '基本支出333.15万元，'));
      const json = JSON.parse(cli(['check', file, '--format', 'json']).stdout) as { files: { findings: { message: string; consequences?: { message: string }[] }[] }[] };
      const named = json.files[0]!.findings.find((f) => f.consequences)!;
      expect(named.consequences!.length).toBeGreaterThan(1);
      await choose([file]);
      const box = await page.$$eval('#out [data-finding]', (els) =>
        els.filter((e) => e.querySelector('.consequences')).map((e) => ({ message: e.querySelector('.message')?.textContent ?? '', items: Array.from(e.querySelectorAll('.consequences li'), (li) => li.textContent ?? '') })),
      );
      expect(box).toHaveLength(1);
      expect(box[0]!.message).toBe(named.message);
      expect(box[0]!.items.length).toBe(named.consequences!.length);
      for (const [i, q] of named.consequences!.entries()) expect(box[0]!.items[i]).toContain(q.message);
    });

    it('a second file replaces the first; several files at once give a table, one row per report', async () => {
      await choose([REPORTS[0]!]);
      await choose([DOCX]);
      expect(await page.$$eval('#out .report', (els) => els.map((e) => (e as HTMLElement).dataset.file))).toEqual(['report.docx']);
      const several = [DOCX, ...REPORTS.filter((f) => f.endsWith('.txt')).slice(0, 3)];
      await choose(several);
      expect(await page.$$eval('#out table.files tbody tr', (els) => els.map((e) => (e as HTMLElement).dataset.file))).toEqual(several.map((f) => basename(f)));
      await page.click('#out table.files tbody tr:first-child button.open');
      expect(await page.$$eval('#detail .report', (els) => els.map((e) => (e as HTMLElement).dataset.file))).toEqual(['report.docx']);
    });

    it('the severity filter hides the findings of an unticked severity', async () => {
      await choose([DOCX]);
      const before = await shown();
      const sev = before[0]!.severity;
      await page.uncheck(`#out input[name=severity][value=${sev}]`);
      const visible = await page.$$eval('#out [data-finding]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.severity));
      expect(visible).toEqual(before.filter((f) => f.severity !== sev).map((f) => f.severity));
      await page.check(`#out input[name=severity][value=${sev}]`);
    });

    it('at phone width (390 px) nothing overflows sideways', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await choose([DOCX]);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('a page whose packed code is damaged says so, and runs nothing', async () => {
      const html = readFileSync(PAGE, 'utf8');
      const app = embeddedApp(html)!;
      // one digit that is none ('<' cannot be a base-85 digit; '"' neither) in the middle of the packed code
      const at = html.indexOf(app.text) + Math.floor(app.text.length / 2);
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-page-'));
      const damaged = join(dir, 'damaged.html');
      writeFileSync(damaged, html.slice(0, at) + '"' + html.slice(at + 1));
      const other = await browser.newPage();
      try {
        await other.goto(pathToFileURL(damaged).href, { waitUntil: 'load' });
        await other.waitForSelector('#out[data-state=failed]', { state: 'attached', timeout: 10_000 });
        expect(await other.textContent('#status')).toContain('页面程序已损坏');
      } finally {
        await other.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('requested nothing but the page itself, and raised no error', () => {
      expect(requests.filter((u) => u !== url)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
