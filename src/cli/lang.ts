/**
 * The language of a run: `--lang` wherever it stands (zh, en, and locale names such as zh-CN,
 * en-US, en_GB.UTF-8), else the locale of the environment (LC_ALL, LC_MESSAGES, LANG: an English
 * locale gives English), else Chinese. Read before commander parses, so that help and usage errors
 * are in the chosen language too.
 */
export type Lang = 'zh' | 'en';

/** A language or locale name → zh | en; undefined when it is neither. */
export function normaliseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  if (/^zh(?:$|[-_.@])/.test(v) || v === 'chinese' || v === '中文') return 'zh';
  if (/^en(?:$|[-_.@])/.test(v) || v === 'english') return 'en';
  return undefined;
}

/** The value given to --lang in argv (last wins), if any. */
export function langOption(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && i + 1 < argv.length) found = argv[++i];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

/** The locale of the environment as POSIX resolves it: LC_ALL, then LC_MESSAGES, then LANG. */
export function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[name];
    if (v) return normaliseLang(v); // the first one set decides, as in POSIX (C.UTF-8 → default)
  }
  return undefined;
}

export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const opt = langOption(argv);
  if (opt !== undefined) return normaliseLang(opt) ?? 'zh'; // an invalid value is refused by the parser
  return envLang(env) ?? 'zh';
}
