/**
 * The offline page's figure: time from dropping the example .docx to its findings on screen, in
 * headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM_PATH), measured by the page itself
 * (performance.now() at the drop event → after rendering; #out[data-took-ms]). Each run loads the
 * page afresh, so each is a first drop, as a user meets it. Undefined when there is no Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export async function measurePage({ page: pagePath, docx, runs }) {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return undefined;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const url = pathToFileURL(pagePath).href;
    await page.route('**', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const b64 = readFileSync(docx).toString('base64');
    const ms = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('#out[data-state=ready]', { state: 'attached' });
      await page.evaluate((data) => {
        const bin = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bin], 'report.docx'));
        document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, b64);
      await page.waitForSelector('#out[data-state=done]', { state: 'attached', timeout: 30_000 });
      ms.push(Number(await page.getAttribute('#out', 'data-took-ms')));
      findings = await page.locator('#out [data-finding]').count();
    }
    return { ms, findings, pageBytes: readFileSync(pagePath).length };
  } finally {
    await browser.close();
  }
}
