/**
 * `npm run bench`: speed and memory figures, printed as tables. Each section reads the shared
 * corpus in place (`../shared/`); a section whose data is missing says so and is skipped.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPages } from '../generator/pages.js';
import { processPageText } from '../generator/pipeline.js';
import { table } from '../generator/summary.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus', 'graph-docs-2020');

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0) + ' MB';
}

async function benchExtraction(): Promise<string[][]> {
  const { pages } = await findPages([CORPUS]);
  const texts = await Promise.all(pages.map(async (p) => [p, await readFile(p, 'utf8')] as const));
  // one warm-up pass (JIT), then the measured passes
  for (const [p, t] of texts.slice(0, 200)) processPageText(p, t);
  const runs = 3;
  const times: number[] = [];
  let requests = 0;
  for (let i = 0; i < runs; i++) {
    requests = 0;
    const start = process.hrtime.bigint();
    for (const [p, t] of texts) requests += processPageText(p, t).requests.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const best = Math.min(...times);
  return [
    ['extract + ir, whole corpus', `${pages.length} pages`, `${requests} requests`, `${(best / 1000).toFixed(2)} s`, `${Math.round(pages.length / (best / 1000))} pages/s`, `${Math.round(requests / (best / 1000))} requests/s`],
  ];
}

async function main(): Promise<void> {
  console.log(`snipgen bench — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}\n`);
  if (!existsSync(CORPUS)) {
    console.log(`!!! ${CORPUS} is missing: corpus benchmarks skipped !!!`);
  } else {
    const rows = await benchExtraction();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(table([['stage', 'input', 'output', 'best of 3', 'rate', 'rate'], ...rows]));
  }
  clearInterval(sampler);
  console.log(`\npeak RSS: ${mb(peakRss)}`);
}

await main();
