/**
 * The resolver: RequestIR + Schema → TypedRequest. Gives the URL path its meaning (entity sets,
 * navigation, keys, casts, operations, `$value`/`$ref`/`$count`, colon paths), decides the
 * operation, and types the body. Never throws for bad input: every problem is reported on the page's
 * VFile at the IR element's place, and what cannot be typed is kept (untyped, or a partial path)
 * with `resolved: false` and a reason.
 *
 * Documented choices for values that contradict the schema (each one reported):
 * - `"true"`/`"false"` (any case) for Edm.Boolean → the Boolean (`schema:value-coerced`);
 * - a numeric string for a numeric Edm type → the number;
 * - a number or Boolean for Edm.String → its JSON text as a string;
 * - a date-time string for Edm.Date → its date part (`2020-09-08T12:02:30Z` → `2020-09-08`);
 * - anything else that contradicts the type (an object for a primitive, a string for an object, a
 *   scalar for a collection) → kept as untyped JSON (`schema:value-mismatch`), never guessed.
 * Placeholders (`"String"`, `"{id}"`, …) are kept as written and marked, whatever the type.
 * Enum values naming no member are kept as written and marked (never replaced by another member).
 */
import { sdkDeclaredQuery, sdkSurfaceGap } from './surface.js';
import { reportDeprecations } from './deprecated.js';
import { isGraphHost } from './url.js';
import type { VFile } from 'vfile';
import type { Place } from '../diagnostics/types.js';
import type { RuleId } from '../diagnostics/catalogue.js';
import { report } from '../diagnostics/report.js';
import { isEdmPrimitive, type EdmPrimitive } from '../schema/edm.js';
import { pluralize, singletonName } from '../schema/embedded/infer.js';
import type { InferredFact, Operation, StructuredType, TypeRef } from '../schema/model.js';
import type { Schema } from '../schema/schema.js';
import { closestNames, deepFreeze, placeholderKind } from './resolve-values.js';
import type {
  AdditionalProperty,
  Annotation,
  Inference,
  InferenceRule,
  OperationKind,
  PathStep,
  TypedBody,
  TypedProperty,
  TypedRequest,
  TypedUrlValue,
  TypedValue,
  UnresolvedReason,
} from './typed.js';
import type { JsonNode, NamedUrlValue, PathSegment, RequestIR, UrlValue } from './types.js';

type ObjectNode = Extract<JsonNode, { kind: 'object' }>;
type Segment = PathSegment;

const NUMERIC: ReadonlySet<string> = new Set([
  'Edm.Byte',
  'Edm.SByte',
  'Edm.Int16',
  'Edm.Int32',
  'Edm.Int64',
  'Edm.Single',
  'Edm.Double',
  'Edm.Decimal',
]);
const INTEGER: ReadonlySet<string> = new Set(['Edm.Byte', 'Edm.SByte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64']);
const STRING_SHAPED: ReadonlySet<string> = new Set([
  'Edm.String',
  'Edm.Guid',
  'Edm.Date',
  'Edm.DateTimeOffset',
  'Edm.TimeOfDay',
  'Edm.Duration',
  'Edm.Binary',
  'Edm.Stream',
]);

const lower = (s: string): string => s.toLowerCase();
const shortName = (fullName: string): string => fullName.slice(fullName.lastIndexOf('.') + 1);
const describe = (type: TypeRef): string => (type.collection ? `Collection(${type.name})` : type.name);

/** The segment as written (for messages and unresolved steps). */
function segmentText(segment: Segment): string {
  switch (segment.kind) {
    case 'name':
    case 'qualified':
      return segment.name;
    case 'call':
      return `${segment.name}(${segment.parameters.map((p) => (p.name === null ? '' : `${p.name}=`) + urlValueText(p.value)).join(',')})`;
    case 'key':
      return `(${segment.keys.map((k) => (k.name === null ? '' : `${k.name}=`) + urlValueText(k.value)).join(',')})`;
    case 'colonPath':
      return `:${segment.path}:`;
    case 'value':
      return '$value';
    case 'ref':
      return '$ref';
    case 'count':
      return '$count';
  }
}

function urlValueText(value: NamedUrlValue['value']): string {
  switch (value.kind) {
    case 'placeholder':
      return value.spelling;
    case 'string':
      return value.quoted ? `'${value.value}'` : value.value;
    case 'number':
      return value.raw;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    default:
      return 'value' in value ? String((value as { value: unknown }).value) : '';
  }
}

function jsonKind(node: JsonNode): string {
  return node.kind === 'object' ? 'an object' : node.kind === 'array' ? 'an array' : node.kind === 'null' ? 'null' : `a ${node.kind}`;
}

function jsonText(node: JsonNode): string {
  switch (node.kind) {
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return '[…]';
    case 'object':
      return '{…}';
  }
}

const ROOT_NAMESPACE = 'microsoft.graph';

/** Only for a schema that says it is incomplete: every root name an entity type suggests (rule `root-from-type-name`). */
const inferredRootsCache = new WeakMap<Schema, Map<string, { kind: 'entitySet' | 'singleton'; type: string }>>();

function inferredRoots(schema: Schema): Map<string, { kind: 'entitySet' | 'singleton'; type: string }> {
  const cached = inferredRootsCache.get(schema);
  if (cached) return cached;
  const roots = new Map<string, { kind: 'entitySet' | 'singleton'; type: string }>();
  const entities = Object.values(schema.model.types)
    .filter((t): t is StructuredType => t.kind === 'entity')
    // Types of the root namespace first, then by full name: the first claim of a name wins.
    .sort((a, b) => Number(a.namespace !== 'microsoft.graph') - Number(b.namespace !== 'microsoft.graph') || (a.fullName < b.fullName ? -1 : 1));
  for (const t of entities) {
    const plural = pluralize(t.name);
    if (!roots.has(plural)) roots.set(plural, { kind: 'entitySet', type: t.fullName });
  }
  for (const t of entities) {
    for (const name of [t.name, singletonName(t.name)]) if (!roots.has(name)) roots.set(name, { kind: 'singleton', type: t.fullName });
  }
  // The end of a root-namespace type name after a camel-case word boundary (`cloudCommunications` →
  // `communications`), when exactly one type ends so.
  const suffixes = new Map<string, string[]>();
  for (const t of entities) {
    if (t.namespace !== ROOT_NAMESPACE) continue;
    for (const m of t.name.matchAll(/(?<=[a-z0-9])[A-Z]/g)) {
      const suffix = t.name.charAt(m.index).toLowerCase() + t.name.slice(m.index + 1);
      suffixes.set(suffix, [...(suffixes.get(suffix) ?? []), t.fullName]);
    }
  }
  for (const [suffix, types] of suffixes) {
    if (types.length === 1 && !roots.has(suffix)) roots.set(suffix, { kind: 'singleton', type: types[0]! });
  }
  inferredRootsCache.set(schema, roots);
  return roots;
}


/**
 * Kiota's (and the OpenAPI description's) rule for key parameters repeated within one path: the
 * second `chatMessage-id` is `chatMessage-id1`, the third `chatMessage-id2`.
 */
function numberKeyParameters(steps: PathStep[]): PathStep[] {
  const seen = new Map<string, number>();
  return steps.map((step) => {
    if (step.kind !== 'key') return step;
    const count = seen.get(step.parameterName) ?? 0;
    seen.set(step.parameterName, count + 1);
    return count === 0 ? step : { ...step, parameterName: `${step.parameterName}${count}` };
  });
}

/** `recipients` → `recipient`, `policies` → `policy` (for parameter names only). */
function singular(name: string): string {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}

/** The Edm type a URL literal suggests (rule `function-argument-from-url`). */
function urlValueType(value: NamedUrlValue['value']): TypeRef {
  switch (value.kind) {
    case 'number':
      return { name: Number.isInteger(value.value) ? 'Edm.Int32' : 'Edm.Double', collection: false };
    case 'boolean':
      return { name: 'Edm.Boolean', collection: false };
    default:
      return { name: 'Edm.String', collection: false };
  }
}

/** The type a JSON value suggests (rule `parameter-from-json`). */
function jsonValueType(json: JsonNode): TypeRef {
  switch (json.kind) {
    case 'string':
      return { name: 'Edm.String', collection: false };
    case 'boolean':
      return { name: 'Edm.Boolean', collection: false };
    case 'number':
      return { name: !Number.isInteger(json.value) ? 'Edm.Double' : Math.abs(json.value) > 2147483647 ? 'Edm.Int64' : 'Edm.Int32', collection: false };
    case 'array': {
      const first = json.items.find((i) => i.kind !== 'null');
      return { name: first ? jsonValueType(first).name : 'Edm.Untyped', collection: true };
    }
    default:
      return { name: 'Edm.Untyped', collection: false };
  }
}

/** Whether a JSON value has the shape of a type (used to accept an inferred parameter type). */
function jsonFits(json: JsonNode, type: TypeRef, lookup: (name: string) => { kind: string } | undefined): boolean {
  if (json.kind === 'null') return true;
  if (type.collection) {
    return json.kind === 'array' && json.items.every((item) => jsonFits(item, { name: type.name, collection: false }, lookup));
  }
  if (type.name === 'Edm.Untyped') return true;
  if (type.name === 'Edm.Boolean') return json.kind === 'boolean';
  if (NUMERIC.has(type.name)) return json.kind === 'number';
  if (STRING_SHAPED.has(type.name)) return json.kind === 'string';
  const schemaType = lookup(type.name);
  if (!schemaType) return false;
  return schemaType.kind === 'enum' ? json.kind === 'string' : json.kind === 'object';
}

class Resolver {
  readonly reasons: UnresolvedReason[] = [];
  readonly inferences: Inference[] = [];
  /** Facts the schema marks as inferred that this request uses (reported once, at the end). */
  readonly schemaFacts: string[] = [];
  /** Whether the segment being resolved is the last one of the path. */
  private lastSegment = false;
  /** The step before the segment being resolved. */
  private previousStep: PathStep | null = null;

  constructor(
    private readonly schema: Schema,
    private readonly file: VFile,
    private readonly request: RequestIR,
  ) {}

  /** Reports a message; when `unresolved`, also records it as a reason the request is not fully resolved. */
  private say(ruleId: RuleId, message: string, place: Place, unresolved = false): void {
    report(this.file, ruleId, message, place);
    if (unresolved) this.reasons.push({ ruleId, message, place });
  }

  /** Records an inference made here (the schema is incomplete) and reports it. */
  private infer(rule: InferenceRule, what: string, place: Place, ruleId: RuleId): void {
    this.inferences.push({ rule, what, place });
    report(this.file, ruleId, `${what} (${rule}): ${this.schema.model.source} is incomplete, so the snippet rests on a guess`, place);
  }

  /** Records the use of an element the schema marks as inferred (`schema-fact`). */
  private schemaFact(element: { readonly inferred?: readonly InferredFact[] }, what: string, place: Place): InferenceRule | undefined {
    if (!element.inferred || element.inferred.length === 0) return undefined;
    const text = `${what} (${element.inferred.join(', ')})`;
    this.inferences.push({ rule: 'schema-fact', what: text, place });
    this.schemaFacts.push(text);
    return 'schema-fact';
  }

  /** One `schema:inferred-fact` message listing the schema's own inferences the request uses. */
  reportSchemaFacts(): void {
    if (this.schemaFacts.length === 0) return;
    const shown = this.schemaFacts.slice(0, 5).join('; ');
    const more = this.schemaFacts.length > 5 ? `; … ${this.schemaFacts.length - 5} more` : '';
    report(this.file, 'schema:inferred-fact', `the request uses facts ${this.schema.model.source} inferred: ${shown}${more}`, this.request.place);
  }

  /**
   * A request whose host is not Graph's (a pre-authenticated download URL the docs show after a
   * redirect): no Graph schema describes it, so it is reported once and left untyped, with an
   * empty path, and no target renders it.
   */
  foreignHost(apiVersion: ApiVersionOrNull): TypedRequest {
    const req = this.request;
    this.say('schema:not-graph-url', `the host '${req.url.host}' is not Graph's: the URL addresses no Graph API, so it is not typed`, req.url.place, true);
    return deepFreeze({
      name: req.name,
      file: req.file,
      index: req.index,
      place: req.place,
      method: req.method,
      apiVersion: req.url.apiVersion ?? apiVersion,
      schemaSource: this.schema.model.source,
      operation: 'unknown',
      path: [],
      target: null,
      query: req.url.query,
      headers: req.headers,
      body: null,
      resolved: false,
      reasons: this.reasons,
      restsOnInference: false,
      inferences: [],
    });
  }

  // ───────────────────────────── path ─────────────────────────────

  resolvePath(): PathStep[] {
    const steps: PathStep[] = [];
    const segments = this.request.url.path;
    let current: TypeRef | null = null;
    let previous: PathStep | null = null;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      this.lastSegment = i === segments.length - 1;
      this.previousStep = previous;
      const next: PathStep | PathStep[] | null =
        i === 0 ? this.rootStep(segment) : this.nextStep(segment, current, previous);
      const added: PathStep[] = next === null ? [] : Array.isArray(next) ? next : [next];
      steps.push(...added);
      const last: PathStep | undefined = added[added.length - 1];
      if (last?.kind === 'unresolved' && i < segments.length - 1) {
        // the path targets that print the path as written (JavaScript) keep what follows
        steps[steps.length - 1] = { ...last, rest: segments.slice(i + 1).map(segmentText).join('/') };
      }
      if (!last || last.kind === 'unresolved') break;
      current = last.type;
      previous = last;
    }
    if (segments.length === 0) {
      this.say('schema:unknown-segment', 'the URL has no path to resolve', this.request.url.place, true);
    }
    return numberKeyParameters(steps);
  }

  private unresolved(segment: Segment, candidates: Iterable<string>, what: string): PathStep {
    const written = segmentText(segment);
    const name = segment.kind === 'call' ? segment.name : written;
    const suggestions = closestNames(name, candidates);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
    this.say('schema:unknown-segment', `unknown segment '${written}' ${what}${hint}`, segment.place, true);
    return { kind: 'unresolved', written, suggestions, type: null, place: segment.place };
  }

  private rootStep(segment: Segment): PathStep | PathStep[] {
    const candidates = [
      ...this.schema.model.container.elements.map((e) => e.name),
      ...this.schema.model.container.operationImports.map((i) => i.name),
    ];
    const name = segment.kind === 'name' || segment.kind === 'call' || segment.kind === 'qualified' ? segment.name : null;
    if (name !== null) {
      const element = segment.kind !== 'qualified' ? this.schema.containerElement(name) : undefined;
      if (element) {
        const inferred = this.schemaFact(element, `${element.kind === 'entitySet' ? 'entity set' : 'singleton'} '${element.name}'`, segment.place);
        const next = this.request.url.path[1];
        if (element.kind === 'singleton' && inferred && next?.kind === 'key' && segment.kind === 'name' && this.schema.lacks('roots')) {
          // The schema guessed a singleton, but the page indexes it: an entity set.
          this.infer('entity-set-from-key', `'${element.name}' is taken as an entity set of ${element.type}, since a key follows it`, segment.place, 'schema:inferred-segment');
          return { kind: 'entitySet', name: element.name, type: { name: element.type, collection: true }, place: segment.place, inferred: 'entity-set-from-key' };
        }
        const step: PathStep = {
          kind: element.kind,
          name: element.name,
          type: { name: element.type, collection: element.kind === 'entitySet' },
          place: segment.place,
          ...(inferred ? { inferred } : {}),
        };
        if (segment.kind === 'call') {
          // `users(id='…')` written as a call: a keyed entity set.
          return [step, this.keyStep(segment.parameters, step.type!, segment.place, 'parentheses', element.keyParameter)];
        }
        return step;
      }
      const imported = this.schema.operationImport(name);
      if (imported && imported.operations.length > 0) {
        const args = segment.kind === 'call' ? segment.parameters : [];
        return this.operationStep(imported.operations, args, segment, false);
      }
      const guessed = segment.kind !== 'qualified' && this.schema.lacks('roots') ? inferredRoots(this.schema).get(name) : undefined;
      if (guessed && this.schema.structuredType(guessed.type)) {
        const keyed = guessed.kind === 'singleton' && segment.kind === 'name' && this.request.url.path[1]?.kind === 'key';
        const kind = keyed ? 'entitySet' : guessed.kind;
        this.infer('root-from-type-name', `'${name}' is taken as the ${kind === 'entitySet' ? 'entity set' : 'singleton'} of ${guessed.type}`, segment.place, 'schema:inferred-segment');
        if (keyed) this.infer('entity-set-from-key', `'${name}' is taken as an entity set, since a key follows it`, segment.place, 'schema:inferred-segment');
        const step: PathStep = {
          kind,
          name,
          type: { name: guessed.type, collection: kind === 'entitySet' },
          place: segment.place,
          inferred: 'root-from-type-name',
        };
        if (segment.kind === 'call') {
          if (guessed.kind === 'entitySet') return [step, this.keyStep(segment.parameters, step.type!, segment.place, 'parentheses')];
          return this.unresolved(segment, candidates, 'at the root of the service');
        }
        return step;
      }
    }
    return this.unresolved(segment, candidates, 'at the root of the service');
  }

  private nextStep(segment: Segment, current: TypeRef | null, previous: PathStep | null): PathStep | PathStep[] {
    if (current === null || previous === null) return this.unresolved(segment, [], 'after a segment with no type');
    if (previous.kind === 'operation' && (previous.operationKind === 'action' || !previous.composable)) {
      this.say('schema:unexpected-segment', `'${segmentText(segment)}' follows ${previous.operationKind} '${previous.name}', which is not composable`, segment.place, true);
      return { kind: 'unresolved', written: segmentText(segment), suggestions: [], type: null, place: segment.place };
    }
    const structured = current.name.startsWith('Edm.') ? undefined : this.schema.structuredType(current.name);
    switch (segment.kind) {
      case 'key': {
        const guessedEntity = current.collection && structured?.kind === 'complex' && this.schema.lacks('type-kind');
        if (guessedEntity) this.inferEntity(structured, segment.place);
        if (current.collection && (structured?.kind === 'entity' || guessedEntity)) {
          return this.keyStep(segment.keys, current, segment.place, this.isPlaceholderKey(segment.keys) ? 'placeholder' : 'parentheses', this.keyParameterAfter());
        }
        const stand = !current.collection && structured !== undefined && this.isPlaceholderKey(segment.keys) ? this.placeholderProperty(segment, structured) : null;
        if (stand !== null) return stand;
        this.say('schema:unexpected-segment', `a key '${segmentText(segment)}' can only follow a collection of entities, not ${describe(current)}`, segment.place, true);
        return { kind: 'unresolved', written: segmentText(segment), suggestions: [], type: null, place: segment.place };
      }
      case 'name':
      case 'call':
        return this.namedStep(segment, current, structured);
      case 'qualified':
        return this.qualifiedStep(segment, segment.name, current);
      case 'colonPath': {
        if (structured?.kind === 'entity') {
          // `root:/folder/file.txt:` addresses another item of the same type (a driveItem).
          const type = { name: structured.fullName, collection: false };
          return { kind: 'colonPath', path: segment.path, type: current.collection ? type : current, place: segment.place };
        }
        this.say('schema:unexpected-segment', `path addressing ':${segment.path}:' needs an entity (a driveItem), not ${describe(current)}`, segment.place, true);
        return { kind: 'unresolved', written: segmentText(segment), suggestions: [], type: null, place: segment.place };
      }
      case 'value': {
        const stream =
          (!current.collection && structured !== undefined && this.schema.ancestry(structured.fullName).some((t) => t.hasStream)) ||
          (!current.collection && current.name.startsWith('Edm.'));
        if (!stream && !current.collection && structured?.kind === 'entity' && this.schema.lacks('has-stream')) {
          this.infer('stream-from-value', `${structured.fullName} is taken as a media entity (HasStream)`, segment.place, 'schema:inferred-segment');
          return { kind: 'value', type: { name: 'Edm.Stream', collection: false }, place: segment.place, inferred: 'stream-from-value' };
        }
        if (!stream) {
          this.say('schema:unexpected-segment', `'$value' needs a media entity (HasStream) or a primitive property, not ${describe(current)}`, segment.place, true);
        }
        return { kind: 'value', type: { name: 'Edm.Stream', collection: false }, place: segment.place };
      }
      case 'ref': {
        if (structured?.kind !== 'entity') {
          this.say('schema:unexpected-segment', `'$ref' needs entities, not ${describe(current)}`, segment.place, true);
        }
        return { kind: 'ref', type: current, place: segment.place };
      }
      case 'count': {
        if (!current.collection) {
          this.say('schema:unexpected-segment', `'$count' needs a collection, not ${describe(current)}`, segment.place, true);
        }
        return { kind: 'count', type: { name: 'Edm.Int32', collection: false }, place: segment.place };
      }
    }
  }

  /**
   * A `{placeholder}` segment after a single structured value, where a property name belongs
   * (`/thumbnails/{thumb-id}/{size}`: `{size}` stands for small, medium, large, source or a custom
   * size of the open thumbnailSet). It resolves when every structured property the type itself
   * declares has one and the same type, so the step's type is known whichever name is meant; the
   * first of them stands in for the name, and a diagnostic says so. Otherwise null.
   */
  private placeholderProperty(segment: Extract<Segment, { kind: 'key' }>, structured: StructuredType): PathStep | null {
    const candidates = structured.properties.filter((p) => !p.type.name.startsWith('Edm.') && this.schema.structuredType(p.type.name) !== undefined);
    const first = candidates[0];
    if (candidates.length < 2 || first === undefined) return null;
    if (!candidates.every((p) => p.type.name === first.type.name && p.type.collection === first.type.collection)) return null;
    const names = candidates.map((p) => p.name);
    this.say(
      'schema:placeholder-segment',
      `'${segment.raw}' stands for a property of ${structured.fullName} (${names.join(', ')}${structured.openType ? ', or a dynamic one' : ''}), each a ${describe(first.type)}: the segment is typed as that`,
      segment.place,
    );
    return { kind: 'property', name: first.name, declaringType: structured.fullName, type: first.type, placeholder: segment.raw, place: segment.place };
  }

  /** Records that a collection of a type the incomplete schema calls complex is taken as entities (a key follows). */
  private inferEntity(type: StructuredType, place: Place): void {
    this.infer('entity-from-key', `${type.fullName} is taken as an entity type, since a key follows a collection of it`, place, 'schema:inferred-segment');
  }

  /** The key parameter name the schema states for the collection the previous step addresses (SDK metadata), if any. */
  private keyParameterAfter(): string | undefined {
    const previous = this.previousStep;
    if (previous?.kind === 'entitySet') return this.schema.containerElement(previous.name)?.keyParameter;
    if (previous?.kind === 'navigation') return this.schema.navigation(previous.declaringType, previous.name)?.keyParameter;
    return undefined;
  }

  private isPlaceholderKey(keys: readonly NamedUrlValue[]): boolean {
    return keys.length === 1 && keys[0]!.value.kind === 'placeholder' && keys[0]!.name === null;
  }

  private keyStep(
    keys: readonly NamedUrlValue[],
    collection: TypeRef,
    place: Place,
    syntax: 'placeholder' | 'parentheses' | 'segment',
    keyParameter?: string,
  ): PathStep {
    const entity = this.schema.structuredType(collection.name);
    const entityType = entity?.fullName ?? collection.name;
    const keyNames = this.schema.key(entityType) ?? [];
    const typed: TypedUrlValue[] = keys.map((key, index) => {
      const name = key.name ?? (keys.length === 1 ? keyNames[0] ?? null : keyNames[index] ?? null);
      const property = name === null ? undefined : this.schema.property(entityType, name);
      return {
        name: property?.name ?? name,
        writtenName: key.name,
        value: key.value,
        type: property?.type ?? null,
        place: key.place,
      };
    });
    const entityTypeName = shortName(entityType);
    return {
      kind: 'key',
      keys: typed,
      entityType,
      entityTypeName,
      parameterName: keyParameter ?? `${entityTypeName}-id`,
      syntax,
      type: { name: entityType, collection: false },
      place,
    };
  }

  private namedStep(
    segment: Extract<Segment, { kind: 'name' | 'call' }>,
    current: TypeRef,
    structured: StructuredType | undefined,
  ): PathStep | PathStep[] {
    const name = segment.name;
    const args = segment.kind === 'call' ? segment.parameters : [];
    if (name.includes('.')) {
      // An alias-qualified name the IR did not recognise as qualified (`graph.user`); an id such as
      // `contoso.sharepoint.com` names no type or operation and stays a name.
      const full = this.schema.fullName(name);
      if (this.schema.structuredType(full) || this.schema.operations(full).length > 0) return this.qualifiedStep(segment, name, current);
    }
    if (structured === undefined) {
      this.say('schema:unexpected-segment', `'${segmentText(segment)}' cannot follow ${describe(current)}`, segment.place, true);
      return { kind: 'unresolved', written: segmentText(segment), suggestions: [], type: null, place: segment.place };
    }
    const ops = this.schema.boundOperations(structured.fullName, current.collection, name);
    if (current.collection) {
      if (ops.length > 0) return this.operationStep(ops, args, segment, true);
      if (segment.kind === 'call') {
        const inferred = this.inferOperation(segment, name, args, current);
        if (inferred) return inferred;
        return this.unresolved(segment, this.schema.boundOperations(structured.fullName, true).map((o) => o.name), `on ${describe(current)}`);
      }
      if (structured.kind !== 'entity' && this.schema.lacks('type-kind')) {
        this.inferEntity(structured, segment.place);
      } else if (structured.kind !== 'entity') {
        this.say('schema:unexpected-segment', `'${name}' cannot follow ${describe(current)}: items of a collection of complex values have no key`, segment.place, true);
        return { kind: 'unresolved', written: segmentText(segment), suggestions: [], type: null, place: segment.place };
      }
      // Any other name after a collection of entities is a key written as a segment (`/users/48d3…`, `/mailFolders/inbox`).
      const value: NamedUrlValue = { name: null, value: { kind: 'string', value: name, quoted: false }, place: segment.place };
      return this.keyStep([value], current, segment.place, 'segment', this.keyParameterAfter());
    }
    const navigation = this.schema.navigation(structured.fullName, name);
    if (navigation) {
      const declaring = this.schema.ancestry(structured.fullName).find((t) => t.navigationProperties.includes(navigation));
      const step: PathStep = {
        kind: 'navigation',
        name: navigation.name,
        containsTarget: navigation.containsTarget,
        declaringType: declaring?.fullName ?? structured.fullName,
        type: navigation.type,
        place: segment.place,
      };
      if (segment.kind === 'call') {
        // `messages(id='…')` written as a call: a keyed navigation.
        if (!navigation.type.collection) {
          this.say('schema:unexpected-segment', `'${navigation.name}' is single-valued and takes no key`, segment.place, true);
          return step;
        }
        return [step, this.keyStep(args, navigation.type, segment.place, 'parentheses', navigation.keyParameter)];
      }
      return step;
    }
    const property = segment.kind === 'name' ? this.schema.property(structured.fullName, name) : undefined;
    if (property) {
      const declaring = this.schema.ancestry(structured.fullName).find((t) => t.properties.includes(property));
      const step = {
        kind: 'property' as const,
        name: property.name,
        declaringType: declaring?.fullName ?? structured.fullName,
        type: property.type,
        place: segment.place,
      };
      if (property.type.name === 'Edm.Binary' && !property.type.collection && this.schema.lacks('has-stream')) {
        // SDK models read a stream property as bytes; a binary property addressed as a path
        // segment (`/items/{id}/content`) is the resource's stream
        this.infer('stream-from-path', `${structured.fullName}.${property.name} is taken as a stream (Edm.Stream), since the path addresses it`, segment.place, 'schema:inferred-segment');
        return { ...step, type: { name: 'Edm.Stream', collection: false }, inferred: 'stream-from-path' };
      }
      return step;
    }
    if (ops.length > 0) return this.operationStep(ops, args, segment, true, structured.fullName);
    const inferred = this.inferOperation(segment, name, args, current);
    if (inferred) return inferred;
    const candidates = [
      ...this.schema.navigationProperties(structured.fullName).map((n) => n.name),
      ...this.schema.properties(structured.fullName).map((p) => p.name),
      ...this.schema.boundOperations(structured.fullName, false).map((o) => o.name),
    ];
    return this.unresolved(segment, candidates, `on ${structured.fullName}`);
  }

  private qualifiedStep(segment: Segment, written: string, current: TypeRef): PathStep {
    const full = this.schema.fullName(written);
    const type = this.schema.type(full);
    if (type && type.kind !== 'enum') {
      const currentType = this.schema.structuredType(current.name);
      if (!currentType || !this.schema.isSameOrDerived(type.fullName, currentType.fullName)) {
        this.say('schema:invalid-cast', `cannot cast ${describe(current)} to ${type.fullName}: it is not derived from ${current.name}`, segment.place, true);
      }
      return { kind: 'cast', typeName: type.fullName, written, type: { name: type.fullName, collection: current.collection }, place: segment.place };
    }
    const structured = this.schema.structuredType(current.name);
    const ops = structured ? this.schema.boundOperations(structured.fullName, current.collection, full) : [];
    if (ops.length > 0) return this.operationStep(ops, segment.kind === 'call' ? segment.parameters : [], segment, true, structured && !current.collection ? structured.fullName : undefined);
    if (segment.kind === 'qualified' && current.collection && structured?.kind === 'entity' && !this.isSchemaNamespace(full)) {
      // A dotted key that only looks qualified (an open extension's name, `Microsoft.OutlookServices.
      // OpenTypeExtension.Com.Contoso.Estimate`): its namespace is none of the schema's, so it can
      // name no type and no operation, and after a collection of entities it is the key.
      const value: NamedUrlValue = { name: null, value: { kind: 'string', value: written, quoted: false }, place: segment.place };
      return this.keyStep([value], current, segment.place, 'segment', this.keyParameterAfter());
    }
    if (structured && segment.kind !== 'colonPath' && segment.kind !== 'key' && 'name' in segment) {
      const inferred = this.inferOperation(segment, written, segment.kind === 'call' ? segment.parameters : [], current);
      if (inferred) return inferred;
    }
    const candidates = structured
      ? [
          ...this.schema.derivedTypes(structured.fullName),
          ...this.schema.boundOperations(structured.fullName, current.collection).map((o) => o.fullName),
        ]
      : [];
    return this.unresolved(segment, candidates, `on ${describe(current)} (no such derived type or bound operation)`);
  }

  /** Whether the namespace part of a full name (`microsoft.graph.security` of `microsoft.graph.security.close`) is one the schema declares. */
  private isSchemaNamespace(fullName: string): boolean {
    const namespace = lower(fullName.slice(0, Math.max(0, fullName.lastIndexOf('.'))));
    return this.schema.model.namespaces.some((n) => lower(n) === namespace);
  }

  /**
   * An operation the incomplete schema lacks, inferred from the request (never for a complete schema):
   * `name(…)` is a function (`function-from-call`); a last segment POSTed to is an action whose
   * parameters are the body's keys (`action-from-post`); a last segment read with GET is a function
   * without parameters (`function-from-get`). Null when no rule applies.
   */
  private inferOperation(segment: Segment, written: string, args: readonly NamedUrlValue[], binding: TypeRef): PathStep | null {
    if (this.schema.knowsOperationsOf(binding)) return null;
    const method = this.request.method;
    const dot = written.lastIndexOf('.');
    const name = dot < 0 ? written : written.slice(dot + 1);
    const returnType = this.lastSegment ? null : this.inferReturnType(name, binding);
    let rule: InferenceRule;
    if (segment.kind === 'call') rule = 'function-from-call';
    else if (this.lastSegment && method === 'POST') rule = 'action-from-post';
    else if (this.lastSegment && method === 'GET' && !binding.collection) rule = 'function-from-get';
    else if (!this.lastSegment && returnType !== null && !binding.collection) rule = 'function-from-get';
    else return null;
    const bindingNamespace = this.schema.structuredType(binding.name)?.namespace ?? ROOT_NAMESPACE;
    const namespace = dot < 0 ? bindingNamespace : this.schema.fullName(written).slice(0, this.schema.fullName(written).lastIndexOf('.'));
    const fullName = `${namespace}.${name}`;
    const kind = rule === 'action-from-post' ? 'action' : 'function';
    this.infer(rule, `'${segmentText(segment)}' is taken as ${kind} ${fullName} bound to ${describe(binding)}`, segment.place, 'schema:inferred-segment');
    if (returnType !== null) {
      this.infer('return-from-type-name', `${fullName} is taken to return ${describe(returnType)}, since a segment follows it`, segment.place, 'schema:inferred-parameter');
    }
    const parameters: { name: string; type: TypeRef; nullable: boolean; inferred: InferenceRule }[] = [];
    const typedArgs: TypedUrlValue[] = [];
    if (kind === 'action') {
      const body = this.request.body;
      if (body?.kind === 'json' && body.value.kind === 'object') {
        for (const entry of body.value.entries) {
          if (entry.key.includes('@')) continue;
          const { type, rule: how } = this.inferParameterType(entry.key, entry.value, binding);
          parameters.push({ name: entry.key, type, nullable: true, inferred: how });
          this.infer(how, `parameter '${entry.key}' of ${fullName} is taken as ${describe(type)}`, entry.keyPlace, 'schema:inferred-parameter');
        }
      }
    } else {
      args.forEach((arg, index) => {
        const argName = arg.name ?? `parameter${index + 1}`;
        const type = urlValueType(arg.value);
        parameters.push({ name: argName, type, nullable: true, inferred: 'function-argument-from-url' });
        this.infer('function-argument-from-url', `parameter '${argName}' of ${fullName} is taken as ${describe(type)}`, arg.place, 'schema:inferred-parameter');
        typedArgs.push({ name: argName, writtenName: arg.name, value: arg.value, type, place: arg.place });
      });
    }
    return {
      kind: 'operation',
      operationKind: kind,
      name,
      fullName,
      bound: true,
      bindingType: binding,
      qualified: dot >= 0,
      arguments: typedArgs,
      parameters,
      returnType,
      composable: kind === 'function' && !this.lastSegment,
      type: returnType,
      place: segment.place,
      inferred: rule,
    };
  }

  /**
   * The return type of an inferred composable function (a segment follows it): the structured type
   * named as the function, or as the function prefixed by the leading camel-case words of the binding
   * type (`range` bound to `workbookNamedItem` → `workbookRange`), in the binding type's namespace.
   * Null when none or several fit.
   */
  private inferReturnType(name: string, binding: TypeRef): TypeRef | null {
    const capital = name.charAt(0).toUpperCase() + name.slice(1);
    const namespace = this.schema.structuredType(binding.name)?.namespace ?? ROOT_NAMESPACE;
    const bindingName = shortName(binding.name);
    const prefixes = [...bindingName.matchAll(/(?<=[a-z0-9])[A-Z]/g)].map((m) => bindingName.slice(0, m.index)).reverse();
    for (const candidate of [name, ...prefixes.map((p) => p + capital)]) {
      const named = this.schema.typesNamed(candidate).filter((t) => t.name === candidate && t.namespace === namespace);
      if (named.length === 1) return { name: named[0]!.fullName, collection: false };
    }
    return null;
  }

  /** The type of an inferred action's parameter: from the binding type, a type's name, same-named properties, or the JSON value. */
  private inferParameterType(name: string, json: JsonNode, binding: TypeRef): { type: TypeRef; rule: InferenceRule } {
    const fits = (type: TypeRef): boolean => jsonFits(json, type, (n) => this.schema.type(n));
    const property = this.schema.structuredType(binding.name) ? this.schema.property(binding.name, name) : undefined;
    if (property && fits(property.type)) return { type: property.type, rule: 'parameter-from-property' };
    const collection = json.kind === 'array';
    for (const candidate of [name, singular(name)]) {
      const named = this.schema.typesNamed(candidate);
      const preferred = named.find((t) => t.namespace === ROOT_NAMESPACE) ?? (named.length === 1 ? named[0] : undefined);
      if (preferred) {
        const type = { name: preferred.fullName, collection };
        if (fits(type)) return { type, rule: 'parameter-from-type-name' };
      }
    }
    const sameNamed = this.schema.typesOfPropertiesNamed(name).filter(fits);
    if (sameNamed.length === 1) return { type: sameNamed[0]!, rule: 'parameter-from-same-named-properties' };
    return { type: jsonValueType(json), rule: 'parameter-from-json' };
  }

  /** Picks the overload that fits the method and the arguments, and types the arguments. */
  private operationStep(
    candidates: readonly Operation[],
    args: readonly NamedUrlValue[],
    segment: Segment,
    bound: boolean,
    /** The entity type of the single item the operation is bound to (for `collectionTwin`). */
    itemType?: string,
  ): PathStep {
    const method = this.request.method;
    const preferKind = method === 'GET' ? 'function' : method === 'POST' ? 'action' : null;
    let pool = candidates;
    if (preferKind && pool.some((o) => o.kind === preferKind)) pool = pool.filter((o) => o.kind === preferKind);
    // Only the nearest binding (the type itself before its base types) when several bind the name.
    const nearest = pool[0]!.bindingType?.name;
    pool = pool.filter((o) => o.bindingType?.name === nearest);
    const argNames = args.map((a) => (a.name === null ? null : lower(a.name)));
    const score = (op: Operation): number => {
      const names = new Set(op.parameters.map((p) => lower(p.name)));
      const missing = argNames.filter((n) => n !== null && !names.has(n)).length;
      return missing * 100 + Math.abs(op.parameters.length - args.length);
    };
    const chosen = [...pool].sort((a, b) => score(a) - score(b))[0]!;
    if (pool.length > 1 && args.length > 0) {
      this.say('schema:operation-overload', `${chosen.fullName} has ${pool.length} overloads; the one with (${chosen.parameters.map((p) => p.name).join(', ')}) fits the arguments`, segment.place);
    }
    const typedArgs: TypedUrlValue[] = args.map((arg, index) => {
      const parameter =
        arg.name === null
          ? chosen.parameters[index]
          : chosen.parameters.find((p) => p.name === arg.name) ?? chosen.parameters.find((p) => lower(p.name) === lower(arg.name!));
      if (!parameter) {
        this.say('schema:unknown-parameter', `${chosen.fullName} has no parameter '${arg.name ?? `#${index + 1}`}'${chosen.parameters.length > 0 ? ` (it takes ${chosen.parameters.map((p) => p.name).join(', ')})` : ''}`, arg.place, true);
      } else if (arg.name !== null && parameter.name !== arg.name) {
        this.say('schema:parameter-case', `parameter '${arg.name}' is declared as '${parameter.name}'`, arg.place);
      }
      return { name: parameter?.name ?? arg.name, writtenName: arg.name, value: arg.value, type: parameter?.type ?? null, place: arg.place };
    });
    const qualified = segment.kind === 'qualified' || (segment.kind !== 'colonPath' && 'name' in segment && segment.name.includes('.'));
    const inferred = this.schemaFact(chosen, `${chosen.kind} ${chosen.fullName}`, segment.place);
    return {
      ...(inferred ? { inferred } : {}),
      kind: 'operation',
      operationKind: chosen.kind,
      name: chosen.name,
      fullName: chosen.fullName,
      bound,
      bindingType: chosen.bindingType,
      qualified,
      arguments: typedArgs,
      parameters: chosen.parameters.map((p) => ({ name: p.name, type: p.type, nullable: p.nullable })),
      returnType: chosen.returnType,
      composable: chosen.isComposable,
      ...(itemType !== undefined && this.schema.boundOperations(itemType, true, chosen.fullName).length > 0 ? { collectionTwin: true as const } : {}),
      type: chosen.returnType,
      place: segment.place,
    };
  }

  // ─────────────────────────── operation ───────────────────────────

  operationKind(steps: readonly PathStep[]): OperationKind {
    const last = steps[steps.length - 1];
    const method = this.request.method;
    if (!last || last.kind === 'unresolved') return 'unknown';
    // A method that does not fit is the docs' problem, not a typing one: reported, not a reason.
    const mismatch = (what: string, kind: OperationKind = 'unknown'): OperationKind => {
      this.say('schema:method-mismatch', `${method} does not apply to ${what}${kind === 'unknown' ? '' : `; treated as a ${kind}`}`, this.request.place);
      return kind;
    };
    if (last.kind === 'operation') {
      if (last.operationKind === 'function' && last.composable && method === 'PATCH' && last.type !== null && !last.type.collection) return 'update';
      if (last.operationKind === 'action') return method === 'POST' ? 'action' : mismatch(`action ${last.fullName} (actions take POST)`, 'action');
      return method === 'GET' ? 'function' : mismatch(`function ${last.fullName} (functions take GET)`, 'function');
    }
    if (last.kind === 'ref') {
      const kinds: Partial<Record<string, OperationKind>> = { GET: 'ref-get', POST: 'ref-add', PUT: 'ref-set', DELETE: 'ref-remove' };
      return kinds[method] ?? mismatch('a $ref');
    }
    if (last.kind === 'count') return method === 'GET' ? 'count' : mismatch('$count');
    if (last.kind === 'value' || (last.type?.name === 'Edm.Stream' && !last.type.collection)) {
      if (method === 'GET') return 'stream-get';
      if (method === 'PUT' || method === 'POST') return 'stream-put';
      if (method === 'DELETE') return 'delete';
      return mismatch('a stream');
    }
    const type = last.type;
    if (type === null) return 'unknown';
    if (type.collection) {
      if (method === 'GET') return 'list';
      if (method === 'POST') return 'create';
      if (method === 'PATCH' && last.kind === 'property') return 'update';
      if (method === 'PUT' && last.kind === 'property') return 'upsert';
      return mismatch(`the collection ${type.name}`);
    }
    switch (method) {
      case 'GET':
        return 'get';
      case 'PATCH':
        return 'update';
      case 'PUT':
        return 'upsert';
      case 'DELETE':
        return 'delete';
      default:
        return mismatch(`the single ${type.name} (POST needs a collection or an action)`);
    }
  }

  /**
   * Docs that POST (or GET) a function with its parameters as a JSON body (`itemAt` with
   * `{"index": 0}`): when every member of the body names a parameter of the function, the URL
   * gives no arguments, and every value is a JSON scalar, the members become the function's
   * arguments (the call the SDKs can make) and the body is dropped; reported. Otherwise the path
   * is returned unchanged (the body is then typed, or kept untyped, as usual).
   */
  argumentsFromBody(steps: readonly PathStep[]): readonly PathStep[] {
    const last = steps[steps.length - 1];
    const body = this.request.body;
    if (last?.kind !== 'operation' || last.operationKind !== 'function' || last.arguments.length > 0 || last.parameters.length === 0) return steps;
    if (body?.kind !== 'json' || body.value.kind !== 'object' || body.value.entries.length === 0) return steps;
    const args: TypedUrlValue[] = [];
    for (const entry of body.value.entries) {
      const parameter = last.parameters.find((p) => lower(p.name) === lower(entry.key));
      const value = entry.value;
      if (parameter === undefined) return steps;
      const urlValue: UrlValue | null =
        value.kind === 'string' ? { kind: 'string', value: value.value, quoted: true }
        : value.kind === 'number' ? { kind: 'number', value: value.value, raw: value.raw }
        : value.kind === 'boolean' ? { kind: 'boolean', value: value.value }
        : value.kind === 'null' ? { kind: 'null' }
        : null;
      if (urlValue === null) return steps;
      args.push({ name: parameter.name, writtenName: entry.key, value: urlValue, type: parameter.type, place: entry.keyPlace });
    }
    this.say(
      'schema:function-arguments-from-body',
      `the body gives the parameters of function ${last.fullName} (${args.map((a) => a.name).join(', ')}); they are passed as its arguments, the way the SDKs call a function`,
      body.place,
    );
    return [...steps.slice(0, -1), { ...last, arguments: args }];
  }

  // ───────────────────────────── body ─────────────────────────────

  resolveBody(steps: readonly PathStep[], operation: OperationKind): TypedBody | null {
    const body = this.request.body;
    if (body === null) return null;
    const last = steps[steps.length - 1];
    if (operation === 'stream-put' || body.kind === 'raw') {
      const stream = operation === 'stream-put';
      const text = body.text;
      const jsonish = body.contentType === null || /json/i.test(body.contentType);
      if (!stream && body.kind === 'raw' && jsonish && operation !== 'unknown') {
        this.say('schema:body-not-json', `the body is not JSON, so it cannot be typed${body.contentType ? ` (Content-Type ${body.contentType})` : ''}`, body.place, true);
      }
      return { kind: 'raw', text, contentType: body.contentType, stream, place: body.place };
    }
    const json = body.value;
    const base = { kind: 'json' as const, contentType: body.contentType, place: body.place };
    switch (operation) {
      case 'create': {
        const expected = last?.type ? { name: last.type.name, collection: false } : null;
        return { ...base, expected, value: expected ? this.typeValue(json, expected) : this.untyped(json) };
      }
      case 'update':
      case 'upsert': {
        const expected = last?.type ?? null;
        return { ...base, expected, value: expected ? this.typeValue(json, expected) : this.untyped(json) };
      }
      case 'action': {
        if (last?.kind !== 'operation') return { ...base, expected: null, value: this.untyped(json) };
        return { ...base, expected: null, value: this.typeParameters(json, last) };
      }
      case 'ref-add':
      case 'ref-set':
        return { ...base, expected: null, value: this.typeReference(json) };
      case 'unknown':
        return { ...base, expected: null, value: this.untyped(json) };
      default:
        this.say('schema:unexpected-body', `a ${operation} request takes no body; it is kept untyped`, body.place);
        return { ...base, expected: null, value: this.untyped(json) };
    }
  }

  private untyped(json: JsonNode): TypedValue {
    return { kind: 'untyped', value: json, place: json.place };
  }

  private mismatch(json: JsonNode, type: TypeRef, context: string): TypedValue {
    this.say('schema:value-mismatch', `${context}: ${jsonKind(json)} (${jsonText(json)}) given for ${describe(type)}; kept as untyped JSON`, json.place, true);
    return this.untyped(json);
  }

  private placeholder(json: Extract<JsonNode, { kind: 'string' }>, type: TypeRef, context: string, alternatives?: readonly string[]): PlaceholderKindOrNull {
    const found = placeholderKind(json.value, alternatives);
    const kind = found === 'empty' && type.name === 'Edm.String' ? null : found;
    if (kind !== null) {
      this.say('schema:placeholder-value', `${context}: ${JSON.stringify(json.value)} is a placeholder, not a real ${describe(type)} value`, json.place);
    }
    return kind;
  }

  /**
   * A type name given for a Boolean or a number (`"accountEnabled": "Boolean"`): no typed target can
   * print the text, so the typed targets print an example value of the type (`false`, `0`), and say
   * so; `raw` keeps the text as written (the CLI sends the docs' JSON as written).
   */
  private example(
    json: Extract<JsonNode, { kind: 'string' }>,
    edm: EdmPrimitive,
    value: boolean | number,
    context: string,
    make: (value: string | number | boolean, raw: string, coercion: null, placeholder: PlaceholderKindOrNull) => TypedValue,
  ): TypedValue {
    this.say('schema:placeholder-example', `${context}: ${JSON.stringify(json.value)} is a placeholder for ${edm}, not a value; the example value ${String(value)} is used`, json.place);
    return make(value, json.value, null, 'type-name');
  }

  typeValue(json: JsonNode, type: TypeRef, context = 'body'): TypedValue {
    if (json.kind === 'null') return { kind: 'null', type, place: json.place };
    if (type.collection) {
      const itemType = { name: type.name, collection: false };
      if (json.kind === 'array') {
        return { kind: 'collection', itemType, items: json.items.map((item, i) => this.typeValue(item, itemType, `${context}[${i}]`)), place: json.place };
      }
      if (json.kind === 'string' && this.placeholder(json, type, context) !== null) return this.untyped(json);
      return this.mismatch(json, type, context);
    }
    if (this.anyJson(type.name)) return this.untyped(json);
    if (json.kind === 'array') return this.mismatch(json, type, context);
    if (isEdmPrimitive(type.name)) return this.typePrimitive(json, type.name, context);
    const schemaType = this.schema.type(type.name);
    if (!schemaType) {
      this.say('schema:unknown-type', `${context}: the schema has no type ${type.name}; the value is kept untyped`, json.place, true);
      return this.untyped(json);
    }
    if (schemaType.kind === 'enum') return this.typeEnum(json, schemaType.fullName, context);
    if (json.kind !== 'object') {
      const alternatives = [schemaType.name, ...this.schema.derivedTypes(schemaType.fullName).map(shortName)];
      if (json.kind === 'string' && this.placeholder(json, type, context, alternatives) !== null) return this.untyped(json);
      return this.mismatch(json, type, context);
    }
    return this.typeObject(json, schemaType, context);
  }

  /** Edm.Untyped, or a complex type that declares nothing and has no derived types (`microsoft.graph.Json`): any JSON value. */
  private anyJson(typeName: string): boolean {
    if (typeName === 'Edm.Untyped') return true;
    const type = typeName.startsWith('Edm.') ? undefined : this.schema.structuredType(typeName);
    return (
      type !== undefined &&
      type.kind === 'complex' &&
      this.schema.properties(type.fullName).length === 0 &&
      this.schema.navigationProperties(type.fullName).length === 0 &&
      this.schema.derivedTypes(type.fullName).length === 0
    );
  }

  private typePrimitive(json: JsonNode, edm: EdmPrimitive, context: string): TypedValue {
    const type = { name: edm, collection: false };
    const make = (value: string | number | boolean, raw: string, coercion: Extract<TypedValue, { kind: 'primitive' }>['coercion'] = null, placeholder: PlaceholderKindOrNull = null): TypedValue => ({
      kind: 'primitive',
      type: edm,
      value,
      raw,
      placeholder,
      coercion,
      place: json.place,
    });
    const coerced = (how: string): void => {
      this.say('schema:value-coerced', `${context}: ${jsonText(json)} given for ${edm}; ${how}`, json.place);
    };
    switch (json.kind) {
      case 'string': {
        const text = json.value;
        if (edm === 'Edm.Boolean') {
          if (/^(true|false)$/i.test(text.trim())) {
            const value = lower(text.trim()) === 'true';
            coerced(`used as the Boolean ${value}`);
            return make(value, String(value), 'string-to-boolean');
          }
          if (placeholderKind(text) === 'type-name') return this.example(json, edm, false, context, make);
          const placeholder = this.placeholder(json, type, context);
          return placeholder !== null ? make(text, text, null, placeholder) : this.mismatch(json, type, context);
        }
        if (NUMERIC.has(edm)) {
          const trimmed = text.trim();
          if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed)) {
            coerced(`used as the number ${trimmed}`);
            return make(Number(trimmed), trimmed, 'string-to-number');
          }
          if ((edm === 'Edm.Double' || edm === 'Edm.Single') && /^(NaN|-?INF)$/.test(trimmed)) return make(trimmed, trimmed);
          if (edm === 'Edm.Int64' || edm === 'Edm.Decimal') {
            // OData JSON may write Int64/Decimal as strings (IEEE754Compatible); a non-number is not.
          }
          if (placeholderKind(text) === 'type-name') return this.example(json, edm, 0, context, make);
          const placeholder = this.placeholder(json, type, context);
          return placeholder !== null ? make(text, text, null, placeholder) : this.mismatch(json, type, context);
        }
        const placeholder = this.placeholder(json, type, context);
        if (placeholder !== null) return make(text, text, null, placeholder);
        if (edm === 'Edm.Date') {
          const match = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
          if (match) {
            coerced(`Edm.Date takes a date only; the date part ${match[1]} is kept`);
            return make(match[1]!, text, 'datetime-to-date');
          }
        }
        return make(text, text);
      }
      case 'number': {
        if (NUMERIC.has(edm)) {
          if (INTEGER.has(edm) && !Number.isInteger(json.value)) return this.mismatch(json, type, context);
          return make(json.value, json.raw);
        }
        if (edm === 'Edm.String') {
          coerced(`used as the string "${json.raw}"`);
          return make(json.raw, json.raw, 'number-to-string');
        }
        return this.mismatch(json, type, context);
      }
      case 'boolean': {
        if (edm === 'Edm.Boolean') return make(json.value, String(json.value));
        if (edm === 'Edm.String') {
          coerced(`used as the string "${String(json.value)}"`);
          return make(String(json.value), String(json.value), 'boolean-to-string');
        }
        return this.mismatch(json, type, context);
      }
      default:
        return STRING_SHAPED.has(edm) || NUMERIC.has(edm) || edm === 'Edm.Boolean' ? this.mismatch(json, type, context) : this.untyped(json);
    }
  }

  private typeEnum(json: JsonNode, enumName: string, context: string): TypedValue {
    const enumType = this.schema.enumType(enumName)!;
    const type = { name: enumType.fullName, collection: false };
    if (json.kind !== 'string') return this.mismatch(json, type, context);
    const raw = json.value;
    const parts = enumType.isFlags ? raw.split(',').map((p) => p.trim()).filter((p) => p.length > 0) : [raw.trim()];
    const members: string[] = [];
    const unknown: string[] = [];
    for (const part of parts) {
      const member = this.schema.enumMember(enumType.fullName, part);
      if (member) {
        members.push(member.name);
        if (member.name !== part) this.say('schema:enum-member-case', `${context}: '${part}' is member '${member.name}' of ${enumType.fullName} in another case; the member's spelling is used`, json.place);
      } else {
        unknown.push(part);
      }
    }
    let placeholder: PlaceholderKindOrNull = null;
    if (unknown.length > 0 && members.length === 0 && (placeholder = placeholderKind(raw, enumType.members.map((m) => m.name))) !== null) {
      if (placeholder === 'alternatives') {
        // `"notRecording | recording | failed"`: the docs list the members to choose from; the first is shown, and said.
        const first = raw.split(/\s*\|\s*|\s+or\s+/i)[0]!.trim();
        const member = this.schema.enumMember(enumType.fullName, first)!;
        this.say('schema:placeholder-value', `${context}: ${JSON.stringify(raw)} lists members of ${enumType.fullName} to choose from; the first, '${member.name}', is used`, json.place);
        return { kind: 'enum', type: enumType.fullName, isFlags: enumType.isFlags, members: [member.name], unknownMembers: [], raw: member.name, placeholder, place: json.place };
      }
      // `""`, `"String"`, `"protocol-value"`: no member is named; as for a Boolean or a number, an
      // example value of the type is used (the first member), and said.
      const example = enumType.members[0];
      if (example === undefined) {
        this.say('schema:placeholder-value', `${context}: ${JSON.stringify(raw)} is a placeholder, not a member of ${enumType.fullName}`, json.place);
        return { kind: 'enum', type: enumType.fullName, isFlags: enumType.isFlags, members: [], unknownMembers: [], raw, placeholder, place: json.place };
      }
      this.say('schema:placeholder-example', `${context}: ${JSON.stringify(raw)} is a placeholder for ${enumType.fullName}, not a member; the example value '${example.name}' (its first member) is used`, json.place);
      return { kind: 'enum', type: enumType.fullName, isFlags: enumType.isFlags, members: [example.name], unknownMembers: [], raw, placeholder, place: json.place };
    }
    if (unknown.length > 0) {
      const suggestions = closestNames(unknown[0]!, enumType.members.map((m) => m.name));
      const comma = !enumType.isFlags && raw.includes(',') ? ' (it is not a flags enum, so members cannot be combined)' : '';
      this.say(
        'schema:unknown-enum-member',
        `${context}: ${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length === 1 ? 'is not a member' : 'are not members'} of ${enumType.fullName}${comma}${suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : ''}; kept as written`,
        json.place,
        true,
      );
    }
    return { kind: 'enum', type: enumType.fullName, isFlags: enumType.isFlags, members, unknownMembers: unknown, raw, placeholder, place: json.place };
  }

  /** Splits `x@odata.bind` / `@odata.type` keys into annotations. */
  private annotation(entry: ObjectNode['entries'][number]): Annotation {
    const at = entry.key.indexOf('@');
    return {
      key: entry.key,
      property: at > 0 ? entry.key.slice(0, at) : null,
      term: entry.key.slice(at + 1),
      value: entry.value,
      place: entry.keyPlace,
    };
  }

  private typeObject(json: ObjectNode, declared: StructuredType, context: string): TypedValue {
    let actual = declared;
    const odataType = json.entries.find((e) => e.key === '@odata.type');
    if (odataType) {
      if (odataType.value.kind !== 'string') {
        this.say('schema:unknown-type', `${context}: @odata.type must be a string naming a type`, odataType.keyPlace, true);
      } else {
        const written = odataType.value.value.replace(/^#/, '');
        let found = this.schema.structuredType(written);
        if (!found) {
          // A legacy name (`#Microsoft.OutlookServices.ItemAttachment`): the type with the same short
          // name among the declared type and its derived types, when exactly one; reported.
          const short = lower(shortName(written));
          const matches = [declared.fullName, ...this.schema.derivedTypes(declared.fullName)].filter((t) => lower(shortName(t)) === short);
          if (matches.length === 1) {
            found = this.schema.structuredType(matches[0]!);
            this.say('schema:unknown-type', `${context}: @odata.type '${odataType.value.value}' names no type of the schema; ${matches[0]} (same name, derived from ${declared.fullName}) is used`, odataType.value.place);
            actual = found!;
          }
        }
        if (found && actual === found) {
          // taken by short name above
        } else if (!found) {
          const suggestions = closestNames(shortName(written), this.schema.derivedTypes(declared.fullName).map(shortName));
          this.say('schema:unknown-type', `${context}: @odata.type '${odataType.value.value}' names no type of the schema${suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : ''}; ${declared.fullName} is used`, odataType.value.place, true);
        } else if (!this.schema.isSameOrDerived(found.fullName, declared.fullName)) {
          this.say('schema:not-derived-type', `${context}: @odata.type ${found.fullName} is not ${declared.fullName} nor derived from it; ${declared.fullName} is used`, odataType.value.place, true);
        } else {
          actual = found;
        }
      }
    }
    if (actual.abstract) {
      this.say('schema:abstract-type', `${context}: ${actual.fullName} is abstract and no @odata.type names a concrete type${this.concreteHint(actual.fullName)}`, json.place);
    }
    const open = this.schema.ancestry(actual.fullName).some((t) => t.openType);
    const properties: TypedProperty[] = [];
    const additionalData: AdditionalProperty[] = [];
    const annotations: Annotation[] = [];
    for (const entry of json.entries) {
      if (entry.key.includes('@')) {
        annotations.push(this.annotation(entry));
        continue;
      }
      const property = this.schema.property(actual.fullName, entry.key);
      const navigation = property ? undefined : this.schema.navigation(actual.fullName, entry.key);
      const declaredProperty = property ?? navigation;
      if (!declaredProperty) {
        additionalData.push({ key: entry.key, value: entry.value, place: entry.keyPlace });
        if (open) {
          this.say('schema:open-type-property', `${context}: '${entry.key}' is not declared by the open type ${actual.fullName}; kept as additional data`, entry.keyPlace);
        } else {
          const suggestions = closestNames(entry.key, [
            ...this.schema.properties(actual.fullName).map((p) => p.name),
            ...this.schema.navigationProperties(actual.fullName).map((p) => p.name),
          ]);
          const derived = this.derivedDeclaring(actual.fullName, entry.key);
          const hint = derived ? ` (${derived} declares it: add "@odata.type": "#${derived}")` : suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
          this.say('schema:unknown-property', `${context}: unknown property '${entry.key}' on ${actual.fullName}${hint}; kept as additional data`, entry.keyPlace, true);
        }
        continue;
      }
      if (declaredProperty.name !== entry.key) {
        this.say('schema:property-case', `${context}: '${entry.key}' is declared as '${declaredProperty.name}' on ${actual.fullName}`, entry.keyPlace);
      }
      const inferred = this.schemaFact(declaredProperty, `${actual.fullName}.${declaredProperty.name}: ${describe(declaredProperty.type)}`, entry.keyPlace);
      properties.push({
        ...(inferred ? { inferred } : {}),
        name: declaredProperty.name,
        jsonName: entry.key,
        type: declaredProperty.type,
        declaredAs: property ? 'property' : 'navigation',
        ...(property && this.schema.isComputed(actual.fullName, property.name) ? { computed: true as const } : {}),
        nullable: declaredProperty.nullable,
        value: this.typeValue(entry.value, declaredProperty.type, `${context}.${declaredProperty.name}`),
        place: entry.keyPlace,
      });
    }
    return {
      kind: 'object',
      type: actual.fullName,
      declaredType: declared.fullName,
      typeKind: actual.kind,
      abstract: actual.abstract,
      openType: open,
      properties,
      additionalData,
      annotations,
      place: json.place,
    };
  }

  private concreteHint(abstractType: string): string {
    const concrete = this.schema.derivedTypes(abstractType).filter((t) => !this.schema.structuredType(t)?.abstract);
    if (concrete.length === 0) return '';
    const shown = concrete.slice(0, 3).join(', ');
    return ` (concrete: ${shown}${concrete.length > 3 ? `, … ${concrete.length - 3} more` : ''})`;
  }

  /** The first derived type (by name) that declares a property, for a helpful message. */
  private derivedDeclaring(typeName: string, property: string): string | null {
    for (const derived of this.schema.derivedTypes(typeName)) {
      const type = this.schema.structuredType(derived);
      if (type && (type.properties.some((p) => p.name === property) || type.navigationProperties.some((p) => p.name === property))) return derived;
    }
    return null;
  }

  private typeParameters(json: JsonNode, step: Extract<PathStep, { kind: 'operation' }>): TypedValue {
    if (json.kind !== 'object') {
      this.say('schema:value-mismatch', `the body of action ${step.fullName} must be an object of its parameters, not ${jsonKind(json)}; kept as untyped JSON`, json.place, true);
      return this.untyped(json);
    }
    const properties: TypedProperty[] = [];
    const additionalData: AdditionalProperty[] = [];
    const annotations: Annotation[] = [];
    for (const entry of json.entries) {
      if (entry.key.includes('@')) {
        annotations.push(this.annotation(entry));
        continue;
      }
      const parameter =
        step.parameters.find((p) => p.name === entry.key) ?? step.parameters.find((p) => lower(p.name) === lower(entry.key));
      if (!parameter) {
        additionalData.push({ key: entry.key, value: entry.value, place: entry.keyPlace });
        const suggestions = closestNames(entry.key, step.parameters.map((p) => p.name));
        this.say('schema:unknown-parameter', `action ${step.fullName} has no parameter '${entry.key}'${suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : step.parameters.length > 0 ? ` (it takes ${step.parameters.map((p) => p.name).join(', ')})` : ' (it takes none)'}; kept as additional data`, entry.keyPlace, true);
        continue;
      }
      if (parameter.name !== entry.key) {
        this.say('schema:parameter-case', `'${entry.key}' is declared as parameter '${parameter.name}' of ${step.fullName}`, entry.keyPlace);
      }
      properties.push({
        ...(parameter.inferred ? { inferred: parameter.inferred } : {}),
        name: parameter.name,
        jsonName: entry.key,
        type: parameter.type,
        declaredAs: 'parameter',
        nullable: parameter.nullable,
        value: this.typeValue(entry.value, parameter.type, parameter.name),
        place: entry.keyPlace,
      });
    }
    return { kind: 'parameters', operation: step.fullName, properties, additionalData, annotations, place: json.place };
  }

  private typeReference(json: JsonNode): TypedValue {
    if (json.kind !== 'object') {
      this.say('schema:value-mismatch', `a $ref body must be {"@odata.id": "…"}, not ${jsonKind(json)}; kept as untyped JSON`, json.place, true);
      return this.untyped(json);
    }
    const annotations: Annotation[] = [];
    const additionalData: AdditionalProperty[] = [];
    for (const entry of json.entries) {
      if (entry.key.includes('@')) annotations.push(this.annotation(entry));
      else {
        additionalData.push({ key: entry.key, value: entry.value, place: entry.keyPlace });
        this.say('schema:unknown-property', `a $ref body takes only "@odata.id"; '${entry.key}' is kept as additional data`, entry.keyPlace, true);
      }
    }
    const idEntry = annotations.find((a) => a.key === '@odata.id');
    const id = idEntry?.value.kind === 'string' ? idEntry.value.value : null;
    if (id === null) this.say('schema:value-mismatch', 'a $ref body needs "@odata.id" with the URL of the entity to link', json.place, true);
    return { kind: 'reference', id, annotations, additionalData, place: json.place };
  }
}

type PlaceholderKindOrNull = ReturnType<typeof placeholderKind>;
type ApiVersionOrNull = TypedRequest['apiVersion'];

export interface ResolveOptions {
  /**
   * The API version the caller decided for a URL that names none (the pipeline's rule, reported
   * there); without it, such a URL is reported here (`schema:no-api-version`).
   */
  readonly apiVersion?: 'v1.0' | 'beta';
}

/** Types a request against the schema. Never throws for bad input; reports on `file`. */
export function resolveRequest(req: RequestIR, schema: Schema, file: VFile, options: ResolveOptions = {}): TypedRequest {
  const resolver = new Resolver(schema, file, req);
  if (!isGraphHost(req.url.host)) return resolver.foreignHost(options.apiVersion ?? null);
  if (req.url.apiVersion === null && options.apiVersion === undefined) {
    report(file, 'schema:no-api-version', `the URL names no API version; resolved against ${schema.model.source}`, req.url.place);
  }
  const resolvedPath = resolver.resolvePath();
  const operation = resolver.operationKind(resolvedPath);
  const path = operation === 'function' ? resolver.argumentsFromBody(resolvedPath) : resolvedPath;
  const body = path === resolvedPath ? resolver.resolveBody(path, operation) : null;
  resolver.reportSchemaFacts();
  const last = path[path.length - 1];
  const typed: TypedRequest = {
    name: req.name,
    file: req.file,
    index: req.index,
    place: req.place,
    method: req.method,
    apiVersion: req.url.apiVersion ?? options.apiVersion ?? null,
    schemaSource: schema.model.source,
    operation,
    path,
    target: last && last.kind !== 'unresolved' ? last.type : null,
    query: req.url.query,
    headers: req.headers,
    body,
    resolved: resolver.reasons.length === 0,
    reasons: resolver.reasons,
    restsOnInference: resolver.inferences.length > 0,
    inferences: resolver.inferences,
  };
  reportDeprecations(typed, schema, file);
  const gap = sdkSurfaceGap(typed, schema);
  const query = sdkDeclaredQuery(typed, schema);
  return deepFreeze({ ...typed, ...(gap === null ? {} : { notInSdk: gap }), ...(query === null ? {} : { sdkQuery: query }) });
}
