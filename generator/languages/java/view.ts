/**
 * Java (msgraph-sdk-java v6 / msgraph-beta-sdk-java): the view builder.
 *
 * What a Java snippet is, fixed once:
 * - the imports it needs, sorted (model classes `com.microsoft.graph[.beta].models[.sub].X`, action
 *   request bodies and inline responses from their builder's package, `java.time`, `java.util`,
 *   kiota's `PeriodAndDuration` and untyped nodes); no fully qualified names in the code;
 * - the body as statements: `User user = new User();` then one setter a property; nested objects
 *   first; collections as `LinkedList<T>` filled with `add`; unknown properties in a
 *   `HashMap<String, Object>` given to `setAdditionalData` (string arrays as `LinkedList<String>`,
 *   other JSON as kiota's untyped nodes, which the serializer writes faithfully);
 * - query options and headers in the request-configuration lambda
 *   (`requestConfiguration.queryParameters.select = new String[] { … }`,
 *   `requestConfiguration.headers.add(…)`);
 * - the call, its result typed where the SDK returns one (`UserCollectionResponse result = …`).
 *   `/me` is `users/item` in the SDK (`me()` returns `users.item.UserItemRequestBuilder`). Indexers
 *   take the real ids; placeholders keep their braces (`byUserId("{user-id}")`), as Java snippets do.
 * Layout: what prettier-plugin-java prints (see `layout.ts`).
 */
import { isEdmPrimitive } from '../../schema/edm.js';
import type { Place } from '../../diagnostics/types.js';
import type { PathStep, TypedRequest, TypedUrlValue, TypedValue } from '../../ir/typed.js';
import type { JsonNode } from '../../ir/types.js';
import { operationSegment, type BuilderChain } from '../../render/chain.js';
import type { SdkPlan } from '../../sdk/plan.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef, urlValueText } from '../../render/values.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import type { EdmPrimitive } from '../../schema/edm.js';
import type { JavaImport, LiteralKind, PrintedLiteral, ScalarValue, TypeRef } from '../profile.js';
import type { Namer } from '../shared/names.js';
import { quoteString } from '../shared/strings.js';
import { cleanupSymbolName, firstLower, firstUpper } from '../shared/words.js';
import { arrayInitializer, assignment, call, chain, expressionDoc, printDoc, type Arg, type Doc } from './layout.js';
import { javaLiterals } from './literals.js';
import { javaModelsPackage, javaNaming } from './naming.js';
import { javaProfile } from './profile.js';
import { streamInSdk } from '../shared/untyped.js';
import { modelParts, type SdkModelFacts } from '../../sdk/body.js';

export interface JavaView extends SnippetView {
  readonly clientComment: string;
}

export const JAVA_CLIENT_COMMENT = '// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java';

const q = (text: string) => quoteString(text, 'java');
const ROOT = { 'v1.0': 'com.microsoft.graph', beta: 'com.microsoft.graph.beta' } as const;

/** Boxed Java types of primitive collection items (`LinkedList<String>`). */
const ELEMENT_TYPES: { readonly [K in EdmPrimitive]: { type: string; imports: string[] } } = {
  'Edm.String': { type: 'String', imports: [] },
  'Edm.Boolean': { type: 'Boolean', imports: [] },
  'Edm.Byte': { type: 'Byte', imports: [] },
  'Edm.SByte': { type: 'Byte', imports: [] },
  'Edm.Int16': { type: 'Short', imports: [] },
  'Edm.Int32': { type: 'Integer', imports: [] },
  'Edm.Int64': { type: 'Long', imports: [] },
  'Edm.Single': { type: 'Float', imports: [] },
  'Edm.Double': { type: 'Double', imports: [] },
  'Edm.Decimal': { type: 'BigDecimal', imports: ['java.math.BigDecimal'] },
  'Edm.Guid': { type: 'UUID', imports: ['java.util.UUID'] },
  'Edm.Date': { type: 'LocalDate', imports: ['java.time.LocalDate'] },
  'Edm.DateTimeOffset': { type: 'OffsetDateTime', imports: ['java.time.OffsetDateTime'] },
  'Edm.TimeOfDay': { type: 'LocalTime', imports: ['java.time.LocalTime'] },
  'Edm.Duration': { type: 'PeriodAndDuration', imports: ['com.microsoft.kiota.PeriodAndDuration'] },
  'Edm.Binary': { type: 'byte[]', imports: [] },
  'Edm.Stream': { type: 'InputStream', imports: ['java.io.InputStream'] },
  'Edm.Untyped': { type: 'UntypedNode', imports: ['com.microsoft.kiota.serialization.UntypedNode'] },
};

class Emitter {
  readonly statements: Doc[] = [];
  readonly issues: RenderIssue[] = [];
  private readonly imports = new Set<string>();
  /** Simple name → qualified name, to refuse two imports of one simple name. */
  private readonly simple = new Map<string, string>();

  constructor(
    readonly api: 'v1.0' | 'beta',
    readonly names: Namer,
  ) {}

  /** Imports a class and gives the name code uses for it (qualified when its simple name is taken). */
  use(qualified: string): string {
    const simpleName = qualified.slice(qualified.lastIndexOf('.') + 1);
    const owner = this.simple.get(simpleName);
    if (owner !== undefined && owner !== qualified) return qualified;
    this.simple.set(simpleName, qualified);
    this.imports.add(qualified);
    return simpleName;
  }

  importLines(): string[] {
    return [...this.imports].sort().map((i) => javaProfile.formatImport({ lang: 'java', qualifiedName: i }));
  }

  model(type: TypeRef): string {
    return this.use(`${javaModelsPackage(type, this.api)}.${javaNaming.typeName(type)}`);
  }

  literal(kind: LiteralKind, value: ScalarValue, hint: string, place: Place, enumType?: TypeRef): PrintedLiteral<JavaImport> {
    const printed = javaLiterals[kind](value, { api: this.api, names: this.names, hint, ...(enumType ? { enumType } : {}) });
    for (const i of printed.imports) this.use(i.qualifiedName);
    this.issues.push(...literalIssues('java', printed.issues, place));
    return printed;
  }

  declare(type: string, name: string, init: string): void {
    this.statements.push([assignment(`${type} ${name}`, expressionDoc(init)), ';']);
  }

  callStatement(receiver: string, method: string, args: readonly string[]): void {
    this.statements.push([call(`${receiver}.${method}`, args.map(expressionDoc)), ';']);
  }
}

type Scalar = Extract<TypedValue, { kind: 'primitive' | 'enum' }>;

function scalarCode(e: Emitter, value: Scalar, hint: string): string {
  const enumType = value.kind === 'enum' ? enumTypeRef(value) : undefined;
  return e.literal(literalKind(value), scalarOf(value), hint, value.place, enumType).code;
}

/** The Java type of a collection's items. */
function itemType(e: Emitter, item: TypeRef | { name: string }): string {
  if (item.name.startsWith('Edm.')) {
    const t = ELEMENT_TYPES[item.name as EdmPrimitive];
    if (t === undefined) return 'Object';
    for (const i of t.imports) e.use(i);
    return t.type;
  }
  return e.model(typeRef(item.name));
}

/** The expression a setter takes for a value, after the statements it needs. */
function valueExpression(e: Emitter, value: TypedValue, hint: string): string {
  switch (value.kind) {
    case 'primitive':
    case 'enum':
      return scalarCode(e, value, hint);
    case 'null':
      return 'null';
    case 'object': {
      const name = e.names.claim(hint);
      objectStatements(e, value, name);
      return name;
    }
    case 'collection': {
      const elem = itemType(e, value.itemType);
      e.use('java.util.LinkedList');
      const name = e.names.claim(hint);
      e.declare(`LinkedList<${elem}>`, name, 'new LinkedList<>()');
      for (const item of value.items) {
        const itemHint = item.kind === 'object' ? typeRef(item.type).name : hint;
        e.callStatement(name, 'add', [valueExpression(e, item, itemHint)]);
      }
      return name;
    }
    case 'untyped':
      return untypedExpression(e, value.value, hint);
    case 'parameters':
    case 'reference':
      throw new Error(`internal: a ${value.kind} value inside a body`);
  }
}

/** JSON as kiota's untyped nodes; objects and arrays are built in variables first. */
function untypedExpression(e: Emitter, node: JsonNode, hint: string): string {
  const u = (cls: string) => e.use(`com.microsoft.kiota.serialization.${cls}`);
  switch (node.kind) {
    case 'string':
      return `new ${u('UntypedString')}(${q(node.value)})`;
    case 'boolean':
      return `new ${u('UntypedBoolean')}(${node.value})`;
    case 'null':
      return `new ${u('UntypedNull')}()`;
    case 'number':
      return e.literal('Edm.Untyped', { kind: 'number', text: node.raw }, hint, node.place).code;
    case 'array': {
      const nodeType = u('UntypedNode');
      e.use('java.util.LinkedList');
      const name = e.names.claim(`${hint} list`);
      e.declare(`LinkedList<${nodeType}>`, name, 'new LinkedList<>()');
      for (const item of node.items) e.callStatement(name, 'add', [untypedExpression(e, item, hint)]);
      return `new ${u('UntypedArray')}(${name})`;
    }
    case 'object': {
      const nodeType = u('UntypedNode');
      e.use('java.util.HashMap');
      const name = e.names.claim(`${hint} map`);
      e.declare(`HashMap<String, ${nodeType}>`, name, 'new HashMap<>()');
      for (const entry of node.entries) e.callStatement(name, 'put', [q(entry.key), untypedExpression(e, entry.value, entry.key)]);
      return `new ${u('UntypedObject')}(${name})`;
    }
  }
}

/** A JSON value in additionalData: scalars as Java values, string arrays as `LinkedList<String>`, the rest as untyped nodes. */
function anyExpression(e: Emitter, node: JsonNode, hint: string): string {
  switch (node.kind) {
    case 'string':
      return q(node.value);
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'number':
      return /^-?\d+$/.test(node.raw) && Math.abs(Number(node.raw)) <= 2147483647 ? node.raw : untypedExpression(e, node, hint);
    case 'array':
      if (node.items.length > 0 && node.items.every((i) => i.kind === 'string')) {
        e.use('java.util.LinkedList');
        const name = e.names.claim(hint);
        e.declare('LinkedList<String>', name, 'new LinkedList<>()');
        for (const item of node.items) e.callStatement(name, 'add', [q((item as { value: string }).value)]);
        return name;
      }
      return untypedExpression(e, node, hint);
    case 'object':
      return untypedExpression(e, node, hint);
  }
}

function additionalDataStatements(e: Emitter, owner: string, entries: readonly { key: string; value: JsonNode }[]): void {
  if (entries.length === 0) return;
  e.use('java.util.HashMap');
  const name = e.names.claim('additionalData');
  e.declare('HashMap<String, Object>', name, 'new HashMap<>()');
  for (const en of entries) e.callStatement(name, 'put', [q(en.key), anyExpression(e, en.value, en.key)]);
  e.callStatement(owner, 'setAdditionalData', [name]);
}

/** The Java SDK types a `microsoft.graph.Json` property as kiota's `UntypedNode` (sdk/body.ts). */
const JAVA_MODELS: SdkModelFacts = { jsonProperties: true, durations: 'iso', signedBytes: true };

/** The setters of a model's members in the order written, then its additional data (sdk/body.ts decides which is which). */
function modelStatements(e: Emitter, owner: string, model: Parameters<typeof modelParts>[0], odataTypeMember: boolean): void {
  const parts = modelParts(model, odataTypeMember, JAVA_MODELS, 'java');
  e.issues.push(...parts.issues);
  for (const m of parts.members) {
    if (m.kind === 'odataType') {
      e.callStatement(owner, 'setOdataType', [q(m.value)]);
      continue;
    }
    const p = m.property;
    if (m.open !== null) {
      // An open type with dynamic keys (plannerAssignments): the model, its entries in additionalData.
      const cls = e.model(typeRef(p.type.name));
      const name = e.names.claim(p.name);
      e.declare(cls, name, `new ${cls}()`);
      additionalDataStatements(e, name, m.open.entries.map((en) => ({ key: en.key, value: en.value })));
      e.callStatement(owner, javaNaming.setterName(p.name)!, [name]);
      continue;
    }
    e.callStatement(owner, javaNaming.setterName(p.name)!, [valueExpression(e, p.value, p.name)]);
  }
  additionalDataStatements(e, owner, parts.additional);
}

function objectStatements(e: Emitter, value: Extract<TypedValue, { kind: 'object' }>, name: string): void {
  const cls = e.model(typeRef(value.type));
  e.declare(cls, name, `new ${cls}()`);
  modelStatements(e, name, value, true);
}

function javaPackage(chainResult: BuilderChain, request: TypedRequest): string {
  const first = chainResult.steps[0];
  const folders = first?.kind === 'property' && first.name === 'me' ? ['users', 'item', ...chainResult.folders.slice(1)] : [...chainResult.folders];
  // A folder named by a Java keyword is escaped like its builder (`…crosstenantaccesspolicy.defaultescaped`).
  const segment = (f: string) => {
    const lower = cleanupSymbolName(f).toLowerCase();
    return javaNaming.navigation(f) === f ? lower : `${lower}escaped`;
  };
  return [ROOT[request.apiVersion ?? 'v1.0'], ...folders.map(segment)].join('.');
}

function urlString(v: TypedUrlValue): string {
  return urlValueText(v.value);
}

/** The result's Java type, or null when the SDK returns nothing. */
function resultType(e: Emitter, request: TypedRequest, chainResult: BuilderChain, pkg: string): string | null {
  const last = request.path[request.path.length - 1];
  const entity = (name: string) => e.model(typeRef(name));
  switch (request.operation) {
    case 'delete':
    case 'ref-add':
    case 'ref-set':
    case 'ref-remove':
      return null;
    case 'count':
      return 'Integer';
    case 'stream-get':
      return e.use('java.io.InputStream');
    case 'stream-put':
      if (last?.kind === 'property') return entity(last.declaringType);
      return e.use('java.io.InputStream');
    case 'ref-get':
      return e.model({ namespace: 'microsoft.graph', name: 'StringCollectionResponse' });
    case 'action':
    case 'function': {
      if (last?.kind !== 'operation' || last.returnType === null) return null;
      const rt = last.returnType;
      if (streamInSdk(rt.name)) return e.use('java.io.InputStream');
      if (rt.collection || rt.name.startsWith('Edm.')) {
        const method = firstUpper(chainResult.executor);
        return e.use(`${pkg}.${chainResult.operationClass ?? chainResult.builder.replace(/RequestBuilder$/, '')}${method}Response`);
      }
      return entity(rt.name);
    }
    case 'list': {
      const t = request.target;
      if (t === null || t.name.startsWith('Edm.')) return null;
      return e.model({ ...typeRef(t.name), name: `${typeRef(t.name).name}CollectionResponse` });
    }
    default: {
      const t = request.target;
      if (t === null) return null;
      if (t.name.startsWith('Edm.')) {
        const element = t.collection ? undefined : ELEMENT_TYPES[t.name as EdmPrimitive];
        if (element === undefined) return null;
        for (const i of element.imports) e.use(i);
        return element.type;
      }
      return entity(t.name);
    }
  }
}

function buildView(plan: SdkPlan): ViewResult<JavaView> {
  const { request } = plan;
  const c = plan.chain;
  const api = request.apiVersion ?? 'v1.0';
  const e = new Emitter(api, javaProfile.newNamer());
  const pkg = javaPackage(c, request);
  const params = plan.query;

  // Body
  let bodyArg: string | null = null;
  const body = plan.body;
  if (body !== null) {
    if (body.kind === 'stream') {
      const printed = e.literal('Edm.Stream', { kind: 'string', value: body.text }, 'requestBody', body.place);
      bodyArg = e.names.claim('stream');
      e.declare(e.use('java.io.InputStream'), bodyArg, printed.code);
    } else if (body.kind === 'model') {
      bodyArg = e.names.claim(typeRef(body.value.type).name);
      objectStatements(e, body.value, bodyArg);
    } else if (body.kind === 'parameters') {
      const v = body.value;
      const simple = e.use(`${pkg}.${body.className}`);
      bodyArg = e.names.claim(body.className);
      e.declare(simple, bodyArg, `new ${simple}()`);
      modelStatements(e, bodyArg, v, false);
    } else {
      const v = body.value;
      const cls = firstUpper(body.className);
      const simple = e.model({ namespace: 'microsoft.graph', name: cls });
      bodyArg = e.names.claim(cls);
      e.declare(simple, bodyArg, `new ${simple}()`);
      if (v.id !== null) e.callStatement(bodyArg, 'setOdataId', [q(v.id)]);
      modelStatements(e, bodyArg, { properties: [], annotations: v.annotations.filter((a) => a.term !== 'odata.id'), additionalData: v.additionalData }, false);
    }
  }

  // Chain
  const calls: { name: string; args: Arg[] }[] = [];
  for (const step of c.steps) {
    if (step.kind === 'property') calls.push({ name: javaNaming.navigation(step.name), args: [] });
    else if (step.kind === 'indexer') calls.push({ name: javaNaming.indexer(step.parameter)!, args: [q(urlString(step.key))] });
    else {
      const op = request.path.find((s): s is Extract<PathStep, { kind: 'operation' }> => s.kind === 'operation' && s.arguments === step.arguments);
      const args = [...step.arguments].sort((a, b) => ((a.name ?? '').toLowerCase() < (b.name ?? '').toLowerCase() ? -1 : 1));
      const exprs = args.map((a) => {
        if (a.type?.name === 'Edm.Date') return e.literal('Edm.Date', { kind: 'string', value: urlString(a) }, a.name ?? 'value', a.place).code;
        // a number or Boolean argument is typed as the function declares it, not passed as text
        const scalar = a.value.kind === 'number' ? { kind: 'number' as const, text: a.value.raw } : a.value.kind === 'boolean' ? { kind: 'boolean' as const, value: a.value.value } : null;
        if (scalar !== null && a.type !== null && isEdmPrimitive(a.type.name) && a.type.name !== 'Edm.String') return e.literal(a.type.name, scalar, a.name ?? 'value', a.place).code;
        return q(urlString(a));
      });
      calls.push({ name: op ? javaNaming.operationWithParameters(operationSegment(op), op.parameters.map((p) => p.name)) : firstLower(step.name), args: exprs.map(expressionDoc) });
    }
  }

  // Request configuration
  const headers = plan.headers;
  const config: Doc[] = [];
  for (const p of params) {
    const lhs = `requestConfiguration.queryParameters.${p.kind === 'custom' ? firstLower(cleanupSymbolName(p.name)) : p.name}`;
    switch (p.kind) {
      case 'strings':
        config.push([assignment(lhs, arrayInitializer('String', p.values.map(q))), ';']);
        break;
      case 'string':
      case 'custom':
        config.push([assignment(lhs, q(p.value)), ';']);
        break;
      case 'int':
      case 'bool':
        config.push([assignment(lhs, String(p.value)), ';']);
        break;
    }
  }
  for (const h of headers) config.push([call('requestConfiguration.headers.add', [q(h.name), q(h.value)]), ';']);

  const executorArgs: Arg[] = [...(bodyArg !== null ? [bodyArg] : []), ...(config.length > 0 ? [{ lambda: true as const, param: 'requestConfiguration', body: config }] : [])];
  calls.push({ name: c.executor, args: executorArgs });
  const type = resultType(e, request, c, pkg);
  const callLines = printDoc(chain('graphClient', calls, type === null ? '' : `${type} result = `));

  const setup = e.statements.flatMap((s) => printDoc(s));
  const imports = e.importLines();
  const view: JavaView = {
    imports,
    hasImports: imports.length > 0,
    setup,
    hasSetup: setup.length > 0,
    call: callLines,
    clientComment: JAVA_CLIENT_COMMENT,
  };
  return { ok: true, view, issues: e.issues };
}

export const javaRenderer: LanguageRenderer<JavaView> = {
  family: 'kiota',
  templateFolder: 'java',
  buildView,
};
