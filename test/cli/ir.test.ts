/**
 * `snipgen ir`: the typed IR of every request (JSON Lines or one line each), the version rule for
 * URLs that name none (page folder, `--api-version`), the summary's typed-requests table, with a
 * schema file and with the embedded default. Runs the built CLI (`npm test` builds it first).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { REPO_ROOT } from '../support/shared.js';

const CLI = path.join(REPO_ROOT, 'dist', 'generator', 'cli.js');
const SMALL = path.join(REPO_ROOT, 'test', 'schema', 'fixtures', 'small.csdl.xml');

async function snipgen(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const PAGE = `# Page

<!-- { "blockType": "request", "name": "get_user_messages" } -->
\`\`\`http
GET /users/{user-id}/messages/{message-id}
\`\`\`

<!-- { "blockType": "request", "name": "send_mail" } -->
\`\`\`http
POST https://graph.microsoft.com/v1.0/me/sendMail
Content-type: application/json

{"message": {"subject": "Hi"}, "saveToSentItems": false}
\`\`\`

<!-- { "blockType": "request", "name": "bad" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/groupz
\`\`\`
`;

let dir: string;
let page: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm test runs tsc)`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-ir-'));
  mkdirSync(path.join(dir, 'docs', 'beta'), { recursive: true });
  page = path.join(dir, 'docs', 'beta', 'page.md');
  writeFileSync(page, PAGE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('one line per typed request; diagnostics and the summary tables on stderr', async () => {
  const { stdout, stderr, code } = await snipgen('ir', path.join(dir, 'docs'), '--schema', SMALL);
  expect(code).toBe(0);
  expect(stdout.split('\n')).toEqual([
    `${page}:5:1\tGET beta\tget\tresolved\tget_user_messages`,
    `${page}:10:1\tPOST v1.0\taction\tresolved\tsend_mail`,
    `${page}:18:1\tGET v1.0\tunknown\tunresolved (schema:unknown-segment)\tbad`,
    '',
  ]);
  expect(stderr.split('\n')).toEqual([
    `${page}:5:5: info relative URL: 'https://graph.microsoft.com' is assumed [ir:url-relative]`,
    `${page}:5:5: info the URL names no API version; beta is assumed (the page is in a /beta/ folder) and csdl:small.csdl.xml is used [schema:api-version-assumed]`,
    `${page}:13:2: info 'message' is declared as parameter 'Message' of microsoft.graph.sendMail [schema:parameter-case]`,
    `${page}:13:32: info 'saveToSentItems' is declared as parameter 'SaveToSentItems' of microsoft.graph.sendMail [schema:parameter-case]`,
    `${page}:18:38: warning unknown segment 'groupz' at the root of the service; did you mean 'groups'? [schema:unknown-segment]`,
    '',
    'schema: csdl:small.csdl.xml',
    'pages: 1 (1 with requests), requests: 3',
    '',
    'version  GET  POST  total',
    '-------  ---  ----  -----',
    '(none)     1     0      1',
    'v1.0       1     1      2',
    'total      2     1      3',
    '',
    'typed requests            beta  v1.0  total',
    '------------------------  ----  ----  -----',
    'resolved                     1     1      2',
    '  rests on inference         0     0      0',
    'unresolved                   0     1      1',
    '  schema:unknown-segment     0     1      1',
    '',
    'rule                        severity  count',
    '--------------------------  --------  -----',
    'schema:parameter-case       info          2',
    'ir:url-relative             info          1',
    'schema:api-version-assumed  info          1',
    'schema:unknown-segment      warning       1',
    '',
  ]);
});

test('--json prints the typed IR as JSON Lines; --api-version beats the page folder; --fail-on warning', async () => {
  const { stdout, code } = await snipgen('ir', page, '--json', '--schema', SMALL, '--api-version', 'v1.0', '--no-summary', '--fail-on', 'warning');
  expect(code).toBe(1);
  const typed = stdout.trim().split('\n').map((l) => JSON.parse(l) as TypedRequest);
  expect(typed.map((t) => [t.name, t.apiVersion, t.operation, t.resolved, t.restsOnInference, t.path.map((s) => s.kind)])).toEqual([
    ['get_user_messages', 'v1.0', 'get', true, false, ['entitySet', 'key', 'navigation', 'key']],
    ['send_mail', 'v1.0', 'action', true, false, ['singleton', 'operation']],
    ['bad', 'v1.0', 'unknown', false, false, ['unresolved']],
  ]);
  const key = typed[0]!.path[1]!;
  expect(key.kind === 'key' && [key.parameterName, key.entityType]).toEqual(['user-id', 'microsoft.graph.user']);
});

test('without --schema: the embedded default of each version, and what rests on inference', async () => {
  const { stdout, stderr, code } = await snipgen('ir', page, '--json');
  expect(code).toBe(0);
  const typed = stdout.trim().split('\n').map((l) => JSON.parse(l) as TypedRequest);
  expect(typed.map((t) => [t.name, t.apiVersion, t.schemaSource.split('@')[1]?.split('/')[1], t.resolved])).toEqual([
    ['get_user_messages', 'beta', 'msgraph-beta-sdk', true],
    ['send_mail', 'v1.0', 'msgraph-sdk', true],
    ['bad', 'v1.0', 'msgraph-sdk', false],
  ]);
  // `me` is a root the embedded model inferred (rule R1); beta's `users` was carried over from v1.0 (X1).
  expect(typed.map((t) => [t.restsOnInference, t.inferences.map((i) => `${i.rule}: ${i.what}`)])).toEqual([
    [true, ["schema-fact: entity set 'users' (root)"]],
    [true, ["schema-fact: singleton 'me' (root)"]],
    [false, []],
  ]);
  const summary = stderr.slice(stderr.indexOf('typed requests'));
  expect(summary.split('\n').slice(0, 7)).toEqual([
    'typed requests            beta  v1.0  total',
    '------------------------  ----  ----  -----',
    'resolved                     1     1      2',
    '  rests on inference         1     1      2',
    'unresolved                   0     1      1',
    '  schema:unknown-segment     0     1      1',
    '',
  ]);
});
