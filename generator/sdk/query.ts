/**
 * The query options of a kiota SDK call, with one verdict for every kiota target: an option is
 * printed only as a query parameter the request builder declares for its executor, else the
 * request is refused (`render:not-in-sdk`) in every target alike; none is dropped silently and
 * none is printed as a field the SDK's class lacks.
 *
 * With a model that holds the SDK's request builders (the complete default model), what the
 * builder declares is looked up (`TypedRequest.sdkQuery`, read from the Go SDK's `…QueryParameters`
 * structs). Otherwise it is derived by these rules.
 *
 * What the builders declare (the OpenAPI description the SDKs are generated from):
 * - on GET: the system options the path allows (`declaredSystemParameters`: `$select`/`$expand`
 *   on a single entity, the collection options on a collection and on a function returning one,
 *   `$filter`/`$search` on `$count`, none on a stream, a `$ref` or a function returning one value),
 *   and the few custom parameters Microsoft's metadata pipeline adds by name (`startDateTime`,
 *   `endDateTime`, `changeType`, `model`);
 * - on the DELETE of a collection's `$ref`: `$id`, the reference to remove (kiota's `id`, sent as
 *   `@id`, which the service reads as `$id`);
 * - nowhere: `$skiptoken`, `$deltatoken`, `$format`, and other custom options (`format=pdf`).
 *   Each SDK can still send such a URL verbatim through its builders' `WithUrl` raw fallback;
 *   the refusal's message says so.
 */
import type { TypedRequest } from '../ir/typed.js';
import type { BuilderChain } from '../render/chain.js';
import { kiotaQueryParameters, type KiotaQueryParameter } from '../render/query.js';
import { DECLARED_CUSTOM_PARAMETERS } from '../render/sdk-request.js';
import type { RenderIssue } from '../render/issue.js';

/** A query parameter the builder declares, with kiota's name for it (`select`, `top`, `startDateTime`, `id`). */
export type SdkQueryParameter = KiotaQueryParameter | { readonly name: 'id'; readonly kind: 'string'; readonly value: string; readonly place: KiotaQueryParameter['place'] };

export type SdkQueryResult = { readonly ok: true; readonly parameters: readonly SdkQueryParameter[] } | { readonly ok: false; readonly issues: readonly RenderIssue[] };

const COLLECTION_OPTIONS = ['select', 'expand', 'filter', 'orderby', 'top', 'skip', 'search', 'count'] as const;

/** The system query parameters the builder a GET ends at declares (see the module comment). */
export function declaredSystemParameters(request: TypedRequest): ReadonlySet<string> {
  const last = request.path[request.path.length - 1];
  if (last?.kind === 'count') return new Set(['filter', 'search']);
  switch (request.operation) {
    case 'list':
      return new Set(COLLECTION_OPTIONS);
    case 'get':
      return new Set(['select', 'expand']);
    case 'function':
      return last?.kind === 'operation' && last.returnType?.collection === true ? new Set(COLLECTION_OPTIONS) : new Set();
    default:
      return new Set();
  }
}

const RAW_FALLBACK = 'the SDKs can send such a URL only verbatim, through the builder\'s WithUrl';

/** The path by its segments' names (`/me/drive/items/{id}/content`). */
function pathText(request: TypedRequest): string {
  const segment = (step: TypedRequest['path'][number]): string => {
    switch (step.kind) {
      case 'key':
        return `{${step.parameterName}}`;
      case 'value':
        return '$value';
      case 'ref':
        return '$ref';
      case 'count':
        return '$count';
      case 'cast':
        return step.written;
      case 'colonPath':
        return `root:${step.path}:`;
      default:
        return 'name' in step ? step.name : '…';
    }
  };
  return '/' + request.path.map(segment).join('/');
}

/** sdkQueryParameters against the query parameters the builder declares (`$select`, `startDateTime`, `@id`). */
function statedQueryParameters(
  request: TypedRequest,
  stated: readonly string[],
  refuse: (option: string, place: KiotaQueryParameter['place'], why?: string) => SdkQueryResult,
): SdkQueryResult {
  const out: SdkQueryParameter[] = [];
  const has = new Set(stated.map((q) => q.toLowerCase()));
  const takes = stated.length === 0 ? ' (it takes none)' : ` (it takes ${stated.join(', ')})`;
  const idOption = request.query.order.find((o) => o.name === '$id');
  if (idOption !== undefined) {
    // kiota's `id` of a `$ref` DELETE, sent as `@id`
    if (!has.has('@id') && !has.has('$id')) return refuse('$id', idOption.place, takes);
    out.push({ name: 'id', kind: 'string', value: idOption.value, place: idOption.place });
  }
  for (const p of kiotaQueryParameters(request.query)) {
    const sent = p.kind === 'custom' ? p.name : `$${p.name}`;
    if (!has.has(sent.toLowerCase())) return refuse(p.kind === 'custom' ? `'${p.name}'` : sent, p.place, takes);
    if (p.kind === 'string' && p.name !== 'filter' && p.name !== 'search') return refuse(sent, p.place);
    out.push(p);
  }
  return { ok: true, parameters: out };
}

/** The query parameters of the call, or the refusal. */
export function sdkQueryParameters(request: TypedRequest, chain: BuilderChain, label: string): SdkQueryResult {
  const refuse = (option: string, place: KiotaQueryParameter['place'], why = ''): SdkQueryResult => ({
    ok: false,
    issues: [{ ruleId: 'render:not-in-sdk', message: `${label}: the SDK's request builder for ${chain.executor.toUpperCase()} ${pathText(request)} declares no ${option} query parameter${why}; ${RAW_FALLBACK}`, place }],
  });
  const out: SdkQueryParameter[] = [];
  // the builder's own declaration, when the model holds the SDK's builders: looked up, not derived
  const stated = request.sdkQuery?.[chain.executor];
  if (stated !== undefined) return statedQueryParameters(request, stated, refuse);
  const declared = declaredSystemParameters(request);
  const last = request.path[request.path.length - 1];
  // `$id` on the DELETE of a collection's $ref: the one query parameter a DELETE builder declares.
  const idOption = request.query.order.find((o) => o.name === '$id');
  if (idOption !== undefined) {
    if (request.operation !== 'ref-remove' || last?.kind !== 'ref') return refuse('$id', idOption.place);
    out.push({ name: 'id', kind: 'string', value: idOption.value, place: idOption.place });
  }
  for (const p of kiotaQueryParameters(request.query)) {
    if (chain.executor !== 'get') return refuse(p.kind === 'custom' ? `'${p.name}'` : `$${p.name}`, p.place);
    if (p.kind === 'custom') {
      if (!DECLARED_CUSTOM_PARAMETERS.includes(p.name)) return refuse(`'${p.name}'`, p.place);
      out.push(p);
      continue;
    }
    if (p.kind === 'string' && p.name !== 'filter' && p.name !== 'search') return refuse(`$${p.name}`, p.place);
    if (!declared.has(p.name)) {
      const takes = declared.size === 0 ? ' (it takes none)' : ` (it takes ${[...declared].map((d) => `$${d}`).join(', ')})`;
      return refuse(`$${p.name}`, p.place, takes);
    }
    out.push(p);
  }
  return { ok: true, parameters: out };
}
