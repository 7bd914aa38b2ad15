/**
 * Memo tables that live for one report: the sentences of a block, the amounts of a sentence,
 * the interval of a figure. Several extractors ask for the same ones; each is worked out once.
 *
 * `extract()` starts every report with `startReport()`, which gives every table a new, empty Map,
 * so a batch holds one report's entries at a time. A new Map rather than `clear()`: the tables live
 * as long as the process, so V8 soon moves them to its old generation, and a young object stored
 * in an old one is kept alive by every young-generation collection until the next full one,
 * whatever became of the table (a batch promoted ~1.3 MB of dead sentences per collection). A new
 * Map is young and dies with its report. Plain Maps, not WeakMaps: every entry of a WeakMap is an
 * ephemeron, which the garbage collector traces apart at each collection.
 *
 * A key from another report (a caller of the extractors that does not go through `extract()`) only
 * misses and is worked out again; a table that grows past MAX_ENTRIES without a `startReport()` is
 * started afresh, so memory stays bounded.
 */
export const MAX_ENTRIES = 200_000;

export interface ReportMemo<K extends object, V> {
  /** This report's entries. */
  map: Map<K, V>;
}

const tables: ReportMemo<object, unknown>[] = [];

export function reportMemo<K extends object, V>(): ReportMemo<K, V> {
  const t: ReportMemo<K, V> = { map: new Map<K, V>() };
  tables.push(t as unknown as ReportMemo<object, unknown>);
  return t;
}

/** The value memoised for `key`, or `make(key)` memoised. */
export function memoised<K extends object, V>(table: ReportMemo<K, V>, key: K, make: (key: K) => V): V {
  let v = table.map.get(key);
  if (v === undefined) {
    if (table.map.size >= MAX_ENTRIES) table.map = new Map<K, V>();
    table.map.set(key, (v = make(key)));
  }
  return v;
}

export function startReport(): void {
  for (const t of tables) t.map = new Map();
}
