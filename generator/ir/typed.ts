/**
 * The typed IR: a RequestIR typed against the schema (the `schema` stage's output, the renderers'
 * only input). Plain data, frozen once built; every element keeps its place in the page.
 *
 * What a renderer finds here:
 * - per path step, what the SDK's fluent chain needs: the navigation name, the key with its
 *   parameter name (`user-id`) and the addressed entity type (`user` → `byUserId`), casts, bound
 *   operations with typed parameters, `$value`/`$ref`/`$count`, colon path addressing;
 * - the operation (list, get, create, ...), i.e. the SDK method to call;
 * - per body node, the Edm or schema type to print a literal or a model class with, the derived
 *   type chosen by `@odata.type`, enum members, collection-ness, unknown properties
 *   (`additionalData`, untyped JSON) and instance annotations (`@odata.bind`, `@odata.id`, ...).
 */
import type { Place } from '../diagnostics/types.js';
import type { EdmPrimitive } from '../schema/edm.js';
import type { TypeRef } from '../schema/model.js';
import type { Header, HttpMethod, JsonNode, QueryOptions, UrlValue } from './types.js';

export type { TypeRef };

/** What the request does, i.e. which SDK method a snippet calls. */
export type OperationKind =
  | 'list' // GET a collection
  | 'get' // GET a single entity, singleton or property
  | 'create' // POST to a collection
  | 'update' // PATCH
  | 'upsert' // PUT to an entity or property (replace / create-or-replace)
  | 'delete' // DELETE an entity (or a stream)
  | 'action' // POST to an action
  | 'function' // GET a function
  | 'ref-get' // GET …/$ref
  | 'ref-add' // POST …/$ref (add a link to a collection)
  | 'ref-set' // PUT …/$ref (set a single-valued link)
  | 'ref-remove' // DELETE …/$ref
  | 'count' // GET …/$count
  | 'stream-get' // GET …/$value or a stream property
  | 'stream-put' // PUT …/$value or a stream property
  | 'unknown'; // the path did not resolve far enough to know

/** A URL value (key or function argument) with the type it stands for. */
export interface TypedUrlValue {
  /** The key property or parameter name (schema spelling); null for a positional key whose property is unknown. */
  readonly name: string | null;
  /** The name as written in the URL (null when positional). */
  readonly writtenName: string | null;
  readonly value: UrlValue;
  /** Edm or schema type of the value, or null when unknown. */
  readonly type: TypeRef | null;
  readonly place: Place;
}

interface StepBase {
  readonly place: Place;
  /** What the path addresses after this step, or null when unknown. */
  readonly type: TypeRef | null;
  /** Present when the step rests on a guess: the rule that inferred it (see `Inference`). */
  readonly inferred?: InferenceRule;
}

/**
 * How a fact the schema does not state was inferred. The resolver infers only against a model that
 * says it is incomplete (`SchemaModel.unknownFacts`, the embedded default), never against a CSDL.
 * - `root-from-type-name`: an unknown root named as the plural of an entity type (entity set), as
 *   the type itself less a Root/Container/Entity suffix, or as the end of exactly one type's name
 *   after a camel-case boundary (`communications` → `cloudCommunications`) (singleton);
 * - `action-from-post`: an unknown last segment POSTed to after a resolved path is a bound action;
 * - `function-from-call`: an unknown `name(…)` segment is a bound function;
 * - `function-from-get`: an unknown last segment read with GET is a bound function without parameters;
 *   so is an unknown segment that other segments follow, when its return type can be inferred:
 * - `return-from-type-name`: … the type named as the function, or as the function prefixed by the
 *   binding type's leading words (`range` on `workbookNamedItem` → `workbookRange`);
 * - `entity-set-from-key`: a root the schema guessed as a singleton is an entity set when a key follows it;
 * - `entity-from-key`: a collection of a type the schema calls complex holds entities when a key follows it
 *   (only when the schema does not know entity-ness for sure);
 * - `stream-from-value`: `$value` on an entity, when the model does not know which entities have streams;
 * - `stream-from-path`: a binary property addressed as a path segment (`/items/{id}/content`) is a
 *   stream, when the model does not know streams from byte arrays (SDK models read both as bytes);
 * - `parameter-from-property`: an inferred action's parameter typed as the binding type's property of that name;
 * - `parameter-from-type-name`: … as the structured type of that name (or of its singular);
 * - `parameter-from-same-named-properties`: … as the one type every property of that name has in the schema;
 * - `parameter-from-json`: … from its JSON value (string → Edm.String, integer → Edm.Int32, …);
 * - `function-argument-from-url`: an inferred function's argument typed from its URL literal;
 * - `schema-fact`: the step or value uses an element the schema itself marks as inferred
 *   (`InferredFact`: a root, an operation, a numeric width, …).
 */
export type InferenceRule =
  | 'root-from-type-name'
  | 'action-from-post'
  | 'function-from-call'
  | 'function-from-get'
  | 'return-from-type-name'
  | 'entity-set-from-key'
  | 'entity-from-key'
  | 'stream-from-value'
  | 'stream-from-path'
  | 'parameter-from-property'
  | 'parameter-from-type-name'
  | 'parameter-from-same-named-properties'
  | 'parameter-from-json'
  | 'function-argument-from-url'
  | 'schema-fact';

/** One inferred fact a typed request rests on. */
export interface Inference {
  readonly rule: InferenceRule;
  /** What was inferred, readable (`entity set 'groups' of microsoft.graph.group`). */
  readonly what: string;
  readonly place: Place;
}

/** One step of the resolved URL path. */
export type PathStep =
  | (StepBase & {
      /** An entity set or singleton of the container (`users`, `me`). */
      readonly kind: 'entitySet' | 'singleton';
      readonly name: string;
    })
  | (StepBase & {
      /** A navigation property (contained or not). */
      readonly kind: 'navigation';
      readonly name: string;
      readonly containsTarget: boolean;
      /** The type that declares the navigation property (a base type of the addressed one, maybe). */
      readonly declaringType: string;
    })
  | (StepBase & {
      /** A structural property addressed in the path (`/me/mailboxSettings`, `/items/{id}/content`). */
      readonly kind: 'property';
      readonly name: string;
      readonly declaringType: string;
      /** Set when a `{placeholder}` stood where the name belongs: the segment as written (`name` stands in for it). */
      readonly placeholder?: string;
    })
  | (StepBase & {
      /** A key: `{user-id}`, `('id')`, `(a=1,b=2)`, or an id written as a segment (`/users/48d3…`). */
      readonly kind: 'key';
      readonly keys: readonly TypedUrlValue[];
      /** Full name of the entity type of the collection the key indexes (`microsoft.graph.user`). */
      readonly entityType: string;
      /** Its short name (`user`): renderers build `byUserId` from it. */
      readonly entityTypeName: string;
      /** The SDK's indexer parameter name (`user-id`). */
      readonly parameterName: string;
      /** How the key was written: a `{…}` segment, parentheses, or a bare id segment. */
      readonly syntax: 'placeholder' | 'parentheses' | 'segment';
    })
  | (StepBase & {
      /** A type cast (`microsoft.graph.group`). */
      readonly kind: 'cast';
      /** Full name of the cast-to type. */
      readonly typeName: string;
      /** As written (`microsoft.graph.group`, `graph.group`). */
      readonly written: string;
    })
  | (StepBase & {
      /** A bound or unbound (imported) action or function. */
      readonly kind: 'operation';
      readonly operationKind: 'action' | 'function';
      readonly name: string;
      readonly fullName: string;
      readonly bound: boolean;
      /** The binding type of a bound operation (collection or not). */
      readonly bindingType: TypeRef | null;
      /** Whether the URL wrote the namespace (`microsoft.graph.delta`). */
      readonly qualified: boolean;
      /** Function arguments written in the URL, typed by the function's parameters. */
      readonly arguments: readonly TypedUrlValue[];
      /** Every declared parameter (without the binding parameter): action bodies and function signatures. */
      readonly parameters: readonly { readonly name: string; readonly type: TypeRef; readonly nullable: boolean; readonly inferred?: InferenceRule }[];
      readonly returnType: TypeRef | null;
      readonly composable: boolean;
      /**
       * Bound to a single entity, and an operation of the same name is bound to a collection of
       * its type (or a base type) too: `/groups/{id}/validateProperties` beside
       * `/groups/validateProperties`. Absent: no such twin.
       */
      readonly collectionTwin?: true;
    })
  | (StepBase & {
      /** OneDrive path addressing `root:/folder/file.txt:` (the path between the colons). */
      readonly kind: 'colonPath';
      readonly path: string;
    })
  | (StepBase & { readonly kind: 'value' | 'ref' | 'count' })
  | (StepBase & {
      /** A segment that could not be resolved; the chain stops here. */
      readonly kind: 'unresolved';
      readonly written: string;
      /** The closest names at that point (edit distance), best first. */
      readonly suggestions: readonly string[];
      /** The segments written after it, unresolved too (`events` after `calender`), joined with `/`; absent when it is the last. */
      readonly rest?: string;
    });

/** Why a body value does not simply match its type, when it is a docs placeholder. */
export type PlaceholderKind =
  | 'type-name' // "String", "Boolean", "Int32", "DateTimeOffset", "Edm.String"
  | 'type-description' // "String (identifier)", "String collection"
  | 'value-suffix' // "xxx-value", "displayName-value", "skuId-value-1"
  | 'braces' // "{id}", "{user-id}"
  | 'angle-brackets' // "<timestamp>"
  | 'empty' // "" where a value is needed (not reported as a placeholder for Edm.String)
  | 'alternatives'; // "notRecording | recording | failed" (enum members to choose from)

/** A conversion applied to a JSON value that contradicts its Edm type (always reported). */
export type Coercion =
  | 'string-to-boolean' // "false" → false
  | 'string-to-number' // "12" → 12 (numeric Edm types)
  | 'number-to-string' // 12 → "12" (Edm.String and other string-shaped types)
  | 'boolean-to-string' // true → "true"
  | 'datetime-to-date'; // "2020-09-08T12:02:30Z" → "2020-09-08" (Edm.Date)

export interface Annotation {
  /** The JSON key as written (`members@odata.bind`, `@odata.type`, `x@odata.type`). */
  readonly key: string;
  /** The property it is about (`members`), or null for the object's own (`@odata.type`). */
  readonly property: string | null;
  /** The term without the `@` (`odata.bind`, `odata.type`, `odata.id`, `odata.context`). */
  readonly term: string;
  /** The JSON value as written. */
  readonly value: JsonNode;
  readonly place: Place;
}

export interface TypedProperty {
  /** The name the schema declares (spelling used for models and setters). */
  readonly name: string;
  /** Present when the property's type rests on a guess (an inferred action's parameter, a marked schema fact). */
  readonly inferred?: InferenceRule;
  /** The JSON key as written (differs from `name` only in case when reported). */
  readonly jsonName: string;
  /** Declared type; `value` may carry a derived type. */
  readonly type: TypeRef;
  /** What declares it: a structural property, a navigation property, or an operation parameter. */
  readonly declaredAs: 'property' | 'navigation' | 'parameter';
  /** The service computes it (`Org.OData.Core.V1.Computed`): some SDK models have no setter for it. */
  readonly computed?: true;
  readonly nullable: boolean;
  readonly value: TypedValue;
  /** The place of the key. */
  readonly place: Place;
}

/** A JSON property not declared by the type: printed as `additionalData`, value untyped. */
export interface AdditionalProperty {
  readonly key: string;
  readonly value: JsonNode;
  readonly place: Place;
}

/** A body value, typed. */
export type TypedValue =
  | {
      /**
       * A primitive. `value` is already converted to the Edm type (see `coercion`), except for a
       * placeholder, whose `value` is the placeholder text as written.
       */
      readonly kind: 'primitive';
      readonly type: EdmPrimitive;
      readonly value: string | number | boolean;
      /** Source text of a number (Int64 and Decimal precision), or the string as written. */
      readonly raw: string;
      readonly placeholder: PlaceholderKind | null;
      readonly coercion: Coercion | null;
      readonly place: Place;
    }
  | {
      readonly kind: 'enum';
      /** Full name of the enum type. */
      readonly type: string;
      readonly isFlags: boolean;
      /** Members named by the value, in the schema's spelling, in the order written. */
      readonly members: readonly string[];
      /** Parts of the value that name no member (reported; never replaced). */
      readonly unknownMembers: readonly string[];
      /** The string as written. */
      readonly raw: string;
      readonly placeholder: PlaceholderKind | null;
      readonly place: Place;
    }
  | {
      /** An instance of an entity or complex type. */
      readonly kind: 'object';
      /** Full name of the type to instantiate: `@odata.type`'s derived type when valid, else the declared one. */
      readonly type: string;
      /** The type the schema declares at this point. */
      readonly declaredType: string;
      readonly typeKind: 'entity' | 'complex';
      readonly abstract: boolean;
      readonly openType: boolean;
      /** Declared properties in the order written. */
      readonly properties: readonly TypedProperty[];
      readonly additionalData: readonly AdditionalProperty[];
      /** Instance annotations in the order written, `@odata.type` included. */
      readonly annotations: readonly Annotation[];
      readonly place: Place;
    }
  | {
      /** An action's body: one property per action parameter. */
      readonly kind: 'parameters';
      /** Full name of the action. */
      readonly operation: string;
      readonly properties: readonly TypedProperty[];
      readonly additionalData: readonly AdditionalProperty[];
      readonly annotations: readonly Annotation[];
      readonly place: Place;
    }
  | {
      /** A `$ref` body: `{"@odata.id": "…"}`. */
      readonly kind: 'reference';
      /** The `@odata.id` value, or null when missing or not a string (reported). */
      readonly id: string | null;
      readonly annotations: readonly Annotation[];
      readonly additionalData: readonly AdditionalProperty[];
      readonly place: Place;
    }
  | {
      readonly kind: 'collection';
      /** The item type (collection: false). */
      readonly itemType: TypeRef;
      readonly items: readonly TypedValue[];
      readonly place: Place;
    }
  | { readonly kind: 'null'; readonly type: TypeRef; readonly place: Place }
  | {
      /** JSON with no (usable) schema type: printed as untyped JSON. */
      readonly kind: 'untyped';
      readonly value: JsonNode;
      readonly place: Place;
    };

export type TypedBody =
  | {
      readonly kind: 'json';
      /** What the operation expects (the collection's entity type, the entity, …), or null for parameters/unknown. */
      readonly expected: TypeRef | null;
      readonly value: TypedValue;
      readonly contentType: string | null;
      readonly place: Place;
    }
  | {
      /** A body kept as text: a stream upload, or a body that is not JSON. */
      readonly kind: 'raw';
      readonly text: string;
      readonly contentType: string | null;
      /** True when the operation takes a stream (`$value`, a stream property, `stream-put`). */
      readonly stream: boolean;
      readonly place: Place;
    };

export interface UnresolvedReason {
  readonly ruleId: string;
  readonly message: string;
  readonly place: Place;
}

export interface TypedRequest {
  readonly name: string;
  readonly file: string;
  readonly index: number;
  readonly place: Place;
  readonly method: HttpMethod;
  readonly apiVersion: 'v1.0' | 'beta' | null;
  /** The schema it was resolved against (`SchemaModel.source`). */
  readonly schemaSource: string;
  readonly operation: OperationKind;
  readonly path: readonly PathStep[];
  /** What the whole path addresses (the last step's type), or null. */
  readonly target: TypeRef | null;
  readonly query: QueryOptions;
  readonly headers: readonly Header[];
  readonly body: TypedBody | null;
  /** True when every path step and every body value has a schema type (coercions allowed). */
  readonly resolved: boolean;
  /** Why not, when `resolved` is false (one entry per problem, in order). */
  readonly reasons: readonly UnresolvedReason[];
  /** True when some step or value rests on an inferred fact (`inferences` lists them, in order). */
  readonly restsOnInference: boolean;
  readonly inferences: readonly Inference[];
  /**
   * Present when the kiota SDKs have no request builder for the path or no executor for the method
   * (`sdkSurfaceGap`: looked up in a complete SDK model's request builders, else from the CSDL's
   * capability annotations and the OpenAPI conversion's rules).
   */
  readonly notInSdk?: SurfaceGap;
  /**
   * The query parameters the SDK's request builder for the path declares, by executor (`get` →
   * `$select`, `startDateTime`, …), as sent; present only with a model that holds the SDK's builders
   * (`sdkDeclaredQuery`). sdk/query.ts decides by rules without it.
   */
  readonly sdkQuery?: Readonly<Record<string, readonly string[]>>;
}

/**
 * What the SDKs lack for a request, language-free (made by `sdkSurfaceGap` in `surface.ts`).
 * Declared here, with the typed request that carries it, so the IR types import no stage.
 */
export interface SurfaceGap {
  readonly reason: 'method' | 'below-non-contained' | 'below-function' | 'derived-binding' | 'no-builder';
  /** Readable, names what is missing and why (`DELETE …/calendar: …`). */
  readonly message: string;
  readonly place: Place;
}
