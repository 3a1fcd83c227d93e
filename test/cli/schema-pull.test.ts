/**
 * `snipgen schema pull` against local HTTP servers on 127.0.0.1 (random ports): the shared Graph
 * CSDL and a small CSDL served with CRLF line endings; deterministic bytes, an atomic write, a file
 * usable with `--schema`; and the error paths (404, not CSDL, connection refused, timeout), each a
 * clear message, exit code 1 and no file written. Runs the built CLI (`npm test` builds it first).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadSchema } from '../../generator/schema/schema.js';
import { metadataUrl, normaliseLineEndings } from '../../generator/schema/pull.js';
import { describeWithShared, REPO_ROOT } from '../support/shared.js';

const CLI = path.join(REPO_ROOT, 'dist', 'generator', 'cli.js');

async function snipgen(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, timeout: 30_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

/** A server on 127.0.0.1, random port; `handler` answers every request. */
async function serve(handler: http.RequestListener): Promise<{ root: string; close: () => Promise<void>; paths: string[] }> {
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    paths.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}/svc/v1.0`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SMALL_CSDL = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
  '  <edmx:DataServices>',
  '    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
  '      <EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>',
  '      <EntityType Name="widget" BaseType="graph.entity"><Property Name="label" Type="Edm.String" /></EntityType>',
  '      <EntityContainer Name="GraphService"><EntitySet Name="widgets" EntityType="graph.widget" /></EntityContainer>',
  '    </Schema>',
  '  </edmx:DataServices>',
  '</edmx:Edmx>',
  '',
].join('\r\n');

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm test runs tsc)`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-pull-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('helpers: $metadata after the service root; CRLF and CR become LF', () => {
  expect([metadataUrl('http://h/v1.0'), metadataUrl('http://h/v1.0/')]).toEqual(['http://h/v1.0/$metadata', 'http://h/v1.0/$metadata']);
  expect(normaliseLineEndings('a\r\nb\rc\n')).toBe('a\nb\nc\n');
});

describe('a small CSDL served with CRLF', () => {
  test('written with LF, byte for byte otherwise, the same bytes twice, usable as --schema', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(SMALL_CSDL);
    });
    try {
      const out = path.join(dir, 'small', 'graph.csdl');
      const first = await snipgen('schema', 'pull', '--url', server.root, '--out', out);
      const bytes = readFileSync(out);
      const expected = SMALL_CSDL.replace(/\r\n/g, '\n');
      expect([first.code, bytes.toString('utf8')]).toEqual([0, expected]);
      expect(first.stderr).toBe(`${server.root}/$metadata → ${out} (${Buffer.byteLength(expected)} bytes, sha256 ${sha(expected)})\n`);
      const second = await snipgen('schema', 'pull', '--url', server.root, '--out', out);
      expect([second.code, sha(readFileSync(out))]).toEqual([0, sha(bytes)]);
      expect(server.paths).toEqual(['/svc/v1.0/$metadata', '/svc/v1.0/$metadata']);
      expect(readdirSync(path.dirname(out))).toEqual(['graph.csdl']); // no temp file left
      const schema = loadSchema(out);
      expect([schema.model.source, schema.containerElement('widgets')?.type]).toEqual(['csdl:graph.csdl', 'microsoft.graph.widget']);
    } finally {
      await server.close();
    }
  });
});

describeWithShared('the shared Graph v1.0 CSDL served locally', ['schemas', 'graph-v1.0.csdl'], (csdl) => {
  test('pulled to the same text (line endings normalised), loadable as a schema', async () => {
    const text = readFileSync(csdl, 'utf8');
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(text);
    });
    try {
      const out = path.join(dir, 'graph-v1.0.csdl');
      const { code } = await snipgen('schema', 'pull', '--version', 'v1.0', '--url', server.root, '--out', out);
      expect(code).toBe(0);
      expect(sha(readFileSync(out))).toBe(sha(normaliseLineEndings(text)));
      const pulled = loadSchema(out);
      const original = loadSchema(csdl);
      expect(Object.keys(pulled.model.types).length).toBe(Object.keys(original.model.types).length);
      expect(pulled.model.container.elements).toEqual(original.model.container.elements);
    } finally {
      await server.close();
    }
  });
});

describe('failures: a clear message, exit code 1, no file', () => {
  test('HTTP 404', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    });
    try {
      const out = path.join(dir, 'e404.csdl');
      const r = await snipgen('schema', 'pull', '--url', server.root, '--out', out);
      expect([r.code, r.stderr, existsSync(out)]).toEqual([1, `snipgen schema pull: cannot download ${server.root}/$metadata: HTTP 404 Not Found\n`, false]);
    } finally {
      await server.close();
    }
  });

  test('an answer that is not CSDL', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>sign in</body></html>');
    });
    try {
      const out = path.join(dir, 'html.csdl');
      const r = await snipgen('schema', 'pull', '--url', server.root, '--out', out);
      expect([r.code, r.stderr, existsSync(out)]).toEqual([1, `snipgen schema pull: ${server.root}/$metadata did not answer with a CSDL document (no <edmx:Edmx> with a <Schema>)\n`, false]);
    } finally {
      await server.close();
    }
  });

  test('connection refused', async () => {
    const server = await serve(() => undefined);
    const root = server.root;
    await server.close(); // the port is free now: nobody listens
    const out = path.join(dir, 'refused.csdl');
    const r = await snipgen('schema', 'pull', '--url', root, '--out', out);
    expect([r.code, r.stderr, existsSync(out)]).toEqual([1, `snipgen schema pull: cannot download ${root}/$metadata: fetch failed (ECONNREFUSED)\n`, false]);
  });

  test('a server that never answers: the timeout ends the pull', async () => {
    const server = await serve(() => undefined); // accepts, never responds
    try {
      const out = path.join(dir, 'slow.csdl');
      const started = Date.now();
      const r = await snipgen('schema', 'pull', '--url', server.root, '--out', out, '--timeout', '500');
      expect([r.code, r.stderr, existsSync(out)]).toEqual([1, `snipgen schema pull: no complete answer from ${server.root}/$metadata within 500 ms (timed out)\n`, false]);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await server.close();
    }
  });

  test('a bad --timeout is refused by the option parser', async () => {
    const r = await snipgen('schema', 'pull', '--timeout', 'soon');
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([1, "error: option '--timeout <ms>' argument 'soon' is invalid. not a positive number of milliseconds: 'soon'"]);
  });
});
