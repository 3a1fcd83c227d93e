/**
 * The inference rules of the embedded default schema: facts the SDK packages do not state.
 * Each rule is a small pure function, named in README.md; every result is marked `inferred` where used.
 */
import type { EdmPrimitive } from '../edm.js';

/** Rule N1: the Edm type of a property the SDK reads with `getNumberValue` (numbers carry no width). */
export function numberType(propertyName: string): EdmPrimitive {
  if (/(latitude|longitude|altitude|accuracy)$/i.test(propertyName)) return 'Edm.Double';
  if (/(bytes|size|ticks)$/i.test(propertyName) || /^(total|used|remaining|deleted)$/.test(propertyName)) {
    return 'Edm.Int64';
  }
  return 'Edm.Int32';
}

/** Kiota turns `x` into `X`: the OData simple name of a TypeScript model or enum name. */
export function odataSimpleName(tsName: string): string {
  return tsName.charAt(0).toLowerCase() + tsName.slice(1);
}

/** Rule R3: the entity-set name for an entity type name (English plural of the last word). */
export function pluralize(name: string): string {
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

/** Rule R2: the singleton name for a root-like entity type (`solutionsRoot` → `solutions`, `identityContainer` → `identity`). */
export function singletonName(typeName: string): string {
  const m = /^(.+)(Root|Container|Entity)$/.exec(typeName);
  return m?.[1] ?? typeName;
}
