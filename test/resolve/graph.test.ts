/**
 * The resolver on the real Graph v1.0 CSDL: the access-review seed (its request is /beta/, but its
 * types exist in v1.0), and requests built by the IR stage from text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { extractRequests } from '../../generator/extract/index.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedProperty, TypedRequest, TypedValue } from '../../generator/ir/typed.js';
import { loadSchema, type Schema } from '../../generator/schema/schema.js';
import { rawFromText } from '../support/raw.js';
import { describeWithShared, sharedPath } from '../support/shared.js';

const prop = (value: TypedValue | undefined, name: string): TypedProperty => {
  if (value?.kind !== 'object' && value?.kind !== 'parameters') throw new Error(`not an object: ${value?.kind}`);
  const found = value.properties.find((p) => p.name === name);
  if (!found) throw new Error(`no property ${name}`);
  return found;
};

function fromText(text: string, schema: Schema): { typed: TypedRequest; rules: string[] } {
  const file = new VFile({ path: 'test.md', value: text });
  const ir = buildRequest(rawFromText(text), file);
  if (ir === null) throw new Error('buildRequest gave null');
  const typed = resolveRequest(ir, schema, file);
  return { typed, rules: file.messages.filter((m) => m.source === 'schema').map((m) => `${m.line}:${m.column} ${fullRuleId(m)}`) };
}

describeWithShared('resolver on the Graph v1.0 CSDL', ['schemas', 'graph-v1.0.csdl'], (csdl) => {
  const schema = loadSchema(csdl);

  const seed = sharedPath('seeds');
  const seedFile = seed === null ? null : readFileSync(`${seed}/${readdirSync(seed).find((f) => f.startsWith('001_'))}`, 'utf8');

  (seedFile === null ? test.skip : test)('the access-review seed: Edm.Date, Int32, abstract scope with @odata.type, enum', () => {
    const file = new VFile({ path: 'seed-001.md', value: seedFile! });
    const raw = extractRequests(file).find((r) => r.name === 'create_accessReviewScheduleDefinition')!;
    const ir = buildRequest(raw, file)!;
    const typed = resolveRequest(ir, schema, file);
    expect(typed.path.map((s) => `${s.kind}:${'name' in s ? s.name : ''}`)).toEqual([
      'singleton:identityGovernance',
      'navigation:accessReviews',
      'navigation:definitions',
    ]);
    expect([typed.operation, typed.resolved]).toEqual(['create', true]);
    const body = typed.body?.kind === 'json' ? typed.body.value : undefined;
    expect(body?.kind === 'object' && body.type).toBe('microsoft.graph.accessReviewScheduleDefinition');
    const scope = prop(body, 'scope');
    expect(scope.type).toEqual({ name: 'microsoft.graph.accessReviewScope', collection: false });
    expect(scope.value.kind === 'object' && [scope.value.type, scope.value.declaredType, scope.value.abstract]).toEqual([
      'microsoft.graph.accessReviewQueryScope',
      'microsoft.graph.accessReviewScope',
      false,
    ]);
    const settings = prop(body, 'settings').value;
    expect(prop(settings, 'instanceDurationInDays').value).toMatchObject({ kind: 'primitive', type: 'Edm.Int32', value: 1, coercion: null });
    expect(prop(settings, 'defaultDecision').value).toMatchObject({ kind: 'primitive', type: 'Edm.String', value: 'None' });
    const recurrence = prop(settings, 'recurrence').value;
    const pattern = prop(recurrence, 'pattern').value;
    expect(prop(pattern, 'type').value).toMatchObject({ kind: 'enum', type: 'microsoft.graph.recurrencePatternType', members: ['weekly'], unknownMembers: [] });
    expect(prop(pattern, 'interval').value).toMatchObject({ kind: 'primitive', type: 'Edm.Int32', value: 1 });
    const range = prop(recurrence, 'range').value;
    expect(prop(range, 'type').value).toMatchObject({ kind: 'enum', type: 'microsoft.graph.recurrenceRangeType', members: ['noEnd'] });
    expect(prop(range, 'startDate').value).toMatchObject({ kind: 'primitive', type: 'Edm.Date', value: '2020-09-08', raw: '2020-09-08T12:02:30.667Z', coercion: 'datetime-to-date' });
    const reviewers = prop(body, 'reviewers').value;
    expect(reviewers.kind === 'collection' && [reviewers.itemType.name, reviewers.items.map((i) => i.kind)]).toEqual(['microsoft.graph.accessReviewReviewerScope', ['object']]);
    const schemaMessages = file.messages.filter((m) => m.source === 'schema').map((m) => `${fullRuleId(m)} ${m.reason}`);
    expect(schemaMessages).toEqual([
      'schema:value-coerced body.settings.recurrence.range.startDate: "2020-09-08T12:02:30.667Z" given for Edm.Date; Edm.Date takes a date only; the date part 2020-09-08 is kept',
    ]);
  });

  test('sendMail: camelCase body keys typed by PascalCase parameters, reported as info', () => {
    const { typed, rules } = fromText(
      ['POST https://graph.microsoft.com/v1.0/me/sendMail', 'Content-type: application/json', '', '{', '  "message": {"subject": "Hi"},', '  "saveToSentItems": "false"', '}'].join('\n'),
      schema,
    );
    const body = typed.body?.kind === 'json' ? typed.body.value : undefined;
    expect(body?.kind === 'parameters' && body.properties.map((p) => [p.jsonName, p.name, p.value.kind])).toEqual([
      ['message', 'Message', 'object'],
      ['saveToSentItems', 'SaveToSentItems', 'primitive'],
    ]);
    expect(rules).toEqual(['5:3 schema:parameter-case', '6:3 schema:parameter-case', '6:22 schema:value-coerced']);
    expect(typed.resolved).toBe(true);
  });

  test('byUserId material, drive item colon path, @odata.bind on group creation', () => {
    const key = fromText('GET https://graph.microsoft.com/v1.0/users/{user-id}/messages/{message-id}', schema).typed.path[1];
    expect(key?.kind === 'key' && [key.entityType, key.entityTypeName, key.parameterName]).toEqual(['microsoft.graph.user', 'user', 'user-id']);
    const drive = fromText('PUT https://graph.microsoft.com/v1.0/me/drive/root:/FolderA/file.txt:/content\nContent-Type: text/plain\n\nThe contents', schema).typed;
    expect([drive.path.map((s) => s.kind), drive.operation, drive.body?.kind, drive.resolved]).toEqual([
      ['singleton', 'navigation', 'navigation', 'colonPath', 'property'],
      'stream-put',
      'raw',
      true,
    ]);
    const group = fromText(
      ['POST https://graph.microsoft.com/v1.0/groups', 'Content-type: application/json', '', '{"displayName": "G", "mailEnabled": false, "groupTypes": ["Unified"], "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"]}'].join('\n'),
      schema,
    );
    const value = group.typed.body?.kind === 'json' ? group.typed.body.value : undefined;
    expect(value?.kind === 'object' && [value.properties.map((p) => p.name), value.annotations.map((a) => a.key)]).toEqual([
      ['displayName', 'mailEnabled', 'groupTypes'],
      ['members@odata.bind'],
    ]);
    expect(group.rules).toEqual([]);
  });
  describe('a dotted segment after a collection of entities', () => {
    const last = (url: string) => {
      const { typed, rules } = fromText(`GET https://graph.microsoft.com/v1.0${url}`, schema);
      const step = typed.path[typed.path.length - 1]!;
      const picture = step.kind === 'key' ? `key ${step.parameterName} ${JSON.stringify(step.keys.map((k) => k.value))}` : step.kind === 'cast' ? `cast ${step.typeName}` : step.kind === 'operation' ? `${step.operationKind} ${step.fullName}` : step.kind;
      return { picture, resolved: typed.resolved, rules };
    };
    const key = (value: string) => `key extension-id ${JSON.stringify([{ kind: 'string', value, quoted: false }])}`;

    test('an extension name is the key, whether it reads as a name or as a qualified name', () => {
      expect(last('/me/extensions/Com.Contoso.Deal')).toEqual({ picture: key('Com.Contoso.Deal'), resolved: true, rules: [] });
      expect(last('/groups/{group-id}/extensions/Com.Contoso.Referral')).toEqual({ picture: key('Com.Contoso.Referral'), resolved: true, rules: [] });
      expect(last('/me/events/{event-id}/extensions/Com.Contoso.Referral')).toEqual({ picture: key('Com.Contoso.Referral'), resolved: true, rules: [] });
      // `Microsoft.…` reads as a qualified name, but no namespace of the schema is `microsoft.outlookservices…`
      const fullName = 'Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate';
      expect(last(`/groups/{group-id}/threads/{thread-id}/posts/{post-id}/extensions/${fullName}`)).toEqual({ picture: key(fullName), resolved: true, rules: [] });
    });

    test('casts and namespaced operations are still casts and operations; an unknown name in a schema namespace is still reported', () => {
      expect(last('/users/{user-id}/memberOf/microsoft.graph.group')).toMatchObject({ picture: 'cast microsoft.graph.group', resolved: true });
      expect(last('/users/{user-id}/memberOf/graph.group')).toMatchObject({ picture: 'cast microsoft.graph.group', resolved: true });
      expect(fromText('POST https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases/{id}/custodians/microsoft.graph.security.applyHold', schema).typed.path.at(-1)).toMatchObject({ kind: 'operation', fullName: 'microsoft.graph.security.applyHold' });
      expect(last('/me/extensions/microsoft.graph.Deal')).toMatchObject({ picture: 'unresolved', resolved: false, rules: ['1:52 schema:unknown-segment'] });
      expect(last('/me/extensions/microsoft.graph.security.deal')).toMatchObject({ picture: 'unresolved', resolved: false });
    });
  });
});
