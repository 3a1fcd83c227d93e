/** Go: what tree-sitter-go accepts (or recovers from) but `go build` rejects. */
import type { Node } from 'web-tree-sitter';
import type { RuleContext } from '../context.js';
import { namedChildrenOf, walk } from '../context.js';

export const GO_KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func',
  'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct',
  'switch', 'type', 'var',
]);

/** What may follow a variable on its line but never a keyword (`:=`, `=`, `,`, `)`, `.`, `++`, ...). */
const AFTER_NAME = /^[ \t]*(?::=|\+\+|--|[-+*/%]=|=(?!=)|[,)\].])/;

/** `type := ...`, `&type`, `range.SetType(...)`: a keyword where a name must be. */
export function goKeywordIdentifierRule(ctx: RuleContext): void {
  const text = ctx.text;
  walk(ctx.root, (tok) => {
    if (tok.isNamed || tok.childCount > 0) return;
    const before = text.slice(Math.max(0, tok.startIndex - 2), tok.startIndex);
    // `x.(type)` in a type switch is the one place `type` sits between `(` and `)`
    if (tok.type === 'type' && before === '.(') return;
    const prev = /(\S?)[ \t]*$/.exec(text.slice(Math.max(0, tok.startIndex - 20), tok.startIndex))?.[1] ?? '';
    const misused = AFTER_NAME.test(text.slice(tok.endIndex, tok.endIndex + 4)) || prev === '&' || prev === '.';
    if (misused) ctx.reportNode('check:go-keyword-identifier', tok, `\`${tok.type}\` is a Go keyword and cannot name a variable (use e.g. \`${tok.type}Escaped\`)`);
  }, GO_KEYWORDS);
}

const DATE_WALK: ReadonlySet<string> = new Set(['interpreted_string_literal', 'raw_string_literal', 'comment', 'int_literal', 'float_literal']);
const DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}(?::\d{1,2}){0,2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;

/** `startDate := 2020-09-15` parses as 2020 minus 9 minus 15; `08:00:00` does not parse at all. */
export function goUnquotedDateRule(ctx: RuleContext): void {
  let coveredUntil = -1;
  walk(ctx.root, (node) => {
    if (node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal' || node.type === 'comment') return false;
    if ((node.type !== 'int_literal' && node.type !== 'float_literal') || node.startIndex < coveredUntil) return;
    const before = ctx.text[node.startIndex - 1] ?? ' ';
    if (/[\w.]/.test(before)) return;
    const rest = ctx.text.slice(node.startIndex, node.startIndex + 40);
    const m = DATE.exec(rest) ?? TIME.exec(rest);
    if (!m) return;
    coveredUntil = node.startIndex + m[0].length;
    ctx.report('check:go-unquoted-date', node.startIndex, coveredUntil, `\`${m[0]}\` is a bare date/time: Go reads it as integer arithmetic or a syntax error; quote it and parse it`);
  }, DATE_WALK);
}

/** `null` is no Go identifier. */
export function goNullRule(ctx: RuleContext): void {
  if (!/\bnull\b/.test(ctx.text)) return;
  walk(ctx.root, (node) => {
    if (node.text === 'null') ctx.reportNode('check:go-null', node, '`null` is undefined in Go; use `nil`');
  }, new Set(['identifier']));
}

interface Variable {
  readonly name: string;
  readonly node: Node;
  used: boolean;
  readonly mustUse: boolean;
}

class Scope {
  readonly vars = new Map<string, Variable>();
  constructor(readonly parent: Scope | null) {}
  lookup(name: string): Variable | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
}

const SCOPE_NODES = new Set([
  'block', 'function_declaration', 'method_declaration', 'func_literal', 'if_statement', 'for_statement',
  'expression_switch_statement', 'type_switch_statement', 'select_statement', 'expression_case', 'default_case',
  'type_case', 'communication_case',
]);

/** The identifiers a declaration binds (the left of `:=`, `var` specs, range clauses). */
function leftNames(list: Node | null): Node[] {
  if (!list) return [];
  return list.type === 'identifier' ? [list] : namedChildrenOf(list).filter((n) => n.type === 'identifier');
}

/**
 * One scope walk for two rules: `:=` with no new variable on the left (`no new variables on left
 * side of :=`) and variables declared and never used (`declared and not used: x`).
 */
export function goScopeRules(ctx: RuleContext): void {
  const all: Variable[] = [];
  const declarationIds = new Set<number>();
  const assignedOnly = new Set<number>();

  const declare = (scope: Scope, id: Node, mustUse: boolean): void => {
    declarationIds.add(id.id);
    if (id.text === '_') return;
    const v: Variable = { name: id.text, node: id, used: false, mustUse };
    scope.vars.set(id.text, v);
    all.push(v);
  };

  const visit = (node: Node, scope: Scope): void => {
    let inner = scope;
    if (SCOPE_NODES.has(node.type)) inner = new Scope(scope);

    switch (node.type) {
      case 'parameter_declaration':
      case 'variadic_parameter_declaration':
        for (const n of namedChildrenOf(node)) if (n.type === 'identifier') declare(scope, n, false);
        break;
      case 'short_var_declaration': {
        const right = node.childForFieldName('right');
        if (right) visit(right, scope); // the right side is evaluated before the names exist
        const names = leftNames(node.childForFieldName('left'));
        const fresh = names.filter((n) => n.text === '_' || !scope.vars.has(n.text));
        if (names.length > 0 && fresh.filter((n) => n.text !== '_').length === 0) {
          ctx.reportNode(
            'check:go-no-new-variables',
            node.childForFieldName('left') ?? node,
            `no new variables on left side of := (${names.map((n) => n.text).join(', ')} already declared in this scope)`,
          );
        }
        for (const n of names) {
          if (n.text !== '_' && scope.vars.has(n.text)) {
            declarationIds.add(n.id);
            assignedOnly.add(n.id);
          } else declare(scope, n, scope.parent !== null);
        }
        return;
      }
      case 'var_spec': {
        const value = node.childForFieldName('value');
        if (value) visit(value, scope);
        const type = node.childForFieldName('type');
        if (type) visit(type, scope);
        for (const n of node.childrenForFieldName('name').filter((c): c is Node => c !== null)) declare(scope, n, scope.parent !== null);
        return;
      }
      case 'range_clause': {
        const right = node.childForFieldName('right');
        if (right) visit(right, scope);
        const left = node.childForFieldName('left');
        const isDefine = node.children.some((c) => c?.type === ':=');
        if (isDefine) for (const n of leftNames(left)) declare(scope, n, true);
        else if (left) visit(left, scope);
        return;
      }
      case 'assignment_statement': {
        // plain `x = v` writes x without using it
        const left = node.childForFieldName('left');
        const op = node.childForFieldName('operator')?.type ?? node.children.find((c) => c && !c.isNamed)?.type;
        if (left && op === '=') for (const n of leftNames(left)) assignedOnly.add(n.id);
        break;
      }
      case 'identifier': {
        if (!declarationIds.has(node.id) && !assignedOnly.has(node.id)) {
          const v = scope.lookup(node.text);
          if (v) v.used = true;
        }
        return;
      }
      default:
        break;
    }
    for (const child of namedChildrenOf(node)) visit(child, inner);
  };

  visit(ctx.root, new Scope(null));
  // error recovery hides uses inside ERROR nodes: only a clean tree tells what is unused
  if (ctx.root.hasError) return;
  for (const v of all) {
    if (v.mustUse && !v.used) ctx.reportNode('check:go-unused-variable', v.node, `declared and not used: ${v.name}`);
  }
}
