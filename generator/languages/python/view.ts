/**
 * Python (msgraph-sdk / msgraph-beta-sdk, kiota): the view builder. The request body is one
 * constructor call with keyword arguments nested inline (`User(display_name = "…")`), the call goes
 * through the kiota request-builder chain (`graph_client.users.by_user_id("user-id").messages.post(request_body)`),
 * query options through `<Builder>.<Builder>GetQueryParameters` and `RequestConfiguration`. Facts it
 * rests on (msgraph-sdk-python):
 * - `graph_client.me` is the `UserItemRequestBuilder` of `/users/{user-id}` (`GraphServiceClient.me`),
 *   so everything under `/me` is imported from `msgraph.generated.users.item…` (in msgraph-beta-sdk
 *   `me` is a method: `graph_client.me()`);
 * - modules are the snake_case folders and class names (`…users.item.send_mail.send_mail_post_request_body`);
 * - every model, enum and value type a snippet uses is imported (`date`, `UUID`, `base64`, …);
 * - unknown properties and instance annotations go to `additional_data` with their JSON keys as written.
 */
import type { Place } from '../../diagnostics/types.js';
import type { TypedUrlValue, TypedValue } from '../../ir/typed.js';
import type { JsonNode } from '../../ir/types.js';
import type { BuilderChain } from '../../render/chain.js';
import type { SdkPlan, SdkQueryParameter } from '../../sdk/plan.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef } from '../../render/values.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import type { LiteralKind, PythonImport, ScalarValue } from '../profile.js';
import type { Namer } from '../shared/names.js';
import { cleanupSymbolName, firstLower, firstUpper, kiotaSnakeCase } from '../shared/words.js';
import { pythonModelModule, pythonNaming } from './naming.js';
import { pythonProfile } from './profile.js';
import { modelParts, type SdkModelFacts } from '../../sdk/body.js';
import { rawUrlCall } from '../../sdk/raw-url.js';

export const PYTHON_INDENT = '    ';
export const PYTHON_CLIENT_COMMENT = '# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python';

export interface PythonView extends SnippetView {
  /** The client-initialisation comment printed after the imports. */
  readonly clientComment: string;
}

/** The mutable state of one snippet: never shared between snippets or languages. */
interface Scope {
  readonly api: 'v1.0' | 'beta';
  readonly root: 'msgraph' | 'msgraph_beta';
  /** module → imported names; '' for `import module`. */
  readonly imports: Map<string, Set<string>>;
  readonly issues: RenderIssue[];
  readonly names: Namer;
  readonly requestBody: { readonly name: string; readonly module: string } | null;
}

class Unsupported extends Error {
  constructor(readonly reason: string, readonly place: Place) {
    super(reason);
  }
}

const pad = (depth: number) => PYTHON_INDENT.repeat(depth);

function addImport(scope: Scope, i: PythonImport): void {
  let names = scope.imports.get(i.module);
  if (names === undefined) scope.imports.set(i.module, (names = new Set()));
  names.add(i.name ?? '');
}

/** `open`, one entry a line (each followed by a comma), `close`; entries may span lines. */
export function pythonBlock(open: string, entries: readonly string[], depth: number, close: string): string {
  return [open, ...entries.map((e) => `${pad(depth + 1)}${e},`), `${pad(depth)}${close}`].join('\n');
}

function literal(scope: Scope, kind: LiteralKind, value: ScalarValue, place: Place, hint: string, enumType?: ReturnType<typeof enumTypeRef>): string {
  const printed = pythonProfile.literals[kind](value, { api: scope.api, names: scope.names, hint, ...(enumType ? { enumType } : {}) });
  if (kind === 'flagsEnum' && printed.issues.some((i) => i.kind === 'unrepresentable')) {
    // msgraph-sdk types a flags enum as one member (a `str` Enum): several members cannot be said, and a list would not be sent
    throw new Unsupported(`${enumType?.name ?? 'the flags enum'} is typed as one member in msgraph-sdk: several flags ('${value.kind === 'string' ? value.value : ''}') cannot be sent`, place);
  }
  for (const i of printed.imports) addImport(scope, i);
  scope.issues.push(...literalIssues('Python', printed.issues, place));
  return printed.code;
}

const str = (scope: Scope, text: string, place: Place) => literal(scope, 'Edm.String', { kind: 'string', value: text }, place, 'value');

function modelClass(scope: Scope, fullName: string): string {
  const ref = typeRef(fullName);
  const name = pythonNaming.typeName(ref);
  addImport(scope, { lang: 'python', module: pythonModelModule(ref, scope.api), name });
  return name;
}

/** msgraph-sdk for Python declares no attribute for a `microsoft.graph.Json` property (sdk/body.ts). */
const PYTHON_MODELS: SdkModelFacts = { jsonProperties: false, durations: 'str', signedBytes: false };

/** Keyword arguments in the order written (sdk/body.ts decides members and additional data). */
function members(scope: Scope, model: Parameters<typeof modelParts>[0], odataTypeMember: boolean, depth: number): string[] {
  const parts = modelParts(model, odataTypeMember, PYTHON_MODELS, 'python');
  scope.issues.push(...parts.issues);
  if (parts.unsupported !== null) throw new Unsupported(parts.unsupported.message.replace(/^python: /, ''), parts.unsupported.place);
  const out = parts.members.map((m) => {
    if (m.kind === 'odataType') return `odata_type = ${str(scope, m.value, m.place)}`;
    const p = m.property;
    const code = m.open !== null ? openObject(scope, p.type.name, m.open, depth) : value(scope, p.value, depth, p.name);
    return `${pythonNaming.propertyName(p.name)} = ${code}`;
  });
  if (parts.additional.length > 0) {
    const rows = parts.additional.map((e) => `${str(scope, e.key, e.place)}: ${json(scope, e.value, depth + 1)}`);
    out.push(`additional_data = ${pythonBlock('{', rows, depth, '}')}`);
  }
  return out;
}

/** `PlannerAssignments(additional_data = {…})`: an instance of a declared type whose members are all dynamic. */
function openObject(scope: Scope, typeName: string, node: Extract<JsonNode, { kind: 'object' }>, depth: number): string {
  const name = modelClass(scope, typeName);
  if (node.entries.length === 0) return `${name}()`;
  const rows = node.entries.map((e) => `${str(scope, e.key, e.keyPlace)}: ${json(scope, e.value, depth + 2)}`);
  return pythonBlock(`${name}(`, [`additional_data = ${pythonBlock('{', rows, depth + 1, '}')}`], depth, ')');
}

/** Untyped JSON as Python literals (dicts, lists, strings, numbers, `True`/`False`/`None`); keys as written. */
function json(scope: Scope, node: JsonNode, depth: number): string {
  switch (node.kind) {
    case 'object':
      if (node.entries.length === 0) return '{}';
      return pythonBlock('{', node.entries.map((e) => `${str(scope, e.key, e.keyPlace)}: ${json(scope, e.value, depth + 1)}`), depth, '}');
    case 'array': {
      if (node.items.length === 0) return '[]';
      // kiota-serialization-json's write_any_value takes a list of dicts, of lists or of primitives
      // (None included), and raises TypeError for any other mix: the request would never be sent
      const kinds = new Set(node.items.map((i) => (i.kind === 'object' || i.kind === 'array' ? i.kind : 'value')));
      if (kinds.size > 1) {
        throw new Unsupported(`msgraph-sdk for Python cannot send a list that mixes ${[...kinds].map((k) => (k === 'object' ? 'objects' : k === 'array' ? 'lists' : 'plain values')).join(' and ')} in untyped JSON: its JSON writer (write_any_value) raises TypeError for it`, node.place);
      }
      return pythonBlock('[', node.items.map((i) => json(scope, i, depth + 1)), depth, ']');
    }
    case 'null':
      return pythonProfile.nullLiteral;
    case 'string':
      return literal(scope, 'Edm.Untyped', { kind: 'string', value: node.value }, node.place, 'value');
    case 'boolean':
      return literal(scope, 'Edm.Untyped', { kind: 'boolean', value: node.value }, node.place, 'value');
    case 'number':
      return literal(scope, 'Edm.Untyped', { kind: 'number', text: node.raw }, node.place, 'value');
  }
}

/** A typed body value as a Python expression; continuation lines carry their absolute indentation. */
function value(scope: Scope, v: TypedValue, depth: number, hint: string): string {
  switch (v.kind) {
    case 'enum':
      return literal(scope, literalKind(v), scalarOf(v), v.place, hint, enumTypeRef(v));
    case 'primitive':
      return literal(scope, literalKind(v), scalarOf(v), v.place, hint);
    case 'null':
      return pythonProfile.nullLiteral;
    case 'untyped':
      return json(scope, v.value, depth);
    case 'collection':
      if (v.items.length === 0) return '[]';
      return pythonBlock('[', v.items.map((item) => value(scope, item, depth + 1, hint)), depth, ']');
    case 'object': {
      const name = modelClass(scope, v.type);
      const rows = members(scope, v, true, depth + 1);
      return rows.length === 0 ? `${name}()` : pythonBlock(`${name}(`, rows, depth, ')');
    }
    case 'parameters': {
      if (scope.requestBody === null) throw new Unsupported('an action body where the request has no action request builder', v.place);
      addImport(scope, { lang: 'python', module: scope.requestBody.module, name: scope.requestBody.name });
      const rows = members(scope, v, false, depth + 1);
      return rows.length === 0 ? `${scope.requestBody.name}()` : pythonBlock(`${scope.requestBody.name}(`, rows, depth, ')');
    }
    case 'reference':
      throw new Unsupported('a reference body outside a $ref request', v.place);
  }
}

/** `$ref` bodies: `ReferenceCreate` (POST, add to a collection) or `ReferenceUpdate` (PUT, set a single link). */
function referenceBody(scope: Scope, v: Extract<TypedValue, { kind: 'reference' }>, put: boolean, depth: number): string {
  const name = modelClass(scope, put ? 'microsoft.graph.referenceUpdate' : 'microsoft.graph.referenceCreate');
  const idAnnotation = v.annotations.find((a) => a.property === null && a.term === 'odata.id');
  const rows: string[] = [];
  if (v.id !== null) rows.push(`odata_id = ${str(scope, v.id, idAnnotation?.place ?? v.place)}`);
  const rest = v.annotations.filter((a) => !(a.property === null && a.term === 'odata.id' && v.id !== null));
  rows.push(...members(scope, { properties: [], annotations: rest, additionalData: v.additionalData }, false, depth + 1));
  return rows.length === 0 ? `${name}()` : pythonBlock(`${name}(`, rows, depth, ')');
}

/** A key or function argument; a `{user-id}` placeholder is written without its braces (`by_user_id("user-id")`). */
function urlArgument(scope: Scope, arg: TypedUrlValue, typed: boolean): string {
  const v = arg.value;
  if (v.kind === 'placeholder') return str(scope, v.name, arg.place);
  if (v.kind === 'null') return pythonProfile.nullLiteral;
  const scalar: ScalarValue =
    v.kind === 'number' ? { kind: 'number', text: v.raw } : v.kind === 'boolean' ? { kind: 'boolean', value: v.value } : { kind: 'string', value: v.value };
  const type = arg.type?.name;
  if (!typed || type === undefined || !type.startsWith('Edm.') || !(type in pythonProfile.literals)) {
    return str(scope, v.kind === 'number' ? v.raw : v.kind === 'boolean' ? String(v.value) : v.value, arg.place);
  }
  return literal(scope, type as LiteralKind, scalar, arg.place, arg.name ?? 'value');
}

/** The Python SDK's folders and last builder class: `/me` is `users/item` (`UserItemRequestBuilder`). */
export function pythonBuilderLocation(chain: BuilderChain): { folders: string[]; builder: string } {
  const folders = [...chain.folders];
  let builder = chain.builder;
  if (folders[0] === 'me') {
    folders.splice(0, 1, 'users', 'item');
    if (chain.steps.length === 1) builder = 'UserItemRequestBuilder';
  }
  return { folders: folders.map((f) => kiotaSnakeCase(f)), builder };
}

/**
 * msgraph-beta-sdk (1.0 to 1.66.0, the version `snipgen verify` pins) declares `GraphServiceClient.me`
 * as a plain method, where msgraph-sdk has a property: `graph_client.me().profile` is what runs and
 * type-checks there (`graph_client.me.profile` fails on a bound method).
 */
const callsMe = (scope: Scope, code: string, step: BuilderChain['steps'][number]): boolean =>
  scope.root === 'msgraph_beta' && code === 'graph_client' && step.kind === 'property' && step.name === 'me';

/** `graph_client.users.by_user_id("user-id").messages`, with function arguments by keyword. */
function chainExpression(scope: Scope, chain: BuilderChain): string {
  let code = 'graph_client';
  for (const step of chain.steps) {
    if (callsMe(scope, code, step)) code += '.me()';
    else if (step.kind === 'property') code += `.${pythonNaming.navigation(step.name)}`;
    else if (step.kind === 'indexer') code += `.${pythonNaming.indexer(step.parameter)}(${urlArgument(scope, step.key, false)})`;
    else {
      const args = step.arguments.map((a) => `${kiotaSnakeCase(firstLower(cleanupSymbolName(a.name ?? 'value')))} = ${urlArgument(scope, a, true)}`);
      code += `.${pythonNaming.navigation(step.name)}(${args.join(', ')})`;
    }
  }
  return code;
}

/** Query options as keyword arguments of `…<Method>QueryParameters(…)` (the plan kept only those the builder declares). */
function queryArguments(scope: Scope, params: readonly SdkQueryParameter[]): string[] {
  return params.map((p) => {
    switch (p.kind) {
      case 'strings':
        return `${p.name} = [${p.values.map((s) => str(scope, s, p.place)).join(', ')}]`;
      case 'string':
        return `${p.name} = ${str(scope, p.value, p.place)}`;
      case 'int':
        return `${p.name} = ${p.value}`;
      case 'bool':
        return `${p.name} = ${p.value ? 'True' : 'False'}`;
      case 'custom':
        return `${pythonNaming.propertyName(p.name)} = ${str(scope, p.value, p.place)}`;
    }
  });
}

const STDLIB = new Set(['base64', 'datetime', 'uuid']);

/** Standard library first, then the SDK (`from msgraph import GraphServiceClient` leading), each sorted; one line per module. */
function importLines(scope: Scope): string[] {
  const line = (module: string, names: Set<string>): string[] => {
    const out: string[] = [];
    if (names.has('')) out.push(pythonProfile.formatImport({ lang: 'python', module }));
    const named = [...names].filter((n) => n !== '').sort();
    if (named.length > 0) out.push(`from ${module} import ${named.join(', ')}`);
    return out;
  };
  const modules = [...scope.imports.keys()].sort();
  const stdlib = modules.filter((m) => STDLIB.has(m.split('.')[0]!)).flatMap((m) => line(m, scope.imports.get(m)!));
  const sdk = modules.filter((m) => !STDLIB.has(m.split('.')[0]!) && m !== scope.root).flatMap((m) => line(m, scope.imports.get(m)!));
  const client = `from ${scope.root} import GraphServiceClient`;
  return stdlib.length > 0 ? [...stdlib, '', client, ...sdk] : [client, ...sdk];
}

function build(plan: SdkPlan): ViewResult<PythonView> {
  const { chain, request } = plan;
  const issues: RenderIssue[] = [];
  const api = request.apiVersion ?? 'v1.0';
  const root = api === 'beta' ? 'msgraph_beta' : 'msgraph';
  const location = pythonBuilderLocation(chain);
  const packagePath = [root, 'generated', ...location.folders].join('.');
  const scope: Scope = {
    api,
    root,
    imports: new Map(),
    issues,
    names: pythonProfile.newNamer(),
    requestBody: chain.requestBodyClass === null ? null : { name: chain.requestBodyClass, module: `${packagePath}.${kiotaSnakeCase(chain.requestBodyClass)}` },
  };
  try {
    const setup: string[] = [];
    const args: string[] = [];
    const body = plan.body;
    if (body !== null) {
      if (body.kind === 'stream') {
        setup.push(`request_body = ${literal(scope, 'Edm.Stream', { kind: 'string', value: body.text }, body.place, 'request_body')}`, '');
      } else {
        const code = body.kind === 'reference' ? referenceBody(scope, body.value, body.className === 'referenceUpdate', 0) : value(scope, body.value, 0, 'request_body');
        setup.push(...`request_body = ${code}`.split('\n'), '');
      }
      args.push('request_body');
    }
    // A URL the builders would send wrong is given whole (sdk/raw-url.ts), its query options in it.
    const raw = rawUrlCall(plan, 'python', 'python');
    const query = raw === null ? queryArguments(scope, plan.query) : [];
    const headers = plan.headers.map((h) => `request_configuration.headers.add(${str(scope, h.name, h.place)}, ${str(scope, h.value, h.place)})`);
    if (query.length > 0 || headers.length > 0) {
      addImport(scope, { lang: 'python', module: 'kiota_abstractions.base_request_configuration', name: 'RequestConfiguration' });
      if (query.length > 0) {
        const builder = location.builder;
        addImport(scope, { lang: 'python', module: `${packagePath}.${kiotaSnakeCase(builder)}`, name: builder });
        setup.push(...pythonBlock(`query_params = ${builder}.${builder}${firstUpper(plan.executor)}QueryParameters(`, query, 0, ')').split('\n'), '');
        setup.push(...pythonBlock('request_configuration = RequestConfiguration(', ['query_parameters = query_params'], 0, ')').split('\n'));
      } else setup.push('request_configuration = RequestConfiguration()');
      setup.push(...headers, '');
      args.push('request_configuration = request_configuration');
    }
    let builder = chainExpression(scope, chain);
    if (raw !== null) {
      const url = scope.names.claim('url');
      setup.push(`${url} = graph_client.request_adapter.base_url.rstrip("/") + ${str(scope, raw.url, raw.issue.place)}`, '');
      builder += `.with_url(${url})`;
      issues.push(raw.issue);
    }
    const call = [`${plan.returnsValue ? 'result = ' : ''}await ${builder}.${plan.executor}(${args.join(', ')})`];
    const imports = importLines(scope);
    return {
      ok: true,
      view: { imports, hasImports: imports.length > 0, setup, hasSetup: setup.length > 0, call, clientComment: PYTHON_CLIENT_COMMENT },
      issues,
    };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { ok: false, issues: [...issues, { ruleId: 'render:unsupported', message: `python: ${error.reason}`, place: error.place }] };
  }
}

export const pythonRenderer: LanguageRenderer<PythonView> = {
  family: 'kiota',
  templateFolder: 'python',
  buildView: build,
};
