/**
 * The SDK request-builder chain of a typed request, language-free: what kiota generates for each
 * URL path step (a builder property, an indexer, a function with parameters) and the namespace
 * folders the builders live in (`users/item/messages`). Every kiota target (C#, Go, Java, PHP,
 * Python) names these pieces with its own casing; JavaScript, PowerShell and the CLI use the path
 * itself.
 *
 * kiota's shape, as the SDK packages show it (e.g. `@microsoft/msgraph-sdk-users`: `users/item/
 * messages/index.d.ts` declares `MessagesRequestBuilder`):
 * - an entity set, singleton, navigation or structural property → a builder property, folder = its name;
 * - a key → an indexer `by<EntityType>Id(id)`, folder `item`, builder `<EntityType>ItemRequestBuilder`;
 * - a cast → property `graph<Type>`, folder `graph<Type>`;
 * - an action, or a function without parameters → property `<name>`, folder `<name>` (a name that is
 *   an executor's, the workbook `delete` action, is `deletePath`: `range/delete/DeleteRequestBuilder`);
 * - a function with parameters → method `<name>With<P1>With<P2>(…)`, folder the same name;
 * - an operation outside the default namespace `microsoft.graph` keeps its whole qualified name in
 *   the OpenAPI path (`…/microsoft.graph.security.close`), however the page writes it, and kiota
 *   names its builder after that: property `microsoftGraphSecurityClose`, builder
 *   `MicrosoftGraphSecurityCloseRequestBuilder`; the request body and response classes keep the
 *   short name (`ApplyHoldPostRequestBody`, `GetDirectRoutingCallsWith…GetResponse`);
 * - `$value` → `content` (folder `value`, builder `ContentRequestBuilder`), `$ref` → `ref`, `$count` → `count`;
 * - an alternate key → one builder for the collection and the key, `<collection>With<Key>(key)`;
 * - a user's, group's or site's `drive` (and the `drive` singleton) has no child builders in the
 *   SDKs: a request below it is rewritten to `/drives/{drive-id}/…` (the id is the placeholder the
 *   reader fills with the drive's id), `root` becomes the item `root`, and `root:/path:` path
 *   addressing becomes the item id `root:/path:` (the service takes it as an item id); the chain's
 *   `notes` say so, and the renderers report it.
 */
import type { PathStep, TypedRequest, TypedUrlValue } from '../ir/typed.js';
import { cleanupSymbolName, firstLower, firstUpper, kiotaCamelCase } from '../languages/shared/words.js';

export type BuilderStep =
  | {
      /** A builder property (`users`, `identityGovernance`, `graphUser`, `content`, `sendMail`). */
      readonly kind: 'property';
      /** kiota's camelCase name. */
      readonly name: string;
      /** The URL segment the builder adds (`users`, `microsoft.graph.user`, `$value`, `range()`). */
      readonly segment: string;
      readonly folder: string;
      /** The builder class name (`UsersRequestBuilder`). */
      readonly builder: string;
    }
  | {
      readonly kind: 'indexer';
      /** kiota's key parameter in camelCase (`userId`); indexers are `by` + PascalCase of it. */
      readonly keyName: string;
      /** The URI template parameter (`user-id`). */
      readonly parameter: string;
      readonly key: TypedUrlValue;
      readonly folder: 'item';
      readonly builder: string;
    }
  | {
      /** A function with parameters: `<name>With<P>…(args)`. */
      readonly kind: 'function';
      readonly name: string;
      /** The URL segment before the arguments' parentheses (`reminderView`; `users` for an alternate key). */
      readonly segment: string;
      readonly arguments: readonly TypedUrlValue[];
      readonly folder: string;
      readonly builder: string;
    };

export interface BuilderChain {
  readonly steps: readonly BuilderStep[];
  /** The folders from the root (`['users', 'item', 'messages']`). */
  readonly folders: readonly string[];
  /** The last builder's class name. */
  readonly builder: string;
  /** The HTTP method as the SDK names its executor (`get`, `post`, `patch`, `put`, `delete`). */
  readonly executor: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** For action bodies: kiota's request body class (`SendMailPostRequestBody`). */
  readonly requestBodyClass: string | null;
  /**
   * For a request ending in an operation: the stem kiota names its body and response classes after,
   * the operation's short name in PascalCase with its parameters (`GetMemberGroups`,
   * `GetDirectRoutingCallsWithFromDateTimeWithToDateTime`, `Close` for `microsoft.graph.security.close`).
   */
  readonly operationClass: string | null;
  /** How the chain departs from the URL as written (the drive rewrite), for a diagnostic. */
  readonly notes: readonly string[];
}

export type ChainResult = { readonly ok: true; readonly chain: BuilderChain } | { readonly ok: false; readonly reason: string };

function pascal(name: string): string {
  return firstUpper(cleanupSymbolName(name));
}

function camel(name: string): string {
  return firstLower(cleanupSymbolName(name));
}

/** Executor names: kiota suffixes a builder property named like one with `Path` (the `delete` action → `deletePath`). */
const EXECUTOR_NAMES: ReadonlySet<string> = new Set(['get', 'post', 'patch', 'put', 'delete', 'head', 'options']);

/** A builder property for a path name; `segment` is its URL segment when it is not the name itself. */
function property(name: string, segment = name): BuilderStep {
  const n = camel(name);
  const accessor = EXECUTOR_NAMES.has(n) ? `${n}Path` : n;
  return { kind: 'property', name: accessor, segment, folder: n, builder: `${firstUpper(n)}RequestBuilder` };
}

type OperationStep = Extract<PathStep, { kind: 'operation' }>;

const DEFAULT_NAMESPACE = 'microsoft.graph';

/**
 * The operation's segment in the SDKs' OpenAPI paths: the short name in the default namespace
 * (`getMemberGroups`, written `microsoft.graph.getMemberGroups` or not), the qualified name in any
 * other (`microsoft.graph.security.close`, written `close` or qualified).
 */
export function operationSegment(step: OperationStep): string {
  const dot = step.fullName.lastIndexOf('.');
  const namespace = dot < 0 ? DEFAULT_NAMESPACE : step.fullName.slice(0, dot);
  return namespace === DEFAULT_NAMESPACE ? step.name : step.fullName;
}

/** `WithFromDateTimeWithToDateTime` for a function's parameters (empty for anything else). */
function withParameters(step: OperationStep): string {
  if (step.operationKind !== 'function') return '';
  return step.parameters.map((p) => `With${pascal(kiotaCamelCase(p.name))}`).join('');
}

function stepsOf(step: PathStep): BuilderStep[] | string {
  switch (step.kind) {
    case 'entitySet':
    case 'singleton':
    case 'navigation':
      return [property(step.name)];
    case 'property':
      if (step.placeholder !== undefined) return `'${step.placeholder}' stands for a property name, and a request builder cannot take a name as a value`;
      return [property(step.name)];
    case 'key': {
      const keyName = kiotaCamelCase(step.parameterName);
      const [key] = step.keys;
      if (key === undefined) return 'a key segment without a value';
      return [{ kind: 'indexer', keyName, parameter: step.parameterName, key, folder: 'item', builder: `${pascal(step.entityTypeName)}ItemRequestBuilder` }];
    }
    case 'cast': {
      const short = step.typeName.slice(step.typeName.lastIndexOf('.') + 1);
      return [property(`graph${firstUpper(short)}`, step.typeName)];
    }
    case 'operation': {
      const segment = operationSegment(step);
      if (step.operationKind === 'function' && step.parameters.length > 0) {
        const name = camel(segment) + withParameters(step);
        return [{ kind: 'function', name, segment, arguments: step.arguments, folder: name, builder: `${firstUpper(name)}RequestBuilder` }];
      }
      // kiota's OpenAPI paths write a function without parameters with its parentheses (`range()`, `delta()`)
      return [property(segment, step.operationKind === 'function' ? `${segment}()` : segment)];
    }
    case 'value':
      // kiota names the builder after the content but keeps the segment's folder: `messages/item/value/ContentRequestBuilder`.
      return [{ kind: 'property', name: 'content', segment: '$value', folder: 'value', builder: 'ContentRequestBuilder' }];
    case 'ref':
      return [property('ref', '$ref')];
    case 'count':
      return [property('count', '$count')];
    case 'colonPath':
      return 'path addressing (`root:/path:`) has no request builder in the SDKs';
    case 'unresolved':
      return `the path segment '${step.written}' did not resolve`;
  }
}

/**
 * An alternate key (`applications(uniqueName='x')`, `users(userPrincipalName='…')`): kiota makes the
 * collection and the key one builder, `<collection>With<Key>(key)` (`applicationsWithUniqueName`).
 * Null for an ordinary key (positional, or named `id`).
 */
function alternateKey(step: Extract<PathStep, { kind: 'key' }>, previous: BuilderStep | undefined): BuilderStep | string | null {
  const named = step.keys.filter((k) => k.writtenName !== null && k.name !== 'id');
  if (named.length === 0) return null;
  if (step.keys.length > 1) return 'a composite key has no request builder in the SDKs';
  if (previous === undefined || previous.kind !== 'property') return 'an alternate key that does not follow a collection';
  const name = previous.name + step.keys.map((k) => `With${pascal(k.name ?? 'key')}`).join('');
  return { kind: 'function', name, segment: previous.segment, arguments: step.keys, folder: name, builder: `${firstUpper(name)}RequestBuilder` };
}

const EXECUTORS = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'delete' } as const;

/** The builder chain of a request, or why there is none. */
function driveItemIndexer(id: string, place: TypedUrlValue['place']): BuilderStep {
  const key: TypedUrlValue = { name: 'id', writtenName: null, value: { kind: 'string', value: id, quoted: false }, type: { name: 'Edm.String', collection: false }, place };
  return { kind: 'indexer', keyName: 'driveItemId', parameter: 'driveItem-id', key, folder: 'item', builder: 'DriveItemItemRequestBuilder' };
}

export function builderChain(request: TypedRequest): ChainResult {
  const steps: BuilderStep[] = [];
  const notes: string[] = [];
  // A segment with no builder at all (unresolved) is the first thing to say.
  for (const step of request.path) {
    if (step.kind === 'unresolved') return { ok: false, reason: stepsOf(step) as string };
  }
  let inDrive = false;
  for (const [i, step] of request.path.entries()) {
    const isDrive = (step.kind === 'navigation' || step.kind === 'singleton') && step.name === 'drive';
    if (isDrive && i < request.path.length - 1) {
      // The SDKs' OpenAPI stops at a user's, group's or site's drive (`/users/{id}/drive` has a GET
      // only); what is below it is reached as `/drives/{drive-id}/…`.
      const driveKey: TypedUrlValue = {
        name: 'id',
        writtenName: null,
        value: { kind: 'placeholder', name: 'drive-id', spelling: '{drive-id}' },
        type: { name: 'Edm.String', collection: false },
        place: step.place,
      };
      steps.length = 0;
      steps.push(property('drives'), { kind: 'indexer', keyName: 'driveId', parameter: 'drive-id', key: driveKey, folder: 'item', builder: 'DriveItemRequestBuilder' });
      const written = request.path.slice(0, i + 1).map((s) => ('name' in s ? s.name : s.kind)).join('/');
      notes.push(`the SDKs have no request builders below /${written}: the snippet addresses the drive as /drives/{drive-id} (its id comes from GET /${written})`);
      inDrive = true;
      continue;
    }
    if (inDrive && step.kind === 'navigation' && step.name === 'root') {
      const next = request.path[i + 1];
      if (next?.kind === 'colonPath') continue; // the colon path names the item: see below
      steps.push(property('items'), driveItemIndexer('root', step.place));
      continue;
    }
    if (inDrive && step.kind === 'colonPath' && request.path[i - 1]?.kind === 'navigation') {
      steps.push(property('items'), driveItemIndexer(`root:${step.path}:`, step.place));
      continue;
    }
    const alternate = step.kind === 'key' ? alternateKey(step, steps[steps.length - 1]) : null;
    if (typeof alternate === 'string') return { ok: false, reason: alternate };
    if (alternate !== null) {
      steps[steps.length - 1] = alternate;
      continue;
    }
    const mapped = stepsOf(step);
    if (typeof mapped === 'string') return { ok: false, reason: mapped };
    steps.push(...mapped);
  }
  const last = steps[steps.length - 1];
  if (last === undefined) return { ok: false, reason: 'the URL has no path' };
  // The SDKs call a function with GET and an action with POST, whatever the docs' method (reported by the resolver).
  const executor = request.operation === 'function' ? 'get' : request.operation === 'action' ? 'post' : EXECUTORS[request.method as keyof typeof EXECUTORS];
  if (executor === undefined) return { ok: false, reason: `the SDKs have no executor for ${request.method}` };
  const lastPath = request.path[request.path.length - 1];
  const operationClass = lastPath?.kind === 'operation' ? pascal(lastPath.name) + withParameters(lastPath) : null;
  const requestBodyClass =
    lastPath?.kind === 'operation' && lastPath.operationKind === 'action' && request.body !== null
      ? `${operationClass}PostRequestBody`
      : null;
  return {
    ok: true,
    chain: { steps, folders: steps.map((s) => s.folder), builder: last.builder, executor, requestBodyClass, operationClass, notes },
  };
}
