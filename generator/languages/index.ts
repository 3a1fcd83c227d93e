/**
 * The registry of target languages, declared once. Adding a language = one folder with the same
 * files (`profile.ts`, `naming.ts`, `literals.ts`, `reserved-words.txt`, `view.ts`), one line here,
 * one line in `render/renderers.ts` (its view builder, which imports its profile, so it cannot sit
 * on the profile without an import cycle; that table is typed by `LanguageId`, so a missing line
 * fails to compile), its templates and its goldens. Every table about the targets (tab titles and
 * ids, fence tags, file extensions, which are kiota SDKs) is derived from the profiles here.
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

/** The targets whose snippets are kiota request-builder chains. */
export const KIOTA_LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.filter((language) => language.family === 'kiota').map((language) => language.id);

export function isKiotaLanguage(id: LanguageId): boolean {
  return languageById(id).family === 'kiota';
}

function lookup(entries: readonly (readonly [string, LanguageId])[]): ReadonlyMap<string, LanguageId> {
  const map = new Map<string, LanguageId>();
  for (const [key, id] of entries) {
    const known = map.get(key);
    if (known !== undefined && known !== id) throw new Error(`internal: '${key}' names both ${known} and ${id}`);
    map.set(key, id);
  }
  return map;
}

const BY_TAB_ID = lookup(LANGUAGES.map((l) => [l.tabId, l.id] as const));
const BY_TAB_TEXT = lookup(LANGUAGES.flatMap((l) => [l.id, l.tabTitle.toLowerCase(), ...l.tabAliases].map((text) => [text, l.id] as const)));
const BY_FENCE_TAG = lookup(LANGUAGES.flatMap((l) => [l.id, l.fenceTag, ...l.fenceAliases].map((tag) => [tag, l.id] as const)));
const BY_EXTENSION = lookup(LANGUAGES.map((l) => [`.${l.fileExtension}`, l.id] as const));

/** The target of a docs tab id (`#tab/csharp` → csharp), or null. */
export function languageOfTabId(tabId: string): LanguageId | null {
  return BY_TAB_ID.get(tabId.toLowerCase()) ?? null;
}

/** The target of a docs tab heading text (`C#`, `js`; any case), or null. */
export function languageOfTabText(text: string): LanguageId | null {
  return BY_TAB_TEXT.get(text.trim().toLowerCase()) ?? null;
}

/** The target of a code-fence tag (`csharp`, `cs`, `bash`, `shell`; lower case), or null. */
export function languageOfFenceTag(tag: string): LanguageId | null {
  return BY_FENCE_TAG.get(tag) ?? null;
}

/** The target of a snippet file extension (`.cs`, `.ps1`), or null. */
export function languageOfExtension(extension: string): LanguageId | null {
  return BY_EXTENSION.get(extension) ?? null;
}

/** The include/golden file name of a language (`csharp.cs`, `cli.sh`). */
export function goldenFileName(id: LanguageId): string {
  return `${id}.${languageById(id).fileExtension}`;
}

/**
 * The order of the targets' tabs on a docs page, after the HTTP tab: Microsoft's Graph docs sort
 * the SDK tabs by title (C#, CLI, Go, Java, JavaScript, PHP, PowerShell, Python).
 */
export const DOCS_TAB_ORDER: readonly LanguageId[] = [...LANGUAGES]
  .sort((a, b) => (a.tabTitle.toLowerCase() < b.tabTitle.toLowerCase() ? -1 : a.tabTitle.toLowerCase() > b.tabTitle.toLowerCase() ? 1 : 0))
  .map((language) => language.id);
