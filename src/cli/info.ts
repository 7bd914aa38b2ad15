/** `facts`, `rules` and `explain`: what the engine understood, and what each rule checks. */
import { displayWidth, kindLabel, SEVERITY_LABELS } from '../format/util.js';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinProfiles, ConfigError, createNodeAuditor, didYouMean, factsOfFile, loadRules, ReadError } from '../lib/node.js';
import type { Lang } from './lang.js';
import { loadConfig } from './config-find.js';
import { reportToolError } from './main.js';

export async function runFacts(file: string, opts: { format: string; profile?: string; kind?: string; config?: string; debug?: boolean; lang: Lang }): Promise<number> {
  const en = opts.lang === 'en';
  try {
    if (opts.format !== 'yaml' && opts.format !== 'json') {
      throw new ConfigError('--format', undefined, undefined, `facts 的输出格式应为 yaml 或 json，而不是“${opts.format}”`, `the format of facts is yaml or json, not "${opts.format}"`);
    }
    const config = await loadConfig(opts.config, process.cwd());
    const { parseKind } = await import('./check.js');
    const kind = parseKind(opts.kind ?? config.kind, opts.lang);
    const auditor = await createNodeAuditor({ rules: [], profile: opts.profile ?? config.profile ?? 'auto', config: { lang: opts.lang, ...(kind ? { kind } : {}) } });
    const model = await factsOfFile(auditor, file);
    if (opts.format === 'json') process.stdout.write(JSON.stringify(model, null, 2) + '\n');
    else {
      process.stdout.write(
        en
          ? `# jixiao-lint facts: ${file}\n# Every figure carries where it was found (src: line, column, sentence); derived marks totals the report does not state, computed from their parts.\n`
          : `# jixiao-lint facts: ${file}\n# 每个数据都带有出处 src（行、列、原句）；derived 为报告未写明、由各部分推算的总数。\n`,
      );
      const { stringify } = await import('./yaml-out.js');
      process.stdout.write(stringify(model, { lineWidth: 0, aliasDuplicateObjects: false }));
    }
    return 0;
  } catch (e) {
    if (e instanceof ReadError) {
      process.stderr.write(`jixiao-lint: ${file}: ${e.localized(opts.lang)}\n`);
      return 2;
    }
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}

const SEV = SEVERITY_LABELS;

export async function runRules(opts: { lang: Lang; rules?: string[]; format: string; debug?: boolean }): Promise<number> {
  try {
    const rules = await loadRules([...(await loadConfig(undefined, process.cwd())).rulesDirs, ...(opts.rules ?? [])]);
    if (opts.format === 'json') {
      process.stdout.write(JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, title: opts.lang === 'en' ? r.titleEn : r.title, appliesTo: r.appliesTo ?? 'all' })), null, 2) + '\n');
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
    process.stdout.write([head, ...lines, '', opts.lang === 'en' ? `${rules.length} rules. jixiao-lint explain <id> for details.` : `共 ${rules.length} 条规则。jixiao-lint explain <规则> 查看详情。`].join('\n') + '\n');
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
      process.stderr.write(
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
      `${en ? 'applies to' : '适用文档'}：${kindsText(r.appliesTo, opts.lang)}${r.appliesTo ? (en ? ' (a document of unknown kind gets every rule)' : '（类型不明的文档适用全部规则）') : ''}`,
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
    process.stdout.write(out.join('\n') + '\n');
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
    process.stderr.write(opts.lang === 'en' ? 'jixiao-lint: wrote .jixiaorc.yaml (every setting is explained in it)\n' : 'jixiao-lint: 已写入 .jixiaorc.yaml（其中注释说明了每一项）\n');
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
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
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
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  } catch (e) {
    return reportToolError(e, opts.debug === true, opts.lang);
  }
}
