/**
 * Writing into users' files: atomically (a temp file beside the target, then a rename, so a run
 * killed at any point leaves the old file or the new one, never half of one) and idempotently
 * (a file whose content would not change is not touched).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export async function writeFileAtomic(file: string, text: string): Promise<WriteOutcome> {
  let old: string | null = null;
  try {
    old = await readFile(file, 'utf8');
  } catch {
    old = null;
  }
  if (old === text) return 'unchanged';
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return old === null ? 'created' : 'updated';
}
