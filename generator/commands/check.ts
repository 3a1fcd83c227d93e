/**
 * `snipgen check`: judges snippet files with the checker, library-style (returns data; the CLI
 * prints and exits). Inputs are files or folders (searched recursively):
 *
 * - include files as the docs lay them out, `<language>/<name>.md`: front matter and one fenced
 *   block; the language is the folder's name, else the fence's tag (`bash`/`shell` is the CLI);
 * - bare snippet files by extension (.cs .go .java .js .php .ps1 .py .sh);
 * - docs pages with annotated request examples: their snippets are generated first (every
 *   language, typed with `--schema` or the embedded default) and each is checked as the virtual
 *   file `<page>#<request-name>.<lang>`, findings placed in the snippet's own lines.
 *
 * Findings are placed in the file (the fenced code's first line offsets them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHECK_LANGUAGES, checkSync, initCheckers, isCheckLanguage, type CheckLanguage } from '../check/index.js';
import { LANGUAGE_IDS, languageById, languageOfExtension, languageOfFenceTag } from '../languages/index.js';
import { checkSnippetSync, renderPageSync, type SchemaFor } from '../index.js';
import { CheckPool } from '../parallel/pool.js';
import type { CheckedFile, CheckFileResult } from './check-result.js';
import { loadSchemas } from './schemas.js';
import { defaultModelKind, requestedModel } from '../schema/default.js';

export type { CheckedFile, CheckFileResult } from './check-result.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface LanguageRow {
  readonly language: CheckLanguage;
  readonly checked: number;
  readonly valid: number;
  readonly invalid: number;
}

export interface CheckRun {
  readonly files: readonly CheckedFile[];
  readonly languages: readonly LanguageRow[];
  readonly missing: readonly string[];
  /** true when every input exists and every checked file is valid */
  readonly ok: boolean;
}

export interface CheckCommandOptions {
  /** only these languages are checked; other files are skipped */
  readonly languages?: readonly CheckLanguage[];
  /** the schemas docs pages are typed with; called once, at the first docs page */
  readonly schemas?: () => Promise<SchemaFor>;
  /**
   * Worker threads (default 1: everything in this thread). Workers load the grammars, and at a
   * docs page `schemaPath` (or the embedded default), themselves; not with `schemas`.
   */
  readonly jobs?: number;
  /** The `--schema` file behind `schemas` (undefined: the embedded default); what workers load. */
  readonly schemaPath?: string;
}

/** Files per job sent to a worker: a check takes a fraction of a millisecond, a message about as long. */
const FILES_PER_JOB = 32;

/** A page with annotated request examples (not an include file). */
const REQUEST_ANNOTATION = /<!--[\s\S]*?["']?blockType["']?\s*:\s*["']request["']/;

async function checkDocsPage(file: string, text: string, only: ReadonlySet<CheckLanguage> | null, schemaFor: SchemaFor): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  const languages = only ? LANGUAGE_IDS.filter((language) => only.has(language)) : LANGUAGE_IDS;
  for (const request of renderPageSync(text, file, schemaFor, { languages }).requests) {
    if (request.typed === null) continue;
    for (const { language, code } of request.snippets) {
      if (code === null) continue;
      const verdict = checkSnippetSync(language, code);
      out.push({ path: `${file}#${request.typed.name}.${languageById(language).fileExtension}`, language, valid: verdict.valid, findings: verdict.findings });
    }
  }
  return out;
}

/** The fenced block of an include file: its code, tag and the file line of its first code line. */
export function fencedBlock(text: string): { code: string; tag: string; firstLine: number } | null {
  const lines = text.split(/\r?\n/);
  const open = lines.findIndex((l) => /^\s*(```|~~~)/.test(l));
  if (open < 0) return null;
  const fence = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[open]!)!;
  const close = lines.findIndex((l, i) => i > open && l.trim().startsWith(fence[1]!) && l.trim().replace(/[`~]/g, '') === '');
  return { code: lines.slice(open + 1, close < 0 ? undefined : close).join('\n'), tag: fence[2]!.toLowerCase(), firstLine: open + 2 };
}

// Files are found and read with synchronous calls: thousands of small files, where the
// promise-based calls cost several times the CPU (and, on a loaded machine, waits) in
// thread-pool round trips.
function collect(input: string, into: string[]): void {
  const info = statSync(input);
  if (!info.isDirectory()) {
    into.push(input);
    return;
  }
  for (const entry of readdirSync(input, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) collect(full, into);
    } else if (entry.name.endsWith('.md') || languageOfExtension(path.extname(entry.name)) !== null) into.push(full);
  }
}


/** Checks one file (`initCheckers()` must have resolved); `schemas` is called at a docs page. */
export async function checkFile(file: string, only: ReadonlySet<CheckLanguage> | null, schemas: () => Promise<SchemaFor>): Promise<CheckFileResult> {
  const ext = path.extname(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { path: file, language: null, valid: false, findings: [], problem: `cannot read: ${(e as Error).message}` };
  }
  let language: CheckLanguage | null;
  let code: string;
  let offset = 0;
  if (ext === '.md' && REQUEST_ANNOTATION.test(text)) return checkDocsPage(file, text, only, await schemas());
  if (ext === '.md') {
    const block = fencedBlock(text);
    const folder = path.basename(path.dirname(file));
    language = isCheckLanguage(folder) ? folder : block ? languageOfFenceTag(block.tag) : null;
    if (only && language && !only.has(language)) return null;
    if (!block) return { path: file, language, valid: false, findings: [], problem: 'no fenced code block' };
    if (!language) return { path: file, language: null, valid: false, findings: [], problem: `unknown snippet language (folder '${folder}', fence '${block.tag}')` };
    code = block.code;
    offset = block.firstLine - 1;
  } else {
    language = languageOfExtension(ext);
    if (!language) return null;
    if (only && !only.has(language)) return null;
    code = text.replace(/\r\n/g, '\n');
  }
  const verdict = checkSync(language, code);
  const findings = verdict.findings.map((f) => ({ ...f, line: f.line + offset, ...(f.endLine !== undefined ? { endLine: f.endLine + offset } : {}) }));
  return { path: file, language, valid: verdict.valid, findings };
}

/**
 * Checks every snippet file under the inputs. With `jobs` > 1 (and no `schemas` function, which a
 * worker could not be given), the files are checked by worker threads in chunks, a bounded window
 * of chunks in flight, and the results are taken in file order: the same run as with one thread.
 */
export async function runCheck(inputs: readonly string[], options: CheckCommandOptions = {}): Promise<CheckRun> {
  const only = options.languages ? new Set(options.languages) : null;
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    try {
      collect(input, files);
    } catch {
      missing.push(input);
    }
  }
  const checked: CheckedFile[] = [];
  const take = (result: CheckFileResult): void => {
    if (Array.isArray(result)) checked.push(...result);
    else if (result) checked.push(result);
  };
  const jobs = Math.max(1, Math.min(Math.floor(options.jobs ?? 1), Math.ceil(files.length / FILES_PER_JOB)));
  if (jobs > 1 && options.schemas === undefined) {
    // docs pages among the files are typed: the default model is decided (and built) here once, not by every worker
    const pages = options.schemaPath === undefined && files.some((f) => f.endsWith('.md') && !f.endsWith('-snippets.md'));
    const pool = new CheckPool(jobs, { languages: options.languages ?? null, schemaPath: options.schemaPath, model: pages ? defaultModelKind() : requestedModel() });
    const inFlight: Promise<readonly CheckFileResult[]>[] = [];
    try {
      for (let i = 0; i < files.length; i += FILES_PER_JOB) {
        const chunk = pool.run(files.slice(i, i + FILES_PER_JOB));
        chunk.catch(() => undefined); // awaited in order below; this only keeps an early failure from being unhandled
        inFlight.push(chunk);
        if (inFlight.length >= jobs * 4) for (const result of await inFlight.shift()!) take(result);
      }
      while (inFlight.length > 0) for (const result of await inFlight.shift()!) take(result);
    } finally {
      await pool.close();
    }
  } else {
    await initCheckers();
    let schemaFor: SchemaFor | null = null;
    const schemas = async (): Promise<SchemaFor> => {
      if (schemaFor === null) schemaFor = options.schemas ? await options.schemas() : (await loadSchemas(options.schemaPath)).schemaFor;
      return schemaFor;
    };
    for (const file of files) take(await checkFile(file, only, schemas));
  }
  const languages = CHECK_LANGUAGES.map((language) => {
    const mine = checked.filter((f) => f.language === language);
    const valid = mine.filter((f) => f.valid).length;
    return { language, checked: mine.length, valid, invalid: mine.length - valid };
  }).filter((row) => row.checked > 0);
  return { files: checked, languages, missing, ok: missing.length === 0 && checked.every((f) => f.valid) };
}

/** `path:line:column: severity message [ruleId]` lines for every finding and problem, in file order. */
export function formatCheckRun(run: CheckRun): string[] {
  const out: string[] = [];
  for (const m of run.missing) out.push(`${m}:1:1: error no such file or directory [cli:input-not-found]`);
  for (const f of run.files) {
    if (f.problem) out.push(`${f.path}:1:1: error ${f.problem} [check:file-unreadable]`);
    for (const x of f.findings) out.push(`${f.path}:${x.line}:${x.column}: ${x.severity} ${x.message} [${x.ruleId}]`);
  }
  return out;
}
