/**
 * `import snipgen from 'snipgen/remark'`: a unified plugin for a docs site's own build. Mdast in,
 * mdast out: after the code node of each annotated request it inserts, per language, a tab heading
 * and a code node with the snippet snipgen generates, then a thematic break that closes the tabs
 * (the Graph docs' tab layout). Diagnostics (extract, schema, render) land on the file's messages.
 *
 * Options: `languages` (default all eight), `schema` (a loaded Schema, or a CSDL/saved-schema path;
 * default the embedded v1.0/beta models, loaded once per processor), `tabs` (`'docs'`:
 * `# [C#](#tab/csharp)` headings and a closing `---`; `'plain'`: `#### C#` headings, no break;
 * `headingDepth`, default 1 for docs and 4 for plain).
 */
import type { Code, Heading, Nodes, Parent, Root, RootContent, ThematicBreak } from 'mdast';
import type { Transformer } from 'unified';
import { LANGUAGE_IDS, languageById, schemaForOption, type LanguageId, type RenderedRequest, type SchemaFor } from '../index.js';
import { renderPageText } from '../pipeline.js';
import { reportRenderIssues } from '../render/render.js';
import type { Schema } from '../schema/schema.js';

export interface SnipgenRemarkOptions {
  readonly languages?: readonly LanguageId[];
  readonly schema?: Schema | string;
  readonly tabs?: 'docs' | 'plain';
  readonly headingDepth?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** The processor's schemas, loaded at its first page. */
function schemaLoader(schema: Schema | string | undefined): () => Promise<SchemaFor> {
  let loaded: Promise<SchemaFor> | null = null;
  return () => (loaded ??= schemaForOption(schema));
}

export default function snipgen(options: SnipgenRemarkOptions = {}): Transformer<Root, Root> {
  const languages = options.languages ?? LANGUAGE_IDS;
  const style = options.tabs ?? 'docs';
  const depth = options.headingDepth ?? (style === 'docs' ? 1 : 4);
  const schemas = schemaLoader(options.schema);
  return async (tree, file) => {
    const schemaFor = await schemas();
    const page = renderPageText(file.path || 'page.md', String(file.value), schemaFor, { languages });
    const byFenceLine = new Map<number, RenderedRequest>();
    for (const request of page.examples) if (request.typed !== null) byFenceLine.set(request.raw.fence.place.line, request);
    const visit = (parent: Parent): void => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i] as Nodes;
        if (node.type === 'code') {
          const request = byFenceLine.get(node.position?.start.line ?? -1);
          if (!request) continue;
          const inserted: RootContent[] = [];
          for (const snippet of request.snippets) {
            const language = snippet.language;
            reportRenderIssues(page.file, snippet);
            if (snippet.code === null) continue;
            const { tabTitle: title, tabId } = languageById(language);
            const heading: Heading = {
              type: 'heading',
              depth,
              children: style === 'docs' ? [{ type: 'link', url: `#tab/${tabId}`, children: [{ type: 'text', value: title }] }] : [{ type: 'text', value: title }],
            };
            const code: Code = { type: 'code', lang: languageById(language).fenceTag, value: snippet.code.replace(/\n$/, '') };
            inserted.push(heading, code);
          }
          if (inserted.length > 0 && style === 'docs') inserted.push({ type: 'thematicBreak' } satisfies ThematicBreak);
          parent.children.splice(i + 1, 0, ...(inserted as typeof parent.children));
          i += inserted.length;
        } else if ('children' in node) visit(node as Parent);
      }
    };
    visit(tree);
    for (const m of page.file.messages) file.messages.push(m);
  };
}
