/**
 * A page's generation outcome as plain data: what extract → ir → schema → render made of one page
 * (its messages, its requests, every request's snippet in every language), before anything is
 * written. It is what a worker thread sends back and what the incremental cache stores, and the
 * one run loop (commands/generate.ts) replays it in page order, so a run's output and messages
 * are the same whether a page was processed in this thread, in a worker, or came from the cache.
 */
import type { VFile } from 'vfile';
import { catalogue } from '../diagnostics/catalogue.js';
import type { Place, Span } from '../diagnostics/types.js';
import type { RequestIR } from '../ir/types.js';
import type { LanguageId } from '../languages/index.js';
import { renderPageText, type SchemaFor } from '../pipeline.js';
import type { RenderedSnippet } from '../render/render.js';

/** A vfile message as data (`severity` stands for vfile's `fatal`: true / false / undefined). */
export interface MessageData {
  readonly reason: string;
  readonly place: Place | Span | null;
  readonly source: string | null;
  readonly ruleId: string | null;
  readonly severity: 'error' | 'warning' | 'info';
  readonly url: string | null;
}

export interface RequestOutcome {
  readonly name: string;
  readonly file: string;
  readonly place: Place;
  /** One per language of the run, in the run's language order. */
  readonly snippets: readonly RenderedSnippet[];
}

export interface PageOutcome {
  readonly path: string;
  /** The page's messages from extract, ir and schema (render issues are in `requests`). */
  readonly messages: readonly MessageData[];
  /** The page's request IR (for the run summary). */
  readonly requests: readonly RequestIR[];
  readonly typed: readonly RequestOutcome[];
}

export function messageData(file: VFile): MessageData[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    place: (m.place as Place | Span | undefined) ?? null,
    source: m.source ?? null,
    ruleId: m.ruleId ?? null,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    url: m.url ?? null,
  }));
}

/** Puts messages back on a page's VFile, as `report` made them. */
export function restoreMessages(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const message = file.message(data.reason, {
      ...(data.place !== null ? { place: data.place } : {}),
      ...(data.ruleId !== null ? { ruleId: data.ruleId } : {}),
      ...(data.source !== null ? { source: data.source } : {}),
    });
    message.fatal = data.severity === 'error' ? true : data.severity === 'warning' ? false : undefined;
    if (data.url !== null) message.url = data.url;
  }
}

/** Processes one page's text into its outcome (pure apart from the schema's caches). */
export function pageOutcome(pagePath: string, text: string, languages: readonly LanguageId[], schemaFor: SchemaFor): PageOutcome {
  const page = renderPageText(pagePath, text, schemaFor, { languages });
  const requests: RequestIR[] = [];
  const typed: RequestOutcome[] = [];
  for (const example of page.examples) {
    if (example.ir !== null) requests.push(example.ir);
    if (example.typed === null) continue;
    const { name, file, place } = example.typed;
    typed.push({ name, file, place, snippets: example.snippets.map(({ language, code, issues }) => ({ language, code, issues })) });
  }
  return { path: pagePath, messages: messageData(page.file), requests, typed };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Whether untrusted data (a cache file) has the shape of an outcome of this page and these
 * languages. Checks what the run loop relies on; a value that fails is never used.
 */
export function isPageOutcome(x: unknown, pagePath: string, languages: readonly LanguageId[]): x is PageOutcome {
  if (!isObject(x) || x.path !== pagePath || !Array.isArray(x.messages) || !Array.isArray(x.requests) || !Array.isArray(x.typed)) return false;
  const placeOk = (p: unknown): boolean => isObject(p) && (typeof p.line === 'number' || isObject(p.start));
  for (const m of x.messages) {
    if (!isObject(m) || typeof m.reason !== 'string' || !['error', 'warning', 'info'].includes(m.severity as string)) return false;
    if (m.place !== null && !placeOk(m.place)) return false;
  }
  for (const r of x.requests) if (!isObject(r) || typeof r.method !== 'string' || !isObject(r.url)) return false;
  for (const t of x.typed) {
    if (!isObject(t) || typeof t.name !== 'string' || typeof t.file !== 'string' || !placeOk(t.place) || !Array.isArray(t.snippets)) return false;
    if (t.snippets.length !== languages.length) return false;
    for (const [i, s] of t.snippets.entries()) {
      if (!isObject(s) || s.language !== languages[i] || (s.code !== null && typeof s.code !== 'string') || !Array.isArray(s.issues)) return false;
      for (const issue of s.issues) if (!isObject(issue) || typeof issue.ruleId !== 'string' || !Object.hasOwn(catalogue, issue.ruleId) || typeof issue.message !== 'string' || !placeOk(issue.place)) return false;
    }
  }
  return true;
}
