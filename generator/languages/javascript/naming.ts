/**
 * JavaScript (`@microsoft/microsoft-graph-client`, `client.api('/users/…')`): the request path is
 * the URL itself and bodies are object literals with the JSON's own keys, so there are no SDK type,
 * property or builder names. Keys that are not identifiers are quoted by the view
 * (`'@odata.type'`); `jsPropertyKey` decides.
 */
import type { Naming } from '../profile.js';
import { loadReservedWords } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { javascriptString } from './literals.js';

export const javascriptReserved = loadReservedWords(import.meta.url, 'javascript');

/**
 * An ES5 identifier name (the keys prettier writes bare): letters, `$`, `_`, then also digits,
 * combining marks and connectors; reserved words included (`default: 1` is a valid key). Only the
 * Basic Multilingual Plane, as in ES5.
 */
const ES5_IDENTIFIER_NAME = /^[$_\p{L}\p{Nl}][$_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200c\u200d]*$/u;

/**
 * An object-literal key as prettier (`quoteProps: 'as-needed'`, babel) prints it: bare when it is
 * an ES5 identifier name or a simple number that reads back the same (`1`, `2.5`; not `01`), else
 * a quoted string in prettier's preferred quote (`'@odata.type'`).
 */
export function jsPropertyKey(jsonName: string): string {
  const bmp = [...jsonName].every((ch) => ch.length === 1);
  if (bmp && ES5_IDENTIFIER_NAME.test(jsonName)) return jsonName;
  if (/^(?:\d+|\d+\.\d+)$/.test(jsonName) && String(Number(jsonName)) === jsonName) return jsonName;
  return javascriptString(jsonName);
}

export const javascriptNaming: Naming = {
  typeName: (type) => type.name,
  propertyName: jsPropertyKey,
  setterName: () => undefined,
  navigation: (segment) => segment,
  operationWithParameters: (name) => name,
  indexer: () => undefined,
  enumMember: (_type, member) => member,
  variable: camelFromWords,
};
