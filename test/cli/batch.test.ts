import { batchLine } from '../../generator/commands/batch.js';
import { loadSchemas, type LoadedSchemas } from '../../generator/commands/schemas.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';

let schemas: LoadedSchemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

describe('snipgen batch, one line at a time', () => {
  test('a line that is not JSON gets one error line with its line number', () => {
    expect(batchLine('{"id": "a", http', 7, LANGUAGE_IDS, schemas.schemaFor)).toEqual([
      { line: 7, id: null, error: expect.stringMatching(/^line 7 is not valid JSON: /) },
    ]);
  });

  test('objects without id or http, and bad versions, are errors, not crashes', () => {
    expect(batchLine('[1,2]', 1, LANGUAGE_IDS, schemas.schemaFor)).toEqual([{ line: 1, id: null, error: 'line 1 is not a JSON object' }]);
    expect(batchLine('{"http": "GET /me"}', 2, LANGUAGE_IDS, schemas.schemaFor)).toEqual([{ line: 2, id: null, error: 'line 2 has no "id" (a string)' }]);
    expect(batchLine('{"id": "x"}', 3, LANGUAGE_IDS, schemas.schemaFor)).toEqual([{ line: 3, id: 'x', error: 'line 3 has no "http" (the request text, a string)' }]);
    expect(batchLine('{"id": "x", "http": "GET /me", "apiVersion": "v2"}', 4, LANGUAGE_IDS, schemas.schemaFor)).toEqual([
      { line: 4, id: 'x', error: 'line 4: "apiVersion" must be "v1.0" or "beta"' },
    ]);
    expect(batchLine('   ', 5, LANGUAGE_IDS, schemas.schemaFor)).toEqual([]);
  });

  test('a request gives one line per language, in the order asked, with diagnostics placed in the http text', () => {
    const http = 'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-Type: application/json\n\n{\n  "message": {"subject": "hi",},\n  "saveToSentItems": "false"\n}';
    const out = batchLine(JSON.stringify({ id: 'send', http }), 1, ['python', 'csharp'], schemas.schemaFor);
    expect(out.map((o) => ('language' in o ? o.language : null))).toEqual(['python', 'csharp']);
    for (const o of out) {
      if (!('language' in o)) throw new Error('expected a snippet line');
      expect(o.id).toBe('send');
      const comma = o.diagnostics.find((d) => d.ruleId === 'ir:json-extra-comma');
      expect(comma).toEqual({ severity: 'warning', ruleId: 'ir:json-extra-comma', message: expect.any(String), line: 5, column: 30 });
    }
  });

  test('a relative URL takes the line\'s apiVersion', () => {
    const out = batchLine(JSON.stringify({ id: 'r', http: 'GET /me', apiVersion: 'beta' }), 1, ['python'], schemas.schemaFor);
    expect(out).toHaveLength(1);
    const [line] = out;
    if (line === undefined || !('language' in line)) throw new Error('expected a snippet line');
    expect(line.diagnostics.filter((d) => d.ruleId === 'schema:no-api-version')).toEqual([]);
    // the one API-version rule of every command (pipeline.ts): the assumption is reported, as ir reports it
    expect(line.diagnostics.filter((d) => d.ruleId === 'schema:api-version-assumed')).toEqual([
      { severity: 'info', ruleId: 'schema:api-version-assumed', message: expect.stringContaining('beta is assumed (as the run asks)'), line: 1, column: 5 },
    ]);
  });
});
