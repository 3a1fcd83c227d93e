import { readKiotaModule } from '../../generator/schema/embedded/kiota-js.js';

/** A models module in the shape kiota emits (`models/index.js`), trimmed to what the reader uses. */
const MODELS = `
import { createAlertFromDiscriminatorValue, deserializeIntoAlert as Iabc123 } from './security/index.js';
import { createUntypedNodeFromDiscriminatorValue } from '@microsoft/kiota-abstractions';
export function createDirectoryObjectFromDiscriminatorValue(parseNode) {
    if (!parseNode)
        throw new Error("parseNode cannot be undefined");
    const mappingValueNode = parseNode?.getChildNode("@odata.type");
    if (mappingValueNode) {
        const mappingValue = mappingValueNode.getStringValue();
        if (mappingValue) {
            switch (mappingValue) {
                case "#microsoft.graph.user":
                    return deserializeIntoUser;
                case "#microsoft.graph.security.alert":
                    return Iabc123;
            }
        }
    }
    return deserializeIntoDirectoryObject;
}
export function deserializeIntoEntity(entity = {}) {
    return {
        "backingStoreEnabled": n => { entity.backingStoreEnabled = true; },
        "id": n => { entity.id = n.getStringValue(); },
        "@odata.type": n => { entity.odataType = n.getStringValue(); },
    };
}
export function deserializeIntoDirectoryObject(directoryObject = {}) {
    return Object.assign(Object.assign({}, deserializeIntoEntity(directoryObject)), { "deletedDateTime": n => { directoryObject.deletedDateTime = n.getDateValue(); } });
}
export function deserializeIntoPlainUser(plainUser = {}) {
    return Object.assign({}, deserializeIntoDirectoryObject(plainUser));
}
export function deserializeIntoUser(user = {}) {
    return Object.assign(Object.assign({}, deserializeIntoDirectoryObject(user)), {
        "birthday": n => { user.birthday = n.getDateOnlyValue(); },
        "wake": n => { user.wake = n.getTimeOnlyValue(); },
        "span": n => { user.span = n.getDurationValue(); },
        "tenant": n => { user.tenant = n.getGuidValue(); },
        "photo": n => { user.photo = n.getByteArrayValue(); },
        "quotaBytes": n => { user.quotaBytes = n.getNumberValue(); },
        "enabled": n => { var _a; user.enabled = (_a = n.getBooleanValue()) !== null && _a !== void 0 ? _a : false; },
        "phones": n => { user.phones = n.getCollectionOfPrimitiveValues("string"); },
        "scores": n => { user.scores = n.getCollectionOfPrimitiveValues("number"); },
        "kind": n => { user.kind = n.getEnumValue(UserKindObject); },
        "kinds": n => { user.kinds = n.getCollectionOfEnumValues(UserKindObject); },
        "days": n => { user.days = n.getCollectionOfEnumValues(DayObject); },
        "alerts": n => { user.alerts = n.getCollectionOfObjectValues(createAlertFromDiscriminatorValue); },
        "manager": n => { user.manager = n.getObjectValue(createDirectoryObjectFromDiscriminatorValue); },
        "extra": n => { user.extra = n.getObjectValue(createUntypedNodeFromDiscriminatorValue); },
    });
}
export function serializeUser(writer, user = {}, isSerializingDerivedType = false) {
    if (!user || isSerializingDerivedType) {
        return;
    }
    serializeDirectoryObject(writer, user, isSerializingDerivedType);
    writer.writeEnumValue("kind", user.kind);
    if (user.kinds)
        writer.writeCollectionOfEnumValues("kinds", user.kinds);
    writer.writeEnumValue("days", user.days);
}
export const UserKindObject = {
    Member: "member",
    Guest: "guest",
};
export const DayObject = {
    None: "none",
    Monday: "monday",
};
export const NotAnEnumObject = {
    Member: 1,
};
`;

describe('readKiotaModule: models', () => {
  const facts = readKiotaModule(MODELS);

  test('imports and aliases', () => {
    expect(facts.imports).toEqual({
      createAlertFromDiscriminatorValue: './security/index.js',
      Iabc123: './security/index.js',
      createUntypedNodeFromDiscriminatorValue: '@microsoft/kiota-abstractions',
    });
    expect(facts.aliases).toEqual({ Iabc123: 'deserializeIntoAlert' });
  });

  test('the discriminator switch, with an aliased import resolved', () => {
    expect(facts.discriminators).toEqual([
      {
        name: 'DirectoryObject',
        cases: [
          { odataType: '#microsoft.graph.user', target: { module: null, name: 'User' } },
          { odataType: '#microsoft.graph.security.alert', target: { module: './security/index.js', name: 'Alert' } },
        ],
      },
    ]);
  });

  test('inheritance from Object.assign, with and without own properties', () => {
    const byName = new Map(facts.models.map((m) => [m.name, m]));
    expect(byName.get('Entity')?.base).toBeNull();
    expect(byName.get('Entity')?.properties.map((p) => p.json)).toEqual(['id']);
    expect(byName.get('DirectoryObject')?.base).toEqual({ module: null, name: 'Entity' });
    expect(byName.get('PlainUser')).toEqual({ name: 'PlainUser', base: { module: null, name: 'DirectoryObject' }, properties: [] });
  });

  test('every getter maps to its Edm type, collection-ness and flags', () => {
    const user = facts.models.find((m) => m.name === 'User');
    expect(user?.properties).toEqual([
      { json: 'birthday', value: { kind: 'primitive', edm: 'Edm.Date', number: false }, collection: false, flags: false },
      { json: 'wake', value: { kind: 'primitive', edm: 'Edm.TimeOfDay', number: false }, collection: false, flags: false },
      { json: 'span', value: { kind: 'primitive', edm: 'Edm.Duration', number: false }, collection: false, flags: false },
      { json: 'tenant', value: { kind: 'primitive', edm: 'Edm.Guid', number: false }, collection: false, flags: false },
      { json: 'photo', value: { kind: 'primitive', edm: 'Edm.Binary', number: false }, collection: false, flags: false },
      { json: 'quotaBytes', value: { kind: 'primitive', edm: 'Edm.Int32', number: true }, collection: false, flags: false },
      { json: 'enabled', value: { kind: 'primitive', edm: 'Edm.Boolean', number: false }, collection: false, flags: false },
      { json: 'phones', value: { kind: 'primitive', edm: 'Edm.String', number: false }, collection: true, flags: false },
      { json: 'scores', value: { kind: 'primitive', edm: 'Edm.Int32', number: true }, collection: true, flags: false },
      { json: 'kind', value: { kind: 'enum', ref: { module: null, name: 'UserKind' } }, collection: false, flags: false },
      { json: 'kinds', value: { kind: 'enum', ref: { module: null, name: 'UserKind' } }, collection: true, flags: false },
      { json: 'days', value: { kind: 'enum', ref: { module: null, name: 'Day' } }, collection: false, flags: true },
      { json: 'alerts', value: { kind: 'object', ref: { module: './security/index.js', name: 'Alert' } }, collection: true, flags: false },
      { json: 'manager', value: { kind: 'object', ref: { module: null, name: 'DirectoryObject' } }, collection: false, flags: false },
      { json: 'extra', value: { kind: 'primitive', edm: 'Edm.Untyped', number: false }, collection: false, flags: false },
    ]);
  });

  test('enum objects with string members only', () => {
    expect(facts.enums).toEqual([
      { name: 'UserKind', members: ['member', 'guest'] },
      { name: 'Day', members: ['none', 'monday'] },
    ]);
  });
});

/** A request-builder module in the shape of `@microsoft/msgraph-sdk-users/users/item/sendMail/index.js`. */
const BUILDER = `
import { createMessageCollectionResponseFromDiscriminatorValue, createMessageFromDiscriminatorValue, serializeMessage } from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { MessageItemRequestBuilderNavigationMetadata, MessageItemRequestBuilderRequestsMetadata } from './item/index.js';
export function deserializeIntoSendPostRequestBody(sendPostRequestBody = {}) {
    return {
        "backingStoreEnabled": n => { sendPostRequestBody.backingStoreEnabled = true; },
        "Message": n => { sendPostRequestBody.message = n.getObjectValue(createMessageFromDiscriminatorValue); },
    };
}
export function serializeSendPostRequestBody(writer, sendPostRequestBody = {}, isSerializingDerivedType = false) {
    writer.writeObjectValue("Message", sendPostRequestBody.message, serializeMessage);
}
export const MessagesRequestBuilderUriTemplate = "{+baseurl}/users/{user%2Did}/messages{?%24top}";
export const MessagesRequestBuilderNavigationMetadata = {
    byMessageId: {
        requestsMetadata: MessageItemRequestBuilderRequestsMetadata,
        navigationMetadata: MessageItemRequestBuilderNavigationMetadata,
        pathParametersMappings: ["message%2Did"],
    },
};
export const MessagesRequestBuilderRequestsMetadata = {
    get: {
        uriTemplate: MessagesRequestBuilderUriTemplate,
        responseBodyContentType: "application/json",
        errorMappings: { XXX: createODataErrorFromDiscriminatorValue },
        adapterMethodName: "send",
        responseBodyFactory: createMessageCollectionResponseFromDiscriminatorValue,
    },
    post: {
        uriTemplate: MessagesRequestBuilderUriTemplate,
        adapterMethodName: "sendNoResponseContent",
        requestBodyContentType: "application/json",
        requestBodySerializer: serializeSendPostRequestBody,
    },
};
export const CountRequestBuilderRequestsMetadata = {
    get: {
        uriTemplate: "{+baseurl}/users/$count",
        adapterMethodName: "sendPrimitive",
        responseBodyFactory: "number",
    },
};
`;

describe('readKiotaModule: request builders', () => {
  const facts = readKiotaModule(BUILDER);

  test('uri templates, navigation metadata and requests metadata', () => {
    expect(facts.uriTemplates).toEqual({
      MessagesRequestBuilderUriTemplate: '{+baseurl}/users/{user%2Did}/messages{?%24top}',
    });
    expect(facts.requestBuilders).toEqual([
      {
        name: 'CountRequestBuilder',
        navigation: [],
        requests: [
          {
            method: 'get',
            uriTemplate: '{+baseurl}/users/$count',
            adapterMethod: 'sendPrimitive',
            responseFactory: null,
            responsePrimitive: 'number',
            requestBodySerializer: null,
            requestBodyContentType: null,
          },
        ],
      },
      {
        name: 'MessagesRequestBuilder',
        navigation: [{ name: 'byMessageId', pathParameters: ['message-id'] }],
        requests: [
          {
            method: 'get',
            uriTemplate: '{+baseurl}/users/{user%2Did}/messages{?%24top}',
            adapterMethod: 'send',
            responseFactory: { module: '@microsoft/msgraph-sdk/models/index.js', name: 'createMessageCollectionResponseFromDiscriminatorValue' },
            responsePrimitive: null,
            requestBodySerializer: null,
            requestBodyContentType: null,
          },
          {
            method: 'post',
            uriTemplate: '{+baseurl}/users/{user%2Did}/messages{?%24top}',
            adapterMethod: 'sendNoResponseContent',
            responseFactory: null,
            responsePrimitive: null,
            requestBodySerializer: { module: null, name: 'serializeSendPostRequestBody' },
            requestBodyContentType: 'application/json',
          },
        ],
      },
    ]);
  });

  test('the local request body type, whose JSON names keep their case', () => {
    expect(facts.models).toEqual([
      {
        name: 'SendPostRequestBody',
        base: null,
        properties: [
          {
            json: 'Message',
            value: { kind: 'object', ref: { module: '@microsoft/msgraph-sdk/models/index.js', name: 'Message' } },
            collection: false,
            flags: false,
          },
        ],
      },
    ]);
  });
});
