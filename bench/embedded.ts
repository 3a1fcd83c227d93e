/**
 * Figures of the embedded default schema: cold build time, warm load time, memory, counts per
 * version, and the agreement of v1.0 with the shared CSDL (read in place from ../shared; skipped
 * with a message when missing). Run: `npx tsc -p . && node dist/bench/embedded.js`.
 * Builds into a fresh temporary cache so that "cold" is cold; the user's cache is not touched.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsdl } from '../generator/schema/csdl.js';
import { compareModels, modelFigures } from '../generator/schema/embedded/agreement.js';
import { buildEmbeddedSchemas, cacheFile, loadEmbeddedSchema } from '../generator/schema/embedded/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSDL = path.resolve(REPO, '..', 'shared', 'schemas', 'graph-v1.0.csdl');

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (s: { found: number; total: number; share: number }): string =>
  `${(s.share * 100).toFixed(1)}% (${s.found}/${s.total})`;

async function main(): Promise<void> {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-embedded-bench-'));
  try {
    const opts = { cacheDir };
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const reports = buildEmbeddedSchemas(opts);
    const cold = performance.now() - t0;
    const rssBuild = process.memoryUsage().rss;
    console.log('cold build (both versions):', `${cold.toFixed(0)} ms`, `rss +${mb(rssBuild - rss0)} (rss ${mb(rssBuild)})`);
    for (const r of reports) {
      console.log(`  ${r.version}: ${r.milliseconds.toFixed(0)} ms → ${path.basename(r.file)} (${mb(statSync(r.file).size)})`);
    }
    for (const version of ['v1.0', 'beta'] as const) {
      await loadEmbeddedSchema(version, opts); // warm-up (JIT, file cache)
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await loadEmbeddedSchema(version, opts);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const heap0 = process.memoryUsage().heapUsed;
      const model = await loadEmbeddedSchema(version, opts);
      const heap = process.memoryUsage().heapUsed - heap0;
      console.log(`warm load ${version}: median ${times[2]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms, heap ≈ +${mb(heap)}, file ${mb(statSync(cacheFile(version, opts)).size)}`);
      console.log(`  ${JSON.stringify(modelFigures(model))}`);
    }
    if (!existsSync(CSDL)) {
      console.log(`agreement: skipped (${CSDL} is missing)`);
      return;
    }
    const reference = readCsdl(readFileSync(CSDL, 'utf8'), 'graph-v1.0.csdl', { apiVersion: 'v1.0' });
    const agreement = compareModels(await loadEmbeddedSchema('v1.0', opts), reference);
    console.log('agreement of embedded v1.0 with the shared CSDL:');
    for (const [k, v] of Object.entries(agreement)) console.log(`  ${k.padEnd(28)} ${pct(v)}`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

await main();
