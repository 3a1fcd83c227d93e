/** The 2020 docs corpus pages (read in place), loaded once per test file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const VERSIONS = ['v1.0', 'beta'] as const;
export type Version = (typeof VERSIONS)[number];

export interface CorpusPage {
  readonly version: Version;
  /** `v1.0/api/user-get.md`, relative to the corpus root. */
  readonly path: string;
  readonly text: string;
}

export function loadCorpus(root: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const version of VERSIONS) {
    const dir = path.join(root, version, 'api');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      pages.push({ version, path: `${version}/api/${name}`, text: readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  return pages;
}
