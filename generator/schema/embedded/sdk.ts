/**
 * The complete default model: a SchemaModel read from the pinned kiota Go SDK module of each API
 * version (`msgraph-sdk-go` for v1.0, `msgraph-beta-sdk-go` for beta, the pins `snipgen verify`
 * compiles against: ../../verify/pins.ts). The Go SDK is generated from the complete API
 * description: its request builders are every path (roots, navigation, `$ref`, bound actions and
 * functions with their parameter types) and its models state every property with its exact width.
 * See README.md for why Go and what is still inferred.
 *
 * The module is fetched with the Go toolchain (`go mod download`, default configuration) into the
 * module cache of verify's Go workspace under the cache root, so a machine that ran `snipgen verify`
 * has it already. The model is built once (seconds) and cached as JSON beside the npm-only one,
 * keyed by the builder version and the module pin; a later load reads the JSON.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { pinKey, pinsFor } from '../../verify/pins.js';
import { canonicalize, stableStringify } from '../canonical.js';
import type { SchemaModel } from '../model.js';
import { assembleSchema, type BuilderModuleInput, type ModelModuleInput } from './assemble.js';
import { BUILDER_VERSION, defaultCacheDir } from './index.js';
import { readGoPackage, type GoFile } from './kiota-go.js';
import { templateKey } from '../sdk-paths.js';
import type { ApiVersion } from './sources.js';

/** Bump when the Go reader changes (BUILDER_VERSION, the assembler's, is part of the key too). */
export const GO_READER_VERSION = 7;

export interface SdkModelOptions {
  /** Cache root; default `defaultCacheDir()`. */
  readonly cacheDir?: string;
  /** Rebuild even when a valid cache entry exists. */
  readonly rebuild?: boolean;
  /** Time allowed for fetching one module (default 10 minutes). */
  readonly fetchTimeoutMs?: number;
}

/** The pinned Go module could not be had (no toolchain, registry unreachable, timeout): the caller falls back. */
export class SdkModelUnavailable extends Error {
  override readonly name = 'SdkModelUnavailable';
}

/** The pinned Go module of a version: `{ module, version }`. */
export function sdkModule(version: ApiVersion): { readonly module: string; readonly version: string } {
  return pinsFor('go', version).sdk;
}

/** The model's identity: `sdk:<module>@<version>` (its `source`, known without building it). */
export function sdkSource(version: ApiVersion): string {
  const m = sdkModule(version);
  return `sdk:${m.module}@${m.version}`;
}

/** `<cache root>/sdk-<version>-<hash of builder versions + pin>.json`. */
export function sdkCacheFile(version: ApiVersion, opts: SdkModelOptions = {}): string {
  const m = sdkModule(version);
  const key = `b${BUILDER_VERSION}_g${GO_READER_VERSION}_${version}_${m.module}@${m.version}`;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return path.join(opts.cacheDir ?? defaultCacheDir(), `sdk-${version}-${hash}.json`);
}

/** The module cache `snipgen verify` uses for this version's Go workspace (shared, so one download serves both). */
export function goModCache(version: ApiVersion, cacheDir: string): string {
  return path.join(cacheDir, 'verify', `go${version === 'beta' ? '-beta' : ''}-${pinKey('go', version)}`, 'mod');
}

/** Go's module cache path escaping: an upper-case letter becomes `!` + its lower case. */
const escapeModulePath = (p: string): string => p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);

/**
 * The directory of the pinned module's source: already in the module cache, or downloaded into it
 * with `go mod download` (the toolchain's default proxy and checksum configuration).
 */
export function fetchSdkModule(version: ApiVersion, opts: SdkModelOptions = {}): string {
  const { module, version: v } = sdkModule(version);
  const modCache = goModCache(version, opts.cacheDir ?? defaultCacheDir());
  const dir = path.join(modCache, `${escapeModulePath(module)}@${v}`);
  if (existsSync(path.join(dir, 'go.mod'))) return dir;
  mkdirSync(modCache, { recursive: true });
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'snipgen-gomod-'));
  try {
    const r = spawnSync('go', ['mod', 'download', '-json', `${module}@${v}`], {
      cwd,
      encoding: 'utf8',
      timeout: opts.fetchTimeoutMs ?? 600_000,
      maxBuffer: 1 << 24,
      // -modcacherw: a cache root can be removed with rm -rf (Go makes its module cache read-only otherwise)
      env: { ...process.env, GOMODCACHE: modCache, GOFLAGS: '-mod=mod -modcacherw', GOTOOLCHAIN: 'local', GOWORK: 'off' },
    });
    if (r.error) {
      const code = (r.error as NodeJS.ErrnoException).code;
      throw new SdkModelUnavailable(code === 'ENOENT' ? 'the Go toolchain is not installed' : code === 'ETIMEDOUT' ? `'go mod download ${module}@${v}' timed out` : r.error.message);
    }
    let reported: { Dir?: string; Error?: string } = {};
    try {
      reported = JSON.parse(r.stdout) as typeof reported;
    } catch {
      // no JSON: the error is on stderr
    }
    if (r.status !== 0 || !reported.Dir) {
      const why = (reported.Error ?? r.stderr ?? '').trim().split('\n').slice(-3).join(' ');
      throw new SdkModelUnavailable(`'go mod download ${module}@${v}' failed${why ? `: ${why}` : ''}`);
    }
    return reported.Dir;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** Every directory holding `.go` files under `root`, relative with `/` (`''`, `models/security`, `users`), sorted. */
function goPackages(root: string): { rel: string; files: string[] }[] {
  const out: { rel: string; files: string[] }[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(root, rel);
    const files: string[] = [];
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.isDirectory()) walk(rel === '' ? e.name : `${rel}/${e.name}`);
      else if (e.name.endsWith('.go') && !e.name.endsWith('_test.go')) files.push(e.name);
    }
    if (files.length > 0) out.push({ rel, files: files.sort() });
  };
  walk('');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Build a version's model from the module's source in `dir` (seconds), canonical shape. No cache involved. */
export function buildSdkSchema(version: ApiVersion, dir: string): SchemaModel {
  const { module } = sdkModule(version);
  const modelsPrefix = `${module}/models`;
  // a Go import path → the JavaScript-shaped specifier assemble.ts resolves (models packages only)
  const spec = (importPath: string): string | null => {
    if (importPath === modelsPrefix) return `${module}/models/index.js`;
    if (importPath.startsWith(`${modelsPrefix}/`)) return `${importPath}/index.js`;
    return null;
  };
  const models: ModelModuleInput[] = [];
  const builders: BuilderModuleInput[] = [];
  const spellings: Record<string, string> = {};
  const tokenRoots: { name: string; importPath: string; builder: string }[] = [];
  for (const pkg of goPackages(dir)) {
    const files: GoFile[] = pkg.files.map((name) => ({ name, text: readFileSync(path.join(dir, pkg.rel, name), 'utf8') }));
    if (pkg.rel === '') for (const f of files) tokenRoots.push(...readTokenRoots(f.text));
    const facts = readGoPackage(files, spec);
    if (pkg.rel === 'models' || pkg.rel.startsWith('models/')) {
      const modelDir = pkg.rel === 'models' ? '' : pkg.rel.slice('models/'.length);
      models.push({ dir: modelDir, facts });
      for (const d of facts.discriminators) {
        for (const c of d.cases) {
          const ns = c.odataType.replace(/^#/, '').replace(/\.[^.]*$/, '');
          spellings[ns.toLowerCase()] = ns;
        }
      }
    } else {
      builders.push({ file: `${module}/${pkg.rel === '' ? '' : `${pkg.rel}/`}index.js`, facts });
    }
  }
  const model = assembleSchema({ apiVersion: version, source: sdkSource(version), modelsPackage: module, models, builders, complete: true, namespaces: spellings });
  // `/me`: the Go client's hand-written `Me()` hands out the users item builder with its key set to
  // a token the SDK replaces by `me`, so the module has no `/me` paths: the singleton has the type
  // of the set whose item that builder addresses, and everything below it is the item's.
  const elements = [...model.container.elements];
  for (const t of tokenRoots) {
    const rel = t.importPath.startsWith(`${module}/`) ? t.importPath.slice(module.length + 1) : null;
    const facts = builders.find((b) => b.file === `${module}/${rel}/index.js`)?.facts;
    const template = facts?.uriTemplates[`${t.builder}RequestBuilderUriTemplate`];
    const set = template === undefined ? undefined : /^\{\+baseurl\}\/(\w+)\//.exec(template)?.[1];
    const element = model.container.elements.find((e) => e.name === set && e.kind === 'entitySet');
    if (element && !elements.some((e) => e.name === t.name)) elements.push({ kind: 'singleton', name: t.name, type: element.type });
  }
  elements.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const paths: Record<string, string> = {};
  const queries: Record<string, string> = {};
  for (const b of builders) {
    for (const rb of b.facts.requestBuilders) {
      const template = b.facts.uriTemplates[`${rb.name}UriTemplate`];
      if (template === undefined) continue;
      const key = templateKey(template);
      const methods = new Set([...(paths[key] ?? '').split(',').filter((m) => m !== ''), ...rb.requests.map((r) => r.method.toUpperCase())]);
      paths[key] = [...methods].sort().join(',');
      for (const r of rb.requests) if (r.queryParameters && r.queryParameters.length > 0) queries[`${key} ${r.method.toUpperCase()}`] = r.queryParameters.join(',');
    }
  }
  const aliases: Record<string, string> = {};
  for (const t of tokenRoots) {
    const element = elements.find((e) => e.name === t.name);
    const set = element && model.container.elements.find((e) => e.kind === 'entitySet' && e.type === element.type);
    if (set) aliases[t.name.toLowerCase()] = `${set.name.toLowerCase()}/{}`;
  }
  const sdkSurface = { sdk: `${module}@${sdkModule(version).version}`, paths, aliases, queries };
  return canonicalize({ ...model, container: { ...model.container, elements }, sdkSurface });
}

/** `func (m *Client) Me() *alias.UserItemRequestBuilder { … urlTplParams["user%2Did"] = "me-token-to-replace"`: the client's token roots. */
function readTokenRoots(text: string): { name: string; importPath: string; builder: string }[] {
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/^\s*(\w+)\s+"([^"]+)"$/gm)) imports.set(m[1] as string, m[2] as string);
  const out: { name: string; importPath: string; builder: string }[] = [];
  for (const m of text.matchAll(/^func \(m \*\w+\) (\w+)\(\) \*(\w+)\.(\w+)RequestBuilder \{\n([\s\S]*?)^\}/gm)) {
    const token = /urlTplParams\["[^"]+"\] = "(\w+)-token-to-replace"/.exec(m[4] as string);
    const importPath = imports.get(m[2] as string);
    const name = (m[1] as string).charAt(0).toLowerCase() + (m[1] as string).slice(1);
    if (token && importPath && token[1] === name) out.push({ name, importPath, builder: m[3] as string });
  }
  return out;
}

function isModel(v: unknown, version: ApiVersion): v is SchemaModel {
  if (!v || typeof v !== 'object') return false;
  const m = v as Partial<SchemaModel>;
  return m.apiVersion === version && m.source === sdkSource(version) && !!m.types && Array.isArray(m.operations) && !!m.container && Array.isArray(m.container.elements);
}

/** The cached model, or null when the entry is missing or not a model of this version and pin. */
export function readSdkCache(version: ApiVersion, opts: SdkModelOptions = {}): SchemaModel | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(sdkCacheFile(version, opts), 'utf8'));
    return isModel(parsed, version) ? parsed : null;
  } catch {
    return null;
  }
}

/** Whether a valid-looking cache entry exists (no parse). */
export function sdkCacheExists(version: ApiVersion, opts: SdkModelOptions = {}): boolean {
  return existsSync(sdkCacheFile(version, opts));
}

function writeCache(file: string, model: SchemaModel): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, stableStringify(model));
  renameSync(tmp, file);
}

/**
 * The complete model of a version: from the cache, or fetched, built and cached first. Throws
 * SdkModelUnavailable when the module cannot be had.
 */
export function loadSdkSchemaSync(version: ApiVersion, opts: SdkModelOptions = {}): SchemaModel {
  if (!opts.rebuild) {
    const cached = readSdkCache(version, opts);
    if (cached) return cached;
  }
  const model = buildSdkSchema(version, fetchSdkModule(version, opts));
  try {
    writeCache(sdkCacheFile(version, opts), model);
  } catch {
    // a read-only cache location only costs the next load a rebuild
  }
  return model;
}
