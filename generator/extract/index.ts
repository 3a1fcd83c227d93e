/** The `extract` stage: markdown page → the raw text of its annotated request examples. */
export { extractRequests, type ExtractOptions } from './extract.js';
export type { RawRequest, RequestAnnotation, SourceLine } from './types.js';
