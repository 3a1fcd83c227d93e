/**
 * PowerShell module/cmdlet naming, checked three ways:
 *  1. unit facts of the singulariser and the verb inference;
 *  2. every published PowerShell snippet in ../shared (reference snippets + seed 002): the request
 *     is written here as a path template, the published module/cmdlet/parameters are read from the
 *     shared file at test time, and the disagreements must be exactly the documented ones;
 *  3. a broad list of real (path, operation) → cmdlet pairs from public material (SDK docs, the
 *     SDK's own naming tests and directives, published docs snippets).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  inferActionName,
  keyParameterName,
  powershellCommand,
  powershellRequestParameters,
  UPN_NOTE,
  type ApiVersion,
  type CommandInput,
  type CommandOperation,
  type PsParameter,
  type Step,
} from '../../generator/languages/powershell/commands.js';
import { singularizeSegment, singularizeWord, splitWords } from '../../generator/languages/powershell/singular.js';
import { describeWithShared, sharedPath } from '../support/shared.js';

// ---------------------------------------------------------------------------------------------
// Path templates for tests: `{p}` key (placeholder), `{p=v}` key with a value, `$value`/`$ref`/
// `$count`, `graph.x`/`microsoft.graph.x` cast, `!name` action, `name(...)` function, a trailing `*`
// marks a collection segment and `~` a single-valued one (else: a segment before a key or ending a
// list/create/count is a collection).

function stepsOf(template: string, operation: CommandOperation): Step[] {
  const parts = template.replace(/^\//, '').split('/');
  const steps: Step[] = [];
  parts.forEach((raw, i) => {
    const next = parts[i + 1];
    if (i === 0) {
      steps.push({ kind: 'root', name: raw.replace(/[*~]$/, ''), collection: collectionOf(raw, next, i === parts.length - 1, operation) });
      return;
    }
    let m: RegExpMatchArray | null;
    if ((m = raw.match(/^\{([^=}]+)(?:=([^}]*))?\}$/))) {
      const keyParameter = m[1]!;
      steps.push({ kind: 'key', name: m[2] ?? `{${keyParameter}}`, keyParameter, keyEntityType: keyParameter.replace(/-id\d*$/, '') });
    } else if (raw === '$value') steps.push({ kind: 'value', name: raw });
    else if (raw === '$ref') steps.push({ kind: 'ref', name: raw });
    else if (raw === '$count') steps.push({ kind: 'count', name: raw });
    else if (raw.startsWith('!')) steps.push({ kind: 'action', name: raw.slice(1) });
    else if ((m = raw.match(/^([\w.]+)\((.*)\)$/))) {
      const parameters = m[2]! === '' ? [] : m[2]!.split(',').map((p) => {
        const [name, value] = p.split('=');
        return { name: name!, value: (value ?? '').replace(/^'|'$/g, '') };
      });
      steps.push({ kind: 'function', name: m[1]!, parameters });
    } else if (/^(microsoft\.)?graph\./.test(raw)) steps.push({ kind: 'cast', name: raw });
    else steps.push({ kind: 'navigation', name: raw.replace(/[*~]$/, ''), collection: collectionOf(raw, next, i === parts.length - 1, operation) });
  });
  return steps;
}

function collectionOf(raw: string, next: string | undefined, last: boolean, operation: CommandOperation): boolean {
  if (raw.endsWith('*')) return true;
  if (raw.endsWith('~')) return false;
  if (next?.startsWith('{') || next === '$count') return true;
  return last && (operation === 'list' || operation === 'create');
}

function input(operation: CommandOperation, template: string, apiVersion: ApiVersion = 'v1.0', extra: Partial<CommandInput> = {}): CommandInput {
  return { apiVersion, operation, steps: stepsOf(template, operation), ...extra };
}

const render = (p: PsParameter): string => ('variable' in p ? `-${p.name} $${p.variable}` : `-${p.name} ${p.quoted ? `"${p.literal}"` : p.literal}`);

// ---------------------------------------------------------------------------------------------

describe('singularisation (published names)', () => {
  test.each([
    ['Policies', 'Policy'], ['Categories', 'Category'], ['Statuses', 'Status'], ['Businesses', 'Business'],
    ['Mailboxes', 'Mailbox'], ['Branches', 'Branch'], ['Access', 'Access'], ['Status', 'Status'],
    ['Analysis', 'Analysis'], ['Messages', 'Message'], ['Settings', 'Setting'], ['Licenses', 'License'],
    ['Children', 'Child'], ['People', 'Person'], ['Windows', 'Windows'], ['OS', 'OS'], ['Data', 'Data'],
    ['Series', 'Series'], ['Statistics', 'Statistics'], ['Analytics', 'Analytic'], ['Details', 'Detail'],
    ['Ids', 'Id'], ['Drives', 'Drive'], ['Skus', 'Sku'], ['Campus', 'Campus'], ['Addresses', 'Address'], ['Delta', 'Delta'],
  ])('%s → %s', (word, expected) => {
    expect(singularizeWord(word)).toEqual({ word: expected, uncertain: false });
  });

  test('media is reported as a guess', () => {
    expect(singularizeWord('Media').uncertain).toBe(true);
  });

  test.each([
    ['termsAndConditions', 'TermAndCondition'], // Update-MgDeviceManagementTermAndCondition
    ['onPremisesSynchronization', 'OnPremiseSynchronization'], // Get-MgDirectoryOnPremiseSynchronization
    ['alerts_v2', 'AlertV2'], // Get-MgSecurityAlertV2
    ['teamsApps', 'TeamApp'], // Get-MgAppCatalogTeamApp
    ['oauth2PermissionGrants', 'Oauth2PermissionGrant'], // Get-MgOauth2PermissionGrant
    ['conditionalAccess', 'ConditionalAccess'],
    ['bookingBusinesses', 'BookingBusiness'],
  ])('segment %s → %s', (segment, expected) => {
    expect(singularizeSegment(segment).words.join('')).toBe(expected);
  });

  test('word splitting keeps acronyms and trailing digits together', () => {
    expect(splitWords('embeddedSIMActivationCodePools')).toEqual(['embedded', 'SIM', 'Activation', 'Code', 'Pools']);
    expect(splitWords('getOffice365ActiveUserDetail')).toEqual(['get', 'Office365', 'Active', 'User', 'Detail']);
  });
});

describe('verb inference from action names', () => {
  test.each([
    ['sendMail', 'Send', [], ['Mail']],
    ['createUploadSession', 'New', [], ['Upload', 'Session']],
    ['accept', 'Invoke', ['Accept'], []],
    ['tentativelyAccept', 'Invoke', ['Accept'], ['Tentatively']],
    ['cancel', 'Stop', [], []],
    ['validateProperties', 'Test', [], ['Properties']],
    ['changePassword', 'Rename', [], ['Password']], // renamed to Update by the Users.Actions directive
    ['post', 'Invoke', [], []],
    // "All" right after the verb word stays with it, before the path
    ['replyAll', 'Invoke', ['Reply', 'All'], []],
    ['muteAll', 'Invoke', ['Mute', 'All'], []],
    ['invalidateAllRefreshTokens', 'Invoke', ['Invalidate', 'All'], ['Refresh', 'Tokens']],
    ['getAllMessages', 'Get', ['All'], ['Messages']],
    ['removeAllDevicesFromManagement', 'Remove', ['All'], ['Devices', 'From', 'Management']],
  ])('%s', (name, verb, before, after) => {
    const inferred = inferActionName(name);
    expect([inferred.verb, inferred.before, inferred.after]).toEqual([verb, before, after]);
  });

  test('a name with no verb word is flagged', () => {
    expect(inferActionName('bulkReprovisionCloudPc').uncertain).toBe(true);
    expect(powershellCommand(input('action', '/users/{user-id}/!bulkReprovisionCloudPc')).certainty).toBe('uncertain');
  });
});

describe('parameters', () => {
  test('key parameter names', () => {
    expect(keyParameterName('accessReviewScheduleDefinition-id')).toBe('AccessReviewScheduleDefinitionId');
    expect(keyParameterName('driveItem-id')).toBe('DriveItemId');
  });

  test('/me becomes -UserId $userId with the UPN comment', () => {
    const result = powershellCommand(input('get', '/me'));
    expect(result.cmdlet).toBe('Get-MgUser');
    expect(result.module).toBe('Microsoft.Graph.Users');
    expect(result.parameters).toEqual([{ name: 'UserId', variable: 'userId' }]);
    expect(result.notes).toEqual([UPN_NOTE]);
    expect(result.certainty).toBe('rule');
  });

  test('a real id in the path is kept as the value of the variable', () => {
    const result = powershellCommand(input('get', '/users/{user-id=48d31887-5fad-4d73-a9f5-3c356e68a038}/appRoleAssignments/{appRoleAssignment-id}'));
    expect(result.parameters.map(render)).toEqual(['-UserId $userId', '-AppRoleAssignmentId $appRoleAssignmentId']);
    expect(result.parameters[0]).toEqual({ name: 'UserId', variable: 'userId', value: '48d31887-5fad-4d73-a9f5-3c356e68a038' });
    expect(result.notes).toEqual([]);
  });

  test('function arguments become parameters; a stream response adds -OutFile', () => {
    const result = powershellCommand(input('function', "/reports/getEmailActivityCounts(period='D7')", 'v1.0', { responseIsStream: true }));
    expect(result.parameters).toEqual([{ name: 'Period', variable: 'period', value: 'D7' }, { name: 'OutFile', variable: 'outFile' }]);
  });

  test('query options, headers and body', () => {
    const { parameters, notes } = powershellRequestParameters({
      query: [
        { name: '$select', value: 'displayName,id' }, { name: '$expand', value: 'members' }, { name: '$filter', value: "startswith(displayName,'a')" },
        { name: '$orderby', value: 'displayName desc' }, { name: '$top', value: '3' }, { name: '$skip', value: '10' },
        { name: '$search', value: '"displayName:Megan"' }, { name: '$count', value: 'true' },
      ],
      headers: [{ name: 'ConsistencyLevel', value: 'eventual' }, { name: 'Prefer', value: 'outlook.timezone="Pacific Standard Time"' }],
      hasBody: true,
    });
    expect(parameters.map(render)).toEqual([
      '-Property "displayName,id"', '-ExpandProperty "members"', `-Filter "startswith(displayName,'a')"`, '-Sort "displayName desc"',
      '-Top 3', '-Skip 10', '-Search ""displayName:Megan""', '-CountVariable CountVar', '-ConsistencyLevel eventual',
      '-Headers $headers', '-BodyParameter $params',
    ]);
    expect(notes).toEqual(['# headers without a cmdlet parameter go in $headers: Prefer']);
  });

  test('a stream upload takes -InFile, not -BodyParameter', () => {
    expect(powershellRequestParameters({ hasBody: true, streamBody: true }).parameters).toEqual([{ name: 'InFile', variable: 'inFile' }]);
  });
});

describe('modules', () => {
  test.each([
    ['get', '/users/{user-id}', 'Microsoft.Graph.Users'],
    ['list', '/users/{user-id}/messages', 'Microsoft.Graph.Mail'],
    ['list', '/me/events', 'Microsoft.Graph.Calendar'],
    ['list', '/me/contacts', 'Microsoft.Graph.PersonalContacts'],
    ['list', '/groups/{group-id}/members', 'Microsoft.Graph.Groups'],
    ['get', '/groups/{group-id}/team', 'Microsoft.Graph.Teams'],
    ['list', '/users/{user-id}/joinedTeams', 'Microsoft.Graph.Teams'],
    ['action', '/me/!sendMail', 'Microsoft.Graph.Users.Actions'],
    ['function', '/me/messages/delta()', 'Microsoft.Graph.Mail'],
    ['action', '/groups/{group-id}/!validateProperties', 'Microsoft.Graph.Groups'],
    ['list', '/identityGovernance/accessReviews/definitions', 'Microsoft.Graph.Identity.Governance'],
    ['list', '/identity/conditionalAccess/policies', 'Microsoft.Graph.Identity.SignIns'],
    ['list', '/drives/{drive-id}/items', 'Microsoft.Graph.Files'],
    ['list', '/sites/{site-id}/lists', 'Microsoft.Graph.Sites'],
    ['list', '/users/{user-id}/authentication/methods', 'Microsoft.Graph.Identity.SignIns'],
    ['list', '/roleManagement/directory/roleAssignments', 'Microsoft.Graph.Identity.Governance'],
  ] as const)('%s %s → %s', (operation, template, module) => {
    const result = powershellCommand(input(operation, template));
    expect(result.module).toBe(module);
    expect(result.certainty).toBe('rule');
  });

  test('beta modules and nouns carry Beta', () => {
    const result = powershellCommand(input('list', '/users', 'beta'));
    expect([result.module, result.cmdlet]).toEqual(['Microsoft.Graph.Beta.Users', 'Get-MgBetaUser']);
  });

  test('deviceManagement is split over modules by type: flagged', () => {
    const result = powershellCommand(input('list', '/deviceManagement/deviceEnrollmentConfigurations'));
    expect(result.certainty).toBe('uncertain');
    expect(result.notes.some((n) => n.includes('deviceManagement is split'))).toBe(true);
  });

  test('an unmapped navigation under users is flagged, not guessed silently', () => {
    const result = powershellCommand(input('get', '/users/{user-id}/employeeExperience'));
    expect(result.certainty).toBe('uncertain');
    expect(result.module).toBe('Microsoft.Graph.Users');
  });
});

// ---------------------------------------------------------------------------------------------
// Published snippets.

interface Published {
  readonly module: string;
  readonly cmdlet: string;
  readonly parameters: readonly string[];
  readonly upnNote: boolean;
}

/** Reads the module, cmdlet and parameter names (in order) of a published PowerShell snippet. */
function readPublished(text: string): Published[] {
  const found: Published[] = [];
  const blocks = text.split(/Import-Module /).slice(1);
  for (const block of blocks) {
    const module = block.split(/\s/)[0]!;
    const line = block.split('\n').find((l) => /^[A-Z][a-z]+-Mg\w+/.test(l));
    if (!line) continue;
    const cmdlet = line.split(/\s/)[0]!;
    const rest = line.slice(cmdlet.length).replace(/"[^"]*"|'[^']*'/g, '""');
    const parameters = [...rest.matchAll(/(?:^|\s)-([A-Za-z]+)/g)].map((m) => m[1]!);
    found.push({ module, cmdlet, parameters, upnNote: block.includes(UPN_NOTE) });
  }
  return found;
}

interface Case {
  readonly operation: CommandOperation;
  readonly template: string;
  readonly apiVersion?: ApiVersion;
  readonly query?: readonly { name: string; value: string }[];
  readonly headers?: readonly { name: string; value: string }[];
  readonly hasBody?: boolean;
  readonly streamBody?: boolean;
  readonly responseIsStream?: boolean;
}

/** The request of each published snippet (from its docs page), written as a path template. */
const PUBLISHED_REQUESTS: Readonly<Record<string, Case>> = {
  'add-member-to-group': { operation: 'refAdd', template: '/groups/{group-id}/members*/$ref', hasBody: true },
  'application-removepassword': { operation: 'action', template: '/applications/{application-id}/!removePassword', hasBody: true },
  'assign-user-customsecurityattribute-string': { operation: 'update', template: '/users/{user-id}', hasBody: true },
  'attachment-createuploadsession-inline': { operation: 'action', template: '/me/messages/{message-id}/attachments/!createUploadSession', hasBody: true },
  'create-accessreviewscheduledefinition-inactiveguests-m365': { operation: 'create', template: '/identityGovernance/accessReviews/definitions', apiVersion: 'beta', hasBody: true },
  'create-event-recurring': { operation: 'create', template: '/me/events', hasBody: true },
  'create-group': { operation: 'create', template: '/groups', hasBody: true },
  'create-subscription-from-subscriptions': { operation: 'create', template: '/subscriptions', hasBody: true },
  'create-team': { operation: 'replace', template: '/groups/{group-id}/team', hasBody: true },
  'create-user-from-users': { operation: 'create', template: '/users', hasBody: true },
  'event-accept': { operation: 'action', template: '/me/events/{event-id}/!accept', hasBody: true },
  'get-a-count-endswith': {
    operation: 'list', template: '/users',
    query: [{ name: '$count', value: 'true' }, { name: '$filter', value: "endswith(mail,'a@contoso.com')" }, { name: '$orderby', value: 'userPrincipalName' }],
    headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
  },
  'get-signinname-users': {
    operation: 'list', template: '/users',
    query: [{ name: '$select', value: 'displayName,id' }, { name: '$filter', value: "identities/any(c:c/issuerAssignedId eq 'j.smith@yahoo.com' and c/issuer eq 'My B2C tenant')" }],
  },
  'get-users-2': { operation: 'list', template: '/users' },
  'group-delta-with-select': { operation: 'function', template: '/groups/delta()', query: [{ name: '$select', value: 'displayName,description,mailNickname' }] },
  'reportroot-getemailactivitycounts': { operation: 'function', template: "/reports/getEmailActivityCounts(period='D7')", responseIsStream: true },
  'update-event': { operation: 'update', template: '/me/events/{event-id}', hasBody: true },
  'update-group': { operation: 'update', template: '/groups/{group-id}', hasBody: true },
  'update-user': { operation: 'update', template: '/me', hasBody: true },
  'upload-via-put-id': { operation: 'streamPut', template: '/drives/{drive-id}/items/{driveItem-id}/content', hasBody: true, streamBody: true },
  'user-sendmail': { operation: 'action', template: '/me/!sendMail', hasBody: true },
  // seed 002: the v1.0 access review page, four examples with the same request shape
  'seed-002': { operation: 'create', template: '/identityGovernance/accessReviews/definitions', hasBody: true },
};

/**
 * Where our names differ from the published snippet, and why. The test fails if a difference
 * appears that is not listed here, or if a listed one disappears.
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'get-users-2 parameters': 'published adds -OutFile to a plain GET /users (no $value, no stream): an old generator bug',
  'reportroot-getemailactivitycounts parameters': 'published drops the required -Period argument and the -OutFile the CSV report needs',
  'upload-via-put-id parameters': 'published passes the file text as -BodyParameter; the stream upload cmdlet takes -InFile',
  // the cmdlet lists of the PowerShell SDK v2 (../shared/oracles/powershell) put an operation bound
  // below a navigation in that navigation's module; the published snippets import Users.Actions
  'event-accept module': 'Invoke-MgAcceptUserEvent is in Microsoft.Graph.Calendar (the published snippet imports Users.Actions)',
  'attachment-createuploadsession-inline module': 'New-MgUserMessageAttachmentUploadSession is in Microsoft.Graph.Mail (the published snippet imports Users.Actions)',
};

interface Comparison {
  readonly name: string;
  readonly field: 'module' | 'cmdlet' | 'parameters' | 'upn-note';
  readonly ours: string;
  readonly published: string;
}

function compare(name: string, c: Case, published: Published): Comparison[] {
  const ours = powershellCommand(input(c.operation, c.template, c.apiVersion ?? 'v1.0', c.responseIsStream ? { responseIsStream: true } : {}));
  const options = powershellRequestParameters({
    ...(c.query ? { query: c.query } : {}), ...(c.headers ? { headers: c.headers } : {}),
    ...(c.hasBody ? { hasBody: true } : {}), ...(c.streamBody ? { streamBody: true } : {}),
  });
  const ourParameters = [...ours.parameters, ...options.parameters].map((p) => p.name);
  return [
    { name, field: 'module', ours: ours.module, published: published.module },
    { name, field: 'cmdlet', ours: ours.cmdlet, published: published.cmdlet },
    // Parameter order: the published generator prints path keys, then query, then headers, then body; so do we.
    { name, field: 'parameters', ours: [...ourParameters].sort().join(' '), published: [...published.parameters].sort().join(' ') },
    { name, field: 'upn-note', ours: String(ours.notes.includes(UPN_NOTE)), published: String(published.upnNote) },
  ];
}

describeWithShared('published PowerShell snippets (reference-snippets + seed 002)', ['reference-snippets', 'graph-docs-contrib', 'MANIFEST.json'], (manifestPath) => {
  const root = path.dirname(manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { file: string; language: string; name: string; apiVersion: string }[];
  const entries = manifest.filter((e) => e.language === 'powershell');

  const comparisons: Comparison[] = [];
  for (const entry of entries) {
    const c = PUBLISHED_REQUESTS[entry.name];
    if (!c) throw new Error(`no request written for published snippet ${entry.name}`);
    if ((c.apiVersion ?? 'v1.0') !== entry.apiVersion) throw new Error(`api version of ${entry.name} disagrees with the manifest`);
    const published = readPublished(readFileSync(path.join(root, entry.file), 'utf8'));
    if (published.length !== 1) throw new Error(`expected one cmdlet in ${entry.file}, found ${published.length}`);
    comparisons.push(...compare(entry.name, c, published[0]!));
  }
  const seedFile = sharedPath('seeds', '002_287637d1c5fe960b.txt');
  if (seedFile === null) throw new Error('seed 002 is missing beside the reference snippets');
  const seedSnippets = readPublished(readFileSync(seedFile, 'utf8'));
  for (const published of seedSnippets) comparisons.push(...compare('seed-002', PUBLISHED_REQUESTS['seed-002']!, published));

  test('every PowerShell snippet in the manifest and the seed was compared', () => {
    expect(entries.length).toBe(21);
    expect(seedSnippets.length).toBe(4);
    expect(comparisons.length).toBe((21 + 4) * 4);
  });

  test('the disagreements are exactly the documented ones', () => {
    const differing = comparisons.filter((c) => c.ours !== c.published);
    const keys = [...new Set(differing.map((c) => `${c.name} ${c.field}`))].sort();
    if (keys.join('\n') !== Object.keys(KNOWN_DISAGREEMENTS).sort().join('\n')) {
      // Show the details of the unexpected ones.
      expect(differing.map((c) => `${c.name} ${c.field}: ours ${c.ours} / published ${c.published}`)).toEqual([]);
    }
    expect(keys).toEqual(Object.keys(KNOWN_DISAGREEMENTS).sort());
  });

  test('module and cmdlet agree with every published snippet; parameters with all but the documented bugs', () => {
    const names = comparisons.filter((c) => (c.field === 'module' || c.field === 'cmdlet') && KNOWN_DISAGREEMENTS[`${c.name} ${c.field}`] === undefined);
    const agreeing = names.filter((c) => c.ours === c.published).length;
    expect(`${agreeing}/${names.length}`).toBe(`${names.length}/${names.length}`);
    const all = comparisons.filter((c) => c.ours === c.published).length;
    expect(all / comparisons.length).toBeGreaterThanOrEqual(0.95); // 95/100 fields: the two modules the SDK's cmdlet lists contradict (KNOWN_DISAGREEMENTS)
  });
});

// ---------------------------------------------------------------------------------------------
// Broad list: real (operation, path) → cmdlet pairs from public material. Sources: the SDK's
// generated docs listings (src/*/docs), its naming tests (MgCommandMetadata-derived), its AutoRest
// directives, the docs snippets, devx-api generator tests, and published scripts using the cmdlets.

type Pair = readonly [CommandOperation, string, string] | readonly [CommandOperation, string, string, ApiVersion];

const REAL_PAIRS: readonly Pair[] = [
  ['list', '/users', 'Get-MgUser'],
  ['get', '/users/{user-id}', 'Get-MgUser'],
  ['create', '/users', 'New-MgUser'],
  ['update', '/users/{user-id}', 'Update-MgUser'],
  ['delete', '/users/{user-id}', 'Remove-MgUser'],
  ['list', '/users/{user-id}/messages', 'Get-MgUserMessage'],
  ['get', '/users/{user-id}/messages/{message-id}', 'Get-MgUserMessage'],
  ['list', '/users/{user-id}/contacts', 'Get-MgUserContact'],
  ['get', '/applications/{application-id}', 'Get-MgApplication'],
  ['list', '/deviceManagement/managedDevices', 'Get-MgDeviceManagementManagedDevice'],
  ['get', '/identity/conditionalAccess/policies/{conditionalAccessPolicy-id}', 'Get-MgIdentityConditionalAccessPolicy'],
  ['list', '/planner/plans', 'Get-MgPlannerPlan'],
  ['list', '/security/alerts_v2', 'Get-MgSecurityAlertV2'],
  ['update', '/admin/reportSettings', 'Update-MgAdminReportSetting'],
  ['list', '/schemaExtensions', 'Get-MgSchemaExtension'],
  ['get', '/domains/{domain-id}', 'Get-MgDomain'],
  ['get', '/groups/{group-id}', 'Get-MgGroup'],
  ['get', '/teams/{team-id}', 'Get-MgTeam'],
  ['get', '/solutions/bookingBusinesses/{bookingBusiness-id}', 'Get-MgBookingBusiness'],
  ['get', '/users/{user-id}/calendar', 'Get-MgUserDefaultCalendar'],
  ['list', '/domains/{domain-id}/domainNameReferences', 'Get-MgDomainNameReference'],
  ['list', '/users/{user-id}/onenote/sectionGroups/{sectionGroup-id}/sectionGroups', 'Get-MgUserOnenoteSectionGroup'],
  ['get', '/groups/{group-id}/owners/{directoryObject-id}/graph.user', 'Get-MgGroupOwnerAsUser'],
  ['action', '/me/!changePassword', 'Update-MgUserPassword'],
  ['action', '/users/{user-id}/events/{event-id}/!cancel', 'Stop-MgUserEvent'],
  ['action', '/groups/{group-id}/events/{event-id}/!cancel', 'Stop-MgGroupEvent'],
  ['action', '/users/{user-id}/events/{event-id}/instances/{event-id1}/!cancel', 'Stop-MgUserEventInstance'],
  ['action', '/directory/deletedItems/{directoryObject-id}/!restore', 'Restore-MgDirectoryDeletedItem'],
  ['action', '/groups/{group-id}/!validateProperties', 'Test-MgGroupProperty'],
  ['action', '/groups/{group-id}/!evaluateDynamicMembership', 'Test-MgGroupDynamicMembership'],
  ['function', '/users/{user-id}/messages/delta()', 'Get-MgUserMessageDelta'],
  ['count', '/groups/{group-id}/members/graph.user/$count', 'Get-MgGroupMemberCountAsUser'],
  ['count', '/groups/{group-id}/members/$count', 'Get-MgGroupMemberCount'],
  ['refRemove', '/groups/{group-id}/members/{directoryObject-id}/$ref', 'Remove-MgGroupMemberDirectoryObjectByRef'],
  // the item's type is a noun like the path's: every word singular
  ['refRemove', '/servicePrincipals/{servicePrincipal-id}/claimsMappingPolicies/{claimsMappingPolicy-id}/$ref', 'Remove-MgServicePrincipalClaimMappingPolicyClaimMappingPolicyByRef'],
  ['action', '/communications/calls/{call-id}/participants/!muteAll', 'Invoke-MgMuteAllCommunicationCallParticipant'],
  ['action', '/users/{user-id}/!invalidateAllRefreshTokens', 'Invoke-MgInvalidateAllUserRefreshToken'],
  ['function', '/teams/getAllMessages()', 'Get-MgAllTeamMessage'],
  ['action', '/users/{user-id}/events/{event-id}/!accept', 'Invoke-MgAcceptUserEvent'],
  ['action', '/users/{user-id}/calendars/{calendar-id}/events/{event-id}/!tentativelyAccept', 'Invoke-MgAcceptUserCalendarEventTentatively'],
  ['action', '/users/{user-id}/calendar/events/{event-id}/!accept', 'Invoke-MgAcceptUserDefaultCalendarEvent'],
  ['action', '/users/{user-id}/events/{event-id}/instances/{event-id1}/!accept', 'Invoke-MgAcceptUserEventInstance'],
  ['action', '/users/{user-id}/!getMemberGroups', 'Get-MgUserMemberGroup'],
  ['action', '/users/{user-id}/!checkMemberGroups', 'Confirm-MgUserMemberGroup'],
  ['action', '/users/{user-id}/!getMemberObjects', 'Get-MgUserMemberObject'],
  ['action', '/users/{user-id}/!checkMemberObjects', 'Confirm-MgUserMemberObject'],
  ['action', '/users/{user-id}/messages/{message-id}/!copy', 'Copy-MgUserMessage'],
  ['action', '/users/{user-id}/mailFolders/{mailFolder-id}/!copy', 'Copy-MgUserMailFolder'],
  ['action', '/users/{user-id}/mailFolders/{mailFolder-id}/childFolders/{mailFolder-id1}/!copy', 'Copy-MgUserMailFolderChildFolder'],
  ['action', '/users/{user-id}/!findMeetingTimes', 'Find-MgUserMeetingTime'],
  ['action', '/users/{user-id}/!exportPersonalData', 'Export-MgUserPersonalData'],
  ['action', '/users/{user-id}/!getMailTips', 'Get-MgUserMailTip'],
  ['action', '/users/{user-id}/managedDevices/{managedDevice-id}/!wipe', 'Clear-MgUserManagedDevice'],
  ['action', '/users/{user-id}/presence/!clearPresence', 'Clear-MgUserPresence'],
  ['action', '/users/{user-id}/presence/!clearUserPreferredPresence', 'Clear-MgUserPresenceUserPreferredPresence'],
  ['action', '/users/{user-id}/managedDevices/{managedDevice-id}/!disableLostMode', 'Disable-MgUserManagedDeviceLostMode'],
  ['action', '/users/{user-id}/onenote/notebooks/{notebook-id}/!copyNotebook', 'Copy-MgUserOnenoteNotebook'],
  ['action', '/users/{user-id}/onenote/sections/{onenoteSection-id}/!copyToNotebook', 'Copy-MgUserOnenoteSectionToNotebook'],
  ['action', '/users/{user-id}/onenote/pages/{onenotePage-id}/!copyToSection', 'Copy-MgUserOnenotePageToSection'],
  ['action', '/users/{user-id}/onenote/notebooks/!getNotebookFromWebUrl', 'Get-MgUserOnenoteNotebookFromWebUrl'],
  ['action', '/users/{user-id}/!assignLicense', 'Set-MgUserLicense'],
  ['action', '/users/{user-id}/!revokeSignInSessions', 'Revoke-MgUserSignInSession'],
  ['action', '/me/!sendMail', 'Send-MgUserMail'],
  ['action', '/users/{user-id}/messages/{message-id}/attachments/!createUploadSession', 'New-MgUserMessageAttachmentUploadSession'],
  ['action', '/users/{user-id}/calendar/!getSchedule', 'Get-MgUserDefaultCalendarSchedule'],
  ['action', '/users/{user-id}/calendars/{calendar-id}/!getSchedule', 'Get-MgUserCalendarSchedule'],
  ['action', '/users/{user-id}/chats/{chat-id}/!hideForUser', 'Hide-MgUserChatForUser'],
  ['action', '/users/{user-id}/chats/{chat-id}/members/!add', 'Add-MgUserChatMember'],
  ['action', '/users/{user-id}/drive/items/{driveItem-id}/permissions/{permission-id}/!grant', 'Grant-MgUserDriveItemPermission'],
  ['refAdd', '/groups/{group-id}/members*/$ref', 'New-MgGroupMemberByRef'],
  ['refAdd', '/users/{user-id}/manager~/$ref', 'Set-MgUserManagerByRef'],
  ['replace', '/groups/{group-id}/team', 'Set-MgGroupTeam'],
  ['streamPut', '/drives/{drive-id}/items/{driveItem-id}/content', 'Set-MgDriveItemContent'],
  ['streamGet', '/users/{user-id}/photo/$value', 'Get-MgUserPhotoContent'],
  ['streamGet', '/users/{user-id}/messages/{message-id}/$value', 'Get-MgUserMessageContent'],
  ['count', '/users/{user-id}/messages/$count', 'Get-MgUserMessageCount'],
  ['function', "/reports/getEmailActivityCounts(period='D7')", 'Get-MgReportEmailActivityCount'],
  ['function', '/groups/delta()', 'Get-MgGroupDelta'],
  ['function', '/applications/delta()', 'Get-MgApplicationDelta'],
  ['action', '/applications/{application-id}/!removePassword', 'Remove-MgApplicationPassword'],
  ['action', '/applications/{application-id}/!addPassword', 'Add-MgApplicationPassword'],
  ['action', '/applications/{application-id}/!addKey', 'Add-MgApplicationKey'],
  ['action', '/applications/{application-id}/!unsetVerifiedPublisher', 'Clear-MgApplicationVerifiedPublisher'],
  ['action', '/applications/{application-id}/!checkMemberGroups', 'Confirm-MgApplicationMemberGroup'],
  ['list', '/applications/{application-id}/owners', 'Get-MgApplicationOwner'],
  ['list', '/applications/{application-id}/owners/graph.user', 'Get-MgApplicationOwnerAsUser'],
  ['refGet', '/applications/{application-id}/owners/$ref', 'Get-MgApplicationOwnerByRef'],
  ['list', '/applications/{application-id}/extensionProperties', 'Get-MgApplicationExtensionProperty'],
  ['list', '/applications/{application-id}/federatedIdentityCredentials', 'Get-MgApplicationFederatedIdentityCredential'],
  ['list', '/applications/{application-id}/synchronization/jobs', 'Get-MgApplicationSynchronizationJob'],
  ['list', '/applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/schema/directories', 'Get-MgApplicationSynchronizationJobSchemaDirectory'],
  ['action', '/applications/{application-id}/synchronization/jobs/{synchronizationJob-id}/schema/directories/{directoryDefinition-id}/!discover', 'Find-MgApplicationSynchronizationJobSchemaDirectory'],
  ['list', '/users/{user-id}/insights/trending', 'Get-MgUserInsightTrending'],
  ['get', '/users/{user-id}/insights/shared/{sharedInsight-id}/lastSharedMethod', 'Get-MgUserInsightSharedLastSharedMethod'],
  ['get', '/users/{user-id}/insights/used/{usedInsight-id}/resource', 'Get-MgUserInsightUsedResource'],
  ['list', '/users/{user-id}/memberOf', 'Get-MgUserMemberOf'],
  ['list', '/security/incidents', 'Get-MgSecurityIncident'],
  ['list', '/auditLogs/signIns', 'Get-MgAuditLogSignIn'],
  ['get', '/directory/deletedItems/{directoryObject-id}', 'Get-MgDirectoryDeletedItem'],
  ['create', '/teams/{team-id}/channels/{channel-id}/messages', 'New-MgTeamChannelMessage'],
  ['action', '/security/!microsoft.graph.security.runHuntingQuery', 'Start-MgSecurityHuntingQuery'],
  ['list', '/identityGovernance/entitlementManagement/accessPackages', 'Get-MgEntitlementManagementAccessPackage'],
  ['create', '/identityGovernance/accessReviews/definitions', 'New-MgIdentityGovernanceAccessReviewDefinition'],
  ['create', '/identityGovernance/accessReviews/definitions', 'New-MgBetaIdentityGovernanceAccessReviewDefinition', 'beta'],
  ['count', '/groups/{group-id}/members/$count', 'Get-MgBetaGroupMemberCount', 'beta'],
];

/** Pairs our rules get wrong, with the reason. Must stay in sync with the run below. */
const KNOWN_MISSES: Readonly<Record<string, string>> = {};

describe('broad list of real cmdlet names', () => {
  const results = REAL_PAIRS.map(([operation, template, expected, apiVersion]) => ({
    key: `${operation} ${template}${apiVersion === 'beta' ? ' (beta)' : ''}`,
    expected,
    actual: powershellCommand(input(operation, template, apiVersion ?? 'v1.0')).cmdlet,
  }));

  test('at least 60 confirmed pairs, spread over the areas', () => {
    expect(results.length).toBeGreaterThanOrEqual(60);
    for (const area of ['/users', '/groups', 'messages', 'events', '/drives', '/teams', '/identityGovernance', '/security']) {
      expect(REAL_PAIRS.some(([, template]) => template.includes(area))).toBe(true);
    }
    expect(REAL_PAIRS.some((p) => p[3] === 'beta')).toBe(true);
  });

  test('the misses are exactly the documented ones, and agreement is at least 90%', () => {
    const misses = results.filter((r) => r.actual !== r.expected);
    expect(Object.fromEntries(misses.map((m) => [m.key, `${m.actual} (published ${m.expected})`]))).toEqual(
      Object.fromEntries(Object.keys(KNOWN_MISSES).map((k) => [k, expect.any(String)])),
    );
    expect((results.length - misses.length) / results.length).toBeGreaterThanOrEqual(0.9);
  });

  test.each(REAL_PAIRS.map((p) => [p[1], p[0], p[2], p[3] ?? 'v1.0'] as const))('%s (%s) → %s', (template, operation, expected, apiVersion) => {
    if (Object.keys(KNOWN_MISSES).includes(`${operation} ${template}${apiVersion === 'beta' ? ' (beta)' : ''}`)) return;
    expect(powershellCommand(input(operation, template, apiVersion)).cmdlet).toBe(expected);
  });
});

/**
 * Held out: pairs gathered after the rules were written (the list above shaped them), so this run
 * measures the rules rather than their fitting. Sources: the SDK's naming-test comments, docs
 * snippets and scripts that call the cmdlets.
 */
const HELD_OUT_PAIRS: readonly Pair[] = [
  ['list', '/users/{user-id}/mailFolders', 'Get-MgUserMailFolder'],
  ['list', '/users/{user-id}/mailFolders/{mailFolder-id}/messages', 'Get-MgUserMailFolderMessage'],
  ['list', '/users/{user-id}/events', 'Get-MgUserEvent'],
  ['list', '/users/{user-id}/calendarView', 'Get-MgUserCalendarView'],
  ['list', '/users/{user-id}/calendars/{calendar-id}/events', 'Get-MgUserCalendarEvent'],
  ['list', '/drives/{drive-id}/items/{driveItem-id}/children', 'Get-MgDriveItemChild'],
  ['list', '/users/{user-id}/people', 'Get-MgUserPerson'],
  ['list', '/users/{user-id}/settings/windows', 'Get-MgUserSettingWindows'],
  ['list', '/deviceManagement/deviceConfigurations/{deviceConfiguration-id}/userStatuses', 'Get-MgDeviceManagementDeviceConfigurationUserStatus'],
  ['update', '/deviceManagement/termsAndConditions/{termsAndConditions-id}', 'Update-MgDeviceManagementTermAndCondition'],
  ['list', '/directory/onPremisesSynchronization', 'Get-MgDirectoryOnPremiseSynchronization'],
  ['list', '/teams/{team-id}/channels', 'Get-MgTeamChannel'],
  ['list', '/teams/{team-id}/members', 'Get-MgTeamMember'],
  ['list', '/chats/{chat-id}/messages', 'Get-MgChatMessage'],
  ['list', '/groups/{group-id}/members', 'Get-MgGroupMember'],
  ['list', '/groups/{group-id}/owners', 'Get-MgGroupOwner'],
  ['refAdd', '/groups/{group-id}/owners*/$ref', 'New-MgGroupOwnerByRef'],
  ['get', '/users/{user-id}/manager', 'Get-MgUserManager'],
  ['list', '/users/{user-id}/directReports', 'Get-MgUserDirectReport'],
  ['list', '/users/{user-id}/licenseDetails', 'Get-MgUserLicenseDetail'],
  ['list', '/subscribedSkus', 'Get-MgSubscribedSku'],
  ['list', '/organization', 'Get-MgOrganization'],
  ['list', '/directoryRoles/{directoryRole-id}/members', 'Get-MgDirectoryRoleMember'],
  ['list', '/servicePrincipals/{servicePrincipal-id}/appRoleAssignedTo', 'Get-MgServicePrincipalAppRoleAssignedTo'],
  ['create', '/users/{user-id}/appRoleAssignments', 'New-MgUserAppRoleAssignment'],
  ['list', '/roleManagement/directory/roleAssignments', 'Get-MgRoleManagementDirectoryRoleAssignment'],
  ['create', '/roleManagement/directory/roleAssignmentScheduleRequests', 'New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest'],
  ['list', '/users/{user-id}/authentication/methods', 'Get-MgUserAuthenticationMethod'],
  ['list', '/users/{user-id}/authentication/fido2Methods', 'Get-MgUserAuthenticationFido2Method'],
  ['list', '/identity/conditionalAccess/namedLocations', 'Get-MgIdentityConditionalAccessNamedLocation'],
  ['get', '/policies/authorizationPolicy', 'Get-MgPolicyAuthorizationPolicy'],
  ['list', '/auditLogs/directoryAudits', 'Get-MgAuditLogDirectoryAudit'],
  ['list', '/users/{user-id}/todo/lists/{todoTaskList-id}/tasks', 'Get-MgUserTodoListTask'],
  ['list', '/sites/{site-id}/lists/{list-id}/items', 'Get-MgSiteListItem'],
  ['list', '/groups/{group-id}/planner/plans', 'Get-MgGroupPlannerPlan'],
  ['list', '/users/{user-id}/joinedTeams', 'Get-MgUserJoinedTeam'],
  ['create', '/users/{user-id}/onlineMeetings', 'New-MgUserOnlineMeeting'],
  ['get', '/communications/callRecords/{callRecord-id}', 'Get-MgCommunicationCallRecord'],
  ['list', '/security/secureScores', 'Get-MgSecuritySecureScore'],
  ['list', '/identity/identityProviders', 'Get-MgIdentityProvider'],
  ['get', '/users/{user-id}/mailboxSettings', 'Get-MgUserMailboxSetting'],
  ['create', '/invitations', 'New-MgInvitation'],
  ['list', '/identityGovernance/lifecycleWorkflows/workflows', 'Get-MgIdentityGovernanceLifecycleWorkflow'],
  ['list', '/appCatalogs/teamsApps', 'Get-MgAppCatalogTeamApp'],
  ['streamPut', '/users/{user-id}/photo/$value', 'Set-MgUserPhotoContent'],
  ['list', '/users/{user-id}/memberOf/graph.group', 'Get-MgUserMemberOfAsGroup'],
  ['function', '/users/delta()', 'Get-MgUserDelta'],
  ['list', '/users/{user-id}/messages/{message-id}/attachments', 'Get-MgUserMessageAttachment'],
  ['list', '/education/classes/{educationClass-id}/assignments', 'Get-MgEducationClassAssignment'],
  ['list', '/print/printers', 'Get-MgPrintPrinter'],
  ['action', '/domains/{domain-id}/!verify', 'Confirm-MgDomain'],
  ['list', '/admin/serviceAnnouncement/messages', 'Get-MgServiceAnnouncementMessage'],
  ['list', '/identityProtection/riskyUsers', 'Get-MgRiskyUser'],
];

/**
 * First run of the held-out list: 50/53. Misses then: `Get-MgSubscribedSkus` (a singulariser bug:
 * the -us guard kept "Skus"; fixed), and two roots the SDK drops by directive (`admin` before
 * serviceAnnouncement, `identityProtection`), now data in DROPPED_ROOTS.
 */
describe('held-out real cmdlet names', () => {
  test('agreement', () => {
    const misses = HELD_OUT_PAIRS.map(([operation, template, expected, apiVersion]) => ({ template, expected, actual: powershellCommand(input(operation, template, apiVersion ?? 'v1.0')).cmdlet }))
      .filter((r) => r.actual !== r.expected);
    expect(misses).toEqual([]);
  });
});

describe("a user's or group's calendar view (the Calendar module removes the paths below it)", () => {
  test.each([
    ['function', '/users/{user-id}/calendarView/delta()'],
    ['get', '/users/{user-id}/calendarView/{event-id}'],
    ['list', '/groups/{group-id}/calendarView/{event-id}/instances'],
  ] as const)('%s %s has no cmdlet', (operation, path) => {
    expect(powershellCommand(input(operation, path)).noCmdlet).toMatch(/calendarView/);
  });

  test('listing the view has its cmdlet', () => {
    const command = powershellCommand(input('list', '/users/{user-id}/calendarView'));
    expect([command.cmdlet, command.noCmdlet]).toEqual(['Get-MgUserCalendarView', undefined]);
  });
});
