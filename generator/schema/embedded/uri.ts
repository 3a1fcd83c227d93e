/** URI templates of kiota request builders, split into typed segments. */

export type UriSegment =
  | { readonly kind: 'name'; readonly name: string }
  /** `{user%2Did}` → `user-id`. */
  | { readonly kind: 'key'; readonly parameter: string }
  /** `name(a='{a}',b={b})`; `quoted` tells whether the value was in quotes. */
  | { readonly kind: 'call'; readonly name: string; readonly parameters: readonly { readonly name: string; readonly quoted: boolean }[] }
  /** `graph.group` / `microsoft.graph.security.x` as a type cast is decided later (it looks like a name). */
  | { readonly kind: 'ref' }
  | { readonly kind: 'count' }
  | { readonly kind: 'value' }
  | { readonly kind: 'other'; readonly text: string };

/**
 * The path part of a template: without `{+baseurl}` and without the query, whether a `{?…}`
 * expansion or literal parameters (`calendarView?endDateTime={endDateTime}&…{&%24top}`).
 */
export function templatePath(template: string): string {
  return template.replace(/^\{\+baseurl\}/, '').replace(/\{\?[^}]*\}$/, '').replace(/\?[^/]*$/, '');
}

/** Split on `/` outside parentheses. */
function splitPath(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of p) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '/' && depth === 0) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseSegment(text: string): UriSegment {
  if (text === '$ref') return { kind: 'ref' };
  if (text === '$count') return { kind: 'count' };
  if (text === '$value') return { kind: 'value' };
  const key = /^\{([^}]+)\}$/.exec(text);
  if (key?.[1]) return { kind: 'key', parameter: decode(key[1]) };
  const call = /^([A-Za-z_][\w.]*)\((.*)\)$/.exec(text);
  if (call?.[1] !== undefined) {
    const parameters: { name: string; quoted: boolean }[] = [];
    for (const part of (call[2] ?? '').split(',')) {
      const m = /^\s*([\w.]+)\s*=\s*('?)(.*?)\2\s*$/.exec(part);
      if (m?.[1]) parameters.push({ name: m[1], quoted: m[2] === "'" });
    }
    return { kind: 'call', name: call[1], parameters };
  }
  if (/^[A-Za-z_][\w.]*$/.test(text)) return { kind: 'name', name: text };
  return { kind: 'other', text };
}

export function parseTemplate(template: string): UriSegment[] {
  return splitPath(templatePath(template)).map(parseSegment);
}
