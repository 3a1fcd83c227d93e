/**
 * Places inside a request block. Every parser of this stage works on a plain string and a
 * `Locate` function that turns an index into that string into a place in the page, so a column
 * inside a line is `line.place.column + index` (and the offset likewise), and a decoded string
 * can be mapped back to the characters it was decoded from.
 */
import type { Place } from '../diagnostics/types.js';
import type { SourceLine } from '../extract/types.js';

/** Index (UTF-16 code units) into some string → place in the page. */
export type Locate = (index: number) => Place;

/** The place of the character at `index` of a source line. */
export function placeInLine(line: SourceLine, index: number): Place {
  return {
    line: line.place.line,
    column: line.place.column + index,
    offset: line.place.offset + index,
  };
}

export function lineLocator(line: SourceLine, start = 0): Locate {
  return (index) => placeInLine(line, start + index);
}

/** A locator for a substring that starts at `start` of the string `outer` locates. */
export function shift(outer: Locate, start: number): Locate {
  return (index) => outer(start + index);
}

/** Several source lines joined with `\n`, with a locator that knows each line's own place. */
export interface SourceText {
  readonly text: string;
  readonly locate: Locate;
}

export function joinLines(lines: readonly SourceLine[]): SourceText {
  const starts: number[] = [];
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    starts.push(text.length);
    text += line.text;
  });
  const locate: Locate = (index) => {
    if (lines.length === 0) return { line: 1, column: 1, offset: 0 };
    // The last line whose start is <= index (binary search); an index on a `\n` belongs to the
    // line it ends, and an index past the end to the end of the last line.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return placeInLine(lines[low] as SourceLine, index - (starts[low] as number));
  };
  return { text, locate };
}
