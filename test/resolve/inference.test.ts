/**
 * Inference against an incomplete schema: the small CSDL made incomplete (roots, operations and
 * streams unknown, some of them removed), and the same requests against the complete small CSDL,
 * where nothing is ever inferred. Also the key parameter names (stated by the model, or derived and
 * numbered as kiota numbers them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { PathStep, TypedProperty, TypedRequest } from '../../generator/ir/typed.js';
import type { HttpMethod } from '../../generator/ir/types.js';
import { readCsdl } from '../../generator/schema/csdl.js';
import type { SchemaModel } from '../../generator/schema/model.js';
import { Schema } from '../../generator/schema/schema.js';
import { REPO_ROOT } from '../support/shared.js';
import { request } from './request.js';

const model = readCsdl(readFileSync(path.join(REPO_ROOT, 'test', 'schema', 'fixtures', 'small.csdl.xml'), 'utf8'), 'small-v1.0.csdl');
const complete = new Schema(model);

/** The small model as the embedded default would have it: no `groups` root, no sendMail/reminderView, a guessed singleton. */
const incompleteModel: SchemaModel = {
  ...model,
  source: 'embedded:small',
  operations: model.operations.filter((o) => o.name !== 'sendMail' && o.name !== 'reminderView'),
  container: {
    ...model.container,
    elements: [
      ...model.container.elements.filter((e) => e.name !== 'groups' && e.name !== 'users' && e.name !== 'alerts'),
      { kind: 'entitySet', name: 'users', type: 'microsoft.graph.user', keyParameter: 'user-id' },
      { kind: 'singleton', name: 'alerts', type: 'microsoft.graph.security.alert', inferred: ['root'] },
    ],
  },
  unknownFacts: ['has-stream', 'operations', 'roots'],
};
const incomplete = new Schema(incompleteModel);

function run(method: HttpMethod, url: string, body: string | undefined, on: Schema) {
  const file = new VFile({ path: 'test.md' });
  const typed = resolveRequest(request(method, url, body), on, file);
  return { typed, rules: file.messages.map((m) => fullRuleId(m)), messages: file.messages.map((m) => `${fullRuleId(m)} ${m.reason}`) };
}

const picture = (s: PathStep): string =>
  `${s.kind}${'name' in s ? ` ${s.name}` : ''}${s.kind === 'key' ? ` ${s.parameterName}` : ''}${s.kind === 'operation' ? ` ${s.operationKind} ${s.fullName}` : ''} -> ${s.type ? (s.type.collection ? `[${s.type.name}]` : s.type.name) : 'null'}${s.inferred ? ` (${s.inferred})` : ''}`;

const params = (typed: TypedRequest): string[] => {
  const v = typed.body?.kind === 'json' ? typed.body.value : null;
  if (v?.kind !== 'parameters') throw new Error('not parameters');
  return v.properties.map((p: TypedProperty) => `${p.name}: ${p.type.collection ? `Collection(${p.type.name})` : p.type.name} (${p.inferred ?? 'stated'}) ${p.value.kind}`);
};

describe('the schema says whether it is complete', () => {
  test('a CSDL is complete; the incomplete model lacks exactly what it lists', () => {
    expect([complete.complete, complete.lacks('roots'), complete.lacks('operations')]).toEqual([true, false, false]);
    expect([incomplete.complete, incomplete.lacks('roots'), incomplete.lacks('operations'), incomplete.lacks('open-type')]).toEqual([false, true, true, false]);
  });
});

describe('roots', () => {
  test('an unknown root named as the plural of an entity type is an inferred entity set; never with a complete schema', () => {
    const guessed = run('GET', '/v1.0/groups/{group-id}/members', undefined, incomplete);
    expect(guessed.typed.path.map(picture)).toEqual([
      'entitySet groups -> [microsoft.graph.group] (root-from-type-name)',
      'key group-id -> microsoft.graph.group',
      'navigation members -> [microsoft.graph.directoryObject]',
    ]);
    expect([guessed.typed.resolved, guessed.typed.restsOnInference, guessed.typed.inferences.map((i) => i.rule)]).toEqual([true, true, ['root-from-type-name']]);
    expect(guessed.messages).toEqual([
      "schema:inferred-segment 'groups' is taken as the entity set of microsoft.graph.group (root-from-type-name): embedded:small is incomplete, so the snippet rests on a guess",
    ]);
    const stated = run('GET', '/v1.0/groupz', undefined, complete);
    expect([stated.typed.resolved, stated.typed.restsOnInference, stated.rules]).toEqual([false, false, ['schema:unknown-segment']]);
    const unknownToBoth = run('GET', '/v1.0/groupz', undefined, incomplete);
    expect([unknownToBoth.typed.resolved, unknownToBoth.rules]).toEqual([false, ['schema:unknown-segment']]);
  });

  test('the end of one type name after a camel-case boundary is an inferred singleton (photo → profilePhoto)', () => {
    const { typed } = run('GET', '/v1.0/photo', undefined, incomplete);
    expect(typed.path.map(picture)).toEqual(['singleton photo -> microsoft.graph.profilePhoto (root-from-type-name)']);
  });

  test("a root the model guessed as a singleton is an entity set when a key follows; the model's own guess is a schema fact", () => {
    const keyed = run('GET', '/v1.0/alerts/{id}', undefined, incomplete);
    expect(keyed.typed.path.map(picture)).toEqual([
      'entitySet alerts -> [microsoft.graph.security.alert] (entity-set-from-key)',
      'key alert-id -> microsoft.graph.security.alert',
    ]);
    const plain = run('GET', '/v1.0/alerts', undefined, incomplete);
    expect(plain.typed.path.map(picture)).toEqual(['singleton alerts -> microsoft.graph.security.alert (schema-fact)']);
    expect(plain.messages).toEqual(["schema:inferred-fact the request uses facts embedded:small inferred: singleton 'alerts' (root)"]);
    expect(plain.typed.inferences).toEqual([{ rule: 'schema-fact', what: "singleton 'alerts' (root)", place: plain.typed.path[0]!.place }]);
  });
});

describe('operations', () => {
  const body = JSON.stringify({
    message: { subject: 'Hi' },
    saveToSentItems: false,
    displayName: 'x',
    toRecipients: [{ emailAddress: { address: 'a@b.c' } }],
    count: 3,
    ratio: 0.5,
    extra: { any: 1 },
  });

  test('a POST to an unknown last segment is an inferred action; parameters typed by property, type name, same-named properties, JSON', () => {
    const { typed, rules } = run('POST', '/v1.0/me/sendMail', body, incomplete);
    expect(typed.path.map(picture)).toEqual(['singleton me -> microsoft.graph.user', 'operation sendMail action microsoft.graph.sendMail -> null (action-from-post)']);
    expect([typed.operation, typed.resolved, typed.restsOnInference]).toEqual(['action', true, true]);
    expect(params(typed)).toEqual([
      'message: microsoft.graph.message (parameter-from-type-name) object',
      'saveToSentItems: Edm.Boolean (parameter-from-json) primitive',
      'displayName: Edm.String (parameter-from-property) primitive',
      'toRecipients: Collection(microsoft.graph.recipient) (parameter-from-same-named-properties) collection',
      'count: Edm.Int32 (parameter-from-json) primitive',
      'ratio: Edm.Double (parameter-from-json) primitive',
      'extra: Edm.Untyped (parameter-from-json) untyped',
    ]);
    expect(rules).toEqual(['schema:inferred-segment', ...Array(7).fill('schema:inferred-parameter')]);
  });

  test('the same request against the complete schema types by the declared action, and infers nothing', () => {
    const { typed } = run('POST', '/v1.0/me/sendMail', body, complete);
    expect([typed.resolved, typed.restsOnInference, typed.inferences]).toEqual([false, false, []]);
    expect(params(typed)).toEqual(['Message: microsoft.graph.message (stated) object', 'SaveToSentItems: Edm.Boolean (stated) primitive']);
  });

  test('a call is an inferred function with arguments typed from the URL; a GET on an unknown last name is a function', () => {
    const call = run('GET', "/v1.0/me/reminderView(StartDateTime='2020-01-01',Count=3)", undefined, incomplete);
    const step = call.typed.path[1]!;
    expect(picture(step)).toBe('operation reminderView function microsoft.graph.reminderView -> null (function-from-call)');
    expect(step.kind === 'operation' && step.arguments.map((a) => `${a.name}:${a.type?.name}`)).toEqual(['StartDateTime:Edm.String', 'Count:Edm.Int32']);
    expect([call.typed.operation, call.typed.resolved]).toEqual(['function', true]);
    const get = run('GET', '/v1.0/me/getRecent', undefined, incomplete);
    expect(get.typed.path.map(picture)[1]).toBe('operation getRecent function microsoft.graph.getRecent -> null (function-from-get)');
    const patch = run('PATCH', '/v1.0/me/getRecent', '{}', incomplete);
    expect([patch.typed.resolved, patch.rules]).toEqual([false, ['schema:unknown-segment']]);
  });

  test('an unknown segment that others follow is a composable function when its return type can be inferred', () => {
    const { typed } = run('GET', '/v1.0/me/queryScope/queryType', undefined, incomplete);
    expect(typed.path.map(picture)).toEqual([
      'singleton me -> microsoft.graph.user',
      'operation queryScope function microsoft.graph.queryScope -> microsoft.graph.queryScope (function-from-get)',
      'property queryType -> Edm.String',
    ]);
    expect(typed.inferences.map((i) => i.rule)).toEqual(['function-from-get', 'return-from-type-name']);
    const none = run('GET', '/v1.0/me/nothingLikeThis/queryType', undefined, incomplete);
    expect(none.typed.resolved).toBe(false);
  });
});

describe('streams and key parameters', () => {
  test('$value on an entity is a stream only by inference when the model does not know streams', () => {
    const guessed = run('GET', '/v1.0/me/messages/{id}/$value', undefined, incomplete);
    expect([guessed.typed.operation, guessed.typed.resolved, guessed.typed.inferences.map((i) => i.rule)]).toEqual(['stream-get', true, ['stream-from-value']]);
    const stated = run('GET', '/v1.0/me/messages/{id}/$value', undefined, complete);
    expect([stated.typed.resolved, stated.rules]).toEqual([false, ['schema:unexpected-segment']]);
  });

  test('a binary property addressed in the path is a stream only by inference when the model does not know streams', () => {
    // the embedded models read a stream property as bytes (`getByteArrayValue`): Edm.Binary
    const bytes = JSON.parse(JSON.stringify(incompleteModel)) as SchemaModel;
    const driveItem = bytes.types['microsoft.graph.driveItem'];
    const content = driveItem?.kind === 'entity' ? driveItem.properties.find((p) => p.name === 'content') : undefined;
    expect(content?.type.name).toBe('Edm.Stream');
    (content!.type as { name: string }).name = 'Edm.Binary';
    const guessed = run('GET', '/v1.0/users/{id}/drive/items/{item}/content', undefined, new Schema(bytes));
    expect([guessed.typed.operation, guessed.typed.target, guessed.typed.inferences.map((i) => i.rule)]).toEqual(['stream-get', { name: 'Edm.Stream', collection: false }, ['stream-from-path']]);
    // a model that knows streams from bytes keeps a binary property binary: no inference
    const known = run('GET', '/v1.0/users/{id}/drive/items/{item}/content', undefined, new Schema({ ...bytes, unknownFacts: ['operations', 'roots'] }));
    expect([known.typed.operation, known.typed.inferences]).toEqual(['get', []]);
  });

  test('key parameter names: stated by the model, else <type>-id, numbered when repeated in one path', () => {
    const { typed } = run('GET', '/v1.0/users/{a}/drive/items/{b}/children/{c}/children/{d}', undefined, incomplete);
    expect(typed.path.filter((s) => s.kind === 'key').map((s) => (s.kind === 'key' ? s.parameterName : ''))).toEqual([
      'user-id',
      'driveItem-id',
      'driveItem-id1',
      'driveItem-id2',
    ]);
  });
});
