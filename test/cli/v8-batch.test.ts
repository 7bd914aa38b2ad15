/**
 * The batch settings lower the priority of every thread but the main one (Linux): read back from
 * /proc, in this test file's own process (vitest runs each file in its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BATCH_THRESHOLD, tuneForBatch } from '../../src/cli/v8-batch.js';

/** nice value of each thread of this process, by thread id (field 19 of /proc/self/task/T/stat). */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
    // the command name (field 2) may hold spaces: count fields after its closing parenthesis
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(t), Number(fields[16]));
  }
  return out;
}

describe.runIf(process.platform === 'linux')('batch settings: helper threads', () => {
  it('a one-file run, or a batch on a machine with more CPUs than V8 has helpers, changes no priority', () => {
    const before = niceByThread();
    tuneForBatch(1, 2);
    tuneForBatch(BATCH_THRESHOLD, 8);
    expect(niceByThread()).toEqual(before);
  });

  it('a batch on two CPUs gives every thread but the main one the lowest priority', () => {
    const before = niceByThread();
    expect(before.size).toBeGreaterThan(1);
    expect(before.get(process.pid)).toBe(0);
    tuneForBatch(BATCH_THRESHOLD, 2);
    const after = niceByThread();
    expect(after.get(process.pid)).toBe(0);
    for (const [tid, nice] of after) if (tid !== process.pid) expect(nice, `thread ${tid}`).toBe(19);
  });
});
