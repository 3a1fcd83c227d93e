/**
 * A tolerant recursive-descent JSON parser that keeps the place of every key and value and the
 * source text of every number. Strict JSON is read silently. The non-strict JSON of the docs is
 * recovered, each deviation reported at its exact place: trailing or doubled commas, missing
 * commas and colons, single quotes, unquoted keys, bare-word values, `//` and `/* *\/` comments,
 * `...` ellipses (the elided member or item is dropped), invalid escapes, unterminated strings,
 * raw control characters, non-JSON numbers and misspelled literals. Text that is not JSON at all
 * (`<bytes>`, `[binary data]`, prose) is refused with `failure`, so the body stays raw.
 *
 * Pure: problems are returned, not reported; body.ts reports them on the page.
 */
import type { RuleId } from '../diagnostics/catalogue.js';
import type { Place } from '../diagnostics/types.js';
import type { JsonNode } from './types.js';
import type { Locate } from './source.js';

export interface JsonProblem {
  readonly ruleId: RuleId;
  readonly reason: string;
  /** Index into the parsed text. */
  readonly index: number;
}

export interface JsonResult {
  /** The value, or null when the text is not JSON (`failure` says why). */
  readonly value: JsonNode | null;
  /** True when the text is strict JSON (RFC 8259): no problem changed how it was read. */
  readonly strict: boolean;
  readonly problems: readonly JsonProblem[];
  readonly failure: JsonProblem | null;
}

/** Problems that leave the text strict JSON (a duplicate key is legal syntax). */
const STRICT_PROBLEMS = new Set<RuleId>(['ir:json-duplicate-key']);

const STRICT_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;
const LOOSE_NUMBER = /^[-+]?(0[xX][0-9A-Fa-f]+|(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?)/;
const KEY_CHAR = /[A-Za-z0-9_$@.\-#]/;
const WORD_START = /[A-Za-z_$@#]/;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const LITERALS: Readonly<Record<string, { value: boolean | null; exact: boolean }>> = {
  true: { value: true, exact: true },
  false: { value: false, exact: true },
  null: { value: null, exact: true },
  True: { value: true, exact: false },
  TRUE: { value: true, exact: false },
  False: { value: false, exact: false },
  FALSE: { value: false, exact: false },
  Null: { value: null, exact: false },
  NULL: { value: null, exact: false },
  None: { value: null, exact: false },
  undefined: { value: null, exact: false },
  NaN: { value: null, exact: false },
  Infinity: { value: null, exact: false },
};

class Failure extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.reason);
  }
}

/** Ellipsis tokens that stand for elided content: `...`, `…`. */
function ellipsisAt(text: string, i: number): number {
  if (text.startsWith('...', i)) {
    let end = i + 3;
    while (text[end] === '.') end += 1;
    return end - i;
  }
  return text[i] === '…' ? 1 : 0;
}

class Parser {
  i = 0;
  readonly problems: JsonProblem[] = [];

  constructor(
    readonly text: string,
    readonly locate: Locate,
  ) {}

  problem(ruleId: RuleId, reason: string, index: number): void {
    this.problems.push({ ruleId, reason, index });
  }

  fail(reason: string, index = this.i): never {
    throw new Failure({ ruleId: 'ir:body-not-json', reason, index });
  }

  /** Skips whitespace and comments (reporting the comments). */
  skip(): void {
    const text = this.text;
    for (;;) {
      while (this.i < text.length && /\s/.test(text[this.i] as string)) this.i += 1;
      if (text.startsWith('//', this.i)) {
        this.problem('ir:json-comment', 'comment in JSON', this.i);
        while (this.i < text.length && text[this.i] !== '\n') this.i += 1;
        continue;
      }
      if (text.startsWith('/*', this.i)) {
        this.problem('ir:json-comment', 'comment in JSON', this.i);
        const end = text.indexOf('*/', this.i + 2);
        this.i = end < 0 ? text.length : end + 2;
        continue;
      }
      return;
    }
  }

  at(): string | undefined {
    return this.text[this.i];
  }

  value(): JsonNode {
    const ch = this.at();
    const start = this.i;
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"' || ch === "'") return { kind: 'string', value: this.string(), place: this.locate(start) };
    if (ch !== undefined && /[-+.0-9]/.test(ch)) return this.number();
    if (ch !== undefined && WORD_START.test(ch)) return this.word();
    if (ch === undefined) this.fail('a value is missing at the end of the body');
    return this.fail(`unexpected '${ch}' where a JSON value is expected`);
  }

  object(): JsonNode {
    const open = this.i;
    this.i += 1;
    const entries: { key: string; keyPlace: Place; value: JsonNode }[] = [];
    const keys = new Set<string>();
    for (;;) {
      this.skip();
      const ch = this.at();
      if (ch === undefined) {
        this.problem('ir:json-unclosed', "object is not closed: '}' is missing", open);
        break;
      }
      if (ch === '}') {
        this.i += 1;
        break;
      }
      if (ch === ',') {
        this.problem('ir:json-extra-comma', 'extra comma in object', this.i);
        this.i += 1;
        continue;
      }
      const dots = ellipsisAt(this.text, this.i);
      if (dots > 0) {
        this.problem('ir:json-ellipsis', "'...' stands for elided members: dropped", this.i);
        this.i += dots;
        this.afterEllipsis();
        continue;
      }
      const keyPlace = this.i;
      const key = this.key();
      this.skip();
      if (this.at() === ':') this.i += 1;
      else this.problem('ir:json-missing-colon', `':' is missing after key '${key}'`, this.i);
      this.skip();
      const valueDots = ellipsisAt(this.text, this.i);
      if (valueDots > 0) {
        this.problem('ir:json-ellipsis', `'...' stands for the value of '${key}': member dropped`, this.i);
        this.i += valueDots;
        this.separator('}');
        continue;
      }
      const value = this.value();
      if (keys.has(key)) this.problem('ir:json-duplicate-key', `key '${key}' appears twice in this object`, keyPlace);
      keys.add(key);
      entries.push({ key, keyPlace: this.locate(keyPlace), value });
      this.separator('}');
    }
    return { kind: 'object', entries, place: this.locate(open) };
  }

  array(): JsonNode {
    const open = this.i;
    this.i += 1;
    const items: JsonNode[] = [];
    for (;;) {
      this.skip();
      const ch = this.at();
      if (ch === undefined) {
        this.problem('ir:json-unclosed', "array is not closed: ']' is missing", open);
        break;
      }
      if (ch === ']') {
        this.i += 1;
        break;
      }
      if (ch === ',') {
        this.problem('ir:json-extra-comma', 'extra comma in array', this.i);
        this.i += 1;
        continue;
      }
      const dots = ellipsisAt(this.text, this.i);
      if (dots > 0) {
        this.problem('ir:json-ellipsis', "'...' stands for elided items: dropped", this.i);
        this.i += dots;
        this.afterEllipsis();
        continue;
      }
      items.push(this.value());
      this.separator(']');
    }
    return { kind: 'array', items, place: this.locate(open) };
  }

  /** An elided line needs no comma after it (`...` alone on a line); one is taken if present. */
  afterEllipsis(): void {
    this.skip();
    if (this.at() === ',') this.i += 1;
  }

  /** After a member or item: a comma (a trailing one reported), the closer, or a missing comma. */
  separator(close: '}' | ']'): void {
    this.skip();
    const ch = this.at();
    if (ch === ',') {
      const comma = this.i;
      this.i += 1;
      this.skip();
      if (this.at() === close) this.problem('ir:json-extra-comma', `trailing comma before '${close}'`, comma);
      return;
    }
    if (ch === close || ch === undefined) return;
    if (ch === '}' || ch === ']') this.fail(`'${ch}' does not close the open '${close === '}' ? '{' : '['}'`);
    this.problem('ir:json-missing-comma', `',' is missing before this ${close === '}' ? 'member' : 'item'}`, this.i);
  }

  key(): string {
    const ch = this.at();
    if (ch === '"' || ch === "'") return this.string();
    if (ch !== undefined && KEY_CHAR.test(ch)) {
      const start = this.i;
      while (this.i < this.text.length && KEY_CHAR.test(this.text[this.i] as string)) this.i += 1;
      const key = this.text.slice(start, this.i);
      this.problem('ir:json-unquoted-key', `key '${key}' is not quoted`, start);
      return key;
    }
    return this.fail(ch === undefined ? 'a key is missing at the end of the body' : `unexpected '${ch}' where a key is expected`);
  }

  string(): string {
    const text = this.text;
    const quote = text[this.i] as string;
    const start = this.i;
    if (quote === "'") this.problem('ir:json-single-quotes', 'string in single quotes', start);
    this.i += 1;
    let value = '';
    for (;;) {
      const ch = text[this.i];
      if (ch === undefined || ch === '\n') {
        this.problem('ir:json-unterminated-string', `string is not closed before the end of the line`, start);
        return value.replace(/\s+$/, '');
      }
      if (ch === quote) {
        this.i += 1;
        return value;
      }
      if (ch === '\\') {
        const next = text[this.i + 1];
        if (next !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, next)) {
          value += ESCAPES[next];
          this.i += 2;
          continue;
        }
        if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(this.i + 2, this.i + 6))) {
          value += String.fromCharCode(Number.parseInt(text.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        if (next === "'" && quote === "'") {
          value += "'";
          this.i += 2;
          continue;
        }
        if (next === undefined || next === '\n') {
          this.problem('ir:json-invalid-escape', `'\\' at the end of a line`, this.i);
          this.i += 1;
          continue;
        }
        this.problem('ir:json-invalid-escape', `'\\${next === 'u' ? text.slice(this.i + 1, this.i + 6) : next}' is not a JSON escape: '${next}' kept`, this.i);
        value += next;
        this.i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) {
        this.problem('ir:json-control-character', `raw control character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} in string`, this.i);
      }
      value += ch;
      this.i += 1;
    }
  }

  number(): JsonNode {
    const start = this.i;
    const match = LOOSE_NUMBER.exec(this.text.slice(start));
    const after = match === null ? start : start + match[0].length;
    // `2017-01-01`, `12abc`: not a number but a bare word.
    if (match === null || (after < this.text.length && /[A-Za-z0-9_:\-.]/.test(this.text[after] as string))) {
      if (match === null && !/[0-9]/.test(this.text[start + 1] ?? '')) {
        if (/[-+]/.test(this.text[start] as string) && WORD_START.test(this.text[start + 1] ?? '')) return this.word();
        this.fail(`unexpected '${this.text[start]}' where a JSON value is expected`);
      }
      return this.word();
    }
    const raw = match[0];
    if (!STRICT_NUMBER.test(raw)) this.problem('ir:json-invalid-number', `'${raw}' is not a JSON number`, start);
    this.i = after;
    const value = /^[-+]?0[xX]/.test(raw) ? Number.parseInt(raw.replace(/^\+/, ''), 16) : Number(raw);
    return { kind: 'number', value, raw, place: this.locate(start) };
  }

  /** A literal (`true`, misspelled `True`), or a bare word read as a string up to the next delimiter. */
  word(): JsonNode {
    const start = this.i;
    const text = this.text;
    const ident = /^[-+]?[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(start))?.[0] ?? '';
    const end = start + ident.length;
    const literal = Object.prototype.hasOwnProperty.call(LITERALS, ident) ? LITERALS[ident] : undefined;
    if (literal !== undefined && (end >= text.length || !/[A-Za-z0-9_.\-@]/.test(text[end] as string))) {
      this.i = end;
      if (!literal.exact) {
        const nearest = literal.value === null ? 'null' : String(literal.value);
        this.problem('ir:json-invalid-literal', `'${ident}' is not a JSON literal: read as ${nearest}`, start);
      }
      if (literal.value === null) return { kind: 'null', place: this.locate(start) };
      return { kind: 'boolean', value: literal.value, place: this.locate(start) };
    }
    // A bare word runs to the next `,`, `}`, `]` or the end of the line.
    let stop = start;
    while (stop < text.length && !/[,}\]\n]/.test(text[stop] as string) && !text.startsWith('//', stop)) stop += 1;
    const word = text.slice(start, stop).trimEnd();
    this.i = start + word.length;
    this.problem('ir:json-unquoted-value', `bare word '${word}' read as a string`, start);
    return { kind: 'string', value: word, place: this.locate(start) };
  }
}

/**
 * Whether a body is meant as JSON: it starts with `{` or `[`, and what follows the bracket can
 * start a member or an item (`[binary data]` and `{bytes}` cannot).
 */
export function looksLikeJson(text: string): boolean {
  const body = text.trimStart();
  const open = body[0];
  if (open !== '{' && open !== '[') return false;
  const rest = body.slice(1).trimStart();
  if (rest === '' || rest.startsWith('//') || rest.startsWith('/*') || ellipsisAt(rest, 0) > 0) return true;
  if (open === '{') return /^(["'}]|[A-Za-z0-9_$@.\-#]+\s*:)/.test(rest);
  return /^([\]{["'\-+.0-9]|(true|false|null)\b)/.test(rest);
}

/** Parses `text`; places are produced by `locate` from indexes into `text`. */
export function parseJson(text: string, locate: Locate): JsonResult {
  const parser = new Parser(text, locate);
  try {
    parser.skip();
    const value = parser.value();
    parser.skip();
    if (parser.i < text.length) {
      parser.problem('ir:json-trailing-content', `text after the JSON value is ignored: '${text.slice(parser.i).split('\n')[0]}'`, parser.i);
    }
    const strict = parser.problems.every((p) => STRICT_PROBLEMS.has(p.ruleId));
    // In page order (a container's `unclosed` is found after its contents).
    const problems = [...parser.problems].sort((a, b) => a.index - b.index);
    return { value, strict, problems, failure: null };
  } catch (error) {
    if (error instanceof Failure) return { value: null, strict: false, problems: parser.problems, failure: error.problem };
    throw error;
  }
}
