/**
 * Usage errors are shown in Chinese. The sentences are commander's own: they are produced here by a
 * real commander program, so a change of wording in a commander upgrade fails this test instead of
 * slipping through in English.
 */
import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { usageErrorInChinese } from '../../src/cli/usage-zh.js';
import { cli } from '../helpers/cli.js';

/** What commander writes for `argv` on a small program shaped like ours. */
function commanderSays(argv: string[]): string {
  let said = '';
  const program = new Command('t').exitOverride().configureOutput({ outputError: (text) => (said += text), writeErr: () => undefined });
  program
    .command('check')
    .argument('<files...>')
    .addOption(new Option('-f, --format <name>'))
    .addOption(new Option('--fail-on <level>').choices(['error', 'warning', 'info']))
    .addOption(new Option('--token <t>').makeOptionMandatory())
    .action(() => undefined);
  program.command('facts').argument('<file>').action(() => undefined);
  program.command('pick').addArgument(new Argument('<kind>').choices(['a', 'b'])).action(() => undefined);
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    // exitOverride: the error was written first
  }
  return said;
}

describe('usage errors in Chinese', () => {
  const cases: [string[], string][] = [
    [['facts'], 'jixiao-lint: 缺少必需的参数“file”\n'],
    [['check', 'a', '--token', 't', '--bogus'], 'jixiao-lint: 未知选项“--bogus”\n'],
    [['check', 'a', '--token', 't', '--formt', 'json'], 'jixiao-lint: 未知选项“--formt”（是否想用 --format？）\n'],
    [['check', 'a', '--token', 't', '-f'], 'jixiao-lint: 选项“-f, --format <name>”缺少取值\n'],
    [['check', 'a', '--token', 't', '--fail-on', 'bad'], 'jixiao-lint: 选项“--fail-on <level>”的取值“bad”无效，可选：error、warning、info\n'],
    [['check', 'a'], 'jixiao-lint: 缺少必需的选项“--token <t>”\n'],
    [['facts', 'a', 'b'], 'jixiao-lint: 命令“facts”的参数过多：应为 1 个，实际 2 个\n'],
    [['chek'], 'jixiao-lint: 未知命令“chek”（是否想用 check？）\n'],
    [['pick', 'c'], 'jixiao-lint: 参数“kind”的取值“c”无效，可选：a、b\n'],
  ];
  for (const [argv, want] of cases) {
    it(`${argv.join(' ')}`, () => {
      const english = commanderSays(argv);
      expect(english).toMatch(/^error: /);
      expect(usageErrorInChinese(english)).toBe(want);
    });
  }

  it('a sentence it does not know is shown as written, without "error:", under the tool name', () => {
    expect(usageErrorInChinese('error: something new happened\n')).toBe('jixiao-lint: something new happened\n');
  });

  it('the CLI: exit 2, one Chinese line and the help hint, no stack; --lang en keeps English', () => {
    const r = cli(['check', 'examples/yanling-2024/report.txt', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao-lint: 未知选项“--bogus”\n（使用 --help 查看用法）\n');
    const missing = cli(['explain']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('缺少必需的参数“rule-id”');
    const en = cli(['check', 'examples/yanling-2024/report.txt', '--lang', 'en', '--bogus']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("jixiao-lint: unknown option '--bogus'\n(see --help)\n");
  });
});
