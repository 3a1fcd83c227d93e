/**
 * `npm run bench`: speed and memory figures, printed as tables. Each section reads the shared
 * corpus in place (`../shared/`); a section whose data is missing says so and is skipped.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { findPages } from '../generator/pages.js';
import { processPageText, type ApiVersion } from '../generator/pipeline.js';
import { readCsdl } from '../generator/schema/csdl.js';
import { loadEmbeddedSchema } from '../generator/schema/embedded/index.js';
import { Schema } from '../generator/schema/schema.js';
import { table } from '../generator/summary.js';
import { benchCheck, CHECK_SNIPPETS } from './check.js';
import { benchBatch } from './batch.js';
import { benchRender } from './render.js';
import { benchScale } from './scale.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus', 'graph-docs-2020');
const CSDL = path.resolve(REPO, '..', 'shared', 'schemas', 'graph-v1.0.csdl');

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

const ms = (t: number): string => `${t.toFixed(0)} ms`;

/** Heap growth of building `make()`'s result (after a GC when node runs with --expose-gc), and its time. */
function measure<T>(make: () => T): { value: T; milliseconds: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = make();
  const milliseconds = performance.now() - start;
  gc?.();
  return { value, milliseconds, heap: process.memoryUsage().heapUsed - before };
}

/** Schema loading (CSDL; embedded default cold and warm) and resolving speed, as table rows. */
async function benchSchema(texts: readonly (readonly [string, string])[]): Promise<string[][]> {
  const rows: string[][] = [];
  let csdlSchema: Schema | null = null;
  if (existsSync(CSDL)) {
    const text = readFileSync(CSDL, 'utf8');
    const first = measure(() => new Schema(readCsdl(text, path.basename(CSDL))));
    const times = [first.milliseconds];
    for (let i = 0; i < 2; i++) times.push(measure(() => new Schema(readCsdl(text, path.basename(CSDL)))).milliseconds);
    csdlSchema = first.value;
    rows.push(['CSDL load (parse + model + index)', `${(text.length / 1048576).toFixed(1)} MiB`, `${Object.keys(csdlSchema.model.types).length} types`, ms(Math.min(...times)), `heap +${mb(first.heap)}`, '']);
  } else {
    rows.push(['CSDL load', `${CSDL} missing`, '', '', '', '']);
  }
  // Cold: a fresh cache directory, so the model is built from the SDK packages; warm: read from it.
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-bench-cache-'));
  const embedded: Partial<Record<ApiVersion, Schema>> = {};
  try {
    for (const version of ['v1.0', 'beta'] as const) {
      let start = performance.now();
      await loadEmbeddedSchema(version, { cacheDir });
      const cold = performance.now() - start;
      const warmTimes: number[] = [];
      let heap = 0;
      for (let i = 0; i < 3; i++) {
        (globalThis as { gc?: () => void }).gc?.();
        const before = process.memoryUsage().heapUsed;
        start = performance.now();
        embedded[version] = new Schema(await loadEmbeddedSchema(version, { cacheDir }));
        warmTimes.push(performance.now() - start);
        heap = process.memoryUsage().heapUsed - before;
      }
      rows.push([`embedded ${version} load`, 'SDK packages → cache', `${Object.keys(embedded[version]!.model.types).length} types`, `cold ${ms(cold)}`, `warm ${ms(Math.min(...warmTimes))}`, `heap +${mb(heap)}`]);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  // Resolving: the corpus requests built once, then typed (the schema stage alone).
  const pages = texts.map(([p, t]) => processPageText(p, t));
  const requests = pages.reduce((n, p) => n + p.requests.length, 0);
  const resolveRate = (label: string, schemaFor: (v: ApiVersion) => Schema): void => {
    for (const [p, t] of texts.slice(0, 100)) processPageText(p, t, schemaFor); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      for (const [p, t] of texts) processPageText(p, t, schemaFor);
      times.push(performance.now() - start);
    }
    const all = Math.min(...times);
    const buildOnly: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      for (const [p, t] of texts) processPageText(p, t);
      buildOnly.push(performance.now() - start);
    }
    const resolving = Math.max(1, all - Math.min(...buildOnly));
    rows.push([`resolve, ${label}`, `${requests} requests`, '', `${(all / 1000).toFixed(2)} s with extract + ir`, `${Math.round(requests / (resolving / 1000))} requests/s resolved`, '']);
  };
  if (csdlSchema) {
    const s = csdlSchema;
    resolveRate('CSDL v1.0', () => s);
  }
  resolveRate('embedded default', (v) => embedded[v]!);
  return rows;
}

/** Speed and scale of generate (bench/scale.ts): the CLI in child processes. */
async function scaleSection(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`\n!!! ${CORPUS} is missing: scale benchmark skipped !!!`);
    return;
  }
  console.log('\nscale (snipgen generate in a child process, 2 worker threads, eight targets; httpsnippet in-process)');
  const { rows, notes } = await benchScale(CORPUS);
  console.log(table(rows));
  for (const note of notes) console.log(note);
}

async function main(): Promise<void> {
  console.log(`snipgen bench — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  if (process.argv[2] === 'scale') {
    await scaleSection();
    clearInterval(sampler);
    return;
  }
  if (!existsSync(CORPUS)) {
    console.log(`!!! ${CORPUS} is missing: corpus benchmarks skipped !!!`);
  } else {
    const rows = await benchExtraction();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(table([['stage', 'input', 'output', 'best of 3', 'rate', 'rate'], ...rows]));
    const { pages } = await findPages([CORPUS]);
    const texts = await Promise.all(pages.map(async (p) => [p, await readFile(p, 'utf8')] as const));
    const schemaRows = await benchSchema(texts);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log('\n' + table([['schema', 'input', 'size', 'time', 'time / rate', 'memory'], ...schemaRows]));
  }
  if (existsSync(CORPUS)) {
    console.log('\nbatch (whole process: every corpus request on stdin, eight targets, JSON Lines out)');
    const { rows, notes } = await benchBatch(REPO, CORPUS);
    console.log(table(rows));
    for (const note of notes) console.log(note);
  }
  console.log('\nrender (v1.0 corpus typed with the shared CSDL; view + template + layout)');
  console.log(table([['language', 'requests', 'snippets', 'requests/s'], ...(await benchRender(path.resolve(REPO, '..', 'shared')))]));
  if (!existsSync(CHECK_SNIPPETS)) {
    console.log(`\n!!! ${CHECK_SNIPPETS} is missing: check benchmark skipped !!!`);
  } else {
    console.log('\ncheck (reference include files; rate per CPU second)');
    console.log(table(await benchCheck()));
  }
  clearInterval(sampler);
  console.log(`\npeak RSS: ${mb(peakRss)}`);
  await scaleSection();
}

await main();
