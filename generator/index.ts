/**
 * snipgen as a library: `import { renderRequest, renderPage, checkSnippet } from 'snipgen'`.
 *
 *   const { snippets } = await renderRequest('GET https://graph.microsoft.com/v1.0/me', { languages: ['python'] });
 *   snippets[0].code;          // the snippet, or null (snippets[0].diagnostics say why)
 *   await checkSnippet('go', code);   // { valid, findings, diagnostics }
 *
 * The one door into the pipeline: every command, the playground server, the remark plugin and the
 * worker threads go through these verbs (or their synchronous forms, which take schemas already
 * loaded), so the API-version rule and the defaults live in one place (`pipeline.ts`). The library
 * never prints and never exits; bad input becomes diagnostics, placed (line and column) in the
 * text given.
 */
import { VFile } from 'vfile';
import { checkSync, initCheckers, type Finding, type Verdict } from './check/index.js';
import { rawRequestFromHttpText } from './extract/http-text.js';
import { LANGUAGE_IDS, type LanguageId } from './languages/index.js';
import { diagnosticOfMessage, renderExample, renderPageText, type ApiVersion, type Diagnostic, type RenderedExample, type RenderedPageResult, type SchemaFor } from './pipeline.js';
import { loadSchemas } from './schema/load.js';
import { Schema } from './schema/schema.js';

export { initCheckers, type Finding, type Verdict } from './check/index.js';
export type { TypedRequest } from './ir/typed.js';
export type { RequestIR } from './ir/types.js';
export type { LanguageProfile } from './languages/profile.js';
export type { ApiVersion, Diagnostic, RenderedExample, SchemaFor, SnippetResult } from './pipeline.js';
export type { RenderIssue } from './render/view.js';
export { LANGUAGES, LANGUAGE_IDS, isLanguageId, languageById, type LanguageId } from './languages/index.js';
export { loadSchemas, type LoadedSchemas } from './schema/load.js';
export { Schema, loadSchema } from './schema/schema.js';

/**
 * The schema requests are typed with: a loaded `Schema` (for every version), a function of the
 * version, or the path of a CSDL (`$metadata`) or saved `.json` schema. Default: the embedded
 * v1.0 and beta models, built from the pinned npm SDK packages (cached, loaded once per process).
 */
export type SchemaOption = Schema | SchemaFor | string;

export interface RenderRequestOptions {
  /** The languages to render, in this order (default: all eight, in registry order). */
  readonly languages?: readonly LanguageId[];
  /** The version of a URL that names none (default: v1.0, reported as assumed). */
  readonly apiVersion?: ApiVersion;
  /** The request's name (default `request`). */
  readonly name?: string;
  /** The path the diagnostics' file is given (default `request.http`). */
  readonly path?: string;
}

export interface RenderPageOptions {
  readonly languages?: readonly LanguageId[];
  /** The version of URLs that name none; beats the page path's `/v1.0/` or `/beta/` folder. */
  readonly apiVersion?: ApiVersion;
}

export interface WithSchema {
  readonly schema?: SchemaOption;
}

/** A request rendered: its stages' diagnostics, the typed IR, and one snippet per language. */
export type RenderedRequest = RenderedExample;

export interface RenderedPage {
  readonly path: string;
  /** Every diagnostic of extract, ir and schema on the page, in order (render issues are on the snippets). */
  readonly diagnostics: readonly Diagnostic[];
  /** One per annotated request example, in page order. */
  readonly requests: readonly RenderedRequest[];
}

export interface SnippetCheck extends Verdict {
  /** The findings as diagnostics (`check:` rule ids), placed in the snippet. */
  readonly diagnostics: readonly Diagnostic[];
}

let embedded: Promise<SchemaFor> | null = null;

/** The `SchemaFor` of a schema option (the embedded default is loaded once per process). */
export async function schemaForOption(schema?: SchemaOption): Promise<SchemaFor> {
  if (schema instanceof Schema) return () => schema;
  if (typeof schema === 'function') return schema;
  if (typeof schema === 'string') return (await loadSchemas(schema)).schemaFor;
  embedded ??= loadSchemas().then((loaded) => loaded.schemaFor);
  return embedded;
}

/** Renders one request given as bare HTTP text (request line, headers, body), with loaded schemas. */
export function renderRequestSync(http: string, schemaFor: SchemaFor, options: RenderRequestOptions = {}): RenderedRequest {
  const file = new VFile({ path: options.path ?? 'request.http', value: http });
  const raw = rawRequestFromHttpText(http, file.path, options.name ?? 'request');
  return renderExample(raw, file, schemaFor, { languages: options.languages ?? LANGUAGE_IDS, ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}) });
}

/** Renders one request given as bare HTTP text: snippets per language, diagnostics placed in `http`. */
export async function renderRequest(http: string, options: RenderRequestOptions & WithSchema = {}): Promise<RenderedRequest> {
  return renderRequestSync(http, await schemaForOption(options.schema), options);
}

/** The page's result as the library gives it, from the pipeline's (which also keeps the VFile). */
export function renderedPage(result: RenderedPageResult): RenderedPage {
  return { path: result.file.path, diagnostics: result.file.messages.map(diagnosticOfMessage), requests: result.examples };
}

/** Renders every annotated request example of a markdown page, with loaded schemas. */
export function renderPageSync(markdown: string, pagePath: string, schemaFor: SchemaFor, options: RenderPageOptions = {}): RenderedPage {
  return renderedPage(renderPageText(pagePath, markdown, schemaFor, { languages: options.languages ?? LANGUAGE_IDS, ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}) }));
}

/**
 * Renders every annotated request example of a markdown page (`pagePath` names it in diagnostics
 * and, for URLs that name no version, its `/v1.0/` or `/beta/` folder gives one).
 */
export async function renderPage(markdown: string, pagePath: string, options: RenderPageOptions & WithSchema = {}): Promise<RenderedPage> {
  return renderPageSync(markdown, pagePath, await schemaForOption(options.schema), options);
}

/** Judges one snippet with the language's real grammar and lint rules; `initCheckers()` must have resolved. */
export function checkSnippetSync(language: LanguageId, code: string): SnippetCheck {
  const verdict = checkSync(language, code);
  return { ...verdict, diagnostics: verdict.findings.map(diagnosticOfFinding) };
}

/** Judges one snippet, ours or anyone's (loads the grammars at the first call). */
export async function checkSnippet(language: LanguageId, code: string): Promise<SnippetCheck> {
  await initCheckers();
  return checkSnippetSync(language, code);
}

function diagnosticOfFinding(finding: Finding): Diagnostic {
  return { severity: finding.severity, ruleId: finding.ruleId, message: finding.message, line: finding.line, column: finding.column };
}
