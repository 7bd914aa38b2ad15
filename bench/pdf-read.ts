/**
 * Reading one PDF in one process (bench/run.mjs): the first read, which loads pdf.js, and the
 * median of warm reads after it. Prints JSON. Usage: node pdf-read.mjs FILE.pdf [reps]
 */
import { readInput } from '../src/lib/node.js';

const file = process.argv[2]!;
const reps = Number(process.argv[3] ?? 20);
const t0 = performance.now();
const first = await readInput(file);
const firstMs = performance.now() - t0;
const ms: number[] = [];
for (let i = 0; i < reps; i++) {
  const t = performance.now();
  await readInput(file);
  ms.push(performance.now() - t);
}
ms.sort((a, b) => a - b);
const blocks = first.kind === 'doc' ? first.doc.blocks.length : 0;
process.stdout.write(JSON.stringify({ file, firstMs, warmMedianMs: ms[ms.length >> 1], warmMinMs: ms[0], reps, blocks }) + '\n');
