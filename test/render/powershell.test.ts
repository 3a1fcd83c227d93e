/**
 * The PowerShell view: hashtable layout, keys and strings (never interpolated), the adapter from the
 * typed request to the command namer, parameters (placeholders as variables, real values as
 * literals), and issues for uncertain names and unsupported requests.
 */
import { VFile } from 'vfile';
import { checkSync, initCheckers } from '../../generator/check/index.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { powershellString } from '../../generator/languages/powershell/literals.js';
import { powershellProfile } from '../../generator/languages/powershell/profile.js';
import { adaptRequest, layoutPs, psKey, refTargetKey } from '../../generator/languages/powershell/view.js';
import { renderSnippet } from '../../generator/render/render.js';
import { loadSchema, type Schema } from '../../generator/schema/schema.js';
import { rawFromText } from '../support/raw.js';
import { sharedPath } from '../support/shared.js';

beforeAll(async () => {
  await initCheckers();
});

describe('strings and keys', () => {
  test('single quotes with doubling; control characters as backtick escapes; others concatenated as [char]', () => {
    expect(powershellString('plain')).toBe("'plain'");
    expect(powershellString("it's $x `y`")).toBe("'it''s $x `y`'");
    expect(powershellString('a\n$x"`')).toBe('"a`n`$x`"``"');
    expect(powershellString('RLM\u200f here')).toBe("('RLM' + [char]0x200F + ' here')");
    expect(powershellString('\u2028')).toBe("('' + [char]0x2028)");
    expect(powershellString('a\u2028\nb')).toBe('(\'a\' + [char]0x2028 + "`nb")');
  });

  test('every such string parses and is never interpolated', () => {
    const values = ['plain', "it's $x `y`", 'a\n$x"`', 'RLM\u200f here $(id)', '\u2028', 'a\u2028\n$env:PATH'];
    const code = values.map((v, i) => `$v${i} = ${powershellString(v)}`).join('\n') + '\n';
    expect(checkSync('powershell', code).findings).toEqual([]);
  });

  test('keys: bare simple words, quoted keywords and everything else', () => {
    expect(['displayName', 'end', 'filter', 'type', '@odata.type', 'If-Match', '5e8c', "it's"].map(psKey)).toEqual([
      'displayName', "'end'", "'filter'", 'type', "'@odata.type'", "'If-Match'", "'5e8c'", "'it''s'",
    ]);
  });

  test('hashtables and arrays: 4 spaces a level, empty ones inline, nested arrays kept whole with ,@(…)', () => {
    const lines = layoutPs(
      {
        kind: 'hashtable',
        entries: [
          { key: 'displayName', value: { kind: 'scalar', code: "'x'" } },
          { key: 'tags', value: { kind: 'array', items: [{ kind: 'scalar', code: "'a'" }] } },
          { key: 'values', value: { kind: 'array', items: [{ kind: 'array', items: [{ kind: 'scalar', code: '1' }] }, { kind: 'array', items: [] }] } },
          { key: 'folder', value: { kind: 'hashtable', entries: [] } },
          { key: 'none', value: { kind: 'array', items: [] } },
        ],
      },
      '',
      '$params = ',
    );
    expect(lines).toEqual([
      '$params = @{',
      "    displayName = 'x'",
      '    tags = @(',
      "        'a'",
      '    )',
      '    values = @(',
      '        ,@(',
      '            1',
      '        )',
      '        ,@()',
      '    )',
      '    folder = @{}',
      '    none = @()',
      '}',
    ]);
    expect(checkSync('powershell', lines.join('\n') + '\n').findings).toEqual([]);
  });

  test('variables never take an automatic variable or a name given out before', () => {
    const names = powershellProfile.newNamer();
    expect(['input', 'headers', 'Headers', 'host'].map((h) => names.claim(h))).toEqual(['input1', 'headers', 'headers1', 'host1']);
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

  test('/me: -UserId $userId with the UPN comment; a placeholder key is a variable, a real key a literal', () => {
    if (schema === null) return;
    const out = renderSnippet('powershell', typed("GET https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/{message-id}?$select=subject,from&$top=5"));
    expect(out.issues).toEqual([]);
    expect(out.code).toBe(
      [
        'Import-Module Microsoft.Graph.Mail',
        '',
        '# A UPN can also be used as -UserId.',
        "Get-MgUserMailFolderMessage -UserId $userId -MailFolderId 'inbox' -MessageId $messageId -Property 'subject,from' -Top 5",
        '',
      ].join('\n'),
    );
  });

  test('a body, a declared header parameter, other headers in $headers, $count as -CountVariable', () => {
    if (schema === null) return;
    const out = renderSnippet(
      'powershell',
      typed("GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a')&$count=true\nConsistencyLevel: eventual\nPrefer: return=minimal"),
    );
    expect(out.code).toBe(
      [
        'Import-Module Microsoft.Graph.Users',
        '',
        '$headers = @{',
        "    Prefer = 'return=minimal'",
        '}',
        '',
        "Get-MgUser -Filter 'startswith(displayName,''a'')' -CountVariable CountVar -ConsistencyLevel eventual -Headers $headers",
        '',
      ].join('\n'),
    );
  });

  test('the adapter: steps, operation, literals of real values', () => {
    if (schema === null) return;
    const adapted = adaptRequest(typed("GET https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period='D7')"));
    expect(adapted).toEqual({
      ok: true,
      adapted: {
        input: {
          apiVersion: 'v1.0',
          operation: 'function',
          steps: [
            { kind: 'root', name: 'reports', collection: false, entityType: 'reportRoot' },
            { kind: 'function', name: 'getEmailActivityCounts', parameters: [{ name: 'period', value: 'D7' }] },
          ],
          responseIsStream: true,
        },
        literals: new Map([['Period', "'D7'"]]),
        consumedQuery: new Set(),
        placeholderVariables: new Map(),
      },
    });
  });

  test('a $ref delete by $id removes the item\'s link, keyed by the URL\'s last segment', () => {
    if (schema === null) return;
    const out = renderSnippet('powershell', typed('DELETE https://graph.microsoft.com/v1.0/groups/g1/rejectedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/u1'));
    expect(out.code).toContain("Remove-MgGroupRejectedSenderDirectoryObjectByRef -GroupId 'g1' -DirectoryObjectId 'u1'\n");
    expect(refTargetKey('https://graph.microsoft.com/v1.0/directoryObjects/abc')).toBe('abc');
    expect(refTargetKey("https://graph.microsoft.com/v1.0/directoryObjects('abc')")).toBe('abc');
    expect(refTargetKey('https://graph.microsoft.com/v1.0/users/{user-id}')).toBe('{user-id}');
  });

  test("a $ref delete by a placeholder $id binds the placeholder's own variable and says the path was rewritten", () => {
    if (schema === null) return;
    const out = renderSnippet('powershell', typed('DELETE https://graph.microsoft.com/v1.0/groups/{group-id}/rejectedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/{user-id}'));
    expect(out.code).toContain('Remove-MgGroupRejectedSenderDirectoryObjectByRef -GroupId $groupId -DirectoryObjectId $userId\n');
    expect(out.issues.map((i) => i.ruleId)).toEqual(['render:path-rewritten']);
  });

  test('below the default calendar only its read and its events\' list and create have cmdlets', () => {
    if (schema === null) return;
    expect(renderSnippet('powershell', typed('GET https://graph.microsoft.com/v1.0/me/calendar')).code).toContain('Get-MgUserDefaultCalendar -UserId $userId\n');
    expect(renderSnippet('powershell', typed('GET https://graph.microsoft.com/v1.0/me/calendar/events')).code).toContain('Get-MgUserDefaultCalendarEvent -UserId $userId\n');
    const permissions = renderSnippet('powershell', typed('GET https://graph.microsoft.com/v1.0/me/calendar/calendarPermissions'));
    expect(permissions.code).toContain("Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/calendar/calendarPermissions'\n");
    expect(permissions.issues.map((i) => i.ruleId)).toEqual(['render:raw-request']);
  });

  test('colon paths are sent with Invoke-MgGraphRequest; a JSON-typed body that is not JSON prints nothing and says why', () => {
    if (schema === null) return;
    const colon = renderSnippet('powershell', typed('GET https://graph.microsoft.com/v1.0/me/drive/root:/a.txt:/content'));
    expect(colon.code).toContain("Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/drive/root:/a.txt:/content'\n");
    expect(colon.issues.map((i) => [i.ruleId, i.message])).toEqual([
      ['render:raw-request', 'powershell: no cmdlet can address it: path addressing (root:/path:) has no cmdlet: the snippet sends the request as written with Invoke-MgGraphRequest'],
    ]);
    const body = renderSnippet('powershell', typed('POST https://graph.microsoft.com/v1.0/me/calendars\nContent-type: application/json\n\nname=x'));
    expect(body.code).toBeNull();
    expect(body.issues.map((i) => i.ruleId)).toEqual(['render:unsupported']);
  });

  test('an uncertain name is printed and reported', () => {
    if (schema === null) return;
    const out = renderSnippet('powershell', typed("GET https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2025-03-02T08:00:00Z&endDateTime=2025-03-09T08:00:00Z"));
    expect(out.code).toContain("Get-MgUserCalendarView -UserId $userId -StartDateTime '2025-03-02T08:00:00Z' -EndDateTime '2025-03-09T08:00:00Z'\n");
    expect(out.issues.map((i) => [i.ruleId, i.message])).toEqual([
      ['render:uncertain-name', "powershell: Get-MgUserCalendarView: query parameter 'startDateTime' is passed as -StartDateTime"],
      ['render:uncertain-name', "powershell: Get-MgUserCalendarView: query parameter 'endDateTime' is passed as -EndDateTime"],
    ]);
  });
});
