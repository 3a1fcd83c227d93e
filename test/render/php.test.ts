/**
 * The PHP view: prettier-php's line breaking as layout.ts emulates it (checked against prettier
 * itself), imports and aliases, names from the namer, a whole snippet, and both render orders.
 */
import { VFile } from 'vfile';
import { prettierFormat } from '../../generator/format/prettier.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { array, assignment, atom, call, chain, parseLiteral, statement, type PhpExpr } from '../../generator/languages/php/layout.js';
import { phpProfile } from '../../generator/languages/php/profile.js';
import { jsonExpr, phpBuilderNamespace, PhpImports } from '../../generator/languages/php/view.js';
import { renderSnippet } from '../../generator/render/render.js';
import { rawFromText } from '../support/raw.js';
import { sharedCsdl } from '../support/typed.js';

const s = (text: string): PhpExpr => atom(`'${text}'`);
const v = (name: string): PhpExpr => atom(`$${name}`);

describe('layout (prettier-php, width 80)', () => {
  test('a call that fits stays on one line', () => {
    expect(statement(call('$requestBody->setDisplayName', [s('Library Assist')]))).toEqual(["$requestBody->setDisplayName('Library Assist');"]);
  });
  test('a long scalar argument moves to its own line with a trailing comma', () => {
    expect(statement(call('$requestBody->setDescriptionForAdmins', [s('Recurring review of the lab access group')]))).toEqual([
      '$requestBody->setDescriptionForAdmins(',
      "    'Recurring review of the lab access group',",
      ');',
    ]);
  });
  test('a sole array argument hugs the parentheses', () => {
    expect(statement(call('$requestBody->setAttendees', [array([{ value: v('attendeesAttendeeBase1') }, { value: v('attendeesAttendeeBase222') }])]))).toEqual([
      '$requestBody->setAttendees([',
      '    $attendeesAttendeeBase1,',
      '    $attendeesAttendeeBase222,',
      ']);',
    ]);
  });
  test('keyed items: arrays hug after =>, long strings move below', () => {
    const data = array([
      { key: s('members@odata.bind'), value: array([{ value: s('https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49') }]) },
      { key: s('k'), value: s('dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd') },
    ]);
    expect(statement(call('$requestBody->setAdditionalData', [data]))).toEqual([
      '$requestBody->setAdditionalData([',
      "    'members@odata.bind' => [",
      "        'https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49',",
      '    ],',
      "    'k' =>",
      "        'dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd',",
      ']);',
    ]);
  });
  test('assignments: strings break after =, static calls never', () => {
    expect(assignment('$queryParameters->filter', s("contains(scope/microsoft.graph.accessReviewQueryScope/query, \\'./members\\')"))).toEqual([
      '$queryParameters->filter =',
      "    'contains(scope/microsoft.graph.accessReviewQueryScope/query, \\'./members\\')';",
    ]);
    expect(assignment('$queryParameters', atom('UserItemRequestBuilderGetRequestConfiguration::createQueryParameters()'))).toEqual([
      '$queryParameters = UserItemRequestBuilderGetRequestConfiguration::createQueryParameters();',
    ]);
  });
  test('a chain that does not fit puts one call a line', () => {
    expect(chain('$result', '$graphServiceClient', [{ name: 'users', args: [] }, { name: 'get', args: [v('requestConfiguration')] }, { name: 'wait', args: [] }])).toEqual([
      '$result = $graphServiceClient->users()->get($requestConfiguration)->wait();',
    ]);
    expect(
      chain(null, '$graphServiceClient', [
        { name: 'reports', args: [] },
        { name: 'getEmailActivityCountsWithPeriod', args: [s('D7')] },
        { name: 'get', args: [] },
        { name: 'wait', args: [] },
      ]),
    ).toEqual(['$graphServiceClient', '    ->reports()', "    ->getEmailActivityCountsWithPeriod('D7')", '    ->get()', '    ->wait();']);
  });
  test('literal printer code parses into breakable calls', () => {
    expect(parseLiteral("Utils::streamFor(base64_decode('aGk='))")).toEqual(call('Utils::streamFor', [call('base64_decode', [s('aGk=')])]));
    expect(parseLiteral("new \\DateTime('2020-01-01T00:00:00Z')")).toEqual(call('new \\DateTime', [s('2020-01-01T00:00:00Z')]));
    expect(parseLiteral("'f(x)'")).toEqual(s('f(x)'));
  });

  // The emulation against prettier itself, on statements of every shape at lengths around the width.
  const samples: string[][] = [];
  for (const n of [10, 30, 45, 52, 58, 62, 66, 70, 74, 78, 90]) {
    const text = 'x'.repeat(n);
    samples.push(statement(call('$requestBody->setDescription', [s(text)])));
    samples.push(statement(call('$someObject->setEmailAddresses', [array([{ value: s(text) }, { value: s('b') }])])));
    samples.push(statement(call('$requestBody->setAdditionalData', [array([{ key: s('key'), value: array([{ value: s(text) }, { key: s('n'), value: atom('12') }]) }])])));
    samples.push(statement(call('$requestBody->setContentBytes', [parseLiteral(`Utils::streamFor(base64_decode('${text}'))`)])));
    samples.push(statement(call('$requestBody->setStart', [parseLiteral(`new \\DateTime('${text}')`)])));
    samples.push(assignment('$queryParameters->filter', s(text)));
    samples.push(assignment('$queryParameters->select', array([{ value: s(text) }, { value: s('id') }])));
    samples.push(chain('$result', '$graphServiceClient', [{ name: 'users', args: [] }, { name: 'byUserId', args: [s(text)] }, { name: 'get', args: [] }, { name: 'wait', args: [] }]));
    samples.push(statement(call('$requestBody->setAdditionalData', [jsonExpr({ kind: 'object', entries: [{ key: 'a', keyPlace: { line: 1, column: 1, offset: 0 }, value: { kind: 'string', value: text, place: { line: 1, column: 1, offset: 0 } } }], place: { line: 1, column: 1, offset: 0 } })])));
  }
  test.each(samples.map((lines, i) => [i, lines] as const))('sample %i is what prettier prints', async (_i, lines) => {
    const code = `<?php\n\n${lines.join('\n')}\n`;
    expect(await prettierFormat('php', code)).toBe(code);
  });
});

describe('imports and names', () => {
  test('use lines in order of first use, a clashing short name aliased with its namespace', () => {
    const imports = new PhpImports();
    expect(imports.use('Microsoft\\Graph\\GraphServiceClient')).toBe('GraphServiceClient');
    expect(imports.use('Microsoft\\Graph\\Generated\\Models\\Alert')).toBe('Alert');
    expect(imports.use('Microsoft\\Graph\\Generated\\Models\\Security\\Alert')).toBe('SecurityAlert');
    expect(imports.use('Microsoft\\Graph\\Generated\\Models\\Alert')).toBe('Alert');
    expect(imports.lines()).toEqual([
      'use Microsoft\\Graph\\GraphServiceClient;',
      'use Microsoft\\Graph\\Generated\\Models\\Alert;',
      'use Microsoft\\Graph\\Generated\\Models\\Security\\Alert as SecurityAlert;',
    ]);
  });
  test('builder namespaces are the PascalCased kiota folders', () => {
    expect(phpBuilderNamespace('v1.0', ['users', 'item', 'messages'])).toBe('Microsoft\\Graph\\Generated\\Users\\Item\\Messages');
    expect(phpBuilderNamespace('beta', ['identityGovernance', 'accessReviews'])).toBe('Microsoft\\Graph\\Beta\\Generated\\IdentityGovernance\\AccessReviews');
    // msgraph-sdk-php: src/Generated/Teams/Item/EscapedClone/ClonePostRequestBody.php
    expect(phpBuilderNamespace('v1.0', ['teams', 'item', 'clone'])).toBe('Microsoft\\Graph\\Generated\\Teams\\Item\\EscapedClone');
  });
  test('the namer never hands out a runtime name or a duplicate', () => {
    const names = phpProfile.newNamer();
    expect(names.claim('requestBody')).toBe('requestBody1');
    expect(names.claim('start')).toBe('start');
    expect(names.claim('start')).toBe('start1');
    expect(names.claim('result')).toBe('result1');
  });
});

function typedFrom(text: string): TypedRequest | null {
  const schema = sharedCsdl();
  if (schema === null) return null;
  const file = new VFile({ path: 'test.md', value: '' });
  return resolveRequest(buildRequest(rawFromText(text), file)!, schema, file);
}

describe('whole snippets', () => {
  test('nested objects named from the property path, duplicates renamed, enums, dates, additionalData', () => {
    const request = typedFrom(
      [
        'POST https://graph.microsoft.com/v1.0/me/events',
        'Content-type: application/json',
        '',
        JSON.stringify({
          subject: "Ana's review",
          start: { dateTime: '2025-04-08T18:00:00', timeZone: 'UTC' },
          attendees: [{ emailAddress: { address: 'a@fabrikam.example' }, type: 'required' }],
          recurrence: { range: { type: 'noEnd', startDate: '2025-04-08' } },
          'x-custom': { nested: [1, 'two'] },
        }),
      ].join('\n'),
    );
    if (request === null) return;
    const snippet = renderSnippet('php', request);
    expect(snippet.issues).toEqual([]);
    expect(snippet.code).toBe(
      [
        '<?php',
        '',
        'use Microsoft\\Graph\\GraphServiceClient;',
        'use Microsoft\\Graph\\Generated\\Models\\Event;',
        'use Microsoft\\Graph\\Generated\\Models\\DateTimeTimeZone;',
        'use Microsoft\\Graph\\Generated\\Models\\Attendee;',
        'use Microsoft\\Graph\\Generated\\Models\\EmailAddress;',
        'use Microsoft\\Graph\\Generated\\Models\\AttendeeType;',
        'use Microsoft\\Graph\\Generated\\Models\\PatternedRecurrence;',
        'use Microsoft\\Graph\\Generated\\Models\\RecurrenceRange;',
        'use Microsoft\\Graph\\Generated\\Models\\RecurrenceRangeType;',
        'use Microsoft\\Kiota\\Abstractions\\Types\\Date;',
        '',
        '$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);',
        '',
        '$requestBody = new Event();',
        "$requestBody->setSubject('Ana\\'s review');",
        '$start = new DateTimeTimeZone();',
        "$start->setDateTime('2025-04-08T18:00:00');",
        "$start->setTimeZone('UTC');",
        '$requestBody->setStart($start);',
        '$attendeesAttendee1 = new Attendee();',
        '$attendeesAttendee1EmailAddress = new EmailAddress();',
        "$attendeesAttendee1EmailAddress->setAddress('a@fabrikam.example');",
        '$attendeesAttendee1->setEmailAddress($attendeesAttendee1EmailAddress);',
        "$attendeesAttendee1->setType(new AttendeeType('required'));",
        '$requestBody->setAttendees([$attendeesAttendee1]);',
        '$recurrence = new PatternedRecurrence();',
        '$recurrenceRange = new RecurrenceRange();',
        "$recurrenceRange->setType(new RecurrenceRangeType('noEnd'));",
        "$recurrenceRange->setStartDate(new Date('2025-04-08'));",
        '$recurrence->setRange($recurrenceRange);',
        '$requestBody->setRecurrence($recurrence);',
        "$requestBody->setAdditionalData(['x-custom' => ['nested' => [1, 'two']]]);",
        '',
        '$result = $graphServiceClient->me()->events()->post($requestBody)->wait();',
        '',
      ].join('\n'),
    );
  });

  test('colon paths and text bodies to JSON operations print nothing and say why', () => {
    // (below a user's drive, `root:/path:` is rewritten to an item id; after an item key there is no builder)
    const colon = typedFrom('GET https://graph.microsoft.com/v1.0/drives/{drive-id}/items/{item-id}:/notes.txt:/content');
    if (colon === null) return;
    const r = renderSnippet('php', colon);
    expect(r.code).toBeNull();
    expect(r.issues.map((i) => i.ruleId)).toEqual(['render:no-request-builder']);
  });
});
