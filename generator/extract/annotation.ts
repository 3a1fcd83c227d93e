/**
 * Annotation comments: `<!-- { "blockType": "request", ... } -->`. A comment is an annotation when
 * its body mentions `blockType`; its block type is read from the (recovered)
 * fields, or, when the JSON is too broken for that, from the text itself.
 */
import { readLenientObject, type JsonProblem } from './lenient-json.js';

export interface CommentSpan {
  /** Index of `<!--` in the scanned string. */
  readonly start: number;
  /** Index just after `-->`, or the string's length when the comment is not terminated. */
  readonly end: number;
  readonly terminated: boolean;
  /** The body between `<!--` and `-->`. */
  readonly body: string;
}

/** Every `<!-- ... -->` in `value`, in order, and the non-blank text between and around them. */
export function scanComments(value: string): { comments: CommentSpan[]; hasOtherText: (from: number, to: number) => boolean } {
  const comments: CommentSpan[] = [];
  let index = value.indexOf('<!--');
  while (index !== -1) {
    const close = value.indexOf('-->', index + 4);
    const terminated = close !== -1;
    const end = terminated ? close + 3 : value.length;
    comments.push({ start: index, end, terminated, body: value.slice(index + 4, terminated ? close : value.length) });
    index = value.indexOf('<!--', end);
  }
  return { comments, hasOtherText: (from, to) => /\S/.test(value.slice(from, to)) };
}

/** An annotation comment is one that declares a `blockType` (the docs' page-level `{ "type": ... }` comments are not). */
export function looksLikeAnnotation(body: string): boolean {
  return /blocktype/i.test(body);
}

export interface ParsedAnnotation {
  readonly fields: Record<string, unknown>;
  /** Problems with their index in the body. */
  readonly problems: readonly JsonProblem[];
  /** Lower-cased block type (`request`, `response`, `ignored`, ...), or undefined when unreadable. */
  readonly blockType: string | undefined;
}

const BLOCK_TYPE_TEXT = /["'\u201c\u201d]?blockType["'\u201c\u201d]?\s*[:=]?\s*["'\u201c\u201d]?([A-Za-z][\w-]*)/i;

export function parseAnnotation(body: string): ParsedAnnotation {
  const { fields, problems } = readLenientObject(body);
  let blockType: string | undefined;
  const declared = Object.keys(fields).find((key) => key.toLowerCase() === 'blocktype');
  const value = declared === undefined ? undefined : fields[declared];
  if (typeof value === 'string' && value.trim() !== '') blockType = value.trim().toLowerCase();
  else blockType = BLOCK_TYPE_TEXT.exec(body)?.[1]?.toLowerCase();
  return { fields, problems, blockType };
}
