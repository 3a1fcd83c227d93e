/** Java (msgraph-sdk-java v6, kiota): see `naming.ts` for the naming facts and `literals.ts` for values. */
import type { JavaImport, LanguageProfile } from '../profile.js';
import { Namer } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { javaLiterals } from './literals.js';
import { javaNaming, javaReserved } from './naming.js';

const runtimeNames = ['graphClient', 'requestBody', 'requestConfiguration', 'result', 'var', 'record', 'yield', 'sealed', 'permits'] as const;

export const javaProfile = {
  id: 'java',
  family: 'kiota',
  displayName: 'Java',
  tabTitle: 'Java',
  tabId: 'java',
  tabAliases: [],
  fenceTag: 'java',
  fenceAliases: [],
  fileExtension: 'java',
  stringStyle: 'java',
  nullLiteral: 'null',
  runtimeNames,
  naming: javaNaming,
  literals: javaLiterals,
  newNamer: () =>
    new Namer({ keywords: javaReserved.keywords, keywordsCaseInsensitive: false, identifiersCaseInsensitive: false, runtimeNames, fromWords: camelFromWords, fallback: 'value' }),
  formatImport: (i: JavaImport) => `import ${i.qualifiedName};`,
} as const satisfies LanguageProfile<'java', JavaImport>;
