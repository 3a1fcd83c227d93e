/**
 * From a node's value back to the page. remark strips container prefixes (list indentation, `> `)
 * and the fence's own indentation from the values of `code` and `html` nodes, and gives only the
 * node's position. Each value line is the end of its page line: the part of the page line that
 * matches the value line from its end is that line's text, and where it starts is its place. A tab
 * that the indentation only partly consumed stays in the text (remark turns its rest into spaces).
 */
import type { PageText } from './text.js';

/** Offset, in the page line, of the first character of the value line (see above). */
export function valueLineStart(page: PageText, line: number, value: string): number {
  const start = page.starts[line]!;
  const end = page.ends[line]!;
  const text = page.text;
  let matched = 0;
  while (matched < value.length && end - matched > start) {
    if (text.charCodeAt(end - 1 - matched) !== value.charCodeAt(value.length - 1 - matched)) break;
    matched++;
  }
  let at = end - matched;
  if (matched < value.length && at > start && text.charCodeAt(at - 1) === 9 /* tab */) at--;
  return at;
}

export interface ValueMap {
  /** Page offset of the character at `index` in the value. */
  toPage(index: number): number;
}

const EOL = /\r\n|\r|\n/g;

/**
 * Maps a multi-line node value onto the page. `firstOffset` is the page offset of the value's first
 * character and `firstLine` its page line (0-based); value line k is page line `firstLine + k`.
 */
export function mapValue(page: PageText, value: string, firstOffset: number, firstLine: number): ValueMap {
  const valueStarts: number[] = [0];
  const pageStarts: number[] = [firstOffset];
  EOL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = EOL.exec(value)) !== null) {
    const next = match.index + match[0].length;
    const nextEol = value.slice(next).search(/\r|\n/);
    const lineValue = nextEol === -1 ? value.slice(next) : value.slice(next, next + nextEol);
    const pageLine = firstLine + valueStarts.length;
    valueStarts.push(next);
    pageStarts.push(pageLine < page.starts.length ? valueLineStart(page, pageLine, lineValue) : page.text.length);
  }
  return {
    toPage(index: number): number {
      let k = valueStarts.length - 1;
      while (k > 0 && valueStarts[k]! > index) k--;
      return pageStarts[k]! + (index - valueStarts[k]!);
    },
  };
}
