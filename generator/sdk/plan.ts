/**
 * The SDK call plan: what a kiota SDK call is for a typed request, decided once for the five kiota
 * targets (C#, Go, Java, PHP, Python); each view prints the plan in its language's names.
 *
 *   typed request ──plan──▶ SdkPlan { chain, executor, returnsValue, body, query, headers }
 *
 * The plan decides, with one verdict for every kiota target:
 * - whether the SDKs can send the request at all (a foreign host is refused before, for every target,
 *   by render/render.ts): a path or method the SDKs lack
 *   (`render:not-in-sdk`, ir/surface.ts), an enum value naming no member, a body the typed models
 *   cannot hold, no builder chain (`render:no-request-builder`), a body kind no executor takes;
 * - the body the executor takes: fitted to its signature (an action without parameters sends
 *   none, a PATCH gets an empty one, parameters the SDKs lack go to additional data) and classified
 *   as a stream, a model, an action's request body (with its class) or a reference;
 * - the query options the builder declares (sdk/query.ts): a request with one it does not declare
 *   is refused in every target, never printed as a field that does not exist;
 * - the headers sent (sdk/headers.ts: one policy for every target);
 * - the executor and whether it returns a value.
 */
import type { Place } from '../diagnostics/types.js';
import type { PathStep, TypedRequest, TypedValue } from '../ir/typed.js';
import { fitBodyToSdk, withRemovedParametersAsAdditionalData } from '../ir/surface.js';
import { builderChain, type BuilderChain } from '../render/chain.js';
import { sdkArguments, sdkBodyExamples, sdkQueryNames, untypedWhereTyped } from '../render/sdk-request.js';
import { unknownEnumMember } from '../render/values.js';
import type { RenderIssue } from '../render/issue.js';
import { withSentHeaders } from './headers.js';
import { sdkQueryParameters, type SdkQueryParameter } from './query.js';

export type { SdkQueryParameter } from './query.js';

type ObjectValue = Extract<TypedValue, { kind: 'object' }>;
type ParametersValue = Extract<TypedValue, { kind: 'parameters' }>;
type ReferenceValue = Extract<TypedValue, { kind: 'reference' }>;

/** The request body as the executor takes it. */
export type SdkBody =
  /** A stream upload: the docs' text stands for the bytes. */
  | { readonly kind: 'stream'; readonly text: string; readonly place: Place }
  /** A model instance (entity or complex type). */
  | { readonly kind: 'model'; readonly value: ObjectValue; readonly place: Place }
  /** An action's parameters, in kiota's `<Action>PostRequestBody` class. */
  | { readonly kind: 'parameters'; readonly value: ParametersValue; readonly className: string; readonly place: Place }
  /** A `$ref` body: `ReferenceCreate` (POST: add to a collection) or `ReferenceUpdate` (PUT: set a single link). */
  | { readonly kind: 'reference'; readonly value: ReferenceValue; readonly className: 'referenceCreate' | 'referenceUpdate'; readonly place: Place };

export interface SdkPlan {
  /** The request as the executor takes it (body fitted, arguments and query names as the SDK declares them, headers as sent). */
  readonly request: TypedRequest;
  readonly chain: BuilderChain;
  readonly executor: BuilderChain['executor'];
  /** Whether the executor returns a value worth a `result` (a view may bind more where its language must). */
  readonly returnsValue: boolean;
  /**
   * Whether kiota wraps the result in an inline `<Operation><Method>Response` class: an operation
   * (function or action) returning a collection or a primitive value.
   */
  readonly wrappedResponse: { readonly collection: boolean; readonly primitive: boolean } | null;
  readonly body: SdkBody | null;
  /** The query options, each one the builder declares for this executor. */
  readonly query: readonly SdkQueryParameter[];
  /** The headers sent (sdk/headers.ts). */
  readonly headers: TypedRequest['headers'];
  /** True when the call needs a request configuration (query options or headers). */
  readonly configured: boolean;
}

export type PlanResult =
  /** `issues` come before the view's own, `notes` (what the plan did on purpose) after them. */
  | { readonly ok: true; readonly plan: SdkPlan; readonly issues: readonly RenderIssue[]; readonly notes: readonly RenderIssue[] }
  | { readonly ok: false; readonly issues: readonly RenderIssue[] };

function lastOperation(request: TypedRequest): Extract<PathStep, { kind: 'operation' }> | null {
  const last = request.path[request.path.length - 1];
  return last?.kind === 'operation' ? last : null;
}

/** Whether the SDK method returns something worth a `result`. */
function returnsValue(request: TypedRequest): boolean {
  switch (request.operation) {
    case 'delete':
    case 'ref-add':
    case 'ref-set':
    case 'ref-remove':
      return false;
    case 'action':
    case 'function':
      return lastOperation(request)?.returnType != null;
    case 'stream-put':
      // A stream property's PUT returns its entity (driveItem content); `$value` returns nothing.
      return request.path[request.path.length - 1]?.kind === 'property';
    default:
      return true;
  }
}

function wrappedResponse(request: TypedRequest): SdkPlan['wrappedResponse'] {
  const rt = lastOperation(request)?.returnType;
  if (rt == null) return null;
  const primitive = rt.name.startsWith('Edm.') && rt.name !== 'Edm.Stream';
  return rt.collection || primitive ? { collection: rt.collection, primitive } : null;
}

function refuse(ruleId: RenderIssue['ruleId'], label: string, message: string, place: Place, before: readonly RenderIssue[] = []): PlanResult {
  return { ok: false, issues: [...before, { ruleId, message: `${label}: ${message}`, place }] };
}

/** Stands for the target's name in the messages of a plan made once for all kiota targets. */
const TARGET = '\u0000target';
const plans = new WeakMap<TypedRequest, PlanResult>();

function labelled(issues: readonly RenderIssue[], label: string): RenderIssue[] {
  return issues.map((i) => ({ ...i, message: i.message.split(TARGET).join(label) }));
}

/**
 * The plan of the SDK call for a request, or the reasons there is none. It is made once per
 * request (the typed request is frozen and shared by every target) and kept while the request
 * lives; `label` names the target in the messages (`csharp`, `go`): every other word of a verdict
 * is the same for all kiota targets.
 */
export function planSdkCall(request: TypedRequest, label: string): PlanResult {
  let planned = plans.get(request);
  if (planned === undefined) {
    planned = makePlan(request, TARGET);
    plans.set(request, planned);
  }
  if (!planned.ok) return { ok: false, issues: labelled(planned.issues, label) };
  return { ok: true, plan: planned.plan, issues: labelled(planned.issues, label), notes: labelled(planned.notes, label) };
}

function makePlan(written: TypedRequest, label: string): PlanResult {
  // Typed SDK enums hold members only: a value naming none is refused, never replaced.
  const unknown = unknownEnumMember(written);
  if (unknown !== null) return refuse('render:unsupported', label, `'${unknown.member}' is not a member of ${unknown.type}: the SDK's enum cannot carry it`, unknown.place);
  // A path or method the SDKs lack would give a snippet that does not compile (ir/surface.ts).
  if (written.notInSdk !== undefined) return refuse('render:not-in-sdk', label, written.notInSdk.message, written.notInSdk.place);

  const notes: RenderIssue[] = [];
  const warnings: RenderIssue[] = [];
  let request = written;
  // Parameters Microsoft's metadata pipeline removes from the SDKs' request bodies are sent as additional data.
  const sendable = withRemovedParametersAsAdditionalData(request);
  request = sendable.request;
  for (const p of sendable.moved) {
    notes.push({ ruleId: 'render:parameter-as-additional-data', message: `${label}: the SDKs' request body has no '${p.name}' (Microsoft's metadata pipeline removes that parameter before generating them): the snippet sends it as additional data`, place: p.place });
  }
  // The executor's signature: no body for an action without parameters, a body where one is required.
  const fitted = fitBodyToSdk(request);
  if (fitted?.ruleId === 'render:not-in-sdk') return refuse(fitted.ruleId, label, fitted.message, fitted.place);
  if (fitted !== null) {
    request = fitted.request;
    (fitted.ruleId === 'render:body-ignored' ? warnings : notes).push({ ruleId: fitted.ruleId, message: `${label}: ${fitted.message}`, place: fitted.place });
  }

  const untyped = untypedWhereTyped(request);
  if (untyped !== null) {
    const type = untyped.type.collection ? `Collection(${untyped.type.name})` : untyped.type.name;
    return refuse('render:unsupported', label, `'${untyped.property}' is typed ${type} in the SDK, and the request gives ${untyped.text}, which it cannot hold`, untyped.place, warnings);
  }
  const args = sdkArguments(request, label);
  const examples = sdkBodyExamples(args.request, label);
  const names = sdkQueryNames(examples.request, label);
  request = names.request;
  const headers = withSentHeaders(request, label);
  request = headers.request;

  // The chain of the request as sent (function arguments as the SDK takes them, the body fitted).
  const chainResult = builderChain(request);
  if (!chainResult.ok) return refuse('render:no-request-builder', label, chainResult.reason, written.place, warnings);
  const chain = chainResult.chain;
  // The SDKs' get and delete executors send no body: the docs' body cannot be passed.
  if (request.body !== null && (chain.executor === 'get' || chain.executor === 'delete')) {
    warnings.push({ ruleId: 'render:body-ignored', message: `${label}: the SDK's ${chain.executor} sends no body: the request's body is left out`, place: request.body.place });
    request = { ...request, body: null };
  }
  for (const note of chain.notes) notes.push({ ruleId: 'render:path-rewritten', message: `${label}: ${note}`, place: written.place });

  const query = sdkQueryParameters(request, chain, label);
  if (!query.ok) return { ok: false, issues: [...warnings, ...args.issues, ...examples.issues, ...names.issues, ...query.issues] };

  let body: SdkBody | null = null;
  const b = request.body;
  if (b !== null) {
    if (b.kind === 'raw') {
      if (!b.stream) return refuse('render:unsupported', label, `the body is not JSON (${b.contentType ?? 'no Content-Type'}) and the operation takes a model, not a stream`, b.place, warnings);
      body = { kind: 'stream', text: b.text, place: b.place };
    } else {
      const v = b.value;
      if (v.kind === 'object') body = { kind: 'model', value: v, place: b.place };
      else if (v.kind === 'reference') body = { kind: 'reference', value: v, className: request.method === 'PUT' ? 'referenceUpdate' : 'referenceCreate', place: b.place };
      else if (v.kind === 'parameters') {
        if (chain.requestBodyClass === null) return refuse('render:unsupported', label, 'an action body where the request has no action request builder', v.place, warnings);
        body = { kind: 'parameters', value: v, className: chain.requestBodyClass, place: b.place };
      } else return refuse('render:unsupported', label, `the SDK takes a model as the request body, and this body has no schema type (${v.kind})`, v.place, warnings);
    }
  }

  const plan: SdkPlan = {
    request,
    chain,
    executor: chain.executor,
    returnsValue: returnsValue(request),
    wrappedResponse: wrappedResponse(request),
    body,
    query: query.parameters,
    headers: request.headers,
    configured: query.parameters.length > 0 || request.headers.length > 0,
  };
  return { ok: true, plan, issues: [...warnings, ...args.issues, ...examples.issues, ...names.issues], notes: [...headers.issues, ...notes] };
}
