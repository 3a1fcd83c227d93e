/**
 * The pipeline, page by page: markdown → raw requests (extract) → request IR (ir) → typed IR
 * (schema, when a schema is given). Later stages (render, check) hang off the same page result.
 * Pure apart from reading the page; never prints; every problem is a message on the page's VFile.
 */
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { report } from './diagnostics/report.js';
import { extractRequests } from './extract/index.js';
import { buildRequest } from './ir/index.js';
import { resolveRequest } from './ir/resolve.js';
import { isGraphHost } from './ir/url.js';
import type { TypedRequest } from './ir/typed.js';
import type { RawRequest } from './extract/types.js';
import type { RequestIR } from './ir/types.js';
import type { Schema } from './schema/schema.js';

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
