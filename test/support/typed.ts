/**
 * The pipeline up to the typed IR for tests: a page → extract → ir → resolve, with the schema a
 * case asks for (the shared CSDL, read in place, or the embedded default built from npm).
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { extractRequests } from '../../generator/extract/index.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { loadEmbeddedSchema } from '../../generator/schema/embedded/index.js';
import { Schema, loadSchema } from '../../generator/schema/schema.js';
import { sharedPath } from './shared.js';

export type SchemaKind = 'csdl' | 'embedded';

let csdl: Schema | null | undefined;
const embedded = new Map<string, Schema>();

/** The shared v1.0 CSDL, loaded once; null (after a loud warning) when ../shared is missing outside CI. */
export function sharedCsdl(): Schema | null {
  if (csdl === undefined) {
    const file = sharedPath('schemas', 'graph-v1.0.csdl');
    csdl = file === null ? null : loadSchema(file);
  }
  return csdl;
}

export async function embeddedSchema(version: 'v1.0' | 'beta'): Promise<Schema> {
  let schema = embedded.get(version);
  if (schema === undefined) {
    schema = new Schema(await loadEmbeddedSchema(version));
    embedded.set(version, schema);
  }
  return schema;
}

export interface TypedPage {
  readonly file: VFile;
  readonly requests: readonly TypedRequest[];
}

/** Runs a page through extract, ir and resolve. `schemaFor` picks the schema per request. */
export function typedPage(path: string, displayPath: string, schemaFor: (version: 'v1.0' | 'beta') => Schema): TypedPage {
  const file = new VFile({ path: displayPath, value: readFileSync(path, 'utf8') });
  const requests: TypedRequest[] = [];
  for (const raw of extractRequests(file)) {
    const ir = buildRequest(raw, file);
    if (ir === null) continue;
    requests.push(resolveRequest(ir, schemaFor(ir.url.apiVersion ?? 'v1.0'), file));
  }
  return { file, requests };
}
