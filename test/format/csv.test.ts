import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/findings/types.js';
import { csvCell, formatCsv } from '../../src/format/csv.js';
import { displayPath } from '../../src/format/util.js';
import { AUDIT_RESULT, OPTIONS_EN, OPTIONS_ZH } from '../fixtures/audit-result.js';
import { expectGolden } from './golden.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with "" escapes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i += 1;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : i + end;
      field = text.slice(i, stop);
      i = stop;
      if (text[i] === '"') throw new Error(`bare quote at ${i}`);
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
}

const output = formatCsv(AUDIT_RESULT, OPTIONS_ZH);
const rows = parseCsv(output.slice(1));
const FILE_A = 'reports/2024年 高新区管委会.docx';

describe('formatCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(output.startsWith('\ufeff')).toBe(true);
    expect(output.endsWith('\r\n')).toBe(true);
    // parseCsv throws on a bare LF outside quotes, so parsing at all proves the line ends.
    expect(output.split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('has the header row in the fixed order, Chinese by default and English with lang en', () => {
    expect(rows[0]).toEqual(['文件', '单位', '年度', '章节', '行', '列', '级别', '规则', '说明', '应为', '实为', '建议', '原文', '豁免']);
    const en = parseCsv(formatCsv(AUDIT_RESULT, OPTIONS_EN).slice(1));
    expect(en[0]).toEqual(['file', 'unit', 'year', 'section', 'line', 'column', 'severity', 'rule', 'message', 'expected', 'actual', 'help', 'excerpt', 'suppressed']);
    expect(en.find((r) => r[7] === 'sum-mismatch')?.[6]).toBe('error');
  });

  it('has one row per finding and one per unreadable file, all the same width', () => {
    const findings = AUDIT_RESULT.files.flatMap((f) => f.findings).length;
    expect(rows).toHaveLength(1 + findings + 1);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([14]));
    const unreadable = rows.find((r) => r[7] === 'read-error')!;
    expect(unreadable).toEqual([
      'reports/old/2019 报告.doc',
      '',
      '',
      '',
      '',
      '',
      '错误',
      'read-error',
      '旧版 Word 97-2003 文档（.doc）无法读取，请用 Word 另存为 .docx 后重试 (legacy-doc)',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('round-trips quotes, commas and newlines through RFC 4180 quoting', () => {
    const sum = rows.find((r) => r[8]?.includes('差额 0.18'))!;
    expect(sum).toEqual([
      FILE_A,
      '炎陵高新技术产业开发区管理委员会',
      '2024',
      '二',
      '16',
      '9',
      '错误',
      'sum-mismatch',
      '基本支出按经济科目分类明细合计 323.33 万元，与总额 323.15 万元不符，差额 0.18 万元',
      '323.15 万元',
      '323.33 万元',
      '核对明细是否漏列、重列，或更正总额',
      '按经济科目分类：工资福利支出272.31万元、商品和服务支出51.02万元。',
      '',
    ]);
    const sangong = rows.find((r) => r[7] === 'sangong-component-missing')!;
    expect(sangong[8]).toBe('“三公”经费未说明因公出国（境）费 & 未写明 "0 万元" 或 \'未发生\'');
    const template = rows.find((r) => r[7] === 'template-text-left')!;
    expect(template[8]).toContain('**加粗**\n第二行');
    const waived = rows.find((r) => r[7] === 'heading-numbering')!;
    expect(waived[13]).toBe('沿用上级主管部门下发的模板编号，经绩效科同意');
    expect(rows.find((r) => r[7] === 'section-empty' && r[3] === '八')![4]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const placeholder = rows.find((r) => r[7] === 'placeholder-left')!;
    expect(placeholder[8]).toBe("'=20XX年度自评得分：XX分 中留有占位符“20XX”“XX”");
    expect(placeholder[10]).toBe("'=20XX / XX");
    expect(rows.find((r) => r[7] === 'sangong-component-missing')![10]).toBe("'-");
    expect(rows.find((r) => r[8]?.includes('2023年的数字'))![8]).toMatch(/^'-2023/);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=1,"2"')).toBe('"\'=1,""2"""');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('合计 = 3')).toBe('合计 = 3');
  });

  it('neutralises file paths and units too', () => {
    const hostile: AuditResult = {
      ...AUDIT_RESULT,
      files: [{ ...AUDIT_RESULT.files[1]!, path: '=cmd|calc.doc', info: { unit: '+单位' } }],
    };
    const [, row] = parseCsv(formatCsv(hostile, OPTIONS_ZH).slice(1));
    expect(row?.slice(0, 2)).toEqual(["'=cmd|calc.doc", "'+单位"]);
  });

  it('with csvPer report: one row per report, clean ones included, with year, kind, counts and verdict', () => {
    const per = parseCsv(formatCsv(AUDIT_RESULT, { ...OPTIONS_ZH, csvPer: 'report' }).slice(1));
    expect(per[0]).toEqual(['文件', '单位', '年度', '类型', '格式', '错误', '警告', '提示', '已豁免', '未能执行', '结论', '说明']);
    expect(per).toHaveLength(1 + AUDIT_RESULT.files.length);
    const verdicts = per.slice(1).map((r) => [r[0], r[10]]);
    for (const f of AUDIT_RESULT.files) {
      // OPTIONS_ZH fails at warning
      const expected = f.error !== null ? '无法读取' : f.findings.some((x) => !x.suppressed && x.severity !== 'info') ? '不通过' : '通过';
      expect(verdicts).toContainEqual([displayPath(f.path, OPTIONS_ZH.cwd), expected]);
    }
    const a = per.find((r) => r[0] === FILE_A)!;
    const errors = AUDIT_RESULT.files.find((f) => displayPath(f.path, OPTIONS_ZH.cwd) === FILE_A)!.findings.filter((f) => !f.suppressed && f.severity === 'error').length;
    expect(a.slice(1, 3)).toEqual(['炎陵高新技术产业开发区管理委员会', '2024']);
    expect(a[5]).toBe(String(errors));
    const en = parseCsv(formatCsv(AUDIT_RESULT, { ...OPTIONS_EN, csvPer: 'report' }).slice(1));
    expect(en[0]).toEqual(['file', 'unit', 'year', 'kind', 'format', 'errors', 'warnings', 'infos', 'suppressed', 'skipped', 'verdict', 'message']);
  });

  it('is deterministic and matches the golden file', () => {
    expect(formatCsv({ ...AUDIT_RESULT, files: [...AUDIT_RESULT.files].reverse() }, OPTIONS_ZH)).toBe(output);
    expectGolden('report.csv', output);
  });
});
