import { findRequestLine } from '../../generator/ir/request-line.js';
import { rawFromText } from '../support/raw.js';
import { messages, page, place } from './support.js';

function find(text: string) {
  const file = page();
  const raw = rawFromText(text);
  const line = findRequestLine(raw.lines, file, raw.fence.place);
  return { line, messages: messages(file) };
}

describe('request line', () => {
  test('METHOD url HTTP/1.1: the version suffix is dropped, the URL keeps its place', () => {
    expect(find('GET https://graph.microsoft.com/v1.0/me HTTP/1.1')).toEqual({
      line: { index: 0, method: 'GET', url: 'https://graph.microsoft.com/v1.0/me', urlStart: 4, place: place(1, 1, 0) },
      messages: [],
    });
  });

  test('spaces inside the URL are kept (docs write readable $filter values)', () => {
    const { line } = find("GET /users?$filter=startswith(displayName,'a b')   ");
    expect(line?.url).toBe("/users?$filter=startswith(displayName,'a b')");
  });

  test('a lowercase method is normalised and reported', () => {
    expect(find('post /me/sendMail')).toEqual({
      line: { index: 0, method: 'POST', url: '/me/sendMail', urlStart: 5, place: place(1, 1, 0) },
      messages: ["test.md:1:1: info method 'post' is read as POST [ir:method-lowercase]"],
    });
  });

  test('blank lines, comments and prose before the request line are skipped, each reported', () => {
    expect(find('\n# Request\n// example\nHere is the request:\n  DELETE /me/events/{id}')).toEqual({
      line: { index: 4, method: 'DELETE', url: '/me/events/{id}', urlStart: 9, place: place(5, 3, 45) },
      messages: [
        'test.md:1:1: info blank line before the request line [ir:leading-blank-line]',
        'test.md:2:1: info comment line before the request line [ir:leading-comment]',
        'test.md:3:1: info comment line before the request line [ir:leading-comment]',
        "test.md:4:1: warning text before the request line: 'Here is the request:' [ir:leading-text]",
      ],
    });
  });

  test('a bare URL is read as GET with a warning', () => {
    expect(find('https://graph.microsoft.com/beta/me')).toEqual({
      line: { index: 0, method: 'GET', url: 'https://graph.microsoft.com/beta/me', urlStart: 0, place: place(1, 1, 0) },
      messages: ['test.md:1:1: warning the request line has no method: GET is assumed [ir:method-missing]'],
    });
  });

  test('an unknown method gives no request (error)', () => {
    expect(find('FETCH https://graph.microsoft.com/v1.0/me')).toEqual({
      line: null,
      messages: ["test.md:1:1: error 'FETCH' is not an HTTP method [ir:method-unknown]"],
    });
  });

  test('no request line at all: null and an error at the first line', () => {
    expect(find('\nJust prose.')).toEqual({
      line: null,
      messages: [
        'test.md:1:1: info blank line before the request line [ir:leading-blank-line]',
        "test.md:2:1: warning text before the request line: 'Just prose.' [ir:leading-text]",
        'test.md:1:1: error no request line (METHOD url) in the request block [ir:request-line-missing]',
      ],
    });
  });

  test('an empty block: the error is at the fence', () => {
    const file = page();
    const raw = rawFromText('', 'test.md', 10);
    expect(findRequestLine([], file, raw.fence.place)).toBeNull();
    expect(messages(file)).toEqual([
      'test.md:9:1: error no request line (METHOD url) in the request block [ir:request-line-missing]',
    ]);
  });

  test('text after the HTTP version is reported at its column', () => {
    expect(find('GET /me HTTP/1.1 extra')).toEqual({
      line: { index: 0, method: 'GET', url: '/me', urlStart: 4, place: place(1, 1, 0) },
      messages: ["test.md:1:18: warning 'extra' after the HTTP version is ignored [ir:request-line-extra]"],
    });
  });

  test('a stray fence before the request line is reported and skipped', () => {
    expect(find('```http\nGET /me').messages).toEqual([
      "test.md:1:1: warning stray fence line '```http' in the request block [ir:stray-fence]",
    ]);
  });
});
