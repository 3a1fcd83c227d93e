/**
 * Parsing a whole page with remark costs about 5 ms, and the request examples sit in a small share
 * of it. This planner scans the page's lines once, tracking just enough block structure (fences,
 * HTML comments, raw and other HTML blocks) to find *cut lines*: lines where CommonMark is surely
 * back at the top level with nothing open (a non-indented, non-list-marker line after a blank line,
 * outside any fence, comment or HTML block). Block structure is decided line by line, so parsing
 * from a cut line to any later line gives the same blocks as parsing the whole page, up to there.
 *
 * Each line outside a fence that mentions `blockType` (unless it plainly declares another block
 * type, such as `"blockType": "response"`) gets a window from the cut line at or before it to the
 * opening line of the next fence, included; overlapping windows merge. The lines of that last fence
 * are not given to remark: the scan knows where the fence closes and how far it is indented.
 *
 * When a line is ambiguous for this line-level view (a fence behind a list marker or `>`, an
 * indented or tab-indented fence, a fence or comment that may end with its list item, an inline
 * comment left open, HTML declarations), the planner gives up and the caller parses the whole page.
 * A test holds the windowed result to the whole-page result over the corpus and every golden case.
 */
import { lineCount, lineOf, lineText, type PageText } from './text.js';

/** Lines `[start, end)`, 0-based. */
export interface Window {
  readonly start: number;
  readonly end: number;
  /**
   * The fence whose opening line is the window's last line: the window stops there, and the
   * fence's lines are known from this scan (remark parses none of them).
   */
  readonly tail?: TrackedFence;
}

/** A fence as the line scan sees it (only when the page is not ambiguous). */
export interface TrackedFence {
  /** 0-based line of the opening fence. */
  readonly open: number;
  /** 0-based line of the closing fence, or undefined when it runs to the end of the page. */
  readonly close: number | undefined;
  /** Spaces before the opening fence; content lines lose up to this many leading spaces. */
  readonly indent: number;
}

type State =
  | { readonly kind: 'normal' }
  | { readonly kind: 'fence'; readonly char: string; readonly size: number; readonly indent: number }
  | { readonly kind: 'comment'; readonly indent: number }
  | { readonly kind: 'raw'; readonly close: RegExp; readonly indent: number }
  | { readonly kind: 'html' };

const NORMAL: State = { kind: 'normal' };
const BLANK = /^[ \t]*$/;
const LEADING = /^[ \t]*/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const CLEAN_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ANY_FENCE = /^[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]*)*(`{3,}|~{3,})/;
const CLOSING_LIKE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
const COMMENT_START = /^ {0,3}<!--/;
const RAW_START = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
const DECLARATION_START = /^ {0,3}<(?:\?|![A-Za-z]|!\[CDATA\[)/;
const HTML_START = /^ {0,3}<\/?[A-Za-z]/;
/** HTML (or a comment) behind container markers or deep indentation: the scan cannot tell where it ends. */
const NESTED_HTML = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*<[A-Za-z/!?]/;
const ANCHOR_GLOBAL = /blocktype/gi;
/** A `blockType` line that plainly declares some other block type needs no window. */
const OTHER_BLOCK_TYPE = /blocktype["']?\s*:\s*["'](?!request["'])[A-Za-z-]*["']/i;

/** Windows to parse, in page order, or `null` when the page must be parsed whole. */
export function planWindows(page: PageText): Window[] | null {
  const count = lineCount(page);
  const cuts: number[] = [0];
  const fences: TrackedFence[] = [];
  const anchors: number[] = [];
  let state: State = NORMAL;
  let previousBlank = true;

  // lines that mention blockType, found with one search over the page
  const mentions = new Set<number>();
  for (const match of page.text.matchAll(ANCHOR_GLOBAL)) mentions.add(lineOf(page, match.index));

  for (let line = 0; line < count; line++) {
    let text = lineText(page, line);
    if (line === 0 && page.bom) text = text.slice(1);
    const blank = BLANK.test(text);
    if (mentions.has(line) && state.kind !== 'fence' && (/request/i.test(text) || !OTHER_BLOCK_TYPE.test(text))) {
      anchors.push(line);
    }

    switch (state.kind) {
      case 'normal': {
        if (blank) break;
        if (line > 0 && previousBlank && !/^\s/.test(text) && !LIST_MARKER.test(text)) cuts.push(line);
        const next = openBlock(text);
        if (next === null) return null;
        state = next;
        if (next.kind === 'fence') fences.push({ open: line, close: undefined, indent: next.indent });
        break;
      }
      case 'fence': {
        if (blank) break;
        const lead = LEADING.exec(text)![0];
        if (state.indent > 0 && (lead.includes('\t') || lead.length < state.indent)) return null;
        const closing = CLOSING_LIKE.exec(text);
        if (closing && closing[2]![0] === state.char && closing[2]!.length >= state.size) {
          if (closing[1]!.length > 3 || closing[1]!.includes('\t')) return null;
          state = NORMAL;
          const last = fences.length - 1;
          fences[last] = { ...fences[last]!, close: line };
        }
        break;
      }
      case 'comment':
      case 'raw': {
        if (blank) break;
        const lead = LEADING.exec(text)![0];
        if (state.indent > 0 && (lead.includes('\t') || lead.length < state.indent)) return null;
        if (state.kind === 'comment' ? text.includes('-->') : state.close.test(text)) state = NORMAL;
        break;
      }
      case 'html': {
        if (blank) {
          state = NORMAL;
          break;
        }
        if (ANY_FENCE.test(text) || openComment(text)) return null;
        break;
      }
    }
    previousBlank = blank;
  }
  if (anchors.length === 0) return [];

  const opens = fences.map((fence) => fence.open);
  const windows: Window[] = [];
  for (const anchor of anchors) {
    const start = lastAtOrBefore(cuts, anchor);
    const at = firstAfter(opens, anchor);
    const tail = at === undefined ? undefined : fences[opens.indexOf(at)];
    const end = tail === undefined ? count : tail.open + 1;
    const last = windows[windows.length - 1];
    if (last && start < last.end) {
      // overlapping: the later window reaches at least as far (anchors and fences are in order)
      windows[windows.length - 1] = { start: last.start, end, ...(tail && { tail }) };
    } else {
      windows.push({ start, end, ...(tail && { tail }) });
    }
  }
  return windows;
}

/** The state after a non-blank line read at the top level; `null` when the line is ambiguous. */
function openBlock(text: string): State | null {
  const hasFenceChar = text.includes('`') || text.includes('~');
  if (!hasFenceChar && !text.includes('<')) return NORMAL;
  const fence = hasFenceChar ? CLEAN_FENCE.exec(text) : null;
  if (fence) {
    const run = fence[2]!;
    if (run[0] === '`' && fence[3]!.includes('`')) return NORMAL; // inline code, not a fence
    return { kind: 'fence', char: run[0]!, size: run.length, indent: fence[1]!.length };
  }
  if (hasFenceChar && ANY_FENCE.test(text)) return null;
  if (!text.includes('<')) return NORMAL;
  const topLevel = /^ {0,3}</.test(text);
  if (!topLevel && NESTED_HTML.test(text)) return null;
  if (COMMENT_START.test(text)) {
    const at = text.indexOf('<!--');
    if (text.includes('-->', at + 4)) return openComment(text.slice(at + 4)) ? null : NORMAL;
    return { kind: 'comment', indent: at };
  }
  if (openComment(text)) return null;
  const raw = RAW_START.exec(text);
  if (raw) {
    const close = new RegExp(`</${raw[1]}>`, 'i');
    return close.test(text) ? NORMAL : { kind: 'raw', close, indent: LEADING.exec(text)![0].length };
  }
  if (DECLARATION_START.test(text)) return null;
  if (HTML_START.test(text)) return { kind: 'html' };
  return NORMAL;
}

/** True when the line leaves an HTML comment open (its last `<!--` has no `-->` after it). */
function openComment(text: string): boolean {
  const at = text.lastIndexOf('<!--');
  return at !== -1 && !text.includes('-->', at + 4);
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let result = sorted[0] ?? 0;
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) {
      result = sorted[middle]!;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return result;
}

function firstAfter(sorted: readonly number[], value: number): number | undefined {
  let result: number | undefined;
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! > value) {
      result = sorted[middle]!;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return result;
}
