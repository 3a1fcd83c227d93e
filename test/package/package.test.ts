/**
 * The package as users get it: `npm pack` makes the tarball, which is unpacked into a temporary
 * project as node_modules/snipgen beside links to this checkout's installed dependencies (no
 * network, no install), and a separate Node imports it by its name and renders a request.
 * Needs the build (`npm test` runs tsc first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/shared.js';

const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');

let project: string;

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'generator', 'index.js'))) throw new Error('dist/generator/index.js is missing: build first (npx tsc -p tsconfig.json)');
  project = mkdtempSync(path.join(os.tmpdir(), 'snipgen-package-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as { filename: string }[];
  const tarball = path.join(project, packed[0]!.filename);
  const modules = path.join(project, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', tarball, '-C', project]);
  renameSync(path.join(project, 'package'), path.join(modules, 'snipgen'));
  // the dependencies, as a flat install would place them: links to this checkout's
  for (const entry of readdirSync(NODE_MODULES)) {
    if (entry.startsWith('.') || entry === 'snipgen') continue;
    symlinkSync(path.join(NODE_MODULES, entry), path.join(modules, entry), 'junction');
  }
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-snipgen', private: true, type: 'module' }));
}, 60_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function runInProject(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

test('import { renderRequest } from "snipgen" renders a request from the packed tarball', () => {
  const script = `
    import { renderRequest, checkSnippet, LANGUAGE_IDS } from 'snipgen';
    import remark from 'snipgen/remark';
    const http = 'GET https://graph.microsoft.com/v1.0/me?$select=displayName';
    const rendered = await renderRequest(http, { languages: ['python', 'csharp'] });
    const python = rendered.snippets[0];
    const verdict = await checkSnippet('python', python.code);
    const bad = await renderRequest('GET /me\\nContent-Type: application/json\\n\\n{"a": 1,}', { languages: ['go'] });
    console.log(JSON.stringify({
      from: import.meta.resolve('snipgen'),
      languages: LANGUAGE_IDS,
      remark: typeof remark,
      snippets: rendered.snippets.map((s) => ({ language: s.language, code: s.code })),
      valid: verdict.valid,
      diagnostics: bad.snippets[0].diagnostics.map((d) => [d.ruleId, d.line, d.column]),
    }));`;
  const out = JSON.parse(runInProject(script)) as {
    from: string;
    languages: string[];
    remark: string;
    snippets: { language: string; code: string | null }[];
    valid: boolean;
    diagnostics: [string, number, number][];
  };
  expect(out.from).toBe(`file://${path.join(project, 'node_modules', 'snipgen', 'dist', 'generator', 'index.js')}`);
  expect(out.languages).toHaveLength(8);
  expect(out.remark).toBe('function');
  expect(out.snippets.map((s) => s.language)).toEqual(['python', 'csharp']);
  expect(out.snippets[0]!.code).toContain('graph_client.me.get(');
  expect(out.snippets[1]!.code).toContain('graphClient.Me.GetAsync(');
  expect(out.valid).toBe(true);
  expect(out.diagnostics).toEqual(expect.arrayContaining([['schema:api-version-assumed', 1, 5]]));
}, 60_000);
