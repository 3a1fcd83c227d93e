/** The schemas a run types requests with: `loadSchemas` lives with the schema stage (`schema/load.ts`). */
export { loadSchemas, type LoadedSchemas } from '../schema/load.js';
