/**
 * PowerShell: JSON scalars in PowerShell spelling. Strings are single-quoted (`''` doubling: `$` and
 * backticks are never interpolated) or, with control characters, double-quoted with backtick
 * escapes. A code point that has no backtick escape and is never written raw (a bidirectional
 * control, U+2028, a lone surrogate) is concatenated as `[char]0xXXXX` (`('a' + [char]0x200F + 'b')`)
 * rather than written as a `$(…)` sub-expression inside the string, which PowerShell would expand.
 */
import type { LiteralPrinters, PowerShellModule, Printer, ScalarValue } from '../profile.js';
import { rawLiterals } from '../shared/raw.js';
import { isUnsafeCodePoint, quoteString, STRING_STYLES } from '../shared/strings.js';

const DOUBLE_QUOTED_ESCAPES: Readonly<Record<string, string>> = STRING_STYLES.powershell.variants[1].escapes;

/** The PowerShell expression for `text`: a quoted string, or a parenthesised concatenation. */
export function powershellString(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isUnsafeCodePoint(cp) && DOUBLE_QUOTED_ESCAPES[ch] === undefined) {
      if (run !== '' || parts.length === 0) parts.push(quoteString(run, 'powershell'));
      run = '';
      parts.push(`[char]0x${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    } else run += ch;
  }
  if (parts.length === 0) return quoteString(text, 'powershell');
  if (run !== '') parts.push(quoteString(run, 'powershell'));
  return `(${parts.join(' + ')})`;
}

const raw = rawLiterals<PowerShellModule>({ string: 'powershell', true: '$true', false: '$false' });

function requoted(printer: Printer<PowerShellModule>): Printer<PowerShellModule> {
  return (value: ScalarValue, context) => {
    const out = printer(value, context);
    return value.kind === 'string' ? { ...out, code: powershellString(value.value) } : out;
  };
}

export const powershellLiterals: LiteralPrinters<PowerShellModule> = Object.fromEntries(
  Object.entries(raw).map(([kind, printer]) => [kind, requoted(printer)]),
) as unknown as LiteralPrinters<PowerShellModule>;
