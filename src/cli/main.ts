/**
 * The command line: commander parses, the API checks, a formatter renders, this file writes and
 * sets the exit code. Exit codes (CONTRACTS.md): 0 clean, 1 findings at/over the fail level,
 * 2 tool error (unreadable input, bad rule or configuration file). Worst wins in a batch.
 */
import { Command, Option } from 'commander';
import { ConfigError, VERSION } from '../lib/index.js';
import { runCheck, type CheckCliOptions } from './check.js';
import { usageErrorInChinese } from './usage-zh.js';
import { runExplain, runFacts, runRules } from './info.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export async function main(argv: string[]): Promise<number> {
  // usage errors in Chinese, like every other message; in English with --lang en
  const english = argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en'));
  const program = new Command('jixiao-lint')
    .description('部门（单位）整体支出绩效自评报告检查工具 / lint for performance self-evaluation reports')
    .version(VERSION, '-v, --version', '显示版本')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .showHelpAfterError(english ? '(see --help)' : '（使用 --help 查看用法）')
    .configureOutput({ outputError: (text, write) => write(english ? text : usageErrorInChinese(text)) })
    .exitOverride();
  let code = 0;
  program
    .command('check', { isDefault: true })
    .description('检查报告（.docx、.txt、.md、.yaml、.json；文件、目录或通配符）')
    .argument('<files...>', '要检查的文件、目录或通配符')
    .addOption(new Option('-f, --format <name>', '输出格式，可重复：stylish、json、sarif、junit、html、markdown、csv、summary').argParser(collect))
    .addOption(new Option('-o, --output <file>', '写入文件（与 --format 按顺序配对，可重复）').argParser(collect))
    .addOption(new Option('--fail-on <level>', '达到此级别即失败').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', '警告数超过 N 即失败', (v) => {
      if (!/^\d+$/.test(v)) throw new ConfigError('--max-warnings', undefined, undefined, `应为非负整数，而不是“${v}”`);
      return Number(v);
    })
    .option('-c, --config <file>', '配置文件（默认向上查找 .jixiaorc.yaml）')
    .option('--rules <dir>', '额外的规则目录，可重复', collect)
    .option('--rule <id=level>', '覆盖规则级别：id=off|error|warning|info，可重复', collect)
    .option('--profile <id|file>', '提纲（默认 hunan）')
    .addOption(new Option('--lang <lang>', '消息语言').choices(['zh', 'en']).default('zh'))
    .option('--no-color', '不使用颜色')
    .option('--baseline <file>', '基线文件：其中的问题不再报告')
    .option('--write-baseline <file>', '把当前全部问题写入基线文件')
    .option('--show-skipped', '列出因缺少数据而未能执行的检查')
    .option('--strict', '有未能执行的检查时也判为失败')
    .option('--max-entry-mb <n>', '.docx 中单个部件解压后的上限（MB，默认 50）', Number)
    .option('--max-text-mb <n>', '文本和数据文件的大小上限（MB，默认 20）', Number)
    .option('--debug', '出错时显示堆栈')
    .action(async (files: string[], opts: CheckCliOptions) => {
      code = await runCheck(files, opts);
    });
  program
    .command('facts')
    .description('显示从报告中提取的提纲与数据（及其出处）')
    .argument('<file>', '报告文件')
    .addOption(new Option('--format <fmt>', '输出格式').choices(['yaml', 'json']).default('yaml'))
    .option('--profile <id|file>', '提纲（默认 hunan）')
    .option('-c, --config <file>', '配置文件')
    .option('--debug', '出错时显示堆栈')
    .action(async (file: string, opts: { format: 'yaml' | 'json'; profile?: string; config?: string }) => {
      code = await runFacts(file, opts);
    });
  program
    .command('rules')
    .description('列出全部规则：id、默认级别、类别、标题')
    .addOption(new Option('--lang <lang>', '语言').choices(['zh', 'en']).default('zh'))
    .option('--rules <dir>', '额外的规则目录，可重复', collect)
    .option('--format <fmt>', 'text 或 json', 'text')
    .action(async (opts: { lang: 'zh' | 'en'; rules?: string[]; format: string }) => {
      code = await runRules(opts);
    });
  program
    .command('explain')
    .description('说明一条规则：描述、依据、示例')
    .argument('<rule-id>', '规则 id')
    .addOption(new Option('--lang <lang>', '语言').choices(['zh', 'en']).default('zh'))
    .option('--rules <dir>', '额外的规则目录，可重复', collect)
    .action(async (id: string, opts: { lang: 'zh' | 'en'; rules?: string[] }) => {
      code = await runExplain(id, opts);
    });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
      // help and version exit 0; usage errors are tool errors
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    return reportToolError(e, debug);
  }
}

export function reportToolError(e: unknown, debug: boolean): number {
  if (e instanceof ConfigError) process.stderr.write(`jixiao-lint: ${e.message}\n`);
  else {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`jixiao-lint: 内部错误：${msg}${debug ? '' : '（加 --debug 查看堆栈，并请报告此问题）'}\n`);
  }
  if (debug && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  return 2;
}
