/**
 * PowerShell (Microsoft.Graph v2 modules) naming: which module and cmdlet serve a request, and the
 * cmdlet parameters for its keys, function arguments, query options, headers and body.
 *
 * No command metadata (MgCommandMetadata.json) is available here, so the names are derived by the
 * rules the SDK's generator applies (AutoRest.PowerShell over the SDK's OpenAPI documents), restated
 * as data plus one pure function:
 *
 *   verb     from the operation (GET→Get, POST→New, PATCH→Update, PUT→Set, DELETE→Remove); for
 *            actions and functions from the first word of their name through AutoRest's verb map
 *            (`send`→Send, `create`→New, `cancel`→Stop, `validate`→Test, …); a word with no approved
 *            verb gives `Invoke` and moves into the noun (`accept` → `Invoke-MgAcceptUserEvent`).
 *   noun     `Mg`/`MgBeta` + every path segment without keys, split into words, each word singular
 *            (singular.ts), PascalCased; words shared at the boundary of two segments are said once
 *            (`/identity/identityProviders` → `IdentityProvider`); `$value`→`Content`,
 *            `$count`→`Count`, a cast → `As<Type>` at the end, `$ref` → `ByRef` at the very end.
 *   directives  the SDK's own renames, kept as data below (Delta, Confirm, UserPassword, iOS, …).
 *   module   modules.ts (the SDK's ModulesMapping as data).
 *
 * Every answer says whether the rules settled it (`certainty: 'rule'`) or had to guess ('uncertain'),
 * with the reasons in `notes`.
 *
 * What the rules cannot settle without the SDK's command metadata:
 *  - action names whose first word is not a verb (`bulkReprovisionCloudPc`), where AutoRest's word
 *    order depends on its internal English verb list; flagged;
 *  - the SDK's per-module directives beyond the ones kept below (renamed or removed cmdlets such as
 *    `Get-MgSubSite`; `Get-MgUserOwnedObjectByType`); a new directive means a wrong name;
 *  - cmdlet-name collisions the SDK resolved with suffixes (`…1` variants, `ReplyAll`);
 *  - singulars of words not confirmed by a published name (`media`, `criteria`); flagged;
 *  - the module of a `/users` or `/groups` navigation whose entity type is unknown, and the split of
 *    `deviceManagement` over several modules; flagged;
 *  - `$ref` on a single-valued navigation when collection-ness is not given (New vs Set); flagged;
 *  - a cast followed by more navigation (where `As<Type>` goes); flagged;
 *  - alternate keys (`/servicePrincipals(appId='…')` → `Get-MgServicePrincipalByAppId`): not expressible
 *    in the Step input yet;
 *  - the exact item `$ref` delete cmdlet, which changed between 2.x releases
 *    (`Remove-MgGroupMemberDirectoryObjectByRef` → `Remove-MgGroupMemberByRef`); we give the current one.
 */
import type { OperationKind } from '../../ir/typed.js';
import { FIRST_NAVIGATION_TYPES, MODULE_RULES, ROOT_TYPES, UNSETTLED_ROOTS } from './modules.js';
import { capitalize, singularizeSegment, splitWords } from './singular.js';

// ---------------------------------------------------------------------------------------------
// Input: an abstract request path (adapted from the typed IR by the caller).

export type ApiVersion = 'v1.0' | 'beta';

export type CommandOperation =
  | 'list' | 'get' | 'create' | 'update' | 'replace' | 'delete'
  | 'action' | 'function'
  | 'refAdd' | 'refRemove' | 'refGet'
  | 'count' | 'streamGet' | 'streamPut';

/** The command operation of each typed-IR operation (a `$ref` PUT adds a link, as a POST does). */
export const COMMAND_OPERATIONS: Readonly<Record<Exclude<OperationKind, 'unknown'>, CommandOperation>> = {
  list: 'list',
  get: 'get',
  create: 'create',
  update: 'update',
  upsert: 'replace',
  delete: 'delete',
  action: 'action',
  function: 'function',
  'ref-get': 'refGet',
  'ref-add': 'refAdd',
  'ref-set': 'refAdd',
  'ref-remove': 'refRemove',
  count: 'count',
  'stream-get': 'streamGet',
  'stream-put': 'streamPut',
};

export type StepKind = 'root' | 'navigation' | 'key' | 'cast' | 'action' | 'function' | 'value' | 'ref' | 'count';

export interface StepParameter {
  readonly name: string;
  readonly value: string;
}

export interface Step {
  readonly kind: StepKind;
  /** Segment as written: `users`, `messages`, a key value or `{user-id}`, `microsoft.graph.user`, `sendMail`. */
  readonly name: string;
  /** For root/navigation: the segment is a collection (it has an indexer). */
  readonly collection?: boolean;
  /** For keys: the URI template parameter name, e.g. `user-id`, `accessReviewScheduleDefinition-id`. */
  readonly keyParameter?: string;
  /** For keys: the entity type of the keyed item, e.g. `user`. */
  readonly keyEntityType?: string;
  /** For root/navigation: the entity type the segment yields, when the typed IR knows it (`message`). */
  readonly entityType?: string;
  /** For functions: their arguments, in order. */
  readonly parameters?: readonly StepParameter[];
}

export interface CommandInput {
  readonly apiVersion: ApiVersion;
  readonly operation: CommandOperation;
  readonly steps: readonly Step[];
  /** The response is a stream (a report function returning CSV): the cmdlet needs `-OutFile`. */
  readonly responseIsStream?: boolean;
}

export type Certainty = 'rule' | 'uncertain';

/**
 * One cmdlet parameter. Either bound to a variable (`-UserId $userId`, with the literal the variable
 * holds when the request gave one), or a literal (`-Top 3`, `-Filter "…"` when `quoted`, `-CountVariable
 * CountVar` when bare).
 */
export type PsParameter =
  | { readonly name: string; readonly variable: string; readonly value?: string }
  | { readonly name: string; readonly literal: string; readonly quoted: boolean };

export interface PowerShellCommand {
  /** `Microsoft.Graph.Users`, `Microsoft.Graph.Beta.Identity.Governance`. */
  readonly module: string;
  /** `Get-MgUser`. */
  readonly cmdlet: string;
  readonly verb: string;
  readonly noun: string;
  /** Key parameters and function arguments, in path order; request options come from {@link powershellRequestParameters}. */
  readonly parameters: readonly PsParameter[];
  /** Comments to print above the call (the `/me` UPN hint) and reasons for uncertainty. */
  readonly notes: readonly string[];
  readonly certainty: Certainty;
  /**
   * Set when no cmdlet of the SDK serves the request, or the rules have no basis to name it: the
   * reason, for the caller to send the request as written (`Invoke-MgGraphRequest`) instead of
   * printing a guessed name.
   */
  readonly noCmdlet?: string;
}

/** The comment the SDK docs print when `/me` became `-UserId $userId`. */
export const UPN_NOTE = '# A UPN can also be used as -UserId.';

// ---------------------------------------------------------------------------------------------
// Verb data.

/** Verb for each CRUD-like operation. Refs and streams take the verb of their HTTP method. */
const OPERATION_VERBS: Readonly<Record<Exclude<CommandOperation, 'action' | 'function' | 'refAdd'>, string>> = {
  list: 'Get',
  get: 'Get',
  create: 'New',
  update: 'Update',
  replace: 'Set',
  delete: 'Remove',
  refRemove: 'Remove',
  refGet: 'Get',
  count: 'Get',
  streamGet: 'Get',
  streamPut: 'Set',
};

/**
 * AutoRest.PowerShell's verb map (operation word → approved PowerShell verb). Approved verbs map to
 * themselves; the rest are its synonyms. Lower-case keys.
 */
export const VERB_MAP: Readonly<Record<string, string>> = {
  // approved verbs
  add: 'Add', approve: 'Approve', assert: 'Assert', backup: 'Backup', block: 'Block', build: 'Build',
  checkpoint: 'Checkpoint', clear: 'Clear', close: 'Close', compare: 'Compare', complete: 'Complete',
  compress: 'Compress', confirm: 'Confirm', connect: 'Connect', convert: 'Convert', convertfrom: 'ConvertFrom',
  convertto: 'ConvertTo', copy: 'Copy', debug: 'Debug', deny: 'Deny', deploy: 'Deploy', disable: 'Disable',
  disconnect: 'Disconnect', dismount: 'Dismount', edit: 'Edit', enable: 'Enable', enter: 'Enter', exit: 'Exit',
  expand: 'Expand', export: 'Export', find: 'Find', format: 'Format', get: 'Get', grant: 'Grant', group: 'Group',
  hide: 'Hide', import: 'Import', initialize: 'Initialize', install: 'Install', invoke: 'Invoke', join: 'Join',
  limit: 'Limit', lock: 'Lock', measure: 'Measure', merge: 'Merge', mount: 'Mount', move: 'Move', new: 'New',
  open: 'Open', optimize: 'Optimize', out: 'Out', ping: 'Ping', pop: 'Pop', protect: 'Protect', publish: 'Publish',
  push: 'Push', read: 'Read', receive: 'Receive', redo: 'Redo', register: 'Register', remove: 'Remove',
  rename: 'Rename', repair: 'Repair', request: 'Request', reset: 'Reset', resize: 'Resize', resolve: 'Resolve',
  restart: 'Restart', restore: 'Restore', resume: 'Resume', revoke: 'Revoke', save: 'Save', search: 'Search',
  select: 'Select', send: 'Send', set: 'Set', show: 'Show', skip: 'Skip', split: 'Split', start: 'Start',
  step: 'Step', stop: 'Stop', submit: 'Submit', suspend: 'Suspend', switch: 'Switch', sync: 'Sync', test: 'Test',
  trace: 'Trace', unblock: 'Unblock', undo: 'Undo', uninstall: 'Uninstall', unlock: 'Unlock', unprotect: 'Unprotect',
  unpublish: 'Unpublish', unregister: 'Unregister', update: 'Update', use: 'Use', wait: 'Wait', watch: 'Watch',
  write: 'Write',
  // synonyms
  access: 'Get', acquire: 'Get', activate: 'Initialize', allocate: 'New', analyze: 'Test', append: 'Add',
  apply: 'Add', assign: 'Set', associate: 'Join', attach: 'Add', authorize: 'Grant', bypass: 'Skip',
  cancel: 'Stop', capture: 'Export', cat: 'Get', change: 'Rename', check: 'Test', clone: 'Copy', combine: 'Join',
  compile: 'Build', concatenate: 'Add', configure: 'Set', create: 'New', cut: 'Remove', delete: 'Remove',
  dir: 'Get', discard: 'Remove', discover: 'Find', display: 'Show', dispose: 'Remove', dump: 'Get',
  duplicate: 'Copy', end: 'Stop', erase: 'Clear', evaluate: 'Test', examine: 'Get', execute: 'Invoke',
  failover: 'Set', finish: 'Complete', flush: 'Clear', forcereboot: 'Restart', generalize: 'Reset',
  generate: 'New', insert: 'Add', into: 'Enter', is: 'Test', jump: 'Skip', list: 'Get', load: 'Import',
  locate: 'Find', make: 'New', migrate: 'Move', name: 'Move', notify: 'Send', nullify: 'Clear', obtain: 'Get',
  patch: 'Update', pause: 'Suspend', perform: 'Invoke', post: 'Invoke', power: 'Start', poweroff: 'Stop',
  poweron: 'Start', produce: 'Show', provision: 'New', purge: 'Clear', put: 'Set', reassociate: 'Move',
  reboot: 'Restart', recover: 'Restore', refresh: 'Update', regenerate: 'New', reimage: 'Update',
  release: 'Publish', replace: 'Update', replicate: 'Copy', reprocess: 'Update', restrict: 'Lock',
  resubmit: 'Submit', retarget: 'Update', retrieve: 'Get', run: 'Start', secure: 'Lock', separate: 'Split',
  shutdown: 'Stop', suggest: 'Get', swap: 'Switch', synch: 'Sync', synchronize: 'Sync', transfer: 'Move',
  trigger: 'Start', type: 'Get', undelete: 'Restore', unite: 'Join', unmark: 'Clear', unrestrict: 'Unlock',
  unsecure: 'Unlock', unset: 'Clear', upgrade: 'Update', validate: 'Test', verify: 'Test', wipe: 'Clear',
};

/**
 * Words that are verbs but have no PowerShell verb (they become `Invoke` and stay in the noun). They
 * only matter for word order: in `tentativelyAccept` the verb is the second word, so the first goes
 * after the path (`Invoke-MgAcceptUserEventTentatively`).
 */
export const OTHER_VERBS: ReadonlySet<string> = new Set([
  'accept', 'decline', 'forward', 'reply', 'snooze', 'dismiss', 'subscribe', 'unsubscribe', 'archive',
  'unarchive', 'renew', 'answer', 'reject', 'redirect', 'mute', 'unmute', 'play', 'record', 'invite',
  'preview', 'checkin', 'checkout', 'follow', 'unfollow', 'retire', 'reassign', 'abort', 'batch', 'mark',
  'unhide', 'share', 'unshare', 'extend', 'reopen', 'reactivate', 'rotate', 'translate', 'summarize',
  'upload', 'keep', 'logout', 'invalidate', 'instantiate', 'deprovision', 'reprovision', 'estimate',
  'extract', 'parse', 'postpone', 'reauthorize', 'reenable', 'reupload', 'scan', 'schedule', 'soft',
  'troubleshoot', 'unassign', 'unsubmit', 'filter', 'report', 'has', 'have', 'begin',
  'force', 'view', 'log', // Invoke-MgForceDomainDelete, Invoke-MgViewUserReminder, Invoke-MgLogCommunicationCallTeleconferenceDeviceQuality
]);

/**
 * Actions whose published cmdlet differs from what the word rules give, after the SDK's own
 * directives (Users.Actions `CreateOrGet`): the verb, the words put before the path and the words
 * put after it.
 */
export const ACTION_OVERRIDES: Readonly<Record<string, { verb: string; before: readonly string[]; after: readonly string[] }>> = {
  createOrGet: { verb: 'Invoke', before: ['Create', 'Or', 'Get'], after: [] },
};

/**
 * Path rewrites the SDK applies by directive: a root dropped before some segments, or a segment
 * renamed below a given parent. `under` is the step name two places back (the parent collection,
 * the key in between is skipped).
 */
const DROPPED_ROOTS: readonly { readonly root: string; readonly before: readonly string[] | 'any' }[] = [
  { root: 'solutions', before: ['bookingBusinesses', 'bookingCurrencies', 'virtualEvents'] }, // Get-MgBookingBusiness
  { root: 'identityGovernance', before: ['entitlementManagement'] }, // Get-MgEntitlementManagementAccessPackage
  { root: 'admin', before: ['serviceAnnouncement'] }, // Get-MgServiceAnnouncementMessage
  { root: 'identityProtection', before: 'any' }, // Get-MgRiskyUser
];

const RENAMED_SEGMENTS: readonly { readonly under: string; readonly segment: string; readonly words: readonly string[] }[] = [
  { under: 'users', segment: 'calendar', words: ['Default', 'Calendar'] }, // Get-MgUserDefaultCalendar
  { under: 'sites', segment: 'sites', words: ['Sub', 'Site'] }, // Get-MgSubSite (replaces the root too)
];

/** Cmdlet renames by the SDK's directives, applied last: verb + noun pattern → new verb/noun. */
const CMDLET_DIRECTIVES: readonly { readonly verb?: string; readonly noun: RegExp; readonly setVerb?: string; readonly setNoun?: string }[] = [
  { verb: 'Invoke', noun: /^Delta(.*)$/, setVerb: 'Get', setNoun: '$1Delta' }, // Get-MgUserDelta
  { verb: 'Rename', noun: /^(UserPassword)$/, setVerb: 'Update' }, // Update-MgUserPassword
  { noun: /Io(Lob|Managed)/, setNoun: 'iOS$1' }, // Get-MgDeviceAppManagementiOSManagedAppProtection
];

// ---------------------------------------------------------------------------------------------
// The namer.

interface Segment {
  readonly words: string[];
}

const isPlaceholder = (text: string): boolean => text === '' || /^\{.*\}$/.test(text);

/** `accessReviewScheduleDefinition-id` → `AccessReviewScheduleDefinitionId`. */
export function keyParameterName(keyParameter: string): string {
  return splitWords(keyParameter).map(capitalize).join('');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Last dotted part of a cast or namespaced operation: `microsoft.graph.security.runHuntingQuery` → `runHuntingQuery`. */
function localName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

/** Replaces `/me` by `/users/{user-id}`; returns the steps and whether it did. */
function expandMe(steps: readonly Step[]): { steps: Step[]; me: boolean } {
  const first = steps[0];
  if (first?.kind !== 'root' || first.name !== 'me') return { steps: [...steps], me: false };
  return {
    steps: [{ kind: 'root', name: 'users', collection: true, entityType: 'user' }, { kind: 'key', name: '{user-id}', keyParameter: 'user-id', keyEntityType: 'user' }, ...steps.slice(1)],
    me: true,
  };
}

/** Says a boundary word run once: [Identity] + [Identity, Provider] → [Identity, Provider]. */
function appendCollapsed(segments: Segment[], next: Segment): void {
  const previous = segments[segments.length - 1];
  if (previous) {
    const max = Math.min(previous.words.length, next.words.length);
    for (let k = max; k >= 1; k--) {
      const tail = previous.words.slice(previous.words.length - k).map((w) => w.toLowerCase()).join(' ');
      const head = next.words.slice(0, k).map((w) => w.toLowerCase()).join(' ');
      if (tail === head) {
        previous.words.splice(previous.words.length - k, k);
        if (previous.words.length === 0) segments.pop();
        break;
      }
    }
  }
  if (next.words.length > 0) segments.push(next);
}

interface ActionName {
  readonly verb: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly firstWord: string;
  readonly uncertain: boolean;
}

/** AutoRest's inference of verb and noun words from an operation name such as `getMemberGroups`. */
export function inferActionName(name: string): ActionName {
  const override = ACTION_OVERRIDES[name];
  if (override) return { ...override, firstWord: name, uncertain: false };
  const words = splitWords(name);
  const lower = words.map((w) => w.toLowerCase());
  const isVerb = (w: string | undefined): boolean => w !== undefined && (VERB_MAP[w] !== undefined || OTHER_VERBS.has(w));
  let verbIndex = 0;
  let uncertain = false;
  if (!isVerb(lower[0])) {
    if (words.length === 2 && isVerb(lower[1])) verbIndex = 1;
    else if (words.length > 1) uncertain = true; // AutoRest falls back to the first word, with a warning
  }
  const verbWord = lower[verbIndex] ?? name.toLowerCase();
  // "All" right after the verb word stays with it, before the path, whatever the verb:
  // replyAll → Invoke-MgReplyAllUserMessage, invalidateAllRefreshTokens → Invoke-MgInvalidateAllUserRefreshToken,
  // muteAll → Invoke-MgBetaMuteAllCommunicationCallParticipant, getAllMessages → Get-MgBetaAllTeamMessage,
  // removeAllDevicesFromManagement → Remove-MgBetaAllUserDeviceFromManagement.
  const allIndex = lower[verbIndex + 1] === 'all' ? verbIndex + 1 : -1;
  const rest = words.filter((_, i) => i !== verbIndex && i !== allIndex).map(capitalize);
  const verb = VERB_MAP[verbWord] ?? 'Invoke';
  // AutoRest keeps the operation word in the noun whenever the verb is Invoke, unless it was "post".
  const before = [...(verb === 'Invoke' && verbWord !== 'post' ? [capitalize(verbWord)] : []), ...(allIndex >= 0 ? ['All'] : [])];
  return { verb, before, after: rest, firstWord: verbWord, uncertain };
}

/** Chooses the module for a path: actions/functions of a root, then the tag, then the root. */
function chooseModule(steps: readonly Step[], operationStep: Step | undefined, notes: string[]): { module: string; uncertain: boolean; unmapped?: boolean } {
  const root = steps[0]?.name ?? '';
  // An operation bound to the root's own entity (`/users/{id}/sendMail`) is in the root's actions
  // or functions module; one bound below a navigation (`/users/{id}/messages/{id}/forward`) is
  // tagged as that navigation is (Invoke-MgForwardUserMessage is in Mail), when a module has the tag.
  const operationModule = operationStep ? MODULE_RULES.find((r) => (operationStep.kind === 'action' ? r.actionsOf : r.functionsOf)?.includes(root)) : undefined;
  const belowNavigation = steps.some((s, i) => i > 0 && s.kind === 'navigation' && s !== operationStep);
  if (operationModule && !belowNavigation) return { module: operationModule.module, uncertain: false };
  const byTag = tagModule(steps, root, operationModule ? [] : notes);
  if (byTag !== null) return { module: byTag, uncertain: false };
  if (operationModule) return { module: operationModule.module, uncertain: false };
  return rootModule(root, notes);
}

/** The module of the path's tag (`<root>.<entity type of the first navigation>`), when a module has it. */
function tagModule(steps: readonly Step[], root: string, notes: string[]): string | null {
  const navTypes = FIRST_NAVIGATION_TYPES[root];
  const rootType = ROOT_TYPES[root];
  if (navTypes !== undefined || rootType !== undefined) {
    const index = steps.findIndex((s, i) => i > 0 && s.kind === 'navigation');
    const nav = index > 0 ? steps[index] : undefined;
    let type: string | undefined;
    if (nav === undefined) {
      type = steps[0]?.entityType ?? rootType;
    } else {
      const nextKey = steps[index + 1]?.kind === 'key' ? steps[index + 1]?.keyEntityType : undefined;
      type = nav.entityType ?? navTypes?.[nav.name] ?? nextKey;
    }
    if (type !== undefined) {
      const tag = `${root}.${type}`;
      const rule = MODULE_RULES.find((r) => r.tags?.includes(tag));
      if (rule) return rule.module;
      notes.push(`no module is mapped for the tag ${tag}`);
    } else {
      notes.push(`the entity type of /${root}/…/${nav?.name ?? ''} is unknown, so its module tag is too`);
    }
  }
  return null;
}

/** The module that owns a whole root, or the root's name as a guess. */
function rootModule(root: string, notes: string[]): { module: string; uncertain: boolean; unmapped?: boolean } {
  // roots are matched case-insensitively, as Graph resolves them (the beta model spells `oAuth2PermissionGrants`)
  const byRoot = MODULE_RULES.find((r) => r.roots?.some((x) => x.toLowerCase() === root.toLowerCase()));
  if (byRoot) {
    if (UNSETTLED_ROOTS.has(root)) {
      notes.push(`${root} is split over several modules by entity type; ${byRoot.module} is the default`);
      return { module: byRoot.module, uncertain: true };
    }
    return { module: byRoot.module, uncertain: false };
  }
  const fallback: Readonly<Record<string, string>> = { users: 'Users', groups: 'Groups', sites: 'Sites' };
  if (!(root in fallback)) {
    notes.push(`no module is mapped for the root ${root}`);
    return { module: capitalize(root), uncertain: true, unmapped: true };
  }
  return { module: fallback[root] ?? capitalize(root), uncertain: true };
}

/**
 * Module, cmdlet and path parameters for a request. Pure; never throws on odd input (an unknown
 * shape gives `certainty: 'uncertain'` with a note).
 */
export function powershellCommand(input: CommandInput): PowerShellCommand {
  const notes: string[] = [];
  const reasons: string[] = [];
  let uncertain = false;
  const { steps, me } = expandMe(input.steps);
  if (me) notes.push(UPN_NOTE);
  if (steps[0]?.kind !== 'root') {
    reasons.push('the path does not start with a root segment');
    uncertain = true;
  }

  let noCmdlet = defaultCalendarGap(steps, input.operation) ?? calendarViewGap(steps);
  const last = steps[steps.length - 1];
  const operationStep = last && (last.kind === 'action' || last.kind === 'function') ? last : undefined;
  const pathSteps = operationStep ? steps.slice(0, -1) : steps;

  // Path parameters and noun segments.
  const parameters: PsParameter[] = [];
  const segments: Segment[] = [];
  const tail: string[] = []; // As<Type> …
  let byRef = false;
  const dropRoot = DROPPED_ROOTS.find((d) => d.root === pathSteps[0]?.name && pathSteps[1] !== undefined && (d.before === 'any' || d.before.includes(pathSteps[1].name)));
  pathSteps.forEach((step, i) => {
    switch (step.kind) {
      case 'root':
      case 'navigation': {
        if (i === 0 && dropRoot) return;
        const parent = step.kind === 'navigation' ? pathSteps[i - 2]?.name ?? pathSteps[i - 1]?.name : undefined;
        const renamed = RENAMED_SEGMENTS.find((r) => r.segment === step.name && r.under === parent && pathSteps[i - 1]?.kind === 'key' && i === 2);
        if (renamed) {
          if (renamed.segment === 'sites') segments.length = 0;
          appendCollapsed(segments, { words: [...renamed.words] });
          return;
        }
        const s = singularizeSegment(step.name);
        if (s.uncertain) reasons.push(`the singular of '${step.name}' is a guess`);
        uncertain ||= s.uncertain;
        appendCollapsed(segments, { words: s.words });
        return;
      }
      case 'key': {
        const pascal = step.keyParameter ? keyParameterName(step.keyParameter) : step.keyEntityType ? `${capitalize(step.keyEntityType)}Id` : undefined;
        if (pascal === undefined) {
          reasons.push(`key '${step.name}' has neither a parameter name nor an entity type`);
          uncertain = true;
          return;
        }
        const variable = lowerFirst(pascal);
        parameters.push(isPlaceholder(step.name) ? { name: pascal, variable } : { name: pascal, variable, value: step.name });
        return;
      }
      case 'cast': {
        if (i < pathSteps.length - 1 && pathSteps.slice(i + 1).some((s) => s.kind === 'navigation')) {
          reasons.push('a cast followed by more navigation: where As<Type> goes is a guess');
          uncertain = true;
        }
        tail.push(`As${capitalize(localName(step.name))}`);
        return;
      }
      case 'value':
        appendCollapsed(segments, { words: ['Content'] });
        return;
      case 'count':
        appendCollapsed(segments, { words: ['Count'] });
        return;
      case 'ref': {
        byRef = true;
        // an item's link (`/groups/{id}/members/{id}/$ref`): the noun names the item's type too
        // (Remove-MgGroupMemberDirectoryObjectByRef), said again even when the path just said it
        // (Remove-MgApplicationTokenIssuancePolicyTokenIssuancePolicyByRef)
        // The type's name is a noun like any other: every word singular, as AutoRest makes every
        // noun (claimsMappingPolicy → ClaimMappingPolicy, onPremisesAgentGroup → OnPremiseAgentGroup).
        const key = pathSteps[i - 1];
        if (key?.kind === 'key' && key.keyEntityType !== undefined) {
          const typeWords = singularizeSegment(key.keyEntityType);
          if (typeWords.uncertain) reasons.push(`the singular of '${key.keyEntityType}' is a guess`);
          uncertain ||= typeWords.uncertain;
          tail.push(typeWords.words.join(''));
        }
        return;
      }
      default:
        reasons.push(`a ${step.kind} step in the middle of the path`);
        uncertain = true;
    }
  });

  // Verb and operation words.
  let verb: string;
  let before: readonly string[] = [];
  if (operationStep) {
    const name = localName(operationStep.name);
    const inferred = inferActionName(name);
    if (inferred.uncertain) {
      reasons.push(`no verb word found in '${name}'`);
      noCmdlet ??= `no word of the operation name '${name}' is a verb the rules know, and AutoRest orders the words of such a name by its own English verb list, so the cmdlet cannot be named by rule`;
    }
    uncertain ||= inferred.uncertain;
    verb = inferred.verb;
    before = inferred.before;
    if (inferred.after.length > 0) {
      const after = singularizeSegment(inferred.after.join(''));
      appendCollapsed(segments, { words: after.words });
    }
    // Directive: Test from check/verify becomes Confirm.
    if (verb === 'Test' && (inferred.firstWord === 'check' || inferred.firstWord === 'verify')) verb = 'Confirm';
    for (const p of operationStep.parameters ?? []) {
      const pascal = keyParameterName(p.name);
      parameters.push({ name: pascal, variable: lowerFirst(pascal), value: p.value });
    }
  } else if (input.operation === 'refAdd') {
    const target = pathSteps[pathSteps.length - 2];
    if (target?.collection === undefined) {
      reasons.push('whether the $ref target is a collection (POST → New) or single-valued (PUT → Set) is unknown; New assumed');
      uncertain = true;
    }
    verb = target?.collection === false ? 'Set' : 'New';
  } else if (input.operation === 'action' || input.operation === 'function') {
    reasons.push(`operation '${input.operation}' without an action or function step`);
    uncertain = true;
    verb = 'Invoke';
  } else {
    verb = OPERATION_VERBS[input.operation];
  }

  let noun = [...before, ...segments.flatMap((s) => s.words), ...tail, ...(byRef ? ['ByRef'] : [])].join('');
  for (const d of CMDLET_DIRECTIVES) {
    if ((d.verb === undefined || d.verb === verb) && d.noun.test(noun)) {
      if (d.setNoun !== undefined) noun = noun.replace(d.noun, d.setNoun);
      if (d.setVerb !== undefined) verb = d.setVerb;
    }
  }
  const prefix = input.apiVersion === 'beta' ? 'MgBeta' : 'Mg';

  const chosen = chooseModule(steps, operationStep, reasons);
  uncertain ||= chosen.uncertain;
  if (chosen.unmapped) noCmdlet ??= `no module of the PowerShell SDK is known to hold the root /${steps[0]?.name ?? ''} (the SDK's module mapping names none), so neither the module to import nor the cmdlet can be named by rule`;
  const module = `Microsoft.Graph.${input.apiVersion === 'beta' ? 'Beta.' : ''}${chosen.module}`;

  if ((input.operation === 'streamGet' || input.responseIsStream) && verb === 'Get') {
    parameters.push({ name: 'OutFile', variable: 'outFile' });
  }
  return {
    module,
    cmdlet: `${verb}-${prefix}${noun}`,
    verb,
    noun: `${prefix}${noun}`,
    parameters,
    notes: [...notes, ...reasons.map((r) => `# uncertain: ${r}`)],
    certainty: uncertain ? 'uncertain' : 'rule',
    ...(noCmdlet !== undefined ? { noCmdlet } : {}),
  };
}

/**
 * Below a user's default calendar (`/users/{id}/calendar`, `/me/calendar`) the SDK's Calendar module
 * has cmdlets for three requests only, in both profiles: reading the calendar
 * (`Get-MgUserDefaultCalendar`) and listing and creating its events (`Get-`/`New-MgUserDefaultCalendarEvent`);
 * everything else there is served through `/users/{id}/calendars/{calendar-id}`. The reason for any
 * other request at or below it, or undefined.
 */
export function defaultCalendarGap(steps: readonly Step[], operation: CommandOperation): string | undefined {
  const [root, key, calendar, ...below] = steps;
  if (root?.kind !== 'root' || root.name !== 'users' || key?.kind !== 'key' || calendar?.kind !== 'navigation' || calendar.name !== 'calendar') return undefined;
  if (below.length === 0 && operation === 'get') return undefined;
  if (below.length === 1 && below[0]?.kind === 'navigation' && below[0].name === 'events' && (operation === 'list' || operation === 'create')) return undefined;
  return "below a user's default calendar the PowerShell SDK has cmdlets only to read the calendar and to list and create its events (Get-MgUserDefaultCalendar, Get-/New-MgUserDefaultCalendarEvent)";
}

/**
 * A user's or group's calendar view (`/users/{id}/calendarView`, `/groups/{id}/calendarView`, also
 * below their default calendar) is a function-like view, not a contained collection: the Calendar
 * module's directive `remove-path-by-operation: … (user|group).calendarView.*$ |
 * (user|group).(calendar).calendarView.*$ …` (msgraph-sdk-powershell, src/Calendar/Calendar.md) drops
 * every operation below it, so only listing the view has a cmdlet (`Get-MgUserCalendarView`). The
 * reason for a request below the view (an item, `delta`, an item's instances), or undefined.
 */
export function calendarViewGap(steps: readonly Step[]): string | undefined {
  const [root, key, ...rest] = steps;
  if (root?.kind !== 'root' || (root.name !== 'users' && root.name !== 'groups') || key?.kind !== 'key') return undefined;
  const below = rest[0]?.kind === 'navigation' && rest[0].name === 'calendar' ? rest.slice(1) : rest;
  const view = below[0];
  if (view?.kind !== 'navigation' || view.name !== 'calendarView' || below.length === 1) return undefined;
  return `the PowerShell SDK removes every operation below a ${root.name === 'users' ? "user's" : "group's"} calendarView (the Calendar module's directive removes the paths (user|group).calendarView.*); only listing the view has a cmdlet`;
}

// ---------------------------------------------------------------------------------------------
// Request options: query, headers, body.

/** An If-Match header the page documents as required: a cmdlet parameter (`-IfMatch`), not a `$headers` entry. */
export function isRequiredIfMatch(h: { readonly name: string; readonly documentedRequired?: boolean }): boolean {
  return h.name.toLowerCase() === 'if-match' && h.documentedRequired === true;
}

export interface RequestOptionsInput {
  /** Query options as written, with or without `$` (`$select`, `top`). */
  readonly query?: readonly StepParameter[];
  /** `documentedRequired`: the page's headers table says the header is required (IR `Header`). */
  readonly headers?: readonly (StepParameter & { readonly documentedRequired?: boolean })[];
  /** The request has a JSON body (`-BodyParameter $params`). */
  readonly hasBody?: boolean;
  /** The body is a stream upload (`-InFile`). */
  readonly streamBody?: boolean;
}

/** System query option → cmdlet parameter (the SDK's renames: Select→Property, OrderBy→Sort …). */
export const QUERY_PARAMETERS: Readonly<Record<string, { readonly name: string; readonly kind: 'string' | 'number' }>> = {
  select: { name: 'Property', kind: 'string' },
  expand: { name: 'ExpandProperty', kind: 'string' },
  filter: { name: 'Filter', kind: 'string' },
  orderby: { name: 'Sort', kind: 'string' },
  top: { name: 'Top', kind: 'number' },
  skip: { name: 'Skip', kind: 'number' },
  search: { name: 'Search', kind: 'string' },
};

/** Headers that are cmdlet parameters. Others go through `-Headers @{…}`. */
export const HEADER_PARAMETERS: ReadonlySet<string> = new Set(['consistencylevel']);

/**
 * Cmdlet parameters for the query options, headers and body of a request. `$count=true` becomes
 * `-CountVariable CountVar` (the cmdlets report the count through a variable). Paging with `-All` is
 * never added: the docs request fetches one page, and `-All` would change what it does.
 */
export function powershellRequestParameters(options: RequestOptionsInput): { parameters: PsParameter[]; notes: string[] } {
  const parameters: PsParameter[] = [];
  const notes: string[] = [];
  for (const q of options.query ?? []) {
    const key = q.name.replace(/^\$/, '').toLowerCase();
    const known = QUERY_PARAMETERS[key];
    if (known) {
      parameters.push({ name: known.name, literal: q.value, quoted: known.kind === 'string' });
    } else if (key === 'count') {
      if (q.value.toLowerCase() === 'true') parameters.push({ name: 'CountVariable', literal: 'CountVar', quoted: false });
    } else {
      parameters.push({ name: keyParameterName(q.name.replace(/^\$/, '')), literal: q.value, quoted: true });
      notes.push(`# uncertain: query parameter '${q.name}' is passed as -${keyParameterName(q.name.replace(/^\$/, ''))}`);
    }
  }
  const extraHeaders: StepParameter[] = [];
  for (const h of options.headers ?? []) {
    if (HEADER_PARAMETERS.has(h.name.toLowerCase())) parameters.push({ name: keyParameterName(h.name), literal: h.value, quoted: false });
    else if (isRequiredIfMatch(h)) {
      // the cmdlets declare -IfMatch (mandatory) where the API description requires the header (planner's updates and deletes)
      parameters.push({ name: 'IfMatch', literal: h.value, quoted: true });
      notes.push(`# uncertain: If-Match is passed as -IfMatch, the parameter a cmdlet declares where the API description requires the header (inferred from the page's headers table, which says it is required)`);
    } else if (h.name.toLowerCase() !== 'content-type' && h.name.toLowerCase() !== 'authorization') extraHeaders.push(h);
  }
  if (extraHeaders.length > 0) {
    parameters.push({ name: 'Headers', variable: 'headers' });
    notes.push(`# headers without a cmdlet parameter go in $headers: ${extraHeaders.map((h) => h.name).join(', ')}`);
  }
  if (options.streamBody) parameters.push({ name: 'InFile', variable: 'inFile' });
  else if (options.hasBody) parameters.push({ name: 'BodyParameter', variable: 'params' });
  return { parameters, notes };
}
