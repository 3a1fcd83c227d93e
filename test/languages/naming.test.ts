/** Names as the real SDKs spell them (each escaped name was seen in the SDK's own source). */
import { csharpNamespaceSegment } from '../../generator/languages/csharp/naming.js';
import { languageById } from '../../generator/languages/index.js';
import { cleanupSymbolName, kebabCase, kiotaSnakeCase, splitWords } from '../../generator/languages/shared/words.js';

const graph = (name: string) => ({ namespace: 'microsoft.graph', name });

describe('kiota word rules', () => {
  test.each([
    ['@odata.type', 'OdataType'],
    ['displayName', 'displayName'],
    ['owners@odata.bind', 'ownersOdataBind'],
    ['24hours', 'TwoFourhours'],
    ['-1', 'minus_1'],
    ['+', 'plus'],
    ['v1.0', 'v10'],
    ['a-b c', 'aBC'],
  ])('cleanupSymbolName(%s) = %s', (input, expected) => expect(cleanupSymbolName(input)).toBe(expected));

  test.each([
    ['displayName', 'display_name'],
    ['odataType', 'odata_type'],
    ['eTag', 'e_tag'],
    ['HTMLBody', 'h_t_m_l_body'],
    ['user-id', 'user_id'],
    ['ipV4Address', 'ip_v4_address'],
  ])('kiotaSnakeCase(%s) = %s', (input, expected) => expect(kiotaSnakeCase(input)).toBe(expected));

  test('kebab case and word splitting', () => {
    expect(kebabCase('identityGovernance')).toBe('identity-governance');
    expect(kebabCase('licenseDetails_id')).toBe('license-details-id');
    expect(splitWords('HTMLBody2Text')).toEqual(['html', 'body2', 'text']);
    expect(splitWords('@odata.type')).toEqual(['odata', 'type']);
    expect(splitWords('ipV4Address')).toEqual(['ip', 'v4', 'address']);
  });
});

describe('type, property, setter, enum member and request-builder names', () => {
  test('C#', () => {
    const n = languageById('csharp').naming;
    // msgraph-sdk-dotnet: src/Microsoft.Graph/Generated/Models/DayOfWeekObject.cs (System.DayOfWeek clash → suffix Object)
    expect(n.typeName(graph('dayOfWeek'))).toBe('DayOfWeekObject');
    expect(n.typeName(graph('recurrencePattern'))).toBe('RecurrencePattern');
    expect(n.propertyName('@odata.type')).toBe('OdataType');
    expect(n.propertyName('displayName')).toBe('DisplayName');
    expect(n.propertyName('type')).toBe('Type');
    expect(n.setterName('displayName')).toBeUndefined();
    expect(n.navigation('default')).toBe('Default');
    expect(n.navigation('$value')).toBe('Content');
    expect(n.indexer('user-id')).toBeUndefined();
    expect(n.enumMember(graph('recurrenceRangeType'), 'noEnd')).toBe('NoEnd');
    expect(n.operationWithParameters('getEmailActivityCounts', ['period'])).toBe('GetEmailActivityCountsWithPeriod');
  });
  test('Go', () => {
    const n = languageById('go').naming;
    // msgraph-sdk-go: models/package_escaped.go declares `PackageEscaped` with `SetTypeEscaped`
    expect(n.typeName(graph('package'))).toBe('PackageEscaped');
    expect(n.setterName('type')).toBe('SetTypeEscaped');
    expect(n.setterName('displayName')).toBe('SetDisplayName');
    expect(n.setterName('@odata.type')).toBe('SetOdataType');
    // msgraph-sdk-go enum constants: models/recurrence_pattern_type.go, location_type.go (DEFAULT_LOCATIONTYPE: enum members are not escaped)
    expect(n.enumMember(graph('recurrencePatternType'), 'weekly')).toBe('WEEKLY_RECURRENCEPATTERNTYPE');
    expect(n.enumMember(graph('locationType'), 'default')).toBe('DEFAULT_LOCATIONTYPE');
    expect(n.navigation('default')).toBe('DefaultEscaped');
    expect(n.navigation('identityGovernance')).toBe('IdentityGovernance');
    expect(n.indexer('user-id')).toBe('ByUserId');
    expect(n.indexer('accessReviewScheduleDefinition-id')).toBe('ByAccessReviewScheduleDefinitionId');
  });
  test('Java', () => {
    const n = languageById('java').naming;
    // msgraph-sdk-java: com/microsoft/graph/generated/models/PackageEscaped.java (with setType, not escaped)
    expect(n.typeName(graph('package'))).toBe('PackageEscaped');
    expect(n.setterName('type')).toBe('setType');
    // microsoft-graph 6.59.0: ContentTypeOrder.setDefault(Boolean), DriveItem.setPackage(PackageEscaped)
    expect(n.setterName('default')).toBe('setDefault');
    expect(n.setterName('package')).toBe('setPackage');
    // msgraph-sdk-java v6 (jakarta build): models/ContentFormat.java `Default("default")`, Sensitivity.java `Private("private")`
    expect(n.enumMember(graph('contentFormat'), 'default')).toBe('Default');
    expect(n.enumMember(graph('sensitivity'), 'private')).toBe('Private');
    expect(n.enumMember(graph('recurrencePatternType'), 'absoluteMonthly')).toBe('AbsoluteMonthly');
    expect(n.navigation('default')).toBe('defaultEscaped');
    expect(n.navigation('microsoft.graph.delta', 'operation')).toBe('delta');
    expect(n.navigation('microsoft.graph.user', 'cast')).toBe('graphUser');
    expect(n.indexer('user-id')).toBe('byUserId');
  });
  test('PHP', () => {
    const n = languageById('php').naming;
    // msgraph-sdk-php: src/Generated/Models/EscapedList.php (class EscapedList, setEscapedList)
    expect(n.typeName(graph('list'))).toBe('EscapedList');
    expect(n.setterName('list')).toBe('setEscapedList');
    expect(n.setterName('displayName')).toBe('setDisplayName');
    // docs snippets for msgraph-sdk-php: ->policies()->crossTenantAccessPolicy()->escapedDefault()
    expect(n.navigation('default')).toBe('escapedDefault');
    expect(n.indexer('user-id')).toBe('byUserId');
    expect(n.enumMember(graph('recurrencePatternType'), 'weekly')).toBe('weekly');
  });
  test('Python', () => {
    const n = languageById('python').naming;
    // msgraph-sdk-python: msgraph/generated/models/message.py declares `from_`; list_.py declares `List_`
    expect(n.propertyName('from')).toBe('from_');
    expect(n.typeName(graph('list'))).toBe('List_');
    expect(n.typeName(graph('package'))).toBe('Package');
    expect(n.propertyName('@odata.type')).toBe('odata_type');
    expect(n.propertyName('displayName')).toBe('display_name');
    expect(n.propertyName('type')).toBe('type');
    // msgraph-sdk-python enum modules spell `none` as `None_`
    expect(n.enumMember(graph('actionState'), 'none')).toBe('None_');
    expect(n.enumMember(graph('recurrencePatternType'), 'absoluteMonthly')).toBe('AbsoluteMonthly');
    expect(n.indexer('user-id')).toBe('by_user_id');
    expect(n.navigation('identityGovernance')).toBe('identity_governance');
  });
  test('JavaScript, PowerShell and CLI keep JSON names', () => {
    expect(languageById('javascript').naming.propertyName('@odata.type')).toBe("'@odata.type'");
    expect(languageById('javascript').naming.propertyName('displayName')).toBe('displayName');
    expect(languageById('powershell').naming.propertyName('@odata.type')).toBe("'@odata.type'");
    expect(languageById('powershell').naming.indexer('{accessReviewScheduleDefinition-id}')).toBe('-AccessReviewScheduleDefinitionId');
    expect(languageById('cli').naming.navigation('identityGovernance')).toBe('identity-governance');
    expect(languageById('cli').naming.navigation('$value')).toBe('content');
    expect(languageById('cli').naming.indexer('{licenseDetails-id}')).toBe('--license-details-id');
    expect(languageById('cli').naming.navigation('microsoft.graph.orgContact', 'cast')).toBe('graph-org-contact');
  });
});

test('C#: a request-builder folder that clashes with a System name is kiota\'s <Name>Namespace (msgraph-sdk-dotnet: …Workbook.Names.Item.RangeNamespace)', () => {
  expect(['range', 'messages', 'directory', 'sendMail'].map(csharpNamespaceSegment)).toEqual(['RangeNamespace', 'Messages', 'DirectoryNamespace', 'SendMail']);
});
