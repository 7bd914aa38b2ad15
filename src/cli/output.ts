/** Writing outputs: whole files via a temporary file and rename; never onto an input file. */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function writeAtomic(path: string, content: string, inputs: readonly string[]): void {
  const target = resolve(path);
  if (inputs.some((i) => resolve(i) === target)) throw new Error(`拒绝写入：${path} 是被检查的输入文件`);
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
}
