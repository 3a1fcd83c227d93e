/**
 * The layout prettier-plugin-java (pinned) gives the few statement shapes Java snippets use, so that
 * views emit it directly (the golden runner holds prettier as judge). A small Wadler/prettier doc
 * printer (groups, indents, soft and hard lines, `fits` measured up to the next possible break) and
 * the docs prettier-java builds for:
 * - calls `recv.name(args)`: arguments on the line, else one a line, indented, `)` back out; a
 *   trailing block lambda is hugged (`get(requestConfiguration -> {` … `});`);
 * - declarations and assignments `T x = rhs;`: the right side stays on the line when its first
 *   line fits there, else it moves to the next line, indented (`LinkedList<…> x =` ⏎ `new …();`);
 * - array initializers `new String[] { "a", "b" }`, broken one element a line with a trailing comma;
 * - the request-builder chain `graphClient.a().b().c(…)`: on one line when its first line fits and
 *   it is not more than two calls with a lambda argument; else one `.call()` a line, indented.
 * Statements sit in the method body of prettier's wrapper (4 columns), so the width is 76.
 */

export type Doc = string | readonly Doc[] | Group | Indent | Line;
interface Group { readonly t: 'group'; readonly c: Doc; readonly trailingComma?: boolean }
interface Indent { readonly t: 'indent'; readonly c: Doc }
interface Line { readonly t: 'line'; readonly hard: boolean; readonly soft: boolean }

export const WIDTH = 76;
export const line: Line = { t: 'line', hard: false, soft: false };
export const softline: Line = { t: 'line', hard: false, soft: true };
export const hardline: Line = { t: 'line', hard: true, soft: false };
export const group = (c: Doc): Group => ({ t: 'group', c });
export const indent = (c: Doc): Indent => ({ t: 'indent', c });

/** A marker the printer turns into `,` when the enclosing group breaks (array initializers). */
const TRAILING_COMMA = '\u0000,';

function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i === 0 ? [d] : [separator, d]));
}

function hasHardline(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) return doc.some(hasHardline);
  const d = doc as Group | Indent | Line;
  if (d.t === 'line') return d.hard;
  return hasHardline(d.c);
}

type Mode = 'flat' | 'break';
interface Cmd { readonly ind: number; readonly mode: Mode; readonly doc: Doc }

/** Whether `next` fits in `width` columns, reading on into `rest` until a line break (prettier's `fits`). */
function fits(next: Cmd, rest: readonly Cmd[], width: number): boolean {
  let remaining = width;
  const stack: Cmd[] = [next];
  let restIndex = rest.length;
  while (remaining >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = stack.pop()!;
    if (typeof doc === 'string') {
      remaining -= [...doc.replace(TRAILING_COMMA, mode === 'break' ? ',' : '')].length;
    } else if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push({ ind: 0, mode, doc: doc[i]! });
    } else {
      const d = doc as Group | Indent | Line;
      if (d.t === 'line') {
        if (mode === 'break' || d.hard) return true;
        if (!d.soft) remaining -= 1;
      } else if (d.t === 'indent') stack.push({ ind: 0, mode, doc: d.c });
      else stack.push({ ind: 0, mode: hasHardline(d.c) ? 'break' : mode, doc: d.c });
    }
  }
  return false;
}

/** Prints a doc at column 0 (lines indented by two spaces per indent level). */
export function printDoc(doc: Doc, width = WIDTH): string[] {
  const out: string[] = [''];
  let pos = 0;
  const cmds: Cmd[] = [{ ind: 0, mode: 'break', doc }];
  while (cmds.length > 0) {
    const { ind, mode, doc: d } = cmds.pop()!;
    if (typeof d === 'string') {
      const text = d.startsWith(TRAILING_COMMA) ? (mode === 'break' ? ',' : '') : d;
      out[out.length - 1] += text;
      pos += [...text].length;
    } else if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) cmds.push({ ind, mode, doc: d[i]! });
    } else {
      const x = d as Group | Indent | Line;
      if (x.t === 'indent') cmds.push({ ind: ind + 2, mode, doc: x.c });
      else if (x.t === 'group') {
        const flat: Cmd = { ind, mode: 'flat', doc: x.c };
        if (!hasHardline(x.c) && fits(flat, cmds, width - pos)) cmds.push(flat);
        else cmds.push({ ind, mode: 'break', doc: x.c });
      } else if (mode === 'flat' && !x.hard) {
        if (!x.soft) {
          out[out.length - 1] += ' ';
          pos += 1;
        }
      } else {
        out.push(' '.repeat(ind));
        pos = ind;
      }
    }
  }
  return out.map((l) => l.replace(/\s+$/, ''));
}

/** A lambda `param -> { statements }`, always broken (a block body). */
export interface Lambda { readonly lambda: true; readonly param: string; readonly body: readonly Doc[] }
export type Arg = Doc | Lambda;
const isLambda = (a: Arg): a is Lambda => typeof a === 'object' && a !== null && !Array.isArray(a) && (a as Lambda).lambda === true;

function lambdaDoc(l: Lambda): Doc {
  return [`${l.param} -> {`, indent([hardline, ...join(hardline, l.body)]), hardline, '}'];
}

/** `callee(args)`: a trailing lambda is hugged; other arguments break one a line when they do not fit. */
export function call(callee: string, args: readonly Arg[]): Doc {
  if (args.length === 0) return `${callee}()`;
  const last = args[args.length - 1]!;
  if (isLambda(last)) {
    const before = args.slice(0, -1) as Doc[];
    return [callee, '(', ...before.flatMap((a) => [a, ', ']), lambdaDoc(last), ')'];
  }
  return group([callee, '(', indent([softline, ...join([',', line], args as Doc[])]), softline, ')']);
}

/** `new T[] { a, b }`. */
export function arrayInitializer(type: string, items: readonly Doc[]): Doc {
  if (items.length === 0) return `new ${type}[] {}`;
  return group([`new ${type}[] {`, indent([line, ...join([',', line], items), TRAILING_COMMA]), line, '}']);
}

/** `lhs = rhs` (declarations and assignments): the right side moves to the next line only when its first line does not fit. */
export function assignment(lhs: string, rhs: Doc): Doc {
  return group([lhs, ' =', group(indent(line)), rhs]);
}

/** A `graphClient.a().b(…)` chain: one line, or one call a line. */
export function chain(receiver: string, calls: readonly { readonly name: string; readonly args: readonly Arg[] }[], prefix = '', suffix = ';'): Doc {
  const hasLambda = calls.some((c) => c.args.some(isLambda));
  const oneLine: Doc = [prefix, receiver, ...calls.map((c) => ['.', call(c.name, c.args)])];
  const headFits = firstLineFits([oneLine, suffix]);
  if (headFits && !(calls.length > 2 && hasLambda)) return [oneLine, suffix];
  return [prefix, receiver, indent(calls.map((c) => [hardline, '.', call(c.name, c.args)])), suffix];
}

/** Whether a doc's first line, printed with its groups flat where they fit, fits the width. */
function firstLineFits(doc: Doc): boolean {
  const flatOnce = printFirstLine(doc);
  return [...flatOnce].length <= WIDTH;
}

/** The first line of a doc when every group that can stay flat does (hard lines still break). */
function printFirstLine(doc: Doc): string {
  let text = '';
  const walk = (d: Doc): boolean => {
    if (typeof d === 'string') {
      text += d.startsWith(TRAILING_COMMA) ? '' : d;
      return true;
    }
    if (Array.isArray(d)) {
      for (const x of d) if (!walk(x)) return false;
      return true;
    }
    const x = d as Group | Indent | Line;
    if (x.t === 'line') {
      if (x.hard) return false;
      if (!x.soft) text += ' ';
      return true;
    }
    return walk(x.c);
  };
  walk(doc);
  return text;
}

export { join };

/**
 * The doc of an expression the literal printers return (`EnumSet.of(A.X, A.Y)`,
 * `new ByteArrayInputStream("…".getBytes(StandardCharsets.UTF_8))`): every call's arguments form
 * a group prettier may break; what comes before a call's `(` stays on its line.
 */
export function expressionDoc(code: string): Doc {
  const parsed = parseCalls(code.trim());
  return parsed ?? code;
}

/** Splits `text` at top-level commas (outside strings, parentheses and angle brackets). */
function splitArguments(text: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      i = end;
    } else if (ch === '(' || ch === '<' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === '>' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((a) => a !== '');
}

/** The index of the quote closing the string that starts at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/** `callee(args)` at the end of `code` (the last top-level call), parsed recursively; null when `code` ends otherwise. */
function parseCalls(code: string): Doc | null {
  if (!code.endsWith(')')) return null;
  // find the `(` matching the final `)`
  let depth = 0;
  let open = -1;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(code, i);
      if (end < 0) return null;
      i = end;
    } else if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')') depth--;
  }
  if (open < 0 || depth !== 0) return null;
  const callee = code.slice(0, open);
  if (callee === '' || /^\(/.test(callee)) return null;
  const args = splitArguments(code.slice(open + 1, -1));
  if (args === null) return null;
  return call(callee, args.map(expressionDoc));
}
