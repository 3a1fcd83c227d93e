/** PowerShell (Microsoft.Graph v2): see `naming.ts` and `literals.ts`. Variables are case-insensitive. */
import type { LanguageProfile, PowerShellModule } from '../profile.js';
import { Namer } from '../shared/names.js';
import { camelFromWords } from '../shared/words.js';
import { powershellLiterals } from './literals.js';
import { powershellNaming, powershellReserved } from './naming.js';

/** The snippet's own variables and PowerShell's automatic variables. */
const runtimeNames = [
  'params', 'result', 'CountVar', 'userId',
  '_', 'args', 'ConsoleFileName', 'Error', 'Event', 'EventArgs', 'EventSubscriber', 'ExecutionContext', 'false', 'foreach', 'HOME', 'Host', 'input',
  'IsCoreCLR', 'IsLinux', 'IsMacOS', 'IsWindows', 'LastExitCode', 'Matches', 'MyInvocation', 'NestedPromptLevel', 'null', 'PID', 'PROFILE',
  'PSBoundParameters', 'PSCmdlet', 'PSCommandPath', 'PSCulture', 'PSDebugContext', 'PSEdition', 'PSHOME', 'PSItem', 'PSScriptRoot',
  'PSSenderInfo', 'PSUICulture', 'PSVersionTable', 'PWD', 'Sender', 'ShellId', 'StackTrace', 'switch', 'this', 'true',
] as const;

export const powershellProfile = {
  id: 'powershell',
  family: 'powershell-sdk',
  displayName: 'PowerShell',
  tabTitle: 'PowerShell',
  tabId: 'powershell',
  tabAliases: [],
  fenceTag: 'powershell',
  fenceAliases: [],
  fileExtension: 'ps1',
  stringStyle: 'powershell',
  nullLiteral: '$null',
  runtimeNames,
  naming: powershellNaming,
  literals: powershellLiterals,
  newNamer: () =>
    new Namer({ keywords: powershellReserved.keywords, keywordsCaseInsensitive: true, identifiersCaseInsensitive: true, runtimeNames, fromWords: camelFromWords, fallback: 'value' }),
  formatImport: (m: PowerShellModule) => `Import-Module ${m.module}`,
} as const satisfies LanguageProfile<'powershell', PowerShellModule>;
