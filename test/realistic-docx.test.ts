/**
 * Realistic CORRECT reports as .docx, laid out the way Word users lay them out. Each is built from
 * one of the correct .txt reports in test/fixtures/realistic/ (same text, so every figure is known
 * to reconcile), generated with the `docx` package into a temp dir, then:
 * - audited like the CLI does: no finding at all and no skipped check (as for the .txt);
 * - extracted: the same outline (section numbers), budget figures (node ids, amounts, shares,
 *   breakdown items), 三公 totals and items, staffing, counts, score and cover as the .txt model.
 *
 * Layouts:
 *  (1) r01: top-level headings by Word list numbering (chineseCounting `%1、`), sub-headings `（%2）`
 *      by numbering too; the numbers are not in the text.
 *  (2) r07: headings as Heading 1 / Heading 2 styles with no number at all.
 *  (3) r08: the 三公 figures in a table (项目 | 预算数 | 决算数) with 单位：万元 above it.
 *  (4) r10: a cover page: title split over two centred paragraphs, 单位名称（盖章）：and the unit
 *      in separate runs, empty paragraphs, a page break before the body.
 *  (5) r04: body paragraphs split into several runs mid-number ("986" + ".45万元"), a tab after the
 *      heading / list numbers ("一、\t基本情况", "1.\t…"), a soft line break inside a sentence.
 *
 * Assertions state the CORRECT behaviour; a failing one is a false finding or a misread of the
 * .docx path.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import type { ReportModel } from '../src/extract/model.js';
import { readDocx } from '../src/lib/node.js';
import { linesToDoc } from '../src/read/txt.js';
import { auditFiles } from './helpers/audit.js';
import { PROFILE } from './helpers/rule-tester.js';
import { packDocx } from './read/docx-helpers.js';

const DIR = join('test', 'fixtures', 'realistic');
const TMP = mkdtempSync(join(tmpdir(), 'jixiao-docx-'));

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

type Line =
  | { kind: 'cover'; text: string }
  | { kind: 'h1'; no: string; title: string; text: string }
  | { kind: 'h2'; no: string; title: string; text: string }
  | { kind: 'body'; text: string };

const H1 = /^([一二三四五六七八九十]+)、(.+)$/;
const H2 = /^（([一二三四五六七八九十]+)）(.+)$/;

/** The .txt split into cover lines, headings (a （一） line without 。 is a heading) and body lines. */
function parseTxt(text: string): Line[] {
  const out: Line[] = [];
  let inBody = false;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const t = raw;
    const h1 = H1.exec(t);
    if (h1) {
      inBody = true;
      out.push({ kind: 'h1', no: h1[1]!, title: h1[2]!, text: t });
      continue;
    }
    const h2 = H2.exec(t);
    if (inBody && h2 && !t.includes('。') && t.length <= 24) {
      out.push({ kind: 'h2', no: h2[1]!, title: h2[2]!, text: t });
      continue;
    }
    out.push(inBody ? { kind: 'body', text: t } : { kind: 'cover', text: t });
  }
  while (out.length && out[out.length - 1]!.kind === 'body' && out[out.length - 1]!.text === '') out.pop();
  return out;
}

const NUMBERING = {
  config: [
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};

function plain(text: string): Paragraph {
  return new Paragraph({ children: text ? [new TextRun(text)] : [] });
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

function table(rows: string[][]): Table {
  return new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
}

async function write(name: string, children: (Paragraph | Table)[]): Promise<string> {
  const path = join(TMP, name);
  writeFileSync(path, await packDocx(new Document({ numbering: NUMBERING, sections: [{ children }] })));
  return path;
}

/** (1) Word list numbering for both heading levels; number not in the text. */
function layoutWordNumbering(lines: Line[]): (Paragraph | Table)[] {
  return lines.map((l) =>
    l.kind === 'h1'
      ? new Paragraph({ children: [new TextRun(l.title)], numbering: { reference: 'outline', level: 0 } })
      : l.kind === 'h2'
        ? new Paragraph({ children: [new TextRun(l.title)], numbering: { reference: 'outline', level: 1 } })
        : plain(l.text),
  );
}

/** (2) Heading 1 / Heading 2 styles, no number. */
function layoutHeadingStyles(lines: Line[]): (Paragraph | Table)[] {
  return lines.map((l) =>
    l.kind === 'h1'
      ? new Paragraph({ text: l.title, heading: HeadingLevel.HEADING_1 })
      : l.kind === 'h2'
        ? new Paragraph({ text: l.title, heading: HeadingLevel.HEADING_2 })
        : plain(l.text),
  );
}

/** (3) Typed numbers, but the 三公 sentence replaced by a lead-in, 单位：万元 and a table. */
function layoutSangongTable(lines: Line[], sentenceStart: string, lead: string, rows: string[][]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let replaced = false;
  for (const l of lines) {
    if (l.kind === 'body' && l.text.startsWith(sentenceStart)) {
      out.push(plain(lead), new Paragraph({ children: [new TextRun('单位：万元')], alignment: AlignmentType.RIGHT }), table(rows));
      replaced = true;
    } else out.push(plain(l.text));
  }
  if (!replaced) throw new Error(`no line starts with ${sentenceStart}`);
  return out;
}

/** (4) A cover page: title over two paragraphs, field label and value in separate runs, page break. */
function layoutCover(lines: Line[], titleSplit: [string, string]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let first = true;
  for (const l of lines) {
    if (l.kind === 'cover') {
      if (l.text === titleSplit[0] + titleSplit[1]) {
        out.push(new Paragraph({ children: [], alignment: AlignmentType.CENTER }));
        out.push(new Paragraph({ children: [new TextRun({ text: titleSplit[0], bold: true, size: 44 })], alignment: AlignmentType.CENTER }));
        out.push(new Paragraph({ children: [new TextRun({ text: titleSplit[1], bold: true, size: 44 })], alignment: AlignmentType.CENTER }));
        out.push(plain(''), plain(''));
        continue;
      }
      const m = /^(单位名称（盖章）：|报告日期：)(.+)$/.exec(l.text);
      if (m) {
        out.push(new Paragraph({ children: [new TextRun({ text: m[1]!, size: 32 }), new TextRun({ text: m[2]!, size: 32, underline: {} })], indent: { left: 1200 } }));
        continue;
      }
      out.push(plain(l.text));
      continue;
    }
    if (first && l.kind === 'h1') {
      out.push(new Paragraph({ children: [new TextRun(l.text)], pageBreakBefore: true }));
      first = false;
      continue;
    }
    out.push(plain(l.text));
  }
  return out;
}

/** Runs split right before every decimal point ("986" + ".45万元…"), and after every 、/， too. */
function splitRuns(text: string): ParagraphChild[] {
  const parts = text.split(/(?=\.\d)|(?<=[，、])/);
  return parts.filter((p) => p !== '').map((p) => new TextRun(p));
}

/** (5) Runs split mid-number, a tab after heading and list numbers, a soft line break inside a sentence. */
function layoutRuns(lines: Line[], breakAfter: string): (Paragraph | Table)[] {
  let broke = false;
  return lines.map((l) => {
    if (l.kind === 'h1') return new Paragraph({ children: [new TextRun(`${l.no}、`), new TextRun({ children: [new Tab(), l.title] })] });
    if (l.kind === 'h2') return new Paragraph({ children: [new TextRun(`（${l.no}）`), new TextRun(l.title)] });
    if (l.kind === 'cover') return plain(l.text);
    const list = /^(\d+\.)(.+)$/.exec(l.text);
    if (list) return new Paragraph({ children: [new TextRun(list[1]!), new TextRun({ children: [new Tab()] }), ...splitRuns(list[2]!)] });
    const i = l.text.indexOf(breakAfter);
    if (!broke && i >= 0) {
      broke = true;
      const cut = i + breakAfter.length;
      return new Paragraph({ children: [...splitRuns(l.text.slice(0, cut)), new TextRun({ text: l.text.slice(cut), break: 1 })] });
    }
    return new Paragraph({ children: splitRuns(l.text) });
  });
}

/** (1b) Heading styles AND Word numbering on both levels, an empty paragraph after every paragraph. */
function layoutNumberedHeadingsSpaced(lines: Line[]): (Paragraph | Table)[] {
  return lines.flatMap((l) => [
    l.kind === 'h1'
      ? new Paragraph({ text: l.title, heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } })
      : l.kind === 'h2'
        ? new Paragraph({ text: l.title, heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } })
        : plain(l.text),
    plain(''),
  ]);
}

/** (4b) Cover fields in a two-column table (label | value), as cover templates do. */
function layoutCoverTable(lines: Line[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const rows: string[][] = [];
  for (const l of lines) {
    const m = l.kind === 'cover' ? /^(单位名称（盖章）：|报告日期：)(.+)$/.exec(l.text) : null;
    if (m) {
      rows.push([m[1]!, m[2]!]);
      continue;
    }
    if (rows.length && l.kind !== 'cover') out.push(table(rows.splice(0)));
    out.push(plain(l.text));
  }
  return out;
}

/** (5b) Runs split inside the digits ("32,1" + "56,480.00元"), inside 万元/元 and %, and a soft line break inside a base name. */
function layoutRunsHard(lines: Line[], breakInside: [string, string]): (Paragraph | Table)[] {
  let broke = false;
  const hard = (t: string): ParagraphChild[] =>
    t
      .split(/(?<=\d)(?=\d{2}[,.])|(?<=万)(?=元)|(?<=\d)(?=%)/)
      .filter((p) => p !== '')
      .map((p) => new TextRun(p));
  return lines.map((l) => {
    if (l.kind !== 'body') return plain(l.text);
    const i = l.text.indexOf(breakInside[0] + breakInside[1]);
    if (!broke && i >= 0) {
      broke = true;
      const cut = i + breakInside[0].length;
      return new Paragraph({ children: [...hard(l.text.slice(0, cut)), new TextRun({ text: l.text.slice(cut), break: 1 })] });
    }
    return new Paragraph({ children: hard(l.text) });
  });
}

// ---------------------------------------------------------------------------------------------
// What must agree between the .txt and the .docx model
// ---------------------------------------------------------------------------------------------

function facts(m: ReportModel): Record<string, unknown> {
  const val = (a: { value: string } | undefined | 'nil') => (a === undefined ? undefined : a === 'nil' ? 'nil' : a.value);
  const side = (s: ReportModel['sangong']['budget']) => ({
    total: val(s.total),
    items: Object.fromEntries(Object.entries(s.items).map(([k, v]) => [k, val(v)])),
  });
  return {
    year: m.year,
    unit: m.unit,
    cover: m.cover.map((c) => [c.name, c.value]),
    sections: m.outline.sections.map((s) => [s.no, s.content, s.subsections.length]),
    unmatched: m.outline.unmatched.map((h) => h.text),
    budget: m.budget.map((n) => ({
      id: n.id,
      amount: n.amount?.value,
      nil: n.nil ?? false,
      derived: n.derived?.value,
      shares: n.shares.map((s) => [s.baseId, s.pct]),
      breakdowns: n.breakdowns.map((b) => [b.dimension, b.items.map((i) => i.value)]),
      yoy: n.yoy ? [n.yoy.direction, n.yoy.change?.value, n.yoy.rate] : undefined,
    })),
    sangong: { budget: side(m.sangong.budget), actual: side(m.sangong.actual), reason: m.sangong.reason !== undefined },
    staffing: [m.staffing.quota?.value, m.staffing.actual?.value],
    counts: m.counts.map((c) => [c.subject, c.declared, c.listed]),
    score: [m.score.score?.value, m.score.grade?.value],
    goals: [m.goals.targets.map((g) => [g.subject, g.comparator, g.value]), m.goals.pairs.map((p) => [p.target, p.result])],
    placeholders: m.placeholders.map((p) => p.text),
  };
}

interface Case {
  name: string;
  file: string;
  build: (lines: Line[]) => (Paragraph | Table)[];
  /** Parts of facts() that legitimately differ (e.g. the 三公 table states no reason sentence). */
  adjust?: (txt: Record<string, unknown>) => void;
}

const CASES: Case[] = [
  { name: '(1) Word list numbering %1、 / （%2）, number not in the text', file: 'r01-county-finance.txt', build: layoutWordNumbering },
  { name: '(2) Heading 1 / Heading 2 styles, no numbering', file: 'r07-housing-govfund.txt', build: layoutHeadingStyles },
  {
    name: '(3) 三公 figures in a table 项目 | 预算数 | 决算数 under 单位：万元',
    file: 'r08-hrss-socialfund.txt',
    build: (lines) =>
      layoutSangongTable(lines, '2025年“三公”经费预算数为5.00万元', '2025年“三公”经费预算及决算情况如下：', [
        ['项目', '预算数', '决算数'],
        ['“三公”经费合计', '5.00', '4.38'],
        ['因公出国（境）费', '0.00', '0.00'],
        ['公务用车购置及运行维护费', '4.00', '3.60'],
        ['公务接待费', '1.00', '0.78'],
      ]),
    // The .txt sentence “因公出国（境）费预算和决算均为0万元” is read on the 决算 side only (see the
    // report); the table states both, so the CORRECT model has the budget item too.
    adjust: (t) => {
      const b = (t.sangong as { budget: { items: Record<string, string> } }).budget;
      b.items = { ...b.items, '因公出国（境）费': '0.00' };
    },
  },
  {
    name: '(4) cover page: title over two paragraphs, 单位名称（盖章）： and value in separate runs, page break',
    file: 'r10-water-nested-numbering.txt',
    build: (lines) => layoutCover(lines, ['2025年度某县水利局', '部门整体支出绩效自评报告']),
  },
  {
    name: '(5) runs split mid-number, tab after numbers, soft line break inside a sentence',
    file: 'r04-township.txt',
    build: (lines) => layoutRuns(lines, '占一般公共预算总支出的32.88%，'),
  },
  {
    name: '(1b) Heading 1/2 styles with Word numbering on both levels, an empty paragraph after each paragraph',
    file: 'r10-water-nested-numbering.txt',
    build: layoutNumberedHeadingsSpaced,
  },
  {
    name: '(3b) 三公 table with a 序号 column, the unit in the column headers, the 合计 row last',
    file: 'r01-county-finance.txt',
    build: (lines) =>
      layoutSangongTable(lines, '2024年“三公”经费预算数为18.50万元', '2024年“三公”经费预算及决算情况见下表。“三公”经费决算数比预算数减少3.13万元，主要是严格执行公务接待标准，压减公务用车运行费用。', [
        ['序号', '项目', '预算数（万元）', '决算数（万元）'],
        ['1', '因公出国（境）费', '0', '0'],
        ['2', '公务用车购置及运行维护费', '12.00', '10.85'],
        ['3', '公务接待费', '6.50', '4.52'],
        ['', '合计', '18.50', '15.37'],
      ]),
  },
  {
    name: '(4b) cover fields in a two-column table: 单位名称（盖章）： | 某县档案馆',
    file: 'r06-archives-basic-only.txt',
    build: layoutCoverTable,
  },
  {
    name: '(5b) runs split inside digits, 万|元 and |%, soft line break inside “占一般公共预算|总支出的”',
    file: 'r02-school-yuan.txt',
    build: (lines) => layoutRunsHard(lines, ['占一般公共预算', '总支出的15.38%']),
  },
];

describe('realistic correct reports as Word users lay them out (.docx)', () => {
  for (const [n, c] of CASES.entries()) {
    describe(`${c.file} — ${c.name}`, () => {
      const txt = readFileSync(join(DIR, c.file), 'utf8');
      const docxName = `${n + 1}-${c.file.replace(/\.txt$/, '.docx')}`;
      let path = '';
      beforeAll(async () => {
        path = await write(docxName, c.build(parseTxt(txt)));
      });

      it('no finding at all (no error, warning or info) and no skipped check', async () => {
        const r = await auditFiles([path]);
        const f = r.files[0]!;
        expect(f.error).toBeNull();
        expect(f.findings.map((x) => `${x.severity} ${x.location.section ?? ''} l${x.location.line}: ${x.ruleId}: ${x.message}`)).toEqual([]);
        expect(f.skipped.map((s) => `l${s.location.line}: ${s.ruleId}: ${s.reason}`)).toEqual([]);
      });

      it('the same outline, budget figures, 三公, staffing, counts, score and cover as the .txt', () => {
        const fromTxt = facts(extract(linesToDoc(txt, c.file), PROFILE));
        const fromDocx = facts(extract(readDocx(readFileSync(path), docxName), PROFILE));
        c.adjust?.(fromTxt);
        // Section by section first: a readable diff.
        for (const k of Object.keys(fromTxt)) expect([k, fromDocx[k]]).toEqual([k, fromTxt[k]]);
      });
    });
  }
});
