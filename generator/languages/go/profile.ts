/** Go (msgraph-sdk-go, kiota): see `naming.ts` for the naming facts and `literals.ts` for values. */
import type { GoImport, LanguageProfile } from '../profile.js';
import { Namer } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { goLiterals } from './literals.js';
import { goNaming, goReserved } from './naming.js';

/** Names a Go snippet already uses: its variables, package names and aliases, and Go's predeclared identifiers. */
const runtimeNames = [
  'graphClient', 'requestBody', 'requestConfiguration', 'requestParameters', 'headers', 'result', 'err', 'context',
  'msgraphsdk', 'graphmodels', 'abstractions', 'serialization', 'time', 'uuid', 'base64', 'log', 'fmt',
  'any', 'append', 'bool', 'byte', 'cap', 'clear', 'close', 'complex', 'complex64', 'complex128', 'copy', 'delete', 'error',
  'false', 'float32', 'float64', 'imag', 'int', 'int8', 'int16', 'int32', 'int64', 'iota', 'len', 'make', 'max', 'min', 'new',
  'nil', 'panic', 'print', 'println', 'real', 'recover', 'rune', 'string', 'true', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr',
] as const;

function formatImport(i: GoImport): string {
  return i.alias === undefined ? `"${i.path}"` : `${i.alias} "${i.path}"`;
}

export const goProfile = {
  id: 'go',
  family: 'kiota',
  displayName: 'Go',
  tabTitle: 'Go',
  tabId: 'go',
  tabAliases: [],
  fenceTag: 'go',
  fenceAliases: [],
  fileExtension: 'go',
  stringStyle: 'go',
  nullLiteral: 'nil',
  runtimeNames,
  naming: goNaming,
  literals: goLiterals,
  newNamer: () =>
    new Namer({ keywords: goReserved.keywords, keywordsCaseInsensitive: false, identifiersCaseInsensitive: false, runtimeNames, fromWords: camelFromWords, fallback: 'value' }),
  formatImport,
} as const satisfies LanguageProfile<'go', GoImport>;
