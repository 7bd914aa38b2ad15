/**
 * The command line: commander parses, the API checks, a formatter renders, this file writes and
 * sets the exit code. Exit codes (CONTRACTS.md): 0 clean, 1 findings at/over the fail level,
 * 2 tool error (unreadable input, bad rule or configuration file). Worst wins in a batch.
 *
 * Before commander sees the arguments: the language is settled (--lang anywhere, else the
 * locale), and a sub-command written after global options (`--lang en explain foo`) is moved to
 * the front, so it is not read as a file to check; a word that is neither a file nor a command
 * but close to one (`chek`) is refused with a suggestion.
 */
import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, VERSION, didYouMean } from '../lib/index.js';
import { runCheck, type CheckCliOptions } from './check.js';
import { normaliseLang, resolveLang, type Lang } from './lang.js';
import { usageErrorInChinese } from './usage-zh.js';
import { runExplain, runFacts, runInit, runProfiles, runRules } from './info.js';
import { CLI_TEXT } from './text.js';
import { writeErr, writeOut } from './io.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export const COMMANDS = ['check', 'facts', 'rules', 'explain', 'profiles', 'init', 'help'] as const;

/** Options that take a value (so the word after them is not a command or a file). */
const VALUE_OPTIONS = new Set([
  '-f', '--format', '-o', '--output', '--fail-on', '--max-warnings', '-c', '--config', '--rules', '--rule', '--profile', '--lang',
  '--baseline', '--write-baseline', '--kind', '--max-entry-mb', '--max-text-mb', '--ignore-pattern', '--stdin-filename', '--print-config', '--csv-per',
]);

/**
 * argv with its sub-command first. Returns the argv to parse, or a usage error for a word that
 * looks like a mistyped command (not an existing path, close to a command name).
 */
export function placeCommand(argv: readonly string[], lang: Lang): { argv: string[] } | { error: string } {
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    if (a === '--') return { argv: [...argv] };
    if (a.startsWith('-') && a !== '-') {
      i += VALUE_OPTIONS.has(a) ? 2 : 1;
      continue;
    }
    if ((COMMANDS as readonly string[]).includes(a)) {
      return i === 0 ? { argv: [...argv] } : { argv: [a, ...argv.slice(0, i), ...argv.slice(i + 1)] };
    }
    // the first word is a file to check, unless it is no path at all and close to a command
    if (!existsSync(a) && !/[\\/.*?[\]{}]/.test(a)) {
      const hint = didYouMean(a, COMMANDS, lang);
      if (hint) return { error: lang === 'en' ? `jixiao-lint: unknown command "${a}"${hint}` : `jixiao-lint: 未知命令“${a}”${hint}` };
    }
    return { argv: [...argv] };
  }
  return { argv: [...argv] };
}


function langArg(value: string): Lang {
  const l = normaliseLang(value);
  if (!l) throw new InvalidArgumentError('zh | en');
  return l;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = resolveLang(argv, env);
  const t = CLI_TEXT[lang];
  const placed = placeCommand(argv, lang);
  if ('error' in placed) {
    writeErr(`${placed.error}\n`);
    return 2;
  }
  const debug = argv.includes('--debug');
  const program = new Command('jixiao-lint')
    .description(t.description)
    .version(VERSION, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .showHelpAfterError(lang === 'en' ? '(see --help)' : '（使用 --help 查看用法）')
    .configureOutput({ writeOut, writeErr, outputError: (text, write) => write(lang === 'en' ? `jixiao-lint: ${text.replace(/^error: /, '')}` : usageErrorInChinese(text)) })
    .exitOverride();
  // commander's help headings in the run's language (inherited by every sub-command)
  if (lang === 'zh') program.configureHelp({ styleTitle: (str: string) => CLI_TEXT.zh.titles[str] ?? str });
  const common = (cmd: Command): Command =>
    cmd
      .addOption(new Option('--lang <lang>', t.opt.lang).argParser(langArg))
      .option('--no-color', t.opt.noColor)
      .option('--debug', t.opt.debug);
  let code = 0;
  const check = program
    .command('check', { isDefault: true })
    .description(t.cmd.check)
    .argument('[files...]', t.arg.files)
    .addOption(new Option('-f, --format <name>', t.opt.format).argParser(collect))
    .addOption(new Option('-o, --output <file>', t.opt.output).argParser(collect))
    .option('--fail-on <level>', t.opt.failOn)
    .option('--max-warnings <n>', t.opt.maxWarnings)
    .option('-q, --quiet', t.opt.quiet)
    .option('-c, --config <file>', t.opt.config)
    .option('--print-config <file>', t.opt.printConfig)
    .option('--rules <dir>', t.opt.rules, collect)
    .option('--rule <id=level>', t.opt.rule, collect)
    .option('--profile <id|file>', t.opt.profile)
    .option('--kind <kind>', t.opt.kind)
    .option('--ignore-pattern <pattern>', t.opt.ignorePattern, collect)
    .option('--no-ignore', t.opt.noIgnore)
    .option('--stdin-filename <name>', t.opt.stdinFilename)
    .option('--baseline <file>', t.opt.baseline)
    .option('--write-baseline <file>', t.opt.writeBaseline)
    .option('--prune-baseline', t.opt.pruneBaseline)
    .option('--csv-per <what>', t.opt.csvPer)
    .option('--show-skipped', t.opt.showSkipped)
    .option('--strict', t.opt.strict)
    .option('--max-entry-mb <n>', t.opt.maxEntryMb, Number)
    .option('--max-text-mb <n>', t.opt.maxTextMb, Number);
  common(check).action(async (files: string[], opts: Omit<CheckCliOptions, 'lang'>) => {
    code = await runCheck(files, { ...opts, lang });
  });
  common(
    program
      .command('facts')
      .description(t.cmd.facts)
      .argument('<file>', t.arg.file)
      .option('--format <fmt>', t.opt.factsFormat, 'yaml')
      .option('--items', t.opt.items)
      .option('--rules <dir>', t.opt.rules, collect)
      .option('--profile <id|file>', t.opt.profile)
      .option('--kind <kind>', t.opt.kind)
      .option('-c, --config <file>', t.opt.config),
  ).action(async (file: string, opts: { format: string; items?: boolean; rules?: string[]; profile?: string; config?: string; debug?: boolean }) => {
    code = await runFacts(file, { ...opts, lang });
  });
  common(
    program
      .command('rules')
      .description(t.cmd.rules)
      .option('--rules <dir>', t.opt.rules, collect)
      .option('--fields', t.opt.fields)
      .option('--test', t.opt.test)
      .option('--format <fmt>', t.opt.rulesFormat, 'text'),
  ).action(async (opts: { rules?: string[]; fields?: boolean; test?: boolean; format: string; debug?: boolean }) => {
    code = await runRules({ ...opts, lang });
  });
  common(
    program
      .command('explain')
      .description(t.cmd.explain)
      .argument('<rule-id>', t.arg.ruleId)
      .option('--rules <dir>', t.opt.rules, collect),
  ).action(async (id: string, opts: { rules?: string[]; debug?: boolean }) => {
    code = await runExplain(id, { ...opts, lang });
  });
  common(
    program
      .command('profiles')
      .description(t.cmd.profiles)
      .option('--format <fmt>', t.opt.rulesFormat, 'text'),
  ).action(async (opts: { format: string; debug?: boolean }) => {
    code = await runProfiles({ ...opts, lang });
  });
  common(
    program
      .command('init')
      .description(t.cmd.init)
      .option('--force', t.opt.force),
  ).action(async (opts: { force?: boolean; debug?: boolean }) => {
    code = await runInit({ ...opts, lang });
  });
  try {
    await program.parseAsync(placed.argv, { from: 'user' });
    return code;
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
      // help and version exit 0; usage errors are tool errors
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    return reportToolError(e, debug, lang);
  }
}

export function reportToolError(e: unknown, debug: boolean, lang: Lang = 'zh'): number {
  if (e instanceof ConfigError) writeErr(`jixiao-lint: ${e.localized(lang)}\n`);
  else {
    const msg = e instanceof Error ? e.message : String(e);
    writeErr(
      lang === 'en'
        ? `jixiao-lint: internal error: ${msg}${debug ? '' : ' (add --debug for the stack, and please report this)'}\n`
        : `jixiao-lint: 内部错误：${msg}${debug ? '' : '（加 --debug 查看堆栈，并请报告此问题）'}\n`,
    );
  }
  if (debug && e instanceof Error && e.stack) writeErr(e.stack + '\n');
  return 2;
}
