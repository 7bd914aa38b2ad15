/**
 * The floor of a batch run: one process that lists the folder, reads every .docx and turns it
 * into a SourceDoc with the project's own reader (unzip + XML parse + blocks), and nothing else.
 * Bundled by bench/run.mjs with esbuild; usage: node floor.mjs <folder>. Prints the count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../src/lib/node.js';

const dir = process.argv[2]!;
let blocks = 0;
const names = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
for (const name of names) {
  const file = join(dir, name);
  blocks += readDocx(readFileSync(file), file).blocks.length;
}
process.stdout.write(`${names.length} ${blocks}\n`);
