/**
 * PHP: snippets **run** against the real source of the Microsoft Graph PHP SDK (v1.0), which the
 * PHP oracle holds as a tarball (`../shared/oracles/php/`, read in place). The tarball is
 * extracted once into the verify cache, keyed by its hash; the few kiota, graph-core, promise,
 * PSR and guzzle types the generated code touches are this project's own stand-ins
 * (`generator/verify/php/*.php`, after those libraries' public signatures), among them a
 * recording request adapter.
 *
 * Every snippet runs in its own `php` process (a bounded number at a time) under
 * `declare(strict_types=1)` (put on the snippet's `<?php` line, so its lines keep their numbers),
 * with warnings, notices and deprecations thrown as errors; the snippet's own
 * `new GraphServiceClient($tokenRequestContext, $scopes)` builds the real client, and the runner
 * gives it those two variables. The request the SDK asks the adapter to send (method, URL expanded
 * from its template, headers, JSON body) is compared with the docs request the snippet was made
 * from, where it is known (a golden case: `typed.json` and `input.md` beside the snippet; see
 * `compareRequest`). An include file's request is not known: it must send one request and wait on it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess, step, VerifyUnavailable } from './process.js';
import { UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';
import { sdkRequestLine } from './meaning.js';
import type { TypedRequest } from '../ir/typed.js';

const TARBALL = 'msgraph-sdk-php-v3.4.0-src.min.tar.gz';

/** The stand-ins and the runner: generator/verify/php/ (also when this module runs from dist/). */
export function phpSupportDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const repo = here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '..', '..', '..') : path.resolve(here, '..', '..');
  return path.join(repo, 'generator', 'verify', 'php');
}

/** The snippet with `declare(strict_types=1)` on its `<?php` line (lines before it left empty): the same line numbers. */
export function wrapPhp(snippet: VerifySnippet, index: number): Wrapped {
  const lines = snippet.code.split('\n');
  const open = lines.findIndex((l) => l.trim() === '<?php');
  const b = new UnitBuilder();
  // nothing may come before the declaration, not even a blank line before `<?php`
  if (open < 0) b.wrapper('<?php declare(strict_types=1);');
  else b.snippet('<?php declare(strict_types=1);', 1);
  lines.forEach((line, i) => {
    if (i === 0 && open >= 0) return;
    b.snippet(i <= open ? '' : line, i + 1);
  });
  return b.build(`s${String(index).padStart(4, '0')}.php`);
}

export interface PhpWorkspace {
  readonly dir: string;
  /** the SDK's `src/` folder */
  readonly sdk: string;
}

/** Extracts the SDK source from the oracle's tarball once, into `<dir>/sdk-<hash>` (the tarball's sha256). */
export async function preparePhp(dir: string, timeoutMs: number, oraclesDir: string): Promise<PhpWorkspace> {
  const php = await runProcess('php', ['--version'], { cwd: process.cwd(), timeoutMs: 30_000 });
  if (php.code !== 0) throw new VerifyUnavailable('php: php-cli is not installed (apt-get install php-cli)');
  const tarball = path.join(oraclesDir, 'php', TARBALL);
  if (!existsSync(tarball)) throw new VerifyUnavailable(`php: the PHP oracle is missing (${tarball})`);
  const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 16);
  const target = path.join(dir, `sdk-${hash}`);
  const sdk = path.join(target, 'src');
  if (existsSync(path.join(target, 'ready'))) return { dir, sdk };
  await rm(dir, { recursive: true, force: true });
  const tmp = path.join(dir, `extract.${process.pid}.tmp`);
  await mkdir(tmp, { recursive: true });
  await step('php: extracting the SDK source', 'tar', ['-xzf', tarball, '-C', tmp], { cwd: dir, timeoutMs });
  if (!existsSync(path.join(tmp, 'src', 'GraphServiceClient.php'))) throw new VerifyUnavailable(`php: ${TARBALL} holds no src/GraphServiceClient.php`);
  await rename(tmp, target);
  await writeFile(path.join(target, 'ready'), '');
  return { dir, sdk };
}

// ---------------------------------------------------------------------------------------------
// The docs request and the comparison

/** A request as the docs page writes it. */
export interface DocsRequest {
  readonly method: string;
  /** the URL as written (absolute or from the version on) */
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  /** the body text, or null */
  readonly body: string | null;
}

/** A request as the recording adapter saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** lower-cased name → values */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: string | null;
  readonly bodyKind: 'json' | 'stream' | null;
  readonly waited: boolean;
}

/** The HTTP request of a docs code block whose request line is `line` (1-based) of `text`. */
export function docsRequestAt(text: string, line: number): DocsRequest | null {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const m = /^\s*([A-Z]+)\s+(.+?)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(lines[line - 1] ?? '');
  if (m === null) return null;
  const headers: [string, string][] = [];
  const body: string[] = [];
  let inHeaders = true;
  for (let i = line; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s*(```|~~~)/.test(l)) break;
    const h = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(l);
    if (inHeaders && h !== null) headers.push([h[1]!, h[2]!.trim()]);
    else if (inHeaders && l.trim() === '') inHeaders = false;
    else {
      inHeaders = false;
      body.push(l);
    }
  }
  const text2 = body.join('\n').trim();
  return { method: m[1]!, url: m[2]!, headers, body: text2 === '' ? null : text2 };
}

export interface RequestDifference {
  readonly message: string;
  readonly errorClass: string;
}

/** Headers the HTTP stack or the authentication provider sets: a snippet never sends them itself. */
const TRANSPORT = new Set(['authorization', 'host', 'content-length', 'accept-encoding', 'connection', 'keep-alive', 'transfer-encoding', 'expect']);
/** Headers the SDK sets on every request of its kind. */
const SDK_OWN = new Set(['accept', 'content-type']);

function splitUrl(url: string): { segments: string[]; query: [string, string][] } {
  let rest = url.replace(/^https?:\/\/[^/]+/i, '');
  rest = rest.replace(/^\/(v1\.0|beta|\{[^}/]*\})(?=\/|$|\?)/i, '');
  const q = rest.indexOf('?');
  const pathPart = q < 0 ? rest : rest.slice(0, q);
  const queryPart = q < 0 ? '' : rest.slice(q + 1);
  // a colon path (`root:/folder/file.txt:`) is one segment
  const segments: string[] = [];
  const re = /([^/:]*:\/[^:]*:)|([^/]+)/g;
  for (let m = re.exec(pathPart); m !== null; m = re.exec(pathPart)) segments.push(decode(m[0]));
  const query: [string, string][] = queryPart === '' ? [] : queryPart.split('&').filter((p) => p !== '').map((p) => {
    const eq = p.indexOf('=');
    return [decode(eq < 0 ? p : p.slice(0, eq)), decode(eq < 0 ? '' : p.slice(eq + 1))];
  });
  return { segments, query };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The docs path as the kiota SDKs address it: below a user's, group's or site's `drive` the SDKs
 * have no builders, and a snippet addresses the drive as `/drives/{drive-id}` (the generator says
 * so with a diagnostic), its `root` as the item `root`, a colon path as an item id.
 */
function sdkAddressed(segments: string[]): string[] {
  const i = segments.findIndex((s, j) => s.toLowerCase() === 'drive' && j < segments.length - 1);
  if (i < 0) return segments;
  const rest = segments.slice(i + 1);
  if (rest[0] !== undefined && /^root(:.*)?$/i.test(rest[0])) rest.splice(0, 1, 'items', rest[0].toLowerCase() === 'root' ? 'root' : rest[0]);
  return ['drives', '{drive-id}', ...rest];
}

/** A path segment: its name and, for a function call or a key in parentheses, its arguments by lower-cased name. */
function segmentParts(segment: string): { name: string; args: Map<string, string> | null } {
  const m = /^([^()]*)\((.*)\)$/.exec(segment);
  if (m === null) return { name: segment, args: null };
  const args = new Map<string, string>();
  const re = /\s*([\w.$@-]+)\s*=\s*('(?:[^']|'')*'|[^,]*)\s*,?/g;
  for (let a = re.exec(m[2]!); a !== null && a[0] !== ''; a = re.exec(m[2]!)) args.set(a[1]!.toLowerCase(), a[2]!.trim());
  if (args.size === 0 && m[2]!.trim() !== '') args.set('', m[2]!.trim());
  return { name: m[1]!, args };
}

/** `microsoft.graph.user` and kiota's `graph.user` (a cast), or a qualified default-namespace operation. */
const withoutNamespace = (name: string): string => name.replace(/^(microsoft\.)?graph\.(?=[^.]+$)/i, '');
const isPlaceholder = (text: string): boolean => /\{[^}]*\}|<[^>]*>/.test(text);

function samePath(expected: string[], sent: string[]): boolean {
  if (expected.length !== sent.length) return false;
  return expected.every((e, i) => {
    const s = sent[i]!;
    if (isPlaceholder(e) && !e.includes('(')) return true;
    const pe = segmentParts(e);
    const ps = segmentParts(s);
    if (withoutNamespace(pe.name).toLowerCase() !== withoutNamespace(ps.name).toLowerCase()) return false;
    // `range` and kiota's `range()` (a function without parameters)
    if ((pe.args?.size ?? 0) === 0 && (ps.args?.size ?? 0) === 0) return true;
    if (pe.args === null || ps.args === null) return false;
    if (pe.args.size !== ps.args.size) return false;
    for (const [k, v] of pe.args) {
      const sv = ps.args.get(k);
      if (sv === undefined) return false;
      if (!isPlaceholder(v) && unquote(v) !== unquote(sv)) return false;
    }
    return true;
  });
}

const unquote = (v: string): string => (/^'.*'$/.test(v) ? v.slice(1, -1).replace(/''/g, "'") : v);
/** `$select` and `select`; `$id` and kiota's `@id` (the reference a `$ref` DELETE removes). */
const queryName = (name: string): string => name.replace(/^[$@]/, '').toLowerCase();
const LIST_OPTIONS = new Set(['select', 'expand']);

function queryValue(name: string, value: string): string {
  if (!LIST_OPTIONS.has(name)) return value;
  return value.split(',').map((v) => v.trim()).sort().join(',');
}

/** Compares the request the snippet sent with the docs request; every difference with its class. */
export function compareRequest(docs: DocsRequest, sent: RecordedRequest): RequestDifference[] {
  const out: RequestDifference[] = [];
  const diff = (errorClass: string, message: string): void => void out.push({ errorClass: `request: ${errorClass}`, message });
  if (docs.method.toUpperCase() !== sent.method.toUpperCase()) diff('method', `the snippet sends ${sent.method}, the docs request is ${docs.method.toUpperCase()}`);
  const e = splitUrl(docs.url);
  const s = splitUrl(sent.url);
  const expectedPath = sdkAddressed(e.segments);
  if (!samePath(expectedPath, s.segments)) diff('path', `the snippet sends /${s.segments.join('/')}, the docs request is /${e.segments.join('/')}`);
  const expectedQuery = new Map(e.query.map(([k, v]) => [queryName(k), queryValue(queryName(k), v)]));
  const sentQuery = new Map(s.query.map(([k, v]) => [queryName(k), queryValue(queryName(k), v)]));
  for (const [k, v] of expectedQuery) {
    const got = sentQuery.get(k);
    if (got === undefined) diff('query parameter missing', `the query parameter '${k}' is not sent`);
    else if (got !== v && !isPlaceholder(v)) diff('query value', `the query parameter '${k}' is sent as '${got}', the docs give '${v}'`);
  }
  for (const k of sentQuery.keys()) if (!expectedQuery.has(k)) diff('query parameter extra', `the query parameter '${k}' is sent, the docs request has none`);
  const docsHeaders = new Map<string, string>();
  for (const [k, v] of docs.headers) docsHeaders.set(k.toLowerCase(), v);
  for (const [k, v] of docsHeaders) {
    if (TRANSPORT.has(k)) continue;
    const got = sent.headers[k];
    if (k === 'content-type') {
      const type = (t: string): string => t.split(';')[0]!.trim().toLowerCase();
      const json = /json/.test(v);
      if (got === undefined ? docs.body !== null && !json : !got.some((g) => type(g) === type(v) || (json && /json/.test(g)) || (/octet-stream/.test(g) && docs.body === null))) {
        diff('header', `Content-Type is sent as '${got?.join(', ') ?? '(none)'}', the docs give '${v}'`);
      }
      continue;
    }
    if (got === undefined) diff('header missing', `the header '${k}' is not sent`);
    else if (!got.includes(v)) diff('header value', `the header '${k}' is sent as '${got.join(', ')}', the docs give '${v}'`);
  }
  for (const k of Object.keys(sent.headers)) if (!SDK_OWN.has(k) && !docsHeaders.has(k)) diff('header extra', `the header '${k}' is sent, the docs request has none`);
  compareBodies(docs, sent, diff);
  return out;
}

function compareBodies(docs: DocsRequest, sent: RecordedRequest, diff: (cls: string, message: string) => void): void {
  const docsBody = docs.body;
  const emptyDocs = docsBody === null || /^\{\s*\}$/.test(docsBody);
  if (sent.body === null || sent.body === '') {
    if (!emptyDocs) diff('body missing', 'the snippet sends no body, the docs request has one');
    return;
  }
  if (docsBody === null) {
    // an action whose executor requires a body object: the SDK sends it empty
    if (/^\{\s*\}$/.test(sent.body)) return;
    diff('body extra', 'the snippet sends a body, the docs request has none');
    return;
  }
  if (sent.bodyKind !== 'json') {
    if (sent.body.trim() !== docsBody.trim()) diff('body', 'the stream the snippet sends is not the docs body');
    return;
  }
  let expected: unknown;
  try {
    expected = JSON.parse(docsBody);
  } catch {
    return; // not strict JSON (comments, trailing commas): the generator read it leniently; not compared
  }
  const found: string[] = [];
  compareJson(expected, JSON.parse(sent.body) as unknown, '', found);
  for (const f of found.slice(0, 5)) diff('body', f);
  if (found.length > 5) diff('body', `and ${found.length - 5} more body differences`);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;
/** a time of day; kiota's Time writes no fraction of a second */
const TIME = /^(\d{2}:\d{2}:\d{2})(\.\d+)?$/;
const DURATION = /^-?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** a docs value that stands for a type (`"String"`, `"Boolean"`), or an empty one: the generator prints an example (schema:placeholder-example) */
const TYPE_PLACEHOLDER = /^(|String|Boolean|Int16|Int32|Int64|Double|Single|Decimal|Byte|Guid|DateTimeOffset|Date|TimeOfDay|Duration|Binary)$/;

/** the zero values the kiota targets pass for a GUID, date, date-time, time or duration placeholder (render:value-example) */
const ZERO_VALUE = /^(00000000-0000-0000-0000-000000000000|0001-01-01(T00:00(:00)?(Z|\+00:00))?|00:00:00|PT0S)$/;
/** a docs placeholder written as a value (`"skuId-value-1"`, `"{id}"`, `"<date>"`) */
const VALUE_PLACEHOLDER = /^[\w.\- ]*-value(-\d+)?$|^\{[^}]*\}$|^<[^>]*>$/i;
/** the canonical base64 the SDK sent for a docs text that decodes to the same bytes (padding, unused trailing bits aside: render:literal-coerced) */
const sameBase64 = (e: string, s: string): boolean => {
  if (!/^[A-Za-z0-9+/]+=*$/.test(e) || !/^[A-Za-z0-9+/]+=*$/.test(s)) return false;
  const bytes = Buffer.from(s, 'base64');
  return bytes.length > 0 && bytes.toString('base64') === s && bytes.equals(Buffer.from(e, 'base64'));
};

function sameScalar(e: unknown, s: unknown): boolean {
  if (e === s) return true;
  if (typeof e === 'string' && TYPE_PLACEHOLDER.test(e) && s !== undefined) return true;
  if (typeof e === 'string' && typeof s === 'string' && VALUE_PLACEHOLDER.test(e) && ZERO_VALUE.test(s)) return true;
  if (typeof e === 'string' && typeof s === 'string' && e.length > 8 && sameBase64(e, s)) return true;
  // kiota's PHP writes an Edm.Byte as a string (`RgbColor::setR(?string)`)
  if (typeof e === 'number' && typeof s === 'string') return String(e) === s;
  // a Boolean or a number the docs wrote as a string: the generator types it and says so
  if (typeof e === 'string' && (typeof s === 'boolean' || typeof s === 'number')) return e.trim() === String(s);
  if (typeof e === 'number' && typeof s === 'number') return e === s;
  if (typeof e !== 'string' || typeof s !== 'string') return false;
  if (DATE_TIME.test(e) && DATE_TIME.test(s)) {
    const t = (x: string): number => Math.floor(Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(x) ? x : `${x}Z`) / 1000);
    return t(e) === t(s);
  }
  const te = TIME.exec(e);
  const ts = TIME.exec(s);
  if (te !== null && ts !== null) return te[1] === ts[1] && Number(te[2] ?? 0) === Number(ts[2] ?? 0);
  const de = DURATION.exec(e);
  const ds = DURATION.exec(s);
  if (de !== null && ds !== null) {
    const secs = (m: RegExpExecArray): number => {
      const n = (i: number): number => Number(m[i] ?? 0);
      return (m[0].startsWith('-') ? -1 : 1) * (((n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4)) * 24 + n(5)) * 3600 + n(6) * 60 + n(7));
    };
    return secs(de) === secs(ds);
  }
  // an enum member written in another case (the generator spells the member as the schema does), flags with or without spaces
  const members = (x: string): string => x.split(',').map((m) => m.trim().toLowerCase()).join(',');
  return /^[A-Za-z][\w]*(\s*,\s*[A-Za-z]\w*)*$/.test(e) && members(e) === members(s);
}

function compareJson(e: unknown, s: unknown, at: string, found: string[]): void {
  const show = (v: unknown): string => (v === undefined ? '(nothing)' : JSON.stringify(v).slice(0, 80));
  if (Array.isArray(e)) {
    if (!Array.isArray(s)) return void found.push(`${at || '/'}: ${show(s)} sent, the docs give an array`);
    if (e.length !== s.length) return void found.push(`${at || '/'}: ${s.length} items sent, the docs give ${e.length}`);
    e.forEach((item, i) => compareJson(item, s[i], `${at}/${i}`, found));
    return;
  }
  if (e !== null && typeof e === 'object') {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return void found.push(`${at || '/'}: ${show(s)} sent, the docs give an object`);
    const eo = e as Record<string, unknown>;
    // kiota writes an action's parameters as the schema names them (`Message`, `SaveToSentItems`): names match in any case
    const so: Record<string, unknown> = {};
    const byLower = new Map(Object.keys(eo).map((k) => [k.toLowerCase(), k]));
    for (const [k, v] of Object.entries(s as Record<string, unknown>)) so[k in eo ? k : (byLower.get(k.toLowerCase()) ?? k)] = v;
    for (const k of Object.keys(eo)) {
      // an explicit null is not sent by kiota's JSON writer (a blind spot: see the README)
      if (eo[k] === null && !(k in so)) continue;
      compareJson(eo[k], so[k], `${at}/${k}`, found);
    }
    // the SDK's models write the @odata.type their constructors set
    for (const k of Object.keys(so)) if (!(k in eo) && k !== '@odata.type') found.push(`${at}/${k}: ${show(so[k])} sent, the docs have no such member`);
    return;
  }
  if (!sameScalar(e, s)) found.push(`${at || '/'}: ${show(s)} sent, the docs give ${show(e)}`);
}

// ---------------------------------------------------------------------------------------------
// Running

interface RunnerReport {
  requests: RecordedRequest[];
  error: { type: string; message: string; line: number } | null;
}

/** A PHP error made into a class: what kind of mistake, without the names. */
export function classifyPhp(type: string, message: string): string {
  if (type === 'ParseError') return 'syntax';
  if (/Call to undefined method/.test(message)) return 'undefined method';
  if (/Class ".*" not found|Interface ".*" not found/.test(message)) return 'unknown class';
  if (/Creation of dynamic property/.test(message)) return 'undeclared property (dynamic property)';
  if (/Unknown named parameter/.test(message)) return 'unknown named parameter';
  if (/must be of type/.test(message)) return 'argument type';
  if (/Cannot assign .* to property/.test(message)) return 'property type';
  if (/Too few arguments/.test(message)) return 'too few arguments';
  if (/Invalid enum value/.test(message)) return 'enum value';
  if (/Undefined variable/.test(message)) return 'undefined variable';
  if (/Collection must contain/.test(message)) return 'collection item type';
  if (/Cannot use .* because the name is already in use/.test(message)) return 'import clash';
  return `${type}`;
}

/** The unit line of the snippet's SDK call (the last executor call), where request differences are reported. */
function callLine(unit: Wrapped): number {
  const lines = unit.text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (/->(get|post|patch|put|delete)\(/.test(lines[i]!)) return i + 1;
  return 0;
}

/** The docs request a golden case's snippet was made from (`typed.json` and `input.md` beside it), or null. */
export async function docsRequestOf(snippetPath: string): Promise<DocsRequest | null> {
  if (snippetPath.endsWith('.md')) return null;
  const dir = path.dirname(snippetPath);
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, 'typed.json'), 'utf8')) as { file?: string; place?: { line?: number } } | { file?: string; place?: { line?: number } }[];
    const typed = Array.isArray(parsed) ? (parsed.length === 1 ? parsed[0]! : null) : parsed;
    if (typed?.place?.line === undefined) return null;
    const page = await readFile(path.join(dir, path.basename(typed.file ?? 'input.md')), 'utf8');
    const docs = docsRequestAt(page, typed.place.line);
    if (docs === null || Array.isArray(parsed)) return docs;
    // the rewrites the snippet's diagnostics announce (meaning.ts): the request line the SDK sends, a body it leaves out
    const announced: string[] = [];
    for (const name of ['messages.txt', 'php.messages.txt']) {
      const text = await readFile(path.join(dir, name), 'utf8').catch(() => '');
      for (const m of text.matchAll(/\[([\w-]+:[\w-]+)\]\s*$/gm)) announced.push(m[1]!);
    }
    const line = sdkRequestLine(parsed as unknown as TypedRequest, docs.url, announced);
    const noBody = line.bodyAsArguments || announced.includes('render:body-ignored');
    return { ...docs, method: line.method, url: line.rawUrl, body: noBody ? null : docs.body };
  } catch {
    return null;
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, f: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Runs every unit in its own php process and compares what it sent with its docs request (when known). */
export async function runPhp(ws: PhpWorkspace, units: readonly Wrapped[], docs: readonly (DocsRequest | null)[], timeoutMs: number): Promise<RawError[]> {
  const src = path.join(ws.dir, `run.${process.pid}`);
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  const runner = path.join(phpSupportDir(), 'runner.php');
  const perSnippet = Math.min(timeoutMs, 60_000);
  const limit = Math.max(2, Math.min(8, os.cpus().length));
  try {
    const results = await mapLimit(units, limit, async (u, i): Promise<RawError[]> => {
      const file = path.join(src, u.fileName);
      await writeFile(file, u.text);
      const r = await runProcess('php', ['-d', 'memory_limit=512M', runner, ws.sdk, file], { cwd: src, timeoutMs: perSnippet });
      const err = (message: string, errorClass: string, line = callLine(u)): RawError => ({ fileName: u.fileName, line, column: 1, message, errorClass });
      if (r.timedOut) return [err(`php did not finish in ${Math.round(perSnippet / 1000)} s`, 'timeout')];
      const last = r.stdout.trim().split('\n').pop() ?? '';
      let report: RunnerReport;
      try {
        report = JSON.parse(last) as RunnerReport;
      } catch {
        throw new VerifyUnavailable(`php: the runner gave no report for ${u.fileName} (exit ${r.code ?? 'none'}):\n${(r.stderr || r.stdout).trim().split('\n').slice(-6).join('\n')}`);
      }
      if (report.error !== null) return [err(`${report.error.type}: ${report.error.message}`, classifyPhp(report.error.type, report.error.message), report.error.line)];
      const sent = report.requests;
      if (sent.length === 0) return [err('the snippet sends no request', 'request: not sent')];
      const out: RawError[] = [];
      if (sent.some((s) => !s.waited)) out.push(err("a request's promise is never waited on (->wait()): it may never be sent", 'request: not waited'));
      if (sent.length > 1) out.push(err(`the snippet sends ${sent.length} requests, the docs one`, 'request: several'));
      const expected = docs[i] ?? null;
      if (expected !== null) for (const d of compareRequest(expected, sent[0]!)) out.push(err(d.message, d.errorClass));
      return out;
    });
    return results.flat();
  } finally {
    await rm(src, { recursive: true, force: true });
  }
}
