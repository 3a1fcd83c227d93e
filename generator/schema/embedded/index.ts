/**
 * The embedded default schema: a SchemaModel for Graph v1.0 and beta built from the Graph SDK npm
 * packages (see README.md), cached as JSON outside the repository and loaded from there.
 *
 *   loadEmbeddedSchema('v1.0')  → the cached model, built first when the cache is missing or corrupt
 *   buildEmbeddedSchemas()      → builds both versions into the cache (for a prepare step or a CLI)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { canonicalize, stableStringify } from '../canonical.js';
import type { SchemaModel } from '../model.js';
import { assembleSchema, type BuilderModuleInput, type ModelModuleInput } from './assemble.js';
import { readKiotaModule } from './kiota-js.js';
import { SDK_PACKAGES, listIndexModules, locatePackage, type ApiVersion, type LocatedPackage } from './sources.js';

export type { ApiVersion } from './sources.js';

/** Bump whenever the readers, the rules or the output shape change: it is part of the cache key. */
export const BUILDER_VERSION = 7;

export interface EmbeddedOptions {
  /** Cache directory; default `$SNIPGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/snipgen`, else `~/.cache/snipgen`. */
  readonly cacheDir?: string;
  /** Where to resolve the SDK packages from (default: the current directory, then snipgen's own). */
  readonly resolveFrom?: string;
  /** Rebuild even when a valid cache entry exists. */
  readonly rebuild?: boolean;
}

export class EmbeddedSchemaUnavailable extends Error {
  override readonly name = 'EmbeddedSchemaUnavailable';
}

export function defaultCacheDir(): string {
  const env = process.env.SNIPGEN_CACHE_DIR;
  if (env) return env;
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && xdg !== '' ? xdg : path.join(os.homedir(), '.cache'), 'snipgen');
}

interface Located {
  readonly models: LocatedPackage;
  readonly roots: readonly LocatedPackage[];
}

function locate(version: ApiVersion, resolveFrom?: string): Located {
  const set = SDK_PACKAGES[version];
  const models = locatePackage(set.models, resolveFrom);
  if (!models) throw new EmbeddedSchemaUnavailable(`the package ${set.models} is not installed (run npm install)`);
  const roots: LocatedPackage[] = [];
  for (const name of set.roots) {
    const p = locatePackage(name, resolveFrom);
    if (p) roots.push(p);
  }
  return { models, roots };
}

function sourceOf({ models, roots }: Located): string {
  return `embedded:${[models, ...roots].map((p) => `${p.name}@${p.version}`).join('+')}`;
}

/**
 * The `source` of a version's model (`embedded:<package>@<version>+…`), known without loading or
 * building the model: what a run names its schema by (the generate cache's key, the summary).
 */
export function embeddedSource(version: ApiVersion, opts: EmbeddedOptions = {}): string {
  return sourceOf(locate(version, opts.resolveFrom));
}

/** The cache key: builder version plus every SDK package version that feeds the model. */
export function cacheKey(version: ApiVersion, resolveFrom?: string): string {
  const parts = [`b${BUILDER_VERSION}`, version];
  const own = locate(version, resolveFrom);
  const all = [own.models, ...own.roots];
  if (version === 'beta') {
    const v1 = locate('v1.0', resolveFrom);
    all.push(v1.models, ...v1.roots);
  }
  for (const p of all) parts.push(`${p.name.replace('@microsoft/', '')}@${p.version}`);
  return parts.join('_').replace(/[^\w.@-]+/g, '-');
}

/** `<cache dir>/embedded-<version>-<hash of the key>.json`. */
export function cacheFile(version: ApiVersion, opts: EmbeddedOptions = {}): string {
  const hash = createHash('sha256').update(cacheKey(version, opts.resolveFrom)).digest('hex').slice(0, 16);
  return path.join(opts.cacheDir ?? defaultCacheDir(), `embedded-${version}-${hash}.json`);
}

function readModelModules(pkg: LocatedPackage): ModelModuleInput[] {
  const modelsDir = path.join(pkg.dir, 'models');
  return listIndexModules(modelsDir).map((rel) => ({
    dir: rel === 'index.js' ? '' : rel.slice(0, -'/index.js'.length),
    facts: readKiotaModule(readFileSync(path.join(modelsDir, rel), 'utf8'), `/${pkg.name}/models/${rel}`),
  }));
}

function readBuilderModules(pkg: LocatedPackage): BuilderModuleInput[] {
  return listIndexModules(pkg.dir).map((rel) => ({
    file: `${pkg.name}/${rel}`,
    facts: readKiotaModule(readFileSync(path.join(pkg.dir, rel), 'utf8'), `/${pkg.name}/${rel}`),
  }));
}

/** Build one version's model from the installed packages (slow: seconds), in the canonical shape (../canonical.ts). No cache involved. */
export function buildEmbeddedSchema(version: ApiVersion, opts: EmbeddedOptions = {}, carryOver?: SchemaModel): SchemaModel {
  const { models, roots } = locate(version, opts.resolveFrom);
  const source = sourceOf({ models, roots });
  let carried = carryOver;
  if (version === 'beta' && !carried) carried = buildEmbeddedSchema('v1.0', opts);
  return canonicalize(
    assembleSchema({
      apiVersion: version,
      source,
      modelsPackage: models.name,
      models: readModelModules(models),
      builders: roots.flatMap(readBuilderModules),
      ...(carried ? { carryOver: carried } : {}),
    }),
  );
}

function writeCache(file: string, model: SchemaModel): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // the thread too: with the cache missing, the workers of one run each build and write a model
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, stableStringify(model));
  renameSync(tmp, file);
}

function isModel(v: unknown, version: ApiVersion): v is SchemaModel {
  if (!v || typeof v !== 'object') return false;
  const m = v as Partial<SchemaModel>;
  return (
    m.apiVersion === version &&
    typeof m.source === 'string' &&
    !!m.types &&
    typeof m.types === 'object' &&
    Array.isArray(m.operations) &&
    !!m.container &&
    Array.isArray(m.container.elements)
  );
}

export interface BuildReport {
  readonly version: ApiVersion;
  readonly file: string;
  readonly milliseconds: number;
}

/** Build both versions into the cache (v1.0 first: beta carries facts over from it). */
export function buildEmbeddedSchemas(opts: EmbeddedOptions = {}): BuildReport[] {
  const reports: BuildReport[] = [];
  let t0 = performance.now();
  const v1 = buildEmbeddedSchema('v1.0', opts);
  const v1File = cacheFile('v1.0', opts);
  writeCache(v1File, v1);
  reports.push({ version: 'v1.0', file: v1File, milliseconds: performance.now() - t0 });
  t0 = performance.now();
  const beta = buildEmbeddedSchema('beta', opts, v1);
  const betaFile = cacheFile('beta', opts);
  writeCache(betaFile, beta);
  reports.push({ version: 'beta', file: betaFile, milliseconds: performance.now() - t0 });
  return reports;
}

/**
 * Builds into the cache the models whose entry is missing, before worker threads start: each
 * would otherwise build the same model at once (seconds of CPU, and ts-morph's memory, each).
 * An entry that exists but is corrupt is still rebuilt by whoever loads it.
 */
export function prepareEmbeddedCache(opts: EmbeddedOptions = {}): void {
  const missing = (['v1.0', 'beta'] as const).filter((version) => !existsSync(cacheFile(version, opts)));
  if (missing.length === 0) return;
  const v1 = buildEmbeddedSchema('v1.0', opts);
  if (missing.includes('v1.0')) writeCacheQuietly(cacheFile('v1.0', opts), v1);
  if (missing.includes('beta')) writeCacheQuietly(cacheFile('beta', opts), buildEmbeddedSchema('beta', opts, v1));
}

function writeCacheQuietly(file: string, model: SchemaModel): void {
  try {
    writeCache(file, model);
  } catch {
    // a read-only cache location only costs the next load a rebuild
  }
}

/**
 * The embedded default model of a version: read from the cache, or built and cached first when the
 * entry is missing, unreadable or not a model (a corrupt cache is ignored and rebuilt).
 */
export async function loadEmbeddedSchema(version: ApiVersion, opts: EmbeddedOptions = {}): Promise<SchemaModel> {
  return loadEmbeddedSchemaSync(version, opts);
}

/**
 * `loadEmbeddedSchema`, synchronously: for a caller that loads a version at its first request
 * (schema/load.ts), so a run whose pages need one version, or none (every page from the
 * generate cache, or the main thread while workers do the work), never reads the other.
 */
export function loadEmbeddedSchemaSync(version: ApiVersion, opts: EmbeddedOptions = {}): SchemaModel {
  const file = cacheFile(version, opts);
  if (!opts.rebuild) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (isModel(parsed, version)) return parsed;
    } catch {
      // missing or corrupt: rebuild below
    }
  }
  const model = buildEmbeddedSchema(version, opts);
  writeCacheQuietly(file, model);
  return model;
}
