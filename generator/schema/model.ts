/**
 * The schema model every schema source produces (the CSDL reader, the embedded default built from
 * the npm SDK packages). Plain, serialisable data: it can be cached as JSON and loaded fast.
 * Names are full names (`microsoft.graph.user`); aliases are resolved by the reader.
 */

/**
 * A fact that the source did not state and that was inferred (embedded default only), so that a
 * diagnostic can say a snippet rests on a guess. Absent or empty = stated by the source.
 */
export type InferredFact =
  | 'type'
  | 'int-width'
  | 'containment'
  | 'nullability'
  | 'collection'
  | 'key'
  | 'operation'
  | 'root'
  /** Whether an enum is a flags enum. */
  | 'flags'
  /** Whether a structured type is an entity or a complex type. */
  | 'kind';

/**
 * A kind of fact a model does not know completely (embedded default only): the model holds some
 * of these elements but cannot tell that an element it lacks does not exist. The resolver infers
 * (and marks) what the model lacks only for the kinds listed here; a complete model (a CSDL) lists
 * none, and nothing is ever inferred against it.
 */
export type UnknownFact =
  /** Entity sets and singletons. */
  | 'roots'
  /** Bound actions and functions. */
  | 'operations'
  /** Unbound operations (action and function imports). */
  | 'operation-imports'
  | 'nullability'
  | 'abstract'
  | 'open-type'
  | 'has-stream'
  /** Whether a structured type is an entity or a complex type (some types are guessed). */
  | 'type-kind';

export interface TypeRef {
  /** `Edm.String`, `microsoft.graph.user`, ... */
  readonly name: string;
  readonly collection: boolean;
}

export interface Property {
  readonly name: string;
  readonly type: TypeRef;
  readonly nullable: boolean;
  readonly inferred?: readonly InferredFact[];
}

export interface NavigationProperty {
  readonly name: string;
  readonly type: TypeRef;
  readonly containsTarget: boolean;
  readonly nullable: boolean;
  /**
   * The SDK's key parameter name for an item of this collection (`message-id`), when the source
   * states it (URI templates); absent: `<entity type short name>-id`.
   */
  readonly keyParameter?: string;
  readonly inferred?: readonly InferredFact[];
}

export interface StructuredType {
  readonly kind: 'entity' | 'complex';
  readonly name: string;
  readonly namespace: string;
  readonly fullName: string;
  readonly baseType: string | null;
  readonly abstract: boolean;
  readonly openType: boolean;
  readonly hasStream: boolean;
  /** Key property names (entity types that declare a key; inherited keys are found via baseType). */
  readonly key: readonly string[] | null;
  readonly properties: readonly Property[];
  readonly navigationProperties: readonly NavigationProperty[];
  readonly inferred?: readonly InferredFact[];
}

export interface EnumMember {
  readonly name: string;
  readonly value: string;
}

export interface EnumType {
  readonly kind: 'enum';
  readonly name: string;
  readonly namespace: string;
  readonly fullName: string;
  readonly isFlags: boolean;
  readonly underlyingType: string;
  readonly members: readonly EnumMember[];
  readonly inferred?: readonly InferredFact[];
}

export type SchemaType = StructuredType | EnumType;

export interface Parameter {
  readonly name: string;
  readonly type: TypeRef;
  readonly nullable: boolean;
}

export interface Operation {
  readonly kind: 'action' | 'function';
  readonly name: string;
  readonly namespace: string;
  readonly fullName: string;
  readonly isBound: boolean;
  /** The type of the binding parameter (first parameter) of a bound operation. */
  readonly bindingType: TypeRef | null;
  /** Parameters without the binding parameter. */
  readonly parameters: readonly Parameter[];
  readonly returnType: TypeRef | null;
  readonly isComposable: boolean;
  readonly inferred?: readonly InferredFact[];
}

export interface ContainerElement {
  readonly kind: 'entitySet' | 'singleton';
  readonly name: string;
  /** Entity type full name. */
  readonly type: string;
  /** The SDK's key parameter name of an entity set's item (`user-id`), when the source states it. */
  readonly keyParameter?: string;
  readonly inferred?: readonly InferredFact[];
}

/** Unbound operations exposed by the container (`FunctionImport`/`ActionImport`). */
export interface OperationImport {
  readonly kind: 'action' | 'function';
  readonly name: string;
  readonly operation: string;
}

/**
 * The capability annotations (Org.OData.Capabilities.V1) that decide which methods the OpenAPI
 * description the kiota SDKs are generated from gives a path (Microsoft.OpenApi.OData reads them):
 * `DeleteRestrictions/Deletable`, `InsertRestrictions/Insertable`, `UpdateRestrictions/Updatable`
 * and `UpdateMethod`, `ReadRestrictions/Readable` (and `ReadByKeyRestrictions/Readable`). Absent
 * = not stated (the converter's default: allowed, PATCH).
 */
export interface Capabilities {
  readonly deletable?: boolean;
  readonly insertable?: boolean;
  readonly updatable?: boolean;
  readonly updateMethod?: 'PATCH' | 'PUT';
  readonly readable?: boolean;
  readonly readableByKey?: boolean;
}

/**
 * A deprecation the source announces (`Org.OData.Core.V1.Revisions`, a revision of Kind
 * `Deprecated`): its description (which names the replacement, when there is one) and dates.
 */
export interface Deprecation {
  readonly description: string;
  /** When it was deprecated (`2021-08-24`). */
  readonly date?: string;
  /** When it stops working (`2023-03-15`). */
  readonly removalDate?: string;
}

export interface SchemaModel {
  /** Where the model came from: `csdl:<file name>`, `embedded:@microsoft/msgraph-sdk@<version>`, ... */
  readonly source: string;
  readonly apiVersion: 'v1.0' | 'beta' | null;
  readonly namespaces: readonly string[];
  /** Alias → namespace. */
  readonly aliases: Readonly<Record<string, string>>;
  readonly types: Readonly<Record<string, SchemaType>>;
  readonly operations: readonly Operation[];
  readonly container: {
    readonly name: string;
    readonly elements: readonly ContainerElement[];
    readonly operationImports: readonly OperationImport[];
  };
  /**
   * What the model does not know completely (see UnknownFact). Absent or empty: the model is
   * complete (a CSDL), and the resolver infers nothing.
   */
  readonly unknownFacts?: readonly UnknownFact[];
  /**
   * Embedded default only: the bindings (a type, single or collection) whose bound operations the
   * model knows completely although it `lacks('operations')` in general — a path the SDK packages
   * have request builders for lists every operation there, so an operation it lacks is not
   * inferred but reported (`POST /me/sendM`: "did you mean sendMail?").
   */
  readonly operationsKnownFor?: readonly TypeRef[];
  /**
   * Capability annotations by their target as the CSDL writes it with full names: an entity type
   * (`microsoft.graph.synchronization`), a navigation property (`microsoft.graph.user/calendar`),
   * an entity set or singleton (`microsoft.graph.GraphService/applications`). Absent: none known.
   */
  readonly capabilities?: Readonly<Record<string, Capabilities>>;
  /**
   * Deprecations by their target as the CSDL writes it with full names: a type
   * (`microsoft.graph.identityProvider`), a property or navigation property
   * (`microsoft.graph.plannerPlan/owner`), an operation with its parameter types
   * (`microsoft.graph.sharedWithMe(microsoft.graph.drive)`). Absent: none known.
   */
  readonly deprecations?: Readonly<Record<string, Deprecation>>;
  /**
   * The properties the service computes (`Org.OData.Core.V1.Computed`), as `type/property` with the
   * type's full name (`microsoft.graph.educationAssignment/status`): a client cannot set them.
   * Absent: none known.
   */
  readonly computed?: readonly string[];
  /**
   * A model read from a whole kiota SDK only (embedded/sdk.ts): the SDK's request builders, by the
   * normal form of their path (../schema/sdk-paths.ts) → their methods (`GET,PATCH`; empty: a
   * builder for navigation only), and the roots the SDK addresses through another path (`me` →
   * `users/{}`). With it the SDK surface of a request is looked up, not derived by rules.
   */
  readonly sdkSurface?: {
    readonly sdk: string;
    readonly paths: Readonly<Record<string, string>>;
    readonly aliases: Readonly<Record<string, string>>;
    /** `<path> <METHOD>` → the query parameters its executor declares, as sent (`$select,$top,startDateTime`); absent: none. */
    readonly queries: Readonly<Record<string, string>>;
  };
}
