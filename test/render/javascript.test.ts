/**
 * The JavaScript view: its layout rules against prettier (the judge), keys, strings and numbers as
 * prettier keeps them, the path and call chain, and naming through the namer.
 */
import { VFile } from 'vfile';
import * as prettier from 'prettier';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { PRETTIER_OPTIONS } from '../../generator/format/prettier.js';
import { displayWidth, layoutChain, layoutDeclaration, prettierNumber, type JsNode } from '../../generator/languages/javascript/layout.js';
import { javascriptString } from '../../generator/languages/javascript/literals.js';
import { jsPropertyKey } from '../../generator/languages/javascript/naming.js';
import { javascriptProfile } from '../../generator/languages/javascript/profile.js';
import { pathText } from '../../generator/languages/javascript/view.js';
import { renderSnippet } from '../../generator/render/render.js';
import { loadSchema, type Schema } from '../../generator/schema/schema.js';
import { rawFromText } from '../support/raw.js';
import { sharedPath } from '../support/shared.js';

const S = (code: string): JsNode => ({ kind: 'scalar', code, scalar: 'string' });
const N = (code: string): JsNode => ({ kind: 'scalar', code, scalar: 'number' });
const B = (code: string): JsNode => ({ kind: 'scalar', code, scalar: 'boolean' });
const O = (entries: Record<string, JsNode>): JsNode => ({ kind: 'object', entries: Object.entries(entries).map(([key, value]) => ({ key: jsPropertyKey(key), value })) });
const A = (...items: JsNode[]): JsNode => ({ kind: 'array', items });

const format = (code: string) => prettier.format(code, PRETTIER_OPTIONS.javascript);

describe('strings, keys and numbers as prettier keeps them', () => {
  test('quotes: single unless more single quotes than double quotes', () => {
    expect(javascriptString('plain')).toBe("'plain'");
    expect(javascriptString("Let's go")).toBe('"Let\'s go"');
    expect(javascriptString('it\'s "x"')).toBe("'it\\'s \"x\"'");
    expect(javascriptString('a"b')).toBe("'a\"b'");
    expect(javascriptString("it's \"x\" 'y'")).toBe('"it\'s \\"x\\" \'y\'"');
    expect(javascriptString('tab\tNUL\u0000 RLM\u200f back\\slash')).toBe("'tab\\tNUL\\x00 RLM\\u200F back\\\\slash'");
  });

  test('keys: bare identifiers (keywords too), simple numbers; the rest quoted', () => {
    expect(['displayName', 'default', 'café', '1', '2.5', '01', '1.0', '@odata.type', "it's", 'a-b', '$x', '😀'].map(jsPropertyKey)).toEqual([
      'displayName', 'default', 'café', '1', '2.5', "'01'", "'1.0'", "'@odata.type'", '"it\'s"', "'a-b'", '$x', "'😀'",
    ]);
  });

  test('numbers', () => {
    expect(['1.50', '1E+05', '1e-05', '1.0', '0.10e-3', '-104.9903', '5368709120', '10', '1.00'].map(prettierNumber)).toEqual([
      '1.5', '1e5', '1e-5', '1.0', '0.1e-3', '-104.9903', '5368709120', '10', '1.0',
    ]);
  });

  test('prettier agrees on every key, string and number above', async () => {
    const keys = ['displayName', 'default', 'café', '1', '2.5', '01', '1.0', '@odata.type', "it's", 'a-b', '$x', '😀'];
    const strings = ['plain', "Let's go", 'it\'s "x"', "it's \"x\" 'y'", 'tab\tNUL\u0000 RLM\u200f back\\slash', 'x\u2028y'];
    const numbers = ['1.50', '1E+05', '1e-05', '1.0', '0.10e-3', '-104.9903', '1.00'];
    const code = [
      'const a = {',
      ...keys.map((k, i) => `  ${jsPropertyKey(k)}: ${i},`),
      ...strings.map((s, i) => `  s${i}: ${javascriptString(s)},`),
      ...numbers.map((n, i) => `  n${i}: ${prettierNumber(n)},`),
      '};',
      '',
    ].join('\n');
    expect(await format(code)).toBe(code);
  });

  test('display width counts wide characters and emoji as two columns, as prettier does', () => {
    for (const text of ['abc', 'Café Zürich — 中文会议 🎉', '李雷', 'שלום\u200f', 'e\u0301', '👩‍👩‍👧', '©', '\u0007x']) {
      expect(displayWidth(text)).toBe(prettier.util.getStringWidth(text));
    }
  });
});

describe('layout', () => {
  test('objects stay expanded; arrays fit on a line or break; long strings break after the key', () => {
    const body = O({
      displayName: S("'Library Assist'"),
      groupTypes: A(S("'Unified'")),
      nested: O({ empty: O({}), none: A() }),
      reviewers: A(O({ query: S("'./manager'") })),
      matrix: A(A(N('1'), N('2')), A(N('3'), N('4'))),
      descriptionForReviewers: S(`'${'x'.repeat(70)}'`),
      id: S(`'${'y'.repeat(80)}'`),
      manyNumbers: A(...Array.from({ length: 30 }, (_, i) => N(String(i * 1000)))),
      flag: B('false'),
    });
    expect(layoutDeclaration('const', 'group', body)).toEqual([
      'const group = {',
      "  displayName: 'Library Assist',",
      "  groupTypes: ['Unified'],",
      '  nested: {',
      '    empty: {},',
      '    none: [],',
      '  },',
      '  reviewers: [',
      '    {',
      "      query: './manager',",
      '    },',
      '  ],',
      '  matrix: [',
      '    [1, 2],',
      '    [3, 4],',
      '  ],',
      '  descriptionForReviewers:',
      `    '${'x'.repeat(70)}',`,
      `  id: '${'y'.repeat(80)}',`,
      '  manyNumbers: [',
      '    0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000,',
      '    12000, 13000, 14000, 15000, 16000, 17000, 18000, 19000, 20000, 21000, 22000,',
      '    23000, 24000, 25000, 26000, 27000, 28000, 29000,',
      '  ],',
      '  flag: false,',
      '};',
    ]);
  });

  test('a chain stays on one line when it fits, else one call a line, arguments broken out when too long', () => {
    expect(layoutChain('await ', 'client', [{ name: 'api', args: ["'/groups'"] }, { name: 'post', args: ['group'] }])).toEqual([
      "await client.api('/groups').post(group);",
    ]);
    const long = `'/users/{user-id}/${'a'.repeat(70)}'`;
    expect(layoutChain('let result = await ', 'client', [{ name: 'api', args: [long] }, { name: 'header', args: ["'Prefer'", "'x'"] }, { name: 'get', args: [] }])).toEqual([
      'let result = await client',
      '  .api(',
      `    ${long},`,
      '  )',
      "  .header('Prefer', 'x')",
      '  .get();',
    ]);
  });

  test('prettier prints the layouts above unchanged', async () => {
    const body = O({
      a: A(S("'x'"), S("'y'")),
      longerKeyName: S(`'${'z'.repeat(66)}'`),
      k: S(`'${'z'.repeat(80)}'`),
      objects: A(O({ a: N('1') }), O({})),
      strings: A(...Array.from({ length: 8 }, (_, i) => S(`'string number ${i}'`))),
      nothing: { kind: 'scalar', code: 'null', scalar: 'null' },
      manyNumbers: A(...Array.from({ length: 40 }, (_, i) => N(String(i * 997)))),
      pairs: A(A(S("'a'"), N('1')), A(S("'b'"), N('2'))),
    });
    const code = [
      ...layoutDeclaration('const', 'body', body),
      ...layoutDeclaration('const', 'stream', S(`'${'w'.repeat(75)}'`)),
      ...layoutChain('await ', 'client', [{ name: 'api', args: ["'/me'"] }, { name: 'version', args: ["'beta'"] }, { name: 'patch', args: ['body'] }]),
      ...layoutChain('let result = await ', 'client', [{ name: 'api', args: ["'/me/messages'"] }, { name: 'filter', args: [`'${'f'.repeat(72)}'`] }, { name: 'get', args: [] }]),
      '',
    ].join('\n');
    expect(await format(code)).toBe(code);
  });
});

describe('the view', () => {
  let schema: Schema | null = null;
  beforeAll(() => {
    const file = sharedPath('schemas', 'graph-v1.0.csdl');
    schema = file === null ? null : loadSchema(file);
  });
  const typed = (text: string): TypedRequest => {
    const vfile = new VFile({ path: 'test.md', value: text });
    const ir = buildRequest(rawFromText(text), vfile);
    if (ir === null) throw new Error('no request');
    return resolveRequest(ir, schema!, vfile);
  };

  test('a create: body named after its type, result kept, Content-Type left to the client', () => {
    if (schema === null) return;
    const out = renderSnippet('javascript', typed('POST https://graph.microsoft.com/v1.0/groups\nContent-type: application/json\n\n{"displayName": "Library Assist", "groupTypes": ["Unified"], "mailEnabled": true}'));
    expect(out.issues).toEqual([]);
    expect(out.code).toBe(
      [
        'const options = {',
        '  authProvider,',
        '};',
        '',
        'const client = Client.init(options);',
        '',
        'const group = {',
        "  displayName: 'Library Assist',",
        "  groupTypes: ['Unified'],",
        '  mailEnabled: true,',
        '};',
        '',
        "let result = await client.api('/groups').post(group);",
        '',
      ].join('\n'),
    );
  });

  test('real ids, keys in parentheses, function arguments and custom query parameters stay in the path', () => {
    if (schema === null) return;
    expect(pathText(typed("GET https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages?$top=2"))).toBe('/me/mailFolders/inbox/messages');
    expect(pathText(typed("GET https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period='D7')"))).toBe("/reports/getEmailActivityCounts(period='D7')");
    expect(pathText(typed("GET https://graph.microsoft.com/v1.0/users('it''s@contoso.com')"))).toBe("/users('it''s@contoso.com')");
    const out = renderSnippet('javascript', typed('GET https://graph.microsoft.com/v1.0/me?$select=displayName&$format=application/json'));
    expect(out.code?.split('\n').slice(6)).toEqual(["let result = await client", "  .api('/me?$format=application/json')", "  .select('displayName')", '  .get();', '']);
  });

  test('a body variable never takes a runtime name or a keyword', () => {
    const names = javascriptProfile.newNamer();
    expect(['client', 'options', 'result', 'default', 'group', 'group'].map((h) => names.claim(h))).toEqual(['client1', 'options1', 'result1', 'default1', 'group', 'group1']);
  });
});
