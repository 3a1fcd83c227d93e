import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../../generator/commands/generate.js';
import { loadSchemas, type LoadedSchemas } from '../../generator/commands/schemas.js';
import { formatMessage } from '../../generator/diagnostics/report.js';
import type { GeneratedPage } from '../../generator/commands/generate.js';

let schemas: LoadedSchemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

const PAGE = (name: string) => `# Page

<!-- { "blockType": "request", "name": "${name}" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/users/{user-id}?$select=displayName
\`\`\`
`;

function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out.push(path.relative(dir, path.join(d, e.name)));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

describe('snipgen generate', () => {
  test('writes include files, is idempotent, and prunes stale files only when asked', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'snipgen-generate-'));
    const pages = path.join(root, 'pages');
    const out = path.join(root, 'out');
    mkdirSync(pages);
    writeFileSync(path.join(pages, 'a.md'), PAGE('get_user_Select'));
    const pagesSeen: GeneratedPage[] = [];
    const first = await generate({ inputs: [pages], out, languages: ['python', 'csharp'], schemaFor: schemas.schemaFor, prune: false }, (p) => pagesSeen.push(p));
    expect(pagesSeen).toHaveLength(1);
    const rendered = [...first.perLanguage.values()].reduce((a, c) => a + c.rendered, 0);
    expect(first.writes).toEqual({ created: rendered, updated: 0, unchanged: 0 });
    const files = tree(out);
    expect(files).toHaveLength(rendered);
    for (const f of files) {
      expect(f).toMatch(/^(python|csharp)\/get-user-select-(python|csharp)-snippets\.md$/);
      expect(readFileSync(path.join(out, f), 'utf8')).toMatch(/^---\ndescription: "Automatically generated file\. DO NOT MODIFY"\n---\n\n```(python|csharp)\n\n/);
    }
    const second = await generate({ inputs: [pages], out, languages: ['python', 'csharp'], schemaFor: schemas.schemaFor, prune: false }, () => undefined);
    expect(second.writes).toEqual({ created: 0, updated: 0, unchanged: rendered });

    mkdirSync(path.join(out, 'python'), { recursive: true });
    writeFileSync(path.join(out, 'python', 'old-name-python-snippets.md'), 'stale');
    writeFileSync(path.join(out, 'python', 'notes.md'), 'not ours');
    await generate({ inputs: [pages], out, languages: ['python'], schemaFor: schemas.schemaFor, prune: false }, () => undefined);
    expect(existsSync(path.join(out, 'python', 'old-name-python-snippets.md'))).toBe(true);
    const pruned = await generate({ inputs: [pages], out, languages: ['python'], schemaFor: schemas.schemaFor, prune: true }, () => undefined);
    expect(pruned.removed).toEqual([path.join(out, 'python', 'old-name-python-snippets.md')]);
    expect(existsSync(path.join(out, 'python', 'notes.md'))).toBe(true);
  });

  test('two requests with the same include-file name: the second is reported and not written', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'snipgen-generate-'));
    writeFileSync(path.join(root, 'a.md'), PAGE('same_name'));
    writeFileSync(path.join(root, 'b.md'), PAGE('Same-Name'));
    const messages: string[] = [];
    await generate({ inputs: [root], out: path.join(root, 'out'), languages: ['python'], schemaFor: schemas.schemaFor, prune: false }, (p) =>
      messages.push(...p.file.messages.filter((m) => m.source === 'render' && m.ruleId === 'duplicate-name').map((m) => formatMessage(m, path.basename(p.file.path)))),
    );
    expect(messages).toEqual([
      `b.md:5:1: error request 'Same-Name' has the include-file name 'same-name' of the request at ${path.join(root, 'a.md')}:5:1; it is not written [render:duplicate-name]`,
    ]);
  });

  test('a missing input is returned, not thrown', async () => {
    const result = await generate({ inputs: ['/nonexistent/snipgen'], out: os.tmpdir(), languages: ['python'], schemaFor: schemas.schemaFor, prune: false }, () => undefined);
    expect(result.missing).toEqual(['/nonexistent/snipgen']);
  });
});
