/**
 * The golden cases are the net under the eight renderers: this test types every case (v1.0 cases
 * against the shared Graph v1.0 CSDL, beta cases against the embedded beta model) and proves, from
 * the typed IRs themselves, that together they hold every shape a renderer must print:
 * every Edm primitive the v1.0 schema lets a request carry, every operation, path step, value and
 * body kind, flags enums, derived types, additional data, `@odata.bind`, instance annotations,
 * nulls and empties, every query option and the headers that go with them, names that are keywords
 * in some target, and hostile text. Each case's messages must be exactly the ones it intends
 * (`case.json`), and every case outside `errors/` must resolve.
 *
 * The kind lists below are checked against the IR's types at compile time (adding a kind to the IR
 * without adding it here fails `tsc`); whether each kind occurs is computed from the cases.
 */
import { readFileSync } from 'node:fs';
import { EDM_PRIMITIVES, type EdmPrimitive } from '../../generator/schema/edm.js';
import { loadEmbeddedSchema } from '../../generator/schema/embedded/index.js';
import type { SchemaModel } from '../../generator/schema/model.js';
import { loadSchema, Schema } from '../../generator/schema/schema.js';
import type { JsonNode } from '../../generator/ir/types.js';
import type { OperationKind, PathStep, TypedBody, TypedRequest, TypedValue } from '../../generator/ir/typed.js';
import { describeWithShared } from '../support/shared.js';
import { loadCases, type Case } from './cases.js';
import { typeCase, type TypedCase } from './typed.js';

// ───────────────────────── kind lists, exhaustive by construction ─────────────────────────

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };

const OPERATION_KINDS = [
  'list', 'get', 'create', 'update', 'upsert', 'delete', 'action', 'function', 'ref-get', 'ref-add',
  'ref-set', 'ref-remove', 'count', 'stream-get', 'stream-put', 'unknown',
] as const satisfies readonly OperationKind[];
const PATH_STEP_KINDS = [
  'entitySet', 'singleton', 'navigation', 'property', 'key', 'cast', 'operation', 'colonPath', 'value', 'ref', 'count', 'unresolved',
] as const satisfies readonly PathStep['kind'][];
const VALUE_KINDS = [
  'primitive', 'enum', 'object', 'parameters', 'reference', 'collection', 'null', 'untyped',
] as const satisfies readonly TypedValue['kind'][];
const BODY_KINDS = ['json', 'raw'] as const satisfies readonly TypedBody['kind'][];
const KEY_SYNTAXES = ['placeholder', 'parentheses', 'segment'] as const satisfies readonly Extract<PathStep, { kind: 'key' }>['syntax'][];

const exhaustive: [
  Exhaustive<OperationKind, (typeof OPERATION_KINDS)[number]>,
  Exhaustive<PathStep['kind'], (typeof PATH_STEP_KINDS)[number]>,
  Exhaustive<TypedValue['kind'], (typeof VALUE_KINDS)[number]>,
  Exhaustive<TypedBody['kind'], (typeof BODY_KINDS)[number]>,
  Exhaustive<Extract<PathStep, { kind: 'key' }>['syntax'], (typeof KEY_SYNTAXES)[number]>,
] = [true, true, true, true, true];

/**
 * Edm primitives no v1.0 request can carry, with the reason; the test checks each reason against
 * the CSDL (a type listed here that becomes writable fails the test, and then needs a case).
 */
const NOT_IN_V1_REQUESTS: Readonly<Partial<Record<EdmPrimitive, string>>> = {
  'Edm.SByte': 'no property or parameter of the v1.0 CSDL has this type',
  'Edm.Untyped': 'no property or parameter of the v1.0 CSDL has this type (untyped JSON is microsoft.graph.Json, covered below)',
  'Edm.Decimal':
    'declared only by microsoft.graph.callRecords.pstnCallLogRow (charge, connectionCharge), which only a function returns: no entity, no action parameter reaches it',
};

/** Names that are keywords (or reserved) in at least one target language. */
const KEYWORD_NAMES = [
  'type', 'range', 'from', 'default', 'select', 'package', 'function', 'class', 'var', 'string', 'object', 'in', 'is', 'import', 'global', 'async',
] as const;
/** … of which the v1.0 schema declares these on writable types: they must occur as declared properties. */
const DECLARED_KEYWORD_NAMES = ['type', 'range', 'from', 'default', 'select', 'package'] as const;

/** Character classes that break string literals, shells, templates or comments somewhere. */
const HOSTILE: Readonly<Record<string, RegExp>> = {
  'double quote': /"/,
  'single quote': /'/,
  'doubled single quote': /''/,
  backtick: /`/,
  'typographic quotes': /[“”‘’«»]/,
  backslash: /\\/,
  dollar: /\$/,
  'interpolation ${': /\$\{/,
  'command substitution $(': /\$\(/,
  percent: /%/,
  newline: /\n/,
  'carriage return': /\r/,
  tab: /\t/,
  'comment end */': /\*\//,
  'PHP end ?>': /\?>/,
  "here-string end '@": /'@/,
  'here-string end "@': /"@/,
  'Latin non-ASCII': /[À-ÿ]/,
  CJK: /[\u4e00-\u9fff]/,
  'right-to-left script': /[\u0590-\u06ff]/,
  emoji: /\p{Extended_Pictographic}/u,
  'right-to-left mark': /\u200f/,
  NUL: /\u0000/,
  'other C0 control': /[\u0001-\u0008\u000b\u000c\u000e-\u001f]/,
  'line separator': /\u2028/,
};
/** The classes a `$filter` value must hold somewhere (the URL path of hostile text). */
const HOSTILE_IN_FILTER = [
  'double quote', 'doubled single quote', 'backtick', 'backslash', 'dollar', 'interpolation ${', 'percent', 'comment end */', 'PHP end ?>', 'Latin non-ASCII', 'CJK', 'emoji',
] as const;

const AREAS = [
  'users', 'mail', 'calendar', 'groups', 'files', 'identity-governance', 'reports', 'education', 'directory', 'teams', 'security', 'types', 'hostile', 'beta', 'errors',
] as const;

/** What the `errors/` area must show, as rule ids. */
const ERROR_RULES = [
  'ir:api-version-placeholder', 'schema:unknown-segment', 'schema:unknown-property', 'schema:unknown-enum-member', 'schema:value-coerced',
  'schema:placeholder-value', 'schema:body-not-json', 'ir:json-extra-comma',
] as const;

// ───────────────────────────── walking the typed IR ─────────────────────────────

/** Every TypedValue of a request body, depth first. */
function* values(value: TypedValue): Generator<TypedValue> {
  yield value;
  if (value.kind === 'object' || value.kind === 'parameters') for (const p of value.properties) yield* values(p.value);
  if (value.kind === 'collection') for (const item of value.items) yield* values(item);
}

function* bodyValues(request: TypedRequest): Generator<TypedValue> {
  if (request.body?.kind === 'json') yield* values(request.body.value);
}

/** Every string in a JSON tree (keys and values). */
function* jsonStrings(node: JsonNode): Generator<string> {
  if (node.kind === 'string') yield node.value;
  if (node.kind === 'array') for (const item of node.items) yield* jsonStrings(item);
  if (node.kind === 'object') {
    for (const entry of node.entries) {
      yield entry.key;
      yield* jsonStrings(entry.value);
    }
  }
}

/** Every string a body carries: typed primitives and enums as written, untyped JSON, additional data, annotations. */
function* bodyStrings(request: TypedRequest): Generator<string> {
  if (request.body?.kind === 'raw') yield request.body.text;
  for (const value of bodyValues(request)) {
    if (value.kind === 'primitive' && typeof value.value === 'string') yield value.value;
    if (value.kind === 'enum') yield value.raw;
    if (value.kind === 'untyped') yield* jsonStrings(value.value);
    if (value.kind === 'object' || value.kind === 'parameters' || value.kind === 'reference') {
      for (const extra of value.additionalData) yield* jsonStrings(extra.value);
      for (const annotation of value.annotations) yield* jsonStrings(annotation.value);
    }
  }
}

/** Every property name a body prints: declared ones (schema spelling) and additional data keys. */
function* propertyNames(request: TypedRequest): Generator<{ name: string; declared: boolean }> {
  for (const value of bodyValues(request)) {
    if (value.kind === 'object' || value.kind === 'parameters') {
      for (const p of value.properties) yield { name: p.name, declared: true };
      for (const extra of value.additionalData) yield { name: extra.key, declared: false };
    }
  }
}

/** The query options of a request, nested `$expand` options included. */
function* queries(request: TypedRequest): Generator<TypedRequest['query']> {
  const walk = function* (query: TypedRequest['query']): Generator<TypedRequest['query']> {
    yield query;
    for (const item of query.expand ?? []) if (item.options) yield* walk(item.options);
  };
  yield* walk(request.query);
}

/** Type names reachable from what a request can write: entity types, action parameters, derived types. */
function writableReach(model: SchemaModel): Set<string> {
  const derived = new Map<string, string[]>();
  for (const type of Object.values(model.types)) {
    if (type.kind !== 'enum' && type.baseType !== null) derived.set(type.baseType, [...(derived.get(type.baseType) ?? []), type.fullName]);
  }
  const full = (name: string): string => {
    const dot = name.lastIndexOf('.');
    const namespace = model.aliases[name.slice(0, dot)];
    return namespace === undefined ? name : `${namespace}${name.slice(dot)}`;
  };
  const seen = new Set<string>();
  const queue = [
    ...Object.values(model.types).filter((t) => t.kind === 'entity').map((t) => t.fullName),
    ...model.operations.filter((o) => o.kind === 'action').flatMap((o) => o.parameters.map((p) => full(p.type.name))),
  ];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const type = model.types[name];
    if (!type || type.kind === 'enum') continue;
    for (const p of [...type.properties, ...type.navigationProperties]) queue.push(full(p.type.name));
    queue.push(...(derived.get(name) ?? []));
    if (type.baseType !== null) queue.push(full(type.baseType));
  }
  return seen;
}

/** Edm primitives that some property or parameter of a reachable type (or an action) has. */
function writablePrimitives(model: SchemaModel): Set<string> {
  const reach = writableReach(model);
  const found = new Set<string>();
  for (const type of Object.values(model.types)) {
    if (type.kind === 'enum' || !reach.has(type.fullName)) continue;
    for (const p of type.properties) if (p.type.name.startsWith('Edm.')) found.add(p.type.name);
  }
  for (const op of model.operations) {
    if (op.kind === 'action') for (const p of op.parameters) if (p.type.name.startsWith('Edm.')) found.add(p.type.name);
  }
  return found;
}

const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();

// ───────────────────────────────────── the test ─────────────────────────────────────

const cases = loadCases();

describeWithShared('golden cases: every shape a renderer must print', ['schemas', 'graph-v1.0.csdl'], (csdl) => {
  let v1: Schema;
  const typed = new Map<string, TypedCase>();
  /** Non-`errors` cases: what the coverage below is computed from. */
  let clean: TypedRequest[] = [];
  let all: TypedRequest[] = [];

  beforeAll(async () => {
    v1 = loadSchema(csdl);
    const beta = cases.some((c) => c.schema === 'embedded') ? new Schema(await loadEmbeddedSchema('beta')) : null;
    // a v1.0 case may ask for the embedded v1.0 model (what the default job and the playground type with)
    const embeddedV1 = new Schema(await loadEmbeddedSchema('v1.0'));
    const isBeta = (c: Case): boolean => /^(?:GET|POST|PATCH|PUT|DELETE)\s+\S*\/beta\//m.test(readFileSync(c.input, 'utf8'));
    for (const c of cases) typed.set(c.id, typeCase(c, c.schema === 'csdl' ? v1 : isBeta(c) ? beta! : embeddedV1));
    all = [...typed.values()].flatMap((t) => [...t.requests]);
    clean = [...typed.values()].filter((t) => t.case.area !== 'errors').flatMap((t) => [...t.requests]);
  });

  test('the kind lists match the IR types', () => {
    expect(exhaustive.every((e) => e === true)).toBe(true);
  });

  test('there are at least 48 requests, one per case, with unique names, in every area', () => {
    expect(all.length).toBeGreaterThanOrEqual(48);
    expect(cases.filter((c) => typed.get(c.id)!.requests.length !== 1).map((c) => c.id)).toEqual([]);
    const names = all.map((r) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(AREAS.filter((area) => !cases.some((c) => c.area === area))).toEqual([]);
    expect(sorted(cases.map((c) => c.area)).filter((area) => !(AREAS as readonly string[]).includes(area))).toEqual([]);
  });

  describe.each(cases.map((c) => [c.id, c] as [string, Case]))('%s', (_id, c) => {
    test('gives exactly the messages it intends', () => {
      expect(typed.get(c.id)!.ruleIds).toEqual(c.messages);
    });
    if (c.area === 'errors') {
      test('intends at least one warning, or resolves (a trap the resolver must get right)', () => {
        const t = typed.get(c.id)!;
        expect(t.requests[0]!.resolved || t.case.messages.length > 0).toBe(true);
      });
    } else {
      test('resolves fully against its schema', () => {
        const request = typed.get(c.id)!.requests[0]!;
        expect({ resolved: request.resolved, reasons: request.reasons.map((r) => r.ruleId) }).toEqual({ resolved: true, reasons: [] });
        expect(request.apiVersion).toBe(c.schema === 'csdl' ? 'v1.0' : 'beta');
      });
    }
  });

  test('every Edm primitive a v1.0 request can carry occurs, typed and without coercion', () => {
    const found = new Set<string>();
    for (const request of clean) {
      for (const value of bodyValues(request)) {
        if (value.kind === 'primitive' && value.placeholder === null && value.coercion === null) found.add(value.type);
      }
      if (request.body?.kind === 'raw' && request.body.stream) found.add('Edm.Stream');
    }
    const expected = EDM_PRIMITIVES.filter((edm) => NOT_IN_V1_REQUESTS[edm] === undefined);
    expect(expected.filter((edm) => !found.has(edm))).toEqual([]);
  });

  test('the Edm primitives left out are really out of reach of a v1.0 request', () => {
    const writable = writablePrimitives(v1.model);
    const excluded = Object.keys(NOT_IN_V1_REQUESTS);
    expect(excluded.filter((edm) => writable.has(edm))).toEqual([]);
    // The check itself can see types: the ones covered above are writable by its own measure.
    expect(['Edm.Byte', 'Edm.Int16', 'Edm.Single', 'Edm.TimeOfDay', 'Edm.Binary'].filter((edm) => !writable.has(edm))).toEqual([]);
  });

  test('every operation kind but unknown, every path step kind, key syntax, value and body kind occurs', () => {
    const operations = new Set(clean.map((r) => r.operation));
    expect(OPERATION_KINDS.filter((k) => k !== 'unknown' && !operations.has(k))).toEqual([]);
    const steps = new Set(clean.flatMap((r) => r.path.map((s) => s.kind)));
    // An unresolved step is an error by definition: it comes from the errors area.
    for (const s of all.flatMap((r) => r.path)) if (s.kind === 'unresolved') steps.add(s.kind);
    expect(PATH_STEP_KINDS.filter((k) => !steps.has(k))).toEqual([]);
    const syntaxes = new Set(clean.flatMap((r) => r.path.flatMap((s) => (s.kind === 'key' ? [s.syntax] : []))));
    expect(KEY_SYNTAXES.filter((k) => !syntaxes.has(k))).toEqual([]);
    const kinds = new Set(clean.flatMap((r) => [...bodyValues(r)].map((v) => v.kind)));
    expect(VALUE_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
    const bodies = new Set(clean.flatMap((r) => (r.body ? [r.body.kind] : [])));
    expect(BODY_KINDS.filter((k) => !bodies.has(k))).toEqual([]);
    expect(sorted(clean.map((r) => r.method))).toEqual(['DELETE', 'GET', 'PATCH', 'POST', 'PUT']);
  });

  test('operations: qualified, with URL arguments, delta, composable function updated, cast then $count, stream PUT of $value and of a property', () => {
    const ops = clean.flatMap((r) => r.path.flatMap((s) => (s.kind === 'operation' ? [{ r, s }] : [])));
    expect(ops.some(({ s }) => s.qualified && s.operationKind === 'action')).toBe(true);
    expect(ops.some(({ s }) => s.operationKind === 'function' && s.arguments.length >= 2)).toBe(true);
    expect(ops.some(({ s }) => s.operationKind === 'function' && s.arguments.length === 1 && s.arguments[0]!.value.kind === 'string')).toBe(true);
    expect(ops.some(({ s }) => s.name === 'delta' && s.arguments.length === 0)).toBe(true);
    expect(ops.some(({ s }) => s.name === 'delta' && s.arguments.length > 0)).toBe(true);
    expect(ops.some(({ r, s }) => s.operationKind === 'function' && s.composable && r.operation === 'update')).toBe(true);
    expect(ops.some(({ r, s }) => s.operationKind === 'action' && r.body?.kind === 'json' && r.body.value.kind === 'parameters' && r.body.value.properties.length >= 2)).toBe(true);
    const tail = (r: TypedRequest, n: number): string => r.path.slice(-n).map((s) => s.kind).join('/');
    expect(clean.some((r) => tail(r, 2) === 'cast/count')).toBe(true);
    expect(clean.some((r) => tail(r, 1) === 'cast' && r.operation === 'list')).toBe(true);
    expect(clean.some((r) => r.operation === 'stream-put' && tail(r, 1) === 'value')).toBe(true);
    expect(clean.some((r) => r.operation === 'stream-put' && tail(r, 1) === 'property')).toBe(true);
    expect(clean.some((r) => r.operation === 'stream-get' && tail(r, 1) === 'value')).toBe(true);
  });

  test('body shapes: flags enum, derived types, additional data, untyped JSON, binds, annotations, nulls, empties, collections', () => {
    const vals = clean.flatMap((r) => [...bodyValues(r)]);
    const objects = vals.filter((v): v is Extract<TypedValue, { kind: 'object' }> => v.kind === 'object');
    const annotated = vals.flatMap((v) => (v.kind === 'object' || v.kind === 'parameters' || v.kind === 'reference' ? v.annotations : []));
    const props = vals.flatMap((v) => (v.kind === 'object' || v.kind === 'parameters' ? v.properties : []));
    const flags = props.filter((p) => p.value.kind === 'enum' && p.value.isFlags && p.value.members.length >= 2 && p.value.unknownMembers.length === 0);
    expect(sorted(flags.map((p) => p.declaredAs))).toEqual(['parameter', 'property']);
    expect(vals.some((v) => v.kind === 'enum' && !v.isFlags && v.unknownMembers.length === 0)).toBe(true);
    expect(objects.some((o) => o.type !== o.declaredType && o.typeKind === 'complex')).toBe(true);
    expect(objects.some((o) => o.type !== o.declaredType && o.typeKind === 'entity')).toBe(true);
    expect(objects.some((o) => o.abstract === false && o.declaredType !== o.type && o.properties.length === 0)).toBe(true); // a derived type with no properties
    expect(objects.some((o) => o.additionalData.length > 0 && o.openType)).toBe(true);
    expect(objects.some((o) => o.additionalData.some((a) => a.value.kind === 'object') && o.additionalData.some((a) => a.value.kind === 'array'))).toBe(true);
    // Untyped JSON where the schema says microsoft.graph.Json (an object property and an action parameter).
    expect(props.some((p) => p.type.name === 'microsoft.graph.Json' && p.declaredAs === 'property' && p.value.kind === 'untyped')).toBe(true);
    expect(props.some((p) => p.type.name === 'microsoft.graph.Json' && p.declaredAs === 'parameter' && p.value.kind === 'untyped')).toBe(true);
    const binds = annotated.filter((a) => a.term === 'odata.bind');
    expect(binds.some((a) => a.value.kind === 'string')).toBe(true);
    expect(binds.some((a) => a.value.kind === 'array' && a.value.items.length >= 2)).toBe(true);
    expect(annotated.some((a) => a.term === 'microsoft.graph.conflictBehavior' && a.property === null)).toBe(true);
    expect(annotated.some((a) => a.term === 'odata.type')).toBe(true);
    expect(vals.some((v) => v.kind === 'reference' && v.id !== null)).toBe(true);
    expect(vals.some((v) => v.kind === 'null')).toBe(true);
    expect(vals.some((v) => v.kind === 'null' && v.type.name.startsWith('Edm.'))).toBe(true);
    expect(objects.some((o) => o.properties.length === 0 && o.additionalData.length === 0 && o.annotations.length === 0)).toBe(true);
    expect(vals.some((v) => v.kind === 'collection' && v.items.length === 0)).toBe(true);
    const collections = vals.filter((v): v is Extract<TypedValue, { kind: 'collection' }> => v.kind === 'collection' && v.items.length > 0);
    const itemShapes = new Set(
      collections.map((c) => {
        const item = c.items[0]!;
        return item.kind === 'object' ? `object:${item.typeKind}` : item.kind;
      }),
    );
    expect(sorted(itemShapes)).toEqual(expect.arrayContaining(['enum', 'object:complex', 'object:entity', 'primitive']));
  });

  test('names that are keywords in some target occur as property names; the schema\'s own as declared properties', () => {
    const names = clean.flatMap((r) => [...propertyNames(r)]);
    expect(KEYWORD_NAMES.filter((k) => !names.some((n) => n.name === k))).toEqual([]);
    expect(DECLARED_KEYWORD_NAMES.filter((k) => !names.some((n) => n.name === k && n.declared))).toEqual([]);
  });

  test('query options and headers: every option, nested $expand, quoted filter, both orders, search with OR', () => {
    const qs = clean.flatMap((r) => [...queries(r)]);
    expect(qs.some((q) => (q.select?.length ?? 0) > 1)).toBe(true);
    expect(qs.some((q) => q.expand?.some((e) => e.options !== null && e.options.select !== undefined && e.options.custom.some((c) => c.name === '$levels')))).toBe(true);
    expect(qs.some((q) => q.expand?.some((e) => e.options !== null))).toBe(true);
    expect(qs.some((q) => q.filter?.includes("''"))).toBe(true);
    expect(qs.some((q) => q.filter !== undefined && /\w+\(/.test(q.filter))).toBe(true); // a filter function
    expect(qs.some((q) => q.orderby?.some((o) => o.direction === 'asc'))).toBe(true);
    expect(qs.some((q) => q.orderby?.some((o) => o.direction === 'desc'))).toBe(true);
    expect(qs.some((q) => q.orderby?.some((o) => o.direction === null))).toBe(true);
    expect(qs.some((q) => q.top !== undefined)).toBe(true);
    expect(qs.some((q) => q.skip !== undefined)).toBe(true);
    expect(qs.some((q) => q.search !== undefined && q.search.includes('"') && q.search.includes(' OR '))).toBe(true);
    expect(qs.some((q) => q.count === true)).toBe(true);
    expect(qs.some((q) => q.format !== undefined)).toBe(true);
    expect(clean.some((r) => r.query.custom.some((c) => c.name === 'startDateTime') && r.query.custom.some((c) => c.name === 'endDateTime'))).toBe(true);
    expect(clean.some((r) => r.query.custom.some((c) => c.name === 'format'))).toBe(true); // `format=pdf`, not `$format`
    const header = (r: TypedRequest, name: string): string | undefined => r.headers.find((h) => h.lowerName === name)?.value;
    expect(clean.some((r) => header(r, 'consistencylevel') === 'eventual' && r.query.count === true)).toBe(true);
    expect(clean.some((r) => header(r, 'consistencylevel') === 'eventual' && r.operation === 'count')).toBe(true);
    expect(clean.some((r) => header(r, 'prefer')?.startsWith('outlook.'))).toBe(true);
    expect(clean.some((r) => header(r, 'prefer') === 'return=representation')).toBe(true);
    expect(clean.some((r) => header(r, 'if-match') !== undefined && r.operation === 'update')).toBe(true);
    expect(clean.some((r) => header(r, 'if-match') !== undefined && r.operation === 'delete')).toBe(true);
    expect(clean.some((r) => r.body?.kind === 'raw' && r.body.contentType !== null && !/json/i.test(r.body.contentType))).toBe(true);
  });

  test('hostile text: every character class in body strings, and the URL-borne ones in a $filter value', () => {
    const strings = clean.flatMap((r) => [...bodyStrings(r)]);
    expect(Object.entries(HOSTILE).filter(([, re]) => !strings.some((s) => re.test(s))).map(([name]) => name)).toEqual([]);
    const filters = clean.flatMap((r) => [...queries(r)]).flatMap((q) => (q.filter === undefined ? [] : [q.filter]));
    expect(HOSTILE_IN_FILTER.filter((name) => !filters.some((f) => HOSTILE[name]!.test(f)))).toEqual([]);
  });

  test('five access reviews after the seed, typed with derived scopes, a Duration and Edm.Date', () => {
    const reviews = [...typed.values()].filter((t) => t.case.area === 'identity-governance' && t.case.name.startsWith('access-review-'));
    expect(reviews.length).toBe(5);
    for (const t of reviews) {
      const r = t.requests[0]!;
      expect([r.operation, r.target?.name, r.apiVersion]).toEqual(['create', 'microsoft.graph.accessReviewScheduleDefinition', 'v1.0']);
      const types = [...bodyValues(r)].flatMap((v) => (v.kind === 'primitive' ? [v.type] : []));
      expect(types).toContain('Edm.Date');
    }
    const scopes = reviews.flatMap((t) => [...bodyValues(t.requests[0]!)]).flatMap((v) => (v.kind === 'object' ? [v.type] : []));
    expect(scopes).toEqual(
      expect.arrayContaining([
        'microsoft.graph.accessReviewQueryScope',
        'microsoft.graph.accessReviewInactiveUsersQueryScope',
        'microsoft.graph.principalResourceMembershipsScope',
        'microsoft.graph.accessReviewStageSettings',
        'microsoft.graph.userLastSignInRecommendationInsightSetting',
        'microsoft.graph.groupPeerOutlierRecommendationInsightSettings',
      ]),
    );
    const durations = reviews.flatMap((t) => [...bodyValues(t.requests[0]!)]).filter((v) => v.kind === 'primitive' && v.type === 'Edm.Duration');
    expect(durations.length).toBeGreaterThanOrEqual(2);
  });

  test('beta cases are typed with the embedded beta model', () => {
    const beta = [...typed.values()].filter((t) => t.case.area === 'beta');
    expect(beta.length).toBeGreaterThanOrEqual(3);
    for (const t of beta) {
      expect([t.case.schema, t.requests[0]!.apiVersion, t.requests[0]!.schemaSource.startsWith('embedded:')]).toEqual(['embedded', 'beta', true]);
    }
    expect(sorted(beta.map((t) => t.requests[0]!.operation))).toEqual(expect.arrayContaining(['create', 'delete', 'list']));
  });

  test('the errors area shows every kind of docs mistake it is for', () => {
    const errors = [...typed.values()].filter((t) => t.case.area === 'errors');
    const rules = new Set(errors.flatMap((t) => t.ruleIds));
    expect(ERROR_RULES.filter((rule) => !rules.has(rule))).toEqual([]);
    const requests = errors.flatMap((t) => t.requests);
    expect(requests.some((r) => r.path.some((s) => s.kind === 'colonPath') && r.operation === 'stream-put')).toBe(true);
    expect(requests.some((r) => r.apiVersion === null)).toBe(true);
  });
});
