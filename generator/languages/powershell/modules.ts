/**
 * Which Microsoft.Graph PowerShell module holds a cmdlet — as data.
 *
 * The PowerShell SDK groups operations by OpenAPI tag. A tag is `<root>.<type>`, where `<root>` is the
 * first URL segment (`/me` counts as `users`) and `<type>` is the entity type of the first navigation
 * below the root (`users.message` for `/users/{id}/messages/...`, `users.user` for `/users/{id}` itself).
 * Bound actions and functions are tagged `<root>.Actions` / `<root>.Functions`. The module for a tag is
 * given by the SDK's `config/ModulesMapping.jsonc`; the table below restates those facts: a module
 * owns whole roots (every tag under them), single tags, or the actions/functions of a root.
 *
 * Beta modules carry the same names with a `Beta.` infix (`Microsoft.Graph.Beta.Users`).
 */

export interface ModuleRule {
  readonly module: string;
  /** Roots whose every tag belongs to the module (`^applications\.`). */
  readonly roots?: readonly string[];
  /** Exact tags (`users.message`). */
  readonly tags?: readonly string[];
  /** Roots whose bound actions belong to the module (`^users.*.Actions$`). */
  readonly actionsOf?: readonly string[];
  /** Roots whose bound functions belong to the module. */
  readonly functionsOf?: readonly string[];
}

export const MODULE_RULES: readonly ModuleRule[] = [
  { module: 'Applications', roots: ['applicationTemplates', 'applications', 'servicePrincipals', 'onPremisesPublishingProfiles'], tags: ['users.appRoleAssignment', 'groups.appRoleAssignment'] },
  { module: 'Bookings', roots: ['bookingBusinesses', 'bookingCurrencies'], tags: ['solutions.bookingBusiness', 'solutions.bookingCurrency', 'solutions.virtualEventsRoot', 'solutions.solutionsRoot'] },
  { module: 'BusinessScenario', tags: ['solutions.businessScenario'] },
  { module: 'BackupRestore', tags: ['solutions.backupRestoreRoot'] },
  { module: 'Calendar', roots: ['places'], tags: ['users.calendar', 'users.calendarGroup', 'users.event', 'groups.calendar', 'groups.event'] },
  { module: 'ChangeNotifications', roots: ['subscriptions'] },
  { module: 'CloudCommunications', roots: ['communications'], tags: ['users.onlineMeeting', 'users.presence'] },
  { module: 'Compliance', roots: ['compliance'], tags: ['privacy.subjectRightsRequest'] },
  { module: 'CrossDeviceExperiences', tags: ['users.userActivity', 'users.device'] },
  { module: 'Devices.CloudPrint', roots: ['print'] },
  {
    module: 'Devices.CorporateManagement',
    roots: ['deviceAppManagement', 'officeConfiguration'],
    tags: ['users.mobileAppIntentAndState', 'users.mobileAppTroubleshootingEvent', 'users.windowsInformationProtectionDeviceRegistration', 'users.managedAppRegistration', 'users.managedDevice', 'users.deviceManagementTroubleshootingEvent', 'users.deviceEnrollmentConfiguration'],
  },
  { module: 'Devices.ServiceAnnouncement', tags: ['admin.serviceAnnouncement'], actionsOf: ['admin'], functionsOf: ['admin'] },
  // deviceManagement is split over several modules by entity type; the whole root defaults to
  // DeviceManagement and the split is one of the cases the rules do not settle (see UNSETTLED_ROOTS).
  { module: 'DeviceManagement', roots: ['deviceManagement'], tags: ['admin.edge'] },
  { module: 'DeviceManagement.Functions', functionsOf: ['deviceManagement'] },
  { module: 'DeviceManagement.Actions', actionsOf: ['deviceManagement'] },
  { module: 'DeviceManagement.Enrollment', tags: ['roleManagement.roleManagement', 'roleManagement.rbacApplicationMultiple', 'roleManagement.unifiedRbacApplication'] },
  { module: 'DirectoryObjects', roots: ['directoryObjects'], tags: ['directory.publicKeyInfrastructureRoot'] },
  { module: 'Education', roots: ['education'] },
  { module: 'Files', roots: ['drives', 'shares'], tags: ['users.drive', 'groups.drive'] },
  { module: 'Financials', roots: ['financials'] },
  {
    module: 'Groups',
    roots: ['groupLifecyclePolicies', 'groupSettings', 'groupSettingTemplates'],
    tags: ['groups.group', 'groups.directoryObject', 'groups.conversation', 'groups.endpoint', 'groups.extension', 'groups.groupLifecyclePolicy', 'groups.resourceSpecificPermissionGrant', 'groups.profilePhoto', 'groups.conversationThread', 'users.group', 'groups.directorySetting', 'groups.groupSetting'],
    actionsOf: ['groups'],
    functionsOf: ['groups'],
  },
  {
    module: 'Identity.DirectoryManagement',
    roots: ['administrativeUnits', 'contacts', 'devices', 'domains', 'directoryRoles', 'directoryRoleTemplates', 'directorySettingTemplates', 'settings', 'subscribedSkus', 'contracts', 'directory'],
    tags: ['users.scopedRoleMembership', 'organization.organization', 'organization.organizationalBranding', 'organization.organizationSettings', 'organization.extension', 'organization.partnerInformation', 'admin.peopleAdminSettings'],
    actionsOf: ['organization', 'tenantRelationships'],
    functionsOf: ['tenantRelationships'],
  },
  {
    module: 'Identity.Governance',
    roots: ['accessReviews', 'businessFlowTemplates', 'programs', 'programControls', 'programControlTypes', 'privilegedRoles', 'privilegedRoleAssignments', 'privilegedRoleAssignmentRequests', 'privilegedApproval', 'privilegedOperationEvents', 'privilegedAccess', 'agreements', 'identityGovernance'],
    tags: ['users.agreementAcceptance', 'roleManagement.rbacApplication'],
    actionsOf: ['roleManagement'],
    functionsOf: ['roleManagement'],
  },
  {
    module: 'Identity.SignIns',
    roots: ['invitations', 'identityProviders', 'oauth2PermissionGrants', 'identityProtection', 'riskDetections', 'riskyUsers', 'dataPolicyOperations', 'identity', 'trustFramework', 'informationProtection', 'policies'],
    tags: ['organization.certificateBasedAuthConfiguration', 'users.authentication', 'users.informationProtection', 'tenantRelationships.multiTenantOrganization'],
  },
  { module: 'Identity.Partner', tags: ['tenantRelationships.delegatedAdminRelationship', 'tenantRelationships.delegatedAdminCustomer'] },
  { module: 'Mail', tags: ['users.inferenceClassification', 'users.mailFolder', 'users.message'] },
  { module: 'ManagedTenants', tags: ['tenantRelationships.managedTenant'] },
  { module: 'NetworkAccess', roots: ['networkAccess'] },
  { module: 'Notes', tags: ['users.onenote', 'groups.onenote', 'sites.onenote'] },
  { module: 'People', tags: ['users.person', 'users.profile', 'users.officeGraphInsights', 'users.userAnalytics'] },
  { module: 'PersonalContacts', tags: ['users.contactFolder', 'users.contact'] },
  { module: 'Planner', roots: ['planner'], tags: ['users.plannerUser', 'groups.plannerGroup'] },
  { module: 'Reports', roots: ['reports', 'auditLogs'], tags: ['deviceManagement.deviceManagementReports', 'admin.adminReportSetting'] },
  { module: 'SchemaExtensions', roots: ['schemaExtensions'] },
  { module: 'Search', roots: ['search', 'external'] },
  { module: 'Security', roots: ['security'], tags: ['users.security'] },
  {
    module: 'Sites',
    roots: ['termStore'],
    tags: ['sites.baseSitePage', 'sites.site', 'sites.itemAnalytics', 'sites.columnDefinition', 'sites.contentType', 'sites.drive', 'sites.list', 'sites.sitePage', 'sites.permission', 'sites.store', 'users.site', 'groups.site', 'sites.richLongRunningOperation', 'admin.sharepoint'],
    actionsOf: ['sites'],
    functionsOf: ['sites'],
  },
  { module: 'Teams', roots: ['teams', 'chats', 'teamwork', 'appCatalogs'], tags: ['users.chat', 'users.userTeamwork', 'users.team', 'groups.team'] },
  {
    module: 'Users',
    tags: ['users.user', 'users.directoryObject', 'users.licenseDetails', 'users.mailboxSettings', 'users.notification', 'users.outlookUser', 'users.profilePhoto', 'users.userSettings', 'users.extension', 'users.oAuth2PermissionGrant', 'users.todo', 'users.itemInsights', 'users.servicePrincipal'],
  },
  { module: 'Users.Actions', actionsOf: ['users'] },
  { module: 'Users.Functions', functionsOf: ['users'] },
  { module: 'WindowsUpdates', tags: ['admin.adminWindows'] },
];

/**
 * Entity type of a navigation property directly below a root, for the roots whose module depends on
 * it. The typed IR supplies the real type (Step.entityType); this table is the fallback when it does
 * not, restating the Graph schema for the navigations that decide a module.
 */
export const FIRST_NAVIGATION_TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  users: {
    messages: 'message', mailFolders: 'mailFolder', inferenceClassification: 'inferenceClassification',
    events: 'event', calendarView: 'event', calendar: 'calendar', calendars: 'calendar', calendarGroups: 'calendarGroup',
    contacts: 'contact', contactFolders: 'contactFolder', people: 'person', profile: 'profile',
    insights: 'officeGraphInsights', analytics: 'userAnalytics',
    drive: 'drive', drives: 'drive', followedSites: 'site', onenote: 'onenote', planner: 'plannerUser',
    joinedTeams: 'team', chats: 'chat', teamwork: 'userTeamwork', onlineMeetings: 'onlineMeeting', presence: 'presence',
    authentication: 'authentication', informationProtection: 'informationProtection', security: 'security',
    memberOf: 'directoryObject', transitiveMemberOf: 'directoryObject', manager: 'directoryObject', directReports: 'directoryObject',
    ownedObjects: 'directoryObject', ownedDevices: 'directoryObject', registeredDevices: 'directoryObject', createdObjects: 'directoryObject',
    licenseDetails: 'licenseDetails', mailboxSettings: 'mailboxSettings', notifications: 'notification', outlook: 'outlookUser',
    photo: 'profilePhoto', photos: 'profilePhoto', settings: 'userSettings', extensions: 'extension',
    oauth2PermissionGrants: 'oAuth2PermissionGrant', todo: 'todo', itemInsights: 'itemInsights',
    appRoleAssignments: 'appRoleAssignment', scopedRoleMemberOf: 'scopedRoleMembership', agreementAcceptances: 'agreementAcceptance',
    activities: 'userActivity', devices: 'device', managedDevices: 'managedDevice', managedAppRegistrations: 'managedAppRegistration',
    deviceManagementTroubleshootingEvents: 'deviceManagementTroubleshootingEvent', mobileAppIntentAndStates: 'mobileAppIntentAndState',
    joinedGroups: 'group',
  },
  groups: {
    members: 'directoryObject', owners: 'directoryObject', memberOf: 'directoryObject', transitiveMembers: 'directoryObject',
    transitiveMemberOf: 'directoryObject', acceptedSenders: 'directoryObject', rejectedSenders: 'directoryObject',
    membersWithLicenseErrors: 'directoryObject', createdOnBehalfOf: 'directoryObject',
    conversations: 'conversation', threads: 'conversationThread', calendar: 'calendar', calendarView: 'event', events: 'event',
    drive: 'drive', drives: 'drive', sites: 'site', team: 'team', onenote: 'onenote', planner: 'plannerGroup',
    photo: 'profilePhoto', photos: 'profilePhoto', settings: 'groupSetting', extensions: 'extension',
    groupLifecyclePolicies: 'groupLifecyclePolicy', permissionGrants: 'resourceSpecificPermissionGrant',
    appRoleAssignments: 'appRoleAssignment', endpoints: 'endpoint',
  },
  sites: {
    sites: 'site', lists: 'list', drive: 'drive', drives: 'drive', columns: 'columnDefinition', contentTypes: 'contentType',
    pages: 'baseSitePage', permissions: 'permission', onenote: 'onenote', analytics: 'itemAnalytics', operations: 'richLongRunningOperation',
  },
  organization: { branding: 'organizationalBranding', extensions: 'extension', settings: 'organizationSettings', certificateBasedAuthConfiguration: 'certificateBasedAuthConfiguration', partnerInformation: 'partnerInformation' },
  admin: { serviceAnnouncement: 'serviceAnnouncement', edge: 'edge', sharepoint: 'sharepoint', reportSettings: 'adminReportSetting', people: 'peopleAdminSettings', windows: 'adminWindows' },
  roleManagement: { directory: 'rbacApplication', entitlementManagement: 'rbacApplication', cloudPC: 'rbacApplicationMultiple', exchange: 'unifiedRbacApplication' },
  solutions: { bookingBusinesses: 'bookingBusiness', bookingCurrencies: 'bookingCurrency', virtualEvents: 'virtualEventsRoot', businessScenarios: 'businessScenario', backupRestore: 'backupRestoreRoot' },
  tenantRelationships: { delegatedAdminRelationships: 'delegatedAdminRelationship', delegatedAdminCustomers: 'delegatedAdminCustomer', managedTenants: 'managedTenant', multiTenantOrganization: 'multiTenantOrganization' },
  privacy: { subjectRightsRequests: 'subjectRightsRequest' },
};

/** Entity type of the root itself (the tag of `/users/{id}` is `users.user`). */
export const ROOT_TYPES: Readonly<Record<string, string>> = {
  users: 'user', groups: 'group', organization: 'organization', sites: 'site', roleManagement: 'roleManagement', solutions: 'solutionsRoot',
};

/** Roots where the module split goes below the first navigation, so the result is a guess. */
export const UNSETTLED_ROOTS: ReadonlySet<string> = new Set(['deviceManagement']);
