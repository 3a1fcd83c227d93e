/**
 * Wraps a snippet the way a compiler needs it (package and function for Go, class and method for
 * Java and C#, `<?php` for PHP) and maps positions in the wrapped text back to the snippet.
 * Snippet lines are copied whole and unchanged, so a position maps by its line alone.
 */
import type { CheckLanguage } from './types.js';

export interface SnippetPosition {
  readonly line: number; // 1-based, in the snippet
  readonly column: number; // 1-based, UTF-16 code units
}

export class WrappedSnippet {
  readonly text: string;
  /** For each wrapped line (0-based), the snippet line (0-based) it copies, or -1 for wrapper lines. */
  private readonly origin: readonly number[];
  private readonly lineStarts: readonly number[];

  constructor(
    readonly snippetLines: readonly string[],
    lines: readonly { text: string; from: number }[],
  ) {
    this.text = lines.map((l) => l.text).join('\n');
    this.origin = lines.map((l) => l.from);
    const starts = [0];
    for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** The offset (UTF-16) in the wrapped text of a snippet position (1-based line and column). */
  toWrapped(line: number, column: number): number {
    const at = this.origin.indexOf(line - 1);
    if (at < 0) throw new Error(`internal: snippet line ${line} is not in the wrapped text`);
    return this.lineStarts[at]! + column - 1;
  }

  /** The snippet position of an offset (UTF-16) in the wrapped text. */
  toSnippet(offset: number): SnippetPosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const from = this.origin[lo]!;
    if (from >= 0) return { line: from + 1, column: offset - this.lineStarts[lo]! + 1 };
    // a wrapper line: the end of the nearest snippet line before it, else the start of the snippet
    for (let w = lo - 1; w >= 0; w--) {
      const prev = this.origin[w]!;
      if (prev >= 0) return { line: prev + 1, column: this.snippetLines[prev]!.length + 1 };
    }
    return { line: 1, column: 1 };
  }
}

type Line = { text: string; from: number };
const synthetic = (text: string): Line => ({ text, from: -1 });

/** Hoists the lines `isHoisted` picks (with `blockEnd` for multi-line blocks) above the rest. */
function split(
  lines: readonly string[],
  startsHoisted: (line: string) => 'line' | 'block' | null,
  blockEnd: (line: string) => boolean,
): { hoisted: Line[]; body: Line[] } {
  const hoisted: Line[] = [];
  const body: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = startsHoisted(lines[i]!);
    if (kind === null) {
      body.push({ text: lines[i]!, from: i });
      continue;
    }
    hoisted.push({ text: lines[i]!, from: i });
    if (kind === 'block') {
      while (i + 1 < lines.length && !blockEnd(lines[i]!)) {
        i++;
        hoisted.push({ text: lines[i]!, from: i });
      }
    }
  }
  return { hoisted, body };
}

function goWrap(lines: readonly string[]): Line[] {
  const all = lines.join('\n');
  if (/^\s*package\s+\w+/m.test(all) && /^func\s+main\s*\(/m.test(all)) return lines.map((text, from) => ({ text, from }));
  let sawImportBlock = false;
  const { hoisted, body } = split(
    lines,
    (l) => {
      if (/^\s*import\s*\(/.test(l)) {
        sawImportBlock = true;
        return /\)\s*$/.test(l) ? 'line' : 'block';
      }
      return /^\s*import\s+(\w+\s+|\.\s+)?"/.test(l) ? 'line' : null;
    },
    (l) => sawImportBlock && /^\s*\)\s*(\/\/.*)?$/.test(l),
  );
  return [synthetic('package main'), ...hoisted, synthetic('func main() {'), ...body, synthetic('}')];
}

function javaWrap(lines: readonly string[]): Line[] {
  if (lines.some((l) => /^\s*(public\s+|final\s+|abstract\s+)*(class|interface|record|enum)\s+\w+/.test(l))) {
    return lines.map((text, from) => ({ text, from }));
  }
  const { hoisted, body } = split(lines, (l) => (/^\s*(import|package)\s+[\w.*\s]+;\s*$/.test(l) ? 'line' : null), () => true);
  return [...hoisted, synthetic('class Snippet { void run() throws Exception {'), ...body, synthetic('}}')];
}

function csharpWrap(lines: readonly string[]): Line[] {
  if (lines.some((l) => /^\s*(namespace\s+[\w.]+|(public\s+|internal\s+|static\s+|partial\s+|sealed\s+)*class\s+\w+)/.test(l))) {
    return lines.map((text, from) => ({ text, from }));
  }
  const { hoisted, body } = split(
    lines,
    (l) => (/^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?[\w.]+(<[\w.<>, ]*>)?\s*;\s*(\/\/.*)?$/.test(l) ? 'line' : null),
    () => true,
  );
  return [...hoisted, synthetic('class Snippet { async System.Threading.Tasks.Task Run() {'), ...body, synthetic('}}')];
}

function phpWrap(lines: readonly string[]): Line[] {
  const copied = lines.map((text, from) => ({ text, from }));
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && /^\s*<\?php/.test(first) ? copied : [synthetic('<?php'), ...copied];
}

/** The text the language's grammar parses, and the way back to the snippet's own positions. */
/**
 * tree-sitter-powershell reads a digit in a command parameter name as the start of a stream
 * redirection (`-ChatMessageId1 'x'` → `1>` missing its `>`; `-OAuth2PermissionGrantId` fails
 * too), although PowerShell takes such names as they are. Before parsing, digits inside parameter
 * tokens outside strings, here-strings and comments become `x`: same length, so every place maps
 * back unchanged, and no string's value is touched.
 */
export function maskParameterDigits(code: string): string {
  const out = code.split('');
  let i = 0;
  const n = code.length;
  while (i < n) {
    const ch = code[i]!;
    if ((ch === '@' && (code[i + 1] === "'" || code[i + 1] === '"')) && (code[i + 2] === '\n' || code[i + 2] === '\r')) {
      const close = code.indexOf(`\n${code[i + 1]}@`, i + 2);
      i = close < 0 ? n : close + 3;
    } else if (ch === "'") {
      i += 1;
      while (i < n && !(code[i] === "'" && code[i + 1] !== "'")) i += code[i] === "'" ? 2 : 1;
      i += 1;
    } else if (ch === '"') {
      i += 1;
      while (i < n && code[i] !== '"') i += code[i] === '`' ? 2 : 1;
      i += 1;
    } else if (ch === '<' && code[i + 1] === '#') {
      const close = code.indexOf('#>', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (ch === '#') {
      const close = code.indexOf('\n', i);
      i = close < 0 ? n : close;
    } else if (ch === '-' && /[A-Za-z]/.test(code[i + 1] ?? '') && (i === 0 || /\s/.test(code[i - 1]!))) {
      i += 1;
      while (i < n && /[A-Za-z0-9_]/.test(code[i]!)) {
        if (/[0-9]/.test(code[i]!)) out[i] = 'x';
        i += 1;
      }
    } else i += 1;
  }
  return out.join('');
}

export function wrapSnippet(language: CheckLanguage, code: string): WrappedSnippet {
  const lines = code.split('\n');
  const copied = (): Line[] => lines.map((text, from) => ({ text, from }));
  switch (language) {
    case 'go':
      return new WrappedSnippet(lines, goWrap(lines));
    case 'java':
      return new WrappedSnippet(lines, javaWrap(lines));
    case 'csharp':
      return new WrappedSnippet(lines, csharpWrap(lines));
    case 'php':
      return new WrappedSnippet(lines, phpWrap(lines));
    case 'powershell':
      return new WrappedSnippet(lines, maskParameterDigits(code).split('\n').map((text, from) => ({ text, from })));
    // Python and JavaScript grammars accept top-level await; bash needs nothing.
    case 'python':
    case 'javascript':
    case 'cli':
      return new WrappedSnippet(lines, copied());
  }
}
