/**
 * Python (msgraph-sdk / msgraph-beta-sdk, kiota) naming. Facts (kiota PythonRefiner): names are
 * snake_case (kiota's per-letter rule: `eTag` → `e_tag`), reserved words get the suffix `_` —
 * properties (`Message.from_`), classes (`List_` in msgraph/generated/models/list_.py) and enum
 * members (`None_ = "none"`); enum members are PascalCase (`RecurrencePatternType.Weekly`); modules
 * are the snake_case class name (`msgraph.generated.models.recurrence_pattern_type`); keys are `by_user_id`.
 */
import type { Naming, TypeRef } from '../profile.js';
import { loadReservedWords, isReserved } from '../shared/names.js';
import { kiotaKeyName, kiotaMemberName, kiotaSegmentName, kiotaWithParameters, subNamespace } from '../shared/print.js';
import { cleanupSymbolName, firstLower, firstUpper, kiotaCamelCase, kiotaSnakeCase, snakeFromWords } from '../shared/words.js';

export const pythonReserved = loadReservedWords(import.meta.url, 'python');

const escape = (name: string) => (isReserved(pythonReserved.keywords, name) ? `${name}_` : name);
const snake = (name: string) => kiotaSnakeCase(firstLower(name));

function typeName(type: TypeRef): string {
  return escape(firstUpper(cleanupSymbolName(type.name)));
}

/** `msgraph.generated.models.recurrence_pattern_type` (beta: `msgraph_beta…`), sub-namespaces as packages. */
export function pythonModelModule(type: TypeRef, api: 'v1.0' | 'beta'): string {
  const root = api === 'beta' ? 'msgraph_beta.generated.models' : 'msgraph.generated.models';
  return [root, ...subNamespace(type).map((s) => snake(cleanupSymbolName(s))), snake(typeName(type))].join('.');
}

export const pythonNaming: Naming = {
  typeName,
  propertyName: (jsonName) => escape(snake(kiotaMemberName(jsonName))),
  setterName: () => undefined,
  navigation: (segment, kind = 'navigation') => escape(snake(kiotaSegmentName(segment, kind))),
  operationWithParameters: (name, parameters) => escape(snake(kiotaWithParameters(name, parameters))),
  indexer: (key) => `by_${kiotaSnakeCase(kiotaKeyName(key))}`,
  enumMember: (_type, member) => escape(firstUpper(kiotaCamelCase(cleanupSymbolName(member)))),
  variable: snakeFromWords,
};
