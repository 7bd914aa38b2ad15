/** "Did you mean": the closest known name to a mistyped one (rule ids, config keys, commands). */

/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/**
 * The known names nearest to `word`: within a third of its length in edits (at least 1, at most 3),
 * or containing it / contained in it when it is at least 4 characters long. Closest first.
 */
export function suggest(word: string, known: Iterable<string>): string[] {
  const w = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: [string, number][] = [];
  for (const k of known) {
    const kl = k.toLowerCase();
    const d = editDistance(w, kl);
    if (d <= limit) scored.push([k, d]);
    else if (w.length >= 4 && (kl.includes(w) || w.includes(kl))) scored.push([k, limit + 1]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([k]) => k);
}

/** "（是否想用 a、b？）" / " (did you mean a, b?)", or '' when nothing is close. */
export function didYouMean(word: string, known: Iterable<string>, lang: 'zh' | 'en'): string {
  const s = suggest(word, known);
  if (s.length === 0) return '';
  return lang === 'en' ? ` (did you mean ${s.join(', ')}?)` : `（是否想用 ${s.join('、')}？）`;
}
