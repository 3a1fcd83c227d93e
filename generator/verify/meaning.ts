/**
 * The meaning check of `snipgen verify --run`: the request a snippet sent (recorded by the
 * capturing server) against the request its docs page shows (the typed IR of the example). Pure:
 * unit-tested without any SDK.
 *
 * Compared: the method; the path after percent-decoding; the query options as a set; the headers
 * the example sets on purpose; the body as JSON. Normalisations (each harmless, README "Meaning"):
 * - path: segments compare case-insensitively (Graph's paths are); `/me` and `/users/{id}` address
 *   the same user; a `{placeholder}` key stands for any id; `('id')` and `/id` key syntax are one;
 *   quotes around a key are the URL syntax's; a rewrite the snippet's own diagnostics announce
 *   (`render:path-rewritten`, e.g. `/me/drive/…` → `/drives/{drive-id}/…`) is accepted;
 * - query: names case-insensitive and `$`-prefix optional; `$select`/`$expand`/`$orderby` lists
 *   compare as sets of trimmed items; `$id` may be sent as `@id` (the kiota SDKs' spelling);
 *   `$count=true` compares case-insensitively;
 * - headers: transport headers (generator/sdk/headers.ts) and a JSON or octet-stream Content-Type
 *   are the HTTP stack's; a header value compares exactly;
 * - body: `@odata.type` the SDK adds for a typed model may be sent when the docs leave it out, and
 *   one the docs write for the declared (non-derived) type may be left out; a date-time compares as
 *   the instant (any offset or fraction digits); a time of day (`hh:mm:ss`) or a duration (ISO
 *   8601 days and time only: `1:00:00` or `P6W3D` is no Edm.Duration) as its value in seconds; an enum member case-insensitively (flags as a set); a number by value (an Int64 or
 *   Decimal may be sent as a string); a value the IR coerced to its schema type (`"5"` for an
 *   Int32) compares in that type; a placeholder of a non-string type (`"Boolean"`, `"Int32"`) is
 *   printed as an example value, so any value of the type matches; object keys compare
 *   case-insensitively (the SDKs write the schema's spelling); a null the docs write may be left
 *   out by an SDK that does not serialise unset properties. A stream body's bytes are the docs'
 *   placeholder and are not compared.
 */
import { TRANSPORT_HEADERS } from '../sdk/headers.js';
import type { JsonNode, UrlValue } from '../ir/types.js';
import type { TypedRequest, TypedValue } from '../ir/typed.js';

export type MeaningRule =
  | 'verify:meaning-run-error'
  | 'verify:meaning-no-request'
  | 'verify:meaning-request-count'
  | 'verify:meaning-method'
  | 'verify:meaning-path'
  | 'verify:meaning-query'
  | 'verify:meaning-header'
  | 'verify:meaning-body';

export interface MeaningFinding {
  readonly ruleId: MeaningRule;
  readonly message: string;
  /** text to look for in the snippet to place the finding (the first line that holds one) */
  readonly near: readonly string[];
}

/** What the snippet sent, as the capturing server recorded it. */
export interface SentRequest {
  readonly method: string;
  /** path and query as sent (percent-encoded) */
  readonly target: string;
  /** lower-cased names */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface Expectation {
  readonly request: TypedRequest;
  /** the raw URL as the docs write it */
  readonly rawUrl: string;
  /**
   * The rule ids of the diagnostics the snippet carries (its request's and its language's): the
   * rewrites they announce are accepted (`ANNOUNCED_REWRITES`), nothing else.
   */
  readonly announced: readonly string[];
}

/**
 * The rewrites a snippet's own diagnostics announce, and what the comparison then accepts instead of
 * the docs' request (each one checked, not skipped):
 * - `render:path-rewritten`: a drive below a user, group or site is addressed as
 *   `/drives/{drive-id}/…` (its `root` as the item `items/root`): the documented path with that
 *   prefix replaced must be sent;
 * - `schema:method-mismatch`: the docs' method does not apply to the operation the path names;
 *   the SDKs call a function with GET and an action with POST: that method must be sent;
 * - `schema:function-arguments-from-body`: the docs give a function's parameters as a JSON body;
 *   they must be sent as the function's arguments in the path (`itemAt(index=4)`), and no body;
 * - `render:body-ignored`: the SDK method sends no body: none must be sent.
 */
export const ANNOUNCED_REWRITES = ['render:path-rewritten', 'schema:method-mismatch', 'schema:function-arguments-from-body', 'render:body-ignored'] as const;
export type AnnouncedRewrite = (typeof ANNOUNCED_REWRITES)[number];

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The path and query of a URL as written in the docs or sent on the wire (no host, no version). */
export function splitTarget(target: string): { version: string | null; segments: string[]; query: [string, string][] } {
  let t = target.replace(/^[a-z]+:\/\/[^/]*/i, '');
  const q = t.indexOf('?');
  const queryText = q >= 0 ? t.slice(q + 1) : '';
  t = q >= 0 ? t.slice(0, q) : t;
  // a colon path sent as one key (`items/root%3A%2Ffolder%2Ffile.txt%3A`, the SDKs' indexer encodes it) is the path it names
  let segments = t.split('/').filter((s) => s !== '').map(safeDecode).flatMap((s) => (/^[^/]*:\/.*:$/.test(s) ? s.split('/') : [s]));
  let version: string | null = null;
  if (segments[0] === 'v1.0' || segments[0] === 'beta' || /^\{ver/i.test(segments[0] ?? '')) {
    version = segments[0]!.startsWith("{") ? null : segments[0]!;
    segments = segments.slice(1);
  }
  const query: [string, string][] = [];
  for (const part of queryText.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = safeDecode(eq >= 0 ? part.slice(0, eq) : part);
    const value = safeDecode((eq >= 0 ? part.slice(eq + 1) : '').replace(/\+/g, ' '));
    query.push([name, value]);
  }
  return { version, segments, query };
}

const PLACEHOLDER = /^\{[^}]*\}$/;

/** Path segments made comparable: keys in parentheses split out, quotes and braces of keys dropped, names lower-cased. */
function normSegments(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const written of segments) {
    // `graph.` is the namespace alias of `microsoft.graph.`; a qualified operation or cast is the unqualified one
    const s = written.replace(/^(?:microsoft\.)?graph\./i, '').replace(/\(\)$/, '');
    const call = /^([^(]+)\((.*=.*)\)$/.exec(s);
    if (call) {
      const args = splitTopLevel(call[2]!).map((a) => argumentLiteral(a.trim().replace(/^[^=]+/, (n) => n.toLowerCase()).replace(/=\s*'?(\{[^}]*\}|<[^>]*>)'?$/, '={}')));
      out.push(`${call[1]!.toLowerCase()}(${args.join(',')})`);
      continue;
    }
    const m = /^([^(]+)\((.*)\)$/.exec(s);
    if (m && !/[=,]/.test(m[2]!) && m[2] !== '') {
      out.push(m[1]!.toLowerCase(), keyOf(m[2]!));
      continue;
    }
    out.push(PLACEHOLDER.test(s) ? s : s.toLowerCase().replace(/'/g, ''));
  }
  if (out[0] === 'me') out.splice(0, 1, 'users', '{me}');
  return out;
}

/**
 * A function argument's literal made comparable: an enum member qualified by its type
 * (`microsoft.graph.timeZoneStandard'Iana'`) is the bare member (`'Iana'`: OData 4.01 allows the
 * type to be left out, and the SDKs' URI templates write it so); a date, date-time, number, Boolean
 * or GUID written in quotes is the literal itself (`date='2018-03-05'` is `date=2018-03-05`: the
 * SDK's template writes the literal as the parameter's declared type requires).
 */
function argumentLiteral(arg: string): string {
  const eq = arg.indexOf('=');
  if (eq < 0) return arg;
  let value = arg.slice(eq + 1).trim().replace(/^(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*'(.*)'$/s, "'$1'");
  const unquoted = /^'(.*)'$/s.exec(value)?.[1];
  if (unquoted !== undefined && /^(?:\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?|-?\d+(?:\.\d+)?|true|false|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(unquoted)) value = unquoted;
  return `${arg.slice(0, eq)}=${value}`;
}

function keyOf(k: string): string {
  const unq = k.replace(/^'(.*)'$/, '$1');
  return PLACEHOLDER.test(unq) ? unq : unq.toLowerCase();
}

function pathsMatch(expected: readonly string[], actual: readonly string[]): boolean {
  if (expected.length !== actual.length) return false;
  return expected.every((e, i) => {
    const a = actual[i]!;
    if (PLACEHOLDER.test(e) || PLACEHOLDER.test(a)) return true;
    if (e.includes('={}')) {
      // a function's placeholder argument stands for any value
      const pattern = new RegExp(`^${e.split('={}').map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('=[^,]*')}$`);
      if (pattern.test(a)) return true;
    }
    return e === a || e.replace(/[{}]/g, '') === a.replace(/[{}]/g, '');
  });
}

const LIST_OPTIONS = new Set(['$select', '$expand', '$orderby']);

function normQueryName(name: string): string {
  const n = name.toLowerCase();
  if (n === '@id') return '$id';
  if (['select', 'expand', 'filter', 'orderby', 'top', 'skip', 'search', 'count', 'format', 'skiptoken', 'deltatoken', 'id'].includes(n)) return `$${n}`;
  return n;
}

function normQueryValue(name: string, value: string): string {
  if (LIST_OPTIONS.has(name)) return splitTopLevel(value).map((v) => v.trim()).sort().join(',');
  if (name === '$count') return value.toLowerCase();
  return value;
}

/** Splits at commas outside parentheses (`members($select=id,displayName),manager`). */
function splitTopLevel(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Headers an SDK or its HTTP stack sets on every request: never a difference. */
const STACK_HEADERS = new Set([...Object.keys(TRANSPORT_HEADERS), 'user-agent', 'accept', 'content-type', 'client-request-id', 'sdkversion', 'feature-flag', 'cache-control', 'pragma', 'accept-language', 'sec-fetch-mode']);
/** Headers that say something about the request: sending one the docs do not is a difference. */
const PURPOSE_HEADERS = new Set(['consistencylevel', 'prefer', 'if-match', 'if-none-match']);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const OCTET = /^application\/octet-stream\b/i;

/** A function argument as a URL literal (`'text'`, `4`, `true`), the way the SDKs' URI templates write it. */
function urlLiteral(value: UrlValue): string {
  switch (value.kind) {
    case 'string':
      return `'${value.value.replace(/'/g, "''")}'`;
    case 'number':
      return value.raw;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'enum':
      return `'${value.value}'`;
    case 'placeholder':
      return value.spelling;
  }
}

/**
 * The request line the SDKs send for the documented one, by the rewrites the snippet's diagnostics
 * announce about the operation: a function is called with GET, an action with POST
 * (`schema:method-mismatch`); a function's parameters given as a JSON body are its arguments in the
 * path, and no body is sent (`schema:function-arguments-from-body`). Also used by the PHP check.
 */
export function sdkRequestLine(request: TypedRequest, rawUrl: string, announced: readonly string[]): { method: string; rawUrl: string; bodyAsArguments: boolean } {
  let method: string = request.method;
  if (announced.includes('schema:method-mismatch') && (request.operation === 'function' || request.operation === 'action')) method = request.operation === 'function' ? 'GET' : 'POST';
  const last = request.path[request.path.length - 1];
  const q = rawUrl.indexOf('?');
  const [pathPart, queryPart] = q >= 0 ? [rawUrl.slice(0, q), rawUrl.slice(q)] : [rawUrl, ''];
  if (announced.includes('schema:function-arguments-from-body') && last?.kind === 'operation' && last.operationKind === 'function' && last.arguments.length > 0 && !/\)\/?$/.test(pathPart)) {
    const args = last.arguments.map((a) => `${a.name ?? a.writtenName ?? ''}=${urlLiteral(a.value)}`).join(',');
    return { method, rawUrl: `${pathPart.replace(/\/$/, '')}(${args})${queryPart}`, bodyAsArguments: true };
  }
  return { method, rawUrl, bodyAsArguments: false };
}

/**
 * The differences between the sent requests and the documented one (empty: the snippet sends the
 * documented request). The announced rewrites applied are pushed to `accepted`.
 */
export function compareRequests(expectation: Expectation, sent: readonly SentRequest[], accepted: AnnouncedRewrite[] = []): MeaningFinding[] {
  if (sent.length === 0) return [{ ruleId: 'verify:meaning-no-request', message: 'the snippet sent no request', near: [] }];
  const out: MeaningFinding[] = [];
  if (sent.length > 1) out.push({ ruleId: 'verify:meaning-request-count', message: `the snippet sent ${sent.length} requests, the docs show one`, near: [] });
  const actual = sent[0]!;
  const req = expectation.request;
  const announced = (rule: AnnouncedRewrite): boolean => expectation.announced.includes(rule);
  const accept = (rule: AnnouncedRewrite): void => {
    if (!accepted.includes(rule)) accepted.push(rule);
  };
  const line = sdkRequestLine(req, expectation.rawUrl, expectation.announced);
  const method = line.method;
  if (actual.method.toUpperCase() === method && method !== req.method) accept('schema:method-mismatch');
  if (actual.method.toUpperCase() !== method && actual.method.toUpperCase() !== req.method) {
    out.push({ ruleId: 'verify:meaning-method', message: `sent ${actual.method}, the docs show ${req.method}${method !== req.method ? ` (announced: the SDK sends ${method})` : ''}`, near: [`.${actual.method.toLowerCase()}(`, actual.method.toLowerCase()] });
  }
  const exp = splitTarget(expectation.rawUrl);
  const got = splitTarget(actual.target);
  const expVersion = req.apiVersion ?? exp.version ?? 'v1.0';
  if (got.version !== expVersion) out.push({ ruleId: 'verify:meaning-path', message: `sent to the ${got.version ?? 'unversioned'} endpoint, the docs use ${expVersion}`, near: ['version', 'beta'] });
  const expSegments = line.bodyAsArguments ? splitTarget(line.rawUrl).segments : exp.segments;
  if (line.bodyAsArguments) accept('schema:function-arguments-from-body');
  let expected = normSegments(expSegments);
  if (announced('render:path-rewritten')) {
    const drive = expected.lastIndexOf('drive', expected.length - 2);
    if (drive >= 0) {
      // the drive's root folder is its item `root` there (`/drives/{drive-id}/items/root`, also before a `root:/path:`)
      const below = expected.slice(drive + 1);
      expected = ['drives', '{drive-id}', ...(/^root(?::|$)/.test(below[0] ?? '') ? ['items'] : []), ...below];
      accept('render:path-rewritten');
    }
  }
  if (!pathsMatch(expected, normSegments(got.segments))) {
    out.push({ ruleId: 'verify:meaning-path', message: `sent the path /${got.segments.join('/')}, the docs show /${expSegments.join('/')}`, near: exp.segments.slice(-1) });
  }
  const documented: [string, string][] = req.query.order.length > 0 ? req.query.order.map((o) => [o.name, o.value]) : exp.query;
  out.push(...compareQuery(documented, got.query));
  out.push(...compareHeaders(req, actual.headers));
  if (announced('render:body-ignored') && req.body !== null && actual.body.toString('utf8').trim() === '') accept('render:body-ignored');
  else out.push(...compareBody(req, actual));
  return out;
}

function compareQuery(expected: readonly [string, string][], actual: readonly [string, string][]): MeaningFinding[] {
  const norm = (list: readonly [string, string][]): Map<string, string> => {
    const m = new Map<string, string>();
    for (const [n, v] of list) {
      const name = normQueryName(n);
      m.set(name, normQueryValue(name, v));
    }
    return m;
  };
  const e = norm(expected);
  const a = norm(actual);
  const out: MeaningFinding[] = [];
  for (const [name, value] of e) {
    const got = a.get(name);
    const bare = name.replace(/^\$/, '');
    if (got === undefined) out.push({ ruleId: 'verify:meaning-query', message: `the query option ${name} is not sent (the docs: ${name}=${value})`, near: [bare] });
    else if (got !== value) out.push({ ruleId: 'verify:meaning-query', message: `the query option ${name} is sent as '${got}', the docs: '${value}'`, near: [bare] });
  }
  for (const [name, value] of a) if (!e.has(name)) out.push({ ruleId: 'verify:meaning-query', message: `the query option ${name}=${value} is sent, the docs have none`, near: [name.replace(/^\$/, '')] });
  return out;
}

function compareHeaders(req: TypedRequest, actual: Readonly<Record<string, string>>): MeaningFinding[] {
  const out: MeaningFinding[] = [];
  const body = req.body;
  const expected = new Set<string>();
  for (const h of req.headers) {
    if (TRANSPORT_HEADERS[h.lowerName] !== undefined) continue;
    if (h.lowerName === 'content-type' && (body === null || body.kind === 'json' || (body.stream && OCTET.test(h.value)) || (!body.stream && JSON_TYPE.test(h.value)))) continue;
    expected.add(h.lowerName);
    const got = actual[h.lowerName];
    if (got === undefined) out.push({ ruleId: 'verify:meaning-header', message: `the header ${h.name} is not sent (the docs: ${h.name}: ${h.value})`, near: [h.name] });
    else if (h.lowerName === 'content-type' ? got.split(';')[0]!.trim().toLowerCase() !== h.value.split(';')[0]!.trim().toLowerCase() : got !== h.value) {
      out.push({ ruleId: 'verify:meaning-header', message: `the header ${h.name} is sent as '${got}', the docs: '${h.value}'`, near: [h.name] });
    }
  }
  for (const [name, value] of Object.entries(actual)) {
    if (expected.has(name) || STACK_HEADERS.has(name)) continue;
    if (PURPOSE_HEADERS.has(name)) out.push({ ruleId: 'verify:meaning-header', message: `the header ${name}: ${value} is sent, the docs have none`, near: [name] });
  }
  return out;
}

function compareBody(req: TypedRequest, actual: SentRequest): MeaningFinding[] {
  const body = req.body;
  const text = actual.body.toString('utf8');
  if (body === null) {
    if (text.trim() !== '' && text.trim() !== '{}') return [{ ruleId: 'verify:meaning-body', message: `a body is sent, the docs have none: ${clip(text)}`, near: [] }];
    return [];
  }
  if (body.kind === 'raw') {
    if (body.stream) return [];
    if (text.trim() !== body.text.trim()) return [{ ruleId: 'verify:meaning-body', message: `the body is sent as ${clip(text)}, the docs: ${clip(body.text)}`, near: [] }];
    return [];
  }
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return [{ ruleId: 'verify:meaning-body', message: `the body sent is not JSON: ${clip(text)}`, near: [] }];
  }
  const out: MeaningFinding[] = [];
  matchValue(body.value, parsed, '', out);
  return out;
}

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}...` : s);
const show = (v: unknown): string => (v === undefined ? 'nothing' : clip(JSON.stringify(v)));
const lastKey = (where: string): string[] => {
  const k = /([^.[\]]+)\]?$/.exec(where)?.[1];
  return k ? [k] : [];
};

function differ(out: MeaningFinding[], where: string, expected: unknown, actual: unknown): void {
  out.push({ ruleId: 'verify:meaning-body', message: `${where === '' ? 'the body' : `body ${where}`} is sent as ${show(actual)}, the docs: ${show(expected)}`, near: lastKey(where) });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A time of day (`hh:mm[:ss[.f]]`, Edm.TimeOfDay's wire form) in seconds, or null. */
function timeOfDaySeconds(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(v);
  return t ? Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0) : null;
}

/**
 * An ISO 8601 duration of days and time (Edm.Duration's wire form, xsd:dayTimeDuration) in
 * seconds, or null: `1:00:00` (Python's str(timedelta)) and a week count (`P6W3D`) are no
 * Edm.Duration and never match.
 */
function durationSeconds(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  // zero years and months may be written (PHP's DateInterval: P0Y0M45DT0H0M0S)
  const d = /^(-)?P(?:0+Y)?(?:0+M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(v);
  if (d && v !== 'P' && !v.endsWith('T')) return (d[1] ? -1 : 1) * (Number(d[2] ?? 0) * 86400 + Number(d[3] ?? 0) * 3600 + Number(d[4] ?? 0) * 60 + Number(d[5] ?? 0));
  return null;
}

/** Two base64 (or base64url) texts that decode to the same bytes (padding and unused trailing bits aside: a decoder ignores them). */
function sameBytes(a: string, b: string): boolean {
  const decode = (t: string): Buffer | null => (/^[A-Za-z0-9+/_-]+=*$/.test(t) ? Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64') : null);
  const x = decode(a);
  const y = decode(b);
  return x !== null && y !== null && x.length > 0 && x.equals(y);
}

function matchPrimitive(v: Extract<TypedValue, { kind: 'primitive' }>, actual: unknown, where: string, out: MeaningFinding[]): void {
  const numeric = ['Edm.Int16', 'Edm.Int32', 'Edm.Int64', 'Edm.Byte', 'Edm.SByte', 'Edm.Double', 'Edm.Single', 'Edm.Decimal'].includes(v.type);
  if (v.placeholder !== null && v.type !== 'Edm.String') {
    // a type name or a `-value` placeholder of a typed value is printed as an example value
    if (actual === undefined) differ(out, where, v.raw, actual);
    return;
  }
  if (v.type === 'Edm.DateTimeOffset' && typeof actual === 'string' && typeof v.value === 'string') {
    const a = Date.parse(actual);
    const e = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v.value) || !/T/.test(v.value) ? v.value : `${v.value}Z`);
    if (!Number.isNaN(a) && a === e) return;
    if (actual === v.value) return;
    differ(out, where, v.value, actual);
    return;
  }
  if (v.type === 'Edm.TimeOfDay' || v.type === 'Edm.Duration') {
    const seconds = v.type === 'Edm.Duration' ? durationSeconds : timeOfDaySeconds;
    const a = seconds(actual);
    if (a !== null && a === seconds(v.value)) return;
    if (actual === v.value) return;
    differ(out, where, v.value, actual);
    return;
  }
  if (numeric) {
    const a = typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : actual;
    const e = typeof v.value === 'string' ? Number(v.value) : v.value;
    if (typeof a === 'number' && (a === e || Math.abs(a - Number(e)) <= Math.abs(Number(e)) * 1e-6)) return;
    differ(out, where, v.value, actual);
    return;
  }
  if (v.type === 'Edm.Binary' && typeof actual === 'string' && typeof v.value === 'string' && (actual.replace(/=+$/, '') === v.value.replace(/=+$/, '') || sameBytes(actual, v.value))) return;
  if (v.type === 'Edm.Date' && typeof actual === 'string' && typeof v.value === 'string' && actual.slice(0, 10) === v.value.slice(0, 10)) return;
  if (v.type === 'Edm.Guid' && typeof actual === 'string' && typeof v.value === 'string' && actual.toLowerCase() === v.value.toLowerCase()) return;
  if (actual !== v.value) differ(out, where, v.value, actual);
}

function matchValue(v: TypedValue, actual: unknown, where: string, out: MeaningFinding[]): void {
  switch (v.kind) {
    case 'primitive':
      matchPrimitive(v, actual, where, out);
      return;
    case 'enum': {
      if (v.placeholder !== null && actual !== undefined) return;
      const norm = (s: string): string => s.split(',').map((m) => m.trim().toLowerCase()).sort().join(',');
      if (typeof actual === 'string' && norm(actual) === norm(v.members.length > 0 ? [...v.members, ...v.unknownMembers].join(',') : v.raw)) return;
      differ(out, where, v.raw, actual);
      return;
    }
    case 'null':
      if (actual !== null && actual !== undefined) differ(out, where, null, actual);
      return;
    case 'untyped':
      matchJson(v.value, actual, where, out);
      return;
    case 'collection':
      if (!Array.isArray(actual)) {
        differ(out, where, `[${v.items.length} items]`, actual);
        return;
      }
      if (actual.length !== v.items.length) {
        differ(out, where, `${v.items.length} items`, `${actual.length} items`);
        return;
      }
      v.items.forEach((item, i) => matchValue(item, actual[i], `${where}[${i}]`, out));
      return;
    case 'reference': {
      if (!isObject(actual)) {
        differ(out, where, { '@odata.id': v.id }, actual);
        return;
      }
      const expected = new Map<string, { node?: JsonNode; typed?: TypedValue; id?: string | null }>();
      expected.set('@odata.id', { id: v.id });
      for (const a of v.annotations) if (a.key.toLowerCase() !== '@odata.id') expected.set(a.key, { node: a.value });
      for (const a of v.additionalData) expected.set(a.key, { node: a.value });
      matchMembers(expected, actual, where, out, null);
      return;
    }
    case 'object':
    case 'parameters': {
      if (!isObject(actual)) {
        if (actual === undefined && v.properties.length === 0 && v.additionalData.length === 0) return;
        differ(out, where, 'an object', actual);
        return;
      }
      const expected = new Map<string, { node?: JsonNode; typed?: TypedValue }>();
      for (const p of v.properties) expected.set(p.name, { typed: p.value });
      for (const a of v.additionalData) expected.set(a.key, { node: a.value });
      for (const a of v.annotations) expected.set(a.key, { node: a.value });
      matchMembers(expected, actual, where, out, v.kind === 'object' ? v : null, v.kind === 'parameters');
      return;
    }
  }
}

type Expected = { node?: JsonNode; typed?: TypedValue; id?: string | null };

function matchMembers(expected: Map<string, Expected>, actual: Record<string, unknown>, where: string, out: MeaningFinding[], object: Extract<TypedValue, { kind: 'object' }> | null, parameters = false): void {
  const actualKeys = new Map(Object.keys(actual).map((k) => [k.toLowerCase(), k]));
  const seen = new Set<string>();
  for (const [key, e] of expected) {
    const k = actualKeys.get(key.toLowerCase());
    if (k !== undefined) seen.add(k);
    const value = k === undefined ? undefined : actual[k];
    const at = `${where}.${key}`;
    if (key.toLowerCase() === '@odata.type' && object !== null) {
      const norm = (s: unknown): string => String(s).replace(/^#/, '').toLowerCase();
      const written = e.node?.kind === 'string' ? e.node.value : '';
      if (value === undefined && norm(written) === object.declaredType.toLowerCase() && !object.abstract) continue;
      if (value === undefined || norm(value) !== norm(written)) differ(out, at, written, value);
      continue;
    }
    if (e.typed) {
      if (value === undefined && e.typed.kind === 'null') continue;
      matchValue(e.typed, value, at, out);
    } else if (e.node) {
      if (value === undefined && e.node.kind === 'null') continue;
      matchJson(e.node, value, at, out);
    } else if ('id' in e) {
      if (value !== e.id) differ(out, at, e.id, value);
    }
  }
  for (const [k, value] of Object.entries(actual)) {
    if (seen.has(k)) continue;
    if (k.toLowerCase() === '@odata.type' && object !== null) continue; // the SDK names the model's type
    if (value === null) continue; // an unset property some serialisers write as null
    if (parameters && value === false) continue; // an optional Boolean action parameter the SDK's request body defaults to false
    differ(out, `${where}.${k}`, undefined, value);
  }
}

function matchJson(node: JsonNode, actual: unknown, where: string, out: MeaningFinding[]): void {
  switch (node.kind) {
    case 'null':
      if (actual !== null) differ(out, where, null, actual);
      return;
    case 'string':
    case 'boolean':
      if (actual !== node.value) differ(out, where, node.value, actual);
      return;
    case 'number':
      if (!(typeof actual === 'number' && actual === node.value) && !(typeof actual === 'string' && Number(actual) === node.value)) differ(out, where, node.value, actual);
      return;
    case 'array':
      if (!Array.isArray(actual) || actual.length !== node.items.length) {
        differ(out, where, `${node.items.length} items`, Array.isArray(actual) ? `${actual.length} items` : actual);
        return;
      }
      node.items.forEach((item, i) => matchJson(item, actual[i], `${where}[${i}]`, out));
      return;
    case 'object': {
      if (!isObject(actual)) {
        differ(out, where, 'an object', actual);
        return;
      }
      const expected = new Map<string, Expected>();
      for (const e of node.entries) expected.set(e.key, { node: e.value });
      matchMembers(expected, actual, where, out, null);
      return;
    }
  }
}

/** The snippet line (1-based) to place a finding on: the first line holding one of its `near` texts, else the last line of code. */
export function placeFinding(code: string, finding: MeaningFinding): number {
  const lines = code.split('\n');
  for (const needle of finding.near) {
    if (needle === '') continue;
    const n = needle.toLowerCase();
    const i = lines.findIndex((l) => l.toLowerCase().includes(n));
    if (i >= 0) return i + 1;
  }
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '' && !/^[\s)}\];]*$/.test(lines[i]!)) return i + 1;
  return 1;
}
