/**
 * Golden pages for `generate --inject` merging into the tab groups pages already have: English
 * headings, anchored (localized) headings, a partial group with another include folder and a
 * stale reference, a group holding only an Objective-C tab, a page whose second request has no
 * group. Each `test/inject/pages/<case>/input.md` is injected as `v1.0/api/<case>.md` of a
 * temporary tree; `expected.md` is the page after, `written.txt` the files the run wrote.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAudit } from '../../generator/commands/audit.js';
import { injectDocs } from '../../generator/commands/inject.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import type { SchemaFor } from '../../generator/pipeline.js';
import { expectGolden } from '../support/golden.js';
import { REPO_ROOT } from '../support/shared.js';
import { includeLines, onlyTabLinesAdded } from '../support/tab-scan.js';

const PAGES = path.join(REPO_ROOT, 'test', 'inject', 'pages');
const CASES = ['english', 'anchored', 'partial', 'objc', 'no-group'];

let schemaFor: SchemaFor;
const roots: string[] = [];
beforeAll(async () => {
  schemaFor = (await loadSchemas()).schemaFor;
});
afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

async function injected(name: string): Promise<{ root: string; page: string; input: string; output: string; written: string[] }> {
  const input = await readFile(path.join(PAGES, name, 'input.md'), 'utf8');
  const root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-pages-'));
  roots.push(root);
  const page = path.join(root, 'v1.0', 'api', `${name}.md`);
  await mkdir(path.dirname(page), { recursive: true });
  await writeFile(page, input);
  const report = await injectDocs(root, { schemaFor });
  const written = report.changes.map((c) => `${c.outcome} ${path.relative(root, c.file).split(path.sep).join('/')}`);
  const again = await injectDocs(root, { schemaFor });
  expect(again.changes).toEqual([]);
  return { root, page, input, output: await readFile(page, 'utf8'), written };
}

describe.each(CASES)('%s', (name) => {
  test('the page after inject, the files written; a second run changes nothing', async () => {
    const { input, output, written } = await injected(name);
    expectGolden(path.join(PAGES, name, 'expected.md'), output);
    expectGolden(path.join(PAGES, name, 'written.txt'), written.join('\n') + '\n');
    // each group holds each tab id once; one HTTP heading per request
    for (const block of output.split(/^---$/m)) {
      const ids = [...block.matchAll(/\]\(#tab\/([^)]+)\)$/gm)].map((m) => m[1]);
      expect(ids).toEqual([...new Set(ids)]);
    }
    // only tab lines are added (partial: its stale Go reference is updated in place)
    expect(onlyTabLinesAdded(name === 'partial' ? input.replace('old-name-go', 'update-user-go') : input, output)).toBeNull();
    for (const line of includeLines(input)) if (!line.includes('old-name')) expect(output).toContain(line);
  });
});

test('an anchored (localized) page and its English twin give the same audit verdicts', async () => {
  const english = await injected('english');
  const anchored = await injected('anchored');
  const verdicts = async (root: string) =>
    (await runAudit(root, { schemaFor, languages: ['csharp', 'javascript', 'python'] })).requests.map((r) => ({
      snippets: r.snippets.map((s) => `${s.language} ${s.verdict} ${path.relative(root, s.file)}`),
      missing: r.missing,
      tabs: r.tabs?.map((t) => t.id),
    }));
  const a = await verdicts(english.root);
  expect(a).toEqual(await verdicts(anchored.root));
  expect(a[0]!.tabs).toEqual(['http', 'csharp', 'cli', 'go', 'javascript', 'objc', 'java', 'php', 'powershell', 'python']);
});

test('include files go under an explicit folder when one is given', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-pages-'));
  roots.push(root);
  await mkdir(path.join(root, 'docs'), { recursive: true });
  await writeFile(path.join(root, 'docs', 'page.md'), await readFile(path.join(PAGES, 'objc', 'input.md'), 'utf8'));
  await injectDocs(root, { schemaFor, languages: ['go'], includesDir: path.join(root, 'out') });
  expect(await readdir(path.join(root, 'out', 'go'))).toEqual(['delete-user-go-snippets.md']);
  expect(await readFile(path.join(root, 'docs', 'page.md'), 'utf8')).toContain('[!INCLUDE [sample-code](../out/go/delete-user-go-snippets.md)]');
});
