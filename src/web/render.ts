/**
 * FileResult → DOM for the offline page. Pure construction (no listeners but the table's row
 * click): text is always set with textContent, never parsed as HTML.
 */
// placeLabel: the place as the terminal and the HTML report write it: 页 3 第 12 行 for a PDF, 第12段 for Word
import { kindAndOutline, placeLabel, type FileResult, type Finding, type Severity } from '../lib/index.js';

/** One relation checked (CONTRACTS.md `files[].checks`); only what the page shows is typed. */
export interface CheckRecord {
  id: string;
  ruleId?: string;
  relation?: string;
  status: 'pass' | 'rounding' | 'fail' | 'skipped' | string;
  values?: Record<string, unknown>;
  reason?: string;
  location?: { line?: number; column?: number; excerpt?: string; path?: string[] };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const CHECK_LABEL: Record<string, string> = { pass: '核对一致', rounding: '尾差（可接受）', fail: '不一致', skipped: '未能核对' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Errors first, then warnings, then infos; within one severity, in the order of the text. */
export function ordered(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => !f.suppressed)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || (a.f.location.line ?? 0) - (b.f.location.line ?? 0) || a.i - b.i)
    .map((x) => x.f);
}

function counts(r: FileResult): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) if (!f.suppressed) c[f.severity]++;
  return c;
}

export function renderReport(r: FileResult, checks: readonly CheckRecord[]): HTMLElement {
  const root = el('section', 'report');
  root.dataset.file = r.path;
  root.append(el('h2', 'file-name', r.path));
  if (r.error) {
    const p = el('p', 'file-error', `无法检查：${r.error.message}`);
    p.setAttribute('role', 'alert');
    root.append(p);
    return root;
  }
  const c = counts(r);
  const kind = kindAndOutline(r.info, 'zh');
  const info = [r.info.unit, r.info.year !== undefined ? `${r.info.year} 年度` : undefined, kind].filter(Boolean).join(' · ');
  if (info) root.append(el('p', 'file-info', info));

  // the filter, with the counts
  const filter = el('fieldset', 'filter');
  filter.append(el('legend', undefined, '显示'));
  for (const s of SEVERITIES) {
    const label = el('label', `sev-${s}`);
    const box = el('input');
    box.type = 'checkbox';
    box.name = 'severity';
    box.value = s;
    box.checked = true;
    label.append(box, ` ${LABEL[s]} ${c[s]}`);
    filter.append(label);
  }
  root.append(filter);

  const list = ordered(r.findings);
  const ul = el('ol', 'findings');
  if (list.length === 0) root.append(el('p', 'clean', '没有发现问题。'));
  // a Word document counts paragraphs, a PDF pages and their lines, other text lines
  const paragraphs = r.info.format === 'docx' || r.info.format === 'doc';
  list.forEach((f, i) => ul.append(findingItem(f, i + 1, paragraphs)));
  root.append(ul);

  if (checks.length > 0) root.append(checksList(checks));
  if (r.lines) root.append(textView(r.lines, list, checks));
  return root;
}

function findingItem(f: Finding, n: number, paragraphs: boolean): HTMLElement {
  const li = el('li', `finding sev-${f.severity}`);
  li.id = `f${n}`;
  li.dataset.finding = f.fingerprint;
  li.dataset.ruleId = f.ruleId;
  li.dataset.severity = f.severity;
  if (f.location.line !== undefined) li.dataset.line = String(f.location.line);
  if (f.location.page !== undefined) li.dataset.page = String(f.location.page);
  if (f.location.lineOnPage !== undefined) li.dataset.lineOnPage = String(f.location.lineOnPage);
  const head = el('div', 'head');
  head.append(el('span', 'badge', LABEL[f.severity]), el('span', 'where', where(f)));
  li.append(head, el('p', 'message', f.message));
  if (f.help) li.append(el('p', 'help', `建议：${f.help}`));
  if (f.location.excerpt) li.append(el('p', 'excerpt', `原文：${f.location.excerpt}`));
  const rule = el('p', 'rule', `规则 ${f.ruleId}`);
  li.append(rule);
  if (f.consequences && f.consequences.length > 0) {
    // the checks that fail only because of the figure this finding names (issue 8, point 7)
    const box = el('div', 'consequences');
    box.append(el('p', undefined, `因此不符的另外 ${f.consequences.length} 项（改正该数字后一致）：`));
    const list = el('ul');
    for (const q of f.consequences) {
      const item = el('li', undefined, `${q.message}（${q.ruleId}）`);
      if (q.location.line !== undefined) {
        const a = el('a', 'goto', placeLabel(q.location, 'zh', paragraphs));
        a.href = `#L${q.location.line}`;
        item.prepend(a, ' ');
      }
      list.append(item);
    }
    box.append(list);
    li.append(box);
  }
  if (f.location.line !== undefined) {
    // the link leads to the line in the text below, numbered as the text projection counts
    const a = el('a', 'goto', placeLabel(f.location, 'zh', paragraphs));
    a.href = `#L${f.location.line}`;
    head.append(a);
  }
  return li;
}

function where(f: Finding): string {
  const p = f.location.path.length > 0 ? f.location.path.join(' › ') : (f.location.heading ?? '');
  return p;
}

function checksList(checks: readonly CheckRecord[]): HTMLElement {
  const d = el('details', 'checks');
  const by: Record<string, number> = {};
  for (const c of checks) by[c.status] = (by[c.status] ?? 0) + 1;
  d.append(el('summary', undefined, `已核对的数字关系 ${checks.length} 项：${Object.entries(by).map(([s, n]) => `${CHECK_LABEL[s] ?? s} ${n}`).join('，')}`));
  const ul = el('ul');
  for (const c of checks) {
    const li = el('li', `check check-${c.status}`);
    li.dataset.check = c.id;
    li.dataset.status = c.status;
    if (c.location?.line !== undefined) li.dataset.line = String(c.location.line);
    const values = c.values ? Object.entries(c.values).map(([k, v]) => `${k} ${String(v)}`).join('，') : '';
    li.textContent = `${CHECK_LABEL[c.status] ?? c.status}：${c.relation ?? ''} ${values}${c.reason ? `（${c.reason}）` : ''}`;
    ul.append(li);
  }
  d.append(ul);
  return d;
}

/** The report's text, one row per paragraph; findings and checks marked on their lines. */
function textView(lines: readonly string[], findings: readonly Finding[], checks: readonly CheckRecord[]): HTMLElement {
  const box = el('div', 'text');
  box.append(el('h3', undefined, '报告原文'));
  const byLine = new Map<number, { findings: { f: Finding; n: number }[]; checks: CheckRecord[] }>();
  const at = (line: number) => {
    let m = byLine.get(line);
    if (!m) byLine.set(line, (m = { findings: [], checks: [] }));
    return m;
  };
  findings.forEach((f, i) => f.location.line !== undefined && at(f.location.line).findings.push({ f, n: i + 1 }));
  for (const c of checks) if (c.location?.line !== undefined) at(c.location.line).checks.push(c);

  lines.forEach((text, i) => {
    const line = i + 1;
    const row = el('div', 'line');
    row.id = `L${line}`;
    row.append(el('span', 'no', String(line)));
    const body = el('span', 'body');
    const marks = byLine.get(line);
    const first = marks?.findings.slice().sort((a, b) => rank(a.f.severity) - rank(b.f.severity))[0]?.f;
    if (first) row.classList.add(`has-${first.severity}`);
    body.append(...highlighted(text, marks?.findings.map((x) => x.f) ?? []));
    row.append(body);
    for (const { f, n } of marks?.findings ?? []) {
      const a = el('a', `mark sev-${f.severity}`, `${LABEL[f.severity]}${n}`);
      a.href = `#f${n}`;
      a.dataset.severity = f.severity;
      a.title = f.message;
      row.append(a);
    }
    for (const c of marks?.checks ?? []) {
      const s = el('span', `mark check-${c.status}`, c.status === 'pass' ? '✓' : c.status === 'rounding' ? '≈' : c.status === 'fail' ? '✗' : '?');
      s.title = `${CHECK_LABEL[c.status] ?? c.status}${c.relation ? `：${c.relation}` : ''}`;
      row.append(s);
    }
    box.append(row);
  });
  return box;
}

/** The figure a finding points at (its column): the number starting there, underlined. */
function highlighted(text: string, findings: readonly Finding[]): (string | HTMLElement)[] {
  const spans: { from: number; to: number; sev: Severity }[] = [];
  for (const f of findings) {
    const col = f.location.column;
    if (col === undefined || col < 1 || col > text.length) continue;
    const m = /^[\d,，.．]+(?:[%％]|万元|元|亿元)?/.exec(text.slice(col - 1));
    if (m) spans.push({ from: col - 1, to: col - 1 + m[0].length, sev: f.severity });
  }
  spans.sort((a, b) => a.from - b.from);
  const out: (string | HTMLElement)[] = [];
  let p = 0;
  for (const s of spans) {
    if (s.from < p) continue;
    out.push(text.slice(p, s.from), el('mark', `fig sev-${s.sev}`, text.slice(s.from, s.to)));
    p = s.to;
  }
  out.push(text.slice(p));
  return out;
}

export function renderTable(results: readonly FileResult[], open: (i: number) => void): HTMLElement {
  const wrap = el('div', 'table-wrap');
  const t = el('table', 'files');
  const head = el('tr');
  for (const h of ['文件', '单位', '错误', '警告', '提示']) head.append(el('th', undefined, h));
  t.append(el('thead'), el('tbody'));
  t.tHead!.append(head);
  results.forEach((r, i) => {
    const tr = el('tr');
    tr.dataset.file = r.path;
    const c = counts(r);
    const name = el('td', 'name');
    const b = el('button', 'open', r.path);
    b.type = 'button';
    b.addEventListener('click', () => open(i));
    name.append(b);
    tr.append(name, el('td', undefined, r.error ? `无法检查：${r.error.message}` : (r.info.unit ?? '')));
    for (const s of SEVERITIES) {
      const td = el('td', r.error || c[s] === 0 ? 'n zero' : `n sev-${s}`, r.error ? '—' : String(c[s]));
      tr.append(td);
    }
    t.tBodies[0]!.append(tr);
  });
  wrap.append(t);
  return wrap;
}
