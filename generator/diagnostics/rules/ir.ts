import type { RuleDef } from '../types.js';

/** Rules of the `ir` stage (raw request block → language-free request IR). */
export const irRules = {
  // ── the request line ────────────────────────────────────────────────────────────────────────
  'ir:request-line-missing': {
    severity: 'error',
    summary: 'The block has no request line (`METHOD url`); no request is built from it.',
  },
  'ir:leading-blank-line': {
    severity: 'info',
    summary: 'Blank lines before the request line are skipped.',
  },
  'ir:leading-comment': {
    severity: 'info',
    summary: 'Comment lines (`#`, `//`, `<!-- -->`) before the request line are skipped.',
  },
  'ir:leading-text': {
    severity: 'warning',
    summary: 'Text that is not a request line comes before the request line; it is skipped.',
  },
  'ir:method-unknown': {
    severity: 'error',
    summary: 'The request line starts with a word that is not an HTTP method; no request is built.',
  },
  'ir:method-missing': {
    severity: 'warning',
    summary: 'The request line is a bare URL without a method; GET is assumed.',
  },
  'ir:method-lowercase': {
    severity: 'info',
    summary: 'The method is not written in upper case; it is normalised.',
  },
  'ir:request-line-extra': {
    severity: 'warning',
    summary: 'Text after the URL and the HTTP version of the request line is ignored.',
  },
  // ── the URL ─────────────────────────────────────────────────────────────────────────────────
  'ir:url-relative': {
    severity: 'info',
    summary: 'The URL is relative (no scheme and host); the Graph service root is assumed.',
  },
  'ir:url-missing-scheme': {
    severity: 'warning',
    summary: 'The URL names the host without `https://`; it is parsed as if the scheme were there.',
  },
  'ir:host-typo': {
    severity: 'warning',
    summary: 'The host is a misspelling of `graph.microsoft.com`; it is read as that host.',
  },
  'ir:host-foreign': {
    severity: 'warning',
    summary: 'The URL is not on `graph.microsoft.com`; it has no Graph API version.',
  },
  'ir:api-version-placeholder': {
    severity: 'warning',
    summary: 'The API version is a placeholder (`{ver}`); the version is unknown.',
  },
  'ir:api-version-missing': {
    severity: 'warning',
    summary: 'The URL has no API version segment (`v1.0` or `beta`) after the host.',
  },
  'ir:api-version-unknown': {
    severity: 'warning',
    summary: 'The API version segment is neither `v1.0` nor `beta`.',
  },
  'ir:path-empty-segment': {
    severity: 'warning',
    summary: 'The path has an empty segment (`//`); it is dropped.',
  },
  'ir:path-trailing-slash': {
    severity: 'info',
    summary: 'The path ends with `/`; the empty last segment is dropped.',
  },
  'ir:path-segment-invalid': {
    severity: 'warning',
    summary: 'A path segment has a shape no Graph URL segment has; it is kept as a name.',
  },
  'ir:url-value-invalid': {
    severity: 'warning',
    summary: 'A key or parameter list in the path is malformed (unterminated quote, missing `)`, empty value).',
  },
  'ir:placeholder-suspicious': {
    severity: 'info',
    summary: 'A placeholder is empty or spelled `{undefined}`, a docs tooling leftover.',
  },
  'ir:percent-encoding-invalid': {
    severity: 'warning',
    summary: 'A `%` escape in the URL is not valid; it is kept as written.',
  },
  // ── the query ───────────────────────────────────────────────────────────────────────────────
  'ir:query-missing-dollar': {
    severity: 'info',
    summary: 'An OData system query option is written without its `$` (`select=`); it is read as `$select`.',
  },
  'ir:query-duplicate-option': {
    severity: 'warning',
    summary: 'A query option is given twice; the first one is used.',
  },
  'ir:query-invalid-value': {
    severity: 'warning',
    summary: 'A system query option has a value of the wrong shape; it is kept as a custom option.',
  },
  'ir:query-unbalanced': {
    severity: 'error',
    summary: "A system query option (`$filter`, ...) leaves a '(' or a quote open before the next '&'; it is read up to that '&' and the options after it are read as options, not swallowed into it.",
  },
  'ir:query-option-without-value': {
    severity: 'warning',
    summary: 'A query option has no `=value`.',
  },
  'ir:query-whitespace': {
    severity: 'info',
    summary: 'A query option name has spaces around it (`$filter = ...`); they are dropped.',
  },
  'ir:query-empty-option': {
    severity: 'info',
    summary: 'The query has an empty option (`&&`, a trailing `&` or `?`).',
  },
  // ── headers ─────────────────────────────────────────────────────────────────────────────────
  'ir:headers-after-blank-line': {
    severity: 'warning',
    summary: 'A blank line separates the request line from the headers; it is repaired.',
  },
  'ir:header-invalid': {
    severity: 'warning',
    summary: 'A line of the header section is not `Name: value`; it is skipped.',
  },
  'ir:body-missing-blank-line': {
    severity: 'warning',
    summary: 'The body starts right after the headers without the blank line between them.',
  },
  // ── body ────────────────────────────────────────────────────────────────────────────────────
  'ir:stray-fence': {
    severity: 'warning',
    summary: 'A code fence line (```` ``` ````) stands inside the request block; it is dropped.',
  },
  'ir:body-not-json': {
    severity: 'warning',
    summary: 'The body is not JSON although its content type is JSON or absent; it is kept as raw text.',
  },
  'ir:json-extra-comma': {
    severity: 'warning',
    summary: 'A trailing or doubled comma in the JSON body; it is ignored.',
  },
  'ir:json-missing-comma': {
    severity: 'warning',
    summary: 'Two JSON members or items follow each other without a comma; one is assumed.',
  },
  'ir:json-missing-colon': {
    severity: 'warning',
    summary: 'A JSON key is not followed by `:`; one is assumed.',
  },
  'ir:json-single-quotes': {
    severity: 'warning',
    summary: 'A JSON string is in single quotes.',
  },
  'ir:json-unquoted-key': {
    severity: 'warning',
    summary: 'A JSON object key is not quoted.',
  },
  'ir:json-unquoted-value': {
    severity: 'warning',
    summary: 'A JSON value is a bare word; it is read as a string.',
  },
  'ir:json-comment': {
    severity: 'warning',
    summary: 'The JSON body has a comment (`//` or `/* */`); it is dropped.',
  },
  'ir:json-ellipsis': {
    severity: 'warning',
    summary: 'The JSON body elides content with `...`; the elided member or item is dropped.',
  },
  'ir:json-invalid-escape': {
    severity: 'warning',
    summary: 'A JSON string has an escape sequence JSON does not define; the character is kept.',
  },
  'ir:json-unterminated-string': {
    severity: 'warning',
    summary: 'A JSON string is not closed before the end of its line.',
  },
  'ir:json-control-character': {
    severity: 'warning',
    summary: 'A JSON string holds a raw control character (a tab); it is kept.',
  },
  'ir:json-invalid-number': {
    severity: 'warning',
    summary: 'A JSON number is not written as JSON requires (`+1`, `.5`, `01`, `1.`); it is read anyway.',
  },
  'ir:json-invalid-literal': {
    severity: 'warning',
    summary: 'A literal is misspelled (`True`, `NULL`, `undefined`, `NaN`); it is read as the nearest JSON literal.',
  },
  'ir:json-unclosed': {
    severity: 'warning',
    summary: 'A JSON object or array is not closed before the body ends.',
  },
  'ir:json-trailing-content': {
    severity: 'warning',
    summary: 'Text follows the JSON value of the body; it is ignored.',
  },
  'ir:json-duplicate-key': {
    severity: 'warning',
    summary: 'A JSON object has the same key twice.',
  },
} as const satisfies Record<`ir:${string}`, RuleDef>;
