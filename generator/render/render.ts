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
import type { LanguageId } from '../languages/index.js';
import { loadTemplate } from './handlebars.js';
import { withSentHeaders } from '../sdk/headers.js';
import { planSdkCall } from '../sdk/plan.js';
import { RENDERERS } from './renderers.js';
import type { RenderIssue, SnippetView, ViewResult } from './view.js';

export interface RenderedSnippet {
  readonly language: LanguageId;
  /** The snippet (ends with a newline), or null when the language cannot express the request. */
  readonly code: string | null;
  readonly issues: readonly RenderIssue[];
}

export function renderSnippet(language: LanguageId, request: TypedRequest): RenderedSnippet {
  const renderer = RENDERERS[language];
  let result: ViewResult<SnippetView>;
  let after: readonly RenderIssue[] = [];
  let before: readonly RenderIssue[] = [];
  const foreign = request.reasons.find((r) => r.ruleId === 'schema:not-graph-url');
  if (foreign !== undefined) {
    return { language, code: null, issues: [{ ruleId: 'render:unsupported', message: `${language}: not a Graph request: the Graph SDKs and tools cannot send it`, place: foreign.place }] };
  }
  if (renderer.family === 'kiota') {
    // The SDK call, decided once for every kiota target (sdk/plan.ts); the view prints it.
    const planned = planSdkCall(request, language);
    if (!planned.ok) return { language, code: null, issues: planned.issues };
    before = planned.issues;
    after = planned.notes;
    result = renderer.buildView(planned.plan);
  } else {
    // `mgc` is kiota's shell target, generated from the same OpenAPI description as the SDKs: a path
    // or method the SDKs lack has no command either.
    if (language === 'cli' && request.notInSdk !== undefined) {
      return { language, code: null, issues: [{ ruleId: 'render:not-in-sdk', message: `${language}: ${request.notInSdk.message}`, place: request.notInSdk.place }] };
    }
    const headers = withSentHeaders(request, language);
    after = headers.issues;
    result = renderer.buildView(headers.request);
  }
  const issues: RenderIssue[] = [...before, ...result.issues];
  if (!result.ok) return { language, code: null, issues };
  issues.push(...after);
  const template = loadTemplate<SnippetView>(renderer.templateFolder);
  return { language, code: finishLayout(template(result.view)), issues };
}

/** Puts a snippet's issues on the page's VFile. */
export function reportRenderIssues(file: VFile, snippet: RenderedSnippet): void {
  for (const issue of snippet.issues) report(file, issue.ruleId, issue.message, issue.place);
}
