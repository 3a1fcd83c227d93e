/**
 * `snipgen generate --inject <docs-root>`: writes each request's include files
 * (`<docs-root>/includes/snippets/<lang>/<name>-<lang>-snippets.md`) and, under the request in its
 * page, the docs' tab block that references them (paths relative to the page: `../includes/…` for
 * `api/` pages), in the Graph docs layout:
 *
 *     # [HTTP](#tab/http)              ← added before the annotation when the page lacks it
 *     <!-- { "blockType": "request", … } -->
 *     ```http … ```
 *     <!-- snipgen:begin <name> -->     ← the owned block: replaced on every run, found by its markers
 *     # [C#](#tab/csharp)
 *
 *     [!INCLUDE [sample-code](../includes/snippets/csharp/<name>-csharp-snippets.md)]
 *     …
 *     ---
 *     <!-- snipgen:end -->
 *
 * Nothing outside the owned blocks (and the one HTTP tab heading) is touched; a request followed by
 * hand-written tabs (no snipgen markers) keeps its page text and is reported (audit:inject-skipped),
 * though its include files are written. Idempotent: a second run changes nothing. Every file is
 * written atomically (temp file + rename), include files before the page that references them; with
 * `dryRun` nothing is written and a unified diff per changed file is returned. Returns data.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type WriteOutcome } from '../fs/atomic.js';
import { languageById, LANGUAGE_IDS, type LanguageId } from '../languages/index.js';
import { renderPageSync, type SchemaFor } from '../index.js';
import { includeBaseName, includeFileName, includeFileText } from '../render/include.js';
import { lineAfterRequest, publishedAfter, tabLanguage, unifiedDiff } from './audit.js';

/** The docs' tab heading of a target: `# [C#](#tab/csharp)`. */
export function tabHeading(language: LanguageId): string {
  const profile = languageById(language);
  return `# [${profile.tabTitle}](#tab/${profile.tabId})`;
}
export const BEGIN = (name: string): string => `<!-- snipgen:begin ${name} -->`;
export const END = '<!-- snipgen:end -->';

export interface InjectOptions {
  readonly schemaFor: SchemaFor;
  readonly languages?: readonly LanguageId[];
  readonly dryRun?: boolean;
  /** how a file is written (default: atomically); tests pass one that fails midway */
  readonly write?: (file: string, text: string) => Promise<WriteOutcome>;
}

export interface InjectChange {
  readonly file: string;
  readonly outcome: WriteOutcome;
  /** unified diff old → new ('' when unchanged) */
  readonly diff: string;
}

export interface InjectReport {
  readonly changes: readonly InjectChange[];
  /** requests whose page was left as it is (hand-written tabs follow them) */
  readonly skipped: readonly { readonly page: string; readonly name: string; readonly line: number }[];
}

async function pagesUnder(dir: string, root: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!['node_modules', '.git', 'includes'].includes(e.name)) await pagesUnder(full, root, into);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) into.push(full);
  }
}

/** The owned tab block for one request: the tabs of the languages that render, referencing their include files. */
export function tabBlock(name: string, includes: readonly { language: LanguageId; href: string }[]): string[] {
  const out = [BEGIN(name)];
  for (const { language, href } of includes) out.push(tabHeading(language), '', `[!INCLUDE [sample-code](${href})]`, '');
  out.push('---', END);
  return out;
}

async function readOr(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

export async function injectDocs(root: string, options: InjectOptions): Promise<InjectReport> {
  const languages = options.languages ?? LANGUAGE_IDS;
  const write = options.write ?? writeFileAtomic;
  const pages: string[] = [];
  await pagesUnder(root, root, pages);
  const changes: InjectChange[] = [];
  const skipped: { page: string; name: string; line: number }[] = [];
  const includesDir = path.join(root, 'includes', 'snippets');
  for (const page of pages) {
    const text = await readFile(page, 'utf8');
    const result = renderPageSync(text, page, options.schemaFor, { languages });
    if (result.requests.length === 0) continue;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const files: { file: string; text: string }[] = [];
    // edits from the bottom up, so earlier line numbers stay valid
    const requests = [...result.requests].sort((a, b) => b.raw.annotation.place.line - a.raw.annotation.place.line);
    for (const { raw, typed, snippets } of requests) {
      if (typed === null) continue;
      const includes: { language: LanguageId; href: string }[] = [];
      for (const { language, code } of snippets) {
        if (code === null) continue;
        const file = path.join(includesDir, language, includeFileName(typed.name, language));
        files.push({ file, text: includeFileText(languageById(language).fenceTag, code) });
        includes.push({ language, href: path.relative(path.dirname(page), file).split(path.sep).join('/') });
      }
      const after = lineAfterRequest(raw);
      let k = after;
      while (k < lines.length && lines[k]!.trim() === '') k++;
      const block = tabBlock(includeBaseName(typed.name), includes);
      if (lines[k]?.trim().startsWith('<!-- snipgen:begin ')) {
        const end = lines.findIndex((l, i) => i > k && l.trim() === END);
        lines.splice(k, (end < 0 ? k : end) - k + 1, ...block);
      } else if (publishedAfter(lines, after).hasTabs) {
        skipped.push({ page, name: raw.name, line: raw.annotation.place.line });
        continue;
      } else {
        lines.splice(after, 0, ...block);
      }
      // the HTTP tab heading before the annotation
      const at = raw.annotation.place.line - 1;
      let p = at - 1;
      while (p >= 0 && lines[p]!.trim() === '') p--;
      const heading = p >= 0 ? TAB_HEAD.exec(lines[p]!) : null;
      if (!(heading && tabLanguage(lines[p]!) === null && heading[1]!.toLowerCase() === 'http')) lines.splice(at, 0, '# [HTTP](#tab/http)');
    }
    files.sort((a, b) => (a.file < b.file ? -1 : 1));
    files.push({ file: page, text: lines.join(eol) });
    for (const { file, text: next } of files) {
      const old = await readOr(file);
      if (old === next) continue;
      const diff = unifiedDiff(old ?? '', next, old === null ? '/dev/null' : file, file);
      const outcome: WriteOutcome = options.dryRun ? (old === null ? 'created' : 'updated') : await write(file, next);
      changes.push({ file, outcome, diff });
    }
  }
  return { changes, skipped };
}

const TAB_HEAD = /^ {0,3}#{1,6}[ \t]+\[[^\]]*\]\(#tab\/([^)\s]+)\)[ \t]*$/;
