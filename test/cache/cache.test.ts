/**
 * The incremental cache: an unchanged page is replayed from its entry (same files, same
 * messages); a changed page, schema or language list misses; an entry that is corrupt, of
 * another key, or not shaped like an outcome is ignored and the page is processed again.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutcomeCache } from '../../generator/cache/cache.js';
import { generate, type GenerateOptions } from '../../generator/commands/generate.js';
import { loadSchemas, type LoadedSchemas } from '../../generator/commands/schemas.js';
import { formatMessage } from '../../generator/diagnostics/report.js';
import type { LanguageId } from '../../generator/languages/index.js';

let schemas: LoadedSchemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

const PAGE = (name: string, select: string) => `# Page

<!-- { "blockType": "request", "name": "${name}" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/users/{user-id}?$select=${select}
\`\`\`

<!-- { "blockType": "request", "name": "${name}_bad" } -->
\`\`\`http
PATCH https://graph.microsoft.com/v1.0/me
Content-type: application/json

{ "noSuchProperty": 1 }
\`\`\`
`;

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out[path.relative(dir, path.join(d, e.name))] = readFileSync(path.join(d, e.name), 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return Object.fromEntries(Object.entries(out).sort());
}

function setup() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'snipgen-cache-'));
  const pages = path.join(root, 'pages');
  const cacheDir = path.join(root, 'cache');
  mkdirSync(pages);
  const page = (name: string, text: string) => {
    const p = path.join(pages, name);
    writeFileSync(p, text);
    return p;
  };
  page('a.md', PAGE('get_a', 'displayName'));
  page('b.md', PAGE('get_b', 'id'));
  const run = async (extra: Partial<GenerateOptions> = {}, languages: LanguageId[] = ['python', 'go']) => {
    const out = path.join(root, 'out');
    const messages: string[] = [];
    const report = await generate(
      { inputs: [pages], out, languages, schemaFor: schemas.schemaFor, prune: false, cache: { dir: cacheDir, schemaKey: schemas.sources.join('+') }, ...extra },
      (p) => messages.push(...p.file.messages.map((m) => formatMessage(m, path.basename(p.file.path)))),
    );
    return { report, messages, files: files(out) };
  };
  return { root, pages, cacheDir, page, run };
}

function cacheFiles(dir: string): string[] {
  return Object.keys(files(dir)).map((f) => path.join(dir, f));
}

describe('the generate cache', () => {
  test('a second run replays every page: same files, same messages; a changed page misses', async () => {
    const { run, page, cacheDir } = setup();
    const cold = await run();
    expect(cold.report.cache).toEqual({ hits: 0, misses: 2, ignored: 0 });
    expect(cold.messages.some((m) => m.includes('noSuchProperty'))).toBe(true);
    expect(cacheFiles(cacheDir)).toHaveLength(2);
    const warm = await run();
    expect(warm.report.cache).toEqual({ hits: 2, misses: 0, ignored: 0 });
    expect(warm.messages).toEqual(cold.messages);
    expect(warm.files).toEqual(cold.files);
    expect(warm.report.perLanguage).toEqual(cold.report.perLanguage);
    page('b.md', PAGE('get_b', 'mail'));
    const changed = await run();
    expect(changed.report.cache).toEqual({ hits: 1, misses: 1, ignored: 0 });
    expect(changed.files['python/get-b-python-snippets.md']).toContain('mail');
  });

  test('other languages or another schema key miss; no cache option reads and writes nothing', async () => {
    const { run, cacheDir } = setup();
    await run();
    expect((await run({}, ['python'])).report.cache).toEqual({ hits: 0, misses: 2, ignored: 0 });
    expect((await run({ cache: { dir: cacheDir, schemaKey: 'csdl:other#sha256:00' } })).report.cache).toEqual({ hits: 0, misses: 2, ignored: 0 });
    const before = cacheFiles(cacheDir).length;
    expect((await run({ cache: null })).report.cache).toBeNull();
    expect(cacheFiles(cacheDir)).toHaveLength(before);
  });

  test.each([
    ['not JSON', () => '{"format": "snipgen-gen'],
    ['another key', (text: string) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`)],
    ['another format', (text: string) => text.replace('snipgen-generate-cache/1', 'something-else/1')],
    ['a snippet in a language the run does not have', (text: string) => text.replace(/"language":"go"/, '"language":"csharp"')],
    ['an issue with a rule id not in the catalogue', (text: string) => text.replace(/"issues":\[\]/, '"issues":[{"ruleId":"render:made-up","message":"x","place":{"line":1,"column":1,"offset":0}}]')],
    ['another page path', (text: string) => text.replace(/"path":"[^"]*"/, '"path":"/elsewhere/a.md"')],
  ])('an entry that is %s is ignored: the page is processed again, with the same output', async (_what, corrupt) => {
    const { run, cacheDir } = setup();
    const cold = await run();
    const entries = cacheFiles(cacheDir);
    for (const entry of entries) {
      const text = readFileSync(entry, 'utf8');
      const bad = corrupt(text);
      expect(bad).not.toBe(text);
      writeFileSync(entry, bad);
    }
    const again = await run();
    expect(again.report.cache).toEqual({ hits: 0, misses: 2, ignored: 2 });
    expect(again.files).toEqual(cold.files);
    expect(again.messages).toEqual(cold.messages);
    // and the entries were rewritten: the next run hits
    expect((await run()).report.cache).toEqual({ hits: 2, misses: 0, ignored: 0 });
  });

  test('a key depends on the page path and text', () => {
    const cache = new OutcomeCache('/nowhere', 'schema', ['python']);
    const key = cache.key('a.md', 'text');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.key('a.md', 'text')).toBe(key);
    expect(cache.key('b.md', 'text')).not.toBe(key);
    expect(cache.key('a.md', 'text2')).not.toBe(key);
    expect(new OutcomeCache('/nowhere', 'schema2', ['python']).key('a.md', 'text')).not.toBe(key);
  });
});
