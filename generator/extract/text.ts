/**
 * The page as lines: where each line starts and ends (without its line ending), and the page
 * place (1-based line and column, 0-based offset) of any offset. Line endings are `\r\n`, `\n` or
 * a lone `\r`, as in CommonMark and vfile-location; a column counts UTF-16 code units, as vfile does
 * (a tab is one column, a BOM at the start of the page is the first column of line 1).
 */
import type { Place } from '../diagnostics/types.js';

export interface PageText {
  readonly text: string;
  /** Offset of the first character of each line (0-based line index). */
  readonly starts: readonly number[];
  /** Offset just after the last character of each line, before its line ending. */
  readonly ends: readonly number[];
  /** 1 when the page starts with a byte order mark, else 0. */
  readonly bom: number;
}

export function indexPage(text: string): PageText {
  const starts: number[] = [0];
  const ends: number[] = [];
  const length = text.length;
  // next line feed and carriage return at or after `index` (Infinity when none is left)
  let lf = -1;
  let cr = -1;
  let index = 0;
  for (;;) {
    if (lf < index) lf = find(text, '\n', index);
    if (cr < index) cr = find(text, '\r', index);
    const eol = Math.min(lf, cr);
    if (eol === Infinity) break;
    const next = eol === cr && cr + 1 === lf ? lf + 1 : eol + 1;
    ends.push(eol);
    starts.push(next);
    index = next;
  }
  ends.push(length);
  return { text, starts, ends, bom: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
}

function find(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? Infinity : at;
}

/** 0-based index of the line that holds `offset` (an offset at a line's end belongs to that line). */
export function lineOf(page: PageText, offset: number): number {
  const { starts } = page;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function placeAt(page: PageText, offset: number): Place {
  const clamped = Math.max(0, Math.min(offset, page.text.length));
  const line = lineOf(page, clamped);
  return { line: line + 1, column: clamped - page.starts[line]! + 1, offset: clamped };
}

/** The text of a line (0-based index), without its line ending. */
export function lineText(page: PageText, line: number): string {
  return page.text.slice(page.starts[line], page.ends[line]);
}

export function lineCount(page: PageText): number {
  return page.starts.length;
}

/** Splits a node value (which keeps the page's line endings) into lines. */
export function splitLines(value: string): string[] {
  return value.split(/\r\n|\r|\n/);
}
