/**
 * Entry of the bundled app (dist/app.cjs). The bin, dist/jixiao-lint.cjs (scripts/bin-loader.cjs),
 * loads the app with its V8 code cache and calls run(); the exit code is set once output has drained.
 */
import { main } from './main.js';

export async function run(argv: string[]): Promise<number> {
  // output piped into a reader that stops early (| head): the rest is not wanted, so stop quietly,
  // as Unix tools do, instead of an unhandled EPIPE with a stack trace
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  try {
    return await main(argv);
  } catch (e: unknown) {
    process.stderr.write(`jixiao-lint: 内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
