/**
 * The SDK surface of a complete SDK model (embedded/sdk.ts): every path a kiota SDK has a request
 * builder for, with the methods of its executors, keyed in one normal form that both a URI template
 * (`{+baseurl}/users/{user%2Did}/microsoft.graph.sendMail`) and a typed request's path reduce to:
 * segments in lower case, a key `{}`, a cast or an operation by its simple name, a function or an
 * alternate key `name()` (parameters are not part of the key: overloads share a builder's place).
 */
import { parseTemplate } from './embedded/uri.js';

/** `a.b.c` → `c`, lower case. */
const simple = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** The normal form of a kiota URI template's path. */
export function templateKey(template: string): string {
  return parseTemplate(template)
    .map((s) => {
      switch (s.kind) {
        case 'name':
          return simple(s.name);
        case 'key':
          return '{}';
        case 'call':
          return `${simple(s.name)}()`;
        case 'ref':
          return '$ref';
        case 'count':
          return '$count';
        case 'value':
          return '$value';
        case 'other':
          return s.text.toLowerCase();
      }
    })
    .join('/');
}

/** One segment of a typed path in the normal form (the caller joins them with `/`). */
export function segmentKey(segment: { readonly kind: 'name' | 'key' | 'call' | 'ref' | 'count' | 'value'; readonly name?: string }): string {
  switch (segment.kind) {
    case 'name':
      return simple(segment.name ?? '');
    case 'call':
      return `${simple(segment.name ?? '')}()`;
    case 'key':
      return '{}';
    default:
      return `$${segment.kind}`;
  }
}
