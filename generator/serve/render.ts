/**
 * What the playground's `POST /api/render` answers: one request (bare HTTP text, or one request
 * example of a docs page in markdown) through the library's own stages — extract, ir, schema
 * (`typeRequest`), render, check — with every diagnostic placed in the text as given. Pure: no
 * printing, no file access; bad input becomes diagnostics or a `RenderInputError`, never a throw
 * of anything else.
 */
import { VFile } from 'vfile';
import type { Verdict } from '../check/index.js';
import { extractRequests } from '../extract/index.js';
import type { RawRequest } from '../extract/types.js';
import { checkSnippetSync, LANGUAGE_IDS, renderRequestSync, type ApiVersion, type Diagnostic, type LanguageId, type RenderedRequest, type SchemaFor, type TypedRequest } from '../index.js';
import { diagnosticOfMessage, renderExample } from '../pipeline.js';

/** The request body of `POST /api/render`. Exactly one of `http` and `markdown`. */
export interface RenderInput {
  readonly http?: string;
  readonly markdown?: string;
  /** For `markdown`: the 0-based index of the request example to render (default 0). */
  readonly request?: number;
  /** The version of a URL that names none (default v1.0). */
  readonly apiVersion?: ApiVersion;
  /** Include the typed IR in the answer. */
  readonly ir?: boolean;
}

export type PlaygroundDiagnostic = Diagnostic;

export interface LanguageResult {
  /** The snippet, or null when this language cannot render the request (see `diagnostics`). */
  readonly code: string | null;
  /** The checker's verdict on `code`; null when there is no code. */
  readonly verdict: Verdict | null;
  /** The request's diagnostics followed by this language's own render issues. */
  readonly diagnostics: readonly PlaygroundDiagnostic[];
}

/** One request example of a markdown page, for the picker. */
export interface RequestChoice {
  readonly index: number;
  readonly name: string;
  /** Line of the request's first line (its request line) in the markdown. */
  readonly line: number;
  /** The request line as written (`POST https://…`). */
  readonly title: string;
}

export interface RenderOutput {
  /** For `markdown`: every request example of the page; for `http`: null. */
  readonly requests: readonly RequestChoice[] | null;
  /** The index rendered (null when a page has no request example). */
  readonly selected: number | null;
  /** Diagnostics of extract, ir and schema, placed in the editor's text. */
  readonly diagnostics: readonly PlaygroundDiagnostic[];
  /** Per language, in registry order; empty when no request could be built. */
  readonly languages: Partial<Record<LanguageId, LanguageResult>>;
  /** How far the request was typed (null when no request could be built): what every tab's mark says besides "parses". */
  readonly typing: Typing | null;
  /** The typed IR, when asked for (`ir: true`) and a request was built. */
  readonly ir?: TypedRequest | null;
}

/**
 * What the schema stage made of the request. A snippet that parses is not yet a right call: it is
 * "typed against a complete schema" only when `schema` is `complete` (a CSDL, `--schema`), the
 * request `resolved` and nothing rests on inference; the embedded model (built from the SDK
 * packages) is incomplete, and a request it types may rest on inferred facts (`inferences`).
 */
export interface Typing {
  readonly schema: 'complete' | 'embedded';
  readonly resolved: boolean;
  readonly restsOnInference: boolean;
  /** What was inferred, at its place in the text (the resolver's `inferences`). */
  readonly inferences: readonly { readonly what: string; readonly line: number; readonly column: number }[];
  /** Why the request is not resolved (empty when it is), at their places. */
  readonly reasons: readonly { readonly ruleId: string; readonly message: string; readonly line: number; readonly column: number }[];
}

/** The body is not a render request (answered with 400 and this message). */
export class RenderInputError extends Error {
  override readonly name = 'RenderInputError';
}

/** Checks the parsed JSON body's shape; throws `RenderInputError` with a readable message. */
export function parseRenderInput(body: unknown): RenderInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RenderInputError('the body must be a JSON object');
  const b = body as Record<string, unknown>;
  const known = new Set(['http', 'markdown', 'request', 'apiVersion', 'ir']);
  const unknown = Object.keys(b).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new RenderInputError(`unknown field(s): ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
  const hasHttp = b.http !== undefined;
  const hasMarkdown = b.markdown !== undefined;
  if (hasHttp === hasMarkdown) throw new RenderInputError('give exactly one of "http" (a request) and "markdown" (a docs page)');
  if (hasHttp && typeof b.http !== 'string') throw new RenderInputError('"http" must be a string');
  if (hasMarkdown && typeof b.markdown !== 'string') throw new RenderInputError('"markdown" must be a string');
  if (b.request !== undefined && (!Number.isInteger(b.request) || (b.request as number) < 0)) throw new RenderInputError('"request" must be a non-negative integer');
  if (b.apiVersion !== undefined && b.apiVersion !== 'v1.0' && b.apiVersion !== 'beta') throw new RenderInputError('"apiVersion" must be "v1.0" or "beta"');
  if (b.ir !== undefined && typeof b.ir !== 'boolean') throw new RenderInputError('"ir" must be true or false');
  return b as RenderInput;
}

function choiceOf(raw: RawRequest): RequestChoice {
  const first = raw.lines.find((l) => l.text.trim() !== '');
  return { index: raw.index, name: raw.name, line: (first ?? raw.lines[0])?.place.line ?? raw.fence.place.line, title: first?.text.trim() ?? '' };
}

/** Renders one request in every language (or `languages`) and checks each snippet; `initCheckers()` must have resolved. */
export function renderPlayground(input: RenderInput, schemaFor: SchemaFor, languages: readonly LanguageId[] = LANGUAGE_IDS): RenderOutput {
  const options = { languages, ...(input.apiVersion ? { apiVersion: input.apiVersion } : {}) };
  let requests: RequestChoice[] | null = null;
  let rendered: RenderedRequest | null = null;
  let diagnostics: readonly Diagnostic[] = [];
  if (input.markdown !== undefined) {
    const file = new VFile({ path: 'playground.md', value: input.markdown });
    const all = extractRequests(file);
    requests = all.map(choiceOf);
    const raw = all[Math.min(input.request ?? 0, Math.max(all.length - 1, 0))];
    // the diagnostics from the page's first message: extract's too, not only this request's
    if (raw !== undefined) rendered = renderExample(raw, file, schemaFor, options, 0);
    else diagnostics = file.messages.map(diagnosticOfMessage);
  } else {
    rendered = renderRequestSync(input.http ?? '', schemaFor, { ...options, path: 'playground.http', name: 'playground' });
  }
  const selected = rendered === null ? null : rendered.raw.index;
  if (rendered === null || rendered.typed === null) {
    return { requests, selected, diagnostics: rendered?.diagnostics ?? diagnostics, languages: {}, typing: null, ...(input.ir ? { ir: null } : {}) };
  }
  const results: Partial<Record<LanguageId, LanguageResult>> = {};
  for (const snippet of rendered.snippets) {
    const verdict = snippet.code === null ? null : verdictOf(checkSnippetSync(snippet.language, snippet.code));
    results[snippet.language] = { code: snippet.code, verdict, diagnostics: snippet.diagnostics };
  }
  const typed = rendered.typed;
  const typing: Typing = {
    schema: schemaFor(typed.apiVersion ?? input.apiVersion ?? 'v1.0').complete ? 'complete' : 'embedded',
    resolved: typed.resolved,
    restsOnInference: typed.restsOnInference,
    inferences: typed.inferences.map((i) => ({ what: i.what, line: i.place.line, column: i.place.column })),
    reasons: typed.reasons.map((r) => ({ ruleId: r.ruleId, message: r.message, line: r.place.line, column: r.place.column })),
  };
  return { requests, selected, diagnostics: rendered.diagnostics, languages: results, typing, ...(input.ir ? { ir: typed } : {}) };
}

function verdictOf({ valid, findings }: Verdict): Verdict {
  return { valid, findings };
}
