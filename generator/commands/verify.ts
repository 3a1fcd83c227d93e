/**
 * `snipgen verify`: compiles and type-checks snippets against the real SDKs (pinned in
 * generator/verify/pins.ts), library-style (returns data; the CLI prints and exits). Inputs are
 * files or folders (searched recursively): bare snippet files (.py .java .go .js) and include files
 * `<language>/<name>.md` as the docs lay them out. A JavaScript snippet beside a golden case's
 * `typed.json` also has its request body typed; a snippet beside one of a beta request, or one that
 * imports a beta SDK, is compiled against the beta SDK (JavaScript's client serves both).
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
import { goldenExpectation, includeNameOf, indexPages, runMeaning, type MeaningResult } from './verify-meaning.js';
import type { Expectation } from '../verify/meaning.js';
import { ORACLE_LANGUAGES, RUN_LANGUAGES, snippetApi, VERIFY_TARGETS, verifyLanguage, type OracleLanguage, type VerifyApi, type VerifyError, type VerifyLanguage, type VerifySnippet, type VerifyTarget } from '../verify/index.js';
import { checkCliSnippet, checkPowerShellSnippet, loadMgcOracle, loadPowerShellOracle } from '../verify/oracle-checks.js';
import { oraclesRoot } from '../verify/oracles.js';
import { fencedBlock } from './check.js';
import { openObjectPaths } from '../ir/open-paths.js';
import type { TypedBody } from '../ir/typed.js';

const EXTENSIONS: Readonly<Record<string, VerifyTarget>> = { '.py': 'python', '.java': 'java', '.go': 'go', '.js': 'javascript', '.cs': 'csharp', '.php': 'php', '.ps1': 'powershell', '.sh': 'cli' };

const isOracleTarget = (l: VerifyTarget): l is OracleLanguage => (ORACLE_LANGUAGES as readonly string[]).includes(l);
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
export const VERIFY_APIS: readonly VerifyApi[] = ['v1.0', 'beta'];

export interface VerifiedSnippet {
  readonly path: string;
  readonly language: VerifyTarget;
  /** the SDK it was compiled against (JavaScript: the request's version; one client serves both) */
  readonly api: VerifyApi;
  readonly status: 'compiled' | 'failed' | 'skipped';
  /** errors placed in the file (1-based lines) */
  readonly errors: readonly VerifyError[];
  readonly reason?: string;
  /** with `run`: what the snippet sent against what its docs page shows */
  readonly meaning?: MeaningResult;
}

export interface VerifyLanguageRow {
  readonly language: VerifyTarget;
  /** Python, Java, Go: the SDK of the row (one row per API version); JavaScript: absent (both) */
  readonly api?: VerifyApi;
  readonly snippets: number;
  readonly compiled: number;
  readonly failed: number;
  readonly skipped: number;
  /** failed snippets counted by the class of their first error */
  readonly byClass: Readonly<Record<string, number>>;
  readonly ms: number;
  /** with `run`: compiled snippets run, how many sent the documented request, differed, raised, had no documented request */
  readonly run?: { readonly ran: number; readonly sent: number; /** of `sent`: with a rewrite the snippet announces (meaning.ts, ANNOUNCED_REWRITES) */ readonly rewritten: number; readonly differs: number; readonly errors: number; readonly unmatched: number; readonly ms: number; readonly byRule: Readonly<Record<string, number>> };
}

export interface VerifyRun {
  readonly snippets: readonly VerifiedSnippet[];
  readonly languages: readonly VerifyLanguageRow[];
  readonly missing: readonly string[];
  /** failures not in the allowlist */
  readonly unexpected: readonly string[];
  /** allowlist entries that compiled */
  readonly stale: readonly string[];
  /** with `run`: snippets that do not send their documented request, not in the meaning allowlist */
  readonly meaningUnexpected: readonly string[];
  /** with `run`: meaning allowlist entries that now send the documented request */
  readonly meaningStale: readonly string[];
  readonly ok: boolean;
}

export interface VerifyCommandOptions {
  readonly languages?: readonly VerifyTarget[];
  /** only snippets for these API versions (default both); the others are skipped (JavaScript: always both) */
  readonly apis?: readonly VerifyApi[];
  readonly cacheDir?: string;
  /** the oracles' folder: C#, PHP, PowerShell and the CLI (default `oraclesRoot()`: ../shared/oracles or $SNIPGEN_ORACLES) */
  readonly oraclesDir?: string;
  readonly knownFailures?: string;
  readonly prepareTimeoutMs?: number;
  readonly compileTimeoutMs?: number;
  /** run the compiled snippets against a capturing server and compare the requests they send (Python, JavaScript, Java) */
  readonly run?: boolean;
  /** with `run`: also run the Go snippets (`go build` of the SDK: many minutes the first time; the benchmark's, not CI's) */
  readonly runGo?: boolean;
  /** pages whose requests the include files are matched with (by name), for `run` */
  readonly pages?: readonly string[];
  /** the schema the pages are typed with (default: the embedded models) */
  readonly schema?: string;
  readonly runTimeoutMs?: number;
  /** allowlist of snippets known not to send their documented request (same format as `knownFailures`) */
  readonly meaningKnown?: string;
  /** called before each language starts (for progress on stderr) */
  readonly onLanguage?: (language: VerifyTarget, count: number, api?: VerifyApi) => void;
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
    } else if (path.extname(entry.name) in EXTENSIONS || (entry.name.endsWith('.md') && (VERIFY_TARGETS as readonly string[]).includes(path.basename(input)))) into.push(full);
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
    const language = path.basename(path.dirname(file)) as VerifyTarget;
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
  const only = new Set(options.languages ?? VERIFY_TARGETS);
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
  const oraclesDir = options.oraclesDir ?? oraclesRoot();
  const apis = new Set(options.apis ?? VERIFY_APIS);
  for (const target of VERIFY_TARGETS) {
    if (!only.has(target)) continue;
    if (isOracleTarget(target)) {
      const mine = snippets.filter((s) => s.language === target);
      if (mine.length === 0) continue;
      options.onLanguage?.(target, mine.length);
      rows.push(await judgeByOracle(target, mine, oraclesDir, results));
      continue;
    }
    const language: VerifyLanguage = target;
    // Python, Java and Go: a row per API version (its own SDK); JavaScript: one client, one row
    for (const api of language === 'javascript' ? [undefined] : VERIFY_APIS) {
      const mine = snippets.filter((s) => s.language === language && (api === undefined || snippetApi(s) === api));
      if (mine.length === 0) continue;
      // the C# and PHP oracles hold the v1.0 SDK only
      const unavailable = (language === 'csharp' || language === 'php') && api === 'beta' ? `beta: the ${language === 'php' ? 'PHP' : 'C#'} oracle holds the v1.0 SDK only` : null;
      const checked = unavailable === null && (api === undefined || apis.has(api)) ? mine : [];
      for (const s of mine) if (!checked.includes(s)) results.set(s, { path: s.path, language, api: snippetApi(s), status: 'skipped', errors: [], reason: unavailable ?? `${snippetApi(s)} not selected (--api)` });
      options.onLanguage?.(language, checked.length, api);
      const started = Date.now();
      const errors = checked.length === 0 ? [] : await verifyLanguage(language, checked, options.cacheDir ?? defaultCacheDir(), { prepareMs: options.prepareTimeoutMs ?? 900_000, compileMs: options.compileTimeoutMs ?? 900_000 }, api, oraclesDir);
      const byClass: Record<string, number> = {};
      checked.forEach((s, i) => {
        const list = errors[i]!.map((e) => ({ ...e, line: e.line === 0 ? 0 : e.line + s.lineOffset }));
        if (list.length > 0) byClass[list[0]!.errorClass] = (byClass[list[0]!.errorClass] ?? 0) + 1;
        results.set(s, { path: s.path, language, api: snippetApi(s), status: list.length === 0 ? 'compiled' : 'failed', errors: list });
      });
      const failed = checked.filter((s) => results.get(s)!.status === 'failed').length;
      const compileMs = Date.now() - started;
      let run: VerifyLanguageRow['run'];
      // the runners hold the v1.0 SDKs' clients (and JavaScript's, which serves both)
      if (options.run && (RUN_LANGUAGES.includes(language) || (language === 'go' && options.runGo === true)) && api !== 'beta') {
        const runStarted = Date.now();
        let pages: Map<string, Expectation> | null = null;
        const expectationOf = async (s: VerifySnippet): Promise<Expectation | null> => {
          const golden = await goldenExpectation(s.path, language);
          if (golden) return golden;
          const name = includeNameOf(s.path, language);
          if (name === null || !options.pages || options.pages.length === 0) return null;
          pages ??= await indexPages(options.pages, language, options.schema);
          return pages.get(name) ?? null;
        };
        const compiledIdx = checked.map((s, i) => (results.get(s)!.status === 'compiled' ? i : -1)).filter((i) => i >= 0);
        const meaning = await runMeaning(language, checked, compiledIdx, expectationOf, options.cacheDir ?? defaultCacheDir(), options.runTimeoutMs ?? 600_000);
        const byRule: Record<string, number> = {};
        let sent = 0, rewritten = 0, differs = 0, errors = 0, unmatched = 0;
        for (const [i, m] of meaning) {
          const s = checked[i]!;
          results.set(s, { ...results.get(s)!, meaning: m });
          if (m.status === 'sent') {
            sent++;
            if ((m.accepted ?? []).length > 0) rewritten++;
          }
          else if (m.status === 'differs') {
            differs++;
            const rule = m.findings[0]!.ruleId;
            byRule[rule] = (byRule[rule] ?? 0) + 1;
          } else if (m.status === 'error') {
            errors++;
            byRule['run error'] = (byRule['run error'] ?? 0) + 1;
          } else unmatched++;
        }
        run = { ran: sent + differs + errors, sent, rewritten, differs, errors, unmatched, ms: Date.now() - runStarted, byRule };
      }
      rows.push({ language, ...(api ? { api } : {}), snippets: mine.length, compiled: checked.length - failed, failed, skipped: mine.length - checked.length, byClass, ms: compileMs, ...(run ? { run } : {}) });
    }
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
  const meaningBad = (v: VerifiedSnippet): boolean => v.meaning !== undefined && (v.meaning.status === 'differs' || v.meaning.status === 'error');
  let meaningUnexpected: string[] = [];
  let meaningStale: string[] = [];
  if (options.meaningKnown) {
    const known = new Set(parseKnownFailures(await readFile(options.meaningKnown, 'utf8')));
    meaningUnexpected = verified.filter((v) => meaningBad(v) && !known.has(norm(v.path))).map((v) => norm(v.path));
    meaningStale = verified.filter((v) => v.meaning?.status === 'sent' && known.has(norm(v.path))).map((v) => norm(v.path));
  } else meaningUnexpected = verified.filter(meaningBad).map((v) => norm(v.path));
  const meaningFailed = meaningUnexpected.length > 0 || meaningStale.length > 0;
  const ok = missing.length === 0 && unexpected.length === 0 && stale.length === 0 && (options.knownFailures !== undefined || !anyFailed) && !meaningFailed;
  return { snippets: verified, languages: rows, missing, unexpected, stale, meaningUnexpected, meaningStale, ok };
}

/** PowerShell and the CLI: each snippet judged by its oracle (generator/verify/oracles.ts). */
async function judgeByOracle(language: OracleLanguage, mine: readonly VerifySnippet[], oraclesDir: string, results: Map<VerifySnippet, VerifiedSnippet>): Promise<VerifyLanguageRow> {
  const started = Date.now();
  const byClass: Record<string, number> = {};
  let compiled = 0;
  let failed = 0;
  let skipped = 0;
  const ps = language === 'powershell' ? loadPowerShellOracle(oraclesDir) : null;
  const mgc = language === 'cli' ? loadMgcOracle(oraclesDir) : null;
  // PowerShell: judged by the profile its modules name, else its page's (a beta page may show a v1.0 request), as the kiota targets are
  const verdicts = await pool(mine, 8, async (s) => (ps !== null ? checkPowerShellSnippet(ps, { ...s, apiVersion: snippetApi(s) }) : await checkCliSnippet(mgc!, s)));
  mine.forEach((s, i) => {
    const found = verdicts[i]!;
    if (found === null) {
      skipped += 1;
      results.set(s, { path: s.path, language, api: s.apiVersion, status: 'skipped', errors: [], reason: 'no oracle for the beta CLI (mgc-beta)' });
      return;
    }
    const list = found.map((e) => ({ ...e, line: e.line === 0 ? 0 : e.line + s.lineOffset }));
    if (list.length > 0) {
      failed += 1;
      byClass[list[0]!.errorClass] = (byClass[list[0]!.errorClass] ?? 0) + 1;
    } else compiled += 1;
    results.set(s, { path: s.path, language, api: s.apiVersion, status: list.length === 0 ? 'compiled' : 'failed', errors: list });
  });
  return { language, snippets: mine.length, compiled, failed, skipped, byClass, ms: Date.now() - started };
}

/** Maps `items` through `f` with at most `size` calls in flight, results in order. */
async function pool<T, R>(items: readonly T[], size: number, f: (item: T) => Promise<R> | R): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

/** The text report: every error as `file:line:col: message [class]`, then a table per language. */
export function formatVerifyRun(run: VerifyRun): string[] {
  const out: string[] = [];
  for (const s of run.snippets) for (const e of s.errors) out.push(`${s.path}:${e.line}:${e.column}: ${e.message} [${e.errorClass}]`);
  for (const s of run.snippets) {
    const m = s.meaning;
    if (!m) continue;
    for (const f of m.findings) out.push(`${s.path}:${f.line}:1: ${f.message} [${f.ruleId}]`);
    if (m.status === 'error') out.push(`${s.path}:0:0: the snippet raised and sent nothing: ${m.error ?? ''} [verify:meaning-run-error]`);
  }
  if (out.length > 0) out.push('');
  out.push('language     snippets  compiled  failed  skipped  seconds');
  for (const r of run.languages) {
    out.push(`${(r.api ? `${r.language} ${r.api}` : r.language).padEnd(12)} ${String(r.snippets).padStart(8)}  ${String(r.compiled).padStart(8)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${(r.ms / 1000).toFixed(1).padStart(7)}`);
    for (const [cls, n] of Object.entries(r.byClass).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${String(n).padStart(4)}  ${cls}`);
  }
  const ran = run.languages.filter((r) => r.run);
  if (ran.length > 0) {
    out.push('', 'language     ran  sent-documented  (announced rewrite)  differs  raised  unmatched  seconds');
    for (const r of ran) {
      const x = r.run!;
      out.push(`${r.language.padEnd(12)} ${String(x.ran).padStart(3)}  ${String(x.sent).padStart(15)}  ${String(x.rewritten).padStart(19)}  ${String(x.differs).padStart(7)}  ${String(x.errors).padStart(6)}  ${String(x.unmatched).padStart(9)}  ${(x.ms / 1000).toFixed(1).padStart(7)}`);
      for (const [rule, n] of Object.entries(x.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${String(n).padStart(4)}  ${rule}`);
    }
  }
  for (const m of run.missing) out.push(`missing: ${m}`);
  for (const u of run.unexpected) out.push(`failed, not in the known failures: ${u}`);
  for (const s of run.stale) out.push(`compiles now, remove it from the known failures: ${s}`);
  for (const s of run.meaningUnexpected) out.push(`does not send its documented request, not in the known differences: ${s}`);
  for (const s of run.meaningStale) out.push(`sends its documented request now, remove it from the known differences: ${s}`);
  return out;
}
