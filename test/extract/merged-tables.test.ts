/**
 * Word tables with merged cells (fifteenth field trial): a heading set over several rows (预算数 over
 * 年初预算数 | 调整后预算数), a cell spanning columns (总分 over the name columns), a group name merged
 * down the first column (项目资金（万元）), read on the table's grid. And the shapes of tables that such
 * reports hold: the 三公 决算表 with its items as columns, a 收支总表 whose 总计 is 本年收入合计 plus
 * 年初结转和结余, budget subjects by their codes, rows numbered as an outline, a form's cause row.
 * Each shape with a holding and a failing example.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { createNodeAuditor, readDocx } from '../../src/lib/node.js';
import { onGrid, gridHeading } from '../../src/extract/cells.js';
import { modelOfDoc } from '../helpers/model.js';

/** A cell: its text, and the columns and rows it spans. */
type Cell = string | [text: string, columns: number, rows?: number];
type Part = string | Cell[][];

/** A .docx of paragraphs and tables; a cell spanning rows is left out of the rows below it. */
async function docx(parts: readonly Part[]): Promise<Uint8Array> {
  const children = parts.map((p) =>
    typeof p === 'string'
      ? new Paragraph(p)
      : new Table({
          rows: p.map(
            (r) =>
              new TableRow({
                children: r.map((c) => {
                  const [text, columnSpan, rowSpan] = typeof c === 'string' ? [c, 1, 1] : [c[0], c[1], c[2] ?? 1];
                  return new TableCell({ children: [new Paragraph(text)], columnSpan, rowSpan });
                }),
              }),
          ),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function audit(parts: readonly Part[]) {
  const auditor = await createNodeAuditor();
  const r = await auditor.check({ name: 't.docx', bytes: await docx(parts) });
  return {
    checks: (r.checks ?? []).map((c) => `${c.relation} ${c.status} ${JSON.stringify(c.values)}`),
    // (the short documents here leave out parts a whole report has: what is missing is not the point)
    findings: r.findings.filter((f) => f.severity !== 'info' && !f.ruleId.endsWith('-missing')).map((f) => `${f.ruleId} ${f.message}`),
  };
}

describe('reading a Word table on its grid', () => {
  it('records the columns a cell spans and the cells merged down, and lines the row up with the grid', async () => {
    const bytes = await docx([
      [
        [['项目', 1, 2], ['预算数', 2], ['决算数', 1, 2]],
        ['年初', '全年'],
        ['合计', '1', '2', '3'],
      ],
    ]);
    const rows = readDocx(bytes, 't.docx').blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => [b.cells, b.spans, b.continues])).toEqual([
      [['项目', '预算数', '决算数'], [1, 2, 1], undefined],
      [['', '年初', '全年', ''], undefined, [0, 3]],
      [['合计', '1', '2', '3'], undefined, undefined],
    ]);
    expect(onGrid(rows[0]!).cells).toEqual(['项目', '预算数', '', '决算数']);
    expect(gridHeading(rows.slice(0, 2))).toEqual(['项目', '预算数年初', '预算数全年', '决算数']);
    // a row whose cells each take one column is itself
    expect(onGrid(rows[2]!)).toBe(rows[2]);
  });
});

/** The 财政拨款“三公”经费支出决算表: the items as columns under 预算数 and 决算数. */
function sangongTable(actualTotal: string): Cell[][] {
  const side: Cell[] = [['合计', 1, 2], ['因公出国（境）费', 1, 2], ['公务用车购置及运行费', 3], ['公务接待费', 1, 2]];
  return [
    [['预算数', 6], ['决算数', 6]],
    [...side, ...side],
    ['小计', '公务用车购置费', '公务用车运行费', '小计', '公务用车购置费', '公务用车运行费'],
    ['12.50', '0.00', '8.40', '0.00', '8.40', '4.10', actualTotal, '0.00', '7.76', '0.00', '7.76', '2.86'],
  ];
}

const FINAL = ['某县教育局2024年度部门决算', '第一部分 部门概况', '本部门主要负责全县教育工作。', '第二部分 2024年度部门决算表'];

describe('the 三公 决算表 with its items as columns', () => {
  it('holding: both sides read from the table, the total against its items', async () => {
    const r = await audit([...FINAL, '单位：万元', sangongTable('10.62'), '第三部分 2024年度部门决算情况说明', '2024年度财政拨款“三公”经费支出决算为10.62万元，完成预算的84.96%。']);
    expect(r.checks).toContain('sangong pass {"total":"12.50","parts":["0.00","8.40","4.10"],"unit":"万元"}');
    expect(r.checks).toContain('sangong pass {"total":"10.62","parts":["0.00","7.76","2.86"],"unit":"万元"}');
    expect(r.checks).toContain('rate pass {"rate":"84.96","numerator":"10.62","denominator":"12.50","unit":"万元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a total that is not its items', async () => {
    const r = await audit([...FINAL, '单位：万元', sangongTable('11.62'), '第三部分 2024年度部门决算情况说明', '本年“三公”经费详见上表。']);
    expect(r.findings.filter((f) => f.startsWith('sangong-total-mismatch'))).toHaveLength(1);
    expect(r.findings.join('\n')).toContain('11.62');
  });
});

/** A 收支总表: income and spending side by side under one heading over two rows. */
function accounts(carried: string): Cell[][] {
  return [
    [['收入', 2], ['支出', 2]],
    ['项目', '决算数', '项目', '决算数'],
    ['一般公共预算财政拨款收入', '8,520.36', '教育支出', '8,460.12'],
    ['事业收入', '480.24', '社会保障和就业支出', '883.00'],
    ['本年收入合计', '9,000.60', '本年支出合计', '9,343.12'],
    ['年初结转和结余', carried, '年末结转和结余', '62.76'],
    ['总计', '9,405.88', '总计', '9,405.88'],
  ];
}

describe('a 总计 over a 合计', () => {
  it('holding: 总计 = 本年收入合计 + 年初结转和结余, and each 合计 the rows above it', async () => {
    const r = await audit([...FINAL, '单位：万元', accounts('405.28')]);
    expect(r.checks).toContain('sum pass {"total":"9405.88","parts":["9000.60","405.28"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"9405.88","parts":["9343.12","62.76"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"9000.60","parts":["8520.36","480.24"],"unit":"万元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a carried-over balance that does not make the 总计', async () => {
    const r = await audit([...FINAL, '单位：万元', accounts('415.28')]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatch(/^sum-mismatch .*9415\.88.*9405\.88/);
  });

  it('in a flattened table too, and a 小计 still stands for its group', async () => {
    const auditor = await createNodeAuditor();
    const text = [...FINAL, '单位：万元', '项目 | 决算数', '人员经费 | 60.00', '公用经费 | 40.00', '基本支出小计 | 100.00', '专项业务费 | 50.00', '合计 | 150.00', '上年结转 | 20.00', '总计 | 170.00'].join('\n');
    const r = await auditor.check({ name: 't.txt', text });
    const sums = (r.checks ?? []).filter((c) => c.relation === 'sum').map((c) => `${c.status} ${JSON.stringify(c.values)}`);
    expect(sums).toContain('pass {"total":"150.00","parts":["100.00","50.00"],"unit":"万元"}');
    expect(sums).toContain('pass {"total":"170.00","parts":["150.00","20.00"],"unit":"万元"}');
    expect(r.findings.filter((f) => f.severity !== 'info' && !f.ruleId.endsWith('-missing'))).toEqual([]);
  });
});

/** 一般公共预算财政拨款基本支出决算表: subjects by their codes, a heading over two rows. */
function coded(basicPay: string): Cell[][] {
  return [
    [['科目', 2], ['决算数', 1, 2]],
    ['科目编码', '科目名称'],
    [['合计', 2], '5,793.10'],
    ['301', '工资福利支出', '5,392.26'],
    ['30101', '基本工资', basicPay],
    ['30107', '绩效工资', '3,571.86'],
    ['302', '商品和服务支出', '273.56'],
    ['30201', '办公费', '186.40'],
    ['30217', '公务接待费', '87.16'],
    ['303', '对个人和家庭的补助', '127.28'],
  ];
}

describe('budget subjects by their codes', () => {
  it('holding: each subject the sum of those its code opens, the 合计 the sum of the shortest codes', async () => {
    const r = await audit([...FINAL, '单位：万元', coded('1,820.40')]);
    expect(r.checks).toContain('sum pass {"total":"5392.26","parts":["1820.40","3571.86"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"273.56","parts":["186.40","87.16"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"5793.10","parts":["5392.26","273.56","127.28"],"unit":"万元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a subject whose items do not make it (one finding, not the 合计 as well)', async () => {
    const r = await audit([...FINAL, '单位：万元', coded('1,830.40')]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatch(/^sum-mismatch .*5402\.26.*5392\.26/);
  });
});

/** A 支出决算表 with its caption and unit as rows across the table, a 本年支出合计 column, and codes. */
function spending(basic: string): Cell[][] {
  return [
    [['支出决算表', 5]],
    [['单位：万元', 5]],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    [['合计', 2], '1,244.60', '1,097.80', '146.80'],
    ['201', '一般公共服务支出', '967.36', basic, '146.80'],
    ['20103', '政府办公厅（室）及相关机构事务', '967.36', basic, '146.80'],
    ['2010301', '行政运行', '612.40', '612.40', '0.00'],
    ['2010350', '事业运行', '208.16', '208.16', '0.00'],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出', '146.80', '0.00', '146.80'],
    ['208', '社会保障和就业支出', '277.24', '277.24', '0.00'],
  ];
}

describe('a caption across the table, and a 本年支出合计 column', () => {
  it('holding: the caption is no heading, the unit in it is the table’s, and 本年支出合计 = 基本支出 + 项目支出 on every row', async () => {
    const r = await audit([...FINAL, spending('820.56')]);
    expect(r.checks).toContain('sum pass {"total":"1244.60","parts":["1097.80","146.80"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"967.36","parts":["820.56","146.80"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"820.56","parts":["612.40","208.16","0.00"],"unit":"万元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a row whose 基本支出 and 项目支出 do not make its 本年支出合计', async () => {
    const r = await audit([...FINAL, spending('830.56')]);
    expect(r.checks).toContain('sum fail {"total":"967.36","parts":["830.56","146.80"],"unit":"万元"}');
    // (a subject's row named by its name, not its code)
    expect(r.findings.some((f) => f.startsWith('sum-mismatch 一般公共服务支出·本年支出合计'))).toBe(true);
  });
});

/** Income set beside last year's: 决算数 over 2024年 | 2023年, 与上年比较 over 增减额 | 增减率. */
function yearOnYear(rate: string): Cell[][] {
  return [
    [['收入项目', 1, 2], ['决算数', 2], ['与上年比较', 2]],
    ['2024年', '2023年', '增减额', '增减率'],
    ['财政拨款收入', '3,862.40', '3,518.76', '343.64', '9.77%'],
    ['事业收入', '412.30', '455.18', '-42.88', rate],
    ['合计', '4,274.70', '3,973.94', '300.76', '7.57%'],
  ];
}

describe('a table of this year, last year and the change', () => {
  it('holding: on every row 增减额 = this year − last year and 增减率 = 增减额 ÷ last year (a minus sign a fall); year headings are headings', async () => {
    const r = await audit(['某委员会2024年度部门整体支出绩效自评报告', '一、收入情况', '单位：万元', yearOnYear('-9.42%')]);
    expect(r.checks).toContain('change pass {"current":"412.30","prior":"455.18","change":"42.88","rate":"9.42","unit":"万元"}');
    expect(r.checks).toContain('change pass {"current":"4274.70","prior":"3973.94","change":"300.76","rate":"7.57","unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"3973.94","parts":["3518.76","455.18"],"unit":"万元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a rate of change that is not the change over last year', async () => {
    const r = await audit(['某委员会2024年度部门整体支出绩效自评报告', '一、收入情况', '单位：万元', yearOnYear('-8.42%')]);
    expect(r.checks).toContain('change fail {"current":"412.30","prior":"455.18","change":"42.88","rate":"8.42","unit":"万元"}');
  });

  it('in a flattened table too', async () => {
    const auditor = await createNodeAuditor();
    const text = ['某委员会2024年度部门整体支出绩效自评报告', '一、收入情况', '单位：万元', '收入项目 | 2024年 | 2023年 | 增减额 | 增减率', '财政拨款收入 | 3,862.40 | 3,518.76 | 343.64 | 9.77%', '事业收入 | 412.30 | 455.18 | -42.88 | -9.42%'].join('\n');
    const r = await auditor.check({ name: 't.txt', text });
    const changes = (r.checks ?? []).filter((c) => c.relation === 'change').map((c) => `${c.status} ${JSON.stringify(c.values)}`);
    expect(changes).toContain('pass {"current":"412.30","prior":"455.18","change":"42.88","rate":"9.42","unit":"万元"}');
    expect(changes.every((c) => c.startsWith('pass'))).toBe(true);
  });
});

/** A budget execution table with rows numbered as an outline. */
function numbered(office: string): Cell[][] {
  return [
    [['项目', 1, 2], ['预算数', 2], ['实际支出数', 1, 2], ['预算执行率', 1, 2]],
    ['年初预算数', '调整后预算数'],
    ['合计', '2,738.00', '3,137.18', '3,024.18', '96.40%'],
    ['一、基本支出', '1,378.00', '1,408.78', '1,402.40', '99.55%'],
    ['（一）人员经费', '1,210.00', '1,236.48', '1,236.48', '100.00%'],
    ['（二）公用经费', '168.00', '172.30', office, '96.30%'],
    ['二、项目支出', '1,360.00', '1,728.40', '1,621.78', '93.83%'],
    ['（一）农村公路养护工程', '900.00', '1,150.00', '1,098.62', '95.53%'],
    ['（二）危桥改造补助', '460.00', '578.40', '523.16', '90.45%'],
  ];
}

describe('rows numbered as an outline', () => {
  it('holding: each numbered row the sum of those one level down, and the rate column on every row', async () => {
    const r = await audit(['某局2024年度部门整体支出绩效自评报告', '一、预算执行情况', '单位：万元', numbered('165.92')]);
    expect(r.checks).toContain('sum pass {"total":"1402.40","parts":["1236.48","165.92"],"unit":"万元"}');
    expect(r.checks).toContain('sum pass {"total":"3024.18","parts":["1402.40","1621.78"],"unit":"万元"}');
    expect(r.checks).toContain('rate pass {"rate":"96.30","numerator":"165.92","denominator":"172.30","unit":"万元"}');
    expect(r.checks.filter((c) => c.startsWith('sum fail'))).toEqual([]);
  });

  it('failing: a row that is not the sum of its items', async () => {
    const r = await audit(['某局2024年度部门整体支出绩效自评报告', '一、预算执行情况', '单位：万元', numbered('175.92')]);
    expect(r.checks.filter((c) => c.startsWith('sum fail'))).toEqual(['sum fail {"total":"1402.40","parts":["1236.48","175.92"],"unit":"万元"}']);
  });
});

/** The national 项目支出绩效自评表 as Word sets it: merged group cells, a spanning 总分, a cause row. */
function form(total: string, cause: string, wide = false): Cell[][] {
  // (wide: the group name over two columns and three rows, as LibreOffice and Word set a form nine
  // columns wide)
  return [
    [['项目名称', 2], ['农村公路养护补助资金', 6]],
    wide ? [['项目资金（万元）', 2, 3], '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] : [['项目资金（万元）', 1, 3], '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '1,200.00', '1,350.00', '1,296.00', '10', '96.00%', '9.60'],
    ['其中：当年财政拨款', '1,200.00', '1,350.00', '1,296.00', '—', '96.00%', '—'],
    [['绩效指标', 1, 4], '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    [['产出指标', 1, 2], '数量指标', '危桥改造座数', '6座', '5座', '45', '37'],
    ['质量指标', '养护里程', '≥860公里', '872公里', '25', '25'],
    ['满意度指标', '满意度指标', '沿线群众满意度', '≥90%', '93.2%', '20', '20'],
    [['总分', 6], '100', total],
    [['偏差原因分析及改进措施', 2], [cause, 6]],
  ];
}

describe('a project form with merged cells', () => {
  it('holding: the funds row under a merged group name scores its 10 points, 总分 spans the name columns, the cause row explains the indicator it names', async () => {
    const r = await audit(['项目支出绩效自评表', '（2024年度）', form('91.60', '危桥改造少1座：1座因汛期施工窗口不足，顺延至2025年4月完工。')]);
    expect(r.checks).toContain('score pass {"total":"100","parts":["10","45","25","20"],"unit":"分"}');
    expect(r.checks).toContain('score pass {"total":"91.6","parts":["9.6","37","25","20"],"unit":"分"}');
    expect(r.findings).toEqual([]);
  });

  it('holding: the group name over two columns and merged down (the funds heading lined up with its rows on the grid)', async () => {
    const r = await audit(['项目支出绩效自评表', '（2024年度）', form('91.60', '危桥改造少1座：1座因汛期施工窗口不足，顺延至2025年4月完工。', true)]);
    expect(r.checks).toContain('score pass {"total":"100","parts":["10","45","25","20"],"unit":"分"}');
    expect(r.findings).toEqual([]);
  });

  it('a form that scores its own parts is no list of evaluations’ results (项目资金 is no name column)', async () => {
    const bytes = await docx(['项目支出绩效自评表', '经自评，本项目自评得分91.60分。', form('91.60', '危桥改造少1座：1座因汛期施工窗口不足，顺延至2025年4月完工。', true)]);
    const m = modelOfDoc(readDocx(bytes, 't.docx'));
    expect(m.score.score?.value).toBe('91.60');
    expect(m.score.listed).toBeUndefined();
  });

  it('failing: a 总分 that is not its items, and a cause row about another indicator', async () => {
    const r = await audit(['项目支出绩效自评表', '（2024年度）', form('92.60', '沿线群众满意度调查样本偏少，下一步扩大抽样范围。')]);
    expect(r.findings.some((f) => f.startsWith('sum-mismatch') && f.includes('92.6'))).toBe(true);
    expect(r.findings.filter((f) => f.startsWith('goal-shortfall-unexplained'))).toHaveLength(1);
  });
});

describe("a 部门整体 form's budget by dimension, side by side", () => {
  /** 按收入性质分 | 按支出性质分, each over a column of labels and one of values, under a group name merged down. */
  const form = (project: string): Part[] => [
    '部门整体支出绩效自评表',
    '（2024年度）',
    [
      ['部门（单位）名称', ['宁乡市水利局', 4]],
      [['年度预算资金（万元）', 1, 4], ['按收入性质分', 2], ['按支出性质分', 2]],
      ['总额', '3,286.40', '总额', '3,286.40'],
      ['其中：一般公共预算', '3,106.40', '其中：基本支出', '1,248.90'],
      ['政府性基金', '180.00', '项目支出', project],
      ['年度总体目标', ['保障水利工程安全运行，完成小型水库除险加固4座。', 4]],
    ],
  ];

  it('holding: under each dimension the parts make the whole', async () => {
    const r = await audit(form('2,037.50'));
    expect(r.checks).toEqual([
      'sum pass {"total":"3286.40","parts":["3106.40","180.00"],"unit":"万元"}',
      'sum pass {"total":"3286.40","parts":["1248.90","2037.50"],"unit":"万元"}',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('each label with its value in one cell (总额：3,286.40), the same', async () => {
    const cells = (project: string): Part[] => [
      '部门整体支出绩效自评表',
      [
        ['部门（单位）名称', ['宁乡市水利局', 2]],
        [['年度预算资金（万元）', 1, 4], '按收入性质分', '按支出性质分'],
        ['总额：3,286.40', '总额：3,286.40'],
        ['其中：一般公共预算：3,106.40', '其中：基本支出：1,248.90'],
        ['政府性基金：180.00', `项目支出：${project}`],
      ],
    ];
    const holding = await audit(cells('2,037.50'));
    expect(holding.checks).toEqual([
      'sum pass {"total":"3286.40","parts":["3106.40","180.00"],"unit":"万元"}',
      'sum pass {"total":"3286.40","parts":["1248.90","2037.50"],"unit":"万元"}',
    ]);
    expect((await audit(cells('2,073.50'))).findings).toEqual([expect.stringMatching(/^sum-mismatch 按支出性质分·总额所列明细合计 3322\.40 万元/)]);
  });

  it('failing: parts that do not make the whole are reported under their dimension', async () => {
    const r = await audit(form('2,073.50'));
    expect(r.findings).toEqual([expect.stringMatching(/^sum-mismatch 按支出性质分·总额所列明细合计 3322\.40 万元，与总额 3286\.40 万元不符/)]);
  });
});

describe('a project form with the sign and the unit of each target in columns of their own', () => {
  // (Sichuan's 部门预算项目支出绩效自评表: 指标性质 | 指标值 | 度量单位 | 完成值; the funds part under a group heading)
  const form = (cost: string, rate = '96.69%'): Part[] => [
    '部门预算项目支出绩效自评表（2024年度）',
    [
      [['项目名称', 2], ['农村饮水安全工程维修养护经费', 9]],
      [['预算执行情况（10分）', 2, 3], '年度预算数（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', ['原因', 2]],
      ['总额', '186.00', '212.40', '205.36', rate, '10', '9.67', ['年中追加维修资金26.40万元。', 2]],
      ['财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/', ['', 2]],
      [['绩效指标（90分）', 1, 4], '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      ['产出指标', '数量指标', '农村饮水工程维修处数', '≥', '45', '处', '47', '30', '30', ''],
      ['产出指标', '时效指标', '故障响应时间', '≤', '24', '小时', '18', '30', '30', ''],
      ['产出指标', '成本指标', '单处维修平均成本', '≤', '4.8', '万元', cost, '30', '30', ''],
    ],
  ];

  it('holding: a cap (≤ in its own column) met by a lower result; the execution rate under a group heading checked', async () => {
    const r = await audit(form('4.37'));
    expect(r.checks).toContain('goal pass {"target":"故障响应时间≤24小时","result":"故障响应时间18小时"}');
    expect(r.checks).toContain('goal pass {"target":"单处维修平均成本≤4.8万元","result":"单处维修平均成本4.37万元"}');
    expect(r.checks).toContain('rate pass {"rate":"96.69","numerator":"205.36","denominator":"212.40","unit":"万元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a cost over its cap with no cause given, and a rate that is not 执行数 ÷ 调整后预算数', async () => {
    const r = await audit(form('5.20', '97.69%'));
    expect(r.findings).toEqual([
      expect.stringMatching(/^share-mismatch .*96\.69%.*97\.69%/),
      expect.stringMatching(/^goal-shortfall-unexplained 绩效目标“单处维修平均成本≤4\.8万元”实际完成“单处维修平均成本5\.20万元”/),
    ]);
  });
});

describe('a form not filled in', () => {
  // the indicator table with its 得分 column: rows as the form has them
  const scored = (conclusion: string, result: string, got: string): Part[] => [
    '部门预算项目支出绩效自评表（2024年度）',
    [
      [['项目名称', 2], ['农村饮水安全工程维修养护经费', 7]],
      [['年度目标完成情况（100字以内）', 2], ['完成维修47处，平均响应时间18小时。', 7]],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
      ['产出指标', '数量指标', '农村饮水工程维修处数', '≥', '45', '处', '47', '50', '50'],
      ['产出指标', '时效指标', '故障响应时间', '≤', '24', '小时', result, '50', got],
      [['合计', 7], '100', '100'],
      [['评价结论', 2], [conclusion, 7]],
    ],
  ];
  it('filled in: no finding', async () => {
    const r = await audit(scored('经自评，本项目得分100分，等级为优。', '18', '50'));
    expect(r.findings).toEqual([]);
  });

  it('a field still holding its fill-in instruction, and an indicator whose result and score are blank: those are reported, the marks still add up', async () => {
    const r = await audit(scored('结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）', '', ''));
    expect(r.findings).toEqual([
      'goal-without-result 指标表中“故障响应时间≤24小时”一行的完成值未填写',
      'placeholder-left 表中“评价结论”一栏仍是填表说明“结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）”，没有填写',
    ]);
    // (the blank row's 权重 counts: 50 + 50 = 100, no false sum-mismatch; the scores are not added up)
    expect(r.checks).toContain('score pass {"total":"100","parts":["50","50"],"unit":"分"}');
  });

  it('a form flattened to text, a field and its instruction on one line', async () => {
    const auditor = await createNodeAuditor();
    const res = await auditor.check({ name: 't.txt', text: '项目支出绩效自评表\n评价结论：结合自评情况，说明项目自评总分。（200字以内）\n' });
    expect(res.findings.map((f) => f.message)).toContain('表中“评价结论”一栏仍是填表说明“结合自评情况，说明项目自评总分。（200字以内）”，没有填写');
  });
});

describe('a 收入支出决算总表 with 行次 columns and its zeros left blank', () => {
  // (公开01表: each side's items with their line numbers; blank where nothing was received or spent)
  const table = (spent: string): Part[] => [
    '收入支出决算总表',
    '公开01表　金额单位：元',
    [
      [['收入', 3], ['支出', 3]],
      ['项目', '行次', '金额', '项目（按功能分类）', '行次', '金额'],
      ['栏次', '', '1', '栏次', '', '2'],
      ['一、一般公共预算财政拨款收入', '1', '11,122,315.04', '一、一般公共服务支出', '31', ''],
      ['二、政府性基金预算财政拨款收入', '2', '', '二、社会保障和就业支出', '32', '697,723.84'],
      ['三、事业收入', '3', '13,628,965.89', '三、卫生健康支出', '33', spent],
      ['四、经营收入', '4', '', '四、住房保障支出', '34', '19,610.33'],
      ['五、其他收入', '5', '1,003,618.46', '', '', ''],
      ['本年收入合计', '27', '25,754,899.39', '本年支出合计', '57', '25,754,899.39'],
      ['年初结转和结余', '29', '', '年末结转和结余', '59', ''],
      ['总计', '30', '25,754,899.39', '总计', '60', '25,754,899.39'],
    ],
  ];

  it('holding: each side sums to its 本年合计, the 行次 numbers no part of it', async () => {
    const r = await audit(table('25,037,565.22'));
    expect(r.checks).toContain('sum pass {"total":"25754899.39","parts":["11122315.04","13628965.89","1003618.46"],"unit":"元"}');
    expect(r.checks).toContain('sum pass {"total":"25754899.39","parts":["697723.84","25037565.22","19610.33"],"unit":"元"}');
    expect(r.findings).toEqual([]);
  });

  it('failing: a side whose items do not make its total', async () => {
    const r = await audit(table('25,073,565.22'));
    expect(r.findings).toEqual([expect.stringMatching(/^sum-mismatch 本年支出合计.*25790899\.39 元，与总额 25754899\.39 元不符/)]);
  });
});

describe('running totals in a table', () => {
  it('a row of 累计 figures by quarter: its 合计 is the last, not the sum; a row of each quarter\'s own is summed', async () => {
    const table = (q4: string): Part[] => [
      '各季度预算执行进度（单位：万元）',
      [
        ['项目', '一季度', '二季度', '三季度', '四季度', '合计'],
        ['累计支出', '820.00', '1,730.00', '2,610.00', '3,480.00', '3,480.00'],
        ['本季度支出', '820.00', '910.00', '880.00', q4, '3,480.00'],
      ],
    ];
    const holding = await audit(table('870.00'));
    expect(holding.checks.filter((c) => c.startsWith('sum'))).toEqual(['sum pass {"total":"3480.00","parts":["820.00","910.00","880.00","870.00"],"unit":"万元"}']);
    expect(holding.findings).toEqual([]);
    expect((await audit(table('780.00'))).findings).toEqual([expect.stringMatching(/^sum-mismatch 本季度支出·合计/)]);
  });

  it('a column of 累计 figures by month: the 合计 row sums the month\'s own column only', async () => {
    const r = await audit([
      '资金支付进度（单位：万元）',
      [
        ['月份', '本月支付', '累计支付'],
        ['10月', '120.00', '2,400.00'],
        ['11月', '150.00', '2,550.00'],
        ['12月', '180.00', '2,730.00'],
        ['合计', '450.00', '2,730.00'],
      ],
    ]);
    expect(r.checks.filter((c) => c.startsWith('sum'))).toEqual(['sum pass {"total":"450.00","parts":["120.00","150.00","180.00"],"unit":"万元"}']);
    expect(r.findings).toEqual([]);
  });
});

describe('a 收入决算表 by source, its zeros left blank', () => {
  const table = (fiscal: string): Part[] => [
    '收入决算表（单位：万元）',
    [
      ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '事业收入', '其他收入'],
      ['', '合计', '1,280.50', '1,100.00', '150.00', '30.50'],
      ['201', '一般公共服务支出', '980.50', '800.00', '150.00', '30.50'],
      ['20103', '政府办公厅（室）及相关机构事务', '980.50', '800.00', '150.00', '30.50'],
      ['208', '社会保障和就业支出', '300.00', fiscal, '', ''],
      ['20805', '行政事业单位养老支出', '300.00', '300.00', '', ''],
    ],
  ];

  it('holding: a row whose other sources are blank still sums to its 本年收入合计', async () => {
    const r = await audit(table('300.00'));
    expect(r.findings).toEqual([]);
  });

  it('failing: a row whose only filled source is not its 本年收入合计', async () => {
    const r = await audit(table('290.00'));
    // (checked across the row as well as down the levels; the finding names the figure all three point at)
    expect(r.checks).toContain('sum fail {"total":"300.00","parts":["290.00"],"unit":"万元"}');
    expect(r.findings).toEqual([expect.stringMatching(/^sum-mismatch .*最可能有误的是“290\.00万元”/)]);
  });
});

describe("a 基础数据表's groups: a row named with a colon over its numbered rows (nineteenth field trial)", () => {
  /** Hunan's 部门整体支出绩效评价基础数据表: 三公经费： and 项目支出： each over rows 1、2、3、, 公用经费 over 其中 rows. */
  const table = (operating: string, reception = '2.16'): Part[] => [
    '2023年度部门整体支出绩效评价基础数据表',
    [
      ['经费控制情况（万元）', '2022年决算数', '2023年预算数', '2023年决算数'],
      ['三公经费：', '4.88', '5.00', '4.36'],
      ['1、公务用车购置和维护经费', '2.60', '2.50', '2.20'],
      ['其中：公车购置', '0', '0', '0'],
      ['公车运行维护', '2.60', '2.50', '2.20'],
      ['2、出国经费', '0', '0', '0'],
      ['3、公务接待', '2.28', '2.50', reception],
      ['项目支出：', '874.20', '308.17', '1025.20'],
      ['1、业务工作经费', '120.00', '100.00', '135.60'],
      ['2、运行维护经费', operating, '48.17', '60.12'],
      ['……', '', '', ''],
      ['3、省级专项资金', '700.00', '160.00', '829.48'],
      ['公用经费', '118.31', '85.76', '193.42'],
      ['其中：办公经费', '29.35', '27.00', '49.09'],
      ['水费、电费、差旅费', '8.80', '13.00', '12.64'],
    ],
  ];
  const projectSums = (checks: readonly string[]): string[] => checks.filter((c) => c.startsWith('sum') && /874|308\.17|1025\.20/.test(c));

  it('holding: 项目支出 is its numbered rows in every column (a template row …… left in is nothing); the 三公 group is left to the 三公 reader, the 其中 rows are no parts', async () => {
    const r = await audit(table('54.20'));
    expect(projectSums(r.checks)).toEqual([
      'sum pass {"total":"874.20","parts":["120.00","54.20","700.00"],"unit":"万元"}',
      'sum pass {"total":"308.17","parts":["100.00","48.17","160.00"],"unit":"万元"}',
      'sum pass {"total":"1025.20","parts":["135.60","60.12","829.48"],"unit":"万元"}',
    ]);
    // (公用经费's 其中 rows detail it in part: no sum of them)
    expect(r.checks.some((c) => c.includes('"total":"193.42"'))).toBe(false);
    expect(r.findings).toEqual([]);
  });

  it('failing: a numbered row that does not add up with the others', async () => {
    const r = await audit(table('45.20'));
    expect(projectSums(r.checks)).toContain('sum fail {"total":"874.20","parts":["120.00","45.20","700.00"],"unit":"万元"}');
    expect(r.findings).toEqual([expect.stringMatching(/^sum-mismatch /)]);
  });

  it('a group ends at a row of its own level: a number out of order, a row with no number and no 其中 list open', async () => {
    const sums = async (names: string[]): Promise<string[]> =>
      (await audit([[['项目', '金额（万元）'], ...names.map((n, i) => [n, `${10 * (i + 1)}.00`])]])).checks.filter((c) => c.startsWith('sum'));
    // 1、 2、 then 1、 again: the group is the first two
    expect(await sums(['支出：', '1、甲', '2、乙', '1、丙'])).toEqual(['sum fail {"total":"10.00","parts":["20.00","30.00"],"unit":"万元"}']);
    // a plain row after the parts ends the group
    expect(await sums(['支出：', '1、甲', '2、乙', '其他'])).toEqual(['sum fail {"total":"10.00","parts":["20.00","30.00"],"unit":"万元"}']);
    // one numbered row is no group
    expect(await sums(['支出：', '1、甲', '其他'])).toEqual([]);
  });
});

describe('a second heading row further down a table, its columns named by years (the .doc of the nineteenth field trial: two tables one)', () => {
  const parts = (spent: string): Part[] => [
    `2025年项目支出${spent}万元，主要用于农村公路养护。`,
    '2025年度部门整体支出绩效评价基础数据表',
    [
      ['财政供养人员情况（人）', '编制数', '实际在职人数', '控制率'],
      ['', '20', '18', '90.00%'],
      ['经费控制情况（万元）', '2024年决算数', '2025年预算数', '2025年决算数'],
      ['项目支出：', '300.00', '280.00', '320.00'],
      ['1、业务工作经费', '100.00', '80.00', '120.00'],
      ['2、运行维护经费', '200.00', '200.00', '200.00'],
    ],
  ];
  it('holding: the figures under it are money of their columns, one of them the one the text states', async () => {
    const r = await audit(parts('320.00'));
    expect(r.checks).toContain('same-figure pass {"first":"320.00万元","second":"320.00"}');
    expect(r.checks).toContain('sum pass {"total":"320.00","parts":["120.00","200.00"],"unit":"万元"}');
  });
});

describe("a staffing table's 控制率: those serving over the quota (nineteenth field trial)", () => {
  const table = (rate: string): Part[] => [
    '2023年度部门整体支出绩效评价基础数据表',
    [
      ['财政供养人员情况（人）', '编制数', '2023年实际在职人数', '控制率'],
      ['', '46', '44', rate],
    ],
  ];
  it('holding: 44 ÷ 46 = 95.65%', async () => {
    const r = await audit(table('95.65%'));
    expect(r.checks).toEqual(['rate pass {"rate":"95.65","numerator":"44","denominator":"46","unit":"人"}']);
    expect(r.findings).toEqual([]);
  });
  it('failing: 104.55% (46 ÷ 44, the quota over those serving)', async () => {
    const r = await audit(table('104.55%'));
    expect(r.findings).toEqual([expect.stringMatching(/^share-mismatch .*应为 95\.65%/)]);
  });
});

describe('a form whose budget by dimension states its whole in the heading row (按收入性质分 | 3,450.00), under the funds row (twenty-first field trial)', () => {
  const form = (project: string, oneTable: boolean): Part[] => {
    const funds: Cell[][] = [
      ['部门名称', ['示例县交通运输局', 6]],
      ['年度预算申请（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '3,200.00', '3,450.00', '3,312.00', '10', '96.00%', '9.6'],
      ['按收入性质分', ['3,450.00', 2], '按支出性质分', ['3,450.00', 3]],
      ['其中：一般公共预算', ['3,100.00', 2], '其中：基本支出', ['1,150.00', 3]],
      ['政府性基金', ['350.00', 2], '项目支出', [project, 3]],
    ];
    const tasks: Cell[][] = [
      ['年度主要任务', '任务名称', ['主要内容', 3], '预算数（万元）', '执行数（万元）'],
      ['', '农村公路养护', ['养护县乡道860公里', 3], '1,200.00', '1,180.00'],
      ['', '危桥改造', ['改造危桥6座', 3], '1,100.00', '1,050.00'],
      ['', '合计', ['', 3], '2,300.00', '2,230.00'],
    ];
    // (a .doc whose tables stand one under the other is one table: the next part's heading row ends the pairs)
    return oneTable ? ['部门整体支出绩效自评表', [...funds, ...tasks]] : ['部门整体支出绩效自评表', funds, tasks];
  };
  for (const oneTable of [false, true]) {
    it(`holding${oneTable ? ' (the form as one table)' : ''}: each dimension's pairs make the whole its heading states; no row of them is summed into 年度资金总额`, async () => {
      const r = await audit(form('2,300.00', oneTable));
      expect(r.checks).toEqual(expect.arrayContaining([
        'sum pass {"total":"3450.00","parts":["3100.00","350.00"],"unit":"万元"}',
        'sum pass {"total":"3450.00","parts":["1150.00","2300.00"],"unit":"万元"}',
        'sum pass {"total":"2300.00","parts":["1200.00","1100.00"],"unit":"万元"}',
      ]));
      expect(r.findings).toEqual([]);
    });
    it(`failing${oneTable ? ' (the form as one table)' : ''}: a part that does not make its dimension's whole`, async () => {
      const r = await audit(form('2,200.00', oneTable));
      expect(r.checks).toContain('sum fail {"total":"3450.00","parts":["1150.00","2200.00"],"unit":"万元"}');
      expect(r.findings).toEqual([expect.stringMatching(/^sum-mismatch /)]);
    });
  }
});
