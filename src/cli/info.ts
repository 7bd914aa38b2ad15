/** `facts`, `rules` and `explain`: what the engine understood, and what each rule checks. */
import { displayWidth, kindLabel, SEVERITY_LABELS } from '../format/util.js';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinProfiles, COLLECTIONS, ConfigError, createNodeAuditor, didYouMean, FACTS, factsOfFile, loadRules, OPERATOR_DOCS, QUANTITY_FIELDS, ReadError, readFileBytes, REPORT_FIELD_DOCS, testRules, type FieldDoc, type ItemsView } from '../lib/node.js';
import type { Lang } from './lang.js';
import { conditionCensus } from '../lib/node.js';
import { loadConfig } from './config-find.js';
import { reportToolError } from './main.js';
import { writeErr, writeOut } from './io.js';

export async function runFacts(file: string, opts: { format: string; items?: boolean; rules?: string[]; profile?: string; kind?: string; config?: string; debug?: boolean; lang: Lang }): Promise<number> {
  const en = opts.lang === 'en';
  try {
    if (opts.format !== 'yaml' && opts.format !== 'json') {
      throw new ConfigError('--format', undefined, undefined, `facts 的输出格式应为 yaml 或 json，而不是“${opts.format}”`, `the format of facts is yaml or json, not "${opts.format}"`);
    }
    const config = await loadConfig(opts.config, process.cwd());
    const { parseKind } = await import('./check.js');
    const kind = parseKind(opts.kind ?? config.kind, opts.lang);
    if (opts.items) {
      const rules = await loadRules([...config.rulesDirs, ...(opts.rules ?? [])]);
      const auditor = await createNodeAuditor({ rules, profile: opts.profile ?? config.profile ?? 'auto', config: { lang: opts.lang, ...(kind ? { kind } : {}), ...(config.rules ? { rules: config.rules } : {}) } });
      const view = await auditor.items({ name: file, bytes: readFileBytes(file, auditor.limits) });
      if (opts.format === 'json') writeOut(JSON.stringify(view, null, 2) + '\n');
      else writeOut(await itemsYaml(file, view, opts.lang));
      return 0;
    }
    const auditor = await createNodeAuditor({ rules: [], profile: opts.profile ?? config.profile ?? 'auto', config: { lang: opts.lang, ...(kind ? { kind } : {}) } });
    const model = await factsOfFile(auditor, file);
    if (opts.format === 'json') writeOut(JSON.stringify(model, null, 2) + '\n');
    else {
      writeOut(
        en
          ? `# jixiao-lint facts: ${file}\n# Every figure carries where it was found (src: line, column, sentence); derived marks totals the report does not state, computed from their parts.\n`
          : `# jixiao-lint facts: ${file}\n# 每个数据都带有出处 src（行、列、原句）；derived 为报告未写明、由各部分推算的总数。\n`,
      );
      const { stringify } = await import('./yaml-out.js');
      writeOut(stringify(model, { lineWidth: 0, aliasDuplicateObjects: false }));
    }
    return 0;
  } catch (e) {
    if (e instanceof ReadError) {
      writeErr(`jixiao-lint: ${file}: ${e.localized(opts.lang)}\n`);
      return 2;
    }
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}

const SEV = SEVERITY_LABELS;

export async function runRules(opts: { lang: Lang; rules?: string[]; fields?: boolean; test?: boolean; format: string; debug?: boolean }): Promise<number> {
  try {
    if (opts.fields) {
      writeOut(opts.format === 'json' ? JSON.stringify({ collections: COLLECTIONS, report: REPORT_FIELD_DOCS, quantity: QUANTITY_FIELDS, facts: FACTS, operators: OPERATOR_DOCS }, null, 2) + '\n' : fieldsText(opts.lang));
      return 0;
    }
    const dirs = [...(await loadConfig(undefined, process.cwd())).rulesDirs, ...(opts.rules ?? [])];
    const rules = await loadRules(dirs);
    if (opts.test) {
      // with rule folders given, their rules; else the built-in pack
      const builtin = new Set((await loadRules([])).map((r) => r.id));
      return await runRuleTests(dirs.length > 0 ? rules.filter((r) => !builtin.has(r.id)) : rules, opts.lang, opts.format);
    }
    if (opts.format === 'json') {
      writeOut(JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, title: opts.lang === 'en' ? r.titleEn : r.title, appliesTo: r.appliesTo ?? 'all' })), null, 2) + '\n');
      return 0;
    }
    const idW = Math.max(...rules.map((r) => r.id.length)) + 2;
    const catW = Math.max(...rules.map((r) => r.category.length)) + 2;
    const lines = rules
      .slice()
      .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
      .map((r) => `${pad(r.id, idW)}${pad(SEV[opts.lang][r.severity], 6)}${pad(r.category, catW)}${pad(opts.lang === 'en' ? r.titleEn : r.title, 30)}${kindsText(r.appliesTo, opts.lang)}`);
    const head = opts.lang === 'en'
      ? `${pad('id', idW)}${pad('level', 6)}${pad('category', catW)}${pad('title', 30)}applies to`
      : `${pad('规则', idW)}${pad('级别', 6)}${pad('类别', catW)}${pad('标题', 30)}适用文档`;
    const census = conditionCensus(rules);
    const tail =
      opts.lang === 'en'
        ? [`${rules.length} rules. jixiao-lint explain <id> for details; jixiao-lint rules --fields for what rules can read.`, `Conditions: ${census.value} compare values, ${census.status} read a status decided in code (${census.statuses.join('; ')}).`]
        : [`共 ${rules.length} 条规则。jixiao-lint explain <规则> 查看详情；jixiao-lint rules --fields 列出规则可用的字段。`, `条件：${census.value} 个比较数值，${census.status} 个读取代码判断的状态（${census.statuses.join('；')}）。`];
    writeOut([head, ...lines, '', ...tail].join('\n') + '\n');
    return 0;
  } catch (e) {
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}

/** The kinds a rule applies to, in words (all: every kind). */
export function kindsText(kinds: readonly string[] | undefined, lang: Lang): string {
  if (!kinds) return lang === 'en' ? 'all' : '全部';
  return kinds.map((k) => kindLabel(k, lang)).join(lang === 'en' ? ', ' : '、');
}

export async function runExplain(id: string, opts: { lang: Lang; rules?: string[]; debug?: boolean }): Promise<number> {
  try {
    const rules = await loadRules([...(await loadConfig(undefined, process.cwd())).rulesDirs, ...(opts.rules ?? [])]);
    const r = rules.find((x) => x.id === id);
    if (!r) {
      const ids = rules.map((x) => x.id);
      writeErr(
        opts.lang === 'en'
          ? `jixiao-lint: no rule "${id}"${didYouMean(id, ids, 'en') || ' (jixiao-lint rules lists them all)'}\n`
          : `jixiao-lint: 没有规则“${id}”${didYouMean(id, ids, 'zh') || '（jixiao-lint rules 列出全部规则）'}\n`,
      );
      return 2;
    }
    const en = opts.lang === 'en';
    const ex = (e: { text: string; section?: string; whole?: boolean }) =>
      e.whole ? `    ${en ? '(whole report)' : '（整篇报告）'}\n${e.text.split('\n').map((l) => '      ' + l).join('\n')}` : `    ${e.section ?? r.examples.section ?? '–'}｜${e.text}`;
    const out = [
      `${r.id}  ${en ? r.titleEn : r.title}`,
      `${en ? 'default level' : '默认级别'}：${SEV[opts.lang][r.severity]}    ${en ? 'category' : '类别'}：${r.category}    ${en ? 'runs over' : '检查对象'}：${r.given}`,
      `${en ? 'applies to' : '适用文档'}：${kindsText(r.appliesTo, opts.lang)}${r.appliesTo && !r.appliesTo.includes('unknown') ? (en ? ' (on a document of unknown kind: listed as skipped)' : '（类型不明的文档：不运行，列为跳过）') : ''}`,
      '',
      en ? r.descriptionEn : r.description,
      '',
      ...(r.reference ? [`${en ? 'Reference' : '依据'}：${r.reference}`, ''] : []),
      `${en ? 'Message' : '消息'}：${r.message[opts.lang]}`,
      `${en ? 'Fix' : '建议'}：${r.help[opts.lang]}`,
      '',
      en ? 'Correct (no finding):' : '正确示例（不报告）：',
      ...r.examples.valid.map(ex),
      en ? 'Incorrect (reported):' : '错误示例（报告）：',
      ...r.examples.invalid.map(ex),
      '',
      `${en ? 'Rule file' : '规则文件'}：${r.file}`,
    ];
    writeOut(out.join('\n') + '\n');
    return 0;
  } catch (e) {
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}

/** `init`: a commented .jixiaorc.yaml in the working directory; never over an existing one without --force. */
export async function runInit(opts: { force?: boolean; debug?: boolean; lang: Lang }): Promise<number> {
  try {
    const { initConfigText } = await import('./init-text.js');
    const file = join(process.cwd(), '.jixiaorc.yaml');
    if (existsSync(file) && !opts.force) {
      throw new ConfigError('.jixiaorc.yaml', undefined, undefined, '已存在；要覆盖请加 --force', 'exists already; add --force to overwrite it');
    }
    writeFileSync(file, initConfigText(opts.lang));
    writeErr(opts.lang === 'en' ? 'jixiao-lint: wrote .jixiaorc.yaml (every setting is explained in it)\n' : 'jixiao-lint: 已写入 .jixiaorc.yaml（其中注释说明了每一项）\n');
    return 0;
  } catch (e) {
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}

/** `profiles`: the built-in outlines: id, kinds, sections (with roles), source. */
export async function runProfiles(opts: { lang: Lang; format: string; debug?: boolean }): Promise<number> {
  try {
    const profiles = await builtinProfiles();
    const en = opts.lang === 'en';
    if (opts.format === 'json') {
      const out = profiles.map((p) => ({ id: p.id, name: p.name, kinds: p.kinds, source: p.source, sections: p.sections.map((s) => ({ no: s.no, title: s.title, roles: s.roles, required: s.required })) }));
      writeOut(JSON.stringify(out, null, 2) + '\n');
      return 0;
    }
    const lines: string[] = [];
    for (const p of profiles) {
      lines.push(`${p.id}  ${p.name}`);
      lines.push(`  ${en ? 'for' : '适用'}：${kindsText(p.kinds, opts.lang)}`);
      lines.push(`  ${en ? 'sections' : '章节'}：${p.sections.map((s) => `${s.no} ${s.title}（${s.roles.join('/')}）${s.required ? '' : '*'}`).join('；')}`);
      if (p.source) lines.push(`  ${en ? 'source' : '来源'}：${p.source}`);
      lines.push('');
    }
    lines.push(
      en
        ? `${profiles.length} outlines; * optional. Each report gets the one its headings match (--profile ID|FILE overrides).`
        : `共 ${profiles.length} 个提纲；* 为可选部分。每份报告按其标题自动选用（--profile ID|文件 可指定）。`,
    );
    writeOut(lines.join('\n') + '\n');
    return 0;
  } catch (e) {
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}

/** `rules --fields`: the vocabulary, as a reference card. */
function fieldsText(lang: Lang): string {
  const en = lang === 'en';
  const field = (name: string, f: FieldDoc): string =>
    `    ${pad(name, 18)}${pad(f.type, 10)}${en ? f.en : f.zh}${f.values ? `（${f.values.join(' | ')}）` : ''}${f.status ? (en ? '  [status decided in code]' : '  [代码判断的状态]') : ''}${f.text ? (en ? '  [message text only]' : '  [仅供消息]') : ''}`;
  const out: string[] = [];
  out.push(en ? 'Collections (given: …); fields are read with { fact: item, path: FIELD }:' : '集合（given: …）；字段用 { fact: item, path: 字段 } 读取：');
  for (const [name, c] of Object.entries(COLLECTIONS)) {
    out.push('', `  ${name}  ${en ? c.en : c.zh}`);
    for (const [f, d] of Object.entries(c.fields as Record<string, FieldDoc>)) out.push(field(f, d));
  }
  out.push('', en ? 'Report fields ({ fact: report, path: FIELD }, {{report.FIELD}}):' : '报告字段（{ fact: report, path: 字段 }，消息中 {{report.字段}}）：');
  for (const [f, d] of Object.entries(REPORT_FIELD_DOCS)) out.push(field(f, d));
  out.push('', en ? 'A quantity (a printed figure with its rounding interval) has:' : '数（quantity，带打印精度区间）的字段：');
  for (const [f, d] of Object.entries(QUANTITY_FIELDS)) out.push(field(f, d));
  out.push('', en ? 'Look-up facts ({ fact: NAME, params: {…}, path: … }):' : '查找事实（{ fact: 名称, params: {…}, path: … }）：');
  for (const [name, f] of Object.entries(FACTS)) {
    out.push('', `  ${name}  ${en ? f.en : f.zh}`);
    for (const [p, d] of Object.entries(f.params)) out.push(`    params.${pad(p, 11)}${d.required ? (en ? 'required  ' : '必填      ') : (en ? 'optional  ' : '可选      ')}${en ? d.en : d.zh}`);
    out.push(`    ${en ? 'example: ' : '示例：'}${f.example}`);
  }
  out.push('', en ? 'Operators (the field types each fits):' : '运算符（适用的字段类型）：');
  for (const [name, o] of Object.entries(OPERATOR_DOCS)) out.push(`  ${pad(name, 22)}${pad(o.fits.join(','), 24)}${en ? o.en : o.zh}`, `  ${' '.repeat(22)}${o.example}`);
  out.push('', en ? 'A rule with an unknown key, fact, field or operator, an operator that does not fit its field, or an unknown {{variable}} is refused at load with file:line:col.' : '规则中出现未知的键、事实、字段、运算符，运算符与字段类型不符，或消息中有未知的 {{变量}}，加载时即报错并给出 文件:行:列。');
  return out.join('\n') + '\n';
}

/** `facts FILE --items`: the items each rule would see, as YAML with the rules named. */
async function itemsYaml(file: string, view: ItemsView, lang: Lang): Promise<string> {
  const en = lang === 'en';
  const lines: string[] = [
    `# jixiao-lint facts --items: ${file}`,
    en
      ? `# outline ${view.profile}, kind ${view.kind}. For each collection: the rules given it and its items (line: where the item points).`
      : `# 提纲 ${view.profile}，类型 ${view.kind}。每个集合：以它为 given 的规则，及其条目（line：条目所指的行）。`,
  ];
  const body: Record<string, unknown> = { report: view.report };
  for (const c of view.collections) body[c.given] = { rules: c.rules, items: c.items };
  body.sections = view.sections;
  const { stringify } = await import('./yaml-out.js');
  return lines.join('\n') + '\n' + stringify(body, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** `rules --test`: every rule's examples, run with the rule alone; exit 1 when one fails. */
async function runRuleTests(rules: readonly import('../lib/node.js').RuleDef[], lang: Lang, format: string): Promise<number> {
  const en = lang === 'en';
  const results = await testRules(rules);
  if (format === 'json') {
    writeOut(JSON.stringify(results.map((r) => ({ ruleId: r.ruleId, file: r.file, kind: r.kind, index: r.index, expected: r.expected, got: r.findings.length, ok: r.ok, messages: r.findings.map((f) => f.message), ...(r.error ? { error: r.error } : {}) })), null, 2) + '\n');
  } else {
    const out: string[] = [];
    for (const r of results) {
      const head = `${r.ok ? '✓' : '✗'} ${r.ruleId} ${r.kind} #${r.index}`;
      if (r.ok) {
        out.push(head);
        continue;
      }
      out.push(`${head}  ${en ? `expected ${r.expected} finding(s), got ${r.findings.length}` : `应报告 ${r.expected} 条，实际 ${r.findings.length} 条`}${r.error ? `（${r.error}）` : ''}`);
      out.push(`    ${r.file}`);
      out.push(...r.example.text.split('\n').slice(0, 6).map((l) => `    | ${l}`));
      for (const f of r.findings) out.push(`    → ${f.location.line ?? ''}: ${f.message}`);
    }
    const failed = results.filter((r) => !r.ok).length;
    out.push('', en ? `${results.length - failed} of ${results.length} examples pass (${new Set(results.map((r) => r.ruleId)).size} rules).` : `${results.length} 个示例中 ${results.length - failed} 个通过（${new Set(results.map((r) => r.ruleId)).size} 条规则）。`);
    writeOut(out.join('\n') + '\n');
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
