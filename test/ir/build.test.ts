import { build } from './support.js';
import { place } from './support.js';

describe('buildRequest: headers and body', () => {
  test('a whole request: request line, headers (case-insensitive, values verbatim), strict JSON body', () => {
    const { ir, messages } = build(
      'POST https://graph.microsoft.com/v1.0/me/sendMail HTTP/1.1\ncontent-TYPE:  application/json; charset=utf-8 \nPrefer: outlook.timezone="Pacific Standard Time"\n\n{\n  "saveToSentItems": "false"\n}',
    );
    expect(messages).toEqual([]);
    expect(ir).toEqual({
      name: 'test_request',
      file: 'test.md',
      index: 0,
      place: place(1, 1, 0),
      annotation: { blockType: 'request', name: 'test_request' },
      method: 'POST',
      url: {
        raw: 'https://graph.microsoft.com/v1.0/me/sendMail',
        place: place(1, 6, 5),
        absolute: true,
        host: 'graph.microsoft.com',
        apiVersion: 'v1.0',
        versionSpelling: 'v1.0',
        path: [
          { kind: 'name', name: 'me', idLike: false, raw: 'me', place: place(1, 39, 38) },
          { kind: 'name', name: 'sendMail', idLike: false, raw: 'sendMail', place: place(1, 42, 41) },
        ],
        query: { custom: [], order: [] },
      },
      headers: [
        { name: 'content-TYPE', lowerName: 'content-type', value: 'application/json; charset=utf-8', place: place(2, 1, 59) },
        { name: 'Prefer', lowerName: 'prefer', value: 'outlook.timezone="Pacific Standard Time"', place: place(3, 1, 107) },
      ],
      body: {
        kind: 'json',
        value: {
          kind: 'object',
          entries: [
            {
              key: 'saveToSentItems',
              keyPlace: place(6, 3, 161),
              value: { kind: 'string', value: 'false', place: place(6, 22, 180) },
            },
          ],
          place: place(5, 1, 157),
        },
        contentType: 'application/json; charset=utf-8',
        strict: true,
        text: '{\n  "saveToSentItems": "false"\n}',
        place: place(5, 1, 157),
      },
    });
  });

  test('the IR is deeply frozen and does not freeze its input', () => {
    const { ir } = build('PATCH /me\nContent-Type: application/json\n\n{"a": {"b": [1]}}');
    expect(Object.isFrozen(ir)).toBe(true);
    expect(Object.isFrozen(ir!.url.path[0])).toBe(true);
    expect(Object.isFrozen(ir!.headers)).toBe(true);
    const body = ir!.body;
    expect(body?.kind).toBe('json');
    if (body?.kind !== 'json' || body.value.kind !== 'object') throw new Error('expected an object body');
    expect(Object.isFrozen(body.value.entries[0]!.value)).toBe(true);
    expect(() => {
      (ir as { method: string }).method = 'GET';
    }).toThrow(TypeError);
  });

  test('a blank line between the request line and the headers is repaired', () => {
    const { ir, messages } = build('GET https://graph.microsoft.com/v1.0/me/mailFolders/delta\n\nPrefer: odata.maxpagesize=2');
    expect(messages).toEqual(['test.md:2:1: warning blank line between the request line and the headers [ir:headers-after-blank-line]']);
    expect(ir?.headers).toEqual([{ name: 'Prefer', lowerName: 'prefer', value: 'odata.maxpagesize=2', place: place(3, 1, 59) }]);
    expect(ir?.body).toBeNull();
  });

  test('blank line, headers, blank line, body: headers repaired, body kept', () => {
    const { ir, messages } = build('POST /me/calendargroups/{id}/calendars\n\nContent-type: application/json\n\n{"name": "Marketing calendar"}');
    expect(messages).toEqual([
      "test.md:1:6: info relative URL: 'https://graph.microsoft.com' is assumed [ir:url-relative]",
      'test.md:2:1: warning blank line between the request line and the headers [ir:headers-after-blank-line]',
    ]);
    expect([ir?.headers.map((h) => h.lowerName), ir?.body?.kind, ir?.body?.contentType]).toEqual([['content-type'], 'json', 'application/json']);
  });

  test('a blank line followed by a body (not header lines) is a body without headers', () => {
    const { ir, messages } = build('PUT /me/drive/items/{item-id}/content\n\nThe contents of the file goes here.');
    expect(ir?.headers).toEqual([]);
    expect(ir?.body).toEqual({ kind: 'raw', text: 'The contents of the file goes here.', contentType: null, place: place(3, 1, 39) });
    expect(messages).toEqual([
      "test.md:1:5: info relative URL: 'https://graph.microsoft.com' is assumed [ir:url-relative]",
      'test.md:3:1: warning the body is not JSON (no content type): kept as raw text [ir:body-not-json]',
    ]);
  });

  test('a header line without a colon is reported and skipped; a body without its blank line is found', () => {
    const { ir, messages } = build('POST /me/events\nContent-Type application/json\nAuthorization: Bearer {token}\n{"subject": "x"}');
    expect(ir?.headers.map((h) => h.name)).toEqual(['Authorization']);
    expect(ir?.body?.kind).toBe('json');
    expect(messages.slice(1)).toEqual([
      "test.md:2:1: warning 'Content-Type application/json' is not a 'Name: value' header line [ir:header-invalid]",
      'test.md:4:1: warning the body starts without a blank line after the headers [ir:body-missing-blank-line]',
    ]);
  });

  test('non-JSON content types make a raw body without complaint', () => {
    for (const [type, text] of [
      ['text/plain', 'The contents of the file goes here.'],
      ['image/jpeg', 'Binary data for the image'],
      ['application/octet-stream', '<bytes of the file>'],
      ['multipart/form-data; boundary=MyPartBoundary', '--MyPartBoundary\nContent-Disposition: form-data; name="Presentation"\n\n<html>...</html>\n--MyPartBoundary--'],
    ] as const) {
      const { ir, messages } = build(`PUT https://graph.microsoft.com/v1.0/me/photo/$value\nContent-Type: ${type}\n\n${text}`);
      expect([ir?.body, messages]).toEqual([{ kind: 'raw', text, contentType: type, place: place(4, 1, 69 + type.length) }, []]);
    }
  });

  test('JSON content type with a body that is not JSON: raw body and a diagnostic at the body', () => {
    for (const text of ['[binary data]', '<bytes>', '<?xml version="1.0"?><a/>']) {
      const { ir, messages } = build(`POST https://graph.microsoft.com/v1.0/me/x\nContent-Type: application/json\n\n${text}`);
      expect([ir?.body?.kind, messages]).toEqual([
        'raw',
        ['test.md:4:1: warning the body is not JSON (content type application/json): kept as raw text [ir:body-not-json]'],
      ]);
    }
    const broken = build('POST https://graph.microsoft.com/v1.0/me/x\nContent-Type: application/json\n\n{\n  "content": <bytes>\n}');
    expect([broken.ir?.body?.kind, broken.messages]).toEqual([
      'raw',
      ["test.md:5:14: warning the body is not JSON (content type application/json): unexpected '<' where a JSON value is expected; kept as raw text [ir:body-not-json]"],
    ]);
  });

  test('a recovered JSON body reports each problem at its page place and is not strict', () => {
    const { ir, messages } = build('PATCH https://graph.microsoft.com/v1.0/education/classes/{id}\nContent-type: application/json\n\n{\n  "description": "History",\n}');
    expect([ir?.body?.kind, ir?.body?.kind === 'json' && ir.body.strict]).toEqual(['json', false]);
    expect(messages).toEqual(["test.md:5:27: warning trailing comma before '}' [ir:json-extra-comma]"]);
  });

  test('a stray fence inside the block is reported and dropped', () => {
    const { ir, messages } = build('POST https://graph.microsoft.com/beta/x/$ref\nContent-type: application/json\n\n```http\n{\n "@odata.id": "https://graph.microsoft.com/beta/y"\n}');
    expect(messages).toEqual(["test.md:4:1: warning stray fence line '```http' in the request block [ir:stray-fence]"]);
    expect(ir?.body).toMatchObject({ kind: 'json', strict: true, place: place(5, 1, 85), text: '{\n "@odata.id": "https://graph.microsoft.com/beta/y"\n}' });
  });

  test('an empty body with a JSON content type is fine', () => {
    const { ir, messages } = build('POST https://graph.microsoft.com/v1.0/me/events/{id}/accept\nContent-Type: application/json\n\n\n');
    expect([ir?.body, messages]).toEqual([null, []]);
  });

  test('no request line: null', () => {
    expect(build('')).toEqual({ ir: null, messages: ['test.md:1:1: error no request line (METHOD url) in the request block [ir:request-line-missing]'] });
  });

  test('trailing whitespace lines and CRLF endings do not change the result', () => {
    const a = build('GET https://graph.microsoft.com/v1.0/me\r\nPrefer: x\r\n');
    expect([a.ir?.headers.map((h) => h.value), a.ir?.body, a.messages]).toEqual([['x'], null, []]);
  });
});
