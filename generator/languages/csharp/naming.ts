/**
 * C# (Microsoft.Graph v5 / Microsoft.Graph.Beta, kiota) naming. Facts (kiota CSharpRefiner):
 * members are PascalCase (`_` also splits words), so keywords never clash with them and only
 * locals/parameters would need `@`; model types whose name is a public System type get the suffix
 * `Object` (msgraph-sdk-dotnet: `Microsoft.Graph.Models.DayOfWeekObject`); a property named like its
 * class gets the suffix `Prop`; keys use indexers (`Users["id"]`); enum members are PascalCase
 * (`RecurrencePatternType.Weekly`).
 */
import type { Naming, TypeRef } from '../profile.js';
import { loadReservedWords, isReserved } from '../shared/names.js';
import { kiotaMemberName, kiotaSegmentName, kiotaWithParameters, subNamespace } from '../shared/print.js';
import { camelFromWords, cleanupSymbolName, firstUpper, kiotaPascalCase } from '../shared/words.js';

export const csharpReserved = loadReservedWords(import.meta.url, 'csharp');
const reservedTypes = csharpReserved.sections.get('types') ?? new Set<string>();
const reservedNamespaces = csharpReserved.sections.get('namespaces') ?? new Set<string>();

/** A request-builder folder as a namespace segment: PascalCase, `Namespace` appended where kiota renames it (`RangeNamespace`). */
export function csharpNamespaceSegment(folder: string): string {
  const name = firstUpper(cleanupSymbolName(folder));
  return reservedNamespaces.has(name) ? `${name}Namespace` : name;
}

/** `Microsoft.Graph.Models`, `Microsoft.Graph.Beta.Models.Security`. */
export function csharpModelsNamespace(type: TypeRef, api: 'v1.0' | 'beta'): string {
  const root = api === 'beta' ? 'Microsoft.Graph.Beta.Models' : 'Microsoft.Graph.Models';
  return [root, ...subNamespace(type).map((s) => firstUpper(cleanupSymbolName(s)))].join('.');
}

function typeName(type: TypeRef): string {
  const name = firstUpper(cleanupSymbolName(type.name));
  return isReserved(reservedTypes, name) ? `${name}Object` : name;
}

export const csharpNaming: Naming = {
  typeName,
  propertyName(jsonName: string, owner?: TypeRef): string {
    const name = kiotaPascalCase(kiotaMemberName(jsonName), ['_']);
    return owner !== undefined && name.toLowerCase() === typeName(owner).toLowerCase() ? `${name}Prop` : name;
  },
  setterName: () => undefined,
  navigation: (segment, kind = 'navigation') => firstUpper(kiotaSegmentName(segment, kind)),
  operationWithParameters: (name, parameters) => firstUpper(kiotaWithParameters(name, parameters)),
  indexer: () => undefined,
  enumMember: (_type, member) => firstUpper(cleanupSymbolName(member)),
  variable: camelFromWords,
};
