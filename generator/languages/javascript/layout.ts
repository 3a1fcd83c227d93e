/**
 * The JavaScript layout: the few shapes a snippet has (object literals, arrays, scalars, one
 * `client.api(…)` call chain), laid out exactly as prettier (pinned; babel, `singleQuote`, width 80,
 * indent 2, trailing commas) prints them, so no formatter runs in the hot path. The golden runner
 * holds prettier as judge; `test/render/javascript.test.ts` compares these rules with prettier.
 *
 * prettier's rules, restated for these shapes:
 * - an object literal stays expanded when a line break follows its `{` in the source: every
 *   non-empty object here is written expanded, one property a line, each with a trailing comma;
 * - an array fits on one line when it can (items joined by `, `); it breaks (one item a line) when
 *   it does not fit, when an item breaks (an expanded object), or when it has several items that are
 *   all arrays with several items; an array of several numbers breaks by filling lines;
 * - `key: 'string'` that does not fit breaks after the colon when the key is 5 columns or wider;
 *   numbers and booleans never break there; `null` breaks like a string;
 * - `const x = 'string';` that does not fit breaks after `=`;
 * - a member chain (`client.api(…).get()`) stays on one line when it fits, else every call goes on
 *   its own line below `client`; a call whose arguments do not fit puts each on its own line.
 */

export const PRINT_WIDTH = 80;
const INDENT = '  ';

/** A value to lay out: a printed scalar, an object literal or an array. */
export type JsNode =
  | { readonly kind: 'scalar'; readonly code: string; readonly scalar: 'string' | 'number' | 'boolean' | 'null' | 'other' }
  | { readonly kind: 'object'; readonly entries: readonly { readonly key: string; readonly value: JsNode }[] }
  | { readonly kind: 'array'; readonly items: readonly JsNode[] };

// ---------------------------------------------------------------------------------------------
// Widths, as prettier measures them (East Asian wide and fullwidth characters and emoji take two
// columns; control characters and combining marks none).

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a], [0x1f200, 0x1f202], [0x1f210, 0x1f23b], [0x1f240, 0x1f248], [0x1f250, 0x1f251],
  [0x1f260, 0x1f265], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  return WIDE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** RGI emoji sequences (the `v` flag; built at run time, as the compile target predates it). */
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv');
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u;

/** The columns `text` takes, as prettier counts them. */
export function displayWidth(text: string): number {
  if (!/[^\x20-\x7e]/.test(text)) return text.length;
  let width = 0;
  const rest = text.replace(EMOJI, () => {
    width += 2;
    return '';
  });
  for (const ch of rest) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || ZERO_WIDTH.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

const fits = (line: string): boolean => displayWidth(line) <= PRINT_WIDTH;

// ---------------------------------------------------------------------------------------------
// Numbers: prettier's spelling (lower-case, no `+` or leading zeros in exponents, no useless
// exponent, a digit before the point, no trailing zeros in the fraction, no trailing point).

export function prettierNumber(text: string): string {
  return text
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, '$1$2')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-])?\./, '$10.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

// ---------------------------------------------------------------------------------------------
// Values.

function isNumber(node: JsNode): boolean {
  return node.kind === 'scalar' && node.scalar === 'number';
}

function sizeOf(node: JsNode): number {
  return node.kind === 'object' ? node.entries.length : node.kind === 'array' ? node.items.length : 0;
}

/** Whether the node cannot be printed on one line. */
function breaks(node: JsNode): boolean {
  if (node.kind === 'object') return node.entries.length > 0;
  if (node.kind === 'array') {
    if (node.items.some(breaks)) return true;
    const first = node.items[0];
    return (
      node.items.length > 1 &&
      first !== undefined &&
      (first.kind === 'object' || first.kind === 'array') &&
      node.items.every((item) => item.kind === first.kind && sizeOf(item) > 1)
    );
  }
  return false;
}

/** The one-line text of a node that does not break. */
function flat(node: JsNode): string {
  switch (node.kind) {
    case 'scalar':
      return node.code;
    case 'object':
      return '{}';
    case 'array':
      return `[${node.items.map(flat).join(', ')}]`;
  }
}

/**
 * Lays out `node` at `indent` columns: the first line starts with `head` (`const x = `,
 * `  key: `), the last ends with `tail` (`;`, `,`).
 */
export function layoutValue(node: JsNode, indent: string, head: string, tail: string): string[] {
  if (node.kind === 'scalar') return [head + node.code + tail];
  if (!breaks(node) && fits(head + flat(node) + tail)) return [head + flat(node) + tail];
  const inner = indent + INDENT;
  if (node.kind === 'object') {
    const lines = [head + '{'];
    for (const entry of node.entries) lines.push(...layoutProperty(entry.key, entry.value, inner));
    lines.push(indent + '}' + tail);
    return lines;
  }
  const lines = [head + '['];
  if (node.items.length > 1 && node.items.every(isNumber)) {
    // prettier's fill: as many `n,` as fit on a line.
    let line = '';
    for (const item of node.items) {
      const text = flat(item) + ',';
      if (line === '') line = inner + text;
      else if (fits(`${line} ${text}`)) line = `${line} ${text}`;
      else {
        lines.push(line);
        line = inner + text;
      }
    }
    lines.push(line);
  } else {
    for (const item of node.items) lines.push(...layoutValue(item, inner, inner, ','));
  }
  lines.push(indent + ']' + tail);
  return lines;
}

/** One object property (`key: value,`), at `indent`. */
function layoutProperty(key: string, value: JsNode, indent: string): string[] {
  const head = `${indent}${key}: `;
  if (value.kind !== 'scalar') return layoutValue(value, indent, head, ',');
  const line = head + value.code + ',';
  const shortKey = displayWidth(key) < 5;
  const canBreak = value.scalar === 'string' || value.scalar === 'null' || value.scalar === 'other';
  if (fits(line) || shortKey || !canBreak) return [line];
  return [`${indent}${key}:`, `${indent}${INDENT}${value.code},`];
}

/** `const name = value;`. */
export function layoutDeclaration(keyword: 'const' | 'let', name: string, value: JsNode): string[] {
  const head = `${keyword} ${name} = `;
  if (value.kind === 'scalar' && value.scalar === 'string' && !fits(head + value.code + ';')) {
    return [`${keyword} ${name} =`, `${INDENT}${value.code};`];
  }
  return layoutValue(value, '', head, ';');
}

// ---------------------------------------------------------------------------------------------
// The call chain.

export interface ChainCall {
  readonly name: string;
  /** Printed arguments. */
  readonly args: readonly string[];
}

/** One call of an expanded chain, at the chain's indent. */
function layoutCall(call: ChainCall, tail: string): string[] {
  const oneLine = `${INDENT}.${call.name}(${call.args.join(', ')})${tail}`;
  if (call.args.length === 0 || fits(oneLine)) return [oneLine];
  return [`${INDENT}.${call.name}(`, ...call.args.map((arg) => `${INDENT}${INDENT}${arg},`), `${INDENT})${tail}`];
}

/** `<head><object>.<call>(…)….<call>(…);` (`head` is `await ` or `let result = await `). */
export function layoutChain(head: string, object: string, calls: readonly ChainCall[]): string[] {
  const oneLine = head + object + calls.map((c) => `.${c.name}(${c.args.join(', ')})`).join('') + ';';
  if (fits(oneLine)) return [oneLine];
  return [head + object, ...calls.flatMap((call, i) => layoutCall(call, i === calls.length - 1 ? ';' : ''))];
}
