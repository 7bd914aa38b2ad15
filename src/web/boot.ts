/**
 * The page's boot script, the one script that runs as the page loads: it unpacks the page's own
 * code from its inert element (`<script type="application/x-jixiao-app" id="app">`, raw DEFLATE
 * and base 85, as pdf.js is packed: a third of the bytes, which keeps the one file within its
 * 1.5 MB budget) and runs it as an inline script whose sha-256 is in the page's CSP. Small on
 * purpose: the browser's own inflater where there is one, fflate's otherwise.
 */
import { runInline, unpack } from './pack.js';

const el = document.getElementById('app');
const failed = (why: string): void => {
  const status = document.getElementById('status');
  if (status) status.textContent = `页面无法启动（${why}）：请重新下载 jixiao-lint.html，或使用命令行版。`;
  const out = document.getElementById('out');
  if (out) out.dataset['state'] = 'failed';
};
if (!el) failed('缺少页面程序');
else {
  unpack(el).then(runInline, () => failed('页面程序已损坏'));
}
