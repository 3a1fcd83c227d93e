/** PHP (msgraph-sdk-php v2, kiota): see `naming.ts` for the naming facts and `literals.ts` for values. */
import type { LanguageProfile, PhpUse } from '../profile.js';
import { Namer } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { phpLiterals } from './literals.js';
import { phpNaming, phpReserved } from './naming.js';

/** Variable names (without `$`) a PHP snippet already uses, plus `$this` and the superglobals. */
const runtimeNames = [
  'graphServiceClient', 'tokenRequestContext', 'scopes', 'requestBody', 'requestConfiguration', 'queryParameters', 'headers', 'result',
  'this', 'GLOBALS', '_SERVER', '_GET', '_POST', '_FILES', '_COOKIE', '_SESSION', '_REQUEST', '_ENV',
] as const;

export const phpProfile = {
  id: 'php',
  family: 'kiota',
  displayName: 'PHP',
  tabTitle: 'PHP',
  tabId: 'php',
  tabAliases: [],
  fenceTag: 'php',
  fenceAliases: [],
  fileExtension: 'php',
  stringStyle: 'php',
  nullLiteral: 'null',
  runtimeNames,
  naming: phpNaming,
  literals: phpLiterals,
  newNamer: () =>
    new Namer({ keywords: phpReserved.keywords, keywordsCaseInsensitive: true, identifiersCaseInsensitive: false, runtimeNames, fromWords: camelFromWords, fallback: 'value' }),
  formatImport: (u: PhpUse) => (u.alias === undefined ? `use ${u.qualifiedName};` : `use ${u.qualifiedName} as ${u.alias};`),
} as const satisfies LanguageProfile<'php', PhpUse>;
