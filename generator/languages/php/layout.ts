/**
 * PHP statement layout: the line breaking `@prettier/plugin-php` (pinned; print width 80, indent 4,
 * single quotes) applies to the few shapes a PHP snippet uses, so that views emit prettier's text
 * directly (the golden runner holds prettier as judge).
 *
 * Shapes and prettier's rules for them:
 * - call `f(a, b)`: flat when it fits; a sole array argument hugs (`f([` … `])`); otherwise every
 *   argument on its own line, indented, with a trailing comma;
 * - array `[a, 'k' => v]`: flat when it fits; otherwise one item a line with a trailing comma; a
 *   keyed item whose value does not fit after `=>` hugs an array value (`'k' => [`) or moves a
 *   scalar to the next line, indented once more;
 * - assignment `lhs = rhs;`: flat; an array or call right-hand side breaks inside; a scalar moves to
 *   the next line, indented;
 * - member chain `$a->b()->c()->d();` (three calls or more): one line when it fits, else one call a
 *   line, indented.
 * Atoms (strings, numbers, variables, `null`) never break.
 */

export const PRINT_WIDTH = 80;
const INDENT = '    ';

export type PhpExpr =
  | { readonly kind: 'atom'; readonly text: string }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly PhpExpr[] }
  | { readonly kind: 'array'; readonly items: readonly PhpArrayItem[] };

export interface PhpArrayItem {
  readonly key?: PhpExpr;
  readonly value: PhpExpr;
}

export const atom = (text: string): PhpExpr => ({ kind: 'atom', text });
export const call = (callee: string, args: readonly PhpExpr[] = []): PhpExpr => ({ kind: 'call', callee, args });
export const array = (items: readonly PhpArrayItem[]): PhpExpr => ({ kind: 'array', items });

/**
 * A literal printer's code as an expression, so that its calls can break like prettier breaks
 * them: `new X('…')`, `Utils::streamFor(base64_decode('…'))` (one argument each); else an atom.
 */
export function parseLiteral(code: string): PhpExpr {
  const m = /^(new \\?[\w\\]+|\\?[\w\\]+(?:::\w+)?)\((.*)\)$/s.exec(code);
  if (m === null) return atom(code);
  const inner = m[2]!;
  return call(m[1]!, inner === '' ? [] : [parseLiteral(inner)]);
}

/** The expression on one line. */
export function flat(expr: PhpExpr): string {
  switch (expr.kind) {
    case 'atom':
      return expr.text;
    case 'call':
      return `${expr.callee}(${expr.args.map(flat).join(', ')})`;
    case 'array':
      return `[${expr.items.map(flatItem).join(', ')}]`;
  }
}

function flatItem(item: PhpArrayItem): string {
  return item.key === undefined ? flat(item.value) : `${flat(item.key)} => ${flat(item.value)}`;
}

/** A string literal: prettier moves it after `=` or `=>` when it does not fit (other atoms stay). */
const isString = (expr: PhpExpr): boolean => expr.kind === 'atom' && (expr.text.startsWith("'") || expr.text.startsWith('"'));

const fits = (column: number, text: string): boolean => column + text.length <= PRINT_WIDTH;

/**
 * Lays `expr` out starting at `column` on a line indented by `indent`, followed by `suffix` (`;`,
 * `,`, `)`). Returns the lines: the first continues the current line (no indentation of its own),
 * the others carry their indentation.
 */
export function layout(expr: PhpExpr, indent: string, column: number, suffix: string): string[] {
  const one = flat(expr) + suffix;
  if (fits(column, one) || expr.kind === 'atom') return [one];
  if (expr.kind === 'array') return brokenArray(expr, indent, suffix);
  return brokenCall(expr, indent, column, suffix);
}

function brokenArray(expr: Extract<PhpExpr, { kind: 'array' }>, indent: string, suffix: string): string[] {
  if (expr.items.length === 0) return [`[]${suffix}`];
  const inner = indent + INDENT;
  const lines = ['['];
  for (const item of expr.items) lines.push(...prefixFirst(inner, itemLines(item, inner)));
  lines.push(`${indent}]${suffix}`);
  return lines;
}

function itemLines(item: PhpArrayItem, indent: string): string[] {
  if (item.key === undefined) return layout(item.value, indent, indent.length, ',');
  const head = `${flat(item.key)} => `;
  const one = head + flat(item.value) + ',';
  if (fits(indent.length, one)) return [one];
  if (item.value.kind === 'atom') return isString(item.value) ? [`${flat(item.key)} =>`, `${indent}${INDENT}${item.value.text},`] : [one];
  return prefixFirst('', [head, ...layout(item.value, indent, indent.length + head.length, ',')], true);
}

function brokenCall(expr: Extract<PhpExpr, { kind: 'call' }>, indent: string, column: number, suffix: string): string[] {
  const open = `${expr.callee}(`;
  const [only] = expr.args;
  if (expr.args.length === 1 && only !== undefined && only.kind === 'array' && only.items.length > 0) {
    return joinFirst(open, brokenArray(only, indent, `)${suffix}`));
  }
  if (expr.args.length === 0) return [`${open})${suffix}`];
  const inner = indent + INDENT;
  const lines = [open];
  for (const arg of expr.args) lines.push(...prefixFirst(inner, layout(arg, inner, inner.length, ',')));
  lines.push(`${indent})${suffix}`);
  void column;
  return lines;
}

/** Indents the first line of a laid-out block (its other lines carry their own indentation). */
function prefixFirst(indent: string, lines: readonly string[], join = false): string[] {
  if (join) {
    const [head, first, ...rest] = lines;
    return [`${head ?? ''}${first ?? ''}`, ...rest];
  }
  const [first, ...rest] = lines;
  return [`${indent}${first ?? ''}`, ...rest];
}

function joinFirst(head: string, lines: readonly string[]): string[] {
  const [first, ...rest] = lines;
  return [`${head}${first ?? ''}`, ...rest];
}

/** `lhs = rhs;` */
export function assignment(lhs: string, rhs: PhpExpr): string[] {
  const head = `${lhs} = `;
  const one = head + flat(rhs) + ';';
  if (fits(0, one)) return [one];
  if (rhs.kind === 'atom') return isString(rhs) ? [`${lhs} =`, `${INDENT}${rhs.text};`] : [one];
  return joinFirst(head, layout(rhs, '', head.length, ';'));
}

/** An expression statement: `$x->setY(…);`. */
export function statement(expr: PhpExpr): string[] {
  return layout(expr, '', 0, ';');
}

/** One link of a member chain: `->name(args)`. */
export interface ChainLink {
  readonly name: string;
  readonly args: readonly PhpExpr[];
}

/** `[lhs = ]root->a()->b(…)->c();` */
export function chain(lhs: string | null, root: string, links: readonly ChainLink[]): string[] {
  const head = lhs === null ? '' : `${lhs} = `;
  const one = `${head}${root}${links.map((l) => `->${flat(call(l.name, l.args))}`).join('')};`;
  if (fits(0, one)) return [one];
  const lines = [`${head}${root}`];
  links.forEach((link, i) => {
    const suffix = i === links.length - 1 ? ';' : '';
    lines.push(...joinFirst(`${INDENT}->`, layout(call(link.name, link.args), INDENT, INDENT.length + 2, suffix)));
  });
  return lines;
}
