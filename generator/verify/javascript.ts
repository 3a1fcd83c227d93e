/**
 * JavaScript: every snippet becomes the body of an async function in a checked JS file
 * (`checkJs`), with `Client` imported from the pinned `@microsoft/microsoft-graph-client` (installed
 * into the workspace) and `authProvider`/`client` as parameters when the snippet does not declare
 * them. TypeScript (ts-morph) checks all files in one program. A request body whose schema type is
 * known (a golden case's typed.json) is also typed against `@microsoft/microsoft-graph-types` by
 * `checkJavaScriptBody`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PINS } from './pins.js';
import { step, VerifyUnavailable } from './process.js';
import { genericClass, UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';

const CLIENT = PINS.javascript.client.name;

export function wrapJavaScript(snippet: VerifySnippet, index: number): Wrapped {
  const code = snippet.code;
  const lines = code.split('\n');
  const declares = (name: string): boolean => new RegExp(`\\b(const|let|var|function|class|import)\\s*\\{?[^;=]*\\b${name}\\b`).test(code);
  const params: string[] = [];
  const docs: string[] = [];
  if (!declares('authProvider')) {
    params.push('authProvider');
    docs.push(` * @param {import('${CLIENT}').AuthProvider} authProvider`);
  }
  if (!declares('client')) {
    params.push('client');
    docs.push(` * @param {import('${CLIENT}').Client} client`);
  }
  const b = new UnitBuilder();
  if (!declares('Client')) b.wrapper(`import { Client } from '${CLIENT}';`);
  b.wrapper('/**', ...docs, ' */', `export async function snippet(${params.join(', ')}) {`);
  lines.forEach((l, i) => b.snippet(l, i + 1, '  '));
  b.wrapper('}');
  return b.build(`s${String(index).padStart(4, '0')}.js`);
}

export function classifyJavaScript(code: number, message: string): string {
  return `TS${code} ${genericClass(message)}`;
}

export interface JavaScriptWorkspace {
  readonly dir: string;
}

export async function prepareJavaScript(dir: string, timeoutMs: number): Promise<JavaScriptWorkspace> {
  const stamp = path.join(dir, 'ready');
  try {
    await readFile(stamp);
    return { dir };
  } catch {
    // not prepared yet
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'snipgen-verify', private: true, type: 'module' }));
  await step('javascript: installing the Graph client with npm', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `${CLIENT}@${PINS.javascript.client.version}`], { cwd: dir, timeoutMs });
  await writeFile(stamp, '');
  return { dir };
}

export async function compileJavaScript(ws: JavaScriptWorkspace, units: readonly Wrapped[]): Promise<RawError[]> {
  const { Project, ts } = await import('ts-morph');
  const project = new Project({
    compilerOptions: {
      allowJs: true, checkJs: true, noEmit: true, strict: false, skipLibCheck: true, types: [],
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    },
  });
  const src = path.join(ws.dir, 'src');
  for (const u of units) project.createSourceFile(path.join(src, u.fileName), u.text, { overwrite: true });
  const out: RawError[] = [];
  for (const d of project.getPreEmitDiagnostics()) {
    const file = d.getSourceFile();
    if (!file || path.dirname(file.getFilePath()) !== src) {
      if (d.getCategory() === ts.DiagnosticCategory.Error && !file) throw new VerifyUnavailable(`javascript: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, ' ')}`);
      continue;
    }
    if (d.getCategory() !== ts.DiagnosticCategory.Error) continue;
    const pos = file.getLineAndColumnAtPos(d.getStart() ?? 0);
    const message = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, ' ');
    out.push({ fileName: path.basename(file.getFilePath()), line: pos.line, column: pos.column, message, errorClass: classifyJavaScript(d.getCode(), message) });
  }
  return out;
}
