/**
 * OData query options as the kiota SDKs take them in their `…GetQueryParameters` classes:
 * `select`, `expand` and `orderby` as string arrays (each `$expand` item keeps its nested options
 * verbatim: `manager($levels=max;$select=id,displayName)`), `filter` and `search` as strings (the
 * search keeps its quotes), `top`/`skip` as integers, `count` as a boolean. Other parameters are
 * custom: the SDKs declare some (calendarView's `startDateTime`) as named query parameters.
 */
import type { Place } from '../diagnostics/types.js';
import type { QueryOptions } from '../ir/types.js';

export type KiotaQueryParameter =
  | { readonly name: 'select' | 'expand' | 'orderby'; readonly kind: 'strings'; readonly values: readonly string[]; readonly place: Place }
  | { readonly name: 'filter' | 'search' | 'skipToken' | 'deltaToken' | 'format'; readonly kind: 'string'; readonly value: string; readonly place: Place }
  | { readonly name: 'top' | 'skip'; readonly kind: 'int'; readonly value: number; readonly place: Place }
  | { readonly name: 'count'; readonly kind: 'bool'; readonly value: boolean; readonly place: Place }
  | { readonly name: string; readonly kind: 'custom'; readonly value: string; readonly place: Place };

/** Splits at commas that are outside parentheses and quotes. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

const SYSTEM = new Set(['$select', '$expand', '$orderby', '$filter', '$search', '$top', '$skip', '$count', '$skipToken', '$deltaToken', '$format']);

/** The query options in the order written, as kiota query parameters (`$id`, a DELETE's, is sdk/query.ts's). */
export function kiotaQueryParameters(query: QueryOptions): KiotaQueryParameter[] {
  const out: KiotaQueryParameter[] = [];
  const seen = new Set<string>();
  for (const option of query.order) {
    const place = option.place;
    if (seen.has(option.name)) continue; // the IR reported the duplicate; the first one is used
    seen.add(option.name);
    switch (option.name) {
      case '$select':
      case '$expand':
      case '$orderby':
        out.push({ name: option.name.slice(1) as 'select' | 'expand' | 'orderby', kind: 'strings', values: splitTopLevel(option.value), place });
        break;
      case '$filter':
      case '$search':
      case '$skipToken':
      case '$deltaToken':
      case '$format':
        out.push({ name: option.name.slice(1) as 'filter', kind: 'string', value: option.value, place });
        break;
      case '$top':
      case '$skip':
        if (query[option.name.slice(1) as 'top' | 'skip'] !== undefined) {
          out.push({ name: option.name.slice(1) as 'top' | 'skip', kind: 'int', value: query[option.name.slice(1) as 'top' | 'skip']!, place });
        } else out.push({ name: option.name, kind: 'custom', value: option.value, place });
        break;
      case '$count':
        if (query.count !== undefined) out.push({ name: 'count', kind: 'bool', value: query.count, place });
        else out.push({ name: option.name, kind: 'custom', value: option.value, place });
        break;
      default:
        if (!SYSTEM.has(option.name) && option.name !== '$id') out.push({ name: option.name, kind: 'custom', value: option.value, place });
    }
  }
  return out;
}
