/**
 * Issue #20: the typed IR and the snippets must not depend on whether a model was just built or
 * read back from the cache. The embedded models are built into an empty temporary cache (the cold
 * path of a fresh machine), every golden case is typed and rendered with them and printed; then
 * the models are loaded back from that cache (the warm path) and everything is printed again:
 * the bytes must be identical. The same holds for the CSDL: read from XML, or from a saved JSON
 * schema. Every model is in the canonical shape (keys sorted at every level) whichever path made it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';
import { renderSnippet } from '../../generator/render/render.js';
import { isCanonical, stableStringify } from '../../generator/schema/canonical.js';
import { readCsdl } from '../../generator/schema/csdl.js';
import { cacheFile, loadEmbeddedSchemaSync } from '../../generator/schema/embedded/index.js';
import { Schema, loadSchema } from '../../generator/schema/schema.js';
import { loadCases } from '../cases/cases.js';
import { REPO_ROOT, sharedPath } from '../support/shared.js';
import { typedPage } from '../support/typed.js';

const cases = loadCases();

/** Every golden case typed with `schemaFor` and rendered in every target, as one text. */
function printAll(schemaFor: (version: 'v1.0' | 'beta') => Schema): string {
  const out: string[] = [];
  for (const c of cases) {
    const page = typedPage(c.input, c.inputPath, schemaFor);
    out.push(`## ${c.id}`, JSON.stringify(page.requests, null, 2));
    for (const m of page.file.messages) out.push(String(m));
    for (const request of page.requests) {
      for (const language of LANGUAGE_IDS) {
        const snippet = renderSnippet(language, request);
        out.push(`### ${language}`, snippet.code ?? '(none)', ...snippet.issues.map((i) => `${i.ruleId}: ${i.message}`));
      }
    }
  }
  return out.join('\n');
}

describe('cold and warm runs print the same bytes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-cold-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('embedded models: built into an empty cache, then loaded back from it', () => {
    const cold = { v1: loadEmbeddedSchemaSync('v1.0', { cacheDir: dir }), beta: loadEmbeddedSchemaSync('beta', { cacheDir: dir }) };
    // the cold path built the models (nothing was cached) and wrote them
    expect(readFileSync(cacheFile('v1.0', { cacheDir: dir }), 'utf8').length).toBeGreaterThan(1000);
    const warm = { v1: loadEmbeddedSchemaSync('v1.0', { cacheDir: dir }), beta: loadEmbeddedSchemaSync('beta', { cacheDir: dir }) };
    expect(warm.v1).not.toBe(cold.v1); // really read back, not the same object
    for (const model of [cold.v1, cold.beta, warm.v1, warm.beta]) expect(isCanonical(model)).toBe(true);

    const coldSchemas = { 'v1.0': new Schema(cold.v1), beta: new Schema(cold.beta) };
    const warmSchemas = { 'v1.0': new Schema(warm.v1), beta: new Schema(warm.beta) };
    const coldText = printAll((v) => coldSchemas[v]);
    const warmText = printAll((v) => warmSchemas[v]);
    expect(coldText.length).toBeGreaterThan(10_000);
    expect(warmText).toBe(coldText);
  });

  test('the CSDL: read from XML, or from the saved JSON schema', () => {
    const csdlFile = sharedPath('schemas', 'graph-v1.0.csdl');
    if (csdlFile === null) return; // ../shared missing outside CI: sharedPath warned loudly
    const model = readCsdl(readFileSync(csdlFile, 'utf8'), 'graph-v1.0.csdl');
    expect(isCanonical(model)).toBe(true);
    const saved = path.join(dir, 'graph-v1.0.json');
    // a saved schema written in another key order is read back in the canonical shape
    writeFileSync(saved, JSON.stringify(model, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const fromJson = loadSchema(saved);
    expect(stableStringify(fromJson.model)).toBe(stableStringify(model));
    const fromXml = new Schema(model);
    const embeddedBeta = new Schema(loadEmbeddedSchemaSync('beta', { cacheDir: dir }));
    expect(printAll((v) => (v === 'beta' ? embeddedBeta : fromJson))).toBe(printAll((v) => (v === 'beta' ? embeddedBeta : fromXml)));
  });

  test('the command line: ir --json, generate (files and --report) and batch print the same bytes cold, warm, and with any --jobs', () => {
    const cache = mkdtempSync(path.join(dir, 'cache-'));
    const cli = (args: string[], input?: string): string => {
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'generator', 'cli.js'), ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, SNIPGEN_CACHE_DIR: cache },
        ...(input !== undefined ? { input } : {}),
      });
      expect([args.join(' '), run.status, run.error]).toEqual([args.join(' '), 0, undefined]);
      return run.stdout;
    };
    const tree = (root: string): string =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
        .sort()
        .map((f) => `${path.relative(root, f)}\n${readFileSync(f, 'utf8')}`)
        .join('\n');
    const requests = [
      { id: 'a', http: 'GET https://graph.microsoft.com/v1.0/me/messages?$select=subject&$top=5' },
      { id: 'b', http: 'POST https://graph.microsoft.com/beta/me/sendMail\nContent-Type: application/json\n\n{"message":{"subject":"Hi"}}' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const runAll = (jobs: string): string[] => {
      // the same folders both times: the report lists the files written by their paths
      const out = path.join(dir, 'out');
      const report = path.join(dir, 'report.json');
      rmSync(out, { recursive: true, force: true });
      const ir = cli(['ir', 'specs', '--json', '--no-summary']);
      cli(['generate', 'specs', '--out', out, '--jobs', jobs, '--report', report, '--no-progress', '--no-summary']);
      const batch = cli(['batch'], requests);
      return [ir, tree(out), readFileSync(report, 'utf8'), batch];
    };
    const cold = runAll('2'); // empty cache: models built, every page processed
    expect(readdirSync(cache).some((f) => f.startsWith('embedded-'))).toBe(true);
    const warm = runAll('1'); // models read back; pages replayed from the generate cache
    expect(cold[0]!.length).toBeGreaterThan(1000);
    expect(warm).toEqual(cold);
  });

  test('the check catches a key order that differs', () => {
    expect(isCanonical({ b: 1, a: 2 })).toBe(false);
    expect(isCanonical({ a: { d: 1, c: 2 } })).toBe(false);
    expect(isCanonical({ a: [{ b: 1 }, { y: 1, x: 2 }] })).toBe(false);
    expect(isCanonical({ a: undefined })).toBe(false);
    expect(isCanonical({ a: [{ b: 1 }], b: null })).toBe(true);
  });
});
