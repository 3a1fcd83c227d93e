/**
 * `snipgen verify`: compiles and type-checks snippets against the real SDKs (pinned in
 * generator/verify/pins.ts), library-style (returns data; the CLI prints and exits). Inputs are
 * files or folders (searched recursively): bare snippet files (.py .java .go .js) and include files
 * `<language>/<name>.md` as the docs lay them out. A JavaScript snippet beside a golden case's
 * `typed.json` also has its request body typed; a snippet beside one of a beta request, or one that
 * imports a beta SDK, is skipped (JavaScript's client serves both).
 *
 * Each language's workspace (the pinned SDK, the checker, build caches) is prepared once under the
 * snipgen cache root; every subprocess has a timeout, and a workspace that cannot be prepared (an
 * unreachable registry, a missing toolchain) ends the run with one `VerifyUnavailable`.
 *
 * `knownFailures` names an allowlist (one snippet path per line, `#` comments): a failure outside it
 * fails the run, and so does an entry that now compiles, so the list stays true.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultCacheDir } from '../schema/embedded/index.js';
import { isBetaSnippet, VERIFY_LANGUAGES, verifyLanguage, type VerifyError, type VerifyLanguage, type VerifySnippet } from '../verify/index.js';
import { fencedBlock } from './check.js';
import { openObjectPaths } from '../ir/open-paths.js';
import type { TypedBody } from '../ir/typed.js';

const EXTENSIONS: Readonly<Record<string, VerifyLanguage>> = { '.py': 'python', '.java': 'java', '.go': 'go', '.js': 'javascript', '.cs': 'csharp', '.php': 'php' };
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface VerifiedSnippet {
  readonly path: string;
  readonly language: VerifyLanguage;
  readonly status: 'compiled' | 'failed' | 'skipped';
  /** errors placed in the file (1-based lines) */
  readonly errors: readonly VerifyError[];
  readonly reason?: string;
}

export interface VerifyLanguageRow {
  readonly language: VerifyLanguage;
  readonly snippets: number;
  readonly compiled: number;
  readonly failed: number;
  readonly skipped: number;
  /** failed snippets counted by the class of their first error */
  readonly byClass: Readonly<Record<string, number>>;
  readonly ms: number;
}

export interface VerifyRun {
  readonly snippets: readonly VerifiedSnippet[];
  readonly languages: readonly VerifyLanguageRow[];
  readonly missing: readonly string[];
  /** failures not in the allowlist */
  readonly unexpected: readonly string[];
  /** allowlist entries that compiled */
  readonly stale: readonly string[];
  readonly ok: boolean;
}

export interface VerifyCommandOptions {
  readonly languages?: readonly VerifyLanguage[];
  readonly cacheDir?: string;
  readonly knownFailures?: string;
  readonly prepareTimeoutMs?: number;
  readonly compileTimeoutMs?: number;
  /** called before each language starts (for progress on stderr) */
  readonly onLanguage?: (language: VerifyLanguage, count: number) => void;
}

async function collect(input: string, into: string[]): Promise<void> {
  const info = await stat(input);
  if (!info.isDirectory()) {
    into.push(input);
    return;
  }
  for (const entry of (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await collect(full, into);
    } else if (path.extname(entry.name) in EXTENSIONS || (entry.name.endsWith('.md') && (VERIFY_LANGUAGES as readonly string[]).includes(path.basename(input)))) into.push(full);
  }
}

interface TypedSidecar {
  apiVersion?: string;
  body?: (TypedBody & { expected?: { name?: string; collection?: boolean } }) | null;
}

async function sidecar(file: string): Promise<{ apiVersion: 'v1.0' | 'beta'; bodyType?: string; openPaths?: readonly (readonly string[])[] }> {
  try {
    const parsed = JSON.parse(await readFile(path.join(path.dirname(file), 'typed.json'), 'utf8')) as TypedSidecar | TypedSidecar[];
    const typed = Array.isArray(parsed) ? (parsed.length === 1 ? parsed[0]! : {}) : parsed;
    const expected = typed.body?.expected;
    return {
      apiVersion: typed.apiVersion === 'beta' ? 'beta' : 'v1.0',
      ...(expected?.name && !expected.collection ? { bodyType: expected.name, openPaths: openObjectPaths(typed.body) } : {}),
    };
  } catch {
    return { apiVersion: 'v1.0' };
  }
}

async function readSnippet(file: string): Promise<VerifySnippet | null> {
  const text = (await readFile(file, 'utf8')).replace(/\r\n/g, '\n');
  if (file.endsWith('.md')) {
    const language = path.basename(path.dirname(file)) as VerifyLanguage;
    const block = fencedBlock(text);
    if (!block) return null;
    return { path: file, language, code: block.code, lineOffset: block.firstLine - 1, apiVersion: /\/beta\//.test(file) ? 'beta' : 'v1.0' };
  }
  const language = EXTENSIONS[path.extname(file)];
  if (!language) return null;
  const side = await sidecar(file);
  return { path: file, language, code: text.replace(/\n$/, ''), lineOffset: 0, ...side };
}

/** The allowlist's entries: snippet paths, one a line, `#` starts a comment. */
export function parseKnownFailures(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '');
}

const norm = (p: string): string => path.relative(process.cwd(), path.resolve(p)).split(path.sep).join('/');

export async function runVerify(inputs: readonly string[], options: VerifyCommandOptions = {}): Promise<VerifyRun> {
  const only = new Set(options.languages ?? VERIFY_LANGUAGES);
  const missing: string[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    try {
      await collect(input, files);
    } catch {
      missing.push(input);
    }
  }
  const snippets: VerifySnippet[] = [];
  for (const f of files) {
    const s = await readSnippet(f);
    if (s && only.has(s.language)) snippets.push(s);
  }
  const results = new Map<VerifySnippet, VerifiedSnippet>();
  const rows: VerifyLanguageRow[] = [];
  for (const language of VERIFY_LANGUAGES) {
    if (!only.has(language)) continue;
    const mine = snippets.filter((s) => s.language === language);
    if (mine.length === 0) continue;
    const beta = (s: VerifySnippet): boolean => language !== 'javascript' && (s.apiVersion === 'beta' || isBetaSnippet(s));
    const checked = mine.filter((s) => !beta(s));
    for (const s of mine) if (beta(s)) results.set(s, { path: s.path, language, status: 'skipped', errors: [], reason: 'beta SDK (not pinned)' });
    options.onLanguage?.(language, checked.length);
    const started = Date.now();
    const errors = checked.length === 0 ? [] : await verifyLanguage(language, checked, options.cacheDir ?? defaultCacheDir(), { prepareMs: options.prepareTimeoutMs ?? 900_000, compileMs: options.compileTimeoutMs ?? 900_000 });
    const byClass: Record<string, number> = {};
    checked.forEach((s, i) => {
      const list = errors[i]!.map((e) => ({ ...e, line: e.line === 0 ? 0 : e.line + s.lineOffset }));
      if (list.length > 0) byClass[list[0]!.errorClass] = (byClass[list[0]!.errorClass] ?? 0) + 1;
      results.set(s, { path: s.path, language, status: list.length === 0 ? 'compiled' : 'failed', errors: list });
    });
    const failed = checked.filter((s) => results.get(s)!.status === 'failed').length;
    rows.push({ language, snippets: mine.length, compiled: checked.length - failed, failed, skipped: mine.length - checked.length, byClass, ms: Date.now() - started });
  }
  const verified = snippets.filter((s) => results.has(s)).map((s) => results.get(s)!);
  let unexpected: string[] = [];
  let stale: string[] = [];
  if (options.knownFailures) {
    const known = new Set(parseKnownFailures(await readFile(options.knownFailures, 'utf8')));
    unexpected = verified.filter((v) => v.status === 'failed' && !known.has(norm(v.path))).map((v) => norm(v.path));
    stale = verified.filter((v) => v.status === 'compiled' && known.has(norm(v.path))).map((v) => norm(v.path));
  }
  const anyFailed = verified.some((v) => v.status === 'failed');
  const ok = missing.length === 0 && unexpected.length === 0 && stale.length === 0 && (options.knownFailures !== undefined || !anyFailed);
  return { snippets: verified, languages: rows, missing, unexpected, stale, ok };
}

/** The text report: every error as `file:line:col: message [class]`, then a table per language. */
export function formatVerifyRun(run: VerifyRun): string[] {
  const out: string[] = [];
  for (const s of run.snippets) for (const e of s.errors) out.push(`${s.path}:${e.line}:${e.column}: ${e.message} [${e.errorClass}]`);
  if (out.length > 0) out.push('');
  out.push('language     snippets  compiled  failed  skipped  seconds');
  for (const r of run.languages) {
    out.push(`${r.language.padEnd(12)} ${String(r.snippets).padStart(8)}  ${String(r.compiled).padStart(8)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${(r.ms / 1000).toFixed(1).padStart(7)}`);
    for (const [cls, n] of Object.entries(r.byClass).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${String(n).padStart(4)}  ${cls}`);
  }
  for (const m of run.missing) out.push(`missing: ${m}`);
  for (const u of run.unexpected) out.push(`failed, not in the known failures: ${u}`);
  for (const s of run.stale) out.push(`compiles now, remove it from the known failures: ${s}`);
  return out;
}
