/**
 * Bad rule files and configuration: each is a one-line tool error naming file:line:column, exit 2,
 * no stack trace. Nothing in a rule or configuration file is executed: template-looking and
 * code-looking text stays text, and a `__proto__` key does not reach Object.prototype.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/cli/config.js';
import { readData } from '../../src/read/data.js';
import { ReadError } from '../../src/read/types.js';
import { parseRule } from '../../src/ruleset/parse.js';
import { ConfigError } from '../../src/ruleset/types.js';
import { expectClean, parseJson, ROOT, run, SKELETON_TXT, tmp, type Run } from './helpers.js';

/** A valid rule; line numbers below refer to this text. */
const RULE = `title: 测试规则
severity: warning
category: outline
description: 用于加固测试
given: placeholders
when:
  all:
    - fact: item
      path: text
      operator: notEqual
      value: ""
message: 报告中留有占位符“{{text}}”
help: 用实际内容替换
examples:
  valid:
    - 全年完成业务培训12期。
  invalid:
    - 全年完成业务培训XX期。
`;

/** A report whose section 六 has a placeholder, so a placeholders rule fires once. */
function reportWithPlaceholder(dir: string, line = '全年完成业务培训XX期。'): string {
  const f = join(dir, 'report.txt');
  writeFileSync(f, `一、基本情况\n示例县财政局为全额拨款行政单位。\n六、部门整体支出绩效情况\n${line}\n`);
  return f;
}

/** Writes rules/<category>/<id>.yaml under a fresh folder; returns the folder. */
function ruleDir(files: Record<string, string>, base = tmp('jixiao-rules-')): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(base, rel, '..'), { recursive: true });
    writeFileSync(join(base, rel), text);
  }
  return base;
}

/** A tool error: exit 2, exactly one line on stderr, `jixiao-lint: <file>:<line>:<col>: …`, no stack. */
function expectToolError(r: Run, file: string, line: number | RegExp, col: number | RegExp, says: string): void {
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expectClean(r);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  const m = /^jixiao-lint: (.+?):(\d+):(\d+): (.+)$/.exec(lines[0]!);
  expect(m, `no file:line:column in “${lines[0]}”`).not.toBeNull();
  expect(m![1]!.endsWith(file), `${m![1]} should name ${file}`).toBe(true);
  if (typeof line === 'number') expect(Number(m![2])).toBe(line);
  else expect(m![2]).toMatch(line);
  if (typeof col === 'number') expect(Number(m![3])).toBe(col);
  else expect(m![3]).toMatch(col);
  expect(m![4]).toContain(says);
}

function checkWithRules(dir: string, extra: string[] = []): Run {
  return run(['check', SKELETON_TXT, '--rules', dir, ...extra], { timeout: 15_000 });
}

const ALIAS_BOMB =
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
  Array.from({ length: 8 }, (_, i) => {
    const name = String.fromCharCode(98 + i);
    const prev = String.fromCharCode(97 + i);
    return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }).join('');

describe('bad rule files (--rules): file:line:column, exit 2, no stack', () => {
  it('the base rule is valid (so each case below fails for its own reason)', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE });
    const r = checkWithRules(d);
    expect(r.code, r.stderr).toBe(0);
    expect(parseRule(RULE, 'outline/my-rule.yaml', 'outline').id).toBe('my-rule');
  });

  it('YAML syntax error', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('help: 用实际内容替换', 'help: [用实际内容替换') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', /^1[3-9]$/, /^\d+$/, 'YAML 语法错误');
  });

  it('an alias bomb (billion laughs) is refused, not expanded', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': ALIAS_BOMB + RULE });
    const r = run(['check', SKELETON_TXT, '--rules', d], { timeout: 15_000, measure: true });
    expectToolError(r, 'outline/my-rule.yaml', /^\d+$/, /^\d+$/, '别名');
    expect(r.maxRssKb).toBeLessThan(300 * 1024);
  });

  it('an unknown operator, at the operator', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('operator: notEqual', 'operator: evalJs') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 10, 17, '未知的运算符“evalJs”');
  });

  it('an unknown operator decorator', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('operator: notEqual', 'operator: "exec:equal"') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 10, 17, '未知的运算符');
  });

  it('an unknown fact, at the fact', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('fact: item', 'fact: process') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 8, 13, '未知的 fact“process”');
  });

  it('an unknown field of the fact (including prototype names), at the path', () => {
    for (const field of ['nope', 'constructor', '__proto__']) {
      const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('path: text', `path: ${field}`) });
      expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 9, 13, `未知的字段“${field}”`);
    }
  });

  it('an unknown given', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('given: placeholders', 'given: everything') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 5, 8, '未知的 given“everything”');
  });

  it('an unknown key, at the key', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('severity: warning\n', 'severity: warning\ntitel: 拼错\n') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 3, 1, '未知的键“titel”');
  });

  it('an unknown template variable in the message', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('{{text}}', '{{nope}}') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 12, 10, '模板变量“{{nope}}”不存在');
  });

  it('wrong types: a number for the severity, a list for the title, a string for examples', () => {
    let d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('severity: warning', 'severity: 5') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 2, 11, '取值应为 error、warning、info 之一');
    d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('title: 测试规则', 'title: [测试, 规则]') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 1, 8, '类型应为 string');
    d = ruleDir({ 'outline/my-rule.yaml': RULE.replace(/examples:[\s\S]*$/, 'examples: 无\n') });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 14, 11, '类型应为 object');
  });

  it('not a mapping, or empty', () => {
    let d = ruleDir({ 'outline/my-rule.yaml': '- a\n- b\n' });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 1, 1, 'YAML 映射');
    d = ruleDir({ 'outline/my-rule.yaml': '' });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 1, 1, 'YAML 映射');
  });

  it('binary garbage named .yaml', () => {
    const d = ruleDir({});
    mkdirSync(join(d, 'outline'));
    writeFileSync(join(d, 'outline', 'my-rule.yaml'), Buffer.from([0x00, 0xff, 0xfe, 0x3a, 0x0a, 0x5b, 0x7b, 0x00, 0x26, 0x2a, 0x0a]));
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', /^\d+$/, /^\d+$/, '');
  });

  it('conditions nested deeper than any real rule', () => {
    const deep = (n: number): string => (n === 0 ? '{ fact: item, path: text, operator: notEqual, value: "" }' : `{ all: [ ${deep(n - 1)} ] }`);
    let d = ruleDir({ 'outline/my-rule.yaml': RULE.replace(/when:[\s\S]*?message:/, `when: ${deep(40)}\nmessage:`) });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', 6, /^\d+$/, '嵌套过深');
    d = ruleDir({ 'outline/my-rule.yaml': RULE.replace(/when:[\s\S]*?message:/, `when: ${'{ all: [ '.repeat(5000)}{}${' ] }'.repeat(5000)}\nmessage:`) });
    expectToolError(checkWithRules(d), 'outline/my-rule.yaml', /^\d+$/, /^\d+$/, '');
  });

  it('duplicate ids in two --rules folders: names both files, exit 2', () => {
    const a = ruleDir({ 'outline/my-rule.yaml': RULE });
    const b = ruleDir({ 'outline/my-rule.yaml': RULE.replace('测试规则', '另一条') });
    const r = run(['check', SKELETON_TXT, '--rules', a, '--rules', b], { timeout: 15_000 });
    expectToolError(r, join(b, 'outline/my-rule.yaml'), 1, 1, '规则 id“my-rule”重复');
    expect(r.stderr).toContain(join(a, 'outline/my-rule.yaml'));
  });

  it('an id clashing with a built-in rule: names the built-in file, exit 2', () => {
    const d = ruleDir({ 'arithmetic/sum-mismatch.yaml': RULE.replace('category: outline', 'category: arithmetic') });
    const r = checkWithRules(d);
    expectToolError(r, 'arithmetic/sum-mismatch.yaml', 1, 1, '规则 id“sum-mismatch”重复');
    expect(r.stderr).toContain('rules/arithmetic/sum-mismatch.yaml');
  });

  it('the rules and explain commands report a bad rule folder the same way', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('operator: notEqual', 'operator: evalJs') });
    expectToolError(run(['rules', '--rules', d], { timeout: 15_000 }), 'outline/my-rule.yaml', 10, 17, '未知的运算符');
    expectToolError(run(['explain', 'my-rule', '--rules', d], { timeout: 15_000 }), 'outline/my-rule.yaml', 10, 17, '未知的运算符');
  });
});

describe('bad configuration: file:line:column, exit 2, no stack', () => {
  function withConfig(text: string, name = '.jixiaorc.yaml'): { dir: string; run: (explicit?: boolean) => Run } {
    const dir = tmp('jixiao-config-');
    writeFileSync(join(dir, name), text);
    copyReport(dir);
    return {
      dir,
      run: (explicit = true) => run(['check', 'report.txt', ...(explicit ? ['-c', name] : [])], { cwd: dir, timeout: 15_000 }),
    };
  }
  function copyReport(dir: string): void {
    reportWithPlaceholder(dir);
  }

  it('YAML syntax error', () => {
    expectToolError(withConfig('rules:\n  placeholder-left: [warning\n').run(), '.jixiaorc.yaml', 3, 1, 'YAML 语法错误');
  });

  it('an alias bomb', () => {
    expectToolError(withConfig(ALIAS_BOMB).run(), '.jixiaorc.yaml', /^\d+$/, /^\d+$/, '别名');
  });

  it('an unknown key, at the key (also when found upward, not given)', () => {
    const c = withConfig('profile: hunan\nrulez:\n  placeholder-left: warning\n');
    expectToolError(c.run(), '.jixiaorc.yaml', 2, 1, '未知的配置项“rulez”');
    mkdirSync(join(c.dir, 'sub'));
    const r = run(['check', join(c.dir, 'report.txt')], { cwd: join(c.dir, 'sub'), timeout: 15_000 });
    expectToolError(r, '.jixiaorc.yaml', 2, 1, '未知的配置项“rulez”');
  });

  it('an unknown rule id, at the id', () => {
    expectToolError(withConfig('rules:\n  no-such-rule: warning\n').run(), '.jixiaorc.yaml', 2, 3, '未知的规则“no-such-rule”');
  });

  it('a bad severity, at the value', () => {
    expectToolError(withConfig('rules:\n  placeholder-left: loud\n').run(), '.jixiaorc.yaml', 2, 21, '取值应为 off、error、warning、info 之一');
  });

  it('wrong types', () => {
    expectToolError(withConfig('limits:\n  maxEntryMB: "big"\n').run(), '.jixiaorc.yaml', 2, 15, 'maxEntryMB');
    expectToolError(withConfig('rulesDirs: 5\n').run(), '.jixiaorc.yaml', 1, 12, 'rulesDirs');
    expectToolError(withConfig('waivers:\n  - rule: placeholder-left\n').run(), '.jixiaorc.yaml', 2, 5, '缺少“reason”');
  });

  it('a JSON config with a syntax error', () => {
    expectToolError(withConfig('{"rules": {"placeholder-left": "warning",}\n', '.jixiaorc.json').run(), '.jixiaorc.json', /^\d+$/, /^\d+$/, 'YAML 语法错误');
  });

  it('a rulesDirs folder with a bad rule names the rule file', () => {
    const c = withConfig('rulesDirs: [my-rules]\n');
    ruleDir({ 'outline/my-rule.yaml': RULE.replace('fact: item', 'fact: process') }, join(c.dir, 'my-rules'));
    expectToolError(c.run(), 'my-rules/outline/my-rule.yaml', 8, 13, '未知的 fact');
  });

  it('a missing config file given with -c: one line naming it, exit 2', () => {
    const d = tmp();
    const r = run(['check', SKELETON_TXT, '-c', join(d, 'nope.yaml')], { timeout: 15_000 });
    expect(r.code).toBe(2);
    expectClean(r);
    expect(r.stderr.trim()).toBe(`jixiao-lint: ${join(d, 'nope.yaml')}: 配置文件不存在或无法读取`);
  });
});

describe('nothing in rules or configuration is executed', () => {
  const CODE = "${process.exit(9)}";
  const TEMPLATE = "{{constructor.constructor('process.exit(9)')()}}";

  it('code- and template-looking text in values, messages and help stays inert text', () => {
    const text = RULE.replace('value: ""', `value: "${CODE}"`)
      .replace('title: 测试规则', `title: "${CODE}"`)
      .replace('message: 报告中留有占位符“{{text}}”', `message: "占位符{{text}} ${CODE} ${TEMPLATE} \`process.exit(9)\` #{process.exit(9)}"`)
      .replace('help: 用实际内容替换', 'help: "<%= process.exit(9) %>"');
    const d = ruleDir({ 'outline/my-rule.yaml': text });
    const rep = reportWithPlaceholder(tmp());
    const r = run(['check', rep, '--rules', d, '--format', 'json'], { timeout: 15_000 });
    expect(r.code, r.stderr).toBe(1);
    const f = parseJson(r).files[0]!.findings.find((x) => x.ruleId === 'my-rule');
    expect(f?.message).toBe(`占位符XX ${CODE} ${TEMPLATE} \`process.exit(9)\` #{process.exit(9)}`);
  });

  it('a JSONPath filter expression in a condition path is not run', () => {
    const path = `"$.text..[?(@.constructor.constructor('process.exit(9)')())]"`;
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('path: text', `path: ${path}`) });
    const r = run(['check', reportWithPlaceholder(tmp()), '--rules', d], { timeout: 15_000 });
    expect(r.code, 'the filter expression ran process.exit(9)').not.toBe(9);
    expect([1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a template variable reaches only the item’s own data, never inherited properties', () => {
    const d = ruleDir({ 'outline/my-rule.yaml': RULE.replace('{{text}}', '{{text}}|{{data.constructor}}|{{data.__proto__}}|{{data.toString}}') });
    const r = run(['check', reportWithPlaceholder(tmp()), '--rules', d, '--format', 'json'], { timeout: 15_000 });
    if (r.code === 2) {
      // refusing such a variable at load time is fine too, if it names the place
      expectToolError(r, 'outline/my-rule.yaml', 12, /^\d+$/, '模板变量');
      return;
    }
    const f = parseJson(r).files[0]!.findings.find((x) => x.ruleId === 'my-rule');
    expect(f?.message).not.toContain('native code');
    expect(f?.message).not.toContain('[object Object]');
    expect(f?.message).toBe('报告中留有占位符“XX|||”');
  });

  it('report text that looks like a template is not rendered again', () => {
    const rep = reportWithPlaceholder(tmp(), '全年完成XX期，{{report.year}}${process.exit(9)}{{constructor}}。');
    const r = run(['check', rep, '--format', 'json'], { timeout: 15_000 });
    expect(r.code).toBe(1);
    const j = parseJson(r);
    const f = j.files[0]!.findings.find((x) => x.ruleId === 'placeholder-left');
    expect(f?.message).toBe('报告中留有占位符“XX”');
    expect(JSON.stringify(j)).toContain('{{report.year}}${process.exit(9)}{{constructor}}');
  });

  it('a waiver reason with code-looking text is kept as text', () => {
    const dir = tmp();
    reportWithPlaceholder(dir);
    writeFileSync(join(dir, '.jixiaorc.yaml'), `waivers:\n  - rule: placeholder-left\n    reason: "${CODE} {{report.year}}"\n`);
    const r = run(['check', 'report.txt', '--format', 'sarif'], { cwd: dir, timeout: 15_000 });
    expect(r.code).not.toBe(9);
    expect(r.stdout).toContain(`${CODE} {{report.year}}`);
  });
});

describe('__proto__ keys do not pollute Object.prototype', () => {
  const polluted = (): unknown => (Object.prototype as Record<string, unknown>)['polluted'];
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  function attempt(f: () => unknown): unknown {
    try {
      return f();
    } catch (e) {
      if (e instanceof ConfigError || e instanceof ReadError) return e;
      throw e;
    }
  }

  it('in a rule file (top level, in conditions, in examples, via a merge key)', () => {
    const texts = [
      `__proto__: { polluted: yes }\n${RULE}`,
      RULE.replace('    - fact: item', '    - __proto__: { polluted: yes }\n      fact: item'),
      RULE.replace('examples:\n', 'examples:\n  __proto__:\n    polluted: yes\n'),
      `base: &b { __proto__: { polluted: yes } }\n<<: *b\n${RULE}`,
      RULE.replace('message: 报告中留有占位符“{{text}}”', 'message: { __proto__: { polluted: yes }, zh: 报告中留有占位符“{{text}}” }'),
    ];
    for (const t of texts) {
      const out = attempt(() => parseRule(t, 'outline/my-rule.yaml', 'outline'));
      expect(polluted(), t).toBeUndefined();
      expect({}.constructor).toBe(Object);
      if (out instanceof ConfigError) expect(out.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('in a configuration file', () => {
    for (const t of ['__proto__:\n  polluted: yes\n', 'rules:\n  __proto__:\n    polluted: yes\n', 'limits:\n  __proto__: { polluted: 1 }\n', 'waivers:\n  - { rule: x, reason: 因为, __proto__: { polluted: yes } }\n']) {
      attempt(() => parseConfig(t, '.jixiaorc.yaml'));
      expect(polluted(), t).toBeUndefined();
    }
  });

  it('in report data (.json and .yaml)', () => {
    const enc = new TextEncoder();
    for (const [t, file] of [
      ['{"__proto__": {"polluted": "yes"}, "version": 1}', 'r.json'],
      ['{"version": 1, "budget": [{"__proto__": {"polluted": "yes"}, "id": "gpb"}]}', 'r.json'],
      ['__proto__:\n  polluted: yes\nversion: 1\n', 'r.yaml'],
    ] as const) {
      attempt(() => readData(enc.encode(t), file));
      expect(polluted(), t).toBeUndefined();
    }
  });

  it('through the CLI: a config with __proto__ is an unknown key at 1:1, exit 2', () => {
    const dir = tmp();
    reportWithPlaceholder(dir);
    writeFileSync(join(dir, '.jixiaorc.yaml'), '__proto__:\n  polluted: yes\n');
    expectToolError(run(['check', 'report.txt'], { cwd: dir, timeout: 15_000 }), '.jixiaorc.yaml', 1, 1, '未知的配置项“__proto__”');
  });
});

describe('bad profile files (--profile): file:line:column, exit 2, no stack', () => {
  const HUNAN = readFileSync(join(ROOT, 'src', 'profiles', 'hunan.yaml'), 'utf8');
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  function withProfile(text: string): { file: string; r: Run } {
    const d = tmp('jixiao-profile-');
    const file = join(d, 'p.yaml');
    writeFileSync(file, text);
    return { file, r: run(['check', SKELETON_TXT, '--profile', file], { timeout: 15_000 }) };
  }

  it('the unchanged copy is valid (so each case below fails for its own reason)', () => {
    expect(withProfile(HUNAN).r.code).not.toBe(2);
  });

  it('YAML syntax error', () => {
    const { r } = withProfile(HUNAN.replace('minMatched: 4', 'minMatched: [4'));
    expectToolError(r, 'p.yaml', /^\d+$/, /^\d+$/, 'YAML 语法错误');
  });

  it('an invalid regular expression in template', () => {
    const text = HUNAN.replace(/^template:\n/m, 'template:\n  - "(未闭合"\n');
    expect(text).not.toBe(HUNAN);
    expectToolError(withProfile(text).r, 'p.yaml', lineOf(text, '(未闭合'), /^\d+$/, '不是有效的正则表达式');
  });

  it('an invalid regular expression in a cover label', () => {
    const text = HUNAN.replace("label: '单位名称(（盖章）)?：'", "label: '单位名称(（盖章）?：'");
    expect(text).not.toBe(HUNAN);
    expectToolError(withProfile(text).r, 'p.yaml', lineOf(text, '单位名称(（盖章）?：'), /^\d+$/, '正则表达式');
  });

  it('a wrong type', () => {
    const text = HUNAN.replace('minMatched: 4', 'minMatched: 四');
    expectToolError(withProfile(text).r, 'p.yaml', lineOf(text, 'minMatched'), /^\d+$/, 'minMatched');
  });
});
