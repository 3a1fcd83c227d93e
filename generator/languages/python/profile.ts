/** Python (msgraph-sdk, kiota): see `naming.ts` for the naming facts and `literals.ts` for values. */
import type { LanguageProfile, PythonImport } from '../profile.js';
import { Namer } from '../shared/names.js';
import { snakeFromWords } from '../shared/words.js';
import { pythonLiterals } from './literals.js';
import { pythonNaming, pythonReserved } from './naming.js';

/** Names a Python snippet already uses, and the builtins and modules its literals may need. */
const runtimeNames = [
  'graph_client', 'request_body', 'request_configuration', 'query_params', 'result', 'credentials', 'scopes', 'msgraph', 'msgraph_beta',
  'asyncio', 'base64', 'date', 'datetime', 'time', 'timedelta', 'timezone', 'UUID', 'bool', 'bytes', 'dict', 'float', 'int', 'list', 'print', 'str', 'type', 'id', 'object',
] as const;

function formatImport(i: PythonImport): string {
  return i.name === undefined ? `import ${i.module}` : `from ${i.module} import ${i.name}`;
}

export const pythonProfile = {
  id: 'python',
  family: 'kiota',
  displayName: 'Python',
  tabTitle: 'Python',
  tabId: 'python',
  tabAliases: [],
  fenceTag: 'python',
  fenceAliases: ['py'],
  fileExtension: 'py',
  stringStyle: 'python',
  nullLiteral: 'None',
  runtimeNames,
  naming: pythonNaming,
  literals: pythonLiterals,
  newNamer: () =>
    new Namer({ keywords: pythonReserved.keywords, keywordsCaseInsensitive: false, identifiersCaseInsensitive: false, runtimeNames, fromWords: snakeFromWords, fallback: 'value' }),
  formatImport,
} as const satisfies LanguageProfile<'python', PythonImport>;
