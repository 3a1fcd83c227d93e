/** Python: names used but never imported, defined or assigned (a flow-insensitive scope analysis). */
import type { Node } from 'web-tree-sitter';
import type { RuleContext } from '../context.js';
import { namedChildrenOf, nodesOfType } from '../context.js';
import { PYTHON_BUILTINS } from '../python-builtins.js';

/** The identifiers a target (assignment left side, for target, `as` alias, parameter) binds. */
function targetNames(node: Node | null, out: Node[]): void {
  if (!node) return;
  switch (node.type) {
    case 'identifier':
      out.push(node);
      return;
    case 'attribute':
    case 'subscript':
      return; // x.y = ..., x[i] = ... bind nothing (x is a use)
    case 'default_parameter':
    case 'typed_default_parameter':
      targetNames(node.childForFieldName('name'), out);
      return;
    case 'typed_parameter':
      targetNames(namedChildrenOf(node).find((c) => c.type !== 'type') ?? null, out);
      return;
    case 'keyword_separator':
    case 'positional_separator':
    case 'type':
      return;
    default:
      for (const c of namedChildrenOf(node)) targetNames(c, out);
  }
}

const BINDING_NODES: ReadonlySet<string> = new Set([
  'import_statement', 'import_from_statement', 'future_import_statement', 'assignment', 'augmented_assignment',
  'for_statement', 'for_in_clause', 'named_expression', 'as_pattern', 'as_pattern_target', 'function_definition',
  'class_definition', 'parameters', 'lambda_parameters', 'global_statement', 'nonlocal_statement', 'attribute',
  'keyword_argument',
]);
const WALKED: ReadonlySet<string> = new Set([...BINDING_NODES, 'identifier']);

export function pythonUndefinedNameRule(ctx: RuleContext): void {
  const bound = new Set<string>();
  const notUses = new Set<number>(); // identifier nodes that are not reads
  let starImport = false;
  const bind = (target: Node | null): void => {
    const names: Node[] = [];
    targetNames(target, names);
    for (const n of names) {
      bound.add(n.text);
      notUses.add(n.id);
    }
  };
  /** ranges whose identifiers are all names, not reads (module paths of imports) */
  const ignored: [number, number][] = [];
  const ignoreAll = (node: Node | null): void => {
    if (!node) return;
    if (node.type === 'identifier') notUses.add(node.id);
    else ignored.push([node.startIndex, node.endIndex]);
  };

  // one search for the binding nodes and the identifiers, in document order
  const nodes = nodesOfType(ctx.root, WALKED);
  for (const node of nodes) {
    switch (node.type) {
      case 'import_statement':
      case 'import_from_statement':
      case 'future_import_statement': {
        const module = node.childForFieldName('module_name');
        ignoreAll(module);
        for (const c of namedChildrenOf(node)) {
          if (module && c.id === module.id) continue;
          if (c.type === 'wildcard_import') starImport = true;
          else if (c.type === 'aliased_import') {
            ignoreAll(c);
            bind(c.childForFieldName('alias'));
          } else if (c.type === 'dotted_name') {
            ignoreAll(c);
            // `import a.b` binds `a`; `from m import a` binds `a`
            const first = namedChildrenOf(c)[0];
            if (first) bound.add(first.text);
          }
        }
        break;
      }
      case 'assignment':
      case 'augmented_assignment':
        bind(node.childForFieldName('left'));
        break;
      case 'for_statement':
      case 'for_in_clause':
        bind(node.childForFieldName('left'));
        break;
      case 'named_expression':
        bind(node.childForFieldName('name'));
        break;
      case 'as_pattern':
        bind(node.childForFieldName('alias'));
        break;
      case 'as_pattern_target':
        bind(node);
        break;
      case 'function_definition':
      case 'class_definition':
        bind(node.childForFieldName('name'));
        break;
      case 'parameters':
      case 'lambda_parameters':
        for (const p of namedChildrenOf(node)) bind(p);
        break;
      case 'global_statement':
      case 'nonlocal_statement':
        for (const c of namedChildrenOf(node)) bind(c);
        break;
      case 'attribute':
        ignoreAll(node.childForFieldName('attribute'));
        break;
      case 'keyword_argument':
        ignoreAll(node.childForFieldName('name'));
        break;
      default:
        break;
    }
  }
  if (starImport) return;

  const seen = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'identifier' || node.isMissing || notUses.has(node.id)) continue;
    const start = node.startIndex;
    if (ignored.some(([from, to]) => start >= from && start < to)) continue;
    const name = node.text;
    if (bound.has(name) || PYTHON_BUILTINS.has(name) || ctx.assumedNames.has(name) || seen.has(name)) continue;
    seen.add(name);
    ctx.reportNode('check:python-undefined-name', node, `name \`${name}\` is used but never imported or defined`);
  }
}
