/**
 * The CLI (`mgc`) view: shell words, the JSON body, the adapter from the typed path to the command
 * input, and — over every golden case — the `--body` argument read back by the checker's word
 * reader AND by real bash, compared (as JSON, deep equal) with the request's body.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initCheckers } from '../../generator/check/index.js';
import { cliBodyArguments } from '../../generator/check/shell-words.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import type { JsonNode } from '../../generator/ir/types.js';
import { bodyWord, commandInput, jsonOfValue, printJson, shellWord } from '../../generator/languages/cli/view.js';
import { processPageText } from '../../generator/pipeline.js';
import { renderSnippet } from '../../generator/render/render.js';
import type { Schema } from '../../generator/schema/schema.js';
import { loadCases, type Case } from '../cases/cases.js';
import { typeCase } from '../cases/typed.js';
import { rawFromText } from '../support/raw.js';
import { embeddedSchema, sharedCsdl } from '../support/typed.js';
import { VFile } from 'vfile';

const cases = loadCases();

async function schemaFor(c: Case, version: 'v1.0' | 'beta'): Promise<Schema | null> {
  if (c.schema === 'embedded' || version === 'beta') return embeddedSchema(version);
  return sharedCsdl();
}

async function typed(c: Case): Promise<TypedRequest | null> {
  const version = /^(?:GET|POST|PATCH|PUT|DELETE)\s+\S*\/beta\//m.test(readFileSync(c.input, 'utf8')) ? 'beta' : 'v1.0';
  const schema = await schemaFor(c, version);
  if (schema === null) return null;
  return typeCase(c, schema).requests[0] ?? null;
}

/** A JSON node as a plain JS value (what `JSON.parse` of the same text gives). */
function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    case 'array':
      return node.items.map(plain);
    case 'string':
    case 'boolean':
      return node.value;
    case 'number':
      return node.value;
    case 'null':
      return null;
  }
}

/** Every command's arguments as real bash reads them: `mgc`/`mgc-beta` replaced by functions that print their arguments. */
function bashArguments(code: string, cwd: string): string[][] {
  const script = `mgc() { printf '%s\\0' "$@"; printf '\\1'; }\nmgc-beta() { mgc "$@"; }\n${code}`;
  const out = execFileSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
  return out
    .split('\u0001')
    .filter((chunk) => chunk !== '')
    .map((chunk) => chunk.split('\0').slice(0, -1));
}

function bodyOf(args: readonly string[]): string | undefined {
  const i = args.indexOf('--body');
  return i < 0 ? undefined : args[i + 1];
}

beforeAll(async () => {
  await initCheckers();
});

describe('shell words', () => {
  test.each([
    ['{user-id}', '{user-id}'],
    ['48d31887-5fad-4d73-a9f5-3c356e68a038', '48d31887-5fad-4d73-a9f5-3c356e68a038'],
    ['id,displayName', 'id,displayName'],
    ['displayName desc', "'displayName desc'"],
    ["surname eq 'D''Angelo'", `"surname eq 'D''Angelo'"`],
    ["price eq '$5'", `'price eq '\\''$5'\\'''`],
    ['{a,b}', "'{a,b}'"],
    ['a{b}', "'a{b}'"],
    ['', "''"],
    ['line\nbreak', "$'line\\nbreak'"],
    ['"displayName:Okafor"', `'"displayName:Okafor"'`],
  ])('%j → %s', (value, word) => expect(shellWord(value)).toBe(word));

  test('the body word keeps newlines and turns apostrophes into quote-escape-quote', () => {
    expect(bodyWord('{\n  "a": "it\'s"\n}')).toBe(`'{\n  "a": "it'\\''s"\n}'`);
  });
});

describe('JSON body text', () => {
  test('lays out like JSON.stringify(value, null, 2)', () => {
    const value = { a: [1, { b: null, c: [] }], d: {}, e: 'x"y\\z', f: true };
    const text = printJson({
      kind: 'object',
      entries: [
        ['a', { kind: 'array', items: [{ kind: 'scalar', text: '1' }, { kind: 'object', entries: [['b', { kind: 'scalar', text: 'null' }], ['c', { kind: 'array', items: [] }]] }] }],
        ['d', { kind: 'object', entries: [] }],
        ['e', { kind: 'scalar', text: '"x\\"y\\\\z"' }],
        ['f', { kind: 'scalar', text: 'true' }],
      ],
    });
    expect(text).toBe(JSON.stringify(value, null, 2));
  });

  test('values are the ones written: number text, strings coerced by the schema, keys as written', async () => {
    const schema = sharedCsdl();
    if (schema === null) return;
    const raw = rawFromText(
      [
        'PATCH https://graph.microsoft.com/v1.0/users/{user-id}',
        'Content-type: application/json',
        '',
        '{"accountEnabled": "false", "employeeHireDate": "2020-01-01T00:00:00Z", "usageLocation": "NL", "extension_ab12_Badge@odata.type": "#Int64", "extension_ab12_Badge": 12345678901234567890, "aboutMe": "\u2028x"}',
      ].join('\n'),
    );
    const file = new VFile({ path: 'test.md', value: '' });
    const ir = buildRequest(raw, file)!;
    const request = resolveRequest(ir, schema, file);
    expect(request.body?.kind).toBe('json');
    if (request.body?.kind !== 'json') return;
    expect(printJson(jsonOfValue(request.body.value))).toBe(
      [
        '{',
        '  "accountEnabled": "false",',
        '  "employeeHireDate": "2020-01-01T00:00:00Z",',
        '  "usageLocation": "NL",',
        '  "extension_ab12_Badge@odata.type": "#Int64",',
        '  "extension_ab12_Badge": 12345678901234567890,',
        '  "aboutMe": "\\u2028x"',
        '}',
      ].join('\n'),
    );
  });
});

describe('command input from the typed path', () => {
  const typedFrom = (line: string): TypedRequest | null => {
    const schema = sharedCsdl();
    if (schema === null) return null;
    const file = new VFile({ path: 'test.md', value: '' });
    return resolveRequest(buildRequest(rawFromText(line), file)!, schema, file);
  };

  test('keys, /me, functions with their declared parameters', () => {
    const request = typedFrom("GET https://graph.microsoft.com/v1.0/me/calendarView/delta()");
    if (request === null) return;
    expect(commandInput(request)).toEqual({
      apiVersion: 'v1.0',
      operation: 'function',
      steps: [
        { kind: 'root', name: 'me', collection: false },
        { kind: 'navigation', name: 'calendarView', collection: true },
        { kind: 'function', name: 'delta' },
      ],
    });
    const report = typedFrom("GET https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period='D7')");
    if (report === null) return;
    expect(commandInput(report)).toMatchObject({ operation: 'function', steps: [{ kind: 'root', name: 'reports' }, { kind: 'function', name: 'getEmailActivityCounts', parameters: [{ name: 'period', value: 'D7' }] }] });
  });

  test('a listed cast is read with get; keys keep the id written', () => {
    const request = typedFrom('GET https://graph.microsoft.com/v1.0/groups/02f3bafb-448c-487c-88c2-5fd65ce49a41/members/microsoft.graph.user');
    if (request === null) return;
    expect(commandInput(request)).toMatchObject({
      operation: 'get',
      steps: [
        { kind: 'root', name: 'groups' },
        { kind: 'key', name: '02f3bafb-448c-487c-88c2-5fd65ce49a41', keyParameter: 'group-id' },
        { kind: 'navigation', name: 'members' },
        { kind: 'cast', name: 'microsoft.graph.user' },
      ],
    });
    const snippet = renderSnippet('cli', request);
    expect(snippet.code).toBe('mgc groups members graph-user get --group-id 02f3bafb-448c-487c-88c2-5fd65ce49a41\n');
  });

  test('a colon path below a drive is the item it names (mgc drives items … --drive-item-id root:/path:)', () => {
    const request = typedFrom('GET https://graph.microsoft.com/v1.0/me/drive/root:/notes.txt:/content');
    if (request === null) return;
    expect(typeof commandInput(request)).toBe('object');
    expect(renderSnippet('cli', request).code).toBe("mgc drives items content get --drive-id {drive-id} --drive-item-id root:/notes.txt:\n");
  });
});

describe.each(cases.filter((c) => existsSync(path.join(c.dir, 'cli.sh'))).map((c) => [c.id, c] as const))('golden %s', (_id, c) => {
  test('--body, read by the checker and by bash, is the request body', async () => {
    const code = readFileSync(path.join(c.dir, 'cli.sh'), 'utf8');
    const page = processPageText(c.inputPath, readFileSync(c.input, 'utf8'));
    const body = page.requests[0]?.body ?? null;
    const fromChecker = cliBodyArguments(code);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-cli-'));
    let fromBash: string[][];
    try {
      fromBash = bashArguments(code, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(fromBash.length).toBe(1);
    const bashBody = bodyOf(fromBash[0]!);
    const request = await typed(c);
    if (body === null || request?.body?.kind === 'raw') {
      // No body, or a stream read from a file (checked below): no --body, unless a non-JSON text body.
      if (request?.body?.kind === 'raw' && !request.body.stream) {
        expect(fromChecker).toEqual([request.body.text]);
        expect(bashBody).toBe(request.body.text);
      } else if (bashBody !== undefined) {
        // a command that requires --body, for a request without one, sends an empty object
        expect(fromChecker).toEqual(['{}']);
        expect(bashBody).toBe('{}');
      } else {
        expect(fromChecker).toEqual([]);
      }
      return;
    }
    expect(body.kind).toBe('json');
    if (body.kind !== 'json') return;
    if (bashBody === undefined && fromChecker.length === 0) {
      // an action without parameters: its command takes no --body (render:body-ignored); or a function whose
      // parameters the docs gave as a body: they are its arguments (schema:function-arguments-from-body)
      const messages = ['cli.messages.txt', 'messages.txt'].map((f) => readFileSync(path.join(c.dir, f), 'utf8')).join('\n');
      expect(messages).toMatch(/render:body-ignored|schema:function-arguments-from-body/);
      return;
    }
    const expected = plain(body.value);
    expect(fromChecker.length).toBe(1);
    expect(JSON.parse(fromChecker[0]!)).toEqual(expected);
    expect(bashBody).toBe(fromChecker[0]);
    expect(JSON.parse(bashBody!)).toEqual(expected);
  });

  test('a stream upload writes exactly the request body into the --input-file', async () => {
    const request = await typed(c);
    if (request?.body?.kind !== 'raw' || !request.body.stream) return;
    const code = readFileSync(path.join(c.dir, 'cli.sh'), 'utf8');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-cli-'));
    try {
      const [args] = bashArguments(code, dir);
      const i = args!.indexOf('--input-file');
      expect(i).toBeGreaterThan(0);
      expect(readFileSync(path.join(dir, args![i + 1]!), 'utf8')).toBe(request.body.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
