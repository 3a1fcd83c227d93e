/**
 * The `extract` stage: every annotated request example of a markdown page, found by its annotation
 * comment (never by the fence's info string), with each line's place in the page. Pure; reports
 * problems on the page's VFile; never throws on bad input.
 */
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Html, Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { Place } from '../diagnostics/types.js';
import { looksLikeAnnotation, parseAnnotation, scanComments } from './annotation.js';
import { mapValue, valueLineStart } from './map.js';
import { indexPage, lineOf, lineText, placeAt, splitLines, type PageText } from './text.js';
import type { RawRequest, RequestAnnotation, SourceLine } from './types.js';
import { planWindows, type TrackedFence, type Window } from './windows.js';

export interface ExtractOptions {
  /**
   * Parse the whole page at once instead of only the windows around annotations. Slower; the
   * result is the same (a test holds both to that), so it is for tests and diagnosis only.
   */
  readonly wholePage?: boolean;
}

const parser = unified().use(remarkParse);

/** What a document-order walk of the page sees, as far as extraction cares. */
type Event =
  | { readonly kind: 'annotation'; readonly annotation: FoundAnnotation }
  | { readonly kind: 'fence'; readonly offset: number; readonly body: () => FenceBody }
  | { readonly kind: 'content'; readonly offset: number };

/** The lines of a fence and whether it closes, from remark's node or from the line scan. */
interface FenceBody {
  readonly lines: readonly SourceLine[];
  readonly closed: boolean;
}

interface FoundAnnotation {
  readonly blockType: string | undefined;
  readonly annotation: RequestAnnotation;
}

export function extractRequests(file: VFile, options: ExtractOptions = {}): RawRequest[] {
  const text = String(file.value ?? '');
  if (!/blocktype/i.test(text)) return [];
  const page = indexPage(text);
  const windows = (options.wholePage ? null : planWindows(page)) ?? [{ start: 0, end: page.starts.length }];
  const events: Event[] = [];
  for (const window of windows) collectWindow(file, page, window, events);
  return pairRequests(file, page, events);
}

function collectWindow(file: VFile, page: PageText, window: Window, into: Event[]): void {
  const from = window.start === 0 ? page.bom : page.starts[window.start]!;
  const to = window.end >= page.starts.length ? page.text.length : page.starts[window.end]!;
  const tree = parser.parse(page.text.slice(from, to)) as Root;
  walk(tree, { file, page, base: from, firstLine: window.start, into, tail: window.tail });
}

interface WalkContext {
  readonly file: VFile;
  readonly page: PageText;
  /** Page offset of the parsed text's first character. */
  readonly base: number;
  /** Page line (0-based) of the parsed text's first line. */
  readonly firstLine: number;
  readonly into: Event[];
  /** The fence on the window's last line, whose lines remark did not see. */
  readonly tail: TrackedFence | undefined;
}

/**
 * The page offset where a node starts (plus `shift`). remark's line is exact, but its column and
 * offset count the virtual spaces of tabs that container indentation splits, so the start is
 * searched on that line: the fence run for a fence, else the occurrence of `probe` (the node's first
 * value line, or part of it) nearest to remark's column.
 */
function nodeStart(context: WalkContext, point: Point, probe: string | undefined, options: { fence?: boolean; shift?: number } = {}): number {
  const { page } = context;
  const line = context.firstLine + point.line - 1;
  const lineStart = point.line === 1 ? context.base : page.starts[line]!;
  const lineEnd = page.ends[line]!;
  const guess = Math.min(lineStart + point.column - 1 + (options.shift ?? 0), lineEnd);
  if (options.fence) {
    const run = /`{3,}|~{3,}/.exec(page.text.slice(lineStart, lineEnd));
    return run ? lineStart + run.index : guess;
  }
  if (!probe || page.text.startsWith(probe, guess)) return guess;
  const text = page.text.slice(lineStart, lineEnd);
  const before = text.lastIndexOf(probe, guess - lineStart);
  const after = text.indexOf(probe, guess - lineStart);
  if (before === -1 && after === -1) return guess;
  if (before === -1) return lineStart + after;
  if (after === -1) return lineStart + before;
  return lineStart + (guess - lineStart - before <= after - (guess - lineStart) ? before : after);
}

function walk(node: Nodes, context: WalkContext): void {
  const position = node.position;
  if (!position) return;
  if (node.type === 'html') {
    // The value may start with spaces: the block's own indentation, or the rest of a tab that the
    // container's indentation split (not in the page). Locate the first non-space character instead.
    const lead = /^ */.exec(node.value)![0].length;
    const probe = firstLineOf(node.value).slice(lead);
    const located = nodeStart(context, position.start, probe, { shift: lead });
    htmlEvents(node, located - lead, lineOf(context.page, located), context);
    return;
  }
  if (node.type === 'code') {
    const { page, tail } = context;
    const offset = nodeStart(context, position.start, undefined, { fence: true });
    const marker = page.text[offset];
    if (marker !== '`' && marker !== '~') {
      context.into.push({ kind: 'content', offset: nodeStart(context, position.start, firstLineOf(node.value)) });
    } else if (tail && lineOf(page, offset) === tail.open) {
      context.into.push({ kind: 'fence', offset, body: () => trackedBody(page, tail) });
    } else {
      const endLine = context.firstLine + position.end.line - 1;
      context.into.push({ kind: 'fence', offset, body: () => nodeBody(page, node, offset, endLine, position.end.column) });
    }
    return;
  }
  if ('children' in node) {
    for (const child of node.children) walk(child as Nodes, context);
    return;
  }
  const value = 'value' in node && typeof node.value === 'string' ? node.value : undefined;
  if (value !== undefined && !/\S/.test(value)) return;
  context.into.push({ kind: 'content', offset: nodeStart(context, position.start, value === undefined ? undefined : firstLineOf(value)) });
}

function firstLineOf(value: string): string {
  const eol = value.search(/[\r\n]/);
  return eol === -1 ? value : value.slice(0, eol);
}

/** Annotation events for the annotation comments of an html node; content events for the rest. */
function htmlEvents(node: Html, offset: number, line: number, context: WalkContext): void {
  const { page, into } = context;
  const value = node.value;
  const { comments, hasOtherText } = scanComments(value);
  const map = mapValue(page, value, offset, line);
  let previousEnd = 0;
  for (const comment of comments) {
    if (hasOtherText(previousEnd, comment.start)) into.push({ kind: 'content', offset: map.toPage(previousEnd) });
    previousEnd = comment.end;
    if (!looksLikeAnnotation(comment.body)) continue;
    const found = readAnnotation(context, comment, map);
    if (found) into.push({ kind: 'annotation', annotation: found });
  }
  if (hasOtherText(previousEnd, value.length)) into.push({ kind: 'content', offset: map.toPage(previousEnd) });
}

function readAnnotation(
  context: WalkContext,
  comment: ReturnType<typeof scanComments>['comments'][number],
  map: ReturnType<typeof mapValue>,
): FoundAnnotation | undefined {
  const { file, page } = context;
  const parsed = parseAnnotation(comment.body);
  const startOffset = map.toPage(comment.start);
  const endOffset = comment.terminated ? map.toPage(comment.end - 1) + 1 : map.toPage(comment.end);
  const place = placeAt(page, startOffset);
  const bodyPlace = (index: number): Place => placeAt(page, map.toPage(comment.start + 4 + index));
  const annotation: RequestAnnotation = {
    fields: parsed.fields,
    raw: page.text.slice(startOffset, endOffset),
    place,
    valid: parsed.problems.length === 0 && comment.terminated,
  };
  if (parsed.blockType === undefined) {
    report(file, 'extract:block-type-unreadable', 'annotation comment has no readable "blockType"; it is not taken as a request', place);
    return { blockType: undefined, annotation };
  }
  if (parsed.blockType !== 'request') return { blockType: parsed.blockType, annotation };
  if (!comment.terminated) {
    report(file, 'extract:annotation-unterminated', 'request annotation has no closing "-->"; the rest of its block is part of the comment', place);
    return { blockType: 'unterminated', annotation };
  }
  const [first, ...more] = parsed.problems;
  if (first) {
    const also = more.length === 0 ? '' : ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})`;
    report(file, 'extract:annotation-invalid-json', `request annotation is not valid JSON: ${first.reason}${also}`, bodyPlace(first.index));
  }
  return { blockType: 'request', annotation };
}

function pairRequests(file: VFile, page: PageText, events: readonly Event[]): RawRequest[] {
  const requests: RawRequest[] = [];
  const names = new Map<string, Place>();
  const stem = path.basename(file.path ?? 'page', path.extname(file.path ?? '')).replace(/[^A-Za-z0-9_-]+/g, '_') || 'page';
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind !== 'annotation' || event.annotation.blockType !== 'request') continue;
    const { annotation } = event.annotation;
    let content: number | undefined;
    let fence: Extract<Event, { kind: 'fence' }> | undefined;
    for (let j = i + 1; j < events.length; j++) {
      const next = events[j]!;
      if (next.kind === 'annotation') break;
      if (next.kind === 'fence') {
        fence = next;
        break;
      }
      content ??= next.offset;
    }
    if (!fence) {
      report(file, 'extract:annotation-without-fence', 'request annotation is not followed by a fenced code block before the next annotation or the end of the page', annotation.place);
      continue;
    }
    const index = requests.length;
    const declared = annotation.fields['name'];
    let name: string;
    if (typeof declared === 'string' && declared.trim() !== '') {
      name = declared;
    } else {
      name = `${stem}-${index}`;
      const why = declared === undefined ? 'has no "name"' : `has a "name" that is not a non-empty string`;
      report(file, 'extract:missing-name', `request annotation ${why}; using the derived name '${name}'`, annotation.place);
    }
    const key = name.toLowerCase();
    const earlier = names.get(key);
    if (earlier) {
      report(file, 'extract:duplicate-name', `request name '${name}' is already used on line ${earlier.line}`, annotation.place);
    } else {
      names.set(key, annotation.place);
    }
    if (content !== undefined) {
      report(file, 'extract:content-before-fence', 'content stands between the request annotation and its fence; the fence is still taken', placeAt(page, content));
    }
    requests.push(buildRequest(file, page, fence, { index, name, annotation }));
  }
  const required = requests.length === 0 ? [] : documentedRequiredHeaders(page.text);
  return required.length === 0 ? requests : requests.map((r) => ({ ...r, requiredHeaders: required }));
}

/** A table row naming an HTTP header in its first cell: `| If-Match | … |`, the name maybe in backticks or bold. */
const HEADER_ROW = /^[ \t>]*\|[ \t]*[`*]*([A-Za-z][A-Za-z0-9-]*)[`*]*[ \t]*\|(.*)$/;

/**
 * The request headers the page's tables document as required: a row whose first cell is a header
 * name and whose other cells say `Required` (not `Not required`). Docs pages list their request
 * headers in such a table (`## Request headers`, sometimes headed "Optional request headers" while
 * the row says "Required"); the names are lower-cased, each once, `Authorization` left out (every
 * request carries it). Only rows of names that look like headers count (a hyphen or a known header).
 */
export function documentedRequiredHeaders(text: string): string[] {
  if (!/required/i.test(text)) return [];
  const found: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const row = HEADER_ROW.exec(line);
    if (row === null) continue;
    const name = row[1]!.toLowerCase();
    if (name === 'authorization' || !/-/.test(name) && name !== 'prefer' && name !== 'consistencylevel') continue;
    const rest = row[2]!;
    if (!/\brequired\b/i.test(rest) || /\b(?:not|non)[ -]required\b/i.test(rest)) continue;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

const USUAL_INFO = new Set(['http', 'msgraph-interactive']);

function buildRequest(
  file: VFile,
  page: PageText,
  fence: Extract<Event, { kind: 'fence' }>,
  head: { index: number; name: string; annotation: RequestAnnotation },
): RawRequest {
  const { offset } = fence;
  const openLine = lineOf(page, offset);
  const opening = page.text.slice(offset, page.ends[openLine]);
  const markerChar = opening[0]!;
  let size = 0;
  while (opening[size] === markerChar) size++;
  const marker = opening.slice(0, size);
  const info = opening.slice(size);
  const lang = info.trim();
  const place = placeAt(page, offset);

  const { lines, closed } = fence.body();

  if (!closed) report(file, 'extract:unclosed-fence', `request fence '${marker}' is never closed; it takes the rest of its container`, place);
  if (lines.every((line) => line.text.trim() === '')) report(file, 'extract:empty-fence', 'request fence holds no text', place);
  const unusual: string[] = [];
  if (!USUAL_INFO.has(lang)) unusual.push(lang === '' ? 'no info string' : `info string '${lang}'`);
  if (/^\s/.test(info) && lang !== '') unusual.push('space before the info string');
  if (markerChar === '~') unusual.push('tilde fence');
  if (unusual.length > 0) report(file, 'extract:unusual-fence', `request fence is unusual: ${unusual.join(', ')}`, place);

  return {
    file: file.path ?? '',
    index: head.index,
    name: head.name,
    annotation: head.annotation,
    fence: {
      lang,
      place,
      indent: offset - page.starts[openLine]! - (openLine === 0 ? page.bom : 0),
      marker,
      closed,
    },
    lines,
  };
}

/** A fence's lines from remark's node: each value line is matched to the end of its page line. */
function nodeBody(page: PageText, node: Code, offset: number, endLine: number, endColumn: number): FenceBody {
  const openLine = lineOf(page, offset);
  const markerChar = page.text[offset]!;
  let size = 0;
  while (page.text[offset + size] === markerChar) size++;
  const lastLine = endColumn === 1 && endLine > openLine ? endLine - 1 : endLine;
  const valueLines = node.value === '' ? [] : splitLines(node.value);
  const closing = lastLine > openLine ? /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(lineText(page, lastLine))?.[1] : undefined;
  const closesHere = closing !== undefined && closing[0] === markerChar && closing.length >= size;
  const closed = closesHere && (node.value === '' || valueLines.length === lastLine - openLine - 1);
  const count = closed ? lastLine - openLine - 1 : lastLine - openLine;
  const lines: SourceLine[] = [];
  for (let k = 0; k < count; k++) {
    const line = openLine + 1 + k;
    const at = valueLineStart(page, line, valueLines[k] ?? '');
    lines.push({ text: page.text.slice(at, page.ends[line]), place: placeAt(page, at) });
  }
  return { lines, closed };
}

/**
 * A fence's lines from the line scan (the page is unambiguous there): every line up to the closing
 * fence, or to the end of the page, each without up to `indent` leading spaces.
 */
function trackedBody(page: PageText, fence: TrackedFence): FenceBody {
  const closed = fence.close !== undefined;
  let last: number;
  if (fence.close !== undefined) {
    last = fence.close - 1;
  } else {
    last = page.starts.length - 1;
    // a line ending at the very end of the page leaves no line after it
    if (last > fence.open && page.starts[last] === page.text.length) last--;
  }
  const lines: SourceLine[] = [];
  for (let line = fence.open + 1; line <= last; line++) {
    let at = page.starts[line]!;
    const end = page.ends[line]!;
    for (let strip = 0; strip < fence.indent && at < end && page.text[at] === ' '; strip++) at++;
    lines.push({ text: page.text.slice(at, end), place: placeAt(page, at) });
  }
  return { lines, closed };
}
