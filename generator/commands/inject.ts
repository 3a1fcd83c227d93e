/**
 * `snipgen generate --inject <docs-root>`: for every annotated request of every page under the
 * root, writes its include files and merges the tabs that reference them into the request's tab
 * group (read the way DocFX reads tab groups: `docs/tabs.ts`; merged by `docs/merge.ts`):
 *
 *     # <a name="http"></a>[HTTP](#tab/http)      ← the page's own heading form, anchors kept
 *     <!-- { "blockType": "request", … } -->
 *     ```http … ```
 *     # <a name="c"></a>[C#](#tab/csharp)          ← include reference updated in place
 *     [!INCLUDE [sample-code](../includes/snippets/csharp/<name>-csharp-snippets.md)]
 *     [!INCLUDE [sdk-documentation](…)]           ← the tab's other lines kept
 *     # <a name="objective-c"></a>[Objective-C](#tab/objc)   ← a tab snipgen does not make: kept
 *     …
 *     # <a name="go"></a>[Go](#tab/go)              ← a missing target: added in the docs' order
 *     …
 *     ---
 *
 * A request with no group gets one in the form of the page's other groups (on a page with none,
 * the snipgen block between `<!-- snipgen:begin <name> -->` and `<!-- snipgen:end -->`).
 *
 * Include files go where the page looks for them: the folder its snippet references point to,
 * else the docs repositories' layout (`<version>/api/x.md` → `<version>/includes/snippets/<lang>/`;
 * a page outside an `api/` folder: `<docs-root>/includes/snippets/<lang>/`), or under
 * `includesDir` when given. Idempotent; every file written atomically, include files before the
 * page that references them; with `dryRun` nothing is written and a unified diff per changed
 * file is returned. Returns data.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AtomicWriter, type WriteOutcome } from '../fs/atomic.js';
import { languageById, LANGUAGE_IDS, type LanguageId } from '../languages/index.js';
import { renderPageSync, type SchemaFor } from '../index.js';
import { includeBaseName, includeFileText } from '../render/include.js';
import { applyEdits, mergeRequest, styleOfPage, type Edit } from '../docs/merge.js';
import { groupOfRequest, readTabs, snippetInclude, type PageTabs, type TabGroup } from '../docs/tabs.js';
import { lineAfterRequest, unifiedDiff } from './audit.js';

export interface InjectOptions {
  readonly schemaFor: SchemaFor;
  readonly languages?: readonly LanguageId[];
  readonly dryRun?: boolean;
  /** the folder of the include files (`<dir>/<lang>/<name>-<lang>-snippets.md`) for every page, instead of where each page looks */
  readonly includesDir?: string;
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
  /** requests whose tabs were left as they are, and why */
  readonly skipped: readonly InjectSkipped[];
  /**
   * include files two requests of the run would write with different snippets (requests of the
   * same name on two pages): the first request's snippet is written, the other is reported here
   */
  readonly conflicts: readonly InjectConflict[];
}

export interface InjectConflict {
  readonly file: string;
  /** the request whose snippet the file holds: `name (page:line)` */
  readonly owner: string;
  readonly page: string;
  readonly name: string;
  readonly line: number;
}

export interface InjectSkipped {
  readonly page: string;
  readonly name: string;
  readonly line: number;
  readonly reason: string;
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

/** A file's text, or null when there is none (synchronous: a run reads thousands of small files, and the promise calls spend most of their time idle). */
function readOr(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The folder of a page's snippet include files: the one its existing references point to (the
 * most used), else `<version>/includes/snippets` for a page in `<version>/api/`, else
 * `<root>/includes/snippets`.
 */
export function snippetFolderOf(page: string, root: string, tabs: PageTabs): string {
  const counts = new Map<string, number>();
  for (const ref of tabs.includes) {
    const m = /^(.*?)snippets\/([^/]+)\/[^/]+-snippets\.md$/i.exec(ref.target);
    if (m === null || /^[a-z]+:/i.test(ref.target)) continue;
    const folder = path.resolve(path.dirname(page), `${m[1]!}snippets`);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [folder, n] of counts) if (best === null || n > counts.get(best)!) best = folder;
  if (best !== null) return best;
  const dir = path.dirname(path.resolve(page));
  if (path.basename(dir).toLowerCase() === 'api') return path.join(path.dirname(dir), 'includes', 'snippets');
  return path.join(path.resolve(root), 'includes', 'snippets');
}

/**
 * The base name a group's snippet references already use in the page's snippet folder
 * (`<folder>/<lang>/<base>-<lang>-snippets.md`, the most used), so that a request keeps the
 * include file names its page has; null when none does.
 */
export function baseNameInGroup(group: TabGroup, page: string, folder: string): string | null {
  const counts = new Map<string, number>();
  for (const tab of group.tabs) {
    const ref = tab.language !== null ? snippetInclude(tab) : null;
    if (ref === null || tab.language === null) continue;
    const file = path.resolve(path.dirname(page), ref.target);
    const suffix = `-${tab.language}-snippets.md`;
    if (path.dirname(file) !== path.join(folder, tab.language) || !path.basename(file).endsWith(suffix)) continue;
    const base = path.basename(file).slice(0, -suffix.length);
    if (base !== '') counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [base, n] of counts) if (best === null || n > counts.get(best)!) best = base;
  return best;
}

export async function injectDocs(root: string, options: InjectOptions): Promise<InjectReport> {
  const languages = options.languages ?? LANGUAGE_IDS;
  const writer = new AtomicWriter();
  const write = options.write ?? ((file: string, text: string): Promise<WriteOutcome> => Promise.resolve(writer.write(file, text)));
  const pages: string[] = [];
  await pagesUnder(root, root, pages);
  const changes: InjectChange[] = [];
  const skipped: InjectSkipped[] = [];
  const conflicts: InjectConflict[] = [];
  /** the include files of the run: their text and the request that wrote it */
  const written = new Map<string, { text: string; owner: string }>();
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    const result = renderPageSync(text, page, options.schemaFor, { languages });
    if (result.requests.length === 0) continue;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const tabs = readTabs(lines);
    const style = styleOfPage(lines, tabs);
    const folder = options.includesDir !== undefined ? path.resolve(options.includesDir) : snippetFolderOf(page, root, tabs);
    const files: { file: string; text: string }[] = [];
    const edits: Edit[] = [];
    const claimed = new Map<TabGroup, string>();
    for (const { raw, typed, snippets } of result.requests) {
      if (typed === null) continue;
      const span = { annotation: raw.annotation.place.line - 1, after: lineAfterRequest(raw) };
      const found = groupOfRequest(tabs, lines, span);
      const base = (found !== null ? baseNameInGroup(found.group, page, folder) : null) ?? includeBaseName(typed.name);
      const includes: { language: LanguageId; href: string }[] = [];
      for (const { language, code } of snippets) {
        if (code === null) continue;
        const file = path.join(folder, language, `${base}-${language}-snippets.md`);
        const text = includeFileText(languageById(language).fenceTag, code);
        const before = written.get(file);
        if (before === undefined) {
          written.set(file, { text, owner: `${raw.name} (${page}:${raw.annotation.place.line})` });
          files.push({ file, text });
        } else if (before.text !== text) {
          conflicts.push({ file, owner: before.owner, page, name: raw.name, line: raw.annotation.place.line });
        }
        includes.push({ language, href: path.relative(path.dirname(path.resolve(page)), file).split(path.sep).join('/') });
      }
      const outcome = mergeRequest(lines, tabs, span, base, includes, style);
      const line = raw.annotation.place.line;
      if (outcome.kind === 'skipped') {
        skipped.push({ page, name: raw.name, line, reason: outcome.reason });
        continue;
      }
      if (outcome.group !== null) {
        const owner = claimed.get(outcome.group);
        if (owner !== undefined) {
          skipped.push({ page, name: raw.name, line, reason: `its tab group is the group of request '${owner}'` });
          continue;
        }
        claimed.set(outcome.group, raw.name);
      }
      edits.push(...outcome.edits);
    }
    files.sort((a, b) => (a.file < b.file ? -1 : 1));
    files.push({ file: page, text: applyEdits(lines, edits).join(eol) });
    for (const { file, text: next } of files) {
      const old = readOr(file);
      if (old === next) continue;
      const diff = unifiedDiff(old ?? '', next, old === null ? '/dev/null' : file, file);
      const outcome: WriteOutcome = options.dryRun ? (old === null ? 'created' : 'updated') : await write(file, next);
      changes.push({ file, outcome, diff });
    }
  }
  return { changes, skipped, conflicts };
}
