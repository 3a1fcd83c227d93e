/**
 * Writing into users' files: atomically (a temp file beside the target, then a rename, so a run
 * killed at any point leaves the old file or the new one, never half of one) and idempotently
 * (a file whose content would not change is not touched).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * `writeFileAtomic` for a run that writes thousands of small files (`snipgen generate`): the same
 * guarantees, with synchronous calls, each folder made once, and temp names from a counter
 * (unique per process by its pid and a random tag drawn once). A small file takes a few
 * microseconds this way; the promise-based calls cost ten times the CPU in thread-pool round
 * trips (measured: 3,000 files on tmpfs, 105-213 ms against 540-740 ms; on this VM's disk about
 * the same wall time, less CPU).
 */
export class AtomicWriter {
  private readonly folders = new Set<string>();
  private readonly tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  private count = 0;

  write(file: string, text: string): WriteOutcome {
    // The old content is read only when its size matches (a missing file is not an exception,
    // whose making costs more than the write in a cold run).
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    const exists = size !== undefined;
    if (exists && size === Buffer.byteLength(text) && readIfFile(file) === text) return 'unchanged';
    const dir = path.dirname(file);
    if (!this.folders.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.folders.add(dir);
    }
    const temp = path.join(dir, `.${path.basename(file)}.${this.tag}.${this.count++}.tmp`);
    try {
      try {
        writeFileSync(temp, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(dir, { recursive: true }); // the folder was removed during the run
        writeFileSync(temp, text);
      }
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return exists ? 'updated' : 'created';
  }
}

function readIfFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // a folder, or unreadable: written over as before
  }
}
