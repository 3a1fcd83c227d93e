/**
 * String literals: one function (`quoteString`) driven by one table per language (`STRING_STYLES`).
 *
 * A style lists variants in order of preference (PowerShell and PHP prefer single quotes, which
 * interpolate nothing, and fall back to double quotes only when the text has characters that
 * single quotes cannot carry). A variant is data: delimiters, the characters that must be escaped
 * and their escape, multi-character sequences that trigger interpolation, the code points that may
 * not appear raw, and how such a code point is written.
 *
 * Code points never written raw by any language here: C0/C1 controls, DEL, bidirectional controls
 * (a right-to-left override must not reorder the code a reader sees), U+2028/U+2029 (line breaks in
 * JS/C# source), U+FEFF and lone surrogates.
 */

export type CodePointEscape =
  /** `\uXXXX`, astral code points as a surrogate pair (C#, JavaScript, JSON). */
  | 'u4-pair'
  /** `\uXXXX` or `\UXXXXXXXX` (Go; a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD). */
  | 'go'
  /** `\xXX`, `\uXXXX` or `\UXXXXXXXX` (Python). */
  | 'python'
  /** Three-digit octal for controls below U+0100 (never `\u`, which Java decodes before lexing), else `\uXXXX`. */
  | 'java'
  /** `\u{X}` (PHP double quotes; a lone surrogate becomes U+FFFD, as for Go). */
  | 'php'
  /** `$([char]0xXXXX)` (PowerShell double quotes, also 5.1). */
  | 'powershell'
  /** `\xNN` per UTF-8 byte (bash `$'…'`; a lone surrogate becomes U+FFFD, as for Go). */
  | 'bash'
  /** The variant cannot hold such a code point: the next variant is tried. */
  | 'none';

export interface QuoteVariant {
  readonly open: string;
  readonly close: string;
  /** Single characters and their escape. */
  readonly escapes: Readonly<Record<string, string>>;
  /** Sequences escaped as a whole, checked before `escapes` (longest first). */
  readonly sequences?: Readonly<Record<string, string>>;
  readonly codePoint: CodePointEscape;
}

export interface StringStyle {
  readonly variants: readonly [QuoteVariant, ...QuoteVariant[]];
}

/** Ranges of code points that are never written raw (inclusive). */
export const UNSAFE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2066, 0x2069],
  [0xd800, 0xdfff],
  [0xfeff, 0xfeff],
];

export function isUnsafeCodePoint(cp: number): boolean {
  return UNSAFE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

const C_ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' } as const;

export const STRING_STYLES = {
  csharp: {
    variants: [{ open: '"', close: '"', escapes: { ...C_ESCAPES, '"': '\\"', '\0': '\\0', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' }, codePoint: 'u4-pair' }],
  },
  go: {
    variants: [{ open: '"', close: '"', escapes: { ...C_ESCAPES, '"': '\\"', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' }, codePoint: 'go' }],
  },
  java: {
    variants: [{ open: '"', close: '"', escapes: { ...C_ESCAPES, '"': '\\"', '\b': '\\b', '\f': '\\f' }, codePoint: 'java' }],
  },
  javascript: {
    variants: [{ open: "'", close: "'", escapes: { ...C_ESCAPES, "'": "\\'", '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\x00' }, codePoint: 'u4-pair' }],
  },
  /** JavaScript template literals: a backtick closes them and `${` starts an interpolation. */
  javascriptTemplate: {
    variants: [{ open: '`', close: '`', escapes: { ...C_ESCAPES, '`': '\\`', '\0': '\\x00', '\b': '\\b', '\f': '\\f', '\v': '\\v' }, sequences: { '${': '\\${' }, codePoint: 'u4-pair' }],
  },
  json: {
    variants: [{ open: '"', close: '"', escapes: { ...C_ESCAPES, '"': '\\"', '\b': '\\b', '\f': '\\f' }, codePoint: 'u4-pair' }],
  },
  php: {
    variants: [
      { open: "'", close: "'", escapes: { '\\': '\\\\', "'": "\\'" }, codePoint: 'none' },
      { open: '"', close: '"', escapes: { ...C_ESCAPES, '"': '\\"', $: '\\$', '\v': '\\v', '\f': '\\f', '\x1b': '\\e' }, codePoint: 'php' },
    ],
  },
  powershell: {
    variants: [
      // Single quotes interpolate nothing; the four typographic single quotes also close them, so all are doubled.
      { open: "'", close: "'", escapes: { "'": "''", '\u2018': '\u2018\u2018', '\u2019': '\u2019\u2019', '\u201a': '\u201a\u201a', '\u201b': '\u201b\u201b' }, codePoint: 'none' },
      {
        open: '"',
        close: '"',
        escapes: {
          '`': '``', '"': '`"', $: '`$', '\u201c': '`\u201c', '\u201d': '`\u201d', '\u201e': '`\u201e',
          '\n': '`n', '\r': '`r', '\t': '`t', '\0': '`0', '\x07': '`a', '\b': '`b', '\f': '`f', '\v': '`v',
        },
        codePoint: 'powershell',
      },
    ],
  },
  python: {
    variants: [{ open: '"', close: '"', escapes: { ...C_ESCAPES, '"': '\\"' }, codePoint: 'python' }],
  },
  bash: {
    variants: [
      { open: "'", close: "'", escapes: { "'": "'\\''" }, codePoint: 'none' },
      // `\x5C`, not `\\`: tree-sitter-bash (the checker) reads `\\'` at the end as an escaped quote
      { open: "$'", close: "'", escapes: { '\\': '\\x5C', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' }, codePoint: 'bash' },
    ],
  },
} as const satisfies Record<string, StringStyle>;

export type StringStyleName = keyof typeof STRING_STYLES;

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

const REPLACEMENT = 0xfffd;
const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** True when `text` holds a surrogate without its pair, which a UTF-8 string (Go, PHP, bash) cannot carry. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** The issue a UTF-8 target's string printer reports for a lone surrogate (written as U+FFFD). */
export const LONE_SURROGATE = { kind: 'lossy', message: 'a lone surrogate cannot be held by a UTF-8 string: it is written as U+FFFD' } as const;

function escapeCodePoint(cp: number, how: CodePointEscape): string | null {
  switch (how) {
    case 'none':
      return null;
    case 'u4-pair':
      if (cp > 0xffff) {
        const v = cp - 0x10000;
        return `\\u${hex(0xd800 + (v >> 10), 4)}\\u${hex(0xdc00 + (v & 0x3ff), 4)}`;
      }
      return `\\u${hex(cp, 4)}`;
    case 'go':
      if (isSurrogate(cp)) return `\\u${hex(REPLACEMENT, 4)}`;
      return cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
    case 'python':
      if (cp < 0x100) return `\\x${hex(cp, 2)}`;
      return cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
    case 'java':
      if (cp < 0x100) return `\\${cp.toString(8).padStart(3, '0')}`;
      return `\\u${hex(cp, 4)}`;
    case 'php':
      return `\\u{${hex(isSurrogate(cp) ? REPLACEMENT : cp, 4)}}`;
    case 'powershell':
      return `$([char]0x${hex(cp, 4)})`;
    case 'bash':
      return utf8Bytes(isSurrogate(cp) ? REPLACEMENT : cp).map((b) => `\\x${hex(b, 2)}`).join('');
  }
}

function codePointsOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i += 1;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * Per variant, the UTF-16 code units that the loop of `quoteWith` may write other than as
 * themselves: its escaped characters, the first characters of its sequences, and (conservatively)
 * every unit of an unsafe range, surrogates included. A text with none of them is written as it
 * is, between the delimiters, without the per-code-point loop (most strings of a request are).
 */
const SPECIAL_UNITS = new WeakMap<QuoteVariant, Set<number>>();

function specialUnits(variant: QuoteVariant): Set<number> {
  let units = SPECIAL_UNITS.get(variant);
  if (units === undefined) {
    units = new Set<number>();
    for (const ch of Object.keys(variant.escapes)) for (let i = 0; i < ch.length; i++) units.add(ch.charCodeAt(i));
    for (const from of Object.keys(variant.sequences ?? {})) units.add(from.charCodeAt(0));
    SPECIAL_UNITS.set(variant, units);
  }
  return units;
}

function isPlain(text: string, variant: QuoteVariant): boolean {
  const units = specialUnits(variant);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (units.has(c) || (!(c >= 0x20 && c < 0x7f) && isUnsafeCodePoint(c))) return false;
  }
  return true;
}

function quoteWith(text: string, variant: QuoteVariant): string | null {
  if (isPlain(text, variant)) return variant.open + text + variant.close;
  const sequences = Object.entries(variant.sequences ?? {}).sort((a, b) => b[0].length - a[0].length);
  const points = codePointsOf(text);
  let body = '';
  for (let i = 0; i < points.length; i += 1) {
    const rest = String.fromCodePoint(...points.slice(i, i + 4));
    const sequence = sequences.find(([from]) => rest.startsWith(from));
    if (sequence !== undefined) {
      body += sequence[1];
      i += codePointsOf(sequence[0]).length - 1;
      continue;
    }
    const cp = points[i]!;
    const ch = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    const escape = variant.escapes[ch];
    if (escape !== undefined) body += escape;
    else if (isUnsafeCodePoint(cp)) {
      const written = escapeCodePoint(cp, variant.codePoint);
      if (written === null) return null;
      body += written;
    } else body += ch;
  }
  return variant.open + body + variant.close;
}

/** The literal that denotes exactly `text` in the language of `style`. */
export function quoteString(text: string, style: StringStyleName | StringStyle): string {
  const table: StringStyle = typeof style === 'string' ? STRING_STYLES[style] : style;
  for (const variant of table.variants) {
    const quoted = quoteWith(text, variant);
    if (quoted !== null) return quoted;
  }
  throw new Error(`internal: the last string variant must accept every code point`);
}
