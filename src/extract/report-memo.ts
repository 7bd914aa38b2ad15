/**
 * Memo tables that live for one report: the sentences of a block, the amounts of a sentence,
 * the interval of a figure. Several extractors ask for the same ones; each is worked out once.
 *
 * `extract()` starts every report with `startReport()`, which empties them, so a batch holds one
 * report's entries at a time. Plain Maps, not WeakMaps: every entry of a WeakMap is an ephemeron,
 * which the garbage collector traces apart at each collection, and a batch makes tens of
 * thousands of them per second. A key from another report (a caller of the extractors that does
 * not go through `extract()`) only misses and is worked out again; a table that grows past
 * MAX_ENTRIES without a `startReport()` is emptied, so memory stays bounded.
 */
export const MAX_ENTRIES = 200_000;
const tables: Map<object, unknown>[] = [];

export function reportMemo<K extends object, V>(): Map<K, V> {
  const t = new Map<K, V>();
  tables.push(t as Map<object, unknown>);
  return t;
}

/** The value memoised for `key`, or `make(key)` memoised. */
export function memoised<K extends object, V>(table: Map<K, V>, key: K, make: (key: K) => V): V {
  let v = table.get(key);
  if (v === undefined) {
    if (table.size >= MAX_ENTRIES) table.clear();
    table.set(key, (v = make(key)));
  }
  return v;
}

export function startReport(): void {
  for (const t of tables) t.clear();
}
