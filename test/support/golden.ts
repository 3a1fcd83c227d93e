/**
 * Golden files: `npm test` compares and never writes; `UPDATE_GOLDEN=1` rewrites them (refused
 * under `CI`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const UPDATING = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;

if (process.env.UPDATE_GOLDEN === '1' && process.env.CI) {
  throw new Error('UPDATE_GOLDEN is refused under CI');
}

/** Compares `actual` with the golden file (whole text). With UPDATE_GOLDEN=1, writes it instead. */
export function expectGolden(file: string, actual: string): void {
  if (UPDATING) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file missing: ${file} (run with UPDATE_GOLDEN=1 to create it)`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
