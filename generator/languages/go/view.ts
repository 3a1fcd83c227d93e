/**
 * Go (msgraph-sdk-go / msgraph-beta-sdk-go): the view builder.
 *
 * What a Go snippet is, fixed once:
 * - one `import (…)` block, standard library first, then a blank line and the SDK packages, each
 *   group sorted by path (what goimports prints; gofmt keeps it); no `msgraphsdk` import, since
 *   the snippet does not name it (Go rejects unused imports);
 * - the body as statements: `requestBody := graphmodels.NewUser()`, one variable per primitive
 *   (setters take pointers: `displayName := "…"` then `requestBody.SetDisplayName(&displayName)`),
 *   nested objects first, collections as slice literals of their `…able` interface or element type,
 *   unknown properties in `map[string]interface{}{…}` (nested arrays and maps as literals, never
 *   statements inside the literal);
 * - query options in `&graph<pkg>.<Builder>GetQueryParameters{…}` and headers in
 *   `abstractions.NewRequestHeaders()`, both in `&graph<pkg>.<Builder><Method>RequestConfiguration{…}`,
 *   where `<pkg>` is the root segment's package and `<Builder>` kiota's flattened name: the folders
 *   below the root, PascalCased, before the builder class (`/users/{id}/messages` →
 *   `ItemMessagesRequestBuilder`); `/me` is `users/item` (the SDK's `Me()` returns
 *   `users.UserItemRequestBuilder`);
 * - the call with `context.Background()`; its result is `result, err :=` when the SDK returns one
 *   (then `_ = result`, since Go rejects unused variables) and `err :=` when it does not, followed by
 *   `if err != nil { log.Fatal(err) }`. Indexers take the real ids (placeholders lose their braces).
 * Every variable comes from the snippet's namer: never a Go keyword, never declared twice.
 */
import type { Place } from '../../diagnostics/types.js';
import type { PathStep, TypedRequest, TypedUrlValue, TypedValue } from '../../ir/typed.js';
import type { JsonNode } from '../../ir/types.js';
import type { BuilderChain } from '../../render/chain.js';
import type { SdkPlan, SdkQueryParameter } from '../../sdk/plan.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef, urlValueText } from '../../render/values.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import { isEdmPrimitive, type EdmPrimitive } from '../../schema/edm.js';
import type { GoImport, LiteralKind, PrintedLiteral, ScalarValue, TypeRef } from '../profile.js';
import type { Namer } from '../shared/names.js';
import { quoteString } from '../shared/strings.js';
import { cleanupSymbolName, firstUpper, kiotaPascalCase } from '../shared/words.js';
import { composite, keyedElements, type KeyedElement } from './layout.js';
import { goLiterals } from './literals.js';
import { goModelsImport, goNaming } from './naming.js';
import { goProfile } from './profile.js';
import { modelParts, type SdkModelFacts } from '../../sdk/body.js';

export interface GoView extends SnippetView {
  readonly clientComment: string;
}

export const GO_CLIENT_COMMENT = '// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go';

const q = (text: string) => quoteString(text, 'go');
const SDK_ROOT = { 'v1.0': 'github.com/microsoftgraph/msgraph-sdk-go', beta: 'github.com/microsoftgraph/msgraph-beta-sdk-go' } as const;
const ABSTRACTIONS: GoImport = { lang: 'go', path: 'github.com/microsoft/kiota-abstractions-go', alias: 'abstractions' };
const SERIALIZATION: GoImport = { lang: 'go', path: 'github.com/microsoft/kiota-abstractions-go/serialization' };

/** Go element types of primitive collections (`[]string{…}`); pointer literals are dereferenced in them. */
const ELEMENT_TYPES: { readonly [K in EdmPrimitive]: { type: string; imports: GoImport[] } } = {
  'Edm.String': { type: 'string', imports: [] },
  'Edm.Boolean': { type: 'bool', imports: [] },
  'Edm.Byte': { type: 'byte', imports: [] },
  'Edm.SByte': { type: 'int8', imports: [] },
  'Edm.Int16': { type: 'int32', imports: [] },
  'Edm.Int32': { type: 'int32', imports: [] },
  'Edm.Int64': { type: 'int64', imports: [] },
  'Edm.Single': { type: 'float32', imports: [] },
  'Edm.Double': { type: 'float64', imports: [] },
  'Edm.Decimal': { type: 'float64', imports: [] },
  'Edm.Guid': { type: 'uuid.UUID', imports: [{ lang: 'go', path: 'github.com/google/uuid' }] },
  'Edm.Date': { type: 'serialization.DateOnly', imports: [SERIALIZATION] },
  'Edm.DateTimeOffset': { type: 'time.Time', imports: [{ lang: 'go', path: 'time' }] },
  'Edm.TimeOfDay': { type: 'serialization.TimeOnly', imports: [SERIALIZATION] },
  'Edm.Duration': { type: 'serialization.ISODuration', imports: [SERIALIZATION] },
  'Edm.Binary': { type: '[]byte', imports: [] },
  'Edm.Stream': { type: '[]byte', imports: [] },
  'Edm.Untyped': { type: 'serialization.UntypedNodeable', imports: [SERIALIZATION] },
};

/** Kinds whose setters take the value itself, not a pointer (`[]byte`, untyped nodes). */
const BY_VALUE: ReadonlySet<LiteralKind> = new Set<LiteralKind>(['Edm.Binary', 'Edm.Stream', 'Edm.Untyped']);

/** The per-snippet state: namer, imports, issues, statements. */
class Emitter {
  readonly lines: string[] = [];
  readonly issues: RenderIssue[] = [];
  private readonly imports = new Map<string, GoImport>();
  /** Whether some statement declared `err` (a literal's prelude). */
  errDeclared = false;

  constructor(
    readonly api: 'v1.0' | 'beta',
    readonly names: Namer,
  ) {}

  addImport(i: GoImport): void {
    this.imports.set(i.path, i);
  }

  importLines(): string[] {
    const all = [...this.imports.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const std = all.filter((i) => !i.path.split('/')[0]!.includes('.'));
    const others = all.filter((i) => i.path.split('/')[0]!.includes('.'));
    const fmt = (i: GoImport) => `\t${goProfile.formatImport(i)}`;
    return [...std.map(fmt), ...(std.length > 0 && others.length > 0 ? [''] : []), ...others.map(fmt)];
  }

  /** The alias of a type's models package (imported). */
  models(type: TypeRef): string {
    const m = goModelsImport(type, this.api);
    this.addImport({ lang: 'go', path: m.path, alias: m.alias });
    return m.alias;
  }

  /** Prints a scalar with the literal printers; its prelude goes out now, its imports and issues are kept. */
  literal(kind: LiteralKind, value: ScalarValue, hint: string, place: Place, enumType?: TypeRef): PrintedLiteral<GoImport> {
    const printed = goLiterals[kind](value, { api: this.api, names: this.names, hint, ...(enumType ? { enumType } : {}) });
    for (const i of printed.imports) this.addImport(i);
    if (printed.prelude.length > 0) {
      this.lines.push(...printed.prelude);
      if (printed.prelude.some((l) => /^\w+, err :=/.test(l))) this.errDeclared = true;
    }
    if (printed.prelude.some((l) => l.includes('log.Fatal'))) this.addImport({ lang: 'go', path: 'log' });
    this.issues.push(...literalIssues('go', printed.issues, place));
    return printed;
  }
}

type Scalar = Extract<TypedValue, { kind: 'primitive' | 'enum' }>;

function printScalar(e: Emitter, value: Scalar, hint: string): PrintedLiteral<GoImport> {
  const enumType = value.kind === 'enum' ? enumTypeRef(value) : undefined;
  return e.literal(literalKind(value), scalarOf(value), hint, value.place, enumType);
}

/** The Go element type of a collection item type. */
function elementType(e: Emitter, itemType: TypeRef | { name: string }, kind: 'object' | 'enum' | 'primitive'): string {
  if (kind === 'primitive') {
    const t = ELEMENT_TYPES[itemType.name as EdmPrimitive];
    if (t === undefined) return 'interface{}';
    for (const i of t.imports) e.addImport(i);
    return t.type;
  }
  const ref = typeRef(itemType.name);
  const alias = e.models(ref);
  return `${alias}.${goNaming.typeName(ref)}${kind === 'object' ? 'able' : ''}`;
}

/** Whether `code` is a bare identifier (a literal printed through a prelude). */
const isIdentifier = (code: string) => /^[A-Za-z_]\w*$/.test(code);

/**
 * The expression a setter or slice takes for a value, after the statements it needs. `pointer`:
 * the setter wants a pointer (scalars), so scalars are bound to a variable and passed as `&v`.
 */
function valueExpression(e: Emitter, value: TypedValue, hint: string, forSetter: boolean): string {
  switch (value.kind) {
    case 'primitive':
    case 'enum': {
      const kind = literalKind(value);
      const printed = printScalar(e, value, hint);
      if (!forSetter) return printed.pointer ? `*${printed.code}` : printed.code;
      const bound = printed.prelude.length > 0 && isIdentifier(printed.code);
      if (BY_VALUE.has(kind) || printed.pointer) {
        if (bound) return printed.code;
        if (BY_VALUE.has(kind) && kind !== 'Edm.Untyped') return printed.code;
        const name = e.names.claim(hint);
        e.lines.push(`${name} := ${printed.code}`);
        return name;
      }
      if (bound) return `&${printed.code}`;
      const name = e.names.claim(hint);
      e.lines.push(`${name} := ${printed.code}`);
      return `&${name}`;
    }
    case 'null':
      return 'nil';
    case 'object': {
      const name = e.names.claim(hint);
      objectStatements(e, value, name);
      return name;
    }
    case 'collection': {
      const items = value.items;
      const first = items[0];
      const kind = first?.kind === 'object' ? 'object' : first?.kind === 'enum' ? 'enum' : 'primitive';
      const elem = elementType(e, value.itemType, value.itemType.name.startsWith('Edm.') ? 'primitive' : kind === 'primitive' ? 'object' : kind);
      const itemHint = kind === 'object' && first?.kind === 'object' ? typeRef(first.type).name : hint;
      const exprs = items.map((item) => {
        if (item.kind === 'object') return valueExpression(e, item, typeRef(item.type).name, true);
        if (item.kind === 'untyped') return untypedExpression(e, item.value).join('\n');
        return valueExpression(e, item, itemHint, false);
      });
      const name = e.names.claim(hint);
      const body = exprs.flatMap((x) => x.split('\n').map((l, i, all) => `\t${l}${i === all.length - 1 ? ',' : ''}`));
      const lines = composite(`[]${elem}`, body);
      e.lines.push(`${name} := ${lines[0]}`, ...lines.slice(1));
      return name;
    }
    case 'untyped': {
      const lines = untypedExpression(e, value.value);
      const name = e.names.claim(hint);
      e.lines.push(`${name} := ${lines[0]}`, ...lines.slice(1));
      return name;
    }
    case 'parameters':
    case 'reference':
      throw new Error(`internal: a ${value.kind} value inside a body`);
  }
}

/** An untyped JSON value as kiota's untyped nodes (`serialization.NewUntypedString(…)`), line by line. */
function untypedExpression(e: Emitter, node: JsonNode): string[] {
  e.addImport(SERIALIZATION);
  switch (node.kind) {
    case 'string':
      return [`serialization.NewUntypedString(${q(node.value)})`];
    case 'boolean':
      return [`serialization.NewUntypedBoolean(${node.value})`];
    case 'null':
      return ['serialization.NewUntypedNull()'];
    case 'number': {
      const printed = goLiterals['Edm.Untyped']({ kind: 'number', text: node.raw }, { api: e.api, names: e.names, hint: 'value' });
      return [printed.code];
    }
    case 'array': {
      const inner = node.items.map((item) => untypedExpression(e, item));
      return wrapCall('serialization.NewUntypedArray(', composite('[]serialization.UntypedNodeable', inner.flatMap(elementLines)), ')');
    }
    case 'object': {
      const elements: KeyedElement[] = node.entries.map((entry) => ({ key: q(entry.key), value: untypedExpression(e, entry.value) }));
      return wrapCall('serialization.NewUntypedObject(', composite('map[string]serialization.UntypedNodeable', keyedElements(elements, '\t')), ')');
    }
  }
}

function wrapCall(open: string, lines: readonly string[], close: string): string[] {
  if (lines.length === 1) return [`${open}${lines[0]}${close}`];
  return [`${open}${lines[0]}`, ...lines.slice(1, -1), `${lines[lines.length - 1]}${close}`];
}

/** The lines of one slice element (indented one tab, with its comma). */
function elementLines(lines: readonly string[]): string[] {
  return lines.map((l, i) => `\t${l}${i === lines.length - 1 ? ',' : ''}`);
}

/** A JSON value inside `map[string]interface{}` (additionalData), as a Go literal, line by line. */
function anyExpression(node: JsonNode): string[] {
  switch (node.kind) {
    case 'string':
      return [q(node.value)];
    case 'boolean':
      return [String(node.value)];
    case 'null':
      return ['nil'];
    case 'number':
      return [node.raw];
    case 'array': {
      const strings = node.items.length > 0 && node.items.every((i) => i.kind === 'string');
      return composite(strings ? '[]string' : '[]interface{}', node.items.map(anyExpression).flatMap(elementLines));
    }
    case 'object':
      return composite('map[string]interface{}', keyedElements(node.entries.map((en) => ({ key: q(en.key), value: anyExpression(en.value) })), '\t'));
  }
}

/** Instance annotations and unknown properties, in the order written, as additionalData entries. */
function additionalDataStatements(e: Emitter, owner: string, entries: readonly { key: string; value: JsonNode }[]): void {
  if (entries.length === 0) return;
  const name = e.names.claim('additionalData');
  const lines = composite('map[string]interface{}', keyedElements(entries.map((en) => ({ key: q(en.key), value: anyExpression(en.value) })), '\t'));
  e.lines.push(`${name} := ${lines[0]}`, ...lines.slice(1));
  e.lines.push(`${owner}.SetAdditionalData(${name})`);
}

/** msgraph-sdk-go types a `microsoft.graph.Json` property as kiota's `UntypedNodeable` (sdk/body.ts). */
const GO_MODELS: SdkModelFacts = { jsonProperties: true, durations: 'weeks', signedBytes: false };

/** The setters of a model's members in the order written, then its additional data (sdk/body.ts decides which is which). */
function modelStatements(e: Emitter, owner: string, model: Parameters<typeof modelParts>[0], odataTypeMember: boolean): void {
  const parts = modelParts(model, odataTypeMember, GO_MODELS, 'go');
  e.issues.push(...parts.issues);
  for (const m of parts.members) {
    if (m.kind === 'odataType') {
      const name = e.names.claim('odataType');
      e.lines.push(`${name} := ${q(m.value)}`, `${owner}.SetOdataType(&${name})`);
      continue;
    }
    const p = m.property;
    if (m.open !== null) {
      // An open type with dynamic keys (plannerAssignments): the model, its entries in additionalData.
      const type = typeRef(p.type.name);
      const name = e.names.claim(p.name);
      e.lines.push(`${name} := ${e.models(type)}.New${goNaming.typeName(type)}()`);
      additionalDataStatements(e, name, m.open.entries.map((en) => ({ key: en.key, value: en.value })));
      e.lines.push(`${owner}.${goNaming.setterName(p.name)}(${name})`);
      continue;
    }
    e.lines.push(`${owner}.${goNaming.setterName(p.name)}(${valueExpression(e, p.value, p.name, true)})`);
  }
  additionalDataStatements(e, owner, parts.additional);
}

function objectStatements(e: Emitter, value: Extract<TypedValue, { kind: 'object' }>, name: string): void {
  const type = typeRef(value.type);
  e.lines.push(`${name} := ${e.models(type)}.New${goNaming.typeName(type)}()`);
  modelStatements(e, name, value, true);
}

/** The root package of the chain (`users` for `/me`), its import alias and the flattened builder name prefix. */
interface GoChain {
  readonly chain: BuilderChain;
  readonly packageAlias: string;
  readonly packagePath: string;
  /** kiota's flattened name of the last builder (`ItemMessagesRequestBuilder`). */
  readonly builderType: string;
}

/**
 * kiota's flattened Go name of a class in the last builder's folder: the folders' prefix, then the
 * folder's own name unless the class starts with it (`ItemGetMemberGroups` + `PostRequestBody`, but
 * `…MicrosoftGraphSecurityApplyHold` + `ApplyHoldPostRequestBody`).
 */
function goNestedClass(g: GoChain, cls: string): string {
  const folder = g.chain.builder.replace(/RequestBuilder$/, '');
  const prefix = g.builderType.slice(0, g.builderType.length - g.chain.builder.length);
  return cls.startsWith(folder) ? `${prefix}${cls}` : `${prefix}${folder}${cls}`;
}

function goChain(chain: BuilderChain, request: TypedRequest): GoChain {
  const first = chain.steps[0];
  const folders = first?.kind === 'property' && first.name === 'me' ? ['users', 'item', ...chain.folders.slice(1)] : [...chain.folders];
  const last = chain.steps[chain.steps.length - 1]!;
  const builder = folders.length === 2 && folders[0] === 'users' && folders[1] === 'item' ? 'UserItemRequestBuilder' : last.builder;
  // kiota flattens the folders below the package into the type name; the last folder is the
  // builder's own, unless a property's builder is named otherwise (`$value`: folder `value`,
  // `ContentRequestBuilder` → `ItemPhotoValueContentRequestBuilder`)
  const own = last.kind === 'property' && firstUpper(cleanupSymbolName(last.folder)) !== builder.replace(/RequestBuilder$/, '') ? 0 : -1;
  const prefix = folders.slice(1, own === 0 ? undefined : -1).map((f) => firstUpper(cleanupSymbolName(f))).join('');
  const pkg = folders[0]!.toLowerCase();
  return { chain, packageAlias: `graph${pkg}`, packagePath: `${SDK_ROOT[request.apiVersion ?? 'v1.0']}/${pkg}`, builderType: `${prefix}${builder}` };
}

/** Go binds every result a method returns: a stream PUT returns the bytes even for `$value`. */
function goReturnsValue(plan: SdkPlan): boolean {
  return plan.returnsValue || plan.request.operation === 'stream-put';
}

/** `GetAs…GetResponse`/`PostAs…PostResponse` for operations whose result kiota wraps in an inline type. */
function executorName(plan: SdkPlan, g: GoChain): string {
  const method = firstUpper(plan.executor);
  if (plan.wrappedResponse === null) return method;
  const base = g.chain.operationClass ?? g.chain.builder.replace(/RequestBuilder$/, '');
  return `${method}As${base}${method}Response`;
}

/** A URL value as the Go SDK takes it: indexers take strings (placeholders without braces). */
function urlString(v: TypedUrlValue): string {
  return urlValueText(v.value, false);
}

/** Function arguments in the Go signature's order (kiota sorts them by name). */
function sortedArguments(step: Extract<PathStep, { kind: 'operation' }>, args: readonly TypedUrlValue[]): TypedUrlValue[] {
  return [...args].sort((a, b) => ((a.name ?? '').toLowerCase() < (b.name ?? '').toLowerCase() ? -1 : 1)).filter(() => step !== undefined);
}

function buildView(plan: SdkPlan): ViewResult<GoView> {
  const { request } = plan;
  const g = goChain(plan.chain, request);
  const api = request.apiVersion ?? 'v1.0';
  const e = new Emitter(api, goProfile.newNamer());
  e.names.reserve(g.packageAlias);
  e.addImport({ lang: 'go', path: 'context' });
  e.addImport({ lang: 'go', path: 'log' });
  const params = plan.query;

  // Body
  let bodyArg: string | null = null;
  const body = plan.body;
  if (body !== null) {
    bodyArg = 'requestBody';
    if (body.kind === 'stream') {
      const printed = e.literal('Edm.Stream', { kind: 'string', value: body.text }, 'requestBody', body.place);
      e.lines.push(`requestBody := ${printed.code}`);
    } else if (body.kind === 'model') {
      objectStatements(e, body.value, 'requestBody');
    } else if (body.kind === 'parameters') {
      const v = body.value;
      e.addImport({ lang: 'go', path: g.packagePath, alias: g.packageAlias });
      e.lines.push(`requestBody := ${g.packageAlias}.New${goNestedClass(g, body.className)}()`);
      modelStatements(e, 'requestBody', v, false);
    } else {
      const v = body.value;
      const cls = firstUpper(body.className);
      e.lines.push(`requestBody := ${e.models({ namespace: 'microsoft.graph', name: cls })}.New${cls}()`);
      if (v.id !== null) {
        const name = e.names.claim('odataId');
        e.lines.push(`${name} := ${q(v.id)}`, `requestBody.SetOdataId(&${name})`);
      }
      modelStatements(e, 'requestBody', { properties: [], annotations: v.annotations.filter((a) => a.term !== 'odata.id'), additionalData: v.additionalData }, false);
    }
  }

  // Chain (function arguments need variables: Go takes them as pointers)
  const calls: string[] = [];
  for (const step of plan.chain.steps) {
    if (step.kind === 'property') calls.push(`${goNaming.navigation(step.name)}()`);
    else if (step.kind === 'indexer') calls.push(`${goNaming.indexer(step.parameter)}(${q(urlString(step.key))})`);
    else {
      const op = request.path.find((s): s is Extract<PathStep, { kind: 'operation' }> => s.kind === 'operation' && s.arguments === step.arguments);
      const args = op ? sortedArguments(op, step.arguments) : [...step.arguments];
      const exprs = args.map((a) => {
        const hint = a.name ?? 'value';
        if (a.type?.name === 'Edm.Date') {
          const printed = e.literal('Edm.Date', { kind: 'string', value: urlString(a) }, hint, a.place);
          if (printed.prelude.length > 0) return printed.code;
          const name = e.names.claim(hint);
          e.lines.push(`${name} := ${printed.code}`);
          return name;
        }
        const scalar = a.value.kind === 'number' ? { kind: 'number' as const, text: a.value.raw } : a.value.kind === 'boolean' ? { kind: 'boolean' as const, value: a.value.value } : null;
        if (scalar !== null && a.type !== null && isEdmPrimitive(a.type.name) && a.type.name !== 'Edm.String') {
          // a number or Boolean argument is typed as the function declares it (`int32(8)`), not passed as text
          const printed = e.literal(a.type.name, scalar, hint, a.place);
          if (printed.pointer) return printed.code;
          const name = e.names.claim(hint);
          e.lines.push(`${name} := ${printed.code}`);
          return `&${name}`;
        }
        const name = e.names.claim(hint);
        e.lines.push(`${name} := ${q(urlString(a))}`);
        return `&${name}`;
      });
      calls.push(`${firstUpper(step.name)}(${exprs.join(', ')})`);
    }
  }

  // Request configuration
  const headers = plan.headers;
  let config = 'nil';
  if (plan.configured) {
    e.addImport({ lang: 'go', path: g.packagePath, alias: g.packageAlias });
    const fields: KeyedElement[] = [];
    if (headers.length > 0) {
      e.addImport(ABSTRACTIONS);
      e.lines.push('headers := abstractions.NewRequestHeaders()');
      for (const h of headers) e.lines.push(`headers.Add(${q(h.name)}, ${q(h.value)})`);
    }
    if (params.length > 0) {
      const elements: KeyedElement[] = params.map((p) => queryField(e, p));
      const lines = composite(`&${g.packageAlias}.${g.builderType}${firstUpper(plan.executor)}QueryParameters`, keyedElements(elements, '\t'));
      e.lines.push(`requestParameters := ${lines[0]}`, ...lines.slice(1));
      fields.push({ key: 'QueryParameters', value: ['requestParameters'] });
    }
    if (headers.length > 0) fields.push({ key: 'Headers', value: ['headers'] });
    const lines = composite(`&${g.packageAlias}.${g.builderType}${firstUpper(plan.executor)}RequestConfiguration`, keyedElements(fields, '\t'));
    e.lines.push(`configuration := ${lines[0]}`, ...lines.slice(1));
    config = 'configuration';
  }

  const args = ['context.Background()', ...(bodyArg !== null ? [bodyArg] : []), config].join(', ');
  const invocation = `graphClient.${calls.join('.')}.${executorName(plan, g)}(${args})`;
  const call: string[] = [];
  if (goReturnsValue(plan)) call.push(`result, err := ${invocation}`);
  else call.push(`err ${e.errDeclared ? '=' : ':='} ${invocation}`);
  call.push('if err != nil {', '\tlog.Fatal(err)', '}');
  if (goReturnsValue(plan)) call.push('_ = result');

  const imports = e.importLines();
  const view: GoView = {
    imports,
    hasImports: imports.length > 0,
    setup: e.lines,
    hasSetup: e.lines.length > 0,
    call,
    clientComment: GO_CLIENT_COMMENT,
  };
  return { ok: true, view, issues: e.issues };
}

/** One field of the `…GetQueryParameters` literal (scalars through a variable: the fields are pointers). */
function queryField(e: Emitter, p: SdkQueryParameter): KeyedElement {
  const field = p.kind === 'custom' ? kiotaPascalCase(cleanupSymbolName(p.name)) : firstUpper(p.name);
  switch (p.kind) {
    case 'strings':
      return { key: field, value: [`[]string{${p.values.map(q).join(', ')}}`] };
    case 'string':
    case 'custom': {
      const name = e.names.claim(`request ${field}`);
      e.lines.push(`${name} := ${q(p.value)}`);
      return { key: field, value: [`&${name}`] };
    }
    case 'int': {
      const name = e.names.claim(`request ${field}`);
      e.lines.push(`${name} := int32(${p.value})`);
      return { key: field, value: [`&${name}`] };
    }
    case 'bool': {
      const name = e.names.claim(`request ${field}`);
      e.lines.push(`${name} := ${p.value}`);
      return { key: field, value: [`&${name}`] };
    }
  }
}

export const goRenderer: LanguageRenderer<GoView> = {
  family: 'kiota',
  templateFolder: 'go',
  buildView,
};
