/**
 * `Schema`: a SchemaModel with the lookups the resolver needs, indexed once. Lookups never throw;
 * a missing name gives `undefined` (or an empty list).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { canonicalize } from './canonical.js';
import { readCsdl } from './csdl.js';
import type {
  ContainerElement,
  EnumMember,
  EnumType,
  NavigationProperty,
  Operation,
  OperationImport,
  Property,
  SchemaModel,
  SchemaType,
  StructuredType,
  TypeRef,
  UnknownFact,
} from './model.js';

const lower = (s: string): string => s.toLowerCase();

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

export class Schema {
  readonly model: SchemaModel;
  private readonly typesByLowerName = new Map<string, SchemaType>();
  private readonly derived = new Map<string, string[]>();
  private readonly boundByBinding: Map<string, Operation[]>;
  private readonly unbound: Map<string, Operation[]>;
  private readonly operationsByFullName: Map<string, Operation[]>;
  private readonly elementsByName = new Map<string, ContainerElement>();
  private readonly elementsByLowerName = new Map<string, ContainerElement>();
  private readonly importsByName = new Map<string, OperationImport>();
  private readonly propertyCache = new Map<string, readonly Property[]>();
  private readonly navigationCache = new Map<string, readonly NavigationProperty[]>();
  private readonly unknownFacts: ReadonlySet<UnknownFact>;
  private typesBySimpleName: Map<string, StructuredType[]> | null = null;
  private propertyTypesByName: Map<string, Map<string, TypeRef>> | null = null;

  constructor(model: SchemaModel) {
    this.model = model;
    for (const type of Object.values(model.types)) {
      this.typesByLowerName.set(lower(type.fullName), type);
      if (type.kind !== 'enum' && type.baseType !== null) {
        const list = this.derived.get(type.baseType);
        if (list) list.push(type.fullName);
        else this.derived.set(type.baseType, [type.fullName]);
      }
    }
    for (const list of this.derived.values()) list.sort();
    this.boundByBinding = group(
      model.operations.filter((op) => op.isBound && op.bindingType !== null),
      (op) => `${op.bindingType!.collection ? 'C' : 'S'}:${op.bindingType!.name}`,
    );
    this.unbound = group(
      model.operations.filter((op) => !op.isBound),
      (op) => op.fullName,
    );
    this.operationsByFullName = group(model.operations, (op) => lower(op.fullName));
    for (const element of model.container.elements) {
      this.elementsByName.set(element.name, element);
      this.elementsByLowerName.set(lower(element.name), element);
    }
    for (const imported of model.container.operationImports) this.importsByName.set(imported.name, imported);
    this.unknownFacts = new Set(model.unknownFacts ?? []);
  }

  /** True when the model states every fact (a CSDL): nothing may be inferred against it. */
  get complete(): boolean {
    return this.unknownFacts.size === 0;
  }

  /** True when the model does not know this kind of fact completely (see UnknownFact). */
  lacks(fact: UnknownFact): boolean {
    return this.unknownFacts.has(fact);
  }

  /** True when every operation bound to this binding is known (a complete model, or `operationsKnownFor`). */
  knowsOperationsOf(binding: TypeRef): boolean {
    if (!this.lacks('operations')) return true;
    this.operationsKnown ??= new Set((this.model.operationsKnownFor ?? []).map((t) => `${t.name}|${t.collection}`));
    return this.operationsKnown.has(`${binding.name}|${binding.collection}`);
  }
  private operationsKnown: Set<string> | undefined;

  /** Structured types by simple name (case-insensitive), in every namespace, sorted by full name. */
  typesNamed(simpleName: string): readonly StructuredType[] {
    if (this.typesBySimpleName === null) {
      this.typesBySimpleName = group(
        Object.values(this.model.types)
          .filter((t): t is StructuredType => t.kind !== 'enum')
          .sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0)),
        (t) => lower(t.name),
      );
    }
    return this.typesBySimpleName.get(lower(simpleName)) ?? [];
  }

  /**
   * The distinct types of the structural and navigation properties named `name` (case-insensitive)
   * across all types, keyed by `Collection(x)`/`x`.
   */
  typesOfPropertiesNamed(name: string): readonly TypeRef[] {
    if (this.propertyTypesByName === null) {
      const index = new Map<string, Map<string, TypeRef>>();
      for (const type of Object.values(this.model.types)) {
        if (type.kind === 'enum') continue;
        for (const p of [...type.properties, ...type.navigationProperties]) {
          const byType = index.get(lower(p.name)) ?? new Map<string, TypeRef>();
          byType.set(`${p.type.collection ? 'C' : 'S'}:${p.type.name}`, p.type);
          index.set(lower(p.name), byType);
        }
      }
      this.propertyTypesByName = index;
    }
    return [...(this.propertyTypesByName.get(lower(name))?.values() ?? [])];
  }

  /** Resolves an alias-qualified name (`graph.user`) to its full name; other names are returned as given. */
  fullName(name: string): string {
    const dot = name.lastIndexOf('.');
    if (dot < 0) return name;
    const namespace = this.model.aliases[name.slice(0, dot)];
    return namespace === undefined ? name : `${namespace}${name.slice(dot)}`;
  }

  /** A type by full (or alias-qualified) name; falls back to a case-insensitive match. */
  type(name: string): SchemaType | undefined {
    const full = this.fullName(name);
    if (Object.prototype.hasOwnProperty.call(this.model.types, full)) return this.model.types[full];
    return this.typesByLowerName.get(lower(full));
  }

  structuredType(name: string): StructuredType | undefined {
    const type = this.type(name);
    return type && type.kind !== 'enum' ? type : undefined;
  }

  enumType(name: string): EnumType | undefined {
    const type = this.type(name);
    return type && type.kind === 'enum' ? type : undefined;
  }

  /** The type and its base types, the type itself first. Stops on a cycle. */
  ancestry(name: string): readonly StructuredType[] {
    const chain: StructuredType[] = [];
    const seen = new Set<string>();
    let current = this.structuredType(name);
    while (current && !seen.has(current.fullName)) {
      seen.add(current.fullName);
      chain.push(current);
      current = current.baseType === null ? undefined : this.structuredType(current.baseType);
    }
    return chain;
  }

  /** True when `name` is `base` or derives from it (directly or not). */
  isSameOrDerived(name: string, base: string): boolean {
    const baseType = this.type(base);
    if (!baseType) return false;
    return this.ancestry(name).some((t) => t.fullName === baseType.fullName);
  }

  /** Types derived from `name`, sorted by name; all generations when `transitive`. */
  derivedTypes(name: string, transitive = true): readonly string[] {
    const type = this.type(name);
    if (!type) return [];
    const direct = this.derived.get(type.fullName) ?? [];
    if (!transitive) return direct;
    const all: string[] = [];
    const queue = [...direct];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      all.push(next);
      queue.push(...(this.derived.get(next) ?? []));
    }
    return all.sort();
  }

  /** All structural properties, inherited ones first (base-most type first). */
  properties(name: string): readonly Property[] {
    const type = this.type(name);
    if (!type || type.kind === 'enum') return [];
    const cached = this.propertyCache.get(type.fullName);
    if (cached) return cached;
    const all = [...this.ancestry(type.fullName)].reverse().flatMap((t) => t.properties);
    this.propertyCache.set(type.fullName, all);
    return all;
  }

  /** All navigation properties, inherited ones first. */
  navigationProperties(name: string): readonly NavigationProperty[] {
    const type = this.type(name);
    if (!type || type.kind === 'enum') return [];
    const cached = this.navigationCache.get(type.fullName);
    if (cached) return cached;
    const all = [...this.ancestry(type.fullName)].reverse().flatMap((t) => t.navigationProperties);
    this.navigationCache.set(type.fullName, all);
    return all;
  }

  /** A structural property by name (exact, then case-insensitive), inherited ones included. */
  property(typeName: string, name: string): Property | undefined {
    const all = this.properties(typeName);
    return all.find((p) => p.name === name) ?? all.find((p) => lower(p.name) === lower(name));
  }

  /** A navigation property by name (exact, then case-insensitive), inherited ones included. */
  navigation(typeName: string, name: string): NavigationProperty | undefined {
    const all = this.navigationProperties(typeName);
    return all.find((p) => p.name === name) ?? all.find((p) => lower(p.name) === lower(name));
  }

  /** Whether the service computes the property (`Org.OData.Core.V1.Computed` on the type or a base type): a client cannot set it. */
  isComputed(typeName: string, propertyName: string): boolean {
    const computed = this.model.computed;
    if (computed === undefined || computed.length === 0) return false;
    this.computedSet ??= new Set(computed);
    const set = this.computedSet;
    return this.ancestry(typeName).some((t) => set.has(`${t.fullName}/${propertyName}`));
  }

  private computedSet: ReadonlySet<string> | undefined;

  /** The key property names of an entity type (declared on it or on a base type). */
  key(name: string): readonly string[] | null {
    for (const type of this.ancestry(name)) if (type.key !== null) return type.key;
    return null;
  }

  /**
   * Operations bound to the type (or a collection of it) and to its base types, nearest first.
   * With `name`, only operations of that name (unqualified, or full name; exact then case-insensitive).
   */
  boundOperations(typeName: string, collection: boolean, name?: string): readonly Operation[] {
    const result: Operation[] = [];
    const ancestry = this.ancestry(typeName);
    const bindings = ancestry.length > 0 ? ancestry.map((t) => t.fullName) : [this.fullName(typeName)];
    for (const binding of bindings) {
      result.push(...(this.boundByBinding.get(`${collection ? 'C' : 'S'}:${binding}`) ?? []));
    }
    if (name === undefined) return result;
    const full = this.fullName(name);
    const exact = result.filter((op) => op.name === full || op.fullName === full);
    if (exact.length > 0) return exact;
    return result.filter((op) => lower(op.name) === lower(full) || lower(op.fullName) === lower(full));
  }

  /** Operations with a full (or alias-qualified) name, bound or not. */
  operations(fullName: string): readonly Operation[] {
    return this.operationsByFullName.get(lower(this.fullName(fullName))) ?? [];
  }

  /** An entity set or singleton by name (exact, then case-insensitive). */
  containerElement(name: string): ContainerElement | undefined {
    return this.elementsByName.get(name) ?? this.elementsByLowerName.get(lower(name));
  }

  /** An action or function import by name, with its operation(s). */
  operationImport(name: string): { readonly import: OperationImport; readonly operations: readonly Operation[] } | undefined {
    const imported =
      this.importsByName.get(name) ?? this.model.container.operationImports.find((i) => lower(i.name) === lower(name));
    if (!imported) return undefined;
    return { import: imported, operations: this.unbound.get(imported.operation) ?? [] };
  }

  /** An enum member by name (exact, then case-insensitive). */
  enumMember(enumName: string, memberName: string): EnumMember | undefined {
    const type = this.enumType(enumName);
    if (!type) return undefined;
    return type.members.find((m) => m.name === memberName) ?? type.members.find((m) => lower(m.name) === lower(memberName));
  }
}

/** Loads a schema file: `.csdl`/`.xml` is CSDL; `.json` is a serialised SchemaModel. */
export function loadSchema(file: string, report?: VFile): Schema {
  const text = readFileSync(file, 'utf8');
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return new Schema(canonicalize(JSON.parse(text) as SchemaModel));
  return new Schema(readCsdl(text, path.basename(file), report ? { file: report } : {}));
}
