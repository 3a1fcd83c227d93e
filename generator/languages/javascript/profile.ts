/** JavaScript (`@microsoft/microsoft-graph-client`): see `naming.ts` and `literals.ts`. */
import type { LanguageImport, LanguageProfile } from '../profile.js';
import { Namer } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { javascriptLiterals } from './literals.js';
import { javascriptNaming, javascriptReserved } from './naming.js';

const runtimeNames = ['client', 'options', 'authProvider', 'Client', 'result', 'require', 'module', 'exports', 'console'] as const;

export const javascriptProfile = {
  id: 'javascript',
  family: 'graph-js-client',
  displayName: 'JavaScript',
  tabTitle: 'JavaScript',
  tabId: 'javascript',
  tabAliases: ['js'],
  fenceTag: 'javascript',
  fenceAliases: ['js'],
  fileExtension: 'js',
  stringStyle: 'javascript',
  nullLiteral: 'null',
  runtimeNames,
  naming: javascriptNaming,
  literals: javascriptLiterals,
  newNamer: () =>
    new Namer({ keywords: javascriptReserved.keywords, keywordsCaseInsensitive: false, identifiersCaseInsensitive: false, runtimeNames, fromWords: camelFromWords, fallback: 'value' }),
  formatImport: (): string => {
    throw new Error('internal: the JavaScript target has no imports');
  },
} as const satisfies LanguageProfile<'javascript', LanguageImport>;
