/**
 * Worker threads and shards change nothing in what a run produces: the same include files, the
 * same messages in the same order, the same counts as a run in one thread.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate, shardPages, type GenerateOptions, type GenerateReport } from '../../generator/commands/generate.js';
import { loadSchemas, type LoadedSchemas } from '../../generator/commands/schemas.js';
import { formatMessage } from '../../generator/diagnostics/report.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';
import { REPO_ROOT } from '../support/shared.js';

let schemas: LoadedSchemas;
let pages: string;
beforeAll(async () => {
  schemas = await loadSchemas();
  // The committed input pages, plus a page whose request takes the include-file name of one of
  // theirs (reported on the later page in sorted order, whichever thread finishes first).
  pages = mkdtempSync(path.join(os.tmpdir(), 'snipgen-parallel-pages-'));
  cpSync(path.join(REPO_ROOT, 'specs'), pages, { recursive: true });
  const first = readFileSync(path.join(REPO_ROOT, 'specs', 'users', readdirSync(path.join(REPO_ROOT, 'specs', 'users')).sort()[0]!), 'utf8');
  writeFileSync(path.join(pages, 'zz-duplicate.md'), first);
});

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out[path.relative(dir, path.join(d, e.name))] = readFileSync(path.join(d, e.name), 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

async function run(extra: Partial<GenerateOptions>): Promise<{ out: string; messages: string[]; report: GenerateReport }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'snipgen-parallel-out-'));
  const messages: string[] = [];
  const report = await generate({ inputs: [pages], out, languages: LANGUAGE_IDS, schemaFor: schemas.schemaFor, prune: false, ...extra }, (page) =>
    messages.push(...page.file.messages.map((m) => formatMessage(m, path.relative(pages, page.file.path)))),
  );
  return { out, messages, report };
}

describe('generate with worker threads', () => {
  test('two workers write the same files and report the same messages, in the same order, as one thread', async () => {
    const single = await run({ jobs: 1 });
    const parallel = await run({ jobs: 2 });
    expect(single.messages.some((m) => m.includes('[render:duplicate-name]'))).toBe(true);
    expect(Object.keys(tree(single.out)).length).toBeGreaterThan(50);
    expect(tree(parallel.out)).toEqual(tree(single.out));
    expect(parallel.messages).toEqual(single.messages);
    expect({ ...parallel.report, files: parallel.report.files.map((f) => path.relative(parallel.out, f)) }).toEqual({
      ...single.report,
      files: single.report.files.map((f) => path.relative(single.out, f)),
    });
  });

  test('the shards of a run split its pages and together write what the whole run writes', async () => {
    const whole = await run({ jobs: 1 });
    const out = mkdtempSync(path.join(os.tmpdir(), 'snipgen-parallel-shards-'));
    let pagesSeen = 0;
    for (const index of [1, 2, 3]) {
      const shard = await generate({ inputs: [pages], out, languages: LANGUAGE_IDS, schemaFor: schemas.schemaFor, prune: false, jobs: 2, shard: { index, count: 3 } }, () => undefined);
      pagesSeen += shard.pages;
    }
    expect(pagesSeen).toBe(whole.report.pages);
    // a request and its copy may fall in different shards: both write the same file (merge reports it)
    expect(tree(out)).toEqual(tree(whole.out));
  });

  test('shardPages keeps every count-th page from index - 1', () => {
    const list = ['a', 'b', 'c', 'd', 'e'];
    expect([1, 2].map((index) => shardPages(list, { index, count: 2 }))).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
    expect(shardPages(list)).toEqual(list);
  });
});

describe('check with worker threads', () => {
  test('two workers give the same verdicts, findings and table, in the same order, as one thread', async () => {
    const { runCheck } = await import('../../generator/commands/check.js');
    // include files (the committed output/), bare snippets with findings, and docs pages
    const extra = mkdtempSync(path.join(os.tmpdir(), 'snipgen-parallel-check-'));
    writeFileSync(path.join(extra, 'bad.go'), 'func := 1\n');
    writeFileSync(path.join(extra, 'bad.py'), 'print(undefined_name)\n');
    const inputs = [path.join(REPO_ROOT, 'output'), extra, path.join(REPO_ROOT, 'specs', 'users'), path.join(extra, 'missing')];
    const single = await runCheck(inputs, { jobs: 1 });
    const parallel = await runCheck(inputs, { jobs: 2 });
    expect(single.files.length).toBeGreaterThan(100);
    expect(single.files.some((f) => !f.valid)).toBe(true);
    expect(single.missing).toEqual([path.join(extra, 'missing')]);
    expect(parallel).toEqual(single);
  });
});
