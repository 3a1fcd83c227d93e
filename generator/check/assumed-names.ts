/**
 * Names that published snippets use without defining, because the docs leave them to the reader
 * (the client and its credentials). Data only; `CheckOptions.assumedNames` replaces a list.
 */
import type { CheckLanguage } from './types.js';

export const ASSUMED_NAMES: Readonly<Record<CheckLanguage, readonly string[]>> = {
  csharp: ['graphClient'],
  go: ['graphClient'],
  java: ['graphClient', 'requestAdapter'],
  javascript: ['client', 'graphClient', 'authProvider', 'Client'],
  php: ['$graphServiceClient', '$tokenRequestContext', '$scopes'],
  powershell: [],
  python: ['graph_client', 'credentials', 'scopes', 'request_adapter'],
  cli: [],
};
