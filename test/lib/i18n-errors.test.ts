/**
 * Under --lang en every message is English (issue 16, point 5): read errors, configuration and
 * rule-file errors, and the phrases the check code puts inside findings. Words quoted from the
 * report (labels, headings, targets) and the report's own units stay as written.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, createNodeAuditor } from '../../src/lib/node.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const ROOT = join(import.meta.dirname, '..', '..');
const CJK = /[\u4e00-\u9fff]/;

const tsFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** The top-level arguments of every call `name(` in a source text (strings and nesting respected). */
function callArgs(text: string, name: string): string[][] {
  const out: string[][] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let i = at + name.length;
    const args: string[] = [];
    let depth = 0;
    let cur = '';
    let quote: string | null = null;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        cur += c;
        if (c === '\\') cur += text[++i] ?? '';
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      if (c === '(' || c === '[' || c === '{') depth++;
      if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      }
      if (c === ',' && depth === 0) {
        args.push(cur.trim());
        cur = '';
        continue;
      }
      cur += c;
    }
    if (cur.trim()) args.push(cur.trim());
    out.push(args);
  }
  return out;
}

describe('English messages', () => {
  it('the argument reader splits calls as TypeScript does', () => {
    expect(callArgs("x(new ReadError('a', `b ${f(1, 2)}`, 'c, d'))", 'new ReadError(')).toEqual([["'a'", '`b ${f(1, 2)}`', "'c, d'"]]);
  });

  it('every ReadError and ConfigError in src/ carries its English text', () => {
    const missing: string[] = [];
    for (const file of tsFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      const rel = file.slice(SRC.length + 1);
      for (const args of callArgs(text, 'new ReadError(')) if (args.length < 3 && !/^e\.code$/.test(args[0] ?? '')) missing.push(`${rel}: ReadError(${args.join(', ').slice(0, 60)})`);
      for (const args of callArgs(text, 'new ConfigError(')) if (args.length < 5 && !rel.endsWith('ruleset/types.ts')) missing.push(`${rel}: ConfigError(${args.join(', ').slice(0, 60)})`);
      for (const name of ['errorAt(', 'keyErrorAt(']) {
        for (const args of callArgs(text, ` ${name}`)) if (args.length < 4 && !/^y: PositionedYaml/.test(args[0] ?? '')) missing.push(`${rel}: ${name}${args.join(', ').slice(0, 60)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('read errors of every kind are English under lang en', async () => {
    const d = mkdtempSync(join(tmpdir(), 'jixiao-i18n-'));
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'bad.docx'), 'PK\u0003\u0004 nonsense');
    writeFileSync(join(d, 'nul.txt'), Buffer.from([0x41, 0, 0x42]));
    writeFileSync(join(d, 'data.yaml'), 'version: 1\nprofile: hunan\nbudget: x\n');
    writeFileSync(join(d, 'pdf.docx'), '%PDF-1.4\n');
    const auditor = await createNodeAuditor({ config: { lang: 'en' } });
    const result = await checkPaths(auditor, ['empty.txt', 'bad.docx', 'nul.txt', 'data.yaml', 'pdf.docx', 'missing.txt', 'nothing/*.txt'], d);
    expect(result.files.every((f) => f.error !== null)).toBe(true);
    for (const f of result.files) expect(f.error!.message, f.path).not.toMatch(CJK);
    const zh = await checkPaths(await createNodeAuditor(), ['empty.txt'], d);
    expect(zh.files[0]!.error!.message).toMatch(CJK);
  });

  it('findings on the examples and the corpus: no Chinese but quoted report text and units', async () => {
    const auditor = await createNodeAuditor({ config: { lang: 'en' } });
    const corpus = readdirSync(join(ROOT, 'test', 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => join('test', 'corpus', f));
    const result = await checkPaths(auditor, ['examples/yanling-2024/report.txt', 'examples/demo-2025-agri/report.txt', ...corpus], ROOT);
    const bad = new Set<string>();
    for (const f of result.files) {
      for (const x of f.findings) {
        for (const text of [x.message, x.help ?? ""]) {
          // quoted report text, section numerals (一…九: the profile's own names) and the labels the
          // report gives its figures (a run of CJK before a colon or a figure) are the report's words
          const own = text.replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, '').replace(/section [一二三四五六七八九十]+/g, '').replace(/\([^()]*\)/g, (m) => (CJK.test(m) && !/[a-z]{3,}/.test(m) ? '' : m));
          const words = own.match(/[A-Za-z]{3,}/g) ?? [];
          if (words.length < 2) bad.add(`${x.ruleId}: not English: ${text}`);
        }
      }
    }
    expect([...bad]).toEqual([]);
  });

  it('no phrase the check code writes in Chinese reaches an English finding (unless the report says it too)', async () => {
    // every run of 4+ Chinese characters inside a string literal of the check and finding code
    const phrases = new Set<string>();
    for (const dir of ['checks', 'findings', 'engine']) {
      for (const file of tsFiles(join(SRC, dir))) {
        const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const lit of text.match(/'[^'\n]*'|`[^`]*`/g) ?? []) for (const run of lit.match(/[\u4e00-\u9fff]{4,}/g) ?? []) phrases.add(run);
      }
    }
    expect(phrases.size).toBeGreaterThan(20);
    // names the domain gives (DOMAIN.md): the 三公 items are named so in every language of the tool
    for (const domainName of ['因公出国', '公务用车购置及运行', '公务接待费', '公务用车购置费', '公务用车运行']) for (const p of [...phrases]) if (p.startsWith(domainName) || domainName.startsWith(p)) phrases.delete(p);
    const auditor = await createNodeAuditor({ config: { lang: 'en' } });
    const corpus = readdirSync(join(ROOT, 'test', 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => join('test', 'corpus', f));
    const files = ['examples/yanling-2024/report.txt', 'examples/demo-2025-agri/report.txt', ...corpus];
    const result = await checkPaths(auditor, files, ROOT);
    const leaks: string[] = [];
    for (const f of result.files) {
      const report = readFileSync(join(ROOT, f.path), 'utf8');
      for (const x of f.findings) {
        for (const text of [x.message, x.help ?? "", x.expected ?? '', x.actual ?? '']) {
          for (const p of phrases) if (text.includes(p) && !report.includes(p)) leaks.push(`${x.ruleId}: “${p}” in: ${text}`);
        }
      }
    }
    expect([...new Set(leaks)]).toEqual([]);
  });
});
