/**
 * The whole-process `snipgen batch` rate: every request of the shared corpus as one JSON line on
 * stdin, all eight targets, one child process (start-up, schema loading, typing, the SDK call plan,
 * rendering and the JSON Lines out). With `SNIPGEN_BENCH_BASELINE=<checkout>` (another built
 * checkout of snipgen, e.g. a git worktree of an earlier commit after `npm run build`), the same
 * input also goes through that checkout's `batch`, and the ratio is printed: the before/after
 * figure of a change (issue #14: the plan is made once per request for the five kiota targets).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRequests } from '../generator/extract/index.js';
import { findPages } from '../generator/pages.js';
import { VFile } from 'vfile';

/** The corpus requests as `batch` input lines (the request block's text and the page's API version). */
export async function batchInput(corpus: string): Promise<{ lines: string; count: number }> {
  const { pages } = await findPages([corpus]);
  const out: string[] = [];
  for (const page of pages) {
    const file = new VFile({ path: page, value: readFileSync(page, 'utf8') });
    for (const raw of extractRequests(file)) {
      const apiVersion = page.includes(`${path.sep}beta${path.sep}`) ? 'beta' : 'v1.0';
      out.push(JSON.stringify({ id: `${path.basename(page)}#${out.length}`, http: raw.lines.map((l) => l.text).join("\n"), apiVersion }));
    }
  }
  return { lines: out.join('\n') + '\n', count: out.length };
}

function runBatch(cli: string, input: string, runs: number): { seconds: number; lines: number } {
  let best = Infinity;
  let lines = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, 'batch'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`${cli} batch exited ${run.status}: ${run.stderr.slice(0, 500)}`);
    lines = run.stdout.split('\n').filter((l) => l !== '').length;
    best = Math.min(best, seconds);
  }
  return { seconds: best, lines };
}

export async function benchBatch(repo: string, corpus: string): Promise<{ rows: string[][]; notes: string[] }> {
  const { lines, count } = await batchInput(corpus);
  const rows: string[][] = [['checkout', 'requests', 'snippet lines', 'best of 3', 'requests/s']];
  const now = runBatch(path.join(repo, 'dist', 'generator', 'cli.js'), lines, 3);
  rows.push(['this one', String(count), String(now.lines), `${now.seconds.toFixed(2)} s`, (count / now.seconds).toFixed(0)]);
  const notes: string[] = [];
  const baseline = process.env.SNIPGEN_BENCH_BASELINE;
  if (baseline !== undefined && baseline !== '') {
    const cli = path.join(path.resolve(baseline), 'dist', 'generator', 'cli.js');
    if (!existsSync(cli)) notes.push(`SNIPGEN_BENCH_BASELINE: ${cli} is missing (build that checkout first)`);
    else {
      const before = runBatch(cli, lines, 3);
      rows.push([`baseline ${path.basename(path.resolve(baseline))}`, String(count), String(before.lines), `${before.seconds.toFixed(2)} s`, (count / before.seconds).toFixed(0)]);
      notes.push(`rate ratio, this one / baseline: ${(before.seconds / now.seconds).toFixed(2)}`);
    }
  } else notes.push('(set SNIPGEN_BENCH_BASELINE=<a built checkout> to print the same run of an earlier commit beside it)');
  return { rows, notes };
}
