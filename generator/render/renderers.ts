/** The renderer of each language (its view builder and template folder), keyed by language id. */
import type { LanguageId } from '../languages/index.js';
import { csharpRenderer } from '../languages/csharp/view.js';
import { goRenderer } from '../languages/go/view.js';
import { javaRenderer } from '../languages/java/view.js';
import { javascriptRenderer } from '../languages/javascript/view.js';
import { phpRenderer } from '../languages/php/view.js';
import { powershellRenderer } from '../languages/powershell/view.js';
import { pythonRenderer } from '../languages/python/view.js';
import { cliRenderer } from '../languages/cli/view.js';
import type { LanguageRenderer, SnippetView } from './view.js';

export const RENDERERS: { readonly [K in LanguageId]: LanguageRenderer<SnippetView> } = {
  csharp: csharpRenderer,
  go: goRenderer,
  java: javaRenderer,
  javascript: javascriptRenderer,
  php: phpRenderer,
  powershell: powershellRenderer,
  python: pythonRenderer,
  cli: cliRenderer,
};
