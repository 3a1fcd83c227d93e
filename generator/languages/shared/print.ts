/** Small helpers shared by the literal printers and profiles. */
import type { LiteralIssue, PrintedLiteral, TypeRef } from '../profile.js';
import type { Parsed } from './values.js';
import { cleanupSymbolName, firstLower, firstUpper, kiotaCamelCase } from './words.js';

export function printed<I>(
  code: string,
  extra: { imports?: readonly I[]; prelude?: readonly string[]; pointer?: boolean; issues?: readonly LiteralIssue[] } = {},
): PrintedLiteral<I> {
  return { code, imports: extra.imports ?? [], prelude: extra.prelude ?? [], pointer: extra.pointer ?? false, issues: extra.issues ?? [] };
}

/** Issues of a parse, ok or not. */
export function issuesOf<T>(parsed: Parsed<T>): readonly LiteralIssue[] {
  return parsed.issues;
}

/** The segments of a type's namespace below `microsoft.graph` (`microsoft.graph.security` → `['security']`). */
export function subNamespace(type: TypeRef): string[] {
  const ns = type.namespace.replace(/^microsoft\.graph\.?/, '');
  return ns === '' ? [] : ns.split('.');
}

/** The kiota name of a JSON member: cleaned (`@odata.type` → `OdataType`) with a lower-case first letter (`odataType`). */
export function kiotaMemberName(jsonName: string): string {
  return firstLower(cleanupSymbolName(jsonName));
}

/**
 * The kiota name of a request-builder segment before language casing: `$value` → `content`,
 * `$ref` → `ref`, `$count` → `count`; an operation keeps its name without namespace
 * (`microsoft.graph.delta` → `delta`); a cast becomes `graph<Type>` (`microsoft.graph.user` → `graphUser`).
 */
export function kiotaSegmentName(segment: string, kind: 'navigation' | 'operation' | 'cast'): string {
  const special: Record<string, string> = { $value: 'content', $ref: 'ref', $count: 'count' };
  const known = special[segment];
  if (known !== undefined) return known;
  const last = segment.includes('.') ? segment.slice(segment.lastIndexOf('.') + 1) : segment;
  if (kind === 'cast') return `graph${firstUpper(cleanupSymbolName(last))}`;
  return firstLower(cleanupSymbolName(kind === 'operation' ? last : segment));
}

/** kiota's `<name>With<Param>With<Param>` for functions with parameters. */
export function kiotaWithParameters(name: string, parameters: readonly string[]): string {
  return firstLower(cleanupSymbolName(name)) + parameters.map((p) => `With${firstUpper(cleanupSymbolName(kiotaCamelCase(p)))}`).join('');
}

/** kiota's indexer parameter (`user-id`, `user%2Did` → `userId`). */
export function kiotaKeyName(keyParameter: string): string {
  return kiotaCamelCase(decodeURIComponent(keyParameter).replace(/^\{|\}$/g, ''));
}
