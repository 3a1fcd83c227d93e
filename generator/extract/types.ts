/** What the `extract` stage hands to the `ir` stage: the raw text of each annotated request block. */
import type { Place } from '../diagnostics/types.js';

/** One line of a request block, as it stands in the page, with the indentation of its fence removed. */
export interface SourceLine {
  /** The line's text without the fence's indentation and without the line ending (CR stripped). */
  readonly text: string;
  /** The place of the line's first character of `text` in the page file. */
  readonly place: Place;
}

export interface RequestAnnotation {
  /** The annotation's fields as parsed (or recovered) from the comment's JSON. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The comment's verbatim text, `<!--` to `-->`. */
  readonly raw: string;
  readonly place: Place;
  /** False when the JSON was not valid and `fields` holds what could be recovered. */
  readonly valid: boolean;
}

export interface RawRequest {
  /** The page file path as given to extract (used in diagnostics). */
  readonly file: string;
  /** 0-based position among the page's request examples. */
  readonly index: number;
  /** The annotation's `name`, or a name derived from the page and the index when it has none. */
  readonly name: string;
  readonly annotation: RequestAnnotation;
  /** The fence that follows the annotation. */
  readonly fence: {
    /** The info string as written (`http`, `msgraph-interactive`, `HTTP`, ``, ...), trimmed. */
    readonly lang: string;
    readonly place: Place;
    /**
     * Number of characters before the fence's first marker on its line (list-item indentation,
     * `> ` of a blockquote; a tab is one character, a BOM is not counted).
     */
    readonly indent: number;
    /** The opening run of fence characters as written (```` ``` ````, `````` ````` ``````, `~~~`). */
    readonly marker: string;
    /** False when the fence is never closed and takes the rest of its container. */
    readonly closed: boolean;
  };
  /**
   * Every line between the opening and closing fence lines (to the end of the container when the
   * fence is not closed). Each `text` is exactly the page text at `place`.
   */
  readonly lines: readonly SourceLine[];
  /**
   * The request headers a table of the page documents as required (lower-case names, in page
   * order: planner's `| If-Match | Last known ETag value … Required. |`). Absent when none.
   */
  readonly requiredHeaders?: readonly string[];
}
