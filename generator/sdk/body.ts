/**
 * How a body object's entries reach a kiota model, decided once for the five kiota targets: which
 * entries are the model's members (in the order written) and which go to its additional data.
 *
 * - a declared property is a member; an untyped JSON object for a declared model type (an open
 *   type whose members are all dynamic, plannerAssignments keyed by user id) is a member whose
 *   value is an instance of that type carrying the entries as its own additional data (`open`);
 * - a `microsoft.graph.Json` property is a member where the SDK declares one (C#, Go and Java type
 *   it as kiota's `UntypedNode`); msgraph-sdk for Python and PHP declare no member for it, so its
 *   JSON goes to additional data under its name (`render:property-as-additional-data`): the same
 *   JSON on the wire;
 * - `@odata.type` of a model is its `odataType` member (every kiota model has one; setting it
 *   explicitly sends the annotation as written, and never twice); an action's request body class has
 *   no such member, so there it is additional data, like every other annotation and every property
 *   the schema does not declare.
 */
import type { Place } from '../diagnostics/types.js';
import type { Annotation, AdditionalProperty, TypedProperty, TypedValue } from '../ir/typed.js';
import type { JsonNode } from '../ir/types.js';
import { untypedInSdk } from '../languages/shared/untyped.js';
import { parseDuration } from '../languages/shared/values.js';
import type { RenderIssue } from '../render/issue.js';

type JsonObject = Extract<JsonNode, { kind: 'object' }>;

export type ModelMember =
  /** A declared property; `open` is set when its value is an instance of a declared type with dynamic members only. */
  | { readonly kind: 'property'; readonly property: TypedProperty; readonly open: JsonObject | null }
  | { readonly kind: 'odataType'; readonly value: string; readonly place: Place };

export interface AdditionalEntry {
  readonly key: string;
  readonly value: JsonNode;
  readonly place: Place;
}

export interface ModelParts {
  /** The members, in the order written. */
  readonly members: readonly ModelMember[];
  /** The additional data, in the order written. */
  readonly additional: readonly AdditionalEntry[];
  readonly issues: readonly RenderIssue[];
  /** Set when an entry cannot be given to the model at all (the snippet is refused with it). */
  readonly unsupported: RenderIssue | null;
}

/** What one kiota SDK's models declare. */
export interface SdkModelFacts {
  /** Whether a `microsoft.graph.Json` property is a member of the model (false: additional data). */
  readonly jsonProperties: boolean;
  /**
   * How the SDK's serialiser writes an `Edm.Duration` member: `iso`, the ISO 8601 text the schema
   * type is (C#, Java); `whole-seconds`, ISO 8601 but no fraction of a second (PHP's DateInterval,
   * whose constructor throws on `PT0.03S`); `str`, Python's `str(timedelta)`
   * (kiota-serialization-json for Python: `45 days, 0:00:00` for P45D, `1:00:00` for PT1H), never
   * an Edm.Duration; `weeks`, kiota Go's ISODuration, which turns seven days (or 168 hours) and more
   * into a week count (P45D as P6W3D) that xsd:duration does not have, writes no fraction of a
   * second (PT0.03S as P) and a zero duration as `P`. A duration the member would send wrong goes
   * in the additional data as the docs write it.
   */
  readonly durations: 'iso' | 'whole-seconds' | 'str' | 'weeks';
  /** Whether the SDK's byte is signed (Java's `Byte`: an `Edm.Byte` above 127 is sent negative, 215 as -41). */
  readonly signedBytes: boolean;
}

/** Why a member of this SDK would write a primitive value other than the docs' JSON, or null when it writes it as given. */
function memberMiswrites(p: TypedProperty, facts: SdkModelFacts): string | null {
  const v = p.value;
  if (v.kind !== 'primitive' || v.placeholder !== null) return null;
  if (v.type === 'Edm.Duration' && typeof v.value === 'string') {
    if (facts.durations === 'str') return `the SDK writes a duration member with str(timedelta) ('1:00:00', '45 days, 0:00:00'), which is no Edm.Duration`;
    const fraction = /\.\d*[1-9]/.test(v.value);
    if (facts.durations === 'whole-seconds' && fraction) return `the SDK's duration type holds no fraction of a second (DateInterval throws on '${v.value}')`;
    if (facts.durations === 'weeks') {
      const parsed = parseDuration(v.value);
      const d = parsed.ok ? parsed.value : null;
      // days and time in seconds (years and months have no fixed length)
      const total = d === null || d.years !== 0 || d.months !== 0 ? null : d.weeks * 7 * 86400 + d.days * 86400 + d.hours * 3600 + d.minutes * 60 + d.seconds + Number(`0.${d.fraction || '0'}`);
      if ((d !== null && d.weeks > 0) || (total !== null && total >= 7 * 86400)) return `the SDK writes a duration of a week or more with a week count (P45D as P6W3D), which Edm.Duration does not have`;
      if (fraction) return `the SDK writes no fraction of a second in a duration ('${v.value}' would be sent without it)`;
      if (total === 0) return `the SDK writes a zero duration as 'P', which is no Edm.Duration`;
    }
  }
  if (v.type === 'Edm.Byte' && facts.signedBytes && typeof v.value === 'number' && v.value > 127) {
    return `the SDK's byte is signed, so ${v.value} would be sent as ${v.value - 256}`;
  }
  return null;
}

/** The JSON a typed value was written as (coercions undone), or null when it holds no written JSON. */
function writtenJson(v: TypedValue): JsonNode | null {
  switch (v.kind) {
    case 'primitive': {
      const asString = v.coercion === 'string-to-boolean' || v.coercion === 'string-to-number' || v.coercion === 'datetime-to-date' || typeof v.value === 'string' || v.placeholder !== null;
      if (asString && v.coercion !== 'number-to-string' && v.coercion !== 'boolean-to-string') return { kind: 'string', value: v.raw, place: v.place };
      if (v.coercion === 'number-to-string' || typeof v.value === 'number') return { kind: 'number', value: Number(v.raw), raw: v.raw, place: v.place };
      return { kind: 'boolean', value: v.coercion === 'boolean-to-string' ? v.raw === 'true' : Boolean(v.value), place: v.place };
    }
    case 'enum':
      return { kind: 'string', value: v.raw, place: v.place };
    case 'object':
    case 'parameters': {
      const entries: { key: string; keyPlace: Place; value: JsonNode; offset: number }[] = [];
      for (const p of v.properties) {
        const json = writtenJson(p.value);
        if (json === null) return null;
        entries.push({ key: p.jsonName, keyPlace: p.place, value: json, offset: p.place.offset });
      }
      for (const a of v.annotations) entries.push({ key: a.key, keyPlace: a.place, value: a.value, offset: a.place.offset });
      for (const d of v.additionalData) entries.push({ key: d.key, keyPlace: d.place, value: d.value, offset: d.place.offset });
      entries.sort((a, b) => a.offset - b.offset);
      return { kind: 'object', entries: entries.map(({ key, keyPlace, value }) => ({ key, keyPlace, value })), place: v.place };
    }
    case 'collection': {
      const items: JsonNode[] = [];
      for (const item of v.items) {
        const json = writtenJson(item);
        if (json === null) return null;
        items.push(json);
      }
      return { kind: 'array', items, place: v.place };
    }
    default:
      return jsonOf(v);
  }
}

/** The JSON a typed value was read from (a `microsoft.graph.Json` value is untyped, null or a list of them), or null. */
function jsonOf(v: TypedValue): JsonNode | null {
  if (v.kind === 'untyped') return v.value;
  if (v.kind === 'null') return { kind: 'null', place: v.place };
  if (v.kind !== 'collection') return null;
  const items: JsonNode[] = [];
  for (const item of v.items) {
    const json = jsonOf(item);
    if (json === null) return null;
    items.push(json);
  }
  return { kind: 'array', items, place: v.place };
}

/** True when the value is an untyped object where the schema declares a model type (an open type's dynamic members). */
export function isOpenObject(property: TypedProperty): property is TypedProperty & { value: { kind: 'untyped'; value: JsonObject } } {
  const v = property.value;
  return v.kind === 'untyped' && v.value.kind === 'object' && !property.type.collection && !property.type.name.startsWith('Edm.') && !untypedInSdk(property.type.name);
}

/**
 * The members and additional data of a model (`odataTypeMember`: true for a model class, false for
 * an action's request body class). `label` names the target in the issues.
 */
export function modelParts(
  value: { readonly properties: readonly TypedProperty[]; readonly annotations: readonly Annotation[]; readonly additionalData: readonly AdditionalProperty[] },
  odataTypeMember: boolean,
  facts: SdkModelFacts,
  label: string,
): ModelParts {
  const members: { offset: number; member: ModelMember }[] = [];
  const additional: { offset: number; entry: AdditionalEntry }[] = [];
  const issues: RenderIssue[] = [];
  let unsupported: RenderIssue | null = null;
  for (const p of value.properties) {
    // the SDK models read from the SDKs (Go's UntypedNode) name microsoft.graph.Json `Edm.Untyped`, which the CSDL never uses
    const undeclared = untypedInSdk(p.type.name) && !facts.jsonProperties;
    const json = undeclared ? jsonOf(p.value) : null;
    if (undeclared && json === null) {
      unsupported ??= { ruleId: 'render:unsupported', message: `${label}: a ${p.value.kind} value for the ${p.type.name} property '${p.name}', which the SDK's model does not declare`, place: p.place };
      continue;
    }
    if (json !== null) {
      issues.push({ ruleId: 'render:property-as-additional-data', message: `${label}: the SDK's model declares no member for '${p.name}' (${p.type.name}); it is sent in the additional data`, place: p.place });
      additional.push({ offset: p.place.offset, entry: { key: p.name, value: json, place: p.place } });
      continue;
    }
    // Kiota leaves read-only properties out of every model's serialize() (msgraph-sdk-php, -python,
    // -go, -java and -dotnet alike: each has the setter, but educationAssignment.status would never be
    // sent), so a property the service computes goes in the additional data, written as given
    const computed = p.computed === true ? writtenJson(p.value) : null;
    if (computed !== null) {
      issues.push({ ruleId: 'render:property-as-additional-data', message: `${label}: the service computes '${p.name}' (read-only in the API description), and the SDK's model leaves it out of what it serialises; it is sent in the additional data`, place: p.place });
      additional.push({ offset: p.place.offset, entry: { key: p.jsonName, value: computed, place: p.place } });
      continue;
    }
    const miswrites = memberMiswrites(p, facts);
    const written = miswrites === null ? null : writtenJson(p.value);
    if (miswrites !== null && written !== null) {
      issues.push({ ruleId: 'render:property-as-additional-data', message: `${label}: ${miswrites}; '${p.name}' is sent in the additional data as the docs write it`, place: p.place });
      additional.push({ offset: p.place.offset, entry: { key: p.jsonName, value: written, place: p.place } });
      continue;
    }
    members.push({ offset: p.place.offset, member: { kind: 'property', property: p, open: isOpenObject(p) ? p.value.value : null } });
  }
  for (const a of value.annotations) {
    if (odataTypeMember && a.property === null && a.term === 'odata.type' && a.value.kind === 'string') {
      members.push({ offset: a.place.offset, member: { kind: 'odataType', value: a.value.value, place: a.value.place } });
    } else additional.push({ offset: a.place.offset, entry: { key: a.key, value: a.value, place: a.place } });
  }
  for (const d of value.additionalData) additional.push({ offset: d.place.offset, entry: { key: d.key, value: d.value, place: d.place } });
  return {
    members: members.sort((a, b) => a.offset - b.offset).map((m) => m.member),
    additional: additional.sort((a, b) => a.offset - b.offset).map((e) => e.entry),
    issues,
    unsupported,
  };
}
