/**
 * The incremental cache of `snipgen generate`: a page's outcome (parallel/outcome.ts) stored under
 * a key that hashes everything the outcome depends on — the page's path and text, the schema
 * (its source and a hash of its content), the languages, snipgen's version and a fingerprint of
 * its code and templates. A page whose key has an entry is not processed again; its outcome is
 * replayed. Entries live outside the repository, under the cache root of the embedded schemas
 * (`<root>/generate/<2 hex>/<key>.json`). An entry that is unreadable, not JSON, of another
 * format or key, or not shaped like an outcome of that page is ignored (and overwritten), never
 * trusted.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtomicWriter } from '../fs/atomic.js';
import type { LanguageId } from '../languages/index.js';
import { templatesRoot } from '../render/handlebars.js';
import { defaultCacheDir } from '../schema/embedded/index.js';
import { isPageOutcome, type PageOutcome } from '../parallel/outcome.js';

const FORMAT = 'snipgen-generate-cache/1';

export function defaultGenerateCacheDir(): string {
  return path.join(defaultCacheDir(), 'generate');
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

function hashTree(root: string, keep: (name: string) => boolean, into: ReturnType<typeof createHash>): void {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (keep(entry.name)) into.update(path.relative(root, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(root);
}

let fingerprint: string | null = null;

/** snipgen's version and a hash of its code (the generator folder this module runs from) and templates. */
export function codeFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const generatorDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  let version = 'unknown';
  for (const candidate of [path.resolve(generatorDir, '..', 'package.json'), path.resolve(generatorDir, '..', '..', 'package.json')]) {
    try {
      version = String((JSON.parse(readFileSync(candidate, 'utf8')) as { version?: unknown }).version);
      break;
    } catch {
      continue;
    }
  }
  hash.update(version).update('\0');
  hashTree(generatorDir, (name) => (name.endsWith('.js') || name.endsWith('.ts') || name.endsWith('.txt') || name.endsWith('.json')) && !name.endsWith('.d.ts'), hash);
  hashTree(templatesRoot(), () => true, hash);
  fingerprint = `${version}+${hash.digest('hex').slice(0, 16)}`;
  return fingerprint;
}

/** What identifies the schemas of a run: their sources, and the `--schema` file's content hash. */
export function schemaKey(sources: readonly string[], schemaPath?: string): string {
  if (schemaPath === undefined) return sources.join('+');
  let content = 'unreadable';
  try {
    if (statSync(schemaPath).isFile()) content = sha256(readFileSync(schemaPath));
  } catch {
    content = 'unreadable';
  }
  return `${sources.join('+')}#sha256:${content}`;
}

export class OutcomeCache {
  hits = 0;
  misses = 0;
  /** Entries found but not trusted (corrupt, foreign or of another shape). */
  ignored = 0;

  constructor(
    readonly dir: string,
    private readonly schema: string,
    private readonly languages: readonly LanguageId[],
  ) {}

  key(pagePath: string, text: string): string {
    return sha256(JSON.stringify([FORMAT, codeFingerprint(), this.schema, this.languages, pagePath, text]));
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  // Reads and writes are synchronous: an entry is one small file, read once per page; the
  // promise-based calls cost several times the CPU in thread-pool round trips.
  private readonly writer = new AtomicWriter();

  get(key: string, pagePath: string): PageOutcome | null {
    let text: string;
    try {
      text = readFileSync(this.file(key), 'utf8');
    } catch {
      this.misses += 1;
      return null;
    }
    try {
      const entry = JSON.parse(text) as { format?: unknown; key?: unknown; outcome?: unknown };
      if (entry.format === FORMAT && entry.key === key && isPageOutcome(entry.outcome, pagePath, this.languages)) {
        this.hits += 1;
        return entry.outcome;
      }
    } catch {
      // not JSON: ignored below
    }
    this.ignored += 1;
    this.misses += 1;
    return null;
  }

  /** Stores an outcome; a cache that cannot be written only costs speed, so failures are ignored. */
  put(key: string, outcome: PageOutcome): void {
    try {
      this.writer.write(this.file(key), JSON.stringify({ format: FORMAT, key, outcome }));
    } catch {
      // read-only or full disk: the run goes on uncached
    }
  }
}
