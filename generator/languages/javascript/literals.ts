/**
 * JavaScript: plain JSON-compatible literals. Strings take the quote prettier prefers (single,
 * unless the text holds more single quotes than double quotes), so the snippet is already what
 * prettier prints; integers beyond 2^53 are flagged (a JS number loses digits). Numbers keep their
 * JSON text here; the view spells them as prettier does (`1.50` → `1.5`, `1E5` → `1e5`).
 */
import type { LanguageImport, LiteralPrinters, Printer, ScalarValue } from '../profile.js';
import { rawLiterals } from '../shared/raw.js';
import { quoteString, STRING_STYLES, type StringStyle } from '../shared/strings.js';

/** Double-quoted JavaScript strings: the same escapes as the single-quoted style, with `"` escaped instead of `'`. */
const DOUBLE_QUOTED: StringStyle = {
  variants: [
    {
      ...STRING_STYLES.javascript.variants[0],
      open: '"',
      close: '"',
      escapes: Object.fromEntries([...Object.entries(STRING_STYLES.javascript.variants[0].escapes).filter(([from]) => from !== "'"), ['"', '\\"']]),
    },
  ],
};

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n += 1;
  return n;
}

/** A JavaScript string literal in the quote prettier (`singleQuote: true`) keeps: double quotes only when they need fewer escapes. */
export function javascriptString(text: string): string {
  return count(text, "'") > count(text, '"') ? quoteString(text, DOUBLE_QUOTED) : quoteString(text, 'javascript');
}

const raw = rawLiterals<LanguageImport>({
  string: 'javascript',
  true: 'true',
  false: 'false',
  numberIssues: (text) =>
    /^-?\d+$/.test(text) && (BigInt(text) > BigInt(Number.MAX_SAFE_INTEGER) || BigInt(text) < BigInt(Number.MIN_SAFE_INTEGER))
      ? [{ kind: 'lossy', message: `${text} is beyond 2^53: a JavaScript number changes it` }]
      : [],
});

/** The raw printer's checks and code, with strings re-quoted the way prettier keeps them. */
function requoted(printer: Printer<LanguageImport>): Printer<LanguageImport> {
  return (value: ScalarValue, context) => {
    const out = printer(value, context);
    return value.kind === 'string' ? { ...out, code: javascriptString(value.value) } : out;
  };
}

export const javascriptLiterals: LiteralPrinters<LanguageImport> = Object.fromEntries(
  Object.entries(raw).map(([kind, printer]) => [kind, requoted(printer)]),
) as unknown as LiteralPrinters<LanguageImport>;
