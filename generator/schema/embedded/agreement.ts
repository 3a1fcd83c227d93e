/**
 * How far one SchemaModel (the embedded default) agrees with another (a CSDL): shares of the
 * reference's elements that the candidate has, and has alike. Used by the agreement test and the bench.
 */
import type { EnumType, SchemaModel, StructuredType } from '../model.js';

export interface Share {
  readonly found: number;
  readonly total: number;
  readonly share: number;
}

export interface Agreement {
  /** Entity and complex types of the reference found (by full name). */
  readonly structuredTypes: Share;
  /** Structured types found with the same kind (entity/complex). */
  readonly sameKind: Share;
  /** Structural properties of the reference (on found types) found with the same type and collection-ness. */
  readonly propertiesSameType: Share;
  /** Navigation properties of the reference (on found types) found with the same target. */
  readonly navigationFound: Share;
  /** Navigation properties found with the same containment. */
  readonly navigationSameContainment: Share;
  /** Enums of the reference found with exactly the same member names. */
  readonly enumsSameMembers: Share;
  /** Enums found with the same flags-ness. */
  readonly enumsSameFlags: Share;
  readonly entitySets: Share;
  readonly singletons: Share;
  /** Bound operations of the reference found by full name and binding type. */
  readonly boundOperations: Share;
}

const share = (found: number, total: number): Share => ({ found, total, share: total === 0 ? 1 : found / total });

const structured = (m: SchemaModel): StructuredType[] =>
  Object.values(m.types).filter((t): t is StructuredType => t.kind !== 'enum');

export function compareModels(candidate: SchemaModel, reference: SchemaModel): Agreement {
  const refTypes = structured(reference);
  let found = 0;
  let sameKind = 0;
  let props = 0;
  let propsSame = 0;
  let navs = 0;
  let navsFound = 0;
  let navsSameContainment = 0;
  for (const t of refTypes) {
    props += t.properties.length;
    navs += t.navigationProperties.length;
    const c = candidate.types[t.fullName];
    if (!c || c.kind === 'enum') continue;
    found++;
    if (c.kind === t.kind) sameKind++;
    const cProps = new Map(c.properties.map((p) => [p.name, p]));
    for (const p of t.properties) {
      const q = cProps.get(p.name);
      if (q && q.type.name === p.type.name && q.type.collection === p.type.collection) propsSame++;
    }
    const cNavs = new Map(c.navigationProperties.map((n) => [n.name, n]));
    for (const n of t.navigationProperties) {
      const q = cNavs.get(n.name);
      if (q && q.type.name === n.type.name && q.type.collection === n.type.collection) {
        navsFound++;
        if (q.containsTarget === n.containsTarget) navsSameContainment++;
      }
    }
  }
  const refEnums = Object.values(reference.types).filter((t): t is EnumType => t.kind === 'enum');
  let enumsSame = 0;
  let enumsFlags = 0;
  for (const e of refEnums) {
    const c = candidate.types[e.fullName];
    if (!c || c.kind !== 'enum') continue;
    const a = c.members.map((m) => m.name).join(',');
    const b = e.members.map((m) => m.name).join(',');
    if (a === b) enumsSame++;
    if (c.isFlags === e.isFlags) enumsFlags++;
  }
  const elements = (m: SchemaModel, kind: 'entitySet' | 'singleton'): Map<string, string> =>
    new Map(m.container.elements.filter((e) => e.kind === kind).map((e) => [e.name, e.type]));
  const rootShare = (kind: 'entitySet' | 'singleton'): Share => {
    const ref = elements(reference, kind);
    const cand = elements(candidate, kind);
    let n = 0;
    for (const [name, type] of ref) if (cand.get(name) === type) n++;
    return share(n, ref.size);
  };
  const opKey = (o: SchemaModel['operations'][number]): string =>
    `${o.fullName}|${o.bindingType?.name ?? ''}|${o.bindingType?.collection ?? false}`;
  const candOps = new Set(candidate.operations.map(opKey));
  const refOps = reference.operations.filter((o) => o.isBound);
  return {
    structuredTypes: share(found, refTypes.length),
    sameKind: share(sameKind, refTypes.length),
    propertiesSameType: share(propsSame, props),
    navigationFound: share(navsFound, navs),
    navigationSameContainment: share(navsSameContainment, navs),
    enumsSameMembers: share(enumsSame, refEnums.length),
    enumsSameFlags: share(enumsFlags, refEnums.length),
    entitySets: rootShare('entitySet'),
    singletons: rootShare('singleton'),
    boundOperations: share(refOps.filter((o) => candOps.has(opKey(o))).length, refOps.length),
  };
}

/** Counts that describe a model. */
export function modelFigures(m: SchemaModel): Record<string, number> {
  const types = Object.values(m.types);
  const st = types.filter((t): t is StructuredType => t.kind !== 'enum');
  const inferredProps = st.reduce((n, t) => n + t.properties.filter((p) => p.inferred?.length).length, 0);
  return {
    entityTypes: st.filter((t) => t.kind === 'entity').length,
    complexTypes: st.filter((t) => t.kind === 'complex').length,
    enums: types.length - st.length,
    flagsEnums: types.filter((t) => t.kind === 'enum' && t.isFlags).length,
    properties: st.reduce((n, t) => n + t.properties.length, 0),
    propertiesInferred: inferredProps,
    navigationProperties: st.reduce((n, t) => n + t.navigationProperties.length, 0),
    entitySets: m.container.elements.filter((e) => e.kind === 'entitySet').length,
    singletons: m.container.elements.filter((e) => e.kind === 'singleton').length,
    rootsInferred: m.container.elements.filter((e) => e.inferred?.length).length,
    operations: m.operations.length,
    actions: m.operations.filter((o) => o.kind === 'action').length,
    functions: m.operations.filter((o) => o.kind === 'function').length,
    operationsInferred: m.operations.filter((o) => o.inferred?.includes('operation')).length,
  };
}
