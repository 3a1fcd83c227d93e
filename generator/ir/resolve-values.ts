/**
 * Small pure helpers of the resolver: placeholder recognition, edit distance, deep freeze.
 */
import type { PlaceholderKind } from './typed.js';

const TYPE_WORDS =
  'string|boolean|bool|int|int16|int32|int64|integer|number|double|single|float|decimal|byte|sbyte|guid|uuid|date|datetime|datetimeoffset|timeofday|duration|timespan|binary|stream|timestamp';

const TYPE_NAME = new RegExp(`^(edm\\.)?(${TYPE_WORDS})$`, 'i');
const TYPE_DESCRIPTION = new RegExp(`^(edm\\.)?(${TYPE_WORDS})\\s*(\\(.*\\)|collection|value|\\[\\])$`, 'i');
const VALUE_SUFFIX = /^[\w.\- ]*-value(?:-\d+)?$/i; // `skuId-value`, and numbered ones in a list: `skuId-value-1`
const BRACES = /^\{[^{}]*\}$/;
const ANGLE = /^<[^<>]+>$/;

/**
 * Recognises the docs' placeholder values: `"String"`, `"Int32"`, `"Edm.Boolean"` (type names),
 * `"String (identifier)"`, `"String collection"` (type descriptions), `"xxx-value"` (numbered: `"xxx-value-1"`) and
 * `"displayName-value"`, `"{id}"`, `"<timestamp>"`, the empty string, and (with `members`: an enum's
 * members, or the short names of a structured type and its derived types) a list of alternatives
 * `"a | b | c"`, `"message or event entity"`. Anything else is a real value.
 */
export function placeholderKind(text: string, members?: readonly string[]): PlaceholderKind | null {
  const value = text.trim();
  if (value === '') return 'empty';
  if (members) {
    // `a | b | c`, `a or b`, `message or event entity`: the names to choose from (enum members, or a
    // type and its derived types), optionally followed by what they are.
    const parts = value
      .replace(/\s+(entity|entities|object|objects|resource|resources|type|types)$/i, '')
      .split(/\s*\|\s*|\s+or\s+/i)
      .map((p) => p.trim().toLowerCase());
    const known = new Set(members.map((m) => m.toLowerCase()));
    if (parts.length > 1 && parts.every((p) => known.has(p))) return 'alternatives';
  }
  if (TYPE_NAME.test(value)) return 'type-name';
  if (TYPE_DESCRIPTION.test(value)) return 'type-description';
  if (VALUE_SUFFIX.test(value)) return 'value-suffix';
  if (BRACES.test(value)) return 'braces';
  if (ANGLE.test(value)) return 'angle-brackets';
  return null;
}

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  return lowerDistance(a.toLowerCase(), b.toLowerCase());
}

/** Levenshtein distance of two strings (as given): one row of the table, reused. */
function lowerDistance(s: string, t: string): number {
  if (s === t) return 0;
  const row = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) row[j] = j;
  for (let i = 1; i <= s.length; i++) {
    let diagonal = row[0]!; // the previous row's value left of j
    row[0] = i;
    const si = s.charCodeAt(i - 1);
    for (let j = 1; j <= t.length; j++) {
      const above = row[j]!;
      const cost = si === t.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[t.length]!;
}

/**
 * Up to `limit` candidates closest to `written`: within a distance of a third of the longer name
 * (at least 2), or containing it / contained in it (case-insensitive); best first, then by name.
 */
export function closestNames(written: string, candidates: Iterable<string>, limit = 3): readonly string[] {
  const scored: { name: string; score: number }[] = [];
  const lowerWritten = written.toLowerCase();
  for (const name of new Set(candidates)) {
    const threshold = Math.max(2, Math.floor(Math.max(written.length, name.length) / 3));
    const lowerName = name.toLowerCase();
    const related = Math.min(lowerWritten.length, lowerName.length) >= 4 && (lowerName.includes(lowerWritten) || lowerWritten.includes(lowerName));
    // the distance is at least the difference in length: a name that far off, and unrelated, is
    // out without filling the table (most of the hundreds of candidates of a root segment)
    if (!related && Math.abs(lowerWritten.length - lowerName.length) > threshold) continue;
    const distance = lowerDistance(lowerWritten, lowerName);
    if (distance <= threshold || related) scored.push({ name, score: distance });
  }
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}

/** Freezes a plain-data tree (objects and arrays) in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  } else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value as object)) {
      if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child);
    }
  }
  return value;
}
