/** C# (Microsoft.Graph v5, kiota): see `naming.ts` for the naming facts and `literals.ts` for values. */
import type { CSharpUsing, LanguageProfile } from '../profile.js';
import { Namer } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { csharpLiterals } from './literals.js';
import { csharpNaming, csharpReserved } from './naming.js';

const runtimeNames = ['graphClient', 'requestBody', 'requestConfiguration', 'result', 'System', 'Microsoft'] as const;

export const csharpProfile = {
  id: 'csharp',
  family: 'kiota',
  displayName: 'C#',
  tabTitle: 'C#',
  tabId: 'csharp',
  tabAliases: [],
  fenceTag: 'csharp',
  fenceAliases: ['cs'],
  fileExtension: 'cs',
  stringStyle: 'csharp',
  nullLiteral: 'null',
  runtimeNames,
  naming: csharpNaming,
  literals: csharpLiterals,
  newNamer: () =>
    new Namer({ keywords: csharpReserved.keywords, keywordsCaseInsensitive: false, identifiersCaseInsensitive: false, runtimeNames, fromWords: camelFromWords, fallback: 'value' }),
  formatImport: (u: CSharpUsing) => `using ${u.namespace};`,
} as const satisfies LanguageProfile<'csharp', CSharpUsing>;
