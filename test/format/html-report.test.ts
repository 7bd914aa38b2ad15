/**
 * Issue 16, point 7: the HTML report for people. Human labels, errors first with a severity filter
 * that needs no script, the flagged figure marked in its paragraph, 段 for a Word document's
 * paragraphs, a summary that holds on a 390 px phone, and a batch of 500 reports that opens on an
 * index by verdict. Unit tests on the markup; the layout in Debian's Chromium at 1440 and 390 px.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult, FormatOptions } from '../../src/findings/types.js';
import { dataLabel, formatHtml } from '../../src/format/html.js';
import { checkPaths, createNodeAuditor } from '../../src/lib/node.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const OPTIONS: FormatOptions = { lang: 'zh', color: false, failOn: 'error', cwd: ROOT, showSkipped: false };

let seed: AuditResult; // the example report as .docx and as .txt, with their text
let single: AuditResult; // the .docx alone

beforeAll(async () => {
  const auditor = await createNodeAuditor({ config: { keepLines: true } });
  seed = await checkPaths(auditor, ['examples/yanling-2024/report.docx', 'examples/yanling-2024/report.txt'], ROOT);
  single = { ...seed, files: [seed.files[0]!] };
}, 30_000);

/** The text between two markers of a page. */
const between = (html: string, from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

describe('the markup', () => {
  it('shows data with human labels, never the field names', () => {
    const html = formatHtml(single, OPTIONS);
    const data = [...html.matchAll(/<p class="data">([\s\S]*?)<\/p>/g)].map((m) => m[1]!).join(' ');
    expect(data.length).toBeGreaterThan(0);
    for (const key of ['target', 'result', 'pairing', 'total', 'sum', 'diff', 'tolerance']) expect(data, key).not.toMatch(new RegExp(`<i>${key}</i>`));
    expect(data).toContain('<i>配对依据</i>');
    expect(data).toContain('<i>明细之和</i>');
    expect(dataLabel('pairing', 'en')).toBe('paired because');
    expect(dataLabel('expectedSum', 'zh')).toBe('expected sum'); // an unknown key: its words, not the identifier
    expect(dataLabel('some_new-field', 'en')).toBe('some new field');
  });

  it('lists errors first, then warnings, then infos, numbered in that order', () => {
    const html = formatHtml(single, OPTIONS);
    const badges = [...between(html, '<section class="file"', '<div class="source">').matchAll(/<article class="finding sev-(\w+)" id="f1-F(\d+)">/g)].map((m) => [m[1], Number(m[2])] as const);
    const f = single.files[0]!.findings;
    expect(badges.map((b) => b[0])).toEqual([...f.filter((x) => x.severity === 'error'), ...f.filter((x) => x.severity === 'warning'), ...f.filter((x) => x.severity === 'info')].map((x) => x.severity));
    expect(badges.map((b) => b[1])).toEqual(badges.map((_, i) => i + 1));
    expect(html).toMatch(/<section class="group g-error"><h3>错误<span class="n">3<\/span><\/h3>/);
  });

  it('marks the flagged figure inside its paragraph, and only a figure', () => {
    const html = formatHtml(single, OPTIONS);
    const f = single.files[0]!;
    // the goals of line 23 point at their figures: 增长15% and 3家 and 5家
    const goals = f.findings.filter((x) => x.ruleId.startsWith('goal-') && x.location.line === 23);
    expect(goals.length).toBeGreaterThanOrEqual(2);
    const li = between(html, '<li id="f1-L23"', '</li>');
    for (const g of goals) {
      const figure = /^\d[\d.,]*(?:%|家|个)?/.exec(f.lines![22]!.slice(g.location.column! - 1))![0];
      expect(li).toContain(`<mark>${figure}</mark>`);
    }
    expect(li).toContain('<mark>15%</mark>');
    // a finding that points at a label or a heading marks nothing
    const rounding = f.findings.find((x) => x.ruleId === 'rounding-difference')!;
    expect(f.lines![rounding.location.line! - 1]!.slice(rounding.location.column! - 1)).toMatch(/^按经济科目分类/);
    expect(between(html, `<li id="f1-L${rounding.location.line}"`, '</li>')).not.toContain('<mark>');
    const empty = f.findings.find((x) => x.ruleId === 'section-empty')!;
    expect(between(html, `<li id="f1-L${empty.location.line}"`, '</li>')).not.toContain('<mark>');
  });

  it('escapes the report text around a mark exactly once', () => {
    const f = single.files[0]!;
    const hostileLines = f.lines!.map((l, i) => (i === 22 ? l.replace(/^./, '<b>&') : l));
    const hostile: AuditResult = { ...single, files: [{ ...f, lines: hostileLines }] };
    const li = between(formatHtml(hostile, OPTIONS), '<li id="f1-L23"', '</li>');
    expect(li).toContain('&lt;b&gt;&amp;');
    expect(li).not.toContain('&amp;lt;');
    expect(li).toContain('<mark>');
  });

  it('names a Word paragraph 段 and a text line 行', () => {
    const both = formatHtml(seed, OPTIONS);
    expect(between(both, '<section class="file" id="file-1"', '<div class="source">')).toMatch(/第\d+段/);
    expect(between(both, '<section class="file" id="file-1"', '<div class="source">')).not.toMatch(/第\d+行/);
    expect(between(both, '<section class="file" id="file-2"', '<div class="source">')).toMatch(/第\d+行/);
    expect(formatHtml(single, { ...OPTIONS, lang: 'en' })).toMatch(/paragraph \d+/);
  });

  it('a batch opens on an index grouped by verdict, each report behind its link', () => {
    const clean = { ...seed.files[1]!, path: 'clean.txt', findings: [] };
    const broken = { path: 'broken.docx', error: { code: 'corrupt-zip', message: '文件已损坏' }, findings: [], skipped: [], info: {} };
    const html = formatHtml({ ...seed, files: [seed.files[0]!, clean, broken] }, OPTIONS);
    const index = between(html, '<nav class="index"', '</nav>');
    const order = [...index.matchAll(/<details class="verdict vd-(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['fail', 'unreadable', 'pass']);
    expect(between(index, 'vd-pass', '</details>')).toContain('href="#file-2"');
    expect(html).toContain('<body class="batch">');
    expect(formatHtml(single, OPTIONS)).toContain('<body class="single">');
  });
});

describe.skipIf(!hasChromium)('in Chromium at 1440 and 390 px', () => {
  let browser: Browser;
  let dir: string;
  const page = async (html: string, width: number, hash = '') => {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    await p.goto(pathToFileURL(file).href + hash, { waitUntil: 'load' });
    return p;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-html16-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const width of [1440, 390]) {
    it(`${width} px: nothing wider than the screen, for one report and for a batch`, async () => {
      for (const [html, hash] of [[formatHtml(single, OPTIONS), ''], [formatHtml(seed, OPTIONS), ''], [formatHtml(seed, OPTIONS), '#file-1']] as const) {
        const p = await page(html, width, hash);
        const { sw, iw } = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
        expect(sw, `${hash || 'top'}`).toBeLessThanOrEqual(iw);
        await p.close();
      }
    });
  }

  it('errors come first on screen, and the severity filter hides warnings without a script', async () => {
    const p = await page(formatHtml(single, OPTIONS), 1440);
    const sev = await p.locator('#file-1 article.finding').evaluateAll((els) => els.map((e) => e.className.replace('finding sev-', '')));
    expect(sev.indexOf('warning')).toBeGreaterThan(sev.lastIndexOf('error'));
    const warning = p.locator('#file-1 article.finding.sev-warning').first();
    expect(await warning.isVisible()).toBe(true);
    await p.locator('label[for=show-warning]').click();
    expect(await warning.isVisible()).toBe(false);
    expect(await p.locator('#file-1 article.finding.sev-error').first().isVisible()).toBe(true);
    await p.locator('label[for=show-warning]').click();
    expect(await warning.isVisible()).toBe(true);
    // the marked figure is visible in the text column
    expect(await p.locator('#file-1 .src mark').first().isVisible()).toBe(true);
    await p.close();
  });

  it('500 reports: the page opens short on its index, and a report opens from it', async () => {
    const files = Array.from({ length: 500 }, (_, i) => ({ ...seed.files[i % 2]!, path: `各单位/${String(i).padStart(3, '0')}-report.${i % 2 ? 'txt' : 'docx'}` }));
    const html = formatHtml({ ...seed, files }, OPTIONS);
    for (const width of [1440, 390]) {
      const p = await page(html, width);
      const h = await p.evaluate(() => document.documentElement.scrollHeight);
      expect(h, `${width}`).toBeLessThan(20_000 * (width === 390 ? 3 : 1));
      await p.locator('#index a[href="#file-250"]').click();
      expect(await p.locator('#file-250').isVisible()).toBe(true);
      expect(await p.locator('#file-251').isVisible()).toBe(false);
      const { sw, iw } = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
      expect(sw).toBeLessThanOrEqual(iw);
      await p.close();
    }
  }, 60_000);
});
