/**
 * Graph CLI (`mgc`) naming: the command words and options for a request, by the Kiota CLI
 * conventions the `mgc` binary was generated with.
 *
 *   root       `mgc` (v1.0) or `mgc-beta`; `/me` is `users … --user-id {user-id}`.
 *   segments   one command per non-key segment, kebab-cased (camelCase humps, `_` and `.` become
 *              `-`): `identityGovernance` → `identity-governance`; `$value` → `content`, `$ref` →
 *              `ref`, `$count` → `count`; a cast `microsoft.graph.orgContact` → `graph-org-contact`,
 *              and `graph-org-contact-by-id` right after a key (the item cast clashes with the
 *              collection cast of the same name).
 *   keys       an option named after the URI template parameter: `{licenseDetails-id}` →
 *              `--license-details-id`, valued with the id from the request or the placeholder.
 *   functions  `<name>-with-<param>…` and one option per argument (`get-email-activity-counts-with-period
 *              get --period D7`); without arguments just the name. An operation of a sub-namespace
 *              keeps its qualified name: `microsoft-graph-security-apply-hold`.
 *   final verb `list`/`create` on a collection (GET/POST), otherwise the lower-cased HTTP method.
 *   clashes    kiota merges an item's commands into its collection's command, so a name both
 *              would have is taken by the collection's and the item's gets `-by-id`: `$ref` of an
 *              item is `ref-by-id` (`groups members ref-by-id delete`), an operation bound to the
 *              item and to the collection `validate-properties-by-id`; a navigation named like the
 *              command it hangs below gets `sub-` (`sites sub-sites list`, `section-groups
 *              sub-section-groups`), as a command cannot have a subcommand of its own name.
 */
import type { CommandInput, Certainty, Step, StepParameter } from '../powershell/commands.js';

/**
 * A path step as the CLI namer reads it: for an operation on an item, `collectionTwin` says an
 * operation of the same name is bound to the collection too (kiota merges the item's commands
 * into the collection's, so the item's one is renamed `<name>-by-id`).
 */
export type CliStep = Step & { readonly collectionTwin?: boolean };
export type CliCommandInput = Omit<CommandInput, 'steps'> & { readonly steps: readonly CliStep[] };

export interface CliOption {
  /** `--user-id`. */
  readonly name: string;
  /** The value as the request gave it, or the `{placeholder}` when it gave none. */
  readonly value: string;
}

export interface CliCommand {
  /** `['mgc', 'users', 'messages', 'get']`. */
  readonly command: readonly string[];
  /** Path keys and function arguments, in path order. */
  readonly options: readonly CliOption[];
  readonly notes: readonly string[];
  readonly certainty: Certainty;
}

/** Kiota's option/command normalisation: humps and `_`/`.` to `-`, lower case. */
export function kebab(name: string): string {
  return name
    .replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-')
    .replace(/[_.\s]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase();
}

/** An option for a parameter: `--` and its kebab-cased name, a one-letter name a single dash (`search(q=…)` → `-q`). */
export function optionName(name: string): string {
  const word = kebab(name);
  return word.length === 1 ? `-${word}` : `--${word}`;
}

const isPlaceholder = (text: string): boolean => text === '' || /^\{.*\}$/.test(text);

/** The default namespace prefix Graph's OpenAPI drops from casts and operations. */
const DEFAULT_NAMESPACE = /^microsoft\.graph\./;

/** `microsoft.graph.orgContact` / `graph.orgContact` → `graph-org-contact`. */
function castCommand(name: string): string {
  const local = name.replace(DEFAULT_NAMESPACE, '').replace(/^graph\./, '');
  return `graph-${kebab(local)}`;
}

/** HTTP method of an operation that is not a collection list/create. */
const OPERATION_METHODS: Readonly<Record<CommandInput['operation'], string>> = {
  list: 'get',
  get: 'get',
  create: 'post',
  update: 'patch',
  replace: 'put',
  delete: 'delete',
  action: 'post',
  function: 'get',
  refAdd: 'post',
  refRemove: 'delete',
  refGet: 'get',
  count: 'get',
  streamGet: 'get',
  streamPut: 'put',
};

function expandMe(steps: readonly CliStep[]): { steps: readonly CliStep[]; me: boolean } {
  const first = steps[0];
  if (first?.kind !== 'root' || first.name !== 'me') return { steps, me: false };
  return {
    steps: [{ kind: 'root', name: 'users', collection: true }, { kind: 'key', name: '{user-id}', keyParameter: 'user-id', keyEntityType: 'user' }, ...steps.slice(1)],
    me: true,
  };
}

/** Command words and options for a request. Pure; odd input gives `certainty: 'uncertain'` and a note. */
export function cliCommand(input: CliCommandInput): CliCommand {
  const notes: string[] = [];
  let uncertain = false;
  const { steps } = expandMe(input.steps);
  const command: string[] = [input.apiVersion === 'beta' ? 'mgc-beta' : 'mgc'];
  const options: CliOption[] = [];
  if (steps[0]?.kind !== 'root') {
    notes.push('the path does not start with a root segment');
    uncertain = true;
  }

  steps.forEach((step, i) => {
    switch (step.kind) {
      case 'root':
        command.push(kebab(step.name));
        return;
      case 'navigation': {
        const word = kebab(step.name);
        command.push(word === command[command.length - 1] ? `sub-${word}` : word);
        return;
      }
      case 'key': {
        const parameter = step.keyParameter ?? (step.keyEntityType ? `${step.keyEntityType}-id` : undefined);
        if (parameter === undefined) {
          notes.push(`key '${step.name}' has neither a parameter name nor an entity type`);
          uncertain = true;
          return;
        }
        options.push({ name: `--${kebab(parameter)}`, value: isPlaceholder(step.name) ? `{${parameter}}` : step.name });
        return;
      }
      case 'cast':
        command.push(steps[i - 1]?.kind === 'key' ? `${castCommand(step.name)}-by-id` : castCommand(step.name));
        return;
      case 'value':
        command.push('content');
        return;
      case 'ref':
        command.push(steps[i - 1]?.kind === 'key' ? 'ref-by-id' : 'ref');
        return;
      case 'count':
        command.push('count');
        return;
      case 'action':
      case 'function': {
        // an operation of a sub-namespace keeps its whole qualified name (`microsoft.graph.security.applyHold`
        // → `microsoft-graph-security-apply-hold`); one of the default namespace only its own
        const local = !DEFAULT_NAMESPACE.test(step.name) || step.name.replace(DEFAULT_NAMESPACE, '').includes('.') ? step.name : step.name.replace(DEFAULT_NAMESPACE, '');
        const args: readonly StepParameter[] = step.parameters ?? [];
        command.push([kebab(local), ...args.map((p) => `with-${kebab(p.name)}`), ...(step.collectionTwin && steps[i - 1]?.kind === 'key' ? ['by-id'] : [])].join('-'));
        if (args.length > 1) {
          notes.push('functions with several parameters were reworked in the CLI (devx-api#1687); the command name is a guess');
          uncertain = true;
        }
        for (const p of args) options.push({ name: optionName(p.name), value: p.value === '' ? `{${p.name}}` : p.value });
        return;
      }
    }
  });

  const last = steps[steps.length - 1];
  const onCollection = (last?.kind === 'root' || last?.kind === 'navigation') && last.collection !== false;
  let verb = OPERATION_METHODS[input.operation];
  if (input.operation === 'list' && onCollection) verb = 'list';
  else if (input.operation === 'create' && onCollection) verb = 'create';
  else if ((input.operation === 'list' || input.operation === 'create') && !onCollection) {
    notes.push(`'${input.operation}' on a segment that is not a collection`);
    uncertain = true;
  }
  if (input.operation === 'refAdd' && steps[steps.length - 2]?.collection === false) verb = 'put';
  if ((input.operation === 'list' || input.operation === 'create') && last?.collection === undefined && onCollection) {
    notes.push('collection-ness of the last segment was not given; list/create assumed from the operation');
  }
  command.push(verb);
  return { command, options, notes, certainty: uncertain ? 'uncertain' : 'rule' };
}

/** OData system query options that are CLI options. */
const QUERY_OPTIONS: ReadonlySet<string> = new Set(['select', 'expand', 'filter', 'orderby', 'top', 'skip', 'search', 'count']);

/**
 * Options for the query options, headers and body of a request. A query or header option whose name
 * clashes with a path option gets a `-query`/`-header` suffix (Kiota's rule). A JSON or text body is
 * `--body`; a binary body is `--file` (a path, never inline bytes).
 */
export function cliRequestOptions(
  pathOptions: readonly CliOption[],
  request: {
    readonly query?: readonly StepParameter[];
    readonly headers?: readonly StepParameter[];
    readonly body?: string;
    /** The removed snippet generator's spelling (`--file <file path>`). */
    readonly binaryBody?: boolean;
    /** A stream body read from this file: `--input-file`, the option the generated `mgc` commands declare (kiota CLI). */
    readonly inputFile?: string;
    /** The command declares `--if-match` (a DELETE: kiota declares the If-Match header parameter there). */
    readonly ifMatchOption?: boolean;
  },
): { options: CliOption[]; notes: string[] } {
  const taken = new Set(pathOptions.map((o) => o.name));
  const options: CliOption[] = [];
  const notes: string[] = [];
  const add = (name: string, suffix: string, value: string): void => {
    const option = taken.has(name) ? `${name}-${suffix}` : name;
    taken.add(option);
    options.push({ name: option, value });
  };
  for (const q of request.query ?? []) {
    const key = q.name.replace(/^\$/, '');
    if (!QUERY_OPTIONS.has(key.toLowerCase())) notes.push(`query parameter '${q.name}' is not a declared option of every command`);
    add(`--${kebab(key)}`, 'query', q.value);
  }
  // A request header is an option only where the command declares it (If-Match on a DELETE);
  // any other (Prefer, ConsistencyLevel, …) goes through `--headers Name=value`, which every
  // command with a handler accepts: never an option the command lacks (`--prefer`).
  for (const h of request.headers ?? []) {
    const lower = h.name.toLowerCase();
    if (lower === 'content-type' || lower === 'authorization') continue;
    if (lower === 'if-match' && request.ifMatchOption) add('--if-match', 'header', h.value);
    else options.push({ name: '--headers', value: `${h.name}=${h.value}` });
  }
  if (request.inputFile !== undefined) options.push({ name: '--input-file', value: request.inputFile });
  else if (request.binaryBody) options.push({ name: '--file', value: '<file path>' });
  else if (request.body !== undefined) options.push({ name: '--body', value: request.body });
  return { options, notes };
}
