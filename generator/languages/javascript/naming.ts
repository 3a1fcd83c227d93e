/**
 * JavaScript (`@microsoft/microsoft-graph-client`, `client.api('/users/…')`): the request path is
 * the URL itself and bodies are object literals with the JSON's own keys, so there are no SDK type,
 * property or builder names. Keys that are not identifiers are quoted by the view
 * (`'@odata.type'`); `jsPropertyKey` decides.
 */
import type { Naming } from '../profile.js';
import { loadReservedWords } from '../shared/names.js';
import { quoteString } from '../shared/strings.js';
import { camelFromWords } from '../shared/words.js';

export const javascriptReserved = loadReservedWords(import.meta.url, 'javascript');

/** An object-literal key: bare when it is an identifier name, else a quoted string. */
export function jsPropertyKey(jsonName: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(jsonName) ? jsonName : quoteString(jsonName, 'javascript');
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
