/**
 * Readers for the Go that kiota emits into the Graph SDK modules (`msgraph-sdk-go`,
 * `msgraph-beta-sdk-go`): one Go package (all its `.go` files) → the same plain facts the JavaScript
 * readers give (kiota-js.ts), so one assembler (assemble.ts) builds the model from either.
 *
 * The Go SDK is the most precisely typed kiota SDK: its deserializers name the width of every number
 * (`GetInt32Value`, `GetInt64Value`, `GetFloat64Value`…), its enums say whether they are flags (a
 * `String()` over powers of two), and its request builders hold every path of the API description
 * (`NewBaseRequestBuilder(requestAdapter, "{+baseurl}/users/{user%2Did}/sendMail", …)`) with the
 * methods, body and return types of each. The code is generated, so its shape is regular: the
 * readers match that shape line by line; nothing here knows about files on disk or the SchemaModel.
 */
import type { EdmPrimitive } from '../edm.js';
import type { DiscriminatorFact, EnumFact, HttpMethod, ModelFact, ModuleFacts, PropertyFact, RequestBuilderFact, RequestFact, SymbolRef, ValueFact } from './kiota-js.js';

/** Getter of a Go parse node → Edm type (every width stated). */
const GO_GETTERS: Readonly<Record<string, EdmPrimitive>> = {
  GetStringValue: 'Edm.String',
  GetBoolValue: 'Edm.Boolean',
  GetInt32Value: 'Edm.Int32',
  GetInt64Value: 'Edm.Int64',
  GetInt16Value: 'Edm.Int16',
  GetInt8Value: 'Edm.SByte',
  GetByteValue: 'Edm.Byte',
  GetFloat64Value: 'Edm.Double',
  GetFloat32Value: 'Edm.Single',
  GetTimeValue: 'Edm.DateTimeOffset',
  GetDateOnlyValue: 'Edm.Date',
  GetTimeOnlyValue: 'Edm.TimeOfDay',
  GetISODurationValue: 'Edm.Duration',
  GetUUIDValue: 'Edm.Guid',
  GetByteArrayValue: 'Edm.Binary',
};

/** `GetCollectionOfPrimitiveValues("…")` argument → Edm type. */
const GO_COLLECTION_ARGS: Readonly<Record<string, EdmPrimitive>> = {
  string: 'Edm.String',
  bool: 'Edm.Boolean',
  int32: 'Edm.Int32',
  int64: 'Edm.Int64',
  int16: 'Edm.Int16',
  int8: 'Edm.SByte',
  byte: 'Edm.Byte',
  uint8: 'Edm.Byte',
  float64: 'Edm.Double',
  float32: 'Edm.Single',
  time: 'Edm.DateTimeOffset',
  dateonly: 'Edm.Date',
  timeonly: 'Edm.TimeOfDay',
  isoduration: 'Edm.Duration',
  uuid: 'Edm.Guid',
  '[]byte': 'Edm.Binary',
};

/** Go return type of a request method → the JavaScript SDK's primitive name (assemble.ts maps those). */
const GO_PRIMITIVE_RETURNS: Readonly<Record<string, string>> = {
  '[]byte': 'ArrayBuffer',
  '*int32': 'number',
  '*int64': 'number',
  '*float64': 'number',
  '*string': 'string',
  '*bool': 'boolean',
};

/** A request builder constructor's function parameter (`period *string`) → Edm type. */
const GO_PARAMETER_TYPES: Readonly<Record<string, EdmPrimitive>> = {
  string: 'Edm.String',
  bool: 'Edm.Boolean',
  int32: 'Edm.Int32',
  int64: 'Edm.Int64',
  float64: 'Edm.Double',
  Time: 'Edm.DateTimeOffset',
  DateOnly: 'Edm.Date',
  TimeOnly: 'Edm.TimeOfDay',
  ISODuration: 'Edm.Duration',
  UUID: 'Edm.Guid',
};

export interface GoFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Where a Go import path points, in the JavaScript shape assemble.ts resolves: a models package →
 * `<models module>/models/<dir>/index.js`; anything else → null (not a model).
 */
export type ImportSpec = (importPath: string) => string | null;

const HTTP: Readonly<Record<string, HttpMethod>> = { Get: 'get', Post: 'post', Patch: 'patch', Put: 'put', Delete: 'delete' };

/** `alias "path"` lines of the file's import block. */
function readImports(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const block = /^import \(\n([\s\S]*?)^\)/m.exec(text);
  const lines = block?.[1] ?? (/^import ((?:\w+ )?"[^"]+")$/m.exec(text)?.[1] ?? '');
  for (const m of lines.matchAll(/^\s*(\w+)?\s*"([^"]+)"/gm)) {
    const p = m[2] as string;
    out.set(m[1] ?? p.slice(p.lastIndexOf('/') + 1), p);
  }
  return out;
}

/** The body of the top-level function or method whose header matched at `from`: up to the first line that is `}`. */
function bodyFrom(text: string, from: number): string {
  const end = text.indexOf('\n}', from);
  return end < 0 ? text.slice(from) : text.slice(from, end);
}

/** Read one Go package of a kiota SDK (its files in any order) into module facts. */
export function readGoPackage(files: readonly GoFile[], spec: ImportSpec): ModuleFacts {
  const models: ModelFact[] = [];
  const discriminators: DiscriminatorFact[] = [];
  const enums: EnumFact[] = [];
  const uriTemplates: Record<string, string> = {};
  interface Builder {
    template: string | null;
    readonly requests: Omit<RequestFact, 'uriTemplate'>[];
    readonly parameterTypes: Record<string, string>;
  }
  const builders = new Map<string, Builder>();
  const builder = (name: string): Builder => {
    let b = builders.get(name);
    if (!b) builders.set(name, (b = { template: null, requests: [], parameterTypes: {} }));
    return b;
  };

  /** `…RequestBuilderGetQueryParameters` → the `uriparametername` tags of its fields, decoded. */
  const queryStructs = new Map<string, string[]>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const { text } = file;
    // the tag is `uriparametername:"%24select"` in backquotes (v1.0) or "uriparametername:\"%24select\"" (beta)
    for (const m of text.matchAll(/^type (\w+QueryParameters) struct \{\n([\s\S]*?)^\}/gm)) {
      const names = [...(m[2] as string).matchAll(/uriparametername:\\?"([^"\\]+)\\?"/g)].map((t) => decodeURIComponent(t[1] as string));
      queryStructs.set(m[1] as string, names.sort());
    }
    const imports = readImports(text);
    /** `alias.Name` or `Name` → a reference (module: the import's spec, null when local). */
    const ref = (qualified: string, name: string): SymbolRef | null => {
      if (qualified === '') return { module: null, name };
      const p = imports.get(qualified);
      const s = p === undefined ? null : spec(p);
      return s === null ? null : { module: s, name };
    };

    // Enums: `type X int` with a `String()` over the wire names.
    for (const m of text.matchAll(/^type (\w+) int$/gm)) {
      const name = m[1] as string;
      const str = new RegExp(`^func \\(i ${name}\\) String\\(\\) string \\{$`, 'm').exec(text);
      if (!str) continue;
      const body = bodyFrom(text, str.index);
      const list = /\[\]string\{([^}]*)\}/.exec(body);
      if (!list) continue;
      const members = [...(list[1] as string).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse(`"${x[1] as string}"`) as string);
      enums.push({ name, members, flags: /math\.Pow\(2/.test(body) });
    }

    // Structs: the embedded base type (first field without a name), then the deserializers.
    for (const m of text.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
      const name = m[1] as string;
      if (name.endsWith('RequestBuilder') || /RequestBuilder\w*(RequestConfiguration|QueryParameters)$/.test(name)) continue;
      const des = new RegExp(`^func \\(m \\*${name}\\) GetFieldDeserializers\\(\\)`, 'm').exec(text);
      if (!des) continue;
      let base: SymbolRef | null = null;
      for (const line of (m[2] as string).split('\n')) {
        const e = /^\s+(?:(\w+)\.)?([A-Z]\w*)\s*$/.exec(line);
        if (e) {
          base = ref(e[1] ?? '', e[2] as string);
          break;
        }
      }
      const body = bodyFrom(text, des.index);
      // What Serialize writes (`writer.WriteStringValue("displayName", …)`): a property it leaves out
      // is read-only in the API description (kiota writes no read-only property), so never sent
      const ser = new RegExp(`^func \\(m \\*${name}\\) Serialize\\(`, 'm').exec(text);
      const written = ser ? new Set([...bodyFrom(text, ser.index).matchAll(/writer\.Write\w+\("((?:[^"\\]|\\.)*)"/g)].map((w) => JSON.parse(`"${w[1] as string}"`) as string)) : null;
      const properties: PropertyFact[] = [];
      for (const r of body.matchAll(/res\["((?:[^"\\]|\\.)*)"\] = func \(n [\w.]+\) error \{\n\s*val, err := n\.(\w+)\(([^)]*)\)/g)) {
        const json = JSON.parse(`"${r[1] as string}"`) as string;
        if (json === '@odata.type') continue;
        const read = readGetter(r[2] as string, (r[3] as string).trim(), ref);
        if (read) properties.push({ json, ...read, flags: false, ...(written !== null && !written.has(json) ? { readOnly: true as const } : {}) });
      }
      models.push({ name, base, properties });
    }

    // Discriminator switches: `case "#microsoft.graph.x": return NewX(), nil`.
    for (const m of text.matchAll(/^func Create(\w+)FromDiscriminatorValue\(/gm)) {
      const body = bodyFrom(text, m.index);
      const cases: { odataType: string; target: SymbolRef }[] = [];
      for (const c of body.matchAll(/case "([^"]+)":\s*\n\s*return (?:(\w+)\.)?New(\w+)\(\), nil/g)) {
        const target = ref(c[2] ?? '', c[3] as string);
        if (target) cases.push({ odataType: c[1] as string, target });
      }
      if (cases.length > 0) discriminators.push({ name: m[1] as string, cases });
    }

    // Request builders: the URL template, and the methods with their body and return types.
    for (const m of text.matchAll(/^func New(\w+)Internal\(pathParameters map\[string\]string, requestAdapter [\w.]+((?:, \w+ [^,)]+)*)\)[^\n]*\n(?:[^\n]*\n){0,3}?\s*BaseRequestBuilder: \*\w+\.NewBaseRequestBuilder\(requestAdapter, "([^"]+)"/gm)) {
      const tpl = m[3] as string;
      const b = builder(m[1] as string);
      b.template = tpl;
      uriTemplates[`${m[1] as string}UriTemplate`] = tpl;
      for (const p of (m[2] as string).matchAll(/, (\w+) \*(?:\w+\.)?(\w+)/g)) {
        const edm = GO_PARAMETER_TYPES[p[2] as string];
        if (edm) b.parameterTypes[(p[1] as string).toLowerCase()] = edm;
      }
    }
    // `PostAsXPostResponse` is the current form of a method whose plain `Post` returns a deprecated wrapper
    for (const m of text.matchAll(/^func \(m \*(\w+)\) (Get|Post|Patch|Put|Delete)(As\w+)?\(ctx context\.Context(?:, body ([^,]+))?, requestConfiguration \*\w+\)\(([^)]*)\) \{$/gm)) {
      const b = builder(m[1] as string);
      const method = HTTP[m[2] as string] as HttpMethod;
      const current = m[3] !== undefined;
      const i = b.requests.findIndex((r) => r.method === method);
      if (i >= 0 && !current) continue;
      if (i >= 0) b.requests.splice(i, 1);
      const bodyType = m[4]?.trim() ?? null;
      const returns = (m[5] as string).split(',').map((s) => s.trim());
      const ret = returns.length === 2 ? (returns[0] as string) : null;
      const call = /RequestAdapter\.(Send\w*)\(/.exec(bodyFrom(text, m.index));
      const typeRef = (t: string, prefix: string, suffix: string): SymbolRef | null => {
        const q = /^(?:(\w+)\.)?(\w+)able$/.exec(t);
        return q ? ref(q[1] ?? '', `${prefix}${q[2] as string}${suffix}`) : null;
      };
      b.requests.push({
        method,
        adapterMethod: call?.[1] ?? null,
        responseFactory: ret === null || ret.startsWith('[]') || ret.startsWith('*') ? null : typeRef(ret, 'create', 'FromDiscriminatorValue'),
        responsePrimitive: ret === null ? null : (GO_PRIMITIVE_RETURNS[ret] ?? null),
        requestBodySerializer: bodyType === null || bodyType === '[]byte' ? null : typeRef(bodyType, 'serialize', ''),
        requestBodyContentType: bodyType === '[]byte' ? 'application/octet-stream' : bodyType === null ? null : 'application/json',
      });
    }
  }

  const requestBuilders: RequestBuilderFact[] = [...builders.entries()]
    .map(([name, b]): [string, Builder] => [
      name,
      {
        ...b,
        requests: b.requests.map((r) => {
          const declared = queryStructs.get(`${name}${r.method.charAt(0).toUpperCase()}${r.method.slice(1)}QueryParameters`);
          return { ...r, queryParameters: declared ?? [] };
        }),
      },
    ])
    .filter(([, b]) => b.template !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, b]) => ({
      name,
      requests: b.requests.map((r) => ({ ...r, uriTemplate: b.template })),
      navigation: [],
      ...(Object.keys(b.parameterTypes).length > 0 ? { parameterTypes: b.parameterTypes } : {}),
    }));
  return { imports: {}, aliases: {}, models, discriminators, enums, uriTemplates, requestBuilders };
}

/** What `n.Getter(arg)` reads; null when it is not a value kiota types. */
function readGetter(getter: string, arg: string, ref: (qualified: string, name: string) => SymbolRef | null): { value: ValueFact; collection: boolean } | null {
  const primitive = GO_GETTERS[getter];
  if (primitive) return { value: { kind: 'primitive', edm: primitive, number: false }, collection: false };
  if (getter === 'GetCollectionOfPrimitiveValues') {
    const t = /^"(.*)"$/.exec(arg)?.[1] ?? 'string';
    return { value: { kind: 'primitive', edm: GO_COLLECTION_ARGS[t] ?? 'Edm.String', number: false }, collection: true };
  }
  const fn = /^(?:(\w+)\.)?(\w+)$/.exec(arg);
  if (!fn) return null;
  const qualified = fn[1] ?? '';
  const name = fn[2] as string;
  if (getter === 'GetEnumValue' || getter === 'GetCollectionOfEnumValues') {
    const e = /^Parse(\w+)$/.exec(name);
    const r = e ? ref(qualified, e[1] as string) : null;
    return r ? { value: { kind: 'enum', ref: r }, collection: getter === 'GetCollectionOfEnumValues' } : null;
  }
  if (getter === 'GetObjectValue' || getter === 'GetCollectionOfObjectValues') {
    const collection = getter === 'GetCollectionOfObjectValues';
    const o = /^Create(\w+)FromDiscriminatorValue$/.exec(name);
    if (!o) return null;
    if (o[1] === 'UntypedNode') return { value: { kind: 'primitive', edm: 'Edm.Untyped', number: false }, collection };
    const r = ref(qualified, o[1] as string);
    return r ? { value: { kind: 'object', ref: r }, collection } : null;
  }
  return null;
}
