import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { PathStep, TypedRequest, TypedValue } from '../../generator/ir/typed.js';
import type { HttpMethod } from '../../generator/ir/types.js';
import { readCsdl } from '../../generator/schema/csdl.js';
import { Schema } from '../../generator/schema/schema.js';
import { REPO_ROOT } from '../support/shared.js';
import { request } from './request.js';

const schema = new Schema(readCsdl(readFileSync(path.join(REPO_ROOT, 'test', 'schema', 'fixtures', 'small.csdl.xml'), 'utf8'), 'small-v1.0.csdl'));

function run(method: HttpMethod, url: string, body?: string, on: Schema = schema) {
  const file = new VFile({ path: 'test.md' });
  const typed = resolveRequest(request(method, url, body), on, file);
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${fullRuleId(m)}: ${m.reason}`);
  return { typed, messages, rules: file.messages.map((m) => fullRuleId(m)) };
}

/** A compact picture of the path: one string per step. */
function steps(typed: TypedRequest): string[] {
  const type = (s: PathStep) => (s.type ? (s.type.collection ? `[${s.type.name}]` : s.type.name) : 'null');
  return typed.path.map((s) => {
    switch (s.kind) {
      case 'key':
        return `key ${s.parameterName} ${s.entityTypeName} ${s.syntax} ${s.keys.map((k) => `${k.name}=${JSON.stringify(k.value)}`).join(',')} -> ${type(s)}`;
      case 'operation':
        return `${s.operationKind} ${s.fullName}(${s.arguments.map((a) => `${a.name}:${a.type?.name}`).join(',')}) -> ${type(s)}`;
      case 'navigation':
        return `nav ${s.name}${s.containsTarget ? ' contained' : ''} -> ${type(s)}`;
      case 'unresolved':
        return `unresolved ${s.written} [${s.suggestions.join(',')}]`;
      case 'cast':
        return `cast ${s.typeName} -> ${type(s)}`;
      case 'colonPath':
        return `path ${s.path} -> ${type(s)}`;
      default:
        return `${s.kind}${'name' in s ? ` ${s.name}` : ''} -> ${type(s)}`;
    }
  });
}

/** A compact picture of a typed value. */
function show(value: TypedValue): unknown {
  switch (value.kind) {
    case 'primitive':
      return `${value.type}:${JSON.stringify(value.value)}${value.coercion ? ` (${value.coercion})` : ''}${value.placeholder ? ` (placeholder ${value.placeholder})` : ''}`;
    case 'enum':
      return `${value.type}:${value.members.join('|')}${value.unknownMembers.length ? ` unknown ${value.unknownMembers.join('|')}` : ''}${value.placeholder ? ` (placeholder ${value.placeholder})` : ''}`;
    case 'object':
    case 'parameters': {
      const head = value.kind === 'object' ? `${value.type}${value.type !== value.declaredType ? ` (declared ${value.declaredType})` : ''}` : `parameters of ${value.operation}`;
      const out: Record<string, unknown> = { $: head };
      for (const p of value.properties) out[p.name] = show(p.value);
      if (value.additionalData.length) out['$additionalData'] = value.additionalData.map((a) => a.key);
      if (value.annotations.length) out['$annotations'] = value.annotations.map((a) => `${a.property ?? ''}@${a.term}`);
      return out;
    }
    case 'reference':
      return { $ref: value.id };
    case 'collection':
      return value.items.map(show);
    case 'null':
      return `null:${value.type.name}`;
    case 'untyped':
      return `untyped ${value.value.kind}`;
  }
}

const bodyOf = (typed: TypedRequest) => {
  if (typed.body?.kind !== 'json') throw new Error('expected a JSON body');
  return show(typed.body.value);
};

describe('path resolution', () => {
  test('entity set, placeholder key, contained navigation, key as a segment', () => {
    const { typed, messages } = run('GET', '/v1.0/users/{user-id}/messages/AAMkAG==');
    expect(steps(typed)).toEqual([
      'entitySet users -> [microsoft.graph.user]',
      'key user-id user placeholder id={"kind":"placeholder","name":"user-id","spelling":"{user-id}"} -> microsoft.graph.user',
      'nav messages contained -> [microsoft.graph.message]',
      'key message-id message segment id={"kind":"string","value":"AAMkAG==","quoted":false} -> microsoft.graph.message',
    ]);
    expect([typed.operation, typed.resolved, typed.target]).toEqual(['get', true, { name: 'microsoft.graph.message', collection: false }]);
    expect(messages).toEqual([]);
    expect(Object.isFrozen(typed) && Object.isFrozen(typed.path[1]) && Object.isFrozen((typed.path[1] as unknown as { keys: unknown[] }).keys[0])).toBe(true);
  });

  test('me singleton, parenthesised key, cast after a collection and after an entity', () => {
    expect(steps(run('GET', "/v1.0/me/memberOf/microsoft.graph.group").typed)).toEqual([
      'singleton me -> microsoft.graph.user',
      'nav memberOf -> [microsoft.graph.directoryObject]',
      'cast microsoft.graph.group -> [microsoft.graph.group]',
    ]);
    const { typed } = run('GET', "/v1.0/users('abc')/manager/microsoft.graph.user");
    expect(steps(typed)).toEqual([
      'entitySet users -> [microsoft.graph.user]',
      'key user-id user parentheses id={"kind":"string","value":"abc","quoted":true} -> microsoft.graph.user',
      'nav manager -> microsoft.graph.directoryObject',
      'cast microsoft.graph.user -> microsoft.graph.user',
    ]);
    expect(typed.operation).toBe('get');
  });

  test('a cast to a type that is not derived is reported and leaves the request unresolved', () => {
    const { typed, rules } = run('GET', '/v1.0/users/{id}/manager/microsoft.graph.message');
    expect(rules).toEqual(['schema:invalid-cast']);
    expect(typed.resolved).toBe(false);
  });

  test('bound function on a collection (composable), bound action on a base type, function with typed arguments', () => {
    expect(steps(run('GET', '/v1.0/users/delta()').typed)).toEqual([
      'entitySet users -> [microsoft.graph.user]',
      'function microsoft.graph.delta() -> [microsoft.graph.user]',
    ]);
    const action = run('POST', '/v1.0/groups/{group-id}/checkMemberGroups', '{"groupIds": ["a"]}');
    expect(steps(action.typed)[2]).toBe('action microsoft.graph.checkMemberGroups() -> [Edm.String]');
    expect(action.typed.operation).toBe('action');
    const fn = run('GET', "/v1.0/me/reminderView(startDateTime='2017-06-05T10:00:00',endDateTime='2017-06-11T11:00:00')");
    expect(steps(fn.typed)[1]).toBe('function microsoft.graph.reminderView(StartDateTime:Edm.String,EndDateTime:Edm.String) -> [microsoft.graph.recipient]');
    expect(fn.rules).toEqual(['schema:operation-overload', 'schema:parameter-case', 'schema:parameter-case']);
    expect(fn.typed.resolved).toBe(true);
  });

  test('unbound function import and qualified bound action in a sub-namespace', () => {
    const fn = run('GET', "/v1.0/getOffice365ActiveUserCounts(period='D7')");
    expect(steps(fn.typed)).toEqual(['function microsoft.graph.getOffice365ActiveUserCounts(period:Edm.String) -> Edm.Stream']);
    expect(fn.typed.operation).toBe('function');
    const action = run('POST', '/v1.0/alerts/microsoft.graph.security.resolve', '{"comment": "done"}');
    expect(steps(action.typed)[1]).toBe('action microsoft.graph.security.resolve() -> null');
    expect(bodyOf(action.typed)).toEqual({ $: 'parameters of microsoft.graph.security.resolve', comment: 'Edm.String:"done"' });
  });

  test('$value on a media entity, a stream property, $ref, $count, colon path addressing', () => {
    expect([run('GET', '/v1.0/me/photo/$value').typed.operation, run('PUT', '/v1.0/me/photo/$value').typed.operation]).toEqual(['stream-get', 'stream-put']);
    const colon = run('PUT', '/v1.0/me/drive/root:/folder/file.txt:/content');
    expect(steps(colon.typed)).toEqual([
      'singleton me -> microsoft.graph.user',
      'nav drive contained -> microsoft.graph.drive',
      'nav root contained -> microsoft.graph.driveItem',
      'path /folder/file.txt -> microsoft.graph.driveItem',
      'property content -> Edm.Stream',
    ]);
    expect([colon.typed.operation, colon.typed.resolved]).toEqual(['stream-put', true]);
    expect(run('GET', '/v1.0/users/$count').typed.operation).toBe('count');
    expect(run('GET', '/v1.0/users/{id}/$count').rules).toEqual(['schema:unexpected-segment']);
    expect(run('GET', '/v1.0/users/{id}/$value').rules).toEqual(['schema:unexpected-segment']);
  });

  test('every operation kind', () => {
    const kinds = (
      [
        ['GET', '/v1.0/users'],
        ['GET', '/v1.0/users/{id}'],
        ['POST', '/v1.0/users'],
        ['PATCH', '/v1.0/users/{id}'],
        ['PUT', '/v1.0/users/{id}'],
        ['DELETE', '/v1.0/users/{id}'],
        ['POST', '/v1.0/me/sendMail'],
        ['GET', '/v1.0/users/delta()'],
        ['GET', '/v1.0/groups/{id}/members/$ref'],
        ['POST', '/v1.0/groups/{id}/members/$ref'],
        ['PUT', '/v1.0/users/{id}/manager/$ref'],
        ['DELETE', '/v1.0/groups/{id}/members/{m}/$ref'],
        ['GET', '/v1.0/groups/$count'],
        ['GET', '/v1.0/me/photo/$value'],
        ['PUT', '/v1.0/me/photo/$value'],
        ['PATCH', '/v1.0/me/settings'],
        ['POST', '/v1.0/users/{id}'],
        ['GET', '/v1.0/nope'],
      ] as const
    ).map(([method, url]) => run(method, url).typed.operation);
    expect(kinds).toEqual([
      'list',
      'get',
      'create',
      'update',
      'upsert',
      'delete',
      'action',
      'function',
      'ref-get',
      'ref-add',
      'ref-set',
      'ref-remove',
      'count',
      'stream-get',
      'stream-put',
      'update',
      'unknown',
      'unknown',
    ]);
  });

  test('unknown segments: closest names suggested, the chain stays partial, the place is the segment', () => {
    const { typed, messages } = run('GET', '/v1.0/users/{id}/mesages/{m}');
    expect(steps(typed)).toEqual([
      'entitySet users -> [microsoft.graph.user]',
      'key user-id user placeholder id={"kind":"placeholder","name":"id","spelling":"{id}"} -> microsoft.graph.user',
      'unresolved mesages [messages]',
    ]);
    expect(messages).toEqual([
      "1:22 schema:unknown-segment: unknown segment 'mesages' on microsoft.graph.user; did you mean 'messages'?",
    ]);
    expect([typed.resolved, typed.operation, typed.target, typed.reasons.map((r) => r.ruleId)]).toEqual([false, 'unknown', null, ['schema:unknown-segment']]);
    expect(run('GET', '/v1.0/usrs').messages).toEqual(["1:11 schema:unknown-segment: unknown segment 'usrs' at the root of the service; did you mean 'users'?"]);
  });
});

describe('body typing', () => {
  test('POST to a collection: the entity type; primitives, collections, flags enum, nested complex types', () => {
    const { typed, messages } = run(
      'POST',
      '/v1.0/users',
      '{"displayName": "Ada", "accountEnabled": true, "age": 36, "businessPhones": ["+1 425"], "workDays": "monday, tuesday", "settings": {"weekStart": "sunday"}}',
    );
    expect(messages).toEqual([]);
    expect(typed.body?.kind === 'json' && typed.body.expected).toEqual({ name: 'microsoft.graph.user', collection: false });
    expect(bodyOf(typed)).toEqual({
      $: 'microsoft.graph.user',
      displayName: 'Edm.String:"Ada"',
      accountEnabled: 'Edm.Boolean:true',
      age: 'Edm.Int32:36',
      businessPhones: ['Edm.String:"+1 425"'],
      workDays: 'microsoft.graph.dayOfWeek:monday|tuesday',
      settings: { $: 'microsoft.graph.userSettings', weekStart: 'microsoft.graph.dayOfWeek:sunday' },
    });
  });

  test('@odata.type selects the derived type; unknown and non-derived ones are reported and ignored', () => {
    const good = run('PATCH', '/v1.0/me/settings', '{"scope": {"@odata.type": "#microsoft.graph.queryScope", "query": "/users", "queryType": "MicrosoftGraph"}}');
    expect(good.messages).toEqual([]);
    expect(bodyOf(good.typed)).toEqual({
      $: 'microsoft.graph.userSettings',
      scope: { $: 'microsoft.graph.queryScope (declared microsoft.graph.scope)', query: 'Edm.String:"/users"', queryType: 'Edm.String:"MicrosoftGraph"', $annotations: ['@odata.type'] },
    });
    const abstract = run('PATCH', '/v1.0/me/settings', '{"scope": {"query": "/users"}}');
    expect(abstract.messages).toEqual(['3:11 schema:abstract-type: body.scope: microsoft.graph.scope is abstract and no @odata.type names a concrete type (concrete: microsoft.graph.queryScope)']);
    expect(abstract.typed.resolved).toBe(true);
    const unknown = run('PATCH', '/v1.0/me/settings', '{"scope": {"@odata.type": "#microsoft.graph.queryScop"}}');
    expect(unknown.messages).toEqual([
      "3:27 schema:unknown-type: body.scope: @odata.type '#microsoft.graph.queryScop' names no type of the schema; did you mean 'queryScope'?; microsoft.graph.scope is used",
      '3:11 schema:abstract-type: body.scope: microsoft.graph.scope is abstract and no @odata.type names a concrete type (concrete: microsoft.graph.queryScope)',
    ]);
    const notDerived = run('PATCH', '/v1.0/me/settings', '{"scope": {"@odata.type": "#microsoft.graph.recipient"}}');
    expect(notDerived.rules).toEqual(['schema:not-derived-type', 'schema:abstract-type']);
    expect(notDerived.typed.resolved).toBe(false);
  });

  test('unknown enum members are reported and never replaced; a placeholder enum is marked and takes the first member as an example', () => {
    const { typed, messages } = run('POST', '/v1.0/me/messages', '{"importance": "urgent", "subject": "x"}');
    expect(bodyOf(typed)).toEqual({ $: 'microsoft.graph.message', importance: 'microsoft.graph.importance: unknown urgent', subject: 'Edm.String:"x"' });
    expect(messages).toEqual(["3:16 schema:unknown-enum-member: body.importance: 'urgent' is not a member of microsoft.graph.importance; kept as written"]);
    expect(typed.resolved).toBe(false);
    const flags = run('PATCH', '/v1.0/me', '{"workDays": "monday,fryday"}');
    expect(bodyOf(flags.typed)).toEqual({ $: 'microsoft.graph.user', workDays: 'microsoft.graph.dayOfWeek:monday unknown fryday' });
    const notFlags = run('POST', '/v1.0/me/messages', '{"importance": "low,high"}');
    expect(notFlags.messages[0]).toContain('it is not a flags enum');
    const placeholder = run('POST', '/v1.0/me/messages', '{"importance": "String"}');
    expect([bodyOf(placeholder.typed), placeholder.rules, placeholder.typed.resolved]).toEqual([
      { $: 'microsoft.graph.message', importance: 'microsoft.graph.importance:low (placeholder type-name)' },
      ['schema:placeholder-example'],
      true,
    ]);
    expect(bodyOf(run('POST', '/v1.0/me/messages', '{"importance": "HIGH"}').typed)).toEqual({ $: 'microsoft.graph.message', importance: 'microsoft.graph.importance:high' });
  });

  test('annotations are kept as annotations, never properties: @odata.bind, @odata.id, @odata.context, x@odata.type', () => {
    const { typed, messages } = run(
      'POST',
      '/v1.0/groups',
      '{"@odata.context": "x", "displayName": "G", "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"], "displayName@odata.type": "#String"}',
    );
    expect(messages).toEqual([]);
    expect(bodyOf(typed)).toEqual({
      $: 'microsoft.graph.group',
      displayName: 'Edm.String:"G"',
      $annotations: ['@odata.context', 'members@odata.bind', 'displayName@odata.type'],
    });
    const value = typed.body?.kind === 'json' ? typed.body.value : null;
    const bind = value?.kind === 'object' ? value.annotations[1]! : null;
    expect([bind?.property, bind?.term, bind?.value.kind]).toEqual(['members', 'odata.bind', 'array']);
    const ref = run('POST', '/v1.0/groups/{id}/members/$ref', '{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}');
    expect([bodyOf(ref.typed), ref.messages]).toEqual([{ $ref: 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' }, []]);
  });

  test('unknown properties become additional data: a warning on closed types, info on open types', () => {
    const closed = run('POST', '/v1.0/me/messages', '{"subjct": "x"}');
    expect([bodyOf(closed.typed), closed.messages, closed.typed.resolved]).toEqual([
      { $: 'microsoft.graph.message', $additionalData: ['subjct'] },
      ["3:2 schema:unknown-property: body: unknown property 'subjct' on microsoft.graph.message; did you mean 'subject'?; kept as additional data"],
      false,
    ]);
    const open = run('PATCH', '/v1.0/users/{id}', '{"extension_abc_role": "admin"}');
    expect([bodyOf(open.typed), open.rules, open.typed.resolved]).toEqual([
      { $: 'microsoft.graph.user', $additionalData: ['extension_abc_role'] },
      ['schema:open-type-property'],
      true,
    ]);
  });

  test('values that contradict the schema: documented coercions, or untyped JSON', () => {
    const { typed, messages } = run(
      'PATCH',
      '/v1.0/users/{id}',
      '{"accountEnabled": "false", "displayName": 42, "birthday": "2020-09-08T12:02:30.667Z", "age": "36", "settings": 5, "businessPhones": "+1 425"}',
    );
    expect(bodyOf(typed)).toEqual({
      $: 'microsoft.graph.user',
      accountEnabled: 'Edm.Boolean:false (string-to-boolean)',
      displayName: 'Edm.String:"42" (number-to-string)',
      birthday: 'Edm.Date:"2020-09-08" (datetime-to-date)',
      age: 'Edm.Int32:36 (string-to-number)',
      settings: 'untyped number',
      businessPhones: 'untyped string',
    });
    expect(messages).toEqual([
      '3:20 schema:value-coerced: body.accountEnabled: "false" given for Edm.Boolean; used as the Boolean false',
      '3:44 schema:value-coerced: body.displayName: 42 given for Edm.String; used as the string "42"',
      '3:60 schema:value-coerced: body.birthday: "2020-09-08T12:02:30.667Z" given for Edm.Date; Edm.Date takes a date only; the date part 2020-09-08 is kept',
      '3:95 schema:value-coerced: body.age: "36" given for Edm.Int32; used as the number 36',
      '3:113 schema:value-mismatch: body.settings: a number (5) given for microsoft.graph.userSettings; kept as untyped JSON',
      '3:134 schema:value-mismatch: body.businessPhones: a string ("+1 425") given for Collection(Edm.String); kept as untyped JSON',
    ]);
    expect(typed.reasons.map((r) => r.ruleId)).toEqual(['schema:value-mismatch', 'schema:value-mismatch']);
    const object = run('PATCH', '/v1.0/users/{id}', '{"displayName": {"a": 1}}');
    expect([bodyOf(object.typed), object.rules]).toEqual([{ $: 'microsoft.graph.user', displayName: 'untyped object' }, ['schema:value-mismatch']]);
  });

  test('placeholders are recognised and marked whatever the type; a type name for a Boolean or a number is an example value', () => {
    const { typed, rules } = run(
      'PATCH',
      '/v1.0/users/{id}',
      '{"accountEnabled": "Boolean", "age": "Int32", "displayName": "String (identifier)", "birthday": "birthday-value", "id": "{id}"}',
    );
    expect(bodyOf(typed)).toEqual({
      $: 'microsoft.graph.user',
      accountEnabled: 'Edm.Boolean:false (placeholder type-name)',
      age: 'Edm.Int32:0 (placeholder type-name)',
      displayName: 'Edm.String:"String (identifier)" (placeholder type-description)',
      birthday: 'Edm.Date:"birthday-value" (placeholder value-suffix)',
      id: 'Edm.String:"{id}" (placeholder braces)',
    });
    expect(rules).toEqual([...Array(2).fill('schema:placeholder-example'), ...Array(3).fill('schema:placeholder-value')]);
    expect(typed.resolved).toBe(true);
  });

  test('action bodies are typed by the parameters, matched case-insensitively (PascalCase declared)', () => {
    const { typed, messages } = run(
      'POST',
      '/v1.0/me/sendMail',
      '{"message": {"subject": "Hi", "toRecipients": [{"emailAddress": {"address": "a@b.c"}}]}, "saveToSentItems": "false", "extra": 1}',
    );
    expect(bodyOf(typed)).toEqual({
      $: 'parameters of microsoft.graph.sendMail',
      Message: {
        $: 'microsoft.graph.message',
        subject: 'Edm.String:"Hi"',
        toRecipients: [{ $: 'microsoft.graph.recipient', emailAddress: { $: 'microsoft.graph.emailAddress', address: 'Edm.String:"a@b.c"' } }],
      },
      SaveToSentItems: 'Edm.Boolean:false (string-to-boolean)',
      $additionalData: ['extra'],
    });
    expect(messages).toEqual([
      "3:2 schema:parameter-case: 'message' is declared as parameter 'Message' of microsoft.graph.sendMail",
      "3:90 schema:parameter-case: 'saveToSentItems' is declared as parameter 'SaveToSentItems' of microsoft.graph.sendMail",
      '3:109 schema:value-coerced: SaveToSentItems: "false" given for Edm.Boolean; used as the Boolean false',
      "3:118 schema:unknown-parameter: action microsoft.graph.sendMail has no parameter 'extra' (it takes Message, SaveToSentItems); kept as additional data",
    ]);
    const parameters = typed.body?.kind === 'json' && typed.body.value.kind === 'parameters' ? typed.body.value.properties : [];
    expect(parameters.map((p) => [p.name, p.jsonName, p.declaredAs])).toEqual([
      ['Message', 'message', 'parameter'],
      ['SaveToSentItems', 'saveToSentItems', 'parameter'],
    ]);
  });

  test('a body that is not JSON is kept raw; a stream upload is raw and resolved', () => {
    const file = new VFile({ path: 'test.md' });
    const raw = request('POST', '/v1.0/users');
    const withRaw = { ...raw, body: { kind: 'raw' as const, text: '{bad', contentType: 'application/json', place: { line: 3, column: 1, offset: 20 } } };
    const typed = resolveRequest(withRaw, schema, file);
    expect([typed.body?.kind, typed.resolved, file.messages.map(fullRuleId)]).toEqual(['raw', false, ['schema:body-not-json']]);
    const upload = { ...request('PUT', '/v1.0/me/photo/$value'), body: { kind: 'raw' as const, text: 'binary', contentType: 'image/jpeg', place: { line: 3, column: 1, offset: 20 } } };
    const typedUpload = resolveRequest(upload, schema, new VFile());
    expect([typedUpload.body, typedUpload.resolved]).toEqual([{ kind: 'raw', text: 'binary', contentType: 'image/jpeg', stream: true, place: { line: 3, column: 1, offset: 20 } }, true]);
  });
});

describe('a {placeholder} where a property name belongs', () => {
  const sizes = new Schema(
    readCsdl(
      `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
  <ComplexType Name="picture"><Property Name="url" Type="Edm.String" /><Property Name="content" Type="Edm.Stream" /></ComplexType>
  <ComplexType Name="caption"><Property Name="text" Type="Edm.String" /></ComplexType>
  <EntityType Name="pictureSet" BaseType="graph.entity" OpenType="true">
    <Property Name="small" Type="graph.picture" /><Property Name="large" Type="graph.picture" /><Property Name="label" Type="Edm.String" />
  </EntityType>
  <EntityType Name="mixedSet" BaseType="graph.entity">
    <Property Name="small" Type="graph.picture" /><Property Name="caption" Type="graph.caption" />
  </EntityType>
  <EntityContainer Name="GraphService">
    <EntitySet Name="pictureSets" EntityType="microsoft.graph.pictureSet" />
    <EntitySet Name="mixedSets" EntityType="microsoft.graph.mixedSet" />
  </EntityContainer>
</Schema></edmx:DataServices></edmx:Edmx>`,
      'sizes.csdl',
    ),
  );

  test('resolves to the one type every structured property has, and says what it stands for', () => {
    const { typed, messages } = run('GET', '/v1.0/pictureSets/{set-id}/{size}/content', undefined, sizes);
    expect(steps(typed).slice(2)).toEqual(['property small -> microsoft.graph.picture', 'property content -> Edm.Stream']);
    expect(typed.path[2]).toMatchObject({ kind: 'property', placeholder: '{size}' });
    expect([typed.resolved, typed.operation]).toEqual([true, 'stream-get']);
    expect(messages).toEqual([
      "1:32 schema:placeholder-segment: '{size}' stands for a property of microsoft.graph.pictureSet (small, large, or a dynamic one), each a microsoft.graph.picture: the segment is typed as that",
    ]);
  });

  test('stays unexpected when the properties it could name differ in type', () => {
    const { typed, messages } = run('GET', '/v1.0/mixedSets/{set-id}/{size}', undefined, sizes);
    expect(typed.resolved).toBe(false);
    expect(messages).toEqual(["1:30 schema:unexpected-segment: a key '({size})' can only follow a collection of entities, not microsoft.graph.mixedSet"]);
  });
});
