/**
 * The URL of a request line: service root, API version and typed path segments. The query is
 * handed to query.ts. Segments are decided by syntax alone (see `PathSegment` in types.ts).
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { PathSegment, RequestUrl } from './types.js';
import { percentDecode, type DecodeProblem } from './decode.js';
import { parseQuery } from './query.js';
import { shift, type Locate } from './source.js';
import { closingParen } from './split.js';
import { checkPlaceholder, parseParameters, placeholderOf, readsAsKey } from './values.js';

export const GRAPH_HOST = 'graph.microsoft.com';

/**
 * Whether a request's host (as the IR keeps it: null when the URL is relative) is Graph's: the
 * host itself, or one of the typos the parser corrects (`graph/microsoft.com`, a host within two
 * edits of it). A foreign host (`*.files.1drv.com`, a download URL a Graph call redirects to)
 * addresses no Graph API.
 */
export function isGraphHost(host: string | null): boolean {
  if (host === null) return true;
  const h = host.toLowerCase();
  return h === GRAPH_HOST || h === 'graph/microsoft.com' || editDistance(h, GRAPH_HOST) <= 2;
}
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const HOST_LIKE = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|net|org|io|us|de|cn|us)$/i;
const VERSION_PLACEHOLDER = /^\{\s*(ver|version|api-version|apiversion|api_version|v)\s*\}$/i;
const VERSION_LIKE = /^v?\d+(\.\d+)*$/i;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const QUALIFIED = /^microsoft(\.[A-Za-z_][A-Za-z0-9_]*)+$/i;
const ODD_CHARACTER = /[\s'"(){}<>?&#]/;

/** Index of the `?` that starts the query: the first one outside quotes and parentheses, or -1. */
export function queryStart(url: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < url.length; i++) {
    const ch = url[i];
    // Quotes only delimit literals inside parentheses: a stray `'` in an id must not hide the rest.
    if (ch === "'" && (depth > 0 || quoted)) quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '?' && depth === 0) return i;
  }
  return -1;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

interface Root {
  readonly absolute: boolean;
  readonly host: string | null;
  /** Whether the URL is on Graph (so its first path segment is the API version). */
  readonly graph: boolean;
  /** Index in the path part where the segments (version included) start, after the `/`. */
  readonly rest: number;
}

function parseRoot(path: string, file: VFile, locate: Locate): Root {
  const scheme = SCHEME.exec(path);
  if (scheme !== null) {
    const hostStart = scheme[0].length;
    const slash = path.indexOf('/', hostStart);
    const hostEnd = slash < 0 ? path.length : slash;
    const host = path.slice(hostStart, hostEnd);
    const next = slash < 0 ? '' : path.slice(slash + 1).split('/')[0];
    if (host.toLowerCase() === GRAPH_HOST) return { absolute: true, host, graph: true, rest: slash < 0 ? path.length : slash + 1 };
    if (host.toLowerCase() === 'graph' && next?.toLowerCase() === 'microsoft.com') {
      const typo = `${host}/${next}`;
      report(file, 'ir:host-typo', `host '${typo}' should be '${GRAPH_HOST}'`, locate(hostStart));
      const after = hostEnd + 1 + (next as string).length;
      return { absolute: true, host: typo, graph: true, rest: Math.min(path.length, after + 1) };
    }
    if (editDistance(host.toLowerCase(), GRAPH_HOST) <= 2) {
      report(file, 'ir:host-typo', `host '${host}' should be '${GRAPH_HOST}'`, locate(hostStart));
      return { absolute: true, host, graph: true, rest: slash < 0 ? path.length : slash + 1 };
    }
    report(file, 'ir:host-foreign', `host '${host}' is not ${GRAPH_HOST}: no API version or Graph path`, locate(hostStart));
    return { absolute: true, host, graph: false, rest: slash < 0 ? path.length : slash + 1 };
  }
  if (path.startsWith('/')) {
    report(file, 'ir:url-relative', `relative URL: 'https://${GRAPH_HOST}' is assumed`, locate(0));
    return { absolute: false, host: null, graph: false, rest: 1 };
  }
  const first = path.split('/')[0] as string;
  if (first.toLowerCase() === 'graph' && path.split('/')[1]?.toLowerCase() === 'microsoft.com') {
    const typo = `graph/${path.split('/')[1]}`;
    report(file, 'ir:url-missing-scheme', `URL has no scheme: 'https://' is assumed`, locate(0));
    report(file, 'ir:host-typo', `host '${typo}' should be '${GRAPH_HOST}'`, locate(0));
    return { absolute: true, host: typo, graph: true, rest: Math.min(path.length, typo.length + 1) };
  }
  if (!VERSION_LIKE.test(first) && (first.toLowerCase() === GRAPH_HOST || HOST_LIKE.test(first))) {
    report(file, 'ir:url-missing-scheme', `URL has no scheme: 'https://' is assumed`, locate(0));
    const graph = first.toLowerCase() === GRAPH_HOST || editDistance(first.toLowerCase(), GRAPH_HOST) <= 2;
    if (graph && first.toLowerCase() !== GRAPH_HOST) {
      report(file, 'ir:host-typo', `host '${first}' should be '${GRAPH_HOST}'`, locate(0));
    } else if (!graph) {
      report(file, 'ir:host-foreign', `host '${first}' is not ${GRAPH_HOST}: no API version or Graph path`, locate(0));
    }
    return { absolute: true, host: first, graph, rest: Math.min(path.length, first.length + 1) };
  }
  report(file, 'ir:url-relative', `relative URL: 'https://${GRAPH_HOST}' is assumed`, locate(0));
  return { absolute: false, host: null, graph: false, rest: 0 };
}

export function parseUrl(raw: string, file: VFile, locate: Locate): RequestUrl {
  const q = queryStart(raw);
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const root = parseRoot(pathPart, file, locate);
  let rest = root.rest;
  let apiVersion: RequestUrl['apiVersion'] = null;
  let versionSpelling: string | null = null;
  const firstEnd = pathPart.indexOf('/', rest);
  const first = pathPart.slice(rest, firstEnd < 0 ? pathPart.length : firstEnd);
  const lower = first.toLowerCase();
  const isVersion = lower === 'v1.0' || lower === 'beta';
  const isPlaceholder = VERSION_PLACEHOLDER.test(first);
  const isVersionLike = VERSION_LIKE.test(first);
  if (isVersion || isPlaceholder || (isVersionLike && root.host !== null)) {
    versionSpelling = first;
    if (isVersion) apiVersion = lower as 'v1.0' | 'beta';
    else if (isPlaceholder) {
      report(file, 'ir:api-version-placeholder', `API version is the placeholder '${first}': use v1.0 or beta`, locate(rest));
    } else {
      report(file, 'ir:api-version-unknown', `API version '${first}' is neither v1.0 nor beta`, locate(rest));
    }
    rest = firstEnd < 0 ? pathPart.length : firstEnd + 1;
  } else if (root.graph) {
    report(file, 'ir:api-version-missing', `no API version (v1.0 or beta) after the host`, locate(rest));
  }
  const path = parsePath(pathPart.slice(rest), file, shift(locate, rest));
  const query = parseQuery(q < 0 ? '' : raw.slice(q + 1), file, shift(locate, q + 1), q >= 0);
  return {
    raw,
    place: locate(0),
    absolute: root.absolute,
    host: root.host,
    apiVersion,
    versionSpelling,
    path,
    query,
  };
}

interface RawPiece {
  readonly kind: 'segment' | 'colon';
  readonly text: string;
  readonly start: number;
  /** For an empty segment: whether it is the one after a final `/`. */
  readonly trailing: boolean;
}

/** Splits a path (without its leading `/`) into segment texts and colon paths. */
export function splitPath(text: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  let i = 0;
  let afterColonPath = false;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" && (depth > 0 || quoted)) quoted = !quoted;
    else if (quoted) {
      // inside a quoted literal
    } else if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === '/') {
      pieces.push({ kind: 'segment', text: text.slice(start, i), start, trailing: false });
      start = i + 1;
      afterColonPath = false;
    } else if (depth === 0 && ch === ':' && text[i + 1] === '/') {
      if (i > start) pieces.push({ kind: 'segment', text: text.slice(start, i), start, trailing: false });
      const close = text.indexOf(':', i + 1);
      const end = close < 0 ? text.length : close;
      pieces.push({ kind: 'colon', text: text.slice(i + 1, end), start: i + 1, trailing: false });
      if (close < 0) return pieces;
      i = text[close + 1] === '/' ? close + 1 : close;
      start = i + 1;
      afterColonPath = true;
    }
    i += 1;
  }
  if (start < text.length || (!afterColonPath && text.length > 0)) {
    pieces.push({ kind: 'segment', text: text.slice(start), start, trailing: true });
  }
  return pieces;
}

export function parsePath(text: string, file: VFile, locate: Locate): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const piece of splitPath(text)) {
    const at = shift(locate, piece.start);
    if (piece.kind === 'colon') {
      const decoded = decode(piece.text, file, at);
      segments.push({ kind: 'colonPath', path: decoded.text, raw: piece.text, place: at(0) });
      continue;
    }
    if (piece.text === '') {
      if (piece.trailing) report(file, 'ir:path-trailing-slash', 'path ends with /', locate(piece.start - 1));
      else report(file, 'ir:path-empty-segment', 'empty path segment (//)', at(0));
      continue;
    }
    segments.push(...parseSegment(piece.text, file, at));
  }
  return segments;
}

function decode(raw: string, file: VFile, locate: Locate): ReturnType<typeof percentDecode> {
  const problems: DecodeProblem[] = [];
  const decoded = percentDecode(raw, {}, problems);
  for (const problem of problems) report(file, 'ir:percent-encoding-invalid', problem.reason, locate(problem.index));
  return decoded;
}

/** Whether a plain name looks like a literal key rather than a property name (a hint for the resolver). */
export function looksLikeId(name: string): boolean {
  if (!IDENTIFIER.test(name)) return true;
  const upper = name.replace(/[^A-Z]/g, '').length;
  const digits = name.replace(/[^0-9]/g, '').length;
  return (name.length >= 8 && upper / name.length >= 0.5) || digits >= 4;
}

/** One segment's text (as written) → one or two segments (`users('x')` is a name and a key). */
function parseSegment(raw: string, file: VFile, locate: Locate): PathSegment[] {
  const decoded = decode(raw, file, locate);
  const text = decoded.text;
  const at = (index: number) => locate(decoded.map[index] as number);
  const rawAt = (index: number) => raw.slice(decoded.map[index] as number);
  if (text === '$value') return [{ kind: 'value', raw, place: at(0) }];
  if (text === '$ref') return [{ kind: 'ref', raw, place: at(0) }];
  if (text === '$count') return [{ kind: 'count', raw, place: at(0) }];
  const placeholder = placeholderOf(text);
  if (placeholder !== null) {
    checkPlaceholder(placeholder, file, at);
    return [{ kind: 'key', keys: [{ name: null, value: placeholder, place: at(0) }], raw, place: at(0) }];
  }
  if (text.startsWith('$')) {
    const why = text.includes('=') ? `'${text}' looks like a query option: is the '?' missing?` : `unknown segment '${text}'`;
    report(file, 'ir:path-segment-invalid', why, at(0));
    return [{ kind: 'name', name: text, idLike: false, raw, place: at(0) }];
  }
  const open = text.indexOf('(');
  if (open >= 0 && !text.slice(0, open).includes("'")) {
    const name = text.slice(0, open);
    let close = closingParen(text, open);
    if (close < 0) {
      report(file, 'ir:url-value-invalid', `'(' in '${text}' is not closed`, at(open));
      close = text.length;
    } else if (close < text.length - 1) {
      report(file, 'ir:url-value-invalid', `unexpected '${text.slice(close + 1)}' after ')'`, at(close + 1));
    }
    const inner = text.slice(open + 1, close);
    const parameters = parseParameters(inner, file, (index) => at(open + 1 + index));
    const head: PathSegment[] = [];
    const nameRaw = raw.slice(0, decoded.map[open] as number);
    if (parameters.length > 0 && readsAsKey(parameters)) {
      if (name !== '') head.push(nameSegment(name, nameRaw, file, at));
      head.push({ kind: 'key', keys: parameters, raw: rawAt(open), place: at(open) });
      return head;
    }
    if (name === '') {
      report(file, 'ir:path-segment-invalid', `parameter list '${text}' has no function name`, at(0));
    }
    return [{ kind: 'call', name, parameters, raw, place: at(0) }];
  }
  return [nameSegment(text, raw, file, at)];
}

function nameSegment(name: string, raw: string, file: VFile, at: Locate): PathSegment {
  if (QUALIFIED.test(name)) return { kind: 'qualified', name, raw, place: at(0) };
  if (ODD_CHARACTER.test(name)) {
    report(file, 'ir:path-segment-invalid', `segment '${name}' has characters no Graph segment has`, at(0));
  }
  return { kind: 'name', name, idLike: looksLikeId(name), raw, place: at(0) };
}
