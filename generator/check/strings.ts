/**
 * String-literal decoders, one per language: the value a compiler, interpreter or shell gives a
 * literal's source text. `scanStringLiteral` also lists what makes a literal suspicious (invalid or
 * dropped escapes, interpolation), with offsets inside the literal, which the lint rules report.
 */
import type { CheckLanguage } from './types.js';

export type LiteralIssueKind =
  /** an escape the language rejects (a compile or syntax error) */
  | 'invalid-escape'
  /** an unknown escape whose backslash stays in the value (PHP, Python) */
  | 'kept-backslash'
  /** an escape that drops its backslash or backtick and keeps the character (JS `\d`, PowerShell `` `q ``) */
  | 'dropped-escape'
  /** a part whose value is only known at run time (`$x`, `{expr}`, `${...}`) */
  | 'interpolation'
  /** something this decoder does not model (`\N{name}`, brace expansion) */
  | 'unsupported';

export interface LiteralIssue {
  readonly kind: LiteralIssueKind;
  /** offset (UTF-16) inside the literal's source text */
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export interface ScannedLiteral {
  readonly value: string;
  readonly issues: readonly LiteralIssue[];
}

export class LiteralDecodeError extends Error {
  constructor(
    message: string,
    readonly issues: readonly LiteralIssue[] = [],
  ) {
    super(message);
    this.name = 'LiteralDecodeError';
  }
}

/**
 * Builds a value from characters and raw bytes (byte escapes are UTF-8 decoded, or Latin-1 for
 * bytes literals). A leading U+FEFF from bytes is part of the value, not a byte-order mark.
 */
class ValueBuilder {
  private readonly parts: string[] = [];
  private bytes: number[] = [];
  readonly issues: LiteralIssue[] = [];
  constructor(private readonly latin1 = false) {}
  char(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  code(cp: number): void {
    this.char(String.fromCodePoint(cp));
  }
  byte(b: number): void {
    this.bytes.push(b & 0xff);
  }
  issue(kind: LiteralIssueKind, offset: number, length: number, text: string): void {
    this.issues.push({ kind, offset, length, text });
  }
  private flush(): void {
    if (this.bytes.length === 0) return;
    this.parts.push(this.latin1 ? String.fromCharCode(...this.bytes) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(this.bytes)));
    this.bytes = [];
  }
  done(): ScannedLiteral {
    this.flush();
    return { value: this.parts.join(''), issues: this.issues };
  }
}

const HEX = /[0-9a-fA-F]/;

/** UTF-8 bytes of any code point below 0x200000, surrogates included (as PHP and bash write them). */
function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}
const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function hexRun(s: string, at: number, min: number, max: number): string {
  let end = at;
  while (end < s.length && end - at < max && HEX.test(s[end]!)) end++;
  return end - at >= min ? s.slice(at, end) : '';
}

function octRun(s: string, at: number, max: number): string {
  let end = at;
  while (end < s.length && end - at < max && s[end]! >= '0' && s[end]! <= '7') end++;
  return s.slice(at, end);
}

/** Splits `text` into prefix, quote and body, checking the closing quote. */
function delimited(text: string, prefix: RegExp, quotes: readonly string[]): { prefix: string; quote: string; body: string; bodyAt: number } {
  const m = prefix.exec(text);
  const pre = m ? m[0] : '';
  for (const q of quotes) {
    if (text.startsWith(q, pre.length) && text.length >= pre.length + 2 * q.length && text.endsWith(q)) {
      return { prefix: pre, quote: q, body: text.slice(pre.length + q.length, text.length - q.length), bodyAt: pre.length + q.length };
    }
  }
  throw new LiteralDecodeError(`not a complete string literal: ${text.slice(0, 40)}`);
}

// ---------------------------------------------------------------------------------------- C#

function csharp(text: string): ScannedLiteral {
  let t = text;
  if (/u8$/i.test(t)) t = t.slice(0, -2);
  const m = /^(\$*)(@?)(\$*)/.exec(t)!;
  const dollars = m[1]!.length + m[3]!.length;
  const verbatim = m[2] === '@';
  const at = m[0].length;
  const out = new ValueBuilder();
  if (t.startsWith('"""', at)) {
    // raw string literal: n >= 3 quotes, no escapes
    let n = 0;
    while (t[at + n] === '"') n++;
    const q = '"'.repeat(n);
    if (!t.endsWith(q) || t.length < at + 2 * n) throw new LiteralDecodeError('unterminated raw string literal');
    const body = t.slice(at + n, t.length - n);
    let content = body;
    if (body.includes('\n')) {
      const lines = body.split('\n').map((l) => l.replace(/\r$/, ''));
      if (lines[0]!.trim() !== '') throw new LiteralDecodeError('raw string: opening quotes must end their line');
      const last = lines[lines.length - 1]!;
      if (last.trim() !== '') throw new LiteralDecodeError('raw string: closing quotes must start their line');
      content = lines
        .slice(1, -1)
        .map((l) => {
          if (l.trim() === '') return '';
          if (!l.startsWith(last)) throw new LiteralDecodeError('raw string: a line is less indented than the closing quotes');
          return l.slice(last.length);
        })
        .join('\n');
    }
    if (dollars > 0) {
      const hole = new RegExp(`(?<!\\{)\\{{${dollars}}(?!\\{)`).exec(content);
      if (hole) out.issue('interpolation', at + n + hole.index, dollars, hole[0]);
    }
    out.char(content);
    return out.done();
  }
  const quote = t[at] === "'" ? "'" : '"';
  if (t[at] !== quote || t.length < at + 2 || !t.endsWith(quote)) throw new LiteralDecodeError('not a C# string literal');
  const body = t.slice(at + 1, -1);
  const base = at + 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (dollars > 0 && (c === '{' || c === '}')) {
      if (body[i + 1] === c) {
        out.char(c);
        i++;
        continue;
      }
      if (c === '{') {
        const close = body.indexOf('}', i);
        const end = close < 0 ? body.length : close + 1;
        out.issue('interpolation', base + i, end - i, body.slice(i, end));
        i = end - 1;
        continue;
      }
      throw new LiteralDecodeError('interpolated string: lone `}`');
    }
    if (verbatim) {
      if (c === '"' && body[i + 1] === '"') {
        out.char('"');
        i++;
      } else out.char(c);
      continue;
    }
    if (c !== '\\') {
      out.char(c);
      continue;
    }
    const e = body[i + 1] ?? '';
    if (e === "'" || e === '"' || e === '\\') {
      out.char(e);
      i++;
    } else if (e === '0') {
      out.char('\0');
      i++;
    } else if (e in SIMPLE) {
      out.char(SIMPLE[e]!);
      i++;
    } else if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8;
      const h = hexRun(body, i + 2, len, len);
      if (!h || parseInt(h, 16) > 0x10ffff) {
        out.issue('invalid-escape', base + i, 2, body.slice(i, i + 2));
        i++;
        continue;
      }
      out.code(parseInt(h, 16));
      i += 1 + len;
    } else if (e === 'x') {
      const h = hexRun(body, i + 2, 1, 4);
      if (!h) {
        out.issue('invalid-escape', base + i, 2, '\\x');
        i++;
        continue;
      }
      out.code(parseInt(h, 16));
      i += 1 + h.length;
    } else {
      out.issue('invalid-escape', base + i, 2, body.slice(i, i + 2));
      i++;
    }
  }
  return out.done();
}

// ---------------------------------------------------------------------------------------- Go

function go(text: string): ScannedLiteral {
  const out = new ValueBuilder();
  if (text.startsWith('`')) {
    if (text.length < 2 || !text.endsWith('`')) throw new LiteralDecodeError('unterminated raw string');
    out.char(text.slice(1, -1).replace(/\r/g, ''));
    return out.done();
  }
  const { quote, body } = delimited(text, /^/, ['"', "'"]);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out.char(c);
      continue;
    }
    const e = body[i + 1] ?? '';
    const at = 1 + i;
    if (e === '\\' || e === quote) {
      out.char(e);
      i++;
    } else if (e in SIMPLE && e !== 'e') {
      out.char(SIMPLE[e]!);
      i++;
    } else if (e >= '0' && e <= '7') {
      const o = octRun(body, i + 1, 3);
      if (o.length !== 3 || parseInt(o, 8) > 255) {
        out.issue('invalid-escape', at, 1 + o.length, body.slice(i, i + 1 + o.length));
        i += o.length;
        continue;
      }
      out.byte(parseInt(o, 8));
      i += 3;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const h = hexRun(body, i + 2, len, len);
      if (!h || (e !== 'x' && (parseInt(h, 16) > 0x10ffff || (parseInt(h, 16) >= 0xd800 && parseInt(h, 16) <= 0xdfff)))) {
        out.issue('invalid-escape', at, 2, body.slice(i, i + 2));
        i++;
        continue;
      }
      if (e === 'x') out.byte(parseInt(h, 16));
      else out.code(parseInt(h, 16));
      i += 1 + len;
    } else {
      out.issue('invalid-escape', at, 2, body.slice(i, i + 2));
      i++;
    }
  }
  return out.done();
}

// ---------------------------------------------------------------------------------------- Java

function javaEscapes(body: string, base: number, out: ValueBuilder, textBlock: boolean): void {
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out.char(c);
      continue;
    }
    const e = body[i + 1] ?? '';
    if (e === '"' || e === "'" || e === '\\') {
      out.char(e);
      i++;
    } else if (e === 's') {
      out.char(' ');
      i++;
    } else if ('btnfr'.includes(e) && e !== '') {
      out.char(SIMPLE[e]!);
      i++;
    } else if (e >= '0' && e <= '7') {
      const o = octRun(body, i + 1, e <= '3' ? 3 : 2);
      out.code(parseInt(o, 8));
      i += o.length;
    } else if (textBlock && e === '\n') {
      i++;
    } else {
      out.issue('invalid-escape', base + i, 2, body.slice(i, i + 2));
      i++;
    }
  }
}

function java(text: string): ScannedLiteral {
  // unicode escapes are translated before anything else (JLS 3.3), `\\u` excepted
  const pre = text.replace(/(?<!\\)((?:\\\\)*)\\u+([0-9a-fA-F]{4})/g, (_m, bs: string, h: string) => bs + String.fromCharCode(parseInt(h, 16)));
  const out = new ValueBuilder();
  if (pre.startsWith('"""')) {
    const m = /^"""[ \t\f]*\r?\n/.exec(pre);
    if (!m || !pre.endsWith('"""') || pre.length < m[0].length + 3) throw new LiteralDecodeError('malformed text block');
    const raw = pre.slice(m[0].length, -3).replace(/\r\n?/g, '\n');
    const lines = raw.split('\n');
    const lastIsClosing = lines[lines.length - 1]!.trim() === '';
    const significant = lines.filter((l, i) => l.trim() !== '' || (i === lines.length - 1 && lastIsClosing));
    const indent = Math.min(...significant.map((l) => (l.trim() === '' ? l.length : l.length - l.trimStart().length)));
    const stripped = lines.map((l, i) => {
      if (i === lines.length - 1 && lastIsClosing) return '';
      return (l.trim() === '' ? '' : l.slice(indent)).replace(/[ \t\f]+$/, '');
    });
    javaEscapes(stripped.join('\n'), m[0].length, out, true);
    return out.done();
  }
  const { body, bodyAt } = delimited(pre, /^/, ['"', "'"]);
  javaEscapes(body, bodyAt, out, false);
  return out.done();
}

// ---------------------------------------------------------------------------------------- JavaScript

function javascript(text: string): ScannedLiteral {
  const { quote, body, bodyAt } = delimited(text, /^/, ['"', "'", '`']);
  const template = quote === '`';
  const out = new ValueBuilder();
  const src = template ? body.replace(/\r\n?/g, '\n') : body;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const at = bodyAt + i;
    if (template && c === '$' && src[i + 1] === '{') {
      out.issue('interpolation', at, 2, '${');
      let depth = 0;
      let j = i + 1;
      for (; j < src.length; j++) {
        if (src[j] === '{') depth++;
        else if (src[j] === '}' && --depth === 0) break;
      }
      i = j;
      continue;
    }
    if (c !== '\\') {
      out.char(c);
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e === '\n' || e === '\u2028' || e === '\u2029') {
      i++;
    } else if (e === '\r') {
      i += src[i + 2] === '\n' ? 2 : 1;
    } else if (e in SIMPLE && e !== 'a' && e !== 'e') {
      out.char(SIMPLE[e]!);
      i++;
    } else if (e === '0' && !/[0-9]/.test(src[i + 2] ?? '')) {
      out.char('\0');
      i++;
    } else if (/[0-9]/.test(e)) {
      // legacy octal (\1..\7, \0 before a digit) and \8 \9: syntax errors in modules and templates
      const o = e <= '7' ? octRun(src, i + 1, e <= '3' ? 3 : 2) : e;
      out.issue('invalid-escape', at, 1 + o.length, src.slice(i, i + 1 + o.length));
      out.code(e <= '7' ? parseInt(o, 8) : e.charCodeAt(0));
      i += o.length;
    } else if (e === 'x') {
      const h = hexRun(src, i + 2, 2, 2);
      if (!h) {
        out.issue('invalid-escape', at, 2, '\\x');
        i++;
        continue;
      }
      out.code(parseInt(h, 16));
      i += 3;
    } else if (e === 'u') {
      if (src[i + 2] === '{') {
        const close = src.indexOf('}', i + 3);
        const h = close < 0 ? '' : src.slice(i + 3, close);
        if (!/^[0-9a-fA-F]+$/.test(h) || parseInt(h, 16) > 0x10ffff) {
          out.issue('invalid-escape', at, 2, '\\u');
          i++;
          continue;
        }
        out.code(parseInt(h, 16));
        i = close;
      } else {
        const h = hexRun(src, i + 2, 4, 4);
        if (!h) {
          out.issue('invalid-escape', at, 2, '\\u');
          i++;
          continue;
        }
        out.char(String.fromCharCode(parseInt(h, 16)));
        i += 5;
      }
    } else {
      if (/[A-Za-z]/.test(e)) out.issue('dropped-escape', at, 2, src.slice(i, i + 2));
      out.char(e);
      i++;
    }
  }
  return out.done();
}

// ---------------------------------------------------------------------------------------- PHP

function phpDouble(body: string, base: number, out: ValueBuilder, quote: '"' | null): void {
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const at = base + i;
    if (c === '$' && /[A-Za-z_\x80-\uffff{]/.test(body[i + 1] ?? '')) {
      const m = /^\$(\{[^}]*\}|[A-Za-z_\x80-\uffff][\w\x80-\uffff]*)/.exec(body.slice(i))!;
      out.issue('interpolation', at, m[0].length, m[0]);
      i += m[0].length - 1;
      continue;
    }
    if (c === '{' && body[i + 1] === '$') {
      const close = body.indexOf('}', i);
      const end = close < 0 ? body.length : close + 1;
      out.issue('interpolation', at, end - i, body.slice(i, end));
      i = end - 1;
      continue;
    }
    if (c !== '\\') {
      out.char(c);
      continue;
    }
    const e = body[i + 1] ?? '';
    if (e === '\\' || e === '$' || (quote !== null && e === quote)) {
      out.char(e);
      i++;
    } else if ('ntrvef'.includes(e) && e !== '') {
      out.char(SIMPLE[e]!);
      i++;
    } else if (e >= '0' && e <= '7') {
      const o = octRun(body, i + 1, 3);
      out.byte(parseInt(o, 8));
      i += o.length;
    } else if (e === 'x' && hexRun(body, i + 2, 1, 2)) {
      const h = hexRun(body, i + 2, 1, 2);
      out.byte(parseInt(h, 16));
      i += 1 + h.length;
    } else if (e === 'u' && body[i + 2] === '{') {
      const close = body.indexOf('}', i + 3);
      const h = close < 0 ? '' : body.slice(i + 3, close);
      if (!/^[0-9a-fA-F]+$/.test(h)) {
        out.issue('invalid-escape', at, 2, '\\u{');
        out.char('\\');
        continue;
      }
      // PHP writes the code point's UTF-8 bytes, unchecked: a surrogate gives bytes no UTF-8 decoder accepts
      for (const b of utf8Bytes(parseInt(h, 16))) out.byte(b);
      i = close;
    } else {
      // PHP keeps the backslash of an unknown escape: "\'" is two characters
      out.issue('kept-backslash', at, Math.min(2, body.length - i), body.slice(i, i + 2));
      out.char('\\');
    }
  }
}

function heredocBody(text: string): { body: string; bodyAt: number; nowdoc: boolean } {
  const m = /^<<<[ \t]*(["']?)([A-Za-z_][\w]*)\1\r?\n/.exec(text);
  if (!m) throw new LiteralDecodeError('malformed heredoc');
  const id = m[2]!;
  const rest = text.slice(m[0].length);
  const lines = rest.split('\n');
  let close = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (new RegExp(`^[ \\t]*${id}\\b`).test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) throw new LiteralDecodeError('heredoc without its closing identifier');
  const indent = /^[ \t]*/.exec(lines[close]!)![0];
  const content = lines.slice(0, close).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
  return { body: content.join('\n').replace(/\r$/, ''), bodyAt: m[0].length, nowdoc: m[1] === "'" };
}

function php(text: string): ScannedLiteral {
  const out = new ValueBuilder();
  const t = text.replace(/^[bB](?=["'<])/, '');
  if (t.startsWith('<<<')) {
    const { body, bodyAt, nowdoc } = heredocBody(t);
    if (nowdoc) out.char(body);
    else phpDouble(body, bodyAt, out, null);
    return out.done();
  }
  const { quote, body, bodyAt } = delimited(t, /^/, ["'", '"']);
  if (quote === '"') {
    phpDouble(body, bodyAt, out, '"');
    return out.done();
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && (body[i + 1] === '\\' || body[i + 1] === "'")) {
      out.char(body[i + 1]!);
      i++;
    } else out.char(body[i]!);
  }
  return out.done();
}

// ---------------------------------------------------------------------------------------- PowerShell

const PS_BACKTICK: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const PS_SINGLE = "'\u2018\u2019\u201a\u201b";
const PS_DOUBLE = '"\u201c\u201d\u201e';

function powershellExpandable(body: string, base: number, out: ValueBuilder, hereString: boolean): void {
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const at = base + i;
    if (c === '`') {
      const e = body[i + 1] ?? '';
      if (e in PS_BACKTICK) out.char(PS_BACKTICK[e]!);
      else if (e === 'u' && body[i + 2] === '{') {
        const close = body.indexOf('}', i + 3);
        const h = close < 0 ? '' : body.slice(i + 3, close);
        if (!/^[0-9a-fA-F]{1,6}$/.test(h)) {
          out.issue('invalid-escape', at, 2, '`u');
          i++;
          continue;
        }
        out.code(parseInt(h, 16));
        i = close;
        continue;
      } else if (e === '`' || e === '$' || PS_SINGLE.includes(e) || PS_DOUBLE.includes(e)) out.char(e);
      else if (e === '') out.issue('invalid-escape', at, 1, '`');
      else {
        out.issue('dropped-escape', at, 2, body.slice(i, i + 2));
        out.char(e);
      }
      i++;
      continue;
    }
    if (c === '$') {
      const m = /^\$(\(|\{[^}]*\}?|[A-Za-z_?^$][\w:?]*)/.exec(body.slice(i));
      if (m) {
        let length = m[0].length;
        if (m[1] === '(') {
          let depth = 0;
          let j = i + 1;
          for (; j < body.length; j++) {
            if (body[j] === '(') depth++;
            else if (body[j] === ')' && --depth === 0) break;
          }
          length = Math.min(j + 1, body.length) - i;
        }
        out.issue('interpolation', at, length, body.slice(i, i + length));
        i += length - 1;
        continue;
      }
      out.char(c);
      continue;
    }
    if (!hereString && PS_DOUBLE.includes(c) && PS_DOUBLE.includes(body[i + 1] ?? 'x')) {
      out.char(c);
      i++;
      continue;
    }
    out.char(c);
  }
}

function powershell(text: string): ScannedLiteral {
  const out = new ValueBuilder();
  const here = /^@(["'\u2018\u2019\u201c\u201d])[ \t]*\r?\n/.exec(text);
  if (here) {
    const close = /\r?\n[ \t]*["'\u2018\u2019\u201c\u201d]@$/.exec(text);
    if (!close) throw new LiteralDecodeError('here-string without its closing line');
    const body = close.index >= here[0].length ? text.slice(here[0].length, close.index) : '';
    if (PS_SINGLE.includes(here[1]!)) out.char(body);
    else powershellExpandable(body, here[0].length, out, true);
    return out.done();
  }
  const first = text[0] ?? '';
  const last = text[text.length - 1] ?? '';
  if (text.length < 2) throw new LiteralDecodeError('not a PowerShell string literal');
  const body = text.slice(1, -1);
  if (PS_SINGLE.includes(first) && PS_SINGLE.includes(last)) {
    for (let i = 0; i < body.length; i++) {
      out.char(body[i]!);
      if (PS_SINGLE.includes(body[i]!) && PS_SINGLE.includes(body[i + 1] ?? 'x')) i++;
    }
    return out.done();
  }
  if (PS_DOUBLE.includes(first) && PS_DOUBLE.includes(last)) {
    powershellExpandable(body, 1, out, false);
    return out.done();
  }
  throw new LiteralDecodeError('not a PowerShell string literal');
}

// ---------------------------------------------------------------------------------------- Python

function python(text: string): ScannedLiteral {
  const { prefix, quote, body, bodyAt } = delimited(text, /^[rRuUbBfF]{0,2}(?=['"])/, ['"""', "'''", '"', "'"]);
  const p = prefix.toLowerCase();
  const raw = p.includes('r');
  const bytes = p.includes('b');
  const fstring = p.includes('f');
  const out = new ValueBuilder(bytes);
  void quote;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const at = bodyAt + i;
    if (fstring && (c === '{' || c === '}')) {
      if (body[i + 1] === c) {
        out.char(c);
        i++;
        continue;
      }
      if (c === '}') throw new LiteralDecodeError("f-string: single '}' is not allowed");
      let depth = 0;
      let j = i;
      for (; j < body.length; j++) {
        if (body[j] === '{') depth++;
        else if (body[j] === '}' && --depth === 0) break;
      }
      out.issue('interpolation', at, Math.min(j + 1, body.length) - i, body.slice(i, j + 1));
      i = j;
      continue;
    }
    if (c !== '\\') {
      if (bytes) out.byte(c.charCodeAt(0));
      else out.char(c);
      continue;
    }
    const e = body[i + 1] ?? '';
    if (raw) {
      // a raw literal keeps the backslash; it only stops the next quote from closing the literal
      out.char(c);
      if (e !== '') out.char(e);
      i++;
      continue;
    }
    if (e === '\n') {
      i++;
    } else if (e === '\\' || e === "'" || e === '"') {
      out.char(e);
      i++;
    } else if (e in SIMPLE && e !== 'e') {
      out.char(SIMPLE[e]!);
      i++;
    } else if (e >= '0' && e <= '7') {
      const o = octRun(body, i + 1, 3);
      if (bytes) out.byte(parseInt(o, 8));
      else out.code(parseInt(o, 8));
      i += o.length;
    } else if (e === 'x') {
      const h = hexRun(body, i + 2, 2, 2);
      if (!h) {
        out.issue('invalid-escape', at, 2, '\\x');
        i++;
        continue;
      }
      if (bytes) out.byte(parseInt(h, 16));
      else out.code(parseInt(h, 16));
      i += 3;
    } else if (!bytes && (e === 'u' || e === 'U')) {
      const len = e === 'u' ? 4 : 8;
      const h = hexRun(body, i + 2, len, len);
      if (!h || parseInt(h, 16) > 0x10ffff) {
        out.issue('invalid-escape', at, 2, body.slice(i, i + 2));
        i++;
        continue;
      }
      out.code(parseInt(h, 16));
      i += 1 + len;
    } else if (!bytes && e === 'N') {
      const close = body.indexOf('}', i);
      const end = close < 0 ? i + 2 : close + 1;
      out.issue('unsupported', at, end - i, body.slice(i, end));
      i = end - 1;
    } else {
      // unknown escapes keep the backslash (a SyntaxWarning since Python 3.12)
      out.issue('kept-backslash', at, Math.min(2, body.length - i), body.slice(i, i + 2));
      out.char('\\');
    }
  }
  return out.done();
}

// ---------------------------------------------------------------------------------------- bash

const ANSI_C: Record<string, string> = { ...SIMPLE, E: '\x1b', '\\': '\\', "'": "'", '"': '"', '?': '?' };

/**
 * One bash word (quoted parts and all, as the shell reads it before expansion): the decoded value
 * of `'..'`, `".."`, `$'..'`, `$".."` and unquoted parts joined, with expansions as issues.
 */
function bash(text: string): ScannedLiteral {
  const out = new ValueBuilder();
  let i = 0;
  const expansion = (at: number): number => {
    // the extent of `$name`, `${..}`, `$(..)`, `` `..` `` starting at `at`; the issue is recorded
    let end: number;
    if (text[at] === '`') {
      const close = text.indexOf('`', at + 1);
      end = close < 0 ? text.length : close + 1;
    } else if (text[at + 1] === '(' || text[at + 1] === '{') {
      const open = text[at + 1]!;
      const shut = open === '(' ? ')' : '}';
      let depth = 0;
      end = text.length;
      for (let j = at + 1; j < text.length; j++) {
        if (text[j] === open) depth++;
        else if (text[j] === shut && --depth === 0) {
          end = j + 1;
          break;
        }
      }
    } else {
      const m = /^\$([A-Za-z_]\w*|[0-9@*#?$!-])/.exec(text.slice(at));
      end = at + (m ? m[0].length : 1);
    }
    out.issue('interpolation', at, end - at, text.slice(at, end));
    return end;
  };
  const isExpansionStart = (at: number): boolean => text[at] === '`' || (text[at] === '$' && /[A-Za-z_0-9@*#?$!({-]/.test(text[at + 1] ?? ''));
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new LiteralDecodeError('unterminated single quote');
      out.char(text.slice(i + 1, close));
      i = close + 1;
    } else if (c === '$' && text[i + 1] === "'") {
      let j = i + 2;
      for (; j < text.length && text[j] !== "'"; j++) {
        if (text[j] !== '\\') {
          out.char(text[j]!);
          continue;
        }
        const e = text[j + 1] ?? '';
        if (e in ANSI_C) {
          out.char(ANSI_C[e]!);
          j++;
        } else if (e >= '0' && e <= '7') {
          const o = octRun(text, j + 1, 3);
          out.byte(parseInt(o, 8));
          j += o.length;
        } else if (e === 'x' && hexRun(text, j + 2, 1, 2)) {
          const h = hexRun(text, j + 2, 1, 2);
          out.byte(parseInt(h, 16));
          j += 1 + h.length;
        } else if ((e === 'u' || e === 'U') && hexRun(text, j + 2, 1, e === 'u' ? 4 : 8)) {
          const h = hexRun(text, j + 2, 1, e === 'u' ? 4 : 8);
          out.code(parseInt(h, 16));
          j += 1 + h.length;
        } else if (e === 'c' && j + 2 < text.length) {
          out.code(text.charCodeAt(j + 2) & 0x1f);
          j += 2;
        } else {
          out.char('\\');
        }
      }
      if (j >= text.length) throw new LiteralDecodeError("unterminated $'...'");
      i = j + 1;
    } else if (c === '"' || (c === '$' && text[i + 1] === '"')) {
      let j = c === '"' ? i + 1 : i + 2;
      for (; j < text.length && text[j] !== '"'; j++) {
        const d = text[j]!;
        if (d === '\\') {
          const e = text[j + 1] ?? '';
          if (e === '\n') j++;
          else if ('$`"\\'.includes(e) && e !== '') {
            out.char(e);
            j++;
          } else out.char('\\');
        } else if (isExpansionStart(j)) {
          j = expansion(j) - 1;
        } else out.char(d);
      }
      if (j >= text.length) throw new LiteralDecodeError('unterminated double quote');
      i = j + 1;
    } else if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) {
        out.char('\\');
        i++;
      } else {
        if (e !== '\n') out.char(e);
        i += 2;
      }
    } else if (isExpansionStart(i)) {
      i = expansion(i);
    } else {
      out.char(c);
      i++;
    }
  }
  // unquoted brace expansion ({a,b}) would make several words
  const unquoted = text.replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, (m) => ' '.repeat(m.length));
  const brace = /\{[^{}\s]*,[^{}\s]*\}/.exec(unquoted);
  if (brace) out.issue('unsupported', brace.index, brace[0].length, brace[0]);
  return out.done();
}

const SCANNERS: Readonly<Record<CheckLanguage, (text: string) => ScannedLiteral>> = {
  csharp,
  go,
  java,
  javascript,
  php,
  powershell,
  python,
  cli: bash,
};

/** The value of a literal's source text and what is suspicious in it (never throws on bad escapes). */
export function scanStringLiteral(language: CheckLanguage, text: string): ScannedLiteral {
  return SCANNERS[language](text);
}

/**
 * The exact value of a string literal (a node of the language's tree, or its source text).
 * Throws `LiteralDecodeError` when the literal has no fixed value (interpolation, an invalid or
 * unmodelled escape) or is not a complete literal.
 */
export function decodeStringLiteral(language: CheckLanguage, literal: string | { readonly text: string }): string {
  const { value, issues } = scanStringLiteral(language, typeof literal === 'string' ? literal : literal.text);
  const fatal = issues.filter((i) => i.kind === 'interpolation' || i.kind === 'invalid-escape' || i.kind === 'unsupported');
  if (fatal.length > 0) {
    throw new LiteralDecodeError(`literal has no fixed value: ${fatal.map((i) => `${i.kind} \`${i.text}\``).join(', ')}`, fatal);
  }
  return value;
}
