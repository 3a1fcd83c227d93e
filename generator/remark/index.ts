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
import { VFile } from 'vfile';
import { loadSchemas } from '../commands/schemas.js';
import { LANGUAGE_IDS, languageById, type LanguageId } from '../languages/index.js';
import { processPageText, type SchemaFor } from '../pipeline.js';
import { renderSnippet, reportRenderIssues } from '../render/render.js';
import { loadSchema, Schema } from '../schema/schema.js';

export interface SnipgenRemarkOptions {
  readonly languages?: readonly LanguageId[];
  readonly schema?: Schema | string;
  readonly tabs?: 'docs' | 'plain';
  readonly headingDepth?: 1 | 2 | 3 | 4 | 5 | 6;
}

function schemaLoader(schema: Schema | string | undefined): () => Promise<SchemaFor> {
  let loaded: Promise<SchemaFor> | null = null;
  return () => {
    loaded ??= (async (): Promise<SchemaFor> => {
      if (schema instanceof Schema) return () => schema;
      if (typeof schema === 'string') {
        const s = loadSchema(schema, new VFile({ path: schema }));
        return () => s;
      }
      return (await loadSchemas()).schemaFor;
    })();
    return loaded;
  };
}

export default function snipgen(options: SnipgenRemarkOptions = {}): Transformer<Root, Root> {
  const languages = options.languages ?? LANGUAGE_IDS;
  const style = options.tabs ?? 'docs';
  const depth = options.headingDepth ?? (style === 'docs' ? 1 : 4);
  const schemas = schemaLoader(options.schema);
  return async (tree, file) => {
    const schemaFor = await schemas();
    const page = processPageText(file.path || 'page.md', String(file.value), schemaFor);
    const byFenceLine = new Map<number, (typeof page.typed)[number]>();
    for (const raw of page.raw) {
      const typed = page.typed.find((t) => t.name === raw.name && t.place.line >= raw.annotation.place.line);
      if (typed) byFenceLine.set(raw.fence.place.line, typed);
    }
    const visit = (parent: Parent): void => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i] as Nodes;
        if (node.type === 'code') {
          const typed = byFenceLine.get(node.position?.start.line ?? -1);
          if (!typed) continue;
          const inserted: RootContent[] = [];
          for (const language of languages) {
            const snippet = renderSnippet(language, typed);
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
