/**
 * The committed `output/` is what `npm run generate` makes of `specs/` (the CI diff check): the
 * default job is regenerated into a temp folder and compared file by file, whole, typed with the
 * models it names in `output/models.txt` (the complete SDK model, or the npm-only one). When those
 * cannot be had here (the Go toolchain or its registry unreachable), the test is skipped loudly,
 * and fails under CI.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../../generator/commands/generate.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { MODELS_FILE } from '../../generator/schema/load.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';
import { REPO_ROOT } from '../support/shared.js';

function files(dir: string): string[] {
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

test('output/ is in sync with specs/ (run `npm run generate` and commit)', async () => {
  const recorded = readFileSync(path.join(REPO_ROOT, 'output', MODELS_FILE), 'utf8').trim().split('\n');
  process.env.SNIPGEN_MODEL = recorded.every((s) => s.startsWith('sdk:')) ? 'sdk' : 'npm';
  let schemas;
  try {
    schemas = await loadSchemas();
  } finally {
    process.env.SNIPGEN_MODEL = 'npm';
  }
  if (schemas.sources.join('\n') !== recorded.join('\n')) {
    const why = `output/ was generated with ${recorded.join(', ')}, and this machine has ${schemas.sources.join(', ')}`;
    if (process.env.CI) throw new Error(why);
    console.warn(`\n!!! SKIPPING the output/ sync check: ${why} !!!\n`);
    return;
  }
  const out = mkdtempSync(path.join(os.tmpdir(), 'snipgen-output-'));
  await generate({ inputs: [path.join(REPO_ROOT, 'specs')], out, languages: LANGUAGE_IDS, schemaFor: schemas.schemaFor, prune: false }, () => undefined);
  const committed = path.join(REPO_ROOT, 'output');
  expect(files(committed).filter((f) => f !== MODELS_FILE)).toEqual(files(out));
  for (const f of files(out)) {
    expect([f, readFileSync(path.join(committed, f), 'utf8')]).toEqual([f, readFileSync(path.join(out, f), 'utf8')]);
  }
});
