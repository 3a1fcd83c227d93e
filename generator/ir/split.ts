/**
 * Splitting URL text on a delimiter that is not inside parentheses or a quoted literal:
 * `a,b(c,d),'e,f'` → `a`, `b(c,d)`, `'e,f'`. Quotes are `'` (OData literals, `''` escapes itself)
 * and, where asked, `"` (`$search` phrases).
 */
export interface Piece {
  readonly text: string;
  readonly start: number;
}

export function splitTopLevel(text: string, delimiters: string, quotes = "'"): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (quotes.includes(ch)) quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && delimiters.includes(ch)) {
      pieces.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

/** The index of the `)` that closes the `(` at `open`, or -1 (quotes respected). */
export function closingParen(text: string, open: number, quotes = "'"): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (quotes.includes(ch)) quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A piece with its surrounding whitespace removed, its start moved accordingly. */
export function trimPiece(piece: Piece): Piece {
  const lead = piece.text.length - piece.text.trimStart().length;
  return { text: piece.text.trim(), start: piece.start + lead };
}

/**
 * The first '(' or quote from `from` on that is never closed (quotes respected: a '(' inside a
 * quoted literal does not count), or null when every one closes.
 */
export function unclosed(text: string, from = 0, quotes = "'"): { index: number; char: string } | null {
  const opens: number[] = [];
  let quote: { index: number; char: string } | null = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== null) {
      if (ch === quote.char) quote = null;
      continue;
    }
    if (quotes.includes(ch)) quote = { index: i, char: ch };
    else if (ch === '(') opens.push(i);
    else if (ch === ')') opens.pop();
  }
  if (opens.length > 0) {
    const index = opens[0] as number;
    return quote !== null && quote.index < index ? quote : { index, char: '(' };
  }
  return quote;
}
