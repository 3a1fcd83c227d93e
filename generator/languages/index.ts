/**
 * The registry of target languages, declared once. Adding a language = one folder with the same
 * files (`profile.ts`, `naming.ts`, `literals.ts`, `reserved-words.txt`), one line here, its goldens.
 */
import type { LanguageProfile } from './profile.js';
import { csharpProfile } from './csharp/profile.js';
import { goProfile } from './go/profile.js';
import { javaProfile } from './java/profile.js';
import { javascriptProfile } from './javascript/profile.js';
import { phpProfile } from './php/profile.js';
import { powershellProfile } from './powershell/profile.js';
import { pythonProfile } from './python/profile.js';
import { cliProfile } from './cli/profile.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const LANGUAGES = [csharpProfile, goProfile, javaProfile, javascriptProfile, phpProfile, powershellProfile, pythonProfile, cliProfile] as const satisfies readonly LanguageProfile<string, any>[];

export type Language = (typeof LANGUAGES)[number];
export type LanguageId = Language['id'];

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map((language) => language.id);

export function isLanguageId(id: string): id is LanguageId {
  return (LANGUAGE_IDS as readonly string[]).includes(id);
}

export function languageById<Id extends LanguageId>(id: Id): Extract<Language, { id: Id }> {
  const found = LANGUAGES.find((language) => language.id === id);
  if (found === undefined) throw new Error(`internal: unknown language ${id}`);
  return found as Extract<Language, { id: Id }>;
}

/** The include/golden file name of a language (`csharp.cs`, `cli.sh`). */
export function goldenFileName(id: LanguageId): string {
  return `${id}.${languageById(id).fileExtension}`;
}
