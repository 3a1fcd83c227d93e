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
 * faster: other nodes are never materialised); return false from `visit` to skip a node's children.
 */
export function walk(root: Node, visit: (node: Node) => boolean | void, only?: ReadonlySet<string>): void {
  const cursor = root.walk();
  try {
    for (;;) {
      const descend = only && !only.has(cursor.nodeType) ? true : visit(cursor.currentNode) !== false;
      if (descend && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
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
