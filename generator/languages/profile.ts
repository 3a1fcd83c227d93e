/**
 * What every target language provides. A language is one folder with the same files
 * (`profile.ts`, `reserved-words.txt`, `literals.ts`) and one line in `index.ts`.
 */
import type { EdmPrimitive } from '../schema/edm.js';
import type { Namer } from './shared/names.js';
import type { StringStyleName } from './shared/strings.js';

export type ApiVersion = 'v1.0' | 'beta';

/** A schema type: its namespace (`microsoft.graph`, `microsoft.graph.security`) and its name as in the schema. */
export interface TypeRef {
  readonly namespace: string;
  readonly name: string;
}

/** An enum type, with its members when the schema is known (used to flag unknown members). */
export interface EnumTypeRef extends TypeRef {
  readonly members?: readonly string[];
}

/** A scalar JSON value as written in the request. Numbers keep their exact text (Int64, `1.50`). */
export type ScalarValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** Imports, structured per language. */
export interface CSharpUsing { readonly lang: 'csharp'; readonly namespace: string }
export interface GoImport { readonly lang: 'go'; readonly path: string; readonly alias?: string }
export interface JavaImport { readonly lang: 'java'; readonly qualifiedName: string }
export interface PhpUse { readonly lang: 'php'; readonly qualifiedName: string; readonly alias?: string }
/** `import module` when `name` is absent, else `from module import name`. */
export interface PythonImport { readonly lang: 'python'; readonly module: string; readonly name?: string }
export interface PowerShellModule { readonly lang: 'powershell'; readonly module: string }
export type LanguageImport = CSharpUsing | GoImport | JavaImport | PhpUse | PythonImport | PowerShellModule;

/**
 * Why a printed literal may not mean exactly what the request said. The render stage turns these
 * into diagnostics; a printer never throws on bad input.
 * - `invalid-value`: the value does not parse as its type (`"String"` for a Guid); printed so it
 *   still compiles where possible, and fails at run time like the request would.
 * - `coerced`: the value was of another shape and was converted without changing what is sent
 *   (a date-time for an `Edm.Date` keeps its date; a date-time without offset is taken as UTC).
 * - `lossy`: the language's type cannot hold all of it (7-digit fractions in Python, years in a TimeSpan).
 * - `unrepresentable`: the SDK has no way to say it; what is printed is the closest that compiles.
 */
export type LiteralIssueKind = 'invalid-value' | 'coerced' | 'lossy' | 'unrepresentable';

export interface LiteralIssue {
  readonly kind: LiteralIssueKind;
  readonly message: string;
}

export interface PrintedLiteral<I = LanguageImport> {
  /** The expression. */
  readonly code: string;
  readonly imports: readonly I[];
  /** Statements that must come before the statement using `code` (Go error-returning parsers). */
  readonly prelude: readonly string[];
  /** Go only: the expression is already a pointer (`serialization.NewDateOnly(…)`), so no `&` is needed. */
  readonly pointer: boolean;
  readonly issues: readonly LiteralIssue[];
}

export interface LiteralContext {
  readonly api: ApiVersion;
  /** The snippet's namer, for names that a prelude declares. */
  readonly names: Namer;
  /** What the value is (its property name), for names that a prelude declares. */
  readonly hint: string;
  /** Required for `enum` and `flagsEnum`. */
  readonly enumType?: EnumTypeRef;
}

export type LiteralKind = EdmPrimitive | 'enum' | 'flagsEnum';
export type Printer<I = LanguageImport> = (value: ScalarValue, context: LiteralContext) => PrintedLiteral<I>;
/** Exhaustive: a language that misses a kind does not compile. */
export type LiteralPrinters<I = LanguageImport> = { readonly [K in LiteralKind]: Printer<I> };

/** How a request-builder path segment is named (see `Naming.navigation`). */
export type SegmentKind = 'navigation' | 'operation' | 'cast';

export interface Naming {
  /** The SDK's class name for a schema type, with the generator's reserved-name rule. */
  typeName(type: TypeRef): string;
  /** How code refers to a property of a model: C# `DisplayName`, Python `display_name`, JS/PowerShell/CLI the JSON name itself. */
  propertyName(jsonName: string, owner?: TypeRef): string;
  /** The setter (Go `SetDisplayName`, Java/PHP `setDisplayName`), or undefined where properties are assigned. */
  setterName(jsonName: string): string | undefined;
  /** A request-builder step: `users` → C# `Users`, Go `Users`, Python `users`; `default` → Go `DefaultEscaped`. */
  navigation(segment: string, kind?: SegmentKind): string;
  /** A function segment with parameters: kiota's `<name>With<Param>…` (`getEmailActivityCountsWithPeriod`). */
  operationWithParameters(name: string, parameters: readonly string[]): string;
  /** The indexer for a key segment `{user-id}`: `byUserId`, `ByUserId`, `by_user_id`; undefined for C# (`[…]`). */
  indexer(keyParameter: string): string | undefined;
  /** An enum member as code refers to it (without the type qualifier where the language writes one separately). */
  enumMember(enumType: TypeRef, member: string): string;
  /** The identifier case for local variables, from words. */
  variable(words: readonly string[]): string;
}

/**
 * Which SDK family a target belongs to. The kiota SDKs (C#, Go, Java, PHP, Python) share one plan
 * of the call (builder chain, executor, body class) and its refusals; the others decide their own.
 */
export type LanguageFamily = 'kiota' | 'graph-js-client' | 'powershell-sdk' | 'mgc';

export interface LanguageProfile<Id extends string = string, I = LanguageImport> {
  readonly id: Id;
  readonly family: LanguageFamily;
  readonly displayName: string;
  /** The title of the target's tab in the docs (`# [C#](#tab/csharp)`). */
  readonly tabTitle: string;
  /** The id of the target's tab in the docs (`#tab/csharp`). */
  readonly tabId: string;
  /** Other tab heading texts (lower case) the docs use for this target, besides its id and title. */
  readonly tabAliases: readonly string[];
  /** The docs' code-fence tag. */
  readonly fenceTag: string;
  /** Other fence tags (lower case) that mean this target in snippet files, besides its id and `fenceTag`. */
  readonly fenceAliases: readonly string[];
  /** The extension of golden and include files (`csharp.cs`, `cli.sh`). */
  readonly fileExtension: string;
  readonly stringStyle: StringStyleName;
  readonly nullLiteral: string;
  /** Names every snippet of this language already uses. */
  readonly runtimeNames: readonly string[];
  readonly naming: Naming;
  readonly literals: LiteralPrinters<I>;
  /** A fresh namer for one snippet. */
  newNamer(): Namer;
  /** One import statement; the import's shape is the profile's type parameter `I`. */
  formatImport(imported: I): string;
}
