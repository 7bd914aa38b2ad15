#!/usr/bin/env node
/** Entry point of the bundled bin: run, then exit with the code once output has drained. */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`jixiao-lint: 内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
