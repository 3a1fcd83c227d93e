/**
 * Readers for the JavaScript that kiota emits into the Graph SDK packages (`models/**\/index.js` and
 * the request-builder modules of the per-root packages). Each reader takes the text of one module and
 * returns plain facts; nothing here knows about files, packages or the SchemaModel.
 *
 * Parsing is done with ts-morph (in an in-memory project); the walk uses the compiler nodes for speed.
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import type { Project, ts } from 'ts-morph';
import type { EdmPrimitive } from '../edm.js';

/** A name exported by some module: `module` is the import specifier as written, or null when local. */
export interface SymbolRef {
  readonly module: string | null;
  readonly name: string;
}

/** What a deserializer entry reads. */
export type ValueFact =
  | { readonly kind: 'primitive'; readonly edm: EdmPrimitive; readonly number: boolean }
  | { readonly kind: 'enum'; readonly ref: SymbolRef }
  | { readonly kind: 'object'; readonly ref: SymbolRef };

export interface PropertyFact {
  /** The JSON property name (the key of the deserializer entry). */
  readonly json: string;
  readonly value: ValueFact;
  readonly collection: boolean;
  /** Deserialized as a collection of enum values but serialized with `writeEnumValue`: a flags enum. */
  readonly flags: boolean;
  /**
   * Read by the model's deserializer but never written by its serializer: read-only in the API
   * description (the service computes it), so the SDK's model never sends it. Absent: written, or
   * not known (the npm reader does not tell).
   */
  readonly readOnly?: true;
}

export interface ModelFact {
  /** The TypeScript name (`User` for `deserializeIntoUser`). */
  readonly name: string;
  readonly base: SymbolRef | null;
  readonly properties: readonly PropertyFact[];
}

export interface DiscriminatorFact {
  /** The TypeScript name of the type whose factory holds the switch. */
  readonly name: string;
  /** `#microsoft.graph.x` → the deserializer's type. */
  readonly cases: readonly { readonly odataType: string; readonly target: SymbolRef }[];
}

export interface EnumFact {
  /** The TypeScript name (`UserAction` for `UserActionObject`). */
  readonly name: string;
  /** Wire values in declaration order. */
  readonly members: readonly string[];
  /** Whether the enum is a flags enum, when the module states it (Go: `String()` over powers of two). */
  readonly flags?: boolean;
}

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface RequestFact {
  readonly method: HttpMethod;
  readonly uriTemplate: string | null;
  readonly adapterMethod: string | null;
  readonly responseFactory: SymbolRef | null;
  /** `responseBodyFactory: "number"` and the like (`sendPrimitive`): the primitive's name. */
  readonly responsePrimitive: string | null;
  readonly requestBodySerializer: SymbolRef | null;
  readonly requestBodyContentType: string | null;
  /** The query parameters the executor declares, as sent (`$select`, `startDateTime`), when the module states them (Go's `…QueryParameters` structs). */
  readonly queryParameters?: readonly string[];
}

export interface RequestBuilderFact {
  /** `MessagesRequestBuilder` for `MessagesRequestBuilderRequestsMetadata`. */
  readonly name: string;
  readonly requests: readonly RequestFact[];
  /** Navigation entries: property name → path parameter names (`byMessageId` → [`message-id`]). */
  readonly navigation: readonly { readonly name: string; readonly pathParameters: readonly string[] }[];
  /** Function parameters of the template (`period` of `getX(period='{period}')`) → Edm type, when the module states them (Go constructors). */
  readonly parameterTypes?: Readonly<Record<string, string>>;
}

export interface ModuleFacts {
  /** Local name → import specifier. */
  readonly imports: Readonly<Record<string, string>>;
  /** Local alias → exported name, for `import { x as y }` (kiota aliases clashing names to hashes). */
  readonly aliases: Readonly<Record<string, string>>;
  readonly models: readonly ModelFact[];
  readonly discriminators: readonly DiscriminatorFact[];
  readonly enums: readonly EnumFact[];
  /** Exported string constants named `…UriTemplate`: name → template. */
  readonly uriTemplates: Readonly<Record<string, string>>;
  readonly requestBuilders: readonly RequestBuilderFact[];
}

const PRIMITIVE_GETTERS: Readonly<Record<string, EdmPrimitive>> = {
  getStringValue: 'Edm.String',
  getBooleanValue: 'Edm.Boolean',
  getNumberValue: 'Edm.Int32',
  getDateValue: 'Edm.DateTimeOffset',
  getDateOnlyValue: 'Edm.Date',
  getTimeOnlyValue: 'Edm.TimeOfDay',
  getDurationValue: 'Edm.Duration',
  getGuidValue: 'Edm.Guid',
  getByteArrayValue: 'Edm.Binary',
};

/** `getCollectionOfPrimitiveValues("…")` argument → Edm type. */
const PRIMITIVE_COLLECTION_ARGS: Readonly<Record<string, EdmPrimitive>> = {
  string: 'Edm.String',
  number: 'Edm.Int32',
  boolean: 'Edm.Boolean',
  Date: 'Edm.DateTimeOffset',
  DateOnly: 'Edm.Date',
  TimeOnly: 'Edm.TimeOfDay',
  Duration: 'Edm.Duration',
  Guid: 'Edm.Guid',
};

const HTTP_METHODS: readonly string[] = ['get', 'post', 'patch', 'put', 'delete'];

// ts-morph (and the TypeScript compiler under it) is required at the first model build, not when
// this module is imported: it takes 0.3-0.8 s to load, and every command imports this module
// (through the embedded schema's cache loader) but only a cache miss builds a model.
const require = createRequire(import.meta.url);
let morph: typeof TsMorph | null = null;
/** The TypeScript compiler API (ts-morph's `ts`), set by `project()`. */
let compiler: typeof ts;

let sharedProject: Project | null = null;
function project(): Project {
  morph ??= require('ts-morph') as typeof TsMorph;
  compiler = morph.ts;
  sharedProject ??= new morph.Project({
    useInMemoryFileSystem: true,
    compilerOptions: { allowJs: true, noResolve: true },
    skipAddingFilesFromTsConfig: true,
  });
  return sharedProject;
}

/** Parse one kiota-emitted JavaScript module and return its facts. */
export function readKiotaModule(text: string, fileName = '/module.js'): ModuleFacts {
  const p = project();
  const file = p.createSourceFile(fileName, text, { overwrite: true, scriptKind: compiler.ScriptKind.JS });
  try {
    return resolveImports(readStatements(file.compilerNode));
  } finally {
    p.removeSourceFile(file);
  }
}

function readStatements(sf: ts.SourceFile): ModuleFacts {
  const imports: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  const canon = (local: string): string => aliases[local] ?? local;
  const models: ModelFact[] = [];
  const discriminators: DiscriminatorFact[] = [];
  const enums: EnumFact[] = [];
  const uriTemplates: Record<string, string> = {};
  const requestBuilders: RequestBuilderFact[] = [];
  const enumWrites = new Map<string, Set<string>>();
  const navigationByBuilder = new Map<string, RequestBuilderFact['navigation']>();
  const requestsByBuilder = new Map<string, ts.ObjectLiteralExpression>();
  const constStrings = new Map<string, string>();

  for (const st of sf.statements) {
    if (compiler.isImportDeclaration(st) && compiler.isStringLiteral(st.moduleSpecifier)) {
      const bindings = st.importClause?.namedBindings;
      if (bindings && compiler.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          imports[el.name.text] = st.moduleSpecifier.text;
          if (el.propertyName) aliases[el.name.text] = el.propertyName.text;
        }
      }
    } else if (compiler.isFunctionDeclaration(st) && st.name && st.body) {
      const fn = st.name.text;
      const m = /^(create|deserializeInto|serialize)(\w+?)(FromDiscriminatorValue)?$/.exec(fn);
      if (!m) continue;
      const [, prefix, name, suffix] = m as unknown as [string, string, string, string | undefined];
      if (prefix === 'create' && suffix) {
        const cases = readSwitchCases(st.body, canon);
        if (cases.length > 0) discriminators.push({ name, cases });
      } else if (prefix === 'deserializeInto' && !suffix) {
        const model = readDeserializer(name, st.body, canon);
        if (model) models.push(model);
      } else if (prefix === 'serialize' && !suffix) {
        enumWrites.set(name, readEnumWrites(st.body));
      }
    } else if (compiler.isVariableStatement(st)) {
      for (const decl of st.declarationList.declarations) {
        if (!compiler.isIdentifier(decl.name) || !decl.initializer) continue;
        const varName = decl.name.text;
        const init = decl.initializer;
        if (compiler.isStringLiteralLike(init)) {
          constStrings.set(varName, init.text);
          if (varName.endsWith('UriTemplate')) uriTemplates[varName] = init.text;
        } else if (compiler.isObjectLiteralExpression(init)) {
          if (varName.endsWith('RequestsMetadata')) {
            requestsByBuilder.set(varName.slice(0, -'RequestsMetadata'.length), init);
          } else if (varName.endsWith('NavigationMetadata')) {
            navigationByBuilder.set(varName.slice(0, -'NavigationMetadata'.length), readNavigation(init));
          } else if (varName.endsWith('Object')) {
            const members = readEnumObject(init);
            if (members) enums.push({ name: varName.slice(0, -'Object'.length), members });
          }
        }
      }
    }
  }

  const builderNames = new Set([...requestsByBuilder.keys(), ...navigationByBuilder.keys()]);
  for (const name of [...builderNames].sort()) {
    const requestsNode = requestsByBuilder.get(name);
    const requests = requestsNode ? readRequests(requestsNode, constStrings, imports, aliases) : [];
    requestBuilders.push({ name, requests, navigation: navigationByBuilder.get(name) ?? [] });
  }

  const withFlags = models.map((model) => {
    const writes = enumWrites.get(model.name);
    if (!writes || writes.size === 0) return model;
    const properties = model.properties.map((p) =>
      p.value.kind === 'enum' && p.collection && writes.has(p.json) ? { ...p, collection: false, flags: true } : p,
    );
    return { ...model, properties };
  });

  return { imports, aliases, models: withFlags, discriminators, enums, uriTemplates, requestBuilders };
}

function refOf(local: string, imports: Readonly<Record<string, string>>, aliases: Readonly<Record<string, string>>): SymbolRef {
  return { module: imports[local] ?? null, name: aliases[local] ?? local };
}

/** `case "#microsoft.graph.x": return deserializeIntoX;` inside the factory's switch. */
function readSwitchCases(body: ts.Block, canon: (local: string) => string): DiscriminatorFact['cases'] {
  const cases: { odataType: string; target: SymbolRef }[] = [];
  const visit = (node: ts.Node): void => {
    if (compiler.isCaseClause(node) && compiler.isStringLiteralLike(node.expression)) {
      const ret = node.statements.find(compiler.isReturnStatement);
      if (ret?.expression && compiler.isIdentifier(ret.expression)) {
        const target = /^deserializeInto(\w+)$/.exec(canon(ret.expression.text));
        if (target?.[1]) cases.push({ odataType: node.expression.text, target: { module: ret.expression.text, name: target[1] } });
      }
      return;
    }
    compiler.forEachChild(node, visit);
  };
  visit(body);
  return cases;
}

/**
 * `return Object.assign(Object.assign({}, deserializeIntoBase(x)), { "json": n => { x.p = n.getXValue(); }, ... })`
 * or `return { ... }`.
 */
function readDeserializer(name: string, body: ts.Block, canon: (local: string) => string): ModelFact | null {
  const ret = body.statements.find(compiler.isReturnStatement);
  if (!ret?.expression) return null;
  let base: SymbolRef | null = null;
  let entries: ts.ObjectLiteralExpression | null = null;
  const expr = ret.expression;
  if (compiler.isObjectLiteralExpression(expr)) {
    entries = expr;
  } else if (compiler.isCallExpression(expr)) {
    const last = expr.arguments[expr.arguments.length - 1];
    if (last && compiler.isObjectLiteralExpression(last)) entries = last;
    const findBase = (node: ts.Node): void => {
      if (base) return;
      if (compiler.isCallExpression(node) && compiler.isIdentifier(node.expression)) {
        const m = /^deserializeInto(\w+)$/.exec(canon(node.expression.text));
        if (m?.[1]) {
          base = { module: node.expression.text, name: m[1] };
          return;
        }
      }
      compiler.forEachChild(node, findBase);
    };
    for (const arg of expr.arguments) if (arg !== entries) findBase(arg);
    if (!entries && !base) return null;
  }
  const properties: PropertyFact[] = [];
  if (!entries) return { name, base, properties };
  for (const prop of entries.properties) {
    if (!compiler.isPropertyAssignment(prop)) continue;
    const key = compiler.isStringLiteralLike(prop.name) || compiler.isIdentifier(prop.name) ? prop.name.text : null;
    if (key === null || key === '@odata.type' || key === 'backingStoreEnabled') continue;
    const read = findGetterCall(prop.initializer, canon);
    if (read) properties.push({ json: key, ...read, flags: false });
  }
  return { name, base, properties };
}

/** The `n.getXxx(...)` call inside a deserializer entry. */
function findGetterCall(node: ts.Node, canon: (local: string) => string): { value: ValueFact; collection: boolean } | null {
  let found: { value: ValueFact; collection: boolean } | null = null;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (compiler.isCallExpression(n) && compiler.isPropertyAccessExpression(n.expression)) {
      const method = n.expression.name.text;
      const arg = n.arguments[0];
      const argLocal = arg && compiler.isIdentifier(arg) ? arg.text : null;
      const argName = argLocal === null ? null : canon(argLocal);
      const primitive = PRIMITIVE_GETTERS[method];
      if (primitive) {
        found = { value: { kind: 'primitive', edm: primitive, number: method === 'getNumberValue' }, collection: false };
      } else if (method === 'getCollectionOfPrimitiveValues') {
        const t = arg && compiler.isStringLiteralLike(arg) ? arg.text : 'string';
        const edm = PRIMITIVE_COLLECTION_ARGS[t] ?? 'Edm.String';
        found = { value: { kind: 'primitive', edm, number: t === 'number' }, collection: true };
      } else if ((method === 'getEnumValue' || method === 'getCollectionOfEnumValues') && argName?.endsWith('Object')) {
        found = {
          value: { kind: 'enum', ref: { module: argLocal, name: argName.slice(0, -'Object'.length) } },
          collection: method === 'getCollectionOfEnumValues',
        };
      } else if ((method === 'getObjectValue' || method === 'getCollectionOfObjectValues') && argName) {
        const m = /^create(\w+)FromDiscriminatorValue$/.exec(argName);
        const collection = method === 'getCollectionOfObjectValues';
        if (m?.[1] === 'UntypedNode') {
          found = { value: { kind: 'primitive', edm: 'Edm.Untyped', number: false }, collection };
        } else if (m?.[1]) {
          found = { value: { kind: 'object', ref: { module: argLocal, name: m[1] } }, collection };
        }
      }
      if (found) return;
    }
    compiler.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** JSON names written with `writer.writeEnumValue("json", ...)` (single enum value, or a flags set). */
function readEnumWrites(body: ts.Block): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (
      compiler.isCallExpression(n) &&
      compiler.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'writeEnumValue'
    ) {
      const first = n.arguments[0];
      if (first && compiler.isStringLiteralLike(first)) names.add(first.text);
      return;
    }
    compiler.forEachChild(n, visit);
  };
  visit(body);
  return names;
}

/** `{ Member: "value", ... }` with string values only; null when it is not such an object. */
function readEnumObject(init: ts.ObjectLiteralExpression): string[] | null {
  const members: string[] = [];
  for (const prop of init.properties) {
    if (!compiler.isPropertyAssignment(prop) || !compiler.isStringLiteralLike(prop.initializer)) return null;
    members.push(prop.initializer.text);
  }
  return members.length > 0 ? members : null;
}

function readNavigation(init: ts.ObjectLiteralExpression): RequestBuilderFact['navigation'] {
  const out: { name: string; pathParameters: string[] }[] = [];
  for (const prop of init.properties) {
    if (!compiler.isPropertyAssignment(prop) || !compiler.isObjectLiteralExpression(prop.initializer)) continue;
    const name = compiler.isIdentifier(prop.name) || compiler.isStringLiteralLike(prop.name) ? prop.name.text : null;
    if (name === null) continue;
    const pathParameters: string[] = [];
    for (const inner of prop.initializer.properties) {
      if (
        compiler.isPropertyAssignment(inner) &&
        compiler.isIdentifier(inner.name) &&
        inner.name.text === 'pathParametersMappings' &&
        compiler.isArrayLiteralExpression(inner.initializer)
      ) {
        for (const el of inner.initializer.elements) {
          if (compiler.isStringLiteralLike(el)) pathParameters.push(decodeURIComponent(el.text));
        }
      }
    }
    out.push({ name, pathParameters });
  }
  return out;
}

function readRequests(
  init: ts.ObjectLiteralExpression,
  constStrings: ReadonlyMap<string, string>,
  imports: Readonly<Record<string, string>>,
  aliases: Readonly<Record<string, string>>,
): RequestFact[] {
  const out: RequestFact[] = [];
  for (const prop of init.properties) {
    if (!compiler.isPropertyAssignment(prop) || !compiler.isObjectLiteralExpression(prop.initializer)) continue;
    const method = compiler.isIdentifier(prop.name) ? prop.name.text : '';
    if (!HTTP_METHODS.includes(method)) continue;
    const fields = new Map<string, ts.Expression>();
    for (const inner of prop.initializer.properties) {
      if (compiler.isPropertyAssignment(inner) && compiler.isIdentifier(inner.name)) fields.set(inner.name.text, inner.initializer);
    }
    const str = (key: string): string | null => {
      const e = fields.get(key);
      if (!e) return null;
      if (compiler.isStringLiteralLike(e)) return e.text;
      if (compiler.isIdentifier(e)) return constStrings.get(e.text) ?? null;
      return null;
    };
    const ref = (key: string): SymbolRef | null => {
      const e = fields.get(key);
      return e && compiler.isIdentifier(e) ? refOf(e.text, imports, aliases) : null;
    };
    out.push({
      method: method as HttpMethod,
      uriTemplate: str('uriTemplate'),
      adapterMethod: str('adapterMethodName'),
      responseFactory: ref('responseBodyFactory'),
      responsePrimitive: (() => {
        const e = fields.get('responseBodyFactory');
        return e && compiler.isStringLiteralLike(e) ? e.text : null;
      })(),
      requestBodySerializer: ref('requestBodySerializer'),
      requestBodyContentType: str('requestBodyContentType'),
    });
  }
  return out;
}

/**
 * The readers first record, in `module`, the local identifier a reference was made with; this turns
 * it into the import specifier that identifier came from (null: defined in this module).
 */
export function resolveImports(facts: ModuleFacts): ModuleFacts {
  const { imports } = facts;
  const fix = (r: SymbolRef): SymbolRef => ({ module: r.module === null ? null : (imports[r.module] ?? null), name: r.name });
  const fixValue = (v: ValueFact): ValueFact => {
    if (v.kind === 'enum') return { kind: 'enum', ref: fix(v.ref) };
    if (v.kind === 'object') return { kind: 'object', ref: fix(v.ref) };
    return v;
  };
  return {
    ...facts,
    models: facts.models.map((m) => ({
      ...m,
      base: m.base ? fix(m.base) : null,
      properties: m.properties.map((p) => ({ ...p, value: fixValue(p.value) })),
    })),
    discriminators: facts.discriminators.map((d) => ({
      ...d,
      cases: d.cases.map((c) => ({ ...c, target: fix(c.target) })),
    })),
  };
}
