/**
 * Which schema types a run's requests: the file given with `--schema` (for every request, whatever
 * its version), or the default model (./default.ts: built from the pinned Go SDKs, else from the npm
 * SDK packages; v1.0 model for v1.0 requests, beta model for beta ones).
 */
import { VFile } from 'vfile';
import { defaultModelSource, loadDefaultSchemaSync } from './default.js';
import { Schema, loadSchema } from './schema.js';
import type { ApiVersion, SchemaFor } from '../pipeline.js';

/** `<out>/models.txt`: the models a whole-folder `generate --prune` typed with, one source a line. */
export const MODELS_FILE = 'models.txt';

export interface LoadedSchemas {
  readonly schemaFor: SchemaFor;
  /** Problems met reading a `--schema` file (reported by the caller). */
  readonly file: VFile | null;
  /** What was loaded, for the summary (`csdl:graph-v1.0.csdl`, `embedded:…`). */
  readonly sources: readonly string[];
}

export async function loadSchemas(schemaPath?: string): Promise<LoadedSchemas> {
  if (schemaPath !== undefined) {
    const file = new VFile({ path: schemaPath });
    const schema = loadSchema(schemaPath, file);
    return { schemaFor: () => schema, file, sources: [schema.model.source] };
  }
  // Each version's model is loaded at its first request (50-150 ms of JSON parsing each):
  // a worker whose pages are all v1.0 never reads beta, and a thread that types nothing (the
  // main thread of a run with workers, a run whose pages all come from the cache) reads neither.
  const schemas: Partial<Record<ApiVersion, Schema>> = {};
  // The default model (./default.ts): the complete one from the pinned Go SDKs, built into the cache
  // here the first time, or the npm-only one (SNIPGEN_MODEL=npm, or when the SDKs cannot be fetched).
  const sources = [defaultModelSource('v1.0'), defaultModelSource('beta')];
  const schemaFor = (version: ApiVersion): Schema => (schemas[version] ??= new Schema(loadDefaultSchemaSync(version)));
  return { schemaFor, file: null, sources };
}
