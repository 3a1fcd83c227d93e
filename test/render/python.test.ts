/**
 * The Python view: its pieces with exact expectations, whole snippets for the shapes that matter
 * (`/me` builders from `users.item`, keyword-escaped properties, additional_data keys as written,
 * query parameters and headers, stdlib imports), the requests it refuses, and the same text whether
 * Python renders alone or after every other language.
 */
import { VFile } from 'vfile';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { pythonProfile } from '../../generator/languages/python/profile.js';
import { pythonBlock, pythonBuilderLocation, PYTHON_CLIENT_COMMENT } from '../../generator/languages/python/view.js';
import { builderChain } from '../../generator/render/chain.js';
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

function python(text: string): { code: string | null; messages: string[] } {
  const snippet = renderSnippet('python', typed(text));
  return { code: snippet.code, messages: snippet.issues.map((i) => `${i.message} [${i.ruleId}]`) };
}

describe('pieces', () => {
  test('pythonBlock puts each entry on its own line with a trailing comma', () => {
    expect(pythonBlock('User(', ['display_name = "A"', 'given_name = "B"'], 1, ')')).toBe('User(\n        display_name = "A",\n        given_name = "B",\n    )');
  });

  test('/me is the users/item builder of the Python SDK', () => {
    const me = builderChain(typed('GET https://graph.microsoft.com/v1.0/me'));
    const messages = builderChain(typed('GET https://graph.microsoft.com/v1.0/me/mailFolders/{mailFolder-id}/messages'));
    if (!me.ok || !messages.ok) throw new Error('no chain');
    expect(pythonBuilderLocation(me.chain)).toEqual({ folders: ['users', 'item'], builder: 'UserItemRequestBuilder' });
    expect(pythonBuilderLocation(messages.chain)).toEqual({ folders: ['users', 'item', 'mail_folders', 'item', 'messages'], builder: 'MessagesRequestBuilder' });
  });

  test('the snippet namer never hands out a runtime name, an imported helper or a keyword', () => {
    const names = pythonProfile.newNamer();
    expect(names.claim('request_body')).toBe('request_body1');
    expect(names.claim('date')).toBe('date1');
    expect(names.claim('from')).toBe('from1');
    expect(names.claim('from')).toBe('from2');
  });
});

describe('snippets', () => {
  test('an action under /me: body class from users.item.<action>, keyword property escaped, no result', () => {
    const { code, messages } = python(
      'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-type: application/json\n\n{"message": {"subject": "Hi", "from": {"emailAddress": {"address": "a@b.example"}}}, "saveToSentItems": false}',
    );
    expect(messages).toEqual([]);
    expect(code).toBe(
      [
        'from msgraph import GraphServiceClient',
        'from msgraph.generated.models.email_address import EmailAddress',
        'from msgraph.generated.models.message import Message',
        'from msgraph.generated.models.recipient import Recipient',
        'from msgraph.generated.users.item.send_mail.send_mail_post_request_body import SendMailPostRequestBody',
        '',
        PYTHON_CLIENT_COMMENT,
        'request_body = SendMailPostRequestBody(',
        '    message = Message(',
        '        subject = "Hi",',
        '        from_ = Recipient(',
        '            email_address = EmailAddress(',
        '                address = "a@b.example",',
        '            ),',
        '        ),',
        '    ),',
        '    save_to_sent_items = False,',
        ')',
        '',
        'await graph_client.me.send_mail.post(request_body)',
        '',
      ].join('\n'),
    );
  });

  test('query parameters class of the last builder, RequestConfiguration, headers', () => {
    const { code } = python("GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a')&$select=id,displayName&$top=5&$count=true\nConsistencyLevel: eventual");
    expect(code).toBe(
      [
        'from msgraph import GraphServiceClient',
        'from kiota_abstractions.base_request_configuration import RequestConfiguration',
        'from msgraph.generated.users.users_request_builder import UsersRequestBuilder',
        '',
        PYTHON_CLIENT_COMMENT,
        'query_params = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(',
        '    filter = "startswith(displayName,\'a\')",',
        '    select = ["id", "displayName"],',
        '    top = 5,',
        '    count = True,',
        ')',
        '',
        'request_configuration = RequestConfiguration(',
        '    query_parameters = query_params,',
        ')',
        'request_configuration.headers.add("ConsistencyLevel", "eventual")',
        '',
        'result = await graph_client.users.get(request_configuration = request_configuration)',
        '',
      ].join('\n'),
    );
  });

  test('additional_data keeps JSON keys as written; value types bring their stdlib imports', () => {
    const { code } = python(
      'POST https://graph.microsoft.com/v1.0/groups\nContent-type: application/json\n\n{"displayName": "G", "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"], "expirationDateTime": "2025-01-02T03:04:05Z"}',
    );
    expect(code).toBe(
      [
        'from datetime import datetime, timezone',
        '',
        'from msgraph import GraphServiceClient',
        'from msgraph.generated.models.group import Group',
        '',
        PYTHON_CLIENT_COMMENT,
        'request_body = Group(',
        '    display_name = "G",',
        '    expiration_date_time = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc),',
        '    additional_data = {',
        '        "members@odata.bind": [',
        '            "https://graph.microsoft.com/v1.0/users/1",',
        '        ],',
        '    },',
        ')',
        '',
        'result = await graph_client.groups.post(request_body)',
        '',
      ].join('\n'),
    );
  });

  test('functions take their arguments by keyword; placeholders lose their braces', () => {
    const { code } = python("GET https://graph.microsoft.com/v1.0/drives/{drive-id}/items/{item-id}/workbook/worksheets/{id}/range(address='A1:B2')");
    expect(code!.split('\n').at(-2)).toBe(
      'await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("item-id").workbook.worksheets.by_workbook_worksheet_id("id").range_with_address(address = "A1:B2").get()',
    );
  });

  test('a function with two or more parameters: the whole URL to with_url, below the client\'s base URL, and why', () => {
    const { code, messages } = python("GET https://graph.microsoft.com/v1.0/users/{user-id}/reminderView(startDateTime='2025-01-01T00:00:00',endDateTime='2025-01-02T00:00:00')");
    expect(code!.split('\n').slice(-4)).toEqual([
      'url = graph_client.request_adapter.base_url.rstrip("/") + "/users/user-id/reminderView(StartDateTime=\'2025-01-01T00:00:00\',EndDateTime=\'2025-01-02T00:00:00\')"',
      '',
      'result = await graph_client.users.by_user_id("user-id").reminder_view_with_start_date_time_with_end_date_time(start_date_time = "2025-01-01T00:00:00", end_date_time = "2025-01-02T00:00:00").with_url(url).get()',
      '',
    ]);
    expect(messages.filter((m) => m.endsWith('[render:sdk-url-defect]'))).toHaveLength(1);
  });
});

describe('refusals', () => {
  test('$format has no query parameter on a single entity', () => {
    const { code, messages } = python('GET https://graph.microsoft.com/v1.0/me?$select=id&$format=application/json');
    expect(code).toBeNull();
    expect(messages).toEqual(["python: the SDK's request builder for GET /me declares no $format query parameter; the SDKs can send such a URL only verbatim, through the builder's WithUrl [render:not-in-sdk]"]);
  });

  test('a text body for an operation that takes a model', () => {
    const { code, messages } = python('POST https://graph.microsoft.com/v1.0/me/messages\nContent-type: text/plain\n\nQUJD');
    expect(code).toBeNull();
    expect(messages).toEqual(['python: the body is not JSON (text/plain) and the operation takes a model, not a stream [render:unsupported]']);
  });
});
