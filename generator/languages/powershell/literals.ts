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

/**
 * A run quoted, as one literal or several. tree-sitter-powershell (the checker's grammar) lets a
 * comment start inside a double-quoted string at a token boundary: `<#` anywhere, `#` right after a
 * backtick escape and blanks (`"`n #x"`, `"<#x"`). So in a run that needs double quotes, `<#` goes in single
 * quotes of its own and the run is cut before a `#` that follows an escape.
 */
function quotedRuns(run: string): string[] {
  const quoted = quoteString(run, 'powershell');
  if (!quoted.startsWith('"') || !run.includes('#')) return [quoted];
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    if (run.startsWith('<#', i)) {
      if (i > from) pieces.push(run.slice(from, i));
      pieces.push('<#');
      from = i + 2;
      i++;
    } else if (run[i] === '#' && i > from && DOUBLE_QUOTED_ESCAPES[/([^ ])[ ]*$/s.exec(run.slice(from, i))?.[1] ?? ''] !== undefined) {
      pieces.push(run.slice(from, i));
      from = i;
    }
  }
  if (from < run.length) pieces.push(run.slice(from));
  return pieces.length === 1 ? [quoted] : pieces.map((p) => quoteString(p, 'powershell'));
}

/** The PowerShell expression for `text`: a quoted string, or a parenthesised concatenation. */
export function powershellString(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isUnsafeCodePoint(cp) && DOUBLE_QUOTED_ESCAPES[ch] === undefined) {
      if (run !== '' || parts.length === 0) parts.push(...quotedRuns(run));
      run = '';
      parts.push(`[char]0x${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    } else run += ch;
  }
  if (parts.length === 0) {
    const runs = quotedRuns(text);
    return runs.length === 1 ? runs[0]! : `(${runs.join(' + ')})`;
  }
  if (run !== '') parts.push(...quotedRuns(run));
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
