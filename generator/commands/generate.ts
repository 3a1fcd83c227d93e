/**
 * `snipgen generate`: every request of the pages → one include file per language
 * (`<out>/<lang>/<name>-<lang>-snippets.md`), written atomically and only when changed; with
 * `prune`, include files in `<out>` that the run did not produce are removed (stale outputs of
 * renamed requests). Returns data; the CLI prints.
 *
 * Speed and scale: pages stream through in sorted order, a bounded window of them in flight.
 * Each page becomes a `PageOutcome` (parallel/outcome.ts) — in this thread, in a worker thread
 * (`jobs` > 1), or from the incremental cache — and the outcomes are applied strictly in page
 * order (duplicate names, render diagnostics, writes), so the output is the same in every mode.
 * `shard` keeps the pages whose sorted index is `index - 1` modulo `count`.
 */
import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { OutcomeCache } from '../cache/cache.js';
import { report } from '../diagnostics/report.js';
import { AtomicWriter, type WriteOutcome } from '../fs/atomic.js';
import type { RequestIR } from '../ir/types.js';
import { languageById, type LanguageId } from '../languages/index.js';
import { findPages } from '../pages.js';
import { pageOutcome, restoreMessages, type PageOutcome } from '../parallel/outcome.js';
import { PagePool } from '../parallel/pool.js';
import type { SchemaFor } from '../pipeline.js';
import { includeBaseName, includeFileName, includeFileText } from '../render/include.js';
import { reportRenderIssues } from '../render/render.js';
import { defaultModelKind, requestedModel } from '../schema/default.js';
import { prepareEmbeddedCache } from '../schema/embedded/index.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export interface GenerateOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly languages: readonly LanguageId[];
  readonly schemaFor: SchemaFor;
  readonly prune: boolean;
  /** Worker threads (default 1: everything in this thread). Workers load `schemaPath` themselves. */
  readonly jobs?: number;
  /** The `--schema` file behind `schemaFor` (undefined: the embedded default); what workers load. */
  readonly schemaPath?: string;
  /** The incremental cache (default: none). */
  readonly cache?: { readonly dir: string; readonly schemaKey: string } | null;
  readonly shard?: Shard;
  /** Called after each page is applied: pages done, pages of the run (after sharding). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LanguageCounts {
  rendered: number;
  notRendered: number;
}

export interface GenerateReport {
  readonly missing: readonly string[];
  readonly perLanguage: ReadonlyMap<LanguageId, LanguageCounts>;
  readonly writes: Readonly<Record<WriteOutcome, number>>;
  readonly removed: readonly string[];
  /** Pages this run processed (after sharding). */
  readonly pages: number;
  /** Include files the run produced (written or unchanged), in the order written. */
  readonly files: readonly string[];
  readonly cache: { readonly hits: number; readonly misses: number; readonly ignored: number } | null;
}

/** A page as the run saw it: its file (with every message) and its request IR. */
export interface GeneratedPage {
  readonly file: VFile;
  readonly requests: readonly RequestIR[];
}

/** The pages of shard `index` of `count`: the sorted pages whose index is `index - 1` modulo `count`. */
export function shardPages<T>(pages: readonly T[], shard?: Shard): T[] {
  if (shard === undefined) return [...pages];
  return pages.filter((_, i) => i % shard.count === shard.index - 1);
}

interface Prepared {
  readonly path: string;
  readonly text: string;
  readonly key: string | null;
  readonly cached: boolean;
  /** The outcome being made by a worker; null: to be made in this thread when applied. */
  readonly outcome: Promise<PageOutcome> | null;
}

export async function generate(options: GenerateOptions, onPage: (page: GeneratedPage) => void): Promise<GenerateReport> {
  const found = await findPages(options.inputs);
  const pages = shardPages(found.pages, options.shard);
  const perLanguage = new Map<LanguageId, LanguageCounts>(options.languages.map((l) => [l, { rendered: 0, notRendered: 0 }]));
  const writes: Record<WriteOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  /** The absolute paths of the include files produced, for `prune` (not kept without it: 150,000 paths for 20,000 requests). */
  const produced = new Set<string>();
  const files: string[] = [];
  const owners = new Map<string, string>();
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const pool = jobs > 1 ? new PagePool(jobs, { languages: options.languages, schemaPath: options.schemaPath, model: options.schemaPath === undefined ? defaultModelKind() : requestedModel() }) : null;
  // workers load the embedded models from the cache: a missing entry is built here, once
  if (pool && options.schemaPath === undefined && defaultModelKind() === 'npm') prepareEmbeddedCache();
  const cache = options.cache ? new OutcomeCache(options.cache.dir, options.cache.schemaKey, options.languages) : null;

  // Reads and writes are synchronous: thousands of small files, each a few microseconds this
  // way, where the promise-based calls cost several times the CPU in thread-pool round trips.
  // Workers go on rendering while this thread writes (their answers wait in its queue).
  const writer = new AtomicWriter();

  const prepare = (pagePath: string): Prepared => {
    const text = readFileSync(pagePath, 'utf8');
    const key = cache ? cache.key(pagePath, text) : null;
    const hit = cache && key ? cache.get(key, pagePath) : null;
    if (hit) return { path: pagePath, text, key, cached: true, outcome: Promise.resolve(hit) };
    const outcome = pool ? pool.run(pagePath, text) : null;
    outcome?.catch(() => undefined); // awaited in order below; this only keeps an early failure from being unhandled
    return { path: pagePath, text, key, cached: false, outcome };
  };

  const apply = async (prepared: Prepared): Promise<void> => {
    const outcome = prepared.outcome ? await prepared.outcome : pageOutcome(prepared.path, prepared.text, options.languages, options.schemaFor);
    if (cache && prepared.key && !prepared.cached) cache.put(prepared.key, outcome);
    const file = new VFile({ path: prepared.path, value: prepared.text });
    restoreMessages(file, outcome.messages);
    for (const request of outcome.typed) {
      const base = includeBaseName(request.name);
      const owner = owners.get(base);
      const here = `${request.file}:${request.place.line}:${request.place.column}`;
      if (owner !== undefined) {
        report(file, 'render:duplicate-name', `request '${request.name}' has the include-file name '${base}' of the request at ${owner}; it is not written`, request.place);
        continue;
      }
      owners.set(base, here);
      for (const snippet of request.snippets) {
        const language = snippet.language;
        reportRenderIssues(file, snippet);
        const counts = perLanguage.get(language)!;
        if (snippet.code === null) {
          counts.notRendered += 1;
          continue;
        }
        counts.rendered += 1;
        const target = path.join(options.out, language, includeFileName(request.name, language));
        if (options.prune) produced.add(path.resolve(target));
        files.push(target);
        writes[writer.write(target, includeFileText(languageById(language).fenceTag, snippet.code))] += 1;
      }
    }
    onPage({ file, requests: outcome.requests });
  };

  // A bounded window of pages in flight: enough to keep every worker busy, never the whole run.
  const window = pool ? jobs * 8 : 8;
  const inFlight: Prepared[] = [];
  let done = 0;
  try {
    for (const pagePath of pages) {
      inFlight.push(prepare(pagePath));
      if (inFlight.length >= window) {
        await apply(inFlight.shift()!);
        options.onProgress?.(++done, pages.length);
      }
    }
    while (inFlight.length > 0) {
      await apply(inFlight.shift()!);
      options.onProgress?.(++done, pages.length);
    }
  } finally {
    await pool?.close();
  }
  const removed = options.prune ? await prune(options.out, options.languages, produced) : [];
  return {
    missing: found.missing,
    perLanguage,
    writes,
    removed,
    pages: pages.length,
    files,
    cache: cache ? { hits: cache.hits, misses: cache.misses, ignored: cache.ignored } : null,
  };
}

async function prune(out: string, languages: readonly LanguageId[], produced: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const language of languages) {
    const dir = path.join(out, language);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const full = path.resolve(dir, name);
      if (name.endsWith(`-${language}-snippets.md`) && !produced.has(full)) {
        await rm(full);
        removed.push(path.join(dir, name));
      }
    }
  }
  return removed;
}
