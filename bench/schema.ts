/**
 * Schema load benchmark: reads a CSDL file (default: ../shared/schemas/graph-v1.0.csdl), builds
 * the Schema index, and prints the time and the heap growth. Not a test: numbers vary by machine.
 *   node --import @swc-node/register bench/schema.ts   or   tsc && node dist/bench/schema.js [file]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsdl } from '../generator/schema/csdl.js';
import { Schema } from '../generator/schema/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../..') : path.resolve(here, '..');
const file = process.argv[2] ?? path.resolve(repo, '..', 'shared', 'schemas', 'graph-v1.0.csdl');

const runs = Number(process.env.RUNS ?? 5);
const text = readFileSync(file, 'utf8');
const times: number[] = [];
let heap = 0;
let schema: Schema | null = null;
for (let i = 0; i < runs; i++) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  schema = new Schema(readCsdl(text, path.basename(file)));
  times.push(performance.now() - start);
  heap = process.memoryUsage().heapUsed - before;
}
const model = schema!.model;
const sorted = [...times].sort((a, b) => a - b);
console.log(`schema: ${path.basename(file)} (${(text.length / 1048576).toFixed(1)} MiB)`);
console.log(`  types ${Object.keys(model.types).length}, operations ${model.operations.length}, container elements ${model.container.elements.length}`);
console.log(`  load (parse + model + index): first ${times[0]!.toFixed(0)} ms, median ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms over ${runs} runs`);
console.log(`  heap growth of the last load: ${(heap / 1048576).toFixed(1)} MiB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for a cleaner figure)'}`);
