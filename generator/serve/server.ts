/**
 * `snipgen serve`: a local playground on node:http. One page (HTML, CSS and a script, read from
 * `generator/serve/assets/`, no CDN) and one JSON endpoint, `POST /api/render` (see render.ts).
 * Binds to 127.0.0.1 unless told otherwise; user input is only ever parsed as JSON and handed to
 * the pipeline as text, never evaluated. Never prints: the CLI reports the address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { initCheckers } from '../check/index.js';
import type { SchemaFor } from '../pipeline.js';
import { parseRenderInput, renderPlayground, RenderInputError } from './render.js';

/** Request bodies larger than this are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_PORT = 4848;
export const DEFAULT_HOST = '127.0.0.1';

/** Sent with every answer. The page needs nothing but its own origin: no inline script or style. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const ASSETS: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/playground.css': { file: 'playground.css', type: 'text/css; charset=utf-8' },
  '/playground.js': { file: 'playground.js', type: 'text/javascript; charset=utf-8' },
  '/highlight.js': { file: 'highlight.js', type: 'text/javascript; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
  // Asked for by browsers whatever the page links: the same icon (Chromium takes an SVG by its type), never a 404.
  '/favicon.ico': { file: 'favicon.svg', type: 'image/svg+xml' },
};

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The `Host` values the server answers: the loopback names with its port, and the address it was
 * told to bind (`--host`) — for a wildcard (`0.0.0.0`, `::`), this machine's own addresses and
 * name. Anything else (a DNS-rebinding page names its own domain) gets 421.
 */
export function allowedHosts(bound: string, port: number): ReadonlySet<string> {
  const names = new Set(LOOPBACK_NAMES);
  const literal = (address: string): string => (address.includes(':') ? `[${address}]` : address);
  if (bound === '0.0.0.0' || bound === '::') {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(literal(a.address));
    names.add(hostname().toLowerCase());
  } else {
    names.add(literal(bound.toLowerCase()));
  }
  return new Set([...names].map((name) => `${name}:${port}`));
}

/** The assets folder: beside this module in the sources, or the package's own when running from dist/. */
function assetsDir(): string {
  const here = fileURLToPath(new URL('./assets/', import.meta.url));
  if (existsSync(here)) return here;
  return fileURLToPath(new URL('../../../generator/serve/assets/', import.meta.url));
}

function loadAssets(): Map<string, { body: Buffer; type: string }> {
  const dir = assetsDir();
  const out = new Map<string, { body: Buffer; type: string }>();
  for (const [route, asset] of Object.entries(ASSETS)) out.set(route, { body: readFileSync(dir + asset.file), type: asset.type });
  return out;
}

export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
  readonly schemaFor: SchemaFor;
}

export interface RunningServer {
  readonly server: Server;
  /** `http://host:port/` as bound (the real port when 0 was asked). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

class BodyTooLarge extends Error {}

/** Reads the body, refusing (before reading it all) anything over `MAX_BODY_BYTES`. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

async function handleRender(req: IncomingMessage, res: ServerResponse, schemaFor: SchemaFor): Promise<void> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) {
    sendJson(res, 415, { error: 'send the request as JSON (Content-Type: application/json)' });
    return;
  }
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendJson(res, 413, { error: `the request body is larger than ${MAX_BODY_BYTES} bytes (1 MiB); send one request or one docs page at a time` });
    // Stop reading the rest; the connection is closed after the answer.
    req.unpipe();
    req.resume();
    res.on('finish', () => req.socket.destroy());
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    sendJson(res, 400, { error: `the body is not valid JSON: ${(error as Error).message}` });
    return;
  }
  try {
    sendJson(res, 200, renderPlayground(parseRenderInput(body), schemaFor));
  } catch (error) {
    if (!(error instanceof RenderInputError)) throw error;
    sendJson(res, 400, { error: error.message });
  }
}

/** Starts the playground; resolves once it listens. The checkers' grammars are loaded first. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  await initCheckers();
  const assets = loadAssets();
  let hosts: ReadonlySet<string> = new Set();
  const server = createServer((req, res) => {
    const host = String(req.headers.host ?? '').toLowerCase();
    if (!hosts.has(host)) {
      sendJson(res, 421, { error: `this playground answers only for ${[...hosts].sort().join(', ')}, not for Host '${host}'` });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname === '/index.html' ? '/' : url.pathname;
    const handle = async (): Promise<void> => {
      if (route === '/api/render') {
        if (req.method !== 'POST') {
          sendJson(res, 405, { error: 'use POST' });
          return;
        }
        await handleRender(req, res, options.schemaFor);
        return;
      }
      const asset = assets.get(route);
      if (asset === undefined) {
        sendJson(res, 404, { error: `not found: ${url.pathname}` });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: 'use GET' });
        return;
      }
      if (req.method === 'HEAD') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': asset.type, 'Content-Length': String(asset.body.length) });
        res.end();
        return;
      }
      send(res, 200, asset.type, asset.body);
    };
    handle().catch((error: unknown) => {
      // A broken invariant of our own: answer 500, keep serving.
      if (!res.headersSent) sendJson(res, 500, { error: `internal error: ${(error as Error).message}` });
      else res.destroy();
    });
  });
  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  hosts = allowedHosts(host, address.port);
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shown}:${address.port}/`,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
