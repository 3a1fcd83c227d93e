/**
 * The committed `output/` is what `npm run generate` makes of `specs/` (the CI diff check): the
 * default job is regenerated into a temp folder and compared file by file, whole.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../../generator/commands/generate.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
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
  const schemas = await loadSchemas();
  const out = mkdtempSync(path.join(os.tmpdir(), 'snipgen-output-'));
  await generate({ inputs: [path.join(REPO_ROOT, 'specs')], out, languages: LANGUAGE_IDS, schemaFor: schemas.schemaFor, prune: false }, () => undefined);
  const committed = path.join(REPO_ROOT, 'output');
  expect(files(committed)).toEqual(files(out));
  for (const f of files(out)) {
    expect([f, readFileSync(path.join(committed, f), 'utf8')]).toEqual([f, readFileSync(path.join(out, f), 'utf8')]);
  }
});
