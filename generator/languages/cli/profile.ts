/** CLI (`mgc`, bash): see `naming.ts` and `literals.ts`. The docs fence tag is `bash`. */
import type { LanguageImport, LanguageProfile } from '../profile.js';
import { Namer } from '../shared/names.js';
import { snakeFromWords } from '../shared/words.js';
import { cliLiterals } from './literals.js';
import { cliNaming, cliReserved } from './naming.js';

const runtimeNames = ['mgc'] as const;

export const cliProfile = {
  id: 'cli',
  family: 'mgc',
  displayName: 'CLI',
  tabTitle: 'CLI',
  tabId: 'cli',
  tabAliases: [],
  fenceTag: 'bash',
  fenceAliases: ['shell', 'sh', 'cli'],
  fileExtension: 'sh',
  stringStyle: 'json',
  nullLiteral: 'null',
  runtimeNames,
  naming: cliNaming,
  literals: cliLiterals,
  newNamer: () =>
    new Namer({ keywords: cliReserved.keywords, keywordsCaseInsensitive: false, identifiersCaseInsensitive: false, runtimeNames, fromWords: snakeFromWords, fallback: 'value' }),
  formatImport: (): string => {
    throw new Error('internal: the CLI target has no imports');
  },
} as const satisfies LanguageProfile<'cli', LanguageImport>;
