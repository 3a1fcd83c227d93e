/**
 * CLI (`mgc`, bash): commands and options are the kebab-case path segments and parameters
 * (`identityGovernance` → `identity-governance`, `{user-id}` → `--user-id`, `$value` → `content`);
 * the body is one JSON argument, so JSON keys stay as they are.
 */
import type { Naming } from '../profile.js';
import { loadReservedWords } from '../shared/names.js';
import { kebabCase, snakeFromWords } from '../shared/words.js';

export const cliReserved = loadReservedWords(import.meta.url, 'cli');

const SPECIAL: Readonly<Record<string, string>> = { $value: 'content', $ref: 'ref', $count: 'count' };

export const cliNaming: Naming = {
  typeName: (type) => type.name,
  propertyName: (jsonName) => jsonName,
  setterName: () => undefined,
  navigation: (segment, kind = 'navigation') => SPECIAL[segment] ?? (kind === 'cast' ? `graph-${kebabCase(segment.slice(segment.lastIndexOf('.') + 1))}` : kebabCase(kind === 'operation' ? segment.slice(segment.lastIndexOf('.') + 1) : segment)),
  operationWithParameters: (name, parameters) => [kebabCase(name), ...parameters.map((p) => `with-${kebabCase(p)}`)].join('-'),
  indexer: (key) => `--${kebabCase(decodeURIComponent(key).replace(/^\{|\}$/g, ''))}`,
  enumMember: (_type, member) => member,
  variable: snakeFromWords,
};
