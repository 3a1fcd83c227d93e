/** The `ir` stage: raw request blocks → language-free request IR. */
export { buildRequest } from './build.js';
export { parseJson, looksLikeJson } from './json.js';
export type * from './types.js';
