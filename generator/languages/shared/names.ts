/**
 * Reserved words (read from each language's `reserved-words.txt`) and the per-snippet namer.
 *
 * The namer's scheme, fixed once: a name is derived from its hint's words in the language's
 * variable case (`recurrence`, `startDateTime`, `start_date_time`); when that name is a keyword,
 * a runtime name (`graphClient`, `requestBody`, imported types, package aliases) or already given
 * out in this scope, the first free numeric suffix starting at 1 is appended (`recurrence`,
 * `recurrence1`, `recurrence2`; `type` in Go → `type1`). Comparison is case-insensitive where the
 * language's identifiers are (PowerShell variables).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitWords } from './words.js';

export interface ReservedWords {
  /** Words of the section before any `[section]` header: the SDK generator's reserved names. */
  readonly keywords: ReadonlySet<string>;
  /** Further named sections (C#: `[types]`, the System type names that get the `Object` suffix). */
  readonly sections: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Parses `reserved-words.txt`: one word a line, `#` comments, optional `[section]` headers. */
export function parseReservedWords(text: string): ReservedWords {
  const sections = new Map<string, Set<string>>();
  let current = new Set<string>();
  const keywords = current;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const header = /^\[([a-z-]+)\]$/.exec(line);
    if (header !== null) {
      current = new Set<string>();
      sections.set(header[1]!, current);
      continue;
    }
    current.add(line);
  }
  return { keywords, sections };
}

/**
 * Reads `<language folder>/reserved-words.txt`. `moduleUrl` is the caller's `import.meta.url`;
 * from a compiled `dist/` build the file is found in the source tree beside it.
 */
export function loadReservedWords(moduleUrl: string, folder: string): ReservedWords {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [
    path.join(here, 'reserved-words.txt'),
    path.resolve(here, '../../../../generator/languages', folder, 'reserved-words.txt'),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) throw new Error(`internal: reserved-words.txt for ${folder} not found (looked in ${candidates.join(', ')})`);
  return parseReservedWords(readFileSync(found, 'utf8'));
}

/** Membership test for a word list, case-insensitive as kiota's lists are (`StringComparer.OrdinalIgnoreCase`). */
export function isReserved(words: ReadonlySet<string>, name: string, caseInsensitive = true): boolean {
  if (!caseInsensitive) return words.has(name);
  const lower = name.toLowerCase();
  for (const word of words) if (word.toLowerCase() === lower) return true;
  return false;
}

export interface NamerRules {
  /** Words that are never identifiers (keywords, the SDK generator's list). */
  readonly keywords: ReadonlySet<string>;
  /** Whether keywords match regardless of case. */
  readonly keywordsCaseInsensitive: boolean;
  /** Whether two identifiers that differ only in case are the same variable. */
  readonly identifiersCaseInsensitive: boolean;
  /** Names the snippet's runtime already uses (`graphClient`, `requestBody`, …). */
  readonly runtimeNames: readonly string[];
  /** Builds an identifier from lower-case words (never empty words). */
  readonly fromWords: (words: readonly string[]) => string;
  /** What a hint with no usable word becomes. */
  readonly fallback: string;
}

/** One namer per snippet scope. Deterministic: the same calls in the same order give the same names. */
export class Namer {
  private readonly taken = new Set<string>();

  constructor(private readonly rules: NamerRules) {
    for (const name of rules.runtimeNames) this.reserve(name);
  }

  private key(name: string): string {
    return this.rules.identifiersCaseInsensitive ? name.toLowerCase() : name;
  }

  /** Marks a name as used without giving it out (imported type names, package aliases). */
  reserve(name: string): void {
    this.taken.add(this.key(name));
  }

  /** Whether `name` can no longer be given out. */
  isTaken(name: string): boolean {
    return this.taken.has(this.key(name)) || isReserved(this.rules.keywords, name, this.rules.keywordsCaseInsensitive);
  }

  /** The base name for a hint (a JSON property name, a property path's last step, a type name). */
  baseName(hint: string): string {
    const words = splitWords(hint);
    let base = words.length === 0 ? this.rules.fallback : this.rules.fromWords(words);
    if (/^\d/.test(base)) base = this.rules.fromWords([...splitWords(this.rules.fallback), ...words]);
    return base;
  }

  /** A fresh identifier for `hint`; never a keyword, a runtime name, or a name given out before. */
  claim(hint: string): string {
    const base = this.baseName(hint);
    let name = base;
    for (let n = 1; this.isTaken(name); n += 1) name = `${base}${n}`;
    this.taken.add(this.key(name));
    return name;
  }
}
