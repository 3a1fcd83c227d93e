/**
 * The request as a kiota SDK's executor takes it, before a view prints it.
 *
 * Custom query parameters: the SDKs declare a few as named query parameters (calendarView's and
 * its delta's `startDateTime`, `endDateTime`); the service reads their names in any case, the
 * SDKs only in theirs, so a name written in another case takes the SDK's.
 */
import type { Place } from '../diagnostics/types.js';
import type { TypeRef, TypedRequest, TypedUrlValue, TypedValue } from '../ir/typed.js';
import { untypedInSdk } from '../languages/shared/untyped.js';
import { isGuid, parseDate, parseDateTime, parseDuration, parseTime } from '../languages/shared/values.js';
import type { RenderIssue } from './issue.js';

type Language = string;

/**
 * The custom query parameters the kiota SDKs declare by name (Microsoft's metadata pipeline adds
 * them as custom query options: calendarView and the events' delta take `startDateTime`/
 * `endDateTime`, the messages' delta `changeType`, getAllMessages `model`).
 */
export const DECLARED_CUSTOM_PARAMETERS: readonly string[] = ['startDateTime', 'endDateTime', 'changeType', 'model'];

/** The request with custom query options named as the SDK declares them, and one issue per renamed option. */
export function sdkQueryNames(request: TypedRequest, language: Language): { request: TypedRequest; issues: RenderIssue[] } {
  const issues: RenderIssue[] = [];
  const rename = (name: string, place: RenderIssue['place']): string => {
    const declared = DECLARED_CUSTOM_PARAMETERS.find((d) => d !== name && d.toLowerCase() === name.toLowerCase());
    if (declared === undefined) return name;
    issues.push({ ruleId: 'render:query-parameter-case', message: `${language}: the query parameter '${name}' is the SDK's '${declared}' in another case; the SDK's name is used`, place });
    return declared;
  };
  const order = request.query.order.map((o) => (o.name.startsWith('$') ? o : { ...o, name: rename(o.name, o.place) }));
  if (issues.length === 0) return { request, issues };
  const custom = request.query.custom.map((c) => {
    const declared = DECLARED_CUSTOM_PARAMETERS.find((d) => d.toLowerCase() === c.name.toLowerCase());
    return declared === undefined ? c : { ...c, name: declared };
  });
  return { request: { ...request, query: { ...request.query, order, custom } }, issues };
}

/**
 * The first body value the typed SDK models cannot hold: JSON kept untyped (a placeholder such as
 * `"message or event entity"`, or a value that contradicts its type) where the model's member has
 * a type (a model, a string). An object for a model type compiles (the model carries its entries
 * as additional data: open types); anything for `microsoft.graph.Json` is untyped in the SDKs too.
 */
export function untypedWhereTyped(request: TypedRequest): { property: string; type: TypeRef; text: string; place: Place } | null {
  const fits = (type: TypeRef, v: Extract<TypedValue, { kind: 'untyped' }>): boolean =>
    untypedInSdk(type.name) || (v.value.kind === 'object' && !type.collection && !type.name.startsWith('Edm.'));
  const text = (v: Extract<TypedValue, { kind: 'untyped' }>): string => {
    const json = v.value;
    return json.kind === 'string' ? JSON.stringify(json.value) : json.kind === 'object' ? 'an object' : json.kind === 'array' ? 'an array' : json.kind;
  };
  const visit = (v: TypedValue, property: string, type: TypeRef): ReturnType<typeof untypedWhereTyped> => {
    switch (v.kind) {
      case 'untyped':
        return fits(type, v) ? null : { property, type, text: text(v), place: v.place };
      case 'object':
      case 'parameters':
        for (const p of v.properties) {
          const found = visit(p.value, p.name, p.type);
          if (found) return found;
        }
        return null;
      case 'collection':
        for (const item of v.items) {
          const found = visit(item, property, v.itemType);
          if (found) return found;
        }
        return null;
      default:
        return null;
    }
  };
  const body = request.body;
  if (body?.kind !== 'json' || (body.value.kind !== 'object' && body.value.kind !== 'parameters' && body.value.kind !== 'collection')) return null;
  return visit(body.value, 'body', body.expected ?? { name: 'Edm.Untyped', collection: false });
}

const NUMBERS: ReadonlySet<string> = new Set(['Edm.Byte', 'Edm.SByte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64', 'Edm.Decimal', 'Edm.Double', 'Edm.Single']);

/**
 * A placeholder written as an OData string (`search(q='{search-query}')`, `users('{user-id}')`)
 * with its quotes dropped: the SDK's URI template quotes a string argument itself
 * (`search(q='{q}')`), so a method or indexer takes the bare value, as it does for `'budget'`.
 * Null when the spelling has no quotes.
 */
function unquotedPlaceholder(value: TypedUrlValue['value']): TypedUrlValue['value'] | null {
  if (value.kind !== 'placeholder' || !/^'.*'$/s.test(value.spelling)) return null;
  return { ...value, spelling: value.spelling.slice(1, -1) };
}

/**
 * The request with the key and function argument values the SDK's indexers and methods take: a
 * quoted placeholder loses its quotes (silently: the value is the same), and every function argument
 * that is a placeholder of a number or Boolean type (`cell(row={row},column={column})`) gets an
 * example value: the SDK method takes an `int`, which a placeholder's text is not, so `0` (or
 * `false`) is passed, and said.
 */
export function sdkArguments(request: TypedRequest, language: Language): { request: TypedRequest; issues: RenderIssue[] } {
  const issues: RenderIssue[] = [];
  let changed = false;
  const unquoted = (a: TypedUrlValue): TypedUrlValue => {
    const value = unquotedPlaceholder(a.value);
    if (value === null) return a;
    changed = true;
    return { ...a, value };
  };
  const path = request.path.map((step) => {
    if (step.kind === 'key') {
      const keys = step.keys.map(unquoted);
      return keys.every((k, i) => k === step.keys[i]) ? step : { ...step, keys };
    }
    if (step.kind !== 'operation' || step.operationKind !== 'function') return step;
    const args = step.arguments.map((written) => {
      const a = unquoted(written);
      if (a.value.kind !== 'placeholder' || a.type === null || a.type.collection) return a;
      const example: TypedUrlValue['value'] | null = NUMBERS.has(a.type.name)
        ? { kind: 'number', value: 0, raw: '0' }
        : a.type.name === 'Edm.Boolean'
          ? { kind: 'boolean', value: false }
          : null;
      if (example === null) return a;
      changed = true;
      const shown = example.kind === 'number' ? example.raw : String(example.value);
      issues.push({ ruleId: 'render:argument-example', message: `${language}: ${a.name ?? 'the argument'} is ${a.value.spelling}, a placeholder for ${a.type.name}; the SDK method takes a typed value: the example value ${shown} is passed`, place: a.place });
      return { ...a, value: example };
    });
    return args.every((a, i) => a === step.arguments[i]) ? step : { ...step, arguments: args };
  });
  return changed ? { request: { ...request, path }, issues } : { request, issues };
}

/**
 * The zero value of each string-shaped Edm type a model holds as a typed value (`UUID`,
 * `OffsetDateTime`, `LocalDate`, …), for a docs placeholder of that type.
 */
const ZERO_VALUES: Readonly<Record<string, string>> = {
  'Edm.Guid': '00000000-0000-0000-0000-000000000000',
  'Edm.Date': '0001-01-01',
  'Edm.DateTimeOffset': '0001-01-01T00:00:00Z',
  'Edm.TimeOfDay': '00:00:00',
  'Edm.Duration': 'PT0S',
};

const parses: Readonly<Record<string, (text: string) => boolean>> = {
  'Edm.Guid': isGuid,
  'Edm.Date': (t) => parseDate(t).ok,
  'Edm.DateTimeOffset': (t) => parseDateTime(t).ok,
  'Edm.TimeOfDay': (t) => parseTime(t).ok,
  'Edm.Duration': (t) => parseDuration(t).ok,
};

/**
 * The request with every body value that is a docs placeholder of a GUID, date, date-time, time of
 * day or duration (`"classId-value"`, `"datetime-value"`, `"String (timestamp)"`) replaced by the
 * type's zero value: the SDK model holds a typed value (`UUID`, `OffsetDateTime`), which the
 * placeholder's text is not (`UUID("classId-value")` raises before anything is sent), so the
 * snippet passes the zero value, and says so — as function arguments get `0` or `false`
 * (`sdkArguments`) and Boolean and number placeholders their example value (the resolver's
 * `schema:placeholder-example`). The placeholder's text stays in `raw`.
 */
export function sdkBodyExamples(request: TypedRequest, language: Language): { request: TypedRequest; issues: RenderIssue[] } {
  const issues: RenderIssue[] = [];
  const visit = (v: TypedValue, where: string): TypedValue => {
    switch (v.kind) {
      case 'primitive': {
        const zero = ZERO_VALUES[v.type];
        if (zero === undefined || v.placeholder === null || typeof v.value !== 'string' || parses[v.type]!(v.value)) return v;
        issues.push({ ruleId: 'render:value-example', message: `${language}: ${where} is ${JSON.stringify(v.raw)}, a placeholder for ${v.type}; the SDK's model takes a typed value: the zero value ${zero} is passed`, place: v.place });
        return { ...v, value: zero };
      }
      case 'object':
      case 'parameters': {
        const properties = v.properties.map((p) => {
          const value = visit(p.value, p.name);
          return value === p.value ? p : { ...p, value };
        });
        return properties.every((p, i) => p === v.properties[i]) ? v : { ...v, properties };
      }
      case 'collection': {
        const items = v.items.map((item) => visit(item, `${where}[]`));
        return items.every((item, i) => item === v.items[i]) ? v : { ...v, items };
      }
      default:
        return v;
    }
  };
  const body = request.body;
  if (body?.kind !== 'json') return { request, issues };
  const value = visit(body.value, 'the body');
  return value === body.value ? { request, issues } : { request: { ...request, body: { ...body, value } }, issues };
}
