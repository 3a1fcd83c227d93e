/**
 * The render stage: a typed request → one snippet per language. Each language's view builder
 * makes a view; its Handlebars template lays it out; the canonical layout pass finishes it.
 * Languages share nothing mutable: the typed request is frozen, and each language's output is the
 * same whether it runs alone or after the others.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { TypedRequest } from '../ir/typed.js';
import { finishLayout } from '../format/layout.js';
import { isKiotaLanguage, type LanguageId } from '../languages/index.js';
import { loadTemplate } from './handlebars.js';
import { builderChain } from './chain.js';
import { RENDERERS } from './renderers.js';
import { unknownEnumMember } from './values.js';
import { fitBodyToSdk, withRemovedParametersAsAdditionalData } from '../ir/surface.js';
import type { RenderIssue, SnippetView } from './view.js';

export interface RenderedSnippet {
  readonly language: LanguageId;
  /** The snippet (ends with a newline), or null when the language cannot express the request. */
  readonly code: string | null;
  readonly issues: readonly RenderIssue[];
}

export function renderSnippet(language: LanguageId, request: TypedRequest): RenderedSnippet {
  const renderer = RENDERERS[language];
  const foreign = request.reasons.find((r) => r.ruleId === 'schema:not-graph-url');
  if (foreign !== undefined) {
    return { language, code: null, issues: [{ ruleId: 'render:unsupported', message: `${language}: not a Graph request: the Graph SDKs and tools cannot send it`, place: foreign.place }] };
  }
  // `mgc` is kiota's shell target, generated from the same OpenAPI description as the SDKs: a path
  // or method the SDKs lack has no command either.
  if (language === 'cli' && request.notInSdk !== undefined) {
    return { language, code: null, issues: [{ ruleId: 'render:not-in-sdk', message: `${language}: ${request.notInSdk.message}`, place: request.notInSdk.place }] };
  }
  let typed = request;
  const extra: RenderIssue[] = [];
  const notes: RenderIssue[] = [];
  if (isKiotaLanguage(language)) {
    // Typed SDK enums hold members only: a value naming none is refused, never replaced.
    const unknown = unknownEnumMember(request);
    if (unknown !== null) {
      const message = `${language}: '${unknown.member}' is not a member of ${unknown.type}: the SDK's enum cannot carry it`;
      return { language, code: null, issues: [{ ruleId: 'render:unsupported', message, place: unknown.place }] };
    }
    // A path or method the SDKs lack would give a snippet that does not compile: refused (ir/surface.ts).
    if (request.notInSdk !== undefined) {
      return { language, code: null, issues: [{ ruleId: 'render:not-in-sdk', message: `${language}: ${request.notInSdk.message}`, place: request.notInSdk.place }] };
    }
    // Parameters Microsoft's metadata pipeline removes from the SDKs' request bodies are sent as additional data.
    const sendable = withRemovedParametersAsAdditionalData(typed);
    typed = sendable.request;
    for (const p of sendable.moved) {
      notes.push({ ruleId: 'render:parameter-as-additional-data', message: `${language}: the SDKs' request body has no '${p.name}' (Microsoft's metadata pipeline removes that parameter before generating them): the snippet sends it as additional data`, place: p.place });
    }
    // The executor's signature: no body for an action without parameters, a body where one is required.
    const fitted = fitBodyToSdk(typed);
    if (fitted?.ruleId === 'render:not-in-sdk') {
      return { language, code: null, issues: [{ ruleId: fitted.ruleId, message: `${language}: ${fitted.message}`, place: fitted.place }] };
    }
    if (fitted !== null) {
      typed = fitted.request;
      (fitted.ruleId === 'render:body-ignored' ? extra : notes).push({ ruleId: fitted.ruleId, message: `${language}: ${fitted.message}`, place: fitted.place });
    }
    const chain = builderChain(request);
    if (chain.ok) {
      // The SDKs' get and delete executors send no body: the docs' body cannot be passed.
      if (typed.body !== null && (chain.chain.executor === 'get' || chain.chain.executor === 'delete')) {
        extra.push({ ruleId: 'render:body-ignored', message: `${language}: the SDK's ${chain.chain.executor} sends no body: the request's body is left out`, place: typed.body.place });
        typed = { ...typed, body: null };
      }
      for (const note of chain.chain.notes) notes.push({ ruleId: 'render:path-rewritten', message: `${language}: ${note}`, place: request.place });
    }
  }
  const result = renderer.buildView(typed);
  const issues: RenderIssue[] = [...extra, ...result.issues];
  if (!result.ok) return { language, code: null, issues };
  issues.push(...notes);
  const template = loadTemplate<SnippetView>(renderer.templateFolder);
  return { language, code: finishLayout(template(result.view)), issues };
}

/** Puts a snippet's issues on the page's VFile. */
export function reportRenderIssues(file: VFile, snippet: RenderedSnippet): void {
  for (const issue of snippet.issues) report(file, issue.ruleId, issue.message, issue.place);
}
