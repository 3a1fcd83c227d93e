/**
 * Facts read from the SDK modules → SchemaModel. Pure: input is the facts of every module, output is
 * a deterministic model (types keyed and sorted by full name, lists sorted). The rules that fill gaps
 * live in infer.ts and are described in README.md; every inferred fact is marked on its element.
 */
import path from 'node:path';
import type {
  ContainerElement,
  EnumType,
  InferredFact,
  NavigationProperty,
  Operation,
  Parameter,
  Property,
  SchemaModel,
  SchemaType,
  StructuredType,
  TypeRef,
  UnknownFact,
} from '../model.js';
import type { ModelFact, ModuleFacts, PropertyFact, RequestFact } from './kiota-js.js';
import { numberType, odataSimpleName, pluralize, singletonName } from './infer.js';
import type { ApiVersion } from './sources.js';
import { parseTemplate, templatePath, type UriSegment } from './uri.js';

export const ROOT_NAMESPACE = 'microsoft.graph';

/**
 * What the SDK packages cannot tell completely: roots and operations exist beyond those stated or
 * inferred here (most per-root packages are not published), unbound operations are not read at all,
 * and nullability, abstractness, open types and streams are left at defaults. The resolver infers
 * (and marks) what a request needs of these.
 */
export const EMBEDDED_UNKNOWN_FACTS: readonly UnknownFact[] = ['abstract', 'has-stream', 'nullability', 'open-type', 'operation-imports', 'operations', 'roots', 'type-kind'];

/** `chatMessage-id1` (kiota numbers a repeated parameter name within one template) → `chatMessage-id`. */
export function keyParameterName(templateParameter: string): string {
  return templateParameter.replace(/(-id)\d+$/, '$1');
}

/** One `models/**\/index.js`; `dir` is relative to `models/` (`''`, `security`, `partners/billing`). */
export interface ModelModuleInput {
  readonly dir: string;
  readonly facts: ModuleFacts;
}

/** One request-builder module; `file` is unique across packages (`<package>/users/item/index.js`). */
export interface BuilderModuleInput {
  readonly file: string;
  readonly facts: ModuleFacts;
}

export interface AssembleInput {
  readonly apiVersion: ApiVersion;
  readonly source: string;
  /** The models package name, to resolve `<package>/models/<dir>/index.js` specifiers. */
  readonly modelsPackage: string;
  readonly models: readonly ModelModuleInput[];
  readonly builders: readonly BuilderModuleInput[];
  /** A model of another version to carry roots, containment and operations over from (rule X1). */
  readonly carryOver?: SchemaModel;
  /**
   * The builders hold every path of the API description (a whole kiota SDK, see sdk.ts): roots and
   * bound operations are all stated, none is inferred, and a navigation addressed by a path without
   * a `$ref` one is contained. Default false (the npm packages: a few roots only).
   */
  readonly complete?: boolean;
  /**
   * Complete source only, set by assembleSchema itself on its second pass: the base-less types whose
   * hierarchy a builder path indexes with a key (`/namedLocations/{namedLocation-id}`): entity types,
   * stated by the builders although no model of theirs derives from `entity`.
   */
  readonly keyedRoots?: readonly string[];
  /** Namespace spellings by their lower-case form, for module dirs that lose the case (Go: `callrecords` → `microsoft.graph.callRecords`). */
  readonly namespaces?: Readonly<Record<string, string>>;
}

/** What a model built from every path of a kiota SDK still does not know (`complete` input). */
export const SDK_UNKNOWN_FACTS: readonly UnknownFact[] = ['abstract', 'nullability', 'open-type', 'type-kind'];

/** Model modules that hold no CSDL types. */
const SKIPPED_MODEL_DIRS = new Set(['oDataErrors']);
/** Kiota's own paging wrappers; `XCollectionResponse` types derive from the first. */
const WRAPPER_TYPES = new Set(['BaseCollectionPaginationCountResponse', 'BaseDeltaFunctionResponse']);

interface Draft {
  readonly key: string;
  readonly dir: string;
  readonly fact: ModelFact;
  readonly namespace: string;
  fullName: string;
}

const typeKey = (dir: string, name: string): string => `${dir}|${name}`;

function namespaceOf(dir: string, spelling?: Readonly<Record<string, string>>): string {
  if (dir === '') return ROOT_NAMESPACE;
  const plain = `${ROOT_NAMESPACE}.${dir.split('/').join('.')}`;
  return spelling?.[plain.toLowerCase()] ?? plain;
}

/** The models dir a specifier points at, from a module in `fromDir` (null: not a models module). */
function modelDirOf(spec: string | null, fromDir: string | null, modelsPackage: string): string | null {
  if (spec === null) return fromDir;
  const prefix = `${modelsPackage}/models/`;
  let target: string | null = null;
  if (spec.startsWith(prefix)) target = spec.slice(prefix.length);
  else if (spec.startsWith('.') && fromDir !== null) target = path.posix.normalize(path.posix.join(fromDir, spec));
  if (target === null) return null;
  if (target === 'index.js') return '';
  return target.endsWith('/index.js') ? target.slice(0, -'/index.js'.length) : null;
}

const withInferred = <T extends object>(obj: T, facts: readonly InferredFact[]): T =>
  facts.length > 0 ? { ...obj, inferred: [...new Set(facts)].sort() } : obj;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function assembleSchema(input: AssembleInput): SchemaModel {
  const { modelsPackage } = input;
  const drafts = new Map<string, Draft>();
  const wrappers = new Map<string, ModelFact>(); // key → XCollectionResponse and the like
  const enumNames = new Map<string, string>(); // key → full name
  const enums: EnumType[] = [];

  // 1. Register model types and enums.
  for (const mod of input.models) {
    if (SKIPPED_MODEL_DIRS.has(mod.dir.split('/')[0] ?? '')) continue;
    const namespace = namespaceOf(mod.dir, input.namespaces);
    for (const fact of mod.facts.models) {
      const key = typeKey(mod.dir, fact.name);
      const baseName = fact.base?.name ?? '';
      if (WRAPPER_TYPES.has(fact.name) || WRAPPER_TYPES.has(baseName)) {
        wrappers.set(key, fact);
        continue;
      }
      drafts.set(key, { key, dir: mod.dir, fact, namespace, fullName: `${namespace}.${odataSimpleName(fact.name)}` });
    }
    for (const e of mod.facts.enums) {
      const fullName = `${namespace}.${odataSimpleName(e.name)}`;
      enumNames.set(typeKey(mod.dir, e.name), fullName);
    }
  }

  // 2. The discriminator switches state the real OData names.
  for (const mod of input.models) {
    for (const d of mod.facts.discriminators) {
      for (const c of d.cases) {
        const dir = modelDirOf(c.target.module, mod.dir, modelsPackage);
        const draft = dir === null ? undefined : drafts.get(typeKey(dir, c.target.name));
        // Only the spelling of the simple name is taken from the switch: the namespace is the module's
        // (the SDK's own switches sometimes list a same-named type of another namespace).
        const named = c.odataType.slice(1);
        if (draft && c.odataType.startsWith('#') && named.toLowerCase() === draft.fullName.toLowerCase()) draft.fullName = named;
      }
    }
  }

  const baseKeyOf = (d: Draft): string | null => {
    if (!d.fact.base) return null;
    const dir = modelDirOf(d.fact.base.module, d.dir, modelsPackage);
    if (dir === null) return null;
    const key = typeKey(dir, d.fact.base.name);
    return drafts.has(key) ? key : null;
  };
  const entityRootKey = typeKey('', 'Entity');
  const derivesFromEntity = (key: string): boolean => {
    const seen = new Set<string>();
    for (let k: string | null = key; k !== null && !seen.has(k); ) {
      if (k === entityRootKey) return true;
      seen.add(k);
      const d = drafts.get(k);
      k = d ? baseKeyOf(d) : null;
    }
    return false;
  };
  // K2: a type without a base type that holds a property of an entity type is an entity type too
  // (Graph's base-less roots such as `educationRoot`); the SDK does not say which types are entities.
  const baselessEntities = new Set<string>();
  for (const d of drafts.values()) {
    if (d.key === entityRootKey || d.fact.base !== null) continue;
    const holdsEntity = d.fact.properties.some((p) => {
      if (p.value.kind !== 'object') return false;
      const dir = modelDirOf(p.value.ref.module, d.dir, modelsPackage);
      return dir !== null && derivesFromEntity(typeKey(dir, p.value.ref.name));
    });
    if (holdsEntity) baselessEntities.add(d.key);
  }
  const keyedRoots = new Set(input.keyedRoots ?? []);
  const keyedKeys = new Set([...drafts.values()].filter((d) => d.fact.base === null && keyedRoots.has(d.fullName)).map((d) => d.key));
  for (const k of keyedKeys) baselessEntities.add(k);
  const isEntityCache = new Map<string, boolean>();
  const isEntity = (key: string): boolean => {
    const cached = isEntityCache.get(key);
    if (cached !== undefined) return cached;
    isEntityCache.set(key, false); // cycle guard
    const d = drafts.get(key);
    const base = d ? baseKeyOf(d) : null;
    const result = key === entityRootKey || (base !== null ? isEntity(base) : baselessEntities.has(key));
    isEntityCache.set(key, result);
    return result;
  };

  /** A property's type from a deserializer fact read in the models dir `fromDir`. */
  const refType = (p: PropertyFact, fromDir: string | null, builderLocal: boolean): { ref: TypeRef; entity: boolean; guessed: InferredFact[] } => {
    const v = p.value;
    if (v.kind === 'primitive') {
      if (v.number) return { ref: { name: numberType(p.json), collection: p.collection }, entity: false, guessed: ['int-width'] };
      return { ref: { name: v.edm, collection: p.collection }, entity: false, guessed: [] };
    }
    const dir = v.ref.module === null && builderLocal ? null : modelDirOf(v.ref.module, fromDir, modelsPackage);
    if (v.kind === 'enum') {
      const name = dir === null ? undefined : enumNames.get(typeKey(dir, v.ref.name));
      return name
        ? { ref: { name, collection: p.collection }, entity: false, guessed: [] }
        : { ref: { name: 'Edm.String', collection: p.collection }, entity: false, guessed: ['type'] };
    }
    const key = dir === null ? null : typeKey(dir, v.ref.name);
    const d = key === null ? undefined : drafts.get(key);
    if (d && key !== null) return { ref: { name: d.fullName, collection: p.collection }, entity: isEntity(key), guessed: [] };
    return { ref: { name: 'Edm.Untyped', collection: p.collection }, entity: false, guessed: ['type'] };
  };

  // 3. Structured types.
  interface NavDraft {
    name: string;
    type: TypeRef;
    seenRef: boolean;
    seenUri: boolean;
    /** The key parameter of the URI templates that index this collection (`message-id`). */
    keyParameter: string | null;
  }
  const navs = new Map<string, Map<string, NavDraft>>(); // fullName → name → nav
  const props = new Map<string, Property[]>();
  /** `type/property` of what the SDK reads but never writes (SchemaModel.computed) */
  const computed: string[] = [];
  const byFullName = new Map<string, Draft>();
  const derived = new Map<string, string[]>(); // base full name → derived full names
  for (const d of drafts.values()) {
    if (byFullName.has(d.fullName)) continue; // first wins (sorted input)
    byFullName.set(d.fullName, d);
    const navMap = new Map<string, NavDraft>();
    const propList: Property[] = [];
    for (const p of d.fact.properties) {
      if (p.readOnly) computed.push(`${d.fullName}/${p.json}`);
      const { ref, entity, guessed } = refType(p, d.dir, false);
      if (entity) navMap.set(p.json, { name: p.json, type: ref, seenRef: false, seenUri: false, keyParameter: null });
      else propList.push(withInferred({ name: p.json, type: ref, nullable: true }, guessed));
    }
    navs.set(d.fullName, navMap);
    props.set(d.fullName, propList);
    const baseKey = baseKeyOf(d);
    const baseFull = baseKey ? drafts.get(baseKey)?.fullName : undefined;
    if (baseFull) derived.set(baseFull, [...(derived.get(baseFull) ?? []), d.fullName]);
  }
  const baseFullOf = (fullName: string): string | null => {
    const d = byFullName.get(fullName);
    const k = d ? baseKeyOf(d) : null;
    return k ? (drafts.get(k)?.fullName ?? null) : null;
  };
  const findNav = (fullName: string | null, name: string): NavDraft | null => {
    for (let t = fullName; t !== null; t = baseFullOf(t)) {
      const n = navs.get(t)?.get(name);
      if (n) return n;
    }
    return null;
  };
  const findPropOwner = (fullName: string | null, name: string): string | null => {
    for (let t = fullName; t !== null; t = baseFullOf(t)) if (props.get(t)?.some((p) => p.name === name)) return t;
    return null;
  };
  const findProp = (fullName: string | null, name: string): Property | null => {
    for (let t = fullName; t !== null; t = baseFullOf(t)) {
      const n = props.get(t)?.find((p) => p.name === name);
      if (n) return n;
    }
    return null;
  };

  // 4. Request builders: index every request by its path.
  interface PathInfo {
    readonly file: string;
    readonly facts: ModuleFacts;
    readonly requests: RequestFact[];
    readonly parameterTypes: Readonly<Record<string, string>>;
  }
  const byPath = new Map<string, PathInfo>();
  for (const b of input.builders) {
    for (const rb of b.facts.requestBuilders) {
      for (const r of rb.requests) {
        if (!r.uriTemplate) continue;
        const p = templatePath(r.uriTemplate);
        const info = byPath.get(p) ?? { file: b.file, facts: b.facts, requests: [], parameterTypes: rb.parameterTypes ?? {} };
        if (!info.requests.some((x) => x.method === r.method)) info.requests.push(r);
        byPath.set(p, info);
      }
    }
  }

  /** The type a response factory yields; `XCollectionResponse` and local `…Response` wrappers give their `value`. */
  const responseType = (info: PathInfo, r: RequestFact): TypeRef | null => {
    if (r.responsePrimitive !== null) {
      const map: Record<string, string> = { number: 'Edm.Int32', string: 'Edm.String', boolean: 'Edm.Boolean', ArrayBuffer: 'Edm.Stream' };
      return { name: map[r.responsePrimitive] ?? 'Edm.Untyped', collection: false };
    }
    const f = r.responseFactory;
    if (!f) return null;
    const m = /^create(\w+)FromDiscriminatorValue$/.exec(f.name);
    if (!m?.[1]) return null;
    const tsName = m[1];
    if (f.module === null) {
      const local = info.facts.models.find((x) => x.name === tsName);
      const value = local?.properties.find((p) => p.json === 'value');
      if (value) return refType(value, null, true).ref;
      return null;
    }
    const dir = modelDirOf(f.module, null, modelsPackage);
    if (dir === null) return null;
    const wrapper = wrappers.get(typeKey(dir, tsName));
    if (wrapper) {
      const value = wrapper.properties.find((p) => p.json === 'value');
      return value ? refType(value, dir, false).ref : null;
    }
    const d = drafts.get(typeKey(dir, tsName));
    return d ? { name: d.fullName, collection: false } : null;
  };

  /** Action parameters: the properties of the local `…PostRequestBody` the serializer writes. */
  const bodyParameters = (info: PathInfo, r: RequestFact): { params: Parameter[]; guessed: InferredFact[] } | null => {
    const s = r.requestBodySerializer;
    if (!s) return null;
    const m = /^serialize(\w+)$/.exec(s.name);
    if (!m?.[1]) return null;
    if (s.module !== null) {
      // The body is a model (e.g. `POST …/copy` with a whole entity): one parameter is unknowable.
      return null;
    }
    const local = info.facts.models.find((x) => x.name === m[1]);
    if (!local) return null;
    const guessed: InferredFact[] = [];
    const params = local.properties.map((p) => {
      const t = refType(p, null, true);
      guessed.push(...t.guessed);
      return { name: p.json, type: t.ref, nullable: true };
    });
    return { params, guessed };
  };

  // 5. Walk every path from its root.
  const mediaTypes = new Set<string>();
  const keyedComplex = new Set<string>();
  const streamProperties = new Set<string>();
  const isStreamRequest = (r: RequestFact): boolean =>
    (r.method === 'get' && r.responsePrimitive === 'ArrayBuffer') || (r.method === 'put' && r.requestBodyContentType === 'application/octet-stream');
  const elements = new Map<string, ContainerElement>();
  const operations = new Map<string, Operation>();
  interface Ctx {
    readonly type: string | null;
    readonly collection: boolean;
    readonly nav: NavDraft | null;
  }
  interface Trie {
    readonly children: Map<string, Trie>;
    path: string;
    seg: UriSegment | null;
  }
  const root: Trie = { children: new Map(), path: '', seg: null };
  for (const p of [...byPath.keys()].sort()) {
    let node = root;
    let acc = '';
    for (const text of p.split(/\/(?![^(]*\))/).filter((s) => s !== '')) {
      acc += `/${text}`;
      let next = node.children.get(text);
      if (!next) {
        next = { children: new Map(), path: acc, seg: parseTemplate(text)[0] ?? null };
        node.children.set(text, next);
      }
      node = next;
    }
  }

  const addOperation = (op: Operation): void => {
    // a complete source's overloads (a function with another parameter set) are kept: the key has the parameter names
    const key = `${op.fullName}|${op.bindingType?.name ?? ''}|${op.bindingType?.collection ?? false}${input.complete ? `|${op.parameters.map((p) => p.name).join(',')}` : ''}`;
    if (!operations.has(key)) operations.set(key, op);
  };
  const qualify = (name: string): { namespace: string; simple: string } => {
    const i = name.lastIndexOf('.');
    if (i < 0) return { namespace: ROOT_NAMESPACE, simple: name };
    const ns = name.slice(0, i).replace(/^graph\b/, ROOT_NAMESPACE);
    return { namespace: ns, simple: name.slice(i + 1) };
  };
  const castTarget = (name: string): string | null => {
    const full = name.replace(/^graph\./, `${ROOT_NAMESPACE}.`);
    return byFullName.has(full) ? full : null;
  };

  // The bindings whose bound operations the builders enumerate: the OpenAPI description the SDKs are
  // generated from expands every operation bound to an entity type (or its base types) at its entity
  // set, at the set's item and at a singleton, so at a root of an installed package the builder folders
  // list them all and one they lack does not exist. Deeper paths are not taken as complete: the
  // conversion leaves operations out below non-contained navigations and casts.
  const operationsKnown = new Map<string, TypeRef>();
  const known = (node: Trie, type: TypeRef): void => {
    if (byPath.has(node.path)) operationsKnown.set(`${type.name}|${type.collection}`, type);
  };
  const walk = (node: Trie, ctx: Ctx): void => {
    for (const child of node.children.values()) {
      const seg = child.seg;
      if (!seg) continue;
      const info = byPath.get(child.path);
      const reqs = info?.requests ?? [];
      switch (seg.kind) {
        case 'key':
          if (input.complete && ctx.type !== null && ctx.collection) {
            // a key indexes a collection of a type no model derives from `entity`: its hierarchy's root is an entity type
            const d = byFullName.get(ctx.type);
            if (d && !isEntity(d.key)) {
              let root = ctx.type;
              for (let b = baseFullOf(root); b !== null; b = baseFullOf(b)) root = b;
              keyedComplex.add(root);
            }
          }
          if (ctx.nav && ctx.nav.keyParameter === null) ctx.nav.keyParameter = keyParameterName(seg.parameter);
          if (ctx.collection) walk(child, { ...ctx, collection: false });
          break;
        case 'ref':
          if (ctx.nav) ctx.nav.seenRef = true;
          break;
        case 'value':
          // a complete source's `…/$value` builder that reads or writes bytes: the entity is a media entity (stated)
          if (input.complete && ctx.type !== null && !ctx.collection && reqs.some(isStreamRequest)) mediaTypes.add(ctx.type);
          break;
        case 'count':
        case 'other':
          break;
        case 'name': {
          const cast = seg.name.includes('.') ? castTarget(seg.name) : null;
          if (cast) {
            walk(child, { ...ctx, type: cast });
            break;
          }
          const nav = seg.name.includes('.') ? null : findNav(ctx.type, seg.name);
          if (nav) {
            nav.seenUri = true;
            walk(child, { type: nav.type.name, collection: nav.type.collection, nav });
            break;
          }
          const prop = seg.name.includes('.') ? null : findProp(ctx.type, seg.name);
          if (prop) {
            // a complete source's builder for a property that reads or writes bytes: a stream property (stated)
            if (input.complete && reqs.some(isStreamRequest)) {
              const owner = findPropOwner(ctx.type, seg.name);
              if (owner !== null) streamProperties.add(`${owner}/${seg.name}`);
            }
            walk(child, { type: prop.type.name, collection: prop.type.collection, nav: null });
            break;
          }
          const post = reqs.find((r) => r.method === 'post');
          if (post && info && ctx.type !== null && !reqs.some((r) => r.method === 'get')) {
            const { namespace, simple } = qualify(seg.name);
            const body = bodyParameters(info, post);
            addOperation(
              withInferred(
                {
                  kind: 'action',
                  name: simple,
                  namespace,
                  fullName: `${namespace}.${simple}`,
                  isBound: true,
                  bindingType: { name: ctx.type, collection: ctx.collection },
                  parameters: body?.params ?? [],
                  returnType: responseType(info, post),
                  isComposable: false,
                },
                body?.guessed ?? [],
              ),
            );
          }
          break;
        }
        case 'call': {
          if (ctx.type === null) break; // root-level calls: alternate keys and imports, not typed here
          if (findNav(ctx.type, seg.name)) break;
          const get = reqs.find((r) => r.method === 'get');
          const { namespace, simple } = qualify(seg.name);
          const ret = info && get ? responseType(info, get) : null;
          const stated = info?.parameterTypes ?? {};
          const params: Parameter[] = seg.parameters.map((p) => ({
            name: p.name,
            type: { name: stated[p.name.toLowerCase()] ?? (p.quoted ? 'Edm.String' : /^(include|is|has)[A-Z]/.test(p.name) ? 'Edm.Boolean' : 'Edm.Int32'), collection: false },
            nullable: true,
          }));
          addOperation(
            withInferred(
              {
                kind: 'function',
                name: simple,
                namespace,
                fullName: `${namespace}.${simple}`,
                isBound: true,
                bindingType: { name: ctx.type, collection: ctx.collection },
                parameters: params,
                returnType: ret,
                isComposable: child.children.size > 0,
              },
              seg.parameters.some((p) => !p.quoted && stated[p.name.toLowerCase()] === undefined) ? ['type'] : [],
            ),
          );
          if (ret && byFullName.has(ret.name)) walk(child, { type: ret.name, collection: ret.collection, nav: null });
          break;
        }
      }
    }
  };

  for (const child of root.children.values()) {
    if (child.seg?.kind !== 'name') continue;
    const name = child.seg.name;
    const keyChild = [...child.children.values()].find((c) => c.seg?.kind === 'key');
    const info = byPath.get(child.path);
    const get = info?.requests.find((r) => r.method === 'get');
    let type = info && get ? responseType(info, get) : null;
    if (!type && keyChild) {
      const kInfo = byPath.get(keyChild.path);
      const kGet = kInfo?.requests.find((r) => r.method === 'get');
      const t = kInfo && kGet ? responseType(kInfo, kGet) : null;
      if (t) type = { name: t.name, collection: true };
    }
    if (!type || !byFullName.has(type.name)) continue;
    const collection = type.collection || keyChild !== undefined;
    const keySegment = keyChild?.seg?.kind === 'key' ? keyChild.seg : null;
    elements.set(name, {
      kind: collection ? 'entitySet' : 'singleton',
      name,
      type: type.name,
      ...(keySegment ? { keyParameter: keyParameterName(keySegment.parameter) } : {}),
    });
    known(child, { name: type.name, collection });
    if (keyChild) known(keyChild, { name: type.name, collection: false });
    walk(child, { type: type.name, collection, nav: null });
  }

  // A second pass when keys showed entity types the models do not (types are split into properties
  // and navigation properties by entity-ness, before the paths are walked).
  if (input.complete && input.keyedRoots === undefined && keyedComplex.size > 0) return assembleSchema({ ...input, keyedRoots: [...keyedComplex].sort(cmp) });

  // 6. Containment (rules C1, C2) and the carried-over facts (X1).
  const carried = input.carryOver;
  const carriedNav = new Map<string, boolean>();
  if (carried) {
    for (const t of Object.values(carried.types)) {
      if (t.kind === 'enum') continue;
      for (const n of t.navigationProperties) {
        if (!n.inferred?.includes('containment')) carriedNav.set(`${t.fullName}/${n.name}`, n.containsTarget);
      }
    }
  }
  const isDirectoryObject = (fullName: string): boolean => {
    for (let t: string | null = fullName; t !== null; t = baseFullOf(t)) if (t === `${ROOT_NAMESPACE}.directoryObject`) return true;
    return false;
  };
  const navResult = new Map<string, NavigationProperty[]>();
  for (const [owner, map] of navs) {
    const list: NavigationProperty[] = [];
    for (const n of map.values()) {
      let contains: boolean;
      const guessed: InferredFact[] = [];
      if (n.seenRef) contains = false;
      else if (input.complete && n.seenUri) contains = true;
      else {
        const c = carriedNav.get(`${owner}/${n.name}`);
        contains = c ?? !isDirectoryObject(n.type.name);
        guessed.push('containment');
      }
      const stated = { name: n.name, type: n.type, containsTarget: contains, nullable: true };
      list.push(withInferred(n.keyParameter === null ? stated : { ...stated, keyParameter: n.keyParameter }, guessed));
    }
    navResult.set(owner, list.sort((a, b) => cmp(a.name, b.name)));
  }

  // 7. Roots the packages do not state (rules R1–R3, X1).
  const rootTypes = new Set([...elements.values()].map((e) => e.type));
  const addRoot = (el: ContainerElement): void => {
    if (!elements.has(el.name)) {
      elements.set(el.name, el);
      rootTypes.add(el.type);
    }
  };
  if (carried) {
    for (const el of carried.container.elements) {
      if (byFullName.has(el.type)) addRoot({ ...el, inferred: ['root'] });
    }
  }
  const user = `${ROOT_NAMESPACE}.user`;
  if (!input.complete && byFullName.has(user)) addRoot({ kind: 'singleton', name: 'me', type: user, inferred: ['root'] });
  const collectionWrapped = new Set<string>();
  for (const [key, w] of wrappers) {
    const value = w.properties.find((p) => p.json === 'value');
    if (value) collectionWrapped.add(refType(value, key.split('|')[0] ?? '', false).ref.name);
  }
  const entityBase = `${ROOT_NAMESPACE}.entity`;
  for (const d of [...byFullName.values()].sort((a, b) => cmp(a.fullName, b.fullName))) {
    if (input.complete || d.namespace !== ROOT_NAMESPACE || !isEntity(d.key) || rootTypes.has(d.fullName)) continue;
    const base = baseFullOf(d.fullName);
    const simple = d.fullName.slice(ROOT_NAMESPACE.length + 1);
    if (collectionWrapped.has(d.fullName)) {
      // R3: an entity set for every top-level entity type that the SDK pages through as a collection.
      if (base === entityBase || base === `${ROOT_NAMESPACE}.directoryObject`) {
        addRoot({ kind: 'entitySet', name: pluralize(simple), type: d.fullName, inferred: ['root'] });
      }
    } else if ((base === entityBase || base === null) && !derived.has(d.fullName)) {
      // R2: a singleton for every top-level entity type that no collection holds, under its name
      // without a `Root`/`Container`/`Entity` suffix, and under that name's plural.
      const name = singletonName(simple);
      addRoot({ kind: 'singleton', name, type: d.fullName, inferred: ['root'] });
      addRoot({ kind: 'singleton', name: pluralize(name), type: d.fullName, inferred: ['root'] });
    }
  }

  if (carried) {
    for (const op of carried.operations) {
      const known = (t: TypeRef | null): boolean => t === null || t.name.startsWith('Edm.') || byFullName.has(t.name) || [...enumNames.values()].includes(t.name);
      if (!op.bindingType || !known(op.bindingType) || !known(op.returnType) || !op.parameters.every((p) => known(p.type))) continue;
      addOperation(withInferred(op, [...(op.inferred ?? []), 'operation']));
    }
  }

  // 8. Emit, sorted.
  const types: Record<string, SchemaType> = {};
  const out: SchemaType[] = [];
  for (const d of byFullName.values()) {
    const entity = isEntity(d.key);
    const baseType = baseFullOf(d.fullName);
    const st: StructuredType = withInferred(
      {
        kind: entity ? 'entity' : 'complex',
        name: d.fullName.slice(d.fullName.lastIndexOf('.') + 1),
        namespace: d.fullName.slice(0, d.fullName.lastIndexOf('.')),
        fullName: d.fullName,
        baseType,
        abstract: false,
        openType: false,
        hasStream: mediaTypes.has(d.fullName),
        key: d.key === entityRootKey ? ['id'] : null,
        properties: [...(props.get(d.fullName) ?? [])]
          .map((p) => (streamProperties.has(`${d.fullName}/${p.name}`) && !p.type.collection ? { ...p, type: { name: 'Edm.Stream', collection: false } } : p))
          .sort((a, b) => cmp(a.name, b.name)),
        navigationProperties: navResult.get(d.fullName) ?? [],
      },
      d.key === entityRootKey ? ['key'] : baselessEntities.has(d.key) && !keyedKeys.has(d.key) ? ['kind'] : [],
    );
    out.push(st);
  }
  const writtenAsFlags = new Set<string>();
  for (const m of input.models) {
    for (const f of m.facts.models) {
      for (const p of f.properties) if (p.flags && p.value.kind === 'enum') writtenAsFlags.add(p.value.ref.name);
    }
  }
  for (const mod of input.models) {
    if (SKIPPED_MODEL_DIRS.has(mod.dir.split('/')[0] ?? '')) continue;
    for (const e of mod.facts.enums) {
      const fullName = enumNames.get(typeKey(mod.dir, e.name));
      if (!fullName || types[fullName]) continue;
      const isFlags = e.flags ?? writtenAsFlags.has(e.name);
      const en: EnumType = withInferred(
        {
          kind: 'enum',
          name: fullName.slice(fullName.lastIndexOf('.') + 1),
          namespace: fullName.slice(0, fullName.lastIndexOf('.')),
          fullName,
          isFlags,
          underlyingType: 'Edm.Int32',
          // Go states flags members as powers of two from 1 (`1 << p`); the npm packages state none
          members: e.members.map((name, i) => ({ name, value: String(isFlags ? (e.flags ? 2 ** i : i === 0 ? 0 : 2 ** (i - 1)) : i) })),
        },
        // E1: flags-ness is only stated when a property writes the enum as a flags set (or the module says, Go).
        isFlags || e.flags !== undefined ? [] : ['flags'],
      );
      types[fullName] = en;
      enums.push(en);
    }
  }
  for (const t of out.sort((a, b) => cmp(a.fullName, b.fullName))) types[t.fullName] = t;
  const sortedTypes: Record<string, SchemaType> = {};
  for (const k of Object.keys(types).sort(cmp)) sortedTypes[k] = types[k] as SchemaType;

  const namespaces = [...new Set(Object.values(sortedTypes).map((t) => t.namespace))].sort(cmp);
  return {
    source: input.source,
    apiVersion: input.apiVersion,
    namespaces,
    aliases: {},
    types: sortedTypes,
    operations: [...operations.entries()].sort(([a], [b]) => cmp(a, b)).map(([, op]) => op),
    container: {
      name: 'GraphService',
      elements: [...elements.values()].sort((a, b) => cmp(a.name, b.name)),
      operationImports: [],
    },
    unknownFacts: input.complete ? SDK_UNKNOWN_FACTS : EMBEDDED_UNKNOWN_FACTS,
    operationsKnownFor: [...operationsKnown.entries()].sort(([a], [b]) => cmp(a, b)).map(([, t]) => t),
    ...(computed.length > 0 ? { computed: [...new Set(computed)].sort(cmp) } : {}),
  };
}
