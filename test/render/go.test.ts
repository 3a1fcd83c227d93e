/**
 * The Go view: gofmt's key alignment, the pieces a snippet is made of (pointer setters, the namer
 * with Go keywords and duplicates, additionalData literals, flattened builder type names, `/me`,
 * function arguments, `err =` after a prelude), and whole snippets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { keyedElements } from '../../generator/languages/go/layout.js';
import { renderSnippet } from '../../generator/render/render.js';
import { rawFromText } from '../support/raw.js';
import { REPO_ROOT } from '../support/shared.js';
import { sharedCsdl } from '../support/typed.js';

function typed(text: string): TypedRequest {
  const schema = sharedCsdl();
  if (schema === null) throw new Error('the shared CSDL is required');
  const file = new VFile({ path: 'test.md' });
  const ir = buildRequest(rawFromText(text), file);
  if (ir === null) throw new Error('no request');
  return resolveRequest(ir, schema, file);
}

function go(text: string): string {
  const snippet = renderSnippet('go', typed(text));
  if (snippet.code === null) throw new Error(snippet.issues.map((i) => i.message).join('; '));
  return snippet.code;
}

/** The lines between the imports and the client comment. */
function setup(code: string): string[] {
  const lines = code.split('\n');
  const start = lines.indexOf(')') + 2;
  const end = lines.findIndex((l) => l.startsWith('// To initialize'));
  return lines.slice(start, end - 1);
}

const COMMENT = '// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go';

describe('gofmt key alignment', () => {
  test('one-line elements share a value column', () => {
    expect(keyedElements([{ key: 'Filter', value: ['&f'] }, { key: 'Orderby', value: ['[]string{"a"}'] }, { key: 'Top', value: ['&t'] }], '\t')).toEqual([
      '\tFilter:  &f,',
      '\tOrderby: []string{"a"},',
      '\tTop:     &t,',
    ]);
  });
  test('an element spanning lines ends the section and keeps one space', () => {
    expect(
      keyedElements(
        [
          { key: '"members@odata.bind"', value: ['[]string{', '\t"a",', '}'] },
          { key: '"owners@odata.bind"', value: ['"x"'] },
          { key: '"x"', value: ['1'] },
        ],
        '\t',
      ),
    ).toEqual(['\t"members@odata.bind": []string{', '\t\t"a",', '\t},', '\t"owners@odata.bind": "x",', '\t"x":                 1,']);
  });
  test('a key far longer than the section (over 40 columns) starts a new section', () => {
    const long = `"${'k'.repeat(60)}"`;
    expect(keyedElements([{ key: '"a"', value: ['1'] }, { key: '"bb"', value: ['2'] }, { key: long, value: ['3'] }], '\t')).toEqual([
      '\t"a":  1,',
      '\t"bb": 2,',
      `\t${long}: 3,`,
    ]);
  });
});

describe('Go snippets', () => {
  test('a POST with nested objects, a collection, keyword names and duplicates', () => {
    const code = go(
      [
        'POST https://graph.microsoft.com/v1.0/me/events',
        'Content-Type: application/json',
        '',
        '{ "subject": "Sync", "recurrence": { "pattern": { "type": "weekly", "interval": 1 }, "range": { "type": "noEnd", "startDate": "2025-01-06" } },',
        '  "attendees": [ { "emailAddress": { "address": "a@contoso.example" } }, { "emailAddress": { "address": "b@contoso.example" } } ] }',
      ].join('\n'),
    );
    expect(code).toBe(
      [
        'import (',
        '\t"context"',
        '\t"log"',
        '\t"time"',
        '',
        '\t"github.com/microsoft/kiota-abstractions-go/serialization"',
        '\tgraphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"',
        ')',
        '',
        'requestBody := graphmodels.NewEvent()',
        'subject := "Sync"',
        'requestBody.SetSubject(&subject)',
        'recurrence := graphmodels.NewPatternedRecurrence()',
        'pattern := graphmodels.NewRecurrencePattern()',
        'type1 := graphmodels.WEEKLY_RECURRENCEPATTERNTYPE',
        'pattern.SetTypeEscaped(&type1)',
        'interval := int32(1)',
        'pattern.SetInterval(&interval)',
        'recurrence.SetPattern(pattern)',
        'range1 := graphmodels.NewRecurrenceRange()',
        'type2 := graphmodels.NOEND_RECURRENCERANGETYPE',
        'range1.SetTypeEscaped(&type2)',
        'startDate := serialization.NewDateOnly(time.Date(2025, time.January, 6, 0, 0, 0, 0, time.UTC))',
        'range1.SetStartDate(startDate)',
        'recurrence.SetRangeEscaped(range1)',
        'requestBody.SetRecurrence(recurrence)',
        'attendee := graphmodels.NewAttendee()',
        'emailAddress := graphmodels.NewEmailAddress()',
        'address := "a@contoso.example"',
        'emailAddress.SetAddress(&address)',
        'attendee.SetEmailAddress(emailAddress)',
        'attendee1 := graphmodels.NewAttendee()',
        'emailAddress1 := graphmodels.NewEmailAddress()',
        'address1 := "b@contoso.example"',
        'emailAddress1.SetAddress(&address1)',
        'attendee1.SetEmailAddress(emailAddress1)',
        'attendees := []graphmodels.Attendeeable{',
        '\tattendee,',
        '\tattendee1,',
        '}',
        'requestBody.SetAttendees(attendees)',
        '',
        COMMENT,
        'result, err := graphClient.Me().Events().Post(context.Background(), requestBody, nil)',
        'if err != nil {',
        '\tlog.Fatal(err)',
        '}',
        '_ = result',
        '',
      ].join('\n'),
    );
  });

  test('query options and headers: flattened type names under users (/me is users/item), pointers to variables', () => {
    const code = go(['GET https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages?$filter=isRead eq false&$select=subject,from&$top=5', 'Prefer: outlook.body-content-type="text"'].join('\n'));
    expect(setup(code)).toEqual([
      'headers := abstractions.NewRequestHeaders()',
      'headers.Add("Prefer", "outlook.body-content-type=\\"text\\"")',
      'requestFilter := "isRead eq false"',
      'requestTop := int32(5)',
      'requestParameters := &graphusers.ItemMailFoldersItemMessagesRequestBuilderGetQueryParameters{',
      '\tFilter: &requestFilter,',
      '\tSelect: []string{"subject", "from"},',
      '\tTop:    &requestTop,',
      '}',
      'configuration := &graphusers.ItemMailFoldersItemMessagesRequestBuilderGetRequestConfiguration{',
      '\tQueryParameters: requestParameters,',
      '\tHeaders:         headers,',
      '}',
    ]);
    expect(code).toContain('\nresult, err := graphClient.Me().MailFolders().ByMailFolderId("inbox").Messages().Get(context.Background(), configuration)\n');
  });

  test('additionalData keeps JSON keys, arrays and objects as literals (never statements inside the map)', () => {
    const code = go(
      [
        'POST https://graph.microsoft.com/v1.0/groups',
        'Content-Type: application/json',
        '',
        '{ "displayName": "G", "owners@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"], "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/2"], "extra": { "n": 1, "ok": true } }',
      ].join('\n'),
    );
    expect(setup(code)).toEqual([
      'requestBody := graphmodels.NewGroup()',
      'displayName := "G"',
      'requestBody.SetDisplayName(&displayName)',
      'additionalData := map[string]interface{}{',
      '\t"owners@odata.bind": []string{',
      '\t\t"https://graph.microsoft.com/v1.0/users/1",',
      '\t},',
      '\t"members@odata.bind": []string{',
      '\t\t"https://graph.microsoft.com/v1.0/users/2",',
      '\t},',
      '\t"extra": map[string]interface{}{',
      '\t\t"n":  1,',
      '\t\t"ok": true,',
      '\t},',
      '}',
      'requestBody.SetAdditionalData(additionalData)',
    ]);
  });

  test('an action without a result: `err :=`, its body from the root package; `err =` once a prelude declared err', () => {
    const send = go(['POST https://graph.microsoft.com/v1.0/users/48d31887-5fad-4d73-a9f5-3c356e68a038/sendMail', 'Content-Type: application/json', '', '{ "saveToSentItems": false }'].join('\n'));
    expect(send).toContain('requestBody := graphusers.NewItemSendMailPostRequestBody()\n');
    expect(send.split(COMMENT + '\n')[1]).toBe(
      'err := graphClient.Users().ByUserId("48d31887-5fad-4d73-a9f5-3c356e68a038").SendMail().Post(context.Background(), requestBody, nil)\nif err != nil {\n\tlog.Fatal(err)\n}\n',
    );
    const withPrelude = go(
      [
        'POST https://graph.microsoft.com/v1.0/users/u1/messages/m1/attachments',
        'Content-Type: application/json',
        '',
        '{ "@odata.type": "#microsoft.graph.fileAttachment", "name": "a.txt", "contentBytes": "SGVsbG8=" }',
      ].join('\n'),
    );
    expect(setup(withPrelude)).toEqual([
      'requestBody := graphmodels.NewFileAttachment()',
      'odataType := "#microsoft.graph.fileAttachment"',
      'requestBody.SetOdataType(&odataType)',
      'name := "a.txt"',
      'requestBody.SetName(&name)',
      'contentBytes, err := base64.StdEncoding.DecodeString("SGVsbG8=")',
      'if err != nil {',
      '\tlog.Fatal(err)',
      '}',
      'requestBody.SetContentBytes(contentBytes)',
    ]);
    expect(withPrelude).toContain('\nresult, err := graphClient.Users().ByUserId("u1").Messages().ByMessageId("m1").Attachments().Post(context.Background(), requestBody, nil)\n');
  });

  test('function arguments are pointers, in the signature order (by name); inline responses use GetAs…', () => {
    const code = go("GET https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2025-04-01T09:00:00',endDateTime='2025-04-02T18:00:00')");
    expect(setup(code)).toEqual(['endDateTime := "2025-04-02T18:00:00"', 'startDateTime := "2025-04-01T09:00:00"']);
    expect(code).toContain(
      '\nresult, err := graphClient.Me().ReminderViewWithStartDateTimeWithEndDateTime(&endDateTime, &startDateTime).GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponse(context.Background(), nil)\n',
    );
  });

  test('what the SDK cannot say prints no snippet and says why', () => {
    const undeclared = renderSnippet('go', typed('GET https://graph.microsoft.com/v1.0/me?$select=displayName&$format=json'));
    expect(undeclared.code).toBeNull();
    expect(undeclared.issues.map((i) => [i.ruleId, i.message])).toEqual([['render:not-in-sdk', "go: the SDK's request builder for GET /me declares no $format query parameter; the SDKs can send such a URL only verbatim, through the builder's WithUrl"]]);
    const unknownMember = renderSnippet('go', typed(['PATCH https://graph.microsoft.com/v1.0/me/messages/m1', 'Content-Type: application/json', '', '{ "importance": "urgent" }'].join('\n')));
    expect(unknownMember.code).toBeNull();
    expect(unknownMember.issues.map((i) => i.message)).toEqual(["go: 'urgent' is not a member of importance: the SDK's enum cannot carry it"]);
  });
});

/** gofmt as a judge of every golden, when it is installed: the snippet in a function of a file must come out unchanged. */
const gofmt = spawnSync('gofmt', ['--help']).error === undefined ? describe : describe.skip;
gofmt('gofmt leaves every Go golden unchanged', () => {
  const root = path.join(REPO_ROOT, 'test', 'cases');
  const files = readdirSync(root, { withFileTypes: true })
    .filter((a) => a.isDirectory() && a.name !== 'extract')
    .flatMap((a) => readdirSync(path.join(root, a.name)).map((c) => path.join(root, a.name, c, 'go.go')))
    .filter((f) => existsSync(f))
    .sort();
  test.each(files.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const imports = /^import \([^]*?\n\)\n/.exec(code)?.[0] ?? '';
    const body = code.slice(imports.length).split('\n').map((l) => (l === '' ? l : `\t${l}`)).join('\n');
    const wrapped = `package main\n\n${imports}\nfunc main() {\n${body.replace(/\n+$/, '')}\n}\n`;
    const formatted = spawnSync('gofmt', [], { input: wrapped, encoding: 'utf8' });
    expect(formatted.stderr).toBe('');
    expect(formatted.stdout).toBe(wrapped);
  });
});
