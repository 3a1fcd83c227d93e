/**
 * One web-tree-sitter Parser per language, grammars loaded once from the `.wasm` files that the
 * pinned grammar packages ship (no native build, nothing fetched at run time).
 */
import { createRequire } from 'node:module';
import v8 from 'node:v8';
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
    // The grammars run on V8's baseline wasm compiler only. With the default tiering, V8 soon
    // recompiles the hot functions of the grammars (the lexers and parse tables are huge
    // functions, the C# grammar is 5 MB) with its optimising compiler on background threads:
    // on the corpus (9,713 snippets) that took 6.5 s of CPU for a check that itself takes 3.5 s,
    // and the process could not exit before it finished (check: 10.4 s → 5.0 s, the same
    // verdicts). The flag is read when a module is compiled, so it is set before the first one.
    v8.setFlagsFromString('--liftoff-only');
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
