/**
 * The C# view: its pieces with exact expectations, whole snippets for the shapes that matter
 * (action bodies under /me, query options and headers, additionalData keys, derived types, alternate
 * keys) and the requests it refuses. (Rendering alone vs after the other languages: test/render/golden.test.ts.)
 */
import { VFile } from 'vfile';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { csharpBlock, CSHARP_CLIENT_COMMENT } from '../../generator/languages/csharp/view.js';
import { csharpProfile } from '../../generator/languages/csharp/profile.js';
import { renderSnippet } from '../../generator/render/render.js';
import type { Schema } from '../../generator/schema/schema.js';
import { rawFromText } from '../support/raw.js';
import { embeddedSchema } from '../support/typed.js';

let v1: Schema;
beforeAll(async () => {
  v1 = await embeddedSchema('v1.0');
});

function typed(text: string): TypedRequest {
  const file = new VFile({ path: 'test.md', value: text });
  const ir = buildRequest(rawFromText(text), file);
  if (ir === null) throw new Error('no request');
  return resolveRequest(ir, v1, file);
}

function csharp(text: string): { code: string | null; messages: string[] } {
  const snippet = renderSnippet('csharp', typed(text));
  return { code: snippet.code, messages: snippet.issues.map((i) => `${i.message} [${i.ruleId}]`) };
}

describe('pieces', () => {
  test('csharpBlock puts each entry on its own line with a comma, braces at the depth', () => {
    expect(csharpBlock('new User', ['DisplayName = "A"', 'GivenName = "B"'], 1)).toBe('new User\n    {\n        DisplayName = "A",\n        GivenName = "B",\n    }');
    expect(csharpBlock('new UntypedArray(new List<UntypedNode>', ['new UntypedNull()'], 0, ')')).toBe('new UntypedArray(new List<UntypedNode>\n{\n    new UntypedNull(),\n})');
  });

  test('the snippet namer never hands out a runtime name or a keyword', () => {
    const names = csharpProfile.newNamer();
    expect(names.claim('requestBody')).toBe('requestBody1');
    expect(names.claim('class')).toBe('class1');
    expect(names.claim('class')).toBe('class2');
    expect(names.claim('displayName')).toBe('displayName');
  });
});

describe('snippets', () => {
  test('an action under /me: body class from Microsoft.Graph.Me.<Action>, no result', () => {
    const { code, messages } = csharp(
      'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-type: application/json\n\n{"message": {"subject": "Hi", "from": {"emailAddress": {"address": "a@b.example"}}}, "saveToSentItems": false}',
    );
    expect(messages).toEqual([]);
    expect(code).toBe(
      [
        '// Dependencies',
        'using Microsoft.Graph.Me.SendMail;',
        'using Microsoft.Graph.Models;',
        '',
        'var requestBody = new SendMailPostRequestBody',
        '{',
        '    Message = new Message',
        '    {',
        '        Subject = "Hi",',
        '        From = new Recipient',
        '        {',
        '            EmailAddress = new EmailAddress',
        '            {',
        '                Address = "a@b.example",',
        '            },',
        '        },',
        '    },',
        '    SaveToSentItems = false,',
        '};',
        '',
        CSHARP_CLIENT_COMMENT,
        'await graphClient.Me.SendMail.PostAsync(requestBody);',
        '',
      ].join('\n'),
    );
  });

  test('query options and headers go into the configuration lambda; Content-Type is the SDK’s', () => {
    const { code } = csharp(
      "GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a')&$select=id,displayName&$top=5&$count=true\nConsistencyLevel: eventual",
    );
    expect(code).toBe(
      [
        CSHARP_CLIENT_COMMENT,
        'var result = await graphClient.Users.GetAsync((requestConfiguration) =>',
        '{',
        '    requestConfiguration.QueryParameters.Filter = "startswith(displayName,\'a\')";',
        '    requestConfiguration.QueryParameters.Select = new string[] { "id", "displayName" };',
        '    requestConfiguration.QueryParameters.Top = 5;',
        '    requestConfiguration.QueryParameters.Count = true;',
        '    requestConfiguration.Headers.Add("ConsistencyLevel", "eventual");',
        '});',
        '',
      ].join('\n'),
    );
  });

  test('@odata.bind stays a key of AdditionalData, @odata.type picks the derived class', () => {
    const { code } = csharp(
      'POST https://graph.microsoft.com/v1.0/groups\nContent-type: application/json\n\n{"displayName": "G", "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"], "owners@odata.bind": []}',
    );
    expect(code).toContain(
      [
        'var requestBody = new Group',
        '{',
        '    DisplayName = "G",',
        '    AdditionalData = new Dictionary<string, object>',
        '    {',
        '        {',
        '            "members@odata.bind", new List<string>',
        '            {',
        '                "https://graph.microsoft.com/v1.0/users/1",',
        '            }',
        '        },',
        '        { "owners@odata.bind", new List<string>() },',
        '    },',
        '};',
      ].join('\n'),
    );
    expect(code!.split('\n').slice(0, 4)).toEqual(['// Dependencies', 'using Microsoft.Graph.Models;', 'using System.Collections.Generic;', '']);
  });

  test('functions: arguments by name, collections through GetAs<Builder>GetResponseAsync', () => {
    const { code } = csharp("GET https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2025-01-01T00:00:00',endDateTime='2025-01-02T00:00:00')");
    expect(code!.split('\n').at(-2)).toBe(
      'var result = await graphClient.Me.ReminderViewWithStartDateTimeWithEndDateTime(startDateTime: "2025-01-01T00:00:00", endDateTime: "2025-01-02T00:00:00").GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponseAsync();',
    );
  });

  test('an alternate key is one builder with the key as a named argument', () => {
    const { code } = csharp("GET https://graph.microsoft.com/v1.0/applications(appId='46e6adf4-a9cf-4b60-9390-0ba6fb00bf6b')");
    expect(code!.split('\n').at(-2)).toBe('var result = await graphClient.ApplicationsWithAppId(appId: "46e6adf4-a9cf-4b60-9390-0ba6fb00bf6b").GetAsync();');
  });

  test('keys keep their values: placeholders as written, real ids escaped', () => {
    expect(csharp('DELETE https://graph.microsoft.com/v1.0/users/{user-id}').code!.split('\n').at(-2)).toBe('await graphClient.Users["{user-id}"].DeleteAsync();');
    expect(csharp('GET https://graph.microsoft.com/v1.0/users/ana@contoso.example').code!.split('\n').at(-2)).toBe('var result = await graphClient.Users["ana@contoso.example"].GetAsync();');
  });
});

describe('refusals', () => {
  test('$count on a single entity: its builder declares $select and $expand only', () => {
    const { code, messages } = csharp('GET https://graph.microsoft.com/v1.0/users/{user-id}?$select=id&$count=true');
    expect(code).toBeNull();
    expect(messages).toEqual(["csharp: the SDK's request builder for GET /users/{user-id} declares no $count query parameter (it takes $select, $expand); the SDKs can send such a URL only verbatim, through the builder's WithUrl [render:not-in-sdk]"]);
  });

  test('children of a user drive are addressed through /drives/{drive-id}, and the snippet says so', () => {
    const { code, messages } = csharp('GET https://graph.microsoft.com/v1.0/me/drive/root/children');
    expect(code).toContain('var result = await graphClient.Drives["{drive-id}"].Items["root"].Children.GetAsync();\n');
    expect(messages).toEqual([
      'csharp: the SDKs have no request builders below /me/drive: the snippet addresses the drive as /drives/{drive-id} (its id comes from GET /me/drive) [render:path-rewritten]',
    ]);
  });

  test('an unknown enum member is refused, never replaced', () => {
    const { code, messages } = csharp('PATCH https://graph.microsoft.com/v1.0/me/events/{event-id}\nContent-type: application/json\n\n{"importance": "urgent"}');
    expect(code).toBeNull();
    expect(messages).toEqual(["csharp: 'urgent' is not a member of importance: the SDK's enum cannot carry it [render:unsupported]"]);
  });
});
