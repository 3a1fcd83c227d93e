/**
 * Parsing of the textual values that literal printers turn into typed code: ISO dates, times,
 * date-times and durations, GUIDs, base64, JSON numbers. Pure and language-free.
 */
import type { LiteralIssue, ScalarValue } from '../profile.js';

export interface DateParts { readonly year: number; readonly month: number; readonly day: number }
export interface TimeParts {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The fraction's digits as written (`667` for `.667`), or ''. */
  readonly fraction: string;
}
export interface DateTimeParts extends DateParts, TimeParts {
  /** Offset in minutes east of UTC. */
  readonly offsetMinutes: number;
  /** Canonical RFC 3339 text (offset always present). */
  readonly text: string;
}
export interface DurationParts {
  readonly negative: boolean;
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  /** Whole seconds. */
  readonly seconds: number;
  /** Fraction digits of the seconds, or ''. */
  readonly fraction: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T; readonly issues: readonly LiteralIssue[] } | { readonly ok: false; readonly issues: readonly LiteralIssue[] };

const ok = <T>(value: T, issues: readonly LiteralIssue[] = []): Parsed<T> => ({ ok: true, value, issues });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, issues: [{ kind: 'invalid-value', message }] });

export function textOf(value: ScalarValue): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return value.text;
    case 'boolean':
      return value.value ? 'true' : 'false';
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?/;

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function validTime(h: number, mi: number, s: number): boolean {
  return h <= 23 && mi <= 59 && s <= 59;
}

/** `2020-09-08`; a date-time keeps its date (coerced). */
export function parseDate(text: string): Parsed<DateParts> {
  const m = DATE.exec(text);
  if (m === null) return fail(`'${text}' is not an ISO 8601 date`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(year, month, day)) return fail(`'${text}' is not a calendar date`);
  const rest = text.slice(10);
  if (rest === '') return ok({ year, month, day });
  if (!parseDateTime(text).ok) return fail(`'${text}' is not an ISO 8601 date`);
  return ok({ year, month, day }, [{ kind: 'coerced', message: `date-time '${text}' given for a date: its date ${text.slice(0, 10)} is used` }]);
}

/** `08:00`, `08:00:30`, `08:00:30.1234567`; a date-time keeps its time (coerced). */
export function parseTime(text: string): Parsed<TimeParts> {
  let body = text;
  const issues: LiteralIssue[] = [];
  const dt = /^\d{4}-\d{2}-\d{2}T(.*)$/.exec(text);
  if (dt !== null) {
    const whole = parseDateTime(text);
    if (!whole.ok) return fail(`'${text}' is not an ISO 8601 time`);
    body = dt[1]!.replace(/(Z|[+-]\d{2}:\d{2})$/, '');
    issues.push({ kind: 'coerced', message: `date-time '${text}' given for a time of day: its time ${body} is used` });
  }
  const m = TIME.exec(body);
  if (m === null || m[0].length !== body.length) return fail(`'${text}' is not an ISO 8601 time of day`);
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (!validTime(hour, minute, second)) return fail(`'${text}' is not a time of day`);
  return ok({ hour, minute, second, fraction: m[4] ?? '' }, issues);
}

/** RFC 3339 date-time; a missing offset is read as UTC and a bare date as midnight UTC (both coerced). */
export function parseDateTime(text: string): Parsed<DateTimeParts> {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  if (m === null) return fail(`'${text}' is not an ISO 8601 date-time`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!validDate(year, month, day) || !validTime(hour, minute, second)) return fail(`'${text}' is not a valid date-time`);
  const fraction = m[7] ?? '';
  const issues: LiteralIssue[] = [];
  let offsetMinutes = 0;
  const zone = m[8];
  if (m[4] === undefined) issues.push({ kind: 'coerced', message: `date '${text}' given for a date-time: midnight UTC is used` });
  else if (zone === undefined) issues.push({ kind: 'coerced', message: `date-time '${text}' has no offset: UTC is used` });
  else if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const hh = Number(zone.slice(1, 3));
    const mm = Number(zone.slice(4, 6));
    if (hh > 23 || mm > 59) return fail(`'${text}' has an invalid offset`);
    offsetMinutes = sign * (hh * 60 + mm);
  }
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const offsetText =
    offsetMinutes === 0 ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const canonical = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction === '' ? '' : `.${fraction}`}${offsetText}`;
  return ok({ year, month, day, hour, minute, second, fraction, offsetMinutes, text: canonical }, issues);
}

/** ISO 8601 duration (`P30D`, `PT1H30M`, `P1Y2M`, `PT0.5S`, `-P1D`). */
export function parseDuration(text: string): Parsed<DurationParts> {
  const m = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?)?$/.exec(text);
  if (m === null || text.endsWith('T') || /^-?P$/.test(text)) return fail(`'${text}' is not an ISO 8601 duration`);
  const n = (i: number) => Number(m[i] ?? 0);
  return ok({
    negative: m[1] === '-',
    years: n(2),
    months: n(3),
    weeks: n(4),
    days: n(5),
    hours: n(6),
    minutes: n(7),
    seconds: n(8),
    fraction: m[9] ?? '',
  });
}

export function isGuid(text: string): boolean {
  return /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/.test(text);
}

export interface Base64Info {
  /** `url` when `-` or `_` occur, `standard` when `+` or `/` occur, `either` when neither. */
  readonly alphabet: 'standard' | 'url' | 'either';
  readonly padded: boolean;
  /** The same bytes in the standard alphabet with padding. */
  readonly standard: string;
  readonly bytes: Uint8Array;
}

/** base64 or base64url, padded or not; null when it is neither (a placeholder, mixed alphabets, bad length). */
export function parseBase64(text: string): Base64Info | null {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return null;
  const url = /[-_]/.test(text);
  const standardChars = /[+/]/.test(text);
  if (url && standardChars) return null;
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  const padded = text.length !== body.length;
  if (padded && text.length % 4 !== 0) return null;
  const standard = body.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (body.length % 4)) % 4);
  const bytes = Uint8Array.from(Buffer.from(standard, 'base64'));
  if (Buffer.from(bytes).toString('base64') !== standard) return null; // non-canonical trailing bits
  return { alphabet: url ? 'url' : standardChars ? 'standard' : 'either', padded, standard, bytes };
}

/**
 * A text that is base64 (or base64url) but for its padding or its unused trailing bits
 * (`R0lGODdhEAYEAA7`, `Y3Yx==`): the canonical text of the bytes a decoder reads from it, with the
 * issue to report; null when the text is canonical base64 already, or no base64 at all.
 */
export function lenientBase64(text: string): { text: string; issue: LiteralIssue } | null {
  if (parseBase64(text) !== null) return null;
  const body = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/_-]+$/.test(body) || body.length % 4 === 1) return null;
  const url = /[-_]/.test(body);
  if (url && /[+/]/.test(body)) return null;
  const canonical = Buffer.from(body.replaceAll('-', '+').replaceAll('_', '/'), 'base64').toString('base64');
  const written = url ? canonical.replaceAll('+', '-').replaceAll('/', '_') : canonical;
  return { text: written, issue: { kind: 'coerced', message: `'${text}' is not canonical base64 (its padding or unused trailing bits): the bytes a decoder reads from it are sent, written '${written}'` } };
}

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;

export interface NumberInfo {
  readonly text: string;
  readonly integer: boolean;
}

/** A number (a JSON number, or a string holding one, which is coerced). */
export function parseNumber(value: ScalarValue): Parsed<NumberInfo> {
  const text = value.kind === 'boolean' ? '' : value.kind === 'number' ? value.text : value.value.trim();
  if (!JSON_NUMBER.test(text)) return fail(`'${textOf(value)}' is not a number`);
  const issues: LiteralIssue[] = value.kind === 'string' ? [{ kind: 'coerced', message: `string '${value.value}' given for a number` }] : [];
  return ok({ text, integer: /^-?\d+$/.test(text) }, issues);
}

const INTEGER_RANGES = {
  'Edm.Byte': [0n, 255n],
  'Edm.SByte': [-128n, 127n],
  'Edm.Int16': [-32768n, 32767n],
  'Edm.Int32': [-2147483648n, 2147483647n],
  'Edm.Int64': [-9223372036854775808n, 9223372036854775807n],
} as const;

export type IntegerKind = keyof typeof INTEGER_RANGES;

/** An integer of the given Edm type; out-of-range or fractional values are invalid. */
export function parseInteger(value: ScalarValue, kind: IntegerKind): Parsed<NumberInfo> {
  const parsed = parseNumber(value);
  if (!parsed.ok) return parsed;
  if (!parsed.value.integer) return { ok: false, issues: [{ kind: 'invalid-value', message: `'${parsed.value.text}' is not an integer (${kind})` }] };
  const n = BigInt(parsed.value.text);
  const [lo, hi] = INTEGER_RANGES[kind];
  if (n < lo || n > hi) return { ok: false, issues: [{ kind: 'invalid-value', message: `${parsed.value.text} is out of range for ${kind}` }] };
  return parsed;
}

/** The text of a boolean (a JSON boolean, or the strings `true`/`false`, coerced). */
export function parseBoolean(value: ScalarValue): Parsed<boolean> {
  if (value.kind === 'boolean') return ok(value.value);
  const text = textOf(value);
  if (text === 'true' || text === 'false') return ok(text === 'true', [{ kind: 'coerced', message: `'${text}' given for a boolean` }]);
  return fail(`'${text}' is not a boolean`);
}

/** The text of a string-typed value; other JSON scalars are coerced to their text. */
export function stringOf(value: ScalarValue): Parsed<string> {
  if (value.kind === 'string') return ok(value.value);
  return ok(textOf(value), [{ kind: 'coerced', message: `${value.kind} ${textOf(value)} given for a string` }]);
}

/** The members of a flags value `a,b` (spaces trimmed), or of a single enum value. */
export function enumMembers(value: ScalarValue): string[] {
  return textOf(value).split(',').map((m) => m.trim()).filter((m) => m !== '');
}

/** Issues for members the schema does not declare. */
export function unknownMembers(members: readonly string[], declared: readonly string[] | undefined, typeName: string): LiteralIssue[] {
  if (declared === undefined) return [];
  return members
    .filter((m) => !declared.includes(m))
    .map((m) => ({ kind: 'invalid-value' as const, message: `'${m}' is not a member of ${typeName}` }));
}
