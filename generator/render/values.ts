/**
 * Bridges from the typed IR to the language layer, shared by every view: the printer kind and
 * scalar of a typed value, schema type references, and literal issues as render issues.
 */
import type { Place } from '../diagnostics/types.js';
import type { TypedRequest, TypedValue } from '../ir/typed.js';
import type { UrlValue } from '../ir/types.js';
import type { EnumTypeRef, LiteralIssue, LiteralKind, ScalarValue, TypeRef } from '../languages/profile.js';
import type { RenderIssue } from './issue.js';

/** `microsoft.graph.security.alert` → `{ namespace: 'microsoft.graph.security', name: 'alert' }`. */
export function typeRef(fullName: string): TypeRef {
  const dot = fullName.lastIndexOf('.');
  return dot < 0 ? { namespace: '', name: fullName } : { namespace: fullName.slice(0, dot), name: fullName.slice(dot + 1) };
}

type Scalar = Extract<TypedValue, { kind: 'primitive' | 'enum' }>;

/** The literal printer a scalar typed value needs. */
export function literalKind(value: Scalar): LiteralKind {
  if (value.kind === 'enum') return value.isFlags ? 'flagsEnum' : 'enum';
  return value.type;
}

/**
 * The scalar as the literal printers take it (numbers keep their source text). An enum value that
 * names members, all of them declared, is given in the schema's spelling (`HTML` is member `html`:
 * the SDKs' enum constants follow the schema's case); otherwise as written.
 */
export function scalarOf(value: Scalar): ScalarValue {
  if (value.kind === 'enum') {
    if (value.members.length === 0 || value.unknownMembers.length > 0) return { kind: 'string', value: value.raw };
    if (!value.isFlags || value.placeholder !== null) return { kind: 'string', value: value.members[0]! };
    // A flags value keeps its separators (`a, b`); each member takes the schema's spelling.
    let next = 0;
    const spelled = value.raw.replace(/[^,\s]+/g, (part) => value.members[next++] ?? part);
    return { kind: 'string', value: spelled };
  }
  if (typeof value.value === 'boolean') return { kind: 'boolean', value: value.value };
  // an example value for a placeholder keeps the placeholder as its raw text
  if (typeof value.value === 'number') return { kind: 'number', text: value.placeholder === null ? value.raw : String(value.value) };
  return { kind: 'string', value: value.value };
}

/** The enum type of a value, without its member list: unknown members were reported by the resolver already. */
export function enumTypeRef(value: Extract<TypedValue, { kind: 'enum' }>): EnumTypeRef {
  return typeRef(value.type);
}

const ISSUE_RULES = {
  'invalid-value': 'render:literal-invalid-value',
  coerced: 'render:literal-coerced',
  lossy: 'render:literal-lossy',
  unrepresentable: 'render:literal-unrepresentable',
} as const;

/**
 * The text of a URL value (a key or a function argument) as the SDK calls take it: the value as
 * written without its quotes, a number's source text; a placeholder as `{name}`, or as `name`
 * with `placeholderBraces: false` (Go's indexers).
 */
export function urlValueText(value: UrlValue, placeholderBraces = true): string {
  switch (value.kind) {
    case 'placeholder':
      return placeholderBraces ? `{${value.name}}` : value.name;
    case 'string':
    case 'enum':
      return value.value;
    case 'number':
      return value.raw;
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'null':
      return 'null';
  }
}

/** Literal issues as render issues at the value's place, prefixed with the language's name. */
export function literalIssues(language: string, issues: readonly LiteralIssue[], place: Place): RenderIssue[] {
  return issues.map((issue) => ({ ruleId: ISSUE_RULES[issue.kind], message: `${language}: ${issue.message}`, place }));
}

/**
 * The first enum value of the body naming a member the schema does not declare, or naming none at
 * all (a placeholder such as `""`): typed enums cannot say it. Null when there is none.
 */
export function unknownEnumMember(request: TypedRequest): { type: string; member: string; place: Place } | null {
  const visit = (v: TypedValue): { type: string; member: string; place: Place } | null => {
    switch (v.kind) {
      case 'enum':
        if (v.unknownMembers.length > 0) return { type: typeRef(v.type).name, member: v.unknownMembers[0]!, place: v.place };
        return v.members.length === 0 ? { type: typeRef(v.type).name, member: v.raw, place: v.place } : null;
      case 'object':
      case 'parameters':
        for (const p of v.properties) {
          const found = visit(p.value);
          if (found) return found;
        }
        return null;
      case 'collection':
        for (const item of v.items) {
          const found = visit(item);
          if (found) return found;
        }
        return null;
      default:
        return null;
    }
  };
  return request.body?.kind === 'json' ? visit(request.body.value) : null;
}
