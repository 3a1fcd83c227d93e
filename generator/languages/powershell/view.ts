/**
 * PowerShell (Microsoft.Graph v2 modules): `Import-Module`, the body as a `$params` hashtable with
 * the JSON's own keys, and one cmdlet call. The module, cmdlet and parameter names come from
 * `commands.ts` (rules, not the SDK's command metadata); a name the rules cannot settle is printed
 * and reported (`render:uncertain-name`).
 *
 * Decisions:
 * - key segments and function arguments: a `{placeholder}` becomes a variable left for the reader
 *   to set, as the docs do (`-UserId $userId`); a real value is passed as a literal
 *   (`-MailFolderId 'inbox'`, `-Period 'D7'`), so the request's values stay in the snippet;
 * - `/me` becomes `-UserId $userId` with the docs' comment `# A UPN can also be used as -UserId.`;
 * - every string is single-quoted (`''` doubling), so `$` and backticks are never interpolated;
 *   text with control characters falls back to double quotes with backtick escapes;
 * - hashtable keys are bare when they are simple words that are not keywords, else quoted;
 * - an array item that is itself an array is written `,@(…)` (one item), as `@(…)` would be unrolled;
 * - headers that are not cmdlet parameters go in a `$headers` hashtable (`-Headers $headers`);
 * - a stream upload reads a file (`-InFile $inFile`): the example's content cannot be kept, which is
 *   reported; any other body that is not JSON cannot be expressed;
 * - layout: 4 spaces a level, one call line.
 */
import type { Place } from '../../diagnostics/types.js';
import type { JsonNode, UrlValue } from '../../ir/types.js';
import type { PathStep, TypedRequest, TypedValue } from '../../ir/typed.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef, urlValueText } from '../../render/values.js';
import type { Namer } from '../shared/names.js';
import { isReserved } from '../shared/names.js';
import {
  isRequiredIfMatch,
  keyParameterName,
  powershellCommand,
  powershellRequestParameters,
  UPN_NOTE,
  COMMAND_OPERATIONS,
  type CommandInput,
  type PsParameter,
  type Step,
} from './commands.js';
import { powershellLiterals, powershellString } from './literals.js';
import { driveRewrite, driveRewriteNote } from '../shared/drive.js';
import { powershellReserved } from './naming.js';
import { powershellProfile } from './profile.js';

export interface PowerShellView extends SnippetView {
  /** Comment lines printed right above the call (`# A UPN can also be used as -UserId.`). */
  readonly notes: readonly string[];
}

const INDENT = '    ';

interface Context {
  readonly names: Namer;
  readonly api: 'v1.0' | 'beta';
  readonly issues: RenderIssue[];
}

// ---------------------------------------------------------------------------------------------
// Literals and hashtables.

export function psString(text: string): string {
  return powershellString(text);
}

/** A hashtable key: bare when a simple word that is not a keyword, else quoted. */
export function psKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !isReserved(powershellReserved.keywords, key) ? key : psString(key);
}

/** A value: one line (`'x'`, `$true`, `@()`) or several (`@{`, …, `}`), at `indent`. */
type PsNode =
  | { readonly kind: 'scalar'; readonly code: string }
  | { readonly kind: 'hashtable'; readonly entries: readonly { readonly key: string; readonly value: PsNode }[] }
  | { readonly kind: 'array'; readonly items: readonly PsNode[] };

/** Lines of `node`; the first starts with `head`, nested lines are indented from `indent`. */
export function layoutPs(node: PsNode, indent: string, head: string): string[] {
  switch (node.kind) {
    case 'scalar':
      return [head + node.code];
    case 'hashtable': {
      if (node.entries.length === 0) return [`${head}@{}`];
      const inner = indent + INDENT;
      return [`${head}@{`, ...node.entries.flatMap((e) => layoutPs(e.value, inner, `${inner}${psKey(e.key)} = `)), `${indent}}`];
    }
    case 'array': {
      if (node.items.length === 0) return [`${head}@()`];
      const inner = indent + INDENT;
      return [`${head}@(`, ...node.items.flatMap((item) => layoutPs(item, inner, item.kind === 'array' ? `${inner},` : inner)), `${indent})`];
    }
  }
}

function scalarNode(value: Extract<TypedValue, { kind: 'primitive' | 'enum' }>, hint: string, ctx: Context): PsNode {
  const out = powershellLiterals[literalKind(value)](scalarOf(value), {
    api: ctx.api,
    names: ctx.names,
    hint,
    ...(value.kind === 'enum' ? { enumType: enumTypeRef(value) } : {}),
  });
  ctx.issues.push(...literalIssues('powershell', out.issues, value.place));
  return { kind: 'scalar', code: out.code };
}

function jsonNode(node: JsonNode, ctx: Context): PsNode {
  switch (node.kind) {
    case 'object':
      return { kind: 'hashtable', entries: node.entries.map((e) => ({ key: e.key, value: jsonNode(e.value, ctx) })) };
    case 'array':
      return { kind: 'array', items: node.items.map((item) => jsonNode(item, ctx)) };
    case 'string':
      return { kind: 'scalar', code: psString(node.value) };
    case 'number': {
      const out = powershellLiterals['Edm.Untyped']({ kind: 'number', text: node.raw }, { api: ctx.api, names: ctx.names, hint: 'value' });
      ctx.issues.push(...literalIssues('powershell', out.issues, node.place));
      return { kind: 'scalar', code: out.code };
    }
    case 'boolean':
      return { kind: 'scalar', code: node.value ? '$true' : '$false' };
    case 'null':
      return { kind: 'scalar', code: '$null' };
  }
}

type Entry = { readonly offset: number; readonly key: string; readonly value: () => PsNode };

function hashtable(entries: Entry[]): PsNode {
  return { kind: 'hashtable', entries: [...entries].sort((a, b) => a.offset - b.offset).map((e) => ({ key: e.key, value: e.value() })) };
}

/** A typed value; keys as written, in the order written. */
export function valueNode(value: TypedValue, hint: string, ctx: Context): PsNode {
  switch (value.kind) {
    case 'primitive':
    case 'enum':
      return scalarNode(value, hint, ctx);
    case 'null':
      return { kind: 'scalar', code: '$null' };
    case 'untyped':
      return jsonNode(value.value, ctx);
    case 'collection':
      return { kind: 'array', items: value.items.map((item) => valueNode(item, hint, ctx)) };
    case 'object':
    case 'parameters':
      return hashtable([
        ...value.properties.map((p) => ({ offset: p.place.offset, key: p.jsonName, value: () => valueNode(p.value, p.jsonName, ctx) })),
        ...value.additionalData.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
        ...value.annotations.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
      ]);
    case 'reference':
      return hashtable([
        ...value.annotations.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
        ...value.additionalData.map((a) => ({ offset: a.place.offset, key: a.key, value: () => jsonNode(a.value, ctx) })),
      ]);
  }
}

// ---------------------------------------------------------------------------------------------
// The adapter from the typed request to the command namer's input.



/** A URL value as a cmdlet argument: a literal, or null for a placeholder (printed as a variable). */
function urlArgument(value: UrlValue): string | null {
  switch (value.kind) {
    case 'placeholder':
      return null;
    case 'string':
    case 'enum':
      return psString(value.value);
    case 'number':
      return value.raw;
    case 'boolean':
      return value.value ? '$true' : '$false';
    case 'null':
      return '$null';
  }
}

const shortName = (full: string | undefined): string | undefined => (full === undefined ? undefined : typeRef(full).name);

export interface Adapted {
  readonly input: CommandInput;
  /** Literal arguments by cmdlet parameter name (keys and function arguments with real values). */
  readonly literals: ReadonlyMap<string, string>;
  /** Query options the path's steps took over (`$id` of a `$ref` delete), by canonical name. */
  readonly consumedQuery: ReadonlySet<string>;
  /**
   * Variables named by the docs' own placeholder where a key parameter's name differs from it: the
   * `{user-id}` of a `$ref` delete's `$id=…/users/{user-id}` binds `-DirectoryObjectId $userId`.
   */
  readonly placeholderVariables: ReadonlyMap<string, string>;
  /** The `$id` URL a `$ref` delete's item key was taken from, when it was. */
  readonly refTarget?: { readonly url: string; readonly parameter: string };
  /** The path as written up to a drive that the snippet addresses as /drives/{drive-id} instead. */
  readonly driveRewrite?: ReturnType<typeof driveRewrite>;
}

/** The namer's input for a typed request, or why there is none. */
export function adaptRequest(request: TypedRequest): { ok: true; adapted: Adapted } | { ok: false; reason: string; sendable: boolean } {
  if (request.operation === 'unknown') return { ok: false, reason: 'the request path did not resolve far enough to name a cmdlet', sendable: false };
  const steps: Step[] = [];
  const literals = new Map<string, string>();
  const consumedQuery = new Set<string>();
  const placeholderVariables = new Map<string, string>();
  let refTarget: Adapted['refTarget'];
  const remember = (name: string, value: UrlValue): void => {
    const literal = urlArgument(value);
    const pascal = keyParameterName(name);
    if (literal !== null && !literals.has(pascal)) literals.set(pascal, literal);
  };
  // Below a user's, group's or site's drive, the v2 modules address the drive itself: the path
  // restarts at /drives/{drive-id} (Get-MgDriveItem -DriveId $driveId -DriveItemId …).
  const drive = driveRewrite(request.path);
  if (drive !== null) {
    steps.push({ kind: 'root', name: 'drives', collection: true, entityType: 'drive' }, { kind: 'key', name: '{drive-id}', keyParameter: 'drive-id', keyEntityType: 'drive' });
  }
  for (const step of request.path.slice(drive?.below ?? 0) as readonly PathStep[]) {
    switch (step.kind) {
      case 'entitySet':
      case 'singleton':
        steps.push({ kind: 'root', name: step.name, collection: step.kind === 'entitySet', ...entityTypeOf(step) });
        break;
      case 'navigation':
      case 'property':
        if (step.kind === 'property' && step.placeholder !== undefined) return { ok: false, reason: `'${step.placeholder}' stands for a property name, and a cmdlet's name cannot take one`, sendable: true };
        steps.push({ kind: 'navigation', name: step.name, ...(step.type ? { collection: step.type.collection } : {}), ...entityTypeOf(step) });
        break;
      case 'key': {
        const key = step.keys[0];
        if (step.keys.length !== 1 || key === undefined) return { ok: false, reason: 'a composite key has no cmdlet parameter', sendable: true };
        if (key.name !== null && key.name !== 'id' && key.writtenName !== null) {
          return { ok: false, reason: `the alternate key ${key.writtenName}= has no cmdlet parameter the rules can name`, sendable: true };
        }
        steps.push({ kind: 'key', name: urlValueText(key.value), keyParameter: step.parameterName, keyEntityType: step.entityTypeName });
        remember(step.parameterName, key.value);
        break;
      }
      case 'cast':
        steps.push({ kind: 'cast', name: step.typeName });
        break;
      case 'operation':
        steps.push({
          kind: step.operationKind,
          name: step.name,
          parameters: step.arguments.map((a) => ({ name: a.name ?? a.writtenName ?? 'value', value: urlValueText(a.value) })),
        });
        for (const a of step.arguments) remember(a.name ?? a.writtenName ?? 'value', a.value);
        break;
      case 'ref': {
        // A link removed from a collection by `$id=<url>` (`DELETE /groups/{id}/rejectedSenders/$ref?$id=…/users/{id}`):
        // the SDK's cmdlet removes the item's link (`/rejectedSenders/{directoryObject-id}/$ref`,
        // Remove-MgGroupRejectedSenderDirectoryObjectByRef -DirectoryObjectId), the key being the URL's last segment.
        const previous = steps[steps.length - 1];
        const target = request.query.id;
        if (request.operation === 'ref-remove' && target !== undefined && previous?.kind === 'navigation' && previous.collection === true && previous.entityType !== undefined) {
          const id = refTargetKey(target);
          const keyParameter = `${previous.entityType}-id`;
          steps.push({ kind: 'key', name: id, keyParameter, keyEntityType: previous.entityType });
          const parameter = keyParameterName(keyParameter);
          const placeholder = /^\{(.+)\}$/.exec(id)?.[1];
          if (placeholder === undefined) literals.set(parameter, psString(id));
          else placeholderVariables.set(parameter, lowerFirst(keyParameterName(placeholder)));
          refTarget = { url: target, parameter };
          consumedQuery.add('$id');
        }
        steps.push({ kind: 'ref', name: '$ref' });
        break;
      }
      case 'value':
      case 'count':
        steps.push({ kind: step.kind, name: `$${step.kind}` });
        break;
      case 'colonPath':
        return { ok: false, reason: 'path addressing (root:/path:) has no cmdlet', sendable: true };
      case 'unresolved':
        return { ok: false, reason: `the segment '${step.written}' did not resolve, so no cmdlet can be named`, sendable: false };
    }
  }
  const last = request.path[request.path.length - 1];
  const responseIsStream = last?.kind === 'operation' && last.returnType?.name === 'Edm.Stream';
  return {
    ok: true,
    adapted: {
      input: { apiVersion: request.apiVersion ?? 'v1.0', operation: COMMAND_OPERATIONS[request.operation], steps, responseIsStream },
      literals,
      consumedQuery,
      placeholderVariables,
      ...(refTarget !== undefined ? { refTarget } : {}),
      ...(drive !== null ? { driveRewrite: drive } : {}),
    },
  };
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** The key of the entity a `$id` URL names: its last path segment (`…/users/{user-id}` → `{user-id}`). */
export function refTargetKey(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  const quoted = /^\w*\('?(.*?)'?\)$/.exec(last); // directoryObjects('id')
  return quoted?.[1] ?? last;
}

function entityTypeOf(step: PathStep): { entityType?: string } {
  const name = shortName(step.type?.name);
  return name === undefined || name.startsWith('Edm.') ? {} : { entityType: name };
}

// ---------------------------------------------------------------------------------------------
// The view.

/** A bare argument when it is a plain word or number, else a quoted string. */
function bareOrQuoted(text: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(text) ? text : psString(text);
}

/** True when the path goes through a drive item's `workbook` (the Excel API). */
export function isWorkbookPath(request: TypedRequest): boolean {
  return request.path.some((s) => (s.kind === 'navigation' || s.kind === 'property') && s.name === 'workbook');
}

/** A URL value as written in a path: a key segment or a function argument (`'A1:B2'` quoted there). */
function urlText(value: UrlValue, inParentheses: boolean): string {
  if (value.kind === 'string' && (inParentheses || value.quoted)) return `'${value.value.split("'").join("''")}'`;
  if (value.kind === 'enum' && inParentheses) return `'${value.value}'`;
  return urlValueText(value);
}

/** The request's relative URL (`/v1.0/me/drive/items/{item-id}/workbook/…?$select=…`), rebuilt from the typed path. */
export function relativeUrl(request: TypedRequest): string | null {
  let text = `/${request.apiVersion ?? 'v1.0'}`;
  for (const step of request.path) {
    switch (step.kind) {
      case 'entitySet':
      case 'singleton':
      case 'navigation':
        text += `/${step.name}`;
        break;
      case 'property':
        text += `/${step.placeholder ?? step.name}`;
        break;
      case 'key':
        text += step.keys.every((k) => k.writtenName === null) ? `/${urlText(step.keys[0]!.value, false)}` : `(${step.keys.map((k) => `${k.writtenName ?? k.name}=${urlText(k.value, true)}`).join(',')})`;
        break;
      case 'cast':
        text += `/${step.typeName}`;
        break;
      case 'operation':
        text += `/${step.qualified ? step.fullName : step.name}`;
        // a function without arguments as the docs write it (`/delta`, `/range`): Graph takes both forms
        if (step.operationKind === 'function' && step.arguments.length > 0) text += `(${step.arguments.map((a) => `${a.writtenName ?? a.name}=${urlText(a.value, true)}`).join(',')})`;
        break;
      case 'colonPath':
        text += `:${step.path}:`;
        break;
      case 'value':
      case 'ref':
      case 'count':
        text += `/$${step.kind}`;
        break;
      case 'unresolved':
        return null;
    }
  }
  const query = request.query.order.map((o) => `${o.spelling}=${o.rawValue}`).join('&');
  return query === '' ? text : `${text}?${query}`;
}

/**
 * A request no cmdlet serves, sent as written with `Invoke-MgGraphRequest` (Microsoft.Graph.Authentication,
 * both profiles): the exact method and relative URL, the headers, and the body (a JSON body as the
 * hashtable, a text body — a text stream too — as its text with its content type, any other stream read
 * from a file). The snippet is
 * as real as a cmdlet call: the SDK's own command sends the request the docs show. `why` says which
 * rule chose it (the `render:raw-request` diagnostic).
 */
function rawRequestView(request: TypedRequest, why: string, place: Place = request.place): ViewResult<PowerShellView> {
  const issues: RenderIssue[] = [];
  const uri = relativeUrl(request);
  if (uri === null) return { ok: false, issues: [{ ruleId: 'render:unsupported', message: `powershell: ${why}, and the request path did not resolve, so it cannot be sent as written either`, place }] };
  const body = request.body;
  // what the request is treated as (schema:method-mismatch says so when the docs' method does not fit):
  // a function is called with GET, its arguments in the path, an action with POST, as every target sends it
  const method = request.operation === 'function' ? 'GET' : request.operation === 'action' ? 'POST' : request.method;
  const how = method === request.method ? 'the snippet sends the request as written with Invoke-MgGraphRequest' : `the snippet sends the request with Invoke-MgGraphRequest as the ${request.operation} it is treated as: with ${method}`;
  issues.push({ ruleId: 'render:raw-request', message: `powershell: ${why}: ${how}`, place });
  const ctx: Context = { names: powershellProfile.newNamer(), api: request.apiVersion ?? 'v1.0', issues };
  const setup: string[] = [];
  const sent = request.headers.filter((h) => !['content-type', 'authorization'].includes(h.lowerName));
  if (sent.length > 0) setup.push(...layoutPs({ kind: 'hashtable', entries: sent.map((h) => ({ key: h.name, value: { kind: 'scalar', code: psString(h.value) } })) }, '', '$headers = '), '');
  const bodyArguments: string[] = [];
  if (body !== null && body.kind === 'json') {
    setup.push(...layoutPs(valueNode(body.value, 'params', ctx), '', '$params = '));
    bodyArguments.push('-Body $params');
  } else if (body !== null && body.stream && !TEXT_CONTENT.test(body.contentType ?? '')) {
    issues.push({ ruleId: 'render:literal-unrepresentable', message: `powershell: the request uploads a file (-InputFilePath $inFile); the example's content${body.contentType === null ? '' : ` (${body.contentType})`} is not in the snippet`, place: body.place });
    bodyArguments.push('-InputFilePath $inFile', ...(body.contentType !== null ? [`-ContentType ${psString(body.contentType)}`] : []));
  } else if (body !== null) {
    setup.push(`$body = ${psString(body.text)}`);
    bodyArguments.push('-Body $body', ...(body.contentType !== null ? [`-ContentType ${psString(body.contentType)}`] : []));
  }
  const call = [`Invoke-MgGraphRequest -Method ${method} -Uri ${psString(uri)}`, ...(sent.length > 0 ? ['-Headers $headers'] : []), ...bodyArguments].join(' ');
  return {
    ok: true,
    view: { imports: ['Import-Module Microsoft.Graph.Authentication'], hasImports: true, setup, hasSetup: setup.length > 0, notes: [], call: [call] },
    issues,
  };
}

/** A content type whose body is text (`text/plain`, `application/xml`, `…+json`): a stream upload of it is sent as the docs' text with -Body. */
const TEXT_CONTENT = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml)\b)/i;

/** Why the Excel workbook API is sent raw. */
const WORKBOOK_REASON = "the PowerShell SDK has no cmdlets for the Excel workbook API (its modules leave every path below a drive item's 'workbook' out)";

/**
 * When a request is sent with `Invoke-MgGraphRequest` instead of a cmdlet, by rule (checked in this
 * order): the Excel workbook API (no cmdlets); a path or method the SDKs' OpenAPI description lacks
 * (`notInSdk`: the cmdlets are generated from it, so none serves it, while Graph serves the request the
 * docs show); a path shape no cmdlet can address (path addressing `root:/path:`, a property-name
 * placeholder, composite and alternate keys); and a cmdlet the naming rules cannot settle or that the
 * SDK does not generate (`PowerShellCommand.noCmdlet`). A request whose path did not resolve against
 * the schema is refused instead: nothing says Graph serves it.
 */
export function buildPowerShellView(request: TypedRequest): ViewResult<PowerShellView> {
  if (isWorkbookPath(request)) return rawRequestView(request, WORKBOOK_REASON);
  const issues: RenderIssue[] = [];
  const unsupported = (message: string) => ({ ok: false as const, issues: [{ ruleId: 'render:unsupported' as const, message: `powershell: ${message}`, place: request.place }] });
  // The PowerShell SDK is generated from the same OpenAPI description as the kiota SDKs: a path or
  // method they lack (ir/surface.ts) has no cmdlet either (an invented Set-/Remove- verb otherwise).
  if (request.notInSdk !== undefined) {
    return rawRequestView(request, `${request.notInSdk.message}; the cmdlets are generated from the same OpenAPI description, so no cmdlet serves it either`, request.notInSdk.place);
  }
  const adapted = adaptRequest(request);
  if (!adapted.ok) return adapted.sendable ? rawRequestView(request, `no cmdlet can address it: ${adapted.reason}`) : unsupported(adapted.reason);
  if (adapted.adapted.driveRewrite) {
    issues.push({ ruleId: 'render:path-rewritten', message: driveRewriteNote('powershell', adapted.adapted.driveRewrite, 'the v2 PowerShell modules address drive items through their drive (-DriveId)'), place: request.place });
  }
  const body = request.body;
  if (body !== null && body.kind === 'raw' && !body.stream) {
    // a text body (text/plain, text/html) is sent as its text; one that claims to be JSON and is not is a broken example
    if (body.contentType === null || /json/i.test(body.contentType)) return unsupported(`a body that is not JSON (${body.contentType ?? 'no content type'}) cannot be passed to a cmdlet`);
    return rawRequestView(request, `a ${body.contentType} body cannot be passed to a cmdlet (-BodyParameter takes an object)`);
  }

  const ctx: Context = { names: powershellProfile.newNamer(), api: request.apiVersion ?? 'v1.0', issues };
  const command = powershellCommand(adapted.adapted.input);
  if (command.noCmdlet !== undefined) return rawRequestView(request, command.noCmdlet);
  const options = powershellRequestParameters({
    query: request.query.order.filter((o) => !adapted.adapted.consumedQuery.has(o.name)).map((o) => ({ name: o.name, value: o.value })),
    headers: request.headers.map((h) => ({ name: h.name, value: h.value, ...(h.documentedRequired === true ? { documentedRequired: true } : {}) })),
    hasBody: body !== null && body.kind === 'json',
    streamBody: body !== null && body.kind === 'raw',
  });

  const refTarget = adapted.adapted.refTarget;
  if (refTarget !== undefined) {
    issues.push({
      ruleId: 'render:path-rewritten',
      message: `powershell: the link named by $id=${refTarget.url} is removed through the item's link, as the cmdlets address it (${command.cmdlet} -${refTarget.parameter}), not through the collection's $ref with a $id query`,
      place: request.place,
    });
  }
  for (const note of [...command.notes, ...options.notes]) {
    if (note.startsWith('# uncertain: ')) {
      issues.push({ ruleId: 'render:uncertain-name', message: `powershell: ${command.cmdlet}: ${note.slice('# uncertain: '.length)}`, place: request.place });
    }
  }
  if (body !== null && body.kind === 'raw') {
    issues.push({
      ruleId: 'render:literal-unrepresentable',
      message: `powershell: the cmdlet uploads a file (-InFile $inFile); the example's content${body.contentType === null ? '' : ` (${body.contentType})`} is not in the snippet`,
      place: body.place,
    });
  }

  // Variables: the snippet's own (`$params`, `$headers`) and the ones parameters bind.
  const variables = new Map<string, string>();
  const variableFor = (name: string): string => {
    const known = variables.get(name);
    if (known !== undefined) return known;
    const given = name === 'userId' || name === 'params' ? name : ctx.names.isTaken(name) ? ctx.names.claim(name) : (ctx.names.reserve(name), name);
    variables.set(name, given);
    return given;
  };

  const setup: string[] = [];
  const extraHeaders = request.headers.filter(
    (h) => !['consistencylevel', 'content-type', 'authorization'].includes(h.lowerName) && !isRequiredIfMatch(h),
  );
  if (extraHeaders.length > 0) {
    const name = variableFor('headers');
    setup.push(...layoutPs({ kind: 'hashtable', entries: extraHeaders.map((h) => ({ key: h.name, value: { kind: 'scalar', code: psString(h.value) } })) }, '', `$${name} = `), '');
  }
  if (body !== null && body.kind === 'json') {
    setup.push(...layoutPs(valueNode(body.value, 'params', ctx), '', '$params = '));
  }

  const argument = (p: PsParameter): string => {
    if ('literal' in p) return p.quoted ? psString(p.literal) : bareOrQuoted(p.literal);
    const literal = 'value' in p && p.value !== undefined ? adapted.adapted.literals.get(p.name) : undefined;
    return literal ?? `$${variableFor(adapted.adapted.placeholderVariables.get(p.name) ?? p.variable)}`;
  };
  const parameters = [...command.parameters, ...options.parameters];
  const callLine = [command.cmdlet, ...parameters.map((p) => `-${p.name} ${argument(p)}`)].join(' ');
  const notes = command.notes.filter((n) => n === UPN_NOTE);
  return {
    ok: true,
    view: { imports: [`Import-Module ${command.module}`], hasImports: true, setup, hasSetup: setup.length > 0, notes, call: [callLine] },
    issues,
  };
}

export const powershellRenderer: LanguageRenderer<PowerShellView> = {
  family: 'path',
  templateFolder: 'powershell',
  buildView: buildPowerShellView,
};
