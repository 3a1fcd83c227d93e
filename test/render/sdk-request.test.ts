/** The request as the kiota executors take it (`generator/render/sdk-request.ts`), on golden cases' typed IRs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openObjectPaths } from '../../generator/ir/open-paths.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { fitBodyToSdk } from '../../generator/ir/surface.js';
import { sdkArguments, sdkQueryNames, untypedWhereTyped } from '../../generator/render/sdk-request.js';
import { REPO_ROOT } from '../support/shared.js';

const typed = (c: string): TypedRequest => JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'cases', c, 'typed.json'), 'utf8')) as TypedRequest;

describe('fitBodyToSdk: the body as the kiota executor takes it', () => {
  test('an action with parameters written without a body gets an empty body of its parameters', () => {
    const fitted = fitBodyToSdk(typed('mail/create-reply-no-body'));
    expect(fitted?.request.body).toMatchObject({ kind: 'json', value: { kind: 'parameters', operation: 'microsoft.graph.createReply', properties: [] } });
    expect(fitted?.ruleId).toBe('render:body-added');
  });

  test('an action without parameters loses its body', () => {
    const fitted = fitBodyToSdk(typed('files/close-session-empty-body'));
    expect(fitted?.request.body).toBeNull();
    expect(fitted?.ruleId).toBe('render:body-ignored');
  });

  test('a create, a PATCH or a PUT without a body sends an empty model of the target type', () => {
    const created = typed('users/create-user');
    const fitted = fitBodyToSdk({ ...created, body: null });
    expect(fitted?.request.body).toMatchObject({ kind: 'json', value: { kind: 'object', type: 'microsoft.graph.user', properties: [] } });
    expect([fitted?.ruleId, fitted?.message]).toEqual(['render:body-added', "the SDK's post requires a request body: the snippet sends an empty microsoft.graph.user"]);
  });

  test('a request with its body, or a read, is left alone', () => {
    for (const c of ['mail/send-mail', 'calendar/calendar-view']) expect(fitBodyToSdk(typed(c))).toBeNull();
  });
});

test('sdkQueryNames gives SDK-declared custom parameters their spelling, and only those', () => {
  const { request, issues } = sdkQueryNames(typed('calendar/event-delta-parameter-case'), 'csharp');
  expect(request.query.order.map((o) => o.name)).toEqual(['startDateTime', 'endDateTime']);
  expect(request.query.custom.map((o) => o.name)).toEqual(['startDateTime', 'endDateTime']);
  expect(issues.map((i) => i.ruleId)).toEqual(['render:query-parameter-case', 'render:query-parameter-case']);
  const delta = typed('calendar/event-delta-parameter-case');
  const lower = { ...delta, query: { ...delta.query, order: delta.query.order.map((o) => ({ ...o, name: 'changetype' })).slice(0, 1), custom: delta.query.custom.map((o) => ({ ...o, name: 'changetype' })).slice(0, 1) } };
  expect(sdkQueryNames(lower, 'go').request.query.custom.map((o) => o.name)).toEqual(['changeType']);
  const untouched = typed('calendar/calendar-view');
  expect(sdkQueryNames(untouched, 'csharp').request).toBe(untouched);
});

test('sdkArguments passes an example value for number placeholders of a function', () => {
  const { request, issues } = sdkArguments(typed('files/worksheet-cell-placeholders'), 'python');
  const last = request.path[request.path.length - 1];
  expect(last?.kind === 'operation' ? last.arguments.map((a) => a.value) : null).toEqual([
    { kind: 'number', value: 0, raw: '0' },
    { kind: 'number', value: 0, raw: '0' },
  ]);
  expect(issues.map((i) => i.ruleId)).toEqual(['render:argument-example', 'render:argument-example']);
});

test('sdkArguments drops the OData quotes around a placeholder: the SDK\'s URI template quotes a string itself', () => {
  const { request, issues } = sdkArguments(typed('files/search-items-quoted-placeholder'), 'csharp');
  const last = request.path[request.path.length - 1];
  expect(last?.kind === 'operation' ? last.arguments.map((a) => a.value) : null).toEqual([{ kind: 'placeholder', name: 'search-query', spelling: '{search-query}' }]);
  expect(issues).toEqual([]);
  const user = typed('users/get-user-select');
  const key = user.path[1];
  if (key?.kind !== 'key') throw new Error('not a key');
  const quotedKey = { ...key, keys: key.keys.map((k) => ({ ...k, value: { kind: 'placeholder' as const, name: 'user-id', spelling: "'{user-id}'" } })) };
  const fitted = sdkArguments({ ...user, path: [user.path[0]!, quotedKey, ...user.path.slice(2)] }, 'csharp').request.path[1];
  expect(fitted?.kind === 'key' ? fitted.keys.map((k) => k.value) : null).toEqual([{ kind: 'placeholder', name: 'user-id', spelling: '{user-id}' }]);
  expect(sdkArguments(user, 'csharp').request).toBe(user);
});

test('untypedWhereTyped finds a placeholder where a model belongs, and nothing in Json or open values', () => {
  expect(untypedWhereTyped(typed('errors/placeholder-entity'))).toMatchObject({ property: 'item', type: { name: 'microsoft.graph.outlookItem' }, text: '"event or contact entity"' });
  for (const c of ['types/chart-axis-json', 'types/table-add-rows', 'groups/update-planner-task', 'types/keyword-properties-open']) {
    expect(untypedWhereTyped(typed(c))).toBeNull();
  }
});

test('openObjectPaths names the objects with additional data or dynamic members', () => {
  expect(openObjectPaths(typed('groups/update-planner-task').body)).toEqual([['assignments']]);
  expect(openObjectPaths(typed('types/keyword-properties-open').body)).toEqual([[]]);
  expect(openObjectPaths(typed('mail/send-mail').body)).toEqual([]);
});
