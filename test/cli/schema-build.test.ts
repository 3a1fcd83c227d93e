/**
 * `snipgen schema build`: builds both embedded models into the given cache and prints their figures
 * (the same as the cached models give) and the cache files. Runs the built CLI (`npm test` builds it).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SchemaModel } from '../../generator/schema/model.js';
import { modelFigures } from '../../generator/schema/embedded/agreement.js';
import { cacheFile } from '../../generator/schema/embedded/index.js';
import { table } from '../../generator/summary.js';
import { REPO_ROOT } from '../support/shared.js';

const CLI = path.join(REPO_ROOT, 'dist', 'generator', 'cli.js');

test('builds v1.0 and beta into the cache and prints the figures of the cached models', async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm test runs tsc)`);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-build-'));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'schema', 'build', '--cache-dir', cacheDir], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
    const files = { 'v1.0': cacheFile('v1.0', { cacheDir }), beta: cacheFile('beta', { cacheDir }) };
    expect(readdirSync(cacheDir).sort()).toEqual([path.basename(files.beta), path.basename(files['v1.0'])].sort());
    const v1 = modelFigures(JSON.parse(readFileSync(files['v1.0'], 'utf8')) as SchemaModel);
    const beta = modelFigures(JSON.parse(readFileSync(files.beta, 'utf8')) as SchemaModel);
    const expected = table([['figure', 'v1.0', 'beta'], ...Object.keys(v1).map((k) => [k, String(v1[k]), String(beta[k])])]).split('\n');
    const lines = stdout.split('\n');
    // The figure rows, then a build-time row (not compared: it varies), then the cache files.
    expect(lines.slice(0, expected.length)).toEqual(expected);
    expect(lines[expected.length]).toMatch(/^build ms +\d+ +\d+$/);
    expect(lines.slice(expected.length + 1)).toEqual(['', `v1.0: ${files['v1.0']}`, `beta: ${files.beta}`, '']);
    // The embedded models are far from empty, and beta is the larger.
    expect([v1['entityTypes']! > 1000, beta['entityTypes']! > v1['entityTypes']!]).toEqual([true, true]);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
