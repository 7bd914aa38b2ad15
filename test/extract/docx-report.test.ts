/**
 * Extraction from .docx files generated in the test with the `docx` package, as a finance
 * officer would write them: Word auto-numbered headings, 三公 figures in a table, headings
 * without any numbering.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { computeChecks } from '../../src/checks/index.js';
import { readDocx } from '../../src/lib/node.js';
import { modelOfDoc } from '../helpers/model.js';
import { PROFILE } from '../helpers/rule-tester.js';
import { packDocx } from '../read/docx-helpers.js';

const TITLES = ['基本情况', '一般公共预算支出情况', '政府性基金预算支出情况', '国有资本经营预算支出情况', '社会保险基金预算支出情况', '部门整体支出绩效情况', '存在的问题及原因分析', '下一步改进措施', '绩效自评结果及其他需要说明的情况'];
const BODIES = [
  '示例县财政局内设股室3个，分别为：办公室、预算股、绩效股。',
  '2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。2025年项目支出200.00万元，占一般公共预算总支出的40.00%。',
  '2025年无政府性基金预算支出。',
  '2025年无国有资本经营预算支出。',
  '2025年无社会保险基金预算支出。',
  '全年完成业务培训12期。',
  '部分项目执行进度偏慢，原因是前期论证不充分。',
  '建立项目执行进度月通报制度。',
  '自评得分92分，等级为优。',
];

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

function sangongTable(rows: [string, string, string][]): Table {
  return new Table({ rows: [['项目', '预算数', '决算数'], ...rows].map((r) => new TableRow({ children: r.map(cell) })) });
}

async function report(opts: { numbering: 'word' | 'none'; table?: Table; unitLine?: string }): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [new Paragraph('2025年度 示例县财政局整体支出绩效自评报告')];
  TITLES.forEach((t, i) => {
    children.push(
      opts.numbering === 'word'
        ? new Paragraph({ children: [new TextRun(t)], heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } })
        : new Paragraph({ text: t, heading: HeadingLevel.HEADING_1 }),
    );
    children.push(new Paragraph(BODIES[i]!));
    if (i === 1 && opts.table) {
      if (opts.unitLine) children.push(new Paragraph(opts.unitLine));
      children.push(opts.table);
    }
  });
  return packDocx(
    new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }],
          },
        ],
      },
      sections: [{ children }],
    }),
  );
}

describe('a .docx report', () => {
  it('Word auto-numbered headings: the numbers exist only in numbering.xml, sections are matched and numbered as rendered', async () => {
    const doc = readDocx(await report({ numbering: 'word' }), 'a.docx');
    const m = modelOfDoc(doc);
    expect(m.outline.sections.map((s) => [s.no, s.text, s.style])).toEqual(
      TITLES.map((t, i) => ['一二三四五六七八九'[i], `${'一二三四五六七八九'[i]}、 ${t}`, 'chinese-dun']),
    );
    const checks = computeChecks(m, PROFILE);
    expect(checks.collections.numbering).toEqual([]);
    expect(checks.collections.sections.filter((s) => s.required && (s.empty || !s.present))).toEqual([]);
  });

  it('headings without any numbering, recognised by title and heading style', async () => {
    const m = modelOfDoc(readDocx(await report({ numbering: 'none' }), 'b.docx'));
    expect(m.outline.sections.map((s) => [s.no, s.style])).toEqual(TITLES.map((_, i) => ['一二三四五六七八九'[i], 'none']));
  });

  it('三公 figures in a table (项目 | 预算数 | 决算数), with the unit from 单位：万元', async () => {
    const table = sangongTable([
      ['“三公”经费合计', '3.00', '2.50'],
      ['因公出国（境）费', '0', '0'],
      ['公务用车购置及运行费', '2.00', '1.80'],
      ['公务接待费', '1.00', '0.70'],
    ]);
    const m = modelOfDoc(readDocx(await report({ numbering: 'word', table, unitLine: '单位：万元' }), 'c.docx'));
    expect(m.sangong.budget.total!.value).toBe('3.00');
    expect(m.sangong.actual.total!.value).toBe('2.50');
    expect(Object.fromEntries(Object.entries(m.sangong.actual.items).map(([k, v]) => [k, v === 'nil' ? 'nil' : v.value]))).toEqual({
      '因公出国（境）费': '0.00',
      '公务用车购置及运行（维护）费': '1.80',
      公务接待费: '0.70',
    });
    const checks = computeChecks(m, PROFILE);
    expect(checks.collections.sangongComponents.filter((c) => !c.reported)).toEqual([]);
    expect(checks.collections.breakdowns.filter((b) => b.kind === 'sangong').map((b) => [b.side, b.status])).toEqual([
      ['预算数', 'ok'],
      ['决算数', 'ok'],
    ]);
  });

  it('a table whose items do not add up is a sangong total mismatch; amounts in 元 are read in 万元 and quoted in 元', async () => {
    const table = sangongTable([
      ['三公经费', '30000', '25000'],
      ['因公出国（境）费', '0', '0'],
      ['公务用车运行维护费', '20000', '21000'],
      ['公务接待费', '10000', '7000'],
    ]);
    const m = modelOfDoc(readDocx(await report({ numbering: 'word', table, unitLine: '单位：元' }), 'd.docx'));
    expect(m.sangong.budget.total!.value).toBe('3.00');
    const sums = computeChecks(m, PROFILE).collections.breakdowns.filter((b) => b.kind === 'sangong');
    expect(sums.map((b) => [b.side, b.status, (b.sum as { text: string }).text, (b.total as { text: string }).text])).toEqual([
      ['预算数', 'ok', '30000.00', '30000.00'],
      ['决算数', 'mismatch', '28000.00', '25000.00'],
    ]);
  });
});
