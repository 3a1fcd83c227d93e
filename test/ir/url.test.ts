import { isGraphHost, parsePath, parseUrl } from '../../generator/ir/url.js';
import type { PathSegment, RequestUrl } from '../../generator/ir/types.js';
import { atLine1, messages, page, place } from './support.js';

function url(text: string): { url: RequestUrl; messages: string[] } {
  const file = page();
  return { url: parseUrl(text, file, atLine1), messages: messages(file) };
}

/** The path of a relative URL written after `/` at column 1 (so segment columns = index + 1). */
function path(text: string): { path: PathSegment[]; messages: string[] } {
  const file = page();
  return { path: parsePath(text, file, atLine1), messages: messages(file) };
}

const p = (column: number) => place(1, column, column - 1);
const EMPTY_QUERY = { custom: [], order: [] };

describe('service root and API version', () => {
  test("isGraphHost: relative URLs, Graph's host and the typos the parser corrects; not a foreign host", () => {
    expect([null, 'graph.microsoft.com', 'GRAPH.microsoft.com', 'graph/microsoft.com', 'graph.microsft.com'].map(isGraphHost)).toEqual([true, true, true, true, true]);
    expect(['b0mpua-by3301.files.1drv.com', 'login.microsoftonline.com', 'graph.windows.net'].map(isGraphHost)).toEqual([false, false, false]);
  });

  test('absolute v1.0 URL', () => {
    expect(url('https://graph.microsoft.com/v1.0/me')).toEqual({
      url: {
        raw: 'https://graph.microsoft.com/v1.0/me',
        place: p(1),
        absolute: true,
        host: 'graph.microsoft.com',
        apiVersion: 'v1.0',
        versionSpelling: 'v1.0',
        path: [{ kind: 'name', name: 'me', idLike: false, raw: 'me', place: p(34) }],
        query: EMPTY_QUERY,
      },
      messages: [],
    });
  });

  test('beta; a query with no `?` after it is empty', () => {
    const { url: u } = url('https://graph.microsoft.com/beta/users');
    expect([u.apiVersion, u.versionSpelling, u.query]).toEqual(['beta', 'beta', EMPTY_QUERY]);
  });

  test('relative with and without the leading slash', () => {
    expect(url('/me/events')).toEqual({
      url: {
        raw: '/me/events',
        place: p(1),
        absolute: false,
        host: null,
        apiVersion: null,
        versionSpelling: null,
        path: [
          { kind: 'name', name: 'me', idLike: false, raw: 'me', place: p(2) },
          { kind: 'name', name: 'events', idLike: false, raw: 'events', place: p(5) },
        ],
        query: EMPTY_QUERY,
      },
      messages: ["test.md:1:1: info relative URL: 'https://graph.microsoft.com' is assumed [ir:url-relative]"],
    });
    expect(url('me/events').url.path.map((s) => s.kind === 'name' && s.name)).toEqual(['me', 'events']);
  });

  test('a relative URL may start with the version', () => {
    const { url: u, messages: m } = url('/beta/me');
    expect([u.apiVersion, u.path.length, m]).toEqual([
      'beta',
      1,
      ["test.md:1:1: info relative URL: 'https://graph.microsoft.com' is assumed [ir:url-relative]"],
    ]);
  });

  test('{ver} and {version}: diagnostic, apiVersion null, spelling kept', () => {
    expect(url('https://graph.microsoft.com/{ver}/connectors/{id}')).toMatchObject({
      url: { apiVersion: null, versionSpelling: '{ver}' },
      messages: [
        "test.md:1:29: warning API version is the placeholder '{ver}': use v1.0 or beta [ir:api-version-placeholder]",
      ],
    });
    expect(url('https://graph.microsoft.com/{version}/me').url.versionSpelling).toBe('{version}');
  });

  test('{version-id} later in a path is an ordinary placeholder, not the API version', () => {
    const { url: u, messages: m } = url('/me/drive/items/{item-id}/versions/{version-id}');
    expect([u.apiVersion, u.path.at(-1), m.length]).toEqual([
      null,
      { kind: 'key', keys: [{ name: null, value: { kind: 'placeholder', name: 'version-id', spelling: '{version-id}' }, place: p(36) }], raw: '{version-id}', place: p(36) },
      1,
    ]);
  });

  test('unknown and missing versions', () => {
    expect(url('https://graph.microsoft.com/v2.0/me')).toMatchObject({
      url: { apiVersion: null, versionSpelling: 'v2.0', path: [{ kind: 'name', name: 'me' }] },
      messages: ["test.md:1:29: warning API version 'v2.0' is neither v1.0 nor beta [ir:api-version-unknown]"],
    });
    expect(url('https://graph.microsoft.com/me')).toMatchObject({
      url: { apiVersion: null, versionSpelling: null, path: [{ kind: 'name', name: 'me' }] },
      messages: ['test.md:1:29: warning no API version (v1.0 or beta) after the host [ir:api-version-missing]'],
    });
  });

  test('typo host graph/microsoft.com: reported, still parsed', () => {
    expect(url('https://graph/microsoft.com/v1.0/users/{id}')).toMatchObject({
      url: { absolute: true, host: 'graph/microsoft.com', apiVersion: 'v1.0', path: [{ kind: 'name', name: 'users' }, { kind: 'key' }] },
      messages: ["test.md:1:9: warning host 'graph/microsoft.com' should be 'graph.microsoft.com' [ir:host-typo]"],
    });
  });

  test('near-miss host and missing scheme', () => {
    expect(url('https://graph.microsft.com/v1.0/me')).toMatchObject({
      url: { host: 'graph.microsft.com', apiVersion: 'v1.0' },
      messages: ["test.md:1:9: warning host 'graph.microsft.com' should be 'graph.microsoft.com' [ir:host-typo]"],
    });
    expect(url('graph.microsoft.com/v1.0/me/messages')).toMatchObject({
      url: { absolute: true, host: 'graph.microsoft.com', apiVersion: 'v1.0', path: [{ name: 'me' }, { name: 'messages' }] },
      messages: ["test.md:1:1: warning URL has no scheme: 'https://' is assumed [ir:url-missing-scheme]"],
    });
    expect(url('graph/microsoft.com/beta/me').messages).toEqual([
      "test.md:1:1: warning URL has no scheme: 'https://' is assumed [ir:url-missing-scheme]",
      "test.md:1:1: warning host 'graph/microsoft.com' should be 'graph.microsoft.com' [ir:host-typo]",
    ]);
  });

  test('a foreign host (a download URL) has no version', () => {
    expect(url('https://b0mpua-by3301.files.1drv.com/y23vmag')).toMatchObject({
      url: { absolute: true, host: 'b0mpua-by3301.files.1drv.com', apiVersion: null, path: [{ kind: 'name', name: 'y23vmag' }] },
      messages: [
        "test.md:1:9: warning host 'b0mpua-by3301.files.1drv.com' is not graph.microsoft.com: no API version or Graph path [ir:host-foreign]",
      ],
    });
  });
});

describe('path segments', () => {
  test('placeholder keys keep name and spelling; {undefined} is reported', () => {
    expect(path('users/{user-id}/series/{undefined}/points/{id|name}')).toEqual({
      path: [
        { kind: 'name', name: 'users', idLike: false, raw: 'users', place: p(1) },
        { kind: 'key', keys: [{ name: null, value: { kind: 'placeholder', name: 'user-id', spelling: '{user-id}' }, place: p(7) }], raw: '{user-id}', place: p(7) },
        { kind: 'name', name: 'series', idLike: false, raw: 'series', place: p(17) },
        { kind: 'key', keys: [{ name: null, value: { kind: 'placeholder', name: 'undefined', spelling: '{undefined}' }, place: p(24) }], raw: '{undefined}', place: p(24) },
        { kind: 'name', name: 'points', idLike: false, raw: 'points', place: p(36) },
        { kind: 'key', keys: [{ name: null, value: { kind: 'placeholder', name: 'id|name', spelling: '{id|name}' }, place: p(43) }], raw: '{id|name}', place: p(43) },
      ],
      messages: ["test.md:1:24: info placeholder '{undefined}' names nothing [ir:placeholder-suspicious]"],
    });
  });

  test("parenthesised keys: ('id'), (id='x'), composite, '' escapes, placeholders in quotes", () => {
    expect(path("users('48d31887-5fad-4d73-a9f5-3c356e68a038')").path).toEqual([
      { kind: 'name', name: 'users', idLike: false, raw: 'users', place: p(1) },
      {
        kind: 'key',
        keys: [{ name: null, value: { kind: 'string', value: '48d31887-5fad-4d73-a9f5-3c356e68a038', quoted: true }, place: p(7) }],
        raw: "('48d31887-5fad-4d73-a9f5-3c356e68a038')",
        place: p(6),
      },
    ]);
    expect(path("users(userPrincipalName='o''neil@contoso.com')").path[1]).toEqual({
      kind: 'key',
      keys: [{ name: 'userPrincipalName', value: { kind: 'string', value: "o'neil@contoso.com", quoted: true }, place: p(7) }],
      raw: "(userPrincipalName='o''neil@contoso.com')",
      place: p(6),
    });
    expect(path("orders(customerId='1',orderId=2)").path[1]).toEqual({
      kind: 'key',
      keys: [
        { name: 'customerId', value: { kind: 'string', value: '1', quoted: true }, place: p(8) },
        { name: 'orderId', value: { kind: 'number', value: 2, raw: '2' }, place: p(23) },
      ],
      raw: "(customerId='1',orderId=2)",
      place: p(7),
    });
    expect(path("servicePrincipals(appId='{appId}')").path[1]).toMatchObject({
      keys: [{ name: 'appId', value: { kind: 'placeholder', name: 'appId', spelling: "'{appId}'" } }],
    });
  });

  test('a real id in a segment is a name marked idLike; property names are not', () => {
    const segments = path(
      'users/48d31887-5fad-4d73-a9f5-3c356e68a038/messages/AAMkAGUzY5QKjAAA=/attachments/AQMkADJmMTUAAAgVZAAAA/x/john@contoso.com/calls/57DAB8B1894C409AB240BD8BEAE78896/getOffice365ActivationsUserDetail/oAuth2PermissionGrants/getPSTNCalls',
    ).path;
    expect(segments.map((s) => (s.kind === 'name' ? [s.name.slice(0, 12), s.idLike] : s.kind))).toEqual([
      ['users', false],
      ['48d31887-5fa', true],
      ['messages', false],
      ['AAMkAGUzY5QK', true],
      ['attachments', false],
      ['AQMkADJmMTUA', true],
      ['x', false],
      ['john@contoso', true],
      ['calls', false],
      ['57DAB8B1894C', true],
      ['getOffice365', false],
      ['oAuth2Permis', false],
      ['getPSTNCalls', false],
    ]);
  });

  test('function calls with parameters: quoted, dates, placeholders, numbers, spaces, angle placeholders, enums', () => {
    expect(path("me/calendar/calendarView/delta()").path[3]).toEqual({ kind: 'call', name: 'delta', parameters: [], raw: 'delta()', place: p(26) });
    expect(path("reminderView(startDateTime='2017-06-05T10:00:00.0000000',endDateTime={end})").path).toEqual([
      {
        kind: 'call',
        name: 'reminderView',
        parameters: [
          { name: 'startDateTime', value: { kind: 'string', value: '2017-06-05T10:00:00.0000000', quoted: true }, place: p(14) },
          { name: 'endDateTime', value: { kind: 'placeholder', name: 'end', spelling: '{end}' }, place: p(58) },
        ],
        raw: "reminderView(startDateTime='2017-06-05T10:00:00.0000000',endDateTime={end})",
        place: p(1),
      },
    ]);
    expect(path('getYammerActivityUserDetail(date=2018-03-05)').path[0]).toMatchObject({
      kind: 'call',
      parameters: [{ name: 'date', value: { kind: 'string', value: '2018-03-05', quoted: false } }],
    });
    expect(path('resizedRange(deltaRows={n}, deltaColumns=-2.5)').path[0]).toMatchObject({
      parameters: [
        { name: 'deltaRows', value: { kind: 'placeholder', name: 'n' }, place: p(14) },
        { name: 'deltaColumns', value: { kind: 'number', value: -2.5, raw: '-2.5' }, place: p(29) },
      ],
    });
    expect(path('cell(row=<row>,column=<column>)').path[0]).toMatchObject({
      parameters: [
        { name: 'row', value: { kind: 'placeholder', name: 'row', spelling: '<row>' } },
        { name: 'column', value: { kind: 'placeholder', name: 'column', spelling: '<column>' } },
      ],
    });
    expect(path("supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'Iana')").path[0]).toMatchObject({
      kind: 'call',
      parameters: [{ name: 'TimeZoneStandard', value: { kind: 'enum', type: 'microsoft.graph.timeZoneStandard', value: 'Iana' } }],
    });
    expect(path("search(q='it''s {x}')").path[0]).toMatchObject({
      parameters: [{ name: 'q', value: { kind: 'string', value: "it's {x}", quoted: true } }],
    });
    expect(path('usedRange(valuesOnly=true)').path[0]).toMatchObject({
      parameters: [{ name: 'valuesOnly', value: { kind: 'boolean', value: true } }],
    });
  });

  test("a colon inside a quoted parameter is not path addressing: range(address='A1:B2')", () => {
    expect(path("worksheets/{id}/range(address='A1:B2')").path.map((s) => s.kind)).toEqual(['name', 'key', 'call']);
  });

  test('namespace-qualified names, $value, $ref, $count', () => {
    expect(path('groups/{id}/members/microsoft.graph.user/$count').path.slice(3)).toEqual([
      { kind: 'qualified', name: 'microsoft.graph.user', raw: 'microsoft.graph.user', place: p(21) },
      { kind: 'count', raw: '$count', place: p(42) },
    ]);
    expect(path('me/microsoft.graph.checkMemberGroups').path[1]).toEqual({
      kind: 'qualified', name: 'microsoft.graph.checkMemberGroups', raw: 'microsoft.graph.checkMemberGroups', place: p(4),
    });
    expect(path("reports/microsoft.graph.getOffice365ActiveUserDetail(period='D7')").path[1]).toMatchObject({
      kind: 'call', name: 'microsoft.graph.getOffice365ActiveUserDetail',
    });
    expect(path('photo/$value').path[1]).toEqual({ kind: 'value', raw: '$value', place: p(7) });
    expect(path('members/$ref').path[1]).toEqual({ kind: 'ref', raw: '$ref', place: p(9) });
  });

  test('colon path addressing, with spaces and percent-encoding, closed or running to the end', () => {
    expect(path('drive/root:/folder/file name%20(1).txt:/content')).toEqual({
      path: [
        { kind: 'name', name: 'drive', idLike: false, raw: 'drive', place: p(1) },
        { kind: 'name', name: 'root', idLike: false, raw: 'root', place: p(7) },
        { kind: 'colonPath', path: '/folder/file name (1).txt', raw: '/folder/file name%20(1).txt', place: p(12) },
        { kind: 'name', name: 'content', idLike: false, raw: 'content', place: p(41) },
      ],
      messages: [],
    });
    expect(path('sites/{hostname}:/{relative-path}').path.slice(1)).toEqual([
      { kind: 'key', keys: [{ name: null, value: { kind: 'placeholder', name: 'hostname', spelling: '{hostname}' }, place: p(7) }], raw: '{hostname}', place: p(7) },
      { kind: 'colonPath', path: '/{relative-path}', raw: '/{relative-path}', place: p(18) },
    ]);
    expect(path('me/drive/root:/Documents:').path.map((s) => s.kind)).toEqual(['name', 'name', 'name', 'colonPath']);
  });

  test('percent-decoding of names; invalid escapes are reported and kept', () => {
    expect(path('users/jo%40contoso.com').path[1]).toEqual({ kind: 'name', name: 'jo@contoso.com', idLike: true, raw: 'jo%40contoso.com', place: p(7) });
    expect(path('users/a%zz').messages).toEqual([
      "test.md:1:8: warning '%' not followed by two hex digits: kept as is [ir:percent-encoding-invalid]",
    ]);
  });

  test('empty segments, trailing slash, odd segments', () => {
    expect(path('me//messages/')).toEqual({
      path: [
        { kind: 'name', name: 'me', idLike: false, raw: 'me', place: p(1) },
        { kind: 'name', name: 'messages', idLike: false, raw: 'messages', place: p(5) },
      ],
      messages: [
        'test.md:1:4: warning empty path segment (//) [ir:path-empty-segment]',
        'test.md:1:13: info path ends with / [ir:path-trailing-slash]',
      ],
    });
    expect(path("roleAssignments/$filter=principalId eq 'x'").messages).toEqual([
      "test.md:1:17: warning '$filter=principalId eq 'x'' looks like a query option: is the '?' missing? [ir:path-segment-invalid]",
    ]);
    expect(path('privilegedApproval{request-id}').messages).toEqual([
      "test.md:1:1: warning segment 'privilegedApproval{request-id}' has characters no Graph segment has [ir:path-segment-invalid]",
    ]);
  });

  test("a stray quote in an id does not swallow the following segments", () => {
    expect(path("taskgroups/AAMkADIyAAAhrbe-AAA'/taskfolders").path.map((s) => s.kind === 'name' && s.name)).toEqual([
      'taskgroups',
      "AAMkADIyAAAhrbe-AAA'",
      'taskfolders',
    ]);
  });

  test('malformed parameter lists are reported, never thrown', () => {
    expect(path("range(address='A1").messages).toEqual([
      "test.md:1:6: warning '(' in 'range(address='A1' is not closed [ir:url-value-invalid]",
      "test.md:1:15: warning unterminated quoted value 'A1 [ir:url-value-invalid]",
    ]);
    expect(path('cell(row=,column=2)x').messages).toEqual([
      "test.md:1:20: warning unexpected 'x' after ')' [ir:url-value-invalid]",
      'test.md:1:10: warning empty value [ir:url-value-invalid]',
    ]);
  });

  test('the query is split at the first ? outside parentheses', () => {
    const { url: u } = url("/me/drive/root/search(q='what?')?$top=2");
    expect([u.path.at(-1)?.kind, u.query.top]).toEqual(['call', 2]);
  });
});
