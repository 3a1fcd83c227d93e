/** Finding the docs pages a run works on: `.md` files, recursively, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist']);

/**
 * Expands files and directories into the sorted list of markdown pages under them. A path that
 * does not exist is returned in `missing` (the caller reports it), never thrown.
 */
export async function findPages(inputs: readonly string[]): Promise<{ pages: string[]; missing: string[] }> {
  const pages = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (info.isDirectory()) await walk(input, pages);
    else pages.add(path.normalize(input));
  }
  return { pages: [...pages].sort(), missing };
}

async function walk(dir: string, into: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(full, into);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      into.add(path.normalize(full));
    }
  }
}
