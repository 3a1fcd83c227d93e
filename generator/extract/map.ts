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
  const { suffixStart, skipped } = matchLine(page, line, value);
  return skipped > 0 && suffixStart > page.starts[line]! && page.text.charCodeAt(suffixStart - 1) === 9 /* tab */
    ? suffixStart - 1
    : suffixStart;
}

/**
 * How a value line sits in its page line: the page offset where the longest common suffix starts,
 * and how many leading value characters are not in the page (spaces standing for part of a tab).
 */
function matchLine(page: PageText, line: number, value: string): { suffixStart: number; skipped: number } {
  const start = page.starts[line]!;
  const end = page.ends[line]!;
  const text = page.text;
  let matched = 0;
  while (matched < value.length && end - matched > start) {
    if (text.charCodeAt(end - 1 - matched) !== value.charCodeAt(value.length - 1 - matched)) break;
    matched++;
  }
  return { suffixStart: end - matched, skipped: value.length - matched };
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
  const skips: number[] = [0];
  EOL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = EOL.exec(value)) !== null) {
    const next = match.index + match[0].length;
    EOL_AHEAD.lastIndex = next;
    const eol = EOL_AHEAD.exec(value);
    const lineValue = value.slice(next, eol ? eol.index : value.length);
    const pageLine = firstLine + valueStarts.length;
    valueStarts.push(next);
    if (pageLine < page.starts.length) {
      const { suffixStart, skipped } = matchLine(page, pageLine, lineValue);
      pageStarts.push(suffixStart);
      skips.push(skipped);
    } else {
      pageStarts.push(page.text.length);
      skips.push(0);
    }
  }
  return {
    toPage(index: number): number {
      let k = valueStarts.length - 1;
      while (k > 0 && valueStarts[k]! > index) k--;
      const local = index - valueStarts[k]! - skips[k]!;
      return pageStarts[k]! + Math.max(local, skips[k]! > 0 ? -1 : 0);
    },
  };
}

const EOL_AHEAD = /\r|\n/g;
