/**
 * `snipgen serve`: the HTTP endpoint, in process on port 0 (real schemas, real checkers).
 * Whole responses are compared with goldens in test/serve/golden/ (`UPDATE_GOLDEN=1` rewrites).
 */
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';
import { renderPlayground } from '../../generator/serve/render.js';
import { MAX_BODY_BYTES, startServer, type RunningServer } from '../../generator/serve/server.js';
import { expectGolden } from '../support/golden.js';
import { REPO_ROOT } from '../support/shared.js';

const GOLDEN = path.join(REPO_ROOT, 'test/serve/golden');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let running: RunningServer;
beforeAll(async () => {
  const schemas = await loadSchemas();
  running = await startServer({ port: 0, schemaFor: schemas.schemaFor });
});
afterAll(async () => {
  await running?.close();
});

async function post(body: unknown, contentType = 'application/json'): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(new URL('/api/render', running.url), {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json(), headers: response.headers };
}

const PAGE = [
  '# Two examples',
  '',
  '<!-- { "blockType": "request", "name": "get_me" } -->',
  '```http',
  'GET https://graph.microsoft.com/v1.0/me',
  '```',
  '',
  '<!-- { "blockType": "request", "name": "update_me" } -->',
  '```http',
  'PATCH https://graph.microsoft.com/v1.0/me',
  'Content-Type: application/json',
  '',
  '{',
  '  "jobTitle": "Engineer",',
  '}',
  '```',
  '',
].join('\n');

describe('snipgen serve', () => {
  test('binds to 127.0.0.1 by default, on the port the system gave', () => {
    const address = running.server.address();
    expect(address).toEqual({ address: '127.0.0.1', family: 'IPv4', port: running.port });
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
    expect(running.port).toBeGreaterThan(0);
  });

  test('the page: HTML with a restrictive CSP, nosniff, and no inline script', async () => {
    const response = await fetch(running.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="module" src="/playground.js">']);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son\w+=|https?:\/\//);
  });

  test('the assets are served with their types and the same headers; anything else is 404', async () => {
    const types: Record<string, string> = {
      '/playground.js': 'text/javascript; charset=utf-8',
      '/highlight.js': 'text/javascript; charset=utf-8',
      '/playground.css': 'text/css; charset=utf-8',
    };
    for (const [route, type] of Object.entries(types)) {
      const response = await fetch(new URL(route, running.url));
      expect([route, response.status, response.headers.get('content-type'), response.headers.get('content-security-policy')]).toEqual([route, 200, type, CSP]);
      const text = await response.text();
      // No other origin: graph.microsoft.com appears only as text of the gallery's example requests, never fetched (CSP connect-src 'self').
      expect(text).not.toMatch(/https?:\/\/(?!learn\.microsoft\.com|graph\.microsoft\.com\/)/);
      expect(text).not.toMatch(/\beval\(|new Function|innerHTML/);
    }
    for (const route of ['/package.json', '/..%2fpackage.json', '/assets/index.html', '/api']) {
      const response = await fetch(new URL(route, running.url));
      expect([route, response.status, response.headers.get('x-content-type-options')]).toEqual([route, 404, 'nosniff']);
    }
  });

  test('an HTTP request: every language with its code, verdict and diagnostics, and the typed IR on demand', async () => {
    const http = 'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-Type: application/json\n\n{\n  "message": {"subject": "hi",},\n  "saveToSentItems": false\n}';
    const { status, json, headers } = await post({ http, ir: true });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('content-security-policy')).toBe(CSP);
    expectGolden(path.join(GOLDEN, 'send-mail.json'), JSON.stringify(json, null, 2) + '\n');
    const answer = json as { languages: Record<string, { verdict: { valid: boolean } }>; ir: unknown };
    expect(Object.keys(answer.languages)).toEqual(LANGUAGE_IDS);
    expect(Object.values(answer.languages).map((l) => l.verdict.valid)).toEqual(LANGUAGE_IDS.map(() => true));
    expect(answer.ir).not.toBeNull();
  });

  test('without ir: true the answer has no "ir", and is what the library returns', async () => {
    const schemas = await loadSchemas();
    const input = { http: 'GET /me/messages?$top=2', apiVersion: 'beta' as const };
    const { status, json } = await post(input);
    expect(status).toBe(200);
    expect(json).toEqual(JSON.parse(JSON.stringify(renderPlayground(input, schemas.schemaFor))));
    expect(Object.keys(json as object)).toEqual(['requests', 'selected', 'diagnostics', 'languages', 'typing']);
  });

  test('a docs page lists its request examples and renders the one asked for, placed in the markdown', async () => {
    const { status, json } = await post({ markdown: PAGE, request: 1 });
    expect(status).toBe(200);
    const answer = json as { requests: unknown; selected: number; diagnostics: unknown[] };
    expect(answer.requests).toEqual([
      { index: 0, name: 'get_me', line: 5, title: 'GET https://graph.microsoft.com/v1.0/me' },
      { index: 1, name: 'update_me', line: 10, title: 'PATCH https://graph.microsoft.com/v1.0/me' },
    ]);
    expect(answer.selected).toBe(1);
    expectGolden(path.join(GOLDEN, 'page-diagnostics.json'), JSON.stringify(answer.diagnostics, null, 2) + '\n');
    // A request index past the last example renders the last one.
    expect(((await post({ markdown: PAGE, request: 9 })).json as { selected: number }).selected).toBe(1);
  });

  test('a page with no request example answers an empty list and no languages', async () => {
    expect(await post({ markdown: '# nothing\n\nno examples here\n', ir: true })).toEqual({
      status: 200,
      json: { requests: [], selected: null, diagnostics: [], languages: {}, typing: null, ir: null },
      headers: expect.anything(),
    });
  });

  test('a half-typed request answers 200 with its diagnostics, not an error', async () => {
    const { status, json } = await post({ http: 'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-Type: application/json\n\n{"message": {"subject": ' });
    expect(status).toBe(200);
    expectGolden(path.join(GOLDEN, 'half-typed.json'), JSON.stringify(json, null, 2) + '\n');
    const { status: emptyStatus, json: empty } = await post({ http: '' });
    expect(emptyStatus).toBe(200);
    expectGolden(path.join(GOLDEN, 'empty.json'), JSON.stringify(empty, null, 2) + '\n');
  });

  test('bodies over 1 MiB are refused with 413 and a clear message', async () => {
    const big = JSON.stringify({ http: 'GET /me\n' + 'x'.repeat(MAX_BODY_BYTES) });
    const { status, json, headers } = await post(big);
    expect(status).toBe(413);
    expect(json).toEqual({ error: 'the request body is larger than 1048576 bytes (1 MiB); send one request or one docs page at a time' });
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    // Sent in chunks with no Content-Length: refused once the limit is passed.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(new URL('/api/render', running.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const half = Buffer.alloc(MAX_BODY_BYTES / 2 + 1, 'x');
      req.write(half);
      req.write(half, () => req.end());
    });
    expect(chunked).toEqual({ status: 413, body: JSON.stringify(json) });
    // The server keeps serving.
    expect((await post({ http: 'GET /me' })).status).toBe(200);
  });

  test('bad bodies are 400/405/415 with a message, never a crash', async () => {
    expect(await post('{"http": ')).toEqual({ status: 400, json: { error: expect.stringMatching(/^the body is not valid JSON: /) }, headers: expect.anything() });
    const cases: [unknown, string][] = [
      [[1], 'the body must be a JSON object'],
      [{}, 'give exactly one of "http" (a request) and "markdown" (a docs page)'],
      [{ http: 'GET /me', markdown: '' }, 'give exactly one of "http" (a request) and "markdown" (a docs page)'],
      [{ http: 42 }, '"http" must be a string'],
      [{ http: 'GET /me', apiVersion: 'v2' }, '"apiVersion" must be "v1.0" or "beta"'],
      [{ markdown: PAGE, request: -1 }, '"request" must be a non-negative integer'],
      [{ http: 'GET /me', code: 'process.exit()' }, 'unknown field(s): code (known: http, markdown, request, apiVersion, ir)'],
    ];
    for (const [body, error] of cases) expect([body, (await post(body)).json]).toEqual([body, { error }]);
    expect((await post('{"http": "GET /me"}', 'text/plain')).status).toBe(415);
    expect((await fetch(new URL('/api/render', running.url))).status).toBe(405);
  });
});

/** A GET with the Host header as given (fetch cannot set Host). */
function getWithHost(route: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(route, running.url), { method: 'GET', headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('snipgen serve: what a browser asks for besides the page', () => {
  test('the favicon is served (SVG), at /favicon.svg and /favicon.ico, never a 404; the page links it', async () => {
    for (const route of ['/favicon.svg', '/favicon.ico']) {
      const response = await fetch(new URL(route, running.url));
      const body = await response.text();
      expect([route, response.status, response.headers.get('content-type'), body.startsWith('<svg')]).toEqual([route, 200, 'image/svg+xml', true]);
    }
    expect(await (await fetch(running.url)).text()).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });

  test('a Host other than localhost, 127.0.0.1 or [::1] with the server port is answered 421 (DNS rebinding)', async () => {
    const port = running.port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect([host, (await getWithHost('/', host)).status]).toEqual([host, 200]);
    }
    for (const host of [`evil.example:${port}`, `localhost:${port + 1}`, 'localhost', `127.0.0.1.evil.example:${port}`, `[::1]`]) {
      const { status, body } = await getWithHost('/api/render', host);
      expect([host, status, JSON.parse(body).error]).toEqual([host, 421, expect.stringContaining(`not for Host '${host.toLowerCase()}'`)]);
    }
  });
});

describe('snipgen serve --host', () => {
  test('binds where told', async () => {
    const schemas = await loadSchemas();
    const other = await startServer({ port: 0, host: '::1', schemaFor: schemas.schemaFor }).catch(() => null);
    if (other === null) return; // no IPv6 loopback here: nothing to check
    try {
      expect(other.server.address()).toEqual({ address: '::1', family: 'IPv6', port: other.port });
      expect(other.url).toBe(`http://[::1]:${other.port}/`);
    } finally {
      await other.close();
    }
  });
});
