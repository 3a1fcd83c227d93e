/**
 * The pipeline, page by page: markdown → raw requests (extract) → request IR (ir) → typed IR
 * (schema, when a schema is given) → one snippet per language (render). Pure apart from reading
 * the page; never prints; every problem of extract, ir and schema is a message on the page's
 * VFile, and each snippet carries its own render issues. The library's door (`index.ts`) and every
 * command go through these functions, so each rule (the API version above all) lives here once.
 */
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { catalogue } from './diagnostics/catalogue.js';
import { fullRuleId, report, severityOf } from './diagnostics/report.js';
import type { Severity } from './diagnostics/types.js';
import { extractRequests } from './extract/index.js';
import { buildRequest } from './ir/index.js';
import { resolveRequest } from './ir/resolve.js';
import { isGraphHost } from './ir/url.js';
import type { TypedRequest } from './ir/typed.js';
import type { RawRequest } from './extract/types.js';
import type { RequestIR } from './ir/types.js';
import type { Schema } from './schema/schema.js';
import type { LanguageId } from './languages/index.js';
import { renderSnippet, type RenderedSnippet } from './render/render.js';
import type { RenderIssue } from './render/view.js';

export type ApiVersion = 'v1.0' | 'beta';

export interface PageResult {
  readonly file: VFile;
  readonly raw: readonly RawRequest[];
  readonly requests: readonly RequestIR[];
  /** The requests typed against the schema of their version (empty when no schema was given). */
  readonly typed: readonly TypedRequest[];
}

/** The schema to type a request of a version against (the same one for every version with `--schema`). */
export type SchemaFor = (version: ApiVersion) => Schema;

export interface TypeOptions {
  /** The version of URLs that name none, given by the caller (`--api-version`); beats the page folder. */
  readonly apiVersion?: ApiVersion;
}

/**
 * The one rule for a request's API version: the URL's own; for a URL that names none (a relative
 * URL), the caller's (`--api-version`), else the page path's `/v1.0/` or `/beta/` folder, else v1.0.
 */
export function apiVersionOf(
  request: RequestIR,
  pagePath: string,
  options: TypeOptions = {},
): { readonly version: ApiVersion; readonly from: 'url' | 'option' | 'page' | 'default' } {
  if (request.url.apiVersion !== null) return { version: request.url.apiVersion, from: 'url' };
  if (options.apiVersion !== undefined) return { version: options.apiVersion, from: 'option' };
  const folders = pagePath.split(/[\\/]/);
  const folder = [...folders.slice(0, -1)].reverse().find((f): f is ApiVersion => f === 'v1.0' || f === 'beta');
  return folder ? { version: folder, from: 'page' } : { version: 'v1.0', from: 'default' };
}

/** Types one request: decides its version (reported when assumed) and resolves it against that version's schema. */
export function typeRequest(request: RequestIR, file: VFile, schemaFor: SchemaFor, options: TypeOptions = {}): TypedRequest {
  const { version, from } = apiVersionOf(request, file.path, options);
  // a foreign host has no API version to assume: the resolver reports it as not Graph's
  if (from === 'url' || !isGraphHost(request.url.host)) return resolveRequest(request, schemaFor(version), file);
  const schema = schemaFor(version);
  const why = from === 'page' ? `the page is in a /${version}/ folder` : from === 'option' ? 'as the run asks' : 'the default';
  report(file, 'schema:api-version-assumed', `the URL names no API version; ${version} is assumed (${why}) and ${schema.model.source} is used`, request.url.place);
  return resolveRequest(request, schema, file, { apiVersion: version });
}

/** Runs extract and ir (and the schema stage when `schemaFor` is given) over one page's text. */
export function processPageText(filePath: string, text: string, schemaFor?: SchemaFor, options: TypeOptions = {}): PageResult {
  const file = new VFile({ path: filePath, value: text });
  const raw = extractRequests(file);
  const requests: RequestIR[] = [];
  const typed: TypedRequest[] = [];
  for (const r of raw) {
    const ir = buildRequest(r, file);
    if (!ir) continue;
    requests.push(ir);
    if (schemaFor) typed.push(typeRequest(ir, file, schemaFor, options));
  }
  return { file, raw, requests, typed };
}

export async function processPage(filePath: string, schemaFor?: SchemaFor, options: TypeOptions = {}): Promise<PageResult> {
  const text = await readFile(filePath, 'utf8');
  return processPageText(filePath, text, schemaFor, options);
}

/** A problem, placed (1-based line and column) in the text given: a page, or a request's HTTP text. */
export interface Diagnostic {
  readonly severity: Severity;
  /** `source:rule` as the catalogue spells it (`ir:json-extra-comma`). */
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export function diagnosticOfMessage(message: VFileMessage): Diagnostic {
  return { severity: severityOf(message), ruleId: fullRuleId(message), message: message.reason, line: message.line ?? 1, column: message.column ?? 1 };
}

export function diagnosticOfIssue(issue: RenderIssue): Diagnostic {
  return { severity: catalogue[issue.ruleId].severity, ruleId: issue.ruleId, message: issue.message, line: issue.place.line, column: issue.place.column };
}

/** One language's snippet of a request. */
export interface SnippetResult extends RenderedSnippet {
  /** The request's diagnostics (extract, ir, schema) followed by this language's own render issues. */
  readonly diagnostics: readonly Diagnostic[];
}

/** One request example through every stage. */
export interface RenderedExample {
  readonly name: string;
  readonly raw: RawRequest;
  /** The request IR; null when the request could not be built (see `diagnostics`). */
  readonly ir: RequestIR | null;
  /** The typed request; null when the request could not be built. */
  readonly typed: TypedRequest | null;
  /** The diagnostics of this request's stages (extract, ir, schema). */
  readonly diagnostics: readonly Diagnostic[];
  /** One per language asked for, in that order (code null when the request could not be built). */
  readonly snippets: readonly SnippetResult[];
}

export interface RenderOptions extends TypeOptions {
  /** The languages to render, in this order. */
  readonly languages: readonly LanguageId[];
}

/**
 * Builds, types and renders one extracted request example of `file`. Its ir and schema messages
 * land on `file`; the example's `diagnostics` are the file's messages from index `since` (default:
 * those this call adds).
 */
export function renderExample(raw: RawRequest, file: VFile, schemaFor: SchemaFor, options: RenderOptions, since = file.messages.length): RenderedExample {
  const ir = buildRequest(raw, file);
  const typed = ir === null ? null : typeRequest(ir, file, schemaFor, options);
  const diagnostics = file.messages.slice(since).map(diagnosticOfMessage);
  const snippets = options.languages.map((language): SnippetResult => {
    if (typed === null) return { language, code: null, issues: [], diagnostics };
    const snippet = renderSnippet(language, typed);
    return { ...snippet, diagnostics: [...diagnostics, ...snippet.issues.map(diagnosticOfIssue)] };
  });
  return { name: raw.name, raw, ir, typed, diagnostics, snippets };
}

export interface RenderedPageResult {
  /** The page, with the messages of extract, ir and schema (render issues are on the snippets). */
  readonly file: VFile;
  /** One per request example, in page order (also those that could not be built). */
  readonly examples: readonly RenderedExample[];
}

/** Runs every stage over one page's text: every request example in every language of `options`. */
export function renderPageText(filePath: string, text: string, schemaFor: SchemaFor, options: RenderOptions): RenderedPageResult {
  const file = new VFile({ path: filePath, value: text });
  const examples = extractRequests(file).map((raw) => renderExample(raw, file, schemaFor, options));
  return { file, examples };
}
