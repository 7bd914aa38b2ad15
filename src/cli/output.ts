/** Writing outputs: whole files via a temporary file and rename; never onto an input file. */
import { realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError } from '../ruleset/types.js';

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

export function writeAtomic(path: string, content: string, inputs: readonly string[]): void {
  const target = realTarget(path);
  if (inputs.some((i) => realTarget(i) === target)) throw new ConfigError(path, undefined, undefined, '拒绝写入：这是被检查的输入文件');
  let special = false;
  try {
    special = !statSync(target).isFile();
  } catch {
    /* a new file */
  }
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
    if (typeof code === 'string') throw new ConfigError(path, undefined, undefined, `无法写入输出文件（${code}）`);
    throw e;
  }
}
