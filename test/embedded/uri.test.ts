import { parseSegment, parseTemplate, templatePath } from '../../generator/schema/embedded/uri.js';

describe('uri templates', () => {
  test('path without base URL and query expansion', () => {
    expect(templatePath('{+baseurl}/users/{user%2Did}/messages{?%24top,%24skip}')).toBe('/users/{user%2Did}/messages');
  });

  test('segments: names, keys, calls, casts, $ref/$count/$value', () => {
    expect(
      parseTemplate(
        "{+baseurl}/users/{user%2Did}/memberOf/graph.group/$ref/reminderView(StartDateTime='{StartDateTime}',EndDateTime='{EndDateTime}')/getRecentNotebooks(includePersonalNotebooks={includePersonalNotebooks})/$count/$value",
      ),
    ).toEqual([
      { kind: 'name', name: 'users' },
      { kind: 'key', parameter: 'user-id' },
      { kind: 'name', name: 'memberOf' },
      { kind: 'name', name: 'graph.group' },
      { kind: 'ref' },
      {
        kind: 'call',
        name: 'reminderView',
        parameters: [
          { name: 'StartDateTime', quoted: true },
          { name: 'EndDateTime', quoted: true },
        ],
      },
      { kind: 'call', name: 'getRecentNotebooks', parameters: [{ name: 'includePersonalNotebooks', quoted: false }] },
      { kind: 'count' },
      { kind: 'value' },
    ]);
  });

  test('a call with no parameters and a path parameter holding a slash-free quoted value', () => {
    expect(parseSegment('delta()')).toEqual({ kind: 'call', name: 'delta', parameters: [] });
    expect(parseTemplate("{+baseurl}/sites/{site%2Did}/getByPath(path='{path}')/items")).toEqual([
      { kind: 'name', name: 'sites' },
      { kind: 'key', parameter: 'site-id' },
      { kind: 'call', name: 'getByPath', parameters: [{ name: 'path', quoted: true }] },
      { kind: 'name', name: 'items' },
    ]);
  });
});
