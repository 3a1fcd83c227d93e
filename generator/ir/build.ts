/**
 * `buildRequest`: one raw request block → the request IR, frozen. Bad input never throws: every
 * problem is reported on the page's VFile at its place, and what can be recovered is kept.
 */
import type { VFile } from 'vfile';
import type { RawRequest, SourceLine } from '../extract/types.js';
import type { RequestIR } from './types.js';
import { parseBody } from './body.js';
import { deepFreeze } from './freeze.js';
import { parseHeaders } from './headers.js';
import { findRequestLine } from './request-line.js';
import { lineLocator } from './source.js';
import { parseUrl } from './url.js';

/** The request IR of a block, or null (reported) when the block has no usable request line. */
export function buildRequest(raw: RawRequest, file: VFile): RequestIR | null {
  const requestLine = findRequestLine(raw.lines, file, raw.fence.place);
  if (requestLine === null) return null;
  const line = raw.lines[requestLine.index] as SourceLine;
  const url = parseUrl(requestLine.url, file, lineLocator(line, requestLine.urlStart));
  const section = parseHeaders(raw.lines, requestLine.index + 1, file);
  const body = parseBody(raw.lines.slice(section.bodyStart), section.headers, file);
  return deepFreeze({
    name: raw.name,
    file: raw.file,
    index: raw.index,
    place: requestLine.place,
    annotation: structuredClone(raw.annotation.fields) as RequestIR['annotation'],
    method: requestLine.method,
    url,
    headers: raw.requiredHeaders === undefined ? section.headers : section.headers.map((h) => (raw.requiredHeaders!.includes(h.lowerName) ? { ...h, documentedRequired: true as const } : h)),
    body,
  });
}
