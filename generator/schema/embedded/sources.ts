/**
 * Which npm packages the embedded default schema is read from, and where they are on disk.
 *
 * v1.0: the models package plus every per-root request-builder package the registry has.
 * beta: the models package only (no beta request-builder package is published), so beta roots,
 * navigation containment and operations are carried over from v1.0 (see README.md, rule X1).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ApiVersion = 'v1.0' | 'beta';

export interface SdkSet {
  readonly models: string;
  readonly roots: readonly string[];
}

export const SDK_PACKAGES: Readonly<Record<ApiVersion, SdkSet>> = {
  'v1.0': {
    models: '@microsoft/msgraph-sdk',
    roots: [
      '@microsoft/msgraph-sdk-chats',
      '@microsoft/msgraph-sdk-directory',
      '@microsoft/msgraph-sdk-directoryobjects',
      '@microsoft/msgraph-sdk-sites',
      '@microsoft/msgraph-sdk-subscriptions',
      '@microsoft/msgraph-sdk-teams',
      '@microsoft/msgraph-sdk-users',
    ],
  },
  beta: { models: '@microsoft/msgraph-beta-sdk', roots: [] },
};

export interface LocatedPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

/** Find an installed package (its directory and version), or null when it is not installed. */
export function locatePackage(name: string, fromDir?: string): LocatedPackage | null {
  const req = createRequire(path.join(fromDir ?? process.cwd(), 'noop.js'));
  let manifest: string;
  try {
    manifest = req.resolve(`${name}/package.json`);
  } catch {
    // Fall back on resolution from this module (the package installed beside snipgen).
    try {
      manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
    } catch {
      return null;
    }
  }
  const json = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return { name, version: typeof json.version === 'string' ? json.version : '0.0.0', dir: path.dirname(manifest) };
}

/** Every `index.js` under `dir` (sorted, `node_modules` skipped), as paths relative to `dir` with `/`. */
export function listIndexModules(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel);
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(rel === '' ? entry.name : `${rel}/${entry.name}`);
      } else if (entry.name === 'index.js') {
        out.push(rel === '' ? 'index.js' : `${rel}/index.js`);
      }
    }
  };
  if (existsSync(dir)) walk('');
  return out.sort();
}
