/**
 * C# (Microsoft.Graph v5 / Microsoft.Graph.Beta, kiota): the view builder. The request body is one
 * object initialiser nested inline (`new User { … }`), the call goes through the kiota
 * request-builder chain (`graphClient.Users["{user-id}"].Messages.PostAsync(requestBody)`), query
 * options and headers through the configuration lambda. Facts it rests on (msgraph-sdk-dotnet):
 * - builders live in namespaces named after their folders (`Microsoft.Graph.Me.SendMail`,
 *   `Microsoft.Graph.Users.Item.AssignLicense`); action bodies are `<Action>PostRequestBody` there;
 * - operations returning a collection are called `GetAs<Builder>GetResponseAsync` /
 *   `PostAs<Builder>PostResponseAsync` (the plain `GetAsync`/`PostAsync` are obsolete);
 * - function parameters are passed by name (kiota orders them alphabetically in the signature);
 * - unknown properties and instance annotations go to `AdditionalData` with their JSON keys;
 *   nested untyped JSON is built from `Microsoft.Kiota.Abstractions.Serialization` `Untyped*` nodes.
 */
import type { Place } from '../../diagnostics/types.js';
import type { TypedUrlValue, TypedValue } from '../../ir/typed.js';
import type { JsonNode } from '../../ir/types.js';
import type { BuilderChain } from '../../render/chain.js';
import type { SdkPlan, SdkQueryParameter } from '../../sdk/plan.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef } from '../../render/values.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import type { LiteralKind, ScalarValue, TypeRef } from '../profile.js';
import type { Namer } from '../shared/names.js';
import { parseInteger } from '../shared/values.js';
import { cleanupSymbolName, firstLower, firstUpper } from '../shared/words.js';
import { csharpModelsNamespace, csharpNamespaceSegment, csharpNaming } from './naming.js';
import { csharpProfile } from './profile.js';
import { modelParts, type SdkModelFacts } from '../../sdk/body.js';

export const CSHARP_INDENT = '    ';
export const CSHARP_CLIENT_COMMENT = '// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp';

export interface CSharpView extends SnippetView {
  /** The client-initialisation comment printed right before the call. */
  readonly clientComment: string;
}

/** The mutable state of one snippet: never shared between snippets or languages. */
interface Scope {
  readonly api: 'v1.0' | 'beta';
  readonly usings: Set<string>;
  readonly issues: RenderIssue[];
  readonly names: Namer;
  /** The action's request body class and its namespace, when the body is an action's parameters. */
  readonly requestBody: { readonly name: string; readonly namespace: string } | null;
}

class Unsupported extends Error {
  constructor(readonly reason: string, readonly place: Place) {
    super(reason);
  }
}

const pad = (depth: number) => CSHARP_INDENT.repeat(depth);

/** `header`, then `{`, one entry a line (each followed by a comma), `}` + `close`; entries may span lines. */
export function csharpBlock(header: string, entries: readonly string[], depth: number, close = ''): string {
  return [header, `${pad(depth)}{`, ...entries.map((e) => `${pad(depth + 1)}${e},`), `${pad(depth)}}${close}`].join('\n');
}

function literal(scope: Scope, kind: LiteralKind, value: ScalarValue, place: Place, hint: string, enumType?: TypeRef): string {
  const printed = csharpProfile.literals[kind](value, { api: scope.api, names: scope.names, hint, ...(enumType ? { enumType } : {}) });
  for (const u of printed.imports) scope.usings.add(u.namespace);
  scope.issues.push(...literalIssues('C#', printed.issues, place));
  return printed.code;
}

const str = (scope: Scope, text: string, place: Place) => literal(scope, 'Edm.String', { kind: 'string', value: text }, place, 'value');

/** The class name of a model type, with its `using`. */
function modelClass(scope: Scope, fullName: string): string {
  const ref = typeRef(fullName);
  scope.usings.add(csharpModelsNamespace(ref, scope.api));
  return csharpNaming.typeName(ref);
}

const PRIMITIVE_TYPES: Readonly<Record<string, string>> = {
  'Edm.String': 'string', 'Edm.Boolean': 'bool?', 'Edm.Byte': 'byte?', 'Edm.SByte': 'sbyte?', 'Edm.Int16': 'int?', 'Edm.Int32': 'int?',
  'Edm.Int64': 'long?', 'Edm.Single': 'float?', 'Edm.Double': 'double?', 'Edm.Decimal': 'decimal?', 'Edm.Guid': 'Guid?',
  'Edm.DateTimeOffset': 'DateTimeOffset?', 'Edm.Date': 'Date?', 'Edm.TimeOfDay': 'Time?', 'Edm.Duration': 'TimeSpan?',
  'Edm.Binary': 'byte[]', 'Edm.Stream': 'Stream', 'Edm.Untyped': 'UntypedNode',
};
const PRIMITIVE_USINGS: Readonly<Record<string, string>> = {
  'Guid?': 'System', 'DateTimeOffset?': 'System', 'TimeSpan?': 'System', 'Date?': 'Microsoft.Kiota.Abstractions', 'Time?': 'Microsoft.Kiota.Abstractions',
  Stream: 'System.IO', UntypedNode: 'Microsoft.Kiota.Abstractions.Serialization',
};

/** The element type of a `List<…>`: kiota keeps primitives and enums nullable (`List<Guid?>`, `List<DayOfWeekObject?>`). */
function elementType(scope: Scope, itemType: string, sample: TypedValue | undefined): string {
  const primitive = PRIMITIVE_TYPES[itemType];
  if (primitive !== undefined) {
    const using = PRIMITIVE_USINGS[primitive];
    if (using !== undefined) scope.usings.add(using);
    return primitive;
  }
  const name = modelClass(scope, itemType);
  return sample?.kind === 'enum' ? `${name}?` : name;
}

/** Members in the order written: declared properties and `@odata.type` (as `OdataType`); the rest goes to `AdditionalData`. */
/** The C# SDK types a `microsoft.graph.Json` property as kiota's `UntypedNode` (sdk/body.ts). */
const CSHARP_MODELS: SdkModelFacts = { jsonProperties: true, durations: 'iso', signedBytes: false };

/** Object-initializer members in the order written (sdk/body.ts decides members and additional data). */
function members(scope: Scope, owner: TypeRef, model: Parameters<typeof modelParts>[0], odataTypeMember: boolean, depth: number): string[] {
  const parts = modelParts(model, odataTypeMember, CSHARP_MODELS, 'csharp');
  scope.issues.push(...parts.issues);
  if (parts.unsupported !== null) throw new Unsupported(parts.unsupported.message.replace(/^csharp: /, ''), parts.unsupported.place);
  const out = parts.members.map((m) => {
    if (m.kind === 'odataType') return `OdataType = ${str(scope, m.value, m.place)}`;
    const p = m.property;
    const code = m.open !== null ? openObject(scope, p.type.name, m.open, depth) : value(scope, p.value, depth, p.name);
    return `${csharpNaming.propertyName(p.name, owner)} = ${code}`;
  });
  if (parts.additional.length > 0) {
    const rows = parts.additional.map((e) => dictionaryEntry(scope, str(scope, e.key, e.place), (d) => additionalValue(scope, e.value, d), depth + 1));
    out.push(`AdditionalData = ${csharpBlock('new Dictionary<string, object>', rows, depth)}`);
    scope.usings.add('System.Collections.Generic');
  }
  return out;
}

/** `new PlannerAssignments { AdditionalData = … }`: an instance of a declared type whose members are all dynamic. */
function openObject(scope: Scope, typeName: string, node: Extract<JsonNode, { kind: 'object' }>, depth: number): string {
  const name = modelClass(scope, typeName);
  if (node.entries.length === 0) return `new ${name}()`;
  scope.usings.add('System.Collections.Generic');
  const rows = node.entries.map((e) => dictionaryEntry(scope, str(scope, e.key, e.keyPlace), (d) => additionalValue(scope, e.value, d), depth + 2));
  return csharpBlock(`new ${name}`, [`AdditionalData = ${csharpBlock('new Dictionary<string, object>', rows, depth + 1)}`], depth);
}

/** `{ "key", value }` on one line, or spread over lines when the value spans several. */
function dictionaryEntry(scope: Scope, key: string, valueAt: (depth: number) => string, depth: number): string {
  void scope;
  const oneLine = valueAt(depth);
  if (!oneLine.includes('\n')) return `{ ${key}, ${oneLine} }`;
  return ['{', `${pad(depth + 1)}${key}, ${valueAt(depth + 1)}`, `${pad(depth)}}`].join('\n');
}

/** An `AdditionalData` value: plain strings, numbers, booleans and string lists; other JSON as kiota untyped nodes. */
function additionalValue(scope: Scope, node: JsonNode, depth: number): string {
  switch (node.kind) {
    case 'string':
      return str(scope, node.value, node.place);
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'number':
      return plainNumber(scope, node.raw, node.place);
    case 'array':
      if (node.items.every((i) => i.kind === 'string')) {
        scope.usings.add('System.Collections.Generic');
        if (node.items.length === 0) return 'new List<string>()';
        return csharpBlock('new List<string>', node.items.map((i) => additionalValue(scope, i, depth + 1)), depth);
      }
      return untyped(scope, node, depth);
    case 'object':
      return untyped(scope, node, depth);
  }
}

function plainNumber(scope: Scope, raw: string, place: Place): string {
  const value: ScalarValue = { kind: 'number', text: raw };
  if (parseInteger(value, 'Edm.Int32').ok) return literal(scope, 'Edm.Int32', value, place, 'value');
  if (parseInteger(value, 'Edm.Int64').ok) return literal(scope, 'Edm.Int64', value, place, 'value');
  return literal(scope, 'Edm.Double', value, place, 'value');
}

/** JSON as kiota's untyped nodes (`UntypedObject`, `UntypedArray`, `UntypedString`, …). */
function untyped(scope: Scope, node: JsonNode, depth: number): string {
  const serialization = 'Microsoft.Kiota.Abstractions.Serialization';
  scope.usings.add(serialization);
  switch (node.kind) {
    case 'object': {
      scope.usings.add('System.Collections.Generic');
      if (node.entries.length === 0) return 'new UntypedObject(new Dictionary<string, UntypedNode>())';
      const rows = node.entries.map((e) => dictionaryEntry(scope, str(scope, e.key, e.keyPlace), (d) => untyped(scope, e.value, d), depth + 1));
      return csharpBlock('new UntypedObject(new Dictionary<string, UntypedNode>', rows, depth, ')');
    }
    case 'array':
      scope.usings.add('System.Collections.Generic');
      if (node.items.length === 0) return 'new UntypedArray(new List<UntypedNode>())';
      return csharpBlock('new UntypedArray(new List<UntypedNode>', node.items.map((i) => untyped(scope, i, depth + 1)), depth, ')');
    case 'null':
      return 'new UntypedNull()';
    case 'string':
      return literal(scope, 'Edm.Untyped', { kind: 'string', value: node.value }, node.place, 'value');
    case 'boolean':
      return literal(scope, 'Edm.Untyped', { kind: 'boolean', value: node.value }, node.place, 'value');
    case 'number':
      return literal(scope, 'Edm.Untyped', { kind: 'number', text: node.raw }, node.place, 'value');
  }
}

/** A typed body value as a C# expression; continuation lines carry their absolute indentation. */
function value(scope: Scope, v: TypedValue, depth: number, hint: string): string {
  switch (v.kind) {
    case 'enum':
      return literal(scope, literalKind(v), scalarOf(v), v.place, hint, enumTypeRef(v));
    case 'primitive':
      return literal(scope, literalKind(v), scalarOf(v), v.place, hint);
    case 'null':
      return csharpProfile.nullLiteral;
    case 'untyped':
      return untyped(scope, v.value, depth);
    case 'collection': {
      scope.usings.add('System.Collections.Generic');
      const type = `List<${elementType(scope, v.itemType.name, v.items[0])}>`;
      if (v.items.length === 0) return `new ${type}()`;
      return csharpBlock(`new ${type}`, v.items.map((item) => value(scope, item, depth + 1, hint)), depth);
    }
    case 'object': {
      const name = modelClass(scope, v.type);
      const rows = members(scope, typeRef(v.type), v, true, depth + 1);
      return rows.length === 0 ? `new ${name}()` : csharpBlock(`new ${name}`, rows, depth);
    }
    case 'parameters': {
      if (scope.requestBody === null) throw new Unsupported('an action body where the request has no action request builder', v.place);
      scope.usings.add(scope.requestBody.namespace);
      const owner = { namespace: '', name: scope.requestBody.name };
      const rows = members(scope, owner, v, false, depth + 1);
      return rows.length === 0 ? `new ${scope.requestBody.name}()` : csharpBlock(`new ${scope.requestBody.name}`, rows, depth);
    }
    case 'reference': {
      throw new Unsupported('a reference body outside a $ref request', v.place);
    }
  }
}

/** `$ref` bodies: `ReferenceCreate` (POST, add to a collection) or `ReferenceUpdate` (PUT, set a single link). */
function referenceBody(scope: Scope, v: Extract<TypedValue, { kind: 'reference' }>, put: boolean, depth: number): string {
  const name = modelClass(scope, put ? 'microsoft.graph.referenceUpdate' : 'microsoft.graph.referenceCreate');
  const idAnnotation = v.annotations.find((a) => a.property === null && a.term === 'odata.id');
  const rows: string[] = [];
  if (v.id !== null) rows.push(`OdataId = ${str(scope, v.id, idAnnotation?.place ?? v.place)}`);
  const rest = v.annotations.filter((a) => !(a.property === null && a.term === 'odata.id' && v.id !== null));
  rows.push(...members(scope, { namespace: '', name }, { properties: [], annotations: rest, additionalData: v.additionalData }, false, depth + 1));
  return rows.length === 0 ? `new ${name}()` : csharpBlock(`new ${name}`, rows, depth);
}

/** A key or function argument: kiota's indexers take strings; function parameters are typed. */
function urlArgument(scope: Scope, arg: TypedUrlValue, typed: boolean): string {
  const v = arg.value;
  if (v.kind === 'placeholder') return str(scope, v.spelling, arg.place);
  if (v.kind === 'null') return csharpProfile.nullLiteral;
  const scalar: ScalarValue =
    v.kind === 'number' ? { kind: 'number', text: v.raw } : v.kind === 'boolean' ? { kind: 'boolean', value: v.value } : { kind: 'string', value: v.value };
  const type = arg.type?.name;
  if (!typed || type === undefined || !type.startsWith('Edm.') || !(type in csharpProfile.literals)) {
    return str(scope, v.kind === 'number' ? v.raw : v.kind === 'boolean' ? String(v.value) : v.value, arg.place);
  }
  return literal(scope, type as LiteralKind, scalar, arg.place, arg.name ?? 'value');
}

/** `graphClient.Users["{user-id}"].Messages`, with function arguments by name. */
export function csharpChainExpression(scope: Scope, chain: BuilderChain): string {
  let code = 'graphClient';
  for (const step of chain.steps) {
    if (step.kind === 'property') code += `.${firstUpper(step.name)}`;
    else if (step.kind === 'indexer') code += `[${urlArgument(scope, step.key, false)}]`;
    else {
      const args = step.arguments.map((a) => `${firstLower(cleanupSymbolName(a.name ?? 'value'))}: ${urlArgument(scope, a, true)}`);
      code += `.${firstUpper(step.name)}(${args.join(', ')})`;
    }
  }
  return code;
}

/** `GetAsync`, or `GetAs<Operation>GetResponseAsync` for operations whose result kiota wraps (a collection or a primitive value). */
function executorMethod(plan: SdkPlan): string {
  const verb = firstUpper(plan.executor);
  if (plan.wrappedResponse !== null && (verb === 'Get' || verb === 'Post')) {
    return `${verb}As${plan.chain.operationClass ?? plan.chain.builder.replace(/RequestBuilder$/, '')}${verb}ResponseAsync`;
  }
  return `${verb}Async`;
}

/** Query options as `requestConfiguration.QueryParameters.X = …;` lines (the plan kept only those the builder declares). */
function queryLines(scope: Scope, params: readonly SdkQueryParameter[]): string[] {
  return params.map((p) => {
    const target = `requestConfiguration.QueryParameters.${p.kind === 'custom' ? csharpNaming.propertyName(p.name) : firstUpper(p.name)}`;
    switch (p.kind) {
      case 'strings':
        return `${target} = new string[] { ${p.values.map((s) => str(scope, s, p.place)).join(', ')} };`;
      case 'string':
      case 'custom':
        return `${target} = ${str(scope, p.value, p.place)};`;
      case 'int':
      case 'bool':
        return `${target} = ${p.value};`;
    }
  });
}

function build(plan: SdkPlan): ViewResult<CSharpView> {
  const { chain, request } = plan;
  const issues: RenderIssue[] = [];
  const api = request.apiVersion ?? 'v1.0';
  const root = api === 'beta' ? 'Microsoft.Graph.Beta' : 'Microsoft.Graph';
  const namespace = [root, ...chain.folders.map(csharpNamespaceSegment)].join('.');
  const scope: Scope = {
    api,
    usings: new Set(),
    issues,
    names: csharpProfile.newNamer(),
    requestBody: chain.requestBodyClass === null ? null : { name: chain.requestBodyClass, namespace },
  };
  try {
    const setup: string[] = [];
    const args: string[] = [];
    const body = plan.body;
    if (body !== null) {
      if (body.kind === 'stream') {
        setup.push(`using var requestBody = ${literal(scope, 'Edm.Stream', { kind: 'string', value: body.text }, body.place, 'requestBody')};`);
      } else {
        const code = body.kind === 'reference' ? referenceBody(scope, body.value, body.className === 'referenceUpdate', 0) : value(scope, body.value, 0, 'requestBody');
        setup.push(...`var requestBody = ${code};`.split('\n'));
      }
      args.push('requestBody');
    }
    const config = queryLines(scope, plan.query);
    for (const h of plan.headers) config.push(`requestConfiguration.Headers.Add(${str(scope, h.name, h.place)}, ${str(scope, h.value, h.place)});`);
    const target = `${csharpChainExpression(scope, chain)}.${executorMethod(plan)}`;
    const head = `${plan.returnsValue ? 'var result = ' : ''}await ${target}`;
    let call: string[];
    if (config.length === 0) call = [`${head}(${args.join(', ')});`];
    else {
      call = [`${head}(${[...args, '(requestConfiguration) =>'].join(', ')}`, '{', ...config.map((l) => CSHARP_INDENT + l), '});'];
    }
    const imports = [...scope.usings].sort().map((u) => csharpProfile.formatImport({ lang: 'csharp', namespace: u }));
    return {
      ok: true,
      view: { imports, hasImports: imports.length > 0, setup, hasSetup: setup.length > 0, call, clientComment: CSHARP_CLIENT_COMMENT },
      issues,
    };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { ok: false, issues: [...issues, { ruleId: 'render:unsupported', message: `csharp: ${error.reason}`, place: error.place }] };
  }
}

export const csharpRenderer: LanguageRenderer<CSharpView> = {
  family: 'kiota',
  templateFolder: 'csharp',
  buildView: build,
};
