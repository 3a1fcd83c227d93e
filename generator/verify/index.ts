/** The languages `snipgen verify` compiles, each with its wrapper, workspace and checker. */
import path from 'node:path';
import { compileCSharp, prepareCSharp, wrapCSharp } from './csharp.js';
import { oraclesRoot } from './oracles.js';
import { compileGo, classifyGo, prepareGo, wrapGo } from './go.js';
import { compileJava, classifyJava, prepareJava, wrapJava } from './java.js';
import { compileJavaScript, prepareJavaScript, wrapJavaScript } from './javascript.js';
import { pinKey, type VerifyApi, type VerifyLanguage } from './pins.js';
import { docsRequestOf, preparePhp, runPhp, wrapPhp } from './php.js';
import { compilePython, preparePython, wrapPython } from './python.js';
import { runGo, runJava, runJavaScript, runPython, type RunOutcome } from './run.js';
import { genericClass, mapErrors, type RawError, type VerifyError, type VerifySnippet, type Wrapped } from './snippet.js';

export { BETA_PINS, ORACLE_LANGUAGES, PINS, VERIFY_LANGUAGES, VERIFY_TARGETS, type OracleLanguage, type VerifyApi, type VerifyLanguage, type VerifyTarget } from './pins.js';
export { VerifyUnavailable } from './process.js';
export type { VerifyError, VerifySnippet, Wrapped } from './snippet.js';

export const WRAPPERS: Readonly<Record<VerifyLanguage, (s: VerifySnippet, index: number) => Wrapped>> = {
  python: wrapPython, java: wrapJava, go: wrapGo, javascript: wrapJavaScript, csharp: wrapCSharp, php: wrapPhp,
};

/** True when a snippet imports a beta SDK (compiled in the beta workspace: see pins.ts). */
export function isBetaSnippet(s: VerifySnippet): boolean {
  return importedApi(s) === 'beta';
}

/** The API version of the SDK a snippet imports, if it imports one (JavaScript: none; PowerShell: its profile's modules, not the shared Authentication one). */
export function importedApi(s: VerifySnippet): VerifyApi | null {
  const [beta, v1] =
    s.language === 'python' ? [/\bmsgraph_beta\b/, /^\s*(from|import)\s+msgraph\b(?!_)/m]
    : s.language === 'java' ? [/\bcom\.microsoft\.graph\.beta\./, /^\s*import\s+com\.microsoft\.graph\.(?!beta\.|core\.)/m]
    : s.language === 'go' ? [/"github\.com\/microsoftgraph\/msgraph-beta-sdk-go[/"]/, /"github\.com\/microsoftgraph\/msgraph-sdk-go[/"]/]
    : s.language === 'csharp' ? [/\bMicrosoft\.Graph\.Beta\b/, /^\s*using\s+Microsoft\.Graph\.(?!Beta\b)/m]
    : s.language === 'php' ? [/\bMicrosoft\\Graph\\Beta\\/, /\bMicrosoft\\Graph\\(?!Beta\\)/]
    : s.language === 'powershell' ? [/^\s*Import-Module\s+Microsoft\.Graph\.Beta\./m, /^\s*Import-Module\s+Microsoft\.Graph\.(?!Beta\.|Authentication\s*$)/m]
    : [null, null];
  if (beta?.test(s.code)) return 'beta';
  if (v1?.test(s.code)) return 'v1.0';
  return null;
}

/**
 * The API version a snippet is written for: the SDK it imports, else its request's (a beta docs
 * page may show a v1.0 request). Python, Java and Go compile it against that version's SDK;
 * JavaScript's one client serves both (its body types follow the request's version).
 */
export function snippetApi(s: VerifySnippet): VerifyApi {
  return importedApi(s) ?? s.apiVersion;
}

export interface Timeouts {
  /** preparing a workspace (downloads) */
  readonly prepareMs: number;
  /** one compiler run */
  readonly compileMs: number;
}

/**
 * Runs the compiler over the units. With `setAside` (javac stops before type-checking when
 * any file has a syntax error), the files without errors are compiled again on their own until a
 * run reports errors in none of them; every run's errors are kept.
 */
export async function compileUntilClean(units: readonly Wrapped[], compile: (subset: readonly Wrapped[]) => Promise<RawError[]>, setAside: boolean): Promise<RawError[]> {
  const raw: RawError[] = [];
  let pending = units;
  while (pending.length > 0) {
    const found = await compile(pending);
    raw.push(...found);
    const failed = new Set(found.map((e) => e.fileName));
    if (failed.size === 0 || !setAside) break;
    pending = pending.filter((u) => !failed.has(u.fileName));
  }
  return raw;
}

/**
 * Prepares the language's workspace for the API version under `cacheDir` (once) and compiles the
 * snippets (all of that version; JavaScript: either); errors per snippet index.
 */
export async function verifyLanguage(language: VerifyLanguage, snippets: readonly VerifySnippet[], cacheDir: string, t: Timeouts, api: VerifyApi = 'v1.0', oraclesDir: string = oraclesRoot()): Promise<VerifyError[][]> {
  const edition = language === 'javascript' ? 'v1.0' : api;
  const dir = path.join(cacheDir, 'verify', `${language}${edition === 'beta' ? '-beta' : ''}-${pinKey(language, edition)}`);
  const units = snippets.map((s, i) => WRAPPERS[language](language === 'javascript' ? s : { ...s, apiVersion: edition }, i + 1));
  const byName = new Map(units.map((u) => [u.fileName, u]));
  let compile: (subset: readonly Wrapped[]) => Promise<RawError[]>;
  let classify: (m: string) => string = genericClass;
  if (language === 'go') {
    const ws = await prepareGo(dir, t.prepareMs, edition);
    compile = (subset) => compileGo(ws, subset, t.compileMs);
    classify = classifyGo;
  } else if (language === 'java') {
    const ws = await prepareJava(dir, t.prepareMs, edition);
    compile = (subset) => compileJava(ws, subset, t.compileMs);
    classify = classifyJava;
  } else if (language === 'csharp') {
    const ws = await prepareCSharp(dir, t.prepareMs, oraclesDir);
    compile = (subset) => compileCSharp(ws, subset, t.compileMs);
  } else if (language === 'php') {
    const ws = await preparePhp(dir, t.prepareMs, oraclesDir);
    const docs = new Map(await Promise.all(units.map(async (u, i) => [u.fileName, await docsRequestOf(snippets[i]!.path)] as const)));
    compile = (subset) => runPhp(ws, subset, subset.map((u) => docs.get(u.fileName) ?? null), t.compileMs);
  } else if (language === 'python') {
    const ws = await preparePython(dir, t.prepareMs, edition);
    compile = (subset) => compilePython(ws, subset, t.compileMs);
  } else {
    const ws = await prepareJavaScript(dir, t.prepareMs);
    compile = (subset) => compileJavaScript(ws, subset);
  }
  const raw = await compileUntilClean(units, compile, language === 'java' || language === 'csharp');
  const mapped = mapErrors(byName, raw, classify);
  // loaded here, not at the top: it loads ts-morph and the TypeScript compiler (0.3-0.8 s), which
  // every other command that imports this module (the whole CLI) would otherwise pay at start-up
  const { checkJavaScriptBody } = await import('../check/javascript-body.js');
  return units.map((u, i) => {
    const errors = [...(mapped.get(u.fileName) ?? [])];
    const s = snippets[i]!;
    if (language === 'javascript' && s.bodyType) {
      for (const f of checkJavaScriptBody(s.code, s.bodyType, s.apiVersion, s.openPaths ?? [])) errors.push({ line: f.line, column: f.column, message: f.message, errorClass: 'body type' });
    }
    return errors.sort((a, b) => a.line - b.line || a.column - b.column);
  });
}

/**
 * `verify --run`: runs the compiled snippets at `indices` (into `snippets`, wrapped exactly as
 * `verifyLanguage` wrapped them) in one process against the capturing server on `port`. Go only
 * with `--run-go` (its SDK build takes minutes: README, "Meaning").
 */
export async function runCompiled(language: VerifyLanguage, snippets: readonly VerifySnippet[], indices: readonly number[], cacheDir: string, port: number, timeoutMs: number): Promise<Map<string, RunOutcome>> {
  const dir = path.join(cacheDir, 'verify', `${language}-${pinKey(language)}`);
  const units = indices.map((i) => WRAPPERS[language](snippets[i]!, i + 1));
  if (language === 'python') return runPython(dir, units, port, timeoutMs);
  if (language === 'javascript') return runJavaScript(dir, units, port, timeoutMs);
  if (language === 'java') {
    const ws = await prepareJava(dir, timeoutMs);
    return runJava(dir, ws.classpath, units, port, timeoutMs);
  }
  if (language === 'go') return runGo(await prepareGo(dir, timeoutMs), units, port, timeoutMs);
  return new Map();
}

/** The languages `verify --run` runs (Go too with `--run-go`). */
export const RUN_LANGUAGES: readonly VerifyLanguage[] = ['python', 'javascript', 'java'];
