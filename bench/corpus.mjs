/**
 * Synthetic report corpus for the bench, generated from the seed report's shape
 * (examples/yanling-2024/report.txt): same cover, same nine-part outline, same sentence patterns,
 * with the figures generated bottom-up so they reconcile (special funds → 项目支出 → fund → total,
 * economic and functional breakdowns, shares) — except in about one report in ten, where one
 * figure is deliberately made wrong (a breakdown item, a share, the staffing or a declared count).
 *
 * Units u: a report of u body units has 2u special funds in each of 二 and 三, 3u performance
 * paragraphs in 六, and u paragraphs each in 七 and 八 (the seed's 2 + 2 funds and 3 paragraphs at
 * u = 1), so the text grows linearly while the outline stays valid (sub-headings （一）…（九十九）,
 * then plain paragraphs; 专项资金 numbered 一…九十九, then 100, 101 …). makeScaled picks u so the
 * text is k times as long as the 1-unit report (the cover and fixed parts do not grow).
 *
 * Deterministic: the same (seed, k) always gives the same text. .docx files are built like
 * scripts/build-seed-docx.mjs does: one Word paragraph per text line, Heading 1 / Heading 2 for
 * the headings, fixed zip timestamps.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, Bookmark } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// ---------------------------------------------------------------- helpers

export function rng(seed) {
  let a = (seed * 2654435761) >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const CN = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 99 → 九十九; digits from 100 on. */
export function cn(n) {
  if (n >= 100) return String(n);
  if (n < 10) return CN[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? '' : CN[t]}十${u ? CN[u] : ''}`;
}

/** Cents → 万元 figure as a report prints it: 2 decimals, integers without. */
const wan = (c) => (c % 100 === 0 ? String(c / 100) : (c / 100).toFixed(2));
const pct = (a, b) => (Math.round((a * 10000) / b) / 100).toFixed(2);

/** A random partition of `total` cents into `n` positive parts (n ≤ total). */
function split(r, total, n) {
  if (n <= 1) return [total];
  const w = Array.from({ length: n }, () => 0.2 + r());
  const sw = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.max(1, Math.floor((total * x) / sw)));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  parts[parts.length - 1] += rest;
  if (parts[parts.length - 1] <= 0) {
    // rounding pushed the last part below 1 cent: fall back to an even split
    const each = Math.floor(total / n);
    return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - each * (n - 1) : each));
  }
  return parts;
}

const UNITS = [
  '炎陵高新技术产业开发区管理委员会', '攸县财政局', '茶陵县农业农村局', '醴陵市教育局', '株洲市荷塘区卫生健康局',
  '炎陵县交通运输局', '渌口区自然资源局', '石峰区市场监督管理局', '天元区城市管理和综合执法局', '芦淞区水利局',
];
const OFFICES = ['办公室', '经济合作局', '产业发展局', '开发建设局', '营商环境局', '规划建设股', '财务股', '政策法规股'];
const PROJECT_NAMES = ['园区体制结算补助资金', '其他项目资金', '基础设施建设资金', '产业发展引导资金', '招商引资专项经费', '安全生产专项资金', '乡村振兴衔接资金', '信息化建设经费'];
const GPB_ECON = ['商品和服务支出', '债务利息及费用支出', '资本性支出', '对企业补助'];
const GPB_FUNC = ['一般公共服务支出', '科学技术支出', '农林水支出'];
const BASIC_FUNC = ['科学技术支出', '社会保障和就业支出', '卫生健康支出', '资源勘探信息等支出', '住房保障支出'];
const GOV_ECON = ['商品和服务支出', '债务利息及费用支出', '资本性支出', '对企业补助'];
const PERF_TITLES = ['产业布局逐步优化', '招商引资稳步推进', '持续强化要素保障', '营商环境持续改善', '项目建设提质提速', '财政资金使用效益提升'];

const itemsText = (names, cents) =>
  names.map((n, i) => [n, cents[i]]).filter(([, c]) => c > 0).map(([n, c]) => `${n}${wan(c)}万元`).join('、');

// ---------------------------------------------------------------- the report text

/**
 * @param {{seed: number, units?: number, wrong?: boolean}} o  units: the repeated body units (1 = the seed's shape)
 * @returns {{text: string, wrong: string | null}}
 */
export function makeReport({ seed, units = 1, wrong }) {
  const k = units;
  const r = rng(seed + 1);
  const Y = pick(r, [2023, 2024, 2024, 2024]);
  const unit = pick(r, UNITS);
  const isWrong = wrong ?? r() < 0.1;
  const fault = isWrong ? pick(r, ['breakdown', 'share', 'staffing', 'count']) : null;
  const arabicTop = r() < 0.5; // the seed mixes “1、” and “六、” (a heading-numbering warning)
  const top = (i, title) => (arabicTop && i <= 5 ? `${i}、 ${title}` : `${cn(i)}、${title}`);

  // -- figures, bottom-up (cents)
  const nf = 2 * k;
  const gpbFunds = Array.from({ length: nf }, () => {
    const total = int(r, 20_00, Math.ceil(400_000_00 / k));
    const econ = split(r, total, GPB_ECON.length);
    if (r() < 0.5) { econ[0] += econ[3]; econ[3] = 0; } // not every fund has every category
    const func = split(r, total, GPB_FUNC.length);
    return { name: pick(r, PROJECT_NAMES), total, econ, func };
  });
  const govFunds = Array.from({ length: nf }, () => {
    const total = int(r, 20_00, Math.ceil(150_000_00 / k));
    return { name: pick(r, PROJECT_NAMES), total, econ: split(r, total, GOV_ECON.length) };
  });
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const P = sum(gpbFunds.map((f) => f.total));
  const pEcon = GPB_ECON.map((_, i) => sum(gpbFunds.map((f) => f.econ[i])));
  const pFunc = GPB_FUNC.map((_, i) => sum(gpbFunds.map((f) => f.func[i])));
  const B = int(r, 100_00, 800_00);
  const bEcon = split(r, B, 2);
  const bFunc = split(r, B, BASIC_FUNC.length);
  const G = B + P;
  const V = sum(govFunds.map((f) => f.total));
  const vEcon = GOV_ECON.map((_, i) => sum(govFunds.map((f) => f.econ[i])));
  const T = G + V;

  let faultNote = null;
  if (fault === 'breakdown') {
    bEcon[0] += int(r, 1, 50) * 100; // 工资福利支出 off by whole 万元
    faultNote = 'basic econ breakdown off';
  }
  const shareP = fault === 'share' ? (Number(pct(P, G)) + 1.5).toFixed(2) : pct(P, G);
  if (fault === 'share') faultNote = 'project share off by 1.5 points';

  const quota = int(r, 15, 80);
  const actual = fault === 'staffing' ? quota + int(r, 1, 5) : quota - int(r, 0, 6);
  if (fault === 'staffing') faultNote = 'actual staff exceeds quota';
  const nOffices = int(r, 3, 6);
  const offices = OFFICES.slice(0, nOffices);
  const declaredOffices = fault === 'count' ? nOffices + 1 : nOffices;
  if (fault === 'count') faultNote = 'declared office count differs from list';

  const L = [];
  const blank = (n) => { for (let i = 0; i < n; i++) L.push(''); };
  // cover (as the seed: title line, blanks, 单位名称 field, blanks, 此页为封面)
  L.push(` ${Y}年度                            ${unit}    整体支出绩效自评报告`);
  blank(8);
  L.push(r() < 0.5 ? '单位名称（盖章）：' : `单位名称（盖章）：${unit}`);
  blank(5);
  L.push('（此页为封面）');
  blank(2);

  // 一 基本情况
  L.push(top(1, '基本情况'));
  L.push('（1） 部门（单位）基本情况');
  L.push(`${unit}为全额拨款参公事业单位，内设局室${declaredOffices}个，分别为：${offices.join('、')}。${Y}年县编办核实人员编制数为${quota}人，年末实有在编人员${actual}人。`);
  L.push('（2） 部门（单位）年度整体支出绩效目标，专项资金绩效目标、其他项目支出（除专项资金以外）绩效目标');
  L.push(`一是推进园区高质量发展，狠抓主要经济指标，实现税收收入增长${int(r, 5, 20)}%，“五好”园区排名争先进位。二是狠抓招商引资，力争引进“三类”500强${int(r, 1, 5)}家，10亿元以上项目${int(r, 2, 9)}家，紧盯链上企业，推产业链高质量发展。三是持续加强要素保障，完成三类地考核任务，力争盘活“僵尸企业”${int(r, 1, 4)}家。`);

  // 二 一般公共预算
  L.push(top(2, '一般公共预算支出情况'));
  L.push('（一）基本支出情况');
  L.push(`${Y}年一般公共预算支出中基本支出${wan(B)}万元，占一般公共预算总支出的${pct(B, G)}%，占年度整体总支出的${pct(B, T)}%。按经济科目分类：工资福利支出${wan(bEcon[0])}万元、商品和服务支出${wan(bEcon[1])}万元。按功能科目分类：${itemsText(BASIC_FUNC, bFunc)}。`);
  const sg = int(r, 0, 300) * 10;
  L.push(`${r() < 0.3 ? '[bookmark: _GoBack]' : ''}${Y}年“三公”经费预算数为${wan(sg)}万元，其中公务接待费预算数${wan(sg)}万元，公务用车购置及运行费0万元。“三公”经费决算数为${wan(Math.max(0, sg - int(r, 0, 5) * 10))}万元。`);
  L.push('（二）项目支出情况');
  L.push(`${Y}年项目支出${wan(P)}万元，占一般公共预算总支出的${shareP}%，占年度整体总支出的${pct(P, T)}%。按经济科目分类：${itemsText(GPB_ECON, pEcon)}。按功能科目分类：${itemsText(GPB_FUNC, pFunc)}。`);
  gpbFunds.forEach((f, i) => {
    L.push(`专项资金${cn(i + 1)}为${f.name}。一般公共预算支出${wan(f.total)}万元，占一般公共预算总支出的${pct(f.total, G)}%，占年度整体总支出的${pct(f.total, T)}%。按经济科目分类：${itemsText(GPB_ECON, f.econ)}。按功能科目分类为${itemsText(GPB_FUNC, f.func)}。`);
  });

  // 三 政府性基金
  L.push(top(3, '政府性基金预算支出情况'));
  L.push(`${Y}年政府性基金预算支出${wan(V)}万元，均为项目支出，占年度整体总支出的${pct(V, T)}%。按经济科目分类：${itemsText(GOV_ECON, vEcon)}。按功能科目分类：城乡社区支出${wan(V)}万元。`);
  govFunds.forEach((f, i) => {
    L.push(`专项资金${cn(i + 1)}为${f.name}。政府性基金预算支出${wan(f.total)}万元，占政府性基金预算总支出的${pct(f.total, V)}%，占年度整体总支出的${pct(f.total, T)}%。按经济科目分类：${itemsText(GOV_ECON, f.econ)}。按功能科目分类为城乡社区支出${wan(f.total)}万元。`);
  });

  // 四 五 nil
  L.push(top(4, '国有资本经营预算支出情况'));
  L.push(`${Y}年无国有资本经营预算支出。`);
  L.push(top(5, '社会保险基金预算支出情况'));
  L.push(`${Y}年无社会保险基金预算支出。`);

  // 六 绩效情况: 3k paragraphs, numbered （一）…（九十九）, plain after that
  L.push(top(6, '部门整体支出绩效情况'));
  for (let i = 1; i <= 3 * k; i++) {
    const head = i <= 99 ? `（${cn(i)}）${pick(r, PERF_TITLES)}。` : '同时，';
    const body = [
      `积极对接湖南省“4×4”和株洲市“3+3+2”现代化产业体系，以新材料产业为主链，全力打造数控刀具、钽铌材料、人造金刚石、先进储能材料等子链。目前，园区聚集新材料企业${int(r, 20, 90)}家，占工业企业的${int(r, 20, 70)}%，市场竞争优势十分明显。`,
      `围绕主导产业，大力开展产业链招商、以商招商、湘商回乡行动，赴外地开展精准招商${int(r, 5, 20)}余次。截至目前，成功引进亿元以上项目${int(r, 5, 30)}个，合同引资${(int(r, 100, 900) / 10).toFixed(1)}亿元。同时，储备项目${int(r, 3, 20)}个，包装项目${int(r, 2, 12)}个，其中专项债项目${int(r, 1, 6)}个。`,
      `积极盘活三类地，闲置土地、批而未供土地完成年度工作目标；全面开展“腾笼换鸟”行动，成功盘活僵尸企业${int(r, 1, 6)}家，为企业节约资金${int(r, 1, 9)}亿元。开通“政银企对接”绿色通道，组织银行入企走访${int(r, 10, 60)}余次，为企业提供了${int(r, 1, 9)}亿余元的贷款额度。`,
    ][(i - 1) % 3];
    L.push(head + body);
  }

  // 七 八 九: the seed's template-only / empty parts in half the reports, written out in the rest
  const written = r() < 0.5;
  L.push(top(7, '存在的问题及原因分析'));
  if (written) {
    for (let i = 1; i <= k; i++) L.push(`${cn(((i - 1) % 9) + 1)}是部分项目资金支付进度偏慢，${int(r, 1, 9)}个项目年末结转资金${wan(int(r, 100, 90_000))}万元，主要原因是项目前期手续办理周期较长。`);
  } else {
    L.push('主要反映各种预算支出执行偏离绩效目标的情况，并分析其原因。');
  }
  L.push(top(8, '下一步改进措施'));
  if (written) for (let i = 1; i <= k; i++) L.push(`${cn(((i - 1) % 9) + 1)}是加快项目前期工作，压实责任，确保资金按进度支付，提高资金使用效益。`);
  L.push(top(9, '绩效自评结果及其他需要说明的情况'));
  if (written) {
    const score = int(r, 70, 98);
    L.push(`经自评，${Y}年度部门整体支出绩效自评得分为${score}分，评价等级为“${score >= 90 ? '优' : score >= 80 ? '良' : '中'}”。`);
  }
  return { text: L.join('\n') + '\n', wrong: faultNote };
}

/** A report about k times as long (in characters) as the 1-unit report of the same seed. */
export function makeScaled({ seed, k, wrong }) {
  const one = makeReport({ seed, units: 1, wrong }).text.length;
  if (k <= 1) return { ...makeReport({ seed, units: 1, wrong }), units: 1, lengthRatio: 1 };
  const per = (makeReport({ seed, units: 3, wrong }).text.length - one) / 2;
  let units = Math.max(1, Math.round(1 + ((k - 1) * one) / per));
  let rep = makeReport({ seed, units, wrong });
  for (let i = 0; i < 3 && Math.abs(rep.text.length / one - k) > 0.02 * k; i++) {
    units = Math.max(1, Math.round((units * k * one) / rep.text.length));
    rep = makeReport({ seed, units, wrong });
  }
  return { ...rep, units, lengthRatio: rep.text.length / one };
}

// ---------------------------------------------------------------- .docx

const H1 = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})、/;
const H2 = /^（(?:\d{1,2}|[一二三四五六七八九十]{1,3})）/;
const MARKER = /\[bookmark: ([^\]]+)\]/g;

function paragraphOf(line) {
  const children = [];
  let last = 0;
  for (const m of line.matchAll(MARKER)) {
    if (m.index > last) children.push(new TextRun(line.slice(last, m.index)));
    children.push(new Bookmark({ id: m[1], children: [] }));
    last = m.index + m[0].length;
  }
  if (last < line.length) children.push(new TextRun(line.slice(last)));
  const heading = H1.test(line) ? HeadingLevel.HEADING_1 : H2.test(line) ? HeadingLevel.HEADING_2 : undefined;
  return new Paragraph(heading ? { children, heading } : { children });
}

/** Report text → .docx bytes (one paragraph per line, as scripts/build-seed-docx.mjs). */
export async function docxOf(text) {
  const lines = text.replace(/\n$/, '').split('\n');
  const doc = new Document({
    creator: 'jixiao-lint-bench',
    lastModifiedBy: 'jixiao-lint-bench',
    title: '部门整体支出绩效自评报告',
    sections: [{ children: lines.map(paragraphOf) }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12025-01-01T00:00:00Z'));
  return zipSync(files, { level: 6, mtime: new Date(2025, 0, 1) });
}
