/**
 * `snipgen generate`: every request of the pages → one include file per language
 * (`<out>/<lang>/<name>-<lang>-snippets.md`), written atomically and only when changed; with
 * `prune`, include files in `<out>` that the run did not produce are removed (stale outputs of
 * renamed requests). Returns data; the CLI prints.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { report } from '../diagnostics/report.js';
import { writeFileAtomic, type WriteOutcome } from '../fs/atomic.js';
import { languageById, type LanguageId } from '../languages/index.js';
import { findPages } from '../pages.js';
import { processPage, type PageResult, type SchemaFor } from '../pipeline.js';
import { includeBaseName, includeFileName, includeFileText } from '../render/include.js';
import { renderSnippet, reportRenderIssues } from '../render/render.js';

export interface GenerateOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly languages: readonly LanguageId[];
  readonly schemaFor: SchemaFor;
  readonly prune: boolean;
}

export interface LanguageCounts {
  rendered: number;
  notRendered: number;
}

export interface GenerateReport {
  readonly missing: readonly string[];
  readonly perLanguage: ReadonlyMap<LanguageId, LanguageCounts>;
  readonly writes: Readonly<Record<WriteOutcome, number>>;
  readonly removed: readonly string[];
}

export async function generate(options: GenerateOptions, onPage: (page: PageResult) => void): Promise<GenerateReport> {
  const { pages, missing } = await findPages(options.inputs);
  const perLanguage = new Map<LanguageId, LanguageCounts>(options.languages.map((l) => [l, { rendered: 0, notRendered: 0 }]));
  const writes: Record<WriteOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  const produced = new Set<string>();
  const owners = new Map<string, string>();
  for (const pagePath of pages) {
    const page = await processPage(pagePath, options.schemaFor);
    for (const request of page.typed) {
      const base = includeBaseName(request.name);
      const owner = owners.get(base);
      const here = `${request.file}:${request.place.line}:${request.place.column}`;
      if (owner !== undefined) {
        report(page.file, 'render:duplicate-name', `request '${request.name}' has the include-file name '${base}' of the request at ${owner}; it is not written`, request.place);
        continue;
      }
      owners.set(base, here);
      for (const language of options.languages) {
        const snippet = renderSnippet(language, request);
        reportRenderIssues(page.file, snippet);
        const counts = perLanguage.get(language)!;
        if (snippet.code === null) {
          counts.notRendered += 1;
          continue;
        }
        counts.rendered += 1;
        const target = path.join(options.out, language, includeFileName(request.name, language));
        produced.add(path.resolve(target));
        writes[await writeFileAtomic(target, includeFileText(languageById(language).fenceTag, snippet.code))] += 1;
      }
    }
    onPage(page);
  }
  const removed = options.prune ? await prune(options.out, options.languages, produced) : [];
  return { missing, perLanguage, writes, removed };
}

async function prune(out: string, languages: readonly LanguageId[], produced: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const language of languages) {
    const dir = path.join(out, language);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const full = path.resolve(dir, name);
      if (name.endsWith(`-${language}-snippets.md`) && !produced.has(full)) {
        await rm(full);
        removed.push(path.join(dir, name));
      }
    }
  }
  return removed;
}
