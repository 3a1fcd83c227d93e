/**
 * The default model a run types requests with when no `--schema` is given: the complete model read
 * from the pinned Go SDK modules (embedded/sdk.ts) when it is cached or can be built, else the
 * npm-only model (embedded/index.ts), with one message on stderr saying what could not be fetched.
 *
 * `SNIPGEN_MODEL=npm` chooses the npm-only model without trying (the tests pin it: it needs npm
 * packages only and is the same on every machine); `SNIPGEN_MODEL=sdk` (the default) the complete
 * one. The choice is made once per process: a fallback sets `SNIPGEN_MODEL=npm` in the environment,
 * so worker threads started afterwards take the same model and nothing is fetched twice.
 */
import type { SchemaModel } from './model.js';
import { embeddedSource, loadEmbeddedSchemaSync, type ApiVersion } from './embedded/index.js';
import { loadSdkSchemaSync, readSdkCache, sdkCacheExists, sdkModule, sdkSource } from './embedded/sdk.js';

export type ModelKind = 'sdk' | 'npm';

const VERSIONS: readonly ApiVersion[] = ['v1.0', 'beta'];

/** What the environment asks for (`SNIPGEN_MODEL`), `sdk` unless it says `npm`. */
export function requestedModel(): ModelKind {
  return process.env.SNIPGEN_MODEL === 'npm' ? 'npm' : 'sdk';
}

let decided: ModelKind | null = null;

/**
 * The model kind this process uses: `sdk` when both versions' complete models are cached or could
 * be built now (fetching the pinned modules with the Go toolchain the first time), else `npm`.
 */
export function defaultModelKind(): ModelKind {
  if (requestedModel() === 'npm') return 'npm';
  if (decided !== null) return decided;
  try {
    for (const version of VERSIONS) if (!sdkCacheExists(version)) loadSdkSchemaSync(version);
    decided = 'sdk';
  } catch (e) {
    const modules = VERSIONS.map((v) => `${sdkModule(v).module}@${sdkModule(v).version}`).join(', ');
    process.stderr.write(
      `snipgen: the complete default model could not be built from the pinned Go SDK modules (${modules}): ${e instanceof Error ? e.message : String(e)}.\n` +
        `snipgen: using the npm-only model instead: facts it infers are marked (schema:inferred-*). Set SNIPGEN_MODEL=npm to choose it without trying.\n`,
    );
    process.env.SNIPGEN_MODEL = 'npm';
    decided = 'npm';
  }
  return decided;
}

/** The identity of the default model of a version (`sdk:<module>@<version>` or `embedded:<packages>`). */
export function defaultModelSource(version: ApiVersion): string {
  return defaultModelKind() === 'sdk' ? sdkSource(version) : embeddedSource(version);
}

/** The default model of a version. */
export function loadDefaultSchemaSync(version: ApiVersion): SchemaModel {
  if (defaultModelKind() === 'sdk') {
    const cached = readSdkCache(version);
    if (cached) return cached;
    try {
      return loadSdkSchemaSync(version);
    } catch {
      // the entry went missing and cannot be rebuilt: the npm-only model, as in a fallback
    }
  }
  return loadEmbeddedSchemaSync(version);
}
