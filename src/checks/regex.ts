/** Regular expressions written in rules (operators, figure look-ups), compiled once each. */
const regexes = new Map<string, RegExp | null>();

/** A rule's regular expression (u flag), or null when it does not compile (the loader refuses those). */
export function regexOf(source: unknown): RegExp | null {
  if (typeof source !== 'string') return null;
  let re = regexes.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      re = null;
    }
    regexes.set(source, re);
  }
  return re;
}
