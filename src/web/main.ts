/**
 * The offline page (dist/jixiao-lint.html): the user drops or chooses report files; each is
 * checked in the page through the library, with the built-in rules and profile embedded at build
 * time and fflate as the inflater. A PDF is read by the CLI's reader with pdf.js, which the page
 * carries compressed and starts only when the first PDF arrives (pdfjs.ts). Nothing is fetched or
 * sent (the page's CSP forbids it).
 *
 * One file: its text with each finding (and each checked figure, when results carry `checks`)
 * marked on its line, and the list of findings, errors first, filterable by severity. Several
 * files: a table, one row per report; a row opens that report below.
 */
import { createAuditor, EMBEDDED_PROFILES, orderProfiles, EMBEDDED_RULES, type FileResult, type Finding, type Severity } from '../lib/index.js';
import { webInflate } from '../lib/web-inflate.js';
import { pdfReader } from '../lib/web-pdf.js';
import { embeddedPdfJs } from './pdfjs.js';
import { renderReport, renderTable, type CheckRecord } from './render.js';

const rules = EMBEDDED_RULES ?? [];
if (!EMBEDDED_PROFILES?.['hunan'] || rules.length === 0) throw new Error('jixiao-lint page: the rules and profiles must be embedded at build time');
// every built-in outline, picked per document by its headings, as the CLI does
const profiles = orderProfiles(EMBEDDED_PROFILES);

const $ = <T extends HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;
const input = $<HTMLInputElement>('#file');
const out = $<HTMLElement>('#out');
const status = $<HTMLElement>('#status');
const drop = $<HTMLElement>('#drop');

const pdf = pdfReader(() => embeddedPdfJs(() => (status.textContent = '第一次读取 PDF：正在载入 PDF 读取组件……')));
const auditor = createAuditor({ rules, profile: profiles[0]!, profiles, config: { keepLines: true, lang: 'zh' }, platform: { inflate: webInflate, readers: { pdf } } });

async function checkFiles(files: readonly File[], started: number): Promise<void> {
  if (files.length === 0) return;
  status.textContent = `正在检查 ${files.length} 个文件……`;
  out.dataset.state = 'busy';
  const results: FileResult[] = [];
  for (const f of files) results.push(await auditor.check({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }));
  out.replaceChildren();
  if (results.length === 1) out.append(renderReport(results[0]!, checksOf(results[0]!)));
  else {
    const detail = document.createElement('div');
    detail.id = 'detail';
    out.append(
      renderTable(results, (i) => {
        detail.replaceChildren(renderReport(results[i]!, checksOf(results[i]!)));
        detail.scrollIntoView();
      }),
      detail,
    );
  }
  const took = performance.now() - started;
  status.textContent = `已检查 ${results.length} 个文件（${Math.round(took)} 毫秒），文件未离开本机。`;
  out.dataset.tookMs = took.toFixed(1);
  out.dataset.state = 'done';
}

/** `files[].checks` (CONTRACTS.md): present once the engine reports every relation checked. */
function checksOf(r: FileResult): CheckRecord[] {
  const c = (r as FileResult & { checks?: unknown }).checks;
  return Array.isArray(c) ? (c as CheckRecord[]) : [];
}

input.addEventListener('change', () => {
  const started = performance.now();
  const files = Array.from(input.files ?? []);
  // cleared, so that choosing the same file again (after editing it in Word) checks it again
  input.value = '';
  void checkFiles(files, started);
});
for (const type of ['dragenter', 'dragover'] as const) {
  document.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
}
document.addEventListener('dragleave', () => drop.classList.remove('over'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const started = performance.now();
  void checkFiles(Array.from(e.dataTransfer?.files ?? []), started);
});

// the severity filter: one checkbox per severity, hiding the findings and marks of the others
document.addEventListener('change', (e) => {
  const t = e.target as HTMLInputElement;
  if (t.name !== 'severity') return;
  const root = t.closest('.report');
  if (!root) return;
  const shown = new Set(Array.from(root.querySelectorAll<HTMLInputElement>('input[name=severity]')).filter((x) => x.checked).map((x) => x.value as Severity));
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-severity]'))) el.hidden = !shown.has(el.dataset.severity as Finding['severity']);
});
out.dataset.state = 'ready';
