/**
 * Which schema types a run's requests: the file given with `--schema` (for every request, whatever
 * its version), or the embedded default built from the npm SDK packages (v1.0 model for v1.0
 * requests, beta model for beta ones).
 */
import { VFile } from 'vfile';
import { loadEmbeddedSchema } from '../schema/embedded/index.js';
import { Schema, loadSchema } from '../schema/schema.js';
import type { ApiVersion, SchemaFor } from '../pipeline.js';

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
  const [v1, beta] = await Promise.all([loadEmbeddedSchema('v1.0'), loadEmbeddedSchema('beta')]);
  const schemas: Record<ApiVersion, Schema> = { 'v1.0': new Schema(v1), beta: new Schema(beta) };
  return { schemaFor: (version) => schemas[version], file: null, sources: [v1.source, beta.source] };
}
