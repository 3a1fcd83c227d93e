/**
 * PowerShell (Microsoft.Graph v2 cmdlets): bodies are hashtables with the JSON's own keys
 * (quoted when not a bare word), cmdlets come from the command metadata, not from naming rules.
 * Decision: every value is written as the JSON scalar (strings, numbers, `$true`/`$false`), also
 * dates, GUIDs and durations: the cmdlets convert the hashtable themselves, and a string keeps the
 * exact offset that `[DateTime]::Parse` would turn into local time.
 */
import type { Naming } from '../profile.js';
import { loadReservedWords } from '../shared/names.js';
import { quoteString } from '../shared/strings.js';
import { camelFromWords, kiotaPascalCase } from '../shared/words.js';

export const powershellReserved = loadReservedWords(import.meta.url, 'powershell');

/** A hashtable key: bare when it is a simple word, else quoted. */
export function psHashtableKey(jsonName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(jsonName) ? jsonName : quoteString(jsonName, 'powershell');
}

export const powershellNaming: Naming = {
  typeName: (type) => type.name,
  propertyName: psHashtableKey,
  setterName: () => undefined,
  navigation: (segment) => segment,
  operationWithParameters: (name) => name,
  /** A key parameter (`{user-id}`) becomes `-UserId`. */
  indexer: (key) => `-${kiotaPascalCase(key.replace(/^\{|\}$/g, ''))}`,
  enumMember: (_type, member) => member,
  variable: camelFromWords,
};
