/** Writing outputs: whole files via a temporary file and rename; never onto an input file. */
import { realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError } from '../lib/index.js';

/** The real path of a file that may not exist yet: its folder resolved through links. */
function realTarget(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * Whether `path` is the file `st` describes, under any name (symbolic or hard link). Bigint stats:
 * a Windows file id can exceed 2^53, where two numbers could be equal for different files.
 */
function isSameFile(path: string, st: BigIntStats): boolean {
  try {
    const s = statSync(path, { bigint: true });
    return s.ino === st.ino && s.dev === st.dev;
  } catch {
    return false;
  }
}

export function writeAtomic(path: string, content: string, inputs: readonly string[]): void {
  const target = realTarget(path);
  let st: BigIntStats | undefined;
  try {
    st = statSync(target, { bigint: true });
  } catch {
    /* a new file: no input can be it */
  }
  // by device and inode: one stat per input, not a realpath walk per input (18 ms in a
  // 1,000-file batch), and a hard link to an input is recognised too
  if (st && inputs.some((i) => isSameFile(i, st))) throw new ConfigError(path, undefined, undefined, '拒绝写入：这是被检查的输入文件', 'refused to write: this is an input file being checked');
  const special = st !== undefined && !st.isFile();
  try {
    if (special) {
      // /dev/null, /dev/stdout, a FIFO: write into it; renaming over it would replace the device
      writeFileSync(target, content);
      return;
    }
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(tmp, content);
      renameSync(tmp, target);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing to clean */
      }
      throw e;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new ConfigError(path, undefined, undefined, `无法写入输出文件（${code}）`, `cannot write the output file (${code})`);
    throw e;
  }
}
