/**
 * Word and case conversions that reproduce kiota's own naming rules (the SDKs are kiota-generated),
 * re-implemented from their documented behaviour:
 *
 * - `cleanupSymbolName`: drops the symbols `"` whitespace `!#$%&'()*,./:;<=>?@[]\^`’{}|~-` and
 *   upper-cases the word character that follows each one (`@odata.type` → `OdataType`); a leading
 *   `-` becomes `minus`, `+` becomes `plus`; leading digits are spelled out (`24h` → `TwoFourh`);
 *   a name made only of symbols is spelled out (`+` → `Plus`).
 * - `kiotaSnakeCase`: one `_` before every upper-case letter (unless after `_`), `-` → `_`, all
 *   lower-case: `displayName` → `display_name`, `eTag` → `e_tag`, `HTMLBody` → `h_t_m_l_body`.
 * - `kiotaCamelCase`/`kiotaPascalCase`: split on separators (default `-`), upper-case the first
 *   letter of every later chunk; the rest of each chunk keeps its case (`user-id` → `userId`).
 */

export function firstUpper(text: string): string {
  return text === '' ? '' : text[0]!.toUpperCase() + text.slice(1);
}

export function firstLower(text: string): string {
  return text === '' ? '' : text[0]!.toLowerCase() + text.slice(1);
}

function joinChunks(text: string, separators: readonly string[], upperFirst: boolean): string {
  let chunks = [text];
  for (const separator of separators) chunks = chunks.flatMap((chunk) => chunk.split(separator));
  chunks = chunks.filter((chunk) => chunk !== '');
  if (chunks.length === 0) return '';
  const [head, ...rest] = chunks as [string, ...string[]];
  return (upperFirst ? firstUpper(head) : firstLower(head)) + rest.map(firstUpper).join('');
}

/** kiota `ToCamelCase`: `user-id` → `userId`. */
export function kiotaCamelCase(text: string, separators: readonly string[] = ['-']): string {
  return joinChunks(text, separators, false);
}

/** kiota `ToPascalCase`: `user-id` → `UserId`, `display_name` (separators `_`) → `DisplayName`. */
export function kiotaPascalCase(text: string, separators: readonly string[] = ['-']): string {
  return joinChunks(text, separators, true);
}

const SPELLED_DIGITS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'] as const;

/** Words for symbols, used only when a name is made of nothing but symbols. */
const SPELLED_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['!', 'Exclamation'], ['"', 'DoubleQuote'], ['#', 'Pound'], ['$', 'Dollar'], ['%', 'Percent'],
  ['&', 'Ampersand'], ["'", 'Apostrophe'], ['(', 'LeftParenthesis'], [')', 'RightParenthesis'],
  ['*', 'Asterisk'], ['+', 'Plus'], [',', 'Comma'], ['-', 'Hyphen'], ['.', 'Period'], ['/', 'Slash'],
  ['\\', 'BackSlash'], [':', 'Colon'], [';', 'SemiColon'], ['<', 'LessThan'], ['=', 'Equal'],
  ['>', 'GreaterThan'], ['?', 'QuestionMark'], ['~', 'Tilde'],
];

/** The symbols kiota strips; `\w` is .NET's Unicode word class, approximated with Unicode properties. */
const CLEANUP = /["\s!#$%&'()*,./:;<=>?@[\]\\^`\u2019{}|~-]([\p{L}\p{Mn}\p{Nd}\p{Pc}])?/gu;

/** kiota `CleanupSymbolName`. */
export function cleanupSymbolName(original: string): string {
  if (original === '') return '';
  let result = original;
  if (result.startsWith('-')) result = `minus_${result.slice(1)}`;
  result = result.replaceAll('+', '_plus_');
  result = result.replace(CLEANUP, (_all, following: string | undefined) => (following === undefined ? '' : firstUpper(following)));
  const digits = /^\d+/.exec(result);
  if (digits !== null) {
    const spelled = [...digits[0]].map((digit) => SPELLED_DIGITS[Number(digit)]).join('');
    result = spelled + result.slice(digits[0].length);
  }
  if (result.endsWith('minus_')) result = result.slice(0, -1);
  if (result.startsWith('_plus')) result = result.slice(1);
  if (result.endsWith('plus_')) result = result.slice(0, -1);
  if (result === '') {
    result = original;
    for (const [symbol, word] of SPELLED_SYMBOLS) result = result.replaceAll(symbol, word);
  }
  return result;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** kiota `ToSnakeCase` (per character; acronyms are not grouped). */
export function kiotaSnakeCase(name: string): string {
  if (name === '') return '';
  const cut = name.indexOf('<');
  const chars = [...(cut >= 0 ? name.slice(0, cut) : name)];
  let out = (chars[0] ?? '').toLowerCase();
  for (let i = 1; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (ch === '-') {
      if (!isUpper(chars[i + 1])) out += '_';
    } else if (isUpper(ch)) {
      if (chars[i - 1] !== '_') out += '_';
      out += ch.toLowerCase();
    } else {
      out += ch;
    }
  }
  return out;
}

/** The CLI's option/command spelling: `identityGovernance` → `identity-governance`, `_`/`.` → `-`. */
export function kebabCase(name: string): string {
  let out = '';
  for (const ch of name) {
    if (ch === '_' || ch === '.') out += '-';
    else if (isUpper(ch)) out += (out === '' || out.endsWith('-') ? '' : '-') + ch.toLowerCase();
    else out += ch;
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Splits any spelling into lower-case words: `displayName`, `display_name`, `Display-Name`,
 * `HTMLBody` (→ `html body`), `@odata.type` (→ `odata type`), `ipV4Address` (→ `ip v4 address`).
 * Digits stay attached to the letters before them.
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const part of text.split(/[^\p{L}\p{Nd}]+/u)) {
    if (part === '') continue;
    const matches = part.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+\p{Nd}*|\p{Lu}+\p{Nd}*|\p{Nd}+|\p{L}+/gu) ?? [];
    for (const word of matches) words.push(word.toLowerCase());
  }
  return words;
}

export function camelFromWords(words: readonly string[]): string {
  return words.map((word, i) => (i === 0 ? word : firstUpper(word))).join('');
}

export function pascalFromWords(words: readonly string[]): string {
  return words.map(firstUpper).join('');
}

export function snakeFromWords(words: readonly string[]): string {
  return words.join('_');
}
