/**
 * The Java view: the prettier-java layout rules the doc printer reproduces (each checked against
 * prettier itself), the pieces a snippet is made of (imports, setters, LinkedList/HashMap, untyped
 * nodes, the namer with Java keywords and duplicates, typed results, `/me` as `users.item`), whole
 * snippets.
 */
import { VFile } from 'vfile';
import { prettierFormat } from '../../generator/format/prettier.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { arrayInitializer, assignment, call, chain, expressionDoc, printDoc, type Doc } from '../../generator/languages/java/layout.js';
import { renderSnippet } from '../../generator/render/render.js';
import { rawFromText } from '../support/raw.js';
import { sharedCsdl } from '../support/typed.js';

function typed(text: string): TypedRequest {
  const schema = sharedCsdl();
  if (schema === null) throw new Error('the shared CSDL is required');
  const file = new VFile({ path: 'test.md' });
  const ir = buildRequest(rawFromText(text), file);
  if (ir === null) throw new Error('no request');
  return resolveRequest(ir, schema, file);
}

function java(text: string): string {
  const snippet = renderSnippet('java', typed(text));
  if (snippet.code === null) throw new Error(snippet.issues.map((i) => i.message).join('; '));
  return snippet.code;
}

const COMMENT = '// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java';
const statement = (doc: Doc) => printDoc([doc, ';']).join('\n');

describe('prettier-java layout', () => {
  const cases: [string, Doc, string][] = [
    ['a call that fits', call('settings.setInstanceDurationInDays', ['2']), 'settings.setInstanceDurationInDays(2);'],
    [
      'a call that does not fit breaks its arguments',
      call('accessReviewScheduleDefinition.setDescriptionForReviewers', ['"If you have any questions, contact someone"']),
      'accessReviewScheduleDefinition.setDescriptionForReviewers(\n  "If you have any questions, contact someone"\n);',
    ],
    [
      'a declaration whose right side cannot break moves it to the next line',
      assignment('AccessReviewScheduleDefinition accessReviewScheduleDefinition', 'new AccessReviewScheduleDefinition()'),
      'AccessReviewScheduleDefinition accessReviewScheduleDefinition =\n  new AccessReviewScheduleDefinition();',
    ],
    [
      'a declaration whose right side can break keeps it on the line',
      assignment('InputStream stream', expressionDoc('new ByteArrayInputStream("Binary data for the image".getBytes(StandardCharsets.UTF_8))')),
      'InputStream stream = new ByteArrayInputStream(\n  "Binary data for the image".getBytes(StandardCharsets.UTF_8)\n);',
    ],
    [
      'nested calls break from the outside in',
      call('requestBody.setPartsToClone', [expressionDoc('EnumSet.of(ClonableTeamParts.Apps, ClonableTeamParts.Tabs, ClonableTeamParts.Settings)')]),
      'requestBody.setPartsToClone(\n  EnumSet.of(\n    ClonableTeamParts.Apps,\n    ClonableTeamParts.Tabs,\n    ClonableTeamParts.Settings\n  )\n);',
    ],
    [
      'an array initializer that does not fit: one element a line, trailing comma',
      assignment('requestConfiguration.queryParameters.select', arrayInitializer('String', ['"displayName"', '"givenName"', '"surname"', '"mail"', '"jobTitle"'])),
      'requestConfiguration.queryParameters.select = new String[] {\n  "displayName",\n  "givenName",\n  "surname",\n  "mail",\n  "jobTitle",\n};',
    ],
    ['an array initializer that fits', assignment('x.select', arrayInitializer('String', ['"id"'])), 'x.select = new String[] { "id" };'],
  ];
  test.each(cases)('%s', async (_name, doc, expected) => {
    expect(statement(doc)).toBe(expected);
    expect(await prettierFormat('java', expected + '\n')).toBe(expected + '\n');
  });

  const lambda = { lambda: true as const, param: 'requestConfiguration', body: [['requestConfiguration.headers.add("ConsistencyLevel", "eventual")', ';'] as Doc] };
  const chains: [string, Doc, string][] = [
    ['a chain that fits stays on one line', chain('graphClient', [{ name: 'me', args: [] }, { name: 'sendMail', args: [] }, { name: 'post', args: ['body'] }]), 'graphClient.me().sendMail().post(body);'],
    [
      'a chain that does not fit: one call a line',
      chain('graphClient', [{ name: 'identityGovernance', args: [] }, { name: 'accessReviews', args: [] }, { name: 'definitions', args: [] }, { name: 'post', args: ['accessReviewScheduleDefinition'] }], 'AccessReviewScheduleDefinition result = '),
      'AccessReviewScheduleDefinition result = graphClient\n  .identityGovernance()\n  .accessReviews()\n  .definitions()\n  .post(accessReviewScheduleDefinition);',
    ],
    [
      'two calls with a lambda whose first line fits: the lambda is hugged',
      chain('graphClient', [{ name: 'me', args: [] }, { name: 'get', args: [lambda] }], 'User result = '),
      'User result = graphClient.me().get(requestConfiguration -> {\n  requestConfiguration.headers.add("ConsistencyLevel", "eventual");\n});',
    ],
    [
      'more than two calls with a lambda: one call a line',
      chain('graphClient', [{ name: 'groups', args: [] }, { name: 'count', args: [] }, { name: 'get', args: [lambda] }], 'Integer result = '),
      'Integer result = graphClient\n  .groups()\n  .count()\n  .get(requestConfiguration -> {\n    requestConfiguration.headers.add("ConsistencyLevel", "eventual");\n  });',
    ],
  ];
  test.each(chains)('%s', async (_name, doc, expected) => {
    expect(printDoc(doc).join('\n')).toBe(expected);
    expect(await prettierFormat('java', expected + '\n')).toBe(expected + '\n');
  });
});

describe('Java snippets', () => {
  test('a POST: imports, setters, nested objects, LinkedList, a typed result', () => {
    expect(
      java(
        [
          'POST https://graph.microsoft.com/v1.0/me/events',
          'Content-Type: application/json',
          '',
          '{ "subject": "Sync", "recurrence": { "pattern": { "type": "weekly", "interval": 1 }, "range": { "type": "noEnd", "startDate": "2025-01-06" } },',
          '  "attendees": [ { "emailAddress": { "address": "a@contoso.example" } }, { "emailAddress": { "address": "b@contoso.example" } } ] }',
        ].join('\n'),
      ),
    ).toBe(
      [
        'import com.microsoft.graph.models.Attendee;',
        'import com.microsoft.graph.models.EmailAddress;',
        'import com.microsoft.graph.models.Event;',
        'import com.microsoft.graph.models.PatternedRecurrence;',
        'import com.microsoft.graph.models.RecurrencePattern;',
        'import com.microsoft.graph.models.RecurrencePatternType;',
        'import com.microsoft.graph.models.RecurrenceRange;',
        'import com.microsoft.graph.models.RecurrenceRangeType;',
        'import java.time.LocalDate;',
        'import java.util.LinkedList;',
        '',
        'Event event = new Event();',
        'event.setSubject("Sync");',
        'PatternedRecurrence recurrence = new PatternedRecurrence();',
        'RecurrencePattern pattern = new RecurrencePattern();',
        'pattern.setType(RecurrencePatternType.Weekly);',
        'pattern.setInterval(1);',
        'recurrence.setPattern(pattern);',
        'RecurrenceRange range = new RecurrenceRange();',
        'range.setType(RecurrenceRangeType.NoEnd);',
        'range.setStartDate(LocalDate.of(2025, 1, 6));',
        'recurrence.setRange(range);',
        'event.setRecurrence(recurrence);',
        'LinkedList<Attendee> attendees = new LinkedList<>();',
        'Attendee attendee = new Attendee();',
        'EmailAddress emailAddress = new EmailAddress();',
        'emailAddress.setAddress("a@contoso.example");',
        'attendee.setEmailAddress(emailAddress);',
        'attendees.add(attendee);',
        'Attendee attendee1 = new Attendee();',
        'EmailAddress emailAddress1 = new EmailAddress();',
        'emailAddress1.setAddress("b@contoso.example");',
        'attendee1.setEmailAddress(emailAddress1);',
        'attendees.add(attendee1);',
        'event.setAttendees(attendees);',
        '',
        COMMENT,
        'Event result = graphClient.me().events().post(event);',
        '',
      ].join('\n'),
    );
  });

  test('Java keywords never name a variable; action bodies come from the builder package (/me is users.item)', () => {
    const code = java(
      [
        'POST https://graph.microsoft.com/v1.0/me/sendMail',
        'Content-Type: application/json',
        '',
        '{ "message": { "subject": "Hi", "body": { "contentType": "text", "content": "x" } }, "saveToSentItems": true }',
      ].join('\n'),
    );
    expect(code.split('\n').filter((l) => l.startsWith('import '))).toEqual([
      'import com.microsoft.graph.models.BodyType;',
      'import com.microsoft.graph.models.ItemBody;',
      'import com.microsoft.graph.models.Message;',
      'import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;',
    ]);
    expect(code).toContain('\nSendMailPostRequestBody sendMailPostRequestBody =\n  new SendMailPostRequestBody();\nMessage message = new Message();\n');
    expect(code.endsWith(`${COMMENT}\ngraphClient.me().sendMail().post(sendMailPostRequestBody);\n`)).toBe(true);
    const keyword = java(['POST https://graph.microsoft.com/v1.0/users/u1/messages/m1/attachments', 'Content-Type: application/json', '', '{ "@odata.type": "#microsoft.graph.fileAttachment", "name": "a.txt", "contentBytes": "SGVsbG8=" }'].join('\n'));
    expect(keyword).toContain('\nFileAttachment fileAttachment = new FileAttachment();\nfileAttachment.setOdataType("#microsoft.graph.fileAttachment");\nfileAttachment.setName("a.txt");\nfileAttachment.setContentBytes(Base64.getDecoder().decode("SGVsbG8="));\n');
  });

  test('additionalData: JSON keys kept, string arrays as LinkedList<String>, other JSON as untyped nodes', () => {
    const code = java(
      [
        'POST https://graph.microsoft.com/v1.0/groups',
        'Content-Type: application/json',
        '',
        '{ "displayName": "G", "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/2"], "extra": { "n": 1, "ok": true } }',
      ].join('\n'),
    );
    const body = code.slice(code.indexOf('Group group'), code.indexOf('\n\n' + COMMENT));
    expect(body.split('\n')).toEqual([
      'Group group = new Group();',
      'group.setDisplayName("G");',
      'HashMap<String, Object> additionalData = new HashMap<>();',
      'LinkedList<String> membersOdataBind = new LinkedList<>();',
      'membersOdataBind.add("https://graph.microsoft.com/v1.0/users/2");',
      'additionalData.put("members@odata.bind", membersOdataBind);',
      'HashMap<String, UntypedNode> extraMap = new HashMap<>();',
      'extraMap.put("n", new UntypedInteger(1));',
      'extraMap.put("ok", new UntypedBoolean(true));',
      'additionalData.put("extra", new UntypedObject(extraMap));',
      'group.setAdditionalData(additionalData);',
    ]);
  });

  test('query options and headers in the configuration lambda; the collection response type', () => {
    const code = java(['GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,\'A\')&$count=true&$top=5', 'ConsistencyLevel: eventual'].join('\n'));
    expect(code).toBe(
      [
        'import com.microsoft.graph.models.UserCollectionResponse;',
        '',
        COMMENT,
        'UserCollectionResponse result = graphClient',
        '  .users()',
        '  .get(requestConfiguration -> {',
        '    requestConfiguration.queryParameters.filter =',
        '      "startswith(displayName,\'A\')";',
        '    requestConfiguration.queryParameters.count = true;',
        '    requestConfiguration.queryParameters.top = 5;',
        '    requestConfiguration.headers.add("ConsistencyLevel", "eventual");',
        '  });',
        '',
      ].join('\n'),
    );
  });
});
