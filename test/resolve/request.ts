/**
 * Test support: hand-built RequestIRs from a request line and a JSON body, so the resolver's tests
 * do not depend on the IR builder. Deliberately small: it splits the path on `/`, knows `{x}`,
 * `name(args)`, `microsoft.*`, `$value`/`$ref`/`$count` and `root:/path:`, and parses strict JSON
 * with places (line 1 is the request line, the body starts on line 3).
 */
import type { Place } from '../../generator/diagnostics/types.js';
import type { HttpMethod, JsonNode, NamedUrlValue, PathSegment, RequestIR, UrlValue } from '../../generator/ir/types.js';

const at = (offset: number, line = 1, column = offset + 1): Place => ({ line, column, offset });

function urlValue(text: string): UrlValue {
  if (/^\{.*\}$/.test(text)) return { kind: 'placeholder', name: text.slice(1, -1), spelling: text };
  if (/^'.*'$/.test(text)) return { kind: 'string', value: text.slice(1, -1).replace(/''/g, "'"), quoted: true };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'number', value: Number(text), raw: text };
  if (text === 'true' || text === 'false') return { kind: 'boolean', value: text === 'true' };
  if (text === 'null') return { kind: 'null' };
  return { kind: 'string', value: text, quoted: false };
}

function args(text: string, offset: number): NamedUrlValue[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0
      ? { name: null, value: urlValue(part.trim()), place: at(offset) }
      : { name: part.slice(0, eq).trim(), value: urlValue(part.slice(eq + 1).trim()), place: at(offset) };
  });
}

function segments(path: string, start: number): PathSegment[] {
  const result: PathSegment[] = [];
  let offset = start;
  let rest = path.replace(/^\//, '');
  offset += 1;
  while (rest.length > 0) {
    const colon = /^([^/:]+):(\/[^:]*):?\/?/.exec(rest);
    let piece: string;
    if (colon) {
      piece = colon[0];
      const place = at(offset);
      result.push({ kind: 'name', name: colon[1]!, idLike: false, raw: colon[1]!, place } as PathSegment);
      result.push({ kind: 'colonPath', path: colon[2]!, raw: `:${colon[2]}:`, place: at(offset + colon[1]!.length) } as PathSegment);
    } else {
      const slash = rest.indexOf('/');
      piece = slash < 0 ? rest : rest.slice(0, slash + 1);
      const text = piece.replace(/\/$/, '');
      const place = at(offset);
      const call = /^([^()]+)\((.*)\)$/.exec(text);
      if (text === '$value' || text === '$ref' || text === '$count') {
        result.push({ kind: text.slice(1) as 'value' | 'ref' | 'count', raw: text, place } as PathSegment);
      } else if (/^\{.*\}$/.test(text)) {
        result.push({ kind: 'key', keys: [{ name: null, value: urlValue(text), place }], raw: text, place } as PathSegment);
      } else if (call) {
        const name = call[1]!;
        const list = args(call[2]!, offset + name.length + 1);
        const positional = list.length > 0 && list.every((a) => a.name === null);
        if (positional || (list.length > 0 && list.every((a) => /(^id|Id|_id|-id)$/.test(a.name!)))) {
          result.push({ kind: 'name', name, idLike: false, raw: name, place } as PathSegment);
          result.push({ kind: 'key', keys: list, raw: text.slice(name.length), place: at(offset + name.length) } as PathSegment);
        } else {
          result.push({ kind: name.startsWith('microsoft.') ? 'qualified' : 'call', name, parameters: list, raw: text, place } as PathSegment);
        }
      } else if (text.startsWith('microsoft.')) {
        result.push({ kind: 'qualified', name: text, raw: text, place } as PathSegment);
      } else {
        const idLike = /^[0-9a-f-]{8,}$|^\d+$|@/i.test(text);
        result.push({ kind: 'name', name: text, idLike, raw: text, place } as PathSegment);
      }
    }
    offset += piece.length;
    rest = rest.slice(piece.length);
  }
  return result;
}

/** A strict JSON parser producing JsonNodes with places (`text` starts at line `line0`). */
export function parseJson(text: string, line0 = 3): JsonNode {
  let i = 0;
  const place = (): Place => {
    const before = text.slice(0, i);
    const lines = before.split('\n');
    return { line: line0 + lines.length - 1, column: lines[lines.length - 1]!.length + 1, offset: i };
  };
  const ws = (): void => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const value = (): JsonNode => {
    ws();
    const p = place();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: { key: string; keyPlace: Place; value: JsonNode }[] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries, place: p };
      }
      for (;;) {
        ws();
        const keyPlace = place();
        const key = string();
        ws();
        i++; // ':'
        entries.push({ key, keyPlace, value: value() });
        ws();
        if (text[i++] === '}') return { kind: 'object', entries, place: p };
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items, place: p };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i++] === ']') return { kind: 'array', items, place: p };
      }
    }
    if (c === '"') return { kind: 'string', value: string(), place: p };
    const literal = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) throw new Error(`bad JSON at ${i}`);
    i += literal[0].length;
    if (literal[0] === 'true' || literal[0] === 'false') return { kind: 'boolean', value: literal[0] === 'true', place: p };
    if (literal[0] === 'null') return { kind: 'null', place: p };
    return { kind: 'number', value: Number(literal[0]), raw: literal[0], place: p };
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  return value();
}

/** `request('POST', '/v1.0/users/{user-id}/sendMail', '{"message": {}}')` */
export function request(method: HttpMethod, url: string, body?: string, contentType: string | null = 'application/json'): RequestIR {
  const match = /^(?:https:\/\/graph\.microsoft\.com)?\/(v1\.0|beta)(\/[^?]*)?(\?.*)?$/.exec(url);
  const version = (match?.[1] ?? null) as 'v1.0' | 'beta' | null;
  const pathText = match ? match[2] ?? '' : url.split('?')[0]!;
  const pathStart = url.indexOf(pathText) + method.length + 1;
  const line = `${method} ${url}`;
  return {
    name: 'test-request',
    file: 'test.md',
    index: 0,
    place: at(0),
    annotation: {},
    method,
    url: {
      raw: url,
      place: at(method.length + 1),
      absolute: url.startsWith('https://'),
      host: url.startsWith('https://') ? 'graph.microsoft.com' : null,
      apiVersion: version,
      versionSpelling: version,
      path: segments(pathText, pathStart),
      query: { custom: [], order: [] },
    },
    headers: [],
    body:
      body === undefined
        ? null
        : { kind: 'json', value: parseJson(body), contentType, strict: true, text: body, place: { line: 3, column: 1, offset: line.length + 2 } },
  } as RequestIR;
}
