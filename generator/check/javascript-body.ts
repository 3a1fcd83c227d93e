/**
 * JavaScript request bodies against the Graph model types: the snippet's body object is annotated
 * with the type the schema names, from `@microsoft/microsoft-graph-types` (v1.0) or
 * `@microsoft/microsoft-graph-types-beta` (beta), both pinned, and type-checked by TypeScript
 * (ts-morph). A misspelled property or an enum value that is not a member is an error
 * (`check:js-body-type`).
 *
 *   const user: Body<MicrosoftGraph.User> = { displayName: 'x', ... };
 *
 * `Body<T>` is the model type made deep-partial and open to instance annotations (`@odata.type`,
 * `members@odata.bind`, `@microsoft.graph.conflictBehavior`), which the model types do not declare. An object that names its own type
 * (`@odata.type`) is a derived type the annotation cannot know: excess properties inside it are not
 * reported. One in-memory project is reused; the model types are parsed once per version.
 *
 * Kept out of `check/index.ts` so that loading the checker does not load TypeScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Node, Project, ts, type SourceFile } from 'ts-morph';
import { checkRules } from '../diagnostics/rules/check.js';
import type { Finding } from './types.js';

const require = createRequire(import.meta.url);

export type GraphApiVersion = 'v1.0' | 'beta';

const PACKAGES: Readonly<Record<GraphApiVersion, string>> = {
  'v1.0': '@microsoft/microsoft-graph-types/microsoft-graph.d.ts',
  beta: '@microsoft/microsoft-graph-types-beta/microsoft-graph.d.ts',
};
const MODEL_FILE: Readonly<Record<GraphApiVersion, string>> = { 'v1.0': '/graph/v1.d.ts', beta: '/graph/beta.d.ts' };

const BODY_TYPE = `
type ODataKeys = { [key: \`@\${string}\`]: unknown; [key: \`\${string}@\${string}\`]: unknown };
type Body<T> = T extends readonly (infer U)[] ? Body<U>[] : T extends object ? { [K in keyof T]?: Body<NonNullable<T[K]>> | null } & ODataKeys : T;
`;

let project: Project | null = null;
const modelText = new Map<GraphApiVersion, string>();

function projectFor(version: GraphApiVersion): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, noEmit: true, skipLibCheck: true, lib: ['lib.es2022.d.ts'] },
  });
  if (!modelText.has(version)) {
    const text = readFileSync(require.resolve(PACKAGES[version]), 'utf8');
    modelText.set(version, text);
    project.createSourceFile(MODEL_FILE[version], text, { overwrite: true });
  }
  return project;
}

function pascal(segment: string): string {
  return segment.charAt(0).toUpperCase() + segment.slice(1);
}

/**
 * The TypeScript name of a schema type (`microsoft.graph.user` → `MicrosoftGraph.User`,
 * `microsoft.graph.security.alert` → `MicrosoftGraph.SecurityNamespace.Alert`), or null when the
 * package does not declare it.
 */
export function graphTypeName(typeName: string, version: GraphApiVersion): string | null {
  const text = modelText.get(version) ?? (projectFor(version), modelText.get(version)!);
  const parts = typeName.replace(/^#/, '').split('.');
  if (parts[0] !== 'microsoft' || parts[1] !== 'graph' || parts.length < 3) return null;
  const name = pascal(parts[parts.length - 1]!);
  const namespaces: string[] = [];
  for (const ns of parts.slice(2, -1)) {
    const plain = [...namespaces, pascal(ns)].join('.');
    const suffixed = [...namespaces, `${pascal(ns)}Namespace`].join('.');
    if (text.includes(`export namespace ${suffixed} {`)) namespaces.push(`${pascal(ns)}Namespace`);
    else if (text.includes(`export namespace ${plain} {`)) namespaces.push(pascal(ns));
    else return null;
  }
  const declared = new RegExp(namespaces.length === 0 ? `^export (interface|type) ${name}\\b` : `^\\s+(export )?(interface|type) ${name}\\b`, 'm').test(text);
  return declared ? ['MicrosoftGraph', ...namespaces, name].join('.') : null;
}

/** The object literal sent as the body: the variable passed to `.post/.patch/.put(...)`, else the first object-literal variable. */
function bodyDeclaration(file: SourceFile): import('ts-morph').VariableDeclaration | null {
  const objects = file.getVariableDeclarations().filter((d) => Node.isObjectLiteralExpression(d.getInitializer()) || Node.isArrayLiteralExpression(d.getInitializer()));
  for (const call of file.getDescendantsOfKind(ts.SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !['post', 'patch', 'put'].includes(callee.getName())) continue;
    const arg = call.getArguments()[0];
    if (arg && Node.isIdentifier(arg)) {
      const found = objects.find((d) => d.getName() === arg.getText());
      if (found) return found;
    }
  }
  return objects[0] ?? null;
}

function finding(message: string, line: number, column: number, endLine: number, endColumn: number): Finding {
  return { ruleId: 'check:js-body-type', severity: checkRules['check:js-body-type'].severity, message, line, column, endLine, endColumn };
}

/** The JSON keys from the body literal down to `node` (`[]` for an array item), or null when it is not inside. */
function literalPath(node: Node, root: Node): string[] | null {
  const path: string[] = [];
  let current: Node = node;
  while (current !== root) {
    const parent = current.getParent();
    if (parent === undefined) return null;
    if (Node.isPropertyAssignment(parent)) {
      const name = parent.getNameNode();
      path.unshift(Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name) ? name.getLiteralText() : name.getText());
      current = parent.getParentOrThrow();
    } else if (Node.isArrayLiteralExpression(parent)) {
      path.unshift('[]');
      current = parent;
    } else return null;
  }
  return path;
}

/**
 * Type-checks the body object of a JavaScript snippet against the model type `typeName` (e.g.
 * `microsoft.graph.user`). Returns findings in the snippet's own lines and columns (1-based); an
 * unknown type or a snippet without a body object gives no finding. `openPaths` name the objects
 * (by their JSON keys from the body, `[]` for any array item) that may hold keys their type does not
 * declare: additional data and dynamic members, which the typed IR knows (`openObjectPaths`).
 */
export function checkJavaScriptBody(code: string, typeName: string, apiVersion: GraphApiVersion = 'v1.0', openPaths: readonly (readonly string[])[] = []): Finding[] {
  const p = projectFor(apiVersion);
  const tsType = graphTypeName(typeName, apiVersion);
  if (tsType === null) return [];
  const header = `import type * as MicrosoftGraph from '${MODEL_FILE[apiVersion].replace(/\.d\.ts$/, '.js')}';${BODY_TYPE.replace(/\n/g, ' ')}\n`;
  const open = new Set(openPaths.map((path) => JSON.stringify(path)));
  // TypeScript reports one excess property at a time: each one is blanked out of the text (a comment
  // of the same length, so places do not move) and the body checked again; the ones not allowed are
  // findings.
  let text = code;
  const excess: Finding[] = [];
  for (let round = 0; round < 100; round++) {
    const file = p.createSourceFile('/snippet.ts', header + text, { overwrite: true });
    const body = bodyDeclaration(file);
    if (!body) return [];
    const initializer = body.getInitializer()!;
    body.setType(`Body<${tsType}>`);
    const from = initializer.getStart();
    const to = initializer.getEnd();
    const annotationLength = `: Body<${tsType}>`.length;
    const typedAt = body.getNameNode().getEnd();
    // back to the snippet's text: drop the header line and the annotation inserted before the initializer
    const original = (offset: number): number => (offset > typedAt ? offset - annotationLength : offset);
    const toSnippet = (offset: number): { line: number; column: number } => {
      const before = (header + text).slice(0, original(offset));
      const line = before.split('\n').length - 1; // header is line 0
      return { line, column: original(offset) - before.lastIndexOf('\n') };
    };
    const describe = (d: import('ts-morph').Diagnostic, start: number): Finding => {
      const a = toSnippet(start);
      const b = toSnippet(start + (d.getLength() ?? 0));
      const message = ts
        .flattenDiagnosticMessageText(d.compilerObject.messageText, ' ')
        .replace(/in type '\{.*\}( & ODataKeys)?'/s, `in ${tsType.replace(/^MicrosoftGraph\./, '')}`)
        .replace(/NonNullable<NullableOption<(\w+)> \| undefined> \| null \| undefined/g, '$1');
      return finding(`body does not fit ${typeName}: ${message}`, a.line, a.column, b.line, b.column);
    };
    const out: Finding[] = [];
    let excessProperty: { start: number; end: number } | null = null;
    for (const d of file.getPreEmitDiagnostics()) {
      if (d.getSourceFile()?.getFilePath() !== file.getFilePath()) continue;
      const start = d.getStart();
      if (start === undefined || start < from || start > to) continue;
      const owner = file.getDescendantAtPos(start)?.getFirstAncestor((n) => Node.isObjectLiteralExpression(n));
      if (d.getCode() === 2353 && owner && Node.isObjectLiteralExpression(owner)) {
        // an object that names its own (derived) type: its extra properties are the derived type's;
        // an object the caller knows to carry keys its type does not declare (additional data, dynamic members)
        const derived = owner.getProperty((pr) => /^['"]?@odata\.type['"]?$/.test((pr as { getName?: () => string }).getName?.() ?? '')) !== undefined;
        const isAllowed = derived || open.has(JSON.stringify(literalPath(owner, initializer)));
        const property = file.getDescendantAtPos(start)?.getFirstAncestor((n) => n.getParent() === owner);
        if (property !== undefined && excessProperty === null) {
          const range = { start: original(property.getStart()) - header.length, end: original(property.getEnd()) - header.length };
          if (blank(text, range.start, range.end) !== null) {
            excessProperty = range;
            if (!isAllowed) excess.push(describe(d, start));
            continue;
          }
        }
        if (isAllowed) continue;
      }
      out.push(describe(d, start));
    }
    const blanked = excessProperty === null ? null : blank(text, excessProperty.start, excessProperty.end);
    if (blanked === null) return [...excess, ...out].sort((x, y) => x.line - y.line || x.column - y.column);
    text = blanked;
  }
  throw new Error('internal: checkJavaScriptBody did not settle');
}

/**
 * `text` with the property at [start, end) and its comma turned into a comment of the same length
 * (newlines kept), or null when it is too short to hold one.
 */
function blank(text: string, start: number, end: number): string | null {
  let to = end;
  while (to < text.length && /[ \t]/.test(text[to]!)) to++;
  if (text[to] === ',') to++;
  else {
    let back = start;
    while (back > 0 && /\s/.test(text[back - 1]!)) back--;
    if (text[back - 1] !== ',') return null;
    start = back - 1;
  }
  if (to - start < 4) return null;
  const inner = text.slice(start + 2, to - 2).replace(/[^\n]/g, ' ');
  return `${text.slice(0, start)}/*${inner}*/${text.slice(to)}`;
}
