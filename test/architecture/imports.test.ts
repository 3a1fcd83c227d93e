/**
 * The import graph of `generator/**\/*.ts`: dependencies point one way, so the graph has no cycle
 * (type-only imports count too: a cycle of types is a cycle of concerns), and every `import`
 * statement sits at the top of its file, before any code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../support/shared.js';

const ROOT = path.join(REPO_ROOT, 'generator');

function sources(dir: string, into: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, into);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) into.push(full);
  }
  return into;
}

interface Parsed {
  readonly imports: readonly string[];
  /** `import` statements placed after code: `file:line` each */
  readonly late: readonly string[];
}

function parse(file: string): Parsed {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const imports: string[] = [];
  const late: string[] = [];
  let codeSeen = false;
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement);
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    if (specifier !== null && specifier.startsWith('.')) {
      const resolved = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
      imports.push(resolved);
    }
    if (isImport && codeSeen) {
      const { line } = source.getLineAndCharacterOfPosition(statement.getStart(source));
      late.push(`${path.relative(REPO_ROOT, file)}:${line + 1}`);
    }
    // re-exports (`export … from`) sit with the imports; anything else is code
    if (!isImport && !(ts.isExportDeclaration(statement) && statement.moduleSpecifier)) codeSeen = true;
  }
  return { imports, late };
}

const files = sources(ROOT);
const graph = new Map(files.map((f) => [f, parse(f)] as const));
const rel = (f: string): string => path.relative(REPO_ROOT, f).split(path.sep).join('/');

/** Every elementary cycle found by a depth-first search (one per back edge), as a readable path. */
function cycles(): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file)?.imports ?? []) {
      if (!graph.has(next)) continue;
      const s = state.get(next);
      if (s === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' → '));
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

test('every relative import resolves to a source file', () => {
  const missing = [...graph].flatMap(([file, p]) => p.imports.filter((i) => !graph.has(i)).map((i) => `${rel(file)} → ${rel(i)}`));
  expect(missing).toEqual([]);
});

test('the import graph of generator/ has no cycle', () => {
  const found = cycles();
  if (found.length > 0) console.error(`import cycles:\n${found.join('\n')}`);
  expect(found).toEqual([]);
});

test('no import statement comes after code', () => {
  const late = [...graph.values()].flatMap((p) => p.late);
  expect(late).toEqual([]);
});
