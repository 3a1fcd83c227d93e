/**
 * The SDK surface: whether the kiota SDKs (C#, Go, Java, PHP, Python) have a request builder for a
 * typed request's path and an executor for its method. Language-free: every kiota SDK of Graph is
 * generated from the same OpenAPI description, which Microsoft.OpenApi.OData converts from the
 * CSDL. The rules below model that conversion (its path provider and path item handlers, with the
 * settings Graph's description is converted with), reading the CSDL's capability annotations:
 *
 * 1. `method` — the operations a path item gets:
 *    - an entity set: GET, POST (InsertRestrictions/Insertable);
 *    - an entity (a key on an entity set, an alternate key) and a contained navigation property's
 *      item or single entity: GET (ReadRestrictions), PATCH — or PUT when UpdateRestrictions/
 *      UpdateMethod says PUT, never both — (Updatable), DELETE (DeleteRestrictions/Deletable);
 *      a contained collection: GET, POST (Insertable); a singleton: GET, PATCH or PUT;
 *    - a non-contained navigation property (collection or item): GET only (links are added and
 *      removed through `$ref`);
 *    - a composable function's result: GET only (a function is called with GET);
 *    - a stream (`$value`, an `Edm.Stream` property): no PATCH, no POST.
 *    Restrictions are read from the annotation on the navigation property (`type/property`) or the
 *    entity set or singleton (`Container/set`); only when that target has none, from the entity
 *    type's own annotation.
 * 2. `below-non-contained` — the converter does not expand the navigation properties of a
 *    non-contained navigation property's target (only its casts, `$ref`, `$count` and operations).
 * 3. `below-function` — below a composable function the converter adds the return type's
 *    navigation properties one level deep (ComposableFunctionsExpansionDepth = 1), and bound
 *    operations only right after an operation segment: `range()/format` exists, `range()/format/
 *    borders` and `range()/sort/apply` do not.
 * 4. `derived-binding` — an operation bound to a base type is added to paths of a derived type
 *    only when that derived type is the type of an entity set or singleton (the converter's
 *    GetAllEntitiesForOperation): `approve` is bound to scheduleChangeRequest, and
 *    `offerShiftRequests/{id}` (an offerShiftRequest, reached by navigation only) has none.
 *
 * The served CSDL is not quite the one the SDKs are generated from: Microsoft's metadata pipeline
 * (msgraph-metadata's CSDL preprocessing transform) first marks some navigation properties contained
 * (CONTAINED_FOR_SDKS), removes the containment of others (NOT_CONTAINED_FOR_SDKS: only the
 * expansion rule is applied to them) and adds PUT to some single-valued ones, so PUT on a
 * single-valued navigation is never refused.
 *
 * Only checked against a complete model (a CSDL) and requests that rest on no inference; a
 * `drive` below a user, group or site is addressed as `/drives/{drive-id}` by the builder chain,
 * so the rules restart there. Not modelled (left as the snippet is): NavigationRestrictions
 * (Navigability, Referenceable), Core.RequiresExplicitBinding / ExplicitOperationBindings, casts.
 */
import type { Place } from '../diagnostics/types.js';
import type { Capabilities } from '../schema/model.js';
import { segmentKey } from '../schema/sdk-paths.js';
import type { Schema } from '../schema/schema.js';
import type { JsonNode } from './types.js';
import type { AdditionalProperty, PathStep, TypedBody, TypedProperty, TypedRequest, TypedValue } from './typed.js';

export type SurfaceGapReason = 'method' | 'below-non-contained' | 'below-function' | 'derived-binding' | 'no-builder';

/** What the SDKs lack for a request, language-free. */
export interface SurfaceGap {
  readonly reason: SurfaceGapReason;
  /** Readable, names what is missing and why (`DELETE …/calendar: …`). */
  readonly message: string;
  readonly place: Place;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Navigation properties that Microsoft's metadata pipeline (msgraph-metadata, the CSDL
 * preprocessing transform that runs before the OpenAPI conversion) marks `ContainsTarget="true"`
 * although the served CSDL does not: the SDKs treat them as contained. Taken from that transform's
 * list (the entries that exist in v1.0; the list read is the part of the transform that was found).
 */
const CERTIFICATE_PROFILES = [
  'androidDeviceOwnerImportedPFXCertificateProfile', 'androidDeviceOwnerScepCertificateProfile', 'androidForWorkImportedPFXCertificateProfile', 'androidForWorkPkcsCertificateProfile', 'androidForWorkScepCertificateProfile', 'androidImportedPFXCertificateProfile', 'androidPkcsCertificateProfile', 'androidScepCertificateProfile', 'androidWorkProfilePkcsCertificateProfile', 'androidWorkProfileScepCertificateProfile', 'iosImportedPFXCertificateProfile', 'iosPkcsCertificateProfile', 'iosScepCertificateProfile', 'macOSImportedPFXCertificateProfile', 'macOSPkcsCertificateProfile', 'macOSScepCertificateProfile', 'windows10ImportedPFXCertificateProfile', 'windows10PkcsCertificateProfile', 'windows81SCEPCertificateProfile', 'windowsPhone81ImportedPFXCertificateProfile', 'windowsPhone81SCEPCertificateProfile',
];

const CONTAINED_FOR_SDKS: ReadonlySet<string> = new Set(
  [
    'appVulnerabilityTask/managedDevices', 'appVulnerabilityTask/mobileApps', 'connector/memberOf', 'connectorGroup/members',
    'deviceManagementAbstractComplexSettingInstance/value', 'deviceManagementCollectionSettingInstance/value',
    'deviceManagementComplexSettingInstance/value', 'deviceManagementComplianceScheduledActionForRule/scheduledActionConfigurations',
    'endUserNotification/details', 'groupPolicyUploadedDefinitionFile/groupPolicyOperations', 'itemActivityStat/activities',
    'landingPage/details', 'managedDevice/deviceHealthScriptStates', 'onPremisesAgent/agentGroups', 'onPremisesAgentGroup/agents',
    'onPremisesAgentGroup/publishedResources', 'plannerBucket/tasks', 'plannerGroup/plans', 'plannerPlan/buckets', 'plannerPlan/tasks',
    'plannerUser/all', 'plannerUser/plans', 'plannerUser/tasks', 'printJob/tasks', 'publishedResource/agentGroups',
    'securityConfigurationTask/managedDevices', 'teamTemplate/definitions', 'training/languageDetails',
    'virtualEventRegistration/questions', 'virtualEventRegistration/registrants', 'windowsUniversalAppX/committedContainedApps',
    'iosEnterpriseWiFiConfiguration/rootCertificatesForServerValidation', 'macOSEnterpriseWiFiConfiguration/rootCertificatesForServerValidation',
    'windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation',
    'driveItem/analytics', 'site/analytics', 'organization/certificateBasedAuthConfiguration',
    ...CERTIFICATE_PROFILES.map((profile) => `${profile}/managedDeviceCertificateStates`),
  ].map((p) => `microsoft.graph.${p}`),
);

/**
 * Non-contained collections the SDKs still create in (POST), which no annotation of the served CSDL
 * explains: a new directory object is created in an administrative unit (`POST …/members` with
 * `@odata.type`, as the service documents).
 */
const POST_FOR_SDKS: ReadonlySet<string> = new Set(['microsoft.graph.administrativeUnit/members']);

/**
 * Navigation properties whose `ContainsTarget` the same transform removes for the kiota CSDL
 * ("Remove ContainsTarget attribute for Kiota-based CSDL", and the "problematic containment
 * navigation properties" that "end up generating numerous OpenAPI paths"): the SDKs have no
 * builders below them. The methods on them are not judged: the SDKs keep some (POST on
 * `driveItem/children`) that the served CSDL's annotations do not explain.
 */
const NOT_CONTAINED_FOR_SDKS: ReadonlySet<string> = new Set(
  [
    'user/drives', 'group/drives', 'drive/root', 'driveItem/listItem', 'sharedDriveItem/listItem',
    'workbookTable/worksheet', 'workbookRange/worksheet', 'workbookNamedItem/worksheet', 'workbookChart/worksheet', 'workbookPivotTable/worksheet',
    'channel/filesFolder', 'listItem/driveItem', 'sharedDriveItem/driveItem', 'sharedDriveItem/root', 'sharedDriveItem/items',
    'site/drive', 'site/drives', 'list/drive', 'user/drive', 'group/drive', 'sharedDriveItem/site', 'itemActivity/driveItem',
    'accessPackage/incompatibleGroups', 'event/calendar', 'driveItem/children', 'driveItem/activities',
    'sectionGroup/parentSectionGroup', 'sectionGroup/sectionGroups', 'site/sites', 'site/items',
    'accessPackageAssignmentPolicy/accessPackageCatalog', 'sectionGroup/parentNotebook', 'onenotePage/parentNotebook',
    'onenoteSection/parentNotebook', 'onenoteSection/parentSectionGroup', 'onenotePage/parentSection',
    'drive/bundles', 'drive/following', 'drive/special',
  ].map((p) => `microsoft.graph.${p}`),
);

/** How the SDKs treat a navigation step: contained, not contained, or made non-contained by the pipeline. */
export function sdkContainment(step: Extract<PathStep, { kind: 'navigation' }>): 'contained' | 'not-contained' | 'pipeline-not-contained' {
  const key = `${step.declaringType}/${step.name}`;
  if (NOT_CONTAINED_FOR_SDKS.has(key)) return 'pipeline-not-contained';
  return step.containsTarget || CONTAINED_FOR_SDKS.has(key) ? 'contained' : 'not-contained';
}

function stepName(step: PathStep): string {
  switch (step.kind) {
    case 'entitySet':
    case 'singleton':
    case 'navigation':
    case 'property':
      return step.name;
    case 'operation':
      return step.arguments.length === 0 ? step.name : `${step.name}(${step.arguments.map((a) => `${a.name ?? a.writtenName ?? 'value'}=…`).join(',')})`;
    case 'key': {
      const named = step.keys.filter((k) => k.writtenName !== null && k.name !== 'id');
      return named.length > 0 ? `(${named.map((k) => `${k.name ?? k.writtenName}=…`).join(',')})` : `{${step.parameterName}}`;
    }
    case 'cast':
      return step.typeName;
    case 'colonPath':
      return `root:${step.path}:`;
    case 'value':
      return '$value';
    case 'ref':
      return '$ref';
    case 'count':
      return '$count';
    case 'unresolved':
      return step.written;
  }
}

function pathText(steps: readonly PathStep[]): string {
  let text = '';
  for (const step of steps) text += step.kind === 'key' && stepName(step).startsWith('(') ? stepName(step) : `/${stepName(step)}`;
  return text;
}

/** Where the builder chain restarts: after a `drive` with steps below it (`/drives/{drive-id}`). */
function chainStart(path: readonly PathStep[]): number {
  let start = 0;
  for (const [i, step] of path.entries()) {
    const isDrive = (step.kind === 'navigation' || step.kind === 'singleton') && step.name === 'drive';
    if (isDrive && i < path.length - 1) start = i + 1;
  }
  return start;
}

/** The annotation target of an entity set or singleton: `<namespace>.<container>/<name>`. */
function containerTarget(schema: Schema, name: string): string | null {
  const all = schema.model.capabilities ?? {};
  for (const namespace of schema.model.namespaces) {
    const target = `${namespace}.${schema.model.container.name}/${name}`;
    if (all[target] !== undefined) return target;
  }
  return null;
}

/**
 * Entity types the SDKs update with PUT although the served CSDL has no UpdateMethod for them (the
 * pipeline's CSDL has): an external item is created and replaced with PUT, and its SDK builder has
 * no PATCH.
 */
const PUT_FOR_SDKS: Readonly<Record<string, Capabilities>> = {
  'microsoft.graph.externalConnectors.externalItem': { updateMethod: 'PUT' },
};

/**
 * The restrictions of a path: the annotation on the navigation property, entity set or singleton;
 * only when that target has none, the entity type's (the converter reads the path's record first).
 */
function capabilitiesOf(schema: Schema, target: string | null, typeName: string | null): { readonly caps: Capabilities; readonly source: string | null } {
  const all = schema.model.capabilities ?? {};
  const specific = target === null ? undefined : all[target];
  if (specific !== undefined) return { caps: specific, source: target };
  const general = typeName === null ? undefined : all[typeName] ?? PUT_FOR_SDKS[typeName];
  return { caps: general ?? {}, source: general !== undefined ? typeName : null };
}

interface Allowed {
  readonly methods: ReadonlySet<Method>;
  /** Methods not refused although the rules do not give them (the rules cannot tell). */
  readonly unjudged?: ReadonlySet<Method>;
  /** Why a method is not in `methods` (the rule and, when an annotation decides, its target). */
  readonly why: (method: Method) => string;
}

function entityMethods(schema: Schema, target: string | null, typeName: string | null, what: 'item' | 'collection' | 'singleton'): Allowed {
  const { caps, source } = capabilitiesOf(schema, target, typeName);
  const methods = new Set<Method>();
  const annotated = (term: string): string => `the CSDL annotates ${source} with ${term}`;
  if (what === 'collection') {
    if (caps.readable !== false) methods.add('GET');
    if (caps.insertable !== false) methods.add('POST');
  } else {
    const readable = what === 'item' && caps.readableByKey !== undefined ? caps.readableByKey : caps.readable;
    if (readable !== false) methods.add('GET');
    if (caps.updatable !== false) methods.add(caps.updateMethod === 'PUT' ? 'PUT' : 'PATCH');
    if (what === 'item' && caps.deletable !== false) methods.add('DELETE');
  }
  return {
    methods,
    why: (method) => {
      if (method === 'POST') return what === 'collection' ? annotated('InsertRestrictions/Insertable=false') : 'POST creates in a collection, and this addresses one entity';
      if (method === 'GET') return annotated('ReadRestrictions/Readable=false');
      if (method === 'DELETE') return what === 'singleton' ? 'a singleton is not deleted' : what === 'collection' ? 'DELETE removes one entity, and this addresses a collection' : annotated('DeleteRestrictions/Deletable=false');
      if (what === 'collection') return `${method} updates one entity, and this addresses a collection`;
      if (caps.updatable === false) return annotated('UpdateRestrictions/Updatable=false');
      return caps.updateMethod === 'PUT'
        ? `updates are PUT (${source !== null && PUT_FOR_SDKS[source] !== undefined && schema.model.capabilities?.[source] === undefined ? `the SDKs update ${source} with PUT` : annotated('UpdateRestrictions/UpdateMethod=PUT')})`
        : 'updates are PATCH (no UpdateRestrictions/UpdateMethod=PUT on this path or its entity type)';
    },
  };
}

const ONLY_GET: Allowed = { methods: new Set<Method>(['GET']), why: () => '' };

/** The methods the SDKs have for the resource the path's last step addresses, or null when not modelled. */
function allowedMethods(schema: Schema, steps: readonly PathStep[], start: number): { readonly allowed: Allowed; readonly subject: string } | null {
  const last = steps[steps.length - 1];
  if (last === undefined) return null;
  const previous = steps.length - 2 >= start ? steps[steps.length - 2] : undefined;
  const nonContained = (name: string) => ({
    allowed: { ...ONLY_GET, why: () => `'${name}' is a non-contained navigation property: the SDKs only read it (GET); links to it are added and removed through …/${name}/$ref` },
    subject: name,
  });
  switch (last.kind) {
    case 'entitySet':
      return { allowed: entityMethods(schema, containerTarget(schema, last.name), last.type?.name ?? null, 'collection'), subject: last.name };
    case 'singleton': {
      // `/me` is `/users/{id}` in the SDKs; only the update method is modelled for singletons.
      const allowed = entityMethods(schema, containerTarget(schema, last.name), last.type?.name ?? null, 'singleton');
      return { allowed: { ...allowed, unjudged: new Set<Method>(['DELETE', 'POST']) }, subject: last.name };
    }
    case 'navigation': {
      const containment = sdkContainment(last);
      if (containment === 'pipeline-not-contained') return null;
      if (containment === 'not-contained') {
        const found = nonContained(last.name);
        return POST_FOR_SDKS.has(`${last.declaringType}/${last.name}`) ? { ...found, allowed: { ...found.allowed, unjudged: new Set<Method>(['POST']) } } : found;
      }
      const what = last.type?.collection ? 'collection' : 'item';
      const allowed = entityMethods(schema, `${last.declaringType}/${last.name}`, last.type?.name ?? null, what);
      // PUT on a single-valued navigation is not judged: the SDKs have it on some (/groups/{id}/team)
      // that no annotation of the served CSDL explains (the metadata pipeline adds it).
      if (what === 'item') return { allowed: { ...allowed, unjudged: new Set<Method>(['PUT']) }, subject: last.name };
      return { allowed, subject: last.name };
    }
    case 'key': {
      if (previous?.kind === 'entitySet') return { allowed: entityMethods(schema, containerTarget(schema, previous.name), last.entityType, 'item'), subject: previous.name };
      if (previous?.kind === 'navigation') {
        const containment = sdkContainment(previous);
        if (containment === 'pipeline-not-contained') return null;
        if (containment === 'not-contained') return nonContained(previous.name);
        return { allowed: entityMethods(schema, `${previous.declaringType}/${previous.name}`, last.entityType, 'item'), subject: previous.name };
      }
      return null;
    }
    case 'value':
      return { allowed: { methods: new Set<Method>(['GET', 'PUT', 'DELETE']), why: () => 'a stream is read with GET and written with PUT' }, subject: '$value' };
    case 'property':
      if (last.type?.name !== 'Edm.Stream') return null;
      return { allowed: { methods: new Set<Method>(['GET', 'PUT', 'DELETE']), why: () => 'a stream is read with GET and written with PUT' }, subject: last.name };
    case 'operation':
      if (last.operationKind !== 'function' || !last.composable) return null;
      return { allowed: { ...ONLY_GET, why: () => `'${last.name}' is a function: the SDKs call it with GET and have no other method on its result` }, subject: last.name };
    default:
      return null;
  }
}

/**
 * What the SDKs lack for the request (the first gap, in path order, then the method), or null when
 * they have its builder and executor, or when the rules cannot tell (incomplete schema, inference).
 */
export function sdkSurfaceGap(request: Pick<TypedRequest, 'path' | 'method' | 'operation' | 'restsOnInference' | 'resolved'>, schema: Schema): SurfaceGap | null {
  // the SDK's own builders: the path is judged whenever it resolved, whatever the body (an unknown property is kept as additional data)
  if (schema.model.sdkSurface !== undefined) return request.path.some((s) => s.kind === 'unresolved') ? null : lookedUpGap(request, schema.model.sdkSurface);
  if (!schema.complete || request.restsOnInference || !request.resolved) return null;
  const steps = request.path;
  const start = chainStart(steps);
  let nonContained: Extract<PathStep, { kind: 'navigation' }> | null = null;
  let functionAt = -1;
  for (let i = start; i < steps.length; i++) {
    const step = steps[i]!;
    const previous = i - 1 >= start ? steps[i - 1] : undefined;
    const here = pathText(steps.slice(0, i + 1));
    // Stream and structural property paths are made below a non-contained target too; navigation is not.
    if (nonContained !== null && step.kind === 'navigation') {
      return {
        reason: 'below-non-contained',
        message: `${here}: the SDKs have no request builder for '${step.name}' below '${nonContained.name}', a non-contained navigation property${sdkContainment(nonContained) === 'pipeline-not-contained' ? " for the SDKs (Microsoft's metadata pipeline removes its containment)" : ''} (the SDKs' OpenAPI does not expand the navigation properties of a non-contained target; address the entity through its own path)`,
        place: step.place,
      };
    }
    if (functionAt >= 0 && (step.kind === 'navigation' || step.kind === 'operation')) {
      const fn = steps[functionAt] as Extract<PathStep, { kind: 'operation' }>;
      const allowed = step.kind === 'navigation' ? i - 1 === functionAt : previous?.kind === 'operation';
      if (!allowed) {
        return {
          reason: 'below-function',
          message: `${here}: the SDKs have no request builder for '${step.name}' below the composable function '${fn.name}' (the SDKs' OpenAPI adds one navigation property below a composable function, and operations only right after an operation)`,
          place: step.place,
        };
      }
    }
    if (step.kind === 'operation' && step.bound && step.bindingType !== null && previous !== undefined) {
      const addressed =
        previous.kind === 'key' ? previous.entityType : previous.kind === 'entitySet' || previous.kind === 'singleton' || previous.kind === 'navigation' || previous.kind === 'operation' ? previous.type?.name ?? null : null;
      const binding = step.bindingType.name;
      if (addressed !== null && addressed !== binding && schema.isSameOrDerived(addressed, binding)) {
        const rooted = schema.model.container.elements.some((e) => e.type === addressed);
        if (!rooted) {
          return {
            reason: 'derived-binding',
            message: `${here}: the SDKs have no '${step.name}' on ${addressed}: the ${step.operationKind} is bound to its base type ${binding}, and the SDKs' OpenAPI adds base-type operations to a derived type only when an entity set or singleton has that type`,
            place: step.place,
          };
        }
      }
    }
    // The chain's drive rewrite: `drive/…` restarts at /drives/{drive-id}, its `root` becomes the item `root`.
    const rewritten = (step.kind === 'navigation' && step.name === 'drive' && i < steps.length - 1) || (i === start && start > 0 && step.kind === 'navigation' && step.name === 'root');
    if (step.kind === 'navigation' && !rewritten && sdkContainment(step) !== 'contained') nonContained = step;
    if (step.kind === 'operation' && step.operationKind === 'function' && step.composable && functionAt < 0) functionAt = i;
  }
  // The method: operations are called with their own method (reported by the resolver), links and
  // counts have their own builders.
  if (request.operation === 'action' || request.operation === 'function') return null;
  // `unknown`: the resolver could not name the operation (PATCH on a stream); only streams are judged then.
  const end = steps[steps.length - 1];
  if (request.operation === 'unknown' && end?.kind !== 'value' && !(end?.kind === 'property' && end.type?.name === 'Edm.Stream')) return null;
  if (request.operation.startsWith('ref-') || request.operation === 'count') return null;
  const method = request.method;
  if (method !== 'GET' && method !== 'POST' && method !== 'PATCH' && method !== 'PUT' && method !== 'DELETE') return null;
  const found = allowedMethods(schema, steps, start);
  if (found === null || found.allowed.methods.has(method) || found.allowed.unjudged?.has(method)) return null;
  const has = [...found.allowed.methods].sort().join(', ') || 'none';
  const last = steps[steps.length - 1]!;
  return {
    reason: 'method',
    message: `${method} ${pathText(steps)}: the SDKs' request builder has no ${method.toLowerCase()} (it has: ${has}): ${found.allowed.why(method)}`,
    place: last.place,
  };
}

/** A typed step in the normal form of sdk-paths.ts (null: a step no builder path spells, a `root:/…:` path). */
function stepKey(step: PathStep): string | null {
  switch (step.kind) {
    case 'entitySet':
    case 'singleton':
    case 'navigation':
    case 'property':
      return segmentKey({ kind: 'name', name: step.name });
    case 'cast':
      return segmentKey({ kind: 'name', name: step.typeName });
    case 'operation':
      return segmentKey({ kind: step.operationKind === 'function' ? 'call' : 'name', name: step.name });
    case 'key':
      return step.keys.some((k) => k.writtenName !== null && k.name !== 'id') ? '()' : '{}';
    case 'value':
    case 'ref':
    case 'count':
      return segmentKey({ kind: step.kind });
    default:
      return null;
  }
}

/**
 * The gap of a model that holds the SDK's request builders (`sdkSurface`): the first prefix of the
 * path with no builder, else the method when the builder has no executor for it. A drive below a
 * user, group or site restarts at `drives/{}` as the builder chain does (its `root` is the item
 * `items/{}`); a root the SDK serves through another path (`me`) is looked up there.
 */
type SdkSurface = NonNullable<Schema['model']['sdkSurface']>;

/** The normal-form key of every prefix of the path that the builder chain addresses (index: the step), or null when a step has none. */
function prefixKeys(steps: readonly PathStep[], surface: SdkSurface): { readonly start: number; readonly keys: readonly string[] } | null {
  const start = chainStart(steps);
  const keys: string[] = start > 0 ? ['drives', '{}'] : [];
  const out: string[] = [];
  for (let i = start; i < steps.length; i++) {
    const step = steps[i]!;
    let k = stepKey(step);
    if (k === null) return null;
    if (i === start && start > 0 && step.kind === 'navigation' && step.name === 'root') k = 'items/{}';
    if (k === '()') {
      // an alternate key is part of its collection's segment: `users(userprincipalname='…')`
      const before = keys.pop() ?? '';
      keys.push(`${before}()`);
    } else keys.push(k);
    if (i === start && start === 0 && surface.aliases[keys[0]!] !== undefined) keys.splice(0, 1, surface.aliases[keys[0]!]!);
    out.push(keys.join('/'));
  }
  return { start, keys: out };
}

/**
 * The query parameters the SDK's builder for the request's path declares, by executor (`get` →
 * `$select`, `$top`, `startDateTime`, …), from a model that holds the SDK's request builders; null
 * without one (the rules of sdk/query.ts decide then), or when the path has no builder.
 */
export function sdkDeclaredQuery(request: Pick<TypedRequest, 'path'>, schema: Schema): Readonly<Record<string, readonly string[]>> | null {
  const surface = schema.model.sdkSurface;
  if (surface === undefined || request.path.some((s) => s.kind === 'unresolved')) return null;
  const found = prefixKeys(request.path, surface);
  const key = found?.keys[found.keys.length - 1];
  if (key === undefined || surface.paths[key] === undefined) return null;
  const out: Record<string, readonly string[]> = {};
  for (const method of surface.paths[key]!.split(',').filter((m) => m !== '')) {
    out[method.toLowerCase()] = (surface.queries[`${key} ${method}`] ?? '').split(',').filter((q) => q !== '');
  }
  return out;
}

function lookedUpGap(request: Pick<TypedRequest, 'path' | 'method' | 'operation'>, surface: SdkSurface): SurfaceGap | null {
  const steps = request.path;
  const found = prefixKeys(steps, surface);
  if (found === null) return null;
  const { start } = found;
  let key = '';
  for (let i = start; i < steps.length; i++) {
    const step = steps[i]!;
    key = found.keys[i - start]!;
    if (step.kind === 'operation' && step.operationKind === 'function') {
      // the SDKs' builder for a function takes every parameter of its path (`ItemAtWithIndex(index)`)
      const given = new Set(step.arguments.map((a) => (a.name ?? a.writtenName ?? '').toLowerCase()));
      const missing = step.parameters.filter((p) => !given.has(p.name.toLowerCase())).map((p) => p.name);
      if (missing.length > 0) {
        return {
          reason: 'no-builder',
          message: `${pathText(steps.slice(0, i + 1))}: the SDKs' request builder for '${step.name}' takes ${missing.map((m) => `'${m}'`).join(', ')} in the path, and the request gives ${missing.length === 1 ? 'it' : 'them'} no value there (read from ${surface.sdk})`,
          place: step.place,
        };
      }
    }
    if (surface.paths[key] === undefined) {
      const here = pathText(steps.slice(0, i + 1));
      return {
        reason: 'no-builder',
        message: `${here}: the SDKs have no request builder for this path (${surface.sdk} has none; its request builders are generated from every path of the API description)`,
        place: step.place,
      };
    }
  }
  // an operation is called with its own method (a docs page POSTing a function gets schema:method-mismatch from the resolver)
  if (request.operation === 'action' || request.operation === 'function') return null;
  const methods = (surface.paths[key] ?? '').split(',').filter((m) => m !== '');
  if (key === '' || methods.includes(request.method)) return null;
  const last = steps[steps.length - 1]!;
  return {
    reason: 'method',
    message: `${request.method} ${pathText(steps)}: the SDKs' request builder has no ${request.method.toLowerCase()} (it has: ${methods.join(', ') || 'none'}; read from ${surface.sdk})`,
    place: last.place,
  };
}

/**
 * Action parameters that Microsoft's metadata pipeline removes before the SDKs are generated (the
 * same preprocessing transform; `deferCommit` is "a temp fix", MSGraph-SDK-Code-Generator#261): the
 * SDKs' request body class has no property for them. Keyed by the action's full name.
 */
const REMOVED_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  'microsoft.graph.createUploadSession': ['deferCommit'],
  'microsoft.graph.restore': ['autoReconcileProxyConflict', 'newUserPrincipalName'],
  'microsoft.graph.verify': ['forceTakeover'],
  'microsoft.graph.security.estimateStatistics': ['statisticsOptions'],
};

/** An action's parameters as the SDKs have them (without those the pipeline removes). */
export function sdkParameters(step: Extract<PathStep, { kind: 'operation' }>): readonly string[] {
  const removed = REMOVED_PARAMETERS[step.fullName] ?? [];
  return step.parameters.map((p) => p.name).filter((name) => !removed.includes(name));
}

function scalarJson(value: TypedValue): JsonNode | null {
  if (value.kind !== 'primitive' || value.placeholder !== null || value.coercion !== null) return null;
  if (typeof value.value === 'boolean') return { kind: 'boolean', value: value.value, place: value.place };
  if (typeof value.value === 'number') return { kind: 'number', value: value.value, raw: value.raw, place: value.place };
  return { kind: 'string', value: value.value, place: value.place };
}

/**
 * The request as the SDKs can send it: an action body's parameters that the SDKs' request body
 * class lacks (REMOVED_PARAMETERS) become additional data (the same JSON is sent: kiota request
 * bodies serialise their additional data as written). Returns the names moved (empty: unchanged).
 */
export function withRemovedParametersAsAdditionalData(request: TypedRequest): { readonly request: TypedRequest; readonly moved: readonly TypedProperty[] } {
  const json = request.body;
  if (json === null || json.kind !== 'json' || json.value.kind !== 'parameters') return { request, moved: [] };
  const body = json.value;
  const removed = REMOVED_PARAMETERS[body.operation];
  if (removed === undefined) return { request, moved: [] };
  // Without any parameter left the SDK has no request body class at all: fitBodyToSdk drops the body.
  const last = request.path[request.path.length - 1];
  if (last?.kind === 'operation' && sdkParameters(last).length === 0) return { request, moved: [] };
  const moved: TypedProperty[] = [];
  const additional: AdditionalProperty[] = [];
  const kept: TypedProperty[] = [];
  for (const property of body.properties) {
    const node = removed.includes(property.name) ? scalarJson(property.value) : null;
    if (node === null) kept.push(property);
    else {
      moved.push(property);
      additional.push({ key: property.jsonName, value: node, place: property.place });
    }
  }
  if (moved.length === 0) return { request, moved: [] };
  const value: TypedValue = { ...body, properties: kept, additionalData: [...body.additionalData, ...additional] };
  return { request: { ...request, body: { ...json, value } }, moved };
}

/** How the request's body was fitted to the SDK executor's signature, for a diagnostic. */
export interface BodyFit {
  readonly request: TypedRequest;
  /** `render:not-in-sdk`: the body carries what the SDK cannot send; the request is refused. */
  readonly ruleId: 'render:body-ignored' | 'render:body-added' | 'render:not-in-sdk';
  readonly message: string;
  readonly place: Place;
}

/**
 * The body as the SDKs' executor takes it: an action the schema declares without parameters is
 * posted without a body (its executor has no body parameter: the docs' body is left out); an
 * action with parameters, a create, a PATCH or a PUT of an entity, sent without a body gets an
 * empty one (the executor requires a body; `{}` sets nothing). An action whose parameters the pipeline all removes
 * cannot carry the docs' parameters at all: refused. Null when the body fits as it is.
 */
export function fitBodyToSdk(request: TypedRequest): BodyFit | null {
  const last = request.path[request.path.length - 1];
  if (last === undefined) return null;
  if (request.operation === 'action' && last.kind === 'operation' && last.operationKind === 'action') {
    const parameters = sdkParameters(last);
    if (parameters.length === 0 && request.body !== null && request.body.kind === 'json') {
      const value = request.body.value;
      const carries = value.kind === 'parameters' ? value.properties.length + value.additionalData.length > 0 : value.kind !== 'null';
      if (last.parameters.length > 0 && carries) {
        return {
          request,
          ruleId: 'render:not-in-sdk',
          message: `${last.name}: the SDKs' post takes no body (Microsoft's metadata pipeline removes every parameter of '${last.name}': ${last.parameters.map((p) => p.name).join(', ')}), so the request's parameters cannot be sent`,
          place: request.body.place,
        };
      }
      const why =
        last.parameters.length === 0
          ? `the schema declares no parameters for '${last.name}'`
          : `Microsoft's metadata pipeline removes every parameter of '${last.name}' (${last.parameters.map((p) => p.name).join(', ')}) before generating the SDKs`;
      return {
        request: { ...request, body: null },
        ruleId: 'render:body-ignored',
        message: `${why}: the SDK's post takes no body, and the request's body is left out`,
        place: request.body.place,
      };
    }
    if (parameters.length > 0 && request.body === null) {
      const body: TypedBody = {
        kind: 'json',
        expected: null,
        value: { kind: 'parameters', operation: last.fullName, properties: [], additionalData: [], annotations: [], place: last.place },
        contentType: null,
        place: last.place,
      };
      return {
        request: { ...request, body },
        ruleId: 'render:body-added',
        message: `the SDK's post for '${last.name}' requires a request body: the snippet sends an empty one (every parameter of '${last.name}' is left unset)`,
        place: last.place,
      };
    }
    return null;
  }
  // A create, an update or an upsert takes the model it sends (`post(user)`, `patch(user)`, `put(team)`).
  const writes = request.operation === 'create' || (request.operation === 'update' && request.method === 'PATCH') || request.operation === 'upsert';
  if (writes && request.body === null && request.target !== null && (request.operation === 'create' || !request.target.collection)) {
    const type = request.target.name;
    if (type.startsWith('Edm.')) return null;
    const body: TypedBody = {
      kind: 'json',
      expected: request.target,
      value: { kind: 'object', type, declaredType: type, typeKind: 'entity', abstract: false, openType: false, properties: [], additionalData: [], annotations: [], place: last.place },
      contentType: null,
      place: last.place,
    };
    return {
      request: { ...request, body },
      ruleId: 'render:body-added',
      message: `the SDK's ${request.method.toLowerCase()} requires a request body: the snippet sends an empty ${type}${request.operation === 'update' ? ' (it changes nothing)' : ''}`,
      place: last.place,
    };
  }
  return null;
}
