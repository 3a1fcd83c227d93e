/**
 * The capturing server of `snipgen verify --run`: a stand-in for Graph on 127.0.0.1 and an
 * ephemeral port, started and stopped by the command itself. It records every request (method,
 * target, headers, body bytes, a gzip Content-Encoding undone) under the snippet tag the runner's middleware adds (the header
 * `x-snipgen-snippet`), and answers with what `respond` chooses so the SDK returns normally.
 * A hard deadline closes it even when a runner hangs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export const TAG_HEADER = 'x-snipgen-snippet';

export interface CapturedRequest {
  /** the snippet tag (the runner's header), or '' when absent */
  readonly tag: string;
  readonly method: string;
  /** the request target as sent: path and query, percent-encoded */
  readonly target: string;
  /** lower-cased names; the tag header taken out */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface CannedResponse {
  readonly status: number;
  readonly contentType?: string;
  readonly body?: string | Buffer;
}

export interface CaptureServer {
  readonly port: number;
  readonly requests: readonly CapturedRequest[];
  close(): Promise<void>;
}

/** The answer for a request whose typed operation is known (null: unknown), chosen so every SDK returns normally. */
export function cannedResponse(operation: string | null, method: string): CannedResponse {
  if (operation === 'count') return { status: 200, contentType: 'text/plain', body: '0' };
  if (operation === 'stream-get') return { status: 200, contentType: 'application/octet-stream', body: Buffer.from([0x73, 0x6e, 0x69, 0x70]) };
  if (method === 'DELETE' || operation === 'ref-add' || operation === 'ref-set' || operation === 'ref-remove' || operation === 'stream-put') return { status: 204 };
  // one shape for entities and collections: an entity reads `value` as additional data
  return { status: 200, contentType: 'application/json', body: '{"value":[]}' };
}

export function startCapture(respond: (tag: string, method: string) => CannedResponse, deadlineMs: number): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      // every value of a repeated header (req.headers keeps only the first Content-Type of several), in the order sent
      for (const [k, v] of Object.entries(req.headersDistinct)) if (k !== TAG_HEADER && v !== undefined) headers[k] = v.join(', ');
      const raw = req.headers[TAG_HEADER];
      const tag = typeof raw === 'string' ? raw : '';
      const method = req.method ?? 'GET';
      // a body compressed by the HTTP stack (the Go SDK's compression middleware) is recorded as sent before it
      let body = Buffer.concat(chunks);
      if (/^gzip$/i.test(headers['content-encoding'] ?? '')) {
        try {
          body = gunzipSync(body);
        } catch {
          // left as received: the comparison reports a body that is not JSON
        }
      }
      requests.push({ tag, method, target: req.url ?? '/', headers, body });
      const answer = respond(tag, method);
      const out: Record<string, string> = {};
      if (answer.contentType) out['content-type'] = answer.contentType;
      res.writeHead(answer.status, out);
      res.end(answer.body ?? undefined);
    });
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      let closed: Promise<void> | null = null;
      const close = (): Promise<void> => {
        closed ??= new Promise<void>((done) => {
          clearTimeout(timer);
          server.close(() => done());
          server.closeAllConnections();
        });
        return closed;
      };
      const timer = setTimeout(() => void close(), deadlineMs);
      timer.unref();
      resolve({ port, requests, close });
    });
  });
}
