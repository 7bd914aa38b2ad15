/**
 * The HTML report in a real browser: Debian's /usr/bin/chromium driven by playwright-core.
 * Without that browser the suite is skipped locally (with a warning) and fails under CI.
 * The screenshot goes to test/format/__screenshots__/report.png for a human to look at (not committed).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/findings/types.js';
import { formatHtml } from '../../src/format/html.js';
import { AUDIT_RESULT, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';
import { expectGolden } from './golden.js';

// CHROMIUM_PATH lets a developer point at another Chromium build; CI uses Debian's.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
if (!hasChromium && !inCi) {
  console.warn(`[html.test] skipping the browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
}

const SCREENSHOT = join(dirname(fileURLToPath(import.meta.url)), '__screenshots__', 'report.png');

/** The fixture with two more would-be scripts in the report text: one sets a flag, one via an event handler. */
const HOSTILE: AuditResult = {
  ...AUDIT_RESULT,
  files: AUDIT_RESULT.files.map((f) =>
    f.lines === undefined || f.findings.length === 0
      ? f
      : { ...f, lines: [...f.lines, '<script>window.__pwned = true</script>', '<img src=x onerror="window.__pwned = true">"><svg onload=alert(3)>'] },
  ),
};
const FINDINGS_A = AUDIT_RESULT.files[0]!.findings;

describe('formatHtml: static properties', () => {
  const html = formatHtml(AUDIT_RESULT, OPTIONS_ZH);

  it('contains no script, no external resource, and a CSP that forbids both', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/url\(|@import|@font-face/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is deterministic and matches the golden files', () => {
    expect(formatHtml({ ...AUDIT_RESULT, files: [...AUDIT_RESULT.files].reverse() }, OPTIONS_ZH)).toBe(html);
    expectGolden('report.html', html);
    expectGolden('report.en.html', formatHtml(AUDIT_RESULT, OPTIONS_EN));
  });
});

describe('formatHtml in headless Chromium', () => {
  it.runIf(!hasChromium && inCi)('has Chromium available in CI', () => {
    expect.fail(`${CHROMIUM} is missing: the CI image must run apt-get install -y chromium`);
  });

  describe.skipIf(!hasChromium)('page', () => {
    let browser: Browser;
    let page: Page;
    let dir: string;
    let url: string;
    const dialogs: string[] = [];
    const outside: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jixiao-html-'));
      const file = join(dir, 'report.html');
      writeFileSync(file, formatHtml(HOSTILE, OPTIONS_ZH), 'utf8');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) outside.push(r.url());
      });
      await page.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('shows the totals in severity colours', async () => {
      const totals = page.locator('.totals');
      await expect.poll(() => totals.isVisible()).toBe(true);
      expect(await page.locator('.totals [data-count=error]').innerText()).toMatch(/^4\s*错误$/);
      expect(await page.locator('.totals [data-count=warning]').innerText()).toMatch(/^3\s*警告$/);
      expect(await page.locator('.totals [data-count=info]').innerText()).toMatch(/^2\s*提示$/);
      const colour = await page.locator('.totals [data-count=error]').evaluate((el) => getComputedStyle(el).color);
      expect(colour).toBe('rgb(180, 35, 24)');
    });

    it('a batch opens on its index; a report shows when its link is followed', async () => {
      expect(await page.locator('#index').isVisible()).toBe(true);
      expect(await page.locator('#file-1').isVisible()).toBe(false);
      await page.locator('#index a[href="#file-1"]').click();
      expect(await page.locator('#file-1').isVisible()).toBe(true);
      expect(await page.locator('#file-2').isVisible()).toBe(false);
    });

    it('shows every finding with its rule id', async () => {
      await page.goto(`${url}#file-1`, { waitUntil: 'load' });
      expect(await page.locator('#file-1 article.finding').count()).toBe(FINDINGS_A.length);
      for (const f of FINDINGS_A) {
        const card = page.locator('#file-1 article.finding', { hasText: f.message.replace(/[\u0000-\u001f]/g, '').slice(0, 20) });
        expect(await card.count(), f.message).toBe(1);
        expect(await card.locator('code.rule').innerText()).toBe(f.ruleId);
      }
      await page.goto(`${url}#file-3`, { waitUntil: 'load' });
      expect(await page.locator('#file-3 .alert').innerText()).toContain('另存为 .docx');
      await page.goto(`${url}#file-2`, { waitUntil: 'load' });
      expect(await page.locator('#file-2 .alert.ok').isVisible()).toBe(true);
      await page.goto(`${url}#file-1`, { waitUntil: 'load' });
    }, 60_000);

    it('links a finding to its highlighted line, and the line back to the finding', async () => {
      const card = page.locator('article.finding', { hasText: '差额 0.18 万元' });
      const cardId = await card.getAttribute('id');
      await card.locator('header a.loc').click();
      expect(await page.evaluate(() => location.hash)).toBe('#f1-L16');
      const line = page.locator('#f1-L16');
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('f1-L16');
      expect(await line.getAttribute('class')).toBe('hl sev-error');
      expect(await line.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      // Scrolled into view, not hidden under the sticky panel heading.
      const box = (await line.boundingBox())!;
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('li')?.id, [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit).toBe('f1-L16');

      await line.locator(`a.ref[href="#${cardId}"]`).click();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(cardId);
      expect(await card.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
    });

    it('highlights every line that has a finding, and no other', async () => {
      const expected = [...new Set(FINDINGS_A.map((f) => f.location.line).filter((l) => l !== undefined))].sort((a, b) => a - b);
      const highlighted = await page.locator('#file-1 li.hl').evaluateAll((els) => els.map((e) => Number(e.id.split('-L')[1])));
      expect(highlighted).toEqual(expected);
      // A line with only a waived finding is marked as such.
      expect(await page.locator('#f1-L5').getAttribute('class')).toBe('hl sev-waived');
    });

    it('renders report text as text: no script runs, no dialog opens', async () => {
      expect(await page.locator('#f1-L29 .tx').innerText()).toContain('<script>alert(1)</script>');
      expect(await page.locator('#f1-L30 .tx').innerText()).toBe('数据来源：财务系统导出 & 手工核对，“预算”与\'决算\'口径一致；CDATA 结束符 ]]> 原样保留。');
      expect(await page.locator('#file-1 .src li').last().innerText()).toContain('<svg onload=alert(3)>');
      expect(await page.locator('script, img, svg').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__pwned'])).toBeUndefined();
      expect(dialogs).toEqual([]);
    });

    it('makes no network request', () => {
      expect(outside).toEqual([]);
    });

    it('prints one column with only the flagged lines of the report text', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#f1-L1').isVisible()).toBe(false);
      expect(await page.locator('#f1-L16').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    });

    it('stacks the columns on a narrow screen', async () => {
      await page.goto(`${url}#file-1`, { waitUntil: 'load' });
      await page.setViewportSize({ width: 700, height: 900 });
      const findings = (await page.locator('#file-1 .findings').boundingBox())!;
      const source = (await page.locator('#file-1 .source').boundingBox())!;
      expect(source.y).toBeGreaterThanOrEqual(findings.y + findings.height);
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    it('takes a screenshot for review', async () => {
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.goto(`${url}#file-1`, { waitUntil: 'load' }); // fresh: only the first report shown
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
      if (process.env['FULL_SCREENSHOT']) await page.screenshot({ path: process.env['FULL_SCREENSHOT'], fullPage: true });
      expect(existsSync(SCREENSHOT)).toBe(true);
    });
  }, 60_000);
});
