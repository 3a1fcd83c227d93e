/** The languages `snipgen verify` compiles, each with its wrapper, workspace and checker. */
import path from 'node:path';
import { compileCSharp, prepareCSharp, wrapCSharp } from './csharp.js';
import { compileGo, classifyGo, prepareGo, wrapGo } from './go.js';
import { compileJava, classifyJava, prepareJava, wrapJava } from './java.js';
import { compileJavaScript, prepareJavaScript, wrapJavaScript } from './javascript.js';
import { pinKey, type VerifyLanguage } from './pins.js';
import { docsRequestOf, preparePhp, runPhp, wrapPhp } from './php.js';
import { compilePython, preparePython, wrapPython } from './python.js';
import { genericClass, mapErrors, type RawError, type VerifyError, type VerifySnippet, type Wrapped } from './snippet.js';

export { PINS, VERIFY_LANGUAGES, type VerifyLanguage } from './pins.js';
export { VerifyUnavailable } from './process.js';
export type { VerifyError, VerifySnippet, Wrapped } from './snippet.js';

export const WRAPPERS: Readonly<Record<VerifyLanguage, (s: VerifySnippet, index: number) => Wrapped>> = {
  python: wrapPython, java: wrapJava, go: wrapGo, javascript: wrapJavaScript, csharp: wrapCSharp, php: wrapPhp,
};

/** True when a snippet is written for a beta SDK (not verified: see pins.ts). */
export function isBetaSnippet(s: VerifySnippet): boolean {
  if (s.language === 'python') return /\bmsgraph_beta\b/.test(s.code);
  if (s.language === 'java') return /\bcom\.microsoft\.graph\.beta\b/.test(s.code);
  if (s.language === 'go') return /msgraph-beta-sdk-go/.test(s.code);
  if (s.language === 'csharp') return /\bMicrosoft\.Graph\.Beta\b/.test(s.code);
  if (s.language === 'php') return /\bMicrosoft\\Graph\\Beta\\/.test(s.code);
  return false;
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

/** Prepares the language's workspace under `cacheDir` (once) and compiles the snippets; errors per snippet index. */
export async function verifyLanguage(language: VerifyLanguage, snippets: readonly VerifySnippet[], cacheDir: string, t: Timeouts): Promise<VerifyError[][]> {
  const dir = path.join(cacheDir, 'verify', `${language}-${pinKey(language)}`);
  const units = snippets.map((s, i) => WRAPPERS[language](s, i + 1));
  const byName = new Map(units.map((u) => [u.fileName, u]));
  let compile: (subset: readonly Wrapped[]) => Promise<RawError[]>;
  let classify: (m: string) => string = genericClass;
  if (language === 'go') {
    const ws = await prepareGo(dir, t.prepareMs);
    compile = (subset) => compileGo(ws, subset, t.compileMs);
    classify = classifyGo;
  } else if (language === 'java') {
    const ws = await prepareJava(dir, t.prepareMs);
    compile = (subset) => compileJava(ws, subset, t.compileMs);
    classify = classifyJava;
  } else if (language === 'csharp') {
    const ws = await prepareCSharp(dir, t.prepareMs);
    compile = (subset) => compileCSharp(ws, subset, t.compileMs);
  } else if (language === 'php') {
    const ws = await preparePhp(dir, t.prepareMs);
    const docs = new Map(await Promise.all(units.map(async (u, i) => [u.fileName, await docsRequestOf(snippets[i]!.path)] as const)));
    compile = (subset) => runPhp(ws, subset, subset.map((u) => docs.get(u.fileName) ?? null), t.compileMs);
  } else if (language === 'python') {
    const ws = await preparePython(dir, t.prepareMs);
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
