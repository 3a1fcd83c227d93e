/**
 * `snipgen verify --run`: after compiling, runs every compiled snippet against the capturing server
 * (generator/verify/capture.ts, run.ts) and compares the request it sent with the request its docs
 * page shows (generator/verify/meaning.ts). Where the documented request comes from:
 *
 * - a golden case: the `typed.json` beside the snippet (the typed IR), the request line of its
 *   `input.md`, and its `messages.txt` and `<lang>.messages.txt` (the rewrites they announce);
 * - an include file (`<name>-<lang>-snippets.md`, or `<lang>/<name>.md` as the docs repository
 *   lays them out): the request of that name on the pages given with `--pages`, rendered with
 *   `--schema` (default: the embedded models).
 *
 * A snippet with no documented request found is counted as `unmatched`, not failed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { renderPageSync, schemaForOption } from '../index.js';
import type { TypedRequest } from '../ir/typed.js';
import { includeBaseName } from '../render/include.js';
import { cannedResponse, startCapture, type CapturedRequest } from '../verify/capture.js';
import { compareRequests, placeFinding, type AnnouncedRewrite, type Expectation, type MeaningFinding } from '../verify/meaning.js';
import { runCompiled, type VerifyLanguage, type VerifySnippet } from '../verify/index.js';

export interface MeaningResult {
  /** `sent`: the documented request; `differs`: findings; `error`: the snippet raised or sent nothing; `unmatched`: no documented request known */
  readonly status: 'sent' | 'differs' | 'error' | 'unmatched';
  readonly findings: readonly { readonly line: number; readonly ruleId: string; readonly message: string }[];
  readonly error?: string;
  /** `sent`: the rewrites its diagnostics announce that the comparison applied (meaning.ts, ANNOUNCED_REWRITES) */
  readonly accepted?: readonly AnnouncedRewrite[];
}

export interface PageIndex {
  readonly byName: Map<string, Expectation>;
}

async function collectPages(input: string, into: string[]): Promise<void> {
  const info = await stat(input);
  if (!info.isDirectory()) {
    if (input.endsWith('.md')) into.push(input);
    return;
  }
  for (const e of (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(input, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') await collectPages(full, into);
    } else if (e.name.endsWith('.md')) into.push(full);
  }
}

/** Renders the pages and keys each request by its include-file base name, per language. */
export async function indexPages(inputs: readonly string[], language: VerifyLanguage, schema?: string): Promise<Map<string, Expectation>> {
  const files: string[] = [];
  for (const i of inputs) await collectPages(i, files);
  const out = new Map<string, Expectation>();
  const schemaFor = await schemaForOption(schema); // loaded once, not per page
  const seen = new Set<string>();
  files.sort(); // the order `generate` reads pages in (generator/pages.ts)
  for (const f of files) {
    const page = renderPageSync(await readFile(f, 'utf8'), f, schemaFor, { languages: [language] });
    for (const r of page.requests) {
      if (!r.typed || !r.ir) continue;
      const snippet = r.snippets[0];
      const key = includeBaseName(r.name);
      // two requests share the include name (render:duplicate-name): `generate` writes the first one, in the
      // order it reads the pages (paths sorted, as here) and in page order: that one is the include file's request
      if (seen.has(key)) continue;
      seen.add(key);
      out.set(key, {
        request: r.typed,
        rawUrl: r.ir.url.raw,
        announced: [...new Set([...r.diagnostics, ...(snippet?.diagnostics ?? [])].map((d) => d.ruleId))],
      });
    }
  }
  return out;
}

/** The documented request of a golden case's snippet (typed.json, input.md, <lang>.messages.txt beside it), or null. */
export async function goldenExpectation(file: string, language: VerifyLanguage): Promise<Expectation | null> {
  const dir = path.dirname(file);
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, 'typed.json'), 'utf8')) as TypedRequest | TypedRequest[];
    const typed = Array.isArray(parsed) ? (parsed.length === 1 ? parsed[0]! : null) : parsed;
    if (!typed) return null;
    const input = (await readFile(path.join(dir, 'input.md'), 'utf8')).replace(/\r\n/g, '\n').split('\n');
    const line = input[typed.place.line - 1] ?? '';
    const m = /^\s*[A-Za-z]+\s+(.+?)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(line.slice(typed.place.column - 1));
    if (!m) return null;
    // the request's diagnostics (messages.txt) and the language's (<lang>.messages.txt), each line ending in `[rule-id]`
    const announced = new Set<string>();
    for (const name of ['messages.txt', `${language}.messages.txt`]) {
      let text = '';
      try {
        text = await readFile(path.join(dir, name), 'utf8');
      } catch {
        continue; // none
      }
      for (const m of text.matchAll(/\[([\w-]+:[\w-]+)\]\s*$/gm)) announced.add(m[1]!);
    }
    return { request: typed, rawUrl: m[1]!, announced: [...announced] };
  } catch {
    return null;
  }
}

/** The include-file base name of a snippet file (`output/python/x-python-snippets.md`, `python/x.md`), or null. */
export function includeNameOf(file: string, language: VerifyLanguage): string | null {
  const base = path.basename(file);
  const suffix = `-${language}-snippets.md`;
  if (base.endsWith(suffix)) return base.slice(0, -suffix.length);
  if (base.endsWith('.md') && path.basename(path.dirname(file)) === language) return base.slice(0, -3);
  return null;
}

/**
 * Runs the compiled snippets of one language (indices into `snippets`, as `verify` compiled them)
 * against a capturing server and judges each one. Returns a result per given index.
 */
export async function runMeaning(
  language: VerifyLanguage,
  snippets: readonly VerifySnippet[],
  compiled: readonly number[],
  expectationOf: (s: VerifySnippet) => Promise<Expectation | null>,
  cacheDir: string,
  timeoutMs: number,
): Promise<Map<number, MeaningResult>> {
  const results = new Map<number, MeaningResult>();
  const expectations = new Map<number, Expectation>();
  for (const i of compiled) {
    const e = await expectationOf(snippets[i]!);
    if (e) expectations.set(i, e);
    else results.set(i, { status: 'unmatched', findings: [] });
  }
  const toRun = compiled.filter((i) => expectations.has(i));
  if (toRun.length === 0) return results;
  const tagOf = (i: number): string => (language === 'java' ? `Snippet${String(i + 1).padStart(4, '0')}` : `s${String(i + 1).padStart(4, '0')}`);
  const byTag = new Map(toRun.map((i) => [tagOf(i), i]));
  const server = await startCapture((tag, method) => {
    const i = byTag.get(tag);
    return cannedResponse(i === undefined ? null : expectations.get(i)!.request.operation, method);
  }, timeoutMs + 30_000);
  let outcomes;
  try {
    outcomes = await runCompiled(language, snippets, toRun, cacheDir, server.port, timeoutMs);
  } finally {
    await server.close();
  }
  const sentBy = new Map<string, CapturedRequest[]>();
  for (const r of server.requests) sentBy.set(r.tag, [...(sentBy.get(r.tag) ?? []), r]);
  for (const i of toRun) {
    const tag = tagOf(i);
    const outcome = outcomes.get(tag);
    const sent = sentBy.get(tag) ?? [];
    const s = snippets[i]!;
    if (!outcome || (outcome.error !== null && sent.length === 0)) {
      results.set(i, { status: 'error', findings: [], error: outcome?.error ?? 'the runner gave no result' });
      continue;
    }
    const accepted: AnnouncedRewrite[] = [];
    const findings: MeaningFinding[] = compareRequests(expectations.get(i)!, sent, accepted);
    const placed = findings.map((f) => ({ line: placeFinding(s.code, f) + s.lineOffset, ruleId: f.ruleId, message: f.message }));
    results.set(i, { status: placed.length === 0 ? 'sent' : 'differs', findings: placed, ...(outcome.error !== null ? { error: outcome.error } : {}), ...(placed.length === 0 && accepted.length > 0 ? { accepted } : {}) });
  }
  return results;
}
