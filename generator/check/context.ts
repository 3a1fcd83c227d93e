/** What a rule sees: the parsed tree of the wrapped snippet and a way to report in snippet coordinates. */
import type { Node } from 'web-tree-sitter';
import { checkRules, type CheckRuleId } from '../diagnostics/rules/check.js';
import type { CheckLanguage, Finding } from './types.js';
import type { WrappedSnippet } from './wrap.js';

export class RuleContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly language: CheckLanguage,
    readonly wrapped: WrappedSnippet,
    readonly root: Node,
    readonly assumedNames: ReadonlySet<string>,
  ) {}

  get text(): string {
    return this.wrapped.text;
  }

  /** Reports a finding over [start, end) offsets of the wrapped text. */
  report(ruleId: CheckRuleId, start: number, end: number, message: string): void {
    const from = this.wrapped.toSnippet(start);
    const to = this.wrapped.toSnippet(Math.max(start, end));
    this.findings.push({
      ruleId,
      severity: checkRules[ruleId].severity,
      message,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    });
  }

  reportNode(ruleId: CheckRuleId, node: Node, message: string): void {
    this.report(ruleId, node.startIndex, node.endIndex, message);
  }
}

export type Rule = (ctx: RuleContext) => void;

/**
 * Visits every node in document order (or only the nodes whose type is in `only`, which is much
 * faster: the search runs inside the grammar's wasm and other nodes are never materialised);
 * return false from `visit` to skip a node's children.
 */
export function walk(root: Node, visit: (node: Node) => boolean | void, only?: ReadonlySet<string>): void {
  if (only) {
    walkTypes(root, visit, only);
    return;
  }
  const cursor = root.walk();
  try {
    for (;;) {
      const descend = visit(cursor.currentNode) !== false;
      if (descend && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}

const typeLists = new WeakMap<ReadonlySet<string>, string[]>();

/** The nodes of `root` (itself included) whose type is in `types`, in document order. */
export function nodesOfType(root: Node, types: ReadonlySet<string>): Node[] {
  let list = typeLists.get(types);
  if (!list) typeLists.set(types, (list = [...types]));
  return root.descendantsOfType(list).filter((n): n is Node => n !== null);
}

/**
 * `descendantsOfType` lists the matches in document order (pre-order, the root included); a
 * skipped node's descendants are the matches that follow it inside its range.
 */
function walkTypes(root: Node, visit: (node: Node) => boolean | void, only: ReadonlySet<string>): void {
  let skipFrom = -1;
  let skipTo = -1;
  for (const node of nodesOfType(root, only)) {
    const start = node.startIndex;
    const end = node.endIndex;
    if (start >= skipFrom && end <= skipTo && start < skipTo) continue;
    if (visit(node) === false && end > start) {
      skipFrom = start;
      skipTo = end;
    }
  }
}

export function childrenOf(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}

export function namedChildrenOf(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null);
}

/** The leaf tokens of a tree in document order. */
export function leaves(root: Node): Node[] {
  const out: Node[] = [];
  walk(root, (n) => {
    if (n.childCount === 0) out.push(n);
  });
  return out;
}
