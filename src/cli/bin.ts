/**
 * Entry of the bundled app (dist/app.cjs). The bin, dist/jixiao-lint.cjs (scripts/bin-loader.cjs),
 * loads the app with its V8 code cache and calls run(); the exit code is set once output has drained.
 */
import { main } from './main.js';
import { writeErr } from './io.js';

export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e: unknown) {
    writeErr(`jixiao-lint: 内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
