/**
 * CLI (`mgc`, bash): the view of a typed request.
 *
 *   mgc identity-governance access-reviews definitions create --body '{
 *     "displayName": "Weekly review",
 *     …
 *   }'
 *
 * The command words and options come from commands.ts (`cliCommand`, `cliRequestOptions`), fed by
 * an adapter from the typed path (`commandInput`). Option values keep the request's values (ids,
 * function arguments, query options); placeholders stay as `{user-id}`. A value is written bare
 * when it is one safe shell word, in double quotes when it holds an apostrophe and nothing double
 * quotes would expand, else in single quotes (`'\''` for an apostrophe; `$'…'` for control characters).
 *
 * The JSON body is ONE shell argument: the request's JSON serialised from the typed body with the
 * values as written (numbers keep their text, keys are never converted), pretty-printed with two
 * spaces, inside single quotes. JSON escapes every control and invisible code point (`\n`,
 * `\u2028`), so the only raw control character is the layout's newline, which single quotes keep;
 * an apostrophe in the data becomes `'\''`. No `\`-continued lines: after word splitting the
 * argument is exactly the JSON text.
 *
 * A stream upload (`$value`, a stream property) reads its body from a file: the snippet writes the
 * request's content into `./body.<ext>` with `printf '%s'` (exact bytes, no trailing newline) and
 * passes `--input-file ./body.<ext>`, the option the generated `mgc` commands declare.
 */
import type { JsonNode } from '../../ir/types.js';
import type { TypedRequest, TypedValue } from '../../ir/typed.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import { COMMAND_OPERATIONS, type CommandInput, type Step, type StepParameter } from '../powershell/commands.js';
import { isUnsafeCodePoint, quoteString } from '../shared/strings.js';
import { cliCommand, cliRequestOptions, type CliOption } from './commands.js';
import { urlValueText } from '../../render/values.js';

export interface CliView extends SnippetView {
  /** Shell comments and statements before the command (a stream body written to its file). */
  readonly prelude: readonly string[];
  readonly hasPrelude: boolean;
}

/** A JSON value with number texts kept: what `--body` carries. */
export type JsonText =
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, JsonText])[] }
  | { readonly kind: 'array'; readonly items: readonly JsonText[] }
  | { readonly kind: 'scalar'; readonly text: string };



/** The operation name `commands.ts` expects: short for `microsoft.graph.*`, qualified for sub-namespaces. */
function operationName(fullName: string, name: string): string {
  const local = fullName.replace(/^microsoft\.graph\./, '');
  return local.includes('.') ? fullName : name;
}

/** The adapter from the typed path to the command input; a string says why there is no command. */
export function commandInput(request: TypedRequest): CommandInput | string {
  const steps: Step[] = [];
  const path = request.path;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const next = path[i + 1];
    switch (step.kind) {
      case 'entitySet':
      case 'singleton':
        steps.push({ kind: 'root', name: step.name, collection: step.type?.collection ?? step.kind === 'entitySet' });
        break;
      case 'navigation':
      case 'property':
        if (step.kind === 'property' && step.placeholder !== undefined) return `'${step.placeholder}' stands for a property name, and a command's name cannot take one`;
        steps.push({ kind: 'navigation', name: step.name, collection: step.type?.collection ?? next?.kind === 'key' });
        break;
      case 'key': {
        const [key] = step.keys;
        if (key === undefined) return 'a key segment without a value';
        steps.push({ kind: 'key', name: urlValueText(key.value), keyParameter: step.parameterName, keyEntityType: step.entityTypeName });
        break;
      }
      case 'cast':
        steps.push({ kind: 'cast', name: step.typeName });
        break;
      case 'operation': {
        const parameters: StepParameter[] =
          step.operationKind === 'function'
            ? step.parameters.map((p) => {
                const given = step.arguments.find((a) => a.name === p.name);
                return { name: p.name, value: given === undefined ? '' : urlValueText(given.value) };
              })
            : [];
        steps.push({ kind: step.operationKind, name: operationName(step.fullName, step.name), ...(parameters.length > 0 ? { parameters } : {}) });
        break;
      }
      case 'value':
      case 'ref':
      case 'count':
        steps.push({ kind: step.kind, name: `$${step.kind}` });
        break;
      case 'colonPath':
        return 'path addressing (`root:/path:`) has no mgc command';
      case 'unresolved':
        return `the path segment '${step.written}' did not resolve`;
    }
  }
  if (request.operation === 'unknown') return 'the operation of the request is unknown';
  // A cast of a collection has no indexer below it in the command tree: reading it is `get`, not `list`.
  const last = path[path.length - 1];
  const operation = request.operation === 'list' && last?.kind === 'cast' ? 'get' : COMMAND_OPERATIONS[request.operation];
  return { apiVersion: request.apiVersion ?? 'v1.0', operation, steps };
}

// ---------------------------------------------------------------------------------------------
// The JSON body, rebuilt from the typed body with the values as written.

function fromNode(node: JsonNode): JsonText {
  switch (node.kind) {
    case 'object':
      return { kind: 'object', entries: node.entries.map((e) => [e.key, fromNode(e.value)] as const) };
    case 'array':
      return { kind: 'array', items: node.items.map(fromNode) };
    case 'string':
      return { kind: 'scalar', text: quoteString(node.value, 'json') };
    case 'number':
      return { kind: 'scalar', text: node.raw };
    case 'boolean':
      return { kind: 'scalar', text: String(node.value) };
    case 'null':
      return { kind: 'scalar', text: 'null' };
  }
}

/** The JSON of a typed value as the request wrote it (coercions undone, members in the order written). */
export function jsonOfValue(value: TypedValue): JsonText {
  switch (value.kind) {
    case 'primitive': {
      // `raw` is the string as written or the number's text; a coercion says which JSON kind was written.
      const written: 'string' | 'number' | 'boolean' =
        value.coercion === 'string-to-boolean' || value.coercion === 'string-to-number' || value.coercion === 'datetime-to-date'
          ? 'string'
          : value.coercion === 'number-to-string'
            ? 'number'
            : value.coercion === 'boolean-to-string'
              ? 'boolean'
              : typeof value.value === 'string'
                ? 'string'
                : typeof value.value === 'number'
                  ? 'number'
                  : 'boolean';
      // an example value for a placeholder: the CLI sends the docs' JSON as written
      if (written === 'string' || value.placeholder !== null) return { kind: 'scalar', text: quoteString(value.raw, 'json') };
      if (written === 'number') return { kind: 'scalar', text: value.raw };
      return { kind: 'scalar', text: value.coercion === 'boolean-to-string' ? value.raw : String(value.value) };
    }
    case 'enum':
      return { kind: 'scalar', text: quoteString(value.raw, 'json') };
    case 'null':
      return { kind: 'scalar', text: 'null' };
    case 'untyped':
      return fromNode(value.value);
    case 'collection':
      return { kind: 'array', items: value.items.map(jsonOfValue) };
    case 'object':
    case 'parameters':
    case 'reference': {
      const entries: { key: string; value: JsonText; offset: number }[] = [
        ...(value.kind === 'reference' ? [] : value.properties.map((p) => ({ key: p.jsonName, value: jsonOfValue(p.value), offset: p.place.offset }))),
        ...value.annotations.map((a) => ({ key: a.key, value: fromNode(a.value), offset: a.place.offset })),
        ...value.additionalData.map((d) => ({ key: d.key, value: fromNode(d.value), offset: d.place.offset })),
      ];
      entries.sort((a, b) => a.offset - b.offset);
      return { kind: 'object', entries: entries.map((e) => [e.key, e.value] as const) };
    }
  }
}

/** Pretty JSON text, two spaces, as `JSON.stringify(value, null, 2)` lays it out. */
export function printJson(value: JsonText, indent = ''): string {
  const inner = `${indent}  `;
  switch (value.kind) {
    case 'scalar':
      return value.text;
    case 'array':
      if (value.items.length === 0) return '[]';
      return `[\n${value.items.map((v) => inner + printJson(v, inner)).join(',\n')}\n${indent}]`;
    case 'object':
      if (value.entries.length === 0) return '{}';
      return `{\n${value.entries.map(([k, v]) => `${inner}${quoteString(k, 'json')}: ${printJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Shell words.

const SAFE_WORD = /^[\w.\/:@%+=,-]+$/;
const PLACEHOLDER = /^\{[\w.-]+\}$/;
const DOUBLE_QUOTE_SPECIAL = /["$`\\!]/;

function hasUnsafe(text: string): boolean {
  for (const ch of text) if (isUnsafeCodePoint(ch.codePointAt(0)!)) return true;
  return false;
}

/** One shell word whose value, after word splitting, is exactly `text`. */
export function shellWord(text: string): string {
  if (text !== '' && (SAFE_WORD.test(text) || PLACEHOLDER.test(text)) && !/[{}]/.test(text.replace(PLACEHOLDER, ''))) return text;
  if (text.includes("'") && !DOUBLE_QUOTE_SPECIAL.test(text) && !hasUnsafe(text)) return `"${text}"`;
  return quoteString(text, 'bash');
}

/** The `--body` word: the JSON text in single quotes (it holds no control character but the layout's newlines). */
export function bodyWord(json: string): string {
  return `'${json.split("'").join("'\\''")}'`;
}

const FILE_EXTENSIONS: Readonly<Record<string, string>> = {
  'text/plain': 'txt', 'text/html': 'html', 'text/csv': 'csv', 'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml',
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'application/pdf': 'pdf', 'application/zip': 'zip',
};

function fileFor(contentType: string | null): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return `./body.${FILE_EXTENSIONS[type] ?? 'bin'}`;
}

export function buildCliView(request: TypedRequest): ViewResult<CliView> {
  const input = commandInput(request);
  if (typeof input === 'string') return { ok: false, issues: [{ ruleId: 'render:no-request-builder', message: `cli: ${input}`, place: request.place }] };
  const command = cliCommand(input);
  const issues: RenderIssue[] = [];
  if (command.certainty === 'uncertain') {
    issues.push({ ruleId: 'render:uncertain-name', message: `cli: ${command.notes.join('; ')}`, place: request.place });
  }

  const prelude: string[] = [];
  let body: string | undefined;
  let inputFile: string | undefined;
  if (request.body?.kind === 'json') body = printJson(jsonOfValue(request.body.value));
  else if (request.body?.kind === 'raw') {
    if (request.body.stream) {
      inputFile = fileFor(request.body.contentType);
      prelude.push(`# The request body is the content of ${inputFile}`, `printf '%s' ${shellWord(request.body.text)} > ${inputFile}`);
    } else {
      body = request.body.text;
    }
  }
  const { options } = cliRequestOptions(command.options, {
    query: request.query.order.map((o) => ({ name: o.name, value: o.value })),
    headers: request.headers.map((h) => ({ name: h.name, value: h.value })),
    ...(body === undefined ? {} : { body }),
    ...(inputFile === undefined ? {} : { inputFile }),
  });
  const all: CliOption[] = [...command.options, ...options];
  const jsonBody = request.body?.kind === 'json';
  const word = (o: CliOption): string => (o.name === '--body' && jsonBody ? bodyWord(o.value) : o.name === '--input-file' ? o.value : shellWord(o.value));
  const words = [...command.command, ...all.flatMap((o) => [o.name, word(o)])];
  const call = words.join(' ').split('\n');
  return {
    ok: true,
    issues,
    view: { imports: [], hasImports: false, prelude, hasPrelude: prelude.length > 0, setup: prelude, hasSetup: prelude.length > 0, call },
  };
}

export const cliRenderer: LanguageRenderer<CliView> = {
  family: 'path',
  templateFolder: 'cli',
  buildView: buildCliView,
};
