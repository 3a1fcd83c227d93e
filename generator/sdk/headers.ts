/**
 * The header policy, one for every target: which of a docs request's headers a snippet sends, and
 * which it leaves out and why. The docs show the request on the wire; a snippet goes through an
 * SDK or a tool whose HTTP stack sets some headers itself:
 *
 * - **transport headers** are never printed: `Authorization` (the client's authentication
 *   provider sets it from its credential), `Host` (the client's base URL), `Content-Length` (the
 *   HTTP stack computes it from the body it serialises: a length copied from the docs is stale as
 *   soon as one character of the body differs), `Accept-Encoding` (the HTTP stack negotiates
 *   compression and decodes the answer), `Connection`, `Transfer-Encoding`, `Expect`,
 *   `Keep-Alive`. Each one left out is reported (`render:header-dropped`, info) so nothing goes
 *   silently;
 * - **`Content-Type`** of a JSON body (or of a request with no body) is the one the SDK sets when
 *   it serialises the body (`application/json`): left out without a message, since the same header
 *   is sent. A stream upload keeps its content type (`image/jpeg`) unless it is the SDKs' default
 *   for streams, `application/octet-stream`: the kiota SDKs add theirs only when the request
 *   configuration has none;
 * - **every other header** (`ConsistencyLevel`, `Prefer`, `If-Match`, …) says something about the
 *   request and is sent as written.
 */
import type { Header } from '../ir/types.js';
import type { TypedRequest } from '../ir/typed.js';
import type { RenderIssue } from '../render/issue.js';

/** Headers the HTTP stack or the authentication provider sets: never printed by any target. */
export const TRANSPORT_HEADERS: Readonly<Record<string, string>> = {
  authorization: "the client's authentication provider sets it from its credential",
  host: "the client's base URL names the host",
  'content-length': 'the HTTP stack computes it from the body it sends (a length copied from the docs would be stale)',
  'accept-encoding': 'the HTTP stack negotiates compression and decodes the answer itself',
  connection: 'the HTTP stack manages connections',
  'keep-alive': 'the HTTP stack manages connections',
  'transfer-encoding': 'the HTTP stack frames the body itself',
  expect: 'the HTTP stack decides on 100-continue itself',
};

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const OCTET_STREAM = /^application\/octet-stream\b/i;

export interface HeaderVerdict {
  /** The headers the snippet sends, in the order written. */
  readonly sent: readonly Header[];
  /** One info issue per transport header left out. */
  readonly issues: readonly RenderIssue[];
}

/** The headers a target sends for the request, and the reports of those it leaves out (see the module comment). */
export function headerPolicy(request: TypedRequest, label: string): HeaderVerdict {
  const sent: Header[] = [];
  const issues: RenderIssue[] = [];
  const body = request.body;
  for (const h of request.headers) {
    const transport = TRANSPORT_HEADERS[h.lowerName];
    if (transport !== undefined) {
      issues.push({ ruleId: 'render:header-dropped', message: `${label}: the header '${h.name}' is not printed: ${transport}`, place: h.place });
      continue;
    }
    if (h.lowerName === 'content-type') {
      if (body === null || body.kind === 'json') continue; // the SDK sets application/json when it serialises the body
      if (body.stream && OCTET_STREAM.test(h.value)) continue; // the SDKs' own default for a stream
      if (!body.stream && JSON_CONTENT_TYPE.test(h.value)) continue;
    }
    sent.push(h);
  }
  return { sent, issues };
}

/** The request with only the headers the policy sends. */
export function withSentHeaders(request: TypedRequest, label: string): { request: TypedRequest; issues: readonly RenderIssue[] } {
  const verdict = headerPolicy(request, label);
  if (verdict.sent.length === request.headers.length) return { request, issues: verdict.issues };
  return { request: { ...request, headers: verdict.sent }, issues: verdict.issues };
}
