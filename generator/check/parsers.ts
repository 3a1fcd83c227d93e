/**
 * One web-tree-sitter Parser per language, grammars loaded once from the `.wasm` files that the
 * pinned grammar packages ship (no native build, nothing fetched at run time).
 */
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import type { CheckLanguage } from './types.js';

const require = createRequire(import.meta.url);

/** The grammar `.wasm` of each language, as a module path inside its package. */
export const GRAMMAR_WASM: Readonly<Record<CheckLanguage, string>> = {
  csharp: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
  java: 'tree-sitter-java/tree-sitter-java.wasm',
  javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  php: 'tree-sitter-php/tree-sitter-php.wasm',
  powershell: 'tree-sitter-powershell/tree-sitter-powershell.wasm',
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  cli: 'tree-sitter-bash/tree-sitter-bash.wasm',
};

const parsers = new Map<CheckLanguage, Parser>();
let loading: Promise<void> | null = null;

/** Loads the runtime and every grammar once; later calls return the same promise. */
export function initCheckers(): Promise<void> {
  loading ??= (async () => {
    await Parser.init();
    const entries = Object.entries(GRAMMAR_WASM) as [CheckLanguage, string][];
    const languages = await Promise.all(entries.map(([, file]) => Language.load(require.resolve(file))));
    entries.forEach(([id], i) => {
      const parser = new Parser();
      parser.setLanguage(languages[i]!);
      parsers.set(id, parser);
    });
  })();
  return loading;
}

export function checkersReady(): boolean {
  return parsers.size === Object.keys(GRAMMAR_WASM).length;
}

/** The language's parser; throws (our own broken invariant) before `initCheckers()` resolved. */
export function parserFor(language: CheckLanguage): Parser {
  const parser = parsers.get(language);
  if (!parser) throw new Error(`internal: initCheckers() must resolve before checking ${language}`);
  return parser;
}
