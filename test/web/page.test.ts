/**
 * The offline page (dist/jixiao-lint.html, built by `npm run build`) in headless Chromium, opened
 * from file:// with every request outside the page refused and recorded: drop a .docx and see
 * the findings; the same findings as the CLI's JSON for every example and fixture report; a
 * second file replaces the first, several give a table; the filter; a phone-width screenshot
 * (test/web/__screenshots__/phone.png, not committed) without horizontal overflow.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = join(ROOT, 'dist', 'jixiao-lint.html');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
if (!hasChromium && !inCi) console.warn(`[page.test] skipping the browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SCREENSHOT = join(ROOT, 'test', 'web', '__screenshots__', 'phone.png');
const DOCX = join(ROOT, 'examples', 'yanling-2024', 'report.docx');

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
  message: string;
  fingerprint: string;
}
const key = (f: Shown): string => `${f.severity} ${f.line.padStart(5, '0')} ${f.ruleId} ${f.fingerprint} ${f.message}`;

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
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    const done = async (): Promise<void> => {
      await page.waitForSelector('#out[data-state=done]', { state: 'attached', timeout: 15_000 });
    };
    const choose = async (files: string[]): Promise<void> => {
      await page.evaluate(() => (document.querySelector('#out') as HTMLElement).setAttribute('data-state', 'waiting'));
      await page.setInputFiles('#file', files);
      await done();
    };
    const shown = (): Promise<Shown[]> =>
      page.$$eval('#out [data-finding]', (els) =>
        els.map((e) => {
          const d = (e as HTMLElement).dataset;
          return { ruleId: d.ruleId ?? '', severity: d.severity ?? '', line: d.line ?? '', message: e.querySelector('.message')?.textContent ?? '', fingerprint: d.finding ?? '' };
        }),
      );

    it('drop the example .docx: its findings, errors first, each with its suggestion and its mark in the text', async () => {
      const bytes = readFileSync(DOCX).toString('base64');
      await page.evaluate(() => (document.querySelector('#out') as HTMLElement).setAttribute('data-state', 'waiting'));
      await page.evaluate(
        ({ b64, name }) => {
          const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(new File([bin], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
          document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        { b64: bytes, name: 'report.docx' },
      );
      await done();
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

    it(`shows the same findings as the CLI's JSON for all ${REPORTS.length} example and fixture reports`, async () => {
      const r = cli(['check', ...REPORTS, '--format', 'json']);
      expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
      const json = JSON.parse(r.stdout) as { files: { path: string; error: unknown; findings: { ruleId: string; severity: string; message: string; fingerprint: string; location: { line?: number } }[] }[] };
      expect(json.files.length).toBe(REPORTS.length);
      for (const [i, file] of REPORTS.entries()) {
        const want = json.files[i]!;
        expect(want.error, file).toBeNull();
        await choose([file]);
        const cliShown = want.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.location.line === undefined ? '' : String(f.location.line), message: f.message, fingerprint: f.fingerprint }));
        expect((await shown()).map(key).sort(), basename(file)).toEqual(cliShown.map(key).sort());
      }
    }, 120_000);

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

    it('requested nothing but the page itself, and raised no error', () => {
      expect(requests.filter((u) => u !== url)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
