import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { injectDocs } from '../../generator/commands/inject.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { writeFileAtomic } from '../../generator/fs/atomic.js';
import type { SchemaFor } from '../../generator/pipeline.js';
import { onlyTabLinesAdded } from '../support/tab-scan.js';

const WITH_HEADING = [
  '# Get user',
  '',
  'Some prose that must stay as it is.  ',
  '',
  '# [HTTP](#tab/http)',
  '<!-- {',
  '  "blockType": "request",',
  '  "name": "get_user"',
  '}-->',
  '```http',
  'GET https://graph.microsoft.com/v1.0/users/{id}',
  '```',
  '',
  '### Response',
  '',
  'Text after.',
  '',
].join('\n');

const WITHOUT_HEADING = [
  '# Update user',
  '<!-- { "blockType": "request", "name": "update_user" } -->',
  '```http',
  'PATCH https://graph.microsoft.com/v1.0/users/{id}',
  'Content-Type: application/json',
  '',
  '{ "displayName": "Megan" }',
  '```',
  'Trailing paragraph.',
  '',
  '<!-- { "blockType": "request", "name": "handwritten" } -->',
  '```http',
  'GET https://graph.microsoft.com/v1.0/me',
  '```',
  '# [C#](#tab/csharp)',
  '[!INCLUDE [sample-code](../includes/snippets/csharp/handwritten-csharp-snippets.md)]',
  '',
  '---',
  '',
].join('\n');

async function tree(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-inject-'));
  await mkdir(path.join(root, 'api'), { recursive: true });
  await writeFile(path.join(root, 'api', 'user-get.md'), WITH_HEADING);
  await writeFile(path.join(root, 'api', 'user-update.md'), WITHOUT_HEADING);
  return root;
}

async function snapshot(root: string, dir = root, into: Record<string, string> = {}): Promise<Record<string, string>> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await snapshot(root, full, into);
    else into[path.relative(root, full)] = await readFile(full, 'utf8');
  }
  return into;
}

/** The page text with the owned blocks taken out. */
function outsideBlocks(text: string): string {
  return text.replace(/<!-- snipgen:begin [^\n]*-->\n[\s\S]*?<!-- snipgen:end -->\n/g, '');
}

let schemaFor: SchemaFor;
const roots: string[] = [];
beforeAll(async () => {
  schemaFor = (await loadSchemas()).schemaFor;
});
afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

test('writes include files and the owned tab block in the docs layout; hand-written tabs are merged into', async () => {
  const root = await tree();
  roots.push(root);
  const report = await injectDocs(root, { schemaFor, languages: ['csharp', 'python'] });
  const files = await snapshot(root);
  expect(Object.keys(files).sort()).toEqual([
    'api/user-get.md',
    'api/user-update.md',
    'includes/snippets/csharp/get-user-csharp-snippets.md',
    'includes/snippets/csharp/handwritten-csharp-snippets.md',
    'includes/snippets/csharp/update-user-csharp-snippets.md',
    'includes/snippets/python/get-user-python-snippets.md',
    'includes/snippets/python/handwritten-python-snippets.md',
    'includes/snippets/python/update-user-python-snippets.md',
  ]);
  expect(files['api/user-get.md']).toBe(
    WITH_HEADING.replace(
      '```\n\n### Response',
      [
        '```',
        '<!-- snipgen:begin get-user -->',
        '# [C#](#tab/csharp)',
        '',
        '[!INCLUDE [sample-code](../includes/snippets/csharp/get-user-csharp-snippets.md)]',
        '',
        '# [Python](#tab/python)',
        '',
        '[!INCLUDE [sample-code](../includes/snippets/python/get-user-python-snippets.md)]',
        '',
        '---',
        '<!-- snipgen:end -->',
        '',
        '### Response',
      ].join('\n'),
    ),
  );
  // the hand-written group gains the HTTP heading and the Python tab, in its own form; the request
  // without a group gets one in that form too (no blank line after the heading, no markers)
  expect(files['api/user-update.md']).toBe(
    WITHOUT_HEADING.replace('# Update user\n', '# Update user\n# [HTTP](#tab/http)\n')
      .replace(
        '```\nTrailing paragraph.',
        [
          '```',
          '# [C#](#tab/csharp)',
          '[!INCLUDE [sample-code](../includes/snippets/csharp/update-user-csharp-snippets.md)]',
          '',
          '# [Python](#tab/python)',
          '[!INCLUDE [sample-code](../includes/snippets/python/update-user-python-snippets.md)]',
          '',
          '---',
          'Trailing paragraph.',
        ].join('\n'),
      )
      .replace('\n<!-- { "blockType": "request", "name": "handwritten" } -->', '\n# [HTTP](#tab/http)\n<!-- { "blockType": "request", "name": "handwritten" } -->')
      .replace(
        'handwritten-csharp-snippets.md)]\n\n---',
        'handwritten-csharp-snippets.md)]\n\n# [Python](#tab/python)\n[!INCLUDE [sample-code](../includes/snippets/python/handwritten-python-snippets.md)]\n\n---',
      ),
  );
  expect(report.skipped).toEqual([]);
});

test('text outside the groups is byte-identical', async () => {
  const root = await tree();
  roots.push(root);
  await injectDocs(root, { schemaFor });
  const get = await readFile(path.join(root, 'api', 'user-get.md'), 'utf8');
  const update = await readFile(path.join(root, 'api', 'user-update.md'), 'utf8');
  expect(get).not.toBe(WITH_HEADING);
  expect(outsideBlocks(get)).toBe(WITH_HEADING);
  expect(onlyTabLinesAdded(WITHOUT_HEADING, update)).toBeNull();
  expect(update.match(/^# \[HTTP\]\(#tab\/http\)$/gm)).toHaveLength(2);
});

test('idempotent: a second run changes nothing', async () => {
  const root = await tree();
  roots.push(root);
  const first = await injectDocs(root, { schemaFor });
  expect(first.changes.length).toBeGreaterThan(0);
  const after = await snapshot(root);
  const second = await injectDocs(root, { schemaFor });
  expect(second.changes).toEqual([]);
  expect(await snapshot(root)).toEqual(after);
});

test('--dry-run writes nothing and returns unified diffs', async () => {
  const root = await tree();
  roots.push(root);
  const before = await snapshot(root);
  const report = await injectDocs(root, { schemaFor, languages: ['go'], dryRun: true });
  expect(await snapshot(root)).toEqual(before);
  const page = report.changes.find((c) => c.file.endsWith('user-get.md'))!;
  expect(page.diff.split('\n').slice(2, 5)).toEqual(['@@ -10,6 +10,13 @@', ' ```http', ' GET https://graph.microsoft.com/v1.0/users/{id}']);
  expect(report.changes.filter((c) => c.file.includes('includes')).every((c) => c.diff.startsWith('--- /dev/null\n'))).toBe(true);
});

test('a run that fails between files leaves every file old or new, none half-written', async () => {
  const done = await tree();
  roots.push(done);
  await injectDocs(done, { schemaFor });
  const finished = await snapshot(done);
  for (const n of [0, 1, 3, 9]) {
    const root = await tree();
    roots.push(root);
    const original = await snapshot(root);
    let written = 0;
    const failing = async (file: string, text: string) => {
      if (written === n) throw new Error('killed');
      written += 1;
      return writeFileAtomic(file, text);
    };
    await expect(injectDocs(root, { schemaFor, write: failing })).rejects.toThrow('killed');
    const now = await snapshot(root);
    for (const [file, text] of Object.entries(now)) {
      expect(text === original[file] || text === finished[file]).toBe(true);
    }
    expect(Object.keys(now).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // a page is written after the include files it references
    for (const page of ['api/user-get.md', 'api/user-update.md']) {
      if (now[page] !== original[page]) for (const m of now[page]!.matchAll(/\(\.\.\/(includes\/[^)]+)\)/g)) expect(now[m[1]!]).toBeDefined();
    }
    // and the run resumes to the finished state
    await injectDocs(root, { schemaFor });
    expect(await snapshot(root)).toEqual(finished);
  }
});
