/**
 * Speed and scale of `snipgen generate` as users run it: the CLI in a child process (start-up
 * and schema load counted), two worker threads, measured in one run on this machine.
 *  1. the whole shared corpus: generate cold (empty generate cache), generate warm (nothing
 *     changed), then `snipgen check` of everything written;
 *  2. synthetic corpora of 2,000 and 20,000 requests built from the corpus requests (ids,
 *     names and values varied), written to a temp folder: generate cold and warm;
 *  3. the 20,000 requests through httpsnippet (pinned; the default client of each comparable
 *     language), as snippets per second next to snipgen's.
 * Peak RSS is the child's (all its threads). The embedded schemas are warm (copied into the
 * temp cache root); the generate cache starts empty.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPages } from '../generator/pages.js';
import { processPageText } from '../generator/pipeline.js';
import type { RequestIR } from '../generator/ir/types.js';
import { defaultCacheDir, loadEmbeddedSchema } from '../generator/schema/embedded/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist', 'generator', 'cli.js');
const JOBS = 2;

export interface RunFigures {
  readonly seconds: number;
  /** CPU time of the child, every thread: user + system (the machine is shared: wall time swings, this less). */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly exitCode: number;
  readonly stderr: string;
}

/** Runs the CLI in a child process; its peak RSS and CPU time come from an exit hook (`--import`). */
async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, hook: string): Promise<RunFigures> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', hook, CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const match = /__snipgen_bench_maxrss=(\d+) cpu=(\d+)/.exec(stderr);
      resolve({ seconds, cpuSeconds: match ? Number(match[2]) / 1e6 : NaN, peakRssMb: match ? Number(match[1]) / 1024 : NaN, exitCode: code ?? -1, stderr });
    });
  });
}

/** Requests of the corpus, as the request text of an annotated block. */
export async function corpusRequests(corpus: string): Promise<RequestIR[]> {
  const { pages } = await findPages([corpus]);
  const out: RequestIR[] = [];
  for (const p of pages) out.push(...processPageText(p, await readFile(p, 'utf8')).requests);
  return out;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function guidOf(n: number): string {
  const hex = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(5, 8)}-${hex}${hex.slice(0, 4)}`;
}

/** A value tree with people-facing strings varied (`Alex` → `Alex 17`, `a@b` → `a17@b`), ids re-drawn. */
function vary(value: unknown, n: number): unknown {
  if (typeof value === 'string') {
    if (GUID.test(value)) return value.replace(GUID, () => guidOf(n));
    if (/^[^@\s]+@[^@\s]+$/.test(value)) return value.replace('@', `${n}@`);
    if (/\s/.test(value) && !/^\d{4}-\d\d-\d\d/.test(value)) return `${value} ${n}`;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => vary(v, n));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k.includes('@odata') ? v : vary(v, n)]));
  return value;
}

export interface SyntheticRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly body: string | null;
}

export function synthetic(base: readonly RequestIR[], count: number): SyntheticRequest[] {
  const out: SyntheticRequest[] = [];
  for (let n = 0; n < count; n++) {
    const r = base[n % base.length]!;
    let body: string | null = r.body?.text ?? null;
    if (body !== null && r.body?.kind === 'json' && r.body.strict) {
      try {
        body = JSON.stringify(vary(JSON.parse(body), n), null, 2);
      } catch {
        // kept as written
      }
    }
    out.push({ method: r.method, url: r.url.raw.replace(GUID, () => guidOf(n)), headers: r.headers.map((h) => ({ name: h.name, value: h.value })), body });
  }
  return out;
}

/** Writes the requests as pages of 10 annotated blocks each; returns the folder. */
export function writePages(requests: readonly SyntheticRequest[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (let page = 0; page * 10 < requests.length; page++) {
    const blocks = requests.slice(page * 10, page * 10 + 10).map((r, i) => {
      const head = [`${r.method} ${r.url}`, ...r.headers.map((h) => `${h.name}: ${h.value}`)].join('\n');
      return `<!-- { "blockType": "request", "name": "synthetic_${page * 10 + i}" } -->\n\`\`\`http\n${head}\n${r.body !== null ? `\n${r.body}\n` : ''}\`\`\`\n`;
    });
    writeFileSync(path.join(dir, `page-${String(page).padStart(5, '0')}.md`), `# Synthetic page ${page}\n\n${blocks.join('\n')}`);
  }
  return dir;
}

const HTTPSNIPPET_CLIENTS = [
  ['shell', 'curl'],
  ['javascript', 'fetch'],
  ['python', 'requests'],
  ['go', 'native'],
  ['java', 'okhttp'],
  ['csharp', 'httpclient'],
  ['php', 'curl'],
  ['powershell', 'webrequest'],
] as const;

/** httpsnippet over the requests, every client: snippets per second (in-process, its load included). */
function httpsnippetRate(requests: readonly SyntheticRequest[]): { snippets: number; seconds: number; failed: number } {
  const start = performance.now();
  const require = createRequire(import.meta.url);
  const { HTTPSnippet } = require('httpsnippet') as { HTTPSnippet: new (har: object) => { convert(target: string, client: string): string | string[] | false } };
  let snippets = 0;
  let failed = 0;
  for (const r of requests) {
    const written = /^https?:/.test(r.url) ? r.url : `https://graph.microsoft.com${r.url.startsWith('/') ? '' : '/'}${r.url}`;
    let url: string;
    try {
      url = new URL(written).href; // HAR wants a URI: spaces, braces and the like percent-encoded
    } catch {
      url = encodeURI(written);
    }
    const contentType = r.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? 'application/json';
    const har = {
      method: r.method,
      url,
      httpVersion: 'HTTP/1.1',
      headers: r.headers,
      cookies: [],
      queryString: [],
      headersSize: -1,
      bodySize: -1,
      ...(r.body !== null ? { postData: { mimeType: contentType, text: r.body } } : {}),
    };
    let snippet;
    try {
      snippet = new HTTPSnippet(har);
    } catch {
      failed += HTTPSNIPPET_CLIENTS.length;
      continue;
    }
    for (const [target, client] of HTTPSNIPPET_CLIENTS) {
      try {
        if (snippet.convert(target, client) !== false) snippets += 1;
        else failed += 1;
      } catch {
        failed += 1;
      }
    }
  }
  return { snippets, seconds: (performance.now() - start) / 1000, failed };
}

const snippetsOf = (stderr: string): number => {
  const line = /files: (\d+) created, (\d+) updated, (\d+) unchanged/.exec(stderr);
  return line ? Number(line[1]) + Number(line[2]) + Number(line[3]) : NaN;
};

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** The scale section of `npm run bench`: rows of one table, and notes. */
export async function benchScale(corpus: string): Promise<{ rows: string[][]; notes: string[] }> {
  // on tmpfs where there is one: this VM's disk takes ~1 ms per file rename, which would measure the disk, not snipgen
  const root = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'snipgen-bench-scale-'));
  const notes: string[] = [];
  try {
    // a cache root of its own: the embedded schemas copied in warm, the generate cache empty
    await loadEmbeddedSchema('v1.0');
    await loadEmbeddedSchema('beta');
    const cacheRoot = path.join(root, 'cache');
    mkdirSync(cacheRoot);
    for (const f of readdirSync(defaultCacheDir())) if (f.startsWith('embedded-') && f.endsWith('.json')) copyFileSync(path.join(defaultCacheDir(), f), path.join(cacheRoot, f));
    const hook = path.join(root, 'maxrss.mjs');
    writeFileSync(hook, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\n__snipgen_bench_maxrss=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
    const env = { ...process.env, SNIPGEN_CACHE_DIR: cacheRoot };
    const rows: string[][] = [['input', 'requests', 'snippets', 'cold s (CPU s)', 'warm s (CPU s)', 'snippets/s (cold)', 'check s (CPU s)', 'peak RSS MB']];
    const both = (f: RunFigures): string => `${fmt(f.seconds)} (${fmt(f.cpuSeconds)})`;

    const measure = async (label: string, input: string, requests: number, check: boolean): Promise<{ cold: RunFigures; snippets: number }> => {
      const out = path.join(root, `out-${label.replace(/\W+/g, '-')}`);
      const args = ['generate', input, '--out', out, '--jobs', String(JOBS), '--quiet', '--no-progress'];
      const cold = await runCli(args, env, hook);
      const warm = await runCli(args, env, hook);
      const snippets = snippetsOf(cold.stderr);
      const checked = check ? await runCli(['check', out], env, hook) : null;
      const rss = Math.max(cold.peakRssMb, warm.peakRssMb, checked?.peakRssMb ?? 0);
      rows.push([label, String(requests), String(snippets), both(cold), both(warm), fmt(snippets / cold.seconds, 0), checked ? both(checked) : '-', fmt(rss, 0)]);
      if (cold.exitCode !== 0 || warm.exitCode !== 0) notes.push(`${label}: generate exited ${cold.exitCode}/${warm.exitCode}`);
      if (checked) notes.push(`${label}: generate + check cold ${fmt(cold.seconds + checked.seconds)} s, CPU ${fmt(cold.cpuSeconds + checked.cpuSeconds)} s (target < 20 s), no-change ${fmt(warm.seconds)} s, CPU ${fmt(warm.cpuSeconds)} s (target < 2 s); check exit ${checked.exitCode}`);
      rmSync(out, { recursive: true, force: true });
      return { cold, snippets };
    };

    const base = await corpusRequests(corpus);
    await measure('shared corpus', corpus, base.length, true);
    const small = synthetic(base, 2000);
    const large = synthetic(base, 20000);
    const s2 = await measure('synthetic 2,000', writePages(small, path.join(root, 'pages-2000')), small.length, false);
    const s20 = await measure('synthetic 20,000', writePages(large, path.join(root, 'pages-20000')), large.length, false);
    const ratio = s20.cold.seconds / (10 * s2.cold.seconds);
    notes.push(`20,000 cold time / (10 × 2,000 cold time) = ${fmt(ratio, 2)} (target ≤ 1.10)`);
    const hs = httpsnippetRate(large);
    const snipgenRate = s20.snippets / s20.cold.seconds;
    const hsRate = hs.snippets / hs.seconds;
    rows.push(['httpsnippet 3.0.10, 20,000', String(large.length), String(hs.snippets), fmt(hs.seconds), '-', fmt(hsRate, 0), '-', '-']);
    notes.push(`snipgen / httpsnippet snippets per second: ${fmt(snipgenRate / hsRate, 2)} (target ≥ 1.0; snipgen's whole process with ${JOBS} workers, typed SDK snippets; httpsnippet in-process, raw HTTP clients; ${hs.failed} httpsnippet conversions failed)`);
    return { rows, notes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
