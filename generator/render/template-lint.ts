/**
 * Rejects logic in templates: a template may print paths (`{{name}}`, `{{this}}`), include
 * partials, and use `if`/`unless`/`each`/`with` on a single path. Anything else — helpers that
 * compare or transform, sub-expressions, literals, hash arguments — belongs in the view builder.
 */
import Handlebars from 'handlebars';
import { ALLOWED_HELPERS } from './handlebars.js';

type Node = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

export interface TemplateProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

function isPlainPath(node: unknown): boolean {
  const n = node as Node | undefined;
  return n?.type === 'PathExpression' && typeof n.original === 'string' && !(n.original as string).includes('..');
}

export function lintTemplate(source: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const at = (node: Node, message: string) =>
    problems.push({ line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? 0) + 1, message });
  const visit = (node: Node | undefined | null): void => {
    if (node === undefined || node === null) return;
    switch (node.type) {
      case 'Program':
        for (const child of node.body as Node[]) visit(child);
        return;
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const params = node.params as unknown[];
        const hash = node.hash as { pairs: unknown[] } | undefined;
        if (!isPlainPath(node.path) || params.length > 0 || (hash?.pairs.length ?? 0) > 0) at(node, 'only plain paths may be printed ({{name}}); compute values in the view');
        return;
      }
      case 'BlockStatement': {
        const path = node.path as Node;
        const name = path.original as string;
        const params = node.params as unknown[];
        const hash = node.hash as { pairs: unknown[] } | undefined;
        if (!(ALLOWED_HELPERS as readonly string[]).includes(name)) at(node, `block helper '${name}' is not allowed (only ${ALLOWED_HELPERS.join(', ')})`);
        else if (params.length !== 1 || !isPlainPath(params[0]) || (hash?.pairs.length ?? 0) > 0) at(node, `'${name}' takes exactly one plain path: name a boolean for what it prints in the view`);
        visit(node.program as Node);
        visit(node.inverse as Node | null);
        return;
      }
      case 'PartialStatement': {
        const params = node.params as unknown[];
        if (params.length > 0 || ((node.hash as { pairs: unknown[] } | undefined)?.pairs.length ?? 0) > 0) at(node, 'partials take no arguments');
        return;
      }
      default:
        at(node, `template construct '${node.type}' is not allowed`);
    }
  };
  try {
    visit(Handlebars.parse(source) as unknown as Node);
  } catch (error) {
    problems.push({ line: 0, column: 0, message: `does not parse: ${(error as Error).message}` });
  }
  return problems;
}
