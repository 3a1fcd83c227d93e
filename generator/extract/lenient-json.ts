/**
 * A small tolerant reader for annotation comments: strict JSON first; when that fails, a forgiving
 * recursive-descent reader that recovers what the docs' hand-written annotations get wrong
 * (trailing or missing commas, single or curly quotes, unquoted keys and values, `=` for `:`,
 * comments, a missing closing brace, no braces at all) and records each problem at the index of
 * the offending character. Never throws.
 */

export interface JsonProblem {
  /** Index of the offending character in the input string. */
  readonly index: number;
  readonly reason: string;
}

export interface LenientResult {
  readonly fields: Record<string, unknown>;
  /** Empty when the input is valid JSON denoting an object. */
  readonly problems: readonly JsonProblem[];
}

export function readLenientObject(input: string): LenientResult {
  const trimmed = input.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return { fields: value as Record<string, unknown>, problems: [] };
      }
    } catch {
      // fall through to the tolerant reader, which finds the place
    }
  }
  const reader = new Reader(input);
  const fields = reader.top();
  if (reader.problems.length === 0) {
    // JSON.parse refused something the tolerant reader accepted silently (it should not happen).
    reader.problems.push({ index: Math.max(0, input.indexOf('{')), reason: 'not valid JSON' });
  }
  return { fields, problems: reader.problems };
}

const OPEN_QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\u201c': '\u201d', '\u201d': '\u201d' };
const BARE_START = /[A-Za-z_$@#]/;
const BARE_WORD = /[A-Za-z0-9_$@#.\-/+]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function describe(char: string | undefined): string {
  if (char === undefined) return 'end of comment';
  if (char === '\n' || char === '\r') return 'line break';
  return `'${char}'`;
}

class Reader {
  readonly problems: JsonProblem[] = [];
  private index = 0;

  constructor(private readonly text: string) {}

  private problem(index: number, reason: string): void {
    this.problems.push({ index, reason });
  }

  private peek(): string | undefined {
    return this.text[this.index];
  }

  /** Skips whitespace and (reported) `//` and `/* *\/` comments. */
  private space(): void {
    const { text } = this;
    for (;;) {
      while (this.index < text.length && /\s/.test(text[this.index]!)) this.index++;
      if (text.startsWith('//', this.index)) {
        this.problem(this.index, 'comments are not allowed in JSON');
        while (this.index < text.length && text[this.index] !== '\n' && text[this.index] !== '\r') this.index++;
      } else if (text.startsWith('/*', this.index)) {
        this.problem(this.index, 'comments are not allowed in JSON');
        const end = text.indexOf('*/', this.index + 2);
        this.index = end === -1 ? text.length : end + 2;
      } else {
        return;
      }
    }
  }

  top(): Record<string, unknown> {
    this.space();
    let fields: Record<string, unknown>;
    if (this.peek() === '{') {
      this.index++;
      fields = this.members('}');
    } else {
      this.problem(this.index, `expected '{' but found ${describe(this.peek())}`);
      fields = this.members(undefined);
    }
    this.space();
    if (this.index < this.text.length) {
      this.problem(this.index, `unexpected ${describe(this.peek())} after the object`);
    }
    return fields;
  }

  /** Object members up to `close` (or the end of the input when `close` is undefined). */
  private members(close: '}' | undefined): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    let expectingMember = true;
    for (;;) {
      this.space();
      const char = this.peek();
      if (char === undefined) {
        if (close) this.problem(this.index, `missing '${close}' at the end of the annotation`);
        return fields;
      }
      if (char === close) {
        this.index++;
        return fields;
      }
      if (char === '}' || char === ']') {
        // a stray closer: take it as the end of this object
        this.problem(this.index, `unexpected '${char}'`);
        this.index++;
        return fields;
      }
      if (char === ',') {
        const at = this.index;
        this.index++;
        this.space();
        if (this.peek() === close || (close === undefined && this.peek() === undefined)) {
          this.problem(at, 'trailing comma');
        } else if (expectingMember) {
          this.problem(at, 'extra comma');
        }
        expectingMember = true;
        continue;
      }
      if (!expectingMember) this.problem(this.index, `missing ',' before ${describe(char)}`);
      const key = this.key();
      if (key === undefined) {
        this.problem(this.index, `unexpected ${describe(char)}`);
        this.index++;
        continue;
      }
      this.space();
      const separator = this.peek();
      if (separator === ':') {
        this.index++;
      } else if (separator === '=') {
        this.problem(this.index, "'=' instead of ':'");
        this.index++;
      } else {
        this.problem(this.index, `missing ':' after key "${key}"`);
      }
      this.space();
      fields[key] = this.value();
      expectingMember = false;
    }
  }

  private key(): string | undefined {
    const char = this.peek();
    if (char !== undefined && char in OPEN_QUOTES) return this.string();
    if (char !== undefined && BARE_START.test(char)) {
      const at = this.index;
      const word = this.word();
      this.problem(at, `unquoted key ${word}`);
      return word;
    }
    return undefined;
  }

  private word(): string {
    BARE_WORD.lastIndex = this.index + 1;
    BARE_WORD.exec(this.text);
    const word = this.text.slice(this.index, BARE_WORD.lastIndex);
    this.index = BARE_WORD.lastIndex;
    return word;
  }

  private value(): unknown {
    const char = this.peek();
    const at = this.index;
    if (char === undefined) {
      this.problem(at, 'missing value at the end of the annotation');
      return null;
    }
    if (char === '{') {
      this.index++;
      return this.members('}');
    }
    if (char === '[') {
      this.index++;
      return this.array();
    }
    if (char in OPEN_QUOTES) return this.string();
    NUMBER.lastIndex = at;
    if (NUMBER.test(this.text)) {
      this.index = NUMBER.lastIndex;
      return Number(this.text.slice(at, this.index));
    }
    if (BARE_START.test(char)) {
      const word = this.word();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      this.problem(at, `unquoted value ${word}`);
      return word;
    }
    if (char === ',' || char === '}' || char === ']') {
      this.problem(at, `missing value before ${describe(char)}`);
      return null;
    }
    this.problem(at, `unexpected ${describe(char)}`);
    this.index++;
    return null;
  }

  private array(): unknown[] {
    const items: unknown[] = [];
    let expectingItem = true;
    for (;;) {
      this.space();
      const char = this.peek();
      if (char === undefined) {
        this.problem(this.index, "missing ']' at the end of the annotation");
        return items;
      }
      if (char === ']') {
        this.index++;
        return items;
      }
      if (char === '}') {
        this.problem(this.index, "missing ']' before '}'");
        return items;
      }
      if (char === ',') {
        const at = this.index;
        this.index++;
        this.space();
        if (this.peek() === ']') this.problem(at, 'trailing comma');
        else if (expectingItem) this.problem(at, 'extra comma');
        expectingItem = true;
        continue;
      }
      if (!expectingItem) this.problem(this.index, `missing ',' before ${describe(char)}`);
      items.push(this.value());
      expectingItem = false;
    }
  }

  private string(): string {
    const { text } = this;
    const open = text[this.index]!;
    const close = OPEN_QUOTES[open]!;
    if (open !== '"') this.problem(this.index, open === "'" ? 'single-quoted string' : 'curly quotes around a string');
    this.index++;
    let out = '';
    for (;;) {
      const char = text[this.index];
      if (char === undefined || char === '\n' || char === '\r') {
        this.problem(this.index, 'unterminated string');
        return out;
      }
      this.index++;
      if (char === close || (open !== '"' && open !== "'" && char === '"')) return out;
      if (char === '\\') {
        const escaped = text[this.index];
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(this.index + 1, this.index + 5))) {
          out += String.fromCharCode(parseInt(text.slice(this.index + 1, this.index + 5), 16));
          this.index += 5;
        } else if (escaped !== undefined && escaped in ESCAPES) {
          out += ESCAPES[escaped];
          this.index++;
        } else if (escaped === "'" && open === "'") {
          out += "'";
          this.index++;
        } else {
          this.problem(this.index - 1, 'invalid escape in string');
          out += '\\';
        }
        continue;
      }
      if (char < ' ' && char !== '\t') this.problem(this.index - 1, 'control character in string');
      else if (char === '\t') this.problem(this.index - 1, 'tab character in string');
      out += char;
    }
  }
}
