/**
 * What `snipgen verify` works on: snippets read from files, wrapped into compilable units, and the
 * compiler's errors mapped back to the snippet's own lines. Wrapping and mapping are pure (unit
 * tested without any SDK); the language modules run the real checkers.
 */
import type { VerifyTarget } from './pins.js';

export interface VerifySnippet {
  /** the file the snippet was read from (as given) */
  readonly path: string;
  readonly language: VerifyTarget;
  readonly code: string;
  /** file line of the snippet's first line, minus one (a fenced include file's offset) */
  readonly lineOffset: number;
  /** JavaScript: the schema type of the request body, when known (a golden case's typed.json) */
  readonly bodyType?: string;
  /** JavaScript: where the body holds keys its types do not declare (`openObjectPaths` of the typed IR) */
  readonly openPaths?: readonly (readonly string[])[];
  readonly apiVersion: 'v1.0' | 'beta';
}

/** One compilable unit: its text and, for every line of it, the snippet line it came from (0: the wrapper's own). */
export interface Wrapped {
  readonly fileName: string;
  readonly text: string;
  readonly lines: readonly number[];
}

export interface VerifyError {
  /** 1-based, in the snippet's own lines (0 when the compiler placed it in the wrapper) */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** the message with names taken out: failures are counted by it */
  readonly errorClass: string;
}

/** An error as a compiler printed it, in the wrapped unit's lines. */
export interface RawError {
  readonly fileName: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly errorClass?: string;
}

/** Builds a Wrapped unit from parts: wrapper lines (mapped to 0) and snippet lines (mapped to their number). */
export class UnitBuilder {
  private readonly out: string[] = [];
  private readonly map: number[] = [];
  wrapper(...lines: string[]): this {
    for (const l of lines) {
      this.out.push(l);
      this.map.push(0);
    }
    return this;
  }
  snippet(line: string, snippetLine: number, indent = ''): this {
    this.out.push(line === '' ? '' : indent + line);
    this.map.push(snippetLine);
    return this;
  }
  build(fileName: string): Wrapped {
    return { fileName, text: this.out.join('\n') + '\n', lines: this.map };
  }
}

/** The snippet line of a unit line (1-based); a wrapper line maps to the nearest snippet line before it, else 0. */
export function snippetLine(unit: Wrapped, unitLine: number): number {
  for (let i = Math.min(unitLine, unit.lines.length) - 1; i >= 0; i--) if (unit.lines[i]! > 0) return unit.lines[i]!;
  return 0;
}

/** A compiler message made into a class: quoted names, numbers and identifiers after ':' taken out. */
export function genericClass(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/'[^']*'|"[^"]*"|`[^`]*`|‘[^’]*’/g, '…')
    .replace(/\b\d+\b/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps a compiler's raw errors to their units' snippets. */
export function mapErrors(units: ReadonlyMap<string, Wrapped>, raw: readonly RawError[], classify: (m: string) => string): Map<string, VerifyError[]> {
  const out = new Map<string, VerifyError[]>();
  for (const e of raw) {
    const unit = units.get(e.fileName);
    if (!unit) continue;
    const list = out.get(e.fileName) ?? [];
    list.push({ line: snippetLine(unit, e.line), column: e.column, message: e.message, errorClass: e.errorClass ?? classify(e.message) });
    out.set(e.fileName, list);
  }
  return out;
}
