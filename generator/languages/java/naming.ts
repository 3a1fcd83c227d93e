/**
 * Java (msgraph-sdk-java v6 / beta, kiota) naming. Facts (kiota JavaRefiner): reserved words get
 * the suffix `Escaped` on types (`com.microsoft.graph.models.PackageEscaped`, msgraph-sdk-java
 * PackageEscaped.java) and request builders (`.crossTenantAccessPolicy().defaultEscaped()`, in the
 * package `…crosstenantaccesspolicy.defaultescaped`), but not accessors (`setPackage`, `setDefault`)
 * nor enum members, which are PascalCase (`ContentFormat.Default`, `Sensitivity.Private` in the
 * current v6 models; older builds printed `DefaultEscaped`); `type` is not reserved (`PackageEscaped.setType`);
 * accessors are `get`/`set` + the PascalCase name; enum members are PascalCase; keys are `byUserId`.
 */
import type { Naming, TypeRef } from '../profile.js';
import { loadReservedWords, isReserved } from '../shared/names.js';
import { kiotaKeyName, kiotaMemberName, kiotaSegmentName, kiotaWithParameters, subNamespace } from '../shared/print.js';
import { camelFromWords, cleanupSymbolName, firstLower, firstUpper } from '../shared/words.js';

export const javaReserved = loadReservedWords(import.meta.url, 'java');

const escape = (name: string) => (isReserved(javaReserved.keywords, name) ? `${name}Escaped` : name);

/** `com.microsoft.graph.models`, `com.microsoft.graph.beta.models.security`. */
export function javaModelsPackage(type: TypeRef, api: 'v1.0' | 'beta'): string {
  const root = api === 'beta' ? 'com.microsoft.graph.beta.models' : 'com.microsoft.graph.models';
  return [root, ...subNamespace(type).map((s) => cleanupSymbolName(s).toLowerCase())].join('.');
}

function typeName(type: TypeRef): string {
  return escape(firstUpper(cleanupSymbolName(type.name)));
}

export const javaNaming: Naming = {
  typeName,
  propertyName: (jsonName) => escape(kiotaMemberName(jsonName)),
  // Accessors are not escaped: `set` + PascalCase is never a keyword (DriveItem.setPackage, ContentTypeOrder.setDefault in 6.59.0).
  setterName: (jsonName) => `set${firstUpper(kiotaMemberName(jsonName))}`,
  navigation: (segment, kind = 'navigation') => escape(firstLower(kiotaSegmentName(segment, kind))),
  operationWithParameters: (name, parameters) => escape(kiotaWithParameters(name, parameters)),
  indexer: (key) => `by${firstUpper(kiotaKeyName(key))}`,
  // Enum constants are PascalCase, so no Java keyword can clash: msgraph-sdk-java v6 has `Sensitivity.Private`, `ContentFormat.Default`.
  enumMember: (_type, member) => firstUpper(cleanupSymbolName(member)),
  variable: camelFromWords,
};
