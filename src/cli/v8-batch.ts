/**
 * V8 settings for a batch, measured by `npm run bench` (1,000 and 10,000 reports in one process).
 *
 * - Memory: V8 lets the old generation grow to several times the live heap before a full
 *   collection; a batch keeps little alive from one report to the next (about 10 MB with summary
 *   output), so the process would hold 60+ MB of dead reports between collections. Collecting at
 *   1.5x the live heap keeps it near its working set (peak RSS for 10,000 reports 172 -> ~144 MB)
 *   at no measurable cost in time.
 * - Allocation-site pretenuring: a report's sentences, amounts and intervals live until the report
 *   is done, so they survive a scavenge or two; V8 then decides to allocate them in the old space
 *   and throws away the optimised code of the extractors that allocate them (about 18 functions,
 *   some 50-100 reports into a batch), which then run unoptimised until re-optimised. For this
 *   workload the decision is wrong (the objects die with their report): turned off, the 1,000-report
 *   batch is ~8% faster and the 10,000-report peak RSS a little lower.
 * - Helper threads (Linux): while a batch runs, V8 compiles its hot functions with TurboFan on its
 *   helper threads (Node starts four). On two cores, four compiling threads take much of the main
 *   thread's core during the first few hundred reports, the JIT warm-up, and the batch waits on the
 *   main thread. The helpers are given the lowest priority (nice 19; each Linux thread has its own):
 *   they still get every cycle the main thread leaves, and no longer take its core. 1,000 reports
 *   5-9% faster on the 2-core bench machine (as fast as starting node with --v8-pool-size=1, which
 *   can only be given when node starts; nice 10 gave half of it). Only with at most four CPUs, as
 *   many as helpers: with more, they cannot take the main thread's core, and a busy machine's other
 *   processes would starve them.
 *
 * - Young generation: V8 doubles each semi-space up to 16 MB while scavenges find much alive (a
 *   report's objects live until it is done), so 32 MB of the peak RSS is the young generation, though
 *   the live heap between reports is a few MB. Capped at 8 MB per semi-space (youngGenerationCap,
 *   called after each file): peak RSS for 10,000 reports 147 -> 123 MB, wall time 0.99 of uncapped
 *   (1,000 reports 1.04: twice as many scavenges, each copying the report in progress).
 *
 * Set only for batches, after start-up (the V8 code cache is checked against the flags in force
 * when the app is loaded).
 *
 * And one setting for the opposite case, a single small file (tuneForOneFile): V8's optimising
 * compiler is turned off. Checking one report runs each extractor a few hundred times at most;
 * TurboFan starts compiling the hottest of them anyway, and on two cores its work (prepared and
 * installed on the main thread, compiled beside it) costs more than the optimised code saves before
 * the run ends: a one-file check of the example .docx ~2 ms faster (~85 instead of ~88 ms, cold start
 * in `npm run bench`), a 35 KB text ~9% and a 170 KB text ~4%. From there on it pays: a 350 KB text
 * took 1.8 times as long without it. Hence only for a file of at most SMALL_FILE_BYTES on disk (a
 * .docx holds about twice its size in text).
 */
export const BATCH_THRESHOLD = 20;

/** The largest single input checked without TurboFan (bytes on disk). */
export const SMALL_FILE_BYTES = 64 * 1024;

/** Node starts four V8 helper threads: with more CPUs than that they cannot crowd the main thread. */
const MAX_CPUS_TO_LOWER = 4;

/** `cpus`: the CPUs this process may use (os.availableParallelism()), given by tests. */
export function tuneForBatch(files: number, cpus?: number): void {
  // getBuiltinModule is Node >= 20.16 (package.json asks for 20.19): without it, no tuning, same results
  if (files < BATCH_THRESHOLD || typeof process.getBuiltinModule !== 'function') return;
  process.getBuiltinModule('node:v8').setFlagsFromString('--heap-growing-percent=50 --no-allocation-site-pretenuring');
  if (process.platform !== 'linux') return;
  const os = process.getBuiltinModule('node:os');
  if ((cpus ?? os.availableParallelism()) <= MAX_CPUS_TO_LOWER) lowerHelperThreads(os);
}

/**
 * A run of one file of `bytes` on disk: at most SMALL_FILE_BYTES, no optimising compiler. Not while
 * the build makes the code cache (scripts/bin-loader.cjs): the cache would be saved under a flag a
 * later load does not have, and be rejected.
 */
export function tuneForOneFile(bytes: number): void {
  if (bytes > SMALL_FILE_BYTES || typeof process.getBuiltinModule !== 'function' || process.env.JIXIAO_CODE_CACHE_TRAINING) return;
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-opt');
}

/** Each semi-space of the young generation grows to at most this (V8's own maximum is 16 MB). */
export const SEMI_SPACE_CAP_BYTES = 8 * 1024 * 1024;

/**
 * For a batch: a function to call after each file, which stops the young generation's growth once
 * a semi-space has reached SEMI_SPACE_CAP_BYTES. V8 sizes the young generation when the heap is set
 * up (`--max-semi-space-size` cannot be changed later) and doubles it while scavenges find much alive;
 * the growth factor, read at each doubling, can: at 1 there is no further doubling.
 */
export function youngGenerationCap(): () => void {
  if (typeof process.getBuiltinModule !== 'function') return () => {};
  const v8 = process.getBuiltinModule('node:v8');
  let capped = false;
  return () => {
    if (capped) return;
    for (const s of v8.getHeapSpaceStatistics()) {
      // new_space holds both semi-spaces
      if (s.space_name === 'new_space' && s.space_size >= 2 * SEMI_SPACE_CAP_BYTES) {
        v8.setFlagsFromString('--semi-space-growth-factor=1');
        capped = true;
      }
    }
  };
}

/** Lowest priority for every thread of this process but the main one (whose id is the pid). */
function lowerHelperThreads(os: typeof import('node:os')): void {
  let threads: string[];
  try {
    threads = process.getBuiltinModule('node:fs').readdirSync('/proc/self/task');
  } catch {
    return; // no /proc: nothing to tune, same results
  }
  for (const t of threads) {
    const tid = Number(t);
    if (!Number.isInteger(tid) || tid === process.pid) continue;
    try {
      os.setPriority(tid, 19);
    } catch {
      // a thread that has ended, or a system that refuses: it keeps its priority
    }
  }
}
