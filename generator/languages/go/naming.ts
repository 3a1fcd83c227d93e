/**
 * Go (msgraph-sdk-go / msgraph-beta-sdk-go, kiota) naming. Facts (kiota GoRefiner): reserved
 * words get the suffix `Escaped` everywhere — types (`models.PackageEscaped`, msgraph-sdk-go
 * models/package_escaped.go), getters/setters (`GetTypeEscaped`/`SetTypeEscaped`), request builders
 * (`Policies().CrossTenantAccessPolicy().DefaultEscaped()`), but not enum members, which the type
 * suffix keeps apart from keywords (`DEFAULT_LOCATIONTYPE`, models/location_type.go of v1.89.0:
 * the module has no `…ESCAPED_…` constant); enum members are `<MEMBER>_<TYPE>` upper-cased
 * (`WEEKLY_RECURRENCEPATTERNTYPE`, models/recurrence_pattern_type.go); flags members are untyped
 * constants (`APPS_CLONABLETEAMPARTS = 1`, models/clonable_team_parts.go); keys are `ByUserId`.
 */
import type { Naming, TypeRef } from '../profile.js';
import { loadReservedWords, isReserved } from '../shared/names.js';
import { kiotaKeyName, kiotaMemberName, kiotaSegmentName, kiotaWithParameters, subNamespace } from '../shared/print.js';
import { camelFromWords, cleanupSymbolName, firstUpper, kiotaPascalCase } from '../shared/words.js';

export const goReserved = loadReservedWords(import.meta.url, 'go');

const escape = (name: string) => (isReserved(goReserved.keywords, name) ? `${name}Escaped` : name);

/** The import of a type's models package, with the alias snippets use (`graphmodels`, `graphmodelssecurity`). */
export function goModelsImport(type: TypeRef, api: 'v1.0' | 'beta'): { path: string; alias: string } {
  const sub = subNamespace(type).map((s) => cleanupSymbolName(s).toLowerCase());
  const root = api === 'beta' ? 'github.com/microsoftgraph/msgraph-beta-sdk-go/models' : 'github.com/microsoftgraph/msgraph-sdk-go/models';
  return { path: [root, ...sub].join('/'), alias: `graphmodels${sub.join('')}` };
}

function typeName(type: TypeRef): string {
  return firstUpper(escape(cleanupSymbolName(type.name)));
}

export const goNaming: Naming = {
  typeName,
  propertyName: (jsonName) => kiotaPascalCase(escape(kiotaMemberName(jsonName)), ['_']),
  setterName: (jsonName) => `Set${kiotaPascalCase(escape(kiotaMemberName(jsonName)), ['_'])}`,
  navigation: (segment, kind = 'navigation') => firstUpper(escape(kiotaSegmentName(segment, kind))),
  operationWithParameters: (name, parameters) => firstUpper(escape(kiotaWithParameters(name, parameters))),
  indexer: (key) => `By${firstUpper(kiotaKeyName(key))}`,
  enumMember: (type, member) => `${cleanupSymbolName(member).toUpperCase()}_${typeName(type).toUpperCase()}`,
  variable: camelFromWords,
};
