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
const KEYWORD_WORDS = new RegExp(`\\b(?:${[...GO_KEYWORDS].join('|')})\\b`, 'g');

/** The leaf token of the tree exactly at [start, end), if its type is `type`. */
function tokenAt(ctx: RuleContext, start: number, end: number, types: ReadonlySet<string>): Node | null {
  const node = ctx.root.descendantForIndex(start, end);
  return node && node.startIndex === start && node.endIndex === end && types.has(node.type) ? node : null;
}

/**
 * `type := ...`, `&type`, `range.SetType(...)`: a keyword where a name must be. The text is searched
 * first (a keyword word in a suspicious place); only those places are looked up in the tree, which
 * must hold the keyword token itself there (not a string, comment or longer name).
 */
export function goKeywordIdentifierRule(ctx: RuleContext): void {
  const text = ctx.text;
  for (const m of text.matchAll(KEYWORD_WORDS)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 2), start);
    // `x.(type)` in a type switch is the one place `type` sits between `(` and `)`
    if (m[0] === 'type' && before === '.(') continue;
    const prev = /(\S?)[ \t]*$/.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
    const misused = AFTER_NAME.test(text.slice(end, end + 4)) || prev === '&' || prev === '.';
    if (!misused) continue;
    const tok = tokenAt(ctx, start, end, GO_KEYWORDS);
    if (tok && !tok.isNamed && tok.childCount === 0) {
      ctx.reportNode('check:go-keyword-identifier', tok, `\`${tok.type}\` is a Go keyword and cannot name a variable (use e.g. \`${tok.type}Escaped\`)`);
    }
  }
}

const NUMBER_TYPES: ReadonlySet<string> = new Set(['int_literal', 'float_literal']);
const DATE = /\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}(?::\d{1,2}){0,2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const TIME = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;
const BARE_DATE = new RegExp(`(?<![\\w.])(?:${DATE.source}|${TIME.source})`, 'g');

/**
 * `startDate := 2020-09-15` parses as 2020 minus 9 minus 15; `08:00:00` does not parse at all.
 * Found in the text, then kept only where the tree has a number token starting there.
 */
export function goUnquotedDateRule(ctx: RuleContext): void {
  for (const m of ctx.text.matchAll(BARE_DATE)) {
    const start = m.index;
    const number = ctx.root.descendantForIndex(start, start + 1);
    if (!number || number.startIndex !== start || !NUMBER_TYPES.has(number.type)) continue;
    ctx.report('check:go-unquoted-date', start, start + m[0].length, `\`${m[0]}\` is a bare date/time: Go reads it as integer arithmetic or a syntax error; quote it and parse it`);
  }
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
  readonly start: number;
  readonly end: number;
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

const SCOPE_NODES = [
  'block', 'function_declaration', 'method_declaration', 'func_literal', 'if_statement', 'for_statement',
  'expression_switch_statement', 'type_switch_statement', 'select_statement', 'expression_case', 'default_case',
  'type_case', 'communication_case',
];
const SCOPE_SET: ReadonlySet<string> = new Set(SCOPE_NODES);
const SCOPE_WALK: ReadonlySet<string> = new Set([
  ...SCOPE_NODES, 'parameter_declaration', 'variadic_parameter_declaration', 'short_var_declaration', 'var_spec', 'range_clause',
  'assignment_statement', 'identifier',
]);

/** The identifiers a declaration binds (the left of `:=`, `var` specs, range clauses). */
function leftNames(list: Node | null): Node[] {
  if (!list) return [];
  return list.type === 'identifier' ? [list] : namedChildrenOf(list).filter((n) => n.type === 'identifier');
}

/**
 * One scope walk for two rules: `:=` with no new variable on the left (`no new variables on left
 * side of :=`) and variables declared and never used (`declared and not used: x`).
 *
 * The walk visits only the node types that matter, in document order (`walk` with a type set runs
 * inside the grammar's wasm); scopes are closed by range. Declarations take effect at the end of
 * their statement, so `x := f(x)` reads the outer `x` on its right.
 */
export function goScopeRules(ctx: RuleContext): void {
  const all: Variable[] = [];
  /** start offsets of identifiers that declare or only write a name (not uses) */
  const notUses = new Set<number>();
  const scopes: { scope: Scope; end: number }[] = [{ scope: new Scope(null), end: Infinity }];
  let pending: { scope: Scope; at: number; id: Node; mustUse: boolean }[] = [];

  const declare = (scope: Scope, id: Node, mustUse: boolean): void => {
    const name = id.text;
    if (name === '_') return;
    const v: Variable = { name, start: id.startIndex, end: id.endIndex, used: false, mustUse };
    scope.vars.set(name, v);
    all.push(v);
  };
  const later = (scope: Scope, at: number, ids: readonly Node[], mustUse: boolean): void => {
    for (const id of ids) {
      notUses.add(id.startIndex);
      pending.push({ scope, at, id, mustUse });
    }
  };
  const commit = (upTo: number): void => {
    // not ordered by `at`: a declaration inside a closure on the right of `:=` ends before the outer one
    if (!pending.some((p) => p.at <= upTo)) return;
    const keep: typeof pending = [];
    for (const p of pending) {
      if (p.at <= upTo) declare(p.scope, p.id, p.mustUse);
      else keep.push(p);
    }
    pending = keep;
  };

  walk(ctx.root, (node) => {
    const startIndex = node.startIndex;
    commit(startIndex);
    while (scopes.length > 1 && startIndex >= scopes[scopes.length - 1]!.end) scopes.pop();
    const scope = scopes[scopes.length - 1]!.scope;
    const type = node.type;
    switch (type) {
      case 'identifier': {
        if (!notUses.has(startIndex)) {
          const v = scope.lookup(node.text);
          if (v) v.used = true;
        }
        return;
      }
      case 'parameter_declaration':
      case 'variadic_parameter_declaration':
        for (const n of namedChildrenOf(node)) {
          if (n.type !== 'identifier') continue;
          notUses.add(n.startIndex);
          declare(scope, n, false);
        }
        break;
      case 'short_var_declaration': {
        const left = node.childForFieldName('left');
        const names = leftNames(left);
        const fresh = names.filter((n) => n.text !== '_' && !scope.vars.has(n.text));
        if (names.length > 0 && fresh.length === 0) {
          ctx.reportNode(
            'check:go-no-new-variables',
            left ?? node,
            `no new variables on left side of := (${names.map((n) => n.text).join(', ')} already declared in this scope)`,
          );
        }
        for (const n of names) if (n.text !== '_' && scope.vars.has(n.text)) notUses.add(n.startIndex); // written, not used
        // the right side is evaluated before the names exist
        later(scope, node.endIndex, fresh, scope.parent !== null);
        break;
      }
      case 'var_spec':
        later(scope, node.endIndex, node.childrenForFieldName('name').filter((c): c is Node => c !== null), scope.parent !== null);
        break;
      case 'range_clause': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left && right && ctx.text.slice(left.endIndex, right.startIndex).includes(':=')) later(scope, node.endIndex, leftNames(left), true);
        break;
      }
      case 'assignment_statement': {
        // plain `x = v` writes x without using it
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left && right && /^\s*=\s*$/.test(ctx.text.slice(left.endIndex, right.startIndex))) {
          for (const n of leftNames(left)) notUses.add(n.startIndex);
        }
        break;
      }
      default:
        break;
    }
    if (SCOPE_SET.has(type) && node.endIndex > startIndex) scopes.push({ scope: new Scope(scope), end: node.endIndex });
  }, SCOPE_WALK);
  commit(Infinity);
  // error recovery hides uses inside ERROR nodes: only a clean tree tells what is unused
  if (ctx.root.hasError) return;
  for (const v of all) {
    if (v.mustUse && !v.used) ctx.report('check:go-unused-variable', v.start, v.end, `declared and not used: ${v.name}`);
  }
}
