/**
 * The language-free IR of one HTTP request example (the `ir` stage's output). Everything here is
 * plain data, frozen once built; every element keeps its place in the page.
 */
import type { Place } from '../diagnostics/types.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS';

/**
 * A value written in a URL: a placeholder (`{user-id}`) or a real value (`48d3...`, `'abc'`, `2`).
 * - `placeholder`: `{name}`, `<name>` or a quoted `'{name}'`; `name` is the text inside the braces
 *   (trimmed), `spelling` the whole as written (quotes included);
 * - `string`: a quoted literal (`'it''s'` → `it's`, `quoted: true`), or a bare word, date, time or
 *   GUID written without quotes (`2017-01-01`, `day`: `quoted: false`);
 * - `enum`: a typed enum literal `microsoft.graph.timeZoneStandard'Iana'`.
 */
export type UrlValue =
  | { readonly kind: 'placeholder'; readonly name: string; readonly spelling: string }
  | { readonly kind: 'string'; readonly value: string; readonly quoted: boolean }
  | { readonly kind: 'enum'; readonly type: string; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

export interface NamedUrlValue {
  readonly name: string | null; // null for positional keys: `users('id')`
  readonly value: UrlValue;
  readonly place: Place;
}

/**
 * One path segment, decided by syntax alone; the schema resolver gives it meaning. Every segment
 * keeps `raw`, its text as written in the page (before percent-decoding), and the place of its
 * first character. Names are percent-decoded.
 * - `name`: a plain name (`users`, `messages`, `me`); `idLike` when it looks like a literal key
 *   (a GUID, a number, contains `@`), which the resolver confirms or not;
 * - `key`: `{user-id}` placeholders and `('id')`/`(key=value)` parentheses after a name;
 * - `call`: a name with a parameter list (`delta()`, `reminderView(startDateTime='...')`);
 * - `qualified`: a namespace-qualified name (`microsoft.graph.group`): a cast, or a bound operation;
 * - `colonPath`: OneDrive-style path addressing (`root:/folder/file.txt:`), the path between the colons;
 * - `$value`, `$ref`, `$count`.
 *
 * `name(...)` is either a key lookup or a function call, and only the schema can tell. The IR's
 * syntactic rule: `name()` is a call; `name('x')` (positional values) is a `name` followed by a
 * `key`; `name(a=..., b=...)` is a `name` + `key` when every parameter name is key-like (`id`,
 * `...Id`, `..._id`, `...-id`, `userPrincipalName`), else a `call`. The resolver may reinterpret a
 * `call` as a keyed navigation (both carry the same `NamedUrlValue` list). A dotted name is
 * `qualified` only when it starts with `microsoft.` (`contoso.sharepoint.com` is an id-like name).
 */
export type PathSegment =
  | { readonly kind: 'name'; readonly name: string; readonly idLike: boolean; readonly raw: string; readonly place: Place }
  | { readonly kind: 'key'; readonly keys: readonly NamedUrlValue[]; readonly raw: string; readonly place: Place }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly parameters: readonly NamedUrlValue[];
      readonly raw: string;
      readonly place: Place;
    }
  | { readonly kind: 'qualified'; readonly name: string; readonly raw: string; readonly place: Place }
  | { readonly kind: 'colonPath'; readonly path: string; readonly raw: string; readonly place: Place }
  | { readonly kind: 'value' | 'ref' | 'count'; readonly raw: string; readonly place: Place };

export type OrderDirection = 'asc' | 'desc';

/**
 * OData system query options, parsed; `custom` keeps every other query parameter, and a system
 * option whose value has the wrong shape (`$top=all`). Option names match case-insensitively,
 * with or without `$` (except `format` and `id`, which without `$` are ordinary parameters, e.g. a
 * driveItem's `content?format=pdf`). Values are percent-decoded; `+` is a space outside quoted
 * literals and time-zone offsets (see decode.ts). When an option is given twice, the first wins.
 */
export interface QueryOptions {
  readonly select?: readonly string[];
  readonly expand?: readonly ExpandItem[];
  readonly filter?: string;
  readonly orderby?: readonly { readonly property: string; readonly direction: OrderDirection | null }[];
  readonly top?: number;
  readonly skip?: number;
  readonly search?: string;
  readonly count?: boolean;
  readonly format?: string;
  readonly skipToken?: string;
  readonly deltaToken?: string;
  /** `$id` (the entity reference of `DELETE .../$ref?$id=...`). */
  readonly id?: string;
  readonly custom: readonly { readonly name: string; readonly value: string; readonly place: Place }[];
  /**
   * Every option in the order written: `name` is canonical for system options (`$select`,
   * `$skipToken`) and the decoded name for custom ones; `spelling` is the name as written
   * (`$select`, `select`, `%24select`, `$SkipToken`); `rawValue` as written, `value` decoded.
   */
  readonly order: readonly { readonly name: string; readonly spelling: string; readonly rawValue: string; readonly value: string; readonly place: Place }[];
}

export interface ExpandItem {
  /** The navigation path (`members`, `manager/directReports`, `*`). */
  readonly path: string;
  /** Options nested in parentheses (`members($select=id;$top=5)`). */
  readonly options: QueryOptions | null;
  /** The place of the path's first character. */
  readonly place: Place;
}

export interface Header {
  readonly name: string;
  readonly lowerName: string;
  readonly value: string;
  readonly place: Place;
  /** A table of the page documents this header as required (`| If-Match | … Required. |`); absent otherwise. */
  readonly documentedRequired?: true;
}

/** A JSON value with places; numbers keep their source text (Int64, Decimal precision). */
export type JsonNode =
  | {
      readonly kind: 'object';
      readonly entries: readonly { readonly key: string; readonly keyPlace: Place; readonly value: JsonNode }[];
      readonly place: Place;
    }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[]; readonly place: Place }
  | { readonly kind: 'string'; readonly value: string; readonly place: Place }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string; readonly place: Place }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly place: Place }
  | { readonly kind: 'null'; readonly place: Place };

export type RequestBody =
  | { readonly kind: 'json'; readonly value: JsonNode; readonly contentType: string | null; readonly strict: boolean; readonly text: string; readonly place: Place }
  | { readonly kind: 'raw'; readonly text: string; readonly contentType: string | null; readonly place: Place };

export interface RequestUrl {
  /** The URL as written on the request line. */
  readonly raw: string;
  readonly place: Place;
  readonly absolute: boolean;
  /** Host as written (`graph.microsoft.com`, or a typo such as `graph/microsoft.com`); null when relative. */
  readonly host: string | null;
  /** The API version segment: `v1.0`, `beta`, or null when absent or unusable (`{ver}`). */
  readonly apiVersion: 'v1.0' | 'beta' | null;
  /** The version segment as written (`v1.0`, `beta`, `{ver}`), or null. */
  readonly versionSpelling: string | null;
  readonly path: readonly PathSegment[];
  readonly query: QueryOptions;
}

export interface RequestIR {
  /** The request's name (annotation `name`), unique per page. */
  readonly name: string;
  readonly file: string;
  readonly index: number;
  /** The place of the request line. */
  readonly place: Place;
  readonly annotation: Readonly<Record<string, unknown>>;
  readonly method: HttpMethod;
  readonly url: RequestUrl;
  readonly headers: readonly Header[];
  readonly body: RequestBody | null;
}
