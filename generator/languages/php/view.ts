/**
 * PHP (msgraph-sdk-php v2, kiota): the view of a typed request.
 *
 *   <?php
 *
 *   use Microsoft\Graph\GraphServiceClient;
 *   use Microsoft\Graph\Generated\Models\…;              (every class the snippet names, in order of use)
 *
 *   $graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);
 *
 *   $requestBody = new AccessReviewScheduleDefinition();  (setters in the order written; a nested
 *   $requestBody->setDisplayName('…');                     object is built in a variable named from
 *   $settingsRecurrencePattern = new RecurrencePattern();  its property path just before its setter;
 *   …                                                      object collections are array literals of
 *                                                          such variables; additionalData last)
 *   $requestConfiguration = new …RequestBuilderGetRequestConfiguration();
 *   $queryParameters = …RequestBuilderGetRequestConfiguration::createQueryParameters();
 *   $queryParameters->select = ['id', 'displayName'];
 *   $requestConfiguration->queryParameters = $queryParameters;
 *   $requestConfiguration->headers = ['ConsistencyLevel' => 'eventual'];
 *
 *   $result = $graphServiceClient->users()->byUserId('user-id')->get($requestConfiguration)->wait();
 *
 * Statements are laid out as prettier prints them (layout.ts). A request without a request-builder
 * chain, or with a body the SDK cannot take (text sent to a JSON operation), prints nothing.
 */
import type { Place } from '../../diagnostics/types.js';
import type { JsonNode } from '../../ir/types.js';
import type { PathStep, TypedRequest, TypedUrlValue, TypedValue } from '../../ir/typed.js';
import type { BuilderChain } from '../../render/chain.js';
import type { SdkPlan } from '../../sdk/plan.js';
import { enumTypeRef, literalIssues, literalKind, scalarOf, typeRef } from '../../render/values.js';
import type { LanguageRenderer, RenderIssue, SnippetView, ViewResult } from '../../render/view.js';
import type { ApiVersion, LiteralKind, PhpUse, PrintedLiteral, ScalarValue, TypeRef } from '../profile.js';
import type { Namer } from '../shared/names.js';
import { quoteString } from '../shared/strings.js';
import { cleanupSymbolName, firstLower, firstUpper, kiotaCamelCase } from '../shared/words.js';
import { array, assignment, atom, call, chain, parseLiteral, statement, type ChainLink, type PhpExpr } from './layout.js';
import { phpLiterals } from './literals.js';
import { phpModelsNamespace, phpNaming } from './naming.js';
import { phpProfile } from './profile.js';
import { modelParts, type SdkModelFacts } from '../../sdk/body.js';

export interface PhpView extends SnippetView {
  /** `$graphServiceClient = new GraphServiceClient(…);` */
  readonly client: string;
  /** The request body statements (empty when there is no body). */
  readonly body: readonly string[];
  readonly hasBody: boolean;
  /** The request configuration statements (query parameters, headers). */
  readonly configuration: readonly string[];
  readonly hasConfiguration: boolean;
}

const q = (text: string): string => quoteString(text, 'php');

/** The root namespace of the request builders (`Microsoft\Graph\Generated`). */
export function phpBuilderRoot(api: ApiVersion): string {
  return api === 'beta' ? 'Microsoft\\Graph\\Beta\\Generated' : 'Microsoft\\Graph\\Generated';
}

/**
 * The namespace of a builder folder path (`['users', 'item', 'messages']` → `…\Users\Item\Messages`);
 * a reserved word is escaped as the builder method is (`clone` → `EscapedClone`, msgraph-sdk-php
 * src/Generated/Teams/Item/EscapedClone/ClonePostRequestBody.php).
 */
export function phpBuilderNamespace(api: ApiVersion, folders: readonly string[]): string {
  return [phpBuilderRoot(api), ...folders.map((f) => firstUpper(phpNaming.navigation(f)))].join('\\');
}

/**
 * Where the classes of the chain's last builder live: its folders and its builder class. `me()`
 * returns the `Users\Item` builder (msgraph-sdk-php src/GraphServiceClient.php: `me():
 * UserItemRequestBuilder`), so everything below `/me` lives in `Generated\Users\Item\…`, and `/me`
 * itself is `UserItemRequestBuilder`.
 */
export function phpBuilderLocation(chainOf: BuilderChain): { folders: readonly string[]; builder: string } {
  if (chainOf.folders[0] !== 'me') return { folders: chainOf.folders, builder: chainOf.builder };
  return { folders: ['users', 'item', ...chainOf.folders.slice(1)], builder: chainOf.steps.length === 1 ? 'UserItemRequestBuilder' : chainOf.builder };
}

/** The `use` lines of a snippet: each qualified name once, in order of first use; clashing short names get an alias. */
export class PhpImports {
  private readonly byName = new Map<string, string>(); // qualified → local name
  private readonly locals = new Map<string, string>(); // local (lower-case) → qualified

  /** Imports `qualifiedName`; returns the name code uses for it. */
  use(qualifiedName: string): string {
    const known = this.byName.get(qualifiedName);
    if (known !== undefined) return known;
    const parts = qualifiedName.split('\\');
    const short = parts[parts.length - 1]!;
    let local = short;
    for (let i = parts.length - 2; this.locals.has(local.toLowerCase()) && i >= 0; i--) local = `${parts[i]!}${local}`;
    this.byName.set(qualifiedName, local);
    this.locals.set(local.toLowerCase(), qualifiedName);
    return local;
  }

  lines(): string[] {
    return [...this.byName].map(([qualifiedName, local]) =>
      phpProfile.formatImport({ lang: 'php', qualifiedName, ...(qualifiedName.endsWith(`\\${local}`) ? {} : { alias: local }) }),
    );
  }
}

interface Context {
  readonly api: ApiVersion;
  readonly names: Namer;
  readonly imports: PhpImports;
  readonly issues: RenderIssue[];
  readonly lines: string[];
  /** Set when a value cannot be given to the SDK (the snippet is refused with it). */
  refused: RenderIssue | null;
}

/** A printed literal into the snippet: its imports taken (aliased where a short name clashes), its issues reported. */
function literal(ctx: Context, printed: PrintedLiteral<PhpUse>, place: Place): PhpExpr {
  let code = printed.code;
  for (const u of printed.imports) {
    const short = u.qualifiedName.slice(u.qualifiedName.lastIndexOf('\\') + 1);
    const local = ctx.imports.use(u.qualifiedName);
    if (local !== short) code = code.split(`${short}(`).join(`${local}(`);
  }
  ctx.issues.push(...literalIssues('php', printed.issues, place));
  return parseLiteral(code);
}

function scalar(ctx: Context, kind: LiteralKind, value: ScalarValue, place: Place, hint: string, enumType?: TypeRef): PhpExpr {
  const printer = phpLiterals[kind];
  return literal(ctx, printer(value, { api: ctx.api, names: ctx.names, hint, ...(enumType === undefined ? {} : { enumType }) }), place);
}

/** Untyped JSON as PHP values (objects as keyed arrays); keys are never case-converted. */
export function jsonExpr(node: JsonNode): PhpExpr {
  switch (node.kind) {
    case 'object':
      return array(node.entries.map((e) => ({ key: atom(q(e.key)), value: jsonExpr(e.value) })));
    case 'array':
      return array(node.items.map((v) => ({ value: jsonExpr(v) })));
    case 'string':
      return atom(q(node.value));
    case 'number':
      return atom(node.raw);
    case 'boolean':
      return atom(String(node.value));
    case 'null':
      return atom('null');
  }
}

function modelClass(ctx: Context, fullName: string): string {
  const ref = typeRef(fullName);
  return ctx.imports.use(`${phpModelsNamespace(ref, ctx.api)}\\${phpNaming.typeName(ref)}`);
}

/** One setter or additionalData entry of an object, in the order written. */
/** msgraph-sdk-php declares no setter for a `microsoft.graph.Json` property (sdk/body.ts). */
const PHP_MODELS: SdkModelFacts = { jsonProperties: false, durations: 'whole-seconds', signedBytes: false };

/** Builds a model into `variable`: `$v = new T();`, its setters in the order written, its additionalData (sdk/body.ts decides which is which). */
function buildObject(ctx: Context, variable: string, className: string, model: Parameters<typeof modelParts>[0], odataTypeMember: boolean, hintPrefix: string): void {
  ctx.lines.push(`$${variable} = new ${className}();`);
  const parts = modelParts(model, odataTypeMember, PHP_MODELS, 'php');
  ctx.issues.push(...parts.issues);
  ctx.refused ??= parts.unsupported;
  for (const m of parts.members) {
    if (m.kind === 'odataType') {
      ctx.lines.push(...statement(call(`$${variable}->setOdataType`, [atom(q(m.value))])));
      continue;
    }
    const p = m.property;
    const hint = hintPrefix === '' ? p.name : `${hintPrefix}${firstUpper(cleanupSymbolName(p.name))}`;
    let expr: PhpExpr;
    if (m.open !== null) {
      // An open type with dynamic keys (plannerAssignments): an instance of the model, its entries in additionalData.
      const local = ctx.names.claim(hint);
      ctx.lines.push(`$${local} = new ${modelClass(ctx, p.type.name)}();`);
      additionalData(ctx, local, m.open.entries.map((en) => ({ key: en.key, value: en.value })));
      expr = atom(`$${local}`);
    } else expr = valueExpr(ctx, p.value, hint);
    ctx.lines.push(...statement(call(`$${variable}->${phpNaming.setterName(p.name)!}`, [expr])));
  }
  additionalData(ctx, variable, parts.additional);
}

function additionalData(ctx: Context, variable: string, entries: readonly { key: string; value: JsonNode }[]): void {
  if (entries.length === 0) return;
  ctx.lines.push(...statement(call(`$${variable}->setAdditionalData`, [array(entries.map((e) => ({ key: atom(q(e.key)), value: jsonExpr(e.value) })))])));
}

/** The expression of a typed value; objects are built into variables first. */
function valueExpr(ctx: Context, value: TypedValue, hint: string): PhpExpr {
  switch (value.kind) {
    case 'primitive':
      return scalar(ctx, literalKind(value), scalarOf(value), value.place, hint);
    case 'enum':
      return scalar(ctx, literalKind(value), scalarOf(value), value.place, hint, enumTypeRef(value));
    case 'null':
      return atom('null');
    case 'untyped':
      return jsonExpr(value.value);
    case 'collection':
      return array(
        value.items.map((item, i) => ({
          value: valueExpr(ctx, item, item.kind === 'object' ? `${hint}${phpNaming.typeName(typeRef(item.type))}${i + 1}` : hint),
        })),
      );
    case 'object': {
      const variable = ctx.names.claim(hint);
      buildObject(ctx, variable, modelClass(ctx, value.type), value, true, variable);
      return atom(`$${variable}`);
    }
    case 'parameters':
    case 'reference': {
      // Only ever the whole body; handled by `requestBody`.
      const variable = ctx.names.claim(hint);
      ctx.lines.push(`$${variable} = null;`);
      return atom(`$${variable}`);
    }
  }
}

/** The request body statements into `$requestBody`; false when the SDK cannot take the body. */
function requestBody(ctx: Context, plan: SdkPlan): void {
  const body = plan.body;
  if (body === null) return;
  switch (body.kind) {
    case 'stream': {
      const stream = literal(ctx, phpLiterals['Edm.Stream']({ kind: 'string', value: body.text }, { api: ctx.api, names: ctx.names, hint: 'requestBody' }), body.place);
      ctx.lines.push(...assignment('$requestBody', stream));
      return;
    }
    case 'model':
      buildObject(ctx, 'requestBody', modelClass(ctx, body.value.type), body.value, true, '');
      return;
    case 'parameters': {
      const local = ctx.imports.use(`${phpBuilderNamespace(ctx.api, phpBuilderLocation(plan.chain).folders)}\\${body.className}`);
      buildObject(ctx, 'requestBody', local, body.value, false, '');
      return;
    }
    case 'reference': {
      const className = ctx.imports.use(`${phpModelsNamespace({ namespace: 'microsoft.graph', name: '' }, ctx.api)}\\${firstUpper(body.className)}`);
      ctx.lines.push(`$requestBody = new ${className}();`);
      const annotations = body.value.annotations.filter((a) => !(a.key === '@odata.id' && a.value.kind === 'string'));
      const id = body.value.annotations.find((a) => a.key === '@odata.id' && a.value.kind === 'string');
      if (id !== undefined && id.value.kind === 'string') ctx.lines.push(...statement(call('$requestBody->setOdataId', [atom(q(id.value.value))])));
      additionalData(ctx, 'requestBody', modelParts({ properties: [], annotations, additionalData: body.value.additionalData }, false, PHP_MODELS, 'php').additional);
      return;
    }
  }
}

/** A URL value (key or function argument) as a PHP literal of its type. */
function urlValueExpr(ctx: Context, value: TypedUrlValue, asKey: boolean): PhpExpr {
  const v = value.value;
  const text =
    v.kind === 'placeholder' ? (asKey ? v.name : v.spelling) : v.kind === 'number' ? v.raw : v.kind === 'boolean' ? String(v.value) : v.kind === 'null' ? 'null' : v.value;
  if (asKey) return atom(q(text));
  if (v.kind === 'null') return atom('null');
  const typeName = value.type?.name ?? 'Edm.String';
  const kind: LiteralKind = typeName.startsWith('Edm.') && typeName in phpLiterals ? (typeName as LiteralKind) : 'Edm.String';
  const scalarValue: ScalarValue = v.kind === 'number' ? { kind: 'number', text: v.raw } : v.kind === 'boolean' ? { kind: 'boolean', value: v.value } : { kind: 'string', value: text };
  return scalar(ctx, kind, scalarValue, value.place, value.name ?? 'value');
}

/** kiota's PHP parameter name of a function parameter or alternate key (`StartDateTime` → `startDateTime`). */
export function phpParameterName(name: string): string {
  return firstLower(cleanupSymbolName(kiotaCamelCase(name)));
}

/** `name: value` (a URL value is an atom or a constructor call, never an array). */
function namedArgument(name: string, value: PhpExpr): PhpExpr {
  if (value.kind === 'call') return call(`${name}: ${value.callee}`, value.args);
  if (value.kind === 'atom') return atom(`${name}: ${value.text}`);
  throw new Error('internal: an array as a URL value');
}

function chainLinks(ctx: Context, request: TypedRequest, chainOf: BuilderChain): ChainLink[] {
  return chainOf.steps.map((step, i): ChainLink => {
    switch (step.kind) {
      case 'property':
        return { name: phpNaming.navigation(step.name), args: [] };
      case 'indexer':
        return { name: phpNaming.indexer(step.parameter)!, args: [urlValueExpr(ctx, step.key, true)] };
      case 'function': {
        const path: PathStep | undefined = request.path[i];
        const declared = path?.kind === 'operation' ? path.parameters.map((p) => p.name) : [];
        const ordered = [...step.arguments].sort((a, b) => declared.indexOf(a.name ?? '') - declared.indexOf(b.name ?? ''));
        // Several arguments go by name (PHP 8): the SDK declares its parameters in its own order
        // (`reminderViewWithStartDateTimeWithEndDateTime(string $endDateTime, string $startDateTime)`),
        // and a name cannot be passed to the wrong one. kiota names each parameter in camelCase.
        const named = ordered.length > 1;
        return {
          name: phpNaming.operationWithParameters(step.name, []),
          args: ordered.map((a) => {
            const value = urlValueExpr(ctx, a, false);
            return named ? namedArgument(phpParameterName(a.name ?? 'value'), value) : value;
          }),
        };
      }
    }
  });
}

/** The query-parameter and header statements; empty when the request needs no configuration. */
function configuration(ctx: Context, plan: SdkPlan): string[] {
  if (!plan.configured) return [];
  const { chain: chainOf, query, headers } = plan;
  const location = phpBuilderLocation(chainOf);
  const className = ctx.imports.use(
    `${phpBuilderNamespace(ctx.api, location.folders)}\\${location.builder}${firstUpper(chainOf.executor)}RequestConfiguration`,
  );
  const lines = [`$requestConfiguration = new ${className}();`];
  if (query.length > 0) {
    lines.push(...assignment('$queryParameters', atom(`${className}::createQueryParameters()`)));
    for (const p of query) {
      const name = p.kind === 'custom' ? firstLower(cleanupSymbolName(p.name)) : p.name;
      const value: PhpExpr =
        p.kind === 'strings' ? array(p.values.map((v) => ({ value: atom(q(v)) }))) : p.kind === 'int' || p.kind === 'bool' ? atom(String(p.value)) : atom(q(p.value));
      lines.push(...assignment(`$queryParameters->${name}`, value));
    }
    lines.push('$requestConfiguration->queryParameters = $queryParameters;');
  }
  if (headers.length > 0) {
    lines.push(...assignment('$requestConfiguration->headers', array(headers.map((h) => ({ key: atom(q(h.name)), value: atom(q(h.value)) })))));
  }
  return lines;
}

export function buildPhpView(plan: SdkPlan): ViewResult<PhpView> {
  const { request, chain: chainOf } = plan;
  const api: ApiVersion = request.apiVersion ?? 'v1.0';
  const imports = new PhpImports();
  // the beta SDK's client is its own class (msgraph-beta-sdk-php: Microsoft\Graph\Beta\GraphServiceClient)
  imports.use(api === 'beta' ? 'Microsoft\\Graph\\Beta\\GraphServiceClient' : 'Microsoft\\Graph\\GraphServiceClient');
  const ctx: Context = { api, names: phpProfile.newNamer(), imports, issues: [], lines: [], refused: null };

  requestBody(ctx, plan);
  if (ctx.refused !== null) return { ok: false, issues: [...ctx.issues, ctx.refused] };
  const body = [...ctx.lines];
  ctx.lines.length = 0;
  const config = configuration(ctx, plan);
  const links = chainLinks(ctx, request, chainOf);
  const args: PhpExpr[] = [];
  if (plan.body !== null) args.push(atom('$requestBody'));
  if (plan.configured) args.push(atom('$requestConfiguration'));
  links.push({ name: chainOf.executor, args }, { name: 'wait', args: [] });
  const callLines = chain(plan.returnsValue ? '$result' : null, '$graphServiceClient', links);

  const importLines = imports.lines();
  return {
    ok: true,
    issues: ctx.issues,
    view: {
      imports: importLines,
      hasImports: importLines.length > 0,
      client: '$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);',
      body,
      hasBody: body.length > 0,
      configuration: config,
      hasConfiguration: config.length > 0,
      setup: [...body, ...config],
      hasSetup: body.length + config.length > 0,
      call: callLines,
    },
  };
}

export const phpRenderer: LanguageRenderer<PhpView> = {
  family: 'kiota',
  templateFolder: 'php',
  buildView: buildPhpView,
};
