/**
 * PHP (msgraph-sdk-php v2 / beta, kiota) naming. Facts (kiota PhpRefiner): reserved words get the
 * prefix `Escaped` — classes (`Microsoft\Graph\Generated\Models\EscapedList`, msgraph-sdk-php
 * src/Generated/Models/EscapedList.php), accessors (`setEscapedList`) and request builders
 * (`->policies()->crossTenantAccessPolicy()->escapedDefault()`); accessors are `get`/`set` + the
 * PascalCase name; keys are `byUserId`; enums are objects built from their value
 * (`new RecurrencePatternType('weekly')`, flags as `'a,b'`, which kiota's Enum splits on commas).
 */
import type { Naming, TypeRef } from '../profile.js';
import { loadReservedWords, isReserved } from '../shared/names.js';
import { kiotaKeyName, kiotaMemberName, kiotaSegmentName, kiotaWithParameters, subNamespace } from '../shared/print.js';
import { camelFromWords, cleanupSymbolName, firstLower, firstUpper } from '../shared/words.js';

export const phpReserved = loadReservedWords(import.meta.url, 'php');

const escape = (name: string) => (isReserved(phpReserved.keywords, name) ? `Escaped${firstUpper(name)}` : name);

/** `Microsoft\Graph\Generated\Models`, `Microsoft\Graph\Beta\Generated\Models\Security`. */
export function phpModelsNamespace(type: TypeRef, api: 'v1.0' | 'beta'): string {
  const root = api === 'beta' ? 'Microsoft\\Graph\\Beta\\Generated\\Models' : 'Microsoft\\Graph\\Generated\\Models';
  return [root, ...subNamespace(type).map((s) => firstUpper(cleanupSymbolName(s)))].join('\\');
}

function typeName(type: TypeRef): string {
  return firstUpper(escape(cleanupSymbolName(type.name)));
}

export const phpNaming: Naming = {
  typeName,
  propertyName: (jsonName) => escape(kiotaMemberName(jsonName)),
  setterName: (jsonName) => `set${firstUpper(escape(kiotaMemberName(jsonName)))}`,
  navigation: (segment, kind = 'navigation') => firstLower(escape(kiotaSegmentName(segment, kind))),
  operationWithParameters: (name, parameters) => firstLower(escape(kiotaWithParameters(name, parameters))),
  indexer: (key) => `by${firstUpper(kiotaKeyName(key))}`,
  enumMember: (_type, member) => member,
  variable: camelFromWords,
};
