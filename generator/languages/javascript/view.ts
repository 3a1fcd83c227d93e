/**
 * JavaScript (`@microsoft/microsoft-graph-client`, as the docs show it): the client set-up, the body
 * as an object literal with the JSON's own keys, and one `client.api('/path')` chain.
 *
 * Decisions:
 * - the path is the request's own path (real ids and `{placeholders}` kept, colon paths too: this
 *   client takes any URL); `.version('beta')` for beta; query options with a client method
 *   (`select`, `expand`, `orderby`, `filter`, `search`, `top`, `skip`, `skipToken`, `count`) become
 *   calls in the order written, every other parameter stays in the path. Query values are passed
 *   as written in the URL: the client does not encode them, so the request sent is the example's;
 * - headers become `.header(name, value)`, except `Content-Type` for JSON bodies (the client sets
 *   it), `Authorization` (the auth provider's) and `Content-Length`;
 * - a body that is not JSON (a stream upload, text) is passed as a string, with its content type;
 * - `let result = await …` when the response has a body the docs read (reads, functions, creates,
 *   replacements, actions that return something); else `await …`;
 * - body values are the typed values (a coerced `"false"` is sent as `false`), keys as written,
 *   unknown properties and annotations in the order written.
 */
import type { JsonNode } from '../../ir/types.js';
import type { TypedRequest, TypedUrlValue, TypedValue } from '../../ir/typed.js';
import type { UrlValue } from '../../ir/types.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef, unknownEnumMember } from '../../render/values.js';
import { untypedWhereTyped } from '../../render/sdk-request.js';
import type { Namer } from '../shared/names.js';
import { layoutChain, layoutDeclaration, prettierNumber, type ChainCall, type JsNode } from './layout.js';
import { javascriptLiterals, javascriptString } from './literals.js';
import { jsPropertyKey } from './naming.js';
import { javascriptProfile } from './profile.js';

export type JavaScriptView = SnippetView;

interface Context {
  readonly names: Namer;
  readonly api: 'v1.0' | 'beta';
  readonly issues: RenderIssue[];
}

// ---------------------------------------------------------------------------------------------
// Body values.

function scalarNode(value: Extract<TypedValue, { kind: 'primitive' | 'enum' }>, hint: string, ctx: Context): JsNode {
  const kind = literalKind(value);
  const scalar = scalarOf(value);
  const out = javascriptLiterals[kind](scalar, {
    api: ctx.api,
    names: ctx.names,
    hint,
    ...(value.kind === 'enum' ? { enumType: enumTypeRef(value) } : {}),
  });
  ctx.issues.push(...literalIssues('javascript', out.issues, value.place));
  if (scalar.kind === 'number') return { kind: 'scalar', code: prettierNumber(out.code), scalar: 'number' };
  return { kind: 'scalar', code: out.code, scalar: scalar.kind };
}

/** Untyped JSON, as written. */
export function jsonNode(node: JsonNode, ctx: Context): JsNode {
  switch (node.kind) {
    case 'object':
      return { kind: 'object', entries: node.entries.map((e) => ({ key: jsPropertyKey(e.key), value: jsonNode(e.value, ctx) })) };
    case 'array':
      return { kind: 'array', items: node.items.map((item) => jsonNode(item, ctx)) };
    case 'string':
      return { kind: 'scalar', code: javascriptString(node.value), scalar: 'string' };
    case 'number': {
      const out = javascriptLiterals['Edm.Untyped']({ kind: 'number', text: node.raw }, { api: ctx.api, names: ctx.names, hint: 'value' });
      ctx.issues.push(...literalIssues('javascript', out.issues, node.place));
      return { kind: 'scalar', code: prettierNumber(out.code), scalar: 'number' };
    }
    case 'boolean':
      return { kind: 'scalar', code: node.value ? 'true' : 'false', scalar: 'boolean' };
    case 'null':
      return { kind: 'scalar', code: 'null', scalar: 'null' };
  }
}

type Entry = { readonly offset: number; readonly key: string; readonly value: () => JsNode };

function objectNode(entries: Entry[]): JsNode {
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  return { kind: 'object', entries: sorted.map((e) => ({ key: jsPropertyKey(e.key), value: e.value() })) };
}

/** A typed value; keys as written, in the order written. */
export function valueNode(value: TypedValue, hint: string, ctx: Context): JsNode {
  switch (value.kind) {
    case 'primitive':
    case 'enum':
      return scalarNode(value, hint, ctx);
    case 'null':
      return { kind: 'scalar', code: 'null', scalar: 'null' };
    case 'untyped':
      return jsonNode(value.value, ctx);
    case 'collection':
      return { kind: 'array', items: value.items.map((item) => valueNode(item, hint, ctx)) };
    case 'object':
    case 'parameters':
      return objectNode([
        ...value.properties.map((p) => ({ offset: p.place.offset, key: p.jsonName, value: () => valueNode(p.value, p.jsonName, ctx) })),
        ...value.additionalData.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
        ...value.annotations.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
      ]);
    case 'reference':
      return objectNode([
        ...value.annotations.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
        ...value.additionalData.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
      ]);
  }
}

/** What the body variable is named after: the type, the action, or what it is. */
function bodyHint(value: TypedValue): string {
  switch (value.kind) {
    case 'object':
      return typeRef(value.type).name;
    case 'parameters':
      return typeRef(value.operation).name;
    case 'reference':
      return 'reference';
    default:
      return 'requestBody';
  }
}

// ---------------------------------------------------------------------------------------------
// The path.

/** Characters that would end or change a path segment, percent-encoded again. */
function encodePathText(text: string): string {
  return text.replace(/[%#?/\s\u0000-\u001f\u007f]/gu, (ch) => encodeURIComponent(ch));
}

function urlLiteral(value: UrlValue): string {
  switch (value.kind) {
    case 'placeholder':
      return value.spelling;
    case 'string':
      return value.quoted ? `'${encodePathText(value.value.replace(/'/g, "''"))}'` : encodePathText(value.value);
    case 'enum':
      return `${value.type}'${encodePathText(value.value)}'`;
    case 'number':
      return value.raw;
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'null':
      return 'null';
  }
}

function urlArguments(values: readonly TypedUrlValue[]): string {
  return values.map((v) => (v.writtenName !== null ? `${v.writtenName}=${urlLiteral(v.value)}` : urlLiteral(v.value))).join(',');
}

/** The request's path, rebuilt from its steps (`/me/events/{event-id}/accept`). */
export function pathText(request: TypedRequest): string {
  let out = '';
  for (const step of request.path) {
    switch (step.kind) {
      case 'entitySet':
      case 'singleton':
      case 'navigation':
        out += `/${step.name}`;
        break;
      case 'property':
        out += `/${step.placeholder ?? step.name}`;
        break;
      case 'key':
        if (step.syntax === 'parentheses') out += `(${urlArguments(step.keys)})`;
        else out += `/${step.keys.map((k) => urlLiteral(k.value)).join(',')}`;
        break;
      case 'cast':
        out += `/${step.written}`;
        break;
      case 'operation': {
        const name = step.qualified ? step.fullName : step.name;
        out += `/${name}${step.arguments.length > 0 ? `(${urlArguments(step.arguments)})` : ''}`;
        break;
      }
      case 'colonPath':
        out += `:${step.path}:`;
        break;
      case 'value':
      case 'ref':
      case 'count':
        out += `/$${step.kind}`;
        break;
      case 'unresolved':
        // the client takes any path: the docs' one is sent as written, the unknown segment and what follows it
        out += `/${step.written}${step.rest !== undefined ? `/${step.rest}` : ''}`;
        break;
    }
  }
  return out === '' ? '/' : out;
}

// ---------------------------------------------------------------------------------------------
// Query options and headers.

const LIST_METHODS: Readonly<Record<string, string>> = {
  $select: 'select',
  $expand: 'expand',
  $orderby: 'orderby',
  $filter: 'filter',
  $search: 'search',
  $skipToken: 'skipToken',
};

/** Client calls for the query options it has methods for; the rest as `name=value` for the path. */
export function queryCalls(request: TypedRequest): { calls: ChainCall[]; inPath: string[] } {
  const calls: ChainCall[] = [];
  const inPath: string[] = [];
  const seen = new Set<string>();
  const { query } = request;
  for (const option of query.order) {
    const method = LIST_METHODS[option.name];
    const system = option.name.startsWith('$');
    if (system && seen.has(option.name)) continue; // the IR reported the duplicate; the first one is used
    seen.add(option.name);
    if (method !== undefined) calls.push({ name: method, args: [javascriptString(option.rawValue)] });
    else if (option.name === '$top' && query.top !== undefined) calls.push({ name: 'top', args: [String(query.top)] });
    else if (option.name === '$skip' && query.skip !== undefined) calls.push({ name: 'skip', args: [String(query.skip)] });
    else if (option.name === '$count' && query.count !== undefined) calls.push({ name: 'count', args: [String(query.count)] });
    // a value holding a URL (`$id=https://graph.microsoft.com/…`) cannot be in .api()'s text: the client takes a path
    // with "https://" in it for a whole URL and cuts it there; .query() adds it to the URL the client builds
    else if (/:\/\//.test(option.rawValue)) calls.push({ name: 'query', args: [`{ ${/^[A-Za-z_$][\w$]*$/.test(option.spelling) ? option.spelling : javascriptString(option.spelling)}: ${javascriptString(option.rawValue)} }`] });
    else inPath.push(`${option.spelling}=${option.rawValue}`);
  }
  return { calls, inPath };
}

const DROPPED_HEADERS = new Set(['authorization', 'content-length']);

function headerCalls(request: TypedRequest): ChainCall[] {
  const jsonBody = request.body === null || request.body.kind === 'json';
  return request.headers
    .filter((h) => !DROPPED_HEADERS.has(h.lowerName) && !(jsonBody && h.lowerName === 'content-type'))
    .map((h) => ({ name: 'header', args: [javascriptString(h.name), javascriptString(h.value)] }));
}

// ---------------------------------------------------------------------------------------------
// The view.

const EXECUTORS = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'delete' } as const;

/** Whether the docs read the response: reads, functions, creates, replacements, actions that return something. */
function assignsResult(request: TypedRequest): boolean {
  switch (request.operation) {
    case 'list':
    case 'get':
    case 'function':
    case 'ref-get':
    case 'count':
    case 'stream-get':
    case 'create':
    case 'upsert':
      return true;
    case 'action': {
      const last = request.path[request.path.length - 1];
      return last?.kind === 'operation' && last.returnType !== null;
    }
    case 'unknown':
      return request.method === 'GET';
    default:
      return false;
  }
}

export function buildJavaScriptView(request: TypedRequest): ViewResult<JavaScriptView> {
  const issues: RenderIssue[] = [];
  if (!(request.method in EXECUTORS)) {
    return { ok: false, issues: [{ ruleId: 'render:unsupported', message: `javascript: the client has no method for ${request.method} requests`, place: request.place }] };
  }
  // As in the kiota targets: an enum value naming no member is refused, never replaced (the model
  // types of @microsoft/microsoft-graph-types hold members only, and the service rejects the value).
  const unknown = unknownEnumMember(request);
  if (unknown !== null) {
    return { ok: false, issues: [{ ruleId: 'render:unsupported', message: `javascript: '${unknown.member}' is not a member of ${unknown.type}: the model's enum cannot carry it`, place: unknown.place }] };
  }
  // Nor does it carry a placeholder or a contradicting value where the model has a type (a string for an entity).
  const untyped = untypedWhereTyped(request);
  if (untyped !== null) {
    const message = `javascript: '${untyped.property}' is typed ${untyped.type.name} in the model, and the request gives ${untyped.text}, which it cannot hold`;
    return { ok: false, issues: [{ ruleId: 'render:unsupported', message, place: untyped.place }] };
  }
  // A function is called with GET (its parameters in the URL), whatever method the docs wrote (the resolver reports it).
  const method = request.operation === 'function' ? 'GET' : (request.method as keyof typeof EXECUTORS);
  if (request.body !== null && (method === 'GET' || method === 'DELETE')) {
    return { ok: false, issues: [{ ruleId: 'render:unsupported', message: `javascript: the client's ${EXECUTORS[method]}() sends no body`, place: request.body.place }] };
  }
  const ctx: Context = { names: javascriptProfile.newNamer(), api: request.apiVersion ?? 'v1.0', issues };

  const setup: string[] = [];
  let bodyName: string | null = null;
  if (request.body !== null) {
    if (request.body.kind === 'json') {
      bodyName = ctx.names.claim(bodyHint(request.body.value));
      setup.push(...layoutDeclaration('const', bodyName, valueNode(request.body.value, bodyName, ctx)));
    } else {
      bodyName = ctx.names.claim(request.body.stream ? 'stream' : 'content');
      setup.push(...layoutDeclaration('const', bodyName, { kind: 'scalar', code: javascriptString(request.body.text), scalar: 'string' }));
    }
  }

  const { calls: query, inPath } = queryCalls(request);
  const path = pathText(request) + (inPath.length > 0 ? `?${inPath.join('&')}` : '');
  const calls: ChainCall[] = [
    { name: 'api', args: [javascriptString(path)] },
    ...(request.apiVersion === 'beta' ? [{ name: 'version', args: [javascriptString('beta')] }] : []),
    ...headerCalls(request),
    ...query,
    { name: EXECUTORS[method], args: bodyName === null ? [] : [bodyName] },
  ];
  const head = assignsResult(request) ? 'let result = await ' : 'await ';
  const call = layoutChain(head, 'client', calls);
  return { ok: true, view: { imports: [], hasImports: false, setup, hasSetup: setup.length > 0, call }, issues };
}

export const javascriptRenderer: LanguageRenderer<JavaScriptView> = {
  family: 'path',
  templateFolder: 'javascript',
  buildView: buildJavaScriptView,
};
