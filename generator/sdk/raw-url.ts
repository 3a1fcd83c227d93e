/**
 * The raw-URL form of an SDK call, for an SDK that builds a wrong URL from its own builders. Every
 * kiota request builder has `withUrl(rawUrl)` (Python `with_url`), which returns a builder of the
 * same type on a URL given whole: its executor then sends that URL as it is, ignoring the builder's
 * path parameters and the request configuration's query parameters (its headers still apply).
 *
 * One SDK needs it: the Python SDK expands its URL templates with std-uritemplate, whose Python
 * release (2.0.12; microsoft-kiota-abstractions 1.16.0 requires `std-uritemplate>=2.0.0`) drops a literal comma
 * between two template expressions. Its `__expand` handles a `,` only inside `{…}`; outside, the
 * character is neither a token's nor appended to the result. A function with two or more
 * parameters (`reminderView(StartDateTime='{StartDateTime}',EndDateTime='{EndDateTime}')`) is
 * therefore sent as `reminderView(StartDateTime='…'EndDateTime='…')`, which Graph rejects. The Go,
 * Java, C#, PHP and TypeScript releases keep the comma (Go's falls through to appending it).
 *
 * The URL is the one the chain's builders address (`BuilderStep.segment`, the keys and the
 * arguments as the builder call passes them, the drive rewrite included) with the query options
 * the plan sends, below the client's base URL: the snippet prefixes the request adapter's
 * `base_url`, which holds the host and the API version of the client the reader configured (a
 * national cloud included), so none is baked in. That base URL ends with a slash when the adapter
 * takes it from its httpx client (httpx adds one), and without one when the SDK sets its default,
 * so the snippet strips it (`base_url.rstrip("/")`) before the path.
 */
import type { Place } from '../diagnostics/types.js';
import type { TypedUrlValue } from '../ir/typed.js';
import type { UrlValue } from '../ir/types.js';
import type { BuilderChain } from '../render/chain.js';
import type { RenderIssue } from '../render/issue.js';
import type { SdkPlan } from './plan.js';

/** The kiota targets whose URI-template library drops the literal commas between a function's arguments. */
const DROPS_LITERAL_COMMAS: ReadonlySet<string> = new Set(['python']);

export interface RawUrlCall {
  /** The URL below the client's base URL (host and API version): path, then the query options (`/me/reminderView(…)?$top=5`). */
  readonly url: string;
  /** Why the snippet gives the URL whole (`render:sdk-url-defect`). */
  readonly issue: RenderIssue;
}

/** Characters a value cannot hold as written in a path or query without changing the URL's structure. */
const PATH_UNSAFE = /[%/?#+]/g;
const QUERY_UNSAFE = /[%&#+]/g;
const encode = (text: string, unsafe: RegExp): string => text.replace(unsafe, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A key as the indexer passes it (a placeholder by its name, as the builder call prints it). */
function keyText(value: UrlValue): string {
  switch (value.kind) {
    case 'placeholder':
      return value.name;
    case 'string':
    case 'enum':
      return value.value;
    case 'number':
      return value.raw;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
  }
}

/**
 * A function argument as kiota's URI templates write it (Graph's OpenAPI paths): a string or an enum
 * member quoted (`'…'`, a quote doubled), a number, Boolean, date, date-time, GUID or any other
 * primitive bare; without a known type, as the docs write it.
 */
function argumentText(arg: TypedUrlValue): string {
  const v = arg.value;
  const text = keyText(v);
  const type = arg.type?.name;
  const quoted = v.kind === 'null' ? false : type === undefined || arg.type?.collection ? v.kind === 'string' || v.kind === 'enum' || v.kind === 'placeholder' : type === 'Edm.String' || !type.startsWith('Edm.');
  const safe = encode(text, PATH_UNSAFE);
  return quoted ? `'${safe.replace(/'/g, "''")}'` : safe;
}

/** The path the chain's builders address, with the keys and arguments the builder call passes. */
export function chainPath(chain: BuilderChain): string {
  const parts = chain.steps.map((step) => {
    switch (step.kind) {
      case 'property':
        return step.segment;
      case 'indexer':
        return encode(keyText(step.key.value), PATH_UNSAFE);
      case 'function':
        return `${step.segment}(${step.arguments.map((a) => `${a.name ?? a.writtenName ?? ''}=${argumentText(a)}`).join(',')})`;
    }
  });
  return '/' + parts.join('/');
}

/** The query options the plan sends, as a query string (empty when none). */
function queryText(plan: SdkPlan): string {
  if (plan.query.length === 0) return '';
  const options = plan.request.query.order.map((o) => `${encode(o.name, QUERY_UNSAFE)}=${encode(o.value, QUERY_UNSAFE)}`);
  return options.length === 0 ? '' : `?${options.join('&')}`;
}

/**
 * The raw-URL form of the planned call for a target, or null when its builders send the request
 * right. `target` is the language id; `label` names it in the message.
 */
export function rawUrlCall(plan: SdkPlan, target: string, label: string): RawUrlCall | null {
  if (!DROPS_LITERAL_COMMAS.has(target)) return null;
  const defective = plan.chain.steps.filter((s): s is Extract<BuilderChain['steps'][number], { kind: 'function' }> => s.kind === 'function' && s.arguments.length > 1);
  const first = defective[0];
  if (first === undefined) return null;
  const sent = defective.map((s) => `${s.segment}(${s.arguments.map((a) => `${a.name ?? a.writtenName ?? ''}=…`).join('')})`).join(', ');
  const place: Place = first.arguments[0]!.place;
  return {
    url: chainPath(plan.chain) + queryText(plan),
    issue: {
      ruleId: 'render:sdk-url-defect',
      message:
        `${label}: std-uritemplate 2.0.12, which the SDK expands its URL templates with, drops the commas between a function's arguments, ` +
        `so the builder alone would send ${sent}, which Graph rejects: the snippet passes the whole URL to with_url, below the client's own base URL (its cloud and API version)` +
        `${queryText(plan) === '' ? '' : ', query options included'}; change values in that URL: with_url ignores the builder's arguments`,
      place,
    },
  };
}
