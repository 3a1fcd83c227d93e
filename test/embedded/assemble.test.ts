import { assembleSchema, keyParameterName } from '../../generator/schema/embedded/assemble.js';
import { readKiotaModule } from '../../generator/schema/embedded/kiota-js.js';

const MODELS = `
export function deserializeIntoEntity(entity = {}) {
    return { "id": n => { entity.id = n.getStringValue(); } };
}
export function deserializeIntoDirectoryObject(directoryObject = {}) {
    return Object.assign(Object.assign({}, deserializeIntoEntity(directoryObject)), {});
}
export function deserializeIntoUser(user = {}) {
    return Object.assign(Object.assign({}, deserializeIntoDirectoryObject(user)), {
        "messages": n => { user.messages = n.getCollectionOfObjectValues(createMessageFromDiscriminatorValue); },
        "memberOf": n => { user.memberOf = n.getCollectionOfObjectValues(createDirectoryObjectFromDiscriminatorValue); },
        "size": n => { user.size = n.getNumberValue(); },
        "mailboxSettings": n => { user.mailboxSettings = n.getObjectValue(createMailboxSettingsFromDiscriminatorValue); },
    });
}
export function deserializeIntoMessage(message = {}) {
    return Object.assign(Object.assign({}, deserializeIntoEntity(message)), { "subject": n => { message.subject = n.getStringValue(); } });
}
export function deserializeIntoMailboxSettings(mailboxSettings = {}) {
    return { "timeZone": n => { mailboxSettings.timeZone = n.getStringValue(); } };
}
export function deserializeIntoBaseCollectionPaginationCountResponse(r = {}) {
    return { "@odata.nextLink": n => { r.odataNextLink = n.getStringValue(); } };
}
export function deserializeIntoUserCollectionResponse(r = {}) {
    return Object.assign(Object.assign({}, deserializeIntoBaseCollectionPaginationCountResponse(r)), { "value": n => { r.value = n.getCollectionOfObjectValues(createUserFromDiscriminatorValue); } });
}
export const ImportanceObject = { Low: "low", High: "high" };
`;

const users = (path: string, requests: string, extra = ''): string => `
import { createUserCollectionResponseFromDiscriminatorValue, createUserFromDiscriminatorValue, createMessageFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/index.js';
${extra}
export const XRequestBuilderUriTemplate = "{+baseurl}${path}";
export const XRequestBuilderRequestsMetadata = { ${requests} };
`;

const BUILDERS = [
  users('/users{?%24top}', 'get: { uriTemplate: XRequestBuilderUriTemplate, adapterMethodName: "send", responseBodyFactory: createUserCollectionResponseFromDiscriminatorValue }'),
  users('/users/{user%2Did}', 'get: { uriTemplate: XRequestBuilderUriTemplate, adapterMethodName: "send", responseBodyFactory: createUserFromDiscriminatorValue }'),
  users('/users/{user%2Did}/messages/{message%2Did}', 'get: { uriTemplate: XRequestBuilderUriTemplate, adapterMethodName: "send", responseBodyFactory: createMessageFromDiscriminatorValue }'),
  users('/users/{user%2Did}/memberOf/{directoryObject%2Did}/$ref', 'delete: { uriTemplate: XRequestBuilderUriTemplate, adapterMethodName: "sendNoResponseContent" }'),
  users(
    '/users/{user%2Did}/sendMail',
    'post: { uriTemplate: XRequestBuilderUriTemplate, adapterMethodName: "sendNoResponseContent", requestBodySerializer: serializeSendMailPostRequestBody }',
    `export function deserializeIntoSendMailPostRequestBody(b = {}) {
        return { "Message": n => { b.message = n.getObjectValue(createMessageFromDiscriminatorValue); }, "SaveToSentItems": n => { b.saveToSentItems = n.getBooleanValue(); } };
     }
     export function serializeSendMailPostRequestBody(writer, b = {}) {}`,
  ),
  users(
    "/users/{user%2Did}/reminderView(StartDateTime='{StartDateTime}',EndDateTime='{EndDateTime}')",
    'get: { uriTemplate: XRequestBuilderUriTemplate, adapterMethodName: "send", responseBodyFactory: createReminderViewGetResponseFromDiscriminatorValue }',
    `export function deserializeIntoReminderViewGetResponse(r = {}) {
        return Object.assign(Object.assign({}, deserializeIntoBaseCollectionPaginationCountResponse(r)), { "value": n => { r.value = n.getCollectionOfObjectValues(createMessageFromDiscriminatorValue); } });
     }`,
  ),
];

describe('assembleSchema on synthetic SDK modules', () => {
  const model = assembleSchema({
    apiVersion: 'v1.0',
    source: 'embedded:test',
    modelsPackage: '@microsoft/msgraph-sdk',
    models: [{ dir: '', facts: readKiotaModule(MODELS) }],
    builders: BUILDERS.map((text, i) => ({ file: `b${i}/index.js`, facts: readKiotaModule(text) })),
  });

  test('types: kinds, bases, keys, paging wrappers left out', () => {
    expect(Object.keys(model.types)).toEqual([
      'microsoft.graph.directoryObject',
      'microsoft.graph.entity',
      'microsoft.graph.importance',
      'microsoft.graph.mailboxSettings',
      'microsoft.graph.message',
      'microsoft.graph.user',
    ]);
    const entity = model.types['microsoft.graph.entity'];
    expect(entity?.kind === 'entity' && entity.key).toEqual(['id']);
    expect(entity?.inferred).toEqual(['key']);
    const settings = model.types['microsoft.graph.mailboxSettings'];
    expect(settings?.kind).toBe('complex');
  });

  test('properties, navigation and containment (stated by $ref, else inferred)', () => {
    const user = model.types['microsoft.graph.user'];
    if (user?.kind !== 'entity') throw new Error('user is not an entity type');
    expect(user.baseType).toBe('microsoft.graph.directoryObject');
    expect(user.properties).toEqual([
      { name: 'mailboxSettings', type: { name: 'microsoft.graph.mailboxSettings', collection: false }, nullable: true },
      { name: 'size', type: { name: 'Edm.Int64', collection: false }, nullable: true, inferred: ['int-width'] },
    ]);
    expect(user.navigationProperties).toEqual([
      {
        name: 'memberOf',
        type: { name: 'microsoft.graph.directoryObject', collection: true },
        containsTarget: false,
        nullable: true,
        keyParameter: 'directoryObject-id',
      },
      {
        name: 'messages',
        type: { name: 'microsoft.graph.message', collection: true },
        containsTarget: true,
        nullable: true,
        keyParameter: 'message-id',
        inferred: ['containment'],
      },
    ]);
  });

  test('the model says what it does not know (the resolver infers only for these)', () => {
    expect(model.unknownFacts).toEqual(['abstract', 'has-stream', 'nullability', 'open-type', 'operation-imports', 'operations', 'roots', 'type-kind']);
  });

  test('key parameter names from URI templates; kiota numbering of repeated names dropped', () => {
    expect([keyParameterName('user-id'), keyParameterName('chatMessage-id1'), keyParameterName('chatMessage-id12'), keyParameterName('id1')]).toEqual([
      'user-id',
      'chatMessage-id',
      'chatMessage-id',
      'id1',
    ]);
  });

  test('enums: members in order, flags-ness marked as inferred', () => {
    expect(model.types['microsoft.graph.importance']).toEqual({
      kind: 'enum',
      name: 'importance',
      namespace: 'microsoft.graph',
      fullName: 'microsoft.graph.importance',
      isFlags: false,
      underlyingType: 'Edm.Int32',
      members: [
        { name: 'low', value: '0' },
        { name: 'high', value: '1' },
      ],
      inferred: ['flags'],
    });
  });

  test('roots: the stated entity set, `me` (R1), and R2 singletons for a type no collection holds', () => {
    expect(model.container.elements).toEqual([
      { kind: 'singleton', name: 'me', type: 'microsoft.graph.user', inferred: ['root'] },
      { kind: 'singleton', name: 'message', type: 'microsoft.graph.message', inferred: ['root'] },
      { kind: 'singleton', name: 'messages', type: 'microsoft.graph.message', inferred: ['root'] },
      { kind: 'entitySet', name: 'users', type: 'microsoft.graph.user', keyParameter: 'user-id' },
    ]);
  });

  test('operations: an action with its body parameters, a function with its URI parameters', () => {
    expect(model.operations).toEqual([
      {
        kind: 'function',
        name: 'reminderView',
        namespace: 'microsoft.graph',
        fullName: 'microsoft.graph.reminderView',
        isBound: true,
        bindingType: { name: 'microsoft.graph.user', collection: false },
        parameters: [
          { name: 'StartDateTime', type: { name: 'Edm.String', collection: false }, nullable: true },
          { name: 'EndDateTime', type: { name: 'Edm.String', collection: false }, nullable: true },
        ],
        returnType: { name: 'microsoft.graph.message', collection: true },
        isComposable: false,
      },
      {
        kind: 'action',
        name: 'sendMail',
        namespace: 'microsoft.graph',
        fullName: 'microsoft.graph.sendMail',
        isBound: true,
        bindingType: { name: 'microsoft.graph.user', collection: false },
        parameters: [
          { name: 'Message', type: { name: 'microsoft.graph.message', collection: false }, nullable: true },
          { name: 'SaveToSentItems', type: { name: 'Edm.Boolean', collection: false }, nullable: true },
        ],
        returnType: null,
        isComposable: false,
      },
    ]);
  });
});
