import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { readCsdl } from '../../generator/schema/csdl.js';
import type { EnumType, StructuredType } from '../../generator/schema/model.js';
import { loadSchema, Schema } from '../../generator/schema/schema.js';
import { describeWithShared, REPO_ROOT } from '../support/shared.js';

const SMALL = path.join(REPO_ROOT, 'test', 'schema', 'fixtures', 'small.csdl.xml');
const small = () => readCsdl(readFileSync(SMALL, 'utf8'), 'small-v1.0.csdl');

describe('readCsdl on a small document', () => {
  const model = small();

  test('namespaces, aliases, source and version', () => {
    expect(model.namespaces).toEqual(['microsoft.graph', 'microsoft.graph.security']);
    expect(model.aliases).toEqual({ graph: 'microsoft.graph', self: 'microsoft.graph.security' });
    expect(model.source).toBe('csdl:small-v1.0.csdl');
    expect(model.apiVersion).toBe('v1.0');
  });

  test('entity type with base type, key, properties and navigation (aliases resolved)', () => {
    expect(model.types['microsoft.graph.user']).toEqual({
      kind: 'entity',
      name: 'user',
      namespace: 'microsoft.graph',
      fullName: 'microsoft.graph.user',
      baseType: 'microsoft.graph.directoryObject',
      abstract: false,
      openType: false,
      hasStream: false,
      key: null,
      properties: [
        { name: 'displayName', type: { name: 'Edm.String', collection: false }, nullable: true },
        { name: 'accountEnabled', type: { name: 'Edm.Boolean', collection: false }, nullable: true },
        { name: 'birthday', type: { name: 'Edm.Date', collection: false }, nullable: true },
        { name: 'age', type: { name: 'Edm.Int32', collection: false }, nullable: true },
        { name: 'businessPhones', type: { name: 'Edm.String', collection: true }, nullable: false },
        { name: 'workDays', type: { name: 'microsoft.graph.dayOfWeek', collection: false }, nullable: true },
        { name: 'settings', type: { name: 'microsoft.graph.userSettings', collection: false }, nullable: true },
        { name: 'photoData', type: { name: 'Edm.Stream', collection: false }, nullable: true },
      ],
      navigationProperties: [
        { name: 'manager', type: { name: 'microsoft.graph.directoryObject', collection: false }, containsTarget: false, nullable: true },
        { name: 'memberOf', type: { name: 'microsoft.graph.directoryObject', collection: true }, containsTarget: false, nullable: true },
        { name: 'messages', type: { name: 'microsoft.graph.message', collection: true }, containsTarget: true, nullable: true },
        { name: 'photo', type: { name: 'microsoft.graph.profilePhoto', collection: false }, containsTarget: true, nullable: true },
        { name: 'drive', type: { name: 'microsoft.graph.drive', collection: false }, containsTarget: true, nullable: true },
      ],
    });
    const entity = model.types['microsoft.graph.entity'] as StructuredType;
    expect([entity.abstract, entity.key]).toEqual([true, ['id']]);
    expect((model.types['microsoft.graph.directoryObject'] as StructuredType).openType).toBe(true);
    expect((model.types['microsoft.graph.profilePhoto'] as StructuredType).hasStream).toBe(true);
    expect((model.types['microsoft.graph.queryScope'] as StructuredType).baseType).toBe('microsoft.graph.scope');
    expect(model.types['microsoft.graph.scope']!.kind).toBe('complex');
  });

  test('enums: implicit values continue from the previous member; flags; underlying type', () => {
    expect(model.types['microsoft.graph.importance']).toEqual({
      kind: 'enum',
      name: 'importance',
      namespace: 'microsoft.graph',
      fullName: 'microsoft.graph.importance',
      isFlags: false,
      underlyingType: 'Edm.Int32',
      members: [
        { name: 'low', value: '0' },
        { name: 'normal', value: '1' },
        { name: 'high', value: '5' },
        { name: 'unknownFutureValue', value: '6' },
      ],
    });
    expect((model.types['microsoft.graph.dayOfWeek'] as EnumType).isFlags).toBe(true);
    expect((model.types['microsoft.graph.security.alertSeverity'] as EnumType).underlyingType).toBe('Edm.Byte');
  });

  test('sub-namespace with its own alias: self.x resolves to microsoft.graph.security.x', () => {
    const alert = model.types['microsoft.graph.security.alert'] as StructuredType;
    expect(alert.namespace).toBe('microsoft.graph.security');
    expect(alert.baseType).toBe('microsoft.graph.entity');
    expect(alert.properties.map((p) => p.type.name)).toEqual(['microsoft.graph.security.alertSeverity', 'microsoft.graph.emailAddress']);
  });

  test('bound and unbound operations: binding parameter removed, collection binding, return types', () => {
    const byName = (name: string) => model.operations.filter((o) => o.fullName === name);
    expect(byName('microsoft.graph.sendMail')).toEqual([
      {
        kind: 'action',
        name: 'sendMail',
        namespace: 'microsoft.graph',
        fullName: 'microsoft.graph.sendMail',
        isBound: true,
        bindingType: { name: 'microsoft.graph.user', collection: false },
        parameters: [
          { name: 'Message', type: { name: 'microsoft.graph.message', collection: false }, nullable: false },
          { name: 'SaveToSentItems', type: { name: 'Edm.Boolean', collection: false }, nullable: true },
        ],
        returnType: null,
        isComposable: false,
      },
    ]);
    const [delta] = byName('microsoft.graph.delta');
    expect([delta!.kind, delta!.bindingType, delta!.isComposable, delta!.returnType]).toEqual([
      'function',
      { name: 'microsoft.graph.user', collection: true },
      true,
      { name: 'microsoft.graph.user', collection: true },
    ]);
    expect(byName('microsoft.graph.reminderView').map((o) => o.parameters.length)).toEqual([2, 1]);
    expect(byName('microsoft.graph.security.resolve')[0]!.bindingType).toEqual({ name: 'microsoft.graph.security.alert', collection: true });
    const [unbound] = byName('microsoft.graph.getOffice365ActiveUserCounts');
    expect([unbound!.isBound, unbound!.bindingType, unbound!.parameters.map((p) => p.name)]).toEqual([false, null, ['period']]);
  });

  test('entity container: entity sets, singletons, imports (alias-qualified targets resolved)', () => {
    expect(model.container).toEqual({
      name: 'GraphService',
      elements: [
        { kind: 'entitySet', name: 'users', type: 'microsoft.graph.user' },
        { kind: 'entitySet', name: 'groups', type: 'microsoft.graph.group' },
        { kind: 'entitySet', name: 'alerts', type: 'microsoft.graph.security.alert' },
        { kind: 'singleton', name: 'me', type: 'microsoft.graph.user' },
      ],
      operationImports: [
        { kind: 'function', name: 'getOffice365ActiveUserCounts', operation: 'microsoft.graph.getOffice365ActiveUserCounts' },
      ],
    });
  });

  test('the model is plain data: a JSON round trip gives the same model', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  test('not CSDL: an empty model and a schema:csdl-invalid error, no exception', () => {
    const file = new VFile({ path: 'bad.csdl' });
    const model = readCsdl('<html><body>not a schema</body></html>', 'bad.csdl', { file });
    expect([model.namespaces, Object.keys(model.types), model.operations]).toEqual([[], [], []]);
    expect(file.messages.map((m) => [fullRuleId(m), m.reason])).toEqual([['schema:csdl-invalid', 'bad.csdl holds no CSDL <Schema> element']]);
    expect(readCsdl('', 'empty', {}).apiVersion).toBeNull();
  });
});

describe('Schema lookups', () => {
  const schema = new Schema(small());

  test('type by full, alias-qualified or differently cased name', () => {
    expect(schema.type('microsoft.graph.user')?.fullName).toBe('microsoft.graph.user');
    expect(schema.type('graph.user')?.fullName).toBe('microsoft.graph.user');
    expect(schema.type('Microsoft.Graph.USER')?.fullName).toBe('microsoft.graph.user');
    expect(schema.type('self.alert')?.fullName).toBe('microsoft.graph.security.alert');
    expect(schema.type('microsoft.graph.nope')).toBeUndefined();
    expect(schema.type('constructor')).toBeUndefined();
  });

  test('inherited properties (base first), key from a base type, derived types', () => {
    expect(schema.properties('microsoft.graph.group').map((p) => p.name)).toEqual(['id', 'deletedDateTime', 'displayName']);
    expect(schema.key('microsoft.graph.user')).toEqual(['id']);
    expect(schema.derivedTypes('microsoft.graph.entity', false)).toEqual([
      'microsoft.graph.directoryObject',
      'microsoft.graph.drive',
      'microsoft.graph.driveItem',
      'microsoft.graph.message',
      'microsoft.graph.profilePhoto',
      'microsoft.graph.security.alert',
    ]);
    expect(schema.derivedTypes('microsoft.graph.directoryObject')).toEqual(['microsoft.graph.group', 'microsoft.graph.user']);
    expect(schema.isSameOrDerived('microsoft.graph.user', 'microsoft.graph.entity')).toBe(true);
    expect(schema.isSameOrDerived('microsoft.graph.group', 'microsoft.graph.user')).toBe(false);
  });

  test('navigation by name, inherited, case-insensitive fallback', () => {
    expect(schema.navigation('microsoft.graph.user', 'messages')?.containsTarget).toBe(true);
    expect(schema.navigation('microsoft.graph.user', 'MemberOf')?.name).toBe('memberOf');
    expect(schema.navigation('microsoft.graph.user', 'members')).toBeUndefined();
  });

  test('bound operations by binding type: own, base types, collections', () => {
    expect(schema.boundOperations('microsoft.graph.user', false).map((o) => o.name)).toEqual([
      'sendMail',
      'reminderView',
      'reminderView',
      'checkMemberGroups',
    ]);
    expect(schema.boundOperations('microsoft.graph.user', true).map((o) => o.name)).toEqual(['delta']);
    expect(schema.boundOperations('microsoft.graph.group', false, 'checkMemberGroups').map((o) => o.fullName)).toEqual(['microsoft.graph.checkMemberGroups']);
    expect(schema.boundOperations('microsoft.graph.group', false, 'microsoft.graph.checkMemberGroups')).toHaveLength(1);
    expect(schema.boundOperations('microsoft.graph.security.alert', true, 'self.resolve').map((o) => o.fullName)).toEqual(['microsoft.graph.security.resolve']);
    expect(schema.boundOperations('microsoft.graph.group', true, 'delta')).toEqual([]);
  });

  test('container elements, imports and enum members', () => {
    expect(schema.containerElement('me')).toEqual({ kind: 'singleton', name: 'me', type: 'microsoft.graph.user' });
    expect(schema.containerElement('Users')?.name).toBe('users');
    expect(schema.operationImport('getOffice365ActiveUserCounts')?.operations.map((o) => o.fullName)).toEqual(['microsoft.graph.getOffice365ActiveUserCounts']);
    expect(schema.enumMember('microsoft.graph.importance', 'High')).toEqual({ name: 'high', value: '5' });
    expect(schema.enumMember('microsoft.graph.importance', 'urgent')).toBeUndefined();
  });

  test('loadSchema reads CSDL by extension', () => {
    expect(loadSchema(SMALL).model.types['microsoft.graph.user']?.kind).toBe('entity');
  });
});

describeWithShared('readCsdl on the Graph v1.0 CSDL', ['schemas', 'graph-v1.0.csdl'], (file) => {
  const schema = loadSchema(file);
  const model = schema.model;
  const types = Object.values(model.types);

  test('counts (the README rounds some: it says 40 entity sets, 30 singletons, 324 bound functions)', () => {
    const count = (predicate: (t: (typeof types)[number]) => boolean) => types.filter(predicate).length;
    expect({
      entity: count((t) => t.kind === 'entity'),
      complex: count((t) => t.kind === 'complex'),
      enums: count((t) => t.kind === 'enum'),
      flags: count((t) => t.kind === 'enum' && t.isFlags),
      entitySets: model.container.elements.filter((e) => e.kind === 'entitySet').length,
      singletons: model.container.elements.filter((e) => e.kind === 'singleton').length,
      boundActions: model.operations.filter((o) => o.kind === 'action' && o.isBound).length,
      boundFunctions: model.operations.filter((o) => o.kind === 'function' && o.isBound).length,
      unbound: model.operations.filter((o) => !o.isBound).length,
      contained: types.flatMap((t) => (t.kind === 'enum' ? [] : t.navigationProperties)).filter((n) => n.containsTarget).length,
      namespaces: model.namespaces.length,
    }).toEqual({
      entity: 1182,
      complex: 1779,
      enums: 861,
      flags: 64,
      entitySets: 41,
      singletons: 31,
      boundActions: 857,
      boundFunctions: 326,
      unbound: 0,
      contained: 1079,
      namespaces: 11,
    });
  });

  test('every type reference names a known type (aliases resolved everywhere)', () => {
    const refs = [
      ...types.flatMap((t) => (t.kind === 'enum' ? [] : [...t.properties, ...t.navigationProperties].map((p) => p.type.name))),
      ...types.flatMap((t) => (t.kind !== 'enum' && t.baseType ? [t.baseType] : [])),
      ...model.operations.flatMap((o) => [...o.parameters.map((p) => p.type.name), ...(o.bindingType ? [o.bindingType.name] : []), ...(o.returnType ? [o.returnType.name] : [])]),
      ...model.container.elements.map((e) => e.type),
    ];
    expect(refs.filter((name) => !name.startsWith('Edm.') && schema.type(name) === undefined)).toEqual([]);
    expect(model.aliases['self']).toBe('microsoft.graph.security');
  });

  test('lookups on well-known Graph types', () => {
    expect(schema.containerElement('me')?.type).toBe('microsoft.graph.user');
    expect(schema.properties('microsoft.graph.recurrenceRange').find((p) => p.name === 'startDate')?.type).toEqual({ name: 'Edm.Date', collection: false });
    expect(schema.derivedTypes('microsoft.graph.accessReviewScope')).toContain('microsoft.graph.accessReviewQueryScope');
    expect(schema.boundOperations('microsoft.graph.user', true, 'delta').map((o) => o.bindingType)).toEqual([
      { name: 'microsoft.graph.user', collection: true },
      { name: 'microsoft.graph.directoryObject', collection: true },
    ]);
    expect(schema.boundOperations('microsoft.graph.user', false, 'sendMail')[0]?.parameters.map((p) => p.name)).toEqual(['Message', 'SaveToSentItems']);
    expect((schema.type('microsoft.graph.callRecords.callRecord') as StructuredType).kind).toBe('entity');
  });

  test('capability restrictions by target (what decides the SDK surface)', () => {
    const capabilities = model.capabilities ?? {};
    expect(Object.keys(capabilities).length).toBe(76);
    expect(capabilities['microsoft.graph.user/calendar']).toEqual({ deletable: false, insertable: false });
    expect(capabilities['microsoft.graph.synchronization']).toEqual({ updateMethod: 'PUT' });
    expect(capabilities['microsoft.graph.identityContainer/conditionalAccess']).toEqual({ deletable: false, insertable: false, readable: false, updatable: false });
    expect(capabilities['microsoft.graph.cloudPcServicePlan']).toEqual({ deletable: false, insertable: false, readableByKey: false, updatable: false });
  });
});

describe('readCsdl: deprecations and computed properties', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
      <EntityType Name="lesson" BaseType="graph.entity">
        <Property Name="title" Type="Edm.String" />
        <Property Name="status" Type="Edm.String" />
        <Property Name="oldField" Type="Edm.String" />
      </EntityType>
      <EntityType Name="drive" BaseType="graph.entity" />
      <Function Name="sharedWithMe" IsBound="true"><Parameter Name="bindingParameter" Type="graph.drive" /><ReturnType Type="Collection(graph.entity)" /></Function>
      <Annotations Target="graph.lesson/status"><Annotation Term="Org.OData.Core.V1.Computed" Bool="true" /></Annotations>
      <Annotations Target="graph.lesson/title"><Annotation Term="Org.OData.Core.V1.Computed" Bool="false" /></Annotations>
      <Annotations Target="graph.lesson/oldField">
        <Annotation Term="Org.OData.Core.V1.Revisions">
          <Collection>
            <Record>
              <PropertyValue Property="Date" Date="2024-04-10" />
              <PropertyValue Property="Description" String="Use &quot;title&quot; instead." />
              <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/Deprecated</EnumMember></PropertyValue>
              <PropertyValue Property="RemovalDate" Date="2026-04-10" />
            </Record>
          </Collection>
        </Annotation>
      </Annotations>
      <Annotations Target="graph.sharedWithMe(graph.drive)">
        <Annotation Term="Org.OData.Core.V1.Revisions">
          <Collection>
            <Record>
              <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/Added</EnumMember></PropertyValue>
            </Record>
            <Record>
              <PropertyValue Property="Date" Date="2025-11-13" />
              <PropertyValue Property="Description" String="This API is deprecated." />
              <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/Deprecated</EnumMember></PropertyValue>
            </Record>
          </Collection>
        </Annotation>
      </Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>`;
  const model = readCsdl(xml, 'annotations-v1.0.csdl');

  test('a Revisions record of Kind Deprecated, by its target with full names (properties and operations with their parameter types)', () => {
    expect(model.deprecations).toEqual({
      'microsoft.graph.lesson/oldField': { description: 'Use "title" instead.', date: '2024-04-10', removalDate: '2026-04-10' },
      'microsoft.graph.sharedWithMe(microsoft.graph.drive)': { description: 'This API is deprecated.', date: '2025-11-13' },
    });
  });

  test('Computed properties (Bool="false" is not computed), found through base types', () => {
    expect(model.computed).toEqual(['microsoft.graph.lesson/status']);
    const schema = new Schema(model);
    expect(schema.isComputed('microsoft.graph.lesson', 'status')).toBe(true);
    expect(schema.isComputed('microsoft.graph.lesson', 'title')).toBe(false);
  });
});
