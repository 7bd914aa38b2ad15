#!/usr/bin/env node
'use strict';
/*
 * The jixiao-lint bin (copied to dist/jixiao-lint.cjs by scripts/build.mjs).
 *
 * It loads the bundled app (dist/app.cjs) through vm.Script with the V8 code cache that the build
 * made (dist/app.cache): V8 then neither parses the 1 MB bundle nor compiles the functions a check
 * uses, which is about a quarter of a one-file run. Node 20 has no code cache for ES modules, hence
 * a CommonJS bundle. A missing or rejected cache (another Node version) only costs that time again.
 * The build makes the bundle pure ASCII, so it is read as latin1: a one-byte string, no UTF-8 decoding.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const appFile = join(__dirname, 'app.cjs');
const cacheFile = join(__dirname, 'app.cache');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// the build writes the app inside its CommonJS wrapper: the file is the script, as it is
const script = new vm.Script(readFileSync(appFile, 'latin1'), { filename: appFile, cachedData });
// Regular expressions compiled straight to machine code: by default V8 first compiles each to bytecode
// and compiles it again to machine code when it runs a second time, and a report runs most of the
// app's few hundred patterns more than once; one compile each is ~10% of a one-file run (measured by
// `npm run bench`'s cold start). Matching is the same either way. Set after the script is loaded (the
// code cache is checked against the flags in force), and not while the cache is made: it would be
// saved under flags a later load does not have, and be rejected.
if (!process.env.JIXIAO_CODE_CACHE_TRAINING) require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const appModule = { exports: {} };
script.runInThisContext()(appModule.exports, require, appModule, appFile, __dirname);
const app = appModule.exports;

if (process.env.JIXIAO_CODE_CACHE_REPORT) {
  process.stderr.write(`code cache: ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
}

const training = process.env.JIXIAO_CODE_CACHE_TRAINING;
if (training) {
  // Build time only (scripts/build.mjs): run typical commands, then save what V8 compiled for them.
  (async () => {
    for (const argv of JSON.parse(training)) await app.run(argv);
    writeFileSync(cacheFile, script.createCachedData());
    process.exitCode = 0;
  })();
} else {
  app.run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
