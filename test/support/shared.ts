/**
 * Access to `../shared/` (seeds, CSDL, corpus), read in place and never copied. When it is missing,
 * tests skip with a loud message, except under `CI`, where a missing file is a failure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_ROOT = path.resolve(REPO_ROOT, '..', 'shared');

/** The absolute path of a file under `../shared/`, or null (after a loud warning) when missing outside CI. */
export function sharedPath(...parts: string[]): string | null {
  const full = path.join(SHARED_ROOT, ...parts);
  if (existsSync(full)) return full;
  if (process.env.CI) throw new Error(`required shared data is missing under CI: ${full}`);
  console.warn(`\n!!! SKIPPING: ${full} is missing (../shared/ not beside the checkout); these tests did not run !!!\n`);
  return null;
}

/** `describe` when the shared file exists, else `describe.skip` (loudly; a failure under CI). */
export function describeWithShared(
  name: string,
  parts: string[],
  body: (fullPath: string) => void,
): void {
  const full = sharedPath(...parts);
  if (full === null) {
    describe.skip(`${name} (../shared missing)`, () => {
      test('skipped', () => undefined);
    });
    return;
  }
  describe(name, () => body(full));
}
