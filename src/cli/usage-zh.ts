/**
 * Commander's usage errors ("error: unknown option '--bogus'") in Chinese, the language of every
 * other message of the tool. Commander builds them from a fixed set of English sentences
 * (commander 14: lib/command.js, option.js, argument.js); each is matched whole and rebuilt with
 * its pieces (option flags, values, choices, suggestions). A sentence not known here is shown as
 * commander wrote it, prefixed like the tool's other errors; `--lang en` keeps them all in English.
 */

const SENTENCES: [RegExp, (...m: string[]) => string][] = [
  [/^error: missing required argument '(.+)'$/, (name) => `缺少必需的参数“${name}”`],
  [/^error: option '(.+)' argument missing$/, (flags) => `选项“${flags}”缺少取值`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. ([\s\S]*)$/, (flags, value, why) => `选项“${flags}”的取值“${value}”无效${reason(why)}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\. ([\s\S]*)$/, (value, name, why) => `参数“${name}”的取值“${value}”无效${reason(why)}`],
  [/^error: required option '(.+)' not specified$/, (flags) => `缺少必需的选项“${flags}”`],
  [/^error: unknown option '(.+?)'(\n\(Did you mean .*\?\))?$/, (flag, hint) => `未知选项“${flag}”${suggestion(hint)}`],
  [/^error: unknown command '(.+?)'(\n\(Did you mean .*\?\))?$/, (name, hint) => `未知命令“${name}”${suggestion(hint)}`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `${command ? `命令“${command}”的` : ''}参数过多：应为 ${expected} 个，实际 ${got} 个`,
  ],
];

/** "Allowed choices are error, warning, info." → "，可选：error、warning、info"; another reason as given. */
function reason(why: string): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(why.trim());
  if (choices) return `，可选：${choices[1]!.split(', ').join('、')}`;
  return why.trim() ? `：${why.trim()}` : '';
}

/** "\n(Did you mean --format?)" or "\n(Did you mean one of a, b?)" → "（是否想用 --format？）". */
function suggestion(hint: string | undefined): string {
  const m = hint ? /\(Did you mean (?:one of )?(.*)\?\)/.exec(hint) : null;
  return m ? `（是否想用 ${m[1]!.split(', ').join('、')}？）` : '';
}

/** One usage error as commander writes it (with its trailing newline) → the line to show. */
export function usageErrorInChinese(text: string): string {
  const sentence = text.replace(/\n$/, '');
  for (const [re, make] of SENTENCES) {
    const m = re.exec(sentence);
    if (m) return `jixiao-lint: ${make(...m.slice(1).map((x) => x ?? ''))}\n`;
  }
  return `jixiao-lint: ${sentence.replace(/^error: /, '')}\n`;
}
